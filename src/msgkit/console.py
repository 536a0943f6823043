"""Rich consoles made on first use: `msgkit --help` and `--version` never import rich's console."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from rich.console import Console


class _Deferred:
    """Stands in for a `rich.console.Console`; creates it, with these arguments, when first used.

    Importing `rich.console` costs about a third of `msgkit --help` (measured with
    `python -X importtime`), and help is printed by click without it.
    """

    def __init__(self, **options: Any) -> None:
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_console", None)
        object.__setattr__(self, "_saved", {})

    def _real(self) -> Console:
        console = object.__getattribute__(self, "_console")
        if console is None:
            from rich.console import Console

            console = Console(**object.__getattribute__(self, "_options"))
            object.__setattr__(self, "_console", console)
        return cast("Console", console)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        # Remember what an assignment replaced: a proxy has no attributes of its own, so a
        # tool that undoes it by deleting (pytest's monkeypatch) gets the old value back.
        saved = object.__getattribute__(self, "_saved")
        if name not in saved:
            saved[name] = getattr(self._real(), name)
        setattr(self._real(), name, value)

    def __delattr__(self, name: str) -> None:
        saved = object.__getattribute__(self, "_saved")
        if name in saved:
            setattr(self._real(), name, saved.pop(name))
        else:
            delattr(self._real(), name)


def deferred_console(**options: Any) -> Console:
    """A console with `Console(**options)`'s behaviour, created on first attribute access."""
    return cast("Console", _Deferred(**options))


def escape(text: str) -> str:
    """`rich.markup.escape`, imported when first needed."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)

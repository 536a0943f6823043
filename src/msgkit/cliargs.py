"""Options that take several values after one flag: `--only posts calendar`, `--lang en sl`.

Click options take one value each, so a value after the first would be read as a KIT argument.
`expand` rewrites the command line before Click parses it: after `--only`, `--lang`/`-l` or
`--platform`/`-p`, the following words that are such values (a builder's name, a language tag,
a platform id) and not existing paths become repeated flags; comma lists (`posts,calendar`)
are split too. Light: no builder is imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer.core

_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_PLATFORMS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram")


def _formats() -> set[str]:
    import pkgutil

    import msgkit.builders

    return {m.name for m in pkgutil.iter_modules(msgkit.builders.__path__) if m.name[0] != "_"}


def _matchers() -> dict[str, Callable[[str], bool]]:
    formats = _formats()
    return {
        "--only": lambda v: v in formats,
        "--lang": lambda v: _LANG.match(v) is not None,
        "-l": lambda v: _LANG.match(v) is not None,
        "--platform": lambda v: v in _PLATFORMS,
        "-p": lambda v: v in _PLATFORMS,
    }


def expand(args: list[str]) -> list[str]:
    """`args` with `--only a b` and `--only a,b` written as `--only a --only b`."""
    matchers = _matchers()
    out: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            out.extend(args[i:])
            break
        flag, eq, inline = arg.partition("=")
        if flag not in matchers or (not eq and i + 1 >= len(args)):
            out.append(arg)
            i += 1
            continue
        values = [inline] if eq else [args[i + 1]]
        i += 1 if eq else 2
        wanted = matchers[flag]
        while (
            i < len(args)
            and not args[i].startswith("-")
            and wanted(args[i])
            and not Path(args[i]).exists()
        ):
            values.append(args[i])
            i += 1
        for value in values:
            for part in value.split(",") if "," in value else [value]:
                out += [flag, part]
    return out


class ManyValuesCommand(typer.core.TyperCommand):
    """A command whose list options take several values after one flag (see `expand`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        parsed: list[str] = super().parse_args(ctx, expand(args))
        return parsed

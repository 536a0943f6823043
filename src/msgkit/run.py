"""A `msgkit build` session: build each kit, report, and optionally watch for edits."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from msgkit.build import BuildRequest, BuildResult, build_kit
from msgkit.errors import (
    CommitError,
    Diagnostic,
    Level,
    MsgkitError,
    UsageError,
    display_path,
    error,
)


@dataclass
class BuildSession:
    """Everything `msgkit build` was asked, and how to talk back to the user."""

    folders: list[Path]
    out_root: Path
    languages: tuple[str, ...]
    only: tuple[str, ...]
    strict: bool
    jobs: int
    check_only: bool
    as_json: bool
    verbose: bool
    out_console: Console
    err_console: Console
    render: Callable[[list[Diagnostic]], None]
    #: When another build holds a kit's output folder: wait (default) or fail with exit 1.
    wait: bool = True

    def run_once(self) -> int:
        """Build every kit; return the exit code (0 ok, 1 problems or stale under --check)."""
        request = BuildRequest(
            out_root=self.out_root,
            languages=self.languages,
            only=self.only,
            strict=self.strict,
            jobs=self.jobs,
            check_only=self.check_only,
            wait=self.wait,
        )
        results: list[BuildResult] = []
        failures: list[dict[str, object]] = []
        code = 0
        clash = _shared_ids(self.folders)
        if clash:
            self.render(clash)
            return 1
        for folder in self.folders:
            try:
                result = self._build(folder, request)
            except UsageError as exc:
                self.render(exc.diagnostics)
                return 2
            except MsgkitError as exc:
                code = 1
                failures.append(
                    {
                        "kit": display_path(folder),
                        "diagnostics": [d.to_json() for d in exc.diagnostics],
                    }
                )
                if not self.as_json:
                    self.render(exc.diagnostics)
                    errors = sum(d.level is Level.ERROR for d in exc.diagnostics)
                    outcome = (
                        "some files may be new; the next build finds and redoes the rest"
                        if isinstance(exc, CommitError)
                        else "nothing was written"
                    )
                    self.err_console.print(
                        f"[red]{escape(display_path(folder))}: build failed[/] "
                        f"({errors} error{'s' * (errors != 1)}); {outcome}"
                    )
                continue
            results.append(result)
            if self.check_only and result.stale:
                code = 1
            if not self.as_json:
                self._report(result)
        if self.as_json:
            payload = {
                "ok": code == 0,
                "kits": [r.to_json() for r in results],
                "failed": failures,
            }
            self.out_console.print_json(json.dumps(payload, ensure_ascii=False))
        return code

    def _build(self, folder: Path, request: BuildRequest) -> BuildResult:
        narrate = (
            (lambda line: self.err_console.print(f"[dim]{escape(line)}[/]"))
            if self.verbose
            else None
        )
        def waiting(line: str) -> None:
            self.err_console.print(f"[yellow]{escape(line)}[/]")

        if self.as_json or not self.err_console.is_terminal:
            return build_kit(folder, request, narrate=narrate, waiting=waiting)
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, console=self.err_console, transient=True) as bar:
            task = bar.add_task(f"building {display_path(folder)}", total=None)

            def progress(done: int, total: int, target: str) -> None:
                bar.update(task, completed=done, total=total, description=target)

            return build_kit(
                folder, request, narrate=narrate, progress=progress, waiting=waiting
            )

    def _report(self, result: BuildResult) -> None:
        self.render(result.diagnostics)
        where = escape(display_path(result.out_dir))
        if self.check_only:
            if result.stale:
                self.err_console.print(
                    f"[red]{where} is out of date:[/] {result.summary(pending=True)}\n"
                    "  hint: run the same command without --check to rebuild it"
                )
            else:
                self.err_console.print(
                    f"[green]{where} is up to date[/] ({result.summary(pending=True)})"
                )
            return
        self.err_console.print(
            f"[green]built[/] {where}: {result.summary()}; "
            f"{result.files_written} file{'s' * (result.files_written != 1)} written, "
            f"{result.files_removed} removed in {result.seconds:.2f}s"
        )

    def watch(self) -> None:
        """Rebuild on every save until interrupted (Ctrl-C)."""
        from watchfiles import watch

        self.run_once()
        self.err_console.print("[dim]watching for changes; press Ctrl-C to stop[/]")
        try:
            for changes in watch(*self.folders, debounce=300, step=100):
                names = sorted({display_path(Path(p)) for _, p in changes})
                self.err_console.print(
                    f"[dim]{time.strftime('%H:%M:%S')} changed: {escape(', '.join(names))}[/]"
                )
                self.run_once()
        except KeyboardInterrupt:
            pass


def _shared_ids(folders: list[Path]) -> list[Diagnostic]:
    """Errors for kits that share an id: their outputs would overwrite each other."""
    from msgkit.load import read_yaml

    first: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for folder in folders:
        kit_yaml = folder / "kit.yaml"
        if not kit_yaml.is_file():
            continue
        doc, _ = read_yaml(kit_yaml, display_path(kit_yaml))
        kit_id = doc.data.get("id") if doc is not None else None
        if not isinstance(kit_id, str):
            continue
        if kit_id in first:
            problems.append(
                error(
                    f"kit id `{kit_id}` is also the id of {display_path(first[kit_id])}: "
                    "both would build into the same output folder",
                    doc.locate(("id",)) if doc is not None else None,
                    "give each kit its own `id:` in kit.yaml",
                )
            )
        else:
            first[kit_id] = folder
    return problems

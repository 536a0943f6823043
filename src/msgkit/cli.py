"""The `msgkit` command line: flags in, one library call, diagnostics and exit codes out."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from msgkit import __version__
from msgkit.cliargs import ManyValuesCommand
from msgkit.console import deferred_console, escape
from msgkit.errors import Diagnostic, Level, MsgkitError, UsageError, display_path, error

app = typer.Typer(
    name="msgkit",
    help="Turn a campaign's messages into fact sheets, decks, platform-ready posts and packs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
template_app = typer.Typer(help="Work with slide-deck templates.", no_args_is_help=True)
app.add_typer(template_app, name="template")

#: Exit codes, documented in the README.
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

DEFAULT_KITS = Path("kits")
DEFAULT_OUT = Path("dist")

err_console = deferred_console(stderr=True, highlight=False, soft_wrap=True)
out_console = deferred_console(highlight=False, soft_wrap=True)

KitsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="KIT",
        help="Kit folders (each with kit.yaml). Default: every kit under ./kits.",
        show_default=False,
    ),
]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Narrate what msgkit decides.")]


def main() -> None:
    """Console-script entry point."""
    app()


def _json(data: object, indent: int | None = None) -> str:
    """`data` as JSON text, non-ASCII kept; json is imported only by commands that print it."""
    import json

    return json.dumps(data, ensure_ascii=False, indent=indent)


def version_callback(value: bool) -> None:
    if value:
        out_console.print(f"msgkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """msgkit: campaign messages in, partner-ready assets out."""


def render_diagnostics(diagnostics: list[Diagnostic]) -> None:
    """Print diagnostics to stderr in the one form: `file:line:col: level: message` + hint."""
    for d in diagnostics:
        colour = "red" if d.level is Level.ERROR else "yellow"
        where = f"{d.location}: " if d.location else ""
        err_console.print(f"{escape(where)}[bold {colour}]{d.level.value}[/]: {escape(d.message)}")
        if d.hint:
            err_console.print(f"  [dim]hint:[/] {escape(d.hint)}")


def _count(diagnostics: list[Diagnostic]) -> str:
    errors = sum(d.level is Level.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"


def find_kits(paths: list[Path] | None) -> list[Path]:
    """The kit folders to work on: those given, or every kit under ./kits."""
    if paths:
        # A kit named twice (`kits/a kits/a/`) is built once, where it was first named.
        first = {path.resolve(): path for path in reversed(paths)}
        return sorted(first.values(), key=paths.index)
    if (DEFAULT_KITS / "kit.yaml").is_file():
        return [DEFAULT_KITS]
    found = sorted(p.parent for p in DEFAULT_KITS.glob("*/kit.yaml"))
    if not found:
        raise MsgkitError(
            [
                error(
                    "no kits found under ./kits",
                    hint="name a kit folder (`msgkit build path/to/kit`), or create one with "
                    "`msgkit init kits/my-campaign`",
                )
            ]
        )
    return found


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn MsgkitError into printed diagnostics and exit 1 (2 for usage), never a traceback."""
    try:
        yield
    except UsageError as exc:
        render_diagnostics(exc.diagnostics)
        raise typer.Exit(EXIT_USAGE) from None
    except MsgkitError as exc:
        render_diagnostics(exc.diagnostics)
        err_console.print(f"[red]failed:[/] {_count(exc.diagnostics)}")
        raise typer.Exit(EXIT_PROBLEMS) from None


@app.command()
def check(kits: KitsArg = None, strict: StrictOpt = False, as_json: JsonOpt = False) -> None:
    """Validate and lint kits. Exit 0 when valid, 1 when there are problems."""
    from msgkit.check import check_kit_folder

    with user_errors():
        folders = find_kits(kits)
    report: list[dict[str, object]] = []
    failed = False
    for folder in folders:
        diagnostics, ok = check_kit_folder(folder, strict=strict)
        failed |= not ok
        report.append(
            {
                "kit": display_path(folder),
                "ok": ok,
                "diagnostics": [d.to_json() for d in diagnostics],
            }
        )
        if not as_json:
            render_diagnostics(diagnostics)
            status = "[green]ok[/]" if ok else "[red]failed[/]"
            err_console.print(f"{escape(display_path(folder))}: {status} ({_count(diagnostics)})")
    if as_json:
        out_console.print_json(_json(report))
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


@app.command(cls=ManyValuesCommand)
def build(
    kits: KitsArg = None,
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", metavar="DIR", help="Output folder; each kit goes to DIR/<kit id>/."
        ),
    ] = DEFAULT_OUT,
    lang: Annotated[
        list[str] | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            help="Only these languages: `--lang en sl` (or repeat --lang).",
        ),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            metavar="FORMAT",
            help="Only these output formats: `--only posts calendar` (or repeat --only).",
        ),
    ] = None,
    strict: StrictOpt = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            metavar="N",
            help="Build in up to N processes (0: one per idle core).",
        ),
    ] = 0,
    check_only: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 if outputs are missing or stale."),
    ] = False,
    watch: Annotated[
        bool, typer.Option("--watch", help="Rebuild whenever a kit file is saved.")
    ] = False,
    no_wait: Annotated[
        bool,
        typer.Option(
            "--no-wait", help="Fail (exit 1) instead of waiting when another build holds --out."
        ),
    ] = False,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Build kits into fact sheets, decks, posts, images and packs."""
    from msgkit.build import default_jobs
    from msgkit.run import BuildSession

    with user_errors():
        folders = find_kits(kits)
    session = BuildSession(
        folders=folders,
        out_root=out,
        languages=tuple(lang or ()),
        only=tuple(only or ()),
        strict=strict,
        jobs=jobs or default_jobs(),
        check_only=check_only,
        as_json=as_json,
        verbose=verbose,
        out_console=out_console,
        err_console=err_console,
        render=render_diagnostics,
        wait=not no_wait,
    )
    if watch:
        session.watch()
        raise typer.Exit(EXIT_OK)
    raise typer.Exit(session.run_once())


@app.command()
def merge(
    parts: Annotated[
        list[Path],
        typer.Argument(
            metavar="PART_DIR...",
            help="Output folders of `msgkit build --lang …`, one per language (or group).",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", metavar="DIR", help="Output folder; each kit goes to DIR/<kit id>/."
        ),
    ] = DEFAULT_OUT,
    as_json: JsonOpt = False,
) -> None:
    """Combine per-language builds into the tree one full build makes (a CI matrix's last step)."""
    from msgkit.merge import merge_parts

    with user_errors():
        results = merge_parts(parts, out)
    if as_json:
        payload = [
            {
                "kit": r.kit_id,
                "out": r.out_dir.as_posix(),
                "parts": r.parts,
                "targets": r.targets,
                "languages": r.languages,
                "files": {"written": r.files_written, "removed": r.files_removed},
            }
            for r in results
        ]
        out_console.print_json(_json({"ok": True, "kits": payload}))
        return
    for r in results:
        err_console.print(
            f"[green]merged[/] {r.parts} part{'s' * (r.parts != 1)} into "
            f"{escape(display_path(r.out_dir))}: {r.targets} targets "
            f"({escape(', '.join(r.languages))}); {r.files_written} file"
            f"{'s' * (r.files_written != 1)} written, {r.files_removed} removed"
        )


@app.command()
def schema(
    which: Annotated[
        str, typer.Argument(metavar="KIND", help="`kit` for kit.yaml, `area` for area files.")
    ] = "kit",
    write: Annotated[
        Path | None,
        typer.Option("--write", metavar="DIR", help="Write both schema files into DIR instead."),
    ] = None,
) -> None:
    """Print the JSON Schema (draft-07) of kit files, for editors."""
    from msgkit.schema import SCHEMA_FILES, schema_text

    if write is not None:
        write.mkdir(parents=True, exist_ok=True)
        for kind, filename in SCHEMA_FILES.items():
            (write / filename).write_text(schema_text(kind), encoding="utf-8")
            err_console.print(f"wrote {escape(display_path(write / filename))}")
        raise typer.Exit(EXIT_OK)
    if which not in SCHEMA_FILES:
        err_console.print(
            f"[red]error[/]: unknown schema `{escape(which)}`\n  hint: use `kit` or `area`"
        )
        raise typer.Exit(EXIT_USAGE)
    sys.stdout.write(schema_text(which))


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="New kit folder to create.")],
) -> None:
    """Create a small, commented kit that passes `check` and builds."""
    from msgkit.scaffold import kit_id_for, scaffold

    with user_errors():
        # The id names the output folder: taking it from the folder name keeps two new kits
        # from building into the same place.
        written = scaffold(folder, kit_id_for(folder))
    for path in written:
        err_console.print(f"created {escape(display_path(path))}")
    err_console.print(
        f"next: edit the files, then `msgkit check {escape(display_path(folder))}` "
        f"and `msgkit build {escape(display_path(folder))}`"
    )


PlatformOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--platform",
        "-p",
        metavar="PLATFORM",
        help="Only these platforms: `-p x bluesky` (or repeat -p): x, bluesky, mastodon, …",
    ),
]


def _check_choices(flag: str, given: list[str], choices: list[str], what: str) -> None:
    """Exit 2 with a did-you-mean hint when a flag names something that does not exist."""
    from msgkit.errors import did_you_mean
    from msgkit.platforms import platform_hint

    problems = []
    for value in given:
        if value in choices:
            continue
        hint = did_you_mean(value, choices)
        if hint is None and flag == "--platform":
            hint = platform_hint(value)
        if not choices:
            hint = hint or f"the kit has none: {flag} cannot be used with it"
        hint = hint or f"choose one of: {', '.join(choices)}"
        problems.append(error(f"{flag} {value}: {what} `{value}`", hint=hint))
    if problems:
        raise UsageError(problems)


def _no_language(partner: str | None) -> str:
    """What `--lang` names when the language is not one `msgkit posts` can show."""
    return f"partner `{partner}` has no language" if partner else "the kit has no language"


@app.command(cls=ManyValuesCommand)
def posts(
    kit: Annotated[
        Path | None,
        typer.Argument(metavar="KIT", help="Kit folder. Default: every kit under ./kits."),
    ] = None,
    lang: Annotated[
        list[str] | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            help="Only these languages: `--lang en sl` (or repeat --lang).",
        ),
    ] = None,
    platform: PlatformOpt = None,
    partner: Annotated[
        str | None,
        typer.Option(
            "--partner",
            metavar="ID",
            help="What this partner will publish: its languages, its time zone, its tracked "
            "links.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Preview posts as each platform gets them, with length, limit and decisions."""
    from msgkit.builders.posts import fit_errors, platforms_of, post_variants, preview_table
    from msgkit.check import diagnose
    from msgkit.platforms import PLATFORMS

    variants = []
    with user_errors():
        _check_choices("--platform", platform or [], list(PLATFORMS), "no such platform")
        for folder in find_kits([kit] if kit else None):
            # The same diagnosis as `check`: a kit `build` would refuse is not previewed.
            loaded, diags = diagnose(folder)
            if loaded is None or diags.failed():
                raise MsgkitError(diags.sorted())
            partners = {p.id: p for p in loaded.campaign.partners}
            _check_choices("--partner", [partner] if partner else [], list(partners), "no partner")
            codes = list(partners[partner].languages) if partner else loaded.languages
            _check_choices("--lang", lang or [], codes, _no_language(partner))
            published = platforms_of(loaded)
            _check_choices("--platform", platform or [], published, "the kit does not publish on")
            for code in codes:
                if not lang or code in lang:
                    variants += post_variants(loaded, code, platform or None, partner)
    if as_json:
        sys.stdout.write(
            _json([v.to_json() for v in variants], indent=2) + "\n"
        )
    else:
        out_console.print(preview_table(variants, out_console.width))
    problems = fit_errors(variants)
    if problems:
        render_diagnostics(problems)
        err_console.print(f"[red]failed:[/] {_count(problems)}")
        raise typer.Exit(EXIT_PROBLEMS)


@app.command(cls=ManyValuesCommand)
def measure(
    text: Annotated[str, typer.Argument(help="The text to measure; `-` reads standard input.")],
    platform: PlatformOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Count TEXT as each platform does, and say whether it fits."""
    from msgkit.builders.posts import measure_rows, measure_table
    from msgkit.platforms import PLATFORMS

    with user_errors():
        _check_choices("--platform", platform or [], list(PLATFORMS), "no such platform")
    if text == "-":
        text = sys.stdin.read().removesuffix("\n")
    rows = measure_rows(text, [p for p in PLATFORMS if not platform or p in platform])
    if as_json:
        data = [{k: row[k] for k in ("platform", "length", "limit", "fits")} for row in rows]
        sys.stdout.write(_json(data) + "\n")
    else:
        out_console.print(measure_table(rows))


@template_app.command("inspect")
def template_inspect(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A PowerPoint template (.pptx or .potx).")
    ],
) -> None:
    """List a template's layouts and placeholders, and whether msgkit's decks can use it."""
    from rich.table import Table

    from msgkit.deck.template import NEEDED, OPTIONAL, TemplateError, inspect_template, missing
    from msgkit.errors import SourceLocation

    shown = display_path(file)
    hint = "give the path of a .pptx or .potx file saved by PowerPoint or Impress"
    if not file.is_file():
        what = "is a folder, not a template file" if file.is_dir() else "does not exist"
        render_diagnostics([error(f"the template {what}", SourceLocation(shown), hint)])
        raise typer.Exit(EXIT_PROBLEMS)
    try:
        info = inspect_template(file)
    except TemplateError as exc:
        render_diagnostics([error(f"cannot open the template: {exc}", SourceLocation(shown), hint)])
        raise typer.Exit(EXIT_PROBLEMS) from None
    table = Table(title=f"{shown}: {info.width / 914400:.2f} × {info.height / 914400:.2f} in")
    for column in ("layout", "idx", "type", "role", "name"):
        table.add_column(column, justify="right" if column == "idx" else "left")
    for layout in info.layouts:
        used = layout.name in NEEDED
        for i, ph in enumerate(layout.placeholders or ()):
            name = f"[bold]{escape(layout.name)}[/]" if used else escape(layout.name)
            table.add_row(
                name if i == 0 else "",
                str(ph.idx),
                ph.type,
                ph.role or "–",
                escape(ph.name),
            )
        if not layout.placeholders:
            table.add_row(escape(layout.name), "", "", "", "(no placeholders)")
        table.add_section()
    out_console.print(table)
    problems = missing(info)
    if problems:
        err_console.print(
            f"[yellow]not usable for msgkit decks[/]: lacks {escape('; '.join(problems))}"
        )
        needs = ", ".join(
            f"`{name}` ({', '.join(f'{n}× {r}' for r, n in roles.items())})"
            for name, roles in NEEDED.items()
        )
        err_console.print(f"  [dim]hint:[/] msgkit looks layouts up by name: {escape(needs)}")
    else:
        optional = ", ".join(f"{r} in `{name}`" for name, roles in OPTIONAL.items() for r in roles)
        err_console.print(f"[green]usable for msgkit decks[/] (optional: {escape(optional)})")


translate_app = typer.Typer(
    help="Send the kit's texts to translators and take their work back.", no_args_is_help=True
)
app.add_typer(translate_app, name="translate")

KitArg = Annotated[Path, typer.Argument(metavar="KIT", help="The kit folder (with kit.yaml).")]
LangOpt = Annotated[
    str, typer.Option("--lang", "-l", metavar="LANG", help="The language to translate into.")
]


@translate_app.command("export")
def translate_export(
    kit: KitArg,
    lang: LangOpt,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", metavar="FORMAT", help="xliff (default), po or xlsx."),
    ] = "xliff",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help="Default: KIT/translations/<lang>.<xlf|po|xlsx>."
        ),
    ] = None,
) -> None:
    """Write every text of the kit, with context and length budgets, for a translator."""
    from msgkit.translate.export import FORMATS, default_path, export_bytes
    from msgkit.validate import load_kit

    with user_errors():
        _check_choices("--format", [fmt], list(FORMATS), "no such format")
        loaded, _warnings = load_kit(kit)
        data = export_bytes(loaded, lang, fmt)
        target = out or default_path(loaded, lang, fmt)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    err_console.print(f"wrote {escape(display_path(target))}")


@translate_app.command("import")
def translate_import(
    kit: KitArg,
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE…", help="Translated .xlf, .po or .xlsx files.")
    ],
    accept_stale: Annotated[
        bool,
        typer.Option(
            "--accept-stale",
            help="Take translations made for an older source text, marked stale.",
        ),
    ] = False,
    reviewed: Annotated[
        bool,
        typer.Option("--reviewed", help="The PO files come from a reviewer: mark texts reviewed."),
    ] = False,
) -> None:
    """Write translations back into the kit's YAML, checked; nothing is written on any error."""
    from msgkit.translate.apply import import_translations
    from msgkit.validate import load_kit

    with user_errors():
        loaded, _warnings = load_kit(kit)
        report = import_translations(loaded, files, accept_stale=accept_stale, reviewed=reviewed)
    render_diagnostics(report.warnings)
    for path in report.written:
        err_console.print(f"wrote {escape(path)}")
    err_console.print(
        f"imported: {report.changed} changed, {report.confirmed} confirmed, "
        f"{report.reviewed} reviewed, {report.unchanged} unchanged, {report.skipped} skipped"
    )


@translate_app.command("status")
def translate_status(kit: KitArg, as_json: JsonOpt = False) -> None:
    """Per language: texts translated, reviewed, stale, missing and over a platform budget."""
    from msgkit.translate.status import translation_status
    from msgkit.validate import load_kit

    with user_errors():
        loaded, _warnings = load_kit(kit)
    rows = translation_status(loaded)
    if as_json:
        sys.stdout.write(_json([r.to_json() for r in rows]) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"{loaded.id}: translations from {loaded.campaign.default_language}")
    columns = ("language", "total", "translated", "reviewed", "stale", "missing", "over budget")
    for column in columns:
        table.add_column(column, justify="left" if column == "language" else "right")
    table.add_column("status")
    for r in rows:
        status = r.status if r.status == r.derived else f"{r.status} (texts: {r.derived})"
        table.add_row(
            r.lang,
            *(str(v) for v in (r.total, r.translated, r.reviewed, r.stale, r.missing)),
            str(r.over_budget),
            status,
        )
    out_console.print(table)


@translate_app.command("lock")
def translate_lock(
    kit: KitArg,
    lang: Annotated[
        list[str] | None,
        typer.Option("--lang", "-l", metavar="LANG", help="Only this language (repeatable)."),
    ] = None,
    confirm_stale: Annotated[
        bool,
        typer.Option("--confirm-stale", help="Also record stale translations as current."),
    ] = False,
) -> None:
    """Record the current source of every translation not yet in translations.lock."""
    from msgkit.translate.state import lock_kit
    from msgkit.validate import load_kit

    with user_errors():
        loaded, _warnings = load_kit(kit)
        _check_choices("--lang", lang or [], loaded.languages, "the kit has no language")
        path, added = lock_kit(loaded, lang or None, confirm_stale=confirm_stale)
    err_console.print(f"wrote {escape(display_path(path))} ({added} translations recorded)")

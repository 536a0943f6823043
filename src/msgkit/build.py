"""Orchestration: load → validate → plan targets → build what changed → commit atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgkit
from msgkit import fitcache
from msgkit.builders import BuildContext, Builder, BuildOptions, Target, levels
from msgkit.check import kit_problems, text_problems
from msgkit.errors import (
    CommitError,
    Diagnostic,
    Diagnostics,
    MsgkitError,
    UsageError,
    did_you_mean,
    display_path,
    error,
)
from msgkit.findings import Finding, replay
from msgkit.model import Kit
from msgkit.output import (
    MANIFEST,
    OutputBusyError,
    Staging,
    SymlinkInOutputError,
    check_relpath,
    commit,
    file_sha256,
    files_intact,
    output_lock,
    remember_verified,
    sha256,
)
from msgkit.validate import load_kit_partial

#: Called with a line of narration (`--verbose`).
Narrate = Callable[[str], None]
#: Called as targets finish: (done, total, target id).
Progress = Callable[[int, int, str], None]


@dataclass
class BuildRequest:
    """What `msgkit build` was asked to do, for one or more kits."""

    out_root: Path
    languages: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    strict: bool = False
    jobs: int = 1
    #: Verify only: report stale or missing outputs, write nothing.
    check_only: bool = False
    #: When another build holds the output folder: wait for it (True) or fail at once.
    wait: bool = True


@dataclass
class BuildResult:
    """What one kit's build did, target by target."""

    kit_id: str
    out_dir: Path
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    files_written: int = 0
    files_removed: int = 0
    bytes_written: int = 0
    seconds: float = 0.0
    seconds_by_builder: dict[str, float] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def stale(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self, *, pending: bool = False) -> str:
        """`3 added, 1 changed, …`; with `pending` (for --check) `3 to add, 1 to change, …`."""
        if pending:
            return (
                f"{len(self.added)} to add, {len(self.changed)} to rebuild, "
                f"{len(self.removed)} to remove, {len(self.unchanged)} up to date"
            )
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "kit": self.kit_id,
            "out": self.out_dir.as_posix(),
            "targets": {
                "added": self.added,
                "changed": self.changed,
                "removed": self.removed,
                "unchanged": self.unchanged,
            },
            "files": {"written": self.files_written, "removed": self.files_removed},
            "bytes_written": self.bytes_written,
            "seconds": round(self.seconds, 3),
            "seconds_by_builder": {k: round(v, 3) for k, v in self.seconds_by_builder.items()},
            "warnings": [d.to_json() for d in self.diagnostics],
        }


#: 2100-01-01T00:00:00Z, the latest build time msgkit accepts.
_MAX_EPOCH = 4102444800


def build_time(kit: Kit) -> dt.datetime:
    """The one timestamp of a build: SOURCE_DATE_EPOCH if set, else the campaign's start date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            seconds = int(epoch)
        except ValueError:
            seconds = None
        # Zip members cannot carry dates past 2107; later builds fail there, so refuse here.
        if seconds is not None and not 0 <= seconds <= _MAX_EPOCH:
            raise MsgkitError(
                [
                    error(
                        f"SOURCE_DATE_EPOCH={epoch!r} is out of range",
                        hint="set it to a Unix timestamp between 0 and "
                        f"{_MAX_EPOCH} (2100-01-01), such as 1634515200, or unset it",
                    )
                ]
            )
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise MsgkitError(
                [
                    error(
                        f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds",
                        hint="set it to a Unix timestamp such as 1634515200, or unset it",
                    )
                ]
            ) from None
    start = kit.campaign.start
    return dt.datetime(start.year, start.month, start.day, tzinfo=dt.UTC)


def build_kit(
    kit_path: Path,
    request: BuildRequest,
    narrate: Narrate | None = None,
    progress: Progress | None = None,
    waiting: Narrate | None = None,
) -> BuildResult:
    """Build one kit into `<out_root>/<kit id>/`; raise MsgkitError and write nothing on failure.

    Phases 2 and 3 run under the output folder's exclusive lock; `waiting` is told (once) when
    another build holds it and this one waits.
    """
    # The same diagnosis as `msgkit check` (msgkit.check.diagnose): every file's problems at
    # once, then every builder's lint and the selected builders' preflight.
    grouped = _select_builders(request.only)
    partial, diags = load_kit_partial(kit_path, strict=request.strict)
    if partial is None or diags.errors:
        if partial is not None:
            diags.extend(text_problems(partial))
        raise MsgkitError(diags.sorted())
    kit = partial
    out_dir = request.out_root / kit.id
    _check_out_dir(kit, out_dir)
    shown = display_path(out_dir)

    def on_wait() -> None:
        if waiting is not None:
            waiting(f"{shown}: another msgkit build is writing here; waiting for it to finish")

    try:
        with (
            output_lock(out_dir, wait=request.wait, on_wait=on_wait),
            tempfile.TemporaryDirectory(prefix="msgkit-assets-") as snapshot_dir,
        ):
            asset_hashes = snapshot_assets(kit, Path(snapshot_dir))
            return _build_locked(
                kit, diags, grouped, out_dir, request, narrate, progress, asset_hashes
            )
    except OutputBusyError:
        raise MsgkitError(
            [
                error(
                    f"another msgkit build is writing `{shown}`",
                    hint="wait for it to finish and build again, or leave out --no-wait to wait",
                )
            ]
        ) from None
    except OSError as exc:
        # The output folder cannot take the files: read-only, full, or not a folder at all.
        raise MsgkitError([_write_error(exc, out_dir)]) from None
    except SymlinkInOutputError as exc:
        # Shown as the link's own path: resolving it would name the folder it points to.
        inside = exc.path.relative_to(out_dir).as_posix() if exc.path != out_dir else ""
        link = f"{shown}/{inside}" if inside else shown
        raise MsgkitError(
            [
                error(
                    f"`{link}` is a symbolic link: msgkit never writes through a link "
                    "inside its output folder",
                    hint=f"remove the link (`rm {link}`) and build again; msgkit recreates "
                    "the folder",
                )
            ]
        ) from None


def _build_locked(
    kit: Kit,
    diags: Diagnostics,
    grouped: list[list[Builder]],
    out_dir: Path,
    request: BuildRequest,
    narrate: Narrate | None,
    progress: Progress | None,
    asset_hashes: dict[Path, str],
) -> BuildResult:
    started = time.perf_counter()
    say = narrate or (lambda _line: None)
    # The kit's version as this build starts (a file swapped while it runs must not change it).
    version = kit_digest(kit)
    builders = [builder for level in grouped for builder in level]
    languages = _check_languages(kit, request.languages)
    options = BuildOptions(build_time=build_time(kit), languages=languages, strict=request.strict)
    say(
        f"{kit.id}: builders {', '.join(b.name for b in builders)}; "
        f"languages {', '.join(options.wants(kit))}"
    )

    # Phase 1: everything that can fail before anything is built — the same diagnosis as
    # `msgkit check` (every builder's lint, the selected builders' preflight), then planning.
    # Post fits computed by the lint are kept for the posts targets (`msgkit.fitcache`); a
    # builder whose targets are all up to date skips its preflight (the deck's opens the
    # template): its inputs, template and fonts included, are what passed it last time.
    fitcache.forget()
    diags.extend(kit_problems(kit, options, []))
    if diags.failed(request.strict):
        # Failing anyway: every selected builder's preflight too, and the warnings its
        # rendering would find, so all problems show at once (as `check` shows them).
        for builder in builders:
            diags.extend(builder.preflight(kit, options))
            diags.extend(builder.render_findings(kit, options))
        raise MsgkitError(diags.sorted())
    old = _read_manifest(out_dir)
    plans: dict[str, list[Target]] = {}
    checked: list[Builder] = []
    for builder in builders:
        plans[builder.name] = builder.plan(kit, options)
        if _may_build(builder, plans[builder.name], old, out_dir, asset_hashes):
            checked.append(builder)
        else:
            say(f"{builder.name}: every target up to date; its preflight checks are skipped")
    runner = _Runner(kit, options, out_dir, request.jobs) if not request.check_only else None
    try:
        if runner is not None:
            may_build = [b.name for b in checked for _target in plans[b.name]]
            diags.extend(runner.preflight(checked, may_build, say))
        else:
            for builder in checked:
                diags.extend(builder.preflight(kit, options))
        _check_duplicate_targets(plans, diags)
        if diags.failed(request.strict):
            raise MsgkitError(diags.sorted())
    except BaseException:
        if runner is not None:
            runner.close()
        raise

    # Phase 2: build what changed into the staging folder, level by level: a level is every
    # builder whose inputs are ready, so independent formats share one pool of processes.
    result = BuildResult(kit_id=kit.id, out_dir=out_dir)
    staging = Staging(out_dir) if not request.check_only else None
    entries: dict[str, dict[str, Any]] = {}
    targets_meta: dict[str, dict[str, Any]] = {}
    total = sum(len(t) for t in plans.values())
    done = 0
    #: Targets to build (added or changed): never "removed", also under --check.
    planned: set[str] = set()
    try:
        for level in grouped:
            todo: list[tuple[Builder, Target, str, list[dict[str, Any]]]] = []
            for builder in level:
                consumed = [e for e in entries.values() if e["builder"] in builder.consumes]
                for target in plans[builder.name]:
                    upstream = _upstream_for(target, consumed)
                    fingerprint = _fingerprint(builder, target, upstream, asset_hashes)
                    previous = old["targets"].get(target.id)
                    if (
                        previous
                        and previous["fingerprint"] == fingerprint
                        and all(p in old["files"] for p in previous["files"])
                        and files_intact(out_dir, [old["files"][p] for p in previous["files"]])
                    ):
                        result.unchanged.append(target.id)
                        # Not rendered again: the warnings its rendering found are said again.
                        diags.extend(replay(kit, previous.get("findings")))
                        for relpath in previous["files"]:
                            entries[relpath] = old["files"][relpath]
                        targets_meta[target.id] = previous
                        done += 1
                        if progress:
                            progress(done, total, target.id)
                        continue
                    (result.changed if previous else result.added).append(target.id)
                    planned.add(target.id)
                    todo.append((builder, target, fingerprint, upstream))
            if request.check_only or not todo:
                continue
            assert runner is not None

            def finished(target_id: str) -> None:
                nonlocal done
                done += 1
                if progress:
                    progress(done, total, target_id)

            for builder, target, fingerprint, files, built in runner.run(todo, finished):
                problems, findings, seconds = built
                diags.extend(problems)
                diags.extend(f.diagnostic(kit) for f in findings)
                for entry in files:
                    if entry["path"] in entries and entries[entry["path"]]["target"] != target.id:
                        diags.add(
                            error(
                                f"two targets write {entry['path']}: "
                                f"{entries[entry['path']]['target']} and {target.id}",
                                hint="give the areas or posts different ids",
                            )
                        )
                    entries[entry["path"]] = entry
                    result.bytes_written += entry["size"]
                targets_meta[target.id] = {
                    "fingerprint": fingerprint,
                    "builder": builder.name,
                    "lang": target.lang,
                    "files": sorted(e["path"] for e in files),
                    # Only a target with warnings has the field: other entries stay as they were.
                    **({"findings": [f.to_json() for f in findings]} if findings else {}),
                }
                by_builder = result.seconds_by_builder
                by_builder[builder.name] = by_builder.get(builder.name, 0.0) + seconds
                say(f"built {target.id} ({len(files)} file{'s' if len(files) != 1 else ''})")
            if diags.failed(request.strict):
                # The later levels read this one's files: stop with every problem found so far.
                raise MsgkitError(diags.sorted())

        # Targets this build did not plan but whose builder and language it covers are gone
        # from the kit; targets outside its --only / --lang scope are kept as they are.
        in_scope = {b.name for b in builders}
        wanted = set(options.wants(kit))
        for target_id, meta in old["targets"].items():
            if target_id in targets_meta or target_id in planned:
                continue
            builder_name = meta.get("builder", target_id.split(":")[0])
            lang = meta.get("lang")
            # A language-neutral target (a partner pack) is only judged by a build of every
            # language: a `--lang` build does not plan it, and must not delete it.
            covered = lang in wanted if lang is not None else not request.languages
            if builder_name in in_scope and covered:
                result.removed.append(target_id)
            else:
                targets_meta[target_id] = meta
                for relpath in meta["files"]:
                    if relpath in old["files"]:
                        entries[relpath] = old["files"][relpath]
        if runner is not None:
            runner.close()
            if runner.workers:
                say(f"built in {runner.workers} worker processes")
        result.removed.sort()
        removed_files = sorted(p for p in old["files"] if p not in entries)
        if diags.failed(request.strict):
            raise MsgkitError(diags.sorted())
        result.diagnostics = diags.sorted()
        if request.check_only:
            result.seconds = time.perf_counter() - started
            return result

        # Phase 3: commit. Only this moves files into the output folder.
        assert staging is not None
        rebuilt = {t.id for b in builders for t in plans[b.name]} - set(result.unchanged)
        written = [p for p, e in entries.items() if e["target"] in rebuilt]
        kept_targets = {k: v for k, v in targets_meta.items() if k not in rebuilt}
        manifest = _manifest(kit, version, options, entries, targets_meta)
        try:
            result.files_written, result.files_removed = commit(
                out_dir, staging, written, removed_files, manifest, kept_targets
            )
        except OSError as exc:
            raise CommitError([_write_error(exc, out_dir)]) from None
        remember_verified(out_dir, manifest["files"], trusted=written)
    except BaseException:
        if staging is not None:
            staging.discard()
        raise
    finally:
        fitcache.forget()
        if runner is not None:
            runner.close()
    result.seconds = time.perf_counter() - started
    say(f"{kit.id}: {result.summary()} in {result.seconds:.2f}s")
    return result


def _write_error(exc: OSError, out_dir: Path) -> Diagnostic:
    where = Path(exc.filename) if isinstance(exc.filename, str) else out_dir
    return error(
        f"cannot write the output: {exc.strerror or exc} ({display_path(where)})",
        hint="choose an --out folder you can write to, with free space; then build again",
    )


def snapshot_assets(kit: Kit, folder: Path) -> dict[Path, str]:
    """Read every kit asset once into `folder`; point `kit.asset` at the copies; their hashes.

    Fingerprints and renderers then see the very same bytes: an image swapped while the build
    runs (and restored after) cannot reach some outputs while the manifest says otherwise.
    Each copy keeps its file name (the fingerprint hashes the name too).
    """
    hashes: dict[Path, str] = {}
    for i, relpath in enumerate(kit.asset_refs()):
        try:
            source = kit.asset(relpath)
        except ValueError:
            continue  # validation has reported it
        data = source.read_bytes()
        copy = folder / str(i) / source.name
        copy.parent.mkdir()
        copy.write_bytes(data)
        kit.snapshot[relpath] = copy
        hashes[copy] = sha256(data)
    return hashes


def _check_out_dir(kit: Kit, out_dir: Path) -> None:
    resolved = out_dir.resolve()
    if (
        resolved == kit.root
        or resolved.is_relative_to(kit.root)
        or kit.root.is_relative_to(resolved)
    ):
        raise MsgkitError(
            [
                error(
                    f"output folder `{display_path(out_dir)}` overlaps the kit folder "
                    f"`{display_path(kit.root)}`",
                    hint="this could overwrite or delete your kit files; choose another --out, "
                    "e.g. `--out dist`",
                )
            ]
        )
    for folder in (out_dir.parent, out_dir):
        if os.path.lexists(folder) and not folder.is_dir():
            raise MsgkitError(
                [
                    error(
                        f"output path `{display_path(folder)}` is not a folder",
                        hint="choose another --out: a folder, or a path that does not exist yet",
                    )
                ]
            )


def _check_languages(kit: Kit, requested: tuple[str, ...]) -> tuple[str, ...]:
    problems = [
        error(
            f"--lang {lang}: the kit has no language `{lang}`",
            hint=did_you_mean(lang, kit.languages)
            or f"the kit's languages: {', '.join(kit.languages)}",
        )
        for lang in requested
        if lang not in kit.languages
    ]
    if problems:
        raise UsageError(problems)
    return requested


def _select_builders(only: tuple[str, ...]) -> list[list[Builder]]:
    from msgkit.builders import UnknownBuilderError, registry

    try:
        return levels(list(only) or None)
    except UnknownBuilderError as exc:
        names = sorted(registry())
        bad = str(exc).split(", ")[0]
        raise UsageError(
            [
                error(
                    f"--only {exc}: no such output format",
                    hint=did_you_mean(bad, names) or f"formats: {', '.join(names)}",
                )
            ]
        ) from None


def _check_duplicate_targets(plans: dict[str, list[Target]], diags: Diagnostics) -> None:
    for name, targets in plans.items():
        seen: set[str] = set()
        for target in targets:
            if target.key in seen:
                diags.add(error(f"builder {name} planned target {target.key} twice"))
            seen.add(target.key)


def _may_build(
    builder: Builder,
    targets: list[Target],
    old: dict[str, Any],
    out_dir: Path,
    asset_hashes: dict[Path, str],
) -> bool:
    """Whether any of a builder's targets may need building, judged before anything is built.

    A builder that consumes others' outputs cannot be judged yet (its fingerprints include
    files not built so far), so it may. The others are judged as phase 2 will judge them; when
    every target is up to date, their preflight (the deck's opens its template) is not needed.
    """
    if builder.consumes:
        return True
    for target in targets:
        previous = old["targets"].get(target.id)
        if not (
            previous
            and previous["fingerprint"] == _fingerprint(builder, target, [], asset_hashes)
            and all(p in old["files"] for p in previous["files"])
            and files_intact(out_dir, [old["files"][p] for p in previous["files"]])
        ):
            return True
    return False


def _upstream_for(target: Target, consumed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The consumed files a target may read: its own language's and language-neutral ones.

    A target without a language (a partner pack spanning several) sees them all. Keeping the
    list narrow keeps fingerprints narrow: an edit in Slovenian does not rebuild the English pack.
    """
    if target.lang is None:
        # A partner's pack reads its own editions only: another partner's edit leaves it be.
        if target.partner is not None:
            return [e for e in consumed if e["lang"] is None or e.get("partner") == target.partner]
        return consumed
    return [
        e
        for e in consumed
        if e["lang"] is None or (e["lang"] == target.lang and e.get("partner") == target.partner)
    ]


def _fingerprint(
    builder: Builder,
    target: Target,
    upstream: list[dict[str, Any]],
    asset_hashes: dict[Path, str],
) -> str:
    """Hash of everything a target's output depends on, and nothing else.

    `asset_hashes` caches file hashes for the whole build: many targets share the fonts.
    """
    digest = hashlib.sha256()
    header = {
        "msgkit": msgkit.__version__,
        "builder": builder.name,
        "version": builder.version,
        "target": target.id,
        "lang": target.lang,
        "area": target.area,
        **({"partner": target.partner} if target.partner else {}),
        "inputs": target.inputs,
        "upstream": sorted((e["path"], e["sha256"]) for e in upstream),
    }
    # No `default=`: an input that is not plain JSON must fail loudly here, not be hashed by a
    # repr that may change from run to run.
    digest.update(json.dumps(header, sort_keys=True, ensure_ascii=False).encode())
    for asset in target.assets:
        if asset not in asset_hashes:
            asset_hashes[asset] = file_sha256(asset) or "missing"
    # Each asset by its file name and content, in that order: not by its absolute path, whose
    # order changes with where the kit and msgkit's fonts sit (one checkout against another).
    for name, sha in sorted((asset.name, asset_hashes[asset]) for asset in target.assets):
        digest.update(name.encode())
        digest.update(sha.encode())
    return digest.hexdigest()


def _read_manifest(out_dir: Path) -> dict[str, Any]:
    """The previous build's manifest, normalised; empty when missing or unreadable."""
    empty: dict[str, Any] = {"files": {}, "targets": {}}
    try:
        data = json.loads((out_dir / MANIFEST).read_text("utf-8"))
        files = {e["path"]: e for e in data["files"]}
        for relpath in files:
            check_relpath(relpath)
        return {"files": files, "targets": dict(data.get("targets", {}))}
    except (OSError, ValueError, KeyError, TypeError):
        return empty


def _manifest(
    kit: Kit,
    version: str,
    options: BuildOptions,
    entries: dict[str, dict[str, Any]],
    targets: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    return {
        "msgkit": msgkit.__version__,
        "kit": kit.id,
        "kit_sha256": version,
        "build_time": options.build_time.isoformat(),
        "complete": True,
        "files": [entries[p] for p in sorted(entries)],
        "targets": {k: targets[k] for k in sorted(targets)},
    }


def kit_digest(kit: Kit) -> str:
    """The kit's version: a sha256 over every file of the kit folder (relative path + bytes).

    Hidden files and folders (`.git`, editor swap files) are left out. `msgkit merge` refuses
    parts whose digests differ: they were built from different versions of the kit.
    """
    digest = hashlib.sha256()
    files = sorted(
        p
        for p in kit.root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(kit.root).parts)
    )
    for path in files:
        digest.update(path.relative_to(kit.root).as_posix().encode() + b"\0")
        digest.update((file_sha256(path) or "").encode())
    return digest.hexdigest()


# --- running targets, in this process or across several ---------------------------------------

_WORKER: dict[str, Any] = {}


class _Runner:
    """Builds targets in this process or in a pool of workers, whichever the work pays for.

    A worker costs about `_WORKER_START` seconds before its first target (a process, msgkit's
    imports, reportlab or python-pptx, the kit unpickled), so a pool is started only when the
    planned work is large enough to win that back, and is then kept for the later levels
    instead of being started once per level. Targets of `_IN_PARENT` builders always run here:
    their work was done in the check phase and is cached in this process.
    """

    def __init__(self, kit: Kit, options: BuildOptions, out_dir: Path, jobs: int) -> None:
        self.kit, self.options, self.out_dir, self.jobs = kit, options, out_dir, jobs
        self.pool: ProcessPoolExecutor | None = None
        self.workers = 0

    def preflight(
        self, builders: list[Builder], may_build: list[str], say: Narrate
    ) -> list[Diagnostic]:
        """The builders' preflight problems. When the build will use workers (judged from
        `may_build`, the builder name of each target not known to be up to date), the pool
        starts now and the preflights of `_PREFLIGHT_ELSEWHERE` builders run in it while this
        process runs the others': the one core would otherwise be idle until phase 2."""
        elsewhere = [b for b in builders if b.name in _PREFLIGHT_ELSEWHERE]
        here = [b for b in builders if b not in elsewhere]
        # Worth a worker's start-up only when something runs beside it: this process's own
        # preflight, or another worker's.
        beside = bool(here) or len(elsewhere) > 1
        pool = self._pool_for(may_build) if elsewhere and beside else None
        if pool is None:
            here, elsewhere = builders, []
        # Submitting starts the workers, and the first start waits for the fork server to
        # import what workers render with (`_WORKER_PRELOAD`): a thread waits for that.
        futures: list[Future[list[Diagnostic]]] = []
        starting: list[BaseException] = []

        def submit() -> None:
            assert pool is not None
            try:
                futures.extend(pool.submit(_preflight_one, b.name) for b in elsewhere)
            except BaseException as exc:  # raised below, in this process's thread
                starting.append(exc)

        starter = threading.Thread(target=submit, name="msgkit-workers")
        if pool is not None:
            starter.start()
        for builder in elsewhere:
            say(f"{builder.name}: preflight checks in a worker process, beside this one's")
        found: list[Diagnostic] = []
        for builder in here:
            found += builder.preflight(self.kit, self.options)
        if pool is not None:
            starter.join()
            if starting:
                raise starting[0]
        for future in futures:
            found += future.result()
        return found

    def close(self) -> None:
        """Stop the workers, if any were started (safe to call twice)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def run(
        self,
        todo: list[tuple[Builder, Target, str, list[dict[str, Any]]]],
        finished: Callable[[str], None],
    ) -> Iterator[tuple[Builder, Target, str, list[dict[str, Any]], _Built]]:
        """Build targets, yielding results in plan order whatever the number of processes;
        `finished(target id)` is called as each target is done, in the order they finish (a
        progress bar moves while the workers build, not when the last of a level is done)."""
        _init_worker(self.kit, self.options, self.out_dir)
        pooled = [i for i, item in enumerate(todo) if item[0].name not in _IN_PARENT]
        pool = self._pool_for([todo[i][0].name for i in pooled])
        futures = {}
        if pool is not None:
            # Slowest formats first, so the last worker does not start a deck alone.
            for i in sorted(pooled, key=lambda i: -_COST.get(todo[i][0].name, _COST_DEFAULT)):
                futures[i] = pool.submit(_build_one, todo[i][0].name, todo[i][1], todo[i][3])
        if not futures:
            for builder, target, fingerprint, upstream in todo:
                files, built = _build_one(builder.name, target, upstream)
                finished(target.id)
                yield builder, target, fingerprint, files, built
            return
        # This process builds its own share while the workers build theirs; results are then
        # yielded in plan order, whoever built them.
        local = {}
        for i, (builder, target, _fingerprint, upstream) in enumerate(todo):
            if i not in futures:
                local[i] = _build_one(builder.name, target, upstream)
                finished(target.id)
        index = {future: i for i, future in futures.items()}
        for future in as_completed(index):
            finished(todo[index[future]][1].id)
        for i, (builder, target, fingerprint, _upstream) in enumerate(todo):
            files, built = futures[i].result() if i in futures else local.pop(i)
            yield builder, target, fingerprint, files, built

    def _pool_for(self, names: list[str]) -> ProcessPoolExecutor | None:
        """The pool, started now if this work pays for it; None to build in this process."""
        if self.pool is not None:
            return self.pool if len(names) > 1 else None
        workers = pool_size(names, self.jobs)
        if workers <= 1:
            return None
        # Workers start from a small server process rather than a copy of this one: a fork would
        # carry the whole build state (manifest entries of every file) into every worker's memory.
        # The server imports the rendering libraries once; each worker is forked with them.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(_WORKER_PRELOAD))
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.kit, self.options, self.out_dir),
        )
        self.workers = workers
        return self.pool


def default_jobs() -> int:
    """Processes a build may use when `--jobs` is not given: the cores not already busy.

    The cores minus what other programs keep busy now (`busy_cores`), at least 1: one per
    core on an idle machine (a CI runner). Where other work already keeps the cores busy,
    extra processes only queue for the same cores and add their start-up (measured on a
    shared 2-core machine: a pooled real-kit build 1.3× the wall time of one process), so it
    stays in one.
    """
    cores = os.cpu_count() or 1
    busy = busy_cores()
    return cores if busy is None else max(1, min(cores, round(cores - busy)))


def busy_cores() -> float | None:
    """How many cores other programs keep busy now; None where the system does not say.

    On Linux, the runnable tasks in `/proc/loadavg` (its fourth field, `running/total`),
    less this process, sampled a few times over ~20 ms: an instant reading. The 1-minute load
    average (elsewhere) still counts a build that ended seconds ago, so a second build within
    a minute of the first would run in one process on an idle machine.
    """
    samples: list[int] = []
    for i in range(5):
        try:
            with open("/proc/loadavg", encoding="ascii") as file:
                running = int(file.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            break
        samples.append(running - 1)
        if i < 4:
            time.sleep(0.004)
    if samples:
        return float(sorted(samples)[len(samples) // 2])
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on every platform
        return None


def pool_size(builder_names: list[str], jobs: int) -> int:
    """How many worker processes the targets of these builders are worth (1: none, in process).

    In process the work takes about `W` seconds; across `n` workers about `start + W / n`. `n`
    workers pay when `W - W/n > start`; the largest such `n` up to `jobs` and the number of
    targets is taken. Estimates only decide where work runs, never what it produces.
    """
    work = sum(_COST.get(name, _COST_DEFAULT) for name in builder_names)
    for n in range(min(jobs, len(builder_names)), 1, -1):
        if work - work / n > _WORKER_START:
            return n
    return 1


#: Rough seconds of one target per builder on one core (CPU time measured on the 10-language
#: real kit: 40 sheets 1.2 s, ~180 cards ~21 s), for the choice of process and the order of
#: work only — never for output.
_COST = {
    "deck": 0.3,
    "pack": 0.15,
    "pdf": 0.05,
    "html": 0.15,
    "images": 0.12,
    "posts": 0.05,
    "calendar": 0.005,
    "sheet": 0.005,
}
_COST_DEFAULT = 0.1
#: Seconds a new worker costs before its first target (process, imports, kit unpickled) as
#: seen from the build's wall clock on a 2-core machine: ~0.6 s of its own CPU, plus the time
#: it takes from the orchestrator and the other workers. A real-kit `--only pdf` (40 sheets,
#: ~2 s CPU) measured slower with a pool than without.
_WORKER_START = 1.5
#: Builders whose targets run in the orchestrating process: the check phase already did their
#: work there (post fitting, `msgkit.fitcache`), a worker would do it again.
_IN_PARENT = frozenset({"posts"})


#: Builders whose preflight runs in a worker while the orchestrating process runs the others'
#: (`_Runner.preflight`): the share cards' (every card laid out to find text that does not fit,
#: ~2.2 s of the real kit's ~7.7 s of checks) and the deck's (the template opened: python-pptx
#: is then never imported here), beside the posts' fitting (~2.4 s), which stays here for
#: `msgkit.fitcache`.
_PREFLIGHT_ELSEWHERE = frozenset({"images", "deck"})


#: What the fork server imports before it forks a worker (each worker would import them
#: anyway, ~0.5 s of CPU apiece): the build and the modules the builders render with.
_WORKER_PRELOAD = (
    "msgkit.build",
    "msgkit.pdf.render",
    "msgkit.deck.render",
    "msgkit.images.card",
    "msgkit.html.page",
    "msgkit.pack.landing",
)


def _init_worker(kit: Kit, options: BuildOptions, out_dir: Path) -> None:
    _WORKER.update(kit=kit, options=options, staging=Staging.attach(out_dir))


def _preflight_one(builder_name: str) -> list[Diagnostic]:
    """One builder's preflight problems, in a worker (`_Runner.preflight`)."""
    from msgkit.builders import registry

    return registry()[builder_name].preflight(_WORKER["kit"], _WORKER["options"])


#: What building one target found besides its files: its fatal problems, the warnings its
#: rendering found, and the seconds it took.
_Built = tuple[list[Diagnostic], list[Finding], float]


def _build_one(
    builder_name: str, target: Target, upstream: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], _Built]:
    """Build one target and stage its files; return their manifest entries and `_Built`."""
    from msgkit.builders import registry

    t0 = time.perf_counter()
    staging: Staging = _WORKER["staging"]
    ctx = BuildContext(
        kit=_WORKER["kit"],
        options=_WORKER["options"],
        read_output=staging.read,
        upstream=upstream,
        read_previous=staging.read_committed,
    )
    try:
        outputs = registry()[builder_name].build(target, ctx)
    except MsgkitError as exc:
        return [], (exc.diagnostics, ctx.findings, time.perf_counter() - t0)
    entries = []
    for out in outputs:
        if isinstance(out.data, bytes):
            staging.write(out.relpath, out.data)
            digest, size = sha256(out.data), len(out.data)
        else:
            digest, size = staging.write_with(out.relpath, out.data)
        entries.append(
            {
                **out.meta,
                "path": out.relpath,
                "sha256": digest,
                "size": size,
                "kind": out.kind,
                "lang": out.lang,
                "area": out.area,
                # Only a partner's files carry the field: language editions' entries stay as
                # they were, so their fingerprints (which hash upstream entries) do too.
                **({"partner": out.partner} if out.partner else {}),
                "builder": builder_name,
                "target": target.id,
            }
        )
    return entries, ([], ctx.findings, time.perf_counter() - t0)

"""The only code that writes: safe output paths, staging, atomic commits, deterministic zips."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

#: Hidden folder inside the output folder where a running build stages its files; it is removed
#: when the build ends, and by the next build if a killed one left it behind.
STAGING_DIR = ".msgkit-staging"
MANIFEST = "manifest.json"

#: Members of these kinds are already compressed; deflating them again only costs time.
_STORED_SUFFIXES = {".png", ".jpg", ".jpeg", ".zip", ".pptx", ".potx", ".pdf", ".gz", ".woff2"}


class UnsafePathError(ValueError):
    """An output path would leave the output folder or is malformed."""


class SymlinkInOutputError(UnsafePathError):
    """A folder or file under the output folder is a symbolic link; msgkit never writes through one.

    `path` is the link, as found on disk.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} is a symbolic link")


class OutputBusyError(Exception):
    """Another msgkit build holds the output folder's lock (raised with `wait=False`)."""


@contextmanager
def output_lock(
    out_dir: Path, *, wait: bool = True, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the exclusive build lock of one kit output folder for the `with` block.

    The lock is an OS file lock (`filelock`: `flock` on POSIX), so the kernel releases it when
    its process dies, even by SIGKILL: no stale lock ever blocks the next build. Its file lives
    in msgkit's private state folder (`_state_file`), so that taking the lock writes nothing
    into the output folder (a failed build leaves it untouched). Builds on one machine exclude
    each other; builds on two machines sharing a network folder do not. With `wait`, a busy
    lock calls `on_wait` once and then blocks; without, it raises OutputBusyError.
    """
    from filelock import FileLock, Timeout

    lock = FileLock(_state_file(out_dir, ".lock"), thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if not wait:
            raise OutputBusyError(str(out_dir)) from None
        if on_wait is not None:
            on_wait()
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _state_file(out_dir: Path, suffix: str) -> Path:
    """A file of msgkit's own about one output folder, kept outside it: lock and stat cache.

    The folder is per user under the system's temporary folder and must be a real folder owned
    by this user: another user's planted folder or link would let them read or steer msgkit.
    """
    key = hashlib.sha256(os.fsencode(out_dir.resolve())).hexdigest()[:32]
    user = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"msgkit-{user}"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != user):
        raise PermissionError(f"{folder} is not a folder of this user; remove it")
    return folder / f"{key}{suffix}"


def refuse_symlinks(out_dir: Path, relpath: str | None = None) -> None:
    """Raise SymlinkInOutputError if `out_dir`, or a component of `relpath` under it, is a link.

    Checked with `lstat` per component, so a planted link (`out/k/sl -> /elsewhere`) is found
    before anything is written through it. A component that does not exist yet is fine.
    """
    parts = check_relpath(relpath, reserved=False).parts if relpath else ()
    current = out_dir
    for part in ("", *parts):
        current = current / part if part else current
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            return
        except NotADirectoryError:
            return
        if stat.S_ISLNK(mode):
            raise SymlinkInOutputError(current)


def check_relpath(relpath: str, *, reserved: bool = True) -> PurePosixPath:
    """Validate a POSIX relative output path: no absolute paths, `..`, backslashes or empties.

    With `reserved`, msgkit's own bookkeeping names (manifest, staging) are refused too.
    """
    if not relpath or "\\" in relpath or "\x00" in relpath:
        raise UnsafePathError(f"invalid output path {relpath!r}")
    path = PurePosixPath(relpath)
    if path.is_absolute() or any(part in ("", ".", "..") for part in relpath.split("/")):
        raise UnsafePathError(f"output path {relpath!r} would leave the output folder")
    if reserved and path.parts[0] in (STAGING_DIR, MANIFEST):
        raise UnsafePathError(f"output path {relpath!r} is reserved")
    return path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    """The sha256 of a file, or None if it does not exist."""
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


class Staging:
    """A build's staged files: written here first, moved into the output folder on commit."""

    def __init__(self, out_dir: Path, *, fresh: bool = True) -> None:
        self.out_dir = out_dir
        self.root = out_dir / STAGING_DIR
        if fresh:
            # A build killed earlier may have left staged files; they are never trusted. A link
            # planted in its place is removed as a link, never followed (its target is not ours).
            refuse_symlinks(out_dir)
            if self.root.is_symlink() or self.root.is_file():
                self.root.unlink()
            shutil.rmtree(self.root, ignore_errors=True)
            out_dir.mkdir(parents=True, exist_ok=True)
            self.root.mkdir()  # exclusive: fails if anything appeared here meanwhile

    @classmethod
    def attach(cls, out_dir: Path) -> Staging:
        """The staging folder of a build already under way (used by worker processes)."""
        return cls(out_dir, fresh=False)

    def path(self, relpath: str) -> Path:
        return self.root.joinpath(*check_relpath(relpath).parts)

    def write(self, relpath: str, data: bytes) -> None:
        target = self.path(relpath)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    def write_with(self, relpath: str, writer: Callable[[BinaryIO], None]) -> tuple[str, int]:
        """Stage a file a builder streams out; return its sha256 and size."""
        target = self.path(relpath)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as fh:
            writer(fh)
        return file_sha256(target) or "", target.stat().st_size

    def read(self, relpath: str) -> bytes:
        staged = self.path(relpath)
        if staged.is_file():
            return staged.read_bytes()
        return (self.out_dir.joinpath(*check_relpath(relpath).parts)).read_bytes()

    def read_committed(self, relpath: str) -> bytes | None:
        """A file as the last committed build left it in the output folder, or None."""
        try:
            return self.out_dir.joinpath(*check_relpath(relpath).parts).read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None

    def discard(self) -> None:
        if self.root.is_symlink():
            self.root.unlink()
        else:
            shutil.rmtree(self.root, ignore_errors=True)
        _remove_empty_dir(self.out_dir)


def commit(
    out_dir: Path,
    staging: Staging,
    written: Iterable[str],
    removed: Iterable[str],
    manifest: dict[str, Any],
    kept_targets: dict[str, dict[str, Any]],
) -> tuple[int, int]:
    """Move staged files into place, delete removed ones, then write the manifest.

    The order keeps the manifest true to the files at every instant: first the manifest is
    rewritten to claim only the targets this commit will not touch (`kept_targets`), then files
    move (each an atomic `os.replace`), and the full manifest is written last. A build killed
    in between leaves a manifest that under-claims, and the next build rebuilds exactly the
    unclaimed targets. Returns the number of files replaced and removed; files whose bytes did
    not change are not touched, so they keep their modification time.
    """
    written = sorted(written)
    removed = sorted(removed)
    # Every path is checked before the first write: a planted link fails the build whole.
    for relpath in (*written, *removed, MANIFEST):
        refuse_symlinks(out_dir, relpath)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = dump_json(manifest)
    if not written and not removed and _same_bytes(out_dir / MANIFEST, final):
        # A no-op rebuild: the manifest keeps its bytes and its modification time.
        staging.discard()
        return 0, 0
    kept_files = {p for t in kept_targets.values() for p in t["files"]}
    journal = dict(
        manifest,
        files=[e for e in manifest["files"] if e["path"] in kept_files],
        targets=kept_targets,
        complete=False,
    )
    write_atomic(out_dir / MANIFEST, dump_json(journal))
    replaced = 0
    for relpath in written:
        source = staging.path(relpath)
        dest = out_dir.joinpath(*check_relpath(relpath).parts)
        if file_sha256(dest) == file_sha256(source):
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, dest)
        replaced += 1
    deleted = 0
    for relpath in removed:
        dest = out_dir.joinpath(*check_relpath(relpath).parts)
        if dest.is_file():
            dest.unlink()
            deleted += 1
            _remove_empty_parents(dest.parent, out_dir)
    write_atomic(out_dir / MANIFEST, final)
    staging.discard()
    return replaced, deleted


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so readers see the old bytes or the new, never half of them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.msgkit-tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        # A full disk or a kill between write and rename must not leave the half file behind.
        tmp.unlink(missing_ok=True)
        raise


def files_intact(out_dir: Path, entries: Iterable[dict[str, Any]]) -> bool:
    """Whether every file is in the output folder with the sha256 its manifest entry says.

    Files whose (size, mtime_ns, ctime_ns, inode) match the stat cache of the last verification
    are trusted without being read; any write to a file changes its ctime, which no user tool
    can set back. Others are hashed (and the cache learns them at the next `remember_verified`).
    The cache lives outside the output folder (`_state_file`), so the folder holds only outputs
    and its bytes stay reproducible; losing the cache only costs one re-hash.
    """
    cache = _read_stat_cache(out_dir)
    for entry in entries:
        relpath = entry["path"]
        try:
            refuse_symlinks(out_dir, relpath)
            st = os.stat(out_dir.joinpath(*check_relpath(relpath).parts))
        except (OSError, UnsafePathError):
            return False
        if not stat.S_ISREG(st.st_mode) or st.st_size != entry["size"]:
            return False
        key = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, entry["sha256"]]
        if cache.get(relpath) == key:
            continue
        if file_sha256(out_dir.joinpath(*check_relpath(relpath).parts)) != entry["sha256"]:
            return False
    return True


def remember_verified(
    out_dir: Path, entries: Iterable[dict[str, Any]], trusted: Iterable[str] = ()
) -> None:
    """Record the stat of every file whose bytes match its manifest entry (after a commit).

    `trusted` files were just staged by this build and moved (or found identical), so their
    bytes are known without reading them again.
    """
    cache: dict[str, list[Any]] = {}
    old = _read_stat_cache(out_dir)
    known = set(trusted)
    for entry in entries:
        relpath = entry["path"]
        path = out_dir.joinpath(*check_relpath(relpath).parts)
        try:
            st = os.stat(path)
        except OSError:
            continue
        key = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, entry["sha256"]]
        if relpath in known or old.get(relpath) == key or file_sha256(path) == entry["sha256"]:
            cache[relpath] = key
    data = dump_json(cache)
    path = _state_file(out_dir, ".verified.json")
    if not _same_bytes(path, data):
        write_atomic(path, data)


#: The stat cache as last read, by file and its (inode, size, mtime): a build asks for it once
#: per target, and parsing it each time cost seconds on a kit with many partner editions.
_STAT_CACHES: dict[Path, tuple[tuple[int, int, int], dict[str, list[Any]]]] = {}


def _read_stat_cache(out_dir: Path) -> dict[str, list[Any]]:
    """The stat cache of `out_dir` (read only; empty if absent or unreadable)."""
    path = _state_file(out_dir, ".verified.json")
    try:
        st = os.stat(path)
        version = (st.st_ino, st.st_size, st.st_mtime_ns)
        known = _STAT_CACHES.get(path)
        if known is not None and known[0] == version:
            return known[1]
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    found = data if isinstance(data, dict) else {}
    _STAT_CACHES[path] = (version, found)
    return found


def dump_json(data: Any) -> bytes:
    """Stable, readable JSON: sorted keys, two-space indent, UTF-8, trailing newline."""
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_relative_to(stop):
        if any(folder.iterdir()):
            return
        folder.rmdir()
        folder = folder.parent


def _remove_empty_dir(folder: Path) -> None:
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


#: A zip member's content, or a function that reads it when the member is written.
MemberData = bytes | Callable[[], bytes]

ZipDate = tuple[int, int, int, int, int, int]


def zip_date(when: dt.datetime) -> ZipDate:
    """A zip member date for `when`: zip cannot store dates before 1980, so those become 1980."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    return max(stamp, (1980, 1, 1, 0, 0, 0))


def deterministic_zip(
    members: Iterable[tuple[str, MemberData]], date_time: ZipDate = (1980, 1, 1, 0, 0, 0)
) -> bytes:
    """A zip whose bytes depend only on its members: sorted names, fixed dates and modes.

    Already-compressed members (PNG, PDF, PPTX, …) are stored, the rest deflated. Member names
    are checked like output paths, so no entry can escape the folder it is unzipped into.
    """
    buffer = io.BytesIO()
    write_zip(buffer, members, date_time)
    return buffer.getvalue()


def write_zip(
    fh: BinaryIO,
    members: Iterable[tuple[str, MemberData]],
    date_time: ZipDate = (1980, 1, 1, 0, 0, 0),
) -> None:
    """Write `deterministic_zip`'s bytes to a file, one member in memory at a time.

    A pack of a large kit holds hundreds of megabytes of images: members given as functions
    are read only when written, so memory stays at the size of the largest one.
    """
    with zipfile.ZipFile(fh, "w") as archive:
        for name, data in sorted(members, key=lambda m: m[0]):
            check_relpath(name, reserved=False)
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.create_system = 3  # Unix, so external_attr below means POSIX permissions
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            stored = PurePosixPath(name).suffix.lower() in _STORED_SUFFIXES
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            content = data() if callable(data) else data
            archive.writestr(info, content, compresslevel=None if stored else 9)

"""Work done once per build: post fits shared by lint and builders, no template on a no-op."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import msgkit.build
import msgkit.deck.template
import msgkit.fit
from msgkit.build import BuildRequest, build_kit, pool_size


def _count_fits(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[Any, ...]]:
    """Record every real `fit_post` call by its inputs."""
    calls: Counter[tuple[Any, ...]] = Counter()
    real = msgkit.fit.fit_post

    def counting(text: str, rule: Any, **kw: Any) -> Any:
        key = (text, rule.id, kw.get("short"), kw.get("link"), tuple(kw.get("tags", ())))
        calls[(*key, kw.get("lang"))] += 1
        return real(text, rule, **kw)

    monkeypatch.setattr(msgkit.fit, "fit_post", counting)
    return calls


def test_each_post_is_fitted_once_per_build(
    real_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_fits(monkeypatch)
    result = build_kit(real_kit, BuildRequest(out_root=tmp_path / "dist", only=("posts",), jobs=2))
    assert result.added
    repeated = {key[:2]: n for key, n in calls.items() if n > 1}
    assert not repeated, f"fitted more than once: {list(repeated)[:3]}"
    # Without sharing, lint and build would each fit every variant: twice as many calls as
    # variants written. Languages that fall back to the same text may share one fit.
    # Language editions and partner editions (whose tracked links are fitted as published).
    written = sorted((tmp_path / "dist" / real_kit.name).rglob("posts/posts.json"))
    assert len(written) >= 4
    assert any("partners" in p.parts for p in written)
    variants = sum(len(json.loads(p.read_text("utf-8"))) for p in written)
    assert 0 < sum(calls.values()) <= variants


def test_fits_are_not_kept_between_builds(
    real_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second build (watch mode) fits the kit as it is then, not as the first build saw it."""
    request = BuildRequest(out_root=tmp_path / "dist", only=("posts",), jobs=1, check_only=True)
    build_kit(real_kit, request)
    calls = _count_fits(monkeypatch)
    build_kit(real_kit, request)
    assert calls and max(calls.values()) == 1


def _count_template_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []
    for name in ("read_template", "inspect_template"):
        real = getattr(msgkit.deck.template, name)

        def recording(path: Path, _real: Any = real, _name: str = name) -> Any:
            opened.append(f"{_name}({Path(path).name})")
            return _real(path)

        monkeypatch.setattr(msgkit.deck.template, name, recording)
    return opened


def test_noop_rebuild_does_not_open_the_deck_template(
    starter_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _count_template_opens(monkeypatch)
    request = BuildRequest(out_root=tmp_path / "dist", only=("deck",), jobs=1)
    first = build_kit(starter_kit, request)
    assert first.added and opened, "the first build must read the template"
    opened.clear()
    second = build_kit(starter_kit, request)
    assert second.unchanged == first.added
    assert opened == []


def test_deleted_deck_is_rebuilt_and_its_template_checked(
    starter_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = BuildRequest(out_root=tmp_path / "dist", only=("deck",), jobs=1)
    first = build_kit(starter_kit, request)
    deck = next((tmp_path / "dist").rglob("*.pptx"))
    deck.unlink()
    opened = _count_template_opens(monkeypatch)
    again = build_kit(starter_kit, request)
    assert again.changed and deck.is_file()
    assert any(o.startswith("inspect_template") for o in opened), opened
    assert sorted(again.changed + again.unchanged) == sorted(first.added)


def test_noop_rebuild_imports_no_rendering_library(starter_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build_kit(starter_kit, BuildRequest(out_root=out, only=("deck", "pdf", "images"), jobs=1))
    code = (
        "import sys; from pathlib import Path; from msgkit.build import BuildRequest, build_kit;"
        f"r = build_kit(Path({str(starter_kit)!r}), BuildRequest(out_root=Path({str(out)!r}),"
        " only=('deck', 'pdf', 'images'), jobs=2));"
        "heavy = [m for m in ('pptx', 'reportlab', 'PIL') if m in sys.modules];"
        "print(len(r.added + r.changed), ','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "0", result.stdout + result.stderr


def test_pool_is_started_only_when_the_work_pays_for_it() -> None:
    assert pool_size(["pdf"] * 3, jobs=4) == 1
    assert pool_size(["pdf"] * 40, jobs=2) == 1  # the real kit's `--only pdf`
    assert pool_size(["sheet"] * 200, jobs=4) == 1
    assert pool_size(["images"] * 72 + ["deck"] * 4, jobs=2) == 2
    assert pool_size(["images"] * 72, jobs=1) == 1
    assert pool_size(["deck"] * 40, jobs=8) == 8


def test_pooled_build_is_byte_identical_to_in_process(
    starter_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    only = ("sheet", "posts", "pdf", "calendar")
    one = build_kit(starter_kit, BuildRequest(out_root=tmp_path / "j1", only=only, jobs=1))
    monkeypatch.setattr(msgkit.build, "_WORKER_START", 0.0)  # force the pool on a small kit
    narrated: list[str] = []
    counted: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, target: str) -> None:
        counted.append((done, total, target))
        narrated.append(f"progress {done}")

    two = build_kit(
        starter_kit,
        BuildRequest(out_root=tmp_path / "j2", only=only, jobs=2),
        narrate=narrated.append,
        progress=progress,
    )
    assert "built in 2 worker processes" in narrated
    # The bar counts each target once, as it is done: the workers' targets before their
    # results are gathered in plan order (and narrated "built …").
    assert [c[0] for c in counted] == list(range(1, len(two.added) + 1))
    assert sorted(c[2] for c in counted) == sorted(two.added)
    first_built = next(i for i, line in enumerate(narrated) if line.startswith("built "))
    before = [line for line in narrated[:first_built] if line.startswith("progress ")]
    assert len(before) >= 2, narrated[: first_built + 1]
    assert sorted(one.added) == sorted(two.added)
    files = sorted(
        p.relative_to(tmp_path / "j1") for p in (tmp_path / "j1").rglob("*") if p.is_file()
    )
    for rel in files:
        assert (tmp_path / "j1" / rel).read_bytes() == (tmp_path / "j2" / rel).read_bytes(), rel


def test_help_imports_neither_rich_console_nor_the_build() -> None:
    code = (
        "import sys; from msgkit.cli import app;"
        "from typer.testing import CliRunner;"
        "r = CliRunner().invoke(app, ['--help']);"
        "loaded = [m for m in ('rich.console', 'msgkit.build', 'pydantic') if m in sys.modules];"
        "print(r.exit_code, 'merge' in r.output, ','.join(loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "0 True", result.stdout + result.stderr


@pytest.mark.parametrize(
    ("cores", "load", "expected"),
    [(2, 0.0, 2), (2, 0.6, 1), (8, 0.2, 8), (8, 3.4, 5), (2, 11.0, 1), (4, 2.9, 1)],
)
def test_default_jobs_are_the_idle_cores(
    monkeypatch: pytest.MonkeyPatch, cores: int, load: float, expected: int
) -> None:
    monkeypatch.setattr(msgkit.build.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(msgkit.build, "busy_cores", lambda: load)
    assert msgkit.build.default_jobs() == expected


def test_busy_cores_is_read_now_and_does_not_count_this_process() -> None:
    import os
    import subprocess
    import sys

    if not os.path.exists("/proc/loadavg"):
        pytest.skip("no /proc/loadavg: the 1-minute load average is used instead")
    idle = msgkit.build.busy_cores()
    assert idle is not None and idle >= 0
    # Two programs spinning now count at once (a load average would take a minute).
    spin = "import time\nend = time.time() + 3\nwhile time.time() < end: pass"
    spinners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    try:
        import time

        time.sleep(0.5)
        assert msgkit.build.busy_cores() >= 1
    finally:
        for p in spinners:
            p.kill()

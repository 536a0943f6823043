"""Shared fixtures: kits copied into tmp_path, a CLI runner, a fixed build date, golden files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from msgkit.scaffold import scaffold

REPO = Path(__file__).resolve().parents[1]
REAL_KIT = REPO / "kits" / "no-impunity-thb"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = REPO.parent / "shared"
#: 2021-10-18 00:00 UTC, EU Anti-Trafficking Day: the build date every test uses.
EPOCH = "1634515200"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite golden files from the current output instead of comparing.",
    )


@pytest.fixture(autouse=True)
def _fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def real_kit(tmp_path: Path) -> Path:
    """A private copy of the real campaign kit, safe to edit."""
    target = tmp_path / "kits" / REAL_KIT.name
    shutil.copytree(REAL_KIT, target)
    return target


def keep_partners(kit: Path, languages: dict[str, list[str]]) -> None:
    """Keep only these partners of a copied kit, with these languages (a smaller build)."""
    from ruamel.yaml import YAML

    yaml = YAML()
    path = kit / "kit.yaml"
    data = yaml.load(path.read_text("utf-8"))
    data["partners"] = [p for p in data["partners"] if p["id"] in languages]
    for partner in data["partners"]:
        partner["languages"] = languages[partner["id"]]
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)


def keep_languages(kit: Path, languages: set[str]) -> None:
    """Keep only these languages of a copied kit: every text in another language, and its
    line in `translations.lock`, is removed (a smaller build of the same kit)."""
    from ruamel.yaml import YAML

    yaml = YAML()
    files = [kit / "kit.yaml", *sorted((kit / "areas").glob("*.yaml"))]
    declared = yaml.load(files[0].read_text("utf-8"))["languages"]
    dropped = set(declared) - languages

    def strip(node: object) -> None:
        if isinstance(node, dict):
            for key in list(node):
                if key in dropped:
                    del node[key]
                else:
                    strip(node[key])
        elif isinstance(node, list):
            for value in node:
                strip(value)

    for path in files:
        data = yaml.load(path.read_text("utf-8"))
        strip(data)
        with path.open("w", encoding="utf-8") as fh:
            yaml.dump(data, fh)
    lock = kit / "translations.lock"
    if lock.exists():
        lines = lock.read_text("utf-8").splitlines()
        kept = [line for line in lines if line.startswith("#") or line.split()[1] not in dropped]
        lock.write_text("\n".join(kept) + "\n", "utf-8")


@pytest.fixture
def starter_kit(tmp_path: Path) -> Path:
    """The kit `msgkit init` creates: small, two languages, one area."""
    folder = tmp_path / "kits" / "starter"
    scaffold(folder)
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>, or rewrite it under --update-golden."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.is_file(), f"missing golden file {path}; run pytest --update-golden"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs from its golden file (pytest --update-golden)"

    return check

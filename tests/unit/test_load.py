"""Strict YAML loading: what kit files may contain, and where every key and value stands."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from msgkit.errors import Diagnostic, SourceLocation
from msgkit.load import YamlDocument, read_yaml, resolve_asset


def _read(tmp_path: Path, text: str | bytes) -> tuple[YamlDocument | None, list[Diagnostic]]:
    path = tmp_path / "area.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return read_yaml(path, "areas/area.yaml")


def _data(tmp_path: Path, text: str) -> Any:
    doc, problems = _read(tmp_path, text)
    assert problems == [], [p.render() for p in problems]
    assert doc is not None
    return doc.data


def _problem(tmp_path: Path, text: str | bytes) -> Diagnostic:
    doc, problems = _read(tmp_path, text)
    assert doc is None
    assert len(problems) == 1, [p.render() for p in problems]
    return problems[0]


# --- values keep the meaning a kit author expects ---------------------------------------------


def test_yes_no_on_off_stay_text(tmp_path: Path) -> None:
    data = _data(tmp_path, "a: yes\nb: no\nc: on\nd: off\ne: No\nf: OFF\ng: y\nh: n\n")
    assert data == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": "No",
        "f": "OFF",
        "g": "y",
        "h": "n",
    }


def test_norwegian_language_key_stays_no(tmp_path: Path) -> None:
    data = _data(tmp_path, "title:\n  en: Hello\n  no: Hei\n  nb: Hei\n")
    assert data == {"title": {"en": "Hello", "no": "Hei", "nb": "Hei"}}
    assert list(data["title"]) == ["en", "no", "nb"]


def test_true_and_false_are_still_booleans(tmp_path: Path) -> None:
    assert _data(tmp_path, "a: true\nb: false\nc: True\nd: FALSE\n") == {
        "a": True,
        "b": False,
        "c": True,
        "d": False,
    }


def test_dates_and_timestamps_stay_text(tmp_path: Path) -> None:
    data = _data(tmp_path, "start: 2021-10-18\nat: 2021-10-18T10:00:00Z\nbad: 2021-10-32\n")
    assert data == {"start": "2021-10-18", "at": "2021-10-18T10:00:00Z", "bad": "2021-10-32"}


def test_unquoted_clock_time_is_not_a_base_60_number(tmp_path: Path) -> None:
    # YAML 1.1 reads 10:00 as 600; a kit author means ten o'clock.
    assert _data(tmp_path, "time: 10:00\nlate: 23:59\nrun: 1:30.5\n") == {
        "time": "10:00",
        "late": "23:59",
        "run": "1:30.5",
    }


def test_numbers_and_null_are_still_typed(tmp_path: Path) -> None:
    data = _data(tmp_path, "a: 1\nb: -3\nc: 1.5\nd: 1_000\ne: ~\nf: null\ng:\nh: '7'\n")
    assert data == {"a": 1, "b": -3, "c": 1.5, "d": 1000, "e": None, "f": None, "g": None, "h": "7"}


def test_numeric_keys_become_text(tmp_path: Path) -> None:
    assert _data(tmp_path, "1: one\ntrue: yes\n") == {"1": "one", "True": "yes"}


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    assert _data(tmp_path, "\ufeffid: week-1\n") == {"id": "week-1"}


# --- duplicate keys ---------------------------------------------------------------------------


def test_duplicate_key_is_an_error_at_the_second_key(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "id: a\ntitle:\n  en: One\n  sl: Ena\n  en: Two\n")
    assert problem.location == SourceLocation("areas/area.yaml", 5, 3)
    assert problem.message == "duplicate key `en` (first defined at line 3)"
    assert problem.hint


def test_every_duplicate_key_is_reported(tmp_path: Path) -> None:
    doc, problems = _read(tmp_path, "id: a\nid: b\nposts:\n  - id: p\n    id: q\nid: c\n")
    assert doc is None
    assert [(p.location.line, p.location.col) for p in problems if p.location] == [
        (2, 1),
        (5, 5),
        (6, 1),
    ]


def test_same_key_in_sibling_mappings_is_fine(tmp_path: Path) -> None:
    data = _data(tmp_path, "posts:\n  - id: a\n  - id: b\n")
    assert data == {"posts": [{"id": "a"}, {"id": "b"}]}


# --- aliases, merge keys and tags ---------------------------------------------------------------


def test_alias_is_refused_at_its_position(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "a: &x hello\nb: *x\n")
    assert problem.location == SourceLocation("areas/area.yaml", 2, 4)
    assert "aliases" in problem.message
    assert problem.hint


def test_billion_laughs_is_refused_before_expansion(tmp_path: Path) -> None:
    levels = ["a: &a [" + ", ".join(['"lol"'] * 9) + "]"]
    for i in range(1, 30):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    # 9**30 strings if expanded; refused as soon as the first alias is seen.
    started = time.perf_counter()
    problem = _problem(tmp_path, "\n".join(levels) + "\n")
    elapsed = time.perf_counter() - started
    assert problem.location == SourceLocation("areas/area.yaml", 2, 8)
    assert elapsed < 1.0


def test_merge_key_is_refused(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "a:\n  <<: {x: 1}\n  y: 2\n")
    assert problem.message == "YAML merge keys (`<<`) are not allowed in kit files"
    assert problem.location == SourceLocation("areas/area.yaml", 2, 3)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('a: !!python/object/apply:os.system ["echo hi"]\n', "!!python/object/apply:os.system"),
        ("a: !!python/name:os.system\n", "!!python/name:os.system"),
        ("a: !include other.yaml\n", "!include"),
        ("a: !!binary aGVsbG8=\n", "!!binary"),
        ("a: !!set {x, y}\n", "!!set"),
    ],
)
def test_non_standard_tags_are_refused_as_written(tmp_path: Path, text: str, shown: str) -> None:
    problem = _problem(tmp_path, text)
    assert problem.message == f"YAML tag `{shown}` is not allowed in kit files"
    assert problem.location == SourceLocation("areas/area.yaml", 1, 4)


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    _problem(tmp_path, f'a: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert not marker.exists()


def test_standard_tags_are_allowed(tmp_path: Path) -> None:
    assert _data(tmp_path, "a: !!str 5\nb: !!int '7'\n") == {"a": "5", "b": 7}


# --- locations --------------------------------------------------------------------------------


def test_keys_and_values_are_located(tmp_path: Path) -> None:
    text = "id: week-1\ntitle:\n  en: Hello\nposts:\n  - id: p1\n    text: {en: Hi, sl: Živjo}\n"
    doc, _ = _read(tmp_path, text)
    assert doc is not None
    here = "areas/area.yaml"
    assert doc.value_locations[("id",)] == SourceLocation(here, 1, 5)
    assert doc.key_locations[("title",)] == SourceLocation(here, 2, 1)
    assert doc.value_locations[("title", "en")] == SourceLocation(here, 3, 7)
    assert doc.key_locations[("title", "en")] == SourceLocation(here, 3, 3)
    assert doc.value_locations[("posts", 0)] == SourceLocation(here, 5, 5)
    assert doc.value_locations[("posts", 0, "text", "sl")] == SourceLocation(here, 6, 24)
    assert doc.locate(("posts", 0, "text", "sl"), key=True) == SourceLocation(here, 6, 20)


def test_locate_falls_back_to_the_nearest_ancestor(tmp_path: Path) -> None:
    doc, _ = _read(tmp_path, "id: a\nposts:\n  - id: p1\n")
    assert doc is not None
    # A missing key is reported where its mapping is.
    assert doc.locate(("posts", 0, "text", "en")) == SourceLocation("areas/area.yaml", 3, 5)
    assert doc.locate(("nowhere",)) == SourceLocation("areas/area.yaml", 1, 1)


# --- files that are not kit files ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "   \n# two\n# comments\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    problem = _problem(tmp_path, text)
    assert problem.message == "file is empty"
    assert problem.location == SourceLocation("areas/area.yaml", 1, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("- a\n- b\n", "a list"), ("just text\n", "a single value"), ("42\n", "a single value")],
)
def test_root_must_be_a_mapping(tmp_path: Path, text: str, kind: str) -> None:
    problem = _problem(tmp_path, text)
    assert problem.message.endswith(f"but it holds {kind}")
    assert problem.location == SourceLocation("areas/area.yaml", 1, 1)


def test_file_that_is_not_utf8_is_located_at_the_bad_byte(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "id: a\ntitle:\n  sl: Pravi\u010dno\n".encode("cp1250"))
    assert problem.message == "file is not UTF-8 (byte 0xe8 cannot be decoded)"
    assert problem.location == SourceLocation("areas/area.yaml", 3, 12)
    assert problem.hint and "UTF-8" in problem.hint


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit is 1 MiB; a small one keeps the boundary test fast.
    monkeypatch.setattr("msgkit.load.MAX_FILE_BYTES", 200)
    body = "id: a\n" + "#" * 193 + "\n"
    assert len(body.encode()) == 200
    assert _data(tmp_path, body) == {"id": "a"}
    problem = _problem(tmp_path, body + "\n")
    assert problem.message == "file is 201 bytes; kit files may be at most 200 bytes"
    assert problem.location == SourceLocation("areas/area.yaml", 1, 1)


def test_more_than_one_document_is_a_syntax_error(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "id: a\n---\nid: b\n")
    assert problem.message.startswith("YAML syntax error:")
    assert problem.location is not None and problem.location.line == 2


def test_mapping_as_key_is_refused(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "? [a, b]\n: x\n")
    assert problem.message == "a key must be plain text"


# --- syntax errors point where the mistake is ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "col", "message", "hint_has"),
    [
        (
            "id: a\ntitle:\n  en: Week 1: policies\n",
            3,
            13,
            "YAML syntax error: a `: ` here is not expected",
            "must be quoted",
        ),
        (
            'id: a\ntime: "10:00\nx: 1\ny: 2\n',
            2,
            7,
            'YAML syntax error: the text opened with " here is never closed',
            'closing "',
        ),
        (
            "id: a\ntitle:\n  en: x\n  sl y\nz: 1\n",
            4,
            3,
            "YAML syntax error: a `key: value` line is missing its colon",
            "missing colon",
        ),
        (
            "id: a\ntitle:\n  en: x\n   sl: y\n",
            4,
            6,
            "YAML syntax error: a `: ` here is not expected",
            "indentation",
        ),
        (
            "id: a\ntitle: {en: x\nb: 1\n",
            2,
            8,
            "YAML syntax error: the `{…}` is not closed, or its items are not separated by `, `",
            "close the `{…}`",
        ),
        ("id: a\ntitle:\n\ten: x\n", 3, 1, "tab character used for indentation", "spaces"),
        ("id: a\ntitle:\n  \ten: x\n", 3, 3, "tab character used for indentation", "spaces"),
    ],
)
def test_syntax_error_is_located_where_the_mistake_is(
    tmp_path: Path, text: str, line: int, col: int, message: str, hint_has: str
) -> None:
    problem = _problem(tmp_path, text)
    assert problem.message == message
    assert problem.location == SourceLocation("areas/area.yaml", line, col)
    assert problem.hint is not None and hint_has in problem.hint


# --- asset paths ------------------------------------------------------------------------------


@pytest.fixture
def kit_root(tmp_path: Path) -> Path:
    root = tmp_path / "kit"
    (root / "images").mkdir(parents=True)
    (root / "images" / "a.png").write_bytes(b"png")
    (tmp_path / "outside.png").write_bytes(b"png")
    return root


def test_asset_inside_the_kit_resolves(kit_root: Path) -> None:
    path, problem = resolve_asset(kit_root, "images/a.png")
    assert problem is None
    assert path == (kit_root / "images" / "a.png").resolve()


def test_symlink_that_stays_inside_the_kit_is_fine(kit_root: Path) -> None:
    (kit_root / "logo.png").symlink_to(Path("images") / "a.png")
    path, problem = resolve_asset(kit_root, "logo.png")
    assert problem is None and path == (kit_root / "images" / "a.png").resolve()


@pytest.mark.parametrize(
    ("relpath", "says"),
    [
        ("../outside.png", "leaves the kit folder"),
        ("images/../../outside.png", "leaves the kit folder"),
        ("..\\outside.png", "leaves the kit folder"),
        ("/etc/passwd", "is an absolute path"),
        ("\\server\\share.png", "is an absolute path"),
        ("C:\\logo.png", "is an absolute path"),
        ("", "is an absolute path"),
        ("images/b.png", "does not exist"),
        ("images", "does not exist"),
    ],
)
def test_unusable_asset_paths(kit_root: Path, relpath: str, says: str) -> None:
    path, problem = resolve_asset(kit_root, relpath)
    assert path is None and problem is not None
    assert problem[0] == f"`{relpath}` {says}"
    assert problem[1]


def test_symlink_leaving_the_kit_is_refused(kit_root: Path) -> None:
    (kit_root / "logo.png").symlink_to(Path("..") / "outside.png")
    path, problem = resolve_asset(kit_root, "logo.png")
    assert path is None and problem is not None
    assert "outside the kit folder" in problem[0]


def test_symlinked_folder_leaving_the_kit_is_refused(kit_root: Path, tmp_path: Path) -> None:
    (kit_root / "shared").symlink_to(tmp_path, target_is_directory=True)
    path, problem = resolve_asset(kit_root, "shared/outside.png")
    assert path is None and problem is not None
    assert "outside the kit folder" in problem[0]
    assert os.path.exists(kit_root / "shared" / "outside.png")


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).resolve().parents[2] / "kits").rglob("*.yaml")),
    ids=lambda p: p.name,
)
def test_libyaml_and_pure_python_read_kit_files_identically(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import msgkit.load

    fast, fast_problems = read_yaml(path, path.name)
    monkeypatch.setattr(msgkit.load, "_FastKitLoader", None)
    slow, slow_problems = read_yaml(path, path.name)
    assert fast is not None and slow is not None
    assert not fast_problems and not slow_problems
    assert fast.data == slow.data
    assert fast.value_locations == slow.value_locations
    assert fast.key_locations == slow.key_locations


def test_comments_after_urls_numbers_and_ids_are_comments(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text(
        "url: https://example.org #main site\nweek: 2 #moved\nid: p1 #first\n"
        "text:\n  en: Stop #endhumantrafficking now\n",
        "utf-8",
    )
    doc, problems = read_yaml(path, "k.yaml")
    assert doc is not None
    assert doc.data["url"] == "https://example.org" and doc.data["week"] == 2
    assert [d.render() for d in problems] == [
        "k.yaml:5:12: error: the text stops before `#endhumantrafficking now`: in YAML an unquoted "
        "` #` starts a comment, so the rest of the line is left out\n"
        '  hint: put the whole text in quotes: "Stop #endhumantrafficking now" '
        "(a comment needs a space after `#`)"
    ]

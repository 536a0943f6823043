"""Diagnostics: their one printed form, JSON form, ordering, and did-you-mean suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from msgkit.errors import (
    Diagnostic,
    Diagnostics,
    Level,
    MsgkitError,
    SourceLocation,
    did_you_mean,
    display_path,
    error,
    warning,
)

HERE = SourceLocation("kits/x/areas/02.yaml", 14, 7)


def test_location_prints_as_editors_link_it() -> None:
    assert str(HERE) == "kits/x/areas/02.yaml:14:7"
    assert str(SourceLocation("kits/x/kit.yaml")) == "kits/x/kit.yaml"


def test_render_is_file_line_col_level_message_then_hint() -> None:
    d = error("posts[2].text.sl: is empty", HERE, "write the text, or remove the key")
    assert d.render() == (
        "kits/x/areas/02.yaml:14:7: error: posts[2].text.sl: is empty\n"
        "  hint: write the text, or remove the key"
    )


def test_render_without_location_or_hint() -> None:
    assert warning("no kits found").render() == "warning: no kits found"


def test_to_json() -> None:
    assert error("bad", HERE, "fix it").to_json() == {
        "level": "error",
        "message": "bad",
        "hint": "fix it",
        "file": "kits/x/areas/02.yaml",
        "line": 14,
        "col": 7,
    }
    assert warning("meh").to_json() == {
        "level": "warning",
        "message": "meh",
        "hint": None,
        "file": None,
        "line": None,
        "col": None,
    }


def test_diagnostics_drop_exact_duplicates() -> None:
    diags = Diagnostics()
    diags.add(error("a", HERE))
    diags.extend([error("a", HERE), error("a", SourceLocation("other.yaml", 1, 1))])
    assert len(diags.items) == 2


def test_failed_counts_warnings_only_under_strict() -> None:
    only_warnings = Diagnostics([warning("w", HERE)])
    assert not only_warnings.failed()
    assert only_warnings.failed(strict=True)
    with_error = Diagnostics([warning("w"), error("e")])
    assert with_error.failed()
    assert [d.message for d in with_error.errors] == ["e"]
    assert [d.message for d in with_error.warnings] == ["w"]
    assert not Diagnostics().failed(strict=True)


def test_sorted_reads_like_the_kit_top_to_bottom() -> None:
    items = [
        error("c", SourceLocation("b.yaml", 2, 1)),
        error("b", SourceLocation("a.yaml", 10, 1)),
        error("a", SourceLocation("a.yaml", 9, 5)),
        error("no place"),
        error("d", SourceLocation("a.yaml", 9, 2)),
    ]
    assert [d.message for d in Diagnostics(items).sorted()] == ["no place", "d", "a", "b", "c"]


def test_msgkit_error_carries_every_diagnostic() -> None:
    exc = MsgkitError([error("one", HERE, "h"), warning("two")])
    assert [d.message for d in exc.diagnostics] == ["one", "two"]
    assert str(exc) == f"{HERE}: error: one\n  hint: h\nwarning: two"


@pytest.mark.parametrize(
    ("word", "choices", "hint"),
    [
        ("titel", ["title", "summary"], "did you mean `title`?"),
        ("mastadon", ["x", "mastodon", "bluesky"], "did you mean `mastodon`?"),
        ("SR-cyrl", ["en", "sr-Cyrl"], "did you mean `sr-Cyrl`?"),
        ("Title", ["title"], "did you mean `title`?"),
        ("zzz", ["title", "summary"], None),
        ("title", [], None),
    ],
)
def test_did_you_mean(word: str, choices: list[str], hint: str | None) -> None:
    assert did_you_mean(word, choices) == hint


def test_display_path_is_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kits" / "x").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "kits" / "x" / "kit.yaml") == "kits/x/kit.yaml"
    assert display_path(Path("kits/x")) == "kits/x"
    outside = tmp_path.parent / "elsewhere.yaml"
    assert display_path(outside) == outside.as_posix()
    assert display_path(tmp_path / "a", base=tmp_path / "kits") == (tmp_path / "a").as_posix()


def test_level_values_are_the_printed_words() -> None:
    assert [level.value for level in Level] == ["error", "warning"]
    assert Diagnostic(Level.WARNING, "m").level is Level.WARNING

"""Every CSV msgkit writes: no formula a spreadsheet would run, only what the variant publishes,
Hootsuite's 5-minute grid, and no cell LibreOffice Calc converts into something else."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from test_posts import EPOCH, make_kit
from typer.testing import CliRunner

from msgkit.build import BuildRequest, build_kit
from msgkit.cli import app
from msgkit.csvcells import FORMULA_START
from msgkit.errors import MsgkitError

CSV_FILES = (
    "scheduler.csv",
    *(
        f"hootsuite-{p}.csv"
        for p in ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram")
    ),
)


def _build(kit: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return build_kit(kit, BuildRequest(out_root=out, only=("posts", "calendar"))).out_dir


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exports")
    with pytest.MonkeyPatch.context() as mp:
        return _build(make_kit(root / "kit"), root / "dist", mp)


def _all_csvs(out: Path) -> list[Path]:
    return sorted(out.glob("*/posts/*.csv")) + sorted(out.glob("*/calendar.csv"))


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_every_csv_is_there(dist: Path) -> None:
    names = sorted({p.name for p in _all_csvs(dist)})
    assert names == sorted([*CSV_FILES, "calendar.csv"])


def test_no_cell_of_any_csv_starts_like_a_formula(dist: Path) -> None:
    for path in _all_csvs(dist):
        for row in _rows(path):
            for cell in row:
                assert not cell.startswith(FORMULA_START), (path, cell)


def test_instagram_rows_carry_no_link_the_caption_left_out(dist: Path) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                (dist / "en/posts/scheduler.csv").read_bytes().decode("utf-8-sig"), newline=""
            )
        )
    )
    instagram = [r for r in rows if r["platform"] == "instagram"]
    assert instagram and all(r["link"] == "" for r in instagram)
    assert all("https://" not in r["text"] for r in instagram)
    assert all(row[2] == "" for row in _rows(dist / "en/posts/hootsuite-instagram.csv"))
    # Where the text publishes the link, the row names it.
    x = [r for r in rows if r["platform"] == "x" and r["post"] == "post-1"]
    assert x[0]["link"] == "https://example.org/campaign"


def test_hootsuite_marks_thread_parts_and_keeps_them_five_minutes_apart(dist: Path) -> None:
    rows = _rows(dist / "en/posts/hootsuite-x.csv")
    thread = [r for r in rows if r[1].endswith(("1/2", "2/2"))]
    assert [r[0] for r in thread] == ["20/10/2030 10:00", "20/10/2030 10:05"]
    assert thread[1][2] == "https://example.org/justice-across-borders-in-south-east-europe"


def _kit_with(tmp_path: Path, old: str, new: str) -> Path:
    kit = make_kit(tmp_path / "kit")
    area = kit / "areas" / "week-1.yaml"
    text = area.read_text("utf-8")
    assert old in text
    area.write_text(text.replace(old, new, 1), "utf-8")
    return kit


FORMULA_TEXT = '=HYPERLINK("https://evil.example/?x","Click")'


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (f"'{FORMULA_TEXT}'", "="),
        ("'+1 this'", "+"),
        ("'- a list item'", "-"),
        ("'@user said it'", "@"),
    ],
)
def test_a_text_that_starts_like_a_formula_is_refused_by_check_and_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, starts: str
) -> None:
    kit = _kit_with(
        tmp_path,
        "      sl: Naša prva objava. Več na naši spletni strani.",
        f"      sl: {text}",
    )
    hint = (
        "write `.@…` or start the text with a word, so the post is not a formula"
        if starts == "@"
        else "remove the tab or line break at the start of the text"
        if starts == "\t"
        else f"start the text with a word or a quotation mark, not `{starts}`"
    )
    expected_head = (
        "kit/areas/week-1.yaml:13:11: error: post `post-1` would start a spreadsheet formula "
        f"in the CSV files (it starts with `{starts}`): "
    )
    result = CliRunner().invoke(app, ["check", str(kit)])
    assert result.exit_code == 1
    assert expected_head in result.output
    assert f"  hint: {hint}" in result.output
    with pytest.raises(MsgkitError) as failure:
        _build(kit, tmp_path / "dist", monkeypatch)
    assert any(expected_head in d.render() for d in failure.value.diagnostics)


def test_a_time_off_hootsuites_five_minute_grid_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = _kit_with(tmp_path, 'time: "09:30"', 'time: "09:32"')
    result = CliRunner().invoke(app, ["check", str(kit)])
    assert result.exit_code == 1
    assert (
        "kit/areas/week-1.yaml:18:11: error: post `tight` is at 09:32: Hootsuite's bulk upload "
        "takes only times on a 5-minute grid\n  hint: use 09:30 or 09:35"
    ) in result.output


# --- LibreOffice Calc: no cell converted -----------------------------------------------------


def _calc() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _same(written: str, read: object) -> bool:
    """A cell is kept when Calc reads it back as the same text, or as the same date or time
    (a date column stays that date), or the same number; never as anything else."""
    if read is None:
        return written == ""
    if isinstance(read, str):
        return read == written
    if isinstance(read, bool):
        return False
    if isinstance(read, int | float):
        try:
            return float(written) == float(read)
        except ValueError:
            return False
    if isinstance(read, dt.datetime):
        for fmt in ("%Y-%m-%d", "%d/%m/%Y %H:%M", "%H:%M"):
            try:
                parsed = dt.datetime.strptime(written, fmt)
            except ValueError:
                continue
            if fmt == "%H:%M":
                return (read.hour, read.minute) == (parsed.hour, parsed.minute)
            return read == parsed
        return False
    if isinstance(read, dt.time):
        return read.strftime("%H:%M") == written
    return False


@pytest.mark.skipif(
    _calc() is None, reason="LibreOffice Calc not installed (Debian: libreoffice-calc)"
)
def test_libreoffice_calc_converts_no_cell(dist: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    sources = [p for p in _all_csvs(dist) if p.parts[-3] == "sr-Cyrl" or p.parts[-2] == "sr-Cyrl"]
    sources += [dist / "en/posts/scheduler.csv", dist / "en/calendar.csv"]
    folder = tmp_path / "in"
    folder.mkdir()
    copies = []
    for i, path in enumerate(sources):
        copy = folder / f"{i}-{path.name}"
        shutil.copyfile(path, copy)
        copies.append((path, copy))
    # Comma, double quote, UTF-8, from line 1, English (UK: day first, as Hootsuite's dates),
    # quoted fields not forced to text, detect special numbers ON: Calc's most eager reading.
    subprocess.run(
        [
            _calc() or "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=CSV:44,34,76,1,,2057,false,true",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "out"),
            *(str(c) for _, c in copies),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for original, copy in copies:
        book = openpyxl.load_workbook(tmp_path / "out" / (copy.stem + ".xlsx"))
        sheet = book.active
        written = _rows(original)
        read = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert len(read) == len(written), original
        for row_written, row_read in zip(written, read, strict=True):
            padded = list(row_read) + [None] * (len(row_written) - len(row_read))
            for cell, value in zip(row_written, padded, strict=False):
                assert _same(cell, value), (original.name, cell, value)

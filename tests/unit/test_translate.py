"""`msgkit translate`: export → edit → import round trips per format, stale, review, errors."""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import polib
import pytest
import yaml
from lxml import etree
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.translate.state import translation_states
from msgkit.validate import load_kit

KIT = "kits/no-impunity-thb"
XLIFF_NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
POST_ID = "areas/policies-cooperation.yaml#posts[not-bad-luck].text"
NEW_SL = "Nekaznovanost ni naključje. Vse to je mogoče popraviti."
EXT = {"xliff": "xlf", "po": "po", "xlsx": "xlsx"}


@pytest.fixture
def kit(real_kit: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real kit, with the working folder at its parent's parent (paths read `kits/…`)."""
    shutil.rmtree(real_kit / "translations", ignore_errors=True)
    monkeypatch.chdir(real_kit.parent.parent)
    return Path(KIT)


def line_of(path: Path, key: str, following: str) -> int:
    """The 1-based line of `key` (e.g. `      sl: >-`) just above the line holding `following`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if following in line)
    return next(n for n in range(at, -1, -1) if lines[n] == key) + 1


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def snapshot(kit: Path) -> dict[str, bytes]:
    return {
        p.relative_to(kit).as_posix(): p.read_bytes()
        for p in sorted(kit.rglob("*"))
        if p.is_file() and "translations/" not in p.relative_to(kit).as_posix()
    }


def export(runner: CliRunner, kit: Path, lang: str, fmt: str) -> Path:
    code, output = run(runner, "translate", "export", str(kit), "--lang", lang, "--format", fmt)
    assert code == 0, output
    path = kit / "translations" / f"{lang}.{EXT[fmt]}"
    assert f"wrote {path.as_posix()}" in output
    return path


def edit(path: Path, fmt: str, uid: str, text: str, *, state: str | None = None) -> int:
    """Change one translation in a translator's file the way that format's tools do; returns
    the line (or row) where it stands."""
    if fmt == "xliff":
        tree = etree.parse(str(path))
        for unit in tree.iterfind(".//x:trans-unit", XLIFF_NS):
            if unit.get("id") == uid:
                target = unit.find("x:target", XLIFF_NS)
                target.text = text
                target.set("state", state or "translated")
                line = int(target.sourceline)
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        return line
    if fmt == "po":
        po = polib.pofile(str(path))
        for entry in po:
            if entry.msgctxt == uid:
                entry.msgstr = text
        po.save(str(path))
        lines = path.read_text(encoding="utf-8").splitlines()
        start = lines.index(f'msgctxt "{uid}"')
        return next(n for n in range(start, len(lines)) if lines[n].startswith("msgstr")) + 1
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == uid:
            ws.cell(r, 5).value = text
            if state:
                ws.cell(r, 6).value = state
            row = r
    wb.save(path)
    return row


@pytest.mark.parametrize("fmt", ["xliff", "po", "xlsx"])
def test_round_trip_changes_exactly_one_scalar(runner: CliRunner, kit: Path, fmt: str) -> None:
    area = kit / "areas" / "policies-cooperation.yaml"
    first = line_of(area, "      sl: >-", "Nekaznovanost ni naključje. Razrašča") + 1
    before = snapshot(kit)
    path = export(runner, kit, "sl", fmt)
    edit(path, fmt, POST_ID, NEW_SL)
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 0, output
    assert f"wrote {area.as_posix()}" in output
    after = snapshot(kit)
    # Only the area file changed (the lock already records this translation's source), and
    # in it only the `sl` scalar's lines.
    assert {k for k in after if before.get(k) != after[k]} == {"areas/policies-cooperation.yaml"}
    old = before["areas/policies-cooperation.yaml"].decode().splitlines(keepends=True)
    new = after["areas/policies-cooperation.yaml"].decode().splitlines(keepends=True)
    diff = [line for line in difflib.unified_diff(old, new, n=0) if line[:3] not in ("---", "+++")]
    assert diff == [
        f"@@ -{first},2 +{first} @@\n",
        "-        Nekaznovanost ni naključje. Razrašča se tam, kjer zakoni puščajo vrzeli, kjer "
        "institucije\n",
        "-        delujejo ločeno in kjer se preiskave ustavijo ob prvi oviri. Vse to je mogoče "
        "popraviti.\n",
        f"+        {NEW_SL}\n",
    ]
    old_data, new_data = yaml.safe_load("".join(old)), yaml.safe_load("".join(new))
    assert new_data["posts"][1]["text"]["sl"] == NEW_SL
    new_data["posts"][1]["text"]["sl"] = old_data["posts"][1]["text"]["sl"]
    assert new_data == old_data
    code, output = run(runner, "check", str(kit), "--strict")
    assert code == 0, output


def test_import_adds_a_missing_translation_in_language_order(runner: CliRunner, kit: Path) -> None:
    kit_yaml = kit / "kit.yaml"
    text = kit_yaml.read_text(encoding="utf-8")
    # Drop the Slovenian contact name: the flow mapping `{en: …, sl: …, …}` loses one entry.
    kit_yaml.write_text(text.replace(" sl: Ekipa kampanje,", ""), encoding="utf-8")
    path = export(runner, kit, "sl", "po")
    edit(path, "po", "kit.yaml#brand.contact.name", "Ekipa kampanje")
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 0, output
    assert kit_yaml.read_text(encoding="utf-8") == text


def test_stale_translation_warned_counted_and_exposed(runner: CliRunner, kit: Path) -> None:
    area = kit / "areas" / "policies-cooperation.yaml"
    text = area.read_text(encoding="utf-8")
    area.write_text(text.replace("Each of these can be\n        fixed.", "Each can be fixed."))
    sl = line_of(area, "      sl: >-", "Nekaznovanost ni naključje. Razrašča")
    code, output = run(runner, "check", str(kit))
    assert code == 0, output
    assert (
        f"{area.as_posix()}:{sl}:11: warning: posts[1].text.sl: the `en` text changed since this "
        "translation was made; it may be out of date\n"
        "  hint: update the `sl` text to the new `en` one (or confirm it is still right) and "
        "import it with `msgkit translate import`, or run `msgkit translate lock --lang sl "
        "--confirm-stale`\n"
    ) in output
    assert output.count("the `en` text changed") == 9
    code, output = run(runner, "check", str(kit), "--strict")
    assert code == 1
    assert f"{area.as_posix()}:{sl}:11: error: posts[1].text.sl: the `en` text changed" in output
    code, output = run(runner, "translate", "status", str(kit), "--json")
    assert code == 0, output
    rows = {row["lang"]: row for row in json.loads(output)}
    assert len(rows) == 9
    assert {row["stale"] for row in rows.values()} == {1}
    assert rows["sl"]["translated"] == 79 and rows["sl"]["missing"] == 0
    loaded, _ = load_kit(kit)
    states = translation_states(loaded)
    assert states[(area.as_posix(), ("posts", 1, "text", "sl"), "sl")] == "stale"
    assert states[(area.as_posix(), ("posts", 0, "text", "sl"), "sl")] == "translated"
    # Confirming the translation clears it.
    code, output = run(runner, "translate", "lock", str(kit), "--confirm-stale")
    assert code == 0, output
    code, output = run(runner, "check", str(kit), "--strict")
    assert code == 0, output


@pytest.mark.parametrize("fmt", ["xliff", "po", "xlsx"])
def test_file_from_an_older_source_is_refused(runner: CliRunner, kit: Path, fmt: str) -> None:
    area = kit / "areas" / "policies-cooperation.yaml"
    path = export(runner, kit, "sl", fmt)
    where = edit(path, fmt, POST_ID, NEW_SL)
    text = area.read_text(encoding="utf-8")
    area.write_text(text.replace("Each of these can be\n        fixed.", "Each can be fixed."))
    before = snapshot(kit)
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 1
    loc = f"{path.as_posix()}:E{where}" if fmt == "xlsx" else f"{path.as_posix()}:{where}:1"
    assert output == (
        f"{loc}: error: posts[1].text.sl: the `en` text changed since this file was exported; "
        "the translation was made for the old one\n"
        "  hint: export the file again and translate the new text, or import with "
        "--accept-stale to take it as a stale translation\n"
        "failed: 1 error, 0 warnings\n"
    )
    assert snapshot(kit) == before
    code, output = run(runner, "translate", "import", str(kit), str(path), "--accept-stale")
    assert code == 0, output
    assert f"{loc}: warning: posts[1].text.sl: the `en` text changed since" in output
    loaded, _ = load_kit(kit)
    assert (
        translation_states(loaded)[(area.as_posix(), ("posts", 1, "text", "sl"), "sl")] == "stale"
    )


@pytest.mark.parametrize("fmt", ["xliff", "po", "xlsx"])
def test_broken_hashtag_is_located_in_the_imported_file(
    runner: CliRunner, kit: Path, fmt: str
) -> None:
    path = export(runner, kit, "sl", fmt)
    where = edit(path, fmt, "kit.yaml#dos[3]", "Ljudi usmerjajte na #EndHumanTraficking.")
    before = snapshot(kit)
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 1
    loc = f"{path.as_posix()}:E{where}" if fmt == "xlsx" else f"{path.as_posix()}:{where}:1"
    assert output == (
        f"{loc}: error: dos[3].sl: hashtag #EndHumanTraficking is not registered; it is close "
        "to #EndHumanTrafficking\n"
        "  hint: did you mean `#EndHumanTrafficking`? (or register #EndHumanTraficking under "
        "`hashtags:` in kit.yaml if it is a different tag); the text goes to "
        f"{KIT}/kit.yaml:{line_of(kit / 'kit.yaml', '    sl: >-', 'Ljudi usmerjajte')}\n"
        "failed: 1 error, 0 warnings\n"
    )
    assert snapshot(kit) == before


def test_over_budget_translation_is_located_and_nothing_written(
    runner: CliRunner, kit: Path
) -> None:
    path = export(runner, kit, "sl", "po")
    long = " ".join(["Nekaznovanost ni naključje."] * 90)
    where = edit(path, "po", POST_ID, long)
    before = snapshot(kit)
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 1
    area = kit / "areas" / "policies-cooperation.yaml"
    sl = line_of(area, "      sl: >-", "Nekaznovanost ni naključje. Razrašča")
    goes = f"{area.as_posix()}:{sl}"
    assert (
        f"{path.as_posix()}:{where}:1: error: posts[1].text.sl: post `not-bad-luck` (sl) does "
        "not fit Instagram: its text is too long for Instagram without hashtags: 2519/2200: "
        "319 over\n"
        f"  hint: add a `short:` text, or shorten the text; the text goes to {goes}\n"
    ) in output
    # Every other problem of that text (it cannot fit the share cards either) is located there
    # too, and nothing is reported anywhere else.
    problems = [line for line in output.splitlines() if not line.startswith(("  hint:", "failed"))]
    assert all(line.startswith(f"{path.as_posix()}:{where}:1: error: ") for line in problems)
    assert snapshot(kit) == before


def test_review_is_recorded_per_text(runner: CliRunner, kit: Path) -> None:
    path = export(runner, kit, "sl", "xliff")
    tree = etree.parse(str(path))
    units = list(tree.iterfind(".//x:trans-unit", XLIFF_NS))
    units[0].find("x:target", XLIFF_NS).set("state", "final")
    units[1].find("x:target", XLIFF_NS).set("state", "signed-off")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 0, output
    assert output == (
        f"wrote {KIT}/translations.lock\n"
        "imported: 0 changed, 0 confirmed, 2 reviewed, 77 unchanged, 0 skipped\n"
    )
    lock = (kit / "translations.lock").read_text(encoding="utf-8")
    assert "kit.yaml#title sl " in lock and lock.count(" sl ") == 79
    assert "kit.yaml#title sl 49512fa24866 reviewed\n" in lock
    code, output = run(runner, "translate", "status", str(kit), "--json")
    rows = {row["lang"]: row for row in json.loads(output)}
    assert rows["sl"]["reviewed"] == 2 and rows["sq"]["reviewed"] == 0
    # A reviewer's PO file (no fuzzy entries) reviews every text it carries.
    po_path = export(runner, kit, "sq", "po")
    code, output = run(runner, "translate", "import", str(kit), str(po_path), "--reviewed")
    assert code == 0, output
    code, output = run(runner, "translate", "status", str(kit), "--json")
    rows = {row["lang"]: row for row in json.loads(output)}
    assert (rows["sq"]["reviewed"], rows["sq"]["derived"]) == (79, "approved")


def test_approved_language_with_unreviewed_texts_is_warned(runner: CliRunner, kit: Path) -> None:
    kit_yaml = kit / "kit.yaml"
    text = kit_yaml.read_text(encoding="utf-8")
    kit_yaml.write_text(text.replace("sl: {status: draft", "sl: {status: approved"))
    status_line = text.splitlines().index("  sl: {status: draft, name: Slovenščina}") + 1
    code, output = run(runner, "check", str(kit))
    assert code == 0, output
    assert (
        f"{KIT}/kit.yaml:{status_line}:16: warning: language `sl` is marked approved, but it "
        "has 79 unreviewed texts\n"
        "  hint: a language is approved when every text is reviewed and none is stale: review "
        "them (`msgkit translate status` lists them), or set `status: draft`\n"
    ) in output


def test_unknown_text_and_wrong_language_are_refused(runner: CliRunner, kit: Path) -> None:
    path = export(runner, kit, "sl", "po")
    po = polib.pofile(str(path))
    po[0].msgctxt = "areas/gone.yaml#title"
    po.save(str(path))
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 1
    assert output.startswith(
        f"{path.as_posix()}:19:1: error: `areas/gone.yaml#title` is not a text of this kit\n"
        "  hint: the text was removed or the file comes from another kit; export the file again\n"
    )
    po.metadata["Language"] = "de"
    po.save(str(path))
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert output.startswith(
        f"{path.as_posix()}:1:1: error: the file is in `de`, which is not a translation "
        "language of the kit\n"
    )


def test_usage_errors_exit_2(runner: CliRunner, kit: Path) -> None:
    code, output = run(runner, "translate", "export", str(kit), "--lang", "en")
    assert code == 2
    assert output.startswith(
        "error: --lang en: `en` is the kit's default language, the source of every translation\n"
    )
    code, output = run(runner, "translate", "export", str(kit), "--lang", "sr")
    assert code == 2
    assert output == (
        "error: --lang sr: the kit has no language `sr`\n"
        "  hint: add `sr: {status: draft}` under `languages:` in kit.yaml first\n"
    )
    code, output = run(runner, "translate", "export", str(kit), "--lang", "sl", "-f", "csv")
    assert code == 2
    assert output == (
        "error: --format csv: no such format `csv`\n  hint: choose one of: xliff, po, xlsx\n"
    )


def test_unreadable_lock_line_is_located(runner: CliRunner, kit: Path) -> None:
    lock = kit / "translations.lock"
    lock.write_text(lock.read_text(encoding="utf-8") + "kit.yaml#title hr 12 done\n")
    n = len(lock.read_text(encoding="utf-8").splitlines())
    code, output = run(runner, "check", str(kit))
    assert code == 1
    assert (
        f"{KIT}/translations.lock:{n}:1: error: cannot read this line of the translations lock\n"
        "  hint: each line is `<file>#<key path> <lang> <12 hex digits> translated|reviewed`; "
        "fix it, or delete it and run `msgkit translate lock`\n"
    ) in output


def test_real_kit_status(runner: CliRunner, kit: Path) -> None:
    code, output = run(runner, "translate", "status", str(kit), "--json")
    assert code == 0, output
    rows = json.loads(output)
    assert [r["lang"] for r in rows] == [
        "sl",
        "sr-Cyrl",
        "sq",
        "hr",
        "bs",
        "sr-Latn",
        "mk",
        "bg",
        "ro",
    ]
    for row in rows:
        assert (row["total"], row["translated"], row["stale"], row["missing"]) == (79, 79, 0, 0)
        assert (row["status"], row["derived"]) == ("draft", "draft")


def test_exports_pass_independent_readers(runner: CliRunner, kit: Path) -> None:
    from translate.storage import xliff

    path = export(runner, kit, "mk", "xliff")
    store = xliff.xlifffile.parsestring(path.read_bytes())
    units = [u for u in store.units if not u.isheader()]
    assert len(units) == 79
    launch = next(u for u in units if u.getid().endswith("posts[launch].text"))
    assert launch.target.startswith("Денес е Европскиот ден")
    notes = launch.getnotes()
    assert "X: at most 219 characters as X counts, leaving room for the campaign tags" in notes
    assert "Launch on EU Anti-Trafficking Day" in notes
    po_path = export(runner, kit, "mk", "po")
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (Debian gettext) is not installed; .ci/run installs it")
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(po_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_xlsx_locks_source_and_wraps(runner: CliRunner, kit: Path) -> None:
    path = export(runner, kit, "bg", "xlsx")
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.title == "bg"
    assert [c.value for c in ws[1]] == [
        "id",
        "context",
        "budget",
        "source (en)",
        "translation (bg)",
        "state",
    ]
    assert ws.protection.sheet is True
    assert ws.max_row == 80
    source, target = ws.cell(2, 4), ws.cell(2, 5)
    assert source.protection.locked is True and target.protection.locked is False
    assert source.alignment.wrap_text is True
    assert target.value == "Трафикът на хора не бива да остава безнаказан"


@pytest.mark.parametrize("fmt", ["xliff", "po", "xlsx"])
def test_export_is_deterministic(runner: CliRunner, kit: Path, fmt: str) -> None:
    first = export(runner, kit, "ro", fmt).read_bytes()
    assert export(runner, kit, "ro", fmt).read_bytes() == first


def test_xlsx_dates_come_from_the_build_date(runner: CliRunner, kit: Path) -> None:
    import datetime as dt
    import zipfile

    path = export(runner, kit, "ro", "xlsx")
    with zipfile.ZipFile(path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2021, 10, 18, 0, 0, 0)}
    props = openpyxl.load_workbook(path).properties
    assert props.created == props.modified == dt.datetime(2021, 10, 18)


def test_character_the_fonts_lack_is_located_in_the_imported_file(
    runner: CliRunner, kit: Path
) -> None:
    path = export(runner, kit, "sl", "xliff")
    uid = "areas/policies-cooperation.yaml#key_messages[consequences].text"
    where = edit(path, "xliff", uid, "Trgovina z ljudmi mora imeti posledice ⟁.")
    before = snapshot(kit)
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 1
    assert (
        f"{path.as_posix()}:{where}:1: error: key_messages[0].text.sl: character U+27C1 WHITE "
        "TRIANGLE CONTAINING SMALL WHITE TRIANGLE ('⟁') has no glyph in Fira Sans, so the PDF "
        "fact sheets cannot show it\n"
    ) in output
    assert snapshot(kit) == before


def test_unconfirmed_rows_are_not_taken(runner: CliRunner, kit: Path) -> None:
    # A fuzzy PO entry is the translator's "not sure yet": skipped even with a new text.
    path = export(runner, kit, "sl", "po")
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == POST_ID)
    entry.msgstr = NEW_SL
    entry.flags.append("fuzzy")
    po.save(str(path))
    before = snapshot(kit)
    code, output = run(runner, "translate", "import", str(kit), str(path))
    assert code == 0, output
    assert output == "imported: 0 changed, 0 confirmed, 0 reviewed, 78 unchanged, 1 skipped\n"
    assert snapshot(kit) == before
    # An XLIFF target typed in but left `needs-translation` is taken: its text changed.
    xlf = export(runner, kit, "sl", "xliff")
    edit(xlf, "xliff", POST_ID, NEW_SL, state="needs-translation")
    code, output = run(runner, "translate", "import", str(kit), str(xlf))
    assert code == 0, output
    assert "imported: 1 changed" in output
    assert NEW_SL in (kit / "areas" / "policies-cooperation.yaml").read_text(encoding="utf-8")


def test_stale_translation_is_marked_in_the_outputs(
    runner: CliRunner, kit: Path, tmp_path: Path
) -> None:
    from msgkit.labels import label

    area = kit / "areas" / "policies-cooperation.yaml"
    text = area.read_text(encoding="utf-8")
    area.write_text(text.replace("Each of these can be\n        fixed.", "Each can be fixed."))
    out = tmp_path / "dist"
    code, output = run(runner, "build", str(kit), "--out", str(out), "--only", "sheet", "-l", "sl")
    assert code == 0, output
    sheet = (out / "no-impunity-thb" / "sl" / "messages.md").read_text(encoding="utf-8")
    marker = f"*({label('stale', 'sl')})*"
    stale_lines = [line for line in sheet.splitlines() if marker in line]
    # The post's text is marked, and nothing else (its title, made of its first words, is not).
    assert len(stale_lines) == 1
    assert stale_lines[0].startswith("Nekaznovanost ni naključje. Razrašča")
    assert all("Nekaznovanost ni naključje." in line for line in stale_lines)

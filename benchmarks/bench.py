"""Benchmark msgkit honestly: whole-process-tree CPU and memory, each goal beside its anchor.

Usage:
    python benchmarks/bench.py                 # real kit + synthetic kit, 3 runs each, medians
    python benchmarks/bench.py --quick         # one run, a small synthetic kit: a few minutes
    python benchmarks/bench.py --kits real --runs 5 --json benchmarks/results.json
    python benchmarks/bench.py --profile       # also profile one fact sheet (pyinstrument)
    python benchmarks/bench.py --kits partners --runs 1   # 12 partners × every language

Every build runs as a fresh `msgkit` process, as a user runs it. While it runs, the process and
all its descendants (the fork server and the worker processes) are sampled with psutil: CPU is
the sum of every process's CPU (and at least the parent's RUSAGE_CHILDREN), memory the peak of
the *sum* of resident sets ("tree") beside the largest single process ("single"). Each figure
is the median of `--runs` runs and is printed with its anchor and ratio:

- `--jobs 2` wall / `--jobs 1` wall (goal ≤ 0.6); default `--jobs` / `--jobs 1`, for the full
  build and a small `--only pdf` build (goal ≤ 1.0: never slower at the default);
- `msgkit build --only deck --lang en` / pandoc making the same slides from Markdown (≤ 1.5);
  pandoc from Debian (`apt-get install pandoc`), skipped with the reason where absent;
- `msgkit --help` / `python -c "import typer, rich"` (≤ 1.5);
- one fact sheet in process / bare reportlab platypus laying out the same text (≤ 2.0);
- whole-tree peak memory at 30 areas / at 10 areas (synthetic kit, ≤ 1.5);
- per share card, the share of its time that is PNG encoding (no goal: where the time goes).

The two sides of each ratio are measured in turns, so the machine's drift falls on both. The
machine's load still makes single figures noisy: quote medians of several runs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
REAL_KIT = REPO / "kits" / "no-impunity-thb"
EPOCH = "1634515200"


LANGS = ["en", "sl", "hr", "sr-Latn", "sr-Cyrl", "mk", "sq", "bg", "ro", "el"]
PLATFORMS = ["x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram"]
_ALPHABETS = {
    "latin": "abcdefghijklmnoprstuvzčšžëçșț",
    "cyrillic": "абвгдежзиклмнопрстуфхцчшђјљњћџ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψω",
}
_SCRIPT = {"sr-Cyrl": "cyrillic", "mk": "cyrillic", "bg": "cyrillic", "el": "greek"}


def _words(rng: random.Random, lang: str, n: int) -> str:
    """`n` made-up words in the language's script, as sentences of at most 12 words."""
    alphabet = _ALPHABETS[_SCRIPT.get(lang, "latin")]
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9))) for _ in range(n)]
    sentences = [" ".join(words[i : i + 12]) for i in range(0, len(words), 12)]
    return " ".join(s[0].upper() + s[1:] + "." for s in sentences)


def _localized(rng: random.Random, langs: list[str], n: int) -> dict[str, str]:
    return {lang: _words(rng, lang, n) for lang in langs}


def make_kit(folder: Path, areas: int, posts: int, langs: int) -> Path:
    """Write a synthetic kit of the given size; deterministic for a given size."""
    rng = random.Random(f"{areas}-{posts}-{langs}")
    tags = LANGS[:langs]
    folder.mkdir(parents=True, exist_ok=True)
    kit: dict[str, Any] = {
        "id": "bench",
        "title": _localized(rng, tags, 4),
        "description": _localized(rng, tags, 20),
        "url": "https://example.org/campaign",
        "start": "2030-10-18",
        "timezone": "Europe/Ljubljana",
        "default_language": "en",
        "languages": {lang: {"status": "approved" if lang == "en" else "draft"} for lang in tags},
        "organisations": [{"name": "Example Network"}, {"name": "Example Agency"}],
        "brand": {"name": "Bench campaign", "contact": {"email": "team@example.org"}},
        "hashtags": [
            {"tag": "BenchCampaign", "campaign": True},
            {"tag": "EndHumanTrafficking", "campaign": True},
            {"tag": "AreaTag"},
        ],
        "platforms": {p: {} for p in PLATFORMS},
        "areas": [{"id": f"area-{i:02d}"} for i in range(1, areas + 1)],
    }
    (folder / "kit.yaml").write_text(yaml.safe_dump(kit, allow_unicode=True), "utf-8")
    (folder / "areas").mkdir(exist_ok=True)
    for i in range(1, areas + 1):
        area = {
            "id": f"area-{i:02d}",
            "title": _localized(rng, tags, 5),
            "summary": _localized(rng, tags, 40),
            "hashtags": ["AreaTag"],
            "key_messages": [
                {"id": f"km-{k}", "text": _localized(rng, tags, 18)} for k in range(1, 4)
            ],
            "facts": [
                {
                    "id": f"fact-{k}",
                    "text": _localized(rng, tags, 22),
                    "source": {"title": "Example report", "url": f"https://example.org/r{k}"},
                }
                for k in range(1, 4)
            ],
            "calls_to_action": [
                {"id": f"cta-{k}", "text": _localized(rng, tags, 10)} for k in range(1, 3)
            ],
            "posts": [
                {
                    "id": f"p{k}",
                    "day": (k % 7) + 1,
                    "time": f"{9 + k % 8:02d}:00",
                    "text": _localized(rng, tags, rng.randint(15, 45)),
                    "link": "https://example.org/campaign",
                }
                for k in range(1, posts + 1)
            ],
        }
        (folder / "areas" / f"area-{i:02d}.yaml").write_text(
            yaml.safe_dump(area, allow_unicode=True), "utf-8"
        )
    return folder


def partner_kit(folder: Path, partners: int) -> Path:
    """The real kit with `partners` partners, each in every language of the kit (#17's scale
    figure: 12 × 10 editions beside the 10 language editions), alternating CET and EET."""
    shutil.copytree(REAL_KIT, folder)
    config = yaml.safe_load((folder / "kit.yaml").read_text("utf-8"))
    languages = config["languages"] if "languages" in config else None
    if languages is None:  # the kit's languages are its catalogue's
        languages = sorted(p.stem for p in (folder / "translations").glob("*.po"))
    config["partners"] = [
        {
            "id": f"partner-{n:02d}",
            "name": dict.fromkeys(languages, f"National Anti-Trafficking Office {n}"),
            "languages": list(languages),  # a list of its own: no YAML alias
            "timezone": "Europe/Sofia" if n % 2 else "Europe/Ljubljana",
            "contact": {"email": f"office-{n:02d}@partners.example.org"},
        }
        for n in range(1, partners + 1)
    ]
    (folder / "kit.yaml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return folder


# --- measuring one command, whole process tree ------------------------------------------------


def measure(cmd: list[str], *, interval: float = 0.01) -> dict[str, float]:
    """Run `cmd`; wall seconds, CPU seconds and peak memory (MB) of it and all its descendants.

    `tree_mb` is the peak over time of the summed RSS of every live process of the tree;
    `single_mb` the largest RSS any one of them reached.
    """
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cpu: dict[tuple[int, float], float] = {}
    tree_peak = single_peak = 0
    while proc.poll() is None:
        total = 0
        try:
            members = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            members = []
        for member in members:
            try:
                with member.oneshot():
                    rss = member.memory_info().rss
                    times = member.cpu_times()
                    cpu[(member.pid, member.create_time())] = times.user + times.system
            except psutil.Error:
                continue
            total += rss
            single_peak = max(single_peak, rss)
        tree_peak = max(tree_peak, total)
        time.sleep(interval)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out.decode()[-3000:]}{err.decode()[-3000:]}")
    return {
        "wall_s": wall,
        # Sampling misses a process's last few ms; RUSAGE_CHILDREN misses descendants that
        # their own parent did not wait for. Each undercounts differently: take the larger.
        "cpu_s": max(sum(cpu.values()), waited),
        "tree_mb": tree_peak / 2**20,
        "single_mb": single_peak / 2**20,
    }


def median_of(runs: int, once: Callable[[int], dict[str, float]]) -> dict[str, Any]:
    """Each figure's median over `runs` calls of `once(run)`, and the raw runs."""
    samples = [once(i) for i in range(runs)]
    keys = samples[0].keys()
    return {**{k: statistics.median(s[k] for s in samples) for k in keys}, "runs": samples}


def msgkit_cmd(*args: str) -> list[str]:
    """The `msgkit` console script of this interpreter's environment, as users run it."""
    script = Path(sys.executable).with_name("msgkit")
    return [str(script) if script.exists() else "msgkit", *args]


def build_cmd(kit: Path, out: Path, *extra: str) -> list[str]:
    return msgkit_cmd("build", str(kit), "--out", str(out), *extra)


def fresh(work: Path, name: str) -> Path:
    folder = work / name
    shutil.rmtree(folder, ignore_errors=True)
    return folder


# --- the scenarios ------------------------------------------------------------------------------


def bench_builds(kit: Path, work: Path, runs: int) -> dict[str, Any]:
    """Cold builds at --jobs 1, 2 and the default; a small --only pdf build; no-op; one edit.

    The cold builds take turns (--jobs 1, 2, default, then again), so a change in the
    machine's speed over the minutes a run takes falls on every side of a ratio alike.
    """
    res: dict[str, Any] = {}
    cold = {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"], "default": []}
    res.update(_taking_turns(runs, {f"cold_{n}": _cold(kit, work / n, e) for n, e in cold.items()}))
    for label in cold:
        print(f"  cold build {label}: {res[f'cold_{label}']['wall_s']:.2f} s", flush=True)
    pdf = {"jobs1": ["--only", "pdf", "--jobs", "1"], "default": ["--only", "pdf"]}
    pdf_builds = {f"pdf_{n}": _cold(kit, work / f"pdf-{n}", e) for n, e in pdf.items()}
    res.update(_taking_turns(runs, pdf_builds))
    for label in pdf:
        print(f"  --only pdf {label}: {res[f'pdf_{label}']['wall_s']:.2f} s", flush=True)
    res["noop"] = median_of(runs, lambda _i: measure(build_cmd(kit, work / "default")))
    print(f"  no-op rebuild: {res['noop']['wall_s']:.2f} s", flush=True)
    return res


def _cold(kit: Path, out: Path, extra: list[str]) -> Callable[[], dict[str, float]]:
    """One cold build of `kit` into a fresh `out`, measured."""
    return lambda: measure(build_cmd(kit, fresh(out.parent, out.name), *extra))


def _taking_turns(
    runs: int, measurements: dict[str, Callable[[], dict[str, float]]]
) -> dict[str, dict[str, Any]]:
    """Each named measurement `runs` times, in turns; the medians of each (`median_of`)."""
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in measurements}
    for _ in range(runs):
        for name, once in measurements.items():
            samples[name].append(once())
    return {name: median_of(len(s), lambda i, s=s: s[i]) for name, s in samples.items()}


def bench_scale(kit: Path, work: Path, runs: int) -> dict[str, Any]:
    """Cold builds at --jobs 1 and 2 (in turns) and a no-op rebuild: the partner kit's scale."""
    cold = {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"]}
    res: dict[str, Any] = _taking_turns(
        runs, {f"cold_{n}": _cold(kit, work / n, e) for n, e in cold.items()}
    )
    for label in cold:
        print(f"  cold build {label}: {res[f'cold_{label}']['wall_s']:.2f} s", flush=True)
    res["noop"] = median_of(runs, lambda _i: measure(build_cmd(kit, work / "jobs2")))
    print(f"  no-op rebuild: {res['noop']['wall_s']:.2f} s", flush=True)
    return res


def bench_deck_vs_pandoc(kit: Path, work: Path, runs: int) -> dict[str, Any]:
    """`msgkit build --only deck --lang en`, cold, against pandoc making the same slides."""
    res: dict[str, Any] = {
        "msgkit": median_of(
            runs,
            lambda _i: measure(
                build_cmd(kit, fresh(work, "deck"), "--only", "deck", "--lang", "en")
            ),
        )
    }
    deck = next((work / "deck").rglob("*.pptx"))
    markdown, slides = deck_markdown(deck)
    res["slides"] = slides
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        res["pandoc_skipped"] = "pandoc is not installed (Debian: apt-get install pandoc)"
        return res
    source = work / "slides.md"
    source.write_text(markdown, "utf-8")
    res["pandoc"] = median_of(
        runs,
        lambda _i: measure([pandoc, str(source), "-f", "markdown", "-o", str(work / "p.pptx")]),
    )
    return res


def deck_markdown(deck: Path) -> tuple[str, int]:
    """The deck's slides as pandoc Markdown: each title a `#` heading, each text a paragraph."""
    from pptx import Presentation

    lines: list[str] = []
    prs = Presentation(str(deck))
    for slide in prs.slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        lines += [f"# {title.strip() or '·'}", ""]
        for shape in slide.shapes:
            if shape == slide.shapes.title or not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                text = "".join(run.text for run in para.runs).strip()
                if text:
                    lines += [f"- {text}" if para.level else text, ""]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        if notes.strip():
            lines += ["::: notes", notes.strip(), ":::", ""]
    return "\n".join(lines), len(prs.slides)


def bench_startup(runs: int) -> dict[str, Any]:
    """`msgkit --help` against importing msgkit's CLI libraries alone.

    The two commands take turns, so a change in the machine's load falls on both sides.
    """
    help_cmd = msgkit_cmd("--help")
    anchor = [sys.executable, "-c", "import typer, rich"]
    return _taking_turns(
        runs * 3,
        {"help": lambda: measure(help_cmd), "import_typer_rich": lambda: measure(anchor)},
    )


def bench_sheet_vs_reportlab(kit_path: Path, runs: int) -> dict[str, Any]:
    """Each English fact sheet rendered in process, against bare platypus with the same text.

    Timed after one warm-up of each, so both sides have their fonts loaded; medians of
    `max(runs, 5)` renders per sheet, the two sides in turns. Whatever the PDF builder does
    (tagging included) is on msgkit's side; the bare side lays out the same words, same font.
    """
    from pypdf import PdfReader

    from msgkit.build import build_time
    from msgkit.builders import BuildContext, BuildOptions, registry
    from msgkit.validate import load_kit

    kit, _ = load_kit(kit_path)
    options = BuildOptions(build_time=build_time(kit), languages=("en",))
    builder = registry()["pdf"]
    ctx = BuildContext(kit=kit, options=options, read_output=lambda _p: b"")
    repeats = max(runs, 5)
    sheets: dict[str, Any] = {}
    for target in builder.plan(kit, options):
        data = builder.build(target, ctx)[0].data
        assert isinstance(data, bytes)
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
        ours, bare = _timed_in_turns(
            lambda t=target: builder.build(t, ctx), lambda p=pages: bare_platypus(p), repeats
        )
        sheets[target.key] = {"msgkit_s": ours, "reportlab_s": bare, "pages": len(pages)}
    return {
        "sheets": sheets,
        "msgkit_s": statistics.median(s["msgkit_s"] for s in sheets.values()),
        "reportlab_s": statistics.median(s["reportlab_s"] for s in sheets.values()),
        "ratio_per_sheet": statistics.median(
            s["msgkit_s"] / s["reportlab_s"] for s in sheets.values()
        ),
    }


def _timed_in_turns(
    one: Callable[[], object], other: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median seconds of `one` and of `other`, run in turns, so a change in the machine's
    speed falls on both. Each timed call follows an untimed call of the same side and a
    garbage collection: neither side pays for the caches or the garbage the other left."""
    import gc

    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for work, times in ((one, samples[0]), (other, samples[1])):
            work()
            gc.collect()
            t0 = time.perf_counter()
            work()
            times.append(time.perf_counter() - t0)
    return statistics.median(samples[0]), statistics.median(samples[1])


def _timed(work: Callable[[], object], repeats: int) -> float:
    work()  # warm-up: fonts registered, modules imported
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        work()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def bare_platypus(pages: list[str]) -> bytes:
    """The pages' text laid out with plain reportlab platypus: Fira Sans, a heading, paragraphs."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from msgkit.fonts import font_path

    if "BenchFira" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchFira", str(font_path("regular"))))
        pdfmetrics.registerFont(TTFont("BenchFira-Bold", str(font_path("bold"))))
    body = ParagraphStyle("body", fontName="BenchFira", fontSize=10, leading=13, spaceAfter=4)
    head = ParagraphStyle("head", fontName="BenchFira-Bold", fontSize=20, leading=24)
    story: list[Any] = []
    for n, text in enumerate(pages):
        if n:
            story.append(PageBreak())
        lines = [line for line in text.splitlines() if line.strip()]
        for i, line in enumerate(lines):
            story.append(Paragraph(escape(line), head if i == 0 else body))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, invariant=1
    )
    doc.build(story)
    return buffer.getvalue()


def bench_png_share(kit_path: Path, runs: int, cards: int = 6) -> dict[str, Any]:
    """Per share card: seconds to make it in process, and the part spent encoding its PNGs."""
    from PIL import Image

    from msgkit.build import build_time
    from msgkit.builders import BuildContext, BuildOptions, registry
    from msgkit.validate import load_kit

    kit, _ = load_kit(kit_path)
    options = BuildOptions(build_time=build_time(kit), languages=("en",))
    builder = registry()["images"]
    ctx = BuildContext(kit=kit, options=options, read_output=lambda _p: b"")
    shares, totals = [], []
    for target in builder.plan(kit, options)[:cards]:
        outputs = builder.build(target, ctx)
        decoded = [
            Image.open(io.BytesIO(o.data))
            for o in outputs
            if isinstance(o.data, bytes) and o.relpath.endswith(".png")
        ]
        for im in decoded:
            im.load()
        total = _timed(lambda t=target: builder.build(t, ctx), max(runs, 3))

        def encode(images: list[Any] = decoded) -> None:
            for im in images:
                # The card module's own settings (msgkit.images.card).
                im.save(io.BytesIO(), "PNG", optimize=False, compress_level=3)

        shares.append(_timed(encode, max(runs, 3)) / total)
        totals.append(total)
    if not shares:
        return {"skipped": "the kit makes no share cards"}
    return {
        "cards": len(shares),
        "seconds_per_target": statistics.median(totals),
        "png_encoding_share": statistics.median(shares),
    }


def profile_sheet(kit_path: Path) -> str:
    """pyinstrument's text report of rendering the first English area sheet 10 times."""
    from pyinstrument import Profiler

    from msgkit.build import build_time
    from msgkit.builders import BuildContext, BuildOptions, registry
    from msgkit.validate import load_kit

    kit, _ = load_kit(kit_path)
    options = BuildOptions(build_time=build_time(kit), languages=("en",))
    builder = registry()["pdf"]
    ctx = BuildContext(kit=kit, options=options, read_output=lambda _p: b"")
    target = builder.plan(kit, options)[1]
    builder.build(target, ctx)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(10):
            builder.build(target, ctx)
    return str(profiler.output_text(unicode=True, color=False, show_all=False))


def bench_memory(work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Whole-tree peak memory of a cold default build at the small and the large area count."""
    res: dict[str, Any] = {}
    for areas in (args.small_areas, args.areas):
        kit = make_kit(work / f"kit-{areas}", areas, args.posts, args.langs)
        res[str(areas)] = median_of(
            args.runs, lambda _i, k=kit, a=areas: measure(build_cmd(k, fresh(work, f"m{a}")))
        )
        print(f"  {areas} areas: tree peak {res[str(areas)]['tree_mb']:.0f} MB", flush=True)
    return res


# --- the report -------------------------------------------------------------------------------


def _row(
    kit: str, what: str, figure: float, unit: str, anchor: str, base: float, goal: float | None
) -> dict[str, Any]:
    ratio = figure / base if base else None
    return {
        "kit": kit,
        "target": what,
        "figure": round(figure, 4),
        "unit": unit,
        "anchor": anchor,
        "anchor_figure": round(base, 4),
        "ratio": round(ratio, 3) if ratio is not None else None,
        "goal": goal,
        "met": None if goal is None or ratio is None else ratio <= goal,
    }


def rows_for(kit: str, r: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    b = r.get("builds")
    if b:
        j1 = b["cold_jobs1"]
        rows.append(
            _row(
                kit,
                "cold build --jobs 2, wall",
                b["cold_jobs2"]["wall_s"],
                "s",
                "--jobs 1",
                j1["wall_s"],
                0.6,
            )
        )
        # The partner kit (`bench_scale`) has no default --jobs builds: its --jobs 2 build is
        # the one measured for memory and rebuilt with nothing changed.
        full = "cold_default" in b
        main, label = ("cold_default", "default") if full else ("cold_jobs2", "--jobs 2")
        if full:
            rows.append(
                _row(
                    kit,
                    "cold build default --jobs, wall",
                    b["cold_default"]["wall_s"],
                    "s",
                    "--jobs 1",
                    j1["wall_s"],
                    1.0,
                )
            )
            rows.append(
                _row(
                    kit,
                    "cold build default, CPU (tree)",
                    b["cold_default"]["cpu_s"],
                    "s",
                    "--jobs 1 CPU",
                    j1["cpu_s"],
                    None,
                )
            )
        rows.append(
            _row(
                kit,
                f"cold build {label}, peak MB (tree)",
                b[main]["tree_mb"],
                "MB",
                "largest process",
                b[main]["single_mb"],
                None,
            )
        )
        if "pdf_default" in b:
            rows.append(
                _row(
                    kit,
                    "--only pdf default --jobs, wall",
                    b["pdf_default"]["wall_s"],
                    "s",
                    "--jobs 1",
                    b["pdf_jobs1"]["wall_s"],
                    1.0,
                )
            )
        rows.append(
            _row(
                kit,
                "no-op rebuild, wall",
                b["noop"]["wall_s"],
                "s",
                f"cold {label}",
                b[main]["wall_s"],
                None,
            )
        )
    d = r.get("deck")
    if d and "pandoc" in d:
        rows.append(
            _row(
                kit,
                f"build --only deck --lang en ({d['slides']} slides), wall",
                d["msgkit"]["wall_s"],
                "s",
                "pandoc same slides",
                d["pandoc"]["wall_s"],
                1.5,
            )
        )
    s = r.get("sheet")
    if s:
        rows.append(
            _row(
                kit,
                "one fact sheet in process (median)",
                s["msgkit_s"],
                "s",
                "bare reportlab platypus",
                s["reportlab_s"],
                2.0,
            )
        )
    png = r.get("png")
    if png and "png_encoding_share" in png:
        rows.append(
            _row(
                kit,
                "share card: PNG encoding share",
                png["png_encoding_share"],
                "",
                "whole card",
                1.0,
                None,
            )
        )
    m = r.get("memory")
    if m:
        small, large = sorted(m, key=int)
        rows.append(
            _row(
                kit,
                f"peak MB (tree) at {large} areas",
                m[large]["tree_mb"],
                "MB",
                f"{small} areas",
                m[small]["tree_mb"],
                1.5,
            )
        )
        rows.append(
            _row(
                kit,
                f"peak MB (largest process) at {large} areas",
                m[large]["single_mb"],
                "MB",
                f"{small} areas",
                m[small]["single_mb"],
                None,
            )
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    head = ("kit", "target", "figure", "anchor", "ratio", "goal", "")
    table = [head]
    for r in rows:
        unit = f" {r['unit']}" if r["unit"] else ""
        table.append(
            (
                r["kit"],
                r["target"],
                f"{r['figure']:.3f}{unit}",
                f"{r['anchor']} {r['anchor_figure']:.3f}{unit}",
                f"{r['ratio']:.2f}" if r["ratio"] is not None else "–",
                f"≤ {r['goal']}" if r["goal"] is not None else "",
                {True: "met", False: "MISSED", None: ""}[r["met"]],
            )
        )
    widths = [max(len(str(row[i])) for row in table) for i in range(len(head))]
    for row in table:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))


def _save(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--kits",
        default="real,synthetic",
        help="comma-separated: real, synthetic, partners (the real kit with --partners partners"
        " in every language: cold builds at --jobs 1 and 2 and a no-op only)",
    )
    parser.add_argument("--partners", type=int, default=12, help="partners of the partner kit")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (medians)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1 run; synthetic kit 10/3 areas × 3 posts × 3 languages",
    )
    parser.add_argument("--areas", type=int, default=30)
    parser.add_argument("--small-areas", type=int, default=10, help="areas of the memory anchor")
    parser.add_argument("--posts", type=int, default=10)
    parser.add_argument("--langs", type=int, default=10)
    parser.add_argument(
        "--skip", default="", help="comma-separated: builds,deck,startup,sheet,png,memory"
    )
    parser.add_argument("--profile", action="store_true", help="profile one fact sheet")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"))
    args = parser.parse_args()
    if args.quick:
        args.runs, args.areas, args.small_areas, args.posts, args.langs = 1, 10, 3, 3, 3
    skip = set(filter(None, args.skip.split(",")))
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    work = Path(tempfile.mkdtemp(prefix="msgkit-bench-"))
    results: dict[str, Any] = {"cpus": os.cpu_count(), "runs": args.runs, "kits": {}}
    rows: list[dict[str, Any]] = []
    try:
        if "startup" not in skip:
            print("start-up", flush=True)
            results["startup"] = st = bench_startup(args.runs)
            rows.append(
                _row(
                    "–",
                    "msgkit --help, wall",
                    st["help"]["wall_s"],
                    "s",
                    "python -c 'import typer, rich'",
                    st["import_typer_rich"]["wall_s"],
                    1.5,
                )
            )
        kits: dict[str, Path] = {}
        if "real" in args.kits:
            kits["real"] = REAL_KIT
        if "synthetic" in args.kits:
            kits["synthetic"] = make_kit(
                work / "synthetic", args.small_areas, args.posts, args.langs
            )
        if "partners" in args.kits:
            kits["partners"] = partner_kit(work / "partner-kit", args.partners)
        for name, kit in kits.items():
            print(f"{name} kit: {kit}", flush=True)
            r: dict[str, Any] = {}
            if name == "partners":
                r["builds"] = bench_scale(kit, work / name, args.runs)
                results["kits"][name] = r
                rows += rows_for(name, r)
                _save(args.json, {**results, "table": rows})
                continue
            if "builds" not in skip:
                r["builds"] = bench_builds(kit, work / name, args.runs)
            if "deck" not in skip:
                r["deck"] = bench_deck_vs_pandoc(kit, work / name, args.runs)
            if "sheet" not in skip:
                r["sheet"] = bench_sheet_vs_reportlab(kit, args.runs)
            if "png" not in skip:
                r["png"] = bench_png_share(kit, args.runs)
            if name == "synthetic" and "memory" not in skip:
                r["memory"] = bench_memory(work / "memory", args)
            results["kits"][name] = r
            rows += rows_for(name, r)
            # Written after each kit too, so a run cut short keeps what it measured.
            _save(args.json, {**results, "table": rows})
        if args.profile:
            results["profile_sheet"] = report = profile_sheet(REAL_KIT)
            print(report)
        results["table"] = rows
        print()
        print_table(rows)
        _save(args.json, results)
        print(f"\nJSON written to {args.json}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

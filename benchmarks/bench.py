"""Benchmark msgkit's build engine on a synthetic kit; prints a table and writes JSON.

Usage: python benchmarks/bench.py [--areas 30] [--posts 10] [--langs 10] [--jobs 2] [--json FILE]

Each measurement runs `msgkit build` in a fresh process, so timings include start-up and peak
memory is the largest resident set of that build and its worker processes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

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


def run_build(kit: Path, out: Path, *extra: str) -> dict[str, Any]:
    """One `msgkit build --json` in a fresh process: wall time, peak RSS, the JSON summary."""
    probe = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter();"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "w = time.perf_counter() - t;"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
        "print(p.returncode, w, r); print(p.stdout); print(p.stderr, file=sys.stderr)"
    )
    cmd = [sys.executable, "-m", "msgkit", "build", str(kit), "--out", str(out), "--json", *extra]
    proc = subprocess.run(
        [sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=False
    )
    head, _, body = proc.stdout.partition("\n")
    code, wall, rss = head.split()
    if int(code) != 0:
        raise SystemExit(f"build failed:\n{body[-4000:]}\n{proc.stderr[-4000:]}")
    summary = json.loads(body)
    return {"seconds": float(wall), "peak_rss_mb": int(rss) / 1024, "summary": summary}


def _tree_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def direct_baseline(kit_path: Path, builders: tuple[str, ...]) -> dict[str, float]:
    """The same PDF and deck work as direct library calls: each builder's render, no engine.

    Runs every target's `build()` in this process with no loading cache, fingerprinting,
    staging, manifest or commit: what remains is reportlab and python-pptx doing the work.
    """
    from msgkit.build import build_time
    from msgkit.builders import BuildContext, BuildOptions, registry
    from msgkit.validate import load_kit

    kit, _ = load_kit(kit_path)
    options = BuildOptions(build_time=build_time(kit))
    seconds: dict[str, float] = {}
    for name in builders:
        builder = registry().get(name)
        if builder is None:
            continue
        targets = builder.plan(kit, options)
        ctx = BuildContext(kit=kit, options=options, read_output=lambda _p: b"")
        t0 = time.perf_counter()
        for target in targets:
            builder.build(target, ctx)
        seconds[name] = time.perf_counter() - t0
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--areas", type=int, default=30)
    parser.add_argument("--posts", type=int, default=10)
    parser.add_argument("--langs", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--small-areas", type=int, default=10, help="areas of the memory check kit")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"))
    parser.add_argument("--skip-serial", action="store_true", help="skip the --jobs 1 cold build")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="msgkit-bench-"))
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1634515200")
    try:
        kit = make_kit(work / "kit", args.areas, args.posts, args.langs)
        out = work / "out"
        results: dict[str, Any] = {
            "size": {"areas": args.areas, "posts": args.posts, "langs": args.langs},
            "cpus": os.cpu_count(),
        }
        print(f"kit: {args.areas} areas × {args.posts} posts × {args.langs} languages", flush=True)
        cold = run_build(kit, out, "--jobs", str(args.jobs))
        results["cold"] = cold
        files, size = _tree_size(out)
        results["files_written"], results["mb_written"] = files, size / 1e6
        print(f"cold build --jobs {args.jobs}: {cold['seconds']:.1f}s", flush=True)
        noop = run_build(kit, out, "--jobs", str(args.jobs))
        results["noop"] = noop
        print(f"no-op rebuild: {noop['seconds']:.2f}s", flush=True)
        area = kit / "areas" / "area-01.yaml"
        data = yaml.safe_load(area.read_text("utf-8"))
        data["posts"][0]["text"]["en"] += " Edited."
        area.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        edit = run_build(kit, out, "--jobs", str(args.jobs))
        results["one_post_edit"] = edit
        print(f"one-post edit: {edit['seconds']:.2f}s", flush=True)
        if not args.skip_serial:
            serial = run_build(kit, work / "out-serial", "--jobs", "1")
            results["cold_jobs1"] = serial
            print(f"cold build --jobs 1: {serial['seconds']:.1f}s", flush=True)
        small = make_kit(work / "small", args.small_areas, args.posts, args.langs)
        small_run = run_build(small, work / "out-small", "--jobs", str(args.jobs))
        results["memory_small"] = {
            "areas": args.small_areas,
            "peak_rss_mb": small_run["peak_rss_mb"],
        }

        by_builder = cold["summary"]["kits"][0]["seconds_by_builder"]
        manifest = json.loads((out / "bench" / "manifest.json").read_text("utf-8"))
        counts: dict[str, int] = {}
        for target in manifest["targets"]:
            counts[target.split(":")[0]] = counts.get(target.split(":")[0], 0) + 1
        images = sum(1 for e in manifest["files"] if e["kind"] == "image")
        throughput = {
            "sheets_per_s": counts.get("pdf", 0) / by_builder["pdf"]
            if "pdf" in by_builder
            else None,
            "decks_per_s": counts.get("deck", 0) / by_builder["deck"]
            if "deck" in by_builder
            else None,
            "images_per_s": images / by_builder["images"] if "images" in by_builder else None,
        }
        results["throughput_cpu"] = throughput
        results["builder_cpu_seconds"] = by_builder

        direct = direct_baseline(kit, ("pdf", "deck"))
        engine = run_build(
            kit, work / "out-direct-cmp", "--jobs", "1", "--only", "pdf", "--only", "deck"
        )
        engine_s = engine["seconds"]
        results["direct"] = {
            "library_seconds": direct,
            "msgkit_seconds": engine_s,
            "overhead_ratio": engine_s / sum(direct.values()) - 1 if direct else None,
        }
        _report(results)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")
        print(f"\nJSON written to {args.json}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _report(r: dict[str, Any]) -> None:
    cold = r["cold"]["seconds"]
    rows = [
        ("cold build (--jobs N)", f"{cold:.1f} s", ""),
        (
            "no-op rebuild",
            f"{r['noop']['seconds']:.2f} s",
            f"{r['noop']['seconds'] / cold:.1%} of cold (target < 5%)",
        ),
        (
            "one-post edit",
            f"{r['one_post_edit']['seconds']:.2f} s",
            f"{r['one_post_edit']['seconds'] / cold:.1%} of cold (target < 10%)",
        ),
    ]
    if "cold_jobs1" in r:
        serial = r["cold_jobs1"]["seconds"]
        rows.append(
            (
                "cold build --jobs 1",
                f"{serial:.1f} s",
                f"jobs N / jobs 1 = {cold / serial:.2f} (target ≤ 0.65)",
            )
        )
    big, small = r["cold"]["peak_rss_mb"], r["memory_small"]["peak_rss_mb"]
    rows.append(
        (
            "peak RSS",
            f"{big:.0f} MB",
            f"{big / small:.2f}× the {r['memory_small']['areas']}-area kit's "
            f"{small:.0f} MB (target ≤ 1.5×)",
        )
    )
    rows.append(("written", f"{r['files_written']} files", f"{r['mb_written']:.1f} MB"))
    for name, value in r["throughput_cpu"].items():
        if value:
            rows.append((name.replace("_per_s", "/s (per core)"), f"{value:.1f}", ""))
    d = r["direct"]
    if d["overhead_ratio"] is not None:
        rows.append(
            (
                "msgkit vs direct pdf+deck",
                f"{d['msgkit_seconds']:.1f} s vs {sum(d['library_seconds'].values()):.1f} s",
                f"overhead {d['overhead_ratio']:.1%} (target < 15%)",
            )
        )
    width = max(len(a) for a, _, _ in rows)
    print()
    for a, b, c in rows:
        print(f"{a:<{width}}  {b:>14}  {c}")


if __name__ == "__main__":
    main()

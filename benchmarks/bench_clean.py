"""Time and measure baozhi's cleaner, against a baseline measured in the same run.

Run by hand, never in the test suite (timings depend on the machine and are never
asserted)::

    python benchmarks/bench_clean.py [--quick] [--repeats N] [--sizes 1,5] [--json out.json]

(a) ``baozhi.clean_text`` on each seed page and on the whole dev corpus: median seconds of
    N runs, and the ratio to ``ftfy.fix_text`` timed the same way on the same text in the
    same process (ftfy walks every character too, so the ratio travels between machines
    better than seconds do); ``baozhi.parse_page`` (cleaning plus segmentation) likewise,
    with its ratio to ``clean_text``, which is what segmentation adds.
(b) ``undo_fake_bold`` on single lines of 1 and 5 million characters: real body text
    without line breaks, ``ab`` * N, ``科技`` * N and a fully fake-bold-doubled line; seconds and
    the 5M/1M ratio (linear time gives about 5).
(c) Peak memory (tracemalloc) of ``clean_text`` on the largest seed page and of
    ``undo_fake_bold`` on each 5M line.  The input string itself is allocated before
    tracing starts and is not counted.
(d) ``clean_text`` on pages of many lines: 2 000 and 10 000 short headline-like boxes
    (``发展`` between blank lines) and the seeds' lines repeated; seconds and the ratio
    (linear time gives about 5).  The page-level rules look around each line; this is
    where a look-around without a bound would show.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import ftfy

import baozhi
from baozhi.lines.fake_bold import undo_fake_bold

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
MILLION = 1_000_000

_CONFIG = baozhi.CleanConfig()


def fake_bold(line: str) -> list[Any]:
    """The fake-bold detector called as the pipeline calls it."""
    return undo_fake_bold(
        line,
        max_chunk=_CONFIG.fake_bold_max_chunk,
        min_evidence=_CONFIG.fake_bold_min_evidence,
    )


def median_seconds(func: Callable[[], object], repeats: int, warm_up: bool = True) -> float:
    """Median wall time of ``repeats`` calls, after one untimed warm-up call unless told not
    to (the long lines are too slow to run for nothing and have no cache to warm)."""
    if warm_up:
        func()
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_bytes(func: Callable[[], object]) -> int:
    """Peak bytes traced while ``func`` runs (allocations made before it are not counted)."""
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def body_text(seeds: list[str]) -> str:
    """Real running text: the seed lines of 20 characters or more, joined without breaks."""
    lines = (line.strip() for text in seeds for line in text.splitlines())
    return "".join(line for line in lines if len(line) >= 20)


def doubled_like_fake_bold(text: str) -> str:
    """Every chunk of ``text`` printed twice, as pdfminer extracts fake bold
    (``白鹭湖湿白鹭湖湿地迎来首地迎来首``); chunk sizes cycle 4, 3, 5, 2 deterministically."""
    sizes = (4, 3, 5, 2)
    out, at, turn = [], 0, 0
    while at < len(text):
        chunk = text[at : at + sizes[turn % len(sizes)]]
        out.append(chunk + chunk)
        at += len(chunk)
        turn += 1
    return "".join(out)


def repeat_to(unit: str, length: int) -> str:
    """``unit`` repeated and cut to exactly ``length`` characters."""
    return (unit * (length // len(unit) + 1))[:length]


def long_lines(seeds: list[str], length: int) -> dict[str, str]:
    """The single lines of ``length`` characters the detector is timed on."""
    body = body_text(seeds) or "新材料产业集群加速崛起高新区推动产业链延链补链强链"
    return {
        "body": repeat_to(body, length),
        "ab": repeat_to("ab", length),
        "keji": repeat_to("科技", length),
        "doubled": repeat_to(doubled_like_fake_bold(body), length),
    }


def bench_clean(pages: dict[str, str], repeats: int) -> list[dict[str, Any]]:
    """(a) clean_text against ftfy.fix_text, and parse_page against clean_text, on each page."""
    rows = []
    for name, text in pages.items():
        ours = median_seconds(partial(baozhi.clean_text, text), repeats)
        base = median_seconds(partial(ftfy.fix_text, text), repeats)
        parse = median_seconds(partial(baozhi.parse_page, text), repeats)
        rows.append(
            {
                "text": name,
                "chars": len(text),
                "clean_s": ours,
                "ftfy_s": base,
                "ratio": ours / base if base else None,
                "parse_s": parse,
                "parse_ratio": parse / ours if ours else None,
            }
        )
    return rows


def bench_scaling(seeds: list[str], sizes: list[float], repeats: int) -> list[dict[str, Any]]:
    """(b) undo_fake_bold on long single lines of each size (millions of characters);
    the ratio of the time at the last size to the first."""
    by_kind: dict[str, dict[float, float]] = {}
    for size in sizes:
        for kind, line in long_lines(seeds, int(size * MILLION)).items():
            by_kind.setdefault(kind, {})[size] = median_seconds(
                partial(fake_bold, line), repeats, warm_up=False
            )
    rows = []
    for kind, timings in by_kind.items():
        first, last = timings[sizes[0]], timings[sizes[-1]]
        rows.append(
            {
                "line": kind,
                "seconds": {f"{s:g}M": t for s, t in timings.items()},
                "ratio": last / first if first else None,
                "size_ratio": sizes[-1] / sizes[0],
            }
        )
    return rows


def bench_memory(seeds: dict[str, str], size: float) -> list[dict[str, Any]]:
    """(c) peak traced memory for the largest seed page and for each long line."""
    rows = []
    if seeds:
        name, text = max(seeds.items(), key=lambda kv: len(kv[1]))
        rows.append(
            {
                "what": f"clean_text {name}",
                "chars": len(text),
                "peak_bytes": peak_bytes(lambda: baozhi.clean_text(text)),
            }
        )
    for kind, line in long_lines(list(seeds.values()), int(size * MILLION)).items():
        rows.append(
            {
                "what": f"undo_fake_bold {kind} {size:g}M",
                "chars": len(line),
                "peak_bytes": peak_bytes(partial(fake_bold, line)),
            }
        )
    return rows


def many_line_pages(seeds: list[str], lines: int) -> dict[str, str]:
    """Pages of ``lines`` lines: short boxes, and the seeds' own lines over and over."""
    seed_lines = [line for page in seeds for line in page.split("\n")] or ["发展"]
    repeated = (seed_lines * (lines // len(seed_lines) + 1))[:lines]
    return {"short boxes": "发展\n\n" * lines, "seed lines": "\n".join(repeated) + "\n"}


def bench_many_lines(seeds: list[str], counts: list[int], repeats: int) -> list[dict[str, Any]]:
    """(d) clean_text on pages of each line count; the ratio of the last to the first."""
    by_kind: dict[str, dict[int, float]] = {}
    for count in counts:
        for kind, page in many_line_pages(seeds, count).items():
            by_kind.setdefault(kind, {})[count] = median_seconds(
                partial(baozhi.clean_text, page), repeats, warm_up=False
            )
    return [
        {
            "page": kind,
            "seconds": {f"{count}": t for count, t in timings.items()},
            "ratio": timings[counts[-1]] / timings[counts[0]] if timings[counts[0]] else None,
            "count_ratio": counts[-1] / counts[0],
        }
        for kind, timings in by_kind.items()
    ]


def _seconds(value: float) -> str:
    return f"{value * 1e3:9.2f} ms" if value < 1 else f"{value:9.2f} s "


def report(results: dict[str, Any]) -> list[str]:
    """The results as a plain-text table."""
    out = [
        f"baozhi {results['baozhi']}  ftfy {results['ftfy']}  python {results['python']}  "
        f"repeats {results['repeats']}",
        "",
        "(a) clean_text vs ftfy.fix_text, parse_page vs clean_text (medians)",
    ]
    out.append(
        f"  {'text':<26} {'chars':>8} {'clean_text':>12} {'ftfy':>12} {'ratio':>7} "
        f"{'parse_page':>12} {'ratio':>7}"
    )
    for r in results["clean"]:
        ratio = f"{r['ratio']:7.2f}" if r["ratio"] is not None else "      -"
        parse_ratio = f"{r['parse_ratio']:7.2f}" if r["parse_ratio"] is not None else "      -"
        out.append(
            f"  {r['text']:<26} {r['chars']:>8} {_seconds(r['clean_s']):>12} "
            f"{_seconds(r['ftfy_s']):>12} {ratio} {_seconds(r['parse_s']):>12} {parse_ratio}"
        )
    out += ["", "(b) undo_fake_bold on one long line (medians; linear ≈ size ratio)"]
    for r in results["scaling"]:
        timings = "  ".join(f"{k}: {_seconds(v).strip()}" for k, v in r["seconds"].items())
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        out.append(f"  {r['line']:<8} {timings}  ratio {ratio} (sizes x{r['size_ratio']:g})")
    out += ["", "(c) peak memory (tracemalloc)"]
    for r in results["memory"]:
        per_char = r["peak_bytes"] / r["chars"] if r["chars"] else 0.0
        out.append(f"  {r['what']:<40} {r['peak_bytes'] / 2**20:9.2f} MiB ({per_char:.1f} B/char)")
    out += ["", "(d) clean_text on pages of many lines (medians; linear ≈ line-count ratio)"]
    for r in results["many_lines"]:
        timings = "  ".join(f"{k} lines: {_seconds(v).strip()}" for k, v in r["seconds"].items())
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        out.append(f"  {r['page']:<12} {timings}  ratio {ratio} (lines x{r['count_ratio']:g})")
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the four benchmarks and print a table (and optionally write JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (2 instead of 7)")
    parser.add_argument("--repeats", type=int, help="runs per timing (default 7, quick 2)")
    parser.add_argument("--sizes", help="long-line sizes in millions of characters (default 1,5)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    repeats = args.repeats or (2 if args.quick else 7)
    sizes = [float(s) for s in (args.sizes or "1,5").split(",")]

    seeds = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    corpus = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "pages").glob("*.txt"))]
    results: dict[str, Any] = {
        "baozhi": baozhi.__version__,
        "ftfy": ftfy.__version__,
        "python": platform.python_version(),
        "repeats": repeats,
    }
    clean_rows = bench_clean(seeds, repeats)
    if corpus:
        # The corpus as one workload: each page cleaned on its own, all in one timed call.
        ours = median_seconds(lambda: [baozhi.clean_text(t) for t in corpus], repeats)
        base = median_seconds(lambda: [ftfy.fix_text(t) for t in corpus], repeats)
        parse = median_seconds(lambda: [baozhi.parse_page(t) for t in corpus], repeats)
        chars = sum(map(len, corpus))
        clean_rows.append(
            {
                "text": f"dev corpus ({len(corpus)} pages)",
                "chars": chars,
                "clean_s": ours,
                "ftfy_s": base,
                "ratio": ours / base if base else None,
                "parse_s": parse,
                "parse_ratio": parse / ours if ours else None,
            }
        )
    results["clean"] = clean_rows
    # The long lines take seconds each: half the repeats, at least one.
    results["scaling"] = bench_scaling(list(seeds.values()), sizes, max(1, repeats // 2))
    results["memory"] = bench_memory(seeds, sizes[-1])
    results["many_lines"] = bench_many_lines(
        list(seeds.values()), [2000, 10000], max(1, repeats // 2)
    )

    for line in report(results):
        print(line)
    if args.json:
        args.json.write_text(
            json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

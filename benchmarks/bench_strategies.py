"""Time baozhi.testing's strategies, against cleaning what they draw in the same run.

Run by hand, never in the test suite (timings depend on the machine and are never
asserted)::

    python benchmarks/bench_strategies.py [--examples 300] [--repeats 3] [--json out.json]

A property run spends its time drawing examples and cleaning them; a thorough run
of 100 000 examples takes an hour or more, so both halves matter.  For each
strategy, the same ``--examples`` examples are drawn ``--repeats`` times
(derandomized, generation phase only, no database), and the median wall-clock
time per example is reported; ``clean_text`` (or ``parse_page``, for article
pages) is then timed on the drawn texts the same way.  ``draw/clean`` is the
ratio of the two: above 1, drawing costs more than the cleaning it tests.
Examples Hypothesis drew and threw away (a rejected page, an overrun) count in
the drawing time, as they do in a property run; ``draws`` is how many draws
Hypothesis began for each example it kept (1.00: none thrown away).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import baozhi
from baozhi.testing import (
    article_pages,
    corrupted_pages,
    dropped_block_pages,
    misread_subtitle_pages,
    ocr_pages,
    pages,
)

# Each strategy with how its example becomes text, and what cleans that text.
STRATEGIES: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], str], Callable[[str], Any]]] = {
    "pages()": (pages(), str, baozhi.clean_text),
    "corrupted_pages()": (corrupted_pages(), lambda page: page.corrupted, baozhi.clean_text),
    "corrupted_pages((gbk_mojibake,))": (
        corrupted_pages(("gbk_mojibake",)),
        lambda page: page.corrupted,
        baozhi.clean_text,
    ),
    "corrupted_pages((space_out,))": (
        corrupted_pages(("space_out",)),
        lambda page: page.corrupted,
        baozhi.clean_text,
    ),
    "ocr_pages()": (ocr_pages(), lambda page: page.corrupted, baozhi.clean_text),
    "misread_subtitle_pages()": (
        misread_subtitle_pages(),
        lambda page: page.corrupted,
        baozhi.clean_text,
    ),
    "dropped_block_pages()": (
        dropped_block_pages(),
        lambda page: page.corrupted,
        baozhi.clean_text,
    ),
    "article_pages(wrapped=True)": (
        article_pages(wrapped=True),
        lambda page: page.text,
        baozhi.parse_page,
    ),
    "article_pages(wrapped=True, interleaved=True)": (
        article_pages(wrapped=True, interleaved=True),
        lambda page: page.text,
        baozhi.parse_page,
    ),
}


def draw_examples(strategy: st.SearchStrategy[Any], examples: int) -> tuple[list[Any], int]:
    """``examples`` examples of ``strategy``, the same ones on every call, and how many
    draws Hypothesis began to get them (rejected and overrun ones too)."""
    drawn: list[Any] = []
    began = 0

    def begin(_: object) -> None:
        nonlocal began
        began += 1

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.tuples(st.none().map(begin), strategy))
    def collect(counted: tuple[None, Any]) -> None:
        drawn.append(counted[1])

    collect()
    return drawn, began


def median_per_example(func: Callable[[], int], repeats: int) -> float:
    """Median seconds per example of ``func``, which returns how many it handled."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        count = func()
        times.append((time.perf_counter() - start) / max(count, 1))
    return statistics.median(times)


def draw_count(strategy: st.SearchStrategy[Any], examples: int) -> int:
    return len(draw_examples(strategy, examples)[0])


def clean_count(clean: Callable[[str], Any], texts: list[str]) -> int:
    for text in texts:
        clean(text)
    return len(texts)


def bench(examples: int, repeats: int) -> list[dict[str, Any]]:
    rows = []
    for name, (strategy, text_of, clean) in STRATEGIES.items():
        # The first draw also warms up: strategies build their caches, patterns compile.
        drawn, began = draw_examples(strategy, examples)
        texts = [text_of(example) for example in drawn]
        clean_count(clean, texts)
        draw_s = median_per_example(partial(draw_count, strategy, examples), repeats)
        clean_s = median_per_example(partial(clean_count, clean, texts), repeats)
        rows.append(
            {
                "strategy": name,
                "examples": len(texts),
                "draws_per_example": began / max(len(texts), 1),
                "draw_ms": 1000 * draw_s,
                "clean_ms": 1000 * clean_s,
                "ratio": draw_s / clean_s,
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300, help="examples per strategy")
    parser.add_argument("--repeats", type=int, default=3, help="timed repeats (median)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()

    rows = bench(args.examples, args.repeats)
    print(
        f"{'strategy':46} {'examples':>8} {'draws':>6} {'draw ms':>8} {'clean ms':>8}"
        f" {'draw/clean':>10}"
    )
    for row in rows:
        print(
            f"{row['strategy']:46} {row['examples']:8d} {row['draws_per_example']:6.2f}"
            f" {row['draw_ms']:8.2f} {row['clean_ms']:8.2f} {row['ratio']:10.2f}"
        )
    if args.json:
        report = {
            "python": platform.python_version(),
            "hypothesis": hypothesis.__version__,
            "baozhi": baozhi.__version__,
            "examples": args.examples,
            "repeats": args.repeats,
            "strategies": rows,
        }
        args.json.write_text(
            json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the Hypothesis properties one a process, with many examples, and report each.

Usage::

    python scripts/thorough.py [--jobs 2] [--timeout 5400] [--examples N]
                               [--logs thorough-logs] [PATH_OR_NODEID ...]

Collects the Hypothesis tests under the given paths (default: ``tests``) with
``pytest -m hypothesis``, then runs each in a process of its own under the ``thorough``
profile (100 000 examples; ``--examples`` sets another count), ``--jobs`` processes at a
time.  One property a process keeps a slow one from holding up the rest and lets a
failure be rerun alone.  Each run's output goes to ``LOGS/<node id>.txt``; a line is
printed as each run ends, and a Markdown table of all of them at the end, in collection
order, with the examples Hypothesis reports it passed (``--hypothesis-show-statistics``)
and why it stopped.  A run that takes longer than ``--timeout`` seconds is killed and
reported as ``timeout``: it proves nothing.

Exits 0 when every run passed, 1 otherwise.  Run it by hand before a release; it takes
hours (see the README), so it is never part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

PYTEST = (sys.executable, "-m", "pytest", "-p", "no:cacheprovider")
PASSING = re.compile(r"during generate phase .*\n.*\n\s*- (\d+) passing")
STOPPED = re.compile(r"Stopped because (.+)")


@dataclass(frozen=True)
class Run:
    node: str
    outcome: str
    seconds: float
    passing: str
    stopped: str


def collect(targets: list[str]) -> list[str]:
    """Node ids of the Hypothesis tests under ``targets``, in collection order."""
    listing = subprocess.run(
        [*PYTEST, "--collect-only", "-q", "-m", "hypothesis", *targets],
        capture_output=True,
        text=True,
        check=False,
    )
    if listing.returncode not in (0, 5):
        raise SystemExit(f"thorough: collecting {' '.join(targets)} failed:\n{listing.stdout}")
    return [line for line in listing.stdout.splitlines() if "::" in line]


def log_name(node: str) -> str:
    return re.sub(r"[^\w.-]+", "_", node) + ".txt"


def run_one(node: str, env: dict[str, str], timeout: float, logs: Path) -> Run:
    started = time.monotonic()
    log = logs / log_name(node)
    with log.open("w", encoding="utf-8") as out:
        try:
            finished = subprocess.run(
                [*PYTEST, "-q", "--hypothesis-show-statistics", node],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                timeout=timeout,
                check=False,
            )
            outcome = "passed" if finished.returncode == 0 else "FAILED"
        except subprocess.TimeoutExpired:
            outcome = "timeout"
    seconds = time.monotonic() - started
    passing, stopped = statistics(log.read_text(encoding="utf-8", errors="replace"))
    return Run(node, outcome, seconds, passing, stopped)


def statistics(log: str) -> tuple[str, str]:
    r"""Examples passed in the generate phase and why Hypothesis stopped, from a run's log.

    >>> statistics("  - during generate phase (9.10 seconds):\n"
    ...            "    - Typical runtimes: ~ 1-3 ms, of which < 1ms in data generation\n"
    ...            "    - 2000 passing, 0 failing, and 4 invalid test cases\n\n"
    ...            "  - Stopped because settings.max_examples=2000\n")
    ('2000', 'settings.max_examples=2000')
    >>> statistics("Timeout")
    ('?', '')
    """
    passing = PASSING.search(log)
    stopped = STOPPED.search(log)
    return (passing.group(1) if passing else "?", stopped.group(1).strip() if stopped else "")


def table(runs: list[Run]) -> str:
    rows = [
        "| property | result | passing examples | minutes | stopped because |",
        "|---|---|---|---|---|",
    ]
    rows += [
        f"| `{r.node}` | {r.outcome} | {r.passing} | {r.seconds / 60:.1f} | {r.stopped} |"
        for r in runs
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=["tests"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=5400.0, help="seconds a run")
    parser.add_argument("--examples", type=int, help="examples a property (default 100000)")
    parser.add_argument("--logs", type=Path, default=Path("thorough-logs"))
    args = parser.parse_args(argv)

    nodes = collect(args.targets)
    if not nodes:
        raise SystemExit(f"thorough: no Hypothesis tests under {' '.join(args.targets)}")
    env = {**os.environ, "BAOZHI_HYPOTHESIS_PROFILE": "thorough"}
    if args.examples:
        env["BAOZHI_HYPOTHESIS_EXAMPLES"] = str(args.examples)
    args.logs.mkdir(parents=True, exist_ok=True)

    print(f"{len(nodes)} properties, {args.jobs} at a time, logs in {args.logs}/", flush=True)
    done: dict[str, Run] = {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        pending = [pool.submit(run_one, node, env, args.timeout, args.logs) for node in nodes]
        for future in as_completed(pending):
            run = future.result()
            done[run.node] = run
            print(f"{run.outcome:7} {run.seconds / 60:6.1f} min  {run.node}", flush=True)
    runs = [done[node] for node in nodes]
    print()
    print(table(runs))
    return 0 if all(run.outcome == "passed" for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())

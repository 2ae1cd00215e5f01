"""Run the Hypothesis properties one a process, with many examples, and report each.

Usage::

    python scripts/thorough.py [--jobs 2] [--timeout 5400] [--examples N]
                               [--logs thorough-logs] [--ledger PATH] [--resume]
                               [PATH_OR_NODEID ...]

Collects the Hypothesis tests under the given paths (default: ``tests``) with
``pytest -m hypothesis``, then runs each in a process of its own under the ``thorough``
profile (100 000 examples; ``--examples`` sets another count), ``--jobs`` processes at a
time.  One property a process keeps a slow one from holding up the rest and lets a
failure be rerun alone.  Each run's output goes to ``LOGS/<node id>.txt``; a line is
printed as each run ends, and a Markdown table of all of them at the end, in collection
order, with the examples Hypothesis reports it passed (``--hypothesis-show-statistics``)
and why it stopped.  A run that takes longer than ``--timeout`` seconds is killed and
reported as ``timeout``: it proves nothing.

Every finished run is also appended to the ledger (``LOGS/ledger.jsonl``, or ``--ledger``),
one JSON object a line, with a fingerprint of the code it ran on: the test's file, the
non-test modules beside it (``conftest.py`` and its helpers), every ``.py`` file under
``src/``, and the versions of Python, Hypothesis, regex and ftfy, which the entry also
lists.  With ``--resume``, a property that passed at least as many examples on code with the
same fingerprint, and never failed on it, is not run again: its row in the table says
``passed (ledger)``; passes on other releases of those libraries are named, so that they
can be installed again.  A run of every property takes longer than
one sitting, and this lets it go on where it stopped without trusting a pass on code that
has changed.

Exits 0 when every run passed, 1 otherwise.  Run it by hand before a release; it takes
hours (see the README), so it is never part of the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path
from typing import Any

PYTEST = (sys.executable, "-m", "pytest", "-p", "no:cacheprovider")
PASSING = re.compile(r"during generate phase .*\n.*\n\s*- (\d+) passing")
STOPPED = re.compile(r"Stopped because (.+)")
# The thorough profile's count in tests/conftest.py, which --examples overrides.
THOROUGH_EXAMPLES = 100_000
LEDGER = "ledger.jsonl"
# The libraries whose version is part of a run's code: a new ftfy or regex can change
# what the cleaner does, a new Hypothesis what the strategies draw.
VERSIONED = ("hypothesis", "regex", "ftfy")


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


def versions() -> dict[str, str]:
    """The versions of Python and of the libraries that are part of a run's code."""
    found = {"python": ".".join(map(str, sys.version_info[:2]))}
    return found | {library: version(library) for library in VERSIONED}


def fingerprint(node: str, code: Path = Path("src")) -> str:
    """A digest of what decides ``node``'s outcome: its test file, the modules beside it
    that are not tests, every ``.py`` file under ``code``, and the versions of Python and
    of the libraries the cleaner and the strategies run on.  Paths and contents go in
    sorted order, so the digest is the same on any machine with the same files."""
    test_file = Path(node.split("::", 1)[0])
    helpers = (path for path in test_file.parent.glob("*.py") if not path.name.startswith("test_"))
    files = {test_file, *helpers, *code.rglob("*.py")}
    digest = hashlib.sha256()
    digest.update(repr(list(versions().items())).encode() + b"\0")
    for path in sorted(files, key=Path.as_posix):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def record(ledger: Path, run: Run, examples: int, code: str) -> None:
    """Append ``run`` to the ledger, with the examples asked for and the code's fingerprint."""
    entry = {
        **asdict(run),
        "examples": examples,
        "code": code,
        "versions": versions(),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    with ledger.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def entries(ledger: Path) -> list[dict[str, Any]]:
    if not ledger.exists():
        return []
    return [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]


def passed_before(ledger: Path, examples: int) -> dict[tuple[str, str], Run]:
    """The ledger's passes of ``examples`` or more, by node and code fingerprint.

    A failure on the same code cancels every pass of it: a failing example is
    there to be found, whatever a luckier run said.
    """
    passed: dict[tuple[str, str], Run] = {}
    failed: set[tuple[str, str]] = set()
    for entry in entries(ledger):
        key = (entry["node"], entry["code"])
        if entry["outcome"] == "FAILED":
            failed.add(key)
        elif entry["outcome"] == "passed" and entry["examples"] >= examples:
            fields = (entry["seconds"], entry["passing"], entry["stopped"])
            passed[key] = Run(entry["node"], "passed (ledger)", *fields)
    return {key: run for key, run in passed.items() if key not in failed}


def other_versions(ledger: Path, nodes: list[str], examples: int) -> list[dict[str, str]]:
    """The versions, other than the installed ones, under which the ledger holds passes of
    ``nodes``: a new release of a library is new code, so those passes do not resume until
    the versions they ran on are installed again."""
    installed = versions()
    found: list[dict[str, str]] = []
    for entry in entries(ledger):
        ran_on: dict[str, str] = entry.get("versions", installed)
        passed = entry["outcome"] == "passed" and entry["examples"] >= examples
        if passed and entry["node"] in nodes and ran_on not in (installed, *found):
            found.append(ran_on)
    return found


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
    parser.add_argument("--ledger", type=Path, help="the ledger of runs (LOGS/ledger.jsonl)")
    parser.add_argument("--resume", action="store_true", help="skip what passed on this code")
    args = parser.parse_args(argv)

    nodes = collect(args.targets)
    if not nodes:
        raise SystemExit(f"thorough: no Hypothesis tests under {' '.join(args.targets)}")
    env = {**os.environ, "BAOZHI_HYPOTHESIS_PROFILE": "thorough"}
    if args.examples:
        env["BAOZHI_HYPOTHESIS_EXAMPLES"] = str(args.examples)
    examples = args.examples or THOROUGH_EXAMPLES
    args.logs.mkdir(parents=True, exist_ok=True)
    ledger = args.ledger or args.logs / LEDGER
    ledger.parent.mkdir(parents=True, exist_ok=True)
    earlier = passed_before(ledger, examples) if args.resume else {}
    done = {node: earlier[key] for node in nodes if (key := (node, fingerprint(node))) in earlier}
    to_run = [node for node in nodes if node not in done]

    def fingerprinted_run(node: str) -> tuple[Run, str]:
        # Taken as the run starts: the code a queued run imports may change before then.
        code = fingerprint(node)
        return run_one(node, env, args.timeout, args.logs), code

    resumed = f", {len(done)} passed before on this code" if args.resume else ""
    print(f"{len(nodes)} properties{resumed}, {args.jobs} at a time, logs in {args.logs}/")
    for ran_on in other_versions(ledger, to_run, examples) if args.resume else []:
        pins = " ".join(f"{name}=={number}" for name, number in ran_on.items() if name != "python")
        print(
            f"the ledger has passes of these on Python {ran_on['python']} with {pins}:"
            " on unchanged code, they resume with those installed"
        )
    sys.stdout.flush()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        pending = [pool.submit(fingerprinted_run, node) for node in to_run]
        for future in as_completed(pending):
            run, code = future.result()
            done[run.node] = run
            record(ledger, run, examples, code)
            print(f"{run.outcome:7} {run.seconds / 60:6.1f} min  {run.node}", flush=True)
    runs = [done[node] for node in nodes]
    print()
    print(table(runs))
    return 0 if all(run.outcome.startswith("passed") for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())

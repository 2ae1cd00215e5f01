"""scripts/thorough.py on a folder of two tiny properties and one plain test."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

from script_modules import load_script

PROPERTIES = """
from hypothesis import given, settings, strategies as st

@settings(max_examples=7, database=None)
@given(st.integers())
def test_holds(n):
    assert n == n

@settings(max_examples=7, database=None)
@given(st.integers())
def test_breaks(n):
    assert n < 3

def test_plain():
    assert True
"""


thorough = load_script("thorough")


def test_doctests() -> None:
    failed, attempted = doctest.testmod(thorough)
    assert attempted > 0
    assert failed == 0


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "test_tiny.py").write_text(PROPERTIES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the tiny folder is its own pytest root, without our conftest
    return tmp_path


def test_collects_only_the_hypothesis_tests(folder: Path) -> None:
    assert thorough.collect(["test_tiny.py"]) == [
        "test_tiny.py::test_holds",
        "test_tiny.py::test_breaks",
    ]


def test_runs_each_property_and_reports_a_failure(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = thorough.main(["--jobs", "2", "--logs", "logs", "test_tiny.py"])
    report = capsys.readouterr().out
    assert status == 1
    assert "| `test_tiny.py::test_holds` | passed | 7 |" in report
    assert "| `test_tiny.py::test_breaks` | FAILED |" in report
    assert report.index("test_holds` |") < report.index("test_breaks` |")  # collection order
    assert "n=3" in (folder / "logs" / "test_tiny.py_test_breaks.txt").read_text(encoding="utf-8")


def test_no_properties_is_an_error(folder: Path) -> None:
    (folder / "test_plain.py").write_text("def test_plain():\n    pass\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"no Hypothesis tests under test_plain\.py"):
        thorough.main(["test_plain.py"])


def _ledger(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "logs" / "ledger.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_run_goes_into_the_ledger_with_its_code(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thorough.main(["--jobs", "2", "--logs", "logs", "test_tiny.py"])
    entries = {entry["node"]: entry for entry in _ledger(folder)}
    assert set(entries) == {"test_tiny.py::test_holds", "test_tiny.py::test_breaks"}
    holds = entries["test_tiny.py::test_holds"]
    assert (holds["outcome"], holds["passing"], holds["examples"]) == ("passed", "7", 100_000)
    assert entries["test_tiny.py::test_breaks"]["outcome"] == "FAILED"
    # Both tests live in one file with no helpers beside it: one code, one fingerprint.
    assert holds["code"] == entries["test_tiny.py::test_breaks"]["code"]
    assert holds["code"] == thorough.fingerprint("test_tiny.py::test_holds")
    assert holds["versions"] == thorough.versions()
    assert set(holds["versions"]) == {"python", "hypothesis", "regex", "ftfy"}


def test_the_ledger_can_live_apart_from_the_logs(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thorough.main(["--logs", "logs", "--ledger", "kept/runs.jsonl", "test_tiny.py"])
    assert not (folder / "logs" / "ledger.jsonl").exists()
    kept = (folder / "kept" / "runs.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(kept) == 2
    capsys.readouterr()
    thorough.main(["--logs", "other", "--ledger", "kept/runs.jsonl", "--resume", "test_tiny.py"])
    assert "2 properties, 1 passed before on this code" in capsys.readouterr().out


def test_resume_skips_only_what_passed_on_the_same_code(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thorough.main(["--jobs", "2", "--logs", "logs", "test_tiny.py"])
    capsys.readouterr()

    status = thorough.main(["--logs", "logs", "--resume", "test_tiny.py"])
    report = capsys.readouterr().out
    assert status == 1
    assert "2 properties, 1 passed before on this code" in report
    assert "| `test_tiny.py::test_holds` | passed (ledger) | 7 |" in report
    assert "| `test_tiny.py::test_breaks` | FAILED |" in report
    assert [entry["node"] for entry in _ledger(folder)][2:] == ["test_tiny.py::test_breaks"]

    # Any change to the test's file is a change of code: nothing it passed counts.
    test_file = folder / "test_tiny.py"
    test_file.write_text(test_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    thorough.main(["--logs", "logs", "--resume", "test_tiny.py"])
    assert "2 properties, 0 passed before on this code" in capsys.readouterr().out


def test_resume_wants_as_many_examples_and_no_failure_on_the_code(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.jsonl"
    run = {"seconds": 60.0, "passing": "1000", "stopped": ""}
    entries = [
        {"node": "a", "code": "c1", "outcome": "passed", "examples": 1000, **run},
        {"node": "b", "code": "c1", "outcome": "passed", "examples": 1000, **run},
        {"node": "b", "code": "c1", "outcome": "FAILED", "examples": 1000, **run},
        {"node": "c", "code": "c1", "outcome": "timeout", "examples": 1000, **run},
        {"node": "d", "code": "c1", "outcome": "passed", "examples": 10, **run},
    ]
    ledger.write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    assert set(thorough.passed_before(ledger, 1000)) == {("a", "c1")}
    assert set(thorough.passed_before(ledger, 10)) == {("a", "c1"), ("d", "c1")}
    assert set(thorough.passed_before(ledger, 2000)) == set()
    assert thorough.passed_before(tmp_path / "no-ledger.jsonl", 10) == {}


def test_fingerprint_covers_the_helpers_beside_the_test_and_the_code(folder: Path) -> None:
    node = "test_tiny.py::test_holds"
    before = thorough.fingerprint(node)
    (folder / "conftest.py").write_text("# a fixture would go here\n", encoding="utf-8")
    with_helper = thorough.fingerprint(node)
    assert with_helper != before
    (folder / "test_other.py").write_text("def test_x():\n    pass\n", encoding="utf-8")
    assert thorough.fingerprint(node) == with_helper  # another test file is not its code
    (folder / "src" / "pkg").mkdir(parents=True)
    (folder / "src" / "pkg" / "m.py").write_text("X = 1\n", encoding="utf-8")
    assert thorough.fingerprint(node) != with_helper


def test_resume_names_the_versions_of_passes_it_cannot_use(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = thorough.versions()
    older = {**installed, "regex": "2020.1.1"}
    run = {"seconds": 60.0, "passing": "7", "stopped": "", "examples": 100_000, "code": "x"}
    entries = [
        {"node": "test_tiny.py::test_holds", "outcome": "passed", "versions": older, **run},
        {"node": "test_tiny.py::test_breaks", "outcome": "passed", "versions": older, **run},
        {"node": "test_tiny.py::test_holds", "outcome": "passed", "versions": installed, **run},
        {"node": "test_tiny.py::test_holds", "outcome": "FAILED", **run},  # no versions: older
        {
            "node": "elsewhere.py::test_gone",
            "outcome": "passed",
            "versions": {"python": "2.7"},
            **run,
        },
    ]
    ledger = folder / "ledger.jsonl"
    ledger.write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    nodes = ["test_tiny.py::test_holds", "test_tiny.py::test_breaks"]
    assert thorough.other_versions(ledger, nodes, 100_000) == [older]
    assert thorough.other_versions(ledger, nodes, 200_000) == []
    assert thorough.other_versions(ledger, [], 100_000) == []

    thorough.main(["--logs", "logs", "--ledger", "ledger.jsonl", "--resume", "test_tiny.py"])
    report = capsys.readouterr().out
    pins = f"hypothesis=={installed['hypothesis']} regex==2020.1.1 ftfy=={installed['ftfy']}"
    assert f"passes of these on Python {installed['python']} with {pins}:" in report

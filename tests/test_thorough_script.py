"""scripts/thorough.py on a folder of two tiny properties and one plain test."""

from __future__ import annotations

import doctest
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

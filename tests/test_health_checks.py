"""Every Hypothesis test runs untimed, whatever health checks it suppresses itself."""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from health_checks import UNTIMED, filtering

TESTS = Path(__file__).resolve().parent


def _settings_of(test: object) -> settings:
    """The settings a ``@given`` test runs with (Hypothesis keeps them on the test)."""
    used = test._hypothesis_internal_use_settings  # type: ignore[attr-defined]
    assert isinstance(used, settings)
    return used


def _hypothesis_tests() -> dict[str, settings]:
    """Each ``@given`` test of the suite, by module and name, with its settings."""
    found = {}
    for path in sorted(TESTS.glob("test_*.py")):
        module = importlib.import_module(path.stem)
        for name, value in vars(module).items():
            if name.startswith("test_") and hasattr(value, "hypothesis"):
                found[f"{path.stem}::{name}"] = _settings_of(value)
    return found


def test_filtering_keeps_the_profile() -> None:
    @filtering
    @given(st.none())
    def probe(value: None) -> None:
        pass

    used = _settings_of(probe)
    assert set(used.suppress_health_check) == {*UNTIMED, HealthCheck.filter_too_much}
    assert used.max_examples == settings().max_examples
    assert used.deadline is None


def test_no_hypothesis_test_is_timed() -> None:
    # A test's own @settings(suppress_health_check=...) replaces the profile's
    # list: one that left out too_slow failed under load on a busy machine.
    tests = _hypothesis_tests()
    assert len(tests) > 50
    timed = [
        name
        for name, used in tests.items()
        if not set(UNTIMED) <= set(used.suppress_health_check) or used.deadline is not None
    ]
    assert timed == []

"""Hypothesis profiles, chosen by the environment variable ``BAOZHI_HYPOTHESIS_PROFILE``.

- ``default``: quick, for every local run (50 examples, no deadline: the first
  call of a repair compiles its patterns, and a deadline would make that flaky);
- ``ci``: like ``default`` but derandomized, so a CI run is reproducible; chosen
  automatically when ``CI=true`` and no profile is named;
- ``thorough``: 100 000 examples, run by hand before a release:
  ``BAOZHI_HYPOTHESIS_PROFILE=thorough pytest tests/test_ocr.py::test_round_trip_flip_quotes``.

``BAOZHI_HYPOTHESIS_EXAMPLES=N`` sets the number of examples of whichever
profile is chosen: a run of a few thousand checks a change in minutes before
the thorough run that takes an hour.
"""

from __future__ import annotations

import os

from hypothesis import settings

from health_checks import UNTIMED

_UNTIMED = {"deadline": None, "suppress_health_check": UNTIMED}
settings.register_profile("default", max_examples=50, **_UNTIMED)
settings.register_profile("ci", max_examples=50, derandomize=True, **_UNTIMED)
settings.register_profile("thorough", max_examples=100_000, **_UNTIMED)


def _profile_name() -> str:
    named = os.environ.get("BAOZHI_HYPOTHESIS_PROFILE", "")
    if named:
        return named
    if os.environ.get("CI", "").lower() == "true":
        return "ci"
    return "default"


def _load_profile() -> None:
    name = _profile_name()
    examples = os.environ.get("BAOZHI_HYPOTHESIS_EXAMPLES", "")
    if not examples:
        settings.load_profile(name)
        return
    if not examples.isdigit() or int(examples) < 1:
        raise ValueError(f"BAOZHI_HYPOTHESIS_EXAMPLES must be a positive number, not {examples!r}")
    counted = f"{name}-{examples}"
    settings.register_profile(counted, settings.get_profile(name), max_examples=int(examples))
    settings.load_profile(counted)


_load_profile()

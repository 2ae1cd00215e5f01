"""The Hypothesis health checks the suite suppresses, for the profiles and for single tests.

A test's own ``@settings(suppress_health_check=[...])`` replaces the profile's
list rather than adding to it, so a test that suppresses one more check is
decorated with :func:`filtering`, which keeps the profile's too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from hypothesis import HealthCheck, settings

T = TypeVar("T", bound=Callable[..., object])

# Timing is never asserted here (benchmarks/ measures it): the too_slow health
# check fails a test when a shared machine happens to be busy.
UNTIMED = (HealthCheck.too_slow,)


def filtering(test: T) -> T:
    """Suppress filter_too_much for ``test``, whose strategy draws again by design
    (a wrapped page is drawn anew when no column width shows where each of its
    paragraphs ends).

    The settings are made when the test module is imported, after conftest has
    loaded the profile, so the test keeps the profile's examples and deadline.
    """
    return settings(suppress_health_check=[*UNTIMED, HealthCheck.filter_too_much])(test)

"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def collapse_doubled_punct(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


def widen_halfwidth_punct(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


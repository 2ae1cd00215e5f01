"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def join_spaced_han(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


def tidy_punct_spaces(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


def space_cjk_latin(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


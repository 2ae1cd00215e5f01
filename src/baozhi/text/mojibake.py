"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def fix_mojibake(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


def fix_gbk_mojibake(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


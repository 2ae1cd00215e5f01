"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def rejoin_split_paragraphs(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def drop_repeated_blocks(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


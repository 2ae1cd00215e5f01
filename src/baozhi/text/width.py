"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def narrow_fullwidth_alnum(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


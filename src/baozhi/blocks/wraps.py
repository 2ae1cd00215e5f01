"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def rejoin_wrapped_lines(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


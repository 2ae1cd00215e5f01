"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def remove_control_chars(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


"""(stub: being written)."""

from __future__ import annotations

from baozhi.provenance import Edit


def undo_fake_bold(text: str, **options: object) -> list[Edit]:
    """Stub."""
    return []


"""What the cleaner returns: the clean text, its blocks, the repair log and its warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from baozhi.provenance import OffsetMap

__all__ = ["Block", "CleanResult", "Repair", "Suspicion"]


@dataclass(frozen=True, slots=True)
class Repair:
    """One change the cleaner made.

    ``start`` and ``end`` are the source span (offsets into the text given to
    :func:`baozhi.repair`); ``before`` is the text that was there when this
    repair ran and ``after`` what replaced it.
    """

    kind: str
    start: int
    end: int
    before: str
    after: str

    def to_dict(self) -> dict[str, object]:
        """The repair as plain JSON types."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True, slots=True)
class Suspicion:
    """A warning: text that looks like OCR noise, reported for review and left as it is.

    ``kind`` names what was found (``asterisk``, ``stray_latin``,
    ``unpaired_quote``, …), ``reason`` says it in words; ``start`` and ``end``
    are the source span, as for :class:`Repair`, and ``text`` is what stands
    there in the clean text (``*``, ``“研究研究再说。同时，…“``).
    """

    kind: str
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        """The warning as plain JSON types."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, title line, caption or banner of the clean text.

    ``start`` and ``end`` are the smallest source span its characters came from.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The clean text with its blocks, its repair log, its warnings and its offset map.

    ``warnings`` are in source order; they describe the clean text and never change it.
    """

    text: str
    blocks: tuple[Block, ...]
    repairs: tuple[Repair, ...]
    warnings: tuple[Suspicion, ...]
    offsets: OffsetMap = field(repr=False, compare=False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span that clean-text range [start, end) came from."""
        return self.offsets.source_span(start, end)

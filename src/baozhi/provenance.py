"""Edits and the offset map that ties every output character to the source.

Every repair in baozhi returns a list of :class:`Edit` objects (a span of its
input and what replaces it) instead of a new string.  The pipeline applies the
edits and composes them into an :class:`OffsetMap`, which answers "which source
characters did this output come from?".  That one mechanism gives the repair
log, the provenance of every block and article field, and the guarantee that
no character disappears without a log entry.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Edit", "OffsetMap", "apply_edits", "check_edits", "narrowed_edit", "preview"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    ``origin`` marks a move: the replacement is a copy of ``text[origin[0]:origin[1]]``
    (which another edit deletes), so its characters keep their provenance.
    """

    start: int
    end: int
    replacement: str
    kind: str
    origin: tuple[int, int] | None = None


def check_edits(edits: Sequence[Edit], length: int) -> list[Edit]:
    """Return the edits sorted, after checking that they do not overlap.

    Two insertions at one offset are allowed and keep their given order.
    """
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    previous_end = 0
    for edit in ordered:
        if not 0 <= edit.start <= edit.end <= length:
            raise ValueError(f"edit {edit!r} lies outside a text of length {length}")
        if edit.start < previous_end:
            raise ValueError(f"edit {edit!r} overlaps an earlier edit")
        previous_end = edit.end
    return ordered


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits to ``text``.

    >>> apply_edits("ab  c", [Edit(2, 4, " ", "space")])
    'ab c'
    """
    pieces: list[str] = []
    cursor = 0
    for edit in check_edits(edits, len(text)):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def narrowed_edit(old: str, new: str, offset: int, kind: str) -> Edit | None:
    """An edit turning ``old`` (found at ``offset``) into ``new``, trimmed to the part that differs.

    Repairs that rewrite a whole line with a library call use it, so that the
    log and the provenance point at the characters that really changed.

    >>> narrowed_edit("科技创新", "科学创新", 10, "demo")
    Edit(start=11, end=12, replacement='学', kind='demo', origin=None)
    """
    if old == new:
        return None
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return Edit(offset + head, offset + len(old) - tail, new[head : len(new) - tail], kind)


def preview(repair: Callable[[str], list[Edit]], text: str) -> str:
    """Run one repair on ``text`` and return the repaired string (for doctests)."""
    return apply_edits(text, repair(text))


# A segment maps the current-text range [out_start, out_end) to the source range
# [src_start, src_end).  An exact segment maps character for character; an
# inexact one (a replacement) maps its whole range to its whole source range.
_Segment = tuple[int, int, int, int, bool]


class OffsetMap:
    """A map from offsets in a repaired text back to offsets in the source.

    >>> m = OffsetMap.identity(6).after([Edit(2, 4, "", "drop")])
    >>> m.source_span(0, 4)
    (0, 6)
    >>> m.source_span(2, 3)
    (4, 5)
    """

    __slots__ = ("_segments", "_starts", "length")

    def __init__(self, segments: list[_Segment], length: int) -> None:
        self._segments = segments
        self._starts = [segment[0] for segment in segments]
        self.length = length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that has not been changed yet."""
        return cls([(0, length, 0, length, True)] if length else [], length)

    def __repr__(self) -> str:
        return f"OffsetMap({self._segments!r}, length={self.length})"

    def _pieces(self, start: int, end: int) -> Iterable[_Segment]:
        """The segments covering [start, end), clipped to it, in current offsets."""
        if start >= end:
            return
        index = max(bisect_right(self._starts, start) - 1, 0)
        for out_start, out_end, src_start, src_end, exact in self._segments[index:]:
            if out_start >= end:
                break
            lo, hi = max(out_start, start), min(out_end, end)
            if lo >= hi:
                continue
            if exact:
                yield (lo, hi, src_start + lo - out_start, src_start + hi - out_start, True)
            else:
                yield (lo, hi, src_start, src_end, False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The smallest source span that the current range [start, end) came from.

        An empty range maps to the source position just before it.
        """
        pieces = list(self._pieces(start, end))
        if not pieces:
            return (self.source_offset(start),) * 2
        return (min(p[2] for p in pieces), max(p[3] for p in pieces))

    def source_offset(self, offset: int) -> int:
        """The source offset of the gap before current offset ``offset``."""
        if not self._segments:
            return 0
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return self._segments[0][2]
        out_start, out_end, src_start, src_end, exact = self._segments[index]
        if offset >= out_end:
            return src_end
        if exact:
            return src_start + offset - out_start
        return src_start if offset == out_start else src_end

    def exact_source_offsets(self) -> Iterable[tuple[int, int]]:
        """Source ranges that reach the output character for character."""
        for _, _, src_start, src_end, exact in self._segments:
            if exact and src_end > src_start:
                yield (src_start, src_end)

    def after(self, edits: Sequence[Edit]) -> OffsetMap:
        """The map of the text produced by applying ``edits`` to the current text."""
        segments: list[_Segment] = []
        out = 0

        def keep(start: int, end: int) -> None:
            nonlocal out
            for lo, hi, src_start, src_end, exact in self._pieces(start, end):
                width = hi - lo
                segments.append((out, out + width, src_start, src_end, exact))
                out += width

        cursor = 0
        for edit in check_edits(edits, self.length):
            keep(cursor, edit.start)
            if edit.origin is not None:
                moved_from = out
                keep(*edit.origin)
                if out - moved_from != len(edit.replacement):
                    raise ValueError(f"moved text of {edit!r} does not match its origin")
            elif edit.replacement:
                src_start, src_end = self.source_span(edit.start, edit.end)
                width = len(edit.replacement)
                segments.append((out, out + width, src_start, src_end, False))
                out += width
            cursor = edit.end
        keep(cursor, self.length)
        return OffsetMap(segments, out)

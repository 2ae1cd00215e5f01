"""Fake-bold doubling: a headline or caption drawn twice comes out twice.

Newspapers fake a bold face by printing the same glyphs twice with a small
offset.  Text extractors then read both copies, chunk by chunk, in one of two
shapes:

* on one line (pdfminer): ``科创引科创引领蓄势赋能领蓄势赋能``;
* with the second copy of each chunk starting the next line (pdftotext,
  PyMuPDF): ``新材料`` / ``新材料产业集群加`` / ``产业集群加速崛起`` / ``速崛起``.

Either way the text becomes a chain of *squares*, each chunk ``X`` written as
``XX``.  Chinese repeats words for real too (``一家一家``, ``人人防控``,
``研究研究``, ``综合部部长``), so one square proves nothing: a chain is undone
only when it carries enough evidence — enough doubled letters, with doubled
paired punctuation (``““``, ``（（``) as strong evidence, since Chinese never
prints that on purpose.  The decision is taken for a maximal chain, never for
one pair of characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from baozhi.chars import PAIRED_PUNCT, is_han
from baozhi.provenance import Edit

__all__ = ["undo_fake_bold"]

# Runs of whitespace.  Those holding a line break are transparent to the
# detector (the pdftotext shape puts a break between the two copies); those
# inside a line break a chain (spaces are never doubled, and a headline's
# phrase separators must not glue its real repetitions into one chain).
_WHITESPACE = re.compile(r"\s+")
_BREAKS = frozenset("\n\f")

# A chain needs one chunk with this much evidence (three letters) to be fake bold,
# or this many doubled chunks with letters in them.
_PROVING_EVIDENCE = 3.0
_PROVING_SQUARES = 3

# Marks printed doubled on purpose: a dash is ——, an ellipsis ……  Squares made
# only of them are never undone and never join a chain.
_PRINTED_DOUBLE = frozenset("—…")


@dataclass(frozen=True, slots=True)
class _Square:
    start: int
    half: int
    evidence: float
    periodic: bool = False
    paired_punct: bool = False


def _evidence(chunk: str) -> float:
    """How strongly one doubled chunk says "fake bold".

    Letters count one each; a chunk of one letter (``常常``, ``GG``) only half,
    since AABB reduplication is common (``高高兴兴``); digits count nothing on
    their own (``1100``, ``2000``), but one each beside a letter: a number and
    its unit or a date said twice (``10月10日10月10日``) is no real text; a
    bracket or quote doubled on its own (``““``) counts two, inside a longer
    chunk one, like a letter.
    """
    if len(chunk) > 1 and _is_periodic(chunk) and not _real_reduplication(chunk):
        return 0.0
    if len(chunk) == 1 and chunk in PAIRED_PUNCT:
        return 2.0
    score = 0.0
    for char in chunk:
        if char in PAIRED_PUNCT or is_han(char) or char.isalpha():
            score += 1
    if len(chunk) == 1 and score == 1:
        return 0.5
    if score:
        score += sum(1 for char in chunk if char.isdigit())
    return score


def _real_reduplication(chunk: str) -> bool:
    """A chunk that is a word of two or more characters said twice (``一家一家``).

    Its doubling, ``一家一家一家一家``, is fake bold of a real reduplication;
    a single character repeated (``哈哈``, ``AA``) or a longer run proves nothing.
    """
    half = len(chunk) // 2
    return (
        len(chunk) % 2 == 0
        and half >= 2
        and chunk[:half] == chunk[half:]
        and not _is_periodic(chunk[:half])
    )


def _is_periodic(chunk: str) -> bool:
    """True when ``chunk`` is itself some shorter string repeated (``科技科技``)."""
    return _period(chunk) < len(chunk)


def _period(chunk: str) -> int:
    """The length of the shortest string that ``chunk`` repeats (``科技科技``: 2).

    >>> _period("科技科技"), _period("科技")
    (2, 2)
    """
    return (chunk + chunk).find(chunk, 1)


class _Compact:
    """The text with line breaks (and the whitespace around them) taken out.

    Keeps just enough to map compact offsets back: the compact start and the
    text start of every kept piece.
    """

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        self.compact_starts: list[int] = []
        self.text_starts: list[int] = []
        self.breaks: set[int] = set()
        self.ordered_breaks: list[int] = []
        self.blank_breaks: set[int] = set()  # the breaks that hold a blank line
        cursor = 0
        length = 0
        for match in _WHITESPACE.finditer(text):
            if _BREAKS.isdisjoint(match.group()):
                continue
            self._keep(text, cursor, match.start(), pieces, length)
            length += match.start() - cursor
            self.breaks.add(length)
            self.ordered_breaks.append(length)
            if sum(char in _BREAKS for char in match.group()) > 1:
                self.blank_breaks.add(length)
            cursor = match.end()
        self._keep(text, cursor, len(text), pieces, length)
        self.text = "".join(pieces)

    def _keep(self, text: str, start: int, end: int, pieces: list[str], length: int) -> None:
        if start < end:
            pieces.append(text[start:end])
            self.compact_starts.append(length)
            self.text_starts.append(start)

    def to_text(self, offset: int) -> int:
        """The text offset of the compact character at ``offset``."""
        index = bisect_right(self.compact_starts, offset) - 1
        return self.text_starts[index] + offset - self.compact_starts[index]


def _squares(compact: _Compact, max_chunk: int) -> Iterator[_Square]:
    """Squares ``XX`` left to right, the longest ``X`` first at each position.

    A line break may fall between the two copies (pdftotext starts a line with
    the second copy), never inside one: ``发展`` / ``一家一家发展一家一家`` is
    two lines of real text.  Three or more copies in a row (``哈哈哈``,
    ``abab…``) are a periodic run, not a doubling: they are skipped whole, with
    no evidence, so that cleaning twice changes nothing more.  Copies are
    counted in the run's shortest repeating unit: ``一家一家一家一家`` is two
    copies of ``一家一家`` (fake bold of a real reduplication), but seven
    copies of ``B〸`` are no square of three copies with one left over.
    """
    pattern = re.compile(rf"(\S{{1,{max_chunk}}})\1")
    text = compact.text
    position = 0
    while True:
        match = _next_square(pattern, compact, position, max_chunk)
        if match is None:
            return
        chunk = match.group(1)
        half = len(chunk)
        end = match.end()
        if _PRINTED_DOUBLE.issuperset(chunk):
            yield _Square(match.start(), half, 0.0, periodic=True)
            position = end
            continue
        unit = chunk[: _period(chunk)]
        if text.startswith(unit, end):
            while text.startswith(unit, end):
                end += len(unit)
            yield _Square(match.start(), (end - match.start()) // 2, 0.0, periodic=True)
            position = end
            continue
        evidence = _evidence(chunk)
        weak = evidence < 1
        if weak and _stronger_overlap(pattern, compact, match.start(), end, evidence, max_chunk):
            # ``展展`` across ``发展`` / ``展会一展会一…`` hides the real square after it.
            position = match.start() + 1
            continue
        paired = len(chunk) == 1 and chunk in PAIRED_PUNCT
        yield _Square(match.start(), half, evidence, paired_punct=paired)
        position = end


def _next_square(
    pattern: re.Pattern[str], compact: _Compact, position: int, max_chunk: int
) -> re.Match[str] | None:
    """The first square at or after ``position`` with no line break inside a copy,
    the longest at its start."""
    while (match := pattern.search(compact.text, position)) is not None:
        if not _break_inside_a_copy(compact, match):
            return match
        fitted = _fitted_to_its_line(compact, match.start(), max_chunk)
        if fitted is not None:
            return fitted
        position = match.start() + 1
    return None


def _fitted_to_its_line(compact: _Compact, start: int, max_chunk: int) -> re.Match[str] | None:
    """The longest square at ``start`` with no line break inside a copy, where the
    longest of all has one.

    ``一家一家发展化工工`` / ``发展农民工工发展农民…`` ends its line with the
    square ``工工``, though ``工工发展农民`` twice over, the longest at that
    place, crosses the break inside its first copy.  Only two lengths can
    fit: a first copy that runs up to the next break, with the second after
    it (pdftotext's shape), or two copies that both end before it.
    """
    next_break = compact.ordered_breaks[bisect_right(compact.ordered_breaks, start)]
    to_break = next_break - start
    if to_break <= max_chunk:
        up_to_it = re.compile(rf"(\S{{{to_break}}})\1").match(compact.text, start)
        if up_to_it is not None and not _break_inside_a_copy(compact, up_to_it):
            return up_to_it
    if to_break < 2:
        return None
    return re.compile(rf"(\S{{1,{min(to_break // 2, max_chunk)}}})\1").match(compact.text, start)


def _break_inside_a_copy(compact: _Compact, match: re.Match[str]) -> bool:
    """Whether a line break falls inside one of the two copies of a square match.

    Only the break between the copies is pdftotext's shape; a square that
    straddles other breaks is an accident of the lines around it.
    """
    if not compact.breaks:
        return False
    start, end = match.span()
    middle = start + len(match.group(1))
    return any(b in compact.breaks for b in range(start + 1, end) if b != middle)


def _stronger_overlap(
    pattern: re.Pattern[str],
    compact: _Compact,
    start: int,
    end: int,
    evidence: float,
    max_chunk: int,
) -> bool:
    """Whether a square with real evidence (a letter) starts inside the weak square [start, end).

    Only a square :func:`_squares` would take counts: ``家家`` ending a doubled
    line (``一家一家`` / ``家``) is not hidden by a ``家创新一家一`` twice over
    that the lines after it happen to spell.
    """
    following = _next_square(pattern, compact, start + 1, max_chunk)
    return (
        following is not None
        and following.start() < end
        and _evidence(following.group(1)) >= max(1.0, evidence + 0.5)
    )


def _chains(squares: Iterator[_Square], compact: _Compact) -> Iterator[list[_Square]]:
    """Maximal runs of squares that follow each other in the compact text."""
    chain: list[_Square] = []
    for square in squares:
        if chain and not _linked(chain[-1], square, compact):
            yield chain
            chain = []
        chain.append(square)
    if chain:
        yield chain


def _linked(previous: _Square, square: _Square, compact: _Compact) -> bool:
    """Whether ``square`` continues the chain that ``previous`` ends.

    Touching squares on one line always do.  Across a line break, both must
    carry evidence of their own: a number ending one line (``突破 500``) must
    not join a doubled caption starting the next; and a short square on
    either side must fill its line up to a space (a wrapped caption's last
    words, ``电器电器 本报记者…``), or a real ``一家一家`` next to the break
    would join a doubled headline across it.  Across one space (pdfminer
    spaces out Latin: ``技有限公司 5G5G 智能工智能工``), both must carry
    evidence and one must be a chunk of three or more characters, so that two
    real reduplications (``红红火火 热热闹闹``) never add up.
    """
    if previous.periodic or square.periodic:
        return False
    gap_start = _end(previous)
    if gap_start == square.start:
        if square.start not in compact.breaks:
            return True
        return (
            bool(previous.evidence and square.evidence)
            and (square.evidence >= _PROVING_EVIDENCE or _ends_at_separator(square, compact))
            and (previous.evidence >= _PROVING_EVIDENCE or _starts_at_separator(previous, compact))
        )
    return (
        gap_start + 1 == square.start
        and compact.text[gap_start] == " "
        and bool(previous.evidence and square.evidence)
        and max(previous.half, square.half) >= 3
    )


def _ends_at_separator(square: _Square, compact: _Compact) -> bool:
    """Whether ``square`` runs to a space or a line end (``电器电器 本报记者 王尧 摄``)."""
    end = _end(square)
    return end == len(compact.text) or end in compact.breaks or compact.text[end] == " "


def _starts_at_separator(square: _Square, compact: _Compact) -> bool:
    """Whether ``square`` starts its line or follows a space."""
    start = square.start
    return start == 0 or start in compact.breaks or compact.text[start - 1] == " "


def _accepted(chain: list[_Square], min_evidence: float) -> bool:
    """Whether a chain is fake bold: enough evidence, and one chunk that proves it.

    A proving chunk has three letters or more, or doubled paired punctuation;
    three doubled chunks with letters prove it too.  Two real reduplications
    side by side (``发展发展一家一家``) add up to enough evidence, but neither
    proves anything.
    """
    if chain[0].periodic:
        return False
    proven = any(square.evidence >= _PROVING_EVIDENCE or square.paired_punct for square in chain)
    # Three doubled chunks in a row prove it too (``1月11月1`` / ``0日干0日干`` / ``部部``):
    # real reduplications do not come three at a time.
    proven = proven or sum(1 for square in chain if square.evidence > 0) >= _PROVING_SQUARES
    return proven and sum(square.evidence for square in chain) >= min_evidence


def _opens_its_box(chain: list[_Square], compact: _Compact) -> bool:
    """Whether a chain doubled across a blank line starts its line (or follows a space).

    Where a blank line falls between two copies, the extractor read them as two
    boxes, and the first copy is a box of its own (pdfminer: ``新材料`` / (blank)
    / ``新材料产业集群加``).  A paragraph ending ``…“发展。”发展，发展。`` over the
    next one opening ``发展，发展。“发展。”`` says ``发展，发展。`` twice for real.
    """
    if any(square.start + square.half in compact.blank_breaks for square in chain):
        return _starts_at_separator(chain[0], compact)
    return True


def _end(square: _Square) -> int:
    return square.start + 2 * square.half


def undo_fake_bold(text: str, *, max_chunk: int = 32, min_evidence: float = 3) -> list[Edit]:
    """Delete the second copy of every chunk in a fake-bold chain.

    A chain is undone when its evidence reaches ``min_evidence`` and one of its
    chunks proves it (three letters, or a doubled bracket or quote); the
    evidence of a chain is the sum over its squares (see ``_evidence``).  Line breaks that
    fall between two copies go with the second copy; those between two chunks
    stay, for the wrap joiner.  Real repetition stays: a lone ``一家一家`` or
    ``研究研究`` carries evidence 2, ``常常`` 0.5, a number nothing.  Work is
    linear in the text length (at most ``max_chunk`` tries per position).

    >>> from baozhi.provenance import preview
    >>> line = "科创引科创引领蓄势赋能领蓄势赋能 示范示范““新新””区奋力跃升区奋力跃升"
    >>> preview(undo_fake_bold, line)
    '科创引领蓄势赋能 示范“新”区奋力跃升'
    >>> preview(undo_fake_bold, "新材料\\n新材料产业集群加\\n产业集群加速崛起\\n速崛起")
    '新材料产业集群加速崛起'
    >>> preview(undo_fake_bold, "企业一家一家跑，问题一个一个解决，人人防控")
    '企业一家一家跑，问题一个一个解决，人人防控'
    """
    compact = _Compact(text)
    edits: list[Edit] = []
    for chain in _chains(_squares(compact, max_chunk), compact):
        if not (_accepted(chain, min_evidence) and _opens_its_box(chain, compact)):
            continue
        for square in chain:
            first_end = compact.to_text(square.start + square.half - 1) + 1
            second_end = compact.to_text(square.start + 2 * square.half - 1) + 1
            edits.append(Edit(first_end, second_end, "", "fake_bold"))
    return edits

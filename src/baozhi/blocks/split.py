"""Split paragraphs: a paragraph interrupted by a column break or an inserted block.

Extraction reads a page in its own order.  A paragraph that runs on into the
next column, or past a photo caption or a headline printed inside it, comes
out in two parts with other blocks between them — sometimes the second part
even comes first:

    …对重点企业一家一        ← the paragraph stops mid-sentence
    技术人员在…调试设备 本报记者 周海涛 摄
    家走访、问题一个一个解决，…

The rejoiner finds blocks of running text that stop mid-sentence (the *head*)
and the block that carries on (the *tail*), and moves the tail to the end of
the head.  A tail is found by its own evidence — it opens with a mark no line
can open with (``”`` or ``。``), with one or two characters and a sentence mark
(``道。“今天…``), with a closing quote it never opened, or with a unit after a
head ending in a number (``…突破500`` / ``亿元。”…``) — or, failing that, as
the first block of running text after the head when only headlines and
captions lie between them.  A head cut off by the next article's dateline
goes on after that article's own cut-off part, with the rest of its column:
two stacked articles read down the page's columns (pdftotext).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass

from baozhi.blocks.shapes import (
    BLOCK_START,
    CREDIT,
    SENTENCE_PUNCT,
    cannot_open_paragraph,
    closes_unopened,
    credit_line,
    ends_sentence,
    has_phrase_space,
    joiner,
    open_brackets,
)
from baozhi.lines.ocr import lone_box
from baozhi.provenance import Edit

__all__ = ["rejoin_split_paragraphs"]

_BLOCK = re.compile(r"[^\n]+")
# Units and measure words that follow a number: a head ending in a digit and a
# block starting with one of these were one phrase (``500`` / ``亿元``).
_UNITS = frozenset("万亿元个家名人次年月日号%‰吨亩米件项位台辆户所处条")
# A date cut after its day's number: ``…1月1`` / ``日…``.
_DAY_CUT = re.compile(r"\d月\d{1,2}$")
# A bracketed byline closing an article: ``（本报记者 陈思远 通讯员 马文博）``.
_CLOSING_BYLINE = re.compile(r"^[（(]本报[^）)]{1,40}[）)]$")
# A head must be this long to count as running text that was cut off.
_MIN_HEAD_CHARS = 10
# Ends of complete items, not of cut-off sentences: a list item (``…的县区；``),
# a lead-in (``…的实力——``, ``…郭宝军说：``), a closing bracket.
_ITEM_END = frozenset("；：—）)")


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    text: str


def _blocks(text: str) -> list[_Block]:
    return [_Block(m.start(), m.end(), m.group()) for m in _BLOCK.finditer(text)]


def _running_text(block: _Block) -> bool:
    """Body text: sentence punctuation, no headline phrase separator, not a caption."""
    text = block.text
    return (
        bool(SENTENCE_PUNCT.intersection(text))
        and not has_phrase_space(text)
        and not credit_line(text)
        and not BLOCK_START.match(text)
    )


def _cut_off(block: _Block) -> bool:
    """A block of running text that stops in the middle of a sentence."""
    text = block.text
    return (
        len(text) >= _MIN_HEAD_CHARS
        and _running_text(block)
        and not ends_sentence(text)
        and not CREDIT.search(text)
        and text[-1] not in _ITEM_END
    )


def _must_be_tail(block: _Block) -> bool:
    """A block that cannot open a paragraph, so it continues one (``道。“今天…``)."""
    return cannot_open_paragraph(block.text)


def _unit_tail(head: _Block, block: _Block) -> bool:
    """A head ending in a number and a block opening with its unit (``500`` / ``亿元``).

    A head ending in a date's day (``…1月1``) goes on with ``日`` or ``号`` only:
    ``家，发展…`` after it is another paragraph's tail.
    """
    if not head.text[-1].isdigit():
        return False
    if _DAY_CUT.search(head.text):
        return block.text[0] in "日号"
    return block.text[0] in _UNITS


def _leaves_open(head: str) -> bool:
    """Whether ``head`` leaves a bracket or quote open (``…其中工人《玉``)."""
    return open_brackets(head) > 0 or head.count("“") > head.count("”")


def _closes_bracket(head: str, tail: str) -> bool:
    """A head leaving a bracket or quote open and a tail closing one it never opened
    (``…其中工人《玉`` / ``米电商运营》…``)."""
    return _leaves_open(head) and closes_unopened(tail)


def _unit_nearer(blocks: list[_Block], head: int, text: str, tail: int) -> bool:
    """Whether the running block right after ``head`` (past what was printed into
    it) opens with the unit that ``text``, the head, wants, and is nearer than ``tail``.

    ``…创新发展1月1`` / a caption / ``日发展。“发展。”`` goes on there, though
    ``日前。…``, further down, opens with ``日`` too and is the evident tail of
    another paragraph.
    """
    following = _next_running_block(blocks, head, set())
    return (
        following is not None
        and following != tail
        and abs(following - head) < abs(tail - head)
        and _unit_tail(_Block(0, 0, text), blocks[following])
    )


def _pair_evident_tails(blocks: list[_Block], heads: list[int]) -> dict[int, list[int]]:
    """Give each block that must be a tail to a cut-off head, in source order.

    A tail closing a bracket or quote it never opened goes to a head that left
    one open, before a tail opening with a unit goes to a head ending in a
    number (``…《玉`` / ``米…》`` rather than ``…延伸8`` / ``米``), unless that
    head comes after the tail and the tail carries on the head right before it;
    otherwise to the nearest head before it, or after it when there is none
    before (the second part of a paragraph can be extracted first).  A head whose text still
    stops mid-sentence with its tail joined takes the next tail too: a paragraph
    broken over three columns comes out in three parts.
    """
    pairs: dict[int, list[int]] = {}
    ends = {head: blocks[head].text for head in heads}  # each head's text with its tails
    tails = [i for i, block in enumerate(blocks) if i not in ends and _must_be_tail(block)]
    # Tails that close what they never opened, still to be given to a head.
    closers = deque(i for i in tails if closes_unopened(blocks[i].text))
    for tail in tails:
        free = sorted(ends)
        if not free:
            break
        while closers and closers[0] <= tail:
            closers.popleft()
        by_bracket = [h for h in free if _closes_bracket(ends[h], blocks[tail].text)]
        # A head left open waits for a closing tail that is still to come: a
        # closed quote is better evidence than a unit (``“其中高质量2010`` takes
        # ``年发展。”…``, not the ``位，…`` before it).
        by_unit = [
            h
            for h in free
            if _unit_tail(_Block(0, 0, ends[h]), blocks[tail])
            and not (closers and _leaves_open(ends[h]))
            and not _unit_nearer(blocks, h, ends[h], tail)
        ]
        before = [h for h in free if h < tail]
        after = [h for h in free if h > tail]
        # A tail right after a head, past only what was printed into it, carries
        # that head on: a number further down that its unit could follow is no
        # evidence against where it stands (``…一家一`` / a headline / ``家，…``,
        # then ``…PM2.5``).
        if before and _next_running_block(blocks, before[-1], set()) == tail:
            by_unit = [h for h in by_unit if h < tail]
        if by_bracket:
            earlier = [h for h in by_bracket if h < tail]
            head = earlier[-1] if earlier else by_bracket[0]
        elif by_unit:
            head = min(by_unit, key=lambda h: abs(tail - h))
        else:
            head = (before[-1:] or after[:1])[0]
        pairs.setdefault(head, []).append(tail)
        text = ends.pop(head)
        joined = text + joiner(text[-1], blocks[tail].text[0]) + blocks[tail].text
        if _cut_off(_Block(0, 0, joined)):
            ends[head] = joined
    return pairs


def _next_running_block(blocks: list[_Block], head: int, taken: set[int]) -> int | None:
    """The first block of running text after ``head``, if only headlines and
    captions stand between (a paragraph interrupted by what was printed in it)."""
    for other in range(head + 1, len(blocks)):
        candidate = blocks[other]
        if _running_text(candidate):
            if other in taken or BLOCK_START.match(candidate.text):
                return None
            return other
        # A glyph OCR could not read is no headline or caption printed into the
        # paragraph but what is left of a line's end (``1口`` for ``识。``).
        if lone_box(candidate.text):
            return None
        if not (len(candidate.text) <= 40 or CREDIT.search(candidate.text)):
            return None
    return None


def _cut_by_dateline(blocks: list[_Block], head: int) -> bool:
    """Whether the next article's dateline (``本报讯…``) follows ``head`` right away."""
    return head + 1 < len(blocks) and blocks[head + 1].text.startswith("本报讯")


def _after_interrupting_column(
    blocks: list[_Block], head: int, heads: list[int], taken: set[int]
) -> int | None:
    """The block that carries on ``head``, a paragraph cut off by the next
    article's dateline: the one after where that article's column breaks off.

    pdftotext reads the columns of two stacked articles down the page: the
    upper article's first column, then the lower one's, then the upper one's
    second column.  So the upper paragraph goes on right after the next
    cut-off block of running text (``今年以来，市民服务中心推行`` / ``本报讯…`` /
    ``…今年35岁`` / ``“前台综合受理…``)."""
    later = bisect_right(heads, head)  # heads are in page order
    if later == len(heads) or heads[later] + 1 >= len(blocks):
        return None
    candidate = heads[later] + 1
    block = blocks[candidate]
    if candidate in taken or not _running_text(block) or _must_be_tail(block):
        return None
    return candidate


def rejoin_split_paragraphs(text: str) -> list[Edit]:
    """Move the second part of each split paragraph to the end of its first part.

    Runs on blocks (one per line, separated by blank lines).  Each move is two
    edits of kind ``split_paragraph``: the tail is deleted where it was and
    inserted after the head, keeping its provenance.

    >>> from baozhi.provenance import preview
    >>> page = (
    ...     "关键看服务。高新区推行“首席服务员”制度，对重点企业一家一\\n\\n"
    ...     "调试设备 本报记者 周海涛 摄\\n\\n家走访、问题一个一个解决。\\n"
    ... )
    >>> print(preview(rejoin_split_paragraphs, page))
    关键看服务。高新区推行“首席服务员”制度，对重点企业一家一家走访、问题一个一个解决。
    <BLANKLINE>
    调试设备 本报记者 周海涛 摄
    <BLANKLINE>
    """
    blocks = _blocks(text)
    # A part that cannot open a paragraph is a tail even when it stops mid-sentence
    # itself: it is the middle of a paragraph broken into three.
    heads = [i for i, block in enumerate(blocks) if _cut_off(block) and not _must_be_tail(block)]
    # A sentence cut off by the next article's dateline goes on where that
    # article's column breaks off: the layout says so before any tail's shape
    # (``…12月15`` takes ``日核心…``, not ``家！…``, which ends ``…县城专``).
    columns: dict[int, list[int]] = {}  # heads whose tail brings the rest of its column along
    for head_index in heads:
        if _cut_by_dateline(blocks, head_index):
            taken_by_columns = {tail for tails in columns.values() for tail in tails}
            found = _after_interrupting_column(
                blocks, head_index, heads, taken_by_columns | set(columns)
            )
            if found is not None:
                columns[head_index] = [found]
    taken = {tail for tails in columns.values() for tail in tails}
    pairs = _pair_evident_tails(blocks, [h for h in heads if h not in columns])
    pairs.update(columns)
    taken |= {tail for tails in pairs.values() for tail in tails}
    for head_index in heads:
        # Without a tail that proves itself, only a head with two or more sentence
        # marks counts: a one-comma photo caption also looks like cut-off text.
        marks = sum(blocks[head_index].text.count(mark) for mark in SENTENCE_PUNCT)
        if head_index in pairs or head_index in taken:
            continue
        found = None
        if marks >= 2 and not _cut_by_dateline(blocks, head_index):
            found = _next_running_block(blocks, head_index, taken | set(pairs))
        if found is not None:
            pairs[head_index] = [found]
            taken.add(found)
    moves = {
        head: [
            (
                tail,
                _column_end(blocks, tail, pairs, taken)
                if head in columns
                else _with_closing_byline(blocks, tail, pairs, taken),
            )
            for tail in tails
        ]
        for head, tails in pairs.items()
    }
    moved = {i for units in moves.values() for tail, last in units for i in range(tail, last + 1)}
    edits: list[Edit] = []
    for head_index, units in sorted(moves.items()):
        head = blocks[head_index]
        end_char = head.text[-1]
        for tail_index, last in units:
            tail = blocks[tail_index]
            span = (tail.start, blocks[last].end)
            # Delete the tail with the separator before it; blocks that open the
            # page and all move away take the separator after them instead.
            if all(i in moved for i in range(tail_index)) and last + 1 < len(blocks):
                cut = (tail.start, blocks[last + 1].start)
            else:
                cut = (blocks[tail_index - 1].end if tail_index else tail.start, span[1])
            edits.append(Edit(*cut, "", "split_paragraph"))
            glue = joiner(end_char, tail.text[0])
            if glue:
                edits.append(Edit(head.end, head.end, glue, "split_paragraph"))
            edits.append(Edit(head.end, head.end, text[span[0] : span[1]], "split_paragraph", span))
            end_char = blocks[last].text[-1]
    return edits


def _column_end(
    blocks: list[_Block], tail: int, heads: dict[int, list[int]], tails: set[int]
) -> int:
    """The last block of the column that ``tail`` opens: the paragraphs after it
    belong to the same article, up to a headline or a part of another paragraph.

    The upper article's second column (``“前台综合受理…`` / ``针对群众反映…`` /
    ``截至目前…``) moves back to that article as a whole.
    """
    last = tail
    for following in range(tail + 1, len(blocks)):
        block = blocks[following]
        if following in heads or following in tails or not _running_text(block):
            break
        if BLOCK_START.match(block.text) or _cut_off(block):
            break
        last = following
    return last


def _with_closing_byline(
    blocks: list[_Block], tail: int, heads: dict[int, list[int]], tails: set[int]
) -> int:
    """The last block that moves with ``tail``: the byline closing the article
    travels with the paragraph's end (``…发展。`` / ``（本报记者 陈思远）``)."""
    following = tail + 1
    if (
        following < len(blocks)
        and following not in heads
        and following not in tails
        and _CLOSING_BYLINE.match(blocks[following].text)
    ):
        return following
    return tail

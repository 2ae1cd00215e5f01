"""Printed lines that an extractor cut at a quote mark, put back together.

``pdftotext -raw`` sets a quote mark, and sometimes the text after it, on a
line of its own: the printed line ``道。“以前一条线要配12名工人，现`` comes
out as ``道。`` / ``“以前…``, and ``说”。同时，中心开通…`` as ``说”`` /
``。同时，中心开通…``.  The pieces are too short to measure a column by, and
a sentence end in the middle of a printed line passes for a paragraph's end.
Joining them first gives the wrap joiner the lines as printed.

The page has to show that its extractor does this: some line opens with a
closing quote (``”公司生``), which typeset Chinese never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from baozhi.blocks.shapes import NEVER_STARTS_LINE, ends_sentence
from baozhi.chars import display_width
from baozhi.provenance import Edit

__all__ = ["rejoin_quote_pieces"]

_LINE = re.compile(r"[^\n]+")
# A piece that opens a quote at the end of a printed line: ``“以``, ``“我先到``
# (five Han characters at most; a printed line's rest is longer).
_MAX_PIECE_WIDTH = 10
# A printed line is full, or short by a paragraph's two-character indent and
# the few cells a number or Latin word that did not fit leaves free.
_MAX_SHORTFALL = 8


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    width: int


def _lines(text: str) -> list[_Line]:
    """The lines of ``text``, without their surrounding spaces."""
    lines = []
    for match in _LINE.finditer(text):
        content = match.group().strip()
        if content and "\f" not in match.group():
            start = match.start() + match.group().index(content)
            lines.append(_Line(start, start + len(content), content, display_width(content)))
    return lines


def _adjacent(text: str, line: _Line, following: _Line) -> bool:
    """Only a line break between the two: no blank line, no page break."""
    return text[line.end : following.start].count("\n") == 1


def _cuts_at_quotes(text: str, lines: list[_Line]) -> bool:
    """Whether a line opens with a closing quote right after another line: the tell-tale."""
    return any(
        following.text[0] in "”’" and _adjacent(text, line, following)
        for line, following in pairwise(lines)
    )


def _column_width(lines: list[_Line], index: int, reach: int = 5) -> int:
    """The second widest line around ``index``: a full line of the column (pieces are short)."""
    widths = sorted(line.width for line in lines[max(index - reach, 0) : index + reach + 1])
    return widths[-2] if len(widths) > 1 else widths[-1]


def _opening_piece(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index + 1]`` is the quoted start of a sentence cut off ``lines[index]``.

    ``招聘会现场人头攒动。`` / ``“我先到``: the line ends a sentence, the piece
    is short, opens a quote and ends nowhere, and the two fill a printed line
    (a full one, or a paragraph's first one, short by its indent).
    """
    line, piece = lines[index], lines[index + 1]
    width = _column_width(lines, index)
    return (
        ends_sentence(line.text)
        and piece.width <= _MAX_PIECE_WIDTH
        and piece.text[0] in "“‘"
        and not any(mark in piece.text for mark in "”’")
        and not ends_sentence(piece.text)
        and width - _MAX_SHORTFALL <= line.width + piece.width <= width + 2
    )


def rejoin_quote_pieces(text: str) -> list[Edit]:
    """Join the pieces of a printed line that the extractor cut at a quote mark.

    Only on a page where some line opens with a closing quote.  There a line
    opening with a mark no line opens with (``”公司生``, ``。同时``) goes back
    to the line before, and so does a short piece opening a quote after a
    sentence end (``“我先到``) when the two fit on one printed line.  A real
    paragraph that opens with a quote is a full line (less its indent), and
    stays.

    >>> from baozhi.provenance import preview
    >>> page = (
    ...     "聘会，86 家用人单位现场提供 1100\\n余个就业岗位，涵盖装备制造、电子\\n"
    ...     "商务、家政服务、餐饮住宿等行业。\\n招聘会现场人头攒动。\\n“我先到\\n"
    ...     "处看看，多比较比较，找一个离家\\n近、能照顾孩子的工作。\\n”今年 35 岁\\n"
    ... )
    >>> print(preview(rejoin_quote_pieces, page), end="")
    聘会，86 家用人单位现场提供 1100
    余个就业岗位，涵盖装备制造、电子
    商务、家政服务、餐饮住宿等行业。
    招聘会现场人头攒动。“我先到
    处看看，多比较比较，找一个离家
    近、能照顾孩子的工作。”今年 35 岁
    """
    lines = _lines(text)
    if not _cuts_at_quotes(text, lines):
        return []
    edits: list[Edit] = []
    for index, (line, following) in enumerate(pairwise(lines)):
        if not _adjacent(text, line, following):
            continue
        if following.text[0] in NEVER_STARTS_LINE or _opening_piece(lines, index):
            edits.append(Edit(line.end, following.start, "", "quote_piece"))
    return edits

"""Broken wraps: the lines of a printed column become paragraphs again.

PDF extraction ends every printed line with a line break — every 14 to 30
characters in a newspaper column — and often adds a blank line after each.
This module decides, for every pair of neighbouring lines, whether the break
is a wrap inside one block (joined: nothing between two CJK characters, one
space between Latin words) or the end of a block (one blank line).

The decision reads the page's own evidence, never a fixed width:

* how a line ends: ``，`` or an unclosed ``（`` cannot end a paragraph, ``。``
  can;
* the column width, estimated around each line from its neighbours, so that a
  short last line shows a paragraph end and a line two characters short (its
  indent lost) shows a paragraph start;
* markers: an indent, ``本报讯``, ``——``, ``□``, a bracketed byline, a photo
  credit (``本报记者 王尧 摄``);
* headline shape: a short line without sentence punctuation, or with a phrase
  separator (``学思想 强党性``), is a block of its own;
* boxes: where blank lines end boxes of text (OCR, pdfminer), a headline-shaped
  line alone in its box is one too, stacked or dropped into a sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

import regex

from baozhi.blocks.shapes import (
    BLOCK_START,
    CONTINUING_END,
    CREDIT,
    CREDIT_ONLY,
    NEVER_STARTS_LINE,
    SENTENCE_PUNCT,
    cannot_open_paragraph,
    credit_line,
    ends_sentence,
    has_phrase_space,
    joiner,
    open_brackets,
    title_shaped,
)
from baozhi.chars import INLINE_SPACE, OPENING, display_width
from baozhi.provenance import Edit

__all__ = ["rejoin_wrapped_lines", "split_run_in_blocks"]

# On a page with one paragraph per line, a line ending like this is an item
# of a list (``…的县区；`` / ``数据印证了开发区创新的实力——``), not a wrap.
_LIST_END = frozenset("；：—")
# A byline line that is complete in itself and ends its block.
_BYLINE_LINE = regex.compile(
    rf"^(?:[（(]本报[^）)]*[）)]|本报评论员|□?本报(?:首席)?记者[{INLINE_SPACE}].{{2,30}})$"
)
# A number or Latin word at the start of a line: ``289.89``, ``PM2.5``, ``-5``.
_LEADING_RUN = regex.compile(r"[0-9A-Za-z.%+\-]+")
# Roles that stand before a reporter's name in a byline.
_ROLES = ("记者", "通讯员", "实习生", "评论员", "摄影")
# A bracketed byline printed on lines of its own: ``（本报记`` / ``者 彭雪姣）``.
_BYLINE_OPENING = regex.compile(r"^[（(]本")
# ``本报讯（记者 陈思远）`` alone on a line opens the paragraph that follows it.
_DATELINE_ONLY = regex.compile(r"^本报讯[^）)]*[）)]$")
# A line cut off by another article's dateline is running text this long, at
# least: a headline with a comma is shorter.
_MIN_CUT_CHARS = 12
# The first line of a note printed beside a QR code, which names what the code
# offers on the next line (``扫码看`` / ``精彩视频``).
_QR_PROMPT = regex.compile(r"^(?:扫码|扫一扫|扫描二维码|长按识别二维码)[看读听观阅了解收]{0,3}$")
# A closing mark that does not fit hangs past the right margin by one mark's
# width, so full lines can be this much wider than the column.
_MAX_HANG = 2
# The marks that can hang so: those no line may start with.
_HANGING = "".join(sorted(NEVER_STARTS_LINE))
# At most this many boxes (kicker, title, subtitle, captions) are dropped into
# one sentence; a longer stack of short lines is no such thing, and the bound
# keeps the look-around short on pages of nothing but short lines.
_MAX_DROPPED = 6
# A line whose neighbours show no column takes the column of the nearest line
# that does, this many lines away at most: a short paragraph among headlines.
_BORROW_REACH = 12
# How many lines above a paragraph's line can show its column's width.
_ABOVE_REACH = 8
# Newspaper columns are at most about 35 characters wide; lines longer than
# this (in display cells) come from pages that keep a paragraph on one line.
_MAX_COLUMN_WIDTH = 80
# ... and at least about ten: a run of shorter lines is a stack of headlines
# or labels, not a column.
_MIN_COLUMN_WIDTH = 20
# Two blocks extracted onto one line: a headline and the next article's
# ``本报讯`` opening, or a paragraph and the bracketed byline that closes its
# article (``…贡献。 （本报记者 张亚丹）``, also wrapped: ``…说。 （本``).
_RUN_IN_DATELINE = regex.compile(rf"(?<=\S)[{INLINE_SPACE}]+(?=本报讯)")
_RUN_IN_BYLINE = regex.compile(
    rf"(?<=[。！？…][”’]?)[{INLINE_SPACE}]*(?=[（(]本(?:报[^\n）)]*[）)]?)?$)", regex.MULTILINE
)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str
    width: int
    indented: bool
    page_break_before: bool
    blank_before: bool
    doubled: bool  # it was fake bold: a headline or a caption
    spaced: bool  # it was letter-spaced: justified to the full column
    caption: bool = False  # a line of a photo caption (see _in_caption)
    column: float = 0.0  # the width of a full line of its column (see _measure_columns)
    wrapped: bool = False  # whether it stands in a hard-wrapped column


def _lines(
    text: str, doubled: frozenset[int] = frozenset(), spaced: frozenset[int] = frozenset()
) -> list[_Line]:
    lines: list[_Line] = []
    page_break = False
    blank = False
    offset = 0
    for number, raw in enumerate(text.split("\n")):
        line_start = offset
        offset += len(raw) + 1
        if "\f" in raw:
            page_break = True
        content = raw.strip()
        if not content:
            blank = True
            continue
        start = line_start + raw.index(content)
        leading = raw[: raw.index(content)].replace("\f", "")
        lines.append(
            _Line(
                start=start,
                end=start + len(content),
                text=content,
                width=display_width(content),
                indented=bool(leading),
                page_break_before=page_break,
                blank_before=blank,
                doubled=number in doubled,
                spaced=number in spaced,
            )
        )
        page_break = blank = False
    lines = [replace(line, caption=_in_caption(lines, index)) for index, line in enumerate(lines)]
    return _measure_columns(lines)


def _measure_columns(lines: list[_Line]) -> list[_Line]:
    """Each line with the width of its column and whether it is hard-wrapped.

    A column shows itself in the lines around a line (see ``_hard_wrapped``).
    A paragraph of three or four lines among headlines, bylines and captions
    has too few lines around it to show one, and its first line, short by the
    lost indent, would pass for the column's width: it borrows the column of
    the nearest lines that show one, as a reader takes the page's columns to
    be one measure.
    """
    local = [_local_column_width(lines, index) for index in range(len(lines))]
    shown = [index for index in range(len(lines)) if _hard_wrapped(lines, index, local[index])]
    measured: list[_Line] = []
    for index, line in enumerate(lines):
        nearest = _nearest(shown, index)
        # A line whose own region keeps paragraphs on one line borrows no column
        # (``展1月1日创新发展创新。”``, 23 cells, over a paragraph of 54).
        if (
            nearest is not None
            and abs(nearest - index) <= _BORROW_REACH
            and not _one_line_paragraphs(_running(lines, index, reach=5), local[nearest])
        ):
            measured.append(replace(line, column=local[nearest], wrapped=True))
        else:
            measured.append(replace(line, column=local[index]))
    return measured


def _nearest(indices: list[int], index: int) -> int | None:
    """The item of the sorted ``indices`` nearest to ``index``, the earlier on a tie.

    >>> _nearest([2, 9], 5), _nearest([2, 7], 5), _nearest([2, 8], 5), _nearest([], 5)
    (2, 7, 2, None)
    """
    after = bisect_left(indices, index)
    near = indices[max(after - 1, 0) : after + 1]
    return min(near, key=lambda other: (abs(other - index), other), default=None)


def _window(lines: list[_Line], index: int, reach: int = 3) -> list[int]:
    """Widths of the lines around ``index`` that can be running text (see ``_running``)."""
    return [line.width for line in _running(lines, index, reach)]


def _running(lines: list[_Line], index: int, reach: int) -> list[_Line]:
    """The lines around ``index`` that can be running text.

    Captions are left out: they are set to their own measure and would make a
    column look wider than it is.  Whether a line was fake bold is not asked:
    a second clean of the output no longer knows, and must measure the same
    column as the first.
    """
    low, high = max(index - reach, 0), min(index + reach + 1, len(lines))
    running = [lines[near] for near in range(low, high) if not lines[near].caption]
    return running or lines[low:high]


def _in_caption(lines: list[_Line], index: int) -> bool:
    """A caption line: it ends with a credit, or is a phrase that a credit line follows.

    The second is a caption's first line, wrapped before its credit line
    (``技术人员在新材料产业园研发中心`` / ``调试设备 本报记者 周海涛 摄``).
    """
    if CREDIT.search(lines[index].text):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        following is not None
        and CREDIT.search(following.text) is not None
        and not SENTENCE_PUNCT.intersection(lines[index].text)
    )


def _column_width(lines: list[_Line], index: int) -> float:
    """The width of a full line of the column line ``index`` stands in."""
    return lines[index].column


def _local_column_width(lines: list[_Line], index: int) -> float:
    """The width of a full line of the column around line ``index``.

    The second widest of the neighbours: last lines of paragraphs and headlines
    are shorter, and a full line can fall short of the column by the number
    that did not fit on it, so anything lower sits below a full line; one line
    wider than the rest (letter-spaced, or a headline) is ignored.
    """
    window = sorted(_window(lines, index))
    if len(window) < 6:
        # At the top or bottom of a page the window is one-sided: look further.
        window = sorted(_window(lines, index, reach=5))
    return float(window[-2] if len(window) > 2 else window[-1])


def _hard_wrapped(lines: list[_Line], index: int, width: float) -> bool:
    """Whether the lines around ``index`` share one column width.

    Pages that put a paragraph on one line (and split it only at column breaks)
    have widths all over the place; there, a full line proves nothing.
    """
    # Whether there is a column is a question about the region: look further.
    window = _running(lines, index, reach=5)
    if not _MIN_COLUMN_WIDTH <= width <= _MAX_COLUMN_WIDTH:
        return False
    # A line opening with a mark no printed line opens with (``。“发展…``) is a
    # piece the extractor cut off, not a line of the column.
    near = [
        line
        for line in window
        if width - 5 <= line.width <= width + 3 and line.text[0] not in NEVER_STARTS_LINE
    ]
    # Three lines of one width make a column; fewer could be headlines, and so
    # could any number of them with fewer than two commas or full stops among
    # them (a stack of short headlines and subtitles over a one-line paragraph,
    # on a page that keeps each paragraph on one line).
    # Nor is there one where running text is twice as wide: on a page that keeps
    # each paragraph on one line, pieces of a paragraph cut around a dropped
    # headline can be about as wide as that headline.
    # And a column breaks its lines wherever the margin falls, so some line in it
    # stops inside a sentence: one-line paragraphs of about one width, each
    # ending its last sentence, are no column.
    return (
        len(near) >= 3
        and len(near) * 5 >= len(window) * 2
        and sum(bool(SENTENCE_PUNCT.intersection(line.text)) for line in near) >= 2
        and not all(ends_sentence(line.text) for line in near)
        and not _one_line_paragraphs(window, width)
    )


def _one_line_paragraphs(window: list[_Line], width: float) -> bool:
    """Whether running text in ``window`` is twice as wide as a column of ``width``:
    that region keeps each paragraph on one line."""
    return any(line.width > 2 * width and SENTENCE_PUNCT.intersection(line.text) for line in window)


def _headline_like(line: _Line, width: float) -> bool:
    """A line shaped like a headline: a phrase separator, or short without punctuation."""
    if has_phrase_space(line.text):
        return True
    if line.spaced and line.width * 2 >= width:
        return False  # letter-spaced to fill its column: running text
    return title_shaped(line.text) and line.width < width - 6 and not ends_sentence(line.text)


def _body_like(line: _Line, width: float) -> bool:
    """Running text: sentence punctuation, or a line as wide as its column."""
    if credit_line(line.text) or has_phrase_space(line.text):
        return False
    return bool(SENTENCE_PUNCT.intersection(line.text)) or line.width >= width - 6


def _opens_block(line: _Line) -> bool:
    return line.indented or line.page_break_before or bool(BLOCK_START.match(line.text))


def _continues(lines: list[_Line], index: int, *, strict: bool, look_ahead: bool = True) -> bool:
    """Whether ``lines[index]`` can be the next line of a paragraph.

    It must not open a block or look like a headline or a caption.  With
    ``look_ahead``, the paragraph must also not end with it mid-sentence: a
    headline line (``…出版发行``) after a paragraph's last sentence reads like
    running text on its own, but is followed by another headline.  (After a
    line that stops mid-sentence there is no such doubt: the sentence goes
    on, even if a caption interrupts it after the next line.)  ``strict``
    (for a paragraph's second line) also asks for running text: sentence
    punctuation or a full line.
    """
    line = lines[index]
    width = _column_width(lines, index)
    if _opens_block(line) or has_phrase_space(line.text) or credit_line(line.text):
        return False
    if strict and not (_body_like(line, width) or ends_sentence(line.text)):
        return False
    if ends_sentence(line.text) or line.text[-1] in CONTINUING_END:
        return True
    # A sentence cut off by the next article's dateline goes on elsewhere on the page.
    if not look_ahead or index + 1 >= len(lines) or _cut_by_dateline(lines, index):
        return True
    after = lines[index + 1]
    return not (
        _opens_block(after)
        or _headline_like(after, _column_width(lines, index + 1))
        or CREDIT.search(after.text)
    )


def _breaks_between(
    lines: list[_Line],
    index: int,
    first: int,
    depth: int,
    *,
    stray_tails: bool,
    boxed: bool,
) -> bool:
    """Whether the break after ``lines[index]`` ends a block.

    ``first`` is the index of the first line of the block this line belongs to;
    ``depth`` is the number of brackets the block has left open before it;
    ``stray_tails`` whether the page has boxes that continue a paragraph
    from elsewhere, ``boxed`` whether its blank lines separate boxes of text
    (see ``rejoin_wrapped_lines``).
    """
    line, following = lines[index], lines[index + 1]
    text = line.text
    in_paragraph = first < index
    if _dropped_into_sentence(lines, index) or _dropped_into_sentence(lines, index + 1):
        return True  # the split paragraph rejoiner puts the sentence back together
    if following.text[0] in NEVER_STARTS_LINE and not following.page_break_before:
        return False
    if following.text.startswith("本报讯") and not _DATELINE_ONLY.match(text):
        return True  # no quotation or bracket runs on into the next article's dateline
    if stray_tails and _column_foot(lines, index):
        return True  # the split paragraph rejoiner finds where the column goes on
    if _DATELINE_ONLY.match(text) or open_brackets(text, depth):
        return following.page_break_before
    if depth and _BYLINE_OPENING.match(lines[first].text):
        return True  # the bracket of a byline on lines of its own has closed
    if text.count("“") > text.count("”") and not ends_sentence(text):
        return following.page_break_before
    if CREDIT.search(text) or _BYLINE_LINE.match(text):
        return True
    if CREDIT_ONLY.match(following.text):
        # A credit on a line of its own belongs to the caption above it, which
        # does not end like a paragraph.
        return not _caption_like(line) or ends_sentence(text)
    if _opens_block(following):
        return True
    if _QR_PROMPT.match(text) and title_shaped(following.text) and len(following.text) <= 8:
        return False  # ``扫码看`` / ``精彩视频``: one note beside a QR code, on two lines
    marked = line if line.doubled else following
    if (
        line.doubled != following.doubled
        and title_shaped(marked.text)
        and (line.doubled or ends_sentence(text))
    ):
        # Fake bold marks headlines and captions: running text never runs into
        # one, nor one into running text (a caption's credit is handled above).
        # Only where a second clean, which no longer knows what was fake bold,
        # still sees a block end: after a line shaped like a title, or before
        # one after a sentence end.
        return True
    if line.doubled and _caption_like(line) and _credit_follows(lines, index + 1):
        return False  # a fake-bold caption wrapped, its credit on a line of its own
    if boxed and not in_paragraph and _headline_in_box(lines, index):
        return True
    width = _column_width(lines, index)
    wrapped = line.wrapped
    if not wrapped and text[-1] in _LIST_END:
        return True
    if text[-1] in CONTINUING_END:
        return False
    if ends_sentence(text) or text[-1] == "：":
        if not wrapped:
            return True
        if line.width <= max(width, _shown_by_lines_above(lines, index, first)) - 3:
            # A block's first line is short by its lost indent; when the line after
            # it is full, the paragraph goes on (a first line can't be followed by
            # another first line that is full).  A line no paragraph opens with
            # is the last of a paragraph's part printed elsewhere, not a first line.
            first_line = (
                not in_paragraph and line.width >= width - 8 and not cannot_open_paragraph(text)
            )
            return not (
                first_line
                and following.width >= width - 2
                and _continues(lines, index + 1, strict=True)
            )
        if following.width <= width - 3 and not ends_sentence(following.text):
            return True
        return not _continues(lines, index + 1, strict=False)
    # The line stops mid-sentence, or is a headline.
    if has_phrase_space(text, depth=depth) or _is_subtitle(text):
        return True
    if credit_line(following.text) and _caption_like(line) and line.width >= following.width - 4:
        return False
    if line.spaced and line.width * 2 >= width:
        return False  # justified by letter-spacing and stopping mid-sentence: it goes on
    if stray_tails and (
        (_box_boundary(lines, index) and not cannot_open_paragraph(following.text))
        or (not in_paragraph and _headline_before_tail(lines, index, _column_width(lines, index)))
    ):
        return True
    if in_paragraph or text.startswith("本报讯"):
        # A full line stopping mid-sentence, then a short line without punctuation,
        # one wider than the column or a headline alone in its box: a headline
        # printed into the paragraph, not a narrowing column (where the line
        # before is as short).
        if (
            line.width >= width - 6
            and (
                _headline_like(following, width)
                or _wider_than_column(following, width)
                or (boxed and _headline_in_box(lines, index + 1))
            )
            and not _attached_next(lines, index + 1)
        ):
            return True
        return not _continues(lines, index + 1, strict=False, look_ahead=False)
    if not wrapped:
        if title_shaped(text) and not (boxed and _opens_box_of_text(lines, index)):
            return True
        return not _continues(lines, index + 1, strict=True)
    if not in_paragraph and title_shaped(text):
        # Whether a headline-shaped line is the first line, set in, of the text
        # under it is a question about that text's column: at the top of a page the
        # line's own window can hold nothing but first and last lines
        # (``一家一家发展创新``, 16 cells, measured 24 where the paragraph under it
        # shows 28).
        width = max(width, _column_below(lines, index))
    # A line is full, too, when the number or Latin word opening the next line
    # would not have fitted on it (such a run is never broken).  A block's first
    # line is set two characters in (four cells), and the column measured can be
    # two cells too wide: lines whose closing mark hangs past the margin.
    near_full = (
        line.spaced
        or line.width >= width - 8
        or line.width + _opening_width(following) > width - 4 - _MAX_HANG
    )
    if not (near_full or SENTENCE_PUNCT.intersection(text)):
        return True
    if following.width > width * 1.5:
        return True  # far wider than the column: not its next line
    return not _continues(lines, index + 1, strict=True)


def _column_below(lines: list[_Line], index: int) -> float:
    """The column most of the hard-wrapped lines among the five under ``index`` stand in:
    the median of their columns, which a section set wider further down does not move."""
    below = sorted(line.column for line in lines[index + 1 : index + 6] if line.wrapped)
    return below[len(below) // 2] if below else 0.0


def _shown_by_lines_above(lines: list[_Line], index: int, first: int) -> int:
    """How wide the lines above, in the same paragraph, show the column to be.

    A line of running text (it has sentence punctuation) fit in the column,
    save for marks that may not start a line, which can hang past the margin:
    the column is at least as wide as what stands before them, even where the
    lines around are first and last lines of paragraphs, or pushed short by a
    number or an opening mark, all short of it.  The widest of the
    :data:`_ABOVE_REACH` lines above counts (0 when there is none).
    """
    shown = 0
    for above in lines[max(first, index - _ABOVE_REACH) : index]:
        if SENTENCE_PUNCT.isdisjoint(above.text):
            continue
        unhung = above.text.rstrip(_HANGING)
        shown = max(shown, above.width - display_width(above.text[len(unhung) :]))
    return shown


def _dropped_into_sentence(lines: list[_Line], index: int) -> bool:
    """A headline or a caption alone in its box, dropped between two parts of a sentence.

    OCR and pdfminer read a page box by box, and put what was printed inside a
    paragraph's column between the paragraph's parts: ``…同比增长5.8%，`` /
    ``聚焦高质量发展`` / ``经济运行稳中向好。``.  The box (and any headline or
    caption boxes stacked with it) follows running text that stops mid-sentence,
    and is followed by text that carries the sentence on: text no paragraph
    opens with, or any text after a part left hanging on ``，`` or an open
    quote.  A caption needs less: a credited caption alone in its box after a
    sentence cut off was printed into it, not wrapped from it.
    """
    if not _dropped_shape(lines, index):
        return False
    low, high = index, index
    while low - 1 >= 0 and index - low < _MAX_DROPPED and _dropped_shape(lines, low - 1):
        low -= 1
    while high + 1 < len(lines) and high - index < _MAX_DROPPED and _dropped_shape(lines, high + 1):
        high += 1
    if low == 0 or high + 1 >= len(lines) or high - low >= _MAX_DROPPED:
        return False
    before, after = lines[low - 1], lines[high + 1]
    if not _stops_mid_sentence(before.text):
        return False
    if (
        before.wrapped
        and before.width < before.column - 6
        and all(
            before.width - 6 <= lines[near].width < before.column - 5
            for near in range(low, high + 1)
        )
    ):
        # A column narrowing around an inset (``进项目建设，`` / ``以创新竞进``):
        # its lines are about as wide as the one before, and none is a full line.
        # A headline dropped after a short piece of a sentence is narrower
        # (``…发展‘创`` / ``发展``) or, printed across the column, as wide as it
        # (``“发展，发展创新发展`` / ``一家一家发展 创新一家一家 发展一家一家``).
        return False
    if any(CREDIT.search(lines[near].text) for near in range(low, high + 1)):
        return True
    return (
        cannot_open_paragraph(after.text)
        or before.text[-1] in CONTINUING_END
        or before.text.count("“") > before.text.count("”")
    )


def _boxed_alone(lines: list[_Line], index: int) -> bool:
    """A line with a blank line (or the page's edge) before and after it."""
    return lines[index].blank_before and (index + 1 == len(lines) or lines[index + 1].blank_before)


def _dropped_shape(lines: list[_Line], index: int) -> bool:
    """A headline, a subtitle or a credited caption alone in its box: what gets
    printed into a column.  In a hard-wrapped column a headline is narrower than
    the column, so that a full line of running text without punctuation is none."""
    line = lines[index]
    if not _boxed_alone(lines, index):
        return False
    if CREDIT.search(line.text) or _is_subtitle(line.text):
        return True
    if line.wrapped:
        shaped = _headline_like(line, line.column)
    else:
        # Phrase separators mark a headline however long it runs: past two dozen
        # characters its shape alone does not (``一家一家发展 创新一家一家 …``).
        shaped = title_shaped(line.text) or (
            has_phrase_space(line.text) and not SENTENCE_PUNCT.intersection(line.text)
        )
    return shaped and not _BYLINE_LINE.match(line.text) and not BLOCK_START.match(line.text)


def _stops_mid_sentence(text: str) -> bool:
    """Running text that stops in the middle of a sentence (not a list item's end)."""
    return (
        bool(SENTENCE_PUNCT.intersection(text))
        and not has_phrase_space(text)
        and not credit_line(text)
        and not ends_sentence(text)
        and text[-1] not in _LIST_END
    )


def _opens_box_of_text(lines: list[_Line], index: int) -> bool:
    """A line that opens a box its running text goes on in, on a page whose blank
    lines separate boxes: the box's first line, short by its lost indent, not a
    headline (``创新发展产业发展`` / ``PM2.5发展。“发展，发展创``)."""
    line, following = lines[index], lines[index + 1]
    return (
        (index == 0 or line.blank_before)
        and not following.blank_before
        and bool(SENTENCE_PUNCT.intersection(following.text))
    )


def _cut_by_dateline(lines: list[_Line], index: int) -> bool:
    """A line of running text stopping mid-sentence where the next article's
    dateline begins: its paragraph goes on somewhere else on the page.

    pdftotext reads a page's columns across stacked articles, so the first
    column of the article below follows the cut-off first column of the
    article above (``今年以来，市民服务中心推行`` / ``本报讯（记者 许文博…``).
    """
    line, following = lines[index], lines[index + 1]
    return (
        following.text.startswith("本报讯")
        and len(line.text) >= _MIN_CUT_CHARS
        and bool(SENTENCE_PUNCT.intersection(line.text))
        and _carries_on(lines, index)
        and line.text[-1] not in _LIST_END
    )


def _headline_before_tail(lines: list[_Line], index: int, width: float) -> bool:
    """A headline line opening a box, right before a paragraph's stray second part.

    ``…持在99%以上。`` / (blank) / ``“家门口”招聘会送来1100余个岗位`` /
    ``的求职者马晓燕拿着一沓简历…``: the line after cannot open a paragraph,
    and this one cannot be a paragraph's first line, being as wide as a full
    line (a first line is short by its lost indent) yet a headline in shape.
    """
    line = lines[index]
    return (
        (index == 0 or line.blank_before)
        and title_shaped(line.text)
        and line.width >= width - 2
        and cannot_open_paragraph(lines[index + 1].text)
    )


def _between_byline_names(text: str, depth: int) -> bool:
    """A wrap after a role word in a byline that spaces its names.

    ``本报讯（记者 许文博 通讯员`` / ``田野）``: the break stands for the space
    printed between the role and the name (``通讯员 田野``).  Bylines that
    run role and name together (``通讯员李蓥`` / ``婕）``) get nothing.
    """
    inside = depth > 0 or "（" in text or "(" in text
    return inside and text.endswith(_ROLES) and any(f"{role} " in text for role in _ROLES)


def _credit_follows(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a caption line that a credit-only line follows."""
    line = lines[index]
    return (
        index + 1 < len(lines)
        and _caption_like(line)
        and not ends_sentence(line.text)
        and CREDIT_ONLY.match(lines[index + 1].text) is not None
    )


def _attached_next(lines: list[_Line], index: int) -> bool:
    """Whether the line after ``lines[index]`` cannot start a line, so belongs to it."""
    return index + 1 < len(lines) and lines[index + 1].text[0] in NEVER_STARTS_LINE


def _column_foot(lines: list[_Line], index: int) -> bool:
    """A line of a column stopping mid-sentence, then a new box: where a column
    breaks off, on a page whose extraction moved parts of paragraphs around.

    pdftotext reads down the columns of two stacked articles, so the box after
    the lower article's first column (``…（生产推动机制），``) holds the
    upper article's second column, not the rest of this sentence; the split
    paragraph rejoiner, which sees the whole page, pairs the parts.  The line
    is as wide as a paragraph's line, or leaves room for what opens the next
    box, which would have gone on it if it carried it on: ``“发展创新。”“发展``
    stops short because ``120.10`` did not fit, so ``创新，…`` is not its rest.
    """
    line, following = lines[index], lines[index + 1]
    width = _column_width(lines, index)
    return (
        _box_boundary(lines, index)
        # a box opening with what no paragraph opens with does go on this one
        and not cannot_open_paragraph(following.text)
        and not _DATELINE_ONLY.match(line.text)
        and not ends_sentence(line.text)
        # a first line is set in by four cells
        and (line.width >= width - 8 or line.width + _opening_width(following) <= width - 4)
    )


def _opening_width(line: _Line) -> int:
    """Width of the first unit of ``line`` that print would not break: a Latin or
    digit run (``120.10万亩``: 6), else its first character, with the opening
    marks before it, which no line ends with (``《发展》``: 4).

    >>> _opening_width(_Line(0, 8, "《发展》。", 10, False, False, False, False, False))
    4
    """
    rest = line.text.lstrip(OPENING) or line.text
    run = _LEADING_RUN.match(rest)
    unit = run.group() if run else rest[0]
    return display_width(line.text[: len(line.text) - len(rest)]) + display_width(unit)


def _wider_than_column(line: _Line, width: float) -> bool:
    """Whether ``line`` is a headline set wider than a column ``width`` cells wide.

    The column measured can be short by a few cells, and a full line's closing
    mark may hang past the margin (``…规模装备，银行《全面》`` is two cells wider
    than the line above it), so only what is left beyond both counts, and only
    on a line that punctuates like a headline: running text as wide as that
    (``PM2.5医院老师贷款，基础预算高高兴兴该区机械，瞄准7月``) has commas.
    """
    hanging = _MAX_HANG if line.text[-1] in NEVER_STARTS_LINE else 0
    marks = sum(char in SENTENCE_PUNCT for char in line.text)
    return line.width - hanging > width + 3 and marks < 2


def _box_boundary(lines: list[_Line], index: int) -> bool:
    """Whether a blank line after ``lines[index]`` separates two boxes of text.

    Some extractions put a blank line after every line; there a blank line
    says nothing.  It does where it stands out: between lines that are not
    themselves blank-separated from their other neighbours.  The page's edge
    is no such neighbour: the first line has nothing before it to stand out from.
    """
    following = lines[index + 1]
    if not following.blank_before:
        return False
    after = lines[index + 2] if index + 2 < len(lines) else None
    return (index > 0 and not lines[index].blank_before) or (
        after is not None and not after.blank_before
    )


def _boxed(lines: list[_Line]) -> bool:
    """Whether blank lines on this page separate boxes of text, not every line.

    OCR and some PDF extractors end a box (a paragraph, a headline, a caption)
    with a blank line; others put one after every line, where it says nothing.
    """
    blank = sum(line.blank_before for line in lines)
    return blank > 0 and blank * 2 < len(lines)


def _headline_box(lines: list[_Line], index: int) -> bool:
    """A title-shaped line alone in its box: a blank line (or the page's edge) on both sides."""
    if not 0 <= index < len(lines):
        return False
    text = lines[index].text
    return (
        (index == 0 or lines[index].blank_before)
        and (index + 1 == len(lines) or lines[index + 1].blank_before)
        and title_shaped(text)
        and not CREDIT.search(text)
        and not _BYLINE_LINE.match(text)
    )


def _headline_in_box(lines: list[_Line], index: int) -> bool:
    """A headline line alone in its box, in a stack of them or dropped into a paragraph.

    OCR and pdfminer read a kicker, a title and a subtitle as boxes of one
    line each, often dropped into a paragraph: ``聚焦高质量发展`` /
    ``新材料产业集群加速崛起`` / ``一一高新区推动…见闻`` after ``…一家一``,
    or ``“家门口”招聘会送来1100余个岗位`` after ``…今年35岁``.  A title as
    wide as the column would pass for a paragraph's line; next to another
    one-line headline box, or after a line that stops mid-sentence, it does
    not; nor at the top of the page, where no column above it could have ended
    with a paragraph's first line.  A paragraph's lines are rarely boxes of
    their own, and seldom title-shaped ones; a caption's first line (a credit
    follows) is left out.
    """
    if not _headline_box(lines, index) or lines[index].caption:
        return False
    return (
        index == 0
        or _headline_box(lines, index - 1)
        or _headline_box(lines, index + 1)
        or _carries_on(lines, index - 1)
    )


def _carries_on(lines: list[_Line], index: int) -> bool:
    """Whether running text could go on after ``lines[index]``: no sentence end,
    no headline or caption shape, or a bracket left open (``（记者孙聪利 通讯员李蓥``)."""
    line = lines[index]
    if open_brackets(line.text) or line.text.startswith("本报讯"):
        return True
    return not (
        ends_sentence(line.text)
        or CREDIT.search(line.text)
        or _headline_like(line, _column_width(lines, index))
    )


def _is_subtitle(text: str) -> bool:
    """A ``——`` line without sentence punctuation: a subtitle, complete in itself."""
    return text.startswith("——") and not SENTENCE_PUNCT.intersection(text)


def _caption_like(line: _Line) -> bool:
    """A line that can be the text of a photo caption: no sentence end inside it."""
    return not has_phrase_space(line.text) and not CREDIT.search(line.text)


def split_run_in_blocks(text: str) -> list[Edit]:
    """Break a line where two blocks were extracted onto it.

    A headline and the first line of the next article (``本报讯``) sit side by
    side on the page and come out as one line; so does a paragraph's last
    line and the bracketed byline closing the article (``…贡献。 （本报记者
    张亚丹）``), which is a block of its own.

    >>> from baozhi.provenance import preview
    >>> preview(split_run_in_blocks, "救助帮扶托起特困群众稳稳的幸福 本报讯 （记者毛玺玺 通讯员")
    '救助帮扶托起特困群众稳稳的幸福\\n本报讯 （记者毛玺玺 通讯员'
    """
    matches = [*_RUN_IN_DATELINE.finditer(text), *_RUN_IN_BYLINE.finditer(text)]
    return [Edit(m.start(), m.end(), "\n", "run_in_block") for m in matches]


def rejoin_wrapped_lines(
    text: str, *, doubled: frozenset[int] = frozenset(), spaced: frozenset[int] = frozenset()
) -> list[Edit]:
    """Join the wrapped lines of each block; separate blocks by one blank line.

    Also drops the blank lines extraction puts between lines, line indents
    and form feeds (pdftotext's page break, which always ends a block), and
    rejoins a Latin word hyphenated at a line end.  ``doubled`` and ``spaced``
    are the numbers of the lines (counting from 0) that earlier repairs found
    fake bold or letter-spaced: evidence the text alone no longer shows.

    >>> from baozhi.provenance import preview
    >>> page = (
    ...     "近年来，洛阳市坚持以创新驱动\\n\\n为引领，以产业发展“136”工作举措为\\n\\n"
    ...     "统揽，以高水平国家创新型城市建设\\n\\n提供了重要支撑。\\n\\n"
    ...     "坚持以科技创新引领产业发展\\n本报评论员\\n"
    ... )
    >>> print(preview(rejoin_wrapped_lines, page))
    近年来，洛阳市坚持以创新驱动为引领，以产业发展“136”工作举措为统揽，以高水平国家创新型城市建设提供了重要支撑。
    <BLANKLINE>
    坚持以科技创新引领产业发展
    <BLANKLINE>
    本报评论员
    <BLANKLINE>
    """
    lines = _lines(text, doubled, spaced)
    edits: list[Edit] = []
    if not lines:
        return edits
    if lines[0].start > 0:
        edits.append(Edit(0, lines[0].start, "", "blank_line"))
    # A box (lines after a blank line) that opens mid-sentence (``道。“今天…``),
    # or a sentence cut off by the next article's dateline, shows that this
    # extraction moved parts of paragraphs around.  Then a sentence running on
    # across a blank line is not trusted: the split paragraph rejoiner, which
    # sees the whole page, pairs the parts.
    stray_tails = any(
        (
            lines[index].blank_before
            and cannot_open_paragraph(lines[index].text)
            and not _carries_on(lines, index - 1)
        )
        or _cut_by_dateline(lines, index - 1)
        for index in range(1, len(lines))
    )
    boxed = _boxed(lines)
    first = 0  # the first line of the current block
    depth = 0  # brackets the current block leaves open before the line
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        gap = text[line.end : following.start]
        if _breaks_between(lines, index, first, depth, stray_tails=stray_tails, boxed=boxed):
            first = index + 1
            depth = 0
            if gap != "\n\n":
                edits.append(Edit(line.end, following.start, "\n\n", "paragraph_break"))
            continue
        depth = open_brackets(line.text, depth)
        left, right = line.text[-1], following.text[0]
        if left == "-" and len(line.text) > 1 and line.text[-2].isascii() and right.islower():
            edits.append(Edit(line.end - 1, following.start, "", "hyphenation"))
        else:
            spaced_names = _between_byline_names(line.text, depth)
            glue = " " if CREDIT_ONLY.match(following.text) or spaced_names else joiner(left, right)
            edits.append(Edit(line.end, following.start, glue, "line_wrap"))
    return edits

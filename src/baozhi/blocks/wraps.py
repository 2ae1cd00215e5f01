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
  separator (``学思想 强党性``), is a block of its own.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import regex

from baozhi.chars import (
    CLOSING,
    HAN_CLASS,
    INLINE_SPACE,
    OPENING,
    SENTENCE_END,
    display_width,
)
from baozhi.provenance import Edit

__all__ = ["rejoin_wrapped_lines", "split_run_in_datelines"]

# Punctuation inside a line that marks running text (headlines rarely carry it).
_SENTENCE_PUNCT = frozenset("，。；！？、")
# A line ending in one of these is in the middle of a sentence.
_CONTINUING_END = frozenset("，、；“‘（《〈【「『—～·") | frozenset(OPENING)
# On a page with one paragraph per line, a line ending like this is an item
# of a list (``…的县区；`` / ``数据印证了开发区创新的实力——``), not a wrap.
_LIST_END = frozenset("；：—")
# Kinsoku: typeset Chinese never starts a line with these, so a line that does
# (pdftotext -raw puts a quote's closing mark on the next line) continues the
# line before it.
_NEVER_STARTS_LINE = frozenset("，。、；：！？”’）》〉】」』%")

_LINE = regex.compile(r"[^\n]*")
# A phrase separator: one space between two Han runs, outside quotes and
# brackets (checked separately), as in ``学思想 强党性``.
_PHRASE_SPACE = regex.compile(rf"[{HAN_CLASS}”》][{INLINE_SPACE}]+[{HAN_CLASS}“《]")
# Photo credits: ``本报记者 王尧 摄``, ``郑喜艳 摄``, ``图片由示范区新闻中心提供``.
_CREDIT = regex.compile(
    rf"(?:(?:^|[{INLINE_SPACE}])(?:本报|特约)?(?:首席)?(?:摄影)?(?:记者|通讯员)?"
    rf"[{INLINE_SPACE}]?(?:[{HAN_CLASS}·]{{2,4}}[{INLINE_SPACE}]?){{1,3}}摄"
    rf"|图片由[^{INLINE_SPACE}]{{2,24}}提供)$"
)
_CREDIT_ONLY = regex.compile(
    rf"^(?:本报|特约)?(?:首席)?(?:摄影)?(?:记者|通讯员)?[{INLINE_SPACE}]?"
    rf"(?:[{HAN_CLASS}·]{{2,4}}[{INLINE_SPACE}]?){{1,3}}摄$|^图片由\S{{2,24}}提供$"
)
# Lines that start a block whatever came before.
_BLOCK_START = regex.compile(r"^(?:本报讯|□|■|——|（本报|\(本报|\(上接|（上接|本报评论员|本报记者)")
# A byline line that is complete in itself and ends its block.
_BYLINE_LINE = regex.compile(
    rf"^(?:[（(]本报[^）)]*[）)]|本报评论员|□?本报(?:首席)?记者[{INLINE_SPACE}].{{2,30}})$"
)
# ``本报讯（记者 陈思远）`` alone on a line opens the paragraph that follows it.
_DATELINE_ONLY = regex.compile(r"^本报讯[^）)]*[）)]$")
_TITLE_MAX_CHARS = 26
# Newspaper columns are at most about 35 characters wide; lines longer than
# this (in display cells) come from pages that keep a paragraph on one line.
_MAX_COLUMN_WIDTH = 80
# ``本报讯`` inside a line, after a space: a headline and the next article's
# opening extracted onto one line.
_RUN_IN_DATELINE = regex.compile(rf"(?<=\S)[{INLINE_SPACE}]+(?=本报讯)")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str
    width: int
    indented: bool
    page_break_before: bool


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    page_break = False
    for match in _LINE.finditer(text):
        raw = match.group()
        if "\f" in raw:
            page_break = True
        content = raw.strip()
        if not content:
            continue
        start = match.start() + raw.index(content)
        leading = raw[: raw.index(content)].replace("\f", "")
        lines.append(
            _Line(
                start=start,
                end=start + len(content),
                text=content,
                width=display_width(content),
                indented=bool(leading),
                page_break_before=page_break,
            )
        )
        page_break = False
    return lines


def _ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: ``。``, ``！``, ``？``, ``…``, maybe before closers."""
    stripped = text.rstrip(CLOSING)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _unclosed_bracket(text: str) -> bool:
    """True when a ``（`` or ``(`` in ``text`` is still open at its end."""
    depth = 0
    for char in text:
        if char in "（(":
            depth += 1
        elif char in "）)" and depth:
            depth -= 1
    return depth > 0


def _has_phrase_space(text: str) -> bool:
    """A one-space phrase separator outside quotes and brackets: a headline's mark.

    The spaces of a trailing photo credit (``本报记者 王尧 摄``) don't count.
    """
    credit = _CREDIT.search(text)
    if credit is not None:
        text = text[: credit.start()]
    depth = 0
    for index, char in enumerate(text):
        if char in "“（(《":
            depth += 1
        elif char in "”）)》" and depth:
            depth -= 1
        if char in INLINE_SPACE and depth == 0 and _PHRASE_SPACE.match(text, index - 1):
            return True
    return False


def _window(lines: list[_Line], index: int) -> list[int]:
    return [line.width for line in lines[max(index - 3, 0) : index + 4]]


def _column_width(lines: list[_Line], index: int) -> float:
    """The width of a full line of the column around line ``index``.

    The upper quartile of the neighbours' widths: last lines of paragraphs and
    headlines are shorter, so the median would sit below a full line.
    """
    window = sorted(_window(lines, index))
    return float(window[(3 * len(window)) // 4 if len(window) > 1 else 0])


def _hard_wrapped(lines: list[_Line], index: int, width: float) -> bool:
    """Whether the lines around ``index`` share one column width.

    Pages that put a paragraph on one line (and split it only at column breaks)
    have widths all over the place; there, a full line proves nothing.
    """
    window = _window(lines, index)
    if len(window) < 3 or width > _MAX_COLUMN_WIDTH:
        return False
    near = sum(1 for w in window if width - 5 <= w <= width + 3)
    return near * 5 >= len(window) * 2


def _headline_like(line: _Line, width: float) -> bool:
    """A line shaped like a headline: a phrase separator, or short without punctuation."""
    if _has_phrase_space(line.text):
        return True
    return (
        len(line.text) <= _TITLE_MAX_CHARS
        and line.width < width - 6
        and not _SENTENCE_PUNCT.intersection(line.text)
        and not _ends_sentence(line.text)
    )


def _body_like(line: _Line, width: float) -> bool:
    """Running text: sentence punctuation, or a line as wide as its column."""
    if _credit_line(line) or _has_phrase_space(line.text):
        return False
    return bool(_SENTENCE_PUNCT.intersection(line.text)) or line.width >= width - 6


def _opens_block(line: _Line) -> bool:
    return line.indented or line.page_break_before or bool(_BLOCK_START.match(line.text))


def _continues(lines: list[_Line], index: int, *, strict: bool) -> bool:
    """Whether ``lines[index]`` can be the next line of a paragraph.

    It must not open a block or look like a headline or a caption, and the
    paragraph must not end with it mid-sentence: a headline line
    (``…出版发行``) followed by another headline reads like running text
    on its own.  ``strict`` (for a paragraph's second line) also asks for
    running text: sentence punctuation or a full line.
    """
    line = lines[index]
    width = _column_width(lines, index)
    if _opens_block(line) or _has_phrase_space(line.text) or _credit_line(line):
        return False
    if strict and not (_body_like(line, width) or _ends_sentence(line.text)):
        return False
    if _ends_sentence(line.text) or line.text[-1] in _CONTINUING_END:
        return True
    if index + 1 >= len(lines):
        return True
    after = lines[index + 1]
    return not (
        _opens_block(after)
        or _headline_like(after, _column_width(lines, index + 1))
        or _CREDIT.search(after.text)
    )


def _breaks_between(lines: list[_Line], index: int, in_paragraph: bool) -> bool:
    """Whether the break after ``lines[index]`` ends a block."""
    line, following = lines[index], lines[index + 1]
    text = line.text
    if following.text[0] in _NEVER_STARTS_LINE and not following.page_break_before:
        return False
    if _DATELINE_ONLY.match(text) or _unclosed_bracket(text):
        return following.page_break_before
    if _CREDIT.search(text) or _BYLINE_LINE.match(text):
        return True
    if _CREDIT_ONLY.match(following.text):
        return not _caption_like(line)
    if _opens_block(following):
        return True
    width = _column_width(lines, index)
    wrapped = _hard_wrapped(lines, index, width)
    if not wrapped and text[-1] in _LIST_END:
        return True
    if text[-1] in _CONTINUING_END:
        return False
    if _ends_sentence(text) or text[-1] == "：":
        if not wrapped:
            return True
        if line.width < width - 3:
            if _completes_line(line, following, width):
                return False
            # A block's first line is short by its lost indent; when the line after
            # it is full, the paragraph goes on (a first line can't be followed by
            # another first line that is full).
            first_line = not in_paragraph and line.width >= width - 8
            return not (
                first_line
                and following.width >= width - 2
                and _continues(lines, index + 1, strict=True)
            )
        if following.width <= width - 4 and not _ends_sentence(following.text):
            return True
        return not _continues(lines, index + 1, strict=False)
    # The line stops mid-sentence, or is a headline.
    if _has_phrase_space(text):
        return True
    if _credit_line(following) and _caption_like(line) and line.width >= following.width - 4:
        return False
    if in_paragraph or text.startswith("本报讯"):
        return not _continues(lines, index + 1, strict=False)
    if not wrapped:
        if len(text) <= _TITLE_MAX_CHARS and not _SENTENCE_PUNCT.intersection(text):
            return True
        return not _continues(lines, index + 1, strict=True)
    near_full = line.width >= width - 8
    if not (near_full or _SENTENCE_PUNCT.intersection(text)):
        return True
    return not _continues(lines, index + 1, strict=True)


def _credit_line(line: _Line) -> bool:
    """A caption line ending in a credit (not a paragraph of running text that does)."""
    credit = _CREDIT.search(line.text)
    return credit is not None and not _SENTENCE_PUNCT.intersection(line.text[: credit.start()])


def _caption_like(line: _Line) -> bool:
    """A line that can be the text of a photo caption: no sentence end inside it."""
    return not _has_phrase_space(line.text) and not _CREDIT.search(line.text)


def _completes_line(line: _Line, following: _Line, width: float) -> bool:
    """A tiny fragment (``“以``) that pdftotext -raw moved off the end of ``line``."""
    return (
        following.width <= 6
        and not _ends_sentence(following.text)
        and line.width + following.width >= width - 3
    )


def _joiner(left: str, right: str) -> str:
    """Nothing between CJK; one space between two Latin words."""
    if left.isascii() and right.isascii() and left.isalnum() and right.isalnum():
        if left.isalpha() or right.isalpha():
            return " "
    return ""


def split_run_in_datelines(text: str) -> list[Edit]:
    """Break a line before a ``本报讯`` that follows a headline on the same line.

    Extraction sometimes puts a headline and the first line of the next article
    on one line, because they sit side by side on the page.

    >>> from baozhi.provenance import preview
    >>> preview(split_run_in_datelines, "救助帮扶托起特困群众稳稳的幸福 本报讯 （记者毛玺玺 通讯员")
    '救助帮扶托起特困群众稳稳的幸福\n本报讯 （记者毛玺玺 通讯员'
    """
    return [
        Edit(m.start(), m.end(), "\n", "dateline_split") for m in _RUN_IN_DATELINE.finditer(text)
    ]


def rejoin_wrapped_lines(text: str) -> list[Edit]:
    """Join the wrapped lines of each block; separate blocks by one blank line.

    Also drops the blank lines extraction puts between lines, line indents
    and form feeds (pdftotext's page break, which always ends a block), and
    rejoins a Latin word hyphenated at a line end.

    >>> from baozhi.provenance import preview
    >>> page = "近年来，洛阳市坚持以创新驱动\\n\\n为引领，以产业发展“136”工作举措为\\n\\n统揽，以高水平国家创新型城市建设\\n\\n提供了重要支撑。\\n\\n坚持以科技创新引领产业发展\\n本报评论员\\n"
    >>> print(preview(rejoin_wrapped_lines, page))
    近年来，洛阳市坚持以创新驱动为引领，以产业发展“136”工作举措为统揽，以高水平国家创新型城市建设提供了重要支撑。
    <BLANKLINE>
    坚持以科技创新引领产业发展
    <BLANKLINE>
    本报评论员
    <BLANKLINE>
    """
    lines = _lines(text)
    edits: list[Edit] = []
    if not lines:
        return edits
    if lines[0].start > 0:
        edits.append(Edit(0, lines[0].start, "", "blank_line"))
    in_paragraph = False
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        gap = text[line.end : following.start]
        if _breaks_between(lines, index, in_paragraph):
            in_paragraph = False
            if gap != "\n\n":
                edits.append(Edit(line.end, following.start, "\n\n", "paragraph_break"))
            continue
        in_paragraph = True
        left, right = line.text[-1], following.text[0]
        if left == "-" and len(line.text) > 1 and line.text[-2].isascii() and right.islower():
            edits.append(Edit(line.end - 1, following.start, "", "hyphenation"))
        else:
            joiner = " " if _CREDIT_ONLY.match(following.text) else _joiner(left, right)
            edits.append(Edit(line.end, following.start, joiner, "line_wrap"))
    return edits

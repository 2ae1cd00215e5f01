"""Spaces that typesetting and extraction put inside a line.

Three repairs, run in this order by the pipeline: letter-spaced runs are joined
(:func:`join_spaced_han`), spaces next to full-width punctuation go
(:func:`tidy_punct_spaces`), and the spaces between Han and Latin letters or
digits follow one policy (:func:`space_cjk_latin`).

All three work line by line and only inside a line: a run of spaces at the start
of a line is indentation, which the block layer reads as a paragraph start; one at
the end is finish_text's; ``\\n`` and ``\\f`` are line structure and never touched.
A gap of spaces wider than two cells, or one with a tab, is a layout gap between
columns, not typesetting, and is left alone too.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from baozhi.chars import (
    CJK_PUNCT,
    HAN_CLASS,
    INLINE_SPACE,
    INLINE_SPACE_RUN,
    SENTENCE_END,
    UNIT_SIGNS,
    WEB_ADDRESS,
    display_width,
    is_cjk,
    is_han,
)
from baozhi.provenance import Edit

__all__ = ["join_spaced_han", "space_cjk_latin", "tidy_punct_spaces"]

# One line: the text between two line breaks or page breaks.
_LINE = regex.compile(r"[^\n\f]+")

# One printed token: what stands between two runs of spaces.
_TOKEN = regex.compile(f"[^{INLINE_SPACE}\n\f]+")

# The gaps that letter-spacing leaves: one space (pdftotext and pdfminer write an
# ASCII space, some tools a no-break space).  An ideographic space is printed on
# purpose (``本报记者　王尧``) and is never letter-spacing.
_LETTER_GAPS = (" ", "\N{NO-BREAK SPACE}")

# Letter-spacing needs this much evidence in one run of tokens: gaps next to a
# single Han character, between two CJK characters.  Two are not enough: a
# headline or a byline has a one-character word now and then (``本报记者 王尧 摄``).
_MIN_LETTER_GAPS = 3

# Words that end the role in a byline.  A two-character name after one is often
# printed spaced out to the width of a three-character name (``记者 王 尧``); its
# two gaps are no evidence of letter-spacing and stay.
_BYLINE_ROLES = ("记者", "通讯员", "实习生", "摄影", "评论员", "编辑")

# ``摄`` closing a run is the photo credit's last word (``本报记者 王尧 摄``).
_CREDIT_MARK = "摄"
# How a photo credit's first word starts (``本报记者``, ``记者``, ``通讯员``, ``特约…``).
_CREDIT_OPENINGS = ("本报", "特约", "首席", *_BYLINE_ROLES)

# How a photo credit ends a caption line (``郑喜艳 摄``, ``图片由示范区新闻中心提供``),
# and how long it can be.  A caption ending in ``。`` keeps one space before its
# credit (tests/golden/README.md, call 16).
_CREDIT_ENDINGS = ("摄", "摄影", "供图", "提供")
_CREDIT_MAX_CHARS = 20

# How a bracketed byline opens (``（本报记者 张亚丹）``), also cut short by a wrap
# (``（本``).  A space between a sentence end and such a bracket stays: the clean
# text keeps a closing byline one space after its paragraph (docs/clean-text.md).
_BYLINE_OPENERS = ("本报", "记者", "通讯员", "实习生", "特约", "见习", "首席", "作者")

# Closing and opening marks that close or open a quoted word.  A space between such
# a word and a Han word is a phrase separator, like one between two Han words
# (``追“高”逐“新” 专心致“质”``), not a space next to punctuation.
_WORD_CLOSERS = "”’》」』"
_WORD_OPENERS = "“‘《「『"

# Signs that start a number when a digit follows (``至 -5℃``).
_NUMBER_SIGNS = "+-±"

# A gap to insert in ``add`` mode: Han next to an ASCII letter or digit, or a
# percent sign closing a number.  Both sides are one character: no backtracking.
_HAN_LATIN_JOINT = regex.compile(
    f"(?<=[{HAN_CLASS}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%‰])(?=[{HAN_CLASS}])"
)


def line_spans(text: str) -> Iterator[tuple[int, str]]:
    """Each non-empty line of ``text`` with its offset; ``\\n`` and ``\\f`` end lines."""
    for match in _LINE.finditer(text):
        yield match.start(), match.group()


def inner_gaps(line: str) -> Iterator[tuple[int, int]]:
    """The runs of spaces between two printed characters of ``line``, as (start, end).

    Indentation and trailing spaces are not inner gaps, nor is a layout gap (a
    tab, or wider than two cells, as between two columns set side by side).
    """
    for match in INLINE_SPACE_RUN.finditer(line):
        start, end = match.span()
        if start > 0 and end < len(line) and _is_typeset_gap(match.group()):
            yield start, end


def _is_typeset_gap(gap: str) -> bool:
    """A gap typesetting can leave inside a line; wider ones, or tabs, separate columns."""
    return "\t" not in gap and display_width(gap) <= 2


def join_spaced_han(text: str) -> list[Edit]:
    """Join letter-spaced runs: ``中 出 现 的 新 问 题`` → ``中出现的新问题``.

    The defect: one space between every two characters of a line, or of its tail
    (``技创新。我 们 要 以 中 国``), sometimes between groups of one to three
    characters (pdfminer: ``区 企 业研发 投 入``).  A justified column spreads a
    short line by spacing its characters out, and the extractor reads each gap as
    a space; kickers are letter-spaced on purpose (``守 护 城 市 安 全``).

    A run is a stretch of tokens with no column gap between them.  It is letter-spaced
    when at least three of its gaps lie between two CJK characters, one of them a
    Han character standing alone (between the gap and punctuation or another gap:
    ``我``, ``。我``, ``（团``); a line made only of single characters (``社 论``)
    counts too, and so does one of single characters and numbers with three gaps
    to close, one of them between two CJK characters (``发 展 0.1% 发``).  A single
    character spaced off a number or a Latin word is a counter (``11 月 26 日``), no
    evidence.  In a letter-spaced run every one-space gap next
    to a lone character or punctuation mark goes, and so does every gap between a
    CJK character and a number (``项 目 13 个``).

    Left alone: spaces between words of two or more characters (the phrase
    separators of ``学思想 强党性 重实践 建新功``, ``“心系百姓 为民解忧”``,
    ``记者孙聪利 通讯员李蓥婕``), the ``摄`` of a photo credit (``本报记者 王尧 摄``),
    a spaced-out two-character name after a byline role (``记者 王 尧``), spaces
    next to Latin letters (:func:`space_cjk_latin` decides those) and indentation.

    >>> from baozhi.provenance import preview
    >>> preview(join_spaced_han, "资 项 目 13 个 ，计 划 总 投 资 45.6 亿 元")
    '资项目13个，计划总投资45.6亿元'
    """
    edits: list[Edit] = []
    for offset, line in line_spans(text):
        edits.extend(
            Edit(offset + start, offset + end, "", "spaced_han")
            for start, end in _letter_spacing(line)
        )
    return edits


def _letter_spacing(line: str) -> list[tuple[int, int]]:
    """The gaps of ``line`` that letter-spacing put there."""
    tokens = [match.span() for match in _TOKEN.finditer(line)]
    gaps: list[tuple[int, int]] = []
    run_start = 0
    for index in range(1, len(tokens) + 1):
        if index < len(tokens) and _is_typeset_gap(line[tokens[index - 1][1] : tokens[index][0]]):
            continue
        run = tokens[run_start:index]
        whole_line = run_start == 0 and index == len(tokens)
        gaps.extend(_spaced_gaps(line, run, whole_line=whole_line))
        run_start = index
    return gaps


def _spaced_gaps(
    line: str, run: list[tuple[int, int]], *, whole_line: bool
) -> list[tuple[int, int]]:
    """The gaps to close in one run of tokens, or none.

    Only one-space gaps are evidence or closed; a wider typeset gap (two spaces, an
    ideographic space) stays but does not end the run.
    """
    words = [line[start:end] for start, end in run]
    single = [len(word) == 1 and is_cjk(word) for word in words]
    single_han = [len(word) == 1 and is_han(word) for word in words]
    last = len(words) - 1
    # Gaps that are no evidence: around a spaced-out name after a byline role, and
    # before the credit mark after a word.
    credit = last >= 1 and words[last] == _CREDIT_MARK
    protected: set[int] = set()
    for index, word in enumerate(words[:-2]):
        third = index + 3
        if (
            word.endswith(_BYLINE_ROLES)
            and single_han[index + 1]
            and single_han[index + 2]
            and not (third <= last and single_han[third] and not (credit and third == last))
        ):
            protected.update((index, index + 1))
    if credit and not single[last - 1]:
        protected.add(last - 1)
    if credit:
        # The credit's own start: ``调 试 设 备 本报记者 周海涛 摄`` keeps its space
        # before ``本报记者`` though the caption before it was spaced out.
        opening = next(
            (
                index
                for index in range(max(last - 3, 1), last)
                if words[index].startswith(_CREDIT_OPENINGS)
            ),
            None,
        )
        if opening is not None:
            protected.add(opening - 1)

    evidence = 0
    closable: list[int] = []
    for gap in range(last):
        left, right = words[gap][-1], words[gap + 1][0]
        if gap in protected or line[run[gap][1] : run[gap + 1][0]] not in _LETTER_GAPS:
            continue
        if is_cjk(left) and is_cjk(right):
            if _stands_alone(words, gap, -1) or _stands_alone(words, gap + 1, 1):
                evidence += 1
                closable.append(gap)
            elif single[gap] or single[gap + 1]:
                closable.append(gap)
        elif _is_number_gap(left, right):
            closable.append(gap)
    all_singles = whole_line and last >= 1 and all(single) and sum(single_han) >= 2 and not credit
    # A short line spaced out whole, numbers or Latin words in it (``5G 发 展 。 ”``,
    # ``发 展 0.1% 发 展 PM2.5 发``): every Chinese word a single character, and
    # three gaps to close, one of them between two CJK characters.  Spacing by the
    # CJK-digit policy alone (``11 月 26 日``) never puts a space between two of them.
    cjk_words = [word for word in words if is_cjk(word[0])]
    cjk_gaps = sum(1 for gap in closable if is_cjk(words[gap][-1]) and is_cjk(words[gap + 1][0]))
    all_singles = all_singles or (
        whole_line
        and not credit
        and len(cjk_words) >= _MIN_LETTER_GAPS
        and all(len(word) == 1 for word in cjk_words)
        and sum(single_han) >= 2
        and cjk_gaps >= 1
        and len(closable) >= _MIN_LETTER_GAPS
    )
    if evidence < _MIN_LETTER_GAPS and not all_singles:
        return []
    return [(run[gap][1], run[gap + 1][0]) for gap in closable]


def _stands_alone(words: list[str], index: int, side: int) -> bool:
    """Whether the Han character of ``words[index]`` facing a gap stands alone.

    ``side`` is -1 for the word's end (the gap follows it), 1 for its start.  A
    one-character word next to a number or a Latin word on its other side is a
    counter or a unit (``11 月``, ``5G 中``): spaced apart with the number, it is
    no evidence of letter-spacing.  A unit sign already closes its number: the
    character after ``5% `` stands alone, as it does in ``5%中`` once
    :func:`space_cjk_latin` has closed that gap.
    """
    word = words[index]
    if side < 0:
        if not _isolated_end(word):
            return False
        other = words[index - 1][-1] if index > 0 else ""
    else:
        if not _isolated_start(word):
            return False
        other = words[index + 1][0] if index + 1 < len(words) else ""
    latin = other.isascii() and other.isalnum()
    return len(word) > 1 or not latin


def _isolated_end(word: str) -> bool:
    """Whether ``word`` ends in a Han character standing alone (``我``, ``。我``, ``（团``).

    Punctuation of either width isolates it; a letter, a digit or Han does not.
    """
    return is_han(word[-1]) and (len(word) == 1 or not word[-2].isalnum())


def _isolated_start(word: str) -> bool:
    """Whether ``word`` starts with a Han character standing alone (``队``, ``队）达``)."""
    return is_han(word[0]) and (len(word) == 1 or not word[1].isalnum())


def _is_number_gap(left: str, right: str) -> bool:
    """A gap between a CJK character and a number, on either side."""
    return (is_cjk(left) and right.isascii() and right.isdigit()) or (
        ((left.isascii() and left.isdigit()) or left in UNIT_SIGNS) and is_cjk(right)
    )


def tidy_punct_spaces(text: str) -> list[Edit]:
    """Remove spaces next to full-width punctuation: ``本报讯 （记者`` → ``本报讯（记者``.

    The defect: a space before or after ``，。、；：（）“”《》`` and the like
    (``巡检 。``, ``23.5% ，``, ``“ 5G+``, ``（ GDP ）``).  Full-width punctuation
    carries its own white space in the glyph; extractors that measure gaps between
    glyph boxes, and OCR engines, report that white space as a space.

    Left alone: indentation at the start of a line (the block layer reads it); a
    space between a quoted word and a Han word, a phrase separator
    (``追“高”逐“新” 专心致“质”``); the one space between a sentence end and a
    bracketed byline that closes the paragraph (``贡献。 （本报记者 张亚丹）``) or
    the credit that closes a caption (``绿色出行理念。 郑喜艳 摄``); layout gaps
    wider than two cells.

    >>> from baozhi.provenance import preview
    >>> preview(tidy_punct_spaces, "本报讯 （记者张亚丹）11月30日 ，阳光灿烂")
    '本报讯（记者张亚丹）11月30日，阳光灿烂'
    """
    edits: list[Edit] = []
    for offset, line in line_spans(text):
        edits.extend(
            Edit(offset + start, offset + end, "", "punct_space")
            for start, end in inner_gaps(line)
            if punct_gap_goes(line, start, end)
        )
    return edits


def punct_gap_goes(line: str, start: int, end: int) -> bool:
    """Whether the inner gap ``line[start:end]`` is a space next to full-width punctuation."""
    left, right = line[start - 1], line[end]
    if left not in CJK_PUNCT and right not in CJK_PUNCT:
        return False
    before_left = line[start - 2] if start >= 2 else " "
    quoted_word = (
        left in _WORD_CLOSERS
        and before_left not in CJK_PUNCT
        and not before_left.isspace()
        and (is_han(right) or right in _WORD_OPENERS)
    )
    if quoted_word:
        return False
    sentence_end = left in SENTENCE_END or (left in _WORD_CLOSERS and before_left in SENTENCE_END)
    if not sentence_end:
        return True
    rest = line[end:]
    byline = rest[0] in "（(" and _opens_byline(rest[1:])
    return not (byline or _is_credit(rest))


def _opens_byline(rest: str) -> bool:
    """Whether ``rest``, the text after ``（``, starts a byline (or its wrapped start)."""
    return any(rest.startswith(word) or word.startswith(rest) for word in _BYLINE_OPENERS)


def _is_credit(rest: str) -> bool:
    """Whether ``rest``, the end of a line, is a photo credit (``郑喜艳 摄``)."""
    return (
        len(rest) <= _CREDIT_MAX_CHARS
        and rest.endswith(_CREDIT_ENDINGS)
        and not any(char in CJK_PUNCT for char in rest)
    )


def space_cjk_latin(text: str, *, add: bool = False) -> list[Edit]:
    """Apply the spacing policy between Han and Latin letters or digits.

    The defect (``add=False``, the default): ``突破 1100 家``, ``11 月 26 日``,
    ``5G 通信``, ``PM2.5 浓度``, ``至 -5 ℃左右``.  Chinese text prints Latin letters
    and digits without a space; the space comes from extractors that see a font
    change or a wider glyph gap at the script boundary.  The space between a number
    and its unit sign (``-5 ℃``, ``98 %``) goes for the same reason.

    ``add=True`` is pangu-style spacing for readers who want it: one space is
    inserted between Han and an ASCII letter or digit where there is none
    (``5G通信`` → ``5G 通信``); existing spaces and URLs are left as they are.

    Left alone: spaces between two Latin words or numbers (``Wi-Fi 6 network``); an
    English word standing in Chinese text keeps its spaces as printed
    (``底气 and 更足``: an all-lowercase word, not a unit after a number; ``他说
    Hello World 你好``: two words or more with lowercase letters); spaces
    next to punctuation (:func:`tidy_punct_spaces`); indentation.

    >>> from baozhi.provenance import preview
    >>> preview(space_cjk_latin, "记者 11 月 27 日从市气象台获悉，最低气温将降至 -5 ℃左右")
    '记者11月27日从市气象台获悉，最低气温将降至-5℃左右'
    """
    edits: list[Edit] = []
    for offset, line in line_spans(text):
        if add:
            edits.extend(
                Edit(offset + spot, offset + spot, " ", "cjk_latin_space")
                for spot in _joints_to_space(line)
            )
        else:
            edits.extend(
                Edit(offset + start, offset + end, "", "cjk_latin_space")
                for start, end in inner_gaps(line)
                if _cjk_latin_gap_goes(line, start, end)
            )
    return edits


def _joints_to_space(line: str) -> Iterator[int]:
    """Offsets in ``line`` where Han meets an ASCII letter or digit, outside URLs."""
    urls = [match.span() for match in WEB_ADDRESS.finditer(line)]
    for match in _HAN_LATIN_JOINT.finditer(line):
        spot = match.start()
        if not any(start < spot < end for start, end in urls):
            yield spot


def _cjk_latin_gap_goes(line: str, start: int, end: int) -> bool:
    """Whether the inner gap ``line[start:end]`` lies between Han and Latin or digits."""
    left, right = line[start - 1], line[end]
    if is_han(left) and _starts_latin(line, end):
        if _ENGLISH_PHRASE_AFTER.match(line, end):
            return False
        return not _english_word(_latin_chunk_after(line, end), after_number=False)
    if _ends_latin(left) and is_han(right):
        if _ENGLISH_PHRASE_BEFORE.search(line, 0, start):
            return False
        chunk_start = _latin_chunk_start(line, start)
        # A short word right after a number is its unit (``12km``, ``12 km``).
        number_end = chunk_start - 1 if line[chunk_start - 1 : chunk_start] == " " else chunk_start
        after_number = line[number_end - 1 : number_end].isdigit()
        return not _english_word(line[chunk_start:start], after_number=after_number)
    return left.isascii() and left.isdigit() and right in UNIT_SIGNS


# Two or more English words in a row, each with a lowercase letter (``Hello World``,
# not ``AGV`` nor ``Mate 60``): English text standing in Chinese keeps its spaces.
_ENGLISH_WORD = r"[A-Za-z][a-z'-]*[a-z][a-z'-]*"
_ENGLISH_PHRASE_AFTER = regex.compile(rf"{_ENGLISH_WORD}(?: {_ENGLISH_WORD})+(?![A-Za-z0-9])")
_ENGLISH_PHRASE_BEFORE = regex.compile(rf"(?<![A-Za-z0-9]){_ENGLISH_WORD}(?: {_ENGLISH_WORD})+$")


def _starts_latin(line: str, index: int) -> bool:
    char = line[index]
    if char.isascii() and char.isalnum():
        return True
    following = line[index + 1 : index + 2]
    return char in _NUMBER_SIGNS and following.isascii() and following.isdigit()


def _ends_latin(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char in UNIT_SIGNS or char == "+"


def _is_word_char(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or char in "-'"


def _latin_chunk_after(line: str, index: int) -> str:
    """The letters (and ``-'``) of ``line`` from ``index`` on."""
    end = index
    while end < len(line) and _is_word_char(line[end]):
        end += 1
    return line[index:end]


def _latin_chunk_start(line: str, index: int) -> int:
    """Where the letters (and ``-'``) ending just before ``index`` start."""
    start = index
    while start > 0 and _is_word_char(line[start - 1]):
        start -= 1
    return start


def _english_word(chunk: str, *, after_number: bool) -> bool:
    """An all-lowercase English word (``and``, ``network``), not a unit (``12 km``).

    Acronyms, mixed case and anything with a digit (``AGV``, ``5G``, ``PM2.5``,
    ``iPhone``) are names printed into Chinese text without spaces.
    """
    letters = chunk.strip("-'")
    if len(letters) < 2 or not letters.isalpha() or not letters.islower():
        return False
    return not (after_number and len(letters) <= 3)

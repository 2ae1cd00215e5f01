"""Corruptors: pure functions that do to clean text what PDF extraction does.

Each takes clean text and explicit parameters and returns the corrupted text, so
a user can build a regression case by hand; :mod:`baozhi.testing.strategies`
draws the parameters.  ``clean_text(corrupt(x)) == x`` is the contract the
cleaner must meet for every corruptor here.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from baozhi.chars import CLOSING, HAN_CLASS, OPENING, display_width

__all__ = [
    "SENTENCE_END",
    "add_cjk_digit_spaces",
    "double_runs",
    "double_runs_across_lines",
    "ends_sentence",
    "fullwidth_alnum",
    "gbk_mojibake",
    "hard_wrap",
    "shows_its_end",
    "space_out",
    "split_credit",
    "wrap_is_unambiguous",
    "wrap_lines",
]

# What ends a sentence in the generated text.  A line ending with one of these
# (optionally followed by closing quotes or brackets) reads as a paragraph end.
SENTENCE_END = "。！？…"

# A photo credit at the end of a caption: ``本报记者 王尧 摄``, ``郑喜艳 摄``.
# The space before it is part of the match; the caption text keeps none.
_CREDIT = regex.compile(rf" (?:(?:本报记者|本报通讯员|记者|通讯员) )?[{HAN_CLASS}]{{2,4}} 摄\Z")

# A unit of typesetting: an ASCII run that is never broken or spaced inside (a
# number with its decimal point and percent sign, or a Latin term: ``PM2.5``,
# ``23.5%``, ``5G``), or any other single character.
_UNIT = regex.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*|.", regex.DOTALL)

# Kinsoku (禁则), the line-breaking rules of Chinese typesetting: a printed line
# never starts with a closing mark or a clause or sentence mark, and never ends
# with an opening mark.  The dash and the middle dot are left out: the text the
# strategies generate has neither inside a paragraph.
_NO_LINE_START = "，。、；：？！…" + CLOSING
_NO_LINE_END = OPENING

# Closing marks that do not fit hang past the right margin by up to this many
# cells, one full-width mark's worth; where more would hang (``。”`` after a
# character that just fits), the character goes down to the next line with its
# marks, as a compositor would rather than hang two marks.
_MAX_HANG = 2

# Where pdftotext puts a space: between Han and an ASCII letter or digit.
_HAN_ASCII_BOUNDARY = regex.compile(
    rf"(?<=[{HAN_CLASS}])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[{HAN_CLASS}])"
)

_FULLWIDTH = str.maketrans(
    {
        c: chr(ord(c) + 0xFEE0)
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    }
)


def split_credit(line: str) -> tuple[str, str]:
    """Split a caption into its text and its credit (with the space before it).

    >>> split_credit("市民在公园锻炼身体 本报记者 王尧 摄")
    ('市民在公园锻炼身体', ' 本报记者 王尧 摄')
    >>> split_credit("学思想 强党性")
    ('学思想 强党性', '')
    """
    match = _CREDIT.search(line)
    if match is None:
        return line, ""
    return line[: match.start()], line[match.start() :]


def _units(text: str) -> list[str]:
    """The characters of ``text``, with each ASCII run kept whole.

    >>> _units("该区5G基站23.5%")
    ['该', '区', '5G', '基', '站', '23.5%']
    """
    return _UNIT.findall(text)


def _chunked(line: str, chunks: Sequence[int]) -> list[tuple[str, str]]:
    """``line`` (without its credit) cut into chunks: ``(chunk, separator before it)``.

    Chunk lengths are taken from ``chunks`` in turn, starting over when they run
    out; a chunk stops at a space, which is kept as the next chunk's separator.
    """
    if not chunks or any(n < 1 for n in chunks):
        raise ValueError(f"chunk lengths must be positive and at least one, not {chunks!r}")
    pieces: list[tuple[str, str]] = []
    turn = 0
    for index, segment in enumerate(line.split(" ")):
        separator = " " if index else ""
        position = 0
        while position < len(segment):
            length = chunks[turn % len(chunks)]
            turn += 1
            pieces.append((segment[position : position + length], separator))
            separator = ""
            position += length
        if not segment and index:
            raise ValueError(f"fake bold needs single spaces between phrases: {line!r}")
    return pieces


def double_runs(line: str, chunks: Sequence[int]) -> str:
    """Fake bold as one line: every chunk of ``line`` printed twice.

    A PDF fakes bold type by drawing each run of glyphs twice, slightly offset;
    extraction reads both copies.  ``chunks`` gives the chunk lengths (cycled).
    Spaces between phrases and a caption's credit are printed once.

    >>> double_runs("示范“新”区奋力跃升", [2, 1, 1, 1, 5])
    '示范示范““新新””区奋力跃升区奋力跃升'
    >>> double_runs("学思想 强党性", [3])
    '学思想学思想 强党性强党性'
    >>> double_runs("调试设备 本报记者 王尧 摄", [3, 1])
    '调试设调试设备备 本报记者 王尧 摄'
    """
    body, credit = split_credit(line)
    return "".join(sep + chunk + chunk for chunk, sep in _chunked(body, chunks)) + credit


def double_runs_across_lines(line: str, chunks: Sequence[int]) -> str:
    """Fake bold as pdftotext prints it: the second copy of a chunk starts a new line.

    Each line holds the second copy of one chunk and the first copy of the next,
    so a one-line headline becomes ``len(chunks) + 1`` lines.

    >>> print(double_runs_across_lines("新材料产业集群加速崛起", [3, 5, 3]))
    新材料
    新材料产业集群加
    产业集群加速崛起
    速崛起
    >>> print(double_runs_across_lines("调试设备 本报记者 王尧 摄", [3, 1]))
    调试设
    调试设备
    备 本报记者 王尧 摄
    """
    body, credit = split_credit(line)
    return "".join(sep + chunk + "\n" + chunk for chunk, sep in _chunked(body, chunks)) + credit


def space_out(line: str) -> str:
    """Letter-spacing: a space between every two characters of a justified line.

    Justification spreads the glyphs of a line that is a little short, and
    extraction turns the gaps into spaces.  An ASCII run (``5G``, ``23.5%``) is
    spaced as one unit, because letter-spacing inside it would be a real
    Latin-word space to the cleaner.  Each line of a multi-line text is spaced
    on its own.  A line that already has spaces is refused (``ValueError``): a
    phrase separator inside letter-spacing cannot be told apart.

    >>> space_out("中出现的5G问题，又")
    '中 出 现 的 5G 问 题 ， 又'
    """
    lines = line.split("\n")
    for one in lines:
        if " " in one:
            raise ValueError(f"space_out needs a line without spaces: {one!r}")
    return "\n".join(" ".join(_units(one)) for one in lines)


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with a sentence end, perhaps before closing quotes.

    >>> ends_sentence("公司生产部经理刘建国说。"), ends_sentence("“以前一条线。”")
    (True, True)
    >>> ends_sentence("走进高新区新材料产业")
    False
    """
    stripped = line.rstrip(CLOSING)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _clusters(paragraph: str) -> list[str]:
    """``paragraph`` cut where a line may break: between two units (see :func:`_units`),
    but never before a mark a line cannot start with, nor after one it cannot end with.

    >>> _clusters("说：“发展5G。”")
    ['说：', '“发', '展', '5G。”']
    """
    clusters: list[str] = []
    for unit in _units(paragraph):
        if clusters and (unit in _NO_LINE_START or clusters[-1][-1] in _NO_LINE_END):
            clusters[-1] += unit
        else:
            clusters.append(unit)
    return clusters


def _fits(cluster: str, used: int, limit: int) -> bool:
    """Whether ``cluster`` goes on a line with ``used`` of its ``limit`` cells taken.

    It fits, or all that does not fit is closing marks, at most :data:`_MAX_HANG`
    cells of them (hanging punctuation).

    >>> _fits("八，", 8, 10), _fits("八。”", 8, 10), _fits("八。”", 7, 10)
    (True, False, True)
    """
    over = used + display_width(cluster) - limit
    if over <= 0:
        return True
    body = cluster.rstrip(_NO_LINE_START) or cluster
    return over <= _MAX_HANG and used + display_width(body) <= limit


def wrap_lines(paragraph: str, width: int) -> list[str]:
    """The lines :func:`hard_wrap` breaks ``paragraph`` into, by the rules of print.

    A column is ``width`` Han characters wide, ``2 * width`` display cells
    (ASCII counts one cell).  The first line is two characters narrower (the
    indent that extraction drops).  A line is filled while the next unit fits;
    an ASCII run is never broken (it moves to the next line whole, so a full line
    can be up to one run narrower than the column).

    Lines break as Chinese typesetting breaks them: no line starts with a
    closing mark or a clause or sentence mark (``，。、；：？！…”’）》``), and
    none ends with an opening mark (``“‘（《``), which goes down with the
    character after it.  A closing mark that does not fit hangs past the
    margin, so a line can be up to two cells (one mark) wider than the column;
    where more than that would hang (``。”`` after a character that just fits),
    the character goes down to the next line with its marks:

    >>> wrap_lines("一二三四五六七八，九十。", 5)
    ['一二三', '四五六七八，', '九十。']
    >>> wrap_lines("一二三四五六七八。”九“十”。", 5)
    ['一二三', '四五六七', '八。”九', '“十”。']
    """
    if width < 3:
        raise ValueError(f"a column must be at least 3 characters wide, not {width}")
    lines: list[str] = []
    current = ""
    used = 0
    limit = 2 * (width - 2)
    for cluster in _clusters(paragraph):
        if current and not _fits(cluster, used, limit):
            lines.append(current)
            current, used, limit = "", 0, 2 * width
        current += cluster
        used += display_width(cluster)
    if current or not lines:
        lines.append(current)
    return lines


def hard_wrap(paragraph: str, width: int, blank_lines: bool = False) -> str:
    """A paragraph broken into the lines of a ``width``-character column.

    Extraction keeps the printed line ends.  With ``blank_lines`` every line is
    followed by an empty line, as some extractors and OCR tools print them.  See
    :func:`wrap_lines` for where lines break, and :func:`wrap_is_unambiguous`
    for the evidence a reader needs to find the paragraph's end again.

    >>> print(hard_wrap("近年来，洛阳市坚持以创新驱动为引领，以产业发展为统揽。", 9))
    近年来，洛阳市
    坚持以创新驱动为引
    领，以产业发展为统
    揽。
    """
    return ("\n\n" if blank_lines else "\n").join(wrap_lines(paragraph, width))


def wrap_is_unambiguous(paragraph: str, width: int) -> bool:
    """True when the wrapped paragraph shows where it ends, as a printed page does.

    The evidence: the last line ends a sentence and is at least two characters
    (four cells) narrower than the column and than the full lines right above
    it; no other line ends a sentence.  A sentence that ends exactly at the
    right margin (or hangs its ``。`` past it), or a last line as wide as the
    lines above it (which marks that may not start a line left short too),
    gives a reader no way to see the paragraph break, so the strategies never
    wrap a paragraph at such a width.

    >>> wrap_is_unambiguous("近年来，洛阳市坚持以创新驱动为引领，以产业发展为统揽。", 9)
    True
    >>> wrap_is_unambiguous("近年来，洛阳市坚持以创新驱动领。以产业发展为统揽。", 9)
    False
    """
    return shows_its_end(wrap_lines(paragraph, width), width)


def shows_its_end(lines: Sequence[str], width: int) -> bool:
    """:func:`wrap_is_unambiguous` for a paragraph already wrapped into ``lines``.

    >>> shows_its_end(["近年来，洛阳市", "坚持以创新驱动为引", "领，以产业发展为统", "揽。"], 9)
    True
    """
    last = display_width(lines[-1])
    if not ends_sentence(lines[-1]) or last > 2 * width - 4:
        return False
    above = [display_width(line) for line in lines[1:-1][-2:]]
    if above and last > min(above) - 4:
        return False
    return not any(ends_sentence(line) for line in lines[:-1])


def add_cjk_digit_spaces(text: str) -> str:
    """A space between Han and an ASCII digit or letter, as pdftotext writes them.

    >>> add_cjk_digit_spaces("11月26日，该区5G基站达到1100个")
    '11 月 26 日，该区 5G 基站达到 1100 个'
    """
    return _HAN_ASCII_BOUNDARY.sub(" ", text)


def gbk_mojibake(text: str) -> str:
    """UTF-8 bytes read as GBK (``科技`` → ``绉戞妧``), where that loses nothing.

    Tried on the whole text, then line by line; a line whose bytes are no valid
    GBK, would not come back unchanged, or that has fewer than four Han
    characters, is left as it is.  Where it changed
    anything, ``result.encode("gbk").decode("utf-8")`` gives the text back.

    >>> gbk_mojibake("科技")
    '绉戞妧'
    """
    whole = _gbk_view(text)
    if whole is not None:
        return whole
    return "\n".join(
        (_gbk_view(line) or line) if _han_count(line) >= _MIN_MOJIBAKE_HAN else line
        for line in text.split("\n")
    )


# A shorter line, garbled alone (``展？`` → ``灞曪紵``), cannot be told from real
# text by anyone: its garbled form is a few plausible characters.
_MIN_MOJIBAKE_HAN = 4


def _han_count(text: str) -> int:
    return sum(1 for char in text if "\u4e00" <= char <= "\u9fff")


def _gbk_view(text: str) -> str | None:
    raw = text.encode("utf-8")
    try:
        garbled = raw.decode("gbk")
    except UnicodeDecodeError:
        return None
    try:
        if garbled.encode("gbk") != raw:
            return None
    except UnicodeEncodeError:
        return None
    return garbled


def fullwidth_alnum(text: str) -> str:
    """ASCII letters and digits turned full-width (``5G`` → ``\uff15\uff27``); nothing else.

    Punctuation such as ``.`` and ``%`` stays half-width.

    >>> fullwidth_alnum("PM2.5浓度下降23%") == "\uff30\uff2d\uff12.\uff15浓度下降\uff12\uff13%"
    True
    """
    return text.translate(_FULLWIDTH)

"""The shapes of lines and blocks: what running text, headlines and credits look like.

Shared by the wrap joiner, the split-paragraph rejoiner and the article layer.
Each pattern says what it knowingly gets wrong.
"""

from __future__ import annotations

import regex

from baozhi.chars import CLOSING, HAN_CLASS, INLINE_SPACE, OPENING, SENTENCE_END

__all__ = [
    "BLOCK_START",
    "CONTINUING_END",
    "CREDIT",
    "CREDIT_ONLY",
    "NEVER_STARTS_LINE",
    "SENTENCE_PUNCT",
    "cannot_open_paragraph",
    "closes_unopened",
    "credit_line",
    "ends_sentence",
    "has_phrase_space",
    "joiner",
    "open_brackets",
    "title_shaped",
]

# Punctuation inside a line that marks running text (headlines rarely carry it).
SENTENCE_PUNCT = frozenset("，。；！？、")
# A line ending in one of these is in the middle of a sentence.
CONTINUING_END = frozenset("，、；“‘（《〈【「『—·\N{FULLWIDTH TILDE}") | frozenset(OPENING)
# Kinsoku: typeset Chinese never starts a line with these, so a line that does
# (pdftotext -raw puts a quote's closing mark on the next line) continues the
# line before it.  The ellipsis is not here: a line of ``……`` stands for
# elided list items.
NEVER_STARTS_LINE = frozenset("，。、；：！？”’）》〉】」』%")

# Headlines run to about two dozen characters; a line without sentence
# punctuation that is longer is running text in a wide column.
_TITLE_MAX_CHARS = 26

# A phrase separator: one space between two Han runs, as in ``学思想 强党性``
# (quotes and brackets are checked by ``has_phrase_space``).
_PHRASE_SPACE = regex.compile(rf"[{HAN_CLASS}”》][{INLINE_SPACE}]+[{HAN_CLASS}“《]")

# Photo credits at the end of a line: ``本报记者 王尧 摄``, ``郑喜艳 摄``,
# ``图片由示范区新闻中心提供``.  Names are 2–4 Han characters (one or two of
# them); a body line that ends in ``…拍摄`` without a space before 摄 and with
# more than four characters before it is not a credit.  A credit starts a line
# or follows a space; right after a closing quote or bracket it needs its role
# (``…调试设备”本报记者 周海涛 摄``: OCR read a mark where the space was), since
# without one the name would run on into the caption (``“…”展区王尧 摄``).
_NAME = rf"(?:[{HAN_CLASS}·]{{2,4}}[{INLINE_SPACE}]?){{1,2}}"
_ROLE_WORDS = r"(?:本报|特约)?(?:首席)?(?:摄影)?(?:记者|通讯员)"
_CREDIT_ROLE = rf"(?:{_ROLE_WORDS})?[{INLINE_SPACE}]?"
CREDIT = regex.compile(
    rf"(?:(?:(?:^|[{INLINE_SPACE}]){_CREDIT_ROLE}|(?<=[{CLOSING}]){_ROLE_WORDS}[{INLINE_SPACE}]?)"
    rf"{_NAME}摄|图片由[^{INLINE_SPACE}]{{2,24}}提供)$"
)
CREDIT_ONLY = regex.compile(rf"^(?:{_CREDIT_ROLE}{_NAME}摄|图片由\S{{2,24}}提供)$")

# Lines that start a block whatever came before: a dateline, a boxed or
# bracketed byline, a ``——`` subtitle or list item, a continuation marker.
BLOCK_START = regex.compile(r"^(?:本报讯|□|■|——|[（(]本|[（(]上接|本报评论员|本报记者)")


# A tail that opens with one character and a sentence mark (``道。``, ``围，常常…``)
# or two and a full stop.  No paragraph opens like that; ``据悉，`` and ``目前，``
# do open paragraphs, so two characters and a comma are not enough.
_STUB_OPENING = regex.compile(r"^(?:[^\s，。、；：！？][，。、；！？]|[^\s，。、；：！？]{2}。)")
# The particle ``的`` ties what follows to a word before it (``今年35岁`` /
# ``的求职者…``), so no paragraph opens with it; ``的确`` (indeed), ``的士`` and
# ``的哥`` (taxi, its driver) are words of their own that can.
_PARTICLE_OPENING = regex.compile(r"^的(?![确士哥])")


_PAIRS = {"”": "“", "）": "（", "》": "《"}


def closes_unopened(text: str) -> bool:
    """A closing quote or bracket that ``text`` never opened: ``亿元。”高新区…``,
    ``一家（全省港口），学校养老。”``.

    >>> closes_unopened("一家（全省港口），学校养老。”"), closes_unopened("“一窗通办”让群众少跑腿")
    (True, False)
    """
    depth = dict.fromkeys(_PAIRS.values(), 0)
    for char in text:
        if char in depth:
            depth[char] += 1
        elif char in _PAIRS:
            opening = _PAIRS[char]
            if not depth[opening]:
                return True
            depth[opening] -= 1
    return False


def cannot_open_paragraph(text: str) -> bool:
    """Text that continues a paragraph and cannot open one.

    It opens with a mark no line opens with (``”`` ``，``), with one character
    and a sentence mark or two and a full stop (``道。“今天…``), with the
    particle ``的`` (``的求职者…``), or with a closing quote or bracket it never
    opened (``亿元。”高新区…``).

    >>> cannot_open_paragraph("道。“今天学了不少知识"), cannot_open_paragraph("据悉，今年")
    (True, False)
    >>> cannot_open_paragraph("的求职者马晓燕"), cannot_open_paragraph("的确，今年")
    (True, False)
    """
    if not text or BLOCK_START.match(text) or credit_line(text):
        return False
    return (
        text[0] in NEVER_STARTS_LINE
        or bool(_STUB_OPENING.match(text) or _PARTICLE_OPENING.match(text))
        or closes_unopened(text)
    )


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: ``。！？…``, maybe before closing marks.

    >>> ends_sentence("…公司生产部经理刘建国说。”"), ends_sentence("…突破500")
    (True, False)
    """
    stripped = text.rstrip(CLOSING)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def title_shaped(text: str) -> bool:
    """Short and without sentence punctuation: the shape of a headline line.

    Running text in a narrow column can have it too, so the shape alone proves
    nothing where lines form a column.

    >>> title_shaped("新材料产业集群加速崛起"), title_shaped("园，塔吊林立，机器轰鸣。")
    (True, False)
    """
    return len(text) <= _TITLE_MAX_CHARS and not SENTENCE_PUNCT.intersection(text)


def open_brackets(text: str, depth: int = 0) -> int:
    """How many brackets or book-title marks are still open after ``text`` (``（本报记``: 1).

    ``depth`` is the number already open where ``text`` starts.
    """
    for char in text:
        if char in "（(《〈【「":
            depth += 1
        elif char in "）)》〉】」" and depth:
            depth -= 1
    return depth


def has_phrase_space(text: str, *, depth: int = 0) -> bool:
    """A one-space phrase separator outside quotes and brackets: a headline's mark.

    The spaces of a trailing photo credit (``本报记者 王尧 摄``) don't count.
    ``depth`` is the number of brackets and quotes already open where ``text``
    starts (a wrapped byline: ``讯员 郭芳）11月26日…``).

    >>> has_phrase_space("学思想 强党性"), has_phrase_space("写有“心系百姓 为民解忧”字样")
    (True, False)
    """
    credit = CREDIT.search(text)
    if credit is not None:
        text = text[: credit.start()]
    for index, char in enumerate(text):
        if char in "“（(《":
            depth += 1
        elif char in "”）)》" and depth:
            depth -= 1
        if char in INLINE_SPACE and depth == 0 and _PHRASE_SPACE.match(text, index - 1):
            return True
    return False


def credit_line(text: str) -> bool:
    """A caption line ending in a credit, as opposed to running text that does."""
    credit = CREDIT.search(text)
    return credit is not None and not SENTENCE_PUNCT.intersection(text[: credit.start()])


def joiner(left: str, right: str) -> str:
    """What joins two wrapped pieces: nothing between CJK, one space between Latin words.

    >>> joiner("展", "现"), joiner("i", "n"), joiner("1", "9")
    ('', ' ', '')
    """
    latin = left.isascii() and right.isascii() and left.isalnum() and right.isalnum()
    return " " if latin and (left.isalpha() or right.isalpha()) else ""

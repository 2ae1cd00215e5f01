"""Character classes and patterns, named once and compiled once.

Each constant says why it has its shape and what it knowingly gets wrong.  The
patterns use the third-party ``regex`` module for Unicode script properties.
"""

from __future__ import annotations

import unicodedata

import regex

__all__ = [
    "CJK_PUNCT",
    "CLOSING",
    "HAN",
    "HAN_CLASS",
    "IDEOGRAPHIC_SPACE",
    "INLINE_SPACE",
    "INLINE_SPACE_RUN",
    "OPENING",
    "PAIRED_PUNCT",
    "SENTENCE_END",
    "UNIT_SIGNS",
    "WEB_ADDRESS",
    "display_width",
    "is_cjk",
    "is_han",
]

IDEOGRAPHIC_SPACE = "\N{IDEOGRAPHIC SPACE}"

# Spaces that can sit inside a line.  Newlines and form feeds are structure and are
# handled by the block layer; everything else that is blank counts as a space.
INLINE_SPACE = (
    " \t\N{NO-BREAK SPACE}" + IDEOGRAPHIC_SPACE + "\u2000-\u200a\N{NARROW NO-BREAK SPACE}"
)

# One run of inline spaces.  A plain character class repeated: it cannot backtrack,
# and it never crosses a line break, so line structure is never touched.
INLINE_SPACE_RUN = regex.compile(f"[{INLINE_SPACE}]+")

# Han ideographs, including the compatibility block and the ideographic zero, which newspapers use
# as a digit.  Kana and Hangul are not Han: a space next to them is not ours to touch.
HAN_CLASS = r"\p{Han}" + "\N{IDEOGRAPHIC NUMBER ZERO}"
HAN = regex.compile(f"[{HAN_CLASS}]")

# Opening and closing brackets and quotes of Chinese typesetting.  Book-title marks
# are included: they pair like brackets.
OPENING = "“‘（《〈【「『\N{LEFT TORTOISE SHELL BRACKET}〖"
CLOSING = "”’）》〉】」』\N{RIGHT TORTOISE SHELL BRACKET}〗"

# Brackets and quotes that come in pairs; doubled, they are a fake-bold artefact,
# because Chinese never prints ““ or （（ on purpose.
PAIRED_PUNCT = OPENING + CLOSING

# Full-width punctuation of running Chinese text.  The dash and ellipsis are two
# characters each when printed (—— and ……), so doubling them is not an artefact.
CJK_PUNCT = "，。、；：？！…—·\N{FULLWIDTH TILDE}" + PAIRED_PUNCT

# Characters that can end a paragraph: a sentence end, optionally followed by
# closing quotes or brackets (handled by callers).  ： is not one: a colon line
# introduces what follows.
SENTENCE_END = "。！？…"

# Signs printed glued to the number before them (``98%``, ``-5℃``).  A space in
# front of one is a typesetting artefact, never a separator.  ° also opens angles
# and coordinates (``30°``), where the rule holds too.
UNIT_SIGNS = "%‰℃℉°"

# A URL or web address, up to the next space: its characters are Latin whatever
# surrounds them, so no space is inserted and no mark widened inside it.  It runs
# on into Han that follows (``www.x.cn查询``): where it ends cannot be told.  The
# scheme is a literal, so the pattern reads each character once.
WEB_ADDRESS = regex.compile(r"(?:https?://|ftp://|www\.)\S+")


def is_han(char: str) -> bool:
    """True for a Han ideograph (``科``), False for punctuation, kana, Latin."""
    return HAN.match(char) is not None


def is_cjk(char: str) -> bool:
    """True for a Han ideograph or full-width Chinese punctuation."""
    return is_han(char) or char in CJK_PUNCT


def display_width(text: str) -> int:
    """Width in half-width cells: wide and full-width characters count two.

    >>> display_width("5G智能")
    6
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

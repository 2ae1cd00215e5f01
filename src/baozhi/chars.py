"""Character classes and patterns, named once and compiled once.

Each constant says why it has its shape and what it knowingly gets wrong.  The
patterns use the third-party ``regex`` module for Unicode script properties.
"""

from __future__ import annotations

import unicodedata

import regex

__all__ = [
    "CLOSING",
    "CJK_PUNCT",
    "HAN",
    "HAN_CLASS",
    "IDEOGRAPHIC_SPACE",
    "INLINE_SPACE",
    "OPENING",
    "PAIRED_PUNCT",
    "SENTENCE_END",
    "display_width",
    "is_cjk",
    "is_han",
]

IDEOGRAPHIC_SPACE = "\N{IDEOGRAPHIC SPACE}"

# Spaces that can sit inside a line.  Newlines and form feeds are structure and are
# handled by the block layer; everything else that is blank counts as a space.
INLINE_SPACE = " \t\N{NO-BREAK SPACE}" + IDEOGRAPHIC_SPACE + "\u2000-\u200a\N{NARROW NO-BREAK SPACE}"

# Han ideographs, including the compatibility block and 〇, which newspapers use
# as a digit.  Kana and Hangul are not Han: a space next to them is not ours to touch.
HAN_CLASS = r"\p{Han}〇"
HAN = regex.compile(f"[{HAN_CLASS}]")

# Opening and closing brackets and quotes of Chinese typesetting.  Book-title marks
# are included: they pair like brackets.
OPENING = "“‘（《〈【「『〔〖"
CLOSING = "”’）》〉】」』〕〗"

# Brackets and quotes that come in pairs; doubled, they are a fake-bold artefact,
# because Chinese never prints ““ or （（ on purpose.
PAIRED_PUNCT = OPENING + CLOSING

# Full-width punctuation of running Chinese text.  The dash and ellipsis are two
# characters each when printed (—— and ……), so doubling them is not an artefact.
CJK_PUNCT = "，。、；：？！…—·～" + PAIRED_PUNCT

# Characters that can end a paragraph: a sentence end, optionally followed by
# closing quotes or brackets (handled by callers).  ： is not one: a colon line
# introduces what follows.
SENTENCE_END = "。！？…"


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

"""Subtitles: the ``——`` of a subtitle that OCR read as ``一一``.

A subtitle (副题) is printed under its title and opens with a long dash:
``——高新区推动产业链延链补链强链见闻``.  Tesseract reads the dash as two
characters ``一`` (the strokes are the same).  ``一一`` is a real word too
(``一一对应``, ``一一解决``), so the dash is restored only where the line
plays the subtitle role: a block of one line, shaped like a headline,
directly under a block shaped like a title.
"""

from __future__ import annotations

import re

from baozhi.blocks.shapes import (
    BLOCK_START,
    SENTENCE_PUNCT,
    credit_line,
    ends_sentence,
    has_phrase_space,
    title_shaped,
)
from baozhi.provenance import Edit

__all__ = ["restore_subtitle_dash"]

# Blocks: runs of non-blank lines.  After the wrap joiner each block is one line.
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_MISREAD_DASH = "一一"
# Titles with phrase separators run longer than plain ones, to about two lines'
# worth of a wide headline.
_MAX_PHRASED_TITLE_CHARS = 40


def _headline_block(text: str) -> bool:
    """One line shaped like a headline: short, no sentence punctuation, no sentence end."""
    return "\n" not in text and title_shaped(text) and not ends_sentence(text)


def _title_block(text: str) -> bool:
    """A headline line, or a longer one whose phrase separators mark it as a headline.

    ``学思想 强党性 重实践 建新功 奋力谱写高质量发展新篇章`` (28 characters)
    is a title: a line of running text has sentence punctuation, no separators.
    """
    if _headline_block(text):
        return True
    return (
        "\n" not in text
        and len(text) <= _MAX_PHRASED_TITLE_CHARS
        and has_phrase_space(text)
        and not SENTENCE_PUNCT.intersection(text)
    )


def _under_title(above: str, text: str) -> bool:
    """Whether ``text`` is a subtitle misread as ``一一`` under the title ``above``.

    The title must not itself be a subtitle, a dateline or byline, or a caption's
    credit: a subtitle stands directly under the main headline.
    """
    return (
        text.startswith(_MISREAD_DASH)
        and text[len(_MISREAD_DASH) :][:1] not in ("", "一")
        and _headline_block(text)
        and _title_block(above)
        and not above.startswith(_MISREAD_DASH)
        and not BLOCK_START.match(above)
        and not credit_line(above)
    )


def restore_subtitle_dash(text: str) -> list[Edit]:
    """Turn the ``一一`` opening a subtitle under its title back into ``——``.

    Runs on blocks separated by blank lines.  A block counts as a subtitle
    when it is one headline-shaped line (short, without sentence punctuation)
    directly under another, which is not itself a subtitle, dateline or
    credit.  ``一一对应`` inside running text is left alone, also at the
    start of a wrapped line: running text has sentence punctuation, and its
    lines are not blocks of their own.  A title with phrase separators may be
    longer than a plain one.  A run of three strokes or more (``一一一``) is
    left alone: which two of them were the dash cannot be told.  What it gets
    wrong: a headline that opens with the word ``一一`` under a kicker
    (``一一落实到位``) would get a dash; no such headline is known.

    >>> from baozhi.provenance import preview
    >>> page = "新材料产业集群加速崛起\\n\\n一一高新区推动产业链延链补链强链见闻\\n"
    >>> print(preview(restore_subtitle_dash, page), end="")
    新材料产业集群加速崛起
    <BLANKLINE>
    ——高新区推动产业链延链补链强链见闻
    """
    edits: list[Edit] = []
    above: str | None = None
    for match in _BLOCK.finditer(text):
        block = match.group()
        if above is not None and _under_title(above, block):
            edits.append(
                Edit(match.start(), match.start() + len(_MISREAD_DASH), "——", "subtitle_dash")
            )
        above = block
    return edits

"""Corruptors that do to clean text what OCR does to its punctuation, and strategies.

OCR reads a printed page, so it never doubles fake bold; it misreads small
glyphs instead: ``；`` as ``;``, ``”`` as ``“``, a byline's ``（`` as ``〈``, and
it puts spaces beside punctuation and digits (``巡检 。``, ``增长 3.9%``).  Each
corruptor takes explicit offsets, so a regression case can be written by hand;
the strategies draw them among the places the cleaner can read back
unambiguously, and state ``clean_text(corrupted) == clean_text(clean)``::

    from hypothesis import given
    from baozhi import clean_text
    from baozhi.testing import ocr_pages

    @given(ocr_pages())
    def test_cleaner_undoes_ocr(page):
        assert clean_text(page.corrupted) == clean_text(page.clean)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex
from hypothesis import strategies as st

from baozhi.chars import is_cjk, is_han
from baozhi.testing.strategies import CorruptedPage, PageBlock, page_blocks
from baozhi.testing.vocabulary import PERSON_NAMES

__all__ = [
    "OCR_CORRUPTIONS",
    "flip_quotes",
    "flipped_quote_pages",
    "halfwidth_punct",
    "halfwidth_punct_pages",
    "misread_byline_brackets",
    "misread_byline_pages",
    "ocr_pages",
    "ocr_spaced_pages",
    "ocr_spaces",
]

# Every corruption ocr_pages knows, in the order it applies them.
OCR_CORRUPTIONS: tuple[str, ...] = (
    "misread_byline_brackets",
    "flip_quotes",
    "halfwidth_punct",
    "ocr_spaces",
)

_HALFWIDTH_OF = {"，": ",", "；": ";", "：": ":", "！": "!", "？": "?"}
_FLIPPED = {"“": "”", "”": "“", "‘": "’", "’": "‘"}

# Punctuation OCR puts a space beside (brackets and quotes are not here: a space
# after a quoted word is a phrase separator, one before ``（`` can start a byline).
_SPACED_PUNCT = frozenset("，。、；：！？") | frozenset(_HALFWIDTH_OF.values())

# The bylines of clean text: a dateline opening a paragraph, a bracketed byline
# on a line of its own.
_BYLINE = regex.compile(
    r"本报讯（(?:记者|通讯员)[^）\n]*）|^（本报记者[^）\n]*）$", regex.MULTILINE
)


def halfwidth_punct(text: str, positions: Collection[int]) -> str:
    """The full-width ``，；：！？`` at ``positions`` (offsets in ``text``) made ASCII.

    >>> halfwidth_punct("增长6.7%；第三产业，真方便！”", [6, 11, 15])
    '增长6.7%;第三产业,真方便!”'
    """
    chars = list(text)
    for position in positions:
        if chars[position] not in _HALFWIDTH_OF:
            raise ValueError(f"no full-width ，；：！？ at {position} in {text!r}")
        chars[position] = _HALFWIDTH_OF[chars[position]]
    return "".join(chars)


def flip_quotes(text: str, which: Collection[int]) -> str:
    """The curly quotes at offsets ``which`` turned round: ``“`` ↔ ``”``, ``‘`` ↔ ``’``.

    Two turned marks in one paragraph can make a quote inside a quote
    (``“样品“变成”产品”``) or swap what is quoted (``”制造业当家“``), which no
    reader can undo; :func:`flipped_quote_pages` turns one per paragraph at most.

    >>> flip_quotes("坚持“制造业当家”，围绕", [8])
    '坚持“制造业当家“，围绕'
    """
    chars = list(text)
    for position in which:
        if chars[position] not in _FLIPPED:
            raise ValueError(f"no curly quote at {position} in {text!r}")
        chars[position] = _FLIPPED[chars[position]]
    return "".join(chars)


def misread_byline_brackets(
    text: str, opening: str = "〈", closing: str = ")", *, space_before: bool = False
) -> str:
    """The brackets of every byline misread: ``本报讯（记者 陈思远）`` → ``本报讯〈记者 陈思远)``.

    Bylines are a ``本报讯（记者…）`` dateline and a ``（本报记者 …）`` line of its
    own.  ``space_before`` puts a space between ``本报讯`` and the bracket, as
    OCR often does.  Other brackets (``《平顶山年鉴（2023）》``) are kept.

    >>> misread_byline_brackets("本报讯（记者 陈思远）记者获悉。", "《", space_before=True)
    '本报讯 《记者 陈思远)记者获悉。'
    """

    def misread(match: regex.Match[str]) -> str:
        byline = match.group()
        head = ""
        if byline.startswith("本报讯"):
            head, byline = "本报讯" + (" " if space_before else ""), byline[3:]
        return head + opening + byline[1:-1] + closing

    return _BYLINE.sub(misread, text)


def ocr_spaces(text: str, positions: Collection[int]) -> str:
    """A space inserted before each offset of ``positions``, as OCR adds them.

    Each must be a gap beside ``，。、；：！？`` (either width) or between Han and a
    digit (``巡检 。``, ``增长 3.9%``).

    >>> ocr_spaces("只需要3人巡检。公司", [3, 4, 7])
    '只需要 3 人巡检 。公司'
    """
    for position in positions:
        if position not in _space_spots(text):
            raise ValueError(f"OCR puts no space at {position} in {text!r}")
    pieces: list[str] = []
    cursor = 0
    for position in sorted(set(positions)):
        pieces.extend((text[cursor:position], " "))
        cursor = position
    pieces.append(text[cursor:])
    return "".join(pieces)


def _space_spots(text: str) -> set[int]:
    """Offsets before which :func:`ocr_spaces` may insert a space."""
    spots = set()
    for index in range(1, len(text)):
        left, right = text[index - 1], text[index]
        if left.isspace() or right.isspace():
            continue
        beside_punct = left in _SPACED_PUNCT or right in _SPACED_PUNCT
        digit = (is_han(left) and right.isascii() and right.isdigit()) or (
            ((left.isascii() and left.isdigit()) or left == "%") and is_han(right)
        )
        if beside_punct or digit:
            spots.add(index)
    return spots


# How far the fake-bold detector looks for a doubled chunk (CleanConfig.fake_bold_max_chunk).
_SQUARE_REACH = 32


def _makes_square(text: str, index: int) -> bool:
    """Whether a doubled stretch ``XX`` of ``text`` covers offset ``index``."""
    for half in range(1, _SQUARE_REACH + 1):
        for start in range(max(0, index - 2 * half + 1), index + 1):
            end = start + 2 * half
            if end <= len(text) and text[start : start + half] == text[start + half : end]:
                return True
    return False


def _halfwidth_spots(text: str) -> list[int]:
    """Offsets of ``，；：！？`` with Chinese on both sides, or ending a line after it."""
    return [
        index
        for index, char in enumerate(text)
        if char in _HALFWIDTH_OF
        and index > 0
        and is_cjk(text[index - 1])
        and (index + 1 == len(text) or text[index + 1] == "\n" or is_cjk(text[index + 1]))
    ]


def _quote_lines(text: str) -> list[list[int]]:
    """The offsets of the curly quotes of each line of ``text`` that has some."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        quotes = [offset + index for index, char in enumerate(line) if char in _FLIPPED]
        if quotes:
            lines.append(quotes)
        offset += len(line) + 1
    return lines


@st.composite
def _subset(draw: st.DrawFn, items: Sequence[int]) -> list[int]:
    """A drawn subset of ``items``, not empty when ``items`` is not."""
    if not items:
        return []
    chosen = draw(st.lists(st.sampled_from(items), min_size=1, unique=True))
    return sorted(chosen)


@st.composite
def _byline_blocks(draw: st.DrawFn) -> list[PageBlock]:
    """Page blocks where some paragraphs open with a dateline or close with a byline."""
    blocks: list[PageBlock] = []
    for block in draw(page_blocks(1, 5)):
        if block.kind != "paragraph":
            blocks.append(block)
            continue
        names = draw(st.lists(st.sampled_from(PERSON_NAMES), min_size=1, max_size=2, unique=True))
        style = draw(st.sampled_from(("dateline", "closing", "none")))
        if style == "dateline":
            roles = " ".join(
                f"{role} {name}" for role, name in zip(("记者", "通讯员"), names, strict=False)
            )
            blocks.append(PageBlock("paragraph", f"本报讯（{roles}）{block.text}"))
        else:
            blocks.append(block)
            if style == "closing":
                blocks.append(PageBlock("paragraph", f"（本报记者 {names[0]}）"))
    return blocks


def ocr_pages(corruptions: Sequence[str] | None = None) -> st.SearchStrategy[CorruptedPage]:
    """A clean page with OCR damage, and the list of what was done.

    ``corruptions`` chooses from :data:`OCR_CORRUPTIONS` (default: a drawn
    subset).  With ``misread_byline_brackets``, some paragraphs open with a
    ``本报讯（记者 …）`` dateline or are followed by a ``（本报记者 …）`` byline.
    Quotes are turned one per paragraph at most; marks are made half-width only
    where both neighbours are Chinese (or the mark ends the paragraph); spaces
    go beside ``，。、；：！？`` and between Han and digits.
    """
    if corruptions is not None:
        unknown = set(corruptions) - set(OCR_CORRUPTIONS)
        if unknown:
            raise ValueError(f"unknown corruptions {sorted(unknown)}; known: {OCR_CORRUPTIONS}")
    return _ocr_pages(None if corruptions is None else tuple(corruptions))


@st.composite
def _ocr_pages(draw: st.DrawFn, corruptions: tuple[str, ...] | None) -> CorruptedPage:
    wanted = set(
        draw(st.sets(st.sampled_from(OCR_CORRUPTIONS))) if corruptions is None else corruptions
    )
    bylines = "misread_byline_brackets" in wanted
    blocks = draw(_byline_blocks()) if bylines else draw(page_blocks(1, 5))
    clean = "\n\n".join(block.text for block in blocks) + "\n"
    corrupted = clean
    applied: list[str] = []
    if bylines:
        changed = misread_byline_brackets(
            clean,
            draw(st.sampled_from("《〈<(")),
            draw(st.sampled_from(")〉>")),
            space_before=draw(st.booleans()),
        )
        if changed != corrupted:
            corrupted = changed
            applied.append("misread_byline_brackets")
    if "flip_quotes" in wanted:
        which: list[int] = []
        for line in _quote_lines(corrupted):
            # One quote per paragraph: two turned marks can read as a quote
            # inside a quote (``“样品“变成”产品”``), which no reader can undo.
            quote = draw(st.sampled_from([None, *line]))
            # A turned quote can make two stretches equal (``“创新。”创新。`` →
            # ``”创新。”创新。``), which is fake bold to any reader: not that one.
            if quote is not None and not _makes_square(flip_quotes(corrupted, [quote]), quote):
                which.append(quote)
        if which:
            corrupted = flip_quotes(corrupted, which)
            applied.append("flip_quotes")
    if "halfwidth_punct" in wanted:
        positions = draw(_subset(_halfwidth_spots(corrupted)))
        if positions:
            corrupted = halfwidth_punct(corrupted, positions)
            applied.append("halfwidth_punct")
    if "ocr_spaces" in wanted:
        positions = draw(_subset(sorted(_space_spots(corrupted))))
        if positions:
            corrupted = ocr_spaces(corrupted, positions)
            applied.append("ocr_spaces")
    return CorruptedPage(clean, corrupted, tuple(applied))


def halfwidth_punct_pages() -> st.SearchStrategy[CorruptedPage]:
    """Pages whose ``，；：！？`` OCR read as ASCII (:func:`halfwidth_punct`)."""
    return ocr_pages(("halfwidth_punct",))


def flipped_quote_pages() -> st.SearchStrategy[CorruptedPage]:
    """Pages with quotes turned round, one of a pair at most (:func:`flip_quotes`)."""
    return ocr_pages(("flip_quotes",))


def misread_byline_pages() -> st.SearchStrategy[CorruptedPage]:
    """Pages with bylines whose brackets OCR misread (:func:`misread_byline_brackets`)."""
    return ocr_pages(("misread_byline_brackets",))


def ocr_spaced_pages() -> st.SearchStrategy[CorruptedPage]:
    """Pages with OCR's spaces beside punctuation and digits (:func:`ocr_spaces`)."""
    return ocr_pages(("ocr_spaces",))

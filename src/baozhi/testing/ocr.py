"""Corruptors that do to clean text what OCR does to its punctuation and layout, and strategies.

OCR reads a printed page, so it never doubles fake bold; it misreads small
glyphs instead: ``；`` as ``;``, ``”`` as ``“``, a byline's ``（`` as ``〈``, a
subtitle's ``——`` as ``一一`` (:func:`misread_subtitle_dash`), and it puts
spaces beside punctuation and digits (``巡检 。``, ``增长 3.9%``).  Reading the
page box by box, it (like pdfminer and pdftotext) also puts a headline or a
photo caption printed inside a paragraph's column between the paragraph's two
parts (:func:`drop_block_into_paragraph`).  Each corruptor takes explicit offsets,
so a regression case can be written by hand; the strategies draw them among
the places the cleaner can read back unambiguously, and state
``clean_text(corrupted) == clean_text(clean)``::

    from hypothesis import given
    from baozhi import clean_text
    from baozhi.testing import ocr_pages

    @given(ocr_pages())
    def test_cleaner_undoes_ocr(page):
        assert clean_text(page.corrupted) == clean_text(page.clean)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from itertools import pairwise

import regex
from hypothesis import assume
from hypothesis import strategies as st

from baozhi.articles.model import Article
from baozhi.blocks.shapes import CONTINUING_END, CREDIT, SENTENCE_PUNCT, cannot_open_paragraph
from baozhi.blocks.split import _ITEM_END, _MIN_HEAD_CHARS
from baozhi.blocks.wraps import _MIN_COLUMN_WIDTH
from baozhi.chars import OPENING, display_width, is_cjk, is_han
from baozhi.testing.articles import (
    _not_a_credit_alone,
    _subtitles,
    article_pages,
    news_articles,
)
from baozhi.testing.corruptors import _units, ends_sentence
from baozhi.testing.strategies import (
    _SHORT_BLOCK_MARGIN,
    _SQUARE_REACH,
    CorruptedPage,
    PageBlock,
    _Builder,
    _damaged,
    _named_corruptions,
    _sentence_into,
    _shares_edge,
    han_words,
    page_blocks,
    paragraphs,
)
from baozhi.testing.vocabulary import PERSON_NAMES

__all__ = [
    "OCR_CORRUPTIONS",
    "drop_block_into_paragraph",
    "dropped_block_pages",
    "flip_quotes",
    "flipped_quote_pages",
    "halfwidth_punct",
    "halfwidth_punct_pages",
    "misread_byline_brackets",
    "misread_byline_pages",
    "misread_subtitle_dash",
    "misread_subtitle_pages",
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
    mix); every page is damaged by at least one of them (a page without a
    quote, say, is drawn again).  With ``misread_byline_brackets``, some
    paragraphs open with a ``本报讯（记者 …）`` dateline or are followed by a
    ``（本报记者 …）`` byline.
    Quotes are turned one per paragraph at most; marks are made half-width only
    where both neighbours are Chinese (or the mark ends the paragraph); spaces
    go beside ``，。、；：！？`` and between Han and digits.
    """
    return _damaged(_ocr_pages(_named_corruptions(corruptions, OCR_CORRUPTIONS)))


@st.composite
def _ocr_pages(draw: st.DrawFn, corruptions: tuple[str, ...] | None) -> CorruptedPage:
    wanted = set(
        draw(st.sets(st.sampled_from(OCR_CORRUPTIONS), min_size=1))
        if corruptions is None
        else corruptions
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


# The adverb ``一一`` (one by one) with verbs it goes with in news prose: the
# word that the subtitle repair must never take for a misread dash.
_ONE_BY_ONE = ("一一对应", "一一解决", "一一落实", "一一核实", "一一登记")
_MISREAD_DASH = "一一"
# A subtitle line whose own text does not open with ``一`` (misread_subtitle_pages
# says why that one is left out).
_MISREADABLE_SUBTITLE = regex.compile(r"^——(?!一)", regex.MULTILINE)
# Articles per page in misread_subtitle_pages: a title under another article's
# body, byline or caption needs two; more only make drawing slower.
_SUBTITLED_ARTICLES = 2
_SHORT_PARAGRAPHS = paragraphs(2, 3)
# Lines this many cells apart in width, or less, can be the full lines of one
# column: the wrap joiner counts lines from five cells under a column's width to
# three over it (a hanging mark) as its full lines.
_COLUMN_BAND = 8


def misread_subtitle_dash(text: str, positions: Collection[int]) -> str:
    """The ``——`` opening the line at each offset of ``positions`` read as ``一一``.

    A subtitle (副题) under its title opens with a long dash; OCR reads it as
    two characters ``一``, each a horizontal stroke like half the dash.  Each
    offset must start a line that opens with ``——``.

    >>> page = "新材料产业集群加速崛起\\n\\n——高新区推动产业链延链补链强链见闻\\n"
    >>> print(misread_subtitle_dash(page, [13]), end="")
    新材料产业集群加速崛起
    <BLANKLINE>
    一一高新区推动产业链延链补链强链见闻
    """
    chars = list(text)
    for position in positions:
        if (position and text[position - 1] != "\n") or not text.startswith("——", position):
            raise ValueError(f"no line opening with —— at {position} in {text!r}")
        chars[position : position + len(_MISREAD_DASH)] = _MISREAD_DASH
    return "".join(chars)


@st.composite
def _one_by_one_paragraphs(draw: st.DrawFn) -> str:
    """A body paragraph that uses the word ``一一``, sometimes to open it.

    The clause holding the word (``问题一一解决，``) opens one of its
    sentences; the builder is told it is real repetition, not fake bold.
    """
    builder = _Builder()
    # Two sentences at least, as paragraphs() draws them: a one-sentence
    # paragraph can be as short as a headline.
    count = draw(st.integers(2, 4))
    chosen = draw(st.integers(0, count - 1))
    for index in range(count):
        if index == chosen:
            subject = draw(st.just("") | han_words())
            builder.add(subject + draw(st.sampled_from(_ONE_BY_ONE)) + "，", protect=True)
        _sentence_into(draw, builder)
    return builder.text


@st.composite
def _subtitled_articles(draw: st.DrawFn) -> Article:
    """A :func:`~baozhi.testing.news_articles` article, most often with a
    subtitle, whose paragraphs often use the word ``一一``.

    Its paragraphs are short: their length has no bearing on the subtitle, and
    long ones make pages slow to draw.
    """
    article = draw(news_articles(_SHORT_PARAGRAPHS | _one_by_one_paragraphs()))
    if article.subtitle is None and draw(st.integers(0, 3)):
        article = replace(article, subtitle=draw(_subtitles()))
    return article


@st.composite
def misread_subtitle_pages(draw: st.DrawFn) -> CorruptedPage:
    """A page of articles with subtitles OCR read as ``一一`` (:func:`misread_subtitle_dash`).

    The page is an :func:`~baozhi.testing.article_pages` page: each subtitle
    is printed on a line of its own directly under its title, and a drawn,
    non-empty set of them is misread.  Some paragraphs use the word ``一一``
    (``问题一一解决，``), some open with it, also right under a title, where a
    subtitle would stand: those must come back as printed.

    The misreading keeps every offset, so :func:`baozhi.parse_page` must give
    the same page for ``clean`` and ``corrupted``, source spans included; only
    the repair log differs, by one ``subtitle_dash`` entry per misread line.

    Not drawn:

    - a subtitle whose own text opens with ``一`` (``——一家一家…``).  Misread,
      it opens with a run of three strokes (``一一一家一家…``), and the text
      alone does not show which of them were the dash: a dash cut into three
      strokes would read the same before ``家一家…``.  The cleaner leaves a
      line opening with such a run alone;
    - a subtitle that, misread, opens the way the paragraph under it opens
      (``一一登记`` over ``一一登记，…``): that is how pdftotext prints fake
      bold across a line break, and the cleaner undoes it as such;
    - a page with a paragraph less than ``_SHORT_BLOCK_MARGIN`` cells wider
      than a headline (about one page in a hundred).  With the dash gone, the
      paragraph, a title and its subtitle can read as the lines of one narrow
      column (``算力CBD渔场。坚持研发钢铁？`` / ``农民工工资市民满意度亮点`` /
      ``一一目标超过活动信心``), as wrapped pages print them, and the cleaner
      joins them; the dash was all that told them apart.
    """
    page = draw(article_pages(max_articles=_SUBTITLED_ARTICLES, articles=_subtitled_articles()))
    titles = [line for article in page.articles for line in (article.title, article.subtitle)]
    widest = max(display_width(line) for line in titles if line)
    narrowest = min(display_width(text) for article in page.articles for text in article.paragraphs)
    assume(narrowest >= widest + _SHORT_BLOCK_MARGIN)
    starts = [
        match.start()
        for match in _MISREADABLE_SUBTITLE.finditer(page.text)
        if not _reads_as_fake_bold(misread_subtitle_dash(page.text, [match.start()]))
    ]
    positions = draw(_subset(starts))
    assume(positions)
    corrupted = misread_subtitle_dash(page.text, positions)
    return CorruptedPage(page.text, corrupted, ("misread_subtitle_dash",))


def _reads_as_fake_bold(text: str) -> bool:
    """Whether a block of ``text`` opens with what the block before it ends with,
    as pdftotext prints fake bold across a line break."""
    blocks = text.rstrip("\n").split("\n\n")
    return any(_shares_edge(before, after) for before, after in pairwise(blocks))


def drop_block_into_paragraph(text: str, paragraph: int, cut: int, block: int) -> str:
    """Block ``block`` of ``text`` moved into block ``paragraph``, at offset ``cut`` of it.

    A headline or a photo caption printed inside a paragraph's column comes
    out of extraction between the paragraph's two parts, each in a box of its
    own: the paragraph stops mid-sentence, the block follows, then the rest of
    the paragraph.  Blocks are separated by blank lines, and so are the pieces.

    >>> page = (
    ...     "高新区推行“首席服务员”制度，对重点企业一家一家走访、问题一个一个解决。\\n\\n"
    ...     "技术人员在新材料产业园研发中心调试设备 本报记者 周海涛 摄\\n"
    ... )
    >>> print(drop_block_into_paragraph(page, 0, 23, 1), end="")
    高新区推行“首席服务员”制度，对重点企业一家一
    <BLANKLINE>
    技术人员在新材料产业园研发中心调试设备 本报记者 周海涛 摄
    <BLANKLINE>
    家走访、问题一个一个解决。
    """
    body = text.rstrip("\n")
    blocks = body.split("\n\n")
    if paragraph == block or not (0 <= paragraph < len(blocks) and 0 <= block < len(blocks)):
        raise ValueError(f"blocks {paragraph} and {block} are not two blocks of {text!r}")
    cut_off = blocks[paragraph]
    if not 0 < cut < len(cut_off):
        raise ValueError(f"offset {cut} does not cut {cut_off!r} in two")
    pieces: list[str] = []
    for index, printed in enumerate(blocks):
        if index == paragraph:
            pieces += [cut_off[:cut], blocks[block], cut_off[cut:]]
        elif index != block:
            pieces.append(printed)
    return "\n\n".join(pieces) + text[len(body) :]


def _drop_cuts(paragraph: str, block: str) -> list[int]:
    """The offsets where ``paragraph`` can be cut around ``block`` and read back.

    The first part must stop mid-sentence (not after a sentence end, nor after
    the end of a complete item: ``；``, ``：``, ``）``), be long enough to be
    running text and show it: two sentence marks, or one and a second part
    that cannot open a paragraph (``，家走访…``).  A line breaks between units,
    never inside an ASCII run (``5G``) nor after an opening quote or bracket
    (print moves it to the next line), and no piece opens with what the piece
    before it ends with, which is fake bold across a line break.  A headline
    (no credit) is dropped only where the sentence visibly goes on: after
    ``，``-like marks or an open quote, or before a part no paragraph opens with.
    A part is wider than the block by a headline's margin, or the three would
    pass for the lines of one column.
    """
    headline = CREDIT.search(block) is None
    # Marks and widths are counted as the cut moves on, so that a long paragraph
    # costs one pass.
    margin = display_width(block) + _SHORT_BLOCK_MARGIN
    total_width = display_width(paragraph)
    head_width = marks = 0
    cuts: list[int] = []
    offset = 0
    for unit in _units(paragraph)[:-1]:
        offset += len(unit)
        head_width += display_width(unit)
        marks += sum(char in SENTENCE_PUNCT for char in unit)
        head, tail = paragraph[:offset], paragraph[offset:]
        if (
            len(head) >= _MIN_HEAD_CHARS
            and not ends_sentence(head)
            and head[-1] not in _ITEM_END
            and head[-1] not in OPENING
            and (marks >= 2 or (marks == 1 and cannot_open_paragraph(tail)))
            and not _shares_edge(head, block)
            and not _shares_edge(block, tail)
            and (not headline or _goes_on(head, tail))
            # Otherwise the parts and the block, one line each, read as three
            # lines of one narrow column (``“发展创新。”“发展`` /
            # ``一家一家发展一家一家`` / ``创新，发展创新发展。”``).
            and max(head_width, total_width - head_width) >= margin
        ):
            cuts.append(offset)
    return cuts


def _goes_on(head: str, tail: str) -> bool:
    """Whether a sentence cut into ``head`` and ``tail`` visibly goes on after ``head``.

    >>> _goes_on("同比增长5.8%，", "经济运行稳中向好。"), _goes_on("动员", "PM2.5码头。")
    (True, False)
    """
    return (
        head[-1] in CONTINUING_END
        or head.count("“") > head.count("”")
        or cannot_open_paragraph(tail)
    )


@st.composite
def dropped_block_pages(draw: st.DrawFn) -> CorruptedPage:
    """A page with headlines or captions dropped into paragraphs.

    Each drop (:func:`drop_block_into_paragraph`) takes a paragraph and the
    headline or caption printed right after it and cuts the paragraph around
    that block, at a drawn offset; a page has one drop or more, in different
    paragraphs.  Cleaned, the paragraph must be one again and the block its
    own block after it: ``clean_text(corrupted) == clean_text(clean)``.

    Not drawn, because the text would not show what was cut (see
    :func:`_drop_cuts`):

    - a block dropped into a paragraph other than the one printed before it:
      nothing in the text tells where it stood, and the cleaner puts it after
      the paragraph it rejoins;
    - a cut after a sentence end or after ``；``, ``：`` or ``）``: the first part
      reads as a whole paragraph or list item, the second as the next one;
    - a first part under the split repair's minimum length, or with one
      sentence mark and a second part that could open a paragraph: a photo
      caption with a comma (``近日，市民在公园``) stops like that too;
    - a cut inside an ASCII run or after an opening mark: no line breaks there;
    - a headline cut in after a word, before text that could open a paragraph
      (``…动员`` / ``目标加大`` / ``PM2.5码头。``): on a page of one-line blocks
      nothing tells a reader the headline is not the sentence's next words (a
      caption shows it by its credit);
    - a caption that reads as a credit alone (``发展 本报记者 王尧 摄``): after
      text cut mid-sentence it is the credit of that text to any reader;
    - a part of a cut paragraph about as wide as two other lines of the page
      (:func:`_lines_up_as_column`): the three read as the lines of one column,
      and where its sentence ends cannot be told from where the line ends.

    Paragraphs are printed on one line each, as the split repair reads a page
    once its wraps are joined; wrapped columns are the wrap joiner's to
    rebuild, and :func:`~baozhi.testing.corrupted_pages` draws those.
    """
    blocks = draw(page_blocks(2, 6))
    spots = [
        index
        for index, (block, after) in enumerate(pairwise(blocks))
        if block.kind == "paragraph"
        and (
            after.kind == "headline"
            or (after.kind == "caption" and _not_a_credit_alone(after.text))
        )
        and _drop_cuts(block.text, after.text)
    ]
    assume(spots)
    clean = "\n\n".join(block.text for block in blocks) + "\n"
    corrupted = clean
    parts: list[str] = []
    # From the page's end up, so that each index still names the block it did.
    for index in reversed(draw(_subset(spots))):
        paragraph = blocks[index].text
        cut = draw(st.sampled_from(_drop_cuts(paragraph, blocks[index + 1].text)))
        corrupted = drop_block_into_paragraph(corrupted, index, cut, index + 1)
        parts += [paragraph[:cut], paragraph[cut:]]
    assume(not _lines_up_as_column(corrupted, parts))
    return CorruptedPage(clean, corrupted, ("drop_block_into_paragraph",))


def _lines_up_as_column(page: str, parts: Collection[str]) -> bool:
    """Whether a part of a cut paragraph and two other lines of ``page`` read as a column.

    Three lines of about one width, at least a narrow column's, are the lines of
    a wrapped column to any reader: a part as wide as the lines around it is a
    full line, and the sentence it ends may go on on the next.  Not where running
    text elsewhere on the page is twice as wide: that page keeps each paragraph
    on one line.  The rest of a paragraph cut around a headline (23 cells) over
    a one-line paragraph of 26 cells, under its first part of 19, reads that
    way: ``“发展。”“创新发展，`` / ``发展`` / ``创新发展。”“发展创新。”`` /
    ``“发展。”“发展。发展创新。”``.

    >>> head, tail = "“发展。”“创新发展，", "创新发展。”“发展创新。”"
    >>> page = f"{head}\\n\\n发展\\n\\n{tail}\\n\\n“发展。”“发展。发展创新。”\\n"
    >>> _lines_up_as_column(page, [head, tail])
    True
    >>> _lines_up_as_column(page.replace(tail, tail * 2), [head, tail * 2])
    False
    """
    lines = page.rstrip("\n").split("\n\n")
    running = [display_width(line) for line in lines if SENTENCE_PUNCT.intersection(line)]
    widths = [display_width(line) for line in lines]
    for part in parts:
        width = display_width(part)
        for low in range(width - _COLUMN_BAND, width + 1):
            band = [other for other in widths if low <= other <= low + _COLUMN_BAND]
            if (
                len(band) >= 3
                and max(band) >= _MIN_COLUMN_WIDTH
                and all(other <= 2 * max(band) for other in running)
            ):
                return True
    return False

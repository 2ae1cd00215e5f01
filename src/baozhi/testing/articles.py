"""Hypothesis strategies for whole pages of articles, laid out the way extraction scrambles them.

:func:`news_articles` draws one :class:`baozhi.Article` (title, sometimes a
``——`` subtitle, a byline in one of the printed forms, body paragraphs, sometimes
a captioned photo); :func:`article_pages` prints several of them as one page, each
in a drawn :data:`LAYOUTS` form, and returns the text with the articles
:func:`baozhi.parse_page` must find in it::

    from hypothesis import given
    from baozhi import parse_page
    from baozhi.testing import article_pages

    @given(article_pages())
    def test_titles_come_back(page):
        found = parse_page(page.text).articles
        assert [a.title for a in found] == [a.title for a in page.articles]

The pages are clean text (one block per paragraph, a blank line between blocks),
or with ``wrapped=True`` their paragraphs cut into a column's lines, to test the
cleaner and the segmenter together; the functions of
:mod:`baozhi.testing.corruptors` damage them further.  What they hold is what a
reader could sort out without knowing the language: an article's title is set
off by a byline or a ``本报讯`` opening, so two articles never run together with
nothing between, and words shared by chance never decide where one starts.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from itertools import pairwise

from hypothesis import assume
from hypothesis import strategies as st

from baozhi.articles.model import Article, Caption, Page, Span
from baozhi.articles.segment import _bigrams
from baozhi.blocks.shapes import (
    CREDIT_ONLY,
    SENTENCE_PUNCT,
    cannot_open_paragraph,
    title_shaped,
)
from baozhi.blocks.split import _Block, _cut_off, _running_text
from baozhi.blocks.wraps import _MIN_CUT_CHARS
from baozhi.testing.corruptors import hard_wrap, shows_its_end, wrap_lines
from baozhi.testing.strategies import (
    _ATTEMPTS,
    _MAX_WIDTH,
    _MIN_FULL_LINES,
    HeadlineKind,
    _full_lines,
    _headline_of_kind,
    _narrowest_column,
    _shares_edge,
    captions,
    paragraphs,
)
from baozhi.testing.vocabulary import PERSON_NAMES

__all__ = [
    "INTERLEAVED",
    "LAYOUTS",
    "ArticlePage",
    "article_pages",
    "news_articles",
    "print_article",
    "unaccounted_text",
]

LAYOUTS: tuple[str, ...] = ("title_first", "title_after_body", "byline_split")
"""How :func:`article_pages` may print an article:

- ``title_first``: title, subtitle, a byline line, the body, the caption;
- ``title_after_body``: the body first, then the title and a byline line, as
  pdftotext prints a column whose headline sits at its foot (only the page's first
  article: further down nothing tells whose body comes before a title);
- ``byline_split``: like ``title_first`` with a bracketed byline ``（本报记者 彭雪姣）``
  after the body, broken over two lines (``（本报记`` / ``者 彭雪姣）``).
"""

INTERLEAVED = "columns_interleaved"
"""How :func:`article_pages` prints two stacked articles with ``interleaved=True``:
read down the page's columns, as pdftotext does, each article's first column
comes before the other's second (see :func:`_interleaved_boxes`)."""

_BYLINE_FORMS = ("newsflash", "reporter_line", "commentator")
_MAX_PARAGRAPHS = 3
_MIN_REST_LINES = 3  # lines of a paragraph a column break leaves to the next column


@dataclass(frozen=True)
class ArticlePage:
    """A generated page: its ``text``, the ``articles`` in it and how each was laid out.

    ``articles`` are in the order :func:`baozhi.parse_page` returns them (by where
    their body starts); ``layouts[i]`` is the :data:`LAYOUTS` form of
    ``articles[i]``, or :data:`INTERLEAVED`.
    ``width`` is the column width (in characters) the paragraphs are wrapped at,
    or ``None`` when each is printed on one line.
    """

    text: str
    articles: tuple[Article, ...]
    layouts: tuple[str, ...]
    width: int | None = None


# Titles are drawn as headlines() draws its non-subtitle kinds.
_TITLE_KIND: st.SearchStrategy[HeadlineKind] = st.sampled_from(("title", "title", "phrases"))


@st.composite
def _titles(draw: st.DrawFn) -> str:
    """A one-line title: a headline that is not a ``——`` subtitle."""
    return _headline_of_kind(draw, draw(_TITLE_KIND))


@st.composite
def _subtitles(draw: st.DrawFn) -> str:
    """A ``——`` subtitle line."""
    return _headline_of_kind(draw, "subtitle")


@st.composite
def news_articles(
    draw: st.DrawFn,
    body_paragraphs: st.SearchStrategy[str] | None = None,
    *,
    dateline: bool = False,
    min_paragraphs: int = 1,
) -> Article:
    """One news article as :func:`baozhi.parse_page` returns it (without spans).

    The byline is ``本报讯（记者王尧 通讯员陈思远）`` opening the body, a line
    ``本报记者 王尧``, or ``本报评论员`` (with ``dateline``, always the first);
    authors are the names in it.  A photo caption never reads as a credit alone
    (:func:`_not_a_credit_alone`).  The body's ``min_paragraphs`` to three
    paragraphs are drawn from ``body_paragraphs`` (default
    :func:`~baozhi.testing.paragraphs`), which must give paragraphs as that does.
    """
    if not 1 <= min_paragraphs <= _MAX_PARAGRAPHS:
        raise ValueError(f"min_paragraphs must be 1 to {_MAX_PARAGRAPHS}, got {min_paragraphs}")
    form = draw(st.sampled_from(("newsflash",) if dateline else _BYLINE_FORMS))
    names = draw(st.lists(st.sampled_from(PERSON_NAMES), min_size=1, max_size=2, unique=True))
    if form == "newsflash":
        roles = ("记者", "通讯员")[: len(names)]
        byline = "本报讯（" + " ".join(r + n for r, n in zip(roles, names, strict=True)) + "）"
    elif form == "reporter_line":
        byline = "本报记者 " + " ".join(names)
    else:
        byline, names = "本报评论员", []
    drawn = paragraphs() if body_paragraphs is None else body_paragraphs
    body = draw(st.lists(drawn, min_size=min_paragraphs, max_size=_MAX_PARAGRAPHS, unique=True))
    photo = draw(st.none() | captions().filter(_not_a_credit_alone))
    caption = () if photo is None else (_caption(photo),)
    return Article(
        title=draw(_titles()),
        subtitle=draw(st.none() | _subtitles()),
        byline=byline,
        authors=tuple(names),
        paragraphs=tuple(body),
        captions=caption,
    )


def _not_a_credit_alone(line: str) -> bool:
    """Whether a caption line does not read as a credit alone.

    ``发展 王尧 摄`` has the shape of a credit naming two people: nothing on the
    page says that ``发展`` is the caption, so such a photo is not drawn.

    >>> _not_a_credit_alone("发展 王尧 摄"), _not_a_credit_alone("技术人员调试设备 王尧 摄")
    (False, True)
    """
    return CREDIT_ONLY.match(line) is None


def _caption(line: str) -> Caption:
    """The caption of a :func:`~baozhi.testing.captions` line, whose text has no space.

    >>> _caption("技术人员调试设备 本报记者 王尧 摄").credit
    '本报记者 王尧 摄'
    """
    text, _, credit = line.partition(" ")
    return Caption(text, credit)


def print_article(article: Article, layout: str, byline_cut: int = 4) -> list[str]:
    """The blocks ``article`` prints as in ``layout`` (one of :data:`LAYOUTS`).

    ``byline_cut`` is where a ``byline_split`` layout breaks the bracketed byline.
    A ``本报讯（…）`` byline opens the body whatever the layout: it already says
    where its article starts, so it is always printed ``title_first``.

    >>> a = Article(title="寒潮来袭", byline="本报记者 王尧", paragraphs=("降温。",))
    >>> print_article(a, "title_after_body")
    ['降温。', '寒潮来袭', '本报记者 王尧']
    >>> print_article(a, "byline_split")
    ['寒潮来袭', '降温。', '（本报记', '者 王尧）']
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {LAYOUTS}")
    byline = article.byline or ""
    head = _head_blocks(article)
    body = _body_blocks(article)
    photo = _photo_blocks(article)
    if byline.startswith("本报讯"):
        return [*head, *body, *photo]
    if layout == "byline_split":
        bracketed = "（" + byline + "）"
        # a break at the space would lose it: a wrapped line neither ends nor starts with one
        space = bracketed.find(" ")
        cut = max(1, min(byline_cut, (space if space > 0 else len(bracketed)) - 1))
        return [*head, *body, bracketed[:cut], bracketed[cut:], *photo]
    if layout == "title_after_body":
        return [*body, *head, byline, *photo]
    return [*head, byline, *body, *photo]


def _head_blocks(article: Article) -> list[str]:
    """The title and the subtitle, when there is one, a block each."""
    return [line for line in (article.title, article.subtitle) if line]


def _photo_blocks(article: Article) -> list[str]:
    """The captions, each with its credit after a space."""
    return [f"{c.text} {c.credit}" if c.credit else c.text for c in article.captions]


def _body_blocks(article: Article) -> list[str]:
    """The paragraphs as printed: a ``本报讯（…）`` byline opens the first one.

    >>> _body_blocks(Article(byline="本报讯（记者王尧）", paragraphs=("降温。", "大风。")))
    ['本报讯（记者王尧）降温。', '大风。']
    """
    body = list(article.paragraphs)
    dateline = _dateline(article)
    if dateline:
        body[0] = dateline + body[0]
    return body


def _dateline(article: Article) -> str:
    """The ``本报讯（…）`` byline that opens ``article``'s first paragraph, or ``""``."""
    byline = article.byline or ""
    return byline if byline.startswith("本报讯") else ""


@st.composite
def article_pages(
    draw: st.DrawFn,
    layouts: Sequence[str] = LAYOUTS,
    max_articles: int = 4,
    *,
    wrapped: bool = False,
    articles: st.SearchStrategy[Article] | None = None,
    interleaved: bool = False,
) -> ArticlePage:
    """A page of one to ``max_articles`` articles, each printed in one of ``layouts``.

    The articles are drawn from ``articles`` (default :func:`news_articles`);
    another strategy must give articles of the same shape.

    With ``interleaved`` (``wrapped`` pages only), two consecutive articles of
    the page are printed :data:`INTERLEAVED` instead
    (:func:`_interleaved_boxes`): stacked, and read down their columns.  Both
    open with a ``本报讯（…）`` dateline and have a second paragraph a column
    break can cut where the page shows it (drawn so by default; a given
    ``articles`` strategy is filtered to such articles).

    With ``wrapped``, every paragraph is cut into the lines of one column
    (:func:`~baozhi.testing.hard_wrap`); the lines of a paragraph, and the
    paragraphs of an article, follow each other line after line, as pdftotext
    prints a column, and the other blocks keep a blank line around them.  The
    column is as wide as the page allows (:func:`_column_widths`).  With the
    default articles, its width is drawn first, and a paragraph it cannot show
    the end of is drawn again (:func:`_fitted_to_column`); with a given
    ``articles`` strategy, the width is drawn from those the page allows, and a
    page that allows none is not drawn.

    Pages a reader of the plain text could not sort out are not drawn:

    - only the first article may be printed ``title_after_body``;
    - no two blocks are equal (a repeated block is dropped as an extraction
      artefact), and no block opens with what the block before it ends with
      (fake bold across a line break);
    - no headline shares a two-character word with the paragraph right above it
      where only words could tell where its article starts (see
      :func:`_meets_by_chance`).
    """
    unknown = set(layouts) - set(LAYOUTS)
    if unknown or not layouts:
        raise ValueError(f"layouts must be chosen from {LAYOUTS}, got {tuple(layouts)}")
    if interleaved and (not wrapped or max_articles < 2):
        raise ValueError("interleaved pages are wrapped and hold two articles or more")
    drawn = news_articles() if articles is None else articles
    # The stacked pair is drawn apart and put in at a drawn place among the others.
    pair = draw(_stacked_pairs(articles)) if interleaved else []
    found = draw(
        st.lists(
            drawn,
            min_size=0 if interleaved else 1,
            max_size=max_articles - len(pair),
            unique_by=lambda article: article.title,
        )
    )
    at = draw(st.integers(0, len(found))) if interleaved else 0
    found[at:at] = pair
    assume(len({article.title for article in found}) == len(found))
    later = [layout for layout in layouts if layout != "title_after_body"] or ["title_first"]
    chosen = [
        INTERLEAVED
        if at <= i < at + len(pair)
        else draw(st.sampled_from(layouts if i == 0 else later))
        for i in range(len(found))
    ]
    # A dateline article prints the same in every layout: title, body, caption.
    forms = ["title_first" if layout == INTERLEAVED else layout for layout in chosen]
    cuts = [draw(st.integers(2, 5)) for _ in found]
    column = None
    if wrapped and articles is None:
        # The column is drawn first and each paragraph drawn until the column shows
        # its end: drawn the other way round, a page of five paragraphs or more
        # rarely had a width that suits them all, and most pages were thrown away.
        narrowest = _narrowest_column(
            block
            for article, form, cut in zip(found, forms, cuts, strict=True)
            for block in print_article(article, form, cut)
            if block not in _body_blocks(article)
        )
        assume(narrowest <= _MAX_WIDTH)
        column = draw(st.integers(narrowest, _MAX_WIDTH))
        found = [draw(_fitted_to_column(article, column)) for article in found]
        pair = found[at : at + len(pair)]
    printed = list(zip(found, chosen, strict=True))
    assume(not any(_meets_by_chance(*a, *b) for a, b in pairwise(printed)))
    plain = [
        print_article(article, form, cut)
        for article, form, cut in zip(found, forms, cuts, strict=True)
    ]
    blocks = [block for printed_blocks in plain for block in printed_blocks]
    assume(len(set(blocks)) == len(blocks))
    # A block opening with what the block before it ends with (``签约 个体户`` /
    # ``个体户食品…``) is how pdftotext prints fake bold across a line break.
    assume(not any(_shares_edge(before, after) for before, after in pairwise(blocks)))
    if not wrapped:
        return ArticlePage("\n\n".join(blocks) + "\n", tuple(found), tuple(chosen))
    paragraphs = {block for article in found for block in _body_blocks(article)}
    widths = _column_widths(blocks, paragraphs)
    if pair:
        widths = [width for width in widths if all(_column_ends(pair, width))]
    if column is None:
        assume(widths)
        width = draw(st.sampled_from(widths))
    else:
        assume(column in widths)
        width = column
    if not pair:
        return ArticlePage(
            _wrapped_text(blocks, paragraphs, width), tuple(found), tuple(chosen), width
        )
    upper_ends, lower_ends = _column_ends(pair, width)
    upper, lower = pair
    boxes = _interleaved_boxes(
        upper, lower, width, draw(st.sampled_from(upper_ends)), draw(st.sampled_from(lower_ends))
    )
    seams = [piece for box in boxes for piece in box.pieces]
    # Once each paragraph is whole again, the blocks meet in another order: the
    # lower title stands right over the lower article's next paragraph.
    lower_body = _body_blocks(lower)
    restored = [
        *_head_blocks(upper),
        *_body_blocks(upper),
        *lower_body[:2],
        *_photo_blocks(upper),
        *_head_blocks(lower),
        *lower_body[2:],
        *_photo_blocks(lower),
    ]
    for order in (seams, restored):
        assume(not any(_shares_edge(before, after) for before, after in pairwise(order)))
    before = [block for printed_blocks in plain[:at] for block in printed_blocks]
    after = [block for printed_blocks in plain[at + 2 :] for block in printed_blocks]
    text = "\n\n".join(
        part.rstrip("\n")
        for part in (
            _wrapped_text(before, paragraphs, width) if before else "",
            *(box.text for box in boxes),
            _wrapped_text(after, paragraphs, width) if after else "",
        )
        if part
    )
    return ArticlePage(text + "\n", tuple(found), tuple(chosen), width)


@st.composite
def _stacked_pairs(draw: st.DrawFn, articles: st.SearchStrategy[Article] | None) -> list[Article]:
    """Two articles that can be printed :data:`INTERLEAVED`: each opens with a
    ``本报讯（…）`` dateline and has two paragraphs or more; the lower one has
    three when it has a photo."""
    shape = (
        news_articles(dateline=True, min_paragraphs=2)
        if articles is None
        else articles.filter(_opens_with_dateline)
    )
    upper, lower = draw(shape), draw(shape)
    assume(upper.title != lower.title)
    # With two paragraphs, nothing of the lower article is left under its title
    # once its second paragraph is whole again, and a title right above the
    # article's photo caption reads, in the clean text, as the caption's first
    # line (a blank line between blocks says nothing there); not drawn.
    assume(len(lower.paragraphs) > 2 or not lower.captions)
    return [upper, lower]


def _opens_with_dateline(article: Article) -> bool:
    """Whether ``article`` opens with a ``本报讯（…）`` dateline and has two paragraphs or more."""
    return (article.byline or "").startswith("本报讯") and len(article.paragraphs) >= 2


@dataclass(frozen=True)
class _Box:
    """A box of an interleaved page: its printed ``text`` and the ``pieces`` it
    is made of, in order (a block, or the part of a paragraph a column holds)."""

    text: str
    pieces: tuple[str, ...]


def _interleaved_boxes(
    upper: Article, lower: Article, width: int, upper_end: int, lower_end: int
) -> list[_Box]:
    """Two stacked articles as pdftotext reads them down the page's columns.

    The paragraphs are wrapped at ``width``; each article's first column ends
    after line ``upper_end`` (``lower_end``) of its second paragraph.  The
    upper article's first column comes first, with the lower one's right under
    it in the same box (its title is printed higher up, over its second
    column); then the upper article's second column and its captions; then the
    lower article's title, its second column and its captions.  A column's
    lines follow each other; a blank line ends a box.

    >>> upper = Article(
    ...     title="一窗通办", byline="本报讯（记者王尧）",
    ...     paragraphs=("办完了。", "今年以来，市民服务中心推行新模式，办事更快了。"),
    ... )
    >>> lower = Article(
    ...     title="招聘会", byline="本报讯（记者陈思远）",
    ...     paragraphs=(
    ...         "招聘会开幕。", "招聘会现场人头攒动，今年35岁的求职者马晓燕在各个展位间询问。"
    ...     ),
    ... )
    >>> print("\\n\\n".join(box.text for box in _interleaved_boxes(upper, lower, 8, 2, 2)))
    一窗通办
    本报讯（记者
    王尧）办完了。
    今年以来，市
    民服务中心推行新
    本报讯（记者
    陈思远）招聘会开
    幕。
    招聘会现场人
    头攒动，今年35岁
    <BLANKLINE>
    模式，办事更快了。
    <BLANKLINE>
    招聘会
    的求职者马晓燕在
    各个展位间询问。
    """
    upper_opening, upper_cut, *upper_rest = _body_blocks(upper)
    lower_opening, lower_cut, *lower_rest = _body_blocks(lower)
    upper_lines = wrap_lines(upper_cut, width)
    lower_lines = wrap_lines(lower_cut, width)

    def box(pieces: list[str], wrapped: list[str]) -> _Box:
        return _Box("\n".join(wrapped), tuple(pieces))

    def column(text: str) -> list[str]:
        return wrap_lines(text, width)

    upper_head = "".join(upper_lines[:upper_end])
    lower_head = "".join(lower_lines[:lower_end])
    first = box(
        [*_head_blocks(upper), upper_opening, upper_head, lower_opening, lower_head],
        [
            *_head_blocks(upper),
            *column(upper_opening),
            *upper_lines[:upper_end],
            *column(lower_opening),
            *lower_lines[:lower_end],
        ],
    )
    upper_tail = "".join(upper_lines[upper_end:])
    second = box(
        [upper_tail, *upper_rest],
        [*upper_lines[upper_end:], *(line for text in upper_rest for line in column(text))],
    )
    lower_tail = "".join(lower_lines[lower_end:])
    third = box(
        [*_head_blocks(lower), lower_tail, *lower_rest],
        [
            *_head_blocks(lower),
            *lower_lines[lower_end:],
            *(line for text in lower_rest for line in column(text)),
        ],
    )
    photos = [_Box(block, (block,)) for block in _photo_blocks(upper)]
    lower_photos = [_Box(block, (block,)) for block in _photo_blocks(lower)]
    return [first, second, *photos, third, *lower_photos]


def _cut_by_dateline(line: str) -> bool:
    """Whether the wrap joiner reads ``line``, right over a dateline, as running text
    cut off there: long enough, and punctuated (a title over a dateline is not).

    >>> _cut_by_dateline("展投资发展）发展1月1日发展814.1万")
    False
    >>> _cut_by_dateline("今年以来，市民服务中心推行")
    True
    """
    return len(line) >= _MIN_CUT_CHARS and bool(SENTENCE_PUNCT.intersection(line))


def _column_ends(pair: Sequence[Article], width: int) -> tuple[list[int], list[int]]:
    """Where the first columns of a stacked ``pair`` can end, at ``width``: the
    lines of each article's second paragraph after which the page still shows
    the break (:func:`_shows_column_break`)."""
    upper, lower = (wrap_lines(article.paragraphs[1], width) for article in pair)
    return (
        [end for end in range(1, len(upper)) if _shows_column_break(upper, end, under_title=False)],
        [end for end in range(1, len(lower)) if _shows_column_break(lower, end, under_title=True)],
    )


def _shows_column_break(lines: Sequence[str], end: int, *, under_title: bool) -> bool:
    """Whether a column ending after ``lines[:end]`` of a paragraph shows a reader
    that the paragraph goes on elsewhere.

    The first part must read as cut off, as the split repair reads it
    (:func:`~baozhi.blocks.split._cut_off`): running text long enough to count,
    stopping mid-sentence and not after a complete item (``；``, ``：``, ``）``).
    The rest runs to three lines or more: they open a box, and must show the
    column's width and where the paragraph ends, as a paragraph of its own does.
    With ``under_title`` (the lower article, whose rest is printed under its
    title), the rest must open with what no paragraph opens with
    (:func:`~baozhi.blocks.shapes.cannot_open_paragraph`: ``的求职者…``,
    ``道。…``): nothing else shows it goes on a paragraph above that title.
    Without, the rest is running text that could open a paragraph: it follows
    the lower article's cut-off part, where a part no paragraph opens with
    would be read as that part's end; and the line the dateline cuts off reads
    as running text (:func:`_cut_by_dateline`).  A rest
    whose first line has no punctuation and whose second opens like no
    paragraph (``积极党委504次通讯员保障共`` / ``治。党员…``) is not drawn: it
    has the shape of a title over its article's second column.

    >>> lines = ["招聘会现场人", "头攒动，今年35岁", "的求职者马晓燕在", "各个展位间仔细询", "问。"]
    >>> _shows_column_break(lines, 2, under_title=True)
    True
    >>> _shows_column_break(lines, 2, under_title=False)
    False
    >>> _shows_column_break(lines, 3, under_title=True)
    False
    """
    head, rest = "".join(lines[:end]), "".join(lines[end:])
    return (
        _cut_off(_Block(0, 0, head))
        and len(lines) - end >= _MIN_REST_LINES
        and (under_title or _cut_by_dateline(lines[end - 1]))
        # a box opening with a line of no punctuation over one no paragraph
        # opens with looks like a title over its article's second column
        and not (title_shaped(lines[end]) and cannot_open_paragraph(lines[end + 1]))
        and cannot_open_paragraph(rest) == under_title
        and (under_title or _running_text(_Block(0, 0, rest)))
    )


def _column_widths(blocks: Sequence[str], paragraphs: Set[str]) -> list[int]:
    """The column widths (in characters) at which a reader still sees where each block ends.

    Each paragraph runs to three lines or more, and shows its end
    (:func:`~baozhi.testing.wrap_is_unambiguous`); the page has a few full lines
    to learn the column from; every other block is clearly narrower than the
    column, so it cannot pass for a paragraph's line.  These are the conditions
    :func:`~baozhi.testing.corrupted_pages` wraps a page under.  No line breaks
    at a space (``本报讯（记者周海涛`` / ``通讯员侯培华）``): a printed line
    neither ends nor starts with one, so the space would be lost.

    >>> _column_widths(["寒潮来袭", "降温。"], {"降温。"})
    []
    """
    texts = [block for block in blocks if block in paragraphs]
    narrowest = _narrowest_column(block for block in blocks if block not in paragraphs)
    widths = []
    for width in range(narrowest, _MAX_WIDTH + 1):
        wrapped = [wrap_lines(text, width) for text in texts]
        if (
            all(_fits_column(lines, width) for lines in wrapped)
            and _full_lines(wrapped) >= _MIN_FULL_LINES
        ):
            widths.append(width)
    return widths


def _fits_column(lines: Sequence[str], width: int) -> bool:
    """Whether a paragraph wrapped into ``lines`` of a ``width`` column shows a reader
    where it ends: it runs to three lines or more, none broken at a space, and its
    last line tells (:func:`~baozhi.testing.corruptors.shows_its_end`).

    >>> _fits_column(wrap_lines("近年来，洛阳市坚持以创新驱动为引领，以产业发展为统揽。", 9), 9)
    True
    """
    return (
        len(lines) >= 3
        and all(line == line.strip() for line in lines)
        and shows_its_end(lines, width)
    )


@st.composite
def _fitted_to_column(draw: st.DrawFn, article: Article, width: int) -> Article:
    """``article`` with each paragraph that a ``width`` column cannot show the end of
    (:func:`_fits_column`) drawn again from :func:`~baozhi.testing.paragraphs`.

    A paragraph is drawn again up to :data:`_ATTEMPTS` times; a ``本报讯（…）`` dateline
    is wrapped with the first one, which it opens; the paragraphs stay unique.
    """
    body = list(article.paragraphs)
    dateline = _dateline(article)
    for index, paragraph in enumerate(body):
        lead = dateline if index == 0 else ""
        others = body[:index] + body[index + 1 :]
        fitted = False
        for attempt in range(_ATTEMPTS + 1):
            if attempt:
                paragraph = draw(paragraphs())
            fitted = paragraph not in others and _fits_column(
                wrap_lines(lead + paragraph, width), width
            )
            if fitted:
                break
        assume(fitted)
        body[index] = paragraph
    return replace(article, paragraphs=tuple(body))


def _wrapped_text(blocks: Sequence[str], paragraphs: Set[str], width: int) -> str:
    """The page with its ``paragraphs`` wrapped at ``width``, as pdftotext prints it.

    >>> paragraph = "近年来，洛阳市坚持以创新驱动为引领。"
    >>> print(_wrapped_text(["寒潮", paragraph], {paragraph}, 9), end="")
    寒潮
    <BLANKLINE>
    近年来，洛阳市
    坚持以创新驱动为引
    领。
    """
    pieces: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            in_column = block in paragraphs and blocks[index - 1] in paragraphs
            pieces.append("\n" if in_column else "\n\n")
        pieces.append(hard_wrap(block, width) if block in paragraphs else block)
    return "".join(pieces) + "\n"


def _meets_by_chance(above: Article, above_layout: str, article: Article, layout: str) -> bool:
    """Whether ``article``'s headline shares a word with the paragraph printed right above it
    where only words could tell the two articles apart.

    Between an article signed over its body (a byline line or a ``本报讯``
    opening) and one signed only under it, the headline stands somewhere in a
    stretch signed at both ends.  Extraction can print a title below the first
    paragraphs of its own body, so a reader takes the paragraphs just above it
    that are about the title as its article's start (``segment``'s "two
    bylines" rule, which reads the two-character words they share).  Drawn
    words carry no topic: a word shared there is chance, and no reader could
    tell where the second article starts.

    >>> above = Article(title="寒潮来袭", byline="本报记者 王尧", paragraphs=("公园降温。",))
    >>> article = Article(title="公园开放", byline="本报评论员", paragraphs=("开放。",))
    >>> _meets_by_chance(above, "title_first", article, "byline_split")
    True
    >>> _meets_by_chance(above, "byline_split", article, "byline_split")
    False
    """
    if not (_signed_above(above, above_layout) and _signed_below(article, layout)):
        return False
    headline = "".join(line for line in (article.title, article.subtitle) if line)
    return bool(_bigrams(headline) & _bigrams(above.paragraphs[-1]))


def _signed_above(article: Article, layout: str) -> bool:
    """Whether the byline is printed over the body: a byline line or a ``本报讯`` opening."""
    return layout == "title_first" or (article.byline or "").startswith("本报讯")


def _signed_below(article: Article, layout: str) -> bool:
    """Whether the byline is printed only under the body, bracketed."""
    return layout == "byline_split" and not _signed_above(article, layout)


def unaccounted_text(source: str, page: Page) -> list[tuple[int, int, str]]:
    """The stretches of ``source`` that no field of ``page`` and no repair covers.

    Each is ``(start, end, text)``; whitespace between fields does not count.  An
    empty list means nothing was lost: every printed character reached a field of
    the page (through its source span) or a repair-log entry says where it went.

    >>> from baozhi import parse_page
    >>> text = "寒潮来袭\\n\\n本报讯（记者王尧）降温。\\n"
    >>> unaccounted_text(text, parse_page(text))
    []
    """
    covered = bytearray(len(source))
    for span in _spans(page):
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    lost: list[tuple[int, int, str]] = []
    start = None
    for index, char in enumerate(source + " "):
        missing = index < len(source) and not covered[index] and not char.isspace()
        if missing and start is None:
            start = index
        elif not missing and start is not None:
            lost.append((start, index, source[start:index]))
            start = None
    return lost


def _spans(page: Page) -> list[Span]:
    """Every source span ``page`` holds: its fields', its items' and its repairs'."""
    spans: list[Span] = [Span(repair.start, repair.end) for repair in page.repairs]
    spans += [item.span for item in page.other if item.span]
    captions = list(page.captions)
    for article in page.articles:
        named = (article.spans.kicker, article.spans.title, article.spans.subtitle)
        spans += [span for span in (*named, article.spans.byline) if span]
        spans += [*article.spans.paragraphs, *article.spans.subheads]
        captions += article.captions
    for caption in captions:
        spans += [span for span in (caption.spans.text, caption.spans.credit) if span]
    return spans

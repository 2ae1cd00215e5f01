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

The pages are clean text (one block per paragraph, a blank line between blocks);
corrupt them with the functions of :mod:`baozhi.testing.corruptors` to test the
cleaner and the segmenter together.  What they hold is what a reader could sort
out without knowing the language: an article's title is set off by a byline or
a ``本报讯`` opening, so two articles never run together with nothing between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st

from baozhi.articles.model import Article, Caption, Page, Span
from baozhi.testing.strategies import captions, headlines, paragraphs
from baozhi.testing.vocabulary import PERSON_NAMES

__all__ = [
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

_BYLINE_FORMS = ("newsflash", "reporter_line", "commentator")


@dataclass(frozen=True)
class ArticlePage:
    """A generated page: its ``text``, the ``articles`` in it and how each was laid out.

    ``articles`` are in the order :func:`baozhi.parse_page` returns them (by where
    their body starts); ``layouts[i]`` is the :data:`LAYOUTS` form of ``articles[i]``.
    """

    text: str
    articles: tuple[Article, ...]
    layouts: tuple[str, ...]


@st.composite
def _titles(draw: st.DrawFn) -> str:
    """A one-line title: a headline that is not a ``——`` subtitle."""
    return draw(headlines().filter(lambda line: not line.startswith("——")))


@st.composite
def _subtitles(draw: st.DrawFn) -> str:
    return draw(headlines().filter(lambda line: line.startswith("——")))


@st.composite
def news_articles(draw: st.DrawFn) -> Article:
    """One news article as :func:`baozhi.parse_page` returns it (without spans).

    The byline is ``本报讯（记者王尧 通讯员陈思远）`` opening the body, a line
    ``本报记者 王尧``, or ``本报评论员``; authors are the names in it.
    """
    form = draw(st.sampled_from(_BYLINE_FORMS))
    names = draw(st.lists(st.sampled_from(PERSON_NAMES), min_size=1, max_size=2, unique=True))
    if form == "newsflash":
        roles = ("记者", "通讯员")[: len(names)]
        byline = "本报讯（" + " ".join(r + n for r, n in zip(roles, names, strict=True)) + "）"
    elif form == "reporter_line":
        byline = "本报记者 " + " ".join(names)
    else:
        byline, names = "本报评论员", []
    body = draw(st.lists(paragraphs(), min_size=1, max_size=3, unique=True))
    photo = draw(st.none() | captions())
    caption = () if photo is None else (_caption(photo),)
    return Article(
        title=draw(_titles()),
        subtitle=draw(st.none() | _subtitles()),
        byline=byline,
        authors=tuple(names),
        paragraphs=tuple(body),
        captions=caption,
    )


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
    head = [line for line in (article.title, article.subtitle) if line]
    body = list(article.paragraphs)
    photo = [f"{c.text} {c.credit}" if c.credit else c.text for c in article.captions]
    if byline.startswith("本报讯"):
        body[0] = byline + body[0]
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


@st.composite
def article_pages(
    draw: st.DrawFn, layouts: Sequence[str] = LAYOUTS, max_articles: int = 4
) -> ArticlePage:
    """A page of one to ``max_articles`` articles, each printed in one of ``layouts``.

    Only the first article may be printed ``title_after_body``.  No two blocks of
    the page are equal: a repeated block is dropped as an extraction artefact.
    """
    unknown = set(layouts) - set(LAYOUTS)
    if unknown or not layouts:
        raise ValueError(f"layouts must be chosen from {LAYOUTS}, got {tuple(layouts)}")
    found = draw(
        st.lists(
            news_articles(),
            min_size=1,
            max_size=max_articles,
            unique_by=lambda article: article.title,
        )
    )
    later = [layout for layout in layouts if layout != "title_after_body"] or ["title_first"]
    chosen = [draw(st.sampled_from(layouts if i == 0 else later)) for i in range(len(found))]
    blocks = [
        block
        for article, layout in zip(found, chosen, strict=True)
        for block in print_article(article, layout, draw(st.integers(2, 5)))
    ]
    assume(len(set(blocks)) == len(blocks))
    return ArticlePage("\n\n".join(blocks) + "\n", tuple(found), tuple(chosen))


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

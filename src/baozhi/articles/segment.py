"""Segmentation: the blocks of a cleaned page become articles.

A page holds several articles and page furniture, and extraction scrambles
their order: a title can come before or after its body, a caption in the
middle of another article.  The segmenter works in four passes:

1. **roles** — each block of the clean text is classified from its own shape:
   a paragraph, a ``本报讯（…）`` opening, a headline line, a ``——`` subtitle,
   a byline, a photo caption with its credit, a continuation marker, a column
   name, boilerplate, a banner;
2. **bodies** — runs of paragraphs become article bodies; a ``本报讯``
   opening always starts a new body, a closing bracketed byline ends one;
3. **headlines** — each group of headline lines goes to the body after it or
   the body before it, decided from evidence: a body that is already closed
   (titled, or ended by its byline) takes no title; the page's own habit,
   learnt from the groups whose direction is certain, decides the rest;
4. **sections and tails** — a feature whose sections are set in column
   widths of their own has its section heads placed by those widths; then the
   end of each titled article is read again: subheads that head nothing are
   uncredited captions, subheads over short one-sentence items are fact boxes
   of their own.

Captions go to the article whose text they share most words with.
``docs/articles.md`` lists the rules in prose.

Every field keeps the source span it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from statistics import median, median_low

import regex

from baozhi.articles.model import (
    Article,
    ArticleSpans,
    Caption,
    CaptionSpans,
    OtherItem,
    OtherKind,
    Page,
    Span,
)
from baozhi.blocks.shapes import CREDIT, SENTENCE_PUNCT, ends_sentence, has_phrase_space
from baozhi.chars import CLOSING, HAN_CLASS, INLINE_SPACE, OPENING, SENTENCE_END, display_width
from baozhi.lines.ocr import lone_box
from baozhi.result import CleanResult

__all__ = ["extract_authors", "segment"]

# ``本报讯（记者孙聪利 通讯员李蓥婕）`` opening a paragraph.
_DATELINE = regex.compile(r"^本报讯[（(][^）)]{1,60}[）)]")
# A byline on its own: bracketed (``（本报记者 彭雪姣）``), boxed or bare
# (``□本报首席记者 常凯 记者 原昆鹏``, ``本报评论员``).
_BYLINE = regex.compile(
    rf"^(?:[（(]本报[^）)]{{1,40}}[）)]"
    rf"|[□■]?本报(?:首席|特约)?(?:记者|评论员|通讯员)"
    rf"(?:[{INLINE_SPACE}]*[^\s，。；！？]{{1,10}}){{0,6}}"
    rf"|本报讯[（(][^）)]{{1,60}}[）)])$"
)
_CONTINUATION = regex.compile(r"^[（(]?(?:上接|下转|接上|转下|紧接)第?.{1,4}版[）)]?$")
# Boilerplate printed around QR codes and links; knowingly a short list.
_BOILERPLATE = regex.compile(r"^(?:扫码看|扫一扫|扫描二维码|精彩视频|更多精彩|长按识别).{0,8}$")
# Column names: a short label ending in a column word; knowingly incomplete.
_COLUMN = regex.compile(
    r"^[\p{Han}]{0,4}(?:访谈|点评|时评|快评|观察|视点|专栏|述评|速递|链接|走笔)$"
)
# Roles in a byline, longest first, and the names after them.
_ROLES = ("首席记者", "特约记者", "实习记者", "摄影记者", "记者", "通讯员", "实习生")
_ROLE = regex.compile("|".join(_ROLES))
_NAME = regex.compile(rf"[{HAN_CLASS}·]{{2,4}}")
# A headline line that ends in one of these goes on on the next line: the two
# lines are one title (``市劳模园被命名为`` / ``省职工爱国主义教育基地``).
_DANGLING_END = frozenset("为是的在对向把被与和及将让使从以于等到给")
_DANGLING_WORDS = ("实现", "成为", "推进", "助力", "打造")
_HEADLINE_MAX_CHARS = 48
# Each half of a line holding two titles is at least this long.
_MIN_TITLE_CHARS = 4
# A series banner that a story's headline restates is at least this long: a
# shorter title is contained in many a headline by chance.
_MIN_RESTATED_CHARS = 8
# An interview or comment heading: a person's post and name, a colon, the title
# (``开发区党工委副书记、管委会主任任晓云：加快发展新质生产力``).
_INTERVIEW = regex.compile(r"^[^：:]{4,30}[：:][^：:]{4,}$")
# A title shares this many more two-character words with one body than with
# the other before the words decide where it goes.
_CLEAR_MARGIN = 2
# Photo news: a headline and captions sharing at least this many two-character words.
_PHOTO_NEWS_SHARED = 3
# A subtitle's dash, and what OCR reads it as (``一一地区生产总值同比增长5.8%``).
_SUBTITLE_DASHES = ("——", "一一")
# A section tag before a subhead: two Han characters, a space, then a whole
# clause with a comma (``优势 将创新刻进基因，新质生产力发展劲头足``).  The
# phrases of a headline (``寒潮来袭 我市将迎大风降温``) carry no comma.
_LABELLED = regex.compile(
    rf"^([{HAN_CLASS}]{{2}})[{INLINE_SPACE}]+([^{INLINE_SPACE}，]{{3,}}，[^{INLINE_SPACE}]{{4,}})$"
)
# A fact box's item is one short sentence; a section of running text has longer
# or several-sentence paragraphs.
_FACT_MAX_CHARS = 120
# An uncredited caption is a short line that stops without punctuation.
_BARE_CAPTION_MAX_CHARS = 60
# The full lines of one column differ by up to a character or so (a letter-spaced
# line, half-width digits, the spaces extraction puts around them), in display
# cells; columns set two characters apart or more are told apart.
_MEASURE_TOLERANCE = 3
# Sections told apart by their column widths: the lead under the title and at least
# two sections.  One change of width alone is common (a lead set wider than the
# body) and says nothing about sections.
_MIN_WIDTH_RUNS = 3


@dataclass(frozen=True, slots=True)
class _Item:
    """A block of the clean text with its role and the source span of its text."""

    role: str
    text: str
    span: Span
    doubled: bool = False
    # For captions: the credit and its span; for openings: the dateline and its
    # span; for headlines: the label printed before it (``优势``) and its span.
    extra: str | None = None
    extra_span: Span | None = None
    at: int = 0  # where a headline's (or paragraph's) text starts in the clean text
    # For bylines and openings: the names of the authors, each with its span.
    authors: tuple[tuple[str, Span], ...] = ()
    # The source printed it in one box with the block before it: no blank line
    # between them, on a page whose blank lines separate boxes (``_box_breaks``).
    same_box: bool = False


@dataclass(frozen=True, slots=True)
class _Byline:
    """A byline as the article gives it, with its span and its authors' names and spans."""

    text: str
    span: Span
    authors: tuple[tuple[str, Span], ...]


@dataclass(slots=True)
class _Body:
    """An article in the making."""

    paragraphs: list[tuple[str, Span]] = field(default_factory=list)
    byline: _Byline | None = None  # a 本报讯（…） opening
    closing: _Byline | None = None  # a bracketed byline after the last paragraph
    headline: list[_Item] = field(default_factory=list)
    # Each subhead: the paragraph index it stands before, and its lines.
    subheads: list[tuple[int, list[_Item]]] = field(default_factory=list)
    captions: list[_Item] = field(default_factory=list)
    closed: bool = False  # ended by its own byline

    def is_titled(self) -> bool:
        return bool(self.headline)


def extract_authors(byline: str) -> tuple[str, ...]:
    """The reporters and correspondents a byline names.

    >>> extract_authors("本报讯（记者孙聪利 通讯员李蓥婕）")
    ('孙聪利', '李蓥婕')
    >>> extract_authors("本报首席记者 常凯 记者 原昆鹏"), extract_authors("本报评论员")
    (('常凯', '原昆鹏'), ())
    """
    return tuple(_named_authors(byline))


def _named_authors(byline: str) -> dict[str, int]:
    """The names :func:`extract_authors` finds, each with where it first stands in ``byline``."""
    authors: dict[str, int] = {}
    matches = list(_ROLE.finditer(byline))
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(byline)
        for name in _NAME.finditer(byline, match.end(), stop):
            if not name.group().startswith("本报"):
                authors.setdefault(name.group(), name.start())
    return authors


def _author_spans(result: CleanResult, byline: str, start: int) -> tuple[tuple[str, Span], ...]:
    """The authors of the byline at ``start`` in the clean text, each with its source span."""
    return tuple(
        (name, _span(result, start + at, start + at + len(name)))
        for name, at in _named_authors(byline).items()
    )


def _span(result: CleanResult, start: int, end: int) -> Span:
    source_start, source_end = result.source_span(start, end)
    return Span(source_start, source_end)


def _doubled_sources(result: CleanResult) -> list[int]:
    return sorted(repair.start for repair in result.repairs if repair.kind == "fake_bold")


def _box_breaks(result: CleanResult) -> frozenset[int]:
    """Where the wrap joiner cut a box of the source: the source offsets of the lines
    it put after a blank line where the source had none.

    Only on a page whose blank lines separate boxes (OCR, pdfminer): there most
    block ends were blank lines already, and a break the joiner made split one
    box (``寒潮来克`` / ``我市将迎大风降温``).  On a page without blank lines
    the joiner made every block end, and they say nothing about boxes.
    """
    made = [
        repair.end
        for repair in result.repairs
        if repair.kind == "paragraph_break" and repair.before.count("\n") < 2
    ]
    if len(made) * 2 >= result.text.count("\n\n"):
        return frozenset()
    return frozenset(made)


def _items(result: CleanResult) -> list[_Item]:
    """The clean text's blocks, each with its role."""
    doubled_starts = _doubled_sources(result)
    box_breaks = _box_breaks(result)
    items: list[_Item] = []
    offset = 0
    for chunk in result.text.split("\n\n"):
        text = chunk.strip("\n")
        if text:
            start = offset + chunk.index(text)
            item = _classify(result, text, start, doubled_starts)
            items.append(replace(item, same_box=item.span.start in box_breaks))
        offset += len(chunk) + 2
    return items


def _classify(result: CleanResult, text: str, start: int, doubled_starts: Sequence[int]) -> _Item:
    end = start + len(text)
    span = _span(result, start, end)
    doubled = any(span.start <= s <= span.end for s in doubled_starts)
    dateline = _DATELINE.match(text)
    if dateline and dateline.end() < len(text):
        rest = dateline.end()
        return _Item(
            "opening",
            text[rest:],
            _span(result, start + rest, end),
            doubled,
            dateline.group(),
            _span(result, start, start + rest),
            authors=_author_spans(result, dateline.group(), start),
        )
    if _CONTINUATION.match(text):
        return _Item("continuation", text, span)
    if _BOILERPLATE.match(text):
        return _Item("boilerplate", text, span)
    if _BYLINE.match(text):
        return _Item("byline", text, span, doubled, authors=_author_spans(result, text, start))
    credit = CREDIT.search(text)
    if credit is not None and credit.start() > 0:
        cut = credit.start()
        caption_text = text[:cut].rstrip()
        credit_text = text[cut:].strip()
        credit_start = end - len(credit_text)
        return _Item(
            "caption",
            caption_text,
            _span(result, start, start + len(caption_text)),
            doubled,
            credit_text,
            _span(result, credit_start, end),
        )
    if text.startswith(_SUBTITLE_DASHES) and not SENTENCE_PUNCT.intersection(text):
        return _Item("subtitle", text, span, doubled)
    if _COLUMN.match(text):
        return _Item("column", text, span, doubled)
    # A glyph OCR could not read (``1口`` where ``识。`` was printed, the end of
    # the paragraph above) is no headline: it neither heads an article nor splits one.
    if _is_headline(text) and not lone_box(text):
        label = _LABELLED.match(text)
        if label is None:
            return _Item("headline", text, span, doubled, at=start)
        rest = label.start(2)
        return _Item(
            "headline",
            text[rest:],
            _span(result, start + rest, end),
            doubled,
            label.group(1),
            _span(result, start, start + label.end(1)),
            at=start + rest,
        )
    return _Item("paragraph", text, span, doubled, at=start)


def _is_headline(text: str) -> bool:
    """A headline line: headline-shaped, and no comma but between phrases."""
    return _headline_shaped(text) and ("，" not in text or has_phrase_space(text))


def _headline_shaped(text: str) -> bool:
    """Short, without a full stop, and not ending like a sentence or a clause that goes on."""
    if len(text) > _HEADLINE_MAX_CHARS or ends_sentence(text):
        return False
    stripped = text.rstrip("”’）》")
    if stripped and stripped[-1] in "，、；：—":
        return False
    return "。" not in text


def _is_banner(item: _Item) -> bool:
    """A slogan of three or more short phrases: ``学思想 强党性 重实践 建新功``."""
    phrases = item.text.split()
    return len(phrases) >= 3 and all(2 <= len(p) <= 5 for p in phrases)


@dataclass(slots=True)
class _Group:
    """Headline lines found together, and where they stand among the bodies."""

    items: list[_Item]
    before: int  # index of the body before the group (-1 if none)
    inside: int | None = None  # paragraph index, when the group stands inside that body
    captions: list[_Item] = field(default_factory=list)
    after_column: bool = False  # a column name (``专家点评``) stands right before it
    caption_before: _Item | None = None  # a page caption printed right before it
    # A slogan alone over running text: its title only if that text is signed
    # at its foot (``_signed_at_foot``).
    tentative: bool = False


def segment(result: CleanResult, *, source_text: str, source: str | None = None) -> Page:
    """The articles, captions and other items of a cleaned page.

    ``source_text`` is the text ``result`` was cleaned from, whose lines tell the
    column width each paragraph is set in (``_sections_by_width``); ``source``
    names the page.
    """
    items = _join_caption_parts(_items(result))
    bodies: list[_Body] = []
    groups: list[_Group] = []
    captions: list[_Item] = []
    other: list[OtherItem] = []
    pending: _Group | None = None
    column_before = False  # a column name stands right before the next group
    loose_caption: _Item | None = None  # the page caption just read, if the last item

    def flush(*, new_body: bool) -> None:
        nonlocal pending
        if pending is not None:
            if not new_body and bodies:
                pending.inside = len(bodies[-1].paragraphs)
            groups.append(pending)
            pending = None

    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if _heads_next_opening(item, bodies[-1] if bodies else None, following):
            item = replace(item, role="headline")
        role = item.role
        caption_before, loose_caption = loose_caption, None
        if item.extra is not None and role == "headline":
            other.append(OtherItem("label", item.extra, item.extra_span))
        slogan = role in ("headline", "subtitle") and _is_banner(item)
        over_text = following is not None and following.role == "paragraph"
        # A slogan printed into a paragraph's sentence is the title over the
        # column that paragraph goes on in (``_place_inside``), not a banner.
        interrupts = bool(bodies) and _printed_lines([item], bodies[-1].paragraphs) > 0
        if slogan and not _heads(following) and not interrupts:
            other.append(OtherItem("banner", item.text, item.span))
            continue
        if role in ("headline", "subtitle") or (
            role == "byline" and pending is not None and not item.text.startswith(("（", "("))
        ):
            if pending is not None and _is_photo_news(pending.items, pending.captions):
                # Headline, its captions, headline: the first is photo news, complete.
                groups.append(pending)
                pending = None
            if pending is None:
                pending = _Group([], len(bodies) - 1, after_column=column_before)
                pending.caption_before = caption_before
                pending.tentative = slogan and over_text
                column_before = False
            pending.items.append(item)
            continue
        if role == "caption":
            if pending is not None:
                pending.captions.append(item)
            else:
                captions.append(item)
                loose_caption = item
            continue
        if role == "column" and pending is not None:
            # Headlines with no body before a column name: the page's banner.
            other.extend(OtherItem("banner", i.text, i.span) for i in pending.items)
            captions.extend(pending.captions)
            pending = None
        if role in ("continuation", "boilerplate", "column"):
            kind: OtherKind = role  # type: ignore[assignment]
            _add_other(other, kind, item)
            column_before = role == "column"
            continue
        current = bodies[-1] if bodies else None
        if role == "byline":
            flush(new_body=False)
            if current is not None and not current.closed:
                current.closing = _Byline(_strip_byline(item.text), item.span, item.authors)
                current.closed = True
            else:
                other.append(OtherItem("label", item.text, item.span))
            continue
        # A paragraph, or a 本报讯 opening.  Captions between a headline and the
        # paragraphs under it belong to that article, not to photo news.
        if pending is not None and pending.captions:
            captions.extend(pending.captions)
            pending.captions = []
        # A title printed into the paragraph before it (all its lines) stands
        # over that article's second column: the text under it goes on the body.
        new_body = (
            role == "opening"
            or current is None
            or current.closed
            or (
                pending is not None
                and _opens_article(pending)
                and _printed_lines(pending.items, current.paragraphs) < len(pending.items)
            )
        )
        flush(new_body=new_body)
        if new_body:
            current = _Body()
            bodies.append(current)
        assert current is not None
        if role == "opening":
            assert item.extra is not None
            assert item.extra_span is not None
            current.byline = _Byline(item.extra, item.extra_span, item.authors)
        current.paragraphs.append((item.text, item.span))
    if pending is not None:
        groups.append(pending)

    photo_news = _attach_headlines(result, bodies, groups, other, captions)
    # Before the tails are read: they work back from the true last section.
    for body in bodies:
        _sections_by_width(body, source_text)
    boxes = [box for body in bodies for box in _settle_tail(body, captions, other)]
    articles = [_article(body) for body in bodies + boxes + photo_news]
    # Captions found late (uncredited ones) take their place in source order.
    page_captions = _attach_captions(articles, sorted(captions, key=lambda c: c.span.start))
    return Page(
        source=source,
        articles=tuple(sorted(articles, key=_start)),
        captions=tuple(page_captions),
        other=tuple(sorted(other, key=lambda o: o.span.start if o.span else 0)),
        repairs=result.repairs,
        warnings=result.warnings,
    )


def _heads(following: _Item | None) -> bool:
    """Whether a slogan line is part of the headline of what is printed right under it.

    ``学在深处 谋在新处 干在实处`` / ``高新区认真学习贯彻党的十九届六中全会精神``:
    a slogan over a factual headline is its kicker (ARTICLES' two-line rule);
    over a ``——`` subtitle, a byline or a ``本报讯`` opening it is the title.
    Over running text it may be the title too (``_signed_at_foot``).  A slogan
    with none of these under it labels the page or a series.
    """
    if following is None:
        return False
    if following.role == "headline":
        return not _is_banner(following)
    return following.role in ("subtitle", "opening", "paragraph") or (
        following.role == "byline" and not following.text.startswith(("（", "("))
    )


def _heads_next_opening(item: _Item, current: _Body | None, following: _Item | None) -> bool:
    """Whether a block between a signed article and a ``本报讯`` opening is a headline.

    After an article closed by its byline no text of it is left, and the next
    article's text starts with its dateline: a short block between the two
    that stops like a headline is the next article's headline, even with a
    comma in it.  ``（本报记者 陈思远 通讯员 马文博）`` / ``前三李，度全市经济稳中向好``
    / ``本报讯（记者 陈思远）记者11月20日…``: OCR read the large ``季`` of
    ``前三季度`` as ``李，``; the comma is kept, as printed by the OCR.
    """
    return (
        item.role == "paragraph"
        and current is not None
        and current.closed
        and following is not None
        and following.role == "opening"
        and _headline_shaped(item.text)
    )


def _add_other(other: list[OtherItem], kind: OtherKind, item: _Item) -> None:
    """Add an item to ``other``; boilerplate broken over two lines is one item.

    ``扫码看`` / ``精彩视频``: one QR-code note printed on two lines.
    """
    last = other[-1] if other else None
    if kind == "boilerplate" and last is not None and last.kind == kind and last.span is not None:
        other[-1] = OtherItem(kind, last.text + item.text, Span(last.span.start, item.span.end))
        return
    other.append(OtherItem(kind, item.text, item.span))


def _join_caption_parts(items: list[_Item]) -> list[_Item]:
    """A caption printed as two paragraphs, with one credit at the end, as one caption.

    ``发放开业补贴`` / ``11月17日上午，…举行开业补贴发放仪式，…`` /
    ``开业补贴的申请对象是…返乡农民工。 郝森森 摄``: a paragraph right under a
    headline, closed by a credited caption about the same thing and followed by
    no other paragraph, is no article body but the first half of the caption.
    The two halves are joined with nothing, as one paragraph's lines are.
    """
    joined: list[_Item] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if (
            item.role == "caption"
            and len(joined) >= 2
            and joined[-1].role == "paragraph"
            and joined[-2].role == "headline"
            and not _title_over_second_column(joined)
            and (following is None or following.role not in ("paragraph", "opening"))
            and len(_bigrams(joined[-1].text) & _bigrams(item.text)) >= _PHOTO_NEWS_SHARED
        ):
            first = joined.pop()
            item = _Item(
                "caption",
                first.text + item.text,
                Span(first.span.start, item.span.end),
                first.doubled or item.doubled,
                item.extra,
                item.extra_span,
            )
        joined.append(item)
    return joined


def _title_over_second_column(items: Sequence[_Item]) -> bool:
    """Whether the headline before the last item was printed into the last
    paragraph before it: an article's title over its second column, whose first part
    the split paragraph rejoiner moved back (``_printed_lines``); what is under
    it is that article's text, not a caption's first half."""
    text = [(item.text, item.span) for item in items[:-2] if item.role in ("paragraph", "opening")]
    return _printed_lines(items[-2:-1], text[-1:]) > 0


def _opens_article(group: _Group) -> bool:
    """A group that heads an article of its own, never a section of one.

    It has a subtitle under a headline line or a byline, stands under a column
    name, or is an interview or comment heading ``姓名职务：标题``.  A ``——``
    line on its own is the subtitle of the article it stands in.
    """
    if _lone_subtitle(group.items):
        return False
    return group.after_column or any(
        item.role in ("subtitle", "byline") or _INTERVIEW.match(item.text) for item in group.items
    )


def _lone_subtitle(items: Sequence[_Item]) -> bool:
    return all(item.role == "subtitle" for item in items)


def _strip_byline(text: str) -> str:
    """A byline without its wrapping brackets or leading box: ``本报记者 彭雪姣``."""
    text = text.lstrip("□■")
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1]
    return text.strip()


def _split_at_byline(items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """Split a group after a byline that another headline follows.

    ``坚持以科技创新引领产业发展`` / ``本报评论员`` / ``封测项目 为“芯”产业注入新动能``:
    the byline closes the article above; the headline after it opens the next.
    """
    for index, item in enumerate(items[:-1]):
        if item.role == "byline" and any(i.role == "headline" for i in items[index + 1 :]):
            return items[: index + 1], items[index + 1 :]
    return [], items


def _attach_headlines(
    result: CleanResult,
    bodies: list[_Body],
    groups: list[_Group],
    other: list[OtherItem],
    captions: list[_Item],
) -> list[_Body]:
    """Give each headline group to a body; return the photo-news articles found."""
    titles_after = _titles_after(bodies, groups)
    photo_news: list[_Body] = []
    for group in groups:
        previous = bodies[group.before] if group.before >= 0 else None
        # Lines printed into the sentence of the paragraph before them head that
        # paragraph's article: the sentence goes on under them.
        printed = 0
        if previous is not None and not previous.is_titled():
            printed = _printed_lines(group.items, previous.paragraphs[: group.inside])
        if group.tentative and not (printed or _signed_at_foot(bodies, group)):
            other.extend(OtherItem("banner", i.text, i.span) for i in group.items)
            continue
        closing, heading = _split_at_byline(group.items)
        if closing and previous is not None and not previous.is_titled():
            previous.headline = closing
            previous.closed = True
        elif closing:
            other.extend(OtherItem("label", i.text, i.span) for i in closing)
        if not heading:
            captions.extend(group.captions)
            continue
        if printed and previous is not None and not closing:
            # The text after the lines, unless a dateline opens it, rejoins this
            # body: as an orphan (``_merge_orphans``) or, when the group stands
            # inside it, where it is (a title over its article's second column).
            _give(previous, heading[:printed], other)
            heading = heading[printed:]
            if not heading:
                captions.extend(group.captions)
                continue
        if _is_photo_news(heading, group.captions):
            photo_news += _photo_news(group, heading, captions, other)
            continue
        captions.extend(group.captions)
        if group.inside is not None and previous is not None:
            _place_inside(bodies, groups, group, heading, other)
            continue
        following = bodies[group.before + 1] if group.before + 1 < len(bodies) else None
        if previous is not None and following is not None and not closing:
            split = _split_between(heading, previous, following)
            if split is not None:
                _give(previous, heading[:split], other)
                _give(following, heading[split:], other)
                continue
        if _split_line(result, heading, bodies, group.before):
            continue
        target = _target(heading, previous, following, titles_after, closing=bool(closing))
        if target is not None:
            _give(target, heading, other, previous if target is following else None)
        elif _restates(heading, bodies, other):
            continue
        elif previous is not None and previous.is_titled() and following is None:
            previous.subheads.append((len(previous.paragraphs), heading))
        else:
            other.extend(OtherItem("banner", i.text, i.span) for i in heading)
    _merge_orphans(bodies)
    return photo_news


def _printed_lines(lines: Sequence[_Item], paragraphs: Sequence[tuple[str, Span]]) -> int:
    """How many of the headline ``lines`` after ``paragraphs`` were printed into the
    sentence of the last one.

    The split paragraph rejoiner put that paragraph together from the parts
    printed before and after them, so the paragraph's source span holds
    theirs: ``…对重点企业一家一`` / ``聚焦高质量发展`` /
    ``新材料产业集群加速崛起`` / ``一一高新区推动…见闻`` / ``家走访、问题…``
    (OCR), or ``…今年35岁`` / ``“家门口”招聘会送来1100余个岗位`` /
    ``的求职者马晓燕…`` (a title over its article's second column, read after
    the first).  Running text does not stop mid-sentence for another
    article's headline: the lines head the article they interrupt.
    """
    if not paragraphs:
        return 0
    _, span = paragraphs[-1]
    count = 0
    for line in lines:
        if not span.start < line.span.start <= line.span.end < span.end:
            break
        count += 1
    return count


def _signed_at_foot(bodies: Sequence[_Body], group: _Group) -> bool:
    """Whether the text under a group ends with a closing byline of its own.

    ``学思想 强党性 重实践 建新功`` / ``11月15日，高新区召开会议…`` /
    ``（本报记者 王尧）``: a slogan over running text signed at its foot is that
    article's title, the only line printed over it.  A page banner stands over
    headlines and photos, but extraction can print it over a column whose own
    headline, with its byline line, comes after the body; that body is not
    signed at its foot, and the slogan stays a banner.
    """
    under = group.before if group.inside is not None else group.before + 1
    return 0 <= under < len(bodies) and bodies[under].closing is not None


def _photo_news(
    group: _Group, heading: list[_Item], captions: list[_Item], other: list[OtherItem]
) -> list[_Body]:
    """The photo-news items of a headline group with captions under it.

    When a caption printed right before the group is about the group's first
    line and not about the captions under it, that line and that caption are
    photo news of their own (``…学习贯彻党的十九届六中全会精神… 摄`` /
    ``管理骨干学习全会精神`` / ``发放开业补贴`` / ``…开业补贴… 郝森森 摄``).
    """
    items = [_Body(captions=group.captions)]
    before = group.caption_before
    if (
        before is not None
        and before in captions
        and len(heading) > 1
        and _about(heading[:1], [before])
        and not _about(heading[:1], group.captions)
    ):
        captions.remove(before)
        items.insert(0, _Body(captions=[before]))
        _give(items[0], heading[:1], other)
        heading = heading[1:]
    _give(items[-1], heading, other)
    return items


def _give(
    body: _Body, heading: list[_Item], other: list[OtherItem], previous: _Body | None = None
) -> None:
    """Make ``heading`` the headline of ``body``.

    Lines above what a kicker and a title can hold are not lost: the first ones
    are the kicker of the article before, when that one has a title but no
    kicker and shares more words with them (``加快形成创新高地 构建创新体系``,
    extracted after the byline of the survey it heads); else they are banners.
    """
    spare = _spare_lines(heading)
    extra, heading = heading[:spare], heading[spare:]
    body.headline = heading
    if not extra:
        return
    if (
        previous is not None
        and _kicker_free(previous)
        and _shared(extra, previous.paragraphs) > _shared(extra, body.paragraphs)
    ):
        previous.headline = extra + previous.headline
        return
    other.extend(OtherItem("banner", i.text, i.span) for i in extra)


def _spare_lines(heading: Sequence[_Item]) -> int:
    """How many leading headline lines a group has beyond a kicker and its title.

    >>> texts = ("甲 乙", "丙 丁", "市劳模园被命名为", "基地")
    >>> _spare_lines([_Item("headline", text, Span(0, 1)) for text in texts])
    1
    """
    lines = [index for index, item in enumerate(heading) if item.role == "headline"]
    if len(lines) < 3:
        return 0
    title_lines = 2 if _joins(heading[lines[-2]], heading[lines[-1]]) else 1
    kept = title_lines + 1
    return lines[-kept] if len(lines) > kept else 0


def _has_subtitle(body: _Body) -> bool:
    return any(item.role == "subtitle" for item in body.headline)


def _kicker_free(body: _Body) -> bool:
    """A titled body whose headline has one line: room for a kicker above it."""
    return sum(item.role == "headline" for item in body.headline) == 1


def _restates(heading: Sequence[_Item], bodies: Sequence[_Body], other: list[OtherItem]) -> bool:
    """A left-over headline that restates a body's one-line title in full is its headline.

    ``学习贯彻党的十九届六中全会精神`` over a story whose own headline,
    ``高新区认真学习贯彻党的十九届六中全会精神``, the extraction put at the
    page's end: the short line names the series (a banner), the long one is
    the title.  Returns whether such a body was found.
    """
    lines = [item for item in heading if item.role == "headline"]
    if not lines:
        return False
    title = _squashed(lines[-1].text)
    for body in bodies:
        if not _kicker_free(body) or any(item.role != "headline" for item in body.headline):
            continue
        old = body.headline[0]
        short = _squashed(old.text)
        if len(short) >= _MIN_RESTATED_CHARS and short in title and short != title:
            other.append(OtherItem("banner", old.text, old.span))
            _give(body, list(heading), other)
            return True
    return False


def _squashed(text: str) -> str:
    return "".join(text.split())


def _split_line(
    result: CleanResult, heading: Sequence[_Item], bodies: Sequence[_Body], before: int
) -> bool:
    """Cut a headline line that holds the titles of two neighbouring untitled bodies.

    ``“一窗通办”让群众少跑腿“家门口”招聘会送来1100余个岗位``: two columns'
    titles extracted as one line.  The bodies are two in a row next to the line
    (both before it, around it or both after it); the cut falls at a quote or
    bracket, and each half must share at least ``_CLEAR_MARGIN`` words with its
    own body and more than with the other one.  Returns whether it cut.
    """
    if len(heading) != 1 or heading[0].role != "headline":
        return False
    line, text = heading[0], heading[0].text
    best: tuple[int, int, _Body, _Body] | None = None  # score, cut, bodies
    for first in range(before - 1, before + 2):
        if first < 0 or first + 1 >= len(bodies):
            continue
        pair = bodies[first], bodies[first + 1]
        if pair[0].is_titled() or pair[1].is_titled():
            continue
        words = [_bigrams(_text_of(body)) for body in pair]
        for cut in range(_MIN_TITLE_CHARS, len(text) - _MIN_TITLE_CHARS + 1):
            if text[cut - 1] not in CLOSING and text[cut] not in OPENING:
                continue
            left, right = _bigrams(text[:cut]), _bigrams(text[cut:])
            own = len(left & words[0]), len(right & words[1])
            crossed = len(left & words[1]), len(right & words[0])
            clear = min(own) >= _CLEAR_MARGIN and own[0] > crossed[0] and own[1] > crossed[1]
            if clear and (best is None or sum(own) > best[0]):
                best = sum(own), cut, *pair
    if best is None:
        return False
    _, cut, one, two = best
    for body, start, end in ((one, 0, cut), (two, cut, len(text))):
        span = _span(result, line.at + start, line.at + end)
        body.headline = [_Item("headline", text[start:end], span, line.doubled, at=line.at + start)]
    return True


def _text_of(body: _Body) -> str:
    return "".join(text for text, _ in body.paragraphs)


def _place_inside(
    bodies: list[_Body],
    groups: list[_Group],
    group: _Group,
    heading: list[_Item],
    other: list[OtherItem],
) -> None:
    """A headline group printed between two paragraphs of one body.

    In a body without a title it is the title of the paragraphs it shares more
    words with, before or after it (extraction puts titles anywhere); the body
    is cut there, and a paragraph left without a title rejoins its neighbour
    later.  In a titled body, a group is the title of another article whose
    paragraphs start where the words of the title start to appear when it is
    fake-bold or when the body is signed both above (``本报讯`` or a byline
    line) and below (one article is signed once); a plain group is a section
    subhead.  A lone ``——`` subtitle is the
    subtitle of the body it stands in.
    """
    body_index, inside = group.before, group.inside
    assert inside is not None
    body = bodies[body_index]
    if _lone_subtitle(heading) and not _has_subtitle(body):
        body.headline += heading  # a ``——`` line is never a section's head
        return
    if not body.is_titled():
        before = _shared(heading, body.paragraphs[:inside])
        after = _shared(heading, body.paragraphs[inside:])
        if inside < len(body.paragraphs) and after > before:
            _give(_cut(bodies, groups, body_index, inside), heading, other)
        else:
            _give(body, heading, other)
            if inside < len(body.paragraphs):
                _cut(bodies, groups, body_index, inside)
        return
    signed_above = body.byline is not None or any(i.role == "byline" for i in body.headline)
    twice_signed = signed_above and body.closing is not None
    start = None
    if twice_signed or any(item.doubled for item in heading):
        start = _topic_start(heading, body.paragraphs, inside)
    if twice_signed and start is None:
        start = inside  # no words to go by: the second article starts under its title
    if start is None:
        body.subheads.append((inside, heading))
        return
    _give(_cut(bodies, groups, body_index, start), heading, other, body)


def _joined(lines: Sequence[_Item]) -> tuple[str, Span]:
    """Headline lines as one text: nothing after a line that dangles, else a space."""
    text = lines[0].text
    for line in lines[1:]:
        text += ("" if _dangles(text) else " ") + line.text
    return text, Span(lines[0].span.start, lines[-1].span.end)


def _shared(heading: Sequence[_Item], paragraphs: Sequence[tuple[str, Span]]) -> int:
    """How many two-character words a headline's title shares with paragraphs."""
    title = _bigrams(heading[-1].text)
    return len(title & _bigrams("".join(text for text, _ in paragraphs)))


def _topic_start(
    heading: Sequence[_Item], paragraphs: Sequence[tuple[str, Span]], inside: int
) -> int | None:
    """The first of the paragraphs just before ``inside`` that share words with the title.

    A stub OCR could not read (``1口``) shares none and says nothing: the walk
    goes on past it.
    """
    start = probe = inside
    while probe > 1:
        stub = lone_box(paragraphs[probe - 1][0])
        if not stub and _shared(heading, paragraphs[probe - 1 : probe]) == 0:
            break
        probe -= 1
        if not stub:
            start = probe
    return start if start < inside else None


def _cut(bodies: list[_Body], groups: list[_Group], index: int, at: int) -> _Body:
    """Cut body ``index`` before paragraph ``at``; return the new body after it.

    Groups placed after the cut are renumbered to point at the new body.
    """
    body = bodies[index]
    new = _Body(
        paragraphs=body.paragraphs[at:],
        subheads=[(i - at, lines) for i, lines in body.subheads if i >= at],
        closing=body.closing,
        closed=body.closed,
    )
    body.paragraphs = body.paragraphs[:at]
    body.subheads = [entry for entry in body.subheads if entry[0] < at]
    body.closing = None
    body.closed = False
    bodies.insert(index + 1, new)
    for other in groups:
        if other.before > index:
            other.before += 1
        elif other.before == index and other.inside is None:
            other.before = index + 1  # it stood after the whole body: now after its last part
        elif other.before == index and other.inside is not None and other.inside >= at:
            other.before, other.inside = index + 1, other.inside - at
    return new


def _merge_orphans(bodies: list[_Body]) -> None:
    """Paragraphs left without title or opening rejoin the article before them."""
    index = 1
    while index < len(bodies):
        body, previous = bodies[index], bodies[index - 1]
        if not body.is_titled() and body.byline is None and not previous.closed:
            offset = len(previous.paragraphs)
            previous.paragraphs += body.paragraphs
            previous.subheads += [(i + offset, lines) for i, lines in body.subheads]
            previous.captions += body.captions
            previous.closing = body.closing
            previous.closed = body.closed
            del bodies[index]
            continue
        index += 1


def _settle_tail(body: _Body, captions: list[_Item], other: list[OtherItem]) -> list[_Body]:
    """The end of a titled body: uncredited captions and fact boxes, not sections.

    Working back from the last subhead: one with nothing under it but lines
    that stop without punctuation heads no section; its lines are photo
    captions without credit (``天海集团智能制造生产车间``), or banners when they
    have a headline's phrase space.  One over a list of short one-sentence
    facts is a fact box, a small article of its own (``创新平台打造 有力度``);
    the lines above its heading are captions.  The first real section stops
    the walk.  Returns the fact boxes.
    """
    boxes: list[_Body] = []
    while body.is_titled() and body.subheads:
        index, lines = body.subheads[-1]
        section = body.paragraphs[index:]
        if all(_is_bare_caption(text) for text, _ in section):
            loose = lines + [_Item("paragraph", text, span) for text, span in section]
        elif _is_fact_list([text for text, _ in section]):
            boxes.insert(0, _Body(paragraphs=section, headline=lines[-1:]))
            loose = lines[:-1]
        else:
            break
        for item in loose:
            if has_phrase_space(item.text):
                other.append(OtherItem("banner", item.text, item.span))
            else:
                captions.append(item)
        body.paragraphs = body.paragraphs[:index]
        del body.subheads[-1]
    return boxes


def _is_bare_caption(text: str) -> bool:
    """A short line that stops without punctuation: a photo's caption, not running text.

    >>> _is_bare_caption("天海集团智能制造生产车间"), _is_bare_caption("砥砺前行、未来可期！")
    (True, False)
    """
    return (
        len(text) <= _BARE_CAPTION_MAX_CHARS
        and "。" not in text
        and (text[-1:].isalnum() or text[-1:] in "%")
    )


def _is_fact_list(paragraphs: Sequence[str]) -> bool:
    """Two or more items, each one short sentence: the list of a fact box.

    >>> _is_fact_list(["市级以上创新平台总数达125家，总量全市第一。", "覆盖率达88%。"])
    True
    >>> _is_fact_list(["创新之道，唯在得人。发展新质生产力，人才不能缺席。", "当前，…。"])
    False
    """
    return len(paragraphs) >= 2 and all(
        len(text) <= _FACT_MAX_CHARS
        and ends_sentence(text)
        and not any(char in SENTENCE_END for char in text.rstrip(CLOSING + SENTENCE_END))
        for text in paragraphs
    )


def _sections_by_width(body: _Body, source_text: str) -> None:
    """Give each section of a feature set in columns of its own width its own subhead.

    A special page can set each section of one feature in a column width of its
    own (seed 003: the lead 29 characters wide, then sections of 23, 19 and 22),
    and extraction then loses the order of the section heads.  When the titled
    body's paragraphs fall into runs of one width (``_width_runs``: the lead and
    two sections or more) and its subheads are of one shape (each ``N`` phrases
    separated by spaces, ``N`` at least two), the runs decide:

    - a group of subhead lines is cut into subheads of ``N`` phrases each
      (``优化创新生态 建强创新平台`` / ``点燃发展新引擎新动能`` is one);
    - the last subhead of a group heads the run it stands before; those before
      it in the group were extracted after their sections, and each heads the
      run before (``加速产城融合…`` right after its section, before the next head);
    - the kicker, when it has that shape too and exactly one run after the lead
      is left without a subhead, is that run's subhead, extracted at the page's
      top (``聚力生态宜居 共绘魅力画卷 赋能发展高质量高水平``).

    The rule changes nothing unless the evidence agrees in full: every group
    stands where one run ends and the next begins, the lead takes no subhead,
    no run takes two, and every run after the lead ends up with one.  Known
    limits: a section that opens with a paragraph too short to measure (under
    three lines) loses it to the section before when its subhead was extracted
    elsewhere; a subhead extracted after the last section, subheads of different
    shapes, or a width that changes inside a section (a box set narrower) leave
    the article as it was; and a true kicker with the subheads' shape over a
    feature whose one section lacks a subhead would become that subhead.
    """
    lines = [item for _, group in body.subheads for item in group]
    if not body.is_titled() or not lines or any(item.role != "headline" for item in lines):
        return
    size = max(_phrase_count(item.text) for item in lines)
    runs = _width_runs([_measure(source_text, span) for _, span in body.paragraphs])
    if size < 2 or len(runs) < _MIN_WIDTH_RUNS:
        return
    heads: dict[int, tuple[int, list[_Item]]] = {}  # run: where its subhead stands, its lines
    for at, group in body.subheads:
        pieces = _by_phrases(group, size)
        # The run whose start the group stands at; 0 (the lead) if at none.
        run = next((index for index, starts in enumerate(runs) if at in starts), 0)
        if pieces is None or run < len(pieces):
            return
        for index, piece in zip(range(run, run - len(pieces), -1), reversed(pieces), strict=True):
            if index in heads:
                return
            heads[index] = (at if index == run else runs[index][-1], piece)
    missing = [index for index in range(1, len(runs)) if index not in heads]
    headline = [item for item in body.headline if item.role == "headline"]
    kicker, _ = _kicker_and_title(headline)
    if len(missing) == 1 and kicker is not None and _phrase_count(kicker.text) == size:
        heads[missing[0]] = (runs[missing[0]][-1], [kicker])
        body.headline = [item for item in body.headline if item is not kicker]
    elif missing:
        return
    body.subheads = sorted(heads.values(), key=lambda head: head[0])


def _measure(source_text: str, span: Span) -> int | None:
    """The width of the column a paragraph is set in: the median display width of its
    source lines but the first (indented) and the last (stopping short).

    A paragraph of fewer than three lines gives no evidence.

    >>> text = "\N{IDEOGRAPHIC SPACE}\N{IDEOGRAPHIC SPACE}甲乙丙\\n丁戊己庚\\n辛壬癸子\\n丑。\\n"
    >>> _measure(text, Span(0, len(text)))
    8
    """
    lines = [line.strip() for line in source_text[span.start : span.end].split("\n")]
    middle = [display_width(line) for line in lines if line][1:-1]
    return median_low(middle) if middle else None


def _width_runs(measures: Sequence[float | None]) -> list[range]:
    """The runs of paragraphs set in one column width: for each, where it can start.

    A run starts at a paragraph whose width is more than ``_MEASURE_TOLERANCE``
    off the run so far (its median) when the next measured paragraph confirms
    the new width: one paragraph off the width is noise or a box, not a column.
    A run can start at its first measured paragraph or at any unmeasured one
    right before it (``None``: too short to measure).

    >>> _width_runs([58, 59, None, 46, 47, 40, 46, None, 38, 40, 36])
    [range(0, 1), range(2, 4), range(7, 9)]
    """
    runs = [range(1)]
    widths: list[float] = []  # of the current run
    last = -1  # the current run's last measured paragraph
    measured = [(index, width) for index, width in enumerate(measures) if width is not None]
    for position, (index, width) in enumerate(measured):
        if widths and position + 1 < len(measured):
            old, following = median(widths), measured[position + 1][1]
            if _apart(width, old) and _apart(following, old) and not _apart(following, width):
                runs.append(range(last + 1, index + 1))
                widths = []
        widths.append(width)
        last = index
    return runs


def _apart(width: float, other: float) -> bool:
    return abs(width - other) > _MEASURE_TOLERANCE


def _phrase_count(text: str) -> int:
    return len(text.split())


def _by_phrases(lines: Sequence[_Item], size: int) -> list[list[_Item]] | None:
    """Consecutive lines cut into subheads of ``size`` phrases each; None if they don't add up.

    >>> texts = ("加速产城融合 驱动新城生长 提升新高度", "优化创新生态 建强创新平台", "点燃新引擎")
    >>> pieces = _by_phrases([_Item("headline", text, Span(0, 1)) for text in texts], 3)
    >>> [[line.text for line in piece] for piece in pieces]
    [['加速产城融合 驱动新城生长 提升新高度'], ['优化创新生态 建强创新平台', '点燃新引擎']]
    """
    pieces: list[list[_Item]] = []
    piece: list[_Item] = []
    for line in lines:
        piece.append(line)
        count = sum(_phrase_count(item.text) for item in piece)
        if count > size:
            return None
        if count == size:
            pieces.append(piece)
            piece = []
    return None if piece else pieces


def _split_between(heading: Sequence[_Item], previous: _Body, following: _Body) -> int | None:
    """Where a run of headline lines between two untitled bodies splits in two.

    ``守护城市安全`` / ``燃气安全知识进社区`` / ``5G基站实现`` / ``乡镇全覆盖``: the
    first two close the article above, the last two open the one below.  The
    cut that lets each part share the most words with its body wins, if it
    beats giving all the lines to either side.
    """
    if previous.is_titled() or following.is_titled() or len(heading) < 2:
        return None

    def words(lines: Sequence[_Item]) -> set[str]:
        return _bigrams("".join(line.text for line in lines))

    before = _bigrams("".join(text for text, _ in previous.paragraphs))
    after = _bigrams("".join(text for text, _ in following.paragraphs))
    whole = max(len(words(heading) & before), len(words(heading) & after))
    best, best_score = None, whole
    for cut in range(1, len(heading)):
        score = len(words(heading[:cut]) & before) + len(words(heading[cut:]) & after)
        if score > best_score and words(heading[:cut]) & before and words(heading[cut:]) & after:
            best, best_score = cut, score
    return best


def _target(
    heading: Sequence[_Item],
    previous: _Body | None,
    following: _Body | None,
    titles_after: bool,
    *,
    closing: bool,
) -> _Body | None:
    """The body a headline group between two bodies belongs to.

    Only an untitled body takes a title.  When both could, the words the title
    shares with each decide; when they don't, the page's habit does, and a
    body closed by its byline counts as finished.
    """
    takes_previous = previous is not None and not previous.is_titled() and not closing
    takes_following = following is not None and not following.is_titled()
    if not takes_previous:
        return following if takes_following else None
    if not takes_following:
        return previous
    assert previous is not None
    assert following is not None
    before = _shared(heading, previous.paragraphs)
    after = _shared(heading, following.paragraphs)
    if abs(before - after) >= _CLEAR_MARGIN:
        return previous if before > after else following
    return previous if titles_after and not previous.closed else following


def _titles_after(bodies: Sequence[_Body], groups: Sequence[_Group]) -> bool:
    """Whether this page prints (or extracts) titles after their bodies.

    Learnt from the groups whose direction is certain: one at the page's
    start, or after a closed body, is a title before its body; one closing an
    article with its own byline, or after the last body, is a title after it.
    """
    after = before = 0
    for group in groups:
        if group.inside is not None:
            continue
        closing, _ = _split_at_byline(group.items)
        if closing:
            after += 1
        elif group.before < 0 or bodies[group.before].closed:
            before += 1
        elif group.before + 1 >= len(bodies):
            after += 1
    return after > before


def _is_photo_news(heading: Sequence[_Item], captions: Sequence[_Item]) -> bool:
    """Whether a headline and the captions under it are photo news: a title, no body.

    The captions are about the headline, and no byline line signs it: a byline
    signs running text, photo news is signed by its credit.  ``规模小微企业`` /
    ``本报评论员`` / ``小微企业注册贷款 记者 彭雪姣 摄`` is the head of an article
    (here printed after its body) and that article's photo.
    """
    signed = any(item.role == "byline" for item in heading)
    return bool(captions) and _about(heading, captions) and not signed


def _about(heading: Sequence[_Item], captions: Sequence[_Item]) -> bool:
    """Whether captions are about the headline above them (photo news): shared words."""
    words = _bigrams("".join(item.text for item in heading))
    return any(len(words & _bigrams(caption.text)) >= _PHOTO_NEWS_SHARED for caption in captions)


def _article(body: _Body) -> Article:
    kicker, title, subtitle, byline = _headline_fields(body.headline)
    if byline is None:
        byline = body.byline or body.closing
    # A subhead is a paragraph of its own where it stands, and listed again.
    subheads = [(index, *_joined(lines)) for index, lines in body.subheads]
    entries = [(index, 1, text, span) for index, (text, span) in enumerate(body.paragraphs)]
    entries += [(index, 0, text, span) for index, text, span in subheads]
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    spans = ArticleSpans(
        kicker=kicker[1] if kicker else None,
        title=title[1] if title else None,
        subtitle=subtitle[1] if subtitle else None,
        byline=byline.span if byline else None,
        authors=tuple(span for _, span in byline.authors) if byline else (),
        paragraphs=tuple(entry[3] for entry in entries),
        subheads=tuple(span for _, _, span in subheads),
    )
    return Article(
        kicker=kicker[0] if kicker else None,
        title=title[0] if title else None,
        subtitle=subtitle[0] if subtitle else None,
        byline=byline.text if byline else None,
        authors=tuple(name for name, _ in byline.authors) if byline else (),
        paragraphs=tuple(entry[2] for entry in entries),
        subheads=tuple(text for _, text, _ in subheads),
        captions=tuple(_caption(item) for item in body.captions),
        spans=spans,
    )


def _headline_fields(
    group: Sequence[_Item],
) -> tuple[
    tuple[str, Span] | None,
    tuple[str, Span] | None,
    tuple[str, Span] | None,
    _Byline | None,
]:
    """Kicker, title, subtitle and byline of a headline group."""
    lines = [item for item in group if item.role == "headline"]
    subtitle_items = [item for item in group if item.role == "subtitle"]
    byline_items = [item for item in group if item.role == "byline"]
    subtitle = (subtitle_items[0].text, subtitle_items[0].span) if subtitle_items else None
    byline = None
    if byline_items:
        item = byline_items[0]
        byline = _Byline(_strip_byline(item.text), item.span, item.authors)
    if not lines:
        return None, None, subtitle, byline
    kicker, title = _kicker_and_title(lines)
    return (kicker.text, kicker.span) if kicker else None, _joined(title), subtitle, byline


def _kicker_and_title(lines: Sequence[_Item]) -> tuple[_Item | None, list[_Item]]:
    """The kicker line, if any, and the title's lines of a group's headline lines.

    >>> kicker, title = _kicker_and_title([_Item("headline", t, Span(0, 1)) for t in "甲乙"])
    >>> kicker.text, [line.text for line in title]
    ('甲', ['乙'])
    """
    if len(lines) < 2:
        return None, list(lines)
    if _joins(lines[-2], lines[-1]):
        return (lines[-3] if len(lines) > 2 else None), list(lines[-2:])
    return lines[-2], list(lines[-1:])


def _joins(first: _Item, second: _Item) -> bool:
    """Two headline lines that are one title broken in two.

    The first stops where its clause goes on, or both are set in one type:
    the same fake bold (``科创引领蓄势赋能`` / ``示范“新”区奋力跃升``, both
    doubled), or, neither doubled, one box of the source (``寒潮来克`` /
    ``我市将迎大风降温``, OCR): a kicker is set smaller than its title, and OCR
    starts a new box where the type changes.  One line fake bold and the
    other not are set differently, even in one box (pdfminer's
    ``守 护 城 市 安 全`` / ``燃气安全知识进社区``: kicker and title).
    """
    if _dangles(first.text):
        return True
    if first.doubled or second.doubled:
        return first.doubled and second.doubled
    # The box ``second`` shares is that of the block right before it.
    return second.same_box and second.at == first.at + len(first.text) + len("\n\n")


def _dangles(text: str) -> bool:
    """A headline line that stops where its clause goes on (``…被命名为``)."""
    return text[-1] in _DANGLING_END or text.endswith(_DANGLING_WORDS)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _caption(item: _Item) -> Caption:
    return Caption(item.text, item.extra, CaptionSpans(item.span, item.extra_span))


def _attach_captions(articles: list[Article], captions: Iterable[_Item]) -> list[Caption]:
    """Give each caption to the article sharing most words with it; the rest stay on the page.

    On a page with a single article, every caption is that article's.
    """
    page: list[Caption] = []
    texts = [_bigrams("".join((a.title or "", a.kicker or "", *a.paragraphs))) for a in articles]
    for item in captions:
        caption = _caption(item)
        grams = _bigrams(item.text)
        scores = [len(grams & words) for words in texts]
        best = max(range(len(scores)), key=lambda i: scores[i], default=-1)
        if best < 0 or (scores[best] < 2 and len(articles) > 1):
            # No words in common, and more than one article it could belong to.
            page.append(caption)
            continue
        article = articles[best]
        articles[best] = Article(
            kicker=article.kicker,
            title=article.title,
            subtitle=article.subtitle,
            byline=article.byline,
            authors=article.authors,
            paragraphs=article.paragraphs,
            subheads=article.subheads,
            captions=(*article.captions, caption),
            spans=article.spans,
        )
    return page


def _start(article: Article) -> int:
    spans = article.spans
    if spans.paragraphs:
        return spans.paragraphs[0].start
    if article.captions and article.captions[0].spans.text is not None:
        return article.captions[0].spans.text.start
    return spans.title.start if spans.title else 0

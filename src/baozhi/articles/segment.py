"""Segmentation: the blocks of a cleaned page become articles.

A page holds several articles and page furniture, and extraction scrambles
their order: a title can come before or after its body, a caption in the
middle of another article.  The segmenter works in three passes:

1. **roles** — each block of the clean text is classified from its own shape:
   a paragraph, a ``本报讯（…）`` opening, a headline line, a ``——`` subtitle,
   a byline, a photo caption with its credit, a continuation marker, a column
   name, boilerplate, a banner;
2. **bodies** — runs of paragraphs become article bodies; a ``本报讯``
   opening always starts a new body, a closing bracketed byline ends one;
3. **headlines** — each group of headline lines goes to the body after it or
   the body before it, decided from evidence: a body that is already closed
   (titled, or ended by its byline) takes no title; the page's own habit,
   learnt from the groups whose direction is certain, decides the rest.
   Captions go to the article whose text they share most words with.

Every field keeps the source span it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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
from baozhi.chars import HAN_CLASS, INLINE_SPACE
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
# An interview or comment heading: a person's post and name, a colon, the title
# (``开发区党工委副书记、管委会主任任晓云：加快发展新质生产力``).
_INTERVIEW = regex.compile(r"^[^：:]{4,30}[：:][^：:]{4,}$")
# A title shares this many more two-character words with one body than with
# the other before the words decide where it goes.
_CLEAR_MARGIN = 2
# Photo news: a headline and captions sharing at least this many two-character words.
_PHOTO_NEWS_SHARED = 3


@dataclass(frozen=True, slots=True)
class _Item:
    """A block of the clean text with its role and the source span of its text."""

    role: str
    text: str
    span: Span
    doubled: bool = False
    # For captions: the credit and its span; for openings: the dateline and its span.
    extra: str | None = None
    extra_span: Span | None = None


@dataclass(slots=True)
class _Body:
    """An article in the making."""

    paragraphs: list[tuple[str, Span]] = field(default_factory=list)
    byline: tuple[str, Span] | None = None  # a 本报讯（…） opening
    closing: tuple[str, Span] | None = None  # a bracketed byline after the last paragraph
    headline: list[_Item] = field(default_factory=list)
    subheads: list[tuple[int, str, Span]] = field(default_factory=list)  # (paragraph index, …)
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
    authors: list[str] = []
    matches = list(_ROLE.finditer(byline))
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(byline)
        stretch = byline[match.end() : stop]
        for name in _NAME.finditer(stretch):
            if name.group() not in authors and not name.group().startswith("本报"):
                authors.append(name.group())
    return tuple(authors)


def _span(result: CleanResult, start: int, end: int) -> Span:
    source_start, source_end = result.source_span(start, end)
    return Span(source_start, source_end)


def _doubled_sources(result: CleanResult) -> list[int]:
    return sorted(repair.start for repair in result.repairs if repair.kind == "fake_bold")


def _items(result: CleanResult) -> list[_Item]:
    """The clean text's blocks, each with its role."""
    doubled_starts = _doubled_sources(result)
    items: list[_Item] = []
    offset = 0
    for chunk in result.text.split("\n\n"):
        text = chunk.strip("\n")
        if text:
            start = offset + chunk.index(text)
            items.append(_classify(result, text, start, doubled_starts))
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
        )
    if _CONTINUATION.match(text):
        return _Item("continuation", text, span)
    if _BOILERPLATE.match(text):
        return _Item("boilerplate", text, span)
    if _BYLINE.match(text):
        return _Item("byline", text, span, doubled)
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
    if text.startswith("——") and not SENTENCE_PUNCT.intersection(text):
        return _Item("subtitle", text, span, doubled)
    if _COLUMN.match(text):
        return _Item("column", text, span, doubled)
    if _is_headline(text):
        return _Item("headline", text, span, doubled)
    return _Item("paragraph", text, span, doubled)


def _is_headline(text: str) -> bool:
    """A headline line: short, and not ending like a sentence of running text."""
    if len(text) > _HEADLINE_MAX_CHARS or ends_sentence(text):
        return False
    stripped = text.rstrip("”’）》")
    if stripped and stripped[-1] in "，、；：—":
        return False
    return "。" not in text and ("，" not in text or has_phrase_space(text))


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


def segment(result: CleanResult, *, source: str | None = None) -> Page:
    """The articles, captions and other items of a cleaned page."""
    items = _items(result)
    bodies: list[_Body] = []
    groups: list[_Group] = []
    captions: list[_Item] = []
    other: list[OtherItem] = []
    pending: _Group | None = None
    column_before = False  # a column name stands right before the next group

    def flush(*, new_body: bool) -> None:
        nonlocal pending
        if pending is not None:
            if not new_body and bodies:
                pending.inside = len(bodies[-1].paragraphs)
            groups.append(pending)
            pending = None

    for item in items:
        role = item.role
        if role in ("headline", "subtitle") and _is_banner(item):
            other.append(OtherItem("banner", item.text, item.span))
            continue
        if role in ("headline", "subtitle") or (
            role == "byline" and pending is not None and not item.text.startswith(("（", "("))
        ):
            if pending is not None and pending.captions and _about(pending.items, pending.captions):
                # Headline, its captions, headline: the first is photo news, complete.
                groups.append(pending)
                pending = None
            if pending is None:
                pending = _Group([], len(bodies) - 1, after_column=column_before)
                column_before = False
            pending.items.append(item)
            continue
        if role == "caption":
            if pending is not None:
                pending.captions.append(item)
            else:
                captions.append(item)
            continue
        if role == "column" and pending is not None:
            # Headlines with no body before a column name: the page's banner.
            other.extend(OtherItem("banner", i.text, i.span) for i in pending.items)
            captions.extend(pending.captions)
            pending = None
        if role in ("continuation", "boilerplate", "column"):
            kind: OtherKind = role  # type: ignore[assignment]
            other.append(OtherItem(kind, item.text, item.span))
            column_before = role == "column"
            continue
        current = bodies[-1] if bodies else None
        if role == "byline":
            flush(new_body=False)
            if current is not None and not current.closed:
                current.closing = (_strip_byline(item.text), item.span)
                current.closed = True
            else:
                other.append(OtherItem("label", item.text, item.span))
            continue
        # A paragraph, or a 本报讯 opening.  Captions between a headline and the
        # paragraphs under it belong to that article, not to photo news.
        if pending is not None and pending.captions:
            captions.extend(pending.captions)
            pending.captions = []
        new_body = (
            role == "opening"
            or current is None
            or current.closed
            or (pending is not None and _opens_article(pending))
        )
        flush(new_body=new_body)
        if new_body:
            current = _Body()
            bodies.append(current)
        assert current is not None
        if role == "opening":
            assert item.extra is not None
            assert item.extra_span is not None
            current.byline = (item.extra, item.extra_span)
        current.paragraphs.append((item.text, item.span))
    if pending is not None:
        groups.append(pending)

    photo_news = _attach_headlines(bodies, groups, other, captions)
    articles = [_article(body) for body in bodies + photo_news]
    page_captions = _attach_captions(articles, captions)
    return Page(
        source=source,
        articles=tuple(sorted(articles, key=_start)),
        captions=tuple(page_captions),
        other=tuple(sorted(other, key=lambda o: o.span.start if o.span else 0)),
        repairs=result.repairs,
    )


def _opens_article(group: _Group) -> bool:
    """A group that heads an article of its own, never a section of one.

    It has a subtitle or a byline, stands under a column name, or is an
    interview or comment heading ``姓名职务：标题``.
    """
    return group.after_column or any(
        item.role in ("subtitle", "byline") or _INTERVIEW.match(item.text) for item in group.items
    )


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
    bodies: list[_Body], groups: list[_Group], other: list[OtherItem], captions: list[_Item]
) -> list[_Body]:
    """Give each headline group to a body; return the photo-news articles found."""
    titles_after = _titles_after(bodies, groups)
    photo_news: list[_Body] = []
    for group in groups:
        closing, heading = _split_at_byline(group.items)
        previous = bodies[group.before] if group.before >= 0 else None
        if closing and previous is not None and not previous.is_titled():
            previous.headline = closing
            previous.closed = True
        elif closing:
            other.extend(OtherItem("label", i.text, i.span) for i in closing)
        if not heading:
            captions.extend(group.captions)
            continue
        if group.captions and _about(heading, group.captions):
            photo_news.append(_Body(headline=heading, captions=group.captions))
            continue
        captions.extend(group.captions)
        if group.inside is not None and previous is not None:
            _place_inside(bodies, groups, group, heading)
            continue
        following = bodies[group.before + 1] if group.before + 1 < len(bodies) else None
        if previous is not None and following is not None and not closing:
            split = _split_between(heading, previous, following)
            if split is not None:
                previous.headline, following.headline = heading[:split], heading[split:]
                continue
        target = _target(heading, previous, following, titles_after, closing=bool(closing))
        if target is not None:
            target.headline = heading
        elif previous is not None and previous.is_titled() and following is None:
            previous.subheads.append((len(previous.paragraphs), *_joined(heading)))
        else:
            other.extend(OtherItem("banner", i.text, i.span) for i in heading)
    _merge_orphans(bodies)
    return photo_news


def _place_inside(
    bodies: list[_Body], groups: list[_Group], group: _Group, heading: list[_Item]
) -> None:
    """A headline group printed between two paragraphs of one body.

    In a body without a title it is the title of the paragraphs it shares more
    words with, before or after it (extraction puts titles anywhere); the body
    is cut there, and a paragraph left without a title rejoins its neighbour
    later.  In a titled body, a fake-bold or two-line group is the title of
    another article whose paragraphs start where the words of the title start
    to appear; a plain one-line group is a section subhead.
    """
    body_index, inside = group.before, group.inside
    assert inside is not None
    body = bodies[body_index]
    if not body.is_titled():
        before = _shared(heading, body.paragraphs[:inside])
        after = _shared(heading, body.paragraphs[inside:])
        if inside < len(body.paragraphs) and after > before:
            _cut(bodies, groups, body_index, inside).headline = heading
        else:
            body.headline = heading
            if inside < len(body.paragraphs):
                _cut(bodies, groups, body_index, inside)
        return
    is_title = any(item.doubled for item in heading)
    start = _topic_start(heading, body.paragraphs, inside) if is_title else None
    if start is None:
        body.subheads.append((inside, *_joined(heading)))
        return
    _cut(bodies, groups, body_index, start).headline = heading


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
    """The first of the paragraphs just before ``inside`` that share words with the title."""
    start = inside
    while start > 1 and _shared(heading, paragraphs[start - 1 : start]) > 0:
        start -= 1
    return start if start < inside else None


def _cut(bodies: list[_Body], groups: list[_Group], index: int, at: int) -> _Body:
    """Cut body ``index`` before paragraph ``at``; return the new body after it.

    Groups placed after the cut are renumbered to point at the new body.
    """
    body = bodies[index]
    new = _Body(
        paragraphs=body.paragraphs[at:],
        subheads=[(i - at, text, span) for i, text, span in body.subheads if i >= at],
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
            previous.subheads += [(i + offset, text, span) for i, text, span in body.subheads]
            previous.captions += body.captions
            previous.closing = body.closing
            previous.closed = body.closed
            del bodies[index]
            continue
        index += 1


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


def _about(heading: Sequence[_Item], captions: Sequence[_Item]) -> bool:
    """Whether captions are about the headline above them (photo news): shared words."""
    words = _bigrams("".join(item.text for item in heading))
    return any(len(words & _bigrams(caption.text)) >= _PHOTO_NEWS_SHARED for caption in captions)


def _article(body: _Body) -> Article:
    kicker, title, subtitle, byline = _headline_fields(body.headline)
    if byline is None:
        byline = body.byline or body.closing
    # A subhead is a paragraph of its own where it stands, and listed again.
    entries = [(index, 1, text, span) for index, (text, span) in enumerate(body.paragraphs)]
    entries += [(index, 0, text, span) for index, text, span in body.subheads]
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    spans = ArticleSpans(
        kicker=kicker[1] if kicker else None,
        title=title[1] if title else None,
        subtitle=subtitle[1] if subtitle else None,
        byline=byline[1] if byline else None,
        paragraphs=tuple(entry[3] for entry in entries),
        subheads=tuple(span for _, _, span in body.subheads),
    )
    return Article(
        kicker=kicker[0] if kicker else None,
        title=title[0] if title else None,
        subtitle=subtitle[0] if subtitle else None,
        byline=byline[0] if byline else None,
        authors=extract_authors(byline[0]) if byline else (),
        paragraphs=tuple(entry[2] for entry in entries),
        subheads=tuple(text for _, text, _ in body.subheads),
        captions=tuple(_caption(item) for item in body.captions),
        spans=spans,
    )


def _headline_fields(
    group: Sequence[_Item],
) -> tuple[
    tuple[str, Span] | None,
    tuple[str, Span] | None,
    tuple[str, Span] | None,
    tuple[str, Span] | None,
]:
    """Kicker, title, subtitle and byline of a headline group."""
    lines = [item for item in group if item.role == "headline"]
    subtitle_items = [item for item in group if item.role == "subtitle"]
    byline_items = [item for item in group if item.role == "byline"]
    subtitle = (subtitle_items[0].text, subtitle_items[0].span) if subtitle_items else None
    byline = (_strip_byline(byline_items[0].text), byline_items[0].span) if byline_items else None
    if not lines:
        return None, None, subtitle, byline
    if len(lines) == 1:
        return None, (lines[0].text, lines[0].span), subtitle, byline
    first, second = lines[-2], lines[-1]
    if _dangles(first.text) or (first.doubled and second.doubled):
        glue = " " if not _dangles(first.text) else ""
        joined = first.text + glue + second.text
        return None, (joined, Span(first.span.start, second.span.end)), subtitle, byline
    return (first.text, first.span), (second.text, second.span), subtitle, byline


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

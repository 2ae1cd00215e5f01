"""The article model of a page, its JSON form and its Markdown rendering.

A :class:`Page` is what :func:`baozhi.parse_page` returns: the page's articles
in the order their bodies start in the source, the captions that belong to no
article, the text that is no article text (:class:`OtherItem`), and the repair
log.  Every text field carries its source span, so any title or paragraph can be
traced back to the characters of the extraction it came from.

The JSON form (``Page.to_dict`` / ``Page.from_dict``) uses the field names of
the dev-corpus gold files and puts provenance under extra keys (``spans``,
``span``, ``repairs``, ``warnings``); ``docs/articles.md`` describes it and
:func:`page_schema` is its JSON Schema.

>>> page = Page(source="p01", articles=(Article(title="寒潮来袭 我市将迎大风降温"),))
>>> Page.from_dict(page.to_dict()) == page
True
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal, NoReturn, cast, get_args

from baozhi.errors import BaozhiError
from baozhi.result import Repair, Suspicion

__all__ = [
    "OTHER_KINDS",
    "Article",
    "ArticleSpans",
    "Caption",
    "CaptionSpans",
    "OtherItem",
    "OtherKind",
    "Page",
    "PageFormatError",
    "Span",
    "page_schema",
]

OtherKind = Literal[
    "banner", "column", "label", "boilerplate", "continuation", "folio", "unclassified"
]
"""What a piece of a page's ``other`` text is (``docs/articles.md`` defines each kind)."""

OTHER_KINDS: tuple[str, ...] = get_args(OtherKind)
"""The kinds an :class:`OtherItem` may have; the schema's enum lists the same."""


class PageFormatError(BaozhiError, ValueError):
    """A dict handed to a ``from_dict`` is not in baozhi's page format.

    The message starts with the path of the offending value, such as
    ``articles[1].captions[0].credit``.
    """


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class Span:
    """The source range ``[start, end)`` a piece of text came from.

    Offsets count characters of the text given to :func:`baozhi.parse_page`
    (the same offsets as :class:`baozhi.Repair`), so ``source[span.start:span.end]``
    is what the extraction printed before it was cleaned.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"Span.{name} must be an int, not {type(value).__name__}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Span needs 0 <= start <= end, got ({self.start}, {self.end})")

    def to_dict(self) -> dict[str, Any]:
        """The span as ``{"start": …, "end": …}``."""
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """The span a :meth:`to_dict` result describes."""
        return _read_span(data, "span")


@dataclass(frozen=True, slots=True)
class CaptionSpans:
    """The source spans of a caption's text and credit (``None`` when absent or unknown)."""

    text: Span | None = None
    credit: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The spans as plain JSON types."""
        return {"text": _span_or_none(self.text), "credit": _span_or_none(self.credit)}


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption: its ``text`` without the credit, and the ``credit`` as printed.

    >>> Caption("红嘴鸥在白鹭湖湿地公园湖面上觅食", "本报记者 周海涛 摄").to_dict()["credit"]
    '本报记者 周海涛 摄'
    """

    text: str
    credit: str | None = None
    spans: CaptionSpans = field(default_factory=CaptionSpans)

    def __post_init__(self) -> None:
        if self.credit is None and self.spans.credit is not None:
            raise ValueError("Caption has a credit span but no credit")

    def to_dict(self) -> dict[str, Any]:
        """The caption as ``{"text", "credit", "spans"}``."""
        return {"text": self.text, "credit": self.credit, "spans": self.spans.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        """The caption a :meth:`to_dict` result (or a gold caption) describes."""
        return _read_caption(data, "caption")


@dataclass(frozen=True, kw_only=True, slots=True)
class ArticleSpans:
    """The source span of every field of an :class:`Article`.

    A scalar field's span is ``None`` when the field is ``None`` or its source is
    unknown (an article loaded from gold).  A list field's spans are either one
    per item, in the same order, or empty when unknown.  An author's span is the
    name inside the byline.  Captions carry their own spans.
    """

    kicker: Span | None = None
    title: Span | None = None
    subtitle: Span | None = None
    byline: Span | None = None
    authors: tuple[Span, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    subheads: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        for name in _ARTICLE_LIST_FIELDS:
            _check_tuple(self, name, Span)

    def to_dict(self) -> dict[str, Any]:
        """The spans as plain JSON types: a span or ``None`` per scalar, a list per list field."""
        spans: dict[str, Any] = {
            name: _span_or_none(getattr(self, name)) for name in _ARTICLE_SCALAR_FIELDS
        }
        for name in _ARTICLE_LIST_FIELDS:
            spans[name] = [span.to_dict() for span in getattr(self, name)]
        return spans


@dataclass(frozen=True, kw_only=True, slots=True)
class Article:
    """One news item of a page, as ``../shared/ARTICLES.md`` defines its fields.

    ``paragraphs`` are in reading order; a subhead is a paragraph of its own and
    is also listed in ``subheads``.  ``spans`` gives each field's source span.
    """

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    subheads: tuple[str, ...] = ()
    spans: ArticleSpans = field(default_factory=ArticleSpans)

    def __post_init__(self) -> None:
        for name in _ARTICLE_LIST_FIELDS:
            _check_tuple(self, name, str)
            spans = getattr(self.spans, name)
            if spans and len(spans) != len(getattr(self, name)):
                raise ValueError(
                    f"Article has {len(getattr(self, name))} {name} but {len(spans)} spans for them"
                )
        _check_tuple(self, "captions", Caption)
        for name in _ARTICLE_SCALAR_FIELDS:
            if getattr(self, name) is None and getattr(self.spans, name) is not None:
                raise ValueError(f"Article has a {name} span but no {name}")

    def to_dict(self) -> dict[str, Any]:
        """The article with the gold field names, plus its ``spans``."""
        return {
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "authors": list(self.authors),
            "paragraphs": list(self.paragraphs),
            "captions": [caption.to_dict() for caption in self.captions],
            "subheads": list(self.subheads),
            "spans": self.spans.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The article a :meth:`to_dict` result (or a gold article) describes."""
        return _read_article(data, "article")

    def to_markdown(self) -> str:
        """The article as Markdown for a person to read (see :meth:`Page.to_markdown`)."""
        return _article_markdown(self)


@dataclass(frozen=True, slots=True)
class OtherItem:
    """A piece of the page that is no article text: a banner, a column name, a label …

    ``kind`` is one of :data:`OTHER_KINDS`; ``span`` is its source span, if known.
    """

    kind: OtherKind
    text: str
    span: Span | None = None

    def __post_init__(self) -> None:
        if self.kind not in OTHER_KINDS:
            raise ValueError(f"OtherItem.kind must be one of {OTHER_KINDS}, not {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        """The item as ``{"kind", "text", "span"}``."""
        return {"kind": self.kind, "text": self.text, "span": _span_or_none(self.span)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> OtherItem:
        """The item a :meth:`to_dict` result describes; a plain string is ``unclassified``."""
        return _read_other(data, "other")


@dataclass(frozen=True, kw_only=True, slots=True)
class Page:
    """The articles of one newspaper page, with what is not article text and the repair log.

    ``articles`` are ordered by where their body (for photo news, the caption)
    starts in the source; ``captions`` are those that belong to no article;
    ``other`` is the rest of the page's text; ``repairs`` is the cleaner's log and
    ``warnings`` what it found suspicious and left alone (:class:`baozhi.Suspicion`),
    with source offsets.
    """

    source: str | None = None
    articles: tuple[Article, ...] = ()
    captions: tuple[Caption, ...] = ()
    other: tuple[OtherItem, ...] = ()
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[Suspicion, ...] = ()

    def __post_init__(self) -> None:
        _check_tuple(self, "articles", Article)
        _check_tuple(self, "captions", Caption)
        _check_tuple(self, "other", OtherItem)
        _check_tuple(self, "repairs", Repair)
        _check_tuple(self, "warnings", Suspicion)

    def to_dict(self) -> dict[str, Any]:
        """The page as plain JSON types (``json.dumps`` takes it as is).

        The keys are ``source``, ``articles``, ``captions``, ``other``,
        ``repairs`` and ``warnings``; :func:`page_schema` describes them.
        """
        return {
            "source": self.source,
            "articles": [article.to_dict() for article in self.articles],
            "captions": [caption.to_dict() for caption in self.captions],
            "other": [item.to_dict() for item in self.other],
            "repairs": [repair.to_dict() for repair in self.repairs],
            "warnings": [warning.to_dict() for warning in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Page:
        """The page a :meth:`to_dict` result or a gold file describes.

        Gold files name the source ``source_page``, have no spans, no repair log and
        may list ``other`` items as plain strings; missing spans load as ``None`` or
        empty, a missing log as empty, a string as an ``unclassified`` item.
        Anything else that :func:`page_schema` rejects raises :class:`PageFormatError`.
        """
        return _read_page(data)

    def to_markdown(self) -> str:
        """The page as Markdown for a person to read; the same page gives the same text.

        Each article is its kicker as a plain line, ``# title``, the subtitle, the
        byline in italics, the paragraphs (subheads as ``## subhead``) and its
        captions as ``> text — credit``; a ``---`` line separates articles.  The
        page's own captions and its other items follow under ``## Page captions``
        and ``## Other items``.  The repair log and the spans are not shown.

        >>> page = Page(articles=(Article(title="标题", paragraphs=("正文。",)),))
        >>> print(page.to_markdown(), end="")
        # 标题
        <BLANKLINE>
        正文。
        """
        sections = [_article_markdown(article) for article in self.articles]
        rest: list[str] = []
        if self.captions:
            rest.append("## Page captions")
            rest.extend(map(_caption_markdown, self.captions))
        if self.other:
            rest.append("## Other items")
            rest.append("\n".join(_other_markdown(item) for item in self.other))
        sections.append("\n\n".join(rest))
        sections = [section for section in sections if section]
        return "\n\n---\n\n".join(sections) + "\n" if sections else ""


_ARTICLE_SCALAR_FIELDS = ("kicker", "title", "subtitle", "byline")
_ARTICLE_LIST_FIELDS = ("authors", "paragraphs", "subheads")


def _check_tuple(owner: object, name: str, item_type: type) -> None:
    """Insist on a tuple of ``item_type``: a list would make a frozen object mutable."""
    value = getattr(owner, name)
    where = f"{type(owner).__name__}.{name}"
    if not isinstance(value, tuple):
        raise TypeError(f"{where} must be a tuple, not {type(value).__name__}")
    for item in value:
        if not isinstance(item, item_type):
            raise TypeError(f"{where} holds a {type(item).__name__}, not a {item_type.__name__}")


def _span_or_none(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


# --------------------------------------------------------------------------- the schema


def page_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the page format, as a new dict.

    It accepts what :meth:`Page.from_dict` accepts, except what JSON Schema cannot
    say: ``start <= end`` in a span, one span per item of a list field.

    >>> page_schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    resource = resources.files("baozhi.articles").joinpath("page.schema.json")
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


# --------------------------------------------------------------------------- reading JSON
# One reader per object, each given the path of its value for the error message.  They
# accept exactly what page.schema.json accepts, so a file that validates always loads.


def _fail(path: str, message: str) -> NoReturn:
    raise PageFormatError(f"{path}: {message}")


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _read_object(
    value: object, path: str, required: Sequence[str], optional: Sequence[str] = ()
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        _fail(path, f"expected an object, got {_type_name(value)}")
    missing = [key for key in required if key not in value]
    if missing:
        _fail(path, "missing " + ", ".join(map(repr, missing)))
    unknown = sorted(repr(key) for key in value if key not in required and key not in optional)
    if unknown:
        _fail(path, "unknown key " + ", ".join(unknown))
    return value


def _read_string(value: object, path: str) -> str:
    if not isinstance(value, str):
        _fail(path, f"expected a string, got {_type_name(value)}")
    return value


def _read_optional_string(value: object, path: str) -> str | None:
    return None if value is None else _read_string(value, path)


def _read_array(value: object, path: str) -> Sequence[Any]:
    if not isinstance(value, (list, tuple)):
        _fail(path, f"expected an array, got {_type_name(value)}")
    return value


def _read_strings(value: object, path: str) -> tuple[str, ...]:
    return tuple(
        _read_string(item, f"{path}[{i}]") for i, item in enumerate(_read_array(value, path))
    )


def _read_offset(value: object, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        _fail(path, f"expected an integer, got {_type_name(value)}")
    if value < 0:
        _fail(path, f"expected an offset >= 0, got {value}")
    return value


def _read_span(value: object, path: str) -> Span:
    data = _read_object(value, path, ("start", "end"))
    start = _read_offset(data["start"], f"{path}.start")
    end = _read_offset(data["end"], f"{path}.end")
    if start > end:
        _fail(path, f"start {start} is after end {end}")
    return Span(start, end)


def _read_optional_span(value: object, path: str) -> Span | None:
    return None if value is None else _read_span(value, path)


def _read_spans(value: object, path: str) -> tuple[Span, ...]:
    return tuple(
        _read_span(item, f"{path}[{i}]") for i, item in enumerate(_read_array(value, path))
    )


def _read_caption(value: object, path: str) -> Caption:
    data = _read_object(value, path, ("text", "credit"), ("spans",))
    text = _read_string(data["text"], f"{path}.text")
    credit = _read_optional_string(data["credit"], f"{path}.credit")
    spans = CaptionSpans()
    if "spans" in data:
        span_data = _read_object(data["spans"], f"{path}.spans", ("text", "credit"))
        spans = CaptionSpans(
            text=_read_optional_span(span_data["text"], f"{path}.spans.text"),
            credit=_read_optional_span(span_data["credit"], f"{path}.spans.credit"),
        )
    try:
        return Caption(text, credit, spans)
    except ValueError as error:  # a span for a missing credit
        _fail(path, str(error))


_ARTICLE_KEYS = (*_ARTICLE_SCALAR_FIELDS, "authors", "paragraphs", "captions", "subheads")


def _read_article_spans(value: object, path: str) -> ArticleSpans:
    data = _read_object(value, path, (*_ARTICLE_SCALAR_FIELDS, *_ARTICLE_LIST_FIELDS))
    return ArticleSpans(
        kicker=_read_optional_span(data["kicker"], f"{path}.kicker"),
        title=_read_optional_span(data["title"], f"{path}.title"),
        subtitle=_read_optional_span(data["subtitle"], f"{path}.subtitle"),
        byline=_read_optional_span(data["byline"], f"{path}.byline"),
        authors=_read_spans(data["authors"], f"{path}.authors"),
        paragraphs=_read_spans(data["paragraphs"], f"{path}.paragraphs"),
        subheads=_read_spans(data["subheads"], f"{path}.subheads"),
    )


def _read_article(value: object, path: str) -> Article:
    data = _read_object(value, path, _ARTICLE_KEYS, ("spans",))
    kicker = _read_optional_string(data["kicker"], f"{path}.kicker")
    title = _read_optional_string(data["title"], f"{path}.title")
    subtitle = _read_optional_string(data["subtitle"], f"{path}.subtitle")
    byline = _read_optional_string(data["byline"], f"{path}.byline")
    authors = _read_strings(data["authors"], f"{path}.authors")
    paragraphs = _read_strings(data["paragraphs"], f"{path}.paragraphs")
    captions = tuple(
        _read_caption(item, f"{path}.captions[{i}]")
        for i, item in enumerate(_read_array(data["captions"], f"{path}.captions"))
    )
    subheads = _read_strings(data["subheads"], f"{path}.subheads")
    spans = ArticleSpans()
    if "spans" in data:
        spans = _read_article_spans(data["spans"], f"{path}.spans")
    try:
        return Article(
            kicker=kicker,
            title=title,
            subtitle=subtitle,
            byline=byline,
            authors=authors,
            paragraphs=paragraphs,
            captions=captions,
            subheads=subheads,
            spans=spans,
        )
    except ValueError as error:  # spans that do not fit the fields
        _fail(path, str(error))


def _read_other(value: object, path: str) -> OtherItem:
    if isinstance(value, str):
        return OtherItem("unclassified", value)
    data = _read_object(value, path, ("kind", "text"), ("span",))
    kind = _read_string(data["kind"], f"{path}.kind")
    if kind not in OTHER_KINDS:
        _fail(f"{path}.kind", f"expected one of {', '.join(OTHER_KINDS)}, got {kind!r}")
    span = _read_optional_span(data.get("span"), f"{path}.span")
    return OtherItem(cast(OtherKind, kind), _read_string(data["text"], f"{path}.text"), span)


def _read_repair(value: object, path: str) -> Repair:
    data = _read_object(value, path, ("kind", "start", "end", "before", "after"))
    start = _read_offset(data["start"], f"{path}.start")
    end = _read_offset(data["end"], f"{path}.end")
    if start > end:
        _fail(path, f"start {start} is after end {end}")
    return Repair(
        kind=_read_string(data["kind"], f"{path}.kind"),
        start=start,
        end=end,
        before=_read_string(data["before"], f"{path}.before"),
        after=_read_string(data["after"], f"{path}.after"),
    )


def _read_warning(value: object, path: str) -> Suspicion:
    data = _read_object(value, path, ("kind", "start", "end", "text", "reason"))
    start = _read_offset(data["start"], f"{path}.start")
    end = _read_offset(data["end"], f"{path}.end")
    if start > end:
        _fail(path, f"start {start} is after end {end}")
    return Suspicion(
        kind=_read_string(data["kind"], f"{path}.kind"),
        start=start,
        end=end,
        text=_read_string(data["text"], f"{path}.text"),
        reason=_read_string(data["reason"], f"{path}.reason"),
    )


def _read_page(value: object) -> Page:
    path = "page"
    data = _read_object(
        value,
        path,
        ("articles", "captions", "other"),
        ("source", "source_page", "repairs", "warnings"),
    )
    if ("source" in data) == ("source_page" in data):
        _fail(path, "needs exactly one of 'source' and 'source_page'")
    key = "source" if "source" in data else "source_page"
    source = _read_optional_string(data[key], f"{path}.{key}")

    def each(key: str) -> list[tuple[Any, str]]:
        items = _read_array(data.get(key, []), f"{path}.{key}")
        return [(item, f"{key}[{i}]") for i, item in enumerate(items)]

    return Page(
        source=source,
        articles=tuple(_read_article(item, where) for item, where in each("articles")),
        captions=tuple(_read_caption(item, where) for item, where in each("captions")),
        other=tuple(_read_other(item, where) for item, where in each("other")),
        repairs=tuple(_read_repair(item, where) for item, where in each("repairs")),
        warnings=tuple(_read_warning(item, where) for item, where in each("warnings")),
    )


# --------------------------------------------------------------------------- Markdown

# Backslash-escape what Markdown would read as markup, so the text shows as printed.  Inline:
# emphasis, code, links, HTML and entities.  At the start of a block: headings, quotes, lists,
# tables and the like.  Chinese punctuation is never markup, so news text rarely needs it.
_MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]<]|&(?=#?\w+;)")
_MARKDOWN_BLOCK_MARK = re.compile(r"^[#>+=|~-]")
_MARKDOWN_LIST_NUMBER = re.compile(r"^(\d{1,9})(?=[.)])")


def _escape(text: str, *, heading: bool = False) -> str:
    """``text`` with its markup characters backslash-escaped; in a heading, every ``#`` too."""
    text = _MARKDOWN_INLINE.sub(lambda match: "\\" + match.group(), text)
    if heading:
        return text.replace("#", "\\#")
    text = _MARKDOWN_BLOCK_MARK.sub(lambda match: "\\" + match.group(), text)
    return _MARKDOWN_LIST_NUMBER.sub(lambda match: match.group() + "\\", text)


def _other_markdown(item: OtherItem) -> str:
    return f"- {item.kind}: {_escape(item.text)}".rstrip()


def _caption_markdown(caption: Caption) -> str:
    text = _escape(caption.text)
    if caption.credit:
        text += " — " + _escape(caption.credit)
    return "> " + text


def _article_markdown(article: Article) -> str:
    blocks: list[str] = []
    if article.kicker:
        blocks.append(_escape(article.kicker))
    if article.title:
        blocks.append("# " + _escape(article.title, heading=True))
    if article.subtitle:
        blocks.append(_escape(article.subtitle))
    if article.byline:
        blocks.append(f"*{_escape(article.byline)}*")
    # A subhead is also one of the paragraphs; render that paragraph as a heading.  A subhead
    # that is no paragraph (a malformed article) still shows, after the paragraphs.
    subheads = Counter(article.subheads)
    for paragraph in article.paragraphs:
        if subheads[paragraph] > 0:
            subheads[paragraph] -= 1
            blocks.append("## " + _escape(paragraph, heading=True))
        elif paragraph:
            blocks.append(_escape(paragraph))
    for subhead in article.subheads:
        if subheads[subhead] > 0:
            subheads[subhead] -= 1
            blocks.append("## " + _escape(subhead, heading=True))
    blocks.extend(map(_caption_markdown, article.captions))
    return "\n\n".join(blocks)

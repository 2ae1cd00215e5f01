"""Articles: the model of a segmented page, its JSON form and its Markdown rendering.

``docs/articles.md`` describes the model and the JSON format; ``page.schema.json``
(:func:`page_schema`) is the format's JSON Schema.
"""

from __future__ import annotations

from baozhi.articles.model import (
    OTHER_KINDS,
    Article,
    ArticleSpans,
    Caption,
    CaptionSpans,
    OtherItem,
    OtherKind,
    Page,
    PageFormatError,
    Span,
    page_schema,
)

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

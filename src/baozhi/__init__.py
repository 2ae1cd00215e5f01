"""baozhi (报纸): clean text and articles from Chinese newspaper pages.

It undoes what PDF extraction and OCR do to a page — fake-bold doubling,
letter-spaced lines, hard wraps, mojibake — and reports every change it made,
and the likely OCR noise it leaves alone for a person to review.

>>> clean_text("示范示范““新新””区奋力跃升区奋力跃升")
'示范“新”区奋力跃升\\n'
"""

from __future__ import annotations

from baozhi.articles.model import Article, Caption, OtherItem, Page
from baozhi.config import CleanConfig
from baozhi.errors import BaozhiError, ConfigError, InputError
from baozhi.pipeline import run
from baozhi.result import Block, CleanResult, Repair, Suspicion

__all__ = [
    "Article",
    "BaozhiError",
    "Block",
    "Caption",
    "CleanConfig",
    "CleanResult",
    "ConfigError",
    "InputError",
    "OtherItem",
    "Page",
    "Repair",
    "Suspicion",
    "clean_text",
    "parse_page",
    "repair",
]

__version__ = "0.1.0"


def repair(text: str, config: CleanConfig | None = None) -> CleanResult:
    """Clean ``text`` and return the clean text, its blocks, the repair log and its warnings."""
    if not isinstance(text, str):
        raise TypeError(f"repair() needs a str, not {type(text).__name__}")
    return run(text, config if config is not None else CleanConfig())


def clean_text(text: str, config: CleanConfig | None = None) -> str:
    """The cleaned page text: one block per paragraph, a blank line between blocks."""
    return repair(text, config).text


def parse_page(text: str, *, source: str | None = None, config: CleanConfig | None = None) -> Page:
    """Clean ``text`` and split it into articles, captions and other items.

    ``source`` names the page (a file name or an id) in the result.  The lines of
    ``text`` also tell the segmenter the column width each paragraph is set in.
    """
    from baozhi.articles.segment import segment

    return segment(repair(text, config), source=source, source_text=text)

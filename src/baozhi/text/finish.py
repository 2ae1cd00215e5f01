"""Line breaks at the start of the pipeline, tidy ends at its close."""

from __future__ import annotations

import re

from baozhi.provenance import Edit

__all__ = ["finish_text", "normalize_line_breaks"]

# \r\n and lone \r from Windows and old Mac tools, and the Unicode line and
# paragraph separators some PDF libraries emit.  A form feed is not here: it
# is pdftotext's page break and the block layer reads it.  Nor is NEL (U+0085):
# it is far more often a byte of mojibake (具 is E5 85 B7) than a line break.
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029\x0b]")
_TRAILING_SPACE = re.compile(r"[^\S\n\f]+(?=\n|\f|$)")
_LEADING_BLANK = re.compile(r"\A\s+")
_TRAILING_BLANK = re.compile(r"\s*\Z")


def normalize_line_breaks(text: str) -> list[Edit]:
    """Turn every kind of line break into ``\\n``.

    >>> from baozhi.provenance import preview
    >>> preview(normalize_line_breaks, "第一行\\r\\n第二行\\r")
    '第一行\\n第二行\\n'
    """
    return [Edit(m.start(), m.end(), "\n", "line_break") for m in _LINE_BREAK.finditer(text)]


def finish_text(text: str) -> list[Edit]:
    """Drop trailing spaces and blank ends; end a non-empty text with one newline.

    >>> from baozhi.provenance import preview
    >>> preview(finish_text, "\\n标题  \\n\\n正文。\\n\\n\\n")
    '标题\\n\\n正文。\\n'
    """
    edits = [Edit(m.start(), m.end(), "", "trailing_space") for m in _TRAILING_SPACE.finditer(text)]
    lead = _LEADING_BLANK.match(text)
    if lead is not None and lead.end() == len(text):
        return [Edit(0, len(text), "", "blank_line")] if text else []
    if lead is not None:
        edits = [e for e in edits if e.start >= lead.end()]
        edits.append(Edit(0, lead.end(), "", "blank_line"))
    if not text:
        return []
    tail = _TRAILING_BLANK.search(text)
    assert tail is not None
    edits = [e for e in edits if e.end <= tail.start()]
    if text[tail.start() :] != "\n":
        edits.append(Edit(tail.start(), len(text), "\n", "final_newline"))
    return edits

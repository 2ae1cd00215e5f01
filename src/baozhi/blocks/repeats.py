"""Repeated blocks: a paragraph extracted twice from one page.

PDF pages often carry the same text object twice (a caption repeated under a
second photo, a text box drawn twice), and extraction reads both.  A block of
substance that appears again later on the page is dropped at its later
position.  Short blocks repeat for real (``……``, a column name, a credit), so
only blocks of at least ``min_chars`` characters count.
"""

from __future__ import annotations

import re

from baozhi.provenance import Edit

__all__ = ["drop_repeated_blocks"]

_BLOCK = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s+")


def drop_repeated_blocks(text: str, *, min_chars: int = 20) -> list[Edit]:
    """Delete every later copy of a block of ``min_chars`` or more characters.

    Blocks are compared with their spaces removed, since the two copies may be
    spaced differently.  The later copy goes with the blank line before it.

    >>> from baozhi.provenance import preview
    >>> copy = "该公司党支部坚持把学习贯彻全会精神作为首要政治任务来抓。"
    >>> page = f"{copy}\\n\\n管理骨干学习全会精神\\n\\n{copy}\\n\\n{copy}\\n"
    >>> print(preview(drop_repeated_blocks, page))
    该公司党支部坚持把学习贯彻全会精神作为首要政治任务来抓。
    <BLANKLINE>
    管理骨干学习全会精神
    <BLANKLINE>
    """
    seen: set[str] = set()
    edits: list[Edit] = []
    previous_end: int | None = None
    for match in _BLOCK.finditer(text):
        key = _SPACE.sub("", match.group())
        if len(key) >= min_chars and key in seen:
            start = previous_end if previous_end is not None else match.start()
            edits.append(Edit(start, match.end(), "", "repeated_block"))
        seen.add(key)
        previous_end = match.end()
    return edits

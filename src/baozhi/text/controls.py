"""Control characters, invisible characters and broken surrogates.

PDF text layers and OCR engines leak characters that no reader sees: NUL and
other C0 controls from font tables, C1 controls from text that went through
Latin-1, zero-width spaces that typesetting systems put between glyphs to allow
a line break, a byte-order mark in the middle of a page where two files were
concatenated, soft hyphens from hyphenation dictionaries, and lone surrogates
from bytes decoded with ``surrogateescape``.  They break every later pattern
(``示\\u200b示范范`` no longer looks doubled) and then sit invisibly in the corpus.
"""

from __future__ import annotations

import re

from baozhi.provenance import Edit

__all__ = ["remove_control_chars"]

# Kept on purpose:
# - \t \n \f, and the line breaks \r and \v: they are layout, and
#   normalize_line_breaks (which runs first) turns the breaks into \n;
# - ZERO WIDTH JOINER / NON-JOINER (U+200D, U+200C): they hold emoji sequences
#   and some scripts together, and mean something where they occur;
# - variation selectors (U+FE00–FE0F, U+E0100–E01EF): an ideographic variation
#   sequence picks a glyph variant of a Han character, which is content;
# - REPLACEMENT CHARACTER (U+FFFD) and private-use characters: they mark a
#   character that was already lost; deleting them would hide the loss;
# - bidi marks and other format characters: rare here, and not ours to judge.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_INVISIBLE = re.compile(
    "["
    "\x00-\x08\x0e-\x1f"  # C0 controls, except \t \n \v \f \r
    "\x7f-\x9f"  # DEL and the C1 controls, NEL too: it is a line break only in EBCDIC
    "\N{SOFT HYPHEN}"
    "\N{ZERO WIDTH SPACE}"
    "\N{WORD JOINER}"
    "\N{ZERO WIDTH NO-BREAK SPACE}"  # also the byte-order mark, wherever it is
    f"{_NONCHARACTERS}"
    "]+"
)
_SURROGATES = re.compile("[\ud800-\udfff]+")
_HIGH = range(0xD800, 0xDC00)
_LOW = range(0xDC00, 0xE000)


def remove_control_chars(text: str) -> list[Edit]:
    """Drop controls, zero-width characters, stray byte-order marks and lone surrogates.

    A high surrogate followed by a low one is a character that was decoded
    half-way (CESU-8, ``surrogatepass``): it is joined into that character
    (kind ``surrogate_pair``) rather than dropped.  Everything listed as kept
    above stays, so does every printable character.

    >>> from baozhi.provenance import preview
    >>> preview(remove_control_chars, "\\ufeff科技\\u200b创新\\x00\\udc8f：\\u00ad5G")
    '科技创新：5G'
    >>> preview(remove_control_chars, "\\ud842\\udfb7野家")
    '𠮷野家'
    """
    edits = [Edit(m.start(), m.end(), "", "control_char") for m in _INVISIBLE.finditer(text)]
    for match in _SURROGATES.finditer(text):
        edits.extend(_surrogate_edits(match.group(), match.start()))
    return edits


def _surrogate_edits(run: str, offset: int) -> list[Edit]:
    """Join the valid pairs of a run of surrogates and drop the lone ones."""
    edits: list[Edit] = []
    index = 0
    while index < len(run):
        start = offset + index
        high, low = ord(run[index]), ord(run[index + 1]) if index + 1 < len(run) else 0
        if high in _HIGH and low in _LOW:
            joined = chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            edits.append(Edit(start, start + 2, joined, "surrogate_pair"))
            index += 2
        else:
            edits.append(Edit(start, start + 1, "", "control_char"))
            index += 1
    return edits

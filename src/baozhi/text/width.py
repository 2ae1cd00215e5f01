"""Full-width letters and digits: ``ＡＢＣ１２３`` → ``ABC123``.

Chinese typesetting systems and OCR engines often emit letters and digits from
the full-width block (U+FF10–FF5A).  They look like ordinary letters and digits
to a reader, but not to search, to the doubling detector (``５５ＧＧ``) or to a
number parser, so they are narrowed.  Chinese punctuation is *not* a width
artefact: ``，（）：`` are the correct characters of Chinese text and stay.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width letters and digits are this module's subject)
from __future__ import annotations

import re

from baozhi.provenance import Edit

__all__ = ["narrow_fullwidth_alnum"]

# A run to narrow: full-width digits and letters, plus the two symbols that are
# part of a full-width number.  ． narrows only between two full-width digits
# (``５．８``: a decimal point; ``１．`` before a list item stays), ％ only right
# after a full-width digit (``５．８％``).  ＋ and － stay as printed: they are
# also dashes and signs in running Chinese text, and a ％ after an ASCII digit
# was printed that way, so it is not ours to change.  The lookarounds read one
# character each, so the pattern cannot backtrack across a line.
_FULLWIDTH_RUN = re.compile(
    "(?:[０-９Ａ-Ｚａ-ｚ]"
    "|(?<=[０-９])\N{FULLWIDTH FULL STOP}(?=[０-９])"
    "|(?<=[０-９])\N{FULLWIDTH PERCENT SIGN}"
    ")+"
)

# The full-width forms U+FF01–FF5E sit at a fixed distance from ASCII.
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def narrow_fullwidth_alnum(text: str) -> list[Edit]:
    """Narrow full-width letters and digits, and the ``．``/``％`` of full-width numbers.

    One edit per run, so ``ＧＤＰ增长５．８％`` logs ``ＧＤＰ`` and ``５．８％``.
    The ideographic space, Chinese punctuation, ``＋`` and ``－`` are left alone.

    >>> from baozhi.provenance import preview
    >>> preview(narrow_fullwidth_alnum, "全市ＧＤＰ增长５．８％，（ＡＢＣ１２３）")
    '全市GDP增长5.8%，（ABC123）'
    """
    return [
        Edit(m.start(), m.end(), m.group().translate(_NARROW), "fullwidth")
        for m in _FULLWIDTH_RUN.finditer(text)
    ]

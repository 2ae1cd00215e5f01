"""Punctuation inside a line: doubled quotes and brackets, half-width marks.

Both repairs work line by line and never touch ``\\n`` or ``\\f``.
"""

from __future__ import annotations

import regex

from baozhi.chars import (
    CLOSING,
    INLINE_SPACE,
    OPENING,
    PAIRED_PUNCT,
    WEB_ADDRESS,
    is_cjk,
    is_han,
)
from baozhi.lines.spacing import inner_gaps, line_spans, punct_gap_goes
from baozhi.provenance import Edit

__all__ = ["collapse_doubled_punct", "widen_halfwidth_punct"]

# The opening mark of each closing one.
_OPENER_OF = dict(zip(CLOSING, OPENING, strict=True))

# Two or more of one paired mark in a row, perhaps with spaces between the copies
# (``“ “``: letter-spacing over fake bold).  The spaces are matched possessively,
# so a run is read once.
_DOUBLED = regex.compile(f"([{regex.escape(PAIRED_PUNCT)}])(?:[{INLINE_SPACE}]*+\\1)+")

# Half-width marks and their full-width forms in Chinese text.
_WIDEN = {
    "(": "\N{FULLWIDTH LEFT PARENTHESIS}",
    ")": "\N{FULLWIDTH RIGHT PARENTHESIS}",
    ",": "\N{FULLWIDTH COMMA}",
    ":": "\N{FULLWIDTH COLON}",
    ";": "\N{FULLWIDTH SEMICOLON}",
    "?": "\N{FULLWIDTH QUESTION MARK}",
    "!": "\N{FULLWIDTH EXCLAMATION MARK}",
}


def collapse_doubled_punct(text: str) -> list[Edit]:
    """Collapse doubled quotes and brackets: ``““`` → ``“``, ``））`` → ``）``.

    The defect: a paired mark printed twice in a row (``““``, ``（（``, ``》》``),
    perhaps with a space between the copies (``“ “``); the space goes with the copy.
    Fake bold prints every glyph twice; when the doubling repair cannot undo a
    stretch (one copy lost a character, or the stretch is too short to be sure),
    the doubled marks are left, and Chinese never prints them on purpose.

    Left alone: ``——`` and ``……`` (printed as two characters), ``！！`` and ``？？``
    (emphasis), and closing brackets that close nested brackets
    (``（含（一））``): a closing run keeps as many marks as brackets are open.

    >>> from baozhi.provenance import preview
    >>> preview(collapse_doubled_punct, "示范““新””区（（河南））")
    '示范“新”区（河南）'
    """
    return [
        Edit(offset + start, offset + end, "", "doubled_punct")
        for offset, line in line_spans(text)
        for _, start, end in _doubled_runs(line)
    ]


def _doubled_runs(line: str) -> list[tuple[int, int, int]]:
    """Each doubled run of ``line`` as (run start, start of the extra copies, run end)."""
    runs: list[tuple[int, int, int]] = []
    depth = dict.fromkeys(OPENING, 0)
    cursor = 0
    for match in _DOUBLED.finditer(line):
        _count_marks(line[cursor : match.start()], depth)
        cursor = match.end()
        mark = match.group(1)
        copies = [i for i, char in enumerate(match.group()) if char == mark]
        if mark in OPENING:
            depth[mark] += 1
            keep = 1
        else:
            open_now = depth[_OPENER_OF[mark]]
            keep = min(len(copies), max(open_now, 1))
            depth[_OPENER_OF[mark]] = max(open_now - keep, 0)
        if keep < len(copies):
            runs.append((match.start(), match.start() + copies[keep - 1] + 1, match.end()))
    return runs


def _count_marks(chunk: str, depth: dict[str, int]) -> None:
    """Update the open-bracket counts with the single marks of ``chunk``."""
    for char in chunk:
        if char in depth:
            depth[char] += 1
        elif char in _OPENER_OF:
            opener = _OPENER_OF[char]
            depth[opener] = max(depth[opener] - 1, 0)


def widen_halfwidth_punct(text: str) -> list[Edit]:
    """Turn half-width ``(),:;?!`` inside Chinese text full-width (opt-in).

    The defect: ``(上接第一版)``, ``增长6.7%; 第三``, ``郭芳) 11月``.  Some
    typesetting systems and every OCR engine emit ASCII marks where Chinese
    punctuation was printed, or was meant.  Off by default: half-width marks may
    be what was printed, and the clean text keeps print.

    A mark is widened when a neighbour (the nearest printed character on either
    side) is Chinese and the other is not a Latin letter; a bracket pair when its
    content or its outside is Chinese.  Spaces next to a widened mark then go,
    as :func:`~baozhi.lines.spacing.tidy_punct_spaces` would remove them.

    Left alone: marks in Latin context (``Wi-Fi 6: network``, ``f(x)``), between
    digits (times ``9:30``, ratios ``3:1``, ``1,000``) and inside URLs.

    >>> from baozhi.provenance import preview
    >>> preview(widen_halfwidth_punct, "(上接第一版)增长6.7%; 第三产业增加值")
    '（上接第一版）增长6.7%；第三产业增加值'
    """
    edits: list[Edit] = []
    for offset, line in line_spans(text):
        spots = _marks_to_widen(line)
        if spots:
            edits.extend(
                Edit(offset + start, offset + end, new, kind)
                for start, end, new, kind in _widen_line(line, spots)
            )
    return edits


def _widen_line(line: str, spots: set[int]) -> list[tuple[int, int, str, str]]:
    """The edits of one line: widened marks, the spaces next to them, new doubles."""
    widened = "".join(_WIDEN[c] if i in spots else c for i, c in enumerate(line))
    # A widened bracket can double a neighbour (``))`` → ``））``); that copy goes
    # here, as collapse_doubled_punct would remove it, since that repair has run.
    drops = [
        (extra, end)
        for start, extra, end in _doubled_runs(widened)
        if any(start <= spot < end for spot in spots)
    ]

    def dropped(start: int, end: int) -> bool:
        return any(start < drop_end and drop_start < end for drop_start, drop_end in drops)

    edits = [(start, end, "", "doubled_punct") for start, end in drops]
    edits.extend(
        (spot, spot + 1, widened[spot], "halfwidth_punct")
        for spot in sorted(spots)
        if not dropped(spot, spot + 1)
    )
    edits.extend(
        (start, end, "", "halfwidth_punct")
        for start, end in inner_gaps(widened)
        # the gap's fate reads the two characters before it and the one after it
        if not spots.isdisjoint((start - 2, start - 1, end))
        and not dropped(start, end)
        and punct_gap_goes(widened, start, end)
    )
    return edits


def _marks_to_widen(line: str) -> set[int]:
    """Offsets of the half-width marks of ``line`` that stand in Chinese text.

    A widened mark is Chinese punctuation to its neighbours, so widening one can
    decide the next (``(5),中``): the marks are settled by a work list until nothing
    changes, which makes the repair idempotent.  A bracket pair is settled as one.
    """
    in_url: set[int] = set()
    for match in WEB_ADDRESS.finditer(line):
        in_url.update(range(*match.span()))
    marks = [i for i, char in enumerate(line) if char in _WIDEN and i not in in_url]
    if not marks:
        return set()
    printed = [i for i, char in enumerate(line) if not char.isspace()]
    position = {offset: rank for rank, offset in enumerate(printed)}
    has_han = any(map(is_han, line))
    # cjk_before[i]: how many CJK characters line[:i] holds, to test a bracket's content.
    cjk_before = [0]
    for char in line:
        cjk_before.append(cjk_before[-1] + is_cjk(char))

    # Units: a matched bracket pair, or a single mark.
    units: list[tuple[int, ...]] = []
    opened: list[int] = []
    for index in marks:
        if line[index] == "(":
            opened.append(index)
        elif line[index] == ")" and opened:
            units.append((opened.pop(), index))
        else:
            units.append((index,))
    units.extend((index,) for index in opened)
    unit_of = {index: number for number, unit in enumerate(units) for index in unit}

    spots: set[int] = set()

    def neighbour(index: int, step: int) -> int | None:
        rank = position[index] + step
        return printed[rank] if 0 <= rank < len(printed) else None

    def chinese(index: int | None) -> bool:
        return index is not None and (is_cjk(line[index]) or index in spots)

    def settles(unit: tuple[int, ...]) -> bool:
        before, after = neighbour(unit[0], -1), neighbour(unit[-1], 1)
        if len(unit) == 2:
            inside = cjk_before[unit[1]] > cjk_before[unit[0] + 1]
            return inside or chinese(before) or chinese(after)
        latin_before = before is not None and line[before].isascii() and line[before].isalpha()
        if chinese(before) or (chinese(after) and not latin_before):
            return True
        return has_han and after is None and before is not None and not latin_before

    waiting = set(range(len(units)))
    work = list(range(len(units)))
    while work:
        number = work.pop()
        if number not in waiting or not settles(units[number]):
            continue
        waiting.discard(number)
        spots.update(units[number])
        for index in units[number]:
            for step in (-1, 1):
                near = neighbour(index, step)
                if near is not None and unit_of.get(near) in waiting:
                    work.append(unit_of[near])
    return spots

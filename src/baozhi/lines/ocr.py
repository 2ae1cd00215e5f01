"""What OCR does to punctuation: half-width marks, quote direction, byline brackets.

An OCR engine reads the printed image, not a text layer, so it never doubles
fake bold, but it guesses at small glyphs: ``；`` comes back as ``;``, ``”`` as
``“``, the ``（`` of a byline as ``《`` or ``〈``.  The three repairs here undo the
guesses whose answer the text itself shows; :func:`find_suspicious` lists the
ones it does not (``*c``, a straight ``"``), which are reported, never changed.

Nothing here knows where a page came from: each rule must leave PDF-extracted
text alone unless it has the same defect.  The repairs read a *stretch* of
lines — the lines between two blank lines (or page breaks) — because a quote or
a byline bracket often closes on the line after the one that opened it; every
edit still lies inside one line, and ``\\n`` and ``\\f`` are never touched.
Spaces left next to a widened mark are not removed here: the pipeline runs
these repairs before :func:`~baozhi.lines.spacing.tidy_punct_spaces` and
:func:`~baozhi.lines.spacing.space_cjk_latin`, which remove them by the rules
that hold for every source.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from baozhi.chars import (
    INLINE_SPACE,
    SENTENCE_END,
    UNIT_SIGNS,
    WEB_ADDRESS,
    is_cjk,
    is_han,
)
from baozhi.provenance import Edit

__all__ = [
    "REASONS",
    "find_suspicious",
    "fix_byline_brackets",
    "fix_ocr_punct",
    "fix_quote_direction",
    "quote_errors",
]

# One line: the text between two line breaks or page breaks.
_LINE = regex.compile(r"[^\n\f]+")

# A stretch of lines and the offset of each: a paragraph, or several when the
# extractor puts no blank line between paragraphs.
_Stretch = list[tuple[int, str]]

# Half-width marks OCR reads for their Chinese forms.  Brackets are not here:
# ``(上接第一版)`` is printed half-width, and the ``halfwidth_punct`` policy of
# lines/punctuation.py decides about those.
_FULLWIDTH_OF = {
    ",": "\N{FULLWIDTH COMMA}",
    ";": "\N{FULLWIDTH SEMICOLON}",
    ":": "\N{FULLWIDTH COLON}",
    "!": "\N{FULLWIDTH EXCLAMATION MARK}",
    "?": "\N{FULLWIDTH QUESTION MARK}",
}

# The two kinds of curly quotes; each alternates on its own (a quote inside a
# quote uses the single kind).
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"))
# The straight mark OCR reads for a curly quote of each kind (``“家门口"招聘会``).
_STRAIGHT_OF = {"“": '"', "‘": "'"}

# Nothing is quoted by an opening quote directly before these, and no closing
# quote follows an opening bracket or a colon (``说：“``).
_NO_OPENER_BEFORE = frozenset("，。、；：！？）》〉】」』")
_NO_CLOSER_AFTER = frozenset("（《〈【「『：")

# Marks OCR reads for the brackets of a byline (``本报讯 《记者`` / ``郭芳)``).
_BYLINE_OPENERS = "（《〈<("
_BYLINE_CLOSERS = "）》〉>)"
_FULLWIDTH_OPENER = "\N{FULLWIDTH LEFT PARENTHESIS}"
_FULLWIDTH_CLOSER = "\N{FULLWIDTH RIGHT PARENTHESIS}"

# ``本报讯`` and a bracket that opens the reporters' names.  The lookahead is a
# literal alternation: the pattern reads each character once.
_NEWS_FLASH = regex.compile(
    f"本报讯[{INLINE_SPACE}]*+([{regex.escape(_BYLINE_OPENERS)}])[{INLINE_SPACE}]*+"
    "(?=记者|通讯员|本报|特约|实习生|见习|首席)"
)
# How a bracketed byline that closes an article starts once its wraps are
# removed (``(本`` / ``报记者 陈思远``).
_BYLINE_STARTS = ("本报记者", "本报通讯员", "本报特约", "本报首席", "本报评论员", "记者", "通讯员")
# A byline is names and roles: Han, spaces, a middle dot for foreign names and
# ``、`` between names.  The closing bracket is looked for this far, at most.
_BYLINE_CHARS = frozenset("·、") | frozenset(INLINE_SPACE)
_BYLINE_MAX_CHARS = 40
_BYLINE_MAX_LINES = 3

# Suspicious characters: OCR noise that no rule can repair safely.
_NOISE_MARKS = {"*": "asterisk", "|": "vertical_bar", '"': "straight_quote", "'": "straight_quote"}
# ``口`` alone on a short line is a glyph OCR could not read (``1口``).
_BOX = "口"
_BOX_LINE_MAX_CHARS = 4

# What each kind of warning means, for the person who reviews it.  The kinds
# are public (users filter the log by them); the wording may change.
REASONS = {
    "asterisk": "* in Chinese text: OCR noise, often a misread ℃",
    "vertical_bar": "| in Chinese text: OCR noise, often a rule line or a misread 1",
    "straight_quote": "a straight quote in Chinese text: a curly quote or a ℃ OCR could not place",
    "stray_latin": "a lone Latin letter in Chinese text: OCR noise or a misread character",
    "lone_box": "口 alone on a short line: a glyph OCR could not read",
    "unpaired_quote": "an odd number of quotes in a paragraph: one was lost or added here",
    "quote_order": "quotes out of turn that no rule could pair: a quote in a quote, or misreads",
}


def _stretches(text: str) -> Iterator[_Stretch]:
    """The stretches of ``text``: runs of non-blank lines split by blank lines or ``\\f``."""
    stretch: _Stretch = []
    previous_end = -1
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        if stretch and text[previous_end : match.start()] != "\n":
            yield stretch
            stretch = []
        stretch.append((match.start(), line))
        previous_end = match.end()
    if stretch:
        yield stretch


# --------------------------------------------------------------------------- half-width marks


def fix_ocr_punct(text: str) -> list[Edit]:
    """Widen half-width ``,;:!?`` in Chinese running text: ``6.7%; 第三`` → ``6.7%； 第三``.

    The defect: ``增长 6.7%; 第三产业``, ``增长 3.9% ;``, ``减少外出; 设施``,
    ``真方便!”``.  OCR engines match a small glyph against every script they know,
    and a full-width ``；`` printed in a Chinese column reads as the ASCII ``;``.

    A mark is widened when both its neighbours (the nearest printed characters,
    across a space or a wrap, skipping other such marks) are Chinese: Han or
    full-width punctuation, or on one side a number (``6.7%``, ``36``) that no
    Latin letter is attached to; a mark that ends a paragraph after Han
    (``真方便!``) counts too.  The space OCR puts beside it is left to
    ``tidy_punct_spaces``, which runs later.

    Left alone: brackets (``(上接第一版)``: the opt-in ``halfwidth_punct``
    policy); marks with Latin on either side (``Wi-Fi 6: network``,
    ``PM2.5;``); between two numbers (``9:30``, ``1,000``); inside URLs.

    >>> from baozhi.provenance import preview
    >>> print(preview(fix_ocr_punct, "增长 3.9% ;\\n第二产业增加值，增长 6.7%; 第三产业"))
    增长 3.9% ；
    第二产业增加值，增长 6.7%； 第三产业
    """
    edits: list[Edit] = []
    for stretch in _stretches(text):
        for number, (offset, line) in enumerate(stretch):
            urls = [match.span() for match in WEB_ADDRESS.finditer(line)]
            for index, char in enumerate(line):
                if (
                    char in _FULLWIDTH_OF
                    and not any(start <= index < end for start, end in urls)
                    and _in_chinese_text(stretch, number, index)
                ):
                    edits.append(
                        Edit(offset + index, offset + index + 1, _FULLWIDTH_OF[char], "ocr_punct")
                    )
    return edits


def _in_chinese_text(stretch: _Stretch, number: int, index: int) -> bool:
    """Whether the mark at ``stretch[number][1][index]`` has Chinese on both sides."""
    left = _side(stretch, number, index, -1)
    right = _side(stretch, number, index, 1)
    if left in (None, "latin", "other") or right in ("latin", "other"):
        return False
    if right is None:
        return left == "cjk"
    return "cjk" in (left, right)


def _side(stretch: _Stretch, number: int, index: int, step: int) -> str | None:
    """What stands beside a mark: ``cjk``, ``number``, ``latin``, ``other`` or None.

    The nearest printed character is looked for across spaces, other half-width
    marks and one line break (a wrap); None means the stretch ends there.
    """
    line = stretch[number][1]
    position = _printed(line, index + step, step)
    if position is None:
        following = number + step
        if not 0 <= following < len(stretch):
            return None
        line = stretch[following][1]
        position = _printed(line, 0 if step > 0 else len(line) - 1, step)
        if position is None:
            return None
    char = line[position]
    if is_cjk(char):
        return "cjk"
    if char in UNIT_SIGNS and step < 0:
        position -= 1
        char = line[position] if position >= 0 else ""
    if char.isascii() and char.isdigit():
        return _number_side(line, position, step)
    if char.isascii() and char.isalpha():
        return "latin"
    return "other"


def _printed(line: str, index: int, step: int) -> int | None:
    """The first index from ``index`` on (by ``step``) that is no space nor half-width mark."""
    while 0 <= index < len(line):
        if line[index] not in _FULLWIDTH_OF and line[index] not in INLINE_SPACE:
            return index
        index += step
    return None


def _number_side(line: str, index: int, step: int) -> str:
    """``number`` for a digit run facing a mark, ``latin`` if a letter is attached to it.

    Walking away from the mark over digits and decimal points, a Latin letter at
    the far end (``PM2.5``, ``Wi-Fi 6``, ``5G``) makes the run part of Latin text.
    """
    while 0 <= index < len(line) and (line[index].isdigit() or line[index] == "."):
        index += step
    while 0 <= index < len(line) and line[index] in INLINE_SPACE and step < 0:
        index += step
    beyond = line[index] if 0 <= index < len(line) else ""
    return "latin" if beyond.isascii() and beyond.isalpha() else "number"


# --------------------------------------------------------------------------- quote direction


def fix_quote_direction(text: str) -> list[Edit]:
    """Turn misread quotes round: ``坚持“制造业当家“，围绕`` → ``坚持“制造业当家”，围绕``.

    The defect: an opening quote where a closing one was printed, or the
    reverse.  ``“`` and ``”`` differ by a few pixels; OCR reads the wrong one.

    The unit is a stretch of lines between blank lines, not a line: a quote
    opens on one line and closes on the next as often as not.  In a unit with
    an even number of quotes of one kind (``“”`` or ``‘’``, each on its own), the
    quotes must alternate opening, closing.  A quote is turned only when that is
    unambiguous: the marks must not pair off like brackets (``“…“…”…”`` is as
    likely a quote inside a quote, its ``‘’`` misread too); every quote out of
    turn sits next to a quote of the same direction (``““`` or ``””`` in
    reading order), so a run of quotes that alternate among themselves — a
    line whose quotes are right — is never touched; and the new direction must
    fit its place: no opening quote before ``，。）`` and the like, no closing
    quote after ``（《：`` or first on a line.  If any quote fails these tests,
    the unit is left as it is.  One misread quote in a unit is always repaired.

    A straight quote OCR read for a curly one (``“家门口"招聘会``) is turned the
    same way, when it is the only straight quote of a unit with an odd number
    of curly quotes, touches Han on its quoted side, and makes them alternate.

    Left alone: a unit with an odd number of quotes (one was lost or added: the
    pairing cannot be known; :func:`quote_errors` reports it), other straight
    quotes (:func:`find_suspicious`), apostrophes between Latin letters (``it’s``).

    >>> from baozhi.provenance import preview
    >>> print(preview(fix_quote_direction, "近年来，高新区坚持“制\\n造业当家“，围绕产业"))
    近年来，高新区坚持“制
    造业当家”，围绕产业
    >>> print(preview(fix_quote_direction, '“家门口"招聘会送来1100余个岗位'))
    “家门口”招聘会送来1100余个岗位
    """
    edits: list[Edit] = []
    for stretch in _stretches(text):
        for opener, closer in _QUOTE_PAIRS:
            # Exclusive: turning needs an even count of curly quotes, placing an odd one.
            edits.extend(_turned_quotes(stretch, opener, closer))
            edits.extend(_placed_straight_quote(stretch, opener, closer))
    return edits


def _quotes(stretch: _Stretch, opener: str, closer: str) -> list[tuple[int, int, int]]:
    """The quotes of one kind in ``stretch``: (line number, index in the line, offset)."""
    found = []
    for number, (offset, line) in enumerate(stretch):
        for index, char in enumerate(line):
            if char in (opener, closer) and not _apostrophe(line, index):
                found.append((number, index, offset + index))
    return found


def _apostrophe(line: str, index: int) -> bool:
    """A single quote between two Latin letters (``it’s``) is an apostrophe."""
    if line[index] not in "‘’":
        return False
    before = line[index - 1] if index else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def _turned_quotes(stretch: _Stretch, opener: str, closer: str) -> list[Edit]:
    """The edits that make the quotes of one kind in ``stretch`` alternate, or none."""
    quotes = _quotes(stretch, opener, closer)
    if not quotes or len(quotes) % 2:
        return []
    marks = [stretch[number][1][index] for number, index, _ in quotes]
    if _nested(marks, opener):
        return []
    wrong = _out_of_turn(marks, opener, closer)
    edits: list[Edit] = []
    for k in wrong:
        doubled = (k > 0 and marks[k - 1] == marks[k]) or (
            k + 1 < len(marks) and marks[k + 1] == marks[k]
        )
        number, index, offset = quotes[k]
        new = opener if k % 2 == 0 else closer
        if not doubled or not _fits(stretch[number][1], index, opening=new == opener):
            return []
        edits.append(Edit(offset, offset + 1, new, "quote_direction"))
    return edits


def _out_of_turn(marks: list[str], opener: str, closer: str) -> list[int]:
    """The positions in ``marks`` where an alternating sequence has the other quote.

    >>> _out_of_turn(list("“”““"), "“", "”")
    [3]
    """
    return [k for k, mark in enumerate(marks) if mark != (opener if k % 2 == 0 else closer)]


def _nested(marks: list[str], opener: str) -> bool:
    """Whether ``marks`` pair off like brackets (``““””``): a quote inside a quote.

    OCR reads an inner ``‘’`` as ``“”`` too (``“下一步…引进一批“链主”企业…”``);
    turning two marks round would be a guess, and alternating marks are nested
    too, trivially.
    """
    depth = 0
    for mark in marks:
        depth += 1 if mark == opener else -1
        if depth < 0:
            return False
    return depth == 0


def _fits(line: str, index: int, *, opening: bool) -> bool:
    """Whether a quote of that direction can stand at ``line[index]``."""
    if opening:
        after = line[index + 1] if index + 1 < len(line) else ""
        return after not in _NO_OPENER_BEFORE or after == ""
    before = line[:index].rstrip(INLINE_SPACE)
    return bool(before) and before[-1] not in _NO_CLOSER_AFTER


def _placed_straight_quote(stretch: _Stretch, opener: str, closer: str) -> list[Edit]:
    """The edit that makes the one straight quote of ``stretch`` a curly quote, or none.

    ``“家门口"招聘会``: one ``“`` and one ``"``.  With an odd number of curly
    quotes and exactly one straight quote in Chinese text, the straight one is
    the lost partner if, turned the way its place in the sequence asks, it
    makes every quote alternate and stands where that quote can.  It must touch
    Han on its quoted side: ``8 "至10`` is a misread ``℃``, not a quote.
    """
    straight = _STRAIGHT_OF[opener]
    spots = [
        (number, index)
        for number, (_, line) in enumerate(stretch)
        for index, char in enumerate(line)
        if char == straight and _noise(line, index)
    ]
    quotes = _quotes(stretch, opener, closer)
    if len(spots) != 1 or len(quotes) % 2 == 0:
        return []
    number, index = spots[0]
    offset, line = stretch[number]
    before = [stretch[n][1][i] for n, i, _ in quotes if (n, i) < (number, index)]
    opening = len(before) % 2 == 0
    new = opener if opening else closer
    marks = [*before, new] + [stretch[n][1][i] for n, i, _ in quotes if (n, i) > (number, index)]
    quoted = line[index + 1 : index + 2] if opening else line[max(index - 1, 0) : index]
    if (
        _out_of_turn(marks, opener, closer)
        or not is_han(quoted)
        or not _fits(line, index, opening=opening)
    ):
        return []
    return [Edit(offset + index, offset + index + 1, new, "quote_direction")]


def quote_errors(text: str) -> list[tuple[int, int, str]]:
    """Where the curly quotes of a stretch stop alternating, with a kind; nothing is changed.

    What :func:`fix_quote_direction` leaves for a warning.  For each kind of
    quote (``“”``, ``‘’``) the span runs from the last quote still in turn to
    the first quote out of turn, or is the last quote alone when an odd number
    alternates up to its end:

    - ``unpaired_quote``: an odd number of quotes, one lost or added
      (``听到“研究研究再说。同时``);
    - ``quote_order``: an even number out of turn that no rule could pair
      (``“…一批“链主”企业…”``: a quote inside a quote whose ``‘’`` OCR misread).

    >>> text = "增长5.3%“。规模\\n\\n“样品”变成“产品”。\\n\\n听到“研究再说。同时“云湖”"
    >>> [(text[start:end], kind) for start, end, kind in quote_errors(text)]
    [('“', 'unpaired_quote'), ('“研究再说。同时“', 'unpaired_quote')]
    """
    found = []
    for stretch in _stretches(text):
        for opener, closer in _QUOTE_PAIRS:
            offsets = [offset for _, _, offset in _quotes(stretch, opener, closer)]
            marks = [text[offset] for offset in offsets]
            out_of_turn = _out_of_turn(marks, opener, closer)
            if out_of_turn:
                first = out_of_turn[0]
                start, end = offsets[max(first - 1, 0)], offsets[first] + 1
            elif len(marks) % 2:
                start, end = offsets[-1], offsets[-1] + 1
            else:
                continue
            found.append((start, end, "unpaired_quote" if len(marks) % 2 else "quote_order"))
    return found


# --------------------------------------------------------------------------- byline brackets


def fix_byline_brackets(text: str) -> list[Edit]:
    """Restore the brackets of a byline: ``本报讯 《记者 孙若冰 通`` → ``本报讯 （记者 孙若冰 通``.

    The defect: OCR reads the ``（`` after ``本报讯`` as ``《``, ``〈``, ``<`` or
    ``(`` and the ``）`` as ``)``, ``〉`` or ``>`` (``本报讯〈记者 陈思远)``,
    ``(本报记者 赵一鸣)``): the thin bracket of a Chinese font looks like all of
    them.

    Only inside a byline: ``本报讯`` directly followed by a bracket and a role
    (``记者``, ``通讯员``, ``本报…``, ``特约``, ``实习生``…), or a bracket that
    opens a line, or follows a sentence end, and holds ``本报记者 …`` (or
    another role) up to a closing bracket that ends its line.  Between the
    brackets stand only names, roles and spaces, over at most three lines (a
    wrapped byline: ``（本`` / ``报记者 陈思远 通讯员 马文`` / ``博)``).

    Left alone: a real book title (``《平顶山年鉴（2023）》``), a continuation
    marker (``(上接第一版)``), any bracket outside a byline.

    >>> from baozhi.provenance import preview
    >>> print(preview(fix_byline_brackets, "本报讯 《记者 孙若冰 通\\n讯员 郭芳) 11月26日清晨"))
    本报讯 （记者 孙若冰 通
    讯员 郭芳） 11月26日清晨
    """
    edits: list[Edit] = []
    for stretch in _stretches(text):
        taken: set[int] = set()
        for number, (_, line) in enumerate(stretch):
            for match in _NEWS_FLASH.finditer(line):
                edits.extend(_bracket_edits(stretch, number, match.start(1), taken, alone=False))
            for index in _closing_byline_openers(line):
                edits.extend(_bracket_edits(stretch, number, index, taken, alone=True))
    return edits


def _closing_byline_openers(line: str) -> Iterator[int]:
    """Where a bracket that may open a closing byline stands in ``line``.

    At the start of the line (after indentation) or after a sentence end.
    """
    for index, char in enumerate(line):
        if char not in _BYLINE_OPENERS:
            continue
        before = line[:index].rstrip(INLINE_SPACE)
        if not before or before[-1] in SENTENCE_END or before.endswith(("。”", "！”", "？”")):
            yield index


def _bracket_edits(
    stretch: _Stretch, number: int, index: int, taken: set[int], *, alone: bool
) -> list[Edit]:
    """Edits for the byline whose opening bracket is ``stretch[number][1][index]``.

    ``alone`` asks for a closing byline: it starts with a role and its closing
    bracket ends a line.  ``taken`` holds the offsets already repaired.
    """
    if stretch[number][0] + index in taken:
        return []
    content = ""
    closing: tuple[int, int] | None = None  # (line number, index)
    row, column = number, index + 1
    while row < len(stretch) and row < number + _BYLINE_MAX_LINES and closing is None:
        text = stretch[row][1]
        while column < len(text):
            char = text[column]
            if char in _BYLINE_CLOSERS:
                closing = (row, column)
                break
            if not (is_han(char) or char in _BYLINE_CHARS) or len(content) >= _BYLINE_MAX_CHARS:
                return [] if alone else _restore(stretch, [(number, index)], taken)
            content += char
            column += 1
        row, column = row + 1, 0
    if alone:
        if closing is None:
            return []
        names = content.replace(" ", "").replace("\N{IDEOGRAPHIC SPACE}", "")
        rest = stretch[closing[0]][1][closing[1] + 1 :]
        if not names.startswith(_BYLINE_STARTS) or rest.strip(INLINE_SPACE):
            return []
    spots = [(number, index)] if closing is None else [(number, index), closing]
    return _restore(stretch, spots, taken)


def _restore(stretch: _Stretch, spots: list[tuple[int, int]], taken: set[int]) -> list[Edit]:
    """Full-width brackets at ``spots`` (the opening one first), where they differ."""
    edits = []
    for position, (row, column) in enumerate(spots):
        offset, line = stretch[row]
        taken.add(offset + column)
        bracket = _FULLWIDTH_OPENER if position == 0 else _FULLWIDTH_CLOSER
        if line[column] != bracket:
            edits.append(Edit(offset + column, offset + column + 1, bracket, "byline_bracket"))
    return edits


# --------------------------------------------------------------------------- suspicious characters


def find_suspicious(text: str) -> list[tuple[int, int, str]]:
    """Spans of characters that look like OCR noise, with a reason; nothing is changed.

    - ``straight_quote``: ``"`` or ``'`` next to Chinese text (``8 "至``,
      ``一窗通办"让``): a curly quote or a ``℃`` OCR could not place;
    - ``asterisk``, ``vertical_bar``: ``*`` or ``|`` in a line with Han, unless
      right between two Latin letters or digits (``10 *c``: a misread ``℃``);
    - ``stray_latin``: a lone Latin letter in a line with Han that is
      lowercase or touches no Han (``10 *c ，``); ``A股`` and ``X光`` are words;
    - ``lone_box``: ``口`` as the only Han on a short line (``1口``), a glyph
      OCR could not read.

    Left alone: the same marks in Latin text (``"a"``, ``a|b``, ``2*3``), URLs,
    lines without Han.

    >>> find_suspicious("降温幅度达8 \\"至10 *c ，最低")
    [(7, 8, 'straight_quote'), (12, 13, 'asterisk'), (13, 14, 'stray_latin')]
    """
    found: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        offset, line = match.start(), match.group()
        if not any(map(is_han, line)):
            continue
        urls = [url.span() for url in WEB_ADDRESS.finditer(line)]
        han = [index for index, char in enumerate(line) if is_han(char)]
        if lone_box(line):
            found.append((offset + han[0], offset + han[0] + 1, "lone_box"))
            continue
        for index, char in enumerate(line):
            if any(start <= index < end for start, end in urls):
                continue
            reason = _NOISE_MARKS.get(char)
            if reason is not None and _noise(line, index):
                found.append((offset + index, offset + index + 1, reason))
            elif _stray_letter(line, index):
                found.append((offset + index, offset + index + 1, "stray_latin"))
    return found


def lone_box(line: str) -> bool:
    """``口`` as the only Han character of a short line: a glyph OCR could not read.

    >>> lone_box("1口"), lone_box("人口"), lone_box("发展")
    (True, False, False)
    """
    return len(line.strip()) <= _BOX_LINE_MAX_CHARS and [c for c in line if is_han(c)] == [_BOX]


def _nearest(line: str, index: int, step: int) -> str:
    """The nearest printed character of ``line`` from ``index`` by ``step``, or ``""``."""
    index += step
    while 0 <= index < len(line) and line[index] in INLINE_SPACE:
        index += step
    return line[index] if 0 <= index < len(line) else ""


def _noise(line: str, index: int) -> bool:
    """Whether the mark at ``line[index]`` stands in Chinese text.

    A quote counts when a neighbour is Chinese; ``*`` and ``|`` whenever they
    are not between two Latin letters or digits (``a|b``, ``2*3``): in a line
    with Han they are a misread ``℃`` or a rule line (``10 *c``).
    """
    if line[index] in "\"'":
        return is_cjk(_nearest(line, index, -1)) or is_cjk(_nearest(line, index, 1))
    before = line[index - 1] if index else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    return not all(c.isascii() and c.isalnum() for c in (before, after))


def _stray_letter(line: str, index: int) -> bool:
    """A lone Latin letter, lowercase or with no Han beside it, in a line with Han."""
    char = line[index]
    if not (char.isascii() and char.isalpha()):
        return False
    before = line[index - 1] if index else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    if any(c.isascii() and (c.isalnum() or c in "-+=.'&_/@#%") for c in (before, after) if c):
        return False
    return char.islower() or not (is_han(before) or is_han(after))

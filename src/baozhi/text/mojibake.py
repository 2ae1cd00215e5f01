"""Mojibake: text that was decoded with the wrong encoding.

Two families reach a Chinese newspaper corpus:

* UTF-8 read as Latin-1 or Windows-1252 (``ç§\\x91æ\\x8a\\x80``, ``ç§‘æŠ€``):
  ftfy knows these and repairs them; :func:`fix_mojibake` runs it with every
  fix that is not about encodings switched off, because ftfy's defaults would
  rewrite correct Chinese text (``，``→``,``, curly quotes uncurled, the
  ideographic space widened into two spaces, compatibility ideographs folded).
* The Chinese families ftfy does not know: UTF-8 read as GBK (``绉戞妧鍒涙柊``)
  and GBK read as Latin-1 (``¿Æ¼¼´´ÐÂ``).  :func:`fix_gbk_mojibake` repairs
  them when the round trip is exact and the result reads as Chinese.

Both work line by line, and both leave correct Chinese text alone: that is the
property that matters most, since every Chinese character is also a valid GBK
character and a repair that guesses would corrupt clean pages.
"""

# ruff: noqa: RUF002, RUF003  (mojibake is made of confusable characters)
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import ftfy

from baozhi.chars import is_han
from baozhi.provenance import Edit, narrowed_edit

__all__ = ["fix_gbk_mojibake", "fix_mojibake", "looks_chinese"]

# ftfy's encoding repair and nothing else.  Off, each with its reason: HTML
# unescaping and terminal escapes are not encoding damage; C1 controls and
# surrogates belong to remove_control_chars; ligatures, character width, quote
# uncurling and NFC/NFKC normalisation rewrite correct Chinese (full-width
# punctuation, curly quotes, the ideographic space, CJK compatibility
# ideographs such as U+F900); line breaks are normalize_line_breaks' job.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def fix_mojibake(text: str) -> list[Edit]:
    """Repair UTF-8 that was decoded as Latin-1 or Windows-1252, with ftfy.

    The defect looks like ``ç§‘æŠ€`` where ``科技`` was printed: a file
    written in UTF-8 went through a tool that assumed a Western encoding.  Runs
    of GBK read as Latin-1 (``ÖÐ¹ú``) are left to :func:`fix_gbk_mojibake`:
    ftfy would half-decode them into something neither could undo.  Full-width
    punctuation, curly quotes and the ideographic space are left as they are.

    >>> from baozhi.provenance import preview
    >>> preview(fix_mojibake, "ç§‘æŠ€åˆ›æ–°ï¼ˆè¯•ç‚¹ï¼‰，“好”")
    '科技创新（试点），“好”'
    """
    protected = iter(_accepted(_latin1_gbk_runs(text)))
    upcoming = next(protected, None)
    edits: list[Edit] = []
    for start, line in _lines(text):
        if line.isascii():
            continue
        cursor, end = start, start + len(line)
        while upcoming is not None and upcoming.start < end:
            edits.extend(_ftfy_edits(text[cursor : upcoming.start], cursor))
            cursor = upcoming.end
            upcoming = next(protected, None)
        edits.extend(_ftfy_edits(text[cursor:end], cursor))
    return edits


def fix_gbk_mojibake(text: str) -> list[Edit]:
    """Repair UTF-8 decoded as GBK (``绉戞妧鍒涙柊``) and GBK decoded as Latin-1 (``¿Æ¼¼´´ÐÂ``).

    Both come from a tool that guessed the encoding of a Chinese file: a
    Chinese-locale Windows program opening UTF-8, or a Western one opening GBK.
    A run is repaired only when re-encoding it and decoding it the other way is
    exact (strict codecs, no byte lost or invented) and the result reads as
    Chinese: at least two Han characters, nearly all of them in GB2312, no
    controls or unassigned characters, and — for UTF-8 read as GBK — more
    common characters than the run had.  Correct Chinese text is made of common
    characters and cannot become more common, so it is never changed.

    One cut is accepted: UTF-8 read as GBK with replacement ends a run with
    ``�`` where its last byte paired with a line break; the run and that ``�``
    become the repaired text and one ``�`` for the character that was lost.
    Anything else that does not round-trip exactly stays as it is.

    >>> from baozhi.provenance import preview
    >>> preview(fix_gbk_mojibake, "绉戞妧鍒涙柊 2024")
    '科技创新 2024'
    >>> preview(fix_gbk_mojibake, "¿Æ¼¼´´ÐÂ，引领发展")
    '科技创新，引领发展'
    """
    latin1 = _accepted(_latin1_gbk_runs(text))
    edits = [Edit(run.start, run.end, run.repaired, "mojibake") for run in latin1]
    edits.extend(
        Edit(run.start, run.end, run.repaired, "mojibake")
        for run in _accepted(_utf8_as_gbk_runs(text))
        if not any(run.start < other.end and other.start < run.end for other in latin1)
    )
    return edits


def looks_chinese(text: str) -> bool:
    """True when ``text`` reads as Chinese: the test a guessed decoding must pass.

    At least two Han characters; no control (other than whitespace), format,
    private-use, unassigned or surrogate character; at most one in ten of the
    other characters outside GB2312 and printable ASCII (rare names exist, a
    run of rare characters is a decoding error); and three in four of them
    common (level-1 Han, punctuation, ASCII), since accented Latin letters
    read as GBK land in the rare level-2 rows (``éèàù`` is ``殍帙``).

    >>> looks_chinese("科技创新，引领发展"), looks_chinese("绉戞妧鍒涙柊"), looks_chinese("ÖÐ¹ú")
    (True, False, False)
    """
    han = rare = common = 0
    for char in text:
        if char.isspace():
            continue
        if unicodedata.category(char) in _NOT_TEXT:
            return False
        han += is_han(char)
        rare += not _in_gb2312(char)
        common += _is_common(char)
    return han >= 2 and rare * 10 <= len(text) and common * 4 >= len(text) * 3


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` (without its break) and its offset."""
    result: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


def _ftfy_edits(segment: str, offset: int) -> list[Edit]:
    if segment.isascii():
        return []
    edit = narrowed_edit(segment, ftfy.fix_text(segment, _FTFY_CONFIG), offset, "mojibake")
    return [] if edit is None else [edit]


# Unicode categories that never occur in text that was decoded correctly.
_NOT_TEXT = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


@functools.lru_cache(maxsize=8192)
def _gb2312_row(char: str) -> int:
    """The GB2312 row (lead byte A1–F7) of a character, 0 if it is not in GB2312.

    Read through the GBK codec, whose mapping Chinese files use in practice
    (Python's ``gb2312`` maps A1AA to ``―`` instead of the ``—`` of ``——``).
    """
    try:
        encoded = char.encode("gbk")
    except UnicodeEncodeError:
        return 0
    if len(encoded) == 2 and 0xA1 <= encoded[0] <= 0xF7 and encoded[1] >= 0xA1:
        return encoded[0]
    return 0


def _in_gb2312(char: str) -> bool:
    """Printable ASCII, or a character of GB2312 (the 7,445 characters of everyday text)."""
    return " " <= char <= "~" or _gb2312_row(char) != 0


def _is_common(char: str) -> bool:
    """Printable ASCII, GB2312 symbols (rows A1–A9) or level-1 Han (rows B0–D7).

    Newspaper text is 99.6 % level-1 Han; UTF-8 read as GBK is about 15 %,
    because UTF-8 lead bytes E4–E9 land in the rare level-2 rows and its
    continuation bytes 80–A0 outside GB2312 altogether.
    """
    row = _gb2312_row(char)
    return " " <= char <= "~" or 0xA1 <= row <= 0xA9 or 0xB0 <= row <= 0xD7


def _common_share(text: str) -> float:
    return sum(map(_is_common, text)) / len(text)


@functools.lru_cache(maxsize=8192)
def _gbk_bytes(char: str) -> bytes | None:
    """The two GBK bytes of a non-ASCII character, or None."""
    if char.isascii():
        return None
    try:
        encoded = char.encode("gbk")
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded) == 2 else None


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of mojibake found in the text, its repair, and whether it alone is evidence."""

    start: int
    end: int
    repaired: str
    strong: bool


def _accepted(runs: list[_Run]) -> list[_Run]:
    """All the runs if one of them is strong evidence, else none.

    A one-character run (``ÔÂ`` for ``月`` between two numbers) proves nothing
    alone, but a text holding plain mojibake elsewhere was decoded wrongly
    throughout, so its short runs are repaired too.
    """
    return runs if any(run.strong for run in runs) else []


def _weak_chinese(text: str) -> bool:
    """Short repaired text: every character in GB2312, none of them a control."""
    return bool(text) and all(_in_gb2312(c) and not c.isspace() for c in text)


def _utf8_as_gbk_runs(text: str) -> list[_Run]:
    """Runs of ``text`` that are UTF-8 bytes decoded as GBK, with their repair."""
    runs: list[_Run] = []
    index = 0
    while index < len(text):
        if _gbk_bytes(text[index]) is None:
            index += 1
            continue
        start = index
        while index < len(text) and _gbk_bytes(text[index]) is not None:
            index += 1
        run = text[start:index]
        # Fast path for correct text: a run of common characters cannot get more common.
        if all(map(_is_common, run)):
            continue
        repaired = _decode_utf8_run(run, text[index : index + 1] == "\N{REPLACEMENT CHARACTER}")
        if repaired is None:
            continue
        plain = repaired.removesuffix("\N{REPLACEMENT CHARACTER}")
        if not plain or _common_share(plain) <= _common_share(run):
            continue
        end = index + (len(repaired) != len(plain))
        if looks_chinese(plain):
            runs.append(_Run(start, end, repaired, strong=True))
        elif _weak_chinese(plain):
            runs.append(_Run(start, end, repaired, strong=False))
    return runs


def _decode_utf8_run(run: str, cut: bool) -> str | None:
    """The UTF-8 text whose bytes GBK shows as ``run``, or None if not exact.

    With ``cut`` (the run is followed by ``�``), a final incomplete character is
    accepted and shown as ``�``.
    """
    data = b"".join(_gbk_bytes(char) or b"" for char in run)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if not cut or error.end != len(data) or error.reason != "unexpected end of data":
            return None
        try:
            return data[: error.start].decode("utf-8") + "\N{REPLACEMENT CHARACTER}"
        except UnicodeDecodeError:
            return None


# The byte each character stands for when bytes were decoded as Latin-1 or as
# Windows-1252 (whose 0x80–0x9F are typographic characters: € ‚ “ ” …).
# Windows-1252 leaves 81, 8D, 8F, 90 and 9D undefined; tools show them as C1 controls.
_LATIN1_BYTE: dict[str, int] = {chr(code): code for code in range(0x80, 0x100)}
for _code in range(0x80, 0xA0):
    if _code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
        _LATIN1_BYTE[bytes((_code,)).decode("cp1252")] = _code


def _latin1_gbk_runs(text: str) -> list[_Run]:
    """Runs of ``text`` that are GBK bytes decoded as Latin-1, with their repair.

    A GBK character is a lead byte 81–FE and a trail byte 40–FE; the trail of a
    rare character can be an ASCII letter, so the pair may end in one.
    """
    runs: list[_Run] = []
    decoded: list[str] = []
    start = index = 0
    while index <= len(text):
        pair = _gbk_pair(text, index)
        if pair is not None:
            if not decoded:
                start = index
            decoded.append(pair)
            index += 2
            continue
        if decoded:
            repaired = "".join(decoded)
            if looks_chinese(repaired):
                runs.append(_Run(start, index, repaired, strong=True))
            elif _weak_chinese(repaired):
                runs.append(_Run(start, index, repaired, strong=False))
            decoded = []
        index += 1
    return runs


def _gbk_pair(line: str, index: int) -> str | None:
    """The GBK character that ``line[index:index + 2]`` shows in Latin-1, or None."""
    lead = _LATIN1_BYTE.get(line[index : index + 1])
    if lead is None or not 0x81 <= lead <= 0xFE:
        return None
    trail_char = line[index + 1 : index + 2]
    trail = ord(trail_char) if "@" <= trail_char <= "~" else _LATIN1_BYTE.get(trail_char)
    if trail is None:
        return None
    try:
        return bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None

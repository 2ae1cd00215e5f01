"""Hypothesis strategies for clean newspaper text and for corrupted pages.

The clean strategies produce text in the form :func:`baozhi.clean_text` returns
(``docs/clean-text.md``), so ``clean_text(x) == x`` must hold for every example.
They avoid, by construction, text that no cleaner could read unambiguously:

- No doubled stretch (``XX``, up to 32 characters, the fake-bold detector's
  reach) appears except inside a real reduplication from
  :data:`~baozhi.testing.vocabulary.REDUPLICATIONS`, and two reduplications never
  touch: ``常常天天`` or ``高高兴兴天天`` looks exactly like fake bold of ``常天``.
  So a headline is never made only of AABB words.
- Two ASCII runs never touch (``5G1100个`` would read as one run), and a phrase
  separator in a headline or caption sits only between two Han characters
  (a space next to a digit is typesetting and goes).
- Headlines and captions never end with a sentence end, paragraphs always do,
  so a page's block kinds can be told apart once lines are wrapped.
- No two blocks of a page are equal (a repeated paragraph is dropped on purpose),
  and a caption never directly follows a headline (it would read as a caption
  whose first line wrapped).
- Text never starts a block with ``本报讯`` (the article layer splits it off).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from hypothesis import assume
from hypothesis import strategies as st

from baozhi.chars import display_width
from baozhi.testing.corruptors import (
    add_cjk_digit_spaces,
    double_runs,
    double_runs_across_lines,
    fullwidth_alnum,
    gbk_mojibake,
    shows_its_end,
    space_out,
    split_credit,
    wrap_lines,
)
from baozhi.testing.vocabulary import (
    CREDIT_TITLES,
    HAN_WORDS,
    LATIN_TERMS,
    MEASURE_WORDS,
    PERSON_NAMES,
    REDUPLICATIONS,
    UNITS,
)

__all__ = [
    "CORRUPTIONS",
    "CorruptedPage",
    "PageBlock",
    "captions",
    "corrupted_pages",
    "han_words",
    "headlines",
    "page_blocks",
    "pages",
    "paragraphs",
    "sentences",
]

T = TypeVar("T")
BlockKind = Literal["headline", "paragraph", "caption"]
HeadlineKind = Literal["title", "phrases", "subtitle"]

# Every corruption corrupted_pages knows, in the order it applies them: line and
# block shapes first, then character-level damage, mojibake last (it works on bytes).
CORRUPTIONS: tuple[str, ...] = (
    "double_runs",
    "double_runs_across_lines",
    "hard_wrap",
    "space_out",
    "add_cjk_digit_spaces",
    "fullwidth_alnum",
    "gbk_mojibake",
)

# The fake-bold detector looks this far for a doubled chunk (CleanConfig.fake_bold_max_chunk).
_SQUARE_REACH = 32
# Headlines and captions in a wrapped page are at least this many cells narrower
# than the column, so they cannot pass for a full line of a paragraph (a full
# line can fall short of the column by what did not fit on it, an unbreakable
# ASCII run or a character with the marks that may not start a line, at most 9
# cells counting the two-character indent; see wrap_lines).
_SHORT_BLOCK_MARGIN = 12
_MIN_WIDTH, _MAX_WIDTH = 12, 30
# A wrapped page shows at least this many lines of the column's full width.
_MIN_FULL_LINES = 4
# Marks of running text that a headline rarely has.
_CLAUSE_MARKS = frozenset("，。；！？、")

_PAIRS: dict[str, tuple[str, str]] = {
    "quote": ("“", "”"),
    "book": ("《", "》"),
    "aside": ("（", "）"),
}

_ASCII_TAIL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%"


class _Builder:
    """Text assembled token by token, refusing tokens that create fake-bold look-alikes."""

    def __init__(self) -> None:
        self.text = ""
        self.protected: list[tuple[int, int]] = []

    def add(self, token: str, *, protect: bool = False) -> bool:
        """Append ``token`` unless that creates an unplanned doubled stretch."""
        start = len(self.text)
        if not token:
            return True
        if self.text and self.text[-1] in _ASCII_TAIL and token[0] in _ASCII_TAIL:
            return False
        if protect and self.protected and self.protected[-1][1] == start:
            return False
        protected = [*self.protected, (start, start + len(token))] if protect else self.protected
        candidate = self.text + token
        for end in range(start + 1, len(candidate) + 1):
            # A square ``XX`` ending here repeats its last character one half back,
            # so only the halves that reach an earlier copy of it are compared:
            # rarely more than one, where comparing all 32 took a fifth of the
            # time it takes to draw a page.
            floor = end - 1 - min(_SQUARE_REACH, end // 2)
            copy = candidate.rfind(candidate[end - 1], floor, end - 1)
            while copy >= 0:
                half = end - 1 - copy
                left = end - 2 * half
                if candidate[left : end - half] == candidate[end - half : end] and not any(
                    lo <= left and end <= hi for lo, hi in protected
                ):
                    return False
                copy = candidate.rfind(candidate[end - 1], floor, copy)
        self.text = candidate
        self.protected = protected
        return True


# The strategies drawn from again and again are built once, here: built anew
# for every draw, ``sampled_from`` hashed its whole word list for a label each
# time, and generating a page cost several times what drawing it does.
_HAN_WORD = st.sampled_from(HAN_WORDS)
_LATIN_TERM = st.sampled_from(LATIN_TERMS)
_REDUPLICATION = st.sampled_from(REDUPLICATIONS)
_CREDIT_TITLE = st.sampled_from(CREDIT_TITLES)
_PERSON_NAME = st.sampled_from(PERSON_NAMES)
_TOKEN_KIND = st.sampled_from(
    ("word",) * 10 + ("number", "number", "latin", "quote", "book", "aside", "redup")
)
_SENTENCE_END = st.sampled_from("。。。。。！？")
_HEADLINE_KIND: st.SearchStrategy[HeadlineKind] = st.sampled_from(
    ("title", "title", "phrases", "subtitle")
)
# A date, the only kind of number a caption opens with.
_DATE = st.builds("{}月{}日".format, st.integers(1, 12), st.integers(1, 28))
# A number as news prints it: ``11月26日``, ``1.29万亩``, ``23.5%``, ``36个``, ``2023年``.
_NUMBER = st.one_of(
    _DATE,
    st.builds("{}.{}{}".format, st.integers(1, 999), st.integers(1, 99), st.sampled_from(UNITS)),
    st.builds("{}.{}%".format, st.integers(0, 99), st.integers(1, 9)),
    st.builds("{}{}".format, st.integers(2, 5000), st.sampled_from(MEASURE_WORDS)),
    st.builds("{}年".format, st.integers(1990, 2035)),
)


def han_words() -> st.SearchStrategy[str]:
    """One common news word of two to four Han characters (``发展``, ``新材料``)."""
    return _HAN_WORD


def _words(draw: st.DrawFn, builder: _Builder, count: int) -> None:
    """Append ``count`` plain words, skipping any the builder refuses."""
    for _ in range(count):
        builder.add(draw(_HAN_WORD))


def _phrase_token(draw: st.DrawFn, builder: _Builder) -> None:
    """Append one token of running text: a word, number, Latin term, quote, title, aside."""
    kind = draw(_TOKEN_KIND)
    if kind == "word":
        builder.add(draw(_HAN_WORD))
    elif kind == "number":
        if builder.add(draw(_NUMBER)):
            builder.add(draw(_HAN_WORD))
    elif kind == "latin":
        if builder.add(draw(_LATIN_TERM)):
            builder.add(draw(_HAN_WORD))
    elif kind == "redup":
        builder.add(draw(_REDUPLICATION), protect=True)
    else:
        opening, closing = _PAIRS[kind]
        if kind == "quote" and builder.text.count("“") > builder.text.count("”"):
            opening, closing = "‘", "’"  # a quote inside a quoted sentence
        inner = _Builder()
        _words(draw, inner, draw(st.integers(1, 3)))
        if inner.text:
            builder.add(opening + inner.text + closing)


def _sentence_into(draw: st.DrawFn, builder: _Builder) -> None:
    """Append one sentence to ``builder`` (see :func:`sentences`)."""
    start = len(builder.text)
    quoted = draw(st.integers(0, 5)) == 0 and builder.add("“")
    for clause in range(draw(st.integers(1, 3))):
        if clause:
            builder.add("，")
        builder.add(draw(_HAN_WORD))
        for _ in range(draw(st.integers(1, 5))):
            _phrase_token(draw, builder)
    if builder.text and builder.text[-1] in "“，":
        builder.add(draw(_HAN_WORD))
    _lengthen(builder, start)
    end = draw(_SENTENCE_END)
    _add_stubborn(builder, end)
    if quoted:
        _add_stubborn(builder, "”", end)


def _lengthen(builder: _Builder, start: int) -> None:
    """Add words until the sentence begun at ``start`` has three characters or more.

    A sentence of two characters (``发展。``, when the builder refused every
    token after the first word) opening a paragraph reads as the stray end of
    a split paragraph, to a reader and to the cleaner.  Words are taken in
    order, as in :func:`_add_stubborn`.
    """
    for word in HAN_WORDS:
        if len(builder.text) - start >= 3:
            return
        builder.add(word)


def _add_stubborn(builder: _Builder, *punct: str) -> None:
    """Append ``punct``; if that doubles a stretch (``发展。发展。``), put a word first.

    The fallback words are taken in order, not drawn, so that shrinking cannot
    make it loop by drawing the same refused word again and again.
    """
    if all(builder.add(mark) for mark in punct[:1]):
        return
    for word in HAN_WORDS:
        if builder.add(word) and all(builder.add(mark) for mark in reversed(punct)):
            return
    raise AssertionError("no word can end this sentence")  # pragma: no cover


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence of news prose: clauses joined by ``，``, ending ``。``, ``！`` or ``？``.

    It mixes words with numbers (``1.29万亩``, ``11月26日``, ``23.5%``), Latin terms
    (``5G``, ``PM2.5``), quotes ``“…”``, book titles ``《…》``, asides ``（…）`` and
    real reduplication (``一家一家``, ``综合部部长``); sometimes the whole sentence is
    a quotation (``“…。”``).  See the module docstring for what it never produces.
    """
    builder = _Builder()
    _sentence_into(draw, builder)
    return builder.text


@st.composite
def paragraphs(draw: st.DrawFn, min_sentences: int = 2, max_sentences: int = 8) -> str:
    """A body paragraph of ``min_sentences`` to ``max_sentences`` sentences, on one line.

    Sentences are built into one text, so no doubled stretch crosses a sentence end.
    """
    builder = _Builder()
    for _ in range(draw(st.integers(min_sentences, max_sentences))):
        _sentence_into(draw, builder)
    return builder.text


def _phrases(draw: st.DrawFn, count: int, max_words: int) -> list[str]:
    """Phrases of Han words for a short line, checked for doubling as one text."""
    builder = _Builder()
    phrases: list[str] = []
    for _ in range(count):
        start = len(builder.text)
        for _ in range(draw(st.integers(1, max_words))):
            if draw(st.integers(0, 7)) == 0:
                builder.add(draw(_REDUPLICATION), protect=True)
            else:
                builder.add(draw(_HAN_WORD))
        phrase = builder.text[start:]
        # A phrase must hold a plain word: a headline of reduplication only is fake bold's twin.
        if phrase and phrase not in REDUPLICATIONS:
            phrases.append(phrase)
    return phrases or [draw(_HAN_WORD)]


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A headline line: a title, a kicker or a ``——`` subtitle.

    Sometimes phrases are separated by one space (``学思想 强党性``).  A headline
    never ends with punctuation and is never reduplication alone.
    """
    return _headline_of_kind(draw, draw(_HEADLINE_KIND))


def _headline_of_kind(draw: st.DrawFn, kind: HeadlineKind) -> str:
    """A :func:`headlines` line of the given kind.

    Strategies that want one kind only draw it here: filtering :func:`headlines`
    for the rarer ``subtitle`` would give up on two examples in five.
    """
    if kind == "subtitle":
        return "——" + "".join(_phrases(draw, 1, 4))
    if kind == "phrases":
        return " ".join(_phrases(draw, draw(st.integers(2, 4)), 2))
    return "".join(_phrases(draw, 1, 4))


@st.composite
def captions(draw: st.DrawFn) -> str:
    """A photo caption with its credit: ``技术人员在研发中心调试设备 本报记者 王尧 摄``.

    The caption text ends with a Han word, so the space before the credit sits
    between two Han characters, as the clean text keeps it.
    """
    builder = _Builder()
    if draw(st.booleans()):
        builder.add(draw(_DATE))
    _words(draw, builder, draw(st.integers(2, 5)))
    if not builder.text or builder.text[-1] in _ASCII_TAIL or builder.text.endswith("日"):
        builder.add(draw(_HAN_WORD))
    credit = draw(_CREDIT_TITLE) + draw(_PERSON_NAME) + " 摄"
    return builder.text + " " + credit


@dataclass(frozen=True)
class PageBlock:
    """One block of a generated page and what kind of block it is."""

    kind: BlockKind
    text: str


# Paragraphs are drawn twice as often as headlines or captions.
_BLOCK = st.one_of(
    st.builds(PageBlock, st.just("headline"), headlines()),
    st.builds(PageBlock, st.just("paragraph"), paragraphs()),
    st.builds(PageBlock, st.just("paragraph"), paragraphs()),
    st.builds(PageBlock, st.just("caption"), captions()),
)


@st.composite
def page_blocks(draw: st.DrawFn, min_blocks: int = 1, max_blocks: int = 8) -> list[PageBlock]:
    """The blocks of a page, distinct, with their kinds; :func:`pages` joins them."""
    drawn = draw(st.lists(_BLOCK, min_size=min_blocks, max_size=max_blocks, unique_by=_block_text))
    # A caption right after a headline reads as a caption whose first line
    # wrapped (``开放`` / ``发展 本报记者 王尧 摄``): no reader can tell, so such a
    # caption is left out.  So is a block that opens with what the block before
    # it ends with (``一家一家发展`` / ``一家一家发展一家一家``): across a line
    # break that is exactly how pdftotext prints fake bold.
    blocks: list[PageBlock] = []
    for block in drawn:
        if block.kind == "caption" and blocks and blocks[-1].kind == "headline":
            continue
        if blocks and _shares_edge(blocks[-1].text, block.text):
            continue
        blocks.append(block)
    return blocks


def _block_text(block: PageBlock) -> str:
    return block.text


def _shares_edge(before: str, after: str) -> bool:
    """Whether ``after`` opens with characters that end ``before`` (a doubled
    ``…资资`` before ``资金…`` would read as one run of three)."""
    return any(before.endswith(after[:size]) for size in range(1, min(len(before), len(after)) + 1))


def pages(min_blocks: int = 1, max_blocks: int = 8) -> st.SearchStrategy[str]:
    """A clean page: blocks on one line each, a blank line between them, a final newline."""
    return page_blocks(min_blocks, max_blocks).map(
        lambda blocks: "\n\n".join(block.text for block in blocks) + "\n"
    )


@dataclass(frozen=True)
class CorruptedPage:
    """A clean page, the same page as extraction might give it, and how it was damaged.

    ``corruptions`` names the corruptors really applied, in order (those of
    :data:`CORRUPTIONS` and :data:`~baozhi.testing.OCR_CORRUPTIONS`,
    ``misread_subtitle_dash``, ``drop_block_into_paragraph``).  It is never
    empty; a requested corruption the page offered no place for is not listed.
    """

    clean: str
    corrupted: str
    corruptions: tuple[str, ...]


# How many pages a strategy draws, at most, to find one its corruptions damage.
# GBK mojibake is the rarest: only a short line (a headline, a caption) is ever
# valid GBK that reads back losslessly, and about one page in five has one.
# Sixteen draws give up on about one example in forty; six gave up on nearly half.
_ATTEMPTS = 16


@st.composite
def _damaged(draw: st.DrawFn, attempts: st.SearchStrategy[CorruptedPage]) -> CorruptedPage:
    """The first page drawn from ``attempts`` that some corruption really damaged.

    A page the corruptions found no place on would test only that clean text
    stays clean, which its own property states; a corruption test should spend
    its examples on damage.
    """
    for _ in range(_ATTEMPTS):
        page = draw(attempts)
        if page.corruptions:
            break
    assume(page.corruptions)
    return page


def _named_corruptions(
    corruptions: Sequence[str] | None, known: tuple[str, ...]
) -> tuple[str, ...] | None:
    """``corruptions`` as a tuple; a ValueError names any not in ``known``, or asks for one."""
    if corruptions is None:
        return None
    unknown = set(corruptions) - set(known)
    if unknown:
        raise ValueError(f"unknown corruptions {sorted(unknown)}; known: {known}")
    if not corruptions:
        raise ValueError(f"name at least one corruption (or None for a drawn mix of {known})")
    return tuple(corruptions)


def _sometimes(draw: st.DrawFn, items: Sequence[T], apply: Callable[[T], bool]) -> bool:
    """Apply ``apply`` to a drawn subset of ``items`` (at least one); True if any applied."""
    if not items:
        return False
    chosen = draw(st.lists(st.booleans(), min_size=len(items), max_size=len(items)))
    if not any(chosen):
        chosen[draw(st.integers(0, len(items) - 1))] = True
    applied = False
    for item, yes in zip(items, chosen, strict=True):
        if yes:
            applied = apply(item) or applied
    return applied


def _narrowest_column(short_blocks: Iterable[str]) -> int:
    """The narrowest column (in characters, :data:`_MIN_WIDTH` at least) whose lines
    are :data:`_SHORT_BLOCK_MARGIN` cells wider than each of ``short_blocks``.

    >>> _narrowest_column(["技术人员调试设备 本报记者 王尧 摄"]), _narrowest_column([])
    (23, 12)
    """
    widest = max((display_width(block) for block in short_blocks), default=0)
    return max(_MIN_WIDTH, -(-(widest + _SHORT_BLOCK_MARGIN) // 2))


def _full_lines(wrapped: Sequence[Sequence[str]]) -> int:
    """How many lines of the ``wrapped`` paragraphs are full (not first, not last)."""
    return sum(max(0, len(lines) - 2) for lines in wrapped)


def _punctuated_full_lines(wrapped: Sequence[Sequence[str]]) -> int:
    """How many full lines of the ``wrapped`` paragraphs have a clause or sentence mark.

    >>> _punctuated_full_lines([["发展“发展创新", "展群众路线“发展”", "发展。“发展，发", "新。”"]])
    1
    """
    return sum(bool(_CLAUSE_MARKS.intersection(line)) for lines in wrapped for line in lines[1:-1])


def _chunk_lengths(draw: st.DrawFn, text: str) -> list[int]:
    """Chunk lengths of 3–8, as real extractors cut a fake-bold line.

    Extractors read the two copies glyph run by glyph run, and a run is three
    characters or more except where a line or a phrase ends (the last chunk
    takes what is left).  Shorter chunks everywhere would make a line like
    ``一家一家`` ambiguous: ``一一家家一一家家`` is also ``一一家家`` doubled whole.
    """
    longest = max(3, min(8, len(split_credit(text)[0].replace(" ", "")) - 1))
    return draw(st.lists(st.integers(3, longest), min_size=1, max_size=8))


def corrupted_pages(
    corruptions: Sequence[str] | None = None, max_blocks: int = 6
) -> st.SearchStrategy[CorruptedPage]:
    """A clean page with extraction damage, and the list of what was done.

    ``corruptions`` chooses from :data:`CORRUPTIONS` (default: a drawn mix).
    Every page is damaged by at least one of them: a page none of them finds a
    place on (no line that is lossless mojibake, no column width that shows each
    paragraph's end) is drawn again.
    Fake bold hits headlines and captions (never a ``——`` line: a doubled dash
    is ambiguous); ``space_out`` hits some lines of paragraphs; ``hard_wrap``
    wraps every paragraph by the line-breaking rules of print
    (:func:`~baozhi.testing.wrap_lines`) at one column width, drawn only among
    the widths at which each paragraph's end stays visible
    (:func:`wrap_is_unambiguous`) and headlines and captions stay clearly
    narrower than the column.  Unwrapped, blocks are separated by a blank line;
    wrapped, consecutive paragraphs follow each other line after line (or every
    line is followed by a blank line), and headlines and captions keep a blank
    line around them.
    """
    named = _named_corruptions(corruptions, CORRUPTIONS)
    return _damaged(_corrupted_pages(named, max_blocks))


@st.composite
def _corrupted_pages(
    draw: st.DrawFn, corruptions: tuple[str, ...] | None, max_blocks: int
) -> CorruptedPage:
    wanted = set(
        draw(st.sets(st.sampled_from(CORRUPTIONS), min_size=1))
        if corruptions is None
        else corruptions
    )
    blocks = draw(page_blocks(1, max_blocks))
    clean = "\n\n".join(block.text for block in blocks) + "\n"
    applied: list[str] = []
    texts = {id(block): block.text for block in blocks}
    doubled: set[int] = set()

    bold = [name for name in ("double_runs", "double_runs_across_lines") if name in wanted]
    if bold:
        eligible = [
            block
            for block in blocks
            if block.kind != "paragraph"
            and "——" not in block.text
            # A doubled phrase needs a chunk of three letters to prove it is fake bold
            # (fewer doubled characters are real repetition as far as anyone can tell).
            and all(len(phrase) >= 3 for phrase in split_credit(block.text)[0].split())
        ]
        used: set[str] = set()

        def fake_bold(block: PageBlock) -> bool:
            name = draw(st.sampled_from(bold))
            corrupt = double_runs if name == "double_runs" else double_runs_across_lines
            # Digit spaces stay out of doubled lines: extraction spaces glyph runs
            # apart, and where a doubled run meets a number is anybody's guess.
            texts[id(block)] = corrupt(block.text, _chunk_lengths(draw, block.text))
            doubled.add(id(block))
            used.add(name)
            return True

        _sometimes(draw, eligible, fake_bold)
        applied.extend(name for name in bold if name in used)

    paragraph_lines: dict[int, list[str]] = {
        id(block): [block.text] for block in blocks if block.kind == "paragraph"
    }
    blank_lines = False
    if "hard_wrap" in wanted and paragraph_lines:
        narrowest = _narrowest_column(b.text for b in blocks if b.kind != "paragraph")
        # Each paragraph is wrapped once per width, and the wrap is kept.
        wraps = {
            width: [wrap_lines(block.text, width) for block in blocks if block.kind == "paragraph"]
            for width in range(narrowest, _MAX_WIDTH + 1)
        }
        widths = [
            width
            for width, wrapped in wraps.items()
            if all(shows_its_end(lines, width) for lines in wrapped)
            # A reader (and the cleaner) learns the column from its full lines:
            # a page needs a few of them, and each paragraph one of its own, before
            # a short line says anything.  Two of them punctuate like running text:
            # lines of one width without a comma or a full stop read like a stack
            # of headlines.
            and _full_lines(wrapped) >= _MIN_FULL_LINES
            and _punctuated_full_lines(wrapped) >= 2
            and all(len(lines) >= 3 for lines in wrapped)
        ]
        if widths:
            width = draw(st.sampled_from(widths))
            blank_lines = draw(st.booleans())
            wrapped_paragraphs = iter(wraps[width])
            for block in blocks:
                if block.kind == "paragraph":
                    paragraph_lines[id(block)] = next(wrapped_paragraphs)
            if any(len(lines) > 1 for lines in paragraph_lines.values()):
                applied.append("hard_wrap")

    if "space_out" in wanted:
        # Justification letter-spaces full lines only: never the last line of a
        # wrapped paragraph, which is set flush left (spaced, ``LED 扎 实 ！`` is
        # no letter-spacing anyone could prove).  A paragraph kept on one line is
        # spaced only when nothing follows it on the page.
        last_paragraph = id(blocks[-1]) if blocks[-1].kind == "paragraph" else None
        spots = [
            (key, index)
            for key, lines in paragraph_lines.items()
            for index in range(len(lines))
            if index < len(lines) - 1 or (key == last_paragraph and len(lines) == 1)
        ]

        def spaced(spot: tuple[int, int]) -> bool:
            key, index = spot
            paragraph_lines[key][index] = space_out(paragraph_lines[key][index])
            return True

        if _sometimes(draw, spots, spaced):
            applied.append("space_out")

    wrapped = "hard_wrap" in applied
    line_break = "\n\n" if blank_lines else "\n"
    spaces = "add_cjk_digit_spaces" in wanted
    pieces: list[str] = []
    for index, block in enumerate(blocks):
        if block.kind == "paragraph":
            text = line_break.join(paragraph_lines[id(block)])
        else:
            text = texts[id(block)]
        if spaces and id(block) not in doubled:
            text = add_cjk_digit_spaces(text)
        if index:
            both_paragraphs = block.kind == "paragraph" and blocks[index - 1].kind == "paragraph"
            pieces.append(line_break if wrapped and both_paragraphs else "\n\n")
        pieces.append(text)
    corrupted = "".join(pieces) + "\n"

    if spaces and any(
        add_cjk_digit_spaces(block.text) != block.text
        for block in blocks
        if id(block) not in doubled
    ):
        applied.append("add_cjk_digit_spaces")
    for name, corrupt in (
        ("fullwidth_alnum", fullwidth_alnum),
        ("gbk_mojibake", gbk_mojibake),
    ):
        if name in wanted:
            changed = corrupt(corrupted)
            if changed != corrupted:
                corrupted = changed
                applied.append(name)
    return CorruptedPage(clean, corrupted, tuple(applied))

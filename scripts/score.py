"""Score baozhi's clean text against the dev corpus gold and the seed golden files.

Usage::

    python scripts/score.py [--corpus ../shared/corpus/dev] [--seeds seeds --golden tests/golden]
                            [--json] [--show CHANNEL/PAGE]

For every dev page and extraction channel (``pages/<page>.<channel>.txt``) the page is
cleaned with :func:`baozhi.repair` and its blocks are compared with the gold articles
(``gold/<page>.json``).  The figures, per channel, for the PDF channels together, for OCR
and overall:

paragraphs exact
    Share of gold body paragraphs that are exactly one block of the output.  Byline rule:
    the clean text keeps a ``本报讯（…）`` byline at the start of its article's first
    paragraph (the article layer splits it off), so for the first paragraph of an article
    whose gold byline starts with ``本报讯`` a block equal to a ``本报讯（…）`` dateline
    followed by the exact paragraph counts too (the byline's own spelling is scored by the
    article layer).
character accuracy
    For each gold paragraph, ``1 - distance / max(len(gold), len(block))`` (Levenshtein
    distance) against its best-matching output block (with the byline rule), averaged
    weighted by gold paragraph length.
repetition broken
    Every reduplication ``XX`` (``X`` one to four Han characters: 常常, 一家一家, 研究研究,
    and the 高高/兴兴 of 高高兴兴) in the gold texts (every field) must appear in the output
    blocks as often as in the gold; each occurrence fewer is one broken.  Extra occurrences
    (fake bold left undone) are not counted here.  ``src`` says how many of the broken ones
    the source itself lacks even with all whitespace removed (an OCR misreading, or a
    paragraph cut by an inserted caption): a hint at the cause, not an excuse.

OCR punctuation (counted in the output blocks of every channel; the gold has none)
    ``halfw``: half-width ``,;:!?`` next to a Han character (``增长6.7%; 第三`` once the
    spaces are gone: ``%;第`` is not, ``出;设`` is); ``quotes``: blocks whose curly quotes
    (``“”`` and ``‘’``, each kind on its own) do not alternate opening, closing.

For each seed (``seeds/<seed>.txt``) with a golden file (``tests/golden/<seed>.txt``, one
block per blank-line-separated paragraph), the share of golden blocks the clean text
reproduces exactly, and the first few that differ.

Article figures (``baozhi.parse_page(text).to_dict()`` against the gold page dicts; the
seeds against ``tests/golden/<seed>.json``; skipped with a note while ``parse_page`` does
not exist).  Whitespace is ignored in every comparison; ``!`` marks a figure below target:

title F1 (target 0.95)
    Precision/recall/F1 of the predicted titles against the gold titles, as multisets.
    Null titles are not counted on either side.
articles intact (target 95%)
    Share of gold articles with paragraphs whose paragraphs all are paragraphs of one
    predicted article (byline rule as above).  ``merge`` counts intact articles whose
    predicted article also holds another gold article's paragraphs.
authors accuracy (target 95%)
    Share of all gold articles whose matched predicted article (by title, one to one; else
    the one holding most of its paragraphs) has the same set of authors.  Unmatched: wrong.
caption F1 (target 0.9)
    Over article and page captions, as a multiset: text and credit must both match (a
    missing credit matches only a missing credit).

Near-equal ("fuzzy") matching, the ``~`` rows and the ``fuzzy`` entries of ``--json``
    The same four figures again, with texts that differ by a few characters counted as
    equal: OCR misreads characters (``白警湖`` for ``白鹭湖``), which the library must not
    correct, so on the OCR channel the exact figures score character accuracy (the char
    acc column's business) as much as segmentation; these score segmentation alone.  Two
    texts are near-equal when, whitespace and punctuation removed, ``1 - edit distance /
    longer length >= 0.8`` (:data:`NEAR_THRESHOLD`, whose docstring gives the evidence).
    Titles and captions (text and credit each near-equal) pair one to one, the nearest
    first, ties to the earlier item; a predicted paragraph belongs to its nearest gold
    paragraph on the page; author names are equal or, from three characters on, one
    character apart (:func:`near_name`).  When every text is exact or far from every
    other (the PDF channels), both modes give the same figures.

``--show CHANNEL/PAGE`` also lists the missed and spurious titles and captions, the broken
articles and the wrong authors, then (lines marked ``~``) what near-equal matching forgave
and what it still misses; ``--json`` has them per page under ``articles``.

Everything here is deterministic: files are read in sorted order and ties are broken by
position.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import baozhi

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_GOLDEN = ROOT / "tests" / "golden"

PDF_CHANNELS = ("pdftotext", "pdftotext-raw", "pdfminer", "pymupdf")
OCR_CHANNELS = ("tesseract",)
CHANNELS = PDF_CHANNELS + OCR_CHANNELS

# The byline prefix that the clean text leaves at the start of a first paragraph.
NEWS_FLASH = "本报讯"
HEADING_FIELDS = ("kicker", "title", "subtitle", "byline")

# Han ideographs as the reduplication finder sees them: the unified block and extension A,
# plus the compatibility block.  Rare extension-B+ characters never occur in this corpus.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
_WHITESPACE = re.compile(r"\s+")

MAX_REDUPLICATED_UNIT = 4
"""Longest ``X`` of a reduplication ``XX``, in Han characters."""


# --------------------------------------------------------------------------- similarity


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance between ``a`` and ``b`` (insert, delete, substitute: cost 1).

    O(len(a)·len(b)) time, O(min) memory.  With ``limit``, stop as soon as the distance is
    known to exceed it and return ``limit + 1`` (used to prune hopeless candidates).

    >>> edit_distance("kitten", "sitting")
    3
    >>> edit_distance("一家一家", "一家")
    2
    >>> edit_distance("abcdef", "uvwxyz", limit=2)
    3
    """
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    if not b:
        return len(a)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(
                min(
                    previous[j] + 1,  # delete ca
                    current[j - 1] + 1,  # insert cb
                    previous[j - 1] + (ca != cb),  # substitute (or match)
                )
            )
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similarity(a: str, b: str) -> float:
    """``1 - edit_distance / max(len)``: 1.0 for equal strings, 0.0 for nothing in common.

    >>> similarity("abcd", "abce")
    0.75
    >>> similarity("", "")
    1.0
    """
    longest = max(len(a), len(b))
    if longest == 0:
        return 1.0
    return 1.0 - edit_distance(a, b) / longest


def _bag_distance(a: Counter[str], b: Counter[str], len_a: int, len_b: int) -> int:
    # A lower bound on the edit distance: characters one side has and the other lacks.
    common = sum((a & b).values())
    return max(len_a - common, len_b - common)


@dataclass(frozen=True)
class Match:
    """The output block nearest a gold text, and how near it is."""

    block_index: int  # -1 when there is no block at all
    block: str
    similarity: float


def nearest_block(targets: Sequence[str], blocks: Sequence[str]) -> Match:
    """The block most similar to any of ``targets`` (alternative spellings of one gold text).

    Exact, not approximate: candidates are tried in order of a cheap lower bound on their
    distance (length difference and character-bag difference) and the search stops when
    that bound can no longer beat the best similarity found.  Ties go to the earlier block.

    >>> nearest_block(["新材料产业"], ["新材料", "新材料产业园", "科技"])
    Match(block_index=1, block='新材料产业园', similarity=0.8333333333333334)
    """
    best = Match(-1, "", 0.0)
    candidates: list[tuple[float, int, int, str]] = []
    for target in targets:
        target_bag = Counter(target)
        for index, block in enumerate(blocks):
            longest = max(len(target), len(block)) or 1
            bound = _bag_distance(target_bag, Counter(block), len(target), len(block))
            candidates.append((1.0 - bound / longest, index, len(candidates), target))
    # Highest possible similarity first; ties by block position for determinism.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    for upper_bound, index, _, target in candidates:
        if upper_bound < best.similarity:
            break
        block = blocks[index]
        longest = max(len(target), len(block)) or 1
        # Only distances that would beat the best so far matter.
        limit = int((1.0 - best.similarity) * longest + 1e-9)
        distance = edit_distance(target, block, limit=limit)
        score = 1.0 - distance / longest
        if distance <= limit and (
            score > best.similarity
            or (score == best.similarity and (best.block_index < 0 or index < best.block_index))
        ):
            best = Match(index, block, score)
    return best


# --------------------------------------------------------------------------- gold texts


@dataclass(frozen=True)
class GoldParagraph:
    """A gold body paragraph and the block spellings that count as reproducing it."""

    text: str
    accepted: tuple[str, ...]  # the paragraph, and byline + paragraph under the byline rule
    opens_article: bool = False  # first paragraph of an article whose byline is 本报讯（…）


def gold_paragraphs(gold: dict[str, Any]) -> list[GoldParagraph]:
    """The body paragraphs of a gold page, with their accepted block spellings.

    The first paragraph of an article whose byline starts with ``本报讯`` may also appear
    as ``byline + paragraph``: the clean text keeps that byline in the paragraph.

    >>> page = {"articles": [{"byline": "本报讯（记者 王）", "paragraphs": ["甲。", "乙。"]}]}
    >>> [p.accepted for p in gold_paragraphs(page)]
    [('甲。', '本报讯（记者 王）甲。'), ('乙。',)]
    """
    paragraphs = []
    for article in gold.get("articles", []):
        byline = article.get("byline") or ""
        for number, text in enumerate(article.get("paragraphs") or []):
            accepted: tuple[str, ...] = (text,)
            opens = number == 0 and byline.startswith(NEWS_FLASH)
            if opens:
                accepted = (text, byline + text)
            paragraphs.append(GoldParagraph(text, accepted, opens))
    return paragraphs


def gold_texts(gold: dict[str, Any]) -> list[str]:
    """Every printed text of a gold page: headline fields, bylines, paragraphs, captions,
    credits and the page's ``other`` lines, in order."""
    texts: list[str] = []

    def add_caption(caption: Any) -> None:
        if isinstance(caption, dict):
            texts.extend(t for t in (caption.get("text"), caption.get("credit")) if t)
        elif caption:
            texts.append(str(caption))

    for article in gold.get("articles", []):
        texts.extend(article[key] for key in HEADING_FIELDS if article.get(key))
        texts.extend(article.get("paragraphs") or [])
        for caption in article.get("captions") or []:
            add_caption(caption)
    for caption in gold.get("captions") or []:
        add_caption(caption)
    texts.extend(str(t) for t in gold.get("other") or [] if t)
    return texts


# --------------------------------------------------------------------------- matching


# A dateline as the clean text may spell it: 本报讯 and its bracket, whatever the
# extractor kept of the byline's spaces (PyMuPDF drops them all).
DATELINE = re.compile(r"本报讯[（(][^）)]*[）)]")


def is_exact(paragraph: GoldParagraph, blocks: Iterable[str]) -> bool:
    """Whether some block is exactly one of the paragraph's accepted spellings.

    An article's first paragraph also counts when the block is *any* ``本报讯（…）``
    dateline followed by the exact paragraph: the paragraph text is right, and the
    byline's spelling is the article layer's business, scored there.

    >>> first = GoldParagraph("甲。", ("甲。", "本报讯（记者 王）甲。"), True)
    >>> is_exact(first, ["本报讯（记者王）甲。"]), is_exact(first, ["本报讯（记者王）甲"])
    (True, False)
    """
    block_set = blocks if isinstance(blocks, (set, frozenset)) else set(blocks)
    if any(spelling in block_set for spelling in paragraph.accepted):
        return True
    if not paragraph.opens_article:
        return False
    text = paragraph.text
    return any(
        block.endswith(text) and DATELINE.fullmatch(block[: len(block) - len(text)]) is not None
        for block in block_set
    )


def exact_share(
    golden_blocks: Sequence[str], output_blocks: Sequence[str]
) -> tuple[int, list[int]]:
    """How many golden blocks the output reproduces exactly (as a multiset), and the
    indices of those it does not.

    >>> exact_share(["a", "b", "b", "c"], ["b", "a", "x"])
    (2, [2, 3])
    """
    available = Counter(output_blocks)
    missed = []
    for index, block in enumerate(golden_blocks):
        if available[block] > 0:
            available[block] -= 1
        else:
            missed.append(index)
    return len(golden_blocks) - len(missed), missed


def split_blocks(text: str) -> list[str]:
    """The blank-line-separated blocks of a text, stripped, empty ones dropped.

    >>> split_blocks("甲\\n\\n乙\\n丙\\n \\n\\n")
    ['甲', '乙\\n丙']
    """
    return [b.strip() for b in _BLANK_LINE.split(text.replace("\r\n", "\n")) if b.strip()]


# --------------------------------------------------------------------------- repetition


def find_reduplications(text: str, max_unit: int = MAX_REDUPLICATED_UNIT) -> list[tuple[int, str]]:
    """Every reduplication ``XX`` in ``text``, ``X`` being 1 to ``max_unit`` Han characters.

    Returns ``(start, XX)`` pairs by position, then by unit length.  Occurrences may
    overlap: ``高高兴兴`` holds ``高高`` and ``兴兴``; ``哈哈哈`` holds ``哈哈`` twice.

    >>> find_reduplications("对企业一家一家走访，高高兴兴")
    [(3, '一家一家'), (10, '高高'), (12, '兴兴')]
    """
    found = []
    for start in range(len(text)):
        for unit in range(1, max_unit + 1):
            end = start + 2 * unit
            if end > len(text):
                break
            piece = text[start:end]
            if piece[:unit] == piece[unit:] and all(_HAN.match(c) for c in piece[:unit]):
                found.append((start, piece))
    return found


def count_overlapping(text: str, needle: str) -> int:
    """Occurrences of ``needle`` in ``text``, overlapping ones included.

    >>> count_overlapping("哈哈哈", "哈哈")
    2
    """
    count, start = 0, text.find(needle)
    while start >= 0:
        count += 1
        start = text.find(needle, start + 1)
    return count


@dataclass(frozen=True)
class RepetitionMiss:
    """A reduplication the output holds fewer times than the gold does."""

    text: str
    expected: int  # occurrences in the gold
    found: int  # occurrences in the output
    in_source: int | None  # occurrences in the whitespace-free source, if one was given
    context: str  # the first gold text that holds it

    @property
    def broken(self) -> int:
        """Occurrences the output lost."""
        return self.expected - self.found

    @property
    def lost_in_source(self) -> int:
        """Of those, how many the source itself lacks even with whitespace removed (an OCR
        misreading, say, or a paragraph cut by an inserted block): a hint, not a verdict."""
        if self.in_source is None:
            return 0
        return min(self.broken, max(0, self.expected - self.in_source))


def check_repetitions(
    gold: Sequence[str], output_blocks: Sequence[str], source: str | None = None
) -> tuple[int, list[RepetitionMiss]]:
    """Count the gold's reduplications and list those the output holds fewer times.

    Gold and output are counted text by text (block by block), so nothing is found across
    a boundary; overlapping occurrences count.  More occurrences in the output than in the
    gold (fake bold left undone) is not a miss.  With ``source``, each miss also records how
    often the source, all whitespace removed, holds the reduplication.  Returns
    ``(occurrences in the gold, misses)``.

    >>> total, misses = check_repetitions(["一家一家走访", "常常"], ["一家走访", "常常常常"])
    >>> total, [(m.text, m.expected, m.found) for m in misses]
    (2, [('一家一家', 1, 0)])
    """
    expected: Counter[str] = Counter()
    context: dict[str, str] = {}
    for text in gold:
        for _, piece in find_reduplications(text):
            expected[piece] += 1
            context.setdefault(piece, text)
    squeezed = _WHITESPACE.sub("", source) if source is not None else None
    misses = []
    for piece in context:  # in order of first appearance in the gold
        found = sum(count_overlapping(block, piece) for block in output_blocks)
        if found < expected[piece]:
            in_source = count_overlapping(squeezed, piece) if squeezed is not None else None
            misses.append(RepetitionMiss(piece, expected[piece], found, in_source, context[piece]))
    return sum(expected.values()), misses


def snippet(text: str, needle: str, width: int = 12) -> str:
    """``needle`` in ``text`` with ``width`` characters either side, on one line.

    >>> snippet("今年前10个月，园区企业一家一家走访", "一家一家", width=3)
    '…区企业一家一家走访'
    """
    at = text.find(needle)
    if at < 0:
        return text[: 2 * width + len(needle)].replace("\n", "⏎")
    start, end = max(0, at - width), at + len(needle) + width
    return (
        ("…" if start > 0 else "")
        + text[start:end].replace("\n", "⏎")
        + ("…" if end < len(text) else "")
    )


# --------------------------------------------------------------------------- OCR punctuation

_HALFWIDTH_NEXT_TO_HAN = re.compile(rf"(?<={_HAN.pattern})[,;:!?]|[,;:!?](?={_HAN.pattern})")
_QUOTE_KINDS = (("“", "”"), ("‘", "’"))


def count_halfwidth_punct(text: str) -> int:
    """Half-width ``,;:!?`` with a Han character directly before or after it.

    >>> count_halfwidth_punct("外出;设施，增长6.7%; 第三，9:30，Wi-Fi 6: network")
    1
    """
    return len(_HALFWIDTH_NEXT_TO_HAN.findall(text))


def quotes_alternate(block: str) -> bool:
    """Whether the curly quotes of ``block`` alternate opening, closing (each kind alone).

    >>> quotes_alternate("“样品”变成“产品”"), quotes_alternate("坚持“制造业当家“，")
    (True, False)
    >>> quotes_alternate("引进一批“链主”企业，“下一步")
    False
    """
    for opener, closer in _QUOTE_KINDS:
        marks = [char for char in block if char in (opener, closer)]
        if len(marks) % 2 or any(
            mark != (opener if index % 2 == 0 else closer) for index, mark in enumerate(marks)
        ):
            return False
    return True


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Summable figures for one page, channel or group of channels."""

    paragraphs: int = 0
    exact: int = 0
    gold_chars: int = 0
    weighted_similarity: float = 0.0
    repetitions: int = 0
    repetitions_broken: int = 0
    repetitions_lost_in_source: int = 0
    halfwidth_punct: int = 0
    quote_errors: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts (and misses) to this one."""
        self.paragraphs += other.paragraphs
        self.exact += other.exact
        self.gold_chars += other.gold_chars
        self.weighted_similarity += other.weighted_similarity
        self.repetitions += other.repetitions
        self.repetitions_broken += other.repetitions_broken
        self.repetitions_lost_in_source += other.repetitions_lost_in_source
        self.halfwidth_punct += other.halfwidth_punct
        self.quote_errors += other.quote_errors
        self.misses.extend(other.misses)

    @property
    def exact_share(self) -> float:
        """Share of gold paragraphs reproduced exactly."""
        return self.exact / self.paragraphs if self.paragraphs else 0.0

    @property
    def char_accuracy(self) -> float:
        """Gold-length-weighted mean similarity of each paragraph to its nearest block."""
        return self.weighted_similarity / self.gold_chars if self.gold_chars else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The figures as plain JSON types (misses not included)."""
        return {
            "paragraphs": self.paragraphs,
            "paragraphs_exact": self.exact,
            "paragraphs_exact_share": round(self.exact_share, 4),
            "char_accuracy": round(self.char_accuracy, 4),
            "repetitions": self.repetitions,
            "repetitions_broken": self.repetitions_broken,
            "repetitions_lost_in_source": self.repetitions_lost_in_source,
            "halfwidth_punct": self.halfwidth_punct,
            "quote_errors": self.quote_errors,
        }


def score_page(gold: dict[str, Any], source: str, blocks: Sequence[str]) -> Tally:
    """Score the output ``blocks`` cleaned from ``source`` against one gold page."""
    tally = Tally()
    block_set = set(blocks)
    for paragraph in gold_paragraphs(gold):
        tally.paragraphs += 1
        tally.gold_chars += len(paragraph.text)
        if is_exact(paragraph, block_set):
            tally.exact += 1
            tally.weighted_similarity += len(paragraph.text)
        else:
            match = nearest_block(paragraph.accepted, blocks)
            tally.weighted_similarity += len(paragraph.text) * match.similarity
    total, misses = check_repetitions(gold_texts(gold), blocks, source)
    tally.repetitions = total
    tally.repetitions_broken = sum(m.broken for m in misses)
    tally.repetitions_lost_in_source = sum(m.lost_in_source for m in misses)
    tally.halfwidth_punct = sum(count_halfwidth_punct(block) for block in blocks)
    tally.quote_errors = sum(not quotes_alternate(block) for block in blocks)
    tally.misses = [
        {
            "text": m.text,
            "expected": m.expected,
            "found": m.found,
            "in_source": m.in_source,
            "context": snippet(m.context, m.text),
        }
        for m in misses
    ]
    return tally


def corpus_pages(corpus: Path) -> list[tuple[str, str, Path, Path]]:
    """``(page, channel, page file, gold file)`` for every page file that has a gold file."""
    found = []
    for gold_file in sorted((corpus / "gold").glob("*.json")):
        page = gold_file.stem
        for channel in CHANNELS:
            page_file = corpus / "pages" / f"{page}.{channel}.txt"
            if page_file.exists():
                found.append((page, channel, page_file, gold_file))
    return found


def clean_blocks(source: str) -> list[str]:
    """The blocks of baozhi's clean text for ``source``."""
    return [block.text for block in baozhi.repair(source).blocks]


def score_corpus(corpus: Path) -> dict[str, Any]:
    """Figures per channel, for the PDF channels, for OCR and overall, plus misses."""
    per_channel = {channel: Tally() for channel in CHANNELS}
    per_page: dict[str, dict[str, Any]] = {}
    for page, channel, page_file, gold_file in corpus_pages(corpus):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        source = page_file.read_text(encoding="utf-8")
        tally = score_page(gold, source, clean_blocks(source))
        for miss in tally.misses:
            miss["where"] = f"{channel}/{page}"
        per_channel[channel].add(tally)
        per_page[f"{channel}/{page}"] = tally.to_dict()
    groups = {"pdf": Tally(), "ocr": Tally(), "all": Tally()}
    for channel, tally in per_channel.items():
        groups["pdf" if channel in PDF_CHANNELS else "ocr"].add(tally)
        groups["all"].add(tally)
    return {
        "channels": {c: t.to_dict() for c, t in per_channel.items() if t.paragraphs},
        "groups": {g: t.to_dict() for g, t in groups.items()},
        "pages": per_page,
        "repetition_misses": groups["all"].misses,
    }


def score_seeds(seeds: Path, golden: Path, show: int = 3) -> dict[str, Any]:
    """Exact golden blocks per seed; seeds without a golden file are listed as missing."""
    results: dict[str, Any] = {}
    total = exact_total = 0
    for seed_file in sorted(seeds.glob("*.txt")):
        golden_file = golden / seed_file.name
        if not golden_file.exists():
            results[seed_file.stem] = {"golden": None}
            continue
        wanted = split_blocks(golden_file.read_text(encoding="utf-8"))
        blocks = clean_blocks(seed_file.read_text(encoding="utf-8"))
        exact, missed = exact_share(wanted, blocks)
        differing = []
        for index in missed[:show]:
            match = nearest_block([wanted[index]], blocks)
            differing.append(
                {
                    "golden_index": index,
                    "golden": wanted[index],
                    "nearest": match.block,
                    "similarity": round(match.similarity, 4),
                }
            )
        results[seed_file.stem] = {
            "golden": len(wanted),
            "exact": exact,
            "exact_share": round(exact / len(wanted), 4) if wanted else 1.0,
            "differing": differing,
        }
        total += len(wanted)
        exact_total += exact
    return {
        "seeds": results,
        "total": {
            "golden": total,
            "exact": exact_total,
            "exact_share": round(exact_total / total, 4) if total else 0.0,
        },
    }


# --------------------------------------------------------------------------- output


def first_difference(a: str, b: str) -> int:
    """The first index where ``a`` and ``b`` differ (the shorter length if one is a prefix).

    >>> first_difference("一家一家走访", "一家走访")
    2
    """
    for index, (ca, cb) in enumerate(zip(a, b, strict=False)):
        if ca != cb:
            return index
    return min(len(a), len(b))


def _clip(text: str, at: int = 0, width: int = 60) -> str:
    # A window of ``width`` characters starting a little before index ``at``.
    start = max(0, at - 10)
    window = text[start : start + width].replace("\n", "⏎")
    return ("…" if start else "") + window + ("…" if start + width < len(text) else "")


def format_report(corpus: dict[str, Any] | None, seeds: dict[str, Any] | None) -> Iterator[str]:
    """The human-readable tables."""
    if corpus is not None:
        yield (
            f"{'channel':<14} {'paras':>5} {'exact':>7} {'char acc':>8} "
            f"{'reps':>5} {'broken':>6} {'src':>4} {'halfw':>5} {'quotes':>6}"
        )
        rows = list(corpus["channels"].items()) + [
            (f"[{g}]", t) for g, t in corpus["groups"].items()
        ]
        for name, t in rows:
            yield (
                f"{name:<14} {t['paragraphs']:>5} {t['paragraphs_exact_share']:>7.1%} "
                f"{t['char_accuracy']:>8.1%} {t['repetitions']:>5} {t['repetitions_broken']:>6} "
                f"{t['repetitions_lost_in_source']:>4} {t['halfwidth_punct']:>5} "
                f"{t['quote_errors']:>6}"
            )
        misses = corpus["repetition_misses"]
        if misses:
            yield ""
            yield f"repetition broken (output/gold/source counts; first 10 of {len(misses)}):"
            for m in misses[:10]:
                counts = f"{m['found']}/{m['expected']}/{m['in_source']}"
                yield f"  {m['where']:<20} {m['text']:<4} {counts:<6} {m['context']}"
    if seeds is not None:
        if corpus is not None:
            yield ""
        yield f"{'seed':<24} {'golden':>6} {'exact':>7}"
        for name, s in seeds["seeds"].items():
            if s["golden"] is None:
                yield f"{name:<24} {'-':>6} {'(no golden file)':>7}"
            else:
                yield f"{name:<24} {s['golden']:>6} {s['exact_share']:>7.1%}"
        t = seeds["total"]
        yield f"{'[seeds]':<24} {t['golden']:>6} {t['exact_share']:>7.1%}"
        for name, s in seeds["seeds"].items():
            for d in s.get("differing") or []:
                at = first_difference(d["golden"], d["nearest"])
                yield f"  {name} #{d['golden_index']} (sim {d['similarity']:.2f}, from char {at})"
                yield f"    golden: {_clip(d['golden'], at)}"
                yield f"    output: {_clip(d['nearest'], at)}"


def show_page(corpus: Path, where: str) -> Iterator[str]:
    """Each missed gold paragraph of ``CHANNEL/PAGE`` next to its nearest output block."""
    channel, _, page = where.partition("/")
    page_file = corpus / "pages" / f"{page}.{channel}.txt"
    gold_file = corpus / "gold" / f"{page}.json"
    if channel not in CHANNELS or not page_file.exists() or not gold_file.exists():
        raise FileNotFoundError(f"no page {where!r} (want CHANNEL/PAGE, e.g. pdfminer/p01)")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    source = page_file.read_text(encoding="utf-8")
    blocks = clean_blocks(source)
    block_set = set(blocks)
    for number, paragraph in enumerate(gold_paragraphs(gold)):
        if is_exact(paragraph, block_set):
            continue
        match = nearest_block(paragraph.accepted, blocks)
        yield (
            f"--- gold paragraph {number} "
            f"(similarity {match.similarity:.3f}, block {match.block_index})"
        )
        yield f"gold:   {paragraph.text}"
        yield f"output: {match.block.replace(chr(10), '⏎')}"
    _, misses = check_repetitions(gold_texts(gold), blocks, source)
    for m in misses:
        yield (
            f"--- repetition {m.text} output {m.found}, gold {m.expected}, source {m.in_source}: "
            f"{snippet(m.context, m.text)}"
        )


# --------------------------------------------------------------------------- articles (issue 3)
#
# Article metrics: baozhi.parse_page's page dicts against the gold page dicts.  Pure functions
# over two dicts (predicted, gold) first, then the corpus/seed runners and the report.

ARTICLE_TARGETS: dict[str, float] = {
    "title_f1": 0.95,
    "intact_share": 0.95,
    "authors_accuracy": 0.95,
    "caption_f1": 0.90,
}
"""The issue's targets for the article figures (``>=``)."""


def squash(text: str | None) -> str:
    """``text`` with all whitespace removed (``None`` gives ``""``).

    >>> squash(" 寒潮来袭 我市\\u3000将迎\\n大风 ")
    '寒潮来袭我市将迎大风'
    """
    return _WHITESPACE.sub("", text) if text else ""


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``matched`` items out of ``predicted`` and ``gold``.

    Nothing predicted gives precision 1.0 when nothing was to be found, else 0.0; likewise
    recall with nothing gold: an empty prediction of an empty gold scores 1.0.

    >>> prf(2, 4, 2)
    (0.5, 1.0, 0.6666666666666666)
    >>> prf(0, 0, 0), prf(0, 0, 3)
    ((1.0, 1.0, 1.0), (0.0, 0.0, 0.0))
    """
    precision = matched / predicted if predicted else float(gold == 0)
    recall = matched / gold if gold else float(predicted == 0)
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def multiset_match(
    predicted: Sequence[str], gold: Sequence[str]
) -> tuple[int, list[str], list[str]]:
    """Match two lists of strings as multisets, whitespace ignored.

    Returns ``(matched, gold missed, predicted spurious)``, the lists in their input order;
    of two equal items the earlier ones are matched first.

    >>> multiset_match(["甲", "乙 丙", "乙丙", "丁"], ["乙丙", "甲", "甲"])
    (2, ['甲'], ['乙丙', '丁'])
    """
    available = Counter(squash(text) for text in gold)
    spurious = []
    for text in predicted:
        key = squash(text)
        if available[key] > 0:
            available[key] -= 1
        else:
            spurious.append(text)
    missed = []
    for text in reversed(gold):  # the later copies of a key are the missed ones
        key = squash(text)
        if available[key] > 0:
            available[key] -= 1
            missed.append(text)
    missed.reverse()
    return len(predicted) - len(spurious), missed, spurious


def page_titles(page: dict[str, Any]) -> list[str]:
    """The non-null titles of a page's articles, in order (blank titles count as null)."""
    return [a["title"] for a in page.get("articles") or [] if squash(a.get("title"))]


def page_captions(page: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Every caption of a page as ``(text, credit)``: article captions, then page captions.

    A plain-string caption is a caption without credit.
    """
    captions: list[tuple[str, str | None]] = []

    def add(caption: Any) -> None:
        if isinstance(caption, dict):
            captions.append((caption.get("text") or "", caption.get("credit") or None))
        elif caption:
            captions.append((str(caption), None))

    for article in page.get("articles") or []:
        for caption in article.get("captions") or []:
            add(caption)
    for caption in page.get("captions") or []:
        add(caption)
    return captions


def caption_key(caption: tuple[str, str | None]) -> str:
    """One string for a caption: text and credit, whitespace removed, a NUL between.

    A missing credit and an empty one are the same; a credit left in the text is not.

    >>> caption_key(("湖面 觅食", "本报记者 周海涛 摄")), caption_key(("湖面觅食", None))
    ('湖面觅食\\x00本报记者周海涛摄', '湖面觅食\\x00')
    """
    return squash(caption[0]) + "\0" + squash(caption[1])


def _caption_label(caption: tuple[str, str | None]) -> str:
    return caption[0] + (f" [{caption[1]}]" if caption[1] else " [no credit]")


# Near-equal ("fuzzy") matching: the article figures again, with texts that differ by a
# few characters counted as the same text.  OCR misreads characters (白警湖 for 白鹭湖) and
# the library must never correct them, so exact matching scores OCR character accuracy
# (the char acc column) rather than segmentation; this mode scores the segmentation alone.

MATCH_MODES = ("exact", "fuzzy")
"""The article figures' matching modes: exact text (whitespace ignored), or near-equal."""

NEAR_THRESHOLD = 0.8
"""Least :func:`near_similarity` of two near-equal texts.

On the dev corpus every OCR text whose boundaries are right scores at least 0.81 against
its gold text (3 misreads in the 16 characters of a caption; titles 0.90 and up,
paragraphs 0.91 and up), every title or paragraph the segmenter cut or merged at most 0.67
(a title missing its first half, 0.67; merged or split paragraphs 0.64 and below), and two
different gold titles, paragraphs or captions of one page at most 0.15 (any two gold texts
of one page, bylines included: 0.63).  A 4-character text must therefore be exact, a
5-character one may differ in one character.
"""

_PUNCTUATION_CATEGORIES = ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po")


def fuzzy_key(text: str | None) -> str:
    """``text`` without whitespace and punctuation, as near-equal matching compares it.

    OCR turns curly quotes into straight ones or drops them and spells commas half-width;
    such slips say nothing about segmentation.  (``“一窗通办”让群众少跑腿`` came out as
    ``一窗通办"让群众少跑服``: 0.75 with its quotes, 0.9 without.)

    >>> fuzzy_key(" “一窗通办”让群众\\n少跑腿。")
    '一窗通办让群众少跑腿'
    """
    return "".join(
        char
        for char in squash(text)
        if not unicodedata.category(char).startswith(_PUNCTUATION_CATEGORIES)
    )


@functools.lru_cache(maxsize=1 << 16)
def near_similarity(a: str, b: str) -> float | None:
    """:func:`similarity` of the fuzzy keys of ``a`` and ``b`` when it reaches
    :data:`NEAR_THRESHOLD`, else ``None`` (cached: the article figures ask it repeatedly).

    Cheap bounds (length and character-bag differences) reject most pairs before the
    edit distance, which itself stops once the distance exceeds what the threshold allows.

    >>> near_similarity("白鹭湖湿地迎来首批越冬候鸟", "白警湖湿地迎来首批越冬候鸟")
    0.9230769230769231
    >>> near_similarity("白鹭湖", "白警湖") is None, near_similarity("甲，", "甲")
    (True, 1.0)
    """
    a, b = fuzzy_key(a), fuzzy_key(b)
    longest = max(len(a), len(b))
    if longest == 0:
        return 1.0
    # The largest distance the threshold admits; the epsilon keeps 0.8 * 5 from rounding down.
    limit = int((1.0 - NEAR_THRESHOLD) * longest + 1e-9)
    if _bag_distance(Counter(a), Counter(b), len(a), len(b)) > limit:
        return None
    distance = edit_distance(a, b, limit=limit)
    return 1.0 - distance / longest if distance <= limit else None


def near_equal(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` are near-equal (:data:`NEAR_THRESHOLD`).

    >>> near_equal("5G基站实现乡镇全覆盖", "5G基站 实现乡镇全履盖"), near_equal("甲乙", "甲丙")
    (True, False)
    """
    return near_similarity(a or "", b or "") is not None


MIN_NEAR_NAME = 3
"""Shortest name that may differ from its gold spelling in one character."""


def near_name(a: str, b: str) -> bool:
    """Whether two author names (whitespace removed) are the same name, OCR misreads allowed.

    Equal, or of equal length, at least :data:`MIN_NEAR_NAME` characters, and differing in
    one position: a misread swaps a character, while the segmenter's errors change the
    length (``记者孙若冰``, ``孙若``, ``孙若冰郭芳``).  Two-character names must be exact:
    one character is half of them.  (Within one dev page no two gold names are this close;
    across pages 马文博 and 许文博 are.)

    >>> near_name("刘晓晴", "刘晓畏"), near_name("郭芳", "郭方"), near_name("孙若冰", "孙若")
    (True, False, False)
    """
    if a == b:
        return True
    return len(a) == len(b) >= MIN_NEAR_NAME and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def same_authors(gold: Sequence[str], predicted: Sequence[str], mode: str = "exact") -> bool:
    """Whether two author lists (whitespace removed, no duplicates) name the same people.

    Exact: the same sets.  Fuzzy: as many names, paired one to one by :func:`near_name`
    (equal names first, then the rest in order, the earlier free name taken).

    >>> same_authors(["刘晓晴", "王静怡"], ["王静怡", "刘晓畏"], "fuzzy")
    True
    >>> same_authors(["刘晓晴", "王静怡"], ["王静怡", "刘晓畏"], "exact")
    False
    """
    if mode == "exact":
        return sorted(gold) == sorted(predicted)
    if len(gold) != len(predicted):
        return False
    left = [name for name in predicted if name not in gold]
    for name in (name for name in gold if name not in predicted):
        match = next((other for other in left if near_name(name, other)), None)
        if match is None:
            return False
        left.remove(match)
    return True


Rank = tuple[float, bool]
"""How near two texts are, best first: their :func:`near_similarity`, then whether they are
equal once whitespace is removed.  The second breaks ties between texts that differ only in
punctuation, which the similarity ignores (a seed page restates a paragraph of another
article with ``。`` for ``；``): the copy that is exact wins."""


def near_rank(a: str | None, b: str | None) -> Rank | None:
    """The :data:`Rank` of two near-equal texts, ``None`` when they are not near-equal.

    >>> near_rank("转型；", "转 型；"), near_rank("转型；", "转型。"), near_rank("转型", "转变")
    ((1.0, True), (1.0, False), None)
    """
    value = near_similarity(a or "", b or "")
    return None if value is None else (value, squash(a) == squash(b))


def greedy_pairs(
    gold_count: int, predicted_count: int, rank: Callable[[int, int], Rank | None]
) -> list[int | None]:
    """One-to-one pairs of gold and predicted items, the nearest first.

    ``rank(g, p)`` is how near the pair is, ``None`` when they may not pair.  Returns for
    each gold item the index of its predicted item or ``None``.  Deterministic: equal ranks
    go to the earlier gold item, then the earlier predicted one; so with only equal texts
    this is exact matching, each gold item in order taking the earliest free copy.

    >>> ranks = {(0, 0): (0.9, False), (1, 0): (1.0, True), (0, 1): (0.8, False)}
    >>> greedy_pairs(2, 2, lambda g, p: ranks.get((g, p)))
    [1, 0]
    """
    candidates = []
    for g in range(gold_count):
        for p in range(predicted_count):
            value = rank(g, p)
            if value is not None:
                candidates.append((-value[0], not value[1], g, p))
    candidates.sort()
    pairs: list[int | None] = [None] * gold_count
    taken: set[int] = set()
    for *_, g, p in candidates:
        if pairs[g] is None and p not in taken:
            pairs[g] = p
            taken.add(p)
    return pairs


@dataclass(frozen=True)
class NearMatch:
    """The outcome of a one-to-one near-equal match of two lists."""

    pairs: list[int | None]  # for each gold item, its predicted item's index
    missed: list[int]  # gold items paired with none, in order
    spurious: list[int]  # predicted items paired with none, in order

    @property
    def matched(self) -> int:
        """How many pairs."""
        return sum(p is not None for p in self.pairs)


def near_match(
    predicted_count: int, gold_count: int, rank: Callable[[int, int], Rank | None]
) -> NearMatch:
    """:func:`greedy_pairs`, with the missed and spurious items listed.

    >>> gold = ["白鹭湖湿地迎来候鸟", "燃气安全知识进社区"]
    >>> found = ["燃气安全知识进社区", "白警湖湿地迎来候鸟", "白鹭湖"]
    >>> near_match(3, 2, lambda g, p: near_rank(gold[g], found[p]))
    NearMatch(pairs=[1, 0], missed=[], spurious=[2])
    """
    pairs = greedy_pairs(gold_count, predicted_count, rank)
    taken = {p for p in pairs if p is not None}
    return NearMatch(
        pairs,
        [g for g, p in enumerate(pairs) if p is None],
        [p for p in range(predicted_count) if p not in taken],
    )


def caption_rank(gold: tuple[str, str | None], predicted: tuple[str, str | None]) -> Rank | None:
    """How near two captions are: the lesser similarity of their texts and of their
    credits, ``None`` unless both are near-equal (a missing credit matches only a missing
    credit).

    Text and credit are compared apart, never joined: a credit word left in the text
    (``…调试设备本报记者`` + ``周海涛 摄``) is a segmentation error the joined strings hide.

    >>> caption_rank(("红嘴鸥在湖面上觅食啊", "周海涛 摄"), ("红嘴欧在湖面上觅食啊", "周海涛摄"))
    (0.9, False)
    >>> caption_rank(("调试设备", "本报记者 周海涛 摄"), ("调试设备本报记者", "周海涛 摄"))
    """
    text = near_rank(gold[0], predicted[0])
    credit = near_rank(gold[1] or "", predicted[1] or "")
    if text is None or credit is None:
        return None
    return min(text[0], credit[0]), text[1] and credit[1]


def near_pairs_changed(
    gold: Sequence[str],
    predicted: Sequence[str],
    pairs: Sequence[int | None],
    rank: Callable[[int, int], Rank | None],
) -> list[dict[str, Any]]:
    """The pairs whose labels differ (whitespace ignored), with their similarity: what
    near-equal matching forgave, for ``--show``."""
    changed = []
    for g, p in enumerate(pairs):
        if p is not None and squash(gold[g]) != squash(predicted[p]):
            value = rank(g, p)
            similarity = round(value[0], 4) if value else 0.0
            changed.append({"gold": gold[g], "predicted": predicted[p], "similarity": similarity})
    return changed


def article_paragraphs(article: dict[str, Any]) -> list[GoldParagraph]:
    """A gold article's paragraphs with their accepted spellings, whitespace removed.

    The clean-text byline rule applies: under a ``本报讯（…）`` byline the first paragraph
    may also be any ``本报讯（…）`` dateline followed by the paragraph.
    """
    return [
        GoldParagraph(squash(p.text), tuple(squash(a) for a in p.accepted), p.opens_article)
        for p in gold_paragraphs({"articles": [article]})
    ]


def holding_counts(
    gold_article: dict[str, Any], predicted_paragraph_sets: Sequence[frozenset[str]]
) -> list[int]:
    """For each predicted article (its whitespace-free paragraph set), how many of the gold
    article's paragraphs it holds exactly (whitespace ignored, byline rule applied)."""
    paragraphs = article_paragraphs(gold_article)
    return [sum(is_exact(p, held) for p in paragraphs) for held in predicted_paragraph_sets]


def paragraph_rank(paragraph: GoldParagraph, candidate: str) -> Rank | None:
    """How near a predicted paragraph (whitespace-free) is to a gold paragraph: the best
    over the gold paragraph's accepted spellings and, under the byline rule, over the
    candidate with and without a leading ``本报讯（…）`` dateline; exact as :func:`is_exact`.

    >>> first = GoldParagraph("记者获悉，寒潮来袭。", ("记者获悉，寒潮来袭。",), True)
    >>> paragraph_rank(first, "本报讯（记者孙若兵）记者获悉，寒潮来克。")
    (0.875, False)
    >>> paragraph_rank(first, "寒潮来袭。") is None
    True
    """
    spellings = [candidate]
    dateline = DATELINE.match(candidate) if paragraph.opens_article else None
    if dateline:
        spellings.append(candidate[dateline.end() :])
    values = [near_similarity(a, c) for a in paragraph.accepted for c in spellings]
    best = max((v for v in values if v is not None), default=None)
    return None if best is None else (best, is_exact(paragraph, {candidate}))


def near_holding_counts(
    gold_articles: Sequence[dict[str, Any]], predicted: dict[str, Any]
) -> list[list[int]]:
    """For each gold article, for each predicted article, how many of the gold article's
    paragraphs the predicted one holds near-equal.

    Each predicted paragraph goes to its nearest gold paragraph on the page
    (:func:`paragraph_rank`, an exact copy first): being near-equal to a paragraph is not
    enough when another is nearer.  Ties, which only copies of one text make, go to every
    copy, as in exact mode; so with exact texts this counts what :func:`holding_counts` does.
    """
    gold = [article_paragraphs(article) for article in gold_articles]
    held = _paragraph_sets(predicted)
    counts = [[0] * len(held) for _ in gold]
    for p, candidates in enumerate(held):
        nearest: set[tuple[int, int]] = set()  # (gold article, paragraph) held by article p
        for candidate in sorted(candidates):
            ranks = {
                (g, n): rank
                for g, paragraphs in enumerate(gold)
                for n, paragraph in enumerate(paragraphs)
                if (rank := paragraph_rank(paragraph, candidate)) is not None
            }
            if ranks:
                best = max(ranks.values())
                nearest.update(key for key, rank in ranks.items() if rank == best)
        for g, _ in nearest:
            counts[g][p] += 1
    return counts


def holding_matrix(
    predicted: dict[str, Any], gold: dict[str, Any], mode: str = "exact"
) -> list[list[int]]:
    """For each gold article, for each predicted article, how many of its paragraphs the
    predicted article holds: exactly (:func:`holding_counts`) or near-equal
    (:func:`near_holding_counts`)."""
    gold_articles = gold.get("articles") or []
    if mode == "exact":
        held = _paragraph_sets(predicted)
        return [holding_counts(article, held) for article in gold_articles]
    return near_holding_counts(gold_articles, predicted)


def _paragraph_sets(page: dict[str, Any]) -> list[frozenset[str]]:
    return [
        frozenset(squash(p) for p in article.get("paragraphs") or [])
        for article in page.get("articles") or []
    ]


def match_articles(
    predicted: dict[str, Any], gold: dict[str, Any], mode: str = "exact"
) -> list[int | None]:
    """For each gold article, the index of its predicted article, or ``None``.

    First by title (whitespace ignored, one to one, earlier articles first; in fuzzy mode
    near-equal titles, the nearest pairs first, see :func:`greedy_pairs`); a gold article
    whose title is null or unmatched then goes to the predicted article holding most of its
    paragraphs (at least one; ties to the earlier article; an article already matched by
    title may be chosen again).

    >>> gold = {"articles": [{"title": "甲", "paragraphs": ["一。"]},
    ...                      {"title": None, "paragraphs": ["二。", "三。"]}]}
    >>> pred = {"articles": [{"title": "乙", "paragraphs": ["二。"]},
    ...                      {"title": "甲", "paragraphs": ["一。", "三。"]}]}
    >>> match_articles(pred, gold)
    [1, 0]
    """
    predicted_articles = predicted.get("articles") or []
    gold_articles = gold.get("articles") or []
    if mode == "exact":
        by_title = _exact_title_matches(predicted_articles, gold_articles)
    else:
        by_title = _near_title_matches(predicted_articles, gold_articles)
    matrix = holding_matrix(predicted, gold, mode)
    matches: list[int | None] = []
    for title_match, counts in zip(by_title, matrix, strict=True):
        if title_match is not None:
            matches.append(title_match)
            continue
        best = max(counts, default=0)
        matches.append(counts.index(best) if best > 0 else None)
    return matches


def _exact_title_matches(
    predicted_articles: Sequence[dict[str, Any]], gold_articles: Sequence[dict[str, Any]]
) -> list[int | None]:
    # Each gold article in order takes the earliest free predicted article of its title.
    by_title: dict[str, list[int]] = {}
    for index, article in enumerate(predicted_articles):
        key = squash(article.get("title"))
        if key:
            by_title.setdefault(key, []).append(index)
    matches: list[int | None] = []
    for article in gold_articles:
        candidates = by_title.get(squash(article.get("title"))) if article.get("title") else None
        matches.append(candidates.pop(0) if candidates else None)
    return matches


def _near_title_matches(
    predicted_articles: Sequence[dict[str, Any]], gold_articles: Sequence[dict[str, Any]]
) -> list[int | None]:
    # Near-equal titles one to one, nearest first; null titles never pair.
    def rank(g: int, p: int) -> Rank | None:
        gold_title, title = gold_articles[g].get("title"), predicted_articles[p].get("title")
        if not squash(gold_title) or not squash(title):
            return None
        return near_rank(gold_title, title)

    return greedy_pairs(len(gold_articles), len(predicted_articles), rank)


@dataclass
class ArticleTally:
    """Summable article figures for one page, channel or group of pages."""

    pages: int = 0
    titles_gold: int = 0
    titles_predicted: int = 0
    titles_matched: int = 0
    articles: int = 0  # gold articles with at least one paragraph
    intact: int = 0
    intact_merged: int = 0  # intact, but their predicted article holds another's paragraphs
    authors_total: int = 0  # every gold article
    authors_correct: int = 0
    captions_gold: int = 0
    captions_predicted: int = 0
    captions_matched: int = 0

    def add(self, other: ArticleTally) -> None:
        """Add another tally's counts to this one."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def title_prf(self) -> tuple[float, float, float]:
        """Title precision, recall and F1."""
        return prf(self.titles_matched, self.titles_predicted, self.titles_gold)

    @property
    def caption_prf(self) -> tuple[float, float, float]:
        """Caption precision, recall and F1."""
        return prf(self.captions_matched, self.captions_predicted, self.captions_gold)

    @property
    def intact_share(self) -> float:
        """Share of gold articles (with paragraphs) whose paragraphs are all in one article."""
        return self.intact / self.articles if self.articles else 1.0

    @property
    def authors_accuracy(self) -> float:
        """Share of gold articles whose matched predicted article has the same authors."""
        return self.authors_correct / self.authors_total if self.authors_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """The counts and figures as plain JSON types."""
        title_p, title_r, title_f1 = self.title_prf
        caption_p, caption_r, caption_f1 = self.caption_prf
        figures: dict[str, Any] = {name: getattr(self, name) for name in self.__dataclass_fields__}
        figures.update(
            title_precision=round(title_p, 4),
            title_recall=round(title_r, 4),
            title_f1=round(title_f1, 4),
            intact_share=round(self.intact_share, 4),
            authors_accuracy=round(self.authors_accuracy, 4),
            caption_precision=round(caption_p, 4),
            caption_recall=round(caption_r, 4),
            caption_f1=round(caption_f1, 4),
        )
        return figures


def score_articles_page(
    predicted: dict[str, Any], gold: dict[str, Any], mode: str = "exact"
) -> tuple[ArticleTally, dict[str, Any]]:
    """Score one predicted page dict against its gold page dict.

    ``mode`` is ``"exact"`` (texts equal once whitespace is removed) or ``"fuzzy"``
    (near-equal texts, see :data:`NEAR_THRESHOLD`, and names, see :func:`near_name`).
    Returns the tally and the details: ``titles_missed``, ``titles_spurious``,
    ``articles_broken`` (titles, or first paragraphs, of gold articles not intact),
    ``authors_wrong`` (``{"article", "gold", "predicted"}``, ``predicted`` null when the
    article matched none), ``captions_missed`` and ``captions_spurious``; in fuzzy mode
    also ``near_matches``, the title and caption pairs matched although not equal.
    """
    if mode not in MATCH_MODES:
        raise ValueError(f"unknown matching mode {mode!r}")
    tally = ArticleTally(pages=1)
    gold_articles = gold.get("articles") or []
    predicted_articles = predicted.get("articles") or []
    details: dict[str, Any] = {}
    near_matches: list[dict[str, Any]] = []

    gold_titles, predicted_titles = page_titles(gold), page_titles(predicted)
    tally.titles_gold, tally.titles_predicted = len(gold_titles), len(predicted_titles)
    if mode == "exact":
        matched, titles_missed, titles_spurious = multiset_match(predicted_titles, gold_titles)
    else:

        def title_rank(g: int, p: int) -> Rank | None:
            return near_rank(gold_titles[g], predicted_titles[p])

        near = near_match(len(predicted_titles), len(gold_titles), title_rank)
        matched = near.matched
        titles_missed = [gold_titles[g] for g in near.missed]
        titles_spurious = [predicted_titles[p] for p in near.spurious]
        near_matches += [
            {"kind": "title"} | pair
            for pair in near_pairs_changed(gold_titles, predicted_titles, near.pairs, title_rank)
        ]
    tally.titles_matched = matched
    details["titles_missed"], details["titles_spurious"] = titles_missed, titles_spurious

    # Intact: every paragraph in one predicted article.  Which gold articles each predicted
    # article holds paragraphs of tells merges apart.
    counts = holding_matrix(predicted, gold, mode)
    holds_of: list[set[int]] = [
        {g for g, row in enumerate(counts) if row[p] > 0} for p in range(len(predicted_articles))
    ]
    broken = []
    for g, article in enumerate(gold_articles):
        size = len(article.get("paragraphs") or [])
        if not size:
            continue
        tally.articles += 1
        whole = [p for p, count in enumerate(counts[g]) if count == size]
        if whole:
            tally.intact += 1
            tally.intact_merged += all(len(holds_of[p]) > 1 for p in whole)
        else:
            broken.append(_article_label(article))
    details["articles_broken"] = broken

    authors_wrong = []
    for article, index in zip(gold_articles, match_articles(predicted, gold, mode), strict=True):
        tally.authors_total += 1
        want = sorted({squash(a) for a in article.get("authors") or []} - {""})
        got = None
        if index is not None:
            names = predicted_articles[index].get("authors") or []
            got = sorted({squash(a) for a in names} - {""})
        if got is not None and same_authors(want, got, mode):
            tally.authors_correct += 1
        else:
            authors_wrong.append(
                {"article": _article_label(article), "gold": want, "predicted": got}
            )
    details["authors_wrong"] = authors_wrong

    gold_captions, predicted_captions = page_captions(gold), page_captions(predicted)
    tally.captions_gold, tally.captions_predicted = len(gold_captions), len(predicted_captions)
    if mode == "exact":
        by_key = {caption_key(c): c for c in gold_captions + predicted_captions}
        matched, captions_missed, captions_spurious = multiset_match(
            [caption_key(c) for c in predicted_captions], [caption_key(c) for c in gold_captions]
        )
        missed_labels = [_caption_label(by_key[k]) for k in captions_missed]
        spurious_labels = [_caption_label(by_key[k]) for k in captions_spurious]
    else:

        def caption_rank_of(g: int, p: int) -> Rank | None:
            return caption_rank(gold_captions[g], predicted_captions[p])

        near = near_match(len(predicted_captions), len(gold_captions), caption_rank_of)
        matched = near.matched
        missed_labels = [_caption_label(gold_captions[g]) for g in near.missed]
        spurious_labels = [_caption_label(predicted_captions[p]) for p in near.spurious]
        gold_labels = [_caption_label(c) for c in gold_captions]
        predicted_labels = [_caption_label(c) for c in predicted_captions]
        near_matches += [
            {"kind": "caption"} | pair
            for pair in near_pairs_changed(
                gold_labels, predicted_labels, near.pairs, caption_rank_of
            )
        ]
    tally.captions_matched = matched
    details["captions_missed"], details["captions_spurious"] = missed_labels, spurious_labels
    if mode == "fuzzy":
        details["near_matches"] = near_matches
    return tally, details


def _article_label(article: dict[str, Any]) -> str:
    # The title, or for an untitled article the start of its first paragraph.
    if squash(article.get("title")):
        return str(article["title"])
    paragraphs = article.get("paragraphs") or [""]
    return "(untitled) " + _clip(paragraphs[0], width=20)


def parse_page_dict(text: str, source: str) -> dict[str, Any]:
    """``baozhi.parse_page(text, source=source).to_dict()`` (a dict result is taken as is)."""
    parse = getattr(baozhi, "parse_page", None)
    if parse is None:
        raise RuntimeError("parse_page not available")
    page = parse(text, source=source)
    return page if isinstance(page, dict) else page.to_dict()


def _score_articles_file(
    text_file: Path, gold_file: Path, source: str
) -> tuple[dict[str, ArticleTally], dict[str, Any]]:
    # Score one source file in both modes: the tallies by mode, and the page's figures and
    # details (exact at the top level, fuzzy under "fuzzy").  A parse_page crash scores as
    # an empty page and is reported.
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    error = None
    try:
        predicted = parse_page_dict(text_file.read_text(encoding="utf-8"), source)
    except Exception as exc:  # a crash on one page must not hide the others' figures
        predicted, error = {"articles": []}, f"{type(exc).__name__}: {exc}"
    tallies: dict[str, ArticleTally] = {}
    results: dict[str, dict[str, Any]] = {}
    for mode in MATCH_MODES:
        tallies[mode], details = score_articles_page(predicted, gold, mode)
        results[mode] = tallies[mode].to_dict() | details
    page = results["exact"] | {"fuzzy": results["fuzzy"]}
    if error:
        page["error"] = error
    return tallies, page


def _both_modes(tallies: dict[str, ArticleTally]) -> dict[str, Any]:
    # One JSON entry: the exact figures, and the fuzzy ones under "fuzzy".
    return tallies["exact"].to_dict() | {"fuzzy": tallies["fuzzy"].to_dict()}


def _new_tallies() -> dict[str, ArticleTally]:
    return {mode: ArticleTally() for mode in MATCH_MODES}


def _add_tallies(total: dict[str, ArticleTally], tallies: dict[str, ArticleTally]) -> None:
    for mode in MATCH_MODES:
        total[mode].add(tallies[mode])


def score_articles_corpus(corpus: Path) -> dict[str, Any]:
    """Article figures per channel, for the PDF channels, for OCR and overall, and per page;
    each entry exact, with the fuzzy figures under ``fuzzy``."""
    per_channel = {channel: _new_tallies() for channel in CHANNELS}
    pages: dict[str, dict[str, Any]] = {}
    for page, channel, page_file, gold_file in corpus_pages(corpus):
        tallies, pages[f"{channel}/{page}"] = _score_articles_file(page_file, gold_file, page)
        _add_tallies(per_channel[channel], tallies)
    groups = {"pdf": _new_tallies(), "ocr": _new_tallies(), "all": _new_tallies()}
    for channel, tallies in per_channel.items():
        _add_tallies(groups["pdf" if channel in PDF_CHANNELS else "ocr"], tallies)
        _add_tallies(groups["all"], tallies)
    return {
        "channels": {c: _both_modes(t) for c, t in per_channel.items() if t["exact"].pages},
        "groups": {g: _both_modes(t) for g, t in groups.items()},
        "pages": pages,
    }


def score_articles_seeds(seeds: Path, golden: Path) -> dict[str, Any]:
    """Article figures per seed against ``golden/<seed>.json``; missing ones are listed."""
    results: dict[str, Any] = {}
    total = _new_tallies()
    for seed_file in sorted(seeds.glob("*.txt")):
        gold_file = golden / f"{seed_file.stem}.json"
        if not gold_file.exists():
            results[seed_file.stem] = {"golden": None}
            continue
        tallies, results[seed_file.stem] = _score_articles_file(
            seed_file, gold_file, seed_file.stem
        )
        _add_tallies(total, tallies)
    return {"seeds": results, "total": _both_modes(total)}


def score_articles(corpus: Path | None, seeds: Path | None, golden: Path) -> dict[str, Any] | None:
    """All article figures, or ``None`` when ``baozhi.parse_page`` does not exist yet."""
    if getattr(baozhi, "parse_page", None) is None:
        return None
    return {
        "targets": ARTICLE_TARGETS,
        "near_threshold": NEAR_THRESHOLD,
        "corpus": score_articles_corpus(corpus) if corpus is not None else None,
        "seeds": score_articles_seeds(seeds, golden) if seeds is not None else None,
    }


def _article_row(name: str, t: dict[str, Any]) -> str:
    def mark(key: str) -> str:
        return " " if t[key] >= ARTICLE_TARGETS[key] else "!"

    return (
        f"{name:<24} {t['titles_gold']:>6} {t['title_f1']:>6.3f}{mark('title_f1')} "
        f"{t['articles']:>5} {t['intact_share']:>6.1%}{mark('intact_share')} "
        f"{t['intact_merged']:>5} {t['authors_accuracy']:>7.1%}{mark('authors_accuracy')} "
        f"{t['captions_gold']:>5} {t['caption_f1']:>6.3f}{mark('caption_f1')}"
    )


FUZZY_MARK = "~"
"""Suffix of the report rows, and prefix of the ``--show`` lines, of near-equal matching."""


def _article_rows(name: str, t: dict[str, Any]) -> Iterator[str]:
    # The exact row, then the fuzzy one right under it, so the two read together.
    yield _article_row(name, t)
    if "fuzzy" in t:
        yield _article_row(f"{name} {FUZZY_MARK}", t["fuzzy"])


def format_articles_report(articles: dict[str, Any] | None) -> Iterator[str]:
    """The article table: channels, groups and seeds, each with its exact row and its
    near-equal (fuzzy) row; ``!`` marks a figure below target."""
    if articles is None:
        yield "articles: parse_page not available"
        return
    targets = articles["targets"]
    yield (
        f"{'articles':<24} {'titles':>6} {'tit F1':>7} {'arts':>5} {'intact':>7} "
        f"{'merge':>5} {'authors':>8} {'capts':>5} {'cap F1':>7}"
    )
    yield (
        f"{'(target)':<24} {'':>6} {targets['title_f1']:>6.2f}  {'':>5} "
        f"{targets['intact_share']:>6.0%}  {'':>5} {targets['authors_accuracy']:>7.0%}  "
        f"{'':>5} {targets['caption_f1']:>6.2f}"
    )
    errors = []
    corpus = articles["corpus"]
    if corpus is not None:
        rows = list(corpus["channels"].items())
        rows += [(f"[{g}]", t) for g, t in corpus["groups"].items()]
        for name, t in rows:
            yield from _article_rows(name, t)
        errors += [(where, p["error"]) for where, p in corpus["pages"].items() if "error" in p]
    seeds = articles["seeds"]
    if seeds is not None:
        for name, s in seeds["seeds"].items():
            if s.get("golden", True) is None:
                yield f"{name:<24} {'-':>6} (no golden .json)"
            else:
                yield from _article_rows(name, s)
                if "error" in s:
                    errors.append((name, s["error"]))
        if seeds["total"]["pages"]:
            yield from _article_rows("[seeds]", seeds["total"])
    threshold = articles.get("near_threshold", NEAR_THRESHOLD)
    yield (
        f"{FUZZY_MARK} rows: near-equal texts match (whitespace and punctuation dropped, "
        f"1 - edit distance / longer length >= {threshold:.2f}; names equal or, from "
        f"{MIN_NEAR_NAME} characters, one apart); other rows: exact text"
    )
    for where, error in errors:
        yield f"  parse_page failed on {where}: {error}"


def show_articles(details: dict[str, Any], prefix: str = "---") -> Iterator[str]:
    """The article misses of one page's details, for ``--show``; then, if the details
    carry them, the fuzzy misses and near matches, their lines marked with ``~``."""
    if "error" in details:
        yield f"{prefix} parse_page failed: {details['error']}"
    labels = {
        "titles_missed": "gold title missed",
        "titles_spurious": "spurious title",
        "articles_broken": "article not intact",
        "captions_missed": "gold caption missed",
        "captions_spurious": "spurious caption",
    }
    for key, label in labels.items():
        for item in details[key]:
            yield f"{prefix} {label}: {item}"
    for wrong in details["authors_wrong"]:
        yield (
            f"{prefix} authors wrong: {wrong['article']}: gold {wrong['gold']}, "
            f"predicted {wrong['predicted']}"
        )
    for near in details.get("near_matches") or []:
        yield (
            f"{prefix} near-equal {near['kind']} ({near['similarity']:.3f}): "
            f"gold {near['gold']} / predicted {near['predicted']}"
        )
    fuzzy = details.get("fuzzy")
    if fuzzy is not None:
        yield f"{prefix} near-equal matching ({FUZZY_MARK}): what remains missed"
        yield from show_articles(fuzzy, prefix=f"{prefix} {FUZZY_MARK}")


def show_page_articles(corpus: Path, where: str) -> Iterator[str]:
    """The article misses of ``CHANNEL/PAGE`` (missed and spurious titles among them)."""
    if getattr(baozhi, "parse_page", None) is None:
        yield "articles: parse_page not available"
        return
    channel, _, page = where.partition("/")
    page_file = corpus / "pages" / f"{page}.{channel}.txt"
    gold_file = corpus / "gold" / f"{page}.json"
    if channel not in CHANNELS or not page_file.exists() or not gold_file.exists():
        raise FileNotFoundError(f"no page {where!r} (want CHANNEL/PAGE, e.g. pdfminer/p01)")
    _, details = _score_articles_file(page_file, gold_file, page)
    yield from show_articles(details)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dev corpus folder")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed pages folder")
    parser.add_argument("--golden", type=Path, default=DEFAULT_GOLDEN, help="golden files folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--show", metavar="CHANNEL/PAGE", help="print missed paragraphs of one page"
    )
    args = parser.parse_args(argv)
    try:
        if args.show:
            for line in show_page(args.corpus, args.show):
                print(line)
            for line in show_page_articles(args.corpus, args.show):
                print(line)
            return 0
        corpus = score_corpus(args.corpus) if (args.corpus / "gold").is_dir() else None
        seeds = score_seeds(args.seeds, args.golden) if args.seeds.is_dir() else None
        articles = score_articles(
            args.corpus if corpus is not None else None,
            args.seeds if seeds is not None else None,
            args.golden,
        )
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        print(f"score.py: {error}", file=sys.stderr)
        return 1
    if corpus is None and seeds is None:
        print("score.py: neither a corpus nor seeds found", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {"corpus": corpus, "seeds": seeds, "articles": articles},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for line in format_report(corpus, seeds):
            print(line)
        print()
        for line in format_articles_report(articles):
            print(line)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # Output piped into `head`: silence the second error when Python flushes stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)

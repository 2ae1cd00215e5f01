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

For each seed (``seeds/<seed>.txt``) with a golden file (``tests/golden/<seed>.txt``, one
block per blank-line-separated paragraph), the share of golden blocks the clean text
reproduces exactly, and the first few that differ.

Everything here is deterministic: files are read in sorted order and ties are broken by
position.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
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
            f"{'reps':>5} {'broken':>6} {'src':>4}"
        )
        rows = list(corpus["channels"].items()) + [
            (f"[{g}]", t) for g, t in corpus["groups"].items()
        ]
        for name, t in rows:
            yield (
                f"{name:<14} {t['paragraphs']:>5} {t['paragraphs_exact_share']:>7.1%} "
                f"{t['char_accuracy']:>8.1%} {t['repetitions']:>5} {t['repetitions_broken']:>6} "
                f"{t['repetitions_lost_in_source']:>4}"
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
            return 0
        corpus = score_corpus(args.corpus) if (args.corpus / "gold").is_dir() else None
        seeds = score_seeds(args.seeds, args.golden) if args.seeds.is_dir() else None
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        print(f"score.py: {error}", file=sys.stderr)
        return 1
    if corpus is None and seeds is None:
        print("score.py: neither a corpus nor seeds found", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"corpus": corpus, "seeds": seeds}, ensure_ascii=False, indent=2))
    else:
        for line in format_report(corpus, seeds):
            print(line)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # Output piped into `head`: silence the second error when Python flushes stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)

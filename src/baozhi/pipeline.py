"""The ordered pipeline: which repair runs when, and why in that order.

Each step takes the current text and returns its edits; :func:`run` applies them,
composes the offset map and writes the repair log.  The order is load-bearing and
every entry says why it sits where it does.  The checks read the final text and
report warnings; they change nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from baozhi.blocks.pieces import rejoin_quote_pieces
from baozhi.blocks.repeats import drop_repeated_blocks
from baozhi.blocks.split import rejoin_split_paragraphs
from baozhi.blocks.subtitles import restore_subtitle_dash
from baozhi.blocks.wraps import rejoin_wrapped_lines, split_run_in_blocks
from baozhi.config import CleanConfig
from baozhi.convert import convert_script
from baozhi.lines.fake_bold import undo_fake_bold
from baozhi.lines.ocr import (
    REASONS,
    find_suspicious,
    fix_byline_brackets,
    fix_ocr_punct,
    fix_quote_direction,
    quote_errors,
)
from baozhi.lines.punctuation import collapse_doubled_punct, widen_halfwidth_punct
from baozhi.lines.spacing import join_spaced_han, space_cjk_latin, tidy_punct_spaces
from baozhi.provenance import Edit, OffsetMap, apply_edits, check_edits
from baozhi.result import Block, CleanResult, Repair, Suspicion
from baozhi.text.controls import remove_control_chars
from baozhi.text.finish import finish_text, normalize_line_breaks
from baozhi.text.mojibake import fix_gbk_mojibake, fix_mojibake
from baozhi.text.width import narrow_fullwidth_alnum

__all__ = ["CHECKS", "STEPS", "History", "Step", "run"]


@dataclass(frozen=True, slots=True)
class History:
    """What the steps before this one did: their repairs and the offset map so far."""

    repairs: Sequence[Repair]
    offsets: OffsetMap

    def lines_with(self, text: str, kind: str) -> frozenset[int]:
        """Indices of the lines of ``text`` that a repair of ``kind`` touched.

        The wrap joiner reads them as evidence: a line that was fake bold is a
        headline or a caption, a line that was letter-spaced was a full line.
        """
        starts = sorted(repair.start for repair in self.repairs if repair.kind == kind)
        if not starts:
            return frozenset()
        touched: set[int] = set()
        offset = 0
        for index, line in enumerate(text.split("\n")):
            if line:
                low, high = self.offsets.source_span(offset, offset + len(line))
                first = bisect_left(starts, low)
                # A repair that deleted the end of a line starts where the line now ends.
                if first < len(starts) and starts[first] <= high:
                    touched.add(index)
            offset += len(line) + 1
        return frozenset(touched)


@dataclass(frozen=True, slots=True)
class Step:
    """One repair of the pipeline: its name, whether a config runs it, and how."""

    name: str
    enabled: Callable[[CleanConfig], bool]
    apply: Callable[[str, CleanConfig, History], list[Edit]]


def _always(config: CleanConfig) -> bool:
    return True


STEPS: tuple[Step, ...] = (
    # Line breaks first: every later step reads lines, and \r\n would hide line ends.
    Step("normalize_line_breaks", _always, lambda t, c, h: normalize_line_breaks(t)),
    # Mojibake before anything looks at characters: until it is undone there is no
    # Chinese text to repair, and half the bytes of UTF-8 read as Latin-1 look like
    # C1 controls, so removing controls first would destroy it.  ftfy's fixes come
    # before the GBK ones because ftfy knows more encodings and refuses to guess.
    Step("fix_mojibake", lambda c: c.fix_mojibake, lambda t, c, h: fix_mojibake(t)),
    Step("fix_gbk_mojibake", lambda c: c.fix_gbk_mojibake, lambda t, c, h: fix_gbk_mojibake(t)),
    # Controls and zero-width characters next: they sit inside doubled runs and
    # spaced-out lines and would break the patterns that recognise those.
    Step(
        "remove_control_chars",
        lambda c: c.remove_control_chars,
        lambda t, c, h: remove_control_chars(t),
    ),
    # Width before doubling and spacing: full-width 55GG must look like 55GG to both.
    Step(
        "narrow_fullwidth_alnum",
        lambda c: c.narrow_fullwidth_alnum,
        lambda t, c, h: narrow_fullwidth_alnum(t),
    ),
    # Doubling before spacing and wraps: the two copies of a run can straddle a
    # line break or a space, and both repairs below would hide where they meet.
    Step(
        "undo_fake_bold",
        lambda c: c.undo_fake_bold,
        lambda t, c, h: undo_fake_bold(
            t, max_chunk=c.fake_bold_max_chunk, min_evidence=c.fake_bold_min_evidence
        ),
    ),
    # Leftover doubled quotes and brackets (a copy that lost its partner).
    Step(
        "collapse_doubled_punct",
        lambda c: c.collapse_doubled_punct,
        lambda t, c, h: collapse_doubled_punct(t),
    ),
    # OCR's misread marks after doubling (a doubled ““ from fake bold would upset
    # the quote pairing) and before spacing: a widened ；or a restored （ is
    # full-width punctuation to tidy_punct_spaces and space_cjk_latin, which then
    # remove the spaces OCR put next to it (``3.9% ;`` → ``3.9%；``), and to
    # join_spaced_han, which counts it as CJK.  Before wraps too: the wrap joiner
    # reads ``（`` to keep a wrapped byline together and quotes to find paragraph
    # ends.  The three work on stretches between blank lines, not on blocks.
    Step(
        "fix_byline_brackets",
        lambda c: c.fix_byline_brackets,
        lambda t, c, h: fix_byline_brackets(t),
    ),
    # Brackets first: a restored （ or ） is Chinese text to the mark beside it.
    Step("fix_ocr_punct", lambda c: c.fix_ocr_punct, lambda t, c, h: fix_ocr_punct(t)),
    # Quotes last of the three: they only read curly quotes, which nothing above changes.
    Step(
        "fix_quote_direction",
        lambda c: c.fix_quote_direction,
        lambda t, c, h: fix_quote_direction(t),
    ),
    # Spacing before wraps: the wrap joiner measures line widths, and a
    # letter-spaced line looks twice as wide as it was printed.
    Step("join_spaced_han", lambda c: c.join_spaced_han, lambda t, c, h: join_spaced_han(t)),
    Step("tidy_punct_spaces", lambda c: c.tidy_punct_spaces, lambda t, c, h: tidy_punct_spaces(t)),
    Step(
        "space_cjk_latin",
        lambda c: c.cjk_latin_space != "keep",
        lambda t, c, h: space_cjk_latin(t, add=c.cjk_latin_space == "add"),
    ),
    Step(
        "widen_halfwidth_punct",
        lambda c: c.halfwidth_punct == "fullwidth",
        lambda t, c, h: widen_halfwidth_punct(t),
    ),
    # Lines become blocks once every line is repaired, so widths are true; two
    # blocks run into one line are split first so each starts a line of its own.
    Step(
        "split_run_in_blocks",
        lambda c: c.rejoin_wrapped_lines,
        lambda t, c, h: split_run_in_blocks(t),
    ),
    # Pieces of a printed line cut at a quote mark are joined before the wrap
    # joiner measures the column: too short to measure by, and a sentence end
    # in mid-line would pass for a paragraph's end.
    Step(
        "rejoin_quote_pieces",
        lambda c: c.rejoin_wrapped_lines,
        lambda t, c, h: rejoin_quote_pieces(t),
    ),
    Step(
        "rejoin_wrapped_lines",
        lambda c: c.rejoin_wrapped_lines,
        lambda t, c, h: rejoin_wrapped_lines(
            t, doubled=h.lines_with(t, "fake_bold"), spaced=h.lines_with(t, "spaced_han")
        ),
    ),
    # Split paragraphs are found between blocks, so blocks must exist first.
    Step(
        "rejoin_split_paragraphs",
        lambda c: c.rejoin_wrapped_lines and c.rejoin_split_paragraphs,
        lambda t, c, h: rejoin_split_paragraphs(t),
    ),
    # The subtitle role of an OCR ``一一`` line is read from the block above it,
    # so blocks must exist; after the split rejoiner, so that the block above is
    # the one printed there, not the part of a paragraph dropped in between.
    Step(
        "restore_subtitle_dash",
        lambda c: c.rejoin_wrapped_lines and c.restore_subtitle_dash,
        lambda t, c, h: restore_subtitle_dash(t),
    ),
    # Repeats are compared as whole paragraphs, after rejoining.
    Step(
        "drop_repeated_blocks",
        lambda c: c.drop_repeated_blocks,
        lambda t, c, h: drop_repeated_blocks(t, min_chars=c.repeated_block_min_chars),
    ),
    # Conversion last: every rule above is written for the text as printed.
    Step(
        "convert_script",
        lambda c: c.convert is not None,
        lambda t, c, h: convert_script(t, c.convert),
    ),
    Step("finish_text", _always, lambda t, c, h: finish_text(t)),
)


# Checks run once, on the final text: a paragraph's quotes can only be counted
# once its wraps are joined and the paragraphs an inserted block split are one.
# Each returns (start, end, kind) spans of the text it reads; kinds are REASONS' keys.
CHECKS: tuple[Callable[[str], list[tuple[int, int, str]]], ...] = (find_suspicious, quote_errors)


# Repairs can reveal work for repairs that ran before them (a quote turned the
# right way round completes a doubled run); the pipeline runs again on its own
# output until nothing changes, so that cleaning twice gives what cleaning once
# gave.  Real pages settle in one or two passes; odd input can need more (the
# split-paragraph rejoiner gives a head one stray tail per pass), and the bound
# keeps garbage input cheap.
_MAX_PASSES = 8


def run(text: str, config: CleanConfig) -> CleanResult:
    """Run every enabled step on ``text`` and return the result with its log."""
    offsets = OffsetMap.identity(len(text))
    repairs: list[Repair] = []
    for _ in range(_MAX_PASSES):
        changed = False
        # Each pass reads the evidence of its own repairs only: from the second
        # pass on, the steps see the text as a second clean of the output would,
        # so the output is what cleaning it again gives.
        this_pass = len(repairs)
        for step in STEPS:
            if not step.enabled(config):
                continue
            history = History(repairs[this_pass:], offsets)
            edits = check_edits(step.apply(text, config, history), len(text))
            if not edits:
                continue
            for edit in edits:
                before = text[edit.start : edit.end]
                if before == edit.replacement:
                    continue
                changed = True
                start, end = (
                    offsets.source_span(*edit.origin)
                    if edit.origin is not None and edit.start == edit.end
                    else offsets.source_span(edit.start, edit.end)
                )
                repairs.append(Repair(edit.kind, start, end, before, edit.replacement))
            offsets = offsets.after(edits)
            text = apply_edits(text, edits)
        if not changed:
            break
    warnings = _warnings(text, offsets) if config.report_suspicious else ()
    return CleanResult(text, _blocks(text, offsets), tuple(repairs), warnings, offsets)


def _warnings(text: str, offsets: OffsetMap) -> tuple[Suspicion, ...]:
    """What every check finds in the clean ``text``, at its source span, in source order."""
    found = [
        Suspicion(kind, *offsets.source_span(start, end), text[start:end], REASONS[kind])
        for check in CHECKS
        for start, end, kind in check(text)
    ]
    return tuple(sorted(found, key=lambda s: (s.start, s.end, s.kind, s.text)))


def _blocks(text: str, offsets: OffsetMap) -> tuple[Block, ...]:
    blocks: list[Block] = []
    cursor = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip("\n")
        if stripped:
            start = cursor + chunk.index(stripped)
            end = start + len(stripped)
            blocks.append(Block(stripped, *offsets.source_span(start, end)))
        cursor += len(chunk) + 2
    return tuple(blocks)

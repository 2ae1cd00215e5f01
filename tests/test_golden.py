"""Whole-page golden tests: ``clean_text`` of each seed page equals its hand-written golden file.

The golden files (``tests/golden/<seed>.txt``) were written by reading the source pages, not
from the program's output; ``tests/golden/README.md`` lists the judgement calls they contain.
On a mismatch the failure names the first differing block instead of dumping the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import baozhi

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"

SEED_STEMS = sorted(path.stem for path in SEEDS.glob("*.txt"))


def read_utf8(path: Path) -> str:
    """The file's exact text: bytes decoded as UTF-8, no newline translation."""
    return path.read_bytes().decode("utf-8")


def split_blocks(text: str) -> list[str]:
    """The blocks of a clean text: one per line, separated by one blank line."""
    body = text[:-1] if text.endswith("\n") else text
    return body.split("\n\n") if body else []


def first_difference(expected: str, got: str) -> str:
    """Describe where ``got`` first departs from ``expected``, block by block."""
    want, have = split_blocks(expected), split_blocks(got)
    for index, (a, b) in enumerate(zip(want, have, strict=False)):
        if a != b:
            return (
                f"first differing block #{index} (of {len(want)} expected, {len(have)} got)\n"
                f"expected: {a!r}\n"
                f"     got: {b!r}"
            )
    if len(want) != len(have):
        index = min(len(want), len(have))
        extra = want[index] if len(want) > len(have) else have[index]
        side = "missing from output" if len(want) > len(have) else "unexpected in output"
        return (
            f"blocks 0..{index - 1} agree; {len(want)} expected, {len(have)} got; "
            f"block #{index} {side}: {extra!r}"
        )
    return f"same blocks, different separators or final newline: {got[-20:]!r}"


def test_every_seed_has_a_golden_file() -> None:
    assert SEED_STEMS, f"no seed pages in {SEEDS}"
    missing = [stem for stem in SEED_STEMS if not (GOLDEN / f"{stem}.txt").is_file()]
    assert not missing, f"seeds without a golden file: {missing}"


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_golden_file_has_the_clean_text_shape(stem: str) -> None:
    """One block per line, one blank line between blocks, no stray spaces, one final newline."""
    text = read_utf8(GOLDEN / f"{stem}.txt")
    assert text.endswith("\n"), "needs a final newline"
    assert not text.endswith("\n\n"), "needs exactly one final newline"
    assert "\r" not in text, "CR line ends"
    assert "\n\n\n" not in text, "more than one blank line between blocks"
    for index, block in enumerate(split_blocks(text)):
        assert block, f"block #{index} is empty"
        assert "\n" not in block, f"block #{index} spans lines: {block!r}"
        assert block == block.strip(), f"block #{index} has edge whitespace: {block!r}"
        assert "  " not in block, f"block #{index} has a double space: {block!r}"


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_clean_text_matches_golden(stem: str) -> None:
    source = read_utf8(SEEDS / f"{stem}.txt")
    expected = read_utf8(GOLDEN / f"{stem}.txt")
    got = baozhi.clean_text(source)
    if got != expected:
        pytest.fail(f"{stem}: {first_difference(expected, got)}", pytrace=False)


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seeds_are_byte_identical_to_shared() -> None:
    ours = {path.name: path.read_bytes() for path in SEEDS.glob("*.txt")}
    theirs = {path.name: path.read_bytes() for path in SHARED_SEEDS.glob("*.txt")}
    assert sorted(ours) == sorted(theirs), "the seed file names differ from ../shared/seeds"
    changed = [name for name in sorted(ours) if ours[name] != theirs[name]]
    assert not changed, f"seeds differ from ../shared/seeds: {changed}"

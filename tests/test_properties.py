"""The cleaner's contract, stated as properties of generated pages.

Each corruptor has its own round-trip test, so a failure names the artefact the
cleaner does not undo yet.  A failing example Hypothesis finds should become a
named regression case in the per-artefact data tests.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baozhi import CleanConfig, clean_text, repair
from baozhi.chars import is_han
from baozhi.testing import CORRUPTIONS, CorruptedPage, corrupted_pages, pages

# Any str at all: every code point including controls and lone surrogates, plus
# CJK-heavy text and very long lines, which the line-based repairs must bound.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
NEWSPAPERISH = st.sampled_from("科技创新发展示范“”（）《》，。 \n\r\f\t5G\uff27%\u3000\u200b")
ANY_TEXT = st.one_of(
    st.text(ANY_CHARACTER),
    st.text(st.one_of(ANY_CHARACTER, NEWSPAPERISH), max_size=200),
    st.lists(st.sampled_from(["科技", "科技科技", "\r\n", "\n\n", " ", "。", "5G", "55GG"])).map(
        "".join
    ),
    st.builds(
        lambda piece, times: piece * times,
        st.text(NEWSPAPERISH, min_size=1, max_size=8),
        st.integers(100, 3000),
    ),
)

NO_CONVERSION = CleanConfig(convert=None)


# --- round trip: clean text is a fixed point, and every corruption is undone ---


@given(pages())
def test_clean_page_is_a_fixed_point(page: str) -> None:
    assert clean_text(page) == page


def _round_trip(page: CorruptedPage) -> None:
    assert clean_text(page.corrupted) == clean_text(page.clean)
    assert clean_text(page.clean) == page.clean


@given(corrupted_pages(corruptions=("double_runs",)))
def test_round_trip_double_runs(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("double_runs_across_lines",)))
def test_round_trip_double_runs_across_lines(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("space_out",)))
def test_round_trip_space_out(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("hard_wrap",)))
def test_round_trip_hard_wrap(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("add_cjk_digit_spaces",)))
def test_round_trip_add_cjk_digit_spaces(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("gbk_mojibake",)))
def test_round_trip_gbk_mojibake(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("fullwidth_alnum",)))
def test_round_trip_fullwidth_alnum(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("hard_wrap", "space_out", "add_cjk_digit_spaces")))
def test_round_trip_wrapped_and_spaced(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=("double_runs", "double_runs_across_lines", "fullwidth_alnum")))
def test_round_trip_fake_bold_and_fullwidth(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages(corruptions=CORRUPTIONS))
def test_round_trip_everything_at_once(page: CorruptedPage) -> None:
    _round_trip(page)


@given(corrupted_pages())
def test_round_trip_any_combination(page: CorruptedPage) -> None:
    _round_trip(page)


# --- idempotence ---


@given(corrupted_pages())
def test_idempotent_on_corrupted_pages(page: CorruptedPage) -> None:
    once = clean_text(page.corrupted)
    assert clean_text(once) == once


@given(ANY_TEXT)
def test_idempotent_on_any_text(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


# --- provenance: nothing invented, nothing dropped without a log entry ---


def _han_counts(text: str) -> Counter[str]:
    return Counter(char for char in text if is_han(char))


def _check_nothing_invented(text: str) -> None:
    output = _han_counts(clean_text(text, NO_CONVERSION))
    source = _han_counts(text)
    invented = {char: n - source[char] for char, n in output.items() if n > source[char]}
    assert not invented


@given(corrupted_pages(corruptions=tuple(c for c in CORRUPTIONS if c != "gbk_mojibake")))
def test_nothing_invented_in_corrupted_pages(page: CorruptedPage) -> None:
    # Mojibake repair turns garbled Han into other Han on purpose; without it,
    # every Han character of the output must come from the input.
    _check_nothing_invented(page.corrupted)


@given(ANY_TEXT)
def test_nothing_invented_in_any_text(text: str) -> None:
    config = NO_CONVERSION.replace(fix_mojibake=False, fix_gbk_mojibake=False)
    output = _han_counts(clean_text(text, config))
    source = _han_counts(text)
    assert all(n <= source[char] for char, n in output.items())


def _check_drops_logged(text: str) -> None:
    result = repair(text)
    reached = [False] * len(text)  # reached exactly, or inside a logged repair
    for start, end in result.offsets.exact_source_offsets():
        reached[start:end] = [True] * (end - start)
    for logged in result.repairs:
        reached[logged.start : logged.end] = [True] * (logged.end - logged.start)
    unlogged = [offset for offset, seen in enumerate(reached) if not seen]
    assert not unlogged, [(offset, text[offset]) for offset in unlogged]


@given(corrupted_pages())
def test_every_drop_logged_in_corrupted_pages(page: CorruptedPage) -> None:
    _check_drops_logged(page.corrupted)


@given(ANY_TEXT)
def test_every_drop_logged_in_any_text(text: str) -> None:
    _check_drops_logged(text)


# --- robustness and shape ---


@given(ANY_TEXT)
def test_any_str_gives_a_str_ending_in_a_newline_or_empty(text: str) -> None:
    out = clean_text(text)
    assert isinstance(out, str)
    assert out == "" or out.endswith("\n")


def _check_blocks(text: str) -> None:
    result = repair(text)
    if not result.text:
        assert result.blocks == ()
        return
    assert "\n\n".join(block.text for block in result.blocks) + "\n" == result.text
    for block in result.blocks:
        assert 0 <= block.start <= block.end <= len(text)


@given(corrupted_pages())
def test_blocks_rebuild_the_text_in_corrupted_pages(page: CorruptedPage) -> None:
    _check_blocks(page.corrupted)


@given(ANY_TEXT)
def test_blocks_rebuild_the_text_in_any_text(text: str) -> None:
    _check_blocks(text)


@pytest.mark.parametrize("text", ["", "\n", " \n\f\t", "\ud800", "科" * 100_000])
def test_edge_inputs(text: str) -> None:
    _check_blocks(text)
    _check_drops_logged(text)

"""Examples that Hypothesis found, kept as named cases.

A known failure stays here as a strict xfail, so that a fix is noticed (and the
marker must then go).
"""

from __future__ import annotations

import pytest

from baozhi import clean_text
from baozhi.testing import double_runs_across_lines


def test_idempotent_when_a_fake_bold_line_ends_a_block() -> None:
    # From test_idempotent_on_any_text: the wrap joiner left the fake-bold line
    # ``BAB`` out of its column width, a second clean (which no longer knows it
    # was fake bold) counted it, and joined the two lines after it.
    once = clean_text("BABBAB\r00\u0e5c、\u0e5c\r0")
    assert clean_text(once) == once


@pytest.mark.parametrize("text", ["BABBAB、\r0", "BABBAB、0\r0", "、\rA00A00", "、0\r11A11A"])
def test_idempotent_when_fake_bold_alone_makes_a_block(text: str) -> None:
    # From test_idempotent_on_any_text: a break was made only because one line was
    # fake bold (``BAB、``, ``A00``, ``11A``); a second clean, which no longer knows
    # that, read a line with sentence punctuation, or one stopping mid-sentence
    # before it, and went on.
    once = clean_text(text)
    assert clean_text(once) == once


def test_idempotent_on_a_periodic_run_longer_than_a_square() -> None:
    # From test_idempotent_on_any_text: seven copies of ``B〸`` read as three
    # doubled with one over; each clean took away half of what was left.
    once = clean_text("B〸B〸B〸B〸B〸B〸B〸0AAB 〸0B〸0AA")
    assert clean_text(once) == once


def test_fake_bold_ending_in_one_character_before_a_repeating_page() -> None:
    # From test_round_trip_double_runs_across_lines: the last chunk of the fake-bold
    # headline is one character (``家`` / ``家``).  Its square was dropped as hidden
    # by a stronger one starting inside it, ``家创新一家一`` twice, which the blocks
    # after it spell only across line breaks inside a copy: no square at all.
    headline = "一家一家发展一家一家"
    corrupted = double_runs_across_lines(headline, [3])
    assert corrupted == "一家一\n一家一家发展\n家发展一家一\n一家一家\n家"
    clean = f"{headline}\n\n创新\n\n一家一家创新一家一家\n"
    assert clean_text(f"{corrupted}\n\n创新\n\n一家一家创新一家一家\n") == clean


def test_fake_bold_caption_opening_with_a_date() -> None:
    # From test_round_trip_everything_at_once: the date chunk of a fake-bold
    # caption carried two letters of evidence (digits counted nothing), the
    # ``发展`` chunk two, and neither proved the chain.
    caption = "10月10日发展 本报记者 王尧 摄"
    assert clean_text("10月10日10月10日发展发展 本报记者 王尧 摄") == caption + "\n"


def test_stacked_headlines_of_one_width_are_no_column() -> None:
    # From test_round_trip_double_runs_across_lines: three headlines 16 to 20 cells
    # wide looked like a narrow column, so a paragraph (kept on one line) and the
    # headlines after it were joined as its wrapped lines.
    page = (
        "新材料产业集群崛起\n\n高新区推动产业链延链补链强链。\n\n"
        "科技创新引领发展\n\n示范区奋力跃升新征程\n"
    )
    assert clean_text(page) == page


@pytest.mark.parametrize(
    "text", ["%\n%\f\n%\f0\n%\f0\n000000000，", "0\r、A\x9a0A\r\x9aA\x9a0000AA\x9a\x9a"]
)
def test_idempotent_where_one_pass_reveals_work_for_the_next(text: str) -> None:
    # From extended runs of test_idempotent_on_any_text: four stray tails kept apart
    # by form feeds (the rejoiner gives a head one tail per pass), and a joined wrap
    # that reveals fake bold that reveals more; three passes were not enough.
    once = clean_text(text)
    assert clean_text(once) == once


@pytest.mark.xfail(
    strict=True,
    reason=(
        "a paragraph's first line after headlines, in a page whose wrapped paragraphs "
        "are three lines with a last line of ``。”``, has too few lines of its width "
        "around it to show a column, and is read as a headline (found by extended "
        "runs of test_round_trip_hard_wrap and test_round_trip_any_combination)"
    ),
)
def test_first_line_of_a_wrapped_paragraph_after_headlines() -> None:
    clean = (
        "创新\n\n产业\n\n"
        "发展1月1日发展1月2日发展5G发展。“发展。”“发展《创新发展创新》发展创新，"
        "发展创新发展一家一家。”\n\n发展\n\n一家一家发展一家一家\n\n"
        "“发展，发展1月1日发展，发展1.1万亩发展。”“发展创新发展产业发展创新。”"
        "“发展一家一家群众路线。”\n"
    )
    corrupted = (
        "创新\n\n产业\n\n发展1月1日发展1月2日发展5G发\n展。“发展。”“发展《创新发展创新\n"
        "》发展创新，发展创新发展一家一家\n。”\n\n发展\n\n一家一家发展一家一家\n\n"
        "“发展，发展1月1日发展，发展\n1.1万亩发展。”“发展创新发展产业\n"
        "发展创新。”“发展一家一家群众路线\n。”\n"
    )
    assert clean_text(corrupted) == clean

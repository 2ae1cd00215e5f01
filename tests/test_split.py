"""The split-paragraph rejoiner on cases extended property runs and real layouts call for."""

from __future__ import annotations

import pytest

from baozhi import clean_text
from baozhi.blocks.split import rejoin_split_paragraphs
from baozhi.provenance import apply_edits


def test_a_paragraph_broken_into_three_parts_is_one_again() -> None:
    # Two column breaks, each with a block printed between: the first tail still
    # stops mid-sentence, so the second one belongs to the same paragraph.
    blocks = (
        "前三季度，全市实现地区生产总值1865.3亿元，同比增长5.8%，增速高于全省平均水平\n\n"
        "聚焦高质量发展\n\n"
        "，经济运行呈现稳中向好、进中提质的态势，规上工业增加值\n\n"
        "技术人员在研发中心调试设备 本报记者 周海涛 摄\n\n"
        "，同比增长9.2%。\n"
    )
    edits = rejoin_split_paragraphs(blocks)
    assert apply_edits(blocks, edits) == (
        "前三季度，全市实现地区生产总值1865.3亿元，同比增长5.8%，增速高于全省平均水平，"
        "经济运行呈现稳中向好、进中提质的态势，规上工业增加值，同比增长9.2%。\n\n"
        "聚焦高质量发展\n\n"
        "技术人员在研发中心调试设备 本报记者 周海涛 摄\n"
    )
    # Each tail is moved, not retyped: its inserted text names where it came from.
    inserted = [edit for edit in edits if edit.replacement and edit.origin]
    assert [blocks[slice(*edit.origin)] for edit in inserted] == [
        "，经济运行呈现稳中向好、进中提质的态势，规上工业增加值",
        "，同比增长9.2%。",
    ]


def test_tails_opening_the_page_each_take_their_own_separator() -> None:
    # The second part of a paragraph can be extracted before its first.
    blocks = "，经济运行稳中向好\n\n、进中提质。\n\n全市实现地区生产总值1865.3亿元，同比增长5.8%\n"
    assert apply_edits(blocks, rejoin_split_paragraphs(blocks)) == (
        "全市实现地区生产总值1865.3亿元，同比增长5.8%，经济运行稳中向好、进中提质。\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # From a thorough run of test_idempotent_on_any_text: two tails at the very
        # start of the page both took the blank line between them (a crash).
        "、\r\x0c、\r00000000\x0c、\r00000000\x0c、",
        # Eight tails for one head: one tail per pass ran out of passes.
        "、\r、0\x0c\r0、0\r、\x0c0\r0、0\r、\x0c0\r0、0\r、\x0c0\r0、0\r00000000\x0c、",
    ],
)
def test_many_tails_settle_in_one_clean(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once

"""The scoring helpers of scripts/score.py, on small hand-made inputs."""

from __future__ import annotations

import doctest

import pytest

from script_modules import load_script

score = load_script("score")


# --------------------------------------------------------------------------- edit distance


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", 0),
        ("", "新材料", 3),
        ("新材料", "", 3),
        ("新材料", "新材料", 0),
        ("新材料", "新林料", 1),  # one substitution
        ("新材料", "新材料园", 1),  # one insertion
        ("一家一家", "一家", 2),  # two deletions
        ("kitten", "sitting", 3),  # k→s, e→i, +g
        ("机器轰鸣", "机器缀鸣", 1),  # an OCR look-alike
        ("ab", "ba", 2),  # no transpositions in Levenshtein
        ("高新区 5G", "高新区5G", 1),
    ],
)
def test_edit_distance(a: str, b: str, expected: int) -> None:
    assert score.edit_distance(a, b) == expected
    assert score.edit_distance(b, a) == expected


def test_edit_distance_limit_stops_early_but_never_lies_below() -> None:
    assert score.edit_distance("abcdef", "uvwxyz", limit=2) == 3  # true distance 6
    assert score.edit_distance("abcdef", "abcdez", limit=2) == 1  # within the limit
    assert score.edit_distance("a", "abcdef", limit=3) == 4  # length difference alone


def test_similarity() -> None:
    assert score.similarity("新材料园", "新材料园") == 1.0
    assert score.similarity("新材料园", "新林料园") == 0.75
    assert score.similarity("甲乙", "丙丁戊") == 0.0  # distance 3 over length 3
    assert score.similarity("", "") == 1.0


def test_nearest_block_prefers_most_similar_then_earliest() -> None:
    blocks = ["科技", "新材料产业园区", "新材料产业", "新材料产业"]
    match = score.nearest_block(["新材料产业园"], blocks)
    # distance 1 to both 新材料产业园区 and 新材料产业; similarity 6/7 vs 5/6: the former.
    assert (match.block_index, match.similarity) == (1, pytest.approx(6 / 7))
    exact = score.nearest_block(["新材料产业"], blocks)
    assert (exact.block_index, exact.similarity) == (2, 1.0)


def test_nearest_block_with_no_blocks() -> None:
    assert score.nearest_block(["甲"], []).block_index == -1


# --------------------------------------------------------------------------- reduplications


def test_find_reduplications_units_of_one_to_four() -> None:
    assert score.find_reduplications("常常") == [(0, "常常")]
    assert score.find_reduplications("对企业一家一家走访") == [(3, "一家一家")]
    assert score.find_reduplications("研究研究再说") == [(0, "研究研究")]
    assert score.find_reduplications("高高兴兴") == [(0, "高高"), (2, "兴兴")]
    assert score.find_reduplications("新材料园新材料园") == [(0, "新材料园新材料园")]


def test_find_reduplications_ignores_longer_units_non_han_and_gaps() -> None:
    assert score.find_reduplications("新材料产业新材料产业") == []  # unit of 5
    assert score.find_reduplications("aa 11 ““ ……") == []  # Latin, digits, punctuation
    assert score.find_reduplications("一家，一家") == []  # not adjacent
    assert score.find_reduplications("5G5G") == []


def test_find_reduplications_overlapping() -> None:
    # 哈哈哈哈: 哈哈 at 0, 1 and 2, and 哈哈哈哈 (unit 哈哈) at 0.
    assert score.find_reduplications("哈哈哈哈") == [
        (0, "哈哈"),
        (0, "哈哈哈哈"),
        (1, "哈哈"),
        (2, "哈哈"),
    ]
    # 综合部部长: a double across a word boundary is still a reduplication to keep.
    assert score.find_reduplications("综合部部长") == [(2, "部部")]


def test_count_overlapping() -> None:
    assert score.count_overlapping("哈哈哈", "哈哈") == 2
    assert score.count_overlapping("一家一家走访一家一家", "一家一家") == 2
    assert score.count_overlapping("一家", "一家一家") == 0


def test_check_repetitions_counts_and_misses() -> None:
    gold = ["对企业一家一家走访、问题一个一个解决", "常常一待就是大半天"]
    # 一家一家 lost, 一个一个 kept, 常常 doubled by undone fake bold (not a miss).
    output = ["对企业一家走访、问题一个一个解决", "常常常常一待就是大半天"]
    total, misses = score.check_repetitions(gold, output)
    assert total == 3
    assert [(m.text, m.expected, m.found, m.broken) for m in misses] == [("一家一家", 1, 0, 1)]


def test_check_repetitions_counts_block_by_block() -> None:
    # 一家 | 一家 across two output blocks is not an occurrence.
    _, misses = score.check_repetitions(["一家一家"], ["一家", "一家"])
    assert [m.text for m in misses] == ["一家一家"]


def test_check_repetitions_records_what_the_source_holds() -> None:
    gold = ["常常一待就是大半天"]
    # OCR misread the second 常: the source lacks it, whitespace or not.
    (miss,) = score.check_repetitions(gold, ["常帝一待"], source="常 帝一待")[1]
    assert (miss.in_source, miss.lost_in_source) == (0, 1)
    # The source has it across a line break: the cleaner lost it.
    (miss,) = score.check_repetitions(gold, ["常", "常一待"], source="常\n常一待")[1]
    assert (miss.in_source, miss.lost_in_source) == (1, 0)


# --------------------------------------------------------------------------- exact paragraphs


GOLD_PAGE = {
    "articles": [
        {
            "title": "寒潮来袭 我市将迎大风降温",
            "byline": "本报讯（记者孙若冰）",
            "paragraphs": ["记者11月27日获悉。", "市民要及时添衣。"],
            "captions": [{"text": "市民锻炼身体", "credit": "本报记者 王尧 摄"}],
        },
        {
            "title": "新材料产业集群加速崛起",
            "byline": "本报记者 陈思远",
            "paragraphs": ["走进高新区。"],
            "captions": [],
        },
    ],
    "captions": [],
    "other": ["扫码看精彩视频"],
}


def test_gold_paragraphs_byline_rule() -> None:
    paragraphs = score.gold_paragraphs(GOLD_PAGE)
    assert [p.accepted for p in paragraphs] == [
        ("记者11月27日获悉。", "本报讯（记者孙若冰）记者11月27日获悉。"),
        ("市民要及时添衣。",),  # not the first paragraph
        ("走进高新区。",),  # byline not 本报讯
    ]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # byline kept at the start of the first paragraph: exact
        (["本报讯（记者孙若冰）记者11月27日获悉。", "市民要及时添衣。", "走进高新区。"], 3),
        # byline split off already: exact too
        (["记者11月27日获悉。", "市民要及时添衣。", "走进高新区。"], 3),
        # a space between byline and paragraph is not the clean text's shape
        (["本报讯（记者孙若冰） 记者11月27日获悉。", "市民要及时添衣。"], 1),
        # a non-本报讯 byline never counts as part of the paragraph
        (["本报记者 陈思远走进高新区。", "本报讯（记者孙若冰）市民要及时添衣。"], 0),
        # a paragraph inside a longer block is not exact
        (["市民要及时添衣。走进高新区。"], 0),
    ],
)
def test_is_exact_with_byline_rule(blocks: list[str], expected: int) -> None:
    paragraphs = score.gold_paragraphs(GOLD_PAGE)
    assert sum(score.is_exact(p, blocks) for p in paragraphs) == expected


def test_score_page_figures() -> None:
    blocks = ["本报讯（记者孙若冰）记者11月27日获悉。", "市民要及时添衣", "走进高新区。"]
    tally = score.score_page(GOLD_PAGE, "", blocks)
    assert (tally.paragraphs, tally.exact) == (3, 2)
    # 市民要及时添衣。 (8 chars) against 市民要及时添衣: similarity 7/8, weight 8.
    gold_chars = 11 + 8 + 6
    assert tally.gold_chars == gold_chars
    assert tally.char_accuracy == pytest.approx((11 + 7 + 6) / gold_chars)


def test_gold_texts_covers_every_field() -> None:
    assert score.gold_texts(GOLD_PAGE) == [
        "寒潮来袭 我市将迎大风降温",
        "本报讯（记者孙若冰）",
        "记者11月27日获悉。",
        "市民要及时添衣。",
        "市民锻炼身体",
        "本报记者 王尧 摄",
        "新材料产业集群加速崛起",
        "本报记者 陈思远",
        "走进高新区。",
        "扫码看精彩视频",
    ]


# --------------------------------------------------------------------------- seeds


def test_split_blocks() -> None:
    assert score.split_blocks("甲\n\n乙\n丙\r\n\r\n \n丁\n") == ["甲", "乙\n丙", "丁"]


def test_exact_share_is_a_multiset_match() -> None:
    assert score.exact_share(["甲", "乙", "乙", "丙"], ["乙", "甲", "戊"]) == (2, [2, 3])
    assert score.exact_share([], ["甲"]) == (0, [])


def test_first_difference() -> None:
    assert score.first_difference("一家一家走访", "一家走访") == 2
    assert score.first_difference("新材料", "新材料园") == 3
    assert score.first_difference("甲", "甲") == 1


# --------------------------------------------------------------------------- OCR punctuation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外出;设施", 1),  # Han on both sides counts once
        ("真方便!", 1),
        ("增长6.7%;第三", 1),  # Han after it
        ("增长6.7%; 第三", 0),  # neither neighbour is Han
        ("外出；设施", 0),  # full-width
        ("9:30，1,000，Wi-Fi 6: network", 0),
        ("(上接第一版)", 0),  # brackets are not counted
        ("甲,乙;丙", 2),
    ],
)
def test_count_halfwidth_punct(text: str, expected: int) -> None:
    assert score.count_halfwidth_punct(text) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("没有引号", True),
        ("“样品”变成“产品”", True),
        ("“作为‘中转站’，”他说", True),  # each kind alternates on its own
        ("坚持“制造业当家“，", False),  # turned round
        ("引进一批“链主”企业，“下一步", False),  # odd count
        ("调试设备”本报记者 周海涛 摄", False),
        ("要素‘相加‘迈向", False),
        ("”样品“", False),  # alternates, but closing first
    ],
)
def test_quotes_alternate(block: str, expected: bool) -> None:
    assert score.quotes_alternate(block) is expected


def test_score_page_counts_ocr_punctuation_in_the_output() -> None:
    blocks = ["本报讯（记者孙若冰）记者11月27日获悉;", "市民要及时添衣。", "“走进高新区。"]
    tally = score.score_page(GOLD_PAGE, "", blocks)
    assert (tally.halfwidth_punct, tally.quote_errors) == (1, 1)
    assert tally.to_dict()["halfwidth_punct"] == 1
    assert tally.to_dict()["quote_errors"] == 1


def test_docstring_examples_of_the_script() -> None:
    # scripts/ is not collected by pytest, so run the script's doctests here (the
    # near-equal helpers document their threshold cases there).
    failures, tried = doctest.testmod(score)
    assert tried > 0
    assert failures == 0

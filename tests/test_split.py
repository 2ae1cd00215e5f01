"""The split-paragraph rejoiner on cases extended property runs and real layouts call for."""

from __future__ import annotations

import pytest

from baozhi import clean_text, parse_page
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


# Two stacked articles read down the page's columns, as pdftotext lays out dev
# page p03: the upper article's first column stops mid-sentence where the lower
# article's dateline begins; its second column follows the lower article's
# first column, which stops mid-sentence too; the lower article's title and
# the rest of its paragraph come last.
STACKED_COLUMNS = (
    "“一窗通办”让群众少跑腿\n本报讯（记者刘晓晴 通讯员王\n"
    "静怡）“以前办个营业执照要跑好几\n个窗口，材料常常要交好几遍，现在\n"
    "一个窗口就办完了，真方便！”11 月\n24 日上午，在市民服务中心综合受\n"
    "理区，刚领到营业执照的个体工商户\n李娟高高兴兴地说。\n"
    "今年以来，市民服务中心推行\n本报讯（记者 许文博 通讯员\n"
    "田野）11 月 18 日上午，市人社局在\n人民广场举办“就业援助月”专场招\n"
    "聘会，86 家用人单位现场提供 1100\n余个就业岗位，涵盖装备制造、电子\n"
    "商务、家政服务、餐饮住宿等行业。\n招聘会现场人头攒动。“我先到\n"
    "处看看，多比较比较，找一个离家\n近、能照顾孩子的工作。”今年 35 岁\n"
    "\n"
    "“前台综合受理、后台分类审批、统\n一窗口出件”模式，将原来分散在\n"
    "28 个部门的 1263 项政务服务事项整\n合进综合窗口，群众办事平均跑动次\n"
    "数由 2.6 次减少到 0.3 次。\n截至目前，全市政务服务事项网\n"
    "上可办率达到 96.8%，群众满意度保\n持在 99% 以上。\n"
    "\n"
    "“家门口”招聘会送来1100余个岗位\n的求职者马晓燕拿着一沓简历，在各\n"
    "个展位间仔细询问。\n"
)


def test_stacked_articles_read_down_the_columns_get_their_paragraphs_back() -> None:
    # Each cut-off part goes on where the other article's column breaks off; the
    # rest of the upper article's second column comes back with its first block.
    assert clean_text(STACKED_COLUMNS).split("\n\n") == [
        "“一窗通办”让群众少跑腿",
        "本报讯（记者刘晓晴 通讯员王静怡）“以前办个营业执照要跑好几个窗口，材料常常要交好几遍，"
        "现在一个窗口就办完了，真方便！”11月24日上午，在市民服务中心综合受理区，"
        "刚领到营业执照的个体工商户李娟高高兴兴地说。",
        "今年以来，市民服务中心推行“前台综合受理、后台分类审批、统一窗口出件”模式，"
        "将原来分散在28个部门的1263项政务服务事项整合进综合窗口，群众办事平均跑动次数由2.6次减少到0.3次。",
        "截至目前，全市政务服务事项网上可办率达到96.8%，群众满意度保持在99%以上。",
        "本报讯（记者 许文博 通讯员 田野）11月18日上午，"
        "市人社局在人民广场举办“就业援助月”专场招聘会，86家用人单位现场提供1100余个就业岗位，涵盖装备制造、电子商务、家政服务、餐饮住宿等行业。",
        "招聘会现场人头攒动。“我先到处看看，多比较比较，找一个离家近、能照顾孩子的工作。”"
        "今年35岁的求职者马晓燕拿着一沓简历，在各个展位间仔细询问。",
        "“家门口”招聘会送来1100余个岗位\n",
    ]


def test_stacked_articles_each_keep_their_own_paragraphs() -> None:
    page = parse_page(STACKED_COLUMNS)
    assert [(a.title, len(a.paragraphs)) for a in page.articles] == [
        ("“一窗通办”让群众少跑腿", 3),
        ("“家门口”招聘会送来1100余个岗位", 2),
    ]


def test_a_slogan_shaped_title_over_the_second_column_heads_its_article() -> None:
    # The lower article's title, printed between the two parts of a sentence
    # (``…今年 35 岁`` / title / ``的求职者…``), is its title even in the shape
    # of a slogan; the paragraph under it is no caption's first half.
    text = STACKED_COLUMNS.replace(
        "“家门口”招聘会送来1100余个岗位\n", "援企稳岗 送岗上门 暖心服务\n"
    ) + (
        "为方便求职者，招聘会还设置了政策咨\n询、技能培训报名等服务区。\n\n"
        "招聘会现场 本报记者 王尧 摄\n"
    )
    page = parse_page(text)
    assert [(a.title, len(a.paragraphs)) for a in page.articles] == [
        ("“一窗通办”让群众少跑腿", 3),
        ("援企稳岗 送岗上门 暖心服务", 3),
    ]
    assert (
        page.articles[1].paragraphs[-1]
        == "为方便求职者，招聘会还设置了政策咨询、技能培训报名等服务区。"
    )
    assert [(c.text, c.credit) for c in page.articles[1].captions] == [
        ("招聘会现场", "本报记者 王尧 摄")
    ]
    assert page.other == ()


def test_a_sentence_cut_by_a_dateline_goes_on_where_the_next_column_breaks_off() -> None:
    # The layout decides before a tail's shape: ``家`` after ``12月15`` would be
    # a unit too, but the upper paragraph goes on after the lower one's cut-off part.
    blocks = (
        "今年以来，全市新增市场主体1.2万户，其中12月15\n\n本报讯（记者王尧）招聘会开幕。\n\n"
        "求职者可以通过线上平台了解岗位信息，咨询专\n\n日新增企业86家，增长明显。\n\n"
        "家！现场还设置了政策咨询区。\n"
    )
    assert apply_edits(blocks, rejoin_split_paragraphs(blocks)) == (
        "今年以来，全市新增市场主体1.2万户，其中12月15日新增企业86家，增长明显。\n\n"
        "本报讯（记者王尧）招聘会开幕。\n\n"
        "求职者可以通过线上平台了解岗位信息，咨询专家！现场还设置了政策咨询区。\n"
    )


def test_a_caption_cut_by_a_dateline_takes_no_paragraph() -> None:
    # Without a second cut-off block there is no column break to read across.
    blocks = (
        "今年以来，市民服务中心推行\n\n"
        "本报讯（记者 许文博 通讯员 田野）11月18日上午，招聘会开幕。\n\n"
        "“前台综合受理、后台分类审批”模式已经推开。\n"
    )
    assert rejoin_split_paragraphs(blocks) == []


def test_a_paragraph_is_not_rejoined_across_a_glyph_ocr_could_not_read() -> None:
    # OCR read the last line of ``…讲解燃气安全知识。`` as ``1口`` (dev page p02):
    # the paragraph ended there, and the next one is not its continuation.
    blocks = (
        "11月19日，在东湖区向阳社区，工作人员向居民发放宣传手册，讲解燃气安全知\n\n1口\n\n"
        "活动现场，工作人员演示了燃气泄漏报警器的使用方法。\n"
    )
    assert rejoin_split_paragraphs(blocks) == []


def test_a_tail_closing_a_bracket_goes_to_the_head_that_opened_one() -> None:
    # From the thorough run of test_round_trip_dropped_block: ``米`` is a unit
    # after ``…延伸8`` too, but the tail closes ``》``, which only ``…《玉`` opened.
    blocks = (
        "态势全市。玉米科技明年优势。统筹延伸8\n\n"
        "补齐培育检查，其中工人《玉\n\n——纺织加大加快初心使命\n\n"
        "米电商运营》《游客举办》，城市研究推进发展。\n"
    )
    assert apply_edits(blocks, rejoin_split_paragraphs(blocks)) == (
        "态势全市。玉米科技明年优势。统筹延伸8\n\n"
        "补齐培育检查，其中工人《玉米电商运营》《游客举办》，城市研究推进发展。\n\n"
        "——纺织加大加快初心使命\n"
    )

"""Blocks: headlines dropped into a paragraph, the OCR subtitle dash, split paragraphs.

Examples are short excerpts of the dev pages (``../shared/corpus/dev/pages``).
"""

from __future__ import annotations

import pytest

from baozhi import CleanConfig, clean_text, repair
from baozhi.blocks.pieces import rejoin_quote_pieces
from baozhi.blocks.subtitles import restore_subtitle_dash
from baozhi.provenance import preview

# p01.tesseract: OCR reads the kicker, title, subtitle and a photo caption as
# boxes of their own and drops them into a paragraph (``一家一`` / ``家走访``).
INTERRUPTED = (
    "项目落地快不快，关键看\n服务。高新区推行“首席服务\n员”制度，对重点企业一家一\n\n"
    "聚焦高质量发展\n\n新材料产业集群加速崛起\n\n一一高新区推动产业链延链补链强链见闻\n\n"
    "技术人员在新材料产业园研发中心\n调试设备 本报记者 周海涛 摄\n\n"
    "家走访、问题一个一个解决，\n企业提出的用地、用电、融资\n等需求，限时办结率达到\n98% 以上。\n\n"
    "“下一步，我们将瞄准产\n业链关键环节，引进一批‘链\n主’企业和配套项目，力争到\n"
)
INTERRUPTED_CLEAN = (
    "项目落地快不快，关键看服务。高新区推行“首席服务员”制度，对重点企业一家一家走访、"
    "问题一个一个解决，企业提出的用地、用电、融资等需求，限时办结率达到98%以上。\n\n"
    "聚焦高质量发展\n\n新材料产业集群加速崛起\n\n——高新区推动产业链延链补链强链见闻\n\n"
    "技术人员在新材料产业园研发中心调试设备 本报记者 周海涛 摄\n\n"
    "“下一步，我们将瞄准产业链关键环节，引进一批‘链主’企业和配套项目，力争到\n"
)


def test_headlines_dropped_into_a_paragraph_keep_their_blocks() -> None:
    assert clean_text(INTERRUPTED) == INTERRUPTED_CLEAN


def test_printed_dash_gives_the_same_page() -> None:
    """Round trip: the page as printed (``——``) and as OCR read it clean the same."""
    printed = INTERRUPTED.replace("一一高新区", "——高新区")
    assert clean_text(printed) == clean_text(INTERRUPTED)


def test_subtitle_dash_is_logged_and_switchable() -> None:
    result = repair(INTERRUPTED)
    dashes = [r for r in result.repairs if r.kind == "subtitle_dash"]
    assert [(r.before, r.after) for r in dashes] == [("一一", "——")]
    assert INTERRUPTED[dashes[0].start : dashes[0].end] == "一一"
    off = clean_text(INTERRUPTED, CleanConfig(restore_subtitle_dash=False))
    # The blocks are the same; only the dash stays as OCR read it.
    assert off == INTERRUPTED_CLEAN.replace("——高新区", "一一高新区")


def test_headline_stack_needs_one_line_boxes() -> None:
    """A title as wide as its column, in a box with the paragraph after it, opens that paragraph."""
    page = (
        "产部经理刘建国说。\n\n"
        "近年来，高新区坚持“制\n造业当家”，围绕尼龙新材料、\n高端装备、电子信息三大主导\n\n"
        "新材料产业集群加速崛起\n产业绘制产业链图谱，开展精\n准招商。\n"
    )
    assert "新材料产业集群加速崛起产业绘制" in clean_text(page)


SUBTITLE_CASES = [
    # (label, input, expected)
    (
        "under the title",
        "新材料产业集群加速崛起\n\n一一高新区推动产业链延链补链强链见闻\n",
        "新材料产业集群加速崛起\n\n——高新区推动产业链延链补链强链见闻\n",
    ),
    (
        "under a two-part title",
        "寒潮来袭 我市将迎大风降温\n\n一一最低气温将降至-5℃左右\n",
        "寒潮来袭 我市将迎大风降温\n\n——最低气温将降至-5℃左右\n",
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), SUBTITLE_CASES)
def test_restore_subtitle_dash(label: str, text: str, expected: str) -> None:
    assert preview(restore_subtitle_dash, text) == expected, label


@pytest.mark.parametrize(
    "text",
    [
        # running text: a wrapped line opening with the word 一一
        "高新区为重点企业建立了\n一一对应的服务专员制度，\n",
        "高新区为重点企业建立了\n\n一一对应的服务专员制度，做到有求必应。\n",
        # a paragraph opening with it, under a title
        "新材料产业集群加速崛起\n\n一一对应，是高新区服务企业的办法。\n",
        # not under a title: after a paragraph (p01.tesseract's second subtitle,
        # which OCR read after the article's first paragraph) or a credit
        "经济运行呈现稳中向好、进中提质的态势。\n\n一一地区生产总值同比增长5.8%\n",
        "调试设备 本报记者 周海涛 摄\n\n一一高新区推动产业链延链补链强链见闻\n",
        # under a subtitle, or on a line of its own
        "——高新区推动产业链见闻\n\n一一对应帮扶\n",
        "一一高新区推动产业链延链补链强链见闻\n",
        "新材料产业集群加速崛起\n\n一一一\n",
    ],
)
def test_restore_subtitle_dash_leaves_alone(text: str) -> None:
    assert restore_subtitle_dash(text) == []


# A paragraph of p01 with ``一一对应`` opening a wrapped line, as pdftotext
# (no blank lines), pdfminer (a blank line after each box) and a page with a
# blank line after every line print it.
RUNNING = [
    "项目落地快不快，关键看",
    "服务。高新区为重点企业建立了",
    "一一对应的服务专员制度，对",
    "重点企业一家一家走访、问题一",
    "个一个解决，限时办结率达到",
    "98% 以上。",
]
RUNNING_CLEAN = (
    "项目落地快不快，关键看服务。高新区为重点企业建立了一一对应的服务专员制度，"
    "对重点企业一家一家走访、问题一个一个解决，限时办结率达到98%以上。\n"
)


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_running_text_keeps_yiyi_duiying(separator: str) -> None:
    assert clean_text(separator.join(RUNNING) + "\n") == RUNNING_CLEAN


def test_running_text_keeps_yiyi_duiying_in_a_boxed_page() -> None:
    page = "\n".join(RUNNING[:2]) + "\n\n" + "\n".join(RUNNING[2:]) + "\n"
    assert clean_text(page) == RUNNING_CLEAN


# --- pieces of a printed line that pdftotext -raw cut at a quote mark ---

# p03.pdftotext-raw: ``说”`` / ``。同时`` and ``攒动。`` / ``“我先到`` are one printed
# line each; the short pieces made ``…证照。`` look like a mid-paragraph line and
# ``招聘会现场人头攒动。`` like a paragraph's last line.
RAW_P03 = (
    "针对群众反映的“办事难”问\n题，中心设立“办不成事”反映窗\n口，安排专人一个一个梳理、逐项协\n"
    "调，不再让群众听到“研究研究再\n说”\n。同时，中心开通 24 小时自助服\n"
    "务区，市民通过“云湖政务”APP\n即可预约、查询、打印证照。\n截至目前，全市政务服务事项网\n"
    "上可办率达到 96.8%，群众满意度保\n持在 99% 以上。\n本报讯（记者 许文博 通讯员\n"
    "田野）11 月 18 日上午，市人社局在\n人民广场举办“就业援助月”专场招\n"
    "聘会，86 家用人单位现场提供 1100\n余个就业岗位，涵盖装备制造、电子\n"
    "商务、家政服务、餐饮住宿等行业。\n招聘会现场人头攒动。\n“我先到\n处看看，多比较比较，找一个离家\n"
    "近、能照顾孩子的工作。\n”今年 35 岁\n的求职者马晓燕拿着一沓简历，在各\n个展位间仔细询问。\n"
)


def test_quote_pieces_restore_paragraph_boundaries() -> None:
    paragraphs = clean_text(RAW_P03).split("\n\n")
    assert paragraphs[0].endswith("即可预约、查询、打印证照。")
    assert paragraphs[1].startswith("截至目前，全市政务服务事项网上可办率达到96.8%，")
    assert paragraphs[2].endswith("涵盖装备制造、电子商务、家政服务、餐饮住宿等行业。")
    assert paragraphs[3].startswith("招聘会现场人头攒动。“我先到处看看，")


def test_quote_pieces_are_logged() -> None:
    pieces = [r for r in repair(RAW_P03).repairs if r.kind == "quote_piece"]
    assert [RAW_P03[r.start - 2 : r.end + 2] for r in pieces] == [
        "说”\n。同",
        "动。\n“我",
        "作。\n”今",
    ]


def test_quote_pieces_need_the_page_to_cut_at_quotes() -> None:
    """Without a line opening with a closing quote, a short quoted line is no piece."""
    page = RAW_P03.replace("说”\n。同时", "说”。同时").replace("。\n”今年", "。”今年")
    assert rejoin_quote_pieces(page) == []


def test_paragraph_opening_with_a_quote_stays() -> None:
    """p01.pdftotext-raw: ``98% 以上。`` / ``“下一步，…`` is a paragraph break, the
    quoted line too long to be a piece of the line before."""
    page = (
        "员”制度，对重点企业一家一\n家走访、问题一个一个解决，\n企业提出的用地、用电、融资\n"
        "等需求，限时办结率达到\n98% 以上。\n“下一步，我们将瞄准产\n业链关键环节，引进一批‘链\n"
        "主’企业和配套项目，力争到\n2025 年产业集群规模突破 500\n亿元。\n”高新区党工委副书记、\n"
    )
    assert preview(rejoin_quote_pieces, page) == page.replace("亿元。\n”", "亿元。”")


# --- a headline alone in its box, dropped into a paragraph ---

# p03.pdfminer: the second article's title sits between the two parts of a sentence.
PDFMINER_P03 = (
    "本报讯（记者 许文博 通讯员\n田野）11 月 18 日上午，市人社局在\n"
    "人民广场举办“就业援助月”专场招\n聘会，86 家用人单位现场提供 1100\n"
    "余个就业岗位，涵盖装备制造、电子\n"
    "商务、家政服务、餐饮住宿等行业。\n招聘会现场人头攒动。“我先到\n处看看，多比较比较，找一个离家\n"
    "近、能照顾孩子的工作。”今年 35 岁\n\n“家门口”招聘会送来1100余个岗位\n\n"
    "的求职者马晓燕拿着一沓简历，在各\n个展位间仔细询问。\n\n为方便求职者，招聘会还设置了\n"
    "政策咨询、技能培训报名、创业指导\n等服务区，并同步开展网络直播带\n"
    "岗。当天，共有 2300 余人次进场求\n\n"
    "职，初步达成就业意向 420 人。\n"
)


def test_headline_dropped_into_a_sentence_is_a_block() -> None:
    clean = clean_text(PDFMINER_P03)
    assert "“家门口”招聘会送来1100余个岗位" in clean.split("\n")
    assert "工作。”今年35岁的求职者马晓燕拿着一沓简历" in clean
    assert "进场求职，初步达成就业意向420人。" in clean


# --- a note beside a QR code ---


def test_qr_code_note_on_two_lines_is_one_block() -> None:
    # Seed 004 prints 扫码看 / 精彩视频 as two short lines beside the code.
    page = "数智赋能使得生产效率明显提升\n\n\n\n扫码看\n精彩视频\n"
    assert clean_text(page) == "数智赋能使得生产效率明显提升\n\n扫码看精彩视频\n"


def test_qr_code_note_does_not_swallow_a_headline() -> None:
    # What a QR note offers is a few characters; a longer line is a block of its own.
    page = "扫码看\n新材料产业集群加速崛起\n"
    assert clean_text(page) == "扫码看\n\n新材料产业集群加速崛起\n"

"""OCR repairs (baozhi.lines.ocr): dev-page examples, text they must leave alone, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from baozhi import CleanConfig, Page, clean_text, parse_page, repair
from baozhi.blocks.split import rejoin_split_paragraphs
from baozhi.lines.ocr import (
    find_suspicious,
    fix_byline_brackets,
    fix_ocr_punct,
    fix_quote_direction,
    quote_errors,
)
from baozhi.provenance import apply_edits, preview
from baozhi.testing import (
    CorruptedPage,
    drop_block_into_paragraph,
    dropped_block_pages,
    flip_quotes,
    flipped_quote_pages,
    halfwidth_punct,
    halfwidth_punct_pages,
    misread_byline_brackets,
    misread_byline_pages,
    misread_subtitle_dash,
    misread_subtitle_pages,
    ocr_pages,
    ocr_spaced_pages,
    ocr_spaces,
    pages,
)
from baozhi.testing.ocr import _drop_cuts

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "corpus" / "dev" / "pages"
OCR_PAGES = sorted(PAGES.glob("*.tesseract.txt"))
PDF_PAGES = sorted(set(PAGES.glob("*.txt")) - set(OCR_PAGES))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
OCR_KINDS = {"ocr_punct", "quote_direction", "byline_bracket", "subtitle_dash"}
OFF = CleanConfig(
    fix_ocr_punct=False,
    fix_quote_direction=False,
    fix_byline_brackets=False,
    restore_subtitle_dash=False,
)

needs_corpus = pytest.mark.skipif(not OCR_PAGES, reason="dev corpus not found")


# --- half-width punctuation ---

HALFWIDTH_CASES = [
    # (label, input, expected) — inputs from the tesseract dev pages
    ("after a percent sign", "增长 6.7%; 第三产业", "增长 6.7%； 第三产业"),
    ("spaced, wrapped", "增长 3.9% ;\n第二产业增加值", "增长 3.9% ；\n第二产业增加值"),
    ("between Han", "尽量减少外出; 设施农业", "尽量减少外出； 设施农业"),
    ("before a closing quote", "真方便!” 11 月", "真方便！” 11 月"),
    ("paragraph end", "就办完了，真方便!", "就办完了，真方便！"),
    ("colon before a time", "时间: 9:30", "时间： 9:30"),
]


@pytest.mark.parametrize(("label", "text", "expected"), HALFWIDTH_CASES)
def test_fix_ocr_punct(label: str, text: str, expected: str) -> None:
    assert preview(fix_ocr_punct, text) == expected, label


@pytest.mark.parametrize(
    "text",
    [
        "Wi-Fi 6: network",
        "会议于9:30开始",
        "共1,000人",
        "比分3:1",
        "访问https://example.cn/a?b=1,2查询",
        "He said: yes, and left!",
        "PM2.5; 浓度",
        "使用 AI, 提升效率",
        "(上接第一版)",
        "生产总值 (GDP) 1865.3 亿元",
    ],
)
def test_fix_ocr_punct_leaves_latin_context(text: str) -> None:
    assert fix_ocr_punct(text) == []


# --- quote direction ---

QUOTE_CASES = [
    (
        "closing read as opening, across a wrap",
        "坚持“制\n造业当家“，围绕",
        "坚持“制\n造业当家”，围绕",
    ),
    ("opening read as closing", "打造”5G+工业互联网”应用", "打造“5G+工业互联网”应用"),
    ("two pairs, one mark turned", "“样品”变成“产品“。", "“样品”变成“产品”。"),
    ("three pairs, two marks turned", "”样品”变成“产品““新”", "“样品”变成“产品”“新”"),
    ("single quotes", "要素‘相加‘迈向", "要素‘相加’迈向"),
    # a straight quote for a curly one, where it is the missing partner (p03's title)
    ("straight quote closes", '“家门口"招聘会送来1100余个岗位', "“家门口”招聘会送来1100余个岗位"),
    ("straight quote opens", '他说："好”。', "他说：“好”。"),
    ("straight single quote", "要素‘相加'迈向", "要素‘相加’迈向"),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUOTE_CASES)
def test_fix_quote_direction(label: str, text: str, expected: str) -> None:
    assert preview(fix_quote_direction, text) == expected, label


@pytest.mark.parametrize(
    "text",
    [
        # odd count: a quote was lost, the pairing is unknown (warned, not fixed)
        "“下一步，我们将瞄准产\n业链关键环厂，引进一批“链\n主”企业",
        "增长5.3%“。规模以上",
        # quotes that alternate, also when a line holds only a closing one
        "帮助企业把实验室里的“样品”变成生产线上的“产品”。",
        "“半导体产业发展日新月异，我们\n库等，即将完工。”河南",
        "主”企业，“下一步",
        # a quotation over two paragraphs opens each: ““ is no misreading here
        "“第一段。\n“第二段。”",
        # marks that pair off like brackets: a quote inside a quote, its ‘’ misread
        "“下一步，引进一批“链主”企业，力争到500亿元”高新区",
        "“样品“变成”产品”。",
        # all quotes turned: nothing shows which ones
        "”制造业当家“，围绕",
        "it’s a “test”",
        # straight quotes: a misread ℃ (no Han on the quoted side), a title that
        # lost its opening quote (no curly quote to pair with), two candidates
        '“降温幅度达8 "至10 *c，最低',
        '一窗通办"让群众少跑服',
        '“好"与"坏”',
        '“Wi-Fi"网络',
    ],
)
def test_fix_quote_direction_leaves_alone(text: str) -> None:
    assert fix_quote_direction(text) == []


def test_quote_errors_reports_what_is_left() -> None:
    text = "增长5.3%“。规模\n\n“样品”变成“产品”。\n\n“下一步，引进一批“链主”企业，力争500亿元”\n"
    assert [(text[start:end], kind) for start, end, kind in quote_errors(text)] == [
        ("“", "unpaired_quote"),
        ("“下一步，引进一批“", "quote_order"),
    ]


# --- byline brackets ---

BYLINE_CASES = [
    (
        "book-title mark, wrapped",
        "本报讯 《记者 孙若冰 通\n讯员 郭芳) 11月26日清晨",
        "本报讯 （记者 孙若冰 通\n讯员 郭芳） 11月26日清晨",
    ),
    ("angle bracket", "本报讯〈记者 陈思远)", "本报讯（记者 陈思远）"),
    ("then text", "本报讯 〈记者孙若冰) 记", "本报讯 （记者孙若冰） 记"),
    ("closing byline", "(本报记者 赵一鸣)", "（本报记者 赵一鸣）"),
    (
        "closing byline after a sentence, wrapped twice",
        "主任赵立新说。 (本\n报记者 陈思远 通讯员 马文\n博)",
        "主任赵立新说。 （本\n报记者 陈思远 通讯员 马文\n博）",
    ),
    ("full-width opener kept", "本报讯（记者 陈思远)", "本报讯（记者 陈思远）"),
]


@pytest.mark.parametrize(("label", "text", "expected"), BYLINE_CASES)
def test_fix_byline_brackets(label: str, text: str, expected: str) -> None:
    assert preview(fix_byline_brackets, text) == expected, label


@pytest.mark.parametrize(
    "text",
    [
        "《平顶山年鉴（2023）》共100万字",
        "(上接第一版)",
        "阅读《记者手记》一书",
        "本报讯（记者 陈思远）记者获悉",
        "他说 (本报记者 陈思远)",  # not after a sentence end: no byline position
        "。(本报记者 陈思远) 又说",  # the bracket does not end the line
    ],
)
def test_fix_byline_brackets_leaves_alone(text: str) -> None:
    assert fix_byline_brackets(text) == []


# --- suspicious characters ---


def test_find_suspicious_on_dev_page_shapes() -> None:
    assert [r for _, _, r in find_suspicious('8 "至10 *c ，最低')] == [
        "straight_quote",
        "asterisk",
        "stray_latin",
    ]
    assert find_suspicious("讲解燃气安全知\n1口\n") == [(9, 10, "lone_box")]
    assert [r for _, _, r in find_suspicious('一窗通办"让群众少跑腿')] == ["straight_quote"]


@pytest.mark.parametrize(
    "text",
    ['He said "yes" | no', "A股市场", "X光检查", "2*3=6", "“1+6+N”工作机制", "口罩", "人口"],
)
def test_find_suspicious_leaves_words_alone(text: str) -> None:
    assert find_suspicious(text) == []


# --- the pipeline on the dev pages and the seeds ---


@needs_corpus
@pytest.mark.parametrize("path", OCR_PAGES, ids=lambda p: p.name)
def test_ocr_pages_keep_no_spaces_or_halfwidth_marks(path: Path) -> None:
    import regex

    out = clean_text(path.read_text(encoding="utf-8"))
    # spaces next to full-width punctuation or between Han and digits
    gaps = regex.findall(
        r"\p{Han} +[0-9]|[0-9%] +\p{Han}|[，。、；：！？] +| +[，。、；：！？]", out
    )
    assert gaps == []
    assert regex.findall(r"\p{Han}[,;:!?]|[,;:!?]\p{Han}", out) == []
    assert regex.findall(r"本报讯[《〈<(]", out) == []


@needs_corpus
def test_ocr_pages_repairs_from_the_dev_corpus() -> None:
    cleaned = {p.name: clean_text(p.read_text(encoding="utf-8")) for p in OCR_PAGES}
    assert "坚持“制造业当家”，围绕" in cleaned["p01.tesseract.txt"]
    assert "增长3.9%；第二产业" in cleaned["p01.tesseract.txt"]
    assert "增长6.7%；第三产业" in cleaned["p01.tesseract.txt"]
    assert "本报讯（记者 陈思远）记者11月20日" in cleaned["p01.tesseract.txt"]
    assert "\n（本报记者 陈思远 通讯员 马文博）\n" in cleaned["p01.tesseract.txt"]
    assert "本报讯（记者 孙若冰 通讯员 郭芳）11月26日清晨" in cleaned["p02.tesseract.txt"]
    assert "\n（本报记者 赵一鸣）\n" in cleaned["p02.tesseract.txt"]
    assert "真方便！”11月24日" in cleaned["p03.tesseract.txt"]
    assert "“家门口”招聘会送来1100余个岗位" in cleaned["p03.tesseract.txt"]
    # the headlines and caption dropped into a paragraph keep their blocks, the
    # subtitle under its title gets its dash back, the paragraph is one again
    p01 = cleaned["p01.tesseract.txt"]
    headlines = "聚焦高质量发展\n\n新材料产业集群加速崛起\n\n——高新区推动产业链延链补链强链见闻"
    assert f"\n{headlines}\n" in p01
    assert "对重点企业一家一家走访、问题一个一个解决，" in p01
    # a ``一一`` line under a paragraph is not in the subtitle role: left as read
    assert "\n一一地区生产总值同比增长5.8%\n" in p01


# The seeds are in the repository: they run where the dev corpus is absent.
@pytest.mark.parametrize("path", PDF_PAGES + SEEDS, ids=lambda p: p.name)
def test_pdf_text_is_left_alone(path: Path) -> None:
    """The PDF channels and the seeds have none of these defects: nothing changes."""
    text = path.read_text(encoding="utf-8")
    result = repair(text)
    assert [r for r in result.repairs if r.kind in OCR_KINDS] == []
    assert result.text == clean_text(text, OFF)


def test_each_repair_can_be_switched_off() -> None:
    text = "本报讯〈记者 陈思远)增长6.7%; 坚持“制造业当家“，围绕。\n"
    assert clean_text(text) == "本报讯（记者 陈思远）增长6.7%；坚持“制造业当家”，围绕。\n"
    assert clean_text(text, OFF) == "本报讯〈记者 陈思远)增长6.7%; 坚持“制造业当家“，围绕。\n"


def test_repairs_are_logged_by_kind() -> None:
    result = repair("本报讯〈记者 陈思远)增长6.7%; 坚持“制造业当家“，围绕。")
    kinds = [r.kind for r in result.repairs if r.kind in OCR_KINDS]
    assert kinds == ["byline_bracket", "byline_bracket", "ocr_punct", "quote_direction"]


# --- corruptors ---


def test_corruptors_on_fixed_inputs() -> None:
    assert halfwidth_punct("外出；设施", [2]) == "外出;设施"
    assert flip_quotes("“样品”", [3]) == "“样品“"
    assert misread_byline_brackets("（本报记者 赵一鸣）", "(") == "(本报记者 赵一鸣)"
    assert misread_byline_brackets("《平顶山年鉴（2023）》") == "《平顶山年鉴（2023）》"
    assert ocr_spaces("巡检。公司", [2]) == "巡检 。公司"
    with pytest.raises(ValueError, match="full-width"):
        halfwidth_punct("外出；设施", [0])
    with pytest.raises(ValueError, match="quote"):
        flip_quotes("样品", [0])
    with pytest.raises(ValueError, match="space"):
        ocr_spaces("巡检公司", [2])


# --- round trips ---


def _round_trip(page: CorruptedPage) -> None:
    assert clean_text(page.corrupted) == clean_text(page.clean)


@given(pages())
def test_clean_pages_are_untouched_by_ocr_repairs(page: str) -> None:
    assert [r for r in repair(page).repairs if r.kind in OCR_KINDS] == []


@given(halfwidth_punct_pages())
def test_round_trip_halfwidth_punct(page: CorruptedPage) -> None:
    _round_trip(page)


@given(flipped_quote_pages())
def test_round_trip_flip_quotes(page: CorruptedPage) -> None:
    _round_trip(page)


@given(misread_byline_pages())
def test_round_trip_misread_byline_brackets(page: CorruptedPage) -> None:
    _round_trip(page)


@given(ocr_spaced_pages())
def test_round_trip_ocr_spaces(page: CorruptedPage) -> None:
    _round_trip(page)


@given(ocr_pages())
def test_round_trip_ocr_combined(page: CorruptedPage) -> None:
    _round_trip(page)


# --- a subtitle's dash read as 一一 ---


def _misread_dashes(page: CorruptedPage) -> list[int]:
    """Where the corruptor turned a ``——`` into ``一一`` (it keeps every offset)."""
    return [
        index
        for index in range(len(page.clean))
        if page.clean.startswith("——", index) and page.corrupted.startswith("一一", index)
    ]


def _without_log(page: Page) -> dict[str, object]:
    found = page.to_dict()
    del found["repairs"]
    return found


def test_misread_subtitle_dash_on_fixed_inputs() -> None:
    page = "寒潮来袭\n\n——我市将迎大风降温\n"
    assert misread_subtitle_dash(page, [6]) == "寒潮来袭\n\n一一我市将迎大风降温\n"
    with pytest.raises(ValueError, match="——"):
        misread_subtitle_dash(page, [0])
    with pytest.raises(ValueError, match="——"):
        misread_subtitle_dash("他说——发展", [2])  # a dash inside a line opens no subtitle


@pytest.mark.parametrize(
    "text",
    [
        # running text opening with the word where a subtitle would stand
        "新材料产业集群加速崛起\n\n一一对应，逐项落实整改措施。\n",
        # the word opening a wrapped line of running text under a title, or cut by the wrap
        "聚焦高质量发展\n\n高新区对企业提出的用地、用电、融资等诉求\n一一解决，限时办结率达到98%。\n",
        "聚焦高质量发展\n\n高新区对企业提出的用地、用电、融资等诉求一\n一核实，限时办结率达到98%。\n",
        # the word inside a headline under the title
        "新材料产业集群加速崛起\n\n企业诉求一一回应\n",
    ],
)
def test_the_word_yiyi_is_no_dash(text: str) -> None:
    result = repair(text)
    assert [r for r in result.repairs if r.kind == "subtitle_dash"] == []
    assert "——" not in result.text


def test_subtitle_dash_restored_under_a_long_title() -> None:
    # From an extended run of test_round_trip_misread_subtitle_dash (about 1 page
    # in 3000): a title longer than a plain headline, marked as one by its phrase
    # separators, did not count as the title above the subtitle.
    title = "学思想 强党性 重实践 建新功 奋力谱写高质量发展新篇章"
    page = f"{title}\n\n——市委理论学习中心组举行专题学习\n"
    assert clean_text(misread_subtitle_dash(page, [len(title) + 2])) == page


@given(misread_subtitle_pages())
def test_round_trip_misread_subtitle_dash(page: CorruptedPage) -> None:
    # The misreading keeps every offset: the same page, spans included, and
    # the same log but for the restored dashes.
    clean, corrupted = parse_page(page.clean), parse_page(page.corrupted)
    assert _without_log(corrupted) == _without_log(clean)
    assert [r for r in corrupted.repairs if r.kind != "subtitle_dash"] == list(clean.repairs)


@given(misread_subtitle_pages())
def test_subtitle_dash_restored_only_where_misread(page: CorruptedPage) -> None:
    # The pages hold the word 一一 in running text, also opening a paragraph
    # right under a title: no dash is restored but the misread ones, and the
    # word comes through as often as it was printed.
    result = repair(page.corrupted)
    restored = [r.start for r in result.repairs if r.kind == "subtitle_dash"]
    assert restored == _misread_dashes(page)
    assert result.text.count("一一") == page.clean.count("一一")


# --- a headline or caption dropped into a paragraph ---


def test_drop_block_into_paragraph_on_fixed_inputs() -> None:
    page = "寒潮来袭\n\n全市将迎大风降温，最低气温零下5℃。\n\n市民在公园锻炼 本报记者 王尧 摄\n"
    assert drop_block_into_paragraph(page, 1, 5, 0) == (
        "全市将迎大\n\n寒潮来袭\n\n风降温，最低气温零下5℃。\n\n市民在公园锻炼 本报记者 王尧 摄\n"
    )
    assert drop_block_into_paragraph(page, 1, 10, 2) == (
        "寒潮来袭\n\n全市将迎大风降温，最\n\n市民在公园锻炼 本报记者 王尧 摄\n\n低气温零下5℃。\n"
    )
    with pytest.raises(ValueError, match="two blocks"):
        drop_block_into_paragraph(page, 1, 5, 1)
    with pytest.raises(ValueError, match="two blocks"):
        drop_block_into_paragraph(page, 1, 5, 3)
    with pytest.raises(ValueError, match="in two"):
        drop_block_into_paragraph(page, 1, 0, 2)


@given(dropped_block_pages())
def test_split_repair_rejoins_dropped_blocks(page: CorruptedPage) -> None:
    # The split repair alone, on the page as the wrap joiner must leave it
    # (every piece a block of its own): exactly the clean page again.
    assert apply_edits(page.corrupted, rejoin_split_paragraphs(page.corrupted)) == page.clean


@given(dropped_block_pages())
def test_round_trip_dropped_block(page: CorruptedPage) -> None:
    assert clean_text(page.corrupted) == clean_text(page.clean)


_CUT_FOR_SERVICE = (
    "项目落地快不快，关键看服务。"
    "高新区推行“首席服务员”制度，对重点企业一家一家走访、问题一个一个解决。"
)


@pytest.mark.parametrize(
    ("paragraph", "cut_after", "block"),
    [
        # the p01 layout: a headline dropped after …一家一
        (_CUT_FOR_SERVICE, "一家一", "聚焦高质量发展"),
        pytest.param(
            _CUT_FOR_SERVICE,
            "一家一",
            "技术人员在研发中心调试设备 本报记者 周海涛 摄",
            id="caption",
        ),
        pytest.param(
            "前三季度，全市地区生产总值同比增长5.8%，经济运行稳中向好。",
            "5.8%，",
            "聚焦高质量发展",
            id="after a comma",
        ),
        pytest.param(
            "他说：“下一步，我们将瞄准产业链关键环节，引进一批链主企业。”",
            "关键环节",
            "聚焦高质量发展",
            id="inside a quote",
        ),
        pytest.param(
            "项目落地快不快，关键看服务。企业提出的用地需求，当天受理、限时办结。",
            "限时办",
            "聚焦高质量发展",
            id="before a stub",
        ),
        # From the thorough run (100 000 examples): a headline of two characters is
        # still one a paragraph is rejoined across (only OCR's lone 口 is not).
        pytest.param(
            "“发展，发展创新，创新《发展》。”“创新发展。”“发展。”发展创新。“发展。”",
            "发展创新，创",
            "发展",
            id="two-character headline",
        ),
    ],
)
def test_dropped_block_comes_back(paragraph: str, cut_after: str, block: str) -> None:
    clean = f"{paragraph}\n\n{block}\n"
    cut = paragraph.index(cut_after) + len(cut_after)
    assert clean_text(drop_block_into_paragraph(clean, 0, cut, 1)) == clean


def test_pieces_of_cut_paragraphs_make_no_column() -> None:
    # From an extended run of test_round_trip_dropped_block: on a page that keeps
    # each paragraph on one line, the two first parts (22 cells) and a headline
    # (20) looked like three lines of a column, and the page's paragraphs were
    # joined as its lines.  Running text twice as wide as that shows there is none.
    clean = (
        "开发区高高兴兴，参加煤炭！注册代表立足养殖户？鼓励煤炭会议转型。会议2015年开放3月6日扩大。\n\n"
        "——花卉\n\n近日团队联动两院院士\n\n"
        "延伸保险，企业电商电池制造。签约企业提升（文化）志愿者AGV水库！桥梁申报2012年注册。\n\n"
        "9月9日收入党委高质量数据 通讯员 马文博 摄\n"
    )
    corrupted = (
        "开发区高高兴兴，参加煤\n\n——花卉\n\n"
        "炭！注册代表立足养殖户？鼓励煤炭会议转型。会议2015年开放3月6日扩大。\n\n"
        "近日团队联动两院院士\n\n延伸保险，企业电商电池\n\n"
        "9月9日收入党委高质量数据 通讯员 马文博 摄\n\n"
        "制造。签约企业提升（文化）志愿者AGV水库！桥梁申报2012年注册。\n"
    )
    assert (
        drop_block_into_paragraph(
            drop_block_into_paragraph(clean, 3, len("延伸保险，企业电商电池"), 4),
            0,
            len("开发区高高兴兴，参加煤"),
            1,
        )
        == corrupted
    )
    assert clean_text(corrupted) == clean


def test_a_headline_as_wide_as_the_parts_is_not_drawn() -> None:
    # From the thorough run of test_round_trip_dropped_block: ``“发展创新。”“发展`` /
    # ``一家一家发展一家一家`` / ``创新，发展创新发展。”`` read as three lines of one
    # narrow column, a wrapped paragraph to any reader: such a drop is not drawn.
    paragraph = "“发展创新。”“发展创新，发展创新发展。”"
    cut = len("“发展创新。”“发展")
    assert cut not in _drop_cuts(paragraph, "一家一家发展一家一家")
    assert cut in _drop_cuts(paragraph, "聚焦")  # a narrow headline may stand there

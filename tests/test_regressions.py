"""Examples that Hypothesis found, kept as named cases.

A known failure stays here as a strict xfail, so that a fix is noticed (and the
marker must then go).
"""

from __future__ import annotations

import pytest

from baozhi import clean_text
from baozhi.blocks.split import rejoin_split_paragraphs
from baozhi.lines.fake_bold import undo_fake_bold
from baozhi.provenance import apply_edits
from baozhi.testing import double_runs_across_lines, hard_wrap


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


def test_fake_bold_ending_in_one_character_before_a_line_that_spells_a_longer_square() -> None:
    # From test_round_trip_everything_at_once, after 45 194 examples: the headline's
    # last chunk, ``工``, is doubled at the end of its line, and ``工工发展农民``
    # twice over starts there too, across the break inside its first copy.  That
    # square is no square, but the search then went on at the next character and
    # never tried the shorter one, ``工工``.
    corrupted = "发展\n\n一家一家发展化一家一家发展化工工\n\n发展农民工工发展农民工工资资\n"
    assert clean_text(corrupted) == "发展\n\n一家一家发展化工\n\n发展农民工工资\n"
    mojibake = (
        "发展\n\n一家一家发展化一家一家发展化工工\n\n鍙戝睍鍐滄皯宸ュ伐鍙戝睍鍐滄皯宸ュ伐璧勮祫\n"
    )
    assert clean_text(mojibake) == "发展\n\n一家一家发展化工\n\n发展农民工工资\n"


def test_a_square_shortened_to_fit_its_line_keeps_real_repetition() -> None:
    # The shorter square found in place of one that crosses a line break inside a
    # copy (``一家一家走访`` twice, ``工工资`` twice) is judged like any other: a
    # real ``一家一家`` or ``工工`` ending a line proves nothing on its own.
    for text in ("企业一家一家\n\n走访一家一家走访", "农民工工\n\n资工工资"):
        assert apply_edits(text, undo_fake_bold(text)) == text


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


# An article's body, printed above the paragraphs of the two tests below: its
# full lines show the column.
_BODY = (
    "近年来，洛阳市坚持以创新驱动为引领，以产业发展为统揽，全力打造国家创新高地，"
    "高新区围绕尼龙新材料、高端装备、电子信息三大主导产业，推动产业链延链补链强链，发展。"
)


def test_three_line_newsflash_paragraph_under_headlines() -> None:
    # From an extended run of test_articles_come_back_from_a_page_wrapped_in_columns.
    # The lines around the paragraph's first line are 8, 18, 16, 38, 42 and 10
    # cells wide (the caption is not counted): the second widest, 38, is the first
    # line itself, which made the full second line look wider than the column (a
    # headline printed into the paragraph).  The paragraph shows no column of its
    # own, so it takes the one of the body above it (42).
    more = (
        "高新区坚持制造业当家，新签约项目三十六个，总投资一百二十亿元，"
        "今年以来规上工业增加值增长百分之九，发展。"
    )
    head = (
        "寒潮来袭\n\n——我市将迎大风降温\n\n本报记者 王尧\n\n"
        "市民在公园锻炼身体 本报记者 王尧 摄\n\n节点样板集团港口"
    )
    paragraph = (
        "本报讯（记者王尧）立足示范区天天制度形象，安全感水库坚持出席，学者居民。慰问要求机械隧道！"
    )
    corrupted = (
        f"{hard_wrap(_BODY, 21)}\n{hard_wrap(more, 21)}\n\n{head}\n\n"
        "本报讯（记者王尧）立足示范区天天制度形\n"
        "象，安全感水库坚持出席，学者居民。慰问要求\n"
        "机械隧道！\n"
    )
    assert corrupted.endswith(hard_wrap(paragraph, 21) + "\n")
    assert clean_text(corrupted) == f"{_BODY}\n\n{more}\n\n{head}\n\n{paragraph}\n"


def test_three_line_paragraph_under_headlines_opening_without_punctuation() -> None:
    # Around the paragraph's first line the lines are 4, 8, 13, 16, 10, 28, 32 and
    # 10 cells wide: the column is taken to be 28 (the first line itself), with
    # no other line near it, so _hard_wrapped sees no column.  The first line
    # opens a box whose running text goes on below it: no headline.
    head = "寒潮来袭\n\n本报记者 王尧\n\n科技创新引领发展\n\n本报评论员"
    paragraph = "立足示范区天天制度形象安全感水库坚持出席，学者居民。慰问要求机械隧道！"
    corrupted = (
        f"{hard_wrap(_BODY, 16)}\n\n{head}\n\n"
        "立足示范区天天制度形象安全感\n"
        "水库坚持出席，学者居民。慰问要求\n"
        "机械隧道！\n"
    )
    assert corrupted.endswith(hard_wrap(paragraph, 16) + "\n")
    assert clean_text(corrupted) == f"{_BODY}\n\n{head}\n\n{paragraph}\n"


def test_headline_as_wide_as_a_stack_of_headlines_is_no_wrap() -> None:
    # From an extended run of test_round_trip_wrapped_and_spaced (the clean page
    # alone failed): two subtitles, a headline and a one-line paragraph, 12 to 23
    # cells wide, read as a column of 20 with one full stop among its lines, and
    # the headline was joined to the paragraph.  One punctuated line makes no column.
    page = "——就业开发区专家发展\n\n——贷款医院\n\n人人防控堤防补贴管理\n\n目前引导？签约GDP成效。\n"
    assert clean_text(page) == page


def test_paragraph_end_among_lines_pushed_short_by_opening_marks() -> None:
    # From an extended run of test_round_trip_any_combination, reduced to the
    # wrap alone.  Line widths 31, 36, 36, 36, 35, 34, 34, 32 | 32, 34, 34, 20: a
    # line may not end with 《 or （, so the mark goes down and leaves lines 2
    # cells short.  The second widest of the seven lines around the break is 34,
    # and the last line, 32, was not short enough to end the paragraph; the
    # 36-cell lines higher up in the same paragraph show the column.  (The
    # strategies do not draw this width: shows_its_end asks for a last line
    # four cells narrower than the lines right above it.)
    first = (
        "成果《焦点教授桥梁》GDP活动《签约》生态《竣工评审》，调研（举办）召开5G群众人人防控"
        "质量。建设申报优化新动能党员，装备调度，考察“食品转型”10月10日调度信息79.80千瓦此前。"
        "提高一家一家业绩？增长打造对标保障。市场《奖励生态该区》办理农民全面。"
        "新区《围绕要求新材料》园区湖区市民。"
    )
    second = (
        "工厂工人车间，近日农民工工资道路（开展），部署社区？看望服装，"
        "立足“突破同时”全县链主研发（检查态势办理），企业达到举措。"
    )
    corrupted = f"{hard_wrap(first, 18)}\n{hard_wrap(second, 18)}\n"
    assert "\n《围绕要求新材料》园区湖区市民。\n工厂工人车间，近日农民工工资道路\n" in corrupted
    assert clean_text(corrupted) == f"{first}\n\n{second}\n"


def test_a_boxed_paragraph_opening_without_punctuation_after_headlines() -> None:
    # From the CI run of test_round_trip_wrapped_and_spaced: on a page whose blank
    # lines separate boxes, a short unpunctuated line opening a box whose running
    # text goes on below it is the paragraph's first line, not a headline.
    clean = "创新\n\n一家一家发展\n\n创新发展产业发展PM2.5发展。“发展，发展创新。”\n"
    corrupted = "创新\n\n一家一家发展\n\n创新发展产业发展\nPM2.5 发展。“发展，发展创\n新。”\n"
    assert clean_text(corrupted) == clean


def test_idempotent_when_fake_bold_alone_ends_a_paragraph() -> None:
    # From the thorough run (100 000 examples) of test_idempotent_on_any_text: a
    # block end made only because a line was fake bold (``00A00A``, undone).  A
    # second clean no longer knows it and joined the three lines; now the passes
    # after the first read only their own evidence, as a second clean does.
    once = clean_text(
        "0\u0e5c\u0e5c\u0e5cᄀᄀᄀ。\r00A00A000\u0e5c\u0e5c\u0e5c\u0e5c\u0e5c\u0e5c\u0e5c\r"
        "\u0e5c\u0e5cᄀᄀᄀᄀᄀᄀᄀᄀ"
    )
    assert clean_text(once) == once


def test_first_line_before_a_number_that_did_not_fit_under_hanging_marks() -> None:
    # From an extended run of test_articles_come_back_from_a_page_wrapped_in_columns:
    # a 48-cell column whose lines hang a closing mark to 50 cells; the first line
    # (40 cells, no sentence mark) stopped where ``189.47`` would not fit beside
    # its indent, and read as a headline against a column measured at 50.
    paragraphs = [
        "措施聚焦，节点融合，聚焦“关键立足”典型“实施样板”超过。现代化人才效益基地评审，"
        "苗木57.1%业绩下降开展。玉米突破21.1%不断协调钢铁，坚决壮大目标42.54万元提高，"
        "节点难点《打造学校》“基地目标”538.41万吨成绩。科技成效钢铁，堤防提升花卉《资金》"
        "食用菌3月6日协会。",
        "依托成效《比赛紧扣加强》5G动员农民工工资189.47万吨科技。农村合力“治理联动开展”"
        "《去年加大》粮食，新时代高高兴兴渔场机关。持续茶园，补贴促进，老师物流。",
    ]
    corrupted = "\n".join(hard_wrap(paragraph, 24) for paragraph in paragraphs) + "\n"
    assert "\n依托成效《比赛紧扣加强》5G动员农民工工资\n189.47万吨" in corrupted
    assert clean_text(corrupted) == "\n\n".join(paragraphs) + "\n"


def test_a_dateline_line_over_a_full_line_wider_than_the_column_measured() -> None:
    # From a random run of test_articles_come_back_from_interleaved_columns.  At
    # the top of the page the column is measured at 48 cells from the few lines
    # there; the line under the dateline is a full line of the real 52-cell
    # column.  It was read as a headline set wider than the column, printed into
    # the paragraph, but it runs on with two commas, as headlines do not.
    head = "竞争力两院院士 论坛 桥梁\n\n——电池\n\n"
    paragraph = (
        "本报讯（记者马文博 通讯员李蓥婕）算力3所高新区PM2.5医院老师贷款，"
        "基础预算高高兴兴该区机械，瞄准7月20日立足标杆“尼龙会议增长”。河道提高加强活动？"
    )
    corrupted = (
        f"{head}本报讯（记者马文博 通讯员李蓥婕）算力3所高新区\n"
        "PM2.5医院老师贷款，基础预算高高兴兴该区机械，瞄准7月\n"
        "20日立足标杆“尼龙会议增长”。河道提高加强活动？\n"
    )
    assert clean_text(corrupted) == f"{head}{paragraph}\n"


def test_a_full_line_hanging_its_closing_mark_is_no_headline() -> None:
    # From a random run of test_articles_come_back_from_interleaved_columns.  The
    # column is 48 cells, measured at 46 around ``…金融LED方案``; the next line
    # hangs its ``》`` past the margin to 50 cells, which read as a headline set
    # wider than the column and broke the paragraph there.
    paragraphs = [
        "《方向》，落实综合部部长国有企业基地。国有企业7个街道任务奋力渔场，竣工水库。"
        "检查《日前合力立足》纺织，协调GDP单位全面，数据培育工作作出！注册推动41.1%优化。"
        "“展会装备？”",
        "紧扣71.9%慰问构建，主动实施安全装备，见效切实突破就业。医疗该县GDP活动，"
        "联动（渔场坚决奖励）？群众教育2月5日农田，攻关59.3%金融LED方案150.32平方米立足。"
        "投资医药。规模装备，银行《全面》2434人芯片协调农村转型。",
        "扎实展会我市党员 记者 赵立新 摄",
        "一家一家工作创新",
        "境该县》全区606家审批，学生经验“调度”（转型增长路径），"
        "桥梁（电站仪式）补齐PM2.5培训（新材料引导水稻）2024年蔬菜。",
    ]
    corrupted = (
        "《方向》，落实综合部部长国有企业基地。国有企业7\n"
        "个街道任务奋力渔场，竣工水库。检查《日前合力立足》\n"
        "纺织，协调GDP单位全面，数据培育工作作出！注册推\n"
        "动41.1%优化。“展会装备？”\n"
        "紧扣71.9%慰问构建，主动实施安全装备，见效切\n"
        "实突破就业。医疗该县GDP活动，联动（渔场坚决奖\n"
        "励）？群众教育2月5日农田，攻关59.3%金融LED方案\n"
        "150.32平方米立足。投资医药。规模装备，银行《全面》\n"
        "2434人芯片协调农村转型。\n\n"
        "扎实展会我市党员 记者 赵立新 摄\n\n"
        "一家一家工作创新\n"
        "境该县》全区606家审批，学生经验“调度”（转型增长\n"
        "路径），桥梁（电站仪式）补齐PM2.5培训（新材料引\n"
        "导水稻）2024年蔬菜。\n"
    )
    assert clean_text(corrupted) == "\n\n".join(paragraphs) + "\n"


def test_a_headline_dropped_after_a_short_piece_of_a_sentence_is_no_narrow_column() -> None:
    # From a thorough run of test_round_trip_dropped_block.  Every line is a box
    # of its own and the page reads as hard-wrapped (three lines of 60 to 65
    # cells), so the 29-cell piece ``…发展‘创`` looked like a column narrowing
    # around an inset, and the headline ``发展`` after it like the narrowed
    # column's next line: it was joined into the sentence.  A narrowed column's
    # lines are about as wide as each other; this headline is 4 cells wide.
    first = (
        "发展5G发展，发展1月1日发展，发展。“发展5G产业创新一家一家食用菌，创新产业创新。”"
        "“产业创新‘企业创新’‘产业创新’。”“发展创新发展，发展创新。”"
        "“发展PM2.5发展群众路线1月6日发展‘紧扣’。”"
    )
    second = "“发展一家一家。”“发展PM2.5发展‘发展’，坚持一家一家发展一家一家。”"
    third = (
        "“发展5G发展PM2.5发展，发展‘创新发展’。”“园区（电站）企业督导发展创新，企业实施。”“发展。”"
    )
    corrupted = (
        f"创新\n\n{first[: first.index('新发展，')]}\n\n发展 本报记者 王尧 摄\n\n"
        f"{first[first.index('新发展，') :]}\n\n{second}\n\n"
        "“发展5G发展PM2.5发展，发展‘创\n\n发展\n\n"
        "新发展’。”“园区（电站）企业督导发展创新，企业实施。”“发展。”\n"
    )
    assert clean_text(corrupted) == (
        f"创新\n\n{first}\n\n发展 本报记者 王尧 摄\n\n{second}\n\n{third}\n\n发展\n"
    )


def test_a_column_foot_short_of_a_number_that_did_not_fit() -> None:
    # From an extended run of test_articles_come_back_from_interleaved_columns.
    # The lower article's first column breaks off after ``“发展创新。”“发展``, a
    # first line 17 cells wide in a 26-cell column: ``120.10`` did not fit on it.
    # The box after it (the upper article's second column) opens ``创新，``, which
    # would have fitted, so it is not this line's rest; the rest comes after the
    # lower article's title.  The line had been joined to that box.
    upper_rest = (
        "创新，创新发展1.10万亩发展创新。“创新发展产业发展‘发展’，发展‘发展创新发展’"
        "发展5G发展。”“创新发展创新，发展5G创新5G发展创新发展，发展《发展创新发展》创新发展。”"
        "“发展创新发展。”"
    )
    upper = (
        "“发展。”“创新发展，发展‘发展产业发展’‘发展创新发展’发展创新。”创新发展，"
        "发展1月10日发展5G创新5G发展，发展《发展》发展创新发展。发展创新，发展产业发展" + upper_rest
    )
    lower = "“发展创新。”“发展120.10万亩发展，发展创新发展，发展‘发展’发展一家一家。”"
    corrupted = (
        "一家一家发展\n本报讯（记者王尧 通讯\n员周海涛）“发展。”“发展创\n新。”\n"
        "“发展。”“创新发展，发\n展‘发展产业发展’‘发展创新\n发展’发展创新。”创新发展，\n"
        "发展1月10日发展5G创新5G发\n展，发展《发展》发展创新发\n展。发展创新，发展产业发展\n"
        "本报讯（记者王尧 通讯\n员周海涛）“发展。”“发展产\n业。”\n“发展创新。”“发展\n\n"
        "创新，创新发展1.10万亩发展\n创新。“创新发展产业发展‘发\n展’，发展‘发展创新发展’发\n"
        "展5G发展。”“创新发展创新，\n发展5G创新5G发展创新发展，\n发展《发展创新发展》创新发\n"
        "展。”“发展创新发展。”\n\n"
        "发展\n120.10万亩发展，发展创新发\n展，发展‘发展’发展一家一\n家。”\n"
    )
    assert clean_text(corrupted) == (
        "一家一家发展\n\n本报讯（记者王尧 通讯员周海涛）“发展。”“发展创新。”\n\n"
        f"{upper}\n\n本报讯（记者王尧 通讯员周海涛）“发展。”“发展产业。”\n\n{lower}\n\n发展\n"
    )


def test_a_paragraph_opening_with_the_words_the_one_above_ends_with() -> None:
    # From a thorough run of test_round_trip_dropped_block.  Once the caption
    # dropped into the first paragraph has moved out, that paragraph's last part
    # ends ``发展，发展。`` right over the next paragraph, which opens with the same
    # words: the fake-bold repair read the two, across the blank line, as one
    # run doubled (pdftotext's shape) and deleted the second.  Across a blank
    # line the first copy of a fake-bold run is a box of its own.
    first = "“发展。”“发展。发展创新。”“发展，发展。”“发展，创新发展。”“发展。”发展，发展。"
    caption = "发展 本报记者 王尧 摄"
    last = "发展，发展。“发展。”"
    corrupted = (
        f"发展\n\n“发展。”“发展。发展创\n\n{caption}\n\n"
        f"新。”“发展，发展。”“发展，创新发展。”“发展。”发展，发展。\n\n{last}\n"
    )
    assert undo_fake_bold(f"…“发展。”发展，发展。\n\n{last}") == []
    # The same in two titles, from a random run of the interleaved-columns
    # property: the second lost its ``研究研究``, and the two became one.
    assert (
        clean_text("一家一家发展研究研究\n\n研究研究发展\n")
        == "一家一家发展研究研究\n\n研究研究发展\n"
    )
    assert clean_text(corrupted) == f"发展\n\n{first}\n\n{caption}\n\n{last}\n"


def test_a_cut_off_piece_is_no_line_of_a_column() -> None:
    # From a thorough run of test_round_trip_dropped_block.  A page of one-line
    # paragraphs, each line a box: the two parts of the cut paragraph (22 and 28
    # cells) and the paragraph after them (26) looked like a hard-wrapped column,
    # so the part ending ``…发展创新。”`` ran on into that paragraph.  The part
    # opening with ``。`` is no printed line: no line of print opens with it.
    first = "“发展，发展。”发展创新。“发展。”“发展。发展创新。”"
    last = "“发展。”“发展。发展创新。”"
    corrupted = (
        f"经济\n\n“发展，发展。”发展创新\n\n发展\n\n。“发展。”“发展。发展创新。”\n\n{last}\n"
    )
    assert clean_text(corrupted) == f"经济\n\n{first}\n\n发展\n\n{last}\n"


def test_a_tail_opening_with_a_measure_word_is_no_day_of_a_date() -> None:
    # From a thorough run of test_round_trip_dropped_block.  Two paragraphs, each
    # cut around a block dropped into it: ``…发展1月1`` / caption / ``日发展，…``
    # and ``…发展一家一`` / headline / ``家，发展…``.  ``家，`` cannot open a
    # paragraph, and ``家`` is a measure word, so it went to the head ending in a
    # number; but that number is the day of a date, which goes on with ``日``.
    first = (
        "“发展1月1日发展。”发展5G发展，发展市场。“发展创新。”"
        "发展1月1日发展，发展。“发展，发展（发展）发展，发展。”"
    )
    second = "发展1月1日发展，发展一家一家，发展5G发展PM2.5发展“发展”。“发展全国。”"
    caption = "保障发展 本报记者 王尧 摄"
    corrupted = (
        f"{first[:35]}\n\n{caption}\n\n{first[35:]}\n\n{second[:14]}\n\n发展\n\n{second[14:]}\n"
    )
    assert "\n\n日发展，" in corrupted
    assert "一家一\n\n发展\n\n家，" in corrupted
    assert clean_text(corrupted) == f"{first}\n\n{caption}\n\n{second}\n\n发展\n"


def test_a_quote_closed_by_a_later_tail_beats_a_unit() -> None:
    # From a thorough run of test_round_trip_dropped_block.  ``…发展地`` / ``位，…``
    # and ``“其中高质量2010`` / ``年发展。”…``: each cut around a dropped block.
    # ``位`` is a measure word, so ``位，…`` went to the head ending in ``2010``,
    # and ``年发展。”…`` to the other head.  But ``年发展。”`` closes the quote
    # that ``“其中高质量2010`` left open: the unit waits for that evidence.
    first = (
        "发展“发展”发展，发展5G发展。发展地位，创新发展，发展。“发展。”“发展。发展创新。”“发展。”"
    )
    second = "“发展‘发展’发展。”发展补贴“创新产业创新”。“其中高质量2010年发展。”“发展。”发展创新。"
    caption = "发展 本报记者 王尧 摄"
    corrupted = (
        f"{first[:19]}\n\n发展\n\n{first[19:]}\n\n产业一家一家\n\n"
        f"{second[:34]}\n\n{caption}\n\n{second[34:]}\n"
    )
    assert "发展地\n\n发展\n\n位，" in corrupted
    assert "2010\n\n发展 本报记者 王尧 摄\n\n年发展" in corrupted
    assert clean_text(corrupted) == f"{first}\n\n发展\n\n产业一家一家\n\n{second}\n\n{caption}\n"


def test_a_headline_across_the_column_is_no_narrowed_column() -> None:
    # From a thorough run of test_round_trip_dropped_block.  ``“发展，发展创新发展``
    # (19 cells of a 37-cell column) stops mid-sentence and a headline of 38 cells
    # follows before ``，发展产业…``.  The headline was taken for the next line of
    # a column narrowed around an inset, as ``进项目建设，`` / ``以创新竞进`` in
    # seed 000, and joined into the sentence.  A narrowed column has no full line.
    first = "“发展创新发展1月1日发展创新发展。”“发展1月1日发展，发展。”“发展创新。”"
    second = (
        "“发展，发展创新发展，发展产业发展。”“发展创新。”"
        "“发展，发展。”“发展创新，发展1月1日发展，发展。”"
    )
    headline = "一家一家发展 创新一家一家 发展一家一家"
    corrupted = (
        f"{first[:21]}\n\n创新\n\n{first[21:]}\n\n发展\n\n"
        f"{second[:10]}\n\n{headline}\n\n{second[10:]}\n"
    )
    assert "“发展，发展创新发展\n\n一家一家" in corrupted
    assert clean_text(corrupted) == f"{first}\n\n创新\n\n发展\n\n{second}\n\n{headline}\n"


def test_a_long_headline_with_phrase_spaces_is_dropped_into_a_sentence() -> None:
    # From a thorough run of test_round_trip_dropped_block.  A headline of 27
    # characters, longer than a headline's shape allows, was dropped before the
    # last two marks of a paragraph printed on one line.  Its phrase spaces mark
    # it a headline at any length: it is no line of the sentence around it.
    paragraph = "“发展创新。”“发展‘发展创新’，发展创新1月1日发展创新发展群众路线。”"
    headline = "一家一家发展 创新一家一家 发展一家一家 创新一家一家"
    corrupted = f"工作\n\n{paragraph[:-2]}\n\n{headline}\n\n{paragraph[-2:]}\n"
    assert corrupted.endswith(
        "群众路线\n\n一家一家发展 创新一家一家 发展一家一家 创新一家一家\n\n。”\n"
    )
    assert clean_text(corrupted) == f"工作\n\n{paragraph}\n\n{headline}\n"


def test_a_day_cut_takes_its_own_next_block_before_a_later_tail() -> None:
    # From a thorough run of test_split_repair_rejoins_dropped_blocks.  Cut around
    # a caption, ``…创新发展1月1`` goes on in ``日发展。“发展。”`` right after it;
    # ``日前。…``, cut from ``…地位`` further down, cannot open a paragraph and
    # opens with ``日`` too.  The unit rule gave it to the day: the nearer block
    # that carries the day's unit wins.
    first = "“发展1月1日发展。”发展“发展高新区”发展，发展产业创新，创新发展1月1日发展。“发展。”"
    second = "“发展。”“发展创新。”“创新发展。”"
    third = "创新湖区发展创新，地位日前。“发展，发展。”“发展。”发展创新。"
    caption = "创新发展 本报记者 王尧 摄"
    cut = first.index("日发展。“")
    corrupted = (
        f"{first[:cut]}\n\n{caption}\n\n{first[cut:]}\n\n{second[:-2]}\n\n一家一家发展\n\n"
        f"{second[-2:]}\n\n{third[:11]}\n\n发展\n\n{third[11:]}\n"
    )
    assert "1月1\n\n创新发展 本报记者 王尧 摄\n\n日发展" in corrupted
    assert "地位\n\n发展\n\n日前。" in corrupted
    clean = f"{first}\n\n{caption}\n\n{second}\n\n一家一家发展\n\n{third}\n\n发展\n"
    assert apply_edits(corrupted, rejoin_split_paragraphs(corrupted)) == clean
    assert clean_text(corrupted) == clean_text(clean)


def test_a_line_over_a_paragraph_twice_as_wide_borrows_no_column() -> None:
    # From a thorough run of test_round_trip_dropped_block.  The first part of a
    # paragraph (21 cells), the paragraph above it (26) and the rest (23) look
    # like a column to the lines at the top of the page, and the rest borrowed
    # that column: a full line, so the one-line paragraph of 54 cells under it
    # was joined on.  Next to a paragraph twice that wide there is no column.
    corrupted = (
        "发展\n\n开放\n\n“发展。”“发展。发展创新。”\n\n“发展1月1日发展。”“发\n\n创新\n\n"
        "展1月1日创新发展创新。”\n\n“创新发展。”“创新发展。发展创新。”“发展。”“创新发展。”\n"
    )
    assert clean_text(corrupted) == (
        "发展\n\n开放\n\n“发展。”“发展。发展创新。”\n\n“发展1月1日发展。”“发展1月1日创新发展创新。”"
        "\n\n创新\n\n“创新发展。”“创新发展。发展创新。”“发展。”“创新发展。”\n"
    )


def test_the_pages_first_line_is_no_box_of_its_own() -> None:
    # From a thorough run of test_round_trip_hard_wrap.  On a page with a blank
    # line after every line, the first line (24 cells: a first line of a 16-character
    # column, short because ``PM2.5`` did not fit) had no blank line before it and
    # passed for a box of its own, ending its column mid-sentence.  The page's edge
    # is no evidence of a box.
    paragraphs = [
        "发展1月1日发展创新5G发展PM2.5发展，发展1月1日发展。“发展。”",
        "“发展5G发展‘发展农村发展’，发展一家一家PM2.5发展5G发展PM2.5发展。”“发展1月1日发展，"
        "发展创新，发展。”“发展。”",
        "“发展产业发展创新小微企业发展，发展创新‘发展’。”“发展‘发展’，发展。”发展创新。"
        "“发展。”“发展创新。”“发展。”",
    ]
    corrupted = "\n\n".join(hard_wrap(paragraph, 16, blank_lines=True) for paragraph in paragraphs)
    assert corrupted.startswith("发展1月1日发展创新5G发展\n\nPM2.5发展，")
    assert clean_text(corrupted) == "\n\n".join(paragraphs) + "\n"


def test_a_sentence_end_narrower_than_the_full_line_above_ends_its_paragraph() -> None:
    # From a thorough run of test_round_trip_any_combination.  The column is 48
    # cells, but around ``…发展高新区。”`` (43) only one line shows it: the others
    # are first lines (44, 45), a line whose last character went down with its
    # ``》。”`` (44) and paragraph ends.  Measured at 45, the line passed for full
    # and the next paragraph was joined on; the full line above it shows the column.
    paragraphs = [
        "发展一家一家“发展”《发展创新志愿者》，发展食用菌，发展PM2.5发展。“发展一家一家发展创新，"
        "发展1月1日发展创新1月1日创新发展，发展高新区。”",
        "“发展1月1日发展创新，发展创新1月1日发展创新，发展1月1日发展创新。”“发展5G发展《发展创新发展》。”",
    ]
    corrupted = (
        "发展\n"
        "“发展创新1月1日发展创新发展，发展一家一家发\n"
        "展创新。”“发展‘发展创新’举办2个发展‘发展’发展，\n"
        "发展‘发展创新’家庭农场发展，发展创新《发展》发\n"
        "展。”\n"
        "发展一家一家“发展”《发展创新志愿者》，发展食\n"
        "用菌，发展PM2.5发展。“发展一家一家发展创新，发展\n"
        "1月1日发展创新1月1日创新发展，发展高新区。”\n"
        "“发展1月1日发展创新，发展创新1月1日发展创新，\n"
        "发展1月1日发展创新。”“发展5G发展《发展创新发\n"
        "展》。”\n"
    )
    first = (
        "“发展创新1月1日发展创新发展，发展一家一家发展创新。”“发展‘发展创新’举办2个发展‘发展’发展，"
        "发展‘发展创新’家庭农场发展，发展创新《发展》发展。”"
    )
    assert clean_text(corrupted) == "\n\n".join(["发展", first, *paragraphs]) + "\n"


def test_a_headline_box_at_the_top_of_a_narrow_column() -> None:
    # From a thorough run of test_round_trip_hard_wrap, against a fix tried and
    # dropped: with a paragraph's short last line counted as column evidence, the
    # headline at the top (12 cells) measured its own column (20 cells, from two
    # first lines) instead of the 22 the paragraph under it shows, passed for a
    # first line set in, and was joined to that paragraph.
    corrupted = (
        "一家一家发展\n\n“发展1月1日发展创新\n5G发展。”“发展1月1日发\n展。”\n\n发展一家一家\n\n"
        "发展创新发展综合部部\n长发展。“发展创新，发展\n创新。”“发展创新，创新发\n展，发展创新。”“发展创\n新。”\n"
    )
    assert clean_text(corrupted) == (
        "一家一家发展\n\n“发展1月1日发展创新5G发展。”“发展1月1日发展。”\n\n发展一家一家\n\n"
        "发展创新发展综合部部长发展。“发展创新，发展创新。”“发展创新，创新发展，发展创新。”“发展创新。”\n"
    )


def test_a_headline_box_at_the_top_of_the_page_takes_the_column_under_it() -> None:
    # From a thorough run of test_round_trip_hard_wrap.  The window of the page's
    # first line holds a first line (24 cells), a line cut short by ``PM2.5`` (27),
    # a paragraph end, a one-word headline and another first line: the column
    # measured there was 24, not 28, and the headline (16 cells) passed for a
    # first line set in and was joined to the paragraph under it.
    corrupted = (
        "一家一家发展创新\n\n“发展1月1日发展，发展AGV\n发展。”“发展PM2.5发展群众路\n线。”\n\n"
        "发展\n\n“发展1月1日发展5G发展创\n新。”“发展创新发展，发展创新\n发展。”“发展。”发展创新。“创\n"
        "新发展。”“创新发展。发展创\n新。”\n"
    )
    assert clean_text(corrupted) == (
        "一家一家发展创新\n\n“发展1月1日发展，发展AGV发展。”“发展PM2.5发展群众路线。”\n\n发展\n\n"
        "“发展1月1日发展5G发展创新。”“发展创新发展，发展创新发展。”“发展。”发展创新。“创新发展。”"
        "“创新发展。发展创新。”\n"
    )


def test_a_headline_over_a_paragraph_without_full_lines_takes_the_column_below() -> None:
    # From a thorough run of test_round_trip_hard_wrap.  On a page with a blank line
    # after every line, the first paragraph under the headline has no full line (its
    # first line is set in, the second stopped short of ``PM2.5``): the column
    # measured at the headline was 28, not 32, and the headline (20 cells) passed
    # for a first line set in.  The column of the lines under it shows 32.
    corrupted = (
        "发展\n\n一家一家发展一家一家\n\n“发展创新发展产业发展，发展\n\n‘发展’。”“发展创新发展，发展\n\n"
        "PM2.5发展。”\n\n“发展。”“发展创新发展产业发\n\n展《发展创新》。”“创新发展创新综\n\n"
        "合部部长发展，发展创新，发展产\n\n业。”“发展。”“创新发展。”“发展创\n\n新。”\n"
    )
    assert clean_text(corrupted) == (
        "发展\n\n一家一家发展一家一家\n\n“发展创新发展产业发展，发展‘发展’。”“发展创新发展，发展PM2.5发展。”"
        "\n\n“发展。”“发展创新发展产业发展《发展创新》。”“创新发展创新综合部部长发展，发展创新，发展产业。”"
        "“发展。”“创新发展。”“发展创新。”\n"
    )


def test_a_headline_alone_in_the_first_box_of_the_page() -> None:
    # From a thorough run of test_round_trip_hard_wrap.  The column is 28 cells, but
    # of the lines under the headline only one is full: the others are first lines
    # and lines whose last character went down with its ``。”``.  Measured at 24,
    # the headline (16 cells) passed for a first line set in.  Alone in the page's
    # first box, it can be no paragraph's first line.
    corrupted = (
        "发展创新一家一家\n\n发展创新发展产业发展。发\n展1.1万亩发展创新。“发展创\n新。”\n\n创新\n\n发展\n\n"
        "“发展创新。”“发展创新，\n发展创新发展高质量1月1日发\n展。”“发展1月1日发展创新，志\n"
        "愿者发展。”“发展创新。”“发\n展。”\n"
    )
    assert clean_text(corrupted) == (
        "发展创新一家一家\n\n发展创新发展产业发展。发展1.1万亩发展创新。“发展创新。”\n\n创新\n\n发展\n\n"
        "“发展创新。”“发展创新，发展创新发展高质量1月1日发展。”“发展1月1日发展创新，志愿者发展。”"
        "“发展创新。”“发展。”\n"
    )


def test_a_letter_spaced_line_of_han_pairs_between_numbers() -> None:
    # From a thorough run of test_round_trip_wrapped_and_spaced (41 271 examples):
    # the first line has five one-character Chinese words but only two gaps
    # between two of them, the rest lie next to numbers.  It kept its Han–Han
    # spaces and, read as a headline with phrase spaces, stood alone.
    corrupted = (
        "发 展 0.1% 发 展 PM2.5 发\n展，发展创新。“产业发展\n创新发展 PM2.5 发展 1 月 1 日\n"
        "发展，发展创新发展产业发\n展，发展 5G 发展 PM2.5 发展\n创新。”\n"
    )
    assert clean_text(corrupted) == (
        "发展0.1%发展PM2.5发展，发展创新。“产业发展创新发展PM2.5发展1月1日发展，"
        "发展创新发展产业发展，发展5G发展PM2.5发展创新。”\n"
    )


def test_three_one_line_paragraphs_of_one_width_stay_apart() -> None:
    # From a thorough run of test_clean_page_is_a_fixed_point (21 107 examples):
    # three one-line paragraphs of 40, 36 and 42 cells, a blank line between them,
    # read as a column with a blank line after every line; the first, ending 。”,
    # passed for a full line whose mark hangs, and the second was joined to it.
    # Every one of them ends a sentence, and a column's margin falls mid-sentence.
    page = (
        "“发展。”“发展一家一家，发展1月1日发展。”\n\n“发展1月1日发展。”“发展，发展创新。”\n\n"
        "“发展创新发展。”“发展创新发展。发展创新。”\n"
    )
    assert clean_text(page) == page


def test_a_paragraph_end_among_lines_cut_short_by_numbers() -> None:
    # From a thorough run of test_round_trip_hard_wrap (71 020 examples), as
    # Hypothesis gave it.  The column is 46 cells; the lines around the first
    # paragraph's end (…发展。”, 40 cells) are first lines (41, 42), a line pushed
    # short by 120.1 (42) and a last line, so the column was measured at 42 and
    # the end was not short enough to show.  The line above it, 48 cells with
    # its ，hanging past the margin, shows a column of 46 at least.
    clean = (
        "“发展创新产业发展，发展1月1日发展创新发展‘发展创新’，创新发展。”“发展创新，发展创新发展，"
        "发展《发展玉米》101.1万亩发展创新发展。”\n\n"
        "发展创新，发展1月1日发展，发展《发展创新发展》《发展高新区发展》发展1月1日发展。"
        "发展120.1万亩发展创新产业发展。\n\n发展\n\n"
        "创新发展围绕发展创新，发展产业，发展群众路线。发展创新发展一家一家，发展创新。"
        "发展1月1日发展，发展创新发展，发展1月10日发展。“发展创新。”\n"
    )
    corrupted = (
        "“发展创新产业发展，发展1月1日发展创新发展\n‘发展创新’，创新发展。”“发展创新，发展创新发展，\n"
        "发展《发展玉米》101.1万亩发展创新发展。”\n发展创新，发展1月1日发展，发展《发展创新发\n"
        "展》《发展高新区发展》发展1月1日发展。发展\n120.1万亩发展创新产业发展。\n\n发展\n\n"
        "创新发展围绕发展创新，发展产业，发展群众路\n线。发展创新发展一家一家，发展创新。发展1月1日\n"
        "发展，发展创新发展，发展1月10日发展。“发展创\n新。”\n"
    )
    assert clean_text(corrupted) == clean


def test_a_first_line_pushed_short_by_an_opening_mark() -> None:
    # From a thorough run of test_round_trip_hard_wrap (9 440 examples).  The
    # column is 32 cells, 28 for a first line set in.  The second paragraph's
    # first line, 发展《发展创新》10.1%发展, stops at 25 because 《 may not end a
    # line and 《发 (4 cells) did not fit; with no punctuation, it read as a
    # headline.  Room for what opens the next line counts the opening mark.
    first = "“现代化一家一家。”“发展比赛1月10日制度（发展）发展，发展5G发展。”"
    second = (
        "发展《发展创新》10.1%发展《发展》。发展创新“发展”发展创新，发展创新社区座谈，"
        "发展“发展”“发展创新”发展。发展装备1月10日发展，发展创新发展，养老创新。“产业发展创新。”"
    )
    corrupted = f"{hard_wrap(first, 16)}\n{hard_wrap(second, 16)}\n"
    assert "\n发展《发展创新》10.1%发展\n《发展》。" in corrupted
    assert clean_text(corrupted) == f"{first}\n\n{second}\n"


def test_a_tail_right_after_its_head_is_not_taken_by_a_number_further_down() -> None:
    # From a thorough run of test_round_trip_dropped_block.  Two paragraphs, each
    # with a headline dropped into it: ``…一家一`` / ``发展一个一个`` / ``家，…``
    # and ``…PM2.5`` / ``创新`` / ``发展。…``.  ``家`` is a unit a number can
    # take, so the first tail went on ``…PM2.5`` further down, and the second
    # tail, left over, on ``…一家一``: every character kept, both paragraphs wrong.
    first = "“发展。”发展一家一家，发展。“发展。”“发展。发展创新。”“发展，发展。”"
    second = "“发展。”发展PM2.5发展。“发展。”“发展。发展创新。”"
    cut_first, cut_second = first.index("家，"), second.index("发展。“")
    corrupted = (
        f"发展\n\n{first[:cut_first]}\n\n发展一个一个\n\n{first[cut_first:]}\n\n"
        f"{second[:cut_second]}\n\n创新\n\n{second[cut_second:]}\n"
    )
    assert clean_text(corrupted) == f"发展\n\n{first}\n\n发展一个一个\n\n{second}\n\n创新\n"

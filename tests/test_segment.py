"""Examples of the segmentation rules, one short hand-written page per rule.

Each page is clean text, one block per paragraph, built to show the evidence a
rule reads (what precedes or follows a line, its shape, a byline, a credit) and
nothing else.  Rules that read evidence only the source shows (its boxes, a
paragraph printed around a headline) get excerpts of the dev corpus pages as
extracted, line for line, and the rule that reads column widths gets paragraphs
set line by line in given widths (``_set_in``).  ``tests/test_golden_articles.py``
checks the same rules on whole seed pages.
"""

from __future__ import annotations

from baozhi import Page, parse_page
from baozhi.testing.articles import unaccounted_text


def _page(*blocks: str) -> tuple[str, Page]:
    text = "\n\n".join(blocks) + "\n"
    page = parse_page(text)
    assert unaccounted_text(text, page) == [], "a rule lost text"
    return text, page


def _titles(page: Page) -> list[str | None]:
    return [article.title for article in page.articles]


def _other(page: Page) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in page.other]


SURVEY_HEAD = ("追“高”逐“新” 专心致“质”", "□本报首席记者 常凯 记者 原昆鹏")
SECTION = (
    "形成新质生产力的关键是以科技创新推动产业创新。开发区的鲜明特色也是创新，"
    "科技贡献率由2021年的58%提升至72%。近年来，开发区持续加大研发投入，"
    "一批高能级科创平台落地开花。"
)


def test_a_two_character_tag_before_a_subhead_is_a_label() -> None:
    subhead = "优势 将创新刻进基因，新质生产力发展劲头足"
    _, page = _page(*SURVEY_HEAD, SECTION, subhead, SECTION + "好")
    (article,) = page.articles
    assert article.subheads == ("将创新刻进基因，新质生产力发展劲头足",)
    assert ("label", "优势") in _other(page)


def test_a_couplet_headline_keeps_its_first_half() -> None:
    _, page = _page("追“高”逐“新” 专心致“质”", "本报讯（记者常凯）开发区持续加大研发投入。")
    assert _titles(page) == ["追“高”逐“新” 专心致“质”"]
    assert not page.other


def test_a_heading_over_short_one_sentence_facts_at_the_end_is_a_fact_box() -> None:
    _, page = _page(
        *SURVEY_HEAD,
        SECTION,
        "创新平台打造 有力度",
        "我市唯一同时拥有省级中试基地和产业研究院的县区。",
        "市级以上创新平台总数达125家，总量全市第一。",
    )
    survey, box = page.articles
    assert survey.title == "追“高”逐“新” 专心致“质”"
    assert survey.subheads == ()
    assert box.title == "创新平台打造 有力度"
    assert box.byline is None
    assert box.authors == ()
    assert len(box.paragraphs) == 2


def test_a_heading_over_running_text_stays_a_subhead() -> None:
    _, page = _page(*SURVEY_HEAD, SECTION, "搭台引得活水来", SECTION + "好", SECTION + "坏")
    assert _titles(page) == ["追“高”逐“新” 专心致“质”"]
    assert page.articles[0].subheads == ("搭台引得活水来",)


def test_lines_heading_nothing_at_an_articles_end_are_uncredited_captions() -> None:
    _, page = _page(
        *SURVEY_HEAD,
        SECTION,
        "明镁镁业公司依托现代化生产线开发生产高性能镁合金制品",
        "仕佳光子研发生产的芯片打破国外厂商技术垄断，成为首家量产该芯片的企业",
        "开发区创新中心",
    )
    (article,) = page.articles
    assert article.paragraphs == (SECTION,)
    assert [(c.text, c.credit) for c in (*article.captions, *page.captions)] == [
        ("明镁镁业公司依托现代化生产线开发生产高性能镁合金制品", None),
        ("仕佳光子研发生产的芯片打破国外厂商技术垄断，成为首家量产该芯片的企业", None),
        ("开发区创新中心", None),
    ]


def test_a_caption_printed_as_two_paragraphs_is_one_caption() -> None:
    _, page = _page(
        "发放开业补贴",
        "11月17日上午，区人力资源管理局举行开业补贴发放仪式。",
        "开业补贴的申请对象是首次创办企业的大中专学生。 郝森森 摄",
    )
    (article,) = page.articles
    assert article.title == "发放开业补贴"
    assert article.paragraphs == ()
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "11月17日上午，区人力资源管理局举行开业补贴发放仪式。"
            "开业补贴的申请对象是首次创办企业的大中专学生。",
            "郝森森 摄",
        )
    ]


def test_a_caption_right_before_a_photo_news_title_is_its_caption() -> None:
    _, page = _page(
        "本报讯（记者高轶鹏）连日来，高新区各单位认真学习全会精神。",
        "11月22日上午，该公司党支部组织管理骨干学习全会精神。 李强 摄",
        "管理骨干学习全会精神",
        "发放开业补贴",
        "11月17日上午，区人力资源管理局举行开业补贴发放仪式。 郝森森 摄",
    )
    photo = {a.title: [c.text[:6] for c in a.captions] for a in page.articles if a.title}
    assert photo == {"管理骨干学习全会精神": ["11月22日"], "发放开业补贴": ["11月17日"]}


def test_a_slogan_over_a_headline_is_its_kicker_and_alone_a_banner() -> None:
    _, page = _page(
        "学在深处 谋在新处 干在实处",
        "高新区部署学习工作",
        "本报讯（记者常凯）11月15日，高新区召开工作会议。",
        "学思想 强党性 重实践 建新功",
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == ("学在深处 谋在新处 干在实处", "高新区部署学习工作")
    assert _other(page) == [("banner", "学思想 强党性 重实践 建新功")]


def test_a_slogan_over_an_opening_is_its_title() -> None:
    _, page = _page("学思想 强党性 重实践 建新功", "本报讯（记者常凯）11月15日，高新区召开会议。")
    assert _titles(page) == ["学思想 强党性 重实践 建新功"]


def test_a_slogan_over_running_text_is_its_title() -> None:
    _, page = _page(
        "学思想 强党性 重实践 建新功",
        "11月15日，高新区召开会议，部署学习工作。",
        "（本报记",
        "者 王尧）",
    )
    assert [(a.title, a.byline) for a in page.articles] == [
        ("学思想 强党性 重实践 建新功", "本报记者 王尧")
    ]
    assert not page.other


def test_a_slogan_over_running_text_inside_an_article_signed_twice_opens_another() -> None:
    _, page = _page(
        "高新区集中部署重点工作",
        "本报讯（记者周海涛）11月15日，高新区召开工作会议，对重点工作作出部署。",
        "学思想 强党性 重实践 建新功",
        "屈庄村党支部组织党员学习。",
        "（本报记者 王尧）",
    )
    assert [(a.title, a.byline, len(a.paragraphs)) for a in page.articles] == [
        ("高新区集中部署重点工作", "本报讯（记者周海涛）", 1),
        ("学思想 强党性 重实践 建新功", "本报记者 王尧", 1),
    ]


def test_a_slogan_over_running_text_titled_below_is_a_banner() -> None:
    _, page = _page(
        "学思想 强党性 重实践 建新功",
        "11月15日，高新区召开会议，部署学习工作。",
        "高新区部署学习工作",
        "本报记者 王尧",
    )
    assert [(a.title, a.byline) for a in page.articles] == [("高新区部署学习工作", "本报记者 王尧")]
    assert _other(page) == [("banner", "学思想 强党性 重实践 建新功")]


def test_a_headline_signed_by_a_byline_line_over_its_photo_is_no_photo_news() -> None:
    _, page = _page(
        "11月15日，寒潮来袭，市民在公园里迎着大风坚持晨练。",
        "市民公园晨练",
        "本报评论员",
        "市民在公园里晨练 记者 彭雪姣 摄",
    )
    (article,) = page.articles
    assert (article.title, article.byline, len(article.paragraphs)) == (
        "市民公园晨练",
        "本报评论员",
        1,
    )
    assert [c.text for c in article.captions] == ["市民在公园里晨练"]


def test_a_line_above_kicker_and_title_is_the_kicker_of_the_article_before() -> None:
    _, page = _page(
        "做强创新主业 做好创新生态",
        "——高新区以科技创新驱动高质量发展综述",
        "省党代会提出，要加快形成创新高地、构建创新体系，高新区矢志不渝做强创新主业。",
        "（本报记者 高轶鹏）",
        "加快形成创新高地 构建创新体系",
        "齐心协力 常抓不懈",
        "高新区安排当前疫情防控工作",
        "本报讯（记者高轶鹏）11月20日上午，高新区召开疫情防控专题会议。",
    )
    assert [(a.kicker, a.title) for a in page.articles] == [
        ("加快形成创新高地 构建创新体系", "做强创新主业 做好创新生态"),
        ("齐心协力 常抓不懈", "高新区安排当前疫情防控工作"),
    ]


def test_a_headline_left_over_that_restates_a_title_in_full_replaces_it() -> None:
    _, page = _page(
        "学习贯彻党的十九届六中全会精神",
        "本报讯（记者高轶鹏）连日来，高新区各单位认真学习贯彻全会精神。",
        "会议强调，领导班子要带头学，深刻领会全会精神。",
        "学在深处 谋在新处 干在实处",
        "高新区认真学习贯彻党的十九届六中全会精神",
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == (
        "学在深处 谋在新处 干在实处",
        "高新区认真学习贯彻党的十九届六中全会精神",
    )
    assert _other(page) == [("banner", "学习贯彻党的十九届六中全会精神")]


def test_a_line_holding_two_titles_is_cut_between_their_bodies() -> None:
    _, page = _page(
        "本报讯（记者刘晓晴）在市民服务中心，一个窗口就能通办，群众少跑腿。",
        "本报讯（记者许文博）人社局在家门口举办招聘会，送来1100余个岗位。",
        "“一窗通办”让群众少跑腿“家门口”招聘会送来1100余个岗位",
    )
    assert _titles(page) == ["“一窗通办”让群众少跑腿", "“家门口”招聘会送来1100余个岗位"]


def test_a_headline_inside_an_article_signed_at_both_ends_opens_another() -> None:
    _, page = _page(
        "白鹭湖湿地迎来首批越冬候鸟",
        "本报讯（记者孙若冰）白鹭湖湿地公园的湖面上，候鸟低空盘旋。",
        "市林业局提醒，观鸟时请与鸟群保持适当距离。",
        "“燃气灶用完要关总阀。”社区工作人员向居民讲解燃气安全知识。",
        "守护城市安全",
        "燃气安全知识进社区",
        "今年以来，我市已开展燃气安全入户检查21.3万户。",
        "（本报记者 赵一鸣）",
    )
    birds, gas = page.articles
    assert birds.title == "白鹭湖湿地迎来首批越冬候鸟"
    assert len(birds.paragraphs) == 2
    assert (gas.kicker, gas.title) == ("守护城市安全", "燃气安全知识进社区")
    assert gas.byline == "本报记者 赵一鸣"
    assert len(gas.paragraphs) == 2


def test_an_article_signed_above_ends_where_the_next_title_stands() -> None:
    _, page = _page(
        "高新区集中部署重点工作",
        "本报记者 周海涛",
        "11月15日，高新区召开工作会议，对重点工作作出部署。",
        "菜农",
        "屈庄村党支部组织村干部修补大棚。",
        "（本报记",
        "者 王尧）",
    )
    assert [(a.title, a.byline, len(a.paragraphs)) for a in page.articles] == [
        ("高新区集中部署重点工作", "本报记者 周海涛", 1),
        ("菜农", "本报记者 王尧", 1),
    ]


def test_a_lone_subtitle_inside_a_titled_article_is_its_subtitle() -> None:
    _, page = _page(
        "前三季度全市经济稳中向好",
        "本报讯（记者陈思远）前三季度，全市地区生产总值同比增长5.8%。",
        "一一地区生产总值同比增长5.8%",
        "分产业看，第一产业增加值增长3.9%。",
    )
    (article,) = page.articles
    assert article.subtitle == "一一地区生产总值同比增长5.8%"  # OCR's reading of ——
    assert article.subheads == ()


def test_boilerplate_on_two_lines_is_one_item() -> None:
    _, page = _page("本报讯（记者王尧）全市经济稳中向好。", "扫码看", "精彩视频")
    assert _other(page) == [("boilerplate", "扫码看精彩视频")]


# Tesseract's reading of the dev page p01 (``shared/corpus/dev/pages/p01.tesseract.txt``),
# misreadings and all: OCR ends a box with a blank line.
COLD_WAVE_OCR = (
    "本报讯 〈记者孙若冰) 记\n者11月27日从市气象台获\n悉，受强冷空气影响，27 日\n"
    "夜里至 29 日，我市将出现大\n风降温天气，过程降温幅度达\n"
    '8 "至10 *c ，最低气温将降\n至-5 "左右，并伴有4级至\n5级偏北风，阵风可达7级。\n\n'
    "市气象台首席预报员李伟\n提醒，寒潮期间早晚温差大，\n市民要及时添衣保上暖， 老人和\n"
    "儿童尽量减少外出; 设施农业\n\n"
    "寒潮来克\n我市将迎大风降温\n\n"
    "种植户要加固大棚，做好防寒\n保温， 高速公路可能出现道路\n结冰，鸭驶员要减速慢行。\n\n"
    "冷空气过后，大气扩散条\n件转好，全市空气质量将以良\n为主，PM2.5 浓度明显下降 。\n"
    "预计 12 月 1 日起气温逐渐回\n升。\n"
)


def _source_page(text: str) -> Page:
    page = parse_page(text)
    assert unaccounted_text(text, page) == [], "a rule lost text"
    return page


def test_two_headline_lines_in_one_ocr_box_are_one_title() -> None:
    (article,) = _source_page(COLD_WAVE_OCR).articles
    # Printed ``寒潮来袭`` / ``我市将迎大风降温`` in one type; 克 is OCR's misreading.
    assert (article.kicker, article.title) == (None, "寒潮来克 我市将迎大风降温")
    assert article.byline == "本报讯（记者孙若冰）"
    assert len(article.paragraphs) == 3


def test_a_headline_line_in_a_box_of_its_own_is_a_kicker() -> None:
    text = COLD_WAVE_OCR.replace("寒潮来克\n我市", "寒潮来克\n\n我市")
    (article,) = _source_page(text).articles
    assert (article.kicker, article.title) == ("寒潮来克", "我市将迎大风降温")


def test_lines_in_a_row_on_a_page_without_boxes_say_nothing_about_the_type() -> None:
    # Every break of a page without blank lines is the wrap joiner's: no box evidence.
    text = COLD_WAVE_OCR.replace("\n\n", "\n")
    (article,) = _source_page(text).articles
    assert (article.kicker, article.title) == ("寒潮来克", "我市将迎大风降温")


def test_a_kicker_boxed_with_a_fake_bold_title_stays_a_kicker() -> None:
    # pdfminer's reading of p02: one box, but only the title is fake bold.
    text = (
        "“燃气灶用完要关总阀，胶\n管要定期检查更换，发现漏气不\n要开关电器……”11月19日，在\n"
        "东湖区向阳社区，市城市管理局\n和燃气公司的工作人员向居民发\n"
        "放宣传手册，讲解燃气安全知\n识。\n\n"
        "守 护 城 市 安 全\n燃气安全燃气安全知知识进社区识进社区\n\n"
        "道。“今天学了不少知识，回去\n要跟家里人好好说说。”居民郑\n大爷说。\n\n"
        "活动现场，工作人员演示了\n燃气泄漏报警器的使用方法，并\n为有需要的居民免费检测燃气管\n\n"
        "今年以来，我市已开展燃气\n安全入户检查21.3万户，整改隐\n患3600余处，为 870家餐饮场所\n\n"
        "安装可燃气体报警装置。下一\n步，相关部门将持续开展“燃气\n安全进万家”活动，做到隐患排\n"
        "查不留死角。\n\n（本报记者 赵一鸣）\n"
    )
    (article,) = _source_page(text).articles
    assert (article.kicker, article.title) == ("守护城市安全", "燃气安全知识进社区")


# p01 as Tesseract read it: the first article's headline and a caption printed
# into its fourth paragraph (``…一家一`` / ``家走访…``), then the second article.
NEW_MATERIALS_OCR = (
    "项目落地快不快，关键看\n服务。高新区推行“首席服务\n员”制度，对重点企业一家一\n\n"
    "聚焦高质量发展\n\n新材料产业集群加速崛起\n\n一一高新区推动产业链延链补链强链见闻\n\n"
    "技术人员在新材料产业园研发中心\n调试设备”本报记者 周海涛 摄\n\n"
    "家走访、问题一个一个解决，\n企业提出的用地、用电、融资\n等需求，限时办结率达到\n98% 以上。\n\n"
    "“下一步，我们将瞄准产\n业链关键环厂，引进一批“链\n主”企业和配套项目，力争到\n"
    "2025 年产业集群规模突破 500\n\n"
    "云湖锦纶科技有限公司 5G 智能工厂生产线 本报记者 周海涛 摄\n\n"
    "亿元 ” 高新区党工委副书记、\n管委会主任赵立新说。 (本\n报记者 陈思远 通讯员 马文\n博)\n\n"
)
STATISTICS_OCR = (
    "前三李，\n\n度全市经济稳中向好\n\n"
    "本报讯〈记者 陈思远)\n记者 11 月 20 日从市统计局获\n悉，前三季度，全市实现地区\n"
    "生产总值 (GDP) 1865.3 亿\n元，同比增长 5.8% ，增速高\n于全省平均水平 0.6 个百分\n"
    "点，经济运行呈现稳中向好、\n进中提质的态势。\n"
)


def test_a_headline_printed_into_a_sentence_heads_the_article_it_interrupts() -> None:
    (article, _) = _source_page(NEW_MATERIALS_OCR + STATISTICS_OCR).articles
    assert (article.kicker, article.title) == ("聚焦高质量发展", "新材料产业集群加速崛起")
    assert article.subtitle == "——高新区推动产业链延链补链强链见闻"
    assert article.byline == "本报记者 陈思远 通讯员 马文博"
    assert [paragraph[:6] for paragraph in article.paragraphs] == ["项目落地快不", "“下一步，我"]
    # The paragraph is whole again around the headline and the caption.
    assert "对重点企业一家一家走访、问题一个一个解决，" in article.paragraphs[0]


def test_a_headline_after_a_finished_sentence_leaves_the_text_above_untitled() -> None:
    # No sentence runs on under the headline: the text above it may be another
    # article whose title was lost, and it is not merged (ARTICLES).
    text = (
        "项目落地快不快，关键看\n服务。高新区推行“首席服务\n员”制度，对重点企业一家一\n家走访。\n\n"
        "聚焦高质量发展\n\n新材料产业集群加速崛起\n\n一一高新区推动产业链延链补链强链见闻\n\n"
        "“下一步，我们将瞄准产\n业链关键环节。”高新区党工委副书记、\n"
        "管委会主任赵立新说。 (本\n报记者 陈思远 通讯员 马文\n博)\n"
    )
    untitled, titled = _source_page(text).articles
    assert (untitled.title, len(untitled.paragraphs)) == (None, 1)
    assert (titled.title, len(titled.paragraphs)) == ("新材料产业集群加速崛起", 1)


def test_a_block_between_a_signed_article_and_a_dateline_is_a_headline() -> None:
    # OCR read the large 季 of 前三季度 as 李 and a comma; the comma stays.
    (_, article) = _source_page(NEW_MATERIALS_OCR + STATISTICS_OCR).articles
    assert article.title == "前三李，度全市经济稳中向好"
    assert article.byline == "本报讯（记者 陈思远）"
    assert len(article.paragraphs) == 1


def test_a_sentence_between_a_signed_article_and_a_dateline_stays_running_text() -> None:
    _, page = _page(
        "“下一步，我们将瞄准产业链关键环节。”赵立新说。",
        "（本报记者 陈思远 通讯员 马文博）",
        "前三季度全市经济稳中向好。",
        "本报讯（记者 陈思远）记者11月20日从市统计局获悉，全市经济稳中向好。",
    )
    assert "前三季度全市经济稳中向好。" not in _titles(page)
    assert page.articles[1].paragraphs == ("前三季度全市经济稳中向好。",)


def test_a_credit_glued_to_a_stray_closing_quote_is_still_the_credit() -> None:
    page = _source_page("技术人员在新材料产业园研发中心\n调试设备”本报记者 周海涛 摄\n")
    ((text, credit),) = [(caption.text, caption.credit) for caption in page.captions]
    # The stray mark is OCR's, kept as printed and reported, never deleted.
    assert (text, credit) == ("技术人员在新材料产业园研发中心调试设备”", "本报记者 周海涛 摄")
    assert [(w.kind, w.text) for w in page.warnings] == [("unpaired_quote", "”")]


def test_a_name_glued_to_a_closing_quote_without_a_role_is_no_credit() -> None:
    # Without 记者 or 通讯员 nothing shows where the caption ends and the name starts.
    _, page = _page("市民参观“智慧城市”展区王尧 摄", "本报讯（记者陈思远）高新区举办“智慧城市”展。")
    assert not page.captions
    assert not any(article.captions for article in page.articles)


# A feature like seed 003's: each section set in a column width of its own, the
# section heads scrambled by the extraction.  ``_set_in`` prints a paragraph in
# lines of a column ``width`` characters wide, the first one two characters short
# (the indent, which extraction drops).
FEATURE_KICKER = "聚力生态宜居 共绘魅力画卷 赋能发展高质量"
FEATURE_TITLE = "科创引领蓄势赋能 示范新区奋力跃升"
FEATURE_LEAD = (
    "今年以来，示范区坚持把科技创新作为引领发展的第一动力，紧紧抓住科创新城高水平建设"
    "战略发展机遇，建强实验室、产业研究院、中试基地等创新平台，不断塑造发展新动能、新优势。",
    "随着产业技术研究院、实验室等相继在示范区揭牌运行，目前该区已打造科技创新平台七十七家，"
    "一座科技创新、产城融合的魅力新城正在奋力跃升。",
)
FEATURE_SECTIONS = (
    (
        "科创，是助推产城融合、城市发展的新引擎。近年来，示范区坚持高位统筹、系统推进，"
        "从新载体、新平台建设到新产业加速崛起，在创新强区之路上蹄疾步稳。",
        "今年，示范区持续深化科创与产业融合发展，创新实施全员招商新模式，大力开展产业链招商，"
        "现代服务业发展势头强劲，数字经济产业蓬勃发展。",
    ),
    (
        "由市政府牵头建设的实验室在示范区揭牌。该实验室将聚焦先进基础材料、关键战略材料和"
        "前沿新材料等领域，建设引领新材料产业发展的科技创新平台。",
        "该区牢牢抓住创新主体培育这条主线不动摇，积极实施科技型中小企业孵化工程，"
        "加快推动高新技术企业创新发展，实现创新主体规模和能级双提升。",
    ),
    (
        "如今，走在示范区的大街小巷，越来越多的高颜值口袋公园成为市民健身、休闲娱乐的好去处，"
        "带给百姓满满的获得感和幸福感，城市面貌焕然一新。绿化覆盖率达到百分之四十五。",
        "示范区坚持以科技创新和成果转化赋能产业转型升级，沿着高端化、多元化、低碳化方向加速"
        "转型，使生态屏障更加牢固、生态底色更加亮丽。高质量发展底气更足。",
    ),
)
FEATURE_SUBHEADS = (
    "加速产城融合 驱动新城生长 提升发展新能级",
    "优化创新生态 建强创新平台",
    "点燃发展新引擎新动能",
)


def _set_in(width: int, text: str) -> str:
    lines, rest = [text[: width - 2]], text[width - 2 :]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return "\n".join(lines)


def _feature(lead: int, *sections: int, kicker: str = FEATURE_KICKER) -> Page:
    """The feature with its lead and sections set ``lead`` and ``sections`` characters wide.

    As extracted: the third section's head at the top (read as a kicker), the first
    one after its section, right before the second one's, printed on two lines.
    """
    first, second, third = (
        [_set_in(width, text) for text in section]
        for width, section in zip(sections, FEATURE_SECTIONS, strict=True)
    )
    _, page = _page(
        kicker,
        FEATURE_TITLE,
        *(_set_in(lead, text) for text in FEATURE_LEAD),
        *first,
        *FEATURE_SUBHEADS,
        *second,
        *third,
        "（本报记者 张亚丹）",
    )
    return page


def test_sections_set_in_widths_of_their_own_take_their_subheads() -> None:
    (article,) = _feature(29, 23, 19, 22).articles
    assert (article.kicker, article.title) == (None, FEATURE_TITLE)
    assert article.subheads == (
        "加速产城融合 驱动新城生长 提升发展新能级",
        "优化创新生态 建强创新平台 点燃发展新引擎新动能",
        FEATURE_KICKER,
    )
    # Each subhead stands before the first paragraph of its width.
    starts = [article.paragraphs.index(subhead) for subhead in article.subheads]
    assert [article.paragraphs[start + 1][:4] for start in starts] == [
        "科创，是",
        "由市政府",
        "如今，走",
    ]
    assert starts[0] == len(FEATURE_LEAD)


def test_a_kicker_stays_a_kicker_when_the_body_has_one_width() -> None:
    # One width, or a lead set wider than one body width: no sections to tell apart.
    for widths in ((23, 23, 23, 23), (29, 23, 23, 23)):
        (article,) = _feature(*widths).articles
        assert (article.kicker, article.title) == (FEATURE_KICKER, FEATURE_TITLE)
        assert article.subheads == (" ".join(FEATURE_SUBHEADS),)


def test_sections_in_widths_of_their_own_change_nothing_unless_the_shapes_agree() -> None:
    # A kicker of two phrases is no head of a three-phrase section: one section
    # is left without a head, so the widths decide nothing.
    (article,) = _feature(29, 23, 19, 22, kicker="聚力生态宜居 共绘魅力画卷").articles
    assert (article.kicker, article.title) == ("聚力生态宜居 共绘魅力画卷", FEATURE_TITLE)
    assert article.subheads == (" ".join(FEATURE_SUBHEADS),)


def test_an_unreadable_stub_is_no_headline() -> None:
    # Dev page p02 (OCR): ``1口`` is what OCR made of ``识。``, reported as a
    # ``lone_box`` warning; it stays with the running text around it.
    page = parse_page(
        "白鹭湖湿地迎来首批越冬候鸟\n\n本报讯（记者孙若冰）11月26日清晨，薄雾渐渐散去，"
        "候鸟在湖面上觅食。\n\n工作人员向居民发放宣传手册，讲解燃气安全知\n\n1口\n\n"
        "活动现场，工作人员演示了报警器的使用方法。\n"
    )
    [article] = page.articles
    assert "1口" in article.paragraphs
    assert article.subheads == ()  # it was read as a section's subhead


# Dev page p02 (OCR), its lines 1-9 and 27-66 as extracted.
P02_OCR = (
    "白警湖湿地迎来首批越冬候鸟\n"
    "\n"
    "本报讯 《记者 孙若冰 通\n"
    "讯员 郭芳) 11月26日清晨，落\n"
    "雾渐渐散去，白览湖湿地公园的\n"
    "湖面上，红嘴鸥、苍鉴、骨顶鸡\n"
    "等候鸟或低空盘旋，或悠闲轴\n"
    "食，构成一幅“人乌和谐”的生\n"
    "态画卷。\n"
    "\n"
    "市林业局提醒，观乌时请与\n"
    "乌群保持适当距离，不投喂、不\n"
    "惊扰，共同守护这份来之不易的\n"
    "生态美景。\n"
    "\n"
    "红嘴欧在白贸湖湿地公园湖面上丰食\n"
    "\n"
    "本报记者 周海涛 摄\n"
    "\n"
    "“燃气灶用完要关总阅，胶\n"
    "管要定期检查更换，发现漏气不\n"
    "要开关电器……”11月19日，在\n"
    "东湖区向阳社区，市城市管理局\n"
    "和燃气公司的工作人员向居民发\n"
    "放宣传手册，讲解燃气安全知\n"
    "1口\n"
    "\n"
    "活动现场，工作人员演示了\n"
    "燃气油漏报警器的使用方法，并\n"
    "为有需要的居民免费检测燃气管\n"
    "\n"
    "守护城市安全\n"
    "\n"
    "燃气安全知识进社区\n"
    "\n"
    "道。 今天学了不少知识，回去\n"
    "要跟家里人好好说说 。 居民郑\n"
    "大和爷说。\n"
    "\n"
    "今年以来，我市已开展燃气\n"
    "安全入户检查21.3万户，整改隐\n"
    "患3600余处，为870家餐饮场所\n"
    "\n"
    "安装可燃气体报警装置。下一\n"
    "步，相关部门将持续开展“燃气\n"
    "安全进万家”活动，做到隐吓排\n"
    "查不留死角。\n"
    "\n"
    "(本报记者 赵一鸣)\n"
)


def test_an_article_reaches_back_past_an_unreadable_stub() -> None:
    # The title group of the second article was printed into its second
    # paragraph; its first paragraph ends in the stub ``1口`` (OCR's ``识。``),
    # which shares no word with the title but says nothing against it: the
    # article starts with the paragraph before the stub.
    _, page = _page(P02_OCR)
    [bird, gas] = page.articles
    assert gas.title == "燃气安全知识进社区"
    assert [p[:5] for p in gas.paragraphs] == ["“燃气灶用", "1口", "活动现场，", "今年以来，"]
    assert bird.paragraphs[-1].startswith("市林业局提醒")


# --- author spans: the name inside the byline, in source offsets ---


def _author_spans(page: Page) -> list[tuple[str, int, int]]:
    return [
        (name, span.start, span.end)
        for article in page.articles
        for name, span in zip(article.authors, article.spans.authors, strict=True)
    ]


def test_authors_of_an_opening_byline_have_their_spans() -> None:
    opening = "本报讯（记者孙聪利 通讯员李蓥婕）高新区推动产业链延链补链强链。"
    _, page = _page("聚焦高质量发展", opening)
    assert _author_spans(page) == [("孙聪利", 15, 18), ("李蓥婕", 22, 25)]


def test_authors_of_a_byline_line_have_their_spans() -> None:
    _, page = _page(*SURVEY_HEAD, SECTION)
    assert _author_spans(page) == [("常凯", 25, 27), ("原昆鹏", 31, 34)]


def test_author_span_of_a_closing_byline_wrapped_in_the_name() -> None:
    # The source breaks the line inside the name: its span covers the break.
    text = "寒潮来袭\n\n全市将迎大风降温，最低气温零下5℃。\n\n（本报记者 彭\n雪姣）\n"
    page = parse_page(text)
    assert page.articles[0].byline == "本报记者 彭雪姣"
    assert _author_spans(page) == [("彭雪姣", 32, 36)]
    assert text[32:36] == "彭\n雪姣"

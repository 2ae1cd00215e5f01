"""Examples of the segmentation rules, one short hand-written page per rule.

Each page is clean text, one block per paragraph, built to show the evidence a
rule reads (what precedes or follows a line, its shape, a byline, a credit) and
nothing else.  ``tests/test_golden_articles.py`` checks the same rules on whole
seed pages.
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

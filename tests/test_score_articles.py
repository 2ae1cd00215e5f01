"""The article metrics of scripts/score.py (issue 3), on small hand-made page dicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from script_modules import load_script

score = load_script("score")


def article(
    title: str | None = None,
    paragraphs: tuple[str, ...] = (),
    *,
    byline: str | None = None,
    authors: tuple[str, ...] = (),
    captions: tuple[tuple[str, str | None], ...] = (),
) -> dict[str, Any]:
    return {
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": byline,
        "authors": list(authors),
        "paragraphs": list(paragraphs),
        "subheads": [],
        "captions": [{"text": t, "credit": c} for t, c in captions],
    }


def page(*articles: dict[str, Any], captions: tuple[tuple[str, str | None], ...] = ()) -> dict:
    return {
        "articles": list(articles),
        "captions": [{"text": t, "credit": c} for t, c in captions],
        "other": [],
    }


def figures(predicted: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    tally, details = score.score_articles_page(predicted, gold)
    return tally.to_dict() | details


# --------------------------------------------------------------------------- helpers


def test_squash_removes_every_kind_of_whitespace() -> None:
    assert score.squash(" 寒潮来袭 我市\u3000将迎\n大风\t") == "寒潮来袭我市将迎大风"
    assert score.squash(None) == ""


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((2, 3, 4), (2 / 3, 1 / 2, 4 / 7)),
        ((3, 3, 3), (1.0, 1.0, 1.0)),
        ((0, 2, 2), (0.0, 0.0, 0.0)),
        ((0, 0, 0), (1.0, 1.0, 1.0)),  # nothing to find, nothing found
        ((0, 0, 2), (0.0, 0.0, 0.0)),  # nothing found
        ((0, 2, 0), (0.0, 0.0, 0.0)),  # only spurious items
    ],
)
def test_prf(counts: tuple[int, int, int], expected: tuple[float, float, float]) -> None:
    assert score.prf(*counts) == pytest.approx(expected)


def test_multiset_match_counts_duplicates_and_keeps_order() -> None:
    # gold: 甲 twice, 乙; predicted: 甲, 乙 twice, 丙.  甲 and one 乙 match.
    assert score.multiset_match(["乙", "甲", "丙", "乙"], ["甲", "乙", "甲"]) == (
        2,
        ["甲"],  # the second 甲
        ["丙", "乙"],  # the second 乙
    )


# --------------------------------------------------------------------------- title F1


def test_title_f1_duplicates_null_titles_and_whitespace() -> None:
    gold = page(
        article("寒潮来袭 我市将迎大风降温", ["甲。"]),
        article("燃气安全知识进社区", ["乙。"]),
        article("燃气安全知识进社区", ["丙。"]),  # a duplicate title
        article(None, ["丁。"]),  # null: not counted
        article("", ["戊。"]),  # blank counts as null
    )
    predicted = page(
        article("寒潮来袭我市将迎大风降温", ["甲。"]),  # whitespace ignored: a match
        article("燃气安全知识进社区", ["乙。", "丙。"]),  # matches one of the two
        article("白鹭湖", ["丁。"]),  # spurious
        article(None, ["戊。"]),
    )
    f = figures(predicted, gold)
    assert (f["titles_gold"], f["titles_predicted"], f["titles_matched"]) == (3, 3, 2)
    assert (f["title_precision"], f["title_recall"], f["title_f1"]) == (0.6667, 0.6667, 0.6667)
    assert f["titles_missed"] == ["燃气安全知识进社区"]
    assert f["titles_spurious"] == ["白鹭湖"]


def test_title_f1_predicting_a_title_twice_is_one_spurious() -> None:
    gold = page(article("甲乙", ["一。"]))
    predicted = page(article("甲乙", ["一。"]), article("甲 乙", ["二。"]))
    f = figures(predicted, gold)
    # P = 1/2, R = 1/1, F1 = 2/3
    assert (f["title_precision"], f["title_recall"], f["title_f1"]) == (0.5, 1.0, 0.6667)
    assert (f["titles_missed"], f["titles_spurious"]) == ([], ["甲 乙"])


# --------------------------------------------------------------------------- intact


def test_intact_article_split_over_two_predicted_articles() -> None:
    gold = page(article("甲", ["一。", "二。", "三。"]), article("乙", ["四。"]))
    predicted = page(article("甲", ["一。", "二。"]), article(None, ["三。", "四。"]))
    f = figures(predicted, gold)
    # 甲 is split; 乙 lies whole in the second article (which also holds 甲's 三。).
    assert (f["articles"], f["intact"], f["intact_share"]) == (2, 1, 0.5)
    assert f["intact_merged"] == 1
    assert f["articles_broken"] == ["甲"]


def test_intact_ignores_whitespace_and_missing_paragraphs_break_it() -> None:
    gold = page(article("甲", ["记者 11月 获悉。", "市民要添衣。"]), article("乙", ["五。"]))
    predicted = page(article("甲", ["记者11月获悉。", "市民要 添衣。"]), article("乙", []))
    f = figures(predicted, gold)
    assert (f["intact"], f["articles"], f["intact_merged"]) == (1, 2, 0)
    assert f["articles_broken"] == ["乙"]


def test_intact_paragraph_inside_a_longer_one_is_not_found() -> None:
    gold = page(article("甲", ["一。", "二。"]))
    predicted = page(article("甲", ["一。二。"]))
    assert figures(predicted, gold)["intact"] == 0


@pytest.mark.parametrize(
    ("first", "intact"),
    [
        ("记者获悉。", 1),  # byline split off
        ("本报讯（记者孙若冰）记者获悉。", 1),  # the gold byline kept in front
        ("本报讯（记者 孙若冰）记者获悉。", 1),  # another spacing of it
        (
            "本报讯（记者孙若兵）记者获悉。",
            1,
        ),  # any 本报讯 dateline: its spelling is not scored here
        ("本报讯记者获悉。", 0),  # no dateline bracket
        ("孙若冰记者获悉。", 0),
    ],
)
def test_intact_byline_rule_for_the_first_paragraph(first: str, intact: int) -> None:
    gold = page(article("甲", ["记者获悉。", "二。"], byline="本报讯（记者孙若冰）"))
    assert figures(page(article("甲", [first, "二。"])), gold)["intact"] == intact


def test_intact_byline_rule_only_under_a_news_flash_byline_and_first_paragraph() -> None:
    gold = page(article("甲", ["一。", "二。"], byline="本报记者 陈思远"))
    assert figures(page(article("甲", ["本报记者 陈思远一。", "二。"])), gold)["intact"] == 0
    gold = page(article("甲", ["一。", "二。"], byline="本报讯（记者孙若冰）"))
    assert figures(page(article("甲", ["一。", "本报讯（记者孙若冰）二。"])), gold)["intact"] == 0


def test_intact_counts_only_gold_articles_with_paragraphs() -> None:
    # Photo news: a title, a caption, no paragraphs.
    gold = page(article("发放开业补贴", captions=(("市民领取补贴", "郝森森 摄"),)))
    f = figures(page(), gold)
    assert (f["articles"], f["intact"], f["intact_share"]) == (0, 0, 1.0)


def test_everything_in_one_article_is_intact_but_merged() -> None:
    gold = page(article("甲", ["一。"]), article("乙", ["二。"]))
    f = figures(page(article("甲", ["一。", "二。"])), gold)
    assert (f["intact"], f["intact_merged"], f["title_recall"]) == (2, 2, 0.5)


# --------------------------------------------------------------------------- authors


def test_match_articles_by_title_then_by_paragraphs() -> None:
    gold = page(
        article("甲", ["一。"]),
        article(None, ["二。", "三。", "四。"]),  # null title: by paragraphs
        article("丙", ["五。"]),  # title lost in the prediction: by paragraphs
        article("丁", ["六。"]),  # found nowhere
    )
    predicted = page(
        article(None, ["二。"]),
        article("甲", ["一。", "三。", "四。", "五。"]),
        article("戊", ["六 。"]),  # 六。 once whitespace is removed
    )
    # 二/三/四: article 0 holds 1, article 1 holds 2 → article 1.
    assert score.match_articles(predicted, gold) == [1, 1, 1, 2]


def test_match_articles_duplicate_titles_one_to_one_in_order() -> None:
    gold = page(article("甲", ["一。"]), article("甲", ["二。"]), article("甲", ["三。"]))
    predicted = page(article("甲", ["二。"]), article("甲", ["一。"]))
    # Titles first, in order: gold 0 → 0, gold 1 → 1; gold 2 has no title left and no
    # paragraph anywhere.
    assert score.match_articles(predicted, gold) == [0, 1, None]


def test_match_articles_paragraph_ties_go_to_the_earlier_article() -> None:
    gold = page(article(None, ["一。", "二。"]))
    predicted = page(article("乙", ["二。"]), article("甲", ["一。"]))
    assert score.match_articles(predicted, gold) == [0]


def test_authors_accuracy() -> None:
    gold = page(
        article("甲", ["一。"], authors=("孙聪利", "李蓥婕")),
        article(None, ["二。"], authors=("陈思远",)),
        article("丙", ["三。"], authors=()),  # 本报评论员
        article("丁", ["四。"], authors=("王尧",)),
        article("戊", ["五。"], authors=("许文博",)),  # unmatched: wrong
    )
    predicted = page(
        article("甲", ["一。"], authors=("李蓥婕", "孙聪利")),  # order does not matter
        article("乙", ["二。"], authors=("陈 思远",)),  # by paragraphs; whitespace ignored
        article("丙", ["三。"], authors=()),
        article("丁", ["四。"], authors=("王尧", "周海涛")),  # a photographer too: wrong
    )
    f = figures(predicted, gold)
    assert (f["authors_total"], f["authors_correct"], f["authors_accuracy"]) == (5, 3, 0.6)
    assert f["authors_wrong"] == [
        {"article": "丁", "gold": ["王尧"], "predicted": ["周海涛", "王尧"]},
        {"article": "戊", "gold": ["许文博"], "predicted": None},
    ]


def test_authors_of_a_split_article_come_from_its_title_match() -> None:
    gold = page(article("甲", ["一。", "二。"], authors=("陈思远",)))
    predicted = page(article(None, ["一。", "二。"]), article("甲", [], authors=("陈思远",)))
    f = figures(predicted, gold)
    assert (f["authors_correct"], f["intact"]) == (1, 1)


# --------------------------------------------------------------------------- captions


def test_caption_f1_text_and_credit_both_count() -> None:
    gold = page(
        article(
            "甲",
            ["一。"],
            captions=(("红嘴鸥在湖面上觅食", "本报记者 周海涛 摄"), ("湖岸风景", None)),
        ),
        captions=(("市民领取补贴", "郝森森 摄"), ("车间组装", "本报记者 王尧 摄")),
    )
    predicted = page(
        # whitespace ignored: a match
        article("甲", ["一。"], captions=(("红嘴鸥在湖面上 觅食", "本报记者周海涛 摄"),)),
        # a page caption found as an article caption: still a match
        article("乙", [], captions=(("市民领取补贴", "郝森森 摄"),)),
        captions=(
            ("湖岸风景", ""),  # an empty credit is a missing credit: a match
            ("车间组装 本报记者 王尧 摄", None),  # credit left in the text: no match
        ),
    )
    f = figures(predicted, gold)
    assert (f["captions_gold"], f["captions_predicted"], f["captions_matched"]) == (4, 4, 3)
    assert f["caption_f1"] == 0.75
    assert f["captions_missed"] == ["车间组装 [本报记者 王尧 摄]"]
    assert f["captions_spurious"] == ["车间组装 本报记者 王尧 摄 [no credit]"]


def test_caption_missing_credit_does_not_match_a_credit() -> None:
    gold = page(captions=(("湖岸风景美如画", "图片由示范区新闻中心提供"),))
    f = figures(page(captions=(("湖岸风景美如画", None),)), gold)
    assert (f["caption_precision"], f["caption_recall"], f["caption_f1"]) == (0.0, 0.0, 0.0)
    f = figures(
        page(captions=(("湖岸风景美如画", None),)), page(captions=(("湖岸风景美如画", None),))
    )
    assert f["caption_f1"] == 1.0


def test_page_captions_accepts_plain_strings() -> None:
    assert score.page_captions({"articles": [], "captions": ["湖岸风景"]}) == [("湖岸风景", None)]


# --------------------------------------------------------------------------- tallies, runs


def test_tally_sums_counts_not_ratios() -> None:
    a, _ = score.score_articles_page(page(article("甲", ["一。"])), page(article("甲", ["一。"])))
    b, _ = score.score_articles_page(page(), page(article("乙", ["二。"]), article("丙", ["三。"])))
    total = score.ArticleTally()
    total.add(a)
    total.add(b)
    t = total.to_dict()
    assert (t["pages"], t["titles_gold"], t["titles_predicted"], t["titles_matched"]) == (
        2,
        3,
        1,
        1,
    )
    assert (t["title_precision"], t["title_recall"], t["title_f1"]) == (1.0, 0.3333, 0.5)
    assert (t["intact_share"], t["authors_accuracy"]) == (0.3333, 0.3333)


def test_identical_pages_score_full_marks() -> None:
    # A golden seed page in the repository: seven articles with authors and a caption.
    gold_file = Path(__file__).resolve().parent / "golden" / "000_1cb1f2c02cada2c0.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    f = figures(gold, gold)
    assert (f["title_f1"], f["intact_share"], f["authors_accuracy"], f["caption_f1"]) == (
        1.0,
        1.0,
        1.0,
        1.0,
    )


def _tiny_corpus(tmp_path: Path) -> tuple[Path, Path, Path]:
    corpus, seeds, golden = tmp_path / "corpus", tmp_path / "seeds", tmp_path / "golden"
    for folder in (corpus / "gold", corpus / "pages", seeds, golden):
        folder.mkdir(parents=True)
    gold = page(article("甲", ["一。"], authors=("王尧",)))
    (corpus / "gold" / "p01.json").write_text(json.dumps(gold), encoding="utf-8")
    (corpus / "pages" / "p01.pdfminer.txt").write_text("甲\n一。\n", encoding="utf-8")
    (corpus / "pages" / "p01.tesseract.txt").write_text("crash", encoding="utf-8")
    (seeds / "s1.txt").write_text("甲\n一。\n", encoding="utf-8")
    (seeds / "s2.txt").write_text("乙\n", encoding="utf-8")  # no golden .json
    (golden / "s1.json").write_text(json.dumps(gold), encoding="utf-8")
    return corpus, seeds, golden


def _fake_parse_page(text: str, *, source: str | None = None, config: Any = None) -> dict:
    if text == "crash":
        raise ValueError("boom")
    title, *paragraphs = text.split()
    return page(article(title, tuple(paragraphs), authors=("王尧",)))


def test_score_articles_without_parse_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(score.baozhi, "parse_page", raising=False)
    assert score.score_articles(None, None, Path()) is None
    assert list(score.format_articles_report(None)) == ["articles: parse_page not available"]


def test_score_articles_runs_channels_seeds_and_reports_crashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, seeds, golden = _tiny_corpus(tmp_path)
    monkeypatch.setattr(score.baozhi, "parse_page", _fake_parse_page, raising=False)
    result = score.score_articles(corpus, seeds, golden)
    assert result is not None
    channels = result["corpus"]["channels"]
    assert set(channels) == {"pdfminer", "tesseract"}
    assert channels["pdfminer"]["title_f1"] == 1.0
    assert channels["pdfminer"]["authors_accuracy"] == 1.0
    # The crash scores as an empty page and is reported.
    assert channels["tesseract"]["title_f1"] == 0.0
    assert result["corpus"]["pages"]["tesseract/p01"]["error"] == "ValueError: boom"
    assert result["corpus"]["pages"]["tesseract/p01"]["titles_missed"] == ["甲"]
    assert result["corpus"]["groups"]["all"]["title_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["seeds"]["seeds"]["s2"] == {"golden": None}
    assert result["seeds"]["total"]["intact_share"] == 1.0
    report = "\n".join(score.format_articles_report(result))
    assert "(no golden .json)" in report
    assert "parse_page failed on tesseract/p01: ValueError: boom" in report
    assert "0.000!" in report  # below target is marked
    # Both modes, in the JSON and in the table: each row followed by its fuzzy row.
    assert channels["pdfminer"]["fuzzy"]["title_f1"] == 1.0
    assert result["corpus"]["groups"]["all"]["fuzzy"]["title_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["seeds"]["total"]["fuzzy"]["intact_share"] == 1.0
    assert result["corpus"]["pages"]["tesseract/p01"]["fuzzy"]["titles_missed"] == ["甲"]
    lines = report.splitlines()
    assert lines[lines.index(next(x for x in lines if x.startswith("tesseract "))) + 1].startswith(
        "tesseract ~"
    )
    assert any(line.startswith("[seeds] ~") for line in lines)
    assert any(line.startswith("~ rows: near-equal") for line in lines)


def test_main_json_and_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, seeds, golden = _tiny_corpus(tmp_path)
    monkeypatch.setattr(score.baozhi, "parse_page", _fake_parse_page, raising=False)
    args = ["--corpus", str(corpus), "--seeds", str(seeds), "--golden", str(golden)]
    assert score.main([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"]["corpus"]["pages"]["pdfminer/p01"]["titles_spurious"] == []
    assert score.main([*args, "--show", "tesseract/p01"]) == 0
    shown = capsys.readouterr().out
    assert "--- gold title missed: 甲" in shown
    assert "--- ~ gold title missed: 甲" in shown
    assert out["articles"]["corpus"]["pages"]["pdfminer/p01"]["fuzzy"]["titles_spurious"] == []
    assert "--- parse_page failed: ValueError: boom" in shown


# --------------------------------------------------------------------------- near-equal (fuzzy)


def both(predicted: dict[str, Any], gold: dict[str, Any]) -> tuple[dict, dict]:
    """The figures and details of one page in exact mode and in fuzzy mode."""
    exact, fuzzy = (score.score_articles_page(predicted, gold, mode) for mode in ("exact", "fuzzy"))
    return exact[0].to_dict() | exact[1], fuzzy[0].to_dict() | fuzzy[1]


FIGURES = ("title_f1", "intact_share", "intact_merged", "authors_accuracy", "caption_f1")


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("白鹭湖湿地迎来首批越冬候鸟", "白警湖湿地迎来首批越冬候鸟", True),  # 12/13
        ("5G基站实现乡镇全覆盖", "5G基站 实现乡镇全履盖", True),  # 10/11, whitespace ignored
        ("“一窗通办”让群众少跑腿", '一窗通办"让群众少跑服', True),  # punctuation ignored: 9/10
        ("寒潮来袭", "寒潮来克", False),  # 3/4: four characters must be exact
        ("寒潮来袭了", "寒潮来克了", True),  # 4/5
        ("寒潮来袭 我市将迎大风降温", "我市将迎大风降温", False),  # a cut title: 8/12
        ("燃气安全知识进社区", "燃气安全知识进校园", False),  # two titles: 7/9
        ("", "", True),
        ("甲", "", False),
    ],
)
def test_near_equal_threshold(a: str, b: str, near: bool) -> None:
    assert score.near_equal(a, b) is near
    assert score.near_equal(b, a) is near


def test_fuzzy_key_drops_whitespace_and_punctuation_only() -> None:
    assert (
        score.fuzzy_key(" “家门口”招聘会，\n送来1100余个岗位！") == "家门口招聘会送来1100余个岗位"
    )
    assert score.fuzzy_key("PM2.5浓度") == "PM25浓度"
    assert score.fuzzy_key("5G+工业互联网") == "5G+工业互联网"  # + is a symbol, kept


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("刘晓晴", "刘晓畏", True),  # one misread in three characters
        ("郭芳", "郭方", False),  # two-character names must be exact
        ("孙若冰", "孙若", False),  # cut: the length changed
        ("孙若冰", "记者孙若冰", False),  # role word kept
        ("马文博", "许文博", True),  # the price: a one-character-apart name passes
        ("欧阳文博", "欧阳文傅", True),
    ],
)
def test_near_name(gold: str, predicted: str, same: bool) -> None:
    assert score.near_name(gold, predicted) is same


def test_same_authors_pairs_names_one_to_one() -> None:
    assert score.same_authors(["孙若冰", "郭芳"], ["孙若兵", "郭芳"], "fuzzy")
    assert not score.same_authors(["孙若冰", "郭芳"], ["孙若兵", "郭芳"], "exact")
    # Both gold names near the one predicted name: it can stand for only one of them.
    assert not score.same_authors(["孙若冰", "孙若兵"], ["孙若冰", "陈思远"], "fuzzy")
    assert not score.same_authors(["孙若冰"], ["孙若冰", "周海涛"], "fuzzy")  # one too many


def test_one_character_ocr_misread_matches_in_fuzzy_mode_only() -> None:
    gold = page(
        article(
            "白鹭湖湿地迎来首批越冬候鸟",
            (
                "11月26日清晨，薄雾渐渐散去，白鹭湖湿地公园的湖面上候鸟盘旋。",
                "市林业局提醒，观鸟时请与鸟群保持适当距离。",
            ),
            byline="本报讯（记者 孙若冰 通讯员 郭芳）",
            authors=("孙若冰", "郭芳"),
            captions=(("红嘴鸥在白鹭湖湿地公园湖面上觅食", "本报记者 周海涛 摄"),),
        )
    )
    # One character misread in every text: 白警湖, 薄雾 → 落雾, 观乌, 孙若兵, 觅食 → 丰食;
    # the dateline left in the first paragraph, the byline rule applies in both modes.
    predicted = page(
        article(
            "白警湖湿地迎来首批越冬候鸟",
            (
                "本报讯（记者 孙若冰 通讯员 郭芳）11月26日清晨，落雾渐渐散去，"
                "白鹭湖湿地公园的湖面上候鸟盘旋。",
                "市林业局提醒，观乌时请与鸟群保持适当距离。",
            ),
            authors=("孙若兵", "郭芳"),
            captions=(("红嘴鸥在白鹭湖湿地公园湖面上丰食", "本报记者 周海涛 摄"),),
        )
    )
    exact, fuzzy = both(predicted, gold)
    assert [exact[k] for k in FIGURES] == [0.0, 0.0, 0, 0.0, 0.0]
    assert [fuzzy[k] for k in FIGURES] == [1.0, 1.0, 0, 1.0, 1.0]
    assert [(m["kind"], m["predicted"]) for m in fuzzy["near_matches"]] == [
        ("title", "白警湖湿地迎来首批越冬候鸟"),
        ("caption", "红嘴鸥在白鹭湖湿地公园湖面上丰食 [本报记者 周海涛 摄]"),
    ]
    assert "near_matches" not in exact


def test_two_different_titles_of_one_page_never_match_each_other() -> None:
    gold = page(
        article("燃气安全知识进社区", ("一。",)),
        article("燃气安全知识进校园", ("二。",)),
        article("寒潮来袭 我市将迎大风降温", ("三。",)),
    )
    # The second title is lost and the third cut to its second line: neither may be
    # credited with the title nearest it.
    predicted = page(
        article("燃气安全知识进社区", ("一。",)),
        article("燃气安全知识进社区", ("二。",)),
        article("我市将迎大风降温", ("三。",)),
    )
    exact, fuzzy = both(predicted, gold)
    assert fuzzy["titles_matched"] == exact["titles_matched"] == 1
    assert fuzzy["titles_missed"] == ["燃气安全知识进校园", "寒潮来袭 我市将迎大风降温"]
    assert fuzzy["titles_spurious"] == ["燃气安全知识进社区", "我市将迎大风降温"]


def test_no_two_gold_texts_of_a_dev_page_are_near_equal() -> None:
    # The threshold's promise, on the real pages: titles, paragraphs and captions of one
    # page never match each other.
    gold_dir = Path(__file__).resolve().parents[2] / "shared/corpus/dev/gold"
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        pytest.skip("dev corpus not present")
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        groups = {
            "titles": score.page_titles(gold),
            "paragraphs": [p for a in gold["articles"] for p in a["paragraphs"]],
            "captions": [text for text, _ in score.page_captions(gold)],
        }
        for kind, texts in groups.items():
            for i, a in enumerate(texts):
                for b in texts[i + 1 :]:
                    assert not score.near_equal(a, b), (gold_file.stem, kind, a, b)


def test_near_equal_ties_go_to_the_earlier_item() -> None:
    gold = page(article("白鹭湖湿地迎来首批越冬候鸟", ("一。",)))
    predicted = page(
        article("白警湖湿地迎来首批越冬候鸟", ("一。",)),
        article("白览湖湿地迎来首批越冬候鸟", ("一。",)),  # as near: the later one is spurious
    )
    _, fuzzy = both(predicted, gold)
    assert fuzzy["titles_spurious"] == ["白览湖湿地迎来首批越冬候鸟"]
    assert score.match_articles(predicted, gold, "fuzzy") == [0]


def test_fuzzy_prefers_the_exact_copy_of_a_paragraph_restated_elsewhere() -> None:
    # A seed page restates one article's paragraph in another, only the final mark
    # differs; with punctuation ignored both are equally near, and the exact copy decides.
    restated = "全市唯一的省级汽车线束5G+工业互联网平台顺利通过验收"
    gold = page(article("甲", (restated + "；", "一。")), article("乙", (restated + "。",)))
    predicted = page(article("甲", (restated + "；", "一。")), article("乙", (restated + "。",)))
    exact, fuzzy = both(predicted, gold)
    assert (fuzzy["intact"], fuzzy["intact_merged"]) == (exact["intact"], 0) == (2, 0)


def test_fuzzy_credit_left_in_the_caption_text_still_misses() -> None:
    # Joined, text and credit would be equal; apart, the credit is 4 of 8 characters off.
    gold = page(captions=(("技术人员在新材料产业园研发中心调试设备", "本报记者 周海涛 摄"),))
    predicted = page(captions=(("技术人员在新材料产业园研发中心调试设备”本报记者", "周海涛 摄"),))
    _, fuzzy = both(predicted, gold)
    assert fuzzy["caption_f1"] == 0.0


def test_fuzzy_paragraph_cut_or_merged_breaks_the_article() -> None:
    gold = page(
        article(
            "甲",
            (
                "燃气灶用完要关总阀，胶管要定期检查更换。",
                "活动现场，工作人员演示了报警器的使用方法。",
            ),
        ),
    )
    merged = page(
        article(
            "甲",
            ("燃气灶用完要关总阀，胶管要定期检查更换。活动现场，工作人员演示了报警器的使用方法。",),
        )
    )
    cut = page(
        article("甲", ("燃气灶用完要关总阀，", "活动现场，工作人员演示了报警器的使用方法。"))
    )
    for predicted in (merged, cut):
        assert both(predicted, gold)[1]["intact"] == 0


EXACT_TEXT_CASES = {
    "split article": (
        page(article("甲", ["一。", "二。", "三。"]), article("乙", ["四。"])),
        page(article("甲", ["一。", "二。"]), article(None, ["三。", "四。"])),
    ),
    "merged articles, duplicate titles": (
        page(article("甲", ["一。"]), article("甲", ["二。"]), article("乙", ["三。"])),
        page(article("甲", ["一。", "二。"]), article("甲", ["三。"])),
    ),
    "byline rule, authors": (
        page(
            article(
                "寒潮来袭 我市将迎大风降温",
                ["记者获悉。", "二。"],
                byline="本报讯（记者孙若冰）",
                authors=("孙若冰",),
            ),
            article(None, ["三。"], authors=("陈思远", "马文博")),
        ),
        page(
            article(
                "寒潮来袭我市将迎大风降温",
                ["本报讯（记者孙若冰）记者获悉。", "二。"],
                authors=("孙若冰",),
            ),
            article("乙", ["三。"], authors=("陈思远",)),
        ),
    ),
    "captions": (
        page(captions=(("湖岸风景", None), ("车间组装", "本报记者 王尧 摄"), ("湖岸风景", None))),
        page(captions=(("湖岸风景", ""), ("车间组装 本报记者 王尧 摄", None))),
    ),
}


@pytest.mark.parametrize("case", EXACT_TEXT_CASES)
def test_fuzzy_figures_equal_exact_ones_when_texts_are_exact(case: str) -> None:
    # Segmentation errors, but every text either exact or far from any other: the two
    # modes must agree, so fuzzy mode changes nothing on well-extracted PDF text.
    gold, predicted = EXACT_TEXT_CASES[case]
    exact, fuzzy = both(predicted, gold)
    fuzzy.pop("near_matches")
    assert fuzzy == exact

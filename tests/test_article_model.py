"""The article model: JSON round trips, the schema, the gold files and the Markdown rendering.

The schema tests need ``jsonschema``; without it they skip and say so.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baozhi import Repair, Suspicion
from baozhi.articles import (
    OTHER_KINDS,
    Article,
    ArticleSpans,
    Caption,
    CaptionSpans,
    OtherItem,
    Page,
    PageFormatError,
    Span,
    page_schema,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "corpus" / "dev" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))

GOLD_ARTICLE_KEYS = {
    "kicker",
    "title",
    "subtitle",
    "byline",
    "authors",
    "paragraphs",
    "captions",
    "subheads",
}


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip(
        "jsonschema", reason="jsonschema is not installed: the schema tests need it"
    )
    schema = page_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors_of(validator: Any, document: object) -> list[str]:
    return [error.message for error in validator.iter_errors(document)]


# --------------------------------------------------------------------------- a hand-made page

HAND_MADE = Page(
    source="p01",
    articles=(
        Article(
            kicker="聚焦高质量发展",
            title="新材料产业集群加速崛起",
            subtitle="——高新区推动产业链延链补链强链见闻",
            byline="本报记者 陈思远 通讯员 马文博",
            authors=("陈思远", "马文博"),
            paragraphs=(
                "走进高新区新材料产业园，塔吊林立，机器轰鸣。",
                "延链补链",
                "近年来，高新区坚持“制造业当家”。",
            ),
            captions=(
                Caption(
                    "云湖锦纶科技有限公司5G智能工厂生产线",
                    "本报记者 周海涛 摄",
                    CaptionSpans(text=Span(300, 322), credit=Span(323, 334)),
                ),
            ),
            subheads=("延链补链",),
            spans=ArticleSpans(
                kicker=Span(0, 7),
                title=Span(8, 30),
                subtitle=Span(31, 49),
                byline=Span(50, 66),
                authors=(Span(55, 58), Span(63, 66)),
                paragraphs=(Span(67, 92), Span(93, 97), Span(98, 120)),
                subheads=(Span(93, 97),),
            ),
        ),
        Article(
            byline="本报讯（记者孙若冰）",
            authors=("孙若冰",),
            paragraphs=("记者11月27日从市气象台获悉，受强冷空气影响。",),
        ),
    ),
    captions=(
        Caption("市民在和谐路体育健身游园锻炼身体", "本报记者 王尧 摄"),
        Caption("冬日白龟湖"),
    ),
    other=(
        OtherItem("banner", "向新而行 质胜未来", Span(400, 408)),
        OtherItem("continuation", "(上接第一版)"),
        OtherItem("label", "*重要* #1"),
    ),
    repairs=(Repair("fake_bold", 8, 30, "新材料新材料产业集群产业集群", "新材料产业集群"),),
    warnings=(
        Suspicion("asterisk", 120, 121, "*", "an asterisk in Chinese text is often OCR noise"),
    ),
)

HAND_MADE_MARKDOWN = """\
聚焦高质量发展

# 新材料产业集群加速崛起

——高新区推动产业链延链补链强链见闻

*本报记者 陈思远 通讯员 马文博*

走进高新区新材料产业园，塔吊林立，机器轰鸣。

## 延链补链

近年来，高新区坚持“制造业当家”。

> 云湖锦纶科技有限公司5G智能工厂生产线 — 本报记者 周海涛 摄

---

*本报讯（记者孙若冰）*

记者11月27日从市气象台获悉，受强冷空气影响。

---

## Page captions

> 市民在和谐路体育健身游园锻炼身体 — 本报记者 王尧 摄

> 冬日白龟湖

## Other items

- banner: 向新而行 质胜未来
- continuation: (上接第一版)
- label: \\*重要\\* #1
"""


def test_hand_made_page_round_trips() -> None:
    assert Page.from_dict(HAND_MADE.to_dict()) == HAND_MADE
    text = json.dumps(HAND_MADE.to_dict(), ensure_ascii=False)
    assert Page.from_dict(json.loads(text)) == HAND_MADE
    assert "新材料产业集群加速崛起" in text


def test_to_dict_uses_the_gold_field_names() -> None:
    data = HAND_MADE.to_dict()
    assert list(data) == ["source", "articles", "captions", "other", "repairs", "warnings"]
    assert set(data["articles"][0]) == GOLD_ARTICLE_KEYS | {"spans"}
    assert data["articles"][0]["captions"][0] == {
        "text": "云湖锦纶科技有限公司5G智能工厂生产线",
        "credit": "本报记者 周海涛 摄",
        "spans": {"text": {"start": 300, "end": 322}, "credit": {"start": 323, "end": 334}},
    }
    assert data["articles"][0]["spans"]["authors"] == [
        {"start": 55, "end": 58},
        {"start": 63, "end": 66},
    ]
    assert data["articles"][1]["spans"] == {
        "kicker": None,
        "title": None,
        "subtitle": None,
        "byline": None,
        "authors": [],
        "paragraphs": [],
        "subheads": [],
    }
    assert data["other"][0] == {
        "kind": "banner",
        "text": "向新而行 质胜未来",
        "span": {"start": 400, "end": 408},
    }
    assert data["repairs"][0]["kind"] == "fake_bold"
    assert data["warnings"] == [
        {
            "kind": "asterisk",
            "start": 120,
            "end": 121,
            "text": "*",
            "reason": "an asterisk in Chinese text is often OCR noise",
        }
    ]


def test_parts_round_trip_on_their_own() -> None:
    article = HAND_MADE.articles[0]
    assert Article.from_dict(article.to_dict()) == article
    assert Caption.from_dict(article.captions[0].to_dict()) == article.captions[0]
    assert OtherItem.from_dict(HAND_MADE.other[0].to_dict()) == HAND_MADE.other[0]
    assert Span.from_dict({"start": 3, "end": 5}) == Span(3, 5)


def test_markdown_of_a_hand_made_page() -> None:
    assert HAND_MADE.to_markdown() == HAND_MADE_MARKDOWN


def test_markdown_escapes_what_would_be_markup() -> None:
    page = Page(
        articles=(
            Article(
                title="C# 与 #话题#",
                paragraphs=("1. 第一条", "- 不是列表", "> 不是引文", "[链接](x) 和 `代码` 和 a_b"),
            ),
        )
    )
    assert page.to_markdown() == (
        "# C\\# 与 \\#话题\\#\n\n"
        "1\\. 第一条\n\n"
        "\\- 不是列表\n\n"
        "\\> 不是引文\n\n"
        "\\[链接\\](x) 和 \\`代码\\` 和 a\\_b\n"
    )


def test_markdown_of_an_empty_page_is_empty() -> None:
    assert Page().to_markdown() == ""


def test_markdown_shows_a_subhead_missing_from_the_paragraphs() -> None:
    article = Article(title="标题", paragraphs=("正文。",), subheads=("小标题",))
    assert article.to_markdown() == "# 标题\n\n正文。\n\n## 小标题"


# --------------------------------------------------------------------------- the gold files


@pytest.mark.parametrize(
    "path",
    GOLD_FILES or [pytest.param(None, marks=pytest.mark.skip(reason=f"no gold files in {GOLD}"))],
    ids=lambda path: path.stem if path else "none",
)
def test_gold_file_loads_and_round_trips(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    page = Page.from_dict(gold)
    assert page.source == gold["source_page"]
    assert page.repairs == ()
    assert page.warnings == ()
    assert all(article.spans == ArticleSpans() for article in page.articles)
    data = page.to_dict()
    # Back in the gold shape once the provenance keys are dropped.
    data["source_page"] = data.pop("source")
    del data["repairs"]
    del data["warnings"]
    for article in data["articles"]:
        del article["spans"]
        for caption in article["captions"]:
            del caption["spans"]
    for caption in data["captions"]:
        del caption["spans"]
    assert data == gold


@pytest.mark.parametrize(
    "path",
    GOLD_FILES or [pytest.param(None, marks=pytest.mark.skip(reason=f"no gold files in {GOLD}"))],
    ids=lambda path: path.stem if path else "none",
)
def test_gold_file_validates(validator: Any, path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert errors_of(validator, gold) == []
    assert errors_of(validator, Page.from_dict(gold).to_dict()) == []


# --------------------------------------------------------------------------- generated pages

TEXTS = st.text(st.sampled_from("新材料产业集群　，。“”——（）5G ") | st.characters(codec="utf-8"))
OPTIONAL_TEXTS = st.none() | TEXTS
OFFSETS = st.integers(0, 10**7)
SPANS = st.tuples(OFFSETS, OFFSETS).map(lambda ends: Span(*sorted(ends)))
OPTIONAL_SPANS = st.none() | SPANS


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    credit = draw(OPTIONAL_TEXTS)
    spans = CaptionSpans(
        text=draw(OPTIONAL_SPANS), credit=None if credit is None else draw(OPTIONAL_SPANS)
    )
    return Caption(draw(TEXTS), credit, spans)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    def scalar() -> tuple[str | None, Span | None]:
        text = draw(OPTIONAL_TEXTS)
        return text, None if text is None else draw(OPTIONAL_SPANS)

    def items() -> tuple[tuple[str, ...], tuple[Span, ...]]:
        texts = tuple(draw(st.lists(TEXTS, max_size=4)))
        spans_known = draw(st.booleans())
        return texts, tuple(draw(SPANS) for _ in texts) if spans_known else ()

    (kicker, kicker_span), (title, title_span) = scalar(), scalar()
    (subtitle, subtitle_span), (byline, byline_span) = scalar(), scalar()
    (authors, author_spans), (paragraphs, paragraph_spans) = items(), items()
    subheads, subhead_spans = items()
    return Article(
        kicker=kicker,
        title=title,
        subtitle=subtitle,
        byline=byline,
        authors=authors,
        paragraphs=paragraphs,
        captions=tuple(draw(st.lists(captions(), max_size=2))),
        subheads=subheads,
        spans=ArticleSpans(
            kicker=kicker_span,
            title=title_span,
            subtitle=subtitle_span,
            byline=byline_span,
            authors=author_spans,
            paragraphs=paragraph_spans,
            subheads=subhead_spans,
        ),
    )


def repairs() -> st.SearchStrategy[Repair]:
    return st.builds(
        lambda kind, span, before, after: Repair(kind, span.start, span.end, before, after),
        st.sampled_from(["fake_bold", "spaced_han", "line_wrap"]),
        SPANS,
        TEXTS,
        TEXTS,
    )


def warnings() -> st.SearchStrategy[Suspicion]:
    return st.builds(
        lambda kind, span, text, reason: Suspicion(kind, span.start, span.end, text, reason),
        st.sampled_from(["asterisk", "stray_latin", "unpaired_quote"]),
        SPANS,
        TEXTS,
        TEXTS,
    )


def pages() -> st.SearchStrategy[Page]:
    """Pages of every shape the model allows (not only plausible ones)."""
    return st.builds(
        Page,
        source=OPTIONAL_TEXTS,
        articles=st.lists(articles(), max_size=3).map(tuple),
        captions=st.lists(captions(), max_size=2).map(tuple),
        other=st.lists(
            st.builds(OtherItem, st.sampled_from(OTHER_KINDS), TEXTS, OPTIONAL_SPANS), max_size=3
        ).map(tuple),
        repairs=st.lists(repairs(), max_size=3).map(tuple),
        warnings=st.lists(warnings(), max_size=2).map(tuple),
    )


@given(pages())
def test_any_page_round_trips_through_json(page: Page) -> None:
    assert Page.from_dict(page.to_dict()) == page
    text = json.dumps(page.to_dict(), ensure_ascii=False)
    assert Page.from_dict(json.loads(text)) == page


@given(pages())
def test_any_page_is_hashable_and_renders(page: Page) -> None:
    copy = Page.from_dict(page.to_dict())
    assert hash(page) == hash(copy)
    rendered = page.to_markdown()
    assert copy.to_markdown() == rendered
    assert rendered == "" or rendered.endswith("\n")
    assert all(article.to_markdown() in rendered for article in page.articles)


@given(pages())
def test_any_page_validates(validator: Any, page: Page) -> None:
    assert errors_of(validator, json.loads(json.dumps(page.to_dict(), ensure_ascii=False))) == []


# --------------------------------------------------------------------------- the schema


def test_schema_names_the_fields_to_dict_writes() -> None:
    schema = page_schema()
    data = HAND_MADE.to_dict()
    assert set(schema["properties"]) == set(data) | {"source_page"}
    article = schema["$defs"]["article"]
    assert set(article["properties"]) == set(data["articles"][0])
    assert set(article["required"]) == GOLD_ARTICLE_KEYS
    spans = article["properties"]["spans"]
    assert set(spans["properties"]) == set(data["articles"][0]["spans"])
    other = schema["$defs"]["other_item"]["anyOf"][1]
    assert tuple(other["properties"]["kind"]["enum"]) == OTHER_KINDS
    assert set(other["properties"]) == set(data["other"][0])


def test_schema_is_a_new_dict_each_time() -> None:
    page_schema()["properties"].clear()
    assert "articles" in page_schema()["properties"]


def gold_like(**changes: Any) -> dict[str, Any]:
    """A small page in the gold shape, with some keys changed (``None`` deletes one)."""
    page: dict[str, Any] = {
        "source_page": "p01",
        "articles": [
            {
                "kicker": None,
                "title": "寒潮来袭 我市将迎大风降温",
                "subtitle": None,
                "byline": "本报讯（记者孙若冰）",
                "authors": ["孙若冰"],
                "paragraphs": ["记者11月27日从市气象台获悉。"],
                "captions": [{"text": "冬日白龟湖", "credit": "郑喜艳 摄"}],
                "subheads": [],
            }
        ],
        "captions": [],
        "other": [],
    }
    for key, value in changes.items():
        if value is None:
            del page[key]
        else:
            page[key] = value
    return page


def with_article(**changes: Any) -> dict[str, Any]:
    page = gold_like()
    page["articles"][0].update(changes)
    return page


# Documents that both the schema and from_dict reject, with the path from_dict names.
REJECTED = [
    pytest.param(gold_like(articles=None), "page: missing 'articles'", id="missing-key"),
    pytest.param(gold_like(extra=[]), "page: unknown key 'extra'", id="unknown-key"),
    pytest.param(gold_like(source="p01"), "exactly one of", id="two-sources"),
    pytest.param(gold_like(source_page=None), "exactly one of", id="no-source"),
    pytest.param(with_article(subtitles=None), "articles[0]: unknown key", id="misspelt-field"),
    pytest.param(with_article(title=3), "articles[0].title: expected a string", id="title-int"),
    pytest.param(with_article(authors="孙若冰"), "articles[0].authors: expected an array", id="s"),
    pytest.param(
        with_article(captions=[{"text": "冬日白龟湖"}]),
        "articles[0].captions[0]: missing 'credit'",
        id="caption-no-credit-key",
    ),
    pytest.param(
        gold_like(other=[{"kind": "advert", "text": "x"}]),
        "other[0].kind: expected one of",
        id="unknown-kind",
    ),
    pytest.param(
        gold_like(other=[{"kind": "label", "text": "x", "span": {"start": -1, "end": 2}}]),
        "other[0].span.start: expected an offset",
        id="negative-offset",
    ),
    pytest.param(
        gold_like(repairs=[{"kind": "x", "start": 0, "end": True, "before": "", "after": ""}]),
        "repairs[0].end: expected an integer",
        id="bool-offset",
    ),
    pytest.param(
        gold_like(warnings=[{"kind": "asterisk", "start": 0, "end": 1, "text": "*"}]),
        "warnings[0]: missing",
        id="warning-without-reason",
    ),
]


@pytest.mark.parametrize(("document", "message"), REJECTED)
def test_from_dict_rejects_with_a_path(document: dict[str, Any], message: str) -> None:
    with pytest.raises(PageFormatError) as caught:
        Page.from_dict(document)
    assert message in str(caught.value)


@pytest.mark.parametrize(("document", "message"), REJECTED)
def test_schema_rejects_too(validator: Any, document: dict[str, Any], message: str) -> None:
    assert errors_of(validator, document) != []


def test_from_dict_checks_what_the_schema_cannot() -> None:
    spans = dataclasses.replace(ArticleSpans(), paragraphs=(Span(0, 1), Span(1, 2))).to_dict()
    with pytest.raises(PageFormatError, match=r"articles\[0\]: Article has 1 paragraphs"):
        Page.from_dict(with_article(spans=spans))
    backwards = {"kind": "banner", "text": "x", "span": {"start": 5, "end": 2}}
    with pytest.raises(PageFormatError, match=r"other\[0\]\.span: start 5 is after end 2"):
        Page.from_dict(gold_like(other=[backwards]))
    warning = {"kind": "asterisk", "start": 3, "end": 2, "text": "", "reason": ""}
    with pytest.raises(PageFormatError, match=r"warnings\[0\]: start 3 is after end 2"):
        Page.from_dict(gold_like(warnings=[warning]))


def test_plain_strings_in_other_are_unclassified() -> None:
    page = Page.from_dict(gold_like(other=["扫码看精彩视频"]))
    assert page.other == (OtherItem("unclassified", "扫码看精彩视频"),)
    assert page.to_dict()["other"] == [
        {"kind": "unclassified", "text": "扫码看精彩视频", "span": None}
    ]


def test_the_model_stays_immutable_and_consistent() -> None:
    with pytest.raises(TypeError, match=r"Article.paragraphs must be a tuple"):
        Article(paragraphs=["一段。"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2 paragraphs but 1 spans"):
        Article(paragraphs=("一。", "二。"), spans=ArticleSpans(paragraphs=(Span(0, 2),)))
    with pytest.raises(ValueError, match="title span but no title"):
        Article(spans=ArticleSpans(title=Span(0, 2)))
    with pytest.raises(ValueError, match="credit span but no credit"):
        Caption("图", spans=CaptionSpans(credit=Span(0, 2)))
    with pytest.raises(ValueError, match="start <= end"):
        Span(3, 2)
    with pytest.raises(ValueError, match="must be one of"):
        OtherItem("advert", "x")  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        HAND_MADE.source = "p02"  # type: ignore[misc]

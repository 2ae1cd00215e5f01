"""Warnings (``CleanResult.warnings``): OCR noise reported at its source span, never changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baozhi import CleanConfig, Suspicion, parse_page, repair
from baozhi.lines.ocr import REASONS, find_suspicious, quote_errors

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "corpus" / "dev" / "pages"
OCR_PAGES = sorted(PAGES.glob("*.tesseract.txt"))
PDF_PAGES = sorted(set(PAGES.glob("*.txt")) - set(OCR_PAGES))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
QUIET = CleanConfig(report_suspicious=False)

needs_corpus = pytest.mark.skipif(not OCR_PAGES, reason="dev corpus not found")


def warned(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each warning ``repair`` reports on ``text``."""
    return [(w.kind, w.text) for w in repair(text).warnings]


# --- characters (examples from the tesseract dev pages) ---

CHARACTER_CASES = [
    # (label, input, expected (kind, text) in source order)
    (
        "a misread ℃: straight quote, asterisk and a stray letter (p01)",
        '过程降温幅度达\n8 "至10 *c ，最低气温将降\n',
        [("straight_quote", '"'), ("asterisk", "*"), ("stray_latin", "c")],
    ),
    (
        "a rule line read as | inside a p01 sentence",
        "高新区坚持“制造业当家”，围绕尼龙新材料 | 先进装备制造\n",
        [("vertical_bar", "|")],
    ),
    (
        "a lowercase letter inside a Han run",
        "市湿地保护中心工作人员l介绍\n",
        [("stray_latin", "l")],
    ),
    (
        "a glyph OCR could not read, alone on a line (p02)",
        "讲解燃气安全知识。\n\n1口\n",
        [("lone_box", "口")],
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CHARACTER_CASES)
def test_character_warnings(label: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert warned(text) == expected, label


@pytest.mark.parametrize(
    "text",
    [
        "据了解，我市已打造“5G+工业互联网”应用场景78个，AI质检、远程运维等技术在重点企业广泛应用。",
        "A股市场、X光检查、PM2.5浓度",
        "访问https://example.cn/a|b查询",
        'He said "yes" | no, 2*3=6',
        "口罩和人口",
    ],
)
def test_words_and_latin_text_get_no_warning(text: str) -> None:
    assert repair(text).warnings == ()


# --- quotes ---

QUOTE_CASES = [
    # (label, input, expected (kind, text)): the span runs from the last quote in
    # turn to the first out of turn, or is the last quote alone
    (
        "closing quote lost (p02)",
        "通过手机就能远程控制灌溉。\n“以前瓶地要一块一块地看，现\n"
        "在手机上点一点就行。 示范园\n负责人说。\n",
        [("unpaired_quote", "“")],
    ),
    (
        "closing quote lost before two good pairs (p03)",
        "针对群众反映的“办事难”问\n题，中心设立“办不成事”反映窗\n"
        "口，安排专人一个一个梳理、逐项协\n\n调，不再让群众听到“研究研究再\n"
        "说 。同时，中心开通 24 小时自助服\n务区，市民通过“云湖政务”APP\n",
        [("unpaired_quote", "“研究研究再说。同时，中心开通24小时自助服务区，市民通过“")],
    ),
    (
        "a stray quote after a number (p01)",
        "936.3 亿元，增长 5.3%“。规模\n",
        [("unpaired_quote", "“")],
    ),
    (
        "a quote inside a quote, its ‘’ misread as “” (p01)",
        "“下一步，我们将瞄准产\n业链关键环厂，引进一批“链\n主”企业和配套项目，力争到\n"
        "2025 年产业集群规模突破 500\n亿元 ” 高新区党工委副书记、\n",
        [("quote_order", "“下一步，我们将瞄准产业链关键环厂，引进一批“")],
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUOTE_CASES)
def test_quote_warnings(label: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert warned(text) == expected, label


def test_repaired_quotes_get_no_warning() -> None:
    assert warned("近年来，高新区坚持“制\n造业当家“，围绕尼龙新材料\n") == []
    assert warned('“家门口"招聘会送来1100余个岗位\n') == []


def test_quote_errors_reads_each_kind_on_its_own() -> None:
    text = "要素‘相加’迈向“融合\n\n“样品”变成“产品”。"
    assert quote_errors(text) == [(8, 9, "unpaired_quote")]


# --- offsets, order, and the text left alone ---


def test_offsets_point_at_the_source_characters() -> None:
    source = '市民要及时添衣，\n降温幅度达8 "至10 *c ，最\n\n低气温“将降'
    warnings = repair(source).warnings
    assert [(w.kind, source[w.start : w.end]) for w in warnings] == [
        ("straight_quote", '"'),
        ("asterisk", "*"),
        ("stray_latin", "c"),
        ("unpaired_quote", "“"),
    ]
    assert all(w.text == source[w.start : w.end] for w in warnings)


def test_warnings_are_in_source_order_with_a_reason() -> None:
    result = repair("“前言\n\n增长 *c 与 | 号\n\n讲解燃气安全知识。\n\n1口\n")
    starts = [w.start for w in result.warnings]
    assert starts == sorted(starts)
    assert [w.kind for w in result.warnings] == [
        "unpaired_quote",
        "asterisk",
        "stray_latin",
        "vertical_bar",
        "lone_box",
    ]
    assert all(w.reason == REASONS[w.kind] for w in result.warnings)


def test_every_kind_has_a_reason() -> None:
    text = '“甲\n\n“乙“丙”丁”\n\n增长 *c 与 | 号"至\n\n1口\n'
    kinds = {kind for check in (find_suspicious, quote_errors) for _, _, kind in check(text)}
    assert kinds == set(REASONS)


def test_warnings_change_nothing_and_can_be_switched_off() -> None:
    text = '过程降温幅度达\n8 "至10 *c ，最低气温将降\n\n“以前瓶地要一块一块地看。\n'
    loud, quiet = repair(text), repair(text, QUIET)
    assert len(loud.warnings) == 4
    assert quiet.warnings == ()
    assert (loud.text, loud.repairs, loud.blocks) == (quiet.text, quiet.repairs, quiet.blocks)


def test_suspicion_to_dict() -> None:
    suspicion = Suspicion("asterisk", 3, 4, "*", REASONS["asterisk"])
    assert suspicion.to_dict() == {
        "kind": "asterisk",
        "start": 3,
        "end": 4,
        "text": "*",
        "reason": REASONS["asterisk"],
    }


@given(st.text(alphabet=st.sampled_from("“”‘’\"'*|口aZ1 \n，。中文"), max_size=60))
def test_warnings_lie_in_the_source_and_change_nothing(text: str) -> None:
    result = repair(text)
    assert all(0 <= w.start < w.end <= len(text) and w.text for w in result.warnings)
    keys = [(w.start, w.end, w.kind, w.text) for w in result.warnings]
    assert keys == sorted(keys)
    assert result.text == repair(text, QUIET).text


# --- the dev pages ---

DEV_PAGE_WARNINGS = {
    # checked by eye against the page images' gold: every one is OCR noise, a
    # lost or an added quote, or (p01, quote_order) the inner ‘链主’ read as “链主”
    "p01.tesseract.txt": [
        ("unpaired_quote", "”"),  # 调试设备”本报记者: noise between caption and credit
        ("quote_order", "“下一步，我们将瞄准产业链关键环厂，引进一批“"),
        ("unpaired_quote", "“"),  # 增长5.3%“。
        ("straight_quote", '"'),  # 8 "至10 *c: a misread ℃
        ("asterisk", "*"),
        ("stray_latin", "c"),
        ("straight_quote", '"'),  # 至-5 "左右
    ],
    "p02.tesseract.txt": [
        ("lone_box", "口"),  # 1口
        ("unpaired_quote", "“"),  # “以前瓶地要…点一点就行。 示范园: closing quote lost
    ],
    "p03.tesseract.txt": [
        ("straight_quote", '"'),  # 一窗通办"让群众少跑服: the title lost its opening quote
        ("unpaired_quote", "“研究研究再说。同时，中心开通24小时自助服务区，市民通过“"),
    ],
}


@needs_corpus
@pytest.mark.parametrize("path", OCR_PAGES, ids=lambda p: p.name)
def test_dev_ocr_pages(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    warnings = repair(source).warnings
    assert [(w.kind, w.text) for w in warnings] == DEV_PAGE_WARNINGS[path.name]
    # The source span holds the same text, wraps and OCR's spaces aside.
    assert all("".join(source[w.start : w.end].split()) == w.text for w in warnings)
    # A page of articles carries the same warnings, with the same source spans.
    assert parse_page(source).warnings == warnings


# The seeds are in the repository: they run where the dev corpus is absent.
@pytest.mark.parametrize("path", PDF_PAGES + SEEDS, ids=lambda p: p.name)
def test_pdf_text_gets_no_warning(path: Path) -> None:
    """The PDF channels and the seeds print no OCR noise: checked by eye, none is reported."""
    assert repair(path.read_text(encoding="utf-8")).warnings == ()

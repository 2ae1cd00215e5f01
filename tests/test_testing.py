"""Unit tests of baozhi.testing: the corruptors on fixed inputs, the strategies' promises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baozhi.articles.model import Article
from baozhi.blocks.shapes import cannot_open_paragraph
from baozhi.chars import CLOSING, OPENING, display_width
from baozhi.testing import (
    CORRUPTIONS,
    OCR_CORRUPTIONS,
    CorruptedPage,
    add_cjk_digit_spaces,
    captions,
    corrupted_pages,
    double_runs,
    double_runs_across_lines,
    ends_sentence,
    fullwidth_alnum,
    gbk_mojibake,
    hard_wrap,
    headlines,
    ocr_pages,
    pages,
    paragraphs,
    space_out,
    split_credit,
    wrap_is_unambiguous,
    wrap_lines,
)
from baozhi.testing.articles import (
    INTERLEAVED,
    ArticlePage,
    _body_blocks,
    _fits_column,
    _fitted_to_column,
    article_pages,
    news_articles,
)
from baozhi.testing.corruptors import shows_its_end
from baozhi.testing.vocabulary import HAN_WORDS, PERSON_NAMES, REDUPLICATIONS
from health_checks import filtering

# Marks a printed line never starts with (kinsoku).
NO_LINE_START = "，。、；：？！…" + CLOSING


def _has_square(text: str) -> bool:
    return any(
        text[i : i + n] == text[i + n : i + 2 * n]
        for i in range(len(text))
        for n in range(1, (len(text) - i) // 2 + 1)
    )


# --- fake bold ---


def test_double_runs_doubles_each_chunk_and_its_punctuation() -> None:
    assert double_runs("示范“新”区", [2, 1, 1, 1, 1]) == "示范示范““新新””区区"


def test_double_runs_cycles_the_chunk_lengths() -> None:
    assert double_runs("科创引领发展", [2]) == "科创科创引领引领发展发展"
    assert double_runs("科创引领", [3]) == "科创引科创引领领"


def test_double_runs_keeps_spaces_and_credit_single() -> None:
    assert double_runs("学思想 强党性", [2]) == "学思学思想想 强党强党性性"
    assert double_runs("调试设备 本报记者 王尧 摄", [4]) == "调试设备调试设备 本报记者 王尧 摄"


def test_double_runs_rejects_empty_or_zero_chunks() -> None:
    with pytest.raises(ValueError, match="chunk"):
        double_runs("科创引领", [])
    with pytest.raises(ValueError, match="chunk"):
        double_runs("科创引领", [0])


def test_double_runs_across_lines_matches_pdftotext() -> None:
    assert double_runs_across_lines("新材料产业集群加速崛起", [3, 5, 3]) == (
        "新材料\n新材料产业集群加\n产业集群加速崛起\n速崛起"
    )


def test_double_runs_across_lines_keeps_credit_on_last_line() -> None:
    assert double_runs_across_lines("发中心调试设备 本报记者 周海涛 摄", [3, 3, 1]) == (
        "发中心\n发中心调试设\n调试设备\n备 本报记者 周海涛 摄"
    )


def test_both_fake_bold_forms_hold_the_same_characters() -> None:
    line, chunks = "学思想 强党性 重实践", [2, 1, 3]
    assert double_runs_across_lines(line, chunks).replace("\n", "") == double_runs(line, chunks)


def test_split_credit() -> None:
    assert split_credit("红嘴鸥在湖面上觅食 郑喜艳 摄") == ("红嘴鸥在湖面上觅食", " 郑喜艳 摄")
    assert split_credit("寒潮来袭 我市将迎大风降温") == ("寒潮来袭 我市将迎大风降温", "")


# --- letter-spacing and digit spaces ---


def test_space_out_spaces_every_character_but_not_inside_ascii_runs() -> None:
    assert space_out("中出现的新问题") == "中 出 现 的 新 问 题"
    assert space_out("增长23.5%，PM2.5下降") == "增 长 23.5% ， PM2.5 下 降"


def test_space_out_works_line_by_line_and_refuses_spaces() -> None:
    assert space_out("研发\n中心") == "研 发\n中 心"
    with pytest.raises(ValueError, match="space"):
        space_out("学思想 强党性")


def test_add_cjk_digit_spaces() -> None:
    assert add_cjk_digit_spaces("11月26日") == "11 月 26 日"
    assert add_cjk_digit_spaces("由AGV小车送入，增长9.2%。") == "由 AGV 小车送入，增长 9.2%。"
    assert add_cjk_digit_spaces("2023\n年") == "2023\n年"


# --- hard wraps ---


@pytest.mark.parametrize("width", [12, 15, 21, 30])
def test_hard_wrap_lines_have_the_promised_width(width: int) -> None:
    # “ and ” are one cell to display_width (East Asian width "ambiguous"),
    # like ASCII.  A line falls short of the column by what could not go on it
    # (``“制`` or ``家”，``, whose marks may not start a line), and goes past it
    # by a hanging mark.
    paragraph = "近年来，高新区坚持“制造业当家”，围绕尼龙新材料、高端装备、电子信息三大主导产业" * 3
    lines = wrap_lines(paragraph, width)
    assert "".join(lines) == paragraph
    assert 2 * (width - 2) - 4 <= display_width(lines[0]) <= 2 * (width - 2) + 2  # lost indent
    for line in lines[1:-1]:
        assert 2 * width - 4 <= display_width(line) <= 2 * width + 2
    assert display_width(lines[-1]) <= 2 * width + 2


def test_hard_wrap_hangs_one_closing_mark_past_the_margin() -> None:
    assert wrap_lines("一二三四五六七八，九十。", 5) == ["一二三", "四五六七八，", "九十。"]
    assert wrap_lines("一二三四五六七八）九十。", 5) == ["一二三", "四五六七八）", "九十。"]


def test_hard_wrap_takes_a_character_down_rather_than_hang_two_marks() -> None:
    # ``。”`` would hang three cells: ``八`` goes down with it, never ``。”`` alone.
    assert wrap_lines("一二三四五六七八。”九十。", 5) == ["一二三", "四五六七", "八。”九十。"]


def test_hard_wrap_never_ends_a_line_with_an_opening_mark() -> None:
    assert wrap_lines("一二三四五六七《八》九十。", 5) == ["一二三", "四五六七", "《八》九十。"]
    assert wrap_lines("一二三四五六七“八九十。”", 5) == ["一二三", "四五六七", "“八九十。”"]


@given(paragraphs(), st.integers(6, 30))
def test_hard_wrap_follows_the_line_breaking_rules_of_print(paragraph: str, width: int) -> None:
    lines = wrap_lines(paragraph, width)
    assert "".join(lines) == paragraph
    assert all(lines)
    assert not [line for line in lines[1:] if line[0] in NO_LINE_START]
    assert not [line for line in lines[:-1] if line[-1] in OPENING]
    # At six characters or more, every unit with its marks fits on a line.
    assert display_width(lines[0]) <= 2 * (width - 2) + 2
    assert not [line for line in lines[1:] if display_width(line) > 2 * width + 2]


def test_hard_wrap_never_breaks_an_ascii_run() -> None:
    lines = wrap_lines("该区新签约项目达到了PM2.5下降到23.5%以下。", 6)
    assert lines == ["该区新签", "约项目达到了", "PM2.5下降到", "23.5%以下。"]
    for line in lines[1:-1]:
        assert 2 * 6 - 5 <= display_width(line) <= 2 * 6


def test_hard_wrap_blank_lines() -> None:
    assert hard_wrap("一二三四五六七八九十。", 5) == "一二三\n四五六七八\n九十。"
    assert (
        hard_wrap("一二三四五六七八九十。", 5, blank_lines=True) == "一二三\n\n四五六七八\n\n九十。"
    )


def test_wrap_is_unambiguous_wants_a_short_last_line_and_no_early_sentence_end() -> None:
    assert wrap_is_unambiguous("一二三四五六七八九十。", 5)
    assert not wrap_is_unambiguous("一二三四五六七。", 5)  # last line full
    assert not wrap_is_unambiguous("一二。四五六七八九十。", 5)  # a line ends a sentence
    assert not wrap_is_unambiguous("一二三四五六七八。九十。", 5)  # ``。`` hangs at the margin
    assert not wrap_is_unambiguous("一二三四五六七八九十", 8)  # no sentence end


def test_a_last_line_as_wide_as_the_lines_above_shows_no_end() -> None:
    # From an extended run of the wrapped article pages: the full lines of a
    # 50-cell column came out 47 cells wide (marks that may not start a line went
    # down), so a last line of 45 cells, short of the column, did not look short.
    lines = ["一二三四五六七八九十", "一二三四五六七八九十一", "一二三四五六七八九十一"]
    assert shows_its_end([*lines, "一二三四五六七。"], 12)  # 16 cells: six short of those above
    assert not shows_its_end([*lines, "一二三四五六七八九。"], 12)  # 20 cells: two short


def test_ends_sentence() -> None:
    assert ends_sentence("现在只需要3人巡检。”")
    assert not ends_sentence("”")
    assert not ends_sentence("学思想")


# --- characters ---


def test_gbk_mojibake_round_trips() -> None:
    text = "示范“新”区奋力跃升\n5G智能工厂，增长23.5%。"
    garbled = gbk_mojibake(text)
    assert garbled != text
    for garbled_line, line in zip(garbled.split("\n"), text.split("\n"), strict=True):
        if garbled_line != line:
            assert garbled_line.encode("gbk").decode("utf-8") == line


def test_gbk_mojibake_leaves_lossy_lines_alone() -> None:
    assert gbk_mojibake("科") == "科"  # three UTF-8 bytes: no whole GBK reading
    assert gbk_mojibake("科技") == "绉戞妧"
    assert gbk_mojibake("ASCII only") == "ASCII only"


def test_fullwidth_alnum_touches_letters_and_digits_only() -> None:
    wide = "\uff15\uff27智能，\uff30\uff2d\uff12.\uff15下降\uff12\uff13.\uff15%"
    assert fullwidth_alnum("5G智能，PM2.5下降23.5%") == wide


# --- vocabulary and strategies keep their promises ---


def test_vocabulary_has_no_doubling_of_its_own() -> None:
    assert not [word for word in (*HAN_WORDS, *PERSON_NAMES) if _has_square(word)]
    assert len(set(HAN_WORDS)) == len(HAN_WORDS) >= 300
    assert all(_has_square(word) for word in REDUPLICATIONS)


@given(pages())
def test_pages_have_the_clean_shape(page: str) -> None:
    assert page.endswith("\n")
    assert not page.endswith("\n\n")
    for block in page[:-1].split("\n\n"):
        assert block
        assert "\n" not in block
        assert block == block.strip()
        assert "  " not in block


@given(paragraphs())
def test_paragraphs_end_a_sentence_and_have_no_spaces(paragraph: str) -> None:
    assert ends_sentence(paragraph)
    assert " " not in paragraph


@given(paragraphs())
def test_paragraphs_open_like_a_paragraph(paragraph: str) -> None:
    # Found by an extended run of test_round_trip_hard_wrap: a paragraph opening
    # with a two-character sentence (``增长。“路径…``) is the cleaner's sign of
    # the stray end of a split paragraph, and was moved onto another one.
    assert not cannot_open_paragraph(paragraph)


@given(headlines())
def test_headlines_do_not_end_a_sentence(headline: str) -> None:
    assert headline
    assert not ends_sentence(headline)
    assert headline not in REDUPLICATIONS


@given(captions())
def test_captions_end_with_a_credit(caption: str) -> None:
    text, credit = split_credit(caption)
    assert credit.endswith(" 摄")
    assert text
    assert " " not in text


@pytest.mark.parametrize(
    ("strategy", "known"),
    [(corrupted_pages, CORRUPTIONS), (ocr_pages, OCR_CORRUPTIONS)],
    ids=["corrupted_pages", "ocr_pages"],
)
@given(data=st.data())
def test_drawn_pages_are_damaged_and_list_what_changed(
    strategy: Callable[[], st.SearchStrategy[CorruptedPage]],
    known: tuple[str, ...],
    data: st.DataObject,
) -> None:
    page = data.draw(strategy())
    assert page.corruptions
    assert set(page.corruptions) <= set(known)
    assert page.corrupted != page.clean


# Named alone, a corruption damages every page: a gbk_mojibake test used to draw
# pages no line of which was lossless mojibake (about three in four), and spent
# those examples on the fixed point instead.
@pytest.mark.parametrize(
    ("strategy", "name"),
    [(corrupted_pages, name) for name in CORRUPTIONS]
    + [(ocr_pages, name) for name in OCR_CORRUPTIONS],
)
@given(data=st.data())
def test_a_corruption_named_alone_damages_every_page(
    strategy: Callable[[tuple[str, ...]], st.SearchStrategy[CorruptedPage]],
    name: str,
    data: st.DataObject,
) -> None:
    page = data.draw(strategy((name,)))
    assert page.corruptions == (name,)
    assert page.corrupted != page.clean


@given(corrupted_pages(corruptions=("hard_wrap", "space_out")))
def test_a_wrapped_paragraph_ends_flush_left(page: CorruptedPage) -> None:
    # Found by an extended run of test_round_trip_wrapped_and_spaced: the last line
    # of the last paragraph was letter-spaced (``LED 扎 实 ！``), which justification
    # never does and the cleaner cannot tell from a spaced-out name.
    if "hard_wrap" in page.corruptions:
        last_lines = [line for line in page.corrupted.split("\n") if ends_sentence(line)]
        assert last_lines
        assert not [line for line in last_lines if " " in line]


@given(corrupted_pages(corruptions=("hard_wrap",)))
def test_a_wrapped_page_shows_its_column_in_punctuated_full_lines(page: CorruptedPage) -> None:
    # Found by a thorough run of test_round_trip_wrapped_and_spaced: a paragraph of
    # six lines with one comma, alone on its page, read as a stack of headlines.
    lines = iter(line for line in page.corrupted.split("\n") if line)
    full_lines: list[str] = []
    for block in page.clean.rstrip("\n").split("\n\n"):
        wrapped = [next(lines)]
        while "".join(wrapped) != block:
            wrapped.append(next(lines))
        full_lines += wrapped[1:-1]
    assert sum(bool(set("，。；！？、") & set(line)) for line in full_lines) >= 2


def test_corrupted_pages_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown"):
        corrupted_pages(corruptions=("bold",))
    with pytest.raises(ValueError, match="unknown"):
        ocr_pages(corruptions=("double_runs",))


def test_corrupted_pages_want_a_corruption_named() -> None:
    with pytest.raises(ValueError, match="at least one"):
        corrupted_pages(corruptions=())
    with pytest.raises(ValueError, match="at least one"):
        ocr_pages(corruptions=[])


# Interleaved pages throw away most draws: each column must break where a reader sees it.
@filtering
@given(article_pages(wrapped=True, interleaved=True))
def test_interleaved_pages_put_a_dateline_right_under_a_cut_off_paragraph(
    page: ArticlePage,
) -> None:
    assert page.layouts.count(INTERLEAVED) == 2
    lines = page.text.split("\n")
    assert any(
        line.startswith("本报讯") and before and not ends_sentence(before)
        for before, line in pairwise(lines)
    )


@given(news_articles(), st.integers(12, 30), st.data())
def test_a_paragraph_the_column_cannot_show_the_end_of_is_drawn_again(
    article: Article, width: int, data: st.DataObject
) -> None:
    # Wrapped article pages draw their column first and refit the paragraphs to it.
    fitted = data.draw(_fitted_to_column(article, width))
    assert replace(fitted, paragraphs=article.paragraphs) == article
    assert len(set(fitted.paragraphs)) == len(fitted.paragraphs) == len(article.paragraphs)
    for before, printed in zip(_body_blocks(article), _body_blocks(fitted), strict=True):
        assert _fits_column(wrap_lines(printed, width), width)
        if _fits_column(wrap_lines(before, width), width):
            assert printed == before

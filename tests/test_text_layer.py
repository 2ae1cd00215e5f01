# ruff: noqa: RUF001  (full-width letters and mojibake are the subject of these tests)
"""The bytes → text layer: control characters, mojibake, full-width letters, decoding."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baozhi.errors import InputError
from baozhi.provenance import apply_edits, check_edits, preview
from baozhi.text import decode
from baozhi.text.controls import remove_control_chars
from baozhi.text.decode import decode_bytes, read_text
from baozhi.text.mojibake import fix_gbk_mojibake, fix_mojibake, looks_chinese
from baozhi.text.width import narrow_fullwidth_alnum

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DEV_PAGES = ROOT.parent / "shared" / "corpus" / "dev" / "pages"
PAGES = SEEDS + sorted(DEV_PAGES.glob("*.txt"))
PAGE_TEXTS = {page.name: page.read_text(encoding="utf-8") for page in PAGES}
REPAIRS = [remove_control_chars, fix_mojibake, fix_gbk_mojibake, narrow_fullwidth_alnum]


def _chunks() -> list[str]:
    """Stretches of real Chinese text from the pages: the non-ASCII runs of each line."""
    chunks: set[str] = set()
    for text in PAGE_TEXTS.values():
        for line in text.splitlines():
            chunk = ""
            for char in line + "\n":
                if char.isascii():
                    if chunk:
                        chunks.add(chunk)
                    chunk = ""
                else:
                    chunk += char
    return sorted(chunks)


CHUNKS = _chunks()
STRONG_CHUNKS = [chunk for chunk in CHUNKS if looks_chinese(chunk)]


def test_the_seeds_are_there() -> None:
    assert len(SEEDS) == 4
    assert len(STRONG_CHUNKS) > 100


@pytest.mark.skipif(not DEV_PAGES.is_dir(), reason="../shared/corpus/dev is not present")
def test_the_dev_pages_are_read_when_present() -> None:
    assert len(PAGES) - len(SEEDS) >= 10


# --- control characters -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff科技创新", "科技创新"),  # a BOM at the start of a page
        ("科技\ufeff创新", "科技创新"),  # a BOM where two files were concatenated
        ("科技\u200b创\u2060新", "科技创新"),  # zero-width space, word joiner
        ("创\x00新\x07\x1b", "创新"),  # C0 controls
        ("创新\x7f", "创新"),  # DEL
        ("创\x80新\x9f", "创新"),  # C1 controls
        ("Wi-Fi 6 net\u00adwork", "Wi-Fi 6 network"),  # soft hyphen
        ("科技\udc8f\udcff创新", "科技创新"),  # lone surrogates from surrogateescape
        ("\ud842科技", "科技"),  # a lone high surrogate
        ("科技\ufffe\uffff", "科技"),  # noncharacters
        ("\ud842\udfb7野家", "𠮷野家"),  # a surrogate pair is joined, not dropped
    ],
)
def test_remove_control_chars(text: str, expected: str) -> None:
    assert preview(remove_control_chars, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "标题\t正文\n第二行\f第二页\r\n",  # layout and line breaks
        "👨\u200d👩\u200d👧 a\u200cb",  # ZWJ and ZWNJ
        "葛\U000e0100城 ☃\ufe0f",  # ideographic variation sequence, emoji selector
        "豆雁、\ufffd、鸬鹚",  # a character already lost stays visibly lost
        "\ue000\uf8ff",  # private use: a glyph the extractor could not map
        "\N{IDEOGRAPHIC SPACE}本报讯",
    ],
)
def test_remove_control_chars_keeps(text: str) -> None:
    assert remove_control_chars(text) == []


def test_control_char_kinds() -> None:
    edits = remove_control_chars("a\x00b\ud842\udfb7")
    assert [edit.kind for edit in edits] == ["control_char", "surrogate_pair"]


_REMOVED_CATEGORIES = {"Cs"}
_KEPT_CONTROLS = set("\t\n\f\r\x0b\x85")


# Surrogates and the invisible characters the repair removes are rare among all
# code points, so they are drawn on purpose as well.
@given(
    st.text(
        st.one_of(
            st.characters(codec=None, exclude_categories=()),
            st.sampled_from("\u00ad\u200b\u2060\ufeff\ufffe\uffff\ud800\udfff"),
        )
    )
)
def test_remove_control_chars_leaves_no_control(text: str) -> None:
    out = preview(remove_control_chars, text)
    for char in out:
        category = unicodedata.category(char)
        assert category not in _REMOVED_CATEGORIES
        assert category != "Cc" or char in _KEPT_CONTROLS
        assert char not in "\u00ad\u200b\u2060\ufeff\ufffe\uffff"
    assert len(out) <= len(text)


# --- every repair: any str, valid edits ----------------------------------------


@pytest.mark.parametrize("repair", REPAIRS)
@given(text=st.text(alphabet=st.characters(codec=None)))
def test_any_str_never_raises(repair: object, text: str) -> None:
    assert callable(repair)
    edits = repair(text)
    check_edits(edits, len(text))
    apply_edits(text, edits)


@pytest.mark.parametrize("repair", [fix_mojibake, fix_gbk_mojibake, narrow_fullwidth_alnum])
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_clean_pages_pass_unchanged(repair: object, page: Path) -> None:
    assert callable(repair)
    assert repair(PAGE_TEXTS[page.name]) == []


# --- ftfy mojibake --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ç§‘æŠ€åˆ›æ–°ï¼ˆè¯•ç‚¹ï¼‰", "科技创新（试点）"),  # UTF-8 read as Windows-1252
        ("ç§\x91æ\x8a\x80å\x88\x9bæ\x96°ï¼\x8c好", "科技创新，好"),  # read as Latin-1
        ("CafÃ© 咖啡", "Café 咖啡"),
        ("标题\nç§‘æŠ€\n正文", "标题\n科技\n正文"),
    ],
)
def test_fix_mojibake(text: str, expected: str) -> None:
    assert preview(fix_mojibake, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "他说，“你好（世界）”；好！",  # ftfy's defaults would narrow and uncurl these
        "\N{IDEOGRAPHIC SPACE}\N{IDEOGRAPHIC SPACE}本报讯",  # would become four spaces
        "\uf900\ufa10",  # CJK compatibility ideographs: NFC would fold them
        "ﬁnance ＡＢＣ",  # ligatures and width are not mojibake
        "&amp; &lt;",  # HTML entities are not encoding damage
    ],
)
def test_fix_mojibake_leaves_chinese_alone(text: str) -> None:
    assert fix_mojibake(text) == []


def test_fix_mojibake_edit_is_narrowed() -> None:
    text = "本报讯 ç§‘æŠ€ 本报"
    [edit] = fix_mojibake(text)
    assert text[edit.start : edit.end] == "ç§‘æŠ€"
    assert edit.replacement == "科技"
    assert edit.kind == "mojibake"


def test_fix_mojibake_leaves_gbk_read_as_latin1_to_the_gbk_repair() -> None:
    text = "11月26日清晨，白鹭湖湿地公园的红嘴鸥"
    mojibake = text.encode("gbk").decode("latin-1")
    assert fix_mojibake(mojibake) == []
    assert preview(fix_gbk_mojibake, mojibake) == text


# --- GBK mojibake -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("绉戞妧鍒涙柊", "科技创新"),  # UTF-8 read as GBK
        ("¿Æ¼¼´´ÐÂ", "科技创新"),  # GBK read as Latin-1
        ("绉戞妧鍒涙柊 2024", "科技创新 2024"),
        ("±¾±¨Ñ¶£¨¼ÇÕß ÐíÎÄ²© Í¨Ñ¶Ô±", "本报讯（记者 许文博 通讯员"),
        # one-character runs are repaired when the text holds strong evidence
        ("11ÔÂ26ÈÕÇå³¿£¬ÂäÑã", "11月26日清晨，落雁"),
        # UTF-8 read as GBK with replacement: the cut character becomes one �
        ("绉戞妧鍒�\n", "科技\ufffd\n"),
    ],
)
def test_fix_gbk_mojibake(text: str, expected: str) -> None:
    assert preview(fix_gbk_mojibake, text) == expected


def test_fix_gbk_mojibake_cut_example_is_what_a_decoder_makes() -> None:
    mojibake = "科技创\n".encode().decode("gbk", errors="replace")
    assert mojibake == "绉戞妧鍒�\n"


@pytest.mark.parametrize(
    "text",
    [
        "科技创新，引领发展",
        "Café, naïve, Müller, Ångström, señor",
        "8 °C，±5%，3×4÷2",
        "“AI”——……‘5G’",
        "¡¡Hola!! ¿Qué?",
        "ÔÂ",  # one run alone proves nothing
        "鸮滍",  # rare characters are not mojibake
        "锟斤拷",  # the classic double mojibake is not reversible
        "绉戞",  # too short to be sure
        "éèàù",  # accented letters that would pair into GBK characters
    ],
)
def test_fix_gbk_mojibake_leaves_text_alone(text: str) -> None:
    assert fix_gbk_mojibake(text) == []


def test_fix_gbk_mojibake_repairs_whole_pages() -> None:
    for text in PAGE_TEXTS.values():
        mojibake = text.encode("gbk").decode("latin-1")
        assert preview(fix_gbk_mojibake, preview(fix_mojibake, mojibake)) == text


@given(
    first=st.sampled_from(STRONG_CHUNKS),
    second=st.sampled_from(CHUNKS),
    separator=st.sampled_from([" ", "，", "2024", "\n", "5G", ""]),
)
def test_gbk_read_as_latin1_is_repaired_exactly(first: str, second: str, separator: str) -> None:
    sentence = first + separator + second
    mojibake = sentence.encode("gbk").decode("latin-1")
    assert preview(fix_gbk_mojibake, preview(fix_mojibake, mojibake)) == sentence


def _utf8_as_gbk(text: str) -> str | None:
    try:
        return text.encode("utf-8").decode("gbk")
    except UnicodeDecodeError:
        return None


# UTF-8 read as GBK is lossless only when the bytes pair up into GBK characters;
# the others come out with � (a lost byte), and are tested by the example above.
EXACT_UTF8_SENTENCES = [
    chunk + separator
    for chunk in STRONG_CHUNKS
    for separator in (" ", "\n", "2024", "GDP")
    if _utf8_as_gbk(chunk + separator) is not None
]


@given(st.sampled_from(EXACT_UTF8_SENTENCES))
def test_utf8_read_as_gbk_is_repaired_exactly(sentence: str) -> None:
    mojibake = _utf8_as_gbk(sentence)
    assert mojibake is not None
    assert preview(fix_gbk_mojibake, preview(fix_mojibake, mojibake)) == sentence


@given(st.sampled_from(CHUNKS))
def test_real_chinese_is_never_changed(chunk: str) -> None:
    assert fix_gbk_mojibake(chunk) == []
    assert fix_mojibake(chunk) == []


# --- full-width letters and digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("ａｂｃｘｙｚ０９", "abcxyz09"),
        ("５５ＧＧ", "55GG"),
        ("同比增长５．８％。", "同比增长5.8%。"),
        ("１．新的一年", "1．新的一年"),  # a list number's point is punctuation
        ("增长5％", "增长5％"),  # printed with a half-width digit: as printed
        ("－５℃至＋３℃", "－5℃至＋3℃"),  # signs stay full-width
        ("全市ＧＤＰ（亿元）：１２３", "全市GDP（亿元）：123"),
        ("\N{IDEOGRAPHIC SPACE}Ｗｉ－Ｆｉ", "\N{IDEOGRAPHIC SPACE}Wi－Fi"),
    ],
)
def test_narrow_fullwidth_alnum(text: str, expected: str) -> None:
    assert preview(narrow_fullwidth_alnum, text) == expected


def test_narrow_fullwidth_alnum_one_edit_per_run() -> None:
    edits = narrow_fullwidth_alnum("ＧＤＰ增长５．８％")
    assert [(e.start, e.end, e.replacement, e.kind) for e in edits] == [
        (0, 3, "GDP", "fullwidth"),
        (5, 9, "5.8%", "fullwidth"),
    ]


_CHINESE_PUNCTUATION = "，。；：！？（）《》“”、"


# Drawn from the full-width forms block (U+FF01–U+FF5E) among Han and ASCII, which
# any text hardly ever holds.
@given(
    st.text(
        st.one_of(
            st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
            st.sampled_from(_CHINESE_PUNCTUATION + "科技创新 5Ga."),
        )
    )
)
def test_narrow_fullwidth_alnum_leaves_punctuation(text: str) -> None:
    out = preview(narrow_fullwidth_alnum, text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        if before in _CHINESE_PUNCTUATION:
            assert after == before
        elif before != after:
            assert before in "０１２３４５６７８９．％" or before.isalpha()
            assert ord(before) - ord(after) == 0xFEE0


# --- decoding ---------------------------------------------------------------------------

SAMPLE = "本报讯（记者 许文博）5G“智造”\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with its BOM, in native order
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
    ],
)
def test_decode_bytes(data: bytes) -> None:
    assert decode_bytes(data, name="page.txt") == SAMPLE


def test_decode_bytes_empty() -> None:
    assert decode_bytes(b"", name="empty.txt") == ""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n\x00\x01\x02", "seeds/x.txt: not text: it contains NUL bytes"),
        (SAMPLE.encode("utf-16-le"), "seeds/x.txt: not text: it contains NUL bytes"),
        ("Café résumé".encode("latin-1"), "seeds/x.txt: not text: neither UTF-8"),
        (bytes(range(0x80, 0x100)), "seeds/x.txt: not text: neither UTF-8"),
        (codecs.BOM_UTF8 + b"\xff\xfe abc", "seeds/x.txt: not text: it starts with a UTF-8-SIG"),
    ],
)
def test_decode_bytes_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, name="seeds/x.txt")
    message = str(caught.value)
    assert message.startswith(reason)
    assert "\n" not in message


@given(st.binary())
def test_decode_bytes_returns_text_or_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, name="x")
    except InputError as error:
        message = str(error)
    else:
        assert isinstance(text, str)
        return
    assert message.startswith("x: not text: ")
    assert "\n" not in message


def test_read_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE.encode("gb18030"))
    assert read_text(page) == SAMPLE
    assert read_text(str(page)) == SAMPLE


def test_read_text_missing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match=r"missing\.txt: no such file$"):
        read_text(missing)


def test_read_text_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r": is a directory$"):
        read_text(tmp_path)


def test_read_text_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Denied by the open call rather than by chmod, which root (as in many CI
    # containers) reads through.
    page = tmp_path / "secret.txt"
    page.write_text(SAMPLE, encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> NoReturn:
        raise PermissionError(13, "Permission denied", str(page))

    monkeypatch.setattr(decode, "open", denied, raising=False)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied$"):
        read_text(page)


def test_read_text_binary(tmp_path: Path) -> None:
    page = tmp_path / "scan.png"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match=r"scan\.png: not text: it contains NUL bytes$"):
        read_text(page)

"""Test your pipeline with baozhi's Hypothesis strategies and corruptors.

The strategies generate clean Chinese newspaper text in the form
:func:`baozhi.clean_text` returns; the corruptors damage it the way PDF
extraction does (:mod:`baozhi.testing.corruptors`) or OCR does
(:mod:`baozhi.testing.ocr`: misread punctuation, byline brackets and subtitle
dashes, headlines and captions dropped into a paragraph).  Together they state
the cleaner's contract::

    from hypothesis import given
    from baozhi import clean_text
    from baozhi.testing import corrupted_pages

    @given(corrupted_pages())
    def test_cleaner_undoes_extraction(page):
        assert clean_text(page.corrupted) == page.clean

Everything is driven by Hypothesis draws (no global random state, no files, no
network), so a failing example shrinks and replays.  This module needs
``hypothesis`` (the ``test`` extra); ``import baozhi`` does not.
"""

from __future__ import annotations

from baozhi.testing.articles import (
    LAYOUTS,
    ArticlePage,
    article_pages,
    news_articles,
    print_article,
    unaccounted_text,
)
from baozhi.testing.corruptors import (
    add_cjk_digit_spaces,
    double_runs,
    double_runs_across_lines,
    ends_sentence,
    fullwidth_alnum,
    gbk_mojibake,
    hard_wrap,
    space_out,
    split_credit,
    wrap_is_unambiguous,
    wrap_lines,
)
from baozhi.testing.ocr import (
    OCR_CORRUPTIONS,
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
)
from baozhi.testing.strategies import (
    CORRUPTIONS,
    CorruptedPage,
    PageBlock,
    captions,
    corrupted_pages,
    han_words,
    headlines,
    page_blocks,
    pages,
    paragraphs,
    sentences,
)

__all__ = [
    "CORRUPTIONS",
    "LAYOUTS",
    "OCR_CORRUPTIONS",
    "ArticlePage",
    "CorruptedPage",
    "PageBlock",
    "add_cjk_digit_spaces",
    "article_pages",
    "captions",
    "corrupted_pages",
    "double_runs",
    "double_runs_across_lines",
    "drop_block_into_paragraph",
    "dropped_block_pages",
    "ends_sentence",
    "flip_quotes",
    "flipped_quote_pages",
    "fullwidth_alnum",
    "gbk_mojibake",
    "halfwidth_punct",
    "halfwidth_punct_pages",
    "han_words",
    "hard_wrap",
    "headlines",
    "misread_byline_brackets",
    "misread_byline_pages",
    "misread_subtitle_dash",
    "misread_subtitle_pages",
    "news_articles",
    "ocr_pages",
    "ocr_spaced_pages",
    "ocr_spaces",
    "page_blocks",
    "pages",
    "paragraphs",
    "print_article",
    "sentences",
    "space_out",
    "split_credit",
    "unaccounted_text",
    "wrap_is_unambiguous",
    "wrap_lines",
]

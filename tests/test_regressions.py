"""Examples that Hypothesis found, kept as named cases.

A known failure stays here as a strict xfail, so that a fix is noticed (and the
marker must then go).
"""

from __future__ import annotations

import pytest

from baozhi import clean_text


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the wrap joiner reads which lines were fake bold from the repair history; "
        "a second call no longer has that history, so a block boundary it justified "
        "can be undone (found by an extended run of test_idempotent_on_any_text)"
    ),
)
def test_idempotent_when_a_fake_bold_line_ends_a_block() -> None:
    once = clean_text("BABBAB\r00\u0e5c、\u0e5c\r0")
    assert clean_text(once) == once

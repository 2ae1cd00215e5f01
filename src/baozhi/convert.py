"""Script conversion with OpenCC (off by default: it changes what was printed)."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Protocol

from baozhi.errors import ConfigError
from baozhi.provenance import Edit, narrowed_edit

__all__ = ["convert_script"]


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@lru_cache(maxsize=8)
def _converter(config_name: str) -> _Converter:
    # Imported here so that ``import baozhi`` stays light for users who never convert.
    opencc = importlib.import_module("opencc")
    name = config_name if config_name.endswith(".json") else f"{config_name}.json"
    try:
        converter: _Converter = opencc.OpenCC(name)
    except Exception as error:  # the bindings raise a bare Exception for unknown names
        raise ConfigError(f"OpenCC has no configuration {config_name!r}: {error}") from None
    return converter


def convert_script(text: str, config_name: str | None) -> list[Edit]:
    """Convert between Chinese scripts with OpenCC, one edit per changed line.

    >>> from baozhi.provenance import apply_edits
    >>> apply_edits("漢字", convert_script("漢字", "t2s"))
    '汉字'
    """
    if config_name is None:
        return []
    converter = _converter(config_name)
    edits: list[Edit] = []
    offset = 0
    for line in text.split("\n"):
        edit = narrowed_edit(line, converter.convert(line) if line else line, offset, "convert")
        if edit is not None:
            edits.append(edit)
        offset += len(line) + 1
    return edits

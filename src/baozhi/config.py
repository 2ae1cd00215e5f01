"""The one configuration object of the cleaner."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from baozhi.errors import ConfigError

__all__ = ["CjkLatinSpace", "CleanConfig", "HalfwidthPunct"]

CjkLatinSpace = Literal["remove", "keep", "add"]
HalfwidthPunct = Literal["keep", "fullwidth"]

_CJK_LATIN_SPACE: tuple[str, ...] = ("remove", "keep", "add")
_HALFWIDTH_PUNCT: tuple[str, ...] = ("keep", "fullwidth")


@dataclass(frozen=True, kw_only=True, slots=True)
class CleanConfig:
    """What the cleaner repairs.  The defaults build a clean corpus.

    Every repair has a switch named like the function that performs it; change one
    with :func:`dataclasses.replace` or :meth:`replace`:

    >>> CleanConfig().replace(undo_fake_bold=False).undo_fake_bold
    False
    """

    # bytes → text
    fix_mojibake: bool = True
    """ftfy's mojibake repair, configured to leave Chinese punctuation alone."""
    fix_gbk_mojibake: bool = True
    """UTF-8 read as GBK (``绉戞妧``) and GBK read as Latin-1 (``¿Æ¼¼``), when lossless."""
    narrow_fullwidth_alnum: bool = True
    """Full-width letters and digits (U+FF10–FF5A) become ASCII; Chinese punctuation stays."""
    remove_control_chars: bool = True
    """Drop C0/C1 controls, zero-width characters and stray BOMs (logged)."""

    # lines
    undo_fake_bold: bool = True
    """Fake-bold doubling: ``示范示范““新新””`` → ``示范“新”``."""
    join_spaced_han: bool = True
    """Letter-spaced justified lines: ``中 出 现 的`` → ``中出现的``."""
    tidy_punct_spaces: bool = True
    """Spaces next to full-width punctuation: ``本报讯 （记者`` → ``本报讯（记者``."""
    cjk_latin_space: CjkLatinSpace = "remove"
    """Spaces between Han and Latin letters or digits: remove, keep as printed, or add."""

    # OCR
    fix_ocr_punct: bool = True
    """Half-width ``,;:!?`` between Chinese characters: ``6.7%; 第三`` → ``6.7%；第三``."""
    fix_quote_direction: bool = True
    """Misread quote direction, where the pairing is unambiguous: ``当家“，`` → ``当家”，``."""
    fix_byline_brackets: bool = True
    """Misread byline brackets: ``本报讯 〈记者 陈思远)`` → ``本报讯（记者 陈思远）``."""
    restore_subtitle_dash: bool = True
    """A subtitle's ``——`` read as ``一一``, under a title only: ``一一高新区`` → ``——高新区``.
    Reads blocks: needs ``rejoin_wrapped_lines``."""

    # blocks
    rejoin_wrapped_lines: bool = True
    """Join the hard-wrapped lines of one paragraph; one blank line between blocks. Off, the
    lines stay as they are and the repairs that read blocks do not run."""
    rejoin_split_paragraphs: bool = True
    """Rejoin a paragraph interrupted by a column break or an inserted block. Reads blocks:
    needs ``rejoin_wrapped_lines``."""
    drop_repeated_blocks: bool = True
    """A paragraph of substance printed twice on one page is kept once."""

    # punctuation
    collapse_doubled_punct: bool = True
    """``““`` → ``“``, left over from doubling."""
    halfwidth_punct: HalfwidthPunct = "keep"
    """``fullwidth`` turns ``(),:;?!`` inside Chinese text full-width (changes print)."""

    # warnings
    report_suspicious: bool = True
    """Warnings for likely OCR noise: ``*``, ``|``, stray letters, odd quotes (text unchanged)."""

    # conversion
    convert: str | None = None
    """Convert the script by this OpenCC configuration (``"t2s"``, ``"s2t"``…); off by default."""

    # thresholds
    fake_bold_max_chunk: int = 32
    """Longest doubled chunk looked for, in characters; bounds the detector's work."""
    fake_bold_min_evidence: int = 3
    """Doubled characters a stretch needs before it counts as fake bold."""
    repeated_block_min_chars: int = 20
    """A repeated block shorter than this is kept (short labels repeat for real)."""

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.type == "bool" and not isinstance(value, bool):
                raise ConfigError(f"CleanConfig.{field.name} must be True or False, not {value!r}")
            if field.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
                raise ConfigError(f"CleanConfig.{field.name} must be an integer, not {value!r}")
        if self.cjk_latin_space not in _CJK_LATIN_SPACE:
            raise ConfigError(
                f"CleanConfig.cjk_latin_space must be one of {_CJK_LATIN_SPACE}, "
                f"not {self.cjk_latin_space!r}"
            )
        if self.halfwidth_punct not in _HALFWIDTH_PUNCT:
            raise ConfigError(
                f"CleanConfig.halfwidth_punct must be one of {_HALFWIDTH_PUNCT}, "
                f"not {self.halfwidth_punct!r}"
            )
        if self.convert is not None and (not isinstance(self.convert, str) or not self.convert):
            raise ConfigError(
                f"CleanConfig.convert must be None or an OpenCC config name, not {self.convert!r}"
            )
        if not 2 <= self.fake_bold_max_chunk <= 256:
            raise ConfigError("CleanConfig.fake_bold_max_chunk must be between 2 and 256")
        if self.fake_bold_min_evidence < 1:
            raise ConfigError("CleanConfig.fake_bold_min_evidence must be at least 1")
        if self.repeated_block_min_chars < 1:
            raise ConfigError("CleanConfig.repeated_block_min_chars must be at least 1")

    def replace(self, **changes: object) -> CleanConfig:
        """A copy with some fields changed (validated like a new config)."""
        try:
            return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
        except TypeError as error:
            raise ConfigError(str(error)) from None

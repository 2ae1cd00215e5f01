"""Bytes to text for the command line: find the encoding, or say why there is none.

Extracted newspaper text arrives as UTF-8 (most tools), UTF-8 with a BOM or
UTF-16 (Windows tools), or GB18030/GBK (older Chinese software).  A byte-order
mark decides; otherwise strict UTF-8, which almost never decodes anything that
is not UTF-8; otherwise strict GB18030, but only when the result reads as
Chinese, because GB18030 decodes most byte strings into *something*.  Binary
files and files in other encodings are refused with a one-line reason instead
of being turned into mojibake.
"""

from __future__ import annotations

import codecs
import os

from baozhi.errors import InputError
from baozhi.text.mojibake import looks_chinese

__all__ = ["decode_bytes", "read_text"]

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, name: str) -> str:
    """Decode the contents of the file called ``name``, or raise :class:`InputError`.

    >>> decode_bytes("科技创新".encode("gb18030"), name="page.txt")
    '科技创新'
    >>> decode_bytes(b"PK\\x03\\x04\\x00\\x00", name="page.docx")
    Traceback (most recent call last):
    ...
    baozhi.errors.InputError: page.docx: not text: it contains NUL bytes
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: not text: it starts with a {encoding.upper()} byte-order mark "
                    f"but byte {error.start} is not {encoding.upper()}"
                ) from None
    if b"\x00" in data:
        raise InputError(f"{name}: not text: it contains NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if looks_chinese(text):
            return text
    raise InputError(
        f"{name}: not text: neither UTF-8 (invalid byte 0x{data[utf8_error.start]:02X} "
        f"at offset {utf8_error.start}) nor Chinese text in GB18030"
    )


def read_text(path: str | os.PathLike[str]) -> str:
    """Read and decode a text file, raising :class:`InputError` with a one-line reason."""
    name = os.fspath(path)
    if os.path.isdir(name):
        raise InputError(f"{name}: is a directory")
    try:
        with open(name, "rb") as file:
            data = file.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read it: {error.strerror or error}") from None
    return decode_bytes(data, name=name)

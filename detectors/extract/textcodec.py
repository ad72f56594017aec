"""Bytes to text without ever failing: declared charset, BOMs, UTF-8, then cp1252."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _unescape(m: re.Match[str]) -> str:
    code = ord(m.group())
    # The email package keeps an undecodable header byte as U+DC80..U+DCFF.
    return bytes([code - 0xDC00]).decode("cp1252", "replace") if code >= 0xDC80 else "\ufffd"


def without_surrogates(text: str) -> str:
    """No lone surrogates (they cannot be encoded, and spaCy's tokenizer raises on them):
    a header's raw 8-bit byte read as cp1252, any other as U+FFFD."""
    return _SURROGATE.sub(_unescape, text) if _SURROGATE.search(text) else text


_PGP_MESSAGE = re.compile(r"-----BEGIN PGP MESSAGE-----.*?-----END PGP MESSAGE-----", re.S)


def decode_text(data: bytes, charset: str | None = None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if charset:
        try:
            codec = codecs.lookup(charset.strip().strip('"').lower()).name
        except (LookupError, ValueError, TypeError):
            codec = None
        # A declared us-ascii body with 8-bit bytes is almost always UTF-8 or cp1252.
        if codec and codec not in ("ascii", "us-ascii"):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def pgp_only(text: str) -> bool:
    """True if the text is nothing but PGP armoured messages (inline PGP)."""
    if "-----BEGIN PGP MESSAGE-----" not in text:
        return False
    return not _PGP_MESSAGE.sub("", text).strip()


def has_pgp_block(text: str) -> bool:
    return "-----BEGIN PGP MESSAGE-----" in text

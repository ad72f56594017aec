"""Reading the original message's header block without trusting it."""

from __future__ import annotations

import re
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses

from detectors.masking import mask_name
from gateway.audit.redact import redact

_BLANK = re.compile(rb"\r?\n\r?\n")
_MSGID = re.compile(r"^<[!-;=?-~]{1,250}@[!-;=?-~]{1,250}>$")


def split_raw(raw: bytes) -> tuple[bytes, bytes]:
    """(header block including its line ends, body) of a raw message; the blank line dropped."""
    if raw.startswith((b"\r\n", b"\n")):
        return b"", raw.split(b"\n", 1)[1]
    m = _BLANK.search(raw)
    if m is None:
        return raw if raw.endswith(b"\n") else raw + b"\r\n", b""
    head_end = m.start() + (2 if raw[m.start() : m.start() + 2] == b"\r\n" else 1)
    return raw[:head_end], raw[m.end() :]


def parse_headers(raw: bytes) -> Message:
    """The header block as a Message (compat32: tolerant of whatever arrived)."""
    head, _ = split_raw(raw)
    return BytesParser(policy=compat32).parsebytes(head, headersonly=True)


def safe_message_id(value: str | None) -> str | None:
    """A Message-ID worth repeating in In-Reply-To, or None."""
    if not value:
        return None
    value = value.strip()
    return value if _MSGID.match(value) else None


_LINE = re.compile(rb"[^\n]*\n|[^\n]+$")


def header_fields(head: bytes) -> list[list[bytes]]:
    """Header fields as lists of their physical lines (folding kept)."""
    fields: list[list[bytes]] = []
    for line in _LINE.findall(head):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    return fields


def field_name(field: list[bytes]) -> bytes:
    return field[0].split(b":", 1)[0].strip().lower()


ADDRESS_FIELDS = frozenset(
    {
        "from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to",
        "resent-cc", "resent-sender", "disposition-notification-to", "return-receipt-to",
    }
)  # fmt: skip


def _decoded(value: str) -> str:
    """A header value with its RFC 2047 encoded words decoded (a NINO can hide in base64)."""
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def _masked_addresses(value: str) -> str:
    shown = []
    for name, addr in getaddresses([value]):
        addr = redact(addr)
        shown.append(f"{mask_name(name)} <{addr}>" if name.strip() else addr)
    return ", ".join(shown)


def masked_header_block(head: bytes) -> str:
    """The original header block as an explanation may return it: each field unfolded
    and decoded, display names masked like names, every value through ``redact``."""
    lines = []
    for fld in header_fields(head):
        text = b"".join(fld).decode("utf-8", "replace")
        name, sep, value = text.partition(":")
        if not sep:
            continue
        value = _decoded(" ".join(value.split()))
        if name.strip().lower() in ADDRESS_FIELDS:
            value = _masked_addresses(value)
        lines.append(f"{redact(name.strip())}: {redact(value)}")
    return "\n".join(lines) + "\n"

"""Reading the original message's header block without trusting it."""

from __future__ import annotations

import re
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

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

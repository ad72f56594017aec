"""Reading the original message's header block without trusting it."""

from __future__ import annotations

import re
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from detectors.masking import mask_email, mask_name
from detectors.shown_names import mask_location_name
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


# Written by mail servers and mail programs, not by the sender: the gateway does not read
# them as content (RULES.md), and the helpdesk traces the message by them.
TRACE_FIELDS = frozenset({"date", "received", "mime-version", "content-transfer-encoding"})
_BOUNDARY = re.compile(r"""(?i)(\bboundary\s*=\s*)("[^"]*"|[^\s;]+)""")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_RECEIVED_ID = re.compile(r"(?i)\bid\s+<?([A-Za-z0-9][A-Za-z0-9._\-]{2,})>?")


def _decoded(value: str) -> str:
    """A header value with its RFC 2047 encoded words decoded (a NINO can hide in base64)."""
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def masked_value(value: str) -> str:
    """Free text the sender wrote in a header (a subject, an ``X-`` header): every word
    shows its first character and its length only, like a name (``C• f•• J••• S••••``)."""
    return mask_name(redact(_decoded(" ".join(value.split()))))


def masked_address(addr: str, reader: str = "") -> str:
    """An address as every output shows contact details: ``j••••@employer.example``
    (the domain is not personal data, the local part is). ``reader``'s own stays."""
    addr = addr.strip()
    if not addr or (reader and addr.lower() == reader.strip().lower()):
        return addr
    return mask_email(addr) if "@" in addr else mask_name(addr)


def _masked_addresses(value: str, reader: str) -> str:
    # Split first, decode each display name after: an encoded word can hide a comma
    # ("=?utf-8?q?Smith=2C_Jane?=") that would otherwise split one name into two.
    shown = []
    for name, addr in getaddresses([value]):
        name = _decoded(name)
        addr = masked_address(addr, reader)
        shown.append(f"{mask_name(redact(name))} <{addr}>" if name.strip() else addr)
    return ", ".join(shown)


def _trace_value(name: str, value: str) -> str:
    """Date, Received and the like, readable: times and queue IDs are not personal data.
    A Received clause can still quote an address ("for <jane@…>"): masked as contacts."""
    if name == "date":
        try:
            parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return redact(value)  # not a date the sender's program wrote: text like any other
        return value
    return _EMAIL.sub(lambda m: mask_email(m[0]), value)  # ids and times stay readable


def _content_type(value: str) -> str:
    """Content-Type with its MIME boundary readable (the mail program's, and what an IT
    team matches the message by); any other parameter (a file name) redacted."""
    parts: list[str] = []
    last = 0
    for m in _BOUNDARY.finditer(value):
        parts.append(redact(mask_location_name(value[last : m.start()])) + m[1] + m[2])
        last = m.end()
    parts.append(redact(mask_location_name(value[last:])))
    return "".join(parts)


def masked_header_block(head: bytes, reader: str = "") -> str:
    """The original header block as an explanation may return it, each field unfolded:
    trace fields (Date, Received, MIME-Version) and the MIME boundary as they were,
    addresses masked as contact details (``reader``'s own kept) with their display names
    masked like names, and every other value the sender wrote masked word by word."""
    lines = []
    for fld in header_fields(head):
        text = b"".join(fld).decode("utf-8", "replace")
        name, sep, value = text.partition(":")
        if not sep:
            continue
        key = name.strip().lower()
        value = " ".join(value.split())
        if key in TRACE_FIELDS:
            value = _trace_value(key, value)
        elif key in ADDRESS_FIELDS or key == "return-path":
            value = _masked_addresses(value, reader)
        elif key == "content-type":
            value = _content_type(value)
        elif key in ("message-id", "in-reply-to", "references"):
            value = redact(mask_location_name(value))
        else:
            value = masked_value(value)
        lines.append(f"{redact(name.strip())}: {value}")
    return "\n".join(lines) + "\n"


def sending_server_queue_id(head: bytes) -> str | None:
    """The queue ID the sending mail server gave the message (its Received field, the
    top one: the gateway's own is not in the client's bytes), for tracing in its log."""
    for fld in header_fields(head):
        if field_name(fld) == b"received":
            text = " ".join(b"".join(fld).decode("utf-8", "replace").split())
            m = _RECEIVED_ID.search(text.partition(";")[0])
            return m[1] if m else None
    return None

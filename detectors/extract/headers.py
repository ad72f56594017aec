"""The headers a sender (or their mail program) wrote: content, like the body.

RULES.md: the subject and every other header the sender wrote count (custom
``X-`` headers, ``Comments``, ``Keywords``, display names); trace and
authentication headers, which servers add on the way, do not. The subject is
read elsewhere; address headers give only their display names (the addresses
themselves are the envelope's business, not content).
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import Message

# Written by servers on the way, or structure: never the sender's words.
TRACE_HEADERS = frozenset(
    {
        "received", "x-received", "return-path", "delivered-to", "x-original-to", "envelope-to",
        "dkim-signature", "domainkey-signature", "authentication-results", "received-spf",
        "arc-seal", "arc-message-signature", "arc-authentication-results", "x-originating-ip",
        "message-id", "in-reply-to", "references", "date", "mime-version", "subject",
        "precedence", "auto-submitted", "errors-to", "thread-index",
    }
)  # fmt: skip
TRACE_PREFIXES = (
    "content-", "list-", "resent-", "arc-", "x-ms-", "x-microsoft-", "x-forefront-",
    "x-google-", "x-gm-", "x-spam", "x-virus", "x-mailgate-", "x-exchange-",
)  # fmt: skip
ADDRESS_HEADERS = frozenset({"from", "sender", "reply-to", "to", "cc", "bcc"})


def sender_headers(msg: Message, decode: Callable[[str], str]) -> list[tuple[str, str]]:
    """(name as written, decoded value) of each header the sender wrote, in
    order. Address headers are left to the caller (display names only)."""
    out: list[tuple[str, str]] = []
    for key, value in msg.raw_items():
        low = key.lower()
        if low in ADDRESS_HEADERS or low in TRACE_HEADERS or low.startswith(TRACE_PREFIXES):
            continue
        text = decode(value if isinstance(value, str) else str(value))
        if text.strip():
            out.append((key, text))
    return out

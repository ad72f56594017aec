"""Whose mail a message passes on: the original senders of forwarded and quoted mail.

C15 ¶53 lets a provider forward DWP's own unencrypted mail, one participant record
at a time, to an approved subcontractor. Whether a sender is DWP is the policy's
call (its domain lists); this detector only reports the domains the forwarded
mail came from: an attached or nested message's ``From:`` header, and the header
block a mail program writes above a forward or a quoted reply ("From: … Sent: …
To: … Subject: …"). A domain is not personal data; the address is never kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detectors.lines import LinePattern
from detectors.model import Chunk, ForwardedMail

# A "From:" line of a header block, and the address in it (also "[mailto:…]").
_FROM_RE = LinePattern(r"[ \t>*]*From:[ \t]*(?P<v>[^\n]{0,300})", re.I)
_ADDRESS_RE = re.compile(
    r"[A-Za-z0-9._%+'-]{1,64}@(?P<d>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})"
)
# The lines a mail program writes with it, right below.
_BLOCK_LINE_RE = LinePattern(r"[ \t>*]*(?:Sent|Date|To|Subject|Cc):", re.I)
BLOCK_LINES = 4  # a header block's other lines follow its From: within this many lines


FORWARDED_SUFFIX = " › forwarded mail"


def _header_block(text: str, end: int) -> bool:
    """Whether a From: line ending at ``end`` has a header block's lines below it."""
    below = text[end : end + 600].split("\n", BLOCK_LINES + 1)[1 : BLOCK_LINES + 1]
    return any(_BLOCK_LINE_RE.match(line) for line in below)


def _first_block(text: str) -> tuple[int, str] | None:
    """Where the first forwarded or quoted header block starts, and its sender's domain."""
    for m in _FROM_RE.finditer(text):
        address = _ADDRESS_RE.search(m["v"])
        if address and _header_block(text, m.end()):
            return m.start(), address["d"].lower()
    return None


def split(chunks: list[Chunk]) -> tuple[list[Chunk], list[ForwardedMail]]:
    """The chunks with each body's forwarded or quoted mail in a chunk of its own
    (its location ends in FORWARDED_SUFFIX), so that what the sender wrote above it
    (the covering text) can be told from what is passed on; and the forwarded mail
    found, from those blocks and from nested messages' own headers."""
    out: list[Chunk] = []
    mails: dict[ForwardedMail, None] = {}
    for chunk in chunks:
        if chunk.source == "forwarded" and chunk.location.endswith("headers"):
            for m in _FROM_RE.finditer(chunk.text):  # a nested message's own From:
                if address := _ADDRESS_RE.search(m["v"]):
                    where = chunk.location.rpartition(" › ")[0] or chunk.location
                    mails[ForwardedMail(where, address["d"].lower())] = None
        block = _first_block(chunk.text) if chunk.source == "body" and chunk.table is None else None
        if block is None:
            out.append(chunk)
            continue
        at, domain = block
        where = chunk.location + FORWARDED_SUFFIX
        if chunk.text[:at].strip():
            out.append(replace(chunk, text=chunk.text[:at]))
        out.append(replace(chunk, location=where, text=chunk.text[at:]))
        mails[ForwardedMail(where, domain)] = None
    return out, list(mails)

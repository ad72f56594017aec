"""Last-line masking for free text that leaves the gateway (file names, headers, replies).

Detectors already mask what they find; this is the belt to their braces for text
we did not scan as data (an attachment name, an upstream reply, a header block).
It masks anything shaped like a NINO, a date, a sort code or an account number.
"""

from __future__ import annotations

import re

from detectors.shown_names import mask_identifiers

MASK = "••"

# Two letters, six digits (optionally spaced in pairs), a suffix A–D.
_NINO = re.compile(r"\b[A-Za-z]{2}[\s-]?(?:\d{2}[\s-]?){3}[A-Da-d]?\b")
# dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy and yyyy-mm-dd.
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})\b"
)
# 1 March 1985, 1st-Mar-85, 01 Sept, 1985.
_WORD_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?[\s\-_.]*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\-_.,]*(?:\d{4}|\d{2})\b",
    re.IGNORECASE,
)
# Sort code 12-34-56 / 12 34 56.
_SORT_CODE = re.compile(r"\b\d{2}[\s-]\d{2}[\s-]\d{2}\b")
# Any run of 6 or more digits (account numbers, card numbers, phone numbers).
_DIGITS = re.compile(r"\d{6,}")


def redact(text: str) -> str:
    """Mask identifier-shaped values in ``text``; everything else is kept.

    The shapes a location masks in the names it quotes first (so file names read
    the same in every output), then the stricter shapes of free text."""
    text = mask_identifiers(text)
    text = _NINO.sub(lambda m: m.group(0)[:2].upper() + " •• •• •• •", text)
    text = _DATE.sub("••/••/••••", text)
    text = _WORD_DATE.sub("•• •• ••••", text)
    text = _SORT_CODE.sub("••-••-••", text)
    return _DIGITS.sub(lambda m: "•" * len(m.group(0)), text)


# The upstream's own queue ID in its 250 ("queued as 46C1F2E0A1E", Postfix; "queued as
# 1tXyZa-000Abc-2Q", Exim-style): the key into the upstream's logs, not personal data.
# An all-digit "ID" is masked all the same: it may be an account number echoed back.
_QUEUED_AS = re.compile(
    r"(?<=\bqueued as )(?=[0-9A-Za-z\-]*[A-Za-z])[0-9A-Za-z][0-9A-Za-z\-]{4,39}\b", re.IGNORECASE
)
# The gateway's own reference in its own reply ("Ref MG-8007-6N8P-GN",
# gateway.audit.record.new_reference): what the sender quotes to the helpdesk, never
# personal data; a digit-heavy one must not read as a phone number or a date.
_REFERENCE = re.compile(
    r"(?<=\bRef )MG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}\b"
)


def redact_reply(text: str) -> str:
    """``redact`` for a reply line (an upstream's, or the gateway's own), its queue ID
    and the gateway's reference kept readable (unless the "ID" is shaped like a NINO:
    then it is masked as one)."""
    out: list[str] = []
    pos = 0
    kept = sorted([*_QUEUED_AS.finditer(text), *_REFERENCE.finditer(text)], key=lambda m: m.start())
    for m in kept:
        if _NINO.search(m.group(0).replace("-", "")) or m.start() < pos:
            continue
        out += [redact(text[pos : m.start()]), m.group(0)]
        pos = m.end()
    out.append(redact(text[pos:]))
    return "".join(out)

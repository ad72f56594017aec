"""A person's reference number in a provider's or DWP's systems: a participant,
customer, case or referral ID, a CRM record, a PRaP referral number.

RULES.md ¶18: one claimant name goes unencrypted only with nothing else that
identifies them, "identifiers" included; a list (¶29–31) may carry reference
numbers. Only a number under a label that says whose record it is counts: an
order, invoice, job or booking reference is nobody's. The label is the words
before the number, a table's column header or form label, or the name of the
header the number is the value of ("X-Case-Participant-Id: QR-518204").
"""

from __future__ import annotations

import functools
import re

from detectors import people, placeholders
from detectors.detector import Context
from detectors.masking import DOT
from detectors.model import Category, Finding
from detectors.textfacts import finditer_digit_lines, has_digit

# Whose record: the person, their case or referral, or the systems that hold them.
_WHOSE = (
    r"participant|customer|client|claimant|case|caseload|referral|service[ \-]?user"
    r"|learner|candidate|crm|prap|record"
)
_LABEL = rf"\b(?:{_WHOSE})[ \t]*+(?:ref(?:erence)?|id|no\b\.?|number|record|#)|\bprap\b"
# The number itself: up to four letters, then digits with at most single separators
# (a PRaP number is often written spaced: "4417 2093 65"); five digits at least.
_VALUE = r"(?<![A-Za-z0-9])(?P<v>(?:[A-Z]{1,4}[ \-/]?)?\d(?:[ \-/]?\d){4,14})(?![A-Za-z0-9])"
# The label and the number on one line, a few words apart at most ("the case
# reference, as before, is QR-518204").
LABELLED_RE = re.compile(rf"(?i:{_LABEL})[^\n\d]{{0,40}}?{_VALUE}")
HEADER_LABEL_RE = re.compile(rf"(?i:(?:{_WHOSE})(?:[ \t\-_]*(?:ref|reference|id|no|number))?)\b")
VALUE_RE = re.compile(rf"\A\s*{_VALUE}\s*\Z")
# A code written right after a person's full name ("Dylan Macdonald - TR-95821", "Ann
# Lee (QR518204)"): that person's record. Letters first, so a date or a phone is not one.
NAME_CODE_RE = re.compile(
    r"(?<![\w'’])(?P<n>[A-Z][a-z'’\-]{1,20}(?:[ \t][A-Z][a-z'’\-]{1,20}){1,2})"
    r"[ \t]*+(?:[\-–—,:|/(][ \t]*+)(?P<v>[A-Z]{1,4}[\-/]?\d{4,10})(?![A-Za-z0-9])"
)
# Words that make the capitalised words before a code a thing's name, not a person's.
_THING_WORDS = frozenset(
    {"invoice", "order", "booking", "ticket", "job", "vacancy", "room", "course", "purchase",
     "number", "ref", "reference", "item", "policy", "contract", "lot", "tender", "batch",
     "office", "team", "hub", "site", "branch", "depot", "unit", "store", "shop", "report",
     "form", "letter", "plan", "record", "review", "referral", "request", "claim", "update",
     "application", "assessment", "minutes", "agenda", "timesheet", "notice", "story"}
)  # fmt: skip


# Organisations' and systems' capitals, which are no one's initials.
_ACRONYMS = (
    r"(?:DWP|NHS|JCP|CRM|PIP|ESA|JSA|GP|UC|HR|IT|MI|QA|WHP|IPS|PO|CV|ID|REF|NO|LA|CIC|LTD|PLC)"
)
# Minutes and caseload notes that name people by initials and their reference, a
# record per line ("AS (TR-61375): relapsed over the weekend").
INITIALS_REF_RE = re.compile(
    rf"^[ \t>*•\-]*+(?!{_ACRONYMS}\b)[A-Z]{{2,3}}[ \t]*+\([ \t]*+{_VALUE}[ \t]*+\)"
    r"[ \t]*+[:\-–—]",
    re.M,
)


def mask_reference(value: str) -> str:
    """Letters kept, digits masked but the last two: "QR-518204" → "QR-••••04"."""
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    keep = set(digits[-2:])
    return "".join(DOT if ch.isdigit() and i not in keep else ch for i, ch in enumerate(value))


def _finding(value: str, ctx: Context, why: str) -> Finding:
    normal = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    return Finding(
        Category.REFERENCE, ctx.location, mask_reference(value), 0.85, why,
        ctx.keyer.key("ref", normal),
    )  # fmt: skip


@functools.lru_cache(maxsize=256)  # a table asks once per cell, with few headers
def _whose(header: str) -> bool:
    return bool(HEADER_LABEL_RE.search(header))


def detect(text: str, ctx: Context) -> list[Finding]:
    if not has_digit(text):
        return []
    header = ctx.header
    if header and _whose(header):
        # A column, form label or mail header that says whose number it is.
        m = VALUE_RE.match(text)
        if m is None or placeholders.picture_digits(m["v"]):
            return []
        return [_finding(m["v"], ctx, f'label "{header}"')]
    # A label and its number share a line, and the number has digits.
    found = [
        _finding(m["v"], ctx, "reference label")
        for m in finditer_digit_lines(LABELLED_RE, text)
        if not placeholders.picture_digits(m["v"])  # a form's example: "MES-000000"
    ]
    seen = {f.key for f in found}
    for m in finditer_digit_lines(NAME_CODE_RE, text):
        words = {w.lower() for w in m["n"].split()}
        if words & _THING_WORDS or m["n"].split()[-1].lower() in people.NO_PERSONS_LAST_WORD:
            continue
        f = _finding(m["v"], ctx, "code beside a name")
        if f.key not in seen:
            seen.add(f.key)
            found.append(f)
    for m in finditer_digit_lines(INITIALS_REF_RE, text):
        f = _finding(m["v"], ctx, "initials and reference")
        if f.key not in seen:
            seen.add(f.key)
            found.append(f)
    return found

"""Children's names with their ages or dates of birth (¶32).

"her son Jack, aged 7", "daughter: Emily (4)", "Jack (son, 7)", a "Children:"
field ("Children: Jack 7, Emily 4"), or a column about children.
"""

from __future__ import annotations

import re

from detectors.dates import find_dates
from detectors.masking import DOT, Keyer, mask_name
from detectors.model import Category, Finding

_REL = (
    r"(?i:son|daughter|child|stepson|stepdaughter|grandson|granddaughter|step-son|"
    r"step-daughter|foster\s+child|baby|boy|girl)"
)
_NAME = r"(?P<name>[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?)"
_AGE = (
    r"(?i:\(?\s*(?:aged?\s*[:\-]?\s*|who\s+is\s+)(?P<age>\d{1,2})\b|\(\s*(?P<age2>\d{1,2})\s*\)"
    r"|(?P<age3>\d{1,2})\s*(?:years?|yrs?)\s*old|(?:born|dob|d\.o\.b\.?)\b)"
)
REL_NAME_AGE = re.compile(
    rf"\b{_REL}s?\b[,:]?\s+(?i:(?:called|named|is)\s+)?{_NAME}\s*,?\s*(?i:who\s+is\s+)?{_AGE}"
)
NAME_REL_AGE = re.compile(
    rf"(?<![A-Za-z]){_NAME}\s*\(\s*(?i:her|his|their)?\s*{_REL}\s*,\s*(?i:aged?\s*)?"
    r"(?P<age>\d{1,2})\s*\)"
)
FIELD_RE = re.compile(
    r"^[ \t]*(?:children|dependants?|dependent\s+children)(?:'s)?(?:\s+names?)?"
    r"(?:\s+(?:and|&)\s+(?:ages?|dates?\s+of\s+birth|dobs?))?\s*:[ \t]*(?P<v>.+)$",
    re.I | re.M,
)
FIELD_ITEM_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[,(\-–:]?\s*(?:aged?\s*)?(?P<age>\d{1,2})\b"
)
HEADER_RE = re.compile(r"\bchild|\bdependant|\bson\b|\bdaughter", re.I)
_NOT_NAMES = {"aged", "age", "who", "is", "and", "the", "born", "years", "her", "his"}


def _finding(location: str, keyer: Keyer, name: str, ctx: str) -> Finding:
    return Finding(
        category=Category.CHILDREN,
        location=location,
        masked=f"{mask_name(name)} (age {DOT * 2})",
        confidence=0.9,
        context=ctx,
        key=keyer.key("child", name.lower()),
    )


def detect(text: str, location: str, keyer: Keyer, *, header: str = "") -> list[Finding]:
    out: list[Finding] = []
    seen: set[str] = set()
    if header and HEADER_RE.search(header):
        for m in FIELD_ITEM_RE.finditer(text):
            out.append(_finding(location, keyer, m["name"], f'column "{header}"'))
        if not out and text.strip() and (find_dates(text) or re.search(r"\d", text)):
            out.append(_finding(location, keyer, text.strip().split()[0], f'column "{header}"'))
        return out
    lowered = text.lower()
    if not any(
        w in lowered for w in ("son", "daughter", "child", "baby", "boy", "girl", "dependant")
    ):
        return out
    for rx, ctx in ((REL_NAME_AGE, "child named with age"), (NAME_REL_AGE, "child named with age")):
        for m in rx.finditer(text):
            name = m["name"]
            if name.split()[0].lower() in _NOT_NAMES or name.lower() in seen:
                continue
            seen.add(name.lower())
            out.append(_finding(location, keyer, name, ctx))
    for f in FIELD_RE.finditer(text):
        for m in FIELD_ITEM_RE.finditer(f["v"]):
            if m["name"].lower() in seen:
                continue
            seen.add(m["name"].lower())
            out.append(_finding(location, keyer, m["name"], "children field"))
    return out

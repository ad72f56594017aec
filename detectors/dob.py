"""Dates of birth, and ages (reported separately: ¶23 allows age on forms).

A date is a DOB only when birth is named next to it: a label before it
("DOB:", "date of birth", "born on") with nothing but punctuation or a few
words between, a label right after it ("12/03/1985 (DOB)"), or a column header.
Interview, invoice and other dates are left alone. Children's ages are the
children detector's business.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detectors import textfacts
from detectors.dates import COMPACT_RE, DateMatch, compact_date, find_dates
from detectors.detector import Context
from detectors.masking import DOT, Keyer
from detectors.model import Category, Finding
from detectors.textfacts import has_digit

BIRTH_RE = re.compile(
    r"\bd\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|\bborn\b(?:\s+on)?|birthday|\bdob\b",
    re.I,
)
# Words that, between a birth label and a date, show the date is about something else.
OTHER_DATE_RE = re.compile(
    r"\b(?:interview|appointment|invoice|meeting|start|started|starts|due|issued|sent|signed|"
    r"dated|today|attend|review|deadline|expir\w*|referr\w*|payment|paid|leaving|left|date\s*:|"
    r"sort\s*code|account|tel|phone|mobile"
    # a cut-off, not a birthday: "children born before 6 April 2017"
    r"|before|after|between|prior\s+to)\b",
    re.I,
)
_DIGITS_RE = re.compile(r"\d")
BEFORE = 60
AFTER = 25
# "aged" (or "years old") this far from the line of its number, at most ("Age:⏎34")
AGE_REACH = 40
# A four-digit birth year before this is a placeholder (1900-01-01), not a claimant's.
EARLIEST_BIRTH_YEAR = 1910
PLACEHOLDER_YEAR_FROM = 1000  # two-digit years (below) are read as written
HEADER_RE = re.compile(r"\bd\.?o\.?b\b|birth", re.I)
AGE_HEADER_RE = re.compile(r"^\s*age\b", re.I)
CHILD_RE = re.compile(
    r"\b(?:son|daughter|child|children|kids?|grandson|granddaughter|stepson|stepdaughter|"
    r"baby|toddler|dependants?|sons|daughters)\b",
    re.I,
)
# "aged 16-24", "aged 25 or over", "aged 18+": a band or a threshold (a rate's, a
# scheme's), no one's age.
AGE_RE = re.compile(
    r"\b(?:aged?\s*[:\-]?\s*(?P<a>\d{1,2})(?!\s*(?:[-–]|to)\s*\d)(?!\d)"
    r"(?![ \t]*(?:\+|(?:or|and)[ \t]+(?:over|under|older|younger|above|below)\b))"
    r"|(?P<b>\d{1,2})\s*(?:years?|yrs?)[\s-]*old\b|(?P<c>\d{1,2})-year-old\b)",
    re.I,
)


def _birth_context(text: str, start: int, end: int, date_spans: list[tuple[int, int]]) -> str:
    window_start = max(0, start - BEFORE)
    labels = list(BIRTH_RE.finditer(text, window_start, start))
    if labels:
        label = labels[-1]
        between = text[label.end() : start]
        crosses_date = any(label.end() <= s < start for s, _ in date_spans)
        other_number = len(_DIGITS_RE.findall(between)) >= 4  # a number between: not this date
        if (
            not crosses_date
            and not other_number
            and not OTHER_DATE_RE.search(between)
            and between.count("\n") <= 1
        ):
            return f'label "{label[0].strip()}"'
    tail = text[end : end + AFTER]
    m = re.match(r"[\s(\[,:\-–]*(" + BIRTH_RE.pattern + ")", tail, re.I)
    if m:
        return f'label "{m[1].strip()}"'
    return ""


_JUST_LABEL = re.compile(r"[\s:.\-–=]*(?:is\s+)?$")


def _compact(text: str, header: bool) -> list[DateMatch]:
    """Dates typed without separators ("DOB:03041988"): only in a birth column
    or right after a birth label, with nothing but punctuation between."""
    out = []
    for m in COMPACT_RE.finditer(text):
        if not header:
            labels = list(BIRTH_RE.finditer(text, max(0, m.start() - 20), m.start()))
            label = labels[-1] if labels else None
            if label is None or not _JUST_LABEL.match(text[label.end() : m.start()]):
                continue
        d = compact_date(m[1])
        if d:
            out.append(replace(d, start=m.start(), end=m.end()))
    return out


def detect(text: str, ctx: Context) -> list[Finding]:
    location, keyer, header = ctx.location, ctx.keyer, ctx.header
    if not has_digit(text):
        return []
    out: list[Finding] = []
    header_ctx = f'column "{header}"' if header and HEADER_RE.search(header) else ""
    low = textfacts.lowered(text)
    if not header_ctx and not (
        any(w in low for w in ("dob", "d.o.b", "birth", "born")) and BIRTH_RE.search(text)
    ):
        return _ages(text, location, keyer, header)
    dates = find_dates(text)
    spans = [(d.start, d.end) for d in dates]
    for d in dates + _compact(text, bool(header_ctx)):
        if PLACEHOLDER_YEAR_FROM <= d.year < EARLIEST_BIRTH_YEAR:
            continue  # "1900-01-01", a system's dummy value: nobody living was born then
        context = header_ctx or _birth_context(text, d.start, d.end, spans)
        if not context:
            continue
        # A child's date of birth ("her daughter Amy (born …)") is a DOB too.
        out.append(
            Finding(
                category=Category.DOB,
                location=location,
                masked=d.masked,
                confidence=0.97 if header_ctx or "date of birth" in context.lower() else 0.9,
                context=context,
                key=keyer.key("dob", d.normalised),
            )
        )
    out.extend(_ages(text, location, keyer, header))
    return out


def _ages(text: str, location: str, keyer: Keyer, header: str) -> list[Finding]:
    out: list[Finding] = []
    if header and AGE_HEADER_RE.search(header):
        if text.strip().isdigit() and 0 < int(text.strip()) < 120:
            out.append(Finding(Category.AGE, location, DOT * 2, 0.9, f'column "{header}"', ""))
        return out
    # Every match holds a digit: only the windows of the lines with digits are read.
    for m in textfacts.finditer_near_digits(AGE_RE, text, AGE_REACH, AGE_REACH):
        if CHILD_RE.search(text, max(0, m.start() - 50), m.start()):
            continue
        value = int(m["a"] or m["b"] or m["c"])
        if not 14 <= value <= 99:  # claimants of working age and older
            continue
        out.append(Finding(Category.AGE, location, f"aged {DOT * 2}", 0.85, "age stated", ""))
    return out

"""Date patterns shared by the DOB and children detectors.

Numeric (``12/03/1985``, ``12.3.85``, ``12-03-1985``), ISO (``1985-03-12``),
month names (``12 March 1985``, ``12th of Mar 1985``, ``March 12th, 1985``) and the
day in words (``the twenty-sixth of February 2000``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.masking import DOT, mask_date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
_DAY_WORDS = (
    {w: i + 1 for i, w in enumerate(_UNITS)}
    | {w: i + 10 for i, w in enumerate(_TEENS)}
    | {"twentieth": 20, "thirtieth": 30}
    | {f"twenty {w}": 21 + i for i, w in enumerate(_UNITS)}
    | {"thirty first": 31}
)
_DAY_WORD = (
    r"(?:(?:twenty|thirty)[\s\-]?)?(?:" + "|".join(_UNITS) + r")"
    r"|" + "|".join(_TEENS) + r"|twentieth|thirtieth"
)
DATE_RE = re.compile(
    r"(?<![\w/.\-])(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/.\-])(?P<m1>\d{1,2})(?P=sep)(?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
    rf"|(?P<d3>\d{{1,2}}){_ORD}(?:\s+of)?[\s\-]+(?P<m3>{_MONTH})\.?,?[\s\-]+(?P<y3>\d{{4}}|'?\d{{2}})"
    rf"|(?P<m4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}}){_ORD},?\s+(?P<y4>\d{{4}})"
    rf"|(?P<d5>{_DAY_WORD})(?:\s+of)?[\s\-]+(?P<m5>{_MONTH})\.?,?[\s\-]+(?P<y5>\d{{4}})"
    r")(?![\w/]|[.\-]\d)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int  # four digits when written so; two-digit years stay as written
    masked: str
    normalised: str


def _year(y: str) -> int:
    return int(y.lstrip("'"))


def find_dates(text: str) -> list[DateMatch]:
    out: list[DateMatch] = []
    for m in DATE_RE.finditer(text):
        if m["d1"]:
            d, mo, y = int(m["d1"]), int(m["m1"]), m["y1"]
            masked = mask_date(m["d1"], m["sep"], m["m1"], y)
        elif m["y2"]:
            d, mo, y = int(m["d2"]), int(m["m2"]), m["y2"]
            masked = f"{y}-{DOT * 2}-{DOT * 2}"
        elif m["d3"]:
            d, mo, y = int(m["d3"]), _MONTHS[m["m3"][:3].lower()], m["y3"]
            masked = f"{DOT * 2} {DOT * 3} {y}"
        elif m["d4"]:
            d, mo, y = int(m["d4"]), _MONTHS[m["m4"][:3].lower()], m["y4"]
            masked = f"{DOT * 3} {DOT * 2}, {y}"
        else:
            day = " ".join(m["d5"].lower().replace("-", " ").split())
            d, mo, y = _DAY_WORDS.get(day, 0), _MONTHS[m["m5"][:3].lower()], m["y5"]
            masked = f"{DOT * 3} {DOT * 3} {y}"
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        year = _year(y)
        if len(y.lstrip("'")) == 4 and not 1900 <= year <= 2100:
            continue
        out.append(DateMatch(m.start(), m.end(), d, mo, year, masked, f"{year}-{mo}-{d}"))
    return out


COMPACT_RE = re.compile(r"(?<![\d/.\-])(\d{8}|\d{6})(?![\d/.\-])")


def compact_date(digits: str) -> DateMatch | None:
    """A date typed without separators: ddmmyyyy, ddmmyy or yyyymmdd. Only
    worth trying right after a birth label (alone, six digits could be anything).
    Positions are left at 0: the caller places it."""
    tries = []
    if len(digits) == 8:
        tries = [(digits[:2], digits[2:4], digits[4:]), (digits[6:], digits[4:6], digits[:4])]
    elif len(digits) == 6:
        tries = [(digits[:2], digits[2:4], digits[4:])]
    for n, (d, m, y) in enumerate(tries):
        day, month, year = int(d), int(m), int(y)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if len(y) == 4 and not 1900 <= year <= 2100:
            continue
        masked = DOT * 4 + y if n == 0 else y + DOT * 4  # day and month hidden, year kept
        return DateMatch(0, 0, day, month, year, masked, f"{year}-{month}-{day}")
    return None

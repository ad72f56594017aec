"""Shared helpers for context windows, labels and staff regions of a text.

Staff regions are the parts of a body that talk about staff, not claimants:
signature blocks after a closing ("Kind regards"), quoted reply headers
("From: … Sent: …", "On … wrote:") and greeting lines ("Dear Priya").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.lines import LinePattern
from detectors.textfacts import words_of

# The words a message signs off with, English and Welsh ("Cofion gorau", "Diolch",
# "Yn gywir"): the signature block follows them. Shared with attribution's zones.
CLOSINGS = (
    r"(?:(?:kind(?:est)?|warm(?:est)?|best|many)\s+)?(?:regards|wishes|thanks)"
    r"|thanks(?:\s+again)?|thank\s+you|cheers|best|all\s+the\s+best"
    r"|yours\s+(?:sincerely|faithfully|truly)|sincerely"
    r"|cofion(?:\s+gorau|\s+cynnes)?|diolch(?:\s+(?:yn\s+fawr|o\s+galon|eto))?|yn\s+gywir|yn\s+ddiffuant|hwyl(?:\s+fawr)?"
)
# A word of address after a closing ("Thanks pet", "Cheers all", "Ta x"): still a sign-off.
ADDRESSED = r"(?:[ \t]++(?:pet|love|hun|hon|mate|all|everyone|both|folks|guys|team|x++))?"
SHORT_CLOSINGS = rf"(?:{CLOSINGS}|ta|thx|tia){ADDRESSED}"
# Possessive leading space: a long run of spaces is tried once, not split two ways.
CLOSING_RE = LinePattern(rf"[ \t>]*+(?:{SHORT_CLOSINGS}|--)[ \t]*[,.!]?[ \t]*$", re.I)
QUOTE_HEADER_RE = LinePattern(
    r"[ \t>]*(?:(?:from|sent|to|cc|subject|date)[ \t]*:.*|on\b.{0,200}\bwrote:[ \t]*|"
    r"-{2,}[ \t]*(?:original|forwarded)[ \t]+message[ \t]*-{2,}.*)$",
    re.I,
)
GREETING_RE = LinePattern(
    # English and Welsh: "Bore da Victoria", "Shwmae Sophie", "Morning Hollie".
    r"[ \t>]*+(?:dear|hi|hiya|hello|hey|(?:good\s+)?(?:morning|afternoon|evening)|shwmae|sut\s+mae"
    r"|helo|bore\s+da|prynhawn\s+da|noswaith\s+dda|annwyl)\b[ \t]+"
    r"(?P<name>[^\n,:;!]{1,60})",
    re.I,
)
SIGNATURE_LINES = 8  # lines after a closing that belong to the signature block


@dataclass(frozen=True, slots=True)
class Regions:
    """Character ranges of a text that belong to staff."""

    ranges: tuple[tuple[int, int], ...] = ()

    def contains(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.ranges)

    def plus(self, ranges: tuple[tuple[int, int], ...]) -> Regions:
        return Regions(self.ranges + ranges) if ranges else self


# Who to ask instead, as an out-of-office reply or an absence note gives them ("For
# urgent matters please contact Kwame Asante on 0151 496 0427."): a colleague and their
# number, to the end of the sentence (an address's dots do not end it).
COLLEAGUE_RE = re.compile(
    r"(?i:\bin[ \t]+my[ \t]+absence|\bwhile[ \t]+I(?:'m|[ \t]+am)[ \t]+(?:away|out|off)\b"
    r"|\bfor[ \t]+(?:anything[ \t]+)?urgent\b[^.\n]{0,60}?"
    r"|\bif[ \t]+(?:it[ \t]+is|it's)[ \t]+urgent)"
    r",?\s+(?i:please\s+)?(?i:contact|call|ring|e-?mail|speak\s+to|get\s+in\s+touch\s+with)\b"
    r"(?:[^\n]|\n(?![ \t]*\n)){0,240}?(?:\.(?=\s|$)|\n[ \t]*\n|$)"
)


def staff_regions(text: str, *, letter: bool = False, staff_names: tuple[str, ...] = ()) -> Regions:
    """Signature blocks, quoted reply headers and greeting lines of a message body.

    For a letter (``letter=True``) the greeting names the data subject, so only
    the signature block after the closing counts as staff.
    """
    ranges: list[tuple[int, int]] = []
    for m in CLOSING_RE.finditer(text):
        end = m.end()
        for _ in range(SIGNATURE_LINES):
            nxt = text.find("\n", end + 1)
            if nxt == -1:
                end = len(text)
                break
            # A blank line followed by a quoted header ends the signature early.
            if QUOTE_HEADER_RE.match(text, end + 1):
                break
            end = nxt
        ranges.append((m.start(), end))
    # A line that is just a staff member's name starts a signature block, with or
    # without a closing before it (quoted replies often keep only the signature).
    for line_start, line_end in staff_name_lines(text, staff_names):
        end = line_end
        for _ in range(SIGNATURE_LINES):
            nxt = text.find("\n", end + 1)
            if nxt == -1 or not text[end + 1 : nxt].strip(" >\t"):
                end = len(text) if nxt == -1 else end
                break
            end = nxt
        ranges.append((line_start, end))
    if not letter:
        words = words_of(text)
        if "absence" in words or "urgent" in words or ("while" in words and "i" in words):
            ranges += [(m.start(), m.end()) for m in COLLEAGUE_RE.finditer(text)]
        for m in QUOTE_HEADER_RE.finditer(text):
            if not _correspondents_number(m[0]):
                ranges.append((m.start(), m.end()))
        for m in GREETING_RE.finditer(text):
            ranges.append((m.start(), m.end()))
    return Regions(tuple(ranges))


# A quoted header that names its correspondent by a telephone number and no mail address
# (an SMS inbox's or a voicemail's "From: 07700 900…", "Subject: SMS from 07700 900…"):
# the number is the caller's own, not a staff member's.
_CALLER_HEADER_RE = re.compile(r"[ \t>]*+(?i:from|subject)[ \t]*+:")
_CALLER_NUMBER_RE = re.compile(r"\d(?:[ \t]?+\d){9,}")  # ten digits or more, spaced or not


def _correspondents_number(line: str) -> bool:
    return (
        "@" not in line
        and _CALLER_HEADER_RE.match(line) is not None
        and _CALLER_NUMBER_RE.search(line) is not None
    )


def staff_name_lines(text: str, staff_names: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each line that is just a staff member's name (lower-case full
    names), "Amy Lee (she/her)" too: where a signature block starts."""
    out: list[tuple[int, int]] = []
    if not staff_names:
        return out
    lowered = text.lower()
    for name in staff_names:
        start = lowered.find(name)
        while start != -1:
            line_start = lowered.rfind("\n", 0, start) + 1
            line_end = lowered.find("\n", start)
            line_end = len(text) if line_end == -1 else line_end
            line = without_trailing_note(lowered[line_start:line_end])
            if line.strip(" \t>,.") == name:
                out.append((line_start, line_end))
            start = lowered.find(name, start + 1)
    return sorted(out)


def without_trailing_note(line: str) -> str:
    """A line less a short note in brackets at its end ("(she/her)", "(Mon-Wed)")."""
    line = line.rstrip()
    i = line.rfind("(")
    return line[:i] if line.endswith(")") and 0 <= len(line) - i <= 32 else line


def before(text: str, pos: int, width: int) -> str:
    return text[max(0, pos - width) : pos]


def after(text: str, pos: int, width: int) -> str:
    return text[pos : pos + width]


def line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end != -1 else len(text)]

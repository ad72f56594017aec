"""National Insurance numbers, by HMRC's rules.

Two prefix letters, six digits, a suffix A–D; spaces, dashes and lower case
allowed. First letter never D F I Q U V; second never D F I O Q U V; prefixes
BG GB KN NK NT TN ZZ never allocated. HMRC's administrative prefixes (below) are
not ruled out by RULES.md and a leak costs more than a false alarm: written whole
they count as any valid prefix does.
Temporary reference numbers (TRNs, e.g. ``11A12345``) do not have this shape.
A number written without its suffix counts only when the context says it is a
NINO (a label nearby or the column header).
"""

from __future__ import annotations

import re

from detectors import placeholders
from detectors.detector import Context
from detectors.masking import mask_nino
from detectors.model import Category, Finding
from detectors.textfacts import finditer_digit_lines, has_digit

_FIRST_BAD = set("DFIQUV")
_SECOND_BAD = set("DFIOQUV")
_NEVER = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
# HMRC's administrative prefixes: CR, MW, NC, PP, PY, PZ (NIM39110).

_SEP = r"[ \t\-.]?"
NINO_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<p>[A-Za-z]{{2}})(?P<s1>{_SEP})(?P<d>\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}})"
    rf"(?:{_SEP}(?P<x>[A-Da-d]))?(?![A-Za-z0-9]|[\-/.]\d)"
)
CONTEXT_RE = re.compile(
    # (the longer word first: a label's end is where a wrapped value is looked for)
    r"\bnino\b|\bn\.?\s?i\.?\s*(?:no\b|number|num|#)|national\s+insurance|\bni\s*:|"
    r"\bnat\.?\s*ins\b|"
    # "NI" as a noun in prose: "her ni is …", "his NI was …", "client's NI ="
    r"\b(?:his|her|their|my|your|client'?s)\s+ni\b|\bni\s+(?:is|was|=)",
    re.I,
)
# A label alone at the start of the value's line, as a PDF form renders a
# two-column table ("NI   jk 12 34 56 c"): no colon needed there.
LINE_LABEL_RE = re.compile(
    r"[ \t>*•\-]*+(?:n\.?\s?i\.?|nino|nat\.?\s*+ins\.?|national\s++insurance)"
    r"(?:\s*+(?:no|num|number))?\.?[ \t:#\-]*+",
    re.I,
)
HEADER_RE = re.compile(
    r"\bnino\b|\bni\b|\bn\.i\.|national\s+insurance|\bnins?\b|\bnat\.?\s*ins\b", re.I
)
# Labels that say a code is something else; they win only when no NINO label is near.
NEGATIVE_RE = re.compile(
    r"\b(?:sku|part\s*(?:no|number)|product\s*(?:code|no)|item\s*code|order\s*(?:no|number|ref)|"
    r"stock\s*code|barcode|invoice\s*(?:no|number)|"
    r"serial\s*(?:no|number)|model\s*(?:no|number)|cat(?:alogue)?\s*no|batch|licence|"
    r"vehicle\s*reg)\b[^\n]{0,12}$",
    re.I,
)
_SIX_DIGITS = re.compile(r"\d\d[ \t\-.]?\d\d[ \t\-.]?\d\d")
# A value wrapped onto the next line right after its label ("NI: AB 12⏎34 56 C"):
# the label, then the start of a NINO, then one line break.
# A few lower-case words may stand between ("NI number you asked for is TC⏎50 23 13 A").
_WRAPPED = re.compile(
    r"[ \t:.#\-]*+(?:(?:number|no|num)\b[ \t:.#\-]*+)?(?:[a-z'’]{1,12}+[ \t]++){0,5}+"
    r"[A-Za-z]{2}[ \t.\-]?(?:\d\d[ \t.\-]?){0,2}\d?[ \t]*+(?=\r?\n)"
)
# "NI" right before the value, at the start of a clause ("jill patel, ni hc 59 37 21
# a"): only there, since "ni" is also a Welsh word and "NI" Northern Ireland.
_NI_BEFORE_RE = re.compile(r"(?:^|[,;(]|[ \t][\-–])[ \t]*(?:ni|n\.i\.)[ \t:#\-]{1,3}$", re.I | re.M)
WINDOW_BEFORE = 80
WINDOW_AFTER = 40


def valid_prefix(prefix: str) -> bool:
    p = prefix.upper()
    return p[0] not in _FIRST_BAD and p[1] not in _SECOND_BAD and p not in _NEVER


def normalise(prefix: str, digits: str) -> str:
    """Distinct-count form: suffix left out (one person, however it is written)."""
    return prefix.upper() + re.sub(r"\D", "", digits)


_BREAK_BEFORE_DIGIT = re.compile(r"\n(?=[ \t]*\d)")


# The start of a NINO at a line's end ("… is BM 88 58⏎94 C"), for a break mid-number.
# Two letters and four digits at least: "KP 31" alone is as likely a room or a code;
# two digits are enough after a NINO label on the same line ("NI number … XN68⏎5501 C").
_HEAD_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \t.\-]?\d\d[ \t.\-]?\d\d[\d \t.\-]{0,3}$")
_SHORT_HEAD_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \t.\-]?\d\d[\d \t.\-]{0,5}$")


def _split_mid_number(text: str, cut: int, nl: int, labelled: bool) -> bool:
    """Whether the line break at ``nl`` falls inside a whole NINO, suffix and all: the
    letters and some digits before it, the other digits and the suffix right after."""
    head = (_SHORT_HEAD_RE if labelled else _HEAD_RE).search(text, max(0, cut - 12), cut)
    if head is None or cut != nl:
        return False
    joined = text[head.start() : cut] + " " + text[nl + 1 : nl + 12]
    m = NINO_RE.match(joined)
    return bool(m and m["x"] and valid_prefix(m["p"]) and m.end() > cut - head.start() + 1)


def _join_wrapped(text: str) -> str:
    """The line break inside a NINO becomes a space (same length, so positions
    hold): right after a label, or inside a whole NINO with its suffix."""
    chars = None
    # Line breaks before a digit are few; a label is looked for only before those.
    for brk in _BREAK_BEFORE_DIGIT.finditer(text):
        nl = brk.start()
        cut = nl - 1 if nl and text[nl - 1] == "\r" else nl
        line = max(text.rfind("\n", 0, nl) + 1, nl - WINDOW_BEFORE)
        labelled = CONTEXT_RE.search(text, line, nl) is not None  # on the head's own line
        join = _split_mid_number(text, cut, nl, labelled)
        for label in CONTEXT_RE.finditer(text, max(0, nl - 40), nl):
            m = _WRAPPED.match(text, label.end())
            if m and m.end() == cut:
                join = True
                break
        if join:
            chars = chars or list(text)
            chars[cut : nl + 1] = " " * (nl + 1 - cut)
    return "".join(chars) if chars else text


def detect(text: str, ctx: Context) -> list[Finding]:
    location, keyer, header = ctx.location, ctx.keyer, ctx.header
    if not has_digit(text):
        return []
    header_ctx = bool(header and HEADER_RE.search(header))
    text = _join_wrapped(text)
    out: list[Finding] = []
    spans: set[tuple[int, int]] = set()
    matches = []
    # NINO_RE is costly to try at every letter; six digits are cheap to find first.
    for hit in finditer_digit_lines(_SIX_DIGITS, text):  # six digits stay on a line
        lo, hi = max(0, hit.start() - 4), min(len(text), hit.end() + 4)
        for m in NINO_RE.finditer(text, lo, hi):
            if m.span() not in spans:
                spans.add(m.span())
                matches.append(m)
    for m in matches:
        prefix, suffix = m["p"], m["x"]
        if not valid_prefix(prefix) or _format_mask(prefix, m["d"]):
            continue
        start, end = m.span()
        near = text[max(0, start - WINDOW_BEFORE) : start] + " " + text[end : end + WINDOW_AFTER]
        label = (
            CONTEXT_RE.search(near)
            or LINE_LABEL_RE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
            or _NI_BEFORE_RE.search(text, max(0, start - 8), start)
        )
        context = (
            f'column "{header}"' if header_ctx else (f'label "{label[0].strip()}"' if label else "")
        )
        # Lower-case letters spaced off the digits ("at 12 34 56 a") read like prose.
        prose_like = prefix.islower() and m["s1"] != ""
        # One separator inside the six digits groups them as no NINO is written ("ZX-2291-
        # 44B", an order code): NINOs go in pairs, spaced all through or not at all.
        grouped_oddly = len(m["d"]) == 7
        if (suffix is None or prose_like or grouped_oddly) and not context:
            continue
        # A product or order label right before the code wins over a NINO label
        # further away ("NINO: … Part no. AB…"); a column header is never overruled.
        if not header_ctx and NEGATIVE_RE.search(text[max(0, start - 40) : start]):
            continue
        confidence = 0.99 if suffix and context else 0.9 if suffix else 0.8
        out.append(
            Finding(
                category=Category.NINO,
                location=location,
                masked=mask_nino(prefix, suffix),
                confidence=confidence,
                context=context or "NINO pattern with valid prefix and suffix",
                key=keyer.key("nino", normalise(prefix, m["d"])),
            )
        )
    return out


def _format_mask(prefix: str, digits: str) -> bool:
    """A template's picture of the format (two equal letters, then six noughts or six
    nines, then a letter). Narrow on purpose: any other number HMRC could
    issue is still a NINO, however unlikely it looks."""
    return prefix[0].upper() == prefix[1].upper() and placeholders.picture_digits(digits, 6)


def mask_in(text: str) -> str:
    """``text`` (a file name or a location quoting one) with every NINO-shaped
    value masked, so a location never repeats the value it reports."""
    spaced = text.replace("_", " ")
    out, last = [], 0
    for m in NINO_RE.finditer(spaced):
        if valid_prefix(m["p"]) and m["x"]:
            out += [text[last : m.start()], mask_nino(m["p"], m["x"]).replace(" ", "")]
            last = m.end()
    return "".join(out) + text[last:]

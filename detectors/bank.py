"""Bank details: sort code with account number, labelled account numbers, IBANs
(mod-97 valid) and payment card numbers (Luhn valid, with a card word nearby).

A business's own bank details on an invoice or remittance ("please pay to…")
are not claimant data: they are skipped unless a claimant is named as the
account holder nearby.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detectors.detector import Context
from detectors.masking import DOT, Keyer, mask_sort_code, mask_tail
from detectors.model import Category, Finding
from detectors.textfacts import finditer_near_digits, has_digit

SORT_RE = re.compile(r"(?<![\d\-])(\d{2})[\- ]?(\d{2})[\- ]?(\d{2})(?![\d\-])")
# "sort 21-64-92": the word alone, right before its digits, as a hurried note puts it.
SORT_LABEL_RE = re.compile(r"sort[\s\-]*code|\bs/c\b|\bsort\b(?=[\s:.\-]{0,3}(?:\d|$))", re.I)
ACCOUNT_RE = re.compile(r"(?<![\d\-])(\d{8})(?![\d\-])")
ACCOUNT_LABEL_RE = re.compile(
    r"\b(?:bank\s+)?account\s*(?:no\.?|number|num|#)?|\bacc(?:t)?\.?\s*(?:no\.?|number)|\ba/c\b"
    r"|\bacc(?:t)?\b\.?(?=[\s:#]{0,3}(?:\d|$))",
    re.I,
)
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30})(?![A-Za-z0-9])")
CARD_RE = re.compile(r"(?<![\d\-])(\d(?:[ \-]?\d){12,18})(?![\d\-])")
CARD_LABEL_RE = re.compile(
    r"\bcard\b|visa|mastercard|maestro|amex|american\s+express|debit|credit\s+card|\bpan\b", re.I
)
BUSINESS_RE = re.compile(
    r"invoice|remittance|remit\s+to|payable\s+to|"
    # "please pay within 30 days", not "please pay the grant into it"
    r"please\s+(?:make\s+)?pay(?:ment)?\s+(?:within|by\b|to\s+our|into\s+our|"
    r"the\s+(?:above|amount|balance|invoice|sum|total))|our\s+bank|company\s+bank|"
    r"vat\s+(?:no|reg)|supplier|bacs\s+details\s+for\s+payment|payment\s+terms",
    re.I,
)
PERSONAL_RE = re.compile(
    r"claimant|participant|customer'?s\s+(?:own\s+)?(?:bank|account)|\b(?:his|her|their)\s+"
    r"(?:own\s+)?(?:bank|account|iban|sort\s+code|card|a/c)|account\s+holder|benefit\s+(?:is\s+)?paid\s+into",
    re.I,
)
IBAN_LENGTHS = {
    "GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28,
    "PT": 25, "CH": 21, "AT": 20, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "LT": 20, "LV": 21,
    "RO": 24, "GR": 27, "CZ": 24, "SK": 24, "HU": 28, "BG": 22, "HR": 21, "SI": 19, "LU": 20,
    "MT": 31, "CY": 28, "EE": 20, "IS": 26, "GI": 23, "JE": 22, "GG": 22, "IM": 22,
}  # fmt: skip
_DIGIT = re.compile(r"\d")
_CARD_WORDS = ("card", "visa", "maestro", "amex", "american express", "debit", "pan")
_SIX_DIGITS = re.compile(r"\d(?:\D{0,3}\d){5}")  # no bank detail has fewer
_SIX_REACH = 5 * 4  # the longest match past its first digit's line
LABEL_WINDOW = 40
PAIR_WINDOW = 120
CARD_WINDOW = 60  # a card word this far before, or anywhere in the sentence
# A sort code and an 8-digit account number side by side need no label: the
# pair's shape ("20-32-06 / 73479283", "20 32 06 73479283") is strong enough.
# Under a bank label ("Bank | 149883 / 96245907"), an undashed sort code with its account.
BANK_LABEL_RE = re.compile(r"\bbank\b|\bsort\b|\baccount\b|\ba/c\b", re.I)
UNDASHED_PAIR_RE = re.compile(r"(?<![\d\-/.])(\d{6})[ \t]*[/,|;&][ \t]*(\d{8})(?![\d\-/.])")
PAIR_RE = re.compile(
    r"(?<![\d\-/.])(\d{2})([\- ])(\d{2})\2(\d{2})[ \t]*(?:[/,|;&]|and)?[ \t]*(\d{8})(?![\d\-/.])"
)
# A reference-style label right before the pair says it is some other number.
PAIR_NEGATIVE_RE = re.compile(
    r"\b(?:ref(?:erence)?|order|case|claim|invoice|inv|tel|phone|mobile|fax|po|ticket|booking|"
    r"serial|part|batch|id)\b[^\n]{0,12}$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


_IBAN_LABEL_RE = re.compile(r"\biban\b[^\n]{0,12}$", re.I)
_BANK_COLUMN_RE = re.compile(r"\b(?:iban|sort[ \t]*code|account[ \t]*(?:no|number)|bank)\b", re.I)


def bank_column(header: str) -> bool:
    """A column of bank details ("Pay to IBAN", "Sort code", "Account no")."""
    return bool(_BANK_COLUMN_RE.search(header))


def _iban_labelled(text: str, start: int, header: str) -> bool:
    if "iban" in (header or "").lower():
        return True
    return bool(_IBAN_LABEL_RE.search(text, max(0, start - 24), start))


def _iban_length(compact: str) -> bool:
    return IBAN_LENGTHS.get(compact[:2]) == len(compact)


def iban_valid(compact: str) -> bool:
    want = IBAN_LENGTHS.get(compact[:2])
    if want is not None and len(compact) != want:
        return False
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in moved))
    except ValueError:
        return False
    return number % 97 == 1


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


# The last word of an organisation's name: a legal form or a trade ("Deskline Supplies
# Ltd", "Bridgeway Support"). Bank details held in such a name are the organisation's.
# Not people.ORG_WORDS (the name count's list): that holds "bank" and "care", words a
# claimant's own bank label line ends with ("Bank: 20-45-77 …").
_ORG_NAME_END = (
    r"ltd|limited|plc|llp|cic|inc|supplies|services|solutions|training|support|storage"
    r"|records|recruitment|logistics|catering|cleaning|stationery|systems|partnership"
    r"|trust|charity|council|group|holdings|consulting|associates"
)
# "... Supplies' bank details", "Northstar Training Ltd's account": owned, with an
# apostrophe ("in-work support payment" is no organisation's)
_ORG_HOLDER_RE = re.compile(
    rf"\b(?:{_ORG_NAME_END})\.?(?:['’]s?|s['’])[ \t]+(?:new[ \t]+)?(?:bank|account)\b", re.I
)
# A row of a payment run: the payee's name, then its sort code ("NORTHSTAR TRAINING
# LTD      20-32-06  53718290").
_ORG_BEFORE_RE = re.compile(rf"\b(?:{_ORG_NAME_END})\.?[ \t|,;:]*$", re.I)
HOLDER_REACH = 150


def _org_holder(text: str, pos: int) -> bool:
    """An organisation is named as the holder: on the detail's line right before it, or
    as the owner of the bank details in the sentence before it."""
    lo = max(0, pos - HOLDER_REACH)  # bounded: a long line costs no more per detail
    line_start = max(lo, text.rfind("\n", lo, pos) + 1)
    if _ORG_BEFORE_RE.search(text, line_start, pos):
        return True
    return _ORG_HOLDER_RE.search(text, lo, pos) is not None


def _business(text: str, pos: int, document: bool = False) -> bool:
    """A business's own details: an invoice or payment request nearby (or the
    whole document is one), or an organisation named as the holder; and no claimant
    named as the holder."""
    window = text[max(0, pos - 400) : pos + 100]
    return (
        document or bool(BUSINESS_RE.search(window)) or _org_holder(text, pos)
    ) and not PERSONAL_RE.search(text[max(0, pos - HOLDER_REACH) : pos])


_ZEROS = str.maketrans("123456789", "000000000")


def _pairs(text: str) -> list[re.Match[str]]:
    """PAIR_RE matches, tried only before 8-digit runs. The runs are found with
    str.find over digits mapped to 0: ten times faster than a regex scan."""
    flat = text.translate(_ZEROS)
    out: list[re.Match[str]] = []
    pos = flat.find("00000000")
    while pos != -1:
        m = PAIR_RE.search(text, max(0, pos - 16), pos + 9)
        if m and m.start(5) == pos and (not out or out[-1].end() <= m.start()):
            out.append(m)
        run_end = pos
        while run_end < len(flat) and flat[run_end] == "0":
            run_end += 1
        pos = flat.find("00000000", run_end)
    return out


def _card_label(text: str, start: int, end: int, header: str) -> str:
    if header and CARD_LABEL_RE.search(header):
        return f'column "{header}"'
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lo = min(max(ends, default=0), max(0, start - CARD_WINDOW))
    nxt = _SENTENCE_END.search(text, end)
    hi = nxt.start() if nxt else len(text)
    found = list(CARD_LABEL_RE.finditer(text, lo, start)) or list(
        CARD_LABEL_RE.finditer(text, end, hi)
    )
    return f'label "{found[-1][0].strip()}"' if found else ""


def _labelled(text: str, start: int, label: re.Pattern[str], header: str) -> str:
    if header and label.search(header):
        return f'column "{header}"'
    found = list(label.finditer(text, max(0, start - LABEL_WINDOW), start))
    m = found[-1] if found else None
    # The value is the first number after its label: digits in between belong
    # to something else ("sort code 94 47 34). Mobile: (07700)900378").
    if m and text.count("\n", m.end(), start) <= 1 and not _DIGIT.search(text, m.end(), start):
        return f'label "{m[0].strip()}"'
    return ""


def detect(text: str, ctx: Context) -> list[Finding]:
    """``ctx.business``: the text is an invoice or remittance (its bank details are
    the business's own unless a claimant is named as the holder)."""
    location, keyer, header, business = ctx.location, ctx.keyer, ctx.header, ctx.business
    six = finditer_near_digits(_SIX_DIGITS, text, 0, _SIX_REACH)
    if not has_digit(text) or next(six, None) is None:
        return []
    out: list[Finding] = []
    used: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in used)

    # Label-bound patterns run only when their label (or the header) is present.
    # Substring checks first: far cheaper than the case-insensitive label patterns.
    low = text.lower()
    has_account = bool(header and ACCOUNT_LABEL_RE.search(header)) or (
        ("acc" in low or "a/c" in low) and ACCOUNT_LABEL_RE.search(text)
    )
    has_sort = bool(header and SORT_LABEL_RE.search(header)) or (
        ("sort" in low or "s/c" in low) and SORT_LABEL_RE.search(text)
    )
    has_card = bool(header and CARD_LABEL_RE.search(header)) or (
        any(w in low for w in _CARD_WORDS) and CARD_LABEL_RE.search(text)
    )
    accounts = []
    for m in ACCOUNT_RE.finditer(text) if has_account else ():
        ctx = _labelled(text, m.start(), ACCOUNT_LABEL_RE, header)
        if ctx:
            accounts.append((m, ctx))
    for m in SORT_RE.finditer(text) if has_sort else ():
        sc_ctx = _labelled(text, m.start(), SORT_LABEL_RE, header)
        if not sc_ctx or _business(text, m.start(), business):
            continue
        digits = "".join(m.groups())
        near = [
            a for a in accounts if abs(a[0].start() - m.end()) <= PAIR_WINDOW and free(*a[0].span())
        ]
        pair = min(near, key=lambda a: abs(a[0].start() - m.end()), default=None)
        if pair:
            acc = pair[0][1]
            used.append(pair[0].span())
            masked = f"{mask_sort_code(digits)} {mask_tail(acc)}"
            key, ctx = keyer.key("bank", digits + acc), f"{sc_ctx} with account number"
        else:
            masked, key, ctx = mask_sort_code(digits), keyer.key("bank", digits), sc_ctx
        used.append(m.span())
        out.append(Finding(Category.BANK, location, masked, 0.97 if pair else 0.8, ctx, key))
    for m in _pairs(text):
        digits, acc = m[1] + m[3] + m[4], m[5]
        if not free(*m.span()) or _business(text, m.start(), business):
            continue
        if PAIR_NEGATIVE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        used.append(m.span())
        out.append(
            Finding(
                Category.BANK,
                location,
                f"{mask_sort_code(digits)} {mask_tail(acc)}",
                0.9,
                "sort code and account number side by side",
                keyer.key("bank", digits + acc),
            )
        )
    banked = bool(header and BANK_LABEL_RE.search(header))
    for m in UNDASHED_PAIR_RE.finditer(text) if "/" in text or "," in text or "|" in text else ():
        label = banked or BANK_LABEL_RE.search(text, max(0, m.start() - LABEL_WINDOW), m.start())
        if not label or not free(*m.span()) or _business(text, m.start(), business):
            continue
        used.append(m.span())
        out.append(
            Finding(
                Category.BANK,
                location,
                f"{mask_sort_code(m[1])} {mask_tail(m[2])}",
                0.9,
                "sort code and account number under a bank label",
                keyer.key("bank", m[1] + m[2]),
            )
        )
    for m, ctx in accounts:
        if not free(*m.span()) or _business(text, m.start(), business):
            continue
        used.append(m.span())
        out.append(
            Finding(Category.BANK, location, mask_tail(m[1]), 0.9, ctx, keyer.key("bank", m[1]))
        )
    for m in IBAN_RE.finditer(text):
        compact = m[1].replace(" ", "")
        if _business(text, m.start(), business):
            continue
        if iban_valid(compact):
            confidence, why = 0.99, "IBAN (mod-97 valid)"
        elif _iban_labelled(text, m.start(), header) and _iban_length(compact):
            # Written under its label at its country's length: a mistyped check digit
            # is still someone's account.
            confidence, why = 0.8, "IBAN (labelled; check digits do not match)"
        else:
            continue
        used.append(m.span())
        masked = f"{compact[:2]}{DOT * 2} {mask_tail(compact[4:])}"
        out.append(
            Finding(Category.BANK, location, masked, confidence, why, keyer.key("bank", compact))
        )
    for m in CARD_RE.finditer(text) if has_card else ():
        digits = re.sub(r"\D", "", m[1])
        if not free(*m.span()) or not luhn_valid(digits):
            continue
        ctx = _card_label(text, m.start(), m.end(), header)
        if not ctx or _business(text, m.start(), business):
            continue
        out.append(
            Finding(
                Category.BANK,
                location,
                mask_tail(digits),
                0.95,
                f"card number, {ctx}",
                keyer.key("bank", digits),
            )
        )
    return out


def pair_cells(
    cells: list[tuple[str, str]], keyer: Keyer, business: bool
) -> tuple[set[int], list[Finding]]:
    """A sort code and an account number in two cells of one record (a form's
    rows, a list's row), as (label, value): one bank detail, as ``detect`` pairs
    them in text. Returns the cells used and the finding (its location is the
    caller's to set)."""
    sort = next((i for i, (lb, _v) in enumerate(cells) if SORT_LABEL_RE.search(lb)), None)
    acc = next(
        (
            i
            for i, (lb, v) in enumerate(cells)
            if i != sort and ACCOUNT_LABEL_RE.search(lb) and ACCOUNT_RE.search(v)
        ),
        None,
    )
    if sort is None or acc is None:
        return set(), []
    text = f"Sort code: {cells[sort][1]}\nAccount number: {cells[acc][1]}"
    found = detect(text, Context("", keyer, business=business))
    if len(found) == 1 and found[0].context.endswith("with account number"):
        why = f'"{cells[sort][0].strip()}" with "{cells[acc][0].strip()}"'
        return {sort, acc}, [replace(found[0], context=why)]
    return set(), []

"""Contact details: UK postcodes (home addresses), telephone numbers and
personal email addresses.

Staff contact details are not claimant data: anything inside a signature
block, quoted reply header or greeting (see ``context.staff_regions``) and the
sender's and recipients' own addresses are skipped. Phone numbers are parsed
with ``phonenumbers`` (GB region), only where a digit run makes one possible.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from detectors.context import QUOTE_HEADER_RE, Regions
from detectors.detector import Context
from detectors.masking import DOT, Keyer, mask_email, mask_name, mask_phone, mask_postcode
from detectors.model import Category, Finding
from detectors.textfacts import digit_lines, finditer_digit_lines, has_digit

POSTCODE_RE = re.compile(
    # The boundary check sits after the first letter, "(?<!….)", so the pattern starts
    # with a character class and the regex engine can skip ahead quickly.
    r"([A-PR-UWYZ](?<![A-Za-z0-9].)[A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"
)
# A home address said in prose, with no postcode: "he lives at 113 Lôn Las, Flint".
# "lives at 14 Hope Street", found from its house number back: digits are few in prose,
# so the words before a number are read only there (the whole pattern, tried at every
# word of a long body, was a fifth of the time plain text spends in detection).
_VERB_TO = (
    r"\b(?:lives?|living|staying|moved|moving|go|goes|sent|send|post|posted|deliver(?:ed)?"
    r"|addressed|write)\s+(?:at|to|in)\s+(?:(?:flat|unit|apartment)\s+\d+[a-z]?,?\s+)?"
    r"(?:(?:house\s+)?(?:number|no\.?)\s+)?"  # "lives at number 58 on Henry Parkway"
)
_HOUSE_NUMBER = r"(?P<n>\d{1,4}[a-z]?),?\s+"
_STREET = r"(?P<street>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
_NUMBER_STREET = _HOUSE_NUMBER + _STREET
LIVES_AT_RE = re.compile(_VERB_TO + _NUMBER_STREET)  # the whole phrase, for a short text
_NUMBER_STREET_RE = re.compile(_NUMBER_STREET)
# After "number" the street may follow "on" ("at number 58 on Henry Parkway").
_NUMBER_WORD_BEFORE_RE = re.compile(r"\b(?i:number|no\.?)\s+$")
_NUMBER_ON_STREET_RE = re.compile(_HOUSE_NUMBER + r"on\s+" + _STREET)
_HOUSE_NUMBER_RE = re.compile(r"(?<!\w)\d{1,4}[a-z]?(?!\w)")
_VERB_TO_BEFORE_RE = re.compile(_VERB_TO + r"$")
_VERB_TO_REACH = 80  # "delivered to apartment 12b, " and the spaces between


def lives_at(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, house number, street) of each "lives at 14 Hope Street": what
    ``LIVES_AT_RE.finditer`` gives, with the phrase's words within _VERB_TO_REACH
    characters of the number. Numbers are looked for on the lines with digits only
    (``digit_lines``, which the postcode and phone searches share)."""
    for lo, hi in digit_lines(text):
        for number in _HOUSE_NUMBER_RE.finditer(text, lo, hi):
            m = _NUMBER_STREET_RE.match(text, number.start())
            if _NUMBER_WORD_BEFORE_RE.search(text, max(0, number.start() - 14), number.start()):
                m = _NUMBER_ON_STREET_RE.match(text, number.start()) or m
            if m is None:
                continue
            verb = _VERB_TO_BEFORE_RE.search(text, max(0, m.start() - _VERB_TO_REACH), m.start())
            if verb is not None:
                yield verb.start(), m["n"], m["street"]


ADDRESS_LABEL_RE = re.compile(r"\b(?:home\s+)?address\b|\blives?\s+at\b|\bresid", re.I)
STREET_RE = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s++[A-Z][a-z]++(?:\s++[A-Z][a-z]++)*\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|"
    r"Close|Drive|Way|Court|Crescent|Place|Gardens|Grove|Terrace|Hill|Park|View|Walk|Square|Mews)\b"
)
PHONE_HINT_RE = re.compile(r"(?<![\d\-/])(?:\+44|\(?0)[\d \-()]{8,16}\d(?![\d\-/])")
_PHONE_SPAN = 24  # the longest PHONE_HINT_RE match, and a character to look ahead at
EMAIL_RE = re.compile(r"(?<![\w.+\-])([\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
FREEMAIL = {
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com",
    "live.co.uk", "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "aol.com", "aol.co.uk",
    "btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "protonmail.com",
    "proton.me", "gmx.com", "gmx.co.uk", "mail.com", "msn.com", "ntlworld.com", "tiscali.co.uk",
    "yandex.com", "zoho.com",
}  # fmt: skip
PHONE_HEADER_RE = re.compile(r"phone|tel|mobile|\bmob\b|contact\s+(?:number|no\b|num\b|#)", re.I)
ADDRESS_HEADER_RE = re.compile(r"address|postcode|post\s+code", re.I)
CODE_HEADER_RE = re.compile(r"\bref|\bid\b|number|\bno\b|code|nino|\bni\b", re.I)
EMAIL_HEADER_RE = re.compile(r"e-?mail", re.I)
# A column of work contacts ("Mobile (work)", "Office phone", "Site address"): a
# business's numbers and addresses, not a claimant's.
WORK_HEADER_RE = re.compile(
    r"\b(?:work|office|business|company|site|branch|desk|switchboard|employer|depot)\b", re.I
)


# "Call us on …", "our safeguarding lead can be reached on …": the sentence gives the
# number as the organisation's own. A person in that sentence (a pronoun, a client, a
# capitalised name) makes it someone's.
ORG_NUMBER_RE = re.compile(
    r"\b(?:our|us|we|office|helpline|help\s?line|freephone|switchboard|reception|duty\s+line"
    r"|support\s+line|team|desk|hub|service\s+desk"
    r"|ein|ni|swyddfa|llinell|tîm|derbynfa)\b",  # Welsh: our, us, office, line, team, reception
    re.I,
)
PERSON_NUMBER_RE = re.compile(
    r"\b(?i:his|her|him|he|she|their|them|they|client|participant|claimant|customer|candidate"
    r"|applicant|learner)\b|['’]s\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+"
)
# A number labelled as a work one right before it ("Tomasz, work mobile 07700 …"):
# the worker's own, whoever the sentence is about.
WORK_LABEL_BEFORE_RE = re.compile(
    r"\b(?i:work|office|business|desk|direct[ \t]+line|switchboard)"
    r"(?:[ \t]+(?i:mobile|mob|phone|tel|telephone|number|no\.?|line))?[ \t]*[:\-]?[ \t]*$"
)
# A meeting's dial-in line ("Dial by your location: +44 20 …", "Join by phone",
# "Conference line"): a number for everyone invited, nobody's own.
DIAL_IN_BEFORE_RE = re.compile(
    r"\b(?i:dial[ \t-]?in|dial[ \t]+by[ \t]+your[ \t]+location"
    r"|join[ \t]+by[ \t]+(?:phone|telephone)|conference[ \t]+(?:line|number|call|bridge)"
    r"|meeting[ \t]+line|audio[ \t]+only)\b[^\n]{0,30}$"
)
_SENTENCE_START_RE = re.compile(r"[.!?:]\s|\n")
ORG_WINDOW = 120


def organisations_number(text: str, pos: int) -> bool:
    """The sentence before ``pos`` says the number is the organisation's own."""
    lo = max(0, pos - ORG_WINDOW)
    starts = [m.end() for m in _SENTENCE_START_RE.finditer(text, lo, pos)]
    before = text[starts[-1] if starts else lo : pos]
    return bool(ORG_NUMBER_RE.search(before)) and not PERSON_NUMBER_RE.search(before)


def _phones(text: str, hint: re.Match[str]) -> Iterator[tuple[str, str]]:
    """The telephone numbers in a digit run: (digits as written, E.164)."""
    lo = max(0, hint.start() - 4)
    for match in phonenumbers.PhoneNumberMatcher(
        # POSSIBLE, not VALID: Ofcom's drama ranges (07700 900xxx) are real-looking
        # numbers people do write, and a mistyped number is still a number.
        text[lo : hint.end() + 2],
        "GB",
        leniency=phonenumbers.Leniency.POSSIBLE,
    ):
        digits = re.sub(r"\D", "", match.raw_string)
        if 10 <= len(digits) <= 13:  # "2015 - 2017" and other short runs are not numbers
            yield (
                digits,
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
            )


def staff_contact_keys(text: str, staff: Regions, keyer: Keyer) -> set[str]:
    """The keys of the phone numbers and postcodes inside staff regions (a signature's
    "M: …", its office address): the same number or postcode elsewhere in the mail
    ("any problems, call me on …", "at our Ipswich office, … IP4 1AB") is staff's too."""
    if not staff.ranges or not has_digit(text):
        return set()
    # Only the staff regions are searched (a number starts inside one, and may run a
    # little past its end): a long body is not scanned for the few numbers it signs with.
    ranges = sorted(set(staff.ranges))
    phones = {
        keyer.key("phone", e164)
        for lo, hi in ranges
        for hint in PHONE_HINT_RE.finditer(text, lo, min(len(text), hi + _PHONE_SPAN))
        if hint.start() < hi
        for _digits, e164 in _phones(text, hint)
    }
    postcodes = {
        keyer.key("pc", f"{m[1]} {m[2]}")
        for lo, hi in ranges
        for m in POSTCODE_RE.finditer(text, lo, min(len(text), hi + 1))
    }
    return phones | postcodes


def _has_address(found: list[Finding]) -> bool:
    return any(f.category is Category.ADDRESS for f in found)


def emails(text: str) -> list[tuple[str, int]]:
    return [(m[1].rstrip(".").lower(), m.start()) for m in EMAIL_RE.finditer(text)]


def _in_quote_header(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a quoted or forwarded header line ("From: … <…>", "On …
    wrote:"). Such a line is a staff region for names and phone numbers, but a
    personal mailbox there is the correspondent's own: a claimant who wrote in, or to
    whom staff wrote, unless they are this message's sender or recipient."""
    start = text.rfind("\n", 0, pos) + 1
    return QUOTE_HEADER_RE.match(text, start) is not None


def detect(text: str, ctx: Context) -> list[Finding]:
    """``ctx.business`` marks a text as a business's own paperwork (an invoice):
    its addresses and phone numbers are the business's."""
    location, keyer, staff, header = ctx.location, ctx.keyer, ctx.staff, ctx.header
    staff_addresses, business = ctx.staff_addresses, ctx.business
    out: list[Finding] = []
    if "@" in text:
        for addr, pos in emails(text):
            domain = addr.rsplit("@", 1)[1]
            if addr in staff_addresses:
                continue
            if staff.contains(pos) and not (
                domain in FREEMAIL and addr not in ctx.recipients and _in_quote_header(text, pos)
            ):
                continue
            # An email column of a business's table holds business addresses.
            if domain in FREEMAIL or (header and not business and EMAIL_HEADER_RE.search(header)):
                out.append(
                    Finding(
                        Category.PERSONAL_EMAIL, location, mask_email(addr), 0.9,
                        "personal mail domain" if domain in FREEMAIL else f'column "{header}"',
                        keyer.key("email", addr),
                    )
                )  # fmt: skip
    if business or not has_digit(text):
        return out
    if (
        header
        and CODE_HEADER_RE.search(header)
        and not PHONE_HEADER_RE.search(header)
        and not ADDRESS_HEADER_RE.search(header)
    ):
        return out  # a reference or ID column: its digits are codes, not phone numbers
    if header and WORK_HEADER_RE.search(header):
        return out
    # A postcode and a phone number each hold digits and stay on one line.
    for m in finditer_digit_lines(POSTCODE_RE, text):
        if staff.contains(m.start()):
            continue
        pc = f"{m[1]} {m[2]}"
        near = text[max(0, m.start() - 150) : m.start()]
        if header and ADDRESS_HEADER_RE.search(header):
            ctx = f'column "{header}"'
        elif ADDRESS_LABEL_RE.search(near):
            ctx = "address label"
        elif STREET_RE.search(near):
            ctx = "street address"
        else:
            ctx = "UK postcode"
        out.append(
            Finding(Category.ADDRESS, location, mask_postcode(pc), 0.9, ctx, keyer.key("pc", pc))
        )
    if not header and not _has_address(out):
        for start, number, street_words in lives_at(text):
            if staff.contains(start):
                continue
            street = " ".join(street_words.lower().split())
            out.append(
                Finding(
                    Category.ADDRESS, location, f"{DOT * 3} {mask_name(street_words)}", 0.9,
                    "home address in words", keyer.key("street", f"{number} {street}"),
                )
            )  # fmt: skip
    for hint in finditer_digit_lines(PHONE_HINT_RE, text):
        if (
            staff.contains(hint.start())
            or (not header and organisations_number(text, hint.start()))
            or WORK_LABEL_BEFORE_RE.search(text[max(0, hint.start() - 30) : hint.start()])
            or DIAL_IN_BEFORE_RE.search(text[max(0, hint.start() - 60) : hint.start()])
        ):
            continue
        for digits, e164 in _phones(text, hint):
            out.append(
                Finding(
                    Category.PHONE, location, mask_phone(digits), 0.9,
                    f'column "{header}"' if header and PHONE_HEADER_RE.search(header)
                    else "UK telephone number",
                    keyer.key("phone", e164),
                )
            )  # fmt: skip
    return out

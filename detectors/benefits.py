"""Benefit payment details: a benefit named together with an amount, a payment
date or a payment word (sanction, deduction, overpayment…) in the same sentence.

A benefit named alone ("claimants on Universal Credit") is not a payment detail.
A sanction said of a person is one even when no benefit is named ("she was
sanctioned for 4 weeks", "his sanction ends Friday"); a rule about sanctions
("claimants can be sanctioned") is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors import textfacts
from detectors.dates import DATE_RE
from detectors.detector import Context
from detectors.masking import DOT, Keyer
from detectors.model import Category, Finding
from detectors.terms import TermLists

AMOUNT_RE = re.compile(
    r"(?:£|\bgbp\b)\s?\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{2})?\s?(?:pounds|gbp)\b", re.I
)
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n\s*\n")
# A spreadsheet's cell beside a benefit's name holds its amount without the pound sign
# ("ESA (weekly) | 92.05"): a later cell of the same row with pence. (A whole number
# there is more often a count, as in a caseload's summary.)
CELL_AMOUNT_RE = re.compile(r"\t[ \t]*+(?:£|(?i:gbp))?[ \t]*+\d[\d,]*\.\d{1,2}[ \t]*(?=\t|\n|$)")
WINDOW = 120
# A sanction applied to someone: a pronoun or a name as its subject, or a possessive.
_MODAL = r"(?:can|could|may|might|will|would|should|must|shall)"
SANCTION_RE = re.compile(
    r"\b(?:(?i:he|she|they|i|we)|[A-Z][a-z]+)\b(?:['’]s)?"
    rf"(?:\s+(?!{_MODAL}\b)[a-z’']+){{0,3}}?\s+(?:was|been|got|is|'s|’s)\s+"
    r"(?:(?:just|now|already|recently)\s+)?sanctioned\b"
    r"|(?i:\b(?:his|her|their|my|your)\s+(?:\w+\s+)?sanctions?\b)"
    r"|(?i:\bsanctioned\s+(?:him|her|them|me)\b)",
)


@lru_cache(maxsize=4)
def _compile(benefits: tuple[str, ...], abbreviations: tuple[str, ...], details: tuple[str, ...]):
    names = sorted(benefits, key=len, reverse=True)
    long_re = r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b"
    abbr_re = r"\b(?:" + "|".join(re.escape(a) for a in abbreviations) + r")\b"
    parts = []
    if names:
        parts.append(f"(?i:{long_re})")
    if abbreviations:
        parts.append(abbr_re)
    benefit = re.compile("|".join(parts)) if parts else None
    detail = (
        re.compile(r"\b(?:" + "|".join(re.escape(d) for d in details) + r")\w*", re.I)
        if details
        else None
    )
    return benefit, detail


@lru_cache(maxsize=4)
def _names(benefits: tuple[str, ...]) -> tuple[tuple[frozenset[str], str, re.Pattern[str]], ...]:
    """Each benefit name: the words it is made of, the name in lower case, and the
    name with any whitespace between its words (a mail program wraps "Universal⏎Credit")."""
    out = []
    for name in benefits:
        words = name.lower().split()
        if words:
            spaced = re.compile(r"\s+".join(re.escape(w) for w in words))
            out.append((textfacts.term_words(name), " ".join(words), spaced))
    return tuple(out)


@lru_cache(maxsize=4)
def _abbreviations(abbreviations: tuple[str, ...]) -> tuple[tuple[frozenset[str], str], ...]:
    return tuple((textfacts.term_words(a), a) for a in abbreviations if a.strip())


def _names_a_benefit(text: str, lowered: str, terms: TermLists) -> bool:
    """Whether the benefit pattern can match: an abbreviation is in the text, or a
    name is, as written or with its words split across a line. A name is looked for
    only where every one of its words is a word of the text (a set lookup each)."""
    words = textfacts.words_of(text)
    if any(
        need <= words and abbreviation in text
        for need, abbreviation in _abbreviations(terms.benefit_abbreviations)
    ):
        return True
    return any(
        need <= words and (name in lowered or spaced.search(lowered) is not None)
        for need, name, spaced in _names(terms.benefits)
    )


def detect(text: str, ctx: Context) -> list[Finding]:
    location, keyer, terms = ctx.location, ctx.keyer, ctx.terms
    benefit_re, detail_re = _compile(
        terms.benefits, terms.benefit_abbreviations, terms.benefit_details
    )
    if benefit_re is None:
        return []
    lowered = textfacts.lowered(text)
    if not _names_a_benefit(text, lowered, terms):
        return _sanctions(text, location, keyer) if "sanction" in lowered else []
    out: list[Finding] = []
    for m in benefit_re.finditer(text):
        lo, hi = max(0, m.start() - WINDOW), min(len(text), m.end() + WINDOW)
        # Keep to the sentence (or table row) the benefit is named in.
        for cut in SENTENCE_END_RE.finditer(text, lo, m.start()):
            lo = cut.end()
        nxt = SENTENCE_END_RE.search(text, m.end(), hi)
        if nxt:
            hi = nxt.start()
        window = text[lo:hi]
        name = " ".join(m[0].split())
        row_end = text.find("\n", m.end())
        amount = AMOUNT_RE.search(window) or CELL_AMOUNT_RE.search(
            text, m.end(), len(text) if row_end < 0 else row_end
        )
        detail = detail_re.search(window) if detail_re else None
        date = DATE_RE.search(window)
        if amount:
            what, masked = "amount", f"{name} £{DOT * 3}"
        elif detail:
            what, masked = f'"{detail[0].lower()}"', f"{name} {detail[0].lower()}"
        elif date and re.search(r"\bpa(?:id|yment)", window, re.I):
            what, masked = "payment date", f"{name} paid ••/••/••••"
        else:
            continue
        out.append(
            Finding(
                category=Category.BENEFIT_PAYMENT,
                location=location,
                masked=masked,
                confidence=0.9 if amount else 0.8,
                context=f"{name} with {what}",
                key=keyer.key("benefit", f"{name.lower()}|{window.strip().lower()}"),
            )
        )
    return out or (_sanctions(text, location, keyer) if "sanction" in lowered else [])


def _sanctions(text: str, location: str, keyer: Keyer) -> list[Finding]:
    """A sanction said of a person where no benefit is named (or none was paired)."""
    m = SANCTION_RE.search(text)
    if not m:
        return []
    return [
        Finding(
            category=Category.BENEFIT_PAYMENT,
            location=location,
            masked="benefit sanction",
            confidence=0.8,
            context="sanction applied to a person (benefit not named)",
            key=keyer.key("benefit", f"sanction|{' '.join(m[0].lower().split())}"),
        )
    ]

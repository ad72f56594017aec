"""How many people a message is about: head-counting from documents, list rows,
distinct NINOs and distinct names, with the evidence for the count.

Records count, not mentions: each person document (a CV, a form, a letter) is its
people, each list row one person; the best-supported of the counts wins.
"""

from __future__ import annotations

from dataclasses import replace

from detectors.model import LOCATION_SEP, Category, DocKind, DocKindFinding, Finding

PERSON_DOCS = {
    DocKind.CV, DocKind.APPLICATION_FORM, DocKind.APPLICATION_FORM_COUPLE,
    DocKind.LETTER_INTERVIEW, DocKind.LETTER_JOB_OFFER, DocKind.LETTER_APPOINTMENT,
    DocKind.LETTER_OTHER, DocKind.UCNEA1, DocKind.GOOD_NEWS_STORY, DocKind.EXIT_REPORT,
    DocKind.CHANGE_OF_CIRCUMSTANCES, DocKind.COMPLIANCE_DOUBT,
    DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM, DocKind.ESF_14_20_FORM, DocKind.WHPS01,
}  # fmt: skip
LIST_DOCS = {DocKind.NAME_LIST, DocKind.NINO_LIST}


UNATTACHED_CONFIDENCE = 0.4
MAX_OFFICE_CONTACTS = 2  # distinct addresses/numbers one file may give for its office


# A number or an address that needs a person beside it to be about anyone.
_UNATTACHED = (Category.PHONE, Category.ADDRESS, Category.REFERENCE)


def unattached_contacts(findings: list[Finding], subjects: int) -> list[Finding]:
    """A phone number, postcode or reference number in a message about nobody (an
    office number in the text, a venue's address) is not claimant data: keep it,
    but below the default policy threshold (0.5), so the audit still shows it."""
    if subjects or any(f.about_someone and f.category not in _UNATTACHED for f in findings):
        return findings
    # Many distinct addresses or numbers in one attached file are a list of people we
    # could not read as one, not an office's details: they stay claimant data.
    per_file: dict[str, set[str]] = {}
    for f in findings:
        if f.category in (Category.PHONE, Category.ADDRESS) and f.location.startswith("attach"):
            per_file.setdefault(f.location.split(LOCATION_SEP)[0], set()).add(f.key)
    if any(len(keys) > MAX_OFFICE_CONTACTS for keys in per_file.values()):
        return findings
    return [
        replace(
            f, confidence=UNATTACHED_CONFIDENCE, context=f"{f.context}; no person in the message"
        )
        for f in findings
    ]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def count(findings: list[Finding], kinds: list[DocKindFinding], named: int) -> tuple[int, str]:
    """The best-supported count: documents and list rows, distinct NINOs, or
    distinct names; the evidence says which."""
    options: list[tuple[int, int, str]] = []  # (count, preference, evidence)
    docs = [k for k in kinds if k.kind in PERSON_DOCS]  # (cover notes already merged: scan)
    lists = [k for k in kinds if k.kind in LIST_DOCS]
    if docs or lists:
        parts = []
        if lists:
            parts += [f"{k.people} rows in {k.location}" for k in lists]
        if docs:
            by_kind: dict[str, int] = {}
            for k in docs:
                by_kind[k.kind.value] = by_kind.get(k.kind.value, 0) + k.people
            parts += [f"{v} from {k.replace('_', ' ')}" for k, v in sorted(by_kind.items())]
        total = sum(k.people for k in docs) + sum(k.people for k in lists)
        options.append((total, 3, "; ".join(parts)))
    ninos = {f.key for f in findings if f.category == Category.NINO}
    if ninos:
        options.append((len(ninos), 2, f"{_plural(len(ninos), 'distinct NINO')}"))
    if named:
        options.append((named, 1, f"{_plural(named, 'distinct name')} (staff excluded)"))
    if not options:
        return 0, "no people identified"
    count, _, why = max(options)
    return count, f"{count} {'person' if count == 1 else 'people'}: {why}"

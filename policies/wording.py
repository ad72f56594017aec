"""What the sender reads: labels for categories, documents and recipient classes,
and sentences that say what was found and where (masked values only)."""

from __future__ import annotations

from collections import Counter

from detectors.model import Category, DocKind, Finding
from policies.verdict import RecipientClass

# What a sender reads for each category: (one, many).
CATEGORY_LABELS: dict[Category, tuple[str, str]] = {
    Category.NINO: ("National Insurance number", "National Insurance numbers"),
    Category.DOB: ("date of birth", "dates of birth"),
    Category.BANK: ("bank or card detail", "bank or card details"),
    Category.HEALTH: ("health detail", "health details"),
    Category.MENTAL_HEALTH: ("mental health detail", "mental health details"),
    Category.SUBSTANCE_MISUSE: ("substance misuse detail", "substance misuse details"),
    Category.CRIMINAL_RECORD: ("criminal record detail", "criminal record details"),
    Category.ETHNICITY: ("ethnicity detail", "ethnicity details"),
    Category.SEXUAL_ORIENTATION: ("sexual orientation detail", "sexual orientation details"),
    Category.RELIGION: ("religious belief", "religious beliefs"),
    Category.TRADE_UNION: ("trade union detail", "trade union details"),
    Category.BENEFIT_PAYMENT: ("benefit payment detail", "benefit payment details"),
    Category.CHILDREN: ("detail about a child", "details about children"),
    Category.ADDRESS: ("home address", "home addresses"),
    Category.PHONE: ("telephone number", "telephone numbers"),
    Category.PERSONAL_EMAIL: ("personal email address", "personal email addresses"),
    Category.AGE: ("age", "ages"),
    Category.PERSON_NAME: ("claimant name", "claimant names"),
    Category.REFERENCE: ("participant reference number", "participant reference numbers"),
}

KIND_LABELS: dict[DocKind, str] = {
    DocKind.CV: "CV",
    DocKind.APPLICATION_FORM: "application form",
    DocKind.APPLICATION_FORM_COUPLE: "couple's application form",
    DocKind.LETTER_INTERVIEW: "interview letter",
    DocKind.LETTER_JOB_OFFER: "job offer letter",
    DocKind.LETTER_APPOINTMENT: "appointment letter",
    DocKind.LETTER_OTHER: "letter (not interview, job offer or appointment)",
    DocKind.NAME_LIST: "list of names",
    DocKind.NINO_LIST: "list of NINOs only",
    DocKind.UCNEA1: "UCNEA1",
    DocKind.GOOD_NEWS_STORY: "Good News Story",
    DocKind.EXIT_REPORT: "Exit Report",
    DocKind.CHANGE_OF_CIRCUMSTANCES: "Change of Circumstances",
    DocKind.COMPLIANCE_DOUBT: "compliance doubt",
    DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM: "WHP Employment Business Customer Form",
    DocKind.ESF_14_20_FORM: "ESF 14-20 form",
    DocKind.WHPS01: "WHPS01 form",
}

CLASS_LABELS: dict[RecipientClass, str] = {
    RecipientClass.DWP: "DWP",
    RecipientClass.SUPPLY_CHAIN: "supply chain",
    RecipientClass.INTERNAL: "internal",
    RecipientClass.CLAIMANT: "claimant",
    RecipientClass.THIRD_PARTY: "third party",
}


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def kinds_text(kinds: Counter[DocKind]) -> str:
    parts = []
    for kind, n in sorted(kinds.items()):
        label = KIND_LABELS[kind]
        parts.append(f"{n} {label}{'' if n == 1 or label.endswith(')') else 's'}")
    return ", ".join(parts)


def describe_findings(
    findings: dict[Category, list[Finding]],
    counts: dict[Category, int],
    categories: set[Category] | None = None,
) -> str:
    """'1 National Insurance number (AB •• •• •• C in attachment "cv.docx")'.

    ``counts`` are distinct values per category; at most two places are shown.
    """
    parts = []
    for cat in sorted(categories if categories is not None else set(counts)):
        found = findings.get(cat)
        if not found:
            continue
        n = counts[cat]
        one, many = CATEGORY_LABELS.get(cat, (cat.value, cat.value))
        places: list[str] = []
        for f in found:
            place = f"{f.masked} in {f.location}" if f.masked else f.location
            if place not in places:
                places.append(place)
        tail = f"; and {len(places) - 2} more" if len(places) > 2 else ""
        where = places[:2]
        parts.append(f"{plural(n, one, many)} ({'; '.join(where)}{tail})")
    return ", ".join(parts)

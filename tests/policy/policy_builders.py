"""Builders for policy tests: scans made by hand, a site policy, registers, a verdict."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any

import yaml

from detectors.model import Category, DocKind, DocKindFinding, Finding, Opaque, Scan
from policies.engine import decide
from policies.loader import DEFAULT_POLICY, parse
from policies.model import Policy
from policies.registers import Permission, Registers
from policies.verdict import EnvelopeFacts, Verdict

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SENDER = "employment.support@provider.example"

EMPLOYER = "hr@employer.example"
PARTNER = "referrals@acme-training.example"
UNAPPROVED_PARTNER = "office@newco-skills.example"
INTERNAL = "team@provider.example"
DWP = "wp.team@dwp.gov.uk"
DWP_EBCF_INBOX = "whp.ebcf@dwp.gov.uk"
CLAIMANT = "jane.doe1990@gmail.example"

_DEFAULT = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))


def site_data() -> dict[str, Any]:
    """The default policy with a provider's own lists filled in."""
    data = copy.deepcopy(_DEFAULT)
    data["recipients"]["internal"] = {"domains": ["provider.example"]}
    data["recipients"]["supply_chain"] = [
        {
            "name": "Acme Training",
            "domains": ["acme-training.example"],
            "processes": [
                {"process": "exit_report", "since": "2025-04-01"},
                {"process": "change_of_circumstances", "since": "2026-06-01"},
            ],
        },
        {"name": "NewCo Skills", "domains": ["newco-skills.example"]},
    ]
    data["processes"]["whp_employment_business_customer_form"]["inboxes"] = [DWP_EBCF_INBOX]
    return data


def make_policy(data: dict[str, Any] | None = None, **top: Any) -> Policy:
    data = copy.deepcopy(data) if data is not None else site_data()
    data.update(top)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return parse(text, "site.yaml", DEFAULT_POLICY.parent)


def nino(location: str = 'attachment "cv.docx"', key: str = "n1") -> Finding:
    return Finding(Category.NINO, location, "AB •• •• •• C", 0.99, "NINO label", key)


def found(category: Category, n: int = 1, location: str = "body (text/plain)") -> list[Finding]:
    return [
        Finding(category, location, f"•••{i}", 0.9, f"{category.value} context", f"{category}-{i}")
        for i in range(n)
    ]


def names(n: int, location: str = "body (text/plain)") -> list[Finding]:
    return found(Category.PERSON_NAME, n, location)


def docs(kind: DocKind, n: int = 1, people: int = 1, columns: tuple[str, ...] = ()) -> list:
    return [
        DocKindFinding(kind, f'attachment "{kind.value}-{i}.pdf"', "heading", people, columns)
        for i in range(n)
    ]


def scan(
    findings: list[Finding] | None = None,
    doc_kinds: list[DocKindFinding] | None = None,
    people: int | None = None,
    subject: str = "Referral",
    opaque: list[Opaque] | None = None,
    encrypted: str | None = None,
    identified: list[str] | None = None,
) -> Scan:
    doc_kinds = doc_kinds or []
    findings = findings or []
    if people is None:
        people = sum(d.people for d in doc_kinds) or len(
            {f.key for f in findings if f.category is Category.PERSON_NAME}
        )
    return Scan(
        findings=findings,
        data_subjects=people,
        doc_kinds=doc_kinds,
        opaque=opaque or [],
        encrypted=encrypted,
        subject=subject,
        recipients_identified=identified or [],
    )


def run(
    s: Scan,
    *to: str,
    pol: Policy,
    regs: Registers | None = None,
    sender: str = SENDER,
    now: datetime = NOW,
) -> Verdict:
    return decide(EnvelopeFacts(sender, tuple(to)), s, pol, regs, now)


def consent(regs: Registers, address: str = CLAIMANT) -> None:
    regs.add_consent(address, date(2026, 1, 10), "CRM note 4471")


def permission(regs: Registers, **kw: Any) -> Permission:
    fields: dict[str, Any] = {
        "reference": "DWP-PERM-2026-014",
        "sender_scope": ("*@provider.example",),
        "recipient_scope": ("employer.example",),
        "valid_from": date(2026, 1, 1),
        "valid_until": date(2026, 12, 31),
        "categories": frozenset({Category.NINO}),
        "doc_kinds": frozenset({DocKind.CV}),
        "max_people": 3,
    }
    fields.update(kw)
    return regs.add_permission(Permission(**fields))

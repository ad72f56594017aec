"""Each prohibited category to each recipient class, mixed recipients, permissions."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from policy_builders import (
    CLAIMANT,
    DWP,
    EMPLOYER,
    INTERNAL,
    PARTNER,
    consent,
    docs,
    found,
    names,
    nino,
    permission,
    run,
    scan,
)

from detectors.model import Category, DocKind
from policies.verdict import Action, RecipientClass

PROHIBITED = {
    Category.NINO: ("nino-prohibited", "¶33"),
    Category.DOB: ("dob-prohibited", "¶32"),
    Category.BANK: ("bank-details-prohibited", "¶32"),
    Category.HEALTH: ("health-prohibited", "¶32"),
    Category.MENTAL_HEALTH: ("health-prohibited", "¶32"),
    Category.SUBSTANCE_MISUSE: ("substance-misuse-prohibited", "¶32"),
    Category.CRIMINAL_RECORD: ("criminal-record-prohibited", "¶32"),
    Category.BENEFIT_PAYMENT: ("benefit-payment-prohibited", "¶32"),
    Category.CHILDREN: ("children-prohibited", "¶32"),
    Category.ETHNICITY: ("ethnicity-prohibited", "¶32"),
    Category.SEXUAL_ORIENTATION: ("sexual-orientation-prohibited", "¶32"),
    Category.RELIGION: ("special-category-prohibited", "003 ¶8"),
    Category.TRADE_UNION: ("special-category-prohibited", "003 ¶8"),
}

CLASSES = {
    RecipientClass.DWP: DWP,
    RecipientClass.SUPPLY_CHAIN: PARTNER,
    RecipientClass.INTERNAL: INTERNAL,
    RecipientClass.CLAIMANT: CLAIMANT,
    RecipientClass.THIRD_PARTY: EMPLOYER,
}


@pytest.mark.parametrize("cls", list(CLASSES), ids=str)
@pytest.mark.parametrize("category", list(PROHIBITED), ids=str)
def test_prohibited_category_with_a_name_is_encrypted(policy, registers, category, cls):
    if cls is RecipientClass.CLAIMANT:
        consent(registers)
    s = scan(names(1) + found(category, location='attachment "notes.docx"'))
    v = run(s, CLASSES[cls], pol=policy, regs=registers)
    rule, para = PROHIBITED[category]
    assert v.per_recipient[CLASSES[cls]].recipient_class is cls
    assert (v.action, v.rule) == (Action.ENCRYPT, rule)
    assert para in v.guidance
    # The reason says what, where (masked), which rule, and what to do instead.
    assert 'attachment "notes.docx"' in v.reasons[0]
    assert "•••0" in v.reasons[0]
    assert f"Rule {rule}" in v.reasons[0]
    assert any("[ENCRYPT]" in f for f in v.fixes)
    assert any(f.startswith("Remove ") for f in v.fixes)


@pytest.mark.parametrize("category", list(PROHIBITED), ids=str)
def test_prohibited_category_in_an_otherwise_exempt_cv_is_encrypted(policy, registers, category):
    s = scan(names(1) + found(category), docs(DocKind.CV))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, PROHIBITED[category][0])


def test_several_categories_give_one_reason_each(policy, registers):
    s = scan([*names(1), nino(), *found(Category.DOB), *found(Category.BANK)])
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert v.rule == "nino-prohibited"  # the first rule in the policy's order governs
    rules = [r.split("Rule ", 1)[1].split(" ", 1)[0] for r in v.reasons if "Rule " in r]
    assert rules[:3] == ["nino-prohibited", "dob-prohibited", "bank-details-prohibited"]


def test_contact_details_without_exemption_fall_back_to_encrypt(policy, registers):
    s = scan(names(3) + found(Category.ADDRESS, 3))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "claimant-data-not-exempt")
    assert v.guidance == ["¶18", "¶14"]


def test_low_confidence_findings_are_not_counted(policy, registers):
    from detectors.model import Finding

    weak = Finding(Category.NINO, "body (text/plain)", "AB •• •• •• C", 0.2, "shape only", "w")
    v = run(scan([*names(1), weak]), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "one-name")


# -- mixed recipients ------------------------------------------------------------------


def test_most_restrictive_recipient_governs(policy, registers):
    s = scan([*names(1), nino('attachment "ucnea1-0.pdf"')], docs(DocKind.UCNEA1))
    v = run(s, DWP, EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert v.per_recipient[DWP].action is Action.RELAY
    assert v.per_recipient[EMPLOYER].action is Action.ENCRYPT
    assert all(r.startswith(f"To {EMPLOYER} (third party):") for r in v.reasons)


def test_reject_for_one_recipient_rejects_the_message(policy, registers):
    s = scan(names(1), docs(DocKind.CV), identified=[CLAIMANT])
    v = run(s, PARTNER, CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.REJECT, "cv-to-claimant-without-consent")
    assert v.per_recipient[PARTNER].action is Action.RELAY


def test_recipient_classes_are_reported(policy, registers):
    consent(registers)
    v = run(scan(), *CLASSES.values(), "x@sub.dwp.gov.uk", pol=policy, regs=registers)
    got = {a: d.recipient_class for a, d in v.per_recipient.items()}
    assert got == {**{a: c for c, a in CLASSES.items()}, "x@sub.dwp.gov.uk": RecipientClass.DWP}


# -- written DWP permissions (¶18, ¶32, ¶33) ---------------------------------------------


def cv_with_nino(n: int = 1):
    return scan(names(n) + [nino(key=f"k{i}") for i in range(n)], docs(DocKind.CV, n))


def test_permission_in_scope_relays(policy, registers):
    permission(registers)
    v = run(cv_with_nino(), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "permission:DWP-PERM-2026-014")
    assert v.guidance == ["¶18", "¶32", "¶33"]
    assert "valid until 2026-12-31" in v.reasons[0]


def test_permission_does_not_cover_more_people(policy, registers):
    permission(registers)
    v = run(cv_with_nino(4), EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("DWP-PERM-2026-014 does not cover" in r and "4 people" in r for r in v.reasons)


def test_permission_does_not_cover_other_categories(policy, registers):
    permission(registers)
    s = cv_with_nino()
    s.findings.extend(found(Category.DOB))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "nino-prohibited")
    assert any("categories dob" in r for r in v.reasons)


def test_permission_out_of_recipient_scope(policy, registers):
    permission(registers)
    v = run(cv_with_nino(), "hr@other-employer.example", pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT


def test_permission_out_of_sender_scope(policy, registers):
    permission(registers)
    v = run(cv_with_nino(), EMPLOYER, pol=policy, regs=registers, sender="a@elsewhere.example")
    assert v.action is Action.ENCRYPT


def test_expired_permission_allows_nothing(policy, registers):
    permission(registers, valid_from=date(2025, 1, 1), valid_until=date(2026, 3, 1))
    assert run(cv_with_nino(), EMPLOYER, pol=policy, regs=registers).action is Action.ENCRYPT


def test_revoked_permission_allows_nothing(policy, registers):
    permission(registers)
    registers.revoke_permission("DWP-PERM-2026-014")
    assert run(cv_with_nino(), EMPLOYER, pol=policy, regs=registers).action is Action.ENCRYPT


def test_permission_lifts_a_designated_inbox_restriction(policy, registers):
    permission(
        registers,
        recipient_scope=("dwp.gov.uk",),
        doc_kinds=frozenset({DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM}),
    )
    s = scan([*names(1), nino()], docs(DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM))
    assert run(s, DWP, pol=policy, regs=registers).action is Action.RELAY


def test_permission_cannot_replace_claimant_consent(policy, registers):
    permission(
        registers,
        recipient_scope=("gmail.example",),
        categories=frozenset({Category.PERSON_NAME}),
    )
    s = scan(names(1), docs(DocKind.CV), identified=[CLAIMANT])
    v = run(s, CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.REJECT, "cv-to-claimant-without-consent")


def _about_nobody(findings, why: str = "disclaimer"):
    return [dataclasses.replace(f, about_nobody=why) for f in findings]


@pytest.mark.parametrize(
    "category", [Category.HEALTH, Category.CRIMINAL_RECORD, Category.BENEFIT_PAYMENT], ids=str
)
def test_words_about_nobody_are_not_counted_by_default(policy, registers, category):
    s = scan(_about_nobody(found(category)))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "no-claimant-data")
    # With one name beside them, the one-name exemption still holds.
    v = run(scan(names(1) + _about_nobody(found(category))), EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.RELAY


def test_a_site_can_count_words_about_nobody(registers):
    from policy_builders import make_policy

    strict = make_policy(count_findings_about_nobody=True)
    v = run(scan(_about_nobody(found(Category.HEALTH))), EMPLOYER, pol=strict, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "health-prohibited")

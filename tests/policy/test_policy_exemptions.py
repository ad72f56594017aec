"""Each exemption of RULES.md and its boundaries, on scans built by hand."""

from __future__ import annotations

from datetime import date

import pytest
from policy_builders import (
    CLAIMANT,
    DWP,
    DWP_EBCF_INBOX,
    EMPLOYER,
    INTERNAL,
    PARTNER,
    UNAPPROVED_PARTNER,
    consent,
    docs,
    found,
    names,
    nino,
    run,
    scan,
)

from detectors.model import Category, DocKind, ForwardedMail, Scan
from policies.verdict import Action, RecipientClass

# -- no claimant data ---------------------------------------------------------------


def test_clean_mail_relays_to_anyone(policy, registers):
    v = run(scan(), EMPLOYER, DWP, CLAIMANT, PARTNER, pol=policy, regs=registers)
    assert v.action is Action.RELAY
    assert v.rule == "no-claimant-data"
    assert not v.warnings


# -- ¶17 CV to the claimant ---------------------------------------------------------


def cv_to_claimant(n_cvs: int = 1, extra=()):
    return scan(names(n_cvs, 'attachment "cv.docx"') + list(extra), docs(DocKind.CV, n_cvs))


def test_one_cv_to_claimant_with_consent_relays(policy, registers):
    consent(registers)
    v = run(cv_to_claimant(), CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (Action.RELAY, "cv-to-claimant", ["¶17"])
    assert v.per_recipient[CLAIMANT].recipient_class is RecipientClass.CLAIMANT


def test_two_cvs_to_claimant_is_not_exempt(policy, registers):
    consent(registers)
    v = run(cv_to_claimant(2), CLAIMANT, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert v.rule == "claimant-data-not-exempt"
    assert any("cv-to-claimant (¶17) does not apply" in r for r in v.reasons)
    assert any("2 CVs: the limit is 1" in r for r in v.reasons)


def test_cv_to_claimant_naming_referees_is_still_one_cv(policy, registers):
    consent(registers)
    s = scan(names(3, 'attachment "cv.docx"'), docs(DocKind.CV), people=3)
    assert run(s, CLAIMANT, pol=policy, regs=registers).rule == "cv-to-claimant"


def test_cv_to_claimant_with_nino_is_encrypted(policy, registers):
    consent(registers)
    v = run(cv_to_claimant(extra=[nino()]), CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "nino-prohibited")
    assert "AB •• •• •• C" in v.reasons[0] and 'attachment "cv.docx"' in v.reasons[0]


def test_cv_to_claimant_with_contact_details_is_still_exempt(policy, registers):
    # ¶17 forbids DOB, NINO, bank, medical, ethnicity, criminal record: not a phone number.
    consent(registers)
    s = cv_to_claimant(extra=found(Category.PHONE) + found(Category.ADDRESS))
    v = run(s, CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "cv-to-claimant")


def test_cv_to_identified_claimant_without_consent_is_rejected(policy, registers):
    s = cv_to_claimant()
    s.recipients_identified = [CLAIMANT]
    v = run(s, CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (
        Action.REJECT,
        "cv-to-claimant-without-consent",
        ["¶17"],
    )
    assert any("consent" in f and "recorded" in f for f in v.fixes)
    # Staff wording names no admin command, and no DWP permission can lift the rule.
    assert not any("mailgate " in f for f in v.fixes)
    assert not v.permission_can_override and not v.encryption_can_fix


def test_cv_to_claimant_after_consent_revoked_is_rejected(policy, registers):
    consent(registers)
    registers.revoke_consent(CLAIMANT)
    s = cv_to_claimant()
    s.recipients_identified = [CLAIMANT]
    v = run(s, CLAIMANT, pol=policy, regs=registers)
    assert v.rule == "cv-to-claimant-without-consent"


def test_consent_dated_after_the_send_does_not_count(policy, registers):
    registers.add_consent(CLAIMANT, date(2026, 4, 1), "letter 77")
    s = cv_to_claimant()
    s.recipients_identified = [CLAIMANT]
    assert run(s, CLAIMANT, pol=policy, regs=registers).action is Action.REJECT


def test_cv_to_unknown_address_is_third_party_cv(policy, registers):
    # Without consent or identification the address is a third party: ¶19 up to 10 CVs.
    v = run(cv_to_claimant(), CLAIMANT, pol=policy, regs=registers)
    assert v.per_recipient[CLAIMANT].recipient_class is RecipientClass.THIRD_PARTY
    assert v.rule == "up-to-10-cvs"


# -- ¶18 one name ---------------------------------------------------------------------


def test_one_name_to_employer_relays(policy, registers):
    v = run(scan(names(1)), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (Action.RELAY, "one-name", ["¶18"])


def test_two_names_to_employer_encrypts(policy, registers):
    v = run(scan(names(2)), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "claimant-data-not-exempt")
    assert any("about 2 people: the limit is 1" in r for r in v.reasons)


def test_one_name_plus_phone_in_subject_encrypts(policy, registers):
    s = scan(names(1) + found(Category.PHONE, location="subject"))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("telephone number" in r and "subject" in r for r in v.reasons)


def test_one_name_with_a_participant_reference_encrypts(policy, registers):
    # ¶18: "identifiers" go beyond a name; a list may carry them (¶29–31).
    s = scan(names(1) + found(Category.REFERENCE))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("participant reference number" in r for r in v.reasons)
    refs = name_list(30, found(Category.REFERENCE, 30, 'attachment "list.xlsx"'))
    v = run(refs, PARTNER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "list-up-to-500-names")


def test_one_name_to_dwp_and_partner_relays(policy, registers):
    v = run(scan(names(1)), DWP, PARTNER, pol=policy, regs=registers)
    assert v.action is Action.RELAY
    assert {d.rule for d in v.per_recipient.values()} == {"one-name"}


# -- ¶19, ¶21 up to 10 CVs ------------------------------------------------------------


def test_ten_cvs_to_employer_relay_eleven_encrypt(policy, registers):
    ten = run(scan(names(10), docs(DocKind.CV, 10)), EMPLOYER, pol=policy, regs=registers)
    assert (ten.action, ten.rule) == (Action.RELAY, "up-to-10-cvs")
    eleven = run(scan(names(11), docs(DocKind.CV, 11)), EMPLOYER, pol=policy, regs=registers)
    assert eleven.action is Action.ENCRYPT
    assert any("11 CVs: the limit is 10" in r for r in eleven.reasons)


def test_cvs_limit_follows_the_policy_limits(registers):
    from policy_builders import make_policy

    tight = make_policy(limits={"cvs": 3})
    s = scan(names(4), docs(DocKind.CV, 4))
    assert run(s, EMPLOYER, pol=tight, regs=registers).action is Action.ENCRYPT


# -- ¶22–24 application forms ---------------------------------------------------------


def test_ten_single_forms_relay_eleven_encrypt(policy, registers):
    ten = scan(names(10), docs(DocKind.APPLICATION_FORM, 10))
    ok = run(ten, EMPLOYER, pol=policy, regs=registers)
    assert (ok.action, ok.rule) == (Action.RELAY, "up-to-10-application-forms")
    eleven = scan(names(11), docs(DocKind.APPLICATION_FORM, 11))
    bad = run(eleven, EMPLOYER, pol=policy, regs=registers)
    assert bad.action is Action.ENCRYPT


def test_five_couple_forms_relay_six_encrypt(policy, registers):
    five = scan(names(10), docs(DocKind.APPLICATION_FORM_COUPLE, 5, people=2))
    assert five.data_subjects == 10
    v5 = run(five, EMPLOYER, pol=policy, regs=registers)
    assert (v5.action, v5.rule) == (Action.RELAY, "up-to-10-application-forms")
    six = scan(names(12), docs(DocKind.APPLICATION_FORM_COUPLE, 6, people=2))
    v6 = run(six, EMPLOYER, pol=policy, regs=registers)
    assert v6.action is Action.ENCRYPT
    assert any("about 12 people: the limit is 10" in r for r in v6.reasons)


def test_application_form_with_age_relays_with_dob_encrypts(policy, registers):
    age = scan(names(1) + found(Category.AGE), docs(DocKind.APPLICATION_FORM))
    assert run(age, EMPLOYER, pol=policy, regs=registers).action is Action.RELAY
    dob = scan(names(1) + found(Category.DOB), docs(DocKind.APPLICATION_FORM))
    v = run(dob, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (Action.ENCRYPT, "dob-prohibited", ["¶32"])


# -- ¶24–28 letters -------------------------------------------------------------------


def test_ten_interview_letters_relay_eleven_encrypt(policy, registers):
    ten = scan(names(10), docs(DocKind.LETTER_INTERVIEW, 10))
    assert run(ten, EMPLOYER, pol=policy, regs=registers).rule == "up-to-10-letters"
    eleven = scan(names(11), docs(DocKind.LETTER_INTERVIEW, 11))
    assert run(eleven, EMPLOYER, pol=policy, regs=registers).action is Action.ENCRYPT


def test_mixed_allowed_letter_kinds_relay(policy, registers):
    s = scan(
        names(3),
        docs(DocKind.LETTER_INTERVIEW)
        + docs(DocKind.LETTER_JOB_OFFER)
        + docs(DocKind.LETTER_APPOINTMENT),
    )
    assert run(s, PARTNER, pol=policy, regs=registers).rule == "up-to-10-letters"


def test_other_letter_is_not_permitted(policy, registers):
    v = run(scan(names(1), docs(DocKind.LETTER_OTHER)), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (Action.ENCRYPT, "letter-not-permitted", ["¶25"])


def test_letter_with_mental_health_encrypts(policy, registers):
    s = scan(names(1) + found(Category.MENTAL_HEALTH), docs(DocKind.LETTER_APPOINTMENT))
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "health-prohibited")


# -- ¶29–31 lists ---------------------------------------------------------------------


def name_list(n: int, extra=(), columns=("surname", "forename", "nino")):
    findings = [*names(n, 'attachment "list.xlsx"'), nino('attachment "list.xlsx"'), *extra]
    return scan(findings, docs(DocKind.NAME_LIST, people=n, columns=columns), people=n)


def test_list_of_500_relays_501_encrypts(policy, registers):
    v500 = run(name_list(500), PARTNER, pol=policy, regs=registers)
    assert (v500.action, v500.rule, v500.guidance) == (
        Action.RELAY,
        "list-up-to-500-names",
        ["¶29–31"],
    )
    v501 = run(name_list(501), PARTNER, pol=policy, regs=registers)
    assert v501.action is Action.ENCRYPT
    assert any("about 501 people: the limit is 500" in r for r in v501.reasons)


def test_list_with_phone_numbers_is_not_exempt(policy, registers):
    v = run(name_list(20, found(Category.PHONE, 20)), EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("telephone numbers" in r for r in v.reasons)


def test_list_with_dob_column_is_not_exempt(policy, registers):
    v = run(name_list(20, columns=("surname", "dob")), EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("columns dob" in r for r in v.reasons)


def test_nino_only_list_of_800_relays(policy, registers):
    findings = [nino('attachment "ninos.csv"', key=f"k{i}") for i in range(800)]
    s = scan(findings, docs(DocKind.NINO_LIST, people=800), people=800)
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (Action.RELAY, "nino-only-list", ["¶31"])


def test_nino_list_with_names_over_500_encrypts(policy, registers):
    findings = [nino('attachment "ninos.csv"', key=f"k{i}") for i in range(800)]
    s = scan(findings + names(800), docs(DocKind.NINO_LIST, people=800), people=800)
    assert run(s, EMPLOYER, pol=policy, regs=registers).action is Action.ENCRYPT


# -- ¶34–36, C15 ¶43–50 to DWP --------------------------------------------------------


def test_one_ucnea1_to_dwp_relays_two_encrypt(policy, registers):
    one = scan([*names(1), nino('attachment "ucnea1-0.pdf"')], docs(DocKind.UCNEA1))
    v1 = run(one, DWP, pol=policy, regs=registers)
    assert (v1.action, v1.rule, v1.guidance) == (
        Action.RELAY,
        "dwp-ucnea1-or-good-news-story",
        ["¶34–35"],
    )
    two = scan([*names(2), nino(), nino(key="n2")], docs(DocKind.UCNEA1, 2))
    v2 = run(two, DWP, pol=policy, regs=registers)
    assert (v2.action, v2.rule) == (Action.ENCRYPT, "nino-prohibited")
    assert any("2 UCNEA1s: the limit is 1" in r for r in v2.reasons)


def test_ucnea1_to_employer_is_not_exempt(policy, registers):
    s = scan([*names(1), nino()], docs(DocKind.UCNEA1))
    assert run(s, EMPLOYER, pol=policy, regs=registers).action is Action.ENCRYPT


def test_good_news_story_to_dwp_relays(policy, registers):
    s = scan(names(1), docs(DocKind.GOOD_NEWS_STORY))
    assert run(s, DWP, pol=policy, regs=registers).action is Action.RELAY


@pytest.mark.parametrize("kind", [DocKind.GOOD_NEWS_STORY, DocKind.UCNEA1])
def test_a_covering_note_that_adds_to_one_ucnea1_or_story_is_not_exempt(policy, registers, kind):
    # ¶34–35 let the form or the story go; a health detail the sender adds in the body
    # about its person is not part of it.
    inside = f'attachment "{kind.value}-0.pdf"'
    note = found(Category.MENTAL_HEALTH, location="body (text/plain)")
    s = scan([*names(1, inside), *note], docs(kind))
    v = run(s, DWP, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("the covering text also carries" in r for r in v.reasons), v.reasons
    s = scan([*names(1, inside), *found(Category.MENTAL_HEALTH, location=inside)], docs(kind))
    assert run(s, DWP, pol=policy, regs=registers).rule == "dwp-ucnea1-or-good-news-story"


def test_list_of_500_to_dwp_relays(policy, registers):
    v = run(name_list(500), DWP, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "dwp-list-up-to-500-names")
    assert run(name_list(501), DWP, pol=policy, regs=registers).action is Action.ENCRYPT


IN_RECORD = 'attachment "exit_report-0.pdf" › page 1'
EBCF = 'attachment "whp_employment_business_customer_form-0.pdf"'


def test_exit_report_to_dwp_one_record_per_email(policy, registers):
    one = scan([*names(1), nino(IN_RECORD)], docs(DocKind.EXIT_REPORT))
    assert run(one, DWP, pol=policy, regs=registers).rule == "dwp-c15-process"
    two = scan([*names(2), nino()], docs(DocKind.EXIT_REPORT, 2))
    assert run(two, DWP, pol=policy, regs=registers).action is Action.ENCRYPT


def test_a_covering_note_that_adds_claimant_data_is_not_the_record(policy, registers):
    # C15 ¶46: the record goes unencrypted, one per email; a health detail typed into
    # the covering text is not part of it (RULES.md: the exemption covers what it covers).
    note = found(Category.MENTAL_HEALTH, location="body (text/plain)")
    s = scan([*names(1), nino(IN_RECORD), *note], docs(DocKind.EXIT_REPORT))
    v = run(s, DWP, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("the covering text also carries" in r for r in v.reasons), v.reasons
    # The covering note may still name whom the record is about.
    s = scan([*names(1, "body (text/plain)"), nino(IN_RECORD)], docs(DocKind.EXIT_REPORT))
    assert run(s, DWP, pol=policy, regs=registers).rule == "dwp-c15-process"


def test_ebcf_to_designated_inbox_relays_elsewhere_rejects(policy, registers):
    s = scan([*names(1), nino(EBCF)], docs(DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM))
    ok = run(s, DWP_EBCF_INBOX, pol=policy, regs=registers)
    assert (ok.action, ok.rule) == (Action.RELAY, "dwp-c15-process")
    elsewhere = run(s, DWP, pol=policy, regs=registers)
    assert (elsewhere.action, elsewhere.rule) == (Action.REJECT, "process-recipient-not-designated")
    assert elsewhere.guidance == ["¶12", "C15 ¶47–49"]
    assert any(f"{DWP} is not the designated inbox" in r for r in elsewhere.reasons)
    employer = run(s, EMPLOYER, pol=policy, regs=registers)
    assert employer.action is Action.REJECT


def test_ebcf_without_designated_inbox_goes_to_any_dwp_address(registers):
    from policy_builders import make_policy, site_data

    data = site_data()
    data["processes"]["whp_employment_business_customer_form"]["inboxes"] = []
    open_policy = make_policy(data)
    s = scan([*names(1), nino(EBCF)], docs(DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM))
    assert run(s, DWP, pol=open_policy, regs=registers).rule == "dwp-c15-process"


def test_designated_sender_is_enforced(registers):
    from policy_builders import make_policy, site_data

    data = site_data()
    data["processes"]["exit_report"]["senders"] = ["whp.exits@provider.example"]
    pol = make_policy(data)
    s = scan([*names(1), nino(IN_RECORD)], docs(DocKind.EXIT_REPORT))
    right = run(s, DWP, pol=pol, regs=registers, sender="whp.exits@provider.example")
    assert right.action is Action.RELAY
    wrong = run(s, DWP, pol=pol, regs=registers)
    assert wrong.action is Action.ENCRYPT
    assert any("not a designated inbox for sending Exit Report" in r for r in wrong.reasons)


# -- C15 ¶53 forwarding to an approved subcontractor ----------------------------------


def test_exit_report_to_approved_partner_relays(policy, registers):
    s = scan([*names(1), nino()], docs(DocKind.EXIT_REPORT))
    v = run(s, PARTNER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (
        Action.RELAY,
        "forward-to-approved-subcontractor",
        ["C15 ¶53"],
    )
    assert run(s, INTERNAL, pol=policy, regs=registers).action is Action.RELAY


def test_process_not_yet_approved_for_partner_encrypts(policy, registers):
    # Acme is approved for Change of Circumstances only from 2026-06-01.
    s = scan([*names(1), nino()], docs(DocKind.CHANGE_OF_CIRCUMSTANCES))
    v = run(s, PARTNER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert any("Acme Training is not approved for Change of Circumstances" in r for r in v.reasons)


def test_partner_not_approved_for_any_process_encrypts(policy, registers):
    s = scan([*names(1), nino()], docs(DocKind.EXIT_REPORT))
    assert run(s, UNAPPROVED_PARTNER, pol=policy, regs=registers).action is Action.ENCRYPT


def test_two_records_to_approved_partner_encrypt(policy, registers):
    s = scan([*names(2), nino()], docs(DocKind.EXIT_REPORT, 2))
    assert run(s, PARTNER, pol=policy, regs=registers).action is Action.ENCRYPT


# A DWP mail passed on (a referral, a notification) with one participant's record in it.
FORWARD = "body (text/plain) › forwarded mail"


def dwp_forward(findings, domain: str = "dwp.gov.uk", people: int | None = None) -> Scan:
    s = scan(findings, people=people)
    s.forwarded = [ForwardedMail(FORWARD, domain)]
    return s


def test_dwp_mail_forwarded_to_approved_partner_relays(policy, registers):
    s = dwp_forward([*names(1, FORWARD), nino(FORWARD), *found(Category.ADDRESS, 1, FORWARD)])
    v = run(s, PARTNER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.guidance) == (
        Action.RELAY,
        "forward-dwp-mail-to-approved-subcontractor",
        ["C15 ¶53"],
    )
    assert run(s, INTERNAL, pol=policy, regs=registers).action is Action.RELAY


def test_dwp_mail_forwarded_elsewhere_or_with_more_is_not_exempt(policy, registers):
    record = [*names(1, FORWARD), nino(FORWARD)]
    # Not an approved subcontractor, nor an employer.
    for to in (UNAPPROVED_PARTNER, EMPLOYER):
        assert run(dwp_forward(record), to, pol=policy, regs=registers).action is Action.ENCRYPT
    # Mail that was not DWP's.
    other = dwp_forward(record, domain="council.example")
    assert run(other, PARTNER, pol=policy, regs=registers).action is Action.ENCRYPT
    # Two participants' records at once.
    two = dwp_forward([*names(2, FORWARD), nino(FORWARD)])
    assert run(two, PARTNER, pol=policy, regs=registers).action is Action.ENCRYPT
    # A detail the sender added above the forwarded mail.
    added = dwp_forward([*record, *found(Category.CRIMINAL_RECORD)])
    v = run(added, PARTNER, pol=policy, regs=registers)
    assert v.action is Action.ENCRYPT
    assert v.rule == "nino-prohibited"  # the first prohibition that applies


def test_a_claimant_domain_address_the_mail_shows_is_someone_else_is_a_third_party():
    from datetime import UTC, datetime

    from policy_builders import make_policy, site_data

    from policies.classify import Directory, classify

    data = site_data()
    data["recipients"]["claimant"] = {"domains": ["gmail.example"], "addresses": []}
    pol = make_policy(data)
    now = datetime(2026, 12, 2, tzinfo=UTC)
    partner = "owen.p1984@gmail.example"
    r = classify(partner, Directory(pol), None, set(), now)
    assert r.cls is RecipientClass.CLAIMANT
    r = classify(partner, Directory(pol), None, set(), now, {partner})
    assert (r.cls, r.basis) == (RecipientClass.THIRD_PARTY, "addressed to someone else")
    # A message that identifies the recipient as its subject wins over that.
    r = classify(partner, Directory(pol), None, {partner}, now, {partner})
    assert r.cls is RecipientClass.CLAIMANT

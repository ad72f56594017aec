"""Encrypted and unreadable content, the encryption route, the sender's tag,
monitor mode, the C15 ¶58–63 suspension switch, ¶15/¶37 warnings, reloading."""

from __future__ import annotations

from datetime import UTC, datetime

from policy_builders import (
    CLAIMANT,
    DWP,
    EMPLOYER,
    consent,
    docs,
    make_policy,
    names,
    nino,
    run,
    scan,
    site_data,
)

from detectors.model import DocKind, Opaque
from policies.engine import PolicyDecider
from policies.loader import DEFAULT_POLICY
from policies.verdict import Action, EnvelopeFacts


def opaque(reason: str) -> Opaque:
    return Opaque('attachment "docs.zip"', reason, "docs.zip", "application/zip", 2048)


# -- already encrypted, password-protected, unreadable --------------------------------


def test_already_encrypted_message_relays_as_encrypted(policy, registers):
    s = scan([nino()], encrypted="smime")
    v = run(s, EMPLOYER, CLAIMANT, pol=policy, regs=registers)
    assert (v.action, v.rule, v.already_encrypted) == (Action.RELAY, "already-encrypted", True)
    assert "smime" in v.reasons[0]


def test_already_encrypted_still_gets_address_warnings(policy, registers):
    consent(registers)
    s = scan([nino()], encrypted="pgp-mime")
    v = run(s, CLAIMANT, "john.smith@dwp.gov.uk", pol=policy, regs=registers)
    assert v.action is Action.RELAY and v.already_encrypted
    assert any("individual DWP address" in w for w in v.warnings)


def test_password_protected_attachment_is_encrypted(policy, registers):
    v = run(scan(opaque=[opaque("password-protected")]), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "password-protected-content")
    assert 'attachment "docs.zip" is password-protected' in v.reasons[0]


def test_password_protected_with_prohibited_data_keeps_both_reasons(policy, registers):
    s = scan([*names(1), nino()], opaque=[opaque("password-protected")])
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "nino-prohibited")
    assert any("password-protected" in r for r in v.reasons)


def test_password_protected_next_to_exempt_content_is_encrypted(policy, registers):
    s = scan(names(1), opaque=[opaque("password-protected")])
    v = run(s, EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "password-protected-content")


def test_inline_logo_relays_but_an_attached_scan_is_encrypted(policy, registers):
    logo = run(scan(opaque=[opaque("inline-image")]), EMPLOYER, pol=policy, regs=registers)
    assert (logo.action, logo.rule) == (Action.RELAY, "no-claimant-data")
    scanned = run(scan(opaque=[opaque("no-text")]), EMPLOYER, pol=policy, regs=registers)
    assert (scanned.action, scanned.rule) == (Action.ENCRYPT, "unreadable-content")
    strict = make_policy(opaque={"inline_image": "encrypt"})
    v = run(scan(opaque=[opaque("inline-image")]), EMPLOYER, pol=strict, regs=registers)
    assert (v.action, v.rule) == (Action.ENCRYPT, "unreadable-content")


def test_corrupt_or_over_limit_content_is_rejected(policy, registers):
    for reason in ("corrupt", "limit:depth", "limit:ratio"):
        v = run(scan(opaque=[opaque(reason)]), EMPLOYER, pol=policy, regs=registers)
        assert (v.action, v.rule) == (Action.REJECT, "unreadable-content"), reason
        assert "never sends what it could not check" in v.reasons[0]


def test_unreadable_rejects_even_if_readable_part_is_exempt(policy, registers):
    s = scan(names(1), docs(DocKind.CV), opaque=[opaque("corrupt")])
    assert run(s, EMPLOYER, pol=policy, regs=registers).action is Action.REJECT


def test_encrypted_attachment_inside_plain_mail_relays(policy, registers):
    v = run(scan(opaque=[opaque("encrypted:pgp")]), EMPLOYER, pol=policy, regs=registers)
    assert v.action is Action.RELAY


def test_opaque_handling_is_configurable(registers):
    pol = make_policy(opaque={"password_protected": "reject"})
    v = run(scan(opaque=[opaque("password-protected")]), EMPLOYER, pol=pol, regs=registers)
    assert v.action is Action.REJECT


# -- encryption route and the sender's tag ----------------------------------------------


def test_no_encryption_route_turns_encrypt_into_reject(registers):
    pol = make_policy(encryption={"route": False, "subject_tag": "[ENCRYPT]"})
    v = run(scan([*names(1), nino()]), EMPLOYER, pol=pol, regs=registers)
    assert (v.action, v.rule) == (Action.REJECT, "nino-prohibited")
    assert any("No encryption route is configured" in r for r in v.reasons)
    assert not any("[ENCRYPT]" in f for f in v.fixes)


def test_no_encryption_route_leaves_exempt_mail_alone(registers):
    pol = make_policy(encryption={"route": False})
    assert run(scan(names(1)), EMPLOYER, pol=pol, regs=registers).action is Action.RELAY


def test_subject_tag_forces_encryption(policy, registers):
    v = run(scan(subject="[encrypt] Lunch"), EMPLOYER, pol=policy, regs=registers)
    assert (v.action, v.rule, v.sender_requested_encryption) == (
        Action.ENCRYPT,
        "sender-requested-encryption",
        True,
    )


def test_subject_tag_does_not_lift_a_reject(policy, registers):
    s = scan(names(1), docs(DocKind.CV), subject="[ENCRYPT] CV", identified=[CLAIMANT])
    assert run(s, CLAIMANT, pol=policy, regs=registers).action is Action.REJECT


def test_custom_subject_tag(registers):
    pol = make_policy(encryption={"route": True, "subject_tag": "SECURE:"})
    assert run(scan(subject="SECURE: hi"), EMPLOYER, pol=pol, regs=registers).action is (
        Action.ENCRYPT
    )
    assert run(scan(subject="[ENCRYPT] hi"), EMPLOYER, pol=pol, regs=registers).action is (
        Action.RELAY
    )


# -- monitor mode ---------------------------------------------------------------------


def test_monitor_mode_records_decision_and_marks_it(registers):
    pol = make_policy(monitor=True)
    v = run(scan([*names(1), nino()]), EMPLOYER, pol=pol, regs=registers)
    assert v.monitor is True
    assert (v.action, v.rule) == (Action.ENCRYPT, "nino-prohibited")
    assert v.warnings[0].startswith("MONITOR MODE: the policy decided ENCRYPT (nino-prohibited)")


def test_monitor_off_by_default(policy, registers):
    assert run(scan([nino()]), EMPLOYER, pol=policy, regs=registers).monitor is False


# -- suspension (C15 ¶58–63) ----------------------------------------------------------


def suspended(**kw):
    sus = {
        "active": True,
        "reason": "DWP notice of IT failure, ref INC-4432",
        "since": "2026-03-01T08:00:00Z",
        "until": "2026-03-04T17:00:00Z",
        "action": "encrypt",
    }
    sus.update(kw)
    return make_policy(suspension=sus)


def test_suspension_encrypts_what_an_exemption_would_relay(registers):
    v = run(scan(names(1)), EMPLOYER, pol=suspended(), regs=registers)
    assert (v.action, v.rule, v.guidance) == (
        Action.ENCRYPT,
        "unencrypted-email-suspended",
        ["C15 ¶58–63"],
    )
    assert "INC-4432" in v.reasons[0] and "2026-03-04T17:00:00" in v.reasons[0]


def test_suspension_reject_gives_clerical_advice(registers):
    v = run(scan(names(1)), EMPLOYER, pol=suspended(action="reject"), regs=registers)
    assert v.action is Action.REJECT
    assert any("clerical process" in f for f in v.fixes)


def test_suspension_leaves_clean_mail_alone(registers):
    v = run(scan(), EMPLOYER, pol=suspended(), regs=registers)
    assert (v.action, v.rule) == (Action.RELAY, "no-claimant-data")


def test_suspension_ends_at_its_end_time(registers):
    after = datetime(2026, 3, 4, 17, 0, tzinfo=UTC)
    v = run(scan(names(1)), EMPLOYER, pol=suspended(), regs=registers, now=after)
    assert v.action is Action.RELAY
    before = datetime(2026, 3, 1, 7, 59, tzinfo=UTC)
    assert run(scan(names(1)), EMPLOYER, pol=suspended(), regs=registers, now=before).action is (
        Action.RELAY
    )


def test_suspension_with_no_route_rejects(registers):
    data = site_data()
    data["encryption"] = {"route": False}
    data["suspension"] = {"active": True, "reason": "provider mail outage"}
    v = run(scan(names(1)), EMPLOYER, pol=make_policy(data), regs=registers)
    assert (v.action, v.rule) == (Action.REJECT, "unencrypted-email-suspended")
    assert any("clerical process" in f for f in v.fixes)


# -- ¶15 and ¶37 ----------------------------------------------------------------------


def test_individual_dwp_address_copied_to_claimant_mail_warns(policy, registers):
    consent(registers)
    v = run(scan(), CLAIMANT, "john.smith@dwp.gov.uk", pol=policy, regs=registers)
    assert v.action is Action.RELAY
    assert any(
        "john.smith@dwp.gov.uk looks like an individual DWP address" in w for w in v.warnings
    )
    shared = run(scan(), CLAIMANT, "wpd.security@dwp.gov.uk", pol=policy, regs=registers)
    assert not shared.warnings


def test_shared_mailbox_rule_can_reject(registers):
    data = site_data()
    data["warnings"]["shared_mailbox"] = {
        "action": "reject",
        "shared_mailboxes": ["employment.support@provider.example"],
    }
    pol = make_policy(data)
    consent(registers)
    ok = run(scan(), CLAIMANT, pol=pol, regs=registers)
    assert ok.action is Action.RELAY
    bad = run(scan(), CLAIMANT, pol=pol, regs=registers, sender="k.jones@provider.example")
    assert (bad.action, bad.rule, bad.guidance) == (
        Action.REJECT,
        "shared-mailbox-required",
        ["¶15"],
    )


def test_empty_subject_to_dwp_warns(policy, registers):
    v = run(scan(subject=""), DWP, pol=policy, regs=registers)
    assert v.action is Action.RELAY
    assert any("¶37" in w for w in v.warnings)
    assert not run(scan(subject="Exit report"), DWP, pol=policy, regs=registers).warnings


# -- the gateway's decider -------------------------------------------------------------


def test_decider_reload_keeps_old_policy_on_error(tmp_path, registers):
    path = tmp_path / "policy.yaml"
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    text = text.replace("domains_file: lists/", f"domains_file: {DEFAULT_POLICY.parent}/lists/")
    path.write_text(text, encoding="utf-8")
    decider = PolicyDecider(path, registers)
    env = EnvelopeFacts("a@provider.example", (EMPLOYER,))
    assert decider.decide(env, scan([nino()])).action is Action.ENCRYPT

    path.write_text(text.replace("monitor: false", "monitor: maybe"), encoding="utf-8")
    error = decider.reload()
    assert error is not None and f"{path}:" in error and "monitor" in error
    assert decider.decide(env, scan([nino()])).monitor is False  # old policy still in use

    path.write_text(text.replace("monitor: false", "monitor: true"), encoding="utf-8")
    assert decider.reload() is None
    assert decider.decide(env, scan([nino()])).monitor is True


def test_no_recipients_is_rejected(policy, registers):
    v = run(scan(), pol=policy, regs=registers)
    assert v.action is Action.REJECT


def test_decider_from_config(tmp_path, monkeypatch):
    (tmp_path / "site.yaml").write_text(
        'fallback: {id: site-fallback, guidance: ["¶18"], why: x}\n', encoding="utf-8"
    )
    config = tmp_path / "mailgate.yaml"
    config.write_text("policy: {path: site.yaml}\ndatabase: {path: g.db}\n", encoding="utf-8")
    decider = PolicyDecider.from_config(config)
    assert decider.policy.fallback.id == "site-fallback"
    assert decider.registers is not None and (tmp_path / "g.db").is_file()
    monkeypatch.chdir(tmp_path)  # embedded defaults: the registers share ./audit.db
    default = PolicyDecider.from_config(None)
    assert default.policy.name == "dwp-provider" and default.registers is not None
    assert (tmp_path / "audit.db").is_file()

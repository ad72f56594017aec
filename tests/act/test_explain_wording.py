"""Issue 13 wording and over-masking: staff wording names no CLI command, advice offers
only what can work for the rule, and the gateway's own ids and times are never masked."""

from __future__ import annotations

from act_planted import envelope, make_planted, message_with_data, scan_for, verdict

from gateway.actions.bounce import Explainer, accepted_line, default_fixes
from gateway.actions.headers import masked_header_block
from gateway.actions.notices import Notifier
from gateway.actions.settings import BounceConfig, NoticeConfig
from policies.loader import load
from policies.verdict import Action

SENDER = "ann.case@provider.example"
RCPTS = ["boss@employer.example"]
CONFIG = BounceConfig(
    from_address="mailgate@provider.example",
    internal_domains=["provider.example"],
    security_contact="security@provider.example",
)


async def _no_send(raw, mail_from, rcpts):
    raise AssertionError("must not send")


def test_default_policy_wording_names_no_cli_command() -> None:
    from pathlib import Path

    import policies

    policy = load(Path(policies.__file__).parent / "dwp-provider.yaml")
    for rule in policy.all_rules():
        for text in (rule.why, getattr(rule, "advice", ""), getattr(rule, "remove", "")):
            assert "mailgate " not in text, rule.id


def test_no_permission_advice_where_a_permission_cannot_override() -> None:
    v = verdict(Action.REJECT, RCPTS)
    v.permission_can_override = False
    v.encryption_can_fix = False
    fixes = " ".join(default_fixes(v, CONFIG, "[ENCRYPT]"))
    assert "permission" not in fixes.lower() and "[ENCRYPT]" not in fixes
    v.permission_can_override = v.encryption_can_fix = True
    fixes = " ".join(default_fixes(v, CONFIG, "[ENCRYPT]"))
    assert "permission" in fixes.lower() and "[ENCRYPT]" in fixes


def test_header_block_keeps_date_queue_id_and_boundary() -> None:
    head = (
        b"Date: Thu, 03 Dec 2026 07:05:45 +0000\r\n"
        b"Received: from pc.provider.example by mx.provider.example (Postfix) with ESMTP"
        b" id 46C1234567E for <jane.roe@employer.example>; Thu, 03 Dec 2026 07:05:45 +0000\r\n"
        b'Content-Type: multipart/mixed; boundary="===============4417802931=="\r\n'
        b"Reply-To: =?utf-8?q?Roe=2C_Jane?= <jane.roe@mail.example>\r\n\r\n"
    )
    block = masked_header_block(head, reader=SENDER)
    assert "Date: Thu, 03 Dec 2026 07:05:45 +0000" in block
    assert "id 46C1234567E" in block
    assert 'boundary="===============4417802931=="' in block
    assert "Roe" not in block and "Jane" not in block and "jane.roe" not in block
    assert "j••••@employer.example" in block


def test_explanation_helpdesk_section_unmasked_and_no_cli() -> None:
    p = make_planted(5)
    raw = message_with_data(p, SENDER, RCPTS, subject="Referral")
    raw = (
        b"Received: from pc by mx with ESMTP id 7F2A1234567; Thu, 03 Dec 2026 07:05:45 +0000\r\n"
        + raw
    )
    msg = Explainer(CONFIG, _no_send, hostname="gw.provider.example").build(
        envelope=envelope(SENDER, RCPTS),
        verdict=verdict(Action.REJECT, RCPTS),
        scan=scan_for(p),
        raw=raw,
        reference="MG-1234-5678-90",
        queue_id="A1B2C3D4E5F6",
        received_at=1796281224.0,
        accepted=True,
    )
    text = msg.get_payload()[0].get_payload()[0].get_content()
    assert "MG-1234-5678-90" in text and "A1B2C3D4E5F6" in text and "7F2A1234567" in text
    assert "2026-12-03" in text and "250, accepted and not delivered" in text
    assert "mailgate " not in text
    assert "boss@" not in text and "b••••@employer.example" in text


def test_incident_notice_time_is_not_masked_and_names_no_command() -> None:
    p = make_planted(7)
    msg = Notifier(NoticeConfig(incident_notice=True), CONFIG, _no_send).build_incident(
        envelope=envelope(SENDER, RCPTS),
        verdict=verdict(Action.REJECT, RCPTS),
        scan=scan_for(p),
        reference="MG-1",
    )
    text = msg.get_content()
    time_line = next(line for line in text.splitlines() if line.startswith("Time:"))
    assert "•" not in time_line
    assert "mailgate " not in text


def test_accepted_line_is_250_with_reference() -> None:
    line = accepted_line(verdict(Action.REJECT, RCPTS), "MG-1")
    assert line.startswith("250 2.0.0 Accepted, not delivered") and line.endswith(
        "Details emailed to you."
    )
    assert line.isascii()

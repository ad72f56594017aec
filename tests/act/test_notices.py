"""Notices: the sender's "sent encrypted" notice and the security contact's SS-014 incident
notice, built and parsed back; who gets them; no personal data."""

from __future__ import annotations

import asyncio
import email
from email import policy

import pytest
from act_planted import envelope, make_planted, message_with_data, scan_for, verdict

from gateway.actions.notices import Notifier
from gateway.actions.settings import BounceConfig, NoticeConfig
from gateway.actions.submit import SubmitReply
from policies.verdict import Action

SENDER = "ann.case@provider.example"
RCPTS = ["jane.doe@gmail.example", "boss@employer.example"]
BOUNCE = BounceConfig(
    from_address="mailgate@provider.example",
    internal_domains=["provider.example"],
    security_contact="security@provider.example",
    organisation="Acme Employment",
)


class Outbox:
    def __init__(self) -> None:
        self.sent: list[tuple[bytes, str, list[str]]] = []

    async def __call__(self, raw: bytes, mail_from: str, rcpts: list[str]) -> SubmitReply:
        self.sent.append((raw, mail_from, rcpts))
        return SubmitReply(250, "ok")


def notifier(outbox: Outbox, **cfg) -> Notifier:
    return Notifier(NoticeConfig(**cfg), BOUNCE, outbox)


def test_incident_notice_has_reference_counts_and_no_personal_data() -> None:
    out = Outbox()
    p = make_planted(21)
    n = notifier(out, incident_notice=True)
    v = verdict(Action.REJECT, RCPTS)
    d = asyncio.run(
        n.incident(envelope=envelope(SENDER, RCPTS), verdict=v, scan=scan_for(p), reference="MG-9")
    )
    assert d.send
    [(raw, mail_from, rcpts)] = out.sent
    assert mail_from == "" and rcpts == ["security@provider.example"]
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == "Incident notice: claimant data stopped (ref MG-9)"
    assert msg["Auto-Submitted"] == "auto-generated"
    text = msg.get_content()
    assert "SS-014" in text and "MG-9" in text
    assert "mailgate " not in text  # the reference finds it; no shell command in mail
    assert "National Insurance number x1" in text and "Date of birth x1" in text
    assert "gmail.example (third_party)" in text and "employer.example (third_party)" in text
    assert "jane.doe" not in text and "boss@" not in text  # recipients by domain only
    assert "It was NOT delivered" in text
    for value in p.values():
        assert value not in text
    assert p.name not in text


def test_incident_only_for_configured_categories_and_rejects() -> None:
    out = Outbox()
    p = make_planted(22)
    scan = scan_for(p)
    on = notifier(out, incident_notice=True)
    assert on.wants_incident(verdict(Action.REJECT, RCPTS), scan)
    assert not on.wants_incident(verdict(Action.ENCRYPT, RCPTS), scan)
    assert not notifier(out).wants_incident(verdict(Action.REJECT, RCPTS), scan)  # off
    narrow = notifier(out, incident_notice=True, incident_categories=["criminal_record"])
    assert not narrow.wants_incident(verdict(Action.REJECT, RCPTS), scan)
    with pytest.raises(ValueError):
        NoticeConfig(incident_categories=["shoe_size"])
    # Monitor mode: the policy would have stopped it; the notice says it went.
    monitor = verdict(Action.REJECT, RCPTS, monitor=True)
    msg = on.build_incident(
        envelope=envelope(SENDER, RCPTS), verdict=monitor, scan=scan, reference="MG-8"
    )
    assert "WAS delivered unencrypted" in msg.get_content()
    assert "sent (monitor mode)" in msg["Subject"]


def test_encrypted_notice_to_internal_sender_only() -> None:
    out = Outbox()
    p = make_planted(23)
    n = notifier(out, encrypted_notice=True)
    raw = message_with_data(p, SENDER, RCPTS, subject=f"Case {p.nino}")
    v = verdict(Action.ENCRYPT, RCPTS)
    d = asyncio.run(
        n.encrypted(
            envelope=envelope(SENDER, RCPTS),
            verdict=v,
            scan=scan_for(p),
            raw=raw,
            reference="MG-7",
            method="smime",
        )
    )
    assert d.send
    [(sent, mail_from, rcpts)] = out.sent
    assert mail_from == "" and rcpts == [SENDER]
    text = email.message_from_bytes(sent, policy=policy.default).get_content()
    assert "sent ENCRYPTED" in text and "MG-7" in text and "Only the recipient's own key" in text
    for value in p.values():
        assert value.encode() not in sent

    # Not to outsiders, not when the sender asked for encryption, not when switched off.
    outsider = asyncio.run(
        n.encrypted(
            envelope=envelope("x@outside.example", RCPTS),
            verdict=v,
            scan=None,
            raw=raw,
            reference="MG-6",
            method="route",
        )
    )
    asked = verdict(Action.ENCRYPT, RCPTS, sender_requested_encryption=True)
    requested = asyncio.run(
        n.encrypted(
            envelope=envelope(SENDER, RCPTS),
            verdict=asked,
            scan=None,
            raw=raw,
            reference="MG-5",
            method="route",
        )
    )
    off = asyncio.run(
        notifier(out).encrypted(
            envelope=envelope(SENDER, RCPTS),
            verdict=v,
            scan=None,
            raw=raw,
            reference="MG-4",
            method="route",
        )
    )
    assert not outsider.send and not requested.send and not off.send
    assert len(out.sent) == 1

"""End to end: SMTP into the running gateway with the policy deciding; the decision is
visible upstream (the sink got the message) or in the reply (550 with the reason)."""

from __future__ import annotations

import smtplib
from datetime import date
from pathlib import Path

import pytest
import yaml
from mailgate_support import upstream_to

from policies.engine import PolicyDecider
from policies.loader import DEFAULT_POLICY
from policies.registers import Registers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SENDER = "employment.support@northgate-employment.example"


def site_policy(tmp_path: Path, **switches: str) -> Path:
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    text = text.replace("domains_file: lists/", f"domains_file: {DEFAULT_POLICY.parent}/lists/")
    for old, new in switches.items():
        text = text.replace(old, new)
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def start(gateway_factory, sink, tmp_path):
    def run(registers: Registers | None = None, **switches: str):
        decider = PolicyDecider(site_policy(tmp_path, **switches), registers)
        data = {"upstream": upstream_to(sink.port), "scan": {"workers": 1, "timeout": 60}}
        return gateway_factory(data, policy=decider), decider

    return run


def send(port: int, name: str, to: list[str]) -> tuple[int, bytes]:
    # Saved with LF line ends; on the wire SMTP needs CRLF.
    raw = (EXAMPLES / f"{name}.eml").read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with smtplib.SMTP("127.0.0.1", port) as s:
        s.ehlo("client.test")
        s.mail(SENDER)
        for rcpt in to:
            code, _ = s.rcpt(rcpt)
            assert code == 250
        return s.data(raw)


def test_relay_and_reject_through_the_gateway(start, sink):
    # needs detection
    gw, _ = start(**{"route: true": "route: false"})
    code, _ = send(gw.port, "clean-mail", ["recruitment@brightwell-logistics.example"])
    assert code == 250
    code, _ = send(gw.port, "list-of-500-names", ["referrals@pennine-skills.example"])
    assert code == 250
    assert len(sink.wait_for(2)) == 2
    code, reply = send(gw.port, "cv-with-nino", ["recruitment@brightwell-logistics.example"])
    assert code == 550
    assert b"nino-prohibited" in reply and b"cv-warehouse-candidate.docx" in reply
    assert len(sink.messages) == 2  # nothing more went upstream


def test_encrypt_never_in_clear_and_consent_register_decides(start, sink, tmp_path):
    # needs detection
    own = yaml.safe_load((EXAMPLES / "cv-to-claimant.yaml").read_text("utf-8"))["consent"][0]
    regs = Registers(tmp_path / "gateway.db")
    gw, _ = start(regs)
    # The default actions have no encryption route: an encrypt verdict is refused, not sent.
    code, reply = send(gw.port, "health-details-to-employer", ["hr@brightwell-logistics.example"])
    assert code == 550 and b"encrypted" in reply
    assert sink.messages == []
    # Consent recorded while the gateway runs is used for the next message.
    regs.add_consent(own, date(2026, 1, 5), "CRM note 12")
    code, _ = send(gw.port, "cv-to-claimant", [own])
    assert code == 250
    assert sink.wait_for(1)[0].rcpt_tos == [own]


def test_reload_to_monitor_mode_relays_what_it_refused(start, sink, tmp_path):
    # needs detection
    gw, decider = start(**{"route: true": "route: false"})
    assert send(gw.port, "cv-with-nino", ["recruitment@brightwell-logistics.example"])[0] == 550
    path = tmp_path / "policy.yaml"
    path.write_text("monitor: [broken", "utf-8")
    assert "policy.yaml:1:" in (decider.reload() or "")  # the running policy stays
    assert send(gw.port, "cv-with-nino", ["recruitment@brightwell-logistics.example"])[0] == 550
    path.write_text(site_policy(tmp_path, **{"monitor: false": "monitor: true"}).read_text("utf-8"))
    assert decider.reload() is None
    assert send(gw.port, "cv-with-nino", ["recruitment@brightwell-logistics.example"])[0] == 250
    assert len(sink.wait_for(1)) == 1

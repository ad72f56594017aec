"""scan → decide → act: worker crash and timeout, policy and audit failures, reject, encrypt."""

from __future__ import annotations

import smtplib
import time
from pathlib import Path

import pytest
from gw_helpers import message, strip_trace
from mailgate_support import upstream_to

from detectors.model import Scan
from gateway.pipeline import DefaultActions
from policies.verdict import Action, EnvelopeFacts, Verdict


def send(port: int, raw: bytes) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo("client.test")
        assert s.mail("sender@provider.test")[0] == 250
        assert s.rcpt("a@partner.test")[0] == 250
        return s.data(raw)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def scan_cfg(analyser: str, timeout: float = 10) -> dict:
    return {"workers": 1, "timeout": timeout, "analyser": analyser}


def test_worker_crash_gives_451_nothing_relayed_and_pool_recovers(gw, sink):
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "scan": scan_cfg("gw_hostile_analysers:crash_if_marked"),
        }
    )
    code, text = send(g.port, message("crash me", extra="X-Test-Crash: yes\r\n"))
    assert code == 451 and text.startswith(b"4.3.0")
    assert b"worker crashed" in text
    assert sink.messages == []
    # A new pool serves the next message.
    assert send(g.port, message("fine"))[0] == 250
    assert len(sink.wait_for(1)) == 1


def test_every_message_crashing_never_relays(gw, sink):
    g = gw({"upstream": upstream_to(sink.port), "scan": scan_cfg("gw_hostile_analysers:crash")})
    for _ in range(2):
        assert send(g.port, message())[0] == 451
    assert sink.messages == []


def test_worker_timeout_gives_451_and_kills_the_runaway(gw, sink):
    g = gw({"upstream": upstream_to(sink.port), "scan": scan_cfg("gw_hostile_analysers:hang", 1)})
    before = set(g.gateway.scanner.pids())
    started = time.monotonic()
    code, text = send(g.port, message("hang"))
    assert code == 451 and b"4.3.0" in text and b"timeout" in text
    assert time.monotonic() - started < 8
    assert sink.messages == []
    time.sleep(0.5)
    for pid in before:  # the runaway worker was killed, not left spinning
        assert not alive(pid)
    assert send(g.port, message("hang again"))[0] == 451  # a fresh pool, not a stuck one


def test_analyser_exception_gives_451(gw, sink):
    g = gw({"upstream": upstream_to(sink.port), "scan": scan_cfg("gw_hostile_analysers:boom")})
    code, text = send(g.port, message())
    assert code == 451 and b"analyser error" in text
    assert sink.messages == []


class Fixed:
    """A policy that returns one verdict and remembers what it was asked."""

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.seen: list[tuple[EnvelopeFacts, Scan]] = []

    def decide(self, facts: EnvelopeFacts, scan: Scan) -> Verdict:
        self.seen.append((facts, scan))
        return self.verdict


def test_policy_sees_envelope_and_scan(gw, sink):
    policy = Fixed(Verdict(action=Action.RELAY, rule="test-relay"))
    g = gw({"upstream": upstream_to(sink.port)}, policy=policy)
    assert send(g.port, message("Quarterly figures"))[0] == 250
    [(facts, scan)] = policy.seen
    assert facts.mail_from == "sender@provider.test"
    assert facts.rcpt_tos == ("a@partner.test",)
    assert facts.client_address == "127.0.0.1"
    assert scan.subject == "Quarterly figures"


def test_reject_aborts_upstream_and_answers_first_reason(gw, sink):
    verdict = Verdict(
        action=Action.REJECT,
        rule="nino-prohibited",
        reasons=["a National Insurance number (AB •• •• •• C) may not be emailed", "second"],
    )
    g = gw({"upstream": upstream_to(sink.port)}, policy=Fixed(verdict))
    code, text = send(g.port, message("has a nino"))
    assert code == 550
    assert text.decode() == "5.7.1 a National Insurance number (AB •• •• •• C) may not be emailed"
    assert sink.messages == []


def test_encrypt_without_route_is_not_sent_in_clear(gw, sink):
    g = gw(
        {"upstream": upstream_to(sink.port)},
        policy=Fixed(Verdict(action=Action.ENCRYPT, rule="special-category")),
    )
    code, _ = send(g.port, message())
    assert code == 550
    assert sink.messages == []


def test_monitor_mode_relays_what_would_be_rejected(gw, sink):
    verdict = Verdict(action=Action.REJECT, rule="rollout", monitor=True)
    g = gw({"upstream": upstream_to(sink.port)}, policy=Fixed(verdict))
    assert send(g.port, message())[0] == 250
    assert len(sink.wait_for(1)) == 1


class BrokenPolicy:
    def decide(self, facts, scan):
        raise RuntimeError("policy file broken")


def test_policy_failure_gives_451(gw, sink):
    g = gw({"upstream": upstream_to(sink.port)}, policy=BrokenPolicy())
    code, text = send(g.port, message())
    assert code == 451 and text.startswith(b"4.3.0")
    assert sink.messages == []


class AuditDown(DefaultActions):
    async def audit(self, message, scan, verdict):
        raise OSError("audit store unavailable")


def test_no_audit_record_no_send(gw, sink):
    g = gw({"upstream": upstream_to(sink.port)}, actions=AuditDown())
    code, text = send(g.port, message())
    assert code == 451 and b"audit" in text
    assert sink.messages == []


class RecordingActions(DefaultActions):
    def __init__(self) -> None:
        super().__init__()
        self.outcomes: list[tuple[str, int]] = []

    async def encrypt(self, message, verdict):
        # Deliver different bytes through the transaction still open.
        return await message.transaction.deliver(
            message.trace + b"X-Encrypted: yes\r\n" + message.raw
        )

    async def audit_outcome(self, message, verdict, reply):
        self.outcomes.append((verdict.action.value, reply.code))


def test_encrypt_action_can_use_the_open_transaction(gw, sink):
    actions = RecordingActions()
    g = gw(
        {"upstream": upstream_to(sink.port)},
        policy=Fixed(Verdict(action=Action.ENCRYPT, rule="special-category")),
        actions=actions,
    )
    raw = message("to encrypt")
    assert send(g.port, raw)[0] == 250
    [got] = sink.wait_for(1)
    assert strip_trace(got.data) == b"X-Encrypted: yes\r\n" + raw
    assert actions.outcomes == [("encrypt", 250)]


@pytest.mark.parametrize("upstream", [True, False], ids=["upstream", "maildir"])
def test_upstream_refusal_is_recorded_as_outcome(gw, sink, upstream):
    sink.handler.data_reply = "554 5.6.0 no"
    actions = RecordingActions()
    g = gw({"upstream": upstream_to(sink.port)} if upstream else {}, actions=actions)
    code, _ = send(g.port, message())
    assert code == (554 if upstream else 250)
    assert actions.outcomes == [("relay", code)]

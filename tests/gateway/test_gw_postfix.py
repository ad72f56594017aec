"""Real Postfix on both sides of the gateway, configured from the deploy/postfix recipes."""

from __future__ import annotations

import smtplib
import time
from pathlib import Path

import pytest
from gw_helpers import message, strip_trace
from mailgate_support import upstream_to

pytestmark = pytest.mark.postfix

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "postfix"


def recipe(name: str, **values: str) -> str:
    text = (DEPLOY / name / "main.cf").read_text()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    assert "{{" not in text, f"unfilled placeholder in {name} recipe"
    return text


def test_postfix_as_upstream_accepts_only_the_gateway(gw, sink, postfix_factory):
    gateway_address = "127.0.0.2"  # the gateway connects from here; tests connect from .1
    pf = postfix_factory(
        relay_to=sink.port, extra=recipe("upstream", MAILGATE_ADDRESS=gateway_address)
    )
    g = gw({"upstream": upstream_to(pf.port, source_address=gateway_address, timeout=30)})
    raw = message("via postfix upstream", "Über den Gateway.\r\n.leading dot\r\n")
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        s.sendmail(
            "sender@provider.test",
            ["a@partner.test", "b@partner.test"],
            raw,
            mail_options=["BODY=8BITMIME"],
        )
    [got] = sink.wait_for(1, timeout=20)
    assert got.mail_from == "sender@provider.test"
    assert sorted(got.rcpt_tos) == ["a@partner.test", "b@partner.test"]
    # Postfix's Received on top of Mailgate's; the rest is the client's bytes.
    assert b"by gw.test (Mailgate)" in got.data
    assert strip_trace(got.data, 2) == raw
    # Anyone else is refused by the upstream: it is not an open relay either.
    with smtplib.SMTP("127.0.0.1", pf.port, timeout=60) as direct:
        direct.ehlo("elsewhere.test")
        direct.mail("x@provider.test")
        code, _ = direct.rcpt("y@partner.test")
        assert code == 554


def test_postfix_relayhost_through_gateway(gw, sink, postfix_factory):
    g = gw({"upstream": upstream_to(sink.port)})
    pf = postfix_factory(
        extra=recipe("relayhost", MAILGATE_HOST="127.0.0.1", MAILGATE_PORT=str(g.port))
    )
    raw = message("postfix to mailgate")
    with smtplib.SMTP("127.0.0.1", pf.port, timeout=60) as s:
        s.sendmail("sender@provider.test", ["a@partner.test"], raw)
    [got] = sink.wait_for(1, timeout=20)
    assert got.rcpt_tos == ["a@partner.test"]
    first, second = got.data.split(b"\r\n", 1)[0], strip_trace(got.data, 1)
    assert first.startswith(b"Received: from postfix-")  # Mailgate's trace, naming Postfix's HELO
    assert second.startswith(b"Received: from ")  # Postfix's own
    assert strip_trace(got.data, 2) == raw


def test_postfix_keeps_and_retries_what_the_gateway_defers(gw, sink, postfix_factory):
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "scan": {
                "workers": 1,
                "timeout": 10,
                "analyser": "gw_hostile_analysers:crash_if_marked",
            },
        }
    )
    pf = postfix_factory(
        extra=recipe("relayhost", MAILGATE_HOST="127.0.0.1", MAILGATE_PORT=str(g.port))
    )
    with smtplib.SMTP("127.0.0.1", pf.port, timeout=60) as s:
        s.sendmail(
            "sender@provider.test", ["a@partner.test"], message("x", extra="X-Test-Crash: yes\r\n")
        )
    # Postfix keeps it with the gateway's 451 4.3.0 as the reason. Under load its queue
    # manager may already have moved it back from deferred for the next try when we look:
    # the reason it records counts in whichever queue the message is.
    deadline = time.monotonic() + 30
    reasons: list[str] = []
    while not any("4.3.0" in r for r in reasons) and time.monotonic() < deadline:
        time.sleep(0.05)
        reasons = [
            rcpt.get("delay_reason", "") for entry in pf.queued() for rcpt in entry["recipients"]
        ]
    assert any("4.3.0" in r for r in reasons), (reasons, pf.queued())
    assert sink.messages == []

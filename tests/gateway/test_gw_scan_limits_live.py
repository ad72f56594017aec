"""`mailgate serve` with the default policy, over SMTP: a message whose scan runs out of
time or memory is 451 the first time and, sent again, rejected (5.7.1) and explained, so
a retrying client stops; nothing is relayed either time."""

from __future__ import annotations

import email
import email.policy
import smtplib

import pytest
from gw_helpers import message
from mailgate_support import upstream_to
from test_gw_serve_process import Serve

SENDER = "sender@provider.test"


def send(port: int, raw: bytes) -> tuple[int, str]:
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=90) as client:
            client.sendmail(SENDER, ["someone@partner.test"], raw)
    except smtplib.SMTPDataError as exc:
        return exc.smtp_code, exc.smtp_error.decode()
    return 250, ""


@pytest.fixture
def serve(tmp_path, sink):
    started: list[Serve] = []

    def start(scan: dict) -> Serve:
        cfg = {
            "listen": {"host": "127.0.0.1", "port": 0},
            "hostname": "gw.test",
            "upstream": upstream_to(sink.port),
            "audit": {"url": "sqlite:audit.db"},
            "bounce": {
                "from_address": "mailgate@provider.test",
                "internal_domains": ["provider.test"],
            },
            "scan": {"workers": 1, **scan},
        }
        s = Serve(cfg, tmp_path)
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


@pytest.mark.parametrize(
    ("scan", "header", "which"),
    [
        ({"timeout": 1, "analyser": "gw_hostile_analysers:hang_if_marked"}, "X-Test-Hang", "time"),
        ({"analyser": "gw_hostile_analysers:hog"}, "X-Test-Hog", "memory"),  # default ceiling
    ],
)
def test_out_of_budget_twice_is_rejected_and_explained(serve, sink, scan, header, which):
    s = serve(scan)
    raw = message("Weekly figures", extra=f"{header}: yes\r\n")
    code, text = send(s.port, raw)
    assert code == 451 and text.startswith("4.3.0"), text
    assert send(s.port, message("Unrelated"))[0] == 250  # a fresh worker carries on

    code, text = send(s.port, raw)  # the client retries the same bytes
    assert code == 550 and text.startswith("5.7.1"), text
    assert "Ref MG-" in text
    got = sink.wait_for(2, timeout=30)
    relayed = [m for m in got if m.mail_from == SENDER]
    assert [email.message_from_bytes(m.data)["Subject"] for m in relayed] == ["Unrelated"]
    (explained,) = [m for m in got if m.mail_from in ("", "<>")]
    assert explained.rcpt_tos == [SENDER]
    report = email.message_from_bytes(explained.data, policy=email.policy.default)
    advice = report.get_body(("plain",)).get_content()
    assert f"{which} limit" in advice and "never sends what it could not check" in advice
    assert [e["limit"] for e in s.events("scan_limit_repeated")] == [which]


@pytest.mark.parametrize(
    ("scan", "header", "which"),
    [
        ({"timeout": 1, "analyser": "gw_hostile_analysers:hang_if_marked"}, "X-Test-Hang", "time"),
        ({"analyser": "gw_hostile_analysers:hog"}, "X-Test-Hog", "memory"),
    ],
)
def test_a_restarted_gateway_remembers_what_ran_out_of_budget(serve, sink, scan, header, which):
    """The digests live in the gateway database: a gateway killed (SIGKILL) after the
    first 451 rejects the retry as if it had not restarted, and the next one answers
    the same bytes again at once, without a scan."""
    raw = message("Weekly figures", extra=f"{header}: yes\r\n")
    first = serve(scan)
    code, text = send(first.port, raw)
    assert code == 451 and text.startswith("4.3.0"), text
    first.stop()  # SIGKILL: nothing is written at shutdown

    second = serve(scan)
    code, text = send(second.port, raw)  # the client retries the same bytes
    assert code == 550 and text.startswith("5.7.1") and "Ref MG-" in text, text
    assert [e["limit"] for e in second.events("scan_limit_repeated")] == [which]
    assert second.events("failed_scans_remembered")[0]["count"] == 1
    second.stop()

    third = serve(scan)
    code, text = send(third.port, raw)  # a client that ignores the 550
    assert code == 550 and text.startswith("5.7.1"), text
    (repeated,) = third.events("scan_limit_repeated")
    assert repeated["limit"] == which and repeated["scanned"] is False
    assert not third.events("scan_timeout") and not third.events("scan_memory_ceiling")
    assert not [m for m in sink.messages if m.mail_from == SENDER]  # never relayed

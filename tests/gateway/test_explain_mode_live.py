"""reject.mode: explain on a real `mailgate serve`: the refused message gets 250 only once
its explanation is in the outbox, nothing reaches the next hop, and after a SIGKILL right
after the 250 the restarted gateway sends exactly one explanation (no bounce)."""

from __future__ import annotations

import email
import email.policy
import smtplib
import sqlite3

from mailgate_support import Sink, SinkHandler, free_port, upstream_to
from test_gw_serve_process import Serve
from test_outbox_restart import NoBouncesHandler, nino

SENDER = "caseworker@provider.test"
RCPT = "jobs@employer.example"


def test_explain_mode_one_message_survives_sigkill(tmp_path) -> None:
    port = free_port()
    first_hop = Sink(NoBouncesHandler(), port)  # takes mail, defers the explanation for now
    first_hop.controller.start()
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(port),
        "scan": {"workers": 1, "timeout": 60},
        "audit": {"url": "sqlite:audit.db"},
        "bounce": {"from_address": "mailgate@provider.test", "internal_domains": ["provider.test"]},
        "reject": {"mode": "explain"},
        "outbox": {"retry_initial": 0.2, "retry_max": 0.5, "poll_interval": 0.2},
    }
    raw = (
        f"From: Case Worker <{SENDER}>\r\nTo: <{RCPT}>\r\nSubject: Referral\r\n"
        "Message-ID: <explain-1@provider.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Please see the referral for our participant, NI number {nino()}.\r\n"
    ).encode()
    serve = Serve(cfg, tmp_path)
    try:
        with smtplib.SMTP("127.0.0.1", serve.port, timeout=90) as client:
            client.ehlo("client.test")
            client.mail(SENDER)
            client.rcpt(RCPT)
            code, text = client.data(raw)
            serve.proc.kill()  # SIGKILL, the moment the 250 was answered
        serve.proc.wait(10)
    finally:
        serve.stop()
        first_hop.controller.stop()
    assert code == 250, text
    assert b"Ref " in text, (text, first_hop.messages)
    reference = text.decode().split("Ref ")[1].split(".")[0]
    assert first_hop.messages == []  # nothing delivered upstream, no explanation yet

    # The explanation was committed before the 250.
    with sqlite3.connect(tmp_path / "outbox.db") as db:
        rows = db.execute("SELECT kind, reference, rcpt_tos FROM outbox").fetchall()
    assert rows == [("explanation", reference, f'["{SENDER}"]')]

    back = Sink(SinkHandler(), port)
    back.controller.start()
    serve = Serve(cfg, tmp_path)
    try:
        [got] = back.wait_for(1, timeout=30)
        serve.stop()  # drains: anything else due would arrive now
    finally:
        back.controller.stop()
    assert len(back.messages) == 1  # exactly one message: the explanation, no bounce
    assert got.mail_from in ("", "<>") and got.rcpt_tos == [SENDER]
    report = email.message_from_bytes(got.data, policy=email.policy.default)
    assert report.get_content_type() == "multipart/report"
    assert report["X-Mailgate-Reference"] == reference
    assert RCPT.encode() not in got.data  # the recipient is quoted masked

"""The gateway's own mail survives the gateway: `mailgate serve` killed (SIGKILL) right
after it answered a rejection, with the next hop not taking the explanation, delivers
it after a restart once the next hop is back."""

from __future__ import annotations

import email
import email.policy
import smtplib
import sqlite3
import time
import urllib.request

import pytest
from mailgate_support import Sink, SinkHandler, free_port, upstream_to
from test_gw_serve_process import Serve

SENDER = "caseworker@provider.test"
RCPT = "jobs@employer.example"


class NoBouncesHandler(SinkHandler):
    """A next hop that takes ordinary mail but defers the null sender's (a busy relay)."""

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address in ("", "<>"):
            return "451 4.3.0 not now"
        return await super().handle_MAIL(server, session, envelope, address, mail_options)


def nino() -> str:
    # Built at run time, never a literal: a valid shape that belongs to nobody here.
    return "JT" + "".join(str(d) for d in (4, 8, 2, 1, 9, 6)) + "C"


def metric_lines(port: int) -> list[str]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    return [line for line in text.splitlines() if line.startswith("mailgate_outbox")]


def wait_until(check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_explanation_survives_sigkill_and_a_next_hop_that_was_down(tmp_path) -> None:
    port = free_port()
    first_hop = Sink(NoBouncesHandler(), port)
    first_hop.controller.start()
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(port),
        "scan": {"workers": 1, "timeout": 60},
        "audit": {"url": "sqlite:audit.db"},
        "bounce": {"from_address": "mailgate@provider.test", "internal_domains": ["provider.test"]},
        "outbox": {"retry_initial": 0.2, "retry_max": 0.5, "poll_interval": 0.2},
        "metrics": {"enabled": True, "host": "127.0.0.1", "port": free_port()},
    }
    raw = (
        f"From: Case Worker <{SENDER}>\r\nTo: <{RCPT}>\r\nSubject: Referral\r\n"
        "Message-ID: <outbox-1@provider.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Please see the referral for our participant, NI number {nino()}.\r\n"
    ).encode()
    serve = Serve(cfg, tmp_path)
    try:
        with smtplib.SMTP("127.0.0.1", serve.port, timeout=90) as client:
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail(SENDER, [RCPT], raw)
            serve.proc.kill()  # SIGKILL, the moment the rejection was answered
        serve.proc.wait(10)
    finally:
        serve.stop()
        first_hop.controller.stop()  # and now the next hop is down altogether
    assert refused.value.smtp_code == 550
    reference = refused.value.smtp_error.decode().split("Ref ")[1].split(".")[0]
    assert first_hop.messages == []  # nothing reached the next hop

    # The explanation was on disk before the 550 went out.
    with sqlite3.connect(tmp_path / "outbox.db") as db:
        [(kind, ref, rcpts, state)] = db.execute(
            "SELECT kind, reference, rcpt_tos, state FROM outbox"
        ).fetchall()
    assert (kind, ref, rcpts) == ("explanation", reference, f'["{SENDER}"]')
    assert state in ("queued", "retrying")  # not failed: a deferral is temporary

    # Restarted with the next hop still down: the outbox retries and shows it.
    serve = Serve(cfg, tmp_path)
    try:
        retrying = 'mailgate_outbox_messages{state="retrying"} 1.0'
        wait_until(lambda: retrying in metric_lines(cfg["metrics"]["port"]))

        back = Sink(SinkHandler(), port)  # the next hop is back, on the same address
        back.controller.start()
        try:
            [got] = back.wait_for(1, timeout=30)
        finally:
            back.controller.stop()
        assert got.mail_from in ("", "<>") and got.rcpt_tos == [SENDER]
        report = email.message_from_bytes(got.data, policy=email.policy.default)
        assert report.get_content_type() == "multipart/report"
        assert report["X-Mailgate-Reference"] == reference

        delivered = 'mailgate_outbox_delivered_total{kind="explanation"} 1.0'
        lines = wait_until(
            lambda: (ls := metric_lines(cfg["metrics"]["port"])) and delivered in ls and ls
        )
        assert 'mailgate_outbox_messages{state="retrying"} 0.0' in lines
        assert 'mailgate_outbox_messages{state="queued"} 0.0' in lines
    finally:
        serve.stop()
    with sqlite3.connect(tmp_path / "outbox.db") as db:
        assert db.execute("SELECT count(*) FROM outbox").fetchone() == (0,)

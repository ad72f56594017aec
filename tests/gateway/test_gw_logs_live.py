"""One logging system, seen from outside: a real ``mailgate serve`` (real analyser, the
default policy) whose S/MIME certificate directory, relay, explanation and incident
notice each fail, and whose stderr is read line by line. Every line (the start-up
banner apart) is one JSON object with an event name; the failures of smime.py,
pipeline_actions.py, the explanation (bounce.py) and the incident notice (notices.py)
are each there by name; no traceback, no planted value, no address's local part."""

from __future__ import annotations

import io
import json
import logging
import smtplib
import time

import pytest
from mailgate_support import Sink, SinkHandler, free_port, upstream_to
from test_gw_serve_process import Serve

from gateway import logs

# Synthetic, hand-made: a valid NINO shape that belongs to nobody in these tests.
PLANTED_NINO = "JT 48 21 96 C"
SENDER = "caseworker@provider.test"
CERT_OWNER = "rhiannon.pryce"  # a local part that must not reach the log


class FailingSink(SinkHandler):
    """451 for the gateway's own mail (null sender) and for subject 'fail-relay'."""

    async def handle_DATA(self, server, session, envelope):
        if envelope.mail_from in ("", "<>") or b"Subject: fail-relay" in (
            envelope.original_content or b""
        ):
            return "451 4.3.0 upstream busy"
        return await super().handle_DATA(server, session, envelope)


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Case Worker <{SENDER}>\r\nTo: <jobs@employer.example>\r\nSubject: {subject}\r\n"
        "Message-ID: <logs-1@provider.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()


def wait_event(s: Serve, name: str, timeout: float = 30, **match) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for e in s.events(name):
            if all(e.get(k) == v for k, v in match.items()):
                return e
        time.sleep(0.1)
    raise AssertionError(f"no {name} {match} in {s.lines}")


@pytest.fixture
def failing_upstream():
    sink = Sink(FailingSink(), free_port())
    sink.controller.start()
    yield sink
    sink.controller.stop()


def test_failures_of_each_action_path_are_json_events(tmp_path, failing_upstream):
    certs = tmp_path / "certs"
    certs.mkdir()
    (certs / f"{CERT_OWNER}@employer.example.pem").write_text("not a certificate\n")
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(failing_upstream.port),
        "scan": {"workers": 1, "timeout": 60},
        "audit": {"url": "sqlite:audit.db"},
        "encryption": {"default": "smime", "smime": {"cert_dir": str(certs)}},
        "bounce": {
            "from_address": "mailgate@provider.test",
            "internal_domains": ["provider.test"],
            "security_contact": "security@provider.test",
        },
        "notices": {"incident_notice": True},
        "outbox": {"retry_initial": 60},
    }
    s = Serve(cfg, tmp_path)
    try:
        # smime.py: the unreadable certificate file, at start-up.
        skipped = wait_event(s, "certificate_skipped")
        assert skipped["level"] == "warning" and "not a PEM certificate" in skipped["reason"]
        assert CERT_OWNER not in skipped["file"] and "@employer.example.pem" in skipped["file"]

        with smtplib.SMTP("127.0.0.1", s.port, timeout=90) as client:
            # pipeline_actions.py: the relay's DATA refused for now.
            with pytest.raises(smtplib.SMTPDataError) as deferred:
                client.sendmail(SENDER, ["jobs@employer.example"], _mail("fail-relay", "Hi.\n"))
            assert deferred.value.smtp_code == 451
            # A refusal: its explanation (bounce.py) and incident notice (notices.py)
            # are queued, and the upstream refuses both for now.
            body = f"Please see the referral for our participant, NI number {PLANTED_NINO}.\n"
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail(SENDER, ["jobs@employer.example"], _mail("Referral", body))
            assert refused.value.smtp_code == 550

        relay = wait_event(s, "upstream_failed", upstream="relay")
        assert (relay["stage"], relay["kind"], relay["code"]) == ("DATA", "deferred", 451)
        for kind in ("explanation", "incident"):
            failed = wait_event(s, "upstream_failed", upstream=kind)
            assert failed["kind"] == "deferred" and failed["reference"].startswith("MG-")
            retry = wait_event(s, "outbox_retry", kind=kind)
            assert retry["delay"] == 60 and retry["error"].startswith("451")
    finally:
        s.stop()

    for line in s.lines:
        if line.startswith("mailgate: listening on "):
            continue
        record = json.loads(line)  # one object per line, nothing else
        assert isinstance(record, dict) and record["event"] and record["level"], line
    text = "\n".join(s.lines)
    assert "Traceback" not in text
    assert PLANTED_NINO not in text and PLANTED_NINO.replace(" ", "") not in text
    assert CERT_OWNER not in text


def test_exceptions_and_library_records_render_without_personal_data():
    """The same chain in-process: an exception's message and a library's stdlib record
    are masked; the frames are file:line, never source lines or locals."""
    out = io.StringIO()
    logs.setup("info", stream=out)
    nino = PLANTED_NINO.replace(" ", "")
    try:
        try:
            secret_local = f"{nino} for {CERT_OWNER}@employer.example"
            raise ValueError(secret_local)
        except ValueError:
            logs.get().error("outbox_error", exc_info=True)
            logging.getLogger("aiosmtplib").warning("sent to %s@employer.example", CERT_OWNER)
    finally:
        logs.setup("info")  # back to stderr
    ours, library = (json.loads(line) for line in out.getvalue().splitlines())
    assert ours["event"] == "outbox_error" and ours["level"] == "error"
    exc = ours["exception"]
    assert exc["type"] == "ValueError" and "@employer.example" in exc["message"]
    [where] = exc["at"]  # the frame that raised, as file:line in function
    assert where.endswith("in test_exceptions_and_library_records_render_without_personal_data")
    assert "test_gw_logs_live.py:" in where
    assert library["event"] == "library_log" and library["logger"] == "aiosmtplib"
    assert library["level"] == "warning" and "@employer.example" in library["message"]
    text = out.getvalue()
    assert nino not in text and CERT_OWNER not in text and "secret_local" not in text

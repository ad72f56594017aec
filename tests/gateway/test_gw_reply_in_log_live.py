"""`mailgate serve` (real analyser, default policy) whose upstream's 250 text echoes
personal data: the JSON log's `message` event keeps the upstream's queue ID and the
gateway's own reference readable and masks the rest, as the audit record does."""

from __future__ import annotations

import email.policy
import re
import smtplib
import sqlite3
from email.message import EmailMessage

from faker import Faker
from hostile_files import GIB, lzw_bomb, pdf_with_stream
from mailgate_support import upstream_to
from test_gw_serve_process import Serve

SENDER = "caseworker@provider.test"
NINO = "JT 48 21 96 C"  # hand-made, synthetic: nobody's


def _mail(subject: str, pdf: bytes | None = None) -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = f"Case Worker <{SENDER}>"
    m["To"] = "jobs@employer.example"
    m["Subject"] = subject
    m.set_content("The rota for next week is attached.\n")
    if pdf is not None:
        m.add_attachment(pdf, maintype="application", subtype="pdf", filename="rota.pdf")
    return m.as_bytes()


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\-/.]", "", text).lower()


def test_the_message_events_reply_is_masked_but_its_ids_readable(tmp_path, sink):
    fake = Faker("en_GB")
    fake.seed_instance(1212)
    dob = fake.date_of_birth(minimum_age=18, maximum_age=70).strftime("%d/%m/%Y")
    account = fake.numerify("########")
    sink.handler.data_reply = (
        f"250 2.0.0 Ok: queued as 46C1F2E0A1E (held for {NINO}, born {dob}, acct {account})"
    )
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(sink.port),
        "audit": {"url": "sqlite:audit.db"},
        "scan": {"workers": 1, "timeout": 120},
    }
    s = Serve(cfg, tmp_path)
    try:
        with smtplib.SMTP("127.0.0.1", s.port, timeout=120) as client:
            client.sendmail(SENDER, ["jobs@employer.example"], _mail("Rota"))
            try:
                client.sendmail(
                    SENDER,
                    ["jobs@employer.example"],
                    _mail("Rota again", pdf_with_stream(lzw_bomb(GIB), b"/Filter /LZWDecode")),
                )
                raise AssertionError("the bomb was accepted")
            except smtplib.SMTPDataError as exc:
                refused = exc.smtp_error.decode()
        reference = re.search(r"Ref (MG-[0-9A-Z-]+)\.", refused).group(1)

        # The log line is written as the reply goes out: wait for it, not for the reply.
        s.wait_line(r'^(?=.*"event": "message")(?=.*"outcome": "refused")')
        accepted, rejected = s.events("message")
        assert accepted["outcome"] == "accepted"
        assert accepted["upstream_reply"].startswith("250 2.0.0 Ok: queued as 46C1F2E0A1E ")
        assert "JT" in accepted["upstream_reply"]  # masked, not dropped: "JT •• •• •• C"
        assert rejected["outcome"] == "refused"
        assert f"Ref {reference}." in rejected["upstream_reply"]  # as the client heard it
        assert rejected["upstream_reply"] == f"550 {refused}"

        log = _squeezed("\n".join(s.lines))
        for raw in (NINO, dob, account):
            assert _squeezed(raw) not in log, raw
        # The audit record keeps the same reply line as the log.
        with sqlite3.connect(tmp_path / "audit.db") as db:
            replies = [r for (r,) in db.execute("SELECT upstream_reply FROM audit_record")]
        assert sorted(replies) == sorted([accepted["upstream_reply"], rejected["upstream_reply"]])
    finally:
        s.stop()

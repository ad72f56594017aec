"""Claimant data in file names and headers reaches no output of the live gateway.

`mailgate serve` as a process (real analyser, the default policy, SQLite audit,
explanation and incident notice through an aiosmtpd sink), then `mailgate check
--json` on the same message. Every output is searched for the raw values with
separators stripped and case folded: the 550 reply, every log line, the audit
database, each part of each mail the sink received, the check report.
"""

from __future__ import annotations

import base64
import email
import email.policy
import random
import re
import signal
import smtplib
import sqlite3
import string
import subprocess
import sys
from email.header import decode_header, make_header

from faker import Faker
from mailgate_support import upstream_to
from test_gw_serve_process import Serve

SENDER = "caseworker@provider.test"
RCPT = "jobs@employer.example"
_SEPARATORS = re.compile(r"[\s_.\-/]+")


def _nino(rnd: random.Random) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    digits = "".join(rnd.choice(string.digits) for _ in range(6))
    return rnd.choice(letters) + rnd.choice(letters) + digits + rnd.choice("ABCD")


def _flat(text: str) -> str:
    return _SEPARATORS.sub("", text).casefold()


def hostile_message(file_nino: str, dob: str, inner_nino: str, reply_to_nino: str) -> bytes:
    spaced = " ".join([reply_to_nino[:2], reply_to_nino[2:4], reply_to_nino[4:6],
                       reply_to_nino[6:8], reply_to_nino[8:]])  # fmt: skip
    display = base64.b64encode(f"Kim Lee {spaced}".encode()).decode()
    name = f"{file_nino} {dob}.txt"
    inner = f"Referral notes\r\nParticipant NI number: {inner_nino}\r\n"
    return (
        f"From: Case Worker <{SENDER}>\r\n"
        f"To: <{RCPT}>\r\n"
        f"Reply-To: =?utf-8?b?{display}?= <kim.lee@provider.test>\r\n"
        f"Subject: Notes, born {dob}\r\n"
        "Message-ID: <hostile-1@provider.test>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease see attached.\r\n"
        f'--b1\r\nContent-Type: text/plain; charset=utf-8; name="{name}"\r\n'
        f'Content-Disposition: attachment; filename="{name}"\r\n\r\n{inner}'
        "--b1--\r\n"
    ).encode()


def mail_texts(data: bytes) -> list[str]:
    """Every header and every decoded part of a received mail, as text."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = [data.decode("utf-8", "replace")]
    for part in msg.walk():
        out += [f"{k}: {v}" for k, v in part.items()]
        payload = part.get_payload(decode=True)
        if payload:
            text = payload.decode("utf-8", "replace")
            out.append(text)
            # A returned header block may carry RFC 2047 words: read them as a client would.
            out += [str(make_header(decode_header(line))) for line in text.splitlines()]
    return out


def test_no_raw_value_from_a_file_name_or_header_reaches_any_output(tmp_path, sink) -> None:
    rnd = random.Random(1201)
    fake = Faker("en_GB")
    fake.seed_instance(1201)
    file_nino, inner_nino, reply_to_nino = _nino(rnd), _nino(rnd), _nino(rnd)
    dob = fake.date_of_birth(minimum_age=25, maximum_age=60).strftime("%d.%m.%Y")
    raw = hostile_message(file_nino, dob, inner_nino, reply_to_nino)
    secrets = [file_nino, dob, inner_nino, reply_to_nino]

    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(sink.port),
        "scan": {"workers": 1, "timeout": 60},
        "audit": {"url": "sqlite:audit.db"},
        "bounce": {
            "from_address": "mailgate@provider.test",
            "internal_domains": ["provider.test"],
            "security_contact": "security@provider.test",
        },
        "notices": {"incident_notice": True},
    }
    serve = Serve(cfg, tmp_path)
    try:
        with smtplib.SMTP("127.0.0.1", serve.port, timeout=90) as client:
            code, reply = client.ehlo()
            try:
                client.sendmail(SENDER, [RCPT], raw)
                raise AssertionError("the message was accepted")
            except smtplib.SMTPDataError as refused:
                code, reply = refused.smtp_code, refused.smtp_error.decode()
        assert code == 550 and "nino-prohibited" in reply, reply
        mails = sink.wait_for(2, timeout=30)
        serve.signal(signal.SIGTERM)
        serve.proc.wait(30)
    finally:
        serve.stop()

    explanation = [m for m in mails if m.rcpt_tos == [SENDER]]
    incident = [m for m in mails if m.rcpt_tos == ["security@provider.test"]]
    assert len(explanation) == 1 and len(incident) == 1
    assert all(m.mail_from in ("", "<>") for m in mails)
    explained = "\n".join(mail_texts(explanation[0].data))
    assert "Reply-To: K•• L••" in explained  # the returned header block, masked
    # The findings say where: in the file, its name masked (the NINO's letters kept).
    shown = f'attachment "{file_nino[:2]}••••••{file_nino[-1]} ••.••.••••.txt"'
    assert shown in explained

    with sqlite3.connect(tmp_path / "audit.db") as db:
        audit = "\n".join(db.iterdump())
    assert "attachment" in audit

    (tmp_path / "hostile.eml").write_bytes(raw)
    check = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "check", "--json", str(tmp_path / "hostile.eml")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert '"action": "reject"' in check.stdout and "attachment" in check.stdout

    outputs = {
        "smtp reply": reply,
        "log": "\n".join(serve.lines),
        "audit": audit,
        "explanation": explained,
        "incident notice": "\n".join(mail_texts(incident[0].data)),
        "check --json": check.stdout + check.stderr,
    }
    for where, text in outputs.items():
        flat = _flat(text)
        for value in secrets:
            assert _flat(value) not in flat, f"{where} repeats a raw value"

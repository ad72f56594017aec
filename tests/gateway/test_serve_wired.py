"""`mailgate serve` as the administrator runs it: real analyser, default policy, audit trail,
explanation to the sender — all wired by the serve command itself, over real SMTP."""

from __future__ import annotations

import email
import email.policy
import json
import shutil
import signal
import smtplib
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from mailgate_support import free_port, upstream_to
from test_gw_serve_process import Serve

# Synthetic, hand-made: a valid NINO shape that belongs to nobody in these tests.
PLANTED_NINO = "JT 48 21 96 C"
SENDER = "caseworker@provider.test"


def _mail(to: str, subject: str, body: str) -> bytes:
    return (
        f"From: Case Worker <{SENDER}>\r\nTo: <{to}>\r\nSubject: {subject}\r\n"
        "Message-ID: <wired-1@provider.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()


def _config(upstream, **extra) -> dict:
    return {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(upstream.port),
        "scan": {"workers": 1, "timeout": 60},
        **extra,
    }


@pytest.fixture
def upstream(sink):
    return sink  # the aiosmtpd sink of tests/conftest.py, as the next hop


@pytest.fixture
def wired(tmp_path, upstream):
    cfg = _config(
        upstream,
        audit={"url": "sqlite:audit.db"},
        bounce={"from_address": "mailgate@provider.test", "internal_domains": ["provider.test"]},
        metrics={"enabled": True, "host": "127.0.0.1", "port": free_port()},
    )
    s = Serve(cfg, tmp_path)
    s.metrics_port = cfg["metrics"]["port"]
    yield s, tmp_path
    s.stop()


def test_serve_decides_with_the_default_policy_and_audits(wired, upstream) -> None:
    serve, home = wired
    assert "policy: the default DWP provider policy" in serve.banner
    assert "'encrypt' becomes 'reject'" in serve.banner  # no encryption section configured
    clean = _mail("jobs@employer.example", "Jobs fair", "The jobs fair starts at 10am.\n")
    nino = _mail(
        "jobs@employer.example",
        "Referral",
        f"Hello,\n\nPlease see the referral for our participant, NI number {PLANTED_NINO}.\n",
    )
    with smtplib.SMTP("127.0.0.1", serve.port, timeout=90) as client:
        assert client.sendmail(SENDER, ["jobs@employer.example"], clean) == {}
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail(SENDER, ["jobs@employer.example"], nino)
    assert refused.value.smtp_code == 550
    reply = refused.value.smtp_error.decode()
    assert reply.startswith("5.7.1") and "nino-prohibited" in reply and "Ref MG-" in reply
    assert PLANTED_NINO not in reply and PLANTED_NINO.replace(" ", "") not in reply

    # The clean message went upstream; the refused one did not. The explanation goes to
    # the internal sender with a null envelope sender.
    got = upstream.wait_for(2, timeout=30)
    relayed = [m for m in got if m.mail_from == SENDER]
    explained = [m for m in got if m.mail_from in ("", "<>")]
    assert len(relayed) == 1 and b"jobs fair starts" in relayed[0].data
    assert len(explained) == 1 and explained[0].rcpt_tos == [SENDER]
    assert PLANTED_NINO.encode() not in explained[0].data
    assert b"multipart/report" in explained[0].data
    report = email.message_from_bytes(explained[0].data, policy=email.policy.default)
    advice = report.get_body(("plain",)).get_content()
    assert "nino-prohibited" in advice or "National Insurance" in advice
    assert "No encryption route is configured" in advice

    # The metrics endpoint serve started counts what happened, by action and rule.
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{serve.metrics_port}/metrics").read()
    text = metrics.decode()
    counted = 'mailgate_messages_total{action="%s",monitor="no",rule="%s"} 1.0'
    assert counted % ("relay", "no-claimant-data") in text
    assert counted % ("reject", "nino-prohibited") in text
    assert PLANTED_NINO not in text

    # One audit record per message, found by the audit CLI; no value in the database.
    search = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "audit", "--store", f"sqlite:///{home / 'audit.db'}",
         "search", "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert search.returncode == 0, search.stderr
    records = [json.loads(line) for line in search.stdout.splitlines() if line.strip()]
    if len(records) == 1 and isinstance(records[0], list):
        records = records[0]
    assert sorted(r["action"] for r in records) == ["reject", "relay"]
    with sqlite3.connect(home / "audit.db") as db:
        dump = "\n".join(db.iterdump())
    assert PLANTED_NINO not in dump and PLANTED_NINO.replace(" ", "") not in dump


def test_serve_refuses_to_start_on_a_broken_policy(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text("name: broken\nmonitor: perhaps\n")
    (tmp_path / "mailgate.yaml").write_text("policy:\n  path: policy.yaml\n")
    done = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "serve", "--config", str(tmp_path / "mailgate.yaml")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "policy error" in done.stderr and "policy.yaml:2" in done.stderr


def _send(port: int, body: str) -> tuple[int, str]:
    raw = _mail("jobs@employer.example", "Candidate update", body)
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=90) as client:
            client.sendmail(SENDER, ["jobs@employer.example"], raw)
    except smtplib.SMTPDataError as exc:
        return exc.smtp_code, exc.smtp_error.decode()
    return 250, ""


def test_sighup_reloads_term_lists_and_keeps_them_when_broken(tmp_path, upstream) -> None:
    from policies.terms import DEFAULT_DIR

    terms = tmp_path / "terms"
    shutil.copytree(DEFAULT_DIR, terms)
    cfg = _config(upstream, policy={"terms_dir": "terms"})
    serve = Serve(cfg, tmp_path)
    try:
        body = "Hello,\n\nOur participant Priya has zorbex syndrome and may need breaks.\n"
        assert _send(serve.port, body)[0] == 250  # not a term yet
        health = terms / "health.yaml"
        health.write_text(health.read_text().replace("terms:\n", "terms:\n  - zorbex syndrome\n"))
        serve.signal(signal.SIGHUP)
        serve.wait_line(r'"event": "terms_reloaded"')
        code, reply = _send(serve.port, body)
        assert code == 550 and "health" in reply
        # A broken file is refused with its name and line; the running lists stay.
        health.write_text("category: health\nterms: [unclosed\n")
        serve.signal(signal.SIGHUP)
        failed = serve.wait_line(r'"event": "terms_reload_failed"')
        assert "health.yaml" in failed
        assert _send(serve.port, body)[0] == 550
    finally:
        serve.stop()


def test_sighup_keeps_the_running_policy_when_the_new_one_is_broken(tmp_path, upstream) -> None:
    from policies.loader import DEFAULT_POLICY

    text = DEFAULT_POLICY.read_text().replace(
        "domains_file: lists/", f"domains_file: {DEFAULT_POLICY.parent}/lists/"
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text(text)
    cfg = _config(upstream, policy={"path": "policy.yaml"})
    serve = Serve(cfg, tmp_path)
    try:
        nino_body = f"Hello,\n\nNI number {PLANTED_NINO} for the referral.\n"
        assert _send(serve.port, nino_body)[0] == 550
        policy.write_text(text.replace("monitor: false", "monitor: sometimes"))
        serve.signal(signal.SIGHUP)
        failed = serve.wait_line(r'"event": "policy_reload_failed"')
        assert "policy.yaml" in failed and PLANTED_NINO not in failed
        assert _send(serve.port, nino_body)[0] == 550  # still the old policy
        policy.write_text(text.replace("monitor: false", "monitor: true"))
        serve.signal(signal.SIGHUP)
        serve.wait_line(r'"event": "policy_reloaded"')
        assert _send(serve.port, nino_body)[0] == 250  # monitor mode: recorded, relayed
    finally:
        serve.stop()

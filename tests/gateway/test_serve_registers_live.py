"""A consent added by `mailgate consent add` (another process) while `mailgate serve` runs
is honoured by the running gateway within a bounded time."""

from __future__ import annotations

import smtplib
import subprocess
import sys
import time
from pathlib import Path

from mailgate_support import upstream_to
from test_gw_serve_process import Serve

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SENDER = "employment.support@northgate-employment.example"
CLAIMANT = "brett.rose-roberts64@mail.example"  # examples/cv-to-claimant.yaml


def send_cv(port: int) -> int:
    raw = (EXAMPLES / "cv-to-claimant.eml").read_bytes().replace(b"\r\n", b"\n")
    raw = raw.replace(b"\n", b"\r\n")
    with smtplib.SMTP("127.0.0.1", port, timeout=90) as s:
        s.ehlo("client.test")
        s.mail(SENDER)
        assert s.rcpt(CLAIMANT)[0] == 250
        return s.data(raw)[0]


def test_consent_from_the_cli_counts_in_the_running_gateway(tmp_path, sink):
    # needs detection
    db = tmp_path / "gateway.db"
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(sink.port),
        "scan": {"workers": 1, "timeout": 60},
        "database": {"path": str(db)},
    }
    serve = Serve(cfg, tmp_path)
    try:
        assert send_cv(serve.port) == 550  # no consent yet
        added = subprocess.run(
            [sys.executable, "-m", "gateway.cli", "consent", "add", CLAIMANT,
             "--date", "2026-01-05", "--evidence", "CRM note 12", "--database", str(db)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        recorded = time.monotonic()
        while send_cv(serve.port) != 250:
            assert time.monotonic() - recorded < 5, "consent not honoured within 5 s"
            time.sleep(0.2)
        assert sink.wait_for(1)[0].rcpt_tos == [CLAIMANT]
    finally:
        serve.stop()

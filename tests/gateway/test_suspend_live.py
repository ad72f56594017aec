"""`mailgate suspend` (another process) switches a running `mailgate serve` within a
bounded time, with no reload; `--off` and `--until` lift it; `mailgate status` shows it.

Real parts throughout: the gateway is a `mailgate serve` process, the upstream an
aiosmtpd sink, the messages go over SMTP, and the CLI runs as a subprocess."""

from __future__ import annotations

import json
import os
import signal
import smtplib
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mailgate_support import upstream_to
from test_gw_serve_process import Serve

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SENDER = "employment.support@northgate-employment.example"
EMPLOYER = "recruitment@brightwell-logistics.example"  # examples/cv-to-employer.yaml: relay
OTHER = "enquiries@brightwell-logistics.example"


def mailgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gateway.cli", *args],
        capture_output=True, text=True, timeout=60, cwd=cwd, env=env,
    )  # fmt: skip


def send(port: int, name: str, rcpt: str) -> tuple[int, str]:
    raw = (EXAMPLES / name).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with smtplib.SMTP("127.0.0.1", port, timeout=90) as s:
        s.ehlo("client.test")
        s.mail(SENDER)
        assert s.rcpt(rcpt)[0] == 250
        try:
            code, text = s.data(raw)
        except smtplib.SMTPDataError as exc:
            code, text = exc.smtp_code, exc.smtp_error
    return code, text.decode() if isinstance(text, bytes) else text


def until_code(port: int, want: int, limit: float = 5.0) -> tuple[int, str, float]:
    """Send the CV until the gateway answers ``want``; (code, text, seconds taken)."""
    start = time.monotonic()
    while True:
        code, text = send(port, "cv-to-employer.eml", EMPLOYER)
        waited = time.monotonic() - start
        if code == want:
            return code, text, waited
        assert waited < limit, f"still {code} {text} after {waited:.1f} s"
        time.sleep(0.2)


def to_employer(sink) -> int:
    return sum(1 for m in sink.messages if m.rcpt_tos == [EMPLOYER])


def status(cwd: Path) -> dict:
    out = mailgate("status", "--json", "--config", "mailgate.yaml", cwd=cwd)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_suspend_and_lift_on_a_running_gateway_without_reload(tmp_path, sink):
    # needs detection
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "upstream": upstream_to(sink.port),
        "scan": {"workers": 1, "timeout": 60},
        "audit": {"url": "sqlite:trail.db"},
    }
    serve = Serve(cfg, tmp_path)
    try:
        # Before: the CV exemption (¶21: up to 10 CVs to an employer) relays it.
        assert send(serve.port, "cv-to-employer.eml", EMPLOYER)[0] == 250
        assert to_employer(sink) == 1
        before = status(tmp_path)
        assert before["suspension"]["in_force"] is False
        [gw] = before["gateways"]
        assert gw["running"] and gw["policy"].startswith("dwp-provider v")
        assert before["upstream"]["state"] == "up"
        assert before["policy"]["name"] == "dwp-provider"

        # The switch, from another process, global --config before the verb.
        on = mailgate(
            "--config", "mailgate.yaml", "suspend", "--action", "reject",
            "--reason", "DWP notice of IT failure, ref INC-7781", "--by", "ops.lead",
            cwd=tmp_path,
        )  # fmt: skip
        assert on.returncode == 0, on.stderr
        assert "SUSPENDED" in on.stdout and "ops.lead" in on.stdout
        assert "no end time" in on.stdout
        _, text, waited = until_code(serve.port, 550)
        assert waited < 5
        assert "unencrypted-email-suspended" in text
        relayed = to_employer(sink)  # the first CVs sent while the switch spread
        assert send(serve.port, "cv-to-employer.eml", EMPLOYER)[0] == 550
        assert to_employer(sink) == relayed  # nothing more relayed
        # Mail with no claimant data is unaffected (RULES.md).
        assert send(serve.port, "clean-mail.eml", OTHER)[0] == 250
        assert any(m.rcpt_tos == [OTHER] for m in sink.messages)  # relayed in-session

        during = status(tmp_path)
        assert during["suspension"]["in_force"] is True
        assert during["suspension"]["action"] == "reject"
        assert "INC-7781" in during["suspension"]["detail"]
        assert "queued" in during["outbox"]
        # Every gateway logs the change it applied (the audit of the switch in the log).
        assert serve.events("suspension_in_force")[0]["set_by"] == "ops.lead"
        # The audit trail records which rule refused it (`--config` after the verb).
        found = mailgate(
            "audit", "search", "--rule", "unencrypted-email-suspended", "--format", "json",
            "--config", "mailgate.yaml", cwd=tmp_path,
        )  # fmt: skip
        assert found.returncode == 0, found.stderr
        assert found.stdout.strip(), "no audit record under the suspension rule"

        # `mailgate check` decides as the running gateways do, switch included.
        checked = mailgate(
            "check", str(EXAMPLES / "cv-to-employer.eml"), "--from", SENDER, "--to", EMPLOYER,
            "--json", "--config", "mailgate.yaml", cwd=tmp_path,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stderr
        verdict = json.loads(checked.stdout)
        assert (verdict["action"], verdict["rule"]) == ("reject", "unencrypted-email-suspended")

        off = mailgate(
            "suspend", "--off", "--config", "mailgate.yaml", "--by", "ops.lead", cwd=tmp_path
        )  # fmt: skip
        assert off.returncode == 0, off.stderr
        assert "lifted" in off.stdout
        until_code(serve.port, 250)
        assert to_employer(sink) == relayed + 1

        # With --until the switch ends by itself, still with no reload.
        end = (datetime.now(UTC) + timedelta(seconds=6)).isoformat()
        timed = mailgate(
            "suspend", "--config", "mailgate.yaml", "--action", "reject",
            "--reason", "planned outage", "--until", end, cwd=tmp_path,
        )  # fmt: skip
        assert timed.returncode == 0, timed.stderr
        until_code(serve.port, 550)
        _, _, waited = until_code(serve.port, 250, limit=15)
        assert datetime.now(UTC) >= datetime.fromisoformat(end)
        history = mailgate("suspend", "--history", "--config", "mailgate.yaml", cwd=tmp_path)
        assert history.returncode == 0, history.stderr
        lines = history.stdout.splitlines()
        assert lines[-1] == "2 suspensions"
        assert "planned outage" in lines[0] and "ended at its end time" in lines[0]
        assert "INC-7781" in lines[1] and "lifted" in lines[1] and "by ops.lead" in lines[1]
        after = status(tmp_path)
        assert after["suspension"]["in_force"] is False
        assert "ended at its end time" in after["suspension"]["detail"]
        # Never reloaded: the status row says so.
        assert after["gateways"][0]["last_reload"] is None
        assert not serve.events("policy_reloaded")

        # A reload, then a stop, as `mailgate status` reports them.
        serve.signal(signal.SIGHUP)
        serve.wait_line("policy_reloaded")
        deadline = time.monotonic() + 5
        while not (g := status(tmp_path)["gateways"][0])["last_reload"]:
            assert time.monotonic() < deadline, g
            time.sleep(0.2)
        assert g["reload_ok"] is True and g["running"] is True
        serve.signal(signal.SIGTERM)
        serve.proc.wait(30)
        [g] = status(tmp_path)["gateways"]
        assert g["running"] is False and g["stopped"] is True
    finally:
        serve.stop()

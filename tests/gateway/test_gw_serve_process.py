"""`mailgate serve` as a real process: start-up message, SIGTERM mid-transaction, SIGHUP reload."""

from __future__ import annotations

import json
import os
import re
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from gw_helpers import RawClient, message, strip_trace
from mailgate_support import upstream_to

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


class Serve:
    def __init__(self, cfg: dict | None, cwd: Path, config_path: Path | None = None) -> None:
        args = [sys.executable, "-m", "gateway.cli", "serve"]
        if cfg is not None:
            config_path = config_path or cwd / "mailgate.yaml"
            config_path.write_text(yaml.safe_dump(cfg))
            args += ["--config", str(config_path)]
        self.config_path = config_path
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
        self.proc = subprocess.Popen(
            args, cwd=cwd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        banner = self.wait_line(r"^mailgate: listening on ")
        self.banner = banner
        self.port = int(re.search(r"listening on [\d.]+:(\d+)", banner).group(1))

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n"))

    def wait_line(self, pattern: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for line in self.lines[seen:]:
                if re.search(pattern, line):
                    return line
            seen = len(self.lines)
            if self.proc.poll() is not None and seen == len(self.lines):
                time.sleep(0.2)
                if not any(re.search(pattern, x) for x in self.lines):
                    raise AssertionError(f"exited {self.proc.returncode}: {self.lines}")
            time.sleep(0.05)
        raise AssertionError(f"no line matching {pattern!r} in {self.lines}")

    def events(self, name: str) -> list[dict]:
        out = []
        for line in self.lines:
            if line.startswith("{"):
                record = json.loads(line)
                if record.get("event") == name:
                    out.append(record)
        return out

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def serve(tmp_path):
    started: list[Serve] = []

    def start(cfg: dict | None) -> Serve:
        s = Serve(cfg, tmp_path)
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


def base_cfg(**extra) -> dict:
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "hostname": "gw.test",
        "scan": {"workers": 1, "timeout": 10, "analyser": "gw_hostile_analysers:quick"},
    }
    cfg.update(extra)
    return cfg


def test_embedded_defaults_say_where_mail_goes_and_fill_the_outbox(serve, tmp_path):
    s = serve(base_cfg())  # no upstream: the Maildir default
    assert f"delivering into Maildir {tmp_path / 'outbox'}" in s.banner
    raw = message("hello outbox")
    with smtplib.SMTP("127.0.0.1", s.port) as c:
        c.sendmail("sender@provider.test", ["a@partner.test"], raw)
    [path] = list((tmp_path / "outbox" / "new").iterdir())
    assert strip_trace(path.read_bytes()) == raw
    s.signal(signal.SIGTERM)
    assert s.proc.wait(20) == 0
    # One JSON line per message and per session, without content or recipients.
    [msg] = s.events("message")
    assert msg["outcome"] == "accepted" and msg["size"] == len(raw)
    assert msg["upstream_reply"].startswith("250")
    [session] = s.events("session")
    assert session["messages"] == 1
    log = "\n".join(s.lines)
    assert "hello outbox" not in log and "a@partner.test" not in log


def test_config_errors_name_the_key(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("listen:\n  port: 99999\nupstrem: {}\n")
    res = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "serve", "--config", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 2
    assert "listen.port" in res.stderr and "upstrem" in res.stderr


def test_sigterm_lets_the_transaction_in_progress_finish(serve, sink):
    s = serve(base_cfg(upstream=upstream_to(sink.port), limits={"shutdown_grace": 10}))
    c = RawClient(s.port)
    c.cmd("EHLO client.test")
    assert c.cmd("MAIL FROM:<sender@provider.test>").startswith("250")
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert c.cmd("DATA").startswith("354")
    raw = message("in flight", "first half\r\n" + "second half\r\n")
    c.send(raw[:60])
    s.signal(signal.SIGTERM)
    s.wait_line(r'"event": "stopping"')
    # Not accepting any more.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", s.port), 2).close()
    c.send(raw[60:] + b".\r\n")
    reply = c.reply()
    assert reply.startswith("250 2.0.0")  # told 250 …
    [got] = sink.wait_for(1)  # … and the upstream has it
    assert strip_trace(got.data) == raw
    c.cmd("QUIT")
    assert s.proc.wait(20) == 0


def test_sigterm_after_the_grace_period_421_and_nothing_relayed(serve, sink):
    s = serve(base_cfg(upstream=upstream_to(sink.port), limits={"shutdown_grace": 0.5}))
    c = RawClient(s.port)
    c.cmd("EHLO client.test")
    assert c.cmd("MAIL FROM:<sender@provider.test>").startswith("250")
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    s.signal(signal.SIGTERM)
    # The client dawdles past the grace period: it is told 421, never 250.
    time.sleep(1.5)
    try:
        reply = c.cmd("DATA")
    except (ConnectionError, OSError):
        reply = "(connection closed)"
    assert not reply.startswith(("250", "354")), reply
    assert s.proc.wait(20) == 0
    assert sink.messages == []


def test_sighup_reloads_without_dropping_sessions(serve, sink):
    s = serve(base_cfg(upstream=upstream_to(sink.port), limits={"max_recipients": 1}))
    old = RawClient(s.port)
    old.cmd("EHLO client.test")
    cfg = base_cfg(upstream=upstream_to(sink.port), limits={"max_recipients": 3})
    cfg["scan"]["timeout"] = 11  # a new worker pool too; older sessions must use it
    s.config_path.write_text(yaml.safe_dump(cfg))
    s.signal(signal.SIGHUP)
    s.wait_line(r'"event": "reloaded"')
    # New sessions use the new limit.
    with smtplib.SMTP("127.0.0.1", s.port) as c:
        c.ehlo("client.test")
        c.mail("sender@provider.test")
        assert [c.rcpt(f"r{i}@partner.test")[0] for i in range(3)] == [250, 250, 250]
    # The session opened before the reload is still up, with what it started with.
    assert old.cmd("MAIL FROM:<sender@provider.test>").startswith("250")
    assert old.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert old.cmd("RCPT TO:<b@partner.test>").startswith("452")
    assert old.cmd("DATA").startswith("354")
    old.send(message("after reload") + b".\r\n")
    assert old.reply().startswith("250")
    # A broken file on SIGHUP keeps the running configuration.
    s.config_path.write_text("limits: {max_recipients: -1}\n")
    s.signal(signal.SIGHUP)
    s.wait_line(r'"event": "reload_failed"')
    with smtplib.SMTP("127.0.0.1", s.port) as c:
        c.sendmail("sender@provider.test", ["a@partner.test"], message("still up"))
    assert len(sink.wait_for(2)) == 2


def test_sighup_with_an_impossible_date_in_the_policy_keeps_serving(serve, sink, tmp_path):
    policy = tmp_path / "site-policy.yaml"
    good = 'fallback: {id: fallback, guidance: ["¶18"], why: not exempt}\n'
    policy.write_text(good, encoding="utf-8")
    s = serve(base_cfg(upstream=upstream_to(sink.port), policy={"path": str(policy)}))
    policy.write_text(
        good + "suspension:\n  active: true\n  reason: DWP notice\n  since: 2025-13-01\n",
        encoding="utf-8",
    )
    s.signal(signal.SIGHUP)
    line = s.wait_line(r'"event": "policy_reload_failed"')
    record = json.loads(line)
    assert record["error"].startswith(f"{policy}:5:10: '2025-13-01' is not a real date")
    assert record["kept"] == "the running policy"
    assert not any("Traceback" in x for x in s.lines)
    # The rest of the reload still ran, and the old policy still decides.
    s.wait_line(r'"event": "reloaded"')
    with smtplib.SMTP("127.0.0.1", s.port) as c:
        c.sendmail("sender@provider.test", ["a@partner.test"], message("still up"))
    assert len(sink.wait_for(1)) == 1

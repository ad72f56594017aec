"""swaks as the client: plain relay, STARTTLS + AUTH, and refusals as swaks reports them."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from gw_helpers import message, strip_trace
from mailgate_support import upstream_to

from gateway.auth import hash_password

SWAKS = shutil.which("swaks")
pytestmark = pytest.mark.skipif(SWAKS is None, reason="swaks not installed (Debian 'swaks')")


def swaks(port: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [SWAKS, "--server", f"127.0.0.1:{port}", "--helo", "client.test", "--timeout", "20", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_swaks_message_arrives_byte_for_byte(gw, sink, tmp_path):
    g = gw({"upstream": upstream_to(sink.port)})
    raw = message("from swaks", "Sent by swaks.\r\n.dot first\r\n")
    eml = tmp_path / "m.eml"
    eml.write_bytes(raw)
    res = swaks(
        g.port,
        "--from",
        "sender@provider.test",
        "--to",
        "a@partner.test,b@partner.test",
        "--data",
        str(eml),
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "<-  250 2.0.0 Ok: queued as" in res.stdout
    [got] = sink.wait_for(1)
    assert got.rcpt_tos == ["a@partner.test", "b@partner.test"]
    # swaks sends one CRLF of its own before "." (its transcript shows it): that is
    # what the client sent, so that is what must arrive.
    assert strip_trace(got.data) == raw + b"\r\n"


def test_swaks_auth_over_starttls(gw, sink, tmp_path, tls_files):
    cert, key = tls_files
    users = tmp_path / "users"
    users.write_text(f"carol:{hash_password('swaks pw', n=2**10)}\n")
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "access": {"networks": [], "credentials_file": str(users)},
            "tls": {"cert": str(cert), "key": str(key)},
        }
    )
    base = ["--from", "carol@provider.test", "--to", "x@partner.test"]
    # Without TLS swaks cannot even try AUTH: the server does not offer it.
    res = swaks(
        g.port, *base, "--auth", "PLAIN", "--auth-user", "carol", "--auth-password", "swaks pw"
    )
    assert res.returncode != 0
    assert sink.messages == []
    res = swaks(
        g.port,
        *base,
        "--tls",
        "--auth",
        "LOGIN",
        "--auth-user",
        "carol",
        "--auth-password",
        "swaks pw",
    )
    assert res.returncode == 0, res.stdout + res.stderr
    [got] = sink.wait_for(1)
    assert b"with ESMTPSA id" in got.data


def test_swaks_outside_networks_is_refused(gw, sink):
    g = gw({"upstream": upstream_to(sink.port), "access": {"networks": ["192.0.2.0/24"]}})
    res = swaks(g.port, "--from", "x@provider.test", "--to", "y@partner.test")
    assert res.returncode != 0
    assert "<** 554 5.7.1 Relay access denied" in res.stdout
    assert sink.messages == []

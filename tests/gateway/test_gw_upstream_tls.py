"""Upstream TLS: STARTTLS with certificate verification, and no silent downgrade."""

from __future__ import annotations

import smtplib
import ssl

import pytest
from gw_helpers import message, strip_trace
from mailgate_support import Sink, SinkHandler, free_port, upstream_to


@pytest.fixture
def tls_sink(tls_files):
    cert, key = tls_files
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    sink = Sink(SinkHandler(), free_port(), tls_context=ctx, require_starttls=True)
    sink.controller.start()
    yield sink
    sink.controller.stop()


def send(port: int, raw: bytes) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo("client.test")
        code, text = s.mail("sender@provider.test")
        if code != 250:
            return code, text
        code, text = s.rcpt("a@partner.test")
        if code != 250:
            return code, text
        return s.data(raw)


def test_starttls_upstream_with_verified_certificate(gw, tls_sink, tls_files):
    cert, _ = tls_files
    g = gw({"upstream": upstream_to(tls_sink.port, tls="starttls", ca_file=str(cert))})
    raw = message("over TLS")
    assert send(g.port, raw)[0] == 250
    [got] = tls_sink.wait_for(1)
    assert strip_trace(got.data) == raw


def test_unverifiable_upstream_certificate_is_451_not_sent(gw, tls_sink):
    # The sink's self-signed certificate is not in the system store.
    g = gw({"upstream": upstream_to(tls_sink.port, tls="starttls")})
    code, text = send(g.port, message())
    assert code == 451 and text.startswith(b"4.7.5"), text
    assert tls_sink.messages == []


def test_plain_upstream_config_does_not_reach_a_tls_only_upstream(gw, tls_sink):
    # tls: none against a server that requires STARTTLS: refused, never a 250.
    g = gw({"upstream": upstream_to(tls_sink.port)})
    code, _ = send(g.port, message())
    assert code != 250
    assert tls_sink.messages == []


def test_upstream_auth_over_starttls(gw, tls_files, tmp_path):
    from aiosmtpd.smtp import AuthResult

    cert, key = tls_files
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, data):
        logins.append((data.login, data.password))
        return AuthResult(success=(data.login, data.password) == (b"gateway", b"upstream pw"))

    sink = Sink(
        SinkHandler(),
        free_port(),
        tls_context=ctx,
        require_starttls=True,
        auth_required=True,
        authenticator=authenticator,
    )
    sink.controller.start()
    try:
        secret = tmp_path / "upstream-password"
        secret.write_text("upstream pw\n")
        g = gw(
            {
                "upstream": upstream_to(
                    sink.port,
                    tls="starttls",
                    ca_file=str(cert),
                    username="gateway",
                    password_file=str(secret),
                )
            }
        )
        assert send(g.port, message("authenticated upstream"))[0] == 250
        assert len(sink.wait_for(1)) == 1
        assert logins == [(b"gateway", b"upstream pw")]
    finally:
        sink.controller.stop()

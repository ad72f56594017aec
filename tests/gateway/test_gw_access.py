"""Never an open relay: networks, AUTH only after STARTTLS, recipient routing tricks."""

from __future__ import annotations

import smtplib
import subprocess
import sys

import pytest
from gw_helpers import client_tls_context, message
from mailgate_support import upstream_to

from gateway.auth import Credentials, hash_password, verify_password

OUTSIDE = {"networks": ["192.0.2.0/24"]}  # loopback is not in it: we are "outside"


def test_client_outside_networks_is_refused_at_rcpt(gw, sink):
    g = gw({"upstream": upstream_to(sink.port), "access": OUTSIDE})
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        assert s.mail("sender@provider.test")[0] == 250
        code, text = s.rcpt("someone@partner.test")
        assert (code, text[:5]) == (554, b"5.7.1")
        assert s.docmd("DATA")[0] == 503
    assert sink.messages == []


@pytest.mark.parametrize(
    "rcpt",
    [
        "victim%elsewhere.test@partner.test",  # percent hack
        "elsewhere.test!victim@partner.test",  # bang path
        '"victim@elsewhere.test"@partner.test',  # quoted local part hiding an @
        '"victim%elsewhere.test"@partner.test',
        "@partner.test:victim@elsewhere.test",  # source route
        "victim@[192.0.2.1]",  # address literal
    ],
)
def test_routing_tricks_are_refused_even_for_allowed_clients(gw, sink, rcpt):
    g = gw({"upstream": upstream_to(sink.port)})
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        s.mail("sender@provider.test")
        code, _ = s.docmd(f"RCPT TO:<{rcpt}>")
        assert code >= 500
    assert sink.messages == []


@pytest.mark.parametrize("rcpt", ["victim%elsewhere.test@partner.test", "a@partner.test"])
def test_routing_tricks_from_outside_get_relay_denied(gw, sink, rcpt):
    g = gw({"upstream": upstream_to(sink.port), "access": OUTSIDE})
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        s.mail("sender@provider.test")
        assert s.docmd(f"RCPT TO:<{rcpt}>")[0] == 554


@pytest.fixture
def credentials(tmp_path):
    path = tmp_path / "users"
    path.write_text(f"# test users\nalice:{hash_password('correct horse', n=2**10)}\n")
    return path


def test_auth_is_not_offered_or_accepted_without_tls(gw, sink, credentials, tls_files):
    cert, key = tls_files
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "access": {**OUTSIDE, "credentials_file": str(credentials)},
            "tls": {"cert": str(cert), "key": str(key)},
        }
    )
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        assert s.has_extn("starttls")
        assert not s.has_extn("auth")
        code, _ = s.docmd("AUTH PLAIN AGFsaWNlAGNvcnJlY3QgaG9yc2U=")  # alice / correct horse
        assert code == 538
        s.mail("sender@provider.test")
        assert s.rcpt("someone@partner.test")[0] == 554
    assert sink.messages == []


def test_auth_after_starttls_allows_relay(gw, sink, credentials, tls_files):
    cert, key = tls_files
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "access": {**OUTSIDE, "credentials_file": str(credentials)},
            "tls": {"cert": str(cert), "key": str(key)},
        }
    )
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.starttls(context=client_tls_context(cert))
        s.ehlo("client.test")
        assert "PLAIN" in s.esmtp_features["auth"]
        with pytest.raises(smtplib.SMTPAuthenticationError):
            s.login("alice", "wrong")
        with pytest.raises(smtplib.SMTPAuthenticationError):
            s.login("mallory", "correct horse")
        s.login("alice", "correct horse")
        s.sendmail("alice@provider.test", ["someone@partner.test"], message("authed"))
    [got] = sink.wait_for(1)
    assert b"with ESMTPSA id" in got.data


def test_required_tls_refuses_mail_before_starttls(gw, sink, tls_files):
    cert, key = tls_files
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "tls": {"cert": str(cert), "key": str(key), "require": True},
        }
    )
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        assert s.docmd("MAIL FROM:<sender@provider.test>")[0] == 530
        s.starttls(context=client_tls_context(cert))
        s.ehlo("client.test")
        s.sendmail("sender@provider.test", ["a@partner.test"], message("tls"))
    [got] = sink.wait_for(1)
    assert b"with ESMTPS id" in got.data


def test_password_hashes_are_salted_and_checked():
    a, b = hash_password("pass phrase", n=2**10), hash_password("pass phrase", n=2**10)
    assert a != b and "pass phrase" not in a  # salted: same password, different hashes
    assert verify_password(b"pass phrase", a) and not verify_password(b"pass Phrase", a)
    assert not verify_password(b"pw", "scrypt$garbage")


def test_credentials_file_refuses_plain_text(tmp_path):
    from gateway.auth import CredentialsError

    path = tmp_path / "users"
    path.write_text("alice:secret\n")
    with pytest.raises(CredentialsError, match=r"users:1: expected 'user:scrypt"):
        Credentials.load(path)


def test_hash_password_command(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "serve", "--hash-password", "bob"],
        input="s3cret pass\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    user, _, encoded = out.partition(":")
    assert user == "bob" and encoded.startswith("scrypt$")
    (tmp_path / "users").write_text(out + "\n")
    creds = Credentials.load(tmp_path / "users")
    assert creds.check("bob", b"s3cret pass")
    assert not creds.check("bob", b"s3cret")

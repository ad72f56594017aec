"""Brute force and session floods, over real sockets: STARTTLS + AUTH as a client does.

Other client addresses are other loopback addresses (127.0.0.2, …): Linux answers
for all of 127/8, so each test is several clients without a second machine.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import threading
import time

import pytest
from gw_helpers import RawClient, client_tls_context, message
from mailgate_support import upstream_to

from gateway.auth import hash_password
from gateway.metrics import watch_sessions

OUTSIDE = ["192.0.2.0/24"]  # loopback may not relay unauthenticated
PASSWORD = "correct horse"


@pytest.fixture
def credentials(tmp_path):
    path = tmp_path / "users"
    path.write_text(
        f"alice:{hash_password(PASSWORD, n=2**10)}\nbob:{hash_password('b', n=2**10)}\n"
    )
    return path


@pytest.fixture
def auth_gw(gw, sink, credentials, tls_files):
    cert, key = tls_files

    def start(auth: dict, **limits):
        return gw(
            {
                "upstream": upstream_to(sink.port),
                "access": {"networks": OUTSIDE, "credentials_file": str(credentials)},
                "tls": {"cert": str(cert), "key": str(key)},
                "limits": {"auth": auth, **limits},
            }
        )

    return start


def _plain(user: str, password: str) -> str:
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


def tls_session(port: int, cert, source: str = "127.0.0.1") -> smtplib.SMTP:
    s = smtplib.SMTP("127.0.0.1", port, timeout=20, source_address=(source, 0))
    s.starttls(context=client_tls_context(cert))
    s.ehlo("client.test")
    return s


def try_login(s: smtplib.SMTP, user: str, password: str) -> int:
    """One AUTH PLAIN attempt (smtplib's login() would try LOGIN as well after a 535)."""
    try:
        return s.docmd("AUTH", "PLAIN " + _plain(user, password))[0]
    except smtplib.SMTPServerDisconnected:
        return -1


def metric(g, name: str, **labels: str) -> float:
    value = g.gateway.metrics.registry.get_sample_value(name, labels or None)
    return value or 0.0


def test_brute_force_is_slowed_then_refused_and_the_right_password_works_elsewhere(
    auth_gw, sink, tls_files, capfd
) -> None:
    cert, _ = tls_files
    g = auth_gw({"max_failures_per_client": 4, "delay": 0.1, "max_delay": 0.3, "cooling_off": 60})
    s = tls_session(g.port, cert)
    started = time.monotonic()
    codes = [try_login(s, "alice", f"guess {i}") for i in range(3)]
    # Each failure waited before its 535: 0.1 + 0.2 + 0.3 (capped) at the least.
    assert codes == [535, 535, 535] and time.monotonic() - started >= 0.6
    # The fourth failure ends the guessing: 421 4.7.0 and the connection is closed.
    code, text = s.docmd("AUTH", "PLAIN " + _plain("alice", "guess 4"))
    assert (code, text[:5]) == (421, b"4.7.0")
    with pytest.raises(smtplib.SMTPServerDisconnected):
        s.noop()

    # The address is cooling off: even the right password is refused, in a new session.
    again = tls_session(g.port, cert)
    code, text = again.docmd("AUTH", "PLAIN " + _plain("alice", PASSWORD))
    assert (code, text[:5]) == (421, b"4.7.0")
    again.close()

    # Another client, not cooling off, logs in with the right password and relays.
    other = tls_session(g.port, cert, source="127.0.0.2")
    assert try_login(other, "alice", PASSWORD) == 235
    other.sendmail("alice@provider.test", ["someone@partner.test"], message("authed"))
    other.quit()
    assert len(sink.wait_for(1)) == 1

    assert metric(g, "mailgate_auth_failures_total", outcome="failed") == 4
    assert metric(g, "mailgate_auth_failures_total", outcome="refused") == 2
    watch_sessions(g.gateway.metrics, g.gateway)
    assert metric(g, "mailgate_auth_cooling_off") == 1
    log = capfd.readouterr()
    logged = log.out + log.err
    assert logged.count("auth_failed") == 4
    assert "guess" not in logged and PASSWORD not in logged


def test_a_password_typed_as_the_user_name_is_not_logged(auth_gw, tls_files, capfd) -> None:
    cert, _ = tls_files
    g = auth_gw({"delay": 0})
    s = tls_session(g.port, cert)
    assert try_login(s, "Secret-Typed-In-The-User-Field", "x") == 535
    assert try_login(s, "bob", "wrong") == 535
    s.quit()
    logged = "".join(capfd.readouterr())
    assert "Secret-Typed-In-The-User-Field" not in logged
    assert "bob" in logged and "wrong" not in logged


def test_guessing_one_user_from_many_addresses_cools_the_user_off(auth_gw, tls_files) -> None:
    cert, _ = tls_files
    g = auth_gw({"max_failures_per_client": 50, "max_failures_per_user": 3, "delay": 0})
    for n in (2, 3, 4):
        s = tls_session(g.port, cert, source=f"127.0.0.{n}")
        assert try_login(s, "alice", "guess") in (535, 421, -1)
        s.close()
    # The user is cooling off, from any address; other users are not.
    s = tls_session(g.port, cert, source="127.0.0.5")
    code, text = s.docmd("AUTH", "PLAIN " + _plain("alice", PASSWORD))
    assert (code, text[:5]) == (421, b"4.7.0")
    s.close()
    s = tls_session(g.port, cert, source="127.0.0.5")
    assert try_login(s, "bob", "b") == 235
    s.quit()


def test_parallel_guessing_is_bounded_and_cooling_off_ends(auth_gw, tls_files) -> None:
    cert, _ = tls_files
    g = auth_gw({"max_failures_per_client": 5, "delay": 0.05, "cooling_off": 1.5})
    results: list[int] = []
    lock = threading.Lock()

    def guesser(i: int) -> None:
        s = tls_session(g.port, cert)
        for j in range(10):
            code = try_login(s, "alice", f"guess {i}.{j}")
            with lock:
                results.append(code)
            if code != 535:
                break
        s.close()

    threads = [threading.Thread(target=guesser, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    # At most the limit, plus the guesses already in flight when it was reached.
    assert results.count(535) <= 5 + len(threads)
    assert results.count(421) + results.count(-1) == len(threads)

    # After the cooling-off period the address may try again, and the password works.
    time.sleep(1.6)
    s = tls_session(g.port, cert)
    assert try_login(s, "alice", PASSWORD) == 235
    s.quit()


def test_one_address_cannot_hold_every_session(gw, sink) -> None:
    g = gw(
        {
            "upstream": upstream_to(sink.port),
            "limits": {
                "max_sessions": 10,
                "max_sessions_per_client": 3,
                "sessions_uncapped_networks": ["127.0.0.9/32"],
            },
        }
    )
    flood = [RawClient(g.port) for _ in range(3)]  # slow sessions, holding their slots
    assert all(c.greeting.startswith("220") for c in flood)
    with socket.create_connection(("127.0.0.1", g.port), 5) as fourth:
        assert fourth.recv(200).startswith(b"421 4.7.0")
    # Everyone else is served: another address relays a message.
    with smtplib.SMTP("127.0.0.1", g.port, timeout=20, source_address=("127.0.0.2", 0)) as s:
        s.sendmail("sender@provider.test", ["a@partner.test"], message("not locked out"))
    assert len(sink.wait_for(1)) == 1
    # The uncapped network (the provider's own MTA) opens more than the cap.
    mta = []
    for _ in range(5):
        sock = socket.create_connection(("127.0.0.1", g.port), 5, source_address=("127.0.0.9", 0))
        mta.append(sock)
        assert sock.recv(200).startswith(b"220")
    for sock in mta:
        sock.close()
    # A slot freed by the flooding address is its own again.
    flood[0].cmd("QUIT")
    flood[0].close()
    for _ in range(50):
        c = RawClient(g.port)
        ok = c.greeting.startswith("220")
        c.close()
        if ok:
            break
        time.sleep(0.05)
    assert ok
    assert metric(g, "mailgate_sessions_refused_total", reason="per_client") >= 1
    for c in flood[1:]:
        c.close()

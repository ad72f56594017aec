"""SMTP smuggling and the configurable limits, spoken byte by byte over a raw socket."""

from __future__ import annotations

import smtplib
import socket

import pytest
from gw_helpers import RawClient, message
from hypothesis import given
from hypothesis import strategies as st
from mailgate_support import upstream_to

SMUGGLED = (
    b"MAIL FROM:<ceo@provider.test>\r\nRCPT TO:<victim@partner.test>\r\nDATA\r\n"
    b"Subject: smuggled\r\n\r\nsmuggled body\r\n"
)


def open_txn(c: RawClient) -> None:
    assert c.cmd("EHLO client.test").startswith("250")
    assert c.cmd("MAIL FROM:<sender@provider.test>").startswith("250")
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert c.cmd("DATA").startswith("354")


def _clean_message_goes_through_alone(c, sink):
    """After a refused DATA the session is still usable: a clean message is the only
    one the next hop receives."""
    assert c.cmd("MAIL FROM:<sender@provider.test>").startswith("250")
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert c.cmd("DATA").startswith("354")
    c.send(b"Subject: clean\r\n\r\nclean\r\n.\r\n")
    assert c.reply().startswith("250")
    [got] = sink.wait_for(1)
    return got


@pytest.mark.parametrize(
    "end_of_data",
    [b"\n.\n", b"\n.\r\n", b"\r.\r", b"\r\n.\r", b"\r.\r\n", b"\r\r\n.\r\r\n", b"\r\n.\n"],
    ids=["LF.LF", "LF.CRLF", "CR.CR", "CRLF.CR", "CR.CRLF", "CRCRLF.CRCRLF", "CRLF.LF"],
)
def test_smuggling_variants_do_not_smuggle(gw, sink, raw_client, end_of_data):
    g = gw({"upstream": upstream_to(sink.port)})
    c = raw_client(g.port)
    open_txn(c)
    c.send(b"Subject: first\r\n\r\nfirst body" + end_of_data + SMUGGLED + b".\r\n")
    reply = c.reply()
    assert reply.startswith("554 5.5.2"), reply
    # The session is still usable, and a clean message goes through alone.
    got = _clean_message_goes_through_alone(c, sink)
    assert b"smuggled" not in got.data and b"Subject: clean" in got.data
    assert b"\n" not in got.data.replace(b"\r\n", b"")  # never a bare LF upstream


def test_dot_stuffing_and_commands_pipelined_after_the_data(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port)})
    c = raw_client(g.port)
    open_txn(c)
    body = "..leading dot\r\nends with a full stop.\r\n.\r\n"  # a dot line only as data
    # The end of the data, the next transaction and QUIT arrive in one write.
    c.send(
        message(body=body.replace("\r\n.\r\n", "\r\n..\r\n"))
        + b".\r\nMAIL FROM:<sender@provider.test>\r\n"
    )
    assert c.reply().startswith("250")
    assert c.reply().startswith("250")  # the pipelined MAIL was read as a command
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert c.cmd("DATA").startswith("354")
    c.send(b"Subject: one line\r\n.\r\nQUIT\r\n")
    assert c.reply().startswith("250")
    assert c.reply().startswith("221")
    first, second = sink.wait_for(2)
    assert first.data.endswith(b"\r\n.leading dot\r\nends with a full stop.\r\n.\r\n")
    assert second.data.endswith(b"Subject: one line\r\n")


def test_message_size_limit(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port), "limits": {"max_message_size": 4096}})
    c = raw_client(g.port)
    c.cmd("EHLO client.test")
    assert c.cmd("MAIL FROM:<s@provider.test> SIZE=5000").startswith("552 5.3.4")
    open_txn(c)
    c.send(message(body="y" * 80 + "\r\n") * 60 + b".\r\n")
    assert c.reply().startswith("552 5.3.4")
    # The upstream transaction opened at MAIL was abandoned, not completed.
    c.cmd("RSET")
    open_txn(c)
    c.send(message("small") + b".\r\n")
    assert c.reply().startswith("250")
    assert len(sink.wait_for(1)) == 1


def test_line_length_limit(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port), "limits": {"line_length": 200}})
    c = raw_client(g.port)
    open_txn(c)
    c.send(message(body="z" * 300 + "\r\n") + b".\r\n")
    assert c.reply().startswith("500 5.5.2")
    assert sink.messages == []


def test_recipient_limit(gw, sink):
    g = gw({"upstream": upstream_to(sink.port), "limits": {"max_recipients": 2}})
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        s.mail("sender@provider.test")
        assert s.rcpt("a@partner.test")[0] == 250
        assert s.rcpt("b@partner.test")[0] == 250
        code, text = s.rcpt("c@partner.test")
        assert code == 452 and text.startswith(b"4.5.3")
        assert s.data(message())[0] == 250
    [got] = sink.wait_for(1)
    assert got.rcpt_tos == ["a@partner.test", "b@partner.test"]


def test_session_limit_answers_421(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port), "limits": {"max_sessions": 2}})
    first, second = raw_client(g.port), raw_client(g.port)
    assert first.greeting.startswith("220") and second.greeting.startswith("220")
    with socket.create_connection(("127.0.0.1", g.port), 5) as third:
        assert third.recv(200).startswith(b"421 4.7.0")
    first.cmd("QUIT")
    for _ in range(50):  # the slot frees once the first session is gone
        c = RawClient(g.port)
        ok = c.greeting.startswith("220")
        c.close()
        if ok:
            break
    assert ok


def test_idle_client_is_dropped_after_command_timeout(gw, raw_client):
    g = gw({"limits": {"command_timeout": 0.5}})
    c = raw_client(g.port)
    c.cmd("EHLO client.test")
    c.sock.settimeout(5)
    with pytest.raises(ConnectionError):
        c.reply()  # the server hangs up on us


def test_slow_data_transfer_is_cut_at_data_timeout(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port), "limits": {"data_timeout": 0.5}})
    c = raw_client(g.port)
    open_txn(c)
    c.send(b"Subject: slow\r\n\r\nstarted but never finished\r\n")
    c.sock.settimeout(5)
    with pytest.raises(ConnectionError):
        c.reply()
    assert sink.messages == []


@given(st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b".", b"a"]), max_size=20).map(b"".join))
def test_bare_cr_or_lf_detection_matches_the_definition(data):
    from gateway.server import has_bare_cr_or_lf

    expected = b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b"")
    assert has_bare_cr_or_lf(data) == expected


@pytest.mark.parametrize(
    "body",
    [b"before\x00after\r\n", b"\x00\r\n", b"line one\r\n\x00.\r\nsmuggled\r\n"],
    ids=["mid-line", "alone", "before-a-dot"],
)
def test_nul_in_data_is_refused_like_bare_cr_or_lf(gw, sink, raw_client, body):
    g = gw({"upstream": upstream_to(sink.port)})
    c = raw_client(g.port)
    open_txn(c)
    c.send(b"Subject: nul\r\n\r\n" + body + b".\r\n")
    reply = c.reply()
    assert reply.startswith("554 5.6.0"), reply
    # Nothing went upstream, and the session goes on with a clean message.
    got = _clean_message_goes_through_alone(c, sink)
    assert b"\x00" not in got.data and b"Subject: clean" in got.data

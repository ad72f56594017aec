"""Relay through a real aiosmtpd sink: bytes, envelope, per-recipient answers, pooling, Maildir."""

from __future__ import annotations

import mailbox
import smtplib

import pytest
from gw_helpers import RawClient, message, strip_trace
from mailgate_support import upstream_to


def test_message_arrives_byte_for_byte_with_its_envelope(gw, sink):
    g = gw({"upstream": upstream_to(sink.port)})
    # Dot-stuffing, long-ish lines, 8-bit UTF-8 body, trailing spaces: all must survive.
    body = (
        ".leading dot line\r\n..two dots\r\n.\r\nline with trailing space \r\n"
        "Café £10 — naïve\r\n" + "x" * 990 + "\r\n\r\n"
    )
    raw = message("Byte check", body)
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        refused = s.sendmail(
            "sender@provider.test",
            ["a@partner.test", "b@other.test"],
            raw,
            mail_options=["BODY=8BITMIME"],
        )
    assert refused == {}
    [got] = sink.wait_for(1)
    assert got.mail_from == "sender@provider.test"
    assert got.rcpt_tos == ["a@partner.test", "b@other.test"]
    assert "BODY=8BITMIME" in got.mail_options
    assert any(o.startswith("SIZE=") for o in got.mail_options)
    assert strip_trace(got.data) == raw
    trace = got.data[: len(got.data) - len(raw)]
    assert b"by gw.test (Mailgate) with ESMTP id " in trace
    assert b"\n" not in trace.replace(b"\r\n", b"")  # trace header uses CRLF only


def test_smtputf8_envelope_is_passed_on(gw, sink):
    g = gw({"upstream": upstream_to(sink.port)})
    raw = message("UTF-8 envelope")
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        assert s.has_extn("smtputf8")
        s.sendmail("sénder@provider.test", ["zoë@partner.test"], raw, mail_options=["SMTPUTF8"])
    [got] = sink.wait_for(1)
    assert got.mail_from == "sénder@provider.test"
    assert got.rcpt_tos == ["zoë@partner.test"]
    assert "SMTPUTF8" in got.mail_options


def test_null_sender_is_relayed_as_null(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port)})
    c: RawClient = raw_client(g.port)
    c.cmd("EHLO client.test")
    assert c.cmd("MAIL FROM:<>").startswith("250")
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert c.cmd("DATA").startswith("354")
    c.send(message("bounce") + b".\r\n")
    assert c.reply().startswith("250 2.0.0")
    [got] = sink.wait_for(1)
    assert got.mail_from == "<>"


def test_recipient_refusals_come_back_at_rcpt(gw, sink):
    sink.handler.rcpt_replies = {
        "gone@partner.test": "550 5.1.1 no such user",
        "full@partner.test": "452 4.2.2 mailbox full",
    }
    g = gw({"upstream": upstream_to(sink.port)})
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.ehlo("client.test")
        s.mail("sender@provider.test")
        assert s.rcpt("gone@partner.test")[0] == 550
        code, text = s.rcpt("full@partner.test")
        assert code == 451 and b"4.2.2" in text  # upstream 4xx → 451, client keeps it
        assert s.rcpt("ok@partner.test")[0] == 250
        code, _ = s.data(message("partial"))
        assert code == 250
    [got] = sink.wait_for(1)
    assert got.rcpt_tos == ["ok@partner.test"]


def test_upstream_connections_are_reused(gw, sink):
    g = gw({"upstream": upstream_to(sink.port, pool_size=2)})
    connections = []
    real = sink.handler.handle_EHLO

    async def counting_ehlo(server, session, envelope, hostname, responses):
        connections.append(hostname)
        return await real(server, session, envelope, hostname, responses)

    sink.handler.handle_EHLO = counting_ehlo
    for i in range(3):
        with smtplib.SMTP("127.0.0.1", g.port) as s:
            s.sendmail("sender@provider.test", ["a@partner.test"], message(f"n{i}"))
    assert len(sink.wait_for(3)) == 3
    assert len(connections) == 1, connections


def test_no_upstream_means_maildir(gw, tmp_path):
    outbox = tmp_path / "box"
    g = gw({"maildir": str(outbox)})
    raw = message("to the outbox", "Kept locally.\r\n")
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        _code, _text = s.ehlo("client.test")
        s.sendmail("sender@provider.test", ["a@partner.test"], raw)
    files = list((outbox / "new").iterdir())
    assert len(files) == 1
    assert strip_trace(files[0].read_bytes()) == raw
    box = mailbox.Maildir(outbox, create=False)
    [msg] = list(box)
    assert msg["Subject"] == "to the outbox"


@pytest.mark.parametrize("analyser", ["detectors.analyse:analyse"])
def test_default_analyser_runs_in_the_pool(gateway_factory, sink, analyser):
    g = gateway_factory(
        {
            "upstream": upstream_to(sink.port),
            "scan": {"workers": 1, "timeout": 60, "analyser": analyser},
        }
    )
    with smtplib.SMTP("127.0.0.1", g.port) as s:
        s.sendmail("sender@provider.test", ["a@partner.test"], message("default analyser"))
    assert len(sink.wait_for(1)) == 1


def test_pooled_connection_closed_by_upstream_is_replaced(gw):
    import time

    from mailgate_support import Sink, SinkHandler, free_port

    sink = Sink(SinkHandler(), free_port(), timeout=0.5)  # hangs up on idle clients
    sink.controller.start()
    try:
        g = gw({"upstream": upstream_to(sink.port, pool_size=2)})
        with smtplib.SMTP("127.0.0.1", g.port) as s:
            s.sendmail("sender@provider.test", ["a@partner.test"], message("one"))
            time.sleep(1.0)  # the pooled upstream connection is gone by now
            s.sendmail("sender@provider.test", ["a@partner.test"], message("two"))
        assert len(sink.wait_for(2)) == 2
    finally:
        sink.controller.stop()


def test_mail_auth_parameter_is_accepted_and_not_passed_on(gw, sink, raw_client):
    g = gw({"upstream": upstream_to(sink.port)})
    c: RawClient = raw_client(g.port)
    c.cmd("EHLO exchange.test")
    assert c.cmd("MAIL FROM:<sender@provider.test> SIZE=300 AUTH=<>").startswith("250")
    assert c.cmd("RCPT TO:<a@partner.test>").startswith("250")
    assert c.cmd("DATA").startswith("354")
    c.send(message("from exchange") + b".\r\n")
    assert c.reply().startswith("250")
    [got] = sink.wait_for(1)
    assert got.mail_options == ["SIZE=300"]


def test_concurrent_sessions_each_message_exactly_once(gw, sink):
    from concurrent.futures import ThreadPoolExecutor

    g = gw(
        {
            "upstream": upstream_to(sink.port, pool_size=4),
            "scan": {"workers": 2, "timeout": 10, "analyser": "gw_hostile_analysers:quick"},
        }
    )

    def client(n: int) -> list[bytes]:
        sent = []
        with smtplib.SMTP("127.0.0.1", g.port, timeout=30) as s:
            for i in range(3):
                raw = message(f"c{n} m{i}")
                s.sendmail("sender@provider.test", [f"r{n}@partner.test"], raw)
                sent.append(raw)
        return sent

    with ThreadPoolExecutor(12) as pool:
        sent = [raw for batch in pool.map(client, range(12)) for raw in batch]
    got = sink.wait_for(len(sent))
    assert sorted(strip_trace(m.data) for m in got) == sorted(sent)


def test_smtputf8_to_an_upstream_without_it_is_refused_at_mail(gw):
    from mailgate_support import Sink, SinkHandler, free_port

    sink = Sink(SinkHandler(), free_port(), smtputf8=False)
    sink.controller.start()
    try:
        g = gw({"upstream": upstream_to(sink.port)})
        with smtplib.SMTP("127.0.0.1", g.port) as s:
            s.ehlo("client.test")
            code, text = s.mail("zoë@provider.test", options=["SMTPUTF8"])
            assert (code, text[:5]) == (553, b"5.6.7")
            # ASCII mail on the same session still goes.
            s.sendmail("sender@provider.test", ["a@partner.test"], message("ascii"))
        assert len(sink.wait_for(1)) == 1
    finally:
        sink.controller.stop()

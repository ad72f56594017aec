"""Upstream faults: the client gets the right code, and the message is neither lost nor doubled.

"Not lost" means: whenever the client was not told 250 it still holds the
message (4xx: it retries; 5xx: it bounces to the sender). Each test retries
after the fault clears and checks the upstream ends with exactly one copy.
"""

from __future__ import annotations

import smtplib
import time

from gw_helpers import message, strip_trace
from mailgate_support import Sink, SinkHandler, free_port, upstream_to


def send(port: int, raw: bytes, rcpts=("a@partner.test",)) -> tuple[int, bytes]:
    """One transaction; returns the DATA reply (or the first failing reply)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo("client.test")
        code, text = s.mail("sender@provider.test")
        if code != 250:
            return code, text
        for r in rcpts:
            code, text = s.rcpt(r)
            if code != 250:
                return code, text
        return s.data(raw)


def test_upstream_down_at_connect_gives_451_then_delivers_once_when_back(gw):
    port = free_port()  # nothing listens here yet
    g = gw({"upstream": upstream_to(port)})
    raw = message("while down")
    code, text = send(g.port, raw)
    assert code == 451 and text.startswith(b"4.4.1")
    sink = Sink(SinkHandler(), port)
    sink.controller.start()
    try:
        assert send(g.port, raw)[0] == 250
        [got] = sink.wait_for(1)
        assert strip_trace(got.data) == raw
    finally:
        sink.controller.stop()


def test_4xx_at_rcpt_gives_451(gw, sink):
    sink.handler.rcpt_replies = {"a@partner.test": "450 4.2.1 try later"}
    g = gw({"upstream": upstream_to(sink.port)})
    code, text = send(g.port, message())
    assert code == 451 and text.startswith(b"4.2.1")
    assert sink.messages == []


def test_5xx_at_rcpt_passes_through(gw, sink):
    sink.handler.rcpt_replies = {"a@partner.test": "550 5.1.1 unknown user"}
    g = gw({"upstream": upstream_to(sink.port)})
    code, text = send(g.port, message())
    assert (code, text) == (550, b"5.1.1 unknown user")


def test_5xx_at_data_passes_through_and_nothing_is_kept(gw, sink):
    sink.handler.data_reply = "554 5.7.0 content refused upstream"
    g = gw({"upstream": upstream_to(sink.port)})
    code, text = send(g.port, message("refused"))
    assert (code, text) == (554, b"5.7.0 content refused upstream")
    assert sink.messages == []
    # The connection went back to the pool in a usable state.
    sink.handler.data_reply = None
    assert send(g.port, message("after"))[0] == 250
    assert len(sink.wait_for(1)) == 1


def test_4xx_at_data_gives_451(gw, sink):
    sink.handler.data_reply = "452 4.3.1 insufficient storage"
    g = gw({"upstream": upstream_to(sink.port)})
    code, text = send(g.port, message())
    assert code == 451 and text.startswith(b"4.3.1")


def test_connection_reset_during_data_gives_451_then_exactly_one_copy(gw, sink):
    sink.handler.reset_in_data = True
    g = gw({"upstream": upstream_to(sink.port)})
    raw = message("reset")
    code, text = send(g.port, raw)
    assert code == 451 and text.startswith(b"4.4.2")
    assert sink.messages == []
    sink.handler.reset_in_data = False
    assert send(g.port, raw)[0] == 250  # the client's retry
    assert [strip_trace(m.data) for m in sink.wait_for(1)] == [raw]


def test_upstream_slower_than_timeout_gives_451_and_no_copy(gw, sink):
    sink.handler.data_delay = 3.0
    g = gw({"upstream": upstream_to(sink.port, timeout=1)})
    raw = message("slow")
    code, text = send(g.port, raw)
    assert code == 451 and text.startswith(b"4.4.2")
    sink.handler.data_delay = 0
    assert send(g.port, raw)[0] == 250
    # The slow attempt was dropped when the gateway hung up: one copy only,
    # even after the slow handler's delay has run out.
    assert [strip_trace(m.data) for m in sink.wait_for(1)] == [raw]
    time.sleep(2.5)
    assert len(sink.messages) == 1


def test_upstream_requiring_tls_it_cannot_have_is_451_not_plain_text(gw, sink):
    # The sink offers no STARTTLS: tls=starttls must not fall back to plain text.
    g = gw({"upstream": upstream_to(sink.port, tls="starttls")})
    code, _text = send(g.port, message())
    assert code == 451
    assert sink.messages == []

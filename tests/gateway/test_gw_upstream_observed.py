"""An upstream that is down or failing: the client gets 451 (or the upstream's 5xx), and
the failure is in the log (event ``upstream_failed``, with its kind) and in
``mailgate_upstream_errors_total{upstream,kind}`` on the real /metrics endpoint of a
real ``mailgate serve`` process. The upstreams are real sockets: a port nobody listens
on, an aiosmtpd sink answering 451 or 554, one that drops the connection mid-DATA, one
too slow to answer, one that cannot do the STARTTLS the config requires."""

from __future__ import annotations

import json
import smtplib
import time
import urllib.request

import pytest
from gw_helpers import message
from mailgate_support import Sink, SinkHandler, free_port, upstream_to
from prometheus_client.parser import text_string_to_metric_families
from test_gw_serve_process import Serve, base_cfg


def send(port: int, subject: str) -> tuple[int, bytes]:
    """One transaction; the DATA reply, or the first reply that was not 250."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo("client.test")
        code, text = s.mail("sender@provider.test")
        if code != 250:
            return code, text
        code, text = s.rcpt("a@partner.test")
        if code != 250:
            return code, text
        return s.data(message(subject))


def upstream_errors(metrics_port: int) -> dict[tuple[str, str], float]:
    """mailgate_upstream_errors_total by (upstream, kind), parsed from /metrics."""
    url = f"http://127.0.0.1:{metrics_port}/metrics"
    text = urllib.request.urlopen(url, timeout=10).read().decode()
    out: dict[tuple[str, str], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "mailgate_upstream_errors_total":
                out[(sample.labels["upstream"], sample.labels["kind"])] = sample.value
    return out


def wait_events(s: Serve, name: str, count: int, timeout: float = 15) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = s.events(name)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{count} {name!r} events expected, got {s.events(name)}: {s.lines}")


def assert_json_lines(s: Serve) -> None:
    """Every line but the start-up banner is one JSON object with an event name."""
    for line in s.lines:
        if line.startswith("mailgate: listening on "):
            continue
        record = json.loads(line)
        assert isinstance(record, dict) and record.get("event"), line


@pytest.fixture
def serve_to(tmp_path):
    started: list[Serve] = []

    def start(upstream: dict) -> Serve:
        metrics_port = free_port()
        cfg = base_cfg(
            upstream=upstream,
            metrics={"enabled": True, "host": "127.0.0.1", "port": metrics_port},
        )
        s = Serve(cfg, tmp_path)
        s.metrics_port = metrics_port
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


def test_each_upstream_failure_is_logged_and_counted_by_kind(serve_to):
    port = free_port()  # nothing listens here yet
    s = serve_to(upstream_to(port, timeout=1))

    # Stopped upstream: 451 at MAIL, kind refused.
    code, text = send(s.port, "while down")
    assert code == 451 and text.startswith(b"4.4.1")
    [down] = wait_events(s, "upstream_failed", 1)
    assert (down["upstream"], down["stage"], down["kind"]) == ("relay", "MAIL", "refused")
    assert down["level"] == "warning" and down["code"] == 451
    assert upstream_errors(s.metrics_port) == {("relay", "refused"): 1.0}

    handler = SinkHandler()
    sink = Sink(handler, port)
    sink.controller.start()
    try:
        handler.data_reply = "451 4.3.1 queue full, try later"
        assert send(s.port, "deferred")[0] == 451
        handler.data_reply = "554 5.7.0 content refused upstream"
        assert send(s.port, "rejected") == (554, b"5.7.0 content refused upstream")
        handler.data_reply = None
        handler.reset_in_data = True  # closes the connection instead of answering the dot
        code, text = send(s.port, "dropped")
        assert code == 451 and text.startswith(b"4.4.2")
        handler.reset_in_data = False
        handler.data_delay = 2.5  # upstream.timeout is 1 s
        code, text = send(s.port, "slow")
        assert code == 451 and b"timed out" in text
        handler.data_delay = 0
        assert send(s.port, "fine again")[0] == 250
    finally:
        sink.controller.stop()

    failed = wait_events(s, "upstream_failed", 5)
    assert [(e["stage"], e["kind"], e["code"]) for e in failed] == [
        ("MAIL", "refused", 451),
        ("DATA", "deferred", 451),
        ("DATA", "rejected", 554),
        ("DATA", "dropped", 451),
        ("DATA", "timeout", 451),
    ]
    assert failed[2]["reply"] == "5.7.0 content refused upstream"
    assert all(e["queue_id"] for e in failed[1:])  # DATA failures name the message
    assert upstream_errors(s.metrics_port) == {
        ("relay", "refused"): 1.0,
        ("relay", "deferred"): 1.0,
        ("relay", "rejected"): 1.0,
        ("relay", "dropped"): 1.0,
        ("relay", "timeout"): 1.0,
    }
    assert_json_lines(s)


def test_upstream_tls_failure_is_logged_and_counted(serve_to, sink):
    # The sink offers no STARTTLS; the config requires it: 451, never plain text.
    s = serve_to(upstream_to(sink.port, tls="starttls"))
    code, text = send(s.port, "needs tls")
    assert code == 451 and text.startswith(b"4.7.5")
    [failed] = wait_events(s, "upstream_failed", 1)
    assert (failed["stage"], failed["kind"]) == ("MAIL", "tls")
    assert upstream_errors(s.metrics_port) == {("relay", "tls"): 1.0}
    assert sink.messages == []
    assert_json_lines(s)


def test_a_refused_recipient_is_counted_as_rejected_with_its_address_masked(serve_to, sink):
    sink.handler.rcpt_replies = {"a@partner.test": "550 5.1.1 <a@partner.test> unknown user"}
    s = serve_to(upstream_to(sink.port))
    assert send(s.port, "unknown")[0] == 550
    [failed] = wait_events(s, "upstream_failed", 1)
    assert (failed["stage"], failed["kind"], failed["code"]) == ("RCPT", "rejected", 550)
    assert "a@partner.test" not in failed["reply"] and "@partner.test" in failed["reply"]
    assert upstream_errors(s.metrics_port) == {("relay", "rejected"): 1.0}

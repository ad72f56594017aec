"""Metrics move when things happen, and the HTTP endpoint serves them."""

from __future__ import annotations

import urllib.request

from act_sink import free_port

from gateway.actions.settings import MetricsConfig
from gateway.metrics import Metrics, start_metrics_server


def value(m: Metrics, name: str, labels: dict[str, str] | None = None) -> float:
    v = m.registry.get_sample_value(name, labels or {})
    return 0.0 if v is None else v


def test_counters_and_histograms_move() -> None:
    m = Metrics()
    m.message("reject", "nino-prohibited", False)
    m.message("reject", "nino-prohibited", False)
    m.message("relay", "no-data", True)
    m.upstream_error("route", "deferred")
    m.upstream_error("relay", "rejected")
    m.reply(250)
    m.worker_pool(total=4, busy=3, queued=2)
    with m.timed(m.scan_seconds):
        pass
    with m.timed(m.relay_seconds, method="smime"):
        pass
    m.sessions.inc()
    labels = {"action": "reject", "rule": "nino-prohibited", "monitor": "no"}
    assert value(m, "mailgate_messages_total", labels) == 2
    assert value(m, "mailgate_messages_total", {**labels, "monitor": "yes"}) == 0
    assert (
        value(
            m, "mailgate_messages_total", {"action": "relay", "rule": "no-data", "monitor": "yes"}
        )
        == 1
    )
    assert (
        value(m, "mailgate_upstream_errors_total", {"upstream": "route", "kind": "deferred"}) == 1
    )
    assert (
        value(m, "mailgate_upstream_errors_total", {"upstream": "relay", "kind": "rejected"}) == 1
    )
    assert value(m, "mailgate_replies_total", {"code_class": "2xx"}) == 1
    assert value(m, "mailgate_scan_workers", {"state": "idle"}) == 1
    assert value(m, "mailgate_scan_queue") == 2
    assert value(m, "mailgate_scan_seconds_count") == 1
    assert value(m, "mailgate_relay_seconds_count", {"method": "smime"}) == 1
    assert value(m, "mailgate_sessions") == 1


def test_http_endpoint_serves_the_registry() -> None:
    m = Metrics()
    m.message("encrypt", "special-category", False)
    assert start_metrics_server(MetricsConfig(enabled=False), m) is None
    port = free_port()
    started = start_metrics_server(MetricsConfig(enabled=True, port=port), m)
    assert started is not None
    server, thread = started
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
            text = resp.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert (
        'mailgate_messages_total{action="encrypt",monitor="no",rule="special-category"} 1.0' in text
    )
    assert "mailgate_scan_seconds_bucket" in text

"""mailgate_config_reload_success and _timestamp_seconds on the real /metrics of
`mailgate serve`: a failed SIGHUP says 0 and leaves the time of the last good load; the
next good one says 1 and moves it. The shipped alert "reload failed" reads the first."""

from __future__ import annotations

import signal
import time
import urllib.request

import yaml
from mailgate_support import free_port, upstream_to
from prometheus_client.parser import text_string_to_metric_families
from test_gw_serve_process import Serve, base_cfg

GOOD = 'fallback: {id: fallback, guidance: ["¶18"], why: not exempt}\n'


def reload_status(port: int) -> tuple[float, float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read()
    values = {
        sample.name: sample.value
        for family in text_string_to_metric_families(text.decode())
        for sample in family.samples
    }
    return (
        values["mailgate_config_reload_success"],
        values["mailgate_config_reload_timestamp_seconds"],
    )


def hup(s: Serve, count: int) -> None:
    """SIGHUP, then wait for this reload's last step (the count-th policy event)."""
    s.signal(signal.SIGHUP)
    deadline = time.monotonic() + 30
    while len(s.events("policy_reloaded") + s.events("policy_reload_failed")) < count:
        assert time.monotonic() < deadline, s.lines
        time.sleep(0.05)


def settles(port: int, want) -> tuple[float, float]:
    """The status once the handler that logged the event has set the gauges."""
    deadline = time.monotonic() + 5
    while not want(got := reload_status(port)):
        assert time.monotonic() < deadline, got
        time.sleep(0.05)
    return got


def test_reload_status_follows_each_sighup(tmp_path, sink):
    policy = tmp_path / "site-policy.yaml"
    policy.write_text(GOOD, encoding="utf-8")
    metrics_port = free_port()
    cfg = base_cfg(
        upstream=upstream_to(sink.port),
        policy={"path": str(policy)},
        metrics={"enabled": True, "host": "127.0.0.1", "port": metrics_port},
    )
    s = Serve(cfg, tmp_path)
    try:
        ok, started = reload_status(metrics_port)
        assert ok == 1 and abs(started - time.time()) < 120  # start-up is a good load

        # A broken policy: the reload fails, and the last good load's time stays.
        policy.write_text(GOOD + "suspension:\n  active: true\n  since: 2025-13-01\n")
        hup(s, 1)
        assert settles(metrics_port, lambda v: v[0] == 0) == (0, started)

        # A broken configuration file fails it too, policy now mended or not.
        policy.write_text(GOOD, encoding="utf-8")
        good_cfg = s.config_path.read_text()
        s.config_path.write_text("upstrem: {host: 127.0.0.1}\n")
        hup(s, 2)
        assert s.events("reload_failed")[-1]["kept"] == "the running configuration"
        assert reload_status(metrics_port) == (0, started)

        time.sleep(1.1)  # the gauge has whole-second precision at worst
        s.config_path.write_text(good_cfg)
        assert yaml.safe_load(good_cfg)["policy"]["path"] == str(policy)
        hup(s, 3)
        ok, reloaded = settles(metrics_port, lambda v: v[0] == 1)
        assert ok == 1 and reloaded > started
    finally:
        s.stop()

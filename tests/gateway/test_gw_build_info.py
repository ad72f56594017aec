"""mailgate_build_info on the real /metrics of `mailgate serve`: the installed version,
the Python running it and the policy in force, which a SIGHUP with a new policy changes."""

from __future__ import annotations

import platform
import signal
import time
import urllib.request
from importlib.metadata import version

from mailgate_support import free_port, upstream_to
from prometheus_client.parser import text_string_to_metric_families
from test_gw_serve_process import Serve, base_cfg

from policies.loader import DEFAULT_POLICY


def build_info(port: int) -> list[dict[str, str]]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read()
    return [
        sample.labels
        for family in text_string_to_metric_families(text.decode())
        for sample in family.samples
        if sample.name == "mailgate_build_info" and sample.value == 1
    ]


def test_build_info_names_version_python_and_the_policy_in_force(tmp_path, sink):
    text = DEFAULT_POLICY.read_text().replace(
        "domains_file: lists/", f"domains_file: {DEFAULT_POLICY.parent}/lists/"
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text(text.replace("name: dwp-provider", "name: pennine-skills", 1))
    metrics_port = free_port()
    cfg = base_cfg(
        upstream=upstream_to(sink.port),
        policy={"path": "policy.yaml"},
        metrics={"enabled": True, "host": "127.0.0.1", "port": metrics_port},
    )
    s = Serve(cfg, tmp_path)
    try:
        expected = {
            "version": version("mailgate"),
            "python": platform.python_version(),
            "policy_version": "pennine-skills/1",
        }
        assert build_info(metrics_port) == [expected]
        policy.write_text(
            text.replace("name: dwp-provider", "name: pennine-skills", 1).replace(
                "version: 1", "version: 2", 1
            )
        )
        s.signal(signal.SIGHUP)
        s.wait_line(r'"event": "policy_reloaded"')
        deadline = time.monotonic() + 10
        while build_info(metrics_port)[0]["policy_version"] != "pennine-skills/2":
            assert time.monotonic() < deadline, build_info(metrics_port)
            time.sleep(0.1)
        assert build_info(metrics_port) == [{**expected, "policy_version": "pennine-skills/2"}]
    finally:
        s.stop()

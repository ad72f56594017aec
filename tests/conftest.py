"""Shared fixtures: an aiosmtpd sink, the gateway in a thread, a private Postfix.

The classes behind them live in tests/mailgate_support.py (importable from any test).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from mailgate_support import (
    POSTFIX,
    POSTFIX_DAEMONS,
    Postfix,
    RunningGateway,
    Sink,
    SinkHandler,
    free_port,
    tempfile_short,
)

pytest_plugins = ["ci_strict"]


@pytest.fixture
def sink():
    s = Sink(SinkHandler(), free_port())
    s.controller.start()
    try:
        yield s
    finally:
        s.controller.stop()


@pytest.fixture
def gateway_factory(tmp_path):
    """``start(upstream_port=None, **overrides)`` → RunningGateway on a free port."""
    from gateway import config

    running: list[RunningGateway] = []

    def start(data: dict | None = None, *, policy=None, actions=None) -> RunningGateway:
        data = dict(data or {})
        data.setdefault("listen", {"host": "127.0.0.1", "port": 0})
        data.setdefault("maildir", str(tmp_path / "outbox"))
        data.setdefault("scan", {"workers": 1, "timeout": 10})
        data.setdefault("hostname", "gw.test")
        gw = RunningGateway(config.parse(data), policy=policy, actions=actions)
        running.append(gw)
        return gw

    yield start
    for gw in running:
        gw.stop()


@pytest.fixture
def postfix_factory(tmp_path_factory):
    """``start(relay_to=port, extra=main.cf lines)`` → a running private Postfix."""
    if POSTFIX is None or not POSTFIX_DAEMONS.is_dir():
        pytest.skip("Postfix is not installed (Debian package 'postfix'; .ci/run installs it)")
    if os.geteuid() != 0:
        pytest.skip("a private Postfix instance needs root (master runs as root)")
    started: list[Postfix] = []

    def start(relay_to: int | None = None, extra: str = "") -> Postfix:
        # Short path: Postfix's unix sockets live under the queue directory (108-byte limit).
        root = Path(tempfile_short())
        root.chmod(0o755)  # the postfix user must reach its queue directory
        pf = Postfix(root, relay_to, extra)
        pf.start()
        started.append(pf)
        return pf

    yield start
    for pf in started:
        pf.stop()
        shutil.rmtree(pf.root, ignore_errors=True)

"""Prometheus metrics: what the gateway did, how long it took, how it is coping.

One :class:`Metrics` per gateway process, on its own registry (so tests and
embedded uses do not collide); ``serve`` exposes it over HTTP when configured.
"""

from __future__ import annotations

import inspect
import platform
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from threading import Thread
from typing import Any
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from gateway.actions.settings import MetricsConfig

# Seconds. Scans run from milliseconds (plain text) to tens of seconds (large archives).
SCAN_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
FAST_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)
RELAY_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


def mailgate_version() -> str:
    try:
        return package_version("mailgate")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class BuildInfo(Collector):
    """``mailgate_build_info{version,python,policy_version} 1``. The policy's label is
    read at scrape time, so a SIGHUP that loads a new policy shows at the next scrape."""

    def __init__(self, policy_version: Callable[[], str]) -> None:
        self.policy_version = policy_version
        self.version = mailgate_version()
        self.python = platform.python_version()

    def collect(self):
        family = GaugeMetricFamily(
            "mailgate_build_info",
            "Always 1: the Mailgate version, the Python running it, the policy in force "
            "(its name/version)",
            labels=["version", "python", "policy_version"],
        )
        family.add_metric([self.version, self.python, self.policy_version()], 1)
        yield family


def policy_version_label(policy: Any) -> str:
    """``name/version`` of a ``policies.model.Policy``: "dwp-provider/1"."""
    return f"{policy.name}/{policy.version}"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry()
        self.messages = Counter(
            "mailgate_messages",
            "Messages decided, by action, rule and whether the policy was only monitoring",
            ["action", "rule", "monitor"],
            registry=r,
        )
        self.replies = Counter(
            "mailgate_replies",
            "Replies to clients after DATA, by class (2xx/4xx/5xx)",
            ["code_class"],
            registry=r,
        )
        self.scan_seconds = Histogram(
            "mailgate_scan_seconds",
            "Time to extract and scan one message",
            buckets=SCAN_BUCKETS,
            registry=r,
        )
        self.decide_seconds = Histogram(
            "mailgate_decide_seconds",
            "Time for the policy to decide",
            buckets=FAST_BUCKETS,
            registry=r,
        )
        self.relay_seconds = Histogram(
            "mailgate_relay_seconds",
            "Time to hand a message on, by how (relay, route, smime)",
            ["method"],
            buckets=RELAY_BUCKETS,
            registry=r,
        )
        self.sessions = Gauge("mailgate_sessions", "SMTP sessions open now", registry=r)
        self.workers = Gauge(
            "mailgate_scan_workers", "Scan worker processes, by state", ["state"], registry=r
        )
        self.scan_queue = Gauge(
            "mailgate_scan_queue", "Messages waiting for a scan worker", registry=r
        )
        self.upstream_errors = Counter(
            "mailgate_upstream_errors",
            "Failures handing mail on, by upstream (relay, route, smime, explanation, incident, "
            "encrypted) and kind (refused, timeout, tls, dropped, deferred, rejected, unsupported)",
            ["upstream", "kind"],
            registry=r,
        )
        self.scan_failures = Counter(
            "mailgate_scan_failures", "Scans that crashed, timed out or failed", registry=r
        )
        self.audit_errors = Counter(
            "mailgate_audit_errors", "Audit records that could not be written", registry=r
        )
        self.explanations = Counter(
            "mailgate_explanations",
            "Rejection explanations, by outcome (sent, skipped, failed)",
            ["outcome"],
            registry=r,
        )
        self.auth_failures = Counter(
            "mailgate_auth_failures",
            "AUTH attempts that failed, by outcome (failed: 535 after a delay; refused: "
            "421 while the address or user is cooling off)",
            ["outcome"],
            registry=r,
        )
        self.auth_cooling_off = Gauge(
            "mailgate_auth_cooling_off",
            "Client addresses and user names cooling off after failed AUTH",
            registry=r,
        )
        self.sessions_refused = Counter(
            "mailgate_sessions_refused",
            "Connections answered 421 at once, by reason (full, per_client, stopping)",
            ["reason"],
            registry=r,
        )
        self.outbox = Gauge(
            "mailgate_outbox_messages",
            "The gateway's own mail in the outbox, by state (queued, retrying, failed)",
            ["state"],
            registry=r,
        )
        self.outbox_queued = Counter(
            "mailgate_outbox_queued",
            "Messages put in the outbox, by kind (explanation, incident, encrypted)",
            ["kind"],
            registry=r,
        )
        self.outbox_delivered = Counter(
            "mailgate_outbox_delivered",
            "Outbox messages the next hop accepted, by kind",
            ["kind"],
            registry=r,
        )
        self.outbox_failed = Counter(
            "mailgate_outbox_failed",
            "Outbox messages given up on (refused, or older than outbox.max_age), by kind",
            ["kind"],
            registry=r,
        )
        # As Prometheus and Alertmanager expose their own: the last attempt's outcome,
        # and when the running configuration was last loaded whole (start-up counts).
        self.reload_success = Gauge(
            "mailgate_config_reload_success",
            "Whether the last reload (SIGHUP) loaded the configuration, term lists and "
            "policy without an error (1) or kept some of the running ones (0)",
            registry=r,
        )
        self.reload_timestamp = Gauge(
            "mailgate_config_reload_timestamp_seconds",
            "When the configuration now running was last loaded without an error (Unix time)",
            registry=r,
        )
        self.reload_success.set(1)
        self.reload_timestamp.set_to_current_time()
        self.notices = Counter(
            "mailgate_notices",
            "Notices sent, by kind (encrypted, incident) and outcome",
            ["kind", "outcome"],
            registry=r,
        )

    def reloaded(self, ok: bool) -> None:
        self.reload_success.set(1 if ok else 0)
        if ok:
            self.reload_timestamp.set_to_current_time()

    def watch_build(self, policy_version: Callable[[], str]) -> None:
        """Expose mailgate_build_info, its policy label from ``policy_version()``."""
        self.registry.register(BuildInfo(policy_version))

    def message(self, action: str, rule: str, monitor: bool) -> None:
        self.messages.labels(action, rule, "yes" if monitor else "no").inc()

    def reply(self, code: int) -> None:
        self.replies.labels(f"{code // 100}xx").inc()

    def upstream_error(self, upstream: str, kind: str) -> None:
        """One failure; gateway.upstream_failures.report counts and logs it together."""
        self.upstream_errors.labels(upstream, kind).inc()

    def worker_pool(self, total: int, busy: int, queued: int) -> None:
        self.workers.labels("total").set(total)
        self.workers.labels("busy").set(busy)
        self.workers.labels("idle").set(max(0, total - busy))
        self.scan_queue.set(queued)

    @contextmanager
    def timed(self, histogram: Histogram, **labels: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            h = histogram.labels(**labels) if labels else histogram
            h.observe(time.perf_counter() - start)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class TimedScanner:
    """Wraps the pipeline's scanner: scan latency, failures and the worker pool's state
    (busy = scans in flight up to the pool size, queued = the rest)."""

    def __init__(self, scanner: Any, metrics: Metrics, workers: int | None = None) -> None:
        self.inner = scanner
        self.metrics = metrics
        self.pool_size = workers if workers is not None else getattr(scanner, "workers", 1)
        self._in_flight = 0
        self._show()

    def _show(self) -> None:
        busy = min(self._in_flight, self.pool_size)
        self.metrics.worker_pool(self.pool_size, busy, self._in_flight - busy)

    async def scan(self, raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Any:
        self._in_flight += 1
        self._show()
        try:
            with self.metrics.timed(self.metrics.scan_seconds):
                return await self.inner.scan(raw, mail_from, rcpt_tos)
        except Exception:
            self.metrics.scan_failures.inc()
            raise
        finally:
            self._in_flight -= 1
            self._show()

    def __getattr__(self, name: str) -> Any:  # start(), shutdown(), … of the real pool
        return getattr(self.inner, name)


class TimedPolicy:
    """Wraps the pipeline's policy: decide latency (plain or async decide)."""

    def __init__(self, policy: Any, metrics: Metrics) -> None:
        self.inner = policy
        self.metrics = metrics

    def decide(self, facts: Any, scan: Any) -> Any:
        start = time.perf_counter()
        result = self.inner.decide(facts, scan)
        if inspect.isawaitable(result):
            return self._finish(result, start)
        self.metrics.decide_seconds.observe(time.perf_counter() - start)
        return result

    async def _finish(self, pending: Awaitable[Any], start: float) -> Any:
        try:
            return await pending
        finally:
            self.metrics.decide_seconds.observe(time.perf_counter() - start)

    def __getattr__(self, name: str) -> Any:  # reload(), policy, …
        return getattr(self.inner, name)


def watch_sessions(metrics: Metrics, gateway: Any) -> None:
    """Report the gateway's open sessions and the addresses and users cooling off after
    failed AUTH (read at scrape time from the gateway)."""
    metrics.sessions.set_function(lambda: len(gateway.sessions))
    metrics.auth_cooling_off.set_function(gateway.auth_throttle.cooling_count)


def start_metrics_server(
    config: MetricsConfig, metrics: Metrics
) -> tuple[WSGIServer, Thread] | None:
    """Serve /metrics on a daemon thread when enabled; returns (server, thread) to stop it."""
    if not config.enabled:
        return None
    return start_http_server(config.port, addr=config.host, registry=metrics.registry)

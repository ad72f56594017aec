"""The outbox, SQLite and PostgreSQL: kept across reopening, retried with doubling delays,
failed on a permanent refusal, delivered through a real SMTP sink."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from mailgate_support import Sink, SinkHandler, free_port, upstream_to

from gateway import config as gwconfig
from gateway.actions.submit import upstream_sender
from gateway.metrics import Metrics
from gateway.outbox import Outbox, OutboxConfig, open_outbox_store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def outbox_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'outbox.db'}"
    import psycopg

    url = request.getfixturevalue("postgres_url")
    name = f"ob_{request.node.name.replace('[', '_').replace(']', '')}"[:60]
    with psycopg.connect(url, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    return url.replace("/postgres?", f"/{name}?")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_items_wait_across_reopening_then_retry_with_doubling_delays(outbox_url) -> None:
    port = free_port()
    sink = Sink(SinkHandler(), port)
    send = upstream_sender(gwconfig.Upstream(**upstream_to(port)), "gw.test")
    clock, metrics = Clock(), Metrics()
    cfg = OutboxConfig(retry_initial=10, retry_max=25, max_age=1000)

    async def run() -> None:
        first = Outbox(open_outbox_store(outbox_url), send, cfg, metrics, clock)
        await first.store.open()  # the store only: no task, so nothing is sent yet
        await first.enqueue("explanation", "MG-1", b"Subject: x\r\n\r\nbody\r\n", "", ["a@p.test"])
        await first.store.close()

        again = Outbox(open_outbox_store(outbox_url), send, cfg, metrics, clock)
        await again.store.open()
        assert (await again.store.counts())["queued"] == 1
        delays = []
        for _ in range(3):  # nothing listening: each attempt is a temporary failure
            assert await again.deliver_due() == 1
            due = await again.store.next_due()
            delays.append(due - clock.now)
            clock.now = due
        assert delays == [10, 20, 25]
        assert (await again.store.counts())["retrying"] == 1

        sink.controller.start()
        try:
            assert await again.deliver_due() == 1
        finally:
            sink.controller.stop()
        assert await again.store.counts() == {"queued": 0, "retrying": 0, "failed": 0}
        assert await again.store.next_due() is None
        await again.store.close()

    asyncio.run(run())
    [got] = sink.messages
    assert got.rcpt_tos == ["a@p.test"] and got.data.endswith(b"body\r\n")
    reg = metrics.registry
    assert reg.get_sample_value("mailgate_outbox_delivered_total", {"kind": "explanation"}) == 1
    assert reg.get_sample_value("mailgate_explanations_total", {"outcome": "failed"}) == 3


def test_a_permanent_refusal_or_old_age_fails_the_item(outbox_url) -> None:
    port = free_port()
    handler = SinkHandler(data_reply="554 5.7.1 no thanks")
    sink = Sink(handler, port)
    send = upstream_sender(gwconfig.Upstream(**upstream_to(port)), "gw.test")
    clock = Clock()
    cfg = OutboxConfig(retry_initial=1, retry_max=1, max_age=5)

    async def run() -> None:
        box = Outbox(open_outbox_store(outbox_url), send, cfg, Metrics(), clock)
        await box.store.open()
        await box.enqueue("incident", "MG-2", b"Subject: y\r\n\r\nz\r\n", "", ["s@p.test"])
        sink.controller.start()
        try:
            await box.deliver_due()
        finally:
            sink.controller.stop()
        assert (await box.store.counts())["failed"] == 1
        await box.enqueue("encrypted", "MG-3", b"Subject: y\r\n\r\nz\r\n", "", ["s@p.test"])
        clock.now += 10  # older than max_age by its first attempt: failed, not retried
        await box.deliver_due()
        assert (await box.store.counts())["failed"] == 2
        assert await box.store.next_due() is None
        await box.store.close()

    asyncio.run(run())


def test_default_url_is_beside_the_audit_file_or_the_postgres_audit_database(tmp_path) -> None:
    cfg = OutboxConfig()
    audit = f"sqlite:///{tmp_path / 'audit.db'}"
    assert cfg.resolved_url(audit, tmp_path) == f"sqlite://{tmp_path / 'outbox.db'}"
    pg = "postgresql://mailgate@db.example.org/mailgate"
    assert cfg.resolved_url(pg, tmp_path) == pg
    rel = OutboxConfig(url="sqlite:spool/out.db")
    assert rel.resolved_url(audit, tmp_path) == f"sqlite://{tmp_path / 'spool' / 'out.db'}"
    with pytest.raises(ValueError, match="retry_max"):
        OutboxConfig(retry_initial=10, retry_max=5)
    with pytest.raises(ValueError, match="sqlite: or postgresql"):
        OutboxConfig(url="mysql://x")

"""Failed-scan digests in the gateways' database (audit schema migration 2), SQLite and
PostgreSQL: a failure is counted across gateway processes (a restart, another node),
an expired row counts from 1 again and is deleted, and a gateway started on the
database knows the digests it holds; a database that fails leaves the memory table
answering as before."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from gateway.audit.store import open_store
from gateway.control import ControlError, open_control_store
from gateway.failed_scans import FailedScans

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'audit.db'}"
    else:
        pg = request.getfixturevalue("postgres_url")
        name = f"fs_{request.node.name.replace('[', '_').replace(']', '').replace('-', '_')}"[:60]
        with psycopg.connect(pg, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}"')
            c.execute(f'CREATE DATABASE "{name}"')
        url = pg.replace("/postgres?", f"/{name}?")

    async def migrate() -> None:  # as `mailgate serve` does: the audit store opens first
        store = open_store(url)
        await store.open()
        await store.close()

    asyncio.run(migrate())
    return url


def test_failures_count_across_connections_and_expire(url: str) -> None:
    one, two = open_control_store(url, create=True), open_control_store(url, create=True)
    try:
        a, b = digest("message a"), digest("message b")
        assert one.strike_scan(a, "time", T0, T0 + HOUR) == 1
        assert two.strike_scan(a, "time", T0 + timedelta(minutes=5), T0 + 2 * HOUR) == 2
        assert one.strike_scan(b, "memory", T0, T0 + HOUR) == 1
        rows = {r.digest: r for r in two.failed_scans(T0 + timedelta(minutes=30))}
        assert set(rows) == {a, b}
        assert (rows[a].which, rows[a].failures, rows[a].expires) == ("time", 2, T0 + 2 * HOUR)
        assert (rows[b].which, rows[b].failures) == ("memory", 1)
        # b has expired by T0 + 1h30: not listed, and striking it again counts from 1.
        later = T0 + 90 * timedelta(minutes=1)
        assert [r.digest for r in one.failed_scans(later)] == [a]
        assert one.strike_scan(b, "memory", later, later + HOUR) == 1
    finally:
        one.close()
        two.close()


class Clock:
    def __init__(self) -> None:
        self.now = T0.timestamp()

    def __call__(self) -> float:
        return self.now


def test_a_restarted_gateway_knows_what_failed_before(url: str) -> None:
    clock = Clock()
    hostile, other = digest("hostile"), digest("other")
    first = FailedScans(window=3600, clock=clock)
    first.attach(open_control_store(url, create=True))
    assert first.strike(hostile, "time") is False  # 451, try again
    first.close()  # the gateway stops (or is killed: each strike was already written)

    clock.now += 60
    second = FailedScans(window=3600, clock=clock)
    assert second.attach(open_control_store(url, create=True)) == 1
    assert second.condemned(hostile) is None  # failed once: it gets its second scan
    assert second.strike(hostile, "time") is True  # failed again: limit:time
    assert second.condemned(hostile) == "time" and second.condemned(other) is None
    second.close()

    clock.now += 60
    third = FailedScans(window=3600, clock=clock)
    third.attach(open_control_store(url, create=True))
    assert third.condemned(hostile) == "time"  # answered at once, no worker spent
    clock.now += 3600  # past the window after its last failure: forgotten
    assert third.condemned(hostile) is None
    third.close()


def test_another_gateway_counts_the_first_failure_it_did_not_see(url: str) -> None:
    clock = Clock()
    node_a, node_b = FailedScans(clock=clock), FailedScans(clock=clock)
    node_a.attach(open_control_store(url, create=True))
    node_b.attach(open_control_store(url, create=True))  # started before node_a's failure
    try:
        assert node_a.strike(digest("hostile"), "memory") is False
        assert node_b.strike(digest("hostile"), "memory") is True  # its own first, the 2nd
    finally:
        node_a.close()
        node_b.close()


def test_a_failing_database_leaves_the_memory_table_answering(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    store = open_control_store(url, create=True)  # no audit migration: no failed_scan table
    with pytest.raises(ControlError, match="failed_scan"):
        store.strike_scan(digest("x"), "time", T0, T0 + HOUR)
    seen = FailedScans()
    assert seen.attach(store) == 0
    assert seen.strike(digest("x"), "time") is False
    assert seen.strike(digest("x"), "time") is True
    assert seen.condemned(digest("x")) == "time"
    seen.close()

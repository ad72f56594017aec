"""Audit store on PostgreSQL (psycopg 3), for gateways that run as a cluster.

One connection, used by one coroutine at a time (the lock); a broken connection
is replaced on the next call, so a database restart costs 451s, not a restart.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

import psycopg
from psycopg.types.json import Jsonb

from gateway.audit.migrations import MIGRATIONS, SCHEMA_TABLE_POSTGRES
from gateway.audit.record import AuditRecord
from gateway.audit.redact import redact
from gateway.audit.store import (
    REPORT_DIMENSIONS,
    AuditQuery,
    AuditStore,
    AuditStoreError,
    ReportRow,
    build_where,
    check_dimensions,
    record_from_json,
    utc,
)

T = TypeVar("T")
# Any constant: serialises schema migration between gateways starting together.
_MIGRATION_LOCK = 0x6D61696C67617465 & 0x7FFFFFFFFFFFFFFF


class PostgresAuditStore(AuditStore):
    def __init__(self, url: str, connect_timeout: float = 10) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self._conn: psycopg.AsyncConnection | None = None
        self._lock = asyncio.Lock()

    async def _connection(self) -> psycopg.AsyncConnection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = await psycopg.AsyncConnection.connect(
                self.url, connect_timeout=int(self.connect_timeout), autocommit=True
            )
        return self._conn

    async def _run(self, fn: Callable[[psycopg.AsyncConnection], Awaitable[T]]) -> T:
        async with self._lock:
            try:
                conn = await self._connection()
                async with conn.transaction():
                    return await fn(conn)
            except psycopg.Error as e:
                raise AuditStoreError(f"audit store (postgresql): {e}") from e

    async def open(self) -> None:
        async def migrate(conn: psycopg.AsyncConnection) -> None:
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            await conn.execute(SCHEMA_TABLE_POSTGRES)
            cur = await conn.execute("SELECT version FROM audit_schema")
            done = {v for (v,) in await cur.fetchall()}
            for version, _, statements in MIGRATIONS:
                if version in done:
                    continue
                for sql in statements:
                    await conn.execute(sql)
                await conn.execute("INSERT INTO audit_schema(version) VALUES (%s)", (version,))

        await self._run(migrate)

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
        self._conn = None

    async def write(self, record: AuditRecord) -> None:
        async def do(conn: psycopg.AsyncConnection) -> None:
            cur = await conn.execute(
                "INSERT INTO audit_record(reference, time, day, queue_id, message_id, sender,"
                " action, rule, monitor, people, sha256, method, upstream_reply, detail)"
                " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
                (
                    record.reference,
                    utc(record.time),
                    utc(record.time).date(),
                    record.queue_id,
                    record.message_id,
                    record.sender,
                    record.action,
                    record.rule,
                    record.monitor,
                    record.people,
                    record.sha256,
                    record.method,
                    record.upstream_reply,
                    Jsonb(record.to_dict()),
                ),
            )
            row = await cur.fetchone()
            assert row is not None
            async with conn.cursor() as c:
                await c.executemany(
                    "INSERT INTO audit_recipient(record_id, address, class, action, rule)"
                    " VALUES (%s,%s,%s,%s,%s)",
                    [
                        (row[0], r.address, r.recipient_class, r.action, r.rule)
                        for r in record.recipients
                    ],
                )

        await self._run(do)

    async def set_outcome(self, reference: str, reply: str, method: str | None = None) -> None:
        reply = redact(reply)

        async def do(conn: psycopg.AsyncConnection) -> None:
            cur = await conn.execute(
                "UPDATE audit_record SET upstream_reply = %s, method = coalesce(%s, method),"
                " detail = jsonb_set(jsonb_set(detail, '{upstream_reply}', to_jsonb(%s::text)),"
                " '{method}', coalesce(to_jsonb(%s::text), detail->'method', 'null'::jsonb))"
                " WHERE reference = %s",
                (reply, method, reply, method, reference),
            )
            if cur.rowcount != 1:
                raise psycopg.DataError(f"no audit record {reference}")

        await self._run(do)

    async def search(self, query: AuditQuery) -> list[AuditRecord]:
        where, params = build_where(query, "%s", utc)

        async def do(conn: psycopg.AsyncConnection) -> list[AuditRecord]:
            cur = await conn.execute(
                f"SELECT r.detail FROM audit_record r{where} ORDER BY r.time, r.id LIMIT %s",
                [*params, query.limit],
            )
            return [record_from_json(d) for (d,) in await cur.fetchall()]

        return await self._run(do)

    async def report(
        self, query: AuditQuery, by: tuple[str, ...] = REPORT_DIMENSIONS
    ) -> list[ReportRow]:
        by = check_dimensions(by)
        where, params = build_where(query, "%s", utc)
        cols = ", ".join(f"r.{d}" for d in by)

        async def do(conn: psycopg.AsyncConnection) -> list[ReportRow]:
            cur = await conn.execute(
                f"SELECT {cols}, count(*) FROM audit_record r{where}"
                f" GROUP BY {cols} ORDER BY {cols}",
                params,
            )
            rows = await cur.fetchall()
            return [ReportRow(dict(zip(by, map(str, r[:-1]), strict=True)), r[-1]) for r in rows]

        return await self._run(do)

    async def purge(self, older_than: datetime) -> int:
        async def do(conn: psycopg.AsyncConnection) -> int:
            cur = await conn.execute("DELETE FROM audit_record WHERE time < %s", (utc(older_than),))
            return cur.rowcount

        return await self._run(do)

    async def ping(self) -> None:
        async def do(conn: psycopg.AsyncConnection) -> None:
            await conn.execute("SELECT 1 FROM audit_schema LIMIT 1")

        await self._run(do)

    def __repr__(self) -> str:
        return "PostgresAuditStore(<url>)"  # the URL may hold a password

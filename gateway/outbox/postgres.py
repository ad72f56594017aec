"""The outbox in the PostgreSQL audit database: one outbox for every gateway of a cluster.

Items are claimed with ``FOR UPDATE SKIP LOCKED`` and leased, so two gateways never
send the same one; a gateway that dies mid-send leaves it to the next after the lease.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import psycopg
from psycopg.types.json import Jsonb

from gateway.outbox.store import LEASE_SECONDS, OutboxError, OutboxItem, OutboxStore

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS mailgate_outbox (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos JSONB NOT NULL,
    data BYTEA NOT NULL,
    created DOUBLE PRECISION NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt DOUBLE PRECISION NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    last_error TEXT NOT NULL DEFAULT ''
)
"""
INDEX = "CREATE INDEX IF NOT EXISTS mailgate_outbox_due ON mailgate_outbox(state, next_attempt)"
_COLUMNS = "id, kind, reference, mail_from, rcpt_tos, data, created, attempts, next_attempt, state"
# Any constant: serialises the CREATE TABLE of gateways starting together.
_SCHEMA_LOCK = 0x6F7574626F78


class PostgresOutboxStore(OutboxStore):
    def __init__(self, url: str, connect_timeout: float = 10) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self._conn: psycopg.AsyncConnection | None = None
        self._lock = asyncio.Lock()

    async def _run(self, fn: Callable[[psycopg.AsyncConnection], Awaitable[T]]) -> T:
        async with self._lock:
            try:
                if self._conn is None or self._conn.closed or self._conn.broken:
                    self._conn = await psycopg.AsyncConnection.connect(
                        self.url, connect_timeout=int(self.connect_timeout), autocommit=True
                    )
                async with self._conn.transaction():
                    return await fn(self._conn)
            except psycopg.Error as e:
                raise OutboxError(f"outbox (postgresql): {e}") from e

    async def open(self) -> None:
        async def create(conn: psycopg.AsyncConnection) -> None:
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            await conn.execute(SCHEMA)
            await conn.execute(INDEX)

        await self._run(create)

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
        self._conn = None

    async def put(self, item: OutboxItem) -> int:
        async def do(conn: psycopg.AsyncConnection) -> int:
            cur = await conn.execute(
                "INSERT INTO mailgate_outbox(kind, reference, mail_from, rcpt_tos, data,"
                " created, next_attempt) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (item.kind, item.reference, item.mail_from, Jsonb(item.rcpt_tos), item.data,
                 item.created, item.next_attempt),
            )  # fmt: skip
            row = await cur.fetchone()
            assert row is not None
            return int(row[0])

        return await self._run(do)

    async def claim(self, now: float, limit: int) -> list[OutboxItem]:
        async def do(conn: psycopg.AsyncConnection) -> list[OutboxItem]:
            cur = await conn.execute(
                f"SELECT {_COLUMNS} FROM mailgate_outbox WHERE state != 'failed'"
                " AND next_attempt <= %s ORDER BY next_attempt LIMIT %s FOR UPDATE SKIP LOCKED",
                (now, limit),
            )
            rows = await cur.fetchall()
            for r in rows:
                await conn.execute(
                    "UPDATE mailgate_outbox SET next_attempt = %s WHERE id = %s",
                    (now + LEASE_SECONDS, r[0]),
                )
            return [
                OutboxItem(kind, ref, frm, list(rcpts), bytes(data), created, attempts, nxt,
                           state, id=id_)
                for id_, kind, ref, frm, rcpts, data, created, attempts, nxt, state in rows
            ]  # fmt: skip

        return await self._run(do)

    async def _exec(self, sql: str, args: tuple) -> None:
        async def do(conn: psycopg.AsyncConnection) -> None:
            await conn.execute(sql, args)

        await self._run(do)

    async def delivered(self, item_id: int) -> None:
        await self._exec("DELETE FROM mailgate_outbox WHERE id = %s", (item_id,))

    async def retry(self, item_id: int, next_attempt: float, error: str) -> None:
        await self._exec(
            "UPDATE mailgate_outbox SET attempts = attempts + 1, next_attempt = %s,"
            " state = 'retrying', last_error = %s WHERE id = %s",
            (next_attempt, error, item_id),
        )

    async def fail(self, item_id: int, error: str) -> None:
        await self._exec(
            "UPDATE mailgate_outbox SET attempts = attempts + 1, state = 'failed',"
            " last_error = %s WHERE id = %s",
            (error, item_id),
        )

    async def counts(self) -> dict[str, int]:
        async def do(conn: psycopg.AsyncConnection) -> list:
            cur = await conn.execute("SELECT state, count(*) FROM mailgate_outbox GROUP BY state")
            return await cur.fetchall()

        rows = await self._run(do)
        return {"queued": 0, "retrying": 0, "failed": 0, **{s: int(n) for s, n in rows}}

    async def next_due(self) -> float | None:
        async def do(conn: psycopg.AsyncConnection) -> float | None:
            cur = await conn.execute(
                "SELECT min(next_attempt) FROM mailgate_outbox WHERE state != 'failed'"
            )
            row = await cur.fetchone()
            return row[0] if row else None

        return await self._run(do)

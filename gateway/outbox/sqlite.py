"""The outbox in one SQLite file (WAL, synchronous=FULL), on a thread of its own."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from gateway.outbox.store import LEASE_SECONDS, OutboxError, OutboxItem, OutboxStore
from policies.private_files import create_private

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    data BLOB NOT NULL,
    created REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox(state, next_attempt);
"""
_COLUMNS = "id, kind, reference, mail_from, rcpt_tos, data, created, attempts, next_attempt, state"


def _item(row: tuple) -> OutboxItem:
    id_, kind, ref, mail_from, rcpts, data, created, attempts, next_attempt, state = row
    return OutboxItem(
        kind, ref, mail_from, json.loads(rcpts), bytes(data), created, attempts,
        next_attempt, state, id=id_,
    )  # fmt: skip


class SqliteOutboxStore(OutboxStore):
    def __init__(self, path: str | Path) -> None:
        self.path = path if str(path) == ":memory:" else Path(path)
        self._conn: sqlite3.Connection | None = None
        self._executor: ThreadPoolExecutor | None = None

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._conn is None or self._executor is None:
            raise OutboxError("outbox is not open")
        conn = self._conn
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, fn, conn)
        except sqlite3.Error as e:
            raise OutboxError(f"outbox {self.path}: {e}") from e

    async def open(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-sqlite")
        try:
            self._conn = await asyncio.get_running_loop().run_in_executor(
                self._executor, self._connect
            )
        except (sqlite3.Error, OSError) as e:
            self._executor.shutdown(wait=False)
            self._executor = None
            raise OutboxError(f"cannot open outbox {self.path}: {e}") from e

    def _connect(self) -> sqlite3.Connection:
        if isinstance(self.path, Path):
            create_private(self.path)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # an item put survives a crash or power loss
        conn.executescript(SCHEMA)
        # One process owns the file: leases of a process that died mid-send are void,
        # and what it left is tried once now.
        conn.execute(
            "UPDATE outbox SET next_attempt = ? WHERE state != 'failed' AND next_attempt > ?",
            (time.time(), time.time()),
        )
        return conn

    async def close(self) -> None:
        if self._conn is not None and self._executor is not None:
            await asyncio.get_running_loop().run_in_executor(self._executor, self._conn.close)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        self._conn = None
        self._executor = None

    async def put(self, item: OutboxItem) -> int:
        def do(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "INSERT INTO outbox(kind, reference, mail_from, rcpt_tos, data, created,"
                " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (item.kind, item.reference, item.mail_from, json.dumps(item.rcpt_tos),
                 item.data, item.created, item.next_attempt),
            )  # fmt: skip
            return int(cur.lastrowid or 0)

        return await self._run(do)

    async def claim(self, now: float, limit: int) -> list[OutboxItem]:
        def do(conn: sqlite3.Connection) -> list[OutboxItem]:
            conn.execute("BEGIN IMMEDIATE")
            try:
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM outbox WHERE state != 'failed'"
                    " AND next_attempt <= ? ORDER BY next_attempt LIMIT ?",
                    (now, limit),
                ).fetchall()
                conn.executemany(
                    "UPDATE outbox SET next_attempt = ? WHERE id = ?",
                    [(now + LEASE_SECONDS, r[0]) for r in rows],
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return [_item(r) for r in rows]

        return await self._run(do)

    async def delivered(self, item_id: int) -> None:
        await self._run(lambda c: c.execute("DELETE FROM outbox WHERE id = ?", (item_id,)))

    async def retry(self, item_id: int, next_attempt: float, error: str) -> None:
        await self._run(
            lambda c: c.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt = ?,"
                " state = 'retrying', last_error = ? WHERE id = ?",
                (next_attempt, error, item_id),
            )
        )

    async def fail(self, item_id: int, error: str) -> None:
        await self._run(
            lambda c: c.execute(
                "UPDATE outbox SET attempts = attempts + 1, state = 'failed', last_error = ?"
                " WHERE id = ?",
                (error, item_id),
            )
        )

    async def counts(self) -> dict[str, int]:
        rows = await self._run(
            lambda c: c.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        )
        return {"queued": 0, "retrying": 0, "failed": 0, **dict(rows)}

    async def next_due(self) -> float | None:
        row = await self._run(
            lambda c: c.execute(
                "SELECT min(next_attempt) FROM outbox WHERE state != 'failed'"
            ).fetchone()
        )
        return row[0] if row else None

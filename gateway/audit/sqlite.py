"""Audit store in one SQLite file, WAL mode: nothing to install, safe across processes.

sqlite3 is blocking, so every call runs on one dedicated thread that owns the
connection; the event loop that serves SMTP never waits on the disk.

Writes are group-committed: records (and outcomes) that arrive while a commit is
on disk go together in the next transaction, one fsync for all of them. Each
caller still returns only once its own record is committed (synchronous=FULL),
so "no record, no 250" holds while many sessions share the cost of the fsync.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from gateway.audit.migrations import MIGRATIONS, SCHEMA_TABLE_SQLITE
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
    record_json,
    utc,
)
from policies.private_files import create_private

T = TypeVar("T")


def sqlite_time(t: datetime) -> str:
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


Write = Callable[[sqlite3.Connection], None]


class SqliteAuditStore(AuditStore):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._pending: list[tuple[Write, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def _commit(self, write: Write) -> None:
        """Run ``write`` in the next group transaction; return once it is committed."""
        if self._conn is None:
            raise AuditStoreError("audit store is not open")
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((write, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush())
        await future

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await self._run(_transaction([w for w, _ in batch]))
            except AuditStoreError as exc:
                if len(batch) == 1:
                    _settle(batch[0][1], exc)
                    continue
                # One bad write must not fail its neighbours: retry each alone.
                for write, future in batch:
                    try:
                        await self._run(_transaction([write]))
                    except AuditStoreError as one:
                        _settle(future, one)
                    else:
                        _settle(future, None)
                continue
            for _, future in batch:
                _settle(future, None)

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._conn is None or self._executor is None:
            raise AuditStoreError("audit store is not open")
        conn = self._conn
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, fn, conn)
        except sqlite3.Error as e:
            raise AuditStoreError(f"audit store {self.path}: {e}") from e

    async def open(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-sqlite")
        loop = asyncio.get_running_loop()
        try:
            self._conn = await loop.run_in_executor(self._executor, self._connect)
        except (sqlite3.Error, OSError) as e:
            self._executor.shutdown(wait=False)
            self._executor = None
            raise AuditStoreError(f"cannot open audit store {self.path}: {e}") from e

    def _connect(self) -> sqlite3.Connection:
        create_private(self.path)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed record survives power loss; it is what lets us say 250.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(SCHEMA_TABLE_SQLITE)
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = {v for (v,) in conn.execute("SELECT version FROM audit_schema")}
            for version, statements, _ in MIGRATIONS:
                if version in done:
                    continue
                for sql in statements:
                    conn.execute(sql)
                conn.execute(
                    "INSERT INTO audit_schema(version, applied) VALUES (?, ?)",
                    (version, sqlite_time(datetime.now(UTC))),
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            conn.close()
            raise
        return conn

    async def close(self) -> None:
        if self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)  # commit what was already accepted
        if self._conn is not None and self._executor is not None:
            conn = self._conn
            await asyncio.get_running_loop().run_in_executor(self._executor, conn.close)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        self._conn = None
        self._executor = None

    async def write(self, record: AuditRecord) -> None:
        def do(conn: sqlite3.Connection) -> None:
            # Inside the group transaction (see _commit).
            cur = conn.execute(
                "INSERT INTO audit_record(reference, time, day, queue_id, message_id, sender,"
                " action, rule, monitor, people, sha256, method, upstream_reply, detail)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    record.reference,
                    sqlite_time(record.time),
                    utc(record.time).date().isoformat(),
                    record.queue_id,
                    record.message_id,
                    record.sender,
                    record.action,
                    record.rule,
                    int(record.monitor),
                    record.people,
                    record.sha256,
                    record.method,
                    record.upstream_reply,
                    record_json(record),
                ),
            )
            conn.executemany(
                "INSERT INTO audit_recipient(record_id, address, class, action, rule)"
                " VALUES (?,?,?,?,?)",
                [
                    (cur.lastrowid, r.address, r.recipient_class, r.action, r.rule)
                    for r in record.recipients
                ],
            )

        await self._commit(do)

    async def set_outcome(self, reference: str, reply: str, method: str | None = None) -> None:
        reply = redact(reply)

        def do(conn: sqlite3.Connection) -> None:
            row = conn.execute(
                "SELECT detail FROM audit_record WHERE reference = ?", (reference,)
            ).fetchone()
            if row is None:
                raise sqlite3.OperationalError(f"no audit record {reference}")
            rec = record_from_json(row[0])
            rec.upstream_reply = reply
            rec.method = method or rec.method
            conn.execute(
                "UPDATE audit_record SET upstream_reply = ?, method = ?, detail = ?"
                " WHERE reference = ?",
                (reply, rec.method, record_json(rec), reference),
            )

        await self._commit(do)

    async def search(self, query: AuditQuery) -> list[AuditRecord]:
        where, params = build_where(query, "?", sqlite_time)

        def do(conn: sqlite3.Connection) -> list[AuditRecord]:
            rows = conn.execute(
                f"SELECT r.detail FROM audit_record r{where} ORDER BY r.time, r.id LIMIT ?",
                [*params, query.limit],
            ).fetchall()
            return [record_from_json(d) for (d,) in rows]

        return await self._run(do)

    async def report(
        self, query: AuditQuery, by: tuple[str, ...] = REPORT_DIMENSIONS
    ) -> list[ReportRow]:
        by = check_dimensions(by)
        where, params = build_where(query, "?", sqlite_time)
        cols = ", ".join(f"r.{d}" for d in by)

        def do(conn: sqlite3.Connection) -> list[ReportRow]:
            rows = conn.execute(
                f"SELECT {cols}, count(*) FROM audit_record r{where}"
                f" GROUP BY {cols} ORDER BY {cols}",
                params,
            ).fetchall()
            return [ReportRow(dict(zip(by, map(str, r[:-1]), strict=True)), r[-1]) for r in rows]

        return await self._run(do)

    async def purge(self, older_than: datetime) -> int:
        cutoff = sqlite_time(older_than)

        def do(conn: sqlite3.Connection) -> int:
            return conn.execute("DELETE FROM audit_record WHERE time < ?", (cutoff,)).rowcount

        return await self._run(do)

    async def ping(self) -> None:
        def do(conn: sqlite3.Connection) -> None:
            # BEGIN IMMEDIATE takes the write lock: proves we could write right now.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")

        await self._run(do)

    def __repr__(self) -> str:
        return f"SqliteAuditStore({str(self.path)!r})"


def _transaction(writes: list[Write]) -> Callable[[sqlite3.Connection], None]:
    def do(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for write in writes:
                write(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    return do


def _settle(future: asyncio.Future[None], error: Exception | None) -> None:
    if future.done():
        return  # the caller gave up (cancelled); the write itself stands or failed alone
    if error is None:
        future.set_result(None)
    else:
        future.set_exception(error)

"""The control store in the audit trail's SQLite file (WAL, as the audit store opens it)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from gateway.control.store import (
    ControlError,
    ControlStore,
    FailedScanRow,
    GatewayState,
    SuspensionRow,
    check_suspension,
    from_text,
    utc_text,
)
from policies.private_files import create_private

SCHEMA = """
CREATE TABLE IF NOT EXISTS suspension (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    since TEXT NOT NULL,
    until TEXT,
    set_by TEXT NOT NULL,
    lifted_at TEXT,
    lifted_by TEXT
);
CREATE TABLE IF NOT EXISTS gateway_state (
    instance TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    seen TEXT NOT NULL,
    policy TEXT NOT NULL,
    reloaded TEXT,
    reload_ok INTEGER NOT NULL,
    reload_error TEXT NOT NULL DEFAULT '',
    stopped INTEGER NOT NULL DEFAULT 0
);
"""
_SUSP = "SELECT id, action, reason, since, until, set_by, lifted_at, lifted_by FROM suspension"


def _row(r: tuple) -> SuspensionRow:
    since = from_text(r[3])
    assert since is not None
    return SuspensionRow(r[0], r[1], r[2], since, from_text(r[4]), r[5], from_text(r[6]), r[7])


class SqliteControlStore(ControlStore):
    def __init__(self, path: Path) -> None:
        self.path = path
        self._version = -1
        try:
            create_private(path)
            # The gateway reads it from its watcher thread, after opening it on the main one.
            self._conn = sqlite3.connect(
                path, timeout=10, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA busy_timeout = 10000")
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise ControlError(f"{path}: cannot open the gateway database: {exc}") from None

    def _q(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise ControlError(f"{self.path}: {exc}") from None

    def close(self) -> None:
        self._conn.close()

    def changed(self) -> bool:
        version = self._q("PRAGMA data_version")[0][0]
        changed, self._version = version != self._version, version
        return changed

    def current(self) -> SuspensionRow | None:
        rows = self._q(_SUSP + " WHERE lifted_at IS NULL ORDER BY id DESC LIMIT 1")
        return _row(rows[0]) if rows else None

    def latest(self) -> SuspensionRow | None:
        rows = self._q(_SUSP + " ORDER BY id DESC LIMIT 1")
        return _row(rows[0]) if rows else None

    def history(self) -> list[SuspensionRow]:
        return [_row(r) for r in self._q(_SUSP + " ORDER BY id DESC")]

    def suspend(
        self, action: str, reason: str, until: datetime | None, by: str, now: datetime
    ) -> SuspensionRow:
        check_suspension(action, reason, until, now)
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute(
                    "UPDATE suspension SET lifted_at = ?, lifted_by = ? WHERE lifted_at IS NULL",
                    (utc_text(now), by),
                )
                self._conn.execute(
                    "INSERT INTO suspension(action, reason, since, until, set_by)"
                    " VALUES (?,?,?,?,?)",
                    (action, reason.strip(), utc_text(now), until and utc_text(until), by),
                )
        except sqlite3.Error as exc:
            raise ControlError(f"{self.path}: {exc}") from None
        row = self.current()
        assert row is not None
        return row

    def lift(self, by: str, now: datetime) -> SuspensionRow:
        row = self.current()
        if row is None:
            raise ControlError("no suspension is in force")
        self._q(
            "UPDATE suspension SET lifted_at = ?, lifted_by = ? WHERE id = ?",
            (utc_text(now), by, row.id),
        )
        return _row(self._q(_SUSP + " WHERE id = ?", (row.id,))[0])

    def report_state(self, s: GatewayState) -> None:
        self._q(
            "INSERT OR REPLACE INTO gateway_state VALUES (?,?,?,?,?,?,?,?)",
            (
                s.instance, utc_text(s.started), utc_text(s.seen), s.policy,
                s.reloaded and utc_text(s.reloaded), int(s.reload_ok), s.reload_error,
                int(s.stopped),
            ),
        )  # fmt: skip

    def states(self) -> list[GatewayState]:
        rows = self._q("SELECT * FROM gateway_state ORDER BY instance")
        return [
            GatewayState(
                r[0], from_text(r[1]), from_text(r[2]), r[3], from_text(r[4]),  # type: ignore[arg-type]
                bool(r[5]), r[6], bool(r[7]),
            )
            for r in rows
        ]  # fmt: skip

    def strike_scan(self, digest: bytes, which: str, now: datetime, expires: datetime) -> int:
        at, until = utc_text(now), utc_text(expires)
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute("DELETE FROM failed_scan WHERE expires <= ?", (at,))
                (failures,) = self._conn.execute(
                    "INSERT INTO failed_scan VALUES (?,?,1,?,?,?) ON CONFLICT(digest) DO UPDATE"
                    " SET which = excluded.which, failures = failed_scan.failures + 1,"
                    " last_failed = excluded.last_failed, expires = excluded.expires"
                    " RETURNING failures",
                    (digest.hex(), which, at, at, until),
                ).fetchone()
        except sqlite3.Error as exc:
            raise ControlError(f"{self.path}: {exc}") from None
        return int(failures)

    def failed_scans(self, now: datetime) -> list[FailedScanRow]:
        rows = self._q(
            "SELECT digest, which, failures, last_failed, expires FROM failed_scan"
            " WHERE expires > ?",
            (utc_text(now),),
        )
        return [
            FailedScanRow(bytes.fromhex(r[0]), r[1], r[2], from_text(r[3]), from_text(r[4]))  # type: ignore[arg-type]
            for r in rows
        ]

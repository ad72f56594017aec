"""The control store in the PostgreSQL audit database (gateways run as a cluster)."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg

from gateway.control.store import (
    ControlError,
    ControlStore,
    FailedScanRow,
    GatewayState,
    SuspensionRow,
    check_suspension,
)

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS suspension (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action TEXT NOT NULL,
        reason TEXT NOT NULL,
        since TIMESTAMPTZ NOT NULL,
        until TIMESTAMPTZ,
        set_by TEXT NOT NULL,
        lifted_at TIMESTAMPTZ,
        lifted_by TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS gateway_state (
        instance TEXT PRIMARY KEY,
        started TIMESTAMPTZ NOT NULL,
        seen TIMESTAMPTZ NOT NULL,
        policy TEXT NOT NULL,
        reloaded TIMESTAMPTZ,
        reload_ok BOOLEAN NOT NULL,
        reload_error TEXT NOT NULL DEFAULT '',
        stopped BOOLEAN NOT NULL DEFAULT false
    )""",
]
_SUSP = "SELECT id, action, reason, since, until, set_by, lifted_at, lifted_by FROM suspension"


def _utc(t: datetime | None) -> datetime | None:
    return None if t is None else t.astimezone(UTC)


def _row(r: tuple) -> SuspensionRow:
    return SuspensionRow(r[0], r[1], r[2], r[3].astimezone(UTC), _utc(r[4]), r[5], _utc(r[6]), r[7])


class PostgresControlStore(ControlStore):
    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self._conn = psycopg.connect(url, connect_timeout=10, autocommit=True)
            with self._conn.transaction():
                for sql in SCHEMA:
                    self._conn.execute(sql)
        except psycopg.Error as exc:
            raise ControlError(f"gateway database (postgresql): {exc}") from None

    def _q(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            cur = self._conn.execute(sql, args)
            return cur.fetchall() if cur.description else []
        except psycopg.Error as exc:
            raise ControlError(f"gateway database (postgresql): {exc}") from None

    def close(self) -> None:
        self._conn.close()

    def changed(self) -> bool:
        return True  # one small SELECT a second; PostgreSQL has no data_version

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
            with self._conn.transaction():
                self._conn.execute("LOCK TABLE suspension IN EXCLUSIVE MODE")
                self._conn.execute(
                    "UPDATE suspension SET lifted_at = %s, lifted_by = %s WHERE lifted_at IS NULL",
                    (now, by),
                )
                self._conn.execute(
                    "INSERT INTO suspension(action, reason, since, until, set_by)"
                    " VALUES (%s,%s,%s,%s,%s)",
                    (action, reason.strip(), now, until, by),
                )
        except psycopg.Error as exc:
            raise ControlError(f"gateway database (postgresql): {exc}") from None
        row = self.current()
        assert row is not None
        return row

    def lift(self, by: str, now: datetime) -> SuspensionRow:
        row = self.current()
        if row is None:
            raise ControlError("no suspension is in force")
        self._q(
            "UPDATE suspension SET lifted_at = %s, lifted_by = %s WHERE id = %s", (now, by, row.id)
        )
        return _row(self._q(_SUSP + " WHERE id = %s", (row.id,))[0])

    def report_state(self, s: GatewayState) -> None:
        self._q(
            "INSERT INTO gateway_state VALUES (%s,%s,%s,%s,%s,%s,%s,%s)"
            " ON CONFLICT (instance) DO UPDATE SET started = EXCLUDED.started,"
            " seen = EXCLUDED.seen, policy = EXCLUDED.policy, reloaded = EXCLUDED.reloaded,"
            " reload_ok = EXCLUDED.reload_ok, reload_error = EXCLUDED.reload_error,"
            " stopped = EXCLUDED.stopped",
            (
                s.instance, s.started, s.seen, s.policy, s.reloaded, s.reload_ok,
                s.reload_error, s.stopped,
            ),
        )  # fmt: skip

    def states(self) -> list[GatewayState]:
        rows = self._q(
            "SELECT instance, started, seen, policy, reloaded, reload_ok, reload_error, stopped"
            " FROM gateway_state ORDER BY instance"
        )
        return [
            GatewayState(
                r[0], r[1].astimezone(UTC), r[2].astimezone(UTC), r[3], _utc(r[4]), r[5], r[6],
                r[7],
            )
            for r in rows
        ]  # fmt: skip

    def strike_scan(self, digest: bytes, which: str, now: datetime, expires: datetime) -> int:
        try:
            with self._conn.transaction():
                self._conn.execute("DELETE FROM failed_scan WHERE expires <= %s", (now,))
                row = self._conn.execute(
                    "INSERT INTO failed_scan VALUES (%s,%s,1,%s,%s,%s) ON CONFLICT (digest)"
                    " DO UPDATE SET which = EXCLUDED.which,"
                    " failures = failed_scan.failures + 1,"
                    " last_failed = EXCLUDED.last_failed, expires = EXCLUDED.expires"
                    " RETURNING failures",
                    (digest.hex(), which, now, now, expires),
                ).fetchone()
        except psycopg.Error as exc:
            raise ControlError(f"gateway database (postgresql): {exc}") from None
        assert row is not None
        return int(row[0])

    def failed_scans(self, now: datetime) -> list[FailedScanRow]:
        rows = self._q(
            "SELECT digest, which, failures, last_failed, expires FROM failed_scan"
            " WHERE expires > %s",
            (now,),
        )
        return [
            FailedScanRow(
                bytes.fromhex(r[0]), r[1], r[2], r[3].astimezone(UTC), r[4].astimezone(UTC)
            )
            for r in rows
        ]

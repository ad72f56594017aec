"""A running gateway's link to the control store: the suspension it must apply and
the status row it keeps up to date. Called only from the decider's watcher thread
(and once at start and stop), never from the event loop."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from gateway import logs
from gateway.control.store import ControlStore, GatewayState, SuspensionRow
from policies.model import Suspension

HEARTBEAT_SECONDS = 15.0


def _now() -> datetime:
    return datetime.now(UTC)


class ControlLink:
    def __init__(self, store: ControlStore, policy_label: Callable[[], str], clock=_now) -> None:
        self.store = store
        self.policy_label = policy_label
        self.clock = clock
        self.instance = f"{socket.gethostname()}:{os.getpid()}"
        self._lock = threading.Lock()
        self._row: SuspensionRow | None = None
        self._ended_logged: int | None = None
        started = clock()
        self._state = GatewayState(self.instance, started, started, policy_label(), None, True)
        self._dirty = True
        self._last_beat = started

    def suspension(self) -> Suspension | None:
        """The database's suspension in force now (None: none, or past its end time)."""
        with self._lock:
            now = self.clock()
            if self._dirty or (now - self._last_beat).total_seconds() >= HEARTBEAT_SECONDS:
                self._beat(now)
            if self.store.changed():
                row = self.store.current()
                if row != self._row:
                    self._announce(row)
                self._row = row
            row = self._row
            if row is None:
                return None
            if not row.in_force(now):
                if self._ended_logged != row.id:
                    self._ended_logged = row.id
                    logs.get().info("suspension_ended", until=str(row.until), by_end_time=True)
                return None
            return row.as_policy()

    def _announce(self, row: SuspensionRow | None) -> None:
        log = logs.get()
        if row is None:
            log.warning("suspension_lifted", previous=self._row and self._row.id)
        else:
            log.warning(
                "suspension_in_force", id=row.id, action=row.action, reason=row.reason,
                set_by=row.set_by, until=str(row.until) if row.until else None,
            )  # fmt: skip

    def reloaded(self, error: str | None) -> None:
        """After SIGHUP: the policy now running and whether its reload worked."""
        with self._lock:
            s = self._state
            self._state = GatewayState(
                s.instance, s.started, s.seen, self.policy_label(), self.clock(),
                error is None, error or "",
            )  # fmt: skip
            self._dirty = True

    def _beat(self, now: datetime) -> None:
        s = self._state
        self._state = GatewayState(
            s.instance, s.started, now, s.policy, s.reloaded, s.reload_ok, s.reload_error
        )
        self.store.report_state(self._state)
        self._dirty = False
        self._last_beat = now

    def stopped(self) -> None:
        with self._lock:
            s = self._state
            self.store.report_state(
                GatewayState(
                    s.instance, s.started, self.clock(), s.policy, s.reloaded, s.reload_ok,
                    s.reload_error, stopped=True,
                )
            )  # fmt: skip
            self.store.close()

"""The control store: suspension history and gateway status rows, SQLite or PostgreSQL.

Synchronous on purpose: the CLI calls it directly and the running gateway reads it
from the decider's watcher thread (never from the event loop). Nothing is deleted:
lifting a suspension stamps its row, so who suspended, why and who lifted it stay on
record (the audit of the switch).
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from policies.model import Suspension
from policies.verdict import Action


class ControlError(Exception):
    """The control store cannot be opened, read or written; the message says which."""


@dataclass(frozen=True, slots=True)
class SuspensionRow:
    """One `mailgate suspend`: what, why, by whom, from when, and when it was lifted."""

    id: int
    action: str  # "encrypt" or "reject"
    reason: str
    since: datetime
    until: datetime | None
    set_by: str
    lifted_at: datetime | None = None
    lifted_by: str | None = None

    def as_policy(self) -> Suspension:
        """The policy's own Suspension model, so the engine decides exactly as for the file's."""
        return Suspension(
            active=self.lifted_at is None,
            reason=self.reason,
            since=self.since,
            until=self.until,
            action=Action(self.action),
        )

    def in_force(self, now: datetime) -> bool:
        return self.as_policy().in_force(now)


@dataclass(frozen=True, slots=True)
class GatewayState:
    """What one running `mailgate serve` says about itself (for `mailgate status`)."""

    instance: str  # host:pid
    started: datetime
    seen: datetime  # last heartbeat
    policy: str  # policy name and version
    reloaded: datetime | None
    reload_ok: bool
    reload_error: str = ""
    stopped: bool = False


@dataclass(frozen=True, slots=True)
class FailedScanRow:
    """A message whose scan ran out of time or memory: its digest, not its content."""

    digest: bytes
    which: str  # "time" or "memory"
    failures: int  # within the window: the count starts again once the row expires
    last_failed: datetime
    expires: datetime


def utc_text(t: datetime) -> str:
    t = t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_text(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class ControlStore(abc.ABC):
    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def changed(self) -> bool:
        """True when the suspension may have changed since the last call (cheap)."""

    @abc.abstractmethod
    def current(self) -> SuspensionRow | None:
        """The suspension not yet lifted (it may have passed its end time), if any."""

    @abc.abstractmethod
    def latest(self) -> SuspensionRow | None:
        """The newest suspension, lifted or not."""

    @abc.abstractmethod
    def history(self) -> list[SuspensionRow]:
        """Every suspension, newest first (the record of who switched what, when, why)."""

    @abc.abstractmethod
    def suspend(
        self,
        action: str,
        reason: str,
        until: datetime | None,
        by: str,
        now: datetime,
    ) -> SuspensionRow:
        """Start a suspension (one that was in force is lifted by this one)."""

    @abc.abstractmethod
    def lift(self, by: str, now: datetime) -> SuspensionRow:
        """Lift the suspension in force; ControlError when there is none."""

    @abc.abstractmethod
    def report_state(self, state: GatewayState) -> None: ...

    # Failed scans (the table is the audit schema's, migration 2: the audit store has
    # opened the database first).
    @abc.abstractmethod
    def strike_scan(self, digest: bytes, which: str, now: datetime, expires: datetime) -> int:
        """Note one failed scan of this content; the failures counted for it, this one
        included (1 again when its row had expired). Expired rows are deleted."""

    @abc.abstractmethod
    def failed_scans(self, now: datetime) -> list[FailedScanRow]:
        """Every row that has not expired."""

    @abc.abstractmethod
    def states(self) -> list[GatewayState]: ...


def check_suspension(action: str, reason: str, until: datetime | None, now: datetime) -> None:
    if action not in ("encrypt", "reject"):
        raise ControlError(f"--action must be encrypt or reject, not {action!r}")
    if not reason.strip():
        raise ControlError("a suspension needs a reason (e.g. 'DWP notice of IT failure')")
    if until is not None and until <= now:
        raise ControlError(f"--until {until.isoformat()} is not in the future")


def open_control_store(url: str, *, create: bool) -> ControlStore:
    """The store for the audit trail's URL. ``create=False`` refuses a SQLite file that
    does not exist (an admin's wrong --config must not switch an empty database)."""
    if url.startswith(("postgresql://", "postgres://")):
        from gateway.audit.store import require_psycopg

        try:
            require_psycopg()
        except ImportError as exc:
            raise ControlError(str(exc)) from None
        from gateway.control.postgres import PostgresControlStore

        return PostgresControlStore(url)
    from gateway.control.sqlite import SqliteControlStore
    from gateway.outbox.store import sqlite_path

    path = sqlite_path(url, None)
    if not create and not path.exists():
        raise ControlError(
            f"no gateway database at {path}: give the --config that `mailgate serve` uses"
        )
    return SqliteControlStore(Path(path))

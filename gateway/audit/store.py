"""The audit store interface, the queries it answers, and how to open one by URL.

``sqlite:///path/to/audit.db`` (default; WAL mode, one file) or
``postgresql://user@host/db`` (clusters). Every method is async; a store that
cannot write raises :class:`AuditStoreError`, and the gateway then answers 451:
nothing leaves unaudited.
"""

from __future__ import annotations

import abc
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from gateway.audit.record import AuditRecord

DEFAULT_RETENTION_DAYS = 93  # C15 ¶53/¶55: at least three months
REPORT_DIMENSIONS = ("day", "action", "rule", "sender")


class AuditStoreError(Exception):
    """The store could not open, write or read. Treat as a temporary failure (451)."""


POSTGRES_MISSING = (
    "audit.url is PostgreSQL but psycopg is not installed: pip install 'mailgate[postgres]'"
)


def _is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def require_psycopg() -> None:
    """Raise ImportError saying which extra to install unless psycopg can be imported.

    psycopg is the optional ``postgres`` extra: a SQLite-only site does not have it.
    """
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"{POSTGRES_MISSING} ({exc})") from exc


@dataclass(slots=True)
class AuditQuery:
    since: datetime | None = None
    until: datetime | None = None
    # An address (exact, case-insensitive) or a domain written "@example.org".
    sender: str | None = None
    recipient: str | None = None
    action: str | None = None
    rule: str | None = None
    reference: str | None = None
    limit: int = 1000


@dataclass(slots=True)
class ReportRow:
    key: dict[str, str]
    count: int


def utc(t: datetime) -> datetime:
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def record_json(record: AuditRecord) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)


def record_from_json(detail: str | dict[str, Any]) -> AuditRecord:
    return AuditRecord.from_dict(json.loads(detail) if isinstance(detail, str) else detail)


def build_where(q: AuditQuery, ph: str, time_value: Any) -> tuple[str, list[Any]]:
    """SQL WHERE over audit_record r for a query; ``ph`` is the driver's placeholder."""
    clauses: list[str] = []
    params: list[Any] = []
    if q.since:
        clauses.append(f"r.time >= {ph}")
        params.append(time_value(q.since))
    if q.until:
        clauses.append(f"r.time < {ph}")
        params.append(time_value(q.until))
    for column, value in (("r.action", q.action), ("r.rule", q.rule), ("r.reference", q.reference)):
        if value:
            clauses.append(f"{column} = {ph}")
            params.append(value)
    if q.sender:
        clauses.append(_address_clause("lower(r.sender)", ph))
        params.append(_address_param(q.sender))
    if q.recipient:
        clauses.append(
            "EXISTS (SELECT 1 FROM audit_recipient x WHERE x.record_id = r.id AND "
            + _address_clause("lower(x.address)", ph)
            + ")"
        )
        params.append(_address_param(q.recipient))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _address_clause(column: str, ph: str) -> str:
    return f"{column} LIKE {ph} ESCAPE '\\'"


def _address_param(value: str) -> str:
    v = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + v if v.startswith("@") else v


class AuditStore(abc.ABC):
    """One record per message decision; search, report and purge for compliance."""

    @abc.abstractmethod
    async def open(self) -> None:
        """Connect and apply schema migrations. Raises AuditStoreError."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def write(self, record: AuditRecord) -> None:
        """Store a record durably before the client hears 250. Raises AuditStoreError."""

    @abc.abstractmethod
    async def set_outcome(self, reference: str, reply: str, method: str | None = None) -> None:
        """Add the reply the client got (the upstream's, for a sent message) and, for an
        encrypt, how it was carried out."""

    @abc.abstractmethod
    async def search(self, query: AuditQuery) -> list[AuditRecord]: ...

    @abc.abstractmethod
    async def report(
        self, query: AuditQuery, by: tuple[str, ...] = REPORT_DIMENSIONS
    ) -> list[ReportRow]: ...

    @abc.abstractmethod
    async def purge(self, older_than: datetime) -> int:
        """Delete records older than ``older_than``; returns how many."""

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise AuditStoreError unless the store can be written now."""

    async def purge_retention(self, days: int = DEFAULT_RETENTION_DAYS) -> int:
        return await self.purge(datetime.now(UTC) - timedelta(days=days))

    async def __aenter__(self) -> AuditStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def check_dimensions(by: tuple[str, ...]) -> tuple[str, ...]:
    bad = [b for b in by if b not in REPORT_DIMENSIONS]
    if bad or not by:
        raise ValueError(
            f"report dimensions must be some of {', '.join(REPORT_DIMENSIONS)}; got {by!r}"
        )
    return by


def open_store(url: str) -> AuditStore:
    """An (unopened) store for a URL: ``sqlite:///abs/path``, ``sqlite:relative``, ``postgresql://…``."""
    if _is_postgres(url):
        try:
            require_psycopg()
        except ImportError as exc:
            raise AuditStoreError(str(exc)) from None
        from gateway.audit.postgres import PostgresAuditStore

        return PostgresAuditStore(url)
    if url.startswith("sqlite:"):
        from gateway.audit.sqlite import SqliteAuditStore

        path = url.removeprefix("sqlite:")
        if path.startswith("///"):
            path = path[2:]
        elif path.startswith("//"):
            raise ValueError(f"sqlite URL must be sqlite:///path or sqlite:path, got {url!r}")
        return SqliteAuditStore(path)
    raise ValueError(f"audit store URL must start with sqlite: or postgresql://, got {url!r}")


class AuditConfig(BaseModel):
    """The ``audit:`` section of the gateway config."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # sqlite:///abs/path.db, sqlite:relative.db (from the config file's directory),
    # or postgresql://user@host/db
    url: str = "sqlite:audit.db"
    retention_days: int = Field(DEFAULT_RETENTION_DAYS, ge=1)

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if not v.startswith(("sqlite:", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite: or postgresql://")
        if _is_postgres(v):
            # Said when the configuration is read, before anything starts.
            try:
                require_psycopg()
            except ImportError as exc:
                # A custom error: pydantic then shows the message without "Value error, ".
                raise PydanticCustomError("postgres_missing", str(exc)) from None
        return v

    def resolved_url(self, base: Path | None) -> str:
        """The URL with a relative SQLite path taken from ``base`` (the config's directory)."""
        if self.url.startswith("sqlite:") and not self.url.startswith("sqlite:/") and base:
            return f"sqlite:///{(base / self.url.removeprefix('sqlite:')).resolve()}"
        return self.url

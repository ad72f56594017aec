"""The outbox's items, its settings, the store interface and how to open one by URL."""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

# An item being sent is leased for this long: another gateway of a cluster (or this
# one after a crash) takes it again only once the lease has run out.
LEASE_SECONDS = 300.0


class OutboxError(Exception):
    """The outbox could not open, write or read."""


class OutboxConfig(BaseModel):
    """``url``: ``sqlite:PATH`` or ``postgresql://…``; None: the audit database when it is
    PostgreSQL (a cluster shares one outbox), else ``outbox.db`` beside the audit file.
    A failed send is tried again after ``retry_initial`` seconds, doubling up to
    ``retry_max``; an item still not delivered after ``max_age`` seconds is failed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str | None = None
    retry_initial: float = Field(60.0, gt=0)
    retry_max: float = Field(3600.0, gt=0)
    max_age: float = Field(5 * 86400.0, gt=0)
    poll_interval: float = Field(30.0, gt=0)

    @model_validator(mode="after")
    def _order(self) -> OutboxConfig:
        if self.retry_max < self.retry_initial:
            raise ValueError("retry_max must be at least retry_initial")
        if self.url is not None and not self.url.startswith(
            ("sqlite:", "postgresql://", "postgres://")
        ):
            raise ValueError("url must start sqlite: or postgresql://")
        return self

    def resolved_url(self, audit_url: str, base: Path | None) -> str:
        """The store's URL: relative SQLite paths from ``base`` (the config's directory)."""
        url = self.url
        if url is None:
            if audit_url.startswith(("postgresql://", "postgres://")):
                return audit_url
            audit_path = sqlite_path(audit_url, base)
            return f"sqlite://{audit_path.with_name('outbox.db')}"
        if url.startswith("sqlite:"):
            return f"sqlite://{sqlite_path(url, base)}"
        return url


def sqlite_path(url: str, base: Path | None) -> Path:
    """``sqlite:///abs/path`` or ``sqlite:relative`` (from ``base``) as a path."""
    text = url.removeprefix("sqlite:")
    path = Path("/" + text.lstrip("/") if text.startswith("/") else text)
    return path if path.is_absolute() else ((base or Path.cwd()) / path).resolve()


@dataclass(slots=True)
class OutboxItem:
    kind: str  # explanation, incident, encrypted
    reference: str
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    created: float = 0.0
    attempts: int = 0
    next_attempt: float = 0.0
    state: str = "queued"  # queued, retrying, failed
    last_error: str = ""
    id: int | None = field(default=None)


class OutboxStore(abc.ABC):
    """Every method raises OutboxError when the store cannot do it."""

    @abc.abstractmethod
    async def open(self) -> None: ...

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def put(self, item: OutboxItem) -> int:
        """Store ``item``, committed to disk before returning; its id."""

    @abc.abstractmethod
    async def claim(self, now: float, limit: int) -> list[OutboxItem]:
        """Up to ``limit`` items due by ``now``, leased to the caller."""

    @abc.abstractmethod
    async def delivered(self, item_id: int) -> None: ...

    @abc.abstractmethod
    async def retry(self, item_id: int, next_attempt: float, error: str) -> None: ...

    @abc.abstractmethod
    async def fail(self, item_id: int, error: str) -> None: ...

    @abc.abstractmethod
    async def counts(self) -> dict[str, int]:
        """Items by state (queued, retrying, failed)."""

    @abc.abstractmethod
    async def next_due(self) -> float | None:
        """When the earliest item not failed is due, or None when there is none."""


def open_outbox_store(url: str) -> OutboxStore:
    if url.startswith(("postgresql://", "postgres://")):
        from gateway.audit.store import require_psycopg

        try:
            require_psycopg()
        except ImportError as exc:
            raise OutboxError(str(exc)) from None
        from gateway.outbox.postgres import PostgresOutboxStore

        return PostgresOutboxStore(url)
    from gateway.outbox.sqlite import SqliteOutboxStore

    return SqliteOutboxStore(sqlite_path(url, None))

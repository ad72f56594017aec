"""The gateway's own mail (explanations, notices, incident reports), kept on disk until
the next hop has taken it: SQLite by default, the PostgreSQL audit database in a cluster."""

from gateway.outbox.delivery import Outbox
from gateway.outbox.store import (
    OutboxConfig,
    OutboxError,
    OutboxItem,
    OutboxStore,
    open_outbox_store,
)

__all__ = [
    "Outbox",
    "OutboxConfig",
    "OutboxError",
    "OutboxItem",
    "OutboxStore",
    "open_outbox_store",
]

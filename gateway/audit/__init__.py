"""The audit trail: one record per message decision, never a personal data value."""

from gateway.audit.record import AuditRecord, RecipientEntry, build_record, new_reference
from gateway.audit.store import AuditConfig, AuditQuery, AuditStore, AuditStoreError, open_store

__all__ = [
    "AuditConfig",
    "AuditQuery",
    "AuditRecord",
    "AuditStore",
    "AuditStoreError",
    "RecipientEntry",
    "build_record",
    "new_reference",
    "open_store",
]

"""AuditRecord: what compliance can prove afterwards about one message.

Built from the envelope, the Scan and the Verdict. It holds categories and
counts, locations, rule and guidance: never a value (no NINO, DOB, account
number). Free text that did not come out of a detector (attachment names, the
upstream reply) passes through :func:`gateway.audit.redact.redact` first.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from detectors.model import Scan
from gateway.audit.redact import redact, redact_reply
from policies.verdict import EnvelopeFacts, Verdict

# Crockford base32: no I, L, O, U, so a reference read over the phone is unambiguous.
_REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference(prefix: str = "MG") -> str:
    """A short random id a sender can quote to the helpdesk: ``MG-7K2Q-9XHD-M4``."""
    chars = "".join(secrets.choice(_REF_ALPHABET) for _ in range(10))
    return f"{prefix}-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


@dataclass(slots=True)
class RecipientEntry:
    address: str
    recipient_class: str
    action: str
    rule: str


@dataclass(slots=True)
class AttachmentEntry:
    name: str | None
    declared_type: str | None
    content_type: str | None
    size: int
    location: str


@dataclass(slots=True)
class AuditRecord:
    reference: str
    time: datetime
    queue_id: str
    message_id: str | None
    sender: str
    recipients: list[RecipientEntry]
    action: str
    rule: str
    guidance: list[str] = field(default_factory=list)
    categories: dict[str, int] = field(default_factory=dict)
    people: int = 0
    doc_kinds: dict[str, int] = field(default_factory=dict)
    attachments: list[AttachmentEntry] = field(default_factory=list)
    sha256: str = ""
    upstream_reply: str | None = None
    monitor: bool = False
    # How an encrypt was carried out: "route", "smime", "smime+route"; None otherwise.
    method: str | None = None
    auth_user: str | None = None
    client_address: str | None = None
    already_encrypted: bool = False
    sender_requested_encryption: bool = False
    # Where each category was found (locations only, e.g. 'attachment "a.xlsx" › sheet "S"').
    locations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # By hand, not dataclasses.asdict: asdict deep-copies every value (the datetime
        # through copy's reduce protocol), a tenth of the main process's CPU on small mail.
        d = {name: getattr(self, name) for name in _RECORD_FIELDS}
        d["time"] = self.time.isoformat()
        d["recipients"] = [_entry_dict(r) for r in self.recipients]
        d["attachments"] = [_entry_dict(a) for a in self.attachments]
        for name in ("guidance", "locations"):
            d[name] = list(d[name])
        for name in ("categories", "doc_kinds"):
            d[name] = dict(d[name])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AuditRecord:
        d = dict(d)
        t = d["time"]
        d["time"] = t if isinstance(t, datetime) else datetime.fromisoformat(t)
        if d["time"].tzinfo is None:
            d["time"] = d["time"].replace(tzinfo=UTC)
        d["recipients"] = [RecipientEntry(**r) for r in d.get("recipients") or []]
        d["attachments"] = [AttachmentEntry(**a) for a in d.get("attachments") or []]
        return cls(**d)


_RECORD_FIELDS = tuple(f.name for f in fields(AuditRecord))


def _entry_dict(entry: RecipientEntry | AttachmentEntry) -> dict[str, Any]:
    return {f.name: getattr(entry, f.name) for f in fields(entry)}


def _clean_message_id(mid: str | None) -> str | None:
    if not mid:
        return None
    mid = mid.strip()
    # A Message-ID is an id, not a place for data: keep it only when it looks like one.
    if len(mid) > 250 or any(c.isspace() for c in mid):
        return None
    return redact(mid)


def build_record(
    *,
    envelope: EnvelopeFacts,
    verdict: Verdict,
    scan: Scan | None,
    raw: bytes,
    queue_id: str,
    reference: str | None = None,
    upstream_reply: str | None = None,
    method: str | None = None,
    now: datetime | None = None,
) -> AuditRecord:
    """One record from what the gateway knows after deciding (scan may be None: unreadable)."""
    scan = scan or Scan()
    recipients = []
    for rcpt in envelope.rcpt_tos:
        d = verdict.per_recipient.get(rcpt)
        recipients.append(
            RecipientEntry(
                address=rcpt,
                recipient_class=d.recipient_class.value if d else "",
                action=d.action.value if d else verdict.action.value,
                rule=d.rule if d else verdict.rule,
            )
        )
    attachments = [
        AttachmentEntry(
            name=redact(a.filename) if a.filename else None,
            declared_type=a.declared_type,
            content_type=a.content_type,
            size=a.size,
            location=redact(a.location),
        )
        for a in scan.attachments
    ]
    locations = sorted({redact(loc) for loc in {f.location for f in scan.findings}})
    return AuditRecord(
        reference=reference or new_reference(),
        time=now or datetime.now(UTC),
        queue_id=queue_id,
        message_id=_clean_message_id(scan.message_id),
        sender=envelope.mail_from,
        recipients=recipients,
        action=verdict.action.value,
        rule=verdict.rule,
        guidance=list(verdict.guidance),
        categories=scan.category_counts(),
        people=scan.data_subjects,
        doc_kinds=scan.kind_counts(),
        attachments=attachments,
        sha256=hashlib.sha256(raw).hexdigest(),
        upstream_reply=redact_reply(upstream_reply) if upstream_reply else None,
        monitor=verdict.monitor,
        method=method,
        auth_user=envelope.auth_user,
        client_address=envelope.client_address,
        already_encrypted=verdict.already_encrypted,
        sender_requested_encryption=verdict.sender_requested_encryption,
        locations=locations,
    )

"""Report rows as CSV, and record rows for `mailgate audit search` output."""

from __future__ import annotations

import csv
import io

from gateway.audit.record import AuditRecord
from gateway.audit.store import ReportRow

SEARCH_COLUMNS = (
    "time",
    "reference",
    "queue_id",
    "sender",
    "recipients",
    "action",
    "rule",
    "guidance",
    "categories",
    "people",
    "monitor",
    "upstream_reply",
)


def report_csv(rows: list[ReportRow], by: tuple[str, ...]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([*by, "count"])
    for row in rows:
        w.writerow([*(row.key[d] for d in by), row.count])
    return out.getvalue()


def search_row(r: AuditRecord) -> dict[str, str]:
    return {
        "time": r.time.isoformat(timespec="seconds"),
        "reference": r.reference,
        "queue_id": r.queue_id,
        "sender": r.sender,
        "recipients": " ".join(f"{x.address}({x.recipient_class})" for x in r.recipients),
        "action": r.action + (" (monitor)" if r.monitor else ""),
        "rule": r.rule,
        "guidance": " ".join(r.guidance),
        "categories": " ".join(f"{k}={v}" for k, v in r.categories.items()),
        "people": str(r.people),
        "monitor": "yes" if r.monitor else "no",
        "upstream_reply": r.upstream_reply or "",
    }


def search_csv(records: list[AuditRecord]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=SEARCH_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in records:
        w.writerow(search_row(r))
    return out.getvalue()

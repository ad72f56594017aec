"""Calendar invites (icalendar): summary, description, location, organiser, attendees."""

from __future__ import annotations

from icalendar import Calendar

from .blob import Blob
from .state import Run
from .textcodec import decode_text

_FIELDS = ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "ORGANIZER", "ATTENDEE")
_KINDS = {"VEVENT": "event", "VTODO": "task", "VJOURNAL": "journal"}
MAX_COMPONENTS = 10_000


def _values(component, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    value = component.get(name)
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        text = str(item)
        cn = getattr(item, "params", {}).get("CN")
        out.append(f"{cn} <{text.removeprefix('mailto:').removeprefix('MAILTO:')}>" if cn else text)
    return out


def read(run: Run, blob: Blob) -> None:
    calendar = Calendar.from_ical(decode_text(blob.data, blob.charset))
    counts: dict[str, int] = {}
    for n, component in enumerate(calendar.walk()):
        if n > MAX_COMPONENTS:
            break
        kind = _KINDS.get(component.name)
        if kind is None:
            continue
        run.check_time()
        counts[kind] = counts.get(kind, 0) + 1
        lines = [
            f"{name.title()}: {value}" for name in _FIELDS for value in _values(component, name)
        ]
        run.emit(
            blob.where, "\n".join(lines), step=f"{kind} {counts[kind]}", content_type=blob.mime
        )

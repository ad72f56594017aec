"""The running state of one extraction: where we are, what it has cost, what came out."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from detectors.model import LOCATION_SEP, AttachmentInfo, Chunk, Extraction, Opaque, Table
from detectors.shown_names import mask_location_name

from .limits import ExtractLimits, LimitExceeded
from .textcodec import without_surrogates

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


def clean_name(name: str | None, fallback: str = "unnamed") -> str:
    """A file or sheet name safe to print in a location (no control or bidi characters)."""
    if not name:
        return fallback
    name = without_surrogates(_CONTROL.sub(" ", str(name))).strip()
    return (name[:120] + "…") if len(name) > 120 else (name or fallback)


def shown_name(name: str | None, fallback: str = "unnamed") -> str:
    """A name from the message as a location shows it: printable, identifiers masked."""
    return mask_location_name(clean_name(name, fallback))


def quoted(name: str | None) -> str:
    return f'"{shown_name(name)}"'


@dataclass(frozen=True, slots=True)
class Where:
    """A location being read: its steps, and the facts every Chunk from it carries."""

    steps: tuple[str, ...] = ()
    source: str = "body"
    filename: str | None = None
    container: str | None = None
    depth: int = 0  # containers (archives, nested mail) around this part

    @property
    def location(self) -> str:
        return LOCATION_SEP.join(self.steps) or "message"

    def step(self, step: str, **changes: object) -> Where:
        return replace(self, steps=(*self.steps, step), **changes)  # type: ignore[arg-type]

    def attachment(self, filename: str | None, label: str | None = None) -> Where:
        """An attachment of a (possibly nested) message."""
        shown = quoted(filename) if filename else (label or '"unnamed"')
        return self.step(
            f"attachment {shown}",
            source="attachment",
            filename=filename,
            container=self.container or filename,
        )

    def member(self, name: str) -> Where:
        """A file inside an archive or container: one level deeper."""
        return self.step(quoted(name), filename=name, depth=self.depth + 1)


class Part:
    """Per-part budget: text produced and the part's deadline."""

    __slots__ = ("deadline", "text_used", "where")

    def __init__(self, where: Where, deadline: float) -> None:
        self.where = where
        self.deadline = deadline
        self.text_used = 0


class Run:
    """One extraction: limits, counters, the current part and the result being built."""

    def __init__(self, limits: ExtractLimits) -> None:
        self.limits = limits
        self.out = Extraction()
        self.started = time.monotonic()
        self.deadline = self.started + limits.message_seconds
        self.parts = 0
        self.members = 0
        self.bytes_total = 0
        self.text_total = 0
        self._stack: list[Part] = []

    # -- budgets -----------------------------------------------------------
    @contextmanager
    def part(self, where: Where) -> Iterator[Part]:
        p = Part(where, min(time.monotonic() + self.limits.part_seconds, self.deadline))
        self._stack.append(p)
        try:
            yield p
        finally:
            self._stack.pop()

    def check_time(self) -> None:
        """Called between pages, rows, members and parts."""
        now = time.monotonic()
        if now > self.deadline or (self._stack and now > self._stack[-1].deadline):
            raise LimitExceeded("time")

    def message_time_left(self) -> bool:
        return time.monotonic() <= self.deadline

    def take_part(self) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise LimitExceeded("parts")

    def take_member(self) -> None:
        self.members += 1
        if self.members > self.limits.max_members:
            raise LimitExceeded("members")

    def take_bytes(self, n: int) -> None:
        self.bytes_total += n
        if self.bytes_total > self.limits.max_total_bytes:
            raise LimitExceeded("bytes")

    # -- output ------------------------------------------------------------
    def emit(
        self,
        where: Where,
        text: str,
        *,
        step: str | None = None,
        page: int | None = None,
        table: Table | None = None,
        content_type: str | None = None,
    ) -> None:
        """Add a chunk of text, charging the current part; past the text limit
        the chunk is cut and LimitExceeded('text') stops the reader."""
        if not text.strip() and table is None:
            return
        text = without_surrogates(text)  # the last guard: no reader may hand on a lone one
        if step:
            where = where.step(step)
        part = self._stack[-1] if self._stack else None
        room = self.limits.max_total_text - self.text_total
        if part is not None:
            room = min(room, self.limits.max_part_text - part.text_used)
        over = len(text) > room
        if over:
            text = text[: max(room, 0)]
            if table is not None:
                table = _cut_table(table, len(text))
        self.text_total += len(text)
        if part is not None:
            part.text_used += len(text)
        if text.strip() or table is not None:
            self.out.chunks.append(
                Chunk(
                    location=where.location,
                    text=text,
                    source=where.source,
                    filename=where.filename,
                    container=where.container,
                    content_type=content_type,
                    page=page,
                    table=table,
                )
            )
        if over:
            raise LimitExceeded("text")

    def opaque(
        self, where: Where, reason: str, *, content_type: str | None = None, size: int = 0
    ) -> None:
        self.out.opaque.append(
            Opaque(
                location=where.location,
                reason=reason,
                filename=where.filename,
                content_type=content_type,
                size=size,
            )
        )

    def attachment(
        self, where: Where, declared: str | None, sniffed: str | None, size: int
    ) -> None:
        self.out.attachments.append(
            AttachmentInfo(
                location=where.location,
                filename=where.filename,
                declared_type=declared,
                content_type=sniffed,
                size=size,
            )
        )


def _cut_table(table: Table, chars: int) -> Table:
    """Keep the rows that fit in ``chars`` characters of table text."""
    used = sum(len(c) + 1 for c in table.header)
    rows = []
    for row in table.rows:
        used += sum(len(c) + 1 for c in row)
        if used > chars:
            break
        rows.append(row)
    return Table(header=table.header, rows=tuple(rows), first_row=table.first_row)


def emit_tables(run: Run, where: Where, tables: list[Table], content_type: str) -> None:
    """A body's tables, each a chunk of its own beside the body's text ("… › table 2"),
    its cells kept for the column-wise checks."""
    for i, table in enumerate(tables, start=1):
        run.check_time()
        run.emit(
            where,
            table_text(table.header, table.rows),
            step=f"table {i}",
            table=table,
            content_type=content_type,
        )


def table_text(header: tuple[str, ...], rows: list[tuple[str, ...]] | tuple) -> str:
    """Tab-separated text of a table, header first, one line per row."""
    lines = ["\t".join(header)] if any(header) else []
    lines.extend("\t".join(r) for r in rows)
    return "\n".join(lines)

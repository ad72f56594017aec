"""Spreadsheet cells and sheets to text rows and a Table (shared by XLSX, XLS, ODS)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from detectors.model import Table

from .state import Run, Where, quoted, table_text

ROWS_PER_CHECK = 500


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value).strip()


def _trim(cells: Iterable[object]) -> tuple[str, ...]:
    out = [cell_text(v) for v in cells]
    while out and not out[-1]:
        out.pop()
    return tuple(out)


MAX_BANNER_ROWS = 3


def _label(cell: str) -> bool:
    return bool(cell) and len(cell) <= 40 and not any(ch.isdigit() for ch in cell)


def _below_banners(
    header: tuple[str, ...], header_row: int, body: list[tuple[str, ...]]
) -> tuple[tuple[str, ...], int, list[tuple[str, ...]]]:
    """The column names under a title banner or a group row ("Caseload transfer - January"
    merged across the top, then "Participant | | Identifiers", then "Forename | Surname |
    NINO | Ref"): a first row of one cell, or with gaps, gives way to the next filled row
    when that one is all labels and fills more columns."""
    for _ in range(MAX_BANNER_ROWS):
        filled = [c for c in header if c]
        if not (len(filled) == 1 or len(filled) < len(header)):
            break
        at = next((i for i, row in enumerate(body) if row), None)
        if at is None:
            break
        below = [c for c in body[at] if c]
        if len(below) < 2 or len(below) <= len(filled) or not all(map(_label, below)):
            break
        header, header_row, body = body[at], header_row + 1 + at, body[at + 1 :]
    return header, header_row, body


def emit_sheet(
    run: Run,
    where: Where,
    name: str,
    rows: Iterable[Iterable[object]],
    *,
    hidden: bool = False,
    content_type: str | None = None,
) -> None:
    """Emit one sheet as a Table chunk: the first non-empty row is the header,
    the rows below keep their spreadsheet numbers (row 1 is the top row)."""
    header: tuple[str, ...] | None = None
    header_row = 0
    body: list[tuple[str, ...]] = []
    last_filled = 0
    size = 0
    for n, row in enumerate(rows, start=1):
        if n % ROWS_PER_CHECK == 0:
            run.check_time()
        cells = _trim(row)
        if header is None:
            if cells:
                header, header_row = cells, n
            continue
        body.append(cells)
        if cells:
            last_filled = len(body)
            size += sum(len(c) + 1 for c in cells)
            if size > run.limits.max_part_text:
                break  # emit cuts the table and reports limit:text
    if header is None:
        return
    body = body[:last_filled]
    header, header_row, body = _below_banners(header, header_row, body)
    step = f"sheet {quoted(name)}" + (" (hidden)" if hidden else "")
    table = Table(header=header, rows=tuple(body), first_row=header_row + 1)
    run.emit(where, table_text(header, body), step=step, table=table, content_type=content_type)

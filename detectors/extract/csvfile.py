"""CSV/TSV: delimiter sniffed, header row kept, rows numbered by line."""

from __future__ import annotations

import csv
import io
import re

from detectors.model import Table

from .blob import Blob
from .state import Run, table_text
from .textcodec import decode_text

_DELIMITERS = ",;\t|"
ROWS_PER_CHECK = 1000


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        # Sniffer gives up on one-column files and some quoting; count instead.
        counts = {d: sample.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return csv.excel_tab if best == "\t" else csv.excel


# A plain text file is a table when its lines split alike on one of these (a comma
# is left out: prose has commas, and a .csv is read as CSV by its name anyway).
_TEXT_DELIMITERS = "|;\t"
MIN_DELIMITED_ROWS = 3  # under the header
_HEADER_CELL = re.compile(r"[^\d\s][^|;\t]{0,39}")


def text_delimiter(text: str) -> str | None:
    """The delimiter of a text file that is a delimited export ("NAME|REF|DATE" with a
    row per record), or None: its first line names two or more columns, and at least
    nine in ten of its other non-empty lines (three at least) split into as many
    fields on the same delimiter."""
    lines = [ln for ln in text[:20_000].split("\n") if ln.strip()]
    if len(lines) < MIN_DELIMITED_ROWS + 1:
        return None
    for d in _TEXT_DELIMITERS:
        cells = lines[0].split(d)
        if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(c.strip()) for c in cells):
            continue
        rows = lines[1:-1] if len(lines) > 2 else lines[1:]  # the sample may cut the last
        same = sum(1 for ln in rows if ln.count(d) == len(cells) - 1)
        if same >= MIN_DELIMITED_ROWS and same * 10 >= len(rows) * 9:
            return d
    return None


def read(run: Run, blob: Blob) -> None:
    text = decode_text(blob.data, blob.charset)
    emit_table(run, blob, text, _dialect(text[:20_000]))


def emit_table(
    run: Run, blob: Blob, text: str, dialect: type[csv.Dialect] | csv.Dialect | str
) -> None:
    """The text as one table under its first non-empty row."""
    if isinstance(dialect, str):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect)
    else:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header: tuple[str, ...] | None = None
    header_line = 1
    rows: list[tuple[str, ...]] = []
    size = 0
    for n, row in enumerate(reader, start=1):
        if n % ROWS_PER_CHECK == 0:
            run.check_time()
        cells = tuple(c.strip() for c in row)
        if header is None:
            if any(cells):
                header, header_line = cells, n
            continue
        rows.append(cells)
        size += sum(len(c) + 1 for c in cells)
        if size > run.limits.max_part_text:
            break  # emit cuts the table and reports limit:text
    if header is None:
        return
    table = Table(header=header, rows=tuple(rows), first_row=header_line + 1)
    run.emit(blob.where, table_text(header, rows), table=table, content_type="text/csv")

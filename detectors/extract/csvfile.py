"""CSV/TSV: delimiter sniffed, header row kept, rows numbered by line."""

from __future__ import annotations

import csv
import io

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


def read(run: Run, blob: Blob) -> None:
    text = decode_text(blob.data, blob.charset)
    dialect = _dialect(text[:20_000])
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

"""Plain text files (and any text/* we have no better reader for)."""

from __future__ import annotations

from . import csvfile
from .blob import Blob
from .fixedwidth import read_table
from .state import Run, table_text
from .textcodec import decode_text, normalise_newlines, pgp_only

# Text is emitted in slices so the text limit and the clock are checked as we go.
SLICE = 1_000_000


def read(run: Run, blob: Blob) -> None:
    text = normalise_newlines(decode_text(blob.data, blob.charset))
    if pgp_only(text):
        run.opaque(blob.where, "encrypted:pgp", content_type=blob.mime, size=len(blob.data))
        return
    delimiter = csvfile.text_delimiter(text)
    if delimiter is not None:  # "NAME|REF|DATE": a system's export, one record per row
        csvfile.emit_table(run, blob, text, delimiter)
        return
    table = read_table(text) if len(text) <= SLICE else None
    if table is not None:  # a fixed-width export: one record per row, under its header
        run.emit(
            blob.where, table_text(table.header, table.rows), table=table, content_type=blob.mime
        )
        return
    for start in range(0, len(text), SLICE):
        run.check_time()
        run.emit(blob.where, text[start : start + SLICE], content_type=blob.mime)

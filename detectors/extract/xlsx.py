"""XLSX/XLSM: every worksheet (hidden ones too), every cell, with row numbers."""

from __future__ import annotations

import io
import warnings

import openpyxl

from .cells import emit_sheet
from .dispatch import Blob
from .ooxml import read_embeddings
from .state import Run


def read(run: Run, blob: Blob) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
        wb = openpyxl.load_workbook(
            io.BytesIO(blob.data), read_only=True, data_only=True, keep_links=False
        )
    try:
        for ws in wb.worksheets:
            run.check_time()
            # Read-only mode trusts the sheet's declared dimension; a wrong (or
            # hostile) one would hide cells, so we read whatever is there.
            ws.reset_dimensions()
            emit_sheet(
                run,
                blob.where,
                ws.title,
                ws.iter_rows(values_only=True),
                hidden=ws.sheet_state != "visible",
                content_type=blob.mime,
            )
    finally:
        wb.close()
    read_embeddings(run, blob.data, blob.where, "xl/")

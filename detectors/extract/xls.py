"""Legacy XLS (BIFF, via xlrd): every sheet, every cell, dates as dates."""

from __future__ import annotations

import xlrd

from .blob import Blob
from .cells import emit_sheet
from .limits import PasswordProtected
from .state import Run


def _values(book: xlrd.book.Book, sheet: xlrd.sheet.Sheet):  # type: ignore[no-untyped-def]
    for r in range(sheet.nrows):
        row = []
        for cell in sheet.row(r):
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    row.append(cell.value)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                row.append(bool(cell.value))
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                row.append(None)
            else:
                row.append(cell.value)
        yield row


def read(run: Run, blob: Blob) -> None:
    try:
        book = xlrd.open_workbook(
            file_contents=blob.data, on_demand=True, logfile=_Null(), verbosity=0
        )
    except xlrd.XLRDError as e:
        if "encrypt" in str(e).lower():
            raise PasswordProtected from e
        raise
    try:
        for i in range(book.nsheets):
            run.check_time()
            sheet = book.sheet_by_index(i)
            emit_sheet(
                run,
                blob.where,
                sheet.name,
                _values(book, sheet),
                hidden=sheet.visibility != 0,
                content_type=blob.mime,
            )
            book.unload_sheet(i)
    finally:
        book.release_resources()


class _Null:
    """xlrd writes diagnostics to a log file; we keep none (it may echo content)."""

    def write(self, _: str) -> None:
        pass

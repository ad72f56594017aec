"""OpenDocument (odfpy): ODT/ODP paragraphs and headings; ODS sheets as tables."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree
from odf import teletype
from odf.namespaces import OFFICENS, TABLENS
from odf.opendocument import load
from odf.table import Table, TableRow
from odf.text import H, P

from .blob import Blob
from .cells import emit_sheet
from .limits import LimitExceeded, PasswordProtected
from .state import Run

MAX_REPEAT = 1024  # repeated cells/rows carrying a value (empty runs are not expanded)
MAX_EMPTY_ROWS = 100_000


def _encrypted(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        try:
            manifest = zf.read("META-INF/manifest.xml")
        except KeyError:
            return False
    return b"encryption-data" in manifest


def _repeat(el, attr: str) -> int:  # type: ignore[no-untyped-def]
    try:
        return max(int(el.getAttrNS(TABLENS, attr) or 1), 1)
    except (TypeError, ValueError):
        return 1


def _cell_value(cell) -> str:  # type: ignore[no-untyped-def]
    kind = cell.getAttrNS(OFFICENS, "value-type")
    if kind in ("float", "percentage", "currency"):
        value = cell.getAttrNS(OFFICENS, "value")
        try:
            number = float(value)
            return str(int(number)) if number.is_integer() else value
        except (TypeError, ValueError):
            pass
    elif kind == "date":
        value = cell.getAttrNS(OFFICENS, "date-value") or ""
        return value[:10] if value.endswith("T00:00:00") or len(value) == 10 else value
    return "\n".join(teletype.extractText(p) for p in cell.getElementsByType(P)).strip()


def _rows(table) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    for row in table.getElementsByType(TableRow):
        cells: list[str] = []
        for cell in row.childNodes:
            if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                continue
            value = _cell_value(cell) if cell.qname[1] == "table-cell" else ""
            n = _repeat(cell, "number-columns-repeated")
            cells.extend([value] * (min(n, MAX_REPEAT) if value else min(n, 1)))
        n = _repeat(row, "number-rows-repeated")
        times = min(n, MAX_REPEAT) if any(cells) else min(n, MAX_EMPTY_ROWS)
        for _ in range(times):
            yield cells


# Well-formedness only: no entities, no network, no DTD, and no recovery.
_STRICT_XML = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)


def _check_content(data: bytes, limit: int) -> None:
    """content.xml must be well-formed XML: odfpy reads a broken one as an empty
    document, and an unread document must never pass as a clean one."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("content.xml")
        if info.file_size > limit:
            raise LimitExceeded("bytes")
        etree.fromstring(zf.read(info), _STRICT_XML)  # raises XMLSyntaxError: corrupt


def read(run: Run, blob: Blob) -> None:
    if _encrypted(blob.data):
        raise PasswordProtected
    _check_content(blob.data, run.limits.max_part_bytes)
    doc = load(io.BytesIO(blob.data))
    spreadsheet = getattr(doc, "spreadsheet", None)  # only set on spreadsheets
    if spreadsheet is not None:
        for table in spreadsheet.getElementsByType(Table):
            run.check_time()
            name = table.getAttrNS(TABLENS, "name") or "Sheet"
            emit_sheet(run, blob.where, name, _rows(table), content_type=blob.mime)
        return
    lines = []
    for el in doc.body.getElementsByType(H) + doc.body.getElementsByType(P):
        lines.append((el, teletype.extractText(el)))
    # getElementsByType groups by type; restore document order.
    order = {id(el): i for i, el in enumerate(_walk(doc.body))}
    lines.sort(key=lambda pair: order.get(id(pair[0]), 0))
    run.emit(blob.where, "\n".join(text for _, text in lines), content_type=blob.mime)


def _walk(node) -> Iterator[object]:  # type: ignore[no-untyped-def]
    stack = [node]
    while stack:
        el = stack.pop()
        yield el
        stack.extend(reversed(getattr(el, "childNodes", [])))

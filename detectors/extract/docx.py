"""DOCX: body paragraphs, tables (with their header row), headers/footers, text boxes,
comments, footnotes, tracked deletions, and embedded files."""

from __future__ import annotations

import io
import re

import docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from detectors.model import Table

from .dispatch import Blob
from .ooxml import W, parse_xml, read_embeddings
from .state import Run, table_text

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PARTS = (
    (re.compile(r"^/word/header\d*\.xml$"), "header"),
    (re.compile(r"^/word/footer\d*\.xml$"), "footer"),
    (re.compile(r"^/word/footnotes\.xml$"), "footnotes"),
    (re.compile(r"^/word/endnotes\.xml$"), "endnotes"),
    (re.compile(r"^/word/comments\.xml$"), "comments"),
)


def _para_texts(root, text_tag: str = W + "t") -> list[str]:  # type: ignore[no-untyped-def]
    """Text of each w:p under root (w:t runs, tabs and breaks kept)."""
    out = []
    for p in root.iter(W + "p"):
        bits = []
        for el in p.iter(text_tag, W + "tab", W + "br"):
            if el.tag == text_tag:
                bits.append(el.text or "")
            else:
                bits.append("\t" if el.tag == W + "tab" else "\n")
        out.append("".join(bits))
    return out


def _table(t: DocxTable) -> Table | None:
    rows = []
    for row in t.rows:
        cells = tuple(c.text.strip() for c in row.cells)
        rows.append(cells)
    if not rows:
        return None
    return Table(header=rows[0], rows=tuple(rows[1:]), first_row=2)


def read(run: Run, blob: Blob) -> None:
    document = docx.Document(io.BytesIO(blob.data))
    where = blob.where
    ct = blob.mime
    body: list[str] = []
    tables: list[Table] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            body.append(item.text)
        elif (table := _table(item)) is not None:
            tables.append(table)
    run.emit(where, "\n".join(body).strip("\n"), content_type=ct)
    for n, table in enumerate(tables, start=1):
        run.check_time()
        text = table_text(table.header, table.rows)
        run.emit(where, text, step=f"table {n}", table=table, content_type=ct)

    element = document.element.body
    boxes = []
    for box in element.iter(W + "txbxContent"):
        if any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            continue  # the VML copy of a text box already read from mc:Choice
        boxes.extend(_para_texts(box))
    run.emit(where, "\n".join(boxes).strip("\n"), step="text boxes", content_type=ct)
    deleted = _para_texts(element, W + "delText")
    run.emit(where, "\n".join(t for t in deleted if t), step="tracked changes", content_type=ct)

    for part in document.part.package.iter_parts():
        name = str(part.partname)
        for pattern, label in _PARTS:
            if pattern.match(name):
                run.check_time()
                root = parse_xml(part.blob)
                if root is not None:
                    text = "\n".join(_para_texts(root)).strip("\n")
                    run.emit(where, text, step=label, content_type=ct)
    read_embeddings(run, blob.data, where, "word/")

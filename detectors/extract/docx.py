"""DOCX: body paragraphs, tables (with their header row), headers/footers, text boxes,
comments, footnotes, tracked deletions, and embedded files."""

from __future__ import annotations

import io
import re

import docx

from detectors.model import Table

from .blob import Blob
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


def _p_text(p, text_tag: str = W + "t") -> str:  # type: ignore[no-untyped-def]
    """Text of one w:p: its runs, tabs and breaks; text boxes are read separately."""
    bits = []
    for el in p.iter(text_tag, W + "tab", W + "br", W + "cr"):
        if el.tag == text_tag:
            bits.append(el.text or "")
        else:
            bits.append("\t" if el.tag == W + "tab" else "\n")
    return "".join(bits)


def _para_texts(root, text_tag: str = W + "t") -> list[str]:  # type: ignore[no-untyped-def]
    """Text of each w:p under root."""
    return [_p_text(p, text_tag) for p in root.iter(W + "p")]


def _cell_text(tc) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(_p_text(p) for p in tc.iter(W + "p")).strip()


def _table(tbl) -> Table | None:  # type: ignore[no-untyped-def]
    rows = []
    for tr in tbl.iterchildren(W + "tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(W + "tc"):
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            try:
                n = max(1, min(int(span.get(W + "val", "1")), 64)) if span is not None else 1
            except ValueError:
                n = 1
            cells.extend([_cell_text(tc)] * n)  # merged cells repeat, as Word shows them
        rows.append(tuple(cells))
    if not rows:
        return None
    return Table(header=rows[0], rows=tuple(rows[1:]), first_row=2)


def _blocks(container, body: list[str], tables: list[Table]) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs and tables in document order, content controls (w:sdt) opened.

    lxml directly: python-docx's iter_inner_content runs an XPath per block and
    is quadratic (minutes on a 5 MB document)."""
    for child in container.iterchildren():
        if child.tag == W + "p":
            if child.find(f".//{W}txbxContent") is not None:
                child = _without_text_boxes(child)
            body.append(_p_text(child))
        elif child.tag == W + "tbl":
            table = _table(child)
            if table is not None:
                tables.append(table)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                _blocks(content, body, tables)


def _without_text_boxes(p):  # type: ignore[no-untyped-def]
    from copy import deepcopy

    p = deepcopy(p)
    for box in list(p.iter(W + "txbxContent")):
        box.getparent().remove(box)
    return p


def read(run: Run, blob: Blob) -> None:
    document = docx.Document(io.BytesIO(blob.data))
    where = blob.where
    ct = blob.mime
    body: list[str] = []
    tables: list[Table] = []
    _blocks(document.element.body, body, tables)
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

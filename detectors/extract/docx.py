"""DOCX: body paragraphs, tables (with their header row), headers/footers, text boxes,
comments, footnotes, tracked deletions, and embedded files.

The package is opened with zipfile and its parts parsed with lxml, as the XLSX
reader does: python-docx's ``Document()`` parses every part of the package
(styles, numbering, theme, settings) before giving the body, which was most of
the time spent on a DOCX attachment, and the text needs only the parts below.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from detectors.model import Table

from .blob import Blob
from .limits import LimitExceeded
from .ooxml import W, parse_xml, read_embeddings
from .state import Run, table_text

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# A Word document's main part, as python-docx accepts it (document, macro-enabled, template).
_WORD_MAIN = re.compile(
    r"^application/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.(?:document|template)"
    r"|ms-word\.(?:document|template)\.macroEnabled)(?:\.main)?\+xml$"
)
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


class NotWord(ValueError):
    """A zip that is not a Word document (read as corrupt by the dispatcher)."""


def _main_part(zf: zipfile.ZipFile) -> str:
    """The zip member holding the document's body: the package relationship's
    officeDocument target, whose declared content type must be Word's."""
    rels = parse_xml(zf.read("_rels/.rels"))
    target = next(
        (r.get("Target", "") for r in (rels if rels is not None else []) if r.tag == _RELS
         and r.get("Type") == _OFFICE_DOCUMENT),
        "",
    )  # fmt: skip
    name = posixpath.normpath(target.lstrip("/"))
    types = parse_xml(zf.read("[Content_Types].xml"))
    declared = None
    if types is not None:
        for el in types.iter(_CONTENT_TYPES + "Override"):
            if el.get("PartName", "").lstrip("/") == name:
                declared = el.get("ContentType", "")
    if not target or declared is None or not _WORD_MAIN.match(declared):
        raise NotWord(f"not a Word document (main part {declared or 'missing'})")
    return name


def _check_members(run: Run, zf: zipfile.ZipFile) -> None:
    """Every member inflates within the part limit and matches its CRC: a damaged
    part (even styles) makes the file corrupt, as Word itself would refuse it."""
    for info in zf.infolist():
        if info.file_size > run.limits.max_part_bytes:
            raise LimitExceeded("bytes")
    bad = zf.testzip()  # reads each member in 1 MiB steps; the CRC says what is damaged
    if bad is not None:
        raise zipfile.BadZipFile(f"damaged member {bad!r}")


def read(run: Run, blob: Blob) -> None:
    with zipfile.ZipFile(io.BytesIO(blob.data)) as zf:
        _check_members(run, zf)
        main = _main_part(zf)
        info = zf.getinfo(main)
        if info.file_size > run.limits.max_part_bytes:
            raise LimitExceeded("bytes")
        root = parse_xml(zf.read(info))
        body_el = root.find(W + "body") if root is not None else None
        if body_el is None:
            raise NotWord("the main part has no w:body")
        _read(run, blob, zf, body_el)
    read_embeddings(run, blob.data, blob.where, "word/")


def _read(run: Run, blob: Blob, zf: zipfile.ZipFile, element) -> None:  # type: ignore[no-untyped-def]
    where = blob.where
    ct = blob.mime
    body: list[str] = []
    tables: list[Table] = []
    _blocks(element, body, tables)
    run.emit(where, "\n".join(body).strip("\n"), content_type=ct)
    for n, table in enumerate(tables, start=1):
        run.check_time()
        text = table_text(table.header, table.rows)
        run.emit(where, text, step=f"table {n}", table=table, content_type=ct)

    boxes = []
    for box in element.iter(W + "txbxContent"):
        if any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            continue  # the VML copy of a text box already read from mc:Choice
        boxes.extend(_para_texts(box))
    run.emit(where, "\n".join(boxes).strip("\n"), step="text boxes", content_type=ct)
    deleted = _para_texts(element, W + "delText")
    run.emit(where, "\n".join(t for t in deleted if t), step="tracked changes", content_type=ct)

    for info in zf.infolist():
        name = "/" + info.filename
        for pattern, label in _PARTS:
            if pattern.match(name) and info.file_size <= run.limits.max_part_bytes:
                run.check_time()
                root = parse_xml(zf.read(info))
                if root is not None:
                    text = "\n".join(_para_texts(root)).strip("\n")
                    run.emit(where, text, step=label, content_type=ct)

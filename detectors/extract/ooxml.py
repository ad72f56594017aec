"""Shared bits for Office Open XML files (DOCX/XLSX/PPTX): safe XML, embedded files."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from .state import Run, Where

# No entity expansion, no network, no DTD: an Office part is plain data.
SAFE_XML = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def parse_xml(data: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(data, SAFE_XML)
    except etree.XMLSyntaxError:
        return None


def read_embeddings(run: Run, data: bytes, where: Where, prefix: str) -> None:
    """Files embedded in the document (a spreadsheet inside a Word file, …).

    Pictures under media/ are not read: they are part of the page, and OCR is
    a later step; an embedded document, though, is a file in its own right.
    """
    from .dispatch import read_blob

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if not info.filename.startswith(prefix + "embeddings/") or info.is_dir():
                continue
            run.take_member()
            name = info.filename.rsplit("/", 1)[-1]
            member = where.member(f"embedded {name}")
            if info.file_size > run.limits.max_part_bytes:
                run.opaque(member, "limit:bytes", size=info.file_size)
                continue
            content = zf.read(info)
            run.take_bytes(len(content))
            read_blob(run, content, member)

"""PPTX: the text of every slide and its speaker notes (DrawingML a:t runs)."""

from __future__ import annotations

import io
import re
import zipfile

from .blob import Blob
from .ooxml import A, parse_xml, read_embeddings
from .state import Run

_SLIDE = re.compile(r"^ppt/(slides|notesSlides)/(?:slide|notesSlide)(\d+)\.xml$")


def _text(xml: bytes) -> str:
    root = parse_xml(xml)
    if root is None:
        return ""
    return "\n".join("".join(t.text or "" for t in p.iter(A + "t")) for p in root.iter(A + "p"))


def read(run: Run, blob: Blob) -> None:
    with zipfile.ZipFile(io.BytesIO(blob.data)) as zf:
        found = []
        for name in zf.namelist():
            m = _SLIDE.match(name)
            if m:
                found.append((int(m.group(2)), m.group(1) == "notesSlides", name))
        for number, notes, name in sorted(found):
            run.check_time()
            info = zf.getinfo(name)
            if info.file_size > run.limits.max_part_bytes:
                run.opaque(blob.where.step(f"slide {number}"), "limit:bytes")
                continue
            step = f"slide {number}" + (" notes" if notes else "")
            run.emit(blob.where, _text(zf.read(info)), step=step, page=number)
    read_embeddings(run, blob.data, blob.where, "ppt/")

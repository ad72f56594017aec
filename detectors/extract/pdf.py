"""PDF: the text layer of every page (pypdf). Encrypted and image-only PDFs are reported."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from .dispatch import Blob
from .limits import NoText, PasswordProtected
from .state import Run

# pypdf logs every recoverable defect of a broken file; that is noise here, and a
# log line could carry a fragment of the content.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def _has_images(page) -> bool:  # type: ignore[no-untyped-def]
    try:
        xobjects = page["/Resources"]["/XObject"]
        return any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    except Exception:
        return False


def read(run: Run, blob: Blob) -> None:
    reader = PdfReader(io.BytesIO(blob.data), strict=False)
    if reader.is_encrypted:
        # Many PDFs carry an owner password only: they open with an empty user password.
        try:
            if not reader.decrypt(""):
                raise PasswordProtected
        except (FileNotDecryptedError, NotImplementedError) as e:
            raise PasswordProtected from e
    blank_image_pages = []
    any_text = False
    count = len(reader.pages)
    for i in range(count):
        run.check_time()
        page = reader.pages[i]
        try:
            text = page.extract_text() or ""
        except PasswordProtected:
            raise
        except Exception:
            run.opaque(blob.where.step(f"page {i + 1}"), "corrupt", content_type=blob.mime)
            continue
        if text.strip():
            any_text = True
            run.emit(blob.where, text, step=f"page {i + 1}", page=i + 1, content_type=blob.mime)
        elif _has_images(page):
            blank_image_pages.append(i + 1)
    if not any_text and count:
        raise NoText
    for n in blank_image_pages:  # a scanned page inside a text PDF
        run.opaque(blob.where.step(f"page {n}"), "no-text", content_type=blob.mime)

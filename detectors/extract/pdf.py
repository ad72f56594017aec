"""PDF: the text layer of every page. Encrypted and image-only PDFs are reported.

PDFium (pypdfium2) reads the text: it is about 3-4x faster than pypdf on large
text PDFs (bench/extract.py: a 10 MB PDF in under 2 s, where pypdf takes ~7 s)
and is the engine Chrome fuzzes continuously. A file PDFium refuses as
malformed gets a second chance with pypdf, which repairs some broken files.
A crash or hang inside either parser's native code is caught by the gateway's
worker timeout, not here.
"""

from __future__ import annotations

import io
import logging

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .blob import Blob
from .limits import NoText, PasswordProtected
from .state import Run
from .textcodec import normalise_newlines

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # defect chatter may quote content
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_FORMAT_ERROR = 3  # FPDF_ERR_FORMAT
MAX_BAD_PAGES = 20


def read(run: Run, blob: Blob) -> None:
    try:
        doc = pdfium.PdfDocument(blob.data)
    except pdfium.PdfiumError as e:
        if e.err_code == _PASSWORD_ERROR:
            raise PasswordProtected from e
        if e.err_code == _FORMAT_ERROR:
            _read_pypdf(run, blob)
            return
        raise
    try:
        pages = ((i + 1, _page_text(doc, i)) for i in range(len(doc)))
        _emit_pages(run, blob, pages, len(doc))
    finally:
        doc.close()


def _page_text(doc: pdfium.PdfDocument, index: int) -> tuple[str, bool] | None:
    """(text, has images) of one page; None if the page cannot be loaded (a page
    tree that loops or points nowhere)."""
    try:
        page = doc.get_page(index)
    except pdfium.PdfiumError:
        return None
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
        finally:
            textpage.close()
        has_image = False
        if not text.strip():
            has_image = any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        return normalise_newlines(text), has_image
    finally:
        page.close()


def _emit_pages(run: Run, blob: Blob, pages, count: int) -> None:  # type: ignore[no-untyped-def]
    image_pages = []
    any_text = False
    bad_pages = 0
    for number, page in pages:
        run.check_time()
        if page is None:
            bad_pages += 1
            if bad_pages > MAX_BAD_PAGES:  # a /Count that lies about a broken tree
                raise ValueError("page tree broken")
            run.opaque(blob.where.step(f"page {number}"), "corrupt", content_type=blob.mime)
            continue
        text, has_image = page
        if text.strip():
            any_text = True
            run.emit(blob.where, text, step=f"page {number}", page=number, content_type=blob.mime)
        elif has_image:
            image_pages.append(number)
    if count and not any_text:
        raise NoText
    for number in image_pages:  # a scanned page inside a text PDF
        run.opaque(blob.where.step(f"page {number}"), "no-text", content_type=blob.mime)


def _read_pypdf(run: Run, blob: Blob) -> None:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    reader = PdfReader(io.BytesIO(blob.data), strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise PasswordProtected
        except (FileNotDecryptedError, NotImplementedError) as e:
            raise PasswordProtected from e

    def pages():  # type: ignore[no-untyped-def]
        for i, page in enumerate(reader.pages):
            run.check_time()
            try:
                text = page.extract_text() or ""
                has_image = not text.strip() and bool(page.images)
            except Exception:
                yield i + 1, None
                continue
            yield i + 1, (normalise_newlines(text), has_image)

    _emit_pages(run, blob, pages(), len(reader.pages))

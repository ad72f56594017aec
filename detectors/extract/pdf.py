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
from collections.abc import Iterator
from contextlib import contextmanager

import pypdf.filters  # noqa: F401  (pypdf imports it at its first stream: here, at warm-up)
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader
from pypdf._configuration import apply_configuration
from pypdf.errors import FileNotDecryptedError, LimitReachedError

from .blob import Blob
from .limits import LimitExceeded, NoText, PasswordProtected
from .pdf_streams import check_streams
from .state import Run
from .textcodec import normalise_newlines

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # defect chatter may quote content
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_FORMAT_ERROR = 3  # FPDF_ERR_FORMAT
MAX_BAD_PAGES = 20


def read(run: Run, blob: Blob) -> None:
    check_streams(run, blob.data)  # PDFium has no output limit of its own
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
        if pdfium_c.FPDF_GetFormType(doc.raw) != pdfium_c.FORMTYPE_NONE:
            _emit_form_fields(run, blob, doc)
    finally:
        doc.close()


MAX_FORM_FIELDS = 2_000
LABEL_REACH = 250  # points to the left of a field (a page is ~600 wide) where its label is
LABEL_ABOVE = 24  # points above a field, for a label written over it


def _emit_form_fields(run: Run, blob: Blob, doc: pdfium.PdfDocument) -> None:
    """A fillable form's answers live in its fields (AcroForm values), not in the page
    text: each filled field becomes a "label: value" line, so the detectors read it as
    a form. The label is the page text to the field's left (or just above it); where no
    field of a page has one, the page's "Label:" lines are paired with its fields in
    reading order when there are as many of each; else the field's own name."""
    try:
        with _pypdf_bounded(run):
            fields = _form_fields(blob.data)[:MAX_FORM_FIELDS]
    except Exception:  # a broken form dictionary: the page text is still read
        return
    lines = []
    for index in sorted({f[0] for f in fields if f[0] < len(doc)}):
        run.check_time()
        on_page = sorted((f for f in fields if f[0] == index), key=lambda f: (-f[1][3], f[1][0]))
        # One text page per page, for every field on it and the label lines.
        page = doc.get_page(index)
        try:
            textpage = page.get_textpage()
            try:
                labels = [_label_near(textpage, rect) for _i, rect, _n, _v in on_page]
                if not any(labels):
                    in_order = _label_lines(textpage)
                    labels = in_order if len(in_order) == len(on_page) else labels
            finally:
                textpage.close()
        finally:
            page.close()
        for (_i, _rect, name, value), label in zip(on_page, labels, strict=True):
            label = label or name
            if value:  # a question keeps its mark: "Any convictions? No"
                lines.append(f"{label} {value}" if label.endswith("?") else f"{label}: {value}")
    if lines:
        run.emit(blob.where, "\n".join(lines), step="form fields", content_type=blob.mime)


def _form_fields(data: bytes) -> list[tuple[int, tuple[float, float, float, float], str, str]]:
    """(page index, widget rectangle, field name, value or "") of each form field."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    out = []
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            field = widget if "/T" in widget else widget.get("/Parent", widget).get_object()
            value = widget.get("/V", field.get("/V"))
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            text = " ".join(str(value or "").lstrip("/").split())
            r = [float(x) for x in widget.get("/Rect", (0, 0, 0, 0))][:4]
            if len(r) != 4:
                continue
            rect = (min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3]))
            name = str(field.get("/TU") or field.get("/T") or "").replace("_", " ")
            out.append((index, rect, " ".join(name.split()), "" if text == "Off" else text))
    return out


def _label_lines(textpage: pdfium.PdfTextPage) -> list[str]:
    """The page's lines that are a label ("Full name:", "Any convictions?"), top down."""
    lines = [ln.strip() for ln in normalise_newlines(textpage.get_text_bounded()).split("\n")]
    return [ln.rstrip(" :") for ln in lines if ln.endswith((":", "?")) and len(ln) <= 80]


def _label_near(textpage: pdfium.PdfTextPage, rect: tuple[float, float, float, float]) -> str:
    """The page text on the field's line to its left, else just above it."""
    x0, y0, x1, y1 = rect
    left = textpage.get_text_bounded(left=max(0.0, x0 - LABEL_REACH), bottom=y0, right=x0, top=y1)
    if not left.strip():
        left = textpage.get_text_bounded(left=x0, bottom=y1, right=x1, top=y1 + LABEL_ABOVE)
    lines = [ln.strip(" :\t") for ln in normalise_newlines(left).split("\n") if ln.strip(" :\t")]
    return lines[-1] if lines else ""


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


@contextmanager
def _pypdf_bounded(run: Run) -> Iterator[None]:
    """pypdf's own decompression limits set to the stream budget; past one: limit:stream."""
    cap = run.limits.max_stream_bytes
    try:
        with apply_configuration(
            maximum_declared_stream_length=cap,
            array_based_stream_maximum_output_length=cap,
            jbig2_maximum_output_length=cap,
            lzw_maximum_output_length=cap,
            run_length_maximum_output_length=cap,
            zlib_maximum_output_length=cap,
            brotli_maximum_output_length=cap,
            image_maximum_buffer_size=cap,
        ):
            yield
    except LimitReachedError as e:
        raise LimitExceeded("stream") from e


def _read_pypdf(run: Run, blob: Blob) -> None:
    with _pypdf_bounded(run):
        _read_pypdf_unbounded(run, blob)


def _read_pypdf_unbounded(run: Run, blob: Blob) -> None:
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
            except LimitReachedError:
                raise  # a stream past its budget: the file is limit:stream, not a bad page
            except Exception:
                yield i + 1, None
                continue
            yield i + 1, (normalise_newlines(text), has_image)

    _emit_pages(run, blob, pages(), len(reader.pages))

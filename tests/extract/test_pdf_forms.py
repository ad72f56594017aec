"""A fillable PDF's answers live in its form fields (AcroForm values), not in the page
text: they are read, each with the label printed beside it (or the page's labels in
order), so the detectors see a form with its answers."""

from __future__ import annotations

import io

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from detectors.extract import extract

from .conftest import message

PT_PER_MM = 72 / 25.4
PAGE_H = 297 * PT_PER_MM


def fillable(labels: list[str], values: list[str], beside: bool = True) -> bytes:
    """A one-page form: each label printed on its own line, a text field per value,
    placed right of its label (``beside``) or in a block lower down the page."""
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=11)
    doc.cell(0, 8, "Course application", new_x="LMARGIN", new_y="NEXT")
    tops = []
    for label in labels:
        tops.append(doc.get_y())
        doc.cell(60, 8, label, new_x="LMARGIN", new_y="NEXT")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(doc.output()))))
    fields = ArrayObject()
    for i, value in enumerate(values):
        top = tops[i] if beside else 200 + 10 * i  # mm from the top
        y1, y0 = PAGE_H - top * PT_PER_MM, PAGE_H - (top + 8) * PT_PER_MM
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f"field{i + 1}"),
                NameObject("/V"): TextStringObject(value),
                NameObject("/F"): NumberObject(4),
                NameObject("/Rect"): ArrayObject(
                    [FloatObject(x) for x in (80 * PT_PER_MM, y0, 180 * PT_PER_MM, y1)]
                ),
            }
        )
        fields.append(writer._add_object(widget))
    writer.pages[0][NameObject("/Annots")] = fields
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): fields})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def form_text(data: bytes) -> str:
    ex = extract(message("form", attachments=[("application.pdf", data, "application/pdf")]))
    [chunk] = [c for c in ex.chunks if c.location.endswith("form fields")]
    return chunk.text


def test_each_answer_is_read_with_the_label_beside_it():
    data = fillable(["Full name:", "NI number:", "Postcode:"], ["Dana Rees", "JT 48 27 36 B", ""])
    assert "JT 48 27 36 B" not in "".join(PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert form_text(data).splitlines() == ["Full name: Dana Rees", "NI number: JT 48 27 36 B"]


def test_fields_away_from_their_labels_take_the_labels_in_order():
    labels = ["Full name:", "Date of birth:", "Any convictions?"]
    data = fillable(labels, ["Dana Rees", "04/07/1991", "No"], beside=False)
    assert form_text(data).splitlines() == [
        "Full name: Dana Rees", "Date of birth: 04/07/1991", "Any convictions? No",
    ]  # fmt: skip


def test_a_pdf_without_a_form_has_no_form_chunk():
    from .conftest import pdf

    ex = extract(message("x", attachments=[("a.pdf", pdf(["Hello"]), "application/pdf")]))
    assert not [c for c in ex.chunks if c.location.endswith("form fields")]

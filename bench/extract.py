"""Benchmark detectors.extract on large real files.

    python bench/extract.py            # builds the inputs, then times each in a fresh process
    python bench/extract.py --run FILE full|default   # time one file of your own

Prints, per input: file size, wall time of extract() on the whole message,
extracted text (MB) and MB/s of text, and the peak RSS of the process that did it.
Targets (issue 3): the 10 MB text PDF in <= 2 s; peak RSS <= 400 MB.
Text limits are raised for the run so the whole file is read (the default
5 MB per part would stop the PDF and DOCX early and flatter the figures).
"""

from __future__ import annotations

import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

MB = 1024 * 1024


# -- inputs -----------------------------------------------------------------------------
def _sentences(n: int) -> list[str]:
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(7)
    return [fake.sentence(nb_words=14) for _ in range(n)]


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(target: int) -> bytes:
    """A plain text PDF of about ``target`` bytes: 60 lines a page, Helvetica,
    uncompressed content streams (so file size and text size are comparable)."""
    lines = _sentences(2000)
    rnd = random.Random(1)
    objects: list[bytes] = []
    page_ids: list[int] = []
    font_id = 3
    objects.append(b"")  # 1 catalog, filled at the end
    objects.append(b"")  # 2 pages
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    size = 0
    while size < target:
        text = "".join(f"({_pdf_escape(rnd.choice(lines))}) '\n" for _ in range(60))
        stream = f"BT /F1 9 Tf 11 TL 40 800 Td\n{text}ET".encode("latin-1", "replace")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id)
        )
        page_ids.append(len(objects))
        size += len(stream) + 200
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def big_docx(target: int) -> bytes:
    """A DOCX of about ``target`` bytes made by python-docx, its body filled with
    paragraphs and a table every 200 paragraphs (document.xml written directly: fast)."""
    from xml.sax.saxutils import escape

    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    lines = _sentences(5000)
    rnd = random.Random(2)
    parts = []
    size = 0
    n = 0
    while size < target * 5.2:  # this XML deflates about 5:1
        n += 1
        if n % 200 == 0:
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f"<w:tc><w:p><w:r><w:t>{escape(w)}</w:t></w:r></w:p></w:tc>"
                    for w in rnd.choice(lines).split()[:4]
                )
                + "</w:tr>"
                for _ in range(10)
            )
            parts.append(f"<w:tbl>{rows}</w:tbl>")
        else:
            parts.append(f"<w:p><w:r><w:t>{escape(rnd.choice(lines))}</w:t></w:r></w:p>")
        size += len(parts[-1])
    src = zipfile.ZipFile(base)
    xml = src.read("word/document.xml").decode()
    start = xml.index("<w:body>") + len("<w:body>")
    xml = xml[:start] + "".join(parts) + xml[start:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = xml.encode() if item.filename == "word/document.xml" else src.read(item)
            dst.writestr(item.filename, data)
    return out.getvalue()


def big_xlsx(rows: int) -> bytes:
    import openpyxl
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(3)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Referrals")
    ws.append(
        [
            "Ref",
            "Forename",
            "Surname",
            "Date of birth",
            "Postcode",
            "Phone",
            "Email",
            "Start",
            "Adviser",
            "Notes",
        ]
    )
    people = [
        (
            fake.first_name(),
            fake.last_name(),
            fake.date_of_birth(minimum_age=18, maximum_age=66),
            fake.postcode(),
            fake.phone_number(),
            fake.email(),
            fake.name(),
        )
        for _ in range(500)
    ]
    for i in range(rows):
        p = people[i % 500]
        ws.append([1000 + i, p[0], p[1], p[2], p[3], p[4], p[5], p[2], p[6], "Referred"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def cv_zip(count: int) -> bytes:
    import docx
    from faker import Faker
    from fpdf import FPDF

    fake = Faker("en_GB")
    fake.seed_instance(4)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(count):
            name = fake.name()
            body = [f"Curriculum vitae: {name}", fake.address(), fake.phone_number()] + [
                fake.paragraph(nb_sentences=6) for _ in range(12)
            ]
            if i % 2:
                d = docx.Document()
                for para in body:
                    d.add_paragraph(para)
                buf = io.BytesIO()
                d.save(buf)
                zf.writestr(f"cv-{i}.docx", buf.getvalue())
            else:
                pdf = FPDF()
                pdf.set_font("helvetica", size=10)
                pdf.add_page()
                for para in body:
                    pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
                zf.writestr(f"cv-{i}.pdf", bytes(pdf.output()))
    return out.getvalue()


# -- one measurement, in its own process ---------------------------------------------------
def run_one(path: Path, full: bool) -> None:
    from detectors.extract import ExtractLimits, extract, warm_up

    msg = EmailMessage()
    msg["Subject"] = "bench"
    msg["From"] = "bench@provider.example"
    msg.set_content("see attached")
    msg.add_attachment(
        path.read_bytes(), maintype="application", subtype="octet-stream", filename=path.name
    )
    raw = msg.as_bytes()
    limits = (
        ExtractLimits(max_part_text=512 * MB, max_total_text=1024 * MB) if full else ExtractLimits()
    )
    warm_up()  # as a gateway worker does once at start: the format readers are imported
    extract(b"Subject: warm-up\r\n\r\nfirst call")
    start = time.perf_counter()
    out = extract(raw, limits)
    wall = time.perf_counter() - start
    text = sum(len(c.text) for c in out.chunks)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "wall": wall,
                "text": text,
                "chunks": len(out.chunks),
                "opaque": [o.reason for o in out.opaque],
                "rss": rss,
            }
        )
    )


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        run_one(Path(sys.argv[2]), sys.argv[3] == "full")
        return
    # (label, file, builder, text limits): "full" raises the text limits so the
    # whole file is read; "default" is what the gateway does (5 MB of text a part).
    cases = [
        ("10 MB text PDF", "big.pdf", lambda: text_pdf(10 * MB), "full"),
        ("10 MB text PDF", "big.pdf", None, "default"),
        ("5 MB DOCX", "big.docx", lambda: big_docx(5 * MB), "full"),
        ("5 MB DOCX", "big.docx", None, "default"),
        ("20,000-row XLSX", "rows.xlsx", lambda: big_xlsx(20_000), "default"),
        ("zip of 10 CVs", "cvs.zip", lambda: cv_zip(10), "default"),
    ]
    print(
        f"{'input':<18} {'limits':<8} {'file MB':>8} {'wall s':>8} {'text MB':>8} "
        f"{'text MB/s':>10} {'peak RSS MB':>12}  opaque"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, build, limits in cases:
            path = Path(tmp) / name
            if build is not None:
                path.write_bytes(build())
            result = subprocess.run(
                [sys.executable, __file__, "--run", str(path), limits],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(result.stdout.strip().splitlines()[-1])
            text_mb = r["text"] / MB
            print(
                f"{label:<18} {limits:<8} {path.stat().st_size / MB:>8.2f} {r['wall']:>8.2f} "
                f"{text_mb:>8.2f} {text_mb / r['wall']:>10.2f} {r['rss']:>12.0f}  "
                f"{','.join(r['opaque']) or '-'}"
            )
    print("targets: 10 MB PDF <= 2 s; peak RSS <= 400 MB")


if __name__ == "__main__":
    main()

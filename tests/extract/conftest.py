"""Builders for real files and messages, made with each format's own library."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from email.message import EmailMessage

import pytest
from faker import Faker


@pytest.fixture
def fake() -> Faker:
    f = Faker("en_GB")
    f.seed_instance(1234)
    return f


def message(
    body: str | None = "Please see attached.",
    *,
    subject: str = "Referral",
    html: str | None = None,
    attachments: Iterable[tuple[str | None, bytes, str]] = (),
    sender: str = "Jo Adviser <jo.adviser@provider.example>",
    to: str = "case.team@provider.example",
) -> bytes:
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = sender
    m["To"] = to
    m["Message-ID"] = "<test-1@provider.example>"
    if body is not None:
        m.set_content(body)
    if html is not None:
        if body is None:
            m.set_content(html, subtype="html")
        else:
            m.add_alternative(html, subtype="html")
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


def pdf(pages: list[str]) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    doc.set_font("helvetica", size=11)
    for text in pages:
        doc.add_page()
        if text:
            doc.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def image_only_pdf() -> bytes:
    from fpdf import FPDF

    png = png_bytes()
    doc = FPDF()
    doc.add_page()
    doc.image(io.BytesIO(png), x=10, y=10, w=50)
    return bytes(doc.output())


def png_bytes() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 8 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def docx_file(
    paragraphs: list[str],
    table: list[list[str]] | None = None,
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def xlsx_file(sheets: dict[str, list[list[object]]], hidden: Iterable[str] = ()) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        if name in hidden:
            ws.sheet_state = "hidden"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def zip_file(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def texts(extraction) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """location → text (locations joined if repeated)."""
    out: dict[str, str] = {}
    for c in extraction.chunks:
        out[c.location] = out[c.location] + "\n" + c.text if c.location in out else c.text
    return out


def reasons(extraction) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {o.location: o.reason for o in extraction.opaque}


def self_signed(key, common_name: str, serial: int = 1):  # type: ignore[no-untyped-def]
    """A certificate for ``key`` valid from yesterday to tomorrow (S/MIME test signers)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )

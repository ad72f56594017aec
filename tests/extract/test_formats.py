"""Every attachment kind, built with its own library, read back with exact text and location."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from detectors.extract import extract

from .conftest import (
    docx_file,
    image_only_pdf,
    message,
    pdf,
    png_bytes,
    reasons,
    texts,
    xlsx_file,
    zip_file,
)


def one(name: str, data: bytes, ctype: str = "application/octet-stream"):  # type: ignore[no-untyped-def]
    return extract(message("see attached", attachments=[(name, data, ctype)]))


# -- PDF -------------------------------------------------------------------------------------
def test_pdf_every_page_with_its_number(fake) -> None:  # type: ignore[no-untyped-def]
    name = fake.name()
    out = one("cv-jsmith.pdf", pdf([f"Curriculum vitae: {name}", "", "Referees on request"]))
    t = texts(out)
    assert t['attachment "cv-jsmith.pdf" › page 1'] == f"Curriculum vitae: {name}"
    assert t['attachment "cv-jsmith.pdf" › page 3'] == "Referees on request"
    assert 'attachment "cv-jsmith.pdf" › page 2' not in t  # blank page, no image: nothing
    assert [c.page for c in out.chunks if c.filename] == [1, 3]
    assert out.opaque == []


def test_scanned_pdf_has_no_text() -> None:
    out = one("scan.pdf", image_only_pdf(), "application/pdf")
    assert reasons(out) == {'attachment "scan.pdf"': "no-text"}


def test_password_protected_pdf() -> None:
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=11)
    doc.cell(text="locked text")
    doc.set_encryption(owner_password="owner", user_password="user")
    out = one("locked.pdf", bytes(doc.output()), "application/pdf")
    assert reasons(out) == {'attachment "locked.pdf"': "password-protected"}
    assert "locked text" not in "".join(c.text for c in out.chunks)


def test_owner_password_only_pdf_is_read() -> None:
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=11)
    doc.cell(text="permissions only")
    doc.set_encryption(owner_password="owner")
    out = one("perm.pdf", bytes(doc.output()), "application/pdf")
    assert texts(out)['attachment "perm.pdf" › page 1'] == "permissions only"


# -- DOCX ------------------------------------------------------------------------------------
TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    "<w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_docx_body_tables_headers_footers_textboxes_comments(fake) -> None:  # type: ignore[no-untyped-def]
    import docx
    from docx.oxml import parse_xml

    person = fake.name()
    d = docx.Document()
    d.add_paragraph(f"Curriculum vitae of {person}")
    para = d.add_paragraph("Skills: forklift")
    para._p.append(parse_xml(TEXTBOX))
    d.add_comment(para.runs[0], text="Check this reference", author="Reviewer")
    t = d.add_table(rows=3, cols=2)
    for r, row in enumerate([["Surname", "Date of birth"], ["Smith", "01/02/1985"], ["Jones", ""]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.sections[0].header.paragraphs[0].text = "Provider Ltd — confidential"
    d.sections[0].footer.paragraphs[0].text = "Page footer"
    buf = io.BytesIO()
    d.save(buf)
    out = one("cv-jsmith.docx", buf.getvalue())
    got = texts(out)
    loc = 'attachment "cv-jsmith.docx"'
    assert got[loc] == f"Curriculum vitae of {person}\nSkills: forklift"
    assert got[f"{loc} › text boxes"] == "Box text"
    assert got[f"{loc} › comments"] == "Check this reference"
    assert got[f"{loc} › header"] == "Provider Ltd — confidential"
    assert got[f"{loc} › footer"] == "Page footer"
    table = next(c.table for c in out.chunks if c.location == f"{loc} › table 1")
    assert table.header == ("Surname", "Date of birth")
    assert table.rows == (("Smith", "01/02/1985"), ("Jones", ""))
    assert out.opaque == []


def test_docx_named_pdf_is_read_as_docx() -> None:
    out = one("cv.pdf", docx_file(["Real type wins"]), "application/pdf")
    assert texts(out)['attachment "cv.pdf"'] == "Real type wins"
    info = out.attachments[0]
    assert info.declared_type == "application/pdf"
    assert info.content_type.endswith("wordprocessingml.document")


def test_password_protected_docx_and_xlsx() -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    results = {}
    for name, data in (("a.docx", docx_file(["secret"])), ("b.xlsx", xlsx_file({"S": [["x"]]}))):
        locked = io.BytesIO()
        OOXMLFile(io.BytesIO(data)).encrypt("pw", locked)
        results.update(reasons(one(name, locked.getvalue())))
    assert results == {
        'attachment "a.docx"': "password-protected",
        'attachment "b.xlsx"': "password-protected",
    }


# -- spreadsheets ------------------------------------------------------------------------
def test_xlsx_every_sheet_hidden_too_with_row_numbers(fake) -> None:  # type: ignore[no-untyped-def]
    names = [fake.last_name() for _ in range(3)]
    data = xlsx_file(
        {
            "Referrals": [
                [None, None],
                ["Surname", "Date of birth", "Ref"],
                [names[0], dt.datetime(1985, 2, 1), 1001],
                [None],
                [names[1], dt.datetime(1990, 4, 3, 12, 30), 1002.5],
            ],
            "Notes": [["Note"], [True]],
        },
        hidden=["Notes"],
    )
    out = one("list.xlsx", data)
    sheets = {c.location: c for c in out.chunks if c.table}
    ref = sheets['attachment "list.xlsx" › sheet "Referrals"']
    assert ref.table.header == ("Surname", "Date of birth", "Ref")
    assert ref.table.first_row == 3
    assert ref.table.rows == (
        (names[0], "1985-02-01", "1001"),
        (),
        (names[1], "1990-04-03 12:30:00", "1002.5"),
    )
    assert ref.text.splitlines()[1] == f"{names[0]}\t1985-02-01\t1001"
    notes = sheets['attachment "list.xlsx" › sheet "Notes" (hidden)']
    assert notes.table.rows == (("TRUE",),)


def test_xlsx_with_a_lying_dimension_still_reads_every_cell() -> None:
    import zipfile

    data = xlsx_file({"S": [["Name", "NINO"], ["a", "b"], ["c", "d"]]})
    src = zipfile.ZipFile(io.BytesIO(data))
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b'<dimension ref="A1:B3"/>', b'<dimension ref="A1:A1"/>')
                assert b'ref="A1:A1"' in body
            dst.writestr(item, body)
    out = one("s.xlsx", out_buf.getvalue())
    assert out.chunks[-1].table.rows == (("a", "b"), ("c", "d"))


def test_legacy_xls() -> None:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Referrals")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for c, v in enumerate(["Surname", "Date of birth", "Count"]):
        ws.write(0, c, v)
    ws.write(1, 0, "Smith")
    ws.write(1, 1, dt.date(1985, 2, 1), date_style)
    ws.write(1, 2, 3)
    hidden = wb.add_sheet("Old")
    hidden.write(0, 0, "Header")
    hidden.write(1, 0, "kept")
    hidden.visibility = 1
    buf = io.BytesIO()
    wb.save(buf)
    out = one("old.xls", buf.getvalue())
    sheets = {c.location: c.table for c in out.chunks}
    assert sheets['attachment "old.xls" › sheet "Referrals"'].rows == (
        ("Smith", "1985-02-01", "3"),
    )
    assert sheets['attachment "old.xls" › sheet "Old" (hidden)'].rows == (("kept",),)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Surname;NINO;Town\nSmith;X1;Leeds\nJones;X2;York\n", "list.csv"),
        ("Surname\tNINO\tTown\nSmith\tX1\tLeeds\nJones\tX2\tYork\n", "list.tsv"),
        ('"Surname","NINO","Town"\r\n"Smith","X1","Leeds"\r\n"Jones","X2","York"\r\n', "l.csv"),
    ],
)
def test_csv_delimiter_sniffed(body: str, name: str) -> None:
    out = one(name, body.encode(), "text/csv")
    chunk = out.chunks[-1]
    assert chunk.location == f'attachment "{name}"'
    assert chunk.table.header == ("Surname", "NINO", "Town")
    assert chunk.table.rows == (("Smith", "X1", "Leeds"), ("Jones", "X2", "York"))
    assert chunk.table.first_row == 2


# -- OpenDocument ------------------------------------------------------------------------
def test_odt_and_ods() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
    from odf.table import Table, TableCell, TableRow
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Exit report"))
    doc.text.addElement(P(text="Started work on Monday."))
    odt = io.BytesIO()
    doc.save(odt)

    sheet = OpenDocumentSpreadsheet()
    table = Table(name="Referrals")
    for row in (["Surname", "Postcode"], ["Smith", "LS1 1AA"], ["Jones", "YO1 7HH"]):
        tr = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    tr = TableRow(numberrowsrepeated=1000)  # trailing empty rows, as LibreOffice writes
    tr.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(tr)
    sheet.spreadsheet.addElement(table)
    ods = io.BytesIO()
    sheet.save(ods)

    raw = message(
        "x",
        attachments=[
            ("r.odt", odt.getvalue(), "application/octet-stream"),
            ("l.ods", ods.getvalue(), "application/octet-stream"),
        ],
    )
    out = extract(raw)
    t = texts(out)
    assert t['attachment "r.odt"'] == "Exit report\nStarted work on Monday."
    ods_chunk = next(c for c in out.chunks if c.table)
    assert ods_chunk.location == 'attachment "l.ods" › sheet "Referrals"'
    assert ods_chunk.table.rows == (("Smith", "LS1 1AA"), ("Jones", "YO1 7HH"))


# -- RTF, calendar, vCard, plain text, images, executables ----------------------------
def test_rtf() -> None:
    rtf = (
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 Dear Ms Smith,\par "
        rb"Caf\'e9 {\b interview} at 10am.\par}"
    )
    t = texts(one("letter.rtf", rtf, "application/rtf"))
    assert t['attachment "letter.rtf"'].split("\n")[:2] == [
        "Dear Ms Smith,",
        "Café interview at 10am.",
    ]


def test_calendar_invite() -> None:
    from icalendar import Calendar, Event, vCalAddress

    cal = Calendar()
    cal.add("prodid", "-//test//")
    cal.add("version", "2.0")
    ev = Event()
    ev.add("summary", "Interview: J Smith")
    ev.add("description", "Bring passport")
    ev.add("location", "Jobcentre Leeds")
    ev.add("dtstart", dt.datetime(2026, 1, 5, 10, 0))
    organiser = vCalAddress("mailto:adviser@provider.example")
    organiser.params["CN"] = "Jo Adviser"
    ev.add("organizer", organiser)
    ev.add("attendee", "mailto:claimant@mail.example")
    cal.add_component(ev)
    t = texts(one("invite.ics", cal.to_ical(), "text/calendar"))
    assert t['attachment "invite.ics" › event 1'] == (
        "Summary: Interview: J Smith\nDescription: Bring passport\nLocation: Jobcentre Leeds\n"
        "Organizer: Jo Adviser <adviser@provider.example>\nAttendee: mailto:claimant@mail.example"
    )


def test_vcard() -> None:
    import vobject

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family="Smith", given="Jane")
    card.add("fn").value = "Jane Smith"
    card.add("tel").value = "07700 900123"
    card.add("email").value = "jane@mail.example"
    t = texts(one("jane.vcf", card.serialize().encode(), "text/vcard"))
    assert t['attachment "jane.vcf" › contact 1'] == (
        "Email: jane@mail.example\nFn: Jane Smith\nN: Jane Smith\nTel: 07700 900123"
    )


def test_image_is_no_text_and_exe_renamed_txt_is_corrupt() -> None:
    # RULES.md: a name or declared type saying one format while the bytes are no
    # readable format is corrupt (reject), not merely unsupported.
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
    exe = exe[:60] + (64).to_bytes(4, "little") + b"PE\x00\x00" + b"\x00" * 200
    raw = message(
        "x",
        attachments=[("photo.png", png_bytes(), "image/png"), ("notes.txt", exe, "text/plain")],
    )
    out = extract(raw)
    got = reasons(out)
    assert got['attachment "photo.png"'] == "no-text"
    assert got['attachment "notes.txt"'] == "corrupt"
    info = next(a for a in out.attachments if a.filename == "notes.txt")
    assert info.declared_type == "text/plain" and info.content_type != "text/plain"


def test_inline_text_attachment_in_latin1() -> None:
    out = one("note.txt", "Nom: Zoë".encode("cp1252"), "text/plain")
    assert texts(out)['attachment "note.txt"'] == "Nom: Zoë"


def test_pptx_slides_and_notes() -> None:
    # No PPTX writer is installed; the package is built part by part as PowerPoint writes it.
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

    def slide(*paras: str) -> bytes:
        body = "".join(f"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>" for p in paras)
        return f'<p:sld xmlns:p="urn:p" {a}><p:txBody>{body}</p:txBody></p:sld>'.encode()

    data = zip_file(
        {
            "[Content_Types].xml": b"<Types/>",
            "ppt/presentation.xml": b"<p:presentation xmlns:p='urn:p'/>",
            "ppt/slides/slide2.xml": slide("Outcomes", "3 starts"),
            "ppt/slides/slide1.xml": slide("Case study: J Smith"),
            "ppt/notesSlides/notesSlide1.xml": slide("Speaker note"),
        }
    )
    t = texts(one("deck.pptx", data))
    assert t['attachment "deck.pptx" › slide 1'] == "Case study: J Smith"
    assert t['attachment "deck.pptx" › slide 1 notes'] == "Speaker note"
    assert t['attachment "deck.pptx" › slide 2'] == "Outcomes\n3 starts"


def test_html_attachment() -> None:
    html = b"<html><body><h1>Exit report</h1><script>x()</script><p>Job started</p></body></html>"
    t = texts(one("report.htm", html, "text/html"))
    assert t['attachment "report.htm"'] == "Exit report\nJob started"


def test_html_preformatted_text_keeps_its_lines() -> None:
    # A CV pasted as <pre>: its headings stay on lines of their own; spaces elsewhere
    # still collapse, and a <pre> inside a <pre> is read once.
    html = (
        b"<html><body><p>See   below.</p><pre>JO BLOGGS\nLeeds\n\nPROFILE\nKeen.</pre>"
        b"<pre>A<pre>B\nC</pre></pre></body></html>"
    )
    t = texts(one("cv.htm", html, "text/html"))
    assert t['attachment "cv.htm"'] == "See below.\nJO BLOGGS\nLeeds\n\nPROFILE\nKeen.\nA\nB\nC"


def _rezip(data: bytes, change, extra: dict[str, bytes]) -> bytes:  # type: ignore[no-untyped-def]
    """The same package with its members passed through ``change(name, bytes)``
    (a member it maps to None is left out), and ``extra`` members added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = change(info.filename, src.read(info))
            if content is not None:
                dst.writestr(info, content)
        for name, content in extra.items():
            dst.writestr(name, content)
    return out.getvalue()


def test_docx_main_part_is_found_through_the_package_relationship() -> None:
    # Word may name the body part anything; the package's officeDocument
    # relationship and the content types say which part it is.
    def move(name: str, content: bytes) -> bytes | None:
        if name == "word/document.xml":
            return None
        if name in ("_rels/.rels", "[Content_Types].xml"):
            return content.replace(b"word/document.xml", b"word/body-main.xml")
        return content

    data = docx_file(["Moved body text"])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = zf.read("word/document.xml")
    moved = _rezip(data, move, {"word/body-main.xml": body})
    out = one("moved.docx", moved)
    assert texts(out)['attachment "moved.docx"'] == "Moved body text"
    assert out.opaque == []


def test_docx_with_a_damaged_member_is_corrupt() -> None:
    # Only the styles part is damaged (its CRC no longer matches), yet the file is
    # not what its sender wrote: corrupt, whatever part the text lives in.
    data = docx_file(["Body still readable"])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/styles.xml")
        offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    broken = bytearray(data)
    broken[offset + info.compress_size // 2] ^= 0xFF
    out = one("cv.docx", bytes(broken))
    assert reasons(out) == {'attachment "cv.docx"': "corrupt"}


def test_zip_that_is_not_a_word_package_is_corrupt() -> None:
    # A zip dressed as a DOCX (name and type) with no Word main part in it.
    fake_docx = zip_file({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<x/>"})
    out = one("letter.docx", fake_docx)
    assert reasons(out) == {'attachment "letter.docx"': "corrupt"}


def test_odt_whose_content_is_not_well_formed_xml_is_corrupt() -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Referral for a named participant"))
    buf = io.BytesIO()
    doc.write(buf)

    def break_content(name: str, content: bytes) -> bytes:
        # The text namespace undeclared: odfpy reads the body as nothing at all.
        declared = b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        return content.replace(declared, b"") if name == "content.xml" else content

    out = one("form.odt", _rezip(buf.getvalue(), break_content, {}))
    assert reasons(out) == {'attachment "form.odt"': "corrupt"}

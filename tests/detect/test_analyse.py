"""analyse(): real message bytes with real DOCX/XLSX/ZIP attachments built here,
through the real extractor and the scan."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import docx
import openpyxl
import pytest

from detectors.analyse import analyse, warm_up
from policies.terms import load_terms

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cv_docx(name: str, email: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(name)
    d.add_paragraph(email)
    for heading, text in (
        ("Work Experience", "Driver"),
        ("Education", "School"),
        ("Skills", "Driving"),
    ):
        d.add_heading(heading, 2)
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def list_xlsx(rows: int) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Referrals"
    ws.append(["Forename", "Surname", "NI Number"])
    for i in range(rows):
        ws.append([f"Ann{i}", "Smith", f"JT{123400 + i}B"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def message(*attachments: tuple[bytes, str, str, str], to: str = "sam.taylor77@gmail.com") -> bytes:
    m = EmailMessage()
    m["From"] = "Tom Jones <tom@provider.example>"
    m["To"] = to
    m["Subject"] = "Documents"
    m.set_content("Hi Sam,\n\nPlease see attached.\n\nThanks,\nTom")
    for data, main, sub, name in attachments:
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m.as_bytes()


def test_cv_sent_to_its_own_subject(nlp):
    warm_up(load_terms())
    own = "sam.taylor77@gmail.com"
    raw = message((cv_docx("Sam Taylor", own), *DOCX.split("/"), "cv.docx"))
    s = analyse(raw, "tom@provider.example", [own])
    assert s.kind_counts() == {"cv": 1}
    assert s.recipients_identified == [own]
    assert s.data_subjects == 1
    assert category_names(s) >= {"personal_email", "person_name"}


def test_spreadsheet_list_and_zipped_cvs(nlp):
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(3):
            zf.writestr(f"cv{i}.docx", cv_docx(f"Person{i} Jones", f"p{i}@gmail.com"))
    raw = message(
        (list_xlsx(40), *XLSX.split("/"), "list.xlsx"),
        (z.getvalue(), "application", "zip", "cvs.zip"),
        to="priya@employer.example",
    )
    s = analyse(raw, "tom@provider.example", ["priya@employer.example"])
    assert s.kind_counts() == {"cv": 3, "name_list": 1}
    assert s.category_counts()["nino"] == 40
    assert s.data_subjects == 43
    assert "40 rows" in s.people_evidence and "list.xlsx" in s.people_evidence
    assert s.recipients_identified == []


def category_names(scan) -> set[str]:
    return {f.category.value for f in scan.findings}


def test_twelve_cvs_in_one_real_pdf_are_twelve_cvs(nlp):
    from faker import Faker
    from fpdf import FPDF

    fake = Faker("en_GB")
    fake.seed_instance(12)
    doc = FPDF()
    doc.set_font("helvetica", size=11)
    for _ in range(12):
        doc.add_page()
        name = fake.name()
        cv = (
            f"{name}\n{fake.user_name()}@outlook.com\n\nPersonal profile\nHard working.\n\n"
            "Employment history\nWarehouse, 2020-2024\n\nEducation\nCollege\n\nSkills\nTeamwork"
        )
        doc.multi_cell(0, 6, cv, new_x="LMARGIN", new_y="NEXT")
    pdf = (bytes(doc.output()), "application", "pdf", "candidates.pdf")
    s = analyse(message(pdf, to="hr@acme.example"), "tom@provider.example", ["hr@acme.example"])
    assert s.kind_counts() == {"cv": 12}
    assert s.data_subjects == 12


def _list_mail(rows_text: str) -> bytes:
    m = EmailMessage()
    m["Subject"], m["From"], m["To"] = "List", "tom@provider.example", "steve@dwp.example"
    m.set_content(f"Steve,\n\n{rows_text}\n\nPriya\n")
    return m.as_bytes()


def _people_rows(n: int) -> list[tuple[str, str, str]]:
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(5)
    return [
        (fake.last_name(), fake.first_name(), f"{fake.date_of_birth(minimum_age=19):%d/%m/%Y}")
        for _ in range(n)
    ]


@pytest.mark.parametrize("layout", ["markdown", "aligned"])
def test_dates_of_birth_under_a_typed_header_are_dates_of_birth(nlp, layout):
    warm_up(load_terms())
    rows = _people_rows(8)
    if layout == "markdown":
        lines = ["| Surname | Forename | DOB |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    else:
        lines = [f"{'Surname':<14}{'Forename':<14}DOB"] + [f"{a:<14}{b:<14}{c}" for a, b, c in rows]
    s = analyse(_list_mail("\n".join(lines)), "tom@provider.example", ["steve@dwp.example"])
    dobs = [f for f in s.findings if f.category == "dob"]
    in_table = [f for f in dobs if "table 1" in f.location]
    assert len(in_table) == 8 and {f.key for f in dobs} == {f.key for f in in_table}
    assert s.data_subjects == 8

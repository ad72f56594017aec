"""Real .eml files for the CLI tests: synthetic people (Faker en_GB), real DOCX/XLSX."""

from __future__ import annotations

import io
import random
from email.message import EmailMessage

import docx
import openpyxl
from faker import Faker

# NINO prefix letters the format allows (RULES.md "What counts as claimant data").
_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def make_nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(_FIRST) + rng.choice(_SECOND)
        if prefix not in _BAD_PREFIXES:
            break
    digits = f"{rng.randrange(10**6):06d}"
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def faker(seed: int = 7) -> Faker:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return fake


def message(
    sender: str, to: list[str], subject: str, body: str, attachments=(), cc: list[str] = ()
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Message-ID"] = "<test-1@provider.example>"
    msg.set_content(body)
    for filename, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def cv_docx(fake: Faker, nino: str | None = None) -> bytes:
    doc = docx.Document()
    doc.add_heading(fake.name(), level=1)
    # Real place names: Faker's ("Lynda Bridge", "Stephaniemouth") read as people to NER.
    street = fake.random_element(["Station Road", "High Street", "Park Avenue"])
    town = fake.random_element(["Leeds", "Bristol", "Sheffield", "Nottingham", "Derby"])
    doc.add_paragraph(f"{fake.random_int(1, 200)} {street}, {town} {fake.postcode()}")
    doc.add_paragraph(f"Mobile: 07700 900{fake.random_int(100, 999)}")
    if nino:
        doc.add_paragraph(f"National Insurance number: {nino}")
    for heading, text in (
        ("Personal profile", "Reliable warehouse operative with forklift experience."),
        ("Work experience", "Picker and packer at a regional distribution centre, 2019–2024."),
        ("Education", "GCSEs in English and Maths."),
        ("Skills", "Forklift licence, stock control, team work."),
    ):
        doc.add_paragraph(heading)
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def name_list_xlsx(fake: Faker, rng: random.Random, rows: int) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Referrals"
    ws.append(["Surname", "Forename", "NINO", "Interview date"])
    for _ in range(rows):
        ws.append([fake.last_name(), fake.first_name(), make_nino(rng), "12/03/2026"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

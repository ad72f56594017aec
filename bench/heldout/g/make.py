#!/usr/bin/env python3
"""Held-out set G: Pendle & Ribble Employment Trust (Lancashire charity, WHP prime).

One deterministic generator.  Writes mail/hg-NNN.eml, labels.jsonl and consent.txt
into this folder, then runs a self-check that re-derives every label from the rules
(its own implementation of the corpus README precedence) and re-parses every message.

    /tmp/hc-venv/bin/python make.py          # build + self-check
    /tmp/hc-venv/bin/python make.py --check  # self-check only
"""
import base64
import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib
from email import policy as email_policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import formataddr, getaddresses, parseaddr

import docx
import openpyxl
import pyzipper
import pyzipper.zipfile_aes
from faker import Faker
from fpdf import FPDF
import fpdf.encryption
from odf.opendocument import OpenDocumentText, load as odf_load
from odf import text as odf_text, table as odf_table, teletype
from PIL import Image, ImageDraw
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL = os.path.join(HERE, "mail")

# ----------------------------------------------------------------------------- world
INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
DESIG_DWP = "whp.provider-inbox@dwp.gov.uk"
DESIG_PROV = "whp.dataexchange@provider.example.org.uk"
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
FREEMAIL = {"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"}
TAG = "[ENCRYPT]"

# this set's own third parties
EMP = {
    "precast": "pendle-precast.co.uk",
    "foods": "ribblevalley-foods.co.uk",
    "carriers": "colne-carriers.co.uk",
    "textiles": "brierfield-textiles.co.uk",
    "hotel": "weavers-wharf-hotel.co.uk",
    "care": "calder-brook-care.co.uk",
    "bus": "towneley-transport.co.uk",
    "bakery": "barrowford-bakehouse.co.uk",
}
NHS = "lancs-mindcare-nhs.org.uk"            # NHS mental-health trust (invented)
PDU = "eastlancs-pdu-probation.org.uk"       # probation delivery unit
HOUSING = "pennine-vale-housing.org.uk"      # housing association
MOSQUE = "noorul-islam-centre.org.uk"        # mosque-run community centre
CU = "pendleside-creditunion.co.uk"          # credit union
COLLEGE = "ribble-valley-college.ac.uk"      # FE college
ENTERPRISE = "redrose-startups.co.uk"        # self-employment support partner
PRINT = "hyndburn-printworks.co.uk"          # print supplier
TESTCTR = "lancs-cscs-testing.co.uk"         # test centre
LOOKALIKE = "bridgeway-support.co.uk"        # look-alike of the approved partner: third party

ORG = "Pendle & Ribble Employment Trust"

C15 = {"exit_report", "change_of_circumstances", "whp_eb_customer_form"}
DWP_ONE = {"ucnea1", "good_news_story"}
LETTER_OK = {"letter_interview", "letter_job_offer", "letter_appointment"}
LETTERS = LETTER_OK | {"letter_other"}
FORMS = {"application_form", "application_form_couple"}
LISTS = {"name_list", "nino_list"}
LIST_OK_COLS = {"surname", "forename", "initial", "name", "nino", "ref", "date", "course", "status", "office"}
LIST_BAD_COLS = {"dob", "address", "postcode", "phone", "email", "benefit_amount"}

GUIDANCE = {
    "no_claimant_data": "RULES 'About a person, not about a word'",
    "one_name": "¶18",
    "cv_to_claimant": "¶17",
    "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24",
    "letters_up_to_10": "¶24-28",
    "names_list_500": "¶29-31",
    "nino_only_list": "¶31",
    "dwp_names_list": "¶36, ¶29-31",
    "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49",
    "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES Outcomes",
    "encrypt_special_category": "¶25-26, ¶32",
    "encrypt_nino": "¶27, ¶33",
    "encrypt_dob_bank": "¶23, ¶32",
    "encrypt_benefit_children": "¶30, ¶32",
    "encrypt_beyond_name": "¶18",
    "encrypt_over_limit": "¶19, ¶21, ¶24, ¶31",
    "encrypt_list_forbidden_column": "¶29-30",
    "encrypt_letter_kind": "¶24-25",
    "encrypt_dwp_process": "¶34-36, C15 ¶46-49",
    "encrypt_claimant_recipient": "¶17, ¶24-28, ¶32",
    "encrypt_sender_tag": "RULES sender-requested encryption",
    "encrypt_password_protected": "RULES reject/encrypt defaults",
    "encrypt_no_text_scan": "RULES reject/encrypt defaults",
    "reject_cv_no_consent": "¶17",
    "reject_uninspectable": "RULES reject regardless of encryption",
}
ACTION_OF = {r: ("relay" if not (r.startswith("encrypt") or r.startswith("reject")) else
                 ("reject" if r.startswith("reject") else "encrypt")) for r in GUIDANCE}

FIXED_ZIP_DATE = (2025, 3, 3, 9, 0, 0)
FIXED_DT = dt.datetime(2025, 3, 3, 9, 0, 0, tzinfo=dt.timezone.utc)

# ----------------------------------------------------------------------------- determinism
_RNG = random.Random(0)


def _urandom(n):
    return bytes(_RNG.getrandbits(8) for _ in range(n))


class _FakeRandom:
    @staticmethod
    def new():
        class R:
            def read(self, n):
                return _urandom(n)
        return R()


fpdf.encryption.urandom = _urandom
pyzipper.zipfile_aes.Random = _FakeRandom


def seed_of(name):
    return zlib.crc32(name.encode())


# ----------------------------------------------------------------------------- synthetic values
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Da-d])(?![A-Za-z0-9])")


def valid_prefix(p):
    p = p.upper()
    return p[0] in NINO_FIRST and p[1] in NINO_SECOND and p not in BAD_PREFIX


def find_ninos(text):
    t = re.sub(r"\s+", " ", text)
    out = set()
    for m in NINO_RE.finditer(t):
        if valid_prefix(m.group(1)):
            out.add("".join(m.groups()).upper())
    return out


def mk_nino(r):
    while True:
        p = r.choice(NINO_FIRST) + r.choice(NINO_SECOND)
        if valid_prefix(p):
            break
    return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


def fmt_nino(n, style="spaced"):
    if style == "spaced":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    if style == "lower":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}".lower()
    if style == "mixed":
        return n[0] + n[1].lower() + n[2:8] + n[8].lower()
    return n


def mk_phone(r):
    k = r.randint(0, 3)
    if k == 0:
        return f"07700 900{r.randint(0, 999):03d}"
    if k == 1:
        return f"0113 496 0{r.randint(0, 999):03d}"
    if k == 2:
        return f"0161 496 0{r.randint(0, 999):03d}"
    return f"020 7946 0{r.randint(0, 999):03d}"


def mk_mobile(r):
    return f"07700 900{r.randint(0, 999):03d}"


LANCS_AREAS = [("BB", "Burnley"), ("BB", "Nelson"), ("BB", "Colne"), ("BB", "Blackburn"),
               ("PR", "Preston"), ("BB", "Accrington"), ("BB", "Clitheroe"), ("PR", "Leyland")]


def mk_address(r, fk):
    area, town = r.choice(LANCS_AREAS)
    pc = f"{area}{r.randint(1, 12)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    street = fk.street_name()
    return f"{r.randint(2, 140)} {street}, {town}", pc


def mk_sortcode(r):
    return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"


def mk_account(r):
    return "".join(str(r.randint(0, 9)) for _ in range(8))


def mk_iban(r, bank="PRXB"):
    sc = "".join(str(r.randint(0, 9)) for _ in range(6))
    acct = mk_account(r)
    bban = bank + sc + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    check = 98 - int(num) % 97
    ib = f"GB{check:02d}{bban}"
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban_ok(ib):
    s = ib.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def luhn_ok(num):
    d = [int(x) for x in num if x.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def mk_card(r):
    d = [4] + [r.randint(0, 9) for _ in range(14)]
    for last in range(10):
        if luhn_ok("".join(map(str, d + [last]))):
            s = "".join(map(str, d + [last]))
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second",
       23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
       27: "twenty-seventh", 28: "twenty-eighth"}


def mk_dob(r, lo=1962, hi=2003):
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def ascii_only(s):
    return s.encode("latin-1", "replace").decode("latin-1")


# ----------------------------------------------------------------------------- zip fixing
def fix_zip(data, odt=False):
    """Rewrite an OOXML/ODF zip with fixed timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                s = body.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                           r"\g<1>2025-03-03T09:00:00Z\3", s)
                s = re.sub(r"(<(meta:creation-date|dc:date)>)[^<]*(</\2>)", r"\g<1>2025-03-03T09:00:00\3", s)
                body = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if (odt and info.filename == "mimetype") else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# ----------------------------------------------------------------------------- document builders
def docx_bytes(blocks, title="Document"):
    d = docx.Document()
    d.core_properties.author = ORG
    d.core_properties.title = title
    d.core_properties.created = dt.datetime(2025, 3, 3, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2025, 3, 3, 9, 0, 0)
    d.core_properties.last_modified_by = ORG
    d.core_properties.revision = 1
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(x) for x in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
        elif kind == "break":
            d.add_page_break()
    bio = io.BytesIO()
    d.save(bio)
    return fix_zip(bio.getvalue())


class _PDF(FPDF):
    pass


def pdf_bytes(pages, password=None, title="Document"):
    """pages: list of lists of blocks ('h',t) ('p',t) ('table',rows) ('small',t)."""
    pdf = _PDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(title)
    pdf.set_author(ORG)
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_creator("Microsoft Word")
    pdf.set_auto_page_break(True, margin=15)
    if password:
        from fpdf.enums import EncryptionMethod
        pdf.set_encryption(owner_password=password + "-own", user_password=password,
                           encryption_method=EncryptionMethod.AES_128)
    for blocks in pages:
        pdf.add_page()
        for b in blocks:
            kind = b[0]
            if kind == "h":
                pdf.set_font("Helvetica", "B", 14)
                pdf.multi_cell(0, 8, ascii_only(b[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(0, 5.5, ascii_only(b[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font("Helvetica", "", 8)
                pdf.multi_cell(0, 4, ascii_only(b[1]), new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                pdf.set_font("Helvetica", "", 9)
                rows = b[1]
                ncol = max(len(x) for x in rows)
                w = (pdf.w - 20) / ncol
                for row in rows:
                    for cell in row:
                        pdf.cell(w, 6, ascii_only(str(cell))[:60], border=1)
                    pdf.ln(6)
                pdf.ln(3)
    return bytes(pdf.output())


def acroform_pdf(title, fields):
    """A fillable PDF: static labels in the page, answers only in the field values."""
    objs = []
    labels = []
    y = 780
    labels.append(f"BT /F1 15 Tf 50 {y} Td ({title}) Tj ET")
    y -= 40
    rects = []
    for (name, label, value) in fields:
        labels.append(f"BT /F1 10 Tf 50 {y} Td ({label}) Tj ET")
        rects.append((name, value, [220, y - 4, 540, y + 12]))
        y -= 28
    content = "\n".join(labels).encode("latin-1")
    nf = len(fields)
    # 1 catalog, 2 pages, 3 page, 4 content, 5 font, 6.. fields
    field_ids = list(range(6, 6 + nf))
    objs.append(f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{' '.join(f'{i} 0 R' for i in field_ids)}] "
                f"/NeedAppearances true /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >> >>".encode())
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                f"/Resources << /Font << /F1 5 0 R >> >> /Annots [{' '.join(f'{i} 0 R' for i in field_ids)}] >>".encode())
    objs.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for (name, value, rect) in rects:
        v = ascii_only(value).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        objs.append(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({name}) /V ({v}) /Rect [{' '.join(map(str, rect))}] "
                    f"/P 3 0 R /F 4 /DA (/Helv 10 Tf 0 g) >>".encode("latin-1"))
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def odt_bytes(paras, table=None):
    doc = OpenDocumentText()
    for p in paras:
        doc.text.addElement(odf_text.P(text=p))
    if table:
        t = odf_table.Table(name="Form")
        ncol = max(len(r) for r in table)
        t.addElement(odf_table.TableColumn(numbercolumnsrepeated=ncol))
        for row in table:
            tr = odf_table.TableRow()
            for cell in row:
                tc = odf_table.TableCell()
                tc.addElement(odf_text.P(text=str(cell)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return fix_zip(bio.getvalue(), odt=True)


def xlsx_bytes(sheets):
    """sheets: list of dicts name, rows, hidden_cols (letters), state ('visible'/'hidden')."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s["name"])
        for row in s["rows"]:
            ws.append(list(row))
        for col in s.get("hidden_cols", []):
            ws.column_dimensions[col].hidden = True
        if s.get("state"):
            ws.sheet_state = s["state"]
    wb.properties.creator = ORG
    wb.properties.created = dt.datetime(2025, 3, 3, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 3, 3, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return fix_zip(bio.getvalue())


def csv_bytes(rows, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


def zip_bytes(entries, password=None):
    out = io.BytesIO()
    if password:
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for name, data in entries:
                zi = pyzipper.zipfile_aes.AESZipInfo(name, FIXED_ZIP_DATE)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                z.writestr(zi, data)
    else:
        with zipfile.ZipFile(out, "w") as z:
            for name, data in entries:
                zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    return out.getvalue()


def scan_image(lines, r, fmt="JPEG", size=(1240, 1754)):
    img = Image.new("L", size, 245)
    d = ImageDraw.Draw(img)
    y = 90
    for ln in lines:
        d.text((80 + r.randint(-3, 3), y), ascii_only(ln), fill=r.randint(20, 60))
        y += 34
    # copier noise
    for _ in range(900):
        x, yy = r.randint(0, size[0] - 1), r.randint(0, size[1] - 1)
        img.putpixel((x, yy), r.randint(120, 200))
    img = img.rotate(r.uniform(-1.2, 1.2), fillcolor=245)
    bio = io.BytesIO()
    if fmt == "JPEG":
        img.save(bio, "JPEG", quality=70)
    else:
        img.save(bio, "PNG")
    return bio.getvalue()


def scan_pdf(pages_lines, r):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer("RICOH MP C3004 Scan")
    for lines in pages_lines:
        pdf.add_page()
        img = scan_image(lines, r, "JPEG", size=(827, 1169))
        pdf.image(io.BytesIO(img), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def logo_png():
    img = Image.new("RGB", (180, 48), (18, 84, 66))
    d = ImageDraw.Draw(img)
    d.text((10, 16), "Pendle & Ribble ET", fill=(255, 255, 255))
    bio = io.BytesIO()
    img.save(bio, "PNG")
    return bio.getvalue()


def ics_bytes(uid, summary, start, end, location, description, organizer, attendees):
    esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250303T090000Z",
             f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}"]
    desc = "DESCRIPTION:" + esc(description)
    while len(desc) > 74:
        lines.append(desc[:74])
        desc = " " + desc[74:]
    lines.append(desc)
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")


def corrupt_bytes(r, kind):
    if kind == "truncated_pdf":
        good = pdf_bytes([[("p", "x" * 400)] * 6])
        return good[: len(good) // 3]
    if kind == "random":
        return bytes(r.getrandbits(8) for _ in range(r.randint(3000, 9000)))
    if kind == "truncated_zip":
        good = zip_bytes([("a.txt", b"y" * 5000), ("b.txt", bytes(r.getrandbits(8) for _ in range(6000)))])
        return good[: len(good) // 2]
    if kind == "broken_docx":
        good = docx_bytes([("p", "placeholder")])
        return b"PK\x03\x04" + good[40:len(good) // 2]
    if kind == "zeros":
        return b"\x00" * 4096 + bytes(r.getrandbits(8) for _ in range(500))
    raise ValueError(kind)


# ----------------------------------------------------------------------------- staff and house style
STAFF = {
    "amina": ("Amina Rashid", "amina.rashid", "Employment Adviser", "Nelson"),
    "tomasz": ("Tomasz Zielinski", "tomasz.zielinski", "Employer Engagement Adviser", "Burnley"),
    "bev": ("Bev Holt", "bev.holt", "Team Leader", "Burnley"),
    "imran": ("Imran Mahmood", "imran.mahmood", "Self-Employment Adviser", "Blackburn"),
    "gosia": ("Gosia Kowal", "gosia.kowal", "Employment Adviser", "Colne"),
    "dean": ("Dean Whittaker", "dean.whittaker", "Health & Wellbeing Coordinator", "Accrington"),
    "sadia": ("Sadia Iqbal", "sadia.iqbal", "Data & Compliance Officer", "Nelson"),
    "karen": ("Karen Ashworth", "karen.ashworth", "Finance Officer", "Nelson"),
    "rizwan": ("Rizwan Akhtar", "rizwan.akhtar", "Employer Engagement Adviser", "Blackburn"),
    "lucy": ("Lucy Pilkington", "lucy.pilkington", "Employment Adviser", "Preston"),
    "kuba": ("Kuba Nowicki", "kuba.nowicki", "Justice Pathway Adviser", "Burnley"),
    "shaz": ("Shazia Begum", "shazia.begum", "Employment Adviser", "Blackburn"),
}
SHARED = {
    "nelson": ("PRET Nelson Team", "nelson.team"),
    "employers": ("PRET Employer Team", "employers"),
    "selfemp": ("PRET Self-Employment", "selfemployed"),
    "data": ("WHP Data Exchange", "whp.dataexchange"),
    "crm": ("PathwayHub", "pathwayhub-noreply"),
    "finance": ("PRET Finance", "finance"),
}
OFFICES = {
    "Nelson": "Unit 4, Pendle Rise Business Centre, Nelson BB9 7ZT",
    "Burnley": "2nd Floor, Weavers House, Manchester Road, Burnley BB11 9XA",
    "Blackburn": "The Exchange, King Street, Blackburn BB2 9QQ",
    "Colne": "Colne Library Annexe, Market Street, Colne BB8 9ZE",
    "Accrington": "Hyndburn Enterprise Centre, Accrington BB5 9YY",
    "Preston": "Suite 12, Fishergate Court, Preston PR1 9WW",
}


def addr_of(key):
    if key in STAFF:
        return STAFF[key][1] + "@" + INTERNAL
    return SHARED[key][1] + "@" + INTERNAL


def name_of(key):
    return STAFF[key][0] if key in STAFF else SHARED[key][0]


DEVICE = ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy",
          "Wysłane z iPhone'a", "Sent from my iPhone - sorry for typos"]


def sig(key, r, style=None, mobile=True):
    """Staff signature; the work mobile in it is about nobody."""
    if key not in STAFF:
        return f"\n--\n{name_of(key)}\n{ORG}\n{OFFICES['Nelson']}\n0161 496 0{r.randint(100, 999)}\n"
    name, _, title, office = STAFF[key]
    style = style if style is not None else r.randint(0, 4)
    first = name.split()[0]
    mob = mk_mobile(r)
    if style == 0:
        return f"\n{first}\n\n{DEVICE[r.randint(0, len(DEVICE) - 1)]}\n"
    if style == 1:
        return f"\nta\n{first} x\n"
    if style == 2:
        s = f"\nKind regards\n\n{name}\n{title} | {ORG}\n{OFFICES[office]}\n"
        if mobile:
            s += f"Work mobile: {mob}\n"
        s += "My working days are Mon-Thurs.\n"
        return s
    if style == 3:
        return (f"\nThanks\n{name}\n{title}\n{ORG} - changing lives across Pendle, Burnley & Ribble Valley\n"
                f"M: {mob}  T: 0161 496 0{r.randint(100, 999)}\n")
    return f"\nCheers, {first}\n{title}, {ORG}\nM {mob}\n\n{DEVICE[r.randint(0, 2)]}\n"


DISCLAIMERS = [
    ("This e-mail and any attachment are confidential and may contain personal data, including special "
     "category data such as information about health, disability or criminal convictions. If you are not "
     "the intended recipient please tell the sender and delete it. " + ORG + " is a registered charity "
     "(no. 1190345) and a company limited by guarantee (no. 11987654)."),
    ("Pendle & Ribble Employment Trust is a Disability Confident Leader and a Mindful Employer. We support "
     "people with health conditions, people in recovery from drug and alcohol use and people with "
     "convictions into work. Confidential: if this reached you by mistake, please let us know and delete it."),
    ("DISCLAIMER: views expressed are the sender's own. We process personal and special category data under "
     "our DWP contract; see our privacy notice at pret-employment.org.uk/privacy. Charity no. 1190345."),
]


def disclaimer(r):
    return "\n\n" + DISCLAIMERS[r.randint(0, len(DISCLAIMERS) - 1)] + "\n"


# ----------------------------------------------------------------------------- MIME helpers
def textpart(s, subtype="plain", enc="7bit"):
    if enc == "7bit" and not s.isascii():
        enc = "qp"
    if enc == "7bit":
        return MIMEText(s, subtype, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP if enc == "qp" else BASE64
    cs.header_encoding = QP
    p = MIMEText("", subtype, cs)
    p.set_payload(s, cs)
    return p


def text_to_html(s):
    import html as _h
    paras = [p for p in s.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p class=MsoNormal>" + _h.escape(p).replace("\n", "<br>") + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>"
            "<body lang=EN-GB>" + "\n".join(out) + "</body></html>")


def att(filename, data, ctype=None):
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt": "application/vnd.oasis.opendocument.text",
            "csv": "text/csv", "txt": "text/plain", "ics": "text/calendar",
            "zip": "application/zip", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
        }.get(ext, "application/octet-stream")
    maint, sub = ctype.split("/")
    if maint == "text":
        p = MIMEText(data.decode("utf-8"), sub, "utf-8")
        if sub == "calendar":
            p.set_param("method", "REQUEST")
    elif maint == "image":
        p = MIMEImage(data, sub)
    else:
        p = MIMEApplication(data, sub)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    if maint != "text":
        p.set_param("name", filename)
    return p


def nested(msg, filename=None):
    p = MIMEMessage(msg)
    if filename:
        p.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        p.add_header("Content-Disposition", "inline")
    return p


def build(text=None, html=None, atts=(), logo=False, enc="7bit", html_from_text=False):
    if html_from_text and text and not html:
        html = text_to_html(text)
    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(textpart(text, "plain", enc))
        hp = textpart(html, "html", "qp" if enc == "7bit" else enc)
        if logo:
            rel = MIMEMultipart("related")
            rel.attach(hp)
            im = MIMEImage(logo_png(), "png")
            im.add_header("Content-ID", "<pretlogo@provider.example.org.uk>")
            im.add_header("Content-Disposition", "inline", filename="image001.png")
            rel.attach(im)
            body.attach(rel)
        else:
            body.attach(hp)
    elif html is not None:
        hp = textpart(html, "html", "qp" if enc == "7bit" else enc)
        if logo:
            body = MIMEMultipart("related")
            body.attach(hp)
            im = MIMEImage(logo_png(), "png")
            im.add_header("Content-ID", "<pretlogo@provider.example.org.uk>")
            im.add_header("Content-Disposition", "inline", filename="image001.png")
            body.attach(im)
        else:
            body = hp
    else:
        body = textpart(text or "", "plain", enc)
    if atts:
        m = MIMEMultipart("mixed")
        m.attach(body)
        for a in atts:
            m.attach(a)
        return m
    return body


def smime_signed(inner, r):
    m = MIMEMultipart("signed", protocol="application/pkcs7-signature", micalg="sha-256")
    m.attach(inner)
    sig_der = b"\x30\x82\x06\x1b\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + _urandom(1500)
    p = MIMEApplication(sig_der, "pkcs7-signature", name="smime.p7s")
    p.add_header("Content-Disposition", "attachment", filename="smime.p7s")
    m.attach(p)
    return m


def smime_enveloped(r):
    blob = b"\x30\x82\x0b\x4a\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03" + _urandom(2800)
    p = MIMEApplication(blob, "pkcs7-mime", name="smime.p7m")
    p.set_param("smime-type", "enveloped-data")
    p.add_header("Content-Disposition", "attachment", filename="smime.p7m")
    return p


def pgp_armor(r):
    raw = b"\x85\x02\x0c\x03" + _urandom(900)
    b = base64.b64encode(raw).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    crc = base64.b64encode(zlib.crc32(raw).to_bytes(4, "big")[1:]).decode()
    return f"-----BEGIN PGP MESSAGE-----\n\n{body}\n={crc}\n-----END PGP MESSAGE-----\n"


def pgp_mime(r):
    m = MIMEMultipart("encrypted", protocol="application/pgp-encrypted")
    v = MIMEApplication(b"Version: 1\n", "pgp-encrypted", _encoder=lambda x: None)
    v.set_payload("Version: 1\n")
    m.attach(v)
    e = MIMEApplication(b"", "octet-stream", _encoder=lambda x: None)
    e.set_payload(pgp_armor(r))
    e.add_header("Content-Disposition", "inline", filename="encrypted.asc")
    m.attach(e)
    return m


def nested_msg(frm, to, subject, text, date="Mon, 24 Feb 2025 10:12:00 +0000", atts=(), html=None):
    m = build(text=text, html=html, atts=atts)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    return m


# ----------------------------------------------------------------------------- cases
CASES = []
CONSENT = []


def truth(**kw):
    d = dict(ninos=0, dob=False, bank=False, special=[], benefit_payment=False, children=False,
             contact_details=False, data_subjects=0, doc_kinds=[])
    for k in kw:
        assert k in d, k
    d.update(kw)
    return d


def facts(**kw):
    d = dict(encrypted=False, opaque=False, pw=False, cv_count=0, form_people=0, letters=[],
             list_rows=0, list_cols=[], nino_only=False, records=0, fwd_record=False,
             name_only=False, extra=[], own_rcpt=[])
    for k in kw:
        assert k in d, k
    d.update(kw)
    return d


def _addr(x):
    if isinstance(x, tuple):
        return x
    if "@" not in x:
        return (name_of(x), addr_of(x))
    return ("", x)


def case(scen, frm, to, subject, msg, rule, t, f, notes, cc=(), bcc=(), hdrs=(), crlf=False):
    fa = _addr(frm)
    tos = [_addr(x) for x in to]
    ccs = [_addr(x) for x in cc]
    bccs = [_addr(x) for x in bcc]
    assert rule in GUIDANCE, rule
    CASES.append(dict(scenario=scen, frm=fa, to=tos, cc=ccs, bcc=bccs, subject=subject, msg=msg,
                      rule=rule, truth=t, facts=f, notes=notes, hdrs=list(hdrs), crlf=crlf))


def rclass(a, f, consent):
    a = a.lower()
    dom = a.split("@")[1]
    if dom in DWP_DOMAINS:
        return "dwp"
    if dom in SUPPLY:
        return "supply_chain"
    if dom == INTERNAL:
        return "internal"
    if dom in FREEMAIL and (a in consent or a in [x.lower() for x in f["own_rcpt"]]):
        return "claimant"
    return "third_party"


def has_data(t):
    return bool(t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"]
                or t["contact_details"] or t["data_subjects"])


def cat_rule(t):
    if t["special"]:
        return "encrypt_special_category"
    if t["ninos"]:
        return "encrypt_nino"
    if t["dob"] or t["bank"]:
        return "encrypt_dob_bank"
    if t["benefit_payment"] or t["children"]:
        return "encrypt_benefit_children"
    return "encrypt_beyond_name"


def list_rule(t, f, ok):
    if t["special"]:
        return "encrypt_special_category"
    if f["extra"]:
        return cat_rule(t)
    if f["nino_only"]:
        return ok if ok == "dwp_names_list" else "nino_only_list"
    if set(f["list_cols"]) & LIST_BAD_COLS or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"] \
            or t["contact_details"]:
        return "encrypt_list_forbidden_column"
    assert set(f["list_cols"]) <= LIST_OK_COLS, f["list_cols"]
    if f["list_rows"] > 500:
        return "encrypt_over_limit"
    return ok


def decide(cls, addr, t, f, mail_from, consent):
    if not has_data(t):
        return "no_claimant_data"
    if cls == "internal":
        return None
    dk = set(t["doc_kinds"])
    ex = f["extra"]
    sens = t["special"] or t["ninos"] or t["bank"]
    if cls == "dwp":
        if dk & DWP_ONE:
            if f["records"] == 1 and not ex and dk <= DWP_ONE:
                return "dwp_ucnea1_gns"
            return "encrypt_dwp_process"
        if dk & C15:
            if (f["records"] == 1 and not ex and dk <= C15 and mail_from.lower() == DESIG_PROV
                    and addr.lower() == DESIG_DWP):
                return "dwp_c15_process"
            return "encrypt_dwp_process"
        if dk & ({"cv"} | FORMS | LETTERS):
            return "encrypt_dwp_process"
        if dk & LISTS:
            return list_rule(t, f, "dwp_names_list")
        if f["name_only"]:
            return "one_name"
        return cat_rule(t)
    if cls == "claimant":
        if (dk == {"cv"} and f["cv_count"] == 1 and addr.lower() in consent and not ex
                and not (t["ninos"] or t["dob"] or t["bank"] or t["special"])):
            return "cv_to_claimant"
        if (dk and dk <= LETTER_OK and len(f["letters"]) <= 10 and not ex and not sens):
            return "letters_up_to_10"
        return "encrypt_claimant_recipient"
    # supply chain and third parties
    if f["fwd_record"]:
        if cls == "supply_chain" and f["records"] == 1 and not ex:
            return "forward_subcontractor"
        return cat_rule(t)
    if dk & LISTS:
        return list_rule(t, f, "names_list_500")
    if dk == {"cv"}:
        if f["cv_count"] > 10:
            return "encrypt_over_limit"
        if ex or t["special"] or t["ninos"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"]:
            return cat_rule(t)
        return "cvs_up_to_10"
    if dk and dk <= FORMS:
        if f["form_people"] > 10:
            return "encrypt_over_limit"
        if ex or t["special"] or t["ninos"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"]:
            return cat_rule(t)
        return "application_forms_up_to_10"
    if dk and dk <= LETTERS:
        if not dk <= LETTER_OK:
            return "encrypt_letter_kind"
        if len(f["letters"]) > 10:
            return "encrypt_over_limit"
        if ex or sens or t["dob"] or t["benefit_payment"] or t["children"]:
            return cat_rule(t)
        return "letters_up_to_10"
    if dk:
        return cat_rule(t)
    if f["name_only"]:
        return "one_name"
    return cat_rule(t)


RANK = {"relay": 0, "encrypt": 1, "reject": 2}


def derive(lab, subject, consent):
    t, f = lab["truth"], lab["facts"]
    rc = lab["rcpt_to"]
    if f["encrypted"]:
        return "already_encrypted"
    if f["opaque"] == "corrupt":
        return "reject_uninspectable"
    if f["opaque"] == "scan":
        return "encrypt_no_text_scan"
    if f["cv_count"] > 0:
        for a in rc:
            if rclass(a, f, consent) == "claimant" and a.lower() not in consent:
                return "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt_password_protected"
    if TAG in subject:
        return "encrypt_sender_tag"
    best = None
    for a in rc:
        r = decide(rclass(a, f, consent), a, t, f, lab["mail_from"], consent)
        if r is None:
            continue
        if best is None or RANK[ACTION_OF[r]] > RANK[ACTION_OF[best]]:
            best = r
    return best


# ----------------------------------------------------------------------------- writing
def _fmt(a):
    n, ad = a
    if not n:
        return ad
    return formataddr((n, ad), charset="utf-8") if not n.isascii() else formataddr((n, ad))


def render(c, cid, idx):
    s = seed_of(c["scenario"])
    _RNG.seed(s)
    m = c["msg"]
    # boundaries
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_PRET_{s:08x}_{i:02d}")
            i += 1
    for h in ("From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version"):
        del m[h]
    hdrs = []
    hdrs.append(("From", _fmt(c["frm"])))
    hdrs.append(("To", ", ".join(_fmt(a) for a in c["to"])))
    if c["cc"]:
        hdrs.append(("Cc", ", ".join(_fmt(a) for a in c["cc"])))
    subj = c["subject"]
    hdrs.append(("Subject", subj if subj.isascii() else Header(subj, "utf-8").encode()))
    when = FIXED_DT + dt.timedelta(days=s % 40, minutes=(s >> 8) % 600)
    hdrs.append(("Date", when.strftime("%a, %d %b %Y %H:%M:%S +0000")))
    hdrs.append(("Message-ID", f"<{s:08x}.{idx:03d}@{INTERNAL}>"))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += c["hdrs"]
    old = [(k, v) for k, v in m.items()]
    for k, _ in old:
        del m[k]
    for k, v in hdrs + [(k, v) for k, v in old if k.lower() != "mime-version"]:
        m[k] = v
    bio = io.BytesIO()
    pol = email_policy.compat32.clone(linesep="\r\n" if (c["crlf"] or s % 9 == 0) else "\n")
    BytesGenerator(bio, mangle_from_=False, policy=pol).flatten(m)
    return bio.getvalue()


def write_all():
    os.makedirs(MAIL, exist_ok=True)
    for fn in os.listdir(MAIL):
        if fn.endswith(".eml"):
            os.remove(os.path.join(MAIL, fn))
    order = list(range(len(CASES)))
    random.Random(1803).shuffle(order)
    consent = sorted(set(a.lower() for a in CONSENT))
    with open(os.path.join(HERE, "consent.txt"), "w") as fh:
        fh.write("\n".join(consent) + "\n")
    labels = []
    for num, ci in enumerate(order, 1):
        c = CASES[ci]
        cid = f"hg-{num:03d}"
        data = render(c, cid, num)
        with open(os.path.join(MAIL, cid + ".eml"), "wb") as fh:
            fh.write(data)
        rc = [a for _, a in c["to"] + c["cc"] + c["bcc"]]
        lab = dict(id=cid, file=f"mail/{cid}.eml", mail_from=c["frm"][1], rcpt_to=rc,
                   expected_action=ACTION_OF[c["rule"]], rule=c["rule"], guidance=GUIDANCE[c["rule"]],
                   truth=c["truth"], facts=c["facts"], notes=c["notes"], scenario=c["scenario"])
        labels.append(lab)
    labels.sort(key=lambda x: x["id"])
    with open(os.path.join(HERE, "labels.jsonl"), "w") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- self-check
class Acc:
    def __init__(self):
        self.texts = []
        self.body = []
        self.corrupt = []
        self.scan = []
        self.pw = []
        self.encrypted = False
        self.parsed = []


def _strip_html(s):
    import html as _h
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<br\s*/?>|</p>|</td>|</tr>|</li>", "\n", s)
    return _h.unescape(re.sub(r"<[^>]+>", " ", s))


def inspect_file(name, data, acc):
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    try:
        if ext == "pdf":
            if not data.rstrip().endswith(b"%%EOF"):
                raise ValueError("truncated pdf")
            rd = pypdf.PdfReader(io.BytesIO(data), strict=True)
            if rd.is_encrypted:
                acc.pw.append(name)
                return
            txt = "\n".join((p.extract_text() or "") for p in rd.pages)
            fields = rd.get_fields() or {}
            vals = [str(v.get("/V", "")) for v in fields.values()]
            acc.texts.append(txt + "\n" + "\n".join(vals))
            if not txt.strip() and not fields:
                if any(len(p.images) for p in rd.pages):
                    acc.scan.append(name)
                else:
                    raise ValueError("empty pdf")
        elif ext == "docx":
            d = docx.Document(io.BytesIO(data))
            parts = [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
            acc.texts.append("\n".join(parts))
        elif ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(data))
            parts = []
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    parts.append(" | ".join("" if v is None else str(v) for v in row))
            acc.texts.append("\n".join(parts))
        elif ext == "odt":
            d = odf_load(io.BytesIO(data))
            acc.texts.append("\n".join(teletype.extractText(p) for p in d.getElementsByType(odf_text.P)))
        elif ext in ("csv", "txt", "ics"):
            s = data.decode("utf-8")
            if ext == "ics" and "BEGIN:VCALENDAR" not in s:
                raise ValueError("bad ics")
            if ext == "ics":
                s = re.sub(r"\r?\n[ \t]", "", s).replace("\\n", "\n").replace("\\,", ",")
            acc.texts.append(s)
        elif ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            for info in z.infolist():
                acc.texts.append(info.filename)
                if info.flag_bits & 1:
                    acc.pw.append(info.filename)
                    continue
                inspect_file(info.filename, z.read(info), acc)
        elif ext in ("jpg", "jpeg", "png"):
            Image.open(io.BytesIO(data)).verify()
            acc.scan.append(name)
        elif ext == "eml":
            inspect_msg(BytesParser().parsebytes(data), acc)
        else:
            raise ValueError("unknown format")
        acc.parsed.append(name)
    except Exception as e:  # noqa
        acc.corrupt.append(f"{name}: {type(e).__name__}")


def header_texts(m):
    out = [str(m.get("Subject", ""))]
    from email.header import decode_header, make_header
    try:
        out = [str(make_header(decode_header(m.get("Subject", ""))))]
    except Exception:
        pass
    for k, v in m.items():
        kl = k.lower()
        if kl.startswith("x-") or kl in ("comments", "keywords"):
            out.append(str(v))
        if kl in ("from", "to", "cc", "reply-to"):
            for n, a in getaddresses([str(make_header(decode_header(str(v))))]):
                out.append(n)
    return out


def inspect_part(p, acc):
    ct = p.get_content_type()
    if ct == "multipart/encrypted" or ct == "application/pkcs7-mime":
        acc.encrypted = True
        return
    if ct == "message/rfc822":
        inner = p.get_payload(0)
        inspect_msg(inner, acc)
        return
    if p.is_multipart():
        for sub in p.get_payload():
            inspect_part(sub, acc)
        return
    if ct == "application/pkcs7-signature":
        return
    fn = p.get_filename()
    data = p.get_payload(decode=True) or b""
    if fn:
        acc.texts.append(fn)
    if ct in ("text/plain", "text/html") and not fn:
        s = data.decode(p.get_content_charset() or "utf-8")
        if "-----BEGIN PGP MESSAGE-----" in s:
            acc.encrypted = True
            return
        s = _strip_html(s) if ct == "text/html" else s
        acc.body.append(s)
        acc.texts.append(s)
        return
    if p.get("Content-ID") and ct.startswith("image/"):
        Image.open(io.BytesIO(data)).verify()
        return
    inspect_file(fn or "noname.bin", data, acc)


def inspect_msg(m, acc):
    h = header_texts(m)
    acc.texts += h
    acc.body += h
    inspect_part(m, acc)


def check():
    errors = []
    consent = set(x.strip().lower() for x in open(os.path.join(HERE, "consent.txt")) if x.strip())
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"))]
    seen_bodies = {}
    for lab in labels:
        e = lambda msg: errors.append(f"{lab['id']} ({lab['scenario']}): {msg}")
        raw = open(os.path.join(HERE, lab["file"]), "rb").read()
        m = BytesParser().parsebytes(raw)
        from email.header import decode_header, make_header
        subj = str(make_header(decode_header(m.get("Subject", ""))))
        if parseaddr(m["From"])[1] != lab["mail_from"]:
            e("From disagrees with mail_from")
        if not lab["mail_from"].endswith("@" + INTERNAL):
            e("sender not internal")
        hdr_rcpts = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", []))]
        for a in hdr_rcpts:
            if a not in lab["rcpt_to"]:
                e(f"header recipient {a} not in rcpt_to")
        if m.get("Bcc"):
            e("Bcc header present")
        if not m.get("Date") or not m.get("Message-ID"):
            e("missing Date/Message-ID")
        if all(a.endswith("@" + INTERNAL) for a in lab["rcpt_to"]):
            e("no external recipient")
        if ACTION_OF[lab["rule"]] != lab["expected_action"]:
            e("action/rule mismatch")
        got = derive(lab, subj, consent)
        if got != lab["rule"]:
            e(f"derive gives {got}, label says {lab['rule']}")
        t, f = lab["truth"], lab["facts"]
        # internal recipients only on mail without claimant data, or where an external recipient decides
        acc = Acc()
        inspect_msg(m, acc)
        if f["encrypted"] != acc.encrypted:
            e(f"encrypted flag {f['encrypted']} but found {acc.encrypted}")
        if (f["opaque"] == "corrupt") != bool(acc.corrupt):
            e(f"opaque={f['opaque']} but corrupt parts {acc.corrupt}")
        if (f["opaque"] == "scan") != bool(acc.scan) and not acc.corrupt:
            e(f"opaque={f['opaque']} but scan parts {acc.scan}")
        if f["pw"] != bool(acc.pw):
            e(f"pw={f['pw']} but encrypted parts {acc.pw}")
        empty = f["encrypted"] or f["opaque"] or f["pw"]
        if empty and has_data(t):
            e("truth must be empty for unreadable cases")
        body_n = find_ninos("\n".join(acc.body))
        all_n = find_ninos("\n".join(acc.texts))
        if len(body_n) > t["ninos"]:
            e(f"body/subject hold {len(body_n)} NINOs > truth {t['ninos']}")
        if not empty and len(all_n) != t["ninos"]:
            e(f"readable content holds {len(all_n)} NINOs, truth {t['ninos']}")
        if f["cv_count"]:
            for a in lab["rcpt_to"]:
                d = a.split("@")[1]
                if d in FREEMAIL and a.lower() not in consent and a not in f["own_rcpt"]:
                    e(f"CV to freemail {a} that is neither consented nor the subject's own")
        if has_data(t) and any(a.endswith("@" + INTERNAL) for a in lab["rcpt_to"]):
            ext = [a for a in lab["rcpt_to"] if not a.endswith("@" + INTERNAL)]
            if not ext:
                e("claimant data only to internal recipients")
        key = re.sub(r"\s+", " ", "\n".join(acc.body[-3:]))[:4000]
        if key in seen_bodies and key.strip():
            e(f"same body as {seen_bodies[key]}")
        seen_bodies[key] = lab["id"]
    return errors, labels


def summary(labels):
    from collections import Counter
    a = Counter(l["expected_action"] for l in labels)
    r = Counter(l["rule"] for l in labels)
    print(f"{len(labels)} messages: " + ", ".join(f"{k} {a[k]}" for k in ("relay", "encrypt", "reject")))
    for k in GUIDANCE:
        if r[k]:
            print(f"  {k:32s} {r[k]}")


# ----------------------------------------------------------------------------- scenario helpers
SCEN = []


def S(fn):
    SCEN.append(fn)
    return fn


def rf(name):
    s = seed_of(name)
    r = random.Random(s)
    fk = Faker("en_GB")
    fk.seed_instance(s)
    _RNG.seed(s)
    return r, fk


class P:
    """A synthetic claimant."""

    def __init__(self, r, fk, dom=None):
        self.first = fk.first_name()
        self.last = fk.last_name()
        self.name = f"{self.first} {self.last}"
        dom = dom or r.choice(sorted(FREEMAIL))
        self.email = f"{self.first.lower()}.{self.last.lower()}{r.randint(1, 98)}@{dom}"
        self.phone = mk_mobile(r)
        self.street, self.pc = mk_address(r, fk)
        self.nino = mk_nino(r)
        self.dob = mk_dob(r)
        self.age = 2025 - self.dob.year
        self.ref = f"PRH-{r.randint(100000, 999999)}"


def people(r, fk, n):
    out, seen = [], set()
    while len(out) < n:
        p = P(r, fk)
        if p.name in seen:
            continue
        seen.add(p.name)
        out.append(p)
    return out


JOBS = ["Warehouse Operative", "Care Assistant", "Kitchen Porter", "Retail Assistant", "Forklift Driver",
        "Cleaner", "Customer Service Adviser", "Production Operative", "Delivery Driver", "Receptionist",
        "Security Officer", "Barista", "Admin Assistant", "Groundworker", "Machinist"]
SKILLS = ["stock rotation", "manual handling", "customer service", "Microsoft Excel", "team working",
          "food hygiene level 2", "CSCS card", "first aid at work", "cash handling", "pallet truck",
          "bilingual English/Urdu", "bilingual English/Polish", "telephone manner", "time management",
          "health and safety awareness", "stock control", "working to deadlines"]


def cv_blocks(r, fk, p, layout=0, contact=True):
    jobs = r.sample(JOBS, 2)
    emp = [fk.company() for _ in range(2)]
    refs = [fk.name() for _ in range(2)]
    skills = r.sample(SKILLS, 4)
    years = sorted(r.sample(range(2012, 2024), 3))
    blocks = [("h", p.name)]
    if contact:
        blocks.append(("p", f"{p.street}, {p.pc} | {p.phone} | {p.email}"))
    profile = r.choice([
        "Reliable and hard-working, looking for full-time work close to home.",
        "Friendly, punctual and happy to learn. Keen to get back into work after a career break.",
        "Practical person who enjoys being busy and working as part of a team.",
        "Experienced in fast-paced environments; calm under pressure and good with people.",
    ])
    if layout == 1:
        blocks.append(("table", [["Profile", profile], ["Key skills", ", ".join(skills)],
                                 ["Most recent", f"{jobs[0]}, {emp[0]} ({years[1]}-{years[2]})"],
                                 ["Before that", f"{jobs[1]}, {emp[1]} ({years[0]}-{years[1]})"],
                                 ["References", f"{refs[0]} ({emp[0]}); {refs[1]} ({emp[1]})"]]))
    else:
        blocks += [("h", "Personal profile", 2), ("p", profile), ("h", "Work history", 2),
                   ("p", f"{years[1]} - {years[2]}  {jobs[0]}, {emp[0]}\n- " +
                    r.choice(["Picking and packing orders to target", "Supporting residents with daily routines",
                              "Serving customers and handling cash", "Loading and unloading vans"])),
                   ("p", f"{years[0]} - {years[1]}  {jobs[1]}, {emp[1]}\n- " +
                    r.choice(["Keeping work areas clean and safe", "Answering phones and taking messages",
                              "Checking deliveries against paperwork", "Training new starters"])),
                   ("h", "Skills", 2), ("p", ", ".join(skills)),
                   ("h", "References", 2),
                   ("p", f"{refs[0]}, Supervisor, {emp[0]}\n{refs[1]}, Manager, {emp[1]}")]
    return blocks


def cv_text(r, fk, p, contact=True):
    out = []
    for b in cv_blocks(r, fk, p, 0, contact):
        if b[0] == "h":
            out.append(b[1].upper())
        elif b[0] == "p":
            out.append(b[1])
    return "\n\n".join(out)


def letter_blocks(r, fk, p, kind, employer, when, signer):
    addr = f"{p.name}\n{p.street}\n{p.pc}"
    if kind == "letter_interview":
        body = (f"Dear {p.first},\n\nThank you for applying for the {r.choice(JOBS)} role with {employer}. "
                f"We would like to invite you to an interview on {when}. Please bring proof of your right to work.\n\n"
                f"If you cannot make this time, please call us and we will try to rearrange.")
        head = "Invitation to interview"
    elif kind == "letter_job_offer":
        body = (f"Dear {p.first},\n\nFollowing your interview, we are pleased to offer you the position of "
                f"{r.choice(JOBS)} with {employer}, starting on {when}, {r.choice([16, 24, 30, 37.5])} hours per week "
                f"at GBP {r.choice(['12.21', '12.60', '13.05'])} an hour. Please sign and return the enclosed copy.")
        head = "Offer of employment"
    elif kind == "letter_appointment":
        body = (f"Dear {p.first},\n\nYour next appointment with your Work and Health Programme adviser is on "
                f"{when} at our {r.choice(list(OFFICES))} office. Please bring your CV and any job applications.")
        head = "Appointment"
    else:
        body = (f"Dear {p.first},\n\nAs we have not been able to contact you since {when}, your support with "
                f"{ORG} will end unless you get in touch within 14 days.")
        head = "Your support with us"
    return [("p", addr), ("h", head), ("p", body), ("p", f"Yours sincerely\n\n{signer}")]


def tail(r, key, disc=None):
    s = sig(key, r)
    if disc is None:
        disc = r.random() < 0.45
    return s + (disc and disclaimer(r) or "")


def when_str(r):
    d = dt.date(2025, 3, 3) + dt.timedelta(days=r.randint(3, 40))
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} at {r.choice(['9.30am', '10am', '11.15am', '1pm', '2.30pm'])}"


# ============================================================================= NO CLAIMANT DATA
NOD = lambda **kw: truth(**kw)


@S
def n_newsletter():
    r, fk = rf("n_newsletter")
    html = ("<html><body><h2>Pendle Pulse - March</h2><p>Hiya all! Quick round-up from the Trust.</p>"
            "<ul><li>Mental Health Awareness Week is coming - we'll be at Nelson market with the Mindcare team.</li>"
            "<li>This quarter 41% of people starting with us told us about a long-term health condition, and 1 in 5 "
            "have a criminal record. Employers: that's a lot of talent you might be overlooking!</li>"
            "<li>Our Ramadan guide for employers is out - fasting hours, Eid and how to plan shifts.</li>"
            "<li>New: recovery-friendly workplaces pledge. Ask Dean for details.</li></ul>"
            "<p>Dziekuje and shukriya to everyone who came to the jobs fair &#128522;</p>"
            "<p><img src=\"cid:pretlogo@provider.example.org.uk\"></p>"
            f"<p style='font-size:8pt'>{DISCLAIMERS[0]}</p></body></html>")
    msg = build(html=html, logo=True)
    case("n_newsletter", "employers", ["employers@" + INTERNAL], "Pendle Pulse - March newsletter", msg,
         "no_claimant_data", NOD(), facts(),
         "HTML-only newsletter with inline logo: health, convictions, Ramadan - aggregate and generic",
         bcc=["hr@" + EMP["precast"], "jobs@" + EMP["foods"], "recruitment@" + EMP["care"]])


@S
def n_jobadvert():
    r, fk = rf("n_jobadvert")
    ps = people(r, fk, 4)
    text = ("hi all\n\nnew one in today - Production Operatives at Brierfield Textiles, days only,\n"
            "£12.40/hr, 37.5 hrs. No experience needed, full training.\n\nThey've said a criminal record wont\n"
            "necessarily stop you - they look at each case. If you have a health condition or disability they'll\n"
            "make adjustments at interview. Disability Confident employer.\n\nReply to this email or ring the office if\n"
            "you want putting forward. Closing Friday!!\n" + sig("gosia", r, 0))
    msg = build(text=text)
    case("n_jobadvert", "gosia", ["colne.jobs@" + INTERNAL], "Job - production operatives Brierfield", msg,
         "no_claimant_data", NOD(), facts(),
         "job advert to claimants in Bcc; 'criminal record', 'health condition' are about nobody",
         bcc=[p.email for p in ps], crlf=True)


@S
def n_mhfa_ics():
    r, fk = rf("n_mhfa_ics")
    ics = ics_bytes("pret-mhfa-0325@provider.example.org.uk", "Mental Health First Aid - 2 day course",
                    "20250318T091500Z", "20250318T160000Z", "Noorul Islam Centre, Every Street, Nelson BB9 7YD",
                    "Two-day MHFA England course for front-line staff. Covers depression, anxiety, psychosis, "
                    "suicide and self-harm, and substance use. Lunch provided (halal and veggie). Please bring ID.",
                    ("Dean Whittaker", addr_of("dean")),
                    [("Bridgeway Training", "training@bridgeway-support.org.uk"), ("Amina Rashid", addr_of("amina"))])
    text = ("Hi both,\n\nInvite for the MHFA course attached - room's at the Noorul Islam centre again, they've been\n"
            "brilliant. Parking round the back. Brothers' prayer room is off the main hall so we'll break 1-1.30\n"
            "on the Friday.\n" + sig("dean", r, 2))
    msg = build(text=text, atts=[att("invite.ics", ics)])
    case("n_mhfa_ics", "dean", ["training@bridgeway-support.org.uk"], "MHFA course 18-19 March", msg,
         "no_claimant_data", NOD(), facts(), "ICS training invite listing mental-health topics; about nobody",
         cc=[addr_of("amina")])


@S
def n_staff_hospital():
    r, fk = rf("n_staff_hospital")
    text = ("Hiya Joanne,\n\nReally sorry but I'll have to move our catch up on Thursday - I've got my own hospital\n"
            "appointment at Royal Blackburn (my asthma review, been putting it off for ages!). Could we do\n"
            "Friday morning instead? Same room is fine.\n" + sig("tomasz", r, 3))
    msg = build(text=text)
    case("n_staff_hospital", "tomasz", ["joanne.hartley@" + EMP["foods"]], "thurs catch up", msg,
         "no_claimant_data", NOD(), facts(), "the sender's own hospital appointment and asthma: staff, not claimant")


@S
def n_invoice_bank():
    r, fk = rf("n_invoice_bank")
    sc, acct = mk_sortcode(r), mk_account(r)
    iban = mk_iban(r)
    pdf = pdf_bytes([[("h", "INVOICE  PRET-INV-2025-0142"),
                      ("p", f"{ORG}\n{OFFICES['Nelson']}\nVAT reg 998 1234 56"),
                      ("p", "To: Ribble Valley Foods Ltd, Accounts Payable"),
                      ("table", [["Item", "Qty", "Unit", "Total"],
                                 ["Food hygiene L2 pre-employment course (group)", "1", "1,450.00", "1,450.00"],
                                 ["Venue hire Pendle Rise (2 days)", "2", "120.00", "240.00"],
                                 ["", "", "Total due", "1,690.00"]]),
                      ("p", f"Please pay by BACS within 30 days to {ORG}\nSort code {sc}   Account {acct}\n"
                            f"IBAN {iban}\nQuote the invoice number as reference.")]])
    text = ("Hi Sue, invoice attached for the February pre-employment course. Bank details are on it (ours\n"
            "haven't changed). Any probs give me a shout.\n" + sig("karen", r, 2))
    msg = build(text=text, atts=[att("PRET-INV-2025-0142.pdf", pdf)])
    case("n_invoice_bank", "finance", ["accounts.payable@" + EMP["foods"]], "Invoice PRET-INV-2025-0142", msg,
         "no_claimant_data", NOD(), facts(), "provider's own sort code, account and IBAN on an invoice")


@S
def n_uc_rates():
    r, fk = rf("n_uc_rates")
    html = ("<p>Hi Martin,</p><p>As promised - the 2025/26 UC figures we use in the self-employment sessions. "
            "These are the published rates, not anyone's award.</p>"
            "<table border=1><tr><th>Element</th><th>Monthly</th></tr>"
            "<tr><td>Standard allowance, single 25 or over</td><td>£400.14</td></tr>"
            "<tr><td>Standard allowance, couple (one or both 25+)</td><td>£628.10</td></tr>"
            "<tr><td>Child element (first child born before 6 April 2017)</td><td>£339.00</td></tr>"
            "<tr><td>LCWRA element</td><td>£423.27</td></tr>"
            "<tr><td>Work allowance (with housing costs)</td><td>£411.00</td></tr></table>"
            "<p>The Minimum Income Floor kicks in after the 12 month start-up period - worth a slide on its own. "
            "JSA and ESA rates on the second tab of the deck.</p><p>Imran</p>")
    msg = build(text=None, html=html, enc="qp")
    case("n_uc_rates", "imran", ["martin.greaves@" + ENTERPRISE], "UC rates for the start-up workshop", msg,
         "no_claimant_data", NOD(), facts(), "published benefit rates in an HTML table; no person")


@S
def n_blank_referral():
    r, fk = rf("n_blank_referral")
    d = docx_bytes([("h", "PRET Justice Pathway - referral form (v4)"),
                    ("table", [["Full name", ""], ["Date of birth", ""], ["National Insurance number", ""],
                               ["Address and postcode", ""], ["Offence(s) / sentence", ""],
                               ["Licence end date", ""], ["MAPPA level (if any)", ""],
                               ["Health conditions / medication", ""], ["Drug or alcohol use", ""],
                               ["Probation practitioner", ""]]),
                    ("p", "Please send completed forms by secure (encrypted) email only.")])
    text = ("Morning Sharon,\n\nHere's the blank referral form we talked about for the PDU - v4 with the\n"
            "MAPPA box added. Please don't fill it in and send back plain - use Egress like last time.\n" +
            sig("kuba", r, 2) + disclaimer(r))
    msg = build(text=text, atts=[att("PRET_referral_form_v4_BLANK.docx", d)])
    case("n_blank_referral", "kuba", ["sharon.birtwistle@" + PDU], "blank referral form v4", msg,
         "no_claimant_data", NOD(), facts(), "blank template with DOB/NINO/offence/health field labels")


@S
def n_aggregate_xlsx():
    r, fk = rf("n_aggregate_xlsx")
    months = ["Oct", "Nov", "Dec", "Jan", "Feb"]
    rows = [["Month", "Referrals", "Anxiety/depression", "MSK", "Substance", "Other"]]
    for mth in months:
        a = r.randint(20, 45)
        rows.append([mth, a + 12, r.randint(8, a), r.randint(2, 10), r.randint(1, 6), r.randint(1, 8)])
    x = xlsx_bytes([{"name": "Summary", "rows": rows},
                    {"name": "By office", "rows": [["Office", "Starts", "Job outcomes", "% with MH condition"],
                                                   ["Nelson", 61, 14, "44%"], ["Burnley", 72, 19, "39%"],
                                                   ["Blackburn", 80, 22, "36%"]], "hidden_cols": ["D"]},
                    {"name": "Notes", "rows": [["Counts under 5 suppressed in the published version."]]}])
    text = ("Hi Priya,\n\nnumbers for the steering group attached - all aggregate, no names. The MH column on\n"
            "the office tab is hidden as it's draft, unhide if you want it.\n" + sig("sadia", r, 3))
    msg = build(text=text, atts=[att("Mindcare_partnership_stats_Feb25.xlsx", x)])
    case("n_aggregate_xlsx", "sadia", ["priya.chandra@" + NHS], "partnership stats Feb", msg, "no_claimant_data",
         NOD(), facts(), "aggregate condition counts on several sheets, one hidden column")


@S
def n_disclaimer_meeting():
    r, fk = rf("n_disclaimer_meeting")
    text = ("Hi Gary\n\nYes Tuesday 10am at yours works. I'll bring the Disability Confident pack and the\n"
            "info on the wage incentive. Can we also talk about the night shift vacancies?\n" +
            sig("rizwan", r, 2) + "\n" + DISCLAIMERS[0] + "\n" + DISCLAIMERS[1] + "\n")
    msg = build(text=text, html_from_text=True)
    case("n_disclaimer_meeting", "rizwan", ["gary.lund@" + EMP["carriers"]], "Re: visit next week", msg,
         "no_claimant_data", NOD(), facts(), "two disclaimers mentioning health, recovery, convictions")


@S
def n_policy_pdf():
    r, fk = rf("n_policy_pdf")
    pdf = pdf_bytes([[("h", "Safeguarding and Disclosure Policy"), ("p", "Version 3.2, approved by trustees"),
                      ("p", "1. Purpose. This policy sets out how staff respond when a participant discloses "
                            "abuse, self-harm, suicidal thoughts, domestic violence or substance misuse."),
                      ("p", "2. Criminal records. Many participants have unspent convictions or are subject to "
                            "licence conditions or MAPPA. Staff must not record offence details beyond what is "
                            "needed, and must share them only by encrypted means."),
                      ("p", "3. Health information is special category data under UK GDPR Article 9.")],
                     [("p", "4. Reporting. Concerns go to the Designated Safeguarding Lead the same day."),
                      ("p", "5. Review. This policy is reviewed annually.")]])
    text = ("Hi Helen - policy attached as asked for the partnership agreement. Shout if you need the DSL\n"
            "contact sheet too.\n\nBev\n\nSent from my iPhone")
    msg = build(text=text, atts=[att("PRET_Safeguarding_Disclosure_Policy_v3.2.pdf", pdf)])
    case("n_policy_pdf", "bev", ["helen.mcgrath@" + HOUSING], "our safeguarding policy", msg, "no_claimant_data",
         NOD(), facts(), "a policy about self-harm, convictions, MAPPA, health: about nobody")


@S
def n_staff_rota():
    r, fk = rf("n_staff_rota")
    rows = [["Day", "Staff", "Work mobile", "Room"]]
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        k = r.choice(["amina", "gosia", "shaz", "lucy"])
        rows.append([day, STAFF[k][0], mk_mobile(r), r.choice(["Hall 2", "Meeting room", "IT suite"])])
    text = ("Assalamu alaikum Brother Yusuf,\n\nHere's our rota for the drop-in at the centre this month - work\n"
            "mobiles on there in case anyone's running late. We won't book anything Fridays 12.45-2 for\n"
            "Jummah as agreed.\n\nJazakAllah khair\n" + sig("shaz", r, 2))
    msg = build(text=text, atts=[att("dropin_rota_march.csv", csv_bytes(rows))])
    case("n_staff_rota", "shaz", ["bookings@" + MOSQUE], "drop in rota - March", msg, "no_claimant_data", NOD(),
         facts(), "staff rota with work mobiles; Jummah times are about nobody")


@S
def n_lookalikes():
    r, fk = rf("n_lookalikes")
    text = ("Hi Chris,\n\nFor the new starters' training pack, please use only the dummy numbers below, not real ones:\n"
            "  - NINO example: QQ 12 34 56 C (the HMRC specimen)\n"
            "  - temp reference format: TN 01 01 90 M / TN 23 11 85 F\n"
            "  - suffix test: AB 12 34 56 E (invalid - there's no E suffix)\n"
            "  - prefix test: NK 12 34 56 B and GB 65 43 21 A (never issued)\n\n"
            "PO number for the print run is PRET-PO-448812, their job ref HP/2025/0311.\n" + sig("sadia", r, 2))
    msg = build(text=text)
    case("n_lookalikes", "sadia", ["studio@" + PRINT], "training pack - dummy numbers", msg, "no_claimant_data",
         NOD(), facts(), "NINO look-alikes: QQ specimen, TN temp refs, suffix E, NK/GB prefixes; PO numbers")


@S
def n_employer_contacts():
    r, fk = rf("n_employer_contacts")
    rows = [["Employer", "Contact", "Job title", "Business phone", "Email"]]
    for k, dom in list(EMP.items())[:6]:
        n = fk.name()
        rows.append([dom.split(".")[0].replace("-", " ").title(), n, r.choice(["HR Manager", "Site Manager",
                     "Recruitment Lead", "Ops Manager"]), mk_phone(r), n.split()[0].lower() + "@" + dom])
    text = ("Hi team,\n\nAs discussed, the employer contacts for the CSCS + forklift route. These are all\n"
            "business contacts, happy for you to ring them direct about course dates.\n" + sig("tomasz", r, 4))
    msg = build(text=text, atts=[att("employer_contacts.xlsx", xlsx_bytes([{"name": "Contacts", "rows": rows}]))])
    case("n_employer_contacts", "tomasz", ["courses@northstar-training.co.uk"], "employer contacts", msg,
         "no_claimant_data", NOD(), facts(), "employer contacts' names and business phones are not data subjects")


@S
def n_selfemp_flyer():
    r, fk = rf("n_selfemp_flyer")
    pdf = pdf_bytes([[("h", "Thinking of working for yourself?"),
                      ("p", "Free 4-week start-up course at Ribble Valley College, Clitheroe campus. Business "
                            "planning, marketing on a shoestring, tax and National Insurance for sole traders, and "
                            "what self-employment means if you get Universal Credit (the gainful self-employment "
                            "test and the Minimum Income Floor)."),
                      ("p", "Open to anyone on the Work and Health Programme. Wheelchair accessible. Prayer room "
                            "available on campus.")]])
    text = ("Hiya Lorraine,\n\nflyer for the start-up course attached - can it go on the screens in reception?\n"
            "Cheers\nImran\n\nSent from Outlook for Android")
    msg = build(text=text, atts=[att("StartUp_Course_Flyer.pdf", pdf)])
    case("n_selfemp_flyer", "imran", ["lorraine.heys@" + COLLEGE], "flyer for reception screens", msg,
         "no_claimant_data", NOD(), facts(), "self-employment flyer mentions UC and NI in general")


@S
def n_jobfair_ics():
    r, fk = rf("n_jobfair_ics")
    ics = ics_bytes("pret-jobsfair-2025@provider.example.org.uk", "Burnley Jobs Fair - exhibitor slot",
                    "20250410T093000Z", "20250410T140000Z", "Burnley Mechanics, Manchester Road, Burnley BB11 1JA",
                    "Exhibitor set-up from 9.30. Table, two chairs and power provided. We expect around 200 "
                    "jobseekers. Contact on the day: Tomasz 07700 900318.",
                    ("PRET Employer Team", addr_of("employers")),
                    [("Recruitment", "recruitment@" + EMP["care"]), ("HR", "hr@" + EMP["bus"])])
    text = ("Hi both, calendar hold for the jobs fair. Let us know numbers for lunch.\n\nTomasz\n")
    msg = build(text=text, atts=[att("jobsfair.ics", ics)])
    case("n_jobfair_ics", "employers", ["recruitment@" + EMP["care"], "hr@" + EMP["bus"]], "Jobs fair 10 April",
         msg, "no_claimant_data", NOD(), facts(), "jobs fair ICS with a venue postcode and a staff mobile")


@S
def n_staff_sicknote():
    r, fk = rf("n_staff_sicknote")
    text = ("Hi Pauline,\n\nJust so payroll know - I'm off from Monday, my GP has signed me off for two weeks with\n"
            "my back (sciatica again, joy). I'll post the fit note in. Bev knows.\n\nLucy\n\nSent from my iPhone")
    msg = build(text=text)
    case("n_staff_sicknote", "lucy", ["pauline@lancs-payroll-bureau.co.uk"], "off sick from monday", msg,
         "no_claimant_data", NOD(), facts(), "a staff member's own sick note: staff, not claimant")


@S
def n_minutes_housing():
    r, fk = rf("n_minutes_housing")
    d = docx_bytes([("h", "PRET / Pennine Vale Housing - partnership meeting"),
                    ("p", "Present: " + ", ".join([STAFF['bev'][0], STAFF['dean'][0], fk.name(), fk.name()])),
                    ("p", "1. Referrals. Both organisations see tenants with rent arrears, people in recovery and "
                          "people leaving prison. Agreed joint pathway; no individual cases discussed."),
                    ("p", "2. Data sharing. Case details only by encrypted email. DPIA to be signed off."),
                    ("p", "3. Next meeting: 14 May, Burnley office.")])
    text = ("Hi Helen, minutes from Tuesday attached. Could you check item 2 before I send to the board?\n\n"
            "Thanks, Bev")
    msg = build(text=text, atts=[att("Minutes_PVH_partnership_Mar25.docx", d)])
    case("n_minutes_housing", "bev", ["helen.mcgrath@" + HOUSING], "minutes", msg, "no_claimant_data",
         NOD(), facts(), "partnership minutes mention recovery and prison in general only")


@S
def n_courses_dwp():
    r, fk = rf("n_courses_dwp")
    rows = [["Course", "Start", "Venue", "Places"], ["ESOL Entry 2", "24/03/2025", "Nelson", 12],
            ["Functional Skills Maths L1", "31/03/2025", "Clitheroe", 10],
            ["CSCS Health & Safety", "07/04/2025", "Burnley", 8], ["Food hygiene L2", "14/04/2025", "Blackburn", 15]]
    text = ("Hi Jas,\n\nlist of April courses for the work coaches - share round if useful.\n\nGosia\n"
            "Gosia Kowal | Employment Adviser | PRET Colne\n")
    msg = build(text=text, atts=[att("April_courses.xlsx", xlsx_bytes([{"name": "Courses", "rows": rows}]))])
    case("n_courses_dwp", "gosia", ["jaswinder.kaur@dwp.gov.uk"], "April courses", msg, "no_claimant_data",
         NOD(), facts(), "course timetable to a DWP work coach")


@S
def n_creditunion_workshop():
    r, fk = rf("n_creditunion_workshop")
    text = ("Hi Wendy,\n\nThanks for offering the money skills session. Most of our group are on UC and a fair\n"
            "few have had advances or sanctions in the past, so the bits on budgeting around the monthly\n"
            "payment and avoiding loan sharks would be great. About 12 people, Weds 2pm.\n" + tail(r, "amina"))
    msg = build(text=text)
    case("n_creditunion_workshop", "amina", ["wendy.sutcliffe@" + CU], "money skills session", msg,
         "no_claimant_data", NOD(), facts(), "UC, advances, sanctions said of a group, nobody identified")


@S
def n_vacancy_thread():
    r, fk = rf("n_vacancy_thread")
    text = ("Perfect thanks Lee, I'll get that out to the advisers.\n\nTomasz\n\n"
            "-----Original Message-----\nFrom: Lee Fairbrother <lee.fairbrother@pendle-precast.co.uk>\n"
            "Sent: 03 March 2025 08:41\nTo: Tomasz Zielinski\nSubject: RE: yard vacancies\n\n"
            "Morning Tomasz, 4 x yard operatives, 6-2 / 2-10 rotating, £12.60, must be able to do heavy lifting.\n"
            "No DBS needed. Happy to interview people with convictions, we've had good lads from you before.\n"
            "Lee Fairbrother | Site Manager | Pendle Precast | " + mk_phone(r) + "\n")
    msg = build(text=text, html_from_text=True, enc="qp")
    case("n_vacancy_thread", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "RE: yard vacancies", msg,
         "no_claimant_data", NOD(), facts(), "Outlook-quoted vacancy thread; 'people with convictions' generic")


@S
def n_breakfast_postcode():
    r, fk = rf("n_breakfast_postcode")
    text = ("Hi Anna, still ok for the employer breakfast tomorrow? Its at the Weavers Wharf, parking\r\nround the "
            "back, postcode BB11 9ZZ for the satnav. Bacon and veggie butties.\r\n\r\nRiz")
    msg = build(text=text)
    case("n_breakfast_postcode", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "tomorrow", msg, "no_claimant_data",
         NOD(), facts(), "a venue's postcode, not a claimant's", crlf=True)


@S
def n_trauma_training():
    r, fk = rf("n_trauma_training")
    text = ("Hi Sam,\n\nThanks for Thursday's trauma-informed practice session, the team loved it. The bit about\n"
            "how ACEs link to later drug and alcohol use and mental ill health really landed. Could you send\n"
            "the slides? Also interested in your 'working with people on licence' module for the justice team.\n"
            + tail(r, "bev"))
    msg = build(text=text, html_from_text=True)
    case("n_trauma_training", "bev", ["sam.ellison@bridgeway-support.org.uk"], "thursday session - slides?", msg,
         "no_claimant_data", NOD(), facts(), "training feedback about ACEs, addiction, licence: generic")


@S
def n_perf_dwp():
    r, fk = rf("n_perf_dwp")
    rows = [["Measure", "Q3 target", "Q3 actual"], ["Starts", 240, 251], ["Job outcomes", 60, 57],
            ["Earnings outcomes", 35, 38], ["Disability group starts (%)", "55%", "58%"]]
    x = xlsx_bytes([{"name": "Q3", "rows": rows},
                    {"name": "Pivot", "rows": [["Barrier", "Count"], ["Mental health", 112], ["Physical health", 87],
                                               ["Offending history", 41], ["Drug/alcohol", 23]], "state": "hidden"}])
    text = ("Hi Mark,\n\nQ3 performance pack attached. The hidden tab is the barriers pivot if you want it for the\n"
            "contract review.\n\nSadia Iqbal\nData & Compliance Officer\n")
    msg = build(text=text, atts=[att("PRET_WHP_Q3_performance.xlsx", x)])
    case("n_perf_dwp", "sadia", ["mark.bradshaw@dwp.gsi.gov.uk"], "WHP Q3 performance pack", msg,
         "no_claimant_data", NOD(), facts(), "aggregate performance pack to DWP with a hidden barriers pivot sheet")


@S
def n_blank_cv_template():
    r, fk = rf("n_blank_cv_template")
    d = docx_bytes([("h", "CV template"), ("p", "Name:\nAddress:\nPhone:\nEmail:"),
                    ("h", "Personal statement", 2), ("p", "[2-3 lines about you]"),
                    ("h", "Work history", 2), ("p", "[Most recent first]"), ("h", "References", 2),
                    ("p", "Available on request")])
    text = ("hi Lorraine here's the blank CV template for the workshop on the 20th. 15 copies pls\n\nAmina x")
    msg = build(text=text, atts=[att("CV_template_blank.docx", d)])
    case("n_blank_cv_template", "amina", ["lorraine.heys@" + COLLEGE], "cv template", msg, "no_claimant_data",
         NOD(), facts(), "a blank CV template is not a CV")


@S
def n_nested_bulletin():
    r, fk = rf("n_nested_bulletin")
    inner = nested_msg("DWP Provider Bulletin <provider.bulletin@dwp.gov.uk>", "whp-primes@dwp.gov.uk",
                       "Provider bulletin: benefit uprating April 2025",
                       "From 7 April 2025 benefit rates rise by 1.7%. New weekly rates: JSA (25 or over) £92.05; "
                       "ESA assessment phase (25 or over) £92.05; PIP daily living standard £73.90, enhanced "
                       "£110.40. Housing Benefit is not affected by this bulletin.\n")
    text = ("FYI for your advisers - uprating figures below.\n\nSadia\n")
    msg = build(text=text, atts=[nested(inner, "Provider bulletin.eml")])
    case("n_nested_bulletin", "sadia", ["ops@northstar-training.co.uk", "ops@bridgeway-support.org.uk"],
         "FW: Provider bulletin: benefit uprating April 2025", msg, "no_claimant_data", NOD(), facts(),
         "published benefit rates inside a forwarded message/rfc822")


@S
def n_employer_vacancy_pdf():
    r, fk = rf("n_employer_vacancy_pdf")
    pdf = pdf_bytes([[("h", "Calder Brook Care - we're hiring!"), ("p", "Care Assistants, days and nights, Colne and "
                      "Barnoldswick. GBP 12.80 per hour, paid training, free uniform."),
                      ("p", "We welcome applications from people with disabilities or long-term health conditions "
                            "and will make reasonable adjustments. An enhanced DBS check is required; having a "
                            "conviction does not automatically rule you out.")]])
    text = ("Morning! Care jobs attached, good rates and they're lovely there. Let me know if you want me to put\n"
            "you forward x\n\nLucy\nSent from my iPhone")
    ps = people(r, fk, 3)
    msg = build(text=text, atts=[att("CalderBrook_care_assistants.pdf", pdf)])
    case("n_employer_vacancy_pdf", "lucy", [addr_of("lucy")], "care jobs colne", msg, "no_claimant_data", NOD(),
         facts(), "employer vacancy PDF to claimants in Bcc", bcc=[p.email for p in ps])


@S
def n_esol_polish():
    r, fk = rf("n_esol_polish")
    text = ("Dzień dobry Ewa!\n\nThanks for the chat about the ESOL + employability classes. We'd love to run them\n"
            "together in Polish and English from April. Our adviser Gosia can co-deliver. Could your centre host\n"
            "on Tuesday mornings?\n\nDziękuję bardzo,\n" + sig("gosia", r, 3))
    msg = build(text=text, enc="qp")
    case("n_esol_polish", "gosia", ["ewa.nowak@" + COLLEGE], "ESOL + employability - Polish group", msg,
         "no_claimant_data", NOD(), facts(), "Polish greetings, partnership planning, no person")


@S
def n_test_trading_template():
    r, fk = rf("n_test_trading_template")
    rows = [["Month", "Sales", "Materials", "Van costs", "Profit"]] + [[m, "", "", "", "=B{0}-C{0}-D{0}".format(i + 2)]
                                                                    for i, m in enumerate(MONTHS[:6])]
    x = xlsx_bytes([{"name": "Test trading", "rows": rows}, {"name": "Guide", "rows": [
        ["Fill in one row per month. UC will ask for your monthly earnings report - use this to keep track."]]}])
    text = ("Hi Martin, the blank test-trading sheet we give people. Feel free to rebrand it.\n\nImran\n")
    msg = build(text=text, atts=[att("test_trading_template.xlsx", x)])
    case("n_test_trading_template", "selfemp", ["martin.greaves@" + ENTERPRISE], "test trading template", msg,
         "no_claimant_data", NOD(), facts(), "blank spreadsheet template with formulae")


@S
def n_dwp_slides():
    r, fk = rf("n_dwp_slides")
    text = ("Hi all\n\nthanks for having us at Burnley JCP this morning. slides below in a nutshell:\n"
            "- who we help (disabled people, long-term health conditions, early access groups like\n  care leavers, ex-offenders, homeless)\n"
            "- how to refer\n- what happens in the first 4 weeks\n\nany q's just ring\n" + sig("bev", r, 3))
    msg = build(text=text)
    case("n_dwp_slides", "bev", ["burnley.jcp.partnerships@dwp.gov.uk"], "this morning - recap", msg,
         "no_claimant_data", NOD(), facts(), "eligibility groups described in general to DWP")


@S
def n_print_order():
    r, fk = rf("n_print_order")
    text = ("Hi Dave\n\nCan we have 500 more of the A5 'Back to work with a health condition?' leaflets and 200\n"
            "of the Urdu version. Same artwork as PO PRET-PO-447120. Deliver to Nelson office please.\n\nKaren")
    msg = build(text=text, html_from_text=True, logo=True)
    case("n_print_order", "karen", ["dave@" + PRINT], "leaflet reprint", msg, "no_claimant_data", NOD(), facts(),
         "print order; leaflet title has health words; multipart/alternative with inline logo")


@S
def n_pdu_protocol():
    r, fk = rf("n_pdu_protocol")
    text = ("Hi Sharon,\n\nFollowing the PDU meeting: agreed that your officers refer anyone on licence or a community\n"
            "order who wants work support, and we'll hold a 3-way meeting in the first fortnight. Nobody's\n"
            "licence conditions or offence details will come to us by plain email - Egress only.\n\n"
            "Kuba\n\nKuba Nowicki | Justice Pathway Adviser\n")
    msg = build(text=text)
    case("n_pdu_protocol", "kuba", ["sharon.birtwistle@" + PDU], "PDU referral protocol - notes", msg,
         "no_claimant_data", NOD(), facts(), "probation referral protocol, nobody identified")


@S
def n_wellbeing_bulletin():
    r, fk = rf("n_wellbeing_bulletin")
    html = ("<div><p>Hi Calder Brook team,</p><p>Our wellbeing coordinator put together this month's tips for "
            "employers who take on our participants:</p><ol><li>Menopause: small changes, big difference.</li>"
            "<li>Supporting staff during Ramadan and Lent.</li><li>Spotting signs of gambling harm.</li>"
            "<li>Access to Work can pay for support for anyone with a mental health condition.</li></ol>"
            "<p>Dean</p></div>")
    msg = build(html=html, enc="b64")
    case("n_wellbeing_bulletin", "dean", ["managers@" + EMP["care"]], "wellbeing tips for managers", msg,
         "no_claimant_data", NOD(), facts(), "base64 HTML bulletin with health/religion words about nobody")


# ============================================================================= ONE NAME / BEYOND NAME
@S
def o_trial_shift():
    r, fk = rf("o_trial_shift")
    p = P(r, fk)
    text = f"Hi Lee, {p.name} will be at the yard Monday 8am for the trial shift. Ill come down about 9.\n\nTomasz\nSent from my iPhone"
    case("o_trial_shift", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "trial shift monday", build(text=text),
         "one_name", truth(data_subjects=1), facts(name_only=True), "one name + a trial-shift time to an employer")


@S
def o_forklift_booking():
    r, fk = rf("o_forklift_booking")
    p = P(r, fk)
    text = (f"Hiya, can you book {p.first} {p.last.upper()} onto the counterbalance forklift course starting the 24th?\n"
            f"Funding code WHP-PRET as usual.\n" + sig("amina", r, 2))
    case("o_forklift_booking", "amina", ["courses@northstar-training.co.uk"], "forklift booking", build(text=text),
         "one_name", truth(data_subjects=1), facts(name_only=True), "one name + course booking to supply chain; staff mobile in sig")


@S
def o_started_dwp():
    r, fk = rf("o_started_dwp")
    p = P(r, fk)
    text = (f"Hi Jas\n\nJust to let you know {p.name} came in and started with us today, so referral status is\n"
            f"now 'started'. Thanks for the warm handover.\n\nGosia")
    case("o_started_dwp", "gosia", ["jaswinder.kaur@dwp.gov.uk"], "referral update", build(text=text),
         "one_name", truth(data_subjects=1), facts(name_only=True), "one name + referral status to a work coach")


@S
def o_interview_html():
    r, fk = rf("o_interview_html")
    p = P(r, fk)
    html = (f"<p>Hi Anna,</p><p>Great - <b>{p.name}</b> is confirmed for interview on {when_str(r)} with you "
            f"and Jakub. Ask for reception.</p><p>Riz</p><hr><p><b>From:</b> Anna Kowalczyk<br><b>Sent:</b> 02 March "
            f"2025<br><b>Subject:</b> housekeeping interviews</p><p>Can you send someone for Weds?</p>")
    case("o_interview_html", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "RE: housekeeping interviews",
         build(html=html, logo=True), "one_name", truth(data_subjects=1), facts(name_only=True),
         "HTML reply with one name + interview time; employer contacts named")


@S
def o_name_in_subject():
    r, fk = rf("o_name_in_subject")
    p = P(r, fk)
    text = "Mon 7th, 7am, ask for Dave in goods in. Steel toecaps if she has them.\n\nT"
    case("o_name_in_subject", "tomasz", ["goodsin@" + EMP["foods"]], f"Start date - {p.name}", build(text=text),
         "one_name", truth(data_subjects=1), facts(name_only=True), "one name only in the subject + a start time")


@S
def o_ics_interview():
    r, fk = rf("o_ics_interview")
    p = P(r, fk)
    ics = ics_bytes("int-77312@provider.example.org.uk", f"Interview - {p.name}", "20250312T100000Z",
                    "20250312T103000Z", "Towneley Transport depot, Burnley", "Driver assessment and interview. "
                    "Candidate supported by PRET (Tomasz, work mobile 07700 900441).",
                    ("PRET Employer Team", addr_of("employers")), [("Depot HR", "hr@" + EMP["bus"])])
    case("o_ics_interview", "employers", ["hr@" + EMP["bus"]], "Interview invite", build(text="Invite attached.",
         atts=[att("interview.ics", ics)]), "one_name", truth(data_subjects=1), facts(name_only=True),
         "one name + interview time inside an ICS invite")


@S
def o_bridgeway_session():
    r, fk = rf("o_bridgeway_session")
    p = P(r, fk)
    text = (f"Hi Sam - {p.first} {p.last} is booked onto your confidence & motivation group starting\n"
            f"Tues 10am. I've told them where to go.\n\nCheers\nLucy")
    case("o_bridgeway_session", "lucy", ["groups@bridgeway-support.org.uk"], "group booking", build(text=text),
         "one_name", truth(data_subjects=1), facts(name_only=True), "one name + group booking to partner")


@S
def o_polish_greeting():
    r, fk = rf("o_polish_greeting")
    p = P(r, fk)
    text = (f"Cześć Marta,\n\n{p.name} would like to come to the open day for the warehouse roles on Thursday at 11.\n"
            f"I'll be there as well.\n\nPozdrawiam\nGosia\n\nWysłane z iPhone'a")
    case("o_polish_greeting", "gosia", ["marta.lis@" + EMP["carriers"]], "open day thursday",
         build(text=text, enc="qp"), "one_name", truth(data_subjects=1), facts(name_only=True),
         "Polish greeting to employer contact; one claimant name + open-day time")


@S
def b_name_mobile():
    r, fk = rf("b_name_mobile")
    p = P(r, fk)
    text = (f"Lee - {p.name} is running late for the trial, bus broke down. His number is {p.phone} if you\n"
            f"need him.\n\nT\nSent from my iPhone")
    case("b_name_mobile", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "running late", build(text=text),
         "encrypt_beyond_name", truth(data_subjects=1, contact_details=True), facts(),
         "one name + the claimant's own mobile")


@S
def b_name_postcode():
    r, fk = rf("b_name_postcode")
    p = P(r, fk)
    text = (f"Hi Anna, for the travel-to-work check: {p.name} lives {p.pc}, so the 6am start is fine on\n"
            f"the X43. Can you confirm?\n\nRiz")
    case("b_name_postcode", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "early starts", build(text=text),
         "encrypt_beyond_name", truth(data_subjects=1, contact_details=True), facts(), "one name + home postcode")


@S
def b_name_personal_email():
    r, fk = rf("b_name_personal_email")
    p = P(r, fk)
    text = (f"Hi, could you send the induction pack for {p.name} straight to {p.email} please?\nThanks, Lucy")
    case("b_name_personal_email", "lucy", ["hr@" + EMP["care"]], "induction pack", build(text=text),
         "encrypt_beyond_name", truth(data_subjects=1, contact_details=True), facts(),
         "one name + personal email address in the body")


@S
def b_crm_ref_header():
    r, fk = rf("b_crm_ref_header")
    p = P(r, fk)
    text = (f"PathwayHub task: please confirm attendance for {p.name} at the group session on {when_str(r)}.\n"
            f"Participant ref {p.ref}.\n\n-- PathwayHub (do not reply)")
    case("b_crm_ref_header", "crm", ["groups@bridgeway-support.org.uk"], "PathwayHub: attendance confirmation",
         build(text=text), "encrypt_beyond_name", truth(data_subjects=1, contact_details=False), facts(extra=["ref"]),
         "one name + CRM participant reference (body and X- header)",
         hdrs=[("X-PathwayHub-Participant", p.ref), ("X-PathwayHub-Task", "ATTEND-CONFIRM")])


@S
def b_subject_address():
    r, fk = rf("b_subject_address")
    p = P(r, fk)
    text = f"Address for the uniform delivery:\n{p.street}\n{p.pc}\n\nShaz"
    case("b_subject_address", "shaz", ["uniforms@" + EMP["bakery"]], f"{p.name} - uniform", build(text=text),
         "encrypt_beyond_name", truth(data_subjects=1, contact_details=True), facts(),
         "name in the subject, home address in the body")


# ============================================================================= SPECIAL CATEGORY
def SP(scen, frm, to, subject, msg, cats, notes, ds=1, cc=(), hdrs=(), crlf=False, **tk):
    case(scen, frm, to, subject, msg, "encrypt_special_category", truth(special=cats, data_subjects=ds, **tk),
         facts(), notes, cc=cc, hdrs=hdrs, crlf=crlf)


@S
def s_on_licence():
    r, fk = rf("s_on_licence")
    p = P(r, fk)
    po = fk.name()
    text = (f"Hi Lee,\n\nre {p.first} {p.last} for the yard job - just so you know hes on licence till\n"
            f"September, his PO is {po} at the PDU and is fine with shifts as long as he's back for 9pm.\n"
            f"Good lad, really keen.\n\nTomasz\nSent from my iPhone")
    SP("s_on_licence", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "yard job", build(text=text), ["criminal"],
       "'on licence' in lay words; probation officer named but not a data subject")


@S
def s_the_tag():
    r, fk = rf("s_the_tag")
    p = P(r, fk)
    text = (f"Anna - {p.first} can do lates but not after 7 for the next 6 weeks, the tag's on till then.\n"
            f"Can we put {p.first} on earlies? {p.first} {p.last} is the one from Tuesday's interview.\n\nRiz")
    SP("s_the_tag", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "shift pattern", build(text=text), ["criminal"],
       "'the tag' = electronic monitoring curfew")


@S
def s_in_recovery():
    r, fk = rf("s_in_recovery")
    p = P(r, fk)
    text = (f"Hi there,\n\n{p.name} would love the CSCS course but needs Tuesday evenings free - {p.first}'s in\n"
            f"recovery and goes to NA that night, 18 months clean now. Is the Weds/Thurs cohort possible?\n"
            + sig("amina", r, 2))
    SP("s_in_recovery", "amina", ["courses@northstar-training.co.uk"], "CSCS dates", build(text=text), ["substance"],
       "'in recovery', 'NA', 'clean' to supply chain")


@S
def s_sertraline():
    r, fk = rf("s_sertraline")
    p = P(r, fk)
    text = (f"Hi Lorraine,\n\nQuick one about {p.first} {p.last} on the Level 1 maths. {p.first}'s on sertraline and\n"
            f"the mornings are rough with her nerves, could she swap to the afternoon group?\n\nGosia x")
    SP("s_sertraline", "gosia", ["lorraine.heys@" + COLLEGE], "maths group swap", build(text=text),
       ["mental_health", "health"], "antidepressant and 'nerves' in lay words")


@S
def s_back_gone():
    r, fk = rf("s_back_gone")
    p = P(r, fk)
    text = (f"Morning Gary, {p.first} rang - his back's gone again so he won't make the start Monday, GP's given\n"
            f"him a fit note till the 20th. Can you hold the job? {p.name}, the driver's mate role.\n\nRiz")
    SP("s_back_gone", "rizwan", ["gary.lund@" + EMP["carriers"]], "Monday start", build(text=text), ["health"],
       "'his back's gone again' + fit note")


@S
def s_nhs_referral():
    r, fk = rf("s_nhs_referral")
    p = P(r, fk)
    text = (f"Hi Priya,\n\nReferral for IPS as discussed:\n\nName: {p.name}\nPhone: {p.phone}\n"
            f"Presenting: low mood for about 2 years, some self-harm in the past (none recent), panic in\n"
            f"crowded places. Wants warehouse work, part-time to start.\n\nThanks\nDean")
    SP("s_nhs_referral", "dean", ["ips.referrals@" + NHS], "IPS referral", build(text=text), ["mental_health"],
       "pasted referral to the NHS trust (a third party)", contact_details=True)


@S
def s_jummah():
    r, fk = rf("s_jummah")
    p = P(r, fk)
    text = (f"Hi Joanne, {p.name} has accepted! One thing - he'd need 40 mins on Fridays around 1pm to go to\n"
            f"Jummah at the mosque on Every Street, he's happy to make the time up. OK?\n\nShazia")
    SP("s_jummah", "shaz", ["joanne.hartley@" + EMP["foods"]], "offer accepted", build(text=text), ["religion"],
       "Friday prayers for a named claimant")


@S
def s_union_rep():
    r, fk = rf("s_union_rep")
    p = P(r, fk)
    text = (f"Hi Lee - heads up, {p.first} {p.last} mentioned he was the GMB shop steward at his last place and\n"
            f"would want to join here too. Hope that's not an issue.\n\nT")
    SP("s_union_rep", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "re candidate", build(text=text),
       ["trade_union"], "trade union membership in passing")


@S
def s_traveller():
    r, fk = rf("s_traveller")
    p = P(r, fk)
    text = (f"Hi Wendy, {p.name} from the Romany Gypsy community on the Colne site is looking to open an\n"
            f"account - no fixed address history so ID is tricky. Can we come in Thursday?\n\nLucy")
    SP("s_traveller", "lucy", ["wendy.sutcliffe@" + CU], "account opening", build(text=text), ["ethnicity"],
       "ethnicity (Romany Gypsy) of a named claimant")


@S
def s_came_out():
    r, fk = rf("s_came_out")
    p = P(r, fk)
    text = (f"Hiya, bit sensitive - {p.first} {p.last} has just come out as gay and is worried about the banter on\n"
            f"the line. Could you have a quiet word with the supervisor before he starts?\n\nBev")
    SP("s_came_out", "bev", ["hr@" + EMP["textiles"]], "new starter", build(text=text), ["sexual_orientation"],
       "sexual orientation of a named claimant")


@S
def s_methadone():
    r, fk = rf("s_methadone")
    p = P(r, fk)
    text = (f"Hi Helen\n\n{p.name} will need to pick up his script from the chemist every morning before 9, so the\n"
            f"8am viewing's no good. On a methadone programme with CGL. 11am?\n\nKuba")
    SP("s_methadone", "kuba", ["lettings@" + HOUSING], "viewing time", build(text=text), ["substance"],
       "methadone script for a named claimant to a housing association")


@S
def s_diabetic():
    r, fk = rf("s_diabetic")
    p = P(r, fk)
    text = (f"Joanne\n\n{p.first} ({p.name}) is type 1 diabetic so will need to check her bloods and have a snack\n"
            f"mid-shift. Is that ok on the packing line?\n\nShazia")
    SP("s_diabetic", "shaz", ["joanne.hartley@" + EMP["foods"]], "adjustments", build(text=text), ["health"],
       "a named claimant's diabetes")


@S
def s_mappa_header():
    r, fk = rf("s_mappa_header")
    p = P(r, fk)
    text = (f"PathwayHub: {p.name} has been booked for interview on {when_str(r)}. Please confirm.\n"
            f"-- PathwayHub (do not reply)")
    SP("s_mappa_header", "crm", ["hr@" + EMP["bus"]], "PathwayHub: interview booked", build(text=text),
       ["criminal"], "a MAPPA flag only in a custom X- header",
       hdrs=[("X-PathwayHub-Flags", "MAPPA L1; licence; employer disclosure done")])


@S
def s_quoted_deep():
    r, fk = rf("s_quoted_deep")
    p = P(r, fk)
    text = ("Yes that's fine thanks!\n\nOn Mon, 3 Mar 2025 at 09:02, Anna Kowalczyk wrote:\n"
            "> Can she start at 8 instead of 7?\n>\n> On Fri, 28 Feb 2025, Rizwan Akhtar wrote:\n"
            f">> Hi Anna, {p.name} for the housekeeping role. Just so you're aware she has\n"
            ">> epilepsy (well controlled, no seizures in 2 yrs) so no working at height.\n>>\n>> Riz\n")
    SP("s_quoted_deep", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "Re: housekeeping start", build(text=text),
       ["health"], "health detail only two levels down in a Gmail-style quote")


@S
def s_hidden_barrier_col():
    r, fk = rf("s_hidden_barrier_col")
    ps = people(r, fk, 14)
    rows = [["Surname", "Forename", "Course", "Barrier"]]
    for p in ps:
        rows.append([p.last, p.first, r.choice(["CSCS", "Forklift", "Food hygiene"]),
                     r.choice(["alcohol", "anxiety", "none", "depression", "none", "back injury"])])
    x = xlsx_bytes([{"name": "Cohort", "rows": rows, "hidden_cols": ["D"]}])
    text = "April cohort list attached ta. Gosia"
    case("s_hidden_barrier_col", "gosia", ["courses@northstar-training.co.uk"], "April cohort",
         build(text=text, atts=[att("april_cohort.xlsx", x)]), "encrypt_special_category",
         truth(special=["health", "mental_health", "substance"], data_subjects=14, doc_kinds=["name_list"]),
         facts(list_rows=14, list_cols=["surname", "forename", "course", "barrier"]),
         "names list with a hidden 'barrier' column of health/substance values")


@S
def s_housing_form():
    r, fk = rf("s_housing_form")
    p = P(r, fk)
    d = docx_bytes([("h", "Supported housing nomination"),
                    ("table", [["Name", p.name], ["Current address", f"{p.street}, {p.pc}"], ["Phone", p.phone],
                               ["Risk information", "Previous conviction for arson (2019), served 2 years"],
                               ["Support worker", STAFF["kuba"][0]]])])
    text = "Hi Helen, nomination for the Burnley scheme attached. Kuba"
    SP("s_housing_form", "kuba", ["nominations@" + HOUSING], "nomination",
       build(text=text, atts=[att("nomination.docx", d)]), ["criminal"],
       "DOCX table form with a conviction; support worker is staff", contact_details=True)


@S
def s_ics_cbt():
    r, fk = rf("s_ics_cbt")
    p = P(r, fk)
    ics = ics_bytes("cbt-2231@provider.example.org.uk", f"{p.first} {p.last} - joint session",
                    "20250314T130000Z", "20250314T140000Z", "Accrington office",
                    f"Joint session with Bridgeway re {p.first}'s CBT referral for PTSD (from army service).",
                    ("Dean Whittaker", addr_of("dean")), [("Bridgeway", "wellbeing@bridgeway-support.org.uk")])
    SP("s_ics_cbt", "dean", ["wellbeing@bridgeway-support.org.uk"], "joint session Fri",
       build(text="Sending an invite for Friday.", atts=[att("invite.ics", ics)]), ["mental_health"],
       "PTSD/CBT only in the ICS description")


@S
def s_nested_fwd():
    r, fk = rf("s_nested_fwd")
    p = P(r, fk)
    inner = nested_msg(f"{STAFF['amina'][0]} <{addr_of('amina')}>", f"{STAFF['bev'][0]} <{addr_of('bev')}>",
                       "case note", f"Bev - saw {p.name} today. Drinking has got worse since the split, "
                       f"says 'a few cans before bed'. Agreed to talk to the alcohol service.\nAmina")
    text = "Hi Sam, see below from Amina - can Bridgeway pick this up? Bev"
    SP("s_nested_fwd", "bev", ["wellbeing@bridgeway-support.org.uk"], "FW: case note",
       build(text=text, atts=[nested(inner, "case note.eml")]), ["substance"],
       "alcohol use in an attached message/rfc822")


@S
def s_stress_signed_off():
    r, fk = rf("s_stress_signed_off")
    p = P(r, fk)
    text = (f"hi Jas, {p.name} wont make Thursday - been in a really bad place, GP signed him off with\n"
            f"stress for a month. I'll keep in touch weekly\n\nAmina")
    SP("s_stress_signed_off", "amina", ["jaswinder.kaur@dwp.gov.uk"], "thursday", build(text=text),
       ["mental_health"], "to a work coach: 'signed off with stress' outside any DWP process")


@S
def s_pregnant():
    r, fk = rf("s_pregnant")
    p = P(r, fk)
    text = (f"Hi, for the risk assessment: {p.first} {p.last} is 14 weeks pregnant and the sickness is bad in the\n"
            f"mornings. Could she start at 10?\n\nLucy\nSent from my iPhone")
    SP("s_pregnant", "lucy", ["hr@" + EMP["care"]], "risk assessment", build(text=text), ["health"],
       "pregnancy and sickness of a named claimant")


@S
def s_html_table_adjust():
    r, fk = rf("s_html_table_adjust")
    ps = people(r, fk, 3)
    rows = "".join(f"<tr><td>{p.name}</td><td>{a}</td></tr>" for p, a in zip(
        ps, ["hearing aid - please face him when speaking", "none", "ADHD - short written instructions help"]))
    html = (f"<p>Hi Joanne,</p><p>The three for Monday's induction and any adjustments:</p>"
            f"<table border=1><tr><th>Name</th><th>Adjustments</th></tr>{rows}</table><p>Shazia</p>")
    SP("s_html_table_adjust", "shaz", ["joanne.hartley@" + EMP["foods"]], "Monday induction",
       build(html=html, logo=True), ["health"], "adjustment table: hearing loss, ADHD for named people", ds=3)


@S
def s_urdu_epilepsy():
    r, fk = rf("s_urdu_epilepsy")
    p = P(r, fk)
    text = (f"Salaam Nadia,\n\nshukriya for today. {p.name} wants to do the first aid course but mentioned the\n"
            f"seizures - his last fit was in January. Is that OK for the practical bit?\n\nShaz")
    SP("s_urdu_epilepsy", "shaz", ["nadia.hussain@" + MOSQUE], "first aid course", build(text=text), ["health"],
       "Urdu greeting; seizures of a named claimant to the community centre", crlf=True)


# ============================================================================= NINO / DOB / BANK / BENEFIT / CHILDREN
def EN(scen, frm, to, subject, msg, rule, notes, ds=1, cc=(), hdrs=(), crlf=False, f=None, **tk):
    case(scen, frm, to, subject, msg, rule, truth(data_subjects=ds, **tk), f or facts(), notes, cc=cc,
         hdrs=hdrs, crlf=crlf)


@S
def i_lower_spaces():
    r, fk = rf("i_lower_spaces")
    p = P(r, fk)
    text = f"hi helen, {p.name}'s ni is {fmt_nino(p.nino, 'lower')} for the tenancy check. ta kuba"
    EN("i_lower_spaces", "kuba", ["lettings@" + HOUSING], "tenancy check", build(text=text), "encrypt_nino",
       "lower-case spaced NINO", ninos=1)


@S
def i_split_line():
    r, fk = rf("i_split_line")
    p = P(r, fk)
    n = fmt_nino(p.nino)
    text = (f"Wendy, for the account application for {p.name}: National Insurance no. {n[:8]}\n{n[9:]}\n"
            f"(Sorry, phone's wrapping everything)\nLucy")
    EN("i_split_line", "lucy", ["wendy.sutcliffe@" + CU], "account application", build(text=text), "encrypt_nino",
       "NINO split across a line break", ninos=1)


@S
def i_x_header():
    r, fk = rf("i_x_header")
    p = P(r, fk)
    text = f"PathwayHub: {p.name} - job start recorded. Employer to confirm first pay date.\n-- PathwayHub"
    EN("i_x_header", "crm", ["payroll@" + EMP["textiles"]], "PathwayHub: job start", build(text=text),
       "encrypt_nino", "NINO only in an X- header", ninos=1,
       hdrs=[("X-PathwayHub-NINO", p.nino), ("X-PathwayHub-Event", "JOB_START")])


@S
def i_nested():
    r, fk = rf("i_nested")
    p = P(r, fk)
    inner = nested_msg("Burnley JCP <burnley.jcp.partnerships@dwp.gov.uk>", addr_of("lucy"), "enrolment",
                       f"Hi Lucy, {p.name} NI {p.nino} is fine to enrol on the Level 2 course.")
    text = "Hi Lorraine, see below - can you enrol? Lucy"
    EN("i_nested", "lucy", ["enrolments@" + COLLEGE], "FW: enrolment", build(text=text, atts=[nested(inner)]),
       "encrypt_nino", "NINO inside a forwarded message/rfc822", ninos=1)


@S
def i_mixed_case():
    r, fk = rf("i_mixed_case")
    p = P(r, fk)
    text = (f"Hi Gary - paperwork for {p.name}'s start:\nNat Ins: {fmt_nino(p.nino, 'mixed')}\n"
            f"Start date: 17/03/2025\nRiz")
    EN("i_mixed_case", "rizwan", ["gary.lund@" + EMP["carriers"]], "starter paperwork", build(text=text),
       "encrypt_nino", "mixed-case NINO to an employer (¶27)", ninos=1)


@S
def i_filename():
    r, fk = rf("i_filename")
    p = P(r, fk)
    d = docx_bytes(cv_blocks(r, fk, p, 1))
    text = "CV for the yard job attached. T"
    case("i_filename", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "CV", build(
        text=text, atts=[att(f"CV_{p.last}_{p.nino}.docx", d)]), "encrypt_nino",
        truth(ninos=1, data_subjects=1, contact_details=True, doc_kinds=["cv"]), facts(cv_count=1),
        "a CV to an employer whose file name holds the NINO")


@S
def i_lookalike_domain():
    r, fk = rf("i_lookalike_domain")
    p = P(r, fk)
    inner = nested_msg("WHP Referrals <whp.referrals@dwp.gov.uk>", DESIG_PROV, "WHP referral",
                       f"Referral: {p.name}\nNINO: {p.nino}\nJobcentre: Nelson\nReferral date: 24/02/2025")
    text = "Hi - forwarding this referral for wellbeing support. Sadia"
    case("i_lookalike_domain", "data", ["referrals@" + LOOKALIKE], "FW: WHP referral",
         build(text=text, atts=[nested(inner)]), "encrypt_nino", truth(ninos=1, data_subjects=1),
         facts(fwd_record=True, records=1), "forward of one DWP record to a look-alike domain (third party)")


@S
def i_pdf_letter_ni():
    r, fk = rf("i_pdf_letter_ni")
    p = P(r, fk)
    pdf = pdf_bytes([[("p", f"To whom it may concern,\n\nThis is to confirm that {p.name} (N.I. {fmt_nino(p.nino)}) "
                            f"is a participant on the Work and Health Programme with {ORG}."), ("p", "Bev Holt")]])
    EN("i_pdf_letter_ni", "bev", ["lettings@" + HOUSING], "confirmation letter",
       build(text="Letter attached. Bev", atts=[att("confirmation.pdf", pdf)]), "encrypt_letter_kind",
       "a confirmation letter (not interview/offer/appointment) with NINO to housing", ninos=1, doc_kinds=["letter_other"],
       f=facts(letters=["letter_other"]))


@S
def d_dob_words():
    r, fk = rf("d_dob_words")
    p = P(r, fk)
    text = (f"Hi Joanne, for the age check on the forklift role - {p.name} was born on the {ORD[p.dob.day]} of\n"
            f"{MONTHS[p.dob.month - 1]} {p.dob.year}, so well over 18!\n\nShazia")
    EN("d_dob_words", "shaz", ["joanne.hartley@" + EMP["foods"]], "age check", build(text=text), "encrypt_dob_bank",
       "date of birth written in words", dob=True)


@S
def d_dob_xlsx_form():
    r, fk = rf("d_dob_xlsx_form")
    p = P(r, fk)
    x = xlsx_bytes([{"name": "Enrolment", "rows": [["Field", "Value"], ["Learner", p.name],
                                                    ["D.O.B.", p.dob.strftime("%d.%m.%y")],
                                                    ["Course", "Functional Skills English L1"]]}])
    EN("d_dob_xlsx_form", "gosia", ["enrolments@" + COLLEGE], "enrolment",
       build(text="enrolment sheet attached, Gosia", atts=[att("enrolment.xlsx", x)]), "encrypt_dob_bank",
       "dd.mm.yy DOB in a one-person xlsx form", dob=True)


@S
def d_sortcode():
    r, fk = rf("d_sortcode")
    p = P(r, fk)
    text = (f"Hi Wendy\n\n{p.name} wants the wages paid into the new CU account, but the employer needs the\n"
            f"old details cancelling first: sort code {mk_sortcode(r)} acc {mk_account(r)}. Can you help?\n\nLucy")
    EN("d_sortcode", "lucy", ["wendy.sutcliffe@" + CU], "account switch", build(text=text), "encrypt_dob_bank",
       "claimant sort code + account in a sentence", bank=True)


@S
def d_iban():
    r, fk = rf("d_iban")
    p = P(r, fk)
    text = (f"Karen from finance asked me to pass on: travel expenses refund for {p.name}, IBAN\n{mk_iban(r)}\n"
            f"(Polish bank, she's not got a UK account yet).\nGosia")
    EN("d_iban", "gosia", ["payments@lancs-payroll-bureau.co.uk"], "expenses refund", build(text=text),
       "encrypt_dob_bank", "a claimant's IBAN", bank=True)


@S
def d_card():
    r, fk = rf("d_card")
    p = P(r, fk)
    text = (f"Hi, booking the CSCS test for {p.name}. He's paying himself - card {mk_card(r)} exp 09/27.\n"
            f"Any slot next week.\n\nTomasz")
    EN("d_card", "tomasz", ["bookings@" + TESTCTR], "CSCS test booking", build(text=text), "encrypt_dob_bank",
       "a Luhn-valid payment card number", bank=True)


@S
def d_acct_labelled():
    r, fk = rf("d_acct_labelled")
    p = P(r, fk)
    text = (f"Wendy - {p.first} {p.last}'s CU savings account no. {r.randint(10000000, 99999999)}, the £50 start-up\n"
            f"grant from us should go in there. Imran")
    EN("d_acct_labelled", "imran", ["wendy.sutcliffe@" + CU], "grant payment", build(text=text), "encrypt_dob_bank",
       "a labelled account number", bank=True)


@S
def d_dob_iso_csv():
    r, fk = rf("d_dob_iso_csv")
    p = P(r, fk)
    c = csv_bytes([["name", "dob", "course"], [p.name, p.dob.isoformat(), "First Aid at Work"]])
    EN("d_dob_iso_csv", "dean", ["bookings@" + MOSQUE], "first aid booking",
       build(text="booking details attached - Dean", atts=[att("booking.csv", c)]), "encrypt_dob_bank",
       "ISO DOB in a one-row CSV export", dob=True)


@S
def c_uc_amount():
    r, fk = rf("c_uc_amount")
    p = P(r, fk)
    text = (f"Hi Helen, for {p.name}'s affordability check: UC is £{r.randint(600, 1100)}.{r.randint(10, 99)} a month\n"
            f"incl. housing element, paid on the 14th.\nKuba")
    EN("c_uc_amount", "kuba", ["lettings@" + HOUSING], "affordability", build(text=text),
       "encrypt_benefit_children", "a named claimant's UC amount", benefit_payment=True)


@S
def c_sanction():
    r, fk = rf("c_sanction")
    p = P(r, fk)
    text = (f"Wendy - {p.name} had a UC sanction last month (lost about £{r.randint(200, 400)}) which is why the loan\n"
            f"repayment bounced. Can we talk about a payment holiday?\nLucy")
    EN("c_sanction", "lucy", ["wendy.sutcliffe@" + CU], "loan repayment", build(text=text),
       "encrypt_benefit_children", "a sanction with amount", benefit_payment=True)


@S
def c_kids_ages():
    r, fk = rf("c_kids_ages")
    p = P(r, fk)
    k1, k2 = fk.first_name(), fk.first_name()
    text = (f"Hi Joanne, {p.name} can do 9.30-2.30 only - school run for {k1} (6) and {k2}, who's four\n"
            f"and at the nursery on Carr Road.\nShazia")
    EN("c_kids_ages", "shaz", ["joanne.hartley@" + EMP["foods"]], "hours", build(text=text),
       "encrypt_benefit_children", "children's names with ages, one in words", children=True)


@S
def c_child_months():
    r, fk = rf("c_child_months")
    p = P(r, fk)
    k = fk.first_name()
    text = (f"Hiya, {p.first} {p.last} is keen but her little one {k} is only eighteen months so she needs a\n"
            f"creche place for the course. Do you have one?\nAmina")
    EN("c_child_months", "amina", ["lorraine.heys@" + COLLEGE], "creche", build(text=text),
       "encrypt_benefit_children", "a child's name and age in months, in words", children=True)


@S
def c_hb_table():
    r, fk = rf("c_hb_table")
    p = P(r, fk)
    d = docx_bytes([("h", "Better-off calculation"), ("table", [["Participant", p.name],
                    ["Housing Benefit now", f"£{r.randint(80, 120)}.{r.randint(10, 99)} per week"],
                    ["ESA now", f"£{r.randint(90, 140)}.{r.randint(10, 99)} per week"],
                    ["In work (24 hrs)", f"£{r.randint(300, 420)}.00 per week"]])])
    EN("c_hb_table", "imran", ["martin.greaves@" + ENTERPRISE], "better-off calc",
       build(text="Calc attached as discussed.", atts=[att("better_off.docx", d)]), "encrypt_benefit_children",
       "HB and ESA amounts in a DOCX table", benefit_payment=True)


@S
def c_pip_award():
    r, fk = rf("c_pip_award")
    p = P(r, fk)
    text = (f"Gary, {p.name}'s JSA (£92.05 a week) stops when he starts, and first pay is a month in arrears\n"
            f"- any chance of a weekly advance for the first few weeks?\nRiz")
    EN("c_pip_award", "rizwan", ["gary.lund@" + EMP["carriers"]], "access to work", build(text=text),
       "encrypt_benefit_children", "a named claimant's JSA amount", benefit_payment=True)


# ============================================================================= CVs
def CVT(p, contact=True, **kw):
    return truth(data_subjects=1, contact_details=contact, doc_kinds=["cv"], **kw)


@S
def cv_claimant_docx():
    r, fk = rf("cv_claimant_docx")
    p = P(r, fk)
    CONSENT.append(p.email)
    d = docx_bytes(cv_blocks(r, fk, p, 0))
    text = f"Hi {p.first}! Here's your updated CV like you asked, good luck Thursday!!\n\nAmina x\nSent from my iPhone"
    case("cv_claimant_docx", "nelson", [p.email], "your CV", build(text=text, atts=[att(f"{p.first}_{p.last}_CV.docx", d)]),
         "cv_to_claimant", CVT(p), facts(cv_count=1, own_rcpt=[p.email]), "one consented CV; referees named")


@S
def cv_claimant_pasted():
    r, fk = rf("cv_claimant_pasted")
    p = P(r, fk)
    CONSENT.append(p.email)
    text = f"Hiya {p.first}, your CV is below so you can copy it into the Indeed form.\n\n" + cv_text(r, fk, p) + "\n\nLucy"
    case("cv_claimant_pasted", "lucy", [p.email], "CV (pasted in)", build(text=text), "cv_to_claimant", CVT(p),
         facts(cv_count=1, own_rcpt=[p.email]), "a CV pasted in the body, to its consenting owner")


@S
def cv_claimant_pdf():
    r, fk = rf("cv_claimant_pdf")
    p = P(r, fk)
    CONSENT.append(p.email)
    pdf = pdf_bytes([cv_blocks(r, fk, p, 0)], title=f"CV {p.name}")
    text = f"Dzień dobry {p.first}, CV w PDF - your CV as a PDF as requested.\nGosia"
    case("cv_claimant_pdf", "gosia", [p.email], "CV PDF", build(text=text, enc="qp",
         atts=[att("CV.pdf", pdf)]), "cv_to_claimant", CVT(p), facts(cv_count=1, own_rcpt=[p.email]),
         "Word-exported PDF CV to consenting owner, Polish greeting")


@S
def cv_claimant_odt():
    r, fk = rf("cv_claimant_odt")
    p = P(r, fk)
    CONSENT.append(p.email)
    paras = [b[1] for b in cv_blocks(r, fk, p, 0) if b[0] in ("h", "p")]
    text = f"Hi {p.first}, your CV in LibreOffice format since Word won't open on your laptop.\nShaz"
    case("cv_claimant_odt", "shaz", [p.email], "CV - libreoffice version", build(text=text,
         atts=[att("my_cv.odt", odt_bytes(paras))]), "cv_to_claimant", CVT(p), facts(cv_count=1, own_rcpt=[p.email]),
         "ODT CV to consenting owner")


@S
def cv_claimant_table():
    r, fk = rf("cv_claimant_table")
    p = P(r, fk, dom="btinternet.com")
    CONSENT.append(p.email)
    d = docx_bytes(cv_blocks(r, fk, p, 1))
    text = f"Morning {p.first}\n\nCV attached - I've put it in the table layout the agency likes.\n" + sig("tomasz", r, 2)
    case("cv_claimant_table", "employers", [p.email], "CV - table layout", build(text=text, html_from_text=True,
         atts=[att("CV_table.docx", d)]), "cv_to_claimant", CVT(p), facts(cv_count=1, own_rcpt=[p.email]),
         "table-layout CV, multipart/alternative, staff mobile in signature")


@S
def cv_claimant_nocontact():
    r, fk = rf("cv_claimant_nocontact")
    p = P(r, fk)
    CONSENT.append(p.email)
    d = docx_bytes(cv_blocks(r, fk, p, 0, contact=False))
    text = f"{p.first} - CV without your address on, for the online applications.\nRiz\r\n"
    case("cv_claimant_nocontact", "rizwan", [p.email], "CV no address", build(text=text,
         atts=[att("CV_online.docx", d)]), "cv_to_claimant", CVT(p, contact=False),
         facts(cv_count=1, own_rcpt=[p.email]), "consented CV without contact details; CRLF", crlf=True)


# --- no consent
@S
def rc_plain():
    r, fk = rf("rc_plain")
    p = P(r, fk)
    d = docx_bytes(cv_blocks(r, fk, p, 0))
    text = f"Hi {p.first}, popped your CV over so you have a copy.\nAmina"
    case("rc_plain", "amina", [p.email], "CV", build(text=text, atts=[att("CV.docx", d)]), "reject_cv_no_consent",
         CVT(p), facts(cv_count=1, own_rcpt=[p.email]), "CV to the claimant's own address, no consent recorded")


@S
def rc_near_miss():
    r, fk = rf("rc_near_miss")
    p = P(r, fk)
    local, dom = p.email.split("@")
    CONSENT.append(local[:-1] + str((int(local[-1]) + 1) % 10) + "@" + dom)
    pdf = pdf_bytes([cv_blocks(r, fk, p, 0)])
    text = f"Hi {p.first}, CV attached as promised.\n\nGosia"
    case("rc_near_miss", "gosia", [p.email], "CV", build(text=text, atts=[att("CV.pdf", pdf)]), "reject_cv_no_consent",
         CVT(p), facts(cv_count=1, own_rcpt=[p.email]), "register holds a near-miss of the address (one digit off)")


@S
def rc_other_address():
    r, fk = rf("rc_other_address")
    p = P(r, fk, dom="gmail.com")
    CONSENT.append(p.email.replace("gmail.com", "outlook.com"))
    d = docx_bytes(cv_blocks(r, fk, p, 1))
    text = f"{p.first}, CV for you. (sent to your gmail as the hotmail one bounced)\nLucy"
    case("rc_other_address", "lucy", [p.email], "your cv", build(text=text, atts=[att("CV.docx", d)]),
         "reject_cv_no_consent", CVT(p), facts(cv_count=1, own_rcpt=[p.email]),
         "consent recorded only for the claimant's other address")


@S
def rc_tag():
    r, fk = rf("rc_tag")
    p = P(r, fk)
    d = docx_bytes(cv_blocks(r, fk, p, 0))
    case("rc_tag", "shaz", [p.email], f"{TAG} CV", build(text=f"Hi {p.first}, your CV. Shaz",
         atts=[att("CV.docx", d)]), "reject_cv_no_consent", CVT(p), facts(cv_count=1, own_rcpt=[p.email]),
         "[ENCRYPT] does not rescue an unconsented CV")


@S
def rc_dwp_cc():
    r, fk = rf("rc_dwp_cc")
    p = P(r, fk)
    d = docx_bytes(cv_blocks(r, fk, p, 0))
    text = f"Hi {p.first}, your new CV attached - I've copied Jas your work coach in so she has it.\nAmina"
    case("rc_dwp_cc", "amina", [p.email], "CV", build(text=text, atts=[att("CV.docx", d)]), "reject_cv_no_consent",
         CVT(p), facts(cv_count=1, own_rcpt=[p.email]), "unconsented CV with a DWP work coach in Cc",
         cc=["jaswinder.kaur@dwp.gov.uk"])


@S
def rc_zip():
    r, fk = rf("rc_zip")
    p = P(r, fk)
    z = zip_bytes([("CV.docx", docx_bytes(cv_blocks(r, fk, p, 0))), ("cover_letter_tips.txt", b"Keep it short.\n")])
    case("rc_zip", "tomasz", [p.email], "your job pack", build(text=f"{p.first} - job pack zipped up for you. T",
         atts=[att("job_pack.zip", z)]), "reject_cv_no_consent", CVT(p), facts(cv_count=1, own_rcpt=[p.email]),
         "unconsented CV inside a zip")


@S
def rc_pasted():
    r, fk = rf("rc_pasted")
    p = P(r, fk)
    text = f"hi {p.first} here's ur cv so u can put it on ur phone\n\n" + cv_text(r, fk, p) + "\n\nriz"
    case("rc_pasted", "rizwan", [p.email], "cv", build(text=text), "reject_cv_no_consent", CVT(p),
         facts(cv_count=1, own_rcpt=[p.email]), "unconsented CV pasted in the body")


@S
def rc_with_dob():
    r, fk = rf("rc_with_dob")
    p = P(r, fk)
    blocks = cv_blocks(r, fk, p, 0)
    blocks.insert(2, ("p", f"Date of birth: {p.dob.strftime('%d/%m/%Y')}"))
    case("rc_with_dob", "bev", [p.email], "CV", build(text=f"Hi {p.first}, CV attached. Bev",
         atts=[att("CV.docx", docx_bytes(blocks))]), "reject_cv_no_consent", CVT(p, dob=True),
         facts(cv_count=1, own_rcpt=[p.email]), "unconsented CV that also has a DOB")


@S
def rc_two_cvs():
    r, fk = rf("rc_two_cvs")
    p = P(r, fk)
    a = docx_bytes(cv_blocks(r, fk, p, 0))
    b = docx_bytes(cv_blocks(r, fk, p, 1))
    case("rc_two_cvs", "lucy", [p.email], "CVs - warehouse and care versions",
         build(text=f"{p.first}, two versions of your CV - one for warehouse jobs, one for care. Lucy",
               atts=[att("CV_warehouse.docx", a), att("CV_care.docx", b)]), "reject_cv_no_consent", CVT(p),
         facts(cv_count=2, own_rcpt=[p.email]), "two unconsented CVs for the same person")


# --- to employers / supply chain
@S
def cv_emp_one():
    r, fk = rf("cv_emp_one")
    p = P(r, fk)
    d = docx_bytes(cv_blocks(r, fk, p, 0))
    case("cv_emp_one", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "CV for yard operative",
         build(text="Lee, one for you - really solid. T\nSent from my iPhone", atts=[att("CV.docx", d)]),
         "cvs_up_to_10", CVT(p), facts(cv_count=1), "one CV with referees to an employer")


@S
def cv_emp_zip3():
    r, fk = rf("cv_emp_zip3")
    ps = people(r, fk, 3)
    z = zip_bytes([(f"{i + 1:02d}_{p.last}_CV.docx", docx_bytes(cv_blocks(r, fk, p, i % 2))) for i, p in enumerate(ps)])
    case("cv_emp_zip3", "employers", ["recruitment@" + EMP["care"]], "CVs for care assistant roles",
         build(text="Hi, three CVs zipped for the Colne roles. PRET Employer Team", atts=[att("cvs.zip", z)]),
         "cvs_up_to_10", truth(data_subjects=3, contact_details=True, doc_kinds=["cv"]), facts(cv_count=3),
         "three CVs in a plain zip")


@S
def cv_emp_bundle10():
    r, fk = rf("cv_emp_bundle10")
    ps = people(r, fk, 10)
    pdf = pdf_bytes([cv_blocks(r, fk, p, i % 2) for i, p in enumerate(ps)])
    case("cv_emp_bundle10", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "CV pack - 10 candidates",
         build(text="Anna, as promised all ten in one PDF, one per page.\nRiz", atts=[att("CV_pack.pdf", pdf)]),
         "cvs_up_to_10", truth(data_subjects=10, contact_details=True, doc_kinds=["cv"]), facts(cv_count=10),
         "exactly ten CVs bound in one PDF; referees not counted")


@S
def cv_derived_html():
    r, fk = rf("cv_derived_html")
    ps = people(r, fk, 6)
    rows = "".join(f"<tr><td>{p.name}</td><td>{', '.join(r.sample(SKILLS, 2))}</td><td>{r.choice(JOBS)}</td></tr>"
                   for p in ps)
    html = (f"<p>Hi Joanne,</p><p>Shortlist from our CVs for the packing roles:</p><table border=1>"
            f"<tr><th>Name</th><th>Skills</th><th>Last job</th></tr>{rows}</table><p>Shazia</p>")
    case("cv_derived_html", "shaz", ["joanne.hartley@" + EMP["foods"]], "shortlist", build(html=html),
         "cvs_up_to_10", truth(data_subjects=6, doc_kinds=["cv"]), facts(cv_count=6),
         "CV-derived data sets (¶21) in an HTML table")


@S
def cv_northstar():
    r, fk = rf("cv_northstar")
    ps = people(r, fk, 2)
    atts = [att(f"{p.first}{p.last}.pdf", pdf_bytes([cv_blocks(r, fk, p, 0)])) for p in ps]
    case("cv_northstar", "amina", ["placements@northstar-training.co.uk"], "CVs for placement",
         build(text="Two CVs for the placement scheme. Amina", atts=atts), "cvs_up_to_10",
         truth(data_subjects=2, contact_details=True, doc_kinds=["cv"]), facts(cv_count=2), "two CVs to supply chain")


@S
def cv_partner_pasted():
    r, fk = rf("cv_partner_pasted")
    p = P(r, fk)
    text = "Hi Gary, his CV's below (he doesn't have it as a file).\n\n" + cv_text(r, fk, p) + "\n\nRiz"
    case("cv_partner_pasted", "rizwan", ["gary.lund@" + EMP["carriers"]], "driver's mate - CV", build(text=text),
         "cvs_up_to_10", CVT(p), facts(cv_count=1), "a CV pasted in the body to an employer")


# --- over limits
@S
def ol_cv11():
    r, fk = rf("ol_cv11")
    ps = people(r, fk, 11)
    pdf = pdf_bytes([cv_blocks(r, fk, p, 0) for p in ps])
    case("ol_cv11", "tomasz", ["hr@" + EMP["bus"]], "driver CVs", build(text="All eleven CVs, one PDF. Tomasz",
         atts=[att("drivers_CVs.pdf", pdf)]), "encrypt_over_limit",
         truth(data_subjects=11, contact_details=True, doc_kinds=["cv"]), facts(cv_count=11), "eleven CVs in one PDF")


@S
def ol_cv_split():
    r, fk = rf("ol_cv_split")
    ps = people(r, fk, 11)
    z = zip_bytes([(f"{i + 1:02d}_{p.last}.docx", docx_bytes(cv_blocks(r, fk, p, 1))) for i, p in enumerate(ps[:6])])
    atts = [att("batch1.zip", z)] + [att(f"{p.last}.pdf", pdf_bytes([cv_blocks(r, fk, p, 0)])) for p in ps[6:]]
    case("ol_cv_split", "employers", ["recruitment@" + EMP["care"]], "CVs", build(text="6 in the zip + 5 attached",
         atts=atts), "encrypt_over_limit", truth(data_subjects=11, contact_details=True, doc_kinds=["cv"]),
         facts(cv_count=11), "six CVs in a zip plus five attached = 11")


# ============================================================================= FORMS
def form_rows(r, p, partner=None):
    rows = [["Applicant", p.name], ["Age", str(p.age)], ["Address", f"{p.street}, {p.pc}"], ["Phone", p.phone],
            ["Position applied for", r.choice(JOBS)], ["Availability", r.choice(["Immediate", "1 week notice"])],
            ["Referee", r.choice(["Former supervisor", "College tutor"])]]
    if partner:
        rows += [["Joint applicant", partner.name], ["Joint applicant age", str(partner.age)],
                 ["Joint applicant position", r.choice(JOBS)]]
    return rows


@S
def f_single_docx():
    r, fk = rf("f_single_docx")
    p = P(r, fk)
    d = docx_bytes([("h", "Calder Brook Care - application form"), ("table", form_rows(r, p))])
    case("f_single_docx", "lucy", ["recruitment@" + EMP["care"]], "application form",
         build(text="Completed application attached (age only, no DOB as agreed). Lucy", atts=[att("application.docx", d)]),
         "application_forms_up_to_10", truth(data_subjects=1, contact_details=True, doc_kinds=["application_form"]),
         facts(form_people=1), "one-person application form laid out as a table; age not DOB")


@S
def f_couple():
    r, fk = rf("f_couple")
    a, b = people(r, fk, 2)
    d = docx_bytes([("h", "Weavers Wharf - couple live-in application"), ("table", form_rows(r, a, b))])
    case("f_couple", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], "live-in couple application",
         build(text="Anna, the couple application for the live-in housekeeping posts.\nRiz", atts=[att("couple_app.docx", d)]),
         "application_forms_up_to_10", truth(data_subjects=2, contact_details=True, doc_kinds=["application_form_couple"]),
         facts(form_people=2), "one couple form counts two people")


@S
def f_five_couples():
    r, fk = rf("f_five_couples")
    ps = people(r, fk, 10)
    blocks = []
    for i in range(5):
        blocks += [("h", f"Couple application {i + 1}"), ("table", form_rows(r, ps[2 * i], ps[2 * i + 1])), ("break",)]
    d = docx_bytes(blocks[:-1])
    case("f_five_couples", "employers", ["hr@" + EMP["hotel"]], "seasonal couple applications",
         build(text="Five couple applications in one doc, one per page.", atts=[att("couples.docx", d)]),
         "application_forms_up_to_10", truth(data_subjects=10, contact_details=True, doc_kinds=["application_form_couple"]),
         facts(form_people=10), "five couple forms = ten people (the limit)")


@S
def f_acroform():
    r, fk = rf("f_acroform")
    p = P(r, fk)
    pdf = acroform_pdf("Towneley Transport - Application", [("name", "Full name", p.name), ("age", "Age", str(p.age)),
                       ("phone", "Contact number", p.phone), ("role", "Role", "PCV driver trainee"),
                       ("licence", "Driving licence held", "Full B, 9 years")])
    case("f_acroform", "tomasz", ["hr@" + EMP["bus"]], "application - PCV trainee",
         build(text="Filled in their PDF form for him. T", atts=[att("TT_application.pdf", pdf)]),
         "application_forms_up_to_10", truth(data_subjects=1, contact_details=True, doc_kinds=["application_form"]),
         facts(form_people=1), "fillable AcroForm: answers only in field values")


@S
def f_odt_three():
    r, fk = rf("f_odt_three")
    ps = people(r, fk, 3)
    rows = [["Applicant", "Age", "Phone", "Role"]] + [[p.name, p.age, p.phone, "Baker's assistant"] for p in ps]
    o = odt_bytes(["Barrowford Bakehouse - application forms (3)", "Referee details held by PRET."], table=rows)
    case("f_odt_three", "shaz", ["jobs@" + EMP["bakery"]], "applications x3",
         build(text="Three applications in the one file. Shaz", atts=[att("applications.odt", o)]),
         "application_forms_up_to_10", truth(data_subjects=3, contact_details=True, doc_kinds=["application_form"]),
         facts(form_people=3), "ODT with three applications")


@S
def ol_couples_plus_one():
    r, fk = rf("ol_couples_plus_one")
    ps = people(r, fk, 11)
    blocks = []
    for i in range(5):
        blocks += [("h", f"Couple application {i + 1}"), ("table", form_rows(r, ps[2 * i], ps[2 * i + 1])), ("break",)]
    blocks += [("h", "Single application"), ("table", form_rows(r, ps[10]))]
    case("ol_couples_plus_one", "employers", ["hr@" + EMP["hotel"]], "applications - couples + 1",
         build(text="Five couples and one single, sorry it's all in one doc.", atts=[att("apps.docx", docx_bytes(blocks))]),
         "encrypt_over_limit", truth(data_subjects=11, contact_details=True,
                                     doc_kinds=["application_form_couple", "application_form"]),
         facts(form_people=11), "five couple forms + one single = eleven people")


@S
def ol_forms12():
    r, fk = rf("ol_forms12")
    ps = people(r, fk, 12)
    atts = [att(f"app_{i + 1}.docx", docx_bytes([("h", "Application"), ("table", form_rows(r, p))]))
            for i, p in enumerate(ps)]
    case("ol_forms12", "lucy", ["recruitment@" + EMP["care"]], "12 applications", build(text="all 12 attached", atts=atts),
         "encrypt_over_limit", truth(data_subjects=12, contact_details=True, doc_kinds=["application_form"]),
         facts(form_people=12), "twelve single forms")


# ============================================================================= LETTERS
@S
def l_interview_bundle():
    r, fk = rf("l_interview_bundle")
    ps = people(r, fk, 10)
    pdf = pdf_bytes([letter_blocks(r, fk, p, "letter_interview", "Pendle Precast", when_str(r), "Lee Fairbrother")
                     for p in ps])
    case("l_interview_bundle", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "interview letters",
         build(text="Ten letters in one PDF for you to sign. T", atts=[att("interview_letters.pdf", pdf)]),
         "letters_up_to_10", truth(data_subjects=10, contact_details=True, doc_kinds=["letter_interview"]),
         facts(letters=["letter_interview"] * 10), "ten interview letters bound in one PDF")


@S
def l_appointment_own():
    r, fk = rf("l_appointment_own")
    p = P(r, fk)
    d = docx_bytes(letter_blocks(r, fk, p, "letter_appointment", ORG, when_str(r), STAFF["amina"][0]))
    case("l_appointment_own", "nelson", [p.email], "your next appointment",
         build(text=f"Hi {p.first}, your appointment letter is attached.\nPRET Nelson", atts=[att("appointment.docx", d)]),
         "letters_up_to_10", truth(data_subjects=1, contact_details=True, doc_kinds=["letter_appointment"]),
         facts(letters=["letter_appointment"], own_rcpt=[p.email]), "appointment letter to the claimant it is addressed to")


@S
def l_offer_own():
    r, fk = rf("l_offer_own")
    p = P(r, fk)
    pdf = pdf_bytes([letter_blocks(r, fk, p, "letter_job_offer", "Ribble Valley Foods", "Monday 17 March", "Joanne Hartley")])
    case("l_offer_own", "employers", [p.email], "job offer!!",
         build(text=f"{p.first}!! Ribble Valley Foods sent your offer letter over, attached. So pleased for you.\nShaz",
               atts=[att("offer.pdf", pdf)]), "letters_up_to_10",
         truth(data_subjects=1, contact_details=True, doc_kinds=["letter_job_offer"]),
         facts(letters=["letter_job_offer"], own_rcpt=[p.email]), "job offer letter to its addressee")


@S
def l_zip_appointments():
    r, fk = rf("l_zip_appointments")
    ps = people(r, fk, 4)
    z = zip_bytes([(f"{p.first}_{p.last}_appt.docx", docx_bytes(letter_blocks(r, fk, p, "letter_appointment", ORG, when_str(r),
                   "Northstar Training"))) for p in ps])
    case("l_zip_appointments", "gosia", ["admin@northstar-training.co.uk"], "appointment letters",
         build(text="4 appointment letters for your induction day, zipped.", atts=[att("letters.zip", z)]),
         "letters_up_to_10", truth(data_subjects=4, contact_details=True, doc_kinds=["letter_appointment"]),
         facts(letters=["letter_appointment"] * 4), "appointment letters in a zip to supply chain")


@S
def l_docx_three():
    r, fk = rf("l_docx_three")
    ps = people(r, fk, 3)
    blocks = []
    for p in ps:
        blocks += letter_blocks(r, fk, p, "letter_interview", "Barrowford Bakehouse", when_str(r), "PRET") + [("break",)]
    case("l_docx_three", "shaz", ["jobs@" + EMP["bakery"]], "interview letters",
         build(text="Three letters, one per page", atts=[att("letters.docx", docx_bytes(blocks[:-1]))]),
         "letters_up_to_10", truth(data_subjects=3, contact_details=True, doc_kinds=["letter_interview"]),
         facts(letters=["letter_interview"] * 3), "three interview letters in one DOCX")


@S
def ol_letters11():
    r, fk = rf("ol_letters11")
    ps = people(r, fk, 11)
    pdf = pdf_bytes([letter_blocks(r, fk, p, "letter_interview", "Towneley Transport", when_str(r), "HR") for p in ps])
    case("ol_letters11", "employers", ["hr@" + EMP["bus"]], "interview letters (11)",
         build(text="11 letters attached", atts=[att("letters.pdf", pdf)]), "encrypt_over_limit",
         truth(data_subjects=11, contact_details=True, doc_kinds=["letter_interview"]),
         facts(letters=["letter_interview"] * 11), "eleven interview letters")


@S
def lk_mixed_batch():
    r, fk = rf("lk_mixed_batch")
    ps = people(r, fk, 5)
    pages = [letter_blocks(r, fk, p, "letter_appointment", ORG, when_str(r), "PRET") for p in ps[:4]]
    pages.append(letter_blocks(r, fk, ps[4], "letter_other", ORG, "January", "PRET"))
    case("lk_mixed_batch", "bev", ["admin@bridgeway-support.org.uk"], "letters to post",
         build(text="Can you print and post these 5? Bev", atts=[att("letters.pdf", pdf_bytes(pages))]),
         "encrypt_letter_kind", truth(data_subjects=5, contact_details=True,
                                      doc_kinds=["letter_appointment", "letter_other"]),
         facts(letters=["letter_appointment"] * 4 + ["letter_other"]), "four appointment letters and one end-of-support letter")


@S
def lk_support_letter():
    r, fk = rf("lk_support_letter")
    p = P(r, fk)
    d = docx_bytes([("p", "To the Lettings Team"), ("p", f"We are writing in support of {p.name}'s application for a "
                    f"one-bedroom flat. {p.first} has engaged well with the programme for six months."), ("p", "Bev Holt")])
    case("lk_support_letter", "bev", ["lettings@" + HOUSING], "letter of support",
         build(text="Letter of support attached.", atts=[att("support_letter.docx", d)]), "encrypt_letter_kind",
         truth(data_subjects=1, doc_kinds=["letter_other"]), facts(letters=["letter_other"]),
         "a letter of support is not an interview/offer/appointment letter")


# ============================================================================= LISTS
def name_pool(r, fk, n):
    out, seen = [], set()
    while len(out) < n:
        f, l = fk.first_name(), fk.last_name()
        if (f, l) in seen:
            continue
        seen.add((f, l))
        out.append((f, l, mk_nino(r)))
    # unique ninos
    ninos = set()
    res = []
    for f, l, n in out:
        while n in ninos:
            n = mk_nino(r)
        ninos.add(n)
        res.append((f, l, n))
    return res


@S
def li_500_csv():
    r, fk = rf("li_500_csv")
    pool = name_pool(r, fk, 500)
    rows = [["Surname", "Forename", "NINO", "Course date"]] + [[l, f, n, "24/03/2025"] for f, l, n in pool]
    case("li_500_csv", "sadia", ["data@northstar-training.co.uk"], "course list - March",
         build(text="Full March list, 500 exactly. Sadia", atts=[att("march_course_list.csv", csv_bytes(rows))]),
         "names_list_500", truth(ninos=500, data_subjects=500, doc_kinds=["name_list"]),
         facts(list_rows=500, list_cols=["surname", "forename", "nino", "date"]), "500 names with NINOs (the limit)")


@S
def li_emp_xlsx():
    r, fk = rf("li_emp_xlsx")
    pool = name_pool(r, fk, 37)
    rows = [["Surname", "Initial", "Interview"]] + [[l, f[0], f"{r.randint(10, 28)}/03/2025"] for f, l, _ in pool]
    case("li_emp_xlsx", "employers", ["recruitment@" + EMP["care"]], "interview schedule",
         build(text="Interview schedule for the recruitment day.", atts=[att("schedule.xlsx", xlsx_bytes(
             [{"name": "Schedule", "rows": rows}, {"name": "Summary", "rows": [["Total", 37]]}]))]),
         "names_list_500", truth(data_subjects=37, doc_kinds=["name_list"]),
         facts(list_rows=37, list_cols=["surname", "initial", "date"]), "surname + initial + interview date list")


@S
def li_fixed_width():
    r, fk = rf("li_fixed_width")
    pool = name_pool(r, fk, 120)
    lines = ["SURNAME             FORENAME        REF        OFFICE"]
    for f, l, _ in pool:
        lines.append(f"{l.upper():<20}{f:<16}PRH-{r.randint(100000, 999999)} {r.choice(['NELSON', 'BURNLEY', 'COLNE'])}")
    case("li_fixed_width", "crm", ["data@bridgeway-support.org.uk"], "PathwayHub export - active caseload",
         build(text="Scheduled export.", atts=[att("caseload.txt", ("\n".join(lines) + "\n").encode())]),
         "names_list_500", truth(data_subjects=120, doc_kinds=["name_list"]),
         facts(list_rows=120, list_cols=["surname", "forename", "ref", "office"]), "fixed-width CRM export")


@S
def li_480_body():
    r, fk = rf("li_480_body")
    pool = name_pool(r, fk, 480)
    text = "Hi, the group list for the jobs fair invites:\n\n" + "\n".join(f"{f[0]}. {l}" for f, l, _ in pool) + "\n\nAmina"
    case("li_480_body", "amina", ["events@northstar-training.co.uk"], "jobs fair names", build(text=text),
         "names_list_500", truth(data_subjects=480, doc_kinds=["name_list"]),
         facts(list_rows=480, list_cols=["initial", "surname"]), "480 initials+surnames pasted in a text body")


@S
def li_501():
    r, fk = rf("li_501")
    pool = name_pool(r, fk, 501)
    rows = [["Surname", "Forename", "NINO"]] + [[l, f, n] for f, l, n in pool]
    case("li_501", "sadia", ["data@northstar-training.co.uk"], "course list - April",
         build(text="April list attached", atts=[att("april_list.csv", csv_bytes(rows))]), "encrypt_over_limit",
         truth(ninos=501, data_subjects=501, doc_kinds=["name_list"]),
         facts(list_rows=501, list_cols=["surname", "forename", "nino"]), "501 names: one over the limit")


@S
def li_nino_only_big():
    r, fk = rf("li_nino_only_big")
    pool = name_pool(r, fk, 640)
    c = ("NINO\r\n" + "\r\n".join(n for _, _, n in pool) + "\r\n").encode()
    case("li_nino_only_big", "data", ["data@bridgeway-support.org.uk"], "NINO match file",
         build(text="Match file, NINOs only.", atts=[att("nino_match.csv", c)]), "nino_only_list",
         truth(ninos=640, data_subjects=640, doc_kinds=["nino_list"]), facts(nino_only=True, list_rows=640,
         list_cols=["nino"]), "640 NINOs alone: no limit")


@S
def li_nino_only_small():
    r, fk = rf("li_nino_only_small")
    pool = name_pool(r, fk, 40)
    text = "NINOs for the attendance check:\n" + "\n".join(fmt_nino(n) for _, _, n in pool) + "\n"
    case("li_nino_only_small", "sadia", ["data@northstar-training.co.uk"], "attendance check", build(text=text),
         "nino_only_list", truth(ninos=40, data_subjects=40, doc_kinds=["nino_list"]),
         facts(nino_only=True, list_rows=40, list_cols=["nino"]), "40 spaced NINOs in the body")


@S
def lf_hidden_dob():
    r, fk = rf("lf_hidden_dob")
    pool = name_pool(r, fk, 25)
    rows = [["Surname", "Forename", "DOB", "Course"]] + [[l, f, mk_dob(r).strftime("%d/%m/%Y"), "CSCS"] for f, l, _ in pool]
    case("lf_hidden_dob", "gosia", ["courses@northstar-training.co.uk"], "CSCS list",
         build(text="list attached", atts=[att("cscs.xlsx", xlsx_bytes([{"name": "List", "rows": rows, "hidden_cols": ["C"]}]))]),
         "encrypt_list_forbidden_column", truth(dob=True, data_subjects=25, doc_kinds=["name_list"]),
         facts(list_rows=25, list_cols=["surname", "forename", "dob", "course"]), "a hidden DOB column")


@S
def lf_mobile():
    r, fk = rf("lf_mobile")
    pool = name_pool(r, fk, 18)
    rows = [["Name", "Mobile"]] + [[f"{f} {l}", mk_mobile(r)] for f, l, _ in pool]
    case("lf_mobile", "tomasz", ["transport@" + EMP["carriers"]], "minibus pick-ups",
         build(text="names and numbers for the minibus", atts=[att("pickups.csv", csv_bytes(rows))]),
         "encrypt_list_forbidden_column", truth(contact_details=True, data_subjects=18, doc_kinds=["name_list"]),
         facts(list_rows=18, list_cols=["name", "phone"]), "list with a mobile column")


@S
def lf_postcode():
    r, fk = rf("lf_postcode")
    pool = name_pool(r, fk, 30)
    lines = [f"{l}, {f} - {mk_address(r, fk)[1]}" for f, l, _ in pool]
    case("lf_postcode", "bev", ["routes@" + EMP["bus"]], "postcodes for route planning",
         build(text="Postcodes for the shuttle planning:\n" + "\n".join(lines)), "encrypt_list_forbidden_column",
         truth(contact_details=True, data_subjects=30, doc_kinds=["name_list"]),
         facts(list_rows=30, list_cols=["surname", "forename", "postcode"]), "list with home postcodes")


@S
def lf_uc_amount():
    r, fk = rf("lf_uc_amount")
    pool = name_pool(r, fk, 22)
    rows = [["Surname", "Forename", "UC award (monthly)"]] + [[l, f, f"£{r.randint(400, 1200)}.{r.randint(10, 99)}"] for f, l, _ in pool]
    case("lf_uc_amount", "imran", ["martin.greaves@" + ENTERPRISE], "start-up cohort",
         build(text="cohort list", atts=[att("cohort.xlsx", xlsx_bytes([{"name": "Cohort", "rows": rows}]))]),
         "encrypt_list_forbidden_column", truth(benefit_payment=True, data_subjects=22, doc_kinds=["name_list"]),
         facts(list_rows=22, list_cols=["surname", "forename", "benefit_amount"]), "list with UC award amounts")


# ============================================================================= DWP
def exit_report(r, p):
    return docx_bytes([("h", "WHP Exit Report"), ("table", [["Participant", p.name], ["NINO", p.nino],
                       ["Start date", "02/09/2024"], ["Exit date", "28/02/2025"], ["Reason", "Completed 456 days"],
                       ["Outcome", "Job outcome achieved"], ["Completed by", STAFF["sadia"][0]]])])


@S
def dw_names_xlsx():
    r, fk = rf("dw_names_xlsx")
    pool = name_pool(r, fk, 210)
    rows = [["Surname", "Forename", "NINO", "Start date"]] + [[l, f, n, "03/02/2025"] for f, l, n in pool]
    case("dw_names_xlsx", "sadia", ["mark.bradshaw@dwp.gsi.gov.uk"], "PRaP reconciliation - Feb starts",
         build(text="Feb starts for reconciliation.", atts=[att("prap_feb.xlsx", xlsx_bytes([{"name": "Starts", "rows": rows}]))]),
         "dwp_names_list", truth(ninos=210, data_subjects=210, doc_kinds=["name_list"]),
         facts(list_rows=210, list_cols=["surname", "forename", "nino", "date"]), "names+NINO list to DWP")


@S
def dw_names_html():
    r, fk = rf("dw_names_html")
    pool = name_pool(r, fk, 15)
    rows = "".join(f"<tr><td>{l}</td><td>{f}</td><td>{n}</td></tr>" for f, l, n in pool)
    html = f"<p>Hi Jas, the 15 who attended the jobs fair:</p><table border=1>{rows}</table><p>Bev</p>"
    case("dw_names_html", "bev", ["burnley.jcp.partnerships@dwp.gov.uk"], "jobs fair attendees", build(html=html, enc="qp"),
         "dwp_names_list", truth(ninos=15, data_subjects=15, doc_kinds=["name_list"]),
         facts(list_rows=15, list_cols=["surname", "forename", "nino"]), "HTML table list to a jobcentre")


@S
def dw_nino_only():
    r, fk = rf("dw_nino_only")
    pool = name_pool(r, fk, 90)
    c = ("\n".join(n for _, _, n in pool) + "\n").encode()
    case("dw_nino_only", "data", [DESIG_DWP], "NINO list - early exits",
         build(text="List attached.", atts=[att("early_exits.txt", c)]), "dwp_names_list",
         truth(ninos=90, data_subjects=90, doc_kinds=["nino_list"]), facts(nino_only=True, list_rows=90, list_cols=["nino"]),
         "NINO-only list to DWP")


@S
def dw_ucnea1():
    r, fk = rf("dw_ucnea1")
    p = P(r, fk)
    d = docx_bytes([("h", "UCNEA1"), ("table", [["Claimant", p.name], ["NINO", p.nino], ["Employer", "Pendle Precast Ltd"],
                    ["Start date", "10/03/2025"], ["Hours", "37.5"]])])
    case("dw_ucnea1", "lucy", ["burnley.jcp.partnerships@dwp.gov.uk"], "UCNEA1",
         build(text="UCNEA1 attached.", atts=[att("UCNEA1.docx", d)]), "dwp_ucnea1_gns",
         truth(ninos=1, data_subjects=1, doc_kinds=["ucnea1"]), facts(records=1), "one UCNEA1")


@S
def dw_gns():
    r, fk = rf("dw_gns")
    p = P(r, fk)
    d = docx_bytes([("h", "Good News Story"), ("p", f"{p.name} joined us in October after years out of work with "
                    f"anxiety. With support from our wellbeing coordinator {p.first} now works 20 hours at a bakery in Barrowford.")])
    case("dw_gns", "bev", ["whp.performance@dwp.gov.uk"], "Good news story - March",
         build(text="Our GNS for March.", atts=[att("GNS_March.docx", d)]), "dwp_ucnea1_gns",
         truth(special=["mental_health"], data_subjects=1, doc_kinds=["good_news_story"]), facts(records=1),
         "one GNS; the health detail is inside the record")


@S
def dw_gns_pdf():
    r, fk = rf("dw_gns_pdf")
    p = P(r, fk)
    pdf = pdf_bytes([[("h", "ESF Good News Story"), ("p", f"{p.name}, 24, completed a forklift course with "
                      "Northstar and started at Colne Carriers.")]])
    case("dw_gns_pdf", "gosia", ["esf.gns@dwp.gsi.gov.uk"], "GNS",
         build(text="GNS attached", atts=[att("GNS.pdf", pdf)]), "dwp_ucnea1_gns",
         truth(data_subjects=1, doc_kinds=["good_news_story"]), facts(records=1), "one GNS as PDF")


@S
def dw_exit():
    r, fk = rf("dw_exit")
    p = P(r, fk)
    case("dw_exit", "data", [DESIG_DWP], "Exit report",
         build(text="Exit report attached.", atts=[att("exit_report.docx", exit_report(r, p))]), "dwp_c15_process",
         truth(ninos=1, data_subjects=1, doc_kinds=["exit_report"]), facts(records=1),
         "one exit report (table layout) between the designated inboxes")


@S
def dw_coc():
    r, fk = rf("dw_coc")
    p = P(r, fk)
    text = (f"CHANGE OF CIRCUMSTANCES\nParticipant: {p.name}\nNINO: {fmt_nino(p.nino)}\nChange: new address\n"
            f"New address: {p.street}, {p.pc}\nDate of change: 01/03/2025\n")
    case("dw_coc", "data", [DESIG_DWP], "Change of circumstances", build(text=text), "dwp_c15_process",
         truth(ninos=1, data_subjects=1, contact_details=True, doc_kinds=["change_of_circumstances"]), facts(records=1),
         "one CoC in the body, designated inboxes")


@S
def dw_eb():
    r, fk = rf("dw_eb")
    p = P(r, fk)
    x = xlsx_bytes([{"name": "EB form", "rows": [["Field", "Value"], ["Participant", p.name], ["NINO", p.nino],
                    ["Employer", "Brierfield Textiles"], ["Weekly hours", 30]]}])
    case("dw_eb", "data", [DESIG_DWP], "WHP Employment Business Customer Form",
         build(text="Form attached", atts=[att("EB_customer_form.xlsx", x)]), "dwp_c15_process",
         truth(ninos=1, data_subjects=1, doc_kinds=["whp_eb_customer_form"]), facts(records=1), "one EB form")


@S
def dwx_wrong_sender():
    r, fk = rf("dwx_wrong_sender")
    p = P(r, fk)
    case("dwx_wrong_sender", "sadia", [DESIG_DWP], "Exit report",
         build(text="Exit report attached (sending from mine, shared inbox is playing up).",
               atts=[att("exit.docx", exit_report(r, p))]), "encrypt_dwp_process",
         truth(ninos=1, data_subjects=1, doc_kinds=["exit_report"]), facts(records=1),
         "exit report from a personal mailbox, not the designated inbox")


@S
def dwx_two_exits():
    r, fk = rf("dwx_two_exits")
    a, b = people(r, fk, 2)
    case("dwx_two_exits", "data", [DESIG_DWP], "Exit reports x2",
         build(text="Two exit reports.", atts=[att("exit1.docx", exit_report(r, a)), att("exit2.docx", exit_report(r, b))]),
         "encrypt_dwp_process", truth(ninos=2, data_subjects=2, doc_kinds=["exit_report"]), facts(records=2),
         "two records in one e-mail")


@S
def dwx_coc_cover():
    r, fk = rf("dwx_coc_cover")
    p = P(r, fk)
    text = (f"CoC attached. FYI he's relapsed and is back on the heroin, so expect him to miss appointments.\n\n"
            f"Change of circumstances: {p.name}, NINO {p.nino}, change: moved in with sister.\n")
    case("dwx_coc_cover", "data", [DESIG_DWP], "Change of circumstances", build(text=text), "encrypt_dwp_process",
         truth(ninos=1, special=["substance"], data_subjects=1, doc_kinds=["change_of_circumstances"]),
         facts(records=1, extra=["substance"]), "covering text adds a substance detail outside the record")


@S
def dwx_eb_prap():
    r, fk = rf("dwx_eb_prap")
    p = P(r, fk)
    x = xlsx_bytes([{"name": "EB", "rows": [["Participant", p.name], ["NINO", p.nino]]}])
    case("dwx_eb_prap", "data", ["prap.support@dwp.gsi.gov.uk"], "EB customer form",
         build(text="EB form attached", atts=[att("EB.xlsx", x)]), "encrypt_dwp_process",
         truth(ninos=1, data_subjects=1, doc_kinds=["whp_eb_customer_form"]), facts(records=1),
         "EB form to a DWP address that is not the designated inbox")


@S
def dwx_two_ucnea1():
    r, fk = rf("dwx_two_ucnea1")
    a, b = people(r, fk, 2)
    atts = [att(f"UCNEA1_{p.last}.docx", docx_bytes([("h", "UCNEA1"), ("table", [["Claimant", p.name], ["NINO", p.nino]])]))
            for p in (a, b)]
    case("dwx_two_ucnea1", "lucy", ["burnley.jcp.partnerships@dwp.gov.uk"], "UCNEA1s", build(text="two attached", atts=atts),
         "encrypt_dwp_process", truth(ninos=2, data_subjects=2, doc_kinds=["ucnea1"]), facts(records=2),
         "two UCNEA1s in one e-mail")


@S
def dwx_cv_cc():
    r, fk = rf("dwx_cv_cc")
    p = P(r, fk)
    case("dwx_cv_cc", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "CV",
         build(text="Lee - CV attached. Copying Jas at the jobcentre as she referred him.",
               atts=[att("CV.docx", docx_bytes(cv_blocks(r, fk, p, 0)))]), "encrypt_dwp_process", CVT(p),
         facts(cv_count=1), "CV to an employer with a DWP work coach in Cc", cc=["jaswinder.kaur@dwp.gov.uk"])


@S
def fw_referral():
    r, fk = rf("fw_referral")
    p = P(r, fk)
    inner = nested_msg("WHP Referrals <whp.referrals@dwp.gov.uk>", DESIG_PROV, "WHP referral",
                       f"Referral\nName: {p.name}\nNINO: {p.nino}\nJobcentre: Burnley\nDate: 20/02/2025")
    case("fw_referral", "data", ["referrals@bridgeway-support.org.uk"], "FW: WHP referral",
         build(text="Forwarding one referral for your caseload.", atts=[nested(inner)]), "forward_subcontractor",
         truth(ninos=1, data_subjects=1), facts(fwd_record=True, records=1), "one DWP record forwarded to the subcontractor")


@S
def fw_coc_northstar():
    r, fk = rf("fw_coc_northstar")
    p = P(r, fk)
    inner = nested_msg("WHP Provider Inbox <whp.provider-inbox@dwp.gov.uk>", DESIG_PROV, "Change of circumstances",
                       f"CoC notification: {p.name} ({p.nino}) now available Mondays only.")
    case("fw_coc_northstar", "data", ["data@northstar-training.co.uk"], "FW: Change of circumstances",
         build(text="FYI for course planning - one record.", atts=[nested(inner)]), "forward_subcontractor",
         truth(ninos=1, data_subjects=1, doc_kinds=["change_of_circumstances"]), facts(fwd_record=True, records=1),
         "one CoC record forwarded to supply chain")


# ============================================================================= TO THE CLAIMANT
def CR(scen, frm, p, subject, msg, notes, **tk):
    case(scen, frm, [p.email], subject, msg, "encrypt_claimant_recipient", truth(data_subjects=1, **tk),
         facts(own_rcpt=[p.email], **({"cv_count": tk.pop("_cv")} if "_cv" in tk else {})), notes)


@S
def cr_action_plan():
    r, fk = rf("cr_action_plan")
    p = P(r, fk)
    d = docx_bytes([("h", "My action plan"), ("table", [["Name", p.name], ["NINO", p.nino], ["Goal", "Warehouse work"],
                    ["Next step", "CSCS course"]])])
    case("cr_action_plan", "nelson", [p.email], "your action plan",
         build(text=f"Hi {p.first}, your action plan from today.", atts=[att("action_plan.docx", d)]),
         "encrypt_claimant_recipient", truth(ninos=1, data_subjects=1, doc_kinds=[]), facts(own_rcpt=[p.email]),
         "the claimant's own NINO in an action plan sent to them")


@S
def cr_better_off():
    r, fk = rf("cr_better_off")
    p = P(r, fk)
    text = (f"Hi {p.first},\n\nAs promised, your better-off figures: your UC now is £{r.randint(700, 1000)}.{r.randint(10, 99)} a month;\n"
            f"with the cleaning business at about £900 profit it would drop to roughly £{r.randint(200, 500)}.\nImran")
    case("cr_better_off", "selfemp", [p.email], "your figures", build(text=text), "encrypt_claimant_recipient",
         truth(benefit_payment=True, data_subjects=1), facts(own_rcpt=[p.email]), "their own UC amount, to them")


@S
def cr_licence():
    r, fk = rf("cr_licence")
    p = P(r, fk)
    text = (f"Hi {p.first}, just a reminder: with your licence conditions you cant work in Blackburn town centre\n"
            f"so I've only put you forward for the Burnley jobs. See you Tues.\nKuba")
    case("cr_licence", "kuba", [p.email], "job options", build(text=text), "encrypt_claimant_recipient",
         truth(special=["criminal"], data_subjects=1), facts(own_rcpt=[p.email]), "their licence conditions, to them")


@S
def cr_cv_dob():
    r, fk = rf("cr_cv_dob")
    p = P(r, fk)
    CONSENT.append(p.email)
    blocks = cv_blocks(r, fk, p, 0)
    blocks.insert(2, ("p", f"Born {p.dob.day} {MONTHS[p.dob.month - 1]} {p.dob.year}"))
    case("cr_cv_dob", "lucy", [p.email], "CV", build(text=f"Hi {p.first}, CV attached. Lucy",
         atts=[att("CV.docx", docx_bytes(blocks))]), "encrypt_claimant_recipient", CVT(p, dob=True),
         facts(cv_count=1, own_rcpt=[p.email]), "consented CV that carries a DOB")


@S
def cr_two_cvs():
    r, fk = rf("cr_two_cvs")
    p = P(r, fk)
    CONSENT.append(p.email)
    case("cr_two_cvs", "amina", [p.email], "both CVs", build(text=f"{p.first}, both versions as you asked. A",
         atts=[att("CV_v1.docx", docx_bytes(cv_blocks(r, fk, p, 0))), att("CV_v2.pdf", pdf_bytes([cv_blocks(r, fk, p, 1)]))]),
         "encrypt_claimant_recipient", CVT(p), facts(cv_count=2, own_rcpt=[p.email]), "two CVs to a consenting claimant")


@S
def cr_support_letter():
    r, fk = rf("cr_support_letter")
    p = P(r, fk)
    d = docx_bytes(letter_blocks(r, fk, p, "letter_other", ORG, "1 February", STAFF["bev"][0]))
    case("cr_support_letter", "nelson", [p.email], "letter", build(text=f"Dear {p.first}, please see the attached letter.",
         atts=[att("letter.docx", d)]), "encrypt_claimant_recipient",
         truth(data_subjects=1, contact_details=True, doc_kinds=["letter_other"]),
         facts(letters=["letter_other"], own_rcpt=[p.email]), "an end-of-support letter to the claimant")


@S
def cr_anxiety_greeting():
    r, fk = rf("cr_anxiety_greeting")
    p = P(r, fk)
    text = (f"Hi {p.first},\n\nLovely to see you today. You mentioned your anxiety has been worse since Christmas - the\n"
            f"Mindcare self-referral number is on their website, and Dean can sit in with you if you'd like.\n\nGosia")
    case("cr_anxiety_greeting", "gosia", [p.email], "today", build(text=text), "encrypt_claimant_recipient",
         truth(special=["mental_health"], data_subjects=1), facts(own_rcpt=[p.email]), "'your anxiety' to the greeted claimant")


# ============================================================================= SENDER TAG
@S
def tg_nodata():
    r, fk = rf("tg_nodata")
    case("tg_nodata", "karen", ["accounts.payable@" + EMP["foods"]], f"{TAG} remittance query",
         build(text="Hi Sue, can you confirm the remittance for INV-0142 went through? Karen"), "encrypt_sender_tag",
         NOD(), facts(), "[ENCRYPT] on mail with no claimant data")


@S
def tg_reply_onename():
    r, fk = rf("tg_reply_onename")
    p = P(r, fk)
    case("tg_reply_onename", "tomasz", ["lee.fairbrother@" + EMP["precast"]], f"RE: {TAG} trial shift",
         build(text=f"{p.name} confirmed for Thursday 8am.\n\n> Can you send someone Thursday?"), "encrypt_sender_tag",
         truth(data_subjects=1), facts(name_only=True), "RE: [ENCRYPT] on a one-name mail")


@S
def tg_special():
    r, fk = rf("tg_special")
    p = P(r, fk)
    case("tg_special", "dean", ["ips.referrals@" + NHS], f"{TAG} referral",
         build(text=f"{p.name} - bipolar, stable on lithium, wants to try part-time work. Dean"), "encrypt_sender_tag",
         truth(special=["mental_health"], data_subjects=1), facts(), "[ENCRYPT] with special category data")


@S
def tg_cvs():
    r, fk = rf("tg_cvs")
    ps = people(r, fk, 2)
    case("tg_cvs", "rizwan", ["anna.kowalczyk@" + EMP["hotel"]], f"CVs {TAG}",
         build(text="CVs attached", atts=[att(f"{p.last}.docx", docx_bytes(cv_blocks(r, fk, p, 0))) for p in ps]),
         "encrypt_sender_tag", truth(data_subjects=2, contact_details=True, doc_kinds=["cv"]), facts(cv_count=2),
         "tag at the end of the subject on otherwise-exempt CVs")


# ============================================================================= PASSWORD / SCAN / CORRUPT / ENCRYPTED
@S
def pw_zip_cvs():
    r, fk = rf("pw_zip_cvs")
    ps = people(r, fk, 3)
    z = zip_bytes([(f"{i + 1}_{p.last}.docx", docx_bytes(cv_blocks(r, fk, p, 0))) for i, p in enumerate(ps)], password="Pendle2025!")
    case("pw_zip_cvs", "employers", ["recruitment@" + EMP["care"]], "CVs (password to follow)",
         build(text="Zip's locked, I'll text you the password.", atts=[att("cvs.zip", z)]), "encrypt_password_protected",
         NOD(), facts(pw=True), "AES zip of CVs")


@S
def pw_pdf_housing():
    r, fk = rf("pw_pdf_housing")
    p = P(r, fk)
    pdf = pdf_bytes([[("p", f"Referral for {p.name}")]], password="Ribble#88")
    case("pw_pdf_housing", "kuba", ["nominations@" + HOUSING], "referral (protected)",
         build(text="Password-protected PDF attached, password by phone.", atts=[att("referral.pdf", pdf)]),
         "encrypt_password_protected", NOD(), facts(pw=True), "AES-128 password-protected PDF")


@S
def pw_zip_college():
    r, fk = rf("pw_zip_college")
    z = zip_bytes([("enrolments.xlsx", xlsx_bytes([{"name": "x", "rows": [["a", "b"]]}]))], password="Colne-77")
    case("pw_zip_college", "gosia", ["enrolments@" + COLLEGE], "enrolments", build(text="locked zip x",
         atts=[att("enrolments.zip", z)]), "encrypt_password_protected", NOD(), facts(pw=True), "AES zip to a college")


@S
def pw_pdf_dwp():
    r, fk = rf("pw_pdf_dwp")
    pdf = pdf_bytes([[("p", "Compliance doubt notification")]], password="WHP-2025")
    case("pw_pdf_dwp", "data", [DESIG_DWP], "compliance doubt", build(text="Protected PDF attached.",
         atts=[att("compliance_doubt.pdf", pdf)]), "encrypt_password_protected", NOD(), facts(pw=True),
         "password PDF to the designated DWP inbox")


@S
def pw_pdf_cu():
    r, fk = rf("pw_pdf_cu")
    pdf = pdf_bytes([[("p", "Loan application support")]], password="pcu-991")
    case("pw_pdf_cu", "lucy", ["wendy.sutcliffe@" + CU], "loan support letter",
         build(text="Hi Wendy - locked PDF, pw as usual.\nSent from my iPhone", atts=[att("loan_support.pdf", pdf)]),
         "encrypt_password_protected", NOD(), facts(pw=True), "password PDF to a credit union")


@S
def sc_pdf_form():
    r, fk = rf("sc_pdf_form")
    p = P(r, fk)
    pdf = scan_pdf([[f"Name: {p.name}", f"DOB: {p.dob.strftime('%d/%m/%Y')}", f"NI: {p.nino}", "Signed: ..."]], r)
    case("sc_pdf_form", "kuba", ["nominations@" + HOUSING], "scanned form", build(text="Scan from the copier.",
         atts=[att("SCAN_0031.pdf", pdf)]), "encrypt_no_text_scan", NOD(), facts(opaque="scan"), "image-only PDF")


@S
def sc_jpeg_letter():
    r, fk = rf("sc_jpeg_letter")
    p = P(r, fk)
    jpg = scan_image([f"Dear {p.name}", "Universal Credit - your payment", f"Amount: GBP {r.randint(400, 900)}"], r)
    case("sc_jpeg_letter", "amina", ["wendy.sutcliffe@" + CU], "photo of the letter",
         build(text="pic of the letter he brought in\n\nSent from my iPhone", atts=[att("IMG_4471.jpg", jpg)]),
         "encrypt_no_text_scan", NOD(), facts(opaque="scan"), "phone photo of a letter (JPEG)")


@S
def sc_png_screenshot():
    r, fk = rf("sc_png_screenshot")
    p = P(r, fk)
    png = scan_image([f"{p.name}", "Journal entry", "Sanction applied"], r, "PNG", size=(900, 500))
    case("sc_png_screenshot", "lucy", ["lorraine.heys@" + COLLEGE], "screenshot", build(text="screenshot attached",
         atts=[att("Screenshot 2025-03-03.png", png)]), "encrypt_no_text_scan", NOD(), facts(opaque="scan"), "PNG screenshot")


@S
def sc_multipage():
    r, fk = rf("sc_multipage")
    ps = people(r, fk, 3)
    pdf = scan_pdf([[f"Application - {p.name}", f"Phone {p.phone}"] for p in ps], r)
    case("sc_multipage", "shaz", ["admin@northstar-training.co.uk"], "scanned applications",
         build(text="Scanned the paper applications.", atts=[att("scan_multi.pdf", pdf)]), "encrypt_no_text_scan",
         NOD(), facts(opaque="scan"), "multi-page image-only PDF")


CORRUPT = [("truncated_pdf", "CV_pack.pdf", "employers", "recruitment@" + EMP["care"]),
           ("random", "application.docx", "lucy", "hr@" + EMP["care"]),
           ("truncated_zip", "letters.zip", "bev", "admin@bridgeway-support.org.uk"),
           ("broken_docx", "referral.docx", "kuba", "nominations@" + HOUSING),
           ("zeros", "statement.pdf", "amina", "wendy.sutcliffe@" + CU),
           ("random", "caseload.xlsx", "sadia", "data@northstar-training.co.uk"),
           ("random", "IMG_0932.jpg", "tomasz", "lee.fairbrother@" + EMP["precast"]),
           ("random", "export.dat", "crm", "data@bridgeway-support.org.uk"),
           ("random", "form.odt", "gosia", "enrolments@" + COLLEGE),
           ("truncated_pdf", "GNS.pdf", "bev", "whp.performance@dwp.gov.uk")]
CORRUPT_TEXT = ["CVs attached", "form attached x", "letters zipped", "referral attached", "statement", "caseload export",
                "photo of the form", "scheduled export", "enrolment form", "GNS attached"]


def _mk_corrupt(i):
    kind, fn, frm, to = CORRUPT[i]

    def f():
        r, fk = rf(f"u_{i}")
        case(f"u_{i}", frm, [to], fn.rsplit(".", 1)[0].replace("_", " "), build(text=CORRUPT_TEXT[i] + "\n",
             atts=[att(fn, corrupt_bytes(r, kind), "application/octet-stream" if fn.endswith(".dat") else None)]),
             "reject_uninspectable", NOD(), facts(opaque="corrupt"), f"{kind} bytes named {fn}")
    f.__name__ = f"u_{i}"
    return f


for _i in range(len(CORRUPT)):
    S(_mk_corrupt(_i))


@S
def e_smime():
    r, fk = rf("e_smime")
    case("e_smime", "dean", ["ips.referrals@" + NHS], "referral", smime_enveloped(r), "already_encrypted", NOD(),
         facts(encrypted=True), "S/MIME enveloped")


@S
def e_pgpmime():
    r, fk = rf("e_pgpmime")
    case("e_pgpmime", "kuba", ["sharon.birtwistle@" + PDU], "case update", pgp_mime(r), "already_encrypted", NOD(),
         facts(encrypted=True), "PGP/MIME")


@S
def e_inline_pgp():
    r, fk = rf("e_inline_pgp")
    case("e_inline_pgp", "bev", ["helen.mcgrath@" + HOUSING], "nomination", build(text=pgp_armor(r)),
         "already_encrypted", NOD(), facts(encrypted=True), "inline PGP body")


@S
def e_smime2():
    r, fk = rf("e_smime2")
    case("e_smime2", "sadia", ["data@northstar-training.co.uk"], "monthly reconciliation", smime_enveloped(r),
         "already_encrypted", NOD(), facts(encrypted=True), "S/MIME enveloped to supply chain")


@S
def x_smime_signed():
    r, fk = rf("x_smime_signed")
    p = P(r, fk)
    inner = build(text=f"Hi Lee, {p.name} will be there at 8 for induction.\nTomasz")
    case("x_smime_signed", "tomasz", ["lee.fairbrother@" + EMP["precast"]], "induction", smime_signed(inner, r),
         "one_name", truth(data_subjects=1), facts(name_only=True), "S/MIME signed-only is readable: one name")


@S
def x_smime_signed_special():
    r, fk = rf("x_smime_signed_special")
    p = P(r, fk)
    inner = build(text=f"Gary - {p.name} did 3 years for burglary, released last June. Fully disclosed.\nRiz")
    case("x_smime_signed_special", "rizwan", ["gary.lund@" + EMP["carriers"]], "disclosure", smime_signed(inner, r),
         "encrypt_special_category", truth(special=["criminal"], data_subjects=1), facts(),
         "signed-only S/MIME with a conviction is readable")


# ----------------------------------------------------------------------------- main
def main():
    if "--check" not in sys.argv:
        for fn in SCEN:
            fn()
        write_all()
    errors, labels = check()
    summary(labels)
    if errors:
        print(f"SELF-CHECK FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Held-out set H: West Midlands MI / systems style.

One deterministic generator. Writes mail/hh-NNN.eml, labels.jsonl and consent.txt
into this folder, then runs the self-check (exit 1 on any disagreement).

    python make.py          # build + self-check
    python make.py --check  # self-check only
"""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import secrets
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL = os.path.join(HERE, "mail")
PREFIX = "hh"

# ----------------------------------------------------------------------------- world
INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@provider.example.org.uk"
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
FREEMAIL = {"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"}
TAG = "[ENCRYPT]"
ORG = "Forgeway Employment Partnership"
OFFICE = "Forgeway House, 41 Great Hampton Street, Birmingham B18 6EL"

# this set's own third parties
EMP = {
    "foundry": "blackcountry-castings.co.uk",
    "logistics": "tameway-logistics.co.uk",
    "care": "lickey-hills-care.co.uk",
    "hotel": "severnside-hospitality.co.uk",
    "retail": "quarterline-retail.co.uk",
    "facilities": "wolvesgate-facilities.co.uk",
    "motors": "meriden-motors.co.uk",
}
PROBATION = "wm-probation-delivery.org.uk"
TALKING = "bsol-talking-therapies.org.uk"
HOUSING = "tamevalley-housing.org.uk"
COLLEGE = "edgbaston-adult-college.ac.uk"
AUDITOR = "sterling-assurance.co.uk"
PRINT = "digbeth-print.co.uk"
AGENCY = "forgepeople-recruitment.co.uk"
HUB = "sandwell-jobs-hub.org.uk"
NURSERY = "little-acorns-nursery.co.uk"
TRAVEL = "nxwm-travelcards.co.uk"
MATCHCO = "datamatch-bureau.co.uk"
GP = "rowley-regis-surgery.org.uk"
LOOKALIKE = "bridgeway-support.co.uk"   # look-alike of the approved subcontractor: a third party

FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)
BASE_DATE = dt.datetime(2026, 11, 2, 8, 30, tzinfo=dt.timezone.utc)

GUIDANCE = {
    "no_claimant_data": "RULES.md: about a person, not about a word",
    "one_name": "¶18",
    "cv_to_claimant": "¶17",
    "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24",
    "letters_up_to_10": "¶24-28",
    "names_list_500": "¶29-31",
    "nino_only_list": "¶29-31",
    "dwp_names_list": "¶36",
    "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶43-50",
    "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES.md outcomes",
    "encrypt_special_category": "¶25-26, ¶32",
    "encrypt_nino": "¶33",
    "encrypt_dob_bank": "¶32",
    "encrypt_benefit_children": "¶30, ¶32",
    "encrypt_beyond_name": "¶18",
    "encrypt_over_limit": "¶19, ¶22, ¶24, ¶29",
    "encrypt_list_forbidden_column": "¶29-31",
    "encrypt_letter_kind": "¶24-28",
    "encrypt_dwp_process": "¶34-36, C15 ¶46-50",
    "encrypt_claimant_recipient": "¶17, ¶32",
    "encrypt_sender_tag": "RULES.md sender-requested encryption",
    "encrypt_password_protected": "RULES.md reject regardless (password-protected: encrypt)",
    "encrypt_no_text_scan": "RULES.md reject regardless (scans: encrypt)",
    "reject_cv_no_consent": "¶17",
    "reject_uninspectable": "RULES.md reject regardless of encryption",
}

# ----------------------------------------------------------------------------- identifiers
BAD_FIRST = set("DFIQUV")
BAD_SECOND = set("DFIOQUV")
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
OK_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ" if c not in BAD_FIRST]
OK_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in BAD_SECOND]


def nino_valid(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    if s[0] in BAD_FIRST or s[1] in BAD_SECOND or s[:2] in BAD_PREFIX:
        return False
    return True


def make_nino(r):
    while True:
        p = r.choice(OK_FIRST) + r.choice(OK_SECOND)
        if p in BAD_PREFIX:
            continue
        n = p + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")
        if nino_valid(n):
            return n


def spaced(n):
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-Da-d])(?![A-Za-z0-9])")


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text or ""):
        n = "".join(m.groups()).upper()
        if nino_valid(n):
            out.add(n)
    return out


def mobile(r):
    return f"07700 900{r.randrange(1000):03d}"


def landline(r):
    return r.choice(["0113 496 0", "0161 496 0", "020 7946 0"]) + f"{r.randrange(1000):03d}"


def iban(r, bank="FORG"):
    sort = "".join(str(r.randrange(10)) for _ in range(6))
    acct = "".join(str(r.randrange(10)) for _ in range(8))
    bban = bank + sort + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def luhn_card(r, prefix="4"):
    digits = [int(c) for c in prefix] + [r.randrange(10) for _ in range(15 - len(prefix))]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    digits.append((10 - tot % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def sortcode(r):
    return f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}"


def acctno(r):
    return "".join(str(r.randrange(10)) for _ in range(8))


WORDS_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second",
       23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
       27: "twenty-seventh", 28: "twenty-eighth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# ----------------------------------------------------------------------------- deterministic bytes
class SeededBytes:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def __call__(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))


class _FakeRandomNew:
    def __init__(self, src):
        self.src = src

    def read(self, n):
        return self.src(n)


class _FakeRandomMod:
    def __init__(self, src):
        self.src = src

    def new(self):
        return _FakeRandomNew(self.src)


def fix_zip(data):
    """Rewrite a zip with fixed entry timestamps (DOCX/XLSX/ODT determinism)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2026-11-01T09:00:00Z<", body)
            if info.filename == "meta.xml":
                body = re.sub(rb"<(meta:creation-date|dc:date)>[^<]*<", rb"<\1>2026-11-01T09:00:00<", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, body)
    return out.getvalue()


# ----------------------------------------------------------------------------- documents
def docx_bytes(paras=(), tables=(), title=None, blocks=None):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('pb',)"""
    import docx
    d = docx.Document()
    d.core_properties.author = ORG
    d.core_properties.created = dt.datetime(2026, 11, 1, 9, 0)
    d.core_properties.modified = dt.datetime(2026, 11, 1, 9, 0)
    d.core_properties.last_modified_by = ORG
    if blocks is None:
        blocks = []
        if title:
            blocks.append(("h", title))
        blocks += [("p", p) for p in paras]
        blocks += [("t", t) for t in tables]
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "h2":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(x) for x in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    bio = io.BytesIO()
    d.save(bio)
    return fix_zip(bio.getvalue())


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _pdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone.utc))
    pdf.set_producer("Forgeway DocGen")
    pdf.set_author(ORG)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_font("Helvetica", size=10)
    return pdf


def _clean(s):
    return (str(s).replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
            .replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("£", "GBP ")
            .replace("\u2022", "-"))


def pdf_bytes(pages):
    """pages: list of pages; each page a list of ('h', text) | ('p', text) | ('t', rows)."""
    pdf = _pdf()
    for page in pages:
        pdf.add_page()
        for b in page:
            if b[0] == "h":
                pdf.set_font("Helvetica", "B", 13)
                pdf.multi_cell(0, 7, _clean(b[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", size=10)
                pdf.ln(2)
            elif b[0] == "p":
                pdf.multi_cell(0, 5, _clean(b[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif b[0] == "t":
                rows = b[1]
                with pdf.table(text_align="LEFT", line_height=5) as t:
                    for row in rows:
                        rr = t.row()
                        for cell in row:
                            rr.cell(_clean(cell))
                pdf.ln(2)
    return bytes(pdf.output())


def pdf_text(data):
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(data))
    if rd.is_encrypted:
        raise PasswordProtected("pdf encrypted")
    txt = "\n".join((p.extract_text() or "") for p in rd.pages)
    fields = rd.get_fields() or {}
    vals = [f"{k}: {v.get('/V', '')}" for k, v in fields.items()]
    return txt + "\n" + "\n".join(vals)


def pdf_acroform(title, intro, fields):
    """A fillable PDF: the printed page has only labels; answers live only in field /V values."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject,
                               NameObject, NumberObject, TextStringObject)
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, _clean(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, _clean(intro), new_x="LMARGIN", new_y="NEXT")
    y0 = pdf.get_y() + 4
    for i, (label, _name, _val) in enumerate(fields):
        pdf.set_xy(15, y0 + i * 10)
        pdf.cell(60, 7, _clean(label))
    rd = PdfReader(io.BytesIO(bytes(pdf.output())))
    w = PdfWriter()
    w.append_pages_from_reader(rd)
    page = w.pages[0]
    annots = ArrayObject()
    fref = ArrayObject()
    h = float(page.mediabox.height)
    for i, (_label, name, val) in enumerate(fields):
        ytop = (y0 + i * 10) * 72 / 25.4
        rect = [FloatObject(80 * 72 / 25.4), FloatObject(h - ytop - 20), FloatObject(190 * 72 / 25.4), FloatObject(h - ytop)]
        fd = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/V"): TextStringObject(val),
            NameObject("/Rect"): ArrayObject(rect),
            NameObject("/F"): NumberObject(4),
            NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
        })
        ref = w._add_object(fd)
        annots.append(ref)
        fref.append(ref)
    page[NameObject("/Annots")] = annots
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): fref,
        NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
    })
    w.add_metadata({"/Producer": "Forgeway DocGen", "/CreationDate": "D:20261101090000Z"})
    return _pypdf_write(w, seed=title)


def _pypdf_write(w, seed):
    src = SeededBytes("pypdf:" + seed)
    old = secrets.token_bytes
    secrets.token_bytes = lambda n=32: src(n)
    try:
        bio = io.BytesIO()
        w.write(bio)
        return bio.getvalue()
    finally:
        secrets.token_bytes = old


def pdf_encrypt(data, password, seed):
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    w.append_pages_from_reader(PdfReader(io.BytesIO(data)))
    src = SeededBytes("pypdfenc:" + seed)
    old = secrets.token_bytes
    secrets.token_bytes = lambda n=32: src(n)
    try:
        w.encrypt(user_password=password, owner_password=password + "!", algorithm="AES-256")
        bio = io.BytesIO()
        w.write(bio)
        return bio.getvalue()
    finally:
        secrets.token_bytes = old


def scan_image(lines, seed, size=(1240, 1754), fmt="PNG", noise=True):
    from PIL import Image, ImageDraw, ImageFont
    r = random.Random("scan:" + seed)
    im = Image.new("L", size, 246)
    dr = ImageDraw.Draw(im)
    try:
        font = ImageFont.load_default(size=26)
    except TypeError:
        font = ImageFont.load_default()
    y = 90
    for ln in lines:
        dr.text((80 + r.randrange(3), y), ln, fill=30, font=font)
        y += 44
    if noise:
        for _ in range(1500):
            x, yy = r.randrange(size[0]), r.randrange(size[1])
            im.putpixel((x, yy), r.randrange(150, 230))
    im = im.rotate(0.6, fillcolor=246)
    bio = io.BytesIO()
    if fmt == "JPEG":
        im.save(bio, "JPEG", quality=70)
    else:
        im.save(bio, "PNG", optimize=False)
    return bio.getvalue()


def scan_pdf(pages_lines, seed):
    """Image-only PDF: every page an image, no text layer."""
    pdf = _pdf()
    for i, lines in enumerate(pages_lines):
        pdf.add_page()
        img = scan_image(lines, f"{seed}:{i}", fmt="JPEG")
        pdf.image(io.BytesIO(img), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def logo_png():
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (180, 48), (24, 58, 94))
    dr = ImageDraw.Draw(im)
    dr.rectangle([8, 8, 40, 40], fill=(236, 160, 40))
    dr.text((50, 16), "FORGEWAY", fill=(255, 255, 255))
    bio = io.BytesIO()
    im.save(bio, "PNG")
    return bio.getvalue()


def xlsx_bytes(sheets):
    """sheets: list of dicts {name, rows, hidden_cols: ['D'], hidden: bool}"""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = ORG
    wb.properties.created = dt.datetime(2026, 11, 1, 9, 0)
    wb.properties.modified = dt.datetime(2026, 11, 1, 9, 0)
    wb.properties.lastModifiedBy = ORG
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        for row in sh["rows"]:
            ws.append(list(row))
        for col in sh.get("hidden_cols", []):
            ws.column_dimensions[col].hidden = True
        if sh.get("hidden"):
            ws.sheet_state = "hidden"
    bio = io.BytesIO()
    wb.save(bio)
    return fix_zip(bio.getvalue())


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(f"[{ws.title}]")
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def odt_bytes(title, paras, table=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P
    doc = OpenDocumentText()
    doc.meta.childNodes = []
    st = Style(name="Heading", family="paragraph")
    st.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.styles.addElement(st)
    doc.text.addElement(H(outlinelevel=1, stylename=st, text=title))
    for p in paras:
        doc.text.addElement(P(text=p))
    if table:
        t = Table(name="Form")
        t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in table)))
        for row in table:
            tr = TableRow()
            for cell in row:
                tc = TableCell()
                tc.addElement(P(text=str(cell)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return fix_zip(bio.getvalue())


def odt_text(data):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P
    d = load(io.BytesIO(data))
    return "\n".join(teletype.extractText(e) for e in d.getElementsByType(H) + d.getElementsByType(P))


def zip_bytes(files, password=None, seed="zip"):
    """files: list of (name, bytes)."""
    bio = io.BytesIO()
    if password:
        import pyzipper
        import pyzipper.zipfile_aes as za
        old = za.Random
        za.Random = _FakeRandomMod(SeededBytes("aes:" + seed))
        try:
            with pyzipper.AESZipFile(bio, "w", compression=pyzipper.ZIP_DEFLATED,
                                     encryption=pyzipper.WZ_AES) as z:
                z.setpassword(password.encode())
                for name, data in files:
                    zi = z.zipinfo_cls(name, FIXED_ZIP_TIME)
                    zi.compress_type = pyzipper.ZIP_DEFLATED
                    z.writestr(zi, data)
        finally:
            za.Random = old
    else:
        with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    return bio.getvalue()


def csv_bytes(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode("utf-8")


def fixed_width(rows, widths):
    out = []
    for row in rows:
        out.append("".join(str(c)[:w].ljust(w) for c, w in zip(row, widths)).rstrip())
    return ("\n".join(out) + "\n").encode("ascii")


def ics_bytes(uid, summary, start, minutes, location, description, organiser, attendees):
    def fold(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b" " + b[cut:]
        out.append(b.decode())
        return "\r\n".join(out)
    end = start + dt.timedelta(minutes=minutes)
    esc = lambda s: s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Forgeway//CaseLedger Scheduler 4.2//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261102T083000Z",
             f"DTSTART;TZID=Europe/London:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=Europe/London:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}",
             f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


def ics_text(data):
    t = data.decode("utf-8")
    t = re.sub(r"\r?\n[ \t]", "", t)
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


class PasswordProtected(Exception):
    pass


# ----------------------------------------------------------------------------- DER (S/MIME enveloped)
def _der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def _oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return _der(0x06, body)


def _name(cn):
    atv = _der(0x30, _oid("2.5.4.3") + _der(0x0C, cn.encode()))
    return _der(0x30, _der(0x31, atv))


def smime_enveloped_der(seed, recipient_cn, size):
    src = SeededBytes("env:" + seed)
    ias = _der(0x30, _name(recipient_cn) + _der(0x02, b"\x01" + src(8)))
    ktri = _der(0x30, _der(0x02, b"\x00") + ias + _der(0x30, _oid("1.2.840.113549.1.1.1") + b"\x05\x00")
                + _der(0x04, src(256)))
    eci = _der(0x30, _oid("1.2.840.113549.1.7.1") + _der(0x30, _oid("2.16.840.1.101.3.4.1.42") + _der(0x04, src(16)))
               + _der(0x80, src(size)))
    env = _der(0x30, _der(0x02, b"\x00") + _der(0x31, ktri) + eci)
    return _der(0x30, _oid("1.2.840.113549.1.7.3") + _der(0xA0, env))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(seed, size):
    import base64
    src = SeededBytes("pgp:" + seed)
    body = b"\x85\x02\x0c\x03" + src(8) + b"\x01\x0f\xff" + src(size)
    b64 = base64.b64encode(body).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    c = base64.b64encode(crc24(body).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + c + "\n-----END PGP MESSAGE-----\n"


# ----------------------------------------------------------------------------- S/MIME signing (signed only, deterministic)
def _det_prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and _mr(n, r):
            return n


def _mr(n, r, k=24):
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(k):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


_SIGNER = {}


def smime_signer():
    if _SIGNER:
        return _SIGNER["key"], _SIGNER["cert"]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    r = random.Random("forgeway-smime-key")
    e = 65537
    while True:
        p, q = _det_prime(r, 1024), _det_prime(r, 1024)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    d = pow(e, -1, phi)
    pub = rsa.RSAPublicNumbers(e, p * q)
    priv = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub)
    key = priv.private_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Forgeway Contracts Team"),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, "contracts@" + INTERNAL)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(0x4F52474557415931).not_valid_before(dt.datetime(2026, 1, 1))
            .not_valid_after(dt.datetime(2028, 1, 1)).sign(key, hashes.SHA256()))
    _SIGNER.update(key=key, cert=cert)
    return key, cert


def smime_sign(data):
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7
    key, cert = smime_signer()
    return (pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes]))


# ----------------------------------------------------------------------------- people and staff
WM_TOWNS = [("Dudley", "DY1"), ("Tipton", "DY4"), ("Walsall", "WS2"), ("Wednesbury", "WS10"),
            ("West Bromwich", "B70"), ("Oldbury", "B69"), ("Smethwick", "B66"), ("Wolverhampton", "WV2"),
            ("Bilston", "WV14"), ("Willenhall", "WV13"), ("Halesowen", "B63"), ("Stourbridge", "DY8"),
            ("Erdington", "B23"), ("Kingstanding", "B44"), ("Small Heath", "B10"), ("Sparkhill", "B11"),
            ("Solihull", "B92"), ("Coventry", "CV2"), ("Nuneaton", "CV11"), ("Brierley Hill", "DY5")]


class Person:
    def __init__(self, c, sex=None):
        fk, r = c.fk, c.r
        if sex is None:
            sex = r.choice("mf")
        self.sex = sex
        self.first = fk.first_name_male() if sex == "m" else fk.first_name_female()
        self.last = fk.last_name()
        while "'" in self.last or " " in self.last:
            self.last = fk.last_name()
        self.name = f"{self.first} {self.last}"
        self.title = "Mr" if sex == "m" else r.choice(["Ms", "Mrs", "Miss"])
        self.he, self.him, self.his = ("he", "him", "his") if sex == "m" else ("she", "her", "her")
        town, out = r.choice(WM_TOWNS)
        self.town = town
        self.postcode = f"{out} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.street = f"{r.randrange(2, 190)} {fk.last_name()} {r.choice(['Road', 'Street', 'Close', 'Avenue', 'Grove', 'Crescent', 'Lane', 'Drive'])}"
        self.address = f"{self.street}, {town}, {self.postcode}"
        dom = r.choice(sorted(FREEMAIL))
        sep = r.choice([".", "_", ""])
        self.email = f"{self.first.lower()}{sep}{self.last.lower()}{r.randrange(1, 99) if r.random() < 0.6 else ''}@{dom}"
        self.phone = mobile(r)
        self.nino = make_nino(r)
        self.dob = dt.date(r.randrange(1962, 2004), r.randrange(1, 13), r.randrange(1, 29))
        self.age = 2026 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (11, 2) else 0)
        self.ref = f"FW-{r.randrange(100000, 999999)}"

    def initial_surname(self):
        return f"{self.first[0]}. {self.last}"


def staff_list():
    fk = Faker("en_GB")
    fk.seed_instance(4242)
    r = random.Random(4242)
    roles = ["MI Analyst", "Senior MI Analyst", "Contract Manager", "Quality & Compliance Lead",
             "Data Officer", "Performance Manager", "Head of Contract Management", "Quality Auditor",
             "Employer Engagement Manager", "Finance Officer", "Supply Chain Manager", "Systems Administrator",
             "Area Operations Manager", "Information Governance Officer"]
    out = []
    for role in roles:
        f, l = fk.first_name(), fk.last_name()
        while "'" in l or " " in l:
            l = fk.last_name()
        out.append({"name": f"{f} {l}", "first": f, "addr": f"{f.lower()}.{l.lower()}@{INTERNAL}",
                    "role": role, "mob": mobile(r), "tel": landline(r)})
    return out


STAFF = staff_list()
ST = {s["role"]: s for s in STAFF}

DISCLAIMERS = [
    ("This e-mail and any attachments are confidential and intended solely for the addressee. "
     "It may contain personal data, including special category data (such as information about health, "
     "ethnicity or religious belief) and criminal offence data, which must be handled in line with UK GDPR "
     "and the Data Protection Act 2018. If you have received it in error, please tell the sender and delete it. "
     f"{ORG} is a company limited by guarantee, registered in England and Wales no. 08812345."),
    ("CONFIDENTIALITY: The information in this message is intended for the named recipient only. Information about "
     "convictions, medical conditions, mental health or substance misuse must never be forwarded without a lawful basis. "
     "Our privacy notice explains how we use data about the participants we support: provider.example.org.uk/privacy."),
    ("Forgeway is a Disability Confident Leader and a Mindful Employer. Our staff wellbeing line (Health Assured) "
     "is open 24/7 for anyone struggling with stress, anxiety, bereavement or alcohol and drug worries. "
     "This e-mail may be monitored for the purposes of information security and staff training."),
]


def sig(s, disc=0, short=False):
    if short:
        return f"\n{s['first']}\n"
    d = f"\n\n{DISCLAIMERS[disc]}" if disc is not None else ""
    return (f"\n\nKind regards\n\n{s['name']}\n{s['role']}\n{ORG}\n{OFFICE}\n"
            f"Tel: {s['tel']} | Mobile: {s['mob']}{d}\n")


def sig_html(s, disc=0, logo=False):
    lg = '<img src="cid:fwlogo" alt="Forgeway" width="180" height="48"><br>' if logo else ""
    d = f'<p style="font-size:8pt;color:#777">{DISCLAIMERS[disc]}</p>' if disc is not None else ""
    return (f'<p>Kind regards</p><p>{lg}<b>{s["name"]}</b><br>{s["role"]}<br>{ORG}<br>{OFFICE}<br>'
            f'Tel: {s["tel"]} | Mobile: {s["mob"]}</p>{d}')


def html_table(rows, head=True):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">']
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(str(c).ljust(w[i]) for i, c in enumerate(row)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * x for x in w))
    return "\n".join(lines)


def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{inner}</body></html>')


def p2h(text):
    from html import escape
    paras = [x for x in text.split("\n\n")]
    return "".join("<p>" + escape(x).replace("\n", "<br>") + "</p>" for x in paras)


# ----------------------------------------------------------------------------- documents about people
def cv_blocks(c, p, layout="classic", extra_lines=()):
    r, fk = c.r, c.fk
    jobs = r.sample([("Warehouse Operative", "Tameway Logistics"), ("Kitchen Porter", "The Crown Carvery"),
                     ("Retail Assistant", "Poundsaver"), ("Care Assistant", "Beechwood Lodge"),
                     ("Cleaner", "Brightclean Services"), ("Forklift Driver", "Midland Pallets"),
                     ("Machine Operator", "Tividale Plastics"), ("Security Officer", "Guardline"),
                     ("Delivery Driver", "Swiftdrop"), ("Customer Service Adviser", "Westside Energy"),
                     ("Barista", "Bean & Leaf"), ("Labourer", "K&M Groundworks"),
                     ("Picker Packer", "Parcelhub Oldbury"), ("Receptionist", "Perry Barr Dental")], 2)
    y1 = r.randrange(2012, 2019)
    ref1 = fk.name()
    ref2 = fk.name()
    skills = r.sample(["Manual handling certificate", "Level 2 Food Hygiene", "Full UK driving licence",
                       "CSCS card (green)", "Counterbalance forklift licence", "Microsoft Word and Excel",
                       "Customer service", "Stock rotation", "Till and cash handling", "First Aid at Work",
                       "Team working", "SIA door supervisor licence"], 4)
    prof = r.choice([
        f"Reliable and hard-working person looking for full-time work in {jobs[0][0].lower()} or a similar role. I learn quickly and I am happy to work shifts.",
        f"Motivated {jobs[1][0].lower()} with experience in busy environments. I am punctual, friendly and used to working to targets.",
        "Practical, calm and organised. I enjoy working as part of a team and take pride in doing a job properly the first time.",
    ])
    contact = f"{p.street}, {p.town} {p.postcode} | {p.phone} | {p.email}"
    blocks = [("h", p.name), ("p", contact), ("h2", "Personal profile"), ("p", prof)]
    blocks += list(("p", x) for x in extra_lines)
    if layout == "tables":
        blocks += [("h2", "Employment history"), ("t", [["Dates", "Employer", "Role"],
                   [f"{y1 + 4} - present", jobs[0][1], jobs[0][0]], [f"{y1} - {y1 + 4}", jobs[1][1], jobs[1][0]]])]
        blocks += [("h2", "Skills and qualifications"), ("t", [["Skill"]] + [[s] for s in skills])]
    else:
        blocks += [("h2", "Employment history"),
                   ("p", f"{jobs[0][0]}, {jobs[0][1]} ({y1 + 4} - present): day-to-day duties, working to deadlines, helping new starters."),
                   ("p", f"{jobs[1][0]}, {jobs[1][1]} ({y1} - {y1 + 4}): followed health and safety procedures, kept areas clean and safe."),
                   ("h2", "Skills"), ("p", "; ".join(skills))]
    blocks += [("h2", "Education"), ("p", r.choice(["GCSEs in English and Maths", "Level 1 Functional Skills English and Maths",
                                                     "BTEC Level 2 Construction", "NVQ Level 2 Health and Social Care"]) + f", {fk.last_name()} College"),
               ("h2", "References"),
               ("p", f"{ref1}, Supervisor, {jobs[0][1]}, {landline(r)}"),
               ("p", f"{ref2}, Manager, {jobs[1][1]}, {landline(r)}")]
    return blocks


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "h2"):
            out.append(b[1].upper() if b[0] == "h2" else b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "t":
            out.append(text_table(b[1]))
    return "\n\n".join(out)


def blocks_pdfpage(blocks):
    return [b if b[0] != "h2" else ("h", b[1]) for b in blocks if b[0] != "pb"]


def app_form_rows(c, p, role, employer, age_words=False):
    r, fk = c.r, c.fk
    age = WORDS_NUM[p.age] if age_words and p.age < len(WORDS_NUM) else (f"{p.age}" if not age_words else f"{p.age} years")
    return [["Field", "Answer"],
            ["Vacancy applied for", role], ["Employer", employer],
            ["Full name", p.name], ["Home address", p.address], ["Telephone", p.phone], ["E-mail", p.email],
            ["Age", age], ["Right to work in the UK", "Yes - British passport seen"],
            ["Current / last employment", r.choice(["Picker, Parcelhub (2022-2025)", "Cleaner, Brightclean (2021-2024)",
                                                    "None in last 2 years", "Sales assistant, Poundsaver (2023-2025)"])],
            ["Availability", r.choice(["Any shifts", "Days only, Mon-Fri", "Evenings and weekends", "Full time, from next week"])],
            ["Referee", f"{fk.name()}, {r.choice(['former supervisor', 'college tutor', 'volunteer coordinator'])}, {landline(r)}"],
            ["Declaration", f"I confirm the information above is true. Signed: {p.name}"]]


def letter_text(kind, c, p, org_line, when, where, contact):
    date = "2 November 2026"
    head = f"{p.title} {p.name}\n{p.street}\n{p.town}\n{p.postcode}\n\n{date}\n\nDear {p.title} {p.last},\n\n"
    if kind == "letter_interview":
        body = (f"Thank you for your application. I am pleased to invite you to an interview for the post of "
                f"{c.r.choice(['Warehouse Operative', 'Care Assistant', 'Housekeeper', 'Production Operative', 'Customer Service Adviser'])} "
                f"on {when} at {where}. The interview will last about 30 minutes. Please bring proof of your right to work.\n\n"
                f"If you cannot attend, please contact {contact}.")
    elif kind == "letter_appointment":
        body = (f"Your next appointment with your Forgeway employment coach is on {when} at {where}. "
                f"We will review your job search and plan the next steps together. If this time does not suit you, "
                f"please ring {contact} and we will rearrange it.")
    elif kind == "letter_job_offer":
        body = (f"Following your recent interview, I am delighted to offer you the position of "
                f"{c.r.choice(['Warehouse Operative', 'Kitchen Assistant', 'Support Worker', 'Retail Colleague'])}, starting on {when}. "
                f"Please report to {where} at 8.30am on your first day. Your contract and staff handbook will be given to you on arrival. "
                f"Please confirm your acceptance to {contact}.")
    else:  # letter_other: end of support
        body = (f"I am writing to let you know that your time on the Work and Health Programme with Forgeway ends on {when}. "
                f"Thank you for the effort you have put in. Your work coach at the Jobcentre will contact you about what happens next. "
                f"If you would like a copy of your action plan, please contact {contact}.")
    return head + body + f"\n\nYours sincerely\n\n{org_line}"


# ----------------------------------------------------------------------------- cases
SCEN = []


def scenario(fn):
    SCEN.append(fn)
    return fn


class Ctx:
    def __init__(self, key):
        self.key = key
        seed = zlib.crc32(("h:" + key).encode())
        self.r = random.Random(seed)
        self.fk = Faker("en_GB")
        self.fk.seed_instance(seed)

    def person(self, sex=None):
        return Person(self, sex)

    def people(self, n):
        seen, out = set(), []
        while len(out) < n:
            p = Person(self)
            if p.name in seen or p.nino in {q.nino for q in out}:
                continue
            seen.add(p.name)
            out.append(p)
        return out


def T(**kw):
    t = {"ninos": 0, "dob": False, "bank": False, "special": [], "benefit_payment": False,
         "children": False, "contact_details": False, "data_subjects": 0, "doc_kinds": []}
    for k, v in kw.items():
        assert k in t, k
        t[k] = v
    return t


def F(**kw):
    f = {"encrypted": False, "opaque": False, "pw": False, "cv_count": 0, "form_people": 0, "letters": [],
         "list_rows": 0, "list_cols": [], "nino_only": False, "records": 0, "fwd_record": False,
         "name_only": False, "extra": False, "own_rcpt": []}
    for k, v in kw.items():
        assert k in f, k
        f[k] = v
    return f


def A(name, data, ctype=None):
    if ctype is None:
        ext = name.rsplit(".", 1)[-1].lower()
        ctype = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "pdf": "application/pdf", "odt": "application/vnd.oasis.opendocument.text",
                 "zip": "application/zip", "csv": "text/csv", "txt": "text/plain", "ics": "text/calendar",
                 "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg"}.get(ext, "application/octet-stream")
    return {"name": name, "data": data, "ctype": ctype}


def case(c, *, frm, to, subject, action, rule, truth, facts, notes, cc=(), bcc=(), text=None, html=None,
         atts=(), headers=None, cte=None, logo=False, crlf=False, nested=None, ics=None, special=None,
         nested_inline=False):
    def addr(x):
        if isinstance(x, str):
            return ("", x)
        return x
    return {"key": c.key, "frm": addr(frm), "to": [addr(x) for x in to], "cc": [addr(x) for x in cc],
            "bcc": [addr(x) for x in bcc], "subject": subject, "text": text, "html": html, "atts": list(atts),
            "headers": headers or {}, "cte": cte, "logo": logo, "crlf": crlf, "nested": nested, "ics": ics,
            "special": special, "nested_inline": nested_inline, "action": action, "rule": rule, "truth": truth, "facts": facts, "notes": notes}


def nested_msg(frm, to, subject, text, date, atts=(), html=None, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{hashlib.md5((subject + date).encode()).hexdigest()[:20]}@{frm.split('@')[-1].strip('>')}>"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        mt, st = a["ctype"].split("/")
        m.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"])
    return m


# ----------------------------------------------------------------------------- building messages
def _fmt(pair):
    from email.utils import formataddr
    return formataddr(pair) if pair[0] else pair[1]


def _set_boundaries(msg, seed):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_Part_{hashlib.sha1(f'{seed}:{i}'.encode()).hexdigest()[:24]}")


def build(spec, date, msgid):
    m = EmailMessage()
    m["From"] = _fmt(spec["frm"])
    m["To"] = ", ".join(_fmt(x) for x in spec["to"])
    if spec["cc"]:
        m["Cc"] = ", ".join(_fmt(x) for x in spec["cc"])
    m["Subject"] = spec["subject"]
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in spec["headers"].items():
        m[k] = v
    sp = spec["special"]
    if sp:
        kind = sp["kind"]
        if kind == "smime_env":
            import base64
            der = smime_enveloped_der(spec["key"], sp.get("cn", "recipient"), sp.get("size", 2400))
            m["MIME-Version"] = "1.0"
            m["Content-Type"] = 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'
            m["Content-Transfer-Encoding"] = "base64"
            m["Content-Disposition"] = 'attachment; filename="smime.p7m"'
            m.set_payload(base64.encodebytes(der).decode())
        elif kind == "pgpmime":
            b = "----=_PGP_" + hashlib.sha1(spec["key"].encode()).hexdigest()[:20]
            m["MIME-Version"] = "1.0"
            m["Content-Type"] = f'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="{b}"'
            body = (f"This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n--{b}\n"
                    "Content-Type: application/pgp-encrypted\nContent-Description: PGP/MIME version identification\n\n"
                    f"Version: 1\n\n--{b}\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\n"
                    "Content-Description: OpenPGP encrypted message\nContent-Disposition: inline; filename=\"encrypted.asc\"\n\n"
                    f"{pgp_armor(spec['key'], sp.get('size', 1800))}\n--{b}--\n")
            m.set_payload(body)
        elif kind == "pgpinline":
            m.set_content(sp["pre"] + pgp_armor(spec["key"], sp.get("size", 1400)) + sp.get("post", ""), cte="7bit")
        elif kind == "smime_signed":
            import base64
            inner = MIMEPart(policy=policy.SMTP)
            inner.set_content(spec["text"], cte="quoted-printable")
            for a in spec["atts"]:
                mt, st = a["ctype"].split("/")
                inner.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"])
            _set_boundaries(inner, spec["key"] + ":inner")
            raw_inner = inner.as_bytes(policy=policy.SMTP)
            sigder = smime_sign(raw_inner)
            b = "----=_Signed_" + hashlib.sha1(spec["key"].encode()).hexdigest()[:20]
            m["MIME-Version"] = "1.0"
            m["Content-Type"] = f'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="{b}"'
            body = (f"This is an S/MIME signed message\n\n--{b}\n" + raw_inner.decode().replace("\r\n", "\n") +
                    f"\n--{b}\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\n"
                    "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"smime.p7s\"\n\n" +
                    base64.encodebytes(sigder).decode() + f"\n--{b}--\n")
            m.set_payload(body)
        data = m.as_bytes(policy=policy.default)
    else:
        cte = spec["cte"]
        text, html = spec["text"], spec["html"]
        if cte == "7bit" and not ((text or "") + (html or "")).isascii():
            cte = "8bit"
        if text is not None:
            m.set_content(text, cte=cte or "quoted-printable")
            if html is not None:
                m.add_alternative(html, subtype="html", cte=cte or "quoted-printable")
        else:
            m.set_content(html, subtype="html", cte=cte or "quoted-printable")
        if spec["logo"]:
            htmlpart = m.get_body(("html",))
            htmlpart.add_related(logo_png(), maintype="image", subtype="png", cid="<fwlogo>",
                                 disposition="inline", filename="forgeway-logo.png")
        if spec["ics"]:
            m.add_attachment(spec["ics"], maintype="text", subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
        for a in spec["atts"]:
            mt, st = a["ctype"].split("/")
            if mt == "text":
                m.add_attachment(a["data"].decode("utf-8"), subtype=st, filename=a["name"], cte="quoted-printable"
                                 if st != "calendar" else "base64")
            else:
                m.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"])
        if spec["nested"] is not None:
            m.add_attachment(spec["nested"], disposition="inline" if spec["nested_inline"] else "attachment")
        _set_boundaries(m, spec["key"])
        data = m.as_bytes(policy=policy.default)
    if spec["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ----------------------------------------------------------------------------- the rules, a second time
SEV = {"relay": 0, "encrypt": 1, "reject": 2}
LETTER_OK = {"letter_interview", "letter_job_offer", "letter_appointment"}
LETTERS = LETTER_OK | {"letter_other"}
C15 = {"exit_report", "change_of_circumstances", "whp_eb_customer_form"}
LISTS = {"name_list", "nino_list"}
FORMS = {"application_form", "application_form_couple"}
FORBIDDEN_COLS = {"dob", "address", "postcode", "phone", "email", "benefit_amount"}
SPECIAL_COLS = {"health", "substance", "criminal", "mental_health", "ethnicity"}


def rclass(addr, consent, own):
    a = addr.lower()
    dom = a.split("@")[1]
    if dom == INTERNAL:
        return "internal"
    if dom in DWP_DOMAINS:
        return "dwp"
    if dom in SUPPLY:
        return "supply_chain"
    if a in consent or a in own:
        return "claimant"
    return "third_party"


def has_data(t):
    return bool(t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"]
                or t["contact_details"] or t["data_subjects"] or t["doc_kinds"])


def category_rule(t):
    if t["special"]:
        return "encrypt_special_category"
    if t["ninos"]:
        return "encrypt_nino"
    if t["dob"] or t["bank"]:
        return "encrypt_dob_bank"
    if t["benefit_payment"] or t["children"]:
        return "encrypt_benefit_children"
    return "encrypt_beyond_name"


def list_rule(t, f, dwp):
    cols = set(f["list_cols"])
    if t["special"] or cols & SPECIAL_COLS:
        return ("encrypt", "encrypt_special_category")
    if f["nino_only"] and not f["extra"]:
        return ("relay", "dwp_names_list" if dwp else "nino_only_list")
    if cols & FORBIDDEN_COLS:
        return ("encrypt", "encrypt_list_forbidden_column")
    if f["list_rows"] > 500:
        return ("encrypt", "encrypt_over_limit")
    if f["extra"]:
        return ("encrypt", category_rule(t))
    return ("relay", "dwp_names_list" if dwp else "names_list_500")


def decide(cls, addr, lab, consent, own):
    t, f = lab["truth"], lab["facts"]
    kinds = set(t["doc_kinds"])
    a = addr.lower()
    if cls == "claimant":
        if (kinds == {"cv"} and f["cv_count"] == 1 and a in consent and not (t["dob"] or t["ninos"] or t["bank"]
                or t["special"]) and not f["extra"]):
            return ("relay", "cv_to_claimant")
        if (kinds and kinds <= LETTER_OK and len(f["letters"]) <= 10 and set(f["letters"]) <= LETTER_OK and a in own
                and not (t["special"] or t["ninos"] or t["bank"] or t["dob"]) and not f["extra"]):
            return ("relay", "letters_up_to_10")
        return ("encrypt", "encrypt_claimant_recipient")
    if f["name_only"] and not f["extra"] and not kinds and t["data_subjects"] == 1 and not (
            t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"]
            or t["contact_details"]):
        return ("relay", "one_name")
    if cls == "dwp":
        if kinds and kinds <= {"ucnea1", "good_news_story"}:
            if f["records"] == 1 and len(kinds) == 1:
                return ("relay", "dwp_ucnea1_gns") if not f["extra"] else ("encrypt", category_rule(t))
            return ("encrypt", "encrypt_dwp_process")
        if kinds and kinds <= C15:
            if f["records"] == 1 and len(kinds) == 1 and lab["mail_from"].lower() == PROV_INBOX and a == DWP_INBOX:
                return ("relay", "dwp_c15_process") if not f["extra"] else ("encrypt", category_rule(t))
            return ("encrypt", "encrypt_dwp_process")
        if kinds and kinds <= LISTS:
            return list_rule(t, f, True)
        if kinds:
            return ("encrypt", "encrypt_dwp_process")
        return ("encrypt", category_rule(t))
    # supply chain / third party
    if f["fwd_record"] and cls == "supply_chain":
        if f["records"] == 1 and not f["extra"]:
            return ("relay", "forward_subcontractor")
        return ("encrypt", category_rule(t))
    if kinds == {"cv"}:
        if f["extra"]:
            return ("encrypt", category_rule(t))
        if f["cv_count"] > 10:
            return ("encrypt", "encrypt_over_limit")
        return ("relay", "cvs_up_to_10")
    if kinds and kinds <= FORMS:
        if t["ninos"] or t["dob"] or t["bank"] or t["special"] or f["extra"]:
            return ("encrypt", category_rule(t))
        if f["form_people"] > 10:
            return ("encrypt", "encrypt_over_limit")
        return ("relay", "application_forms_up_to_10")
    if kinds and kinds <= LETTERS:
        if "letter_other" in kinds or set(f["letters"]) - LETTER_OK:
            return ("encrypt", "encrypt_letter_kind")
        if t["special"] or t["ninos"] or t["bank"] or f["extra"]:
            return ("encrypt", category_rule(t))
        if len(f["letters"]) > 10:
            return ("encrypt", "encrypt_over_limit")
        return ("relay", "letters_up_to_10")
    if kinds and kinds <= LISTS:
        return list_rule(t, f, False)
    return ("encrypt", category_rule(t))


def derive(lab, subject, consent):
    f, t = lab["facts"], lab["truth"]
    if f["encrypted"]:
        return ("relay", "already_encrypted")
    if f["opaque"] == "corrupt":
        return ("reject", "reject_uninspectable")
    if f["opaque"] == "scan":
        return ("encrypt", "encrypt_no_text_scan")
    own = {x.lower() for x in f["own_rcpt"]}
    rc = [x.lower() for x in lab["rcpt_to"]]
    if f["cv_count"] > 0 and any(x in own and x not in consent for x in rc):
        return ("reject", "reject_cv_no_consent")
    if f["pw"]:
        return ("encrypt", "encrypt_password_protected")
    if TAG.lower() in subject.lower():
        return ("encrypt", "encrypt_sender_tag")
    if not has_data(t):
        return ("relay", "no_claimant_data")
    res = [decide(rclass(x, consent, own), x, lab, consent, own) for x in rc if rclass(x, consent, own) != "internal"]
    for act, rule in res:
        if act == "encrypt":
            return (act, rule)
    return res[0]


# ----------------------------------------------------------------------------- self-check
class Unreadable(Exception):
    pass


TRACE = {"received", "dkim-signature", "arc-seal", "arc-message-signature", "arc-authentication-results",
         "authentication-results", "message-id", "date", "mime-version", "content-type",
         "content-transfer-encoding", "content-disposition", "return-path"}


def _html_text(h):
    from html import unescape
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " \t ", h)
    return unescape(re.sub(r"<[^>]+>", "", h))


def parse_file(name, ctype, data, found):
    """Returns text; records kinds in found; raises Unreadable / PasswordProtected."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    try:
        if ext == "docx":
            return docx_text(data)
        if ext == "xlsx":
            return xlsx_text(data)
        if ext == "odt":
            return odt_text(data)
        if ext == "pdf":
            from pypdf import PdfReader
            rd = PdfReader(io.BytesIO(data), strict=True)
            if rd.is_encrypted:
                found.add("pw")
                raise PasswordProtected(name)
            t = pdf_text(data)
            if not t.strip():
                imgs = sum(len(pg.images) for pg in rd.pages)
                if imgs:
                    found.add("scan")
                else:
                    raise Unreadable("empty pdf")
            return t
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            if any(i.flag_bits & 0x1 for i in z.infolist()):
                found.add("pw")
                raise PasswordProtected(name)
            if z.testzip() is not None:
                raise Unreadable("bad zip")
            out = []
            for info in z.infolist():
                if info.flag_bits & 0x1:
                    found.add("pw")
                    raise PasswordProtected(name)
                out.append(info.filename)
                out.append(parse_file(info.filename, "", z.read(info.filename), found))
            return "\n".join(out)
        if ext in ("csv", "txt"):
            return data.decode("utf-8")
        if ext == "ics":
            t = ics_text(data)
            if "BEGIN:VCALENDAR" not in t:
                raise Unreadable("bad ics")
            return t
        if ext in ("png", "jpg", "jpeg"):
            from PIL import Image
            Image.open(io.BytesIO(data)).load()
            found.add("image")
            return ""
        if ext == "p7s":
            return ""
        raise Unreadable(f"unknown type {name} {ctype}")
    except (PasswordProtected, Unreadable):
        raise
    except Exception as e:  # noqa: BLE001
        raise Unreadable(f"{name}: {e}")


def message_texts(msg, found, depth=0):
    """Returns (body_texts, other_texts)."""
    bodies, others = [], []
    for k, v in msg.items():
        if k.lower() not in TRACE:
            (bodies if k.lower() == "subject" else others).append(str(v))
    ct = msg.get_content_type()
    if ct == "multipart/encrypted" or (ct == "application/pkcs7-mime" and "enveloped" in msg.get("Content-Type", "")):
        found.add("encrypted")
        return bodies, others
    for part in msg.walk():
        if part.is_multipart():
            continue
        pct = part.get_content_type()
        fn = part.get_filename()
        if part is not msg:
            for k, v in part.items():
                if k.lower().startswith("x-"):
                    others.append(str(v))
        if pct == "message/rfc822":
            continue
        if fn:
            others.append(fn)
        if pct == "application/pkcs7-signature":
            continue
        if pct in ("text/plain", "text/html") and not fn:
            raw = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            t = _html_text(raw) if pct == "text/html" else raw
            if "BEGIN PGP MESSAGE" in t:
                found.add("encrypted")
            bodies.append(t)
            continue
        if pct == "image/png" and part.get("Content-ID") and fn == "forgeway-logo.png":
            continue
        data = part.get_payload(decode=True)
        try:
            others.append(parse_file(fn or "", pct, data, found))
        except PasswordProtected:
            pass
        except Unreadable as e:
            found.add("unreadable")
            found.add(f"why:{e}")
    # nested messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            b, o = message_texts(inner, found, depth + 1)
            others += b + o
    return bodies, others


def check(labels, consent):
    errors = []
    seen_bodies = {}
    for lab in labels:
        path = os.path.join(HERE, lab["file"])
        with open(path, "rb") as fh:
            raw = fh.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lid = lab["id"]
        frm = getaddresses([msg.get("From", "")])
        if not frm or frm[0][1].lower() != lab["mail_from"].lower():
            errors.append(f"{lid}: From {frm} != {lab['mail_from']}")
        if not lab["mail_from"].lower().endswith("@" + INTERNAL):
            errors.append(f"{lid}: sender not internal")
        hdr_rcpt = [a.lower() for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))]
        rc = [a.lower() for a in lab["rcpt_to"]]
        if any(a not in rc for a in hdr_rcpt):
            errors.append(f"{lid}: header recipient not in rcpt_to")
        if msg.get("Bcc"):
            errors.append(f"{lid}: Bcc header present")
        if not msg.get("Date") or not msg.get("Message-ID"):
            errors.append(f"{lid}: missing Date/Message-ID")
        if all(a.endswith("@" + INTERNAL) for a in rc):
            errors.append(f"{lid}: no external recipient")
        subject = str(msg.get("Subject", ""))
        got = derive(lab, subject, consent)
        if got != (lab["expected_action"], lab["rule"]):
            errors.append(f"{lid} ({lab['scenario']}): label {lab['expected_action']}/{lab['rule']} but derive gives {got}")
        found = set()
        bodies, others = message_texts(msg, found)
        f = lab["facts"]
        if f["encrypted"] and "encrypted" not in found:
            errors.append(f"{lid}: encrypted case has no encrypted body")
        if not f["encrypted"] and "encrypted" in found:
            errors.append(f"{lid}: encrypted body in a non-encrypted case")
        if f["opaque"] == "corrupt" and "unreadable" not in found:
            errors.append(f"{lid}: uninspectable case but every part parses")
        if f["opaque"] != "corrupt" and "unreadable" in found:
            errors.append(f"{lid}: a part does not parse: {[x for x in found if x.startswith('why:')]}")
        if f["opaque"] == "scan" and not ({"scan", "image"} & found):
            errors.append(f"{lid}: scan case without an image-only part")
        if f["pw"] and "pw" not in found:
            errors.append(f"{lid}: password case without an encrypted part")
        if not f["pw"] and "pw" in found:
            errors.append(f"{lid}: password-protected part in a non-password case")
        if f["opaque"] != "scan" and "scan" in found:
            errors.append(f"{lid}: image-only PDF in a non-scan case")
        bn = set()
        for b in bodies:
            bn |= find_ninos(b)
        alln = set(bn)
        for o in others:
            alln |= find_ninos(o)
        if len(bn) > lab["truth"]["ninos"]:
            errors.append(f"{lid}: body/subject holds {len(bn)} NINOs > truth {lab['truth']['ninos']}")
        readable = not (f["encrypted"] or f["opaque"] or f["pw"])
        if readable and len(alln) != lab["truth"]["ninos"]:
            errors.append(f"{lid}: content holds {len(alln)} NINOs, truth says {lab['truth']['ninos']}")
        if not readable and any(lab["truth"][k] for k in ("ninos", "dob", "bank", "special", "data_subjects", "doc_kinds")):
            errors.append(f"{lid}: truth should be empty for an unreadable case")
        body_key = hashlib.sha1("\n".join(bodies[1:] if len(bodies) > 1 else bodies).encode()).hexdigest()
        if body_key in seen_bodies:
            errors.append(f"{lid}: same body as {seen_bodies[body_key]}")
        seen_bodies[body_key] = lid
        # internal copies only where an external recipient decides
        if any(a.endswith("@" + INTERNAL) for a in rc) and not any(not a.endswith("@" + INTERNAL) for a in rc):
            errors.append(f"{lid}: internal only")
        own = {x.lower() for x in f["own_rcpt"]}
        if any(x.lower() not in rc for x in own):
            errors.append(f"{lid}: own_rcpt not a recipient")
        if lab["rule"] not in GUIDANCE:
            errors.append(f"{lid}: unknown rule {lab['rule']}")
        for k in lab["truth"]["doc_kinds"]:
            if k not in {"cv", "application_form", "application_form_couple", "letter_interview", "letter_job_offer",
                         "letter_appointment", "letter_other", "name_list", "nino_list", "ucnea1", "good_news_story",
                         "exit_report", "change_of_circumstances", "whp_eb_customer_form"}:
                errors.append(f"{lid}: unknown doc kind {k}")
    return errors


# ----------------------------------------------------------------------------- main
def collect():
    cases = []
    for fn in SCEN:
        out = fn()
        if isinstance(out, dict):
            out = [out]
        cases.extend(out)
    keys = [c["key"] for c in cases]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate scenario keys: {sorted(dup)}")
    return cases


def main():
    check_only = "--check" in sys.argv
    if not check_only:
        cases = collect()
        n = len(cases)
        ids = list(range(1, n + 1))
        random.Random(20261202 * 8).shuffle(ids)
        os.makedirs(MAIL, exist_ok=True)
        for fn in os.listdir(MAIL):
            if fn.endswith(".eml"):
                os.remove(os.path.join(MAIL, fn))
        consent = set()
        for c in cases:
            for a in c.get("consent", []):
                consent.add(a.lower())
        consent |= set(CONSENT_EXTRA)
        labels = []
        order = sorted(range(n), key=lambda i: ids[i])
        for i in order:
            c = cases[i]
            num = ids[i]
            lid = f"{PREFIX}-{num:03d}"
            day = num // 12
            day += 2 * (day // 5)  # weekdays only
            date = format_datetime(BASE_DATE + dt.timedelta(days=day, minutes=37 * (num % 12) + (num * 7) % 23))
            msgid = f"<{hashlib.sha1(('hh' + c['key']).encode()).hexdigest()[:24]}.{num}@{INTERNAL}>"
            data = build(c, date, msgid)
            with open(os.path.join(MAIL, lid + ".eml"), "wb") as fh:
                fh.write(data)
            rcpt = [a for _, a in c["to"]] + [a for _, a in c["cc"]] + [a for _, a in c["bcc"]]
            labels.append({"id": lid, "file": f"mail/{lid}.eml", "mail_from": c["frm"][1], "rcpt_to": rcpt,
                           "expected_action": c["action"], "rule": c["rule"], "guidance": GUIDANCE[c["rule"]],
                           "truth": c["truth"], "facts": c["facts"], "notes": c["notes"], "scenario": c["key"]})
        with open(os.path.join(HERE, "labels.jsonl"), "w") as fh:
            for lab in labels:
                fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "consent.txt"), "w") as fh:
            fh.write("# Consent register: claimant addresses that asked for their CV by e-mail (¶17)\n")
            for a in sorted(consent):
                fh.write(a + "\n")
    with open(os.path.join(HERE, "labels.jsonl")) as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    with open(os.path.join(HERE, "consent.txt")) as fh:
        consent = {x.strip().lower() for x in fh if x.strip() and not x.startswith("#")}
    errors = check(labels, consent)
    from collections import Counter
    acts = Counter(l["expected_action"] for l in labels)
    rules = Counter(l["rule"] for l in labels)
    print(f"{len(labels)} messages: " + ", ".join(f"{k} {acts[k]}" for k in ("relay", "encrypt", "reject")))
    for k, v in sorted(rules.items()):
        print(f"  {k:32s} {v}")
    if errors:
        for e in errors:
            print("SELF-CHECK:", e)
        print(f"self-check FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("self-check passed")


CONSENT_EXTRA = []


# ============================================================================= scenarios
MI = ("Forgeway MI Team", "mi.team@" + INTERNAL)
CONTRACTS = ("Forgeway Contract Management", "contracts@" + INTERNAL)
QUALITY = ("Forgeway Quality & Compliance", "quality@" + INTERNAL)
CRM = ("CaseLedger", "caseledger-noreply@" + INTERNAL)
REMIND = ("Forgeway Reminders", "reminders@" + INTERNAL)
DX = ("WHP Data Exchange", PROV_INBOX)
FIN = ("Forgeway Finance", "finance@" + INTERNAL)
EMPS = ("Forgeway Employer Services", "employer.services@" + INTERNAL)
CVS = ("Forgeway CV Service", "cv.service@" + INTERNAL)
PART = ("Forgeway Participant Services", "participant.services@" + INTERNAL)


def who(s):
    return (s["name"], s["addr"])


def ext(c, domain, role=None):
    f, l = c.fk.first_name(), c.fk.last_name()
    while "'" in f + l or " " in f + l:
        f, l = c.fk.first_name(), c.fk.last_name()
    return (f"{f} {l}", f"{f.lower()}.{l.lower()}@{domain}")


def crm_headers(event, template, extra=None):
    h = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "X-Mailer": "CaseLedger Notify 4.2",
         "X-CaseLedger-Event": event, "X-CaseLedger-Template": template}
    h.update(extra or {})
    return h


NOTHING = dict(truth=T(), facts=F())


@scenario
def s_perf_pack():
    c = Ctx("perf_pack")
    dwpcm = ext(c, "dwp.gov.uk")
    s = ST["Senior MI Analyst"]
    months = ["Aug", "Sep", "Oct"]
    summ = [["Measure", "Profile", "Actual", "Variance"], ["Referrals", 1420, 1388, -32], ["Starts", 1210, 1246, 36],
            ["Job outcomes (earnings threshold)", 212, 198, -14], ["Sustained outcomes", 95, 101, 6]]
    la = [["Local authority", "Starts Aug", "Starts Sep", "Starts Oct"]] + [
        [x, c.r.randrange(40, 160), c.r.randrange(40, 160), c.r.randrange(40, 160)] for x in
        ["Birmingham", "Dudley", "Sandwell", "Walsall", "Wolverhampton", "Solihull", "Coventry"]]
    bar = [["Self-declared barrier at start", "Count", "% of starts"],
           ["Mental health condition", 512, "41%"], ["Physical health condition", 377, "30%"],
           ["Drug or alcohol dependency", 64, "5%"], ["Offending history / on licence", 88, "7%"],
           ["Carer responsibilities", 131, "11%"], ["No barrier declared", 74, "6%"]]
    piv = [["office", "month", "starts", "outcomes"]] + [[o, m, c.r.randrange(10, 80), c.r.randrange(1, 20)]
           for o in ["Digbeth", "Dudley", "Walsall", "Coventry"] for m in months]
    x = xlsx_bytes([{"name": "Summary", "rows": summ}, {"name": "Starts by LA", "rows": la},
                    {"name": "Barriers (aggregate)", "rows": bar}, {"name": "pivot_src", "rows": piv, "hidden": True}])
    text = (f"Dear {dwpcm[0].split()[0]},\n\nPlease find attached the West Midlands CPA monthly performance pack for "
            "October 2026. Starts are 3% ahead of profile; job outcomes remain 14 behind, which we attribute to the "
            "seasonal slowdown in logistics recruitment. The barrier analysis on sheet 3 is aggregate only and no cell "
            "below five has been published.\n\nWe would welcome ten minutes at the contract review on 12 November to "
            "discuss the outcome recovery plan." + sig(s, 0))
    return case(c, frm=who(s), to=[dwpcm], subject="WM CPA - Monthly Performance Pack - October 2026", text=text,
                html=html_wrap(p2h(text)), atts=[A("WM_CPA_Performance_Pack_Oct26.xlsx", x)], action="relay",
                rule="no_claimant_data", notes="aggregate performance pack; barrier counts by health/offending; hidden pivot sheet", **NOTHING)


@scenario
def s_export_ready():
    c = Ctx("export_ready")
    sc = ext(c, "northstar-training.co.uk")
    text = (f"Hello {sc[0].split()[0]},\n\nYour scheduled export \"Starts by provider - Q3 2026\" (job 58213) has finished.\n\n"
            "Rows: 1,246\nFormat: XLSX\nAvailable until: 09/11/2026 23:59\n\nSign in to CaseLedger > Reports > My exports to download it. "
            "For security, exports are never attached to notification e-mails.\n\nThis is an automated message from CaseLedger. Please do not reply.")
    return case(c, frm=CRM, to=[sc], subject="CaseLedger: your export is ready (job 58213)", text=text,
                headers=crm_headers("export.completed", "EXP-READY-02", {"X-CaseLedger-Job": "58213"}), cte="7bit",
                action="relay", rule="no_claimant_data", notes="system notification of an export, nothing attached", **NOTHING)


@scenario
def s_sampling_method():
    c = Ctx("sampling_method")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Quality Auditor"]
    rows = [["Stratum", "Population", "Sample", "Method"], ["Starts Jul-Sep", 318, 16, "random, seed published on the day"],
            ["Job outcome claims", 44, 9, "all above GBP 1,000 plus random"], ["Early leavers", 27, 5, "random"]]
    text = ("Good afternoon,\n\nAs agreed at the supply chain forum, the Q3 compliance sample for Bridgeway will be drawn on "
            "Monday 16 November. The sizes are below. We will send the case references on the day through the "
            "secure portal, not by e-mail.\n\n" + text_table(rows) +
            "\n\nEach file should hold the signed action plan, evidence of every job outcome claimed, and the record of any "
            "health or disability adjustments agreed. Files containing special category data must stay in CaseLedger and "
            "must not be printed.\n\nIf you have any questions about the methodology, please let me know." + sig(s, 1))
    h = "<p>Good afternoon,</p><p>As agreed at the supply chain forum, the Q3 compliance sample for Bridgeway will be drawn on Monday 16 November. The sizes are below. We will send the case references on the day through the secure portal, not by e-mail.</p>" + html_table(rows) + p2h("Each file should hold the signed action plan, evidence of every job outcome claimed, and the record of any health or disability adjustments agreed. Files containing special category data must stay in CaseLedger and must not be printed.\n\nIf you have any questions about the methodology, please let me know.") + sig_html(s, 1, logo=True)
    return case(c, frm=who(s), to=[sc], subject="Q3 compliance sample - sizes and method", text=text, html=html_wrap(h),
                logo=True, action="relay", rule="no_claimant_data", notes="sampling method, no cases named; inline logo", **NOTHING)


@scenario
def s_quality_board_ics():
    c = Ctx("quality_board_ics")
    s = ST["Head of Contract Management"]
    a1, a2 = ext(c, "northstar-training.co.uk"), ext(c, "bridgeway-support.org.uk")
    desc = ("Agenda:\n1. Minutes and actions\n2. Complaints and safeguarding incidents (aggregate, Q3)\n3. Barrier analysis: "
            "mental health and substance misuse referral pathways\n4. Data security incidents - lessons learned\n5. AOB")
    ics = ics_bytes("qb-2026-11@forgeway", "Supply Chain Quality Board", dt.datetime(2026, 11, 19, 10, 0), 120,
                    "Forgeway House, Room 3 / Teams", desc, (s["name"], s["addr"]), [a1, a2])
    text = "You have been invited to the Supply Chain Quality Board.\n\n" + desc + "\n\nPapers to follow one week before."
    return case(c, frm=who(s), to=[a1, a2], subject="Invitation: Supply Chain Quality Board - Thu 19 Nov 10:00", text=text,
                ics=ics, action="relay", rule="no_claimant_data", notes="ICS invite whose agenda names special-category topics", **NOTHING)


@scenario
def s_training_reminder():
    c = Ctx("training_reminder")
    sc = ext(c, "northstar-training.co.uk")
    text = (f"Dear {sc[0]},\n\nOur records show that the following mandatory module is due for renewal:\n\n"
            "  Module: IG-04 Handling special category and criminal offence data\n  Due by: 30/11/2026\n  Duration: 40 minutes\n\n"
            "The module covers the Article 9 categories (health, ethnicity, religion, sexual orientation, trade union "
            "membership), criminal offence data under Article 10, and when information about a participant's "
            "convictions or medication may be shared with an employer.\n\nLaunch the module from the learning portal. "
            "Staff who do not complete it by the due date will have their CaseLedger access suspended.\n\n"
            "Forgeway Learning & Development (automated reminder)")
    return case(c, frm=REMIND, to=[sc], subject="Reminder: IG-04 mandatory training due 30/11/2026", text=text, cte="7bit",
                headers={"Auto-Submitted": "auto-generated", "X-Forgeway-Reminder": "LMS-IG04"}, action="relay",
                rule="no_claimant_data", notes="training reminder full of special-category words", **NOTHING)


@scenario
def s_benefit_rates():
    c = Ctx("benefit_rates")
    hub = ext(c, HUB)
    s = ST["Employer Engagement Manager"]
    rows = [["Universal Credit element (monthly)", "2026/27"], ["Standard allowance, single, 25 or over", "£424.90"],
            ["Standard allowance, couple, either 25 or over", "£666.97"], ["Child element (first child)", "£339.00"],
            ["Work allowance (with housing costs)", "£411.00"], ["Taper rate", "55%"]]
    h = ("<p>Hi all,</p><p>Ahead of the in-work benefit sessions at the hub, here are the published UC rates we use in "
         "the better-off calculator. These are the national rates, not anyone's award.</p>" + html_table(rows) +
         "<p>Source: GOV.UK benefit and pension rates 2026 to 2027.</p>" + sig_html(s, 0))
    return case(c, frm=who(s), to=[hub], subject="Published UC rates for the better-off sessions", html=html_wrap(h),
                action="relay", rule="no_claimant_data", notes="published benefit rates, HTML-only", **NOTHING)


@scenario
def s_invoice_own_bank():
    c = Ctx("invoice_own_bank")
    col = ext(c, COLLEGE)
    s = ST["Finance Officer"]
    pdf = pdf_bytes([[("h", "INVOICE FW-INV-20417"), ("p", f"{ORG}\n{OFFICE}\nVAT reg. GB 318 4471 02"),
                      ("p", f"To: Accounts Payable, Edgbaston Adult College"),
                      ("t", [["Item", "Qty", "Unit", "Total"], ["Room hire recharge - Oct 2026 (Digbeth suite)", "6", "85.00", "510.00"],
                             ["VAT 20%", "", "", "102.00"], ["Total due", "", "", "612.00"]]),
                      ("p", "Please pay within 30 days by BACS to: Forgeway Employment Partnership, sort code 30-94-57, account 00417733, "
                            f"IBAN {iban(c.r, 'LOYD')}. Quote the invoice number as reference.")]])
    text = ("Good morning,\n\nPlease find attached invoice FW-INV-20417 for the October room hire recharge. Our bank details are on "
            "the invoice and have not changed.\n" + sig(s, 0))
    return case(c, frm=FIN, to=[col], subject="Invoice FW-INV-20417 - room hire recharge October", text=text,
                atts=[A("FW-INV-20417.pdf", pdf)], action="relay", rule="no_claimant_data",
                notes="provider's own sort code, account and IBAN on an invoice", **NOTHING)


@scenario
def s_job_advert_bcc():
    c = Ctx("job_advert_bcc")
    bcc = [("", Person(c).email) for _ in range(7)]
    text = ("Hello,\n\nYou told us you are interested in warehouse work, so we wanted to share this one.\n\n"
            "WAREHOUSE OPERATIVES x 12 - Tameway Logistics, Wednesbury\n"
            "- £12.60 an hour, 4 on 4 off, days or nights\n- No experience needed, full training and forklift licence\n"
            "- Disability Confident employer; applicants with criminal convictions are welcome (Ban the Box)\n"
            "- Free parking and on-site canteen\n\nReply to this e-mail or ring us on 0161 496 0712 and we will help you apply. "
            "Closing date 20 November.\n\nForgeway Participant Services\n\nYou are receiving this because you are on the Work and Health "
            "Programme with Forgeway. To stop job alerts, reply STOP.")
    return case(c, frm=PART, to=[PART], bcc=bcc, subject="Job alert: Warehouse Operatives, Wednesbury (x12)", text=text,
                action="relay", rule="no_claimant_data", notes="job advert to claimants in Bcc, mentions convictions", **NOTHING)


@scenario
def s_blank_coc_template():
    c = Ctx("blank_coc_template")
    sc1, sc2 = ext(c, "northstar-training.co.uk"), ext(c, "bridgeway-support.org.uk")
    s = ST["Data Officer"]
    d = docx_bytes(blocks=[("h", "Change of Circumstances notification - template v3.2"),
                           ("p", "Complete one form per participant. Send only from and to the designated inboxes."),
                           ("t", [["Field", "Entry"], ["Participant name", ""], ["National Insurance number", ""],
                                  ["Date of birth", ""], ["Change type (address / health condition / caring / other)", ""],
                                  ["Date of change", ""], ["Details", ""], ["Completed by (staff)", ""]])])
    text = ("Colleagues,\n\nDWP has issued a revised Change of Circumstances template. Version 3.2 is attached and replaces 3.1 "
            "from 1 December. The only change is the new field for a change to a health condition.\n\nPlease delete local copies "
            "of the old version." + sig(s, 1))
    return case(c, frm=who(s), to=[sc1, sc2], subject="Revised Change of Circumstances template v3.2", text=text,
                atts=[A("CoC_template_v3.2.docx", d)], action="relay", rule="no_claimant_data",
                notes="blank template with NINO/DOB/health field labels", **NOTHING)


@scenario
def s_staff_own_hospital():
    c = Ctx("staff_own_hospital")
    s = ST["Contract Manager"]
    sc = ext(c, "bridgeway-support.org.uk")
    text = (f"Hi {sc[0].split()[0]},\n\nJust to let you know I'll be out on Thursday - I've finally got a date for my knee "
            "operation at the QE and I'm likely to be on crutches for a fortnight, so I'll be working from home after that. "
            f"{ST['Supply Chain Manager']['name']} will chair the monthly review in my place.\n\nThe performance figures are "
            "unchanged from last week's pack." + sig(s, None))
    return case(c, frm=who(s), to=[sc], subject="Thursday's contract review - cover", text=text, cte="7bit",
                action="relay", rule="no_claimant_data", notes="staff member's own operation, not a participant", **NOTHING)


@scenario
def s_mi_rota():
    c = Ctx("mi_rota")
    dwpcm = ext(c, "dwp.gov.uk")
    rows = [["Name", "Role", "Days", "Work mobile"]] + [[x["name"], x["role"], c.r.choice(["Mon-Fri", "Mon-Thu", "Tue-Fri"]), x["mob"]]
                                                        for x in STAFF[:6]]
    s = ST["Head of Contract Management"]
    h = ("<p>Dear colleague,</p><p>As requested at the last CPA review, these are the MI and contract management contacts "
         "for the West Midlands contract over the Christmas period.</p>" + html_table(rows) +
         "<p>Out of hours, the duty manager can be reached on 020 7946 0481.</p>" + sig_html(s, 0))
    return case(c, frm=who(s), to=[dwpcm], subject="MI and contract contacts - Christmas cover", html=html_wrap(h),
                text=("Dear colleague,\n\nContacts for the Christmas period:\n\n" + text_table(rows) +
                      "\n\nOut of hours, the duty manager can be reached on 020 7946 0481." + sig(s, 0)),
                action="relay", rule="no_claimant_data", notes="staff names and work mobiles only", **NOTHING)


@scenario
def s_disclaimer_ack():
    c = Ctx("disclaimer_ack")
    e = ext(c, EMP["foundry"])
    s = ST["Employer Engagement Manager"]
    text = (f"Thanks {e[0].split()[0]}, that's received. I'll confirm the date of the site visit by Friday." + sig(s, 0) +
            "\n" + DISCLAIMERS[1] + "\n" + DISCLAIMERS[2])
    return case(c, frm=who(s), to=[e], subject="RE: Site visit - Black Country Castings", text=text,
                action="relay", rule="no_claimant_data", notes="one-line reply under three disclaimers", **NOTHING)


@scenario
def s_ethnicity_aggregate_csv():
    c = Ctx("ethnicity_aggregate_csv")
    dwpcm = ext(c, "dwp.gov.uk")
    s = ST["MI Analyst"]
    groups = ["Asian or Asian British - Pakistani", "Asian or Asian British - Indian", "Asian or Asian British - Bangladeshi",
              "Black or Black British - Caribbean", "Black or Black British - African", "Mixed - White and Black Caribbean",
              "White - British", "White - Irish", "White - Other", "Other ethnic group", "Prefer not to say"]
    rows = [["ethnic_group", "starts_q3", "job_outcomes_q3", "outcome_rate"]]
    for g in groups:
        st_ = c.r.randrange(12, 400)
        jo = c.r.randrange(0, st_ // 5)
        rows.append([g, st_, jo if jo >= 5 else "<5", f"{(jo / st_) * 100:.1f}%" if jo >= 5 else "suppressed"])
    text = ("Hello,\n\nAs requested for the equality impact review, the Q3 starts and job outcomes by self-declared ethnic group "
            "are attached as CSV. Counts below five are suppressed in line with our disclosure control policy." + sig(s, 0))
    return case(c, frm=who(s), to=[dwpcm], subject="Equality monitoring - Q3 outcomes by ethnic group (aggregate)", text=text,
                atts=[A("Q3_outcomes_by_ethnicity.csv", csv_bytes(rows))], action="relay", rule="no_claimant_data",
                notes="aggregate ethnicity statistics with suppression", **NOTHING)


@scenario
def s_policy_pdf():
    c = Ctx("policy_pdf")
    a = ext(c, "northstar-training.co.uk")
    s = ST["Information Governance Officer"]
    pdf = pdf_bytes([[("h", "Special Category and Criminal Offence Data Policy (v5.0)"),
                      ("p", "1. Purpose. This policy sets out how Forgeway and its supply chain process information about participants' "
                            "physical and mental health, substance misuse, ethnicity, religion, sexual orientation, trade union "
                            "membership and criminal convictions, including licence conditions and MAPPA status."),
                      ("p", "2. Sharing. Such information must never be sent by unencrypted e-mail. Use the secure portal or "
                            "encrypted e-mail, and share only what the recipient needs."),
                      ("p", "3. Employers. A participant's unspent convictions may be disclosed to an employer only with their "
                            "informed consent, recorded in CaseLedger."),
                      ("p", "4. Breaches. Report any suspected breach to the IG team within one hour.")],
                     [("h", "Appendix A - examples"),
                      ("p", "Health data includes a diagnosis, a fit note, medication and the name of a treating clinician. Criminal "
                            "offence data includes a sentence, time in custody, being on licence or tagged, and probation contact.")]])
    text = ("Dear partners,\n\nVersion 5.0 of the policy was approved at Board on 28 October and is attached. Please cascade it "
            "to all delivery staff and confirm by 30 November that they have read it." + sig(s, 0))
    return case(c, frm=who(s), to=[a], subject="Policy update: Special Category and Criminal Offence Data v5.0", text=text,
                atts=[A("FW-IG-POL-07_v5.0.pdf", pdf)], action="relay", rule="no_claimant_data",
                notes="policy PDF that lists every special category", **NOTHING)


@scenario
def s_newsletter():
    c = Ctx("newsletter")
    e1, e2 = ext(c, EMP["care"]), ext(c, EMP["hotel"])
    h = ("<h2>Forge Focus - employer bulletin, November 2026</h2>"
         "<p><b>Mental health at work.</b> Join our free half-day session on supporting staff with anxiety and depression, "
         "led by a qualified Mental Health First Aid instructor.</p>"
         "<p><b>Recruiting people with convictions.</b> One in four adults in the West Midlands has a criminal record. Our Fair "
         "Chance guide explains what employers can lawfully ask and how licence conditions work in practice.</p>"
         "<p><b>Menopause, diabetes and long COVID.</b> Simple adjustments that keep people in work - see our new factsheets.</p>"
         "<p><b>Figures.</b> 198 people started work through the programme in October across Birmingham and the Black Country.</p>"
         "<p>To unsubscribe, reply with UNSUBSCRIBE in the subject.</p>")
    return case(c, frm=EMPS, to=[EMPS], bcc=[e1, e2], subject="Forge Focus - November employer bulletin", html=html_wrap(h),
                logo=False, cte="base64", action="relay", rule="no_claimant_data",
                notes="newsletter about health and convictions, Bcc employers, base64 HTML-only", **NOTHING)


@scenario
def s_nino_lookalikes():
    c = Ctx("nino_lookalikes")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Data Officer"]
    text = ("Hi,\n\nThe overnight validation run rejected 37 records on your referral upload. All of them are format problems, "
            "not real NI numbers:\n\n"
            "- 21 records hold the training specimen QQ 12 34 56 C, which must never be keyed into live records;\n"
            "- 9 records hold temporary references in the old format, e.g. TN 21 03 88 F, which DWP no longer accepts;\n"
            "- 5 records use a suffix of E (e.g. AB123456E), which is not a valid suffix;\n"
            "- 2 records start with the prefix BG or NK, e.g. BG 44 55 66 A, which are never issued.\n\n"
            "Please correct them at source and re-upload before Friday's cut-off. No records were loaded from the failed file." + sig(s, 1))
    return case(c, frm=who(s), to=[sc], subject="Upload validation: 37 records rejected (format only)", text=text,
                action="relay", rule="no_claimant_data", notes="NINO look-alikes only: QQ specimen, TN, suffix E, BG/NK", **NOTHING)


@scenario
def s_supplier_onboarding():
    c = Ctx("supplier_onboarding")
    pr = ext(c, PRINT)
    s = ST["Finance Officer"]
    rows = [["Field", "Value"], ["Supplier", "Digbeth Print Ltd"], ["Companies House no.", "SC512874"],
            ["Purchase order", "PO-AB-120934"], ["Supplier ref", "DP 44 10 92 E"], ["Payment terms", "30 days"]]
    text = ("Dear Accounts,\n\nThank you for completing the supplier form. You are now set up on our finance system with the "
            "details below. Please quote the purchase order on every invoice.\n\n" + text_table(rows) + sig(s, 0))
    return case(c, frm=FIN, to=[pr], subject="Supplier set-up confirmation - PO-AB-120934", text=text,
                action="relay", rule="no_claimant_data", notes="company number and order references that look like NINOs", **NOTHING)


@scenario
def s_forward_bulletin():
    c = Ctx("forward_bulletin")
    sc1 = ext(c, "northstar-training.co.uk")
    s = ST["Head of Contract Management"]
    inner = nested_msg("Provider Bulletin <provider.bulletin@dwp.gov.uk>", "WHP Providers", "Provider bulletin 47: PRaP changes",
                       "Dear providers,\n\nFrom 1 December PRaP will reject claims where the outcome date precedes the start date. "
                       "Providers should also note the revised guidance on recording health conditions as barriers: only the "
                       "barrier category is recorded in PRaP, never clinical details.\n\nProvider Referrals and Payments Team",
                       "Mon, 26 Oct 2026 09:12:00 +0000")
    text = "FYI - see attached, the PRaP change will affect your December claims.\n\n" + s["first"]
    return case(c, frm=who(s), to=[sc1], subject="FW: Provider bulletin 47: PRaP changes", text=text, nested=inner,
                cte="7bit", action="relay", rule="no_claimant_data", notes="terse forward of a generic DWP bulletin (nested)", **NOTHING)


@scenario
def s_contract_variation():
    c = Ctx("contract_variation")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Head of Contract Management"]
    d = docx_bytes(blocks=[("h", "Subcontract variation no. 4"), ("p", "Between Forgeway Employment Partnership and Bridgeway Support CIC."),
                           ("t", [["Clause", "Change"], ["4.2 Volumes", "Referral profile reduced from 60 to 52 a month from January 2027"],
                                  ["7.1 Payment", "Sustainment outcome fee revised to GBP 1,140"],
                                  ["Sch. 3 Data", "Data exchange only through the secure portal; no participant data by unencrypted e-mail"]]),
                           ("p", "All other terms remain unchanged.")])
    text = (f"Dear {sc[0].split()[0]},\n\nFurther to our meeting on 20 October, I attach variation no. 4 to the subcontract for "
            "signature. The volume change reflects DWP's revised referral forecast for the Black Country.\n\nPlease return a signed "
            "copy by 13 November." + sig(s, 0))
    return case(c, frm=CONTRACTS, to=[sc], subject="Subcontract variation no. 4 for signature", text=text,
                atts=[A("Bridgeway_Variation_4.docx", d)], action="relay", rule="no_claimant_data",
                notes="commercial contract variation", **NOTHING)


@scenario
def s_mhfa_invite():
    c = Ctx("mhfa_invite")
    e1, e2, e3 = ext(c, EMP["logistics"]), ext(c, EMP["retail"]), ext(c, EMP["motors"])
    s = ST["Employer Engagement Manager"]
    ics = ics_bytes("mhfa-2026-12@forgeway", "Mental Health First Aid for employers (2 days)", dt.datetime(2026, 12, 8, 9, 30),
                    420, "Forgeway House, Birmingham B18", "Two-day MHFA England course for line managers: recognising depression, "
                    "anxiety, psychosis, suicidal thoughts and substance misuse, and how to start a conversation.",
                    (s["name"], s["addr"]), [e1, e2, e3])
    text = ("Dear employer partners,\n\nYou are invited to our free Mental Health First Aid course on 8 and 9 December. Places are "
            "limited to 16. Accept the invitation to reserve a place." + sig(s, 2))
    return case(c, frm=who(s), to=[e1, e2, e3], subject="Invitation: Mental Health First Aid for employers, 8-9 December",
                text=text, ics=ics, action="relay", rule="no_claimant_data", notes="training invite with mental-health topics", **NOTHING)


@scenario
def s_training_persona():
    c = Ctx("training_persona")
    sc = ext(c, "northstar-training.co.uk")
    s = ST["Quality & Compliance Lead"]
    pdf = pdf_bytes([[("h", "Disclosure conversations - practice scenarios"),
                      ("p", "These personas are fictitious and were written for training. They are not participants."),
                      ("p", "Persona A, 'Sam', 34: left custody a year ago after a two-year sentence, is on licence and worries about "
                            "telling employers. Practise explaining what he must disclose and when."),
                      ("p", "Persona B, 'Jo', 51: long-term back pain and low mood, has not worked for six years. Practise agreeing "
                            "adjustments and a phased return.")]])
    text = ("Hi,\n\nSlides and practice scenarios for next week's disclosure workshop are attached. The personas are invented. "
            "Please print one copy per delegate." + sig(s, 1))
    return case(c, frm=who(s), to=[sc], subject="Disclosure workshop - practice scenarios", text=text,
                atts=[A("Disclosure_workshop_scenarios.pdf", pdf)], action="relay", rule="no_claimant_data",
                notes="fictitious training personas with a sentence and low mood", **NOTHING)


@scenario
def s_vacancy_to_jcp():
    c = Ctx("vacancy_to_jcp")
    wc = ext(c, "jobcentreplus.gov.uk")
    s = ST["Employer Engagement Manager"]
    text = (f"Dear {wc[0].split()[0]},\n\nCould you share the following with the work coaches at West Bromwich and Oldbury?\n\n"
            "Lickey Hills Care is recruiting 10 care assistants for its new Rowley Regis home. Full training, paid DBS check; "
            "the employer will consider applicants with previous convictions on a case-by-case basis. Guaranteed interview for "
            "anyone referred by the programme.\n\nRecruitment day: Wednesday 25 November, 10:00-15:00." + sig(s, 0))
    return case(c, frm=who(s), to=[wc], subject="Vacancies to share: care assistants x10, Rowley Regis", text=text,
                action="relay", rule="no_claimant_data", notes="job advert to a DWP work coach", **NOTHING)


@scenario
def s_audit_findings_aggregate():
    c = Ctx("audit_findings_aggregate")
    pat = ext(c, "dwp.gov.uk")
    s = ST["Quality & Compliance Lead"]
    rows = [["Finding", "Files", "Rate"], ["Files sampled", 60, ""], ["Signed consent missing", 4, "6.7%"],
            ["Health information in free-text notes instead of the restricted field", 2, "3.3%"],
            ["Job outcome evidence incomplete", 3, "5.0%"], ["Action plan not reviewed within 8 weeks", 7, "11.7%"]]
    h = ("<p>Dear colleague,</p><p>Ahead of the Provider Assurance visit, here is the summary of our own internal audit of "
         "Q2 files. The findings are aggregate; we will bring the case-level evidence to the visit.</p>" + html_table(rows) +
         "<p>All actions are tracked in the quality improvement plan.</p>" + sig_html(s, 0))
    return case(c, frm=QUALITY, to=[pat], subject="Internal audit Q2 - summary for PAT visit", html=html_wrap(h),
                text="Summary of internal audit Q2:\n\n" + text_table(rows) + sig(s, 0), action="relay",
                rule="no_claimant_data", notes="aggregate audit findings mentioning health notes", **NOTHING)


@scenario
def s_password_expiry():
    c = Ctx("password_expiry")
    u = ext(c, "bridgeway-support.org.uk")
    text = (f"Dear {u[0]},\n\nYour CaseLedger password will expire in 5 days (on 07/11/2026). To change it, sign in and go to "
            "Profile > Security. If you did not expect this message, contact the Forgeway service desk on 020 7946 0330.\n\n"
            "CaseLedger - automated message")
    return case(c, frm=CRM, to=[u], subject="CaseLedger: your password expires in 5 days", text=text, cte="7bit",
                headers=crm_headers("account.password_expiry", "ACC-PWD-05"), crlf=True, action="relay",
                rule="no_claimant_data", notes="system password reminder, CRLF", **NOTHING)


@scenario
def s_employer_contacts():
    c = Ctx("employer_contacts")
    sc = ext(c, "northstar-training.co.uk")
    s = ST["Employer Engagement Manager"]
    rows = [["Employer", "Contact", "Role", "Telephone"]]
    for k in ["foundry", "logistics", "care", "hotel", "retail"]:
        n = c.fk.name()
        rows.append([EMP[k], n, c.r.choice(["HR Manager", "Site Manager", "Recruitment Lead", "Operations Manager"]), landline(c.r)])
    x = xlsx_bytes([{"name": "Employer contacts", "rows": rows}])
    text = ("Hi,\n\nAs promised, the current employer contact list for the Black Country patch. Please keep it up to date "
            "in CaseLedger rather than in local spreadsheets." + sig(s, 0))
    return case(c, frm=EMPS, to=[sc], subject="Employer contact list - Black Country", text=text,
                atts=[A("Employer_contacts_BC.xlsx", x)], action="relay", rule="no_claimant_data",
                notes="employer contacts with phone numbers are not claimants", **NOTHING)


@scenario
def s_review_minutes():
    c = Ctx("review_minutes")
    dwpcm = ext(c, "dwp.gov.uk")
    s = ST["Contract Manager"]
    d = docx_bytes(blocks=[("h", "CPA Contract Review - minutes, 20 October 2026"),
                           ("p", f"Present: {dwpcm[0]} (DWP), {s['name']}, {ST['Head of Contract Management']['name']}, "
                                 f"{ST['Senior MI Analyst']['name']} (Forgeway)."),
                           ("t", [["Item", "Discussion", "Action"], ["Performance", "Starts ahead of profile; outcomes behind", "Recovery plan by 12/11"],
                                  ["Complaints", "Three complaints in Q3, none upheld", "None"],
                                  ["Health pathway", "Waiting times for Talking Therapies referrals rising", "Forgeway to map alternatives"],
                                  ["Data security", "No incidents reported", "None"]])])
    text = (f"Dear {dwpcm[0].split()[0]},\n\nDraft minutes of the October review attached for your comments." + sig(s, 0))
    return case(c, frm=who(s), to=[dwpcm], subject="Draft minutes - CPA contract review 20 October", text=text,
                atts=[A("CPA_review_minutes_20Oct.docx", d)], action="relay", rule="no_claimant_data",
                notes="meeting minutes with staff and DWP names only", **NOTHING)


@scenario
def s_mi_deadline_reminder():
    c = Ctx("mi_deadline_reminder")
    a1, a2 = ext(c, "northstar-training.co.uk"), ext(c, "bridgeway-support.org.uk")
    text = ("This is an automated reminder.\n\nThe monthly MI return for November is due by 17:00 on Thursday 3 December.\n"
            "Upload the return template through the partner portal. Do not e-mail returns that contain participant-level data.\n\n"
            "Returns received after the deadline will be reported to the contract review as late.")
    return case(c, frm=REMIND, to=[a1, a2], subject="Reminder: November MI return due 03/12/2026 17:00", text=text,
                headers={"Auto-Submitted": "auto-generated", "X-Forgeway-Reminder": "MI-RETURN-MONTHLY"}, cte="7bit",
                action="relay", rule="no_claimant_data", notes="automated deadline reminder", **NOTHING)


@scenario
def s_remittance_subcontractor_bank():
    c = Ctx("remittance_subcontractor_bank")
    sc = ext(c, "northstar-training.co.uk")
    s = ST["Finance Officer"]
    sc_code = sortcode(c.r)
    acc = acctno(c.r)
    rows = [["Invoice", "Description", "Amount"], ["NS-3391", "Outcome fees September", "£18,420.00"],
            ["NS-3402", "Service fee October", "£9,800.00"], ["Total", "", "£28,220.00"]]
    text = ("Dear Northstar Accounts,\n\nRemittance advice: we have today paid the invoices below by BACS to the business account "
            "held on our supplier file. Please allow three working days for the funds to clear.\n\n" + text_table(rows) + sig(s, 0))
    return case(c, frm=FIN, to=[sc], subject="Remittance advice - payment run 02/11/2026", text=text,
                action="relay", rule="no_claimant_data", notes="remittance advice with invoice amounts", **NOTHING)


@scenario
def s_dashboard_html():
    c = Ctx("dashboard_html")
    a1 = ext(c, "bridgeway-support.org.uk")
    a2 = ext(c, "northstar-training.co.uk")
    rows = [["Office", "Caseload", "Starts (wk)", "Sanction referrals (YTD)", "Early leavers"]]
    for o in ["Digbeth", "Dudley", "Walsall", "Wolverhampton", "Coventry"]:
        rows.append([o, c.r.randrange(200, 600), c.r.randrange(5, 30), c.r.randrange(2, 20), c.r.randrange(1, 12)])
    h = ("<p><b>CaseLedger weekly dashboard - week 44</b></p>" + html_table(rows) +
         "<p>Figures are counts; no participant-level data is included. Generated 02/11/2026 06:00.</p>")
    return case(c, frm=CRM, to=[a1, a2], subject="Weekly dashboard - week 44", html=html_wrap(h),
                headers=crm_headers("report.scheduled", "DASH-WEEKLY"), action="relay", rule="no_claimant_data",
                notes="system dashboard with sanction referral counts", **NOTHING)


@scenario
def s_vacancy_bulletin_xlsx():
    c = Ctx("vacancy_bulletin_xlsx")
    sc = ext(c, "bridgeway-support.org.uk")
    rows = [["Employer", "Role", "Location", "Hours", "Pay", "Contact phone"]]
    for k, role in [("foundry", "Fettler"), ("logistics", "LGV Class 2 driver"), ("care", "Night care assistant"),
                    ("hotel", "Room attendant"), ("retail", "Seasonal colleague"), ("facilities", "Cleaning operative")]:
        rows.append([EMP[k], role, c.r.choice(["Tipton", "Oldbury", "Solihull", "Walsall"]), c.r.choice(["37.5", "20", "40"]),
                     f"£{c.r.randrange(1200, 1500) / 100:.2f}/hr", landline(c.r)])
    x = xlsx_bytes([{"name": "Vacancies", "rows": rows}, {"name": "Notes", "rows": [["All roles Disability Confident"], ["Fair Chance employers marked in CaseLedger"]]}])
    text = "Vacancy bulletin for w/c 2 November attached.\n\nForgeway Employer Services"
    return case(c, frm=EMPS, to=[sc], subject="Vacancy bulletin w/c 02/11", text=text, atts=[A("Vacancies_wc0211.xlsx", x)],
                action="relay", rule="no_claimant_data", notes="vacancy spreadsheet with employer phone numbers", **NOTHING)


@scenario
def s_smime_signed_notice():
    c = Ctx("smime_signed_notice")
    dwpcm = ext(c, "dwp.gov.uk")
    s = ST["Head of Contract Management"]
    text = (f"Dear {dwpcm[0].split()[0]},\n\nThis message confirms formally that Forgeway accepts contract change notice CCN-17 "
            "(revised sustainment definitions) with effect from 1 January 2027. This message is digitally signed.\n" + sig(s, 0))
    return case(c, frm=CONTRACTS, to=[dwpcm], subject="Acceptance of CCN-17 (signed)", text=text, special={"kind": "smime_signed"},
                action="relay", rule="no_claimant_data", notes="S/MIME signed-only, readable, no claimant data", **NOTHING)


@scenario
def s_kpi_fixed_width():
    c = Ctx("kpi_fixed_width")
    sc = ext(c, "northstar-training.co.uk")
    rows = [["OFFICE", "REFS", "STARTS", "OUTC", "CONV%"]] + [[o, c.r.randrange(100, 400), c.r.randrange(80, 300),
            c.r.randrange(5, 60), f"{c.r.randrange(50, 95)}.0"] for o in ["DIGBETH", "DUDLEY", "WALSALL", "WOLVES", "COVENTRY", "SOLIHULL"]]
    fw = fixed_width(rows, [12, 8, 8, 8, 8])
    text = "Office KPI extract (fixed width) for your MI reconciliation.\n\nForgeway MI Team"
    return case(c, frm=MI, to=[sc], subject="KPI extract by office - October", text=text, atts=[A("kpi_office_oct.txt", fw)],
                action="relay", rule="no_claimant_data", notes="fixed-width aggregate extract", **NOTHING)


@scenario
def s_league_table_qp():
    c = Ctx("league_table_qp")
    a1, a2 = ext(c, "northstar-training.co.uk"), ext(c, "bridgeway-support.org.uk")
    s = ST["Performance Manager"]
    rows = [["Partner", "Starts vs profile", "Job outcomes vs profile", "RAG"], ["Northstar Training", "104%", "91%", "Amber"],
            ["Bridgeway Support", "97%", "102%", "Green"], ["Forgeway direct delivery", "101%", "88%", "Amber"]]
    h = ("<p>Dear partners,</p><p>The October supply chain league table is below. Both partners are within tolerance; "
         "the outcome gap is being discussed at the Quality Board.</p>" + html_table(rows) + sig_html(s, 0))
    return case(c, frm=who(s), to=[a1, a2], subject="Supply chain league table - October", html=html_wrap(h),
                text="October league table:\n\n" + text_table(rows) + sig(s, 0), cte="quoted-printable",
                action="relay", rule="no_claimant_data", notes="performance league table", **NOTHING)


@scenario
def s_ooo_reply():
    c = Ctx("ooo_reply")
    e = ext(c, EMP["hotel"])
    s = ST["Area Operations Manager"]
    text = (f"Thank you for your e-mail. I am on annual leave until Monday 9 November with no access to e-mail. "
            f"For anything urgent about recruitment, please contact {ST['Employer Engagement Manager']['name']} on "
            f"{ST['Employer Engagement Manager']['mob']}.\n\n{s['name']}\n{s['role']}")
    return case(c, frm=who(s), to=[e], subject="Automatic reply: Housekeeping interviews next week", text=text, cte="7bit",
                headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, action="relay",
                rule="no_claimant_data", notes="out-of-office with a colleague's mobile", **NOTHING)


@scenario
def s_safeguarding_prevent_ics():
    c = Ctx("safeguarding_prevent_ics")
    s = ST["Quality & Compliance Lead"]
    a1, a2 = ext(c, "northstar-training.co.uk"), ext(c, "bridgeway-support.org.uk")
    ics = ics_bytes("sg-prevent-2026@forgeway", "Safeguarding & Prevent refresher", dt.datetime(2026, 11, 26, 13, 30), 90,
                    "Microsoft Teams", "Annual refresher: signs of abuse, domestic violence, radicalisation, self-harm and "
                    "suicide risk; when to make a safeguarding referral; recording concerns in CaseLedger.",
                    (s["name"], s["addr"]), [a1, a2])
    return case(c, frm=who(s), to=[a1, a2], subject="Safeguarding & Prevent refresher - 26 November", ics=ics,
                html=html_wrap("<p>Please accept this invitation for the annual safeguarding and Prevent refresher.</p>" + sig_html(s, 0)),
                action="relay", rule="no_claimant_data", notes="ICS training invite; HTML-only body", **NOTHING)


@scenario
def s_hidden_aggregate_sheet():
    c = Ctx("hidden_aggregate_sheet")
    dwpcm = ext(c, "dwp.gov.uk")
    s = ST["MI Analyst"]
    vis = [["Month", "Referrals", "Starts", "Conversion"], ["Jul", 455, 398, "87%"], ["Aug", 470, 402, "86%"], ["Sep", 463, 417, "90%"]]
    hid = [["Referral source", "Health condition flagged", "Substance misuse flagged", "Count"],
           ["JCP Birmingham", "Y", "N", 212], ["JCP Birmingham", "Y", "Y", 19], ["JCP Black Country", "Y", "N", 240],
           ["JCP Black Country", "N", "Y", 14], ["Self referral", "N", "N", 31]]
    x = xlsx_bytes([{"name": "Conversion", "rows": vis}, {"name": "calc", "rows": hid, "hidden": True}])
    text = ("Hello,\n\nReferral-to-start conversion for Q3 attached, as requested for the volumes model. The hidden 'calc' sheet "
            "holds the counts behind the chart." + sig(s, 0))
    return case(c, frm=MI, to=[dwpcm], subject="Q3 referral to start conversion", text=text,
                atts=[A("Q3_conversion.xlsx", x)], action="relay", rule="no_claimant_data",
                notes="hidden sheet with aggregate health/substance counts", **NOTHING)


@scenario
def s_employer_survey():
    c = Ctx("employer_survey")
    e = ext(c, EMP["motors"])
    s = ST["Employer Engagement Manager"]
    text = (f"Dear {e[0].split()[0]},\n\nThank you for working with us this year. We would value five minutes of your time for "
            "our annual employer survey - it asks how well we matched candidates, how we supported new starters, and what "
            "would help you recruit people returning to work after ill health.\n\nThe survey closes on 30 November." + sig(s, 2))
    return case(c, frm=EMPS, to=[e], subject="Employer survey 2026 - five minutes of your time", text=text,
                html=html_wrap(p2h(text)), cte="base64", action="relay", rule="no_claimant_data",
                notes="employer survey, base64 multipart/alternative", **NOTHING)


@scenario
def s_own_sick_note():
    c = Ctx("own_sick_note")
    s = ST["Data Officer"]
    sc = ext(c, "northstar-training.co.uk")
    text = (f"Hi {sc[0].split()[0]},\n\nApologies - I've been signed off by my GP until the 16th (chest infection), so the "
            "data-matching call will need to move. My manager, " + ST["Senior MI Analyst"]["name"] +
            ", will pick up the November upload in the meantime.\n\nThanks for understanding,\n" + s["first"])
    return case(c, frm=who(s), to=[sc], subject="Data-matching call - need to rearrange", text=text, cte="8bit",
                action="relay", rule="no_claimant_data", notes="staff member's own sick note", **NOTHING)


# ----------------------------------------------------------------------------- one name (relay)
def _one_name(key, frm, to, subject, text, notes, html=None, ics=None, headers=None, cte=None):
    return dict(frm=frm, to=to, subject=subject, text=text, html=html, ics=ics, headers=headers, cte=cte, notes=notes)


@scenario
def s_one_name():
    out = []
    c = Ctx("one_name_interview")
    p = c.person()
    e = ext(c, EMP["foundry"])
    s = ST["Employer Engagement Manager"]
    out.append(case(c, frm=who(s), to=[e], subject="Interview confirmation - Tuesday 14:00",
                    text=f"Hi {e[0].split()[0]},\n\nI can confirm {p.name} will attend the interview on Tuesday 10 November at 14:00 "
                         "at your Tipton site. I'll be there ten minutes early to introduce them." + sig(s, 0),
                    action="relay", rule="one_name", truth=T(data_subjects=1), facts=F(name_only=True),
                    notes="one name and an interview time to an employer"))
    c = Ctx("one_name_referral_status")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    out.append(case(c, frm=CRM, to=[sc], subject="CaseLedger: referral status changed",
                    text=(f"Referral status update\n\nParticipant: {p.name}\nNew status: Accepted - awaiting first appointment\n"
                          "Changed by: Forgeway triage team\nChanged on: 02/11/2026 09:41\n\nOpen CaseLedger to view the referral."
                          "\n\nThis is an automated message from CaseLedger."),
                    headers=crm_headers("referral.status_changed", "REF-STATUS-01"), cte="7bit",
                    action="relay", rule="one_name", truth=T(data_subjects=1), facts=F(name_only=True),
                    notes="CRM notification: one name and a referral status"))
    c = Ctx("one_name_course")
    p = c.person("f")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Supply Chain Manager"]
    out.append(case(c, frm=who(s), to=[sc], subject="Course booking - CSCS Level 1, 9 December",
                    text=f"Hello,\n\nPlease could you book {p.title} {p.initial_surname()} onto the CSCS Level 1 Health and Safety course "
                         "on Wednesday 9 December (Walsall centre)? Funding is from our flexible fund." + sig(s, 1),
                    action="relay", rule="one_name", truth=T(data_subjects=1), facts=F(name_only=True),
                    notes="one name (title + initial) and a course booking to supply chain"))
    c = Ctx("one_name_start_dwp")
    p = c.person()
    wc = ext(c, "jobcentreplus.gov.uk")
    s = ST["Area Operations Manager"]
    out.append(case(c, frm=who(s), to=[wc], subject="Start confirmed",
                    text=f"{wc[0].split()[0]} - {p.name} started with us today, first appointment done. Thanks for the referral.\n\n{s['first']}",
                    cte="7bit", action="relay", rule="one_name", truth=T(data_subjects=1), facts=F(name_only=True),
                    notes="terse one-liner: one name and a start to a DWP work coach"))
    c = Ctx("one_name_terse_fwd")
    p = c.person()
    e = ext(c, EMP["logistics"])
    s = ST["Area Operations Manager"]
    out.append(case(c, frm=who(s), to=[e], subject=f"{p.first} {p.last} - start date",
                    text=f"Start confirmed for Monday 16/11, 07:00, Gate 3.\n\nThx\n{s['first']}", cte="7bit",
                    action="relay", rule="one_name", truth=T(data_subjects=1), facts=F(name_only=True),
                    notes="name only in the subject, start date in the body"))
    c = Ctx("one_name_ics")
    p = c.person()
    e = ext(c, EMP["hotel"])
    s = ST["Employer Engagement Manager"]
    ics = ics_bytes("int-8841@forgeway", f"Interview: {p.name} - Room Attendant", dt.datetime(2026, 11, 12, 11, 0), 30,
                    "Severnside Hotel, Broad Street, Birmingham", "Candidate interview arranged by Forgeway Employer Services.",
                    (s["name"], s["addr"]), [e])
    out.append(case(c, frm=who(s), to=[e], subject=f"Invitation: Interview - {p.name} - Thu 12 Nov 11:00",
                    text="Interview invitation attached.", ics=ics, action="relay", rule="one_name",
                    truth=T(data_subjects=1), facts=F(name_only=True), notes="one name in an ICS interview invite"))
    c = Ctx("one_name_reminder_staffphone")
    p = c.person("m")
    e = ext(c, EMP["motors"])
    s = ST["Employer Engagement Manager"]
    out.append(case(c, frm=who(s), to=[e], subject="Trial shift tomorrow",
                    text=(f"Hi {e[0].split()[0]},\n\nJust a reminder that {p.first} {p.last} is coming in for the trial shift in the valeting bay "
                          f"tomorrow at 9. If anything changes, ring me on my mobile, {s['mob']}." + sig(s, None)),
                    action="relay", rule="one_name", truth=T(data_subjects=1), facts=F(name_only=True),
                    notes="one name plus the staff member's own mobile"))
    c = Ctx("one_name_quoted_thread")
    p = c.person("f")
    e = ext(c, EMP["retail"])
    s = ST["Employer Engagement Manager"]
    text = (f"Yes - {p.first} can do Thursday at 10 instead.\n\n{s['first']}\n\n"
            f"-----Original Message-----\nFrom: {e[0]} <{e[1]}>\nSent: 30 October 2026 16:02\nTo: {s['name']} <{s['addr']}>\n"
            f"Subject: Interview\n\nHi, could your candidate {p.name} move her interview from Wednesday to Thursday? Our "
            "store manager is away.\n\nThanks\n" + e[0].split()[0])
    out.append(case(c, frm=who(s), to=[e], subject="RE: Interview", text=text, action="relay", rule="one_name",
                    truth=T(data_subjects=1), facts=F(name_only=True), notes="Outlook-quoted thread, one name, interview time"))
    return out


# ----------------------------------------------------------------------------- CV to consenting claimant
@scenario
def s_cv_to_claimant():
    out = []
    variants = [
        ("docx", "Hi {first},\n\nAs promised after Tuesday's CV workshop, here is your updated CV in Word so you can edit it yourself. "
                 "I've tidied the layout and added your forklift licence.\n\nGood luck with the applications!"),
        ("pdf", "Dear {first},\n\nPlease find your CV attached as a PDF, ready to upload to job sites. You asked us to e-mail it to "
                "you, and we have your consent on file.\n\nBest wishes"),
        ("body", "Hello {first},\n\nYou asked for a plain-text copy of your CV to paste into online application forms. Here it is:\n\n{cv}\n\nAll the best"),
        ("odt", "Hi {first},\n\nHere is your CV in OpenDocument format, which opens in LibreOffice on the library computers.\n\nRegards"),
        ("tables", "Dear {first},\n\nYour CV, updated with your new reference, is attached. Let me know if anything needs changing."),
        ("crm", "CaseLedger CV Builder\n\nHello {first}, the CV you built in the session on 30 October has been exported and is attached. "
                "Keep it somewhere safe.\n\nThis message was sent at your request."),
    ]
    for i, (kind, tpl) in enumerate(variants):
        c = Ctx(f"cv_to_claimant_{kind}")
        p = c.person()
        s = STAFF[i % len(STAFF)]
        blocks = cv_blocks(c, p, "tables" if kind == "tables" else "classic")
        atts = []
        cvtext = blocks_text(blocks)
        if kind in ("docx", "tables", "crm"):
            atts = [A(f"CV_{p.first}_{p.last}.docx", docx_bytes(blocks=blocks))]
        elif kind == "pdf":
            atts = [A(f"{p.last}_{p.first}_CV.pdf", pdf_bytes([blocks_pdfpage(blocks)]))]
        elif kind == "odt":
            atts = [A(f"CV-{p.last}.odt", odt_bytes(p.name, [b[1] for b in blocks if b[0] == "p"]))]
        text = tpl.format(first=p.first, cv=cvtext) + ("" if kind == "crm" else sig(s, 0 if i % 2 else 2))
        frm = CRM if kind == "crm" else CVS
        d = case(c, frm=frm, to=[(p.name, p.email)], subject=r_cv_subject(i, p), text=text, atts=atts,
                 crlf=(kind == "odt"), action="relay", rule="cv_to_claimant",
                 truth=T(contact_details=True, data_subjects=1, doc_kinds=["cv"]), facts=F(cv_count=1, own_rcpt=[p.email]),
                 notes=f"one clean CV ({kind}) to the consenting claimant's own address")
        d["consent"] = [p.email]
        out.append(d)
    return out


def r_cv_subject(i, p):
    return ["Your updated CV", "Your CV (PDF)", "CV - plain text version", "Your CV", "Updated CV attached",
            "CaseLedger CV Builder: your CV"][i]


# ----------------------------------------------------------------------------- CVs up to 10
@scenario
def s_cvs_up_to_10():
    out = []
    # 3 separate DOCX CVs to employer
    c = Ctx("cvs_three_docx")
    ps = c.people(3)
    e = ext(c, EMP["logistics"])
    s = ST["Employer Engagement Manager"]
    atts = [A(f"CV_{p.last}.docx", docx_bytes(blocks=cv_blocks(c, p))) for p in ps]
    out.append(case(c, frm=EMPS, to=[e], subject="Candidates for the Wednesbury warehouse roles",
                    text=(f"Dear {e[0].split()[0]},\n\nFollowing our call, please find three CVs for the warehouse operative vacancies. "
                          "All three are available for the assessment day on 18 November." + sig(s, 0)),
                    atts=atts, action="relay", rule="cvs_up_to_10",
                    truth=T(contact_details=True, data_subjects=3, doc_kinds=["cv"]), facts=F(cv_count=3),
                    notes="three CVs as DOCX to an employer; referees named"))
    # 10 CVs in one PDF
    c = Ctx("cvs_ten_pdf")
    ps = c.people(10)
    e = ext(c, EMP["care"])
    pages = [blocks_pdfpage(cv_blocks(c, p, "tables" if k % 3 == 0 else "classic")) for k, p in enumerate(ps)]
    out.append(case(c, frm=EMPS, to=[e], subject="Care assistant shortlist - 10 CVs (bundle)",
                    text=("Good morning,\n\nAs requested, one PDF containing the ten CVs for the Rowley Regis recruitment day, one CV "
                          "per page in the order we discussed." + sig(ST["Employer Engagement Manager"], 1)),
                    atts=[A("Rowley_Regis_shortlist.pdf", pdf_bytes(pages))], action="relay", rule="cvs_up_to_10",
                    truth=T(contact_details=True, data_subjects=10, doc_kinds=["cv"]), facts=F(cv_count=10),
                    notes="ten CVs bound in one PDF: at the limit"))
    # zip of 4 CVs to agency
    c = Ctx("cvs_zip_four")
    ps = c.people(4)
    ag = ext(c, AGENCY)
    files = [(f"{p.last}_{p.first}.docx", docx_bytes(blocks=cv_blocks(c, p))) for p in ps]
    out.append(case(c, frm=EMPS, to=[ag], subject="CVs for the Meriden temp-to-perm roles",
                    text="Hi,\n\nFour CVs zipped up for the temp-to-perm production roles.\n\nForgeway Employer Services",
                    atts=[A("Meriden_CVs.zip", zip_bytes(files))], action="relay", rule="cvs_up_to_10",
                    truth=T(contact_details=True, data_subjects=4, doc_kinds=["cv"]), facts=F(cv_count=4),
                    notes="four CVs in a plain zip to a recruitment agency"))
    # CV-derived shortlist table in XLSX
    c = Ctx("cvs_derived_xlsx")
    ps = c.people(6)
    e = ext(c, EMP["facilities"])
    rows = [["Candidate", "Most recent role", "Years' experience", "Licences / cards", "Availability", "Contact e-mail"]]
    for p in ps:
        rows.append([p.name, c.r.choice(["Cleaner", "Caretaker", "Porter", "Housekeeper"]), c.r.randrange(1, 12),
                     c.r.choice(["None", "Full UK driving licence", "CSCS", "COSHH certificate"]),
                     c.r.choice(["Immediate", "1 week", "2 weeks"]), p.email])
    out.append(case(c, frm=EMPS, to=[e], subject="Cleaning operatives - candidate summary",
                    text=("Hello,\n\nRather than six separate CVs, here is a one-page summary drawn from the candidates' CVs, as you "
                          "asked. Full CVs are available on request." + sig(ST["Employer Engagement Manager"], 0)),
                    atts=[A("Cleaning_candidates_summary.xlsx", xlsx_bytes([{"name": "Candidates", "rows": rows}]))],
                    action="relay", rule="cvs_up_to_10",
                    truth=T(contact_details=True, data_subjects=6, doc_kinds=["cv"]), facts=F(cv_count=6),
                    notes="CV-derived data set (six candidates) in XLSX, counts as CVs"))
    # CV pasted in body
    c = Ctx("cv_pasted_body")
    p = c.person()
    e = ext(c, EMP["hotel"])
    s = ST["Employer Engagement Manager"]
    out.append(case(c, frm=who(s), to=[e], subject="Kitchen porter - candidate CV below",
                    text=("Hi,\n\nThe candidate's CV is pasted below as she only has it on her phone.\n\n----------\n" +
                          blocks_text(cv_blocks(c, p)) + "\n----------" + sig(s, 0)),
                    action="relay", rule="cvs_up_to_10",
                    truth=T(contact_details=True, data_subjects=1, doc_kinds=["cv"]), facts=F(cv_count=1),
                    notes="a CV pasted into the body, to an employer"))
    # 2 CVs to supply chain
    c = Ctx("cvs_two_supply")
    ps = c.people(2)
    sc = ext(c, "northstar-training.co.uk")
    atts = [A(f"{p.first}{p.last}_CV.pdf", pdf_bytes([blocks_pdfpage(cv_blocks(c, p))])) for p in ps]
    out.append(case(c, frm=EMPS, to=[sc], subject="Two CVs for the sector-based work academy",
                    text=("Hi,\n\nTwo CVs for the SWAP places at Northstar starting 23 November. Both have confirmed they want to go on it."
                          + sig(ST["Supply Chain Manager"], 1)), atts=atts, action="relay", rule="cvs_up_to_10",
                    truth=T(contact_details=True, data_subjects=2, doc_kinds=["cv"]), facts=F(cv_count=2),
                    notes="two CV PDFs to the supply chain"))
    return out


# ----------------------------------------------------------------------------- application forms up to 10
@scenario
def s_app_forms():
    out = []
    c = Ctx("appform_single_docx")
    p = c.person()
    e = ext(c, EMP["foundry"])
    rows = app_form_rows(c, p, "Fettler / finisher", "Black Country Castings")
    out.append(case(c, frm=EMPS, to=[e], subject="Application form - fettler vacancy",
                    text="Dear " + e[0].split()[0] + ",\n\nOne completed application form for the fettler vacancy is attached." + sig(ST["Employer Engagement Manager"], 0),
                    atts=[A("Application_fettler.docx", docx_bytes(blocks=[("h", "Application for employment"), ("t", rows)]))],
                    action="relay", rule="application_forms_up_to_10",
                    truth=T(contact_details=True, data_subjects=1, doc_kinds=["application_form"]), facts=F(form_people=1),
                    notes="one-person application form laid out as a table (age, no DOB); referee named"))
    c = Ctx("appform_five_couples")
    sc = ext(c, "bridgeway-support.org.uk")
    pages = []
    for k in range(5):
        a, b = c.person("f"), c.person("m")
        pages.append([("h", f"Household Employment Support - joint application ({k + 1} of 5)"),
                      ("t", [["", "Applicant 1", "Applicant 2"], ["Name", a.name, b.name], ["Age", str(a.age), str(b.age)],
                             ["Address", a.address, "same as applicant 1"], ["Phone", a.phone, b.phone],
                             ["Looking for", c.r.choice(["part-time days", "full-time"]), c.r.choice(["nights", "any work"])]])])
    out.append(case(c, frm=PART, to=[sc], subject="Joint application forms - Household Employment Support pilot",
                    text=("Hi,\n\nFive joint (couple) application forms for the pilot, scanned in from the originals and retyped. "
                          "That is ten people in total." + sig(ST["Supply Chain Manager"], 0)),
                    atts=[A("Household_pilot_joint_forms.pdf", pdf_bytes(pages))], action="relay",
                    rule="application_forms_up_to_10",
                    truth=T(contact_details=True, data_subjects=10, doc_kinds=["application_form_couple"]),
                    facts=F(form_people=10), notes="five couple forms = ten people: at the limit"))
    c = Ctx("appform_odt_age_words")
    p = c.person()
    col = ext(c, COLLEGE)
    rows = app_form_rows(c, p, "Level 2 Warehousing (adult, funded)", "Edgbaston Adult College", age_words=True)
    out.append(case(c, frm=PART, to=[col], subject="Enrolment application - Level 2 Warehousing",
                    text="Hello admissions,\n\nApplication attached for the January intake." + sig(ST["Supply Chain Manager"], 1),
                    atts=[A("College_application.odt", odt_bytes("Course application", ["Completed with the learner on 30/10/2026."], rows))],
                    action="relay", rule="application_forms_up_to_10",
                    truth=T(contact_details=True, data_subjects=1, doc_kinds=["application_form"]), facts=F(form_people=1),
                    notes="ODT application form, age written in words"))
    c = Ctx("appform_acroform")
    p = c.person()
    e = ext(c, EMP["motors"])
    fields = [("Position", "position", "Vehicle valeter"), ("Full name", "full_name", p.name), ("Address", "address", p.address),
              ("Mobile", "mobile", p.phone), ("Age", "age", str(p.age)), ("Driving licence", "licence", "Full UK, clean"),
              ("Referee", "referee", f"{c.fk.name()}, former manager")]
    out.append(case(c, frm=EMPS, to=[e], subject="Valeter application (fillable PDF)",
                    text="Hi,\n\nThe candidate filled in your fillable PDF application form online; it is attached as returned." + sig(ST["Employer Engagement Manager"], 0),
                    atts=[A("Meriden_Motors_application.pdf", pdf_acroform("Meriden Motors - application form",
                            "Please complete every field.", fields))],
                    action="relay", rule="application_forms_up_to_10",
                    truth=T(contact_details=True, data_subjects=1, doc_kinds=["application_form"]), facts=F(form_people=1),
                    notes="fillable AcroForm: answers only in field values"))
    c = Ctx("appform_zip_four")
    ps = c.people(4)
    e = ext(c, EMP["retail"])
    files = [(f"application_{k + 1}.docx", docx_bytes(blocks=[("h", "Seasonal colleague application"),
              ("t", app_form_rows(c, p, "Seasonal colleague", "Quarterline Retail"))])) for k, p in enumerate(ps)]
    out.append(case(c, frm=EMPS, to=[e], subject="Seasonal colleague applications x4",
                    text="Four application forms zipped for the Merry Hill store.\n\nForgeway Employer Services",
                    atts=[A("Quarterline_applications.zip", zip_bytes(files))], action="relay",
                    rule="application_forms_up_to_10",
                    truth=T(contact_details=True, data_subjects=4, doc_kinds=["application_form"]), facts=F(form_people=4),
                    notes="four application forms in a zip"))
    return out


# ----------------------------------------------------------------------------- letters up to 10
@scenario
def s_letters():
    out = []
    c = Ctx("letters_ten_interview_pdf")
    ps = c.people(10)
    sc = ext(c, "northstar-training.co.uk")
    pages = [[("p", letter_text("letter_interview", c, p, "Recruitment Team, Tameway Logistics",
               f"{12 + k % 3} November 2026 at {9 + k % 6}:00", "Tameway Logistics, Wednesbury WS10", "0113 496 0755"))]
             for k, p in enumerate(ps)]
    out.append(case(c, frm=EMPS, to=[sc], subject="Interview letters for posting - Tameway assessment days",
                    text="Hi,\n\nTen interview letters for your candidates, one per page. Could your admin team post them today please?" + sig(ST["Supply Chain Manager"], 0),
                    atts=[A("Tameway_interview_letters.pdf", pdf_bytes(pages))], action="relay", rule="letters_up_to_10",
                    truth=T(contact_details=True, data_subjects=10, doc_kinds=["letter_interview"]),
                    facts=F(letters=["letter_interview"] * 10), notes="ten interview letters in one PDF: at the limit"))
    c = Ctx("letter_appointment_to_claimant")
    p = c.person()
    text = letter_text("letter_appointment", c, p, "Forgeway Participant Services", "Monday 9 November 2026 at 10:30",
                       "Forgeway, 2nd floor, Dudley Library", "0161 496 0288")
    out.append(case(c, frm=PART, to=[(p.name, p.email)], subject="Your next appointment with Forgeway",
                    text=f"Dear {p.first},\n\nPlease see your appointment letter attached.\n\nForgeway Participant Services",
                    atts=[A("Appointment_letter.pdf", pdf_bytes([[("p", text)]]))], action="relay", rule="letters_up_to_10",
                    truth=T(contact_details=True, data_subjects=1, doc_kinds=["letter_appointment"]),
                    facts=F(letters=["letter_appointment"], own_rcpt=[p.email]),
                    notes="appointment letter to the claimant it is addressed to (no consent needed)"))
    c = Ctx("letter_offer_to_claimant")
    p = c.person()
    text = letter_text("letter_job_offer", c, p, "HR, Lickey Hills Care", "Monday 23 November 2026",
                       "Lickey Hills Care, Rowley Regis", "0113 496 0902")
    out.append(case(c, frm=EMPS, to=[(p.name, p.email)], subject="Job offer letter from Lickey Hills Care",
                    text=f"Hi {p.first},\n\nGreat news - the employer asked us to pass on your offer letter (attached as Word). Congratulations!" + sig(ST["Employer Engagement Manager"], 2),
                    atts=[A("Offer_letter.docx", docx_bytes(paras=text.split("\n\n")))], action="relay", rule="letters_up_to_10",
                    truth=T(contact_details=True, data_subjects=1, doc_kinds=["letter_job_offer"]),
                    facts=F(letters=["letter_job_offer"], own_rcpt=[p.email]), notes="job offer letter to the claimant"))
    c = Ctx("letters_zip_six_appt")
    ps = c.people(6)
    sc = ext(c, "bridgeway-support.org.uk")
    files = [(f"appt_{p.last}.docx", docx_bytes(paras=letter_text("letter_appointment", c, p, "Bridgeway Support on behalf of Forgeway",
              f"{16 + k} November 2026 at 14:00", "Bridgeway Support, Walsall", "020 7946 0611").split("\n\n"))) for k, p in enumerate(ps)]
    out.append(case(c, frm=PART, to=[sc], subject="Appointment letters - week 47",
                    text="Six appointment letters for your Walsall caseload, zipped." + sig(ST["Supply Chain Manager"], None),
                    atts=[A("appointment_letters_wk47.zip", zip_bytes(files))], action="relay", rule="letters_up_to_10",
                    truth=T(contact_details=True, data_subjects=6, doc_kinds=["letter_appointment"]),
                    facts=F(letters=["letter_appointment"] * 6), notes="six appointment letters in a zip"))
    c = Ctx("letters_docx_three_interview")
    ps = c.people(3)
    e = ext(c, EMP["foundry"])
    blocks = []
    for k, p in enumerate(ps):
        blocks += [("p", x) for x in letter_text("letter_interview", c, p, "Black Country Castings",
                   f"17 November 2026 at {10 + k}:00", "Black Country Castings, Tipton DY4", "0161 496 0519").split("\n\n")]
        if k < 2:
            blocks.append(("pb",))
    out.append(case(c, frm=EMPS, to=[e], subject="Draft interview letters for your approval",
                    text="Hi,\n\nThree draft interview letters in one Word document, as you asked - please check the times before we send." + sig(ST["Employer Engagement Manager"], 0),
                    atts=[A("BCC_interview_letters_draft.docx", docx_bytes(blocks=blocks))], action="relay", rule="letters_up_to_10",
                    truth=T(contact_details=True, data_subjects=3, doc_kinds=["letter_interview"]),
                    facts=F(letters=["letter_interview"] * 3), notes="three interview letters in one DOCX to the employer"))
    return out


# ----------------------------------------------------------------------------- lists
def list_people(c, n):
    out, seen = [], set()
    r = c.r
    while len(out) < n:
        first, last = c.fk.first_name(), c.fk.last_name()
        nino = make_nino(r)
        if nino in seen:
            continue
        seen.add(nino)
        out.append((first, last, nino, f"FW-{r.randrange(100000, 999999)}",
                     f"{r.randrange(1, 29):02d}/{r.randrange(1, 11):02d}/2026"))
    return out


@scenario
def s_lists():
    out = []
    c = Ctx("list_audit_sample")
    rows = list_people(c, 25)
    sc = ext(c, "northstar-training.co.uk")
    s = ST["Quality Auditor"]
    tab = [["Surname", "Initial", "Case ref", "Start date"]] + [[l, f[0], ref, d] for f, l, _, ref, d in rows]
    out.append(case(c, frm=QUALITY, to=[sc], subject="Audit sampling request - Q3 files (25)",
                    text=("Dear colleague,\n\nThe Q3 compliance sample has been drawn. Please make the following 25 files available "
                          "for remote review by 20 November. Upload evidence to the audit area of the portal; do not e-mail it.\n\n" +
                          text_table(tab) + sig(s, 1)),
                    html=html_wrap("<p>Dear colleague,</p><p>The Q3 compliance sample has been drawn. Please make the following 25 files "
                                   "available for remote review by 20 November. Upload evidence to the audit area of the portal; do not "
                                   "e-mail it.</p>" + html_table(tab) + sig_html(s, 1)),
                    action="relay", rule="names_list_500",
                    truth=T(data_subjects=25, doc_kinds=["name_list"]), facts=F(list_rows=25, list_cols=["surname", "initial", "ref", "date"]),
                    notes="audit sample: surname, initial, case ref, start date"))
    c = Ctx("list_500_csv")
    rows = list_people(c, 500)
    sc = ext(c, "bridgeway-support.org.uk")
    data = [["surname", "forename", "nino", "referral_date"]] + [[l, f, n, d] for f, l, n, _, d in rows]
    out.append(case(c, frm=MI, to=[sc], subject="Referral reconciliation extract - October (500 rows)",
                    text="Hello,\n\nOctober referral reconciliation attached: exactly 500 rows. Please flag any you do not hold.\n\nForgeway MI Team",
                    atts=[A("referral_recon_oct.csv", csv_bytes(data))], action="relay", rule="names_list_500",
                    truth=T(ninos=500, data_subjects=500, doc_kinds=["name_list"]),
                    facts=F(list_rows=500, list_cols=["surname", "forename", "nino", "date"]), notes="CSV list of exactly 500 people"))
    c = Ctx("list_jobfair_xlsx")
    rows = list_people(c, 120)
    e = ext(c, HUB)
    data = [["Surname", "Forename", "Session booked"]] + [[l, f, c.r.choice(["10:00", "11:30", "13:00", "14:30"])] for f, l, *_ in rows]
    out.append(case(c, frm=EMPS, to=[e], subject="Jobs fair 19 November - bookings",
                    text="Hi,\n\nAttendee list for the Sandwell jobs fair attached (120 bookings), so your reception team can sign people in." + sig(ST["Employer Engagement Manager"], 0),
                    atts=[A("Jobsfair_bookings.xlsx", xlsx_bytes([{"name": "Bookings", "rows": data},
                                                                {"name": "Totals", "rows": [["Session", "Booked"], ["All", 120]]}]))],
                    action="relay", rule="names_list_500", truth=T(data_subjects=120, doc_kinds=["name_list"]),
                    facts=F(list_rows=120, list_cols=["surname", "forename", "time"]), notes="attendee list with session times, third party"))
    c = Ctx("list_fixed_width_300")
    rows = list_people(c, 300)
    sc = ext(c, "northstar-training.co.uk")
    data = [["SURNAME", "FORENAME", "NINO", "CASEREF"]] + [[l.upper(), f.upper(), n, ref] for f, l, n, ref, _ in rows]
    out.append(case(c, frm=CRM, to=[sc], subject="CaseLedger extract: Northstar active caseload",
                    text="Scheduled extract attached (fixed width, 300 records).\n\nCaseLedger - automated message",
                    headers=crm_headers("extract.scheduled", "EXT-CASELOAD-FW"),
                    atts=[A("NS_caseload_20261102.txt", fixed_width(data, [20, 16, 12, 10]))], action="relay",
                    rule="names_list_500", truth=T(ninos=300, data_subjects=300, doc_kinds=["name_list"]),
                    facts=F(list_rows=300, list_cols=["surname", "forename", "nino", "ref"]), notes="fixed-width caseload list"))
    c = Ctx("list_html_interviews")
    rows = list_people(c, 15)
    e = ext(c, EMP["logistics"])
    tab = [["Candidate", "Interview slot"]] + [[f"{f[0]}. {l}", f"18/11 {9 + k // 2}:{'00' if k % 2 == 0 else '30'}"] for k, (f, l, *_) in enumerate(rows)]
    s = ST["Employer Engagement Manager"]
    out.append(case(c, frm=who(s), to=[e], subject="Assessment day 18/11 - interview schedule",
                    html=html_wrap("<p>Hi " + e[0].split()[0] + ",</p><p>The schedule for the assessment day is below.</p>" + html_table(tab) + sig_html(s, 0, logo=True)),
                    logo=True, action="relay", rule="names_list_500", truth=T(data_subjects=15, doc_kinds=["name_list"]),
                    facts=F(list_rows=15, list_cols=["initial", "surname", "time"]), notes="HTML table of 15 names with interview slots"))
    # NINO-only lists
    c = Ctx("nino_only_650")
    ns = sorted({make_nino(c.r) for _ in range(700)})[:650]
    sc = ext(c, "bridgeway-support.org.uk")
    out.append(case(c, frm=MI, to=[sc], subject="NINO match file - November",
                    text="Hi,\n\nThe match file for this month is attached (650 NI numbers, nothing else). Return the matched flags by Friday.\n\nForgeway MI Team",
                    atts=[A("nino_match_nov.csv", csv_bytes([["nino"]] + [[n] for n in ns]))], action="relay", rule="nino_only_list",
                    truth=T(ninos=650, data_subjects=650, doc_kinds=["nino_list"]), facts=F(nino_only=True, list_rows=650, list_cols=["nino"]),
                    notes="NINO-only list of 650: no limit"))
    c = Ctx("nino_only_xlsx_third")
    ns = sorted({make_nino(c.r) for _ in range(760)})[:720]
    m = ext(c, MATCHCO)
    out.append(case(c, frm=MI, to=[m], subject="Data-matching batch 2026-11 (NINOs only)",
                    text=("Good morning,\n\nBatch 2026-11 for the sustainment matching service is attached as agreed in the data "
                          "processing agreement: a single column of 720 NI numbers, no other fields." + sig(ST["Data Officer"], 0)),
                    atts=[A("batch_2026-11.xlsx", xlsx_bytes([{"name": "batch", "rows": [["NINO"]] + [[spaced(n)] for n in ns]}]))],
                    action="relay", rule="nino_only_list", truth=T(ninos=720, data_subjects=720, doc_kinds=["nino_list"]),
                    facts=F(nino_only=True, list_rows=720, list_cols=["nino"]), notes="NINO-only XLSX (spaced NINOs) to a third party"))
    # DWP lists
    c = Ctx("dwp_starts_480")
    rows = list_people(c, 480)
    dwpcm = ext(c, "dwp.gov.uk")
    data = [["Surname", "Initial", "NINO", "Start date"]] + [[l, f[0], n, d] for f, l, n, _, d in rows]
    out.append(case(c, frm=MI, to=[dwpcm], subject="October starts list for PRaP reconciliation (480)",
                    text="Dear " + dwpcm[0].split()[0] + ",\n\nThe October starts list (480 rows) is attached for the PRaP reconciliation." + sig(ST["Senior MI Analyst"], 0),
                    atts=[A("Oct_starts_480.xlsx", xlsx_bytes([{"name": "Starts", "rows": data}]))], action="relay", rule="dwp_names_list",
                    truth=T(ninos=480, data_subjects=480, doc_kinds=["name_list"]),
                    facts=F(list_rows=480, list_cols=["surname", "initial", "nino", "date"]), notes="480-name starts list to DWP"))
    c = Ctx("dwp_missing_nino_query")
    rows = list_people(c, 40)
    wc = ext(c, "dwp.gov.uk")
    data = [["surname", "forename", "forgeway_ref", "referral_date"]] + [[l, f, ref, d] for f, l, _, ref, d in rows]
    out.append(case(c, frm=MI, to=[wc], subject="Referrals received without a NINO - 40 records",
                    text="Hello,\n\nForty referrals arrived without an NI number. Could the referral team supply them? List attached.\n\nForgeway MI Team",
                    atts=[A("missing_nino_refs.csv", csv_bytes(data))], action="relay", rule="dwp_names_list",
                    truth=T(data_subjects=40, doc_kinds=["name_list"]), facts=F(list_rows=40, list_cols=["surname", "forename", "ref", "date"]),
                    notes="name list without NINOs to DWP"))
    c = Ctx("dwp_prap_fixed_width")
    rows = list_people(c, 200)
    data = [["NINO", "SURNAME", "OUTCOME_DATE"]] + [[n, l.upper(), d] for f, l, n, _, d in rows]
    out.append(case(c, frm=DX, to=[("WHP Provider Inbox", DWP_INBOX)], subject="PRaP outcome reconciliation - 200 records",
                    text="Please find the PRaP outcome reconciliation file attached (fixed width, 200 records).\n\nWHP Data Exchange, Forgeway",
                    atts=[A("prap_recon_200.txt", fixed_width(data, [12, 22, 12]))], crlf=True, action="relay", rule="dwp_names_list",
                    truth=T(ninos=200, data_subjects=200, doc_kinds=["name_list"]),
                    facts=F(list_rows=200, list_cols=["nino", "surname", "date"]), notes="fixed-width list to the designated inbox, CRLF"))
    return out


# ----------------------------------------------------------------------------- DWP processes (relay)
def ucnea1_rows(c, p, emp, start):
    return [["UCNEA1 - notification of employment", ""], ["Claimant name", p.name], ["National Insurance number", spaced(p.nino)],
            ["Employer", emp], ["Job title", c.r.choice(["Warehouse operative", "Care assistant", "Cleaner"])],
            ["Start date", start], ["Hours per week", str(c.r.choice([16, 24, 30, 37]))],
            ["Provider contact", ST["Data Officer"]["name"]]]


@scenario
def s_dwp_process_relay():
    out = []
    c = Ctx("ucnea1_docx")
    p = c.person()
    wc = ext(c, "dwp.gov.uk")
    out.append(case(c, frm=DX, to=[wc], subject="UCNEA1 - notification of employment",
                    text="Dear colleague,\n\nOne UCNEA1 attached.\n\nWHP Data Exchange, Forgeway",
                    atts=[A("UCNEA1.docx", docx_bytes(blocks=[("t", ucnea1_rows(c, p, "Tameway Logistics", "09/11/2026"))]))],
                    action="relay", rule="dwp_ucnea1_gns", truth=T(ninos=1, data_subjects=1, doc_kinds=["ucnea1"]),
                    facts=F(records=1), notes="one UCNEA1 to DWP"))
    c = Ctx("ucnea1_pdf_jcp")
    p = c.person()
    wc = ext(c, "jobcentreplus.gov.uk")
    out.append(case(c, frm=DX, to=[wc], subject="UCNEA1 submission",
                    text="Hello,\n\nUCNEA1 for a participant who started work on 2 November is attached as a PDF.\n\nForgeway",
                    atts=[A("UCNEA1_submission.pdf", pdf_bytes([[("t", ucnea1_rows(c, p, "Quarterline Retail", "02/11/2026"))]]))],
                    action="relay", rule="dwp_ucnea1_gns", truth=T(ninos=1, data_subjects=1, doc_kinds=["ucnea1"]),
                    facts=F(records=1), notes="one UCNEA1 PDF to a jobcentreplus address"))
    c = Ctx("gns_with_health")
    p = c.person("f")
    comms = ext(c, "dwp.gov.uk")
    story = (f"{p.first} {p.last} joined the programme in March after six years out of work. Living with anxiety and "
             "fibromyalgia, she had lost confidence. With her employment specialist she worked on a phased return, and in "
             f"October she started as a part-time receptionist at a Solihull dental practice. \"I didn't think anyone would "
             f"take a chance on me,\" {p.first} says.")
    out.append(case(c, frm=DX, to=[comms], subject="Good News Story - West Midlands, October",
                    text="Dear colleague,\n\nOur Good News Story for October is attached; the participant has given written consent to it being shared.\n\nForgeway",
                    atts=[A("GNS_October.docx", docx_bytes(blocks=[("h", "Good News Story"), ("p", story)]))],
                    action="relay", rule="dwp_ucnea1_gns", truth=T(special=["health", "mental_health"], data_subjects=1, doc_kinds=["good_news_story"]),
                    facts=F(records=1), notes="one Good News Story with health details inside the record"))
    c = Ctx("c15_exit_report")
    p = c.person()
    rows = [["WHP Exit Report", ""], ["Participant", p.name], ["NINO", p.nino], ["Start date", "14/01/2025"],
            ["Exit date", "13/11/2026"], ["Reason", "End of 15 months on programme"],
            ["Barriers at exit", "Depression (managed with GP), alcohol use reduced, housing stable"],
            ["Recommended next steps", "Continue with Talking Therapies; warm handover to work coach"]]
    out.append(case(c, frm=DX, to=[("WHP Provider Inbox", DWP_INBOX)], subject="WHP Exit Report",
                    text="Exit Report attached (one participant).\n\nWHP Data Exchange",
                    atts=[A("Exit_report.docx", docx_bytes(blocks=[("t", rows)]))], action="relay", rule="dwp_c15_process",
                    truth=T(ninos=1, special=["mental_health", "substance"], data_subjects=1, doc_kinds=["exit_report"]),
                    facts=F(records=1), notes="one Exit Report, designated inbox to designated inbox"))
    c = Ctx("c15_coc_pdf")
    p = c.person()
    rows = [["Change of Circumstances", ""], ["Participant", p.name], ["NINO", spaced(p.nino)], ["Change", "New address"],
            ["New address", p.address], ["Date of change", "28/10/2026"]]
    out.append(case(c, frm=DX, to=[("WHP Provider Inbox", DWP_INBOX)], subject="Change of Circumstances notification",
                    text="Please see the attached Change of Circumstances form.\n\nWHP Data Exchange, Forgeway",
                    atts=[A("CoC_notification.pdf", pdf_bytes([[("t", rows)]]))], action="relay", rule="dwp_c15_process",
                    truth=T(ninos=1, contact_details=True, data_subjects=1, doc_kinds=["change_of_circumstances"]),
                    facts=F(records=1), notes="one Change of Circumstances record (new address) by the designated route"))
    c = Ctx("c15_eb_form")
    p = c.person()
    rows = [["WHP Employment Business Customer Form", ""], ["Customer name", p.name], ["NINO", p.nino],
            ["Employment business", "Forgepeople Recruitment"], ["Assignment start", "16/11/2026"], ["Hourly rate", "GBP 12.40"],
            ["Signed (provider)", ST["Data Officer"]["name"]]]
    out.append(case(c, frm=DX, to=[("WHP Provider Inbox", DWP_INBOX)], subject="WHP EB Customer Form",
                    text="WHP Employment Business Customer Form attached for one customer.\n\nWHP Data Exchange",
                    atts=[A("EB_customer_form.xlsx", xlsx_bytes([{"name": "EB form", "rows": rows}]))], action="relay",
                    rule="dwp_c15_process", truth=T(ninos=1, data_subjects=1, doc_kinds=["whp_eb_customer_form"]),
                    facts=F(records=1), notes="one EB Customer Form in XLSX by the designated route"))
    # forwarding to subcontractor
    c = Ctx("fwd_record_nested")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    inner = nested_msg("WHP Referrals <whp.referrals@dwp.gov.uk>", DX[1], "WHP referral",
                       (f"Referral\n\nName: {p.name}\nNINO: {p.nino}\nPhone: {p.phone}\nHealth: back injury, awaiting physio; "
                        "low mood\nPreferred contact: afternoons\n\nDWP WHP Referrals"), "Fri, 30 Oct 2026 14:20:00 +0000")
    out.append(case(c, frm=DX, to=[sc], subject="FW: WHP referral",
                    text="Allocated to Northstar - please make contact within 5 working days.\n\nWHP Data Exchange", nested=inner,
                    action="relay", rule="forward_subcontractor",
                    truth=T(ninos=1, special=["health", "mental_health"], contact_details=True, data_subjects=1),
                    facts=F(fwd_record=True, records=1), notes="one DWP referral record forwarded (nested) to the approved subcontractor"))
    c = Ctx("fwd_record_pdf")
    p = c.person()
    sc = ext(c, "bridgeway-support.org.uk")
    rows = [["DWP referral record", ""], ["Name", p.name], ["NINO", p.nino], ["Address", p.address],
            ["Barriers", "Recently released from HMP Oakwood, on licence; wants work in construction"]]
    out.append(case(c, frm=DX, to=[sc], subject="FW: Referral for allocation",
                    text="Hi, one referral record for Bridgeway, attached as received from DWP.\n\nWHP Data Exchange",
                    atts=[A("referral_record.pdf", pdf_bytes([[("t", rows)]]))], action="relay", rule="forward_subcontractor",
                    truth=T(ninos=1, special=["criminal"], contact_details=True, data_subjects=1),
                    facts=F(fwd_record=True, records=1), notes="one referral record forwarded as PDF to the subcontractor"))
    return out


# ----------------------------------------------------------------------------- already encrypted
@scenario
def s_encrypted():
    out = []
    c = Ctx("enc_smime_employer")
    e = ext(c, EMP["care"])
    out.append(case(c, frm=EMPS, to=[e], subject="Candidate details (encrypted)", special={"kind": "smime_env", "cn": e[0], "size": 3100},
                    action="relay", rule="already_encrypted", truth=T(), facts=F(encrypted=True), notes="S/MIME enveloped"))
    c = Ctx("enc_pgpmime_dwp")
    wc = ext(c, "dwp.gov.uk")
    out.append(case(c, frm=QUALITY, to=[wc], subject="Safeguarding referral follow-up", special={"kind": "pgpmime", "size": 2200},
                    action="relay", rule="already_encrypted", truth=T(), facts=F(encrypted=True), notes="PGP/MIME to DWP"))
    c = Ctx("enc_inline_pgp")
    sc = ext(c, "bridgeway-support.org.uk")
    out.append(case(c, frm=who(ST["Data Officer"]), to=[sc], subject="Monthly caseload reconciliation",
                    special={"kind": "pgpinline", "pre": "Hi,\n\nEncrypted with your team's key as agreed.\n\n", "post": "\n" + ST["Data Officer"]["first"] + "\n"},
                    action="relay", rule="already_encrypted", truth=T(), facts=F(encrypted=True), notes="inline PGP"))
    c = Ctx("enc_smime_probation")
    pr = ext(c, PROBATION)
    out.append(case(c, frm=PART, to=[pr], subject="Progress update", special={"kind": "smime_env", "cn": pr[0], "size": 1900},
                    crlf=True, action="relay", rule="already_encrypted", truth=T(), facts=F(encrypted=True),
                    notes="S/MIME enveloped to probation, CRLF"))
    return out


# ----------------------------------------------------------------------------- special categories (encrypt)
def _sp(c, frm, to, subject, text, special, notes, ds=1, html=None, atts=(), headers=None, nested=None, ics=None,
        contact=False, ninos=0, cte=None, crlf=False, kinds=(), facts=None, cc=()):
    return case(c, frm=frm, to=to, cc=cc, subject=subject, text=text, html=html, atts=atts, headers=headers, nested=nested,
                ics=ics, cte=cte, crlf=crlf, action="encrypt", rule="encrypt_special_category",
                truth=T(special=special, data_subjects=ds, contact_details=contact, ninos=ninos, doc_kinds=list(kinds)),
                facts=facts or F(), notes=notes)


@scenario
def s_special():
    out = []
    c = Ctx("sp_crm_casenote")
    p = c.person("m")
    sc = ext(c, "northstar-training.co.uk")
    out.append(_sp(c, CRM, [sc], "CaseLedger: case note added to a case you follow",
                   (f"A case note was added to a case you follow.\n\nParticipant: {p.name}\nAdded by: Forgeway triage\n\nNote:\n"
                    f"\"Rang to rearrange. Says his nerves are bad again and the doctor has put him back on the sertraline, so he'd rather "
                    f"do a phone appointment this week.\"\n\nView in CaseLedger. Automated message."),
                   ["mental_health", "health"], "CRM notification quoting a case note: 'nerves', sertraline",
                   headers=crm_headers("casenote.added", "CN-FOLLOW-01"), cte="7bit"))
    c = Ctx("sp_audit_epilepsy")
    p = c.person("m")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Quality Auditor"]
    out.append(_sp(c, who(s), [sc], "Audit sample - file query",
                   (f"Hi,\n\nOne query from the remote review. In the file for {p.title} {p.initial_surname()} the letter from his "
                    "consultant about the epilepsy (and the note that he can't drive for a year after the last seizure) has been "
                    "uploaded to the general documents folder rather than the restricted health folder. Could you move it and confirm?" + sig(s, 1)),
                   ["health"], "audit query naming a sampled participant's epilepsy"))
    c = Ctx("sp_on_licence")
    p = c.person("m")
    e = ext(c, EMP["foundry"])
    po = c.fk.name()
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], "Start on Monday - a couple of practical points",
                   (f"Hi {e[0].split()[0]},\n\nThanks again for taking {p.first} {p.last} on. As we discussed, he's on licence until March, "
                    f"so he'll need to leave at 3 on the first Tuesday of the month to see his PO, {po} at West Midlands Probation. "
                    "He's happy for you to know that." + sig(s, 0)),
                   ["criminal"], "'on licence' and probation officer; the PO is not a data subject"))
    c = Ctx("sp_the_tag")
    p = c.person("m")
    e = ext(c, EMP["logistics"])
    s = ST["Area Operations Manager"]
    out.append(_sp(c, who(s), [e], "RE: nights",
                   f"{p.first} can't do nights till the 8th - still got the tag, curfew 7pm-7am. Days are fine from Monday.\n\n{s['first']}\n\n"
                   f"> Can your lad {p.first} {p.last} start on nights next week?\n> {e[0].split()[0]}",
                   ["criminal"], "lay words: 'the tag', curfew; Gmail-style quote", cte="7bit"))
    c = Ctx("sp_in_recovery")
    p = c.person("f")
    e = ext(c, EMP["hotel"])
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], f"Rota request for {p.first}'s start",
                   (f"Hi {e[0].split()[0]},\n\nOne request for {p.name}'s rota if you can manage it: she's in recovery and goes to her "
                    "meeting on Tuesday evenings, so an early shift that day would help her a lot. She's 14 months clean and very "
                    "keen to get going." + sig(s, 2)),
                   ["substance"], "lay words: 'in recovery', 'clean'"))
    c = Ctx("sp_hidden_col_caseload")
    ps = c.people(14)
    sc = ext(c, "northstar-training.co.uk")
    rows = [["Surname", "Forename", "Case ref", "Next appointment", "Barrier notes"]]
    notes_ = ["alcohol - attending Aquarius", "none", "anxiety, GP aware", "none", "on methadone script", "none", "diabetes (type 1)",
              "none", "PTSD - ex forces", "none", "none", "bipolar, stable", "none", "cannabis use"]
    for p, nt in zip(ps, notes_):
        rows.append([p.last, p.first, p.ref, "1" + str(c.r.randrange(0, 9)) + "/11/2026", nt])
    out.append(_sp(c, MI, [sc], "Transferred caseload - Northstar (14)",
                   "Hi,\n\nThe 14 cases transferring to Northstar from 1 December are in the attached sheet.\n\nForgeway MI Team",
                   ["substance", "mental_health", "health"], "list whose hidden column holds health and substance notes", ds=14,
                   atts=[A("NS_transfer_caseload.xlsx", xlsx_bytes([{"name": "Transfers", "rows": rows, "hidden_cols": ["E"]}]))],
                   kinds=["name_list"], facts=F(list_rows=14, list_cols=["surname", "forename", "ref", "date", "health"])))
    c = Ctx("sp_pack_case_study_sheet")
    p = c.person("m")
    dwpcm = ext(c, "northstar-training.co.uk")
    summ = [["Measure", "Actual"], ["Starts", 1246], ["Job outcomes", 198]]
    cs = [["Escalation", ""], ["Participant", p.name], ["Issue", "Complaint about placement; long-term depression and a 2019 assault conviction not shared with the employer"],
          ["Owner", ST["Quality & Compliance Lead"]["name"]]]
    out.append(_sp(c, MI, [dwpcm], "Performance pack - October (revised)",
                   "Hi,\n\nRevised partner pack attached, now with the open escalations sheet.\n\nForgeway MI Team",
                   ["mental_health", "criminal"], "aggregate partner pack whose extra sheet names one participant with depression and a conviction",
                   atts=[A("Partner_pack_Oct_v2.xlsx", xlsx_bytes([{"name": "Summary", "rows": summ}, {"name": "Case study", "rows": cs}]))]))
    c = Ctx("sp_jummah")
    p = c.person("m")
    e = ext(c, EMP["retail"])
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], "Shift pattern for the new starter",
                   (f"Hello,\n\nMohammed asked me to check something before he signs: he attends Jummah at the central "
                    f"mosque, so he'd need an extended break between 1 and 2 on Fridays. He's happy to make the time up at the end of the shift.\n\n"
                    f"For your records his full name is Mohammed {p.last}." + sig(s, 0)),
                   ["religion"], "religion in lay terms (Jummah, mosque)"))
    c = Ctx("sp_union_rep")
    p = c.person("f")
    e = ext(c, EMP["care"])
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], "Probation review meeting - 20 Nov",
                   (f"Dear {e[0].split()[0]},\n\n{p.name} has asked whether she can bring her GMB rep to the probation review on the 20th; "
                    "she joined the union at her last job and would feel more comfortable with her there." + sig(s, 0)),
                   ["trade_union"], "trade union membership of a named participant"))
    c = Ctx("sp_ethnicity_monitoring")
    p = c.person("m")
    e = ext(c, EMP["motors"])
    rows = [["Equal opportunities monitoring", ""], ["Name", p.name], ["Ethnic origin", "White - Other (Roma)"],
            ["Disability", "Prefer not to say"], ["Vacancy", "Valeter"]]
    out.append(_sp(c, EMPS, [e], "Equal opps form for your records",
                   "Hi,\n\nThe candidate's equal opportunities form is attached, completed on paper at our office.\n\nForgeway Employer Services",
                   ["ethnicity"], "equal-opportunities form naming the candidate's ethnic origin",
                   atts=[A("EO_monitoring.docx", docx_bytes(blocks=[("t", rows)]))]))
    c = Ctx("sp_sexual_orientation")
    p = c.person("m")
    e = ext(c, EMP["facilities"])
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], "Placement - a request in confidence",
                   (f"Hi {e[0].split()[0]},\n\nBefore {p.first} {p.last} starts with your team: he's gay and left his last job because of "
                    "comments from a supervisor. He's asked whether he could be placed on the Solihull site where your LGBT+ network is active." + sig(s, 1)),
                   ["sexual_orientation"], "sexual orientation of a named participant"))
    c = Ctx("sp_ics_fit_note")
    p = c.person("f")
    tt = ext(c, TALKING)
    s = ST["Area Operations Manager"]
    ics = ics_bytes("mdt-5531@forgeway", f"Joint review - {p.name}", dt.datetime(2026, 11, 13, 14, 0), 45, "Teams",
                    f"Three-way review with {p.first}: her fit note for back pain runs out on the 20th and she has been feeling very low. "
                    "Agree whether to pause job search.", (s["name"], s["addr"]), [tt])
    out.append(_sp(c, who(s), [tt], f"Invitation: Joint review - {p.name}", "Invitation attached.", ["health", "mental_health"],
                   "health detail only in the ICS description", ics=ics))
    c = Ctx("sp_quoted_diabetes")
    p = c.person("m")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Area Operations Manager"]
    q = (f"From: {ST['Employer Engagement Manager']['name']}\nSent: 29 October 2026 11:14\nTo: {s['name']}\nSubject: {p.name}\n\n"
         f"Employer says {p.first} went dizzy on the line again yesterday - his diabetes isn't under control and they're worried "
         "about him near the presses. Can Bridgeway pick up the health side?")
    out.append(_sp(c, who(s), [sc], "FW: " + p.name, "Can you pick this up please? See below.\n\n" + s["first"] + "\n\n" + q,
                   ["health"], "terse forward; the health detail is only in the quoted part"))
    c = Ctx("sp_nested_methadone")
    p = c.person("m")
    sc = ext(c, "northstar-training.co.uk")
    inner = nested_msg(f"Reception <reception@{GP}>", ST["Area Operations Manager"]["addr"], f"Re: {p.name}",
                       (f"Hello,\n\nWe can confirm {p.name} collects his methadone script from us daily before 10am, so morning "
                        "appointments will be difficult for him.\n\nRowley Regis Surgery reception"), "Wed, 28 Oct 2026 10:05:00 +0000")
    out.append(_sp(c, who(ST["Area Operations Manager"]), [sc], "FW: Re: appointments", "FYI for your 1:1s with him. Attached.",
                   ["substance"], "methadone only in a nested message from a GP surgery", nested=inner))
    c = Ctx("sp_did_time")
    p = c.person("m")
    e = ext(c, EMP["foundry"])
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], "RE: Gap on CV",
                   (f"Hi {e[0].split()[0]},\n\nTo answer your question about the gap on {p.first}'s CV - he did 18 months in Hewell "
                    "and came out in the spring. He's been open with us about it from day one and he'll talk you through it at interview." + sig(s, 0)),
                   ["criminal"], "lay words: 'did 18 months in Hewell'"))
    c = Ctx("sp_mappa_header")
    p = c.person("m")
    sc = ext(c, "bridgeway-support.org.uk")
    out.append(_sp(c, CRM, [sc], f"CaseLedger: new allocation - {p.name}",
                   "A new case has been allocated to your team. Open CaseLedger to accept it.\n\nAutomated message.",
                   ["criminal"], "MAPPA flag only in a custom X- header, name in the subject",
                   headers=crm_headers("case.allocated", "ALLOC-01", {"X-CaseLedger-Risk-Flags": "MAPPA-L2; lone-working-restriction"}),
                   cte="7bit"))
    c = Ctx("sp_action_plan_docx")
    p = c.person("f")
    sc = ext(c, "northstar-training.co.uk")
    rows = [["Action plan", ""], ["Participant", p.name], ["Goal", "Part-time admin work"],
            ["Health", "Takes insulin; has panic attacks in crowded places - avoid busy buses at rush hour"],
            ["Next step", "Mock interview 12/11"]]
    out.append(_sp(c, PART, [sc], "Action plan for the handover",
                   "Hi,\n\nHandover action plan attached ahead of the transfer.\n\nForgeway Participant Services",
                   ["health", "mental_health"], "action plan DOCX with insulin and panic attacks",
                   atts=[A("Action_plan_handover.docx", docx_bytes(blocks=[("t", rows)]))]))
    c = Ctx("sp_fit_note_dwp")
    p = c.person("m")
    wc = ext(c, "jobcentreplus.gov.uk")
    pdf = pdf_bytes([[("h", "Statement of Fitness for Work (copy)"), ("p", f"Patient: {p.name}"),
                      ("p", "Condition: work-related stress"), ("p", "Not fit for work for 4 weeks from 26/10/2026")]])
    out.append(_sp(c, PART, [wc], "Fit note received",
                   f"Dear {wc[0].split()[0]},\n\n{p.first} {p.last} dropped his fit note in to us; a copy is attached so you can update the claim.\n\nForgeway Participant Services",
                   ["mental_health"], "a participant's fit note (stress) to a DWP work coach",
                   atts=[A("fit_note_copy.pdf", pdf)]))
    c = Ctx("sp_selfharm_audit")
    p = c.person("f")
    sc = ext(c, "bridgeway-support.org.uk")
    s = ST["Quality & Compliance Lead"]
    h = (f"<p>Hello,</p><p>One finding from the Q3 sample needs action this week:</p>"
         + html_table([["File", "Finding"], [f"Ms {p.first[0]}. {p.last} ({p.ref})",
                        "Risk assessment records a history of self-harm and an overdose in 2025, but there is no safety plan on file"]])
         + "<p>Please complete the plan with her at the next appointment.</p>" + sig_html(s, 0))
    out.append(_sp(c, QUALITY, [sc], "Q3 sample - urgent finding", None, ["mental_health"],
                   "audit finding in an HTML table: self-harm history", html=html_wrap(h)))
    c = Ctx("sp_wellbeing_csv")
    ps = c.people(8)
    tt = ext(c, TALKING)
    rows = [["surname", "forename", "referred_on", "reason"]]
    reasons = ["low mood", "anxiety", "panic attacks", "bereavement, not sleeping", "low mood", "OCD", "anxiety", "depression"]
    for p, rr in zip(ps, reasons):
        rows.append([p.last, p.first, f"{c.r.randrange(1, 29):02d}/10/2026", rr])
    out.append(_sp(c, MI, [tt], "October wellbeing referrals - for your matching",
                   "Hello,\n\nOctober's referrals to Talking Therapies are in the attached CSV so your team can match them to your records.\n\nForgeway MI Team",
                   ["mental_health"], "CSV list with a referral-reason column", ds=8,
                   atts=[A("wellbeing_referrals_oct.csv", csv_bytes(rows))], kinds=["name_list"],
                   facts=F(list_rows=8, list_cols=["surname", "forename", "date", "mental_health"])))
    c = Ctx("sp_back_gone")
    p = c.person("m")
    e = ext(c, EMP["logistics"])
    s = ST["Employer Engagement Manager"]
    out.append(_sp(c, who(s), [e], f"{p.first} - off this week",
                   (f"Morning {e[0].split()[0]},\n\n{p.name} rang - his back's gone again and the GP has given him "
                    "strong painkillers that make him drowsy, so he won't be safe on the reach truck till next Monday." + sig(s, None)),
                   ["health"], "lay words: 'his back's gone', painkillers"))
    return out


# ----------------------------------------------------------------------------- NINO (encrypt)
def _en(c, frm, to, subject, text, notes, ninos=1, contact=False, ds=1, **kw):
    return case(c, frm=frm, to=to, subject=subject, text=text, action="encrypt", rule="encrypt_nino",
                truth=T(ninos=ninos, data_subjects=ds, contact_details=contact), facts=F(), notes=notes, **kw)


@scenario
def s_nino():
    out = []
    c = Ctx("nino_subject")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    out.append(_en(c, who(ST["Data Officer"]), [sc], f"NINO query - {spaced(p.nino)}",
                   f"Hi,\n\nThe record for {p.name} on your upload shows a different surname from PRaP. The mobile we hold is {p.phone} - can "
                   "you confirm which is right?" + sig(ST["Data Officer"], 1), "NINO in the subject; phone in body", contact=True))
    c = Ctx("nino_filename")
    p = c.person()
    e = ext(c, EMP["facilities"])
    pdf = pdf_bytes([[("h", "Start confirmation"), ("p", f"{p.name} will start as a cleaning operative on 16 November 2026. "
                       f"Home postcode for travel planning: {p.postcode}.")]])
    out.append(_en(c, EMPS, [e], "Start confirmation",
                   "Hi,\n\nStart confirmation attached for your HR file.\n\nForgeway Employer Services",
                   "NINO only in the attachment's file name", contact=True,
                   atts=[A(f"Start_confirmation_{p.nino}.pdf", pdf)]))
    c = Ctx("nino_xheader")
    p = c.person()
    e = ext(c, EMP["care"])
    out.append(_en(c, CRM, [e], "CaseLedger: interview feedback requested",
                   (f"Please let us know how the interview with {p.name} went on Friday. Reply to this message or call {p.phone}"
                    " (the candidate asked us to pass on her number for any offer).\n\nCaseLedger"),
                   "NINO only in an X-CaseLedger header", contact=True,
                   headers=crm_headers("feedback.requested", "FB-INT-01", {"X-CaseLedger-Subject-NINO": p.nino}), cte="7bit"))
    c = Ctx("nino_split_line")
    p = c.person()
    col = ext(c, COLLEGE)
    n = spaced(p.nino)
    text = (f"Dear admissions,\n\nFor the learner funding claim: {p.name}, {p.address}, NI number {n[:8]}\n{n[9:]} (the "
            "learner will bring the letter to enrolment)." + sig(ST["Supply Chain Manager"], 0))
    out.append(_en(c, PART, [col], "Funding claim - learner details", text, "NINO split across a line break; address", contact=True))
    c = Ctx("nino_lowercase")
    p = c.person()
    e = ext(c, AGENCY)
    out.append(_en(c, who(ST["Employer Engagement Manager"]), [e], "payroll set up",
                   f"hi - for payroll, {p.first.lower()} {p.last.lower()}, ni {spaced(p.nino).lower()}, lives {p.town} {p.postcode.lower()}. thanks",
                   "NINO in lower case with spaces; postcode", contact=True, cte="7bit"))
    c = Ctx("nino_nested")
    p = c.person()
    sc = ext(c, "bridgeway-support.org.uk")
    inner = nested_msg(f"{p.name} <{p.email}>", PART[1], "my details",
                       f"Hi, my national insurance is {p.nino} and my new number is {p.phone}. Thanks {p.first}",
                       "Sat, 31 Oct 2026 19:40:00 +0000")
    out.append(_en(c, PART, [sc], "FW: my details", "Please update CaseLedger from the message below.", "NINO in a nested message",
                   contact=True, nested=inner))
    c = Ctx("nino_ics")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    s = ST["Area Operations Manager"]
    ics = ics_bytes("nino-ics-2231@forgeway", "Handover call", dt.datetime(2026, 11, 10, 15, 0), 30, "Teams",
                    f"Handover of {p.name} (NINO {p.nino}, mobile {p.phone}) ahead of transfer to Northstar.", (s["name"], s["addr"]), [sc])
    out.append(_en(c, who(s), [sc], "Invitation: Handover call - Tue 10 Nov 15:00", "Handover call invitation attached.",
                   "NINO and mobile only in the ICS description", contact=True, ics=ics))
    c = Ctx("nino_nat_ins_table")
    p = c.person()
    e = ext(c, EMP["hotel"])
    h = ("<p>Hi,</p><p>New starter details for your HR system, as requested:</p>" +
         html_table([["Field", "Value"], ["Name", p.name], ["Nat Ins", p.nino], ["Address", p.address], ["Start", "23/11/2026"]], head=False) +
         sig_html(ST["Employer Engagement Manager"], 0))
    out.append(_en(c, EMPS, [e], "New starter details", None, "'Nat Ins' label in an HTML table with the address", contact=True,
                   html=html_wrap(h)))
    return out


# ----------------------------------------------------------------------------- DOB / bank, benefit / children, beyond name
def _enc(c, rule, frm, to, subject, text, notes, truth, facts=None, **kw):
    return case(c, frm=frm, to=to, subject=subject, text=text, action="encrypt", rule=rule, truth=truth,
                facts=facts or F(), notes=notes, **kw)


@scenario
def s_dob_bank():
    out = []
    c = Ctx("dob_words")
    p = c.person()
    e = ext(c, EMP["care"])
    d = p.dob
    out.append(_enc(c, "encrypt_dob_bank", who(ST["Employer Engagement Manager"]), [e], "DBS application - candidate details",
                    (f"Hi {e[0].split()[0]},\n\nFor the DBS check: {p.name} was born on the {ORD[d.day]} of {MONTHS[d.month - 1]} "
                     f"{d.year} in Walsall. Her previous surname is the same." + sig(ST["Employer Engagement Manager"], 0)),
                    "date of birth written in words", T(dob=True, data_subjects=1)))
    c = Ctx("dob_iso_csv")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    out.append(_enc(c, "encrypt_dob_bank", MI, [sc], "Eligibility check - 50+ strand",
                    (f"Hi,\n\nYou asked whether {p.name} is eligible for the 50+ strand. CaseLedger holds her date of birth as "
                     f"{p.dob.isoformat()} (ISO, as exported from the referral), so please check it against the strand criteria.\n\nForgeway MI Team"),
                    "ISO date of birth in prose", T(dob=True, data_subjects=1)))
    c = Ctx("dob_appform")
    p = c.person()
    col = ext(c, COLLEGE)
    rows = app_form_rows(c, p, "ESOL Entry 3", "Edgbaston Adult College")
    rows.insert(8, ["D.O.B", p.dob.strftime("%d/%m/%y")])
    out.append(_enc(c, "encrypt_dob_bank", PART, [col], "ESOL application",
                    "Hello,\n\nApplication form attached for the January ESOL class." + sig(ST["Supply Chain Manager"], 0),
                    "application form with a dd/mm/yy DOB: form exemption lost",
                    T(dob=True, contact_details=True, data_subjects=1, doc_kinds=["application_form"]), F(form_people=1),
                    atts=[A("ESOL_application.docx", docx_bytes(blocks=[("h", "Course application"), ("t", rows)]))]))
    c = Ctx("bank_sort_acct")
    p = c.person()
    fin = ext(c, "payroll-bureau-midlands.co.uk")
    out.append(_enc(c, "encrypt_dob_bank", FIN, [fin], "Travel reimbursement - participant",
                    (f"Hello,\n\nPlease reimburse interview travel of £18.40 to {p.name} by BACS: sort code {sortcode(c.r)}, account "
                     f"{acctno(c.r)}. Our cost code is WHP-TRV." + sig(ST["Finance Officer"], 0)),
                    "participant's sort code and account in a sentence", T(bank=True, data_subjects=1)))
    c = Ctx("bank_iban_bursary")
    p = c.person()
    col = ext(c, COLLEGE)
    out.append(_enc(c, "encrypt_dob_bank", FIN, [col], "Learner bursary payment details",
                    None, "participant's IBAN in an HTML table", T(bank=True, data_subjects=1),
                    html=html_wrap("<p>Dear bursary team,</p>" + html_table([["Learner", "Bank (IBAN)", "Amount"],
                                   [p.name, iban(c.r, "MIDL"), "£150.00"]]) + sig_html(ST["Finance Officer"], 0))))
    c = Ctx("bank_card")
    p = c.person()
    tr = ext(c, TRAVEL)
    out.append(_enc(c, "encrypt_dob_bank", PART, [tr], "Bus pass purchase - card payment",
                    (f"Hello,\n\n{p.name} would like to buy the 4-week nBus ticket for £68 but cannot use the website. She read her debit card "
                     f"out to us on the phone: {luhn_card(c.r)}, expiry 08/28. Could you process it?\n\nForgeway Participant Services"),
                    "participant's card number", T(bank=True, data_subjects=1)))
    c = Ctx("bank_acct_labelled")
    p = c.person()
    e = ext(c, EMP["foundry"])
    undashed = "".join(str(c.r.randrange(10)) for _ in range(6))
    rows = [["New starter", p.name], ["Sort code", undashed], ["Acct no", acctno(c.r)], ["Start", "16/11/2026"]]
    out.append(_enc(c, "encrypt_dob_bank", EMPS, [e], "Wages set-up",
                    "Wages details for Monday's starter below.\n\n" + text_table(rows) + "\n\nForgeway Employer Services",
                    "labelled account number and undashed sort code", T(bank=True, data_subjects=1), cte="7bit", crlf=True))
    return out


@scenario
def s_benefit_children():
    out = []
    c = Ctx("ben_uc_table")
    p = c.person("f")
    sc = ext(c, "bridgeway-support.org.uk")
    rows = [["Better-off calculation", "Now", "If she takes 25 hrs"], ["UC standard allowance", "£424.90", "£424.90"],
            ["UC housing element", "£495.00", "£495.00"], ["Earnings deduction", "£0.00", "-£412.36"], ["UC award", "£919.90", "£507.54"]]
    out.append(_enc(c, "encrypt_benefit_children", PART, [sc], f"Better-off calc - {p.first} {p.last}",
                    "Hi,\n\nHer better-off calculation is below.\n\n" + text_table(rows) + "\n\nForgeway Participant Services",
                    "a named participant's UC award in a table", T(benefit_payment=True, data_subjects=1)))
    c = Ctx("ben_sanction")
    p = c.person("m")
    e = ext(c, EMP["logistics"])
    s = ST["Area Operations Manager"]
    out.append(_enc(c, "encrypt_benefit_children", who(s), [e], f"RE: {p.first}'s start",
                    (f"Hi,\n\nThe reason {p.first} {p.last} is keen to start before the 20th is that his UC was sanctioned for 28 days in "
                     "September and he's behind on rent. A first week's pay in advance would really help him, if that's possible." + sig(s, None)),
                    "sanction detail about a named participant", T(benefit_payment=True, data_subjects=1)))
    c = Ctx("child_age_words")
    p = c.person("f")
    e = ext(c, EMP["retail"])
    kid = c.fk.first_name_male()
    out.append(_enc(c, "encrypt_benefit_children", who(ST["Employer Engagement Manager"]), [e], "Hours for the Merry Hill vacancy",
                    (f"Hi,\n\n{p.name} would love the role but needs school hours: her little boy {kid} is four and starts reception in "
                     "September, so 9.30 to 2.30 until then." + sig(ST["Employer Engagement Manager"], 2)),
                    "child's name and age in words", T(children=True, data_subjects=1)))
    c = Ctx("children_nursery")
    p = c.person("m")
    n = ext(c, NURSERY)
    k1, k2 = c.fk.first_name_female(), c.fk.first_name_male()
    out.append(_enc(c, "encrypt_benefit_children", PART, [n], "Childcare funding - two places",
                    (f"Dear nursery manager,\n\nWe can fund two weeks of places while {p.name} starts work: {k1} (3 years) and {k2} "
                     "(18 months). Could you confirm availability from 16 November?\n\nForgeway Participant Services"),
                    "children's names with ages (one in months)", T(children=True, data_subjects=1)))
    c = Ctx("ben_esa_crm")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    out.append(_enc(c, "encrypt_benefit_children", CRM, [sc], "CaseLedger: record updated",
                    (f"Record updated\n\nParticipant: {p.name}\nField: Benefit at start\nOld value: (blank)\nNew value: ESA (income-related), "
                     "£138.20 per week\nUpdated by: data team\n\nAutomated message."),
                    "CRM field-change notice with an ESA amount", T(benefit_payment=True, data_subjects=1),
                    headers=crm_headers("record.updated", "REC-UPD-02"), cte="7bit"))
    c = Ctx("ben_housing_benefit")
    p = c.person()
    h = ext(c, HOUSING)
    out.append(_enc(c, "encrypt_benefit_children", PART, [h], "Tenancy sustainment - rent position",
                    (f"Dear tenancy officer,\n\n{p.name} has asked us to let you know that her Housing Benefit of £96.50 a week stops when "
                     "she starts work on the 23rd, and she will pay the rent herself from then.\n\nForgeway Participant Services"),
                    "Housing Benefit amount for a named tenant", T(benefit_payment=True, data_subjects=1)))
    return out


@scenario
def s_beyond_name():
    out = []
    c = Ctx("beyond_mobile")
    p = c.person()
    e = ext(c, EMP["foundry"])
    out.append(_enc(c, "encrypt_beyond_name", who(ST["Employer Engagement Manager"]), [e], "Candidate to call",
                    f"Hi,\n\nPlease call {p.name} on {p.phone} to arrange a trial shift.\n\nThanks", "one name plus a mobile",
                    T(contact_details=True, data_subjects=1), cte="7bit"))
    c = Ctx("beyond_postcode_subject")
    p = c.person()
    sc = ext(c, "bridgeway-support.org.uk")
    out.append(_enc(c, "encrypt_beyond_name", PART, [sc], f"Home visit - {p.name}, {p.postcode}",
                    "Hi, can your outreach worker do the home visit on Thursday morning? Thanks.", "name and home postcode in the subject",
                    T(contact_details=True, data_subjects=1)))
    c = Ctx("beyond_personal_email")
    p = c.person()
    e = ext(c, EMP["hotel"])
    out.append(_enc(c, "encrypt_beyond_name", EMPS, [e], "Candidate's e-mail for the offer",
                    f"Hello,\n\n{p.name} has asked that the offer comes straight to her: {p.email}.\n\nForgeway Employer Services",
                    "one name plus a personal e-mail", T(contact_details=True, data_subjects=1)))
    c = Ctx("beyond_ics_home")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    s = ST["Area Operations Manager"]
    ics = ics_bytes("hv-9921@forgeway", f"Home visit - {p.first} {p.last}", dt.datetime(2026, 11, 11, 10, 0), 60,
                    p.address, "Doorstep visit, two staff.", (s["name"], s["addr"]), [sc])
    out.append(_enc(c, "encrypt_beyond_name", who(s), [sc], "Invitation: Home visit - Wed 11 Nov 10:00", "Joint visit - invite attached.",
                    "home address as the ICS location", T(contact_details=True, data_subjects=1), ics=ics))
    c = Ctx("beyond_crm_address")
    p = c.person()
    sc = ext(c, "bridgeway-support.org.uk")
    out.append(_enc(c, "encrypt_beyond_name", CRM, [sc], "CaseLedger: address changed",
                    f"Address changed\n\nParticipant: {p.name}\nNew address: {p.address}\n\nAutomated message.",
                    "CRM notification with a home address", T(contact_details=True, data_subjects=1),
                    headers=crm_headers("record.address_changed", "REC-ADDR-01"), cte="7bit"))
    return out


# ----------------------------------------------------------------------------- over limit, forbidden columns, letter kind
@scenario
def s_limits():
    out = []
    c = Ctx("over_cvs_eleven_pdf")
    ps = c.people(11)
    e = ext(c, EMP["care"])
    pages = [blocks_pdfpage(cv_blocks(c, p)) for p in ps]
    out.append(_enc(c, "encrypt_over_limit", EMPS, [e], "All candidates for the open day (11 CVs)",
                    "Hi,\n\nAll eleven CVs for Saturday's open day in one PDF.\n\nForgeway Employer Services",
                    "eleven CVs in one PDF", T(contact_details=True, data_subjects=11, doc_kinds=["cv"]), F(cv_count=11),
                    atts=[A("Open_day_CVs.pdf", pdf_bytes(pages))]))
    c = Ctx("over_list_501")
    rows = list_people(c, 501)
    sc = ext(c, "northstar-training.co.uk")
    data = [["surname", "forename", "nino", "referral_date"]] + [[l, f, n, d] for f, l, n, _, d in rows]
    out.append(_enc(c, "encrypt_over_limit", MI, [sc], "Referral reconciliation extract - November",
                    "Hello,\n\nNovember's reconciliation attached (501 rows).\n\nForgeway MI Team", "CSV list of 501 people",
                    T(ninos=501, data_subjects=501, doc_kinds=["name_list"]),
                    F(list_rows=501, list_cols=["surname", "forename", "nino", "date"]),
                    atts=[A("referral_recon_nov.csv", csv_bytes(data))]))
    c = Ctx("over_couples_eleven")
    sc = ext(c, "bridgeway-support.org.uk")
    pages = []
    for k in range(5):
        a, b = c.person("f"), c.person("m")
        pages.append([("h", "Household Employment Support - joint application"),
                      ("t", [["", "Applicant 1", "Applicant 2"], ["Name", a.name, b.name], ["Age", str(a.age), str(b.age)],
                             ["Phone", a.phone, b.phone]])])
    s1 = c.person()
    pages.append([("h", "Household Employment Support - single application"), ("t", [["Name", s1.name], ["Age", str(s1.age)], ["Phone", s1.phone]])])
    out.append(_enc(c, "encrypt_over_limit", PART, [sc], "Household pilot - all applications to date",
                    "Hi,\n\nFive couple forms and one single form attached.\n\nForgeway Participant Services",
                    "five couple forms plus one single: eleven people",
                    T(contact_details=True, data_subjects=11, doc_kinds=["application_form_couple", "application_form"]),
                    F(form_people=11), atts=[A("Household_pilot_all.pdf", pdf_bytes(pages))]))
    c = Ctx("over_letters_eleven_zip")
    ps = c.people(11)
    sc = ext(c, "northstar-training.co.uk")
    files = [(f"interview_{p.last}.pdf", pdf_bytes([[("p", letter_text("letter_interview", c, p, "Meriden Motors",
              "19 November 2026 at 10:00", "Meriden Motors, Coventry CV7", "0113 496 0388"))]])) for p in ps]
    out.append(_enc(c, "encrypt_over_limit", EMPS, [sc], "Interview letters - Meriden Motors (all)",
                    "Eleven interview letters attached in a zip.\n\nForgeway Employer Services", "eleven interview letters in a zip",
                    T(contact_details=True, data_subjects=11, doc_kinds=["letter_interview"]), F(letters=["letter_interview"] * 11),
                    atts=[A("Meriden_interview_letters.zip", zip_bytes(files))]))
    c = Ctx("over_cvs_twelve_zip")
    ps = c.people(12)
    ag = ext(c, AGENCY)
    files = [(f"CV_{k + 1:02d}_{p.last}.docx", docx_bytes(blocks=cv_blocks(c, p))) for k, p in enumerate(ps)]
    out.append(_enc(c, "encrypt_over_limit", EMPS, [ag], "CVs - Christmas temp campaign",
                    "Hi,\n\nTwelve CVs for the Christmas temp campaign, zipped.\n\nForgeway Employer Services", "twelve CVs in a zip",
                    T(contact_details=True, data_subjects=12, doc_kinds=["cv"]), F(cv_count=12),
                    atts=[A("Xmas_temps_CVs.zip", zip_bytes(files))]))
    # forbidden columns
    c = Ctx("col_hidden_dob")
    rows = list_people(c, 60)
    sc = ext(c, "bridgeway-support.org.uk")
    data = [["Surname", "Forename", "Case ref", "DOB"]] + [[l, f, ref, f"{c.r.randrange(1, 29):02d}/{c.r.randrange(1, 13):02d}/{c.r.randrange(1965, 2003)}"]
                                                          for f, l, _, ref, _ in rows]
    out.append(_enc(c, "encrypt_list_forbidden_column", MI, [sc], "Caseload list for the 50+ strand",
                    "Hi,\n\nCaseload list attached.\n\nForgeway MI Team", "list with a hidden DOB column",
                    T(dob=True, data_subjects=60, doc_kinds=["name_list"]), F(list_rows=60, list_cols=["surname", "forename", "ref", "dob"]),
                    atts=[A("caseload_50plus.xlsx", xlsx_bytes([{"name": "Caseload", "rows": data, "hidden_cols": ["D"]}]))]))
    c = Ctx("col_mobile_csv")
    ps = c.people(18)
    e = ext(c, EMP["logistics"])
    data = [["surname", "forename", "mobile", "interview"]] + [[p.last, p.first, p.phone, "18/11"] for p in ps]
    out.append(_enc(c, "encrypt_list_forbidden_column", EMPS, [e], "Assessment day - candidates to text",
                    "Hi,\n\nCandidate list with mobiles so your recruiter can text reminders.\n\nForgeway Employer Services",
                    "list with a mobile column", T(contact_details=True, data_subjects=18, doc_kinds=["name_list"]),
                    F(list_rows=18, list_cols=["surname", "forename", "phone", "date"]), atts=[A("assessment_day_candidates.csv", csv_bytes(data))]))
    c = Ctx("col_postcode_fw")
    ps = c.people(40)
    sc = ext(c, "northstar-training.co.uk")
    data = [["SURNAME", "FORENAME", "POSTCODE"]] + [[p.last.upper(), p.first.upper(), p.postcode] for p in ps]
    out.append(_enc(c, "encrypt_list_forbidden_column", CRM, [sc], "CaseLedger extract: outreach list",
                    "Scheduled extract attached (fixed width).\n\nCaseLedger - automated message", "fixed-width list with postcodes",
                    T(contact_details=True, data_subjects=40, doc_kinds=["name_list"]), F(list_rows=40, list_cols=["surname", "forename", "postcode"]),
                    headers=crm_headers("extract.scheduled", "EXT-OUTREACH-FW"),
                    atts=[A("outreach_20261102.txt", fixed_width(data, [20, 16, 10]))]))
    c = Ctx("col_uc_award")
    ps = c.people(22)
    sc = ext(c, "bridgeway-support.org.uk")
    data = [["Surname", "Forename", "UC monthly award"]] + [[p.last, p.first, f"£{c.r.randrange(30000, 120000) / 100:.2f}"] for p in ps]
    out.append(_enc(c, "encrypt_list_forbidden_column", MI, [sc], "In-work progression cohort",
                    "Hello,\n\nCohort list for the in-work progression pilot attached.\n\nForgeway MI Team", "list with a UC award column",
                    T(benefit_payment=True, data_subjects=22, doc_kinds=["name_list"]), F(list_rows=22, list_cols=["surname", "forename", "benefit_amount"]),
                    atts=[A("IWP_cohort.xlsx", xlsx_bytes([{"name": "Cohort", "rows": data}, {"name": "Summary", "rows": [["Total", 22]]}]))]))
    c = Ctx("col_email_dwp")
    ps = c.people(30)
    wc = ext(c, "dwp.gov.uk")
    data = [["Surname", "Forename", "Personal e-mail"]] + [[p.last, p.first, p.email] for p in ps]
    out.append(_enc(c, "encrypt_list_forbidden_column", MI, [wc], "Participants opted in to e-mail contact",
                    "Hello,\n\nList of participants who opted in to e-mail contact, as requested for the survey.\n\nForgeway MI Team",
                    "list to DWP with a personal e-mail column", T(contact_details=True, data_subjects=30, doc_kinds=["name_list"]),
                    F(list_rows=30, list_cols=["surname", "forename", "email"]), atts=[A("email_optin.csv", csv_bytes(data))]))
    # letter kind
    c = Ctx("letters_mixed_end_support")
    ps = c.people(4)
    sc = ext(c, "northstar-training.co.uk")
    kinds = ["letter_appointment", "letter_appointment", "letter_interview", "letter_other"]
    pages = [[("p", letter_text(k, c, p, "Forgeway Participant Services", "Thursday 19 November 2026", "Forgeway, Walsall", "0161 496 0140"))]
             for k, p in zip(kinds, ps)]
    out.append(_enc(c, "encrypt_letter_kind", PART, [sc], "Letters for posting - batch 47",
                    "Hi,\n\nBatch 47 attached for posting (four letters).\n\nForgeway Participant Services",
                    "letter batch that includes one end-of-support letter",
                    T(contact_details=True, data_subjects=4, doc_kinds=["letter_appointment", "letter_interview", "letter_other"]),
                    F(letters=kinds), atts=[A("batch47.pdf", pdf_bytes(pages))]))
    c = Ctx("letter_housing_support")
    p = c.person()
    h = ext(c, HOUSING)
    lt = (f"{p.title} {p.name}\n{p.address}\n\n2 November 2026\n\nTo whom it may concern,\n\nI confirm that {p.name} has been "
          "taking part in the Work and Health Programme with Forgeway since May 2026 and is actively seeking work. We support "
          "the application for a move to a one-bedroom property closer to the town centre.\n\nYours faithfully\n\nForgeway Participant Services")
    out.append(_enc(c, "encrypt_letter_kind", PART, [h], "Letter of support - housing application",
                    "Dear lettings team,\n\nOur letter of support is attached.\n\nForgeway Participant Services",
                    "a letter of support (other letter) to a housing provider",
                    T(contact_details=True, data_subjects=1, doc_kinds=["letter_other"]), F(letters=["letter_other"]),
                    atts=[A("Support_letter.docx", docx_bytes(paras=lt.split("\n\n")))]))
    return out


# ----------------------------------------------------------------------------- DWP process failures, claimant recipients, tag
@scenario
def s_dwp_fail():
    out = []
    c = Ctx("dwpf_exit_to_workcoach")
    p = c.person()
    wc = ext(c, "dwp.gov.uk")
    rows = [["WHP Exit Report", ""], ["Participant", p.name], ["NINO", p.nino], ["Exit date", "06/11/2026"],
            ["Barriers at exit", "Chronic back pain; anxiety"]]
    out.append(_enc(c, "encrypt_dwp_process", DX, [wc], "WHP Exit Report", "Exit Report attached.\n\nWHP Data Exchange",
                    "Exit Report to a work coach, not the designated inbox",
                    T(ninos=1, special=["health", "mental_health"], data_subjects=1, doc_kinds=["exit_report"]), F(records=1),
                    atts=[A("Exit_report.docx", docx_bytes(blocks=[("t", rows)]))]))
    c = Ctx("dwpf_two_coc")
    ps = c.people(2)
    tabs = []
    for p in ps:
        tabs += [("t", [["Change of Circumstances", ""], ["Participant", p.name], ["NINO", p.nino], ["Change", "Started caring for a parent"]]), ("pb",)]
    out.append(_enc(c, "encrypt_dwp_process", DX, [("WHP Provider Inbox", DWP_INBOX)], "Change of Circumstances x2",
                    "Two CoC forms attached.\n\nWHP Data Exchange", "two C15 records in one e-mail",
                    T(ninos=2, data_subjects=2, doc_kinds=["change_of_circumstances"]), F(records=2),
                    atts=[A("CoC_x2.docx", docx_bytes(blocks=tabs[:-1]))]))
    c = Ctx("dwpf_eb_prap_support")
    p = c.person()
    rows = [["WHP Employment Business Customer Form", ""], ["Customer name", p.name], ["NINO", p.nino], ["Assignment start", "30/11/2026"]]
    out.append(_enc(c, "encrypt_dwp_process", DX, [("PRaP Support", "prap.support@dwp.gsi.gov.uk")], "EB Customer Form",
                    "EB Customer Form attached.\n\nWHP Data Exchange", "EB form to prap.support, not the designated inbox",
                    T(ninos=1, data_subjects=1, doc_kinds=["whp_eb_customer_form"]), F(records=1),
                    atts=[A("EB_form.pdf", pdf_bytes([[("t", rows)]]))]))
    c = Ctx("dwpf_exit_from_staff")
    p = c.person()
    rows = [["WHP Exit Report", ""], ["Participant", p.name], ["NINO", spaced(p.nino)], ["Exit date", "09/11/2026"], ["Reason", "Moved out of area"]]
    out.append(_enc(c, "encrypt_dwp_process", who(ST["Data Officer"]), [("WHP Provider Inbox", DWP_INBOX)], "Exit report",
                    "Exit report attached - the data exchange mailbox is down today.\n\n" + ST["Data Officer"]["first"],
                    "Exit Report from a personal mailbox, not the designated provider inbox",
                    T(ninos=1, data_subjects=1, doc_kinds=["exit_report"]), F(records=1),
                    atts=[A("exit_report.pdf", pdf_bytes([[("t", rows)]]))]))
    c = Ctx("dwpf_cvs_cc_workcoach")
    ps = c.people(2)
    e = ext(c, EMP["retail"])
    wc = ext(c, "jobcentreplus.gov.uk")
    out.append(_enc(c, "encrypt_dwp_process", EMPS, [e], "Two CVs for the Merry Hill roles",
                    "Hi,\n\nTwo CVs attached; I've copied in their work coach for information.\n\nForgeway Employer Services",
                    "CVs to an employer with a DWP work coach in Cc",
                    T(contact_details=True, data_subjects=2, doc_kinds=["cv"]), F(cv_count=2), cc=[wc],
                    atts=[A(f"CV_{p.last}.docx", docx_bytes(blocks=cv_blocks(c, p))) for p in ps]))
    c = Ctx("dwpf_two_ucnea1")
    ps = c.people(2)
    wc = ext(c, "dwp.gov.uk")
    out.append(_enc(c, "encrypt_dwp_process", DX, [wc], "UCNEA1 x2", "Two UCNEA1s attached.\n\nWHP Data Exchange",
                    "two UCNEA1 in one e-mail", T(ninos=2, data_subjects=2, doc_kinds=["ucnea1"]), F(records=2),
                    atts=[A(f"UCNEA1_{k + 1}.docx", docx_bytes(blocks=[("t", ucnea1_rows(c, p, "Wolvesgate Facilities", "16/11/2026"))]))
                          for k, p in enumerate(ps)]))
    return out


@scenario
def s_claimant_rcpt():
    out = []
    c = Ctx("cl_action_plan_nino")
    p = c.person()
    rows = [["Your action plan", ""], ["Name", p.name], ["NI number", p.nino], ["Goal", "Forklift work"], ["Next step", "Licence course 20/11"]]
    out.append(_enc(c, "encrypt_claimant_recipient", PART, [(p.name, p.email)], "Your action plan",
                    f"Hi {p.first},\n\nYour updated action plan is attached.\n\nForgeway Participant Services",
                    "the claimant's own action plan with their NINO, to their own address",
                    T(ninos=1, data_subjects=1), F(own_rcpt=[p.email]), atts=[A("Action_plan.pdf", pdf_bytes([[("t", rows)]]))]))
    c = Ctx("cl_uc_breakdown")
    p = c.person()
    out.append(_enc(c, "encrypt_claimant_recipient", PART, [(p.name, p.email)], "Your better-off calculation",
                    (f"Dear {p.first},\n\nAs promised, if you take the 30-hour job your Universal Credit would drop from £812.40 to about "
                     "£301.15 a month, but you would be £640 a month better off overall.\n\nForgeway Participant Services"),
                    "their own UC amounts to the claimant", T(benefit_payment=True, data_subjects=1), F(own_rcpt=[p.email])))
    c = Ctx("cl_cv_with_dob")
    p = c.person()
    blocks = cv_blocks(c, p, extra_lines=[f"Date of birth: {p.dob.strftime('%d/%m/%Y')}"])
    d = _enc(c, "encrypt_claimant_recipient", CVS, [(p.name, p.email)], "Your CV",
             f"Hi {p.first},\n\nYour CV is attached.\n\nForgeway CV Service", "consented claimant, but the CV carries a DOB",
             T(dob=True, contact_details=True, data_subjects=1, doc_kinds=["cv"]), F(cv_count=1, own_rcpt=[p.email]),
             atts=[A("CV.docx", docx_bytes(blocks=blocks))])
    d["consent"] = [p.email]
    out.append(d)
    c = Ctx("cl_two_cvs")
    p = c.person()
    b1, b2 = cv_blocks(c, p), cv_blocks(c, p, "tables")
    d = _enc(c, "encrypt_claimant_recipient", CVS, [(p.name, p.email)], "Your two CV versions",
             f"Hi {p.first},\n\nTwo versions of your CV - one for warehouse jobs and one for retail.\n\nForgeway CV Service",
             "two CVs to a consenting claimant: ¶17 covers exactly one",
             T(contact_details=True, data_subjects=1, doc_kinds=["cv"]), F(cv_count=2, own_rcpt=[p.email]),
             atts=[A("CV_warehouse.docx", docx_bytes(blocks=b1)), A("CV_retail.docx", docx_bytes(blocks=b2))])
    d["consent"] = [p.email]
    out.append(d)
    c = Ctx("cl_end_support_letter")
    p = c.person()
    lt = letter_text("letter_other", c, p, "Forgeway Participant Services", "13 November 2026", "", "0161 496 0140")
    out.append(_enc(c, "encrypt_claimant_recipient", PART, [(p.name, p.email)], "Your time on the programme",
                    f"Dear {p.first},\n\nPlease see the attached letter.\n\nForgeway Participant Services",
                    "end-of-support letter (not interview/offer/appointment) to the claimant",
                    T(contact_details=True, data_subjects=1, doc_kinds=["letter_other"]), F(letters=["letter_other"], own_rcpt=[p.email]),
                    atts=[A("Letter.pdf", pdf_bytes([[("p", lt)]]))]))
    c = Ctx("cl_licence_conditions")
    p = c.person("m")
    out.append(_enc(c, "encrypt_claimant_recipient", PART, [(p.name, p.email)], "Jobs that fit your licence",
                    (f"Hi {p.first},\n\nAs we talked about, with your licence conditions (no work with under-18s and the curfew till "
                     "January) the warehouse days at Tameway are a good fit. Shall I put you forward?\n\nForgeway Participant Services"),
                    "the claimant's licence conditions, to him", T(special=["criminal"], data_subjects=1), F(own_rcpt=[p.email])))
    return out


@scenario
def s_sender_tag():
    out = []
    c = Ctx("tag_board_paper")
    dwpcm = ext(c, "dwp.gov.uk")
    out.append(_enc(c, "encrypt_sender_tag", CONTRACTS, [dwpcm], "[ENCRYPT] Board paper - commercial in confidence",
                    "Dear colleague,\n\nThe commercial paper for the December board is attached.\n\nForgeway Contract Management",
                    "[ENCRYPT] on mail with no claimant data", T(),
                    atts=[A("Board_paper_Dec.docx", docx_bytes(paras=["Commercial options for year 3.", "Option A: extend the supply chain."]))]))
    c = Ctx("tag_re_interview")
    p = c.person()
    e = ext(c, EMP["hotel"])
    out.append(_enc(c, "encrypt_sender_tag", who(ST["Employer Engagement Manager"]), [e], "RE: [ENCRYPT] interview Thursday",
                    f"Confirmed - {p.name} at 11:00 on Thursday.", "RE: [ENCRYPT] in a reply with one name",
                    T(data_subjects=1), F(name_only=True), cte="7bit"))
    c = Ctx("tag_names_list")
    rows = list_people(c, 30)
    sc = ext(c, "northstar-training.co.uk")
    data = [["Surname", "Forename", "Ref"]] + [[l, f, ref] for f, l, _, ref, _ in rows]
    out.append(_enc(c, "encrypt_sender_tag", MI, [sc], "Transfers list [ENCRYPT]", "List attached.\n\nForgeway MI Team",
                    "tag at the end of the subject on an exempt list", T(data_subjects=30, doc_kinds=["name_list"]),
                    F(list_rows=30, list_cols=["surname", "forename", "ref"]), atts=[A("transfers.csv", csv_bytes(data))]))
    c = Ctx("tag_crm_export")
    sc = ext(c, "bridgeway-support.org.uk")
    out.append(_enc(c, "encrypt_sender_tag", CRM, [sc], "[ENCRYPT] CaseLedger: scheduled report",
                    "Your scheduled report (aggregate counts by office) is attached.\n\nCaseLedger",
                    "tag added by a CRM template", T(), headers=crm_headers("report.scheduled", "RPT-SEC-01"),
                    atts=[A("counts.csv", csv_bytes([["office", "caseload"], ["Walsall", 312], ["Dudley", 288]]))]))
    return out


# ----------------------------------------------------------------------------- password, scans, uninspectable
@scenario
def s_pw_scan():
    out = []
    c = Ctx("pw_zip_extract")
    sc = ext(c, "northstar-training.co.uk")
    inner = csv_bytes([["surname", "nino"], ["Example", "AB123456C"]])
    out.append(case(c, frm=MI, to=[sc], subject="Caseload extract (password to follow by phone)",
                    text="Hi,\n\nExtract attached as an encrypted zip. I'll ring with the password.\n\nForgeway MI Team",
                    atts=[A("extract_nov.zip", zip_bytes([("extract.csv", inner)], password="Forge#2026", seed="pwzip1"))],
                    action="encrypt", rule="encrypt_password_protected", truth=T(), facts=F(pw=True), notes="AES zip"))
    c = Ctx("pw_pdf_pack")
    dwpcm = ext(c, "dwp.gov.uk")
    pdf = pdf_encrypt(pdf_bytes([[("p", "Case-level annex")]]), "Annex-77", "pwpdf1")
    out.append(case(c, frm=MI, to=[dwpcm], subject="Performance pack annex (protected)",
                    text="Annex attached; password sent separately.\n\nForgeway MI Team", atts=[A("annex.pdf", pdf)],
                    action="encrypt", rule="encrypt_password_protected", truth=T(), facts=F(pw=True), notes="AES-256 password PDF"))
    c = Ctx("pw_zip_employer")
    e = ext(c, EMP["foundry"])
    out.append(case(c, frm=EMPS, to=[e], subject="Candidate pack",
                    text="Hi,\n\nCandidate pack attached (zip, password as before).\n\nForgeway Employer Services",
                    atts=[A("candidate_pack.zip", zip_bytes([("pack.docx", docx_bytes(paras=["pack"]))], password="Tipton-11", seed="pwzip2"))],
                    action="encrypt", rule="encrypt_password_protected", truth=T(), facts=F(pw=True), notes="AES zip to an employer"))
    c = Ctx("pw_pdf_audit")
    sc = ext(c, "bridgeway-support.org.uk")
    pdf = pdf_encrypt(pdf_bytes([[("p", "Audit evidence")]]), "Audit-Q3", "pwpdf2")
    out.append(case(c, frm=QUALITY, to=[sc], subject="Audit evidence pack",
                    text="Evidence pack attached (password protected).\n\nForgeway Quality & Compliance", atts=[A("evidence.pdf", pdf)],
                    crlf=True, action="encrypt", rule="encrypt_password_protected", truth=T(), facts=F(pw=True),
                    notes="password PDF, CRLF"))
    c = Ctx("scan_jpeg_consent")
    p = c.person()
    sc = ext(c, "northstar-training.co.uk")
    img = scan_image(["CONSENT TO SHARE INFORMATION", f"Name: {p.name}", f"NI No: {spaced(p.nino)}", "Signed: ________"], "s1", fmt="JPEG")
    out.append(case(c, frm=PART, to=[sc], subject="Signed consent form (scan)", text="Scan attached.",
                    atts=[A("scan_0001.jpg", img)], action="encrypt", rule="encrypt_no_text_scan", truth=T(),
                    facts=F(opaque="scan"), notes="JPEG scan of a consent form"))
    c = Ctx("scan_pdf_copier")
    p = c.person()
    e = ext(c, EMP["care"])
    pdf = scan_pdf([["APPLICATION FORM", f"Name: {p.name}", f"Address: {p.address}", f"DOB: {p.dob:%d/%m/%Y}"]], "s2")
    out.append(case(c, frm=("Copier Digbeth 2F", "scanner.digbeth@" + INTERNAL), to=[e], subject="Scanned document from MFD-DIG-2F",
                    text="Scanned from MFD-DIG-2F. Pages: 1. Resolution: 200 dpi.", atts=[A("SCAN_20261102_0931.pdf", pdf)],
                    headers={"X-Mailer": "MFD ScanToMail 3.1"}, action="encrypt", rule="encrypt_no_text_scan", truth=T(),
                    facts=F(opaque="scan"), notes="copier image-only PDF"))
    c = Ctx("scan_png_fitnote")
    p = c.person()
    wc = ext(c, "jobcentreplus.gov.uk")
    img = scan_image(["Statement of Fitness for Work", f"Patient: {p.name}", "Condition: depression", "Not fit for 6 weeks"], "s3")
    out.append(case(c, frm=PART, to=[wc], subject="Photo of fit note", text="Photo of the fit note the participant brought in.",
                    atts=[A("IMG_4471.png", img)], action="encrypt", rule="encrypt_no_text_scan", truth=T(),
                    facts=F(opaque="scan"), notes="PNG photo of a fit note"))
    c = Ctx("scan_pdf_multipage")
    ps = c.people(2)
    sc = ext(c, "bridgeway-support.org.uk")
    pdf = scan_pdf([["RETURNED FORM", f"Name: {q.name}", f"Phone: {q.phone}"] for q in ps], "s4")
    out.append(case(c, frm=("Copier Walsall", "scanner.walsall@" + INTERNAL), to=[sc], subject="Scanned document from MFD-WSL-1F",
                    text="Scanned from MFD-WSL-1F. Pages: 2.", atts=[A("SCAN_20261102_1402.pdf", pdf)],
                    action="encrypt", rule="encrypt_no_text_scan", truth=T(), facts=F(opaque="scan"), notes="two-page image-only PDF"))
    return out


@scenario
def s_reject_cv():
    out = []
    specs = [
        ("near_miss", "register holds a near-miss of the address"),
        ("other_address", "consent recorded only for the claimant's other address"),
        ("tag", "[ENCRYPT] does not cure a CV without consent"),
        ("zip", "CV in a zip to an unconsented claimant"),
        ("body", "CV pasted in the body to an unconsented claimant"),
        ("crm", "CV Builder auto-mail to an unconsented claimant"),
        ("dwp_cc", "unconsented claimant with the work coach in Cc"),
        ("two_column", "two-column style DOCX CV, no consent"),
        ("pdf_gmail", "PDF CV to a Gmail address not in the register"),
    ]
    for i, (kind, note) in enumerate(specs):
        c = Ctx(f"rej_cv_{kind}")
        p = c.person()
        blocks = cv_blocks(c, p, "tables" if kind == "two_column" else "classic")
        consent = []
        if kind == "near_miss":
            local, dom = p.email.split("@")
            consent = [local + "x@" + dom]
        if kind == "other_address":
            consent = [f"{p.first.lower()}{p.last.lower()}@btinternet.com" if not p.email.endswith("btinternet.com") else f"{p.first.lower()}.{p.last.lower()}@gmail.com"]
        subject = {"tag": "[ENCRYPT] Your CV", "crm": "CaseLedger CV Builder: your CV"}.get(kind, ["Your CV", "CV as discussed", "Updated CV",
                   "Here's your CV", "CV attached", "Your new CV", "CV from today"][i % 7])
        atts, text = [], f"Hi {p.first},\n\nYour CV is attached as promised.\n\n"
        if kind == "zip":
            atts = [A("my_cv.zip", zip_bytes([(f"CV_{p.last}.docx", docx_bytes(blocks=blocks))]))]
        elif kind == "body":
            text = f"Hi {p.first},\n\nHere's the text of your CV:\n\n" + blocks_text(blocks) + "\n\n"
        elif kind == "pdf_gmail":
            atts = [A("CV.pdf", pdf_bytes([blocks_pdfpage(blocks)]))]
        else:
            atts = [A(f"CV_{p.first}.docx", docx_bytes(blocks=blocks))]
        if kind == "crm":
            text = f"Hello {p.first}, your CV from the CV Builder session is attached.\n\nCaseLedger"
        else:
            text += ["Good luck!", "Any changes, let me know.", "Best wishes", "Speak soon.", "Thanks", "Regards", "All the best", "Cheers", "Kind regards"][i] + "\nForgeway CV Service"
        cc = [ext(c, "jobcentreplus.gov.uk")] if kind == "dwp_cc" else []
        d = case(c, frm=CRM if kind == "crm" else CVS, to=[(p.name, p.email)], cc=cc, subject=subject, text=text, atts=atts,
                 action="reject", rule="reject_cv_no_consent", truth=T(contact_details=True, data_subjects=1, doc_kinds=["cv"]),
                 facts=F(cv_count=1, own_rcpt=[p.email]), notes=note, crlf=(kind == "near_miss"))
        d["consent"] = consent
        out.append(d)
    return out


@scenario
def s_uninspectable():
    out = []
    junk = lambda seed, n: SeededBytes(seed)(n)
    _half = lambda b: b[: len(b) // 2]
    good_docx = docx_bytes(paras=["Quarterly narrative"])
    specs = [
        ("trunc_docx", "Quarterly narrative - draft", "Draft narrative attached.", [A("Q3_narrative.docx", good_docx[: len(good_docx) // 2])], "truncated DOCX"),
        ("junk_pdf", "Signed variation", "Signed copy attached.", [A("variation_signed.pdf", b"%PDF-1.7\n" + junk("jp", 4000))], "PDF header then garbage"),
        ("junk_xlsx", "MI return November", "Return attached.", [A("MI_return_Nov.xlsx", junk("jx", 6000))], "XLSX name, random bytes"),
        ("trunc_zip", "Evidence files", "Evidence zipped.", [A("evidence.zip", _half(zip_bytes([("a.csv", junk("za", 3000).hex().encode()), ("b.csv", junk("zb", 3000).hex().encode())])))], "truncated zip"),
        ("unknown_bin", "CaseLedger backup extract", "Extract attached.", [A("extract_20261102.dat", junk("ub", 3000))], "unknown binary .dat"),
        ("corrupt_odt", "Meeting notes", "Notes attached (ODT).", [A("notes.odt", b"PK\x03\x04" + junk("co", 2000))], "corrupt ODT"),
        ("octet_pdf", "Scan for your records", "Attached.", [A("document.pdf", junk("op", 5000), "application/octet-stream")], "octet-stream named .pdf, no PDF bytes"),
        ("zip_in_zip", "Archive of returns", "Archive attached.", [A("returns.zip", zip_bytes([("inner.zip", zip_bytes([("r.csv", b"a,b\n" * 400)])[:120])]))], "corrupt zip inside a zip"),
        ("docx_junk", "Template", "Updated template.", [A("template.docx", junk("dj", 2500))], "DOCX name, random bytes"),
        ("trunc_pdf", "Invoice", "Invoice attached.", [A("invoice.pdf", pdf_bytes([[("p", "Invoice")]])[:400])], "truncated PDF"),
    ]
    for key, subj, body, atts, note in specs:
        c = Ctx("unr_" + key)
        to = [ext(c, c.r.choice(["northstar-training.co.uk", "bridgeway-support.org.uk", EMP["care"], "dwp.gov.uk"]))]
        out.append(case(c, frm=c.r.choice([MI, QUALITY, CONTRACTS, FIN]), to=to, subject=subj,
                        text=f"Hello,\n\n{body}\n\n{c.fk.first_name()}", atts=atts, action="reject", rule="reject_uninspectable",
                        truth=T(), facts=F(opaque="corrupt"), notes=note))
    c = Ctx("unr_nested_corrupt")
    sc = ext(c, "bridgeway-support.org.uk")
    inner = nested_msg(f"Admin <admin@{HOUSING}>", ST["Supply Chain Manager"]["addr"], "Forms", "Forms attached.",
                       "Thu, 29 Oct 2026 12:00:00 +0000", atts=[A("forms.xlsx", junk("nc", 3000))])
    out.append(case(c, frm=who(ST["Supply Chain Manager"]), to=[sc], subject="FW: Forms", text="FYI", nested=inner,
                    action="reject", rule="reject_uninspectable", truth=T(), facts=F(opaque="corrupt"),
                    notes="corrupt XLSX inside a nested message"))
    return out


if __name__ == "__main__":
    main()

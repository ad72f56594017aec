#!/usr/bin/env python3
"""Held-out set F: "Trentside Works" (WHP / Restart prime, East Midlands).

One deterministic generator. Writes mail/hf-NNN.eml, labels.jsonl and consent.txt into
this folder, then runs a self-check that re-derives every label from the rules.

    python make.py          # build + check
    python make.py --check  # check only
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import secrets
import struct
import sys
import zipfile
import zlib
from email import policy as email_policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import formataddr, getaddresses, parseaddr, format_datetime
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
MAIL = HERE / "mail"

# ----------------------------------------------------------------------------- world
INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INTERNAL
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
FREEMAIL = {"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"}
TAG = "[ENCRYPT]"

# this set's own third parties (invented)
EMP = {
    "kelham": ("Kelham Foods", "kelham-foods.co.uk"),
    "haulage": ("Trent Valley Haulage", "trentvalley-haulage.co.uk"),
    "care": ("Castle Rock Care Homes", "castlerock-care.co.uk"),
    "hotel": ("Soar Lane Hotels", "soarlane-hotels.co.uk"),
    "eng": ("Derwent Precision Engineering", "derwent-precision.co.uk"),
    "retail": ("Hockley & Sneinton Retail", "hockley-retail.co.uk"),
    "wh": ("Clifton Park Warehousing", "cliftonpark-warehousing.co.uk"),
    "bus": ("Lacebus Transport", "lacebus-transport.co.uk"),
}
NHS = "trentvale-mentalhealth.org.uk"        # NHS trust IPS / talking therapies partner
PROBATION = "eastmids-probation-pdu.org.uk"  # probation delivery unit
COUNCIL = "broadmarsh-council.org.uk"        # city council (housing options, HSF)
COLLEGE = "sherwoodvale-college.ac.uk"
FOODBANK = "meadows-foodbank.org.uk"
AGENCY = "redbrick-recruitment.co.uk"
HOUSING = "lacemarket-housing.org.uk"
TESTCTR = "midshires-testcentre.co.uk"
PRINT = "beeston-printworks.co.uk"
LOOKALIKE = "bridgeway-support.co.uk"        # look-alike of the approved subcontractor: third party

FIXED_DT = dt.datetime(2025, 11, 3, 9, 0, 0, tzinfo=dt.timezone.utc)

# ----------------------------------------------------------------------------- seeded randomness for libraries
_LIBRNG = random.Random(0)


def _seeded_bytes(n):
    return bytes(_LIBRNG.getrandbits(8) for _ in range(n))


def _patch_randomness():
    secrets.token_bytes = lambda n=32: _seeded_bytes(n)
    try:
        import fpdf.encryption as fe
        fe.urandom = _seeded_bytes
        fe.StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, size: _seeded_bytes(size))
    except Exception:
        pass
    import pyzipper.zipfile_aes as za

    class _R:
        def new(self):
            return self

        def read(self, n):
            return _seeded_bytes(n)
    za.Random = _R()


def crc(s):
    return zlib.crc32(s.encode()) & 0xFFFFFFFF


# ----------------------------------------------------------------------------- identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng, fmt="spaced"):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in BAD_PREFIX:
            break
    d = "".join(rng.choice("0123456789") for _ in range(6))
    s = rng.choice("ABCD")
    if fmt == "plain":
        return p + d + s
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"


def nino_valid(p, suffix):
    p = p.upper()
    if p[0] in "DFIQUV" or p[1] in "DFIOQUV" or p in BAD_PREFIX:
        return False
    return suffix.upper() in "ABCD"


NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Za-z])(?![A-Za-z0-9])")


def find_ninos(text):
    out = set()
    for t in (text, re.sub(r"\s+", " ", text)):
        for m in NINO_RE.finditer(t):
            if nino_valid(m.group(1), m.group(5)):
                out.add((m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5)).upper())
    return out


def mobile(rng):
    return "07700 900" + f"{rng.randrange(0, 1000):03d}"


def landline(rng):
    return rng.choice(["0113 496 0", "0161 496 0", "020 7946 0"]) + f"{rng.randrange(0, 1000):03d}"


def sortcode(rng):
    return "-".join(f"{rng.randrange(0, 100):02d}" for _ in range(3))


def account(rng):
    return "".join(rng.choice("0123456789") for _ in range(8))


def iban(rng, bank="XTRW"):
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    acc = account(rng)
    bban = bank + sc + acc
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_card(rng, prefix="4"):
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(15 - len(prefix))]
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
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


AREAS = {"NG": (1, 25), "DE": (1, 75), "LE": (1, 19)}


def postcode(rng, area=None):
    area = area or rng.choice(list(AREAS))
    lo, hi = AREAS[area]
    return f"{area}{rng.randint(lo, hi)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]


class Person:
    def __init__(self, fk, rng, gender=None, freemail=None):
        g = gender or rng.choice("fm")
        self.first = fk.first_name_female() if g == "f" else fk.first_name_male()
        self.last = fk.last_name()
        self.g = g
        self.name = f"{self.first} {self.last}"
        self.nino = nino(rng)
        self.dob = dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
        self.age = 2025 - self.dob.year
        self.mobile = mobile(rng)
        self.postcode = postcode(rng)
        self.street = fk.street_address()
        self.town = rng.choice(["Nottingham", "Derby", "Leicester", "Beeston", "Arnold", "Long Eaton",
                                "Loughborough", "Ilkeston", "Hucknall", "Wigston"])
        self.address = f"{self.street}, {self.town} {self.postcode}"
        dom = freemail or rng.choice(sorted(FREEMAIL))
        local = rng.choice([f"{self.first}.{self.last}", f"{self.first[0]}{self.last}",
                            f"{self.first}{self.last}{rng.randint(1, 99)}", f"{self.last}.{self.first[0]}"])
        self.email = re.sub(r"[^a-z0-9.]", "", local.lower()) + "@" + dom
        self.ref = f"TW-{rng.randint(100000, 999999)}"
        self.he = "she" if g == "f" else "he"
        self.his = "her" if g == "f" else "his"
        self.him = "her" if g == "f" else "him"

    def dob_str(self, style="dmy"):
        d = self.dob
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "dmy2":
            return d.strftime("%d/%m/%y")
        if style == "iso":
            return d.isoformat()
        if style == "long":
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if style == "words":
            return f"the {ORD[d.day - 1]} of {MONTHS[d.month - 1]} {d.year}"
        raise ValueError(style)


class Staff:
    def __init__(self, fk, rng, title, office=None):
        self.first = fk.first_name()
        self.last = fk.last_name()
        self.name = f"{self.first} {self.last}"
        self.title = title
        self.addr = f"{self.first}.{self.last}".lower().replace("'", "") + "@" + INTERNAL
        self.mobile = mobile(rng)
        self.office = office or rng.choice(OFFICES)
        self.phone = landline(rng)


OFFICES = [
    "Trentside Works, 2nd Floor, Carrington House, 41 Lower Parliament Street, Nottingham NG1 3QQ",
    "Trentside Works, Unit 7 Riverlight Court, Siddals Road, Derby DE1 2XP",
    "Trentside Works, 18 Friar Lane, Leicester LE1 5RA",
    "Trentside Works, Bulwell Hub, Main Street, Nottingham NG6 8QJ",
]


class Ext:
    """An external (non-data-subject) contact: employer HR, probation officer, GP, tutor."""

    def __init__(self, fk, rng, domain, title, org):
        self.first = fk.first_name()
        self.last = fk.last_name()
        self.name = f"{self.first} {self.last}"
        self.addr = re.sub(r"[^a-z.]", "", f"{self.first}.{self.last}".lower()) + "@" + domain
        self.title = title
        self.org = org
        self.phone = landline(rng)


# ----------------------------------------------------------------------------- text helpers
DISCLAIMERS = [
    ("This e-mail and any attachments are confidential and may contain personal data, including "
     "special category data (such as information about health, ethnicity or religion) and criminal "
     "offence data, processed by Trentside Works Ltd under contract to the Department for Work and "
     "Pensions. If you have received it in error please tell the sender and delete it. Trentside Works "
     "Ltd, registered in England No. 08812345. Registered office: Carrington House, Nottingham NG1 3QQ."),
    ("CONFIDENTIALITY: the information in this message is intended for the named recipient only. It may "
     "include details of a person's health, disability, convictions or benefit entitlement. Unauthorised "
     "use, disclosure or copying is prohibited and may be unlawful. Trentside Works is a Disability "
     "Confident Leader and a Ban the Box employer."),
    ("Trentside Works delivers the Work and Health Programme and Restart Scheme on behalf of DWP. "
     "We never ask for your bank details, National Insurance number or date of birth by e-mail. If you "
     "are struggling with your mental health, Samaritans are available day or night on 116 123. "
     "Please consider the environment before printing."),
]


def signature(st, logo=False, mobile_line=True):
    lines = ["", "Kind regards", "", st.name, st.title, "Trentside Works | WHP & Restart East Midlands"]
    if mobile_line:
        lines.append(f"M: {st.mobile}  |  T: {st.phone}")
    lines.append(st.office)
    return "\n".join(lines)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def html_table(rows, head=True, cls="MsoTableGrid"):
    out = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}><p class=MsoNormal>{esc(str(c))}</p></{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def to_html(text, tables=None, logo_cid=None, style="outlook"):
    """Plain text -> Outlook-flavoured HTML. Lines '- x' become bullets; '[[T0]]' inserts tables[0];
    '>' lines quoted; a line '----QUOTE----' starts an Outlook quoted block."""
    tables = tables or []
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
           '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style>'
           '</head><body lang=EN-GB link="#0563C1"><div class=WordSection1>']
    inlist = False
    for line in text.split("\n"):
        m = re.fullmatch(r"\[\[T(\d+)\]\]", line.strip())
        if m:
            out.append(tables[int(m.group(1))])
            continue
        if line.startswith("- "):
            if not inlist:
                out.append("<ul style='margin-top:0cm'>")
                inlist = True
            out.append(f"<li class=MsoListParagraph>{esc(line[2:])}</li>")
            continue
        if inlist:
            out.append("</ul>")
            inlist = False
        if line == "----QUOTE----":
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            continue
        if line.strip() == "":
            out.append("<p class=MsoNormal>&nbsp;</p>")
        else:
            out.append(f"<p class=MsoNormal>{esc(line)}</p>")
    if inlist:
        out.append("</ul>")
    if logo_cid:
        out.append(f'<p class=MsoNormal><img width=120 height=40 src="cid:{logo_cid}" alt="Trentside Works"></p>')
    out.append("</div></body></html>")
    return "\n".join(out)


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


def quote_block(frm, sent, to, subject, body, cc=None):
    return "\n\n----QUOTE----\n" + outlook_hdr(frm, sent, to, subject, cc) + "\n" + body


def gmail_quote(who, when, body):
    return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in body.split("\n"))


def sent_str(rng, day=None):
    d = day or rng.randint(1, 28)
    wd = dt.date(2025, 10, d).strftime("%A")
    return f"{wd}, {d} October 2025 {rng.randint(8, 17):02d}:{rng.choice(['02', '14', '27', '33', '48', '51'])}"


def logo_png():
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (120, 40), (0, 94, 110))
    d = ImageDraw.Draw(im)
    d.rectangle([4, 4, 36, 36], fill=(240, 180, 0))
    d.rectangle([44, 14, 114, 26], fill=(255, 255, 255))
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


# ----------------------------------------------------------------------------- document builders
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zo:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2025-11-03T09:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zo.writestr(zi, b)
    return out.getvalue()


def docx_bytes(blocks, author="Trentside Works", page_breaks=True):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('pb',)"""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 11, 3, 9, 0, 0)
    cp.modified = dt.datetime(2025, 11, 3, 9, 0, 0)
    cp.revision = 1
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif b[0] == "pb":
            d.add_page_break()
    bio = io.BytesIO()
    d.save(bio)
    return norm_zip(bio.getvalue())


def xlsx_bytes(sheets):
    """sheets: list of dicts {title, rows, hidden_cols=[letters], hidden=False}"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s["title"])
        for r in s["rows"]:
            ws.append(list(r))
        for c in s.get("hidden_cols", []):
            ws.column_dimensions[c].hidden = True
        if s.get("hidden"):
            ws.sheet_state = "hidden"
    wb.properties.creator = "Trentside Works MI"
    wb.properties.created = dt.datetime(2025, 11, 3, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return norm_zip(bio.getvalue())


def _pdf():
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT)
    p.set_author("Trentside Works")
    p.set_auto_page_break(True, 15)
    return p


def _latin(s):
    return (s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").replace("\u00a3", "GBP ")
            .encode("latin-1", "replace").decode("latin-1"))


def pdf_write(p, blocks):
    for b in blocks:
        if b[0] == "pb":
            p.add_page()
        elif b[0] == "h":
            p.set_font("Helvetica", "B", 14)
            p.multi_cell(0, 8, _latin(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "p":
            p.set_font("Helvetica", "", 10)
            p.multi_cell(0, 5, _latin(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif b[0] == "t":
            p.set_font("Helvetica", "", 8)
            with p.table() as t:
                for r in b[1]:
                    row = t.row()
                    for c in r:
                        row.cell(_latin(str(c)))
            p.ln(2)


def pdf_bytes(blocks, password=None):
    p = _pdf()
    if password:
        from fpdf.enums import EncryptionMethod
        p.set_encryption(owner_password="tw-owner-" + password, user_password=password,
                         encryption_method=EncryptionMethod.AES_256)
    p.add_page()
    pdf_write(p, blocks)
    return bytes(p.output())


def scan_image(lines, rng, size=(1240, 1754), fmt="JPEG", rot=0):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", size, 246)
    d = ImageDraw.Draw(im)
    f = ImageFont.load_default(size=30)
    y = 110
    for ln in lines:
        d.text((90, y), ln, fill=rng.randint(20, 60), font=f)
        y += 48
    for _ in range(900):
        x, yy = rng.randrange(size[0]), rng.randrange(size[1])
        d.point((x, yy), fill=rng.randint(120, 200))
    if rot:
        im = im.rotate(rot, fillcolor=246)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=70)
    else:
        im.save(b, "PNG", optimize=False)
    return b.getvalue()


def scan_pdf(pages, rng):
    p = _pdf()
    p.set_creator("RICOH IM C3000 Scan to E-mail")
    for lines in pages:
        p.add_page()
        img = scan_image(lines, rng)
        p.image(io.BytesIO(img), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def acroform_pdf(title, fields):
    """fields: list of (label, fieldname, value). Labels are page text; answers only in /V."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject)
    p = _pdf()
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, _latin(title), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    y0 = 30
    for i, (lab, _, _) in enumerate(fields):
        p.set_xy(12, y0 + i * 9)
        p.cell(60, 7, _latin(lab))
        p.rect(75, y0 + i * 9, 120, 7)
    base = bytes(p.output())
    r = PdfReader(io.BytesIO(base))
    w = PdfWriter(clone_from=r)
    page = w.pages[0]
    annots = ArrayObject()
    flds = ArrayObject()
    H = 841.89
    for i, (lab, name, val) in enumerate(fields):
        top = (y0 + i * 9) * 72 / 25.4
        rect = [75 * 72 / 25.4, H - top - 7 * 72 / 25.4, 195 * 72 / 25.4, H - top]
        a = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(name),
            NameObject("/V"): TextStringObject(val), NameObject("/F"): NumberObject(4),
            NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
            NameObject("/Rect"): ArrayObject([FloatObject(round(x, 2)) for x in rect]),
        })
        ref = w._add_object(a)
        annots.append(ref)
        flds.append(ref)
    page[NameObject("/Annots")] = annots
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): flds, NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g")})
    w.add_metadata({"/Producer": "Trentside Works forms", "/CreationDate": "D:20251103090000Z"})
    b = io.BytesIO()
    w.write(b)
    return b.getvalue()


def odt_bytes(blocks):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    doc = OpenDocumentText()
    for b in blocks:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "p":
            doc.text.addElement(P(text=b[1]))
        elif b[0] == "t":
            rows = b[1]
            t = Table(name=f"T{len(rows)}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=str(c)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    bio = io.BytesIO()
    doc.save(bio)
    return norm_zip(bio.getvalue())


def zip_bytes(members, password=None):
    if password:
        import pyzipper
        bio = io.BytesIO()
        with pyzipper.AESZipFile(bio, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for name, data in members:
                zi = z.zipinfo_cls(name, date_time=(2025, 11, 3, 9, 0, 0))
                zi.compress_type = pyzipper.ZIP_DEFLATED
                z.writestr(zi, data)
        return bio.getvalue()
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def csv_bytes(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


def fixed_width(rows, widths):
    return ("\r\n".join("".join(str(c)[:w].ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows) + "\r\n").encode()


def ics_bytes(uid, summary, start, minutes, location, description, organizer, attendees):
    def fold(line):
        out = []
        while len(line.encode()) > 74:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
        return "\r\n".join(out)
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
             "DTSTART:16011028T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}")
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{summary}",
              f"DTSTART;TZID=GMT Standard Time:{start.strftime(f)}", f"DTEND;TZID=GMT Standard Time:{end.strftime(f)}",
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20251103T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", f"LOCATION;LANGUAGE=en-GB:{location.replace(',', chr(92) + ',')}",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode()


# --- fake (structurally valid) encrypted containers: DER and OpenPGP packets
def der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def oid(s):
    parts = [int(x) for x in s.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


def _issuer(cn):
    rdn = der(0x31, der(0x30, oid("2.5.4.3") + der(0x0C, cn.encode())))
    return der(0x30, rdn)


def smime_enveloped(rng, length):
    rid = der(0x30, _issuer("Trentside Works Issuing CA 02") + der(0x02, bytes([0x1F]) + bytes(rng.getrandbits(8) for _ in range(11))))
    ktri = der(0x30, der(0x02, b"\x00") + rid + der(0x30, oid("1.2.840.113549.1.1.1") + b"\x05\x00")
               + der(0x04, bytes(rng.getrandbits(8) for _ in range(256))))
    eci = der(0x30, oid("1.2.840.113549.1.7.1") + der(0x30, oid("2.16.840.1.101.3.4.1.42") + der(0x04, bytes(rng.getrandbits(8) for _ in range(16))))
              + der(0x80, bytes(rng.getrandbits(8) for _ in range(length))))
    env = der(0x30, der(0x02, b"\x00") + der(0x31, ktri) + eci)
    return der(0x30, oid("1.2.840.113549.1.7.3") + der(0xA0, env))


def smime_signature(rng, signer):
    si = der(0x30, der(0x02, b"\x01") + der(0x30, _issuer("Trentside Works Issuing CA 02") + der(0x02, b"\x2a\x11\x07"))
             + der(0x30, oid("2.16.840.1.101.3.4.2.1") + b"\x05\x00")
             + der(0x30, oid("1.2.840.113549.1.1.1") + b"\x05\x00")
             + der(0x04, bytes(rng.getrandbits(8) for _ in range(256))))
    sd = der(0x30, der(0x02, b"\x01") + der(0x31, der(0x30, oid("2.16.840.1.101.3.4.2.1") + b"\x05\x00"))
             + der(0x30, oid("1.2.840.113549.1.7.1")) + der(0x31, si))
    return der(0x30, oid("1.2.840.113549.1.7.2") + der(0xA0, sd))


def crc24(data):
    c = 0xB704CE
    for b in data:
        c ^= b << 16
        for _ in range(8):
            c <<= 1
            if c & 0x1000000:
                c ^= 0x1864CFB
    return c & 0xFFFFFF


def pgp_armored(rng, length):
    def pkt(tag, body):
        return bytes([0xC0 | tag]) + (bytes([255]) + struct.pack(">I", len(body)) if len(body) > 191 else bytes([len(body)])) + body
    pkesk = pkt(1, b"\x03" + bytes(rng.getrandbits(8) for _ in range(8)) + b"\x01" + b"\x08\x00" + bytes(rng.getrandbits(8) for _ in range(256)))
    seipd = pkt(18, b"\x01" + bytes(rng.getrandbits(8) for _ in range(length)))
    data = pkesk + seipd
    b64 = base64.b64encode(data).decode()
    body = "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
    c = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return f"-----BEGIN PGP MESSAGE-----\n\n{body}\n={c}\n-----END PGP MESSAGE-----\n"


# ----------------------------------------------------------------------------- message assembly
class Att:
    def __init__(self, filename, data, ctype=None, inline_cid=None, rfc822=None):
        self.filename = filename
        self.data = data
        self.ctype = ctype or guess_ctype(filename)
        self.cid = inline_cid
        self.rfc822 = rfc822


CTYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf", "odt": "application/vnd.oasis.opendocument.text",
    "zip": "application/zip", "csv": "text/csv", "txt": "text/plain", "ics": "text/calendar",
    "jpg": "image/jpeg", "png": "image/png", "doc": "application/msword", "dat": "application/octet-stream",
    "msg": "application/vnd.ms-outlook", "eml": "message/rfc822",
}


def guess_ctype(fn):
    return CTYPES.get(fn.rsplit(".", 1)[-1].lower(), "application/octet-stream")


def _cs(cte):
    if cte == "qp":
        c = Charset("utf-8")
        c.header_encoding = QP
        c.body_encoding = QP
    elif cte == "b64":
        c = Charset("utf-8")
        c.body_encoding = BASE64
    else:
        c = Charset("utf-8")
        c.body_encoding = None  # 8bit
    return c


class Builder:
    def __init__(self, key):
        self.key = key
        self.n = 0

    def boundary(self):
        self.n += 1
        h = hashlib.sha1(f"{self.key}/{self.n}".encode()).hexdigest()[:24].upper()
        return f"_{self.n:03d}_TWEX{h}_"


def text_part(s, sub, cte):
    return MIMEText(s, sub, _cs(cte))


def attach_part(a, b):
    if a.rfc822 is not None:
        p = MIMEMessage(a.rfc822)
        if a.filename:
            p.add_header("Content-Disposition", "attachment", filename=a.filename)
        return p
    mt, st = a.ctype.split("/", 1)
    if mt == "text":
        p = MIMEText(a.data.decode("utf-8"), st, _cs("qp" if st != "calendar" else "b64"))
        if st == "calendar":
            p.set_param("method", "REQUEST")
    elif mt == "image":
        p = MIMEImage(a.data, st)
    else:
        p = MIMEApplication(a.data, st)
    if a.cid:
        p.add_header("Content-ID", f"<{a.cid}>")
        p.add_header("Content-Disposition", "inline", filename=a.filename)
    else:
        if a.filename:
            p.set_param("name", a.filename)
            p.add_header("Content-Disposition", "attachment", filename=a.filename)
    return p


def build_body(b, text, html, atts, cte, logo):
    inline = [a for a in atts if a.cid]
    files = [a for a in atts if not a.cid]
    if logo:
        inline.append(Att("image001.png", logo_png(), "image/png", inline_cid="image001.png@01DC4C2A.5E0F1B20"))
    alt = None
    if text is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary=b.boundary())
        alt.attach(text_part(text, "plain", cte))
        hp = text_part(html, "html", cte)
        if inline:
            rel = MIMEMultipart("related", boundary=b.boundary(), type="text/html")
            rel.attach(hp)
            for a in inline:
                rel.attach(attach_part(a, b))
            alt.attach(rel)
        else:
            alt.attach(hp)
    elif html is not None:
        alt = text_part(html, "html", cte)
        if inline:
            rel = MIMEMultipart("related", boundary=b.boundary(), type="text/html")
            rel.attach(alt)
            for a in inline:
                rel.attach(attach_part(a, b))
            alt = rel
    else:
        alt = text_part(text, "plain", cte)
    if not files:
        return alt
    mix = MIMEMultipart("mixed", boundary=b.boundary())
    mix.attach(alt)
    for a in files:
        mix.attach(attach_part(a, b))
    return mix


def fmt_addr(x):
    if isinstance(x, tuple):
        return formataddr(x)
    return x


def bare(x):
    return x[1] if isinstance(x, tuple) else x


def set_headers(m, key, idx, frm, to, cc, subject, extra, mailer):
    m["From"] = fmt_addr(frm)
    if to:
        m["To"] = ", ".join(fmt_addr(x) for x in to)
    if cc:
        m["Cc"] = ", ".join(fmt_addr(x) for x in cc)
    try:
        subject.encode("ascii")
        m["Subject"] = subject
    except UnicodeEncodeError:
        m["Subject"] = Header(subject, "utf-8")
    d = (dt.datetime(2025, 10, 1, 8, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=idx // 7)
         + dt.timedelta(minutes=(idx % 7) * 71 + crc(key) % 40))
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<{hashlib.sha1(key.encode()).hexdigest()[:20].upper()}@{INTERNAL}>"
    if mailer == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = base64.b64encode(hashlib.md5(key.encode()).digest()[:22] + b"\x00").decode()[:30]
        m["X-MS-Has-Attach"] = "yes" if "mixed" in m.get_content_type() else ""
        m["X-MS-TNEF-Correlator"] = ""
    elif mailer == "iphone":
        m["X-Mailer"] = "iPhone Mail (22A3354)"
    elif mailer == "crm":
        m["X-Mailer"] = "CaseBook CRM Notifier 4.2"
    for k, v in (extra or []):
        m[k] = v


# ----------------------------------------------------------------------------- cases
CASES = []
SCEN = []


def scenario(fn):
    SCEN.append(fn)
    return fn


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


def FX(**kw):
    f = {"encrypted": False, "opaque": False, "pw": False, "cv_count": 0, "form_people": 0, "letters": {},
         "list_rows": 0, "list_cols": [], "nino_only": False, "records": 0, "fwd_record": False,
         "name_only": False, "extra": False, "own_rcpt": []}
    f.update(kw)
    return f


EMPTY_TRUTH = T()

GUIDANCE = {
    "no_claimant_data": "RULES.md 'About a person, not about a word'",
    "one_name": "Ch8 ¶18", "cv_to_claimant": "Ch8 ¶17", "cvs_up_to_10": "Ch8 ¶19, ¶21",
    "application_forms_up_to_10": "Ch8 ¶19, ¶22-24", "letters_up_to_10": "Ch8 ¶19, ¶24-28",
    "names_list_500": "Ch8 ¶29-31", "nino_only_list": "Ch8 ¶31", "dwp_names_list": "Ch8 ¶36, ¶29-31",
    "dwp_ucnea1_gns": "Ch8 ¶34-35", "dwp_c15_process": "C15 ¶46, ¶49", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES.md outcomes (already encrypted)",
    "encrypt_special_category": "Ch8 ¶25-26, ¶32", "encrypt_nino": "Ch8 ¶33, ¶27",
    "encrypt_dob_bank": "Ch8 ¶32, ¶23, ¶27", "encrypt_benefit_children": "Ch8 ¶30, ¶32",
    "encrypt_beyond_name": "Ch8 ¶18", "encrypt_over_limit": "Ch8 ¶21, ¶22, ¶24, ¶31",
    "encrypt_list_forbidden_column": "Ch8 ¶29-30", "encrypt_letter_kind": "Ch8 ¶25",
    "encrypt_dwp_process": "Ch8 ¶34-36, C15 ¶46-49, ¶53", "encrypt_claimant_recipient": "Ch8 ¶17, ¶24",
    "encrypt_sender_tag": "RULES.md sender-requested encryption", "encrypt_password_protected": "RULES.md reject/encrypt defaults",
    "encrypt_no_text_scan": "RULES.md uninspectable (images and scans)",
    "reject_cv_no_consent": "Ch8 ¶17", "reject_uninspectable": "RULES.md uninspectable content, ¶12-13",
}

CONSENT = set()


def emit(scen, var, frm, to, subject, text=None, html=None, atts=(), cc=(), bcc=(), truth=None, facts=None,
         notes="", action=None, rule=None, cte="qp", crlf=False, logo=False, headers=None, mailer="outlook",
         body_override=None):
    key = f"{scen}/{var}"
    b = Builder(key)
    idx = len(CASES)
    if body_override is not None:
        m = body_override(b)
    else:
        m = build_body(b, text, html, list(atts), cte, logo)
    set_headers(m, key, idx, frm, list(to), list(cc), subject, headers, mailer)
    rcpt = [bare(x) for x in list(to) + list(cc) + list(bcc)]
    lab = {"mail_from": bare(frm), "rcpt_to": rcpt, "expected_action": action, "rule": rule,
           "guidance": GUIDANCE.get(rule, ""), "truth": truth or T(), "facts": facts or FX(),
           "notes": notes, "scenario": scen + ("" if var == "0" else f"[{var}]")}
    CASES.append((key, m, crlf, lab))


def rng_for(name, var=0):
    s = crc(f"{name}#{var}")
    fk = Faker("en_GB")
    fk.seed_instance(s)
    _LIBRNG.seed(s ^ 0x5A5A)
    return fk, random.Random(s)


# ----------------------------------------------------------------------------- derive (the precedence, implemented again)
GOOD_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}
LETTER_KINDS = GOOD_LETTERS | {"letter_other"}
FORM_KINDS = {"application_form", "application_form_couple"}
DWP_RECORD_KINDS = {"ucnea1", "good_news_story", "exit_report", "change_of_circumstances", "whp_eb_customer_form"}
C15_KINDS = {"exit_report", "change_of_circumstances", "whp_eb_customer_form"}
LIST_OK_COLS = {"surname", "forename", "initial", "name", "nino", "ref", "date", "time", "course", "status",
                "office", "adviser", "programme"}
RANK = {"relay": 0, "encrypt": 1, "reject": 2}


def rclass(addr, facts):
    d = addr.rsplit("@", 1)[1].lower()
    if d == INTERNAL:
        return "internal"
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply_chain"
    if d in FREEMAIL and (addr.lower() in CONSENT or addr.lower() in facts["own_rcpt"]):
        return "claimant"
    return "third_party"


def has_data(t):
    return bool(t["data_subjects"] or t["ninos"] or t["dob"] or t["bank"] or t["special"] or
                t["benefit_payment"] or t["children"] or t["contact_details"] or t["doc_kinds"])


def encrypt_reason(t, f):
    kinds = set(t["doc_kinds"])
    if t["special"]:
        return "encrypt_special_category"
    if (f["cv_count"] > 10 or f["form_people"] > 10 or sum(f["letters"].values()) > 10 or
            (f["list_rows"] > 500 and not f["nino_only"])):
        return "encrypt_over_limit"
    if "name_list" in kinds and set(f["list_cols"]) - LIST_OK_COLS:
        return "encrypt_list_forbidden_column"
    if "letter_other" in kinds:
        return "encrypt_letter_kind"
    if t["ninos"]:
        return "encrypt_nino"
    if t["dob"] or t["bank"]:
        return "encrypt_dob_bank"
    if t["benefit_payment"] or t["children"]:
        return "encrypt_benefit_children"
    return "encrypt_beyond_name"


def decide_one(addr, cls, t, f, sender):
    kinds = set(t["doc_kinds"])
    forbidden = bool(t["special"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"])
    nletters = sum(f["letters"].values())
    if cls == "internal":
        return "relay", None
    if not has_data(t):
        return "relay", "no_claimant_data"
    letters_ok = (kinds and kinds <= GOOD_LETTERS and set(f["letters"]) <= GOOD_LETTERS and 1 <= nletters <= 10
                  and not forbidden and not t["ninos"] and not f["extra"])
    if cls == "claimant":
        if (kinds == {"cv"} and f["cv_count"] == 1 and addr.lower() in CONSENT and not forbidden
                and not t["ninos"] and not f["extra"]):
            return "relay", "cv_to_claimant"
        if letters_ok:
            return "relay", "letters_up_to_10"
        return "encrypt", "encrypt_claimant_recipient"
    name_ok = (f["name_only"] and t["data_subjects"] == 1 and not kinds and not forbidden and not t["ninos"]
               and not t["contact_details"] and not f["extra"])
    list_ok = (kinds == {"name_list"} and 1 <= f["list_rows"] <= 500 and not set(f["list_cols"]) - LIST_OK_COLS
               and not forbidden and not t["contact_details"] and not f["extra"])
    nino_ok = kinds == {"nino_list"} and f["nino_only"] and not forbidden and not f["extra"] and not t["contact_details"]
    if cls == "dwp":
        if name_ok:
            return "relay", "one_name"
        if kinds in ({"ucnea1"}, {"good_news_story"}) and f["records"] == 1 and not f["extra"]:
            return "relay", "dwp_ucnea1_gns"
        if (len(kinds) == 1 and kinds <= C15_KINDS and f["records"] == 1 and not f["extra"]
                and sender == PROV_INBOX and addr.lower() == DWP_INBOX):
            return "relay", "dwp_c15_process"
        if list_ok or nino_ok:
            return "relay", "dwp_names_list"
        if kinds & (DWP_RECORD_KINDS | {"cv"} | FORM_KINDS | LETTER_KINDS) or f["fwd_record"]:
            return "encrypt", "encrypt_dwp_process"
        return "encrypt", encrypt_reason(t, f)
    # supply chain / third party
    if f["fwd_record"]:
        if cls == "supply_chain" and f["records"] == 1 and not f["extra"]:
            return "relay", "forward_subcontractor"
        return "encrypt", "encrypt_dwp_process"
    if name_ok:
        return "relay", "one_name"
    if kinds == {"cv"} and 1 <= f["cv_count"] <= 10 and not forbidden and not t["ninos"] and not f["extra"]:
        return "relay", "cvs_up_to_10"
    if (kinds and kinds <= FORM_KINDS and 1 <= f["form_people"] <= 10 and not forbidden and not t["ninos"]
            and not f["extra"]):
        return "relay", "application_forms_up_to_10"
    if letters_ok:
        return "relay", "letters_up_to_10"
    if nino_ok:
        return "relay", "nino_only_list"
    if list_ok:
        return "relay", "names_list_500"
    return "encrypt", encrypt_reason(t, f)


def derive(lab, subject):
    t, f = lab["truth"], lab["facts"]
    if f["encrypted"]:
        return "relay", "already_encrypted"
    if f["opaque"] == "corrupt":
        return "reject", "reject_uninspectable"
    if f["opaque"] == "scan":
        return "encrypt", "encrypt_no_text_scan"
    classes = [(a, rclass(a, f)) for a in lab["rcpt_to"]]
    if f["cv_count"] and any(c == "claimant" and a.lower() not in CONSENT for a, c in classes):
        return "reject", "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt", "encrypt_password_protected"
    if TAG in (subject or ""):
        return "encrypt", "encrypt_sender_tag"
    best, rule, first_rule = "relay", None, None
    for a, c in classes:
        act, r = decide_one(a, c, t, f, lab["mail_from"])
        if r and first_rule is None:
            first_rule = r
        if RANK[act] > RANK[best]:
            best, rule = act, r
    return best, rule or first_rule or "no_claimant_data"


# ----------------------------------------------------------------------------- self-check
class Unreadable(Exception):
    pass


def file_text(name, data, ctype, state):
    """Return the text of an attachment; raise Unreadable if it does not parse.
    state collects flags: pw (password-protected), scan (image-only), enc (encrypted container)."""
    ext = (name or "").rsplit(".", 1)[-1].lower() if name and "." in name else ""
    try:
        if ext == "docx":
            import docx
            d = docx.Document(io.BytesIO(data))
            parts = [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    parts.append(" | ".join(c.text for c in r.cells))
            return "\n".join(parts)
        if ext == "xlsx":
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            out = []
            for ws in wb.worksheets:
                for r in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else str(v) for v in r))
            return "\n".join(out)
        if ext == "pdf":
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data), strict=True)
            if r.is_encrypted:
                state["pw"] = True
                return ""
            txt = "\n".join((p.extract_text() or "") for p in r.pages)
            flds = r.get_fields() or {}
            txt += "\n" + "\n".join(f"{k}: {v.get('/V', '')}" for k, v in flds.items())
            if not txt.strip():
                imgs = sum(len(p.images) for p in r.pages)
                if imgs:
                    state["scan"] = True
                else:
                    raise Unreadable("empty pdf")
            return txt
        if ext == "odt":
            from odf.opendocument import load
            from odf import teletype
            from odf.text import P
            d = load(io.BytesIO(data))
            return "\n".join(teletype.extractText(p) for p in d.getElementsByType(P))
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            out = []
            for info in z.infolist():
                out.append(info.filename)
                if info.flag_bits & 1:
                    state["pw"] = True
                    continue
                b = z.read(info.filename)
                out.append(file_text(info.filename, b, guess_ctype(info.filename), state))
            return "\n".join(out)
        if ext in ("csv", "txt") or ctype.startswith("text/plain"):
            return data.decode("utf-8")
        if ext == "ics" or ctype == "text/calendar":
            s = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in s or "END:VCALENDAR" not in s:
                raise Unreadable("ics")
            return re.sub(r"\r\n[ \t]", "", s).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        if ext in ("jpg", "jpeg", "png") or ctype.startswith("image/"):
            from PIL import Image
            im = Image.open(io.BytesIO(data))
            im.load()
            return ""
        raise Unreadable(f"unknown format {name} {ctype}")
    except Unreadable:
        raise
    except Exception as e:  # noqa: BLE001 - any parser failure means "cannot be inspected"
        raise Unreadable(f"{name}: {type(e).__name__}")


HDR_SKIP = {"received", "dkim-signature", "authentication-results", "message-id", "date", "mime-version",
            "content-type", "content-transfer-encoding", "thread-index", "x-ms-tnef-correlator", "x-ms-has-attach",
            "x-mailer", "content-disposition", "content-id"}


def msg_text(m, state, inline_ok=True):
    out = []
    for k, v in m.items():
        if k.lower() not in HDR_SKIP:
            out.append(f"{k}: {v}")
    ct = m.get_content_type()
    if ct == "application/pkcs7-mime" or ct == "multipart/encrypted":
        state["enc"] = True
        return "\n".join(out)
    if m.is_multipart():
        if ct == "multipart/signed":
            state["signed"] = True
            out.append(msg_text(m.get_payload(0), state))
            return "\n".join(out)
        for p in m.get_payload():
            out.append(msg_text(p, state))
        return "\n".join(out)
    if ct == "message/rfc822":
        out.append(msg_text(m.get_payload(0), state))
        return "\n".join(out)
    fn = m.get_filename()
    payload = m.get_payload(decode=True) or b""
    if fn:
        out.append(fn)
    if ct in ("text/plain", "text/html") and not fn:
        s = payload.decode(m.get_content_charset() or "utf-8")
        if "-----BEGIN PGP MESSAGE-----" in s:
            state["enc"] = True
        if ct == "text/html":
            s = re.sub(r"<[^>]+>", " ", s).replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        out.append(s)
        return "\n".join(out)
    if ct == "application/pgp-encrypted" or ct == "application/pkcs7-signature":
        return "\n".join(out)
    is_inline = bool(m.get("Content-ID")) and (m.get("Content-Disposition", "").startswith("inline"))
    try:
        sub = {}
        txt = file_text(fn, payload, ct, sub)
        if sub.get("scan"):
            state["scan"] = True
        if ct.startswith("image/") and not is_inline:
            state["scan"] = True
        if sub.get("pw"):
            state["pw"] = True
        out.append(txt)
    except Unreadable as e:
        state.setdefault("bad", []).append(str(e))
    return "\n".join(out)


def check(labels):
    errs = []
    bodies = {}
    for lab in labels:
        path = HERE / lab["file"]
        raw = path.read_bytes()
        m = BytesParser(policy=email_policy.compat32).parsebytes(raw)
        sid = lab["id"]
        frm = parseaddr(m.get("From", ""))[1]
        if frm != lab["mail_from"]:
            errs.append(f"{sid}: From {frm} != {lab['mail_from']}")
        hdr_rcpts = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", []))]
        if not set(hdr_rcpts) <= set(lab["rcpt_to"]):
            errs.append(f"{sid}: To/Cc not within rcpt_to")
        if m.get("Bcc"):
            errs.append(f"{sid}: Bcc header present")
        if not m.get("Date") or not m.get("Message-ID"):
            errs.append(f"{sid}: missing Date/Message-ID")
        if not lab["mail_from"].endswith("@" + INTERNAL):
            errs.append(f"{sid}: sender not internal")
        if all(a.endswith("@" + INTERNAL) for a in lab["rcpt_to"]):
            errs.append(f"{sid}: no external recipient")
        state = {}
        subj = m.get("Subject", "")
        from email.header import decode_header, make_header
        subj = str(make_header(decode_header(subj)))
        text = msg_text(m, state)
        f, t = lab["facts"], lab["truth"]
        bad = state.get("bad", [])
        if f["opaque"] == "corrupt":
            if not bad:
                errs.append(f"{sid}: uninspectable case but everything parses")
        elif bad:
            errs.append(f"{sid}: unreadable part(s) {bad}")
        if f["opaque"] == "scan" and not state.get("scan"):
            errs.append(f"{sid}: scan case without an image-only part")
        if f["opaque"] != "scan" and state.get("scan"):
            errs.append(f"{sid}: image-only part in a non-scan case")
        if f["pw"] and not state.get("pw"):
            errs.append(f"{sid}: pw case with no encrypted part")
        if not f["pw"] and state.get("pw"):
            errs.append(f"{sid}: encrypted part but pw false")
        if f["encrypted"] != bool(state.get("enc")):
            errs.append(f"{sid}: encrypted flag {f['encrypted']} vs body {bool(state.get('enc'))}")
        found = find_ninos(text + "\n" + subj)
        readable = not (f["encrypted"] or f["opaque"] or f["pw"])
        if len(found) > t["ninos"] or (readable and len(found) != t["ninos"]):
            errs.append(f"{sid}: {len(found)} valid NINOs found, truth {t['ninos']}")
        if not readable and has_data(t):
            errs.append(f"{sid}: truth must be empty for unreadable cases")
        for num in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\b07\d{3} ?\d{6}\b", text):
            dn = num.replace(" ", "")
            if not (dn.startswith("07700900") or dn.startswith("01134960") or dn.startswith("01614960")
                    or dn.startswith("02079460")):
                errs.append(f"{sid}: phone outside drama ranges: {num}")
        for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", text.replace(" ", "")):
            if not iban_ok(ib):
                errs.append(f"{sid}: bad IBAN {ib}")
        first_body = next((p.get_payload(decode=True) for p in m.walk() if p.get_content_maintype() == "text"), b"") or b""
        fk_ = hashlib.sha1(first_body).hexdigest()
        if first_body and fk_ in bodies:
            errs.append(f"{sid}: same body as {bodies[fk_]}")
        bodies[fk_] = sid
        act, rule = derive(lab, subj)
        if (act, rule) != (lab["expected_action"], lab["rule"]):
            errs.append(f"{sid}: label {lab['expected_action']}/{lab['rule']} but rules give {act}/{rule} ({lab['scenario']})")
        if rule == "no_claimant_data" and has_data(t):
            errs.append(f"{sid}: no_claimant_data with non-empty truth")
    # distinct bodies
    return errs


# ----------------------------------------------------------------------------- main
def build():
    _patch_randomness()
    for fn in SCEN:
        fn()
    order = list(range(len(CASES)))
    random.Random(20251203).shuffle(order)
    MAIL.mkdir(exist_ok=True)
    for old in MAIL.glob("hf-*.eml"):
        old.unlink()
    labels = [None] * len(CASES)
    seen = {}
    for pos, ci in enumerate(order):
        key, m, crlf, lab = CASES[ci]
        hid = f"hf-{pos + 1:03d}"
        pol = email_policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=998)
        raw = m.as_bytes(policy=pol)
        (MAIL / f"{hid}.eml").write_bytes(raw)
        lab = {"id": hid, "file": f"mail/{hid}.eml", **lab}
        labels[pos] = lab
        body = re.sub(rb"^(Date|Message-ID|Thread-Index):.*$", b"", raw, flags=re.M)
        h = hashlib.sha1(body).hexdigest()
        if h in seen:
            raise SystemExit(f"duplicate message {key} and {seen[h]}")
        seen[h] = key
    with open(HERE / "labels.jsonl", "w") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    (HERE / "consent.txt").write_text("".join(a + "\n" for a in sorted(CONSENT)))
    return labels


def main():
    if "--check" in sys.argv:
        labels = [json.loads(l) for l in open(HERE / "labels.jsonl")]
        CONSENT.update(l.strip().lower() for l in open(HERE / "consent.txt") if l.strip())
    else:
        labels = build()
    errs = check(labels)
    from collections import Counter
    ca = Counter(l["expected_action"] for l in labels)
    cr = Counter(l["rule"] for l in labels)
    print(f"{len(labels)} messages: " + ", ".join(f"{k} {ca[k]}" for k in ("relay", "encrypt", "reject")))
    for r, n in sorted(cr.items()):
        print(f"  {r:34s} {n}")
    if errs:
        print("\nSELF-CHECK FAILED:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("self-check passed")




# ============================================================================= scenarios
def S(fk, rng, title="Employment Adviser", office=None):
    return Staff(fk, rng, title, office)


def E(fk, rng, key, title="HR Manager"):
    org, dom = EMP[key]
    return Ext(fk, rng, dom, title, org)


def body_html(text, tables=None, logo=False):
    return to_html(text, tables, logo_cid="image001.png@01DC4C2A.5E0F1B20" if logo else None)


def mail(scen, var, frm, to, subject, text, tables=None, html_only=False, text_only=False, logo=False, **kw):
    """Outlook-style: multipart/alternative (or HTML-only / text-only)."""
    tables = tables or []
    plain = text
    for i, t in enumerate(tables):
        plain = plain.replace(f"[[T{i}]]", text_table(t))
    html = None if text_only else body_html(text, [html_table(t) for t in tables], logo)
    emit(scen, var, (frm.name, frm.addr) if isinstance(frm, Staff) else frm, to, subject,
         text=None if html_only else plain, html=html, logo=logo and not text_only, **kw)


NC = dict(action="relay", rule="no_claimant_data")


# ---------------------------------------------------------------- A. words about nobody (relay)
@scenario
def nc_newsletter():
    fk, rng = rng_for("nc_newsletter")
    s = S(fk, rng, "Communications Officer")
    rates = [["Universal Credit standard allowance (monthly)", "2025/26"],
             ["Single, under 25", "£316.98"], ["Single, 25 or over", "£400.14"],
             ["Joint claimants, both under 25", "£497.55"], ["Joint claimants, one or both 25 or over", "£628.10"]]
    text = ("Trentside Times - October edition\n\nHi all,\n\nA bumper one this month.\n\n"
            "- Mental Health Awareness: 14 of you have now done the two-day MHFA course. Next cohort 18 Nov, Derby.\n"
            "- Recovery Month: huge thanks to the Leicester team for the recovery cafe open day - over 60 visitors.\n"
            "- Restart job starts hit 212 for Q2, 9% over profile. Nottingham North smashed it again.\n"
            "- Reminder: a criminal record is not a barrier to our programmes. Our Justice lead is running "
            "disclosure letter workshops for CMs in November.\n\n"
            "Published UC rates for reference (from GOV.UK), handy when you do better-off calcs:\n[[T0]]\n\n"
            "Have a good month,\n" + s.name + "\nComms, Trentside Works\n\n" + DISCLAIMERS[0])
    mail("nc_newsletter", "0", s, ["team.leaders@northstar-training.co.uk", "all.staff@bridgeway-support.org.uk"],
         "Trentside Times - October 2025", text, [rates], logo=True, truth=T(), facts=FX(),
         notes="newsletter with MHFA, recovery, criminal-record words and published UC rates; about nobody", **NC)


@scenario
def nc_job_advert_bcc():
    fk, rng = rng_for("nc_job_advert_bcc")
    s = S(fk, rng, "Employer Engagement Lead")
    bcc = [Person(fk, rng).email for _ in range(7)]
    text = ("Hi everyone,\n\nNew JOs just in from Kelham Foods (Colwick site) - 20 x Food Production Operatives.\n\n"
            "- £12.60/hr, days or nights, 4 on 4 off\n- No experience needed, full training and PPE\n"
            "- Guaranteed interview for Trentside participants - tell your CM by Friday\n\n"
            "Kelham are a Disability Confident employer. If you have a health condition or disability and need "
            "an adjustment at interview, just tell us. Having a criminal record won't automatically stop you "
            "applying - they look at each case.\n\nThanks\nTrentside Works Restart team (Nottingham)")
    mail("nc_job_advert_bcc", "0", ("Trentside Restart Nottingham", "restart.nottingham@" + INTERNAL),
         [("Trentside Restart Nottingham", "restart.nottingham@" + INTERNAL)], "Job opportunity: Food Production Operatives, Colwick",
         text, html_only=True, bcc=bcc, truth=T(), facts=FX(),
         notes="job advert to claimants in Bcc; health/criminal wording about nobody", **NC)


@scenario
def nc_mhfa_invite():
    fk, rng = rng_for("nc_mhfa_invite")
    s = S(fk, rng, "Learning & Development Coordinator")
    desc = ("Mental Health First Aid (England) refresher - half day.\nCovers: spotting signs of anxiety and depression, "
            "suicide awareness, substance misuse and self-care for staff.\nVenue: Trentside Works, Friar Lane, "
            "Leicester LE1 5RA (2nd floor training room). Lunch provided - let me know dietary needs.")
    ics = ics_bytes("TW-MHFA-20251118", "MHFA refresher (supply chain)", dt.datetime(2025, 11, 18, 9, 30), 210,
                    "Trentside Works, 18 Friar Lane, Leicester LE1 5RA", desc, (s.name, s.addr),
                    [("Bridgeway wellbeing team", "wellbeing@bridgeway-support.org.uk")])
    text = (f"Hi both,\n\nInvite attached for the MHFA refresher on 18/11. Places for 4 from Bridgeway and 4 from "
            f"Northstar. First come first served!\n\n{desc}\n" + signature(s))
    mail("nc_mhfa_invite", "0", s, ["wellbeing@bridgeway-support.org.uk", "cohort.admin@northstar-training.co.uk"],
         "MHFA refresher 18 Nov - supply chain places", text,
         atts=[Att("invite.ics", ics, "text/calendar")], truth=T(), facts=FX(),
         notes="training invitation (ICS) full of mental-health words, venue postcode is an office", **NC)


@scenario
def nc_disclosure_breakfast():
    fk, rng = rng_for("nc_disclosure_breakfast")
    s = S(fk, rng, "Justice Pathway Lead")
    e = E(fk, rng, "haulage", "Operations Director")
    desc = ("Employer breakfast: recruiting people with convictions. Hear from an employer who has hired 30+ prison leavers, "
            "what 'spent' means under the Rehabilitation of Offenders Act, DBS basics, and how the probation service "
            "supports people on licence into work. Coffee from 8.")
    ics = ics_bytes("TW-JUSTICE-BRK-07", "Employer breakfast - Fair Chance recruitment", dt.datetime(2025, 11, 7, 8, 0), 90,
                    "Lace Market Hotel conference room, Nottingham NG1 1HF", desc, (s.name, s.addr), [(e.name, e.addr)])
    text = (f"Morning {e.first},\n\nAs promised on the phone - invite for our Fair Chance breakfast. No obligation, "
            "just a chance to hear how other firms have done it.\n\n" + desc + "\n" + signature(s) + "\n\n" + DISCLAIMERS[1])
    mail("nc_disclosure_breakfast", "0", s, [e.addr], "Invitation: Fair Chance employer breakfast 7 Nov", text,
         atts=[Att("Fair Chance breakfast.ics", ics, "text/calendar")], truth=T(), facts=FX(),
         notes="criminal-record words (licence, prison leavers, DBS) in an employer event invite", **NC)


@scenario
def nc_staff_own_sick():
    fk, rng = rng_for("nc_staff_own_sick")
    s = S(fk, rng, "Team Leader (seconded to Bridgeway)")
    text = ("Hi Jo,\n\nJust to let you know I won't be in Thurs or Fri - I've got my own hospital appointment at QMC "
            "(knee op pre-assessment) and then physio. My fit note runs to the 14th, I've sent a copy to our HR.\n\n"
            "Cover: my Thurs caseload reviews are moved to next week, nothing urgent outstanding. Any problems ring my "
            f"mobile {s.mobile}.\n\nThanks\n{s.first}")
    mail("nc_staff_own_sick", "0", s, ["jo.team.lead@bridgeway-support.org.uk"], "Off Thu/Fri - hospital appt",
         text, text_only=True, truth=T(), facts=FX(), mailer="iphone", cte="7bit",
         notes="the sender's own hospital appointment and fit note: staff, not a data subject", **NC)


@scenario
def nc_invoice_bank():
    fk, rng = rng_for("nc_invoice_bank")
    s = S(fk, rng, "Finance Assistant")
    sc, acc = sortcode(rng), account(rng)
    rows = [["Item", "Qty", "Unit", "Total"], ["Room hire - Bulwell Hub (jobs fair 22/10)", "1", "£180.00", "£180.00"],
            ["Refreshments", "1", "£46.50", "£46.50"], ["VAT @20%", "", "", "£45.30"], ["Total due", "", "", "£271.80"]]
    pdf = pdf_bytes([("h", "INVOICE TW-INV-20458"), ("p", "Trentside Works Ltd, Carrington House, 41 Lower Parliament Street, Nottingham NG1 3QQ"),
                     ("p", "Bill to: Redbrick Recruitment Ltd, accounts payable"), ("t", rows),
                     ("p", f"Please pay by BACS to Trentside Works Ltd, sort code {sc}, account {acc}. Ref TW-INV-20458. Terms 30 days.")])
    text = (f"Hello,\n\nPlease find attached invoice TW-INV-20458 for the jobs fair room and refreshments.\n\n"
            f"Our bank details are on the invoice (Trentside Works Ltd, {sc}, {acc}) - please quote the invoice number.\n"
            + signature(s))
    mail("nc_invoice_bank", "0", s, ["accounts@" + AGENCY], "Invoice TW-INV-20458", text,
         atts=[Att("TW-INV-20458.pdf", pdf)], truth=T(), facts=FX(),
         notes="the provider's own sort code and account on an invoice", **NC)


@scenario
def nc_aggregate_tracker():
    fk, rng = rng_for("nc_aggregate_tracker")
    s = S(fk, rng, "Performance & MI Manager")
    summary = [["Month", "Referrals", "Starts", "Job starts", "Earnings outcomes"]] + [
        [m, rng.randint(300, 420), rng.randint(250, 380), rng.randint(40, 90), rng.randint(20, 55)] for m in ("Jul", "Aug", "Sep")]
    barriers = [["Self-reported barrier at assessment (Q2)", "Count", "%"],
                ["Mental health (anxiety, depression)", 311, "38%"], ["Physical health / MSK", 187, "23%"],
                ["Drug or alcohol dependency", 64, "8%"], ["Offending history / on licence", 71, "9%"],
                ["Caring responsibilities", 90, "11%"], ["ESOL need", 41, "5%"]]
    x = xlsx_bytes([{"title": "Summary", "rows": summary}, {"title": "Barriers", "rows": barriers},
                    {"title": "Pivot", "rows": [["Office", "MH %", "Substance %"], ["Nottingham", "41%", "9%"], ["Derby", "35%", "7%"], ["Leicester", "36%", "8%"]], "hidden": True}])
    text = (f"Hi Amrit,\n\nQ2 performance tracker attached ahead of Tuesday's PRM. Headlines:\n\n"
            "- job starts 9% above profile, earnings outcomes slightly behind in Leicester\n"
            "- MH remains the top reported barrier (38%); substance 8%; offending history 9%\n"
            "- the pivot tab is hidden but it's there if you want the office split\n" + signature(s))
    mail("nc_aggregate_tracker", "0", s, ["amrit.performance-manager@dwp.gov.uk"], "WHP Q2 performance tracker - Trentside Works",
         text, atts=[Att("WHP_Q2_tracker_Trentside.xlsx", x)], truth=T(), facts=FX(),
         notes="aggregate barrier statistics (incl. hidden pivot sheet) to DWP", **NC)


@scenario
def nc_blank_template():
    fk, rng = rng_for("nc_blank_template")
    s = S(fk, rng, "Quality & Compliance Officer")
    rows = [["Field", "Answer"], ["Participant name", ""], ["National Insurance number", ""], ["Date of birth", ""],
            ["Benefit(s) claimed and amount", ""], ["Health conditions / disability", ""], ["Unspent convictions? Y/N", ""],
            ["Drug or alcohol support needed?", ""], ["Children (names and ages)", ""], ["Consent signed", ""]]
    d = docx_bytes([("h", "Trentside Works - Specialist Support Referral Form v3.2"),
                    ("p", "Complete all sections. Do NOT e-mail a completed form unencrypted - use the secure portal."),
                    ("t", rows)])
    text = ("Hi all,\n\nUpdated blank referral template (v3.2) attached - changes are the consent box and the new "
            "convictions question wording. Please bin v3.1.\n\nReminder: completed forms go via the portal or encrypted, never plain e-mail.\n"
            + signature(s))
    mail("nc_blank_template", "0", s, ["referrals@bridgeway-support.org.uk", "admin@northstar-training.co.uk"],
         "Referral form v3.2 (blank template)", text, atts=[Att("Referral_form_v3.2_BLANK.docx", d)],
         truth=T(), facts=FX(), notes="blank template with NINO/DOB/health/conviction field labels", **NC)


@scenario
def nc_lookalikes():
    fk, rng = rng_for("nc_lookalikes")
    s = S(fk, rng, "PRaP Administrator")
    text = ("Hi,\n\nQuick one on the PRaP upload errors from yesterday:\n\n"
            "- row errors with 'QQ 12 34 56 C' are the training specimen number someone left in the template, ignore\n"
            "- TN 12 34 56 A style numbers are temporary references, not NINOs - they will always reject\n"
            "- three rows had suffix E (e.g. AB 45 67 89 E) which isn't valid either\n"
            "- booking refs like BKG-220145-C are from the room system, not participant data\n"
            "- our Companies House number is 08812345 if the portal asks again\n\n"
            "I've re-run the file, 0 errors now. No participant details in this e-mail on purpose.\n" + signature(s))
    mail("nc_lookalikes", "0", s, ["prap.queries@dwp.gsi.gov.uk"], "PRaP upload errors - resolved", text,
         truth=T(), facts=FX(), notes="NINO look-alikes: QQ specimen, TN temporary ref, suffix E, booking ref", **NC)


@scenario
def nc_rota():
    fk, rng = rng_for("nc_rota")
    s = S(fk, rng, "Office Manager (Derby)")
    rows = [["Adviser", "Mon", "Tue", "Wed", "Thu", "Fri", "Work mobile"]]
    for _ in range(8):
        rows.append([fk.name()] + [rng.choice(["Derby", "Ilkeston", "Home", "Food bank outreach", "Jobcentre"]) for _ in range(5)] + [mobile(rng)])
    x = xlsx_bytes([{"title": "Nov rota", "rows": rows}])
    text = ("Hi Sue,\n\nNovember outreach rota attached so your volunteers know who's coming on which day. "
            "Work mobiles are in column G if you need to reach the adviser on the day.\n" + signature(s))
    mail("nc_rota", "0", s, ["sue.coordinator@" + FOODBANK], "Nov outreach rota - Trentside advisers", text,
         atts=[Att("Outreach_rota_Nov25.xlsx", x)], truth=T(), facts=FX(), notes="staff rota with work mobiles", **NC)


@scenario
def nc_employer_contacts():
    fk, rng = rng_for("nc_employer_contacts")
    s = S(fk, rng, "Employer Engagement Adviser")
    rows = [["Employer", "Contact", "Role", "Phone", "E-mail"]]
    for k in ("kelham", "haulage", "care", "hotel", "wh"):
        org, dom = EMP[k]
        n = fk.name()
        rows.append([org, n, rng.choice(["HR Manager", "Site Manager", "Recruitment Partner"]), landline(rng),
                     re.sub(r"[^a-z.]", "", n.lower().replace(" ", ".")) + "@" + dom])
    c = csv_bytes(rows)
    text = ("Hi Dev,\n\nAs discussed, the employer contacts we're happy to share for the joint recruitment days. "
            "Please don't cold-call them, go through me first for the first approach.\n" + signature(s))
    mail("nc_employer_contacts", "0", s, ["dev.consultant@" + AGENCY], "Employer contacts for joint recruitment days",
         text, atts=[Att("employer_contacts.csv", c, "text/csv")], truth=T(), facts=FX(),
         notes="employer contact list: business contacts are not data subjects", **NC)


@scenario
def nc_rates_nested():
    fk, rng = rng_for("nc_rates_nested")
    s = S(fk, rng, "Welfare Benefits Adviser")
    inner = MIMEText("DWP Provider Bulletin - benefit rates 2025/26\n\nFrom April the following weekly rates apply:\n"
                     "- ESA (assessment phase), 25 or over: £92.05\n- New style JSA, 25 or over: £92.05\n"
                     "- PIP daily living, enhanced: £110.40; standard: £73.90\n- Carer's Allowance: £83.30\n\n"
                     "Universal Credit LCWRA element: £423.27 a month.\n", "plain", _cs("qp"))
    inner["From"] = "Provider Bulletin <provider.bulletin@dwp.gov.uk>"
    inner["To"] = "whp.dataexchange@" + INTERNAL
    inner["Subject"] = "Provider bulletin: 2025/26 benefit rates"
    inner["Date"] = "Mon, 07 Apr 2025 09:00:00 +0100"
    text = ("Hi Priya,\n\nForwarding the DWP rates bulletin (attached) for your advice sessions at the college - "
            "useful for the ESA/PIP questions students' parents always ask.\n" + signature(s))
    mail("nc_rates_nested", "0", s, ["priya.student-services@" + COLLEGE], "FW: Provider bulletin: 2025/26 benefit rates",
         text, atts=[Att("Provider bulletin 2025-26 rates.eml", None, rfc822=inner)], truth=T(), facts=FX(),
         notes="published benefit rates in a nested message/rfc822", **NC)


@scenario
def nc_training_roleplay():
    fk, rng = rng_for("nc_training_roleplay")
    s = S(fk, rng, "Senior Trainer")
    pdf = pdf_bytes([("h", "Disclosure conversations - practice scenarios (FICTIONAL)"),
                     ("p", "All scenarios below are invented for training. Do not use real participant details in role play."),
                     ("p", "Scenario A: a fictional participant, 'Alex', served 18 months for a driving offence and is now on licence. "
                           "Practise helping Alex explain this to an employer in 30 seconds."),
                     ("p", "Scenario B: 'Sam' (fictional) has been in recovery from alcohol dependency for two years and is worried "
                           "about a gap on the CV. What would you suggest?"),
                     ("p", "Scenario C: 'Jordan' (fictional) has bipolar disorder and is unsure whether to disclose.")])
    text = ("Hi Northstar tutors,\n\nSlides and scenario cards for Thursday's disclosure workshop attached. Scenarios are "
            "all made up - please keep it that way in the room.\n" + signature(s))
    mail("nc_training_roleplay", "0", s, ["tutors@northstar-training.co.uk"], "Disclosure workshop - scenario cards",
         text, atts=[Att("Disclosure_scenarios_FICTIONAL.pdf", pdf)], truth=T(), facts=FX(),
         notes="fictional training scenarios (licence, recovery, bipolar) about nobody", **NC)


@scenario
def nc_jo_bulletin():
    fk, rng = rng_for("nc_jo_bulletin")
    s = S(fk, rng, "Employer Account Manager")
    rows = [["Employer", "Role", "Location", "Pay", "Closing"],
            ["Clifton Park Warehousing", "Warehouse Operative x15", "Clifton NG11", "£12.40/hr", "14/11"],
            ["Castle Rock Care Homes", "Care Assistant x6", "Beeston", "£12.75/hr", "21/11"],
            ["Lacebus Transport", "Trainee Bus Driver x8", "Nottingham", "£13.10/hr + training", "30/11"],
            ["Soar Lane Hotels", "Housekeeper (part time)", "Leicester LE2", "£12.21/hr", "ongoing"],
            ["Derwent Precision Engineering", "CNC Setter", "Derby DE24", "£31k", "28/11"]]
    text = ("All,\n\nThis week's JOs below - please share with your caseloads. Lacebus will consider people with "
            "points on their licence (up to 6) and there's a guaranteed interview for WHP participants.\n\n[[T0]]\n\n"
            "Cheers\n" + s.first)
    mail("nc_jo_bulletin", "0", s, ["advisers@bridgeway-support.org.uk", "advisers@northstar-training.co.uk"],
         "JOs w/c 10 Nov", text, [rows], html_only=True, truth=T(), facts=FX(), cte="b64",
         notes="vacancy bulletin; 'points on their licence' is a driving licence, not probation", **NC)


@scenario
def nc_contract_minutes():
    fk, rng = rng_for("nc_contract_minutes")
    s = S(fk, rng, "Supply Chain Manager")
    text = ("Hi Bridgeway,\n\nNotes from Wednesday's contract review:\n\n"
            "1. Performance: 47 job starts YTD against 52 profile. Agreed recovery plan, focus on the ESA cohort.\n"
            "2. Referrals: 23 participants referred to the health pathway in Sept, 19 engaged; ETE outcomes flat.\n"
            "3. Compliance: 2 files missing signed consent - fix by 30/11.\n"
            "4. Safeguarding: one concern raised and closed via the usual route (no details here, see case system).\n"
            "5. AOB: Christmas closure 24/12 - 2/1.\n\nActions in the attached tracker.\n" + signature(s) + "\n\n" + DISCLAIMERS[0])
    mail("nc_contract_minutes", "0", s, ["contracts@bridgeway-support.org.uk"], "Contract review notes - 29 Oct",
         text, truth=T(), facts=FX(), logo=True, notes="minutes with counts of ESA/health participants, no individuals", **NC)


@scenario
def nc_foodbank_process():
    fk, rng = rng_for("nc_foodbank_process")
    s = S(fk, rng, "Community Partnerships Officer")
    text = ("Hi Meadows team,\n\nFrom 1 December our advisers will issue food bank vouchers through your online "
            "referral portal rather than paper. Nothing changes for people using the food bank - they still bring the "
            "voucher code. We'll stop including any personal details in e-mails to you; it all goes through the portal.\n\n"
            "Could you confirm the portal login for our 4 Nottingham offices?\n" + signature(s))
    mail("nc_foodbank_process", "0", s, ["referrals@" + FOODBANK], "Change to voucher referrals from 1 Dec", text,
         truth=T(), facts=FX(), notes="process change with no individuals", **NC)


@scenario
def nc_running_late():
    fk, rng = rng_for("nc_running_late")
    s = S(fk, rng, "Employer Engagement Adviser")
    e = E(fk, rng, "wh", "Site Manager")
    mail("nc_running_late", "0", s, [e.addr], "Re: site visit", "Running 10 mins late, sat on the A52. Be there by 2.10\n\nSent from my iPhone",
         text_only=True, truth=T(), facts=FX(), mailer="iphone", cte="7bit", notes="iPhone one-liner", **NC)


@scenario
def nc_room_thread():
    fk, rng = rng_for("nc_room_thread")
    s = S(fk, rng, "Team Leader")
    e = Ext(fk, rng, COUNCIL, "Community Centre Bookings", "Broadmarsh City Council")
    q1 = ("Hi " + s.first + ",\n\nYes, the Sneinton community room is free on Tuesdays 1-4 from the 11th. £25 per "
          "session. Wi-Fi is patchy at the back.\n\nRegards\n" + e.name + "\nCommunity Centres, Broadmarsh City Council\n"
          + e.phone + "\n\nThis e-mail may contain information about health or criminal offences which is exempt from "
          "disclosure. If received in error please notify the council.")
    text = ("Great, please book Tuesdays 1-4 for 6 weeks from 11 Nov. Invoice to Trentside Works finance.\n" + signature(s)
            + "\n\n" + DISCLAIMERS[1] + quote_block(f"{e.name} <{e.addr}>", sent_str(rng), f"{s.name} <{s.addr}>",
                                                   "RE: Room for outreach sessions", q1))
    mail("nc_room_thread", "0", s, [e.addr], "RE: Room for outreach sessions", text, truth=T(), facts=FX(),
         notes="quoted thread; two disclaimers mention health and criminal offences", **NC)


@scenario
def nc_course_timetable():
    fk, rng = rng_for("nc_course_timetable")
    s = S(fk, rng, "Skills Coordinator")
    rows = [["Course", "Start", "Days", "Venue", "Places"], ["ESOL Entry 2", "03/11/2025", "Mon/Wed", "Clarendon campus", 12],
            ["Functional Skills Maths L1", "04/11/2025", "Tue", "Online", 15], ["CSCS + Level 1 H&S", "10/11/2025", "Mon-Fri", "Highfields", 10],
            ["Food Hygiene L2", "17/11/2025", "Thu", "Clarendon campus", 14]]
    text = ("Hi Mark,\n\nHere's the block of course places we'd like to reserve for Trentside participants this term "
            "(CSV attached). Names to follow nearer the time via the usual referral route.\n" + signature(s))
    mail("nc_course_timetable", "0", s, ["mark.partnerships@" + COLLEGE], "Reserved course places - autumn term",
         text, atts=[Att("course_places.csv", csv_bytes(rows), "text/csv")], truth=T(), facts=FX(), notes="course timetable CSV", **NC)


@scenario
def nc_survey():
    fk, rng = rng_for("nc_survey")
    s = S(fk, rng, "Customer Insight Analyst")
    rows = [["Question", "Agree", "Neutral", "Disagree", "n"], ["My adviser understood my health condition", "81%", "12%", "7%", 402],
            ["I felt comfortable talking about my convictions", "64%", "21%", "15%", 118],
            ["Support helped with my mental health", "72%", "18%", "10%", 377], ["I'd recommend Trentside", "86%", "9%", "5%", 455]]
    pdf = pdf_bytes([("h", "Participant voice survey - Q2 2025/26 (aggregate)"), ("p", "Responses are anonymous. Cells under 10 suppressed."), ("t", rows)])
    text = "Hi,\n\nQ2 survey results as requested for the partnership board pack.\n" + signature(s)
    mail("nc_survey", "0", s, ["board.secretary@" + COUNCIL], "Participant survey Q2 - aggregate results", text,
         atts=[Att("Participant_voice_Q2.pdf", pdf)], truth=T(), facts=FX(), notes="aggregate survey (health, convictions) in a PDF table", **NC)


@scenario
def nc_smime_signed():
    fk, rng = rng_for("nc_smime_signed")
    s = S(fk, rng, "Head of Contracts")
    body = ("Dear colleagues,\n\nPlease find below confirmation of contract variation CV-07 (WHP JETS extension): "
            "the referral profile for Derby is increased by 60 starts to March 2026 and the price per outcome is unchanged.\n\n"
            "This message is digitally signed.\n\n" + s.name + "\nHead of Contracts, Trentside Works\n")

    def make(b):
        outer = MIMEMultipart("signed", boundary=b.boundary(), protocol="application/pkcs7-signature", micalg="sha-256")
        outer.attach(MIMEText(body, "plain", _cs("qp")))
        sig = MIMEApplication(smime_signature(rng, s.addr), "pkcs7-signature", name="smime.p7s")
        sig.add_header("Content-Disposition", "attachment", filename="smime.p7s")
        outer.attach(sig)
        return outer
    emit("nc_smime_signed", "0", (s.name, s.addr), ["contracts@northstar-training.co.uk"], "Contract variation CV-07 confirmation",
         body_override=make, truth=T(), facts=FX(), notes="S/MIME signed-only (readable), no claimant data", **NC)


@scenario
def nc_dea_clinic():
    fk, rng = rng_for("nc_dea_clinic")
    s = S(fk, rng, "Health Pathway Lead")
    desc = ("Monthly joint DEA clinic at Trentside Bulwell Hub. Open to any WHP participant with a health condition or "
            "disability who wants advice on Access to Work, reasonable adjustments or fit notes. Drop-in, no booking.")
    ics = ics_bytes("TW-DEA-CLINIC-NOV", "Joint DEA clinic - Bulwell", dt.datetime(2025, 11, 20, 10, 0), 180,
                    "Trentside Works Bulwell Hub, Main Street, Nottingham NG6 8QJ", desc, (s.name, s.addr),
                    [("Bulwell DEA", "bulwell.dea@dwp.gov.uk")])
    mail("nc_dea_clinic", "0", s, ["bulwell.dea@dwp.gov.uk"], "Joint DEA clinic 20 Nov", "Hi,\n\nInvite for the next joint clinic.\n\n" + desc + "\n" + signature(s),
         atts=[Att("DEA clinic.ics", ics, "text/calendar")], truth=T(), facts=FX(), crlf=True,
         notes="DEA clinic invite to DWP; health words about nobody; CRLF", **NC)


@scenario
def nc_leave_planner():
    fk, rng = rng_for("nc_leave_planner")
    s = S(fk, rng, "Team Leader (Leicester)")
    rows = [["Staff", "Role", "Leave dates", "Cover", "Home phone (do not share)"]]
    for _ in range(6):
        rows.append([fk.name(), rng.choice(["CM", "EA", "TL"]), f"{rng.randint(1, 20)}/12 - {rng.randint(21, 31)}/12", fk.first_name(), landline(rng)])
    x = xlsx_bytes([{"title": "Xmas leave", "rows": rows, "hidden_cols": ["E"]}])
    text = ("Hi Gemma,\n\nOur Christmas leave planner so Bridgeway know who to chase. I've hidden the staff contact "
            "column - ignore it.\n" + signature(s))
    mail("nc_leave_planner", "0", s, ["gemma.ops@bridgeway-support.org.uk"], "Xmas leave planner - Leicester",
         text, atts=[Att("Leicester_leave_planner.xlsx", x)], truth=T(), facts=FX(), notes="staff leave planner with hidden staff phone column", **NC)


@scenario
def nc_wellbeing():
    fk, rng = rng_for("nc_wellbeing")
    s = S(fk, rng, "People & Wellbeing Partner")
    text = ("Hi Northstar and Bridgeway colleagues,\n\nOur shared wellbeing bulletin:\n\n"
            "- Menopause cafe, 12 Nov, Teams - open to all genders\n- Gambling harms: free, confidential support from GamCare 0808 8020 133\n"
            "- Ramadan and other faith observances: managers, please check the updated flexible working guidance\n"
            "- EAP: our Employee Assistance Programme covers counselling, debt advice and alcohol support\n"
            "- Pride network: next meet-up 27 Nov, allies welcome\n\nLook after yourselves,\n" + s.name)
    mail("nc_wellbeing", "0", s, ["hr@northstar-training.co.uk", "hr@bridgeway-support.org.uk"],
         "Wellbeing bulletin - November", text, truth=T(), facts=FX(), logo=True, cte="b64",
         notes="staff wellbeing bulletin: religion, sexual orientation, alcohol words about nobody", **NC)


@scenario
def nc_odt_forum():
    fk, rng = rng_for("nc_odt_forum")
    s = S(fk, rng, "Supply Chain Manager")
    o = odt_bytes([("h", "Supply chain forum - minutes 23 October 2025"),
                   ("p", "Present: Trentside Works, Northstar Training, Bridgeway Support."),
                   ("p", "1. Health pathway capacity: Bridgeway waiting list down to 9 working days."),
                   ("p", "2. Justice cohort: referrals from probation up 20%; joint protocol refresh due Jan."),
                   ("t", [["Action", "Owner", "Due"], ["Refresh probation protocol", "TW Justice Lead", "Jan"], ["Share MHFA dates", "Bridgeway", "Nov"]])])
    mail("nc_odt_forum", "0", s, ["forum@northstar-training.co.uk", "forum@bridgeway-support.org.uk"],
         "Supply chain forum minutes (ODT)", "All,\n\nMinutes attached in ODT as Northstar asked.\n" + signature(s),
         atts=[Att("Forum_minutes_231025.odt", o)], truth=T(), facts=FX(), notes="ODT minutes", **NC)


@scenario
def nc_encrypt_policy():
    fk, rng = rng_for("nc_encrypt_policy")
    s = S(fk, rng, "Information Governance Lead")
    text = ("Hi both,\n\nReminder of the rules for sending data to us (short version of DWP Chapter 8):\n\n"
            "- one name only, nothing else, can go plain\n- up to 10 CVs / application forms / interview letters can go plain\n"
            "- lists up to 500 names with NINOs and appointment dates can go plain, but never DOBs, addresses, phone numbers or benefit amounts\n"
            "- NEVER plain: DOB, bank details, health or mental health, drugs/alcohol, criminal records, benefit payments, "
            "children's names and ages, ethnicity, sexual orientation, NINOs on their own\n\n"
            "If in doubt, put [ENCRYPT] ... sorry, I mean type the word ENCRYPT in square brackets in the subject line.\n" + signature(s))
    mail("nc_encrypt_policy", "0", s, ["ig@northstar-training.co.uk", "ig@bridgeway-support.org.uk"],
         "IG reminder: what can go by plain e-mail", text, truth=T(), facts=FX(),
         notes="policy summary listing every category; the tag appears in the body, not the subject", **NC)


@scenario
def nc_print_order():
    fk, rng = rng_for("nc_print_order")
    s = S(fk, rng, "Marketing Assistant")
    card = luhn_card(rng, "5")
    text = ("Hi Beeston Printworks,\n\nOrder for 2,000 A5 leaflets ('Struggling with your health? Restart can help') "
            "and 500 posters for the jobcentres. Artwork attached last week.\n\nPlease charge the company purchasing card "
            f"ending {card[-4:]} as before - ring me for the full number, don't e-mail it.\n" + signature(s))
    mail("nc_print_order", "0", s, ["orders@" + PRINT], "Leaflet order PO 44718", text, truth=T(), facts=FX(),
         notes="print order; card's last four digits only; health words in leaflet title", **NC)


@scenario
def nc_ooo_chain():
    fk, rng = rng_for("nc_ooo_chain")
    s = S(fk, rng, "Career Coach")
    p = Ext(fk, rng, PROBATION, "Probation Practitioner", "East Midlands Probation")
    q = (f"Hi {s.first},\n\nCould you send me dates for the next employability induction? I have a few people on my "
         f"caseload who might benefit, I'll refer them properly through the portal.\n\n{p.name}\nProbation Practitioner | "
         f"Nottingham City PDU\n{p.phone}\n\nOFFICIAL - this e-mail may contain details of offending and risk.")
    text = ("Hi " + p.first + ",\n\nNext inductions: 12 Nov and 26 Nov, 10am, Carrington House. Referrals via the portal as usual, "
            "and I'll confirm each one back to you.\n" + signature(s)
            + quote_block(f"{p.name} <{p.addr}>", sent_str(rng), s.addr, "Induction dates?", q))
    mail("nc_ooo_chain", "0", s, [p.addr], "RE: Induction dates?", text, truth=T(), facts=FX(), crlf=True,
         notes="to probation about dates; probation officer is staff of a third party; OFFICIAL footer", **NC)


@scenario
def nc_hsf_query():
    fk, rng = rng_for("nc_hsf_query")
    s = S(fk, rng, "Money & Debt Adviser")
    text = ("Hi Housing Options,\n\nGeneral question, no individual case: is the Household Support Fund still open for "
            "people on UC or PIP who don't have children? And is the £150 energy award per household or per claim? "
            "Our advisers keep getting asked.\n\nThanks\n" + s.name + "\nMoney & Debt Adviser")
    mail("nc_hsf_query", "0", s, ["housingoptions@" + COUNCIL], "General query - Household Support Fund criteria",
         text, text_only=True, truth=T(), facts=FX(), notes="general benefits question, an amount that is not anyone's payment", **NC)


@scenario
def nc_referee_request_template():
    fk, rng = rng_for("nc_referee_template")
    s = S(fk, rng, "Quality Officer")
    d = docx_bytes([("h", "Reference request letter - TEMPLATE"), ("p", "Dear [Referee name],"),
                    ("p", "[Participant name] has applied for the role of [job title] and has given your name as a referee. "
                          "Please confirm dates of employment, reason for leaving and sickness absence in the last two years."),
                    ("p", "Yours sincerely, [Adviser name]")])
    mail("nc_referee_request_template", "0", s, ["quality@northstar-training.co.uk"], "Template: reference request letter",
         "Hi,\n\nNew template for reference requests, placeholders in square brackets.\n" + signature(s),
         atts=[Att("Reference_request_TEMPLATE.docx", d)], truth=T(), facts=FX(), notes="letter template with placeholders only", **NC)



# ---------------------------------------------------------------- CV machinery
JOBS = [("Warehouse Operative", "Clifton Park Warehousing", "picking, packing, RF scanner, reach truck (counterbalance licence)"),
        ("Kitchen Porter", "The Cross Keys, Beeston", "pot wash, prep, deep clean, food hygiene level 2"),
        ("Care Assistant", "Elm Bank Residential Home", "personal care, medication rounds (trained), end-of-life care"),
        ("Retail Assistant", "Broadmarsh Discount Store", "tills, cash-up, stock rotation, customer queries"),
        ("Delivery Driver", "Swift Parcels (self-employed)", "multi-drop, 120 stops a day, route planning"),
        ("Cleaner", "Midshire Facilities", "office and hospital cleaning, COSHH trained"),
        ("Machine Operator", "Long Eaton Plastics", "injection moulding, quality checks, 12-hour shifts"),
        ("Security Officer", "Guardline Security", "SIA door supervisor, CCTV, event stewarding"),
        ("Customer Service Adviser", "Soar Valley Energy call centre", "inbound calls, complaints, CRM"),
        ("Labourer", "Trent Build (agency)", "CSCS green card, groundworks, site clean"),
        ("Hotel Housekeeper", "Lace Market Lodge", "room servicing, laundry, linen stock"),
        ("Bus Cleaner", "Lacebus depot", "nights, vehicle valeting, fuelling")]
PROFILES = [
    "Reliable and hard-working, I like being busy and I'm happy on my feet all day.",
    "Friendly team player with a good attendance record who picks things up quickly.",
    "Calm under pressure, used to targets, and always the one who stays to finish the job.",
    "Looking to get back into work after a career break; organised, punctual and keen to learn.",
    "Practical and careful, with an eye for detail and experience of working to safety rules.",
    "Good with customers and comfortable using tills, scanners and handheld devices.",
]
SKILLS = ["Full UK driving licence", "Forklift (counterbalance) certificate", "Food Hygiene Level 2", "First Aid at Work",
          "CSCS card", "Microsoft Word and Excel", "Manual handling", "Customer Service NVQ Level 2", "SIA licence"]


def cv_parts(p, fk, rng, referees=True, extra_lines=()):
    jobs = rng.sample(JOBS, 2 + rng.randint(0, 1))
    yr = 2024
    hist = []
    for t, org, d in jobs:
        y0 = yr - rng.randint(1, 4)
        hist.append((f"{t}, {org} ({y0}-{yr})", d))
        yr = y0
    refs = []
    if referees:
        for _ in range(2):
            n = fk.name()
            refs.append(f"{n}, {rng.choice(['Shift Manager', 'Supervisor', 'Team Leader'])}, {rng.choice(JOBS)[1]}, {landline(rng)}")
    return {"name": p.name, "contact": f"{p.address} | {p.mobile} | {p.email}", "profile": rng.choice(PROFILES),
            "hist": hist, "skills": rng.sample(SKILLS, 3), "edu": rng.choice(["GCSEs incl. English and Maths, Bulwell Academy",
                                                                               "Level 1 Functional Skills Maths and English",
                                                                               "NVQ Level 2 Health and Social Care",
                                                                               "BTEC Level 2 Sport, Clarendon College"]),
            "refs": refs, "extra": list(extra_lines)}


def cv_blocks(c, layout="classic"):
    if layout == "table":
        rows = [["Name", c["name"]], ["Contact", c["contact"]], ["Profile", c["profile"]]]
        rows += [["Experience", f"{h} - {d}"] for h, d in c["hist"]]
        rows += [["Skills", ", ".join(c["skills"])], ["Education", c["edu"]]]
        rows += [["Extra", x] for x in c["extra"]]
        rows += [["Referee", r] for r in c["refs"]] or [["References", "Available on request"]]
        return [("h", "Curriculum Vitae"), ("t", rows)]
    b = [("h", c["name"]), ("p", c["contact"]), ("h", "Personal profile", 2), ("p", c["profile"]), ("h", "Work history", 2)]
    for h, d in c["hist"]:
        b += [("p", h), ("p", "  " + d)]
    b += [("h", "Skills and certificates", 2), ("p", "; ".join(c["skills"])), ("h", "Education", 2), ("p", c["edu"])]
    for x in c["extra"]:
        b.append(("p", x))
    b.append(("h", "References", 2))
    b += [("p", r) for r in c["refs"]] or [("p", "Available on request")]
    return b


def cv_text(c):
    out = [c["name"].upper(), c["contact"], "", "PROFILE", c["profile"], "", "EXPERIENCE"]
    for h, d in c["hist"]:
        out += [h, "  " + d]
    out += ["", "SKILLS", ", ".join(c["skills"]), "", "EDUCATION", c["edu"]] + c["extra"] + ["", "REFERENCES"]
    out += c["refs"] or ["Available on request"]
    return "\n".join(out)


def cv_file(c, fmt, layout="classic"):
    b = cv_blocks(c, layout)
    if fmt == "docx":
        return docx_bytes(b, author="Trentside Works")
    if fmt == "pdf":
        return pdf_bytes([x if x[0] != "h" or len(x) == 2 else ("h", x[1]) for x in b])
    if fmt == "odt":
        return odt_bytes([x[:2] for x in b])
    raise ValueError(fmt)


def cv_bundle_pdf(cvs):
    blocks = []
    for i, c in enumerate(cvs):
        if i:
            blocks.append(("pb",))
        blocks += [x[:2] for x in cv_blocks(c, "classic")]
    return pdf_bytes(blocks)


# ---------------------------------------------------------------- B. CVs
@scenario
def cv_to_claimant():
    specs = [("docx", "classic", "gmail.com"), ("pdf", "classic", "outlook.com"), ("body", None, "btinternet.com"),
             ("odt", None, "yahoo.co.uk"), ("docx", "table", "gmail.com"), ("pdf", "classic", "gmail.com")]
    intros = [
        "Hi {f},\n\nAs promised in this morning's session, here's your updated CV with the new forklift ticket added. "
        "Have a read and shout if anything's wrong.\n\nGood luck with the Clifton Park application!",
        "Hello {f},\n\nYour CV is attached as a PDF so it looks the same on any phone. I've put your two referees on "
        "the back page as you asked - remember to let them know they might get a call.",
        "Hi {f},\n\nYou asked for your CV in the body of the e-mail so you can copy it into the online forms - "
        "here it is. (Yes, 'full clean driving licence' is staying in, it's a big plus for Lacebus.)\n\n",
        "Morning {f},\n\nCV attached in the LibreOffice format you use at the library. Let me know if it opens OK.",
        "Hi {f},\n\nHere's the new-look CV (the table layout we talked about).",
        "Hi {f},\n\nNo problem at all - CV attached. See you on Thursday at 11.",
    ]
    for i, (fmt, layout, dom) in enumerate(specs):
        fk, rng = rng_for("cv_to_claimant", i)
        s = S(fk, rng, rng.choice(["Employment Adviser", "Career Coach", "Restart Work Coach"]))
        p = Person(fk, rng, freemail=dom)
        CONSENT.add(p.email.lower())
        c = cv_parts(p, fk, rng, referees=(i != 3))
        intro = intros[i].format(f=p.first)
        atts = []
        if fmt == "body":
            text = intro + "\n------------------------------\n" + cv_text(c) + "\n------------------------------\n" + signature(s)
        else:
            fn = f"CV_{p.first}_{p.last}_Oct25.{fmt}"
            atts = [Att(fn, cv_file(c, fmt, layout or "classic"))]
            text = intro + "\n" + signature(s)
        if i == 5:
            text += gmail_quote(f"{p.name} <{p.email}>", "Tue, 21 Oct 2025 at 19:42", "hiya can u email me my cv pls, want to apply for the hotel job tonite\nta")
        mail("cv_to_claimant", str(i), ("Trentside Works Nottingham", "careers.nottingham@" + INTERNAL), [p.email],
             rng.choice(["Your CV", "Your updated CV", "CV as requested", "Re: cv", "Your CV (new layout)", "RE: CV"]) if i != 5 else "Re: my cv",
             text, atts=atts, html_only=(i == 4), logo=(i == 4), text_only=(i == 2),
             truth=T(subjects=1, contact=True, kinds=["cv"]), facts=FX(cv_count=1, own_rcpt=[p.email.lower()]),
             action="relay", rule="cv_to_claimant", crlf=(i == 1),
             notes=["consented claimant, DOCX classic", "consented, PDF with referees", "CV pasted in body; 'driving licence'",
                    "ODT CV", "table-layout CV, HTML-only with logo", "claimant's own request quoted Gmail-style"][i])


@scenario
def cv_no_consent():
    notes = ["consent register holds a near-miss address", "consent recorded only for the claimant's other address",
             "[ENCRYPT] tag does not save an unsolicited CV", "CV inside a zip", "CV pasted in the body",
             "CV to claimant with a DWP work coach copied", "DOCX CV to btinternet after a session",
             "Outlook chain: claimant asked by phone, no consent recorded", "forwarding the CV sent to an employer back to the claimant"]
    for i in range(9):
        fk, rng = rng_for("cv_no_consent", i)
        s = S(fk, rng, rng.choice(["Employment Adviser", "Career Coach"]))
        dom = ["gmail.com", "gmail.com", "outlook.com", "yahoo.co.uk", "gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "gmail.com"][i]
        p = Person(fk, rng, freemail=dom)
        if i == 0:
            u, d = p.email.split("@")
            CONSENT.add(f"{u}1@{d}")
        if i == 1:
            CONSENT.add(p.email.split("@")[0] + "@outlook.com")
        c = cv_parts(p, fk, rng)
        subj = ["Your CV", "CV attached", f"{TAG} Your CV", "CV (zipped)", "your cv", "CV and next steps", "CV from today", "RE: CV", "FW: CV - Kelham Foods application"][i]
        to, cc, atts = [p.email], [], []
        body = [f"Hi {p.first},\n\nHere is your CV from today's appointment.",
                f"Hi {p.first},\n\nCV attached - I've tidied up the dates in your work history.",
                f"Hi {p.first},\n\nSending this encrypted to be safe - your CV is attached.",
                f"Hi {p.first},\n\nZipped because the college PCs block Word files. CV inside.",
                f"{p.first} - pasted below so you can copy it.\n\n" + cv_text(c),
                f"Dear {p.first},\n\nYour CV is attached. I've copied in your work coach so they can see the progress.",
                f"Hi {p.first},\n\nGreat session today. Updated CV attached, and the cover letter we drafted is in the body of the CV.",
                f"Hi {p.first},\n\nFurther to our call just now, here's your CV.",
                f"Hi {p.first},\n\nFYI this is the version I sent to Kelham for you this morning."][i]
        if i == 3:
            atts = [Att(f"{p.first}_{p.last}_CV.zip", zip_bytes([(f"{p.first}_{p.last}_CV.docx", cv_file(c, 'docx'))]))]
        elif i in (0, 1, 2, 6):
            atts = [Att(f"CV - {p.name}.docx", cv_file(c, "docx", "table" if i == 6 else "classic"))]
        elif i in (5, 7, 8):
            atts = [Att(f"{p.last}_CV.pdf", cv_file(c, "pdf"))]
        if i == 5:
            cc = [f"{fk.first_name().lower()}.{fk.last_name().lower()}@dwp.gov.uk"]
        text = body + "\n" + signature(s)
        if i == 7:
            text += quote_block(f"{s.name}", sent_str(rng), p.email, "CV", f"Hi {p.first}, can you confirm your e-mail address so I can send your CV? Thanks")
        if i == 8:
            e = E(fk, rng, "kelham", "Recruitment Partner")
            text += quote_block(f"{s.name} <{s.addr}>", sent_str(rng), e.addr, "CV - Kelham Foods application",
                                f"Hi {e.first},\n\nCV attached for {p.name} for the production operative role.\n\nThanks")
        mail("cv_no_consent", str(i), s, to, subj, text, atts=atts, cc=cc, text_only=(i == 4),
             truth=T(subjects=1, contact=True, kinds=["cv"]), facts=FX(cv_count=1, own_rcpt=[p.email.lower()]),
             action="reject", rule="reject_cv_no_consent", notes=notes[i], crlf=(i == 6))


@scenario
def cvs_to_employers():
    # (n, packaging, employer key)
    specs = [(1, "docx", "kelham"), (3, "zip", None), (10, "pdfbundle", "care"), (6, "derived", "hotel"),
             (2, "docx", "eng"), (4, "docx", "wh")]
    for i, (n, pack, ek) in enumerate(specs):
        fk, rng = rng_for("cvs_to_employers", i)
        s = S(fk, rng, "Employer Account Manager")
        if ek:
            e = E(fk, rng, ek, rng.choice(["HR Manager", "Recruitment Partner", "Site Manager"]))
            to = [e.addr]
            hi = e.first
        else:
            e = Ext(fk, rng, AGENCY, "Consultant", "Redbrick Recruitment")
            to = [e.addr]
            hi = e.first
        ps = [Person(fk, rng) for _ in range(n)]
        cvs = [cv_parts(p, fk, rng) for p in ps]
        atts, tables, cc = [], [], []
        if pack == "docx":
            atts = [Att(f"CV_{p.last}.docx", cv_file(c, "docx", rng.choice(["classic", "table"]))) for p, c in zip(ps, cvs)]
        elif pack == "zip":
            atts = [Att("Redbrick_shortlist_CVs.zip", zip_bytes([(f"{p.first}_{p.last}.pdf", cv_file(c, "pdf")) for p, c in zip(ps, cvs)]))]
        elif pack == "pdfbundle":
            atts = [Att("Care_assistant_CVs_x10.pdf", cv_bundle_pdf(cvs))]
        elif pack == "derived":
            rows = [["Candidate", "Most recent role", "Years' experience", "Key skills", "Available"]]
            for p, c in zip(ps, cvs):
                rows.append([p.name, c["hist"][0][0].split(" (")[0], rng.randint(1, 9), ", ".join(c["skills"][:2]), rng.choice(["Now", "1 week", "2 weeks"])])
            tables = [rows]
        if i == 4:
            cc = ["placements@northstar-training.co.uk"]
        intro = [f"Hi {hi},\n\nCV attached for the Production Operative vacancy - strong candidate, ready to start.",
                 f"Hi {hi},\n\nThe three for your Beeston temp-to-perm roles, zipped as PDFs.",
                 f"Hi {hi},\n\nAs promised, all ten CVs for the care assistant open day in one PDF (one per page range). "
                 "Ten is the most we can send in one go so I've kept the rest back.",
                 f"Hi {hi},\n\nRather than six attachments, here's a summary from the candidates' CVs for the housekeeping roles:\n\n[[T0]]\n\nFull CVs on request.",
                 f"Hi {hi},\n\nTwo CVs for the CNC setter and the trainee role. Northstar copied as they delivered the CNC taster.",
                 f"Hi {hi},\n\nFour CVs as requested below. All have their CSCS and can do nights."][i]
        text = intro + "\n" + signature(s)
        if i == 5:
            text += quote_block(f"{e.name} <{e.addr}>", sent_str(rng), s.addr, "Warehouse ops - nights",
                                f"Hi {s.first}, can you send me 4 CVs for nights by Friday? Must have CSCS.\n{e.name}\n{e.org}\n{e.phone}")
        mail("cvs_to_employers", str(i), s, to, ["CV - Production Operative", "Shortlist CVs (3)", "Care assistant open day - 10 CVs",
                                                 "Housekeeping candidates - summary", "CVs: CNC setter + trainee", "RE: Warehouse ops - nights"][i],
             text, tables, atts=atts, cc=cc, truth=T(subjects=n, contact=(pack != "derived"), kinds=["cv"]),
             facts=FX(cv_count=n), action="relay", rule="cvs_up_to_10",
             notes=["one CV to an employer", "three CVs in a zip to an agency", "exactly ten CVs bound in one PDF",
                    "CV-derived summary table for six candidates (HTML)", "two CVs, subcontractor copied",
                    "four CVs in reply to an employer's request (employer signature in chain)"][i])


@scenario
def cvs_over_and_dwp():
    # 11 CVs PDF, 12 CVs zip -> over limit; CVs to employer with DWP cc -> dwp process
    for i, n in enumerate((11, 12, 2)):
        fk, rng = rng_for("cvs_over_and_dwp", i)
        s = S(fk, rng, "Employer Account Manager")
        e = E(fk, rng, ["bus", "retail", "kelham"][i], "Recruitment Lead")
        ps = [Person(fk, rng) for _ in range(n)]
        cvs = [cv_parts(p, fk, rng, referees=False) for p in ps]
        cc = []
        if i == 0:
            atts = [Att("Trainee_bus_driver_CVs.pdf", cv_bundle_pdf(cvs))]
            text = f"Hi {e.first},\n\nAll the CVs for the trainee driver intake in one file - 11 in total, sorry it's a big one."
        elif i == 1:
            atts = [Att("Xmas_temps_CVs.zip", zip_bytes([(f"{k + 1:02d}_{p.last}.docx", cv_file(c, 'docx')) for k, (p, c) in enumerate(zip(ps, cvs))]))]
            text = f"Hi {e.first},\n\nTwelve CVs for the Christmas temps, one Word file each in the zip."
        else:
            atts = [Att(f"CV_{p.last}.pdf", cv_file(c, "pdf")) for p, c in zip(ps, cvs)]
            w = f"{fk.first_name().lower()}.{fk.last_name().lower()}@dwp.gov.uk"
            cc = [w]
            text = f"Hi {e.first},\n\nTwo CVs for the packing roles. I've copied in their work coach at Station Street JCP to keep them in the loop."
        mail("cvs_over_and_dwp", str(i), s, [e.addr], ["CVs - trainee bus drivers", "Christmas temps - CVs", "CVs for packing roles"][i],
             text + "\n" + signature(s), atts=atts, cc=cc, truth=T(subjects=n, contact=True, kinds=["cv"]), facts=FX(cv_count=n),
             action="encrypt", rule=["encrypt_over_limit", "encrypt_over_limit", "encrypt_dwp_process"][i],
             notes=["eleven CVs bound in one PDF", "twelve CVs in a zip", "CVs to employer with a DWP work coach in Cc"][i])


# ---------------------------------------------------------------- C. prose cases (one person)
def _prose(scen, items):
    for i, it in enumerate(items):
        fk, rng = rng_for(scen, i)
        s = S(fk, rng, it.get("title", rng.choice(["Employment Adviser", "Career Coach", "Team Leader", "Restart Work Coach"])))
        p = Person(fk, rng, gender=it.get("g"))
        ek = it.get("emp", "kelham")
        if ek == "probation":
            e = Ext(fk, rng, PROBATION, "Probation Practitioner", "East Midlands Probation")
        elif ek in EMP:
            e = E(fk, rng, ek, rng.choice(["HR Manager", "Site Manager", "Recruitment Partner", "Shift Manager"]))
        else:
            e = Ext(fk, rng, ek, rng.choice(["Coordinator", "Partnership Officer", "Tenancy Officer", "Keyworker"]), ek.split(".")[0])
        to = it["to"](e) if callable(it.get("to")) else [e.addr]
        ctx = dict(p=p, s=s, e=e, rng=rng, fk=fk)
        text = it["text"](**ctx)
        subj = it["subj"](**ctx) if callable(it["subj"]) else it["subj"]
        atts = it["atts"](**ctx) if "atts" in it else []
        hdrs = it["hdrs"](**ctx) if "hdrs" in it else None
        sig = "" if it.get("nosig") else "\n" + signature(s, mobile_line=rng.random() < 0.7)
        if it.get("disc"):
            sig += "\n\n" + DISCLAIMERS[i % 3]
        tables = it["tables"](**ctx) if "tables" in it else None
        mail(scen, str(i), s, to, subj, text + sig, tables, atts=atts, headers=hdrs,
             html_only=it.get("html_only", False), text_only=it.get("text_only", False), logo=it.get("logo", False),
             cc=it["cc"](e) if "cc" in it else (), truth=it["truth"], facts=it.get("facts", FX()),
             action=it.get("action", "encrypt"), rule=it["rule"], notes=it["notes"], crlf=it.get("crlf", False),
             cte=it.get("cte", "qp"), mailer=it.get("mailer", "outlook"))


def _q(rng, e, s, subj, body):
    return quote_block(f"{e.name} <{e.addr}>", sent_str(rng), f"{s.name} <{s.addr}>", subj, body)


@scenario
def one_name():
    one = dict(truth=T(subjects=1), facts=FX(name_only=True), action="relay", rule="one_name")
    items = [
        dict(emp="kelham", subj="Interview Thurs 10:30",
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nConfirming {p.name} for the 10:30 interview slot on Thursday at Colwick. {p.he.capitalize()}'ll bring photo ID.\n\nThanks",
             notes="one name + interview time to employer"),
        dict(emp="wh", subj="RE: Start date", disc=True,
             text=lambda p, s, e, rng, **k: f"Brilliant, thanks {e.first} - {p.first} {p.last} will start Monday 17th at 6am, I've told {p.him} to ask for you at gatehouse 2." +
             _q(rng, e, s, "Start date", f"Hi {s.first},\n\nWe can do the 17th for the new starter. Gatehouse 2, 6am, steel toecaps.\n\n{e.name}\nSite Manager, Clifton Park Warehousing\n{e.phone}"),
             notes="one name + start date; employer's signature in the quoted chain is not a data subject"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["referrals@bridgeway-support.org.uk"], subj="Referral update",
             text=lambda p, s, e, **k: f"Hi team,\n\nJust to close the loop - referral for {p.name} has been accepted our end and is now with you. No action needed.",
             notes="one name + referral status to subcontractor"),
        dict(emp="dwp", to=lambda e: ["nottingham.stationst.wc@dwp.gov.uk"], subj="Attended today",
             text=lambda p, s, e, **k: f"Hi WC team,\n\nFYI {p.name} attended the initial appointment with us today at 2pm. Next appointment booked.",
             notes="one name + appointment attended, to a DWP shared mailbox"),
        dict(emp="northstar-training.co.uk", to=lambda e: ["bookings@northstar-training.co.uk"], subj="Forklift course booking",
             text=lambda p, s, e, **k: f"Morning,\n\nCan you book {p.name} onto the counterbalance course starting 24 Nov please? Funding code WHP-NOTTS.",
             notes="one name + course booking"),
        dict(emp="hotel", subj="trial shift", text_only=True, nosig=True, mailer="iphone", cte="7bit",
             text=lambda p, s, e, **k: f"Hi {e.first} can you fit {p.first} {p.last} in for the Thursday 9am trial shift? cheers {s.first}\n\nSent from my iPhone",
             notes="iPhone one-liner with one name and a trial-shift time"),
        dict(emp="care", subj=lambda p, **k: f"Interview: {p.name} - Care Assistant",
             atts=lambda p, s, e, **k: [Att("invite.ics", ics_bytes("TW-INT-" + p.last, f"Interview: {p.name}", dt.datetime(2025, 11, 12, 14, 0), 45,
                                                                  "Castle Rock Care, The Ropewalk, Nottingham", "Care assistant interview arranged by Trentside Works.",
                                                                  (s.name, s.addr), [(e.name, e.addr)]), "text/calendar")],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nInvite attached for the interview we discussed - 2pm Wednesday.",
             notes="one name in subject and ICS summary, with an interview time"),
        dict(emp="eng", subj="Work trial - confirmed",
             text=lambda p, s, e, **k: f"Hi {e.first},\n\n{p.name} is confirmed for the two-week work trial from 1 December. "
             f"I'll ring on day one to check in. My mobile is {s.mobile} if you need me.",
             notes="one name + work trial dates; the adviser's own mobile is staff"),
    ]
    for it in items:
        it.update({k: v for k, v in one.items() if k not in it})
    _prose("one_name", items)


@scenario
def beyond_name():
    items = [
        dict(emp="kelham", subj="New starter", truth=T(subjects=1, contact=True),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\n{p.name} starts with you Monday. If {p.he}'s late for any reason {p.his} mobile is {p.mobile}.",
             notes="one name + the claimant's mobile"),
        dict(emp="northstar-training.co.uk", to=lambda e: ["transport@northstar-training.co.uk"], subj="Travel for CSCS course",
             truth=T(subjects=1, contact=True),
             text=lambda p, s, e, **k: f"Hi,\n\nCan you sort a bus pass for {p.name}? Lives out at {p.postcode} so it's two buses to Highfields.",
             notes="one name + home postcode"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["admin@bridgeway-support.org.uk"], subj="Case transfer",
             truth=T(subjects=1), facts=FX(),
             hdrs=lambda p, **k: [("X-CaseBook-Participant-Ref", p.ref), ("X-CaseBook-Office", "Derby")],
             text=lambda p, s, e, **k: f"Hi,\n\nTransferring {p.name} to your Ilkeston team from Monday. Case ref is in the header as always ({p.ref}).",
             notes="one name + CRM reference number (in body and an X- header)"),
        dict(emp="retail", subj="Induction pack", truth=T(subjects=1, contact=True),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nCould you e-mail the induction pack straight to {p.first} {p.last}? {p.his.capitalize()} e-mail is {p.email}.",
             notes="one name + personal e-mail address (not a recipient)"),
        dict(emp="wh", subj="RE: RE: Agency start", truth=T(subjects=1, contact=True),
             text=lambda p, s, e, rng, **k: f"Thanks {e.first}, all sorted." +
             _q(rng, e, s, "RE: Agency start", f"Great, we'll send the taxi.\n\n{e.name}") +
             quote_block(f"{s.name} <{s.addr}>", sent_str(rng), e.addr, "Agency start",
                         f"Hi {e.first}, {p.name} can start nights. Pick-up from {p.street}, {p.town} {p.postcode} at 9.15pm works for {p.him}."),
             notes="home address only in the third message down a quoted chain"),
        dict(emp="bus", subj=lambda p, **k: f"{p.name} - driving assessment", truth=T(subjects=1, contact=True), html_only=True,
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nBooked for the assessment on 19 Nov.\n\nContact number {p.mobile} if the bus is cancelled.",
             notes="name in the subject, mobile in an HTML-only body"),
    ]
    for it in items:
        it.setdefault("rule", "encrypt_beyond_name")
    _prose("beyond_name", items)


@scenario
def special():
    def t(*cats, contact=False, kinds=(), n=1):
        return T(subjects=n, special=cats, contact=contact, kinds=kinds)
    items = [
        dict(emp="haulage", subj="Yard operative - new starter", truth=t("criminal"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nGood news, {p.name} has accepted. Just so you're aware {p.he}'s on licence till March "
             f"and sees {p.his} PO every other Thursday morning, so {p.he}'d need those mornings off or a later start.",
             notes="'on licence' and 'PO' (probation officer) in lay words"),
        dict(emp="hotel", subj="Night porter - hours", truth=t("criminal"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nRe {p.first} {p.last}: {p.he} can't do the 10pm-6am shift for now as {p.he}'s got the tag on and "
             f"has to be in by 9pm until the curfew ends in January. Days are fine.",
             notes="electronic tag and curfew"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["recovery@bridgeway-support.org.uk"], subj="Handover - Tuesday group",
             truth=t("substance", "health"),
             text=lambda p, s, e, **k: f"Hi both,\n\n{p.name} is keen to join Tuesday group but it'll need to be after 11 - {p.he}'s in recovery "
             f"and picks up {p.his} methadone script from the chemist on Alfreton Rd every morning.",
             notes="in recovery, methadone script"),
        dict(emp="care", g="f", subj="Reasonable adjustments", truth=t("mental_health", "health"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nBefore {p.first} {p.last} starts: {p.his} nerves have been really bad this year and the GP "
             f"has just upped {p.his} sertraline, so a quiet buddy for the first week would help massively.",
             notes="'nerves' and sertraline"),
        dict(emp="wh", subj="Shift pattern", truth=t("health"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\n{p.name}'s back has gone again and {p.he}'s waiting on a scan at the QMC, so no heavy lifting "
             f"for now - could {p.he} go on the scanning bench instead?",
             notes="'back's gone', waiting for a scan"),
        dict(emp="kelham", subj="Breaks", truth=t("health"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nOne for the line manager: {p.first} {p.last} is type 1 diabetic and needs to check {p.his} sugars "
             "mid-shift, so a five-minute break around 10 and 2. Thanks.",
             notes="type 1 diabetes adjustment"),
        dict(emp="probation", subj=lambda p, **k: f"Joint review - {p.first} {p.last[0]}", truth=t("criminal"),
             text=lambda p, s, e, rng, **k: f"Hi {e.first},\n\nThanks for the update. Noted {p.first} is managed at MAPPA level 1 and the exclusion zone "
             "around the city centre - I'll keep job search to the ring road estates.\n" +
             _q(rng, e, s, "Joint review", f"Hi {s.first},\n\nCan we do a joint review before Christmas?\n\n{e.name}\nProbation Practitioner, Nottingham City PDU\n{e.phone}"),
             notes="MAPPA and exclusion zone to probation; the probation officer is not a data subject"),
        dict(emp="care", subj="Equality monitoring form", truth=t("ethnicity", "religion", contact=False),
             atts=lambda p, s, e, **k: [Att(f"Equality_monitoring_{p.last}.docx", docx_bytes([("h", "Equality monitoring"), ("t", [
                 ["Name", p.name], ["Ethnic group", "White - Gypsy or Irish Traveller"], ["Religion or belief", "Christian (Pentecostal)"],
                 ["Vacancy", "Care Assistant"]])]))],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nYou asked for {p.first}'s monitoring form with the application - attached.",
             notes="completed equality monitoring form: ethnicity and religion in a DOCX table"),
        dict(emp="eng", subj="Friday prayers", truth=t("religion"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nCould {p.name} swap Friday lunchtimes? {p.he.capitalize()} goes to Jummah at the mosque on "
             "Berridge Road and would make the time up at the end of the day.",
             notes="Jummah / religion in lay words"),
        dict(emp="haulage", subj="Confidential - new starter", truth=t("trade_union"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nOne thing {p.first} {p.last} asked me to mention: {p.he} was the Unite rep at {p.his} last "
             f"place and would rather that didn't follow {p.him} round the depot.",
             notes="trade union membership (Unite rep)"),
        dict(emp="wh", g="f", subj="Team placement", truth=t("sexual_orientation"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nCould {p.name} go on B shift rather than A? {p.he.capitalize()}'s recently come out and had "
             "a rough time with a couple of the A-shift lads at the open day.",
             notes="sexual orientation ('come out') in lay words"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["mdt@bridgeway-support.org.uk"], subj="MDT - next Weds",
             truth=t("substance"),
             atts=lambda p, s, e, **k: [Att("MDT.ics", ics_bytes("TW-MDT-" + p.last, "MDT case discussion", dt.datetime(2025, 11, 19, 13, 0), 60,
                                                                 "Teams", f"Agenda: {p.name} - drinking has crept back up since the job fell through; "
                                                                 "agree whether to refer to the alcohol service before the Lacebus start.",
                                                                 (s.name, s.addr), [("Bridgeway MDT", "mdt@bridgeway-support.org.uk")]), "text/calendar")],
             text=lambda p, s, e, **k: "Hi all,\n\nInvite for next week's MDT - one case, details in the invite.",
             notes="alcohol use only in the ICS description"),
        dict(emp=NHS, to=lambda e: [e.addr], subj="IPS referral - employment specialist",
             truth=t("mental_health", contact=True),
             atts=lambda p, s, e, **k: [Att("IPS_referral.docx", docx_bytes([("h", "IPS Employment Support - referral"), ("t", [
                 ["Name", p.name], ["Address", p.address], ["Phone", p.mobile], ["Age", str(p.age)],
                 ["Reason for referral", "Wants to return to work; history of psychosis, stable on clozapine, under CMHT"],
                 ["Referrer", s.name]])]))],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nReferral attached for the IPS pathway as discussed at the joint-working meeting.",
             notes="referral form (a one-person form) with mental-health history to an NHS trust"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["caseload@bridgeway-support.org.uk"], subj="Caseload extract - Ilkeston",
             truth=t("mental_health", "substance", "criminal", kinds=["name_list"], n=25),
             facts=FX(list_rows=25, list_cols=["surname", "forename", "ref", "barrier"]),
             atts=lambda p, s, e, rng, fk, **k: [Att("Ilkeston_caseload.xlsx", xlsx_bytes([{"title": "Caseload", "rows": [["Surname", "Forename", "Ref", "Main barrier"]] + [
                 [fk.last_name(), fk.first_name(), f"TW-{rng.randint(100000, 999999)}", rng.choice(["MH", "alcohol", "offending", "MH + housing", "drugs"])] for _ in range(25)]}]))],
             text=lambda p, s, e, **k: "Hi,\n\nIlkeston caseload extract for the handover, with the main barrier column so you can allocate.",
             notes="caseload list of 25 with a barrier column (MH, alcohol, offending)"),
        dict(emp="kelham", g="f", subj="RE: RE: RE: Absence", truth=t("mental_health"),
             text=lambda p, s, e, rng, **k: f"Thanks {e.first}, I'll pick it up with her." +
             _q(rng, e, s, "RE: RE: Absence", f"No worries, we'll hold the job.\n{e.name}") +
             quote_block(f"{s.name} <{s.addr}>", sent_str(rng), e.addr, "RE: Absence", "She's fine to come back on the 10th, I'll confirm.") +
             quote_block(f"{s.name} <{s.addr}>", sent_str(rng), e.addr, "Absence",
                         f"Hi {e.first}, {p.name} won't be in this week - she disclosed she was sectioned for a fortnight last year and "
                         "the anniversary has knocked her. She's with the crisis team."),
             notes="mental-health detail four messages down; 'she' links it to the name"),
        dict(emp="retail", subj="FW: note from GP", truth=t("mental_health", "health", contact=True),
             atts=lambda p, s, e, **k: [Att("GP note.eml", None, rfc822=_gp_note(p))],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nForwarding the GP's note for {p.name}'s phased return, see attached message.",
             notes="health detail only inside an attached message/rfc822"),
        dict(emp=FOODBANK, subj="Emergency parcel", truth=t("criminal"),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nCould you do an emergency parcel for {p.name}? {p.he.capitalize()} came out of Nottingham prison "
             "three weeks ago and the first UC payment isn't due yet.",
             notes="recent prison release in a food-bank request"),
        dict(emp="care", subj="RE: Application", truth=t("health", "mental_health"),
             text=lambda p, s, e, rng, **k: f"Hi {e.first},\n\nOn your question about my client (the applicant below) - yes, {p.he} has epilepsy, "
             "well controlled, and ADHD; neither affects the night role." +
             quote_block(f"{s.name} <{s.addr}>", sent_str(rng), e.addr, "Application", f"Hi {e.first}, application from {p.name} for the night care assistant role."),
             notes="'my client' linked to the name in the quoted message"),
        dict(emp=COLLEGE, subj="Enrolment - learning support", truth=t("mental_health", contact=True), html_only=True,
             tables=lambda p, **k: [[["Learner", p.name], ["Course", "Functional Skills Maths L1"], ["Mobile", p.mobile],
                                     ["Support needs", "Autistic; gets overwhelmed in noisy rooms - needs a quiet space for exams"]]],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nEnrolment details for the learner support team:\n\n[[T0]]\n",
             notes="autism and support need in an HTML table"),
    ]
    for it in items:
        it.setdefault("rule", "encrypt_special_category")
    _prose("special", items)


def _gp_note(p):
    m = MIMEText(f"To whom it may concern,\n\nRe: {p.name}\n\n{p.he.capitalize()} has been under my care for depression and anxiety "
                 "and lower back pain. I support a phased return, 4-hour shifts for 4 weeks.\n\nDr A. Kapoor\nSneinton Health Centre\n",
                 "plain", _cs("qp"))
    m["From"] = f"{p.name} <{p.email}>"
    m["To"] = "careers.nottingham@" + INTERNAL
    m["Subject"] = "note from GP"
    m["Date"] = "Mon, 27 Oct 2025 18:02:11 +0000"
    return m


@scenario
def nino_cases():
    def t(n=1, contact=False, kinds=(), subjects=1):
        return T(ninos=n, subjects=subjects, contact=contact, kinds=kinds)
    items = [
        dict(emp="kelham", subj=lambda p, **k: f"Payroll set-up {p.nino}", truth=t(),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nFor payroll, {p.name} is on the subject line. Starts Monday.",
             notes="NINO only in the subject line"),
        dict(emp="wh", subj="Right to work docs", truth=t(),
             atts=lambda p, **k: [Att(f"RTW_{p.nino.replace(' ', '')}_{p.last}.pdf", pdf_bytes([("p", f"Right to work check completed for {p.name}. Share code verified 21/10/2025.")]))],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nRight to work confirmation attached.",
             notes="NINO only in an attachment's file name"),
        dict(emp="care", subj="New starter details", truth=t(), text_only=True, cte="7bit",
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nDetails for {p.name}'s starter form - NI number is {p.nino[:8]}\n{p.nino[9:]} (sorry, phone keeps\nwrapping it).",
             notes="NINO split across a line break"),
        dict(emp="eng", subj="starter", truth=t(), text_only=True, mailer="iphone", nosig=True,
             text=lambda p, s, e, **k: f"hi {e.first.lower()} - {p.first.lower()}'s ni is {p.nino.lower()} for the agency payroll. ta\n\nSent from my iPhone",
             notes="NINO in lower case with spaces, iPhone one-liner"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["admin@bridgeway-support.org.uk"], subj="Participant transfer",
             truth=t(), hdrs=lambda p, **k: [("X-CaseBook-Participant-NI", p.nino.replace(" ", "")), ("X-CaseBook-Event", "transfer")],
             text=lambda p, s, e, **k: f"Hi,\n\nAutomated transfer notice: {p.name} has moved to Bridgeway (Ilkeston). See CaseBook for details.",
             mailer="crm", notes="NINO only in a custom X- header written by the CRM"),
        dict(emp="retail", subj="FW: starter info", truth=t(contact=True),
             atts=lambda p, s, **k: [Att("starter info.eml", None, rfc822=_nested_nino(p, s))],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nForwarding {p.first}'s reply with the bits you need.",
             notes="NINO inside an attached message"),
        dict(emp="hotel", subj="Induction", truth=t(),
             atts=lambda p, s, e, **k: [Att("induction.ics", ics_bytes("TW-IND-" + p.last, "Induction", dt.datetime(2025, 11, 10, 9, 0), 120,
                                                                        "Soar Lane Hotel, Leicester", f"Induction for {p.name} (NI {p.nino}) - bring P45.",
                                                                        (s.name, s.addr), [(e.name, e.addr)]), "text/calendar")],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nInduction invite attached.",
             notes="NINO in an ICS description"),
        dict(emp="bus", subj="Job start confirmation", truth=t(),
             atts=lambda p, s, e, **k: [Att("Job_start_confirmation.docx", docx_bytes([("h", "Job start confirmation"), ("t", [
                 ["Employee", p.name], ["Nat Ins No.", p.nino.replace(" ", "")], ["Start date", "17/11/2025"], ["Hours", "37.5"], ["Employer contact", e.name]])]))],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nCould you sign and return the job start confirmation please?",
             notes="NINO ('Nat Ins No.') in a DOCX table to an employer"),
        dict(emp=COLLEGE, subj="Enrolment list", truth=t(), html_only=True,
             tables=lambda p, **k: [[["Learner", "N.I.", "Course"], [p.name, p.nino, "ESOL Entry 2"]]],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nEnrolment for Monday:\n\n[[T0]]\n",
             notes="one learner with NINO labelled 'N.I.' in an HTML table (not a list of names)"),
        dict(emp="kelham", subj="RE: Successful interview", truth=t(),
             text=lambda p, s, e, rng, **k: f"Hi {e.first},\n\nBrilliant news. As requested, {p.first}'s National Insurance number is {p.nino.replace(' ', '')}." +
             _q(rng, e, s, "Successful interview", f"Hi {s.first},\n\nWe'd like to offer {p.name} the role. Can you send the NI number for payroll?\n\n{e.name}\n{e.phone}"),
             notes="NINO to an employer after a successful interview (¶27)"),
    ]
    for it in items:
        it.setdefault("rule", "encrypt_nino")
    _prose("nino_cases", items)


def _nested_nino(p, s):
    m = MIMEText(f"Hiya,\n\nNI is {p.nino} and my bus pass number is on the back of the letter. Can start whenever.\n\n{p.first}\n", "plain", _cs("qp"))
    m["From"] = f"{p.name} <{p.email}>"
    m["To"] = f"{s.name} <{s.addr}>"
    m["Subject"] = "Re: starter info"
    m["Date"] = "Tue, 28 Oct 2025 20:14:00 +0000"
    return m


@scenario
def dob_bank():
    items = [
        dict(emp="care", subj="DBS application", truth=T(dob=True, subjects=1),
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nFor the DBS form: {p.name} was born on {p.dob_str('words')}.",
             notes="date of birth in words"),
        dict(emp="wh", subj="Agency registration", truth=T(dob=True, subjects=1, kinds=[]), html_only=True,
             tables=lambda p, **k: [[["Name", p.name], ["DOB", p.dob_str("dmy2")], ["Shift", "Nights"]]],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\n[[T0]]\n\nCheers",
             notes="DOB as dd/mm/yy in an HTML table"),
        dict(emp=TESTCTR, subj="CITB test booking", truth=T(dob=True, subjects=1),
             atts=lambda p, **k: [Att("booking.csv", csv_bytes([["candidate_name", "date_of_birth", "test"], [p.name, p.dob_str("iso"), "HS&E Operatives"]]), "text/csv")],
             text=lambda p, s, e, **k: f"Hi,\n\nBooking request attached for one candidate.",
             notes="ISO DOB in a one-row CSV"),
        dict(emp="eng", subj="Travel expenses", truth=T(bank=True, subjects=1),
             text=lambda p, s, e, rng, **k: f"Hi {e.first},\n\nCould your payroll refund {p.name}'s first-week fuel? {p.his.capitalize()} account is "
             f"{account(rng)}, sort code {sortcode(rng).replace('-', '')}.",
             notes="undashed sort code + account in a sentence"),
        dict(emp=AGENCY, subj="Weekly pay set-up", truth=T(bank=True, subjects=1),
             text=lambda p, s, e, rng, **k: f"Hi {e.first},\n\n{p.first} {p.last} doesn't have a UK bank card yet - pay to {p.his} Revolut IBAN {iban(rng)} please.",
             notes="IBAN"),
        dict(emp=TESTCTR, subj="Card payment for CSCS test", truth=T(bank=True, subjects=1),
             text=lambda p, s, e, rng, **k: f"Hi,\n\n{p.name} wants to pay for the re-sit with {p.his} own card: {luhn_card(rng)}, exp 09/27. Can you process it?",
             notes="claimant's payment card number"),
        dict(emp=HOUSING, subj="Rent account", truth=T(bank=True, subjects=1, contact=True),
             text=lambda p, s, e, rng, **k: f"Hi {e.first},\n\nRe {p.name} at {p.street}: {p.he}'s set up a standing order from {p.his} account "
             f"(account number {account(rng)}) so the arrears plan should start next week.",
             notes="a labelled account number"),
    ]
    for it in items:
        it.setdefault("rule", "encrypt_dob_bank")
    _prose("dob_bank", items)


@scenario
def benefit_children():
    items = [
        dict(emp=HOUSING, subj="Affordability check", truth=T(benefit=True, subjects=1), html_only=True,
             tables=lambda p, **k: [[["Income", "Monthly"], ["Universal Credit (incl. housing element)", "£1,013.45"], ["Wages (est.)", "£640.00"]]],
             text=lambda p, s, e, **k: f"Hi {e.first},\n\nAffordability for {p.name}'s tenancy:\n\n[[T0]]\n",
             notes="UC amount in an HTML table"),
        dict(emp="bridgeway-support.org.uk", to=lambda e: ["hardship@bridgeway-support.org.uk"], subj="Hardship request", truth=T(benefit=True, subjects=1),
             text=lambda p, s, e, **k: f"Hi,\n\n{p.name} has been sanctioned for 4 weeks after missing the WCA - can the hardship fund help with gas?",
             notes="a sanction"),
        dict(emp="northstar-training.co.uk", to=lambda e: ["mi@northstar-training.co.uk"], subj="Better-off calc", truth=T(benefit=True, subjects=1),
             atts=lambda p, **k: [Att("better_off.xlsx", xlsx_bytes([{"title": "Calc", "rows": [["Participant", p.name], ["PIP daily living (standard)", 73.90],
                                                                                       ["ESA (weekly)", 92.05], ["Offer: hours", 16]]}]))],
             text=lambda p, s, e, **k: "Hi,\n\nCan you sense-check the attached better-off calculation before I go through it with the participant?",
             notes="PIP and ESA amounts for a named participant in XLSX"),
        dict(emp=COLLEGE, subj="Creche places", truth=T(children=True, subjects=1),
             text=lambda p, s, e, fk, rng, **k: f"Hi {e.first},\n\n{p.name} can start the course if the creche has room for {p.his} two - "
             f"{fk.first_name_male()} (six) and {fk.first_name_female()}, who's just turned three.",
             notes="children's names with ages in words"),
        dict(emp="care", subj="Shift times", truth=T(children=True, subjects=1),
             text=lambda p, s, e, fk, **k: f"Hi {e.first},\n\n{p.first} {p.last} can only do school hours at the moment - {p.his} youngest, "
             f"{fk.first_name_female()}, is 18 months and only at nursery till 3.",
             notes="a child's name and age in months"),
        dict(emp=COUNCIL, subj="RE: DHP application", truth=T(benefit=True, subjects=1, contact=True),
             text=lambda p, s, e, rng, **k: f"Thanks {e.first}, I'll let {p.him} know." +
             _q(rng, e, s, "RE: DHP application", f"We've received it, decision within 10 days.\n{e.name}") +
             quote_block(f"{s.name} <{s.addr}>", sent_str(rng), e.addr, "DHP application",
                         f"Hi, supporting a DHP for {p.name}, {p.street}. Housing Benefit was cut to £61.20 a week when {p.his} son moved out."),
             notes="Housing Benefit amount only in the quoted chain"),
    ]
    for it in items:
        it.setdefault("rule", "encrypt_benefit_children")
    _prose("benefit_children", items)


# ---------------------------------------------------------------- D. forms and letters
def form_rows(p, fk, rng, role, partner=None):
    rows = [["Position applied for", role], ["Applicant", p.name], ["Address", p.address], ["Phone", p.mobile], ["Age", str(p.age)]]
    if partner:
        rows += [["Joint applicant", partner.name], ["Joint applicant age", str(partner.age)], ["Joint applicant phone", partner.mobile]]
    rows += [["Availability", rng.choice(["Any shifts", "Days only", "Weekends and evenings", "Mon-Fri 9-3"])],
             ["Last employer", rng.choice(JOBS)[1]], ["Referee", f"{fk.name()}, {rng.choice(['Manager', 'Supervisor'])}, {landline(rng)}"],
             ["Supported by", "Trentside Works (WHP)"]]
    return rows


@scenario
def forms():
    specs = [("single1", "care"), ("couples5", "hotel"), ("single4pdf", "northstar"), ("acro", AGENCY), ("odt", COLLEGE), ("over", "hotel")]
    for i, (kind, ek) in enumerate(specs):
        fk, rng = rng_for("forms", i)
        s = S(fk, rng, "Employer Account Manager")
        if ek in EMP:
            e = E(fk, rng, ek, "HR Manager")
        elif ek == "northstar":
            e = Ext(fk, rng, "northstar-training.co.uk", "Placements Officer", "Northstar Training")
        else:
            e = Ext(fk, rng, ek, "Admissions Officer", ek)
        atts, people, kinds = [], 0, set()
        if kind == "single1":
            p = Person(fk, rng)
            atts = [Att(f"Application_{p.last}.docx", docx_bytes([("h", "Castle Rock Care - application form"), ("t", form_rows(p, fk, rng, "Care Assistant"))]))]
            people, kinds = 1, {"application_form"}
            text = f"Hi {e.first},\n\n{p.first}'s completed application form attached (just the one). The referee is {p.his} old manager."
            subj = "Application form - care assistant"
        elif kind in ("couples5", "over"):
            blocks = []
            n = 5
            for j in range(n):
                a, b = Person(fk, rng), Person(fk, rng)
                blocks += ([("pb",)] if j else []) + [("h", f"Live-in couple application {j + 1}"), ("t", form_rows(a, fk, rng, "Live-in housekeeping couple", b))]
            people, kinds = 10, {"application_form_couple"}
            if kind == "over":
                c = Person(fk, rng)
                blocks += [("pb",), ("h", "Single application"), ("t", form_rows(c, fk, rng, "Housekeeper"))]
                people, kinds = 11, {"application_form_couple", "application_form"}
            atts = [Att("Soar_Lane_applications.pdf" if kind == "over" else "Live-in_couples_x5.docx",
                        pdf_bytes(blocks) if kind == "over" else docx_bytes(blocks))]
            text = (f"Hi {e.first},\n\nFive couple applications for the live-in roles" + (" plus one single housekeeper application." if kind == "over" else " - that's ten people, the most I can send in one go.")
                    + "\nAll in one file.")
            subj = "Live-in couple applications" + (" + 1" if kind == "over" else "")
        elif kind == "single4pdf":
            blocks = []
            for j in range(4):
                p = Person(fk, rng)
                blocks += ([("pb",)] if j else []) + [("h", "Northstar CSCS course application"), ("t", form_rows(p, fk, rng, "CSCS + Level 1 H&S"))]
            atts = [Att("CSCS_applications_x4.pdf", pdf_bytes(blocks))]
            people, kinds = 4, {"application_form"}
            text = f"Hi {e.first},\n\nFour course applications for the 10 Nov CSCS, one per page."
            subj = "CSCS course applications (4)"
        elif kind == "acro":
            p = Person(fk, rng)
            atts = [Att("Redbrick_registration.pdf", acroform_pdf("Redbrick Recruitment - candidate registration", [
                ("Full name", "name", p.name), ("Address", "address", p.address), ("Mobile", "mobile", p.mobile), ("Age", "age", str(p.age)),
                ("Roles wanted", "roles", "Warehouse, picking, forklift"), ("Referee", "referee", f"{fk.name()} (Shift Manager)")]))]
            people, kinds = 1, {"application_form"}
            text = f"Hi {e.first},\n\nRegistration form filled in on screen with {p.first} this morning - the answers are in the form fields."
            subj = "Candidate registration form"
        else:
            p = Person(fk, rng)
            atts = [Att(f"Enrolment_{p.last}.odt", odt_bytes([("h", "Sherwood Vale College - course application"), ("t", form_rows(p, fk, rng, "Food Hygiene L2"))]))]
            people, kinds = 1, {"application_form"}
            text = f"Hi {e.first},\n\nCourse application attached for the Thursday Food Hygiene course."
            subj = "Course application - Food Hygiene L2"
        over = kind == "over"
        mail("forms", str(i), s, [e.addr], subj, text + "\n" + signature(s), atts=atts,
             truth=T(subjects=people, contact=True, kinds=kinds), facts=FX(form_people=people),
             action="encrypt" if over else "relay", rule="encrypt_over_limit" if over else "application_forms_up_to_10",
             notes=["one application form (a one-person form, not a list); referee named", "five couple forms = ten people",
                    "four single forms in one PDF", "fillable AcroForm: answers only in field values", "ODT course application",
                    "five couple forms plus one single = eleven people"][i])


def letter_blocks(p, kind, s, rng, emp=None):
    date = f"{rng.randint(3, 28)} November 2025"
    t = f"{rng.randint(9, 15)}:{rng.choice(['00', '30'])}"
    head = [("p", "Trentside Works, Carrington House, 41 Lower Parliament Street, Nottingham NG1 3QQ"), ("p", p.name), ("p", p.address), ("p", "3 November 2025"),
            ("p", f"Dear {p.first},")]
    body = {
        "letter_appointment": f"Your next appointment with your Trentside Works adviser {s.name} is on {date} at {t} at our Nottingham office. "
                              "Please bring your CV and any job applications you have made. If you cannot attend, ring us beforehand.",
        "letter_interview": f"We are pleased to invite you to an interview for the position of {rng.choice(JOBS)[0]} with {emp or 'Kelham Foods'} on {date} at {t}. "
                            "Please bring photo ID and proof of address.",
        "letter_job_offer": f"Further to your interview, {emp or 'Kelham Foods'} is delighted to offer you the position of {rng.choice(JOBS)[0]}, starting on {date}, "
                            "37.5 hours a week at £12.60 an hour, subject to right-to-work checks.",
        "letter_other": "As you have not engaged with the programme since August, your support with Trentside Works will end on 28 November 2025. "
                        "If your circumstances change, please contact us.",
    }[kind]
    return head + [("p", body), ("p", "Yours sincerely"), ("p", s.name)]


@scenario
def letters():
    # (kinds list, packaging, recipient)
    specs = [(["letter_appointment"] * 6, "zip", "bridgeway"), (["letter_interview"] * 3, "docx", "northstar"),
             (["letter_appointment"], "pdf", "claimant"), (["letter_job_offer"], "pdf", "claimant"),
             (["letter_interview"] * 10, "pdf", "employer"), (["letter_appointment"] * 11, "pdf", "bridgeway"),
             (["letter_appointment"] * 4 + ["letter_other"], "pdf", "northstar")]
    for i, (kl, pack, who) in enumerate(specs):
        fk, rng = rng_for("letters", i)
        s = S(fk, rng, "Restart Work Coach")
        ps = [Person(fk, rng) for _ in kl]
        emp = EMP["kelham"]
        docs = [letter_blocks(p, k, s, rng, emp[0]) for p, k in zip(ps, kl)]
        own = []
        if who == "claimant":
            to = [ps[0].email]
            own = [ps[0].email.lower()]
        elif who == "employer":
            e = E(fk, rng, "kelham", "Recruitment Partner")
            to = [e.addr]
        else:
            to = [("appointments@bridgeway-support.org.uk" if who == "bridgeway" else "placements@northstar-training.co.uk")]
        if pack == "zip":
            atts = [Att("appointment_letters.zip", zip_bytes([(f"appt_{p.last}.docx", docx_bytes(d)) for p, d in zip(ps, docs)]))]
        elif pack == "docx":
            blocks = []
            for j, d in enumerate(docs):
                blocks += ([("pb",)] if j else []) + d
            atts = [Att("interview_letters.docx", docx_bytes(blocks))]
        else:
            blocks = []
            for j, d in enumerate(docs):
                blocks += ([("pb",)] if j else []) + d
            atts = [Att(("Your_appointment_letter.pdf" if kl[0] == "letter_appointment" else "Job_offer_letter.pdf") if who == "claimant"
                        else f"letters_batch_{len(kl)}.pdf", pdf_bytes(blocks))]
        text = [
            "Hi Bridgeway,\n\nSix appointment letters for the people moving to your Ilkeston clinic - one Word file each in the zip.",
            "Hi,\n\nThe three interview letters for Monday's Northstar assessment day, one per page.",
            f"Dear {ps[0].first},\n\nPlease find your appointment letter attached. See you soon.",
            f"Dear {ps[0].first},\n\nCongratulations! Kelham Foods asked us to pass on your job offer letter, attached.",
            "Hi,\n\nCopies of the ten interview invitations we sent for your open day, bundled in one PDF.",
            "Hi,\n\nAll eleven appointment letters for next week's Ilkeston clinic in one PDF.",
            "Hi,\n\nThis week's letters batch for posting: four appointment letters and one end-of-support letter.",
        ][i]
        frm = ("Trentside Works Nottingham", "careers.nottingham@" + INTERNAL) if who == "claimant" else s
        counts = {}
        for k in kl:
            counts[k] = counts.get(k, 0) + 1
        n = len(kl)
        if i == 5:
            act, rule = "encrypt", "encrypt_over_limit"
        elif i == 6:
            act, rule = "encrypt", "encrypt_letter_kind"
        else:
            act, rule = "relay", "letters_up_to_10"
        mail("letters", str(i), frm, to, ["Appointment letters (6)", "Interview letters - Mon", "Your appointment", "Your job offer",
                                         "Open day - interview letters x10", "Ilkeston clinic letters", "Letters for posting"][i],
             text + ("\n" + signature(s) if who != "claimant" else "\n\nTrentside Works Restart team"), atts=atts,
             truth=T(subjects=n, contact=True, kinds=set(kl)), facts=FX(letters=counts, own_rcpt=own),
             action=act, rule=rule, notes=["six appointment letters in a zip", "three interview letters in one DOCX",
                                           "appointment letter to the claimant it is addressed to (no consent needed)",
                                           "job offer letter to the addressee", "exactly ten interview letters in one PDF",
                                           "eleven appointment letters", "a batch that mixes in one end-of-support letter"][i])


@scenario
def letter_other():
    for i in range(2):
        fk, rng = rng_for("letter_other", i)
        s = S(fk, rng, "Career Coach")
        p = Person(fk, rng)
        if i == 0:
            blocks = [("p", "To whom it may concern"), ("p", f"Re: {p.name}, {p.address}"),
                      ("p", f"I am writing in support of {p.name}'s application for a transfer to a one-bedroom flat closer to {p.his} new job. "
                            f"{p.he.capitalize()} has engaged well with Trentside Works since May and starts work on 1 December."),
                      ("p", "Yours faithfully"), ("p", s.name)]
            to = ["allocations@" + HOUSING]
            text = "Hi,\n\nLetter of support attached for the transfer request we discussed."
            subj = "Letter of support - transfer request"
            fn = f"Support_letter_{p.last}.pdf"
        else:
            blocks = letter_blocks(p, "letter_other", s, rng)
            blocks[-3] = ("p", "You did not attend your appointments on 14 and 21 October. Please contact us within 7 days to rearrange, "
                               "otherwise we will let your work coach know.")
            to = ["letters@bridgeway-support.org.uk"]
            text = "Hi,\n\nNon-attendance letter for posting from your office please."
            subj = "Non-attendance letter"
            fn = "non_attendance.pdf"
        mail("letter_other", str(i), s, to, subj, text + "\n" + signature(s), atts=[Att(fn, pdf_bytes(blocks))],
             truth=T(subjects=1, contact=True, kinds=["letter_other"]), facts=FX(letters={"letter_other": 1}),
             action="encrypt", rule="encrypt_letter_kind",
             notes=["a letter of support (not interview/offer/appointment) to a housing provider", "a non-attendance letter"][i])


# ---------------------------------------------------------------- E. lists
def uniq_ninos(rng, n, fmt="plain"):
    out, seen = [], set()
    while len(out) < n:
        x = nino(rng, fmt)
        k = x.replace(" ", "")
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def name_rows(fk, rng, n, cols):
    ninos = uniq_ninos(rng, n) if "nino" in cols else [None] * n
    rows = []
    for j in range(n):
        p = Person(fk, rng)
        r = []
        for c in cols:
            r.append({"surname": p.last, "forename": p.first, "initial": p.first[0], "nino": ninos[j], "ref": p.ref,
                      "date": f"{rng.randint(3, 28):02d}/11/2025", "time": f"{rng.randint(9, 15)}:{rng.choice(['00', '15', '30', '45'])}",
                      "course": rng.choice(["CSCS", "Forklift", "Food Hygiene", "ESOL"]), "dob": p.dob_str("dmy"), "mobile": p.mobile,
                      "postcode": p.postcode, "email": p.email, "uc_award": f"£{rng.randint(300, 1200)}.{rng.randint(10, 99)}",
                      "office": rng.choice(["Nottingham", "Derby", "Leicester"])}[c])
        rows.append(r)
    return rows


HEAD = {"surname": "Surname", "forename": "Forename", "initial": "Initial", "nino": "NINO", "ref": "TW ref", "date": "Appt date",
        "time": "Time", "course": "Course", "dob": "DOB", "mobile": "Mobile", "postcode": "Postcode", "email": "E-mail",
        "uc_award": "UC award (monthly)", "office": "Office"}


def list_att(fn, cols, rows, fmt, hidden_cols=(), extra_sheets=()):
    head = [HEAD[c] for c in cols]
    if fmt == "csv":
        return Att(fn, csv_bytes([head] + rows), "text/csv")
    if fmt == "xlsx":
        return Att(fn, xlsx_bytes([{"title": "List", "rows": [head] + rows, "hidden_cols": list(hidden_cols)}] + list(extra_sheets)))
    if fmt == "txt":
        return Att(fn, fixed_width([head] + rows, [14] * len(cols)), "text/plain")
    raise ValueError(fmt)


@scenario
def lists():
    # (n, cols, fmt, to, rule, notes, extra)
    L = [
        (500, ["surname", "forename", "nino", "date"], "csv", "northstar", "names_list_500", "exactly 500 names with NINOs and appointment dates (CSV)"),
        (40, ["surname", "initial", "ref", "course"], "xlsx", "bridgeway", "names_list_500", "40 names in XLSX with a hidden aggregate sheet"),
        (12, ["forename", "surname", "course", "date"], "html", COLLEGE, "names_list_500", "12 learners and course dates in an HTML table"),
        (120, ["surname", "forename", "nino", "office"], "txt", "bridgeway", "names_list_500", "120 names in fixed-width text"),
        (11, ["forename", "surname", "time"], "body", "kelham", "names_list_500", "11 names with interview times in the body (a list, not forms)"),
        (60, ["surname", "forename", "nino", "dob"], "xlsx", "northstar", "encrypt_list_forbidden_column", "DOB in a hidden XLSX column"),
        (35, ["surname", "forename", "mobile", "date"], "csv", "bridgeway", "encrypt_list_forbidden_column", "mobile numbers column"),
        (80, ["surname", "initial", "postcode", "ref"], "txt", "northstar", "encrypt_list_forbidden_column", "postcode column in fixed-width text"),
        (14, ["forename", "surname", "email"], "html", AGENCY, "encrypt_list_forbidden_column", "personal e-mail column in HTML"),
        (45, ["surname", "forename", "nino", "uc_award"], "xlsx", "bridgeway", "encrypt_list_forbidden_column", "UC award amount column"),
        (501, ["surname", "forename", "nino", "date"], "csv", "northstar", "encrypt_over_limit", "501 names (one over the limit)"),
        (520, ["surname", "initial", "ref", "course"], "xlsx", "bridgeway", "encrypt_over_limit", "520 names in XLSX"),
    ]
    for i, (n, cols, fmt, to, rule, notes) in enumerate(L):
        fk, rng = rng_for("lists", i)
        s = S(fk, rng, rng.choice(["MI Analyst", "Team Leader", "Contracts Officer"]))
        rows = name_rows(fk, rng, n, cols)
        if to == "northstar":
            rc = ["data@northstar-training.co.uk"]
        elif to == "bridgeway":
            rc = ["data@bridgeway-support.org.uk"]
        elif to in EMP:
            rc = [E(fk, rng, to, "Recruitment Partner").addr]
        else:
            rc = [f"{fk.first_name().lower()}.admissions@{to}" if to == COLLEGE else f"bookings@{to}"]
        atts, tables = [], []
        head = [HEAD[c] for c in cols]
        fn = f"list_{i:02d}"
        if fmt == "html":
            tables = [[head] + rows]
            body = "Hi,\n\nList below as requested:\n\n[[T0]]\n"
        elif fmt == "body":
            body = "Hi,\n\nInterview slots for Thursday's open day:\n\n" + "\n".join(f"- {r[0]} {r[1]} {r[2]}" for r in rows) + "\n"
        else:
            extra = []
            if i == 1:
                extra = [{"title": "Summary", "rows": [["Course", "Count"], ["CSCS", 14], ["Forklift", 11], ["Food Hygiene", 9], ["ESOL", 6]], "hidden": True}]
            ext = fmt
            fn = ["Northstar_appointments_Nov.csv", "Bridgeway_course_list.xlsx", "", "Bridgeway_transfer_list.txt", "",
                  "Northstar_referrals_Nov.xlsx", "Bridgeway_callbacks.csv", "Northstar_travel.txt", "", "Bridgeway_hardship_list.xlsx",
                  "Northstar_appointments_Dec.csv", "Bridgeway_course_list_full.xlsx"][i]
            atts = [list_att(fn, cols, rows, ext, hidden_cols=["D"] if cols[-1] == "dob" else ())]
            body = ["Hi,\n\nNovember appointments list attached - 500 exactly, the rest follow tomorrow.",
                    "Hi,\n\nCourse allocations attached. Summary tab is hidden, it's just counts.", "",
                    "Hi,\n\nTransfer list attached (fixed-width, straight from CaseBook).", "",
                    "Hi,\n\nReferrals for November attached.", "Hi,\n\nCallback list - can your admin ring these today?",
                    "Hi,\n\nTravel warrant list attached.", "", "Hi,\n\nHardship fund list with award amounts for the panel.",
                    "Hi,\n\nDecember appointments attached.", "Hi,\n\nFull course list attached."][i]
        forb = set(cols) - LIST_OK_COLS
        t = T(ninos=n if "nino" in cols else 0, dob="dob" in cols, benefit="uc_award" in cols,
              contact=bool(forb & {"mobile", "postcode", "email"}), subjects=n, kinds=["name_list"])
        mail("lists", str(i), s, rc, ["Appointments list (500)", "Course allocations", "Enrolment list", "Transfer list", "Open day slots",
                                      "Nov referrals", "Callbacks", "Travel warrants", "Candidate list", "Hardship panel list",
                                      "Dec appointments", "Course list - full"][i],
             body + signature(s), tables, atts=atts, truth=t, facts=FX(list_rows=n, list_cols=cols),
             action="relay" if rule == "names_list_500" else "encrypt", rule=rule, notes=notes, crlf=(i in (3, 7)))


@scenario
def nino_lists():
    for i, (n, fmt, to) in enumerate([(650, "csv", "data@bridgeway-support.org.uk"), (30, "body", "data@northstar-training.co.uk"),
                                      (1200, "xlsx", "data@northstar-training.co.uk")]):
        fk, rng = rng_for("nino_lists", i)
        s = S(fk, rng, "PRaP Administrator")
        ns = uniq_ninos(rng, n, "plain" if i != 1 else "spaced")
        atts = []
        if fmt == "csv":
            atts = [Att("nino_match.csv", csv_bytes([["NINO"]] + [[x] for x in ns]), "text/csv")]
            body = "Hi,\n\nNINO match file for the October reconciliation - NINOs only, 650 rows."
        elif fmt == "xlsx":
            atts = [Att("NINO_only_Q2.xlsx", xlsx_bytes([{"title": "NINOs", "rows": [["NINO"]] + [[x] for x in ns]}]))]
            body = "Hi,\n\nQ2 NINO-only extract (1,200) for de-duplication against your records."
        else:
            body = "Hi,\n\nThe 30 NINOs PRaP rejected - can you check if they're yours?\n\n" + "\n".join(ns) + "\n"
        mail("nino_lists", str(i), s, [to], ["NINO match file - Oct", "Rejected NINOs", "Q2 NINO-only extract"][i], body + signature(s),
             atts=atts, text_only=(i == 1), truth=T(ninos=n, subjects=n, kinds=["nino_list"]), facts=FX(nino_only=True, list_rows=n, list_cols=["nino"]),
             action="relay", rule="nino_only_list", notes=[f"{n} NINOs only (no limit)", "30 NINOs only, in the body", "1,200 NINOs only in XLSX"][i])


# ---------------------------------------------------------------- F. DWP and forwarding
def dwp_record(kind, p, s, rng):
    if kind == "ucnea1":
        return [("h", "UCNEA1 - Universal Credit New Enterprise Allowance notification"), ("t", [
            ["Participant", p.name], ["NINO", p.nino], ["Business start date", "03/11/2025"], ["Business type", "Mobile dog grooming"],
            ["Provider", "Trentside Works"], ["Completed by", s.name]])]
    if kind == "good_news_story":
        return [("h", "Good News Story - WHP"), ("p", f"{p.first} joined us in April after a long spell out of work. Anxiety had made interviews feel impossible, "
                                                       f"but with weekly coaching {p.he} started as a warehouse team leader in October."),
                ("p", f"Participant: {p.name}. Consent to share: yes.")]
    if kind == "exit_report":
        return [("h", "WHP Exit Report"), ("t", [["Participant", p.name], ["NINO", p.nino], ["Start on programme", "12/03/2024"],
                                                 ["Exit date", "31/10/2025"], ["Outcome", "Sustained employment (6 months)"],
                                                 ["Barriers addressed", "Confidence, CV, mental health support via IPS"]])]
    if kind == "change_of_circumstances":
        return [("h", "WHP Change of Circumstances"), ("t", [["Participant", p.name], ["NINO", p.nino], ["Change", "Moved address"],
                                                              ["New address", p.address], ["Date of change", "20/10/2025"]])]
    if kind == "whp_eb_customer_form":
        return [("h", "WHP Employment Business Customer Form"), ("t", [["Customer", p.name], ["NINO", p.nino], ["Date of birth", p.dob_str()],
                                                                        ["Employment business", "Redbrick Recruitment"], ["Assignment start", "10/11/2025"]])]
    raise ValueError(kind)


REC_TRUTH = {
    "ucnea1": dict(ninos=1),
    "good_news_story": dict(special=["mental_health"]),
    "exit_report": dict(ninos=1, special=["mental_health"]),
    "change_of_circumstances": dict(ninos=1, contact=True),
    "whp_eb_customer_form": dict(ninos=1, dob=True),
}


def rec_truth(kind, n=1, extra_special=(), extra_contact=False):
    d = dict(REC_TRUTH[kind])
    ninos = d.get("ninos", 0) * n
    return T(ninos=ninos, dob=d.get("dob", False), special=list(d.get("special", [])) + list(extra_special),
             contact=d.get("contact", False) or extra_contact, subjects=n, kinds=[kind])


@scenario
def dwp_cases():
    # (kind, n records, sender, recipient, fmt, extra covering text, action, rule, notes)
    C = [
        ("ucnea1", 1, "staff", "nea.team@dwp.gov.uk", "docx", None, "relay", "dwp_ucnea1_gns", "one UCNEA1 to a DWP address"),
        ("ucnea1", 1, "staff", "nea.midlands@dwp.gsi.gov.uk", "pdf", None, "relay", "dwp_ucnea1_gns", "one UCNEA1 as PDF to dwp.gsi"),
        ("good_news_story", 1, "staff", "esf.goodnews@dwp.gov.uk", "docx", None, "relay", "dwp_ucnea1_gns", "one Good News Story; anxiety inside the record is part of the process"),
        ("exit_report", 1, "inbox", DWP_INBOX, "docx", None, "relay", "dwp_c15_process", "exit report, designated inbox to designated inbox"),
        ("change_of_circumstances", 1, "inbox", DWP_INBOX, "pdf", None, "relay", "dwp_c15_process", "CoC record with new address between designated inboxes"),
        ("whp_eb_customer_form", 1, "inbox", DWP_INBOX, "docx", None, "relay", "dwp_c15_process", "EB customer form with NINO and DOB between designated inboxes"),
        ("exit_report", 1, "inbox", DWP_INBOX, "odt", None, "relay", "dwp_c15_process", "exit report as ODT between designated inboxes"),
        ("whp_eb_customer_form", 1, "inbox", "prap.support@dwp.gsi.gov.uk", "docx", None, "encrypt", "encrypt_dwp_process", "EB form to prap.support (not the designated inbox)"),
        ("exit_report", 1, "staff", DWP_INBOX, "docx", None, "encrypt", "encrypt_dwp_process", "exit report from a personal mailbox, not the designated inbox"),
        ("change_of_circumstances", 2, "inbox", DWP_INBOX, "docx", None, "encrypt", "encrypt_dwp_process", "two CoC records in one e-mail"),
        ("ucnea1", 2, "staff", "nea.team@dwp.gov.uk", "pdf", None, "encrypt", "encrypt_dwp_process", "two UCNEA1s in one e-mail"),
        ("exit_report", 1, "inbox", DWP_INBOX, "docx", "substance", "encrypt", "encrypt_dwp_process", "covering text adds a relapse outside the record"),
    ]
    for i, (kind, n, snd, rcpt, fmt, extra, act, rule, notes) in enumerate(C):
        fk, rng = rng_for("dwp_cases", i)
        s = S(fk, rng, "Contract Compliance Officer")
        ps = [Person(fk, rng) for _ in range(n)]
        blocks = []
        for j, p in enumerate(ps):
            blocks += ([("pb",)] if j else []) + dwp_record(kind, p, s, rng)
        label = {"ucnea1": "UCNEA1", "good_news_story": "Good_News_Story", "exit_report": "Exit_Report",
                 "change_of_circumstances": "CoC", "whp_eb_customer_form": "EB_Customer_Form"}[kind]
        fn = f"{label}_{ps[0].ref}.{fmt}" if n == 1 else f"{label}_x{n}.{fmt}"
        data = {"docx": docx_bytes, "pdf": pdf_bytes, "odt": lambda b: odt_bytes([x[:2] for x in b if x[0] != "pb"])}[fmt](blocks)
        frm = ("WHP Data Exchange", PROV_INBOX) if snd == "inbox" else s
        body = {"ucnea1": "Please find attached the UCNEA1 for the above participant.",
                "good_news_story": "Please find attached this month's Good News Story for the ESF showcase.",
                "exit_report": "Please find the attached Exit Report.",
                "change_of_circumstances": "Please find attached notification of a change of circumstances.",
                "whp_eb_customer_form": "Please find attached the WHP Employment Business Customer Form."}[kind]
        if n > 1:
            body = body.replace("the attached", f"the attached {n}").replace("attached", f"attached ({n} records)", 1)
        if extra:
            body += f" For info, {ps[0].first} relapsed last month and is drinking heavily again, so the job ended early."
        t = rec_truth(kind, n, extra_special=[extra] if extra else ())
        mail("dwp_cases", str(i), frm, [rcpt], f"WHP {label.replace('_', ' ')} - Trentside Works" + (f" ({n})" if n > 1 else ""),
             "Dear colleague,\n\n" + body + f"\n\nProvider reference: {ps[0].ref}\nRegards\nTrentside Works WHP Data Exchange" if snd == "inbox" else "Hi,\n\n" + body + "\n" + signature(s),
             atts=[Att(fn, data)], truth=t, facts=FX(records=n, extra=bool(extra)), action=act, rule=rule, notes=notes,
             text_only=(snd == "inbox"), cte="7bit" if snd == "inbox" else "qp")


@scenario
def dwp_lists():
    for i, (n, fmt, rcpt) in enumerate([(200, "xlsx", "nottingham.wc.team@dwp.gov.uk"), (340, "csv", DWP_INBOX), (48, "txt", "derby.jcp.partnerships@jobcentreplus.gov.uk")]):
        fk, rng = rng_for("dwp_lists", i)
        s = S(fk, rng, "Performance & MI Officer")
        cols = [["surname", "forename", "nino", "date"], ["surname", "initial", "nino", "ref", "status"], ["forename", "surname", "ref", "date"]][i]
        HEAD["status"] = "Status"
        rows = []
        for r in name_rows(fk, rng, n, [c if c != "status" else "course" for c in cols]):
            if "status" in cols:
                r[-1] = rng.choice(["Started", "Awaiting start", "Declined"])
            rows.append(r)
        att = list_att(["DNA_list_Nov.xlsx", "Referral_reconciliation.csv", "Derby_starts.txt"][i], cols, rows, fmt)
        mail("dwp_lists", str(i), s, [rcpt], ["WHP - did not attend list (Nov)", "Referral reconciliation Oct", "Derby starts w/c 3 Nov"][i],
             ["Hi team,\n\nParticipants who did not attend their initial appointment this month, with appointment dates.",
              "Dear colleague,\n\nOctober referral reconciliation attached (340 rows).",
              "Hi,\n\nStarts list for the partnership meeting."][i] + "\n" + signature(s), atts=[att],
             truth=T(ninos=n if "nino" in cols else 0, subjects=n, kinds=["name_list"]), facts=FX(list_rows=n, list_cols=cols),
             action="relay", rule="dwp_names_list", notes=["200 names + NINOs + dates to a DWP team", "340-row reconciliation to the DWP inbox", "48 names in fixed-width text to JCP"][i])


@scenario
def forwards():
    # forward a DWP record to a subcontractor: (kind, n, domain, action, rule, notes)
    C = [("change_of_circumstances", 1, "bridgeway-support.org.uk", "relay", "forward_subcontractor", "one forwarded CoC record to an approved subcontractor"),
         ("exit_report", 1, "northstar-training.co.uk", "relay", "forward_subcontractor", "one forwarded exit report record"),
         ("referral", 1, "bridgeway-support.org.uk", "relay", "forward_subcontractor", "one forwarded DWP referral record (nested message)"),
         ("change_of_circumstances", 2, "bridgeway-support.org.uk", "encrypt", "encrypt_dwp_process", "two records forwarded in one e-mail"),
         ("referral", 1, LOOKALIKE, "encrypt", "encrypt_dwp_process", "forwarded to a look-alike of the subcontractor's domain (third party)")]
    for i, (kind, n, dom, act, rule, notes) in enumerate(C):
        fk, rng = rng_for("forwards", i)
        s = S(fk, rng, "Referrals Coordinator")
        ps = [Person(fk, rng) for _ in range(n)]
        to = [f"referrals@{dom}"]
        if kind == "referral":
            p = ps[0]
            inner = MIMEText(f"WHP referral\n\nName: {p.name}\nNINO: {p.nino}\nAddress: {p.address}\nReferral date: 27/10/2025\nJobcentre: Derby\n",
                             "plain", _cs("qp"))
            inner["From"] = f"WHP Referrals <{DWP_INBOX}>"
            inner["To"] = PROV_INBOX
            inner["Subject"] = "WHP referral"
            inner["Date"] = "Mon, 27 Oct 2025 10:11:00 +0000"
            atts = [Att("WHP referral.eml", None, rfc822=inner)]
            t = T(ninos=1, contact=True, subjects=1)
            body = "Hi,\n\nForwarding this referral to you as it's in your patch (Ilkeston). One participant."
            fwd_kinds = []
        else:
            blocks = []
            for j, p in enumerate(ps):
                blocks += ([("pb",)] if j else []) + dwp_record(kind, p, s, rng)
            atts = [Att(f"{kind}_{'x' + str(n) if n > 1 else ps[0].ref}.docx", docx_bytes(blocks))]
            t = rec_truth(kind, n)
            body = f"Hi,\n\nForwarding {'these ' + str(n) + ' records' if n > 1 else 'this record'} from DWP for your caseload - see attached."
        body += ("\n\n-----Original Message-----\nFrom: WHP Referrals <" + DWP_INBOX + ">\nSent: " + sent_str(rng) + "\nTo: " + PROV_INBOX +
                 "\nSubject: WHP " + kind.replace("_", " ") + "\n\nPlease see attached.")
        mail("forwards", str(i), s, to, "FW: WHP " + kind.replace("_", " "), body + "\n" + signature(s), atts=atts, truth=t,
             facts=FX(records=n, fwd_record=True), action=act, rule=rule, notes=notes)


# ---------------------------------------------------------------- G. claimant recipients
@scenario
def to_claimant():
    C = [
        ("Your action plan", lambda p, rng: f"Hi {p.first},\n\nAs agreed, here's your action plan. For the forms you'll need your NI number: {p.nino}.",
         T(ninos=1, subjects=1), "action plan with the claimant's own NINO"),
        ("Your better-off calculation", lambda p, rng: f"Hi {p.first},\n\nGood news - with 20 hours at Kelham your UC would drop from £812.40 to about £431 a month, "
         "but you'd be roughly £390 a month better off overall.", T(benefit=True, subjects=1), "the claimant's own UC amounts"),
        ("Licence conditions - interview prep", lambda p, rng: f"Hi {p.first},\n\nBefore Thursday: remember you don't have to mention the conviction unless asked, "
         "but your licence conditions mean you can't take the Broadmarsh site role. Let's talk it through.", T(special=["criminal"], subjects=1), "the claimant's own licence conditions"),
        ("Letter for your landlord", None, T(subjects=1, contact=True, kinds=["letter_other"]), "a letter of support sent to the claimant"),
        ("Your CVs (two versions)", None, T(subjects=1, contact=True, kinds=["cv"]), "two CVs to a consenting claimant"),
        ("Your CV", None, T(subjects=1, contact=True, dob=True, kinds=["cv"]), "a CV with a date of birth to a consenting claimant"),
        ("Re: address for the job offer", lambda p, rng: f"Hi {p.first},\n\nI've updated your address to {p.street}, {p.postcode} on our system and sent it to Kelham for the contract.",
         T(subjects=1, contact=True), "the claimant's own new address confirmed back to them"),
    ]
    for i, (subj, fn, t, notes) in enumerate(C):
        fk, rng = rng_for("to_claimant", i)
        s = S(fk, rng, "Employment Adviser")
        p = Person(fk, rng)
        atts, facts = [], FX(own_rcpt=[p.email.lower()])
        if i == 3:
            atts = [Att("Letter_for_landlord.pdf", pdf_bytes([("p", "To whom it may concern"), ("p", f"Re: {p.name}, {p.address}"),
                                                              ("p", f"{p.name} is taking part in the Work and Health Programme with Trentside Works and starts paid work on 17 November."),
                                                              ("p", s.name)]))]
            text = f"Hi {p.first},\n\nHere's the letter for your landlord that we talked about."
            facts["letters"] = {"letter_other": 1}
        elif i in (4, 5):
            CONSENT.add(p.email.lower())
            if i == 4:
                c1, c2 = cv_parts(p, fk, rng), cv_parts(p, fk, rng)
                atts = [Att("CV_warehouse.docx", cv_file(c1, "docx")), Att("CV_care.docx", cv_file(c2, "docx", "table"))]
                text = f"Hi {p.first},\n\nTwo versions of your CV - one pitched at warehouse jobs, one at care. Use whichever fits."
                facts["cv_count"] = 2
            else:
                c = cv_parts(p, fk, rng, extra_lines=[f"Date of birth: {p.dob_str('long')}"])
                atts = [Att("CV.docx", cv_file(c, "docx"))]
                text = f"Hi {p.first},\n\nYour CV as requested. I've left the DOB in because you wanted it, but I'd take it out."
                facts["cv_count"] = 1
        else:
            text = fn(p, rng)
        mail("to_claimant", str(i), ("Trentside Works Derby", "careers.derby@" + INTERNAL), [p.email], subj, text + "\n\nTrentside Works Derby team",
             atts=atts, truth=t, facts=facts, action="encrypt", rule="encrypt_claimant_recipient", notes=notes, html_only=(i == 1))


# ---------------------------------------------------------------- H. sender tag, password, scans, encrypted, uninspectable
@scenario
def sender_tag():
    C = [(f"{TAG} Caseload review notes", "Hi,\n\nNotes from today, nothing sensitive but sending encrypted as per team habit.", T()),
         (f"RE: {TAG} New starter", None, "one"),
         (f"FW: Q2 barriers summary {TAG}", "Forwarding the Q2 aggregate barriers summary for the board.", T()),
         (f"{TAG}{TAG} test", "Test of the encryption route, please ignore.", T()),
         (f"Referral for IPS {TAG}", None, "mh")]
    for i, (subj, body, t) in enumerate(C):
        fk, rng = rng_for("sender_tag", i)
        s = S(fk, rng, "Team Leader")
        p = Person(fk, rng)
        to = [["tl@bridgeway-support.org.uk"], [E(fk, rng, "kelham", "HR Manager").addr], ["board@" + COUNCIL], ["it@northstar-training.co.uk"], ["referrals@" + NHS]][i]
        if t == "one":
            body, t = f"Confirming {p.name} for Monday 6am start.", T(subjects=1)
            facts = FX(name_only=True)
        elif t == "mh":
            body, t = f"Referral for {p.name} - low mood and panic attacks since redundancy, keen on IPS.", T(subjects=1, special=["mental_health"])
            facts = FX()
        else:
            facts = FX()
        mail("sender_tag", str(i), s, to, subj, body + "\n" + signature(s), truth=t, facts=facts, action="encrypt", rule="encrypt_sender_tag",
             notes=["tag on a message with no claimant data", "RE: [ENCRYPT] on a one-name message", "tag at the end of the subject",
                    "tag doubled", "tag on a special-category referral to an NHS trust"][i])


@scenario
def password_protected():
    for i in range(5):
        fk, rng = rng_for("password_protected", i)
        s = S(fk, rng, "Referrals Coordinator")
        ps = [Person(fk, rng) for _ in range(3)]
        if i == 0:
            att = Att("Referral_pack.zip", zip_bytes([(f"{p.last}.docx", docx_bytes([("p", f"{p.name} {p.nino}")])) for p in ps], password="Trent2025!"))
            text, to = "Hi,\n\nReferral pack attached (AES zip). Password to follow by text.", ["referrals@bridgeway-support.org.uk"]
        elif i == 1:
            att = Att("Exit_reports_Q2.pdf", pdf_bytes([("p", "\n".join(f"{p.name} {p.nino}" for p in ps))], password="Derby#44"))
            text, to = "Hi,\n\nQ2 exit reports, protected PDF. Password in a separate e-mail.", ["data@northstar-training.co.uk"]
        elif i == 2:
            cvs = [cv_parts(p, fk, rng) for p in ps]
            att = Att("CVs_protected.zip", zip_bytes([(f"{p.last}_CV.pdf", cv_file(c, "pdf")) for p, c in zip(ps, cvs)], password="kelham-cv"))
            e = E(fk, rng, "kelham", "Recruitment Partner")
            text, to = f"Hi {e.first},\n\nCVs zipped with a password - I'll ring you with it.", [e.addr]
        elif i == 3:
            att = Att("Safeguarding_referral.pdf", pdf_bytes([("p", f"Safeguarding referral: {ps[0].name}")], password="sg-0311"))
            text, to = "Hi,\n\nSafeguarding referral as discussed, password protected.", ["safeguarding@" + COUNCIL]
        else:
            att = Att("Payroll_starters.zip", zip_bytes([("starters.csv", csv_bytes([["name", "nino"]] + [[p.name, p.nino] for p in ps]))], password="Lace!bus"))
            e = E(fk, rng, "bus", "Payroll Officer")
            text, to = f"Hi {e.first},\n\nStarter details in the protected zip.", [e.addr]
        mail("password_protected", str(i), s, to, ["Referral pack", "Q2 exit reports", "CVs (protected)", "Safeguarding referral", "Starters - payroll"][i],
             text + "\n" + signature(s), atts=[att], truth=T(), facts=FX(pw=True), action="encrypt", rule="encrypt_password_protected",
             notes=["AES zip", "AES-256 password PDF", "AES zip of CVs to an employer", "password PDF to a council", "AES zip with a CSV"][i])


@scenario
def scans():
    for i in range(4):
        fk, rng = rng_for("scans", i)
        s = S(fk, rng, "Office Administrator")
        p = Person(fk, rng)
        lines = ["TRENTSIDE WORKS - CONSENT AND REFERRAL", f"Name: {p.name}", f"NI number: {p.nino}", f"Date of birth: {p.dob_str()}",
                 f"Address: {p.address}", "Health: asthma, depression", "Signed: ______________"]
        if i == 0:
            att = Att("SCAN_20251103_0915.pdf", scan_pdf([lines], rng))
            to, text = ["referrals@bridgeway-support.org.uk"], "Scanned from the Derby copier."
        elif i == 1:
            att = Att("IMG_4471.jpg", scan_image(["Fit note", f"Patient: {p.name}", "Condition: lumbar disc prolapse", "Not fit for work 4 weeks"], rng, rot=2))
            e = E(fk, rng, "wh", "HR Manager")
            to, text = [e.addr], "Photo of the fit note attached."
        elif i == 2:
            att = Att("scan0003.png", scan_image(lines[:5], rng, size=(900, 1200), fmt="PNG"))
            to, text = ["admin@northstar-training.co.uk"], "Signed enrolment form, scanned."
        else:
            att = Att("SCAN_bundle_4pp.pdf", scan_pdf([lines, lines[:3] + ["Page 2 - employment history"], ["Page 3 - declarations"], ["Page 4 - signatures"]], rng))
            to, text = ["intake@" + HOUSING], "Four-page scan of the housing support application."
        mail("scans", str(i), s, to, ["Scan from Derby MFD", "fit note", "Scanned enrolment", "Scanned application"][i], text + "\n" + signature(s),
             atts=[att], truth=T(), facts=FX(opaque="scan"), action="encrypt", rule="encrypt_no_text_scan", logo=(i == 0),
             notes=["image-only PDF from a copier (with an inline logo that is not a scan)", "JPEG photo of a fit note", "PNG scan", "four-page image-only PDF"][i])


@scenario
def already_encrypted():
    for i in range(4):
        fk, rng = rng_for("already_encrypted", i)
        s = S(fk, rng, "Justice Pathway Lead")
        to = [["referrals@bridgeway-support.org.uk"], ["pp.team@" + PROBATION], ["data@northstar-training.co.uk"], [E(fk, rng, "haulage", "HR Manager").addr]][i]

        def make(b, i=i):
            if i in (0, 3):
                p = MIMEApplication(smime_enveloped(rng, 1800 + 200 * i), "pkcs7-mime", name="smime.p7m")
                p.set_param("smime-type", "enveloped-data")
                p.add_header("Content-Disposition", "attachment", filename="smime.p7m")
                return p
            if i == 1:
                outer = MIMEMultipart("encrypted", boundary=b.boundary(), protocol="application/pgp-encrypted")
                v = MIMEApplication(b"Version: 1\n", "pgp-encrypted", _encoder=lambda x: x.add_header("Content-Transfer-Encoding", "7bit"))
                outer.attach(v)
                d = MIMEApplication(pgp_armored(rng, 1400).encode(), "octet-stream", name="encrypted.asc",
                                    _encoder=lambda x: x.add_header("Content-Transfer-Encoding", "7bit"))
                d.add_header("Content-Disposition", "inline", filename="encrypted.asc")
                outer.attach(d)
                return outer
            return MIMEText(pgp_armored(rng, 900), "plain", _cs("7bit"))
        emit("already_encrypted", str(i), (s.name, s.addr), to, ["Referral", "Risk update", "Data file", "Starter details"][i], body_override=make,
             truth=T(), facts=FX(encrypted=True), action="relay", rule="already_encrypted",
             notes=["S/MIME enveloped", "PGP/MIME", "inline PGP", "S/MIME enveloped to an employer"][i], crlf=(i == 2))


@scenario
def uninspectable():
    C = [("Referral_form.docx", "trunc_docx", "truncated DOCX"), ("Caseload.xlsx", "random", "random bytes named .xlsx"),
         ("Exit_report.pdf", "bad_pdf", "PDF header then garbage"), ("CVs.zip", "trunc_zip", "truncated zip"),
         ("Minutes.odt", "bad_odt", "corrupt ODT (zip with a broken member)"), ("export.dat", "random", "unknown binary .dat"),
         ("Referral.doc", "ole", "legacy .doc that is not a readable format"), ("Tracker.pdf", "trunc_pdf", "truncated PDF"),
         ("letters.zip", "zip_bad_member", "zip holding a corrupt DOCX"), ("Case notes.msg", "random", "Outlook .msg blob"),
         ("Payslip.pdf", "html_like", "PDF declared, bytes are random binary with a zip signature")]
    for i, (fn, how, notes) in enumerate(C):
        fk, rng = rng_for("uninspectable", i)
        s = S(fk, rng, rng.choice(["Team Leader", "Employment Adviser", "MI Analyst"]))
        p = Person(fk, rng)
        rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
        good_docx = docx_bytes([("p", f"Referral for {p.name}")])
        if how == "trunc_docx":
            data = good_docx[:len(good_docx) // 3]
        elif how == "random":
            data = rb(4096)
        elif how == "bad_pdf":
            data = b"%PDF-1.7\n" + rb(3000)
        elif how == "trunc_zip":
            z = zip_bytes([("a.docx", good_docx), ("b.docx", good_docx + b"x")])
            data = z[:len(z) // 2]
        elif how == "bad_odt":
            o = odt_bytes([("p", "Minutes")])
            zz = zipfile.ZipFile(io.BytesIO(o))
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as zo:
                for info in zz.infolist():
                    b = zz.read(info.filename)
                    zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
                    zo.writestr(zi, rb(700) if info.filename == "content.xml" else b)
            data = out.getvalue()
        elif how == "ole":
            data = bytes.fromhex("D0CF11E0A1B11AE1") + rb(2040)
        elif how == "trunc_pdf":
            pb = pdf_bytes([("p", "Tracker"), ("t", [["a", "b"], ["1", "2"]])])
            data = pb[:len(pb) // 4]
        elif how == "zip_bad_member":
            data = zip_bytes([("letter1.docx", good_docx), ("letter2.docx", good_docx[:900])])
        else:
            data = b"PK\x03\x04" + rb(2500)
        e = E(fk, rng, rng.choice(list(EMP)), "HR Manager")
        to = [[e.addr], ["data@bridgeway-support.org.uk"], [DWP_INBOX], [e.addr], ["forum@northstar-training.co.uk"], ["mi@northstar-training.co.uk"],
              ["referrals@" + NHS], ["amrit.performance-manager@dwp.gov.uk"], ["letters@bridgeway-support.org.uk"], ["pp.team@" + PROBATION], [e.addr]][i]
        text = ["Hi,\n\nReferral form attached.", "Caseload attached.", "Exit report attached.", "The CVs, zipped.", "Minutes attached.",
                "CaseBook export attached.", "Old referral form from the archive.", "Tracker attached.", "Letters attached.", "Case notes attached.",
                "Payslip attached as requested."][i]
        mail("uninspectable", str(i), s, to, ["Referral", "Caseload", "Exit report", "CVs", "Minutes", "Export", "Referral (old)", "Tracker",
                                             "Letters", "Case notes", "Payslip"][i], text + "\n" + signature(s),
             atts=[Att(fn, data, guess_ctype(fn) if not fn.endswith(".msg") else "application/vnd.ms-outlook")], truth=T(),
             facts=FX(opaque="corrupt"), action="reject", rule="reject_uninspectable", notes=notes, crlf=(i == 5))


if __name__ == "__main__":
    main()

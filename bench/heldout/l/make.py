#!/usr/bin/env python3
"""Held-out set L: a small Yorkshire specialist subcontractor (IPS employment specialists beside
NHS talking therapies and community mental-health teams, Access to Work, supported internships).

Deterministic: every scenario has its own seed (Faker en_GB + random.Random), fixed Date headers,
Message-IDs and MIME boundaries, Office/zip timestamps normalised, os.urandom replaced by a seeded
source while building.  Run:  python make.py   (writes mail/, labels.jsonl, consent.txt, self-checks)
                              python make.py --check   (self-check only)
All people, addresses, NINOs, phones, accounts are invented.
"""
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL = os.path.join(HERE, "mail")
INT = "provider.example.org.uk"
ORG = "Three Ridings Work & Wellbeing CIC"
ORG_SHORT = "Three Ridings"
PRIME_DOM = "bridgeway-support.org.uk"      # our prime (supply chain)
PEER_DOM = "northstar-training.co.uk"       # fellow subcontractor (supply chain)
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
OUR_INBOX = "whp.dataexchange@provider.example.org.uk"
CLAIMANT_DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
EMPLOYERS = {
    "acme-logistics.co.uk": "Acme Logistics", "greenfield-care.com": "Greenfield Care",
    "citybuild-ltd.co.uk": "CityBuild Ltd", "harbourview-hotels.co.uk": "Harbourview Hotels",
    "brightside-retail.co.uk": "Brightside Retail", "moorside-bakery.co.uk": "Moorside Bakery",
    "wharfedale-print.co.uk": "Wharfedale Print & Pack", "kirkmoor-leisure.co.uk": "Kirkmoor Leisure Trust",
}
NHS_TT = "caldervale-talkingtherapies.nhs.uk"
NHS_CMHT = "pennine-cmht.nhs.uk"
COUNCIL = "kirkmoor.gov.uk"
COLLEGE = "airevalley-college.ac.uk"
HOUSING = "ridings-homes.org.uk"

# ---------------------------------------------------------------- seeded randomness
_RNG = random.Random(0)


def _urandom(n):
    return bytes(_RNG.getrandbits(8) for _ in range(n))


os.urandom = _urandom  # pyzipper salts: reproducible
import secrets  # noqa: E402
secrets.token_bytes = lambda n=32: _urandom(n)  # pypdf file ids and encryption keys: reproducible

VALID_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
VALID_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])\s?([A-Za-z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-Da-d])(?![A-Za-z0-9])")


def valid_nino(s):
    s = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z]{2})(\d{6})([A-D])", s)
    if not m:
        return False
    p = m.group(1)
    return p[0] in VALID_FIRST and p[1] in VALID_SECOND and p not in BAD_PREFIX


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text):
        s = "".join(m.groups()).upper()
        if valid_nino(s):
            out.add(s)
    return out


class Ctx:
    """per-scenario randomness"""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = Faker("en_GB")
        self.f.seed_instance(seed)
        _RNG.seed(seed * 7919 + 13)

    def choice(self, xs):
        return self.r.choice(xs)

    def nino(self, spaced=None):
        while True:
            p = self.r.choice(VALID_FIRST) + self.r.choice(VALID_SECOND)
            if p not in BAD_PREFIX:
                break
        d = "%06d" % self.r.randrange(10 ** 6)
        return p + d + self.r.choice("ABCD")

    def mobile(self):
        return "07700 900%03d" % self.r.randrange(1000)

    def land(self):
        return "0113 496 0%03d" % self.r.randrange(1000)

    def postcode(self):
        area, lo = self.r.choice([("LS", 31), ("BD", 31), ("HD", 11), ("WF", 21), ("HX", 8)])
        return "%s%d %d%s" % (area, lo + self.r.randrange(8), self.r.randrange(1, 10),
                              "".join(self.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))

    def town(self):
        return self.r.choice(["Halifax", "Huddersfield", "Dewsbury", "Brighouse", "Keighley", "Bradford",
                              "Wakefield", "Todmorden", "Batley", "Castleford", "Shipley", "Elland"])

    def address(self):
        return "%d %s, %s %s" % (self.r.randrange(1, 140), self.f.street_name(), self.town(), self.postcode())

    def dob(self, lo=1962, hi=2005):
        return datetime.date(self.r.randrange(lo, hi), self.r.randrange(1, 13), self.r.randrange(1, 29))

    def ref(self):
        return "TR-%05d" % self.r.randrange(10000, 99999)

    def sort_code(self):
        return "%02d-%02d-%02d" % (self.r.randrange(10, 99), self.r.randrange(100), self.r.randrange(100))

    def account(self):
        return "%08d" % self.r.randrange(10 ** 7, 10 ** 8)

    def iban(self):
        bank = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
        rest = "%06d%08d" % (self.r.randrange(10 ** 6), self.r.randrange(10 ** 8))
        return make_iban("GB", bank + rest)

    def card(self):
        digits = [4] + [self.r.randrange(10) for _ in range(14)]
        return luhn_complete(digits)

    def person(self, consent=False, sex=None, domain=None, age=None):
        p = Person(self, sex=sex, domain=domain)
        if consent:
            CONSENT.add(p.email)
        return p


def make_iban(cc, bban):
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def luhn_complete(digits):
    for c in range(10):
        d = digits + [c]
        if luhn_ok("".join(map(str, d))):
            s = "".join(map(str, d))
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


CONSENT = set()


class Person:
    def __init__(self, c, sex=None, domain=None):
        sex = sex or c.choice("MF")
        self.sex = sex
        self.first = c.f.first_name_male() if sex == "M" else c.f.first_name_female()
        self.last = c.f.last_name()
        self.name = "%s %s" % (self.first, self.last)
        dom = domain or c.choice(CLAIMANT_DOMS)
        sep = c.choice([".", "_", ""])
        self.email = ("%s%s%s%d@%s" % (self.first, sep, self.last, c.r.randrange(10, 99), dom)).lower().replace("'", "")
        self.nino = c.nino()
        self.dob = c.dob()
        self.mobile = c.mobile()
        self.address = c.address()
        self.ref = c.ref()
        self.initials = self.first[0] + self.last[0]
        self.he = "he" if sex == "M" else "she"
        self.his = "his" if sex == "M" else "her"
        self.him = "him" if sex == "M" else "her"


class Staff:
    def __init__(self, name, role, team="", dom=INT):
        self.name = name
        self.role = role
        self.team = team
        self.email = "%s@%s" % (name.lower().replace(" ", ".").replace("'", ""), dom)


STAFF = [
    Staff("Bernadette Holroyd", "IPS Employment Specialist", "IPS team, Calderdale"),
    Staff("Imran Sadiq", "IPS Employment Specialist", "IPS team, Kirklees"),
    Staff("Gemma Ackroyd", "Access to Work Adviser"),
    Staff("Callum Firth", "Supported Internship Job Coach"),
    Staff("Ruth Sutcliffe", "Service Manager"),
    Staff("Daniel Wainwright", "Employer Engagement Lead"),
    Staff("Shazia Hussain", "Admin and Data Officer"),
    Staff("Tom Greenwood", "Finance Officer"),
    Staff("Lorna Pickersgill", "IPS Team Leader"),
]
S = {s.name.split()[0]: s for s in STAFF}


class Ext:
    def __init__(self, name, dom, title="", org=""):
        self.name = name
        self.email = "%s@%s" % (name.lower().replace(" ", ".").replace("'", ""), dom)
        self.title = title
        self.org = org


PRIME = [Ext("Karen Oldroyd", PRIME_DOM, "Contract Manager", "Bridgeway Employment Partnership"),
         Ext("Mark Brearley", PRIME_DOM, "Performance Analyst", "Bridgeway Employment Partnership"),
         Ext("Joanne Clegg", PRIME_DOM, "Quality and Compliance Officer", "Bridgeway Employment Partnership")]
PEER = [Ext("Stuart Haigh", PEER_DOM, "Training Coordinator", "Northstar Training")]
WORKCOACH = [Ext("Deborah Moorhouse", "dwp.gov.uk", "Work Coach", "Halifax Jobcentre"),
             Ext("Wasim Akhtar", "jobcentreplus.gov.uk", "Work Coach", "Huddersfield Jobcentre"),
             Ext("Lesley Crowther", "dwp.gsi.gov.uk", "Disability Employment Adviser", "Dewsbury Jobcentre"),
             Ext("Phil Hirst", "jobcentreplus.gsi.gov.uk", "Work Coach Team Leader", "Brighouse Jobcentre")]
NHS = [Ext("Dr Helen Priestley", NHS_TT, "Clinical Lead", "Calder Vale NHS Talking Therapies"),
       Ext("Aaron Lumb", NHS_TT, "Psychological Wellbeing Practitioner", "Calder Vale NHS Talking Therapies"),
       Ext("Nadia Kowalski", NHS_CMHT, "Care Coordinator", "Pennine Community Mental Health Team"),
       Ext("Graham Illingworth", NHS_CMHT, "Team Manager", "Pennine Community Mental Health Team")]
COUNCILS = [Ext("Sarah Beaumont", COUNCIL, "SEND Transitions Officer", "Kirkmoor Council"),
            Ext("Neil Dyson", COUNCIL, "Employment and Skills Manager", "Kirkmoor Council")]


def employer_contact(c, dom=None):
    dom = dom or c.choice(sorted(EMPLOYERS))
    n = c.f.first_name() + " " + c.f.last_name()
    return Ext(n, dom, c.choice(["HR Manager", "Store Manager", "Operations Manager", "Recruitment Lead",
                                 "General Manager", "People Partner"]), EMPLOYERS.get(dom, dom))


DISCLAIMERS = [
    "Three Ridings is a Disability Confident Leader and a subcontractor of Bridgeway Employment Partnership. This e-mail "
    "may contain confidential information; if you received it in error please tell the sender and delete it. Feeling low? "
    "Our staff wellbeing line and the Samaritans are there for you.",
    "CONFIDENTIALITY: this message and any attachment may contain personal, sensitive or special category information "
    "(including health or criminal offence data) and is intended only for the named recipient. Three Ridings Work & "
    "Wellbeing CIC, company no. 09876543, registered in England.",
    "I work Monday to Wednesday. Please don't send participants' personal details by ordinary e-mail - use the secure "
    "portal or ask us for an encrypted message.",
    "Proud to be part of the Pennine IPS partnership with NHS talking therapies and the community mental health teams.",
]


def sig(s, c=None, full=True):
    c = c or Ctx(sum(map(ord, s.name)))
    office = "0113 496 0%03d" % (sum(map(ord, s.name)) % 1000)
    mob = "07700 900%03d" % ((sum(map(ord, s.name)) * 7) % 1000)
    if not full:
        return "\n" + c.choice(["%s" % s.name.split()[0], "%s\n%s" % (s.name, s.role), "%s | %s" % (s.name, ORG_SHORT),
                                "%s\nSent from my phone" % s.name.split()[0]])
    style = c.r.randrange(4)
    if style == 0:
        lines = ["", s.name, s.role, ORG, "Unit 4, Canal Wharf, Halifax HX9 1QD", "Office: " + office]
    elif style == 1:
        lines = ["", "%s (she/her)" % s.name if s.name.split()[0] in ("Bernadette", "Gemma", "Ruth", "Shazia", "Lorna") else s.name,
                 "%s%s" % (s.role, " - " + s.team if s.team else ""), "M: %s  T: %s" % (mob, office), ORG]
    elif style == 2:
        lines = ["", "--", "%s | %s | %s" % (s.name, s.role, ORG_SHORT), "Working hours: Tue-Fri. Mobile " + mob]
    else:
        lines = ["", s.name.split()[0], "", "%s, %s" % (s.name, s.role), "Three Ridings - work that fits your life",
                 "Office %s" % office]
    return "\n".join(lines) + ("\n\n" + c.choice(DISCLAIMERS) if c.r.randrange(3) else "")


def ext_sig(e):
    return "\n%s\n%s\n%s" % (e.name, e.title, e.org)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, extra=""):
    paras = "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n"))
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;font-size:11pt\">"
            "%s%s</body></html>" % (paras, extra))


def html_table(rows, header=None):
    h = ""
    if header:
        h = "<tr>%s</tr>" % "".join("<th style=\"border:1px solid #999;background:#dde\">%s</th>" % esc(str(x)) for x in header)
    b = "".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999\">%s</td>" % esc(str(x)) for x in r) for r in rows)
    return "<table style=\"border-collapse:collapse\">%s%s</table>" % (h, b)


def d_uk(d):
    return d.strftime("%d/%m/%Y")


def d_words(d):
    n = d.day
    suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s %s %d" % (n, suf, d.strftime("%B"), d.year)


def nino_fmt(n, style):
    if style == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == "lower":
        return n.lower()
    if style == "odd":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if style == "lowspaced":
        return ("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])).lower()
    return n


# ---------------------------------------------------------------- documents
FIXED_ZIP_DT = (2026, 11, 20, 9, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-20T09:00:00Z", blob)
            zout.writestr(zi, blob)
    return out.getvalue()


def latin(t):
    t = (t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u2022", "*").replace("\u00a0", " "))
    return t.encode("latin-1", "replace").decode("latin-1")


def docx_bytes(blocks, title="Document"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = "Three Ridings"
    d.core_properties.title = title
    d.core_properties.created = datetime.datetime(2026, 11, 20, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 11, 20, 9, 0, 0)
    d.core_properties.last_modified_by = "Three Ridings"
    d.core_properties.revision = 1
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            rows = val
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    t.cell(i, j).text = str(x)
        elif kind == "break":
            d.add_page_break()
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def _pdf():
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    p.set_creator("Three Ridings")
    p.set_producer("fpdf2")
    p.set_auto_page_break(True, 15)
    return p


def _pdf_blocks(p, blocks):
    p.add_page()
    for kind, val in blocks:
        if kind in ("h", "h2"):
            p.set_font("Helvetica", "B", 14 if kind == "h" else 12)
            p.multi_cell(0, 8, latin(val))
            p.ln(1)
        elif kind in ("p", "b"):
            p.set_font("Helvetica", "", 10)
            p.multi_cell(0, 5, latin(("- " if kind == "b" else "") + val))
            p.ln(2)
        elif kind == "table":
            p.set_font("Helvetica", "", 8)
            n = max(len(r) for r in val)
            w = 190.0 / n
            for r in val:
                for x in r:
                    p.cell(w, 5, latin(str(x))[:int(w / 1.6)], border=1)
                p.ln()
            p.ln(2)
        elif kind == "break":
            p.add_page()


def pdf_bytes(pages, password=None):
    p = _pdf()
    for blocks in pages:
        _pdf_blocks(p, blocks)
    data = bytes(p.output())
    if password:
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        w.encrypt(user_password=password, owner_password=password + "-own", algorithm="RC4-128")
        b = io.BytesIO()
        w.write(b)
        data = b.getvalue()
    return data


def xlsx_bytes(sheets, hidden_cols=None):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    for (sh, col) in (hidden_cols or []):
        wb[sh].column_dimensions[col].hidden = True
    fixed = datetime.datetime(2026, 11, 20, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Three Ridings"
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def odt_bytes(blocks):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.table import Table, TableRow, TableCell, TableColumn
    doc = OpenDocumentText()
    for kind, val in blocks:
        if kind in ("h", "h2"):
            doc.text.addElement(H(outlinelevel=1, text=val))
        elif kind in ("p", "b"):
            doc.text.addElement(P(text=val))
        elif kind == "table":
            t = Table(name="T%d" % len(val))
            t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in val)))
            for r in val:
                tr = TableRow()
                for x in r:
                    tc = TableCell()
                    tc.addElement(P(text=str(x)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    b = io.BytesIO()
    doc.save(b)
    data = b.getvalue()
    # odfpy writes mimetype first, stored; keep that, fix timestamps and meta dates
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "meta.xml":
                blob = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-11-20T09:00:00</dc:date>", blob)
                blob = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                              b"<meta:creation-date>2026-11-20T09:00:00</meta:creation-date>", blob)
                blob = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>odfpy</meta:generator>", blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(zi, blob)
    return out.getvalue()


def csv_semi(header, rows):
    s = io.StringIO()
    w = csv.writer(s, delimiter=";", lineterminator="\r\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


def fixed_width(header, rows, widths):
    def line(r):
        return "".join(str(x)[:w - 1].ljust(w) for x, w in zip(r, widths)).rstrip()
    out = [line(header), "-" * sum(widths)] + [line(r) for r in rows]
    return ("\n".join(out) + "\n").encode("utf-8")


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, blob in files:
            zi = zipfile.ZipInfo(fn, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


def aes_zip_bytes(files, password):
    import pyzipper
    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password.encode())
        for fn, blob in files:
            zi = pyzipper.zipfile_aes.AESZipInfo(fn, FIXED_ZIP_DT)
            zi.compress_type = pyzipper.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


def scan_image(seed, fmt="JPEG", w=1240, h=1754):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("L", (w, h), 246)
    dr = ImageDraw.Draw(im)
    y = 120
    dr.rectangle([100, 60, 700, 95], fill=40)
    while y < h - 150:
        x = 100
        while x < w - 120:
            ln = r.randrange(20, 110)
            dr.rectangle([x, y, min(x + ln, w - 100), y + 14], fill=r.randrange(30, 90))
            x += ln + r.randrange(10, 22)
        y += r.choice([30, 30, 34, 60])
    for _ in range(3000):
        dr.point((r.randrange(w), r.randrange(h)), fill=r.randrange(150, 230))
    im = im.rotate(r.uniform(-1.2, 1.2), fillcolor=250)
    b = io.BytesIO()
    im.save(b, fmt, quality=70) if fmt == "JPEG" else im.save(b, fmt)
    return b.getvalue()


def scan_pdf(seed, pages=1):
    p = _pdf()
    import tempfile
    for i in range(pages):
        p.add_page()
        img = scan_image(seed + i)
        p.image(io.BytesIO(img), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def ics(uid, summary, start, minutes, organizer, attendees, description="", location=""):
    def fold(line):
        out = []
        while len(line.encode()) > 74:
            out.append(line[:72])
            line = " " + line[72:]
        out.append(line)
        return "\r\n".join(out)
    end = start + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
             "DTSTART:16011028T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20261120T090000Z",
             "DTSTART;TZID=GMT Standard Time:%s" % start.strftime(f),
             "DTEND;TZID=GMT Standard Time:%s" % end.strftime(f),
             "SUMMARY:%s" % summary.replace(",", "\\,"),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=%s:mailto:%s" % (a.name, a.email))
    if location:
        lines.append("LOCATION:%s" % location.replace(",", "\\,"))
    if desc:
        lines.append("DESCRIPTION:%s" % desc)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n")


# ---------------------------------------------------------------- messages and labels
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()
MT = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "odt": ("application", "vnd.oasis.opendocument.text"), "csv": ("text", "csv"), "txt": ("text", "plain"),
      "zip": ("application", "zip"), "jpg": ("image", "jpeg"), "png": ("image", "png"), "ics": ("text", "calendar"),
      "doc": ("application", "msword"), "xls": ("application", "vnd.ms-excel")}


def att(fn, blob, mt=None):
    m = mt or MT.get(fn.rsplit(".", 1)[-1].lower(), ("application", "octet-stream"))
    return (fn, blob, m[0], m[1])


def addr(x):
    if isinstance(x, str):
        return ("", x)
    if isinstance(x, tuple):
        return x
    return (x.name, x.email)


def M(sender, to, subject, text=None, html=None, cc=(), bcc=(), atts=(), cal=None, cal_as_att=False, nested=(),
      headers=None, from_name=None, raw=None, crlf=False, mailer=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, html=html,
                atts=list(atts), cal=cal, cal_as_att=cal_as_att, nested=list(nested), headers=dict(headers or {}),
                from_name=from_name, raw=raw, crlf=crlf, mailer=mailer)


def L(action, rule, guidance, truth, notes, facts=None):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts or {})


def hdr(msg, sp):
    s = sp["sender"]
    fn = sp["from_name"] if sp["from_name"] is not None else addr(s)[0]
    msg["From"] = formataddr((fn, addr(s)[1])) if fn else addr(s)[1]
    msg["To"] = ", ".join(formataddr(addr(x)) if addr(x)[0] else addr(x)[1] for x in sp["to"]) or "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(formataddr(addr(x)) if addr(x)[0] else addr(x)[1] for x in sp["cc"])
    msg["Subject"] = sp["subject"]


def inner_message(frm, to, subject, text, date, atts=()):
    m = EmailMessage()
    m["From"] = formataddr(addr(frm))
    m["To"] = formataddr(addr(to))
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5((subject + str(date)).encode()).hexdigest()[:18], addr(frm)[1].split("@")[1])
    m.set_content(text)
    for a in atts:
        m.add_attachment(a[1], maintype=a[2], subtype=a[3], filename=a[0])
    return m


def build(sp, n):
    msg = EmailMessage()
    hdr(msg, sp)
    dt = datetime.datetime(2026, 10, 5, 8, 14, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=151 * n)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%d@%s>" % (hashlib.sha1(("hl%d" % n).encode()).hexdigest()[:22], n, INT)
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = sp["mailer"] or "Microsoft Outlook 16.0"
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        text, html = sp["text"], sp["html"]
        if text is not None:
            msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable" if n % 3 == 0 else None)
            if html is not None:
                msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        if sp["cal"] and not sp["cal_as_att"]:
            if not msg.is_multipart():
                msg.make_alternative()
            msg.add_alternative(sp["cal"], subtype="calendar", charset="utf-8", params={"method": "REQUEST"})
        if sp["cal"] and sp["cal_as_att"]:
            msg.add_attachment(sp["cal"].encode(), maintype="text", subtype="calendar", filename="invite.ics")
        for a in sp["atts"]:
            msg.add_attachment(a[1], maintype=a[2], subtype=a[3], filename=a[0])
        for inner in sp["nested"]:
            msg.add_attachment(inner)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_TR%03d_%d_%s" % (n, i, hashlib.md5(("l%d.%d" % (n, i)).encode()).hexdigest()[:14]))
            i += 1
    crlf = sp["crlf"] or n % 7 == 2
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))


def rcpts(sp):
    return [addr(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


GREET = ["Hi %s,", "Hello %s,", "Dear %s,", "Morning %s,", "Afternoon %s,", "%s -", "Hiya %s,"]
CLOSE = ["Many thanks,", "Thanks,", "Best wishes,", "Kind regards,", "Cheers,", "Warm regards,", "Speak soon,", "Ta,"]


def greet(c, who):
    first = who.name.split()[1] if who.name.startswith("Dr ") else who.name.split()[0]
    return c.choice(GREET) % first


def body(c, who, text, s, full=True):
    return "%s\n\n%s\n\n%s%s" % (greet(c, who), text.strip(), c.choice(CLOSE), sig(s, c, full))


def quote_outlook(frm, to, when, subject, text):
    return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s\n\n%s"
            % (frm.name, frm.email, when, to.name, to.email, subject, text))


SCEN = []


def scen(times=1):
    def deco(f):
        for v in range(times):
            SCEN.append((f, v))
        return f
    return deco


NC = lambda notes: L("relay", "no_claimant_data", "", T0, notes)


# ================================================================ relay: no claimant data
@scen(2)
def nc_newsletter(c, v):
    s = S["Lorna"] if v == 0 else S["Ruth"]
    to = [PRIME[0], NHS[0]] if v == 0 else [COUNCILS[1], NHS[2]]
    month = ["November", "December"][v]
    items = [
        ("Five ways to wellbeing this winter", "Shorter days hit many of us hard. Seasonal affective disorder, low mood and "
         "anxiety are common; our peer group meets every Thursday and the NHS talking therapies self-referral line is open."),
        ("IPS fidelity review", "Our Kirklees team scored 'good fidelity' (98/125). Reviewers praised how closely employment "
         "specialists sit with the community mental health team and attend weekly clinical meetings."),
        ("Access to Work - what's changed", "Applications for mental health support (the Mental Health Support Service) can be "
         "made before a job starts. Average decision times in our area were 9 weeks this quarter."),
        ("Supported internships", "Eleven young people with an EHCP started placements in September across three hosts."),
        ("Recovery and work", "Work is good for recovery for most people with severe mental illness, including psychosis and "
         "bipolar disorder, and for people in recovery from drug or alcohol dependency. Talk to us about referral routes."),
    ]
    c.r.shuffle(items)
    text = "%s Partner Bulletin - %s 2026\n\n" % (ORG_SHORT, month) + "\n\n".join("%s\n%s" % (h, t) for h, t in items)
    html = "<html><body><h2>%s Partner Bulletin</h2>%s<p style=\"font-size:8pt\">%s</p></body></html>" % (
        month, "".join("<h3>%s</h3><p>%s</p>" % (esc(h), esc(t)) for h, t in items), esc(sig(s, c)))
    return (M(s, to, "%s Partner Bulletin - %s" % (ORG_SHORT, month), text=text + sig(s, c), html=html),
            NC("wellbeing/partner newsletter: mental health, psychosis, addiction as service topics about nobody"))


@scen()
def nc_service_description(c, v):
    s, to = S["Lorna"], NHS[3]
    blocks = [("h", "Individual Placement and Support (IPS) - service description"),
              ("p", "Who we support: adults on the caseload of the Pennine CMHT with severe and enduring mental illness "
                    "(schizophrenia, bipolar affective disorder, personality disorder, severe depression) who want paid work. "
                    "No one is excluded because of symptoms, substance use, a criminal record or benefit status."),
              ("p", "How: zero exclusion; rapid job search within 30 days; employment specialists co-located in clinical "
                    "teams; time-unlimited in-work support; benefits counselling (Universal Credit, ESA, PIP) at the start."),
              ("table", [["Measure", "2024-25", "2025-26"], ["Referrals", "212", "248"], ["Job starts", "71", "89"],
                         ["Sustained 13 weeks", "48", "63"], ["Fidelity score", "94", "101"]])]
    text = body(c, to, "As promised at the steering group, here is the updated service description for the CMHT intranet. "
                "Feel free to cut it down - the table is whole-service numbers only.", s)
    return (M(s, [to], "IPS service description for the intranet", text=text,
              atts=[att("IPS_service_description_v3.docx", docx_bytes(blocks))]),
            NC("service description listing diagnoses and aggregate outcomes, no person"))


@scen(2)
def nc_minutes_policy(c, v):
    s = S["Ruth"]
    to = [PRIME[2], PEER[0]] if v == 0 else [NHS[0], NHS[1], COUNCILS[0]]
    if v == 0:
        title = "Supply chain quality meeting - minutes"
        items = ["Apologies: none.", "1. Disclosure of criminal records: the prime's policy is updated - unspent convictions "
                 "are discussed only with the participant's agreement and never written in free-text notes.",
                 "2. Special category data: reminder that health, ethnicity and religion fields live in the CRM, not in e-mail.",
                 "3. Sanctions: staff should signpost participants to the jobcentre and Citizens Advice; we do not record "
                 "sanction amounts.", "Actions: RS to circulate the revised data-handling checklist by 12 December."]
    else:
        title = "Employment & Health partnership - minutes of 18 November"
        items = ["Present: clinical leads, IPS team leader, SEND transitions.", "Item 1 - Referral pathway from step 2 and "
                 "step 3 therapy for people with depression and anxiety disorders who are off sick or out of work.",
                 "Item 2 - Waiting times for CMHT assessment (median 11 weeks) and how IPS can start before allocation.",
                 "Item 3 - Supported internships: eight hosts for 2027; travel training for young people with autism.",
                 "AOB - Suicide prevention training on 14 January; all partners welcome."]
    blocks = [("h", title)] + [("p", x) for x in items]
    fmt = c.choice(["docx", "odt"]) if v else "docx"
    blob = docx_bytes(blocks) if fmt == "docx" else odt_bytes(blocks)
    text = body(c, to[0], "Minutes attached. Shout if I've misquoted anyone.", s)
    return (M(s, to, title, text=text, atts=[att("minutes_%d.%s" % (v + 1, fmt), blob)]),
            NC("minutes about policy and pathways, special-category words about nobody"))


@scen(2)
def nc_bid(c, v):
    s = S["Ruth"]
    to = [COUNCILS[1]] if v == 0 else [Ext("Grants Team", "yorkshire-community-fund.org.uk", "Grants", "Yorkshire Community Fund")]
    rows = [["Outcome", "Number", "%"], ["People supported", "312", "100"], ["Disclosed a mental health condition", "241", "77"],
            ["Disclosed a learning disability or autism", "58", "19"], ["Into paid work", "104", "33"],
            ["Still in work at 6 months", "71", "23"], ["Claiming ESA or UC (LCWRA) at start", "199", "64"]]
    blocks = [("h", "Bid: Pennine Pathways to Work 2027-2029"),
              ("p", "We ask for GBP 184,000 over two years to add two IPS employment specialists and an Access to Work adviser."),
              ("h2", "Evidence of need and outcomes (2023-2026, all participants, anonymised)"), ("table", rows),
              ("p", "Case study (composite, not a real person): a man in his forties with long-term depression, out of work since "
                    "a redundancy, found warehouse work with a phased return and adjustments agreed through Access to Work.")]
    if v == 1:
        xl = xlsx_bytes([("Outcomes", rows), ("Budget", [["Line", "Y1", "Y2"], ["Staff", 71000, 73000], ["Travel", 4000, 4100],
                                                         ["Overheads", 15800, 16100]])])
        at = [att("pathways_bid_narrative.docx", docx_bytes(blocks)), att("pathways_bid_figures.xlsx", xl)]
    else:
        at = [att("Pennine_Pathways_bid_final.pdf", pdf_bytes([blocks]))]
    text = body(c, to[0], "Please find our application attached, with the outcome figures for the last three years. The case "
                "study is a composite, as the guidance asks.", s)
    return (M(s, to, "Funding application - Pennine Pathways to Work", text=text, atts=at),
            NC("funding bid with aggregate outcomes and a composite case study"))


@scen(2)
def nc_recruitment(c, v):
    s = S["Lorna"]
    to = [PRIME[0]] if v == 0 else [Ext("Jobs Desk", "yorkshire-jobs-board.co.uk", "Adverts", "Yorkshire Jobs Board")]
    ad = ("IPS Employment Specialist (2 posts) - Calderdale and Kirklees\nGBP 27,400 - 29,100, 37.5 hours\n\n"
          "You'll support people using secondary mental health services into paid work of their choosing. Lived "
          "experience of mental ill health, neurodivergence or the benefits system is welcome and valued. An enhanced "
          "DBS check is needed; having a conviction will not automatically stop you being appointed.\n\n"
          "We're a Disability Confident Leader and guarantee an interview to disabled applicants who meet the essentials. "
          "Closing date: 9 January 2027.")
    text = body(c, to[0], "Could this go out on your vacancies page too?\n\n" + ad if v == 0 else
                "Please publish the advert below from Monday for four weeks, invoice to the usual address.\n\n" + ad, s)
    return (M(s, to, "Advert: IPS Employment Specialist x2", text=text),
            NC("our own job advert: lived experience, DBS, convictions - about nobody"))


@scen()
def nc_employer_advert_fwd(c, v):
    s = S["Daniel"]
    e = employer_contact(c, "harbourview-hotels.co.uk")
    to = [WORKCOACH[1], WORKCOACH[3]]
    ad = ("Housekeeping Team Member - Harbourview Hotels, Huddersfield\n16-30 hrs, GBP 12.60/hr, flexible shifts, free meals.\n"
          "We're happy to make adjustments - quiet break room, written task lists, phased start. Ring the hotel on "
          "0113 496 0%03d to ask about a trial shift." % c.r.randrange(1000))
    text = ("Hi both,\n\nHarbourview have four roles open and are keen on people we support - the manager was great about "
            "adjustments last time. Please share with your caseloads.\n\nDaniel" + sig(s, c) +
            quote_outlook(e, s, "Tuesday, 17 November 2026 15:02", "vacancies", ad))
    return (M(s, to, "FW: vacancies - please share", text=text), NC("employer job advert forwarded to work coaches"))


@scen(2)
def nc_team_invite(c, v):
    s = S["Lorna"] if v == 0 else S["Ruth"]
    if v == 0:
        att_ = [NHS[2], NHS[3], S["Bernadette"], S["Imran"]]
        summ, loc = "IPS / CMHT monthly interface meeting", "Pennine CMHT, Room 2, Broad Street"
        desc = ("Standing agenda: referral numbers, fidelity action plan, joint training on benefits counselling. "
                "Please don't bring case details - we'll take those to the clinical meeting.")
    else:
        att_ = [PRIME[0], PRIME[1], PEER[0]]
        summ, loc = "Quarterly performance review Q3", "Teams"
        desc = "Q3 job outcomes (aggregate), Access to Work timeliness, audit of e-mail encryption use."
    start = datetime.datetime(2026, 12, 8 + v * 3, 10, 0)
    cal = ics("tr-inv-%d@provider.example.org.uk" % v, summ, start, 90, s, att_, desc, loc)
    text = "%s\n\nWhen: %s\nWhere: %s\n\n%s" % (summ, start.strftime("%A %d %B %Y %H:%M"), loc, desc)
    return (M(s, [a for a in att_ if isinstance(a, Ext)] or att_, summ, text=text, cal=cal,
              cc=[a for a in att_ if isinstance(a, Staff)]),
            NC("calendar invite (text/calendar) with no claimant data"))


@scen()
def nc_atw_guidance_employer(c, v):
    s = S["Gemma"]
    e = employer_contact(c, "wharfedale-print.co.uk")
    text = body(c, e, "Thanks for asking about Access to Work in general terms before you advertise.\n\n"
                "- It's a DWP grant towards extra costs of employing a disabled person or someone with a health condition "
                "(including mental health conditions), beyond reasonable adjustments you'd make anyway.\n"
                "- It can cover support workers, job coaches, specialist equipment, travel to work and the Mental Health "
                "Support Service.\n- For employers with 50-249 staff there's a cost share for equipment.\n\n"
                "The person applies themselves, but we can help them with the form. Happy to pop in and talk your "
                "supervisors through it.", s)
    return (M(s, [e], "Access to Work - the basics", text=text), NC("generic Access to Work guidance to an employer"))


@scen(2)
def nc_blank_template(c, v):
    s = S["Shazia"]
    to = [NHS[1]] if v == 0 else [COUNCILS[0], COLLEGE and Ext("Mo Farooq", COLLEGE, "Learning Support", "Aire Valley College")]
    if v == 0:
        rows = [["Field", "Answer"], ["Name", ""], ["Date of birth", ""], ["NI number", ""], ["Address / postcode", ""],
                ["Diagnosis / presenting problem", ""], ["Current therapy step", ""], ["Risk information", ""],
                ["Consent to share with IPS (Y/N)", ""]]
        fn, title = "IPS_referral_form_BLANK.docx", "IPS referral form"
    else:
        rows = [["Section", "To complete"], ["Young person's name", ""], ["Date of birth (dd/mm/yyyy)", ""],
                ["EHCP in place?", ""], ["Medical needs / medication", ""], ["Parent/carer contact", ""],
                ["Preferred placement area", ""]]
        fn, title = "Supported_Internship_application_2027_template.docx", "Supported internship application"
    blocks = [("h", title), ("p", "Please complete every field and return by secure e-mail."), ("table", rows)]
    text = body(c, to[0], "Here's the blank %s as requested - it's the new version with the consent question moved to the top."
                % title.lower(), s)
    return (M(s, to, "Blank %s" % title.lower(), text=text, atts=[att(fn, docx_bytes(blocks))]),
            NC("blank template with DOB/NINO/diagnosis fields, nothing filled in"))


@scen()
def nc_benefit_rates(c, v):
    s = S["Imran"]
    to = [NHS[0], NHS[1]]
    rows = [["Element", "Monthly rate 2026/27 (GBP)"], ["Standard allowance, single 25+", "424.90"],
            ["LCWRA element", "429.80"], ["Carer element", "201.68"], ["Work allowance (housing costs)", "411.00"]]
    html = to_html("Hello both,\n\nA few of your PWPs asked what the Universal Credit rates look like this year when we "
                   "do benefits counselling. Published rates below; everyone's award is different so please always refer "
                   "people to us for a better-off calculation.", html_table(rows[1:], rows[0]) + "<p>Imran</p>")
    return (M(s, to, "UC rates for better-off calcs", html=html), NC("published UC rates, HTML table, about nobody"))


@scen()
def nc_invoice(c, v):
    s, to = S["Tom"], PRIME[0]
    acc, sc = "%08d" % c.r.randrange(10 ** 7, 10 ** 8), c.sort_code()
    blocks = [("h", "INVOICE TR-INV-2026-117"), ("p", "To: Bridgeway Employment Partnership, contract WHP-PS-YH-04"),
              ("table", [["Description", "Qty", "Unit", "Total"], ["Job outcome payments, October", "14", "GBP 1,150", "GBP 16,100"],
                         ["Service fee, October", "1", "GBP 9,400", "GBP 9,400"], ["", "", "Total", "GBP 25,500"]]),
              ("p", "Please pay by BACS to Three Ridings Work & Wellbeing CIC, sort code %s, account %s. Payment terms 30 days." % (sc, acc))]
    text = body(c, to, "October invoice attached - same numbers as the claims file Mark signed off last week.", s)
    return (M(s, [to], "Invoice TR-INV-2026-117 (October)", text=text, atts=[att("TR-INV-2026-117.pdf", pdf_bytes([blocks]))]),
            NC("invoice with the provider's own bank details, not a claimant's"))


@scen()
def nc_staff_own_health(c, v):
    s, to = S["Bernadette"], NHS[2]
    text = ("Hi Nadia,\n\nI'm off on Thursday for a hospital appointment of my own (knee again!) so can we move our catch-up "
            "to Friday 2pm? Imran will cover the clinical meeting.\n\nBernie" + sig(s, c, full=False))
    return (M(s, [to], "Thursday catch-up - can we move it?", text=text, mailer="iPhone Mail (22B91)"),
            NC("the sender's own hospital appointment: staff are not data subjects"))


@scen()
def nc_supported_internship_overview(c, v):
    s, to = S["Callum"], COUNCILS[0]
    text = body(c, to, "Quick overview for your SEND panel paper:\n\n* 2026-27 cohort: 11 interns aged 17-24, all with an "
                "EHCP; 7 autistic, 4 with a learning disability (numbers only, no names).\n* Host employers: Greenfield Care, "
                "Kirkmoor Leisure Trust, Moorside Bakery.\n* Last year 6 of 9 interns moved into paid work.\n\nHappy to present "
                "it in person if useful.", s)
    return (M(s, [to], "Supported internship overview for SEND panel", text=text),
            NC("supported internship aggregates: ages and conditions as counts"))


@scen(2)
def nc_job_carving_generic(c, v):
    s = S["Daniel"]
    dom = ["moorside-bakery.co.uk", "acme-logistics.co.uk"][v]
    e = employer_contact(c, dom)
    tasks = [["Current task (bakers/supervisors)", "Hours/week", "Carved role"], ["Weighing and labelling dry ingredients", "6", "Yes"],
             ["Folding and stocking boxes", "5", "Yes"], ["Cleaning trays and racks", "8", "Yes"], ["Decorating", "10", "No"]] if v == 0 else \
        [["Task", "Who does it now", "Hours", "Suggested role"], ["Returns sorting", "Pickers", "12", "Returns assistant"],
         ["Label reprints", "Team leaders", "4", "Returns assistant"], ["Cage tidying", "Everyone", "6", "Returns assistant"]]
    blocks = [("h", "Job carving proposal - %s" % EMPLOYERS[dom]),
              ("p", "Job carving moves routine tasks away from skilled staff into a new role that suits someone who works "
                    "best with clear, repeatable tasks - often people with a learning disability, autism or a mental health "
                    "condition. Our job coach trains on site and fades support over 12 weeks."), ("table", tasks),
              ("p", "Next step: we shortlist people we support who are interested, with their agreement, and you interview.")]
    text = body(c, e, "Following our walk round the site, here's the proposal. No candidates named yet - that comes once you're "
                "happy with the role.", s)
    return (M(s, [e], "Job carving proposal", text=text, atts=[att("job_carving_%s.docx" % dom.split("-")[0], docx_bytes(blocks))]),
            NC("job carving proposal before any candidate is named"))


@scen()
def nc_ra_policy(c, v):
    s, e = S["Gemma"], employer_contact(c, "greenfield-care.com")
    blocks = [("h", "Reasonable adjustments at work - a guide for line managers"),
              ("p", "Examples for mental health conditions: flexible start times around medication side effects, a quiet "
                    "space, regular one-to-ones, written instructions, time off for therapy."),
              ("p", "Examples for autism: predictable rotas, warning of changes, reduced sensory load."),
              ("p", "Examples for physical health conditions such as diabetes, epilepsy or MS: breaks, adapted equipment.")]
    text = body(c, e, "As discussed, our line-manager guide is attached in PDF. It's general - nothing about anyone we've referred.", s)
    return (M(s, [e], "Line manager guide to adjustments", text=text,
              atts=[att("adjustments_guide_for_managers.pdf", pdf_bytes([blocks]))]),
            NC("generic reasonable adjustments guide"))


@scen(2)
def nc_aggregate_exports(c, v):
    s = S["Shazia"]
    to = [PRIME[1]]
    if v == 0:
        rows = [[m, r, j, o] for m, r, j, o in [("2026-07", 31, 9, 4), ("2026-08", 27, 11, 6), ("2026-09", 35, 8, 7),
                                                ("2026-10", 29, 12, 5)]]
        blob = csv_semi(["month", "referrals", "job_starts", "outcomes_13wk"], rows)
        fn, extra = "TR_monthly_aggregate_Q3.csv", "semicolon CSV as usual"
    else:
        hdr_ = ["PROGRAMME", "ACTIVE", "STARTS", "EXITS", "AVG_DAYS"]
        rows = [["WHP-DIS", 84, 12, 9, 211], ["IPS-CMHT", 133, 19, 14, 187], ["IPS-TT", 61, 15, 11, 96], ["SI-2026", 11, 11, 0, 63]]
        blob = fixed_width(hdr_, rows, [12, 8, 8, 8, 10])
        fn, extra = "caseload_summary_20261130.txt", "fixed-width straight out of the CMS"
    text = body(c, to[0], "Aggregate figures attached (%s). No personal data in this one - the record-level file goes through "
                "the portal." % extra, s)
    return (M(s, to, "Aggregate figures %s" % ["Q3", "30 Nov"][v], text=text, atts=[att(fn, blob)]),
            NC("aggregate counts export (CSV / fixed width), no records"))


@scen()
def nc_training_invite(c, v):
    s = S["Lorna"]
    to = [WORKCOACH[0], WORKCOACH[2], PEER[0]]
    text = body(c, to[0], "We've got six spare places on our trauma-informed practice session on 20 January (9.30-12.30, "
                "Halifax Central Library). It covers how adverse childhood experiences, domestic abuse, addiction and "
                "time in prison can shape how people engage, and practical ways to build trust. Free; lunch provided.", s)
    return (M(s, to, "Spare places: trauma-informed practice training", text=text),
            NC("training invite listing sensitive topics generically"))


@scen(3)
def nc_admin(c, v):
    s = [S["Shazia"], S["Tom"], S["Ruth"]][v]
    if v == 0:
        to, subj = [PRIME[2]], "Room booking for audit day"
        t = "Can we have the big meeting room at your Leeds office on 15 December for the file audit? We'll bring laptops."
    elif v == 1:
        to, subj = [Ext("Accounts", "pennine-office-supplies.co.uk", "Accounts", "Pennine Office Supplies")], "PO 44871 - missing toner"
        t = "Order PO 44871 arrived yesterday without the two toner cartridges (HP 26A). Could you send them or credit us?"
    else:
        to, subj = [NHS[3], COUNCILS[1]], "Christmas opening hours"
        t = ("We close at 1pm on 23 December and reopen on 2 January. The duty phone (0113 496 0%03d) is staffed 10-2 on "
             "29-31 December for urgent employer queries." % c.r.randrange(1000))
    return (M(s, to, subj, text=body(c, to[0], t, s)), NC("ordinary admin"))


@scen()
def nc_lookalike_refs(c, v):
    s = S["Tom"]
    to = [Ext("Bookings", "dales-conference-centre.co.uk", "Events", "Dales Conference Centre")]
    t = ("Booking ref QQ 12 34 56 C (your system) / our PO TN 40 11 27 B - confirming 45 delegates for the Employer Breakfast "
         "on 4 February, company no. SC 482913, VAT GB 294 1182 07. Dietary requirements to follow.")
    return (M(s, to, "Employer Breakfast booking QQ123456C", text=body(c, to[0], t, s)),
            NC("NINO look-alikes: QQ and TN prefixes, company and VAT numbers"))


@scen(2)
def nc_claimant_generic(c, v):
    s = S["Callum"] if v == 0 else S["Imran"]
    p = c.person()
    if v == 0:
        t = ("Just a reminder that our CV and interview skills drop-in runs every Wednesday 1-3pm at the Piece Hall office. "
             "No need to book - come along if you fancy it.")
    else:
        t = ("Thanks for coming to the group today. As promised, the details of the Kirkmoor Leisure job fair: Saturday 12 "
             "December, 10am-2pm, Huddersfield Sports Centre. Lots of employers who are happy to talk about adjustments.")
    return (M(s, [(p.name, p.email)], "Drop-in reminder" if v == 0 else "Job fair details",
              text="Hi %s,\n\n%s\n\n%s%s" % (p.first, t, c.choice(CLOSE), sig(s, c, False))),
            NC("mail to a participant with a greeting and generic information only"))


@scen()
def nc_policy_mappa(c, v):
    s, to = S["Ruth"], PRIME[2]
    blocks = [("h", "Working with people with convictions - Three Ridings procedure"),
              ("p", "When a participant discloses offences, a prison sentence, probation supervision or MAPPA management, the "
                    "employment specialist records only that a disclosure conversation happened. Risk information stays with "
                    "the probation practitioner. Ban-the-box employers are listed in Appendix B.")]
    return (M(s, [to], "Procedure for review - people with convictions",
              text=body(c, to, "Our draft procedure for your policy review, as requested in the audit.", s),
              atts=[att("procedure_convictions_v2.odt", odt_bytes(blocks))]),
            NC("policy (ODT) on criminal records, about nobody"))


@scen()
def nc_poster_pdf(c, v):
    s, to = S["Lorna"], [NHS[1], NHS[0]]
    blocks = [("h", "Want to work? We can help."), ("p", "Are you having therapy for anxiety, depression, OCD or PTSD? Our "
              "employment specialists work alongside your therapist. Free, confidential, no pressure. Ask your PWP or call "
              "0113 496 0%03d." % c.r.randrange(1000))]
    return (M(s, to, "Updated poster for waiting rooms", text=body(c, to[0], "New poster for the waiting areas attached.", s),
              atts=[att("IPS_poster_A4.pdf", pdf_bytes([blocks]))]), NC("service poster PDF"))


@scen()
def nc_signed_only(c, v):
    s, to = S["Ruth"], PRIME[0]
    t = body(c, to, "Confirming we accept the contract variation for 2027 (additional 40 IPS starts). Signed copy to follow "
             "by post.", s)

    def raw(msg):
        msg.set_type("multipart/signed")
        msg.set_param("protocol", "application/pkcs7-signature")
        msg.set_param("micalg", "sha-256")
        inner = EmailMessage()
        inner.set_content(t)
        del inner["MIME-Version"]
        sigp = EmailMessage()
        sigp.set_content(bytes(_RNG.getrandbits(8) for _ in range(600)), maintype="application", subtype="pkcs7-signature",
                         filename="smime.p7s")
        del sigp["MIME-Version"]
        msg.attach(inner)
        msg.attach(sigp)
    return (M(s, [to], "Contract variation 2027 - acceptance", raw=raw),
            NC("S/MIME signed only (readable), ordinary content"))


@scen()
def nc_work_coach_event(c, v):
    s, to = S["Imran"], [WORKCOACH[1]]
    html = to_html("Hi Wasim,\n\nWe're running an 'Is work right for me?' taster for people waiting for talking therapy on "
                   "the 14th. Could you mention it to customers who've told you they have anxiety or low mood and might "
                   "like to come? Poster text below.\n\nThanks, Imran",
                   "<div style=\"border:1px solid #aaa;padding:6px\"><b>Is work right for me?</b><br>Monday 14 December, "
                   "10-12, Huddersfield Library. Tea, biscuits, no pressure.</div>")
    return (M(s, to, "Taster session on the 14th", html=html), NC("event promotion to a work coach"))


@scen()
def nc_peer_thanks(c, v):
    s = S["Callum"]
    e = employer_contact(c, "kirkmoor-leisure.co.uk")
    t = ("A huge thank you to you and the pool team for hosting this year's interns. The certificates evening is on 16 July; "
         "your invitation is in the post. We'd love you to say a few words about what hosting has meant for the centre.")
    return (M(s, [e], "Thank you from the supported internship team", text=body(c, e, t, s)), NC("thanks to host employer"))


@scen()
def nc_dpia_question(c, v):
    s, to = S["Shazia"], PRIME[2]
    t = ("For the DPIA: we hold special category data (health, including mental health; ethnicity; religion where it affects "
         "adjustments; criminal offence data) on CharityLog, lawful basis Art 6(1)(e) and Art 9(2)(b)/(h). Retention 6 years "
         "after exit. Is that the wording you need or do you want it in your template?")
    return (M(s, [to], "DPIA wording", text=body(c, to, t, s)), NC("DPIA wording listing categories generically"))


# ================================================================ document content
SKILLS = ["stock rotation", "customer service", "food hygiene level 2", "forklift (counterbalance) licence", "Excel and Word",
          "cash handling", "data entry", "driving licence (full, clean)", "CSCS card", "first aid at work", "barista skills",
          "warehouse picking with handheld scanners", "gardening and grounds maintenance", "reception and switchboard"]
JOBS = [("Warehouse Operative", "Acme Logistics"), ("Care Assistant", "Greenfield Care"), ("Kitchen Porter", "Harbourview Hotels"),
        ("Retail Assistant", "Brightside Retail"), ("Labourer", "CityBuild Ltd"), ("Bakery Assistant", "Moorside Bakery"),
        ("Admin Assistant", "Kirkmoor Council"), ("Print Finisher", "Wharfedale Print & Pack"), ("Leisure Assistant", "Kirkmoor Leisure Trust")]


def cv_blocks(c, p, dob=False, health=False, conviction=False, nino=False, contact=True):
    job1, job2 = c.r.sample(JOBS, 2)
    b = [("h", p.name)]
    if contact:
        b.append(("p", "%s | %s | %s" % (p.address, p.mobile, p.email)))
    if dob:
        b.append(("p", "Date of birth: %s" % c.choice([d_uk(p.dob), d_words(p.dob), p.dob.isoformat()])))
    if nino:
        b.append(("p", "National Insurance number: %s" % nino_fmt(p.nino, "spaced")))
    b += [("h2", "Profile"), ("p", c.choice([
        "Reliable and practical, I like work where I can see what I've done at the end of the day.",
        "Friendly and patient with people; I enjoy a busy team and I'm keen to learn new systems.",
        "Careful, organised worker looking for steady hours close to home.",
        "I'm returning to work after a career break and I'm ready for a new challenge."]))]
    if health:
        b.append(("p", "I have bipolar disorder which is well managed with medication, and I may need occasional time off "
                       "for clinic appointments."))
    b += [("h2", "Experience"),
          ("p", "%s, %s (%d-%d)" % (job1[0], job1[1], 2015 + c.r.randrange(4), 2019 + c.r.randrange(4))),
          ("p", "%s, %s (%d-%d)" % (job2[0], job2[1], 2009 + c.r.randrange(4), 2013 + c.r.randrange(3))),
          ("h2", "Skills"), ("p", ", ".join(c.r.sample(SKILLS, 4)))]
    if conviction:
        b.append(("p", "Disclosure: I have a spent conviction from 2014 (theft) and I'm happy to discuss it."))
    b += [("h2", "References"), ("p", "Available on request.")]
    return b


def blocks_text(blocks):
    out = []
    for k, v in blocks:
        if k == "table":
            out += [" | ".join(map(str, r)) for r in v]
        elif k == "h":
            out += [v.upper(), "=" * len(v)]
        elif k == "h2":
            out += ["", v, "-" * len(v)]
        elif k != "break":
            out.append(v)
    return "\n".join(out)


def form_blocks(c, p, job, emp, age=True, dob=False, nino=False, health=False):
    rows = [["Question", "Answer"], ["Full name", p.name], ["Position applied for", job], ["Employer", emp]]
    if age:
        rows.append(["Age", str(2026 - p.dob.year)])
    if dob:
        rows.append(["Date of birth", c.choice([d_uk(p.dob), p.dob.strftime("%d.%m.%y"), p.dob.strftime("%d %b %Y")])])
    if nino:
        rows.append(["NI number", nino_fmt(p.nino, "odd")])
    rows += [["Hours wanted", c.choice(["16", "20-25", "full time", "mornings only"])],
             ["Right to work in the UK", "Yes"], ["Previous work", c.choice(JOBS)[0]],
             ["Why do you want this job?", c.choice(["I like working with people.", "It's near home and I know the area.",
                                                     "I worked in a kitchen before and enjoyed it."])]]
    if health:
        rows.append(["Health conditions we should know about", "Anxiety and panic attacks - may need breaks"])
    return [("h", "Application form - %s" % job), ("table", rows)]


def couple_form_blocks(c, a, b, emp):
    rows = [["", "Applicant 1", "Applicant 2"], ["Name", a.name, b.name], ["Age", str(2026 - a.dob.year), str(2026 - b.dob.year)],
            ["Experience", c.choice(JOBS)[0], c.choice(JOBS)[0]], ["Driving licence", "Yes", c.choice(["Yes", "No"])],
            ["Available from", "January 2027", "January 2027"]]
    return [("h", "Joint application - live-in couple (housekeeping and maintenance), %s" % emp), ("table", rows)]


def letter_blocks(c, p, kind, emp=None, when=None, extra=None):
    when = when or datetime.datetime(2026, 12, c.r.randrange(7, 23), c.r.choice([9, 10, 11, 14]), c.r.choice([0, 30]))
    wtxt = when.strftime("%A %d %B at %H:%M").replace(" 0", " ")
    if kind == "letter_interview":
        body_ = ("We are pleased to invite you to an interview for the post of %s at %s on %s. Please bring proof of your "
                 "right to work. Your employment specialist can come with you." % (emp[0], emp[1], wtxt))
        title = "Invitation to interview"
    elif kind == "letter_job_offer":
        body_ = ("Further to your interview, I am delighted to offer you the post of %s at %s, starting on %s, 20 hours a "
                 "week at GBP 12.60 per hour, subject to references." % (emp[0], emp[1], wtxt.split(" at ")[0]))
        title = "Offer of employment"
    elif kind == "letter_appointment":
        body_ = ("Your next appointment with your employment specialist is on %s at our Canal Wharf office, Halifax. "
                 "If you can't make it please ring us and we'll rearrange." % wtxt)
        title = "Appointment letter"
    else:
        body_ = extra
        title = "Letter"
    return [("p", ORG + ", Unit 4, Canal Wharf, Halifax HX9 1QD"), ("p", "Date: %s" % d_uk(datetime.date(2026, 11, 30))),
            ("h", title), ("p", "Dear %s %s," % (c.choice(["Mr", "Mx"]) if p.sex == "M" else c.choice(["Ms", "Mrs", "Miss"]), p.last)),
            ("p", body_), ("p", "Yours sincerely,"), ("p", c.choice(STAFF[:4]).name)]


def kv_rows(pairs):
    return [["Field", "Entry"]] + [[k, v] for k, v in pairs]


def ucnea1(c, p, emp):
    return [("h", "UCNEA1 - Universal Credit new employment advice"),
            ("table", kv_rows([("Claimant name", p.name), ("National Insurance number", p.nino), ("Employer", emp[1]),
                               ("Job title", emp[0]), ("Start date", "07/12/2026"), ("Hours per week", "24"),
                               ("Pay", "GBP 12.60 per hour, paid monthly"), ("Provider", ORG)]))]


def gns(c, p, emp, story):
    return [("h", "Good News Story"), ("table", kv_rows([("Participant", p.name), ("Reference", p.ref), ("Employer", emp[1]),
                                                         ("Role", emp[0]), ("Programme", "Work and Health Programme")])),
            ("p", story)]


def exit_report(c, p):
    return [("h", "WHP Exit Report"), ("table", kv_rows([("Participant", p.name), ("NINO", p.nino), ("Date of birth", d_uk(p.dob)),
                                                         ("Start on programme", "14/03/2025"), ("Exit date", "13/11/2026"),
                                                         ("Exit reason", "Completed 456 days"),
                                                         ("Health barriers addressed", "Depression; back pain - CBT completed"),
                                                         ("Recommendations", "Continue with Access to Work support worker")]))]


def coc(c, p):
    return [("h", "WHP Change of Circumstances"), ("table", kv_rows([("Participant", p.name), ("NINO", nino_fmt(p.nino, "spaced")),
                                                                     ("Change", "New address"), ("New address", p.address),
                                                                     ("Effective", "23/11/2026")]))]


def whp_eb(c, p, emp):
    return [("h", "WHP Employment Business Customer Form"),
            ("table", kv_rows([("Customer", p.name), ("NINO", p.nino), ("Date of birth", p.dob.strftime("%d %B %Y")),
                               ("Employment business", emp[1]), ("Assignment", emp[0]), ("Start", "30/11/2026")]))]


# ================================================================ relay under an exemption
@scen(6)
def ex_one_name(c, v):
    p = c.person()
    emp = c.choice(JOBS)
    if v == 0:
        s, e = S["Daniel"], employer_contact(c, "brightside-retail.co.uk")
        subj = "Interview slot Thursday"
        html = to_html("%s\n\nThanks for offering an interview - %s can do Thursday at 11:15. I'll come along for the first "
                       "ten minutes as agreed.\n\n%s" % (greet(c, e), p.first + " " + p.last, sig(s, c)))
        sp = M(s, [e], subj, html=html)
        note = "employer: one name + interview time"
    elif v == 1:
        s, e = S["Bernadette"], WORKCOACH[0]
        sp = M(s, [e], "Job start", text=body(c, e, "Good news - %s started at %s on Monday (%s). I'll keep supporting in work."
                                            % (p.name, emp[1], emp[0]), s))
        note = "DWP work coach: one name + start date"
    elif v == 2:
        s, e = S["Shazia"], PRIME[1]
        sp = M(s, [e], "Referral status update", text=body(c, e, "Referral for %s is now ACCEPTED on our side - first meeting "
                                                         "booked. Can you update the tracker?" % p.name, s))
        note = "prime: one name + referral status"
    elif v == 3:
        s, e = S["Callum"], employer_contact(c, "kirkmoor-leisure.co.uk")
        start = datetime.datetime(2026, 12, 10, 14, 0)
        cal = ics("tr-int-%d@provider.example.org.uk" % v, "Working interview - %s" % p.name, start, 60, s, [e],
                  "Working interview for the leisure assistant role. Job coach attending.", "Kirkmoor Leisure Centre reception")
        sp = M(s, [e], "Working interview - %s" % p.name, text="Working interview - %s\n%s" % (p.name, start.strftime("%d/%m/%Y %H:%M")),
               cal=cal)
        note = "calendar invite to employer: one name + interview time (subject and ICS)"
    elif v == 4:
        s, e = S["Imran"], WORKCOACH[1]
        sp = M(s, [e], "Re: appointment", text=("Hi Wasim, yes %s came in for %s appointment at 10 today, all fine. Next one "
                                               "is 3rd Dec.\nImran" % (p.first, p.his)) + sig(s, c, False) +
               quote_outlook(e, s, "Monday, 23 November 2026 08:47", "appointment",
                             "Morning Imran, did %s make it in today? Thanks, Wasim" % p.name))
        note = "reply chain to DWP: one name + appointment attendance"
    else:
        s, e = S["Callum"], PEER[0]
        sp = M(s, [e], "Booking - forklift course", text=body(c, e, "Please could you book %s onto the counterbalance course "
                                                             "starting 11 January? Thanks for squeezing us in." % p.name, s))
        note = "fellow subcontractor: one name + course booking"
    return sp, L("relay", "one_name", "¶18", T(subjects=1), note, {"name_only": True})


@scen(4)
def ex_cv_to_claimant(c, v):
    p = c.person(consent=True)
    s = [S["Bernadette"], S["Imran"], S["Callum"], S["Lorna"]][v]
    blocks = cv_blocks(c, p)
    fn = "%s_%s_CV.%s" % (p.first, p.last, ["docx", "pdf", "odt", "txt"][v])
    blob = [docx_bytes, lambda b: pdf_bytes([b]), odt_bytes, lambda b: blocks_text(b).encode()][v](blocks)
    t = c.choice(["Here's your CV with the changes we talked about - have a read and let me know if anything's wrong.",
                  "As promised, the tidied-up CV is attached. I've moved the forklift licence up to the top.",
                  "Your updated CV is attached so you can apply online tonight. Good luck!"])
    return (M(s, [(p.name, p.email)], "Your CV", text="Hi %s,\n\n%s\n\n%s%s" % (p.first, t, c.choice(CLOSE), sig(s, c)),
              atts=[att(fn, blob)]),
            L("relay", "cv_to_claimant", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
              "one clean CV to the consented participant's own address", {"cv_count": 1}))


@scen(5)
def ex_cvs(c, v):
    s = S["Daniel"]
    n = [1, 3, 10, 1, 6][v]
    ppl = [c.person() for _ in range(n)]
    if v == 4:
        to = [PRIME[0]]
    else:
        to = [employer_contact(c, ["acme-logistics.co.uk", "greenfield-care.com", "harbourview-hotels.co.uk",
                                   "moorside-bakery.co.uk"][v])]
    atts, text = [], None
    if v == 0:
        atts = [att("CV_%s.pdf" % ppl[0].last, pdf_bytes([cv_blocks(c, ppl[0])]))]
        t = "CV attached for the warehouse role - I think %s would be a great fit." % ppl[0].first
    elif v == 1:
        atts = [att("%s %s CV.docx" % (p.first, p.last), docx_bytes(cv_blocks(c, p))) for p in ppl]
        t = "Three CVs for the care assistant vacancies, as discussed on the phone."
    elif v == 2:
        atts = [att("Harbourview_shortlist_10_CVs.pdf", pdf_bytes([cv_blocks(c, p) for p in ppl]))]
        t = "All ten CVs bound into one PDF, one per page, in the order of the shortlist."
    elif v == 3:
        t = ("Pasting %s's CV below as the attachment wouldn't open on your phone.\n\n----- CV -----\n%s\n----- end -----"
             % (ppl[0].first, blocks_text(cv_blocks(c, ppl[0]))))
    else:
        atts = [att("CVs_for_Bridgeway_jobs_fair.zip", zip_bytes([("%s.docx" % p.last, docx_bytes(cv_blocks(c, p))) for p in ppl]))]
        t = "Six CVs zipped for your jobs-fair pack."
    return (M(s, to, ["CV - warehouse operative", "CVs for care assistant roles", "Shortlist (10 CVs)", "CV as requested",
                      "Jobs fair CVs"][v], text=body(c, to[0], t, s), atts=atts),
            L("relay", "cvs_up_to_10", "¶19 ¶21", T(contact=True, subjects=n, kinds=["cv"]),
              "%d CV(s) to %s" % (n, "supply chain (zip)" if v == 4 else "an employer" + (" (pasted in body)" if v == 3 else "")),
              {"cv_count": n}))


@scen(3)
def ex_forms(c, v):
    s = S["Callum"]
    if v == 0:
        p = c.person()
        e = employer_contact(c, "kirkmoor-leisure.co.uk")
        atts = [att("SI_application_%s.docx" % p.last, docx_bytes(form_blocks(c, p, "Supported intern - leisure", "Kirkmoor Leisure Trust")))]
        people, t, kinds = 1, "Application form for our intern candidate attached (age included, as your form asks).", ["application_form"]
    elif v == 1:
        e = employer_contact(c, "greenfield-care.com")
        ppl = [c.person() for _ in range(10)]
        atts = [att("application_forms_x10.pdf", pdf_bytes([form_blocks(c, p, "Care Assistant", "Greenfield Care") for p in ppl]))]
        people, t, kinds = 10, "Ten completed application forms for the open day.", ["application_form"]
    else:
        e = employer_contact(c, "harbourview-hotels.co.uk")
        ppl = [c.person() for _ in range(10)]
        atts = [att("couple_%d.docx" % (i + 1), docx_bytes(couple_form_blocks(c, ppl[2 * i], ppl[2 * i + 1], "Harbourview Hotels")))
                for i in range(5)]
        people, t, kinds = 10, "Five joint applications for the live-in couple posts (ten people).", ["application_form_couple"]
    return (M(s, [e], "Application forms", text=body(c, e, t, s), atts=atts),
            L("relay", "application_forms_up_to_10", "¶22 ¶23 ¶24", T(subjects=people, kinds=kinds),
              "%d people on application forms, ages only" % people, {"form_people": people}))


@scen(4)
def ex_letters(c, v):
    s = [S["Daniel"], S["Bernadette"], S["Gemma"], S["Shazia"]][v]
    emp = c.choice(JOBS)
    if v == 0:
        p = c.person()
        e = employer_contact(c, "citybuild-ltd.co.uk")
        atts = [att("interview_letter_%s.docx" % p.last, docx_bytes(letter_blocks(c, p, "letter_interview", emp)))]
        to, n, kind, t = [e], 1, "letter_interview", "Copy of the interview letter we sent, for your file."
    elif v == 1:
        p = c.person(consent=bool(c.r.randrange(2)))
        atts = [att("appointment.pdf", pdf_bytes([letter_blocks(c, p, "letter_appointment")]))]
        to, n, kind = [(p.name, p.email)], 1, "letter_appointment"
        t = "Your appointment letter is attached - same place as last time."
    elif v == 2:
        p = c.person()
        atts = [att("offer_letter.pdf", pdf_bytes([letter_blocks(c, p, "letter_job_offer", emp)]))]
        to, n, kind, t = [PRIME[1]], 1, "letter_job_offer", "Offer letter evidence for the outcome claim."
    else:
        ppl = [c.person() for _ in range(10)]
        atts = [att("appointment_letters_w49.pdf", pdf_bytes([letter_blocks(c, p, "letter_appointment") for p in ppl]))]
        to, n, kind, t = [PRIME[2]], 10, "letter_appointment", "The ten appointment letters for the file sample."
    if v == 1:
        text = "Hi %s,\n\n%s\n\n%s%s" % (p.first, t, c.choice(CLOSE), sig(s, c))
    else:
        text = body(c, to[0], t, s)
    return (M(s, to, ["Interview letter copy", "Your appointment", "Job offer evidence", "File sample - appointment letters"][v],
              text=text, atts=atts),
            L("relay", "letters_up_to_10", "¶24 ¶25 ¶26 ¶27 ¶28", T(subjects=n, kinds=[kind]),
              "%d %s(s)%s" % (n, kind, " to the addressee's own address" if v == 1 else ""), {"letters": n}))


def names(c, n):
    seen, out = set(), []
    while len(out) < n:
        fn, ln = c.f.first_name(), c.f.last_name()
        if (fn, ln) in seen:
            continue
        seen.add((fn, ln))
        out.append((fn, ln))
    return out


@scen(4)
def ex_names_list(c, v):
    s = S["Shazia"]
    if v == 0:
        nm = names(c, 500)
        rows = [[ln.upper(), fn[0], "TR-%05d" % (20000 + i)] for i, (fn, ln) in enumerate(nm)]
        atts = [att("active_caseload_refs.csv", csv_semi(["SURNAME", "INIT", "REF"], rows))]
        to, n, t = [PRIME[1]], 500, "Active caseload reconciliation - exactly 500 rows, surname/initial/ref only."
    elif v == 1:
        nm = names(c, 400)
        rows = [["Ref", "Forename", "Surname", "Induction date"]] + [
            ["TR-%05d" % (31000 + i), fn, ln, "%02d/12/2026" % (1 + i % 20)] for i, (fn, ln) in enumerate(nm)]
        atts = [att("induction_schedule_Dec.xlsx", xlsx_bytes([("Inductions", rows)]))]
        to, n, t = [PRIME[0]], 400, "December induction schedule (400 people) - names, refs and dates only."
    elif v == 2:
        nm = names(c, 120)
        rows = [[ln, fn, c.nino()] for fn, ln in nm]
        atts = [att("northstar_course_list.txt", fixed_width(["SURNAME", "FORENAME", "NINO"], rows, [18, 14, 11]))]
        to, n, t = [PEER[0]], 120, "Course list with NINOs for your ILR matching, fixed width from the CMS."
    else:
        nm = names(c, 37)
        e = employer_contact(c, "acme-logistics.co.uk")
        html = to_html(greet(c, e) + "\n\nThese people have booked a slot at your recruitment day. Names and slot times only.",
                       html_table([["%s %s" % nm_, "%02d:%02d" % (9 + i // 6, (i % 6) * 10)] for i, nm_ in enumerate(nm)],
                                  ["Name", "Slot"]) + "<p>%s</p>" % esc(sig(s, c)).replace("\n", "<br>"))
        return (M(s, [e], "Recruitment day bookings", html=html),
                L("relay", "names_list_500", "¶29 ¶30 ¶31", T(subjects=37, kinds=["name_list"]),
                  "37 names + slot times in an HTML table to an employer", {"list_rows": 37, "list_cols": ["name", "time"]}))
    return (M(s, to, ["Caseload reconciliation", "Induction schedule", "Course list", ""][v], text=body(c, to[0], t, s), atts=atts),
            L("relay", "names_list_500", "¶29 ¶30 ¶31", T(ninos=n if v == 2 else 0, subjects=n, kinds=["name_list"]),
              "list of %d names (surname, initial/forename, ref%s)" % (n, "/NINO" if v == 2 else ""),
              {"list_rows": n}))


@scen(2)
def ex_nino_only(c, v):
    s = S["Shazia"]
    n = [650, 1200][v]
    ns = sorted({c.nino() for _ in range(n + 20)})[:n]
    if v == 0:
        blob = ("\n".join(ns) + "\n").encode()
        fn, to = "nino_dedupe_check.txt", [PRIME[1]]
    else:
        blob = csv_semi(["nino"], [[x] for x in ns])
        fn, to = "ninos_for_matching.csv", [PEER[0]]
    return (M(s, to, "NINO list for de-duplication", text=body(c, to[0], "NINO-only list for the duplicate check, nothing else in "
                                                               "the file.", s), atts=[att(fn, blob)]),
            L("relay", "nino_only_list", "¶29 ¶31", T(ninos=n, subjects=n, kinds=["nino_list"]),
              "%d NINOs only, no limit" % n, {"nino_only": True, "list_rows": n}))


@scen(2)
def ex_dwp_list(c, v):
    s = S["Imran"] if v == 0 else S["Shazia"]
    if v == 0:
        nm = names(c, 23)
        e = WORKCOACH[1]
        t = "Here's who's booked for next week's group sessions:\n\n" + "\n".join(
            "%s %s - TR-%05d - %s" % (fn, ln, 40000 + i, c.choice(["Mon 10:00", "Tue 14:00", "Thu 10:00"])) for i, (fn, ln) in enumerate(nm))
        return (M(s, [e], "Group sessions next week", text=body(c, e, t, s)),
                L("relay", "dwp_names_list", "¶36 ¶29", T(subjects=23, kinds=["name_list"]),
                  "23 names + refs + session times in the body to a work coach", {"list_rows": 23}))
    nm = names(c, 500)
    rows = [["Surname", "Forename", "NINO"]] + [[ln, fn, c.nino()] for fn, ln in nm]
    return (M(s, [WORKCOACH[3]], "Referral reconciliation - 500 names",
              text=body(c, WORKCOACH[3], "Reconciliation list attached, 500 rows.", s),
              atts=[att("reconciliation_500.xlsx", xlsx_bytes([("List", rows)]))]),
            L("relay", "dwp_names_list", "¶36 ¶29", T(ninos=500, subjects=500, kinds=["name_list"]),
              "500 names + NINOs to DWP", {"list_rows": 500}))


@scen(3)
def ex_dwp_forms(c, v):
    p = c.person()
    emp = c.choice(JOBS)
    if v == 0:
        s, to = S["Bernadette"], [WORKCOACH[0]]
        atts = [att("UCNEA1_%s.docx" % p.last, docx_bytes(ucnea1(c, p, emp)))]
        t, kind, nin = "UCNEA1 attached for a job start this week.", "ucnea1", 1
        tr = T(ninos=1, subjects=1, kinds=[kind])
    elif v == 1:
        s, to = S["Lorna"], [WORKCOACH[2]]
        story = ("%s had been out of work for six years with severe depression and social anxiety. Working with %s IPS specialist "
                 "alongside the CMHT, %s started as a %s and has now passed probation." % (p.first, p.his, p.he, emp[0].lower()))
        atts = [att("GNS_%s.pdf" % p.ref, pdf_bytes([gns(c, p, emp, story)]))]
        t, kind = "Good News Story for the district newsletter, with %s's agreement." % p.first, "good_news_story"
        tr = T(special=["mental_health"], subjects=1, kinds=[kind])
    else:
        s, to = S["Ruth"], [WORKCOACH[3]]
        story = "%s secured an apprenticeship after completing our confidence course." % p.name
        atts = [att("good_news_story.docx", docx_bytes(gns(c, p, emp, story)))]
        t, kind = "One for the good news board!", "good_news_story"
        tr = T(subjects=1, kinds=[kind])
    return (M(s, to, ["UCNEA1 - job start", "Good News Story", "Good news"][v], text=body(c, to[0], t, s), atts=atts),
            L("relay", "dwp_ucnea1_gns", "¶34 ¶35", tr, "one %s to a DWP address%s" % (kind, "; mental health inside the GNS is part of it" if v == 1 else ""),
              {"records": 1}))


@scen(3)
def ex_c15(c, v):
    p = c.person()
    emp = c.choice(JOBS)
    blocks, kind, tr = [(exit_report(c, p), "exit_report", T(ninos=1, dob=True, special=["health", "mental_health"], subjects=1,
                                                                 kinds=["exit_report"])),
                        (coc(c, p), "change_of_circumstances", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"])),
                        (whp_eb(c, p, emp), "whp_eb_customer_form", T(ninos=1, dob=True, subjects=1, kinds=["whp_eb_customer_form"]))][v]
    fn = ["Exit_Report_%s.pdf" % p.ref, "CoC_%s.docx" % p.ref, "WHP_EB_customer_form_%s.pdf" % p.ref][v]
    blob = pdf_bytes([blocks]) if fn.endswith(".pdf") else docx_bytes(blocks)
    inbox = Ext("WHP Data Exchange", INT)
    inbox.email = OUR_INBOX
    text = "Please find attached one %s (our ref %s).\n\nThree Ridings data exchange" % (kind.replace("_", " "), p.ref)
    return (M(inbox, [DWP_INBOX], "%s - %s" % (["Exit Report", "Change of Circumstances", "EB Customer Form"][v], p.ref),
              text=text, atts=[att(fn, blob)]),
            L("relay", "dwp_c15_process", "C15 ¶46 ¶49", tr, "one %s record between the designated inboxes" % kind, {"records": 1}))


@scen(2)
def ex_forward_sub(c, v):
    p = c.person()
    s = S["Shazia"]
    dwp = Ext("WHP Referrals", "dwp.gov.uk")
    dwp.email = DWP_INBOX
    rec = ("WHP referral\nName: %s\nNINO: %s\nDOB: %s\nAddress: %s\nPhone: %s\nReferral reason: %s\n"
           % (p.name, p.nino, d_uk(p.dob), p.address, p.mobile,
              c.choice(["long-term health condition (musculoskeletal)", "disability - hearing impairment"])))
    inner = inner_message(dwp, (OUR_INBOX and ("WHP Data Exchange", OUR_INBOX)), "WHP referral %s" % p.ref, rec,
                          datetime.datetime(2026, 11, 24, 9, 12, tzinfo=datetime.timezone.utc))
    t = ("Forwarding this referral to you as agreed - %s wants the forklift route. One referral only." % p.first)
    return (M(s, [PEER[0]], "FW: WHP referral %s" % p.ref, text=body(c, PEER[0], t, s), nested=[inner]),
            L("relay", "forward_subcontractor", "C15 ¶53", T(ninos=1, dob=True, special=["health"], contact=True, subjects=1),
              "one DWP referral record (nested message/rfc822) forwarded to an approved subcontractor",
              {"fwd_record": 1, "records": 1}))


def _armor(c, n=900):
    import base64
    blob = base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(n))).decode()
    return "\n".join(blob[i:i + 64] for i in range(0, len(blob), 64))


@scen(3)
def ex_encrypted(c, v):
    s = [S["Gemma"], S["Bernadette"], S["Ruth"]][v]
    to = [[WORKCOACH[2]], [NHS[2]], [PRIME[0]]][v]
    if v == 0:
        def raw(msg):
            der = bytes([0x30, 0x80, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03, 0xA0, 0x80]) + \
                bytes(c.r.getrandbits(8) for _ in range(1400))
            msg.set_content(der, maintype="application", subtype="pkcs7-mime", filename="smime.p7m",
                            params={"smime-type": "enveloped-data", "name": "smime.p7m"})
            del msg["MIME-Version"]
            msg["MIME-Version"] = "1.0"
        return (M(s, to, "Access to Work evidence", raw=raw), L("relay", "already_encrypted", "¶18", T0,
                                                              "S/MIME enveloped-data"))
    if v == 1:
        def raw(msg):
            msg.set_type("multipart/encrypted")
            msg.set_param("protocol", "application/pgp-encrypted")
            a = EmailMessage()
            a.set_content(b"Version: 1\r\n", maintype="application", subtype="pgp-encrypted")
            del a["MIME-Version"]
            b = EmailMessage()
            b.set_content(("-----BEGIN PGP MESSAGE-----\n\n%s\n=Xk3d\n-----END PGP MESSAGE-----\n" % _armor(c)).encode(),
                          maintype="application", subtype="octet-stream", filename="encrypted.asc")
            del b["MIME-Version"]
            msg.attach(a)
            msg.attach(b)
        return (M(s, to, "case notes", raw=raw), L("relay", "already_encrypted", "¶18", T0, "PGP/MIME"))
    t = "-----BEGIN PGP MESSAGE-----\nVersion: GnuPG v2\n\n%s\n=p0Qa\n-----END PGP MESSAGE-----\n" % _armor(c, 700)
    return (M(s, to, "Q3 claims evidence", text=t), L("relay", "already_encrypted", "¶18", T0, "inline PGP"))


# ================================================================ encrypt: special categories
def ES(special, subjects, notes, kinds=(), **kw):
    return L("encrypt", "encrypt_special_category", "¶25 ¶26 ¶32", T(special=special, subjects=subjects, kinds=kinds, **kw), notes)


@scen()
def es_case_note_cmht(c, v):
    p = c.person()
    s, e = S["Bernadette"], NHS[2]
    t = ("Quick update on %s (%s) before Thursday's clinical meeting. %s has missed two shifts at the bakery this week and "
         "told me the voices have come back since the clozapine dose was reduced. The manager has been supportive. Could you "
         "pick this up with the psychiatrist? I've said I'll ring %s tomorrow." % (p.initials, p.ref, p.he.capitalize(), p.him))
    return (M(s, [e], "Update %s / %s" % (p.initials, p.ref), text=body(c, e, t, s)),
            ES(["mental_health", "health"], 1, "initials + ref with psychosis relapse and medication, to CMHT"))


@scen()
def es_ra_letter(c, v):
    p = c.person()
    s, e = S["Gemma"], employer_contact(c, "wharfedale-print.co.uk")
    extra = ("Further to our meeting, %s has agreed that I share the following. %s is autistic and experiences anxiety in "
             "noisy, changeable environments. We recommend: a fixed workstation away from the guillotine, noise-cancelling "
             "ear defenders, written task lists, a named buddy and a ten-minute break each hour in the first month. An "
             "Access to Work application for a job coach has been made." % (p.first, p.he.capitalize()))
    blocks = letter_blocks(c, p, "letter_other", extra=extra)
    blocks[3] = ("p", "Dear %s," % e.name)
    blocks[2] = ("h", "Reasonable adjustments for %s" % p.name)
    text = body(c, e, "Please find attached the reasonable adjustments letter we discussed, ahead of %s's start on Monday." % p.first, s)
    return (M(s, [e], "Reasonable adjustments letter - %s" % p.first, text=text,
              atts=[att("Reasonable_adjustments_%s.docx" % p.last, docx_bytes(blocks))]),
            ES(["health", "mental_health"], 1, "reasonable-adjustment letter (letter_other) naming an autistic employee", kinds=["letter_other"]))


@scen()
def es_minutes_named(c, v):
    ppl = [c.person() for _ in range(3)]
    s, to = S["Lorna"], [NHS[2], NHS[3]]
    items = [("p", "Clinical interface meeting - IPS caseload"),
             ("p", "%s (%s): alcohol relapse over the weekend, unsure about returning to the warehouse; CC to review detox referral." % (ppl[0].initials, ppl[0].ref)),
             ("p", "%s (%s): started sertraline, sleeping better; interview at Brightside on Friday." % (ppl[1].initials, ppl[1].ref)),
             ("p", "%s (%s): recently discharged from the ward, wants to defer job search for a month." % (ppl[2].initials, ppl[2].ref))]
    return (M(s, to, "Minutes - clinical interface 26/11", text=body(c, to[0], "Minutes from Thursday attached.", s),
              atts=[att("clinical_interface_minutes_2611.docx", docx_bytes(items))]),
            ES(["substance", "mental_health", "health"], 3, "minutes about identifiable people (initials + refs)"))


@scen()
def es_thread_gentleman(c, v):
    p = c.person(sex="M")
    s, e = S["Imran"], NHS[1]
    first = ("Hi Aaron,\n\nI've got a gentleman on my caseload, %s (our ref %s), who's waiting for step 3. Could you check where he "
             "is on the list?\n\nImran" % (p.first + " " + p.last[0] + ".", p.ref))
    reply = ("Hi Imran,\n\nChecked - he's number 14. I'll flag it with the team.\n\nAaron")
    mine = ("Thanks Aaron. The gentleman I mentioned had a really rough week - he told me he'd been having thoughts of ending "
            "his life and went to A&E on Sunday. He's agreed I tell you. Can his step 3 be prioritised?\n\nImran")
    t = mine + sig(s, c, False) + quote_outlook(e, s, "Wednesday, 25 November 2026 11:02", "RE: waiting list", reply) + \
        quote_outlook(s, e, "Tuesday, 24 November 2026 16:40", "waiting list", first)
    return (M(s, [e], "RE: waiting list", text=t),
            ES(["mental_health"], 1, "'the gentleman I mentioned': identified only by the ref earlier in the thread"))


@scen()
def es_caseload_review(c, v):
    ppl = [c.person() for _ in range(14)]
    s, to = S["Lorna"], [PRIME[2]]
    rows = [["Ref", "Name", "Programme", "Primary barrier", "Weeks on", "RAG"]]
    bar = ["Depression", "Generalised anxiety disorder", "PTSD", "Chronic back pain", "Bipolar disorder", "Alcohol misuse",
           "Fibromyalgia", "Schizophrenia", "Autism", "Learning disability", "COPD", "Drug misuse (opiates)"]
    for p in ppl:
        rows.append([p.ref, p.name, c.choice(["WHP-DIS", "IPS-CMHT", "IPS-TT"]), c.choice(bar), c.r.randrange(2, 60), c.choice("RAG")])
    return (M(s, to, "Caseload review - Calderdale IPS", text=body(c, to[0], "Caseload review workbook for the quality visit, "
                                                                 "one row per participant.", s),
              atts=[att("caseload_review_Nov26.xlsx", xlsx_bytes([("Review", rows), ("Summary", [["Total", 14]])]))]),
            ES(["health", "mental_health", "substance"], 14, "caseload review with diagnoses per named row", kinds=["name_list"]))


@scen()
def es_atw(c, v):
    p = c.person()
    s, e = S["Gemma"], Ext("Access to Work", "dwp.gov.uk", "Adviser", "DWP Access to Work")
    e.email = "atw.yorkshire@dwp.gov.uk"
    t = ("Supporting information for the Access to Work application made by %s (application started 19 November). %s has "
         "multiple sclerosis with fatigue and reduced grip; we recommend a taxi to and from work on bad days and a voice "
         "recognition package." % (p.name, p.he.capitalize()))
    return (M(s, [e], "AtW application - supporting info for %s" % p.name, text=body(c, e, t, s)),
            ES(["health"], 1, "health detail to DWP outside any C15 process"))


@scen()
def es_referral_fwd(c, v):
    p = c.person()
    s = S["Bernadette"]
    inner = inner_message(NHS[1], s, "IPS referral", "Referral to IPS\n\nName: %s\nPHQ-9: 16 (moderate depression)\nGAD-7: 14\n"
                          "Step 2 guided self-help completed; wants part-time admin work.\n" % p.name,
                          datetime.datetime(2026, 11, 18, 14, 3, tzinfo=datetime.timezone.utc))
    return (M(s, [PRIME[0]], "FW: IPS referral", text=body(c, PRIME[0], "Forwarding the referral for the contract file.", s),
              nested=[inner]),
            ES(["mental_health"], 1, "NHS referral (nested message/rfc822) with PHQ-9/GAD-7 forwarded to the prime (not a DWP record)"))


@scen()
def es_criminal(c, v):
    p = c.person(sex="M")
    s, e = S["Daniel"], employer_contact(c, "citybuild-ltd.co.uk")
    t = ("Before Monday's interview: %s has asked me to let you know he's on licence after an 18-month sentence for "
         "assault, supervised by probation in Huddersfield. His probation officer is happy to talk to you. He's been "
         "brilliant on our CSCS course." % p.name)
    return (M(s, [e], "Interview Monday - disclosure", text=body(c, e, t, s)),
            ES(["criminal"], 1, "named candidate's conviction and licence to an employer"))


@scen()
def es_substance_invite(c, v):
    p = c.person()
    s, e = S["Imran"], NHS[2]
    start = datetime.datetime(2026, 12, 9, 13, 30)
    cal = ics("tr-rev-%s@provider.example.org.uk" % p.ref, "Joint review - %s" % p.ref, start, 45, s, [e],
              "Three-way review with %s: cannabis use affecting mornings at work\nand whether to refer to Forward Leeds." % p.name,
              "CMHT Broad Street")
    return (M(s, [e], "Joint review - %s" % p.ref, text="Joint review %s, 9 December 13:30." % p.ref, cal=cal),
            ES(["substance"], 1, "substance misuse in a calendar invite description, named"))


@scen()
def es_job_carving_named(c, v):
    p = c.person()
    s, e = S["Callum"], employer_contact(c, "moorside-bakery.co.uk")
    blocks = [("h", "Job carving proposal - candidate"), ("p", "Candidate: %s" % p.name),
              ("p", "%s has a mild learning disability and epilepsy (well controlled; no seizures for two years). We suggest "
                    "no work at height and no night shifts." % p.first),
              ("table", [["Task", "Hours"], ["Labelling", "6"], ["Box folding", "5"], ["Tray washing", "8"]])]
    return (M(s, [e], "Carved role - proposed candidate", text=body(c, e, "Here's who we'd propose for the carved role.", s),
              atts=[att("carved_role_candidate.docx", docx_bytes(blocks))]),
            ES(["health"], 1, "job carving proposal naming a candidate with epilepsy"))


@scen()
def es_gns_cover(c, v):
    p = c.person(sex="M")
    s, e = S["Lorna"], WORKCOACH[0]
    emp = c.choice(JOBS)
    t = ("GNS attached for %s. Off the record, it's even better than it reads: this time last year he was on the "
         "psychiatric ward after a breakdown." % p.first)
    return (M(s, [e], "Good News Story", text=body(c, e, t, s),
              atts=[att("GNS.docx", docx_bytes(gns(c, p, emp, "%s started as a %s." % (p.first, emp[0]))))]),
            ES(["mental_health"], 1, "one GNS to DWP is fine, but the covering text adds a psychiatric admission",
               kinds=["good_news_story"]))


@scen()
def es_monitoring(c, v):
    p = c.person()
    s, to = S["Shazia"], [PRIME[1]]
    rows = [["Field", "Response"], ["Participant", p.name], ["Ref", p.ref], ["Ethnic group", c.choice(["Asian or Asian British - Pakistani",
            "Black or Black British - Caribbean", "White - Gypsy or Irish Traveller", "Mixed - White and Black African"])],
            ["Religion or belief", c.choice(["Muslim", "Sikh", "Christian", "Jewish"])], ["Disability", "Yes"]]
    return (M(s, to, "Equality monitoring - late return", text=body(c, to[0], "Missing monitoring form for the ESF return.", s),
              atts=[att("monitoring_%s.csv" % p.ref, csv_semi(None, rows))]),
            ES(["ethnicity", "religion"], 1, "equality monitoring for one named participant (semicolon CSV)"))


@scen()
def es_religion(c, v):
    p = c.person(sex="M")
    s, e = S["Daniel"], employer_contact(c, "acme-logistics.co.uk")
    t = ("One adjustment to flag for %s's rota: he's a practising Muslim and would like his lunch break moved to 13:15 on "
         "Fridays for Jumu'ah, and somewhere quiet to pray. He's happy to make the time up." % p.name)
    return (M(s, [e], "Rota request", text=body(c, e, t, s)),
            ES(["religion"], 1, "religious belief of a named new starter"))


@scen()
def es_orientation(c, v):
    p = c.person(sex="F")
    s, e = S["Bernadette"], NHS[1]
    t = ("%s (%s) asked me to pass on that she's recently come out as a lesbian and things at home are very tense, which "
         "is feeding into the low mood. She'd like her PWP to know before next session." % (p.first, p.ref))
    return (M(s, [e], "Before next session", text=body(c, e, t, s)),
            ES(["sexual_orientation", "mental_health"], 1, "sexual orientation and low mood, first name + ref"))


@scen()
def es_union(c, v):
    p = c.person()
    s, e = S["Gemma"], employer_contact(c, "greenfield-care.com")
    t = ("%s would like %s Unison rep, as a union member, to come to the return-to-work meeting on Tuesday. Could you confirm "
         "that's fine?" % (p.name, p.his))
    return (M(s, [e], "Return to work meeting", text=body(c, e, t, s)),
            ES(["trade_union"], 1, "trade union membership of a named employee"))


@scen()
def es_intern_medical(c, v):
    p = c.person()
    s, e = S["Callum"], employer_contact(c, "kirkmoor-leisure.co.uk")
    t = ("%s starts %s internship with you on Monday. Medical: type 1 diabetes, carries insulin and glucose tablets; if %s "
         "looks shaky or confused give sugar and ring me. %s has a one-page hypo plan I'll bring." % (p.name, p.his, p.he,
                                                                                                       p.he.capitalize()))
    return (M(s, [e], "Intern starting Monday", text=body(c, e, t, s)),
            ES(["health"], 1, "supported intern's medical plan to host employer"))


@scen()
def es_html_scores(c, v):
    ppl = [c.person() for _ in range(5)]
    s, to = S["Imran"], [NHS[0]]
    rows = [[p.first + " " + p.last[0], p.ref, c.r.randrange(5, 25), c.r.randrange(4, 20), c.choice(["Step 2", "Step 3"])] for p in ppl]
    html = to_html("Dr Priestley,\n\nJoint caseload as of Friday with latest outcome measures:",
                   html_table(rows, ["Client", "Ref", "PHQ-9", "GAD-7", "Therapy"]) + "<p>Imran</p>")
    return (M(s, to, "Joint caseload - outcome measures", html=html),
            ES(["mental_health"], 5, "HTML table of identifiable clients with PHQ-9/GAD-7 scores"))


@scen()
def es_quoted_only(c, v):
    p = c.person(sex="F")
    s, e = S["Bernadette"], employer_contact(c, "brightside-retail.co.uk")
    nhs = NHS[1]
    q = ("Hi Bernie, just so you know %s's OCD has been much worse this month and she's struggling with the checking at "
         "closing time. Might be worth asking the store about a different shift. Aaron" % p.first)
    t = ("Hi, could %s %s move to the early shift (7-1) from next week rather than closing? Happy to talk it through.\n\n"
         "Bernie" % (p.first, p.last)) + sig(s, c, False) + quote_outlook(nhs, s, "Monday, 30 November 2026 09:15", "%s" % p.first, q)
    return (M(s, [e], "FW: shift change for %s" % p.first, text=t),
            ES(["mental_health"], 1, "health detail only in the forwarded/quoted part, to an employer"))


@scen()
def es_support_plan_odt(c, v):
    p = c.person()
    s, e = S["Imran"], employer_contact(c, "harbourview-hotels.co.uk")
    blocks = [("h", "In-work support plan - %s" % p.name), ("p", "Agreed with %s and the line manager." % p.first),
              ("p", "Triggers: large groups, being rushed. Early signs: withdrawing, missing breaks. Diagnosis: PTSD; "
                    "trauma therapy fortnightly on Wednesday afternoons."), ("p", "Actions: fixed Wednesday finish at 1pm.")]
    return (M(s, [e], "Support plan", text=body(c, e, "Support plan attached (ODT, sorry - it's what our laptop saves in).", s),
              atts=[att("support_plan.odt", odt_bytes(blocks))]),
            ES(["mental_health"], 1, "in-work support plan (ODT) with PTSD diagnosis"))


@scen()
def es_sister_address(c, v):
    p = c.person()
    s = S["Callum"]
    mum = Ext("%s %s" % (c.f.first_name_female(), p.last), c.choice(CLAIMANT_DOMS))
    t = ("Just to confirm your %s %s's induction is 10am Monday - thanks for the lift, it really helps while %s's still "
         "learning the bus route. As you asked, I've told the host about %s seizures and the rescue medication in %s bag."
         % ("son" if p.sex == "M" else "daughter", p.first, p.he, p.his, p.his))
    return (M(s, [mum], "Induction Monday", text=body(c, mum, t, s)),
            ES(["health"], 1, "a parent's personal address is a third party, not the participant's own"))


# ================================================================ encrypt: NINO
def EN(subjects, notes, ninos=1, **kw):
    return L("encrypt", "encrypt_nino", "¶33 ¶18", T(ninos=ninos, subjects=subjects, **kw), notes)


@scen(9)
def en_nino(c, v):
    p = c.person()
    s = c.choice([S["Shazia"], S["Bernadette"], S["Imran"], S["Gemma"]])
    n = p.nino
    if v == 0:
        e = NHS[2]
        return (M(s, [e], "Re: %s referral" % nino_fmt(n, "spaced"), text=body(c, e, "Yes that's the right person - %s. "
                                                                          "Thanks for checking." % p.first, s)),
                EN(1, "NINO (spaced) only in the subject"))
    if v == 1:
        e = employer_contact(c, "greenfield-care.com")
        blob = pdf_bytes([[("h", "Right to work check - completed"), ("p", "Share code verified on 20/11/2026.")]])
        return (M(s, [e], "Right to work check", text=body(c, e, "Right to work evidence attached.", s),
                  atts=[att("RTW_%s_%s.pdf" % (p.last, n), blob)]),
                EN(1, "NINO in the attachment file name only"))
    if v == 2:
        e = NHS[1]
        start = datetime.datetime(2026, 12, 15, 11, 0)
        cal = ics("tr-nhs-%d@provider.example.org.uk" % v, "Three-way meeting", start, 30, s, [e],
                  "With %s. NI: %s for your records system." % (p.first, nino_fmt(n, "lowspaced")), "Teams")
        return (M(s, [e], "Three-way meeting", text="Invite attached.", cal=cal, cal_as_att=True),
                EN(1, "lower-case spaced NINO in an .ics attachment description"))
    if v == 3:
        e = PRIME[1]
        return (M(s, [e], "Outcome evidence query", text=body(c, e, "Evidence for the outcome is now on the portal.", s),
                  headers={"X-Case-Reference": "%s / %s" % (p.ref, n)}),
                EN(1, "NINO in a custom X- header only"))
    if v == 4:
        e = employer_contact(c, "acme-logistics.co.uk")
        inner = inner_message(WORKCOACH[0], s, "payroll details", "Hi, for the new starter's payroll: %s, NI number %s.\nDeborah"
                              % (p.name, nino_fmt(n, "odd")), datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.timezone.utc))
        return (M(s, [e], "FW: payroll details", text=body(c, e, "See below from the jobcentre for payroll set-up.", s),
                  nested=[inner]), EN(1, "NINO inside a forwarded message/rfc822 to an employer"))
    if v == 5:
        e = Ext("Revenues & Benefits", COUNCIL)
        e.email = "hb.liaison@" + COUNCIL
        blob = csv_semi(["ref", "surname", "forename", "nino", "status"], [[p.ref, p.last, p.first, n, "in work from 07/12"]])
        return (M(s, [e], "Housing benefit - change notified", text=body(c, e, "Export row attached as requested.", s),
                  atts=[att("hb_change_%s.csv" % p.ref, blob)]), EN(1, "one person's CSV row with NINO to the council"))
    if v == 6:
        e = Ext("Lettings", HOUSING, "Housing Officer", "Ridings Homes")
        t = ("Hi,\n\nRe tenant %s - the NI number you asked for is %s\n%s %s. %s starts work next week.\n\n%s" %
             (p.name, n[:2], n[2:8], n[8], p.he.capitalize(), c.choice(CLOSE))) + sig(s, c)
        return (M(s, [e], "NI number", text=t), EN(1, "NINO split across a line break"))
    if v == 7:
        e = employer_contact(c, "moorside-bakery.co.uk")
        html = to_html("%s\n\nFor the starter paperwork: %s's NI number is %s.\n\nThanks" % (greet(c, e), p.first, n.lower()))
        return (M(s, [e], "Starter paperwork", html=html), EN(1, "lower-case NINO in HTML-only body"))
    e = NHS[3]
    return (M(s, [e], "Records match", text=body(c, e, "Please see Keywords for the matching key.", s),
              headers={"Keywords": "IPS, %s" % nino_fmt(n, "spaced")}), EN(1, "NINO in the Keywords header"))


# ================================================================ encrypt: DOB / bank, benefits / children
def ED(notes, subjects=1, dob=False, bank=False, **kw):
    return L("encrypt", "encrypt_dob_bank", "¶32", T(dob=dob, bank=bank, subjects=subjects, **kw), notes)


@scen(8)
def ed_dob_bank(c, v):
    p = c.person()
    s = c.choice([S["Gemma"], S["Tom"], S["Callum"], S["Shazia"]])
    if v == 0:
        e = employer_contact(c, "harbourview-hotels.co.uk")
        t = ("For your insurance form: %s was born on the %s." % (p.name, d_words(p.dob).replace(" ", " of ", 1)))
        return (M(s, [e], "Insurance form", text=body(c, e, t, s)), ED("DOB in words in the body", dob=True))
    if v == 1:
        e = NHS[0]
        blocks = [("h", "IPS referral"), ("table", [["Name", p.name], ["D.O.B.", p.dob.isoformat()], ["GP", "Elland Medical Centre"],
                                                   ["Consent to share", "Yes"]])]
        return (M(s, [e], "Referral form", text=body(c, e, "Completed referral attached.", s),
                  atts=[att("referral_%s.docx" % p.ref, docx_bytes(blocks))]), ED("ISO DOB in a DOCX referral form", dob=True))
    if v == 2:
        e = employer_contact(c, "acme-logistics.co.uk")
        blob = fixed_width(["REF", "SURNAME", "FORENAME", "DOB", "START"], [[p.ref, p.last.upper(), p.first.upper(),
                                                                            p.dob.strftime("%d.%m.%y"), "07.12.26"]], [10, 16, 14, 10, 10])
        return (M(s, [e], "Starter record", text=body(c, e, "CMS export for the new starter (fixed width).", s),
                  atts=[att("starter_%s.txt" % p.ref, blob)]), ED("dd.mm.yy DOB in a fixed-width export row", dob=True))
    if v == 3:
        sc, acc = c.sort_code(), c.account()
        t = ("Please reimburse %s's interview travel (GBP 18.40, receipts on the portal). Bank: sort code %s, account number %s."
             % (p.name, sc, acc))
        return (M(S["Tom"], [PRIME[0]], "Travel reimbursement", text=body(c, PRIME[0], t, S["Tom"])),
                ED("participant's sort code + account to the prime", bank=True))
    if v == 4:
        t = ("In-work grant for %s (GBP 150 towards boots and uniform). %s banks with a European app - IBAN %s."
             % (p.name, p.he.capitalize(), " ".join([p.nino and c.iban()][0][i:i + 4] for i in range(0, 22, 4))))
        return (M(S["Tom"], [PRIME[0]], "In-work grant payment", text=body(c, PRIME[0], t, S["Tom"])),
                ED("participant's IBAN (grouped in fours)", bank=True))
    if v == 5:
        e = Ext("Orders", "pennine-workwear.co.uk", "Sales", "Pennine Workwear")
        t = ("Please refund the safety boots order 7781 to the customer's own card, %s, exp 09/28 - name on card %s. "
             "We bought them by mistake." % (c.card(), p.name.upper()))
        return (M(S["Tom"], [e], "Refund order 7781", text=body(c, e, t, S["Tom"])),
                ED("participant's Luhn-valid card number", bank=True))
    if v == 6:
        e = employer_contact(c, "greenfield-care.com")
        return (M(s, [e], "Application - care assistant", text=body(c, e, "Application form attached.", s),
                  atts=[att("application_%s.pdf" % p.last, pdf_bytes([form_blocks(c, p, "Care Assistant", "Greenfield Care",
                                                                                   age=False, dob=True)]))]),
                ED("application form with a DOB: the forms exemption fails", dob=True, kinds=["application_form"]))
    e = NHS[2]
    blocks = [("h", "Referral"), ("table", [["Name", p.name], ["Date of birth", p.dob.strftime("%d %B %Y")],
                                            ["Reason", "Wants support to find work"]])]
    return (M(s, [e], "Referral (PDF)", text=body(c, e, "Referral attached.", s),
              atts=[att("referral.pdf", docx_bytes(blocks), ("application", "pdf"))]),
            ED("mislabelled: named .pdf/application/pdf but a readable DOCX, with a DOB inside", dob=True))


def EB(notes, subjects=1, benefit=False, children=False, **kw):
    return L("encrypt", "encrypt_benefit_children", "¶32 ¶30",
             T(benefit=benefit, children=children, subjects=subjects, **kw), notes)


@scen(6)
def eb_benefit_children(c, v):
    p = c.person()
    s = c.choice([S["Imran"], S["Bernadette"], S["Gemma"]])
    if v == 0:
        e = NHS[1]
        t = ("FYI %s (%s) was sanctioned - UC reduced by GBP 12.67 a day for 28 days after a missed work search review. It's "
             "really knocked %s; worth knowing before Thursday." % (p.first, p.ref, p.him))
        return (M(s, [e], "FYI before Thursday", text=body(c, e, t, s)), EB("UC sanction detail about first name + ref", benefit=True))
    if v == 1:
        e = Ext("Lettings", HOUSING, "Income Officer", "Ridings Homes")
        blocks = [("h", "Better-off calculation - %s" % p.name), ("table", [["", "Now", "In work (24h)"],
                  ["Universal Credit (monthly)", "GBP 1,083.40", "GBP 604.10"], ["Wages (monthly)", "0", "GBP 1,310.00"],
                  ["Housing element", "GBP 458.00", "GBP 458.00"]])]
        return (M(s, [e], "Rent arrears plan", text=body(c, e, "Better-off calc attached with %s's agreement." % p.first, s),
                  atts=[att("better_off_%s.xlsx" % p.last, xlsx_bytes([("Calc", blocks[1][1])]))] if c.r.randrange(2) else
                  [att("better_off_%s.docx" % p.last, docx_bytes(blocks))]),
                EB("named better-off calculation with UC amounts", benefit=True))
    if v == 2:
        e = COUNCILS[1]
        t = ("%s has been awarded PIP at the enhanced daily living rate (GBP 110.40 a week) from October, so the blue badge "
             "application can go ahead." % p.name)
        return (M(s, [e], "PIP award", text=body(c, e, t, s)), EB("named PIP award amount", benefit=True))
    if v == 3:
        e = employer_contact(c, "brightside-retail.co.uk")
        k1, k2 = c.f.first_name(), c.f.first_name()
        t = ("%s can do 9:30-2:30 only: %s drops %s kids %s (5) and %s (8) at school first." % (p.name, p.he, p.his, k1, k2))
        return (M(s, [e], "Hours for %s" % p.first, text=body(c, e, t, s)), EB("participant's children's names and ages", children=True))
    if v == 4:
        e = Ext("Nursery Office", "little-acorns-nursery.co.uk", "Manager", "Little Acorns Nursery")
        kid = c.f.first_name() + " " + p.last
        start = datetime.datetime(2026, 12, 14, 9, 0)
        cal = ics("tr-nur@provider.example.org.uk", "Settling session - %s" % kid, start, 60, s, [e],
                  "%s (aged 3; DOB %s) - mum %s starts work on the 4th so needs 3 days a week." %
                  (kid, d_uk(datetime.date(2023, c.r.randrange(1, 13), 12)), p.first), "Little Acorns")
        return (M(s, [e], "Settling session - %s" % kid, text="Settling session booked, see invite.", cal=cal),
                EB("child's name, age and DOB in a calendar invite", children=True, dob=True))
    ppl = [c.person() for _ in range(3)]
    rows = [["Name", "Ref", "Benefit", "Amount (GBP/fortnight)", "Change"]] + [
        [q.name, q.ref, "ESA (IR)", "%.2f" % (c.r.randrange(18000, 26000) / 100), "Ends - migrating to UC"] for q in ppl]
    return (M(S["Shazia"], [PRIME[2]], "ESA migration - 3 cases", text=body(c, PRIME[2], "The three managed-migration cases.", S["Shazia"]),
              atts=[att("esa_migration.xlsx", xlsx_bytes([("Cases", rows)]))]),
            EB("three named rows with ESA amounts", benefit=True, subjects=3))


# ================================================================ encrypt: more than one name
def EX(notes, **kw):
    return L("encrypt", "encrypt_beyond_name", "¶18", T(subjects=1, **kw), notes)


@scen(6)
def ex_beyond_name(c, v):
    p = c.person()
    s = c.choice([S["Daniel"], S["Callum"], S["Bernadette"]])
    e = employer_contact(c)
    if v == 0:
        return (M(s, [e], "Candidate", text=body(c, e, "%s is keen - you can ring %s directly on %s." % (p.name, p.him, p.mobile), s)),
                EX("name + mobile to an employer", contact=True))
    if v == 1:
        taxi = Ext("Bookings", "calder-cars.co.uk", "Dispatch", "Calder Cars")
        t = "Please collect %s from %s at 07:20 on Monday, to Acme Logistics. Account TR." % (p.name, p.address)
        return (M(s, [taxi], "Taxi booking Monday", text=body(c, taxi, t, s)), EX("name + home address to a taxi firm", contact=True))
    if v == 2:
        return (M(s, [e], "Contact for the trial shift", text=body(c, e, "Best to e-mail %s on %s about the trial shift." % (p.first, p.email), s)),
                EX("name + personal e-mail", contact=True))
    if v == 3:
        return (M(s, [e], "%s - %s" % (p.name, p.ref), text=body(c, e, "Timesheet for %s attached to the portal under our ref." % p.first, s)),
                EX("name + reference number (an identifier) in the subject"))
    if v == 4:
        html = to_html("%s\n\nWelcome pack for %s please - post it to %s so it arrives before the start." % (greet(c, e), p.name, p.address))
        return (M(s, [e], "Welcome pack", html=html), EX("HTML-only: name + home address", contact=True))
    t = "%s, postcode %s, wants shifts within two buses of home - is the Elland site OK?" % (p.name, p.postcode if hasattr(p, "postcode") else p.address.rsplit(",", 1)[1].strip().split(" ", 1)[1])
    return (M(s, [e], "Site question", text=body(c, e, t, s)), EX("name + home postcode", contact=True))


# ================================================================ encrypt: over limits, list columns, letter kind
def EO(notes, **kw):
    return L("encrypt", "encrypt_over_limit", "¶19 ¶22 ¶27 ¶29 C15 ¶53", T(**kw), notes)


@scen(6)
def eo_over(c, v):
    s = c.choice([S["Daniel"], S["Callum"], S["Shazia"]])
    e = employer_contact(c)
    if v == 0:
        ppl = [c.person() for _ in range(11)]
        atts = [att("CVs_11.zip", zip_bytes([("%s_%s.docx" % (p.first, p.last), docx_bytes(cv_blocks(c, p))) for p in ppl]))]
        return (M(s, [e], "CVs for the open day", text=body(c, e, "All eleven CVs zipped.", s), atts=atts),
                EO("11 CVs: one over the limit", contact=True, subjects=11, kinds=["cv"]) | {"facts": {"cv_count": 11}})
    if v == 1:
        nm = names(c, 501)
        rows = [[ln, fn, "TR-%05d" % (50000 + i)] for i, (fn, ln) in enumerate(nm)]
        return (M(s, [PRIME[1]], "Full caseload list", text=body(c, PRIME[1], "Caseload list, 501 rows.", s),
                  atts=[att("caseload_501.csv", csv_semi(["surname", "forename", "ref"], rows))]),
                EO("501 names: over 500", subjects=501, kinds=["name_list"]) | {"facts": {"list_rows": 501}})
    if v == 2:
        ppl = [c.person() for _ in range(11)]
        atts = [att("form_%02d_%s.docx" % (i + 1, p.last), docx_bytes(form_blocks(c, p, "Retail Assistant", "Brightside Retail")))
                for i, p in enumerate(ppl)]
        return (M(s, [e], "Application forms x11", text=body(c, e, "Eleven forms attached.", s), atts=atts),
                EO("11 application forms", subjects=11, kinds=["application_form"]) | {"facts": {"form_people": 11}})
    if v == 3:
        ppl = [c.person() for _ in range(12)]
        atts = [att("joint_applications.pdf", pdf_bytes([couple_form_blocks(c, ppl[2 * i], ppl[2 * i + 1], "Harbourview Hotels")
                                                         for i in range(6)]))]
        return (M(s, [e], "Live-in couples - 6 applications", text=body(c, e, "Six joint applications, twelve people.", s), atts=atts),
                EO("6 couple forms = 12 people", subjects=12, kinds=["application_form_couple"]) | {"facts": {"form_people": 12}})
    if v == 4:
        ppl = [c.person() for _ in range(11)]
        atts = [att("interview_letters.pdf", pdf_bytes([letter_blocks(c, p, "letter_interview", ("Warehouse Operative", "Acme Logistics"))
                                                        for p in ppl]))]
        return (M(s, [PRIME[2]], "Interview letters sample", text=body(c, PRIME[2], "All 11 interview letters.", s), atts=atts),
                EO("11 interview letters", subjects=11, kinds=["letter_interview"]) | {"facts": {"letters": 11}})
    ppl = [c.person(), c.person()]
    dwp = Ext("WHP Referrals", "dwp.gov.uk")
    dwp.email = DWP_INBOX
    inners = [inner_message(dwp, ("WHP Data Exchange", OUR_INBOX), "WHP referral %s" % p.ref,
                            "Name: %s\nNINO: %s\nDOB: %s\n" % (p.name, p.nino, d_uk(p.dob)),
                            datetime.datetime(2026, 11, 20 + i, 9, 0, tzinfo=datetime.timezone.utc)) for i, p in enumerate(ppl)]
    return (M(S["Shazia"], [PEER[0]], "FW: two referrals", text=body(c, PEER[0], "Both referrals for your Batley course.", S["Shazia"]),
              nested=inners),
            EO("two DWP participant records forwarded in one e-mail", ninos=2, dob=True, subjects=2) | {"facts": {"fwd_record": 2}})


def EL(notes, col, **kw):
    return L("encrypt", "encrypt_list_forbidden_column", "¶30", T(kinds=["name_list"], **kw), notes, {"list_cols": col})


@scen(5)
def el_columns(c, v):
    s = S["Shazia"]
    n = [45, 60, 18, 33, 72][v]
    nm = names(c, n)
    if v == 0:
        rows = [[ln, fn, d_uk(c.dob())] for fn, ln in nm]
        return (M(s, [PRIME[1]], "Age eligibility check", text=body(c, PRIME[1], "List for the 50+ eligibility check.", s),
                  atts=[att("age_check.csv", csv_semi(["surname", "forename", "date_of_birth"], rows))]),
                EL("names list with a DOB column", ["name", "dob"], dob=True, subjects=n))
    if v == 1:
        e = employer_contact(c, "acme-logistics.co.uk")
        rows = [["Name", "Mobile", "Slot"]] + [["%s %s" % x, c.mobile(), "10:%02d" % (i % 60)] for i, x in enumerate(nm)]
        return (M(s, [e], "Jobs fair attendees", text=body(c, e, "Attendee list so your team can text reminders.", s),
                  atts=[att("attendees.xlsx", xlsx_bytes([("Attendees", rows)]))]),
                EL("names list with mobile numbers", ["name", "phone"], contact=True, subjects=n))
    if v == 2:
        bus = Ext("Group Travel", "pennine-coaches.co.uk", "Bookings", "Pennine Coaches")
        rows = [["%s %s" % x, c.postcode()] for x in nm]
        html = to_html(greet(c, bus) + "\n\nPick-up list for the college trip, with postcodes so you can plan the route:",
                       html_table(rows, ["Name", "Postcode"]))
        return (M(s, [bus], "Pick-up list", html=html), EL("names list with home postcodes", ["name", "postcode"], contact=True, subjects=n))
    if v == 3:
        rows = [[ln, fn, "UC", "%.2f" % (c.r.randrange(30000, 140000) / 100)] for fn, ln in nm]
        return (M(s, [PRIME[0]], "Off-flow estimate", text=body(c, PRIME[0], "Names with current UC award for the off-flow estimate.", s),
                  atts=[att("offflow.txt", fixed_width(["SURNAME", "FORENAME", "BEN", "MONTHLY"], rows, [16, 14, 5, 10]))]),
                EL("names list with UC amounts", ["name", "benefit_amount"], benefit=True, subjects=n))
    rows = [["Surname", "Forename", "Ref", "Personal email"]] + [[ln, fn, "TR-%05d" % (60000 + i), "%s.%s%d@%s" % (fn.lower(), ln.lower(), i, c.choice(CLAIMANT_DOMS))] for i, (fn, ln) in enumerate(nm)]
    return (M(s, [PEER[0]], "Course invitations", text=body(c, PEER[0], "List for the course invitations.", s),
              atts=[att("invites.xlsx", xlsx_bytes([("List", rows)], hidden_cols=[("List", "D")]))]),
            EL("names list with a hidden personal e-mail column", ["name", "ref", "personal_email"], contact=True, subjects=n))


@scen(3)
def elk_letter_kind(c, v):
    p = c.person()
    s = c.choice([S["Gemma"], S["Shazia"], S["Callum"]])
    if v == 0:
        e = Ext("Lettings", HOUSING, "Housing Officer", "Ridings Homes")
        extra = ("This is to confirm that you have attended the Work and Health Programme with us since 3 March 2025 "
                 "(reference %s)." % p.ref)
        to, subj = [e], "Confirmation of attendance letter"
    elif v == 1:
        extra = ("You have missed three appointments. If you cannot attend the next one please contact us, as we may have "
                 "to tell the jobcentre (reference %s)." % p.ref)
        to, subj = [PRIME[2]], "Non-attendance letter copy"
    else:
        e = employer_contact(c, "wharfedale-print.co.uk")
        extra = ("I am happy to provide a reference for %s, who volunteered with our employer events team from 2024 to 2026 "
                 "and was punctual, careful and well liked." % p.first)
        to, subj = [e], "Reference"
    blocks = letter_blocks(c, p, "letter_other", extra=extra)
    blocks.insert(2, ("p", "%s\n%s" % (p.name, p.address)))
    return (M(s, to, subj, text=body(c, to[0], "Letter attached.", s), atts=[att("letter_%s.pdf" % p.last, pdf_bytes([blocks]))]),
            L("encrypt", "encrypt_letter_kind", "¶24 ¶25 ¶18", T(contact=True, subjects=1, kinds=["letter_other"]),
              "a letter other than interview/job offer/appointment, with the home address", {"letters": 1}))


# ================================================================ encrypt: DWP processes outside the rules
@scen(4)
def ep_dwp_process(c, v):
    inbox = Ext("WHP Data Exchange", INT)
    inbox.email = OUR_INBOX
    emp = c.choice(JOBS)
    if v == 0:
        ppl = [c.person(), c.person()]
        atts = [att("Exit_Report_%s.pdf" % p.ref, pdf_bytes([exit_report(c, p)])) for p in ppl]
        return (M(inbox, [DWP_INBOX], "Exit Reports x2", text="Two exit reports attached.\n\nThree Ridings data exchange", atts=atts),
                L("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=2, dob=True, special=["health", "mental_health"], subjects=2,
                                                                 kinds=["exit_report"]), "two exit reports in one e-mail", {"records": 2}))
    if v == 1:
        p = c.person()
        s = S["Bernadette"]
        return (M(s, [WORKCOACH[0]], "Exit report", text=body(c, WORKCOACH[0], "Exit report for your customer attached.", s),
                  atts=[att("exit_report.docx", docx_bytes(exit_report(c, p)))]),
                L("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=1, dob=True, special=["health", "mental_health"], subjects=1,
                                                                 kinds=["exit_report"]),
                  "exit report from a staff address to a work coach, not between the designated inboxes", {"records": 1}))
    if v == 2:
        ppl = [c.person(), c.person()]
        s = S["Imran"]
        atts = [att("UCNEA1_%s.pdf" % p.last, pdf_bytes([ucnea1(c, p, emp)])) for p in ppl]
        return (M(s, [WORKCOACH[1]], "UCNEA1s", text=body(c, WORKCOACH[1], "Two job starts this week - both forms attached.", s), atts=atts),
                L("encrypt", "encrypt_dwp_process", "¶34", T(ninos=2, subjects=2, kinds=["ucnea1"]), "two UCNEA1 forms in one e-mail",
                  {"records": 2}))
    p = c.person()
    return (M(inbox, ["prap.support@dwp.gsi.gov.uk"], "EB Customer Form %s" % p.ref, text="Form attached.",
              atts=[att("EB_form_%s.pdf" % p.ref, pdf_bytes([whp_eb(c, p, emp)]))]),
            L("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=1, dob=True, subjects=1, kinds=["whp_eb_customer_form"]),
              "EB customer form to a DWP address that is not the designated inbox", {"records": 1}))


# ================================================================ encrypt: to the claimant with their own data
@scen(5)
def ec_claimant(c, v):
    s = c.choice([S["Bernadette"], S["Callum"], S["Gemma"], S["Imran"]])
    if v == 0:
        p = c.person(consent=True)
        blob = docx_bytes(cv_blocks(c, p, dob=True))
        sp = M(s, [(p.name, p.email)], "CV - final version", text="Hi %s,\n\nFinal CV attached.\n\n%s%s" % (p.first, c.choice(CLOSE), sig(s, c)),
               atts=[att("CV_final.docx", blob)])
        return sp, L("encrypt", "encrypt_claimant_recipient", "¶17", T(dob=True, contact=True, subjects=1, kinds=["cv"]),
                     "consented participant, but the CV carries a DOB", {"cv_count": 1})
    p = c.person(consent=bool(v % 2))
    if v == 1:
        atts = [att("your_application.pdf", pdf_bytes([form_blocks(c, p, "Kitchen Porter", "Harbourview Hotels")]))]
        t, tr, note = "Here's a copy of the application we sent for you.", T(subjects=1, kinds=["application_form"]), \
            "copy of the participant's own application form to them (forms exemption does not cover the claimant)"
    elif v == 2:
        t = ("As promised, your better-off figures: your Universal Credit would drop from GBP 1,012.50 to about GBP 540 a month "
             "but you'd be GBP 486 a month better off overall on 24 hours.")
        atts, tr, note = [], T(benefit=True, subjects=1), "participant's own UC amounts sent to them"
    elif v == 3:
        extra = "This confirms your Access to Work support worker hours (6 per week) agreed on 20 November, our ref %s." % p.ref
        atts = [att("AtW_confirmation.pdf", pdf_bytes([letter_blocks(c, p, "letter_other", extra=extra)]))]
        t, tr, note = "Letter attached for your records.", T(subjects=1, kinds=["letter_other"]), \
            "a letter other than interview/offer/appointment to the participant"
    else:
        blocks = letter_blocks(c, p, "letter_appointment")
        blocks.insert(4, ("p", "Please bring this letter. NI number: %s" % nino_fmt(p.nino, "spaced")))
        atts = [att("appointment.docx", docx_bytes(blocks))]
        t, tr, note = "Your appointment letter.", T(ninos=1, subjects=1, kinds=["letter_appointment"]), \
            "appointment letter to the participant carrying their NINO"
    return (M(s, [(p.name, p.email)], c.choice(["For you", "Your letter", "Paperwork", "As promised"]),
              text="Hi %s,\n\n%s\n\n%s%s" % (p.first, t, c.choice(CLOSE), sig(s, c)), atts=atts),
            L("encrypt", "encrypt_claimant_recipient", "¶17 ¶24 ¶32", tr, note))


# ================================================================ encrypt: sender tag, password, scans
@scen(4)
def et_tag(c, v):
    s = c.choice([S["Ruth"], S["Shazia"], S["Gemma"], S["Lorna"]])
    if v == 0:
        return (M(s, [PRIME[0]], "[ENCRYPT] Q3 staffing", text=body(c, PRIME[0], "Staffing plan for Q3 - two vacancies still open.", s)),
                L("encrypt", "encrypt_sender_tag", "policy 3.8", T0, "sender tag on ordinary mail"))
    if v == 1:
        return (M(s, [NHS[3]], "RE: [ENCRYPT] interface meeting actions", text=body(c, NHS[3], "Actions attached from our side: all done.", s)),
                L("encrypt", "encrypt_sender_tag", "policy 3.8", T0, "tag after RE:"))
    if v == 2:
        p = c.person()
        e = employer_contact(c)
        return (M(s, [e], "Interview tomorrow [ENCRYPT]", text=body(c, e, "%s is confirmed for 10am tomorrow." % p.name, s)),
                L("encrypt", "encrypt_sender_tag", "policy 3.8 ¶18", T(subjects=1), "one name (would relay) but tag at the end"))
    return (M(s, [WORKCOACH[2]], "FW: [ENCRYPT] AtW timescales", text=body(c, WORKCOACH[2], "Regional AtW timescales - 9 weeks average.", s)),
            L("encrypt", "encrypt_sender_tag", "policy 3.8", T0, "tag after FW:, aggregate content"))


@scen(4)
def ep_password(c, v):
    s = c.choice([S["Daniel"], S["Lorna"], S["Shazia"]])
    pw = "Ridings%d!" % c.r.randrange(100, 999)
    if v == 0:
        e = employer_contact(c)
        ppl = [c.person() for _ in range(2)]
        blob = aes_zip_bytes([("%s.docx" % p.last, docx_bytes(cv_blocks(c, p))) for p in ppl], pw)
        atts, t = [att("CVs_protected.zip", blob)], "CVs in the zip, password by text."
    elif v == 1:
        p = c.person()
        atts = [att("support_plan_protected.pdf", pdf_bytes([[("h", "Support plan"), ("p", p.name)]], password=pw))]
        e, t = NHS[2], "Password-protected support plan - I'll phone the password."
    elif v == 2:
        e = PRIME[1]
        atts = [att("claims_Nov.zip", aes_zip_bytes([("claims.csv", csv_semi(["ref", "claim"], [["TR-1", "job outcome"]]))], pw))]
        t = "Claims file, protected as usual."
    else:
        e = COUNCILS[0]
        atts = [att("agenda.pdf", pdf_bytes([[("h", "Agenda"), ("p", "1. Transitions planning")]], password=pw))]
        t = "Agenda attached (our system protects all PDFs by default, sorry - password is the office postcode)."
    return (M(s, [e], ["CVs", "Support plan", "Claims file", "Agenda"][v], text=body(c, e, t, s), atts=atts),
            L("encrypt", "encrypt_password_protected", "RULES: password-protected", T0, "password-protected %s" % atts[0][0].rsplit(".", 1)[1],
              {"pw": True}))


@scen(4)
def ep_scan(c, v):
    s = c.choice([S["Gemma"], S["Shazia"], S["Callum"]])
    seed = c.r.randrange(10 ** 6)
    if v == 0:
        atts, e, t = [att("scan0001.jpg", scan_image(seed))], Ext("Access to Work", "dwp.gov.uk"), "Signed declaration scanned."
        e.email = "atw.yorkshire@dwp.gov.uk"
    elif v == 1:
        atts, e, t = [att("Scanned_referral.pdf", scan_pdf(seed, 2))], NHS[2], "Scanned referral (2 pages)."
    elif v == 2:
        atts, e, t = [att("IMG_4471.png", scan_image(seed, "PNG", 900, 1200))], PRIME[1], "Photo of the payslip for the outcome claim."
    else:
        atts, e, t = [att("signed_consent_forms.pdf", scan_pdf(seed, 3))], PRIME[2], "Signed consent forms from the office scanner."
    return (M(s, [e], ["Declaration", "Referral", "Payslip evidence", "Consent forms"][v], text=body(c, e, t, s), atts=atts),
            L("encrypt", "encrypt_no_text_scan", "RULES: images and scans", T0, "image-only scan, no text layer", {"scan": True}))


# ================================================================ reject
@scen(7)
def rc_cv_no_consent(c, v):
    s = c.choice([S["Bernadette"], S["Imran"], S["Callum"], S["Daniel"]])
    if v == 2:
        p = c.person(consent=True)
        p.email = "%s.%s.work@%s" % (p.first.lower(), p.last.lower(), "outlook.com" if "outlook" not in p.email else "gmail.com")
        t = "Sending to your new work address as you asked. CV attached."
    else:
        p = c.person()
        t = c.choice(["CV attached as promised.", "Here's the CV - print a few for the jobs fair.", "Updated CV below/attached."])
    subj = ["Your CV", "CV", "CV - new address", "[ENCRYPT] CV", "Your CV (zip)", "CV", "Re: CV"][v]
    blocks = cv_blocks(c, p)
    atts = []
    text = "Hi %s,\n\n%s\n\n%s%s" % (p.first, t, c.choice(CLOSE), sig(s, c))
    html = None
    if v in (0, 2, 3):
        atts = [att("CV_%s.docx" % p.last, docx_bytes(blocks))]
    elif v == 1:
        text = "Hi %s,\n\nYour CV is below.\n\n%s\n\n%s" % (p.first, blocks_text(blocks), sig(s, c, False))
    elif v == 4:
        atts = [att("cv.zip", zip_bytes([("CV_%s.pdf" % p.last, pdf_bytes([blocks]))]))]
    elif v == 5:
        html = to_html("Hi %s,\n\nYour CV:" % p.first, "<div style=\"border:1px solid #ccc\">%s</div>" % esc(blocks_text(blocks)).replace("\n", "<br>"))
        text = None
    else:
        atts = [att("CV.odt", odt_bytes(blocks))]
    return (M(s, [(p.name, p.email)], subj, text=text, html=html, atts=atts),
            L("reject", "reject_cv_no_consent", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
              "CV to a claimant address not in the consent register" + [" (docx)", " (pasted in body)",
               " - consented person's other address, identified as theirs", " even with [ENCRYPT]", " (pdf in zip)",
               " (HTML body)", " (odt, reply)"][v], {"cv_count": 1}))


@scen(10)
def ru_uninspectable(c, v):
    s = c.choice([S["Shazia"], S["Ruth"], S["Tom"], S["Lorna"]])
    e = c.choice([PRIME[0], NHS[3], COUNCILS[1], employer_contact(c)])
    junk = bytes(c.r.getrandbits(8) for _ in range(3000 + c.r.randrange(4000)))
    good_pdf = pdf_bytes([[("h", "Minutes"), ("p", "Nothing personal here.")]])
    good_docx = docx_bytes([("p", "Agenda")])
    files = [("minutes.docx", junk, None), ("report.pdf", good_pdf[:len(good_pdf) * 2 // 5], None),
             ("figures.xlsx", junk, None), ("bundle.zip", zip_bytes([("a.docx", good_docx), ("b.pdf", good_pdf)])[:900], None),
             ("evidence.pdf", b"%PDF-1.7\n" + junk, None), ("notes.odt", b"PK\x03\x04" + junk, None),
             ("outer.zip", zip_bytes([("inner.zip", zip_bytes([("x.docx", good_docx)])[:300])]), None),
             ("Referral form.doc", junk, ("application", "msword")), ("photo.jpg", scan_image(c.r.randrange(999))[:2500], None),
             ("timesheet.xls", junk, ("application", "vnd.ms-excel"))]
    fn, blob, mt = files[v]
    t = c.choice(["File attached.", "See attached, ta.", "Attached as discussed.", "Here you go."])
    return (M(s, [e], c.choice(["Attachment", "As discussed", "File", "Papers for Tuesday"]), text=body(c, e, t, s),
              atts=[att(fn, blob, mt)]),
            L("reject", "reject_uninspectable", "RULES: cannot be inspected", T0, "uninspectable attachment: %s" %
              ["random bytes named .docx", "truncated PDF", "random bytes named .xlsx", "truncated zip", "PDF header then junk",
               "zip magic then junk named .odt", "truncated zip inside a zip", "random bytes declared application/msword",
               "truncated JPEG", "random bytes named .xls"][v], {"opaque": True}))


@scen(2)
def nc_mislabelled(c, v):
    s = S["Shazia"]
    e = [PRIME[1], COUNCILS[1]][v]
    if v == 0:
        blob = pdf_bytes([[("h", "Team rota - December"), ("p", "Mon-Fri 9-5; late opening Weds until 7.")]])
        a = att("rota.txt", blob, ("text", "plain"))
        note = "mislabelled: .txt/text/plain but a readable PDF, no claimant data"
    else:
        a = att("referral_counts.xls", csv_semi(["month", "referrals"], [["Sep", 31], ["Oct", 28], ["Nov", 35]]), ("application", "vnd.ms-excel"))
        note = "mislabelled: .xls but semicolon CSV text, aggregate counts"
    return (M(s, [e], ["December rota", "Referral counts"][v], text=body(c, e, "Attached.", s), atts=[a]), NC(note))


@scen()
def nc_long_letter_employer(c, v):
    s = S["Daniel"]
    e = employer_contact(c, "citybuild-ltd.co.uk")
    blocks = [("p", ORG + ", Unit 4, Canal Wharf, Halifax HX9 1QD"), ("p", "30 November 2026"), ("p", "Dear %s," % e.name),
              ("h", "Working together in 2027: inclusive recruitment at CityBuild")]
    paras = [
        "Thank you for hosting our visit to the Elland depot. This letter sets out what a partnership with Three Ridings "
        "could look like next year, so you can share it with your directors.",
        "Who we support. Our employment specialists work with adults who have a mental health condition, a learning "
        "disability, autism or a long-term physical health condition. Many have been out of work for some time; some have "
        "convictions. We never share anyone's details without their agreement.",
        "What we offer employers. Free pre-employment support, help to design roles, in-work support for as long as it is "
        "needed, and help with Access to Work applications for equipment, support workers or travel.",
        "What we ask of you. Guaranteed interviews for candidates who meet the essentials, flexibility on start dates, and a "
        "named contact on site.",
    ]
    blocks += [("p", x) for x in paras]
    blocks += [("table", [["Quarter", "Activity", "Lead"], ["Q1", "Site induction for supervisors (mental health awareness)", "TR"],
                          ["Q1", "Carve two labourer-assistant roles", "CityBuild / TR"], ["Q2", "First cohort of 4 candidates", "TR"],
                          ["Q3", "Review and case study (anonymised)", "Both"]]),
               ("p", "Yours sincerely,"), ("p", s.name), ("p", s.role)]
    return (M(s, [e], "Our proposal for 2027", text=body(c, e, "Letter attached as promised - long, sorry, but it's all there.", s),
              atts=[att("CityBuild_partnership_letter_2027.docx", docx_bytes(blocks))]),
            NC("long Word letter to an employer about the service, no person"))


@scen()
def nc_caseload_aggregate(c, v):
    s, to = S["Lorna"], [PRIME[0], PRIME[2]]
    t = ("Headlines from this month's caseload review (Calderdale and Kirklees IPS, 146 open cases):\n\n"
         "- 9 people disclosed alcohol or drug dependency at referral; 3 are now in work.\n"
         "- 22 have a psychosis diagnosis; median time to first employer contact 19 days.\n"
         "- 4 people had sanctions in the quarter (down from 11).\n"
         "- Access to Work: 13 applications, 8 decided, average 61 days.\n\n"
         "Nothing record-level here; the full review is on the portal.")
    return (M(s, to, "Caseload review headlines - November", text=body(c, to[0], t, s)),
            NC("caseload review in aggregate: substance, psychosis, sanctions as counts"))


@scen()
def ex_one_name_ext_sig(c, v):
    p = c.person()
    s = S["Callum"]
    e = employer_contact(c, "moorside-bakery.co.uk")
    mob = c.mobile()
    q = "Hi Callum, can your lad do a taster morning this week? Any day but Friday.\n\n%s\n%s, %s\nMob %s" % (e.name, e.title, e.org, mob)
    t = "Brilliant - %s will come in on Wednesday at 8am for the taster. I'll bring %s." % (p.name, p.him) + \
        sig(s, c, False) + quote_outlook(e, s, "Monday, 30 November 2026 16:22", "taster morning", q)
    return (M(s, [e], "RE: taster morning", text=t),
            L("relay", "one_name", "¶18", T(subjects=1), "one name + taster time; the phone in the chain is the employer contact's own",
              {"name_only": True}))


# ================================================================ generate, self-check
def seed_of(name, v):
    return int(hashlib.md5(("%s/%d" % (name, v)).encode()).hexdigest()[:8], 16)


def generate(write=True):
    FUNCS = {f.__name__: f for f, _ in SCEN}
    CONSENT.clear()
    items = []
    for f, v in SCEN:
        c = Ctx(seed_of(f.__name__, v))
        sp, lab = f(c, v)
        items.append((f.__name__, v, sp, lab))
    order = list(range(len(items)))
    random.Random(20261203).shuffle(order)
    labels = []
    if write:
        os.makedirs(MAIL, exist_ok=True)
        for fn in os.listdir(MAIL):
            if fn.endswith(".eml"):
                os.remove(os.path.join(MAIL, fn))
    for k, idx in enumerate(order):
        n = k + 1
        name, v, sp, lab = items[idx]
        hid = "hl-%03d" % n
        c = Ctx(seed_of(name, v))  # rebuild with the same seed so the bytes do not depend on order
        sp, lab = FUNCS[name](c, v)
        _RNG.seed(seed_of(name, v) + 1)
        data = build(sp, n)
        if write:
            with open(os.path.join(MAIL, hid + ".eml"), "wb") as fh:
                fh.write(data)
        rec = {"id": hid, "file": "mail/%s.eml" % hid, "mail_from": addr(sp["sender"])[1], "rcpt_to": rcpts(sp)}
        rec.update(expected_action=lab["expected_action"], rule=lab["rule"], guidance=lab["guidance"], truth=lab["truth"],
                   facts=lab["facts"], notes=lab["notes"], scenario="%s/%d" % (name, v))
        labels.append(rec)
    if write:
        with open(os.path.join(HERE, "labels.jsonl"), "w") as fh:
            for rec in labels:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "consent.txt"), "w") as fh:
            fh.write("".join(e + "\n" for e in sorted(CONSENT)))
    return labels


class Uninspectable(Exception):
    pass


class Protected(Exception):
    pass


def att_text(fn, blob, ctype):
    """text of an attachment; flags: scan"""
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
    flags = set()
    head = blob[:8]
    if head.startswith(b"%PDF"):
        from pypdf import PdfReader
        try:
            r = PdfReader(io.BytesIO(blob), strict=False)
            if r.is_encrypted:
                raise Protected()
            t = "\n".join((pg.extract_text() or "") for pg in r.pages)
            if len(r.pages) == 0:
                raise Uninspectable()
        except Protected:
            raise
        except Exception:
            raise Uninspectable()
        if not t.strip():
            flags.add("scan")
        return t, flags
    if head.startswith(b"PK"):
        try:
            z = zipfile.ZipFile(io.BytesIO(blob))
            names = z.namelist()
        except Exception:
            raise Uninspectable()
        if any(i.flag_bits & 1 for i in z.infolist()):
            raise Protected()
        try:
            if "word/document.xml" in names:
                import docx
                d = docx.Document(io.BytesIO(blob))
                parts = [p.text for p in d.paragraphs]
                for t in d.tables:
                    for row in t.rows:
                        parts.append(" | ".join(cell.text for cell in row.cells))
                return "\n".join(parts), flags
            if "xl/workbook.xml" in names:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(blob))
                return "\n".join(" | ".join("" if x is None else str(x) for x in row)
                                 for ws in wb for row in ws.iter_rows(values_only=True)), flags
            if "content.xml" in names:
                from odf.opendocument import load
                from odf import teletype
                from odf.text import P
                d = load(io.BytesIO(blob))
                return "\n".join(teletype.extractText(p) for p in d.getElementsByType(P)), flags
            out = []
            for nm in names:
                t, f = att_text(nm, z.read(nm), "")
                out.append(nm + "\n" + t)
                flags |= f
            return "\n".join(out), flags
        except (Uninspectable, Protected):
            raise
        except Exception:
            raise Uninspectable()
    if head.startswith(b"\xff\xd8") or head.startswith(b"\x89PNG"):
        from PIL import Image
        try:
            Image.open(io.BytesIO(blob)).load()
        except Exception:
            raise Uninspectable()
        flags.add("scan")
        return "", flags
    try:
        t = blob.decode("utf-8")
    except UnicodeDecodeError:
        raise Uninspectable()
    if sum(ch.isprintable() or ch in "\r\n\t" for ch in t) < 0.97 * max(1, len(t)):
        raise Uninspectable()
    return t, flags


PHONE_RE = re.compile(r"(?<![\w])(0\d{2,4} ?\d{3} ?\d{3,4})(?![\w])")
PHONE_OK = re.compile(r"07700 900\d{3}|0113 496 0\d{3}")
TRACE = {"received", "dkim-signature", "message-id", "date", "mime-version", "content-transfer-encoding"}


def message_text(m, flags):
    texts = []
    for k, v in m.items():
        if k.lower() not in TRACE:
            texts.append("%s: %s" % (k, v))
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue
        if fn:
            texts.append(fn)
        if ct in ("application/pkcs7-mime", "application/pgp-encrypted") or (fn or "").endswith(".p7m"):
            flags.add("encrypted")
            continue
        if ct == "application/pkcs7-signature":
            continue
        if ct == "application/octet-stream" and m.get_content_type() == "multipart/encrypted":
            flags.add("encrypted")
            continue
        if fn or not ct.startswith("text/"):
            blob = part.get_payload(decode=True) or b""
            try:
                t, f = att_text(fn or "", blob, ct)
                texts.append(t)
                flags |= f
            except Uninspectable:
                flags.add("uninspectable")
            except Protected:
                flags.add("protected")
        else:
            t = part.get_content()
            if "BEGIN PGP MESSAGE" in t:
                flags.add("encrypted")
            texts.append(t)
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            pass
    return "\n".join(texts)


def selfcheck(labels):
    import email
    consent = set(open(os.path.join(HERE, "consent.txt")).read().split())
    problems = []
    for rec in labels:
        hid = rec["id"]
        with open(os.path.join(HERE, rec["file"]), "rb") as fh:
            m = email.message_from_binary_file(fh, policy=policy.default)
        flags = set()
        full = message_text(m, flags)
        hdr_rcpts = [a.addr_spec for h in ("To", "Cc") for a in (m[h].addresses if m[h] else [])]
        if set(hdr_rcpts) - set(rec["rcpt_to"]):
            problems.append((hid, "header recipients not in rcpt_to"))
        if m["From"].addresses[0].addr_spec != rec["mail_from"]:
            problems.append((hid, "From mismatch"))
        tr, rule, act = rec["truth"], rec["rule"], rec["expected_action"]
        n = find_ninos(full)
        if "encrypted" not in flags and len(n) > tr["ninos"]:
            problems.append((hid, "found %d NINOs > truth %d" % (len(n), tr["ninos"])))
        if len(n) < tr["ninos"] and not flags & {"protected", "scan", "uninspectable"}:
            problems.append((hid, "found %d NINOs < truth %d" % (len(n), tr["ninos"])))
        checks = [("reject_uninspectable", "uninspectable"), ("encrypt_password_protected", "protected"),
                  ("encrypt_no_text_scan", "scan"), ("already_encrypted", "encrypted")]
        for r_, fl in checks:
            if (rule == r_) != (fl in flags):
                problems.append((hid, "flag %s vs rule %s" % (fl, rule)))
        if "[ENCRYPT]" in str(m["Subject"]).upper() and rule not in ("encrypt_sender_tag", "reject_cv_no_consent",
                                                                      "reject_uninspectable", "already_encrypted"):
            problems.append((hid, "tag but rule %s" % rule))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant without consent"))
        if rule == "reject_cv_no_consent" and set(rec["rcpt_to"]) & consent:
            problems.append((hid, "reject_cv_no_consent but consented"))
        if rule == "no_claimant_data" and tr != T0:
            problems.append((hid, "no_claimant_data with truth"))
        if (act == "relay") != (rule in RELAY_RULES):
            problems.append((hid, "action/rule mismatch"))
        if act == "reject" and not rule.startswith("reject_"):
            problems.append((hid, "reject rule name"))
        for mm in PHONE_RE.finditer(full):
            ph = mm.group(1)
            if ph.startswith("0") and len(re.sub(r"\D", "", ph)) == 11 and not PHONE_OK.fullmatch(ph):
                problems.append((hid, "phone outside drama range " + ph))
        for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", full.replace(" ", "")):
            if not iban_ok(ib):
                problems.append((hid, "bad IBAN"))
        for cd in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
            if not luhn_ok(cd):
                problems.append((hid, "bad Luhn"))
    return problems


RELAY_RULES = {"no_claimant_data", "one_name", "cv_to_claimant", "cvs_up_to_10", "application_forms_up_to_10",
               "letters_up_to_10", "names_list_500", "nino_only_list", "dwp_names_list", "dwp_ucnea1_gns",
               "dwp_c15_process", "forward_subcontractor", "already_encrypted"}


def main():
    from collections import Counter
    if "--check" in sys.argv:
        labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]
    else:
        labels = generate()
    problems = selfcheck(labels)
    print("messages:", len(labels))
    print("actions:", dict(Counter(r["expected_action"] for r in labels)))
    print("rules:", dict(sorted(Counter(r["rule"] for r in labels).items())))
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()

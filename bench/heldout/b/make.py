#!/usr/bin/env python3
"""Held-out set B generator: realistic outbound mail from a medium prime provider
(Kestrel Employment Partnership) and a small subcontractor (Calder Works CIC) that
shares the prime's mail tenancy at provider.example.org.uk.

Deterministic: fixed seeds, fixed Date headers, fixed MIME boundaries, normalised
zip timestamps.  Run:  python make.py   (writes mail/, labels.jsonl, consent.txt and
runs the self-check).
"""
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker
from fpdf import FPDF
import docx
import openpyxl
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
SEED = 20240611
R = random.Random(SEED)
fake = Faker("en_GB")
fake.seed_instance(SEED)
FIXED_DT = datetime.datetime(2024, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)

INT = "provider.example.org.uk"
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]

PRIME = "Kestrel Employment Partnership"
SUB = "Calder Works CIC"

# ---------------------------------------------------------------- identifiers
NINO_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NINO_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_used_ninos = set()


def nino():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p in BAD_PREFIX:
            continue
        n = p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")
        if n not in _used_ninos:
            _used_ninos.add(n)
            return n


def nino_spaced(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def phone_mobile():
    return "07700 900%03d" % R.randint(0, 999)


def phone_land():
    k = R.randint(0, 2)
    if k == 0:
        return "0113 496 0%03d" % R.randint(0, 999)
    if k == 1:
        return "0161 496 0%03d" % R.randint(0, 999)
    return "020 7946 0%03d" % R.randint(0, 999)


def phone_any():
    return phone_mobile() if R.random() < 0.6 else phone_land()


AREAS = [("LS", 29, "Leeds"), ("BD", 24, "Bradford"), ("HX", 7, "Halifax"), ("WF", 17, "Wakefield"),
         ("HD", 9, "Huddersfield"), ("OL", 16, "Oldham"), ("SK", 23, "Stockport"), ("BL", 9, "Bolton"),
         ("WN", 8, "Wigan"), ("HU", 20, "Hull"), ("DL", 17, "Darlington"), ("TS", 29, "Middlesbrough"),
         ("WA", 16, "Warrington"), ("PR", 26, "Preston"), ("BB", 18, "Blackburn"), ("LA", 23, "Lancaster")]


def postcode_town():
    a, mx, town = R.choice(AREAS)
    d = mx + R.randint(3, 9)  # district number beyond the real range: invented
    pc = "%s%d %d%s%s" % (a, d, R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return pc, town


def iban():
    bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
    while bank in ("HSBC", "NWBK", "BARC", "LOYD", "MIDL", "NAIA", "ABBY"):
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
    bban = bank + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999)
    rearr = bban + "GB00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return "GB%02d%s" % (chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_card():
    digits = [4, 9, 2, 9] + [R.randint(0, 9) for _ in range(11)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d = d * 2
            if d > 9:
                d -= 9
        total += d
    chk = (10 - total % 10) % 10
    s = "".join(map(str, digits + [chk]))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def sort_code():
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
       25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
AGE_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen"}


class Person:
    def __init__(self, domain=None, sex=None):
        if sex is None:
            sex = R.choice("mf")
        self.sex = sex
        self.first = fake.first_name_male() if sex == "m" else fake.first_name_female()
        self.last = fake.last_name()
        self.name = "%s %s" % (self.first, self.last)
        self.house = R.randint(2, 148)
        self.street = fake.street_name()
        self.postcode, self.town = postcode_town()
        self.address = "%d %s, %s" % (self.house, self.street, self.town)
        self.mobile = phone_mobile()
        self.land = phone_land()
        dom = domain or R.choice(CLAIMANT_DOMAINS)
        sep = R.choice([".", "", "_"])
        self.email = ("%s%s%s%d@%s" % (self.first, sep, self.last, R.randint(1, 99), dom)).lower().replace("'", "")
        self.age = R.randint(19, 61)
        self.dob = datetime.date(2024 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.nino = nino()
        self.ref = "WHP%07d" % R.randint(1000000, 9999999)
        self.he = "he" if sex == "m" else "she"
        self.him = "him" if sex == "m" else "her"
        self.his = "his" if sex == "m" else "her"


def dob_words(d):
    return "the %s of %s %d" % (ORD[d.day], MONTHS[d.month - 1], d.year)


def dob_uk(d):
    return d.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- staff / orgs
class Staff:
    def __init__(self, first, last, title, org, ph, mob, style):
        self.first, self.last, self.title, self.org = first, last, title, org
        self.name = first + " " + last
        self.email = ("%s.%s@%s" % (first, last, INT)).lower()
        self.ph, self.mob, self.style = ph, mob, style


STAFF = {
    "rachel": Staff("Rachel", "Hanley", "Employment Adviser, Work and Health Programme", PRIME, "0113 496 0312", "07700 900412", "prime"),
    "imran": Staff("Imran", "Qureshi", "Employer Engagement Manager", PRIME, "0113 496 0330", "07700 900587", "prime"),
    "jo": Staff("Joanne", "Pickles", "Contract Performance Manager", PRIME, "0161 496 0217", "07700 900233", "prime"),
    "marcus": Staff("Marcus", "Doyle", "Team Leader (Leeds South)", PRIME, "0113 496 0345", "07700 900690", "prime"),
    "nicola": Staff("Nicola", "Brennan", "Compliance and Data Officer", PRIME, "0161 496 0240", "07700 900118", "prime"),
    "dev": Staff("Dev", "Sharma", "Job Broker", PRIME, "0113 496 0371", "07700 900764", "prime"),
    "shaz": Staff("Shaz", "Akhtar", "Key Worker", SUB, "0161 496 0562", "07700 900845", "sub"),
    "gemma": Staff("Gemma", "Lund", "Employment Coach", SUB, "0161 496 0563", "07700 900921", "sub"),
    "tony": Staff("Tony", "Fairclough", "Director", SUB, "0161 496 0560", "07700 900377", "sub"),
}

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the "
    "addressee. They may contain personal data, including special category data (for example information "
    "about a person's health, mental health, racial or ethnic origin, religious beliefs or sexual orientation) "
    "and information relating to criminal convictions and offences, which Kestrel Employment Partnership "
    "processes as a contracted provider to the Department for Work and Pensions under the UK GDPR and the Data "
    "Protection Act 2018. If you have received this email in error please notify the sender immediately, delete "
    "it from your system and do not copy, forward or disclose its contents. Email is not a secure medium; we "
    "monitor and record email traffic for security, training and compliance purposes.\n"
    "Safeguarding: if you are concerned about the safety or welfare of a child or an adult at risk, please "
    "contact our Designated Safeguarding Lead on 0113 496 0800 or safeguarding@provider.example.org.uk. "
    "Anyone on our programmes can use our free and confidential mental health support line on 0161 496 0999 "
    "(8am-8pm, Monday to Saturday) - in an emergency call 999.\n"
    "Kestrel Employment Partnership is a company limited by guarantee registered in England and Wales "
    "(no. 08814402) and a registered charity (no. 1160391). Registered office: Calder House, 3 Wharf Street, "
    "Leeds LS43 2QT. Please consider the environment before printing this email.")

SUB_DISCLAIMER = (
    "Calder Works CIC is a community interest company (no. 11472239) delivering employment support as a "
    "subcontractor of Kestrel Employment Partnership. This message may contain confidential information, "
    "including health or criminal convictions information, and is for the named recipient only. If it has "
    "reached you by mistake, tell us and delete it. Our safeguarding policy and our mental health support line "
    "details are on our website.")

EMPLOYERS = [
    ("Sue", "Barraclough", "HR Manager", "Brightwater Logistics", "brightwater-logistics.co.uk"),
    ("Craig", "Holroyd", "Site Manager", "Ashgrove Construction", "ashgrove-construction.co.uk"),
    ("Paula", "Entwistle", "Recruitment Lead", "Moorside Care Homes", "moorside-care.co.uk"),
    ("Jamal", "Osei", "Store Manager", "Pennine Retail Group", "pennine-retail.co.uk"),
    ("Karen", "Stott", "People Partner", "Halden Foods", "halden-foods.co.uk"),
    ("Liam", "Greaves", "Operations Manager", "Greenlane Cleaning Services", "greenlane-cleaning.co.uk"),
    ("Helen", "Marsden", "Talent Acquisition", "Riverside Hotels", "riverside-hotels.co.uk"),
    ("Owen", "Pryce", "Warehouse Supervisor", "Calder Vale Distribution", "caldervale-distribution.co.uk"),
]


class Contact:
    def __init__(self, first, last, title, org, domain, email=None):
        self.first, self.last, self.title, self.org, self.domain = first, last, title, org, domain
        self.name = first + " " + last
        self.email = email or ("%s.%s@%s" % (first, last, domain)).lower()
        self.ph = phone_land()


EMP = [Contact(*e) for e in EMPLOYERS]
NS = [Contact("Hannah", "Wilde", "Course Coordinator", "Northstar Training", NORTHSTAR),
      Contact("Peter", "Ackroyd", "Centre Manager", "Northstar Training", NORTHSTAR),
      Contact("Bookings", "Team", "", "Northstar Training", NORTHSTAR, "bookings@" + NORTHSTAR)]
BW = [Contact("Aleksandra", "Nowak", "Support Worker", "Bridgeway Support", BRIDGEWAY),
      Contact("Simon", "Bateson", "Service Manager", "Bridgeway Support", BRIDGEWAY),
      Contact("Referrals", "Bridgeway", "", "Bridgeway Support", BRIDGEWAY, "referrals@" + BRIDGEWAY)]
DWPC = [Contact("Gary", "Lomas", "Work Coach", "DWP Leeds Jobcentre", "dwp.gov.uk"),
        Contact("Amanda", "Firth", "Partnership Manager", "DWP", "dwp.gov.uk"),
        Contact("Deborah", "Yates", "Work Coach", "Halifax Jobcentre", "jobcentreplus.gov.uk"),
        Contact("Ravi", "Mistry", "Work Coach Team Leader", "Oldham Jobcentre", "dwp.gsi.gov.uk"),
        Contact("Claire", "Hebden", "Provider Referrals and Payments", "DWP", "jobcentreplus.gsi.gov.uk")]
OTHER = {
    "housing": Contact("Tenancy", "Services", "Tenancy Sustainment", "Oakfield Homes", "oakfield-homes.org.uk", "tenancy.services@oakfield-homes.org.uk"),
    "probation": Contact("Dave", "Whitfield", "Probation Officer", "Northern Community Rehabilitation Partnership", "ncrp-probation.org.uk"),
    "college": Contact("Lorraine", "Ibbotson", "Adult Learning Coordinator", "Airedale Adult College", "airedale-adultcollege.ac.uk"),
    "training": Contact("Mark", "Tennant", "Bookings Manager", "SkillsForward Academy", "skillsforward-academy.co.uk"),
    "council": Contact("Fiona", "Greenwood", "Employment and Skills Officer", "West Calder Council", "westcalder-council.gov.uk"),
    "landlord": Contact("Steve", "Brook", "Lettings", "Brook & Sons Lettings", "brookandsons-lettings.co.uk"),
    "creche": Contact("Lisa", "Hartley", "Nursery Manager", "Little Acorns Nursery", "littleacorns-nursery.co.uk"),
    "payroll": Contact("Payroll", "Team", "", "Halden Foods", "halden-foods.co.uk", "payroll@halden-foods.co.uk"),
}


def ext_sig(c):
    lines = [c.name]
    if c.title:
        lines.append("%s | %s" % (c.title, c.org))
    else:
        lines.append(c.org)
    lines.append("T: %s" % c.ph)
    return "\n".join(lines)


def sig(s, kind=None, disclaimer=None):
    """kind: full | short | phone | none.  disclaimer: None=auto by org."""
    kind = kind or ("full" if s.style == "prime" else "short")
    if kind == "phone":
        return "\n\n%s\n\nSent from my iPhone" % s.first
    if kind == "phone2":
        return "\n\n%s %s\n%s\n\nSent from my iPhone" % (s.first, s.last[0], s.mob)
    if s.style == "prime":
        body = ("\n\nKind regards\n\n%s\n%s\n%s\nT: %s | M: %s\nE: %s\nCalder House, 3 Wharf Street, Leeds LS43 2QT\n"
                "www.provider.example.org.uk" % (s.name, s.title, s.org, s.ph, s.mob, s.email))
        if kind == "short":
            body = "\n\nThanks\n%s\n\n%s | %s | %s\nT: %s" % (s.first, s.name, s.title, s.org, s.ph)
        if disclaimer is None:
            disclaimer = True
        if disclaimer:
            body += "\n\n" + DISCLAIMER
        return body
    body = "\n\nThanks\n%s\n\n%s | %s | %s\n%s / %s" % (s.first, s.name, s.title, s.org, s.ph, s.mob)
    if disclaimer is None:
        disclaimer = R.random() < 0.6
    if disclaimer:
        body += "\n\n" + SUB_DISCLAIMER
    return body


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(t, disclaimer_small=True):
    out = []
    for para in t.split("\n\n"):
        p = esc(para).replace("\n", "<br>\n")
        if disclaimer_small and (para.startswith("CONFIDENTIALITY NOTICE") or para.startswith("Calder Works CIC is")
                                 or para.startswith("Safeguarding:")):
            out.append('<p style="font-size:7.5pt;color:#808080">%s</p>' % p)
        else:
            out.append('<p style="margin:0 0 10px 0">%s</p>' % p)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % "\n".join(out))


def html_table(rows, header=None):
    h = '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
    if header:
        h += "<tr>" + "".join('<th style="background:#dbe5f1">%s</th>' % esc(str(x)) for x in header) + "</tr>"
    for r in rows:
        h += "<tr>" + "".join("<td>%s</td>" % esc(str(x)) for x in r) + "</tr>"
    return h + "</table>"


def kv_html(pairs):
    h = '<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt;width:600px">'
    for k, v in pairs:
        h += '<tr><td style="background:#f2f2f2;width:220px"><b>%s</b></td><td>%s</td></tr>' % (esc(k), esc(str(v)).replace("\n", "<br>"))
    return h + "</table>"


def kv_text(pairs):
    w = max(len(k) for k, _ in pairs) + 2
    return "\n".join(("%s:" % k).ljust(w) + " " + str(v) for k, v in pairs)


def dstr(day):
    """a human date in March/April 2024 (day offset from 1 March 2024)"""
    d = datetime.date(2024, 3, 1) + datetime.timedelta(days=day)
    return d.strftime("%A %d %B %Y").replace(" 0", " ")


def sent_line(i, h=9, m=12):
    d = datetime.datetime(2024, 2, 26, h, m) + datetime.timedelta(days=i)
    return d.strftime("%d %B %Y %H:%M").lstrip("0")


def quote_outlook(frm_name, frm_addr, sent, to, subject, body, cc=None, sep=True):
    s = "\n\n________________________________\n" if sep else "\n\n-----Original Message-----\n"
    s += "From: %s <%s>\nSent: %s\nTo: %s\n" % (frm_name, frm_addr, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, body)
    return s


def quote_gmail(frm_name, frm_addr, when, body):
    return "\n\nOn %s, %s <%s> wrote:\n%s" % (when, frm_name, frm_addr, "\n".join("> " + l if l else ">" for l in body.split("\n")))


# ---------------------------------------------------------------- documents
def latin1(t):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-", "\u2026": "..."}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")


class PDF(FPDF):
    pass


def new_pdf(title):
    p = PDF(format="A4")
    p.set_creation_date(FIXED_DT)
    p.set_title(latin1(title))
    p.set_author(PRIME)
    p.set_auto_page_break(True, 15)
    return p


def pdf_page(p, blocks):
    p.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "h":
            p.set_font("helvetica", "B", 14)
            p.multi_cell(0, 8, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif kind == "h2":
            p.set_font("helvetica", "B", 11)
            p.multi_cell(0, 7, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            p.set_font("helvetica", "", 10)
            p.multi_cell(0, 5.5, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif kind == "kv":
            p.set_font("helvetica", "", 9.5)
            for k, v in b[1]:
                y0 = p.get_y()
                p.set_font("helvetica", "B", 9.5)
                p.multi_cell(60, 6, latin1(k), border=1, new_x="RIGHT", new_y="TOP")
                p.set_font("helvetica", "", 9.5)
                p.multi_cell(0, 6, latin1(str(v)), border=1, new_x="LMARGIN", new_y="NEXT")
                if p.get_y() < y0 + 6:
                    p.set_y(y0 + 6)
            p.ln(3)
        elif kind == "table":
            header, rows = b[1], b[2]
            w = (p.w - p.l_margin - p.r_margin) / len(header)
            p.set_font("helvetica", "B", 8.5)
            for hcell in header:
                p.cell(w, 6, latin1(str(hcell)), border=1)
            p.ln()
            p.set_font("helvetica", "", 8.5)
            for r in rows:
                for c in r:
                    p.cell(w, 5.5, latin1(str(c))[:40], border=1)
                p.ln()
            p.ln(3)


def pdf_bytes(title, pages, password=None):
    p = new_pdf(title)
    for blocks in pages:
        pdf_page(p, blocks)
    if password:
        p.set_encryption(owner_password="owner-" + password, user_password=password)
    return bytes(p.output())


FIXED_ZIP_DT = (2024, 3, 1, 9, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-03-01T09:00:00Z\2", t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-03-01T09:00:00Z\2", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, blocks):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kestrel Employment Partnership"
    cp.last_modified_by = "Kestrel Employment Partnership"
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "pb":
            d.add_page_break()
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                row = t.add_row().cells
                row[0].text = k
                row[1].text = str(v)
            d.add_paragraph("")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, hcell in enumerate(header):
                t.rows[0].cells[i].text = str(hcell)
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def xlsx_bytes(sheets):
    """sheets: list of (title, header, rows)"""
    wb = openpyxl.Workbook()
    wb.properties.creator = PRIME
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        if header:
            ws.append(header)
        for r in rows:
            ws.append(list(r))
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def csv_bytes(header, rows, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# traditional PKWARE (ZipCrypto) encryption, stored entries
_CRC = [0] * 256
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC[_i] = _c


def _zc_crypt(data, password, header11):
    k = [0x12345678, 0x23456789, 0x34567890]

    def upd(b):
        k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]

    for b in password:
        upd(b)
    out = bytearray()
    for b in data:
        t = (k[2] | 2) & 0xFFFF
        out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        upd(b)
    return bytes(out)


def encrypted_zip_bytes(files, password):
    pw = password.encode()
    out = io.BytesIO()
    central = []
    dostime = (9 << 11) | (0 << 5) | 0
    dosdate = ((2024 - 1980) << 9) | (3 << 5) | 1
    for name, blob in files:
        crc = zlib.crc32(blob) & 0xFFFFFFFF
        hdr = bytes(R.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        enc = _zc_crypt(hdr + blob, pw, None)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(blob), len(fn), 0))
        out.write(fn)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(blob), len(fn), 0, 0, 0, 0, 0o600 << 16, off) + fn)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_off, 0))
    return out.getvalue()


def scan_image(seed, w=1240, h=1754, fmt="JPEG"):
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 238)
    dr = ImageDraw.Draw(img)
    y = 120
    dr.rectangle([100, 60, 700, 95], fill=70)
    while y < h - 150:
        x = 100
        while x < w - 120:
            ww = rr.randint(20, 110)
            dr.rectangle([x, y, min(x + ww, w - 100), y + 14], fill=rr.randint(40, 110))
            x += ww + rr.randint(8, 18)
        y += rr.choice([28, 28, 28, 56])
    dr.line([700, h - 200, 1000, h - 170], fill=30, width=4)
    img = img.rotate(0.7, fillcolor=238).filter(ImageFilter.GaussianBlur(0.8))
    for _ in range(3000):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    bio = io.BytesIO()
    img.save(bio, fmt, quality=70) if fmt == "JPEG" else img.save(bio, fmt, optimize=False)
    return bio.getvalue()


def scan_pdf(seed, pages=1):
    p = new_pdf("Scan")
    p.set_creator("RICOH MP C3004 scan")
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(scan_image(seed + i, 1240, 1754, "JPEG")), x=0, y=0, w=210, h=297)
    return bytes(p.output())


# ---------------------------------------------------------------- claimant documents
JOBS = ["Warehouse Operative", "Retail Assistant", "Care Assistant", "Kitchen Porter", "Cleaner", "Forklift Driver",
        "Customer Service Advisor", "Labourer", "Delivery Driver", "Receptionist", "Security Officer",
        "Production Operative", "Admin Assistant", "Picker Packer", "Housekeeper"]
SKILLS = ["Stock rotation", "Customer service", "Team working", "Microsoft Word and Excel", "Manual handling",
          "Food hygiene level 2", "Health and safety awareness", "Cash handling", "Time management",
          "Forklift (counterbalance) licence", "CSCS card", "Full UK driving licence", "First aid at work",
          "Stock control systems", "Telephone skills"]
COMPANIES = ["Harrow & Dene Ltd", "Millfield Stores", "Oakapple Foods", "Sandpiper Care", "Northgate Packaging",
             "Coldwell Motors", "Briarwood Hotel", "Kingfisher Facilities", "Redbrook Print", "Hollins Bakery",
             "Mapleton Garden Centre", "Fernside Logistics", "Thornbury Furniture", "Lakeview Leisure"]


def cv_blocks(pp, dob=False, conviction=False, referee=True, nino_in=False):
    jobs = []
    y = 2023
    for _ in range(R.randint(2, 3)):
        y0 = y - R.randint(1, 4)
        jobs.append(("%d - %d" % (y0, y), R.choice(JOBS), R.choice(COMPANIES)))
        y = y0 - R.randint(0, 1)
    contact = "%d %s, %s %s | %s | %s" % (pp.house, pp.street, pp.town, pp.postcode, pp.mobile, pp.email)
    blocks = [("h", pp.name), ("p", contact)]
    if dob:
        blocks.append(("p", "Date of birth: %s" % dob_uk(pp.dob)))
    if nino_in:
        blocks.append(("p", "National Insurance number: %s" % pp.nino))
    blocks += [("h2", "Personal profile"),
               ("p", "Reliable and hard-working %s looking for a full-time role as a %s. I enjoy working as part of a team "
                     "and I am happy to learn new skills. I have my own transport and can start immediately." %
                ("person", R.choice(JOBS).lower())),
               ("h2", "Work history")]
    for period, job, comp in jobs:
        blocks.append(("p", "%s  %s, %s\n- %s\n- %s" % (period, job, comp, R.choice(SKILLS), R.choice(SKILLS))))
    blocks += [("h2", "Education and training"),
               ("p", "%s High School - GCSEs including English and Maths\n%s - %s" %
                (pp.town, "Airedale Adult College", R.choice(["Level 1 Customer Service", "Food Safety Level 2", "Level 2 Warehousing"])))]
    blocks += [("h2", "Skills"), ("p", ", ".join(R.sample(SKILLS, 5)))]
    if conviction:
        blocks += [("h2", "Disclosure"), ("p", "I have an unspent conviction for theft (2021) and I am happy to discuss this at interview.")]
    if referee:
        rf = Contact(fake.first_name(), fake.last_name(), "Supervisor", R.choice(COMPANIES), "x")
        blocks += [("h2", "References"), ("p", "%s, %s, %s - tel %s" % (rf.name, rf.title, rf.org, phone_land()))]
    else:
        blocks += [("h2", "References"), ("p", "Available on request.")]
    return blocks


def blocks_to_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h",):
            out.append(b[1].upper())
        elif b[0] == "h2":
            out.append("\n" + b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "kv":
            out.append(kv_text(b[1]))
        elif b[0] == "table":
            out.append(" | ".join(b[1]))
            out.extend(" | ".join(map(str, r)) for r in b[2])
    return "\n".join(out)


def app_form_blocks(pp, job, employer, dob=False, nino_in=False, health=None):
    pairs = [("Position applied for", job), ("Employer", employer), ("Full name", pp.name),
             ("Address", "%d %s, %s" % (pp.house, pp.street, pp.town)), ("Postcode", pp.postcode),
             ("Telephone", pp.mobile), ("Email", pp.email)]
    if dob:
        pairs.append(("Date of birth", dob_uk(pp.dob)))
    else:
        pairs.append(("Age", str(pp.age)))
    if nino_in:
        pairs.append(("National Insurance number", pp.nino))
    pairs += [("Right to work in the UK", "Yes"), ("Driving licence", R.choice(["Full", "Provisional", "None"])),
              ("Availability", R.choice(["Full time, any shift", "Days only", "Mon-Fri 9-3", "Nights and weekends"])),
              ("Previous employment", "%s at %s (%d years)" % (R.choice(JOBS), R.choice(COMPANIES), R.randint(1, 6))),
              ("Why do you want this job?", "I want steady work and I have done similar work before.")]
    if health is not None:
        pairs.append(("Health or disability we should know about", health))
    pairs.append(("Supported by", "%s - Work and Health Programme" % PRIME))
    return [("h", "Application for Employment"), ("kv", pairs)]


def couple_form_blocks(a, b, job, employer):
    pairs = [("Position applied for", job + " (joint/couple appointment)"), ("Employer", employer),
             ("Applicant 1 name", a.name), ("Applicant 1 age", str(a.age)), ("Applicant 1 telephone", a.mobile),
             ("Applicant 1 experience", "%s, %d years" % (R.choice(JOBS), R.randint(1, 8))),
             ("Applicant 2 name", b.name), ("Applicant 2 age", str(b.age)), ("Applicant 2 telephone", b.mobile),
             ("Applicant 2 experience", "%s, %d years" % (R.choice(JOBS), R.randint(1, 8))),
             ("Joint address", "%d %s, %s %s" % (a.house, a.street, a.town, a.postcode)),
             ("Right to work in the UK", "Yes (both)"), ("Availability", "Live-in from %s" % dstr(R.randint(20, 50)))]
    return [("h", "Couple / Joint Application Form"), ("kv", pairs)]


def letter_blocks(pp, kind, employer=None, extra=None):
    addr = "%s\n%d %s\n%s\n%s" % (pp.name, pp.house, pp.street, pp.town, pp.postcode)
    head = [("p", "%s\nCalder House, 3 Wharf Street, Leeds LS43 2QT\n\n%s\n\n%s" % (PRIME, addr, dstr(R.randint(0, 10))))]
    title = "Mr" if pp.sex == "m" else "Ms"
    dear = "Dear %s %s," % (title, pp.last)
    day = dstr(R.randint(12, 40))
    if kind == "interview":
        body = ("Invitation to interview: %s\n\n%s\n\nThank you for your application. We are pleased to invite you to an interview for "
                "the post of %s with %s on %s at %s. The interview will take about 45 minutes. Please bring proof of your "
                "right to work. If you cannot attend please let us know as soon as possible.\n\nYours sincerely" %
                (R.choice(JOBS), dear, R.choice(JOBS), employer or R.choice(COMPANIES), day, R.choice(["10:00am", "11:30am", "2:00pm", "3:15pm"])))
    elif kind == "offer":
        body = ("Offer of employment\n\n%s\n\nFollowing your recent interview I am delighted to offer you the position of %s with %s, "
                "starting on %s. The role is %d hours per week at GBP %.2f per hour. Please confirm your acceptance by "
                "replying to this letter.\n\nYours sincerely" % (dear, R.choice(JOBS), employer or R.choice(COMPANIES), day,
                                                               R.choice([16, 24, 30, 37]), R.choice([11.44, 11.90, 12.10, 12.50])))
    elif kind == "appointment":
        body = ("Your next appointment\n\n%s\n\nYour next appointment with your Employment Adviser is on %s at %s at our %s office. "
                "We will review your action plan and look at current vacancies. Please bring your CV.%s\n\nYours sincerely" %
                (dear, day, R.choice(["9:30am", "10:45am", "1:30pm", "2:45pm"]), pp.town, extra or ""))
    elif kind == "support":
        body = ("To whom it may concern\n\nRe: %s\n\nI can confirm that %s has been a participant on the Work and Health Programme with "
                "%s since %s and attends appointments regularly. %s\n\nYours faithfully" %
                (pp.name, pp.name, PRIME, "October 2023", extra or ""))
    elif kind == "warning":
        body = ("Failure to attend\n\n%s\n\nYou did not attend your appointment on %s. Attendance is a condition of your participation. "
                "If you do not contact us within 5 working days with a good reason we may have to notify the Department for Work and "
                "Pensions, which may affect your claim.\n\nYours sincerely" % (dear, dstr(R.randint(0, 5))))
    else:
        raise ValueError(kind)
    return head + [("p", body), ("p", "Rachel Hanley\nEmployment Adviser\n%s" % PRIME)]


# ---------------------------------------------------------------- DWP process forms
def ucnea1_pairs(pp):
    return [("Form", "UCNEA1 - New Enterprise Allowance / self-employment notification"), ("Participant name", pp.name),
            ("National Insurance number", pp.nino), ("Business name", "%s %s" % (pp.last, R.choice(["Decorating", "Mobile Valeting", "Cakes", "Garden Services", "Alterations"]))),
            ("Business start / trading date", dstr(R.randint(5, 30))), ("Trading status", "Trading - registered self-employed with HMRC"),
            ("Business mentor", "Tony Fairclough"), ("Provider", PRIME), ("Date completed", dstr(R.randint(0, 4)))]


def gns_pairs(pp, story_extra=""):
    return [("Form", "Good News Story"), ("Programme", "Work and Health Programme"), ("Participant", pp.name),
            ("Provider", PRIME), ("Jobcentre", pp.town + " Jobcentre"),
            ("Story", "%s joined the programme in the autumn. %sWith support from the team %s built confidence, completed a "
                      "%s course and started work as a %s on %s. %s says the programme 'changed everything'." %
             (pp.first, story_extra, pp.he, R.choice(["forklift", "food hygiene", "customer service", "CSCS"]), R.choice(JOBS).lower(),
              dstr(R.randint(0, 10)), pp.first)),
            ("Consent to publish", "Yes - signed consent held on file"), ("Date", dstr(R.randint(0, 10)))]


def exit_pairs(pp):
    return [("Form", "WHP Exit Report"), ("Participant name", pp.name), ("National Insurance number", pp.nino),
            ("Provider reference", pp.ref), ("Programme start date", dstr(-R.randint(200, 400))),
            ("Exit date", dstr(R.randint(0, 5))), ("Exit reason", R.choice(["End of 456-day support period", "Sustained employment achieved", "Moved out of contract area"])),
            ("Outcome", R.choice(["Earnings threshold met", "No outcome", "Self-employment outcome"])),
            ("Summary of support", "Weekly key-work sessions, CV and interview preparation, in-work support."),
            ("Recommended next steps", "Continue job search with Jobcentre work coach.")]


def coc_pairs(pp, new=None):
    change = R.choice(["address", "work"]) if new is None else new
    if change == "address":
        np_, town = postcode_town()
        det = ("Change of address", "New address: %d %s, %s %s" % (R.randint(1, 90), fake.street_name(), town, np_))
    else:
        det = ("Started work", "Started work as %s, %d hours per week" % (R.choice(JOBS), R.choice([16, 20, 30])))
    return [("Form", "Change of Circumstances notification"), ("Participant name", pp.name),
            ("National Insurance number", pp.nino), ("Provider reference", pp.ref), ("Type of change", det[0]),
            ("Details", det[1]), ("Effective date", dstr(R.randint(0, 6))), ("Reported by", "Participant, by phone")]


def whp_eb_pairs(pp, emp):
    return [("Form", "WHP Employment Business Customer Form"), ("Participant name", pp.name),
            ("National Insurance number", pp.nino), ("Employment business", emp.org),
            ("Assignment / job title", R.choice(JOBS)), ("Assignment start date", dstr(R.randint(2, 12))),
            ("Expected hours per week", str(R.choice([16, 24, 30, 37]))), ("Pay rate", "GBP %.2f per hour" % R.choice([11.44, 11.70, 12.00])),
            ("Completed by", "Nicola Brennan, %s" % PRIME)]


def referral_pairs(pp):
    return [("Participant name", pp.name), ("National Insurance number", pp.nino),
            ("Address", "%d %s, %s" % (pp.house, pp.street, pp.town)), ("Postcode", pp.postcode),
            ("Telephone", pp.mobile), ("Referral date", dstr(R.randint(0, 3))), ("Jobcentre", pp.town + " Jobcentre"),
            ("Work coach", R.choice(DWPC).name), ("Provision", "Work and Health Programme")]


# ---------------------------------------------------------------- message building
def A(x):
    """(display name, address) for a Staff/Contact/Person/str"""
    if isinstance(x, tuple):
        return x
    if isinstance(x, str):
        return ("", x)
    return (x.name, x.email)


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(special), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()


def M(sender, to, subject, text=None, html=None, cc=(), bcc=(), atts=(), fmt=None, cte=None, hcte=None, crlf=False,
      headers=None, mailer=None, from_name=None, raw=None, envelope=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, html=html,
                atts=list(atts), fmt=fmt, cte=cte, hcte=hcte, crlf=crlf, headers=headers or {}, mailer=mailer,
                from_name=from_name, raw=raw, envelope=envelope)


def L(action, rule, guidance, truth, notes, facts=None):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts or {})


MIMETYPES = {"pdf": ("application", "pdf"),
             "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             "csv": ("text", "csv"), "txt": ("text", "plain"), "zip": ("application", "zip"),
             "jpg": ("image", "jpeg"), "png": ("image", "png"), "dat": ("application", "octet-stream"),
             "bin": ("application", "octet-stream")}


def att(filename, blob, mime=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    mt = mime or MIMETYPES.get(ext, ("application", "octet-stream"))
    return (filename, blob, mt[0], mt[1])


def _cte_for(text, want):
    if want:
        return want
    try:
        text.encode("ascii")
        return "7bit" if max((len(l) for l in text.split("\n")), default=0) < 900 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


def build(sp, n):
    msg = EmailMessage()
    s = sp["sender"]
    fname, faddr = (sp["from_name"] or A(s)[0]), A(s)[1]
    msg["From"] = formataddr((fname, faddr)) if fname else faddr
    if sp["to"]:
        msg["To"] = ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in sp["to"])
    else:
        msg["To"] = "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in sp["cc"])
    msg["Subject"] = sp["subject"]
    dt = datetime.datetime(2024, 3, 4, 8, 3, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=97 * n)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%d@%s>" % (hashlib.md5(("hb%d" % n).encode()).hexdigest()[:20], n, INT)
    if sp["mailer"]:
        msg["X-Mailer"] = sp["mailer"]
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        fmt = sp["fmt"] or ("alt" if sp["text"] and sp["html"] else ("html" if sp["html"] else "plain"))
        if fmt == "plain":
            msg.set_content(sp["text"], subtype="plain", charset="utf-8", cte=_cte_for(sp["text"], sp["cte"]))
        elif fmt == "html":
            msg.set_content(sp["html"], subtype="html", charset="utf-8", cte=_cte_for(sp["html"], sp["hcte"] or sp["cte"]))
        else:
            msg.set_content(sp["text"], subtype="plain", charset="utf-8", cte=_cte_for(sp["text"], sp["cte"]))
            msg.add_alternative(sp["html"], subtype="html", charset="utf-8", cte=_cte_for(sp["html"], sp["hcte"] or "quoted-printable"))
        for (fn, blob, mt, st) in sp["atts"]:
            if mt == "text":
                msg.add_attachment(blob, maintype=mt, subtype=st, filename=fn, cte="base64")
            else:
                msg.add_attachment(blob, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_hb%03d_%d_%s" % (n, i, hashlib.md5(("%d-%d" % (n, i)).encode()).hexdigest()[:12]))
            i += 1
    crlf = sp["crlf"] or (n % 8 == 3)
    pol = policy.default.clone(linesep="\r\n" if crlf else "\n")
    return msg.as_bytes(policy=pol)


def rcpts(sp):
    return [A(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


OUTLOOK = "Microsoft Outlook 16.0"
IPHONE = "iPhone Mail (21D61)"
CONSENT = []


def claimant(domain=None, sex=None, consent=False):
    p = Person(domain, sex)
    if consent:
        CONSENT.append(p.email)
    return p


def emp():
    return R.choice(EMP)


def cv_pdf(pp, **kw):
    return pdf_bytes("CV - " + pp.name, [cv_blocks(pp, **kw)])


def cv_docx(pp, **kw):
    return docx_bytes("CV - " + pp.name, cv_blocks(pp, **kw))


def cvname(pp, ext):
    return R.choice(["CV_%s_%s.%s", "%s %s CV.%s", "%s_%s_CV_2024.%s"]) % (pp.first, pp.last, ext)


# ================================================================= SCENARIOS: relay, no claimant data
def nc_newsletter(v):
    s = STAFF["jo"]
    if v == 0:
        rows = [["Referrals received", "1,482"], ["Programme starts", "1,204"], ["Job outcomes", "312"],
                ["Starts declaring a health condition", "61%"], ["Starts declaring a mental health condition", "38%"],
                ["Starts with a criminal conviction (self-declared)", "9%"], ["Safeguarding referrals made", "17"]]
        body = ("<h2>Partner Update - March 2024</h2><p>Hello everyone, here is our quarterly round-up for the Work and Health "
                "Programme in West Yorkshire.</p><h3>Performance this quarter (all partners)</h3>" + html_table(rows, ["Measure", "Q3"]) +
                "<p>Thanks to everyone for the work on mental health support this quarter - Mental Health Awareness Week is "
                "13-19 May and we will share the events programme soon. Please remember all safeguarding concerns go to the "
                "Designated Safeguarding Lead the same day.</p><h3>Dates for your diary</h3><ul><li>Partner forum - "
                "Thursday 21 March, 10am, Calder House</li><li>Employer breakfast - Wednesday 27 March</li></ul>")
        html = text_to_html(sig(s).strip()).replace("<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">",
                                                    "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + body, 1)
        sp = M(s, [s], "Partner Update - March 2024", html=html, bcc=[NS[1], BW[1], OTHER["council"], OTHER["college"]],
               mailer=OUTLOOK, hcte="base64")
        return sp, L("relay", "no_claimant_data", "", T0, "HTML-only newsletter; aggregate percentages incl. health/mental health/convictions; Bcc recipients")
    if v == 1:
        rates = [["Universal Credit standard allowance - single, under 25", "£311.68 a month"],
                 ["Universal Credit standard allowance - single, 25 or over", "£393.45 a month"],
                 ["Universal Credit standard allowance - couple, both 25 or over", "£617.60 a month"],
                 ["New Style JSA - 25 or over", "£90.50 a week"], ["Work allowance (with housing costs)", "£404 a month"]]
        body = ("<h2>Employer Bulletin</h2><p>Dear partners,</p><p>Ahead of April, here are the published benefit rates our "
                "advisers use for better-off calculations (source: GOV.UK, 2024/25 rates):</p>" + html_table(rates, ["Rate", "Amount"]) +
                "<p>Our next jobs fair is on <b>Thursday 11 April</b> at Leeds Civic Hall, 10am-2pm. Stands are free for employers.</p>"
                "<p>We can also help with Disability Confident, access to work and mental health awareness for line managers.</p>")
        txt = ("Employer Bulletin\n\nDear partners,\n\nAhead of April, here are the published benefit rates our advisers use "
               "for better-off calculations (source: GOV.UK, 2024/25 rates):\n\n" + "\n".join("%s: %s" % tuple(r) for r in rates) +
               "\n\nOur next jobs fair is on Thursday 11 April at Leeds Civic Hall, 10am-2pm. Stands are free for employers.\n\n"
               "We can also help with Disability Confident, access to work and mental health awareness for line managers." + sig(STAFF["imran"]))
        html = text_to_html(sig(STAFF["imran"]).strip()).replace("11pt\">", "11pt\">" + body, 1)
        sp = M(STAFF["imran"], [STAFF["imran"]], "Employer Bulletin - April jobs fair and 2024/25 rates", text=txt, html=html,
               bcc=[e for e in EMP[:5]], mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "multipart/alternative bulletin with published benefit rates table; Bcc employers")
    body = ("Mental Health Awareness Week 2024 - what's on\n\nHi all,\n\nWe're running drop-in sessions across our sites for "
            "Mental Health Awareness Week. Sessions cover anxiety and stress at work, sleep, alcohol and wellbeing, and how to use "
            "our mental health support line. Participants, staff and partners are welcome.\n\n"
            "Mon 13 May - Leeds, 10am\nWed 15 May - Halifax, 1pm\nFri 17 May - Oldham, 10am\n\nNo booking needed." + sig(STAFF["shaz"], disclaimer=True))
    sp = M(STAFF["shaz"], [NS[0], BW[0], OTHER["college"]], "MHAW drop-ins - please share", text=body, html=text_to_html(body),
           cte="base64", hcte="base64", crlf=True)
    return sp, L("relay", "no_claimant_data", "", T0, "event notice about mental health/alcohol topics, nobody identified; base64 + CRLF")


ADVERTS = [
    ("Warehouse Operative", "Halden Foods", "Leeds (South)", "£11.90 per hour", "Days and nights available, 37.5 hours. No experience needed, full training given. Must be able to pass a basic DBS check."),
    ("Care Assistant", "Moorside Care Homes", "Halifax", "£11.75 per hour", "Supporting residents including people living with dementia and mental health conditions. Enhanced DBS paid for by employer."),
    ("Retail Assistant (Christmas temp)", "Pennine Retail Group", "Bradford", "£11.44 per hour", "16-24 hours a week, flexible. Great for people returning to work."),
]


def advert_text(a):
    return "VACANCY: %s\nEmployer: %s\nLocation: %s\nPay: %s\n\n%s\n\nTo apply speak to your adviser or reply to this email." % a


def nc_job_advert(v):
    if v == 0:
        s = STAFF["imran"]
        body = "Hi both,\n\nNew vacancies below from Halden - can you share with your caseloads?\n\n" + advert_text(ADVERTS[0]) + "\n\n" + advert_text(ADVERTS[2]) + sig(s)
        sp = M(s, [NS[0], BW[0]], "New vacancies - Halden Foods / Pennine Retail", text=body, mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "job adverts mentioning DBS checks to supply chain")
    if v == 1:
        s = STAFF["gemma"]
        c = claimant()
        body = "hiya %s saw this one and thought of u, let me know if u want me to put u forward\n\n%s%s" % (c.first.lower(), advert_text(ADVERTS[1]), sig(s, "phone"))
        sp = M(s, [c.email], "care job", text=body, mailer=IPHONE)
        return sp, L("relay", "no_claimant_data", "", T0, "job advert to a claimant; greeting only, nothing about the person")
    s = STAFF["dev"]
    blob = docx_bytes("Vacancy bulletin", [("h", "Vacancy bulletin - week 11")] + [("kv", [("Job", a[0]), ("Employer", a[1]), ("Location", a[2]), ("Pay", a[3]), ("Details", a[4])]) for a in ADVERTS])
    body = "Morning,\n\nThis week's vacancy bulletin attached. Please note the care role asks for an enhanced DBS.\n" + sig(s)
    sp = M(s, [BW[1], NS[1]], "Vacancy bulletin wk11", text=body, atts=[att("Vacancy bulletin wk11.docx", blob)], mailer=OUTLOOK)
    return sp, L("relay", "no_claimant_data", "", T0, "vacancy bulletin DOCX")


def nc_training(v):
    if v == 0:
        s = STAFF["marcus"]
        body = ("Hi all,\n\nWe have 6 places left on Mental Health First Aid (2-day, MHFA England accredited) on 9-10 April at Calder "
                "House. The course covers depression, anxiety, suicide and psychosis, self-harm, eating disorders and drug and alcohol "
                "misuse, and how to signpost to our mental health support line. Places are free for partner staff.\n\nReply to book." + sig(s))
        sp = M(s, [NS[1], BW[1]], "Mental Health First Aid training - partner places", text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "training invitation listing health topics")
    if v == 1:
        s = STAFF["nicola"]
        body = ("Dear colleagues,\n\nAnnual safeguarding and Prevent refresher: Tuesday 16 April 1.30-4pm (Teams). Topics: recognising "
                "abuse and neglect, domestic abuse, county lines and substance misuse, working with people on probation or under "
                "MAPPA, and when to make a referral.\n\nAttendance is mandatory for all frontline staff in the supply chain." + sig(s))
        html = text_to_html(body)
        sp = M(s, [NS[0], NS[1], BW[0], BW[1]], "Safeguarding & Prevent refresher - 16 April", html=html, mailer=OUTLOOK, hcte="quoted-printable")
        return sp, L("relay", "no_claimant_data", "", T0, "HTML-only training invite mentioning probation/MAPPA/substance misuse")
    s = STAFF["nicola"]
    body = ("Hi Hannah, Aleksandra,\n\nReminder that data protection training is due by 31 March. It covers special category data (health, "
            "ethnicity, religion, sexual orientation, trade union membership), criminal convictions data, NINOs and when encryption "
            "must be used. Link: https://learning.provider.example.org.uk/dp2024\n" + sig(s))
    sp = M(s, [NS[0], BW[0]], "Data protection training due 31/03", text=body, mailer=OUTLOOK, crlf=True)
    return sp, L("relay", "no_claimant_data", "", T0, "training reminder naming all special categories generically")


def nc_policy(v):
    if v == 0:
        s = STAFF["nicola"]
        blocks = [("h", "Safeguarding Adults and Children Policy v4.2"),
                  ("p", "1. Purpose. This policy sets out how Kestrel Employment Partnership and its supply chain protect children and adults at risk."),
                  ("p", "2. Recognising concerns. Staff may become aware of domestic abuse, self-harm, suicidal thoughts, mental health crisis, drug or alcohol misuse, exploitation or criminal activity. Staff must record concerns factually and refer them to the Designated Safeguarding Lead the same day."),
                  ("p", "3. Criminal convictions. Participants may disclose convictions, probation supervision or MAPPA arrangements. This information is special category / criminal offence data and must only be shared by encrypted email."),
                  ("p", "4. Religion and belief. Appointments should be arranged around religious observance where requested."),
                  ("kv", [("Owner", "Compliance and Data Officer"), ("Approved", "Board, February 2024"), ("Review", "February 2025")])]
        blob = docx_bytes("Safeguarding Policy", blocks)
        body = "Hi Simon,\n\nAs requested, our current safeguarding policy attached for your audit file.\n" + sig(s)
        sp = M(s, [BW[1]], "Safeguarding policy v4.2", text=body, atts=[att("Safeguarding Policy v4.2.docx", blob)], mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "policy DOCX full of special category words")
    s = STAFF["nicola"]
    blocks = [("h", "Information Security - Email Handling Procedure"),
              ("p", "Never send NINOs, dates of birth, bank details, health or criminal records information by unencrypted email. Use [ENCRYPT] in the subject to force encryption."),
              ("p", "Example of a NINO format: QQ 12 34 56 C (not a real number)."),
              ("table", ["Data", "Unencrypted?"], [["One name + interview time", "Yes"], ["CV to employer (<=10)", "Yes"], ["NINO", "No"], ["DOB", "No"], ["Benefit amounts", "No"]])]
    blob = pdf_bytes("Email handling", [blocks])
    body = "Peter - updated procedure attached, please cascade to your tutors. Ta\n" + sig(s, "short")
    sp = M(s, [NS[1]], "Updated email handling procedure", text=body, atts=[att("Email handling procedure 2024.pdf", blob)])
    return sp, L("relay", "no_claimant_data", "", T0, "procedure PDF with invalid example NINO QQ 12 34 56 C and the tag word")


def nc_template(v):
    s = STAFF["rachel"]
    if v == 0:
        pairs = [("Full name", ""), ("Address", ""), ("Postcode", ""), ("Telephone", ""), ("Date of birth", "__/__/____"),
                 ("National Insurance number", "e.g. QQ 12 34 56 C"), ("Health conditions or disabilities", ""), ("Unspent convictions", "Yes / No")]
        blob = docx_bytes("Application form template", [("h", "Application for Employment - TEMPLATE"), ("kv", pairs)])
        body = "hi craig, blank form attached as promised - get your candidates to fill it in on the day\n" + sig(s, "short")
        sp = M(s, [EMP[1]], "blank application form", text=body, atts=[att("Application form TEMPLATE.docx", blob)])
        return sp, L("relay", "no_claimant_data", "", T0, "blank template with DOB/NINO/health field labels")
    if v == 1:
        pairs = [(k, "") for k, _ in exit_pairs(Person())]
        blob = pdf_bytes("Exit report template", [[("h", "WHP Exit Report - blank template"), ("kv", pairs)]])
        body = "Hannah,\n\nBlank exit report template attached - please use this version from 1 April.\n" + sig(STAFF["nicola"])
        sp = M(STAFF["nicola"], [NS[0]], "Exit report template (from 1 April)", text=body, atts=[att("WHP Exit Report TEMPLATE.pdf", blob)], mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "blank DWP process template PDF")
    blob = xlsx_bytes([("CoC log", ["Participant name", "NINO", "Type of change", "Effective date", "Reported to DWP"], [])])
    body = "Hi Aleksandra,\n\nHere's the blank change of circumstances log we talked about. Headers only.\n" + sig(STAFF["shaz"])
    sp = M(STAFF["shaz"], [BW[0]], "CoC log template", text=body, atts=[att("CoC_log_template.xlsx", blob)])
    return sp, L("relay", "no_claimant_data", "", T0, "blank XLSX template, header row only")


def nc_rates(v):
    if v == 0:
        blob = xlsx_bytes([("Rates 2024-25", ["Benefit", "Element", "Monthly / weekly rate"],
                            [["Universal Credit", "Standard allowance single 25+", "£393.45 pm"], ["Universal Credit", "Child element (first child, born before 6 April 2017)", "£333.33 pm"],
                             ["Universal Credit", "LCWRA element", "£416.19 pm"], ["ESA (new style)", "Support group", "£126.50 pw"],
                             ["Housing Benefit", "Non-dependant deduction (working 35h+, £545+ pw)", "£124.55 pw"], ["Child Benefit", "Eldest child", "£25.60 pw"]])])
        body = "Hi all, rates sheet for better-off calcs attached. Published figures only.\n" + sig(STAFF["marcus"])
        sp = M(STAFF["marcus"], [NS[0], BW[0], BW[1]], "Benefit rates 2024-25 for BOCs", text=body, atts=[att("Benefit rates 2024-25.xlsx", blob)], mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "published rates XLSX including child/health elements")
    rows = [["Single, 25 or over", "£393.45"], ["Couple, joint, one or both 25+", "£617.60"], ["Child element (each)", "£287.92"], ["Carer element", "£198.31"]]
    html = text_to_html("Simon\n\nquick table of the UC amounts we quote in the better-off leaflet, as discussed on the call:" + sig(STAFF["tony"], disclaimer=True))
    html = html.replace("</body>", html_table(rows, ["UC element (monthly)", "2024/25"]) + "</body>")
    sp = M(STAFF["tony"], [BW[1]], "UC amounts for leaflet", html=html, hcte="quoted-printable")
    return sp, L("relay", "no_claimant_data", "", T0, "HTML-only published UC rates table")


def nc_stats(v):
    if v == 0:
        rows = [[jc, R.randint(40, 180), R.randint(5, 40), "%d%%" % R.randint(30, 70)] for jc in ["Leeds City", "Leeds South", "Halifax", "Oldham", "Bradford West", "Wakefield"]]
        blob = csv_bytes(["Jobcentre", "Starts", "Job outcomes", "Health condition declared %"], rows)
        body = "Hi Amanda,\n\nAggregate starts/outcomes by jobcentre for Feb attached for the partnership meeting. No individual data.\n" + sig(STAFF["jo"])
        sp = M(STAFF["jo"], [DWPC[1]], "Feb starts and outcomes by jobcentre", text=body, atts=[att("starts_outcomes_feb24.csv", blob)], mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "aggregate CSV to DWP")
    if v == 1:
        pages = [[("h", "Quarterly Performance Report - Q3 2023/24"),
                  ("p", "Of 1,204 starts, 61% declared a physical or mental health condition, 22% reported drug or alcohol dependency at referral and 9% had a criminal conviction. 4% identified as lesbian, gay or bisexual."),
                  ("table", ["Barrier", "Count", "%"], [["Mental health", 458, "38%"], ["Musculoskeletal", 301, "25%"], ["Substance misuse", 265, "22%"], ["Convictions", 108, "9%"]])]]
        blob = pdf_bytes("Q3 report", pages)
        body = "Fiona,\n\nQ3 report attached ahead of the skills board. Figures are aggregated, numbers under 10 suppressed.\n" + sig(STAFF["jo"])
        sp = M(STAFF["jo"], [OTHER["council"]], "WHP Q3 performance report", text=body, atts=[att("WHP Q3 performance report.pdf", blob)], mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "aggregate stats PDF with special-category percentages to council")
    rows = [["Job outcomes", "312"], ["Sustained 6 months", "201"], ["Average days to job", "143"], ["Participants with convictions in work", "29"]]
    html = text_to_html("hi peter, headline nos for the newsletter below - all aggregate" + sig(STAFF["tony"], disclaimer=False)).replace("</body>", html_table(rows) + "</body>")
    txt = "hi peter, headline nos for the newsletter below - all aggregate\n\n" + "\n".join("%s: %s" % tuple(r) for r in rows) + sig(STAFF["tony"], disclaimer=False)
    sp = M(STAFF["tony"], [NS[1]], "nos for newsletter", text=txt, html=html)
    return sp, L("relay", "no_claimant_data", "", T0, "aggregate figures in alt HTML table")


def nc_oneliner(v):
    if v == 0:
        s = STAFF["dev"]
        e = EMP[3]
        sp = M(s, [e], "running late", text="jamal running 10 mins late, traffic on the ring road, sorry!" + sig(s, "phone"), mailer=IPHONE)
        return sp, L("relay", "no_claimant_data", "", T0, "terse iPhone one-liner")
    if v == 1:
        s = STAFF["gemma"]
        sp = M(s, [NS[2]], "room", text="can u send me the room booking form again pls, cant find it" + sig(s, "phone2"), mailer=IPHONE)
        return sp, L("relay", "no_claimant_data", "", T0, "lower case, text-speak")
    if v == 2:
        s = STAFF["rachel"]
        e = EMP[4]
        q = quote_outlook(e.name, e.email, sent_line(8), s.name, "Room for Thursday", "Hi Rachel, yes we can host the info session in our canteen Thursday 2pm, up to 20 people.\n\n" + ext_sig(e))
        sp = M(s, [e], "RE: Room for Thursday", text="Brilliant thank you!!" + sig(s) + q, mailer=OUTLOOK, headers={"Thread-Topic": "Room for Thursday"})
        return sp, L("relay", "no_claimant_data", "", T0, "thanks reply with quoted employer signature")
    if v == 3:
        s = STAFF["tony"]
        c = BW[1]
        q = quote_outlook(c.name, c.email, sent_line(5), s.name, "Invoice 0042", "Tony, we still haven't had remittance for invoice 0042 (Jan delivery). Can you chase?\n\n" + ext_sig(c))
        q2 = quote_outlook(s.name, s.email, sent_line(3), c.name, "Invoice 0042", "Simon, invoice for Jan attached. Tony")
        sp = M(s, [c], "RE: Invoice 0042", text="chased finance again, they say friday. sorry" + sig(s) + q + q2, crlf=True)
        return sp, L("relay", "no_claimant_data", "", T0, "invoice chain, CRLF")
    s = STAFF["marcus"]
    sp = M(s, [DWPC[1]], "Thurs", text="Amanda is 2pm still ok for the co-location chat? M" + sig(s, "phone"), mailer=IPHONE)
    return sp, L("relay", "no_claimant_data", "", T0, "one-liner to DWP")


def nc_chain(v):
    if v == 0:
        s, c = STAFF["jo"], BW[1]
        b1 = "Hi Jo,\n\nOur February starts were down because two advisers were off. We expect to recover in March. Our sustainment rate is 64%.\n\n" + ext_sig(c)
        b2 = "Simon,\n\nThanks. Can you send a recovery plan by 15 March, with weekly start targets per adviser?\n\nJo"
        b3 = "Jo, will do. Simon\n\n" + ext_sig(c)
        top = "Thanks Simon, plan received and looks fine. Let's review at the partner forum on the 21st." + sig(s)
        body = top + quote_outlook(c.name, c.email, sent_line(9), s.name, "RE: Feb performance", b3) + \
            quote_outlook(s.name, s.email, sent_line(8), c.name, "RE: Feb performance", b2, cc=STAFF["tony"].name) + \
            quote_outlook(c.name, c.email, sent_line(7), s.name, "Feb performance", b1)
        sp = M(s, [c], "RE: Feb performance", text=body, html=text_to_html(body), cc=[STAFF["tony"]], mailer=OUTLOOK, headers={"Thread-Topic": "Feb performance"})
        return sp, L("relay", "no_claimant_data", "", T0, "long Outlook chain about performance; disclaimer in every hop")
    if v == 1:
        s, e = STAFF["imran"], EMP[0]
        esig = ext_sig(e) + "\nBrightwater Logistics, Unit 7 Stourton Link, Leeds LS38 4PD"
        b1 = "Hi Imran,\n\nWe've got 12 picker packer roles starting mid-April, days 6-2 and 2-10. Can your team put people forward? We can do interviews on site.\n\n" + esig
        b2 = "Hi Sue,\n\nGreat news. Could we do a group info session the week before? What are the pay rates?\n" + sig(s, "short", disclaimer=False)
        b3 = "£11.90 days, £12.40 lates. Info session fine - Tues 9 April 10am?\n\n" + esig
        top = "Tues 9th at 10am works. I'll confirm numbers the Friday before." + sig(s)
        body = top + quote_outlook(e.name, e.email, sent_line(6), s.name, "RE: April roles", b3) + \
            quote_outlook(s.name, s.email, sent_line(5), e.name, "RE: April roles", b2) + quote_outlook(e.name, e.email, sent_line(4), s.name, "April roles", b1)
        sp = M(s, [e], "RE: April roles", text=body, mailer=OUTLOOK, cte="quoted-printable")
        return sp, L("relay", "no_claimant_data", "", T0, "employer chain with employer's business address and phone in signature")
    s, d = STAFF["marcus"], DWPC[1]
    b1 = "Marcus,\n\nFollowing our chat, the jobcentre can offer you a desk on Tuesdays and Thursdays from April. You will need building passes.\n\nAmanda Firth\nPartnership Manager\nDWP"
    top = "Hi Amanda,\n\nThanks, that's great. I'll send names of the two advisers for passes separately.\n" + sig(s)
    body = top + quote_outlook(d.name, d.email, sent_line(2), s.name, "Co-location", b1, sep=False)
    sp = M(s, [d], "RE: Co-location", text=body, html=text_to_html(body), mailer=OUTLOOK)
    return sp, L("relay", "no_claimant_data", "", T0, "chain with DWP about co-location")


def nc_claimant_generic(v):
    s = STAFF["rachel"]
    c = claimant()
    if v == 0:
        body = "Hi %s,\n\nJust a reminder the jobs fair is this Thursday at Leeds Civic Hall, 10am-2pm. Over 30 employers are coming. Hope to see you there!\n%s" % (c.first, sig(s))
        sp = M(s, [c.email], "Jobs fair Thursday", text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("relay", "no_claimant_data", "", T0, "to a claimant, greeting only, generic event info")
    body = "Hi %s, heres the link for the free online food hygiene course: https://learning.provider.example.org.uk/fh2 - any probs give me a shout" % c.first.lower() + sig(STAFF["gemma"], "phone")
    sp = M(STAFF["gemma"], [c.email], "course link", text=body, mailer=IPHONE)
    return sp, L("relay", "no_claimant_data", "", T0, "to a claimant, link only")


def nc_probation_partnership(v):
    s, p = STAFF["tony"], OTHER["probation"]
    body = ("Hi Dave,\n\nGood to meet you at the reducing reoffending forum. As discussed, we'd like to run a monthly employment surgery at "
            "your office for people on probation. We can cover disclosure of convictions to employers, CVs and ban-the-box employers. "
            "Would the first Wednesday of the month work?\n" + sig(s, disclaimer=True))
    sp = M(s, [p], "Employment surgery at your office", text=body)
    return sp, L("relay", "no_claimant_data", "", T0, "probation officer named as partner; convictions discussed generically")


# ================================================================= relay with claimant data (exemptions)
def r_one_name(v):
    c = claimant()
    t = T(subjects=1)
    if v == 0:
        s, e = STAFF["dev"], EMP[0]
        body = "Hi Sue,\n\n%s is confirmed for interview on %s at 10:30am for the picker packer role. %s will report to main reception.\n%s" % (c.name, dstr(14), c.he.capitalize(), sig(s))
        sp = M(s, [e], "Interview confirmation - picker packer", text=body, mailer=OUTLOOK)
        return sp, L("relay", "one_name", "¶18", t, "one name + interview time to employer")
    if v == 1:
        s, e = STAFF["gemma"], EMP[5]
        body = "hi liam, %s %s can do the trial shift tues 2pm, %s'll be there 10 mins early" % (c.first.lower(), c.last.lower(), c.he) + sig(s, "phone")
        sp = M(s, [e], "trial shift", text=body, mailer=IPHONE)
        return sp, L("relay", "one_name", "¶18", t, "lower-case name + shift time, iPhone")
    if v == 2:
        s, e = STAFF["imran"], EMP[2]
        q = quote_outlook(e.name, e.email, sent_line(10), s.name, "Care assistant vacancy", "Imran, have you anyone for the care assistant post? We're interviewing next week.\n\n" + ext_sig(e))
        body = "Hi Paula,\n\nYes - I'd like to put forward %s. Could we book %s in for %s at 2pm?\n%s%s" % (c.name, c.him, dstr(16), sig(s), q)
        sp = M(s, [e], "RE: Care assistant vacancy", text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("relay", "one_name", "¶18", t, "one name in reply chain, multipart/alternative")
    if v == 3:
        s, e = STAFF["dev"], EMP[3]
        body = "Jamal - as discussed, %s will be there at 9am Monday for the induction.\n" % c.first + sig(s, "short")
        sp = M(s, [e], "%s - induction Mon 9am" % c.name, text=body)
        return sp, L("relay", "one_name", "¶18", t, "name in subject + start time")
    if v == 4:
        s, n = STAFF["shaz"], NS[0]
        body = "Hi Hannah,\n\nPlease can you book %s onto the forklift course starting %s. Thanks\n%s" % (c.name, dstr(20), sig(s))
        sp = M(s, [n], "forklift course booking", text=body)
        return sp, L("relay", "one_name", "¶18", t, "course booking to supply chain")
    if v == 5:
        s, b = STAFF["rachel"], BW[0]
        body = "Hi Aleksandra, %s has been referred to you for the confidence course, referral status: accepted. First session %s at 1pm.%s" % (c.name, dstr(9), sig(s))
        sp = M(s, [b], "Referral accepted", text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("relay", "one_name", "¶18", t, "referral status + session time to supply chain")
    if v == 6:
        s, d = STAFF["rachel"], DWPC[0]
        body = "Hi Gary,\n\nJust to let you know %s started work today with Halden Foods. Great result!\n%s" % (c.name, sig(s))
        sp = M(s, [d], "Job start", text=body, mailer=OUTLOOK)
        return sp, L("relay", "one_name", "¶18", t, "start date to DWP work coach")
    s, d = STAFF["marcus"], DWPC[2]
    body = "deborah - %s attended the initial appt today, all good. M" % c.name + sig(s, "phone")
    sp = M(s, [d], "initial appt", text=body, mailer=IPHONE)
    return sp, L("relay", "one_name", "¶18", t, "attendance status to DWP from phone")


def r_cv_to_claimant(v):
    c = claimant(consent=True)
    t = T(subjects=1, contact=True, kinds=["cv"])
    s = STAFF["rachel"] if v % 2 == 0 else STAFF["gemma"]
    if v == 0:
        body = "Hi %s,\n\nAs you asked, here is your updated CV. Have a look and let me know if you want any changes.\n%s" % (c.first, sig(s))
        sp = M(s, [c.email], "Your updated CV", text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
    elif v == 1:
        body = "hi %s heres ur cv as promised, good luck thurs!" % c.first.lower() + sig(s, "phone")
        sp = M(s, [c.email], "cv", text=body, atts=[att(cvname(c, "docx"), cv_docx(c, referee=False))], mailer=IPHONE)
    elif v == 2:
        cvt = blocks_to_text(cv_blocks(c))
        body = "Hi %s,\n\nYou said the attachment wouldn't open on your phone, so I've pasted your CV below.\n\n-----\n%s\n-----\n%s" % (c.first, cvt, sig(s))
        sp = M(s, [c.email], "Your CV (pasted in)", text=body, cte="quoted-printable")
    else:
        body = "Hi %s,\n\nYour CV is attached as requested.\n%s" % (c.first, sig(s, disclaimer=True))
        sp = M(s, [c.email], "CV attached as requested", html=text_to_html(body), atts=[att(cvname(c, "pdf"), cv_pdf(c))], hcte="base64")
    return sp, L("relay", "cv_to_claimant", "¶17", t, "one clean CV to consented claimant address")


def r_cvs(v):
    s, e = STAFF["imran"], EMP[v % len(EMP)]
    if v == 0:
        c = claimant()
        body = "Hi %s,\n\nCV attached for the %s role - I think %s would be a great fit.\n%s" % (e.first, R.choice(JOBS).lower(), c.first, sig(s))
        sp = M(s, [e], "Candidate CV", text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
        return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=1, contact=True, kinds=["cv"]), "one CV to employer")
    if v == 1:
        cs = [claimant() for _ in range(3)]
        body = "Hi %s,\n\nThree CVs for the warehouse roles attached. All available to start immediately.\n%s" % (e.first, sig(s))
        sp = M(s, [e], "3 CVs - warehouse", text=body, atts=[att(cvname(c, "docx"), cv_docx(c)) for c in cs], mailer=OUTLOOK)
        return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=3, contact=True, kinds=["cv"]), "three DOCX CVs to employer")
    if v == 2:
        cs = [claimant() for _ in range(10)]
        blob = pdf_bytes("CV pack", [cv_blocks(c) for c in cs])
        body = "Hannah, 10 CVs bound into one PDF for the CSCS cohort selection. Exactly ten.\n" + sig(STAFF["shaz"])
        sp = M(STAFF["shaz"], [NS[0]], "CV pack - CSCS cohort", text=body, atts=[att("CV pack CSCS cohort.pdf", blob)])
        return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=10, contact=True, kinds=["cv"]), "10 CVs bound into one PDF (boundary)")
    if v == 3:
        c = claimant()
        body = "Hi %s,\n\nCV for %s pasted below as your system won't take attachments:\n\n%s\n%s" % (e.first, c.first, blocks_to_text(cv_blocks(c)), sig(s))
        sp = M(s, [e], "CV - %s" % c.name, text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=1, contact=True, kinds=["cv"]), "CV pasted into body, name in subject")
    if v == 4:
        cs = [claimant() for _ in range(4)]
        z = zip_bytes([(cvname(c, "pdf"), cv_pdf(c)) for c in cs])
        body = "hi, zip of 4 CVs for the kitchen porter roles\n" + sig(STAFF["dev"], "short")
        sp = M(STAFF["dev"], [e], "kp cvs", text=body, atts=[att("KP_CVs.zip", z)])
        return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=4, contact=True, kinds=["cv"]), "4 CVs inside a zip")
    c = claimant(sex="m")
    wife = Person(sex="f")
    wife.last = c.last
    wife.email = ("%s.%s%d@%s" % (wife.first, c.last, R.randint(1, 99), R.choice(CLAIMANT_DOMAINS))).lower()
    body = ("Hi %s,\n\n%s asked me to send his CV to your email as he doesn't have one set up yet - could you print it for him "
            "before his interview?\n%s" % (wife.first, c.first, sig(STAFF["rachel"])))
    sp = M(STAFF["rachel"], [wife.email], "CV for %s" % c.first, text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
    return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=1, contact=True, kinds=["cv"]),
                 "CV sent to claimant's wife's address: third party, not the claimant, so no consent check; CV exemption")


def r_app_forms(v):
    e = EMP[(v + 2) % len(EMP)]
    if v == 0:
        c = claimant()
        blob = pdf_bytes("Application", [app_form_blocks(c, R.choice(JOBS), e.org)])
        body = "Hi %s,\n\nCompleted application form attached.\n%s" % (e.first, sig(STAFF["imran"]))
        sp = M(STAFF["imran"], [e], "Application form", text=body, atts=[att("Application - %s.pdf" % c.last, blob)], mailer=OUTLOOK)
        return sp, L("relay", "application_forms_up_to_10", "¶22-23", T(subjects=1, contact=True, kinds=["application_form"]), "single PDF application form with age")
    if v == 1:
        c = claimant()
        blob = docx_bytes("Application", app_form_blocks(c, "Support Worker", "Bridgeway Support"))
        body = "Simon - app form for your support worker vacancy attached\n" + sig(STAFF["shaz"])
        sp = M(STAFF["shaz"], [BW[1]], "app form - support worker", text=body, atts=[att("app_form_%s.docx" % c.last.lower(), blob)])
        return sp, L("relay", "application_forms_up_to_10", "¶22-23", T(subjects=1, contact=True, kinds=["application_form"]), "single DOCX application form to supply chain")
    if v == 2:
        cs = [claimant() for _ in range(3)]
        body = "Hi %s,\n\nThree completed application forms attached for the production roles.\n%s" % (e.first, sig(STAFF["dev"]))
        sp = M(STAFF["dev"], [e], "Applications x3 - production operative", text=body,
               atts=[att("Application %d.pdf" % (i + 1), pdf_bytes("App", [app_form_blocks(c, "Production Operative", e.org)])) for i, c in enumerate(cs)], mailer=OUTLOOK)
        return sp, L("relay", "application_forms_up_to_10", "¶22-23", T(subjects=3, contact=True, kinds=["application_form"]), "three PDF forms")
    blocks = []
    for i in range(5):
        a, b = claimant(sex="m"), claimant(sex="f")
        b.last = a.last
        b.name = b.first + " " + a.last
        if i:
            blocks.append(("pb",))
        blocks += couple_form_blocks(a, b, "Residential Site Wardens", "Riverside Hotels")
    blob = docx_bytes("Couple applications", blocks)
    body = "Helen,\n\nFive couple applications for the live-in warden posts, all in one document.\n" + sig(STAFF["imran"])
    sp = M(STAFF["imran"], [EMP[6]], "Couple applications - site wardens (5)", text=body, atts=[att("Couple applications x5.docx", blob)], mailer=OUTLOOK)
    return sp, L("relay", "application_forms_up_to_10", "¶24", T(subjects=10, contact=True, kinds=["application_form_couple"]), "5 couple forms = 10 people (boundary)")


def r_letters(v):
    if v == 0:
        c, e = claimant(), EMP[1]
        blob = pdf_bytes("Interview letter", [letter_blocks(c, "interview", e.org)])
        body = "Craig, copy of the interview letter we sent out, for your records.\n" + sig(STAFF["imran"])
        sp = M(STAFF["imran"], [e], "Interview letter copy", text=body, atts=[att("Interview letter %s.pdf" % c.last, blob)])
        return sp, L("relay", "letters_up_to_10", "¶24-28", T(subjects=1, contact=True, kinds=["letter_interview"]), "interview letter to employer")
    if v == 1:
        c = claimant()
        blob = pdf_bytes("Interview letter", [letter_blocks(c, "interview", EMP[4].org)])
        body = "Dear %s,\n\nPlease find attached your interview letter. Good luck!\n%s" % (c.first, sig(STAFF["rachel"]))
        sp = M(STAFF["rachel"], [c.email], "Your interview letter", text=body, atts=[att("Interview letter.pdf", blob)], mailer=OUTLOOK)
        return sp, L("relay", "letters_up_to_10", "¶24-28", T(subjects=1, contact=True, kinds=["letter_interview"]), "interview letter to the claimant it is addressed to")
    if v == 2:
        c = claimant()
        blob = docx_bytes("Job offer", letter_blocks(c, "offer", "Northstar Training"))
        body = "Peter, signed job offer letter for your new admin assistant attached.\n" + sig(STAFF["dev"])
        sp = M(STAFF["dev"], [NS[1]], "Job offer letter", text=body, atts=[att("Job offer letter.docx", blob)], mailer=OUTLOOK)
        return sp, L("relay", "letters_up_to_10", "¶24-28", T(subjects=1, contact=True, kinds=["letter_job_offer"]), "job offer letter DOCX to supply chain")
    if v == 3:
        cs = [claimant() for _ in range(10)]
        blob = pdf_bytes("Appointment letters", [letter_blocks(c, "appointment") for c in cs])
        body = "Aleksandra, 10 appointment letters for next week's group sessions, one per page. Could you hand deliver?\n" + sig(STAFF["marcus"])
        sp = M(STAFF["marcus"], [BW[0]], "Appointment letters x10", text=body, atts=[att("Appointment letters wk12.pdf", blob)], mailer=OUTLOOK)
        return sp, L("relay", "letters_up_to_10", "¶24-28", T(subjects=10, contact=True, kinds=["letter_appointment"]), "10 appointment letters in one PDF (boundary)")
    c = claimant()
    blob = docx_bytes("Appointment", letter_blocks(c, "appointment"))
    body = "Hi %s, your appointment letter is attached.%s" % (c.first, sig(STAFF["gemma"]))
    sp = M(STAFF["gemma"], [c.email], "Appointment letter", html=text_to_html(body), atts=[att("Appointment letter.docx", blob)])
    return sp, L("relay", "letters_up_to_10", "¶24-28", T(subjects=1, contact=True, kinds=["letter_appointment"]), "appointment letter DOCX to the claimant")


def name_rows(n, with_nino=False, with_ref=False, with_date=False):
    rows = []
    for _ in range(n):
        r = [fake.last_name(), fake.first_name()]
        if with_nino:
            r.append(nino())
        if with_ref:
            r.append("WHP%07d" % R.randint(1000000, 9999999))
        if with_date:
            r.append(dstr(R.randint(10, 30)))
        rows.append(r)
    return rows


def r_name_lists(v):
    if v == 0:
        e = EMP[4]
        rows = name_rows(25, with_date=True)
        for r in rows:
            r.append(R.choice(["09:30", "10:15", "11:00", "13:30", "14:15"]))
        blob = csv_bytes(["Surname", "Forename", "Interview date", "Time"], rows)
        body = "Karen, interview schedule for the open day attached (names and slots only).\n" + sig(STAFF["imran"])
        sp = M(STAFF["imran"], [e], "Open day interview schedule", text=body, atts=[att("open_day_schedule.csv", blob)], mailer=OUTLOOK)
        return sp, L("relay", "names_list_500", "¶29-31", T(subjects=25, kinds=["name_list"]), "CSV 25 names + interview slots")
    if v == 1:
        rows = name_rows(480, with_nino=True, with_ref=True)
        blob = xlsx_bytes([("Caseload", ["Surname", "Forename", "NINO", "Reference"], rows)])
        body = "Hannah, caseload list for the reconciliation (480). Names, NINOs and refs only.\n" + sig(STAFF["nicola"])
        sp = M(STAFF["nicola"], [NS[0]], "Caseload reconciliation", text=body, atts=[att("caseload_reconciliation.xlsx", blob)], mailer=OUTLOOK)
        return sp, L("relay", "names_list_500", "¶29-31", T(ninos=480, subjects=480, kinds=["name_list"]), "XLSX 480 names + NINOs + refs to supply chain")
    if v == 2:
        e = EMP[0]
        cs = [claimant() for _ in range(4)]
        lines = "\n".join("%s  %s %s." % (t, c.last, c.first[0]) for t, c in zip(["10:00", "10:30", "11:00", "11:30"], cs))
        body = "sue, slots for thurs:\n\n%s\n\nall confirmed\n%s" % (lines, sig(STAFF["dev"], "short"))
        sp = M(STAFF["dev"], [e], "thurs slots", text=body)
        return sp, L("relay", "names_list_500", "¶29-31", T(subjects=4, kinds=["name_list"]), "short list in body: surname + initial + time")
    rows = name_rows(500, with_ref=True)
    blob = csv_bytes(["Surname", "Forename", "Reference"], rows, crlf=False)
    body = "Simon, full list of 500 for the satisfaction survey mail-out (names + refs).\n" + sig(STAFF["jo"])
    sp = M(STAFF["jo"], [BW[1]], "Survey list (500)", text=body, atts=[att("survey_list.csv", blob)], mailer=OUTLOOK)
    return sp, L("relay", "names_list_500", "¶29-31", T(subjects=500, kinds=["name_list"]), "exactly 500 names (boundary)")


def r_nino_only(v):
    if v == 0:
        ns = [nino() for _ in range(800)]
        blob = csv_bytes(["NINO"], [[n] for n in ns])
        body = "Hannah, NINO-only list for the duplicate check (800). No other data.\n" + sig(STAFF["nicola"])
        sp = M(STAFF["nicola"], [NS[0]], "Duplicate check - NINOs", text=body, atts=[att("ninos_dupcheck.csv", blob)], mailer=OUTLOOK)
        return sp, L("relay", "nino_only_list", "¶31", T(ninos=800, subjects=800, kinds=["nino_list"]), "800 NINOs only, no limit")
    ns = [nino() for _ in range(30)]
    body = "Simon, can you check whether any of these are also on your caseload:\n\n" + "\n".join(ns) + "\n" + sig(STAFF["shaz"])
    sp = M(STAFF["shaz"], [BW[1]], "nino check", text=body)
    return sp, L("relay", "nino_only_list", "¶31", T(ninos=30, subjects=30, kinds=["nino_list"]), "30 NINOs in body, nothing else")


def r_dwp_lists(v):
    if v == 0:
        rows = name_rows(120, with_nino=True)
        blob = csv_bytes(["Surname", "Forename", "NINO"], rows)
        body = "Gary,\n\nList of your referrals who have started (120), names and NINOs.\n" + sig(STAFF["nicola"])
        sp = M(STAFF["nicola"], [DWPC[0]], "WHP starts - Leeds referrals", text=body, atts=[att("whp_starts_leeds.csv", blob)], mailer=OUTLOOK)
        return sp, L("relay", "dwp_names_list", "¶36", T(ninos=120, subjects=120, kinds=["name_list"]), "names+NINOs CSV to DWP work coach")
    if v == 1:
        rows = name_rows(300, with_nino=True, with_date=True)
        blob = xlsx_bytes([("DNA list", ["Surname", "Forename", "NINO", "Appointment date"], rows)])
        body = "Please find attached list of 300 participants with appointment dates for w/c 18 March.\n" + sig(STAFF["nicola"], disclaimer=True)
        sp = M(PROV_INBOX, [DWP_INBOX], "WHP appointment list w/c 18 March", text=body, atts=[att("appointments_wc18mar.xlsx", blob)],
               from_name="WHP Data Exchange")
        return sp, L("relay", "dwp_names_list", "¶36", T(ninos=300, subjects=300, kinds=["name_list"]), "XLSX list of 300 to DWP inbox")
    cs = [claimant() for _ in range(6)]
    lines = "\n".join("%s, %s  %s" % (c.last.upper(), c.first, nino_spaced(c.nino)) for c in cs)
    body = "Claire\n\nthe six from the payments query:\n\n%s\n%s" % (lines, sig(STAFF["jo"]))
    sp = M(STAFF["jo"], [DWPC[4]], "Payments query - 6 participants", text=body, mailer=OUTLOOK)
    return sp, L("relay", "dwp_names_list", "¶36", T(ninos=6, subjects=6, kinds=["name_list"]), "6 names + spaced NINOs in body to DWP")


def r_ucnea1_gns(v):
    c = claimant()
    if v == 0:
        blob = docx_bytes("UCNEA1", [("h", "UCNEA1"), ("kv", ucnea1_pairs(c))])
        body = "Hi Gary,\n\nUCNEA1 attached for your participant who has started trading.\n" + sig(STAFF["tony"])
        sp = M(STAFF["tony"], [DWPC[0]], "UCNEA1", text=body, atts=[att("UCNEA1.docx", blob)])
        return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 DOCX to DWP")
    if v == 1:
        blob = pdf_bytes("UCNEA1", [[("h", "UCNEA1"), ("kv", ucnea1_pairs(c))]])
        body = "UCNEA1 attached.\n" + sig(STAFF["nicola"])
        sp = M(STAFF["nicola"], [DWPC[2]], "UCNEA1 - self-employment notification", text=body, atts=[att("UCNEA1_%s.pdf" % c.last, blob)], mailer=OUTLOOK)
        return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 PDF to jobcentreplus")
    if v == 2:
        blob = pdf_bytes("GNS", [[("h", "Good News Story"), ("kv", gns_pairs(c, "%s had been out of work for three years because of anxiety and depression. " % c.first))]])
        body = "Ravi,\n\nGood News Story attached for the district newsletter.\n" + sig(STAFF["jo"])
        sp = M(STAFF["jo"], [DWPC[3]], "Good News Story - March", text=body, atts=[att("Good News Story.pdf", blob)], mailer=OUTLOOK)
        return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(subjects=1, special=["mental_health"], kinds=["good_news_story"]),
                     "GNS with mental-health detail inside the record itself; covering text clean")
    html = text_to_html("Good News Story below for this month.\n" + sig(STAFF["jo"])).replace("11pt\">", "11pt\">" + kv_html(gns_pairs(c)), 1)
    sp = M(STAFF["jo"], [DWP_INBOX], "Good News Story - %s Jobcentre" % c.town, html=html)
    return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(subjects=1, kinds=["good_news_story"]), "GNS as HTML label/value table in body")


def r_c15(v):
    c = claimant()
    sender = PROV_INBOX
    if v == 0:
        blob = docx_bytes("Exit report", [("h", "WHP Exit Report"), ("kv", exit_pairs(c))])
        body = "Please find attached one WHP Exit Report.\n\nWHP Data Exchange\n%s\n\n%s" % (PRIME, DISCLAIMER)
        sp = M(sender, [DWP_INBOX], "WHP Exit Report - %s" % c.ref, text=body, atts=[att("Exit Report %s.docx" % c.ref, blob)], from_name="WHP Data Exchange")
        return sp, L("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, subjects=1, kinds=["exit_report"]), "one exit report, designated inbox to designated inbox")
    if v == 1:
        html = text_to_html("Change of Circumstances notification below (one record).\n\nWHP Data Exchange\n%s\n\n%s" % (PRIME, DISCLAIMER)).replace("11pt\">", "11pt\">" + kv_html(coc_pairs(c, "address")), 1)
        sp = M(sender, [DWP_INBOX], "WHP Change of Circumstances - %s" % c.ref, html=html, from_name="WHP Data Exchange")
        return sp, L("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, subjects=1, contact=True, kinds=["change_of_circumstances"]),
                     "one CoC (address change) as HTML table, designated inboxes; new address is inside the record")
    if v == 2:
        blob = pdf_bytes("WHP EB form", [[("h", "WHP Employment Business Customer Form"), ("kv", whp_eb_pairs(c, EMP[7]))]])
        body = "WHP Employment Business Customer Form attached (1 record).\n\nWHP Data Exchange\n%s" % PRIME
        sp = M(sender, [DWP_INBOX], "WHP Employment Business Customer Form", text=body, atts=[att("WHP EB Customer Form.pdf", blob)], from_name="WHP Data Exchange")
        return sp, L("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]), "one WHP EB customer form")
    blob = pdf_bytes("Exit report", [[("h", "WHP Exit Report"), ("kv", exit_pairs(c))]])
    body = "Exit report attached.\r\n\r\nWHP Data Exchange\r\n%s" % PRIME
    sp = M(sender, [DWP_INBOX], "Exit Report", text=body.replace("\r\n", "\n"), atts=[att("exit_report.pdf", blob)], from_name="WHP Data Exchange", cte="base64", crlf=True)
    return sp, L("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, subjects=1, kinds=["exit_report"]), "one exit report PDF, base64 body, CRLF")


def dwp_referral_quote(c):
    return quote_outlook("WHP Provider Inbox", DWP_INBOX, sent_line(10, 8, 2), "WHP Data Exchange", "WHP referral",
                         "Please find below a new referral for the Work and Health Programme.\n\n" + kv_text(referral_pairs(c)) +
                         "\n\nDWP Provider Referrals Team\nThis email and any files transmitted with it are intended solely for the named recipient.")


def r_forward(v):
    c = claimant()
    t = T(ninos=1, subjects=1, contact=True)
    if v == 0:
        s = STAFF["marcus"]
        body = "Hannah - forwarding this one to you as it's in your area, please pick up.\n" + sig(s) + dwp_referral_quote(c)
        sp = M(s, [NS[0]], "FW: WHP referral", text=body, mailer=OUTLOOK)
    elif v == 1:
        s = STAFF["rachel"]
        body = "Aleksandra,\n\nnew referral for you below.\n" + sig(s) + dwp_referral_quote(c)
        sp = M(s, [BW[2]], "FW: WHP referral", text=body, html=text_to_html(body), mailer=OUTLOOK)
    else:
        body = "Forwarded for allocation - one participant record.\n\nWHP Data Exchange\n" + PRIME + dwp_referral_quote(c)
        sp = M(PROV_INBOX, [NS[2]], "FW: WHP referral", text=body, from_name="WHP Data Exchange")
    return sp, L("relay", "forward_subcontractor", "C15 ¶53", t, "forward of one DWP participant record to approved subcontractor")


def armour(seed, n=18):
    rr = random.Random(seed)
    import base64
    raw = bytes(rr.randint(0, 255) for _ in range(n * 48))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + base64.b64encode(raw[:3]).decode() + "\n-----END PGP MESSAGE-----\n"


def r_encrypted(v):
    if v in (0, 3):
        def raw(msg, v=v):
            rr = random.Random(900 + v)
            blob = bytes([0x30, 0x82, 0x0B, 0x2A, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03]) + bytes(rr.randint(0, 255) for _ in range(2800))
            msg.set_content(blob, maintype="application", subtype="pkcs7-mime", cte="base64", disposition="attachment",
                            filename="smime.p7m", params={"smime-type": "enveloped-data", "name": "smime.p7m"})
            msg["Content-Description"] = "S/MIME Encrypted Message"
        s, r = (STAFF["nicola"], BW[1]) if v == 0 else (STAFF["jo"], EMP[4])
        sp = M(s, [r], "Participant records" if v == 0 else "Requested documents", raw=raw, mailer=OUTLOOK, crlf=(v == 3))
        return sp, L("relay", "already_encrypted", "policy 3.8", T0, "S/MIME enveloped-data")
    if v == 1:
        def raw(msg):
            p1 = EmailMessage()
            p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
            p1["Content-Description"] = "PGP/MIME version identification"
            p2 = EmailMessage()
            p2.set_content(armour(901).encode(), maintype="application", subtype="octet-stream", cte="7bit", disposition="inline", filename="encrypted.asc")
            p2["Content-Description"] = "OpenPGP encrypted message"
            del p1["MIME-Version"]
            del p2["MIME-Version"]
            msg["MIME-Version"] = "1.0"
            msg["Content-Type"] = 'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="x"'
            msg.set_payload([p1, p2])
        sp = M(STAFF["tony"], [NS[1]], "Re: case file", raw=raw, mailer="Thunderbird 115.8")
        return sp, L("relay", "already_encrypted", "policy 3.8", T0, "PGP/MIME multipart/encrypted")
    sp = M(STAFF["shaz"], [BW[0]], "notes", text=armour(902, 12))
    return sp, L("relay", "already_encrypted", "policy 3.8", T0, "inline PGP armoured body")


# ================================================================= encrypt
def e_special(v):
    c = claimant()
    if v == 0:
        s, e = STAFF["dev"], EMP[0]
        body = ("Hi Sue,\n\n%s is booked for Tuesday 10am. Just so you know %s has type 1 diabetes so will need a short break to eat "
                "mid-shift - %s is fine to discuss it.\n%s" % (c.name, c.he, c.he, sig(s)))
        sp = M(s, [e], "Tuesday interview", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["health"]), "name + physical health condition to employer")
    if v == 1:
        s, n = STAFF["shaz"], NS[0]
        q = quote_outlook(n.name, n.email, sent_line(9), s.name, "%s - attendance" % c.first, "Shaz, %s has missed two sessions now, is everything ok?\n\n%s" % (c.first, ext_sig(n)))
        body = ("Hi Hannah,\n\nSorry - %s has had a bad few weeks with %s depression and the GP has upped %s sertraline. %s wants to carry on "
                "with the course but might need to join remotely for a bit.\n%s%s" % (c.first, c.his, c.his, c.he.capitalize(), sig(s), q))
        sp = M(s, [n], "RE: %s - attendance" % c.first, text=body)
        return sp, L("encrypt", "encrypt_special_category", "¶26 ¶32", T(subjects=1, special=["mental_health", "health"]), "caseworker note on mental health, reply chain, first name")
    if v == 2:
        s, h = STAFF["rachel"], OTHER["housing"]
        body = ("Hello,\n\nI'm supporting %s (your tenant at %d %s). %s is in recovery from heroin addiction and on a methadone script "
                "with the community drug team, and is worried about rent arrears. Could someone from tenancy sustainment call me?\n%s" %
                (c.name, c.house, c.street, c.he.capitalize(), sig(s)))
        sp = M(s, [h], "Tenant support - %s" % c.name, text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["substance"], contact=True), "substance misuse + address to housing association")
    if v == 3:
        s, e = STAFF["tony"], EMP[1]
        p = OTHER["probation"]
        body = ("Craig,\n\nRe %s for the labourer job - %s's on licence after an 18 month sentence for burglary and %s probation officer "
                "%s (%s) is happy to give a reference. %s's not allowed on sites near schools as part of %s licence.\n%s" %
                (c.name, c.he, c.his, p.name, p.ph, c.he.capitalize(), c.his, sig(s, disclaimer=True)))
        sp = M(s, [e], "%s - labourer role" % c.first, text=body)
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["criminal"]), "conviction/licence details to employer; probation officer named (not a data subject)")
    if v == 4:
        s, e = STAFF["imran"], EMP[3]
        c = claimant(sex="m")
        body = ("Hi Jamal,\n\nFor %s's interview - he attends mosque for Friday prayers so can't do Friday interviews or Friday "
                "lunchtime shifts. Any other day is fine.\n%s" % (c.name, sig(s)))
        sp = M(s, [e], "Interview days - %s" % c.first, text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_special_category", "¶32 003 ¶8", T(subjects=1, special=["religion"]), "religion as practice, tied to named person")
    if v == 5:
        s, t_ = STAFF["gemma"], OTHER["training"]
        c = claimant(sex="f")
        body = ("Hi Mark, booking %s on the ESOL plus course. She's from the Roma community and her family would prefer a female "
                "tutor if poss. Thanks" % c.name) + sig(s)
        sp = M(s, [t_], "ESOL booking", text=body)
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["ethnicity"]), "ethnicity of a named participant to training provider")
    if v == 6:
        s, b = STAFF["shaz"], BW[0]
        c = claimant(sex="m")
        body = ("Aleksandra, heads up re %s starting with you Monday - he's gay and had a really rough time at his last placement with "
                "comments from staff, so he's nervous. Can you keep an eye?" % c.name) + sig(s, "phone")
        sp = M(s, [b], "monday", text=body, mailer=IPHONE)
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["sexual_orientation"]), "sexual orientation, iPhone")
    if v == 7:
        s, b = STAFF["marcus"], BW[1]
        body = ("Simon,\n\n%s mentioned %s is a Unison member and wants %s union rep at the meeting about the placement ending. Is that ok with you?\n%s" %
                (c.name, c.he, c.his, sig(s)))
        sp = M(s, [b], "Placement meeting", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_special_category", "003 ¶8", T(subjects=1, special=["trade_union"]), "trade union membership of named participant")
    if v == 8:
        blob = pdf_bytes("GNS", [[("h", "Good News Story"), ("kv", gns_pairs(c))]])
        body = ("Ravi,\n\nGood News Story attached. Worth knowing %s was sectioned under the Mental Health Act last year, so this is a huge "
                "turnaround.\n%s" % (c.first, sig(STAFF["jo"])))
        sp = M(STAFF["jo"], [DWPC[3]], "Good News Story", text=body, atts=[att("GNS.pdf", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_special_category", "¶32 ¶34", T(subjects=1, special=["mental_health"], kinds=["good_news_story"]),
                     "GNS allowed, but covering text adds mental health detail")
    if v == 9:
        e = EMP[2]
        body = ("Hi Paula,\n\n%s's CV attached. %s has fibromyalgia and PTSD so would need a phased start and no night shifts.\n%s" % (c.first, c.he.capitalize(), sig(STAFF["imran"])))
        sp = M(STAFF["imran"], [e], "CV for care assistant post", text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_special_category", "¶21 ¶32", T(subjects=1, special=["health", "mental_health"], contact=True, kinds=["cv"]),
                     "one CV (exempt) but covering text adds health details")
    if v == 10:
        p = OTHER["probation"]
        q = quote_outlook(p.name, p.email, sent_line(11), STAFF["tony"].name, "%s" % c.name,
                          "Tony, can you confirm %s is still attending? It's a condition of %s community order.\n\n%s" % (c.first, c.his, ext_sig(p)))
        body = "Dave - yes, attended Monday and Wednesday, all fine. %s is doing well on the CSCS course.\n%s%s" % (c.first, sig(STAFF["tony"]), q)
        sp = M(STAFF["tony"], [p], "RE: %s" % c.name, text=body, crlf=True)
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["criminal"]), "reply to probation officer; community order named in quoted text")
    if v == 11:
        e = EMP[5]
        body = "Liam, as mentioned on the phone he can't do heavy lifting yet, details below.\n\nThanks\n" + sig(STAFF["dev"], "short")
        sp = M(STAFF["dev"], [e], "%s - back injury, light duties only" % c.name, text=body)
        return sp, L("encrypt", "encrypt_special_category", "¶18 ¶32", T(subjects=1, special=["health"]), "name + health condition in the subject line")
    if v == 12:
        d = DWPC[0]
        c = claimant(sex="f")
        body = ("Hi Gary,\n\nUpdate on %s: she's been referred to Talking Therapies for anxiety and panic attacks and has started CBT. "
                "She'd like her work search reviewed while she does the course.\n%s" % (c.name, sig(STAFF["rachel"])))
        sp = M(STAFF["rachel"], [d], "Update", html=text_to_html(body), hcte="quoted-printable")
        return sp, L("encrypt", "encrypt_special_category", "¶32", T(subjects=1, special=["mental_health"]), "HTML-only QP note about mental health to DWP work coach")
    c = claimant(sex="m")
    body = ("Hannah - one for you below. FYI he's just out of prison (released last month, on licence) so best to do the first "
            "appointment at the office.\n" + sig(STAFF["marcus"]) + dwp_referral_quote(c))
    sp = M(STAFF["marcus"], [NS[0]], "FW: WHP referral", text=body, mailer=OUTLOOK)
    return sp, L("encrypt", "encrypt_special_category", "C15 ¶53 ¶32", T(ninos=1, subjects=1, special=["criminal"], contact=True),
                 "forward of one record would be exempt, but covering text adds criminal record")


def e_nino(v):
    c = claimant()
    if v == 0:
        n = NS[0]
        body = "hannah can u book this one on the cscs course starting the 18th pls, ta" + sig(STAFF["gemma"], "phone")
        sp = M(STAFF["gemma"], [n], "re: %s %s start" % (c.first.lower(), c.nino.lower()), text=body, mailer=IPHONE)
        return sp, L("encrypt", "encrypt_nino", "¶33", T(ninos=1, subjects=1), "lower-case NINO in subject line")
    if v == 1:
        e = EMP[3]
        body = "Jamal, CV attached for the store role.\n" + sig(STAFF["imran"])
        sp = M(STAFF["imran"], [e], "CV for store role", text=body, atts=[att("CV_%s_%s_%s.pdf" % (c.first, c.last, c.nino), cv_pdf(c))], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_nino", "¶27 ¶33", T(ninos=1, subjects=1, contact=True, kinds=["cv"]), "NINO only in attachment file name of an otherwise exempt CV")
    if v == 2:
        e = EMP[0]
        body = "Hi Sue,\n\n%s is booked for Wednesday 11am.\n%s" % (c.name, sig(STAFF["dev"]))
        sp = M(STAFF["dev"], [e], "Wednesday interview", text=body, mailer=OUTLOOK, headers={"X-Participant-Ref": c.nino.lower()})
        return sp, L("encrypt", "encrypt_nino", "¶18 ¶33", T(ninos=1, subjects=1), "NINO hidden in an X- header of a one-name mail")
    if v == 3:
        b = BW[1]
        ns = nino_spaced(c.nino)
        body = ("Simon, re %s - DWP have the NI number as %s\n%s, can you update your system?\n%s" % (c.name, ns[:8], ns[9:], sig(STAFF["shaz"])))
        sp = M(STAFF["shaz"], [b], "NI number correction", text=body)
        return sp, L("encrypt", "encrypt_nino", "¶33", T(ninos=1, subjects=1), "NINO split over two lines")
    if v == 4:
        b = BW[0]
        body = "Aleksandra can you check if %s is already on your books? NI no %s" % (c.name, nino_spaced(c.nino)) + sig(STAFF["rachel"], "short")
        sp = M(STAFF["rachel"], [b], "quick check", text=body)
        return sp, L("encrypt", "encrypt_nino", "¶33", T(ninos=1, subjects=1), "spaced NINO + name in body (one person is not a list)")
    if v == 5:
        e = OTHER["payroll"]
        html = text_to_html("Hi,\n\nNew starter details for payroll as requested:" + sig(STAFF["imran"])).replace("</p>", "</p>" + kv_html([("Name", c.name), ("NI number", c.nino), ("Start date", dstr(12))]), 1)
        sp = M(STAFF["imran"], [e], "New starter - payroll", html=html)
        return sp, L("encrypt", "encrypt_nino", "¶27 ¶33", T(ninos=1, subjects=1), "NINO in HTML table to employer payroll")
    if v == 6:
        e = EMP[6]
        blob = pdf_bytes("Application", [app_form_blocks(c, "Housekeeper", e.org, nino_in=True)])
        body = "Helen, application attached.\n" + sig(STAFF["dev"])
        sp = M(STAFF["dev"], [e], "Application - housekeeper", text=body, atts=[att("Application.pdf", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_nino", "¶23", T(ninos=1, subjects=1, contact=True, kinds=["application_form"]), "application form containing a NINO")
    t_ = OTHER["training"]
    q2 = quote_outlook(STAFF["gemma"].name, STAFF["gemma"].email, sent_line(4), t_.name, "Booking", "Mark, booking %s on first aid at work, NINO %s for the certificate.\nGemma" % (c.name, c.nino))
    q1 = quote_outlook(t_.name, t_.email, sent_line(6), STAFF["gemma"].name, "RE: Booking", "Gemma, booked for the 22nd. Mark\n\n" + ext_sig(t_))
    body = "brill thanks mark" + sig(STAFF["gemma"]) + q1 + q2
    sp = M(STAFF["gemma"], [t_], "RE: Booking", text=body)
    return sp, L("encrypt", "encrypt_nino", "¶33", T(ninos=1, subjects=1), "NINO only in old quoted part of a reply chain")


def e_dob_bank(v):
    c = claimant()
    if v == 0:
        t_ = OTHER["college"]
        body = ("Hi Lorraine,\n\nEnrolling %s on the Level 2 maths course. The college form needs date of birth - %s was born on %s.\n%s" %
                (c.name, c.he, dob_words(c.dob), sig(STAFF["rachel"])))
        sp = M(STAFF["rachel"], [t_], "Enrolment - maths L2", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_dob_bank", "¶32", T(dob=True, subjects=1), "DOB written in words")
    if v == 1:
        e = EMP[4]
        blob = docx_bytes("Application", app_form_blocks(c, "Production Operative", e.org, dob=True))
        body = "Karen, completed application attached\n" + sig(STAFF["dev"])
        sp = M(STAFF["dev"], [e], "Application", text=body, atts=[att("Application form.docx", blob)])
        return sp, L("encrypt", "encrypt_dob_bank", "¶23", T(dob=True, subjects=1, contact=True, kinds=["application_form"]), "application form with DOB field")
    if v == 2:
        b = BW[1]
        body = ("Simon - for %s's travel refund, he says his sort code is %s and account no %08d (Nationwide). Can you process with the others?\n%s" %
                (c.name, sort_code().replace("-", " "), R.randint(10000000, 99999999), sig(STAFF["tony"])))
        sp = M(STAFF["tony"], [b], "travel refund", text=body)
        return sp, L("encrypt", "encrypt_dob_bank", "¶32", T(bank=True, subjects=1), "sort code and account number in prose")
    if v == 3:
        e = OTHER["payroll"]
        body = "Hi,\n\n%s's bank details for the first pay run: IBAN %s\n%s" % (c.name, iban(), sig(STAFF["imran"]))
        sp = M(STAFF["imran"], [e], "Bank details for new starter", text=body, html=text_to_html(body), mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_dob_bank", "¶27 ¶32", T(bank=True, subjects=1), "IBAN (checksum valid) to employer payroll")
    if v == 4:
        t_ = OTHER["training"]
        body = "Mark, %s paid the deposit for the HGV assessment on %s debit card %s, can you refund to that card as the course was cancelled?" % (c.name, c.his, luhn_card()) + sig(STAFF["gemma"])
        sp = M(STAFF["gemma"], [t_], "refund", text=body)
        return sp, L("encrypt", "encrypt_dob_bank", "¶32", T(bank=True, subjects=1), "Luhn-valid card number in body")
    if v == 5:
        blob = xlsx_bytes([("Participant", ["Field", "Value"], [["Name", c.name], ["Date of birth", c.dob.isoformat()], ["Course", "Level 1 Warehousing"], ["Start", dstr(15)]])])
        body = "hannah, details for the registration sheet attached\n" + sig(STAFF["shaz"])
        sp = M(STAFF["shaz"], [NS[0]], "registration", text=body, atts=[att("registration.xlsx", blob)])
        return sp, L("encrypt", "encrypt_dob_bank", "¶32", T(dob=True, subjects=1), "ISO DOB in a one-record XLSX")
    d = DWPC[2]
    body = "Deborah, we have %s's DOB as %s - is that what you have? Our system won't match.\n%s" % (c.name, c.dob.strftime("%d %b %Y"), sig(STAFF["nicola"]))
    sp = M(STAFF["nicola"], [d], "DOB mismatch", text=body, mailer=OUTLOOK)
    return sp, L("encrypt", "encrypt_dob_bank", "¶32", T(dob=True, subjects=1), "DOB query to DWP, not an approved process")


def e_benefit_children(v):
    c = claimant()
    if v == 0:
        body = ("Hannah - %s was sanctioned last month for missing the work search review, UC is down to £%d.%02d a month until April, so "
                "%s can't afford the bus. Can we use the travel fund?\n%s" % (c.name, R.randint(150, 260), R.randint(0, 99), c.he, sig(STAFF["shaz"])))
        sp = M(STAFF["shaz"], [NS[0]], "travel fund", text=body)
        return sp, L("encrypt", "encrypt_benefit_children", "¶32", T(benefit=True, subjects=1), "UC sanction with amount")
    if v == 1:
        c = claimant(sex="f")
        k1, k2 = fake.first_name_female(), fake.first_name_male()
        body = ("Hi Karen,\n\n%s can only do school hours - she's got two, %s who's seven and little %s who has just turned four, and no "
                "family nearby. Could the shift be 9.30 to 2.30?\n%s" % (c.name, k1, k2, sig(STAFF["imran"])))
        sp = M(STAFF["imran"], [EMP[4]], "Shift pattern", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_benefit_children", "¶32", T(children=True, subjects=1), "children named with ages in words")
    if v == 2:
        h = OTHER["housing"]
        body = ("Hello, %s's housing benefit was cut to £%d.%02d a week when the bedroom tax started and %s is now £%d in arrears. Can we "
                "arrange a payment plan?\n%s" % (c.name, R.randint(60, 110), R.randint(0, 99), c.he, R.randint(300, 900), sig(STAFF["rachel"])))
        sp = M(STAFF["rachel"], [h], "Arrears", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_benefit_children", "¶32", T(benefit=True, subjects=1), "housing benefit amount")
    if v == 3:
        b = BW[0]
        body = ("Aleksandra, re %s: gets £%d.%02d UC a month plus child benefit and is worried starting work at 16 hrs will leave %s worse off. "
                "Can you do a better-off calc?\n%s" % (c.name, R.randint(500, 900), R.randint(0, 99), c.him, sig(STAFF["gemma"])))
        sp = M(STAFF["gemma"], [b], "BOC please", text=body, cte="quoted-printable")
        return sp, L("encrypt", "encrypt_benefit_children", "¶32", T(benefit=True, subjects=1), "UC monthly amount")
    if v == 4:
        n = OTHER["creche"]
        k1, k2 = fake.first_name(), fake.first_name()
        html = text_to_html("Hi Lisa,\n\nCould you take %s's children while she attends the course?" % c.first + sig(STAFF["gemma"])).replace("</p>", "</p>" + html_table([[k1, "3"], [k2, "18 months"]], ["Child", "Age"]), 1)
        sp = M(STAFF["gemma"], [n], "Creche places for %s" % c.name, html=html)
        return sp, L("encrypt", "encrypt_benefit_children", "¶32", T(children=True, subjects=1), "HTML table of children's names and ages")
    b = BW[1]
    q = quote_outlook(b.name, b.email, sent_line(6), STAFF["tony"].name, "%s" % c.first,
                      "Tony, we can't offer the placement until we know %s's JSA stops - currently £%d.%02d a week.\n\n%s" % (c.first, R.randint(70, 90), R.randint(0, 99), ext_sig(b)))
    body = "Simon, claim closes on the 28th. Tony" + sig(STAFF["tony"]) + q
    sp = M(STAFF["tony"], [b], "RE: %s" % c.first, text=body)
    return sp, L("encrypt", "encrypt_benefit_children", "¶32", T(benefit=True, subjects=1), "JSA amount in quoted chain")


def e_beyond_name(v):
    c = claimant()
    if v == 0:
        body = "Hi Owen,\n\nCan you ring %s direct on %s to arrange the trial day?\n%s" % (c.name, c.mobile, sig(STAFF["dev"]))
        sp = M(STAFF["dev"], [EMP[7]], "trial day", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_beyond_name", "¶18", T(subjects=1, contact=True), "name + mobile number")
    if v == 1:
        t_ = OTHER["training"]
        body = "Mark, please post %s's certificate to %d %s, %s %s.\n%s" % (c.name, c.house, c.street, c.town, c.postcode, sig(STAFF["rachel"]))
        sp = M(STAFF["rachel"], [t_], "Certificate", text=body)
        return sp, L("encrypt", "encrypt_beyond_name", "¶18 ¶30", T(subjects=1, contact=True), "name + home address")
    if v == 2:
        body = "Helen, %s's email is %s if you want to send the offer direct." % (c.name, c.email) + sig(STAFF["imran"], "short")
        sp = M(STAFF["imran"], [EMP[6]], "offer", text=body)
        return sp, L("encrypt", "encrypt_beyond_name", "¶18", T(subjects=1, contact=True), "name + personal email")
    if v == 3:
        body = "Craig, he lives out at %s so would need the 6am start to be from the Castleford site. Thanks" % c.postcode + sig(STAFF["dev"], "short")
        sp = M(STAFF["dev"], [EMP[1]], "%s - start site" % c.name, text=body)
        return sp, L("encrypt", "encrypt_beyond_name", "¶18", T(subjects=1, contact=True), "name in subject, postcode in body")
    if v == 4:
        e = EMP[0]
        body = "Hi Sue,\n\nCV attached. Gary at the jobcentre copied in as he referred %s.\n%s" % (c.first, sig(STAFF["imran"]))
        sp = M(STAFF["imran"], [e], "CV", text=body, cc=[DWPC[0]], atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_beyond_name", "¶17-21", T(subjects=1, contact=True, kinds=["cv"]),
                     "CV to employer with DWP work coach in Cc: CV exemption does not cover DWP")
    if v == 5:
        html = text_to_html("Hannah,\n\n%s doesn't have a mobile, home number is %s - best after 4pm." % (c.name, c.land) + sig(STAFF["marcus"]))
        sp = M(STAFF["marcus"], [NS[0]], "contact no", html=html)
        return sp, L("encrypt", "encrypt_beyond_name", "¶18", T(subjects=1, contact=True), "HTML-only, name + home phone")
    body = "%s's number is %s can u txt him re the start" % (c.first.lower(), c.mobile.replace(" ", "")) + sig(STAFF["gemma"], "phone")
    sp = M(STAFF["gemma"], [BW[0]], "start", text=body, mailer=IPHONE)
    return sp, L("encrypt", "encrypt_beyond_name", "¶18", T(subjects=1, contact=True), "first name + unspaced mobile, iPhone")


def e_over(v):
    if v == 0:
        cs = [claimant() for _ in range(11)]
        blob = pdf_bytes("CVs", [cv_blocks(c) for c in cs])
        body = "Sue, all 11 CVs for the April intake bound into one file.\n" + sig(STAFF["imran"])
        sp = M(STAFF["imran"], [EMP[0]], "April intake CVs", text=body, atts=[att("April intake CVs.pdf", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_over_limit", "¶21", T(subjects=11, contact=True, kinds=["cv"]), "11 CVs in one PDF")
    if v == 1:
        cs = [claimant() for _ in range(12)]
        body = "Hannah, twelve CVs for the cohort as separate files\n" + sig(STAFF["shaz"])
        sp = M(STAFF["shaz"], [NS[0]], "cohort CVs", text=body, atts=[att(cvname(c, "docx"), cv_docx(c, referee=False)) for c in cs])
        return sp, L("encrypt", "encrypt_over_limit", "¶21", T(subjects=12, contact=True, kinds=["cv"]), "12 separate CV attachments")
    if v == 2:
        blocks = []
        for i in range(6):
            a, b = claimant(sex="m"), claimant(sex="f")
            if i:
                blocks.append(("pb",))
            blocks += couple_form_blocks(a, b, "Live-in Caretakers", "Riverside Hotels")
        blob = docx_bytes("Couple applications", blocks)
        body = "Helen - six couple applications.\n" + sig(STAFF["imran"])
        sp = M(STAFF["imran"], [EMP[6]], "Couple applications (6)", text=body, atts=[att("Couple applications x6.docx", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_over_limit", "¶24", T(subjects=12, contact=True, kinds=["application_form_couple"]), "6 couple forms = 12 people")
    if v == 3:
        cs = [claimant() for _ in range(11)]
        blob = pdf_bytes("Letters", [letter_blocks(c, "interview", EMP[3].org) for c in cs])
        body = "Jamal, interview letters for the 11 candidates.\n" + sig(STAFF["dev"])
        sp = M(STAFF["dev"], [EMP[3]], "Interview letters", text=body, atts=[att("Interview letters.pdf", blob)])
        return sp, L("encrypt", "encrypt_over_limit", "¶24", T(subjects=11, contact=True, kinds=["letter_interview"]), "11 interview letters")
    if v == 4:
        rows = name_rows(501, with_date=True)
        blob = csv_bytes(["Surname", "Forename", "Induction date"], rows)
        body = "Hannah, induction list (501) attached.\n" + sig(STAFF["nicola"])
        sp = M(STAFF["nicola"], [NS[0]], "Induction list", text=body, atts=[att("induction_list.csv", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_over_limit", "¶31", T(subjects=501, kinds=["name_list"]), "501 names (boundary)")
    if v == 5:
        rows = name_rows(640, with_nino=True)
        blob = xlsx_bytes([("All", ["Surname", "Forename", "NINO"], rows)])
        body = "Simon, full caseload with NINOs (640).\n" + sig(STAFF["jo"])
        sp = M(STAFF["jo"], [BW[1]], "Full caseload", text=body, atts=[att("full_caseload.xlsx", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_over_limit", "¶31", T(ninos=640, subjects=640, kinds=["name_list"]), "640 names + NINOs")
    c1, c2 = claimant(), claimant()
    body = "Hannah - two referrals below, both yours.\n" + sig(STAFF["marcus"]) + dwp_referral_quote(c1) + dwp_referral_quote(c2)
    sp = M(STAFF["marcus"], [NS[0]], "FW: WHP referrals", text=body, mailer=OUTLOOK)
    return sp, L("encrypt", "encrypt_over_limit", "C15 ¶53", T(ninos=2, subjects=2, contact=True), "forward of two participant records in one mail")


def e_forbidden_col(v):
    if v == 0:
        rows = [[fake.last_name(), fake.first_name(), dob_uk(Person().dob)] for _ in range(40)]
        blob = csv_bytes(["Surname", "Forename", "DOB"], rows)
        sp = M(STAFF["shaz"], [NS[0]], "course list", text="list for the course attached\n" + sig(STAFF["shaz"]), atts=[att("course_list.csv", blob)])
        return sp, L("encrypt", "encrypt_list_forbidden_column", "¶30", T(dob=True, subjects=40, kinds=["name_list"]), "name list with DOB column")
    if v == 1:
        rows = []
        for _ in range(60):
            p = Person()
            rows.append([p.last, p.first, "%d %s" % (p.house, p.street), p.town, p.postcode])
        blob = xlsx_bytes([("Mailout", ["Surname", "Forename", "Address", "Town", "Postcode"], rows)])
        body = "Aleksandra, addresses for the survey letters.\n" + sig(STAFF["jo"])
        sp = M(STAFF["jo"], [BW[0]], "Survey mailout", text=body, atts=[att("mailout.xlsx", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_list_forbidden_column", "¶30", T(subjects=60, contact=True, kinds=["name_list"]), "name list with address columns")
    if v == 2:
        rows = [[fake.last_name(), fake.first_name(), phone_mobile(), dstr(R.randint(10, 20))] for _ in range(18)]
        blob = xlsx_bytes([("Calls", ["Surname", "Forename", "Mobile", "Interview"], rows)])
        body = "Karen - so your team can ring them about the interviews.\n" + sig(STAFF["imran"])
        sp = M(STAFF["imran"], [EMP[4]], "Interview call list", text=body, atts=[att("call_list.xlsx", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_list_forbidden_column", "¶30", T(subjects=18, contact=True, kinds=["name_list"]), "name list with phone column")
    if v == 3:
        rows = [[fake.last_name(), fake.first_name(), "UC", "%d.%02d" % (R.randint(300, 1200), R.randint(0, 99))] for _ in range(35)]
        blob = csv_bytes(["Surname", "Forename", "Benefit", "Monthly amount (£)"], rows)
        body = "Simon, BOC list with current UC amounts\n" + sig(STAFF["tony"])
        sp = M(STAFF["tony"], [BW[1]], "BOC list", text=body, atts=[att("boc_list.csv", blob)])
        return sp, L("encrypt", "encrypt_list_forbidden_column", "¶30", T(benefit=True, subjects=35, kinds=["name_list"]), "name list with benefit amounts")
    lines = []
    for _ in range(25):
        p = Person()
        lines.append("%-16s%-14s%-10s%s" % (p.last.upper()[:15], p.first.upper()[:13], p.postcode, p.ref))
    blob = ("SURNAME         FORENAME      POSTCODE  REF\n" + "\n".join(lines) + "\n").encode()
    body = "Peter, extract from our system (fixed width) for the outreach areas.\n" + sig(STAFF["nicola"])
    sp = M(STAFF["nicola"], [NS[1]], "Outreach extract", text=body, atts=[att("outreach_extract.txt", blob)], mailer=OUTLOOK)
    return sp, L("encrypt", "encrypt_list_forbidden_column", "¶30", T(subjects=25, contact=True, kinds=["name_list"]), "fixed-width list with postcodes")


def e_letter_kind(v):
    c = claimant()
    if v == 0:
        blob = pdf_bytes("Letter", [letter_blocks(c, "warning")])
        body = "Hannah, copy of the failure-to-attend letter we've sent, for your file.\n" + sig(STAFF["marcus"])
        sp = M(STAFF["marcus"], [NS[0]], "FTA letter copy", text=body, atts=[att("FTA letter.pdf", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_letter_kind", "¶25", T(subjects=1, contact=True, kinds=["letter_other"]), "failure-to-attend letter is not an allowed kind")
    if v == 1:
        blob = docx_bytes("Support letter", letter_blocks(c, "support"))
        body = "Steve,\n\nLetter of support for %s's tenancy application attached.\n%s" % (c.first, sig(STAFF["rachel"]))
        sp = M(STAFF["rachel"], [OTHER["landlord"]], "Letter of support", text=body, atts=[att("Letter of support.docx", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_letter_kind", "¶25", T(subjects=1, contact=True, kinds=["letter_other"]), "support letter to a landlord")
    if v == 2:
        cs = [claimant() for _ in range(4)]
        pages = [letter_blocks(x, "interview") for x in cs[:3]] + [letter_blocks(cs[3], "warning")]
        blob = pdf_bytes("Letters", pages)
        body = "Aleksandra, this week's letters to hand out.\n" + sig(STAFF["marcus"])
        sp = M(STAFF["marcus"], [BW[0]], "Letters to hand out", text=body, atts=[att("letters_wk12.pdf", blob)])
        return sp, L("encrypt", "encrypt_letter_kind", "¶25", T(subjects=4, contact=True, kinds=["letter_interview", "letter_other"]), "bundle with 3 interview letters + 1 other letter")
    blob = pdf_bytes("Support letter", [letter_blocks(c, "support")])
    body = "Hi %s,\n\nHere's the letter confirming you're on the programme, for your landlord.\n%s" % (c.first, sig(STAFF["gemma"]))
    sp = M(STAFF["gemma"], [c.email], "Your letter", text=body, atts=[att("Confirmation letter.pdf", blob)])
    return sp, L("encrypt", "encrypt_letter_kind", "¶25", T(subjects=1, contact=True, kinds=["letter_other"]), "other letter to the claimant themself")


def e_dwp_process(v):
    c = claimant()
    if v == 0:
        blob = docx_bytes("Exit", [("h", "WHP Exit Report"), ("kv", exit_pairs(c))])
        body = "Exit report attached\n" + sig(STAFF["rachel"])
        sp = M(STAFF["rachel"], [DWP_INBOX], "Exit report", text=body, atts=[att("Exit report.docx", blob)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=1, subjects=1, kinds=["exit_report"]), "exit report from a personal staff mailbox, not the designated inbox")
    if v == 1:
        html = text_to_html("Change of circumstances below.\n\nWHP Data Exchange").replace("11pt\">", "11pt\">" + kv_html(coc_pairs(c, "work")), 1)
        sp = M(PROV_INBOX, [DWPC[0]], "Change of Circumstances", html=html, from_name="WHP Data Exchange")
        return sp, L("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=1, subjects=1, kinds=["change_of_circumstances"]), "CoC to an individual DWP address, not the designated inbox")
    if v == 2:
        c2 = claimant()
        atts = [att("Exit Report %s.pdf" % x.ref, pdf_bytes("Exit", [[("h", "WHP Exit Report"), ("kv", exit_pairs(x))]])) for x in (c, c2)]
        sp = M(PROV_INBOX, [DWP_INBOX], "WHP Exit Reports x2", text="Two exit reports attached.\n\nWHP Data Exchange\n" + PRIME, atts=atts, from_name="WHP Data Exchange")
        return sp, L("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=2, subjects=2, kinds=["exit_report"]), "two exit-report records in one mail")
    c2 = claimant()
    atts = [att("UCNEA1_%d.pdf" % (i + 1), pdf_bytes("UCNEA1", [[("h", "UCNEA1"), ("kv", ucnea1_pairs(x))]])) for i, x in enumerate((c, c2))]
    sp = M(STAFF["tony"], [DWPC[0]], "UCNEA1s", text="Gary, two UCNEA1s attached.\n" + sig(STAFF["tony"]), atts=atts)
    return sp, L("encrypt", "encrypt_dwp_process", "¶35", T(ninos=2, subjects=2, kinds=["ucnea1"]), "two UCNEA1 in one mail")


def e_claimant(v):
    if v == 0:
        c = claimant()
        body = ("Hi %s,\n\nI've checked with the jobcentre: your UC was sanctioned for 28 days from the 4th, so your next payment will be "
                "£%d.%02d instead of the usual amount. You can ask for a hardship payment.\n%s" % (c.first, R.randint(100, 300), R.randint(0, 99), sig(STAFF["rachel"])))
        sp = M(STAFF["rachel"], [c.email], "Your UC payment", text=body, mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_claimant_recipient", "¶17 ¶32", T(benefit=True, subjects=1), "own sanction/benefit amount to claimant")
    if v == 1:
        c = claimant()
        blob = docx_bytes("Action plan", [("h", "Action Plan"), ("kv", [("Name", c.name), ("Address", c.address + " " + c.postcode), ("Phone", c.mobile),
                                                                     ("Goal 1", "Apply for 5 warehouse jobs a week"), ("Goal 2", "Complete forklift course")])])
        body = "Hi %s, copy of your action plan as discussed.%s" % (c.first, sig(STAFF["gemma"]))
        sp = M(STAFF["gemma"], [c.email], "action plan", text=body, atts=[att("Action plan.docx", blob)])
        return sp, L("encrypt", "encrypt_claimant_recipient", "¶17", T(subjects=1, contact=True), "action plan with own contact details to claimant")
    if v == 2:
        c = claimant(consent=True)
        body = "Hi %s,\n\nYour CV as requested.\n%s" % (c.first, sig(STAFF["rachel"]))
        sp = M(STAFF["rachel"], [c.email], "Your CV", text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c, dob=True))], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_claimant_recipient", "¶17", T(dob=True, subjects=1, contact=True, kinds=["cv"]), "consented claimant, but CV contains DOB")
    if v == 3:
        c = claimant(sex="f")
        k1, k2 = fake.first_name(), fake.first_name()
        body = ("Hi %s,\n\nGood news, Little Acorns can take %s (aged 3) and %s (14 months) on Tuesdays and Thursdays while you do the course.\n%s" % (c.first, k1, k2, sig(STAFF["gemma"])))
        sp = M(STAFF["gemma"], [c.email], "childcare sorted", text=body, html=text_to_html(body))
        return sp, L("encrypt", "encrypt_claimant_recipient", "¶32", T(children=True, subjects=1), "children's names/ages to claimant")
    c = claimant()
    body = "hi %s we've got ur NI number down as %s, is that right? just checking before I send ur forms" % (c.first.lower(), c.nino) + sig(STAFF["shaz"], "phone")
    sp = M(STAFF["shaz"], [c.email], "ni number", text=body, mailer=IPHONE)
    return sp, L("encrypt", "encrypt_claimant_recipient", "¶33", T(ninos=1, subjects=1), "own NINO to claimant")


def e_tag(v):
    if v == 0:
        sp = M(STAFF["jo"], [BW[1]], "[ENCRYPT] contract variation", text="Simon, draft variation attached for comment.\n" + sig(STAFF["jo"]),
               atts=[att("Contract variation draft.docx", docx_bytes("Variation", [("h", "Contract variation 3"), ("p", "Clause 4.2 is amended to read...")]))], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_sender_tag", "policy 3.8", T0, "[ENCRYPT] tag, no claimant data")
    c = claimant()
    if v == 1:
        sp = M(STAFF["dev"], [EMP[0]], "Interview [ENCRYPT]", text="Sue, %s confirmed for Thursday 2pm.\n" % c.name + sig(STAFF["dev"]))
        return sp, L("encrypt", "encrypt_sender_tag", "policy 3.8", T(subjects=1), "one-name mail that would relay, but tagged")
    if v == 2:
        q = quote_outlook(NS[0].name, NS[0].email, sent_line(3), STAFF["shaz"].name, "referral", "Shaz can you send the referral details?\n\n" + ext_sig(NS[0]))
        sp = M(STAFF["shaz"], [NS[0]], "RE: [ENCRYPT] referral", text="details below - %s, starting on the 18th\n%s%s" % (c.name, sig(STAFF["shaz"]), q))
        return sp, L("encrypt", "encrypt_sender_tag", "policy 3.8", T(subjects=1), "tag inside RE: subject")
    rows = name_rows(40, with_date=True)
    sp = M(STAFF["nicola"], [NS[0]], "[ENCRYPT] Induction list", text="list attached\n" + sig(STAFF["nicola"]), atts=[att("induction.csv", csv_bytes(["Surname", "Forename", "Date"], rows))])
    return sp, L("encrypt", "encrypt_sender_tag", "policy 3.8", T(subjects=40, kinds=["name_list"]), "name list that would relay, but tagged")


def e_password(v):
    if v == 0:
        cs = [claimant() for _ in range(2)]
        z = encrypted_zip_bytes([(cvname(c, "pdf"), cv_pdf(c)) for c in cs], "Kestrel2024!")
        sp = M(STAFF["imran"], [EMP[2]], "Candidate documents", text="Paula, documents attached, password to follow by text.\n" + sig(STAFF["imran"]), atts=[att("documents.zip", z)], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_password_protected", "policy 3.8", T0, "ZipCrypto password-protected zip")
    if v == 1:
        blob = pdf_bytes("Report", [[("h", "Case review"), ("p", "Confidential case review notes.")]], password="cw2024")
        sp = M(STAFF["shaz"], [NS[0]], "case review", text="password is the usual one\n" + sig(STAFF["shaz"]), atts=[att("case review.pdf", blob)])
        return sp, L("encrypt", "encrypt_password_protected", "policy 3.8", T0, "password-protected PDF")
    if v == 2:
        z = encrypted_zip_bytes([("notes.txt", b"Case notes - see file.\n"), ("plan.docx", docx_bytes("Plan", [("p", "Plan")]))], "bw-2024")
        sp = M(STAFF["tony"], [BW[1]], "files", text="Simon, zip attached (pw sent separately)" + sig(STAFF["tony"]), atts=[att("files.zip", z)])
        return sp, L("encrypt", "encrypt_password_protected", "policy 3.8", T0, "password zip with two members")
    inner = encrypted_zip_bytes([("list.csv", b"a,b\n1,2\n")], "inner99")
    z = zip_bytes([("readme.txt", b"Inner archive is password protected.\n"), ("data.zip", inner)])
    sp = M(STAFF["nicola"], [NS[1]], "data", text="Peter, as agreed.\n" + sig(STAFF["nicola"]), atts=[att("transfer.zip", z)], mailer=OUTLOOK)
    return sp, L("encrypt", "encrypt_password_protected", "policy 3.8", T0, "plain zip containing a password-protected zip")


def e_scan(v):
    if v == 0:
        sp = M(STAFF["rachel"], [DWPC[0]], "signed form", text="Gary, scanned signed form attached.\n" + sig(STAFF["rachel"]), atts=[att("scan0001.pdf", scan_pdf(700))], mailer=OUTLOOK)
        return sp, L("encrypt", "encrypt_no_text_scan", "policy 3.8", T0, "image-only scanned PDF")
    if v == 1:
        sp = M(STAFF["dev"], [EMP[5]], "photo of form", text="liam photo of the form attached" + sig(STAFF["dev"], "phone"), atts=[att("IMG_4471.jpg", scan_image(701))], mailer=IPHONE)
        return sp, L("encrypt", "encrypt_no_text_scan", "policy 3.8", T0, "JPEG photo of a document")
    if v == 2:
        sp = M(STAFF["gemma"], [BW[0]], "scan", text="scan attached" + sig(STAFF["gemma"]), atts=[att("scan.png", scan_image(702, 900, 1270, "PNG"))])
        return sp, L("encrypt", "encrypt_no_text_scan", "policy 3.8", T0, "PNG scan")
    sp = M(STAFF["marcus"], [NS[0]], "scanned docs", text="Hannah, the 3 pages we spoke about.\n" + sig(STAFF["marcus"]), atts=[att("Scanned documents.pdf", scan_pdf(710, 3))], mailer=OUTLOOK)
    return sp, L("encrypt", "encrypt_no_text_scan", "policy 3.8", T0, "3-page image-only PDF")


# ================================================================= reject
def x_cv_no_consent(v):
    c = claimant()
    t = T(subjects=1, contact=True, kinds=["cv"])
    if v == 0:
        body = "Hi %s,\n\nI've updated your CV after our session, attached.\n%s" % (c.first, sig(STAFF["rachel"]))
        sp = M(STAFF["rachel"], [c.email], "Your CV", text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
    elif v == 1:
        body = "hiya %s ur new cv attached x" % c.first.lower() + sig(STAFF["gemma"], "phone")
        sp = M(STAFF["gemma"], [c.email], "cv", text=body, atts=[att(cvname(c, "docx"), cv_docx(c))], mailer=IPHONE)
    elif v == 2:
        body = "Hi %s,\n\nHere is your CV:\n\n%s\n%s" % (c.first, blocks_to_text(cv_blocks(c)), sig(STAFF["shaz"]))
        sp = M(STAFF["shaz"], [c.email], "your CV", text=body)
    elif v == 3:
        body = "Hi %s,\n\nYour CV attached - sent encrypted.\n%s" % (c.first, sig(STAFF["rachel"]))
        sp = M(STAFF["rachel"], [c.email], "[ENCRYPT] Your CV", text=body, atts=[att(cvname(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
        return sp, L("reject", "reject_cv_no_consent", "¶17", t, "CV to non-consented claimant, even with [ENCRYPT]")
    elif v == 4:
        c2 = claimant(consent=True)
        other = ("%s.%s@%s" % (c2.first, c2.last, "outlook.com" if not c2.email.endswith("outlook.com") else "yahoo.co.uk")).lower()
        body = "Hi %s,\n\nSending your CV to your other email address as you asked.\n%s" % (c2.first, sig(STAFF["dev"]))
        sp = M(STAFF["dev"], [other], "CV", text=body, atts=[att(cvname(c2, "pdf"), cv_pdf(c2))])
        return sp, L("reject", "reject_cv_no_consent", "¶17", t, "claimant's second address, not the consented one")
    else:
        body = "Dear %s,\n\nPlease find your CV attached.\n%s" % (c.first, sig(STAFF["marcus"]))
        sp = M(STAFF["marcus"], [c.email], "CV", html=text_to_html(body), atts=[att(cvname(c, "docx"), cv_docx(c))], hcte="base64")
    return sp, L("reject", "reject_cv_no_consent", "¶17", t, "CV to a claimant address not in the consent register")


def x_uninspectable(v):
    rr = random.Random(800 + v)
    junk = bytes(rr.randint(0, 255) for _ in range(6000))
    s = [STAFF["nicola"], STAFF["shaz"], STAFF["dev"], STAFF["gemma"], STAFF["tony"]][v % 5]
    to = [NS[0], BW[1], EMP[0], BW[0], NS[1]][v % 5]
    if v == 0:
        full = pdf_bytes("Report", [[("h", "Monthly report"), ("p", "Monthly report text " * 40)]])
        a = att("monthly report.pdf", full[:len(full) // 2])
        note = "truncated PDF"
        subj = "monthly report"
    elif v == 1:
        full = docx_bytes("Notes", [("p", "Meeting notes " * 50)])
        b = bytearray(full)
        for i in range(200, 900):
            b[i] = rr.randint(0, 255)
        a = att("meeting notes.docx", bytes(b))
        note = "DOCX with corrupted bytes"
        subj = "notes from today"
    elif v == 2:
        a = att("invoice.pdf", junk)
        note = "named .pdf, bytes are random"
        subj = "invoice"
    elif v == 3:
        a = att("export.dat", junk)
        note = "unknown binary application/octet-stream"
        subj = "export"
    elif v == 4:
        full = zip_bytes([("a.txt", b"hello " * 300), ("b.txt", b"world " * 300)])
        a = att("docs.zip", full[:len(full) - 60])
        note = "truncated zip (central directory cut)"
        subj = "docs"
    elif v == 5:
        a = att("caseload.xlsx", junk)
        note = "named .xlsx, bytes are random"
        subj = "caseload"
    elif v == 6:
        a = att("minutes.pdf", junk[:3000])
        note = "garbage .pdf with [ENCRYPT] tag: reject takes precedence"
        subj = "[ENCRYPT] minutes"
    elif v == 7:
        a = att("template.docx", b"PK\x03\x04" + junk[:2000])
        note = "zip magic then garbage, named .docx"
        subj = "template"
    elif v == 8:
        a = att("timesheet.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + junk[:4000])
        note = "PDF header then garbage"
        subj = "timesheet"
    else:
        full = xlsx_bytes([("S", ["a", "b"], [[1, 2]] * 200)])
        a = att("figures.xlsx", full[:len(full) // 3])
        note = "truncated XLSX"
        subj = "figures"
    sp = M(s, [to], subj, text="attached\n" + sig(s, "short"), atts=[a])
    return sp, L("reject", "reject_uninspectable", "policy 3.3", T0, note)


SCENARIOS = (
    [(nc_newsletter, v) for v in range(3)] + [(nc_job_advert, v) for v in range(3)] + [(nc_training, v) for v in range(3)] +
    [(nc_policy, v) for v in range(2)] + [(nc_template, v) for v in range(3)] + [(nc_rates, v) for v in range(2)] +
    [(nc_stats, v) for v in range(3)] + [(nc_oneliner, v) for v in range(5)] + [(nc_chain, v) for v in range(3)] +
    [(nc_claimant_generic, v) for v in range(2)] + [(nc_probation_partnership, 0)] +
    [(r_one_name, v) for v in range(8)] + [(r_cv_to_claimant, v) for v in range(4)] + [(r_cvs, v) for v in range(6)] +
    [(r_app_forms, v) for v in range(4)] + [(r_letters, v) for v in range(5)] + [(r_name_lists, v) for v in range(4)] +
    [(r_nino_only, v) for v in range(2)] + [(r_dwp_lists, v) for v in range(3)] + [(r_ucnea1_gns, v) for v in range(4)] +
    [(r_c15, v) for v in range(4)] + [(r_forward, v) for v in range(3)] + [(r_encrypted, v) for v in range(4)] +
    [(e_special, v) for v in range(14)] + [(e_nino, v) for v in range(8)] + [(e_dob_bank, v) for v in range(7)] +
    [(e_benefit_children, v) for v in range(6)] + [(e_beyond_name, v) for v in range(7)] + [(e_over, v) for v in range(7)] +
    [(e_forbidden_col, v) for v in range(5)] + [(e_letter_kind, v) for v in range(4)] + [(e_dwp_process, v) for v in range(4)] +
    [(e_claimant, v) for v in range(5)] + [(e_tag, v) for v in range(4)] + [(e_password, v) for v in range(4)] +
    [(e_scan, v) for v in range(4)] +
    [(x_cv_no_consent, v) for v in range(6)] + [(x_uninspectable, v) for v in range(10)]
)


# ================================================================= runner
def generate():
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    built = []
    for fn, v in SCENARIOS:
        sp, lab = fn(v)
        built.append((fn.__name__, v, sp, lab))
    order = list(range(len(built)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for pos, k in enumerate(order):
        n = pos + 1
        name, v, sp, lab = built[k]
        hid = "hb-%03d" % n
        data = build(sp, n)
        with open(os.path.join(MAIL_DIR, hid + ".eml"), "wb") as f:
            f.write(data)
        rec = {"id": hid, "file": "mail/%s.eml" % hid, "mail_from": A(sp["sender"])[1], "rcpt_to": rcpts(sp),
               "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
               "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": name}
        labels.append(rec)
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "consent.txt"), "w") as f:
        extra = ["jordan.whitaker44@gmail.com", "m.kowalczyk@btinternet.com"]
        for a in sorted(set(CONSENT + extra)):
            f.write(a + "\n")
    return labels


# ================================================================= self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])\s?([A-Za-z])\s{0,2}(\d{2})\s{0,2}(\d{2})\s{0,2}(\d{2})\s{0,2}([A-Da-d])(?![A-Za-z0-9])")


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text):
        a, b = m.group(1).upper(), m.group(2).upper()
        if a in "DFIQUV" or b in "DFIOQUV" or (a + b) in BAD_PREFIX:
            continue
        out.add(a + b + m.group(3) + m.group(4) + m.group(5) + m.group(6).upper())
    return out


class Uninspectable(Exception):
    pass


class Protected(Exception):
    pass


def att_text(fn, blob, depth=0):
    """returns (text, flags) ; raises Uninspectable / Protected"""
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower()
    flags = set()
    try:
        if ext == "pdf":
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Protected(fn)
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                flags.add("scan")
            return t, flags
        if ext == "docx":
            d = docx.Document(io.BytesIO(blob))
            parts = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
            return "\n".join(parts), flags
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob), read_only=True)
            parts = []
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    parts.append(",".join("" if x is None else str(x) for x in row))
            return "\n".join(parts), flags
        if ext in ("csv", "txt"):
            return blob.decode("utf-8"), flags
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            for info in z.infolist():
                if info.flag_bits & 1:
                    raise Protected(info.filename)
            if z.testzip() is not None:
                raise Uninspectable(fn)
            parts = []
            for info in z.infolist():
                if info.flag_bits & 1:
                    raise Protected(info.filename)
                t, f2 = att_text(info.filename, z.read(info.filename), depth + 1)
                parts.append(info.filename + "\n" + t)
                flags |= f2
            return "\n".join(parts), flags
        if ext in ("jpg", "png"):
            Image.open(io.BytesIO(blob)).verify()
            flags.add("scan")
            return "", flags
    except (Protected,):
        raise
    except Exception as ex:
        raise Uninspectable("%s: %s" % (fn, ex))
    raise Uninspectable("%s: unknown type" % fn)


PHONE_RES = [(re.compile(r"(?<!\d)07\d{3}\s?\d{3}\s?\d{3}(?!\d)"), re.compile(r"07700\s?900\s?\d{3}")),
             (re.compile(r"(?<!\d)01\d{2}\s?\d{3}\s?\d{4}(?!\d)"), re.compile(r"01(13|61)\s?496\s?0\d{3}")),
             (re.compile(r"(?<!\d)020\s?\d{4}\s?\d{4}(?!\d)"), re.compile(r"020\s?7946\s?0\d{3}"))]


def selfcheck(labels):
    from email import message_from_bytes
    from email.utils import getaddresses
    consent = set(open(os.path.join(HERE, "consent.txt")).read().split())
    problems = []
    warn = []
    for rec in labels:
        raw = open(os.path.join(HERE, rec["file"]), "rb").read()
        m = message_from_bytes(raw, policy=policy.default)
        hid = rec["id"]
        frm = getaddresses([m["From"]])[0][1]
        if frm != rec["mail_from"]:
            problems.append((hid, "From mismatch"))
        hdr_rcpt = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", [])) if "@" in a]
        if not set(hdr_rcpt) <= set(rec["rcpt_to"]):
            problems.append((hid, "To/Cc not in rcpt_to"))
        if m["Bcc"]:
            problems.append((hid, "Bcc header present"))
        texts = [str(m["Subject"])]
        for k, val in m.items():
            if k.lower().startswith("x-") or k.lower() in ("from", "to", "cc"):
                texts.append(str(val))
        flags = set()
        ct = m.get_content_type()
        enc = ct in ("application/pkcs7-mime", "multipart/encrypted")
        for part in m.walk():
            if part.is_multipart():
                continue
            fn = part.get_filename()
            if part.get_content_type() in ("application/pkcs7-mime", "application/pgp-encrypted") or fn == "encrypted.asc":
                continue
            if fn:
                texts.append(fn)
                blob = part.get_payload(decode=True)
                try:
                    t, f = att_text(fn, blob)
                    texts.append(t)
                    flags |= f
                except Uninspectable as ex:
                    flags.add("uninspectable")
                except Protected:
                    flags.add("protected")
            else:
                t = part.get_content()
                if "BEGIN PGP MESSAGE" in t:
                    enc = True
                texts.append(t)
        full = "\n".join(texts)
        ninos = find_ninos(full)
        tr = rec["truth"]
        if len(ninos) > tr["ninos"]:
            problems.append((hid, "found %d NINOs > truth %d" % (len(ninos), tr["ninos"])))
        elif len(ninos) < tr["ninos"]:
            warn.append((hid, "found %d NINOs < truth %d (odd formatting?)" % (len(ninos), tr["ninos"])))
        rule, act = rec["rule"], rec["expected_action"]
        if rule == "reject_uninspectable" and "uninspectable" not in flags:
            problems.append((hid, "expected uninspectable attachment"))
        if rule != "reject_uninspectable" and "uninspectable" in flags:
            problems.append((hid, "unexpected uninspectable attachment"))
        if rule == "encrypt_password_protected" and "protected" not in flags:
            problems.append((hid, "expected protected attachment"))
        if rule != "encrypt_password_protected" and "protected" in flags:
            problems.append((hid, "unexpected protected attachment"))
        if (rule == "encrypt_no_text_scan") != ("scan" in flags):
            problems.append((hid, "scan flag mismatch"))
        if (rule == "already_encrypted") != enc:
            problems.append((hid, "encryption structure mismatch"))
        if ("[ENCRYPT]" in str(m["Subject"])) and rule not in ("encrypt_sender_tag", "reject_cv_no_consent", "reject_uninspectable"):
            problems.append((hid, "tag present but rule %s" % rule))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant recipient not in consent"))
        if rule == "reject_cv_no_consent" and set(rec["rcpt_to"]) & consent:
            problems.append((hid, "reject_cv_no_consent recipient IS in consent"))
        if rule == "no_claimant_data" and (tr != T0):
            problems.append((hid, "no_claimant_data with non-empty truth"))
        for rx, ok in PHONE_RES:
            for ph in rx.findall(full) if False else [mm.group(0) for mm in rx.finditer(full)]:
                if not ok.fullmatch(ph):
                    problems.append((hid, "phone outside Ofcom drama range: %s" % ph))
        if tr["bank"]:
            ib = re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", full)
            cards = re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full)
            for x in ib:
                if not iban_valid(x):
                    problems.append((hid, "bad IBAN"))
            for x in cards:
                if not luhn_ok(x):
                    problems.append((hid, "bad Luhn"))
    return problems, warn


def main():
    labels = generate()
    problems, warn = selfcheck(labels)
    from collections import Counter
    print("messages:", len(labels))
    print("actions:", dict(Counter(r["expected_action"] for r in labels)))
    print("rules:", dict(sorted(Counter(r["rule"] for r in labels).items())))
    for w in warn:
        print("WARN", *w)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()

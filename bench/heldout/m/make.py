#!/usr/bin/env python3
"""Held-out set M: a London and South East prime's job-entry and in-work-progression teams
(Restart, and a council's JETS-style contract), writing mostly from Outlook mobile.

Deterministic: every scenario seeds its own random.Random and Faker('en_GB'); Date headers,
Message-IDs and MIME boundaries are fixed; Office zip timestamps and core properties are
normalised; the salts pyzipper draws come from a seeded source.

    python make.py          # writes mail/, labels.jsonl, consent.txt, then self-checks
    python make.py --check  # self-check only
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
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
SEED = 20261203
INT = "provider.example.org.uk"
PRIME = "Thameside Works"
JETS = "Lowmarsh Works (JETS)"
COUNCIL = "lowmarsh.gov.uk"
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
SUPPLY = ["northstar-training.co.uk", "bridgeway-support.org.uk"]
PERSONAL = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
EMPLOYERS = {
    "acme-logistics.co.uk": "Acme Logistics", "greenfield-care.com": "Greenfield Care",
    "citybuild-ltd.co.uk": "CityBuild Ltd", "harbourview-hotels.co.uk": "Harbourview Hotels",
    "brightside-retail.co.uk": "Brightside Retail", "kestrelgate-security.co.uk": "Kestrelgate Security",
    "riverside-kitchens.co.uk": "Riverside Kitchens", "southbank-transit.co.uk": "Southbank Transit",
}
EMP_DOMS = sorted(EMPLOYERS)
OUTLOOK_IOS = "Microsoft Outlook for iOS"
OUTLOOK_AND = "Microsoft Outlook for Android"
OUTLOOK_WIN = "Microsoft Outlook 16.0"
FIXED_DT = datetime.datetime(2026, 11, 2, 8, 0, 0)

CONSENT = []

# ------------------------------------------------------------------ identifiers

BAD1 = set("DFIQUV")
BAD2 = set("DFIOQUV")
BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
LET = "ABCEGHJKLMNPRSTWXYZ"


def nino(R):
    while True:
        a, b = R.choice(LET), R.choice(LET)
        if a in BAD1 or b in BAD2 or a + b in BADP:
            continue
        return "%s%s%06d%s" % (a, b, R.randint(0, 999999), R.choice("ABCD"))


def nino_fmt(n, style):
    if style == 0:
        return n
    if style == 1:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 2:
        return n.lower()
    if style == 3:
        return "%s%s %s" % (n[:2], n[2:8], n[8])
    if style == 4:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mobile(R):
    return "07700 900%03d" % R.randint(0, 999)


def landline(R):
    return R.choice(["020 7946 0%03d", "0113 496 0%03d", "0161 496 0%03d"]) % R.randint(0, 999)


AREAS = ["SE", "E", "N", "SW", "CR", "BR", "DA", "ME", "RM", "IG", "EN", "TW", "KT", "SM"]


def postcode(R):
    return "%s%d %d%s%s" % (R.choice(AREAS), R.randint(60, 89), R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"),
                            R.choice("ABDEFGHJLNPQRSTUWXYZ"))


def _mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban(R, cc):
    if cc == "PL":
        bban = "".join(str(R.randint(0, 9)) for _ in range(24))
    elif cc == "RO":
        bban = "ZZRB" + "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(16))
    elif cc == "LT":
        bban = "".join(str(R.randint(0, 9)) for _ in range(16))
    else:
        bban = "ZZBK" + "".join(str(R.randint(0, 9)) for _ in range(14))
    chk = 98 - _mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return _mod97(s[4:] + s[:4]) == 1


def iban_grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def sort_code(R):
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


def account(R):
    return "%08d" % R.randint(10000000, 99999999)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob_fmt(d, style):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return d.isoformat()
    if style == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3:
        return d.strftime("%d.%m.%y")
    if style == 4:
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    return d.strftime("%d-%b-%Y")


# ------------------------------------------------------------------ people

class Person:
    def __init__(self, R, fk, domain=None, sex=None, consent=False, first=None, last=None):
        if first is None:
            first = fk.first_name_female() if sex == "f" else (fk.first_name_male() if sex == "m" else fk.first_name())
        self.first = first
        self.last = last or fk.last_name()
        self.name = "%s %s" % (self.first, self.last)
        dom = domain or R.choice(PERSONAL)
        user = R.choice(["%s.%s%d", "%s_%s%d", "%s%s%d"]) % (self.first.lower(), self.last.lower().replace("'", ""),
                                                               R.randint(10, 99))
        self.email = user + "@" + dom
        self.phone = mobile(R)
        self.street = "%d %s" % (R.randint(2, 190), fk.street_name())
        self.town = R.choice(["Croydon", "Lewisham", "Bexleyheath", "Woolwich", "Romford", "Ilford", "Enfield",
                              "Sutton", "Bromley", "Chatham", "Dartford", "Gillingham", "Peckham", "Tottenham"])
        self.pc = postcode(R)
        self.address = "%s, %s %s" % (self.street, self.town, self.pc)
        self.nino = nino(R)
        self.dob = datetime.date(R.randint(1962, 2004), R.randint(1, 12), R.randint(1, 28))
        self.age = 2026 - self.dob.year
        self.ref = "TW-%06d" % R.randint(100000, 999999)
        if consent:
            CONSENT.append(self.email)


class Staff:
    def __init__(self, R, fk, title=None, team=None):
        self.first = fk.first_name()
        self.last = fk.last_name()
        self.name = "%s %s" % (self.first, self.last)
        self.email = "%s.%s@%s" % (self.first.lower(), self.last.lower().replace("'", ""), INT)
        self.title = title or R.choice(["Employment Adviser", "Job Entry Coach", "In-Work Progression Coach",
                                        "Employer Account Manager", "Team Leader - Job Entry",
                                        "JETS Employment Coach", "Restart Work Coach (provider)",
                                        "Performance & Compliance Officer", "Payments Administrator"])
        self.team = team or R.choice(["Restart - Croydon & Sutton", "Restart - Lewisham", "JETS - Lowmarsh",
                                      "In-Work Progression - Medway", "Employer Services - South East",
                                      "Restart - Havering & Redbridge"])
        self.mob = mobile(R)
        self.office = landline(R)


class Contact:
    def __init__(self, R, fk, domain, org=None):
        self.first = fk.first_name()
        self.last = fk.last_name()
        self.name = "%s %s" % (self.first, self.last)
        self.email = "%s.%s@%s" % (self.first.lower(), self.last.lower().replace("'", ""), domain)
        self.org = org or EMPLOYERS.get(domain, domain.split(".")[0].replace("-", " ").title())
        self.phone = landline(R)


DISCLAIMERS = [
    "Thameside Works is a trading name of Thameside Works Ltd, registered in England no. 08812345. This e-mail "
    "and any attachment may contain personal data, including special category data (health, criminal offence "
    "data), and is intended for the addressee only. If you have received it in error, delete it and tell the "
    "sender. We are a Disability Confident Leader and welcome applications from people with convictions.",
    "CONFIDENTIALITY: this message is for the named recipient. It may contain information about health, "
    "disability, ethnicity or offending that is protected under UK GDPR. Do not forward without authority. "
    "Restart Scheme is funded by the Department for Work and Pensions.",
    "Lowmarsh Works is delivered by Thameside Works for the London Borough of Lowmarsh. Need help with your "
    "mental health? Call the free Lowmarsh wellbeing line. Information in this e-mail is confidential.",
]


def sig(s, R, mobile_app=None, disc=None):
    style = R.randint(0, 3)
    if style == 0:
        out = "\n\n%s\n%s | %s\n%s\nM: %s" % (s.first, s.title, PRIME, s.team, s.mob)
    elif style == 1:
        out = "\n\nThanks\n%s\n\n%s\n%s, %s\nT %s  M %s\nPronouns: %s" % (s.first, s.name, s.title, s.team,
                                                                               s.office, s.mob,
                                                                               R.choice(["she/her", "he/him", "they/them"]))
    elif style == 2:
        out = "\n\n%s\n%s\n%s" % (s.first, s.title, PRIME)
    else:
        out = "\n\nKind regards,\n%s | %s\n%s, 4th Floor, 21 Wellesley Road, Croydon CR79 2AD\n%s" % (
            s.name, s.title, PRIME, s.office)
    if mobile_app:
        out += "\n\n" + mobile_app
    if disc is None:
        disc = R.random() < 0.55
    if disc:
        out += "\n\n" + R.choice(DISCLAIMERS)
    return out


# ------------------------------------------------------------------ documents

def fixzip(data):
    """Rewrite a zip with fixed timestamps and fixed Office core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            blob = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-02T08:00:00Z", blob)
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def L1(t):
    """fpdf core fonts are latin-1."""
    rep = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
           "\u2022": "*", "\u00a3": "GBP ", "\u0142": "l", "\u0141": "L", "\u0105": "a", "\u0119": "e",
           "\u015b": "s", "\u017c": "z", "\u017a": "z", "\u0107": "c", "\u0144": "n", "\u0103": "a",
           "\u021b": "t", "\u0219": "s", "\u00e2": "a", "\u00ee": "i"}
    for k, v in rep.items():
        t = t.replace(k, v)
    return t.encode("latin-1", "replace").decode("latin-1")


def pdf_bytes(pages, title="Document", header=None, footer=None, size=10):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if header:
                self.set_font("Helvetica", "B", 8)
                self.cell(0, 5, L1(header), new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if footer:
                self.set_y(-12)
                self.set_font("Helvetica", "", 7)
                self.cell(0, 5, L1(footer + "   Page %d of {nb}" % self.page_no()), align="C")

    p = P()
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.set_title(L1(title))
    p.alias_nb_pages()
    for lines in pages:
        p.add_page()
        p.set_font("Helvetica", "", size)
        for ln in lines:
            if ln.startswith("# "):
                p.set_font("Helvetica", "B", size + 3)
                p.multi_cell(0, 6, L1(ln[2:]), new_x="LMARGIN", new_y="NEXT")
                p.set_font("Helvetica", "", size)
            else:
                p.multi_cell(0, 5, L1(ln) if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_bytes(paras, tables=(), tracked=(), header_text=None):
    """paras: list of str ('# ' heading). tables: list of row lists. tracked: list of (kind, text, author)
    appended as paragraphs holding a w:ins or w:del run."""
    import docx
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    d.core_properties.author = "Thameside Works"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "Thameside Works"
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for t in paras:
        if t.startswith("# "):
            d.add_heading(t[2:], level=1)
        else:
            d.add_paragraph(t)
    for rows in tables:
        tb = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                tb.cell(i, j).text = str(c)
    for k, (kind, before, text, after, author) in enumerate(tracked):
        p = d.add_paragraph(before)
        el = OxmlElement("w:ins" if kind == "ins" else "w:del")
        el.set(qn("w:id"), str(100 + k))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), "2026-11-20T10:%02d:00Z" % k)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t" if kind == "ins" else "w:delText")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        p._p.append(el)
        if after:
            r2 = OxmlElement("w:r")
            t2 = OxmlElement("w:t")
            t2.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t2.text = after
            r2.append(t2)
            p._p.append(r2)
    b = io.BytesIO()
    d.save(b)
    return fixzip(b.getvalue())


def xlsx_bytes(sheets):
    """sheets: list of (name, rows, state) with state 'visible' | 'hidden' | 'veryHidden'."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, state in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        ws.sheet_state = state
    wb.properties.creator = "Thameside Works"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    b = io.BytesIO()
    wb.save(b)
    return fixzip(b.getvalue())


def csv_bytes(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, blob in files:
            zi = zipfile.ZipInfo(fn, date_time=(2026, 11, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


def aes_zip_bytes(files, password, seed):
    import pyzipper
    import pyzipper.zipfile_aes as zaes
    rr = random.Random(seed)
    real, real_rand = os.urandom, zaes.Random

    class _Src:
        def read(self, n):
            return bytes(rr.randrange(256) for _ in range(n))

    class _Rand:
        @staticmethod
        def new():
            return _Src()
    os.urandom = lambda n: bytes(rr.randrange(256) for _ in range(n))
    zaes.Random = _Rand
    try:
        out = io.BytesIO()
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password)
            for fn, blob in files:
                zi = z.zipinfo_cls(fn, date_time=(2026, 11, 2, 8, 0, 0))
                zi.compress_type = pyzipper.ZIP_DEFLATED
                z.writestr(zi, blob)
        return out.getvalue()
    finally:
        os.urandom, zaes.Random = real, real_rand


def pdf_encrypted(pdf, password, seed):
    from pypdf import PdfReader, PdfWriter
    import secrets
    rr = random.Random(seed)
    real_u, real_t = os.urandom, secrets.token_bytes
    os.urandom = lambda n: bytes(rr.randrange(256) for _ in range(n))
    secrets.token_bytes = lambda n=32: bytes(rr.randrange(256) for _ in range(n))
    try:
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        w.add_metadata({"/Producer": "Thameside CRM"})
        w.encrypt(password, algorithm="AES-128")
        b = io.BytesIO()
        w.write(b)
        return b.getvalue()
    finally:
        os.urandom, secrets.token_bytes = real_u, real_t


def scan_image(seed, fmt="JPEG", w=900, h=1270):
    from PIL import Image, ImageDraw
    rr = random.Random(seed)
    im = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(im)
    y = 90
    while y < h - 120:
        x = 70
        while x < w - 90:
            ln = rr.randint(15, 90)
            dr.rectangle([x, y, x + ln, y + 9], fill=rr.randint(20, 70))
            x += ln + rr.randint(8, 20)
        y += rr.randint(22, 34)
    for _ in range(3000):
        dr.point((rr.randrange(w), rr.randrange(h)), fill=rr.randint(150, 255))
    b = io.BytesIO()
    im.save(b, fmt, quality=70) if fmt == "JPEG" else im.save(b, fmt)
    return b.getvalue()


def scan_pdf(seed, pages=1):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(scan_image(seed + i)), x=0, y=0, w=210, h=297)
    return bytes(p.output())


MIMES = {"pdf": ("application", "pdf"),
         "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         "csv": ("text", "csv"), "txt": ("text", "plain"), "zip": ("application", "zip"),
         "jpg": ("image", "jpeg"), "png": ("image", "png"), "ics": ("text", "calendar"),
         "doc": ("application", "msword"), "xls": ("application", "vnd.ms-excel")}


def att(fn, blob, mime=None):
    ext = fn.rsplit(".", 1)[-1].lower()
    return (fn, blob) + tuple(mime or MIMES.get(ext, ("application", "octet-stream")))


# ------------------------------------------------------------------ documents about people

def cv_lines(R, fk, p, dob=False, nino_in=False, conviction=False, health=False):
    jobs = R.sample(["Warehouse Operative, %s" % fk.company(), "Kitchen Porter, %s" % fk.company(),
                     "Retail Assistant, %s" % fk.company(), "Security Officer (SIA), %s" % fk.company(),
                     "Care Assistant, %s" % fk.company(), "Delivery Driver, %s" % fk.company(),
                     "Cleaner, %s" % fk.company(), "Barista, %s" % fk.company()], 2)
    out = ["# " + p.name, "%s | %s | %s" % (p.address, p.phone, p.email), "",
           "PROFILE", R.choice(["Reliable and punctual worker with experience in fast-paced teams.",
                                "Friendly, hard-working and keen to get back into steady employment.",
                                "Practical team player; happy to work shifts and weekends."]), "",
           "EXPERIENCE", "%d-%d  %s" % (2016 + R.randint(0, 3), 2020 + R.randint(0, 2), jobs[0]),
           "%d-%d  %s" % (2021 + R.randint(0, 1), 2024 + R.randint(0, 1), jobs[1]), "",
           "SKILLS", R.choice(["Forklift (counterbalance), stock control, customer service",
                               "Food hygiene level 2, cash handling, teamwork",
                               "CSCS card, manual handling, basic IT"])]
    if dob:
        out.insert(2, "Date of birth: %s" % dob_fmt(p.dob, R.randint(0, 5)))
    if nino_in:
        out.insert(2, "National Insurance: %s" % nino_fmt(p.nino, R.randint(0, 4)))
    if conviction:
        out += ["", "DISCLOSURE", "Conviction for theft (2019), community order completed. Unspent until 2027."]
    if health:
        out += ["", "ADDITIONAL", "I have epilepsy (controlled) and cannot work at heights."]
    out += ["", "REFERENCES", "Available on request"]
    return out


def app_form_lines(R, p, job, emp_name, dob=False, nino_in=False):
    out = ["# Application form - %s" % job, "Employer: %s" % emp_name, "Full name: %s" % p.name,
           "Address: %s" % p.address, "Phone: %s" % p.phone, "Email: %s" % p.email, "Age: %d" % p.age,
           "Right to work in UK: Yes", "Available to start: %s" % R.choice(["Immediately", "1 week", "2 weeks"]),
           "Why do you want this job? %s" % R.choice(["I enjoy working with people.", "I want steady hours.",
                                                      "I have done similar work before and liked it."])]
    if dob:
        out.insert(4, "Date of birth: %s" % dob_fmt(p.dob, R.randint(0, 5)))
    if nino_in:
        out.insert(4, "NI number: %s" % nino_fmt(p.nino, R.randint(0, 4)))
    return out


def couple_form_lines(R, a, b, job, emp_name):
    return ["# Joint application - %s" % job, "Employer: %s" % emp_name,
            "Applicant 1: %s, age %d" % (a.name, a.age), "Applicant 2: %s, age %d" % (b.name, b.age),
            "Address: %s" % a.address, "Phone: %s" % a.phone, "Both available for live-in couple role: Yes"]


def letter_lines(R, p, kind, emp_name=None, when=None):
    when = when or "%s %d December 2026 at %d:%s" % (R.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]),
                                                     R.randint(7, 18), R.randint(9, 15), R.choice(["00", "30"]))
    if kind == "interview":
        body = ["Dear %s" % p.first, "", "Interview invitation: %s" % (emp_name or "employer"),
                "You are invited to an interview on %s at the employer's site. Please bring photo ID." % when]
    elif kind == "appointment":
        body = ["Dear %s" % p.name, "", "Your next appointment with Thameside Works is on %s at our Croydon "
                "office, 21 Wellesley Road. Call us if you cannot attend." % when]
    elif kind == "offer":
        body = ["Dear %s" % p.first, "", "Offer of employment",
                "We are pleased to offer you the role with %s starting %s, 37.5 hours a week." % (emp_name, when)]
    else:
        body = ["Dear %s" % p.first, "", "Reference", "%s attended our Restart programme and was reliable, "
                "punctual and well liked. I am happy to recommend them." % p.first]
    return ["%s" % p.name, p.address, ""] + body + ["", "Yours sincerely", "Thameside Works"]


def names(R, fk, n, unique=True):
    seen = set()
    out = []
    while len(out) < n:
        f, l = fk.first_name(), fk.last_name()
        if (f, l) in seen:
            continue
        seen.add((f, l))
        out.append((f, l))
    return out


# ------------------------------------------------------------------ messages

def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0,
      kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(special), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects,
            "doc_kinds": sorted(set(kinds))}


T0 = T()


def A(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, str):
        return ("", x)
    return (x.name, x.email)


def M(sender, to, subject, text=None, html=None, cc=(), bcc=(), atts=(), headers=None, mailer=None, raw=None,
      attach_msgs=(), from_name=None, cte=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, html=html,
                atts=list(atts), headers=headers or {}, mailer=mailer, raw=raw, attach_msgs=list(attach_msgs),
                from_name=from_name, cte=cte)


def L(action, rule, guidance, truth, notes, facts=None):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts or {})


def _cte(text, want):
    if want:
        return want
    try:
        text.encode("ascii")
        return "7bit" if max((len(x) for x in text.split("\n")), default=0) < 900 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


def inner_msg(frm, to, subject, text, date_n=0, atts=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.datetime(2026, 10, 20, 9, 0, tzinfo=datetime.timezone.utc)
                                + datetime.timedelta(hours=date_n))
    m.set_content(text, cte=_cte(text, None))
    for a in atts:
        m.add_attachment(a[1], maintype=a[2], subtype=a[3], filename=a[0])
    return m


def build(sp, n):
    msg = EmailMessage()
    s = sp["sender"]
    fname, faddr = (sp["from_name"] or A(s)[0]), A(s)[1]
    msg["From"] = formataddr((fname, faddr)) if fname else faddr
    msg["To"] = ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in sp["to"]) if sp["to"] \
        else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in sp["cc"])
    msg["Subject"] = sp["subject"]
    dt = datetime.datetime(2026, 11, 23, 7, 41, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=53 * n)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("hm%d" % n).encode()).hexdigest()[:24], INT)
    if sp["mailer"]:
        msg["X-Mailer"] = sp["mailer"]
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        t, h = sp["text"], sp["html"]
        if t is not None and h is not None:
            msg.set_content(t, subtype="plain", charset="utf-8", cte=_cte(t, sp["cte"]))
            msg.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
        elif h is not None:
            msg.set_content(h, subtype="html", charset="utf-8", cte=_cte(h, sp["cte"] or "quoted-printable"))
        else:
            msg.set_content(t or "", subtype="plain", charset="utf-8", cte=_cte(t or "", sp["cte"]))
        for m in sp["attach_msgs"]:
            msg.add_attachment(m)
        for (fn, blob, mt, st) in sp["atts"]:
            if mt == "text":
                msg.add_attachment(blob, maintype=mt, subtype=st, filename=fn, cte="base64")
            else:
                msg.add_attachment(blob, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("_%03d_%d_%s_=" % (n, i, hashlib.md5(("m%d-%d" % (n, i)).encode()).hexdigest()[:16]))
            i += 1
    crlf = n % 7 == 2
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))


def rcpts(sp):
    return [A(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_of(text):
    return "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"


def outlook_quote(frm, to, subject, body, when="Monday, 16 November 2026 10:14"):
    return ("\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, when, to, subject, body))


def mob():
    return "Get Outlook for iOS"


# ------------------------------------------------------------------ scenario registry

SCEN = []


def scen(count):
    def deco(fn):
        for v in range(count):
            SCEN.append((fn, v))
        return fn
    return deco


def ctx(fn, v):
    seed = int(hashlib.md5(("%s-%d-%d" % (fn.__name__, v, SEED)).encode()).hexdigest()[:8], 16)
    R = random.Random(seed)
    fk = Faker("en_GB")
    fk.seed_instance(seed)
    return R, fk, seed


def emp_contact(R, fk, dom=None):
    dom = dom or R.choice(EMP_DOMS)
    return Contact(R, fk, dom)


def sc_contact(R, fk):
    dom = R.choice(SUPPLY)
    return Contact(R, fk, dom, {"northstar-training.co.uk": "Northstar Training",
                                "bridgeway-support.org.uk": "Bridgeway Support"}[dom])


def dwp_contact(R, fk):
    return Contact(R, fk, R.choice(["dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk"]), "DWP")


def st(R, fk, **kw):
    return Staff(R, fk, **kw)


# ================================================================= relay: no claimant data

ONELINERS = [
    ("running 10 mins late, start without me", "Re: huddle 9:15"),
    ("can someone grab the lanyards from the Croydon cupboard before the fair pls", "lanyards"),
    ("👍 thx", "RE: Room 3 booked"),
    ("yes fine by me", "RE: move IWP catch-up to Thurs?"),
    ("Sorry - on a home visit till 2, will call after", "RE: quick q"),
    ("Train cancelled at Sevenoaks. WFH today, Teams on.", "late"),
    ("is the printer on 4th fixed yet??", "printer"),
    ("Link for the Restart all-staff: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x - starts 11", "all-staff link"),
    ("ta, will do", "RE: timesheets by Fri"),
    ("Can you send me the new job-fair rota when it's done? no rush", "rota"),
    ("Parking at Bexleyheath is pay & display from Monday, FYI", "FYI parking"),
    ("who has the van keys", "keys"),
]


@scen(12)
def nc_oneliner(R, fk, seed, v):
    s = st(R, fk)
    text, subj = ONELINERS[v]
    if v % 3 == 0:
        to = [emp_contact(R, fk)]
        text = R.choice(["Thanks, ", "Cheers - ", ""]) + text
    else:
        to = [st(R, fk)]
    body = text + "\n\n" + R.choice(["Sent from Outlook for iOS", "Get Outlook for Android", s.first])
    return M(s, to, subj, body, mailer=R.choice([OUTLOOK_IOS, OUTLOOK_AND])), \
        L("relay", "no_claimant_data", "¶18", T0, "terse one-liner, nothing about a claimant")


@scen(5)
def nc_vacancy_brief(R, fk, seed, v):
    s = st(R, fk, title="Employer Account Manager")
    dom = EMP_DOMS[v % len(EMP_DOMS)]
    org = EMPLOYERS[dom]
    role = ["Night Shift Picker", "Kitchen Assistant", "SIA Door Supervisor", "Bus Cleaner", "Care Worker"][v]
    brief = ["# Vacancy brief: %s - %s" % (role, org),
             "Location: %s depot/site. Hours: %s." % (R.choice(["Purfleet", "Charlton", "Crayford", "Wembley"]),
                                                      R.choice(["4 on 4 off", "37.5 per week", "nights 22:00-06:00"])),
             "Pay: GBP %.2f per hour plus holiday." % (12.21 + R.randint(0, 300) / 100),
             "%s is a Disability Confident Employer (level 2) and guarantees an interview to disabled "
             "applicants who meet the essentials." % org,
             R.choice(["Ex-offenders welcome: the employer is a Ban the Box signatory; only unspent convictions "
                       "relevant to the role are considered.",
                       "An enhanced DBS check is required for this role; the employer pays for it.",
                       "DBS basic check on offer. Previous convictions will not automatically exclude candidates."]),
             "Reasonable adjustments at interview: ask the account manager.",
             "How to refer: send CVs to the account manager by %d December." % R.randint(8, 20)]
    to = [st(R, fk) for _ in range(R.randint(1, 3))]
    if v % 2:
        fn = "Vacancy brief - %s.docx" % role
        a = [att(fn, docx_bytes(brief))]
        body = "Hi all, new brief attached - please push to your caseloads." + sig(s, R, mob())
    else:
        fn = "%s_brief.pdf" % role.replace(" ", "_")
        a = [att(fn, pdf_bytes([brief], title="Vacancy brief", header="%s - Employer Services" % PRIME,
                                footer="Thameside Works - for internal circulation"))]
        body = "see attached, DC employer, good one for our DBS-worried folk" + sig(s, R, mob())
    return M(s, to, "Vacancy: %s (%s)" % (role, org), body, atts=a, mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶18", T0,
          "vacancy brief with Disability Confident / DBS / ex-offender wording about nobody")


@scen(4)
def nc_jobfair_rota(R, fk, seed, v):
    s = st(R, fk)
    staff = [st(R, fk) for _ in range(6)]
    rows = [["Time", "Stand", "Staff on stand", "Notes"]]
    for i, t in enumerate(["09:00", "10:30", "12:00", "13:30", "15:00"]):
        rows.append([t, R.choice(["Welcome desk", "CV clinic", "Employer zone", "Better-off calcs"]),
                     staff[i].name, R.choice(["", "BSL interpreter 10-12", "quiet room available",
                                              "Disability Confident employers table", "bring banners"])])
    fair = ["Croydon Fairfield Halls", "Lewisham Library", "Chatham Pentagon Centre", "Romford Brewery"][v]
    to = staff[:3]
    if v < 2:
        a = [att("Job fair rota %s.xlsx" % fair.split()[0], xlsx_bytes([("Rota", rows, "visible"),
            ("Lists", [["Stand"], ["Welcome desk"], ["CV clinic"], ["Employer zone"]], "hidden")]))]
        body = "Rota for %s attached. Swap amongst yourselves, just tell me." % fair + sig(s, R)
        html = None
    else:
        a = []
        body = None
        html = ("<html><body><p>Rota below for %s - shout if wrong</p><table border=1>" % esc(fair) +
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows) +
                "</table><p>%s</p></body></html>" % esc(sig(s, R)).replace("\n", "<br>"))
    return M(s, to, "Job fair rota - %s" % fair, body, html=html, atts=a, mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "staff rota (staff names only), general accessibility notes")


SERVICE_OFFERS = [
    ("Free counselling for Restart participants", "Our partner offers six free sessions of talking therapy for "
     "participants with anxiety or depression. Self-referral or via your coach. Drug and alcohol support also "
     "available through the borough recovery service."),
    ("Mental Health First Aid places", "We have 12 places on a two-day Mental Health First Aid course for "
     "employers in the network. Ideal for line managers supporting staff with mental ill health."),
    ("Oferta / Ofertă / Offer: free ESOL and work clubs", "Free English classes for EU nationals. Polish: "
     "Bezpłatne lekcje angielskiego - zapraszamy! Romanian: Cursuri gratuite de engleză pentru toți. Bring "
     "your questions about Universal Credit and right to work."),
    ("Prison leavers employment day", "Employers who recruit people with convictions will be at the event. "
     "Probation colleagues welcome. Topics: disclosure, DBS, spent convictions under the ROA 1974."),
    ("Faith and community partners briefing", "We are meeting mosque, church and gurdwara community leads to "
     "reach residents who don't use Jobcentres. Urdu and Somali speakers on the team: Salaam! / Soo dhowow!"),
]


@scen(5)
def nc_service_offer(R, fk, seed, v):
    s = st(R, fk)
    title, para = SERVICE_OFFERS[v]
    text = "Hi all,\n\n%s\n\n%s\n\nPlease share with your caseloads / employers." % (title, para) + sig(s, R)
    to = R.choice([[sc_contact(R, fk)], [emp_contact(R, fk), emp_contact(R, fk)], [dwp_contact(R, fk)]])
    return M(s, to, title, text, html=html_of(text) if v % 2 else None, mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "service offer naming health/criminal/religion words about nobody")


@scen(5)
def nc_see_below(R, fk, seed, v):
    s = st(R, fk)
    e = emp_contact(R, fk)
    s2 = st(R, fk)
    topics = [("Room booking for employer breakfast", "We've booked the Hilton Croydon suite for 12 Jan, 40 covers."),
              ("Re: invoice query PO 44712", "The PO was raised in October; finance say it cleared on 27/11."),
              ("Re: Warehouse open day", "Open day is Sat 9th, 10-2. Hi-vis provided. Max 25 people."),
              ("Re: JETS contract KPIs Q3", "Job starts 61% of profile; sustainment at 26 weeks 48%."),
              ("Re: Disability Confident workshop", "Workshop for SMEs on 15 Jan - reasonable adjustments, "
               "Access to Work grants, neurodiversity in recruitment.")][v]
    chain = ""
    for k in range(R.randint(3, 5)):
        chain += outlook_quote("%s <%s>" % (e.name, e.email) if k % 2 else "%s <%s>" % (s2.name, s2.email),
                               s.email, topics[0], R.choice(["Thanks, noted.", "Can we confirm numbers?",
                                                            "Looping in my colleague.", topics[1]]),
                               when="%s November 2026 %02d:%02d" % (R.randint(10, 28), R.randint(8, 17), R.randint(0, 59)))
    text = R.choice(["see below", "See below - FYI", "fyi see below, nothing needed from you", "↓"]) + \
        "\n\n" + s.first + "\n" + mob() + chain
    return M(s, [st(R, fk)], "FW: " + topics[0], text, mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶18", T0, "'see below' forward of a long thread with no claimant in it")


@scen(4)
def nc_inline_colour(R, fk, seed, v):
    s = st(R, fk)
    other = st(R, fk)
    ini = (s.first[0] + s.last[0]).upper()
    qs = [("Can we hold the fair in the main hall?", "Yes - booked 9-4"),
          ("Do we need more CV clinic volunteers?", "2 more please, ask Medway"),
          ("Should employer packs include the DC leaflet?", "Yes, new version v3"),
          ("Budget for travel warrants left this quarter?", "About £1,200, check with finance")]
    R.shuffle(qs)
    rows = "".join("<p>%s<br><span style=\"color:#C00000\">[%s] %s</span></p>" % (esc(q), ini, esc(a)) for q, a in qs)
    html = ("<html><body><p>Hi %s, answers in red below %s</p><hr><p><b>From:</b> %s<br><b>Sent:</b> 19 November "
            "2026<br><b>Subject:</b> Planning Q's</p><blockquote>%s</blockquote><p>%s</p></body></html>"
            % (esc(other.first), ini, esc(other.name), rows, esc(s.first)))
    return M(s, [other], "RE: Planning Q's", html=html, mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "colour-coded inline replies about logistics only")


@scen(3)
def nc_tracked_policy(R, fk, seed, v):
    s = st(R, fk, title="Performance & Compliance Officer")
    doc = ["# %s" % ["Safeguarding procedure v4", "Home visiting lone-working policy", "Data handling one-pager"][v],
           "All staff must record safeguarding concerns on the CRM the same day.",
           "Special category data (health, criminal convictions, ethnicity) must only be sent by encrypted email.",
           "Never put a National Insurance number in an email subject line."]
    tr = [("ins", "Escalate to the Designated Safeguarding Lead ", "within one hour", ".", s.name),
          ("del", "Managers may ", "approve exceptions verbally", "", s.name)]
    body = "Tracked changes on - can you review by Friday?" + sig(s, R)
    return M(s, [st(R, fk), st(R, fk)], "For review: " + doc[0][2:], body,
             atts=[att(doc[0][2:] + " (tracked).docx", docx_bytes(doc, tracked=tr))], mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "tracked-changes DOCX of a policy, no person in it")


@scen(3)
def nc_crm_aggregate(R, fk, seed, v):
    s = st(R, fk, title="Performance & Compliance Officer")
    pages = []
    for pg in range(2 + v):
        lines = ["# Caseload summary - %s" % ["Croydon", "Lewisham", "Medway"][v]]
        for k in range(12):
            lines.append("%s   referrals %d   starts %d   job entries %d   health barrier flagged %d%%" % (
                R.choice(["Week 41", "Week 42", "Week 43", "Week 44", "Week 45"]), R.randint(20, 80),
                R.randint(10, 50), R.randint(2, 20), R.randint(20, 60)))
        pages.append(lines)
    pdf = pdf_bytes(pages, header="Thameside CRM export | Report: AGG-07 | Run by %s | 2026-11-30" % s.name,
                    footer="OFFICIAL - aggregate figures only")
    to = R.choice([[dwp_contact(R, fk)], [Contact(R, fk, COUNCIL, "London Borough of Lowmarsh")]])
    return M(s, to, "Monthly performance pack", "Hi, pack attached as agreed." + sig(s, R),
             atts=[att("AGG-07_performance.pdf", pdf)], mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "CRM PDF export, aggregate figures with headers/footers")


@scen(3)
def nc_pivot(R, fk, seed, v):
    s = st(R, fk)
    piv = [["Borough", "Starts", "Job entries", "In-work support payments (GBP)"]]
    raw = [["Week", "Borough", "Starts", "Job entries", "IWS paid (GBP)"]]
    for b in ["Croydon", "Sutton", "Lewisham", "Bromley", "Lowmarsh"]:
        st_, je = R.randint(40, 200), R.randint(10, 60)
        piv.append([b, st_, je, je * 150])
        for w in range(3):
            raw.append(["W%d" % (44 + w), b, st_ // 3, je // 3, (je // 3) * 150])
    sheets = [("Pivot", piv, "visible"), ("Data", raw, "visible"), ("lookup", [["Borough"], ["Croydon"], ["Sutton"]], "hidden")]
    return M(s, [Contact(R, fk, COUNCIL, "London Borough of Lowmarsh")], "JETS monthly return - Nov",
             "Nov return attached (pivot + data tabs)." + sig(s, R),
             atts=[att("JETS_return_Nov26.xlsx", xlsx_bytes(sheets))], mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "XLSX pivot + raw aggregate data + hidden lookup sheet, no person")


BILINGUAL = [
    ("Polish", "Dzień dobry! Zapraszamy na targi pracy w czwartek. Nie potrzebujesz CV - pomożemy na miejscu."),
    ("Romanian", "Bună ziua! Vă invităm la târgul de locuri de muncă. Aduceți un act de identitate."),
    ("Urdu (romanised)", "Aap sab ko job fair mein khushamdeed. Muft madad, CV aur interview ki tayari."),
    ("Somali", "Waxaan idinku martiqaadeynaa bandhigga shaqada. Caawimaad bilaash ah oo CV ah."),
]


@scen(4)
def nc_bilingual(R, fk, seed, v):
    s = st(R, fk)
    lang, phrase = BILINGUAL[v]
    text = ("Hi,\n\nHere is the bilingual flyer text for Thursday's fair (English / %s). Can your comms team "
            "print 200?\n\nEnglish: Come to our jobs fair on Thursday. No CV needed - we'll help on the day.\n"
            "%s: %s" % (lang, lang, phrase)) + sig(s, R)
    to = [Contact(R, fk, R.choice(["lowmarsh-libraries.org.uk", COUNCIL, "croydon-mosaic-centre.org.uk"]))]
    return M(s, to, "Flyer text - EN/%s" % lang.split()[0], text, mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "bilingual flyer text, nobody identified")


@scen(2)
def nc_voicenote(R, fk, seed, v):
    s = st(R, fk)
    text = ["[Voice note transcript, 0:42] Hi it's me, um, just to say the Medway room's double booked Thursday so "
            "we'll do the employer session in the cafe instead, it's fine, quieter anyway. Can you let the "
            "Greenfield lot know? Cheers.",
            "[Transcribed voice message] Hiya, quick one - the Disability Confident pack is on the shared drive "
            "under Employer Services, the new one with the Access to Work bit. Print twenty. Thanks bye."][v]
    return M(s, [st(R, fk)], "Voice message from %s" % s.first, text + "\n\n" + mob(), mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶18", T0, "voice-note transcript about logistics")


@scen(3)
def nc_rates_stats(R, fk, seed, v):
    s = st(R, fk)
    text = [("UC rates 2026/27 for the better-off calculator: standard allowance single 25+ is £%d.%02d a month; "
             "work allowance with housing £%d. Please update your sheets." % (R.randint(400, 420), R.randint(0, 99),
                                                                               R.randint(400, 420))),
            ("Quarter stats: 38%% of Restart starts this quarter declared a health condition, 11%% a "
             "conviction, 6%% reported drug or alcohol misuse. Job entry rate %d%%." % R.randint(20, 35)),
            ("The sanction rate across our JSA/UC caseload fell to %.1f%% in October (DWP published data). No "
             "action needed, for the board pack." % (R.randint(10, 40) / 10))][v]
    return M(s, [R.choice([st(R, fk), dwp_contact(R, fk), sc_contact(R, fk)])], ["UC rates update",
             "Q3 stats", "Sanctions data for board"][v], text + sig(s, R), mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶30 ¶32", T0, "published benefit rates / aggregate statistics about nobody")


@scen(3)
def nc_blank_template(R, fk, seed, v):
    s = st(R, fk)
    lines = ["# %s" % ["In-work support payment claim form", "Application form (blank)", "Referral form v2"][v],
             "Full name: ________________", "Date of birth: ___/___/______", "National Insurance number: ____________",
             "Sort code: __-__-__   Account number: ________",
             "Do you have a health condition or disability? Yes / No", "Unspent convictions? Yes / No"]
    a = att(lines[0][2:] + ".docx", docx_bytes(lines)) if v != 1 else att(lines[0][2:] + ".pdf", pdf_bytes([lines]))
    to = [R.choice([sc_contact(R, fk), emp_contact(R, fk)])]
    return M(s, to, "Blank form as requested", "Blank template attached." + sig(s, R), atts=[a], mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶18", T0, "blank template with DOB/NINO/bank/health field labels, nothing filled")


@scen(4)
def nc_lookalikes(R, fk, seed, v):
    s = st(R, fk)
    text = ["For the training deck, use the dummy NI number QQ 12 34 56 C - never a real one.",
            "Booking ref TN 44 12 93 A for the coach to the fair, pick-up 8am Croydon.",
            "HMRC temporary reference 01 01 70 M 12345 appears on some old payslips - it is not an NI number.",
            "Company no. 08812345, VAT GB 123 4567 89, PO 4471-2026 - please quote on the invoice."][v]
    return M(s, [R.choice([st(R, fk), emp_contact(R, fk)])], ["Training deck", "Coach booking", "Payslips q",
             "Invoice details"][v], text + sig(s, R), mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶33", T0, "NINO look-alikes (QQ/TN prefix, temp ref, company/VAT numbers)")


@scen(2)
def nc_staff_own(R, fk, seed, v):
    s = st(R, fk)
    text = ["I've got a hospital appointment for my knee Thursday morning so I'll be in from 1. Diary updated.",
            "My DBS renewal came through today, certificate number is on the HR system. Can you update the "
            "tracker?"][v]
    return M(s, [st(R, fk)], ["Thurs AM", "DBS renewal"][v], text + "\n\n" + s.first, mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶18", T0, "staff member's own health/DBS, not claimant data")


@scen(2)
def nc_invoice(R, fk, seed, v):
    s = st(R, fk, title="Payments Administrator")
    e = emp_contact(R, fk)
    lines = ["# Invoice TW-INV-%05d" % R.randint(10000, 99999), "To: %s" % e.org,
             "Employer recruitment event stand hire - GBP 350.00", "VAT 20%% - GBP 70.00", "Total GBP 420.00",
             "Pay to: Thameside Works Ltd, sort code 40-11-62, account 71234567", "Terms 30 days"]
    return M(s, [e], "Invoice - stand hire", "Invoice attached, thanks." + sig(s, R),
             atts=[att("Invoice.pdf", pdf_bytes([lines], header=PRIME + " - Finance", footer="Registered in England"))],
             mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "provider's own bank details on an invoice")


@scen(2)
def nc_iws_policy(R, fk, seed, v):
    s = st(R, fk, title="Payments Administrator")
    text = ("Reminder of the in-work support payment process: participants in work can claim up to £%d for "
            "travel and clothing in the first 4 weeks; payments go by BACS on the Friday payroll run; claims need "
            "a payslip. Nothing about individuals here - just the process for new starters in the team."
            % R.choice([200, 250, 300])) + sig(s, R)
    return M(s, [st(R, fk), st(R, fk)], "IWS payments - process reminder", text, html=html_of(text) if v else None,
             mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "payroll-style payment process, no individual")


@scen(2)
def nc_claimant_generic(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    q = ["hi is the job fair still on thursday? and do i need to bring anything", "Thank you I will come"][v]
    text = ("Hi %s,\n\nYes it's on - 10 till 2 at the library, just bring yourself! No need for a CV.\n\n%s"
            % (p.first, s.first) + outlook_quote(p.name, "Thameside Works Croydon", "job fair", q))
    return M(("Thameside Works Croydon", "restart.croydon@" + INT), [p], "RE: job fair", text, mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶17 ¶18", T0,
          "reply to a claimant's own question with generic information; only a greeting")


@scen(2)
def nc_teams_invite(R, fk, seed, v):
    s = st(R, fk)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\nBEGIN:VEVENT\r\n"
           "UID:%s\r\nDTSTART:20261210T100000Z\r\nDTEND:20261210T110000Z\r\nSUMMARY:%s\r\nDESCRIPTION:Join on "
           "Teams. Agenda: employer pipeline\\, Disability Confident sign-ups.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
           % (hashlib.md5(str(seed).encode()).hexdigest(), ["Employer pipeline", "IWP team catch-up"][v]))
    return M(s, [st(R, fk), emp_contact(R, fk)], ["Employer pipeline", "IWP team catch-up"][v],
             "Teams invite attached." + sig(s, R), atts=[att("invite.ics", ics.encode())], mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "calendar invite, no claimant")


@scen(2)
def nc_case_study(R, fk, seed, v):
    s = st(R, fk)
    text = ("For the newsletter - composite case study (not a real person, agreed with comms):\n\n'A' is in her "
            "40s, had been out of work for years after a period of depression, and now works part-time in retail "
            "with in-work support from our IWP coaches.")
    return M(s, [Contact(R, fk, "londonemploymentnews.co.uk")], "Newsletter copy", text + sig(s, R),
             mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "composite, non-identifiable case study")



# ================================================================= relay: exemptions

@scen(6)
def r_one_name(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    e = emp_contact(R, fk)
    to = [e, e, sc_contact(R, fk), dwp_contact(R, fk), e, sc_contact(R, fk)][v]
    text = ["Hi %s, %s confirmed for interview Tues 10:30, I'll come with them." % (e.first, p.name),
            "%s - starts Monday 7am, thanks for this!" % p.name,
            "Referral for %s accepted, first session booked %d Dec." % (p.name, R.randint(5, 20)),
            "Hi - just to confirm %s started work on %d November." % (p.name, R.randint(2, 27)),
            "can we move %s's interview to 2pm? train strike" % p.name,
            "%s has now completed the CSCS course." % p.name][v]
    return M(s, [to], R.choice(["interview", "update", "RE: referral", "start"]), text + "\n\n" + mob(),
             mailer=OUTLOOK_IOS), \
        L("relay", "one_name", "¶18", T(subjects=1), "one name plus an interview time/start/referral status",
          {"name_only": True})


@scen(3)
def r_cv_to_claimant(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, consent=True)
    cv = cv_lines(R, fk, p)
    a = att("CV %s.docx" % p.name, docx_bytes(cv)) if v != 1 else att("%s_CV.pdf" % p.last, pdf_bytes([cv]))
    text = ["Hi %s, here's your CV with the changes we talked about. Let me know if OK." % p.first,
            "As promised - updated CV attached 🙂",
            "Your CV, tidied up. Good luck Thursday!"][v]
    return M(("Thameside Works Lewisham", "restart.lewisham@" + INT), [p], "Your CV", text + sig(s, R), atts=[a],
             mailer=OUTLOOK_IOS), \
        L("relay", "cv_to_claimant", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
          "one clean CV to the consented claimant's own address", {"cv_count": 1})


@scen(4)
def r_cvs(R, fk, seed, v):
    s = st(R, fk)
    n = [1, 3, 10, 10][v]
    ps = [Person(R, fk) for _ in range(n)]
    to = [emp_contact(R, fk)] if v != 3 else [sc_contact(R, fk)]
    files = [("CV_%s_%s.docx" % (p.first, p.last), docx_bytes(cv_lines(R, fk, p))) for p in ps]
    if v == 3:
        a = [att("CVs_batch_Nov.zip", zip_bytes(files))]
    elif v == 2:
        a = [att("10 CVs - %s.pdf" % to[0].org, pdf_bytes([cv_lines(R, fk, p) for p in ps]))]
    else:
        a = [att(fn, b) for fn, b in files]
    text = ["cv attached as discussed", "3 for the warehouse roles, all keen", "ten for the open day, bound into one pdf",
            "10 CVs zipped for your programme"][v]
    return M(s, to, "CVs", text + sig(s, R), atts=a, mailer=OUTLOOK_IOS), \
        L("relay", "cvs_up_to_10", "¶19 ¶21", T(contact=True, subjects=n, kinds=["cv"]),
          "%d CVs to employer/supply chain" % n, {"cv_count": n})


@scen(3)
def r_app_forms(R, fk, seed, v):
    s = st(R, fk)
    e = emp_contact(R, fk)
    job = R.choice(["Housekeeper", "Porter", "Night Care Assistant"])
    if v == 2:
        ps = [(Person(R, fk), Person(R, fk)) for _ in range(5)]
        pages = [couple_form_lines(R, a, b, job, e.org) for a, b in ps]
        n, kinds = 10, ["application_form_couple"]
    else:
        k = [1, 10][v]
        pages = [app_form_lines(R, Person(R, fk), job, e.org) for _ in range(k)]
        n, kinds = k, ["application_form"]
    return M(s, [e], "Application forms - %s" % job, "Forms attached (ages only, no DOBs)." + sig(s, R),
             atts=[att("Applications_%s.pdf" % job.replace(" ", ""), pdf_bytes(pages))], mailer=OUTLOOK_WIN), \
        L("relay", "application_forms_up_to_10", "¶22 ¶23 ¶24", T(contact=True, subjects=n, kinds=kinds),
          "application forms for %d people, no NINO/DOB/bank" % n, {"form_people": n})


@scen(3)
def r_letters(R, fk, seed, v):
    s = st(R, fk)
    e = emp_contact(R, fk)
    if v == 0:
        p = Person(R, fk)
        a = [att("Interview letter.pdf", pdf_bytes([letter_lines(R, p, "interview", e.org)]))]
        return M(("Thameside Works Croydon", "restart.croydon@" + INT), [p], "Interview letter",
                 "Hi %s, your interview letter attached." % p.first + sig(s, R), atts=a, mailer=OUTLOOK_IOS), \
            L("relay", "letters_up_to_10", "¶24 ¶26", T(contact=True, subjects=1, kinds=["letter_interview"]),
              "interview letter to the claimant it is addressed to", {"letters": 1})
    k = [0, 4, 2][v]
    ps = [Person(R, fk) for _ in range(k)]
    kind = "appointment" if v == 1 else "offer"
    pages = [letter_lines(R, p, kind, e.org) for p in ps]
    return M(s, [sc_contact(R, fk)], "%s letters" % kind.title(), "Letters for your records." + sig(s, R),
             atts=[att("%s_letters.pdf" % kind, pdf_bytes(pages))], mailer=OUTLOOK_WIN), \
        L("relay", "letters_up_to_10", "¶24 ¶27 ¶28",
          T(contact=True, subjects=k, kinds=["letter_appointment" if v == 1 else "letter_job_offer"]),
          "%d %s letters to supply chain" % (k, kind), {"letters": k})


@scen(3)
def r_name_list(R, fk, seed, v):
    s = st(R, fk)
    n = [400, 500, 120][v]
    ns = names(R, fk, n)
    rows = [["Surname", "Forename", "Ref", "Slot"]] + [[l, f, "TW-%06d" % R.randint(100000, 999999),
                                                         R.choice(["10:00", "11:00", "13:00"])] for f, l in ns]
    a = att("fair_attendees.csv", csv_bytes(rows)) if v != 1 else att("attendees.xlsx", xlsx_bytes([("List", rows, "visible")]))
    return M(s, [R.choice([emp_contact(R, fk), sc_contact(R, fk)])], "Attendee list for the fair",
             "List attached - names and slots only." + sig(s, R), atts=[a], mailer=OUTLOOK_WIN), \
        L("relay", "names_list_500", "¶29 ¶30 ¶31", T(subjects=n, kinds=["name_list"]),
          "list of %d names with refs and slots" % n, {"list_rows": n, "list_cols": ["surname", "forename", "ref", "slot"]})


@scen(1)
def r_nino_only(R, fk, seed, v):
    s = st(R, fk)
    ns = sorted({nino(R) for _ in range(640)})
    return M(s, [sc_contact(R, fk)], "NINO match file", "For your data match." + sig(s, R),
             atts=[att("match.txt", ("\n".join(ns) + "\n").encode())], mailer=OUTLOOK_WIN), \
        L("relay", "nino_only_list", "¶31", T(ninos=len(ns), subjects=len(ns), kinds=["nino_list"]),
          "NINO-only list, no limit", {"nino_only": True, "list_rows": len(ns)})


@scen(1)
def r_dwp_list(R, fk, seed, v):
    s = st(R, fk)
    ns = names(R, fk, 60)
    rows = [["Surname", "Initial", "NINO", "Start date"]] + [[l, f[0], nino(R), "0%d/12/2026" % R.randint(1, 9)] for f, l in ns]
    return M(s, [dwp_contact(R, fk)], "Restart starts w/c 1 Dec", "Starts list attached." + sig(s, R),
             atts=[att("starts.xlsx", xlsx_bytes([("Starts", rows, "visible")]))], mailer=OUTLOOK_WIN), \
        L("relay", "dwp_names_list", "¶36", T(ninos=60, subjects=60, kinds=["name_list"]),
          "60-name list with NINOs to DWP", {"list_rows": 60})


@scen(2)
def r_dwp_gns(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    if v == 0:
        lines = ["# UCNEA1 - Notification of employment", "Name: %s" % p.name, "NINO: %s" % p.nino,
                 "Employer: %s" % EMPLOYERS[R.choice(EMP_DOMS)], "Start date: 30/11/2026", "Hours: 30"]
        kinds, sub = ["ucnea1"], "UCNEA1 - job start"
    else:
        lines = ["# Good News Story", "Participant: %s" % p.name, "NINO: %s" % p.nino,
                 "Story: After years out of work managing anxiety, %s now works as a receptionist." % p.first,
                 "Consent to publish: yes"]
        kinds, sub = ["good_news_story"], "Good News Story - Lewisham"
    return M(s, [dwp_contact(R, fk)], sub, "Please see attached." + sig(s, R, disc=False),
             atts=[att(["UCNEA1_job_start.docx", "GNS_Lewisham.docx"][v], docx_bytes(lines))], mailer=OUTLOOK_WIN), \
        L("relay", "dwp_ucnea1_gns", "¶34 ¶35", T(ninos=1, subjects=1, special=["mental_health"] if v else [],
          kinds=kinds), "one %s to DWP; detail inside the record is part of the process" % kinds[0], {"records": 1})


@scen(2)
def r_dwp_c15(R, fk, seed, v):
    p = Person(R, fk)
    if v == 0:
        lines = ["# Exit Report", "Participant: %s" % p.name, "NINO: %s" % p.nino, "Outcome: sustained employment",
                 "Barriers addressed: confidence, depression (GP-managed)"]
        kinds, sub, sp = ["exit_report"], "Exit Report", ["mental_health"]
    else:
        lines = ["# Change of Circumstances", "Participant: %s" % p.name, "NINO: %s" % p.nino,
                 "Change: new address %s" % p.address]
        kinds, sub, sp = ["change_of_circumstances"], "Change of Circumstances", []
    return M(("WHP data exchange", PROV_INBOX), [DWP_INBOX], sub + " - Restart Lewisham",
             "Attached, one record." , atts=[att(sub.replace(" ", "_") + ".pdf", pdf_bytes([lines]))],
             mailer=OUTLOOK_WIN), \
        L("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, subjects=1, special=sp, contact=(v == 1), kinds=kinds),
          "one C15 record, designated inbox to designated inbox", {"records": 1})


@scen(1)
def r_forward_sub(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    inner = inner_msg("referrals@dwp.gov.uk", s.email, "WHP referral", "Referral: %s\nNINO: %s\nPhone: %s"
                      % (p.name, p.nino, p.phone))
    return M(s, [Contact(R, fk, "bridgeway-support.org.uk", "Bridgeway Support")], "FW: WHP referral",
             "One referral for your caseload, see attached." + sig(s, R), attach_msgs=[inner], mailer=OUTLOOK_WIN), \
        L("relay", "forward_subcontractor", "C15 ¶53", T(ninos=1, contact=True, subjects=1),
          "one DWP participant record forwarded to an approved subcontractor", {"fwd_record": 1})


def _enc_raw(kind, seed):
    rr = random.Random(seed)
    blob = bytes(rr.randrange(256) for _ in range(900))
    import base64
    lines = "\n".join(base64.b64encode(blob).decode()[i:i + 64] for i in range(0, 1200, 64))

    def raw(msg):
        if kind == "smime":
            msg.set_content(blob, maintype="application", subtype="pkcs7-mime",
                            params={"smime-type": "enveloped-data", "name": "smime.p7m"}, filename="smime.p7m")
        elif kind == "pgpmime":
            msg.make_mixed()
            p1 = EmailMessage()
            p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
            p2 = EmailMessage()
            p2.set_content(("-----BEGIN PGP MESSAGE-----\n\n%s\n-----END PGP MESSAGE-----\n" % lines).encode(),
                           maintype="application", subtype="octet-stream", cte="7bit", filename="encrypted.asc")
            msg.attach(p1)
            msg.attach(p2)
            msg.set_type("multipart/encrypted")
            msg.set_param("protocol", "application/pgp-encrypted")
        else:
            msg.set_content("-----BEGIN PGP MESSAGE-----\n\n%s\n=abcd\n-----END PGP MESSAGE-----\n" % lines)
    return raw


@scen(3)
def r_encrypted(R, fk, seed, v):
    s = st(R, fk)
    kind = ["smime", "pgpmime", "inline"][v]
    return M(s, [R.choice([emp_contact(R, fk), sc_contact(R, fk)])], "Case file", raw=_enc_raw(kind, seed)), \
        L("relay", "already_encrypted", "¶18", T0, "already %s encrypted" % kind, {"encrypted": True})



# ================================================================= encrypt

@scen(10)
def e_special(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, sex="mfmffmffxf"[v])
    e = emp_contact(R, fk)
    to, atts_, html, text = [e], [], None, None
    if v == 0:
        text = ("Hi %s, re the Door Supervisor brief (ex-offenders welcome) - I've got %s, served 18 months for "
                "affray, released in June, on licence till March. Would you see him?" % (e.first, p.name))
        sp, subj = ["criminal"], "RE: Vacancy: SIA Door Supervisor"
    elif v == 1:
        ini = "".join(w[0] for w in s.name.split()).upper()
        html = ("<html><body><p>Comments in red [%s]</p><blockquote><p>Can %s do the 6am starts?<br>"
                "<span style=\"color:red\">[%s] Not yet - her new antidepressants make mornings hard, GP reviewing "
                "in Jan</span></p></blockquote></body></html>" % (ini, esc(p.name), ini))
        to, sp, subj = [sc_contact(R, fk)], ["mental_health"], "RE: shift pattern"
    elif v == 2:
        text = ("[Voice note transcript, 1:05] Hi, it's about %s, um, he rang me, he's relapsed on the drink again "
                "so he won't make the induction Monday, can you tell the site?" % p.name)
        to, sp, subj = [e], ["substance"], "Voice message"
    elif v == 3:
        rows = [["Time", "Stand", "Staff", "Notes"], ["10:00", "CV clinic", s.name, "%s attending - wheelchair user, "
                "MS, needs step-free" % p.name], ["11:00", "Employer zone", st(R, fk).name, ""]]
        atts_ = [att("fair_rota_v2.xlsx", xlsx_bytes([("Rota", rows, "visible")]))]
        text = "updated rota" + "\n\n" + mob()
        to, sp, subj = [Contact(R, fk, "lowmarsh-libraries.org.uk")], ["health"], "rota v2"
    elif v == 4:
        to = [Contact(R, fk, "swiftstaff-recruitment.co.uk")]
        text = ("Hi %s,\n\nFor %s: she's a practising Catholic and needs Sundays free for Mass, please "
                "note on her booking.\n\nDziękuję!" % (to[0].first, p.name))
        sp, subj = ["religion"], "Sunday availability"
    elif v == 5:
        chain = outlook_quote("%s <%s>" % (s.name, s.email), e.email, "candidate",
                              "Candidate is %s, ref %s. He has type 1 diabetes and needs regular breaks." % (p.name, p.ref))
        text = "see below" + "\n\n" + mob() + chain
        sp, subj = ["health"], "FW: candidate"
    elif v == 6:
        text = ("Hi, the client I mentioned, %s, disclosed she's in recovery from heroin addiction (on a methadone "
                "script). Is that a barrier for your warehouse DBS?" % p.name)
        sp, subj = ["substance"], "quick q - DBS"
    elif v == 7:
        text = ("Salaam %s bhai - quick one for the Somali community project: %s is Somali, Muslim, prefers a "
                "female adviser. Can your team take her?" % (fk.first_name_male(), p.name))
        to = [Contact(R, fk, "croydon-mosaic-centre.org.uk")]
        sp, subj = ["ethnicity", "religion"], "referral"
    elif v == 8:
        tr = [("ins", "Adjustments for %s: " % p.name, "PTSD from army service - avoid loud sites", "", s.name)]
        atts_ = [att("Progression plan %s.docx" % p.first, docx_bytes(["# In-work progression plan",
                 "Participant: %s" % p.name, "Goal: move to team leader in 6 months"], tracked=tr))]
        text = "tracked changes in the plan, have a look" + sig(s, R)
        to, sp, subj = [sc_contact(R, fk)], ["mental_health"], "progression plan"
    else:
        text = ("%s asked me to tell you she's gay and wants her partner Sarah as emergency contact on the HR form, "
                "she didn't want to say it at interview." % p.name)
        sp, subj = ["sexual_orientation"], "new starter - emergency contact"
    return M(s, to, subj, text + (sig(s, R) if text and v not in (3, 5) else "") if text else None, html=html,
             atts=atts_, mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_special_category", "¶25 ¶32", T(special=sp, subjects=1), "special category about a named claimant",
          {"extra": True})


@scen(9)
def e_nino(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, sex="xxxxxmxxx"[v])
    to = [R.choice([sc_contact(R, fk), emp_contact(R, fk)])]
    n = nino_fmt(p.nino, v % 5)
    atts_, hdr, subj, text, msgs = [], {}, "Re: %s" % p.name, None, []
    if v == 0:
        subj = "%s %s - paperwork" % (p.name, n)
        text = "attached"
        atts_ = [att("form.txt", b"Travel warrant issued.\n")]
    elif v == 1:
        hdr = {"X-CRM-Case": "%s/%s" % (p.ref, p.nino)}
        text = "Progress note sent from the CRM for %s." % p.first
        subj = "CRM note"
    elif v == 2:
        atts_ = [att("%s_%s_IWS.pdf" % (p.last, p.nino), pdf_bytes([["In-work support review", "Reviewed, on track."]]))]
        text = "review attached"
    elif v == 3:
        atts_ = [att("CRM_export.pdf", pdf_bytes([["# Case summary", "Goal: warehouse work", "Actions: CSCS booked"]] * 2,
                 header="Thameside CRM | %s | NINO %s | %s" % (p.name, n, p.ref), footer="Printed 30/11/2026"))]
        text = "CRM print attached."
    elif v == 4:
        atts_ = [att("Nov_starts.xlsx", xlsx_bytes([("Summary", [["Borough", "Starts"], ["Croydon", 44]], "visible"),
                 ("raw", [["Name", "NINO"], [p.name, n]], "hidden")]))]
        text = "summary attached"
        subj = "Nov starts summary"
    elif v == 5:
        tr = [("del", "Participant NINO: ", n, "", s.name)]
        atts_ = [att("Referral_%s.docx" % p.first, docx_bytes(["# Referral", "Participant: %s" % p.first], tracked=tr))]
        text = "I deleted his NI no from the form (tracked), ok to send on?"
    elif v == 6:
        inner2 = inner_msg("%s <%s>" % (p.name, p.email), s.email, "my ni", "hi my national insurance is "
                           "%s thanks %s" % (n, p.first))
        inner1 = inner_msg("%s <%s>" % (s.name, s.email), "jobs@" + INT, "FW: my ni", "fyi, his NI below", 1)
        inner1.add_attachment(inner2)
        msgs = [inner1]
        text = "see attached thread"
        subj = "FW: NI"
    elif v == 7:
        text = ("see below\n\n" + s.first + outlook_quote("a.n@" + INT, s.email, "payroll", "ok") +
                outlook_quote("%s" % s.email, "payroll@%s" % to[0].email.split("@")[1], "new starter",
                              "New starter %s, NI no %s, starts 8/12." % (p.name, n)))
        subj = "FW: new starter"
    else:
        text = "NI number for the payroll set-up of %s is %s\nthx" % (p.first, n[:4] + "\n" + n[4:])
    return M(s, to, subj, text + sig(s, R), atts=atts_, headers=hdr, attach_msgs=msgs, mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_nino", "¶33", T(ninos=1, subjects=1, contact=(v == 6)), "one person's NINO (%s)" %
          ["subject", "X- header", "file name", "CRM PDF header", "hidden sheet", "tracked deletion",
           "nested rfc822", "bottom of forwarded thread", "split across lines"][v], {"extra": True})


@scen(7)
def e_dob_bank(R, fk, seed, v):
    s = st(R, fk, title="Payments Administrator")
    p = Person(R, fk, sex="xxxfxmx"[v])
    to = [R.choice([emp_contact(R, fk), sc_contact(R, fk)])]
    atts_ = []
    dob_, bank_ = v < 3, v >= 3
    if v == 0:
        text = "For the DBS application, %s was born %s." % (p.name, dob_fmt(p.dob, 2))
    elif v == 1:
        text = "%s DOB %s - can you add to the induction list" % (p.name, dob_fmt(p.dob, 3))
    elif v == 2:
        atts_ = [att("starter_%s.docx" % p.last, docx_bytes(["# New starter", "Name: %s" % p.name,
                 "Date of birth: %s" % dob_fmt(p.dob, 4)]))]
        text = "new starter form attached"
    elif v == 3:
        ib = iban(R, R.choice(["PL", "RO", "LT"]))
        text = ("%s is paid into her home account, IBAN %s - can payroll do EU transfers for the IWS payment?"
                % (p.name, iban_grouped(ib)))
    elif v == 4:
        rows = [["Name", "Payment", "Sort code", "Account"]] + [[p.name, "£150 IWS travel", sort_code(R), account(R)]]
        atts_ = [att("IWS_payroll_run_27Nov.xlsx", xlsx_bytes([("Pivot", [["Total", 150]], "visible"),
                 ("Run", rows, "visible")]))]
        text = "IWS payroll run for Friday attached"
        to = [sc_contact(R, fk)]
    elif v == 5:
        text = "Bank for %s: sort code %s acc %s (he wants the clothing grant there)" % (p.name, sort_code(R), account(R))
    else:
        ib = iban(R, "RO")
        text = ("Bună ziua! Traducere / translation for %s's payment form:\nCont bancar (IBAN): %s\nData nașterii "
                "/ Date of birth: %s" % (p.name, ib, dob_fmt(p.dob, 0)))
        dob_ = True
        bank_ = True
    return M(s, to, R.choice(["payment", "starter details", "IWS", "payroll"]), text + sig(s, R), atts=atts_,
             mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_dob_bank", "¶32", T(dob=dob_, bank=bank_, subjects=1), "DOB and/or bank details of a claimant",
          {"extra": True})


@scen(5)
def e_benefit_children(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, sex="xxxff"[v])
    to = [R.choice([emp_contact(R, fk), sc_contact(R, fk), Contact(R, fk, "lowmarsh-homes.org.uk")])]
    ben, ch = v < 3, v >= 3
    text = [("%s's UC dropped to £%d this month after the sanction - can you hold the rent arrears letter?"
             % (p.name, R.randint(200, 500))),
            ("Better-off calc for %s: UC £%d.%02d/month now, about £%d after starting 20hrs." % (
                p.name, R.randint(600, 900), R.randint(0, 99), R.randint(200, 400))),
            ("%s gets PIP (£%d a week) and is worried the job affects it." % (p.name, R.randint(70, 180))),
            ("%s needs childcare for Maya (4) and Leo (7) before she can start nights." % p.name),
            ("Nursery place for %s's son %s, born %d, so she can start Monday." % (p.name, fk.first_name_male(), 2023))][v]
    return M(s, to, "re %s" % p.first, text + "\n\n" + mob(), mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_benefit_children", "¶30 ¶32", T(benefit=ben, children=ch, subjects=1),
          "benefit amount/sanction or children's names and ages of a named claimant", {"extra": True})


@scen(4)
def e_beyond_name(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    e = emp_contact(R, fk)
    text = ["%s for interview Weds, mob %s" % (p.name, p.phone),
            "Can you send the uniform to %s at %s?" % (p.name, p.address),
            "%s (%s) confirmed" % (p.name, p.email),
            "Interview confirmed Thursday 2pm"][v]
    subj = "interview - %s %s" % (p.name, p.pc) if v == 3 else "candidate"
    return M(s, [e], subj, text + "\n\n" + mob(), mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_beyond_name", "¶18", T(contact=True, subjects=1),
          "one name plus contact details (phone/address/personal email/postcode in subject)", {"extra": True})


@scen(5)
def e_over(R, fk, seed, v):
    s = st(R, fk)
    e = emp_contact(R, fk)
    if v == 0:
        ps = [Person(R, fk) for _ in range(11)]
        a = [att("CVs_x11.zip", zip_bytes([("CV_%s.docx" % p.last, docx_bytes(cv_lines(R, fk, p))) for p in ps]))]
        t, f = T(contact=True, subjects=11, kinds=["cv"]), {"cv_count": 11}
        note = "11 CVs"
    elif v == 1:
        ps = [Person(R, fk) for _ in range(11)]
        a = [att("forms.pdf", pdf_bytes([app_form_lines(R, p, "Porter", e.org) for p in ps]))]
        t, f = T(contact=True, subjects=11, kinds=["application_form"]), {"form_people": 11}
        note = "11 application forms"
    elif v == 2:
        ps = [(Person(R, fk), Person(R, fk)) for _ in range(6)]
        a = [att("couples.pdf", pdf_bytes([couple_form_lines(R, x, y, "Live-in caretakers", e.org) for x, y in ps]))]
        t, f = T(contact=True, subjects=12, kinds=["application_form_couple"]), {"form_people": 12}
        note = "6 couple forms = 12 people"
    else:
        ns = names(R, fk, 501)
        rows = [["Surname", "Forename"]] + [[l, fn] for fn, l in ns]
        a = [att("all_attendees.csv", csv_bytes(rows))]
        t, f = T(subjects=501, kinds=["name_list"]), {"list_rows": 501}
        note = "501 names"
        if v == 4:
            e = sc_contact(R, fk)
            a = [att("invites.xlsx", xlsx_bytes([("Pivot", [["Borough", "n"], ["All", 501]], "visible"),
                                                  ("Names", rows, "visible")]))]
            note = "501 names in XLSX beside a pivot"
    return M(s, [e], "as discussed", note.split(" =")[0] + " attached" + sig(s, R), atts=a, mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_over_limit", "¶19 ¶24 ¶29", t, note + ": over the limit", f)


@scen(3)
def e_forbidden_col(R, fk, seed, v):
    s = st(R, fk)
    ns = names(R, fk, 30)
    col = ["DOB", "Mobile", "UC monthly (GBP)"][v]
    rows = [["Surname", "Forename", col]]
    for f, l in ns:
        rows.append([l, f, [dob_fmt(datetime.date(R.randint(1965, 2003), R.randint(1, 12), R.randint(1, 28)), 0),
                            mobile(R), R.randint(300, 1200)][v]])
    t = [T(dob=True, subjects=30, kinds=["name_list"]), T(contact=True, subjects=30, kinds=["name_list"]),
         T(benefit=True, subjects=30, kinds=["name_list"])][v]
    return M(s, [R.choice([emp_contact(R, fk), sc_contact(R, fk)])], "list", "list attached" + sig(s, R),
             atts=[att("list.csv", csv_bytes(rows))], mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_list_forbidden_column", "¶30", t, "name list with a %s column" % col,
          {"list_rows": 30, "list_cols": ["surname", "forename", col]})


@scen(2)
def e_letter_kind(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    kind = "other"
    pages = [letter_lines(R, p, kind)]
    return M(s, [emp_contact(R, fk)], "Reference letter", "Reference for %s attached." % p.first + sig(s, R),
             atts=[att("reference.pdf" if v == 0 else "reference.docx",
                       pdf_bytes(pages) if v == 0 else docx_bytes(pages[0]))], mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_letter_kind", "¶24 ¶25", T(contact=True, subjects=1, kinds=["letter_other"]),
          "reference letter is not an interview/offer/appointment letter", {"letters": 1})


@scen(3)
def e_dwp_process(R, fk, seed, v):
    s = st(R, fk)
    ps = [Person(R, fk) for _ in range(2)]
    if v == 0:
        pages = [["# UCNEA1", "Name: %s" % p.name, "NINO: %s" % p.nino, "Start: 01/12/2026"] for p in ps]
        t, note, to = T(ninos=2, subjects=2, kinds=["ucnea1"]), "two UCNEA1s in one email", [dwp_contact(R, fk)]
        text, frm = "both attached", s
    elif v == 1:
        pages = [["# Exit Report", "Participant: %s" % ps[0].name, "NINO: %s" % ps[0].nino, "Outcome: job"]]
        t, note, to = T(ninos=1, subjects=1, kinds=["exit_report"]), "Exit Report from a staff mailbox to a work coach", [dwp_contact(R, fk)]
        text, frm = "exit report attached", s
    else:
        pages = [["# Good News Story", "Participant: %s" % ps[0].name, "Now working at a bakery."]]
        t = T(subjects=1, special=["mental_health"], kinds=["good_news_story"])
        note, to = "GNS allowed, but the covering text adds a mental health detail", [dwp_contact(R, fk)]
        text, frm = "GNS for %s attached - lovely one, esp. after her breakdown last year" % ps[0].first, s
    return M(frm, to, "DWP forms", text + sig(s, R), atts=[att("forms.pdf", pdf_bytes(pages))], mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_dwp_process", "¶34 C15 ¶49", t, note, {"records": len(pages)})


@scen(5)
def e_claimant(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, consent=(v == 4))
    box = ("Thameside Works Croydon", "restart.croydon@" + INT)
    atts_ = []
    if v == 0:
        text = ("Hi %s, I've updated your number on our system to %s as you asked." % (p.first, p.phone) +
                outlook_quote("%s <%s>" % (p.name, p.email), box[1], "new number", "new number is %s" % p.phone))
        t = T(contact=True, subjects=1)
    elif v == 1:
        text = "Hi %s, your UC will be reduced by £%d when you start, the rest stays - see calc." % (p.first, R.randint(100, 300))
        t = T(benefit=True, subjects=1)
    elif v == 2:
        text = ("Witaj %s! Your in-work support payment of £150 goes to account ending %s, sort code %s, on Friday."
                % (p.first, account(R), sort_code(R)))
        t = T(bank=True, subjects=1)
    elif v == 3:
        text = ("Hi %s, as you said on the phone I've noted your anxiety on your file so the employer can make "
                "adjustments." % p.first)
        t = T(special=["mental_health"], subjects=1)
    else:
        atts_ = [att("Your CV.docx", docx_bytes(cv_lines(R, fk, p, dob=True)))]
        text = "Hi %s, your CV attached - I added your date of birth as you asked." % p.first
        t = T(dob=True, contact=True, subjects=1, kinds=["cv"])
    return M(box, [p], "RE: your update", text + sig(s, R), atts=atts_, mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_claimant_recipient", "¶17 ¶32", t,
          "claimant's own data to their own address, no exemption 1/5 covers it", {"extra": True})


@scen(3)
def e_tag(R, fk, seed, v):
    s = st(R, fk)
    subj = ["[ENCRYPT] rota", "RE: [ENCRYPT] meeting notes", "FW: [ENCRYPT] minutes"][v]
    return M(s, [emp_contact(R, fk)], subj, ["notes below, nothing sensitive really: room 3 at 10, bring laptops", "agreed - Thursday works", "minutes to follow, actions were all ours"][v] + sig(s, R),
             mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_sender_tag", "policy 3.8", T0, "sender asked for encryption with [ENCRYPT]")


@scen(3)
def e_password(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    if v < 2:
        a = att("case_%d.zip" % v, aes_zip_bytes([("notes.txt", ("Notes for %s" % p.name).encode())], b"Thames2026", seed))
    else:
        a = att("payslip.pdf", pdf_encrypted(pdf_bytes([["Payslip", p.name]]), "pw1234", seed))
    return M(s, [sc_contact(R, fk)], "files", "password to follow by text" + sig(s, R), atts=[a], mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_password_protected", "RULES reject-regardless", T0, "password-protected attachment",
          {"pw": True})


@scen(3)
def e_scan(R, fk, seed, v):
    s = st(R, fk)
    a = [att("scan0001.jpg", scan_image(seed)), att("IMG_4471.png", scan_image(seed, "PNG", 600, 800)),
         att("Scan_30112026.pdf", scan_pdf(seed, 2))][v]
    return M(s, [R.choice([emp_contact(R, fk), sc_contact(R, fk)])], "scan", "scanned form attached" + "\n\n" + mob(),
             atts=[a], mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_no_text_scan", "RULES reject-regardless", T0, "image-only scan, no text layer")


# ================================================================= reject

@scen(6)
def x_cv_no_consent(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    a = att("CV_%s.docx" % p.last, docx_bytes(cv_lines(R, fk, p)))
    subj = "[ENCRYPT] your CV" if v == 3 else R.choice(["your CV", "CV", "updated cv"])
    text = ["Hi %s, CV attached." % p.first, "here you go", "Your CV as requested on the phone.",
            "CV attached (encrypted)", "cv - let me know", "As promised, your CV"][v]
    return M(("Thameside Works Lewisham", "restart.lewisham@" + INT), [p], subj, text + sig(s, R), atts=[a],
             mailer=OUTLOOK_IOS), \
        L("reject", "reject_cv_no_consent", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
          "CV to a claimant address with no consent recorded", {"cv_count": 1})


@scen(10)
def x_uninspectable(R, fk, seed, v):
    s = st(R, fk)
    rr = random.Random(seed)
    junk = bytes(rr.randrange(256) for _ in range(3000))
    good_pdf = pdf_bytes([["Case notes", "page"] * 20])
    good_docx = docx_bytes(["Notes"] * 5)
    a = [att("notes.docx", junk), att("report.pdf", good_pdf[:len(good_pdf) // 2]),
         att("data.xlsx", b"PK\x03\x04" + junk), att("files.zip", zip_bytes([("a.txt", b"x" * 500)])[:-60]),
         att("CV.pdf", junk), att("list.xls", junk), att("scan.jpg", b"\xff\xd8\xff\xe0" + junk[:100]),
         att("form.docx", good_docx[:len(good_docx) // 3]), att("export.csv", junk, ("application", "pdf")),
         att("letter.doc", junk)][v]
    return M(s, [R.choice([emp_contact(R, fk), sc_contact(R, fk)])], "attached",
             "see attached" + "\n\n" + mob(), atts=[a], mailer=OUTLOOK_IOS), \
        L("reject", "reject_uninspectable", "RULES reject-regardless", T0, "attachment %s cannot be read" % a[0],
          {"opaque": True})


@scen(3)
def r_mislabelled_readable(R, fk, seed, v):
    s = st(R, fk)
    brief = ["Vacancy brief: Retail assistant", "Disability Confident employer. DBS not required."]
    a = [att("brief.pdf", docx_bytes(brief)), att("brief.txt", pdf_bytes([brief])),
         att("rota.xls", csv_bytes([["Time", "Staff"], ["10:00", s.name]]))][v]
    return M(s, [emp_contact(R, fk)], "brief", "attached (sorry, file naming)" + sig(s, R), atts=[a],
             mailer=OUTLOOK_WIN), \
        L("relay", "no_claimant_data", "¶18", T0, "mislabelled but readable file with no claimant data")




# ================================================================= later additions

@scen(1)
def e_claimant_quote(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, sex="m")
    e = emp_contact(R, fk, "kestrelgate-security.co.uk")
    q = ("hi, yes I still want the job. just so you know I'm on probation till May, my PO is fine with nights. "
         "thanks %s" % p.first)
    text = ("see below - he's keen. ok to still put him forward?\n\n%s\n%s" % (s.first, mob()) +
            outlook_quote("%s <%s>" % (s.name, s.email), p.email, "RE: door supervisor role", "Great - will do.") +
            outlook_quote(p.name, s.email, "RE: door supervisor role", q))
    return M(s, [e], "FW: door supervisor role", text, mailer=OUTLOOK_IOS), \
        L("encrypt", "encrypt_special_category", "¶32", T(special=["criminal"], contact=True, subjects=1),
          "claimant's own message at the bottom of a forward says he is on probation; his address in the quote",
          {"extra": True})


@scen(1)
def r_one_name_polish(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk, first="Tomasz", last=fk.last_name())
    e = Contact(R, fk, "swiftstaff-recruitment.co.uk")
    text = ("Dzień dobry %s - %s potwierdził rozmowę / confirmed for the interview Wed 11:00. Dziękuję!"
            % (e.first, p.name))
    return M(s, [e], "rozmowa / interview Wed", text + "\n\n" + mob(), mailer=OUTLOOK_AND), \
        L("relay", "one_name", "¶18", T(subjects=1), "bilingual one-name interview confirmation", {"name_only": True})


@scen(1)
def e_nino_keywords(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    return M(s, [sc_contact(R, fk)], "file note", "File note for the handover, %s's review went fine." % p.first +
             sig(s, R), headers={"Keywords": "Restart, handover, %s" % nino_fmt(p.nino, 1)}, mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_nino", "¶33", T(ninos=1, subjects=1), "NINO only in the Keywords header", {"extra": True})


@scen(1)
def e_dob_crm_footer(R, fk, seed, v):
    s = st(R, fk)
    p = Person(R, fk)
    pages = [["# Action plan", "Goal: forklift licence", "Next step: book assessment"], ["# Notes", "Attended all sessions"]]
    pdf = pdf_bytes(pages, header="Thameside CRM | Action plan | %s" % p.ref,
                    footer="%s  DOB %s" % (p.name, dob_fmt(p.dob, 1)))
    return M(s, [emp_contact(R, fk)], "action plan", "Action plan as requested." + sig(s, R),
             atts=[att("ActionPlan_%s.pdf" % p.ref, pdf)], mailer=OUTLOOK_WIN), \
        L("encrypt", "encrypt_dob_bank", "¶32", T(dob=True, subjects=1), "DOB only in the CRM PDF footer on every page",
          {"extra": True})


@scen(2)
def nc_vacancy_union(R, fk, seed, v):
    s = st(R, fk, title="Employer Account Manager")
    e = emp_contact(R, fk, ["southbank-transit.co.uk", "riverside-kitchens.co.uk"][v])
    text = ["Hi all - Southbank Transit are recruiting 20 bus cleaners. Unite is the recognised trade union; "
            "prayer room on site and Ramadan-friendly shift swaps. Disability Confident. Referrals by Friday.",
            "Riverside Kitchens: 8 x kitchen porters, no experience needed. They work with a prison-leavers "
            "charity and welcome people with convictions; happy to make adjustments for ADHD, autism, dyslexia."][v]
    return M(s, [st(R, fk), st(R, fk)], "New vacancies - %s" % e.org, text + sig(s, R), mailer=OUTLOOK_IOS), \
        L("relay", "no_claimant_data", "¶18", T0, "vacancy wording with trade union/religion/health words about nobody")


# ================================================================= build

def generate():
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    del CONSENT[:]
    built = []
    for fn, v in SCEN:
        R, fk, seed = ctx(fn, v)
        sp, lab = fn(R, fk, seed, v)
        built.append((fn.__name__, v, sp, lab))
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    labels = []
    for pos, k in enumerate(order):
        n = pos + 1
        name, v, sp, lab = built[k]
        hid = "hm-%03d" % n
        with open(os.path.join(MAIL_DIR, hid + ".eml"), "wb") as f:
            f.write(build(sp, n))
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": A(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"],
                       "notes": lab["notes"] + " [%s]" % lab["guidance"], "scenario": name})
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "consent.txt"), "w") as f:
        for a in sorted(set(CONSENT + ["k.nowak71@btinternet.com", "amina.farah88@gmail.com"])):
            f.write(a + "\n")
    return labels


# ================================================================= self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])[ -]?([A-Za-z])[ -]{0,2}(\d{2})[ -]{0,2}(\d{2})[ -]{0,2}(\d{2})"
                     r"[ -]{0,2}([A-Da-d])(?![A-Za-z0-9])")
PHONE_RE = re.compile(r"(?<!\d)(0\d{3,4} ?\d{3} ?\d{3,4})(?!\d)")
DRAMA = ("07700 900", "020 7946 0", "0113 496 0", "0161 496 0")


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text.replace("\r", " ").replace("\n", " ")):
        a, b = m.group(1).upper(), m.group(2).upper()
        if a in BAD1 or b in BAD2 or a + b in BADP:
            continue
        out.add(a + b + m.group(3) + m.group(4) + m.group(5) + m.group(6).upper())
    return out


class Opaque(Exception):
    pass


def att_text(fn, blob, ctype):
    ext = fn.rsplit(".", 1)[-1].lower()
    head = blob[:8]
    try:
        if head.startswith(b"%PDF"):
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(blob))
            if r.is_encrypted:
                return "<pw>"
            t = "".join((pg.extract_text() or "") for pg in r.pages)
            return t if t.strip() else "<scan>"
        if head.startswith(b"PK"):
            z = zipfile.ZipFile(io.BytesIO(blob))
            if any(i.flag_bits & 1 for i in z.infolist()):
                return "<pw>"
            names = z.namelist()
            if "word/document.xml" in names:
                import docx
                docx.Document(io.BytesIO(blob))
                xml = z.read("word/document.xml").decode() + z.read("word/header1.xml").decode() if "word/header1.xml" in names \
                    else z.read("word/document.xml").decode()
                return re.sub(r"<[^>]+>", " ", xml)
            if "xl/workbook.xml" in names:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(blob))
                return "\n".join(" ".join(str(c) for c in r if c is not None) for ws in wb.worksheets for r in ws.iter_rows(values_only=True))
            return "\n".join(att_text(n, z.read(n), "") for n in names)
        if head.startswith(b"\xff\xd8") or head.startswith(b"\x89PNG"):
            from PIL import Image
            im = Image.open(io.BytesIO(blob))
            im.load()
            return "<scan>"
        t = blob.decode("utf-8")
        if ext in ("txt", "csv", "ics", "xls") and "\x00" not in t:
            return t
        raise Opaque(fn)
    except Opaque:
        raise
    except Exception as ex:
        raise Opaque("%s: %s" % (fn, ex))


def msg_text(m, atts):
    parts = []
    for k, v in m.items():
        if k.lower() in ("subject", "keywords", "comments") or k.lower().startswith("x-") or k.lower() in ("from", "to", "cc"):
            parts.append(str(v))
    for part in m.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue
        if part.is_multipart():
            continue
        if fn:
            parts.append(fn)
            atts.append((fn, part.get_content_type(), part.get_payload(decode=True)))
        elif ct.startswith("text/"):
            parts.append(part.get_content())
    return "\n".join(parts)


def selfcheck(labels):
    from email import message_from_bytes
    from email.parser import BytesParser
    problems = []
    consent = set(open(os.path.join(HERE, "consent.txt")).read().split())
    for rec in labels:
        hid, rule, tr = rec["id"], rec["rule"], rec["truth"]
        raw = open(os.path.join(HERE, rec["file"]), "rb").read()
        m = BytesParser(policy=policy.default).parsebytes(raw)
        hdr = [a.addr_spec for h in ("To", "Cc") for a in (m[h].addresses if m[h] else ())]
        if not set(hdr) <= set(rec["rcpt_to"]):
            problems.append((hid, "headers/rcpt mismatch"))
        atts = []
        text = msg_text(m, atts)
        opaque = False
        for fn, ct, blob in atts:
            if rec["facts"].get("encrypted"):
                continue
            try:
                t = att_text(fn, blob, ct)
                if t == "<pw>" and rule != "encrypt_password_protected":
                    problems.append((hid, "unexpected pw"))
                if t == "<scan>" and rule != "encrypt_no_text_scan":
                    problems.append((hid, "unexpected scan"))
                text += "\n" + t
            except Opaque as ex:
                opaque = True
                if rule != "reject_uninspectable":
                    problems.append((hid, "unreadable: %s" % ex))
        for part in m.walk():
            if part.get_content_type() == "message/rfc822":
                text += "\n" + part.get_payload()[0].as_string()
        if rule == "reject_uninspectable" and not opaque:
            problems.append((hid, "uninspectable case is readable"))
        found = find_ninos(text)
        if len(found) > tr["ninos"]:
            problems.append((hid, "ninos found %d > truth %d" % (len(found), tr["ninos"])))
        if tr["ninos"] and len(found) < min(tr["ninos"], 1):
            problems.append((hid, "nino not found"))
        for ph in PHONE_RE.findall(text):
            if ph.startswith("07") or ph.startswith("01") or ph.startswith("020"):
                if not ph.startswith(DRAMA) and not re.match(r"0\d{2,4} ?\d{3} ?\d{3,4}", ph) is None:
                    if re.match(r"07\d{3} \d{6}|0[12]\d", ph) and not ph.startswith(DRAMA):
                        problems.append((hid, "non-drama phone %s" % ph))
        for ib in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b", text):
            if ib[:2] in ("PL", "RO", "LT", "GB") and not iban_ok(ib):
                problems.append((hid, "bad iban %s" % ib))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant not consented"))
        if rule == "reject_cv_no_consent" and set(rec["rcpt_to"]) & consent:
            problems.append((hid, "reject_cv_no_consent but consented"))
        if rule == "no_claimant_data" and tr != T0:
            problems.append((hid, "no_claimant_data with truth"))
        if "[ENCRYPT]" in str(m["Subject"]) and rule not in ("encrypt_sender_tag", "reject_cv_no_consent"):
            problems.append((hid, "tag not respected"))
        if rec["expected_action"] == "relay" and any(r.endswith("@" + INT) for r in rec["rcpt_to"]) is False:
            pass
    for p in problems:
        print("PROBLEM", *p)
    return not problems


if __name__ == "__main__":
    if "--check" not in sys.argv:
        labs = generate()
    else:
        labs = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"))]
    from collections import Counter
    print(len(labs), dict(Counter(l["expected_action"] for l in labs)))
    ok = selfcheck(labs)
    print("self-check", "OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)

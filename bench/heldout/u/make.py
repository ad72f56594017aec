#!/usr/bin/env python3
"""Held-out set U generator: outbound mail of a Humber and Lincolnshire prime
("Humber & Wolds Employment Partnership", HWEP): Restart, a prison-leavers' strand
(resettlement, Day One starts) and an armed-forces veterans' strand.  Staff use HCL
Notes / Domino (HTML with <font> tags, X-MIMETrack / X-KeepSent headers, Notes-style
quote blocks) and Outlook on the web / Outlook for Android; the case-management
system ("Caseworks") sends structured key:value notices; letters are Word mail-merge
output.

Deterministic: every scenario reseeds random and Faker from its own name; fixed Date
headers, Message-IDs and boundaries; normalised zip / OOXML metadata; seeded salts.

    python make.py           writes mail/, labels.jsonl, consent.txt, self-checks,
                             then rebuilds in memory and compares digests
    python make.py --check   checks the files on disk and that a fresh build is identical
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
import unicodedata
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker
from fpdf import FPDF
import fpdf.encryption
import docx
import openpyxl
import pyzipper
import pyzipper.zipfile_aes
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PFX = "hu"
R = random.Random(0)
fake = Faker("en_GB")
FIXED_DT = datetime.datetime(2026, 12, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_ZIP_DT = (2026, 12, 1, 9, 0, 0)

INT = "provider.example.org.uk"
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = (NORTHSTAR, BRIDGEWAY)
DWP_DOMAINS = ("dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk")
CLAIMANT_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com")
PRIME = "Humber & Wolds Employment Partnership"
PRIME_ADDR = "Wilberforce Chambers, 14 Land of Green Ginger, Hull HU41 1AB"


# ------------------------------------------------------------------ seeded randomness
class _SeededRandom:
    def read(self, n):
        return bytes(R.getrandbits(8) for _ in range(n))


class _RandMod:
    @staticmethod
    def new():
        return _SeededRandom()


pyzipper.zipfile_aes.Random = _RandMod
fpdf.encryption.StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, n: bytes(R.getrandbits(8) for _ in range(n)))


def reseed(name):
    s = int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)
    R.seed(s)
    fake.seed_instance(s)


# ------------------------------------------------------------------ identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p not in BAD_PREFIX:
            return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def sp_nino(n, sep=" "):
    return sep.join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])


def mobile():
    return "07700 900%03d" % R.randint(0, 999)


def landline():
    return R.choice(["01632 960%03d", "0113 496 0%03d", "0161 496 0%03d", "020 7946 0%03d"]) % R.randint(0, 999)


AREAS = [("HU", 30, "Hull"), ("HU", 30, "Hessle"), ("DN", 45, "Grimsby"), ("DN", 45, "Scunthorpe"),
         ("DN", 45, "Goole"), ("LN", 15, "Lincoln"), ("YO", 30, "Bridlington"), ("DN", 45, "Cleethorpes"),
         ("HU", 30, "Beverley"), ("LN", 15, "Gainsborough")]
LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode():
    a, mx, town = R.choice(AREAS)
    return "%s%d %d%s%s" % (a, mx + R.randint(2, 9), R.randint(1, 9), R.choice(LETTERS), R.choice(LETTERS)), town


def iban():
    bank = "".join(R.choice("QWXZVKJ") for _ in range(4))
    bban = bank + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


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


def card():
    while True:
        s = "4539" + "".join(str(R.randint(0, 9)) for _ in range(12))
        if luhn_ok(s):
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
       "twenty-sixth", "twenty-seventh", "twenty-eighth"]
NUMW = ["nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen"]

# hand-made names from many backgrounds, mixed with Faker en_GB
HAND = [("Kamil", "Wiśniewski", "m"), ("Oksana", "Hrytsenko", "f"), ("Daniel", "Okonkwo", "m"),
        ("Shabana", "Begum", "f"), ("Ruairi", "MacLeod", "m"), ("Gintarė", "Kazlauskienė", "f"),
        ("Hawre", "Mohammed", "m"), ("Leanne", "Dawson-Pryce", "f"), ("Tadeusz", "Nowicki", "m"),
        ("Precious", "Mutasa", "f"), ("Arjun", "Bhattacharya", "m"), ("Chloe", "Featherstone", "f"),
        ("Mihai", "Popescu", "m"), ("Aaliyah", "Grant", "f"), ("Sean", "O'Driscoll", "m"),
        ("Rukhsana", "Akhtar", "f"), ("Jevon", "Clarke", "m"), ("Zsófia", "Varga", "f"),
        ("Bartosz", "Lewandowski", "m"), ("Ifeoma", "Eze", "f"), ("Kyle", "Brumby", "m"),
        ("Dilnoza", "Karimova", "f"), ("Luca", "Ferraro", "m"), ("Shannon", "Cawthorne", "f"),
        ("Yusuf", "Demir", "m"), ("Anh", "Nguyen", "f"), ("Callum", "Tennison", "m"), ("Marta", "Sousa", "f"),
        ("Emmanuel", "Asante", "m"), ("Bethany", "Ullyott", "f"), ("Karwan", "Aziz", "m"),
        ("Jolanta", "Pietrzak", "f"), ("Dwayne", "Fenwick", "m"), ("Niamh", "Gallagher", "f"),
        ("Ravinder", "Sandhu", "m"), ("Tegan", "Maltby", "f")]


class Person:
    def __init__(self, sex=None, hand=None, domain=None):
        if hand is None:
            hand = R.random() < 0.45
        if hand:
            self.first, self.last, sex = R.choice(HAND)
        else:
            sex = sex or R.choice("mf")
            self.first = fake.first_name_male() if sex == "m" else fake.first_name_female()
            self.last = fake.last_name()
        self.sex = sex
        self.name = self.first + " " + self.last
        self.house = R.randint(2, 160)
        self.street = fake.street_name()
        self.postcode, self.town = postcode()
        self.mobile = mobile()
        dom = domain or R.choice(CLAIMANT_DOMAINS)
        raw = unicodedata.normalize("NFKD", self.first + R.choice([".", "", "_"]) + self.last).lower()
        base = "".join(ch for ch in raw if ch.isascii() and (ch.isalnum() or ch in "._"))
        self.email = "%s%s@%s" % (base, R.choice(["", str(R.randint(1, 99)), str(R.randint(70, 99))]), dom)
        self.age = R.randint(19, 62)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.nino = nino()
        self.ref = "HW%06d" % R.randint(100000, 999999)
        self.he, self.him, self.his = ("he", "him", "his") if sex == "m" else ("she", "her", "her")
        self.title = "Mr" if sex == "m" else R.choice(["Ms", "Mrs", "Miss"])

    @property
    def addr_line(self):
        return "%d %s, %s %s" % (self.house, self.street, self.town, self.postcode)


def dob_words(d):
    return "the %s of %s %d" % (ORD[d.day], MONTHS[d.month - 1], d.year)


def dob_uk(d):
    return d.strftime("%d/%m/%Y")


def day(n):
    """a working day counted from Monday 7 December 2026"""
    d = datetime.date(2026, 12, 7)
    k = 0
    while k < n:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            k += 1
    return d.strftime("%A %-d %B")


# ------------------------------------------------------------------ staff and organisations
class Who:
    def __init__(self, first, last, title, org, email, ph=None):
        self.first, self.last, self.title, self.org, self.email = first, last, title, org, email
        self.name = (first + " " + last).strip()
        self.ph = ph


def st(first, last, title, ph, mob, box=None):
    w = Who(first, last, title, PRIME, box or ("%s.%s@%s" % (first, last, INT)).lower().replace("'", ""), ph)
    w.mob = mob
    return w


STAFF = {
    "bev": st("Beverley", "Thurlow", "Employment Adviser (Restart), Hull East", "01632 960214", "07700 900318"),
    "kas": st("Kasia", "Duda", "Employment Adviser, Grimsby", "01632 960233", "07700 900442"),
    "lee": st("Lee", "Marfleet", "Resettlement Caseworker, Prison Leavers strand", "01632 960250", "07700 900527"),
    "sunita": st("Sunita", "Rao", "Employer Account Manager", "01632 960271", "07700 900615"),
    "gareth": st("Gareth", "Humphreys", "Veterans' Employment Lead", "01632 960290", "07700 900703"),
    "abi": st("Abigail", "Sowerby", "Data and Compliance Officer", "01632 960305", "07700 900810"),
    "tom": st("Tom", "Ingleby", "Operations Manager, South Bank", "01632 960320", "07700 900926"),
    "nadia": st("Nadia", "Farouk", "Health and Work Coordinator", "01632 960338", "07700 900137"),
    "craig": st("Craig", "Ellerker", "Self-Employment Adviser", "01632 960355", "07700 900251"),
    "jen": st("Jennifer", "Coultas", "Marketing and Communications Officer", "01632 960370", "07700 900364"),
    "pat": st("Patrick", "Oduya", "Quality and Performance Manager", "01632 960388", "07700 900479"),
    "hr": st("People", "Team", "HR and Payroll", "01632 960400", "07700 900500", "people.team@" + INT),
}
BOX = {
    "cs": Who("HWEP Customer Support", "", "", PRIME, "customer.support@" + INT, "01632 960200"),
    "cw": Who("Caseworks", "", "", PRIME, "caseworks-noreply@" + INT),
    "dx": Who("WHP Data Exchange", "", "", PRIME, PROV_INBOX),
    "emp": Who("HWEP Employer Services", "", "", PRIME, "employer.services@" + INT, "01632 960260"),
}
NS = [Who("Hayley", "Steels", "Course Administrator", "Northstar Training", "hayley.steels@" + NORTHSTAR, "0113 496 0411"),
      Who("Marcus", "Wray", "Centre Manager (Immingham)", "Northstar Training", "marcus.wray@" + NORTHSTAR, "0113 496 0418"),
      Who("Bookings", "", "", "Northstar Training", "bookings@" + NORTHSTAR)]
BW = [Who("Ayesha", "Latif", "Mentor, Through-the-Gate", "Bridgeway Support", "ayesha.latif@" + BRIDGEWAY, "0161 496 0722"),
      Who("Rob", "Garbutt", "Service Manager", "Bridgeway Support", "rob.garbutt@" + BRIDGEWAY, "0161 496 0730"),
      Who("Referrals", "", "", "Bridgeway Support", "referrals@" + BRIDGEWAY)]
DWPC = [Who("Karen", "Welburn", "Work Coach, Hull Jobcentre", "DWP", "karen.welburn@dwp.gov.uk"),
        Who("Imtiaz", "Hussain", "Work Coach, Grimsby Jobcentre", "DWP", "imtiaz.hussain@jobcentreplus.gov.uk"),
        Who("Stephanie", "Royle", "Partnership Manager, Humber", "DWP", "stephanie.royle@dwp.gov.uk"),
        Who("Paul", "Kettlewell", "Prison Work Coach, HMP Humber", "DWP", "paul.kettlewell@dwp.gsi.gov.uk"),
        Who("Provider", "Assurance", "Provider Assurance Team", "DWP", "provider.assurance@jobcentreplus.gsi.gov.uk"),
        Who("WHP Provider", "Inbox", "", "DWP", DWP_INBOX)]
EMP = [Who("Dean", "Atkinson", "Shift Manager", "Acme Logistics (Humber DC)", "dean.atkinson@acme-logistics.co.uk", "01632 960611"),
       Who("Mandy", "Rylatt", "Registered Manager", "Greenfield Care - Cottingham", "mandy.rylatt@greenfield-care.com", "01632 960622"),
       Who("Steve", "Laverack", "Site Manager", "CityBuild Ltd", "steve.laverack@citybuild-ltd.co.uk", "07700 900688"),
       Who("Olena", "Marchuk", "Head Housekeeper", "Harbourview Hotels (The Humber Quay)", "olena.marchuk@harbourview-hotels.co.uk", "01632 960644"),
       Who("Recruitment", "", "", "Brightside Retail", "recruitment@brightside-retail.co.uk", "020 7946 0355"),
       Who("Jas", "Kaur", "Store Manager, Lincoln", "Brightside Retail", "jas.kaur@brightside-retail.co.uk", "01632 960655")]
OTH = {
    "hub": Who("Liz", "Pinder", "Start-up Adviser", "Enterprise Hub", "liz.pinder@enterprise-hub.co.uk", "01632 960701"),
    "housing": Who("Lettings", "Team", "", "Riverside Quay Housing", "lettings@riversidequay-housing.org.uk", "01632 960712"),
    "probation": Who("Claire", "Wadsworth", "Probation Practitioner", "Humber Probation Delivery Unit", "claire.wadsworth@humber-pdu.org.uk", "01632 960720"),
    "oh": Who("Referrals", "", "", "Estuary Occupational Health", "referrals@estuary-oh.co.uk", "01632 960733"),
    "venue": Who("Events", "Desk", "", "The Deep Business Centre", "events@deep-businesscentre.co.uk", "01632 960744"),
    "print": Who("Orders", "", "", "Wolds Print & Display", "orders@woldsprint.co.uk", "01632 960755"),
    "it": Who("Service", "Desk", "", "Estuary IT Managed Services", "servicedesk@estuary-it.co.uk", "0113 496 0900"),
    "payroll": Who("Payroll", "Bureau", "", "Ouse Payroll Services", "payroll@ousepayroll.co.uk", "0113 496 0950"),
    "forces": Who("Dave", "Stainforth", "Regional Coordinator", "Forces Into Work Humber", "dave.stainforth@forcesintowork.org.uk", "01632 960766"),
    "college": Who("Adult", "Learning", "", "Humber Adult College", "adult.learning@humberadultcollege.ac.uk", "01632 960777"),
    "council": Who("Ruth", "Harland", "Employment and Skills Officer", "East Riding Council", "ruth.harland@eastriding-council.gov.uk", "01632 960788"),
    "recovery": Who("Kieran", "Booth", "Recovery Worker", "Renew Humber Recovery Service", "kieran.booth@renewhumber.org.uk", "01632 960799"),
    "nursery": Who("Sam", "Foley", "Manager", "Little Gulls Nursery", "sam.foley@littlegulls-nursery.co.uk", "01632 960810"),
    "solicitor": Who("Priya", "Vyas", "Solicitor", "Vyas & Co Solicitors", "p.vyas@vyas-solicitors.co.uk", "0113 496 0960"),
}

DISCLAIMER = (
    "This e-mail and any files sent with it are confidential and for the named recipient only. It may contain "
    "personal data, including special category data such as information about health, mental health, ethnic "
    "origin, religion or sexual orientation, or information about criminal convictions and offences, which "
    "Humber & Wolds Employment Partnership processes for the Department for Work and Pensions. If you are not the "
    "intended recipient please tell us on 01632 960200 and delete it. Humber & Wolds Employment Partnership CIO, "
    "registered charity no. 1198834. " + PRIME_ADDR + ".")


def sig(s, kind="full"):
    if kind == "none":
        return ""
    if kind == "android":
        return "\n\nGet Outlook for Android"
    if kind == "short":
        return "\n\n%s | %s | HWEP\nT %s" % (s.name, s.title, s.ph or "")
    return ("\n\n%s\n%s\n%s\nT %s  M %s\n%s\n\n%s" %
            (s.name, s.title, PRIME, s.ph, getattr(s, "mob", ""), PRIME_ADDR, DISCLAIMER))


def ext_sig(c):
    return "\n\n%s\n%s\n%s%s" % (c.name, c.title, c.org, ("\nT: " + c.ph) if c.ph else "")


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def notes_html(text):
    """HCL Notes style HTML: <font> tags, <br> line breaks."""
    out = []
    for para in text.split("\n\n"):
        p = esc(para).replace("\n", "<br>")
        if para.startswith("This e-mail and any files"):
            out.append('<font size=1 color="#808080" face="sans-serif">%s</font><br><br>' % p)
        else:
            out.append('<font size=2 face="sans-serif">%s</font><br><br>' % p)
    return "<html><body>" + "\n".join(out) + "</body></html>"


def owa_html(text):
    out = ['<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">']
    for para in text.split("\n\n"):
        out.append("<div>%s</div><div><br></div>" % esc(para).replace("\n", "<br>"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            + "".join(out) + "</div></body></html>")


def html_table(header, rows):
    h = '<table border=1 cellspacing=0 cellpadding=3>'
    if header:
        h += "<tr>" + "".join('<td><b><font size=2 face="sans-serif">%s</font></b></td>' % esc(str(x)) for x in header) + "</tr>"
    for r in rows:
        h += "<tr>" + "".join('<td><font size=2 face="sans-serif">%s</font></td>' % esc(str(x)) for x in r) + "</tr>"
    return h + "</table>"


def notes_quote(frm, to, when, subject, body, cc=None):
    return ("\n\n\n\nFrom:        %s <%s>\nTo:        %s\n%sDate:        %s\nSubject:        %s\n%s\n\n%s" %
            (frm.name, frm.email, to, ("Cc:        %s\n" % cc) if cc else "", when, subject, "-" * 40, body))


def owa_quote(frm, to, when, subject, body):
    return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" %
            (frm.name, frm.email, when, to, subject, body))


def kv_text(pairs):
    w = max(len(k) for k, _ in pairs) + 2
    return "\n".join(("%s:" % k).ljust(w) + " " + str(v) for k, v in pairs)


# ------------------------------------------------------------------ documents
def latin1(t):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
           "\u2022": "-", "\u2026": "...", "\u00ab": "<<", "\u00bb": ">>"}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")


def _pdf(title):
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT)
    p.set_title(latin1(title))
    p.set_author(PRIME)
    p.set_creator("Microsoft Word - mail merge")
    p.set_auto_page_break(True, 15)
    return p


def pdf_page(p, blocks, footer=None):
    p.add_page()
    for b in blocks:
        k = b[0]
        if k == "h":
            p.set_font("helvetica", "B", 14)
            p.multi_cell(0, 8, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "h2":
            p.set_font("helvetica", "B", 11)
            p.multi_cell(0, 7, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            p.set_font("helvetica", "", 10)
            p.multi_cell(0, 5.5, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "kv":
            for kk, v in b[1]:
                y0 = p.get_y()
                p.set_font("helvetica", "B", 9)
                p.multi_cell(62, 6, latin1(kk), border=1, new_x="RIGHT", new_y="TOP")
                p.set_font("helvetica", "", 9)
                p.multi_cell(0, 6, latin1(str(v)), border=1, new_x="LMARGIN", new_y="NEXT")
                if p.get_y() < y0 + 6:
                    p.set_y(y0 + 6)
            p.ln(3)
        elif k == "table":
            header, rows = b[1], b[2]
            w = (p.w - p.l_margin - p.r_margin) / len(header)
            p.set_font("helvetica", "B", 8)
            for hc in header:
                p.cell(w, 6, latin1(str(hc)), border=1)
            p.ln()
            p.set_font("helvetica", "", 8)
            for r in rows:
                for c in r:
                    p.cell(w, 5.5, latin1(str(c))[:44], border=1)
                p.ln()
            p.ln(3)
    if footer:
        p.set_y(-20)
        p.set_font("helvetica", "I", 8)
        p.cell(0, 5, latin1(footer), align="C")


def pdf_bytes(title, pages, password=None):
    p = _pdf(title)
    n = len(pages)
    for i, blocks in enumerate(pages):
        pdf_page(p, blocks, "Page %d of %d" % (i + 1, n) if n > 1 else None)
    if password:
        p.set_encryption(owner_password="own-" + password, user_password=password)
    return bytes(p.output())


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>2026-12-01T09:00:00Z\3", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, blocks, header_text=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "HWEP"
    cp.title = title
    cp.created = cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pb":
            d.add_page_break()
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for kk, v in b[1]:
                c = t.add_row().cells
                c[0].text, c[1].text = kk, str(v)
            d.add_paragraph("")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, hc in enumerate(b[1]):
                t.rows[0].cells[i].text = str(hc)
            for r in b[2]:
                c = t.add_row().cells
                for i, x in enumerate(r):
                    c[i].text = str(x)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def xlsx_bytes(sheets):
    wb = openpyxl.Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "HWEP"
    wb.properties.created = wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    for i, (title, header, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        if header:
            ws.append(header)
        for r in rows:
            ws.append(list(r))
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def csv_bytes(header, rows, delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
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


def aes_zip_bytes(files, password):
    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password.encode())
        for name, blob in files:
            zi = z.zipinfo_cls(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


_CRC = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def zipcrypto_bytes(files, password):
    pw = password.encode()
    out = io.BytesIO()
    central = []
    dostime, dosdate = (9 << 11), ((2026 - 1980) << 9) | (12 << 5) | 1
    for name, blob in files:
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(b):
            k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
            k[1] = (((k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]
        for b in pw:
            upd(b)
        crc = zlib.crc32(blob) & 0xFFFFFFFF
        plain = bytes(R.getrandbits(8) for _ in range(11)) + bytes([crc >> 24]) + blob
        enc = bytearray()
        for b in plain:
            t = (k[2] | 2) & 0xFFFF
            enc.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(b)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(blob), len(fn), 0))
        out.write(fn + bytes(enc))
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(blob), len(fn), 0, 0, 0, 0, 0o600 << 16, off) + fn)
    cd = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def scan_image(seed, w=1240, h=1754):
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(img)
    dr.rectangle([100, 60, 760, 98], fill=60)
    y = 140
    while y < h - 160:
        x = 100
        while x < w - 120:
            ww = rr.randint(18, 120)
            dr.rectangle([x, y, min(x + ww, w - 100), y + 13], fill=rr.randint(35, 115))
            x += ww + rr.randint(8, 20)
        y += rr.choice([27, 27, 27, 54])
    img = img.rotate(-0.9, fillcolor=236).filter(ImageFilter.GaussianBlur(0.7))
    for _ in range(2500):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    return img


def img_bytes(seed, fmt="JPEG"):
    img = scan_image(seed)
    bio = io.BytesIO()
    if fmt == "JPEG":
        img.save(bio, "JPEG", quality=68)
    elif fmt == "TIFF":
        img.point(lambda v: 255 if v > 150 else 0).convert("1").save(bio, "TIFF", compression="group4")
    else:
        img.save(bio, "PNG")
    return bio.getvalue()


def scan_pdf(seed, pages=1):
    p = _pdf("Scan")
    p.set_creator("Canon iR-ADV C5840 - Scan to Email")
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(img_bytes(seed + i)), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def ics_bytes(summary, start, end, desc, location, uid):
    t = ("BEGIN:VCALENDAR\r\nPRODID:-//HCL//Notes 12.0//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
         "DTSTART:%s\r\nDTEND:%s\r\nDTSTAMP:20261201T090000Z\r\nUID:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\n"
         "DESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (start, end, uid, summary, location,
                                                              desc.replace(",", "\\,").replace("\n", "\\n")))
    return t.encode("utf-8")


# ------------------------------------------------------------------ claimant documents
JOBS = ["Warehouse Operative", "Care Assistant", "Groundworker", "Housekeeper", "Kitchen Porter", "Retail Assistant",
        "HGV Class 2 Driver", "Forklift Driver", "Fish Processing Operative", "Cleaner", "Security Officer",
        "Customer Service Adviser", "Labourer", "Wind Turbine Technician Trainee", "Chef de Partie", "Van Driver",
        "Production Operative", "Admin Assistant", "Scaffolder's Labourer", "Caretaker"]
FIRMS = ["Holderness Foods", "Spurn Point Seafoods", "Marfleet Packaging", "Wolds Haulage", "Anlaby Care Ltd",
         "Ferriby Joinery", "Estuary Facilities", "Cottingham Co-op", "Barton Garden Centre", "Humber Quay Hotel",
         "Immingham Port Services", "Louth Bakery", "Hedon Motors", "Goole Distribution"]
SKILLS = ["Counterbalance and reach truck licences", "Food hygiene level 2", "Manual handling", "CSCS green card",
          "Customer service", "Stock control", "First aid at work", "Full UK driving licence", "Microsoft Office",
          "Working at height", "Team leading", "Cash handling", "SIA door supervisor licence", "Cleaning chemicals (COSHH)"]


def cv_blocks(p, dob=False, nino_in=False, conviction=False, health=None, veteran=False):
    jobs, y = [], 2026
    for _ in range(R.randint(2, 3)):
        y0 = y - R.randint(1, 4)
        jobs.append(("%d - %s" % (y0, "present" if y == 2026 and R.random() < 0.3 else y), R.choice(JOBS), R.choice(FIRMS)))
        y = y0
    b = [("h", p.name), ("p", "%s\n%s  |  %s" % (p.addr_line, p.mobile, p.email))]
    if dob:
        b.append(("p", "Date of birth: %s" % dob_uk(p.dob)))
    if nino_in:
        b.append(("p", "NI number: %s" % sp_nino(p.nino)))
    prof = "Hard-working and reliable, looking for a full-time role as a %s. " % R.choice(JOBS).lower()
    if veteran:
        prof += "I served nine years in the Royal Logistic Corps and left the Army in 2024. "
    prof += "Happy to work shifts and weekends and I pick things up quickly."
    b += [("h2", "Profile"), ("p", prof), ("h2", "Experience")]
    for per, job, firm in jobs:
        b.append(("p", "%s   %s, %s\n- %s\n- %s" % (per, job, firm, R.choice(SKILLS), R.choice(SKILLS))))
    b += [("h2", "Training"), ("p", ", ".join(R.sample(SKILLS, 4))),
          ("h2", "Education"), ("p", "%s Academy - GCSEs incl. English and Maths" % p.town)]
    if conviction:
        b += [("h2", "Disclosure"), ("p", "I have an unspent conviction from 2023 (burglary) and was released from HMP Humber "
                                          "this year. I am on licence until March and happy to talk about it.")]
    if health:
        b += [("h2", "Additional information"), ("p", health)]
    b += [("h2", "References"), ("p", "Available on request")]
    return b


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(b[1].upper() + "\n" + "=" * len(b[1]))
        elif b[0] == "h2":
            out.append("\n" + b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "kv":
            out.append(kv_text(b[1]))
        elif b[0] == "table":
            out.append(" | ".join(map(str, b[1])))
            out += [" | ".join(map(str, r)) for r in b[2]]
    return "\n".join(out)


def cv_pdf(p, **kw):
    return pdf_bytes("CV " + p.name, [cv_blocks(p, **kw)])


def cv_docx(p, **kw):
    return docx_bytes("CV " + p.name, cv_blocks(p, **kw))


def cvname(p, ext):
    return R.choice(["%s %s CV.%s", "CV_%s_%s.%s", "%s_%s_CV_Dec26.%s"]) % (p.first, p.last, ext)


def form_pairs(p, job, firm, dob=False, nino_in=False, health=None):
    pr = [("Vacancy", job), ("Employer", firm), ("Name", p.name), ("Address", p.addr_line), ("Phone", p.mobile),
          ("Email", p.email)]
    pr.append(("Date of birth", dob_uk(p.dob)) if dob else ("Age", str(p.age)))
    if nino_in:
        pr.append(("NI number", p.nino))
    pr += [("Right to work", "Yes - share code provided"), ("Driving licence", R.choice(["Full, clean", "Provisional", "None"])),
           ("Hours wanted", R.choice(["Full time", "Part time, school hours", "Any shifts incl. nights"])),
           ("Last job", "%s, %s" % (R.choice(JOBS), R.choice(FIRMS))),
           ("Why this job", "I live close by and I have done this kind of work before.")]
    if health:
        pr.append(("Anything we should know to support you", health))
    pr.append(("Supported by", PRIME + " (Restart)"))
    return [("h", "Application form"), ("kv", pr)]


def couple_pairs(a, b, job, firm):
    return [("h", "Joint application - live-in couple"), ("kv", [
        ("Vacancy", job), ("Employer", firm), ("Applicant 1", a.name), ("Age", str(a.age)),
        ("Experience", "%s, %d years" % (R.choice(JOBS), R.randint(1, 9))), ("Applicant 2", b.name), ("Age ", str(b.age)),
        ("Experience ", "%s, %d years" % (R.choice(JOBS), R.randint(1, 9))), ("Contact phone", a.mobile),
        ("Current address", a.addr_line), ("Available from", day(R.randint(5, 20)))])]


def letter_blocks(p, kind, firm=None, extra=""):
    when = day(R.randint(3, 15))
    head = [("p", "%s\n%s\n\n%s %s\n%d %s\n%s\n%s\n\nRef: %s\nDate: %s" %
             (PRIME, PRIME_ADDR, p.title, p.name, p.house, p.street, p.town, p.postcode, p.ref, day(R.randint(0, 2))))]
    dear = "Dear %s %s," % (p.title, p.last)
    if kind == "interview":
        body = ("Interview invitation - %s\n\n%s\n\nThank you for applying for the %s vacancy with %s. You are invited to an "
                "interview on %s at %s. Please bring your passport or share code and arrive ten minutes early.%s\n\nYours sincerely" %
                (firm or R.choice(FIRMS), dear, R.choice(JOBS), firm or R.choice(FIRMS), when, R.choice(["9:30am", "11am", "2pm"]), extra))
    elif kind == "offer":
        body = ("Offer of employment\n\n%s\n\nWe are pleased to offer you the post of %s with %s, starting on %s, %d hours a week "
                "at £%.2f an hour. Please sign and return the enclosed acceptance slip.%s\n\nYours sincerely" %
                (dear, R.choice(JOBS), firm or R.choice(FIRMS), when, R.choice([16, 25, 37]), R.choice([12.21, 12.60, 13.10]), extra))
    elif kind == "appointment":
        body = ("Your appointment\n\n%s\n\nYour next appointment with your Employment Adviser is on %s at %s at our %s office. "
                "We will go through your action plan and look at vacancies together.%s\n\nYours sincerely" %
                (dear, when, R.choice(["9:15am", "10:30am", "1:45pm", "3pm"]), p.town, extra))
    elif kind == "reference":
        body = ("To whom it may concern\n\nRe: %s\n\nI have supported %s on the Restart Scheme since May. %s has attended every "
                "appointment and completed a forklift course.%s\n\nYours faithfully" % (p.name, p.name, p.he.capitalize(), extra))
    elif kind == "dna":
        body = ("Missed appointment\n\n%s\n\nYou did not attend your appointment on %s. If you do not contact us within five "
                "working days we may have to tell the Jobcentre, and this could affect your Universal Credit.%s\n\nYours sincerely" %
                (dear, day(0), extra))
    else:
        raise ValueError(kind)
    return head + [("p", body), ("p", "Beverley Thurlow\nEmployment Adviser\n" + PRIME)]


def ucnea1_pairs(p):
    return [("h", "UCNEA1 - notification of self-employment"), ("kv", [
        ("Participant name", p.name), ("National Insurance number", p.nino), ("Business name", "%s %s" % (p.last, R.choice(["Mobile Valeting", "Dog Grooming", "Property Maintenance", "Cakes"]))),
        ("Trading start date", day(R.randint(1, 6))), ("Registered with HMRC", "Yes"), ("Adviser", "Craig Ellerker"), ("Provider", PRIME)])]


def gns_pairs(p, extra=""):
    return [("h", "Good News Story"), ("kv", [
        ("Participant", p.name), ("Programme", "Restart Scheme"), ("Jobcentre", p.town),
        ("Story", "%s came to us after %s years out of work. %sWith weekly support %s got a CSCS card and started as a %s on %s."
         % (p.first, NUMW[R.randint(2, 9)], extra, p.he, R.choice(JOBS).lower(), day(R.randint(0, 3)))),
        ("Consent to share", "Yes, signed 2 December 2026")])]


def exit_pairs(p, extra="Job outcome - sustained 6 months"):
    return [("h", "WHP Exit Report"), ("kv", [
        ("Participant name", p.name), ("NINO", p.nino), ("Provider ref", p.ref), ("Start date", "14/07/2025"),
        ("Exit date", "11/12/2026"), ("Exit reason", extra), ("Summary", "Weekly sessions, in-work support, CV and interview coaching.")])]


def coc_pairs(p, what=None):
    pc, town = postcode()
    what = what or ("Change of address", "Moved to %d %s, %s %s" % (R.randint(1, 99), fake.street_name(), town, pc))
    return [("h", "Change of Circumstances"), ("kv", [
        ("Participant name", p.name), ("NINO", p.nino), ("Provider ref", p.ref), ("Change", what[0]), ("Details", what[1]),
        ("Effective from", day(R.randint(0, 4))), ("Reported by", "Participant, at appointment")])]


def doubt_pairs(p, what):
    return [("h", "Compliance doubt notification"), ("kv", [
        ("Participant name", p.name), ("NINO", p.nino), ("Provider ref", p.ref), ("Mandatory activity", "Job search workshop, %s" % day(0)),
        ("What happened", what), ("Good reason given", "None given at the time"), ("Raised by", "Kasia Duda")])]


# ------------------------------------------------------------------ messages and labels
NOTES_MAILER = "HCL Notes Release 12.0.2FP3 March 14, 2024"
OWA_MAILER = None


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()


def L(action, rule, guidance, truth, notes, **facts):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts)


def A(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, str):
        return ("", x)
    return (x.name, x.email)


def M(sender, to, subject, text, style="notes", cc=(), bcc=(), atts=(), html=None, headers=None, crlf=None,
      from_name=None, raw=None, html_only=False):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, style=style,
                atts=list(atts), html=html, headers=headers or {}, crlf=crlf, from_name=from_name, raw=raw,
                html_only=html_only)


MIME = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
        "txt": "text/plain", "zip": "application/zip", "jpg": "image/jpeg", "tif": "image/tiff", "png": "image/png",
        "ics": "text/calendar", "eml": "message/rfc822", "dat": "application/octet-stream"}


def att(fn, blob, mime=None):
    return (fn, blob, mime or MIME.get(fn.rsplit(".", 1)[-1].lower(), "application/octet-stream"))


def _cte(t):
    try:
        t.encode("ascii")
        return "7bit" if max((len(l) for l in t.split("\n")), default=0) < 900 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


def hdr_list(xs):
    return ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in xs)


def base_msg(sp, n, tag):
    msg = EmailMessage()
    s = sp["sender"]
    fname = sp["from_name"] if sp["from_name"] is not None else A(s)[0]
    msg["From"] = formataddr((fname, A(s)[1])) if fname else A(s)[1]
    msg["To"] = hdr_list(sp["to"]) if sp["to"] else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = hdr_list(sp["cc"])
    msg["Subject"] = sp["subject"]
    k = n - 1
    d = datetime.date(2026, 12, 7) + datetime.timedelta(days=(k // 18) // 5 * 7 + (k // 18) % 5)
    dt = datetime.datetime(d.year, d.month, d.day, 8, 2, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=31 * (k % 18) + k % 7)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%s%03d@%s>" % (hashlib.md5((tag + str(n)).encode()).hexdigest()[:16].upper(), tag, n,
                                           "humber-mx01." + INT if sp["style"] == "notes" else INT)
    st_ = sp["style"]
    if st_ == "notes":
        msg["X-Mailer"] = NOTES_MAILER
        msg["X-KeepSent"] = "%s:%s-00258A3C:%s; type=4; name=$KeepSent" % tuple(
            hashlib.md5((tag + "ks" + str(n)).encode()).hexdigest()[i:i + 8].upper() for i in (0, 8, 16))
        msg["X-MIMETrack"] = ("Serialize by Notes Client on %s/HWEP(Release 12.0.2FP3|March 14, 2024) at %s" %
                              (A(s)[0] or "Server", dt.strftime("%d/%m/%Y %H:%M:%S")))
    elif st_ in ("owa", "android"):
        msg["X-MS-Has-Attach"] = "yes" if sp["atts"] else ""
        msg["X-MS-TNEF-Correlator"] = ""
        msg["X-Originating-IP"] = "[10.40.%d.%d]" % (n % 200, (n * 7) % 250)
    elif st_ == "cms":
        msg["X-Caseworks-Template"] = sp["headers"].pop("_tpl", "GENERIC")
        msg["Auto-Submitted"] = "auto-generated"
    for kk, v in sp["headers"].items():
        msg[kk] = v
    return msg, dt


def build(sp, n, tag=None):
    tag = tag or PFX
    msg, dt = base_msg(sp, n, tag)
    if sp["raw"]:
        sp["raw"](msg)
    else:
        text = sp["text"]
        st_ = sp["style"]
        html = sp["html"]
        if html is None and st_ == "notes":
            html = notes_html(text)
        elif html is None and st_ in ("owa", "android"):
            html = owa_html(text)
        if sp["html_only"]:
            msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        elif html is not None and st_ != "plain" and st_ != "cms":
            msg.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text))
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable" if st_ != "notes" else "base64")
        else:
            msg.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text))
        for fn, blob, mt in sp["atts"]:
            ma, su = mt.split("/")
            if ma == "message":
                from email import message_from_bytes
                inner = message_from_bytes(blob, policy=policy.default)
                msg.add_attachment(inner, filename=fn)
            elif ma == "text":
                msg.add_attachment(blob, maintype=ma, subtype=su, filename=fn, cte="base64")
            else:
                msg.add_attachment(blob, maintype=ma, subtype=su, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            if sp["style"] == "notes":
                part.set_boundary("=_alternative %08X%02d%s_=" % (n * 7919 + i, i, tag.upper()))
            else:
                part.set_boundary("_%03d_%s%d_%s_" % (n, tag.upper(), i, hashlib.md5(("%s%d%d" % (tag, n, i)).encode()).hexdigest()[:14]))
            i += 1
    crlf = sp["crlf"] if sp["crlf"] is not None else (n % 7 == 2)
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))


def inner_eml(sp, n, tag="fw"):
    """a complete message to attach as message/rfc822"""
    return build(sp, n, tag)


def rcpts(sp):
    return [A(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


CONSENT = []


def claimant(consent=False, **kw):
    p = Person(**kw)
    if consent:
        CONSENT.append(p.email)
    return p


def emp():
    return R.choice(EMP)


SCEN = []


def sc(n=1):
    def deco(fn):
        for v in range(n):
            SCEN.append((fn, v))
        return fn
    return deco


# ================================================================== RELAY: no claimant data
NC = "no_claimant_data"


def nc(sp, note):
    return sp, L("relay", NC, "", T0, note)


@sc(12)
def nc_ordinary(v):
    s = STAFF
    if v == 0:
        rows = [["Hull", 412, 61, "58%", "14%"], ["Grimsby", 288, 40, "63%", "11%"], ["Scunthorpe", 201, 29, "55%", "17%"],
                ["Lincoln", 256, 38, "60%", "9%"]]
        txt = ("Humber Partners' Bulletin - December 2026\n\nHello all,\n\nStarts by office this quarter (all strands):\n\n" +
               "\n".join("%s: %s starts, %s job outcomes, %s declared a health condition, %s declared a conviction" % tuple(r) for r in rows) +
               "\n\nThank you for the work with people leaving prison this year - the through-the-gate pilot is now in all four "
               "offices. Our Christmas closure is 24 December to 2 January.\n\nJen" + sig(s["jen"]))
        html = notes_html(txt.split("\n\n")[0] + "\n\nHello all,").replace("</body>", html_table(["Office", "Starts", "Job outcomes", "Health condition", "Conviction"], rows) + notes_html("\n\n".join(txt.split("\n\n")[4:]))[12:])
        return nc(M(s["jen"], [s["jen"]], "Humber Partners' Bulletin - December 2026", txt, html=html,
                    bcc=[NS[1], BW[1], OTH["council"], OTH["forces"], OTH["college"]]),
                  "Notes newsletter, aggregate percentages with health/conviction columns, Bcc partners")
    if v == 1:
        txt = ("Hi Dean,\n\nThanks for the details. Here's the advert as it will go on our vacancy board:\n\n"
               "WAREHOUSE OPERATIVES x6 - Acme Logistics, Humber DC\n£12.60/hr, 4 on 4 off, days or nights\n"
               "No experience needed. Must pass a basic DBS check - a criminal record does not automatically rule you out, "
               "Acme are a Ban the Box employer and look at each person individually.\nSafety boots provided.\n\n"
               "Let me know if you want anything changed." + sig(s["sunita"]))
        return nc(M(s["sunita"], [EMP[0]], "RE: Vacancy - warehouse ops Jan intake", txt),
                  "job advert mentioning DBS and criminal records generally")
    if v == 2:
        ics = ics_bytes("Mental Health First Aid (2 day) - HWEP and partners", "20270112T090000Z", "20270112T160000Z",
                        "Two-day MHFA England course for frontline staff. Covers depression, anxiety, psychosis, suicide and "
                        "self-harm and substance misuse. Lunch provided.", "Wilberforce Chambers, Hull", "MHFA-20270112@hwep")
        txt = ("Hi both,\n\nPlease share with your frontline staff - places for two from each partner on the Mental Health First "
               "Aid course in January. Invite attached.\n\nNadia" + sig(s["nadia"], "short"))
        return nc(M(s["nadia"], [NS[1], BW[1]], "MHFA training 12-13 Jan - 2 places each", txt, atts=[att("MHFA Jan 2027.ics", ics)]),
                  "training invite with ICS; mental-health topics, nobody identified")
    if v == 3:
        doc = docx_bytes("Safeguarding and Risk Policy v4.2", [
            ("h", "Safeguarding and Risk Policy"), ("p", "Version 4.2, approved November 2026"),
            ("h2", "1. Purpose"), ("p", "This policy sets out how HWEP and its supply chain keep participants, staff and the "
                                          "public safe, including people subject to MAPPA, people on licence or probation, and "
                                          "people with substance misuse or mental health needs."),
            ("h2", "2. Disclosure"), ("p", "Participants do not have to disclose spent convictions. Where a participant "
                                           "discloses a risk of harm, the adviser records it in Caseworks and tells the "
                                           "Designated Safeguarding Lead the same day."),
            ("h2", "3. Sharing"), ("p", "Health, offending and substance misuse information is shared with partners only by "
                                        "encrypted e-mail or Caseworks secure messaging.")])
        txt = "Rob,\n\nAs promised at the contract review, our current policy attached. Yours is due for refresh in March.\n\nTom" + sig(s["tom"])
        return nc(M(s["tom"], [BW[1]], "Safeguarding and Risk Policy v4.2", txt, atts=[att("Safeguarding and Risk Policy v4.2.docx", doc)]),
                  "policy naming MAPPA, probation, substance misuse, mental health")
    if v == 4:
        doc = docx_bytes("Referral template", [
            ("h", "Partner Referral Form (blank)"), ("kv", [("Participant name", ""), ("NINO", "__ __ __ __ _"), ("Date of birth", "DD/MM/YYYY"),
                                                            ("Address", ""), ("Health conditions or disability", ""), ("Convictions (unspent)", ""),
                                                            ("Benefit(s) claimed", "UC / ESA / PIP / other")]),
            ("p", "Send completed forms by Caseworks secure messaging only.")])
        txt = "Hayley,\n\nNew blank referral form for Northstar courses attached - please bin the old version.\n\nKasia" + sig(s["kas"], "short")
        return nc(M(s["kas"], [NS[0]], "New referral form template", txt, atts=[att("Partner Referral Form v3 BLANK.docx", doc)]),
                  "blank template with NINO/DOB/health/conviction labels")
    if v == 5:
        rows = [["Health condition or disability (self-declared)", "2,114", "61%"], ["Mental health condition", "1,206", "35%"],
                ["Drug or alcohol dependency", "318", "9%"], ["Unspent conviction", "402", "12%"], ["Armed forces veteran", "77", "2%"],
                ["Ethnic minority background", "296", "9%"]]
        x = xlsx_bytes([("Barriers Q3", ["Barrier", "Starts", "% of starts"], rows),
                        ("Notes", ["Note"], [["Counts under 5 suppressed. Source: Caseworks, 30/11/2026."]])])
        txt = "Stephanie,\n\nQ3 barriers analysis for the performance review attached, Humber contract area only.\n\nPatrick" + sig(s["pat"])
        return nc(M(s["pat"], [DWPC[2]], "Q3 barriers analysis - Humber", txt, atts=[att("Q3 barriers analysis Humber.xlsx", x)]),
                  "aggregate statistics of special categories to DWP")
    if v == 6:
        txt = ("Hi Mandy,\n\nYou asked about the better-off sums for your new starters. These are the published 2026/27 rates we use "
               "(GOV.UK):\n\nUniversal Credit standard allowance, single 25 or over: £400.14 a month\nUniversal Credit standard "
               "allowance, couple: £628.10 a month\nWork allowance, with housing element: £411 a month\nTaper rate: 55p in every £1\n\n"
               "Everyone's different so we always do individual calculations with the person." + sig(s["sunita"]))
        return nc(M(s["sunita"], [EMP[1]], "Better-off calculations - published rates", txt, style="owa"),
                  "published benefit rates, nobody identified")
    if v == 7:
        txt = ("Hi,\n\nI'd like to book the occupational health follow-up you mentioned for my back - I'm a member of staff at HWEP "
               "(Tom Ingleby referred me). I've had sciatica since October and the physio says I need a workstation "
               "assessment. Any afternoon next week is fine.\n\nThanks\nCraig" + sig(s["craig"], "short"))
        return nc(M(s["craig"], [OTH["oh"]], "OH follow-up appointment", txt, style="owa"),
                  "member of staff's own health matter: staff are not data subjects")
    if v == 8:
        txt = ("Hi,\n\nInvoice HWEP-INV-2026-0412 for the December employer breakfast room hire is attached - please pay to our account:\n"
               "Humber & Wolds Employment Partnership\nSort code 40-47-21   Account 70125586\n\nThanks\nHWEP Finance")
        pdf = pdf_bytes("Invoice", [[("h", "INVOICE HWEP-INV-2026-0412"), ("kv", [("To", "Enterprise Hub"), ("Description", "Room hire 3/12/2026"),
                                                                               ("Amount", "£240.00 + VAT"), ("Pay to", "HWEP, 40-47-21, 70125586")])]])
        return nc(M(BOX["emp"], [OTH["hub"]], "Invoice HWEP-INV-2026-0412", txt, style="plain", atts=[att("HWEP-INV-2026-0412.pdf", pdf)]),
                  "provider's own bank details on an invoice")
    if v == 9:
        txt = ("Hello,\n\nPlease can we confirm the booking for the Humber Jobs Fair on Thursday 21 January: main hall 9am-3pm, 24 "
               "exhibitor tables, lunch for 40 (8 vegetarian, 4 halal, 2 gluten free, 1 vegan).\n\nMany thanks" + sig(s["jen"]))
        return nc(M(s["jen"], [OTH["venue"]], "Jobs fair 21 Jan - booking and catering numbers", txt),
                  "venue booking with dietary counts")
    if v == 10:
        txt = ("Good morning Rob, Marcus,\n\nMinutes of Tuesday's supply chain meeting attached. Actions: Rob to send the "
               "through-the-gate staffing plan; Marcus to confirm the CSCS course dates for January; Patrick to circulate the "
               "audit schedule.\n\nPatrick" + sig(s["pat"]))
        doc = docx_bytes("Minutes", [("h", "Supply chain meeting 8 December 2026"),
                                      ("p", "Present: Patrick Oduya, Tom Ingleby (HWEP); Rob Garbutt (Bridgeway); Marcus Wray (Northstar)."),
                                      ("table", ["Item", "Discussion", "Action"], [["1", "Performance: job outcomes 3% above profile", "-"],
                                                                                   ["2", "Through-the-gate referrals from HMP Humber", "RG"],
                                                                                   ["3", "January CSCS courses", "MW"]])])
        return nc(M(s["pat"], [BW[1], NS[1]], "Minutes - supply chain meeting 8 Dec", txt, atts=[att("Minutes 08-12-26.docx", doc)]),
                  "minutes with staff names only")
    txt = ("Hi all,\n\nJust a reminder that Caseworks will be down for the upgrade from 6pm Friday to 8am Monday. Please don't "
           "book appointments into the calendar over the weekend.\n\nAbi" + sig(s["abi"], "short"))
    return nc(M(s["abi"], [NS[0], BW[0], BW[1]], "Caseworks downtime this weekend", txt), "system notice")


@sc(12)
def nc_more(v):
    s = STAFF
    if v == 0:
        txt = ("Thanks Steve, see you Thursday at 10 on site.\n\nSunita" + sig(s["sunita"]))
        return nc(M(s["sunita"], [EMP[2]], "RE: site visit", txt, style="android"), "one-liner with a disclaimer listing special categories")
    if v == 1:
        txt = ("Dear all,\n\nA reminder that if you have a health condition or disability that affects the work you can do, you can "
               "ask your adviser about Access to Work and the Health and Work Coordinator. If you are worried about your mental "
               "health, you can talk to us in confidence, or call NHS 111 (option 2). If you have a criminal record, we can help "
               "you understand what to disclose and when.\n\nHWEP Customer Support\n01632 960200")
        return nc(M(BOX["cs"], [BOX["cs"]], "Support available over Christmas", txt, style="plain",
                    bcc=[claimant().email, claimant().email, claimant().email]),
                  "general hypothetical advice Bcc'd to participants")
    if v == 2:
        txt = ("Hi Olena,\n\nTo answer your question: no, candidates don't need to have no criminal record for housekeeping roles - "
               "unless the role involves regulated activity, a basic DBS is all you can ask for, and spent convictions never have "
               "to be disclosed. None of the candidates we've put forward so far have needed anything more.\n\nSunita" + sig(s["sunita"]))
        return nc(M(s["sunita"], [EMP[3]], "RE: DBS question", txt), "negations and general advice about convictions")
    if v == 3:
        txt = ("Hi,\n\nWe have changed our supplier bank details check process. Please confirm by phone, on the number we hold, "
               "that your account is:\nIBAN %s\nWolds Print & Display Ltd\n\nThanks\nHWEP Finance" % iban())
        return nc(M(BOX["emp"], [OTH["print"]], "Supplier bank details confirmation", txt, style="plain"),
                  "supplier's IBAN (organisation's bank details)")
    if v == 4:
        fw = ("Universal Credit and the prison release process\n\nFrom January, work coaches in HMP Humber, HMP Hull and HMP "
              "Lindholme will book a Jobcentre appointment for the day of release. Providers should not ask people leaving "
              "prison to disclose more about their offence than is needed for the job. Guidance on MAPPA and licence conditions "
              "is in the annex.")
        inner = inner_eml(M(DWPC[2], [s["lee"]], "Day One release appointments - partner briefing", fw, style="plain"), 901)
        txt = "Ayesha,\n\nFYI - DWP's note on Day One appointments, attached as it came.\n\nLee" + sig(s["lee"], "short")
        return nc(M(s["lee"], [BW[0]], "FW: Day One release appointments - partner briefing", txt, atts=[att("Day One release appointments.eml", inner)]),
                  "forwarded DWP briefing (message/rfc822) about prison leavers generally")
    if v == 5:
        txt = ("Case study (composite - names and details changed)\n\n'Dan' is a composite of several veterans we've supported. "
               "Like many service leavers he found civilian job adverts confusing and had some struggles with his mental health "
               "after leaving. With help from the Veterans' Employment Lead he translated his military skills into a CV.\n\n"
               "Happy for this to go in the Forces Into Work newsletter." + sig(s["gareth"]))
        return nc(M(s["gareth"], [OTH["forces"]], "Case study for your newsletter", txt), "composite anonymised case study")
    if v == 6:
        ics = ics_bytes("Employer breakfast - Humber offshore wind supply chain", "20270114T080000Z", "20270114T093000Z",
                        "Teams: meeting ID 349 221 876 004, passcode Hx7rQ2. Dial in 020 7946 0882, conference ID 551 204 97#",
                        "The Deep Business Centre", "EB-20270114@hwep")
        txt = "Hi all,\n\nYou're invited to our January employer breakfast. Details in the invite.\n\nSunita" + sig(s["sunita"])
        return nc(M(s["sunita"], [EMP[0], EMP[2], OTH["hub"]], "Invitation: employer breakfast 14 Jan", txt, atts=[att("invite.ics", ics)]),
                  "ICS with meeting IDs and dial-in numbers")
    if v == 7:
        txt = ("Hi Hayley,\n\nBooking references for the January courses (your system's format):\n\nQQ123456C - Forklift, 11 Jan\n"
               "NK 12 34 56 A - CSCS, 13 Jan\nPO 44 21 90 E - First aid, 18 Jan\nFrom our side the PO numbers are HWEP-PO-77812 "
               "to 77814.\n\nKasia" + sig(s["kas"], "short"))
        return nc(M(s["kas"], [NS[0]], "Jan course booking refs", txt), "NINO look-alikes: QQ, NK prefix, suffix E")
    if v == 8:
        x = xlsx_bytes([("Dec", ["Week", "Hull", "Grimsby", "Scunthorpe", "Lincoln"], [["w/c 30 Nov", 41, 27, 19, 22], ["w/c 7 Dec", 38, 31, 17, 25]]),
                        ("Targets", ["Measure", "Profile", "Actual"], [["Starts", 340, 352], ["Job outcomes", 71, 68]])])
        txt = "Rob,\n\nBridgeway's December performance pack attached.\n\nPatrick" + sig(s["pat"])
        return nc(M(s["pat"], [BW[1]], "December performance pack", txt, atts=[att("Bridgeway Dec performance.xlsx", x)]), "aggregate performance XLSX")
    if v == 9:
        txt = ("We're recruiting: Resettlement Caseworker (Hull), £27,400\n\nWe welcome applications from people with lived "
               "experience of the criminal justice system, mental ill-health or addiction recovery. A conviction will not "
               "automatically bar you. Closing date 8 January.\n\nHWEP People Team")
        return nc(M(s["hr"], [OTH["council"], OTH["forces"], BW[1]], "Vacancy: Resettlement Caseworker - please share", txt),
                  "provider's own job advert with lived-experience wording")
    if v == 10:
        txt = ("Dear Partnership Manager,\n\nOur offices will close at 1pm on 24 December and reopen on 4 January. Emergency "
               "contact over the break: 07700 900999.\n\nHWEP")
        return nc(M(BOX["cs"], [DWPC[2], DWPC[0], DWPC[1]], "Christmas opening hours", txt, style="plain"), "closure notice to DWP")
    zipd = zip_bytes([("Templates/Interview letter TEMPLATE.docx", docx_bytes("t", [("p", "Dear «Title» «Surname»,"), ("p", "Your interview is on «Date» at «Time».")])),
                      ("Templates/Appointment letter TEMPLATE.docx", docx_bytes("t", [("p", "«Title» «Forename» «Surname»\n«Address1»\n«Postcode»"), ("p", "NI number: «NINO»")])),
                      ("Templates/readme.txt", b"Mail-merge templates. Data source: Caseworks export (not included).\r\n")])
    txt = "Marcus,\n\nThe mail-merge templates you asked for, zipped. The data source isn't included - you'll need your own export.\n\nAbi" + sig(s["abi"], "short")
    return nc(M(s["abi"], [NS[1]], "Mail merge templates", txt, atts=[att("Letter templates.zip", zipd)]), "zip of blank mail-merge templates with merge fields")


@sc(10)
def nc_extra(v):
    s = STAFF
    if v == 0:
        txt = ("Hi Liz,\n\nGeneral question from our self-employment workshop: if someone on UC starts trading, the minimum income "
               "floor doesn't apply for the first 12 months - correct? And a sanction can't be applied for not attending your "
               "workshops, only for Jobcentre requirements?\n\nCraig" + sig(s["craig"]))
        return nc(M(s["craig"], [OTH["hub"]], "MIF question - general", txt), "general benefit rules, nobody identified")
    if v == 1:
        txt = ("Hi,\n\nTicket please: Notes replication between HUMBER-MX01 and the Grimsby server has failed since 6am. Error "
               "'Database is not fully initialized' on names.nsf. Affects 14 users.\n\nAbi" + sig(s["abi"], "short"))
        return nc(M(s["abi"], [OTH["it"]], "P2 - Notes replication failing", txt), "IT ticket")
    if v == 2:
        txt = ("Hi Dave,\n\nThe Op COURAGE details for our veterans' leaflet: NHS mental health service for veterans, self-referral "
               "by phone or online. Also the Veterans' Gateway number. Could you check the wording before we print?\n\nGareth" + sig(s["gareth"]))
        return nc(M(s["gareth"], [OTH["forces"]], "Leaflet wording - Op COURAGE", txt), "signposting to mental-health services, nobody identified")
    if v == 3:
        txt = ("Please find attached our staff Christmas rota. Staff on leave are shown as AL.\n\nTom" + sig(s["tom"], "short"))
        x = xlsx_bytes([("Rota", ["Name", "21 Dec", "22 Dec", "23 Dec"], [["Beverley Thurlow", "Hull", "AL", "Hull"], ["Kasia Duda", "Grimsby", "Grimsby", "AL"],
                                                                    ["Lee Marfleet", "AL", "Hull", "Hull"]])])
        return nc(M(s["tom"], [BW[1]], "Christmas cover rota", txt, atts=[att("Xmas rota.xlsx", x)]), "staff rota")
    if v == 4:
        txt = ("Hi,\n\nI've changed banks - please pay my salary from January into:\nSort code 20 17 44\nAccount no. 50219934\n"
               "Name: Kasia Duda, employee 40417\n\nThanks\nKasia" + sig(s["kas"], "short"))
        return nc(M(s["kas"], [OTH["payroll"]], "Change of bank details - employee 40417", txt, style="owa"),
                  "member of staff's own bank details to the payroll bureau: not claimant data")
    if v == 5:
        rows = [["UC claimants referred", "3,412"], ["Starts", "2,908"], ["Job outcomes (earnings threshold)", "734"],
                ["Average days to first job", "121"]]
        txt = ("Ruth,\n\nFigures for the council's skills board paper - East Riding only, year to date:\n\n" +
               "\n".join("%-40s %s" % tuple(r) for r in rows) + "\n\nPatrick" + sig(s["pat"]))
        return nc(M(s["pat"], [OTH["council"]], "Year-to-date figures for skills board", txt, style="plain"), "fixed-width aggregate figures")
    if v == 6:
        txt = ("Hi Jas,\n\nRamadan is expected to start around 18 February and Easter is 28 March, so we'll avoid running "
               "interview days then. We'll also offer a quiet room for prayer at the jobs fair, as we do every year.\n\nSunita" + sig(s["sunita"]))
        return nc(M(s["sunita"], [EMP[5]], "Interview days in spring", txt), "religious calendar in general")
    if v == 7:
        txt = ("Hi,\n\nOrder please: 500 A5 leaflets 'Leaving prison? We can help you find work', 200 'Veterans - your skills "
               "count', artwork attached last week. Deliver to Wilberforce Chambers.\n\nJen" + sig(s["jen"], "short"))
        return nc(M(s["jen"], [OTH["print"]], "Print order PO 77820", txt), "print order")
    if v == 8:
        txt = ("Stephanie,\n\nDWP's published Restart statistics (November release) say 1.41 million referrals and 1.19 million "
               "starts nationally. Our share for Humber is in the attached one-pager.\n\nPatrick" + sig(s["pat"]))
        pdf = pdf_bytes("One pager", [[("h", "Humber Restart at a glance"), ("p", "Referrals 18,204. Starts 15,661. Job outcomes 4,022.")]])
        return nc(M(s["pat"], [DWPC[2]], "Restart statistics one-pager", txt, atts=[att("Humber one pager.pdf", pdf)]), "published statistics")
    txt = ("Hi Kieran,\n\nWe'd love Renew Humber to run a stall at the jobs fair - anyone in recovery, or worried about their "
           "drinking, can be pointed your way without having to tell us anything.\n\nNadia" + sig(s["nadia"]))
    return nc(M(s["nadia"], [OTH["recovery"]], "Jobs fair stall - Renew Humber", txt), "substance-misuse service invited; nobody identified")


@sc(6)
def nc_claimant_mail(v):
    """mail to a participant that carries nothing about them"""
    c = claimant()
    if v == 0:
        txt = ("Hi %s,\n\nWe'd really value your views on the service - the survey takes 5 minutes: "
               "https://survey.provider.example.org.uk/s/hw26\n\nThank you\nHWEP Customer Support" % c.first)
        return nc(M(BOX["cs"], [c], "How did we do?", txt, style="plain"), "survey link to a participant")
    if v == 1:
        txt = ("Thank you for your message. I am out of the office until Monday 4 January with no access to e-mail. For urgent "
               "help please call HWEP Customer Support on 01632 960200.\n\nBeverley")
        return nc(M(STAFF["bev"], [c], "Out of Office: Re: appointment", txt, style="notes",
                    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
                  "out-of-office reply to a participant, says nothing about them")
    if v == 2:
        txt = ("Hello,\n\nThe Humber Jobs Fair is on Thursday 21 January at The Deep Business Centre, 9am to 3pm. Over 30 "
               "employers, free entry, no need to book. Bring a few copies of your CV.\n\nHWEP Customer Support")
        return nc(M(BOX["cs"], [BOX["cs"]], "Humber Jobs Fair 21 January", txt, style="plain", bcc=[c.email, claimant().email]),
                  "event notice Bcc'd to participants")
    if v == 3:
        txt = ("Hi %s,\n\nHere's the link for the warehouse jobs we talked about: https://jobs.acme-logistics.co.uk/humber\n"
               "Closing date is Friday.\n\nKasia" % c.first + sig(STAFF["kas"], "android"))
        return nc(M(STAFF["kas"], [c], "jobs link", txt, style="android"), "vacancy link to a participant")
    if v == 4:
        txt = ("Hi %s,\n\nAs promised, the CV template and the cover letter guide - both blank, just fill them in and bring them "
               "next time.\n\nBev" % c.first + sig(STAFF["bev"]))
        d1 = docx_bytes("CV template", [("h", "Your Name"), ("p", "Address | Phone | Email"), ("h2", "Profile"), ("p", "[Two or three lines about you]"),
                                         ("h2", "Experience"), ("p", "[Dates]  [Job title], [Employer]")])
        return nc(M(STAFF["bev"], [c], "CV template", txt, atts=[att("CV template BLANK.docx", d1)]),
                  "blank CV template to a participant")
    txt = ("Hi %s,\n\nNo problem at all - see you next week instead.\n\nLee" % c.first + sig(STAFF["lee"], "short"))
    return nc(M(STAFF["lee"], [c], "Re: can't make it Thursday", txt, style="owa"), "reply that says nothing about the participant")


# ================================================================== RELAY: exemptions
@sc(8)
def r_one_name(v):
    c = claimant()
    s = [STAFF["sunita"], STAFF["kas"], STAFF["bev"], STAFF["tom"], STAFF["gareth"], STAFF["tom"], STAFF["craig"], STAFF["bev"]][v]
    t1 = T(subjects=1)
    if v == 0:
        txt = "Hi Dean,\n\n%s is confirmed for the warehouse interview on %s at 10am. I'll meet them in reception.\n\nSunita" % (c.name, day(2)) + sig(s)
        sp = M(s, [EMP[0]], "Interview confirmation - Tuesday 10am", txt)
    elif v == 1:
        txt = "Hayley,\n\nPlease book %s onto the counterbalance forklift course starting %s.\n\nThanks\nKasia" % (c.name, day(4)) + sig(s, "short")
        sp = M(s, [NS[0]], "Course booking - forklift", txt)
    elif v == 2:
        txt = "Hi Karen,\n\nJust to let you know the referral for %s has been accepted and the first appointment is booked for %s.\n\nBev" % (c.name, day(3)) + sig(s)
        sp = M(s, [DWPC[0]], "Referral accepted", txt)
    elif v == 3:
        txt = "Rob - %s starts the confidence course with you on %s, 10am.\n\nTom" % (c.name, day(5)) + sig(s, "short")
        sp = M(s, [BW[1]], "Start date - " + c.name, txt)
    elif v == 4:
        ics = ics_bytes("Interview: %s - CityBuild site induction" % c.name, "20261215T090000Z", "20261215T100000Z",
                        "Candidate put forward by HWEP veterans' strand.", "CityBuild site office, Hull", "INT-%s@hwep" % c.ref)
        txt = "Steve,\n\nInvite for the interview attached.\n\nGareth" + sig(s)
        sp = M(s, [EMP[2]], "Interview invite", txt, atts=[att("interview.ics", ics)])
    elif v == 5:
        q = notes_quote(EMP[3], STAFF["tom"].name, "04/12/2026 16:40", "Candidates", "Tom, can you send someone for the housekeeping trial on Monday 9am? Olena")
        txt = "Olena,\n\n%s will be there on Monday at 9.\n\nTom" % c.name + sig(s, "short") + q
        sp = M(s, [EMP[3]], "RE: Candidates", txt)
    elif v == 6:
        txt = "Liz,\n\nThe start-up grant referral for %s has gone through - status 'approved pending business plan'.\n\nCraig" % c.name + sig(s)
        sp = M(s, [OTH["hub"]], "Grant referral status", txt, style="owa")
    else:
        txt = "Hi Jas,\n\n%s - trial shift confirmed for %s, 8am start.\n\nBev" % (c.name, day(6)) + sig(s, "android")
        sp = M(s, [EMP[5]], "Trial shift", txt, style="android")
    return sp, L("relay", "one_name", "¶18", t1, "one name with an interview/start/booking/status only", name_only=True)


@sc(4)
def r_cv_claimant(v):
    c = claimant(consent=True)
    s = [STAFF["bev"], STAFF["kas"], STAFF["gareth"], BOX["cs"]][v]
    tr = T(contact=True, subjects=1, kinds=["cv"])
    if v == 0:
        txt = "Hi %s,\n\nHere's your CV with the changes we made today. Good luck on Thursday!\n\nBev" % c.first + sig(s)
        sp = M(s, [c], "Your CV", txt, atts=[att(cvname(c, "docx"), cv_docx(c))])
    elif v == 1:
        txt = "Hi %s,\n\nYou asked me to paste your CV into an e-mail so you can copy it into job sites:\n\n%s\n\nKasia" % (
            c.first, blocks_text(cv_blocks(c))) + sig(s, "short")
        sp = M(s, [c], "your CV (copy and paste version)", txt, style="owa")
    elif v == 2:
        txt = "Hi %s,\n\nYour new CV, with your Army experience written up in civvy terms as we talked about.\n\nGareth" % c.first + sig(s)
        sp = M(s, [c], "CV - final version", txt, atts=[att(cvname(c, "pdf"), cv_pdf(c, veteran=True))])
    else:
        q = owa_quote(c, "HWEP Customer Support", "Friday 4 December 2026 19:02", "cv", "hi can you email me my cv please. thanks %s" % c.first.lower())
        txt = "Dear %s,\n\nAs requested, your CV is attached.\n\nHWEP Customer Support\n01632 960200" % c.first + q
        sp = M(s, [c], "RE: cv", txt, style="owa", atts=[att(cvname(c, "docx"), cv_docx(c))])
    return sp, L("relay", "cv_to_claimant", "¶17", tr, "one clean CV to the consented address of the person it is about", cv_count=1)


@sc(5)
def r_cvs(v):
    s = [STAFF["sunita"], STAFF["gareth"], STAFF["kas"], STAFF["sunita"], STAFF["lee"]][v]
    if v == 0:
        c = claimant()
        txt = "Hi Mandy,\n\n%s's CV attached for the care assistant post. Available to start straight away.\n\nSunita" % c.first + sig(s)
        sp = M(s, [EMP[1]], "CV for care assistant vacancy", txt, atts=[att(cvname(c, "pdf"), cv_pdf(c))])
        n = 1
    elif v == 1:
        cs = [claimant() for _ in range(3)]
        pdf = pdf_bytes("CVs", [cv_blocks(c, veteran=True) for c in cs])
        txt = "Steve,\n\nThree CVs from our veterans' strand bound into one PDF for the groundworker roles.\n\nGareth" + sig(s)
        sp = M(s, [EMP[2]], "Groundworker candidates x3", txt, atts=[att("CityBuild candidates Dec.pdf", pdf)])
        n = 3
    elif v == 2:
        cs = [claimant() for _ in range(10)]
        z = zip_bytes([(cvname(c, "docx"), cv_docx(c)) for c in cs])
        txt = "Hi,\n\nTen CVs for the Christmas temp roles, zipped.\n\nKasia" + sig(s, "short")
        sp = M(s, [EMP[4]], "Christmas temps - 10 CVs", txt, atts=[att("Brightside CVs.zip", z)])
        n = 10
    elif v == 3:
        c = claimant()
        txt = "Hi Olena,\n\nCV pasted below as the attachment wouldn't open on your phone:\n\n%s\n\nSunita" % blocks_text(cv_blocks(c)) + sig(s)
        sp = M(s, [EMP[3]], "CV (pasted)", txt, style="owa")
        n = 1
    else:
        c = claimant()
        p2 = Person()
        txt = ("Hi %s,\n\nAs %s asked, here's %s CV - you said you'd print it for %s.\n\nLee" % (p2.first, c.first, c.his, c.him)
               + sig(s, "short"))
        sp = M(s, [(p2.name, p2.email)], "%s's CV" % c.first, txt, atts=[att(cvname(c, "docx"), cv_docx(c))])
        return sp, L("relay", "cvs_up_to_10", "¶19, ¶21", T(contact=True, subjects=1, kinds=["cv"]),
                     "CV sent to a relative's personal address at the participant's request: third party, 1 CV", cv_count=1)
    return sp, L("relay", "cvs_up_to_10", "¶19, ¶21", T(contact=True, subjects=n, kinds=["cv"]), "%d CVs to an employer" % n, cv_count=n)


@sc(4)
def r_forms(v):
    s = STAFF["sunita"]
    if v == 0:
        c = claimant()
        d = docx_bytes("Application", form_pairs(c, "Housekeeper", "Harbourview Hotels"))
        txt = "Olena,\n\nCompleted application form attached.\n\nSunita" + sig(s)
        sp = M(s, [EMP[3]], "Application - housekeeper", txt, atts=[att("Application %s.docx" % c.last, d)])
        n, kinds = 1, ["application_form"]
    elif v == 1:
        cs = [claimant() for _ in range(10)]
        pdf = pdf_bytes("Applications", [form_pairs(c, "Warehouse Operative", "Acme Logistics") for c in cs])
        txt = "Dean,\n\nAll ten application forms for the January intake in one PDF, one per page.\n\nSunita" + sig(s)
        sp = M(s, [EMP[0]], "January intake - 10 application forms", txt, atts=[att("Acme Jan intake applications.pdf", pdf)])
        n, kinds = 10, ["application_form"]
    elif v == 2:
        cs = [(claimant(), claimant()) for _ in range(5)]
        d = docx_bytes("Couple applications", sum([couple_pairs(a, b, "Live-in relief couple", "Harbourview Hotels") + [("pb",)] for a, b in cs], []))
        txt = "Olena,\n\nFive joint applications for the live-in relief couple posts (ten people).\n\nSunita" + sig(s)
        sp = M(s, [EMP[3]], "Live-in couple applications x5", txt, atts=[att("Couple applications.docx", d)])
        n, kinds = 10, ["application_form_couple"]
    else:
        a, b = claimant(), claimant()
        c = claimant()
        x = xlsx_bytes([("Applicant 1", ["Field", "Answer"], [[k, v_] for k, v_ in form_pairs(a, "Care Assistant", "Greenfield Care")[1][1]]),
                        ("Applicant 2", ["Field", "Answer"], [[k, v_] for k, v_ in form_pairs(c, "Care Assistant", "Greenfield Care")[1][1]]),
                        ("Couple", ["Field", "Answer"], [[k, v_] for k, v_ in couple_pairs(a, b, "Night care team (couple)", "Greenfield Care")[1][1]])])
        txt = "Mandy,\n\nThe application forms, one per sheet (two single, one couple).\n\nSunita" + sig(s)
        sp = M(s, [EMP[1]], "Applications - care", txt, atts=[att("Greenfield applications.xlsx", x)])
        return sp, L("relay", "application_forms_up_to_10", "¶22-24", T(contact=True, subjects=3, kinds=["application_form", "application_form_couple"]),
                     "forms as XLSX sheets: 2 single + 1 couple sharing a person = 3 people", form_people=4)
    return sp, L("relay", "application_forms_up_to_10", "¶22-24", T(contact=True, subjects=n, kinds=kinds), "%d people on application forms, ages only" % n, form_people=n)


@sc(4)
def r_letters(v):
    s = STAFF["bev"]
    if v == 0:
        c = claimant()
        d = docx_bytes("Interview letter", letter_blocks(c, "interview", "Greenfield Care"))
        txt = "Mandy,\n\nCopy of the interview letter we've sent, for your file.\n\nBev" + sig(s)
        sp = M(s, [EMP[1]], "Interview letter copy", txt, atts=[att("Interview letter %s.docx" % c.last, d)])
        n, k = 1, ["letter_interview"]
    elif v == 1:
        cs = [claimant() for _ in range(10)]
        pdf = pdf_bytes("Appointment letters", [letter_blocks(c, "appointment") for c in cs])
        txt = "Rob,\n\nThe ten appointment letters for the Goole outreach day, merged into one PDF for printing your end.\n\nBev" + sig(s)
        sp = M(s, [BW[1]], "Goole outreach - appointment letters x10", txt, atts=[att("Goole appointment letters merged.pdf", pdf)])
        n, k = 10, ["letter_appointment"]
    elif v == 2:
        c = claimant()
        pdf = pdf_bytes("Offer", [letter_blocks(c, "offer", "CityBuild Ltd")])
        txt = "Dear %s,\n\nGreat news - your job offer letter from CityBuild is attached.\n\nBev" % c.first + sig(s)
        sp = M(s, [c], "Your job offer", txt, atts=[att("Offer letter.pdf", pdf)])
        n, k = 1, ["letter_job_offer"]
    else:
        c = claimant()
        txt = "Dear %s,\n\n%s\n\nHWEP Customer Support" % (c.first, blocks_text(letter_blocks(c, "appointment")))
        sp = M(BOX["cs"], [c], "Your appointment on " + day(4).split(" ", 1)[1], txt, style="plain")
        n, k = 1, ["letter_appointment"]
    return sp, L("relay", "letters_up_to_10", "¶24-28", T(contact=True, subjects=n, kinds=k),
                 "%d %s letter(s); address block is the limited data ¶26 allows" % (n, k[0][7:]), letters=n)


WORKDAYS = ["%02d/12/2026" % d for d in (8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23)]


def roster(n, cols):
    people = [Person() for _ in range(n)]
    rows = []
    for i, p in enumerate(people):
        r = []
        for c in cols:
            r.append({"surname": p.last.upper(), "init": p.first[0], "forename": p.first, "name": p.name, "nino": p.nino,
                      "ref": p.ref, "date": WORKDAYS[i % len(WORKDAYS)], "postcode": p.postcode, "mobile": p.mobile,
                      "dob": dob_uk(p.dob), "uc": "£%d.%02d" % (R.randint(300, 1100), R.randint(0, 99))}[c])
        rows.append(r)
    return people, rows


@sc(4)
def r_lists(v):
    s = STAFF["abi"]
    if v == 0:
        _, rows = roster(30, ["surname", "init", "date"])
        txt = ("Dean,\n\nThe 30 people booked for the Acme assessment days:\n\n" + "\n".join("%s %s - %s" % tuple(r) for r in rows)
               + "\n\nAbi" + sig(s, "short"))
        sp = M(s, [EMP[0]], "Assessment day list", txt)
        n, nn = 30, 0
    elif v == 1:
        _, rows = roster(500, ["surname", "forename", "ref"])
        x = xlsx_bytes([("Caseload", ["Surname", "Forename", "HWEP ref"], rows)])
        txt = "Marcus,\n\nJanuary transfer list for Northstar - 500 participants.\n\nAbi" + sig(s)
        sp = M(s, [NS[1]], "Caseload transfer list - January", txt, atts=[att("Northstar transfer Jan.xlsx", x)])
        n, nn = 500, 0
    elif v == 2:
        _, rows = roster(120, ["surname", "init", "nino", "ref"])
        z = zip_bytes([("bridgeway_caseload_1226.csv", csv_bytes(["SURNAME", "INIT", "NINO", "REF"], rows))])
        txt = "Rob,\n\nYour caseload reconciliation file (120 rows), zipped CSV.\n\nAbi" + sig(s)
        sp = M(s, [BW[1]], "Caseload reconciliation Dec", txt, atts=[att("caseload recon.zip", z)])
        n, nn = 120, 120
    else:
        _, rows = roster(60, ["forename", "surname", "date"])
        txt = ("Hi Hayley,\n\nCSCS course attendees, names and course dates:\n\n" + "\n".join("%s %s, %s" % (r[0], r[1][0] + ".", r[2]) for r in rows)
               + "\n\nKasia" + sig(STAFF["kas"], "short"))
        sp = M(STAFF["kas"], [NS[0]], "CSCS attendees Dec-Jan", txt)
        n, nn = 60, 0
    return sp, L("relay", "names_list_500", "¶29-31", T(ninos=nn, subjects=n, kinds=["name_list"]), "list of %d names with simple details" % n,
                 list_rows=n)


@sc(2)
def r_nino_only(v):
    s = STAFF["abi"]
    if v == 0:
        ns = [nino() for _ in range(40)]
        body = "\n".join(sp_nino(x).lower() for x in ns)
        txt = "Rob,\n\nThe NINOs that failed the overnight match, one per line:\n\n" + body + "\n\nAbi" + sig(s, "short")
        sp = M(s, [BW[1]], "match failures", txt)
        n = 40
    else:
        ns = [nino() for _ in range(700)]
        sp = M(s, [NS[1]], "NINO match file", "Marcus,\n\nMatch file attached (NINOs only).\n\nAbi" + sig(s, "short"),
               atts=[att("nino_match_1226.csv", ("\r\n".join(ns) + "\r\n").encode())])
        n = 700
    return sp, L("relay", "nino_only_list", "¶31", T(ninos=n, subjects=n, kinds=["nino_list"]), "list of %d NINOs only" % n, list_rows=n, nino_only=True)


@sc(3)
def r_dwp_lists(v):
    s = STAFF["abi"]
    if v == 0:
        _, rows = roster(80, ["surname", "init", "date"])
        txt = "Karen,\n\nYour Hull caseload's next appointments:\n\n" + "\n".join("%s %s  %s" % tuple(r) for r in rows) + "\n\nAbi" + sig(s, "short")
        sp = M(s, [DWPC[0]], "Next appointments - Hull caseload", txt)
        n, nn = 80, 0
    elif v == 1:
        _, rows = roster(500, ["surname", "init", "nino"])
        x = xlsx_bytes([("Starts", ["Surname", "Initial", "NINO"], rows)])
        sp = M(s, [DWPC[2]], "Restart starts Nov 2026 (500)", "Stephanie,\n\nNovember starts list.\n\nAbi" + sig(s), atts=[att("Starts Nov26.xlsx", x)])
        n, nn = 500, 500
    else:
        _, rows = roster(250, ["surname", "forename", "ref", "date"])
        sp = M(s, [DWPC[4]], "Sample list for assurance visit", "Hello,\n\nThe 250 participants in the sample frame.\n\nAbi" + sig(s),
               atts=[att("sample frame.csv", csv_bytes(["Surname", "Forename", "Ref", "Start"], rows))])
        n, nn = 250, 0
    return sp, L("relay", "dwp_names_list", "¶36", T(ninos=nn, subjects=n, kinds=["name_list"]), "list of %d to DWP" % n, list_rows=n)


@sc(3)
def r_dwp_forms(v):
    c = claimant()
    if v == 0:
        d = docx_bytes("UCNEA1", ucnea1_pairs(c))
        sp = M(STAFF["craig"], [DWPC[1]], "UCNEA1 - %s" % c.name, "Imtiaz,\n\nUCNEA1 attached.\n\nCraig" + sig(STAFF["craig"]),
               atts=[att("UCNEA1 %s.docx" % c.last, d)])
        return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 to a work coach", records=1)
    if v == 1:
        pdf = pdf_bytes("GNS", [gns_pairs(c)])
        sp = M(STAFF["jen"], [DWPC[2]], "Good News Story - Grimsby", "Stephanie,\n\nThis month's GNS.\n\nJen" + sig(STAFF["jen"]),
               atts=[att("GNS Dec 2026.pdf", pdf)])
        return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(subjects=1, kinds=["good_news_story"]), "one GNS", records=1)
    pdf = pdf_bytes("GNS", [gns_pairs(c, "%s had been out of work with depression and panic attacks. " % c.first)])
    sp = M(STAFF["jen"], [DWPC[2]], "GNS - Hull (consent held)", "Stephanie,\n\nOne more GNS for the newsletter.\n\nJen" + sig(STAFF["jen"]),
           atts=[att("GNS Hull.pdf", pdf)])
    return sp, L("relay", "dwp_ucnea1_gns", "¶34-35", T(special=["mental_health"], subjects=1, kinds=["good_news_story"]),
                 "one GNS with mental health inside the record", records=1)


@sc(3)
def r_c15(v):
    c = claimant()
    if v == 0:
        pdf = pdf_bytes("Exit", [exit_pairs(c, "Left programme - long-term hospital admission (stroke)")])
        sp = M(BOX["dx"], [DWPC[5]], "WHP Exit Report %s" % c.ref, "Please find the Exit Report attached.\n\nWHP Data Exchange", style="plain",
               atts=[att("Exit Report %s.pdf" % c.ref, pdf)])
        return sp, L("relay", "dwp_c15_process", "C15 ¶46-49", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                     "one Exit Report (health inside) between designated inboxes", records=1)
    if v == 1:
        d = docx_bytes("CoC", coc_pairs(c))
        sp = M(BOX["dx"], [DWPC[5]], "Change of Circumstances %s" % c.ref, "CoC attached.\n\nWHP Data Exchange", style="plain",
               atts=[att("CoC %s.docx" % c.ref, d)])
        return sp, L("relay", "dwp_c15_process", "C15 ¶46-49", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                     "one CoC (new address) between designated inboxes", records=1)
    txt = "Compliance doubt\n\n" + kv_text(doubt_pairs(c, "Left the workshop after 20 minutes and did not come back")[1][1]) + "\n\nWHP Data Exchange"
    sp = M(BOX["dx"], [DWPC[5]], "Compliance doubt %s" % c.ref, txt, style="plain")
    return sp, L("relay", "dwp_c15_process", "C15 ¶46-49", T(ninos=1, subjects=1, kinds=["compliance_doubt"]),
                 "one compliance doubt in the body between designated inboxes", records=1)


@sc(2)
def r_forward(v):
    c = claimant()
    ref = ("Referral\n\n" + kv_text([("Name", c.name), ("NINO", c.nino), ("Address", c.addr_line), ("Phone", c.mobile),
                                      ("Release date", "04/12/2026 from HMP Humber"), ("Probation", "On licence to March 2027")]))
    if v == 0:
        txt = ("Ayesha,\n\nForwarding the DWP referral below for your through-the-gate mentoring.\n\nLee" + sig(STAFF["lee"], "short")
               + notes_quote(DWPC[3], STAFF["lee"].name, "03/12/2026 11:20", "Referral - prison leaver", ref))
        sp = M(STAFF["lee"], [BW[0]], "FW: Referral - prison leaver", txt)
        tr = T(ninos=1, special=["criminal"], contact=True, subjects=1)
    else:
        inner = inner_eml(M(DWPC[1], [STAFF["kas"]], "Restart referral", "Referral\n\n" + kv_text([("Name", c.name), ("NINO", c.nino), ("Phone", c.mobile)]), style="plain"), 902)
        sp = M(STAFF["kas"], [NS[2]], "FW: Restart referral", "Hi,\n\nReferral from DWP attached for the forklift course.\n\nKasia" + sig(STAFF["kas"], "short"),
               atts=[att("Restart referral.eml", inner)])
        tr = T(ninos=1, contact=True, subjects=1)
    return sp, L("relay", "forward_subcontractor", "C15 ¶53", tr, "one DWP participant record forwarded to an approved subcontractor", fwd_record=1)


# ================================================================== ENCRYPT
@sc(11)
def e_special(v):
    c = claimant()
    G = "¶32, 003 ¶8-9"
    if v == 0:
        txt = ("Dean,\n\n%s is keen on the picking role. One thing %s asked me to pass on: %s has epilepsy and had a fit at %s "
               "last job, so %s'd rather not be on the reach trucks. Tablets keep it under control.\n\nSunita" % (
                   c.name, c.he, c.he, c.his, c.he) + sig(STAFF["sunita"]))
        sp, sp_ = M(STAFF["sunita"], [EMP[0]], "Candidate for picking role", txt), ["health"]
    elif v == 1:
        txt = ("hi hayley, %s won't be in for the rest of the week - %s's been signed off with %s nerves again and the GP has upped "
               "the sertraline. can %s pick the course back up in january?\n\nkasia" % (c.first.lower(), c.he, c.his, c.he) + sig(STAFF["kas"], "android"))
        sp, sp_ = M(STAFF["kas"], [NS[0]], "%s - course" % c.name, txt, style="android"), ["mental_health"]
    elif v == 2:
        txt = ("Hi Olena,\n\n%s can do earlies and middles but not lates on Tuesdays - %s's eight months sober and never misses "
               "%s AA meeting that night. I think that says a lot about %s.\n\nBev" % (c.name, c.he, c.his, c.him) + sig(STAFF["bev"]))
        sp, sp_ = M(STAFF["bev"], [EMP[3]], "Shift pattern - " + c.first, txt), ["substance"]
    elif v == 3:
        txt = ("Steve,\n\n%s came out of HMP Hull in October and is on licence until June. %s's on a tag with a 7pm curfew, "
               "so the early shift is perfect. %s's been upfront about it all.\n\nLee" % (c.name, c.he.capitalize(), c.he.capitalize()) + sig(STAFF["lee"]))
        sp, sp_ = M(STAFF["lee"], [EMP[2]], "Labourer vacancy - candidate", txt), ["criminal"]
    elif v == 4:
        c = claimant(sex="f", hand=False)
        c.first, c.last, c.name = "Denisa", "Horv\u00e1thov\u00e1", "Denisa Horv\u00e1thov\u00e1"
        txt = ("Jas,\n\nI'd like to put %s forward for the stockroom job. %s is from the Roma community and has had a hard time "
               "at interviews before, so a relaxed chat would really help.\n\nSunita" % (c.name, c.he.capitalize()) + sig(STAFF["sunita"]))
        sp, sp_ = M(STAFF["sunita"], [EMP[5]], "Stockroom - candidate", txt, style="owa"), ["ethnicity"]
    elif v == 5:
        c = claimant(sex="m", hand=False)
        txt = ("Steve,\n\nBefore %s starts - he's gay and had a rough time with banter on his last site. Can you have a quiet "
               "word with the gang he'll be working with?\n\nGareth" % c.name + sig(STAFF["gareth"]))
        sp, sp_ = M(STAFF["gareth"], [EMP[2]], "New starter Monday", txt), ["sexual_orientation"]
    elif v == 6:
        c = claimant(sex="m", hand=False)
        c.first, c.last = "Harjit", "Dhillon"
        c.name = "Harjit Dhillon"
        txt = ("Steve,\n\n%s is a practising Sikh and wears a turban, so he can't wear the standard hard hat. Is the bump-cap "
               "exemption OK on your site?\n\nGareth" % c.name + sig(STAFF["gareth"]))
        sp, sp_ = M(STAFF["gareth"], [EMP[2]], "PPE question - new starter", txt), ["religion"]
    elif v == 7:
        txt = ("Hi Dean,\n\n%s was the GMB shop steward at the packing plant for six years, and %s's worried that'll count "
               "against %s. I told %s it shouldn't.\n\nSunita" % (c.name, c.he, c.him, c.him) + sig(STAFF["sunita"]))
        sp, sp_ = M(STAFF["sunita"], [EMP[0]], "Re: interview feedback", txt), ["trade_union"]
    elif v == 8:
        txt = ("Dave,\n\n%s (ex-Royal Engineers) has PTSD from his tours in Afghanistan - sudden loud bangs are a trigger. "
               "Could your mentor meet him somewhere quiet?\n\nGareth" % c.name + sig(STAFF["gareth"]))
        sp, sp_ = M(STAFF["gareth"], [OTH["forces"]], "Mentor match", txt), ["mental_health"]
    elif v == 9:
        ps = [claimant() for _ in range(3)]
        rows = [[p.last.upper(), p.first, day(3 + i), ""] for i, p in enumerate(ps)]
        rows[1][3] = "type 1 diabetic - needs short breaks to check blood sugar"
        x = xlsx_bytes([("Candidates", ["Surname", "Forename", "Interview", "Notes"], rows)])
        txt = "Mandy,\n\nThe three candidates for the care assistant interviews - notes column filled in where needed.\n\nSunita" + sig(STAFF["sunita"])
        sp = M(STAFF["sunita"], [EMP[1]], "Care assistant interviews", txt, atts=[att("Greenfield interviews.xlsx", x)])
        return sp, L("encrypt", "encrypt_special_category", G, T(special=["health"], subjects=3, kinds=["name_list"]),
                     "three-row list, one row with a health note: not a simple-details list", list_rows=3, extra=True)
    else:
        q = notes_quote(EMP[0], STAFF["bev"].name, "04/12/2026 08:12", "Candidate", "Is %s OK for the lifting? Dean" % c.first)
        txt = ("Dean,\n\nNot over 10kg for now - %s had surgery on %s spine in the summer and the physio says another three "
               "months.\n\nBev" % (c.first, c.his) + sig(STAFF["bev"], "short") + q)
        sp, sp_ = M(STAFF["bev"], [EMP[0]], "RE: Candidate", txt), ["health"]
    return sp, L("encrypt", "encrypt_special_category", G, T(special=sp_, subjects=1), "%s said about a named participant in everyday words" % sp_[0], extra=True)


@sc(6)
def e_nino(v):
    c = claimant()
    G = "¶33"
    if v == 0:
        txt = "Hayley,\n\nCan you move %s to the January forklift course? Ref above is %s NI no.\n\nKasia" % (c.first, c.his) + sig(STAFF["kas"], "short")
        sp = M(STAFF["kas"], [NS[0]], "re: %s - %s course move" % (sp_nino(c.nino).lower(), c.first), txt)
    elif v == 1:
        n = sp_nino(c.nino)
        txt = "Hi,\n\n%s's details for your system: NI number %s\n%s. Thanks.\n\nKasia" % (c.name, n[:8], n[9:]) + sig(STAFF["kas"], "short")
        sp = M(STAFF["kas"], [BW[2]], "Confidence course sign-up", txt, style="plain")
    elif v == 2:
        txt = "Dean,\n\nCV attached for the picking role.\n\nSunita" + sig(STAFF["sunita"])
        sp = M(STAFF["sunita"], [EMP[0]], "CV - picking role", txt, atts=[att("CV_%s.pdf" % c.nino.lower(), cv_pdf(c))])
        return sp, L("encrypt", "encrypt_nino", G, T(ninos=1, contact=True, subjects=1, kinds=["cv"]), "NINO in the CV's file name", cv_count=1, extra=True)
    elif v == 3:
        txt = "Karen,\n\nCould you check the claim for %s %s, NI no. %s? The start date isn't showing.\n\nBev" % (c.title, c.name, sp_nino(c.nino, "-")) + sig(STAFF["bev"])
        sp = M(STAFF["bev"], [DWPC[0]], "Claim query", txt)
    elif v == 4:
        txt = ("Caseworks notification\n\nA new referral has been assigned to Northstar Training.\n\nParticipant: %s\nCourse: CSCS "
               "Health & Safety\nStart: %s\n\nThis is an automated message - do not reply." % (c.name, day(4)))
        sp = M(BOX["cw"], [NS[2]], "New course referral", txt, style="cms", headers={"_tpl": "REFERRAL-ASSIGNED", "X-Caseworks-Subject-Key": c.nino})
    else:
        ics = ics_bytes("Induction - %s" % c.name, "20261216T080000Z", "20261216T090000Z",
                        "Please bring P45. NI %s for payroll set-up." % c.nino, "Acme Humber DC gatehouse", "IND-%s@hwep" % c.ref)
        sp = M(STAFF["sunita"], [EMP[0]], "Induction booking", "Dean,\n\nInduction booked - invite attached.\n\nSunita" + sig(STAFF["sunita"]),
               atts=[att("induction.ics", ics)])
    return sp, L("encrypt", "encrypt_nino", G, T(ninos=1, subjects=1), "name + NINO (%s)" % ["lower case spaced in subject", "split over two lines",
                                                                                              "", "hyphenated, to a work coach", "in an X- header of a system notice", "in an ICS description"][v], extra=True)


@sc(5)
def e_dob_bank(v):
    c = claimant()
    G = "¶32"
    if v == 0:
        txt = ("Hayley,\n\n%s was born on %s, so %s's just inside the age limit for the funded apprenticeship route.\n\nKasia" %
               (c.name, dob_words(c.dob), c.he) + sig(STAFF["kas"]))
        sp, tr = M(STAFF["kas"], [NS[0]], "Apprenticeship eligibility", txt), T(dob=True, subjects=1)
    elif v == 1:
        txt = "Rob - %s, d.o.b. %s, is the one I mentioned for the confidence course. Can you see %s Thursday?\n\nBev" % (c.name, c.dob.strftime("%d.%m.%y"), c.him) + sig(STAFF["bev"], "android")
        sp, tr = M(STAFF["bev"], [BW[1]], "confidence course", txt, style="android"), T(dob=True, subjects=1)
    elif v == 2:
        sc_ = "%02d %02d %02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))
        txt = ("Hi Marcus,\n\nPlease refund %s's course deposit (£25) straight to %s bank:\n\nsort code   %s\naccount     %08d\n\n"
               "Thanks\nAbi" % (c.name, c.his, sc_, R.randint(10000000, 99999999)) + sig(STAFF["abi"], "short"))
        sp, tr = M(STAFF["abi"], [NS[1]], "Deposit refund", txt), T(bank=True, subjects=1)
    elif v == 3:
        x = xlsx_bytes([("Grant payments", ["Name", "Business", "Amount", "Pay to IBAN"], [[c.name, "%s Mobile Valeting" % c.last, "£500.00", iban()]])])
        sp = M(STAFF["craig"], [OTH["hub"]], "Start-up grant payment", "Liz,\n\nGrant payment details attached.\n\nCraig" + sig(STAFF["craig"]),
               atts=[att("grant payment.xlsx", x)])
        tr = T(bank=True, subjects=1)
    else:
        txt = ("Hi,\n\n%s paid the first-aid course fee by card by mistake - it should have been funded. Card used: %s, "
               "expiry 08/28. Please refund.\n\nKasia" % (c.name, card()) + sig(STAFF["kas"], "short"))
        sp, tr = M(STAFF["kas"], [NS[2]], "Refund please", txt), T(bank=True, subjects=1)
    return sp, L("encrypt", "encrypt_dob_bank", G, tr, ["DOB in words", "DOB dd.mm.yy", "sort code + account, spaced", "IBAN in XLSX", "card number"][v], extra=True)


@sc(5)
def e_benefit_children(v):
    c = claimant(sex="f", hand=False)
    G = "¶30, ¶32"
    if v == 0:
        txt = ("Rob,\n\n%s's Universal Credit has been sanctioned for missing the Jobcentre appointment - she's losing £91.20 a "
               "fortnight until February. Can Bridgeway's hardship fund help?\n\nBev" % c.name + sig(STAFF["bev"]))
        sp, tr = M(STAFF["bev"], [BW[1]], "Hardship fund", txt), T(benefit=True, subjects=1)
    elif v == 1:
        txt = ("Liz,\n\nFor the business plan cash-flow: %s gets PIP standard daily living, £73.90 a week, which carries on when "
               "%s starts trading.\n\nCraig" % (c.name, c.he) + sig(STAFF["craig"]))
        sp, tr = M(STAFF["craig"], [OTH["hub"]], "Cash flow - " + c.first, txt), T(benefit=True, subjects=1)
    elif v == 2:
        txt = ("Hello,\n\nRe the flat for %s: %s Housing Benefit is £98.50 a week and can be paid direct to you. %s starts work "
               "on %s.\n\nBev" % (c.name, c.his, c.he.capitalize(), day(5)) + sig(STAFF["bev"]))
        sp, tr = M(STAFF["bev"], [OTH["housing"]], "Tenancy application support", txt), T(benefit=True, subjects=1)
    elif v == 3:
        txt = ("Jas,\n\n%s can only do school hours - she's on her own with her two lads, Kai who's six and Brodie who's nine. "
               "9.15 to 2.45 would be ideal.\n\nSunita" % c.name + sig(STAFF["sunita"]))
        sp, tr = M(STAFF["sunita"], [EMP[5]], "Hours for " + c.first, txt), T(children=True, subjects=1)
    else:
        txt = ("Hi Sam,\n\nWe'll fund the first month's childcare so %s can start work: her daughter Amira, who turns two in January, "
               "three days a week from %s. Invoice us please.\n\nBev" % (c.name, day(6)) + sig(STAFF["bev"]))
        sp, tr = M(STAFF["bev"], [OTH["nursery"]], "Childcare funding", txt), T(children=True, subjects=1)
    return sp, L("encrypt", "encrypt_benefit_children", G, tr, ["UC sanction amount", "PIP amount", "Housing Benefit amount",
                                                                "children's names and ages in words", "child's name and age"][v], extra=True)


@sc(5)
def e_beyond_name(v):
    c = claimant()
    G = "¶18"
    tr = T(contact=True, subjects=1)
    if v == 0:
        txt = "Dean,\n\n%s for the Tuesday interview - if you need to reach %s, %s mobile is %s.\n\nSunita" % (c.name, c.him, c.his, c.mobile) + sig(STAFF["sunita"])
        sp = M(STAFF["sunita"], [EMP[0]], "Tuesday interview", txt)
    elif v == 1:
        txt = "Steve,\n\nAs discussed. Lives 10 minutes from the site.\n\nGareth" + sig(STAFF["gareth"])
        sp = M(STAFF["gareth"], [EMP[2]], "Candidate - %s, %s" % (c.name, c.postcode), txt)
    elif v == 2:
        txt = ("Hi Olena,\n\n%s would be perfect for the Marfleet site - %s lives at number %d on %s, so it's walking "
               "distance.\n\nBev" % (c.name, c.he, c.house, c.street) + sig(STAFF["bev"]))
        sp = M(STAFF["bev"], [EMP[3]], "Housekeeping - candidate", txt)
    elif v == 3:
        txt = "Hayley,\n\nPlease send the joining instructions for %s direct to %s: %s\n\nKasia" % (c.name, c.him, c.email) + sig(STAFF["kas"], "short")
        sp = M(STAFF["kas"], [NS[0]], "Joining instructions", txt)
    else:
        q = owa_quote(c, STAFF["sunita"].name, "Thursday 3 December 2026 21:14", "job at brightside",
                      "Hi Sunita, yes I'd love to go for the Lincoln store job, is Thursday ok? %s" % c.first)
        txt = "Jas,\n\nGood news, see below - %s is keen.\n\nSunita" % c.name + sig(STAFF["sunita"], "short") + q
        sp = M(STAFF["sunita"], [EMP[5]], "FW: job at brightside", txt, style="owa")
    return sp, L("encrypt", "encrypt_beyond_name", G, tr, "one name plus %s" % ["mobile", "postcode in subject", "home address in prose",
                                                                                "personal e-mail", "personal e-mail in a forwarded block"][v], extra=True)


@sc(7)
def e_over(v):
    G = "¶19-31"
    if v == 0:
        cs = [claimant() for _ in range(11)]
        pdf = pdf_bytes("CVs", [cv_blocks(c) for c in cs])
        sp = M(STAFF["sunita"], [EMP[0]], "Jan intake CVs (11)", "Dean,\n\nAll eleven CVs in one PDF.\n\nSunita" + sig(STAFF["sunita"]),
               atts=[att("Acme Jan intake CVs.pdf", pdf)])
        return sp, L("encrypt", "encrypt_over_limit", "¶21", T(contact=True, subjects=11, kinds=["cv"]), "11 CVs", cv_count=11)
    if v == 1:
        cs = [claimant() for _ in range(11)]
        z = zip_bytes([("Application %02d %s.docx" % (i + 1, c.last), docx_bytes("Application", form_pairs(c, "Care Assistant", "Greenfield Care"))) for i, c in enumerate(cs)])
        sp = M(STAFF["sunita"], [EMP[1]], "Applications (11)", "Mandy,\n\nEleven application forms zipped.\n\nSunita" + sig(STAFF["sunita"]),
               atts=[att("Greenfield applications.zip", z)])
        return sp, L("encrypt", "encrypt_over_limit", "¶22", T(contact=True, subjects=11, kinds=["application_form"]), "11 application forms", form_people=11)
    if v == 2:
        cs = [(claimant(), claimant()) for _ in range(6)]
        pdf = pdf_bytes("Couples", [couple_pairs(a, b, "Live-in relief couple", "Harbourview Hotels") for a, b in cs])
        sp = M(STAFF["sunita"], [EMP[3]], "Live-in couples x6", "Olena,\n\nSix couple applications.\n\nSunita" + sig(STAFF["sunita"]),
               atts=[att("couple applications.pdf", pdf)])
        return sp, L("encrypt", "encrypt_over_limit", "¶24", T(contact=True, subjects=12, kinds=["application_form_couple"]), "6 couple forms = 12 people", form_people=12)
    if v == 3:
        cs = [claimant() for _ in range(11)]
        d = docx_bytes("Letters", sum([letter_blocks(c, "interview", "Northstar Training") + [("pb",)] for c in cs], []))
        sp = M(STAFF["bev"], [NS[1]], "Interview letters for printing", "Marcus,\n\nThe merged interview letters (11).\n\nBev" + sig(STAFF["bev"]),
               atts=[att("Interview letters merged.docx", d)])
        return sp, L("encrypt", "encrypt_over_limit", "¶24", T(contact=True, subjects=11, kinds=["letter_interview"]), "11 interview letters", letters=11)
    if v == 4:
        _, rows = roster(501, ["surname", "init", "ref"])
        sp = M(STAFF["abi"], [BW[1]], "Full caseload list", "Rob,\n\nFull list attached.\n\nAbi" + sig(STAFF["abi"]),
               atts=[att("caseload.csv", csv_bytes(["Surname", "Init", "Ref"], rows))])
        return sp, L("encrypt", "encrypt_over_limit", "¶31", T(subjects=501, kinds=["name_list"]), "501 names", list_rows=501)
    if v == 5:
        _, rows = roster(501, ["surname", "forename", "date"])
        x = xlsx_bytes([("Appointments", ["Surname", "Forename", "Next appt"], rows)])
        sp = M(STAFF["abi"], [DWPC[2]], "All Humber next appointments", "Stephanie,\n\nAs requested.\n\nAbi" + sig(STAFF["abi"]),
               atts=[att("next appts.xlsx", x)])
        return sp, L("encrypt", "encrypt_over_limit", "¶36", T(subjects=501, kinds=["name_list"]), "501 names to DWP", list_rows=501)
    a, b = claimant(), claimant()
    recs = "\n\n".join(kv_text([("Name", p.name), ("NINO", p.nino), ("Released from", "HMP Humber on 0%d/12/2026" % (i + 3))]) for i, p in enumerate((a, b)))
    txt = ("Ayesha,\n\nTwo more from Paul below.\n\nLee" + sig(STAFF["lee"], "short") +
           notes_quote(DWPC[3], STAFF["lee"].name, "04/12/2026 15:02", "Two referrals", recs))
    sp = M(STAFF["lee"], [BW[0]], "FW: Two referrals", txt)
    return sp, L("encrypt", "encrypt_over_limit", "C15 ¶53", T(ninos=2, special=["criminal"], subjects=2), "forwarded DWP e-mail with two participant records", fwd_record=2)


@sc(3)
def e_forbidden(v):
    G = "¶30"
    if v == 0:
        _, rows = roster(25, ["surname", "init", "postcode"])
        txt = "Dean,\n\nTransport planning - who lives where:\n\n" + "\n".join("%s %s  %s" % tuple(r) for r in rows) + "\n\nSunita" + sig(STAFF["sunita"])
        sp, tr = M(STAFF["sunita"], [EMP[0]], "Shuttle bus planning", txt), T(contact=True, subjects=25, kinds=["name_list"])
        n = "postcode"
    elif v == 1:
        _, rows = roster(18, ["forename", "surname", "mobile"])
        x = xlsx_bytes([("Call list", ["Forename", "Surname", "Mobile"], rows)])
        sp = M(STAFF["kas"], [NS[0]], "Reminder call list", "Hayley,\n\nCall list for the reminder texts.\n\nKasia" + sig(STAFF["kas"], "short"),
               atts=[att("call list.xlsx", x)])
        tr, n = T(contact=True, subjects=18, kinds=["name_list"]), "mobile"
    else:
        _, rows = roster(12, ["surname", "init", "uc"])
        sp = M(STAFF["craig"], [OTH["hub"]], "Workshop attendees", "Liz,\n\nAttendees with their UC award for the cash-flow exercise.\n\nCraig" + sig(STAFF["craig"]),
               atts=[att("attendees.csv", csv_bytes(["Surname", "Initial", "UC monthly award"], rows))])
        tr, n = T(benefit=True, subjects=12, kinds=["name_list"]), "UC award"
    return sp, L("encrypt", "encrypt_list_forbidden_column", G, tr, "list with a %s column" % n, list_rows=len(rows))


@sc(2)
def e_letter_kind(v):
    c = claimant()
    if v == 0:
        d = docx_bytes("Reference", letter_blocks(c, "reference"))
        sp = M(STAFF["bev"], [EMP[1]], "Reference", "Mandy,\n\nReference attached.\n\nBev" + sig(STAFF["bev"]), atts=[att("Reference %s.docx" % c.last, d)])
    else:
        pdf = pdf_bytes("DNA", [letter_blocks(c, "dna")])
        sp = M(STAFF["kas"], [BW[1]], "Copy letter for your file", "Rob,\n\nCopy of the missed-appointment letter.\n\nKasia" + sig(STAFF["kas"]),
               atts=[att("DNA letter %s.pdf" % c.ref, pdf)])
    return sp, L("encrypt", "encrypt_letter_kind", "¶25", T(contact=True, subjects=1, kinds=["letter_other"]),
                 "%s letter: not interview/offer/appointment" % ["reference", "missed-appointment"][v], letters=1)


@sc(3)
def e_dwp_process(v):
    c = claimant()
    G = "C15 ¶49"
    if v == 0:
        pdf = pdf_bytes("Exit", [exit_pairs(c)])
        sp = M(STAFF["abi"], [DWPC[5]], "Exit Report %s" % c.ref, "Exit Report attached.\n\nAbi" + sig(STAFF["abi"]), atts=[att("Exit %s.pdf" % c.ref, pdf)])
        return sp, L("encrypt", "encrypt_dwp_process", G, T(ninos=1, subjects=1, kinds=["exit_report"]), "Exit Report from a staff address, not the designated inbox", records=1)
    if v == 1:
        d = docx_bytes("CoC", coc_pairs(c) + [("pb",)] + coc_pairs(claimant()))
        sp = M(BOX["dx"], [DWPC[5]], "Changes of circumstances", "Two CoCs attached.\n\nWHP Data Exchange", style="plain", atts=[att("CoCs.docx", d)])
        return sp, L("encrypt", "encrypt_dwp_process", G, T(ninos=2, contact=True, subjects=2, kinds=["change_of_circumstances"]), "two CoC records in one e-mail", records=2)
    c2 = claimant()
    pdf = pdf_bytes("GNS", [gns_pairs(c), gns_pairs(c2)])
    sp = M(STAFF["jen"], [DWPC[2]], "Two good news stories", "Stephanie,\n\nTwo for the price of one!\n\nJen" + sig(STAFF["jen"]), atts=[att("GNS x2.pdf", pdf)])
    return sp, L("encrypt", "encrypt_dwp_process", "¶35", T(subjects=2, kinds=["good_news_story"]), "two GNS in one e-mail", records=2)


@sc(4)
def e_claimant(v):
    G = "¶17, ¶24-28, ¶33"
    if v == 0:
        c = claimant()
        txt = "Hi %s,\n\nThe NI number we have for you is %s - can you check it against your payslip?\n\nBev" % (c.first, sp_nino(c.nino)) + sig(STAFF["bev"])
        sp, tr = M(STAFF["bev"], [c], "Quick check", txt), T(ninos=1, subjects=1)
        n = "participant's own NINO"
    elif v == 1:
        c = claimant(consent=True)
        sp = M(STAFF["kas"], [c], "Your CV", "Hi %s,\n\nYour CV attached.\n\nKasia" % c.first + sig(STAFF["kas"]), atts=[att(cvname(c, "docx"), cv_docx(c, dob=True))])
        tr, n = T(dob=True, contact=True, subjects=1, kinds=["cv"]), "consented CV that holds a DOB"
    elif v == 2:
        c = claimant(consent=True)
        sp = M(STAFF["gareth"], [c], "Your CVs", "Hi %s,\n\nBoth versions - the civvy one and the security one.\n\nGareth" % c.first + sig(STAFF["gareth"]),
               atts=[att("CV %s general.docx" % c.last, cv_docx(c, veteran=True)), att("CV %s security.docx" % c.last, cv_docx(c, veteran=True))])
        tr, n = T(contact=True, subjects=1, kinds=["cv"]), "two CVs to a consented participant"
    else:
        c = claimant()
        pdf = pdf_bytes("DNA", [letter_blocks(c, "dna")])
        sp = M(STAFF["kas"], [c], "Missed appointment", "Dear %s,\n\nPlease see the attached letter.\n\nKasia" % c.first + sig(STAFF["kas"]), atts=[att("Letter.pdf", pdf)])
        tr, n = T(contact=True, subjects=1, kinds=["letter_other"]), "missed-appointment letter to its addressee"
    return sp, L("encrypt", "encrypt_claimant_recipient", G, tr, n)


@sc(2)
def e_tag(v):
    if v == 0:
        sp = M(STAFF["tom"], [BW[1]], "[ENCRYPT] contract variation draft", "Rob,\n\nDraft variation attached for comment.\n\nTom" + sig(STAFF["tom"]),
               atts=[att("Variation draft.docx", docx_bytes("Variation", [("h", "Contract variation 3"), ("p", "Clause 12.4 replaced.")]))])
        return sp, L("encrypt", "encrypt_sender_tag", "RULES.md sender-requested encryption", T0, "[ENCRYPT] on mail with no claimant data")
    _, rows = roster(20, ["surname", "init", "date"])
    txt = "Hayley,\n\nAs below, sending it encrypted anyway.\n\n" + "\n".join("%s %s %s" % tuple(r) for r in rows) + "\n\nKasia" + sig(STAFF["kas"], "short")
    sp = M(STAFF["kas"], [NS[0]], "RE: [ENCRYPT] January attendees", txt)
    return sp, L("encrypt", "encrypt_sender_tag", "RULES.md sender-requested encryption", T(subjects=20, kinds=["name_list"]), "RE: [ENCRYPT] on a list that would relay", list_rows=20)


@sc(3)
def e_password(v):
    c = claimant()
    if v == 0:
        z = aes_zip_bytes([(cvname(c, "docx"), cv_docx(c))], "Hull2026!")
        sp = M(STAFF["sunita"], [EMP[0]], "CV (password to follow)", "Dean,\n\nZipped with a password, I'll text it.\n\nSunita" + sig(STAFF["sunita"]), atts=[att("CV.zip", z)])
    elif v == 1:
        pdf = pdf_bytes("Case notes", [[("h", "Case summary"), ("p", "Summary for %s." % c.name)]], password="Wolds77")
        sp = M(STAFF["lee"], [OTH["probation"]], "Case summary", "Claire,\n\nProtected PDF attached; password by phone.\n\nLee" + sig(STAFF["lee"]), atts=[att("Case summary.pdf", pdf)])
    else:
        z = zipcrypto_bytes([("referrals.csv", csv_bytes(["Name", "NINO"], [[c.name, c.nino]]))], "grimsby1")
        sp = M(STAFF["kas"], [BW[2]], "Referrals", "Hi,\n\nThe zip is password protected, password as usual.\n\nKasia" + sig(STAFF["kas"], "short"), atts=[att("referrals.zip", z)])
    return sp, L("encrypt", "encrypt_password_protected", "RULES.md: password-protected attachments", T0,
                 ["WinZip AES zip", "AES-256 PDF", "ZipCrypto zip"][v], pw=True)


@sc(3)
def e_scan(v):
    if v == 0:
        sp = M(STAFF["kas"], [NS[0]], "Scanned sign-up form", "Hayley,\n\nScan of the signed form.\n\nKasia" + sig(STAFF["kas"], "short"), atts=[att("Scan_20261209_1114.pdf", scan_pdf(7100, 2))])
    elif v == 1:
        sp = M(STAFF["lee"], [BW[0]], "photo of licence conditions", "Ayesha - photo attached\n\nLee" + sig(STAFF["lee"], "android"), style="android",
               atts=[att("IMG_20261208_0932.jpg", img_bytes(7200))])
    else:
        sp = M(STAFF["abi"], [DWPC[4]], "Fax copy of evidence", "Hello,\n\nThe evidence as received by fax.\n\nAbi" + sig(STAFF["abi"]), atts=[att("fax_0412.tif", img_bytes(7300, "TIFF"))])
    return sp, L("encrypt", "encrypt_no_text_scan", "RULES.md: images and scans with no text layer", T0, ["image-only PDF (2 pages)", "phone JPEG", "Group 4 TIFF"][v], scan=True)


# ================================================================== already encrypted
def der(tag, body):
    n = len(body)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + body


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


def cms_enveloped():
    rnd = lambda n: bytes(R.getrandbits(8) for _ in range(n))
    name = der(0x30, der(0x31, der(0x30, oid("2.5.4.3") + der(0x0C, b"Bridgeway Support Secure Mail CA"))))
    ias = der(0x30, name + der(0x02, b"\x01" + rnd(8)))
    ktri = der(0x30, der(0x02, b"\x00") + ias + der(0x30, oid("1.2.840.113549.1.1.1") + b"\x05\x00") + der(0x04, rnd(256)))
    eci = der(0x30, oid("1.2.840.113549.1.7.1") + der(0x30, oid("2.16.840.1.101.3.4.1.42") + der(0x04, rnd(16))) + der(0x80, rnd(4096)))
    env = der(0x30, der(0x02, b"\x00") + der(0x31, ktri) + eci)
    return der(0x30, oid("1.2.840.113549.1.7.3") + der(0xA0, env))


def armor(n):
    import base64
    b = base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n=" + b[:4] + "\n-----END PGP MESSAGE-----\n"


@sc(3)
def r_encrypted(v):
    if v == 0:
        blob = cms_enveloped()

        def raw(msg):
            msg.set_content(blob, maintype="application", subtype="pkcs7-mime", filename="smime.p7m",
                            params={"smime-type": "enveloped-data", "name": "smime.p7m"})
        sp = M(STAFF["lee"], [BW[0]], "Referral pack", "", style="notes", raw=raw)
        n = "S/MIME enveloped-data (CMS, RSA + AES-256-CBC structure)"
    elif v == 1:
        arm = armor(2400)

        def raw(msg):
            msg.make_mixed()
            msg.set_type("multipart/encrypted")
            msg.set_param("protocol", "application/pgp-encrypted")
            p1 = EmailMessage()
            p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
            del p1["Content-Disposition"]
            p2 = EmailMessage()
            p2.set_content(arm.encode(), maintype="application", subtype="octet-stream", cte="7bit", filename="encrypted.asc")
            msg.attach(p1)
            msg.attach(p2)
        sp = M(STAFF["abi"], [NS[1]], "Quarterly reconciliation", "", style="plain", raw=raw)
        n = "PGP/MIME"
    else:
        sp = M(STAFF["nadia"], [OTH["oh"]], "Referral", armor(1800), style="plain")
        n = "inline PGP"
    return sp, L("relay", "already_encrypted", "RULES.md: already-encrypted messages", T0, n, encrypted=True)


# ================================================================== REJECT
@sc(4)
def x_cv_no_consent(v):
    G = "¶17"
    if v == 0:
        c = claimant()
        sp = M(STAFF["bev"], [c], "Your CV", "Hi %s,\n\nYour CV as promised.\n\nBev" % c.first + sig(STAFF["bev"]), atts=[att(cvname(c, "docx"), cv_docx(c))])
        n = "CV to a participant address not in the consent register"
    elif v == 1:
        c = claimant(consent=True)
        other = c.email.split("@")[0] + ".work@" + ("outlook.com" if not c.email.endswith("outlook.com") else "gmail.com")
        sp = M(STAFF["kas"], [("%s %s" % (c.first, c.last), other)], "CV", "Hi %s,\n\nSending your CV to your other address like you asked.\n\nKasia" % c.first + sig(STAFF["kas"]),
               atts=[att(cvname(c, "pdf"), cv_pdf(c))])
        return sp, L("reject", "reject_cv_no_consent", G, T(contact=True, subjects=1, kinds=["cv"]),
                     "consented participant's second, unregistered address", cv_count=1, claimant_rcpt=True)
    elif v == 2:
        c = claimant()
        sp = M(STAFF["gareth"], [c], "[ENCRYPT] your CV", "Hi %s,\n\nYour CV, sent securely.\n\nGareth" % c.first + sig(STAFF["gareth"]), atts=[att(cvname(c, "pdf"), cv_pdf(c, veteran=True))])
        n = "[ENCRYPT] does not cure an unsolicited CV"
    else:
        c = claimant()
        z = zip_bytes([("%s CV.docx" % c.name, cv_docx(c)), ("Cover letter.docx", docx_bytes("Cover", [("p", "Dear Hiring Manager, ...")]))])
        sp = M(STAFF["sunita"], [c], "your job pack", "Hi %s,\n\nYour CV and cover letter, zipped.\n\nSunita" % c.first + sig(STAFF["sunita"]), atts=[att("job pack.zip", z)])
        n = "CV inside a zip to an unregistered address"
    return sp, L("reject", "reject_cv_no_consent", G, T(contact=True, subjects=1, kinds=["cv"]), n, cv_count=1)


@sc(7)
def x_uninspectable(v):
    rr = random.Random(900 + v)
    junk = bytes(rr.randint(0, 255) for _ in range(5000))
    s = [STAFF["abi"], STAFF["pat"], STAFF["tom"], STAFF["kas"], STAFF["jen"], STAFF["craig"], STAFF["abi"]][v]
    to = [BW[1], NS[1], EMP[0], NS[0], OTH["venue"], OTH["hub"], BW[1]][v]
    if v == 0:
        full = pdf_bytes("MI", [[("p", "MI text " * 300)]] * 3)
        a, n = att("December MI.pdf", full[:len(full) // 2]), "truncated PDF"
    elif v == 1:
        b = bytearray(docx_bytes("Notes", [("p", "Review notes " * 80)]))
        for i in range(300, 1100):
            b[i] = rr.randint(0, 255)
        a, n = att("review notes.docx", bytes(b)), "DOCX with corrupted deflate data"
    elif v == 2:
        a, n = att("rota.xlsx", junk), "random bytes named .xlsx"
    elif v == 3:
        full = zip_bytes([("a.csv", b"x,y\r\n" * 400), ("b.csv", b"z\r\n" * 300)])
        a, n = att("course files.zip", full[:-40]), "zip with cut-off central directory"
    elif v == 4:
        a, n = att("floorplan.pdf", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n" + junk), "PDF header then garbage"
    elif v == 5:
        inner = zip_bytes([("plan.docx", docx_bytes("Plan", [("p", "Business plan " * 60)]))])
        a, n = att("business plan.zip", zip_bytes([("plan.zip", inner[:len(inner) // 2])])), "zip holding a truncated zip"
    else:
        inner = inner_eml(M(STAFF["abi"], [BW[1]], "export", "attached", style="plain", atts=[att("export.pdf", junk[:2500])]), 903)
        a, n = att("export.eml", inner), "attached message whose PDF is garbage"
    sp = M(s, [to], ["MI", "review notes", "rota", "course files", "floor plan", "plan", "FW: export"][v], "Attached.\n" + sig(s, "short"), atts=[a])
    return sp, L("reject", "reject_uninspectable", "RULES.md: content that cannot be inspected", T0, n, opaque=True)


@sc(14)
def nc_final(v):
    s = STAFF
    if v == 0:
        def raw(msg):
            msg.set_type("multipart/report")
            msg.set_param("report-type", "disposition-notification")
            p1 = EmailMessage()
            p1.set_content("Your message to Rob Garbutt was read on 09/12/2026 10:41.\n", charset="utf-8")
            p2 = EmailMessage()
            p2.set_content(b"Reporting-UA: HUMBER-MX01; HCL Notes\r\nFinal-Recipient: rfc822; rob.garbutt@bridgeway-support.org.uk\r\n"
                           b"Disposition: manual-action/MDN-sent-manually; displayed\r\n", maintype="message", subtype="disposition-notification", cte="7bit")
            del p2["Content-Disposition"]
            msg.attach(p1)
            msg.attach(p2)
        return nc(M(s["tom"], [BW[1]], "Read: Contract review agenda", "", style="plain", raw=raw), "read receipt (MDN) for a generic mail")
    if v == 1:
        txt = ("Hi all,\n\nSession for partner staff: 'Working with people on licence and under MAPPA' - Wednesday 13 January, "
               "1-3pm on Teams. Covers licence conditions, disclosure, and how to talk about convictions with employers. "
               "No personal cases will be discussed.\n\nLee" + sig(s["lee"]))
        ics = ics_bytes("Working with people on licence - partner session", "20270113T130000Z", "20270113T150000Z",
                        "Teams meeting ID 381 552 907 112 passcode 7KqT3w", "Microsoft Teams", "LIC-20270113@hwep")
        return nc(M(s["lee"], [BW[0], BW[1], NS[1]], "Partner session: working with people on licence", txt, atts=[att("session.ics", ics)]),
                  "training on licence/MAPPA, nobody identified")
    if v == 2:
        txt = ("PRESS RELEASE - for immediate use\n\nHumber veterans find work through new programme\n\nMore than 70 armed forces "
               "veterans across Hull and North Lincolnshire have started work this year with support from Humber & Wolds "
               "Employment Partnership's veterans' strand. Many had struggled with the move to civilian life, including "
               "with their mental health.\n\nEnds\n\nMedia contact: Jennifer Coultas, 01632 960370")
        return nc(M(s["jen"], [("Newsdesk", "newsdesk@hull-dailymail.co.uk"), OTH["forces"]], "Press release: veterans into work", txt, style="plain"),
                  "press release with aggregate figures")
    if v == 3:
        pdf = pdf_bytes("Employer FAQ", [[("h", "Employing people with convictions - FAQ"),
                                           ("p", "Q: Do I have to ask about criminal records? A: No. Q: What is a spent conviction? A: One that no longer has "
                                                 "to be disclosed for most jobs. Q: Can someone on licence work nights? A: It depends on their licence conditions.")]])
        return nc(M(s["sunita"], [EMP[2], EMP[0]], "Employer FAQ - convictions", "Steve, Dean,\n\nThe FAQ we talked about.\n\nSunita" + sig(s["sunita"]),
                    atts=[att("Employer FAQ convictions.pdf", pdf)]), "employer FAQ, general")
    if v == 4:
        rows = [("HULL CENTRAL", 214, 51, 11), ("HULL EAST", 188, 40, 9), ("GRIMSBY", 201, 44, 12), ("SCUNTHORPE", 133, 27, 6), ("GOOLE", 58, 12, 2)]
        rep = "JOBCENTRE            STARTS  OUTCOMES  SANCTION-REFERRALS\n" + "\n".join("%-20s %6d %9d %19d" % r for r in rows)
        return nc(M(s["pat"], [DWPC[2]], "Monthly Jobcentre report (fixed width)", "Stephanie,\n\n" + rep + "\n\nPatrick" + sig(s["pat"]), style="plain"),
                  "fixed-width aggregate report incl. sanction-referral counts")
    if v == 5:
        x = xlsx_bytes([("Couple form", ["Field", "Applicant 1", "Applicant 2"], [["Name", "", ""], ["Age", "", ""], ["Experience", "", ""], ["Contact phone", "", ""]])])
        return nc(M(s["sunita"], [EMP[3]], "Blank couple application template", "Olena,\n\nBlank template for the live-in roles.\n\nSunita" + sig(s["sunita"]),
                    atts=[att("Couple application TEMPLATE.xlsx", x)]), "blank couple form")
    if v == 6:
        html = notes_html("Employer News - Winter 2026\n\nDear employers,\n\nThank you for taking on 312 of our participants this year. "
                          "Disability Confident, mental health at work and menopause support workshops are free in January.\n\n"
                          "Sunita Rao\nEmployer Account Manager")
        return nc(M(s["sunita"], [s["sunita"]], "Employer News - Winter 2026", "", html=html, html_only=True, bcc=EMP[:4]), "HTML-only Notes newsletter")
    if v == 7:
        txt = ("Hayley,\n\nDWP's reminder, pasted: 'Providers must not send NI numbers, dates of birth or bank details by "
               "unencrypted email to employers. Use the secure route for anything containing National Insurance numbers.'\n\n"
               "Just a nudge for the course booking forms.\n\nAbi" + sig(s["abi"], "short"))
        return nc(M(s["abi"], [NS[0]], "Reminder - NI numbers by email", txt), "guidance words NI number / date of birth with no values")
    if v == 8:
        txt = ("Hi,\n\nReturning laptop asset HW-LT-0419 (Dell Latitude 5440, serial 7KQ2M93) - courier collection booked for "
               "Thursday, reference 4417 2096 3381.\n\nAbi" + sig(s["abi"], "short"))
        return nc(M(s["abi"], [OTH["it"]], "Asset return HW-LT-0419", txt), "asset return with serials and courier ref")
    if v == 9:
        txt = ("Stephanie,\n\nComplaints Q3: 14 received (9 service, 3 staff conduct, 2 data handling), 13 closed within 10 days, "
               "1 escalated to the Independent Case Examiner.\n\nPatrick" + sig(s["pat"]))
        return nc(M(s["pat"], [DWPC[2]], "Complaints Q3", txt), "complaint counts")
    if v == 10:
        txt = ("Kieran,\n\nCould your team do a 30-minute briefing for our advisers on gambling harm and spotting the signs? "
               "It's come up a lot in team meetings generally.\n\nNadia" + sig(s["nadia"]))
        return nc(M(s["nadia"], [OTH["recovery"]], "Briefing request - gambling harm", txt), "request for a briefing, nobody identified")
    if v == 11:
        txt = ("Dear Ruth,\n\nOur response to the council's consultation on the employment and skills strategy is attached.\n\nTom" + sig(s["tom"]))
        d = docx_bytes("Response", [("h", "Consultation response"), ("p", "Priority groups should include care leavers, prison leavers, "
                                                                         "veterans and people with long-term health conditions.")])
        return nc(M(s["tom"], [OTH["council"]], "Consultation response", txt, atts=[att("HWEP consultation response.docx", d)]), "consultation response")
    if v == 12:
        txt = ("Caseworks scheduled maintenance\n\nCaseworks will be unavailable on Saturday 19 December from 07:00 to 13:00.\n"
               "Reference: CHG0041127\n\nThis is an automated message - do not reply.")
        return nc(M(BOX["cw"], [NS[2], BW[2]], "Caseworks maintenance 19 December", txt, style="cms", headers={"_tpl": "SYS-MAINT"}), "system notice")
    txt = ("Hi Hayley,\n\nInvoice for November courses: 14 learners on forklift, 9 on CSCS - total £6,210 as per the "
           "framework rates. PO HWEP-PO-77790.\n\nAbi" + sig(s["abi"], "short"))
    return nc(M(s["abi"], [NS[0]], "November invoice query", txt), "invoice query with learner counts")


# ================================================================== runner
def claimant_rcpt(sp, lab):
    if "claimant_rcpt" in lab["facts"]:
        return lab["facts"].pop("claimant_rcpt")
    return any(isinstance(x, Person) for x in sp["to"] + sp["cc"] + sp["bcc"])


def build_all():
    CONSENT.clear()
    built = []
    for fn, v in SCEN:
        reseed("%s_%d" % (fn.__name__, v))
        sp, lab = fn(v)
        lab["facts"]["claimant_rcpt"] = claimant_rcpt(sp, lab)
        built.append(("%s_%d" % (fn.__name__, v), sp, lab))
    order = list(range(len(built)))
    random.Random("set-u-order").shuffle(order)
    files, labels = {}, []
    for pos, k in enumerate(order):
        n = pos + 1
        name, sp, lab = built[k]
        hid = "%s-%03d" % (PFX, n)
        reseed("bytes-" + name)
        files["mail/%s.eml" % hid] = build(sp, n)
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": A(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": name})
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode("utf-8")
    files["consent.txt"] = "".join(a + "\n" for a in sorted(set(CONSENT))).encode("utf-8")
    return files


def digest(files):
    h = hashlib.sha256()
    for k in sorted(files):
        h.update(k.encode() + b"\0" + hashlib.sha256(files[k]).digest())
    return h.hexdigest()


def write(files):
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    for k, b in files.items():
        with open(os.path.join(HERE, k), "wb") as f:
            f.write(b)


# ================================================================== self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])[ \-]?([A-Za-z])[ \-\n]?(\d{2})[ \-\n]?(\d{2})[ \-\n]?(\d{2})[ \-\n]?([A-Da-d])(?![A-Za-z0-9])")


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text):
        a, b = m.group(1).upper(), m.group(2).upper()
        if a in "DFIQUV" or b in "DFIOQUV" or (a + b) in BAD_PREFIX:
            continue
        out.add(a + b + m.group(3) + m.group(4) + m.group(5) + m.group(6).upper())
    return out


class Unreadable(Exception):
    pass


class Protected(Exception):
    pass


def strip_html(h):
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr)>", "\n", h)
    h = re.sub(r"(?i)</td>", " | ", h)
    return re.sub(r"<[^>]+>", "", h).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def att_text(fn, blob, flags):
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower()
    try:
        if ext == "pdf":
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Protected(fn)
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                flags.add("scan")
            return t
        if ext == "docx":
            d = docx.Document(io.BytesIO(blob))
            parts = [p.text for p in d.paragraphs] + [p.text for s in d.sections for p in s.header.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
            return "\n".join(parts)
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob), read_only=True)
            return "\n".join(",".join("" if x is None else str(x) for x in row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
        if ext in ("csv", "txt", "ics"):
            return blob.decode("utf-8")
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            if any(i.flag_bits & 1 for i in z.infolist()):
                raise Protected(fn)
            if z.testzip() is not None:
                raise Unreadable(fn)
            return "\n".join(i.filename + "\n" + att_text(i.filename, z.read(i.filename), flags) for i in z.infolist())
        if ext in ("jpg", "tif", "png"):
            Image.open(io.BytesIO(blob)).load()
            flags.add("scan")
            return ""
    except (Protected, Unreadable):
        raise
    except Exception as ex:
        raise Unreadable("%s: %s" % (fn, ex))
    raise Unreadable("%s: unknown type" % fn)


def msg_text(m, flags):
    from email.utils import getaddresses
    texts = [str(m["Subject"] or "")]
    for k, val in m.items():
        kl = k.lower()
        if kl.startswith("x-") or kl in ("comments", "keywords"):
            texts.append(str(val))
        if kl in ("from", "to", "cc"):
            texts += [n for n, _ in getaddresses([str(val)])]
    for part in m.walk():
        ct = part.get_content_type()
        if ct in ("application/pkcs7-mime",) or ct == "multipart/encrypted":
            flags.add("encrypted")
        if part.is_multipart():
            continue
        if ct == "application/pgp-encrypted" or part.get_filename() == "encrypted.asc":
            continue
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            texts.append(part.get_filename() or "")
            texts.append(msg_text(inner, flags))
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
            blob = part.get_payload(decode=True)
            if ct == "application/pkcs7-mime":
                continue
            try:
                texts.append(att_text(fn, blob, flags))
            except Unreadable:
                flags.add("opaque")
            except Protected:
                flags.add("pw")
        elif ct in ("text/plain", "text/html"):
            t = part.get_content()
            if "BEGIN PGP MESSAGE" in t:
                flags.add("encrypted")
            texts.append(strip_html(t) if ct == "text/html" else t)
        elif ct.startswith("message/"):
            texts.append(part.get_payload(decode=True).decode("utf-8", "replace") if not part.is_multipart() else "")
    return "\n".join(texts)


PHONE_ANY = re.compile(r"(?<![\d-])0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}(?![\d-])")
PHONE_OK = re.compile(r"07700 ?900 ?\d{3}|01632 ?960 ?\d{3}|0113 ?496 ?0\d{3}|0161 ?496 ?0\d{3}|020 ?7946 ?0\d{3}")
DOB_RE = re.compile(r"(?i)(date of birth|d\.o\.b\.?|\bdob\b|\bborn\b)[^\n]{0,6}(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|the \w+(-\w+)? of)")
PERMITTED_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}


def rclass(a):
    d = a.split("@")[1]
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply"
    if d == INT:
        return "internal"
    if d in CLAIMANT_DOMAINS:
        return "personal"
    return "third"


def decide(rec, subject, consent):
    """own reading of RULES.md: returns (action, exemption-or-reason)"""
    f, t = rec["facts"], rec["truth"]
    if f.get("encrypted"):
        return "relay", "already_encrypted"
    if f.get("opaque"):
        return "reject", "reject_uninspectable"
    if f.get("scan"):
        return "encrypt", "encrypt_no_text_scan"
    kinds = set(t["doc_kinds"])
    claimant_rc = f.get("claimant_rcpt")
    if "cv" in kinds and claimant_rc and not any(a in consent for a in rec["rcpt_to"]):
        return "reject", "reject_cv_no_consent"
    if f.get("pw"):
        return "encrypt", "encrypt_password_protected"
    if "[ENCRYPT]" in subject:
        return "encrypt", "encrypt_sender_tag"
    nodata = t == T0
    sens = t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"]
    worst, why = "relay", None
    for a in rec["rcpt_to"]:
        c = rclass(a)
        if c == "personal" and claimant_rc:
            c = "claimant"
        if nodata or c == "internal":
            ok = nodata
            ex = "no_claimant_data"
        else:
            ok, ex = False, None
            if c == "claimant":
                if kinds == {"cv"} and f.get("cv_count") == 1 and a in consent and not (
                        t["dob"] or t["ninos"] or t["bank"] or {"health", "mental_health", "ethnicity", "criminal"} & set(t["special"])):
                    ok, ex = True, "cv_to_claimant"
                elif kinds and kinds <= PERMITTED_LETTERS and f.get("letters", 0) <= 10 and not sens:
                    ok, ex = True, "letters_up_to_10"
            else:
                if f.get("name_only") and t["data_subjects"] == 1 and not sens and not t["contact_details"] and not kinds:
                    ok, ex = True, "one_name"
                elif f.get("fwd_record") == 1 and c == "supply":
                    ok, ex = True, "forward_subcontractor"
                elif f.get("nino_only"):
                    ok, ex = True, "nino_only_list"
                elif kinds == {"name_list"} and f.get("list_rows", 0) <= 500 and not (sens and set(sens if isinstance(sens, list) else [1]) - {1}) \
                        and not (t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"] or t["contact_details"]) and not f.get("extra"):
                    ok, ex = True, "dwp_names_list" if c == "dwp" else "names_list_500"
                elif c == "dwp" and kinds and kinds <= {"ucnea1", "good_news_story"} and f.get("records") == 1:
                    ok, ex = True, "dwp_ucnea1_gns"
                elif c == "dwp" and kinds and kinds <= {"exit_report", "change_of_circumstances", "compliance_doubt"} and f.get("records") == 1 \
                        and rec["mail_from"] == PROV_INBOX and a == DWP_INBOX:
                    ok, ex = True, "dwp_c15_process"
                elif c != "dwp" and kinds == {"cv"} and f.get("cv_count", 0) <= 10 and not sens:
                    ok, ex = True, "cvs_up_to_10"
                elif c != "dwp" and kinds and kinds <= {"application_form", "application_form_couple"} and f.get("form_people", 0) <= 10 and not sens:
                    ok, ex = True, "application_forms_up_to_10"
                elif c != "dwp" and kinds and kinds <= PERMITTED_LETTERS and f.get("letters", 0) <= 10 and not sens:
                    ok, ex = True, "letters_up_to_10"
        if not ok:
            worst, why = "encrypt", None
        elif worst == "relay":
            why = why or ex
    return worst, why


def selfcheck(files):
    from email import message_from_bytes
    from email.utils import getaddresses
    labels = [json.loads(l) for l in files["labels.jsonl"].decode().splitlines()]
    consent = set(files["consent.txt"].decode().split())
    problems = []
    for rec in labels:
        hid = rec["id"]
        m = message_from_bytes(files[rec["file"]], policy=policy.default)
        if getaddresses([m["From"]])[0][1] != rec["mail_from"]:
            problems.append((hid, "From mismatch"))
        hdr = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", [])) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]) or m["Bcc"]:
            problems.append((hid, "header recipients"))
        if not re.match(r"\w{3}, (0?[7-9]|1[0-8]) Dec 2026", m["Date"]):
            problems.append((hid, "date %s" % m["Date"]))
        flags = set()
        full = msg_text(m, flags)
        f = rec["facts"]
        for k in ("encrypted", "opaque", "pw", "scan"):
            if bool(f.get(k)) != (k in flags):
                problems.append((hid, "flag %s: fact %s, found %s" % (k, f.get(k), k in flags)))
        unreadable = flags & {"encrypted", "opaque", "pw", "scan"}
        tr = rec["truth"]
        if unreadable and tr != T0:
            problems.append((hid, "truth must be empty for unreadable cases"))
        ninos = find_ninos(full)
        if not unreadable and len(ninos) != tr["ninos"]:
            problems.append((hid, "NINOs found %d, truth %d" % (len(ninos), tr["ninos"])))
        if bool(DOB_RE.search(full)) != tr["dob"] and not unreadable:
            problems.append((hid, "DOB text %s vs truth %s" % (bool(DOB_RE.search(full)), tr["dob"])))
        for ph in PHONE_ANY.findall(full):
            if not PHONE_OK.fullmatch(ph):
                problems.append((hid, "phone outside drama ranges: %s" % ph))
        for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", full):
            if not iban_valid(ib):
                problems.append((hid, "bad IBAN"))
        for cd in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
            if tr["bank"] and not luhn_ok(cd):
                problems.append((hid, "bad Luhn"))
        if rec["rule"] == NC and any(x in full for x in ("@gmail.com", "@outlook.com", "@yahoo.co.uk", "@btinternet.com")):
            problems.append((hid, "personal address in a no-claimant-data message body"))
        if tr != T0 and all(rclass(a) == "internal" for a in rec["rcpt_to"]):
            problems.append((hid, "claimant data sent only internally"))
        act, why = decide(rec, str(m["Subject"] or ""), consent)
        if act != rec["expected_action"]:
            problems.append((hid, "derived %s (%s), labelled %s (%s)" % (act, why, rec["expected_action"], rec["rule"])))
        elif act == "relay" and why != rec["rule"]:
            problems.append((hid, "relay reason %s vs rule %s" % (why, rec["rule"])))
        elif act != "relay" and why and why != rec["rule"]:
            problems.append((hid, "reason %s vs rule %s" % (why, rec["rule"])))
        if rec["rule"] == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant not consented"))
    return labels, problems


def report(labels):
    from collections import Counter
    print("messages:", len(labels))
    print("actions:", dict(Counter(r["expected_action"] for r in labels)))
    for k, n in sorted(Counter(r["rule"] for r in labels).items()):
        print("  %-34s %d" % (k, n))


def main():
    check_only = "--check" in sys.argv
    fresh = build_all()
    if check_only:
        disk = {}
        for k in fresh:
            p = os.path.join(HERE, k)
            if not os.path.exists(p):
                print("missing", k)
                sys.exit(1)
            disk[k] = open(p, "rb").read()
        extra = set("mail/" + x for x in os.listdir(MAIL_DIR)) - set(fresh)
        if extra:
            print("unexpected files:", sorted(extra))
            sys.exit(1)
        labels, problems = selfcheck(disk)
        if digest(disk) != digest(fresh):
            problems.append(("-", "files on disk differ from a fresh build"))
    else:
        write(fresh)
        labels, problems = selfcheck(fresh)
        again = build_all()
        if digest(again) != digest(fresh):
            problems.append(("-", "second build differs"))
    report(labels)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        sys.exit(1)
    print("self-check OK; digest", digest(fresh)[:16])


if __name__ == "__main__":
    main()

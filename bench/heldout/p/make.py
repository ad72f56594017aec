#!/usr/bin/env python3
"""Held-out set P generator.

Outbound mail from the contract-management, finance, performance and quality team of
"Mersey & Irwell Employment Partnership", a Merseyside / Greater Manchester prime
(WHP, Restart), written in Apple Mail (format=flowed, iPhone), Thunderbird (plain text,
forwarded-message blocks, forward-as-attachment) and sent by MFD scanners, the mail
server (DSN bounces, read receipts, out-of-office replies).

Deterministic: every scenario reseeds random and Faker from its own name; fixed Date
headers, Message-IDs and MIME boundaries; normalised zip / OOXML / ODF metadata; seeded
AES-zip salts, PDF-encryption keys and the S/MIME envelope.

    python make.py          # writes mail/, labels.jsonl, consent.txt, self-checks, then
                            # rebuilds in a fresh process and compares digests
    python make.py --check  # self-check the files on disk and compare with a fresh build
"""
import base64
import csv
import datetime
import hashlib
import io
import json
import os
import re
import random
import shutil
import struct
import subprocess
import sys
import unicodedata
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, MIMEPart, Message
from email.utils import formataddr, format_datetime, getaddresses

from faker import Faker
from fpdf import FPDF
from fpdf.enums import TextMode
import docx
import openpyxl
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PREFIX = "hp"

R = random.Random(0)
fake = Faker("en_GB")
fake.seed_instance(0)

FIXED_DT = datetime.datetime(2026, 12, 1, 8, 0, 0)
FIXED_ZIP_DT = (2026, 12, 1, 8, 0, 0)

# ------------------------------------------------------------------ the world
INT = "provider.example.org.uk"
DWP_DOMAINS = ("dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk")
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = (NORTHSTAR, BRIDGEWAY)
CLAIMANT_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com")
PRIME = "Mersey & Irwell Employment Partnership"
PRIME_SHORT = "MIEP"
LIV_OFFICE = "Tithebarn House, 14 Old Hall Street, Liverpool L3 9ZZ"
MAN_OFFICE = "4th Floor, Dale House, 35 Dale Street, Manchester M1 2ZZ"
PRIME_BANK = ("30-94-57", "61849203")      # the provider's own account (invoices, remittances)
DAYS = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18]   # working days, December 2026

# ------------------------------------------------------------------ identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
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


def nsp(n):
    """AB 12 34 56 C"""
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def nhy(n):
    """AB-12-34-56-C"""
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mobile():
    return "07700 900%03d" % R.randint(0, 999)


def landline():
    return R.choice(["0151 496 0%03d", "0161 496 0%03d"]) % R.randint(0, 999)


# postcode districts that do not exist (L51-L59, M61-M89, invented sectors)
def postcode():
    if R.random() < 0.5:
        d = "L%d" % R.randint(51, 59)
        town = R.choice(["Liverpool", "Bootle", "Kirkby", "Huyton", "Litherland"])
    else:
        d = "M%d" % R.randint(61, 89)
        town = R.choice(["Salford", "Manchester", "Eccles", "Swinton", "Stretford"])
    return "%s %d%s%s" % (d, R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ")), town


def iban():
    while True:
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
        if bank not in ("HSBC", "NWBK", "BARC", "LOYD", "MIDL", "NAIA", "ABBY", "BUKB", "SRLG", "MONZ", "REVO", "CITI"):
            break
    bban = bank + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_card():
    digits = [4, 9, 2, 9] + [R.randint(0, 9) for _ in range(11)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    s = "".join(map(str, digits + [(10 - total % 10) % 10]))
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
    return "%02d-%02d-%02d" % (R.randint(10, 89), R.randint(10, 99), R.randint(10, 99))


def account_no():
    return "%08d" % R.randint(10000000, 99999999)


def prap_ref():
    return "PRaP-%07d" % R.randint(1000000, 9999999)


def whp_ref():
    return "WHP/%s/%05d" % (R.choice(["MER", "GM"]), R.randint(10000, 99999))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def dmy(d):
    return d.strftime("%d/%m/%Y")


def dmy_short(d):
    """3/4/91"""
    return "%d/%d/%02d" % (d.day, d.month, d.year % 100)


def d_words(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def translit(s):
    table = {"ł": "l", "Ł": "L", "ś": "s", "Ś": "S", "ń": "n", "ż": "z", "ź": "z", "ę": "e", "ą": "a", "ć": "c",
             "ş": "s", "Ş": "S", "ğ": "g", "ı": "i", "İ": "I", "ř": "r", "ě": "e", "č": "c", "š": "s", "ž": "z",
             "Ž": "Z", "ő": "o", "ű": "u", "ă": "a", "ț": "t", "ș": "s", "–": "-", "—": "-", "’": "'", "‘": "'",
             "“": '"', "”": '"', "…": "...", "•": "*", "£": "£"}
    out = "".join(table.get(c, c) for c in s)
    return out


def latin1(s):
    s = translit(s)
    return s.encode("latin-1", "replace").decode("latin-1")


def ascii_fold(s):
    s = translit(s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# ------------------------------------------------------------------ people
HANDMADE = [
    ("Oluwaseun", "Adebayo", "m"), ("Bartosz", "Nowak", "m"), ("Ciara", "Byrne", "f"), ("Mohammed", "Al-Sayed", "m"),
    ("Grace", "Liu", "f"), ("Nikolai", "Petrov", "m"), ("Jamal", "Hussain", "m"), ("Darren", "Molyneux", "m"),
    ("Jade", "Kinsella", "f"), ("Tendai", "Moyo", "f"), ("Agnieszka", "Zielińska", "f"), ("Kieran", "O'Rourke", "m"),
    ("Shabnam", "Begum", "f"), ("Dylan", "Llewelyn-Jones", "m"), ("Ngozi", "Chukwu", "f"), ("Tyrone", "Clarke", "m"),
    ("Rosalind", "Yeung", "f"), ("Marek", "Dvořák", "m"), ("Samira", "El-Amin", "f"), ("Connor", "McGuinness", "m"),
    ("Ayesha", "Siddiqui", "f"), ("Hamza", "Yusuf", "m"), ("Precious", "Mensah", "f"), ("Declan", "Farrell", "m"),
    ("Wei", "Zhang", "m"), ("Ewa", "Kamińska", "f"), ("Ifeoma", "Okafor", "f"), ("Stacey-Ann", "Brown", "f"),
    ("Habib", "Rahman", "m"), ("Lorcan", "Quinn", "m"), ("Fatou", "Diallo", "f"), ("Bogdan", "Popescu", "m"),
    ("Zainab", "Ali", "f"), ("Reece", "McCarthy", "m"), ("Yasmin", "Chowdhury", "f"), ("Abdirahman", "Warsame", "m"),
    ("Siân", "Pritchard", "f"), ("Tomás", "Ó Briain", "m"), ("Leanne", "Duffy", "f"), ("Kofi", "Owusu", "m"),
    ("Mariam", "Haddad", "f"), ("Jordan", "Tierney", "m"), ("Aleksandra", "Wójcik", "f"), ("Dwayne", "Campbell", "m"),
    ("Nadia", "Karimi", "f"), ("Emre", "Yılmaz", "m"), ("Chantelle", "Roberts", "f"), ("Paddy", "Walsh", "m"),
]


class Person:
    def __init__(self, sex=None, hand=None, domain=None):
        if hand is None:
            hand = R.random() < 0.35
        if hand:
            f, l, s = R.choice([h for h in HANDMADE if sex is None or h[2] == sex])
            self.first, self.last, self.sex = f, l, s
        else:
            self.sex = sex or R.choice("mf")
            self.first = fake.first_name_male() if self.sex == "m" else fake.first_name_female()
            self.last = fake.last_name()
        self.name = "%s %s" % (self.first, self.last)
        self.initial = self.first[0]
        self.house = R.randint(2, 148)
        self.street = fake.street_name()
        self.postcode, self.town = postcode()
        self.address = "%d %s, %s %s" % (self.house, self.street, self.town, self.postcode)
        self.mobile = mobile()
        self.land = landline()
        dom = domain or R.choice(CLAIMANT_DOMAINS)
        f1, l1 = ascii_fold(self.first).lower().replace("'", "").replace(" ", ""), \
            ascii_fold(self.last).lower().replace("'", "").replace(" ", "")
        form = R.randint(0, 3)
        if form == 0:
            local = "%s.%s%d" % (f1, l1, R.randint(1, 99))
        elif form == 1:
            local = "%s%s%d" % (f1[0], l1, R.randint(60, 99))
        elif form == 2:
            local = "%s_%s" % (f1, l1)
        else:
            local = "%s%s%02d" % (l1, f1, R.randint(1, 99))
        self.email = "%s@%s" % (local, dom)
        self.age = R.randint(19, 62)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.nino = nino()
        self.prap = prap_ref()
        self.ref = whp_ref()
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "m" else ("she", "her", "her")
        self.title = "Mr" if self.sex == "m" else R.choice(["Ms", "Mrs", "Miss"])

    @property
    def sname(self):
        return "%s %s" % (self.initial, self.last)


def people(k, **kw):
    out, seen = [], set()
    while len(out) < k:
        p = Person(**kw)
        if p.name in seen:
            p = Person(hand=False)
            if p.name in seen:
                continue
        seen.add(p.name)
        out.append(p)
    return out


class Staff:
    def __init__(self, key, first, last, title, office, client, ddi, mob=None, email=None, pron=None):
        self.key, self.first, self.last, self.title = key, first, last, title
        self.name = "%s %s" % (first, last)
        self.office = office
        self.client = client
        self.ddi, self.mob = ddi, mob
        self.email = email or ("%s.%s@%s" % (ascii_fold(first), ascii_fold(last).replace("'", ""), INT)).lower().replace(" ", "")
        self.pron = pron


STAFF_LIST = [
    Staff("siobhan", "Siobhan", "McAllister", "Head of Contract Management", LIV_OFFICE, "apple", "0151 496 0412", "07700 900318"),
    Staff("kwame", "Kwame", "Asante-Boateng", "Contract Manager (Merseyside)", LIV_OFFICE, "tbird", "0151 496 0427"),
    Staff("priya", "Priya", "Raghunathan", "Senior Performance Analyst", MAN_OFFICE, "tbird", "0161 496 0233"),
    Staff("tomasz", "Tomasz", "Wiśniewski", "Finance Officer (Payments)", LIV_OFFICE, "tbird", "0151 496 0488"),
    Staff("aoife", "Aoife", "Gallagher", "Quality & Compliance Auditor", LIV_OFFICE, "apple", "0151 496 0455", "07700 900562"),
    Staff("deepa", "Deepa", "Chaudhry", "Finance Manager", MAN_OFFICE, "apple", "0161 496 0210", "07700 900741"),
    Staff("gareth", "Gareth", "Pritchard", "Performance Manager (Greater Manchester)", MAN_OFFICE, "iphone", "0161 496 0248", "07700 900129"),
    Staff("nkechi", "Nkechi", "Eze", "Complaints & Customer Quality Officer", LIV_OFFICE, "tbird", "0151 496 0471"),
    Staff("liam", "Liam", "Doherty", "Contract Assurance Officer", MAN_OFFICE, "tbird", "0161 496 0265"),
    Staff("yusuf", "Yusuf", "Abdi", "MI & Reporting Developer", MAN_OFFICE, "tbird", "0161 496 0277"),
    Staff("hannah", "Hannah", "Kerrigan", "PRaP Claims & Validation Officer", LIV_OFFICE, "apple", "0151 496 0439"),
    Staff("meiling", "Mei-Ling", "Chow", "Supply Chain Performance Lead", MAN_OFFICE, "apple", "0161 496 0291", "07700 900884"),
    Staff("ewan", "Ewan", "Fraser", "Finance Assistant", LIV_OFFICE, "tbird", "0151 496 0493"),
    Staff("chidi", "Chidi", "Okoro", "Participant Services Team Leader", LIV_OFFICE, "tbird", "0151 496 0402"),
]
STAFF = {s.key: s for s in STAFF_LIST}

SHARED = {
    "cm": ("Contract Management", "contract.management@" + INT),
    "fin": ("MIEP Finance - Payments", "finance.payments@" + INT),
    "claims": ("PRaP Claims Team", "prap.claims@" + INT),
    "qa": ("Quality & Audit", "quality.audit@" + INT),
    "complaints": ("MIEP Complaints", "complaints@" + INT),
    "ps": ("MIEP Participant Services", "participant.services@" + INT),
    "dx": ("WHP Data Exchange", PROV_INBOX),
    "mfp3": ("MFP-3F-Finance", "mfp-3f-finance@" + INT),
    "mfp2": ("MFP-2F-Quality", "mfp-2f-quality@" + INT),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@" + INT),
}


class Contact:
    def __init__(self, first, last, title, org, domain, email=None):
        self.first, self.last, self.title, self.org = first, last, title, org
        self.name = "%s %s" % (first, last)
        self.email = email or ("%s.%s@%s" % (ascii_fold(first), ascii_fold(last), domain)).lower().replace("'", "")


NS = {"rosa": Contact("Rosa", "Delgado", "Contract Lead", "Northstar Training", NORTHSTAR),
      "marcus": Contact("Marcus", "Whitfield", "Data & Claims Officer", "Northstar Training", NORTHSTAR),
      "joanne": Contact("Joanne", "Pye", "Curriculum Manager", "Northstar Training", NORTHSTAR)}
BW = {"funmi": Contact("Funmilayo", "Adeyemi", "Service Manager", "Bridgeway Support", BRIDGEWAY),
      "craig": Contact("Craig", "Rimmer", "Finance Officer", "Bridgeway Support", BRIDGEWAY),
      "anwen": Contact("Anwen", "Roberts", "Quality Lead", "Bridgeway Support", BRIDGEWAY)}
DWP = {"janet": Contact("Janet", "Holroyd", "Contract Performance Manager", "DWP", "dwp.gov.uk"),
       "ravi": Contact("Ravi", "Menon", "Provider Payment Validation Team", "DWP", "dwp.gsi.gov.uk"),
       "ppvt": Contact("Provider Payment", "Validation NW", "", "DWP", "dwp.gov.uk", email="ppvt.northwest@dwp.gov.uk"),
       "bev": Contact("Beverley", "Ashworth", "Work Coach, Bootle Jobcentre", "DWP", "jobcentreplus.gov.uk"),
       "olu": Contact("Olumide", "Bankole", "Partnership Manager", "DWP", "dwp.gsi.gov.uk"),
       "carys": Contact("Carys", "Llewellyn", "ESF Audit Officer", "DWP", "dwp.gsi.gov.uk"),
       "pete": Contact("Pete", "Naylor", "Work Coach, Salford Jobcentre", "DWP", "jobcentreplus.gsi.gov.uk"),
       "inbox": Contact("WHP", "Provider Inbox", "", "DWP", "dwp.gov.uk", email=DWP_INBOX),
       "pat": Contact("Provider Assurance", "Team NW", "", "DWP", "dwp.gov.uk", email="provider.assurance.nw@dwp.gov.uk")}
EMP = {"acme": Contact("Dean", "Whitty", "Site HR Manager", "Acme Logistics (Warrington DC)", "acme-logistics.co.uk"),
       "green": Contact("Latoya", "Grant", "Registered Manager", "Greenfield Care", "greenfield-care.com"),
       "city": Contact("Sean", "Molloy", "Site Manager", "CityBuild Ltd", "citybuild-ltd.co.uk"),
       "harbour": Contact("Isabel", "Ferreira", "HR Business Partner", "Harbourview Hotels (Albert Dock)", "harbourview-hotels.co.uk"),
       "bright": Contact("Amit", "Patel", "Store Recruitment Lead", "Brightside Retail", "brightside-retail.co.uk")}
OTH = {"audit": Contact("Helen", "Marsh", "Audit Senior", "Quayside Audit LLP", "quayside-audit.co.uk"),
       "records": Contact("Gary", "Lunt", "Account Manager", "Redbrick Records Storage", "redbrick-records.co.uk"),
       "it": Contact("Service", "Desk", "", "Mersey IT Services", "mersey-it.co.uk", email="servicedesk@mersey-it.co.uk"),
       "desk": Contact("Accounts", "Receivable", "", "Deskline Supplies", "deskline-supplies.co.uk", email="accounts@deskline-supplies.co.uk"),
       "hub": Contact("Fatima", "Zahra", "Enterprise Adviser", "Enterprise Hub", "enterprise-hub.co.uk"),
       "housing": Contact("Owen", "Kavanagh", "Tenancy Sustainment Officer", "Irwell Vale Homes", "irwellvale-homes.org.uk"),
       "nursery": Contact("Bernadette", "Flynn", "Nursery Manager", "Little Acorns Nursery", "little-acorns-nursery.co.uk"),
       "payroll": Contact("Sunita", "Mistry", "Payroll Bureau Lead", "Calder Payroll Services", "calder-payroll.co.uk"),
       "cater": Contact("Orders", "Team", "", "Dockside Catering", "dockside-catering.co.uk", email="orders@dockside-catering.co.uk"),
       "cllr": Contact("Maureen", "Gaskell", "Councillor's Caseworker", "Sefton Members' Office", "sefton-members.org.uk"),
       "venue": Contact("Events", "Team", "", "Cunard Rooms", "cunard-rooms.co.uk", email="events@cunard-rooms.co.uk"),
       "recruit": Contact("Naomi", "Steele", "Consultant", "Redwood Recruitment", "redwood-recruitment.co.uk")}

DISCLAIMER = ("This e-mail and any attachments are confidential and intended only for the named recipient. They may "
              "contain personal data, including special category data such as health information, or information "
              "about criminal convictions, and must be handled in line with UK GDPR and the Data Protection Act "
              "2018. If you have received this e-mail in error please tell the sender and delete it. "
              "Mersey & Irwell Employment Partnership is a company limited by guarantee registered in England and "
              "Wales (No. 09876543) and a registered charity (No. 1187654). Registered office: " + LIV_OFFICE + ".")


def sig(s, short=False, disclaimer=True, delim=None):
    """signature for a Staff member; Thunderbird puts '-- ' above it"""
    if isinstance(s, tuple):
        lines = [s[0], PRIME]
    else:
        lines = [s.name, s.title, PRIME]
        if not short:
            lines.append(s.office)
            ph = "T: " + s.ddi + (" | M: " + s.mob if s.mob else "")
            lines.append(ph)
    if delim is None:
        delim = (not isinstance(s, tuple)) and s.client == "tbird"
    out = ("-- \n" if delim else "") + "\n".join(lines)
    if disclaimer:
        out += "\n\n" + DISCLAIMER
    return out


def ext_sig(c):
    return "%s\n%s\n%s" % (c.name, c.title, c.org) if c.title else c.org


# ------------------------------------------------------------------ documents
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>2026-12-01T08:00:00Z\3", t)
                t = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", r"\g<1>2026-12-01T08:00:00\2", t)
                t = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", r"\g<1>2026-12-01T08:00:00\2", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, blob)
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


def aes_zip_bytes(files, password, seed):
    import pyzipper
    import pyzipper.zipfile_aes as za
    rr = random.Random(seed)

    class _Rand:
        def read(self, n):
            return bytes(rr.randint(0, 255) for _ in range(n))

    orig = za.Random.new
    za.Random.new = lambda: _Rand()
    try:
        out = io.BytesIO()
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for name, blob in files:
                zi = z.zipinfo_cls(name, date_time=FIXED_ZIP_DT)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                zi.create_system = 0
                z.writestr(zi, blob)
        return out.getvalue()
    finally:
        za.Random.new = orig


# traditional PKWARE encryption (ZipCrypto), stored entries
_CRC = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def zipcrypto_bytes(files, password, seed):
    rr = random.Random(seed)
    pw = password.encode()
    out = io.BytesIO()
    central = []
    dostime = 8 << 11
    dosdate = ((2026 - 1980) << 9) | (12 << 5) | 1
    for name, blob in files:
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(b):
            k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]

        for b in pw:
            upd(b)
        crc = zlib.crc32(blob) & 0xFFFFFFFF
        plain = bytes(rr.randint(0, 255) for _ in range(11)) + bytes([crc >> 24]) + blob
        enc = bytearray()
        for b in plain:
            t = (k[2] | 2) & 0xFFFF
            enc.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(b)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(blob), len(fn), 0))
        out.write(fn)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(blob), len(fn), 0, 0, 0, 0, 0o600 << 16, off) + fn)
    cd = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def docx_bytes(title, blocks, header=None, footer=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = PRIME
    cp.last_modified_by = PRIME
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
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
            for kk, vv in b[1]:
                row = t.add_row().cells
                row[0].text = str(kk)
                row[1].text = str(vv)
            d.add_paragraph("")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, hc in enumerate(b[1]):
                t.rows[0].cells[i].text = str(hc)
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def xlsx_bytes(sheets):
    """sheets: list of (title, header, rows[, hidden])"""
    wb = openpyxl.Workbook()
    wb.properties.creator = PRIME
    wb.properties.lastModifiedBy = PRIME
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for sh in sheets:
        title, header, rows = sh[0], sh[1], sh[2]
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        if header:
            ws.append(list(header))
            for c in ws[1]:
                c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        if len(sh) > 3 and sh[3]:
            ws.sheet_state = "hidden"
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def odt_bytes(title, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.table import Table, TableRow, TableCell, TableColumn
    from odf import meta, dc
    import odf.element
    odf.element.Element.namespaces.clear()   # odfpy keeps declared namespaces in a class-wide dict
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(meta.CreationDate(text="2026-12-01T08:00:00"))
    for b in blocks:
        k = b[0]
        if k in ("h", "h2"):
            doc.text.addElement(H(outlinelevel=1 if k == "h" else 2, text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k in ("kv", "table"):
            rows = [list(x) for x in b[1]] if k == "kv" else [list(b[1])] + [list(r) for r in b[2]]
            t = Table(name="T%d" % len(rows))
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
    return normalize_zip(bio.getvalue())


class PDF(FPDF):
    def __init__(self, title, footer_text=None):
        super().__init__(format="A4")
        self._ft = footer_text
        self.set_creation_date(datetime.datetime(2026, 12, 1, 8, 0, 0, tzinfo=datetime.timezone.utc))
        self.set_title(latin1(title))
        self.set_author(PRIME)
        self.set_creator("Microsoft Word for Microsoft 365")
        self.set_producer("Microsoft Word for Microsoft 365")
        self.set_auto_page_break(True, 18)
        self.set_margins(18, 18, 18)

    def footer(self):
        if self._ft:
            self.set_y(-13)
            self.set_font("Helvetica", size=7)
            self.cell(0, 5, latin1(self._ft.replace("{n}", str(self.page_no()))), align="C")


def pdf_page(p, blocks):
    p.add_page()
    for b in blocks:
        k = b[0]
        if k == "h":
            p.set_font("Helvetica", "B", 14)
            p.multi_cell(0, 7, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "h2":
            p.set_font("Helvetica", "B", 11)
            p.multi_cell(0, 6, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif k == "p":
            p.set_font("Helvetica", size=10)
            p.multi_cell(0, 5, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "pre":
            p.set_font("Courier", size=8)
            for line in b[1].split("\n"):
                p.cell(0, 3.6, latin1(line), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "kv":
            p.set_font("Helvetica", size=9)
            for kk, vv in b[1]:
                p.set_font("Helvetica", "B", 9)
                p.cell(60, 6, latin1(str(kk)), border=1)
                p.set_font("Helvetica", size=9)
                p.multi_cell(0, 6, latin1(str(vv)), border=1, new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif k == "table":
            header, rows = b[1], b[2]
            w = (p.w - 36) / len(header)
            p.set_font("Helvetica", "B", 8)
            for hc in header:
                p.cell(w, 6, latin1(str(hc))[:40], border=1)
            p.ln()
            p.set_font("Helvetica", size=8)
            for r in rows:
                for c in r:
                    p.cell(w, 5, latin1(str(c))[:44], border=1)
                p.ln()
            p.ln(3)


def pdf_bytes(title, pages, password=None, footer="Page {n}", seed=0):
    p = PDF(title, footer)
    for blocks in pages:
        pdf_page(p, blocks)
    if password:
        from fpdf.encryption import StandardSecurityHandler
        from fpdf.enums import EncryptionMethod
        rr = random.Random(seed)
        orig = StandardSecurityHandler.get_random_bytes
        StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, n: bytes(rr.randint(0, 255) for _ in range(n)))
        try:
            p.set_encryption(owner_password="own-" + password, user_password=password,
                             encryption_method=EncryptionMethod.AES_256)
            return bytes(p.output())
        finally:
            StandardSecurityHandler.get_random_bytes = orig
    return bytes(p.output())


def scan_image(seed, w=1240, h=1754, mode="L"):
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(img)
    dr.rectangle([90, 60, 640, 96], fill=60)
    y = 130
    while y < h - 160:
        x = 100
        while x < w - 120:
            ww = rr.randint(18, 120)
            dr.rectangle([x, y, min(x + ww, w - 100), y + 13], fill=rr.randint(35, 115))
            x += ww + rr.randint(8, 18)
        y += rr.choice([26, 26, 26, 52])
    dr.line([680, h - 210, 980, h - 175], fill=25, width=4)
    img = img.rotate(0.6, fillcolor=236).filter(ImageFilter.GaussianBlur(0.7))
    for _ in range(2500):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    return img if mode == "L" else img.convert(mode)


def jpeg_bytes(img, quality=72):
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=quality)
    return bio.getvalue()


def tiff_bytes(imgs):
    bio = io.BytesIO()
    imgs = [im.convert("1") for im in imgs]
    imgs[0].save(bio, "TIFF", compression="group4", save_all=True, append_images=imgs[1:], dpi=(200, 200))
    return bio.getvalue()


def scan_pdf(seed, pages=1, device="Xerox AltaLink C8155", ocr_pages=None):
    """image-only PDF as an MFD makes it; ocr_pages: list of text blocks drawn as an invisible text layer"""
    p = FPDF(format="A4")
    p.set_creation_date(datetime.datetime(2026, 12, 1, 8, 0, 0, tzinfo=datetime.timezone.utc))
    p.set_creator(device)
    p.set_producer(device)
    p.set_auto_page_break(False)
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(jpeg_bytes(scan_image(seed + i, 992, 1403), 60)), x=0, y=0, w=210, h=297)
        if ocr_pages:
            p.text_mode = TextMode.INVISIBLE
            p.set_font("Helvetica", size=10)
            p.set_xy(18, 22)
            for line in ocr_pages[i].split("\n"):
                p.cell(0, 5, latin1(line), new_x="LMARGIN", new_y="NEXT")
            p.text_mode = TextMode.FILL
    return bytes(p.output())


def csv_text(header, rows, delim=",", crlf=True, bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + b) if bom else b


def fixed_width(header, rows, widths, title=None, footer=None):
    lines = []
    if title:
        lines += title if isinstance(title, list) else [title]
    fmt = lambda r: "".join(str(c)[:w - 1].ljust(w) for c, w in zip(r, widths)).rstrip()
    lines.append(fmt(header))
    lines.append("".join("-" * (w - 1) + " " for w in widths).rstrip())
    for r in rows:
        lines.append(fmt(r))
    if footer:
        lines += footer if isinstance(footer, list) else [footer]
    return "\n".join(lines) + "\n"


def ics_bytes(uid, summary, start, end, location, desc, organizer, attendees):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261201T080000Z", "DTSTART:" + start, "DTEND:" + end,
             "SUMMARY:" + summary, "LOCATION:" + location, "DESCRIPTION:" + desc.replace("\n", "\\n"),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s" % (a.name, a.email))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l.encode()) > 74:
            out.append(l[:73])
            l = " " + l[73:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode()


# ------------------------------------------------------------------ document content
JOBS = ["Warehouse Operative", "Retail Assistant", "Care Assistant", "Kitchen Porter", "Housekeeper", "Forklift Driver",
        "Customer Service Adviser", "Labourer (CSCS)", "Cleaner", "Night Porter", "Picker Packer", "Barista",
        "Security Officer (SIA)", "Delivery Driver", "Receptionist", "Catering Assistant"]
SKILLS = ["Stock rotation", "Customer service", "Team working", "Microsoft Word and Excel", "Manual handling",
          "Food hygiene Level 2", "Cash handling", "CSCS card", "Counterbalance forklift licence", "First aid at work",
          "Time management", "Stock control software", "Health and safety awareness", "Fluent Polish and English"]
FIRMS = ["Pier Head Foods", "Mersey Packaging Ltd", "Salford Quays Cleaning", "Anfield Stores", "Irwell Care Homes",
         "Trafford Park Distribution", "Dockside Logistics", "Eccles Bakery", "St Helens Glassworks", "Wirral Hospitality"]


def cv_blocks(p, dob=None, nino=False, extra=None):
    contact = "%s | %s | %s" % (p.address, p.mobile, p.email)
    if dob:
        contact += " | Date of birth: " + dob
    if nino:
        contact += " | NI number: " + p.nino
    hist = []
    y = 2026
    for _ in range(R.randint(2, 3)):
        y0 = y - R.randint(1, 4)
        hist.append(["%d-%d" % (y0, y), R.choice(JOBS), R.choice(FIRMS)])
        y = y0 - R.randint(0, 1)
    b = [("h", p.name), ("p", contact), ("h2", "Personal profile"),
         ("p", "Reliable and hard-working %s with experience in %s. Looking for %s work in the %s area." % (
             R.choice(["team member", "worker", "candidate"]), R.choice(["warehousing", "retail", "care", "hospitality", "construction"]),
             R.choice(["full-time", "part-time", "shift"]), p.town)),
         ("h2", "Employment history"), ("table", ["Dates", "Role", "Employer"], hist),
         ("h2", "Skills"), ("p", ", ".join(R.sample(SKILLS, 4))),
         ("h2", "Education"), ("p", "%s - GCSEs including English and Maths" % R.choice(["Bootle High School", "Salford City College", "Everton Park Academy", "Eccles College"]))]
    if extra:
        b.append(("p", extra))
    b += [("h2", "References"), ("p", "Available on request.")]
    return b


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "h2", "p", "pre"):
            out.append(b[1])
        elif b[0] == "kv":
            out += ["%s: %s" % (k, v) for k, v in b[1]]
        elif b[0] == "table":
            out.append(" | ".join(map(str, b[1])))
            out += [" | ".join(map(str, r)) for r in b[2]]
    return "\n".join(out)


def app_form_blocks(p, job, employer, dob=None, health=None):
    kv = [("Position applied for", job), ("Employer", employer), ("Full name", p.name), ("Address", p.address),
          ("Telephone", p.mobile), ("Email", p.email)]
    if dob:
        kv.append(("D.O.B", dob))
    else:
        kv.append(("Age", str(p.age)))
    kv += [("Availability", R.choice(["Immediate", "From 4 January 2027", "Two weeks' notice"])),
           ("Preferred shifts", R.choice(["Days", "Nights", "Any", "Weekends"])),
           ("Right to work in the UK", "Yes"),
           ("Recent work", "%s, %s" % (R.choice(JOBS), R.choice(FIRMS)))]
    if health:
        kv.append(("Adjustments needed", health))
    kv.append(("Declaration", "I confirm the information given is true. Signed: %s" % p.name))
    return [("h", "Application for Employment"), ("kv", kv)]


def couple_form_blocks(a, b, job, employer):
    b.age = max(19, min(64, a.age + R.randint(-6, 6)))
    return [("h", "Joint Application - Live-in Couple Role"),
            ("kv", [("Position", job), ("Employer", employer), ("Applicant 1", a.name), ("Applicant 1 age", str(a.age)),
                    ("Applicant 2", b.name), ("Applicant 2 age", str(b.age)), ("Current address", a.address),
                    ("Contact telephone", a.mobile), ("Availability", "From 11 January 2027"),
                    ("Experience (applicant 1)", R.choice(JOBS)), ("Experience (applicant 2)", R.choice(JOBS)),
                    ("Declaration", "Signed: %s / %s" % (a.name, b.name))])]


def letter_blocks(p, kind, org="Mersey & Irwell Employment Partnership", when=None, extra=None, signer="Participant Services"):
    when = when or "%s %d January 2027 at %s" % (R.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]), R.randint(4, 22),
                                                   R.choice(["9:30am", "10:00am", "11:15am", "1:30pm", "2:00pm"]))
    head = [("p", org), ("p", "%s %s\n%d %s\n%s\n%s" % (p.title, p.name, p.house, p.street, p.town, p.postcode)),
            ("p", "%d December 2026" % R.choice(DAYS)), ("p", "Dear %s %s," % (p.title, p.last))]
    if kind == "letter_interview":
        body = [("h2", "Invitation to interview"),
                ("p", "Thank you for your application for the post of %s. We are pleased to invite you to an interview on %s. "
                      "Please bring photo ID and proof of your right to work." % (R.choice(JOBS), when))]
    elif kind == "letter_job_offer":
        body = [("h2", "Offer of employment"),
                ("p", "We are delighted to offer you the position of %s, starting on %s, at %s per hour for %d hours a week, "
                      "subject to satisfactory references." % (R.choice(JOBS), when.split(" at ")[0], R.choice(["£12.71", "£12.90", "£13.25"]), R.choice([16, 24, 30, 37])))]
    elif kind == "letter_appointment":
        body = [("h2", "Your appointment"),
                ("p", "Your next appointment with your employment adviser is on %s at our %s office. If you cannot attend "
                      "please call 0151 496 0400 as soon as possible." % (when, R.choice(["Bootle", "Old Hall Street", "Salford", "Dale Street"])))]
    elif kind == "complaint_response":
        body = [("h2", "Your complaint"),
                ("p", "Thank you for contacting us about your experience at our %s office. I have now completed my "
                      "investigation." % R.choice(["Bootle", "Salford", "Kirkby"])), ("p", extra or "")]
    elif kind == "reference":
        body = [("h2", "Reference"),
                ("p", "%s has taken part in our employment programme since %s and has attended all appointments. "
                      "%s" % (p.name, R.choice(["June", "July", "August"]) + " 2026", extra or ""))]
    else:   # confirmation of participation
        body = [("h2", "Confirmation of participation"),
                ("p", "This is to confirm that %s is a participant on the Work and Health Programme delivered by %s. "
                      "%s" % (p.name, PRIME, extra or ""))]
    return head + body + [("p", "Yours sincerely,"), ("p", signer + "\n" + org)]


def ucnea1_pairs(p, emp):
    return [("Form", "UCNEA1 - Notification of employment (Universal Credit)"), ("Participant", p.name),
            ("National Insurance number", nsp(p.nino)), ("Employer", emp),
            ("Start date", "%d November 2026" % R.randint(2, 27)), ("Hours per week", str(R.choice([16, 20, 25, 30, 37]))),
            ("Job title", R.choice(JOBS)), ("Provider", PRIME), ("PRaP reference", p.prap)]


def gns_pairs(p, story):
    return [("Form", "ESF Good News Story"), ("Participant", p.name), ("Provision", "Work and Health Programme (ESF match)"),
            ("Office", R.choice(["Bootle", "Salford", "Kirkby", "Eccles"])), ("Story", story),
            ("Consent to publish", "Yes - signed consent form held on file")]


def exit_pairs(p, extra=""):
    return [("Form", "WHP Exit Report"), ("Participant", p.name), ("NINO", p.nino), ("PRaP referral", p.prap),
            ("Start date", "%d January 2025" % R.randint(5, 28)), ("Exit date", "%d November 2026" % R.randint(2, 27)),
            ("Reason for exit", "End of programme (456 days)"), ("Summary", extra or "Completed programme without a job outcome.")]


def coc_pairs(p, change):
    return [("Form", "WHP Change of Circumstances"), ("Participant", p.name), ("NINO", nsp(p.nino)),
            ("PRaP referral", p.prap), ("Change", change), ("Date of change", "%d November 2026" % R.randint(2, 27))]


def doubt_pairs(p):
    return [("Form", "WHP Compliance Doubt"), ("Participant", p.name), ("NINO", p.nino), ("PRaP referral", p.prap),
            ("Mandatory activity", "Initial appointment, %d November 2026, Bootle" % R.randint(2, 27)),
            ("Failure", "Did not attend; no contact"), ("Good reason given", "None received by the deadline")]


def referral_pairs(p, cond):
    return [("PRaP referral", p.prap), ("Customer", "%s %s" % (p.title, p.name)), ("NINO", p.nino),
            ("Date of birth", dmy(p.dob)), ("Address", p.address), ("Telephone", p.mobile),
            ("Disability status", cond), ("Referral type", "Voluntary - Disadvantaged group"),
            ("JCP adviser", R.choice(["B Ashworth", "P Naylor"]))]


def kvtext(pairs, sep=": "):
    w = max(len(k) for k, _ in pairs) + 1
    return "\n".join(("%s%s" % (k, sep.strip() + " " if sep == ": " else sep)).ljust(w + 1) + str(v) for k, v in pairs)


# ------------------------------------------------------------------ MIME helpers
def flow(text, width=76):
    """RFC 3676 format=flowed (no delsp): soft breaks end in a space"""
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ") if line != "-- " else line
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>+ ?)", line)
        q = m.group(1) if m else ""
        body = line[len(q):]
        if q and not q.endswith(" "):
            q += " "
        if len(q) + len(body) <= width:
            l = q + body
            if (not q) and (body.startswith(" ") or body.startswith("From ")):
                l = " " + l
            out.append(l)
            continue
        words = body.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(q) + len(cur) + len(w) + 1 > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        chunks.append(cur)
        for c in chunks:
            l = q + c
            if (not q) and (c.startswith(" ") or c.startswith("From ")):
                l = " " + l
            out.append(l)
    return "\n".join(out)


def unflow(text):
    out, cur, curq = [], None, None
    for line in text.replace("\r\n", "\n").split("\n"):
        m = re.match(r"^(>*)", line)
        q = len(m.group(1))
        body = line[q:]
        if body.startswith(" "):
            body = body[1:]
        if cur is not None and q == curq:
            cur += body
        else:
            if cur is not None:
                out.append(">" * curq + cur)
            cur, curq = body, q
        if not (body.endswith(" ") and body != "-- "):
            out.append(">" * curq + cur)
            cur = None
    if cur is not None:
        out.append(">" * curq + cur)
    return "\n".join(out)


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def text_part(text, flowed=False, cte=None, subtype="plain", charset="utf-8"):
    part = MIMEPart(policy=policy.default)
    if flowed:
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    if cte is None:
        cte = "7bit" if _ascii(text) else "quoted-printable"
    params = {"format": "flowed"} if flowed else None
    part.set_content(text, subtype=subtype, charset=charset if not (_ascii(text) and charset == "us-ascii") else charset,
                     cte=cte, params=params)
    return part


MIMETYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
             "csv": "text/csv", "tsv": "text/tab-separated-values", "txt": "text/plain", "zip": "application/zip",
             "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "tif": "image/tiff", "tiff": "image/tiff",
             "ics": "text/calendar", "dat": "application/octet-stream", "xls": "application/vnd.ms-excel",
             "doc": "application/msword", "psv": "text/plain", "prn": "text/plain"}


def att(fn, blob, mt=None, client=None, inline=False):
    mt = mt or MIMETYPES.get(fn.rsplit(".", 1)[-1].lower(), "application/octet-stream")
    return ("att", fn, blob, mt, inline)


def att_msg(msg, fn=None):
    return ("msg", fn, msg)


def make_att_part(a, client):
    if a[0] == "msg":
        part = MIMEPart(policy=policy.default)
        part.set_content(a[2], disposition="attachment" if a[1] else None, filename=a[1])
        return part
    if a[0] == "part":
        return a[1]
    _, fn, blob, mt, inline = a
    maintype, subtype = mt.split("/")
    part = MIMEPart(policy=policy.default)
    params = {}
    if client == "apple":
        params["x-unix-mode"] = "0644"
    part.set_content(blob, maintype=maintype, subtype=subtype, cte="base64",
                     disposition="inline" if inline else "attachment", filename=fn, params=params or None)
    if part.get_param("name") is None:
        part.set_param("name", fn)
    return part


def multipart(subtype, parts, **params):
    m = MIMEPart(policy=policy.default)
    m["Content-Type"] = "multipart/" + subtype
    for k, v in params.items():
        m.set_param(k.replace("_", "-"), v)
    m.set_payload(list(parts))
    return m


def A(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, str):
        return ("", x)
    return (x.name, x.email)


def addr_list(xs):
    return ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in xs)


CLIENT_HDRS = {
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "tbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "mfd": [("X-Mailer", "Xerox AltaLink C8155 Scan to Email")],
    "daemon": [("Auto-Submitted", "auto-replied")],
    "plain": [],
}
MIMEVER = {"apple": "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))", "iphone": "1.0 (1.0)"}


def when(day, hh, mm, ss=0):
    return datetime.datetime(2026, 12 if day > 0 else 11, abs(day), hh, mm, ss, tzinfo=datetime.timezone.utc)


def attrib_apple(c, dt):
    return "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (dt.day, MON3[dt.month - 1], dt.year, dt.hour, dt.minute, A(c)[0], A(c)[1])


def attrib_tb(c, dt):
    return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (dt.day, dt.month, dt.year, dt.hour, dt.minute, A(c)[0] or A(c)[1])


def quote(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in text.split("\n"))


def tb_forward_block(frm, to, subject, dt, body, cc=None):
    lines = ["-------- Forwarded Message --------", "Subject: \t" + subject, "Date: \t" + format_datetime(dt),
             "From: \t" + addr_list([frm]), "To: \t" + addr_list(to)]
    if cc:
        lines.append("CC: \t" + addr_list(cc))
    return "\n".join(lines) + "\n\n\n\n" + body


def M(sender, to, subject, body=None, cc=(), bcc=(), atts=(), client=None, day=None, hh=None, mm=None, headers=None,
      root=None, cte=None, crlf=None, from_name=None, tail=None, reply_to=None, irt=None, envelope_from=None, mime=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body, atts=list(atts),
                client=client, day=day, hh=hh, mm=mm, headers=list((headers or {}).items()) if isinstance(headers, dict) else list(headers or []),
                root=root, cte=cte, crlf=crlf, from_name=from_name, tail=tail, reply_to=reply_to, irt=irt,
                envelope_from=envelope_from, mime=mime)


def client_of(sp):
    if sp["client"]:
        return sp["client"]
    s = sp["sender"]
    return s.client if isinstance(s, Staff) else "tbird"


def message_body(sp, client):
    """the MIME body tree for a spec (without top-level headers)"""
    if sp["mime"] is not None:
        return sp["mime"]
    flowed = client in ("apple", "iphone", "tbird")
    tp = text_part(sp["body"], flowed=flowed, cte=sp["cte"])
    parts = [make_att_part(a, "apple" if client in ("apple", "iphone") else client) for a in sp["atts"]]
    if not parts:
        return tp
    if sp["tail"] is not None:
        parts.append(text_part(sp["tail"], flowed=flowed))
    return multipart("mixed", [tp] + parts)


def assemble(sp, dt, tag, mid=None):
    client = client_of(sp)
    msg = EmailMessage(policy=policy.default)
    fname, faddr = A(sp["sender"])
    if sp["from_name"] is not None:
        fname = sp["from_name"]
    msg["From"] = formataddr((fname, faddr)) if fname else faddr
    msg["To"] = addr_list(sp["to"]) if sp["to"] else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = addr_list(sp["cc"])
    if sp["reply_to"]:
        msg["Reply-To"] = addr_list([sp["reply_to"]])
    msg["Subject"] = sp["subject"]
    msg["Date"] = format_datetime(dt)
    h = hashlib.md5(tag.encode()).hexdigest().upper()
    if mid is None:
        if client in ("apple", "iphone"):
            mid = "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], faddr.rsplit("@", 1)[-1].lower())
        else:
            mid = "<%s.%s@%s>" % (h[:16].lower(), h[16:24].lower(), faddr.rsplit("@", 1)[-1].lower())
    msg["Message-ID"] = mid
    if sp["irt"]:
        msg["In-Reply-To"] = sp["irt"]
        msg["References"] = sp["irt"]
    for k, v in CLIENT_HDRS.get(client, []):
        msg[k] = v
    for k, v in sp["headers"]:
        msg[k] = v
    body = message_body(sp, client)
    for k, v in body.items():
        msg[k] = v
    msg.set_payload(body._payload)
    if client in MIMEVER:
        msg["MIME-Version"] = MIMEVER[client]
    else:
        msg["MIME-Version"] = "1.0"
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            hh = hashlib.sha256(("%s-%d" % (tag, i)).encode()).hexdigest()
            if client in ("apple", "iphone"):
                b = "Apple-Mail=_%s-%s-%s-%s-%s" % (hh[:8].upper(), hh[8:12].upper(), hh[12:16].upper(), hh[16:20].upper(), hh[20:32].upper())
            elif client == "tbird":
                b = "------------" + "".join("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789"[int(hh[j:j + 2], 16) % 56] for j in range(0, 48, 2))
            else:
                b = "----=_NextPart_%s_%s" % (hh[:8], hh[8:20])
            part.set_boundary(b)
            i += 1
    return msg


def inner(sender, to, subject, body, day, hh, mm, cc=(), atts=(), client=None, headers=None, mime=None):
    sp = M(sender, to, subject, body, cc=cc, atts=atts, client=client, headers=headers, mime=mime)
    return assemble(sp, when(day, hh, mm, 7), "inner-%s-%d-%d-%d" % (subject, day, hh, mm))


# ------------------------------------------------------------------ reports (DSN, MDN), S/MIME, PGP
def dsn_mime(human, rcpt, status, diag, original=None, headers_only=None, arrival=None):
    tp = text_part(human)
    ds = MIMEPart(policy=policy.default)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1." + INT
    b1["X-Postfix-Queue-ID"] = "4QX7%s" % hashlib.md5(rcpt.encode()).hexdigest()[:8].upper()
    if arrival:
        b1["Arrival-Date"] = arrival
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + rcpt
    b2["Original-Recipient"] = "rfc822;" + rcpt
    b2["Action"] = "failed"
    b2["Status"] = status
    b2["Diagnostic-Code"] = diag
    ds.set_payload([b1, b2])
    parts = [tp, ds]
    if original is not None:
        op = MIMEPart(policy=policy.default)
        op.set_content(original)
        op["Content-Description"] = "Undelivered Message"
        parts.append(op)
    else:
        hp = MIMEPart(policy=policy.default)
        hp.set_content(headers_only, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
        del hp["Content-Type"]
        hp["Content-Type"] = "text/rfc822-headers"
        hp["Content-Description"] = "Undelivered Message Headers"
        parts.append(hp)
    return multipart("report", parts, report_type="delivery-status")


def mdn_mime(human, final_rcpt, orig_mid, original=None, headers_only=None):
    tp = text_part(human)
    dn = MIMEPart(policy=policy.default)
    dn["Content-Type"] = "message/disposition-notification"
    dn["Content-Disposition"] = "inline"
    dn.set_payload("Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\n" % (INT, final_rcpt, orig_mid))
    parts = [tp, dn]
    if original is not None:
        op = MIMEPart(policy=policy.default)
        op.set_content(original)
        parts.append(op)
    elif headers_only is not None:
        hp = MIMEPart(policy=policy.default)
        hp.set_content(headers_only, charset="us-ascii", cte="7bit")
        del hp["Content-Type"]
        hp["Content-Type"] = "text/rfc822-headers; name=\"MDNPart3.txt\""
        hp["Content-Disposition"] = "inline"
        parts.append(hp)
    return multipart("report", parts, report_type="disposition-notification")


def headers_block(msg):
    return "".join("%s: %s\n" % (k, v) for k, v in msg.items() if not k.lower().startswith("content-") and k != "MIME-Version")


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + _der_len(len(content)) + content


def der_int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8 or 1, "big")
    return der(0x02, b)


def der_oid(s):
    parts = [int(x) for x in s.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.insert(0, 0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(enc)
    return der(0x06, out)


def _is_prime(n, rr):
    if n < 4:
        return n in (2, 3)
    for sp_ in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % sp_ == 0:
            return n == sp_
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rr.randrange(2, n - 2)
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


_SMIME = {}


def smime_identity():
    """a deterministic RSA-2048 key and self-signed certificate for the subcontractor's secure-mail address"""
    if _SMIME:
        return _SMIME["key"], _SMIME["cert"]
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes
    rr = random.Random("set-p-smime-key")
    e = 65537

    def prime():
        while True:
            c = rr.getrandbits(1024) | (3 << 1022) | 1
            if (c - 1) % e and _is_prime(c, rr):
                return c
    p, q = prime(), prime()
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    key = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, n)).private_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bridgeway Support Secure Mail"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bridgeway Support"),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, "secure@" + BRIDGEWAY)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(0x5EC0DE2026).not_valid_before(datetime.datetime(2026, 1, 1))
            .not_valid_after(datetime.datetime(2028, 1, 1))
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name("secure@" + BRIDGEWAY)]), critical=False)
            .sign(key, hashes.SHA256()))
    _SMIME["key"], _SMIME["cert"] = key, cert
    return key, cert


def smime_envelope(content, seed):
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives import padding as sympad
    key, cert = smime_identity()
    rr = random.Random(seed)
    cek = bytes(rr.randint(0, 255) for _ in range(32))
    iv = bytes(rr.randint(0, 255) for _ in range(16))
    padder = sympad.PKCS7(128).padder()
    data = padder.update(content) + padder.finalize()
    enc = Cipher(algorithms.AES(cek), modes.CBC(iv)).encryptor()
    ct = enc.update(data) + enc.finalize()
    pub = cert.public_key().public_numbers()
    k = (pub.n.bit_length() + 7) // 8
    ps = bytes(rr.randint(1, 255) for _ in range(k - 3 - len(cek)))
    em = b"\x00\x02" + ps + b"\x00" + cek
    ek = pow(int.from_bytes(em, "big"), pub.e, pub.n).to_bytes(k, "big")
    ias = der(0x30, cert.issuer.public_bytes() + der_int(cert.serial_number))
    ktri = der(0x30, der_int(0) + ias + der(0x30, der_oid("1.2.840.113549.1.1.1") + b"\x05\x00") + der(0x04, ek))
    eci = der(0x30, der_oid("1.2.840.113549.1.7.1") + der(0x30, der_oid("2.16.840.1.101.3.4.1.42") + der(0x04, iv)) + der(0x80, ct))
    env = der(0x30, der_int(0) + der(0x31, ktri) + eci)
    return der(0x30, der_oid("1.2.840.113549.1.7.3") + der(0xA0, env))


def pgp_armour(seed, n=20):
    rr = random.Random(seed)
    raw = bytes([0x85, 0x01, 0x0C]) + bytes(rr.randint(0, 255) for _ in range(n * 48))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = 0xB704CE
    for byte in raw:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    crc &= 0xFFFFFF
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" +
            base64.b64encode(crc.to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n")


# ------------------------------------------------------------------ labels
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()
FACT_KEYS = dict(encrypted=False, opaque=False, scan=False, pw=False, cv_count=0, form_people=0, letters=0, list_rows=0,
                 list_cols=[], nino_only=False, records=0, fwd_record=False, name_only=False, extra=False)

GUIDE = {
    "no_claimant_data": "¶12, ¶14", "one_name": "¶18", "cv_to_claimant": "¶17", "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24", "letters_up_to_10": "¶24-28", "names_list_500": "¶29-31",
    "nino_only_list": "¶31", "dwp_names_list": "¶36, ¶29-31", "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES.md Outcomes (already-encrypted messages); policy 3.8",
    "encrypt_special_category": "¶32, ¶25-26", "encrypt_nino": "¶33", "encrypt_dob_bank": "¶32, ¶23, ¶27",
    "encrypt_benefit_children": "¶32, ¶30", "encrypt_beyond_name": "¶18", "encrypt_over_limit": "¶21, ¶22-24, ¶31, C15 ¶53",
    "encrypt_list_forbidden_column": "¶29-30", "encrypt_letter_kind": "¶24-25", "encrypt_dwp_process": "¶35, C15 ¶49",
    "encrypt_claimant_recipient": "¶17, ¶24-28", "encrypt_sender_tag": "RULES.md Also enforced (sender-requested encryption)",
    "encrypt_password_protected": "RULES.md Reject regardless (password-protected attachments: encrypt by default)",
    "encrypt_no_text_scan": "RULES.md Reject regardless (images and scans with no text layer: encrypt by default)",
    "reject_cv_no_consent": "¶17", "reject_uninspectable": "RULES.md Reject regardless (content that cannot be inspected); ¶12",
}
ACTION_OF = {r: ("relay" if r in ("no_claimant_data", "one_name", "cv_to_claimant", "cvs_up_to_10",
                                   "application_forms_up_to_10", "letters_up_to_10", "names_list_500", "nino_only_list",
                                   "dwp_names_list", "dwp_ucnea1_gns", "dwp_c15_process", "forward_subcontractor",
                                   "already_encrypted")
                  else "reject" if r.startswith("reject") else "encrypt") for r in GUIDE}


def L(rule, truth, notes, **facts):
    f = dict(FACT_KEYS)
    for k, v in facts.items():
        if k not in f:
            raise KeyError(k)
        f[k] = v
    f["list_cols"] = sorted(f["list_cols"])
    return dict(expected_action=ACTION_OF[rule], rule=rule, guidance=GUIDE[rule], truth=truth, notes=notes, facts=f)


CONSENT = []


def claimant(consent=False, **kw):
    p = Person(**kw)
    if consent:
        CONSENT.append(p.email)
    return p


def R_choice(xs):
    return R.choice(xs)


# ------------------------------------------------------------------ writing helpers
QUOTE_START = re.compile(r"\n\n(?=> On \d|-------- Forwarded Message|On \d\d/\d\d/\d{4} \d\d:\d\d, )")


def sign(s, text, short=False, disclaimer=True):
    """add the signature where the client puts it: above a quoted or forwarded part"""
    if isinstance(s, tuple):
        block = "-- \n" + s[0] + "\n" + PRIME + "\n" + LIV_OFFICE + ("\n\n" + DISCLAIMER if disclaimer else "")
    elif s.client == "iphone":
        block = "Sent from my iPhone"
    else:
        block = sig(s, short=short, disclaimer=disclaimer)
    m = QUOTE_START.search(text)
    if m:
        return text[:m.start()] + "\n\n" + block + "\n\n" + text[m.end():]
    return text + "\n\n" + block


def S(k):
    return STAFF[k]


def SH(k):
    return SHARED[k]


def ap_quote(frm, dt, text):
    """Apple Mail reply quote"""
    return quote(attrib_apple(frm, dt) + "\n\n" + text)


def tb_quote(frm, dt, text):
    return attrib_tb(frm, dt) + "\n" + quote(text)


def amt(lo, hi):
    v = R.randint(lo * 100, hi * 100) / 100.0
    return "{:,.2f}".format(v)


OFFICES = ["Bootle", "Old Hall Street", "Kirkby", "Huyton", "Birkenhead", "Salford", "Eccles", "Oldham", "Wigan", "Stockport"]
JCPS = ["Bootle JCP", "Liverpool City JCP", "Kirkby JCP", "Huyton JCP", "Birkenhead JCP", "Salford JCP", "Eccles JCP",
        "Oldham JCP", "Wigan JCP", "Stockport JCP", "Ashton JCP", "Rochdale JCP"]


# ================================================================== no claimant data
def nc_perf_report(v):
    if v == 0:
        s = S("priya")
        rows = []
        for m in ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]:
            st = R.randint(380, 520)
            jo = R.randint(90, 160)
            rows.append([m + " 2026", st, jo, "%.1f%%" % (100.0 * jo / st), R.randint(40, 80), R.randint(3, 12)])
        office = [[o, R.randint(30, 90), R.randint(8, 30), "%.1f%%" % R.uniform(18, 41)] for o in OFFICES]
        blob = xlsx_bytes([("Summary", ["Month", "Starts", "Job outcomes", "Conversion", "Sustainment", "Late claims"], rows),
                           ("By office", ["Office", "Starts (Nov)", "Job outcomes (Nov)", "Cumulative conversion"], office),
                           ("Notes", ["Note"], [["Figures are counts of participants; no individual records."],
                                                ["Late claims are PRaP claims submitted after the 60-day window."]])])
        body = ("Hi Janet,\n\nPlease find attached the WHP contract performance report for November 2026 ahead of "
                "the CPR on the 9th. Headline: %d starts, %d job outcomes, cumulative conversion %.1f%% against an MPL "
                "of 32%%. Sustainment is tracking 4 points behind profile in Wigan and Oldham; the action plan is on the "
                "Notes tab.\n\nKind regards,\nPriya" % (rows[-1][1], rows[-1][2], R.uniform(33, 38)))
        sp = M(s, [DWP["janet"]], "WHP Contract Performance Report - November 2026", sign(s, body), cc=[S("siobhan")],
               atts=[att("MIEP_WHP_CPR_Nov2026.xlsx", blob)], day=3, hh=16, mm=12)
        return sp, L("no_claimant_data", T0, "Monthly contract performance report to the DWP contract performance manager: XLSX with monthly, office and notes sheets, aggregate counts only.")
    if v == 1:
        s = S("gareth")
        q = ("Gareth, quick one before Wednesday - is the 38.2% conversion on the GM tab before or after the 14 late "
             "claims? Janet\n\nJanet Holroyd\nContract Performance Manager\nDWP")
        body = ("Before. With the 14 late ones it's 39.0%. I'll get Priya to add a line to the pack.\n\nSent from my iPhone\n\n" +
                ap_quote(DWP["janet"], when(7, 13, 41), q))
        sp = M(s, [DWP["janet"]], "Re: GM conversion figure", body, day=7, hh=14, mm=2)
        return sp, L("no_claimant_data", T0, "iPhone reply with an Apple Mail quote; percentages and counts only.")
    s = S("yusuf")
    rows = []
    for j in JCPS:
        r = R.randint(40, 140)
        st = int(r * R.uniform(0.55, 0.8))
        rows.append([j, r, st, R.randint(5, 40), R.randint(2, 25), "%.1f" % (100.0 * st / r)])
    tot = [sum(r[i] for r in rows) for i in range(1, 5)]
    txt = fixed_width(["JOBCENTRE", "REFERRALS", "STARTS", "JOB_OUT", "SUSTAIN", "R2S_PCT"], rows, [22, 11, 8, 9, 9, 8],
                      title=["MIEP WHP - OUTCOMES BY JOBCENTRE - PERIOD 2026-11", "RUN 2026-12-02 06:14  PROGRAM MIRPT042", ""],
                      footer=["", "TOTAL".ljust(22) + "".join(str(t).ljust(w) for t, w in zip(tot, [11, 8, 9, 9])), "*** END OF REPORT ***"])
    body = ("Janet, Priya,\n\nThe November outcomes-by-Jobcentre extract is attached as the usual fixed-width file "
            "(the MI server still can't do xlsx). Referral-to-start is down in Ashton and Rochdale; I've checked the "
            "joins and it is real, not a data issue.\n\nYusuf")
    sp = M(s, [DWP["janet"], S("priya")], "Outcomes by Jobcentre - Nov 2026 (fixed-width)", sign(s, body, short=True),
           atts=[att("WHP_OUTCOMES_BY_JCP_202611.txt", txt.encode())], day=2, hh=9, mm=30)
    return sp, L("no_claimant_data", T0, "Fixed-width text report of referrals, starts and outcomes by Jobcentre; totals only.")


def nc_invoice(v):
    if v == 0:
        s = S("deepa")
        lines = [["WHP service fee - November 2026", "1", amt(180000, 220000)],
                 ["Restart delivery fee - November 2026", "1", amt(90000, 120000)],
                 ["Less: credit note CN-2026-031", "1", "-" + amt(1000, 3000)]]
        pages = [[("h", "INVOICE INV-2026-1187"),
                  ("kv", [("From", PRIME), ("To", "DWP Provider Payments"), ("Invoice date", "4 December 2026"),
                          ("Contract", "WHP-NW-LOT3 / RESTART-NW-02"), ("VAT registration", "GB 123 4567 89"),
                          ("Purchase order", "PO 40012 77 C")]),
                  ("table", ["Description", "Qty", "Amount (GBP)"], lines),
                  ("p", "Payment by BACS within 30 days to: %s, sort code %s, account %s. Remittance advice to "
                        "finance.payments@%s." % (PRIME, PRIME_BANK[0], PRIME_BANK[1], INT))]]
        blob = pdf_bytes("INV-2026-1187", pages)
        body = ("Good afternoon,\n\nPlease find attached invoice INV-2026-1187 for the November service fees on "
                "WHP-NW-LOT3 and RESTART-NW-02. The credit note CN-2026-031 agreed at the last CPR has been netted off.\n\n"
                "Many thanks,\nDeepa")
        sp = M(s, ["provider.payments.invoices@dwp.gov.uk"], "Invoice INV-2026-1187 - November service fees",
               sign(s, body), cc=[SH("fin")], atts=[att("INV-2026-1187.pdf", blob)], day=4, hh=15, mm=20)
        return sp, L("no_claimant_data", T0, "Service-fee invoice PDF to DWP with the provider's own bank details, VAT number and a PO number that looks like a spaced NINO but has O as its second letter.")
    if v == 1:
        s = S("ewan")
        body = ("Hello,\n\nWe've received invoice DS-448120 (£%s) for the toner order but our PO 7712 was for 12 "
                "cartridges, not 18. Could you send a credit note for the difference or confirm the extra six were "
                "delivered to Dale House? Our goods-received note says 12.\n\nThanks,\nEwan" % amt(600, 900))
        sp = M(s, [OTH["desk"]], "Invoice DS-448120 / PO 7712 - quantity query", sign(s, body), day=8, hh=11, mm=5)
        return sp, L("no_claimant_data", T0, "Supplier invoice quantity query.")
    s = S("tomasz")
    q = "Hi, invoice DC-2291 attached for the Supply Chain Forum lunch (45 covers). Regards, Dockside Catering"
    body = ("Hi,\n\nThanks - we only had 38 attendees in the end and the booking confirmation (ref DCK-0312) allowed "
            "changes up to 48 hours before. Could you reissue DC-2291 for 38 covers?\n\nTomasz\n\n" +
            tb_quote(OTH["cater"], when(2, 10, 12), q))
    sp = M(s, [OTH["cater"]], "Re: Invoice DC-2291", sign(s, body), day=3, hh=9, mm=47)
    return sp, L("no_claimant_data", T0, "Catering invoice dispute, Thunderbird quote.")


def nc_remittance(v):
    if v == 0:
        s = S("tomasz")
        rows = []
        for i in range(7):
            d = datetime.date(2026, R.randint(3, 10), R.randint(1, 28))
            rows.append(["BW-%04d" % R.randint(300, 900), d.strftime("%d-%m-%y"), "04-12-26", amt(800, 9000)])
        blob = csv_text(["Invoice", "Invoice date", "Paid", "Amount GBP"], rows, delim=";")
        body = ("Hi Craig,\n\nRemittance RA-2026-12-04 attached (semicolon CSV as your system likes). Payment left our "
                "account (sort code %s, account %s) this morning and should clear Monday.\n\n"
                "Two invoices from April are included - dated 12-04-26 and 30-04-26 - which were held pending the "
                "contract variation.\n\nThanks,\nTomasz" % PRIME_BANK)
        sp = M(s, [BW["craig"]], "Remittance advice RA-2026-12-04", sign(s, body), cc=[SH("fin")],
               atts=[att("RA-2026-12-04.csv", blob)], day=4, hh=10, mm=2)
        return sp, L("no_claimant_data", T0, "Remittance to a subcontractor: semicolon CSV of invoice numbers, dd-mm-yy dates that look like sort codes, the provider's own bank account.")
    if v == 1:
        s = S("ewan")
        rows = [["NORTHSTAR TRAINING LTD", "20-32-06", "53718290", amt(10000, 30000), "NS-INV-%d" % R.randint(1000, 1999)],
                ["BRIDGEWAY SUPPORT", "40-11-62", "91023846", amt(20000, 40000), "BW-%d" % R.randint(900, 999)],
                ["DESKLINE SUPPLIES LTD", "30-15-99", "12004417", amt(500, 900), "DS-448120"],
                ["REDBRICK RECORDS STORAGE", "60-83-71", "44120937", amt(300, 700), "RRS-2026-11"]]
        txt = fixed_width(["PAYEE", "SORT", "ACCOUNT", "AMOUNT", "REFERENCE"], rows, [28, 10, 10, 12, 16],
                          title=["BACS PAYMENT RUN PREVIEW - MIEP - VALUE DATE 10/12/2026", ""],
                          footer=["", "4 PAYMENTS - SUPPLIER ACCOUNTS ONLY"])
        body = ("Rosa,\n\nFor your finance team: this week's BACS run preview is attached so you can match the "
                "Northstar line. Value date Thursday 10 Dec.\n\nEwan")
        sp = M(s, [NS["rosa"]], "BACS run preview - value date 10/12", sign(s, body), atts=[att("BACS_PREVIEW_101226.prn", txt.encode())],
               day=8, hh=15, mm=33)
        return sp, L("no_claimant_data", T0, "Fixed-width BACS preview of supplier and subcontractor payments: organisations' own sort codes and accounts, not claimant data.")
    s = S("deepa")
    body = ("Hi Rosa,\n\nJust so you know, the December remittance run moves to Thursday 17th because of the "
            "Christmas close-down. BACS reference will be 171226-NS as usual format. Anything not approved by 12:00 on "
            "the 15th rolls to January.\n\nDeepa")
    sp = M(s, [NS["rosa"]], "December remittance run date", sign(s, body), day=9, hh=12, mm=14)
    return sp, L("no_claimant_data", T0, "Remittance timetable with a date-shaped BACS reference.")


def nc_payval(v):
    if v == 0:
        s = S("hannah")
        q = ("Hannah,\n\nFor the October PVT sample we selected 42 job outcome claims. 39 passed, 3 failed on evidence "
             "(payslip period did not cover the outcome date). Please resubmit or withdraw by 11 December.\n\n"
             "Ravi Menon\nProvider Payment Validation Team")
        body = ("Hi Ravi,\n\nThanks. We'll resubmit two with fresh payslips and withdraw the third. I'll send the "
                "resubmissions through PRaP rather than email.\n\nThanks,\nHannah\n\n" + ap_quote(DWP["ravi"], when(3, 14, 2), q))
        sp = M(s, [DWP["ravi"]], "Re: PVT sample October 2026 - results", sign(s, body, short=True), day=4, hh=9, mm=12)
        return sp, L("no_claimant_data", T0, "Apple Mail reply ('On 3 Dec 2026, at 14:02, ...') about an aggregate payment-validation result.")
    s = S("liam")
    fwd = tb_forward_block(DWP["ppvt"], [SH("claims")], "Batch 2026-11-B rejected", when(-30, 16, 40),
                           "Your claims batch 2026-11-B (58 records) was rejected at load: line 1 header does not "
                           "match specification v3.2 (column 7 'OUTCOME_TYPE' missing).\n\nPPVT North West")
    body = "Ravi / PPVT,\n\nHeader fixed and batch reloaded as 2026-11-B2 this morning. Same 58 records.\n\nLiam\n\n" + fwd
    sp = M(s, [DWP["ppvt"]], "Fwd: Batch 2026-11-B rejected", sign(s, body, short=True), day=1, hh=10, mm=15)
    return sp, L("no_claimant_data", T0, "Thunderbird forwarded-message block about a rejected claims batch (counts only).")


def nc_audit(v):
    if v == 0:
        s = S("aoife")
        rows = [[d, o, a] for d, o, a in [("Tue 12 Jan", "Bootle", "A Gallagher"), ("Wed 13 Jan", "Kirkby", "A Gallagher"),
                                          ("Tue 19 Jan", "Salford", "L Doherty"), ("Thu 21 Jan", "Eccles", "L Doherty"),
                                          ("Tue 26 Jan", "Birkenhead", "A Gallagher")]]
        blob = docx_bytes("Q4 quality audit schedule", [("h", "Bridgeway Support - Q4 quality audit schedule"),
                                                        ("table", ["Date", "Site", "Lead auditor"], rows),
                                                        ("p", "Each visit samples 10% of open case files (minimum 8). The sample list will be sent two working days before each visit.")],
                          header="MIEP Quality & Audit", footer="OFFICIAL")
        body = ("Hi Anwen,\n\nHere's the Q4 audit schedule for Bridgeway sites. Sample lists go out two working days "
                "before each visit, as before.\n\nAoife")
        sp = M(s, [BW["anwen"]], "Q4 audit schedule - Bridgeway", sign(s, body), atts=[att("Q4 audit schedule - Bridgeway.docx", blob)], day=2, hh=11, mm=20)
        return sp, L("no_claimant_data", T0, "Audit schedule DOCX (header/footer) with staff names only.")
    if v == 1:
        s = S("aoife")
        blob = docx_bytes("Audit findings Bootle", [
            ("h", "Quality audit - Bootle - findings summary"),
            ("p", "30 case files sampled on 26 November 2026."),
            ("table", ["Finding", "Files", "Rating"], [["Action plan not signed by participant", "4", "Amber"],
                                                       ["Health information recorded in free-text notes rather than the restricted field", "2", "Red"],
                                                       ["Outcome evidence not uploaded within 10 days", "6", "Amber"],
                                                       ["Consent form (DPA) missing", "1", "Red"]]),
            ("p", "No individual participants are identified in this summary. File-level detail is held on the audit system.")],
            footer="OFFICIAL - SENSITIVE (commercial)")
        body = ("Funmi,\n\nSummary of the Bootle findings attached. The two red ratings need a response by 18 Dec. "
                "Happy to talk it through on Thursday.\n\nAoife")
        sp = M(s, [BW["funmi"]], "Bootle audit - findings summary", sign(s, body), cc=[BW["anwen"]],
               atts=[att("Bootle audit findings.docx", blob)], day=7, hh=16, mm=40)
        return sp, L("no_claimant_data", T0, "Aggregate audit findings ('health information recorded in free-text notes' in 2 files) with nobody identified.")
    if v == 2:
        s = SH("qa")
        body = ("Dear colleagues,\n\nFor the annual case-file audit we will draw the sample as follows:\n\n"
                " 1. Export all participants with a start date between 1 April and 30 September 2026.\n"
                " 2. Stratify by office and by outcome status (in work / not in work).\n"
                " 3. Random sample of 8%, minimum 10 per office, seeded so the draw can be repeated.\n"
                " 4. Sample lists will contain surname, initial and PRaP reference only.\n\n"
                "Please make sure files are complete on the case management system by 8 January.")
        sp = M(s, [NS["rosa"], NS["marcus"]], "Annual case-file audit - sampling method", sign(s, body), client="tbird", day=9, hh=10, mm=0)
        return sp, L("no_claimant_data", T0, "Sampling methodology from the shared quality mailbox; no sample attached.")
    s = S("aoife")
    body = ("Hi Helen,\n\nFor the ESF audit on 14 January the evidence will be in the usual folder structure: "
            "01 Contract, 02 Eligibility, 03 Participation, 04 Outcomes, 05 Publicity. You'll have read-only access "
            "to the audit room PC from 09:00. Could you confirm how many of your team are coming so I can book the room?\n\n"
            "Thanks,\nAoife")
    sp = M(s, [OTH["audit"]], "ESF audit 14 Jan - arrangements", sign(s, body), day=10, hh=14, mm=25)
    return sp, L("no_claimant_data", T0, "External audit arrangements.")


def nc_complaints(v):
    if v == 0:
        s = S("nkechi")
        rows = [["Staff conduct", 14, 5, 11.2], ["Appointment missed by provider", 9, 6, 6.5], ["Data handling", 3, 1, 14.0],
                ["Travel expenses", 7, 4, 5.1], ["Accessibility", 4, 2, 9.8], ["Other", 6, 1, 7.4]]
        blob = csv_text(["category", "received", "upheld", "avg_days_to_close"], rows, delim="|", crlf=False)
        body = ("Hi Janet,\n\nQ3 complaints summary for the contract attached (pipe-delimited, as the template asks). "
                "43 received, 19 upheld, all closed within the 20-day standard except one data-handling case that went "
                "to the DPO.\n\nNkechi")
        sp = M(s, [DWP["janet"]], "Q3 complaints summary - WHP NW", sign(s, body), atts=[att("complaints_q3_summary.psv", blob, mt="text/plain")], day=2, hh=15, mm=5)
        return sp, L("no_claimant_data", T0, "Pipe-delimited complaints counts by category.")
    s = SH("complaints")
    body = ("Hello Bridgeway colleagues,\n\nA reminder of the complaints process for the supply chain:\n\n"
            "- acknowledge within 2 working days;\n- log the complaint on the shared log the same day;\n"
            "- never send the complainant's details or the complaint text by ordinary email - use the log;\n"
            "- complaints about health information, discrimination or safeguarding go to the Quality team "
            "immediately.\n\nRefresher sessions are on 10 and 15 December, 14:00, Teams.")
    sp = M(s, [BW["funmi"], BW["anwen"]], "Complaints process - refresher", sign(s, body), client="tbird", day=1, hh=13, mm=10)
    return sp, L("no_claimant_data", T0, "Process reminder mentioning health, discrimination and safeguarding in general.")


def nc_subcon(v):
    if v == 0:
        s = S("meiling")
        kpis = [["Starts vs profile", "94%", "Green"], ["Job outcomes vs profile", "81%", "Amber"],
                ["Sustainment (6 months)", "63%", "Amber"], ["Evidence within 10 days", "88%", "Green"],
                ["Complaints upheld", "2", "Green"], ["Audit red ratings", "1", "Amber"]]
        blob = pdf_bytes("Northstar Q3 review", [[("h", "Northstar Training - Q3 2026/27 performance review"),
                                                   ("table", ["Measure", "Result", "RAG"], kpis),
                                                   ("p", "Actions: 1) outcome evidence chasing to move to weekly; 2) sustainment calls at week 20.")],
                                                  [("h2", "Trend"), ("pre", fixed_width(["Month", "Starts", "Outcomes"],
                                                   [[m, R.randint(40, 70), R.randint(10, 25)] for m in ["Jul", "Aug", "Sep"]], [8, 8, 10]))]],
                         footer="Northstar Q3 review - page {n}")
        body = ("Hi Rosa,\n\nThe Q3 review pack is attached ahead of our meeting on the 10th. Outcomes are the main "
                "discussion point; everything else is green or close.\n\nBest,\nMei-Ling")
        sp = M(s, [NS["rosa"]], "Northstar Q3 performance review pack", sign(s, body), atts=[att("Northstar Q3 review.pdf", blob)],
               day=3, hh=10, mm=40, tail="")
        return sp, L("no_claimant_data", T0, "Two-page subcontractor review PDF with KPIs; Apple Mail trailing text part after the attachment.")
    if v == 1:
        s = S("meiling")
        notes = ("Notes - Bridgeway contract review, 1 December 2026\nPresent: Mei-Ling Chow, Siobhan McAllister (MIEP); "
                 "Funmilayo Adeyemi, Craig Rimmer (Bridgeway)\n\n1. Performance: starts on profile; outcomes 6 short.\n"
                 "2. Finance: two invoices held pending CV07 - Tomasz to release.\n3. Quality: Bootle red ratings - "
                 "Anwen to respond by 18 Dec.\n4. AOB: Funmi on leave 21 Dec - 4 Jan; Craig deputising.\n")
        body = "Hi Funmi,\n\nNotes from Tuesday below - shout if I've missed anything.\n\n" + notes + "\nMei-Ling"
        sp = M(s, [BW["funmi"]], "Contract review notes - 1 Dec", sign(s, body), cc=[BW["craig"]], day=2, hh=9, mm=5)
        return sp, L("no_claimant_data", T0, "Meeting notes naming staff of both organisations only, including a member of staff's leave.")
    s = S("siobhan")
    body = ("Dear Funmi and Rosa,\n\nFollowing the November figures I'm formally opening a performance improvement "
            "period under schedule 4 of your subcontracts for the job outcome measure. Targets for the period are in "
            "the table below; we'll review weekly.\n\n"
            "              Dec    Jan    Feb\nBridgeway      42     45     47\nNorthstar      18     20     21\n\n"
            "This is a contractual step, not a criticism of your teams, and we'll support you through it.\n\nSiobhan")
    sp = M(s, [BW["funmi"], NS["rosa"]], "Performance improvement period - job outcomes", sign(s, body), day=8, hh=17, mm=2)
    return sp, L("no_claimant_data", T0, "Contractual notice with an aligned plain-text table of targets.")


def nc_digest(v):
    if v == 0:
        s = SH("cm")
        body = ("CONTRACT MANAGEMENT - WEEKLY ROUND-UP - w/c 7 December\n\n"
                "1) PRaP maintenance: Saturday 12 Dec 18:00 to Sunday 13 Dec 08:00. No claims in that window.\n\n"
                "2) Invoice deadline: December invoices by 15 Dec please; anything later is paid in January.\n\n"
                "3) ESF audit: DWP ESF auditors are with us 14-15 January. Folder structure guide on SharePoint.\n\n"
                "4) Training: GDPR refresher for supply-chain staff, 16 Dec, 10:00 (Teams).\n\n"
                "5) Christmas: offices close 24 Dec 13:00, reopen 4 Jan.\n\n"
                "6) Policy: information security policy v4.2 published - key change is that evidence packs go by "
                "encrypted email or the portal, never plain email.\n")
        sp = M(s, [NS["rosa"], BW["funmi"]], "Weekly round-up - w/c 7 Dec", sign(s, body), cc=[NS["marcus"], BW["craig"]], client="tbird", day=7, hh=8, mm=30)
        return sp, L("no_claimant_data", T0, "Digest-style round-up with six short items, none about a person.")
    if v == 1:
        s = SH("fin")
        body = ("FINANCE DIGEST - REMITTANCE RUN 7 DECEMBER\n\n"
                "* Bridgeway Support: 3 invoices, £%s - paid\n* Northstar Training: 2 invoices, £%s - paid\n"
                "* Deskline Supplies: 1 invoice, £%s - held (quantity query)\n* Dockside Catering: DC-2291 - awaiting reissue\n\n"
                "Next run: 17 December (see note from Deepa).\n" % (amt(20000, 40000), amt(10000, 20000), amt(600, 900)))
        sp = M(s, [BW["craig"], NS["rosa"]], "Finance digest - remittance run 7 Dec", sign(s, body), client="tbird", day=7, hh=16, mm=15)
        return sp, L("no_claimant_data", T0, "Finance digest of supplier payments.")
    s = SH("qa")
    body = ("QUALITY BULLETIN No. 14 - December 2026\n\n"
            "Common findings this quarter\n"
            "- Health conditions, mental health and substance misuse recorded in free-text case notes. Use the "
            "restricted 'barriers' field only.\n"
            "- Criminal record details copied into action plans. Only record what is needed for job matching.\n"
            "- Photocopies of passports left in paper files.\n\n"
            "Good practice\n- Kirkby's evidence tracker (attached to the SharePoint page).\n\n"
            "Dates\n- Next audit window opens 12 January.\n")
    sp = M(s, [BW["anwen"], NS["joanne"]], "Quality Bulletin No. 14", sign(s, body), client="tbird", day=10, hh=9, mm=0)
    return sp, L("no_claimant_data", T0, "Quality bulletin naming special categories as topics, about nobody.")


def ooo_spec(s, to, orig_subject, text, day, hh, mm, orig_mid=None, quoted=None):
    body = text
    if quoted:
        body += "\n\n" + quoted
    hdrs = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")]
    if orig_mid:
        hdrs.append(("In-Reply-To", orig_mid))
    return M(s, [to], "Out of Office: " + orig_subject, body, headers=hdrs, client="plain", day=day, hh=hh, mm=mm)


def nc_ooo(v):
    if v == 0:
        s = S("siobhan")
        sp = ooo_spec(s, DWP["janet"], "RE: Contract review agenda - 9 Dec",
                      "Thank you for your email. I am on leave until Monday 7 December with limited access to email. "
                      "For urgent contract matters please contact contract.management@%s or Kwame Asante-Boateng on "
                      "0151 496 0427.\n\nSiobhan McAllister\nHead of Contract Management\n%s" % (INT, PRIME), 4, 7, 31)
        return sp, L("no_claimant_data", T0, "Out-of-office auto-reply (Auto-Submitted) to DWP.")
    if v == 1:
        s = S("tomasz")
        sp = ooo_spec(s, OTH["desk"], "Statement of account - November",
                      "I'm out of the office on Thursday 10 December. Payment queries: finance.payments@%s." % INT, 10, 8, 2)
        return sp, L("no_claimant_data", T0, "Out-of-office auto-reply to a supplier.")
    if v == 2:
        s = S("aoife")
        sp = ooo_spec(s, BW["anwen"], "Re: Bootle audit - findings summary",
                      "I'm on audit visits until 16 December and checking email in the evenings. For an urgent "
                      "safeguarding concern about a participant, do not wait for me: call the safeguarding line on "
                      "0151 496 0400 or email quality.audit@%s.\n\nAoife Gallagher" % INT, 15, 12, 44)
        return sp, L("no_claimant_data", T0, "Out-of-office reply mentioning safeguarding in general; office line only.")
    s = S("chidi")
    c = Person()
    sp = ooo_spec(s, c.email, "Re: my appointment",
                  "Thanks for your message. I'm out of the office until Monday 14 December. If you need to change an "
                  "appointment please email participant.services@%s or call 0808 157 0123 (free).\n\nChidi Okoro\n%s" % (INT, PRIME), 11, 9, 3)
    return sp, L("no_claimant_data", T0, "Out-of-office auto-reply to a participant's own address; says nothing about them.")


def nc_dsn(v):
    if v == 0:
        orig_hdr = ("Return-Path: <gary.lunt@redbrick-records.co.uk>\nReceived: from mail.redbrick-records.co.uk "
                    "(mail.redbrick-records.co.uk [192.0.2.44])\n\tby mx1.%s (Postfix) with ESMTPS id 4QX7C2\n\t"
                    "for <paul.hesketh@%s>; Tue, 8 Dec 2026 09:12:40 +0000 (UTC)\nFrom: Gary Lunt <gary.lunt@redbrick-records.co.uk>\n"
                    "To: paul.hesketh@%s\nSubject: Box retrieval request RB-22817 - boxes 3310-3314\n"
                    "Date: Tue, 8 Dec 2026 09:12:31 +0000\nMessage-ID: <rb22817.1@redbrick-records.co.uk>\n" % (INT, INT, INT))
        human = ("This is the mail system at host mx1.%s.\n\nI'm sorry to have to inform you that your message could "
                 "not be delivered to one or more recipients.\n\n<paul.hesketh@%s>: user unknown (mailbox closed)\n" % (INT, INT))
        mime = dsn_mime(human, "paul.hesketh@" + INT, "5.1.1", "x-unix; user unknown", headers_only=orig_hdr,
                        arrival="Tue, 8 Dec 2026 09:12:40 +0000 (UTC)")
        sp = M(SH("daemon"), [OTH["records"]], "Undelivered Mail Returned to Sender", mime=mime, client="daemon", day=8, hh=9, mm=12)
        return sp, L("no_claimant_data", T0, "DSN bounce (multipart/report; delivery-status) to a supplier, original headers only (text/rfc822-headers).")
    orig = inner(OTH["desk"], ["accounts.payable@" + INT], "Statement of account - November 2026",
                 "Please find below your statement.\n\nDS-447902  02/11/2026  £212.40\nDS-448120  19/11/2026  £%s\n"
                 "Balance due: £%s\n\nDeskline Supplies Ltd" % (amt(600, 900), amt(800, 1200)), 9, 7, 50, client="plain")
    human = ("This is the mail system at host mx1.%s.\n\nYour message could not be delivered to "
             "<accounts.payable@%s>: the mailbox has been retired. Please use finance.payments@%s.\n\n"
             "The original message is attached.\n" % (INT, INT, INT))
    mime = dsn_mime(human, "accounts.payable@" + INT, "5.1.1", "x-unix; mailbox retired", original=orig)
    sp = M(SH("daemon"), [OTH["desk"]], "Undelivered Mail Returned to Sender", mime=mime, client="daemon", day=9, hh=7, mm=51)
    return sp, L("no_claimant_data", T0, "DSN bounce returning the full original message (message/rfc822): a supplier's statement of account.")


def nc_mdn(v):
    if v == 0:
        s = S("kwame")
        oh = ("From: Janet Holroyd <janet.holroyd@dwp.gov.uk>\nTo: Kwame Asante-Boateng <%s>\n"
              "Subject: CPR actions - November\nDate: Thu, 3 Dec 2026 11:20:04 +0000\nMessage-ID: <cpr-nov-actions@dwp.gov.uk>\n"
              "Disposition-Notification-To: Janet Holroyd <janet.holroyd@dwp.gov.uk>\n" % s.email)
        mime = mdn_mime("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only "
                        "acknowledges that the message was displayed on the recipient's computer. There is no guarantee "
                        "that the recipient has read or understood the message contents.\n" % s.email,
                        s.email, "<cpr-nov-actions@dwp.gov.uk>", headers_only=oh)
        sp = M(s, [DWP["janet"]], "Return Receipt (displayed) - CPR actions - November", mime=mime, day=3, hh=11, mm=48)
        return sp, L("no_claimant_data", T0, "Thunderbird read receipt (multipart/report; disposition-notification) with the original headers.")
    if v == 1:
        s = S("ewan")
        oh = ("From: Craig Rimmer <craig.rimmer@%s>\nTo: %s\nSubject: Query on RA-2026-12-04\n"
              "Date: Fri, 4 Dec 2026 14:05:51 +0000\nMessage-ID: <ra-q-1204@%s>\n" % (BRIDGEWAY, s.email, BRIDGEWAY))
        mime = mdn_mime("This is a Return Receipt for the mail that you sent to %s.\n" % s.email, s.email,
                        "<ra-q-1204@%s>" % BRIDGEWAY, headers_only=oh)
        sp = M(s, [BW["craig"]], "Return Receipt (displayed) - Query on RA-2026-12-04", mime=mime, day=7, hh=8, mm=55)
        return sp, L("no_claimant_data", T0, "Read receipt to a subcontractor's finance officer.")
    s = S("liam")
    orig = inner(DWP["ravi"], [s], "PVT batch 2026-11-B2 loaded",
                 "Liam,\n\nBatch 2026-11-B2 loaded cleanly: 58 records, 0 errors. Validation sample to follow in "
                 "January.\n\nRavi", 2, 15, 20, client="plain", headers=[("Disposition-Notification-To", DWP["ravi"].email)])
    mime = mdn_mime("This is a Return Receipt for the mail that you sent to %s.\n" % s.email, s.email,
                    orig["Message-ID"], original=orig)
    sp = M(s, [DWP["ravi"]], "Return Receipt (displayed) - PVT batch 2026-11-B2 loaded", mime=mime, day=2, hh=15, mm=31)
    return sp, L("no_claimant_data", T0, "Read receipt that carries the whole original message (message/rfc822), counts only.")


def nc_fwd(v):
    if v == 0:
        s = S("kwame")
        fwd = tb_forward_block(("PRaP Service Management", "prap.servicemanagement@dwp.gov.uk"), [("Providers", "providers-nw@dwp.gov.uk")],
                               "PRaP scheduled maintenance - 12/13 December", when(-27, 12, 0),
                               "PRaP will be unavailable from 18:00 Saturday 12 December until 08:00 Sunday 13 December "
                               "for scheduled maintenance. Claims in progress should be saved before 17:30.")
        body = "All - FYI, please plan claims around this.\n\nKwame\n\n" + fwd
        sp = M(s, [NS["rosa"], BW["funmi"]], "Fwd: PRaP scheduled maintenance - 12/13 December", sign(s, body, short=True), day=1, hh=9, mm=20)
        return sp, L("no_claimant_data", T0, "Thunderbird inline forward of a DWP service notice.")
    if v == 1:
        s = S("liam")
        fwd = tb_forward_block(("Provider Guidance", "provider.guidance@dwp.gov.uk"), [("Providers", "providers-nw@dwp.gov.uk")],
                               "Generic Provider Guidance - Chapter 8 updated", when(-26, 9, 30),
                               "Chapter 8 (Information Security) has been updated. The exemptions for unencrypted email are "
                               "unchanged: up to 10 CVs, 10 application forms, 10 interview/job offer/appointment letters and "
                               "lists of up to 500 names. Date of birth, NINO, bank details, medical and criminal record "
                               "information must not be sent by unencrypted email.")
        body = "For your information and for your next team meeting.\n\nLiam\n\n" + fwd
        sp = M(s, [NS["rosa"], BW["anwen"]], "Fwd: Generic Provider Guidance - Chapter 8 updated", sign(s, body, short=True), day=2, hh=14, mm=0)
        return sp, L("no_claimant_data", T0, "Forward of a DWP guidance notice that lists the data categories in general.")
    if v == 2:
        s = S("kwame")
        fwd = tb_forward_block(DWP["carys"], [s], "ESF audit visit - 14/15 January 2027", when(-25, 11, 10),
                               "Dear Kwame,\n\nThis is to confirm our ESF audit visit on 14-15 January 2027 at Tithebarn House. "
                               "We will need a room for three auditors, read-only access to the case management system, "
                               "and the contract file. We will select the participant sample on the first morning.\n\n"
                               "Carys Llewellyn\nESF Audit", cc=[S("siobhan")])
        body = "Anwen - heads up, Bridgeway files may be in the sample.\n\n" + fwd
        sp = M(s, [BW["anwen"]], "Fwd: ESF audit visit - 14/15 January 2027", sign(s, body, short=True), day=3, hh=12, mm=5)
        return sp, L("no_claimant_data", T0, "Forwarded audit-visit letter with a CC line; no participants.")
    s = S("deepa")
    orig = inner(DWP["janet"], [S("deepa"), S("siobhan")], "Contract variation CV07 - payment profile",
                 "Deepa, Siobhan,\n\nCV07 is signed. The revised payment profile moves 4% of the outcome payment into the "
                 "service fee from January. Schedule attached to the contract portal.\n\nJanet", -30, 15, 5, client="plain")
    body = ("Hi Helen,\n\nAs discussed, the DWP email confirming CV07 is attached for your year-end file.\n\nDeepa")
    sp = M(s, [OTH["audit"]], "CV07 confirmation for year-end file", sign(s, body), atts=[att_msg(orig, "Contract variation CV07 - payment profile.eml")],
           day=4, hh=11, mm=30)
    return sp, L("no_claimant_data", T0, "Apple Mail forward-as-attachment (message/rfc822) of a DWP contract email.")


def nc_meeting(v):
    if v == 0:
        s = S("siobhan")
        desc = ("Agenda: 1. November performance 2. CV07 implementation 3. ESF audit prep 4. AOB\n"
                "Join: Teams meeting ID 384 221 907 114, passcode 7Xk2Pq")
        ics = ics_bytes("cpr-20261209@" + INT, "WHP contract performance review", "20261209T100000Z", "20261209T113000Z",
                        "Tithebarn House, Room 3.02 / Teams", desc, s, [DWP["janet"], DWP["olu"], S("kwame")])
        cal = MIMEPart(policy=policy.default)
        cal.set_content(ics, maintype="text", subtype="calendar", cte="base64", params={"method": "REQUEST"})
        alt = multipart("alternative", [text_part(("You have been invited to: WHP contract performance review\n"
                                                        "Wednesday 9 December 2026, 10:00-11:30\n\n" + desc), flowed=True), cal])
        mixed = multipart("mixed", [alt, make_att_part(att("invite.ics", ics, mt="application/ics"), "apple")])
        sp = M(s, [DWP["janet"], DWP["olu"]], "Invitation: WHP contract performance review @ Wed 9 Dec 2026 10:00",
               mime=mixed, cc=[S("kwame")], day=1, hh=16, mm=45)
        return sp, L("no_claimant_data", T0, "Calendar invitation: text/calendar alternative plus invite.ics; Teams meeting ID and passcode.")
    if v == 1:
        s = S("kwame")
        blob = docx_bytes("Supply Chain Forum minutes", [
            ("h", "Supply Chain Forum - 3 December 2026"),
            ("p", "Attendees: Siobhan McAllister, Kwame Asante-Boateng, Mei-Ling Chow (MIEP); Rosa Delgado, Joanne Pye "
                  "(Northstar); Funmilayo Adeyemi, Anwen Roberts (Bridgeway). Apologies: Craig Rimmer."),
            ("table", ["#", "Action", "Owner", "Due"], [["1", "Circulate revised evidence standard", "KAB", "11 Dec"],
                                                        ["2", "Confirm January audit dates", "AR", "18 Dec"],
                                                        ["3", "Share sustainment call script", "JP", "18 Dec"]])],
            footer="Minutes - Supply Chain Forum")
        body = "All,\n\nMinutes and actions from Thursday attached.\n\nKwame"
        sp = M(s, [NS["rosa"], NS["joanne"], BW["funmi"], BW["anwen"]], "Supply Chain Forum - minutes 3 Dec", sign(s, body),
               atts=[att("Supply Chain Forum minutes 2026-12-03.docx", blob)], day=4, hh=13, mm=12)
        return sp, L("no_claimant_data", T0, "Minutes with attendee (staff) names only.")
    s = S("gareth")
    body = "Running about 10 mins late, traffic on the East Lancs. Start without me.\n\nSent from my iPhone"
    sp = M(s, [BW["funmi"]], "Running late", body, day=9, hh=9, mm=52)
    return sp, L("no_claimant_data", T0, "iPhone one-liner.")


def nc_finance_misc(v):
    if v == 0:
        s = S("deepa")
        rows = [["Service fee WHP (Dec)", amt(180000, 220000), "DWP"], ["Outcome payments accrued (claims in validation)", amt(40000, 90000), "DWP"],
                ["Subcontractor invoices not yet received", amt(20000, 50000), "Supply chain"], ["Audit fee", amt(8000, 15000), "Quayside Audit LLP"]]
        blob = xlsx_bytes([("Accruals", ["Item", "Amount GBP", "Counterparty"], rows),
                           ("Workings", ["Claim status", "Claims", "Value GBP"], [["In validation", R.randint(40, 90), amt(40000, 90000)],
                                                                                  ["Queried", R.randint(3, 12), amt(2000, 9000)]])])
        body = "Hi Helen,\n\nYear-end accruals schedule attached, with the claim workings on the second tab (counts and values only).\n\nDeepa"
        sp = M(s, [OTH["audit"]], "Year-end accruals schedule", sign(s, body), atts=[att("Accruals schedule Dec 2026.xlsx", blob)], day=11, hh=10, mm=10)
        return sp, L("no_claimant_data", T0, "Accruals XLSX with aggregate claim counts.")
    if v == 1:
        s = S("tomasz")
        body = ("Hi Sunita,\n\nStaff payroll cut-off for December is Wednesday 9th as agreed. Overtime sheets for the "
                "finance team will come from Deepa. Four starters (staff) on the new-starter form in the usual folder.\n\nTomasz")
        sp = M(s, [OTH["payroll"]], "December payroll cut-off", sign(s, body), day=3, hh=15, mm=50)
        return sp, L("no_claimant_data", T0, "Staff payroll administration; no participants.")
    if v == 2:
        s = S("ewan")
        ib = iban()
        body = ("Hello,\n\nWe received a letter asking us to change Deskline Supplies' bank details to IBAN %s. Before "
                "we make any change we call back on the number we already hold for you. Could someone in accounts "
                "call me on 0151 496 0493 to confirm?\n\nThanks,\nEwan" % iban_spaced(ib))
        sp = M(s, [OTH["desk"]], "Change of bank details - verification", sign(s, body), day=14, hh=11, mm=41)
        return sp, L("no_claimant_data", T0, "A supplier's own IBAN (valid checksum) in a mandate-fraud check: an organisation's details, not claimant data.")
    if v == 3:
        s = SH("fin")
        rows = [[m, R.randint(20, 60), amt(20000, 70000)] for m in ["Dec-26", "Jan-27", "Feb-27", "Mar-27"]]
        blob = csv_text(["month", "expected_claims", "expected_value_gbp"], rows, delim="\t")
        body = "Rosa,\n\nNorthstar outcome payment forecast to March attached (TSV). Counts and values only.\n"
        sp = M(s, [NS["rosa"]], "Outcome payment forecast to March", sign(s, body), client="tbird",
               atts=[att("northstar_forecast.tsv", blob)], day=14, hh=16, mm=5)
        return sp, L("no_claimant_data", T0, "Tab-separated forecast of outcome payments.")
    s = S("deepa")
    body = ("Janet,\n\nOn the credit note: CN-2026-031 relates to PO 40012 77 C and to the duplicated service fee line "
            "on INV-2026-1102. Our VAT number is GB 123 4567 89 and the company number 09876543, in case your "
            "accounts team needs them.\n\nDeepa")
    sp = M(s, [DWP["janet"]], "Credit note CN-2026-031", sign(s, body), day=15, hh=10, mm=20)
    return sp, L("no_claimant_data", T0, "Credit-note query: PO, VAT and company numbers as look-alikes.")


def nc_lookalikes(v):
    if v == 0:
        s = S("liam")
        body = ("Ravi,\n\nReconciliation of the three references you queried:\n\n"
                "  Claim CLM-AB1234567   -> PRaP claim, paid 27/11\n"
                "  PO123456C             -> our purchase order, not a claim\n"
                "  Asset NK 44 10 21 B   -> laptop asset tag, ignore\n"
                "  QQ 12 34 56 C         -> the dummy value in the test file you sent us\n\n"
                "None of them is a participant identifier.\n\nLiam")
        sp = M(s, [DWP["ravi"]], "Re: references in the November extract", sign(s, body, short=True), day=9, hh=12, mm=35)
        return sp, L("no_claimant_data", T0, "NINO look-alikes: PO prefix (O second letter), NK prefix, QQ prefix, a claim reference.")
    s = S("yusuf")
    spec = fixed_width(["FIELD", "FORMAT", "EXAMPLE", "NOTES"],
                       [["NINO", "LL999999L", "QQ123456C", "upper case, no spaces"], ["DOB", "CCYY-MM-DD", "1900-01-01", "not sent on the outcome file"],
                        ["PRAP_ID", "9(7)", "0000000", ""], ["OUTCOME_TYPE", "X(2)", "JO", "JO/SO"]], [14, 12, 12, 30])
    body = "Marcus,\n\nSpec v3.2 for the monthly claims file below - the example values are the dummy ones from the DWP spec.\n\n" + spec + "\nYusuf"
    sp = M(s, [NS["marcus"]], "Claims file spec v3.2", sign(s, body, short=True), day=10, hh=11, mm=2)
    return sp, L("no_claimant_data", T0, "File specification with the QQ dummy NINO and a dummy 1900-01-01 DOB field example.")


def nc_templates(v):
    if v == 0:
        s = SH("qa")
        blob = docx_bytes("Outcome evidence checklist", [
            ("h", "Job outcome evidence checklist (blank)"),
            ("kv", [("Participant name", "______________"), ("NINO", "__ __ __ __ _"), ("Date of birth", "__/__/____"),
                    ("Employer", "______________"), ("Start date", "__/__/____")]),
            ("p", "Evidence accepted: payslip covering the outcome date; employer letter on headed paper; HMRC record.")],
            header="MIEP Quality & Audit", footer="Template QA-07 v3")
        body = "Hi Anwen,\n\nThe updated (blank) evidence checklist is attached - please use it from January.\n"
        sp = M(s, [BW["anwen"]], "Evidence checklist template QA-07 v3", sign(s, body), client="tbird",
               atts=[att("QA-07 evidence checklist v3.docx", blob)], day=11, hh=14, mm=0)
        return sp, L("no_claimant_data", T0, "Blank template with NINO and DOB field labels.")
    if v == 1:
        s = S("kwame")
        t1 = docx_bytes("Employer confirmation", [("h", "Employer confirmation of employment (blank)"),
                                                  ("kv", [("Employee name", ""), ("Job title", ""), ("Start date", ""), ("Hours", ""), ("Signed", "")])])
        t2 = odt_bytes("Self-employment evidence", [("h", "Self-employment evidence (blank)"), ("p", "Trading name: ________  Start date: ________")])
        innerz = zip_bytes([("blank_forms/employer_confirmation.docx", t1), ("blank_forms/self_employment_evidence.odt", t2)])
        outer = zip_bytes([("Q4 evidence templates/README.txt", b"Blank templates for Q4 evidence packs. Nothing personal in here.\r\n"),
                           ("Q4 evidence templates/blank_forms.zip", innerz)])
        body = "Rosa,\n\nTemplates for the Q4 evidence packs - zip inside a zip because SharePoint mangles the folder otherwise.\n\nKwame"
        sp = M(s, [NS["rosa"]], "Q4 evidence templates", sign(s, body, short=True), atts=[att("Q4 evidence templates.zip", outer)], day=8, hh=10, mm=48)
        return sp, L("no_claimant_data", T0, "Nested zip (zip within zip) of blank DOCX and ODT templates.")
    s = S("nkechi")
    blob = odt_bytes("Complaint form", [("h", "Complaint form (blank)"), ("table", ["Question", "Answer"], [["Your name", ""], ["How can we contact you?", ""], ["What happened?", ""]])])
    body = "Funmi,\n\nBlank complaint form in ODT as requested for the Birkenhead office.\n\nNkechi"
    sp = M(s, [BW["funmi"]], "Blank complaint form (ODT)", sign(s, body), atts=[att("complaint_form_blank.odt", blob)], day=14, hh=9, mm=15)
    return sp, L("no_claimant_data", T0, "Blank ODT form.")


def nc_policy(v):
    if v == 0:
        s = S("siobhan")
        pages = [[("h", "Safeguarding and Information Handling Policy v4.2"),
                  ("p", "1. Purpose. This policy applies to all staff in the MIEP supply chain."),
                  ("p", "2. Participants may disclose mental health conditions, substance misuse, offending history "
                        "(including MAPPA arrangements) or domestic abuse. Such information is special category data."),
                  ("p", "3. It must be recorded only in the restricted fields of the case management system and must "
                        "never be sent by unencrypted email.")],
                 [("h2", "Annex A - contacts"), ("p", "Safeguarding line 0151 496 0400. Data Protection Officer dpo@%s." % INT)]]
        blob = pdf_bytes("Safeguarding and Information Handling Policy v4.2", pages, footer="Policy v4.2 - page {n} of 2")
        body = "Dear all,\n\nVersion 4.2 of the policy is attached and takes effect on 4 January.\n\nSiobhan"
        sp = M(s, [NS["rosa"], BW["funmi"]], "Policy v4.2 - safeguarding and information handling", sign(s, body),
               atts=[att("Safeguarding and Information Handling Policy v4.2.pdf", blob)], day=14, hh=15, mm=30)
        return sp, L("no_claimant_data", T0, "Two-page policy PDF naming MAPPA, substance misuse and mental health in general.")
    if v == 1:
        s = S("aoife")
        body = ("Hi both,\n\nA reminder after this week's near miss elsewhere in the sector: evidence packs, fit notes "
                "and anything describing a participant's health or convictions go through the portal or encrypted "
                "email only. If in doubt, put [ENCRYPT] - no, actually, use the portal.\n\nAoife")
        sp = M(s, [BW["anwen"], NS["joanne"]], "Reminder - how to send evidence packs", sign(s, body), day=15, hh=13, mm=20)
        return sp, L("no_claimant_data", T0, "Information-security reminder mentioning the sender tag inside the body (not the subject).")
    s = S("kwame")
    blob = docx_bytes("Data sharing agreement", [
        ("h", "Data Sharing Agreement - MIEP and Bridgeway Support (draft 3)"),
        ("p", "Categories of data: identity and contact data; NINO; benefit status; health and disability; criminal "
              "offence data where relevant to job matching."),
        ("p", "Transfer: by the MIEP portal or encrypted email; lists of up to 500 names by ordinary email.")],
        footer="DRAFT 3")
    body = "Helen,\n\nThe draft DSA is attached for the audit file.\n\nKwame"
    sp = M(s, [OTH["audit"]], "Draft DSA - Bridgeway", sign(s, body, short=True), atts=[att("DSA Bridgeway draft 3.docx", blob)], day=16, hh=10, mm=5)
    return sp, L("no_claimant_data", T0, "Draft data-sharing agreement listing data categories.")


def nc_stats(v):
    if v == 0:
        s = S("priya")
        eth = [["White British", "61.2%"], ["White other", "9.8%"], ["Black / Black British", "8.9%"], ["Asian / Asian British", "11.4%"],
               ["Mixed", "4.1%"], ["Other / not stated", "4.6%"]]
        dis = [["Disability declared", "58.3%"], ["Mental health condition", "31.0%"], ["Ex-offender", "7.2%"]]
        blob = xlsx_bytes([("Ethnicity", ["Group", "Share of starts"], eth), ("Barriers", ["Barrier", "Share of starts"], dis)])
        body = "Janet,\n\nEquality monitoring for the half-year attached, as percentages of 2,941 starts.\n\nPriya"
        sp = M(s, [DWP["janet"]], "Equality monitoring H1 2026/27", sign(s, body), atts=[att("Equality monitoring H1.xlsx", blob)], day=10, hh=15, mm=45)
        return sp, L("no_claimant_data", T0, "Aggregate ethnicity and barrier percentages.")
    if v == 1:
        s = S("priya")
        rows = [[b, R.randint(100, 900), "%.1f" % R.uniform(15, 40)] for b in ["Health condition", "Mental health", "Ex-offender", "Care leaver", "Homeless", "None"]]
        blob = csv_text(["barrier_group", "starts", "job_outcome_pct"], rows, delim=";")
        body = "Olumide,\n\nOutcomes by barrier group for the partnership board (semicolon CSV).\n\nPriya"
        sp = M(s, [DWP["olu"]], "Outcomes by barrier group", sign(s, body, short=True), atts=[att("outcomes_by_barrier.csv", blob)], day=11, hh=9, mm=25)
        return sp, L("no_claimant_data", T0, "Semicolon CSV of outcome rates by barrier group.")
    s = S("yusuf")
    psv = csv_text(["month", "subcontractor", "starts", "outcomes", "evidence_10d_pct"],
                   [[m, sc, R.randint(20, 60), R.randint(5, 20), R.randint(70, 95)] for m in ["2026-09", "2026-10", "2026-11"] for sc in ["NORTHSTAR", "BRIDGEWAY"]],
                   delim="|", crlf=False)
    z = zip_bytes([("kpi/KPI_extract_2026-11.psv", psv), ("kpi/README.txt", b"Pipe-delimited. Aggregates per subcontractor and month.\n")])
    body = "Marcus,\n\nKPI extract attached (zip, pipe-delimited inside).\n\nYusuf"
    sp = M(s, [NS["marcus"]], "KPI extract Nov", sign(s, body, short=True), atts=[att("KPI_extract_2026-11.zip", z)], day=2, hh=8, mm=40)
    return sp, L("no_claimant_data", T0, "Zip holding a pipe-delimited aggregate KPI file.")


def nc_staff(v):
    if v == 0:
        s = S("gareth")
        body = ("Janet - I'm having the knee op on Tuesday after all, so I'll be off for about a fortnight. Could we "
                "move the GM review to the 16th? Priya can cover anything urgent.\n\nSent from my iPhone")
        sp = M(s, [DWP["janet"]], "GM review date", body, day=4, hh=18, mm=20)
        return sp, L("no_claimant_data", T0, "A member of staff's own operation: staff health, not claimant data.")
    if v == 1:
        s = S("siobhan")
        body = ("Hi Olumide,\n\nCould you arrange PRaP access for two new members of staff in the claims team:\n\n"
                "- Niamh Carroll, niamh.carroll@%s, Claims Officer\n- Suleiman Osei, suleiman.osei@%s, Claims Officer\n\n"
                "Both have completed the DWP security training (certificates on file).\n\nSiobhan" % (INT, INT))
        sp = M(s, [DWP["olu"]], "PRaP access - two new staff", sign(s, body), day=7, hh=10, mm=30)
        return sp, L("no_claimant_data", T0, "Staff names and work addresses for system access.")
    if v == 2:
        s = S("kwame")
        body = ("Hi Naomi,\n\nAdvert for the Quality Auditor role below. Please note: the post needs an enhanced DBS "
                "check; having a criminal conviction does not automatically rule anyone out, and we guarantee an "
                "interview to disabled applicants who meet the essential criteria.\n\n"
                "Quality Auditor - Liverpool - £31,500\nYou will audit case files across our supply chain...\n\nKwame")
        sp = M(s, [OTH["recruit"]], "Quality Auditor advert", sign(s, body), day=8, hh=14, mm=55)
        return sp, L("no_claimant_data", T0, "Staff job advert mentioning DBS checks and convictions in general.")
    s = S("deepa")
    body = ("Hello,\n\nConfirming the Supply Chain Forum booking for Thursday 17 December, 10:00-15:00, 40 delegates. "
            "Dietary requirements so far: 4 vegetarian, 3 halal, 1 gluten-free, 1 nut allergy. Invoice to "
            "finance.payments@%s, PO 7730.\n\nDeepa" % INT)
    sp = M(s, [OTH["venue"]], "Booking - Supply Chain Forum 17 Dec", sign(s, body), day=9, hh=16, mm=2)
    return sp, L("no_claimant_data", T0, "Venue booking with anonymous dietary counts.")


def nc_claimant_generic(v):
    if v == 0:
        cs = people(3)
        body = ("Hello,\n\nOur offices close at 1pm on Thursday 24 December and reopen on Monday 4 January. Over the "
                "break you can still call the free helpline on 0808 157 0123 (10am-2pm, 29-31 December). Have a "
                "peaceful Christmas.\n\nParticipant Services")
        sp = M(SH("ps"), [SH("ps")], "Christmas opening hours", sign(SH("ps"), body), bcc=[c.email for c in cs], client="tbird", day=14, hh=12, mm=0)
        return sp, L("no_claimant_data", T0, "Generic notice to participants in Bcc: nothing about any of them.")
    s = S("chidi")
    c = Person()
    body = ("Hello,\n\nThank you for taking part in our service. We'd be grateful for five minutes of feedback: "
            "https://survey.%s/whp-dec\n\nThe survey is anonymous.\n\nParticipant Services" % INT)
    sp = M(SH("ps"), [c.email], "Tell us what you think", sign(SH("ps"), body), client="tbird", day=15, hh=11, mm=11)
    return sp, L("no_claimant_data", T0, "Survey link to a participant's address; nothing about them.")


def mfd_notice(device, pages, ftype="PDF", ocr=False):
    loc = "3rd Floor Finance, Tithebarn House" if "3F" in device else "2nd Floor Quality, Tithebarn House"
    return ("Please open the attached document. It was scanned and sent to you using a Xerox AltaLink multifunction "
            "printer.\n\nNumber of Images: %d\nAttachment File Type: %s%s\n\nDevice Name: %s\nDevice Location: %s\n\n"
            "For more information about Xerox products and solutions, please visit https://www.xerox.co.uk\n"
            % (pages, ftype, " (searchable)" if ocr else "", device, loc))


def nc_scan_ocr(v):
    if v == 0:
        txt = ("PURCHASE ORDER 7712\nMersey & Irwell Employment Partnership\nSupplier: Deskline Supplies Ltd\n"
               "12 x toner cartridge TN-421\nAuthorised: D Chaudhry 30/11/2026")
        blob = scan_pdf(5101, 1, ocr_pages=[txt])
        sp = M(SH("mfp3"), [OTH["desk"]], "Scanned from MFP-3F-Finance", mfd_notice("MFP-3F-Finance", 1, ocr=True), client="mfd",
               atts=[att("Scan_20261208_101522.pdf", blob)], day=8, hh=10, mm=15)
        return sp, L("no_claimant_data", T0, "MFD scan with an OCR text layer (readable): a signed purchase order.")
    txt = ("ENGAGEMENT LETTER - ESF AUDIT SUPPORT\nQuayside Audit LLP\nSigned for MIEP: S McAllister 01/12/2026")
    blob = scan_pdf(5202, 1, ocr_pages=[txt])
    sp = M(SH("mfp2"), [OTH["audit"]], "Scanned from MFP-2F-Quality", mfd_notice("MFP-2F-Quality", 1, ocr=True), client="mfd",
           atts=[att("Scan_20261201_152201.pdf", blob)], day=1, hh=15, mm=22)
    return sp, L("no_claimant_data", T0, "MFD searchable scan of a signed engagement letter.")


def nc_replies(v):
    if v == 0:
        s = S("siobhan")
        q = ("Siobhan,\n\nCan you confirm when the CV07 payment profile will be reflected in your December invoice? "
             "Finance need it for their forecast.\n\nJanet")
        body = ("Hi Janet,\n\nYes - the December invoice (due out 4 January) will be the first on the new profile. "
                "I'll flag the change on the covering note so your finance team can see it.\n\nBest wishes,\nSiobhan\n\n" +
                ap_quote(DWP["janet"], when(2, 16, 9), q))
        sp = M(s, [DWP["janet"]], "Re: CV07 and the December invoice", sign(s, body), day=3, hh=8, mm=51)
        return sp, L("no_claimant_data", T0, "Apple Mail reply with quote.")
    if v == 1:
        s = S("meiling")
        q1 = ("Mei-Ling, are we still on for the 10th? I'd like to add the sustainment script to the agenda.\nRosa")
        q0 = ("Rosa, yes, 10th at 2pm, Dale House. Adding it now.\nMei-Ling\n\n" + ap_quote(NS["rosa"], when(4, 9, 15), q1))
        body = "Room changed to 4.01 - reception will direct you.\n\nMei-Ling\n\n" + ap_quote(S("meiling"), when(4, 9, 40), q0)
        sp = M(s, [NS["rosa"]], "Re: Q3 review - 10 Dec", sign(s, body, short=True), day=8, hh=12, mm=0)
        return sp, L("no_claimant_data", T0, "Two-level Apple Mail quote chain.")
    s = S("hannah")
    q = ("Hannah, a general question - do you accept bank statements as outcome evidence? Ravi")
    body = ("Ravi - no, only payslips, employer letters or the HMRC record. Bank statements show too much.\n\nHannah\n\n" +
            ap_quote(DWP["ravi"], when(9, 11, 2), q))
    sp = M(s, [DWP["ravi"]], "Re: evidence standards", sign(s, body, short=True), day=9, hh=11, mm=30)
    return sp, L("no_claimant_data", T0, "Evidence-standards question, no person.")


def nc_anonymised(v):
    if v == 0:
        s = S("aoife")
        body = ("Hi both,\n\nFor the training day, here is the anonymised case study we agreed (details changed, no "
                "real person):\n\n\"A participant in his fifties with a history of alcohol misuse and a spent "
                "conviction wants to return to warehouse work. What support would you put in place, and what would "
                "you record where?\"\n\nAoife")
        sp = M(s, [BW["anwen"], NS["joanne"]], "Training day case study", sign(s, body), day=16, hh=14, mm=14)
        return sp, L("no_claimant_data", T0, "Stated anonymised case study: special-category words about nobody identifiable.")
    s = S("priya")
    body = ("Olumide,\n\nFor the ESF showcase we'll use a composite case study - 'Sam', built from several participants' "
            "journeys, with nothing that identifies a real person. Draft: Sam had been out of work for three years "
            "with anxiety, and moved into a part-time admin role after six months with us.\n\nPriya")
    sp = M(s, [DWP["olu"]], "Composite case study for the showcase", sign(s, body, short=True), day=16, hh=16, mm=0)
    return sp, L("no_claimant_data", T0, "Stated composite case study.")


def nc_rates(v):
    s = S("kwame")
    rows = [["UC standard allowance - single, 25 or over", "£400.14 a month"], ["UC standard allowance - couple, both 25 or over", "£628.10 a month"],
            ["UC work allowance (with housing costs)", "£411 a month"], ["JSA (contribution-based), 25 or over", "£92.05 a week"]]
    body = ("All,\n\nFor better-off calculations from April, the published rates DWP has announced (summary):\n\n" +
            "\n".join("  %s: %s" % (a, b) for a, b in rows) + "\n\nFull table on GOV.UK.\n\nKwame")
    sp = M(s, [NS["rosa"], BW["funmi"]], "Published benefit rates 2027/28 - summary", sign(s, body, short=True), day=17, hh=9, mm=40)
    return sp, L("no_claimant_data", T0, "Published benefit rates: amounts about nobody.")


def nc_it(v):
    if v == 0:
        s = S("yusuf")
        body = ("Hi,\n\nTicket for the 3rd-floor MFD (asset MIEP-MFP-0031): scan-to-email still uses the old relay "
                "host, so scans to external addresses bypass the outbound gateway. Please point it at "
                "smtp-out.%s:587 with the service account.\n\nYusuf" % INT)
        sp = M(s, [OTH["it"]], "MFD scan-to-email relay setting", sign(s, body, short=True), day=1, hh=11, mm=5)
        return sp, L("no_claimant_data", T0, "IT ticket.")
    s = S("yusuf")
    body = ("Marcus,\n\nThe SFTP host key for the claims file transfer rotates on 15 Dec. New fingerprint:\n"
            "SHA256:3q7Zk0pLr1YbWm2Uv8Xs5Tn4Qe6Hd9Jc0Ag2Fi1Ko7\n\nYusuf")
    sp = M(s, [NS["marcus"]], "SFTP key rotation 15 Dec", sign(s, body, short=True), day=11, hh=15, mm=12)
    return sp, L("no_claimant_data", T0, "Key fingerprint notice.")


def nc_records(v):
    s = S("ewan")
    body = ("Hi Gary,\n\nPlease retrieve boxes 3310-3314 (finance 2019/20) for destruction review, and confirm the "
            "destruction certificate for boxes 2801-2840. Collection from Tithebarn House loading bay.\n\nEwan")
    sp = M(s, [OTH["records"]], "Box retrieval 3310-3314", sign(s, body), day=10, hh=10, mm=2)
    return sp, L("no_claimant_data", T0, "Records-storage request by box number.")


def nc_more(v):
    if v == 0:
        s = S("priya")
        rows = [[sc, R.randint(20, 60), R.randint(5, 30), R.randint(1, 9), R.randint(0, 5)] for sc in ["NORTHSTAR", "BRIDGEWAY", "MIEP DIRECT"]]
        txt = fixed_width(["DELIVERY", "SUBMITTED", "VALIDATED", "QUERIED", "REJECTED"], rows, [16, 11, 11, 9, 9],
                          title=["OUTCOME CLAIMS PIPELINE AT 2026-12-14", ""])
        body = "Rosa,\n\nPipeline as at this morning:\n\n" + txt + "\nPriya"
        sp = M(s, [NS["rosa"]], "Claims pipeline 14 Dec", sign(s, body, short=True), day=14, hh=9, mm=5)
        return sp, L("no_claimant_data", T0, "Fixed-width pipeline table in the body.")
    if v == 1:
        s = SH("cm")
        body = ("Dear colleagues,\n\nOur offices close at 13:00 on 24 December and reopen on 4 January. PRaP claims "
                "will not be processed between those dates; the DWP designated inbox will be checked on 29 and 31 December.")
        sp = M(s, [DWP["janet"], DWP["olu"]], "Christmas closure", sign(s, body), cc=[NS["rosa"], BW["funmi"]], client="tbird", day=16, hh=12, mm=30)
        return sp, L("no_claimant_data", T0, "Closure notice to DWP and the supply chain.")
    if v == 2:
        s = S("siobhan")
        risks = [["R01", "Outcome evidence delays", "High", "Weekly chasing"], ["R02", "Subcontractor financial stability", "Medium", "Quarterly accounts review"],
                 ["R03", "Data breach via email", "Medium", "Gateway and training"], ["R04", "ESF audit findings", "Low", "Mock audit in December"]]
        blob = xlsx_bytes([("Risks", ["ID", "Risk", "Rating", "Mitigation"], risks)])
        body = "Janet,\n\nUpdated risk register attached for the CPR.\n\nSiobhan"
        sp = M(s, [DWP["janet"]], "Risk register - December", sign(s, body), atts=[att("Risk register Dec 2026.xlsx", blob)], day=8, hh=8, mm=45)
        return sp, L("no_claimant_data", T0, "Risk register XLSX.")
    if v == 3:
        s = S("meiling")
        rows = [[m, v1, v2, v3] for m, v1, v2, v3 in [("Starts", "104%", "97%", "G"), ("Job outcomes", "83%", "79%", "A"), ("Sustainment", "66%", "61%", "A")]]
        blob = csv_text(["measure", "oct", "nov", "rag"], rows, delim="\t", crlf=False)
        body = "Funmi,\n\nScorecard attached as TSV.\n\nMei-Ling"
        sp = M(s, [BW["funmi"]], "Bridgeway scorecard Oct-Nov", sign(s, body, short=True), atts=[att("bridgeway_scorecard.tsv", blob)], day=15, hh=9, mm=55)
        return sp, L("no_claimant_data", T0, "TSV scorecard.")
    s = S("tomasz")
    body = ("Craig,\n\nThe two April invoices (dated 12-04-26 and 30-04-26) were paid on 04-12-26 under BACS reference "
            "041226-BW. The remittance reference is 20-11-26/BW because the run was set up on 20 November.\n\nTomasz")
    sp = M(s, [BW["craig"]], "Re: April invoices", sign(s, body, short=True), day=7, hh=11, mm=20)
    return sp, L("no_claimant_data", T0, "Sort-code look-alikes: dd-mm-yy dates and date-shaped references with no account number.")


# ================================================================== relay: exemptions
def r_one_name(v):
    c = claimant()
    if v == 0:
        s = S("hannah")
        body = ("Hi Isabel,\n\nCould you confirm that %s started with you on 16 November as a Housekeeper and is "
                "still employed? A one-line reply is fine - we need it for the outcome claim.\n\nThanks,\nHannah" % c.name)
        sp = M(s, [EMP["harbour"]], "Job outcome evidence - " + c.name, sign(s, body), day=7, hh=10, mm=22)
        return sp, L("one_name", T(subjects=1), "One name (subject and body) with a start date and job title to an employer.", name_only=True)
    if v == 1:
        s = S("liam")
        body = ("Ravi,\n\nOn PVT query 2026-114: the claim for %s has been re-submitted through PRaP with the corrected "
                "start date. Nothing else outstanding on that one.\n\nLiam" % c.name)
        sp = M(s, [DWP["ravi"]], "PVT query 2026-114", sign(s, body, short=True), day=8, hh=14, mm=10)
        return sp, L("one_name", T(subjects=1), "One name and a claim status to DWP.", name_only=True)
    if v == 2:
        s = S("kwame")
        body = ("Marcus,\n\nCould you upload the CSCS course attendance sheet for %s by Friday? The course ran "
                "30 Nov - 2 Dec.\n\nKwame" % c.name)
        sp = M(s, [NS["marcus"]], "CSCS attendance", sign(s, body, short=True), day=9, hh=9, mm=8)
        return sp, L("one_name", T(subjects=1), "One name and a course booking to the training subcontractor.", name_only=True)
    if v == 3:
        s = S("gareth")
        body = "%s's file is in Thursday's sample - can you have it out for 10am? Cheers\n\nSent from my iPhone" % c.name
        sp = M(s, [BW["funmi"]], "Thursday sample", body, day=15, hh=19, mm=4)
        return sp, L("one_name", T(subjects=1), "iPhone: one name in a case-file sampling note.", name_only=True)
    if v == 4:
        s = S("kwame")
        oh = ("From: Beverley Ashworth <%s>\nTo: Kwame Asante-Boateng <%s>\nSubject: Start confirmed - %s\n"
              "Date: Wed, 9 Dec 2026 10:02:11 +0000\nMessage-ID: <start-conf-0912@jobcentreplus.gov.uk>\n" % (DWP["bev"].email, s.email, c.name))
        mime = mdn_mime("This is a Return Receipt for the mail that you sent to %s.\n" % s.email, s.email,
                        "<start-conf-0912@jobcentreplus.gov.uk>", headers_only=oh)
        sp = M(s, [DWP["bev"]], "Return Receipt (displayed) - Start confirmed - " + c.name, mime=mime, day=9, hh=10, mm=40)
        return sp, L("one_name", T(subjects=1), "Read receipt to a work coach: one name in the subject and in the returned original headers.", name_only=True)
    if v == 5:
        s = S("siobhan")
        sp = ooo_spec(s, DWP["pete"], "RE: %s - start date" % c.name,
                      "Thank you for your email. I am out of the office until Monday 7 December. For urgent contract "
                      "matters please contact contract.management@%s.\n\nSiobhan McAllister" % INT, 4, 12, 3)
        return sp, L("one_name", T(subjects=1), "Out-of-office auto-reply whose subject carries one participant name back to DWP.", name_only=True)
    if v == 6:
        s = S("kwame")
        fwd = tb_forward_block(S("chidi"), [s], "Acme interview", when(-30, 15, 10),
                               "Kwame, %s's interview at Acme is Tuesday 15 Dec at 10:30 - can you let Dean know the "
                               "assessment centre has moved to Gate 4?\n\nChidi" % c.name)
        body = "Dean - see below, FYI. Gate 4 it is.\n\nKwame\n\n" + fwd
        sp = M(s, [EMP["acme"]], "Fwd: Acme interview", sign(s, body, short=True), day=1, hh=8, mm=50)
        return sp, L("one_name", T(subjects=1), "Thunderbird forward to an employer: one name and an interview time; only staff addresses in the block.", name_only=True)
    s = S("hannah")
    body = ("Hi Amit,\n\nIs %s still with you? %s would reach 26 weeks on 14 December.\n\nThanks,\nHannah" % (c.first, c.he.capitalize()))
    sp = M(s, [EMP["bright"]], "Sustainment check - " + c.name, sign(s, body, short=True), day=10, hh=16, mm=1)
    return sp, L("one_name", T(subjects=1), "One name in the subject, first name in the body: still one person, one name.", name_only=True)


def r_cv_to_claimant(v):
    c = claimant(consent=True)
    ps = SH("ps")
    if v == 0:
        body = ("Dear %s,\n\nAs you asked on the phone this morning, your updated CV is attached.\n\nBest wishes,\n"
                "Participant Services" % c.first)
        sp = M(ps, [c.email], "Your CV", sign(ps, body), client="tbird",
               atts=[att("CV - %s.docx" % c.name, docx_bytes("CV", cv_blocks(c)))], day=7, hh=11, mm=30)
        return sp, L("cv_to_claimant", T(contact=True, subjects=1, kinds=["cv"]), "One clean DOCX CV to the participant's consented address.", cv_count=1)
    if v == 1:
        body = "Hi %s,\n\nHere's the PDF version of your CV, as requested.\n\nParticipant Services" % c.first
        sp = M(ps, [c.email], "CV (PDF)", sign(ps, body), client="apple",
               atts=[att("%s CV.pdf" % c.name, pdf_bytes("CV", [cv_blocks(c)]))], day=9, hh=15, mm=15)
        return sp, L("cv_to_claimant", T(contact=True, subjects=1, kinds=["cv"]), "One clean PDF CV to a consented address (Apple Mail).", cv_count=1)
    q = "hiya can u send my cv to this email pls\nthanks"
    body = ("Hello %s,\n\nOf course - attached.\n\nParticipant Services\n\n" % c.first) + tb_quote((c.name, c.email), when(7, 18, 22), q)
    sp = M(ps, [c.email], "Re: cv", sign(ps, body), client="tbird",
           atts=[att("cv_%s.odt" % ascii_fold(c.last).lower().replace("'", ""), odt_bytes("CV", cv_blocks(c)))], day=8, hh=9, mm=5)
    return sp, L("cv_to_claimant", T(contact=True, subjects=1, kinds=["cv"]), "ODT CV in reply to the participant's own request (quoted); consented address.", cv_count=1)


def r_cvs(v):
    if v == 0:
        s = S("kwame")
        cs = people(10)
        b1 = zip_bytes([("CV_%s.pdf" % ascii_fold(c.last).replace(" ", "_").replace("'", ""), pdf_bytes("CV", [cv_blocks(c)])) for c in cs[:6]])
        b2 = zip_bytes([("CV_%s.docx" % ascii_fold(c.last).replace(" ", "_").replace("'", ""), docx_bytes("CV", cv_blocks(c))) for c in cs[6:]])
        outer = zip_bytes([("CVs/batch1.zip", b1), ("CVs/batch2.zip", b2)])
        body = ("Sean,\n\nTen CVs for the January CSCS labourer intake, in two batches (zip inside the zip - our file "
                "share splits them). Exactly ten, as agreed.\n\nKwame")
        sp = M(s, [EMP["city"]], "CSCS intake - 10 CVs", sign(s, body, short=True), atts=[att("CSCS cohort January - CVs.zip", outer)], day=10, hh=11, mm=44)
        return sp, L("cvs_up_to_10", T(contact=True, subjects=10, kinds=["cv"]), "Exactly 10 CVs (PDF and DOCX) in two zips nested in an outer zip, to an employer.", cv_count=10)
    if v == 1:
        s = S("kwame")
        c = claimant()
        bad = "latoya.grant@greenfield-care.co.uk"
        orig = inner(s, [("Latoya Grant", bad)], "CV - care assistant role",
                     sign(s, "Hi Latoya,\n\nCV attached for the care assistant role we discussed.\n\nKwame", short=True), 9, 16, 2,
                     atts=[att("CV %s.docx" % c.name, docx_bytes("CV", cv_blocks(c)))])
        human = ("This is the mail system at host mx1.%s.\n\nYour message could not be delivered.\n\n<%s>: host "
                 "greenfield-care.co.uk not found\n" % (INT, bad))
        dsnmsg = EmailMessage(policy=policy.default)
        dsnmsg["From"] = formataddr(SH("daemon"))
        dsnmsg["To"] = s.email
        dsnmsg["Subject"] = "Undelivered Mail Returned to Sender"
        dsnmsg["Date"] = format_datetime(when(9, 16, 3))
        dsnmsg["Message-ID"] = "<dsn-0916.4QX7@%s>" % INT
        dsnmsg["Auto-Submitted"] = "auto-replied"
        rep = dsn_mime(human, bad, "5.1.2", "x-unix; host not found", original=orig)
        for k, val in rep.items():
            dsnmsg[k] = val
        dsnmsg.set_payload(rep._payload)
        dsnmsg["MIME-Version"] = "1.0"
        body = ("Latoya,\n\nMy email yesterday bounced - I had .co.uk instead of .com. The bounce with the original is "
                "attached, CV included.\n\nKwame")
        sp = M(s, [EMP["green"]], "Fwd: CV - care assistant role (bounced)", sign(s, body, short=True),
               atts=[att_msg(dsnmsg, "Undelivered Mail Returned to Sender.eml")], day=10, hh=8, mm=31)
        return sp, L("cvs_up_to_10", T(contact=True, subjects=1, kinds=["cv"]), "Forward-as-attachment of a DSN bounce that carries the original message with one DOCX CV.", cv_count=1)
    s = S("meiling")
    cs = people(4)
    orig = inner(NS["rosa"], [s], "4 CVs - Bootle warehouse",
                 "Mei-Ling,\n\nFour CVs for the Bootle warehouse roles.\n\nRosa\n\n" + ext_sig(NS["rosa"]), 4, 14, 20, client="plain",
                 atts=[att("%s CV.pdf" % c.name, pdf_bytes("CV", [cv_blocks(c)])) for c in cs])
    body = "Funmi,\n\nRosa's four CVs for the Bootle warehouse roles, attached as she sent them - over to your employer team.\n\nMei-Ling"
    sp = M(s, [BW["funmi"]], "Fwd: 4 CVs - Bootle warehouse", sign(s, body, short=True),
           atts=[att_msg(orig, "4 CVs - Bootle warehouse.eml")], day=7, hh=9, mm=12)
    return sp, L("cvs_up_to_10", T(contact=True, subjects=4, kinds=["cv"]), "Four PDF CVs inside an attached message/rfc822, to a subcontractor.", cv_count=4)


def r_forms(v):
    if v == 0:
        s = S("kwame")
        cs = people(10)
        blob = pdf_bytes("Application forms", [app_form_blocks(c, "Warehouse Operative (peak)", "Acme Logistics") for c in cs], footer="Form {n} of 10")
        body = "Dean,\n\nTen application forms for the Warrington DC peak roles, one per page. Ages included, as you asked.\n\nKwame"
        sp = M(s, [EMP["acme"]], "Peak roles - 10 application forms", sign(s, body, short=True), atts=[att("Acme peak application forms.pdf", blob)], day=2, hh=13, mm=5)
        return sp, L("application_forms_up_to_10", T(contact=True, subjects=10, kinds=["application_form"]), "Exactly 10 single application forms (age, no DOB/NINO) in one PDF, one per page.", form_people=10)
    if v == 1:
        s = S("kwame")
        cs = people(10)
        files = [att("Couple application %d.docx" % (i + 1), docx_bytes("Joint application", couple_form_blocks(cs[2 * i], cs[2 * i + 1], "Live-in housekeeping couple", "Harbourview Hotels"))) for i in range(5)]
        body = "Isabel,\n\nFive joint applications for the live-in couple roles (ten people). Ages only, no dates of birth.\n\nKwame"
        sp = M(s, [EMP["harbour"]], "Live-in couple roles - 5 applications", sign(s, body, short=True), atts=files, day=11, hh=10, mm=25)
        return sp, L("application_forms_up_to_10", T(contact=True, subjects=10, kinds=["application_form_couple"]), "Five couple forms = 10 people (the limit), DOCX.", form_people=10)
    s = S("meiling")
    cs = people(2)
    files = [att("Application - %s.odt" % c.name, odt_bytes("Application", app_form_blocks(c, "Care Assistant", "Greenfield Care"))) for c in cs]
    body = "Hi Latoya,\n\nTwo application forms for the care assistant vacancies (ODT - they open in Word).\n\nMei-Ling"
    sp = M(s, [EMP["green"]], "Care assistant applications", sign(s, body, short=True), atts=files, day=14, hh=14, mm=40)
    return sp, L("application_forms_up_to_10", T(contact=True, subjects=2, kinds=["application_form"]), "Two ODT application forms to an employer.", form_people=2)


def r_letters(v):
    if v == 0:
        s = S("kwame")
        cs = people(10)
        pages = [letter_blocks(c, "letter_interview", org="Harbourview Hotels (Albert Dock)", when="Wednesday 13 January 2027 at %s" % t, signer="Isabel Ferreira, HR Business Partner")
                 for c, t in zip(cs, ["9:00am", "9:30am", "10:00am", "10:30am", "11:00am", "11:30am", "1:00pm", "1:30pm", "2:00pm", "2:30pm"])]
        blob = pdf_bytes("Assessment day letters", pages, footer="Letter {n} of 10")
        body = "Isabel,\n\nThe ten interview letters for the assessment day, merged into one PDF for you to check before they go out.\n\nKwame"
        sp = M(s, [EMP["harbour"]], "Assessment day - 10 interview letters", sign(s, body, short=True), atts=[att("Assessment day letters.pdf", blob)], day=15, hh=12, mm=12)
        return sp, L("letters_up_to_10", T(contact=True, subjects=10, kinds=["letter_interview"]), "Exactly 10 interview letters (address blocks) in one PDF to an employer.", letters=10)
    if v == 1:
        c = claimant()
        ps = SH("ps")
        body = "Dear %s,\n\nPlease find your appointment letter attached.\n\nParticipant Services" % c.first
        sp = M(ps, [c.email], "Your appointment on %s" % "Tuesday 12 January", sign(ps, body), client="tbird",
               atts=[att("Appointment letter.docx", docx_bytes("Appointment", letter_blocks(c, "letter_appointment", when="Tuesday 12 January 2027 at 10:00am")))], day=16, hh=10, mm=0)
        return sp, L("letters_up_to_10", T(contact=True, subjects=1, kinds=["letter_appointment"]), "An appointment letter to the participant it is addressed to.", letters=1)
    s = S("meiling")
    cs = people(3)
    files = [att("Offer letter - %s.docx" % c.last, docx_bytes("Offer", letter_blocks(c, "letter_job_offer", org="Greenfield Care", signer="Latoya Grant, Registered Manager"))) for c in cs]
    body = "Funmi,\n\nThe three offer letters from Greenfield, for your in-work support team's files.\n\nMei-Ling"
    sp = M(s, [BW["funmi"]], "Greenfield offer letters", sign(s, body, short=True), atts=files, day=17, hh=11, mm=2)
    return sp, L("letters_up_to_10", T(contact=True, subjects=3, kinds=["letter_job_offer"]), "Three job offer letters to a subcontractor.", letters=3)


def name_rows(k, cols):
    ps = people(k)
    rows = []
    for p in ps:
        r = []
        for c in cols:
            r.append({"surname": p.last, "initial": p.initial, "forename": p.first, "name": "%s, %s" % (p.last.upper(), p.first),
                      "ref": p.prap, "nino": p.nino, "date": "%02d/01/2027" % R.randint(4, 29),
                      "postcode": p.postcode, "dob": dmy_short(p.dob), "phone": p.mobile,
                      "uc": "£%s" % amt(300, 900), "claim_date": "%02d/11/2026" % R.randint(2, 27)}[c])
        rows.append(r)
    return ps, rows


def r_lists(v):
    if v == 0:
        s = S("aoife")
        ps, rows = name_rows(40, ["surname", "initial", "ref", "date"])
        blob = csv_text(["Surname", "Initial", "PRaP ref", "File review"], rows, delim=";")
        body = "Anwen,\n\nSample for the Bootle visit attached: 40 files (surname, initial, PRaP ref, review date).\n\nAoife"
        sp = M(s, [BW["anwen"]], "Audit sample - Bootle visit", sign(s, body), atts=[att("Bootle_sample.csv", blob)], day=10, hh=15, mm=30)
        return sp, L("names_list_500", T(subjects=40, kinds=["name_list"]), "40-row semicolon CSV sample list: surname, initial, reference, review date.",
                     list_rows=40, list_cols=["surname", "initial", "ref", "date"])
    if v == 1:
        s = SH("qa")
        ps, rows = name_rows(500, ["name", "ref", "date"])
        blob = csv_text(["NAME", "PRAP_REF", "REVIEW_DATE"], rows, delim="|", crlf=False)
        body = "Rosa,\n\nAnnual case-file sample for Northstar: exactly 500 files, pipe-delimited (SURNAME, Forename | ref | date)."
        sp = M(s, [NS["rosa"]], "Annual case-file sample - Northstar (500)", sign(s, body), client="tbird",
               atts=[att("northstar_sample_500.txt", blob)], day=11, hh=11, mm=11)
        return sp, L("names_list_500", T(subjects=500, kinds=["name_list"]), "Exactly 500 names (the limit) with references and dates, pipe-delimited .txt.",
                     list_rows=500, list_cols=["name", "ref", "date"])
    if v == 2:
        s = S("kwame")
        ps = people(25)
        fmts = [lambda n: n.lower(), nsp, lambda n: n, lambda n: nsp(n).lower()]
        rows = [[p.last, p.first, fmts[i % 4](p.nino)] for i, p in enumerate(ps)]
        txt = fixed_width(["SURNAME", "FORENAME", "NINO"], rows, [22, 16, 16])
        body = ("Marcus,\n\nFor the attendance reconciliation - the 25 on the CSCS register, as PRaP has them. NINOs as "
                "typed by the Jobcentres, sorry about the mixed formats.\n\n" + txt + "\nKwame")
        sp = M(s, [NS["marcus"]], "CSCS register reconciliation", sign(s, body, short=True), day=3, hh=14, mm=50)
        return sp, L("names_list_500", T(ninos=25, subjects=25, kinds=["name_list"]), "25 names with NINOs (lower case, spaced, mixed) in a fixed-width body table.",
                     list_rows=25, list_cols=["surname", "forename", "nino"])
    s = S("meiling")
    ps, rows = name_rows(120, ["forename", "surname", "nino", "date"])
    tsv = csv_text(["forename", "surname", "nino", "course_date"], rows, delim="\t")
    z = zip_bytes([("joiners/northstar_jan_joiners.tsv", tsv)])
    body = "Joanne,\n\nJanuary joiners list (120) zipped - TSV inside.\n\nMei-Ling"
    sp = M(s, [NS["joanne"]], "January joiners list", sign(s, body, short=True), atts=[att("jan_joiners.zip", z)], day=16, hh=15, mm=5)
    return sp, L("names_list_500", T(ninos=120, subjects=120, kinds=["name_list"]), "120 names with NINOs and course dates, TSV inside a zip.",
                 list_rows=120, list_cols=["forename", "surname", "nino", "date"])


def r_nino_only(v):
    if v == 0:
        s = S("yusuf")
        ns = [nino() for _ in range(620)]
        txt = "\n".join(n.lower() for n in ns) + "\n"
        body = "Marcus,\n\nNINO-only match file attached (620, one a line). Nothing else in it.\n\nYusuf"
        sp = M(s, [NS["marcus"]], "Match file", sign(s, body, short=True), atts=[att("match_620.txt", txt.encode())], day=17, hh=9, mm=14)
        return sp, L("nino_only_list", T(ninos=620, subjects=620, kinds=["nino_list"]), "620 lower-case NINOs alone (no limit for NINO-only lists).",
                     nino_only=True, list_rows=620, list_cols=["nino"])
    s = S("tomasz")
    ns = [nino() for _ in range(45)]
    body = ("Craig,\n\n45 NINOs below for the duplicate check - reply with any you don't recognise.\n\n" +
            "\n".join(nsp(n) for n in ns) + "\n\nTomasz")
    sp = M(s, [BW["craig"]], "Duplicate check", sign(s, body, short=True), day=15, hh=10, mm=40)
    return sp, L("nino_only_list", T(ninos=45, subjects=45, kinds=["nino_list"]), "45 spaced NINOs in the body, nothing else about the people.",
                 nino_only=True, list_rows=45, list_cols=["nino"])


def r_dwp_lists(v):
    if v == 0:
        s = S("liam")
        ps, rows = name_rows(120, ["surname", "forename", "nino", "ref"])
        blob = csv_text(["SURNAME", "FORENAME", "NINO", "PRAP_REF"], rows, delim="|", crlf=False)
        body = "Ravi,\n\nThe 120 claims in the December validation batch, pipe-delimited.\n\nLiam"
        sp = M(s, [DWP["ravi"]], "December validation batch - 120", sign(s, body, short=True), atts=[att("dec_batch_120.psv", blob, mt="text/plain")], day=14, hh=13, mm=3)
        return sp, L("dwp_names_list", T(ninos=120, subjects=120, kinds=["name_list"]), "120 names + NINOs + references to DWP.",
                     list_rows=120, list_cols=["surname", "forename", "nino", "ref"])
    if v == 1:
        s = S("hannah")
        ps, rows = name_rows(500, ["surname", "initial", "nino", "claim_date"])
        blob = csv_text(["surname", "initial", "nino", "claim_date"], rows, delim=";")
        body = "Hi PPVT,\n\nAs requested, the outcome claims list for the annual reconciliation: exactly 500 rows.\n\nHannah"
        sp = M(s, [DWP["ppvt"]], "Annual reconciliation - 500 claims", sign(s, body, short=True), atts=[att("reconciliation_500.csv", blob)], day=16, hh=9, mm=33)
        return sp, L("dwp_names_list", T(ninos=500, subjects=500, kinds=["name_list"]), "Exactly 500 rows (surname, initial, NINO, claim date) to DWP.",
                     list_rows=500, list_cols=["surname", "initial", "nino", "date"])
    s = S("kwame")
    ps, rows = name_rows(30, ["name", "date"])
    body = ("Bev,\n\nThe 30 Bootle participants with January reviews, and their appointment dates:\n\n" +
            "\n".join("  %-30s %s" % (a, b) for a, b in rows) + "\n\nKwame")
    sp = M(s, [DWP["bev"]], "Bootle January reviews", sign(s, body, short=True), day=17, hh=14, mm=20)
    return sp, L("dwp_names_list", T(subjects=30, kinds=["name_list"]), "30 names with appointment dates in the body to a work coach.",
                 list_rows=30, list_cols=["name", "date"])


def r_ucnea1_gns(v):
    c = claimant()
    if v == 0:
        s = S("hannah")
        blob = docx_bytes("UCNEA1", [("h", "UCNEA1"), ("kv", ucnea1_pairs(c, "Harbourview Hotels"))])
        body = "Hi Pete,\n\nUCNEA1 attached.\n\nHannah"
        sp = M(s, [DWP["pete"]], "UCNEA1 - notification of employment", sign(s, body, short=True), atts=[att("UCNEA1.docx", blob)], day=3, hh=10, mm=38)
        return sp, L("dwp_ucnea1_gns", T(ninos=1, subjects=1, kinds=["ucnea1"]), "One UCNEA1 (NINO inside the form) to a work coach.", records=1)
    s = S("siobhan")
    story = ("%s joined us after several years out of work with depression. With support from our mental health "
             "employment adviser %s now works 24 hours a week at Brightside Retail and has just passed probation." % (c.first, c.he))
    blob = pdf_bytes("Good News Story", [[("h", "ESF Good News Story"), ("kv", gns_pairs(c, story))]])
    body = "Olumide,\n\nOne Good News Story for the ESF return attached.\n\nSiobhan"
    sp = M(s, [DWP["olu"]], "ESF Good News Story - Kirkby", sign(s, body), atts=[att("GNS Kirkby.pdf", blob)], day=11, hh=14, mm=2)
    return sp, L("dwp_ucnea1_gns", T(special=["mental_health"], subjects=1, kinds=["good_news_story"]),
                 "One GNS to DWP; the mental-health detail is inside the one record (part of the process).", records=1)


def r_c15(v):
    c = claimant()
    dx, inbox = SH("dx"), DWP["inbox"]
    if v == 0:
        blob = pdf_bytes("Exit Report", [[("h", "WHP Exit Report"), ("kv", exit_pairs(c, "Type 2 diabetes limited hours; completed programme without a job outcome."))]])
        sp = M(dx, [inbox], "WHP Exit Report", "Please find attached a WHP Exit Report.\n\nWHP Data Exchange\n" + PRIME, client="tbird",
               atts=[att("Exit Report.pdf", blob)], day=8, hh=16, mm=0)
        return sp, L("dwp_c15_process", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                     "Exit Report with NINO and a health condition inside the record, designated inbox to designated inbox, standard covering text.", records=1)
    if v == 1:
        newpc, town = postcode()
        change = "New address: %d %s, %s %s" % (R.randint(2, 90), fake.street_name(), town, newpc)
        blob = docx_bytes("Change of Circumstances", [("h", "WHP Change of Circumstances"), ("kv", coc_pairs(c, change))])
        sp = M(dx, [inbox], "WHP Change of Circumstances", "Please find attached a WHP Change of Circumstances notification.\n\nWHP Data Exchange\n" + PRIME,
               client="tbird", atts=[att("CoC.docx", blob)], day=9, hh=11, mm=45)
        return sp, L("dwp_c15_process", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                     "Change of Circumstances (new address) between the designated inboxes.", records=1)
    body = "WHP Compliance Doubt - standard template\n\n" + kvtext(doubt_pairs(c)) + "\n\nWHP Data Exchange\n" + PRIME
    sp = M(dx, [inbox], "WHP Compliance Doubt", body, client="tbird", day=14, hh=15, mm=15)
    return sp, L("dwp_c15_process", T(ninos=1, subjects=1, kinds=["compliance_doubt"]),
                 "Compliance doubt as a standard template in the body, designated inbox to designated inbox.", records=1)


def r_forward(v):
    c = claimant()
    if v == 0:
        s = S("kwame")
        ref = kvtext(referral_pairs(c, "Disability declared - chronic back condition (limits lifting)"))
        fwd = tb_forward_block(DWP["bev"], [s], "New WHP referral - Bootle", when(-30, 14, 12),
                               "Kwame,\n\nReferral below, PRaP is slow today.\n\n" + ref + "\n\nBev")
        body = "Funmi - new referral for Bootle, please action.\n\nKwame\n\n" + fwd
        sp = M(s, [BW["funmi"]], "Fwd: New WHP referral - Bootle", sign(s, body, short=True), day=1, hh=9, mm=2)
        return sp, L("forward_subcontractor", T(ninos=1, dob=True, contact=True, special=["health"], subjects=1),
                     "Thunderbird inline forward of one DWP referral record (NINO, DOB, address, phone, condition) to an approved subcontractor; covering line adds nothing.",
                     fwd_record=True, records=1)
    s = S("liam")
    newpc, town = postcode()
    orig = inner(DWP["inbox"], [SH("dx")], "WHP Change of Circumstances notification",
                 "Change of circumstances notification\n\n" + kvtext(coc_pairs(c, "Moved to %s %s" % (town, newpc))) + "\n\nDWP", -27, 10, 30, client="plain")
    body = "Marcus - CoC for one of yours, forwarded as received.\n\nLiam"
    sp = M(s, [NS["marcus"]], "Fwd: WHP Change of Circumstances notification", sign(s, body, short=True),
           atts=[att_msg(orig, "WHP Change of Circumstances notification.eml")], day=2, hh=12, mm=40)
    return sp, L("forward_subcontractor", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                 "Forward-as-attachment (message/rfc822) of one DWP CoC record to an approved subcontractor.", fwd_record=True, records=1)


def r_encrypted(v):
    if v == 0:
        s = S("kwame")
        c = claimant()
        content = ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                   "Funmi,\r\n\r\nEvidence for %s (NINO %s, DOB %s) attached as discussed.\r\n" % (ascii_fold(c.name), c.nino, dmy(c.dob))).encode()
        blob = smime_envelope(content, "smime-%d" % v)
        part = MIMEPart(policy=policy.default)
        part.set_content(blob, maintype="application", subtype="pkcs7-mime", cte="base64", disposition="attachment",
                         filename="smime.p7m", params={"smime-type": "enveloped-data", "name": "smime.p7m"})
        part["Content-Description"] = "S/MIME Encrypted Message"
        sp = M(s, [("Bridgeway Secure Mail", "secure@" + BRIDGEWAY)], "Evidence pack", mime=part, day=14, hh=10, mm=10)
        return sp, L("already_encrypted", T0, "Real S/MIME enveloped-data (RSA key transport, AES-256-CBC) to the subcontractor's certificate; decrypts with the set's own key.", encrypted=True)
    if v == 1:
        s = S("liam")
        p1 = MIMEPart(policy=policy.default)
        p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
        p1["Content-Description"] = "PGP/MIME version identification"
        p2 = MIMEPart(policy=policy.default)
        p2.set_content(pgp_armour("pgp-1").encode(), maintype="application", subtype="octet-stream", cte="7bit",
                       disposition="inline", filename="encrypted.asc")
        p2["Content-Description"] = "OpenPGP encrypted message"
        mp = multipart("encrypted", [p1, p2], protocol="application/pgp-encrypted")
        sp = M(s, [NS["rosa"]], "...", mime=mp, day=15, hh=14, mm=30)
        return sp, L("already_encrypted", T0, "PGP/MIME (multipart/encrypted) from Thunderbird, subject hidden as '...'.", encrypted=True)
    s = S("deepa")
    sp = M(s, [OTH["audit"]], "Sample evidence", pgp_armour("pgp-2", 14), client="apple", day=16, hh=11, mm=48)
    return sp, L("already_encrypted", T0, "Inline PGP armoured body in an Apple Mail message.", encrypted=True)


# ================================================================== encrypt
def e_special(v):
    c = claimant(sex={0: "m", 2: "f", 4: "f", 7: "f", 11: "f"}.get(v))
    if v == 0:
        s = S("aoife")
        body = ("Anwen,\n\nOne for your urgent attention from the Kirkby sample: the file for %s (%s) has case notes "
                "recording his heroin use and his attendance at the drug service, typed into the free-text notes rather "
                "than the restricted field. Please move them and confirm.\n\nAoife" % (c.name, c.prap))
        sp = M(s, [BW["anwen"]], "Kirkby sample - file needing correction", sign(s, body), day=10, hh=17, mm=10)
        return sp, L("encrypt_special_category", T(special=["substance"], subjects=1), "Audit finding naming a participant and his substance misuse.")
    if v == 1:
        s = S("nkechi")
        ps = people(6)
        sums = ["Appointment cancelled twice without notice", "Travel expenses paid late",
                "Says adviser disclosed his HIV status to a colleague in the open office", "Unhappy with job match",
                "Letter sent to old address", "Adviser was late for the home visit"]
        base = R.randint(300, 470)
        rows = [["CMP-2026-%04d" % (base + i), p.name, t] for i, (p, t) in enumerate(zip(ps, sums))]
        blob = csv_text(["ref", "complainant", "summary"], rows, delim="|", crlf=False)
        body = "Janet,\n\nThe extract of open complaints you asked for at the CPR (six cases).\n\nNkechi"
        sp = M(s, [DWP["janet"]], "Open complaints extract", sign(s, body), atts=[att("open_complaints.psv", blob, mt="text/plain")], day=11, hh=16, mm=44)
        return sp, L("encrypt_special_category", T(special=["health"], subjects=6), "Pipe-delimited complaints log with names; one row discloses a named complainant's HIV status. To DWP.")
    if v == 2:
        s = S("hannah")
        body = ("Hi Isabel,\n\nOn %s's outcome evidence: her fit note from 2 November says she was signed off with "
                "depression until the 15th, so the 16 November start on your letter lines up. Could you send the "
                "letter on headed paper?\n\nThanks,\nHannah" % c.name)
        sp = M(s, [EMP["harbour"]], "Evidence - " + c.first, sign(s, body, short=True), day=4, hh=11, mm=5)
        return sp, L("encrypt_special_category", T(special=["mental_health"], subjects=1), "Evidence query to an employer mentioning a named participant's depression (fit note).")
    if v == 3:
        s = S("aoife")
        body = ("Funmi,\n\nFrom Thursday's sample: the file for %s %s. %s (%s) is MAPPA level 2 and there was no risk "
                "assessment on file. Please upload it by Friday.\n\nAoife" % (c.title, c.initial, c.last, c.prap))
        sp = M(s, [BW["funmi"]], "Sample finding - missing risk assessment", sign(s, body), day=11, hh=9, mm=40)
        return sp, L("encrypt_special_category", T(special=["criminal"], subjects=1), "Case-file sampling finding: a named participant managed under MAPPA.")
    if v == 4:
        s = SH("cm")
        body = ("CONTRACT MANAGEMENT - WEEKLY ROUND-UP - w/c 14 December\n\n"
                "1) December invoices: deadline tomorrow.\n\n"
                "2) Evidence standard v2 is live.\n\n"
                "3) Complaint (Kirkby): %s says staff discussed her epilepsy in the reception area where other "
                "participants could hear. Kirkby manager to call her by Wednesday.\n\n"
                "4) Audit dates for January confirmed.\n" % c.name)
        sp = M(s, [NS["rosa"], BW["funmi"]], "Weekly round-up - w/c 14 Dec", sign(s, body), client="tbird", day=14, hh=8, mm=30)
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1), "Digest mail: one of four items names a participant and her epilepsy.")
    if v == 5:
        s = S("nkechi")
        orig = inner((c.name, c.email), [SH("complaints")], "complaint",
                     "To whoever deals with complaints,\n\nI have bipolar disorder and I told my adviser that in "
                     "confidence. Last week she mentioned it in front of the employer at my interview. I want this "
                     "looked into.\n\n%s" % c.name, -30, 21, 14, client="iphone")
        body = "Janet,\n\nAs requested at the CPR, the original complaint email is attached.\n\nNkechi"
        sp = M(s, [DWP["janet"]], "Complaint CMP-2026-0466 - original email", sign(s, body),
               atts=[att_msg(orig, "complaint.eml")], day=2, hh=10, mm=10)
        return sp, L("encrypt_special_category", T(special=["mental_health"], contact=True, subjects=1),
                     "Attached message/rfc822: a participant's own complaint (from her personal address) disclosing bipolar disorder. To DWP.")
    if v == 6:
        s = S("nkechi")
        fwd = tb_forward_block((c.name, c.email), [SH("complaints")], "Birkenhead office", when(-27, 19, 33),
                               "Hello,\n\nI have Crohn's disease and need to be near a toilet. The Birkenhead office told me "
                               "I would have to do the group session upstairs anyway. Please can someone sort this.\n\n%s" % c.first)
        body = "Funmi - complaint below about your Birkenhead team; please review and reply to me by Friday.\n\nNkechi\n\n" + fwd
        sp = M(s, [BW["funmi"]], "Fwd: Birkenhead office", sign(s, body, short=True), day=1, hh=14, mm=48)
        return sp, L("encrypt_special_category", T(special=["health"], contact=True, subjects=1),
                     "Thunderbird forwarded-message block: a participant's complaint (from a personal address) disclosing Crohn's disease.")
    if v == 7:
        s = S("nkechi")
        body = ("Latoya,\n\n%s has complained that a shift supervisor made remarks about her Somali heritage during "
                "her placement last week. Could we arrange a call to agree how this is handled?\n\nNkechi" % c.name)
        sp = M(s, [EMP["green"]], "Placement complaint", sign(s, body), day=3, hh=13, mm=36)
        return sp, L("encrypt_special_category", T(special=["ethnicity"], subjects=1), "Complaint to an employer stating a named participant's ethnic origin.")
    if v == 8:
        s = S("meiling")
        c = claimant(hand=True, sex="f")
        body = ("Hi Amit,\n\n%s has asked whether she can take a short prayer break on Friday afternoons during her "
                "placement - she is a practising Muslim. Is that something the store can accommodate?\n\nMei-Ling" % c.name)
        sp = M(s, [EMP["bright"]], "Placement question", sign(s, body, short=True), day=9, hh=10, mm=20)
        return sp, L("encrypt_special_category", T(special=["religion"], subjects=1), "Named participant's religious belief to an employer.")
    if v == 9:
        s = S("nkechi")
        c = claimant(sex="m")
        body = ("Funmi,\n\n%s has complained that one of your Bootle advisers told another participant that he is "
                "gay. This is a serious data breach as well as a conduct issue. Please treat as urgent.\n\nNkechi" % c.name)
        sp = M(s, [BW["funmi"]], "Urgent - conduct complaint", sign(s, body), day=16, hh=12, mm=5)
        return sp, L("encrypt_special_category", T(special=["sexual_orientation"], subjects=1), "Complaint naming a participant and his sexual orientation.")
    if v == 10:
        s = S("kwame")
        c = claimant(sex="m")
        body = ("Sean,\n\n%s is a Unite member and has asked for his union rep to attend the review meeting on "
                "15 December. Is that OK with you?\n\nKwame" % c.name)
        sp = M(s, [EMP["city"]], "Review meeting 15 Dec", sign(s, body, short=True), day=10, hh=15, mm=58)
        return sp, L("encrypt_special_category", T(special=["trade_union"], subjects=1), "Named participant's trade union membership to an employer.")
    if v == 11:
        orig = inner(BW["anwen"], [("Paul Hesketh", "paul.hesketh@" + INT)], "Audit interview - update",
                     "Paul,\n\nUpdate on %s: her MS relapse means she won't manage the audit interview on the 16th. "
                     "Can we do it by phone in January?\n\nAnwen" % c.name, 14, 16, 20, client="plain")
        human = ("This is the mail system at host mx1.%s.\n\nI'm sorry to have to inform you that your message could "
                 "not be delivered to one or more recipients. It's attached below.\n\n<paul.hesketh@%s>: user unknown\n" % (INT, INT))
        mime = dsn_mime(human, "paul.hesketh@" + INT, "5.1.1", "x-unix; user unknown", original=orig)
        sp = M(SH("daemon"), [BW["anwen"]], "Undelivered Mail Returned to Sender", mime=mime, client="daemon", day=14, hh=16, mm=21)
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "DSN bounce from the provider's mail system back to the subcontractor, returning the full original: a named participant's MS relapse.")
    s = S("gareth")
    c = claimant(sex="m")
    body = ("spoke to %s this am, his anxiety is bad again so he wont make thurs audit interview. can someone ring "
            "him tmrw\n\nSent from my iPhone" % c.name.lower())
    sp = M(s, [BW["funmi"]], "audit interview thurs", body, day=15, hh=8, mm=12)
    return sp, L("encrypt_special_category", T(special=["mental_health"], subjects=1), "iPhone note, name in lower case, a participant's anxiety.")


def e_nino(v):
    c = claimant()
    if v == 0:
        s = S("hannah")
        body = ("Hi Dean,\n\nPayslip check for %s - the NI number on our file is %s. Is that what your payroll "
                "has? The October payslip shows a different one.\n\nThanks,\nHannah" % (c.name, c.nino.lower()))
        sp = M(s, [EMP["acme"]], "Payslip check", sign(s, body, short=True), day=2, hh=12, mm=30)
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "One name plus a lower-case NINO ('ab123456c') to an employer.")
    if v == 1:
        s = S("liam")
        body = ("PPVT,\n\nOn this one: the claim for %s (%s) has the start date as 23/11; the employer letter says "
                "24/11. We'll resubmit.\n\nLiam" % (c.name, nhy(c.nino)))
        sp = M(s, [DWP["ppvt"]], "PVT query - " + nhy(c.nino), sign(s, body, short=True), day=3, hh=11, mm=15)
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "Hyphenated NINO (AB-12-34-56-C) in the subject and body with a name, to DWP.")
    if v == 2:
        s = S("kwame")
        oh = ("From: Beverley Ashworth <%s>\nTo: Kwame Asante-Boateng <%s>\nSubject: Re: Compliance doubt - %s %s\n"
              "Date: Mon, 14 Dec 2026 09:41:50 +0000\nMessage-ID: <cd-1412@jobcentreplus.gov.uk>\n" % (DWP["bev"].email, s.email, c.name, c.nino))
        mime = mdn_mime("This is a Return Receipt for the mail that you sent to %s.\n" % s.email, s.email,
                        "<cd-1412@jobcentreplus.gov.uk>", headers_only=oh)
        sp = M(s, [DWP["bev"]], "Return Receipt (displayed) - Re: Compliance doubt", mime=mime, day=14, hh=10, mm=2)
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "Read receipt whose returned original headers (text/rfc822-headers) carry a name and NINO; the receipt's own subject is clean.")
    if v == 3:
        s = S("hannah")
        blob = pdf_bytes("Evidence", [[("h", "Employment confirmation request"), ("p", "Employee: %s. Start date: 30 November 2026. Role: Retail Assistant." % c.name)]])
        body = "Hi Amit,\n\nCould you sign and return the attached confirmation?\n\nHannah"
        sp = M(s, [EMP["bright"]], "Employment confirmation", sign(s, body, short=True), atts=[att("Evidence_%s.pdf" % nsp(c.nino), blob)], day=8, hh=9, mm=50)
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "NINO only in the attachment's file name; the PDF holds one name and a start date.")
    if v == 4:
        s = S("tomasz")
        q = "Tomasz,\n\nCan you check the outcome payment for %s, NINO %s? PRaP shows it twice.\n\nRavi" % (c.name, nsp(c.nino))
        sp = ooo_spec(s, DWP["ravi"], "Duplicate payment query",
                      "I'm out of the office on Thursday 10 December. Payment queries: finance.payments@%s.\n\n"
                      "Your message:" % INT, 10, 14, 31, quoted=tb_quote(DWP["ravi"], when(10, 14, 30), q))
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "Out-of-office auto-reply that quotes the DWP sender's message back, with a name and NINO.")
    if v == 5:
        s = S("liam")
        body = "Marcus,\n\nCan you chase the November payslip for %s?\n\nLiam" % c.name
        sp = M(s, [NS["marcus"]], "Payslip chase", sign(s, body, short=True), headers=[("Keywords", "outcome evidence, " + nsp(c.nino))], day=4, hh=15, mm=2)
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "Thunderbird Keywords header holds the NINO; the body names one person only.")
    s = S("kwame")
    idx = ("EVIDENCE INDEX\nParticipant: %s\nNINO: %s\nItems: payslip Oct 2026, payslip Nov 2026, employer letter\n" % (c.name, c.nino)).encode()
    innerz = zip_bytes([("index/index.txt", idx)])
    outer = zip_bytes([("evidence_index/inner_index.zip", innerz)])
    body = "Funmi,\n\nEvidence index for the outcome claim attached.\n\nKwame"
    sp = M(s, [BW["funmi"]], "Evidence index", sign(s, body, short=True), atts=[att("evidence_index.zip", outer)], day=17, hh=10, mm=18)
    return sp, L("encrypt_nino", T(ninos=1, subjects=1), "Name and NINO in a text file inside a zip inside a zip.")


def e_dob_bank(v):
    c = claimant()
    if v == 0:
        s = S("hannah")
        body = ("Hi Isabel,\n\nFor the evidence pack: %s, d.o.b %s, started 16/11. Could your HR system confirm "
                "the same details?\n\nHannah" % (c.name, dmy_short(c.dob)))
        sp = M(s, [EMP["harbour"]], "Evidence pack - details", sign(s, body, short=True), day=9, hh=13, mm=8)
        return sp, L("encrypt_dob_bank", T(dob=True, subjects=1), "'d.o.b 3/4/91' style date of birth with a name to an employer.")
    if v == 1:
        s = S("kwame")
        blob = docx_bytes("Application", app_form_blocks(c, "Forklift Driver", "Acme Logistics", dob=dmy(c.dob)))
        body = "Dean,\n\nApplication form for the forklift vacancy attached.\n\nKwame"
        sp = M(s, [EMP["acme"]], "Forklift vacancy - application", sign(s, body, short=True), atts=[att("Application form.docx", blob)], day=4, hh=14, mm=2)
        return sp, L("encrypt_dob_bank", T(dob=True, contact=True, subjects=1, kinds=["application_form"]),
                     "Application form with a D.O.B field: the form exemption forbids dates of birth.", form_people=1)
    if v == 2:
        s = S("liam")
        body = ("Marcus,\n\nTravel reimbursement for %s for the claim period 02-11-26 to 27-11-26, total £%s. "
                "Pay to sort code %s, account %s (the bank details on our form).\n\nLiam" % (c.name, amt(20, 80), sort_code(), account_no()))
        sp = M(s, [NS["marcus"]], "Travel reimbursement", sign(s, body, short=True), day=7, hh=15, mm=15)
        return sp, L("encrypt_dob_bank", T(bank=True, subjects=1), "A participant's sort code and account number, beside dd-mm-yy dates.")
    if v == 3:
        s = S("tomasz")
        ib = iban()
        body = ("Craig,\n\nThe refund of the overpaid course deposit for %s can go straight to %s account: "
                "IBAN %s (from the bank letter %s brought in). Amount £%s.\n\nTomasz" % (c.name, c.his, iban_spaced(ib), c.he, amt(30, 90)))
        sp = M(s, [BW["craig"]], "Refund - course deposit", sign(s, body, short=True), day=8, hh=11, mm=48)
        return sp, L("encrypt_dob_bank", T(bank=True, subjects=1), "A participant's IBAN (valid checksum) for a refund.")
    if v == 4:
        s = S("ewan")
        body = ("Rosa,\n\n%s paid the first-aid course fee on %s own card by mistake. Please refund to card %s "
                "(last used 30/11).\n\nEwan" % (c.name, c.his, luhn_card()))
        sp = M(s, [NS["rosa"]], "Card refund", sign(s, body, short=True), day=15, hh=14, mm=30)
        return sp, L("encrypt_dob_bank", T(bank=True, subjects=1), "A participant's (Luhn-valid) card number for a refund.")
    s = S("aoife")
    blob = csv_text(["surname", "forename", "prap_ref", "dob"], [[c.last, c.first, c.prap, c.dob.isoformat()]], delim=";")
    body = "Anwen,\n\nThe one file I couldn't match - details in the attached row.\n\nAoife"
    sp = M(s, [BW["anwen"]], "Unmatched file", sign(s, body, short=True), atts=[att("unmatched.csv", blob)], day=16, hh=10, mm=32)
    return sp, L("encrypt_dob_bank", T(dob=True, subjects=1), "One-row semicolon CSV with an ISO date of birth.")


def e_benefit_children(v):
    c = claimant(sex="f")
    if v == 0:
        s = S("deepa")
        body = ("Hello Bernadette,\n\nWe'll fund childcare for %s's children, Amara (4) and Kofi (7), at £210 per "
                "week from 4 January while she completes her first eight weeks in work. Invoices to "
                "finance.payments@%s please.\n\nDeepa" % (c.name, INT))
        sp = M(s, [OTH["nursery"]], "Childcare funding from 4 January", sign(s, body), day=14, hh=13, mm=40)
        return sp, L("encrypt_benefit_children", T(children=True, subjects=1), "Childcare costs naming a participant's two children with their ages.")
    if v == 1:
        s = S("liam")
        body = ("Funmi,\n\nFYI %s was sanctioned from 3 November (UC reduced by £13.30 a day) - the DWP decision "
                "came through today, so please don't book her onto anything mandatory until we've spoken.\n\nLiam" % c.name)
        sp = M(s, [BW["funmi"]], "Sanction decision", sign(s, body, short=True), day=9, hh=16, mm=20)
        return sp, L("encrypt_benefit_children", T(benefit=True, subjects=1), "A named participant's UC sanction with its amount.")
    if v == 2:
        s = S("meiling")
        body = ("Rosa,\n\nBetter-off figures for %s: Universal Credit is £393.45 a month now; at 24 hours on the "
                "Northstar apprenticeship it tapers to about £120. Worth showing her before Thursday.\n\nMei-Ling" % c.name)
        sp = M(s, [NS["rosa"]], "Better-off figures", sign(s, body, short=True), day=10, hh=12, mm=5)
        return sp, L("encrypt_benefit_children", T(benefit=True, subjects=1), "Better-off calculation with a named participant's UC amounts.")
    if v == 3:
        s = S("nkechi")
        body = ("Owen,\n\n%s tells us her Housing Benefit of £96.50 a week was suspended when she started work. "
                "She is worried about arrears - could your team get in touch with her?\n\nNkechi" % c.name)
        sp = M(s, [OTH["housing"]], "Housing Benefit suspension", sign(s, body), day=15, hh=15, mm=35)
        return sp, L("encrypt_benefit_children", T(benefit=True, subjects=1), "Named participant's Housing Benefit amount to a housing provider.")
    if v == 4:
        s = S("kwame")
        body = ("Latoya,\n\n%s can only do school-hours shifts - her sons Tyler (6) and Mason (9) are at St "
                "Teresa's. Could the rota work around 9:15-2:45?\n\nKwame" % c.name)
        sp = M(s, [EMP["green"]], "Shift pattern request", sign(s, body, short=True), day=16, hh=11, mm=12)
        return sp, L("encrypt_benefit_children", T(children=True, subjects=1), "Named children with ages in a shift request to an employer.")
    s = S("tomasz")
    rows = [[c.name, "Amelia", "3", "£145.00"], [c.name, "Noah", "5", "£95.00"]]
    blob = csv_text(["participant", "child", "age", "weekly_cost"], rows, delim="\t")
    body = "Bernadette,\n\nFlexible Support Fund childcare claim for January attached (TSV).\n\nTomasz"
    sp = M(s, [OTH["nursery"]], "FSF childcare claim - January", sign(s, body, short=True), atts=[att("fsf_childcare_jan.tsv", blob)], day=17, hh=15, mm=40)
    return sp, L("encrypt_benefit_children", T(children=True, subjects=1), "TSV childcare claim naming a participant's children and ages.")


def e_beyond(v):
    c = claimant()
    if v == 0:
        s = S("hannah")
        body = "Hi Dean,\n\n%s is free for the induction on Monday - you can reach %s on %s.\n\nHannah" % (c.name, c.him, c.mobile)
        sp = M(s, [EMP["acme"]], "Induction Monday", sign(s, body, short=True), day=10, hh=10, mm=40)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus a mobile number to an employer.")
    if v == 1:
        s = S("kwame")
        body = "Marcus,\n\nCan you hold a place on the January forklift course?\n\nKwame"
        sp = M(s, [NS["marcus"]], "Course place - %s (%s)" % (c.name, c.postcode), sign(s, body, short=True), day=11, hh=14, mm=55)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name with the participant's home postcode in the subject line.")
    if v == 2:
        s = S("kwame")
        fwd = tb_forward_block((c.name, c.email), [SH("ps")], "housekeeper job", when(-30, 20, 5),
                               "Hi, I would like to accept the housekeeper job at the hotel. Thanks, %s" % c.first)
        body = "Isabel - good news, see below.\n\nKwame\n\n" + fwd
        sp = M(s, [EMP["harbour"]], "Fwd: housekeeper job", sign(s, body, short=True), day=1, hh=10, mm=30)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "Forwarded block whose From line is the participant's personal e-mail address.")
    if v == 3:
        s = S("meiling")
        body = "Funmi,\n\n%s has moved to %s - can your team update the file?\n\nMei-Ling" % (c.name, c.address)
        sp = M(s, [BW["funmi"]], "Change of address", sign(s, body, short=True), day=17, hh=9, mm=25)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name with a home address (Apple Mail).")
    s = S("gareth")
    c = claimant(sex="m")
    body = "Bev, %s asked if you could ring him on %s re his review. Ta\n\nSent from my iPhone" % (c.name, c.mobile)
    sp = M(s, [DWP["bev"]], "Call back", body, day=16, hh=17, mm=50)
    return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "iPhone: one name plus a mobile number to a work coach.")


def e_over(v):
    if v == 0:
        s = S("kwame")
        cs = people(11)
        b1 = zip_bytes([("CV_%02d.pdf" % (i + 1), pdf_bytes("CV", [cv_blocks(c)])) for i, c in enumerate(cs[:6])])
        b2 = zip_bytes([("CV_%02d.docx" % (i + 7), docx_bytes("CV", cv_blocks(c))) for i, c in enumerate(cs[6:])])
        outer = zip_bytes([("CVs/batch1.zip", b1), ("CVs/batch2.zip", b2)])
        body = "Sean,\n\nThe CSCS CVs again with the late addition - eleven now, same two batches.\n\nKwame"
        sp = M(s, [EMP["city"]], "CSCS intake - CVs (updated)", sign(s, body, short=True), atts=[att("CSCS cohort January - CVs v2.zip", outer)], day=14, hh=11, mm=2)
        return sp, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["cv"]), "11 CVs (one over the limit) in nested zips to an employer.", cv_count=11)
    if v == 1:
        s = S("kwame")
        cs = people(12)
        files = [att("Couple application %d.docx" % (i + 1), docx_bytes("Joint application", couple_form_blocks(cs[2 * i], cs[2 * i + 1], "Live-in housekeeping couple", "Harbourview Hotels"))) for i in range(6)]
        body = "Isabel,\n\nSix joint applications for the live-in roles (one more couple came through this morning).\n\nKwame"
        sp = M(s, [EMP["harbour"]], "Live-in couple roles - 6 applications", sign(s, body, short=True), atts=files, day=15, hh=9, mm=58)
        return sp, L("encrypt_over_limit", T(contact=True, subjects=12, kinds=["application_form_couple"]), "Six couple forms = 12 people (over the 5-form / 10-person limit).", form_people=12)
    if v == 2:
        s = S("kwame")
        cs = people(11)
        blob = pdf_bytes("Application forms", [app_form_blocks(c, "Warehouse Operative (peak)", "Acme Logistics") for c in cs], footer="Form {n} of 11")
        body = "Dean,\n\nEleven application forms for the second peak intake, one per page.\n\nKwame"
        sp = M(s, [EMP["acme"]], "Peak intake 2 - 11 application forms", sign(s, body, short=True), atts=[att("Acme peak intake 2 forms.pdf", blob)], day=16, hh=13, mm=44)
        return sp, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["application_form"]), "11 single application forms (one over) in one PDF.", form_people=11)
    if v == 3:
        s = S("meiling")
        cs = people(11)
        blob = pdf_bytes("Appointment letters", [letter_blocks(c, "letter_appointment") for c in cs], footer="Letter {n} of 11")
        body = "Funmi,\n\nThe eleven January appointment letters for Bootle, merged, for your team to post.\n\nMei-Ling"
        sp = M(s, [BW["funmi"]], "Bootle appointment letters (11)", sign(s, body, short=True), atts=[att("Bootle appointment letters.pdf", blob)], day=17, hh=16, mm=10)
        return sp, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["letter_appointment"]), "11 appointment letters (one over the limit of 10).", letters=11)
    if v == 4:
        s = SH("qa")
        ps, rows = name_rows(501, ["name", "ref", "date"])
        blob = csv_text(["NAME", "PRAP_REF", "REVIEW_DATE"], rows, delim="|", crlf=False)
        body = "Rosa,\n\nRevised sample (the extra file the ESF auditors asked for): 501 rows."
        sp = M(s, [NS["rosa"]], "Annual case-file sample - Northstar (revised, 501)", sign(s, body), client="tbird",
               atts=[att("northstar_sample_501.txt", blob)], day=17, hh=11, mm=30)
        return sp, L("encrypt_over_limit", T(subjects=501, kinds=["name_list"]), "501 names (one over the list limit) to a subcontractor.",
                     list_rows=501, list_cols=["name", "ref", "date"])
    if v == 5:
        s = S("hannah")
        ps, rows = name_rows(501, ["surname", "initial", "nino", "claim_date"])
        blob = csv_text(["surname", "initial", "nino", "claim_date"], rows, delim=";")
        body = "Hi PPVT,\n\nReconciliation list with the late claim added - 501 rows now.\n\nHannah"
        sp = M(s, [DWP["ppvt"]], "Annual reconciliation - 501 claims", sign(s, body, short=True), atts=[att("reconciliation_501.csv", blob)], day=18, hh=10, mm=5)
        return sp, L("encrypt_over_limit", T(ninos=501, subjects=501, kinds=["name_list"]), "501 names with NINOs to DWP (one over the limit).",
                     list_rows=501, list_cols=["surname", "initial", "nino", "date"])
    s = S("kwame")
    a, b = people(2)
    refs = kvtext(referral_pairs(a, "Disability declared - hearing loss")) + "\n\n" + kvtext(referral_pairs(b, "Disability declared - diabetes"))
    fwd = tb_forward_block(DWP["bev"], [s], "Two new WHP referrals - Bootle", when(4, 11, 45), "Kwame,\n\nTwo referrals below.\n\n" + refs + "\n\nBev")
    body = "Funmi - two new referrals for Bootle.\n\nKwame\n\n" + fwd
    sp = M(s, [BW["funmi"]], "Fwd: Two new WHP referrals - Bootle", sign(s, body, short=True), day=4, hh=12, mm=3)
    return sp, L("encrypt_over_limit", T(ninos=2, dob=True, contact=True, special=["health"], subjects=2),
                 "Forward of a DWP email holding two participant records (C15 ¶53 allows one at a time).", fwd_record=True, records=2)


def e_forbidden(v):
    if v == 0:
        s = S("aoife")
        ps, rows = name_rows(30, ["surname", "initial", "ref", "postcode"])
        blob = csv_text(["Surname", "Initial", "PRaP ref", "Postcode"], rows, delim=";")
        body = "Anwen,\n\nSample for the Birkenhead visit - with postcodes so you can see which outreach site each file sits with.\n\nAoife"
        sp = M(s, [BW["anwen"]], "Audit sample - Birkenhead", sign(s, body), atts=[att("Birkenhead_sample.csv", blob)], day=16, hh=16, mm=2)
        return sp, L("encrypt_list_forbidden_column", T(contact=True, subjects=30, kinds=["name_list"]), "30-row list with a home postcode column.",
                     list_rows=30, list_cols=["surname", "initial", "ref", "postcode"])
    if v == 1:
        s = S("kwame")
        ps, rows = name_rows(18, ["surname", "forename", "dob"])
        txt = fixed_width(["SURNAME", "FORENAME", "D.O.B"], rows, [22, 16, 10])
        body = "Marcus,\n\nThe 18 for the forklift course - the insurer wants dates of birth.\n\n" + txt + "\nKwame"
        sp = M(s, [NS["marcus"]], "Forklift course - insurer list", sign(s, body, short=True), day=7, hh=13, mm=22)
        return sp, L("encrypt_list_forbidden_column", T(dob=True, subjects=18, kinds=["name_list"]), "18 names with a d.o.b column (d/m/yy).",
                     list_rows=18, list_cols=["surname", "forename", "dob"])
    if v == 2:
        s = S("meiling")
        ps, rows = name_rows(12, ["name", "phone"])
        body = ("Funmi,\n\nThe twelve who haven't replied about January - could your team ring round?\n\n" +
                "\n".join("  %-30s %s" % (a, b) for a, b in rows) + "\n\nMei-Ling")
        sp = M(s, [BW["funmi"]], "Ring-round list", sign(s, body, short=True), day=8, hh=16, mm=45)
        return sp, L("encrypt_list_forbidden_column", T(contact=True, subjects=12, kinds=["name_list"]), "12 names with mobile numbers.",
                     list_rows=12, list_cols=["name", "phone"])
    s = S("liam")
    ps, rows = name_rows(25, ["forename", "surname", "uc"])
    blob = csv_text(["forename", "surname", "uc_award_monthly"], rows, delim="\t")
    body = "Rosa,\n\nThe 25 on the in-work progression pilot, with their current UC award for the better-off sessions.\n\nLiam"
    sp = M(s, [NS["rosa"]], "IWP pilot list", sign(s, body, short=True), atts=[att("iwp_pilot.tsv", blob)], day=9, hh=14, mm=14)
    return sp, L("encrypt_list_forbidden_column", T(benefit=True, subjects=25, kinds=["name_list"]), "25-row TSV with a UC award amount column.",
                 list_rows=25, list_cols=["forename", "surname", "uc"])


def e_letter_kind(v):
    c = claimant()
    if v == 0:
        s = S("nkechi")
        blob = docx_bytes("Complaint response", letter_blocks(c, "complaint_response", extra="I have upheld your complaint about the cancelled appointments and have arranged a new adviser.", signer="Nkechi Eze, Complaints & Customer Quality Officer"))
        body = "Dear Ms Gaskell,\n\nWith your constituent's agreement, a copy of our response letter is attached.\n\nNkechi"
        sp = M(s, [OTH["cllr"]], "Response to your enquiry", sign(s, body), atts=[att("Complaint response.docx", blob)], day=11, hh=12, mm=30)
        return sp, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "Complaint response letter (not interview/offer/appointment) to a councillor's caseworker.", letters=1)
    if v == 1:
        s = S("kwame")
        blob = docx_bytes("Reference", letter_blocks(c, "reference", extra="%s is punctual and works well in a team." % c.first, signer="Kwame Asante-Boateng"))
        body = "Amit,\n\nReference letter attached as requested.\n\nKwame"
        sp = M(s, [EMP["bright"]], "Reference", sign(s, body, short=True), atts=[att("Reference.docx", blob)], day=14, hh=16, mm=20)
        return sp, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "Reference letter to an employer.", letters=1)
    s = S("chidi")
    blob = pdf_bytes("Confirmation", [letter_blocks(c, "participation", extra="They attend weekly appointments at our Salford office.", signer="Chidi Okoro")])
    body = "Owen,\n\nConfirmation of participation letter attached, as the tenant asked.\n\nChidi"
    sp = M(s, [OTH["housing"]], "Confirmation of participation", sign(s, body, short=True), atts=[att("Confirmation of participation.pdf", blob)], day=9, hh=11, mm=1)
    return sp, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "Confirmation-of-participation letter to a housing provider.", letters=1)


def e_dwp_process(v):
    if v == 0:
        s = S("siobhan")
        a, b = people(2)
        files = [att("GNS %d.pdf" % (i + 1), pdf_bytes("Good News Story", [[("h", "ESF Good News Story"), ("kv", gns_pairs(p, "%s moved into a full-time warehouse role after a year with us." % p.first))]])) for i, p in enumerate((a, b))]
        body = "Olumide,\n\nTwo Good News Stories for the ESF return attached.\n\nSiobhan"
        sp = M(s, [DWP["olu"]], "ESF Good News Stories x2", sign(s, body), atts=files, day=15, hh=14, mm=40)
        return sp, L("encrypt_dwp_process", T(subjects=2, kinds=["good_news_story"]), "Two GNS in one email (¶35: one per email).", records=2)
    if v == 1:
        s = S("liam")
        c = claimant()
        blob = pdf_bytes("Exit Report", [[("h", "WHP Exit Report"), ("kv", exit_pairs(c))]])
        body = "Please find attached a WHP Exit Report.\n\nLiam"
        sp = M(s, [DWP["inbox"]], "WHP Exit Report", sign(s, body, short=True), atts=[att("Exit Report.pdf", blob)], day=10, hh=16, mm=30)
        return sp, L("encrypt_dwp_process", T(ninos=1, subjects=1, kinds=["exit_report"]), "Exit Report to the designated DWP inbox but from a member of staff's own address, not the designated provider inbox.", records=1)
    if v == 2:
        c = claimant()
        body = "WHP Compliance Doubt - standard template\n\n" + kvtext(doubt_pairs(c)) + "\n\nWHP Data Exchange\n" + PRIME
        sp = M(SH("dx"), [DWP["bev"]], "WHP Compliance Doubt", body, client="tbird", day=15, hh=11, mm=20)
        return sp, L("encrypt_dwp_process", T(ninos=1, subjects=1, kinds=["compliance_doubt"]), "Compliance doubt from the designated inbox to a work coach's personal DWP address.", records=1)
    a, b = people(2)
    body = ("Please find below two WHP Change of Circumstances notifications.\n\n" + kvtext(coc_pairs(a, "Started work 16 hours a week")) +
            "\n\n" + kvtext(coc_pairs(b, "Admitted to hospital")) + "\n\nWHP Data Exchange\n" + PRIME)
    sp = M(SH("dx"), [DWP["inbox"]], "WHP Change of Circumstances x2", body, client="tbird", day=16, hh=15, mm=50)
    return sp, L("encrypt_dwp_process", T(ninos=2, special=["health"], subjects=2, kinds=["change_of_circumstances"]),
                 "Two CoC records in one email between the designated inboxes (C15 ¶49: one record per email).", records=2)


def e_claimant(v):
    c = claimant(consent=True)
    ps = SH("ps")
    if v == 0:
        body = "Dear %s,\n\nYour CV is attached.\n\nParticipant Services" % c.first
        sp = M(ps, [c.email], "Your CV", sign(ps, body), client="tbird",
               atts=[att("CV %s.docx" % c.name, docx_bytes("CV", cv_blocks(c, dob=d_words(c.dob))))], day=3, hh=16, mm=2)
        return sp, L("encrypt_claimant_recipient", T(dob=True, contact=True, subjects=1, kinds=["cv"]),
                     "CV with a date of birth to the participant's consented address: ¶17 forbids the DOB.", cv_count=1)
    if v == 1:
        body = "Hi %s,\n\nBoth versions of your CV attached - the old one and the one we updated today.\n\nParticipant Services" % c.first
        sp = M(ps, [c.email], "Your CVs", sign(ps, body), client="tbird",
               atts=[att("CV %s (old).docx" % c.name, docx_bytes("CV", cv_blocks(c))), att("CV %s (Dec 2026).pdf" % c.name, pdf_bytes("CV", [cv_blocks(c)]))], day=8, hh=14, mm=15)
        return sp, L("encrypt_claimant_recipient", T(contact=True, subjects=1, kinds=["cv"]),
                     "Two CVs (two versions, same person) to a consented address: ¶17 allows one CV per email.", cv_count=2)
    if v == 2:
        s = S("chidi")
        c = claimant()
        q = "Hi Chidi, I can't come on Tuesday, my depression has been really bad this week and I can't face the bus. Sorry. %s" % c.first
        sp = ooo_spec(s, c.email, "Tuesday", "Thanks for your message. I'm out of the office until Monday 14 December. "
                      "Participant Services can help: participant.services@%s.\n\nChidi Okoro\n\nYour message:" % INT, 10, 19, 2,
                      quoted=tb_quote((c.name, c.email), when(10, 19, 1), q))
        return sp, L("encrypt_claimant_recipient", T(special=["mental_health"], subjects=1),
                     "Out-of-office auto-reply to a participant that quotes her own message about her depression back to her.")
    c = claimant()
    blob = pdf_bytes("Complaint response", [letter_blocks(c, "complaint_response", extra="I have partly upheld your complaint about the handling of your travel expenses.", signer="Nkechi Eze")])
    body = "Dear %s,\n\nPlease find our response to your complaint attached.\n\nMIEP Complaints" % c.first
    sp = M(SH("complaints"), [c.email], "Your complaint CMP-2026-0471", sign(SH("complaints"), body), client="tbird",
           atts=[att("Complaint response CMP-2026-0471.pdf", blob)], day=17, hh=12, mm=0)
    return sp, L("encrypt_claimant_recipient", T(contact=True, subjects=1, kinds=["letter_other"]),
                 "Complaint response letter (not an interview/offer/appointment letter) to the participant.", letters=1)


def e_tag(v):
    if v == 0:
        s = S("aoife")
        ps, rows = name_rows(20, ["surname", "initial", "ref"])
        blob = csv_text(["Surname", "Initial", "PRaP ref"], rows, delim=";")
        body = "Anwen,\n\nBootle follow-up sample attached (20).\n\nAoife"
        sp = M(s, [BW["anwen"]], "[ENCRYPT] Audit sample - Bootle follow-up", sign(s, body), atts=[att("Bootle_followup.csv", blob)], day=17, hh=10, mm=40)
        return sp, L("encrypt_sender_tag", T(subjects=20, kinds=["name_list"]), "A list that would relay under ¶29, with the [ENCRYPT] tag.", list_rows=20, list_cols=["surname", "initial", "ref"])
    if v == 1:
        s = S("tomasz")
        q = "Tomasz, can you resend RA-2026-12-04 - our copy is corrupted? Craig"
        body = "Craig,\n\nResent - same figures.\n\nTomasz\n\n" + tb_quote(BW["craig"], when(7, 9, 2), q)
        sp = M(s, [BW["craig"]], "RE: [ENCRYPT] remittance query", sign(s, body, short=True), day=7, hh=9, mm=30)
        return sp, L("encrypt_sender_tag", T0, "[ENCRYPT] after 'RE:' on mail with no claimant data.")
    s = S("hannah")
    c = claimant()
    body = "Isabel - the evidence pack for %s is on its way by post; this is just to say it's coming.\n\nHannah" % c.name
    sp = M(s, [EMP["harbour"]], "Fwd: [ENCRYPT] evidence pack", sign(s, body, short=True), day=18, hh=9, mm=20)
    return sp, L("encrypt_sender_tag", T(subjects=1), "Tag in an Apple Mail 'Fwd:' subject; one name only.", name_only=True)


def e_pw(v):
    if v == 0:
        s = S("hannah")
        c = claimant()
        z = aes_zip_bytes([("Evidence pack/payslip_nov.pdf", pdf_bytes("Payslip", [[("p", "Payslip %s" % c.name)]])),
                           ("Evidence pack/index.txt", b"payslip\r\n")], "Mersey-2026!", "aes-0")
        body = "Hi Isabel,\n\nEvidence pack attached; I'll ring you with the password.\n\nHannah"
        sp = M(s, [EMP["harbour"]], "Evidence pack", sign(s, body, short=True), atts=[att("Evidence pack.zip", z)], day=11, hh=15, mm=5)
        return sp, L("encrypt_password_protected", T0, "WinZip-AES zip; password by phone.", pw=True)
    if v == 1:
        s = S("liam")
        c = claimant()
        blob = pdf_bytes("PVT resubmission", [[("h", "PVT resubmission"), ("p", "%s %s" % (c.name, c.nino))]], password="pvt-2026", seed="pdf-aes-1")
        body = "Ravi,\n\nResubmission evidence attached as an encrypted PDF; password follows separately.\n\nLiam"
        sp = M(s, [DWP["ravi"]], "PVT resubmission evidence", sign(s, body, short=True), atts=[att("PVT resubmission.pdf", blob)], day=14, hh=12, mm=12)
        return sp, L("encrypt_password_protected", T0, "AES-256 password-protected PDF to DWP.", pw=True)
    s = S("meiling")
    innerz = zipcrypto_bytes([("case_notes.txt", b"notes\r\n")], "bridgeway", "zc-2")
    outer = zip_bytes([("for_funmi/README.txt", b"Password as usual.\r\n"), ("for_funmi/case_notes.zip", innerz)])
    body = "Funmi,\n\nThe notes you asked for - the inner zip has our usual password.\n\nMei-Ling"
    sp = M(s, [BW["funmi"]], "Notes", sign(s, body, short=True), atts=[att("for_funmi.zip", outer)], day=16, hh=13, mm=13)
    return sp, L("encrypt_password_protected", T0, "Plain outer zip holding a ZipCrypto (legacy) password-protected inner zip.", pw=True)


def e_scan(v):
    if v == 0:
        blob = scan_pdf(6100, 2)
        sp = M(SH("mfp3"), [DWP["ppvt"]], "Scanned from MFP-3F-Finance", mfd_notice("MFP-3F-Finance", 2), client="mfd",
               atts=[att("Scan_20261209_143310.pdf", blob)], day=9, hh=14, mm=33)
        return sp, L("encrypt_no_text_scan", T0, "MFD scan-to-email: two-page image-only PDF to the DWP validation team.", scan=True)
    if v == 1:
        blob = tiff_bytes([scan_image(6200), scan_image(6201)])
        sp = M(SH("mfp2"), [BW["anwen"]], "Scanned from MFP-2F-Quality", mfd_notice("MFP-2F-Quality", 2, ftype="TIFF"), client="mfd",
               atts=[att("Scan_20261215_092044.tif", blob)], day=15, hh=9, mm=20)
        return sp, L("encrypt_no_text_scan", T0, "MFD scan as a two-page Group 4 TIFF.", scan=True)
    if v == 2:
        s = S("gareth")
        img = scan_image(6300, 1008, 1344).convert("RGB")
        ex = Image.Exif()
        ex[0x010F] = "Apple"
        ex[0x0110] = "iPhone 15"
        ex[0x0132] = "2026:12:03 16:41:09"
        bio = io.BytesIO()
        img.save(bio, "JPEG", quality=70, exif=ex.tobytes())
        sp = M(s, [NS["marcus"]], "timesheet", "Signed timesheet attached\n\nSent from my iPhone", atts=[att("IMG_4471.jpeg", bio.getvalue())], day=3, hh=16, mm=42)
        return sp, L("encrypt_no_text_scan", T0, "iPhone photo (JPEG with camera EXIF) of a signed timesheet.", scan=True)
    blob = scan_pdf(6400, 1)
    sp = M(SH("mfp3"), [EMP["acme"]], "Scanned from MFP-3F-Finance", mfd_notice("MFP-3F-Finance", 1), client="mfd",
           atts=[att("Scan_20261217_110502.pdf", blob)], day=17, hh=11, mm=5)
    return sp, L("encrypt_no_text_scan", T0, "MFD one-page image-only PDF to an employer.", scan=True)


# ================================================================== reject
def x_cv_no_consent(v):
    ps = SH("ps")
    if v == 0:
        c = claimant()
        body = "Dear %s,\n\nYour CV is attached.\n\nParticipant Services" % c.first
        sp = M(ps, [c.email], "Your CV", sign(ps, body), client="tbird", atts=[att("CV %s.docx" % c.name, docx_bytes("CV", cv_blocks(c)))], day=4, hh=10, mm=22)
        return sp, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV to a participant address with no consent recorded.", cv_count=1)
    if v == 1:
        c = claimant(consent=True)
        d2 = [d for d in CLAIMANT_DOMAINS if d != c.email.split("@")[1]][0]
        second = c.email.split("@")[0] + "." + "work@" + d2
        body = "Hi %s,\n\nCV attached to your other address as you asked.\n\nParticipant Services" % c.first
        sp = M(ps, [second], "CV", sign(ps, body), client="tbird", atts=[att("CV.pdf", pdf_bytes("CV", [cv_blocks(c)]))], day=9, hh=12, mm=40)
        return sp, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV to a consented participant's second address, which is not in the register.", cv_count=1)
    if v == 2:
        c = claimant()
        body = "Dear %s,\n\nYour CV, sent encrypted.\n\nParticipant Services" % c.first
        sp = M(ps, [c.email], "[ENCRYPT] Your CV", sign(ps, body), client="tbird", atts=[att("CV.docx", docx_bytes("CV", cv_blocks(c)))], day=10, hh=9, mm=9)
        return sp, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "Unconsented CV with the [ENCRYPT] tag: still reject (¶17: must not be sent unsolicited).", cv_count=1)
    if v == 3:
        s = S("chidi")
        c = claimant()
        orig = inner(EMP["bright"], [s], "CV returned", "Chidi, returning the CV - no vacancies this month. Amit", 2, 11, 0, client="plain",
                     atts=[att("CV %s.pdf" % c.name, pdf_bytes("CV", [cv_blocks(c)]))])
        body = "Hello %s,\n\nBrightside sent your CV back - the email is attached so you have it.\n\nChidi" % c.first
        sp = M(s, [c.email], "Your CV from Brightside", sign(s, body, short=True), atts=[att_msg(orig, "CV returned.eml")], day=3, hh=11, mm=11)
        return sp, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV inside an attached message/rfc822 to an unconsented participant address (and from a staff address).", cv_count=1)
    c = claimant(domain="btinternet.com")
    z = zip_bytes([("CV/%s CV.pdf" % ascii_fold(c.name), pdf_bytes("CV", [cv_blocks(c)]))])
    body = "Hello,\n\nZipped CV attached.\n\nParticipant Services"
    sp = M(ps, [c.email], "CV", sign(ps, body), client="tbird", atts=[att("cv.zip", z)], day=18, hh=14, mm=0)
    return sp, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV in a zip to an unconsented btinternet address.", cv_count=1)


def _corrupt_docx():
    good = docx_bytes("Notes", [("p", "Meeting notes - contract review")])
    b = bytearray(good)
    i = good.find(b"word/document.xml")
    j = i + 200
    for k in range(j, j + 40):
        b[k] ^= 0x5A
    return bytes(b)


def x_uninspectable(v):
    rr = random.Random("garbage-%d" % v)
    junk = bytes(rr.randint(0, 255) for _ in range(4000))
    if v == 0:
        s = S("priya")
        body = "Janet,\n\nCorrected version of the November report attached (v2).\n\nPriya"
        sp = M(s, [DWP["janet"]], "WHP CPR November - v2", sign(s, body, short=True), atts=[att("MIEP_WHP_CPR_Nov2026_v2.xlsx", junk)], day=4, hh=9, mm=0)
        return sp, L("reject_uninspectable", T0, "Random bytes under a .xlsx name.", opaque=True)
    if v == 1:
        s = S("deepa")
        good = pdf_bytes("Accruals", [[("h", "Accruals"), ("p", "Schedule")]] * 3)
        sp = M(s, [OTH["audit"]], "Accruals PDF", sign(s, "Helen,\n\nPDF version attached.\n\nDeepa", short=True),
               atts=[att("Accruals.pdf", good[:int(len(good) * 0.55)])], day=11, hh=10, mm=40)
        return sp, L("reject_uninspectable", T0, "Truncated PDF (no xref, no %%EOF).", opaque=True)
    if v == 2:
        s = S("kwame")
        innerz = zip_bytes([("a.docx", docx_bytes("a", [("p", "template")])), ("b.docx", docx_bytes("b", [("p", "template")]))])
        outer = zip_bytes([("templates/set.zip", innerz[:len(innerz) // 2])])
        sp = M(s, [NS["rosa"]], "Templates (again)", sign(s, "Rosa,\n\nTemplates again.\n\nKwame", short=True), atts=[att("templates.zip", outer)], day=9, hh=15, mm=5)
        return sp, L("reject_uninspectable", T0, "Outer zip opens; the inner zip is truncated.", opaque=True)
    if v == 3:
        s = S("meiling")
        sp = M(s, [BW["funmi"]], "Review notes (Word)", sign(s, "Funmi,\n\nNotes in Word format.\n\nMei-Ling", short=True),
               atts=[att("Review notes.docx", _corrupt_docx())], day=2, hh=16, mm=30)
        return sp, L("reject_uninspectable", T0, "DOCX with a corrupted deflate stream (bad CRC).", opaque=True)
    if v == 4:
        s = S("nkechi")
        orig = inner(("Records Team", "records@" + INT), [s], "Scan", "Scan attached.", 1, 9, 0, client="plain",
                     atts=[att("scan.pdf", b"%PDF-1.4\n" + junk[:1500])])
        sp = M(s, [BW["anwen"]], "Fwd: Scan", sign(s, "Anwen - forwarding as received.\n\nNkechi", short=True),
               atts=[att_msg(orig, "Scan.eml")], day=15, hh=14, mm=0)
        return sp, L("reject_uninspectable", T0, "Attached message/rfc822 whose PDF is a header followed by garbage.", opaque=True)
    if v == 5:
        s = S("yusuf")
        sp = M(s, [NS["marcus"]], "Spec (ODT)", sign(s, "Marcus,\n\nODT version.\n\nYusuf", short=True), atts=[att("spec_v3.odt", junk[:2500])], day=7, hh=10, mm=10)
        return sp, L("reject_uninspectable", T0, "Random bytes under a .odt name.", opaque=True)
    if v == 6:
        s = S("ewan")
        z = zip_bytes([("remit/RA-2026-12-04.csv", b"Invoice;Amount\r\nBW-0412;4812.50\r\n"), ("remit/README.txt", b"remittance\r\n")])
        sp = M(s, [BW["craig"]], "Remittance zip", sign(s, "Craig,\n\nZipped copy.\n\nEwan", short=True), atts=[att("remittance.zip", z[:-30])], day=8, hh=9, mm=44)
        return sp, L("reject_uninspectable", T0, "Zip with a truncated end-of-central-directory record.", opaque=True)
    blob = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + junk
    sp = M(SH("mfp3"), [EMP["harbour"]], "Scanned from MFP-3F-Finance", mfd_notice("MFP-3F-Finance", 1), client="mfd",
           atts=[att("Scan_20261210_084411.pdf", blob)], day=10, hh=8, mm=44)
    return sp, L("reject_uninspectable", T0, "MFD notice whose PDF has a valid header followed by garbage (transmission error).", opaque=True)


# ================================================================== scenario table
def _v(fn, n):
    return [(fn, v) for v in range(n)]


SCENARIOS = (
    _v(nc_perf_report, 3) + _v(nc_invoice, 3) + _v(nc_remittance, 3) + _v(nc_payval, 2) + _v(nc_audit, 4) +
    _v(nc_complaints, 2) + _v(nc_subcon, 3) + _v(nc_digest, 3) + _v(nc_ooo, 4) + _v(nc_dsn, 2) + _v(nc_mdn, 3) +
    _v(nc_fwd, 4) + _v(nc_meeting, 3) + _v(nc_finance_misc, 5) + _v(nc_lookalikes, 2) + _v(nc_templates, 3) +
    _v(nc_policy, 3) + _v(nc_stats, 3) + _v(nc_staff, 4) + _v(nc_claimant_generic, 2) + _v(nc_scan_ocr, 2) +
    _v(nc_replies, 3) + _v(nc_anonymised, 2) + _v(nc_rates, 1) + _v(nc_it, 2) + _v(nc_records, 1) + _v(nc_more, 5) +
    _v(r_one_name, 8) + _v(r_cv_to_claimant, 3) + _v(r_cvs, 3) + _v(r_forms, 3) + _v(r_letters, 3) + _v(r_lists, 4) +
    _v(r_nino_only, 2) + _v(r_dwp_lists, 3) + _v(r_ucnea1_gns, 2) + _v(r_c15, 3) + _v(r_forward, 2) + _v(r_encrypted, 3) +
    _v(e_special, 13) + _v(e_nino, 7) + _v(e_dob_bank, 6) + _v(e_benefit_children, 6) + _v(e_beyond, 5) + _v(e_over, 7) +
    _v(e_forbidden, 4) + _v(e_letter_kind, 3) + _v(e_dwp_process, 4) + _v(e_claimant, 4) + _v(e_tag, 3) + _v(e_pw, 3) +
    _v(e_scan, 4) + _v(x_cv_no_consent, 5) + _v(x_uninspectable, 8)
)
CONSENT_DECOYS = ["k.mcdermott77@gmail.com", "sanjay_patel@outlook.com"]


def seed_for(name, v):
    return int(hashlib.sha256(("set-p/%s/%d" % (name, v)).encode()).hexdigest()[:15], 16)


def rcpts(sp):
    return [A(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


def generate():
    """build everything in memory: returns ({relpath: bytes}, labels)"""
    _used_ninos.clear()
    del CONSENT[:]
    built = []
    for fn, v in SCENARIOS:
        sd = seed_for(fn.__name__, v)
        R.seed(sd)
        fake.seed_instance(sd)
        sp, lab = fn(v)
        built.append((fn.__name__, v, sp, lab))
    order = list(range(len(built)))
    random.Random("set-p-order").shuffle(order)
    files, labels = {}, []
    for pos, k in enumerate(order):
        n = pos + 1
        name, v, sp, lab = built[k]
        hid = "%s-%03d" % (PREFIX, n)
        day = sp["day"] if sp["day"] is not None else DAYS[n % len(DAYS)]
        hh = sp["hh"] if sp["hh"] is not None else 9 + n % 8
        mm = sp["mm"] if sp["mm"] is not None else (n * 7) % 60
        msg = assemble(sp, when(day, hh, mm, (n * 13) % 60), "set-p/%s" % hid)
        crlf = sp["crlf"] if sp["crlf"] is not None else (n % 8 == 5)
        data = msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))
        files["mail/%s.eml" % hid] = data
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": A(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"],
                       "scenario": name})
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode("utf-8")
    files["consent.txt"] = "".join(a + "\n" for a in sorted(set(CONSENT + CONSENT_DECOYS))).encode()
    return files, labels


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


def read_disk(labels):
    files = {}
    for r in labels:
        files[r["file"]] = open(os.path.join(HERE, r["file"]), "rb").read()
    for k in ("labels.jsonl", "consent.txt"):
        files[k] = open(os.path.join(HERE, k), "rb").read()
    return files


# ================================================================== self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])[ -]?([A-Za-z])[\s-]{0,2}(\d{2})[\s-]{0,2}(\d{2})[\s-]{0,2}(\d{2})[\s-]{0,2}([A-Da-d])(?![A-Za-z0-9])")


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
    """(text, flags); raises Uninspectable / Protected"""
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
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
            for sec in d.sections:
                parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
            return "\n".join(parts), flags
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob))
            parts = []
            for ws in wb.worksheets:
                parts.append(ws.title)
                for row in ws.iter_rows(values_only=True):
                    parts.append(",".join("" if x is None else str(x) for x in row))
            return "\n".join(parts), flags
        if ext in ("odt", "ods"):
            from odf.opendocument import load
            from odf import teletype
            from odf.text import P, H
            doc = load(io.BytesIO(blob))
            parts = [teletype.extractText(e) for e in doc.getElementsByType(H) + doc.getElementsByType(P)]
            return "\n".join(parts), flags
        if ext in ("csv", "tsv", "txt", "psv", "prn", "ics"):
            return blob.decode("utf-8-sig"), flags
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            infos = z.infolist()
            if any(i.flag_bits & 1 for i in infos):
                raise Protected(fn)
            if z.testzip() is not None:
                raise Uninspectable(fn)
            parts = []
            for info in infos:
                t, f2 = att_text(info.filename, z.read(info.filename), depth + 1)
                parts.append(info.filename + "\n" + t)
                flags |= f2
            return "\n".join(parts), flags
        if ext in ("jpg", "jpeg", "png", "tif", "tiff"):
            im = Image.open(io.BytesIO(blob))
            im.load()
            flags.add("scan")
            return "", flags
    except (Protected, Uninspectable):
        raise
    except Exception as ex:
        raise Uninspectable("%s: %s" % (fn, ex))
    raise Uninspectable("%s: unknown type" % fn)


def part_text(part):
    try:
        t = part.get_content()
    except Exception:
        p = part.get_payload(decode=True)
        t = p.decode("utf-8", "replace") if p else ""
    if not isinstance(t, str):
        t = t.decode("utf-8", "replace") if isinstance(t, (bytes, bytearray)) else ""
    if part.get_param("format") == "flowed":
        t = unflow(t)
    return t


CONTENT_HDRS = ("subject", "comments", "keywords")


def hdr_texts(m):
    out = []
    for k, val in m.items():
        kl = k.lower()
        if kl.startswith("x-") or kl in CONTENT_HDRS:
            out.append(str(val))
        elif kl in ("from", "to", "cc", "reply-to"):
            out += [n for n, _ in getaddresses([str(val)]) if n]
    return out


def inspect_message(m):
    texts, flags = hdr_texts(m), set()
    ct = m.get_content_type()
    if ct == "multipart/encrypted":
        flags.add("encrypted")
    for part in m.walk():
        pct = part.get_content_type()
        if pct == "message/rfc822" and part.is_multipart():
            texts += hdr_texts(part.get_payload(0))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if pct == "application/pkcs7-mime":
            flags.add("encrypted")
            try:
                from cryptography.hazmat.primitives.serialization import pkcs7
                key, cert = smime_identity()
                pkcs7.pkcs7_decrypt_der(part.get_payload(decode=True), cert, key, [])
                flags.add("smime_ok")
            except Exception:
                flags.add("smime_bad")
            continue
        if pct == "application/pgp-encrypted" or (fn == "encrypted.asc" and "encrypted" in flags):
            continue
        if fn:
            texts.append(fn)
            blob = part.get_payload(decode=True)
            if pct.startswith("text/") and fn.rsplit(".", 1)[-1].lower() not in ("csv", "tsv", "txt", "psv", "prn", "ics"):
                texts.append(part_text(part))
                continue
            try:
                t, f = att_text(fn, blob)
                texts.append(t)
                flags |= f
            except Uninspectable as ex:
                flags.add("uninspectable")
                flags.add("why:" + str(ex)[:80])
            except Protected:
                flags.add("protected")
        else:
            if part.get_content_maintype() in ("text",) or pct == "message/delivery-status":
                t = part_text(part)
                if "-----BEGIN PGP MESSAGE-----" in t:
                    flags.add("encrypted")
                    continue
                texts.append(t)
    return "\n".join(texts), flags


def rclass(addr, consent):
    addr = addr.lower()
    dom = addr.rsplit("@", 1)[-1]
    if dom in DWP_DOMAINS:
        return "dwp"
    if dom in SUPPLY:
        return "supply_chain"
    if dom == INT:
        return "internal"
    if dom in CLAIMANT_DOMAINS:
        return "claimant"
    return "third_party"


GOOD_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}
FORMS = {"application_form", "application_form_couple"}
C15 = {"exit_report", "change_of_circumstances", "compliance_doubt", "whp_eb_customer_form", "esf_form", "whps01"}
LIST_OK_COLS = {"surname", "initial", "forename", "name", "nino", "ref", "date"}


def has_data(t):
    return bool(t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"] or
                t["contact_details"] or t["data_subjects"])


def category_rule(t):
    if t["special"]:
        return "encrypt_special_category"
    if t["dob"] or t["bank"]:
        return "encrypt_dob_bank"
    if t["benefit_payment"] or t["children"]:
        return "encrypt_benefit_children"
    if t["ninos"]:
        return "encrypt_nino"
    return "encrypt_beyond_name"


def decide_one(cls, addr, t, f, rec, consent):
    kinds = set(t["doc_kinds"])
    s32 = bool(t["special"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"])
    if cls == "internal":
        return "relay", None
    if cls == "claimant":
        if kinds == {"cv"}:
            ex1_bad = t["dob"] or t["ninos"] or t["bank"] or set(t["special"]) & {"health", "mental_health", "ethnicity", "criminal"}
            if addr in consent and f["cv_count"] == 1 and not ex1_bad and not f["extra"]:
                return "relay", "cv_to_claimant"
            return "encrypt", "encrypt_claimant_recipient"
        if kinds and kinds <= GOOD_LETTERS and f["letters"] <= 10 and not (t["special"] or t["ninos"] or t["bank"] or f["extra"]):
            return "relay", "letters_up_to_10"
        return "encrypt", "encrypt_claimant_recipient"
    if f["name_only"] and t["data_subjects"] == 1 and not (t["ninos"] or t["contact_details"] or s32) and not kinds:
        return "relay", "one_name"
    if cls == "supply_chain" and f["fwd_record"]:
        if f["records"] == 1 and not f["extra"]:
            return "relay", "forward_subcontractor"
        return "encrypt", "encrypt_over_limit" if f["records"] > 1 else category_rule(t)
    if cls == "dwp":
        if kinds & {"ucnea1", "good_news_story"}:
            if len(kinds) == 1 and f["records"] == 1 and not f["extra"]:
                return "relay", "dwp_ucnea1_gns"
            return "encrypt", "encrypt_dwp_process" if f["records"] != 1 or len(kinds) > 1 else category_rule(t)
        if kinds & C15:
            ok_route = rec["mail_from"] == PROV_INBOX and addr == DWP_INBOX
            if kinds <= C15 and f["records"] == 1 and ok_route and not f["extra"]:
                return "relay", "dwp_c15_process"
            if kinds <= C15 and f["records"] == 1 and ok_route:
                return "encrypt", category_rule(t)
            return "encrypt", "encrypt_dwp_process"
    if kinds in ({"name_list"}, {"nino_list"}) and cls in ("dwp", "supply_chain", "third_party"):
        if f["nino_only"]:
            return ("relay", "dwp_names_list" if cls == "dwp" else "nino_only_list") if not f["extra"] else ("encrypt", category_rule(t))
        if set(f["list_cols"]) - LIST_OK_COLS:
            return "encrypt", "encrypt_list_forbidden_column"
        if f["list_rows"] > 500:
            return "encrypt", "encrypt_over_limit"
        if s32 or t["contact_details"] or f["extra"]:
            return "encrypt", category_rule(t)
        return "relay", "dwp_names_list" if cls == "dwp" else "names_list_500"
    if cls in ("supply_chain", "third_party"):
        if kinds == {"cv"}:
            if f["cv_count"] > 10:
                return "encrypt", "encrypt_over_limit"
            if s32 or t["ninos"] or f["extra"] or t["data_subjects"] > f["cv_count"]:
                return "encrypt", category_rule(t)
            return "relay", "cvs_up_to_10"
        if kinds and kinds <= FORMS:
            if f["form_people"] > 10:
                return "encrypt", "encrypt_over_limit"
            if s32 or t["ninos"] or f["extra"]:
                return "encrypt", category_rule(t)
            return "relay", "application_forms_up_to_10"
        if kinds and all(k.startswith("letter_") for k in kinds):
            if not kinds <= GOOD_LETTERS:
                return "encrypt", "encrypt_letter_kind"
            if f["letters"] > 10:
                return "encrypt", "encrypt_over_limit"
            if s32 or t["ninos"] or f["extra"]:
                return "encrypt", category_rule(t)
            return "relay", "letters_up_to_10"
    return "encrypt", category_rule(t)


SEVERITY = {"relay": 0, "encrypt": 1, "reject": 2}


def derive(rec, subject, consent):
    t, f = rec["truth"], rec["facts"]
    rc = [(a, rclass(a, consent)) for a in rec["rcpt_to"]]
    if f["encrypted"]:
        return "relay", "already_encrypted"
    if f["opaque"]:
        return "reject", "reject_uninspectable"
    if f["scan"]:
        return "encrypt", "encrypt_no_text_scan"
    if "cv" in t["doc_kinds"] and any(c == "claimant" and a.lower() not in consent for a, c in rc):
        return "reject", "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt", "encrypt_password_protected"
    if "[ENCRYPT]" in subject.upper():
        return "encrypt", "encrypt_sender_tag"
    if not has_data(t):
        return "relay", "no_claimant_data"
    best = ("relay", None)
    for a, c in rc:
        act, rule = decide_one(c, a.lower(), t, f, rec, consent)
        if SEVERITY[act] > SEVERITY[best[0]] or (best[1] is None and rule):
            if SEVERITY[act] >= SEVERITY[best[0]]:
                best = (act, rule)
    return best


PHONE_RES = [(re.compile(r"(?<!\d)07\d{3}\s?\d{3}\s?\d{3}(?!\d)"), re.compile(r"07700\s?900\s?\d{3}")),
             (re.compile(r"(?<!\d)01\d{2,3}\s?\d{3}\s?\d{3,4}(?!\d)"), re.compile(r"(01(13|51|61)\s?496\s?0\d{3}|01632\s?960\s?\d{3})")),
             (re.compile(r"(?<!\d)0[23]0\s?\d{4}\s?\d{4}(?!\d)"), re.compile(r"020\s?7946\s?0\d{3}")),
             (re.compile(r"(?<!\d)08\d{2}\s?\d{3}\s?\d{4}(?!\d)"), re.compile(r"0808\s?157\s?0\d{3}"))]
DOB_RE = re.compile(r"(?i)(d\.?o\.?b\.?|date of birth|born)\W{0,20}(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2} [A-Z][a-z]+ \d{4})")
IBAN_RE = re.compile(r"\bGB\d{2} ?[A-Z]{4}(?: ?\d{2,4}){4,5}\b")


def selfcheck(labels, files):
    from email import message_from_bytes
    consent = set(files["consent.txt"].decode().split())
    problems = []
    seen_ids = set()
    for rec in labels:
        hid = rec["id"]
        if hid in seen_ids:
            problems.append((hid, "duplicate id"))
        seen_ids.add(hid)
        m = message_from_bytes(files[rec["file"]], policy=policy.default)
        frm = getaddresses([str(m["From"])])[0][1]
        if frm != rec["mail_from"]:
            problems.append((hid, "From %s != mail_from %s" % (frm, rec["mail_from"])))
        hdr = [a for _, a in getaddresses([str(x) for x in m.get_all("To", []) + m.get_all("Cc", [])]) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]) or not rec["rcpt_to"]:
            problems.append((hid, "To/Cc not in rcpt_to"))
        if m["Bcc"]:
            problems.append((hid, "Bcc header present"))
        if not m["Date"] or not m["Message-ID"]:
            problems.append((hid, "missing Date / Message-ID"))
        else:
            d = m["Date"].datetime
            if not (d.year == 2026 and d.month == 12 and 1 <= d.day <= 18 and d.weekday() < 5):
                problems.append((hid, "Date not a working day 1-18 Dec 2026"))
        full, flags = inspect_message(m)
        tr, f, rule, act = rec["truth"], rec["facts"], rec["rule"], rec["expected_action"]
        if set(rec["facts"]) != set(FACT_KEYS) or set(tr) != set(T0):
            problems.append((hid, "schema keys"))
        ninos = find_ninos(full)
        if len(ninos) != tr["ninos"]:
            problems.append((hid, "found %d valid NINOs, truth %d" % (len(ninos), tr["ninos"])))
        if f["opaque"] != ("uninspectable" in flags):
            problems.append((hid, "opaque fact %s vs parse %s" % (f["opaque"], sorted(x for x in flags if x.startswith("why:")))))
        if f["pw"] != ("protected" in flags):
            problems.append((hid, "pw fact vs parse"))
        if f["scan"] != ("scan" in flags):
            problems.append((hid, "scan fact vs parse"))
        if f["encrypted"] != ("encrypted" in flags):
            problems.append((hid, "encrypted fact vs parse"))
        if "smime_bad" in flags or ("encrypted" in flags and m.get_content_type() == "application/pkcs7-mime" and "smime_ok" not in flags):
            problems.append((hid, "S/MIME envelope does not decrypt"))
        if (f["opaque"] or f["pw"] or f["scan"] or f["encrypted"]) and tr != T0:
            problems.append((hid, "unreadable case with non-empty truth"))
        if rule == "no_claimant_data" and tr != T0:
            problems.append((hid, "no_claimant_data with non-empty truth"))
        if ACTION_OF[rule] != act or GUIDE[rule] != rec["guidance"]:
            problems.append((hid, "rule/action/guidance mismatch"))
        got = derive(rec, str(m["Subject"] or ""), consent)
        if got != (act, rule):
            problems.append((hid, "re-derived %s/%s but labelled %s/%s" % (got[0], got[1], act, rule)))
        classes = {rclass(a, consent) for a in rec["rcpt_to"]}
        if classes == {"internal"} and has_data(tr):
            problems.append((hid, "claimant data sent only internally"))
        if rule == "cv_to_claimant" and not set(a.lower() for a in rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant recipient not in consent"))
        for rx, ok in PHONE_RES:
            for mm in rx.finditer(full):
                if not ok.fullmatch(mm.group(0)):
                    problems.append((hid, "phone outside drama ranges: %s" % mm.group(0)))
        for ib in IBAN_RE.findall(full):
            if not iban_valid(ib):
                problems.append((hid, "bad IBAN " + ib))
        if tr["bank"]:
            for cd in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
                if not luhn_ok(cd):
                    problems.append((hid, "bad Luhn"))
        if not tr["dob"] and DOB_RE.search(full):
            problems.append((hid, "DOB-like text but truth.dob false: %s" % DOB_RE.search(full).group(0)))
        if tr["dob"] and not DOB_RE.search(full) and not re.search(r"\b(19|20)\d\d-\d\d-\d\d\b|\d{1,2}/\d{1,2}/\d{2}\b", full):
            problems.append((hid, "truth.dob but no DOB found"))
        if "[ENCRYPT]" in str(m["Subject"] or "").upper() and rule not in ("encrypt_sender_tag", "reject_cv_no_consent", "reject_uninspectable"):
            problems.append((hid, "tag present but rule %s" % rule))
    return problems


def summary(labels):
    from collections import Counter
    n = len(labels)
    a = Counter(r["expected_action"] for r in labels)
    print("messages:", n)
    for k in ("relay", "encrypt", "reject"):
        print("  %-8s %3d  %.1f%%" % (k, a[k], 100.0 * a[k] / n))
    ncd = sum(1 for r in labels if r["rule"] == "no_claimant_data")
    print("  no_claimant_data %d (%.1f%%)" % (ncd, 100.0 * ncd / n))
    for r, c in sorted(Counter(r["rule"] for r in labels).items()):
        print("  %-32s %3d" % (r, c))


def main():
    if "--digest" in sys.argv:
        files, _ = generate()
        print(digest(files))
        return
    if "--check" in sys.argv:
        labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
        disk = read_disk(labels)
        problems = selfcheck(labels, disk)
        fresh, _ = generate()
        if digest(fresh) != digest(disk):
            diff = [k for k in sorted(set(fresh) | set(disk)) if fresh.get(k) != disk.get(k)]
            problems.append(("build", "files on disk differ from a fresh build: %s" % diff[:5]))
    else:
        files, labels = generate()
        write(files)
        problems = selfcheck(labels, read_disk(labels))
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--digest"], capture_output=True, text=True)
        if out.stdout.strip() != digest(files):
            problems.append(("build", "a fresh process built different bytes (%s)" % (out.stderr.strip()[-300:] or out.stdout.strip())))
    summary(labels)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        sys.exit(1)
    print("self-check OK; two builds byte-identical")


if __name__ == "__main__":
    main()

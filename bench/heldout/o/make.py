#!/usr/bin/env python3
"""Held-out set O: outbound mail of a national disability-specialist prime on the South Coast.

"Tidewell Ability Partnership" (Southampton, Portsmouth, Brighton, Bournemouth, Chichester, Isle of Wight)
runs the Work and Health Programme disability strand, IPES and Connect to Work, with a supported-employment
subcontractor (Bridgeway Supported Employment) and a training partner (Northstar Training). Staff write in
Google Workspace / Gmail web: HTML-first mail, rich signatures, Gmail quote and forward chains, Drive / Calendar /
Forms notifications.

Deterministic: every scenario has its own seed, Date headers and MIME boundaries are fixed, zip / ODF / OOXML
metadata is normalised, and the salts and IVs that pyzipper and fpdf2 would draw from the OS come from a seeded
source.

    python make.py          # writes mail/, labels.jsonl, consent.txt, then self-checks
    python make.py --check  # self-check only (rebuilds in memory, compares with the files on disk)
"""
import base64
import csv
import datetime
import hashlib
import html as htmllib
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
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker
from fpdf import FPDF
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
from PIL import Image, ImageDraw, ImageFilter
import pyzipper
import pyzipper.zipfile_aes as _pz_aes
import fpdf.encryption as _fpdf_enc

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PREFIX = "ho"
SEED = 20261208
R = random.Random(SEED)
fake = Faker("en_GB")
fake.seed_instance(SEED)
FIXED_DT = datetime.datetime(2026, 11, 30, 9, 0, 0)
FIXED_ZIP_DT = (2026, 11, 30, 9, 0, 0)

# ------------------------------------------------------------------ world (shared with the corpus)
INT = "provider.example.org.uk"
DWP_DOMAINS = ["dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"]
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = [NORTHSTAR, BRIDGEWAY]
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
# personal-domain addresses in this set that are NOT the data subject's own (relatives, a sole trader):
# they are third parties. The self-check classes every other personal-domain address as a claimant address.
THIRD_PARTY_PERSONAL = {"carol.achterberg58@btinternet.com", "bexs.kitchen.southsea@gmail.com",
                        "dave.okoro.dad@yahoo.co.uk"}

PRIME = "Tidewell Ability Partnership"
SUB = "Bridgeway Supported Employment"
NST = "Northstar Training"
WEB = "www.provider.example.org.uk"

# ------------------------------------------------------------------ seeded randomness for crypto libraries


class _SeededRandomSource:
    def __init__(self):
        self.rr = random.Random(SEED + 77)

    def reseed(self, s):
        self.rr = random.Random(s)

    def new(self):
        return self

    def read(self, n):
        return bytes(self.rr.randrange(256) for _ in range(n))


_SRC = _SeededRandomSource()
_pz_aes.Random = _SRC
_fpdf_enc.StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, size: _SRC.read(size))

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


def mobile():
    return "07700 900%03d" % R.randint(0, 999)


def landline():
    k = R.randint(0, 3)
    if k == 0:
        return "01632 960%03d" % R.randint(0, 999)
    if k == 1:
        return "020 7946 0%03d" % R.randint(0, 999)
    if k == 2:
        return "0113 496 0%03d" % R.randint(0, 999)
    return "0161 496 0%03d" % R.randint(0, 999)


# South Coast postcode areas with district numbers beyond the real ranges (invented)
AREAS = [("SO", (60, 69), "Southampton"), ("PO", (45, 49), "Portsmouth"), ("BN", (50, 59), "Brighton"),
         ("BH", (34, 39), "Bournemouth"), ("PO", (44, 44), "Chichester"), ("PO", (43, 43), "Newport, Isle of Wight"),
         ("SO", (70, 72), "Eastleigh"), ("BN", (60, 62), "Worthing"), ("PO", (42, 42), "Ryde, Isle of Wight")]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(town=None):
    cands = [a for a in AREAS if town is None or a[2] == town]
    a, (lo, hi), t = R.choice(cands)
    return "%s%d %d%s%s" % (a, R.randint(lo, hi), R.randint(1, 9), R.choice(PC_LET), R.choice(PC_LET)), t


def iban_gb():
    while True:
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
        if bank not in ("HSBC", "NWBK", "BARC", "LOYD", "MIDL", "NAIA", "ABBY", "SRLG", "MONZ", "REVO"):
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


def luhn_card(prefix=(5, 4, 1, 8)):
    digits = list(prefix) + [R.randint(0, 9) for _ in range(15 - len(prefix))]
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
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


def acct():
    return "%08d" % R.randint(10000000, 99999999)


# ------------------------------------------------------------------ dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
        16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty-first",
        22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
        27: "twenty-seventh", 28: "twenty-eighth"}


def workday(base, k):
    d = base
    n = 0
    while True:
        if d.weekday() < 5:
            if n == k:
                return d
            n += 1
        d += datetime.timedelta(days=1)


def past_dt(k=None, h=None, m=None):
    """a moment in the week before the set's messages (for quote headers)"""
    k = R.randint(0, 5) if k is None else k
    d = workday(datetime.date(2026, 11, 23), k)
    return datetime.datetime(d.year, d.month, d.day, R.randint(8, 17) if h is None else h,
                             R.randint(0, 59) if m is None else m)


def future_day(k=None):
    """a working day in January 2027 (appointments, interviews, courses)"""
    k = R.randint(0, 18) if k is None else k
    return workday(datetime.date(2027, 1, 5), k)


def dlong(d):
    return "%s %d %s %d" % (d.strftime("%A"), d.day, MONTHS[d.month - 1], d.year)


def dshort(d):
    return "%s %d %s" % (d.strftime("%a"), d.day, d.strftime("%b"))


def gm_when(dt):
    """Gmail quote style: Tue, 8 Dec 2026 at 10:14"""
    return "%s, %d %s %d at %02d:%02d" % (dt.strftime("%a"), dt.day, dt.strftime("%b"), dt.year, dt.hour, dt.minute)


def dob_words(d):
    return "the %s of %s %d" % (ORDW[d.day], MONTHS[d.month - 1], d.year)


def hhmm():
    return R.choice(["9:30am", "10:00am", "10:30am", "11:00am", "11:15am", "1:30pm", "2:00pm", "2:30pm", "3:00pm",
                     "3:45pm"])


# ------------------------------------------------------------------ text helpers
def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("đ", "d")
    s = s.replace("ß", "ss").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def latin1(t):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-",
           "\u2026": "...", "\u00a0": " ", "\u2192": "->", "\u2713": "v", "\u00b7": "-"}
    for a, b in rep.items():
        t = t.replace(a, b)
    out = []
    for ch in t:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(ascii_fold(ch) or "?")
    return "".join(out)


def esc(t):
    return htmllib.escape(t, quote=True)


# ------------------------------------------------------------------ people
HANDMADE = [
    ("Zoë", "Whitcombe", "f"), ("Siân", "Pritchard", "f"), ("Ciarán", "Doherty", "m"), ("Oluwaseun", "Adeyemi", "m"),
    ("Mehmet", "Yıldız", "m"), ("Aoife", "Ní Bhriain", "f"), ("Dafydd", "ap Gwyn", "m"), ("Kai", "Tanaka-Reid", "m"),
    ("Nadia", "Al-Hashimi", "f"), ("Bjørn", "Sørensen", "m"), ("Chloé", "Durand", "f"), ("Tomás", "García-López", "m"),
    ("Hương", "Trần", "f"), ("Anjali", "Ramaswamy", "f"), ("Bartłomiej", "Kowal", "m"), ("D'Arcy", "Fairweather", "m"),
    ("Niamh", "O'Sullivan", "f"), ("Yusuf", "Ibrahim", "m"), ("Precious", "Chikwanha", "f"), ("Lior", "Ben-David", "m"),
    ("Ramón", "Aguilar", "m"), ("Marek", "Novák", "m"), ("Sinéad", "McCarthy", "f"), ("Efua", "Mensah-Bonsu", "f"),
    ("Jean-Luc", "Baptiste", "m"), ("Ayşe", "Demir", "f"), ("Rhiannon", "Price-Jones", "f"), ("Tyrese", "Campbell", "m"),
    ("Kayleigh", "Stubbs", "f"), ("Hamza", "Qadir", "m"), ("Grace", "O'Connell-Boateng", "f"), ("Saoirse", "Keane", "f"),
    ("Thandiwe", "Moyo", "f"), ("Rashida", "Begum", "f"), ("Jakub", "Dvořák", "m"), ("Amélie", "Fournier", "f"),
    ("Ioana", "Popescu", "f"), ("Dmytro", "Kovalenko", "m"), ("Kofi", "Boateng", "m"), ("Maja", "Lindqvist", "f"),
    ("Ibrahim", "Diallo", "m"), ("Oisín", "Byrne", "m"), ("Fatuma", "Warsame", "f"), ("Gurpreet", "Sandhu", "m"),
    ("Leah", "St. Clair", "f"), ("Sébastien", "Leroy", "m"), ("Mícheál", "Ó Dónaill", "m"), ("Ama", "Owusu-Ansah", "f"),
    ("Connor", "MacLeod", "m"), ("Ffion", "Rees", "f"), ("Elif", "Şahin", "f"), ("Zainab", "Kamara", "f"),
]
NICKS = {"Mohammed": "Mo", "Rebecca": "Bex", "Karen": "Kaz", "Daniel": "Dan", "Natasha": "Tash", "Joseph": "Joe",
         "Elizabeth": "Liz", "Christopher": "Chris", "Samantha": "Sam", "Jonathan": "Jon", "Thomas": "Tom"}
_hand_i = [0]


class Person:
    def __init__(self, first=None, last=None, sex=None, domain=None, town=None, age=None, hand=None):
        if first is None:
            use_hand = (R.random() < 0.45) if hand is None else hand
            if use_hand:
                first, last, sex = HANDMADE[_hand_i[0] % len(HANDMADE)]
                _hand_i[0] += 1
            else:
                sex = sex or R.choice("mf")
                first = fake.first_name_male() if sex == "m" else fake.first_name_female()
                last = fake.last_name()
        self.first, self.last = first, last
        self.sex = sex or R.choice("mf")
        self.name = "%s %s" % (first, last)
        self.nick = NICKS.get(first)
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "m" else ("she", "her", "her")
        self.house = R.randint(2, 188)
        self.flat = R.random() < 0.3
        self.street = fake.street_name()
        self.postcode, self.town = postcode(town)
        self.addr_lines = (["Flat %d" % R.randint(1, 24)] if self.flat else []) + \
            ["%d %s" % (self.house, self.street), self.town, self.postcode]
        self.address = ", ".join(self.addr_lines)
        self.mobile = mobile()
        self.land = landline()
        dom = domain or R.choice(CLAIMANT_DOMAINS)
        fa, la = ascii_fold(first).lower().replace("'", "").replace(" ", ""), \
            ascii_fold(last).lower().replace("'", "").replace(" ", "").replace(".", "")
        style = R.randint(0, 3)
        if style == 0:
            local = "%s.%s%d" % (fa, la, R.randint(1, 99))
        elif style == 1:
            local = "%s%s%d" % (fa[0], la, R.randint(70, 99))
        elif style == 2:
            local = "%s_%s" % (fa, la)
        else:
            local = "%s.%s" % (la, fa)
        self.email = "%s@%s" % (local, dom)
        self.age = age or R.randint(19, 62)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 11), R.randint(1, 28))
        self.nino = nino()
        self.ref = "TAP-%s-%06d" % (R.choice(["WHP", "IPES", "CTW"]), R.randint(100000, 999999))

    def surname_first(self):
        return "%s, %s" % (self.last.upper(), self.first)

    def initial(self):
        return "%s %s" % (self.first[0] + ".", self.last)


CONSENT = []


def claimant(consent=False, **kw):
    p = Person(**kw)
    if consent:
        CONSENT.append(p.email)
    return p


class Staff:
    def __init__(self, key, first, last, pron, title, team, office, ph, mob, email=None, days=None):
        self.key, self.first, self.last, self.pron = key, first, last, pron
        self.name = "%s %s" % (first, last)
        self.title, self.team, self.office, self.ph, self.mob, self.days = title, team, office, ph, mob, days
        loc = ascii_fold(first).lower().replace("'", "") + "." + ascii_fold(last).lower().replace("'", "").replace(" ", "")
        self.email = email or "%s@%s" % (loc, INT)


OFFICES = {
    "Southampton": "Tidewell House, 14 Canute Quay, Southampton SO14 3QZ",
    "Portsmouth": "2nd Floor, Gunwharf Chambers, Portsmouth PO1 3TX",
    "Brighton": "The Old Sorting Office, 9 Queens Road, Brighton BN1 3WB",
    "Bournemouth": "Unit 4, Lansdowne Works, Bournemouth BH1 3NZ",
    "Chichester": "Chichester Enterprise Centre, Terminus Road, Chichester PO19 8FY",
    "Isle of Wight": "Medina Business Hub, Newport, Isle of Wight PO30 5RW",
}

STAFF = {s.key: s for s in [
    Staff("priya", "Priya", "Nair", "she/her", "Employment Specialist", "IPES", "Southampton", "01632 960412", "07700 900412", days="Mon–Thu"),
    Staff("callum", "Callum", "O'Neill", "he/him", "Job Coach", "Connect to Work", "Portsmouth", "01632 960438", "07700 900538"),
    Staff("sian", "Siân", "Llewellyn", "she/her", "Clinical Lead (Occupational Therapist, HCPC OT71234)", "Health and Work", "Brighton", "01632 960455", "07700 900655"),
    Staff("zoe", "Zoë", "Hart-Mensah", "she/her", "Employer Partnerships Manager", "Employer Services", "Bournemouth", "01632 960470", "07700 900770"),
    Staff("tomasz", "Tomasz", "Wiśniewski", "he/him", "Data and Compliance Officer", "Performance and Compliance", "Southampton", "01632 960402", "07700 900302"),
    Staff("ada", "Adaeze", "Okonkwo", "she/her", "Team Leader, WHP Disability", "Work and Health Programme", "Portsmouth", "01632 960431", "07700 900131"),
    Staff("rhys", "Rhys", "Penhaligon", "they/them", "Access to Work and Adjustments Adviser", "Health and Work", "Chichester", "01632 960488", "07700 900888"),
    Staff("farah", "Farah", "Siddiqui", "she/her", "Designated Safeguarding Lead", "Quality and Safeguarding", "Southampton", "01632 960409", "07700 900209"),
    Staff("jp", "J.P.", "Pereira", "he/him", "Supported Internships Coordinator", "Supported Employment", "Isle of Wight", "01632 960497", "07700 900997", email="jp.pereira@" + INT),
    Staff("marguerite", "Marguerite", "Fontaine-Bell", "she/her", "Finance Officer", "Finance", "Southampton", "01632 960405", "07700 900105"),
    Staff("kwame", "Kwame", "Asante", "he/him", "IT Service Desk Analyst", "Digital and IT", "Southampton", "01632 960400", "07700 900100"),
    Staff("bethan", "Bethan", "Morgan", "she/her", "HR Business Partner", "People Team", "Brighton", "01632 960451", "07700 900451"),
    Staff("declan", "Declan", "Rowe", "he/him", "Welfare Rights and Better-off Adviser", "Connect to Work", "Bournemouth", "01632 960474", "07700 900674"),
    Staff("ellie", "Ellie", "Chambers", "she/her", "Hub Administrator", "Facilities", "Brighton", "01632 960450", "07700 900350"),
    Staff("hannah", "Hannah", "Kowalczyk", "she/her", "Communications Officer", "Marketing and Communications", "Southampton", "01632 960415", "07700 900715"),
    Staff("mo", "Mohammed", "Rahman", "he/him", "Employment Specialist", "Work and Health Programme", "Southampton", "01632 960420", "07700 900720"),
    Staff("tash", "Natasha", "Greenway", "she/her", "Job Coach", "Supported Employment", "Bournemouth", "01632 960477", "07700 900477"),
    Staff("gethin", "Gethin", "Parry-Evans", "he/him", "Contract Manager", "Performance and Compliance", "Chichester", "01632 960485", "07700 900585"),
]}


class Box:
    """a shared or system mailbox"""

    def __init__(self, local, display, title="", team=""):
        self.email = "%s@%s" % (local, INT)
        self.name = display
        self.first = display
        self.title, self.team = title, team


BOX = {
    "ipes": Box("ipes.southcoast", "IPES South Coast (Tidewell)", "Shared mailbox", "IPES"),
    "ctw": Box("connecttowork.solent", "Connect to Work Solent", "Shared mailbox", "Connect to Work"),
    "whp": Box("whp.disability", "WHP Disability Team", "Shared mailbox", "Work and Health Programme"),
    "drive": Box("drive-shares-noreply", "Google Drive"),
    "forms": Box("forms-receipts-noreply", "Google Forms"),
    "cal": Box("calendar-notification", "Google Calendar"),
    "data": Box("whp.dataexchange", "WHP Data Exchange (Tidewell)", "Designated inbox", "Performance and Compliance"),
    "allstaff": Box("all-staff", "All Staff"),
    "it": Box("it.servicedesk", "Tidewell IT Service Desk", "Digital and IT", "Digital and IT"),
    "hr": Box("people.team", "People Team", "HR", "People Team"),
    "finance": Box("accounts.payable", "Accounts Payable", "Finance", "Finance"),
}


class Contact:
    def __init__(self, first, last, title, org, domain, email=None, ph=None):
        self.first, self.last, self.title, self.org, self.domain = first, last, title, org, domain
        self.name = ("%s %s" % (first, last)).strip()
        self.email = email or ("%s.%s@%s" % (ascii_fold(first), ascii_fold(last), domain)).lower().replace("'", "")
        self.ph = ph or "020 7946 0%03d" % (abs(hash_int(self.email)) % 1000)


def hash_int(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


EMP = {
    "acme": Contact("Naomi", "Davies", "HR Adviser", "Acme Logistics", "acme-logistics.co.uk"),
    "acme2": Contact("Warehouse", "Recruitment", "", "Acme Logistics", "acme-logistics.co.uk", email="recruitment@acme-logistics.co.uk"),
    "green": Contact("Rosemary", "Cameron", "Registered Manager", "Greenfield Care", "greenfield-care.com"),
    "green2": Contact("Dev", "Chauhan", "Deputy Manager", "Greenfield Care", "greenfield-care.com"),
    "city": Contact("Robert", "Gilbert", "Site Manager", "CityBuild Ltd", "citybuild-ltd.co.uk"),
    "harbour": Contact("Lucía", "Ferreira", "People and Culture Manager", "Harbourview Hotels", "harbourview-hotels.co.uk", email="lucia.ferreira@harbourview-hotels.co.uk"),
    "harbour2": Contact("Owen", "Tregothnan", "Head Housekeeper", "Harbourview Hotels", "harbourview-hotels.co.uk"),
    "bright": Contact("Sunil", "Varma", "Store Manager, Brighton Churchill Square", "Brightside Retail", "brightside-retail.co.uk"),
    "bright2": Contact("Talent", "Team", "", "Brightside Retail", "brightside-retail.co.uk", email="talent@brightside-retail.co.uk"),
    "chalk": Contact("Imogen", "Hale", "Nursery Manager", "Chalkhill Nurseries", "chalkhill-nurseries.co.uk"),
    "pier": Contact("Gareth", "Oyelaran", "Operations Manager", "Pier & Pavilion Leisure", "pier-and-pavilion-leisure.co.uk"),
    "tidemill": Contact("Ruth", "Abara", "Production Manager", "Tidemill Print", "tidemill-print.co.uk"),
    "bexs": Contact("Bex", "Tranter", "Owner", "Bex's Kitchen (café, Southsea)", "gmail.com", email="bexs.kitchen.southsea@gmail.com"),
}
BW = {
    "marta": Contact("Marta", "Kowalska", "Senior Job Coach", SUB, BRIDGEWAY),
    "ade": Contact("Adebayo", "Bankole", "Supported Employment Lead", SUB, BRIDGEWAY),
    "ref": Contact("Referrals", "", "", SUB, BRIDGEWAY, email="referrals@" + BRIDGEWAY),
    "jess": Contact("Jess", "Pengelly", "Job Coach (Isle of Wight)", SUB, BRIDGEWAY),
}
NS = {
    "gemma": Contact("Gemma", "Thorne", "Course Coordinator", NST, NORTHSTAR),
    "book": Contact("Bookings", "", "", NST, NORTHSTAR, email="bookings@" + NORTHSTAR),
    "raj": Contact("Raj", "Kapoor", "Centre Manager", NST, NORTHSTAR),
}
DWPC = {
    "wc1": Contact("Lindsey", "Marchant", "Work Coach, Southampton Jobcentre", "DWP", "dwp.gov.uk"),
    "wc2": Contact("Babatunde", "Ogunleye", "Work Coach, Portsmouth Jobcentre", "DWP", "jobcentreplus.gov.uk"),
    "wc3": Contact("Karen", "Pibworth", "Disability Employment Adviser, Brighton", "DWP", "dwp.gsi.gov.uk"),
    "pm": Contact("Stuart", "Allingham", "Partnership Manager (Provider Engagement), South Coast", "DWP", "dwp.gov.uk"),
    "cpm": Contact("Helen", "Mbatha", "Contract Performance Manager, WHP", "DWP", "dwp.gov.uk"),
    "wc4": Contact("Aled", "Rhys-Thomas", "Work Coach, Bournemouth Jobcentre", "DWP", "jobcentreplus.gsi.gov.uk"),
    "inbox": Contact("WHP Provider", "Inbox", "", "DWP", "dwp.gov.uk", email=DWP_INBOX),
}
OTHER = {
    "signbridge": Contact("Bookings", "", "", "SignBridge Interpreting", "signbridge-interpreting.co.uk", email="bookings@signbridge-interpreting.co.uk"),
    "venue": Contact("Events", "", "", "Solent Conference Centre", "solent-conference-centre.co.uk", email="events@solent-conference-centre.co.uk"),
    "office": Contact("Sales", "Ledger", "", "Coastal Office Supplies", "coastal-office-supplies.co.uk", email="accounts@coastal-office-supplies.co.uk"),
    "council": Contact("Adult Social Care", "Front Door", "", "Southdown Council", "southdown-council.gov.uk", email="asc.frontdoor@southdown-council.gov.uk"),
    "housing": Contact("Tenancy", "Sustainment", "", "Shoreline Homes", "shoreline-homes.org.uk", email="tenancy.support@shoreline-homes.org.uk"),
    "nursery": Contact("Lorna", "Pike", "Manager", "Little Harbour Nursery", "little-harbour-nursery.co.uk"),
    "college": Contact("Farid", "Haddad", "Adult Learning Coordinator", "Solent Adult College", "solent-adult-college.ac.uk"),
    "rainbow": Contact("Support", "Team", "", "Rainbow Coast Network", "rainbow-coast-network.org.uk", email="support@rainbow-coast-network.org.uk"),
    "occhealth": Contact("Clinical", "Admin", "", "Harbour Occupational Health", "harbour-occhealth.co.uk", email="clinical.admin@harbour-occhealth.co.uk"),
    "buses": Contact("Travel", "Passes", "", "Coastline Buses", "coastline-buses.co.uk", email="passes@coastline-buses.co.uk"),
    "loop": Contact("Darren", "Quigley", "Sales Engineer", "ClearSound Loops", "clearsound-loops.co.uk"),
    "cleaning": Contact("Accounts", "", "", "Brightwave Cleaning", "brightwave-cleaning.co.uk", email="accounts@brightwave-cleaning.co.uk"),
    "catering": Contact("Orders", "", "", "Shoreline Kitchen Catering", "shorelinekitchen-catering.co.uk", email="orders@shorelinekitchen-catering.co.uk"),
    "landlord": Contact("Lettings", "", "", "Harbourside Lettings", "harbourside-lettings.co.uk", email="lettings@harbourside-lettings.co.uk"),
    "ferry": Contact("Group", "Bookings", "", "Solent Crossings", "solent-crossings.co.uk", email="groups@solent-crossings.co.uk"),
    "probation": Contact("Marcus", "Feeney", "Probation Practitioner", "Southern Probation Delivery Unit", "southern-pdu.example.gov.uk"),
    "mhfa": Contact("Training", "Enquiries", "", "Mindwise Training", "mindwise-training.co.uk", email="enquiries@mindwise-training.co.uk"),
    "network": Contact("Bulletin", "", "", "South Coast Employability Network", "southcoast-employability.org.uk", email="bulletin@southcoast-employability.org.uk"),
    "gp": Contact("Reception", "", "", "Fratton Road Surgery", "frattonroad-surgery.nhs.uk", email="reception@frattonroad-surgery.nhs.uk"),
    "printer": Contact("Studio", "", "", "Solent Print Co", "solent-print.co.uk", email="studio@solent-print.co.uk"),
}

# ------------------------------------------------------------------ images (logos, scans, photos)


def _png(img):
    bio = io.BytesIO()
    img.save(bio, "PNG", optimize=False)
    return bio.getvalue()


def logo_png(kind):
    if kind == "tw":
        img = Image.new("RGB", (96, 96), (11, 110, 117))
        d = ImageDraw.Draw(img)
        for i in range(4):
            d.arc([8, 30 + i * 12, 88, 70 + i * 12], 200, 340, fill=(255, 255, 255), width=4)
        d.ellipse([38, 10, 58, 30], fill=(250, 196, 62))
    elif kind == "dc":
        img = Image.new("RGB", (120, 48), (255, 255, 255))
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, 119, 47], outline=(37, 27, 110), width=3)
        d.rectangle([6, 6, 40, 41], fill=(37, 27, 110))
        d.polygon([(12, 36), (23, 10), (34, 36)], fill=(255, 255, 255))
        for i in range(3):
            d.rectangle([48, 10 + i * 11, 112 - i * 12, 15 + i * 11], fill=(37, 27, 110))
    elif kind == "mhfa":
        img = Image.new("RGB", (48, 48), (255, 255, 255))
        d = ImageDraw.Draw(img)
        d.ellipse([2, 2, 46, 46], fill=(0, 133, 80))
        d.rectangle([20, 10, 28, 38], fill=(255, 255, 255))
        d.rectangle([10, 20, 38, 28], fill=(255, 255, 255))
    elif kind == "award":
        img = Image.new("RGB", (64, 64), (255, 255, 255))
        d = ImageDraw.Draw(img)
        d.ellipse([8, 4, 56, 52], fill=(212, 175, 55))
        d.polygon([(20, 46), (14, 62), (26, 56), (32, 62), (32, 48)], fill=(150, 20, 40))
        d.polygon([(44, 46), (50, 62), (38, 56), (32, 62), (32, 48)], fill=(150, 20, 40))
    elif kind == "bw":
        img = Image.new("RGB", (80, 40), (245, 245, 240))
        d = ImageDraw.Draw(img)
        d.arc([4, 8, 76, 70], 190, 350, fill=(200, 80, 30), width=5)
        d.rectangle([4, 30, 76, 36], fill=(60, 60, 60))
    elif kind == "pride":
        img = Image.new("RGB", (90, 30), (255, 255, 255))
        d = ImageDraw.Draw(img)
        cols = [(228, 3, 3), (255, 140, 0), (255, 237, 0), (0, 128, 38), (36, 64, 142), (115, 41, 130)]
        for i, c in enumerate(cols):
            d.rectangle([0, i * 5, 89, i * 5 + 4], fill=c)
    else:
        img = Image.new("RGB", (600, 160), (11, 110, 117))
        d = ImageDraw.Draw(img)
        d.rectangle([20, 20, 580, 140], outline=(255, 255, 255), width=3)
        for i in range(5):
            d.rectangle([40 + i * 110, 60, 120 + i * 110, 100], fill=(250, 196, 62) if i % 2 else (255, 255, 255))
    return _png(img)


LOGOS = {}


def logo(kind):
    if kind not in LOGOS:
        LOGOS[kind] = logo_png(kind)
    return LOGOS[kind]


def scan_image(seed, w=1240, h=1754, mode="L", boxes=True):
    """a page of a document rendered as pixels only: bars where the words would be, no text layer"""
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(img)
    dr.rectangle([90, 70, 520, 120], fill=60)
    y = 190
    while y < h - 240:
        if boxes and rr.random() < 0.12:
            dr.rectangle([90, y, w - 90, y + 70], outline=40, width=3)
            dr.rectangle([110, y + 22, 110 + rr.randint(150, 420), y + 40], fill=rr.randint(40, 100))
            y += 100
            continue
        x = 90
        while x < w - 120:
            ww = rr.randint(24, 120)
            dr.rectangle([x, y, min(x + ww, w - 90), y + 15], fill=rr.randint(35, 105))
            x += ww + rr.randint(9, 20)
        y += rr.choice([30, 30, 30, 60])
    dr.line([720, h - 210, 1010, h - 168], fill=25, width=5)
    dr.line([760, h - 170, 900, h - 200], fill=25, width=4)
    img = img.rotate(rr.uniform(-1.2, 1.2), fillcolor=236).filter(ImageFilter.GaussianBlur(0.9))
    px = img.load()
    for _ in range(4000):
        px[rr.randrange(w), rr.randrange(h)] = rr.randint(0, 255)
    return img if mode == "L" else img.convert(mode)


def scan_png(seed):
    return _png(scan_image(seed, 1000, 1414))


def phone_photo_jpeg(seed):
    """a phone photo of a paper form on a desk (JPEG with camera EXIF, no text layer)"""
    rr = random.Random(seed)
    W, H = 1512, 2016
    bg = Image.new("RGB", (W, H), (122, 94, 70))
    d = ImageDraw.Draw(bg)
    for i in range(0, H, 9):
        c = 110 + rr.randint(-12, 12)
        d.line([0, i, W, i + rr.randint(-4, 4)], fill=(c, int(c * 0.78), int(c * 0.58)), width=5)
    page = scan_image(seed + 1, 1100, 1555, "RGB", boxes=True).rotate(rr.uniform(-7, 7), expand=True,
                                                                      fillcolor=(122, 94, 70))
    bg.paste(page, (int((W - page.size[0]) / 2), int((H - page.size[1]) / 2)))
    bg = bg.filter(ImageFilter.GaussianBlur(1.2))
    ex = Image.Exif()
    ex[0x010F] = "samsung"
    ex[0x0110] = "Galaxy A35 5G"
    ex[0x0132] = "2026:11:27 14:41:09"
    ex[0x0131] = "A356BXXS4BXK1"
    bio = io.BytesIO()
    bg.save(bio, "JPEG", quality=78, exif=ex.tobytes())
    return bio.getvalue()


# ------------------------------------------------------------------ zip / OOXML / ODF normalisation
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>2026-11-30T09:00:00Z\3", t)
                t = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", r"\g<1>2026-11-30T09:00:00\2", t)
                t = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", r"\g<1>2026-11-30T09:00:00\2", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, blob)
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, blob)
    return out.getvalue()


def aes_zip_bytes(files, password, seed):
    _SRC.reseed(seed)
    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password.encode())
        for name, blob in files:
            zi = z.zipinfo_cls(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = pyzipper.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ DOCX
def docx_bytes(blocks, header=None, footer=None, title="", author=PRIME):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
            continue
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "pb":
            d.add_page_break()
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for kk, vv in b[1]:
                row = t.add_row().cells
                row[0].text = kk
                row[1].text = str(vv)
            d.add_paragraph("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, hc in enumerate(hdr):
                t.rows[0].cells[i].text = str(hc)
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


# ------------------------------------------------------------------ XLSX
def xlsx_bytes(sheets, author=PRIME):
    """sheets: list of dicts: title, header, rows, banner (merged row above), groups [(label, span)],
    hidden (sheet state), widths"""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for sh in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sh["title"]
        ncol = max([len(sh.get("header") or [])] + [len(r) for r in sh.get("rows", [])] + [1])
        if sh.get("banner"):
            ws.append([sh["banner"]])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=max(ncol, 2))
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=13, color="FFFFFF")
            ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor="0B6E75")
        if sh.get("groups"):
            row = []
            spans = []
            c = 1
            for label, span in sh["groups"]:
                row += [label] + [None] * (span - 1)
                spans.append((c, c + span - 1))
                c += span
            ws.append(row)
            r = ws.max_row
            for a, b in spans:
                if b > a:
                    ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
                ws.cell(r, a).alignment = Alignment(horizontal="center")
                ws.cell(r, a).font = Font(bold=True)
        if sh.get("header"):
            ws.append(sh["header"])
            for i in range(1, len(sh["header"]) + 1):
                ws.cell(ws.max_row, i).font = Font(bold=True)
        for r in sh.get("rows", []):
            ws.append(list(r))
        if sh.get("hidden"):
            ws.sheet_state = "hidden"
        for i, w in enumerate(sh.get("widths", [])):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def csv_bytes(header, rows, crlf=True, bom=False):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + b) if bom else b


# ------------------------------------------------------------------ ODT
def odt_bytes(blocks, title=""):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableRow, TableCell, TableColumn
    from odf.dc import Title
    from odf.meta import InitialCreator
    from odf.element import Element
    Element.namespaces.clear()  # odfpy keeps a process-wide namespace registry; start from a fresh one
    doc = OpenDocumentText()
    doc.meta.addElement(Title(text=title))
    doc.meta.addElement(InitialCreator(text="LibreOffice user"))
    for b in blocks:
        if isinstance(b, str):
            doc.text.addElement(P(text=b))
            continue
        k = b[0]
        if k == "h":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k == "ul":
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k in ("table", "kv"):
            rows = ([b[1]] + list(b[2])) if k == "table" else [list(x) for x in b[1]]
            t = Table(name="Table%d" % (len(doc.text.childNodes) + 1))
            t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(c)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return normalize_zip(bio.getvalue())


# ------------------------------------------------------------------ PDF
class DocPDF(FPDF):
    head_text = ""
    foot_text = ""

    def header(self):
        if self.head_text:
            self.set_font("helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, latin1(self.head_text), new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("helvetica", "", 7.5)
        self.set_text_color(110, 110, 110)
        t = (self.foot_text + "   " if self.foot_text else "") + "Page %d of {nb}" % self.page_no()
        self.cell(0, 5, latin1(t), align="C")
        self.set_text_color(0, 0, 0)


def _pdf_blocks(p, blocks):
    for b in blocks:
        if isinstance(b, str):
            b = ("p", b)
        k = b[0]
        if k == "pb":
            p.add_page()
        elif k == "h":
            p.set_font("helvetica", "B", 14)
            p.multi_cell(0, 8, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "h2":
            p.set_font("helvetica", "B", 11)
            p.multi_cell(0, 7, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            p.set_font("helvetica", "", 10)
            p.multi_cell(0, 5.4, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "ul":
            p.set_font("helvetica", "", 10)
            for it in b[1]:
                p.multi_cell(0, 5.4, latin1("-  " + it), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "easy":
            # easy-read line: a simple pictogram box and a large sentence
            y = p.get_y()
            if y > 250:
                p.add_page()
                y = p.get_y()
            p.set_fill_color(*b[2]) if len(b) > 2 else p.set_fill_color(11, 110, 117)
            p.rect(12, y, 26, 22, style="F")
            p.set_fill_color(255, 255, 255)
            p.ellipse(19, y + 4, 12, 12, style="F")
            p.set_xy(44, y + 2)
            p.set_font("helvetica", "", 16)
            p.multi_cell(0, 8, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.set_y(max(p.get_y(), y + 26))
        elif k == "kv":
            for kk, vv in b[1]:
                y0 = p.get_y()
                if y0 > 265:
                    p.add_page()
                    y0 = p.get_y()
                p.set_font("helvetica", "B", 9.5)
                p.multi_cell(62, 6, latin1(kk), border=1, new_x="RIGHT", new_y="TOP")
                p.set_font("helvetica", "", 9.5)
                p.multi_cell(0, 6, latin1(str(vv)), border=1, new_x="LMARGIN", new_y="NEXT")
                if p.get_y() < y0 + 6:
                    p.set_y(y0 + 6)
            p.ln(3)
        elif k == "table":
            hdr, rows = b[1], b[2]
            w = (p.w - p.l_margin - p.r_margin) / len(hdr)
            p.set_font("helvetica", "B", 8.5)
            for hc in hdr:
                p.cell(w, 6, latin1(str(hc))[:34], border=1)
            p.ln()
            p.set_font("helvetica", "", 8.5)
            for r in rows:
                if p.get_y() > 270:
                    p.add_page()
                for c in r:
                    p.cell(w, 5.5, latin1(str(c))[:38], border=1)
                p.ln()
            p.ln(3)


def pdf_bytes(pages, title="", head="", foot="", author=PRIME, password=None, seed=0, creator="Google Docs"):
    p = DocPDF(format="A4")
    p.head_text, p.foot_text = head, foot
    p.alias_nb_pages()
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.set_title(latin1(title))
    p.set_author(latin1(author))
    p.set_creator(creator)
    p.set_producer("Skia/PDF m131 Google Docs Renderer" if creator == "Google Docs" else "fpdf2")
    p.set_auto_page_break(True, 18)
    for blocks in pages:
        p.add_page()
        _pdf_blocks(p, blocks)
    if password:
        from fpdf.enums import EncryptionMethod
        _SRC.reseed(seed)
        p.set_encryption(owner_password="own-" + password, user_password=password,
                         encryption_method=EncryptionMethod.AES_128)
    return bytes(p.output())


def scan_pdf(seed, pages=1, creator="HP Smart"):
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.set_creator(creator)
    p.set_producer(creator)
    for i in range(pages):
        p.add_page()
        bio = io.BytesIO()
        scan_image(seed + i).save(bio, "JPEG", quality=62)
        bio.seek(0)
        p.image(bio, x=0, y=0, w=210, h=297)
    return bytes(p.output())


# ------------------------------------------------------------------ ICS
def ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    out = []
    while len(b) > 75:
        cut = 75
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b" " + b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n".join(out)


def ics_text(uid, summary, start, end, organizer, attendees, description="", location="", method="REQUEST"):
    """start/end: datetime (Europe/London, winter = UTC)"""
    f = "%Y%m%dT%H%M%SZ"
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:%s" % method, "BEGIN:VEVENT", "DTSTART:%s" % start.strftime(f), "DTEND:%s" % end.strftime(f),
         "DTSTAMP:20261130T090000Z", "ORGANIZER;CN=%s:mailto:%s" % (organizer.name, organizer.email),
         "UID:%s@google.com" % uid]
    for a in attendees:
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                 % (a.name if getattr(a, "name", "") else a.email, a.email))
    L += ["X-MICROSOFT-CDO-OWNERAPPTID:-%d" % (hash_int(uid) % 2000000000), "CREATED:20261130T090000Z",
          "DESCRIPTION:%s" % ics_escape(description), "LAST-MODIFIED:20261130T090000Z",
          "LOCATION:%s" % ics_escape(location), "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:%s" % ics_escape(summary),
          "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in L) + "\r\n"


# ------------------------------------------------------------------ body blocks -> text / HTML
# block: str (paragraph) | ("ul", items) | ("ol", items) | ("table", header, rows) | ("kv", pairs)
#        | ("quote", attr, blocks) | ("fwd", fields, blocks) | ("raw", html, text) | ("small", text) | ("hr",)

def to_text(blocks):
    out = []
    for b in blocks:
        if b is None:
            continue
        if isinstance(b, str):
            out.append(b)
            continue
        k = b[0]
        if k in ("p", "h", "h2"):
            out.append(b[1])
        elif k == "ul":
            out.append("\n".join("   - " + i for i in b[1]))
        elif k == "ol":
            out.append("\n".join("   %d. %s" % (n + 1, i) for n, i in enumerate(b[1])))
        elif k == "table":
            rows = ([b[1]] if b[1] else []) + list(b[2])
            out.append("\n".join(" | ".join(str(c) for c in r) for r in rows))
        elif k == "kv":
            out.append("\n".join("%s: %s" % (a, v) for a, v in b[1]))
        elif k == "quote":
            inner = to_text(b[2])
            out.append(b[1] + "\n\n" + "\n".join(("> " + l) if l else ">" for l in inner.split("\n")))
        elif k == "fwd":
            hdr = "---------- Forwarded message ---------\n" + "\n".join("%s: %s" % (a, v) for a, v in b[1])
            out.append(hdr + "\n\n\n" + to_text(b[2]))
        elif k == "raw":
            if b[2]:
                out.append(b[2])
        elif k == "small":
            out.append(b[1])
        elif k == "hr":
            out.append("________________________________")
    return "\n\n".join(out)


def _inline(t):
    return esc(t).replace("\n", "<br>")


TABLE_STYLE = 'style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px" border="1" cellpadding="5" cellspacing="0"'


def html_table(hdr, rows):
    h = "<table %s><tbody>" % TABLE_STYLE
    if hdr:
        h += "<tr>" + "".join('<th style="background:#e3f1f2;text-align:left">%s</th>' % esc(str(x)) for x in hdr) + "</tr>"
    for r in rows:
        h += "<tr>" + "".join("<td>%s</td>" % esc(str(x)) for x in r) + "</tr>"
    return h + "</tbody></table>"


def to_html(blocks):
    out = []
    for b in blocks:
        if b is None:
            continue
        if isinstance(b, str):
            out.append("<div>%s</div><div><br></div>" % _inline(b))
            continue
        k = b[0]
        if k == "p":
            out.append("<div>%s</div><div><br></div>" % _inline(b[1]))
        elif k in ("h", "h2"):
            out.append("<div><b>%s</b></div><div><br></div>" % _inline(b[1]))
        elif k == "ul":
            out.append("<ul>" + "".join('<li style="margin-left:15px">%s</li>' % _inline(i) for i in b[1]) + "</ul>")
        elif k == "ol":
            out.append("<ol>" + "".join('<li style="margin-left:15px">%s</li>' % _inline(i) for i in b[1]) + "</ol>")
        elif k == "table":
            out.append(html_table(b[1], b[2]) + "<div><br></div>")
        elif k == "kv":
            out.append(html_table(None, b[1]) + "<div><br></div>")
        elif k == "quote":
            out.append('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                       'padding-left:1ex">%s</blockquote></div>' % (_inline(b[1]), to_html(b[2])))
        elif k == "fwd":
            f = []
            for a, v in b[1]:
                if a == "From":
                    m = re.match(r"^(.*?)\s*<([^>]+)>$", v)
                    if m:
                        f.append('From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span>'
                                 % (esc(m.group(1)), esc(m.group(2))))
                        continue
                f.append("%s: %s" % (esc(a), esc(v)))
            out.append('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                       '%s<br></div><br><br>%s</div>' % ("<br>".join(f), to_html(b[2])))
        elif k == "raw":
            out.append(b[1])
        elif k == "small":
            out.append('<div style="font-size:11px;color:#888">%s</div>' % _inline(b[1]))
        elif k == "hr":
            out.append("<hr>")
    return "".join(out)


def wrap_html(inner):
    return ('<div dir="ltr">%s</div>\n' % inner)


# ------------------------------------------------------------------ signatures and footers
LEGAL = ("Tidewell Ability Partnership is a charitable company limited by guarantee registered in England and Wales "
         "(company no. 07741286; registered charity no. 1149023). Registered office: Tidewell House, 14 Canute Quay, "
         "Southampton SO14 3QZ. This e-mail and any attachments are confidential and intended only for the addressee. "
         "They may contain sensitive personal data, including information about health, disability and mental health, "
         "and criminal records information, which we process under UK GDPR Articles 9 and 10 as a contracted provider "
         "to the Department for Work and Pensions. If you are not the intended recipient please tell the sender and "
         "delete it; do not copy, forward or rely on it. E-mail is monitored for security and compliance.")
WELLBEING = ("Your wellbeing matters: talk to one of our Mental Health First Aiders (list on the intranet), call our "
             "Employee Assistance Programme free and in confidence 24/7 on 0808 157 0247, contact Mind at mind.org.uk, "
             "or Samaritans any time on 116 123.")
BANNER = ("Proud to be a Disability Confident Leader. Are you disabled or do you have a health condition? "
          "Access to Work could help pay for support at work: gov.uk/access-to-work")
BW_FOOT = ("Bridgeway Supported Employment CIC (company no. 09915530) is an approved subcontractor of Tidewell Ability "
           "Partnership. This message may contain confidential health and personal information and is intended for the "
           "named recipient only.")

SIG_IMGS = {"tw": ("ii_tw0logo1", "tidewell-logo.png"), "dc": ("ii_dc0leader2", "disability-confident-leader.png"),
            "mhfa": ("ii_mhfa0champ3", "mhfa-champion.png"), "award": ("ii_award0sba4", "inclusive-employer-2026.png"),
            "pride": ("ii_pride0flag5", "pride-in-work.png"), "banner": ("ii_banner0tw6", "winter-banner.png"),
            "bw": ("ii_bw0logo7", "bridgeway-logo.png")}


def img_tag(kind, alt, width=None, title=None):
    cid = SIG_IMGS[kind][0]
    return '<img src="cid:%s" alt="%s"%s%s>' % (cid, esc(alt), (' width="%d"' % width) if width else "",
                                               (' title="%s"' % esc(title)) if title else "")


def sig(s, kind="full", legal=True, wellbeing=True, banner=True, awards=True, note=None):
    """Gmail signature for staff member s. kind: full | short | mobile | plain | none"""
    if kind == "none":
        return ("raw", "", "")
    if kind == "mobile":
        tail = R.choice(["Sent from my Android", "Sent from my iPhone", "Sent from Gmail Mobile"])
        return ("raw", "<div><br></div><div>%s</div>" % esc(tail), tail)
    if isinstance(s, Box):
        txt = "--\n%s\n%s\n%s\nT 01632 960400 | %s" % (s.name, PRIME, OFFICES["Southampton"], WEB)
        h = ('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div>--</div>'
             '<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:12px;color:#333"><tr>'
             '<td style="padding-right:12px;border-right:2px solid #0b6e75">%s</td><td style="padding-left:12px">'
             '<b style="color:#0b6e75">%s</b><br>%s<br>%s<br>T 01632 960400 · <a href="https://%s">%s</a></td></tr></table></div>'
             % (img_tag("tw", PRIME, 72), esc(s.name), PRIME, esc(OFFICES["Southampton"]), WEB, WEB))
        parts_t, parts_h = [txt], [h]
    else:
        role = "%s, %s" % (s.title, s.team)
        lines = ["%s (%s)" % (s.name, s.pron), role, "%s · %s hub" % (PRIME, s.office), OFFICES[s.office],
                 "T %s | M %s" % (s.ph, s.mob), WEB]
        if s.days:
            lines.append("I work %s. I work flexibly, so please reply in your own working hours." % s.days)
        if kind == "short":
            lines = ["%s (%s) | %s | %s" % (s.name, s.pron, s.title, PRIME), "M %s" % s.mob]
        txt = "--\n" + "\n".join(lines)
        if kind == "short":
            h = ('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div>--</div><div>%s <span style="color:#777">(%s)</span> | %s | %s<br>M %s</div></div>'
                 % (esc(s.name), esc(s.pron), esc(s.title), PRIME, esc(s.mob)))
        else:
            h = ('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                 '<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:12px;color:#333"><tbody><tr>'
                 '<td style="padding-right:12px;border-right:2px solid #0b6e75;vertical-align:top">%s</td>'
                 '<td style="padding-left:12px;vertical-align:top"><b style="font-size:14px;color:#0b6e75">%s</b> '
                 '<span style="color:#777">(%s)</span><br>%s<br>%s · %s hub<br>%s<br>T <a href="tel:%s">%s</a> · M '
                 '<a href="tel:%s">%s</a><br><a href="https://%s">%s</a></td></tr></tbody></table>'
                 % (img_tag("tw", PRIME, 88), esc(s.name), esc(s.pron), esc(role), PRIME, esc(s.office),
                    esc(OFFICES[s.office]), s.ph.replace(" ", ""), s.ph, s.mob.replace(" ", ""), s.mob, WEB, WEB))
            if s.days:
                h += '<div style="font-size:11px;color:#0b6e75">I work %s. I work flexibly, so please reply in your own working hours.</div>' % esc(s.days)
            if awards:
                h += '<div>%s&nbsp;%s&nbsp;%s</div>' % (img_tag("dc", "Disability Confident Leader", 120),
                                                       img_tag("mhfa", "MHFA England Champion", 48),
                                                       img_tag("award", "Inclusive Employer of the Year 2026 - winner", 64))
            h += "</div></div>"
        parts_t, parts_h = [txt], [h]
    if note:
        parts_t.append(note)
        parts_h.append('<div style="font-size:12px;color:#0b6e75">%s</div>' % esc(note))
    if banner and kind != "short":
        parts_t.append(BANNER)
        parts_h.append('<div style="background:#251b6e;color:#fff;padding:6px;font-size:12px">%s</div>' % esc(BANNER))
    if wellbeing:
        parts_t.append(WELLBEING)
        parts_h.append('<div style="font-size:11px;color:#0b6e75">%s</div>' % esc(WELLBEING))
    if legal:
        parts_t.append(LEGAL)
        parts_h.append('<div style="font-size:10px;color:#999">%s</div>' % esc(LEGAL))
    return ("raw", "".join(parts_h), "\n\n".join(parts_t))


def ext_sig(c, foot=None):
    lines = [c.name] + ([c.title] if c.title else []) + [c.org, "T %s" % c.ph]
    t = "\n".join(lines) + (("\n\n" + foot) if foot else "")
    return t


# ------------------------------------------------------------------ label helpers
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()
FACT_KEYS = ["encrypted", "opaque", "scan", "pw", "cv_count", "form_people", "letters", "list_rows", "list_cols",
             "nino_only", "records", "fwd_record", "name_only", "extra"]


def F(**kw):
    f = {"encrypted": False, "opaque": False, "scan": False, "pw": False, "cv_count": 0, "form_people": 0,
         "letters": 0, "list_rows": 0, "list_cols": [], "nino_only": False, "records": 0, "fwd_record": False,
         "name_only": False, "extra": False}
    for k, v in kw.items():
        assert k in f, k
        f[k] = v
    return f


GUIDE = {
    "no_claimant_data": "¶12, ¶14", "one_name": "¶18", "cv_to_claimant": "¶17", "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24", "letters_up_to_10": "¶24-28", "names_list_500": "¶29-31",
    "nino_only_list": "¶31", "dwp_names_list": "¶36, ¶29-31", "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "policy 3.8 (RULES.md Outcomes: already-encrypted mail is relayed)",
    "encrypt_special_category": "¶32, ¶25-26", "encrypt_nino": "¶33", "encrypt_dob_bank": "¶32",
    "encrypt_benefit_children": "¶32, ¶30", "encrypt_beyond_name": "¶18", "encrypt_over_limit": "¶21, ¶24, ¶31",
    "encrypt_list_forbidden_column": "¶29-30", "encrypt_letter_kind": "¶25", "encrypt_dwp_process": "C15 ¶49, ¶35",
    "encrypt_claimant_recipient": "¶17, ¶24-28, ¶32",
    "encrypt_sender_tag": "no ¶: RULES.md 'Also enforced' (sender-requested encryption)",
    "encrypt_password_protected": "no ¶: RULES.md default (password-protected attachments: encrypt)",
    "encrypt_no_text_scan": "no ¶: RULES.md default (images and scans with no text layer: encrypt)",
    "reject_cv_no_consent": "¶17", "reject_uninspectable": "¶12-13; RULES.md (content that cannot be inspected)",
}
ACTION = {r: ("relay" if r in ("no_claimant_data", "one_name", "cv_to_claimant", "cvs_up_to_10",
                                "application_forms_up_to_10", "letters_up_to_10", "names_list_500", "nino_only_list",
                                "dwp_names_list", "dwp_ucnea1_gns", "dwp_c15_process", "forward_subcontractor",
                                "already_encrypted")
              else "reject" if r.startswith("reject") else "encrypt") for r in GUIDE}


def L(rule, truth, notes, facts=None):
    return dict(expected_action=ACTION[rule], rule=rule, guidance=GUIDE[rule], truth=truth, notes=notes,
                facts=facts or F())


# ------------------------------------------------------------------ message spec and builder
MIMETYPES = {"pdf": ("application", "pdf"),
             "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             "odt": ("application", "vnd.oasis.opendocument.text"),
             "csv": ("text", "csv"), "txt": ("text", "plain"), "zip": ("application", "zip"),
             "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"), "png": ("image", "png"),
             "ics": ("application", "ics"), "doc": ("application", "msword"), "dat": ("application", "octet-stream")}


def att(filename, blob, mime=None, cte=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    mt = mime or MIMETYPES.get(ext, ("application", "octet-stream"))
    return {"filename": filename, "blob": blob, "maintype": mt[0], "subtype": mt[1], "cte": cte}


def att_msg(inner, filename=None):
    return {"message": inner, "filename": filename}


def M(sender, to, subject, body=None, cc=(), bcc=(), atts=(), fmt="alt", text=None, html=None, cte=None, hcte=None,
      crlf=None, headers=None, from_name=None, raw=None, calendar=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body, text=text,
                html=html, atts=list(atts), fmt=fmt, cte=cte, hcte=hcte, crlf=crlf, headers=dict(headers or {}),
                from_name=from_name, raw=raw, calendar=calendar)


def addr(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, str):
        return ("", x)
    return (x.name, x.email)


def fmt_addr(x):
    n, a = addr(x)
    return formataddr((n, a)) if n else a


def _cte(text, want, default="quoted-printable"):
    if want:
        return want
    try:
        text.encode("ascii")
        if max((len(l) for l in text.split("\n")), default=0) < 300:
            return "7bit"
    except UnicodeEncodeError:
        pass
    return default


def msg_date(n):
    k = (n - 1) // 14
    d = workday(datetime.date(2026, 12, 1), k)
    minute = 8 * 60 + 4 + ((n - 1) % 14) * 41 + (n * 7) % 11
    return datetime.datetime(d.year, d.month, d.day, minute // 60, minute % 60, (n * 13) % 60,
                             tzinfo=datetime.timezone.utc)


def gmail_msgid(n, salt="o"):
    h = hashlib.sha256(("%s-%d" % (salt, n)).encode()).digest()
    return "<CA%s@mail.gmail.com>" % base64.b64encode(h[:33]).decode().replace("/", "_").replace("+", "-")


def boundary(n, i):
    return "000000000000" + hashlib.md5(("ob%d/%d" % (n, i)).encode()).hexdigest()[:16]


def simple_message(sender, to, subject, blocks, date, fmt="alt", msgid=None):
    """an inner (quoted or attached) message"""
    m = EmailMessage()
    m["From"] = fmt_addr(sender)
    m["To"] = ", ".join(fmt_addr(x) for x in to)
    m["Subject"] = subject
    m["Date"] = format_datetime(date.replace(tzinfo=datetime.timezone.utc))
    m["Message-ID"] = msgid or gmail_msgid(hash_int(subject + str(date)), "inner")
    t = to_text(blocks)
    if fmt == "plain":
        m.set_content(t, cte=_cte(t, None))
    else:
        m.set_content(t, cte=_cte(t, None))
        h = wrap_html(to_html(blocks))
        m.add_alternative(h, subtype="html", cte="quoted-printable")
    return m


def build(sp, n):
    msg = EmailMessage()
    fname, faddr = addr(sp["sender"])
    if sp["from_name"] is not None:
        fname = sp["from_name"]
    msg["From"] = formataddr((fname, faddr)) if fname else faddr
    dt = msg_date(n)
    msg["Date"] = "%s, %d %s %d %02d:%02d:%02d +0000" % (dt.strftime("%a"), dt.day, dt.strftime("%b"), dt.year, dt.hour,
                                                         dt.minute, dt.second)
    msg["Message-ID"] = gmail_msgid(n)
    msg["Subject"] = sp["subject"]
    msg["To"] = ", ".join(fmt_addr(x) for x in sp["to"]) if sp["to"] else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(fmt_addr(x) for x in sp["cc"])
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        if sp["cte"] is None and n % 9 == 5:
            sp = dict(sp, cte="base64", hcte="base64")
        blocks = sp["body"] or []
        text = sp["text"] if sp["text"] is not None else to_text(blocks)
        html = sp["html"] if sp["html"] is not None else wrap_html(to_html(blocks))
        cids = [k for k, (cid, _) in SIG_IMGS.items() if ("cid:" + cid) in html]
        if sp["fmt"] == "plain":
            msg.set_content(text, cte=_cte(text, sp["cte"]))
        elif sp["fmt"] == "html":
            msg.set_content(html, subtype="html", cte=_cte(html, sp["hcte"], "quoted-printable"))
            for k in cids:
                cid, fn = SIG_IMGS[k]
                msg.add_related(logo(k), maintype="image", subtype="png", cid="<%s>" % cid, filename=fn,
                                disposition="inline")
        else:
            msg.set_content(text, cte=_cte(text, sp["cte"]))
            msg.add_alternative(html, subtype="html", cte=sp["hcte"] or "quoted-printable")
            if sp["calendar"]:
                msg.add_alternative(sp["calendar"], subtype="calendar", cte=_cte(sp["calendar"], None, "base64"), params={"method": "REQUEST"})
            if cids:
                hp = msg.get_payload()[1]
                for k in cids:
                    cid, fn = SIG_IMGS[k]
                    hp.add_related(logo(k), maintype="image", subtype="png", cid="<%s>" % cid, filename=fn,
                                   disposition="inline")
        for a in sp["atts"]:
            if "message" in a:
                msg.add_attachment(a["message"])
                part = msg.get_payload()[-1]
                if a.get("filename"):
                    part.set_param("name", a["filename"])
                    part.replace_header("Content-Disposition", 'attachment; filename="%s"' % a["filename"]) \
                        if part.get("Content-Disposition") else part.add_header("Content-Disposition", "attachment",
                                                                                 filename=a["filename"])
            else:
                kw = {}
                if a["cte"]:
                    kw["cte"] = a["cte"]
                msg.add_attachment(a["blob"], maintype=a["maintype"], subtype=a["subtype"], filename=a["filename"], **kw)
    i = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart() and not part.get_boundary("").startswith("x-fixed"):
            part.set_boundary(boundary(n, i))
            i += 1
    crlf = sp["crlf"] if sp["crlf"] is not None else (n % 6 == 4)
    pol = policy.default.clone(linesep="\r\n" if crlf else "\n")
    return msg.as_bytes(policy=pol)


def rcpts(sp):
    return [addr(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


# ================================================================== claimant documents
JOBS = ["Retail Assistant", "Kitchen Porter", "Warehouse Operative", "Housekeeping Assistant", "Care Assistant",
        "Administrator", "Customer Service Adviser", "Grounds Maintenance Operative", "Print Finisher",
        "Café Assistant", "Data Entry Clerk", "Stock Controller", "Nursery Assistant", "Cleaner", "Porter"]
PAST_EMPLOYERS = ["Solent Sands Holiday Park", "Marlands Bakery", "Portsdown Garden Centre", "Hove Lagoon Café",
                  "Wessex Print Finishers", "Sandbanks Hotel Group", "Itchen Valley Foods", "Cowes Chandlery",
                  "Fratton Furniture Recycling", "Queens Park Library (volunteer)", "Boscombe Charity Shop (volunteer)",
                  "Southsea Model Village", "Chichester Cathedral Café", "Shanklin Fish Bar"]
SKILLS = ["Customer service", "Till and cash handling", "Stock rotation", "Food Hygiene Level 2",
          "Microsoft Word, Excel and Google Sheets", "Manual handling certificate", "Team working",
          "Telephone and reception skills", "Forklift (counterbalance) - in training", "Attention to detail",
          "Following written and visual instructions", "Health and Safety Level 1", "Data entry (45 wpm)"]
HOBBIES = ["photography", "walking on the South Downs", "cooking for friends", "five-a-side football", "drawing",
           "gaming", "allotment gardening", "swimming", "volunteering at a community fridge", "local history",
           "playing bass guitar", "sea swimming at Southsea"]


def cv_blocks(p, dob=None, extra=None, nino_in=False):
    jobs = []
    y = 2026
    for _ in range(R.randint(2, 3)):
        y0 = y - R.randint(1, 4)
        jobs.append((y0, y, R.choice(JOBS), R.choice(PAST_EMPLOYERS)))
        y = y0
    contact = "%s  |  %s  |  %s" % (p.address, p.mobile, p.email)
    b = [("h", p.name), ("p", contact)]
    if dob == "uk":
        b.append(("p", "Date of birth: %s" % p.dob.strftime("%d/%m/%Y")))
    elif dob == "words":
        b.append(("p", "I was born on %s and have lived in %s all my life." % (dob_words(p.dob), p.town)))
    if nino_in:
        b.append(("p", "National Insurance number: %s" % nsp(p.nino)))
    b += [("h2", "Personal profile"),
          ("p", "Reliable and friendly %s with experience in %s. I enjoy working as part of a team, I take pride in "
                "doing a job properly and I am keen to learn new skills." % (
                    R.choice(["person", "team member", "worker"]), R.choice(["retail and hospitality", "warehouse work",
                                                                             "cleaning and housekeeping", "admin and reception"]))),
          ("h2", "Employment history")]
    for y0, y1, job, emp in jobs:
        b.append(("p", "%d - %s   %s, %s" % (y0, "present" if y1 == 2026 else str(y1), job, emp)))
        b.append(("ul", [R.choice(["Served customers and handled payments", "Picked and packed orders to deadline",
                                   "Cleaned rooms to hotel standard", "Answered phones and booked appointments",
                                   "Prepared food and kept the kitchen clean"]),
                         R.choice(["Trained two new starters", "Kept accurate records", "Worked early and late shifts",
                                   "Helped with stock takes"])]))
    if extra:
        b.append(("p", extra))
    b += [("h2", "Education and training"),
          ("p", "%s - GCSEs including English and Maths; %s" % (R.choice(["Regents Park Community College", "Oaklands School",
                                                                         "Cowes Enterprise College", "Patcham High School"]),
                                                             R.choice(["Food Hygiene Level 2 (2025)", "Emergency First Aid at Work (2024)",
                                                                       "CSCS Green Card (2025)", "ECDL (2019)"]))),
          ("h2", "Skills"), ("ul", R.sample(SKILLS, 5)),
          ("h2", "Interests"), ("p", "I enjoy %s and %s." % tuple(R.sample(HOBBIES, 2))),
          ("p", "References available on request.")]
    return b


def app_form_blocks(p, job, employer, dob=False, nino_in=False, health=None, age=True):
    kv = [("Position applied for", job), ("Employer", employer), ("Full name", p.name), ("Address", p.address),
          ("Mobile", p.mobile), ("E-mail", p.email)]
    if age:
        kv.append(("Age (optional)", str(p.age)))
    if dob:
        kv.append(("Date of birth", p.dob.strftime("%d/%m/%Y")))
    if nino_in:
        kv.append(("National Insurance number", p.nino))
    kv += [("Right to work in the UK", "Yes"), ("Availability", R.choice(["Weekdays, 9-3", "Any shift", "Mornings and weekends"])),
           ("Most recent job", "%s, %s" % (R.choice(JOBS), R.choice(PAST_EMPLOYERS))),
           ("Why do you want this job?", "I like working with people and I want a job close to home where I can learn and grow.")]
    if health:
        kv.append(("Health or disability you want us to know about", health))
    kv.append(("Declaration", "I confirm the information I have given is true. Signed: %s" % p.name))
    return [("h", "%s - Application form" % employer), ("kv", kv)]


def couple_form_blocks(a, b, job, employer):
    return [("h", "%s - Joint application (live-in couple)" % employer),
            ("p", "Position: %s. Accommodation is provided on site for couples working together." % job),
            ("kv", [("Applicant 1", a.name), ("Age", str(a.age)), ("Applicant 2", b.name), ("Age ", str(b.age)),
                    ("Address (shared)", a.address), ("Contact telephone", a.mobile),
                    ("Experience - applicant 1", "%s, %s" % (R.choice(JOBS), R.choice(PAST_EMPLOYERS))),
                    ("Experience - applicant 2", "%s, %s" % (R.choice(JOBS), R.choice(PAST_EMPLOYERS))),
                    ("Availability", "From %s" % dlong(future_day())),
                    ("Signed", "%s / %s" % (a.name, b.name))])]


def letter_blocks(p, kind, org=PRIME, who=None, when=None, place=None, job=None, extra=None):
    when = when or future_day()
    t = hhmm()
    who = who or "your Employment Specialist"
    b = [("p", "\n".join([p.name] + p.addr_lines)), ("p", "30 November 2026")]
    if kind == "interview":
        b += [("p", "Dear %s," % p.first),
              ("h2", "Invitation to interview: %s" % (job or "Retail Assistant")),
              ("p", "Thank you for your application. We would like to invite you to an interview at %s on %s at %s. "
                    "The interview will last about 30 minutes and will be with the store manager and one of our team."
                    % (place or org, dlong(when), t)),
              ("p", "Please bring proof of your right to work in the UK. If you need anything to make the interview "
                    "easier for you, just let us know before the day."),
              ("p", "Yours sincerely,\n\n%s" % org)]
    elif kind == "appointment":
        b += [("p", "Dear %s," % p.first),
              ("h2", "Your next appointment"),
              ("p", "Your next appointment with %s is on %s at %s at %s. We will look at your job goals and update "
                    "your action plan together." % (who, dlong(when), t, place or "our Southampton hub")),
              ("p", "If you cannot come, please call us on 01632 960400 or reply to this e-mail so that we can "
                    "rearrange."),
              ("p", "Best wishes,\n\n%s" % org)]
    elif kind == "offer":
        b += [("p", "Dear %s," % p.first),
              ("h2", "Offer of employment: %s" % (job or "Housekeeping Assistant")),
              ("p", "We are delighted to offer you the role of %s, starting on %s. The role is %d hours a week at "
                    "£12.85 an hour. This offer is subject to two satisfactory references."
                    % (job or "Housekeeping Assistant", dlong(when), R.choice([16, 20, 24, 30]))),
              ("p", "Please sign and return the enclosed copy to accept. We look forward to welcoming you."),
              ("p", "Yours sincerely,\n\n%s" % org)]
    else:
        b += [("p", "Dear %s," % p.first)] + [("p", x) for x in extra] + [("p", "Yours sincerely,\n\n%s" % org)]
    return b


def easy_read_blocks(p, when, place, who):
    return [("h", "Your appointment"), ("p", p.name + "\n" + "\n".join(p.addr_lines)),
            ("easy", "This letter is from Tidewell."),
            ("easy", "You have an appointment with %s." % who),
            ("easy", "The day is %s." % dlong(when)),
            ("easy", "The time is %s." % hhmm()),
            ("easy", "The place is %s." % place),
            ("easy", "You can bring someone with you."),
            ("easy", "If you cannot come, please phone 01632 960400 or send a text to 07700 900400.")]


def ucnea1_pairs(p):
    return [("Form", "UCNEA1 - New Enterprise Allowance referral (Universal Credit)"), ("Participant name", p.name),
            ("National Insurance number", p.nino), ("Provider", PRIME), ("Business idea",
            "Mobile bicycle repair service for the Southsea and Fratton area"), ("Mentor allocated", "Yes - weekly"),
            ("Referral date", "30/11/2026")]


def gns_pairs(p, story):
    return [("Form", "ESF / WHP Good News Story"), ("Participant", p.name), ("Programme", "Work and Health Programme"),
            ("Outcome", "Started work"), ("Employer", "Harbourview Hotels"), ("Story", story),
            ("Consent to share", "Yes - signed consent held on file")]


def exit_pairs(p, barrier):
    return [("Form", "WHP Exit Report"), ("Participant name", p.name), ("NINO", p.nino),
            ("Programme start", "03/02/2025"), ("Exit date", "27/11/2026"), ("Reason for exit", "Completed 456 days"),
            ("Progress", "Completed CV, Food Hygiene Level 2, two work trials, 14 weeks' paid work (ended)"),
            ("Remaining barriers", barrier), ("Recommended next steps", "Referral to Jobcentre Disability Employment Adviser")]


def coc_pairs(p, new_addr):
    return [("Form", "WHP Change of Circumstances"), ("Participant name", p.name), ("NINO", p.nino),
            ("Change", "New address"), ("New address", new_addr), ("Effective from", "23/11/2026"),
            ("Reported by", "Participant, at appointment")]


GENERIC_FIRST = {"Bookings", "Referrals", "Events", "Sales", "Tenancy", "Adult Social Care", "Travel", "Accounts",
                 "Orders", "Lettings", "Group", "Training", "Support", "Clinical", "Bulletin", "Reception", "Studio",
                 "WHP Provider", "Warehouse", "Talent", "Grants", "Forum", "Facilities", "Collections", "Renewals",
                 "Space", "Board", "Volunteer", "Building"}


def hi(c):
    f = getattr(c, "first", "")
    if not f or f in GENERIC_FIRST:
        return R.choice(["Hello,", "Hello team,", "Hi there,"])
    return "Hi %s," % f


def cc_of(x):
    return x


def quote(sender, dt, blocks):
    n, a = addr(sender)
    return ("quote", "On %s, %s <%s> wrote:" % (gm_when(dt), n, a) if n else "On %s, <%s> wrote:" % (gm_when(dt), a), blocks)


def fwd(sender, dt, subject, to, blocks, cc=None):
    f = [("From", "%s <%s>" % addr(sender) if addr(sender)[0] else "<%s>" % addr(sender)[1]), ("Date", gm_when(dt)),
         ("Subject", subject), ("To", ", ".join("%s <%s>" % addr(x) if addr(x)[0] else "<%s>" % addr(x)[1] for x in to))]
    if cc:
        f.append(("Cc", ", ".join("%s <%s>" % addr(x) for x in cc)))
    return ("fwd", f, blocks)


def drive_chip(fname, kind="document"):
    icon = {"document": "application/vnd.google-apps.document", "pdf": "application/pdf",
            "sheet": "application/vnd.google-apps.spreadsheet", "word": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[kind]
    fid = hashlib.md5(fname.encode()).hexdigest()[:28]
    return ("raw", '<div><a href="https://drive.google.com/file/d/1%s/view?usp=drive_web" target="_blank" '
                   'style="display:inline-block;padding:4px 8px;border:1px solid #dadce0;border-radius:14px;color:#3c4043;text-decoration:none">'
                   '<img src="https://drive-thirdparty.googleusercontent.com/16/type/%s" alt="" width="16" height="16" style="vertical-align:middle">'
                   '&nbsp;<span>%s</span></a></div>' % (fid, icon, esc(fname)),
            "[%s](https://drive.google.com/file/d/1%s/view?usp=drive_web)" % (fname, fid))


def drive_share(sharer, recipient, fname, note=None, kind="document", role="Editor"):
    """a Google Drive 'shared a document with you' notification, sent from the system address"""
    fid = "1" + hashlib.md5(fname.encode()).hexdigest()[:32]
    url = "https://docs.google.com/document/d/%s/edit?usp=sharing_eil&ts=692c1a7e" % fid
    t = "%s (%s) has invited you to %s the following %s:\n\n%s\n%s\n" % (
        sharer.name, sharer.email, "edit" if role == "Editor" else "view", "document" if kind != "sheet" else "spreadsheet",
        fname, url)
    if note:
        t = "%s (%s) has invited you to %s the following document:\n\n%s\n\n%s\n%s\n" % (
            sharer.name, sharer.email, "edit" if role == "Editor" else "view", note, fname, url)
    t += ("\nOpen\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email "
          "because %s shared a document with you from Google Docs.\nLogo for Google Docs" % sharer.email)
    h = ('<html><body style="font-family:Roboto,Arial,sans-serif;background:#fff"><table width="100%%" cellpadding="0" '
         'cellspacing="0"><tr><td style="padding:24px">'
         '<div style="font-size:20px;color:#202124">%s shared a document</div><br>'
         '<div style="font-size:14px;color:#3c4043">%s (<a href="mailto:%s">%s</a>) has invited you to %s the following document:</div>%s'
         '<table style="margin-top:16px;border:1px solid #dadce0;border-radius:8px" cellpadding="12"><tr><td>'
         '<img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_1_document_x64.png" width="20" alt="Google Docs">'
         '&nbsp;<a href="%s" style="color:#1a73e8;font-size:14px">%s</a></td></tr></table><br>'
         '<a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Open</a>'
         '<br><br><div style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>'
         'You have received this email because %s shared a document with you from Google Docs.</div>'
         '</td></tr></table></body></html>'
         % (esc(sharer.name), esc(sharer.name), esc(sharer.email), esc(sharer.email),
            "edit" if role == "Editor" else "view",
            ('<blockquote style="border-left:3px solid #dadce0;padding-left:8px;color:#3c4043">%s</blockquote>' % esc(note)) if note else "",
            url, esc(fname), url, esc(sharer.email)))
    return M(BOX["drive"], [recipient], "Document shared with you: \"%s\"" % fname, text=t, html=h,
             from_name="%s (via Google Docs)" % sharer.name, headers={"Reply-To": fmt_addr(sharer)})


def forms_notice(form_title, pairs, to, sender_staff):
    t = "Google Forms\n\n%s\n\nA new response has been submitted.\n\n" % form_title + \
        "\n".join("%s\n%s\n" % (k, v) for k, v in pairs) + \
        "\nView all responses: https://docs.google.com/forms/d/1FAIpQL%s/edit#responses\n\nThis form was created inside %s." % (
            hashlib.md5(form_title.encode()).hexdigest()[:24], PRIME)
    h = ('<html><body style="font-family:Roboto,Arial,sans-serif"><div style="max-width:640px;margin:auto;border:1px solid #dadce0;'
         'border-radius:8px"><div style="background:#673ab7;height:10px;border-radius:8px 8px 0 0"></div><div style="padding:24px">'
         '<div style="font-size:22px">%s</div><div style="color:#5f6368">A new response has been submitted.</div><br>' % esc(form_title))
    for k, v in pairs:
        h += '<div style="margin:12px 0"><div style="font-weight:500;color:#202124">%s</div><div style="color:#3c4043">%s</div></div>' % (
            esc(k), esc(str(v)).replace("\n", "<br>"))
    h += ('<a href="https://docs.google.com/forms/d/1FAIpQL%s/edit#responses" style="color:#673ab7">View all responses</a>'
          '<div style="font-size:12px;color:#5f6368;margin-top:16px">This form was created inside %s.</div></div></div></body></html>'
          % (hashlib.md5(form_title.encode()).hexdigest()[:24], PRIME))
    return M(BOX["forms"], to, "New response: %s" % form_title, text=t, html=h, from_name="Google Forms",
             headers={"Reply-To": fmt_addr(sender_staff)})


def cal_invite(organizer, attendees, summary, start, minutes, description, location, extra_body=None, uid=None):
    end = start + datetime.timedelta(minutes=minutes)
    uid = uid or hashlib.md5((summary + str(start)).encode()).hexdigest()[:26]
    ics = ics_text(uid, summary, start, end, organizer, attendees, description, location)
    when = "%s %s – %s (Greenwich Mean Time - London)" % (start.strftime("%A %-d %b %Y"), start.strftime("%-I:%M%p").lower(),
                                                          end.strftime("%-I:%M%p").lower())
    guests = [organizer] + list(attendees)
    t = ("%s\n\nInvitation from Google Calendar\n\n%s\n\nWhen\n%s\n\n%sGuests\n%s\n\nView all guest info\n\n"
         "Reply for %s\nYes / No / Maybe\n\nInvitation from Google Calendar\n\nYou are receiving this email because you "
         "are an attendee on the event. Forwarding this invitation could allow any recipient to send a response to the "
         "organiser." % (summary, description, when, ("Location\n%s\n\n" % location) if location else "",
                         "\n".join("%s%s" % (g.name or g.email, " - organiser" if g is organizer else "") for g in guests),
                         attendees[0].email if attendees else ""))
    h = ('<html><body><div style="font-family:Roboto,Arial,sans-serif;max-width:600px;border:1px solid #dadce0;border-radius:8px;padding:20px">'
         '<div style="font-size:20px;color:#3c4043">%s</div><div style="color:#70757a;font-size:13px">Invitation from Google Calendar</div><br>'
         '<div style="white-space:pre-wrap;color:#3c4043;font-size:14px">%s</div><br>'
         '<table cellpadding="4" style="font-size:14px;color:#3c4043"><tr><td style="color:#70757a">When</td><td>%s</td></tr>%s'
         '<tr><td style="color:#70757a;vertical-align:top">Guests</td><td>%s</td></tr></table><br>'
         '<div>Reply: <a href="#">Yes</a> · <a href="#">No</a> · <a href="#">Maybe</a></div>'
         '<div style="font-size:11px;color:#70757a;margin-top:16px">You are receiving this email because you are an attendee on the event.</div>'
         '</div>%s</body></html>'
         % (esc(summary), esc(description), esc(when),
            ('<tr><td style="color:#70757a">Location</td><td>%s</td></tr>' % esc(location)) if location else "",
            "<br>".join(esc(g.name or g.email) + (" - organiser" if g is organizer else "") for g in guests),
            extra_body or ""))
    sp = M(organizer, attendees, "Invitation: %s @ %s" % (summary, start.strftime("%a %-d %b %Y %-I:%M%p").replace("AM", "am").replace("PM", "pm")),
           text=t, html=h, calendar=ics, atts=[att("invite.ics", ics.encode("utf-8"), ("application", "ics"))])
    return sp


def body(s, *paras, kind="full", **kw):
    """message blocks with the Gmail signature placed above any trailing quote or forward"""
    ps = [p for p in paras if p is not None]
    tail = []
    while ps and isinstance(ps[-1], tuple) and ps[-1][0] in ("quote", "fwd"):
        tail.insert(0, ps.pop())
    return ps + [sig(s, kind, **kw)] + tail


# ================================================================== ordinary mail (no claimant data)
def NC(notes):
    return L("no_claimant_data", T0, notes)


def nc_invoice(v):
    s = STAFF["marguerite"]
    if v == 0:
        o = OTHER["office"]
        inv = [("h", "REMITTANCE ADVICE"), ("p", "%s\nAccounts Payable\n%s" % (PRIME, OFFICES["Southampton"])),
               ("kv", [("Supplier", "Coastal Office Supplies Ltd"), ("Supplier ref", "ACC-COS-00417"),
                       ("Payment run", "PR-2026-48"), ("Payment date", "27/11/2026"), ("Paid from", "Tidewell Ability Partnership - Client Account"),
                       ("Our bank", "Sort code 40-47-12, account 31926619"), ("Total paid", "£2,418.60")]),
               ("table", ["Invoice", "Date", "Description", "Amount"],
                [["COS-INV-558120", "02/11/2026", "A4 paper, toner (Brighton hub)", "£612.40"],
                 ["COS-INV-558977", "09/11/2026", "Height-adjustable desks x2 (reasonable adjustments stock)", "£1,340.00"],
                 ["COS-INV-559310", "16/11/2026", "Large-print keyboards x4, trackball mice x4", "£466.20"]])]
        b = body(s, hi(o), "Please find attached our remittance advice for payment run PR-2026-48, covering the three "
                           "November invoices listed below. The payment should reach you within three working days.",
                 ("table", ["Invoice", "Amount"], [["COS-INV-558120", "£612.40"], ["COS-INV-558977", "£1,340.00"],
                                                    ["COS-INV-559310", "£466.20"]]),
                 "Could you also send a credit note for the damaged box of toner (delivery note DN-448120B, your "
                 "order ref PO448120B)? Thanks.",
                 "Best wishes,\nMarguerite")
        sp = M(s, [o], "Remittance advice PR-2026-48 - Coastal Office Supplies", b,
               atts=[att("Remittance_PR-2026-48.pdf", pdf_bytes([inv], "Remittance advice", foot=PRIME))])
        return sp, NC("Supplier remittance with the provider's own sort code and account number (not claimant data); "
                      "invoice numbers, a delivery note 'DN-448120B' and an order ref 'PO448120B' (D prefix; O as second "
                      "letter: neither is a valid NINO); reasonable-adjustment kit ordered for stock.")
    if v == 1:
        o = OTHER["signbridge"]
        b = body(s, "Hello SignBridge team,",
                 "Thanks for invoice SBI-2026-1187. Before we pay it, could you check two lines for us? We were charged "
                 "for 14 hours of BSL/English interpreting in November but our booking log shows 12:",
                 ("table", ["Booking ref", "Hub", "Date", "Hours booked", "Hours invoiced"],
                  [["SB-26-11873", "Portsmouth", "03/11/2026", "2", "2"], ["SB-26-11902", "Brighton", "10/11/2026", "3", "4"],
                   ["SB-26-11955", "Southampton", "17/11/2026", "4", "4"], ["SB-26-12011", "Brighton", "24/11/2026", "3", "4"]]),
                 "The two Brighton sessions were both cancelled with more than 48 hours' notice, so under our framework "
                 "agreement (PO 7731-SBI) the minimum call-out should not apply.", "Many thanks,\nMarguerite")
        sp = M(s, [o], "Invoice SBI-2026-1187 - query on hours", b, cc=[BOX["finance"]])
        return sp, NC("BSL interpreting invoice query: booking references, hubs and hours only; nobody who used the "
                      "interpreter is named or identifiable.")
    o = OTHER["cleaning"]
    b = body(s, hi(o), "We have received your invoice BWC/11/2026/0093 for the deep clean of the Bournemouth hub. Before "
                       "we can set you up on the new finance system please confirm your bank details in writing on "
                       "headed paper; the details we hold are:",
             ("kv", [("Account name", "Brightwave Cleaning Ltd"), ("IBAN", iban_spaced(iban_gb())),
                     ("VAT number", "GB 318 4471 26")]),
             "As part of our fraud controls we will call you on the number on our supplier file to check them too.",
             "Kind regards\nMarguerite")
    sp = M(s, [o], "Supplier bank details check - Brightwave Cleaning", b)
    return sp, NC("Supplier's own IBAN and VAT number on a supplier set-up check: business bank details, not a claimant's.")


def nc_room_booking(v):
    if v == 0:
        s = STAFF["zoe"]
        o = OTHER["venue"]
        b = body(s, hi(o),
                 "Following our call, I'd like to confirm the booking for our Disability Confident employer breakfast:",
                 ("ul", ["Date: Thursday 21 January 2027, 8:00am to 10:30am (set-up from 7:15am)",
                         "Room: Itchen Suite, cabaret layout for 60",
                         "Step-free access from the car park and an accessible toilet on the same floor",
                         "Hearing loop switched on and tested, please",
                         "A quiet room nearby that guests can use if they need a break",
                         "Hybrid: we will run it on Zoom as well, so we need the lectern mic patched in"]),
                 "We'll bring our own BSL interpreters and the live captioning laptop. Dietary requirements will follow a "
                 "week before; we usually have a few vegan, halal and gluten-free guests.",
                 "Zoom link for your AV team: https://us06web.zoom.us/j/84512345678?pwd=Sb7dWk2 (Meeting ID 845 1234 5678, passcode 210127)",
                 "Thanks so much,\nZoë")
        sp = M(s, [o], "Booking confirmation - Disability Confident breakfast, 21 Jan", b)
        return sp, NC("Venue booking with access needs for an event (hearing loop, quiet room, BSL interpreters) about no "
                      "individual; Zoom meeting ID digits are not an identifier.")
    s = STAFF["ellie"]
    start = datetime.datetime(2027, 1, 12, 10, 0)
    desc = ("Room: Brighton hub - Room 2 (the one with the sensory-friendly lighting)\nPurpose: Connect to Work "
            "caseload review\nPlease book the hearing loop if you need it.\nJoin Zoom: https://us06web.zoom.us/j/83190027715")
    sp = cal_invite(s, [STAFF["ada"], STAFF["declan"], STAFF["callum"]], "Caseload review - Brighton hub Room 2", start, 90, desc,
                    "Brighton hub - Room 2")
    return sp, NC("Internal Google Calendar booking of a meeting room (.ics and text/calendar); no participant is named.")


def nc_it_notice(v):
    s = STAFF["kwame"]
    if v == 0:
        b = body(s, "Hi everyone,",
                 "From Monday 4 January we are switching on passkeys and 2-step verification for every Google Workspace "
                 "account. What you need to do before then:",
                 ("ol", ["Open myaccount.google.com on your work Chromebook and choose Security",
                         "Add a passkey (your Chromebook PIN or fingerprint)",
                         "Add the Google Authenticator app on your work phone as a backup",
                         "Print the backup codes and keep them somewhere safe (not in your purse or wallet)"]),
                 "If you use a screen reader, a switch or voice control, Rhys and I have tested the steps with JAWS, "
                 "ChromeVox and Voice Access; book a 15-minute slot with us and we'll do it together.",
                 "Service desk ticket reference for questions: INC-2026-118422.", "Thanks,\nKwame", kind="short")
        sp = M(s, [BOX["allstaff"]], "Action needed by 4 Jan: passkeys and 2-step verification", b)
        return sp, NC("All-staff IT notice with an ordered list; assistive technology mentioned generally; ticket reference.")
    if v == 1:
        b = body(s, "Hi all,",
                 "We've had several phishing e-mails this week pretending to be from DWP and asking providers to 'confirm a "
                 "participant's National Insurance number' by replying. DWP will never ask for this by e-mail.",
                 ("ul", ["The sender shows as 'DWP Provider Payments' but the address is at dwp-payments-secure.co",
                         "The message quotes a fake reference like QQ 12 34 56 C (no real NINO starts with QQ)",
                         "There is a link to a page that looks like the Google sign-in page"]),
                 "If you get one, don't reply or click: use the 'Report phishing' button in Gmail and let us know.",
                 "Thanks for staying alert,\nKwame", kind="short")
        sp = M(s, [BOX["allstaff"]], "Phishing alert: fake 'DWP' NINO requests", b,
               cc=[BW["ade"], NS["raj"]])
        return sp, NC("Security warning to staff and supply chain about phishing; the only NINO-shaped string is a QQ "
                      "example, not a valid NINO.")
    rows = [["TW-CB-%04d" % (3100 + i), R.choice(["Acer Chromebook Spin 714", "HP Elite c645 Chromebook"]),
             R.choice(["Southampton", "Portsmouth", "Brighton", "Bournemouth"]), R.choice(["Return", "Swap", "Wipe and reissue"])]
            for i in range(9)]
    b = body(s, "Hello,", "Here is the list of Chromebooks coming back to IT in the December refresh. Please collect the "
                          "devices from each hub on the dates we agreed and send the certificates of data destruction to "
                          "it.servicedesk@provider.example.org.uk.",
             ("table", ["Asset tag", "Model", "Hub", "Action"], rows), "Thanks,\nKwame", kind="short")
    o = Contact("Collections", "", "", "GreenCycle IT Recycling", "greencycle-it.co.uk", email="collections@greencycle-it.co.uk")
    sp = M(s, [o], "December Chromebook refresh - collection list", b,
           atts=[att("chromebook-refresh-dec26.csv", csv_bytes(["Asset tag", "Model", "Hub", "Action"], rows))])
    return sp, NC("IT asset collection list (asset tags, models, hubs) in a table and a CSV; no people at all.")


def nc_training(v):
    if v == 0:
        s = STAFF["bethan"]
        o = OTHER["mhfa"]
        b = body(s, hi(o),
                 "We'd like to book two more Mental Health First Aid (adult, two-day) courses for 12 staff each, "
                 "face to face at our Southampton hub:",
                 ("table", ["Course", "Dates", "Places"], [["MHFA Adult - cohort A", "2 and 3 February 2027", "12"],
                                                          ["MHFA Adult - cohort B", "9 and 10 March 2027", "12"]]),
                 "A few of our staff are disabled themselves, so please send the pre-course materials in accessible "
                 "Word format and allow regular breaks. Our purchase order number is PO-TAP-2026-0931.",
                 "Thank you,\nBethan")
        sp = M(s, [o], "MHFA courses Feb/March 2027 - booking request", b)
        return sp, NC("Training booking for staff; mental health and disability mentioned as course topic and staff "
                      "access needs generally, about nobody identified.")
    if v == 1:
        s = STAFF["ada"]
        o = NS["gemma"]
        b = body(s, hi(o),
                 "Thanks for running the autism and ADHD awareness sessions for our job coaches. Feedback was really "
                 "good (4.7 out of 5 from 23 responses). Could we book the follow-up module on 'Supporting neurodivergent "
                 "people at interview' for the Connect to Work team?",
                 ("ul", ["Preferred dates: w/c 18 January or w/c 25 January 2027", "Up to 16 staff, hybrid (Portsmouth + Zoom)",
                         "Please include the section on sensory-friendly interview rooms and reasonable adjustments"]),
                 "Best,\nAda")
        sp = M(s, [o], "Follow-up module: supporting neurodivergent people at interview", b)
        return sp, NC("Training request to the supply chain with aggregate feedback scores; autism/ADHD as a topic only.")
    s = STAFF["rhys"]
    start = datetime.datetime(2027, 1, 19, 12, 30)
    desc = ("A 45-minute lunchtime webinar for employers on Access to Work: what it pays for, how long it takes, and how "
            "to support an application.\n\nAgenda\n- What Access to Work is (grants, support workers, travel)\n- Mental "
            "Health Support Service\n- Q&A\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/86677001234\nMeeting ID: 866 7700 1234\n"
            "Captions and a BSL interpreter will be provided.")
    emps = [EMP["acme"], EMP["green"], EMP["harbour"], EMP["bright"], EMP["tidemill"]]
    sp = cal_invite(s, emps, "Access to Work explained - employer webinar", start, 45, desc, "Zoom")
    return sp, NC("Google Calendar invitation to employers for a generic Access to Work webinar (.ics attached and "
                  "text/calendar alternative); nobody's data.")


def nc_rota(v):
    s = STAFF["ellie"] if v == 0 else STAFF["ada"]
    if v == 0:
        rows = [["Mon 21 Dec", "Ellie, Mo", "Callum (leave)", "Open 9-4"], ["Tue 22 Dec", "Priya, Ellie", "Siân (hospital appt am)", "Open 9-4"],
                ["Wed 23 Dec", "Mo, Declan", "Tash (annual leave)", "Open 9-1"], ["Thu 24 Dec", "On call: Ada", "-", "Closed"],
                ["Mon 28 Dec", "-", "Bank holiday", "Closed"], ["Tue 29 Dec", "Declan, Priya", "Ellie (carer's leave)", "Open 10-3"]]
        b = body(s, "Hi both,", "Here's the Christmas cover rota for the Brighton and Southampton hubs so Bridgeway know "
                                "when our job coaches are around. Staff leave and appointments are in the third column.",
                 ("table", ["Day", "On site", "Away", "Hub"], rows),
                 "Siân's morning off on the 22nd is her own follow-up at the hospital, so please don't book clinical "
                 "reviews that morning. Anyone who wants to swap for Boxing Day week, tell me by Friday.",
                 "Thanks,\nEllie", kind="short")
        sp = M(s, [BW["marta"], BW["ade"]], "Christmas cover rota - Brighton & Southampton", b, cc=[STAFF["ada"]])
        return sp, NC("Staff rota with staff's own leave, carer's leave, a faith festival and a staff hospital appointment: "
                      "about staff, not claimants.")
    b = body(s, "Hi Marta,", "Planning ahead for February: a few of our Portsmouth team will be fasting for Ramadan "
                             "(expected to start around 8 February 2027), so we're moving the weekly joint case meeting "
                             "from 1pm to 10am and not booking working lunches. Mo will also be at Friday prayers from "
                             "12:30 to 1:30, so we'll keep Friday lunchtimes clear.",
             "We'll do the same for the Lunar New Year celebrations on the 6th (Kai in the data team is organising). "
             "Let me know if Bridgeway staff have anything we should plan around.", "Thanks,\nAda")
    sp = M(s, [BW["marta"]], "Joint case meetings in February - timing change", b)
    return sp, NC("Staff religion (fasting, Friday prayers) in meeting planning: about staff, not claimants.")


def nc_recruitment(v):
    if v == 0:
        s = STAFF["bethan"]
        o = OTHER["network"]
        adv = [("h", "Job Coach - Supported Employment (Isle of Wight)"),
               ("p", "Salary £27,450 - £29,900 | 37.5 hours (part-time and job share welcome) | Newport, Isle of Wight"),
               ("p", "We are a disability-specialist employment charity. We guarantee an interview to disabled applicants "
                     "who meet the essential criteria, and we welcome people with lived experience of mental health "
                     "conditions, neurodivergence or the criminal justice system. This role needs an enhanced DBS check; "
                     "having a conviction will not automatically stop you being appointed."),
               ("h2", "What you'll do"),
               ("ul", ["Support people into paid work using the place-then-train model", "Carry out job carving with employers",
                       "Provide in-work support and travel training"]),
               ("p", "Closing date: 15 January 2027. Interviews: 26-27 January 2027 in Newport or on Zoom.")]
        b = body(s, hi(o), "Could you include our vacancy in next week's network bulletin? The advert is attached and "
                           "pasted below.", *[x[1] if x[0] in ("p", "h", "h2") else x for x in adv], "Thank you!\nBethan")
        sp = M(s, [o], "Vacancy for the bulletin: Job Coach (Isle of Wight)", b,
               atts=[att("Job Coach IoW - advert.pdf", pdf_bytes([adv], "Job Coach advert", foot=PRIME))])
        return sp, NC("Recruitment advert with guaranteed interview scheme, lived experience of mental health and convictions "
                      "mentioned generically.")
    s = BOX["ctw"]
    cl = [claimant() for _ in range(6)]
    b = body(s, "Hello,", "You asked us to let you know about part-time jobs near Portsmouth. Pier & Pavilion Leisure "
                          "are recruiting:",
             ("ul", ["Front of House Assistant, 16 hours, weekends, £12.60/hour", "Kitchen Porter, 20 hours, flexible, £12.40/hour",
                     "They are a Disability Confident Committed employer and offer working interviews instead of formal ones"]),
             "If you'd like to apply, reply to this e-mail or speak to your job coach and we'll help with the application.",
             "Best wishes,\nThe Connect to Work team")
    sp = M(s, [s], "Part-time jobs at Pier & Pavilion Leisure", b, bcc=[c.email for c in cl])
    return sp, NC("Job vacancies sent from a shared mailbox to six claimants in Bcc; nothing about any of them.")


def nc_policy(v):
    if v == 0:
        s = STAFF["bethan"]
        pol = [("h", "Reasonable Adjustments Passport - Staff Policy (v3.0)"),
               ("p", "This policy explains how Tidewell supports colleagues who are disabled, neurodivergent or living "
                     "with a long-term health condition, including mental health conditions."),
               ("h2", "1. What the passport is"),
               ("p", "A confidential record, agreed between a colleague and their manager, of the adjustments that help "
                     "them at work. It moves with the colleague if they change team."),
               ("h2", "2. Examples of adjustments"),
               ("ul", ["Flexible start times or a compressed week", "Screen reader or dictation software", "A quiet workspace",
                       "Time off for treatment or therapy", "Support from Access to Work"]),
               ("h2", "3. Confidentiality"),
               ("p", "Health information in passports is special category data; it is stored in the People system only.")]
        b = body(s, "Hi all,", "The updated Reasonable Adjustments Passport policy is attached (v3.0). The main changes:",
                 ("ul", ["Passports now reviewed every 12 months instead of 6", "New section on menopause", "Access to Work "
                         "applications for staff can now be supported by the People Team"]),
                 "Bridgeway colleagues: this is shared for information because your staff use our hubs.", "Bethan")
        sp = M(s, [BOX["allstaff"]], "Updated policy: Reasonable Adjustments Passport v3.0", b, cc=[BW["ade"]],
               atts=[att("Reasonable Adjustments Passport Policy v3.0.docx",
                         docx_bytes(pol, header="Tidewell Ability Partnership - People Policies", footer="Policy ref HR-017 | v3.0 | Review Nov 2027",
                                    title="Reasonable Adjustments Passport"))])
        return sp, NC("Staff policy (DOCX with header and footer) about adjustments and health in general; no individual.")
    s = STAFF["farah"]
    pol = [("h", "Safeguarding Adults and Children Policy - annual refresh 2026/27"),
           ("p", "All staff, subcontractor staff and volunteers must complete safeguarding refresher training by 31 "
                 "January 2027."),
           ("h2", "Types of abuse"),
           ("ul", ["Physical, sexual, psychological and financial abuse", "Neglect and self-neglect", "Modern slavery and "
                   "cuckooing", "Domestic abuse, including coercive control", "Discriminatory abuse"]),
           ("h2", "If someone discloses self-harm or suicidal thoughts"),
           ("p", "Stay with them, listen, and call the Designated Safeguarding Lead. In an emergency call 999."),
           ("h2", "Recording"),
           ("p", "Record concerns on the safeguarding form in the case management system the same day. Do not e-mail "
                 "safeguarding details unencrypted.")]
    b = body(s, "Dear colleagues,", "Please share the refreshed safeguarding policy with your teams. The training link "
                                    "is the same as last year.", "With thanks,\nFarah")
    sp = M(s, [BW["ade"], NS["raj"]], "Safeguarding policy refresh 2026/27", b,
           atts=[att("Safeguarding Policy 2026-27.pdf", pdf_bytes([pol, [("h2", "Contacts"), ("p", "Designated Safeguarding Lead: "
                                                                                                   "Farah Siddiqui, 01632 960409")]],
                                                                  "Safeguarding policy", head="Tidewell - Safeguarding", foot="QS-004 v7"))])
    return sp, NC("Safeguarding policy naming abuse types, self-harm and suicidal thoughts in general (two-page PDF); "
                  "the only person named is the staff lead.")


def nc_stats(v):
    if v == 0:
        s = STAFF["tomasz"]
        hubs = ["Southampton", "Portsmouth", "Brighton", "Bournemouth", "Chichester", "Isle of Wight"]
        conds = ["Mental health", "Musculoskeletal", "Learning disability", "Autism", "Neurological", "Sensory", "Other / multiple"]
        rows = [[h] + [R.randint(3, 60) for _ in conds] for h in hubs]
        calc = [["Metric", "Value"], ["Total starts Q3", sum(sum(r[1:]) for r in rows)], ["Pivot built", "30/11/2026"]]
        x = xlsx_bytes([{"title": "Starts by condition", "banner": "WHP Disability and IPES - starts by primary health condition, Q3 2026/27",
                         "groups": [("Hub", 1), ("Primary condition reported at start (count of participants)", len(conds))],
                         "header": ["Hub"] + conds, "rows": rows, "widths": [16] + [14] * len(conds)},
                        {"title": "By programme", "header": ["Programme", "Starts", "Job outcomes"],
                         "rows": [["WHP Disability", 412, 96], ["IPES", 138, 41], ["Connect to Work", 267, 58]]},
                        {"title": "calc", "rows": calc, "hidden": True}])
        b = body(s, "Hi Stuart,", "Ahead of Thursday's performance meeting, attached are the Q3 starts broken down by "
                                  "primary health condition and hub (counts only, no participant-level data). The hidden "
                                  "'calc' sheet just holds the totals for the dashboard.",
                 "Headline: mental health remains the largest group at every hub, and autism referrals are up 18% on Q2.",
                 "Thanks,\nTomasz")
        sp = M(s, [DWPC["pm"]], "Q3 starts by primary condition - counts for Thursday", b,
               atts=[att("Q3 starts by condition (counts).xlsx", x)])
        return sp, NC("Aggregate statistics (XLSX with merged banner and group headers, three sheets, one hidden) by health "
                      "condition: counts, nobody identified.")
    if v == 1:
        s = STAFF["gethin"]
        b = body(s, "Hi Helen,", "Here are the November figures you asked for, ahead of the contract review.",
                 ("table", ["Programme", "Referrals", "Starts", "Job outcomes", "Sustained (6 months)"],
                  [["WHP Disability", "158", "131", "34", "19"], ["IPES", "41", "38", "12", "9"], ["Connect to Work", "96", "88", "22", "n/a"]]),
                 "Of the 131 WHP starts, 58% reported a mental health condition as their main barrier and 21% a "
                 "musculoskeletal condition; 9% disclosed a conviction. None of this is participant-level.",
                 "Best wishes,\nGethin")
        sp = M(s, [DWPC["cpm"]], "November performance figures - WHP Disability / IPES / CtW", b, fmt="html")
        return sp, NC("HTML-only aggregate performance table with condition and conviction percentages: statistics, not "
                      "about anyone.")
    s = STAFF["tomasz"]
    rows = [["2026-Q1", "Mental health", 71], ["2026-Q1", "Learning disability", 18], ["2026-Q1", "Physical", 40],
            ["2026-Q2", "Mental health", 85], ["2026-Q2", "Learning disability", 22], ["2026-Q2", "Physical", 37],
            ["2026-Q3", "Mental health", 90], ["2026-Q3", "Learning disability", 25], ["2026-Q3", "Physical", 44]]
    o = Contact("Nikhil", "Bhatt", "Commissioning Officer, Employment and Skills", "Southdown Council", "southdown-council.gov.uk")
    b = body(s, "Dear Nikhil,", "As requested for the Connect to Work quarterly return, attached is the count of starts "
                                "by condition group for Southdown residents. Groups with fewer than 10 people have been "
                                "suppressed.", "Kind regards,\nTomasz")
    sp = M(s, [o], "Connect to Work quarterly return - starts by condition group", b,
           atts=[att("ctw_quarterly_condition_counts.csv", csv_bytes(["quarter", "condition_group", "starts"], rows, crlf=False))])
    return sp, NC("Aggregate CSV (counts by condition group, small numbers suppressed) to the local authority commissioner.")


def nc_case_study(v):
    if v == 0:
        s = STAFF["hannah"]
        o = EMP["tidemill"]
        b = body(s, hi(o), "Thank you for agreeing to feature in our employer newsletter. This is the draft case study; "
                           "the participant story in it is a composite of several people we've supported, so nobody can "
                           "be identified.",
                 ("raw", '<blockquote style="border-left:4px solid #0b6e75;padding-left:10px"><b>"I didn\'t think print '
                         'was for me"</b><br>\'Alex\' (not their real name) had been out of work for six years after a '
                         'period of poor mental health. After a job carving conversation, Tidewell and Tidemill Print '
                         'created a print-finishing role with a set routine and a quiet workstation...</blockquote>',
                  "\"I didn't think print was for me\"\n'Alex' (not their real name) had been out of work for six years "
                  "after a period of poor mental health. After a job carving conversation, Tidewell and Tidemill Print "
                  "created a print-finishing role with a set routine and a quiet workstation..."),
                 "Could you check the quote from you at the end and let me know by Friday?", "Thanks,\nHannah")
        sp = M(s, [o], "Draft case study for the employer newsletter", b)
        return sp, NC("Composite, anonymised case study (stated as such) with mental health mentioned: nobody identifiable.")
    s = STAFF["gethin"]
    o = Contact("Grants", "Team", "", "Solent Community Foundation", "solent-community-foundation.org.uk",
                email="grants@solent-community-foundation.org.uk")
    bid = [("h", "Bid: Coastal Pathways - supported employment for autistic adults"),
           ("p", "Need: 72% of the autistic adults referred to us in 2025/26 had never had paid work; 41% also reported "
                 "anxiety or depression."),
           ("p", "Example (anonymised): a woman in her forties with fibromyalgia and anxiety, referred by her GP, started "
                 "a 12-hour role in a garden centre after eight weeks of job coaching."),
           ("h2", "Budget summary"), ("table", ["Item", "Year 1", "Year 2"], [["Job coaches (2.0 FTE)", "£61,200", "£62,800"],
                                                                           ["Travel training", "£8,000", "£8,000"]])]
    b = body(s, hi(o), "Please find attached our application for the Coastal Pathways fund.", "Kind regards,\nGethin")
    sp = M(s, [o], "Coastal Pathways fund - application from Tidewell", b,
           atts=[att("Coastal Pathways bid - Tidewell.docx", docx_bytes(bid, header="Coastal Pathways bid", footer="Tidewell Ability Partnership"))])
    return sp, NC("Funding bid with aggregate percentages and an anonymised example (age band and conditions but no "
                  "identity): not about an identifiable person.")


def nc_staff_hr(v):
    if v == 0:
        s = STAFF["tash"]
        b = body(s, "Hi Bethan,", "As we discussed in my one-to-one, I've now had my ADHD diagnosis confirmed (privately, "
                                  "through the Right to Choose route). I'd like to start an Access to Work application for "
                                  "myself for coaching and some software, and update my adjustments passport.",
                 "I've copied in Harbour Occupational Health because they asked me to send them the diagnosis letter "
                 "before my appointment on the 14th. Is it OK for them to share the outcome with you?",
                 "Thanks,\nTash", kind="short")
        sp = M(s, [STAFF["bethan"]], "My adjustments passport and Access to Work", b, cc=[OTHER["occhealth"]])
        return sp, NC("A member of staff disclosing her own ADHD diagnosis to HR and occupational health: staff data, not "
                      "claimant data.")
    if v == 1:
        s = STAFF["bethan"]
        b = body(s, hi(OTHER["occhealth"]), "Please find below a management referral for one of our employees (staff ID "
                                            "EMP-04418). She has been absent since 9 November with a back injury and is keen "
                                            "to return on a phased basis. We would welcome your advice on:",
                 ("ul", ["Whether she is fit for a phased return from January", "Adjustments to desk and travel",
                         "Whether the condition is likely to be covered by the Equality Act"]),
                 "Her manager's details and the consent form are in the secure portal.", "Kind regards,\nBethan")
        sp = M(s, [OTHER["occhealth"]], "Management referral - EMP-04418", b)
        return sp, NC("HR occupational health referral about an employee (staff health): not claimant data.")
    s = STAFF["callum"]
    b = body(s, "Hi Ada,", "Just to confirm I'm back on Monday after my knee operation. The surgeon says I should avoid "
                           "driving for another fortnight, so could I work from the Portsmouth hub rather than doing home "
                           "visits until the 18th? I've told Bridgeway I can't do the Isle of Wight run this month.",
             "Thanks,\nCallum", kind="mobile")
    sp = M(s, [STAFF["ada"]], "Back Monday", b, cc=[BW["jess"]])
    return sp, NC("A job coach's own operation and return-to-work note, copied to the subcontractor: staff health.")


NEWS_STYLE = 'style="font-family:Arial,sans-serif;max-width:640px;margin:auto;color:#222"'


def nc_newsletter(v):
    s = STAFF["hannah"]
    if v == 0:
        h = ('<html><body><div %s>%s<h1 style="color:#251b6e">Inclusive Employer Update - December 2026</h1>'
             '<p>Welcome to the winter edition for the 240 employers we work with across the South Coast.</p>'
             '<h2>Disability Confident: moving up a level</h2><p>Eleven of you moved from Committed to Employer this year. '
             'Our guide explains what Leader status asks for, including reporting on disability, mental health and '
             'wellbeing.</p><h2>Dates for your diary</h2><ul><li>Hanukkah: 4-12 December</li><li>International Day of '
             'Persons with Disabilities: 3 December</li><li>Christmas and the New Year - remember that not everyone '
             'celebrates, and some colleagues find the season hard</li><li>Time to Talk Day: 5 February 2027</li>'
             '<li>LGBT+ History Month: February 2027</li><li>Ramadan: from about 8 February 2027</li></ul>'
             '<h2>Black History Month recap</h2><p>Thank you to everyone who joined our October panel on race, disability '
             'and work.</p><h2>Trade union partnerships</h2><p>Union reps can be great allies for disabled workers; we have '
             'a short note on working with reps during reasonable-adjustment conversations.</p>'
             '<p>%s %s</p><p style="font-size:11px;color:#777">You receive this because your organisation works with Tidewell. '
             'Unsubscribe: reply STOP.</p>%s</div></body></html>'
             % (NEWS_STYLE, img_tag("banner", "Tidewell winter newsletter"), img_tag("dc", "Disability Confident Leader", 120),
                img_tag("pride", "Pride in work"), '<div style="font-size:10px;color:#999">%s</div>' % esc(LEGAL)))
        sp = M(s, [s], "Inclusive Employer Update - December 2026", fmt="html", html=h,
               bcc=[EMP["acme"].email, EMP["green"].email, EMP["city"].email, EMP["harbour"].email, EMP["bright"].email,
                    EMP["chalk"].email, EMP["pier"].email])
        return sp, NC("HTML-only employer newsletter with inline banner and badges; disability, mental health, race, "
                      "faith festivals, LGBT+ History Month and trade unions mentioned about nobody.")
    if v == 1:
        cl = [claimant() for _ in range(8)]
        b = body(BOX["ipes"], "Hello everyone,", "Here's what's on over the winter at our hubs. Everything is free and you "
                                                  "can bring someone with you.",
                 ("table", ["When", "What", "Where"],
                  [["Tue 12 Jan, 11am", "ADHD peer support coffee morning", "Southampton hub"],
                   ["Thu 14 Jan, 2pm", "Autism-friendly employer visit (quiet hour)", "Brightside Retail, Brighton"],
                   ["Wed 20 Jan, 10am", "Managing anxiety at interviews - workshop", "Zoom"],
                   ["Fri 29 Jan, 1pm", "Travel training taster: buses to the Isle of Wight ferry", "Portsmouth hub"]]),
                 "If you need information in another format (easy read, large print, BSL video), just reply and ask.",
                 "Warm wishes,\nThe IPES team", kind="full")
        sp = M(BOX["ipes"], [BOX["ipes"]], "What's on this winter - IPES South Coast", b, bcc=[c.email for c in cl])
        return sp, NC("Participant newsletter to eight claimants in Bcc: event list mentioning ADHD, autism and anxiety "
                      "about nobody in particular.")
    if v == 2:
        inner = [("p", "SOUTH COAST EMPLOYABILITY NETWORK - BULLETIN 47"),
                 ("ul", ["New research: disabled people's employment rate in the South East is 57.4% (ONS, 2026)",
                         "Funding: Coastal Pathways fund opens 4 January",
                         "Training: Mental Health First Aid Lite, free for network members",
                         "Job: Peer Support Worker (lived experience of addiction recovery), Southsea"]),
                 ("p", "Members' news: Bridgeway Supported Employment celebrates 10 years of supported internships.")]
        b = body(s, "Hi Marta,", "In case you missed this - lovely mention of your internship programme at the bottom!",
                 fwd(OTHER["network"], past_dt(), "Bulletin 47", [s], inner), kind="short")
        sp = M(s, [BW["marta"]], "Fwd: Bulletin 47", b)
        return sp, NC("Forwarded network bulletin (Gmail forward) with statistics and a peer-support job advert mentioning "
                      "addiction recovery: nobody identified.")
    b = body(s, "Hi everyone,", "Your staff news for December:",
             ("ul", ["Christmas jumper day (Friday 11th) raised £412 for Mind and for the Isle of Wight food bank",
                     "Thank you to everyone who came to the Black History Month lunch and learn",
                     "Hanukkah starts on the 4th - Tash is bringing doughnuts to Bournemouth",
                     "Our union reps (UNISON and GMB) are running a drop-in on the new pay scales on the 15th",
                     "Menopause café, Brighton hub, 17th, 12:30"]),
             "And congratulations to Zoë and the employer team on the Inclusive Employer of the Year award!", "Hannah")
    sp = M(s, [BOX["allstaff"]], "Staff news - December", b)
    return sp, NC("Internal staff newsletter: charity, faith festival, union reps and menopause café, all general.")


def nc_calendar(v):
    if v == 0:
        s = STAFF["ada"]
        start = datetime.datetime(2027, 1, 7, 14, 0)
        desc = ("Monthly supply chain meeting\n\n1. Referral volumes and waiting times\n2. Job carving pilot - update\n3. "
                "Quality audit dates\n4. AOB\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/81234509876?pwd=aVdRZ01\n"
                "Meeting ID: 812 3450 9876\nPasscode: 557201\nDial by your location: +44 20 7946 0832 UK")
        sp = cal_invite(s, [BW["ade"], BW["marta"], NS["raj"]], "Supply chain monthly - January", start, 60, desc, "Zoom")
        return sp, NC("Google Calendar invitation with a Zoom block (meeting ID, passcode, dial-in) and agenda; no "
                      "participants named.")
    if v == 1:
        s = STAFF["zoe"]
        start = datetime.datetime(2027, 1, 21, 8, 0)
        desc = ("Join us for breakfast and a short talk on becoming a Disability Confident Leader, with employers who "
                "have used job carving and working interviews.\n\nAccessibility: step-free venue, hearing loop, BSL "
                "interpreters, quiet room. Tell us about any dietary or access needs when you reply.")
        emps = [EMP["city"], EMP["pier"], EMP["chalk"]]
        sp = cal_invite(s, emps, "Disability Confident employer breakfast", start, 150, desc,
                        "Solent Conference Centre, Itchen Suite")
        return sp, NC("Event invitation (.ics) to employers with access information for the event; nobody's data.")
    if v == 3:
        s = BOX["ipes"]
        c = claimant()
        start = datetime.datetime(2027, 1, 20, 10, 0)
        desc = ("CV and interview skills - a free group workshop open to everyone on IPES.\n\nJoin on Zoom: "
                "https://us06web.zoom.us/j/87765001122\nCameras are optional. Captions will be on.")
        sp = cal_invite(s, [c], "Workshop: CV and interview skills", start, 60, desc, "Zoom")
        return sp, NC("Calendar invitation (.ics) from a shared mailbox to a claimant's own address for a group workshop; "
                      "the claimant appears only as the attendee, nothing is said about them.")
    s = STAFF["gethin"]
    start = datetime.datetime(2027, 1, 14, 10, 0)
    desc = ("Quarterly contract review\n\nAgenda:\n- Q3 performance (aggregate)\n- Case studies (anonymised)\n- "
            "Complaint themes: case refs CMP-0412, CMP-0419 (closed)\n- Data security: unencrypted e-mail exemptions refresher")
    sp = cal_invite(s, [DWPC["cpm"], DWPC["pm"]], "WHP Disability - quarterly contract review", start, 90, desc,
                    "Microsoft Teams (DWP to send link)")
    return sp, NC("Contract review invitation to DWP with complaint case references (not NINOs) and aggregate agenda items.")


def nc_forms(v):
    if v == 0:
        pairs = [("How supported do you feel by your manager? (1-5)", "4"),
                 ("Have you used the Employee Assistance Programme this year?", "Yes"),
                 ("Is there anything we could do to support your wellbeing?", "More quiet space at the Portsmouth hub and "
                  "fewer back-to-back Zoom calls. Mental health days have really helped."),
                 ("Team (optional)", "Connect to Work")]
        sp = forms_notice("Staff wellbeing pulse survey (anonymous)", pairs, [STAFF["bethan"]], STAFF["bethan"])
        return sp, NC("Google Forms response notification for an anonymous staff survey; internal.")
    pairs = [("Organisation", "Chalkhill Nurseries"), ("Your name", "Imogen Hale"), ("Role", "Nursery Manager"),
             ("How was the support from your job coach? (1-5)", "5"),
             ("Would you take part in job carving again?", "Yes - we are looking at a second role in the potting shed"),
             ("Anything else?", "Could the job coach visits be on Tuesdays rather than Mondays?")]
    sp = forms_notice("Employer feedback 2026", pairs, [STAFF["zoe"]], STAFF["zoe"])
    sp["cc"] = [EMP["chalk"]]
    return sp, NC("Google Forms employer feedback response with the employer contact's own name (third party, not a "
                  "claimant), copied back to the employer.")


def nc_drive(v):
    if v == 0:
        sp = drive_share(STAFF["tomasz"], DWPC["pm"], "Q3 2026-27 Performance Dashboard (aggregate)", kind="sheet", role="Viewer",
                         note="Stuart - the dashboard for Thursday, counts only.")
        return sp, NC("Google Drive 'shared with you' notice for an aggregate dashboard; the file name carries nothing personal.")
    if v == 1:
        sp = drive_share(STAFF["rhys"], BW["ade"], "Reasonable Adjustments Plan - TEMPLATE v4")
        return sp, NC("Drive share notice for a blank template.")
    sp = drive_share(STAFF["zoe"], EMP["acme"], "Job carving toolkit for employers (2026)", role="Viewer",
                     note="Hi Naomi, here's the toolkit we talked about - section 3 covers warehouse roles.")
    return sp, NC("Drive share of an employer toolkit with a short note.")


def nc_zoom(v):
    s = STAFF["gethin"]
    b = body(s, "Hi all,", "Here's the Zoom link for Wednesday's South Coast providers' forum (10:00-12:00).",
             ("kv", [("Join", "https://us06web.zoom.us/j/89012345671?pwd=Tm9yT3dK"), ("Meeting ID", "890 1234 5671"),
                     ("Passcode", "forum26"), ("One tap mobile", "+442079460455,,89012345671#")]),
             "Live captions will be on. The slides will be shared afterwards.", "Gethin")
    o = [Contact("Forum", "Members", "", "South Coast Employability Network", "southcoast-employability.org.uk",
                 email="forum@southcoast-employability.org.uk")]
    sp = M(s, o, "Zoom link - providers' forum Wednesday", b)
    return sp, NC("Zoom joining details (meeting ID, one-tap number in the drama range) to a network list.")


def nc_union(v):
    s = STAFF["bethan"]
    b = body(s, "Hi all,", "Our recognised trade unions are holding drop-in surgeries about the 2027 pay and grading "
                           "review. You don't have to be a member to go along.",
             ("table", ["Hub", "Date", "Union"], [["Southampton", "Tue 15 Dec, 12-2", "UNISON"], ["Brighton", "Wed 16 Dec, 12-2", "GMB"],
                                                  ["Portsmouth", "Thu 17 Dec, 12-2", "UNISON"]]),
             "Reps are happy to talk about reasonable adjustments, flexible working and menopause policies too.", "Bethan")
    sp = M(s, [BOX["allstaff"]], "Union drop-ins: pay and grading review", b)
    return sp, NC("Trade union surgeries announced to staff: union membership of nobody in particular.")


def nc_faith_calendar(v):
    s = STAFF["hannah"]
    rows = [["4-12 Dec 2026", "Hanukkah", "Jewish"], ["25 Dec 2026", "Christmas Day", "Christian"],
            ["6 Jan 2027", "Epiphany / Orthodox Christmas Eve", "Christian"], ["13 Jan 2027", "Lohri", "Sikh / Hindu (Punjabi)"],
            ["6 Feb 2027", "Lunar New Year", "Cultural"], ["c. 8 Feb 2027", "Ramadan begins", "Muslim"]]
    b = body(s, "Hi Ade and Raj,", "As promised, our inclusion calendar for the next three months, so supply chain "
                                   "events don't clash with major festivals. It's also on the shared drive.",
             ("table", ["Date", "Festival / observance", "Faith / tradition"], rows), "Hannah")
    sp = M(s, [BW["ade"], NS["raj"]], "Inclusion calendar Dec-Feb", b)
    return sp, NC("Faith festival calendar: religion about nobody.")


def nc_wellbeing(v):
    s = STAFF["bethan"]
    b = body(s, "Hi everyone,", "December can be a tough month. A reminder of what's available:",
             ("ul", ["Employee Assistance Programme: free, confidential counselling 24/7 on 0808 157 0247",
                     "Our Mental Health First Aiders: Farah, Mo, Siân, Kwame and Ellie",
                     "Menopause café: Brighton hub, 17 December",
                     "Samaritans: 116 123, any time"]),
             "Please look after yourselves and each other.", "Bethan")
    sp = M(s, [BOX["allstaff"]], "Looking after yourself this December", b)
    return sp, NC("Staff wellbeing reminder with EAP and Samaritans numbers and the MHFA staff list.")


def nc_facilities(v):
    s = STAFF["ellie"]
    if v == 0:
        b = body(s, "Hi all,", "The fire alarm at the Brighton hub will be tested on Wednesday at 10:30. It will sound for "
                               "about 30 seconds.",
                 "The visual alarms (flashing beacons) and the vibrating pagers for Deaf colleagues and visitors will be "
                 "tested at the same time. If anyone visiting that morning might find the noise distressing, offer them "
                 "Room 2 and ear defenders.", "Ellie", kind="short")
        sp = M(s, [BOX["allstaff"]], "Fire alarm test - Brighton hub, Wed 10:30", b, cc=[BW["marta"]])
        return sp, NC("Facilities notice with generic access arrangements (visual alarms for Deaf people) about nobody.")
    if v == 1:
        b = body(s, "Hello,", "From 4 January the Portsmouth hub moves to the 2nd floor of Gunwharf Chambers. The two "
                              "accessible parking bays stay where they are; blue badge holders should use the Gunwharf "
                              "Road entrance.", "Post for the old address will be redirected until March.", "Thanks,\nEllie")
        o = Contact("Facilities", "Desk", "", "Gunwharf Chambers", "gunwharf-chambers.co.uk", email="facilities@gunwharf-chambers.co.uk")
        sp = M(s, [o], "Tidewell move to 2nd floor - 4 January", b, cc=[BW["ade"]])
        return sp, NC("Office move and accessible parking arrangements.")
    b = body(s, "Hi team,", "The lift at Chichester Enterprise Centre is out of service until Friday. Please move any "
                            "appointments for people who can't use the stairs to the ground-floor meeting room (book it "
                            "through me), or offer Zoom.", "Ellie", kind="mobile")
    sp = M(s, [BOX["allstaff"]], "Chichester lift out of service", b)
    return sp, NC("Lift outage notice; appointments for people who cannot use stairs, with no one identified.")


def nc_closure(v):
    s = STAFF["ada"]
    b = body(s, "Dear partners,", "Our hubs will close at 1pm on Wednesday 23 December and reopen on Monday 4 January. "
                                  "Between those dates:",
             ("ul", ["The duty safeguarding line stays open: 01632 960409", "Shared mailboxes are checked daily at 10am",
                     "Referrals received will be acknowledged on 4 January"]),
             "Thank you for all your work with us this year.", "Ada")
    sp = M(s, [BW["ade"], NS["raj"], EMP["acme"], EMP["harbour"]], "Christmas closure arrangements", b, fmt="html")
    return sp, NC("HTML-only Christmas closure notice to the supply chain and employers.")


def nc_agenda(v):
    s = STAFF["gethin"]
    b = body(s, "Hi Helen,", "Draft agenda for the 14th, attached and below.",
             ("ol", ["Q3 performance against profile (starts 131 vs 140; outcomes 34 vs 30)",
                     "Quality: two complaints closed (CMP-0412, CMP-0419), one ombudsman enquiry (OMB-26-0087)",
                     "Data security: refresher on the unencrypted e-mail exemptions; one near miss reported (SIR-2026-014, "
                     "no data lost)",
                     "Connect to Work interface with the council"]), "Gethin")
    a = [("h", "WHP Disability - quarterly contract review agenda"), ("p", "14 January 2027, 10:00"),
         ("ul", ["Performance", "Quality and complaints (CMP-0412, CMP-0419, OMB-26-0087)", "Data security (SIR-2026-014)", "AOB"])]
    sp = M(s, [DWPC["cpm"]], "Agenda - quarterly contract review 14 Jan", b,
           atts=[att("Agenda QCR 14-01-2027.docx", docx_bytes(a, header="OFFICIAL", footer="Tidewell / DWP"))])
    return sp, NC("Agenda with complaint, ombudsman and incident references (case IDs, not identifiers of anyone).")


def nc_rates(v):
    s = STAFF["declan"]
    b = body(s, hi(EMP["harbour"]), "You asked how the better-off calculation works when we talk to people about taking "
                                    "a job. Here's the general picture using the published 2026/27 rates (these are examples, "
                                    "not anyone's actual award):",
             ("table", ["Item", "2026/27 example"],
              [["Universal Credit standard allowance, single, 25 or over", "£400.14 a month"],
               ["Work allowance (with housing costs)", "£411 a month"],
               ["Taper rate", "55p for every £1 earned above the work allowance"],
               ["Example: 16 hours at £12.60", "about £873 a month gross; UC reduces by about £254"]]),
             "We always do an individual calculation with each person before they accept an offer.", "Declan")
    sp = M(s, [EMP["harbour"]], "How better-off calculations work", b)
    return sp, NC("Published benefit rates and a worked example about nobody: benefit words without a person.")


def nc_template(v):
    if v == 0:
        s = STAFF["rhys"]
        t = [("h", "Reasonable Adjustments Plan"),
             ("kv", [("Participant name", ""), ("Employer", ""), ("Job role", ""), ("Condition or impairment (only what the person "
                                                                                   "chooses to share)", ""),
                     ("How it affects work", ""), ("Agreed adjustments", ""), ("Access to Work application?", "Yes / No"),
                     ("Review date", "")]),
             ("p", "Agreed by (participant):                Agreed by (employer):")]
        b = body(s, hi(BW["ade"]), "Here's the updated blank template for reasonable adjustment plans, with the new review "
                                   "section. Please use this one from January.", "Thanks,\nRhys")
        sp = M(s, [BW["ade"]], "New blank RA plan template", b,
               atts=[att("RA plan template v4.docx", docx_bytes(t, header="Tidewell - Reasonable Adjustments Plan", footer="Template v4 - blank"))])
        return sp, NC("Blank reasonable-adjustments template (DOCX with header/footer): fields with no answers.")
    if v == 1:
        s = STAFF["rhys"]
        t = [("h", "Access to Work - what you'll need (checklist)"),
             ("ul", ["Your National Insurance number", "Your employer's contact and address", "Your start date and hours",
                     "What support you need and why (for example a support worker, specialist equipment, travel to work)",
                     "Quotes for equipment, if you have them"]),
             ("p", "Apply online at gov.uk/access-to-work or by phone. You can apply up to 6 weeks before you start.")]
        b = body(s, hi(EMP["green"]), "As promised, the checklist we give to new starters who want to apply for Access to "
                                      "Work. Feel free to share it with your HR team.", "Rhys")
        sp = M(s, [EMP["green"]], "Access to Work checklist for new starters", b,
               atts=[att("Access to Work checklist.pdf", pdf_bytes([t], "Access to Work checklist"))])
        return sp, NC("Blank Access to Work checklist that lists 'your National Insurance number' as a field: no value, no person.")
    s = STAFF["priya"]
    t = [("h", "Easy read appointment letter - TEMPLATE"), ("p", "[Name]\n[Address]"),
         ("p", "You have an appointment with [worker]."), ("p", "The day is [day]. The time is [time]."),
         ("p", "The place is [place]."), ("p", "You can bring someone with you.")]
    b = body(s, hi(NS["gemma"]), "Here's the easy read letter template in ODT, as your team use LibreOffice. The "
                                 "pictures are in the shared folder.", "Priya")
    sp = M(s, [NS["gemma"]], "Easy read appointment template (ODT)", b,
           atts=[att("easy-read-appointment-template.odt", odt_bytes(t, "Easy read template"))])
    return sp, NC("Blank easy-read template (ODT) with placeholders only.")


def nc_guidance(v):
    s = STAFF["zoe"] if v == 0 else STAFF["jp"]
    if v == 0:
        b = body(s, hi(EMP["city"]), "Thanks for the site visit. As promised, a quick summary of job carving:",
                 ("ul", ["We look at the tasks your skilled staff do that take them away from skilled work",
                         "We group those tasks into a new role (for example site tidying, materials logistics, tool store)",
                         "We match someone to it and provide a job coach for the first weeks"]),
                 "Many of the people we support are autistic or have a learning disability, and a set routine and clear "
                 "instructions help them thrive. Happy to come back with a draft role profile.", "Zoë")
        sp = M(s, [EMP["city"]], "Job carving - quick summary", b)
        return sp, NC("Employer guidance on job carving mentioning autism and learning disability in general.")
    g = [("h", "Supported Internships 2027/28 - information for employers"),
         ("p", "Supported internships are study programmes for young people aged 16-24 with an Education, Health and "
               "Care plan. Interns spend most of their week with an employer, supported by a job coach."),
         ("h2", "What we ask of you"), ("ul", ["A named workplace mentor", "Two or three rotations of 10-12 weeks",
                                               "Honest feedback at reviews"]),
         ("pb",), ("h2", "What we provide"), ("ul", ["Job coaching and travel training", "Disability awareness for your team",
                                                     "Help with Access to Work for interns who get a job"])]
    b = body(s, hi(EMP["pier"]), "Attached is our information pack for employers thinking about hosting supported "
                                 "interns next September.", "Cheers,\nJ.P.")
    sp = M(s, [EMP["pier"]], "Hosting supported interns in 2027/28", b,
           atts=[att("Supported internships - employer pack.pdf", pdf_bytes([g], "Supported internships", foot="Tidewell Supported Employment"))])
    return sp, NC("Two-page employer information pack on supported internships (EHC plans mentioned generally).")


def nc_bsl_generic(v):
    s = STAFF["ellie"]
    b = body(s, hi(OTHER["signbridge"]), "Could you please book two BSL/English interpreters (co-working) for our "
                                         "Disability Confident employer breakfast on Thursday 21 January, 7:45am to "
                                         "10:45am, at Solent Conference Centre? It's a public event with about 60 guests; "
                                         "the speakers' slides will be with you a week before.",
             "Our framework PO is 7731-SBI.", "Thanks,\nEllie", kind="short")
    sp = M(s, [OTHER["signbridge"]], "BSL interpreter booking - employer breakfast 21 Jan", b)
    return sp, NC("BSL interpreter booking for a public event: no Deaf individual is identified (contrast with the "
                  "named-participant booking labelled encrypt).")


def nc_travel_training(v):
    s = STAFF["jp"]
    b = body(s, hi(OTHER["buses"]), "We're running group travel-training sessions in January for people starting work "
                                    "placements. Could we buy 20 day-rider tickets in advance (no names needed)?",
             ("table", ["Date", "Route", "Group size"], [["Tue 12 Jan", "Newport - Cowes (route 1)", "6"],
                                                          ["Thu 14 Jan", "Ryde - Newport (route 9)", "7"],
                                                          ["Tue 19 Jan", "Newport - Sandown (route 8)", "7"]]),
             "Please invoice Tidewell, PO-TAP-2026-1044.", "Thanks,\nJ.P.")
    sp = M(s, [OTHER["buses"]], "Group day-rider tickets for travel training", b)
    return sp, NC("Travel-training group ticket order with group sizes only.")


def nc_claimant_generic(v):
    c = claimant()
    if v == 0:
        q = [("p", "hi do you know what time the southampton office opens on saturdays? thanks")]
        b = body(BOX["ipes"], "Hi %s," % c.first, "Thanks for your message. The Southampton hub is open Monday to Friday, "
                                                   "9am to 5pm, and on the first Saturday of the month from 10am to 1pm. "
                                                   "You don't need an appointment for the job club.",
                 "Best wishes,\nIPES South Coast", quote(c, past_dt(), q))
        sp = M(BOX["ipes"], [c], "Re: opening times", b)
        return sp, NC("Reply from a shared mailbox to a claimant quoting only their own generic question; their name and "
                      "address appear only in To and the quote header.")
    if v == 1:
        b = body(BOX["ctw"], "Hi %s," % c.first, "We're holding a jobs fair at the Portsmouth hub on Thursday 28 January, "
                                                  "10am to 2pm, with 14 local employers. There will be a quiet hour from "
                                                  "10 to 11 for anyone who prefers fewer crowds.",
                 "Just turn up, or reply if you'd like one of the team to meet you at the door.", "Best wishes,\nConnect to Work Solent")
        sp = M(BOX["ctw"], [c], "Jobs fair - Thursday 28 January", b)
        return sp, NC("Event invitation to a claimant's own address with no personal data about them.")
    q = [("p", "Hello, is the office open between Christmas and new year? I wanted to drop off a form")]
    b = body(BOX["whp"], "Hello %s," % c.first, "We're closed from 1pm on 23 December until 4 January. You can post "
                                                 "the form through the letterbox, or bring it in after we reopen.",
             "Happy Christmas,\nThe WHP Disability team", quote(c, past_dt(), q))
    sp = M(BOX["whp"], [c], "Re: Christmas opening", b)
    return sp, NC("Shared-mailbox reply to a claimant's generic question about opening times.")


def nc_jobs_fair_thanks(v):
    s = STAFF["zoe"]
    b = body(s, hi(EMP["bright"]), "Thank you for coming to the Brighton jobs fair. We had 86 visitors, 31 of whom "
                                   "said they'd apply to Brightside. Seven asked about the autism-friendly quiet hour "
                                   "shifts, which is great.",
             "I'll send over the CVs of anyone who asks us to, once they've given permission.", "Zoë")
    sp = M(s, [EMP["bright"]], "Thank you - Brighton jobs fair", b)
    return sp, NC("Thank-you note with aggregate visitor numbers.")


def nc_dwp_reply(v):
    s = STAFF["ada"]
    wc = DWPC["wc2"]
    q = [("p", "Hi Ada, quick one - for IPES referrals do we still need to send the health questionnaire with the "
               "referral or can you pick that up at the first appointment? Thanks, Babatunde"),
         ("p", "Babatunde Ogunleye\nWork Coach | Portsmouth Jobcentre\nDepartment for Work and Pensions")]
    b = body(s, "Hi Babatunde,", "No need to send it with the referral - we do the health and wellbeing conversation at "
                                 "the first appointment, with the person's agreement. Just make sure the referral says if "
                                 "they need an interpreter or any other adjustments for that first meeting.",
             "Thanks,\nAda", quote(wc, past_dt(), q))
    sp = M(s, [wc], "Re: IPES referral paperwork", b)
    return sp, NC("Reply to a DWP work coach's process question (Gmail quote chain); no individual discussed.")


def nc_supplier_quote(v):
    if v == 0:
        s = STAFF["ellie"]
        o = OTHER["loop"]
        q = [("p", "Hi Ellie, as discussed, quote Q-CSL-26-3318 for a counter loop and a room loop at Bournemouth is "
                   "attached. Lead time 3 weeks. Regards, Darren")]
        b = body(s, hi(o), "Thanks for the quote. We'd like to go ahead with the room loop only for now (line 2, £1,140 "
                           "+ VAT). Could you install in the week of 11 January?", "Ellie", quote(o, past_dt(), q), kind="short")
        sp = M(s, [o], "Re: Quote Q-CSL-26-3318 - hearing loops Bournemouth", b)
        return sp, NC("Accepting a supplier quote for hearing loops (Gmail reply chain).")
    s = STAFF["rhys"]
    rep = [[("h", "Accessibility audit - Southampton hub"), ("p", "Audit date: 19 November 2026. Auditor: Rhys Penhaligon."),
            ("table", ["Area", "Finding", "Priority"],
             [["Entrance", "Door closer too heavy for some wheelchair users", "High"],
              ["Reception", "Counter loop not signed", "Medium"], ["Toilets", "Changing Places facility not available", "Low"],
              ["Signage", "Room signs not in tactile / Braille", "Medium"]])],
           [("h2", "Recommendations"), ("ul", ["Fit a powered door opener", "Add loop signage", "Order tactile room signs"]),
            ("p", "No individual's needs are recorded in this audit.")]]
    b = body(s, "Hi Ellie,", "Here's the audit report for the Southampton hub - two pages. Can we get the door opener "
                             "quoted before Christmas?", "Rhys")
    sp = M(s, [STAFF["ellie"]], "Accessibility audit - Southampton", b, cc=[Contact("Building", "Manager", "", "Canute Quay Estates", "canutequay-estates.co.uk", email="building.manager@canutequay-estates.co.uk")],
           atts=[att("Accessibility audit Southampton Nov 2026.pdf", pdf_bytes(rep, "Accessibility audit", foot="Tidewell"))])
    return sp, NC("Building accessibility audit (two-page PDF): findings about the building, not people.")


def nc_licence(v):
    s = STAFF["kwame"]
    o = Contact("Renewals", "", "", "Cloudline Reseller", "cloudline-reseller.co.uk", email="renewals@cloudline-reseller.co.uk")
    b = body(s, hi(o), "Please renew our Google Workspace Business Plus subscription (customer ID C02k8r4xq, order "
                       "CLR-448211) for 210 seats from 1 January, and add 12 Gemini add-on licences. Our open support "
                       "case is CE 55 10 22 F if you need to reference it.",
             "Please send the invoice to accounts.payable@provider.example.org.uk quoting PO-TAP-2026-1101.", "Thanks,\nKwame", kind="short")
    sp = M(s, [o], "Workspace renewal - order CLR-448211", b)
    return sp, NC("Licence renewal with customer, order and PO references; support case 'CE 55 10 22 F' has a NINO "
                  "shape but suffix F (not a NINO).")


def nc_catering(v):
    s = STAFF["ellie"]
    o = OTHER["catering"]
    b = body(s, hi(o), "Order for our team away day on Friday 15 January, Southampton hub, lunch for 24 at 12:30:",
             ("ul", ["14 standard", "4 vegan", "3 halal (Farah, Mo and Hamid)", "2 gluten-free (one coeliac - please keep separate)",
                     "1 nut allergy (severe) - Kwame", "Please label everything and include allergen cards"]),
             "We'll need decaf options too. Invoice to PO-TAP-2026-1120.", "Thanks,\nEllie")
    sp = M(s, [o], "Catering order - away day 15 Jan", b)
    return sp, NC("Catering order naming staff with religious diet and allergies: staff, not claimants.")


def nc_funding_bid(v):
    s = STAFF["gethin"]
    b = body(s, "Hi Raj,", "For the joint bid, here are the figures we'll use in the needs section:",
             ("ul", ["61% of our WHP Disability participants report a mental health condition", "24% are autistic or have a "
                     "learning disability", "12% have a criminal record (self-reported)", "1 in 5 has caring responsibilities"]),
             "Could Northstar add the training completions by course for 2025/26?", "Gethin")
    sp = M(s, [NS["raj"]], "Joint bid - needs figures", b)
    return sp, NC("Aggregate percentages including criminal records and mental health: statistics, not personal data.")


def nc_board(v):
    s = STAFF["gethin"]
    pages = [[("h", "Board report - Operations, November 2026"), ("p", "Headlines: 131 WHP starts, 34 job outcomes, 2 complaints."),
              ("table", ["Hub", "Caseload", "Starts", "Outcomes"], [["Southampton", "412", "39", "11"], ["Portsmouth", "377", "31", "9"],
                                                                  ["Brighton", "298", "27", "6"], ["Bournemouth", "210", "18", "5"],
                                                                  ["Chichester", "96", "9", "2"], ["Isle of Wight", "88", "7", "1"]])],
             [("h2", "Risks"), ("ul", ["Waiting times for mental health support (NHS talking therapies) lengthening",
                                       "Access to Work processing times (average 14 weeks)", "Staff turnover in job coach roles"]),
              ("h2", "Safeguarding"), ("p", "Four referrals made in the month; all handled within policy. No details in this report.")]]
    b = body(s, "Dear trustees,", "Please find the operations report for November attached (two pages).", "Gethin")
    o = Contact("Board", "Secretary", "", "Tidewell trustees", "tidewell-trustees.org.uk", email="board.secretary@tidewell-trustees.org.uk")
    sp = M(s, [o], "Board pack: operations report November", b,
           atts=[att("Ops report Nov 2026.pdf", pdf_bytes(pages, "Board report", head="CONFIDENTIAL - BOARD", foot="Tidewell"))])
    return sp, NC("Board report PDF with aggregate figures and a safeguarding count without details.")


def nc_complaints(v):
    s = STAFF["farah"]
    b = body(s, hi(NS["raj"]), "Following the quality audit, here's a reminder of how complaints from participants on "
                               "Tidewell contracts should reach us:",
             ("ol", ["Acknowledge within 2 working days", "Forward the complaint to quality@provider.example.org.uk through the "
                     "case system, not by e-mail", "We reply within 15 working days", "If unhappy, the person can go to the "
                     "Independent Case Examiner"]), "Farah")
    sp = M(s, [NS["raj"]], "Complaints process reminder", b)
    return sp, NC("Process guidance for the supply chain.")


def nc_dp_training(v):
    s = STAFF["tomasz"]
    b = body(s, "Hi everyone,", "Quick data protection refresher before the holidays. The unencrypted e-mail exemptions "
                                "are narrow. Never put these in ordinary e-mail unless an exemption covers it:",
             ("ul", ["A National Insurance number (format like QQ 12 34 56 C - that one is a dummy)",
                     "A date of birth", "Bank details", "Anything about someone's health, disability or mental health",
                     "Criminal records, ethnicity, religion, sexual orientation, union membership",
                     "Benefit amounts or sanctions, and children's details"]),
             "Remember that an HMRC temporary reference (two letters 'TN', a date and M or F, like TN 01 01 80 M) is not a "
             "NINO, but treat it as personal data anyway.",
             "If in doubt, put [ENCRYPT] in the subject line. Thanks,\nTomasz")
    sp = M(s, [BOX["allstaff"]], "Data protection refresher - what never goes in plain e-mail", b, cc=[BW["ade"], NS["raj"]])
    return sp, NC("Training e-mail listing the special categories and a dummy QQ NINO and a TN temporary-reference format "
                  "example; it mentions the [ENCRYPT] tag in the body, not in the subject.")


def nc_ferry(v):
    s = STAFF["jp"]
    b = body(s, hi(OTHER["ferry"]), "Could you amend group booking SCX-77120 (account GB 40 22 81 C) for our staff "
                                    "training day on 13 January: 6 foot passengers out on the 07:30 and back on the 17:00, "
                                    "one of whom uses a wheelchair and needs the accessible lounge.",
             "Thanks,\nJ.P.", kind="short")
    sp = M(s, [OTHER["ferry"]], "Group booking SCX-77120 - amend", b)
    return sp, NC("Staff ferry booking with one unnamed traveller's access need; the account reference 'GB 40 22 81 C' "
                  "has the excluded GB prefix (not a NINO).")


def nc_volunteer_odt(v):
    s = STAFF["jp"]
    t = [("h", "Volunteer mentors - January rota (Isle of Wight)"),
         ("table", ["Day", "Mentor", "Hub"], [["Mon", "Brenda (retired HR manager)", "Newport"], ["Tue", "Keith", "Ryde"],
                                             ["Thu", "Sophie (student, Solent Uni)", "Newport"]]),
         ("p", "Mentors must not be left alone with a mentee until their DBS is back.")]
    b = body(s, hi(BW["jess"]), "The January volunteer rota, in the LibreOffice file the volunteers use.", "J.P.")
    sp = M(s, [BW["jess"]], "Volunteer mentor rota - January", b,
           atts=[att("volunteer rota Jan.odt", odt_bytes(t, "Volunteer rota"))])
    return sp, NC("ODT volunteer rota naming volunteers (not claimants).")


def nc_csv_usage(v):
    s = STAFF["ellie"]
    rows = [["2026-11-%02d" % d, R.choice(["Room 1", "Room 2", "Interview room", "Training room"]), R.randint(1, 8), R.choice(["Y", "N"])]
            for d in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13)]
    b = body(s, "Hi,", "Here's the meeting-room usage export for November for the space review.", "Ellie", kind="short")
    o = Contact("Space", "Planning", "", "Canute Quay Estates", "canutequay-estates.co.uk", email="space.planning@canutequay-estates.co.uk")
    sp = M(s, [o], "Room usage export - November", b,
           atts=[att("room_usage_nov26.csv", csv_bytes(["date", "room", "bookings", "loop_used"], rows), cte="quoted-printable")])
    return sp, NC("CSV export of room usage (quoted-printable attachment).")


def nc_dictated(v):
    s = STAFF["mo"]
    t = ("notes from team meeting dictated sorry for typos so we agreed that from january the drop in at the southampton "
         "hub moves to tuesdays and thursdays ten till twelve priya will lead on the employer breakfast follow ups and "
         "mo will look at the travel training budget with jp we also talked about the access to work backlog which is "
         "now fourteen weeks on average and agreed to raise it at the dwp meeting nobody had any other business next "
         "meeting is the twelfth")
    b = body(s, "Hi all", t, kind="mobile")
    sp = M(s, [STAFF["priya"], STAFF["jp"], STAFF["ada"]], "team meeting notes", b, cc=[BW["marta"]])
    return sp, NC("Speech-to-text meeting notes with no punctuation, staff only and an aggregate backlog figure.")


def nc_event(v):
    s = STAFF["zoe"]
    if v == 0:
        b = body(s, hi(EMP["bright"]), "Purple Tuesday is on 3 November next year, but we're starting planning early. Would "
                                       "Brightside like to trial a 'quiet hour' and an accessible-shopping guide again? Last "
                                       "year 96% of customers who responded said it made shopping easier.", "Zoë")
        sp = M(s, [EMP["bright"]], "Purple Tuesday 2027", b)
        return sp, NC("Employer event planning with survey percentage.")
    b = body(s, hi(EMP["green"]), "Our free Mental Health Awareness for Managers session is on 26 January (9:30-12:30, "
                                  "Zoom). It covers spotting signs of stress, talking about mental health, and reasonable "
                                  "adjustments. Two places are held for Greenfield Care.", "Zoë")
    sp = M(s, [EMP["green"]], "Mental health awareness for managers - 26 Jan", b)
    return sp, NC("Training offer to an employer about mental health in general.")


def nc_print(v):
    s = STAFF["hannah"]
    b = body(s, hi(OTHER["printer"]), "Please print 500 copies of the easy read leaflet 'Getting a job with Tidewell' "
                                      "(artwork ref TW-ER-009, A5, 8 pages, 150gsm matt, stapled) and 200 large-print "
                                      "versions (TW-LP-009). Delivery to the Southampton hub by 8 January.",
             "PO-TAP-2026-1133. Thanks,\nHannah")
    sp = M(s, [OTHER["printer"]], "Print order TW-ER-009 / TW-LP-009", b)
    return sp, NC("Print order for easy-read and large-print leaflets.")


def nc_out_of_office(v):
    s = STAFF["priya"]
    b = body(s, hi(EMP["acme"]), "Just so you know, I'm off from tomorrow for a planned hospital procedure and back on "
                                 "Monday 11 January. Mo Rahman is covering my employer contacts (mohammed.rahman@"
                                 "provider.example.org.uk, 07700 900720).", "Priya", kind="short")
    sp = M(s, [EMP["acme"]], "Cover while I'm away", b)
    return sp, NC("Staff member's own hospital procedure and cover arrangements to an employer; the mobile number is a "
                  "colleague's work phone.")


def nc_smime_signed(v):
    s = STAFF["tomasz"]
    txt = to_text(body(s, "Hi Stuart,", "Confirming that Tidewell's data security plan v5.2 was approved by our board on 26 "
                                        "November; the signed change request (CR-TAP-2026-07) went to wpd.security@dwp.gov.uk "
                                        "yesterday. No personal data is in scope of the change.", "Tomasz", kind="short"))

    def raw(msg):
        inner = EmailMessage()
        inner.set_content(txt, cte="quoted-printable")
        del inner["MIME-Version"]
        inner_bytes = inner.as_bytes(policy=policy.default.clone(linesep="\r\n"))
        sigder = smime_sign(inner_bytes)
        p2 = EmailMessage()
        p2.set_content(sigder, maintype="application", subtype="pkcs7-signature", cte="base64", disposition="attachment",
                       filename="smime.p7s")
        del p2["MIME-Version"]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="x-fixed-signed-o1"'
        msg.set_payload([inner, p2])
    sp = M(s, [DWPC["pm"]], "Data security plan v5.2 approved", raw=raw, crlf=True)
    return sp, NC("S/MIME signed-only (multipart/signed, real detached signature): readable, and it carries no claimant data.")


def nc_rfc822(v):
    s = STAFF["ellie"]
    inner = simple_message(OTHER["venue"], [s], "Your booking EVT-26-0931 is confirmed",
                           ["Dear Ellie,", "Your booking EVT-26-0931 (Itchen Suite, 21 January 2027) is confirmed. The "
                                           "hearing loop and quiet room are reserved.", "Solent Conference Centre Events Team"],
                           datetime.datetime(2026, 11, 27, 15, 2))
    b = body(s, "Hi Zoë,", "Confirmation from the venue attached, for your records.", "Ellie", kind="short")
    sp = M(s, [STAFF["zoe"]], "Fwd: Your booking EVT-26-0931 is confirmed", b, cc=[OTHER["venue"]],
           atts=[att_msg(inner)])
    return sp, NC("Venue confirmation forwarded as an attached message/rfc822; no claimant data anywhere.")


# ------------------------------------------------------------------ S/MIME and PGP helpers (deterministic)
def _is_prime(n, rr):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
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


def _prime(bits, rr):
    while True:
        c = rr.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_prime(c, rr) and (c - 1) % 65537:
            return c


_KEYS = {}


def det_cert(label, cn, email):
    """a deterministic RSA key and self-signed certificate (test material, not a real identity)"""
    if label in _KEYS:
        return _KEYS[label]
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives import hashes
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    rr = random.Random("key-" + label)
    e = 65537
    p = _prime(1024, rr)
    q = _prime(1024, rr)
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    pub = rsa.RSAPublicNumbers(e, n)
    key = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub).private_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)])
    t0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(hash_int(label)).not_valid_before(t0).not_valid_after(t0 + datetime.timedelta(days=1095))
            .sign(key, hashes.SHA256()))
    _KEYS[label] = (key, cert)
    return key, cert


def smime_sign(data):
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7
    key, cert = det_cert("tomasz", "Tomasz Wisniewski", "tomasz.wisniewski@" + INT)
    return pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256()).sign(
        serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes])


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _tlv(tag, body_):
    return bytes([tag]) + _der_len(len(body_)) + body_


def _int(i):
    return _tlv(0x02, i.to_bytes(max(1, (i.bit_length() + 8) // 8), "big"))


def _oid(s):
    p = [int(x) for x in s.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(enc))
    return _tlv(0x06, out)


def _seq(*xs):
    return _tlv(0x30, b"".join(xs))


def smime_envelope(content, label, cn, email, seed):
    """CMS EnvelopedData (RSA key transport, AES-256-CBC) built with seeded randomness"""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    key, cert = det_cert(label, cn, email)
    rr = random.Random(seed)
    cek = bytes(rr.randrange(256) for _ in range(32))
    iv = bytes(rr.randrange(256) for _ in range(16))
    pad = 16 - len(content) % 16
    enc = Cipher(algorithms.AES(cek), modes.CBC(iv)).encryptor()
    ct = enc.update(content + bytes([pad]) * pad) + enc.finalize()
    pub = cert.public_key().public_numbers()
    kl = (pub.n.bit_length() + 7) // 8
    em = b"\x00\x02" + bytes(rr.randrange(1, 256) for _ in range(kl - 3 - len(cek))) + b"\x00" + cek
    ek = pow(int.from_bytes(em, "big"), pub.e, pub.n).to_bytes(kl, "big")
    ktri = _seq(_int(0), _seq(cert.issuer.public_bytes(), _int(cert.serial_number)),
                _seq(_oid("1.2.840.113549.1.1.1"), b"\x05\x00"), _tlv(0x04, ek))
    eci = _seq(_oid("1.2.840.113549.1.7.1"), _seq(_oid("2.16.840.1.101.3.4.1.42"), _tlv(0x04, iv)), _tlv(0x80, ct))
    return _seq(_oid("1.2.840.113549.1.7.3"), _tlv(0xA0, _seq(_int(0), _tlv(0x31, ktri), eci))), key, cert


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(seed, size=900):
    """an OpenPGP message shape: PKESK (tag 1) + SEIPD (tag 18) packets of seeded random bytes, with CRC24"""
    rr = random.Random(seed)
    pk = bytes([3]) + bytes(rr.randrange(256) for _ in range(8)) + bytes([1]) + b"\x08\x00" + bytes(rr.randrange(256) for _ in range(256))
    pkesk = bytes([0xC1, 0xFF]) + struct.pack(">I", len(pk)) + pk
    sd = bytes([1]) + bytes(rr.randrange(256) for _ in range(size))
    seipd = bytes([0xD2, 0xFF]) + struct.pack(">I", len(sd)) + sd
    raw = pkesk + seipd
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" +
            base64.b64encode(_crc24(raw).to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n")


# ================================================================== relay under an exemption
def r_one_name(v):
    c = claimant()
    if v == 0:
        s = STAFF["priya"]
        e = EMP["acme"]
        d = future_day()
        q = [("p", "Hi Priya, we've got interview slots on %s for the warehouse operative roles - do you have anyone "
                   "for 10:30? Naomi" % dlong(d))]
        b = body(s, hi(e), "Yes - %s will come to the 10:30 interview on %s. I've told them to report to the main "
                           "gatehouse and ask for you." % (c.name, dshort(d)), "Thanks,\nPriya", quote(e, past_dt(), q))
        sp = M(s, [e], "Re: Interview slots next week", b)
        note = "One claimant name and an interview time to an employer, in a Gmail reply chain."
    elif v == 1:
        s = STAFF["callum"]
        e = BW["ref"]
        b = body(s, "Hi Bridgeway referrals team,", "Referral status update: %s has accepted the offer of job coaching "
                                                    "with Bridgeway. Start date %s." % (c.name, dlong(future_day())),
                 "Thanks,\nCallum", kind="short")
        sp = M(s, [e], "Referral status update", b)
        note = "One name, a referral status and a start date to the supply chain."
    elif v == 2:
        s = STAFF["ada"]
        e = DWPC["wc1"]
        t = ("Hi Lindsey,\n\n%s came to their first appointment with us today and has started on the Work and Health "
             "Programme.\n\nThanks,\nAda\n\n" % c.name) + to_text([sig(s, "short")])
        sp = M(s, [e], "Started today", text=t, fmt="plain")
        note = "Plain-text, one name and a start notification to a work coach's personal DWP address."
    elif v == 3:
        sp = drive_share(STAFF["zoe"], EMP["bright"], "CV - %s" % c.name, role="Viewer",
                         note="Sunil - the CV we talked about for the stockroom vacancy.")
        note = "Google Drive share notice whose file name carries one claimant name only (the linked file is not in the message)."
    elif v == 4:
        s = STAFF["mo"]
        e = EMP["harbour"]
        start = datetime.datetime.combine(future_day(), datetime.time(14, 0))
        desc = ("Working interview for the Kitchen Porter vacancy: %s.\nPlease meet at the staff entrance on Bath "
                "Lane. Mo from Tidewell will come along to introduce them." % c.name)
        sp = cal_invite(s, [e], "Working interview - %s" % c.name, start, 120, desc, "Harbourview Hotel, staff entrance")
        note = "Google Calendar invitation (.ics and text/calendar) with one name in the title and description, and a time."
    elif v == 5:
        s = STAFF["priya"]
        e = EMP["bright2"]
        d = future_day()
        b = body(s, "Hi Talent team,", "Booking confirmed for the interview below:",
                 ("table", ["Candidate", "Role", "Date", "Time"], [[c.surname_first(), "Retail Assistant", dshort(d), "2:00pm"]]),
                 "Thanks,\nPriya")
        sp = M(s, [e], "Interview booking - Retail Assistant", b, fmt="html")
        note = "HTML-only: one name in SURNAME, Forename order in a table cell with an interview slot."
    elif v == 6:
        s = STAFF["callum"]
        e = EMP["city"]
        d = future_day()
        c = Person("Rebecca", "Tulloch", "f")
        q = [("p", "Callum - all set for Bex's start? Rob")]
        b = body(s, "Hi Rob,", "Yes - Bex starts on %s at 8am. Thanks again for giving her the chance." % dlong(d),
                 "Callum", quote(e, past_dt(), q), kind="mobile")
        sp = M(s, [e], "Re: %s - start date" % c.name, b)
        note = ("One name in the subject and the same person's nickname (Rebecca / Bex) in the body and quote, with a "
                "start date: still one person.")
    elif v == 7:
        s = STAFF["jp"]
        e = NS["book"]
        b = body(s, "Hi Bookings,", "Please could you book %s onto Food Hygiene Level 2 at the Newport centre on %s?"
                 % (c.name, dlong(future_day())), "Cheers,\nJ.P.", kind="short")
        sp = M(s, [e], "Course booking - Food Hygiene L2", b)
        note = "One name and a course booking to the training partner."
    else:
        s = STAFF["callum"]
        e = EMP["bexs"]
        d = future_day(3)
        b = body(s, "Hi Bex,", "Thanks for offering a trial shift. %s would love to come in on %s at 10am - I'll "
                               "pop in with them for the first half hour." % (c.name, dlong(d)), "Callum")
        sp = M(s, [e], "Trial shift", b)
        note = ("One name and a trial-shift time to a small employer whose address is at gmail.com: the café owner is a "
                "third party (neither in the consent register nor the data subject), so the name exemption applies.")
    return sp, L("one_name", T(subjects=1), note, F(name_only=True))


def r_cv_to_claimant(v):
    c = claimant(consent=True)
    box = [BOX["ipes"], BOX["ctw"], BOX["whp"]][v]
    tr = T(contact=True, subjects=1, kinds=["cv"])
    if v == 0:
        q = [("p", "hiya can you email me my cv please the one we did last week, want to print it at the library x")]
        b = body(box, "Hi %s," % c.first, "Of course - your CV is attached. Good luck with the applications!",
                 "Best wishes,\nIPES South Coast", quote(c, past_dt(), q))
        sp = M(box, [c], "Re: my cv", b, atts=[att("CV %s.docx" % c.name, docx_bytes(cv_blocks(c), title="CV"))])
        note = "One clean CV (DOCX) to a consented claimant, answering their own request quoted below."
    elif v == 1:
        b = body(box, "Hi %s," % c.first, "As you asked at your appointment, here's the final version of your CV as a "
                                           "PDF, ready to upload to job sites.", "Connect to Work Solent")
        sp = M(box, [c], "Your CV", b, atts=[att("%s - CV.pdf" % c.name, pdf_bytes([cv_blocks(c)], "CV", author=c.name))])
        note = "One clean CV (PDF) to a consented claimant's own address."
    else:
        b = body(box, "Hello %s," % c.first, "Here is your CV in the LibreOffice format you asked for.",
                 "The WHP Disability team")
        sp = M(box, [c], "CV (LibreOffice version)", b, atts=[att("CV-%s.odt" % ascii_fold(c.last), odt_bytes(cv_blocks(c), "CV"))])
        note = "One clean CV (ODT) to a consented claimant."
    return sp, L("cv_to_claimant", tr, note, F(cv_count=1))


def r_cvs(v):
    if v == 0:
        s = STAFF["zoe"]
        e = EMP["acme2"]
        cl = [claimant() for _ in range(10)]
        z = zip_bytes([("CV_%02d_%s.docx" % (i + 1, ascii_fold(p.last)), docx_bytes(cv_blocks(p), title="CV")) for i, p in enumerate(cl)])
        b = body(s, "Hi Acme recruitment team,", "As agreed for the January warehouse intake, attached are ten CVs from "
                                                 "people who have asked us to put them forward. All are available for the "
                                                 "assessment day.", "Thanks,\nZoë")
        sp = M(s, [e], "Ten CVs for the January intake", b, atts=[att("Acme January intake - 10 CVs.zip", z)])
        return sp, L("cvs_up_to_10", T(contact=True, subjects=10, kinds=["cv"]),
                     "Exactly ten CVs (DOCX in a zip) to an employer: the upper limit.", F(cv_count=10))
    if v == 1:
        s = STAFF["priya"]
        e = BW["marta"]
        cl = [claimant() for _ in range(3)]
        atts = [att("%s CV.pdf" % cl[0].name, pdf_bytes([cv_blocks(cl[0])], "CV")),
                att("%s CV.pdf" % cl[1].name, pdf_bytes([cv_blocks(cl[1])], "CV")),
                att("%s CV.docx" % cl[2].name, pdf_bytes([cv_blocks(cl[2])], "CV", creator="Microsoft Word"))]
        b = body(s, "Hi Marta,", "Three CVs for the job-matching meeting on Thursday. (The third one came out of the "
                                 "converter as a PDF even though it says .docx - sorry.)", "Priya")
        sp = M(s, [e], "CVs for Thursday's job matching", b, atts=atts)
        return sp, L("cvs_up_to_10", T(contact=True, subjects=3, kinds=["cv"]),
                     "Three CVs to the supply chain; one attachment is named .docx but its bytes are a readable PDF "
                     "(mislabelled, not uninspectable).", F(cv_count=3))
    if v == 2:
        s = STAFF["mo"]
        e = EMP["harbour2"]
        c = claimant()
        q = [("p", "Hi Mo, do you have anyone for the housekeeping role? Happy to look at a CV. Owen")]
        b = body(s, "Hi Owen,", "Yes! %s's CV is attached - %s has two years' hotel experience and can do early shifts."
                 % (c.first, c.he), "Mo", quote(e, past_dt(), q))
        sp = M(s, [e], "Re: Housekeeping role", b, atts=[att("CV - %s.pdf" % c.name, pdf_bytes([cv_blocks(c)], "CV"))])
        return sp, L("cvs_up_to_10", T(contact=True, subjects=1, kinds=["cv"]),
                     "One CV to an employer with a covering note about the same person's experience (Gmail reply).", F(cv_count=1))
    s = STAFF["priya"]
    c = Person("Zoë", "Achterberg", "f")
    mum = Contact("Carol", "Achterberg", "", "", "btinternet.com", email="carol.achterberg58@btinternet.com")
    b = body(s, "Hi Carol,", "As Zoë asked, here's her CV so you can print some copies before the jobs fair on the 28th.",
             "Best wishes,\nPriya")
    sp = M(s, [mum], "Zoë's CV for the jobs fair", b, atts=[att("Zoe Achterberg CV.docx", docx_bytes(cv_blocks(c), title="CV"))])
    return sp, L("cvs_up_to_10", T(contact=True, subjects=1, kinds=["cv"]),
                 "One CV to the claimant's mother's personal address: a relative is a third party (RULES.md), so the "
                 "CV exemption for third parties applies, not the consent rule.", F(cv_count=1))


def r_app_forms(v):
    if v == 0:
        s = STAFF["tash"]
        e = EMP["green"]
        cl = [claimant() for _ in range(2)]
        d = docx_bytes(app_form_blocks(cl[0], "Care Assistant", "Greenfield Care") + [("pb",)] +
                       app_form_blocks(cl[1], "Care Assistant", "Greenfield Care"),
                       header="Greenfield Care - Application form", footer="Completed with support from Tidewell")
        b = body(s, hi(e), "Two completed application forms for the care assistant vacancies, in one document.", "Tash")
        sp = M(s, [e], "Application forms - Care Assistant x2", b, atts=[att("Greenfield applications (2).docx", d)])
        return sp, L("application_forms_up_to_10", T(contact=True, subjects=2, kinds=["application_form"]),
                     "Two application forms (age, no DOB/NINO/bank) in one DOCX with header/footer to an employer.", F(form_people=2))
    if v == 1:
        s = STAFF["mo"]
        e = EMP["harbour"]
        pages = []
        for _ in range(5):
            a, b_ = claimant(), claimant()
            b_.last = a.last if R.random() < 0.5 else b_.last
            b_.name = "%s %s" % (b_.first, b_.last)
            pages.append(couple_form_blocks(a, b_, "Live-in Housekeeping Couple", "Harbourview Hotels"))
        b = body(s, hi(e), "Five joint applications for the live-in housekeeping couples scheme, one per page.", "Mo")
        sp = M(s, [e], "Live-in couples - 5 joint applications", b,
               atts=[att("Harbourview joint applications x5.pdf", pdf_bytes(pages, "Joint applications", foot="Harbourview Hotels"))])
        return sp, L("application_forms_up_to_10", T(contact=True, subjects=10, kinds=["application_form_couple"]),
                     "Five couple application forms = ten people (the limit), multi-page PDF.", F(form_people=10))
    c = claimant()
    pairs = [("Position", "Grounds and Potting Assistant (16 hours)"), ("Name", c.name), ("Address", c.address),
             ("Phone", c.mobile), ("Email", c.email), ("Age", str(c.age)),
             ("Availability", "Tuesday to Thursday"), ("Experience", "Allotment gardening; volunteer at Portsdown Garden Centre"),
             ("Any adjustments needed for the interview?", "No")]
    sp = forms_notice("Chalkhill Nurseries x Tidewell - application form", pairs, [EMP["chalk"]], STAFF["zoe"])
    return sp, L("application_forms_up_to_10", T(contact=True, subjects=1, kinds=["application_form"]),
                 "One application form delivered as a Google Forms response notification to the employer (age, no DOB).",
                 F(form_people=1))


def r_letters(v):
    if v == 0:
        c = claimant()
        box = BOX["ipes"]
        pdf = pdf_bytes([easy_read_blocks(c, future_day(), "Tidewell, Southampton hub", "Priya")], "Easy read letter", foot="Tidewell")
        b = body(box, "Hi %s," % c.first, "Here is your appointment letter in easy read, as you asked.", "IPES South Coast")
        sp = M(box, [c], "Your appointment letter (easy read)", b, atts=[att("Appointment letter - easy read.pdf", pdf)])
        return sp, L("letters_up_to_10", T(contact=True, subjects=1, kinds=["letter_appointment"]),
                     "Easy-read appointment letter (PDF with pictogram boxes) to the claimant it is addressed to; the "
                     "easy-read format itself states no condition.", F(letters=1))
    if v == 1:
        c = claimant()
        box = BOX["ctw"]
        d = docx_bytes(letter_blocks(c, "interview", org="Brightside Retail", place="Brightside Retail, Churchill Square, Brighton",
                                     job="Retail Assistant"),
                       header="Brightside Retail - People Team", footer="Letter sent on behalf of Brightside Retail by Tidewell")
        b = body(box, "Hi %s," % c.first, "Great news - Brightside would like to interview you. The letter is attached.",
                 "Connect to Work Solent")
        sp = M(box, [c], "Interview invitation - Brightside Retail", b, atts=[att("Interview letter.docx", d)])
        return sp, L("letters_up_to_10", T(contact=True, subjects=1, kinds=["letter_interview"]),
                     "Interview letter (DOCX with header/footer) to the claimant it is addressed to.", F(letters=1))
    if v == 2:
        s = STAFF["priya"]
        cl = [claimant() for _ in range(10)]
        pages = [letter_blocks(p, "appointment", who="your Bridgeway job coach", place="Bridgeway, Portsmouth") for p in cl]
        b = body(s, hi(BW["marta"]), "The ten appointment letters for the January job coaching starts, one per page, "
                                     "for you to post out.", "Priya")
        sp = M(s, [BW["marta"]], "January appointment letters (10)", b,
               atts=[att("Appointment letters Jan x10.pdf", pdf_bytes(pages, "Appointment letters", foot="Tidewell"))])
        return sp, L("letters_up_to_10", T(contact=True, subjects=10, kinds=["letter_appointment"]),
                     "Exactly ten appointment letters in one PDF to the supply chain: the limit.", F(letters=10))
    c = claimant()
    s = STAFF["tash"]
    pdf = pdf_bytes([letter_blocks(c, "offer", org="Greenfield Care", job="Care Assistant (nights)")], "Offer letter")
    b = body(s, hi(BW["ade"]), "%s has been offered the care assistant job - the offer letter is attached so you can "
                               "plan the first week's job coaching visits." % c.name, "Tash")
    sp = M(s, [BW["ade"]], "Job offer - Greenfield Care", b, atts=[att("Offer letter - Greenfield Care.pdf", pdf)])
    return sp, L("letters_up_to_10", T(contact=True, subjects=1, kinds=["letter_job_offer"]),
                 "Job offer letter to the subcontractor's job coach; covering note names the same person.", F(letters=1))


def name_rows(n, cols):
    rows = []
    for i in range(n):
        p = Person(hand=False) if i % 3 else Person()
        r = []
        for ccol in cols:
            if ccol == "surname":
                r.append(p.last)
            elif ccol == "initial":
                r.append(p.first[0])
            elif ccol == "forename":
                r.append(p.first)
            elif ccol == "nino":
                r.append(p.nino)
            elif ccol == "ref":
                r.append(p.ref)
            elif ccol in ("course_date", "interview_date", "appointment_date"):
                r.append(future_day().strftime("%d/%m/%Y"))
            elif ccol == "mobile":
                r.append(p.mobile)
            elif ccol == "dob":
                r.append(p.dob.strftime("%d/%m/%Y"))
            elif ccol == "postcode":
                r.append(p.postcode)
            elif ccol == "name_sf":
                r.append(p.surname_first())
        rows.append(r)
    return rows


def r_name_lists(v):
    if v == 0:
        s = STAFF["tomasz"]
        cols = ["surname", "initial", "ref", "course_date"]
        rows = name_rows(500, cols)
        b = body(s, hi(NS["gemma"]), "Here is the full list of participants booked onto the January employability "
                                     "modules (500 rows): surname, initial, our reference and the course date.", "Tomasz")
        sp = M(s, [NS["gemma"]], "January module bookings - 500 participants", b,
               atts=[att("jan_module_bookings.csv", csv_bytes(["Surname", "Initial", "Tidewell ref", "Course date"], rows))])
        return sp, L("names_list_500", T(subjects=500, kinds=["name_list"]),
                     "A list of exactly 500 names (surname, initial, reference, date) to the supply chain: the limit.",
                     F(list_rows=500, list_cols=cols))
    if v == 1:
        s = STAFF["ada"]
        cols = ["forename", "surname", "interview_date"]
        rows = name_rows(37, cols)
        b = body(s, hi(BW["ade"]), "These are the people invited to the Bridgeway supported employment information "
                                   "sessions in January, with their session dates:",
                 ("table", ["Forename", "Surname", "Session date"], rows), "Thanks,\nAda")
        sp = M(s, [BW["ade"]], "January information sessions - 37 invitees", b)
        return sp, L("names_list_500", T(subjects=37, kinds=["name_list"]),
                     "37 names with session dates in an HTML table in the body (and the plain part).", F(list_rows=37, list_cols=cols))
    s = STAFF["tomasz"]
    cols = ["forename", "surname", "nino", "ref"]
    rows = name_rows(120, cols)
    x = xlsx_bytes([{"title": "Transfer list", "banner": "Caseload transfer to Bridgeway - January 2027",
                     "groups": [("Participant", 2), ("Identifiers", 2)], "header": ["Forename", "Surname", "NINO", "Tidewell ref"],
                     "rows": rows, "widths": [16, 18, 14, 18]},
                    {"title": "Read me", "rows": [["This list transfers 120 participants' job coaching to Bridgeway."],
                                                  ["Do not add any other columns before sending."]]}])
    b = body(s, hi(BW["ade"]), "The caseload transfer list (120 participants) - names, NINOs and our references only, "
                               "as agreed.", "Tomasz")
    sp = M(s, [BW["ade"]], "Caseload transfer list - 120", b, atts=[att("Caseload transfer Jan27.xlsx", x)])
    return sp, L("names_list_500", T(ninos=120, subjects=120, kinds=["name_list"]),
                 "120 names with NINOs and references in an XLSX (merged banner and group headers, second sheet).",
                 F(list_rows=120, list_cols=cols))


def r_nino_only(v):
    if v == 0:
        s = STAFF["tomasz"]
        rows = [[nino()] for _ in range(650)]
        b = body(s, hi(BW["ade"]), "For the data-matching exercise, here are the 650 NINOs from our side (no other "
                                   "details). Please return the ones you can't match.", "Tomasz")
        sp = M(s, [BW["ade"]], "Data matching - NINO list", b,
               atts=[att("nino_match_dec26.csv", csv_bytes(["NINO"], rows, crlf=False))])
        return sp, L("nino_only_list", T(ninos=650, subjects=650, kinds=["nino_list"]),
                     "650 NINOs and nothing else (CSV): a NINO-only list has no 500 limit.",
                     F(list_rows=650, list_cols=["nino"], nino_only=True))
    s = STAFF["tomasz"]
    ns = [nino() for _ in range(40)]
    t = ("Hi Gemma,\n\nCould you check these 40 NI numbers against your enrolment records and tell me which have "
         "completed the course?\n\n" + "\n".join(nsp(x) for x in ns) + "\n\nThanks,\nTomasz\n\n" + to_text([sig(s, "short")]))
    sp = M(s, [NS["gemma"]], "Enrolment check - 40 NINOs", text=t, fmt="plain")
    return sp, L("nino_only_list", T(ninos=40, subjects=40, kinds=["nino_list"]),
                 "40 spaced NINOs in a plain-text body with no other detail.", F(list_rows=40, list_cols=["nino"], nino_only=True))


def r_dwp_lists(v):
    if v == 0:
        s = STAFF["ada"]
        cols = ["forename", "surname", "nino", "appointment_date"]
        rows = name_rows(85, cols)
        x = xlsx_bytes([{"title": "Review appointments", "header": ["Forename", "Surname", "NINO", "Review date"], "rows": rows},
                        {"title": "Summary", "rows": [["Total", 85]]}])
        b = body(s, "Hi Karen,", "The 85 WHP participants due a three-way review in January, with dates, as you asked.", "Ada")
        sp = M(s, [DWPC["wc3"]], "WHP three-way reviews - January list", b, atts=[att("WHP reviews Jan (85).xlsx", x)])
        return sp, L("dwp_names_list", T(ninos=85, subjects=85, kinds=["name_list"]),
                     "85 names, NINOs and review dates to a DWP adviser (¶36 extends the list exemption to DWP).",
                     F(list_rows=85, list_cols=cols))
    s = BOX["data"]
    cols = ["surname", "initial", "nino"]
    rows = name_rows(260, cols)
    b = body(s, "Dear DWP colleagues,", "Attached is the WHP early-exit list for November (260 participants: surname, "
                                        "initial, NINO).", "WHP Data Exchange")
    sp = M(s, [DWPC["inbox"]], "WHP early exits November - list", b,
           atts=[att("whp_early_exits_nov26.csv", csv_bytes(["Surname", "Initial", "NINO"], rows))])
    return sp, L("dwp_names_list", T(ninos=260, subjects=260, kinds=["name_list"]),
                 "260 names and NINOs from the designated inbox to the DWP inbox.", F(list_rows=260, list_cols=cols))


def r_ucnea1_gns(v):
    c = claimant()
    if v == 0:
        s = STAFF["declan"]
        pdf = pdf_bytes([[("h", "UCNEA1"), ("kv", ucnea1_pairs(c))]], "UCNEA1", head="OFFICIAL")
        b = body(s, "Hi Aled,", "Please find one UCNEA1 attached.", "Declan")
        sp = M(s, [DWPC["wc4"]], "UCNEA1 submission", b, atts=[att("UCNEA1.pdf", pdf)])
        return sp, L("dwp_ucnea1_gns", T(ninos=1, subjects=1, kinds=["ucnea1"]),
                     "One UCNEA1 (name, NINO) to a DWP address.", F(records=1))
    s = STAFF["hannah"]
    story = ("%s had been out of work for six years and told us that anxiety made interviews feel impossible. With a "
             "working interview and a job coach for the first month, %s is now a room attendant at Harbourview and has "
             "just passed probation." % (c.first, c.he))
    d = docx_bytes([("h", "Good News Story"), ("kv", gns_pairs(c, story))], header="ESF / WHP Good News Story", footer="Tidewell")
    b = body(s, "Hi Stuart,", "One Good News Story for this month, with consent.", "Hannah")
    sp = M(s, [DWPC["pm"]], "Good News Story - December", b, atts=[att("GNS December.docx", d)])
    return sp, L("dwp_ucnea1_gns", T(special=["mental_health"], subjects=1, kinds=["good_news_story"]),
                 "One Good News Story to DWP; the mental-health detail sits inside the one record (part of the process), "
                 "not in the covering text.", F(records=1))


def r_c15(v):
    c = claimant()
    s = BOX["data"]
    if v == 0:
        d = docx_bytes([("h", "Exit Report"), ("kv", exit_pairs(c, "Chronic fatigue (ME/CFS) limits hours to about 12 a week"))],
                       header="WHP Exit Report - OFFICIAL-SENSITIVE", footer="One record per e-mail")
        b = body(s, "Dear DWP colleagues,", "Exit Report attached (one participant).", "WHP Data Exchange")
        sp = M(s, [DWPC["inbox"]], "WHP Exit Report", b, atts=[att("Exit Report.docx", d)])
        return sp, L("dwp_c15_process", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                     "One Exit Report from and to the designated inboxes; the health barrier is inside the record.", F(records=1))
    new = Person()
    pdf = pdf_bytes([[("h", "Change of Circumstances"), ("kv", coc_pairs(c, new.address))]], "Change of circumstances", head="OFFICIAL")
    b = body(s, "Dear DWP colleagues,", "Change of circumstances attached for one participant.", "WHP Data Exchange")
    sp = M(s, [DWPC["inbox"]], "WHP Change of Circumstances", b, atts=[att("CoC.pdf", pdf)])
    return sp, L("dwp_c15_process", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                 "One Change of Circumstances (new address) between the designated inboxes.", F(records=1))


def r_forward(v):
    c = claimant()
    if v == 0:
        s = STAFF["ada"]
        wc = DWPC["wc2"]
        team = Contact("WHP", "Referrals Portsmouth", "", "DWP", "dwp.gov.uk", email="whp.referrals.portsmouth@dwp.gov.uk")
        orig = [("p", "Referral for WHP Disability - supported employment route requested."),
                ("kv", [("Name", c.name), ("NINO", c.nino), ("Date of birth", c.dob.strftime("%d/%m/%Y")),
                        ("Phone", c.mobile), ("Health condition", "Cerebral palsy (mobility); uses a wheelchair"),
                        ("Referral route", "Disability Employment Adviser")]),
                ("p", "WHP Referrals, Portsmouth")]
        rec = [("p", "Hi Ada,\n\nPlease see the referral below - can your team pick it up?"),
               ("p", "Babatunde Ogunleye\nWork Coach | Portsmouth Jobcentre"),
               fwd(team, past_dt(0), "WHP referral", [wc], orig)]
        b = body(s, "Hi Bridgeway referrals,", "Please pick up the referral below for supported employment. Thanks.",
                 "Ada", fwd(wc, past_dt(), "WHP referral", [s], rec), kind="short")
        sp = M(s, [BW["ref"]], "Fwd: WHP referral", b)
        return sp, L("forward_subcontractor", T(ninos=1, dob=True, contact=True, special=["health"], subjects=1),
                     "A DWP referral (one participant record) in a three-level Gmail forward chain (DWP team -> work "
                     "coach -> adviser) forwarded to the approved subcontractor; the covering lines add nothing about "
                     "the person.", F(records=1, fwd_record=True))
    s = STAFF["jp"]
    wc = DWPC["wc1"]
    new_mob = mobile()
    rec = [("p", "Change of circumstances for WHP participant:"),
           ("kv", [("Name", c.name), ("NINO", nsp(c.nino)), ("Change", "New mobile number"), ("New mobile", new_mob),
                   ("From", "01/12/2026")]),
           ("p", "Lindsey Marchant, Work Coach, Southampton Jobcentre")]
    b = body(s, "Hi Gemma,", "FYI - forwarding DWP's change notice for your course records.", "J.P.",
             fwd(wc, past_dt(), "Change of circumstances", [s], rec), kind="short")
    sp = M(s, [NS["gemma"]], "Fwd: Change of circumstances", b)
    return sp, L("forward_subcontractor", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                 "A DWP change-of-circumstances e-mail (one record) forwarded to the training partner.", F(records=1, fwd_record=True))


def r_encrypted(v):
    if v == 0:
        s = STAFF["farah"]
        secret = ("Content-Type: text/plain; charset=utf-8\r\n\r\nSafeguarding referral follow-up (content protected).\r\n").encode()
        der, _, _ = smime_envelope(secret, "bw-ref", "Bridgeway Referrals", "referrals@" + BRIDGEWAY, "env-o-0")

        def raw(msg):
            msg.set_content(der, maintype="application", subtype="pkcs7-mime", cte="base64", disposition="attachment",
                            filename="smime.p7m", params={"smime-type": "enveloped-data", "name": "smime.p7m"})
            msg["Content-Description"] = "S/MIME Encrypted Message"
        sp = M(s, [BW["ref"]], "Safeguarding follow-up", raw=raw)
        return sp, L("already_encrypted", T0, "S/MIME enveloped-data (CMS, RSA key transport, AES-256-CBC).", F(encrypted=True))
    if v == 1:
        s = STAFF["sian"]

        def raw(msg):
            p1 = EmailMessage()
            p1.set_content(b"Version: 1\r\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
            p1["Content-Description"] = "PGP/MIME version identification"
            p2 = EmailMessage()
            p2.set_content(pgp_armor("pgp-o-1").encode(), maintype="application", subtype="octet-stream", cte="7bit",
                           disposition="inline", filename="encrypted.asc")
            p2["Content-Description"] = "OpenPGP encrypted message"
            del p1["MIME-Version"]
            del p2["MIME-Version"]
            msg["MIME-Version"] = "1.0"
            msg["Content-Type"] = 'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="x-fixed-pgp-o1"'
            msg.set_payload([p1, p2])
        sp = M(s, [OTHER["occhealth"]], "OT report", raw=raw)
        return sp, L("already_encrypted", T0, "PGP/MIME multipart/encrypted.", F(encrypted=True))
    s = STAFF["rhys"]
    t = "Hi Adebayo,\n\n" + pgp_armor("pgp-o-2", 600) + "\nRhys\n"
    sp = M(s, [BW["ade"]], "Access to Work evidence", text=t, fmt="plain")
    return sp, L("already_encrypted", T0, "Inline PGP armoured block in a plain body.", F(encrypted=True))


# ================================================================== encrypt
def e_special(v):
    c = claimant()
    if v == 0:
        s = STAFF["sian"]
        e = EMP["green2"]
        pages = [[("h", "Occupational Therapy Workplace Assessment"),
                  ("kv", [("Name", c.name), ("Age", str(c.age)), ("Employer", "Greenfield Care"), ("Role", "Activities Coordinator"),
                          ("Assessed by", "Siân Llewellyn, Occupational Therapist"), ("Date", "26/11/2026")]),
                  ("h2", "Health background (shared with consent)"),
                  ("p", "%s has relapsing-remitting multiple sclerosis, diagnosed in 2019. The main effects at work are "
                        "fatigue in the afternoon, heat sensitivity and reduced grip in the right hand. %s also has a "
                        "history of depression, currently well managed with medication." % (c.first, c.he.capitalize()))],
                 [("h2", "Recommendations"),
                  ("ul", ["Core hours 9:00-14:00 with a rest break at 11:30", "A desk fan and a seat away from radiators",
                          "Voice-to-text software for care notes", "Review in 12 weeks"]),
                  ("p", "These recommendations can be funded through Access to Work where they go beyond reasonable adjustments.")]]
        b = body(s, hi(e), "As agreed with %s, attached is my workplace assessment with the recommended adjustments." % c.first,
                 "Best wishes,\nSiân")
        sp = M(s, [e], "OT workplace assessment - %s" % c.name, b,
               atts=[att("OT assessment %s.pdf" % c.name, pdf_bytes(pages, "OT assessment", head="CONFIDENTIAL - health information", foot="Tidewell Health and Work"))])
        return sp, L("encrypt_special_category", T(special=["health", "mental_health"], subjects=1),
                     "Occupational therapist's two-page report on a named participant (MS, depression) to an employer.")
    if v == 1:
        s = STAFF["rhys"]
        e = EMP["bright"]
        d = docx_bytes([("h", "Access to Work - application support notes"),
                        ("kv", [("Applicant", c.name), ("Employer", "Brightside Retail, Churchill Square"),
                                ("Start date", dlong(future_day())), ("Hours", "24 a week"),
                                ("Disability or health condition", "Profoundly Deaf since birth; British Sign Language is first language"),
                                ("Support requested", "BSL interpreter for team briefings (2 hours a week); video relay app; visual fire alarm pager"),
                                ("NINO", "applicant to add when applying")])],
                       header="Access to Work - supporting information", footer="Prepared by Tidewell with the applicant")
        b = body(s, hi(e), "Here are the notes for %s's Access to Work application. Could you check the employer "
                           "section and the hours?" % c.first, "Thanks,\nRhys")
        sp = M(s, [e], "Access to Work application - employer section", b, atts=[att("AtW notes.docx", d)])
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "Access to Work application notes (DOCX) naming a Deaf applicant and the support needed, to an employer.")
    if v == 2:
        s = STAFF["callum"]
        e = EMP["acme"]
        rows = [["Communication", "Autistic; prefers written instructions and no sudden changes to the rota"],
                ["Sensory", "Ear defenders on the pick floor; break space away from the tannoy"],
                ["Routine", "Same shift pattern each week; two weeks' notice of changes"]]
        b = body(s, hi(e), "Here's the reasonable adjustments plan we agreed for %s:" % c.name,
                 ("table", ["Area", "Adjustment"], rows), "Callum")
        sp = M(s, [e], "Adjustments plan", b, fmt="html",
               atts=[att("RA plan %s.docx" % c.first, docx_bytes([("h", "Reasonable Adjustments Plan"), ("kv", [("Name", c.name)]),
                                                                  ("table", ["Area", "Adjustment"], rows)],
                                                                 header="Reasonable Adjustments Plan", footer="Agreed 27/11/2026"))])
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "Reasonable adjustments plan for a named autistic participant: HTML-only body table and DOCX.")
    if v == 3:
        s = STAFF["ellie"]
        d = future_day()
        b = body(s, hi(OTHER["signbridge"]), "Please book a BSL/English interpreter for %s, who is Deaf and a BSL user, "
                                             "for their job interview at Tidemill Print on %s at 11:00 (about 45 minutes)."
                 % (c.name, dlong(d)), "Framework PO 7731-SBI.", "Thanks,\nEllie", kind="short")
        sp = M(s, [OTHER["signbridge"]], "Interpreter booking - interview %s" % dshort(d), b)
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "BSL interpreter booking naming the Deaf participant: one name plus a health detail (contrast with "
                     "the unnamed event booking).")
    if v == 4:
        s = STAFF["farah"]
        o = OTHER["council"]
        b = body(s, "Dear Adult Social Care team,", "I am making a safeguarding referral with the consent of the adult concerned.",
                 ("kv", [("Name", c.name), ("Address", c.address), ("Phone", c.mobile),
                         ("Concern", "Disclosed thoughts of self-harm at appointment on 27/11/2026; drinking heavily since "
                                     "a bereavement in the summer; says a neighbour has been taking money from them"),
                         ("Immediate action", "Crisis line details given; GP informed with consent")]),
                 "Please call me on 01632 960409 if you need more information.", "Farah Siddiqui\nDesignated Safeguarding Lead")
        sp = M(s, [o], "Safeguarding referral - adult at risk", b)
        return sp, L("encrypt_special_category", T(special=["mental_health", "substance"], contact=True, subjects=1),
                     "Safeguarding referral to adult social care: self-harm, alcohol, address and phone.")
    if v == 5:
        s = STAFF["jp"]
        e = EMP["pier"]
        n = Person("Leo", fake.last_name(), "m")
        b = body(s, hi(e), "Notes from the job carving visit for %s's supported internship:" % n.name,
                 ("ul", ["%s has Down's syndrome and a moderate learning disability; reads simple words and pictures" % n.first,
                         "Carved tasks: restocking the kiosk, wiping down tables, collecting trays",
                         "Job coach on site for the first four weeks, fading from week 5",
                         "Travel training on the number 23 bus started last week"]), "Cheers,\nJ.P.")
        sp = M(s, [e], "Job carving notes - supported internship", b)
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "Supported-internship job-carving notes naming the intern's condition (bullet list).")
    if v == 6:
        s = STAFF["mo"]
        t = ("met with %s today at the southampton hub she said her depression has been a lot worse since the clocks went "
             "back and she has been sleeping till the afternoon her gp has upped her sertraline she still wants to do the "
             "cafe placement but only mornings can bridgeway ring her before christmas ta" % c.name.lower())
        b = body(s, "Marta", t, kind="mobile")
        sp = M(s, [BW["marta"]], "kayleigh update" if c.first == "Kayleigh" else "update from today", b)
        return sp, L("encrypt_special_category", T(special=["mental_health"], subjects=1),
                     "Dictated (speech-to-text, unpunctuated, lower-case name) note about a claimant's depression and "
                     "medication to the subcontractor.")
    if v == 7:
        s = STAFF["callum"]
        e = EMP["city"]
        b = body(s, "Hi Rob,", "Thanks for ringing me. Just so everyone on site knows: %s has epilepsy and had a "
                               "seizure yesterday, it was their first in 18 months. They're fine and back on Monday. "
                               "I'll bring the seizure care plan when I come in." % c.name, "Callum", kind="mobile")
        sp = M(s, [e], "yesterday", b)
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "Job coach's phone note to an employer about a participant's epilepsy and seizure.")
    if v == 8:
        s = STAFF["mo"]
        e = EMP["acme"]
        b = body(s, hi(e), "Before the interview on Thursday: %s has told me %s's happy for me to let you know that %s "
                           "has an unspent conviction (theft, 2025) and is on licence until March, with monthly "
                           "probation appointments. %s's been open about it and I think %s's a great fit for the role."
                 % (c.name, c.he, c.he, c.he.capitalize(), c.he), "Mo")
        sp = M(s, [e], "Thursday's interview - disclosure", b)
        return sp, L("encrypt_special_category", T(special=["criminal"], subjects=1),
                     "Named candidate's unspent conviction, licence and probation to an employer.")
    if v == 9:
        n = Person("Amara", "Osei", "f")
        sp = drive_share(STAFF["rhys"], EMP["bright"], "Reasonable adjustments - %s (ADHD)" % n.name,
                         note="Sunil - the plan for next week's start.")
        return sp, L("encrypt_special_category", T(special=["health"], subjects=1),
                     "Google Drive share notice whose file name carries a name and a condition (ADHD).")
    if v == 10:
        s = STAFF["priya"]
        start = datetime.datetime.combine(future_day(), datetime.time(11, 0))
        desc = ("Three-way review with %s and their line manager.\nFocus: PTSD flashbacks on the night shift, and whether "
                "a move to days would help. %s has agreed to this meeting." % (c.name, c.first))
        sp = cal_invite(s, [BW["marta"], EMP["harbour"]], "Review - %s" % c.name, start, 60, desc, "Harbourview Hotel, HR office")
        return sp, L("encrypt_special_category", T(special=["mental_health"], subjects=1),
                     "Calendar invitation whose description (.ics and body) names a participant and their PTSD.")
    if v == 11:
        s = STAFF["tash"]
        e = EMP["harbour2"]
        inner = simple_message(BW["marta"], [s], "Catch-up on %s" % c.first,
                               ["Hi Tash,", "Quick update after today's visit: %s's anxiety was through the roof this week and "
                                            "%s had two panic attacks on shift. We agreed a quiet break space. Can the hotel "
                                            "give %s the early shifts?" % (c.name, c.he, c.him), "Marta",
                                ("small", BW_FOOT)],
                               datetime.datetime(2026, 11, 26, 16, 40))
        b = body(s, "Hi Owen,", "Forwarding Marta's note (attached) so you've got the background for our call tomorrow.", "Tash")
        sp = M(s, [e], "Fwd: Catch-up", b, atts=[att_msg(inner)])
        return sp, L("encrypt_special_category", T(special=["mental_health"], subjects=1),
                     "The claimant's anxiety and panic attacks are only inside an attached message/rfc822 from the "
                     "subcontractor, forwarded to an employer.")
    if v == 12:
        s = STAFF["zoe"]
        e = EMP["tidemill"]
        x = xlsx_bytes([{"title": "Equality monitoring", "header": ["Name", "Role applied for", "Ethnicity", "Religion or belief", "Disability"],
                         "rows": [[c.name, "Print Finisher", "Black British - Caribbean", "Christian", "Yes"]]}])
        b = body(s, hi(e), "Here's the equality monitoring form for the applicant, for your Disability Confident return.", "Zoë")
        sp = M(s, [e], "Equality monitoring form", b, atts=[att("equality monitoring.xlsx", x)])
        return sp, L("encrypt_special_category", T(special=["ethnicity", "religion", "health"], subjects=1),
                     "One named row of equality monitoring (ethnicity, religion, disability) in an XLSX.")
    if v == 13:
        s = STAFF["priya"]
        o = OTHER["rainbow"]
        b = body(s, "Hello,", "I'm referring %s (mobile %s), who would like to join your peer support group. %s is gay and "
                              "recently came out to family, and says it has been a difficult few months." % (c.name, c.mobile, c.he.capitalize()),
                 "%s is happy for you to contact %s directly." % (c.he.capitalize(), c.him), "Priya")
        sp = M(s, [o], "Peer support referral", b)
        return sp, L("encrypt_special_category", T(special=["sexual_orientation"], contact=True, subjects=1),
                     "Referral to an LGBTQ+ charity stating a named claimant's sexual orientation, with their mobile.")
    s = STAFF["tash"]
    e = EMP["green"]
    b = body(s, hi(e), "%s has asked me to let you know that %s's a member of UNISON and would like %s rep to attend the "
                       "grievance meeting on the 14th." % (c.name, c.he, c.his), "Thanks,\nTash")
    sp = M(s, [e], "Grievance meeting on the 14th", b)
    return sp, L("encrypt_special_category", T(special=["trade_union"], subjects=1),
                 "Named participant's trade union membership to an employer.")


def e_nino(v):
    c = claimant()
    if v == 0:
        s = STAFF["zoe"]
        e = EMP["acme"]
        b = body(s, hi(e), "New starter details for payroll:",
                 ("table", ["Name", "Start date", "NI number", "Hours"], [[c.name, dshort(future_day()), nsp(c.nino), "30"]]), "Zoë")
        sp = M(s, [e], "New starter - payroll details", b, fmt="html")
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "A NINO in an HTML table cell of an HTML-only message.")
    if v == 1:
        s = STAFF["rhys"]
        e = EMP["green"]
        h = wrap_html(to_html([hi(e), "Here's the right to work and ID check file for your records (view only).",
                               ("raw", '<div><a href="https://drive.google.com/file/d/1Qx7%s/view?usp=drive_web" style="color:#1a73e8">'
                                       '<img src="https://drive-thirdparty.googleusercontent.com/16/type/application/pdf" alt="%s %s ID check.pdf" '
                                       'title="%s %s ID check.pdf" width="16" height="16">&nbsp;ID check.pdf</a></div>'
                                % (hashlib.md5(c.name.encode()).hexdigest()[:20], esc(c.name), c.nino, esc(c.name), c.nino), ""),
                               "Rhys", sig(s, "short")]))
        sp = M(s, [e], "ID check file", fmt="html", html=h)
        return sp, L("encrypt_nino", T(ninos=1, subjects=1),
                     "HTML-only: the name and NINO appear only in an image's alt and title attributes (a Drive file chip).")
    if v == 2:
        sp = drive_share(STAFF["mo"], EMP["harbour"], "Starter form - %s - NI %s" % (c.name, nsp(c.nino)), role="Viewer")
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "NINO in a Google Doc file name in a Drive share notice (subject and body).")
    if v == 3:
        s = STAFF["jp"]
        start = datetime.datetime.combine(future_day(), datetime.time(9, 30))
        desc = "Enrolment appointment for %s (NI %s) - Health and Safety Level 1.\nBring photo ID." % (c.name, c.nino)
        sp = cal_invite(s, [NS["gemma"]], "Enrolment - Health & Safety L1", start, 30, desc, "Northstar Training, Newport")
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "NINO inside a calendar invitation description (.ics and body).")
    if v == 4:
        s = STAFF["priya"]
        b = body(s, hi(BW["marta"]), "%s is ready for the job matching meeting next week." % c.name, "Priya", kind="short")
        sp = M(s, [BW["marta"]], "Job matching next week", b,
               headers={"X-Tidewell-Case": "%s; NINO=%s; programme=IPES" % (c.ref, c.nino)})
        return sp, L("encrypt_nino", T(ninos=1, subjects=1),
                     "One name in the body; the NINO is only in a custom X-Tidewell-Case header the CRM add-on wrote.")
    if v == 5:
        s = STAFF["tash"]
        e = EMP["green"]
        x = xlsx_bytes([{"title": "New starter", "banner": "Greenfield Care - new starter form",
                         "header": ["Field", "Value"],
                         "rows": [["Name", c.name], ["Start date", dlong(future_day())], ["NI number", c.nino], ["Contract", "Bank, nights"]]}])
        b = body(s, hi(e), "New starter sheet attached.", "Tash", kind="short")
        sp = M(s, [e], "New starter sheet", b, atts=[att("new starter.xlsx", x)])
        return sp, L("encrypt_nino", T(ninos=1, subjects=1), "A single person's NINO in an XLSX cell (one person: not a list).")
    s = STAFF["callum"]
    n = c.nino.lower()
    t = "marta quick one for the referral form, %s ni is %s %s %s %s %s thanks\n\ncal\n\nSent from my Android" % (
        c.first.lower(), n[:2], n[2:4], n[4:6], n[6:8], n[8])
    sp = M(s, [BW["marta"]], "ni number", text=t, fmt="plain")
    return sp, L("encrypt_nino", T(ninos=1, subjects=1), "Phone note with a lower-case, spaced NINO and a first name.")


def e_dob_bank(v):
    c = claimant()
    if v == 0:
        pairs = [("Name", c.name), ("Date of birth", c.dob.strftime("%d/%m/%Y")), ("Mobile", c.mobile),
                 ("Work trial", "Pier & Pavilion Leisure - front of house, 3 days"), ("Preferred start", dlong(future_day()))]
        sp = forms_notice("Work trial registration", pairs, [EMP["pier"]], STAFF["mo"])
        return sp, L("encrypt_dob_bank", T(dob=True, contact=True, subjects=1),
                     "Google Forms response notification with a 'Date of birth' form field, sent to an employer.")
    if v == 1:
        s = STAFF["declan"]
        e = BW["ade"]
        ib = iban_gb()
        b = body(s, "Hi Adebayo,", "For %s's supported employment payroll set-up (Bridgeway are the employer of record "
                                   "for the first 13 weeks):" % c.name,
                 ("kv", [("Account name", c.name), ("Sort code", sort_code()), ("Account number", acct()),
                         ("IBAN (same account)", iban_spaced(ib))]), "Declan")
        sp = M(s, [e], "Payroll set-up", b)
        return sp, L("encrypt_dob_bank", T(bank=True, subjects=1), "A claimant's sort code, account number and IBAN to the subcontractor.")
    if v == 2:
        s = STAFF["priya"]
        e = EMP["bright2"]
        b = body(s, "Hi Talent team,", "CV attached for the stockroom vacancy.", "Priya")
        sp = M(s, [e], "CV - stockroom vacancy", b,
               atts=[att("CV %s.docx" % c.name, docx_bytes(cv_blocks(c, dob="words"), title="CV"))])
        return sp, L("encrypt_dob_bank", T(dob=True, contact=True, subjects=1, kinds=["cv"]),
                     "One CV to an employer, but the CV gives the date of birth in words (¶32).", F(cv_count=1))
    if v == 3:
        s = STAFF["jp"]
        o = OTHER["buses"]
        b = body(s, hi(o), "Please refund the two unused travel-training weekly tickets (order CB-88213) to %s's debit "
                           "card, %s, as they paid for them themselves." % (c.name, luhn_card((4, 6, 5, 9))), "Thanks,\nJ.P.")
        sp = M(s, [o], "Refund - order CB-88213", b)
        return sp, L("encrypt_dob_bank", T(bank=True, subjects=1), "A named claimant's payment card number (Luhn-valid).")
    s = STAFF["jp"]
    rows = [[c.last, c.first, c.dob.isoformat(), "Emergency First Aid at Work", future_day().isoformat()]]
    b = body(s, hi(NS["book"]), "One more registration for the first aid course, in your CSV format.", "J.P.", kind="short")
    sp = M(s, [NS["book"]], "First aid registration", b,
           atts=[att("registration.csv", csv_bytes(["surname", "forename", "date_of_birth", "course", "date"], rows, crlf=False))])
    return sp, L("encrypt_dob_bank", T(dob=True, subjects=1), "ISO date of birth in a one-row CSV course registration.")


def e_benefit_children(v):
    c = claimant()
    if v == 0:
        s = STAFF["declan"]
        pdf = pdf_bytes([[("h", "Better-off calculation"), ("kv", [("Name", c.name), ("Household", "Single, no children"),
                                                                   ("Current Universal Credit", "£1,011.40 a month (standard allowance + housing element)"),
                                                                   ("Offer", "20 hours at £12.60 = £1,092 a month"),
                                                                   ("UC after earnings", "about £610 a month"),
                                                                   ("Better off by", "about £690 a month")])]],
                        "Better-off calculation", foot="Tidewell welfare rights")
        b = body(s, hi(BW["ade"]), "Better-off calculation attached for %s, so the job coach can go through it before the offer." % c.first, "Declan")
        sp = M(s, [BW["ade"]], "Better-off calculation", b, atts=[att("Better off - %s.pdf" % c.first, pdf)])
        return sp, L("encrypt_benefit_children", T(benefit=True, subjects=1),
                     "Individual better-off calculation with Universal Credit amounts (contrast with published rates).")
    if v == 1:
        s = STAFF["mo"]
        b = body(s, "Hi Marta,", "Heads up before you see %s on Tuesday: his UC was sanctioned for 28 days in October for "
                                 "a missed appointment, so money is very tight until the 20th." % c.name if c.sex == "m" else
                 "Heads up before you see %s on Tuesday: her UC was sanctioned for 28 days in October for a missed "
                 "appointment, so money is very tight until the 20th." % c.name, "Mo", kind="short")
        sp = M(s, [BW["marta"]], "Before Tuesday", b)
        return sp, L("encrypt_benefit_children", T(benefit=True, subjects=1), "A named claimant's Universal Credit sanction detail.")
    if v == 2:
        s = STAFF["tash"]
        e = EMP["chalk"]
        k1, k2 = fake.first_name_female(), fake.first_name_male()
        b = body(s, hi(e), "%s would love the Tuesday-Thursday pattern. The only thing is %s needs to finish by 2:45 to "
                           "collect %s (6) and %s (3) from school and nursery." % (c.name, c.he, k1, k2), "Tash")
        sp = M(s, [e], "Working pattern", b)
        return sp, L("encrypt_benefit_children", T(children=True, subjects=1), "A claimant's children's names and ages to an employer.")
    if v == 3:
        s = STAFF["declan"]
        o = OTHER["housing"]
        b = body(s, "Dear Tenancy Support team,", "I'm supporting your tenant %s at %s with their arrears plan. Their "
                                                  "income is Universal Credit of £824.60 a month; the housing element "
                                                  "(£395.00) is paid direct to you from this month." % (c.name, c.address), "Declan")
        sp = M(s, [o], "Arrears plan - tenant support", b)
        return sp, L("encrypt_benefit_children", T(benefit=True, contact=True, subjects=1),
                     "Benefit amounts and home address of a named claimant to a housing association.")
    s = STAFF["priya"]
    o = OTHER["nursery"]
    k = fake.first_name_female()
    b = body(s, hi(o), "%s starts work on %s and is applying for the 30 hours funded childcare. Could you hold a "
                       "place for %s, who is 2, from the 18th?" % (c.name, dlong(future_day()), k), "Priya")
    sp = M(s, [o], "Nursery place from January", b)
    return sp, L("encrypt_benefit_children", T(children=True, subjects=1), "A child's name and age with the parent's name to a nursery.")


def e_beyond_name(v):
    c = claimant()
    if v == 0:
        s = STAFF["priya"]
        e = EMP["acme"]
        b = body(s, hi(e), "%s is keen on the night shift role. You can call %s directly on %s to arrange the interview."
                 % (c.name, c.him, c.mobile), "Priya")
        sp = M(s, [e], "Night shift candidate", b)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus the claimant's mobile number.",
                     F(name_only=False))
    if v == 1:
        s = STAFF["callum"]
        e = EMP["city"]
        b = body(s, "Hi Rob,", "Is the site reachable by bus from there for a 7:30 start? %s doesn't drive." % c.first, "Callum")
        sp = M(s, [e], "Travel for %s, %s" % (c.name, c.postcode), b)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus the home postcode in the subject line.")
    if v == 2:
        s = STAFF["zoe"]
        e = EMP["harbour"]
        b = body(s, hi(e), "%s has accepted the interview. If you want to send the welcome pack directly, %s e-mail is %s."
                 % (c.name, c.his, c.email), "Zoë")
        sp = M(s, [e], "Interview accepted", b)
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus the claimant's personal e-mail address in the body.")
    if v == 3:
        s = STAFF["tash"]
        start = datetime.datetime.combine(future_day(), datetime.time(10, 0))
        sp = cal_invite(s, [BW["marta"]], "Home visit - %s" % c.name, start, 60, "Joint visit before the work trial.",
                        "%s, %s" % (", ".join(c.addr_lines[:-1]), c.postcode))
        return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus the home address as a calendar event location.")
    s = STAFF["mo"]
    e = EMP["bright"]
    inner = [("p", "Hi Mo, sorry I cant make tuesday can we do wednesday instead? thanks")]
    b = body(s, hi(e), "See below - could we move the interview to Wednesday at the same time?", "Mo",
             fwd(c, past_dt(), "tuesday", [STAFF["mo"]], inner), kind="short")
    sp = M(s, [e], "Fwd: tuesday", b)
    return sp, L("encrypt_beyond_name", T(contact=True, subjects=1),
                 "One name, but the forwarded header carries the claimant's personal e-mail address.")


def e_over(v):
    if v == 0:
        s = STAFF["zoe"]
        cl = [claimant() for _ in range(11)]
        z = zip_bytes([("CV_%02d_%s.docx" % (i + 1, ascii_fold(p.last)), docx_bytes(cv_blocks(p), title="CV")) for i, p in enumerate(cl)])
        b = body(s, "Hi Acme recruitment team,", "Eleven CVs for the February intake attached.", "Zoë")
        sp = M(s, [EMP["acme2"]], "Eleven CVs - February intake", b, atts=[att("Acme Feb intake - 11 CVs.zip", z)])
        return sp, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["cv"]), "Eleven CVs in one e-mail: one over the limit.",
                     F(cv_count=11))
    if v == 1:
        s = STAFF["tomasz"]
        cols = ["surname", "initial", "ref", "course_date"]
        rows = name_rows(501, cols)
        b = body(s, hi(NS["gemma"]), "Full February bookings list attached.", "Tomasz")
        sp = M(s, [NS["gemma"]], "February module bookings", b,
               atts=[att("feb_module_bookings.csv", csv_bytes(["Surname", "Initial", "Tidewell ref", "Course date"], rows))])
        return sp, L("encrypt_over_limit", T(subjects=501, kinds=["name_list"]), "A list of 501 names: one over the 500 limit.",
                     F(list_rows=501, list_cols=cols))
    if v == 2:
        s = STAFF["mo"]
        pages = [couple_form_blocks(claimant(), claimant(), "Live-in Housekeeping Couple", "Harbourview Hotels") for _ in range(6)]
        b = body(s, hi(EMP["harbour"]), "Six joint applications for the live-in scheme.", "Mo")
        sp = M(s, [EMP["harbour"]], "Live-in couples - 6 joint applications", b,
               atts=[att("Harbourview joint applications x6.pdf", pdf_bytes(pages, "Joint applications"))])
        return sp, L("encrypt_over_limit", T(contact=True, subjects=12, kinds=["application_form_couple"]),
                     "Six couple forms = twelve people: over the ten-person limit.", F(form_people=12))
    s = STAFF["priya"]
    cl = [claimant() for _ in range(11)]
    pages = [letter_blocks(p, "appointment", who="your Bridgeway job coach", place="Bridgeway, Portsmouth") for p in cl]
    b = body(s, hi(BW["marta"]), "Eleven appointment letters for posting.", "Priya")
    sp = M(s, [BW["marta"]], "Appointment letters (11)", b, atts=[att("Appointment letters x11.pdf", pdf_bytes(pages, "Letters"))])
    return sp, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["letter_appointment"]), "Eleven appointment letters: over the limit.",
                 F(letters=11))


def e_forbidden_col(v):
    if v == 0:
        s = STAFF["jp"]
        cols = ["forename", "surname", "mobile"]
        rows = name_rows(18, cols)
        b = body(s, hi(NS["gemma"]), "The people on the January first aid course - can your admin text them the joining "
                                     "instructions?", ("table", ["Forename", "Surname", "Mobile"], rows), "J.P.")
        sp = M(s, [NS["gemma"]], "First aid course - texting list", b)
        return sp, L("encrypt_list_forbidden_column", T(contact=True, subjects=18, kinds=["name_list"]),
                     "18 names with mobile numbers in a body table.", F(list_rows=18, list_cols=cols))
    if v == 1:
        s = STAFF["tomasz"]
        cols = ["forename", "surname", "ref"]
        ppl = [Person() for _ in range(42)]
        vis = [[p.first, p.last, p.ref] for p in ppl]
        hid = [[p.ref, p.dob.strftime("%d/%m/%Y")] for p in ppl]
        x = xlsx_bytes([{"title": "Allocation", "header": ["Forename", "Surname", "Tidewell ref"], "rows": vis},
                        {"title": "lookup", "header": ["Tidewell ref", "DOB"], "rows": hid, "hidden": True}])
        b = body(s, hi(BW["ade"]), "January allocation list (42) attached - names and references.", "Tomasz")
        sp = M(s, [BW["ade"]], "January allocations", b, atts=[att("Jan allocations.xlsx", x)])
        return sp, L("encrypt_list_forbidden_column", T(dob=True, subjects=42, kinds=["name_list"]),
                     "42-name list whose hidden second sheet holds dates of birth.", F(list_rows=42, list_cols=cols + ["dob"]))
    s = STAFF["jp"]
    cols = ["name_sf", "postcode"]
    rows = name_rows(24, cols)
    b = body(s, hi(BW["jess"]), "Travel training allocations by postcode area (export from the case system).", "J.P.", kind="short")
    sp = M(s, [BW["jess"]], "Travel training allocations", b,
           atts=[att("travel_training_export.csv", csv_bytes(["Participant", "Postcode"], rows, bom=True))])
    return sp, L("encrypt_list_forbidden_column", T(contact=True, subjects=24, kinds=["name_list"]),
                 "24 names in 'SURNAME, Forename' order with home postcodes (CSV with BOM).", F(list_rows=24, list_cols=cols))


def e_letter_kind(v):
    c = claimant()
    if v == 0:
        s = STAFF["declan"]
        o = OTHER["housing"]
        d = docx_bytes(letter_blocks(c, "other", extra=["I confirm that %s has been taking part in the Connect to Work "
                                                        "programme with Tidewell since September 2026 and attends weekly "
                                                        "appointments." % c.name]),
                       header="Tidewell Ability Partnership", footer="To whom it may concern")
        b = body(s, "Dear Tenancy Support team,", "Letter of support attached, as requested by your tenant.", "Declan")
        sp = M(s, [o], "Letter of support", b, atts=[att("Letter of support.docx", d)])
        return sp, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]),
                     "A letter of support (not an interview, job offer or appointment letter) to a housing provider.", F(letters=1))
    if v == 1:
        s = STAFF["ada"]
        o = Contact("Volunteer", "Coordinator", "", "Portsmouth Food Hub", "portsmouth-foodhub.org.uk", email="volunteers@portsmouth-foodhub.org.uk")
        pdf = pdf_bytes([letter_blocks(c, "other", extra=["Reference for %s" % c.name, "I have known %s for eight months "
                                                         "through our programme. %s is punctual, reliable and kind to "
                                                         "others, and I recommend %s for your volunteer role." % (c.first, c.he.capitalize(), c.him)])],
                        "Reference")
        b = body(s, hi(o), "Reference attached.", "Ada")
        sp = M(s, [o], "Reference", b, atts=[att("Reference.pdf", pdf)])
        return sp, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "A reference letter to a charity.", F(letters=1))
    s = STAFF["priya"]
    o = OTHER["college"]
    pdf = pdf_bytes([letter_blocks(c, "other", extra=["I confirm that %s is a participant on the IPES programme and is "
                                                     "eligible for your fee remission scheme for the Level 1 Digital Skills "
                                                     "course starting in January." % c.name])], "Confirmation")
    b = body(s, hi(o), "Confirmation letter attached for the fee remission application.", "Priya")
    sp = M(s, [o], "Fee remission - confirmation letter", b, atts=[att("Confirmation of participation.pdf", pdf)])
    return sp, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]),
                 "A confirmation-of-participation letter to a college.", F(letters=1))


def e_dwp_process(v):
    c = claimant()
    if v == 0:
        s = BOX["data"]
        d = docx_bytes([("h", "Exit Report"), ("kv", exit_pairs(c, "None recorded"))], header="WHP Exit Report", footer="OFFICIAL")
        b = body(s, "Hi Lindsey,", "Exit report attached as you asked.", "WHP Data Exchange")
        sp = M(s, [DWPC["wc1"]], "WHP Exit Report", b, atts=[att("Exit Report.docx", d)])
        return sp, L("encrypt_dwp_process", T(ninos=1, subjects=1, kinds=["exit_report"]),
                     "Exit Report from the designated inbox but to a work coach's personal DWP address, not the designated inbox.",
                     F(records=1))
    if v == 1:
        s = STAFF["hannah"]
        c2 = claimant()
        d1 = docx_bytes([("h", "Good News Story"), ("kv", gns_pairs(c, "%s started as a kitchen porter after a working interview." % c.first))])
        d2 = docx_bytes([("h", "Good News Story"), ("kv", gns_pairs(c2, "%s started as a room attendant." % c2.first))])
        b = body(s, "Hi Stuart,", "Two Good News Stories this month.", "Hannah")
        sp = M(s, [DWPC["pm"]], "Good News Stories - December", b, atts=[att("GNS 1.docx", d1), att("GNS 2.docx", d2)])
        return sp, L("encrypt_dwp_process", T(subjects=2, kinds=["good_news_story"]), "Two Good News Stories in one e-mail (¶35: one per e-mail).",
                     F(records=2))
    s = STAFF["ada"]
    pdf = pdf_bytes([[("h", "Change of Circumstances"), ("kv", coc_pairs(c, Person().address))]], "CoC")
    b = body(s, "Dear DWP colleagues,", "Change of circumstances attached.", "Ada")
    sp = M(s, [DWPC["inbox"]], "WHP Change of Circumstances", b, atts=[att("CoC.pdf", pdf)])
    return sp, L("encrypt_dwp_process", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                 "Change of Circumstances to the DWP inbox but sent from a member of staff's own address, not the designated inbox.",
                 F(records=1))


def e_claimant(v):
    c = claimant()
    if v == 0:
        box = BOX["ipes"]
        b = body(box, "Hi %s," % c.first, "As promised, here's a summary of the adjustments we agreed with your employer:",
                 ("ul", ["Because of your fibromyalgia, a later start (10am) on Mondays", "A sit-stand stool at the till",
                         "A 10-minute break every two hours"]), "IPES South Coast")
        sp = M(box, [c], "Your adjustments summary", b)
        return sp, L("encrypt_claimant_recipient", T(special=["health"], subjects=1),
                     "Mail to the claimant's own address about their own health condition: only the CV and letter exemptions "
                     "cover mail to a claimant.")
    if v == 1:
        box = BOX["ctw"]
        b = body(box, "Hi %s," % c.first, "Here's your better-off calculation:",
                 ("table", ["", "Now", "If you take the job"], [["Universal Credit", "£1,068.52", "£702.10"],
                                                                ["Wages", "£0", "£1,092.00"], ["Total", "£1,068.52", "£1,794.10"]]),
                 "Declan can go through it with you on Thursday.", "Connect to Work Solent")
        sp = M(box, [c], "Your better-off calculation", b)
        return sp, L("encrypt_claimant_recipient", T(benefit=True, subjects=1), "Benefit amounts sent to the claimant themselves.")
    if v == 2:
        box = BOX["whp"]
        new = Person()
        q = [("p", "Hi I have moved, my new address is %s and my new number is %s" % (new.address, new.mobile))]
        b = body(box, "Hi %s," % c.first, "Thanks - I've updated your address to %s and your number to %s." % (new.address, new.mobile),
                 "WHP Disability team", quote(c, past_dt(), q))
        sp = M(box, [c], "Re: new address", b)
        return sp, L("encrypt_claimant_recipient", T(contact=True, subjects=1),
                     "Reply to a claimant repeating their new home address and phone number back to them.")
    s = STAFF["rhys"]
    d = docx_bytes([("h", "Access to Work application - draft for you to check"),
                    ("kv", [("Name", c.name), ("Date of birth", c.dob.strftime("%d %B %Y")), ("NINO", nsp(c.nino)),
                            ("Condition", "Sight loss (retinitis pigmentosa), registered severely sight impaired"),
                            ("Support needed", "Screen magnification software; taxi to work in winter months")])],
                   header="DRAFT - Access to Work", footer="Prepared with Tidewell")
    b = body(s, "Hi %s," % c.first, "Here's the draft Access to Work application - please check it and tell me if anything is wrong.", "Rhys")
    sp = M(s, [c], "Your Access to Work draft", b, atts=[att("AtW draft.docx", d)])
    return sp, L("encrypt_claimant_recipient", T(ninos=1, dob=True, special=["health"], subjects=1),
                 "Draft Access to Work application (NINO, DOB, condition) sent to the claimant for checking.")


def e_tag(v):
    if v == 0:
        s = STAFF["ellie"]
        b = body(s, "Hi Marta,", "The January rota is on the shared drive now.", "Ellie", kind="short")
        sp = M(s, [BW["marta"]], "[ENCRYPT] January rota", b)
        return sp, L("encrypt_sender_tag", T0, "Sender's [ENCRYPT] tag on mail with no claimant data.")
    if v == 1:
        c = claimant()
        s = STAFF["priya"]
        e = EMP["acme"]
        q = [("p", "Priya - is %s still OK for Thursday? Naomi" % c.first)]
        b = body(s, hi(e), "Yes, %s will be there at 2pm." % c.name, "Priya", quote(e, past_dt(), q))
        sp = M(s, [e], "RE: [ENCRYPT] Thursday", b)
        return sp, L("encrypt_sender_tag", T(subjects=1), "One name and an interview time (would relay), but the subject carries "
                                                          "'RE: [ENCRYPT]'.", F(name_only=True))
    s = STAFF["gethin"]
    b = body(s, "Hi Helen,", "Q3 aggregate figures as discussed (counts only).",
             ("table", ["Programme", "Starts", "Outcomes"], [["WHP Disability", "412", "96"], ["IPES", "138", "41"]]), "Gethin")
    sp = M(s, [DWPC["cpm"]], "Fwd: [ENCRYPT] Q3 figures", b)
    return sp, L("encrypt_sender_tag", T0, "Aggregate figures with the sender tag after 'Fwd:'.")


def e_password(v):
    if v == 0:
        s = STAFF["zoe"]
        cl = [claimant() for _ in range(2)]
        z = aes_zip_bytes([("CV_%s.docx" % ascii_fold(p.last), docx_bytes(cv_blocks(p), title="CV")) for p in cl], "Tw!dec2026", "aes-o-0")
        b = body(s, hi(EMP["bright2"]), "Two CVs in the protected zip; I'll text you the password.", "Zoë")
        sp = M(s, [EMP["bright2"]], "CVs (protected)", b, atts=[att("CVs.zip", z)])
        return sp, L("encrypt_password_protected", T0, "AES-encrypted zip (WinZip AES) of CVs; password sent separately.", F(pw=True))
    if v == 1:
        s = STAFF["rhys"]
        pdf = pdf_bytes([[("h", "Evidence"), ("p", "Protected content.")]], "Evidence", password="Solent-88", seed="pdf-o-1")
        b = body(s, "Hi Karen,", "Evidence pack attached as a password-protected PDF; password by phone.", "Rhys")
        sp = M(s, [DWPC["wc3"]], "Evidence pack", b, atts=[att("Evidence pack.pdf", pdf)])
        return sp, L("encrypt_password_protected", T0, "AES-encrypted PDF to a DWP adviser.", F(pw=True))
    s = STAFF["declan"]
    x = xlsx_bytes([{"title": "Payroll", "header": ["Ref", "Hours"], "rows": [["x", 1]]}])
    z = aes_zip_bytes([("payroll_week49.xlsx", x)], "Bw-payroll-49", "aes-o-2")
    b = body(s, hi(BW["ade"]), "Week 49 payroll file, protected as usual.", "Declan", kind="short")
    sp = M(s, [BW["ade"]], "Week 49 payroll", b, atts=[att("payroll_week49.zip", z)])
    return sp, L("encrypt_password_protected", T0, "AES zip holding an XLSX.", F(pw=True))


def e_scan(v):
    if v == 0:
        s = STAFF["tash"]
        b = body(s, hi(BW["ade"]), "Signed consent forms attached (scanned at the hub).", "Tash", kind="short")
        sp = M(s, [BW["ade"]], "Signed forms", b, atts=[att("scan0042.pdf", scan_pdf(4201, 2))])
        return sp, L("encrypt_no_text_scan", T0, "Two-page image-only PDF scan (no text layer).", F(scan=True))
    if v == 1:
        s = STAFF["callum"]
        b = body(s, "Hi Rob,", "Screenshot of the timesheet attached.", "Callum", kind="mobile")
        sp = M(s, [EMP["city"]], "timesheet", b, atts=[att("Screenshot 2026-11-30 at 09.14.png", scan_png(4202))])
        return sp, L("encrypt_no_text_scan", T0, "PNG image attachment with no text layer.", F(scan=True))
    if v == 2:
        s = STAFF["jp"]
        b = body(s, hi(NS["gemma"]), "Photo of the form attached, sorry it's a bit wonky.", "J.P.", kind="mobile")
        sp = M(s, [NS["gemma"]], "form", b, atts=[att("IMG_20261127_144109.jpg", phone_photo_jpeg(4203))])
        return sp, L("encrypt_no_text_scan", T0, "JPEG phone photo of a paper form (camera EXIF, no text).", F(scan=True))
    s = STAFF["ada"]
    inner = [("p", "Scan attached as discussed.")]
    b = body(s, "Hi Lindsey,", "Forwarding the scan from our Brighton hub.", "Ada",
             fwd(STAFF["ellie"], past_dt(), "scan", [s], inner), kind="short")
    sp = M(s, [DWPC["wc1"]], "Fwd: scan", b, atts=[att("Scan_2026-11-26.pdf", scan_pdf(4204, 1, "Canon iR-ADV"))])
    return sp, L("encrypt_no_text_scan", T0, "Image-only PDF in a forward to a DWP work coach.", F(scan=True))


# ================================================================== reject
def x_cv_no_consent(v):
    if v == 0:
        c = claimant()
        box = BOX["ipes"]
        b = body(box, "Hi %s," % c.first, "Here's your CV - let us know if you want any changes.", "IPES South Coast")
        sp = M(box, [c], "Your CV", b, atts=[att("CV.docx", docx_bytes(cv_blocks(c), title="CV"))])
        note = "CV to a claimant address with no consent recorded."
    elif v == 1:
        c = claimant(consent=True)
        other = Person(c.first, c.last, c.sex, domain="outlook.com" if not c.email.endswith("outlook.com") else "yahoo.co.uk")
        c2 = other.email
        b = body(BOX["ctw"], "Hi %s," % c.first, "Sending your CV to your new e-mail address as you asked on the phone.",
                 "Connect to Work Solent")
        sp = M(BOX["ctw"], [(c.name, c2)], "Your CV (new address)", b, atts=[att("CV %s.pdf" % c.name, pdf_bytes([cv_blocks(c)], "CV"))])
        note = "CV to a second address of a consented claimant; only the first address is in the register."
    elif v == 2:
        c = claimant()
        b = body(BOX["whp"], "Hi %s," % c.first, "Your CV attached.", "WHP Disability team")
        sp = M(BOX["whp"], [c], "[ENCRYPT] Your CV", b, atts=[att("CV.pdf", pdf_bytes([cv_blocks(c)], "CV"))])
        note = "CV to an unconsented claimant address with [ENCRYPT] in the subject: still rejected."
    elif v == 3:
        c = claimant()
        box = BOX["ipes"]
        q = [("p", "can u send me my cv thanks")]
        b = body(box, "Hi %s," % c.first, "Here you go!", "IPES South Coast", quote(c, past_dt(), q))
        sp = M(box, [c], "Re: cv", b, atts=[att("%s CV.pdf" % c.first, pdf_bytes([cv_blocks(c)], "CV"))])
        note = "The claimant asked for their CV in the quoted message, but no consent is recorded in the register."
    else:
        c = claimant()
        s = STAFF["callum"]
        b = body(s, "Hi %s," % c.first, "Your CV in the format your laptop opens.", "Callum", kind="short")
        sp = M(s, [c], "CV", b, atts=[att("CV.odt", odt_bytes(cv_blocks(c), "CV"))])
        note = "ODT CV from a member of staff's own address (¶15 warning) to an unconsented claimant."
    return sp, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), note, F(cv_count=1))


def garbage(seed, n=6000, head=b""):
    rr = random.Random(seed)
    return head + bytes(rr.randrange(256) for _ in range(n))


def x_uninspectable(v):
    s = [STAFF["tomasz"], STAFF["priya"], STAFF["callum"], STAFF["ada"], STAFF["jp"], STAFF["mo"], STAFF["declan"]][v]
    r = [BW["ade"], EMP["acme"], EMP["city"], BW["marta"], NS["gemma"], EMP["harbour"], OTHER["housing"]][v]
    if v == 0:
        a = att("caseload_export.xlsx", garbage(5000))
        note = "An .xlsx attachment whose bytes are random: no readable format."
    elif v == 1:
        full = pdf_bytes([[("h", "Report"), ("p", "x" * 400)]], "Report")
        a = att("report.pdf", full[: len(full) // 3])
        note = "A PDF truncated to a third of its length (no xref, no trailer)."
    elif v == 2:
        a = att("photo.jpg", garbage(5002, 9000, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01"))
        note = "A JPEG header followed by garbage: uninspectable, not a scan."
    elif v == 3:
        d = bytearray(docx_bytes(cv_blocks(claimant()), title="CV"))
        i = d.find(b"word/document.xml")
        for k in range(i + 40, min(i + 900, len(d))):
            d[k] ^= 0x5A
        a = att("CV.docx", bytes(d[: len(d) - 200]))
        note = "A .docx whose zip is corrupted (document.xml bytes mangled, central directory cut off)."
    elif v == 4:
        a = att("notes.odt", garbage(5004, 7000))
        note = "An .odt attachment of random bytes."
    elif v == 5:
        z = zip_bytes([("readme.txt", b"Files for review\r\n"), ("review.pdf", garbage(5005, 4000, b"%PDF-1.7\n"))])
        a = att("review files.zip", z)
        note = "A readable zip whose PDF member is garbage after the %PDF header."
    else:
        a = att("letter.doc", garbage(5006, 6000), ("application", "msword"))
        note = "A .doc declared application/msword whose bytes are not an OLE/Word file."
    subj, line = [("Caseload export", "Here's the export you asked for - it's the new format from the case system."),
                  ("Report for Friday", "Report attached ahead of Friday."),
                  ("photo from site", "Photo from this morning's visit."),
                  ("CV - updated version", "Updated version of the CV attached, with the new job added."),
                  ("Notes from the session", "My notes from the session, in the LibreOffice file."),
                  ("Files for review", "The files for review are in the zip."),
                  ("Letter", "Letter attached as requested.")][v]
    b = body(s, hi(r), line, s.first if s.key != "ada" else "Ada", kind="short")
    sp = M(s, [r], subj, b, atts=[a])
    return sp, L("reject_uninspectable", T0, note, F(opaque=True))


# ================================================================== scenario table
SCENARIOS = (
    [(nc_invoice, v) for v in range(3)] + [(nc_room_booking, v) for v in range(2)] + [(nc_it_notice, v) for v in range(3)] +
    [(nc_training, v) for v in range(3)] + [(nc_rota, v) for v in range(2)] + [(nc_recruitment, v) for v in range(2)] +
    [(nc_policy, v) for v in range(2)] + [(nc_stats, v) for v in range(3)] + [(nc_case_study, v) for v in range(2)] +
    [(nc_staff_hr, v) for v in range(3)] + [(nc_newsletter, v) for v in range(4)] + [(nc_calendar, v) for v in range(4)] +
    [(nc_forms, v) for v in range(2)] + [(nc_drive, v) for v in range(3)] + [(nc_zoom, 0), (nc_union, 0),
                                                                              (nc_faith_calendar, 0), (nc_wellbeing, 0)] +
    [(nc_facilities, v) for v in range(3)] + [(nc_closure, 0), (nc_agenda, 0), (nc_rates, 0)] +
    [(nc_template, v) for v in range(3)] + [(nc_guidance, v) for v in range(2)] +
    [(nc_bsl_generic, 0), (nc_travel_training, 0)] + [(nc_claimant_generic, v) for v in range(3)] +
    [(nc_jobs_fair_thanks, 0), (nc_dwp_reply, 0)] + [(nc_supplier_quote, v) for v in range(2)] +
    [(nc_licence, 0), (nc_catering, 0), (nc_funding_bid, 0), (nc_board, 0), (nc_complaints, 0), (nc_dp_training, 0),
     (nc_ferry, 0), (nc_volunteer_odt, 0), (nc_csv_usage, 0), (nc_dictated, 0)] + [(nc_event, v) for v in range(2)] +
    [(nc_print, 0), (nc_out_of_office, 0), (nc_smime_signed, 0), (nc_rfc822, 0)] +
    [(r_one_name, v) for v in range(9)] + [(r_cv_to_claimant, v) for v in range(3)] + [(r_cvs, v) for v in range(4)] +
    [(r_app_forms, v) for v in range(3)] + [(r_letters, v) for v in range(4)] + [(r_name_lists, v) for v in range(3)] +
    [(r_nino_only, v) for v in range(2)] + [(r_dwp_lists, v) for v in range(2)] + [(r_ucnea1_gns, v) for v in range(2)] +
    [(r_c15, v) for v in range(2)] + [(r_forward, v) for v in range(2)] + [(r_encrypted, v) for v in range(3)] +
    [(e_special, v) for v in range(15)] + [(e_nino, v) for v in range(7)] + [(e_dob_bank, v) for v in range(5)] +
    [(e_benefit_children, v) for v in range(5)] + [(e_beyond_name, v) for v in range(5)] + [(e_over, v) for v in range(4)] +
    [(e_forbidden_col, v) for v in range(3)] + [(e_letter_kind, v) for v in range(3)] + [(e_dwp_process, v) for v in range(3)] +
    [(e_claimant, v) for v in range(4)] + [(e_tag, v) for v in range(3)] + [(e_password, v) for v in range(3)] +
    [(e_scan, v) for v in range(4)] +
    [(x_cv_no_consent, v) for v in range(5)] + [(x_uninspectable, v) for v in range(7)]
)


def build_all():
    """build every message in memory: returns (files {relative path: bytes}, labels, consent lines)"""
    _used_ninos.clear()
    del CONSENT[:]
    _hand_i[0] = 0
    built = []
    for fn, v in SCENARIOS:
        key = "%s:%d" % (fn.__name__, v)
        R.seed(key)
        fake.seed_instance(zlib.crc32(key.encode()))
        _SRC.reseed("src-" + key)
        sp, lab = fn(v)
        built.append((fn.__name__, v, sp, lab))
    order = list(range(len(built)))
    random.Random(SEED + 1).shuffle(order)
    files = {}
    labels = []
    for pos, k in enumerate(order):
        n = pos + 1
        name, v, sp, lab = built[k]
        hid = "%s-%03d" % (PREFIX, n)
        files["mail/%s.eml" % hid] = build(sp, n)
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": addr(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": name})
    consent = sorted(set(CONSENT + ["k.dunmore88@gmail.com", "k.oyelaran-walsh@btinternet.com"]))
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode("utf-8")
    files["consent.txt"] = "".join(a + "\n" for a in consent).encode("utf-8")
    return files, labels, consent


def digest(files):
    h = hashlib.sha256()
    for k in sorted(files):
        h.update(k.encode() + b"\0" + hashlib.sha256(files[k]).digest())
    return h.hexdigest()


def write_all(files):
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    for k, b in files.items():
        with open(os.path.join(HERE, k), "wb") as f:
            f.write(b)


# ================================================================== self-check
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


def html_text(h):
    attrs = re.findall(r'\b(?:alt|title)="([^"]*)"', h)
    t = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    t = re.sub(r"(?i)<br\s*/?>|</(div|p|li|tr|h\d)>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return htmllib.unescape(t + "\n" + "\n".join(attrs))


def odf_text(blob):
    from odf.opendocument import load
    from odf import teletype
    doc = load(io.BytesIO(blob))
    return teletype.extractText(doc.text)


def docx_text(blob):
    d = docx.Document(io.BytesIO(blob))
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    for sec in d.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            parts += [p.text for p in hf.paragraphs]
    return "\n".join(parts)


def ics_unfold(t):
    return re.sub(r"\r?\n[ \t]", "", t).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def att_text(fn, blob, depth=0):
    """text of one attachment from its bytes; flags: scan, mislabelled; raises Uninspectable / Protected"""
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
    flags = set()
    try:
        if blob[:5] == b"%PDF-" or ext == "pdf":
            if ext != "pdf":
                flags.add("mislabelled")
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Protected(fn)
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                imgs = sum(len(p.images) for p in r.pages)
                if not imgs:
                    raise Uninspectable("%s: empty PDF" % fn)
                flags.add("scan")
            return t, flags
        if ext == "docx":
            return docx_text(blob), flags
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob))
            parts = []
            for ws in wb.worksheets:
                parts.append("[sheet %s %s]" % (ws.title, ws.sheet_state))
                for row in ws.iter_rows(values_only=True):
                    parts.append(",".join("" if x is None else str(x) for x in row))
            return "\n".join(parts), flags
        if ext == "odt":
            return odf_text(blob), flags
        if ext in ("csv", "txt"):
            return blob.decode("utf-8-sig"), flags
        if ext == "ics":
            t = blob.decode("utf-8")
            if "BEGIN:VCALENDAR" not in t:
                raise Uninspectable(fn)
            return ics_unfold(t), flags
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            if any(i.flag_bits & 1 for i in z.infolist()):
                with pyzipper.AESZipFile(io.BytesIO(blob)) as az:
                    for i in az.infolist():
                        try:
                            az.read(i.filename)
                        except RuntimeError:
                            pass
                raise Protected(fn)
            if z.testzip() is not None:
                raise Uninspectable(fn)
            parts = []
            for info in z.infolist():
                t, f2 = att_text(info.filename, z.read(info.filename), depth + 1)
                parts.append(info.filename + "\n" + t)
                flags |= f2
            return "\n".join(parts), flags
        if ext in ("jpg", "jpeg", "png"):
            im = Image.open(io.BytesIO(blob))
            im.load()
            flags.add("scan")
            return "", flags
        if ext == "doc":
            if blob[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
                raise Uninspectable("%s: not an OLE compound file" % fn)
            return "", flags
    except (Protected, Uninspectable):
        raise
    except Exception as ex:
        raise Uninspectable("%s: %s: %s" % (fn, type(ex).__name__, ex))
    raise Uninspectable("%s: unknown type" % fn)


def walk_message(m, texts, flags, depth=0):
    ct = m.get_content_type()
    if ct == "application/pkcs7-mime" or (ct == "multipart/encrypted"):
        flags.add("encrypted")
        if ct == "application/pkcs7-mime":
            flags.add("smime-env")
        return
    if ct == "multipart/signed":
        from cryptography.hazmat.primitives.serialization import pkcs7
        subs = list(m.iter_parts())
        pkcs7.load_der_pkcs7_certificates(subs[1].get_payload(decode=True))
        flags.add("signed")
        walk_message(subs[0], texts, flags, depth)
        return
    cids_in_html = set()
    for part in m.walk():
        if part.get_content_type() == "text/html":
            cids_in_html |= set(re.findall(r'src="cid:([^"]+)"', part.get_content()))
    for part in m.iter_parts() if m.is_multipart() else [m]:
        pct = part.get_content_type()
        if part.is_multipart():
            if pct == "multipart/encrypted":
                flags.add("encrypted")
                continue
            if pct == "multipart/signed":
                flags.add("signed")
                subs = list(part.iter_parts())
                from cryptography.hazmat.primitives.serialization import pkcs7
                sigblob = subs[1].get_payload(decode=True)
                pkcs7.load_der_pkcs7_certificates(sigblob)
                walk_message(subs[0], texts, flags, depth)
                continue
            walk_message(part, texts, flags, depth)
            continue
        fn = part.get_filename()
        disp = part.get_content_disposition()
        if pct == "message/rfc822":
            inner = part.get_content()
            for k in ("Subject", "From", "To"):
                if inner[k]:
                    texts.append(str(inner[k]))
            walk_message(inner, texts, flags, depth + 1)
            continue
        if pct == "application/pkcs7-mime":
            flags.add("encrypted")
            continue
        if pct in ("text/plain", "text/html") and not (disp == "attachment"):
            t = part.get_content()
            if "-----BEGIN PGP MESSAGE-----" in t:
                flags.add("encrypted")
            texts.append(html_text(t) if pct == "text/html" else t)
            continue
        if pct == "text/calendar":
            texts.append(ics_unfold(part.get_content()))
            continue
        cid = (part.get("Content-ID") or "").strip("<>")
        if pct.startswith("image/") and cid and cid in cids_in_html and disp == "inline":
            im = Image.open(io.BytesIO(part.get_payload(decode=True)))
            im.load()
            flags.add("logo")
            continue
        blob = part.get_payload(decode=True)
        fn = fn or "unnamed.bin"
        texts.append(fn)
        try:
            t, f2 = att_text(fn, blob)
            texts.append(t)
            flags |= f2
        except Uninspectable as ex:
            flags.add("uninspectable")
            texts.append("")
        except Protected:
            flags.add("protected")


PHONE_RX = re.compile(r"(?<![\d+])(?:\+44\s?|0)(?:\d[ ]?){9,10}(?!\d)")
PHONE_OK = ("07700900", "01632960", "01134960", "01614960", "02079460", "08081570")


def bad_phones(text):
    out = []
    for m in PHONE_RX.finditer(text):
        raw = m.group(0).strip()
        dig = re.sub(r"\D", "", raw)
        if raw.startswith("+44"):
            dig = "0" + dig[2:]
        if len(dig) != 11:
            continue
        if not dig.startswith(PHONE_OK):
            out.append(raw)
    return out


IBAN_RX = re.compile(r"\bGB\d{2}(?: ?[A-Z0-9]{4}){4} ?[A-Z0-9]{2}\b")
CARD_RX = re.compile(r"\b\d{4} \d{4} \d{4} \d{4}\b")

ALLOWED_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}
C15_KINDS = {"exit_report", "change_of_circumstances", "whp_eb_customer_form"}
LIST_OK_COLS = {"surname", "initial", "forename", "name_sf", "nino", "ref", "course_date", "interview_date",
                "appointment_date"}


def rclass(a):
    d = a.split("@")[1].lower()
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply"
    if d == INT:
        return "internal"
    if d in CLAIMANT_DOMAINS and a not in THIRD_PARTY_PERSONAL:
        return "claimant"
    return "third"


def _list_ok(f, t):
    if f["nino_only"]:
        return True
    if f["list_rows"] > 500 or not set(f["list_cols"]) <= LIST_OK_COLS:
        return False
    return not (t["dob"] or t["bank"] or t["benefit_payment"] or t["children"] or t["contact_details"] or t["special"])


def _exempt(c, a, rec, consent):
    f, t = rec["facts"], rec["truth"]
    kinds, sp = set(t["doc_kinds"]), set(t["special"])
    if f["extra"]:
        return False
    ids = t["ninos"] or t["dob"] or t["bank"]
    p32 = bool(sp) or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"]
    if f["name_only"]:
        return (c in ("dwp", "supply", "third") and t["data_subjects"] == 1 and not kinds
                and not (ids or p32 or t["contact_details"]))
    letters_ok = (kinds and kinds <= ALLOWED_LETTERS and 1 <= f["letters"] <= 10
                  and not (sp or t["ninos"] or t["bank"] or t["dob"] or t["benefit_payment"] or t["children"]))
    if c == "claimant":
        if (kinds == {"cv"} and f["cv_count"] == 1 and a in consent
                and not (t["ninos"] or t["dob"] or t["bank"] or sp & {"health", "mental_health", "ethnicity", "criminal"})):
            return True
        return bool(letters_ok)
    if c == "dwp":
        if kinds and kinds <= {"name_list", "nino_list"}:
            return _list_ok(f, t)
        if kinds in ({"ucnea1"}, {"good_news_story"}):
            return f["records"] == 1
        if kinds and kinds <= C15_KINDS:
            return f["records"] == 1 and rec["mail_from"] == PROV_INBOX and a == DWP_INBOX
        return False
    if f["fwd_record"]:
        return c == "supply" and f["records"] == 1
    if kinds == {"cv"}:
        return 1 <= f["cv_count"] <= 10 and not (ids or p32)
    if kinds and kinds <= {"application_form", "application_form_couple"}:
        return 1 <= f["form_people"] <= 10 and not (ids or p32)
    if letters_ok:
        return True
    if kinds and kinds <= {"name_list", "nino_list"}:
        return _list_ok(f, t)
    return False


def derive_action(rec, subject, consent):
    """the self-check's own reading of RULES.md (precedence as in the shared corpus)"""
    f, t = rec["facts"], rec["truth"]
    rc = [(a, rclass(a)) for a in rec["rcpt_to"]]
    if f["encrypted"]:
        return "relay"
    if f["opaque"]:
        return "reject"
    if f["scan"]:
        return "encrypt"
    if f["cv_count"] and any(c == "claimant" and a not in consent for a, c in rc):
        return "reject"
    if f["pw"] or "[ENCRYPT]" in subject:
        return "encrypt"
    if t == T0 and not f["name_only"]:
        return "relay"
    for a, c in rc:
        if c != "internal" and not _exempt(c, a, rec, consent):
            return "encrypt"
    return "relay"


def selfcheck(files, labels, consent):
    from email import message_from_bytes
    from email.utils import getaddresses
    problems, warns = [], []
    ids = set()
    for rec in labels:
        hid = rec["id"]
        P = lambda msg: problems.append((hid, msg))
        if hid in ids:
            P("duplicate id")
        ids.add(hid)
        if set(rec["facts"]) != set(FACT_KEYS):
            P("facts keys")
        if set(rec["truth"]) != set(T0):
            P("truth keys")
        raw = files[rec["file"]]
        m = message_from_bytes(raw, policy=policy.default)
        if raw.count(b"\r\n") and raw.count(b"\n") != raw.count(b"\r\n"):
            P("mixed line endings")
        frm = getaddresses([m["From"]])[0][1]
        if frm != rec["mail_from"]:
            P("From %s != mail_from %s" % (frm, rec["mail_from"]))
        hdr = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", [])) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]) or len(set(rec["rcpt_to"])) != len(rec["rcpt_to"]):
            P("To/Cc not consistent with rcpt_to")
        if m["Bcc"]:
            P("Bcc header present")
        if not m["Date"] or not m["Message-ID"] or m["Subject"] is None:
            P("missing Date/Message-ID/Subject")
        subject = str(m["Subject"])
        texts = [subject]
        for k, val in m.items():
            kl = k.lower()
            if kl.startswith("x-") or kl in ("comments", "keywords"):
                texts.append(str(val))
            if kl in ("from", "to", "cc", "reply-to"):
                texts.append(" ".join(n for n, _ in getaddresses([str(val)])))
        flags = set()
        try:
            walk_message(m, texts, flags)
        except Exception as ex:
            P("walk failed: %s: %s" % (type(ex).__name__, ex))
        full = "\n".join(texts)
        f, t, rule = rec["facts"], rec["truth"], rec["rule"]
        # structure flags against the facts
        if f["encrypted"] != ("encrypted" in flags):
            P("encrypted flag mismatch %s" % sorted(flags))
        if f["opaque"] != ("uninspectable" in flags):
            P("uninspectable flag mismatch %s" % sorted(flags))
        if f["pw"] != ("protected" in flags):
            P("protected flag mismatch %s" % sorted(flags))
        if f["scan"] != ("scan" in flags):
            P("scan flag mismatch %s" % sorted(flags))
        if (f["encrypted"] or f["opaque"] or f["pw"] or f["scan"]) and t != T0:
            P("unreadable case with non-empty truth")
        if "smime-env" in flags:
            from cryptography.hazmat.primitives.serialization import pkcs7
            key, cert = det_cert("bw-ref", "Bridgeway Referrals", "referrals@" + BRIDGEWAY)
            part = m if m.get_content_type() == "application/pkcs7-mime" else None
            pt = pkcs7.pkcs7_decrypt_der(part.get_payload(decode=True), cert, key, [])
            if b"Content-Type" not in pt:
                P("S/MIME envelope did not decrypt")
        # NINOs
        found = find_ninos(full)
        if len(found) > t["ninos"]:
            P("found %d valid NINOs > truth %d" % (len(found), t["ninos"]))
        elif len(found) < t["ninos"]:
            warns.append((hid, "found %d NINOs < truth %d" % (len(found), t["ninos"])))
        # synthetic numbers
        for ph in bad_phones(full):
            P("phone outside the Ofcom drama ranges: %s" % ph)
        for ib in IBAN_RX.findall(full):
            if not iban_valid(ib):
                P("IBAN checksum invalid: %s" % ib)
        if t["bank"]:
            for cd in CARD_RX.findall(full):
                if not luhn_ok(cd):
                    P("card number fails Luhn: %s" % cd)
        # labels
        if rule == "no_claimant_data" and (t != T0 or f != F()):
            P("no_claimant_data with non-empty truth or facts")
        if f["name_only"] and t != T(subjects=1):
            P("name_only with more than one name in truth")
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= set(consent):
            P("cv_to_claimant recipient not in consent register")
        if rule == "reject_cv_no_consent" and not any(rclass(a) == "claimant" and a not in consent for a in rec["rcpt_to"]):
            P("reject_cv_no_consent but every claimant recipient is registered")
        if ("[ENCRYPT]" in subject) and rule not in ("encrypt_sender_tag", "reject_cv_no_consent"):
            P("[ENCRYPT] in subject but rule %s" % rule)
        if (t != T0 or f["name_only"]) and all(rclass(a) == "internal" for a in rec["rcpt_to"]):
            P("claimant data to internal recipients only")
        if ACTION[rule] != rec["expected_action"] or GUIDE[rule] != rec["guidance"]:
            P("rule/action/guidance inconsistent")
        d = derive_action(rec, subject, set(consent))
        if d != rec["expected_action"]:
            P("derived action %s != label %s" % (d, rec["expected_action"]))
        if t["data_subjects"] == 0 and t != T0:
            P("claimant data with zero data subjects")
    return problems, warns


def report(labels):
    acts = Counter(r["expected_action"] for r in labels)
    rules = Counter(r["rule"] for r in labels)
    n = len(labels)
    print("messages: %d" % n)
    for a in ("relay", "encrypt", "reject"):
        print("  %-8s %3d (%.1f%%)" % (a, acts[a], 100.0 * acts[a] / n))
    print("  of relay, no_claimant_data: %d (%.1f%% of all)" % (rules["no_claimant_data"], 100.0 * rules["no_claimant_data"] / n))
    print("rules:")
    for r in sorted(rules, key=lambda x: (ACTION[x], x)):
        print("  %-30s %-7s %3d" % (r, ACTION[r], rules[r]))
    cats = Counter()
    kinds = Counter()
    for r in labels:
        t = r["truth"]
        for k in ("dob", "bank", "benefit_payment", "children", "contact_details"):
            cats[k] += bool(t[k])
        cats["ninos"] += bool(t["ninos"])
        for s in t["special"]:
            cats["special:" + s] += 1
        for k in t["doc_kinds"]:
            kinds[k] += 1
    print("messages whose truth has each category:", dict(sorted(cats.items())))
    print("messages by document kind:", dict(sorted(kinds.items())))


def read_disk():
    files = {}
    for root, _, names in os.walk(MAIL_DIR):
        for nm in names:
            p = os.path.join(root, nm)
            files[os.path.relpath(p, HERE)] = open(p, "rb").read()
    for nm in ("labels.jsonl", "consent.txt"):
        files[nm] = open(os.path.join(HERE, nm), "rb").read()
    return files


def main():
    args = sys.argv[1:]
    if "--digest" in args:
        files, _, _ = build_all()
        print(digest(files))
        return 0
    if "--check" in args:
        disk = read_disk()
        labels = [json.loads(l) for l in disk["labels.jsonl"].decode("utf-8").splitlines() if l.strip()]
        consent = disk["consent.txt"].decode("utf-8").split()
        problems, warns = selfcheck(disk, labels, consent)
        files, _, _ = build_all()
        if digest(files) != digest(disk):
            problems.append(("*", "files on disk differ from a fresh in-memory build"))
    else:
        files, labels, consent = build_all()
        write_all(files)
        problems, warns = selfcheck(read_disk(), labels, consent)
    report(labels)
    for w in warns:
        print("WARN", *w)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        print("self-check FAILED (%d problems)" % len(problems))
        return 1
    print("self-check OK")
    if "--check" not in args:
        import subprocess
        env = dict(os.environ, PYTHONHASHSEED="12345")
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--digest"], capture_output=True, text=True, env=env)
        d2 = out.stdout.strip()
        d1 = digest(read_disk())
        if d1 == d2:
            print("two builds byte-identical: sha256 %s (second build in a fresh process)" % d1)
        else:
            print("BUILDS DIFFER: %s vs %s %s" % (d1, d2, out.stderr[-500:]))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Held-out set N generator.

An East of England subcontractor, "Fen & Broads Works CIC", delivering Restart and the
"New Roots" refugee / ESOL employability strand for its prime, "Anglia Employment
Partnership", in Norfolk, Suffolk and Cambridgeshire.  Both share the prime's mail
tenancy (provider.example.org.uk).  Staff work from a shared CRM ("Pathway CRM") and
SharePoint; many write from desktops, some are older staff and volunteers.

Deterministic: fixed seeds, fixed dates, fixed MIME boundaries, normalised zip
timestamps, seeded salts for AES zips and encrypted PDFs.

    python make.py           writes mail/, labels.jsonl, consent.txt, then self-checks
    python make.py --check   self-check only
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
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
SEED = 20261203
R = random.Random(SEED)
fake = Faker("en_GB")
fake.seed_instance(SEED)
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_ZIP_DT = (2026, 11, 2, 9, 0, 0)

INT = "provider.example.org.uk"
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]

PRIME = "Anglia Employment Partnership"
SUB = "Fen & Broads Works CIC"
STRAND = "New Roots ESOL & Employability"

# ------------------------------------------------------------------ identifiers
NINO_FIRST = list("ABCEGHJKLMNOPRSTWXYZ")
NINO_SECOND = list("ABCEGHJKLMNPRSTWXYZ")
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_used = set()


def nino():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p in BAD_PREFIX:
            continue
        n = p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")
        if n not in _used:
            _used.add(n)
            return n


def nsp(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mob():
    return "07700 900%03d" % R.randint(0, 999)


def land():
    return R.choice(["0113 496 0%03d", "0161 496 0%03d", "020 7946 0%03d"]) % R.randint(0, 999)


AREAS = [("NR", 35, "Norwich"), ("NR", 35, "Great Yarmouth"), ("NR", 35, "Lowestoft"), ("IP", 33, "Ipswich"),
         ("IP", 33, "Thetford"), ("IP", 33, "Bury St Edmunds"), ("PE", 38, "King's Lynn"), ("PE", 38, "Wisbech"),
         ("PE", 38, "Peterborough"), ("CB", 25, "Ely"), ("CB", 25, "Cambridge"), ("CB", 25, "Haverhill")]
LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode_town():
    a, mx, town = R.choice(AREAS)
    pc = "%s%d %d%s%s" % (a, mx + R.randint(5, 20), R.randint(1, 9), R.choice(LETTERS), R.choice(LETTERS))
    return pc, town


def _iban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(num) % 97, bban)


def iban_gb():
    bank = "".join(R.choice("CDEFGJKPQRTUVWXY") for _ in range(4))
    return _iban("GB", bank + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999))


def iban_ua():
    return _iban("UA", "%06d" % R.randint(300000, 399999) + "".join(str(R.randint(0, 9)) for _ in range(19)))


def iban_lt():
    return _iban("LT", "%05d" % R.randint(70000, 79999) + "%011d" % R.randint(0, 10 ** 11 - 1))


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_card(prefix=(4, 6, 5, 9)):
    d = list(prefix) + [R.randint(0, 9) for _ in range(15 - len(prefix))]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return grp4("".join(map(str, d + [(10 - tot % 10) % 10])))


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def sortcode():
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


def acct():
    return "%08d" % R.randint(10000000, 99999999)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def d_long(d):
    return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)


def d_uk(d):
    return d.strftime("%d/%m/%Y")


def d_dots(d):
    return d.strftime("%d.%m.%y")


def day(n):
    """a working day in Nov 2026 - Jan 2027 as text"""
    d = datetime.date(2026, 11, 23) + datetime.timedelta(days=n)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d.strftime("%A %d %B %Y").replace(" 0", " ")


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# hand-made names from the communities New Roots serves: (first, last, sex, language)
COMMUNITY = [
    ("Abdi", "Warsame", "m", "Somali"), ("Hodan", "Farah", "f", "Somali"), ("Farhiya", "Nur", "f", "Somali"),
    ("Ahmad Zia", "Rahimi", "m", "Dari"), ("Zarghona", "Sultani", "f", "Pashto"), ("Rami", "Al-Khatib", "m", "Arabic"),
    ("Lina", "Haddad", "f", "Arabic"), ("Tesfay", "Ghebremariam", "m", "Tigrinya"), ("Selam", "Tekle", "f", "Tigrinya"),
    ("Hamid", "Abdelrahman", "m", "Sudanese Arabic"), ("Olena", "Kovalenko", "f", "Ukrainian"),
    ("Andriy", "Melnyk", "m", "Ukrainian"), ("Rebwar", "Aziz", "m", "Kurdish Sorani"), ("Parisa", "Mohammadi", "f", "Farsi"),
    ("Ka-Wai", "Chan", "f", "Cantonese"), ("João", "Ferreira", "m", "Portuguese"), ("Rūta", "Kazlauskienė", "f", "Lithuanian"),
    ("Amina", "Hussain", "f", "Urdu"), ("Mohammed", "Yusuf", "m", "Arabic"), ("Nasrin", "Karimi", "f", "Farsi"),
    ("Dawit", "Haile", "m", "Amharic"), ("Fatuma", "Osman", "f", "Somali"), ("Yusuf", "Ahmadi", "m", "Dari"),
    ("Mariatu", "Kamara", "f", "Krio"), ("Bogdan", "Popescu", "m", "Romanian"), ("Halyna", "Bondar", "f", "Ukrainian"),
    ("Samir", "Haidari", "m", "Pashto"), ("Aster", "Woldemichael", "f", "Tigrinya"), ("Khalid", "Mahamud", "m", "Somali"),
    ("Shirin", "Rostami", "f", "Kurdish Sorani"), ("Omid", "Jafari", "m", "Farsi"), ("Nadia", "Qasemi", "f", "Dari"),
    ("Ibrahim", "Diallo", "m", "French"), ("Wai Ming", "Leung", "m", "Cantonese"), ("Marta", "Sousa", "f", "Portuguese"),
    ("Tamana", "Noori", "f", "Pashto"), ("Hussein", "Ali Nur", "m", "Somali"), ("Viktoriia", "Shevchuk", "f", "Ukrainian"),
]
_comm_order = list(range(len(COMMUNITY)))
random.Random(SEED + 7).shuffle(_comm_order)
_comm_i = [0]


class Person:
    def __init__(self, community=None, domain=None, consent=False):
        if community is None:
            community = R.random() < 0.55
        if community:
            f, l, sx, lang = COMMUNITY[_comm_order[_comm_i[0] % len(COMMUNITY)]]
            _comm_i[0] += 1
            self.lang = lang
        else:
            sx = R.choice("mf")
            f = fake.first_name_male() if sx == "m" else fake.first_name_female()
            l = fake.last_name()
            self.lang = None
        self.first, self.last, self.sex = f, l, sx
        self.name = "%s %s" % (f, l)
        self.title = "Mr" if sx == "m" else R.choice(["Mrs", "Ms", "Miss"])
        self.formal = "%s %s. %s" % (self.title, f[0], l)         # Mr A. Hussain
        self.crm = "%s, %s" % (l.upper(), f)                        # HUSSAIN, Amina
        self.he, self.him, self.his = ("he", "him", "his") if sx == "m" else ("she", "her", "her")
        self.house = R.randint(1, 140)
        self.street = fake.street_name()
        self.postcode, self.town = postcode_town()
        self.address = "%d %s, %s %s" % (self.house, self.street, self.town, self.postcode)
        self.mobile = mob()
        dom = domain or R.choice(CLAIMANT_DOMAINS)
        a, b = ascii_(f).lower().replace(" ", "").replace("-", ""), ascii_(l).lower().replace(" ", "").replace("-", "").replace("'", "")
        self.email = R.choice(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (a, b, R.randint(1, 98)) + "@" + dom
        self.age = R.randint(19, 63)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.nino = nino()
        self.ref = "RST-%06d" % R.randint(100000, 999999)
        self.pid = "NR%05d" % R.randint(10000, 99999)
        if consent:
            CONSENT.append(self.email)


CONSENT = []


def claimant(community=None, consent=False, domain=None):
    return Person(community, domain, consent)


# ------------------------------------------------------------------ staff / organisations
class Staff:
    def __init__(self, first, last, title, org, office, ph, mb, kind, pron=None, addr=None):
        self.first, self.last, self.title, self.org, self.office = first, last, title, org, office
        self.name = first + " " + last
        self.email = addr or ("%s.%s@%s" % (first, last, INT)).lower()
        self.ph, self.mb, self.kind, self.pron = ph, mb, kind, pron


ST = {
    "margaret": Staff("Margaret", "Thurlow", "Senior Employment Adviser (Restart)", SUB, "Norwich", "0113 496 0441", None, "formal"),
    "derek": Staff("Derek", "Pymm", "Restart Team Leader", SUB, "King's Lynn", "0113 496 0452", "07700 900318", "formal"),
    "sunita": Staff("Sunita", "Bains", "New Roots ESOL & Employability Coordinator", SUB, "Peterborough", "0161 496 0720", "07700 900264", "modern", "she/her"),
    "hassan": Staff("Hassan", "Omar", "Refugee Employment Caseworker", SUB, "Ipswich", "0161 496 0733", "07700 900581", "modern", "he/him"),
    "kerry": Staff("Kerry", "Barnes", "Administration and Compliance Officer", SUB, "Wisbech", "0113 496 0460", None, "plain"),
    "pauline": Staff("Pauline", "Cutting", "Volunteer ESOL Tutor", SUB, "Wisbech", "0113 496 0460", None, "volunteer"),
    "graham": Staff("Graham", "Fisk", "Volunteer Mentor", SUB, "Thetford", "0113 496 0470", None, "volunteer"),
    "joanna": Staff("Joanna", "Wells", "Finance Officer", SUB, "Norwich", "0113 496 0445", None, "plain"),
    "tomasz": Staff("Tomasz", "Zielinski", "Employer Engagement Lead", SUB, "Peterborough", "0161 496 0725", "07700 900642", "modern", "he/him"),
    "lucy": Staff("Lucy", "Ashworth", "Operations Manager", SUB, "Norwich", "0113 496 0440", "07700 900150", "modern", "she/her"),
    "nadeem": Staff("Nadeem", "Qureshi", "Contract Manager, Restart East", PRIME, "Cambridge", "020 7946 0318", "07700 900822", "modern"),
}
RESTART_BOX = Staff("Restart", "Norwich", "", SUB, "Norwich", "0113 496 0440", None, "box", addr="restart.norwich@" + INT)
NEWROOTS_BOX = Staff("New Roots", "Team", "", SUB, "Peterborough", "0161 496 0720", None, "box", addr="newroots@" + INT)
CRM = Staff("Pathway", "CRM", "", SUB, "", "", None, "system", addr="pathway-crm@" + INT)
SHAREPOINT = Staff("SharePoint", "Online", "", SUB, "", "", None, "system", addr="sharepoint-noreply@" + INT)
FINANCE_BOX = Staff("Finance", "Fen & Broads", "", SUB, "Norwich", "0113 496 0445", None, "box", addr="finance@" + INT)

OFFICES = {"Norwich": "Unit 4, Wensum Yard, Norwich NR40 2LT", "King's Lynn": "The Old Granary, Purfleet Quay, King's Lynn PE45 1BU",
           "Peterborough": "2nd Floor, Cathedral Chambers, Peterborough PE48 1XS", "Ipswich": "14 Orwell Wharf, Ipswich IP40 3QA",
           "Wisbech": "Riverside Centre, North Brink, Wisbech PE50 2RJ", "Thetford": "Thetford Enterprise Park, Unit 9, Thetford IP45 1AB",
           "Cambridge": "Anglia House, 20 Mill Road, Cambridge CB35 2DX"}

DISCLAIMER = ("Fen & Broads Works CIC (company no. 09912744) delivers Restart and New Roots as a subcontractor of "
              "Anglia Employment Partnership. This e-mail and any attachment are confidential and may contain personal "
              "data, including special category data such as information about health, racial or ethnic origin, "
              "religious beliefs or sexual orientation, or about criminal convictions. If you are not the intended "
              "recipient please tell the sender and delete it. We do not accept liability for viruses.")
WELLBEING = ("Your wellbeing matters. If you are struggling with your mental health, anxiety or money worries, "
             "Samaritans are there day or night on 116 123, and staff can use our Employee Assistance Programme at any time.")
PRIME_DISC = ("Anglia Employment Partnership is the prime provider of Restart in the East of England on behalf of the "
              "Department for Work and Pensions. Information in this message is confidential. Anglia Employment "
              "Partnership is a Disability Confident Leader and a Mindful Employer.")


def sig(s, kind=None, disc=True, well=None):
    kind = kind or s.kind
    if s.kind == "box":
        t = "\n\nKind regards\n\n%s team\n%s\n%s\nTel: %s" % (s.first if s.first != "Finance" else "Finance", SUB, OFFICES[s.office], s.ph)
    elif s.kind == "system":
        return ""
    elif kind == "formal":
        t = "\n\nYours sincerely,\n\n\n%s %s\n%s\n%s\n%s\nTelephone: %s" % ("Mrs" if s.first == "Margaret" else "Mr", s.name, s.title, SUB,
                                                                         OFFICES[s.office], s.ph)
        if s.mb:
            t += "\nMobile: %s" % s.mb
    elif kind == "modern":
        t = "\n\nBest wishes,\n%s\n\n%s%s\n%s | %s\n%s%s\n%s" % (
            s.first, s.name, " (%s)" % s.pron if s.pron else "", s.title, s.org, "T " + s.ph, " | M " + s.mb if s.mb else "",
            OFFICES[s.office])
    elif kind == "volunteer":
        t = "\n\nMany thanks,\n%s\n(%s, %s office - I am in Tuesdays and Thursdays)" % (s.first, s.title, s.office)
    elif kind == "short":
        t = "\n\n%s" % s.first
    else:
        t = "\n\nThanks\n%s %s\n%s, %s\n%s" % (s.first, s.last, s.title, SUB, s.ph)
    if well is None:
        well = s.kind in ("modern", "plain")
    if well:
        t += "\n\n" + WELLBEING
    if disc:
        t += "\n\n" + (PRIME_DISC if s.org == PRIME else DISCLAIMER)
    return t


class Contact:
    def __init__(self, first, last, title, org, domain, email=None):
        self.first, self.last, self.title, self.org, self.domain = first, last, title, org, domain
        self.name = (first + " " + last).strip()
        self.email = email or ("%s.%s@%s" % (first, last, domain)).lower()


EMP = {
    "acme": Contact("Sharon", "Gedge", "Site HR Advisor", "Acme Logistics (Thetford DC)", "acme-logistics.co.uk"),
    "greenfield": Contact("Bev", "Rudd", "Registered Manager", "Greenfield Care", "greenfield-care.com"),
    "citybuild": Contact("Wayne", "Dack", "Contracts Manager", "CityBuild Ltd", "citybuild-ltd.co.uk"),
    "harbour": Contact("Chloe", "Sparrow", "Head of Housekeeping", "Harbourview Hotels (Great Yarmouth)", "harbourview-hotels.co.uk"),
    "brightside": Contact("Nikhil", "Pattani", "Store Manager", "Brightside Retail", "brightside-retail.co.uk"),
    "fenmarsh": Contact("Alan", "Leggett", "Packhouse Manager", "Fenmarsh Produce", "fenmarsh-produce.co.uk"),
    "broadland": Contact("Ewa", "Malinowska", "Recruitment Coordinator", "Broadland Poultry", "broadland-poultry.co.uk"),
    "ousecare": Contact("Denise", "Howlett", "Deputy Manager", "Ouse Valley Care", "ousevalley-care.co.uk"),
}
NS = [Contact("Helen", "Crisp", "ESOL Curriculum Lead", "Northstar Training", NORTHSTAR),
      Contact("Adebayo", "Ogun", "Centre Manager (Peterborough)", "Northstar Training", NORTHSTAR),
      Contact("", "", "", "Northstar Training", NORTHSTAR, "esol.enrolments@" + NORTHSTAR)]
BW = [Contact("Rosa", "Delgado", "Refugee Integration Caseworker", "Bridgeway Support", BRIDGEWAY),
      Contact("Ian", "Middleditch", "Service Manager", "Bridgeway Support", BRIDGEWAY),
      Contact("", "", "", "Bridgeway Support", BRIDGEWAY, "referrals@" + BRIDGEWAY)]
DWPC = [Contact("Karen", "Thrower", "Work Coach, Norwich Jobcentre", "DWP", "dwp.gov.uk"),
        Contact("Stuart", "Loades", "Work Coach, King's Lynn Jobcentre", "DWP", "jobcentreplus.gov.uk"),
        Contact("Priya", "Sandhu", "Provider Partnership Manager", "DWP", "dwp.gov.uk"),
        Contact("Martin", "Gotts", "Work Coach Team Leader, Wisbech", "DWP", "dwp.gsi.gov.uk"),
        Contact("Ruth", "Ellis", "Refugee Employment Lead, East of England", "DWP", "jobcentreplus.gsi.gov.uk")]
OTH = {
    "interp": Contact("", "", "Bookings", "EastLingua Interpreting", "eastlingua-interpreting.co.uk", "bookings@eastlingua-interpreting.co.uk"),
    "foodbank": Contact("Sue", "Blyth", "Referrals Coordinator", "Wensum Valley Foodbank", "wensum-foodbank.org.uk"),
    "housing": Contact("", "", "Tenancy Sustainment Team", "Saxonmere Housing", "saxonmere-housing.org.uk", "tenancy.support@saxonmere-housing.org.uk"),
    "council": Contact("", "", "Council Tax and Benefits", "South Fen District Council", "southfen-dc.gov.uk", "counciltax@southfen-dc.gov.uk"),
    "mosque": Contact("Br. Kamal", "Uddin", "Hall Bookings", "Al-Noor Community Centre, Ipswich", "alnoor-ipswich.org.uk", "kamal.uddin@alnoor-ipswich.org.uk"),
    "church": Contact("Revd Anne", "Culley", "Hall Secretary", "St Mark's Church Hall, Wisbech", "stmarks-wisbech.org.uk", "hall.secretary@stmarks-wisbech.org.uk"),
    "gurdwara": Contact("", "", "Langar Hall Bookings", "Peterborough Gurdwara Community Trust", "pboro-gurdwara.org.uk", "halls@pboro-gurdwara.org.uk"),
    "gp": Contact("", "", "Practice Manager", "Hollowfield Surgery", "hollowfield-surgery.nhs.uk", "practice.manager@hollowfield-surgery.nhs.uk"),
    "college": Contact("Jenny", "Aldous", "Adult ESOL Coordinator", "Fenland Adult Learning", "fenland-adultlearning.ac.uk"),
    "printer": Contact("", "", "Accounts", "FenPrint Supplies Ltd", "fenprint.co.uk", "accounts@fenprint.co.uk"),
    "network": Contact("", "", "Bulletin", "Eastern Employability Network", "eastern-employability.org.uk", "bulletin@eastern-employability.org.uk"),
    "venue": Contact("Gary", "Platten", "Events", "The Forum Meeting Rooms", "forum-rooms.co.uk"),
    "nursery": Contact("Tina", "Bunn", "Manager", "Little Owls Nursery, Wisbech", "littleowls-wisbech.co.uk"),
    "refcouncil": Contact("Amal", "Saeed", "Resettlement Officer", "Mid Anglia Resettlement Partnership", "midanglia-resettlement.org.uk"),
    "buses": Contact("", "", "Corporate Sales", "Konect Coaches", "konect-coaches.co.uk", "corporate@konect-coaches.co.uk"),
    "probation": Contact("Lee", "Gooch", "Probation Practitioner", "East of England Probation Delivery Unit", "eoe-probation.org.uk"),
    "union": Contact("Dave", "Riches", "Regional Organiser", "Eastern Region TUC Unemployed Workers Centre", "easterntuc-centre.org.uk"),
}


def A(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, str):
        return ("", x)
    if isinstance(x, Person):
        return (x.name, x.email)
    return (x.name if x.name.strip() else "", x.email)


# ------------------------------------------------------------------ text helpers
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(t, font="Arial", size="10pt"):
    paras = []
    for p in t.split("\n\n"):
        small = p.startswith(("Fen & Broads Works CIC (company", "Your wellbeing matters", "Anglia Employment Partnership is the"))
        style = "font-size:8pt;color:#7f7f7f" if small else "margin:0 0 8px 0"
        paras.append('<p style="%s">%s</p>' % (style, esc(p).replace("\n", "<br>\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s,sans-serif;font-size:%s">\n%s\n</body></html>\n' % (font, size, "\n".join(paras)))


def html_table(header, rows):
    h = '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9pt">'
    h += "<tr>" + "".join('<th style="background:#d9e2f3">%s</th>' % esc(str(x)) for x in header) + "</tr>"
    for r in rows:
        h += "<tr>" + "".join("<td>%s</td>" % esc(str(x)) for x in r) + "</tr>"
    return h + "</table>"


def kv_text(pairs):
    w = max(len(k) for k, _ in pairs) + 2
    return "\n".join(("%s:" % k).ljust(w) + str(v) for k, v in pairs)


def quote_outlook(name, addr, when, to, subject, body):
    return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (name, addr, when, to, subject, body))


def quote_reply(name, addr, when, body):
    return "\n\nOn %s, %s <%s> wrote:\n%s" % (when, name, addr, "\n".join(("> " + l) if l else ">" for l in body.split("\n")))


def sent(n, h=10, m=4):
    d = datetime.datetime(2026, 11, 16, h, m) + datetime.timedelta(days=n)
    return d.strftime("%d %B %Y %H:%M").lstrip("0")


# ------------------------------------------------------------------ documents
def latin1(t):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-",
           "\u2026": "...", "\u016b": "u", "\u0117": "e", "\u00a3": "\u00a3"}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")


class _Seeded:
    """a seeded replacement for the OS random source used by fpdf2 and pyzipper"""
    def __init__(self, seed):
        self.r = random.Random(seed)

    def read(self, n):
        return bytes(self.r.randint(0, 255) for _ in range(n))


class CrmPDF(FPDF):
    head = ""
    foot = ""

    def header(self):
        if self.head:
            self.set_font("helvetica", "B", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, latin1(self.head), new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        if self.foot:
            self.set_y(-12)
            self.set_font("helvetica", "I", 7.5)
            self.cell(0, 5, latin1(self.foot.replace("{p}", str(self.page_no()))), align="C")


def pdf_bytes(title, pages, head="", foot="", password=None, seed=0):
    p = CrmPDF(format="A4")
    p.head, p.foot = head, foot
    p.set_creation_date(FIXED_DT)
    p.set_title(latin1(title))
    p.set_author(SUB)
    p.set_creator("Pathway CRM report export" if head else "Microsoft Word")
    p.set_auto_page_break(True, 18)
    for blocks in pages:
        p.add_page()
        for b in blocks:
            k = b[0]
            if k == "h":
                p.set_font("helvetica", "B", 13)
                p.multi_cell(0, 7, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
                p.ln(1)
            elif k == "h2":
                p.set_font("helvetica", "B", 10.5)
                p.multi_cell(0, 6, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            elif k == "p":
                p.set_font("helvetica", "", 9.5)
                p.multi_cell(0, 5, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
                p.ln(1.5)
            elif k == "kv":
                for kk, vv in b[1]:
                    y0 = p.get_y()
                    p.set_font("helvetica", "B", 9)
                    p.multi_cell(62, 5.5, latin1(kk), border=1, new_x="RIGHT", new_y="TOP")
                    p.set_font("helvetica", "", 9)
                    p.multi_cell(0, 5.5, latin1(str(vv)), border=1, new_x="LMARGIN", new_y="NEXT")
                    if p.get_y() < y0 + 5.5:
                        p.set_y(y0 + 5.5)
                p.ln(2)
            elif k == "table":
                hdr, rows = b[1], b[2]
                w = (p.w - p.l_margin - p.r_margin) / len(hdr)
                p.set_font("helvetica", "B", 7.5)
                for c in hdr:
                    p.cell(w, 5.5, latin1(str(c))[:34], border=1)
                p.ln()
                p.set_font("helvetica", "", 7.5)
                for r in rows:
                    for c in r:
                        p.cell(w, 5, latin1(str(c))[:34], border=1)
                    p.ln()
                p.ln(2)
    if password:
        from fpdf.encryption import StandardSecurityHandler
        src = _Seeded(9000 + seed)
        old = StandardSecurityHandler.get_random_bytes
        StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, size: src.read(size))
        try:
            p.set_encryption(owner_password="own-" + password, user_password=password)
            out = bytes(p.output())
        finally:
            StandardSecurityHandler.get_random_bytes = old
        return out
    return bytes(p.output())


def _fix_zip(data, date_re=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if date_re and info.filename in ("docProps/core.xml", "meta.xml"):
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)", r"\g<1>2026-11-02T09:00:00Z\2", t)
                t = re.sub(r"(<(meta:creation-date|dc:date)>)[^<]*(</\2>)", r"\g<1>2026-11-02T09:00:00\3", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, blocks, header=None, footer=None, author=SUB):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
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
                c = t.add_row().cells
                c[0].text, c[1].text = kk, str(vv)
            d.add_paragraph("")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                t.rows[0].cells[i].text = str(c)
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return _fix_zip(bio.getvalue())


def xlsx_bytes(sheets):
    """sheets: list of dicts: title, header, rows, banner (merged title row), hidden"""
    wb = openpyxl.Workbook()
    wb.properties.creator = SUB
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    for i, sh in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = sh["title"]
        ncol = max(len(sh.get("header") or [1]), max((len(r) for r in sh.get("rows", [])), default=1))
        if sh.get("banner"):
            ws.append([sh["banner"]])
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(ncol, 2))
            ws.cell(1, 1).font = Font(bold=True, size=13)
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
        if sh.get("groups"):          # second merged header row: [(label, span), ...]
            row = []
            for label, span in sh["groups"]:
                row += [label] + [None] * (span - 1)
            ws.append(row)
            r = ws.max_row
            col = 1
            for label, span in sh["groups"]:
                if span > 1:
                    ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + span - 1)
                col += span
        if sh.get("header"):
            ws.append(sh["header"])
        for r in sh.get("rows", []):
            ws.append(list(r))
        if sh.get("hidden"):
            ws.sheet_state = "hidden"
    bio = io.BytesIO()
    wb.save(bio)
    return _fix_zip(bio.getvalue())


def odt_bytes(paras, title="Document"):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf import dc, meta
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=title))
    for kind, t in paras:
        doc.text.addElement(H(outlinelevel=1, text=t) if kind == "h" else P(text=t))
    bio = io.BytesIO()
    doc.write(bio)
    return _fix_zip(_strip_odf_dates(bio.getvalue()))


def ods_bytes(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    tc = TableCell(valuetype="float", value=c)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(c)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return _fix_zip(_strip_odf_dates(bio.getvalue()))


def _strip_odf_dates(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "meta.xml":
                t = blob.decode("utf-8")
                t = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>", "<meta:creation-date>2026-11-02T09:00:00</meta:creation-date>", t)
                t = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2026-11-02T09:00:00</dc:date>", t)
                t = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice/7.6</meta:generator>", t)
                blob = t.encode("utf-8")
            z.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT), blob)
    return out.getvalue()


def csv_bytes(header, rows, crlf=True, bom=False):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + b) if bom else b


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def aes_zip_bytes(files, password, seed):
    import pyzipper
    import pyzipper.zipfile_aes as za
    src = _Seeded(7000 + seed)

    class _R:
        @staticmethod
        def new():
            return src
    old = za.Random
    za.Random = _R
    try:
        out = io.BytesIO()
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for name, blob in files:
                zi = za.AESZipInfo(name, date_time=FIXED_ZIP_DT)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                z.writestr(zi, blob)
        return out.getvalue()
    finally:
        za.Random = old


_CRC = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def zipcrypto_bytes(files, password, seed):
    rr = random.Random(seed)
    pw = password.encode()

    def crypt(data):
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(b):
            k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]
        for b in pw:
            upd(b)
        o = bytearray()
        for b in data:
            t = (k[2] | 2) & 0xFFFF
            o.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(b)
        return bytes(o)
    out = io.BytesIO()
    cen = []
    tm, dt = (9 << 11), ((2026 - 1980) << 9) | (11 << 5) | 2
    for name, blob in files:
        crc = zlib.crc32(blob) & 0xFFFFFFFF
        enc = crypt(bytes(rr.randint(0, 255) for _ in range(11)) + bytes([crc >> 24]) + blob)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, tm, dt, crc, len(enc), len(blob), len(fn), 0) + fn + enc)
        cen.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, tm, dt, crc, len(enc), len(blob), len(fn),
                               0, 0, 0, 0, 0o600 << 16, off) + fn)
    cd = out.tell()
    for c in cen:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(cen), len(cen), out.tell() - cd, cd, 0))
    return out.getvalue()


def scan_image(seed, w=1240, h=1754, fmt="JPEG", photo=False):
    """an image of a filled-in form: dark blocks that a reader sees as writing; no text layer"""
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 232 if photo else 244)
    dr = ImageDraw.Draw(img)
    dr.rectangle([80, 60, w - 80, 120], outline=40, width=3)
    y = 170
    while y < h - 160:
        dr.rectangle([90, y, 90 + rr.randint(160, 320), y + 16], fill=rr.randint(30, 90))     # printed label
        dr.rectangle([w // 2 - 40, y - 6, w - 90, y + 26], outline=80, width=2)              # answer box
        x = w // 2 - 20
        while x < w - 140 and rr.random() < 0.85:
            ww = rr.randint(18, 70)
            dr.line([x, y + 14, x + ww, y + 10 + rr.randint(-4, 4)], fill=rr.randint(10, 70), width=3)  # handwriting
            x += ww + rr.randint(6, 16)
        y += rr.choice([52, 52, 64, 90])
    if photo:
        img = img.rotate(rr.uniform(-4, 4), fillcolor=120).filter(ImageFilter.GaussianBlur(1.2))
    for _ in range(2500):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    bio = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(bio, "JPEG", quality=72)
    else:
        img.save(bio, "PNG", optimize=False)
    return bio.getvalue()


def scan_pdf(seed, pages=1):
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT)
    p.set_creator("Canon iR-ADV C5535 scan to email")
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(scan_image(seed + i, 1240, 1754, "JPEG")), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def armour(seed, n=16):
    import base64
    rr = random.Random(seed)
    raw = bytes(rr.randint(0, 255) for _ in range(n * 48))
    b = base64.b64encode(raw).decode()
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n="
            + base64.b64encode(raw[:3]).decode() + "\n-----END PGP MESSAGE-----\n")


def ics_bytes(uid, summary, start, minutes, location, desc, organiser, attendees):
    def fold(line):
        out, b = [], line
        while len(b) > 74:
            out.append(b[:74])
            b = " " + b[74:]
        out.append(b)
        return "\r\n".join(out)
    st = start.strftime("%Y%m%dT%H%M%S")
    en = (start + datetime.timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")
    d = desc.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20261102T090000Z", "DTSTART;TZID=Europe/London:%s" % st,
             "DTEND;TZID=Europe/London:%s" % en, "SUMMARY:%s" % summary, "LOCATION:%s" % location, "DESCRIPTION:%s" % d,
             "ORGANIZER;CN=%s:mailto:%s" % organiser]
    for cn, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


TEAMS = ("\n\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
         "Meeting ID: 318 552 904 117\nPasscode: q7Xk2m\nDownload Teams | Join on the web\n"
         "Learn more | Meeting options\n________________________________________________________________________________")


# ------------------------------------------------------------------ claimant documents
JOBS = ["Packhouse Operative", "Food Production Operative", "Care Assistant", "Housekeeping Assistant", "Warehouse Operative",
        "Retail Assistant", "Kitchen Porter", "Cleaner", "Poultry Processing Operative", "Delivery Driver", "Labourer",
        "Customer Service Assistant", "Teaching Assistant (volunteer)", "Hotel Porter", "Forklift Driver"]
PAST = ["Hotel receptionist (Aleppo)", "Tailor, family business", "Primary school teacher", "Mobile phone repair shop",
        "Farm worker", "Nursery assistant", "Accountant's clerk", "Baker", "Construction labourer", "Market trader",
        "Hospital porter", "Seasonal picking, Wisbech", "Car valeting", "Interpreter (voluntary)", "Warehouse picker"]
SKILLS = ["Forklift (counterbalance) licence", "Food hygiene level 2", "ESOL Entry 3 reading", "Basic IT and email",
          "Manual handling", "Customer service", "Fluent Arabic and Kurdish", "Fluent Tigrinya and Amharic",
          "Team working", "CSCS card", "Cash handling", "First aid (emergency)", "Full UK driving licence",
          "Care Certificate (in progress)", "Health and safety level 1"]


def cv_blocks(pp, dob=False, health=False, crime=False):
    jobs = []
    y = 2025
    for _ in range(R.randint(2, 3)):
        y0 = y - R.randint(1, 4)
        jobs.append(("%d - %d" % (y0, y), R.choice(PAST)))
        y = y0 - 1
    b = [("h", pp.name), ("p", "%s | %s | %s" % (pp.address, pp.mobile, pp.email))]
    if dob:
        b.append(("p", "Date of birth: %s" % d_uk(pp.dob)))
    b += [("h2", "Personal profile"),
          ("p", "Hard-working and reliable person looking for %s work. I am learning English and now study at %s level. "
                "I like working in a team and I learn quickly." % (R.choice(JOBS).lower(), R.choice(["Entry 2", "Entry 3", "Level 1"])))]
    if health:
        b.append(("p", "I have type 1 diabetes which is well controlled; I may need short breaks to check my blood sugar."))
    b.append(("h2", "Work history"))
    for when, what in jobs:
        b.append(("p", "%s  %s" % (when, what)))
    b += [("h2", "Skills"), ("p", ", ".join(R.sample(SKILLS, 4)))]
    if crime:
        b.append(("p", "Disclosure: I received a conviction for theft in 2019 (community order, now spent)."))
    b += [("h2", "References"), ("p", "Available on request.")]
    return b


def cv_docx(pp, **kw):
    return docx_bytes("CV " + pp.name, cv_blocks(pp, **kw), header="Curriculum Vitae", footer="CV prepared with %s" % SUB)


def cv_pdf(pp, **kw):
    return pdf_bytes("CV " + pp.name, [cv_blocks(pp, **kw)])


def cv_odt(pp, **kw):
    return odt_bytes([(k if k == "h" else "p", t) for k, t in cv_blocks(pp, **kw)], "CV")


def cvfile(pp, ext):
    return R.choice(["CV - %s %s.%s", "%s_%s_CV.%s", "%s %s CV Nov 2026.%s"]) % (ascii_(pp.first), ascii_(pp.last), ext)


def app_form_pairs(pp, job, employer, age=True):
    p = [("Post applied for", job), ("Employer", employer), ("Full name", pp.name), ("Address", pp.address),
         ("Telephone", pp.mobile)]
    if age:
        p.append(("Age", str(pp.age)))
    p += [("Right to work in the UK", "Yes - share code provided to employer"),
          ("Languages", "English (ESOL %s), %s" % (R.choice(["Entry 3", "Level 1"]), pp.lang or "none other")),
          ("Availability", R.choice(["Immediate", "From 4 January", "Days only (school run)", "Any shift"])),
          ("Previous experience", R.choice(PAST)), ("Why do you want this job?", "I want to work and support my family and improve my English."),
          ("Signed", pp.name)]
    return p


def couple_pairs(a, b, job, employer):
    return [("Post applied for", job + " (two posts, couple applying together)"), ("Employer", employer),
            ("Applicant 1", a.name), ("Applicant 1 age", str(a.age)), ("Applicant 2", b.name), ("Applicant 2 age", str(b.age)),
            ("Shared address", a.address), ("Contact telephone", a.mobile),
            ("Transport", "Both need the 7am works minibus from %s" % a.town), ("Signed", "%s / %s" % (a.name, b.name))]


def appt_letter(pp, when, where, adviser, kind="appointment"):
    if kind == "appointment":
        body = ("Dear %s %s,\n\nAppointment with your Restart adviser\n\nI am writing to confirm your next appointment with "
                "%s on %s at %s.\n\nPlease bring your CV and any job applications you have made. If you cannot attend, "
                "telephone us on %s as soon as possible so that we can rearrange.\n\nYours sincerely,\n\n%s\n%s"
                % (pp.title, pp.last, adviser.name, when, where, adviser.ph, adviser.name, adviser.title))
    elif kind == "interview":
        body = ("Dear %s %s,\n\nInvitation to interview\n\nThank you for applying for the post of %s. We are pleased to invite you "
                "to an interview on %s at %s. The interview will last about thirty minutes. An interpreter is not needed "
                "for this interview but you may bring your ESOL tutor's letter.\n\nYours sincerely,\n\n%s\n%s"
                % (pp.title, pp.last, R.choice(JOBS), when, where, adviser.name, adviser.title))
    else:
        body = ("Dear %s,\n\nOffer of employment\n\nFurther to your interview, I am delighted to offer you the post of %s, "
                "starting on %s, at %s. The hourly rate is \u00a312.60 and the contract is 30 hours a week. Please reply "
                "to confirm that you accept.\n\nYours sincerely,\n\n%s\n%s"
                % (pp.first, R.choice(JOBS), when, where, adviser.name, adviser.title))
    return body


# ------------------------------------------------------------------ label / message helpers
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()


def M(sender, to, subject, text=None, html=None, cc=(), bcc=(), atts=(), fmt=None, crlf=None, headers=None,
      mailer=None, from_name=None, raw=None, nested=None, cte=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, html=html,
                atts=list(atts), fmt=fmt, crlf=crlf, headers=headers or {}, mailer=mailer, from_name=from_name, raw=raw,
                nested=nested, cte=cte)


def L(action, rule, guidance, truth, notes, **facts):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts)


MT = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "odt": ("application", "vnd.oasis.opendocument.text"), "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
      "csv": ("text", "csv"), "txt": ("text", "plain"), "zip": ("application", "zip"), "jpg": ("image", "jpeg"),
      "jpeg": ("image", "jpeg"), "png": ("image", "png"), "ics": ("text", "calendar"), "doc": ("application", "msword"),
      "xls": ("application", "vnd.ms-excel")}


def att(fn, blob, mime=None):
    mt = mime or MT.get(fn.rsplit(".", 1)[-1].lower(), ("application", "octet-stream"))
    return (fn, blob, mt[0], mt[1])


OUTLOOK = "Microsoft Outlook 16.0"
OUTLOOK_OLD = "Microsoft Office Outlook 12.0"
THUNDER = "Mozilla Thunderbird 128.4"


def _cte(text, want):
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
    fname = sp["from_name"] if sp["from_name"] is not None else A(s)[0]
    msg["From"] = formataddr((fname, A(s)[1])) if fname else A(s)[1]
    msg["To"] = ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in sp["to"]) if sp["to"] else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(formataddr(A(x)) if A(x)[0] else A(x)[1] for x in sp["cc"])
    msg["Subject"] = sp["subject"]
    d0 = datetime.date(2026, 11, 23)
    k = n // 7
    while k:
        d0 += datetime.timedelta(days=1)
        if d0.weekday() < 5:
            k -= 1
    dt = datetime.datetime(d0.year, d0.month, d0.day, 8, 14, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=71 * (n % 7) + n % 5)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%d@%s>" % (hashlib.sha1(("hn%d" % n).encode()).hexdigest()[:22], n, INT)
    if sp["mailer"]:
        msg["X-Mailer"] = sp["mailer"]
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        fmt = sp["fmt"] or ("alt" if sp["text"] and sp["html"] else ("html" if sp["html"] else "plain"))
        if fmt == "plain":
            msg.set_content(sp["text"], subtype="plain", charset="utf-8", cte=_cte(sp["text"], sp["cte"]))
        elif fmt == "html":
            msg.set_content(sp["html"], subtype="html", charset="utf-8", cte=_cte(sp["html"], sp["cte"]))
        else:
            msg.set_content(sp["text"], subtype="plain", charset="utf-8", cte=_cte(sp["text"], sp["cte"]))
            msg.add_alternative(sp["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        if sp["nested"] is not None:
            msg.add_attachment(sp["nested"])
        for fn, blob, mt, st in sp["atts"]:
            if mt == "text":
                msg.add_attachment(blob, maintype=mt, subtype=st, filename=fn, cte="base64")
            else:
                msg.add_attachment(blob, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_NextPart_hn%03d_%02d_%s" % (n, i, hashlib.md5(("%d/%d" % (n, i)).encode()).hexdigest()[:10]))
            i += 1
    crlf = sp["crlf"] if sp["crlf"] is not None else (n % 7 == 4)
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))


def inner_message(frm, to, subject, body, atts=(), when="Mon, 16 Nov 2026 14:02:00 +0000"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m.set_content(body)
    for fn, blob, mt, st in atts:
        m.add_attachment(blob, maintype=mt, subtype=st, filename=fn)
    return m


def rcpts(sp):
    return [A(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


# ================================================================== RELAY: no claimant data
NC = "no_claimant_data"


def nc(note):
    return L("relay", NC, "", T0, note)


def nc_ramadan_rota(v):
    s = ST["lucy"] if v == 0 else ST["sunita"]
    if v == 0:
        rows = [["Mon", "Hassan", "Kerry", "Tomasz", "13:00-13:30", "Hassan fasting - early finish 16:00"],
                ["Tue", "Sunita", "Kerry", "Pauline (vol)", "12:00-12:30", ""],
                ["Wed", "Hassan", "Derek", "Graham (vol)", "13:00-13:30", "Hassan at Jumu'ah Fri not Wed - swap ok"],
                ["Thu", "Sunita", "Kerry", "Pauline (vol)", "12:30-13:00", "Sunita on leave for Diwali 2nd wk"],
                ["Fri", "Derek", "Kerry", "Tomasz", "12:00-12:30", "Hassan off 12:30-14:00 (Friday prayers)"]]
        blob = xlsx_bytes([{"title": "Duty rota", "banner": "Reception and duty adviser rota - Ramadan weeks (staff only)",
                            "groups": [("", 1), ("Cover", 3), ("Lunch", 1), ("Notes", 1)],
                            "header": ["Day", "Duty adviser", "Reception", "Drop-in support", "Lunch slot", "Notes"], "rows": rows},
                           {"title": "Eid", "header": ["Staff member", "Eid al-Fitr leave requested", "Approved"],
                            "rows": [["Hassan Omar", "2 days", "Yes"], ["Nadia (agency reception)", "1 day", "Yes"]]}])
        body = ("Hi all,\n\nAttached is the duty rota for the Ramadan weeks. Hassan has asked for early finishes while he is "
                "fasting and I've moved the Friday cover so he can get to prayers; Eid leave is on the second tab. Shout if "
                "I've got your days wrong." + sig(s))
        sp = M(s, [ST["hassan"], ST["kerry"], ST["derek"], ST["tomasz"]], "Duty rota - Ramadan weeks", text=body,
               atts=[att("Duty rota Ramadan 2027.xlsx", blob)], mailer=OUTLOOK)
        return sp, nc("staff religion on an internal rota: staff are not data subjects")
    body = ("Dear colleagues at Northstar,\n\nA quick note for our shared ESOL classes: several of our tutors and some learners "
            "will be fasting during Ramadan, which starts in mid-February. We will move the Thursday afternoon class to a "
            "morning slot for those four weeks and avoid booking the Eid al-Fitr dates for assessments. Our Eid celebration "
            "lunch is open to everyone - please come!" + sig(s))
    sp = M(s, [NS[0], NS[1]], "ESOL timetable changes over Ramadan and Eid", text=body, html=to_html(body), mailer=OUTLOOK)
    return sp, nc("Ramadan/Eid timetable note about nobody in particular")


def nc_faith_venue(v):
    if v == 0:
        c, s = OTH["mosque"], ST["hassan"]
        body = ("Assalamu alaikum Br. Kamal,\n\nThank you for letting us use the community hall again. Could we book the small "
                "hall for our New Roots job club on Tuesdays 10:00-12:30 from %s for eight weeks? We would need tables for "
                "twelve and the projector. We will avoid prayer times and leave the hall as we found it. Our booking reference "
                "from last term was AL-2026-0412.\n\nJazakAllah khair," % day(10) + sig(s))
        subj = "Hall booking - New Roots job club (Tuesdays)"
    elif v == 1:
        c, s = OTH["church"], ST["pauline"]
        body = ("Dear Revd Culley,\n\nI write on behalf of Fen & Broads Works to ask whether the church hall might be available "
                "on Thursday mornings in January for our conversation club for refugee and migrant learners. We are a "
                "non-denominational group and everyone is welcome. We would be about fifteen people with two volunteer "
                "tutors. Could you let me know the charge? Last year it was \u00a318 a session.\n\nWith best wishes," + sig(s, disc=False))
        subj = "St Mark's hall - Thursday mornings in January"
    else:
        c, s = OTH["gurdwara"], ST["sunita"]
        body = ("Sat Sri Akal,\n\nFollowing our call, please accept this e-mail as our booking request for the Langar Hall "
                "meeting room for the East of England refugee employability partners' meeting on %s, 13:30-16:00. "
                "Approximately 25 attendees. We will make a donation to the langar as agreed rather than pay a room "
                "fee. Please invoice us to the address below if you prefer." % day(18) + sig(s))
        subj = "Room request - partners' meeting"
    sp = M(s, [c], subj, text=body, mailer=OUTLOOK)
    return sp, nc("faith-community venue booking, no claimant")


def nc_teams_invite(v):
    s = [ST["lucy"], ST["nadeem"], ST["sunita"], ST["derek"], ST["tomasz"], ST["lucy"]][v]
    agendas = [
        ("Restart East performance review - December",
         "Agenda\n1. Starts and job outcomes against profile (Norfolk, Suffolk, Cambs)\n2. Sustainment rates and in-work support\n"
         "3. Audit findings: fit note evidence and data security spot checks\n4. Mental health first aiders - rollout update\n"
         "5. AOB", [ST["nadeem"], ST["derek"], ST["margaret"]]),
        ("Supply chain quarterly - Restart East",
         "Agenda\n1. Minutes and actions\n2. Referral volumes by Jobcentre\n3. Disability Confident employer pipeline\n"
         "4. Data protection refresher: encrypted mail, SharePoint permissions\n5. Dates for 2027", [NS[1], BW[1], ST["lucy"]]),
        ("New Roots steering group",
         "Agenda\n1. ESOL provision gaps in Fenland\n2. Interpreter budget and use of telephone interpreting\n3. Refugee Week 2027 "
         "planning\n4. Evidence for the Lottery bid: wellbeing outcomes (aggregate)\n5. Safeguarding update", [NS[0], BW[0], OTH["refcouncil"]]),
        ("King's Lynn team meeting",
         "Agenda\n- Christmas cover\n- CRM task backlog\n- New fire warden\n- Hot desk rules", [ST["margaret"], ST["kerry"], ST["graham"]]),
        ("Employer breakfast planning - Fenland food sector",
         "Agenda\n1. Venue and catering (halal and vegetarian options)\n2. Speakers: packhouse HR, DWP employer adviser\n3. "
         "Ban the Box and Disability Confident pledge stand\n4. Follow-up", [EMP["fenmarsh"], EMP["broadland"], DWPC[2]]),
        ("Wellbeing hour - staff", "An hour away from the caseload: a short talk on managing stress and vicarious trauma when "
         "supporting refugees, then tea. Optional, cameras off is fine.", [ST["hassan"], ST["sunita"], ST["kerry"], ST["pauline"]]),
    ][v]
    title, agenda, invitees = agendas
    start = datetime.datetime(2026, 12, 1, 10, 0) + datetime.timedelta(days=3 * v)
    body = "%s\n\n%s%s" % (title, agenda, TEAMS)
    ics = ics_bytes("hn-teams-%d@%s" % (v, INT), title, start, 60, "Microsoft Teams Meeting", agenda, (s.name, s.email),
                    [(A(x)[0] or A(x)[1], A(x)[1]) for x in invitees])
    sp = M(s, invitees, title, text=body, html=to_html(body), atts=[att("invite.ics", ics)], mailer=OUTLOOK)
    return sp, nc("Teams invitation with an agenda that names no claimant")


def nc_newsletter(v):
    s = [ST["lucy"], ST["sunita"], ST["tomasz"], ST["lucy"], ST["nadeem"], ST["sunita"]][v]
    items = [
        ("Fen & Broads Works - partner bulletin, December",
         ["Refugee Week 2027: ideas wanted for our Wisbech and Ipswich events.",
          "Our ESOL cohort this year: 212 learners, 61% women; 38% told us at enrolment they had a long-term health condition "
          "and 27% reported symptoms of anxiety or depression (aggregate, anonymised).",
          "Mental Health Awareness Week training for employers is booked for May.",
          "Thank you to Al-Noor Community Centre and St Mark's Church for hosting our clubs."]),
        ("New Roots news - winter", ["UK Disability History Month runs until 20 December: free resources for employers.",
                                     "Black History Month events raised \u00a3640 for the conversation club.",
                                     "Our Ukrainian and Afghan learners' art exhibition is at the Forum in January.",
                                     "Statistics: of 94 participants who started work this year, 41 had been in the UK under two years."]),
        ("Employer update - Restart East", ["Ban the Box: three more Fenland employers have signed up to consider applicants with "
                                            "convictions fairly.", "Access to Work can pay for support workers and specialist equipment.",
                                            "Right to work checks: the Home Office online service and share codes explained.",
                                            "Thinking about an employee with a health condition? Our free Fit for Work sessions can help."]),
        ("LGBTQ+ History Month - resources for staff", ["February is LGBTQ+ History Month. Our partners at the Eastern Employability "
                                                       "Network have shared resources on supporting LGBTQ+ refugees and asylum seekers, "
                                                       "who may have fled persecution because of their sexual orientation.",
                                                       "Lunch-and-learn on 12 February, all welcome."]),
        ("Restart East: prime provider briefing", ["Contract year to date: 4,118 starts, 1,062 job outcomes.",
                                                   "Participants reporting a disability or health condition: 44% (DWP MI, aggregate).",
                                                   "Reminder: never send NINOs or health details without encryption.",
                                                   "Universal Credit and PIP rates for April will be circulated when published."]),
        ("Ramadan and Eid: a guide for employers", ["Ramadan is expected to begin in mid-February 2027.",
                                                    "Many Muslim employees will fast from dawn to sunset; simple adjustments like "
                                                    "flexible breaks help.", "Eid al-Fitr: consider leave requests early.",
                                                    "Our New Roots team can run a short faith-awareness session for your managers."]),
    ][v]
    title, paras = items
    text = title + "\n\n" + "\n\n".join("* " + p for p in paras) + "\n\nTo unsubscribe reply STOP." + sig(s, disc=False)
    html = ("<html><body style=\"font-family:Verdana;font-size:10pt\"><h2 style=\"color:#1f5c99\">%s</h2>%s"
            "<p style=\"font-size:8pt\">To unsubscribe reply STOP.</p></body></html>"
            % (esc(title), "".join("<p>%s</p>" % esc(p) for p in paras)))
    to = [[NS[1], BW[1], OTH["refcouncil"], OTH["network"]], [OTH["network"], OTH["college"], OTH["mosque"]],
          [EMP["fenmarsh"], EMP["acme"], EMP["harbour"], EMP["ousecare"]], [ST["hassan"], ST["sunita"], ST["lucy"]],
          [NS[1], BW[1], ST["lucy"]], [EMP["broadland"], EMP["fenmarsh"], EMP["greenfield"]]][v]
    bcc = [] if v != 2 else [EMP["citybuild"], EMP["brightside"]]
    sp = M(s, to, title, text=text, html=html, bcc=bcc, mailer=OUTLOOK)
    return sp, nc("bulletin using special-category and benefit words about nobody (awareness weeks, aggregate statistics)")


def nc_funding_bid(v):
    s = ST["lucy"] if v != 1 else ST["sunita"]
    if v == 0:
        blob = docx_bytes("Lottery bid draft", [
            ("h", "Reaching Communities bid - New Roots Fenland"), ("h2", "Need"),
            ("p", "Fenland has one of the lowest rates of adult ESOL provision in the region. In our 2025-26 cohort of 212 learners, "
                  "58 (27%) disclosed post-traumatic stress, anxiety or depression, 19 disclosed a physical disability and 11 "
                  "told us they had experienced persecution for their religious belief or sexual orientation."),
            ("h2", "Outcomes"), ("p", "150 learners progress one ESOL level; 60 enter work; 90 report improved wellbeing (WEMWBS).")],
            header="DRAFT - not for circulation", footer="Fen & Broads Works CIC - bid v3")
        body = ("Ian, Helen - the draft of the Lottery bid is attached. Section 2 uses last year's figures; can you check your "
                "numbers in the partner table before Friday?" + sig(s))
        sp = M(s, [BW[1], NS[0]], "Lottery bid draft v3 - please check partner figures", text=body,
               atts=[att("New Roots bid v3.docx", blob)], mailer=OUTLOOK)
        return sp, nc("funding bid with aggregate special-category statistics")
    if v == 1:
        q = [["Norwich", 48, 12, 9, 4], ["Ipswich", 61, 15, 11, 6], ["Peterborough", 57, 14, 10, 3], ["Wisbech", 46, 9, 6, 2]]
        blob = xlsx_bytes([{"title": "Summary", "banner": "New Roots outcomes 2025-26 (aggregate, no personal data)",
                            "groups": [("", 1), ("Learners", 1), ("Disclosed", 2), ("Outcome", 1)],
                            "header": ["Office", "Enrolled", "Mental health condition", "Physical health condition", "Into work"],
                            "rows": q},
                           {"title": "By language", "header": ["Language", "Learners"],
                            "rows": [["Arabic", 52], ["Dari/Pashto", 41], ["Ukrainian", 38], ["Tigrinya", 27], ["Kurdish", 19],
                                     ["Other", 35]]}])
        body = "Hi Helen,\n\nAggregate outcome table for the funder report attached - no personal data in it." + sig(s)
        sp = M(s, [NS[0]], "New Roots outcomes 2025-26 (aggregate)", text=body, atts=[att("New Roots outcomes 2025-26.xlsx", blob)])
        return sp, nc("XLSX of aggregate statistics with merged headers and health columns")
    body = ("Dear Amal,\n\nFor the resettlement partnership's evidence paper, our headline figures are: 212 ESOL learners, 94 into "
            "work, average time from arrival to first job 14 months. Around a third of those we support tell us about trauma or "
            "mental health difficulties; we refer on to the NHS talking therapies service with consent. We don't hold data on "
            "ethnicity beyond the equality monitoring summaries you already have." + sig(s))
    sp = M(s, [OTH["refcouncil"]], "Figures for the evidence paper", text=body, mailer=OUTLOOK)
    return sp, nc("aggregate figures for a partner paper")


def nc_job_advert(v):
    s = ST["tomasz"]
    ads = [
        ("Vacancies: Fenmarsh Produce - packhouse operatives (Wisbech)",
         "Fenmarsh Produce are recruiting 20 packhouse operatives, days and nights, \u00a312.60-\u00a313.40 an hour. No experience "
         "needed; ESOL Entry 3 English is fine. Right to work in the UK required (share code or BRP). Halal canteen, prayer room "
         "on site, works bus from Wisbech and King's Lynn. Disability Confident Committed. Applicants with unspent convictions "
         "considered."),
        ("Job of the week: care assistants, Ouse Valley Care",
         "Ouse Valley Care (Ely) are looking for care assistants. Enhanced DBS check needed - a criminal record does not "
         "automatically rule you out. Full training including the Care Certificate. Good for people with their own "
         "experience of caring for relatives or of mental health recovery."),
        ("Broadland Poultry - open day for New Roots learners",
         "Broadland Poultry will hold an open day for refugees and new arrivals on %s. Interpreters for Arabic, Dari and Ukrainian "
         "will be there. Roles: hygiene operatives and line operatives. The site follows Halal slaughter practice for some lines." % day(14)),
        ("Harbourview Hotels: seasonal housekeeping",
         "Housekeeping assistants for the Great Yarmouth hotel, 16-30 hours, school hours possible. Ideal for parents. "
         "Universal Credit claimants can work these hours and keep part of their award - ask your adviser for a better-off "
         "calculation."),
        ("Recruiting now: volunteer ESOL tutors",
         "Fen & Broads Works is looking for volunteer ESOL tutors in Wisbech, Thetford and Norwich. You don't need a teaching "
         "qualification; we train you. A basic DBS check is required."),
    ]
    title, t = ads[v]
    to = [[NS[1], BW[2], ST["sunita"]], [BW[0], NS[0]], [NS[2], BW[2]], [DWPC[1], BW[0]], [OTH["network"], OTH["college"]]][v]
    body = "Hi all,\n\n%s\n\nPlease share with anyone suitable and send referrals to me." % t + sig(s)
    sp = M(s, to, title, text=body, html=to_html(body) if v % 2 else None, mailer=OUTLOOK)
    return sp, nc("job advert using convictions/health/religion/benefit words about nobody")


def nc_invoice(v):
    if v == 0:
        s = FINANCE_BOX
        blob = pdf_bytes("Invoice FBW-2026-318", [[
            ("h", "INVOICE FBW-2026-318"), ("p", "Fen & Broads Works CIC, Unit 4, Wensum Yard, Norwich NR40 2LT"),
            ("kv", [("To", "Anglia Employment Partnership - Restart East"), ("Period", "November 2026"),
                    ("Description", "Delivery fee: Restart subcontract, attachment and outcome payments per schedule"),
                    ("Amount due", "\u00a348,215.00"), ("Pay to", "Fen & Broads Works CIC"), ("Sort code", "60-83-71"),
                    ("Account number", "20417736"), ("Payment terms", "30 days")])]])
        body = "Dear Nadeem,\n\nPlease find attached our invoice for November. Payment details are on the invoice." + sig(s)
        sp = M(s, [ST["nadeem"], "accounts.payable@" + INT], "Invoice FBW-2026-318 - Restart November", text=body,
               atts=[att("FBW-2026-318.pdf", blob)])
        return sp, nc("the business's own invoice and bank details, internal to the prime")
    if v == 1:
        s = ST["joanna"]
        ib = iban_gb()
        body = ("Hello,\n\nWe have received your invoice FP-8811 for the ESOL workbook reprint (400 copies, \u00a3912.40). Before "
                "we pay, please confirm the bank details, as they differ from last time. Our records show:\n\nFenPrint Supplies Ltd\n"
                "Sort code 30-94-57, account 11840362\n\nThe invoice shows IBAN %s. Which is correct?\n\nThanks," % grp4(ib)
                + sig(s, well=False))
        sp = M(s, [OTH["printer"]], "Invoice FP-8811 - please confirm bank details", text=body, mailer=OUTLOOK)
        return sp, nc("a supplier's business bank details and IBAN")
    s = ST["joanna"]
    rows = [["Konect Coaches", "Works bus - Fenmarsh route, Nov", "1,140.00"], ["EastLingua Interpreting", "Interpreting, 31 hours", "1,488.00"],
            ["Al-Noor Community Centre", "Hall hire, 8 sessions", "240.00"], ["FenPrint Supplies", "Workbooks", "912.40"]]
    blob = csv_bytes(["Supplier", "Description", "Amount GBP"], rows)
    body = "Nadeem,\n\nSupplier spend for the New Roots cost line this month, as CSV for your upload." + sig(s, well=False)
    sp = M(s, [ST["nadeem"]], "New Roots supplier spend - November", text=body, atts=[att("supplier_spend_nov.csv", blob)])
    return sp, nc("supplier spend CSV")


ONE_LINERS = [
    ("derek", ["kerry"], "Printer", "Kerry,\n\nThe upstairs printer is jammed again. Have you got the number for the engineer?\n\nDerek"),
    ("margaret", ["lucy"], "Leave request", "Dear Lucy,\n\nI should like to request annual leave from Monday 21st to Wednesday 23rd "
                                            "December inclusive. I have arranged for Derek to see my appointments.\n\nYours sincerely,\n\nMargaret"),
    ("hassan", ["sunita"], "tomorrow", "Sunita, running 10 mins late tomorrow, I have my hospital appointment for my knee at 8. "
                                      "Can you open up?\nHassan"),
    ("kerry", ["derek", "margaret"], "Fire drill Thursday", "Hi both, fire drill Thursday 11am. Please make sure any visitors "
                                                            "in the interview rooms know to go to the car park.\nKerry"),
    ("pauline", ["sunita"], "Class tomorrow", "Dear Sunita\n\nI have a bad cold so I won't come in tomorrow, I don't want to pass it to "
                                             "the learners. The worksheets are in the blue folder in the cupboard.\n\nPauline"),
    ("tomasz", ["lucy"], "Car park passes", "Lucy - are the new car park passes in yet? Mine expired.\nT"),
    ("graham", ["derek"], "Thetford keys", "Derek,\n\nI've left the Thetford keys in the key safe. The code is the same as before.\n\nGraham"),
    ("lucy", ["derek", "hassan", "sunita", "kerry"], "Christmas lunch", "Hi everyone - Christmas lunch is at the Maids Head on 18 Dec, "
                                                                       "12:30. Please tell me your menu choices (veggie, halal and gluten-free "
                                                                       "options available) by Friday.\nLucy"),
    ("sunita", ["tomasz"], "Laptop", "Tomasz, IT says your laptop needs the update before Monday, can you leave it on tonight?"),
    ("joanna", ["lucy"], "Mileage claims", "Lucy,\n\nReminder that November mileage claims must be in by the 5th.\n\nJoanna"),
    ("margaret", ["derek"], "Office temperature", "Derek,\n\nThe heating in interview room 2 is not working and it is very cold for "
                                                  "clients. Could you report it to the landlord please.\n\nMargaret"),
    ("kerry", ["lucy"], "My sick note", "Lucy, my GP has signed me off until the 7th with my back, fit note attached separately on the "
                                       "HR portal. Sorry. Kerry"),
]


def nc_oneliner(v):
    who, to, subj, body = ONE_LINERS[v]
    s = ST[who]
    sp = M(s, [ST[x] for x in to], subj, text=body + ("\n\n" + WELLBEING if v % 3 == 0 else "") + ("\n\n" + DISCLAIMER if v % 4 == 1 else ""),
           mailer=OUTLOOK if v % 2 else OUTLOOK_OLD)
    return sp, nc("internal one-liner" + (" (a staff member's own health)" if v in (2, 4, 11) else ""))


def nc_template(v):
    s = [ST["margaret"], ST["derek"], ST["kerry"], ST["sunita"]][v]
    if v == 0:
        body = ("Dear Derek,\n\nAs requested, here is the standard letter I use for people who have missed two appointments. "
                "I have pasted it below so you can copy it into the CRM template library.\n\n----\n[Date]\n\n[Name]\n[Address]\n\n"
                "Dear Sir/Madam,\n\nRe: Your Restart appointments\n\nOur records show that you did not attend your appointments on "
                "[date] and [date]. Taking part in Restart is part of your Universal Credit claimant commitment. If you do not "
                "attend, we may have to tell the Jobcentre, which could affect your payments.\n\nIf there is a reason you could not "
                "attend, for example illness, caring responsibilities or a hospital appointment, please telephone me on [number].\n\n"
                "Yours faithfully,\n\n[Adviser]\n----" + sig(s))
        sp = M(s, [ST["derek"]], "Missed appointment letter - template", text=body, mailer=OUTLOOK_OLD)
        return sp, nc("blank Dear Sir/Madam template pasted as text")
    if v == 1:
        blob = docx_bytes("Template", [("p", "[Date]"), ("p", "Dear Sir/Madam,"), ("p", "Re: Reasonable adjustments at interview"),
                                       ("p", "I am writing on behalf of [participant name], who has asked us to tell you that [he/she] "
                                             "has [condition]. [He/She] would benefit from [adjustment]."),
                                       ("p", "Yours faithfully,"), ("p", "[Adviser name]")],
                          header="Fen & Broads Works CIC - Restart", footer="Template RS-07 v2 - do not send unfilled")
        body = "Wayne,\n\nThis is the blank adjustments letter we use; you asked to see one before the CityBuild intake." + sig(s)
        sp = M(s, [EMP["citybuild"]], "Adjustments letter (blank)", text=body, atts=[att("RS-07 adjustments letter TEMPLATE.docx", blob)])
        return sp, nc("blank DOCX template with header/footer mentioning conditions about nobody")
    if v == 2:
        blob = ods_bytes([("Register", [["ESOL class register", "", "", "", ""], ["Learner", "Level", "Wk1", "Wk2", "Wk3"]] +
                           [["", "", "", "", ""] for _ in range(12)]), ("Key", [["/ present", "O absent", "L late", "A authorised"]])])
        body = ("Hi Jenny,\n\nHere is the blank register template we use (ODS, as the volunteers use LibreOffice). Feel free to adapt it." + sig(s))
        sp = M(s, [OTH["college"]], "Blank ESOL register", text=body, atts=[att("ESOL register TEMPLATE.ods", blob)])
        return sp, nc("blank ODS register")
    body = ("Dear Bev,\n\nYou asked what we check before someone starts. Our right-to-work checklist:\n\n1. Share code from the Home "
            "Office online service (people with eVisas) or a BRP for older cases.\n2. Check the photo matches.\n3. Note any work "
            "restrictions and the expiry date.\n4. Keep a record of the date you checked.\n\nRefugees and people with humanitarian "
            "protection have no restrictions on work. Asylum seekers usually cannot work unless given permission." + sig(s))
    sp = M(s, [EMP["greenfield"]], "Right to work checks - our checklist", text=body, html=to_html(body), mailer=OUTLOOK)
    return sp, nc("generic right-to-work guidance to an employer")


def nc_crm_notice(v):
    tasks = [("Complete monthly compliance audit sample (10 files)", ST["kerry"]),
             ("Review ESOL register for Thetford group B", ST["pauline"]),
             ("Upload November interpreter invoices", ST["joanna"]),
             ("Prepare quarterly DWP performance return", ST["lucy"])]
    t, who = tasks[v]
    body = ("A new task has been assigned to you.\n\nTask: %s\nAssigned by: %s\nDue: %s\nPriority: Normal\n\nOpen Pathway CRM to view "
            "the task.\n\nThis is an automated message from Pathway CRM. Please do not reply." % (t, ST["lucy"].name, day(5 + v)))
    html = to_html(body).replace("<body", "<body bgcolor=\"#f4f6f9\"")
    sp = M(CRM, [who], "Pathway CRM: A new task has been assigned to you", text=body, html=html, from_name="Pathway CRM",
           headers={"X-Pathway-Task": "TSK-%05d" % (31200 + v), "Auto-Submitted": "auto-generated"})
    return sp, nc("CRM task notification with no claimant")


def nc_sharepoint(v):
    files = [("ESOL timetable Jan-Mar 2027.docx", "Sunita Bains", [NS[0]]),
             ("Partner referral pathway v4.pdf", "Lucy Ashworth", [BW[1], NS[1]]),
             ("Interpreter rate card 2027.xlsx", "Joanna Wells", [ST["lucy"]]),
             ("Refugee Week 2027 ideas.docx", "Hassan Omar", [BW[0], OTH["refcouncil"]])]
    fn, who, to = files[v]
    body = ("%s shared a file with you\n\n%s\n\n\"Here's the file we talked about.\"\n\nOpen\n\nThis link will work for anyone in "
            "Fen & Broads Works and people with existing access.\n\nMicrosoft respects your privacy. To learn more, please read our "
            "Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052" % (who, fn))
    html = ("<html><body style=\"font-family:Segoe UI\"><p><b>%s</b> shared a file with you</p><table><tr><td>&#128196;</td>"
            "<td><a href=\"https://fenbroads.sharepoint.example/sites/NewRoots/Shared%%20Documents/%s\">%s</a></td></tr></table>"
            "<p>&quot;Here's the file we talked about.&quot;</p><p style=\"font-size:8pt;color:#666\">Microsoft respects your privacy.</p>"
            "</body></html>" % (esc(who), fn.replace(" ", "%20"), esc(fn)))
    sp = M(SHAREPOINT, to, "%s shared \"%s\" with you" % (who, fn), text=body, html=html, from_name="%s (via SharePoint)" % who)
    return sp, nc("SharePoint share notice whose file name carries no claimant detail")


def nc_policy(v):
    s = ST["lucy"]
    if v == 0:
        blob = docx_bytes("Safeguarding", [("h", "Safeguarding and Prevent policy - update December 2026"),
                                           ("p", "Staff must report concerns about abuse, exploitation, modern slavery or radicalisation to the "
                                                 "Designated Safeguarding Lead the same day."),
                                           ("p", "Information about a person's criminal record, probation, MAPPA status, mental health or "
                                                 "substance misuse must only be shared on a need-to-know basis and never by unencrypted e-mail."),
                                           ("p", "Volunteers need a basic DBS check before working unsupervised.")],
                          header="Fen & Broads Works CIC", footer="Policy SG-01 v7 - review December 2027")
        body = "Dear all,\n\nThe updated safeguarding policy is attached; please read it and confirm on the CRM by Friday." + sig(s)
        sp = M(s, [ST["derek"], ST["hassan"], ST["pauline"], ST["graham"]], "Updated safeguarding and Prevent policy",
               text=body, atts=[att("Safeguarding and Prevent policy v7.docx", blob)], mailer=OUTLOOK)
        return sp, nc("policy mentioning criminal record / mental health / substance about nobody")
    body = ("Dear colleagues at Bridgeway and Northstar,\n\nA reminder from the prime's data protection review: participant "
            "NINOs, dates of birth, bank details and any information about health, religion, ethnicity or convictions must not go "
            "by ordinary e-mail. Use the encrypted option or the SharePoint partner folder. Names with an appointment time are "
            "fine. Thank you for your help with this." + sig(ST["nadeem"]))
    sp = M(ST["nadeem"], [BW[1], NS[1]], "Data protection reminder - partner e-mail", text=body, html=to_html(body), mailer=OUTLOOK)
    return sp, nc("data-protection reminder listing categories about nobody")


def nc_claimant_generic(v):
    if v == 0:
        q = "hello, i want know when is start the english class in wisbech. i can come monday and wednesday only. thank you"
        c = claimant(True)
        body = ("Hello,\n\nThank you for your message. Our English (ESOL) classes in Wisbech are on Mondays and Wednesdays, "
                "10:00 to 12:00, at the Riverside Centre, North Brink. A new group starts in January. Please come to the drop-in on "
                "any Tuesday morning to enrol, or ask your Restart adviser.\n\nKind regards,\nNew Roots team"
                + quote_reply(c.first, c.email, "Sun, 22 Nov 2026 at 21:14", q))
        sp = M(NEWROOTS_BOX, [c], "Re: english class", text=body, from_name="New Roots Team")
        return sp, nc("reply to a claimant quoting only their own generic question")
    c = claimant(False)
    q = "Hi, do you do help with CVs on Saturdays? Thanks"
    body = ("Hi,\n\nWe are not open on Saturdays, but the CV drop-in runs on Thursdays 1-4pm at our Norwich office and the "
            "library also has help on Saturday mornings.\n\nRestart Norwich" + quote_reply("", c.email, "Fri, 20 Nov 2026 at 18:40", q))
    sp = M(RESTART_BOX, [c], "RE: CV help", text=body, from_name="Restart Norwich")
    return sp, nc("generic reply to a claimant address")


def nc_misc(v):
    if v == 0:
        s = ST["sunita"]
        blob = docx_bytes("ESOL timetable", [("h", "New Roots ESOL timetable, January - March 2027"),
                                             ("table", ["Venue", "Day", "Time", "Level"],
                                              [["Riverside Centre, Wisbech", "Mon/Wed", "10:00-12:00", "Entry 1-2"],
                                               ["Al-Noor Centre, Ipswich", "Tue", "10:00-12:30", "Entry 2-3"],
                                               ["Cathedral Chambers, Peterborough", "Thu", "13:00-15:00", "Entry 3 / Level 1"],
                                               ["Thetford Enterprise Park", "Fri", "09:30-11:30", "Pre-entry"]])],
                           header="New Roots ESOL & Employability", footer="Funded through Restart East - Fen & Broads Works CIC")
        body = "Helen,\n\nThe spring timetable, ready for your enrolment team." + sig(s)
        sp = M(s, [NS[0], NS[2]], "ESOL timetable spring 2027", text=body, atts=[att("ESOL timetable spring 2027.docx", blob)])
        return sp, nc("timetable DOCX with header/footer")
    if v == 1:
        s = ST["joanna"]
        body = ("Dear EastLingua,\n\nFurther to our call, we accept your 2027 rate card: face-to-face \u00a348 for the first hour and "
                "\u00a322 per half hour after; telephone interpreting \u00a31.10 per minute; cancellation within 24 hours charged in full. "
                "Please send the purchase order acknowledgement to finance@provider.example.org.uk. PO number 4500118273." + sig(s, well=False))
        sp = M(s, [OTH["interp"]], "2027 rate card - acceptance, PO 4500118273", text=body, mailer=OUTLOOK)
        return sp, nc("interpreting agency contract, PO number")
    if v == 2:
        s = ST["hassan"]
        body = ("Dear colleagues,\n\nThank you for joining the training. Slides and reading list for 'Trauma-informed employment support "
                "for refugees' are on the partner SharePoint. Topics covered: PTSD and its effect on memory and concentration, "
                "survivors of torture, sleep problems, the asylum process, and how faith can be a source of strength.\n\nHassan" + sig(s))
        sp = M(s, [BW[0], BW[1], NS[0]], "Trauma-informed practice - slides", text=body, mailer=OUTLOOK)
        return sp, nc("training follow-up listing health topics")
    if v == 3:
        s = ST["derek"]
        body = ("Stuart,\n\nFor your team briefing: the 2026/27 Universal Credit standard allowance is \u00a3400.14 a month for a single "
                "person aged 25 or over and \u00a3628.10 for a couple; the work allowance is \u00a3411 with housing costs. These are the "
                "published rates (check GOV.UK) and we use them in better-off calculations." + sig(s))
        sp = M(s, [DWPC[1]], "UC rates for better-off calcs", text=body, mailer=OUTLOOK_OLD)
        return sp, nc("published benefit rates, about nobody")
    if v == 4:
        s = ST["sunita"]
        body = ("Dear Rosa,\n\nFor the Refugee Week exhibition we would like to use a composite story, not a real person: 'A woman in her "
                "thirties who arrived from Afghanistan with three children, struggled with anxiety, learned English at our Wisbech "
                "class and now works in a school kitchen.' It is based on several learners and no details are real. OK to use?" + sig(s))
        sp = M(s, [BW[0]], "Composite case study for exhibition", text=body, mailer=OUTLOOK)
        return sp, nc("composite case study, about no identifiable person")
    if v == 5:
        s = ST["kerry"]
        body = ("Hi,\n\nOrder confirmation for the Wisbech office stationery. Your order ref QQ 12 34 56 C and our customer number "
                "TN 81 04 27 B. Companies House no. 09912744. Delivery to Riverside Centre, North Brink, Wisbech PE50 2RJ.\n\nKerry"
                + sig(s, well=False))
        sp = M(s, [OTH["printer"]], "Stationery order QQ123456C", text=body)
        return sp, nc("NINO look-alikes (QQ and TN prefixes), company number, office address")
    if v == 6:
        s = ST["lucy"]
        rows = [["Norwich", 412, 96, 23.3], ["Ipswich", 388, 81, 20.9], ["King's Lynn", 244, 58, 23.8], ["Wisbech", 201, 41, 20.4],
                ["Peterborough", 365, 77, 21.1], ["Thetford", 118, 22, 18.6]]
        blob = csv_bytes(["Office", "Starts YTD", "Job outcomes", "Outcome rate %"], rows, crlf=False)
        body = "Nadeem,\n\nOffice-level export from the CRM as requested." + sig(s)
        sp = M(s, [ST["nadeem"]], "CRM export - starts and outcomes by office", text=body, atts=[att("office_summary.csv", blob)])
        return sp, nc("aggregate CRM CSV export")
    if v == 7:
        s = ST["pauline"]
        blob = odt_bytes([("h", "Winter Conversation Club - party!"), ("p", "Thursday 17 December, 10am-12, Riverside Centre"),
                          ("p", "Bring a dish from home if you like. Children welcome. Music, games and a quiz."),
                          ("p", "Everyone welcome - all faiths and none.")], "Flyer")
        body = "Dear Sunita\n\nHere is my flyer for the party, I did it on LibreOffice at home, I hope it opens for you." + sig(s, disc=False)
        sp = M(s, [ST["sunita"], OTH["church"]], "flyer for party", text=body, atts=[att("party flyer.odt", blob)])
        return sp, nc("volunteer's ODT flyer")
    if v == 8:
        s = ST["graham"]
        blob = ods_bytes([("Hours", [["Volunteer", "Oct", "Nov"], ["Graham Fisk", 22, 19], ["Pauline Cutting", 30, 28], ["Sam Rix", 8, 12]]),
                          ("Mileage", [["Volunteer", "Miles", "Claim"], ["Graham Fisk", 140, 63.0], ["Pauline Cutting", 36, 16.2]])])
        body = "Lucy,\n\nVolunteer hours and mileage for October and November attached.\n\nGraham" + sig(s, disc=False)
        sp = M(s, [ST["lucy"]], "volunteer hours", text=body, atts=[att("volunteer hours Oct-Nov.ods", blob)])
        return sp, nc("volunteers' own hours and mileage (staff/volunteers, not claimants)")
    if v == 9:
        s = ST["tomasz"]
        blob = docx_bytes("Employer pack", [("h", "Working with New Roots: employer pack"),
                                            ("p", "We support refugees, people with humanitarian protection and others new to the UK."),
                                            ("p", "Many have professional skills and qualifications from home. Some have experienced trauma."),
                                            ("p", "Right to work: refugees can work with no restrictions.")], header="New Roots", footer="Employer pack v2")
        body = "Hi Ewa,\n\nOur employer pack is attached - it was saved as .doc by mistake, sorry." + sig(s)
        sp = M(s, [EMP["broadland"]], "Employer pack", text=body, atts=[att("Employer pack.doc", blob, ("application", "msword"))])
        return sp, nc("file named .doc whose bytes are a readable DOCX (mislabelled but readable), no claimant data")
    if v == 10:
        s = ST["derek"]
        body = ("Dear Gary,\n\nI should like to book the Forum's Fens Room for our employer recruitment day on %s, 9:00 to 16:00, for "
                "up to forty people. We will require a hearing loop and step-free access. Please send the booking form and invoice "
                "to me at the address below.\n\nYours sincerely,\n\nDerek Pymm" % day(25) + sig(s))
        sp = M(s, [OTH["venue"]], "Room booking - employer recruitment day", text=body, mailer=OUTLOOK_OLD)
        return sp, nc("room booking")
    s = ST["lucy"]
    body = ("Hi Dave,\n\nThanks for your talk to our job club about workers' rights and trade union membership. Several people asked "
            "how to join a union once they start work - could you send a leaflet we can hand out?" + sig(s))
    sp = M(s, [OTH["union"]], "Thank you - workers' rights talk", text=body, mailer=OUTLOOK)
    return sp, nc("trade union words about nobody")


def nc_bus_and_rooms(v):
    if v == 0:
        s = ST["tomasz"]
        body = ("Hello Konect,\n\nPlease quote for a 33-seat works bus, Wisbech Horsefair to Fenmarsh Produce, Mon-Fri, 06:15 pick-up, "
                "return 14:45, January to March. We will invoice Fenmarsh for half. Thank you." + sig(s))
        sp = M(s, [OTH["buses"]], "Quote request - works bus Jan-Mar", text=body, mailer=OUTLOOK)
        return sp, nc("supplier quote request")
    if v == 1:
        s = ST["kerry"]
        rows = [["Interview room 1", "Mon", "Margaret", "Restart caseload"], ["Interview room 1", "Tue", "Hassan", "New Roots"],
                ["Training room", "Wed", "Pauline (vol)", "ESOL Entry 2"], ["Interview room 2", "Thu", "Derek", "Restart caseload"],
                ["Training room", "Fri", "Graham (vol)", "Job club"]]
        blob = xlsx_bytes([{"title": "Rooms", "banner": "Wisbech room bookings - w/c 30 November",
                            "header": ["Room", "Day", "Booked by", "Purpose"], "rows": rows}])
        body = "Room bookings for next week attached, please check yours." + sig(s, well=False)
        sp = M(s, [ST["derek"], ST["margaret"], ST["hassan"], ST["pauline"], ST["graham"]], "Room bookings w/c 30 Nov",
               text=body, atts=[att("rooms wc 30 Nov.xlsx", blob)])
        return sp, nc("room booking sheet")
    s = ST["sunita"]
    body = ("Dear Jenny,\n\nWould Fenland Adult Learning be able to host two of our Entry 1 groups in the spring? We have 24 learners "
            "on the waiting list in Wisbech and March. We can provide a volunteer assistant for each group and pay for materials." + sig(s))
    sp = M(s, [OTH["college"]], "Spring ESOL groups - room and tutor", text=body, mailer=OUTLOOK)
    return sp, nc("partner provision request with counts only")


def nc_extra(v):
    if v == 0:
        s = ST["hassan"]
        body = ("Hello,\n\nCould you tell me whether you have a female Pashto interpreter available for face-to-face sessions on "
                "Tuesday mornings in January at our Ipswich office? It would be for a small women's job club, not one person. "
                "Also please confirm your telephone interpreting covers Tigrinya and Kurmanji." + sig(s))
        sp = M(s, [OTH["interp"]], "Availability - Pashto (female), Tigrinya, Kurmanji", text=body, mailer=OUTLOOK)
        return sp, nc("interpreter availability query naming no one")
    if v == 1:
        s = ST["margaret"]
        body = ("Dear Sir/Madam,\n\nI write to enquire whether your organisation would be willing to offer work-experience placements "
                "to participants on the Restart Scheme. Placements are normally of two to four weeks' duration and are unpaid; "
                "participants continue to receive their benefit during the placement and we reimburse travel. We carry out a full "
                "risk assessment beforehand and our insurance covers all participants.\n\nI should be most grateful for the "
                "opportunity to discuss this with you.\n\nYours faithfully," + sig(s))
        sp = M(s, [EMP["harbour"], EMP["brightside"]], "Work experience placements - Restart Scheme", text=body, mailer=OUTLOOK_OLD)
        return sp, nc("long formal letter pasted as text, about nobody")
    if v == 2:
        s = ST["lucy"]
        fwd = ("EASTERN EMPLOYABILITY NETWORK - BULLETIN 47\n\n- Consultation: employment support for people leaving prison and on "
               "probation. Responses by 31 January.\n- New guide: supporting employees through menopause, long COVID and cancer treatment.\n"
               "- Research: 1 in 4 adults will experience a mental health problem this year.\n- Events: Disability Confident webinar, 14 January.")
        body = "FYI - a couple of items here for the Restart team, the probation consultation in particular." + sig(s) + \
            quote_outlook("Eastern Employability Network", OTH["network"].email, sent(3), "Network members", "Bulletin 47", fwd)
        sp = M(s, [ST["derek"], ST["margaret"]], "FW: Bulletin 47", text=body, mailer=OUTLOOK)
        return sp, nc("forwarded partner bulletin: criminal/health words about nobody")
    if v == 3:
        s = ST["tomasz"]
        body = ("Hi Alan,\n\nGood to see you yesterday. Summary of what we agreed:\n- 12 trial shifts in January for New Roots "
                "learners, names to follow nearer the time\n- your HR team will accept share codes for right-to-work checks\n- "
                "induction with an Arabic and Dari interpreter on the first morning\n- prayer space: the first-aid room can be used "
                "at breaks\n\nThanks again." + sig(s))
        sp = M(s, [EMP["fenmarsh"]], "Notes from our meeting", text=body, html=to_html(body), mailer=OUTLOOK)
        return sp, nc("employer meeting notes, no named claimant")
    if v == 4:
        s = ST["derek"]
        body = ("Martin,\n\nCould you let me know who is covering for Karen over Christmas? We have a few three-way calls to book "
                "and I'd rather not leave them until January." + sig(s))
        sp = M(s, [DWPC[3]], "Christmas cover", text=body, mailer=OUTLOOK_OLD)
        return sp, nc("staff-to-DWP admin, no claimant")
    if v == 5:
        s = ST["joanna"]
        blob = pdf_bytes("Remittance", [[("h", "Remittance advice"), ("p", "Payment run 27 November 2026"),
                                         ("table", ["Payee", "Reference", "Amount"],
                                          [["EastLingua Interpreting", "EL-2211", "1,488.00"], ["Al-Noor Community Centre", "AL-2026-0412", "240.00"],
                                           ["Konect Coaches", "KC-7781", "1,140.00"]]),
                                         ("p", "Paid from: Fen & Broads Works CIC, sort code 60-83-71, account 20417736.")]])
        body = "Good afternoon,\n\nRemittance advice attached for this week's payment run." + sig(s, well=False)
        sp = M(s, [OTH["interp"], OTH["mosque"], OTH["buses"]], "Remittance advice 27 November", text=body, atts=[att("remittance 27-11-2026.pdf", blob)])
        return sp, nc("remittance with the business's own bank details")
    s = ST["sunita"]
    body = ("Dear Amal,\n\nJust to let you know that our Peterborough office closes early on Christmas Eve (13:00) and reopens "
            "on 4 January. The New Roots helpline will be checked daily." + sig(s))
    sp = M(s, [OTH["refcouncil"], NS[1], BW[1]], "Christmas opening hours", text=body, mailer=OUTLOOK)
    return sp, nc("opening hours notice")


# ================================================================== RELAY: exemptions
def r_one_name(v):
    c = claimant(True if v != 3 else False)
    if v == 0:
        body = ("A new task has been assigned to you.\n\nTask: Book induction for %s\nAssigned by: Hassan Omar (Fen & Broads Works)\n"
                "Due: %s\nPriority: Normal\n\nOpen Pathway CRM (partner access) to view the task.\n\nThis is an automated message "
                "from Pathway CRM. Please do not reply." % (c.name, day(4)))
        sp = M(CRM, [BW[0]], "Pathway CRM: A new task has been assigned to you", text=body, html=to_html(body), from_name="Pathway CRM",
               headers={"X-Pathway-Task": "TSK-31377", "Auto-Submitted": "auto-generated"})
        note = "CRM task notice to a supply-chain partner naming one participant and a due date"
    elif v == 1:
        fn = "%s - action plan.docx" % c.name
        body = ("Hassan Omar shared a file with you\n\n%s\n\n\"Rosa - the action plan from today, for Thursday's session.\"\n\nOpen\n\n"
                "Microsoft respects your privacy." % fn)
        sp = M(SHAREPOINT, [BW[0]], "Hassan Omar shared \"%s\" with you" % fn, text=body, from_name="Hassan Omar (via SharePoint)")
        note = "SharePoint notice whose file name carries one name only (the file itself is not attached)"
    elif v == 2:
        body = ("Hello,\n\nPlease could you book a %s interpreter, face to face, for %s on %s at 10:00 for one hour at our Ipswich office "
                "(14 Orwell Wharf, IP40 3QA). Our PO is 4500118273.\n\nThank you," % (c.lang or "Arabic", c.formal, day(6)) + sig(ST["hassan"]))
        sp = M(ST["hassan"], [OTH["interp"]], "Interpreter booking %s" % day(6), text=body, mailer=OUTLOOK)
        note = "interpreter booking: one name in 'Mr A. Hussain' form, a language and an appointment time (office address)"
    elif v == 3:
        body = ("Hi Nikhil,\n\nConfirming %s for interview on %s at 14:00 at the store. Ask for Nikhil at the customer service desk.\n\n"
                "Thanks" % (c.name, day(3)) + sig(ST["tomasz"]))
        sp = M(ST["tomasz"], [EMP["brightside"]], "Interview confirmation", text=body, mailer=OUTLOOK)
        note = "one name with an interview time to an employer"
    elif v == 4:
        body = "Karen,\n\nJust to let you know %s started on the New Roots ESOL pathway today." % c.name + sig(ST["sunita"])
        sp = M(ST["sunita"], [DWPC[0]], "Start - New Roots", text=body, mailer=OUTLOOK)
        note = "referral/start status with one name to DWP"
    elif v == 5:
        body = ("Bev,\n\n%s - trial shift confirmed for %s, 08:00-14:00. Please provide tabard and lanyard.\n\n" % (c.crm, day(8))) + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["greenfield"]], "Trial shift - %s" % c.crm, text=body, mailer=OUTLOOK)
        note = "surname-first CRM name form in subject and body, trial shift time"
    else:
        t = datetime.datetime(2026, 12, 8, 11, 30)
        desc = "3-way call with %s and work coach. Agenda: progress on ESOL, next steps on job search." % c.name
        ics = ics_bytes("hn-3way@%s" % INT, "3-way call - %s" % c.name, t, 30, "Microsoft Teams Meeting", desc,
                        (ST["derek"].name, ST["derek"].email), [(DWPC[1].name, DWPC[1].email)])
        body = desc + TEAMS
        sp = M(ST["derek"], [DWPC[1]], "3-way call - %s" % c.name, text=body, atts=[att("invite.ics", ics)], mailer=OUTLOOK)
        note = "Teams invitation to a work coach, one name in subject, generic agenda"
    return sp, L("relay", "one_name", "\u00b618", T(subjects=1), note, name_only=True)


def r_cv_to_claimant(v):
    c = claimant(v != 1, consent=True)
    if v == 0:
        blob = cv_docx(c)
        body = ("Dear %s,\n\nAs you asked, here is your CV from our session. Please check it and tell me if anything needs changing.\n\n"
                "Kind regards,\nRestart Norwich" % c.first)
        sp = M(RESTART_BOX, [c], "Your CV", text=body, atts=[att(cvfile(c, "docx"), blob)], from_name="Restart Norwich")
    elif v == 1:
        blob = cv_odt(c)
        body = ("Hello %s\n\nHere is the CV we typed up together on Tuesday. I saved it in LibreOffice, it will open in Word too.\n\n"
                "Best wishes\nPauline (volunteer, New Roots)\n\nSent on behalf of the New Roots team" % c.first)
        sp = M(NEWROOTS_BOX, [c], "CV from Tuesday", text=body, atts=[att(cvfile(c, "odt"), blob)], from_name="New Roots Team")
    else:
        blob = cv_pdf(c)
        q = "Dear sir, please can you send me my CV by email, I lost paper. thank you very much"
        body = ("Hello %s,\n\nOf course - your CV is attached as a PDF.\n\nNew Roots team" % c.first) + quote_reply(c.name, c.email, "Mon, 23 Nov 2026 at 08:02", q)
        sp = M(NEWROOTS_BOX, [c], "Re: my CV", text=body, atts=[att(cvfile(c, "pdf"), blob)], from_name="New Roots Team")
    return sp, L("relay", "cv_to_claimant", "\u00b617", T(contact=True, subjects=1, kinds=["cv"]),
                 "one clean CV to the claimant's own consented address", cv_count=1)


def r_cvs(v):
    if v == 0:
        c = claimant()
        body = ("Hi Sharon,\n\nAs discussed, CV attached for the warehouse operative vacancy. %s is available for interview any day "
                "next week." % c.first + sig(ST["tomasz"]))
        sp = M(ST["tomasz"], [EMP["acme"]], "CV for warehouse operative vacancy", text=body, atts=[att(cvfile(c, "pdf"), cv_pdf(c))], mailer=OUTLOOK)
        n = 1
        note = "one CV to an employer"
    elif v == 1:
        ps = [claimant(True) for _ in range(4)]
        z = zip_bytes([(cvfile(p, "docx"), cv_docx(p)) for p in ps])
        body = "Alan,\n\nFour CVs for the packhouse roles, zipped. All have share codes ready for your HR team." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["fenmarsh"]], "Packhouse CVs (4)", text=body, atts=[att("packhouse CVs.zip", z)], mailer=OUTLOOK)
        n = 4
        note = "four CVs in a zip to an employer"
    elif v == 2:
        ps = [claimant() for _ in range(10)]
        p = [cv_blocks(x) for x in ps]
        blob = pdf_bytes("CV bundle", p)
        body = "Helen,\n\nThe ten CVs for the Level 1 work-readiness group, one PDF, one CV a page." + sig(ST["sunita"])
        sp = M(ST["sunita"], [NS[0]], "Work-readiness group - CVs", text=body, atts=[att("Group B CVs.pdf", blob)])
        n = 10
        note = "ten CVs in one PDF to a supply-chain partner (the limit)"
    else:
        c = claimant(True)
        sis = Contact("Hawa", c.last, "", "", "gmail.com", "hawa.%s.family@gmail.com" % ascii_(c.last).lower().replace(" ", "").replace("-", ""))
        body = ("Dear Hawa,\n\n%s asked us to send the CV to you so you can help %s print it and take it to the agency. Thank you for "
                "helping." % (c.first, c.him) + sig(ST["hassan"]))
        sp = M(ST["hassan"], [sis], "CV for your %s" % ("brother" if c.sex == "m" else "sister"), text=body, atts=[att(cvfile(c, "docx"), cv_docx(c))], mailer=OUTLOOK)
        n = 1
        note = "CV to a relative's address (third party, not a claimant address): the CV exemption for third parties"
    return sp, L("relay", "cvs_up_to_10", "\u00b619 \u00b621", T(contact=True, subjects=n, kinds=["cv"]), note, cv_count=n)


def r_app_forms(v):
    emp = EMP["ousecare"] if v != 1 else EMP["broadland"]
    if v == 0:
        c = claimant()
        blob = docx_bytes("Application form", [("h", "Application for employment"), ("kv", app_form_pairs(c, "Care Assistant", emp.org))],
                          header="Ouse Valley Care - application form", footer="Completed with support from Fen & Broads Works")
        body = "Denise,\n\nCompleted application attached for the care assistant post." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [emp], "Application - care assistant", text=body, atts=[att("Application form - %s.docx" % ascii_(c.last), blob)])
        n, kinds = 1, ["application_form"]
        note = "one application form with age, no DOB/NINO"
    elif v == 1:
        pairs = [(claimant(True), claimant(True)) for _ in range(5)]
        pages = [[("h", "Couple application - line operatives"), ("kv", couple_pairs(a, b, "Line Operative", emp.org))] for a, b in pairs]
        blob = pdf_bytes("Couple applications", pages)
        body = "Ewa,\n\nFive couple applications for the line operative roles (ten people), one per page." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [emp], "Line operative applications - 5 couples", text=body, atts=[att("couple applications x5.pdf", blob)])
        n, kinds = 10, ["application_form_couple"]
        note = "five couple forms = ten people (the limit)"
    else:
        ps = [claimant() for _ in range(6)]
        files = [("application_%s.docx" % ascii_(p.last).replace(" ", "_"),
                  docx_bytes("Application", [("h", "Application for employment"), ("kv", app_form_pairs(p, "Care Assistant", emp.org))]))
                 for p in ps]
        body = "Denise,\n\nSix more applications for the January intake, zipped." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [emp], "January intake - 6 applications", text=body, atts=[att("applications Jan intake.zip", zip_bytes(files))])
        n, kinds = 6, ["application_form"]
        note = "six single application forms in a zip"
    return sp, L("relay", "application_forms_up_to_10", "\u00b622-24", T(contact=True, subjects=n, kinds=kinds), note, form_people=n)


def r_letters(v):
    if v == 0:
        c = claimant()
        letter = appt_letter(c, day(9) + " at 10:30", "our Norwich office, Unit 4, Wensum Yard", ST["margaret"])
        body = ("Dear %s %s,\n\nPlease find your appointment letter below.\n\n----------------------------------------\n%s\n"
                "----------------------------------------\n\nRestart Norwich" % (c.title, c.last, letter))
        sp = M(RESTART_BOX, [c], "Your Restart appointment", text=body, from_name="Restart Norwich", mailer=OUTLOOK_OLD)
        n, kinds, note = 1, ["letter_appointment"], "appointment letter pasted as text, to the claimant it is addressed to"
    elif v == 1:
        c = claimant(True)
        blob = docx_bytes("Interview letter", [("p", "%s %s" % (c.title, c.name)), ("p", appt_letter(c, day(11) + " at 11:00",
                                                                                                 "Fenmarsh Produce, Wisbech", ST["tomasz"], "interview"))],
                          header="Fen & Broads Works CIC  |  Restart", footer="Riverside Centre, North Brink, Wisbech PE50 2RJ")
        body = "Dear %s %s,\n\nYour interview letter is attached. Good luck!\n\nNew Roots team" % (c.title, c.last)
        sp = M(NEWROOTS_BOX, [c], "Interview letter", text=body, atts=[att("Interview letter.docx", blob)], from_name="New Roots Team")
        n, kinds, note = 1, ["letter_interview"], "interview letter DOCX with header/footer to the claimant"
    elif v == 2:
        ps = [claimant(True) for _ in range(2)]
        pages = [[("p", appt_letter(p, day(20), "Broadland Poultry, Attleborough", Contact("Ewa", "Malinowska", "Recruitment Coordinator", "", ""), "offer"))] for p in ps]
        blob = pdf_bytes("Job offers", pages)
        body = "Rosa,\n\nThe two job offer letters from Broadland, so you can go through them with both of them at Thursday's session." + sig(ST["hassan"])
        sp = M(ST["hassan"], [BW[0]], "Job offer letters - Broadland", text=body, atts=[att("Broadland offer letters.pdf", blob)])
        n, kinds, note = 2, ["letter_job_offer"], "two job offer letters to a supply-chain partner"
    else:
        ps = [claimant() for _ in range(10)]
        pages = [[("p", appt_letter(p, day(12 + i % 3) + " at %d:%02d" % (9 + i // 2, 30 * (i % 2)), "Northstar Training, Peterborough",
                                    ST["sunita"]))] for i, p in enumerate(ps)]
        blob = pdf_bytes("Appointment letters", pages)
        body = "Adebayo,\n\nTen appointment letters for the ESOL assessments next week, one per page, for your reception." + sig(ST["sunita"])
        sp = M(ST["sunita"], [NS[1]], "ESOL assessment appointment letters (10)", text=body, atts=[att("assessment letters x10.pdf", blob)])
        n, kinds, note = 10, ["letter_appointment"], "ten appointment letters in one PDF (the limit)"
    return sp, L("relay", "letters_up_to_10", "\u00b624-28", T(subjects=n, kinds=kinds), note, letters=n)


def name_rows(n, form="crm", extra=None):
    rows = []
    for i in range(n):
        p = claimant()
        nm = p.crm if form == "crm" else ("%s %s" % (p.first[0], p.last) if form == "init" else p.name)
        r = [nm, p.ref]
        if extra == "nino":
            r.append(p.nino)
        elif extra == "date":
            r.append(day(i % 10))
        elif extra == "dob":
            r.append(d_uk(p.dob))
        elif extra == "mobile":
            r.append(p.mobile)
        elif extra == "uc":
            r.append("UC \u00a3%d.%02d/month" % (R.randint(300, 1100), R.randint(0, 99)))
        elif extra == "address":
            r.append(p.address)
        rows.append(r)
    return rows


def r_name_lists(v):
    if v == 0:
        wk = ["30 Nov", "7 Dec", "14 Dec"]
        sheets = []
        total = 0
        for g, cnt in (("Wisbech Entry 1", 14), ("Wisbech Entry 2", 16), ("Thetford Pre-entry", 12)):
            rows = []
            for j, p in enumerate([claimant() for _ in range(cnt)]):
                nm = "%s (%s interpreter needed)" % (p.first, p.lang) if (p.lang and j < 3) else p.crm
                rows.append([nm, p.ref] + [R.choice(["/", "/", "/", "O", "L", "A"]) for _ in wk])
            total += cnt
            sheets.append({"title": g, "banner": "ESOL class register - %s" % g, "groups": [("Learner", 2), ("Attendance", 3)],
                           "header": ["Name", "Ref"] + wk, "rows": rows})
        sheets.append({"title": "Key", "header": ["Code", "Meaning"], "rows": [["/", "present"], ["O", "absent"], ["L", "late"], ["A", "authorised"]]})
        body = "Helen,\n\nRegisters for the three groups (one per tab) for your funding claim." + sig(ST["pauline"], disc=False)
        sp = M(ST["pauline"], [NS[0]], "ESOL registers Nov-Dec", text=body, atts=[att("ESOL registers Nov-Dec.xlsx", xlsx_bytes(sheets))])
        n, note = total, "XLSX class registers: three sheets with merged headers, names (surname-first, or forename with 'Somali interpreter needed') and attendance (42 people)"
    elif v == 1:
        rows = name_rows(220, "init", "date")
        body = "Rosa,\n\nCRM export of everyone booked on the January job-readiness sessions." + sig(ST["kerry"], well=False)
        sp = M(ST["kerry"], [BW[2]], "January bookings - CRM export", text=body,
               atts=[att("jan_bookings_export.csv", csv_bytes(["Name", "Ref", "Session date"], rows))])
        n, note = 220, "CSV export of 220 initial+surname rows with reference and session date"
    else:
        rows = name_rows(500, "crm")
        blob = xlsx_bytes([{"title": "Caseload", "header": ["Name", "Restart ref"], "rows": rows}])
        body = "Adebayo,\n\nThe Restart caseload list for the ESOL screening match (500 names exactly)." + sig(ST["lucy"])
        sp = M(ST["lucy"], [NS[1]], "Caseload list for ESOL screening", text=body, atts=[att("caseload_500.xlsx", blob)])
        n, note = 500, "500 surname-first names with refs (the limit)"
    return sp, L("relay", "names_list_500", "\u00b629-31", T(subjects=n, kinds=["name_list"]), note, list_rows=n)


def r_nino_only(v):
    ns = [nino() for _ in range(700)]
    blob = csv_bytes(["NINO"], [[x] for x in ns], crlf=False)
    body = "Ian,\n\nNINOs only, for the duplicate-referral check against your caseload. No other data." + sig(ST["kerry"], well=False)
    sp = M(ST["kerry"], [BW[1]], "Duplicate check - NINO list", text=body, atts=[att("nino_match.csv", blob)])
    return sp, L("relay", "nino_only_list", "\u00b631", T(ninos=700, subjects=700, kinds=["nino_list"]), "700 NINOs and nothing else",
                 nino_only=True, list_rows=700)


def r_dwp_lists(v):
    if v == 0:
        rows = name_rows(80, "crm", "nino")
        html = to_html("Priya,\n\nThe New Roots starts for the refugee employment MI, names with NINO and Restart reference." + sig(ST["sunita"]))
        html = html.replace("</body>", html_table(["Name", "Ref", "NINO"], rows) + "</body>")
        sp = M(ST["sunita"], [DWPC[2]], "New Roots starts - names and NINOs", html=html, mailer=OUTLOOK)
        return sp, L("relay", "dwp_names_list", "\u00b636", T(ninos=80, subjects=80, kinds=["name_list"]),
                     "HTML table of 80 names + NINOs to DWP", list_rows=80)
    rows = name_rows(35, "full", "date")
    body = "Martin,\n\nParticipants booked for the Wisbech jobs fair, with their slot dates." + sig(ST["derek"])
    sp = M(ST["derek"], [DWPC[3]], "Jobs fair bookings", text=body, atts=[att("jobs fair bookings.csv", csv_bytes(["Name", "Ref", "Slot"], rows))])
    return sp, L("relay", "dwp_names_list", "\u00b636", T(subjects=35, kinds=["name_list"]), "35 names + dates CSV to DWP", list_rows=35)


def gns_pairs(c, extra=""):
    return [("Participant", c.name), ("Provider", SUB), ("Programme", "Restart - New Roots strand"),
            ("Story", "%s arrived in Norfolk in 2024 and had never worked in the UK. %sAfter a year of ESOL classes and "
                      "a work trial, %s now works as a %s and is helping others in the class." % (c.first, extra, c.he, R.choice(JOBS).lower())),
            ("Consent to publish", "Yes, first name only")]


def r_ucnea1_gns(v):
    c = claimant(True)
    if v == 0:
        blob = pdf_bytes("GNS", [[("h", "Good News Story"), ("kv", gns_pairs(c, "%s has post-traumatic stress and was very anxious in groups. " % c.he.capitalize()))]],
                         head="Pathway CRM  |  Good News Story  |  %s" % c.pid, foot="Exported from Pathway CRM - page {p}")
        body = "Ruth,\n\nOne Good News Story for the regional newsletter, as requested." + sig(ST["sunita"])
        sp = M(ST["sunita"], [DWPC[4]], "Good News Story - New Roots", text=body, atts=[att("GNS %s.pdf" % c.pid, blob)])
        return sp, L("relay", "dwp_ucnea1_gns", "\u00b634-35", T(special=["mental_health"], subjects=1, kinds=["good_news_story"]),
                     "one GNS (CRM PDF export with header/footer); the mental-health detail is inside the record", records=1)
    pairs = [("Name", c.name), ("National Insurance number", c.nino), ("Business name", "%s Alterations" % c.last),
             ("Trading start date", day(2)), ("Type of business", "Tailoring and clothing repairs"), ("Provider", SUB)]
    blob = docx_bytes("UCNEA1", [("h", "UCNEA1 - notification of self-employment"), ("kv", pairs)], header="UCNEA1", footer="Fen & Broads Works CIC")
    body = "Karen,\n\nUCNEA1 attached for your participant who has started trading." + sig(ST["margaret"])
    sp = M(ST["margaret"], [DWPC[0]], "UCNEA1", text=body, atts=[att("UCNEA1.docx", blob)], mailer=OUTLOOK_OLD)
    return sp, L("relay", "dwp_ucnea1_gns", "\u00b634-35", T(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 DOCX to DWP", records=1)


def exit_pairs(c):
    return [("Participant", c.name), ("NINO", nsp(c.nino)), ("Restart reference", c.ref), ("Start date", "14/04/2025"),
            ("Exit date", "28/11/2026"), ("Reason", "Completed 12 months - in employment"), ("Provider", SUB)]


def r_c15(v):
    c = claimant()
    if v == 0:
        blob = pdf_bytes("Exit report", [[("h", "Exit Report"), ("kv", exit_pairs(c))]], head="Pathway CRM  |  Exit Report",
                         foot="Exported from Pathway CRM - page {p}")
        body = "Please find attached one Exit Report.\n\nData Exchange\n%s" % SUB
        sp = M(PROV_INBOX, [DWP_INBOX], "Exit Report - %s" % c.ref, text=body, atts=[att("Exit Report %s.pdf" % c.ref, blob)], from_name="WHP Data Exchange")
        return sp, L("relay", "dwp_c15_process", "C15 \u00b646 \u00b649", T(ninos=1, subjects=1, kinds=["exit_report"]),
                     "one Exit Report, designated inbox to designated inbox", records=1)
    new = claimant()
    pairs = [("Participant", c.name), ("NINO", c.nino), ("Change", "New address"), ("New address", new.address),
             ("Date of change", "20/11/2026"), ("Reported by", "Participant, at appointment")]
    body = "Change of Circumstances - one record:\n\n" + kv_text(pairs) + "\n\nData Exchange\n" + SUB
    sp = M(PROV_INBOX, [DWP_INBOX], "Change of Circumstances - %s" % c.ref, text=body, from_name="WHP Data Exchange")
    return sp, L("relay", "dwp_c15_process", "C15 \u00b646 \u00b649", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                 "one Change of Circumstances in the body, designated inboxes", records=1)


def referral_text(c):
    return kv_text([("Referral", "Restart Scheme"), ("Name", c.name), ("NINO", c.nino), ("Address", c.address),
                    ("Telephone", c.mobile), ("Jobcentre", "Wisbech"), ("Language", c.lang or "English")])


def r_forward(v):
    c = claimant(True)
    q = quote_outlook("WHP Provider Inbox", DWP_INBOX, sent(5, 8, 31), "WHP Data Exchange", "Referral",
                      "Please find below a new referral.\n\n" + referral_text(c) + "\n\nDWP Provider Referrals")
    if v == 0:
        body = "Helen,\n\nForwarding one referral for ESOL assessment, please pick up." + sig(ST["sunita"]) + q
        sp = M(ST["sunita"], [NS[0]], "FW: Referral", text=body, mailer=OUTLOOK)
    else:
        body = "Forwarded for allocation - one participant record.\n\nData Exchange\n" + SUB + q
        sp = M(PROV_INBOX, [BW[2]], "FW: Referral", text=body, from_name="WHP Data Exchange")
    return sp, L("relay", "forward_subcontractor", "C15 \u00b653", T(ninos=1, contact=True, subjects=1),
                 "forward of one DWP referral record to an approved subcontractor", fwd_record=1)


def r_encrypted(v):
    if v == 0:
        def raw(msg):
            rr = random.Random(4100)
            blob = bytes([0x30, 0x82, 0x0C, 0x11, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03]) + bytes(rr.randint(0, 255) for _ in range(3000))
            msg.set_content(blob, maintype="application", subtype="pkcs7-mime", cte="base64", disposition="attachment",
                            filename="smime.p7m", params={"smime-type": "enveloped-data", "name": "smime.p7m"})
        sp = M(ST["hassan"], [BW[0]], "Case notes - as discussed", raw=raw, mailer=OUTLOOK)
        note = "S/MIME enveloped-data"
    elif v == 1:
        def raw(msg):
            p1 = EmailMessage()
            p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
            p2 = EmailMessage()
            p2.set_content(armour(4101).encode(), maintype="application", subtype="octet-stream", cte="7bit", disposition="inline",
                           filename="encrypted.asc")
            del p1["MIME-Version"]
            del p2["MIME-Version"]
            msg["MIME-Version"] = "1.0"
            msg["Content-Type"] = 'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="x"'
            msg.set_payload([p1, p2])
        sp = M(ST["pauline"], [NS[0]], "Register", raw=raw, mailer=THUNDER)
        note = "PGP/MIME"
    else:
        sp = M(ST["graham"], [BW[1]], "notes from Thetford", text="Ian,\n\n" + armour(4102, 10) + "\nGraham")
        note = "inline PGP in the body"
    return sp, L("relay", "already_encrypted", "policy 3.8", T0, note, encrypted=True)


# ================================================================== ENCRYPT
G32 = "\u00b632"


def e_special(v):
    c = claimant(v % 3 != 2 or v == 8)
    s = [ST["tomasz"], ST["hassan"], ST["derek"], ST["tomasz"], ST["sunita"], ST["tomasz"], ST["hassan"], ST["tomasz"],
         ST["hassan"], ST["sunita"], CRM, ST["pauline"], SHAREPOINT][v]
    if v == 0:
        body = ("Dear Sharon,\n\n%s has a new fit note from the GP: fit for amended duties for four weeks because of lower back pain "
                "(sciatica). Could %s do the lighter labelling line until it runs out?" % (c.formal, c.he) + sig(s))
        sp, sp_ = M(s, [EMP["acme"]], "Amended duties - fit note", text=body, mailer=OUTLOOK), ["health"]
        note = "GP fit note details for a named claimant to an employer"
    elif v == 1:
        body = ("Rosa,\n\nReferral for %s. %s was diagnosed with PTSD last year and is on the waiting list for trauma therapy; "
                "crowded rooms are hard for %s, so a one-to-one start would be best." % (c.name, c.he.capitalize(), c.him) + sig(s))
        sp, sp_ = M(s, [BW[0]], "Referral - one-to-one support", text=body, html=to_html(body), mailer=OUTLOOK), ["mental_health"]
        note = "PTSD of a named participant in a referral to a partner"
    elif v == 2:
        body = ("Dear Helen,\n\nI am writing regarding %s, who attends the Thursday group. %s has told me that %s has been drinking "
                "heavily again and has missed the last two classes. Please let me know if %s attends this week.\n\nYours sincerely,"
                % (c.formal, c.he.capitalize(), c.he, c.he) + sig(s))
        sp, sp_ = M(s, [NS[0]], "Thursday group attendance", text=body, mailer=OUTLOOK_OLD), ["substance"]
        note = "alcohol misuse of a named participant, formal letter style"
    elif v == 3:
        body = ("Wayne,\n\nBefore the CITB induction: %s has an unspent conviction for assault (2023), %s is on licence and sees %s "
                "probation officer on Mondays, so %s can't do Monday shifts." % (c.name, c.he, c.his, c.he) + sig(s))
        sp, sp_ = M(s, [EMP["citybuild"]], "Induction - Monday shifts", text=body, mailer=OUTLOOK), ["criminal"]
        note = "conviction and probation of a named claimant to an employer"
    elif v == 4:
        rows = [[c.name, c.ref, "Black African - Eritrean", "Christian (Orthodox)", "No"]]
        blob = xlsx_bytes([{"title": "Equality monitoring", "banner": "ESOL enrolment - equality monitoring",
                            "header": ["Name", "Ref", "Ethnic group", "Religion", "Disability"], "rows": rows}])
        body = "Helen,\n\nEqual opps form for the new enrolment." + sig(s)
        sp, sp_ = M(s, [NS[2]], "Enrolment - equality monitoring", text=body, atts=[att("EO form %s.xlsx" % c.pid, blob)]), ["ethnicity", "religion"]
        note = "equality monitoring row for a named learner: ethnicity and religion"
    elif v == 5:
        body = ("Hi Alan,\n\n%s asked me to ask whether %s could take %s lunch break at 13:00 on Fridays so %s can attend Jumu'ah "
                "prayers at the mosque in Wisbech. Happy to swap with another break." % (c.name, c.he, c.his, c.he) + sig(s))
        sp, sp_ = M(s, [EMP["fenmarsh"]], "Friday break request", text=body, mailer=OUTLOOK), ["religion"]
        note = "religious practice of a named claimant to an employer"
    elif v == 6:
        body = ("Dear Amal,\n\n%s (Restart ref %s) told me today that %s left Uganda because %s is gay and was threatened. %s would "
                "like to be linked with the LGBTQ+ refugee group you mentioned." % (c.name, c.ref, c.he, c.he, c.he.capitalize()) + sig(s))
        sp, sp_ = M(s, [OTH["refcouncil"]], "Link to support group", text=body, mailer=OUTLOOK), ["sexual_orientation"]
        note = "sexual orientation of a named participant to a third party"
    elif v == 7:
        body = ("Bev,\n\n%s would like %s union rep from UNISON to come to the meeting about %s hours on Monday. %s has been a member "
                "since %s started." % (c.name, c.his, c.his, c.he.capitalize(), c.he) + sig(s))
        sp, sp_ = M(s, [EMP["greenfield"]], "Monday meeting", text=body, mailer=OUTLOOK), ["trade_union"]
        note = "trade union membership of a named claimant to an employer"
    elif v == 8:
        q = ("hello hassan, sorry i not come today. i am very depress, i cannot sleep, doctor give me tablets for depression. "
             "i come next week inshallah. %s" % c.first)
        body = ("Karen,\n\nFYI - %s's message to me below, for your records before the review." % c.name + sig(s)
                + quote_reply(c.first, c.email, "Tue, 24 Nov 2026 at 07:12", q))
        sp, sp_ = M(s, [DWPC[0]], "FW: today", text=body, mailer=OUTLOOK), ["mental_health"]
        note = "claimant's own broken-English message about depression, forwarded to a work coach (not a DWP process); the quote header carries the personal e-mail"
        return sp, L("encrypt", "encrypt_special_category", G32, T(special=sp_, contact=True, subjects=1), note)
    elif v == 9:
        agenda = ("Agenda\n1. Case discussion: %s - diabetes, missed classes, housing\n2. Group B progress\n3. AOB" % c.name)
        ics = ics_bytes("hn-case@%s" % INT, "Case review", datetime.datetime(2026, 12, 9, 14, 0), 45, "Microsoft Teams Meeting",
                        agenda, (s.name, s.email), [(NS[0].name, NS[0].email)])
        sp, sp_ = M(s, [NS[0]], "Case review", text=agenda + TEAMS, atts=[att("invite.ics", ics)], mailer=OUTLOOK), ["health"]
        note = "Teams invitation whose agenda names a participant's diabetes"
    elif v == 10:
        body = ("A new task has been assigned to you.\n\nTask: Call %s re: hospital appointment (cardiology) clash with work trial\n"
                "Assigned by: Derek Pymm\nDue: %s\n\nThis is an automated message from Pathway CRM." % (c.name, day(2)))
        sp, sp_ = M(s, [BW[0]], "Pathway CRM: A new task has been assigned to you", text=body, from_name="Pathway CRM"), ["health"]
        note = "CRM task notice to a partner naming a participant's cardiology appointment"
    elif v == 11:
        blob = odt_bytes([("h", "Tutor notes - Thursday group"), ("p", "%s: good progress with reading. Has epilepsy - if %s has a seizure, "
                                                                       "time it and call 999 if over five minutes." % (c.name, c.he)),
                          ("p", "Worksheets for next week: unit 6.")], "Notes")
        body = "Dear Helen\n\nMy notes for the cover tutor, as you asked." + sig(s, disc=False)
        sp, sp_ = M(s, [NS[0]], "notes for cover tutor", text=body, atts=[att("tutor notes.odt", blob)]), ["health"]
        note = "volunteer's ODT notes with a named learner's epilepsy"
    else:
        fn = "%s - GP letter - anxiety and depression.pdf" % c.formal
        body = ("Sunita Bains shared a file with you\n\n%s\n\nOpen\n\nMicrosoft respects your privacy." % fn)
        sp, sp_ = M(s, [BW[0]], "Sunita Bains shared a file with you", text=body, from_name="Sunita Bains (via SharePoint)"), ["mental_health"]
        note = "SharePoint notice whose file name carries a name and a mental-health condition"
    return sp, L("encrypt", "encrypt_special_category", G32, T(special=sp_, subjects=1), note)


def e_nino(v):
    c = claimant(v % 2 == 0)
    s = ST["kerry"]
    if v == 0:
        body = "Sharon,\n\nRTW check done and copy of share code attached on your portal." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["acme"]], "RTW - %s - NI %s" % (c.name, nsp(c.nino)), text=body, mailer=OUTLOOK)
        note = "NINO in the subject line (spaced) to an employer"
    elif v == 1:
        fn = "%s_%s_fitnote.pdf" % (c.nino, ascii_(c.last))
        body = "Kerry Barnes shared a file with you\n\n%s\n\nOpen" % fn
        sp = M(SHAREPOINT, [BW[0]], "Kerry Barnes shared a file with you", text=body, from_name="Kerry Barnes (via SharePoint)")
        note = "NINO in a shared file name (SharePoint notice)"
    elif v == 2:
        body = ("A new task has been assigned to you.\n\nTask: Chase payslip evidence\nParticipant: %s\nNI number: %s\nDue: %s\n\n"
                "This is an automated message from Pathway CRM." % (c.crm, c.nino.lower(), day(3)))
        sp = M(CRM, [NS[0]], "Pathway CRM: A new task has been assigned to you", text=body, from_name="Pathway CRM")
        note = "CRM task notice with a lower-case NINO, to a partner"
    elif v == 3:
        blob = docx_bytes("Letter", [("p", "To whom it may concern"), ("p", "%s attends our ESOL classes twice a week." % c.name),
                                     ("p", "Yours faithfully, Sunita Bains")],
                          header="Fen & Broads Works CIC", footer="Participant: %s  NINO %s" % (c.pid, c.nino))
        body = "Jenny,\n\nAttendance confirmation attached." + sig(ST["sunita"])
        sp = M(ST["sunita"], [OTH["college"]], "Attendance confirmation", text=body, atts=[att("attendance confirmation.docx", blob)])
        note = "NINO only in a DOCX footer"
    elif v == 4:
        body = "Rosa,\n\nSee the referral details in the header of this message from our CRM." + sig(s)
        sp = M(s, [BW[0]], "Referral", text=body, headers={"X-Pathway-Participant": "%s; NINO=%s" % (c.pid, c.nino)})
        note = "NINO only in a custom X- header written by the CRM"
    elif v == 5:
        blob = ods_bytes([("Sheet1", [["Name", "NI"], [c.name, nsp(c.nino)]])])
        body = "Helen\n\nthe NI number for the enrolment you asked for.\n\nPauline"
        sp = M(ST["pauline"], [NS[0]], "NI number", text=body, atts=[att("enrolment.ods", blob)])
        note = "a single person's NINO in a volunteer's ODS (not a list)"
    elif v == 6:
        inner = inner_message("Kerry Barnes <kerry.barnes@%s>" % INT, "Derek Pymm <derek.pymm@%s>" % INT, "NI for %s" % c.first,
                              "Derek,\n\n%s's NI number is %s.\n\nKerry" % (c.name, c.nino))
        body = "Ewa,\n\nForwarding the note below as an attachment, as requested." + sig(ST["derek"])
        sp = M(ST["derek"], [EMP["broadland"]], "FW: NI for %s" % c.first, text=body, nested=inner, mailer=OUTLOOK_OLD)
        note = "NINO inside an attached message/rfc822"
    else:
        body = ("Hello,\n\nFor the invoice query: the session on 17 Nov was for %s, NINO %s, Dari, 1 hour." % (c.formal, c.nino) + sig(ST["joanna"], well=False))
        sp = M(ST["joanna"], [OTH["interp"]], "Invoice query EL-2211", text=body)
        note = "one NINO with a name to an interpreting agency"
    return sp, L("encrypt", "encrypt_nino", "\u00b633", T(ninos=1, subjects=1), note)


def e_dob_bank(v):
    c = claimant(v % 2 == 1)
    if v == 0:
        pairs = [("Name", c.name), ("Date of birth", d_long(c.dob)), ("Right to work", "Refugee status - no restrictions"),
                 ("Share code checked", day(0)), ("Checked by", "Tomasz Zielinski")]
        blob = docx_bytes("RTW", [("h", "Right to work check record"), ("kv", pairs)], header="Right to work check", footer="Fen & Broads Works CIC")
        body = "Alan,\n\nRTW record for your file." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["fenmarsh"]], "RTW record", text=body, atts=[att("RTW record.docx", blob)])
        t, note = T(dob=True, subjects=1), "right-to-work record with DOB in words"
    elif v == 1:
        body = ("Dear Sue,\n\nPlease could you pay the work clothing grant of \u00a385 for %s directly into %s account: sort code %s, "
                "account number %s. %s starts at Broadland on Monday." % (c.name, c.his, sortcode(), acct(), c.he.capitalize()) + sig(ST["hassan"]))
        sp = M(ST["hassan"], [OTH["foodbank"]], "Clothing grant", text=body)
        t, note = T(bank=True, subjects=1), "claimant sort code and account to a third party"
    elif v == 2:
        ib = iban_ua()
        body = ("Joanna,\n\n%s still only has %s Ukrainian account. For the travel reimbursement: IBAN %s. Can finance pay to that? "
                "Cc'ing Bridgeway as they are covering the fare." % (c.name, c.his, grp4(ib)) + sig(ST["sunita"]))
        sp = M(ST["sunita"], [BW[1]], "Travel reimbursement - overseas account", text=body, cc=[ST["joanna"]])
        t, note = T(bank=True, subjects=1), "Ukrainian IBAN (valid checksum) for a named claimant to a partner"
    elif v == 3:
        rows = [[c.crm, c.ref, c.dob.isoformat(), "Entry 2"]]
        body = "Helen,\n\nCRM export for the enrolment." + sig(ST["kerry"], well=False)
        sp = M(ST["kerry"], [NS[2]], "Enrolment export", text=body,
               atts=[att("enrolment_export.csv", csv_bytes(["Name", "Ref", "DOB", "Level"], rows))])
        t, note = T(dob=True, subjects=1), "ISO DOB in a one-row CSV export"
    elif v == 4:
        body = ("Dear Sir/Madam,\n\nRe: %s, born %s\n\nI write in support of the above-named's application for a bus pass. "
                "%s attends our programme four days a week.\n\nYours faithfully," % (c.name, d_dots(c.dob), c.he.capitalize()) + sig(ST["margaret"]))
        sp = M(ST["margaret"], [OTH["buses"]], "Bus pass application", text=body, mailer=OUTLOOK_OLD)
        t, note = T(dob=True, subjects=1, kinds=["letter_other"]), "'born dd.mm.yy' in a pasted formal letter"
    else:
        body = ("Hello,\n\nThe bus pass refund should go back to the card %s paid with: %s (name on card: %s).\n\nThanks"
                % (c.first, luhn_card(), c.name) + sig(ST["kerry"], well=False))
        sp = M(ST["kerry"], [OTH["buses"]], "Refund", text=body)
        t, note = T(bank=True, subjects=1), "claimant payment card number (Luhn valid)"
    return sp, L("encrypt", "encrypt_dob_bank", G32, t, note)


def e_benefit_children(v):
    c = claimant(True)
    if v == 0:
        body = ("Dear Sue,\n\nFood bank referral for %s, %s. %s Universal Credit has been sanctioned for four weeks (reduced by "
                "\u00a3%d) and %s has no food in the house. Phone %s." % (c.name, c.address, c.his.capitalize(), R.randint(200, 380), c.he, c.mobile) + sig(ST["hassan"]))
        sp = M(ST["hassan"], [OTH["foodbank"]], "Foodbank referral", text=body, mailer=OUTLOOK)
        t, note = T(benefit=True, contact=True, subjects=1), "food-bank referral: UC sanction amount, address, phone"
    elif v == 1:
        kids = [(fake.first_name_female(), 3), (fake.first_name_male(), 5)]
        body = ("Tina,\n\nCrèche places for %s's children during the Monday ESOL class: %s (age %d) and %s (age %d)."
                % (c.name, kids[0][0], kids[0][1], kids[1][0], kids[1][1]) + sig(ST["pauline"], disc=False))
        sp = M(ST["pauline"], [OTH["nursery"]], "Crèche places Mondays", text=body)
        t, note = T(children=True, subjects=1), "children's names and ages to a nursery"
    elif v == 2:
        blob = docx_bytes("Housing letter", [("p", "Saxonmere Housing, Tenancy Sustainment"), ("p", "Re: %s, %s" % (c.name, c.address)),
                                             ("p", "The tenant receives the Universal Credit housing element of \u00a3%d.00 a month, which is "
                                                   "paid direct to the landlord." % R.randint(450, 700))],
                          header="Fen & Broads Works CIC", footer="Restart")
        body = "Good morning,\n\nLetter attached regarding rent arrears." + sig(ST["margaret"])
        sp = M(ST["margaret"], [OTH["housing"]], "Rent arrears - supporting letter", text=body, atts=[att("housing letter.docx", blob)])
        t, note = T(benefit=True, contact=True, subjects=1, kinds=["letter_other"]), "housing letter with UC housing element amount"
    elif v == 3:
        body = ("Hi Alan,\n\n%s can only do 16 hours at first - %s gets PIP (standard daily living, \u00a373.90 a week) and is worried "
                "about %s Universal Credit." % (c.name, c.he, c.his) + sig(ST["tomasz"]))
        sp = M(ST["tomasz"], [EMP["fenmarsh"]], "Hours", text=body)
        t, note = T(benefit=True, subjects=1), "PIP amount of a named claimant to an employer"
    else:
        body = ("Karen,\n\n%s asked about the Council Tax Reduction: %s gets Universal Credit of \u00a3%d a month after the deduction for "
                "the advance, and has two children at school (Yasmin, 7, and Idris, 10)." % (c.name, c.he, R.randint(600, 900)) + sig(ST["derek"]))
        sp = M(ST["derek"], [DWPC[0]], "CTR query", text=body)
        t, note = T(benefit=True, children=True, subjects=1), "UC amount and children with ages to DWP (not a process)"
    return sp, L("encrypt", "encrypt_benefit_children", G32, t, note)


def e_claimant(v):
    c = claimant(v % 2 == 0)
    if v == 0:
        body = ("Dear %s %s,\n\nWe have spoken to the Jobcentre. Your Universal Credit will go down by \u00a3%d.%02d this month because of "
                "the advance repayment.\n\nRestart Norwich" % (c.title, c.last, R.randint(60, 140), R.randint(0, 99)))
        sp = M(RESTART_BOX, [c], "Your Universal Credit", text=body, from_name="Restart Norwich")
        t = T(benefit=True, subjects=1)
        note = "benefit deduction amount to the claimant's own address"
    elif v == 1:
        new = mob()
        q = "Hi, this is my new number %s, old phone is broken. %s" % (new, c.first)
        body = "Thanks %s, we've updated your number to %s on our system.\n\nNew Roots team" % (c.first, new) + quote_reply(c.first, c.email, "Wed, 25 Nov 2026 at 19:20", q)
        sp = M(NEWROOTS_BOX, [c], "Re: new number", text=body, from_name="New Roots Team")
        t = T(contact=True, subjects=1)
        note = "new phone number quoted back to the claimant"
    elif v == 2:
        blob = docx_bytes("Council tax letter", [("p", c.name), ("p", c.address),
                                                 ("p", "Dear %s %s," % (c.title, c.last)),
                                                 ("p", "We have helped you apply for Council Tax Reduction. The council will write to you.")],
                          header="Fen & Broads Works CIC", footer="Restart")
        body = "Dear %s,\n\nA copy of the letter we sent to the council is attached.\n\nRestart Norwich" % c.first
        sp = M(RESTART_BOX, [c], "Council tax letter", text=body, atts=[att("council tax letter.docx", blob)], from_name="Restart Norwich")
        t = T(contact=True, subjects=1, kinds=["letter_other"])
        note = "an 'other' letter with the home address to the claimant (exemption 5 covers only interview/offer/appointment letters)"
    else:
        blob = docx_bytes("Action plan", [("h", "Action plan - %s" % c.name), ("p", "Goal: part-time work by March."),
                                          ("p", "Health: back pain - avoid heavy lifting; physiotherapy on Wednesdays.")])
        body = "Hello %s\n\nYour action plan from today.\n\nRestart Norwich" % c.first
        sp = M(RESTART_BOX, [c], "Your action plan", text=body, atts=[att("action plan.docx", blob)], from_name="Restart Norwich")
        t = T(special=["health"], subjects=1)
        note = "action plan with a health detail to the claimant"
    return sp, L("encrypt", "encrypt_claimant_recipient", "\u00b617 \u00b624-28", t, note)


def e_over(v):
    if v == 0:
        ps = [claimant() for _ in range(11)]
        z = zip_bytes([(cvfile(p, "pdf"), cv_pdf(p)) for p in ps])
        body = "Chloe,\n\nEleven CVs for the seasonal housekeeping roles." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["harbour"]], "Housekeeping CVs", text=body, atts=[att("housekeeping CVs.zip", z)])
        t, f, note = T(contact=True, subjects=11, kinds=["cv"]), dict(cv_count=11), "eleven CVs in a zip"
    elif v == 1:
        rows = name_rows(501, "crm")
        body = "Adebayo,\n\nFull caseload for the screening match." + sig(ST["lucy"])
        sp = M(ST["lucy"], [NS[1]], "Caseload - full", text=body, atts=[att("caseload_full.csv", csv_bytes(["Name", "Ref"], rows))])
        t, f, note = T(subjects=501, kinds=["name_list"]), dict(list_rows=501), "501 names"
    elif v == 2:
        pairs = [(claimant(True), claimant(True)) for _ in range(6)]
        pages = [[("h", "Couple application"), ("kv", couple_pairs(a, b, "Line Operative", "Broadland Poultry"))] for a, b in pairs]
        body = "Ewa,\n\nSix couple applications." + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["broadland"]], "Couple applications x6", text=body, atts=[att("couples x6.pdf", pdf_bytes("Couples", pages))])
        t, f, note = T(contact=True, subjects=12, kinds=["application_form_couple"]), dict(form_people=12), "six couple forms = 12 people"
    else:
        ps = [claimant() for _ in range(11)]
        pages = [[("p", appt_letter(p, day(14) + " at 10:00", "Northstar Training, Peterborough", ST["sunita"]))] for p in ps]
        body = "Adebayo,\n\nAppointment letters for the assessment day (eleven)." + sig(ST["sunita"])
        sp = M(ST["sunita"], [NS[1]], "Assessment letters (11)", text=body, atts=[att("letters x11.pdf", pdf_bytes("Letters", pages))])
        t, f, note = T(subjects=11, kinds=["letter_appointment"]), dict(letters=11), "eleven appointment letters"
    return sp, L("encrypt", "encrypt_over_limit", "\u00b619-31", t, note, **f)


def e_beyond(v):
    c = claimant(True)
    if v == 0:
        body = "Sharon,\n\n%s for interview Tuesday 10:00. Mobile %s if you need to reach %s." % (c.name, c.mobile, c.him) + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["acme"]], "Interview Tuesday", text=body)
        t, note = T(contact=True, subjects=1), "one name plus mobile"
    elif v == 1:
        body = "Please book a Tigrinya interpreter for a home visit, 10am %s." % day(7) + sig(ST["hassan"])
        sp = M(ST["hassan"], [OTH["interp"]], "Home visit - %s - %s" % (c.name, c.postcode), text=body)
        t, note = T(contact=True, subjects=1), "name and home postcode in the subject"
    elif v == 2:
        body = ("Bev,\n\nFor %s's right-to-work check: Home Office share code W7K 4PM 9XT, BRP number ZU%07d (expires 31/03/2028)."
                % (c.name, R.randint(1000000, 9999999)) + sig(ST["tomasz"]))
        sp = M(ST["tomasz"], [EMP["greenfield"]], "RTW share code", text=body)
        t, note = T(subjects=1), "one name plus identifiers (share code, BRP number): not 'name only'; no listed category"
    else:
        body = ("A new task has been assigned to you.\n\nTask: Send job links to %s (%s)\nDue: %s\n\nThis is an automated message from "
                "Pathway CRM." % (c.name, c.email, day(2)))
        sp = M(CRM, [BW[0]], "Pathway CRM: A new task has been assigned to you", text=body, from_name="Pathway CRM")
        t, note = T(contact=True, subjects=1), "CRM notice: name plus personal e-mail"
    return sp, L("encrypt", "encrypt_beyond_name", "\u00b618", t, note, name_only=False, extra=True)


def e_forbidden(v):
    if v == 0:
        rows = name_rows(24, "crm", "mobile")
        blob = xlsx_bytes([{"title": "Register", "banner": "Thursday group", "groups": [("Learner", 2), ("Contact", 1)],
                            "header": ["Name", "Ref", "Mobile"], "rows": rows}])
        body = "Helen,\n\nRegister with mobiles so your tutor can text about cancellations." + sig(ST["sunita"])
        sp = M(ST["sunita"], [NS[0]], "Register with mobiles", text=body, atts=[att("Thursday register.xlsx", blob)])
        t, note, n = T(contact=True, subjects=24, kinds=["name_list"]), "name list with a mobile column", 24
    elif v == 1:
        rows = name_rows(30, "init", "dob")
        body = "Jenny,\n\nLearners for the college enrolment, with DOB for your MIS." + sig(ST["kerry"], well=False)
        sp = M(ST["kerry"], [OTH["college"]], "College enrolment list", text=body, atts=[att("enrolment list.csv", csv_bytes(["Name", "Ref", "DOB"], rows))])
        t, note, n = T(dob=True, subjects=30, kinds=["name_list"]), "name list with a DOB column", 30
    else:
        rows = name_rows(18, "full", "uc")
        html = to_html("Sue,\n\nThe families we'd like to refer for Christmas hampers, with their monthly UC." + sig(ST["hassan"]))
        html = html.replace("</body>", html_table(["Name", "Ref", "Universal Credit"], rows) + "</body>")
        sp = M(ST["hassan"], [OTH["foodbank"]], "Christmas hamper referrals", html=html)
        t, note, n = T(benefit=True, subjects=18, kinds=["name_list"]), "HTML name list with UC amounts", 18
    return sp, L("encrypt", "encrypt_list_forbidden_column", "\u00b630", t, note, list_rows=n)


def e_dwp_process(v):
    if v == 0:
        a, b = claimant(True), claimant(True)
        atts_ = [att("GNS %d.pdf" % i, pdf_bytes("GNS", [[("h", "Good News Story"), ("kv", gns_pairs(p))]])) for i, p in enumerate((a, b), 1)]
        body = "Ruth,\n\nTwo Good News Stories for the newsletter." + sig(ST["sunita"])
        sp = M(ST["sunita"], [DWPC[4]], "Good News Stories x2", text=body, atts=atts_)
        t, note = T(subjects=2, kinds=["good_news_story"]), "two GNS in one e-mail (\u00b635: one per e-mail)"
        f = dict(records=2)
    elif v == 1:
        c = claimant()
        blob = docx_bytes("Exit report", [("h", "Exit Report"), ("kv", exit_pairs(c))])
        body = "Stuart,\n\nExit report attached." + sig(ST["derek"])
        sp = M(ST["derek"], [DWPC[1]], "Exit report", text=body, atts=[att("exit report.docx", blob)])
        t, note = T(ninos=1, subjects=1, kinds=["exit_report"]), "Exit Report from a staff mailbox to a work coach, not the designated inboxes"
        f = dict(records=1)
    else:
        c = claimant()
        pairs = [("Name", c.name), ("National Insurance number", c.nino), ("Business", "Mobile car valeting"), ("Start", day(1))]
        blob = pdf_bytes("UCNEA1", [[("h", "UCNEA1"), ("kv", pairs)]])
        body = ("Karen,\n\nUCNEA1 attached. Note %s is on licence after a prison sentence, so the van insurance took a while." % c.first + sig(ST["margaret"]))
        sp = M(ST["margaret"], [DWPC[0]], "UCNEA1", text=body, atts=[att("UCNEA1.pdf", blob)])
        t, note = T(ninos=1, special=["criminal"], subjects=1, kinds=["ucnea1"]), "UCNEA1 whose covering text adds a criminal-record detail"
        f = dict(records=1, extra=True)
    return sp, L("encrypt", "encrypt_dwp_process", "\u00b634-35 C15 \u00b649", t, note, **f)


def e_letter_kind(v):
    c = claimant(v != 1)
    if v == 0:
        letter = ("Dear Sir/Madam,\n\nRe: %s, %s\n\nI write to confirm that the above-named has been engaging with the Restart Scheme "
                  "since April 2025 and is actively seeking work. I should be grateful if you would take this into account when "
                  "considering %s housing application.\n\nYours faithfully," % (c.name, c.address, c.his))
        body = "Good afternoon,\n\nSupporting letter pasted below.\n\n" + letter + sig(ST["margaret"])
        sp = M(ST["margaret"], [OTH["housing"]], "Supporting letter - housing application", text=body, mailer=OUTLOOK_OLD)
        t, note = T(contact=True, subjects=1, kinds=["letter_other"]), "housing support letter pasted as text"
    elif v == 1:
        blob = docx_bytes("Council tax", [("p", "Council Tax and Benefits, South Fen District Council"),
                                          ("p", "Re: %s, %s" % (c.name, c.address)), ("p", "Please hold recovery action while the above applies for support.")],
                          header="Fen & Broads Works CIC", footer="Restart - Wisbech")
        body = "Dear Sir/Madam,\n\nPlease see the attached letter." + sig(ST["kerry"], well=False)
        sp = M(ST["kerry"], [OTH["council"]], "Council tax - hold recovery", text=body, atts=[att("council tax letter.docx", blob)])
        t, note = T(contact=True, subjects=1, kinds=["letter_other"]), "council-tax letter DOCX with header/footer"
    else:
        blob = pdf_bytes("Reference", [[("p", "To whom it may concern"), ("p", "I have known %s for a year as a volunteer at our conversation club. "
                                                                                "%s is reliable and kind." % (c.name, c.he.capitalize())),
                                        ("p", "Sunita Bains")]])
        body = "Denise,\n\nCharacter reference attached." + sig(ST["sunita"])
        sp = M(ST["sunita"], [EMP["ousecare"]], "Reference", text=body, atts=[att("reference.pdf", blob)])
        t, note = T(subjects=1, kinds=["letter_other"]), "a reference letter is not an interview/offer/appointment letter"
    return sp, L("encrypt", "encrypt_letter_kind", "\u00b625", t, note, letters=1)


def e_tag(v):
    if v == 0:
        body = "Lucy,\n\nThe room plan for January." + sig(ST["kerry"], well=False)
        sp = M(ST["kerry"], [NS[1]], "[ENCRYPT] Room plan January", text=body)
        t, note = T0, "sender tag on a message with no claimant data"
    elif v == 1:
        c = claimant()
        body = "Sharon,\n\n%s for interview Tuesday at 10:00." % c.name + sig(ST["tomasz"])
        sp = M(ST["tomasz"], [EMP["acme"]], "RE: [ENCRYPT] Interview", text=body)
        t, note = T(subjects=1), "sender tag on a one-name message that would otherwise relay"
    else:
        body = "Ian,\n\nMinutes of the partnership meeting attached as text below.\n\n1. Referral volumes\n2. Budgets" + sig(ST["lucy"])
        sp = M(ST["lucy"], [BW[1]], "Partnership minutes [ENCRYPT]", text=body)
        t, note = T0, "sender tag at the end of the subject"
    return sp, L("encrypt", "encrypt_sender_tag", "RULES.md: sender-requested encryption", t, note)


def e_password(v):
    c = claimant()
    if v == 0:
        blob = aes_zip_bytes([("register.xlsx", xlsx_bytes([{"title": "R", "header": ["Name", "NINO"], "rows": [[c.name, c.nino]]}]))], "Wisbech2026!", 1)
        body = "Helen,\n\nRegister attached, password by phone." + sig(ST["sunita"])
        sp = M(ST["sunita"], [NS[0]], "Register (password protected)", text=body, atts=[att("register.zip", blob)])
        note = "AES-encrypted zip"
    elif v == 1:
        blob = pdf_bytes("Case summary", [[("h", "Case summary"), ("p", "%s - notes" % c.name)]], password="Fens-44", seed=2)
        body = "Rosa,\n\nCase summary attached; the password is the usual one." + sig(ST["hassan"])
        sp = M(ST["hassan"], [BW[0]], "Case summary", text=body, atts=[att("case summary.pdf", blob)])
        note = "password-protected PDF"
    else:
        blob = zipcrypto_bytes([("notes.txt", ("Notes about %s" % c.name).encode())], "broads", 3)
        body = "Graham's notes, zipped with the office password." + sig(ST["kerry"], well=False)
        sp = M(ST["kerry"], [BW[1]], "Notes", text=body, atts=[att("notes.zip", blob)])
        note = "ZipCrypto-protected zip"
    return sp, L("encrypt", "encrypt_password_protected", "RULES.md: password-protected attachments", T0, note, pw=True)


def e_scan(v):
    if v == 0:
        a = att("IMG_20261124_101522.jpg", scan_image(5100, 1200, 1600, "JPEG", photo=True))
        body = "Denise,\n\nPhoto of the signed application form from this morning." + sig(ST["tomasz"])
        to, subj = [EMP["ousecare"]], "Signed form"
        note = "phone photo (JPEG) of a filled form"
    elif v == 1:
        a = att("fit note scan.png", scan_image(5101, 1000, 1400, "PNG"))
        body = "Sharon,\n\nScan of the fit note attached." + sig(ST["tomasz"])
        to, subj = [EMP["acme"]], "Fit note"
        note = "PNG scan"
    elif v == 2:
        a = att("scan0047.pdf", scan_pdf(5102, 1))
        body = "Scanned from the Wisbech copier."
        to, subj = [BW[0]], "Scanned document"
        note = "image-only PDF from a copier"
    else:
        a = att("housing forms.pdf", scan_pdf(5110, 3))
        body = "Good morning,\n\nThe signed forms, scanned." + sig(ST["margaret"])
        to, subj = [OTH["housing"]], "Signed forms"
        note = "three-page image-only PDF"
    s = [ST["tomasz"], ST["tomasz"], ST["kerry"], ST["margaret"]][v]
    sp = M(s, to, subj, text=body, atts=[a])
    return sp, L("encrypt", "encrypt_no_text_scan", "RULES.md: images and scans with no text layer", T0, note, scan=True)


# ================================================================== REJECT
def x_cv_no_consent(v):
    c = claimant(v % 2 == 0)
    if v == 0:
        sp = M(RESTART_BOX, [c], "Your CV", text="Dear %s,\n\nYour CV is attached.\n\nRestart Norwich" % c.first,
               atts=[att(cvfile(c, "docx"), cv_docx(c))], from_name="Restart Norwich")
        note = "CV to a claimant address with no consent recorded"
    elif v == 1:
        sp = M(NEWROOTS_BOX, [c], "[ENCRYPT] CV", text="Hello %s, your CV.\n\nNew Roots" % c.first,
               atts=[att(cvfile(c, "pdf"), cv_pdf(c))], from_name="New Roots Team")
        note = "CV with the [ENCRYPT] tag to an unconsented address: reject still wins"
    elif v == 2:
        sp = M(ST["pauline"], [c], "cv", text="Dear %s\n\nHere is the CV we did.\n\nPauline" % c.first,
               atts=[att(cvfile(c, "odt"), cv_odt(c))])
        note = "volunteer sends an ODT CV to an unconsented address"
    elif v == 3:
        other = claimant(consent=True)
        c2 = Person(False, "btinternet.com")
        c2.first, c2.last, c2.name = other.first, other.last, other.name
        c2.email = "%s.%s.home@btinternet.com" % (ascii_(other.first).lower().replace(" ", ""), ascii_(other.last).lower().replace(" ", ""))
        sp = M(RESTART_BOX, [c2], "Updated CV", text="Dear %s,\n\nYour updated CV.\n\nRestart Norwich" % c2.first,
               atts=[att(cvfile(c2, "pdf"), cv_pdf(c2))], from_name="Restart Norwich")
        c = c2
        note = "the person has a consented address, but this is a different address, not in the register"
    else:
        sp = M(RESTART_BOX, [c], "CV", text="Dear %s,\n\nYour CV.\n\nRestart Norwich" % c.first,
               atts=[att(cvfile(c, "docx"), cv_docx(c, dob=True))], from_name="Restart Norwich")
        note = "unconsented CV that also carries a DOB"
    return sp, L("reject", "reject_cv_no_consent", "\u00b617", T(dob=(v == 4), contact=True, subjects=1, kinds=["cv"]), note, cv_count=1)


def x_uninspectable(v):
    rr = random.Random(6200 + v)
    junk = bytes(rr.randint(0, 255) for _ in range(5000))
    s = [ST["kerry"], ST["tomasz"], ST["sunita"], ST["margaret"], ST["pauline"], ST["hassan"], ST["derek"]][v]
    to = [BW[1], EMP["fenmarsh"], NS[0], OTH["housing"], NS[0], BW[0], EMP["acme"]][v]
    if v == 0:
        a, note = att("fitnote.pdf", junk), "named .pdf, the bytes are no format"
    elif v == 1:
        full = docx_bytes("Notes", [("p", "Case notes " * 80)])
        a, note = att("notes.docx", full[:len(full) // 2]), "truncated DOCX"
    elif v == 2:
        full = ods_bytes([("S", [["a", "b"]] * 100)])
        b = bytearray(full)
        for i in range(120, min(700, len(b))):
            b[i] = rr.randint(0, 255)
        a, note = att("register.ods", bytes(b)), "ODS with corrupted bytes"
    elif v == 3:
        a, note = att("letter.docx", b"PK\x03\x04" + junk[:2500]), "zip magic then garbage, named .docx"
    elif v == 4:
        a, note = att("photo of form.jpg", b"\xff\xd8\xff\xe0" + junk[:3000]), "JPEG header then garbage"
    elif v == 5:
        a, note = att("export.dat", junk), "unknown binary"
    else:
        a, note = att("register.xlsx", b"%PDF-1.4\n" + junk[:3000], ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")), \
            "named and declared XLSX, bytes start like a PDF then garbage: the extension lies and the bytes are no readable format"
    sp = M(s, [to], ["paperwork", "notes", "register", "letter", "form", "export", "register"][v], text="Please see attached." + sig(s), atts=[a])
    return sp, L("reject", "reject_uninspectable", "RULES.md: content that cannot be inspected", T0, note, opaque=True)


SCENARIOS = (
    [(nc_ramadan_rota, v) for v in range(2)] + [(nc_faith_venue, v) for v in range(3)] + [(nc_teams_invite, v) for v in range(6)] +
    [(nc_newsletter, v) for v in range(6)] + [(nc_funding_bid, v) for v in range(3)] + [(nc_job_advert, v) for v in range(5)] +
    [(nc_invoice, v) for v in range(3)] + [(nc_oneliner, v) for v in range(len(ONE_LINERS))] + [(nc_template, v) for v in range(4)] +
    [(nc_crm_notice, v) for v in range(4)] + [(nc_sharepoint, v) for v in range(4)] + [(nc_policy, v) for v in range(2)] +
    [(nc_claimant_generic, v) for v in range(2)] + [(nc_misc, v) for v in range(12)] + [(nc_bus_and_rooms, v) for v in range(3)] +
    [(nc_extra, v) for v in range(7)] +
    [(r_one_name, v) for v in range(7)] + [(r_cv_to_claimant, v) for v in range(3)] + [(r_cvs, v) for v in range(4)] +
    [(r_app_forms, v) for v in range(3)] + [(r_letters, v) for v in range(4)] + [(r_name_lists, v) for v in range(3)] +
    [(r_nino_only, 0)] + [(r_dwp_lists, v) for v in range(2)] + [(r_ucnea1_gns, v) for v in range(2)] +
    [(r_c15, v) for v in range(2)] + [(r_forward, v) for v in range(2)] + [(r_encrypted, v) for v in range(3)] +
    [(e_special, v) for v in range(13)] + [(e_nino, v) for v in range(8)] + [(e_dob_bank, v) for v in range(6)] +
    [(e_benefit_children, v) for v in range(5)] + [(e_claimant, v) for v in range(4)] + [(e_over, v) for v in range(4)] +
    [(e_beyond, v) for v in range(4)] + [(e_forbidden, v) for v in range(3)] + [(e_dwp_process, v) for v in range(3)] +
    [(e_letter_kind, v) for v in range(3)] + [(e_tag, v) for v in range(3)] + [(e_password, v) for v in range(3)] +
    [(e_scan, v) for v in range(4)] + [(x_cv_no_consent, v) for v in range(5)] + [(x_uninspectable, v) for v in range(7)]
)


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
        hid = "hn-%03d" % n
        with open(os.path.join(MAIL_DIR, hid + ".eml"), "wb") as f:
            f.write(build(sp, n))
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": A(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": "%s[%d]" % (name, v)})
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "consent.txt"), "w") as f:
        for a in sorted(set(CONSENT + ["j.ferreira.thetford@gmail.com"])):
            f.write(a + "\n")
    return labels


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


def sniff(blob):
    if blob[:5] == b"%PDF-":
        return "pdf"
    if blob[:4] == b"PK\x03\x04":
        try:
            names = zipfile.ZipFile(io.BytesIO(blob)).namelist()
        except Exception:
            return "bad"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "mimetype" in names:
            return "odf"
        return "zip"
    if blob[:3] == b"\xff\xd8\xff" or blob[:8] == b"\x89PNG\r\n\x1a\n":
        return "image"
    try:
        blob.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "bad"


def att_text(fn, blob):
    """(text, flags) by the bytes, not the name; raises Uninspectable / Protected"""
    import pypdf
    kind = sniff(blob)
    flags = set()
    try:
        if kind == "pdf":
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Protected(fn)
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                flags.add("scan")
            return t, flags
        if kind == "docx":
            d = docx.Document(io.BytesIO(blob))
            parts = [p.text for p in d.paragraphs]
            for s in d.sections:
                parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
            return "\n".join(parts), flags
        if kind == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob))
            parts = []
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    parts.append(",".join("" if x is None else str(x) for x in row))
            return "\n".join(parts), flags
        if kind == "odf":
            from odf.opendocument import load
            from odf import teletype, text as otext
            doc = load(io.BytesIO(blob))
            return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(otext.P)), flags
        if kind == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            parts = []
            for info in z.infolist():
                if info.flag_bits & 1:
                    raise Protected(info.filename)
            if z.testzip() is not None:
                raise Uninspectable(fn)
            for info in z.infolist():
                t, f2 = att_text(info.filename, z.read(info.filename))
                parts.append(info.filename + "\n" + t)
                flags |= f2
            return "\n".join(parts), flags
        if kind == "image":
            im = Image.open(io.BytesIO(blob))
            im.load()
            flags.add("scan")
            return "", flags
        if kind == "text":
            return blob.decode("utf-8"), flags
    except Protected:
        raise
    except Exception as ex:
        raise Uninspectable("%s: %s" % (fn, ex))
    raise Uninspectable(fn)


PHONE_RES = [(re.compile(r"(?<!\d)07\d{3}\s?\d{3}\s?\d{3}(?!\d)"), re.compile(r"07700\s?900\s?\d{3}")),
             (re.compile(r"(?<!\d)01\d{2}\s?\d{3}\s?\d{4}(?!\d)"), re.compile(r"01(13|61)\s?496\s?0\d{3}")),
             (re.compile(r"(?<!\d)020\s?\d{4}\s?\d{4}(?!\d)"), re.compile(r"020\s?7946\s?0\d{3}"))]


def selfcheck(labels):
    from email import message_from_bytes
    from email.utils import getaddresses
    consent = set(open(os.path.join(HERE, "consent.txt")).read().split())
    problems, warn = [], []
    opened = 0
    for rec in labels:
        raw = open(os.path.join(HERE, rec["file"]), "rb").read()
        m = message_from_bytes(raw, policy=policy.default)
        hid = rec["id"]
        if getaddresses([m["From"]])[0][1] != rec["mail_from"]:
            problems.append((hid, "From mismatch"))
        hdr = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", [])) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]) or not rec["rcpt_to"]:
            problems.append((hid, "To/Cc vs rcpt_to"))
        if m["Bcc"]:
            problems.append((hid, "Bcc header"))
        texts = [str(m["Subject"])]
        for k, val in m.items():
            if k.lower().startswith("x-") or k.lower() in ("from", "to", "cc", "comments", "keywords"):
                texts.append(str(val))
        flags = set()
        enc = m.get_content_type() in ("application/pkcs7-mime", "multipart/encrypted")
        for part in m.walk():
            if part.is_multipart():
                continue
            if part.get_content_type() in ("application/pkcs7-mime", "application/pgp-encrypted") or part.get_filename() == "encrypted.asc":
                continue
            if part.get_content_type() == "message/rfc822":
                continue
            fn = part.get_filename()
            if fn:
                texts.append(fn)
                try:
                    t, f = att_text(fn, part.get_payload(decode=True))
                    texts.append(t)
                    flags |= f
                    opened += 1
                except Uninspectable:
                    flags.add("uninspectable")
                except Protected:
                    flags.add("protected")
            else:
                t = part.get_content()
                if isinstance(t, bytes):
                    t = t.decode("utf-8", "replace")
                if "BEGIN PGP MESSAGE" in t:
                    enc = True
                texts.append(t)
        full = "\n".join(texts)
        tr, rule, act = rec["truth"], rec["rule"], rec["expected_action"]
        ninos = find_ninos(full)
        if len(ninos) > tr["ninos"]:
            problems.append((hid, "found %d NINOs > truth %d" % (len(ninos), tr["ninos"])))
        elif len(ninos) < tr["ninos"]:
            warn.append((hid, "found %d NINOs < truth %d" % (len(ninos), tr["ninos"])))
        checks = [("reject_uninspectable", "uninspectable"), ("encrypt_password_protected", "protected"), ("encrypt_no_text_scan", "scan")]
        for r_, fl in checks:
            if (rule == r_) != (fl in flags):
                problems.append((hid, "%s flag mismatch for rule %s" % (fl, rule)))
        if (rule == "already_encrypted") != enc:
            problems.append((hid, "encryption structure mismatch"))
        if "[ENCRYPT]" in str(m["Subject"]) and rule not in ("encrypt_sender_tag", "reject_cv_no_consent"):
            problems.append((hid, "tag but rule %s" % rule))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant not consented"))
        if rule == "reject_cv_no_consent" and set(rec["rcpt_to"]) & consent:
            problems.append((hid, "reject_cv_no_consent but consented"))
        if rule == NC and tr != T0:
            problems.append((hid, "no_claimant_data with truth"))
        if rule != NC and act == "relay" and rule != "already_encrypted" and tr["data_subjects"] == 0:
            problems.append((hid, "exemption relay with no data subject"))
        want = {"relay": None, "encrypt": "encrypt_", "reject": "reject_"}[act]
        if want and not rule.startswith(want):
            problems.append((hid, "rule/action mismatch"))
        for rx, ok in PHONE_RES:
            for mm in rx.finditer(full):
                if not ok.fullmatch(mm.group(0)):
                    problems.append((hid, "phone outside drama range: %s" % mm.group(0)))
        ibans = re.findall(r"\b(?:GB|UA|LT)\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", full)
        for x in ibans:
            if not iban_valid(x):
                problems.append((hid, "bad IBAN %s" % x))
            full = full.replace(x, " ")
        for x in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
            if tr["bank"] and not luhn_ok(x):
                problems.append((hid, "bad Luhn"))
    return problems, warn, opened


def main():
    if "--check" not in sys.argv:
        labels = generate()
    else:
        labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]
    problems, warn, opened = selfcheck(labels)
    from collections import Counter
    print("messages:", len(labels), " attachments opened:", opened)
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

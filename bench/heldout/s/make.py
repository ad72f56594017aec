#!/usr/bin/env python3
"""Held-out set S: a Devon and Cornwall network of small charities and community
interest companies (the "Kernow & Devon Community Employment Network") working as
subcontractors to a prime, Westcountry Works Partnership, whose mail tenancy
(provider.example.org.uk) they share.  Volunteers and part-time advisers on webmail
(Yahoo- and AOL-style) and Thunderbird on Linux; a Mailman list; a Mailchimp-style
newsletter; LibreOffice ODT/ODS/PDF; photos of handwritten forms.

Deterministic: every scenario reseeds random and Faker from its own name; fixed Date
headers, Message-IDs and boundaries; normalised zip/OOXML/ODF metadata; seeded AES salts.
    python make.py          build mail/, labels.jsonl, consent.txt, self-check, rebuild+compare
    python make.py --check  self-check the files on disk and compare with a fresh build
"""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import shutil
import subprocess
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
from PIL import Image, ImageDraw, ImageFont
import pyzipper
import pyzipper.zipfile_aes as _zaes
from fpdf.encryption import StandardSecurityHandler

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PFX = "hs"
SEED = 20261207
INT = "provider.example.org.uk"
DWP_DOMAINS = ["dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"]
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = [NORTHSTAR, BRIDGEWAY]
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
FIXED = datetime.datetime(2026, 12, 1, 8, 0, 0)
ZDT = (2026, 12, 1, 8, 0, 0)

R = random.Random(SEED)
fake = Faker("en_GB")


def reseed(name):
    global R
    s = int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)
    R = random.Random(s)
    fake.seed_instance(s)


# ------------------------------------------------------------- seeded crypto randomness
class _SeededRnd:
    def read(self, n):
        return bytes(R.getrandbits(8) for _ in range(n))


_zaes.Random.new = lambda: _SeededRnd()
StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, n: bytes(R.getrandbits(8) for _ in range(n)))

# ------------------------------------------------------------- identifiers
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_used = set()


def nino():
    while True:
        p = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if p in BAD_PREFIX:
            continue
        n = p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")
        if n not in _used:
            _used.add(n)
            return n


def nsp(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mobile():
    return "07700 900%03d" % R.randint(0, 999)


def landline():
    return R.choice(["01632 960%03d", "0113 496 0%03d", "0161 496 0%03d", "020 7946 0%03d"]) % R.randint(0, 999)


AREAS = [("TR", 30, ["Penzance", "St Ives", "Camborne", "Redruth", "Truro", "Falmouth", "Helston", "Newlyn", "Hayle"]),
         ("PL", 36, ["Bodmin", "Liskeard", "Looe", "Launceston", "Tavistock", "Saltash", "Plymouth", "Wadebridge"]),
         ("EX", 40, ["Barnstaple", "Bideford", "Holsworthy", "Okehampton", "Exmouth", "Ilfracombe", "Bude"]),
         ("TQ", 15, ["Newton Abbot", "Brixham", "Dartmouth", "Teignmouth", "Totnes", "Paignton"])]


def postcode():
    a, lo, towns = R.choice(AREAS)
    pc = "%s%d %d%s%s" % (a, lo + R.randint(0, 9), R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"),
                          R.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return pc, R.choice(towns)


def iban():
    while True:
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
        if bank not in ("HSBC", "NWBK", "BARC", "LOYD", "MIDL", "NAIA", "ABBY", "NWBK"):
            break
    bban = bank + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def luhn_ok(s):
    t = 0
    for i, d in enumerate(reversed([int(c) for c in s if c.isdigit()])):
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        t += d
    return t % 10 == 0


def card():
    while True:
        s = "4" + "".join(str(R.randint(0, 9)) for _ in range(15))
        if luhn_ok(s):
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def sortcode():
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
       "twenty-seventh", "twenty-eighth"]
NUMW = ["nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen"]

HAND = [("Kerenza", "Trewin", "f"), ("Jago", "Pascoe", "m"), ("Morwenna", "Penhaligon", "f"), ("Tamsin", "Rowe", "f"),
        ("Loveday", "Jenkin", "f"), ("Demelza", "Curnow", "f"), ("Piran", "Nancarrow", "m"), ("Bartosz", "Nowak", "m"),
        ("Ionut", "Popescu", "m"), ("Joao", "Ferreira", "m"), ("Maricel", "Santos", "f"), ("Chiamaka", "Okafor", "f"),
        ("Yusuf", "Al-Hassan", "m"), ("Bishnu", "Gurung", "m"), ("Ieva", "Kalnina", "f"), ("Dimitar", "Petrov", "m"),
        ("Eilidh", "MacLeod", "f"), ("Declan", "O'Driscoll", "m"), ("Senara", "Hosking", "f"), ("Cador", "Angove", "m"),
        ("Rashida", "Begum", "f"), ("Tomasz", "Wisniewski", "m"), ("Agnieszka", "Kowalczyk", "f"), ("Kwame", "Mensah", "m"),
        ("Wenna", "Tregear", "f"), ("Ruan", "Bolitho", "m"), ("Sadia", "Rahman", "f"), ("Lowen", "Carveth", "m"),
        ("Mihaela", "Ionescu", "f"), ("Aled", "Prowse", "m"), ("Bronwen", "Jory", "f"), ("Tremayne", "Polglase", "m")]
_used_names = set()


class P:
    """an invented claimant"""

    def __init__(self, dom=None, hand=None, sex=None):
        if hand is None and R.random() < 0.45:
            hand = True
        while True:
            if hand and len(_used_names & set((a, b) for a, b, _ in HAND)) >= len(HAND):
                hand = False
            if hand:
                f, l, s = R.choice(HAND)
            else:
                s = sex or R.choice("mf")
                f = fake.first_name_male() if s == "m" else fake.first_name_female()
                l = fake.last_name()
            if (f, l) not in _used_names:
                _used_names.add((f, l))
                break
        self.first, self.last, self.sex = f, l, s
        self.name = f + " " + l
        self.he, self.him, self.his = ("he", "him", "his") if s == "m" else ("she", "her", "her")
        self.pc, self.town = postcode()
        self.house = R.randint(1, 88)
        self.street = fake.street_name()
        self.addr = "%d %s, %s %s" % (self.house, self.street, self.town, self.pc)
        self.mob = mobile()
        d = dom or R.choice(CLAIMANT_DOMAINS)
        self.email = ("%s%s%s%s@%s" % (f, R.choice([".", "", "_"]), l, R.choice(["", str(R.randint(1, 99))]), d)
                      ).lower().replace("'", "").replace("-", "")
        self.age = R.randint(18, 63)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.nino = nino()
        self.ref = "KD-%05d" % R.randint(10000, 99999)


def dob_words(d):
    return "the %s of %s %d" % (ORD[d.day], MONTHS[d.month - 1], d.year)


# ------------------------------------------------------------- staff and contacts
class St:
    def __init__(self, first, last, org, role, client, mob=None, addr=None):
        self.first, self.last, self.org, self.role, self.client = first, last, org, role, client
        self.name = first + " " + last
        self.email = addr or ("%s.%s@%s" % (first, last, INT)).lower()
        self.mob = mob


PCF = "Penwith Coastal Futures"
TVW = "Tamar Valley Community Works CIC"
TRS = "Torridge Rural Skills Trust"
KCC = "Kernow Care Careers CIC"
TEV = "Teign Estuary Volunteers"
WWP = "Westcountry Works Partnership"

JENNY = St("Jenny", "Trewhella", PCF, "Network Coordinator", "tb", "07700 900114")
DAVE = St("Dave", "Pengelly", TVW, "Volunteer Adviser", "ym")
SUE = St("Sue", "Blackmore", TRS, "Employment Adviser (Tues/Weds/Thurs)", "aol", "07700 900382")
ROB = St("Rob", "Kitto", KCC, "Employer Engagement Worker", "tb", "07700 900617")
PRIYA = St("Priya", "Nair", WWP, "Data & Contracts Officer", "tb")
MORWEN = St("Morwen", "Hocking", TEV, "Volunteer", "ym")
TOM = St("Tom", "Ashworth", PCF, "Job Coach - Fishing & Maritime", "tb", "07700 900245")
HANNAH = St("Hannah", "Clemo", PCF, "Comms & Admin (part-time)", "tb")
GARETH = St("Gareth", "Lobb", TRS, "Volunteer Adviser", "aol")
FAY = St("Fay", "Uren", KCC, "Care Careers Adviser", "ym", "07700 900771")
CVS = St("Network", "CV Service", PCF, "", "tb", addr="cvservice@" + INT)
ADVICE = St("Penwith", "Advice Team", PCF, "", "tb", addr="advice.penwith@" + INT)
DX = St("WHP", "Data Exchange", WWP, "", "tb", addr=PROV_INBOX)
LISTBOUNCE = "kdcen-network-bounces@" + INT
LISTADDR = "kdcen-network@" + INT
NEWS = St("KDCEN", "Newsletter", PCF, "", "mc", addr="newsletter@" + INT)


def C(name, dom, local=None):
    loc = local or name.lower().replace(" ", ".").replace("'", "")
    return (name, "%s@%s" % (loc, dom))


# supply chain
NS_LEAD = C("Lisa Mumford", NORTHSTAR)
NS_COURSES = C("Northstar Courses Team", NORTHSTAR, "courses.southwest")
NS_DATA = C("Craig Venning", NORTHSTAR)
BW_SM = C("Anita Rosewarne", BRIDGEWAY)
BW_INTAKE = C("Bridgeway Intake", BRIDGEWAY, "intake.cornwall")
BW_HOUSING = C("Mike Oates", BRIDGEWAY)
# DWP
WC_PZ = C("Carol Pender", "dwp.gov.uk")
WC_TRU = C("Steve Rundle", "jobcentreplus.gov.uk")
WC_BAR = C("Natalie Squire", "dwp.gsi.gov.uk")
DWP_PM = C("Andrew Kellow", "dwp.gov.uk")
DWP_BOX = ("WHP Provider Inbox", DWP_INBOX)
JCP_PLY = C("Plymouth Jobcentre Partnerships", "jobcentreplus.gsi.gov.uk", "plymouth.partnerships")
# employers (the world's five) and other third parties
ACME = C("Gary Truscott", "acme-logistics.co.uk")
GREEN = C("Beverley Hawken", "greenfield-care.com")
GREEN_REC = C("Greenfield Care Recruitment", "greenfield-care.com", "recruitment.cornwall")
CITY = C("Wayne Penrose", "citybuild-ltd.co.uk")
HARB = C("Sophie Lanyon", "harbourview-hotels.co.uk")
HARB_HR = C("Harbourview St Ives HR", "harbourview-hotels.co.uk", "hr.stives")
BRIGHT = C("Kelly Dunstan", "brightside-retail.co.uk")
EHUB = C("Martin Crago", "enterprise-hub.co.uk")
FARM = C("Richard Yeo", "tamarvalleygrowers.co.uk")
FISH = C("Nick Harvey", "newlyn-fishmerchants.co.uk")
PARK = C("Donna Trebilcock", "goldensands-holidaypark.co.uk")
HALL = C("St Piran's Hall Bookings", "stpiranshall.org.uk", "bookings")
PRINT = C("Kernow Print", "kernowprint.co.uk", "orders")
NURSERY = C("Little Gulls Nursery", "littlegulls-nursery.co.uk", "office")
HOUSING = C("Coastline Homes Lettings", "coastline-homes.org.uk", "lettings")
COUNCIL = C("Ruth Eddy", "cornwall-council.example.gov.uk")
FUNDER = C("Grants Team", "southwest-communityfund.org.uk", "grants")
ITDESK = C("WWP IT Service Desk", "wwp-itsupport.co.uk", "servicedesk")
TRAVEL = C("Peninsula Travel Bookings", "peninsula-travel.co.uk", "bookings")
BOAT = C("Skipper Pete Richards", "richards-fishing.co.uk", "pete")
VOL_PERSONAL = ("Sue Blackmore", "sueblackmore58@aol.com")

# ------------------------------------------------------------- signatures and footers
DISCLAIMER = ("This e-mail and any attachments are confidential and intended only for the addressee. It may "
              "contain personal or special category data, such as information about a person's health, "
              "disability or criminal convictions. If you have received it in error please tell the sender "
              "and delete it. " + WWP + " is a company limited by guarantee, registered in England no. "
              "08812245. The KDCEN network partners are independent charities and CICs.")


def sig(s, short=False):
    if s.client == "ym":
        lines = [s.first, ""] if short else [s.first, s.role + ", " + s.org, "(volunteer days Mon & Thu)" if "Volunteer" in s.role else ""]
        return "\n".join(l for l in lines if l is not None).rstrip() + "\n"
    if s.client == "aol":
        return "Regards\n%s\n%s\n%s\n%s\n" % (s.name, s.role, s.org, ("Mob " + s.mob) if s.mob else "")
    parts = ["-- ", s.name if s.last != "Advice Team" else "Penwith Advice Team"]
    if s.role:
        parts.append(s.role)
    parts.append(s.org + " | part of the Kernow & Devon Community Employment Network")
    if s.mob:
        parts.append("Mob: " + s.mob)
    parts.append("The Net Loft, Quay Street, Newlyn" if s.org == PCF else
                 ("Unit 4, Cattle Market, Holsworthy" if s.org == TRS else
                  ("Tavistock Pannier Market office" if s.org == TVW else "")))
    parts.append("")
    parts.append(DISCLAIMER)
    return "\n".join(p for p in parts if p is not None) + "\n"


LIST_FOOTER = ("_______________________________________________\n"
               "KDCEN-network mailing list -- kdcen-network@" + INT + "\n"
               "To unsubscribe send an email to kdcen-network-leave@" + INT + "\n"
               "Network partners only. Please don't post anything about individual participants to the list.\n")


# ------------------------------------------------------------- text helpers
def flow(text, width=72):
    """format=flowed encode: soft line breaks end in a space"""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(>+ ?)?(.*)$", line)
        pre, body = (m.group(1) or ""), m.group(2)
        if line == "-- " or len(line) <= width:
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = body.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        chunks.append(cur)
        out.extend(pre + c for c in chunks)
    return "\n".join(out)


def unflow(text):
    lines = text.split("\n")
    out = []
    buf = None
    for ln in lines:
        ln2 = ln.rstrip("\r")
        if buf is not None:
            m = re.match(r"^(>+ ?)?", ln2)
            buf += ln2[len(m.group(0)):] if m else ln2
        else:
            buf = ln2
        if ln2.endswith(" ") and ln2 != "-- ":
            continue
        out.append(buf)
        buf = None
    if buf is not None:
        out.append(buf)
    return "\n".join(out)


def q(text, level=1):
    p = ">" * level
    return "\n".join((p + " " + l) if l and not l.startswith(">") else (p + l) for l in text.split("\n"))


WDAYS = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dday(i):
    return datetime.date(2026, 12, WDAYS[i % len(WDAYS)])


def nice(d):
    return "%s %d %s" % (DOW[d.weekday()], d.day, MONTHS[d.month - 1])


def tb_attr(name, d, hh=10, mm=14, addr=None):
    who = "%s <%s>" % (name, addr) if addr else name
    return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (d.day, d.month, d.year, hh, mm, who)


def ym_attr(name, addr, d, hh=9, mm=41):
    return "On %s, %d %s %d at %02d:%02d:%02d GMT, %s <%s> wrote:" % (
        DOW[d.weekday()], d.day, MONTHS[d.month - 1], d.year, hh, mm, R.randint(0, 59), name, addr)


def aol_orig(name, addr, to, d, subject, body):
    return ("\n\n-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %d %s %d %02d:%02d\nSubject: %s\n\n%s\n"
            % (name, addr, to, DOW[d.weekday()][:3], d.day, MONTHS[d.month - 1][:3], d.year, R.randint(8, 17),
               R.randint(0, 59), subject, body))


def fwd_block(subject, frm, to, d, body):
    return ("\n\n-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s, %d %s %d %02d:%02d:00 +0000\nFrom: \t%s\n"
            "To: \t%s\n\n%s\n" % (subject, DOW[d.weekday()][:3], d.day, MONTHS[d.month - 1][:3], d.year,
                                   R.randint(8, 16), R.randint(0, 59), frm, to, body))


def pipe_table(header, rows):
    w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "| " + " | ".join(str(x).ljust(w[i]) for i, x in enumerate(r)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (x + 2) for x in w) + "|"] + [line(r) for r in rows])


def esc(t):
    return htmlmod.escape(t, quote=False)


def text_to_html(t):
    out = []
    depth = 0
    for ln in t.split("\n"):
        m = re.match(r"^(>+) ?(.*)$", ln)
        d = len(m.group(1)) if m else 0
        body = m.group(2) if m else ln
        while depth < d:
            out.append('<blockquote style="border-left:2px solid #1a73e8;padding-left:6px;margin:0 0 0 4px">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append("<div>%s</div>" % (esc(body) if body else "<br>"))
    out.extend("</blockquote>" for _ in range(depth))
    return ('<html><head></head><body><div class="ydp-body" style="font-family:Helvetica Neue, Helvetica, Arial, '
            'sans-serif;font-size:13px;">' + "\n".join(out) + "</div></body></html>")


# ------------------------------------------------------------- documents
def zip_bytes(files, stored_first=None):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for i in src.infolist():
        b = src.read(i.filename)
        if i.filename == "docProps/core.xml":
            b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-12-01T08:00:00Z", b)
        out.append((i.filename, b))
    return zip_bytes(out)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-formatting-objects-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
LO_GEN = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"


def x(t):
    return htmlmod.escape(str(t), quote=True)


def odf(kind, inner, title="", author="", auto=""):
    mt = "application/vnd.oasis.opendocument." + kind
    body = "office:text" if kind == "text" else "office:spreadsheet"
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles><style:style style:name="PB" style:family="paragraph">'
               '<style:paragraph-properties fo:break-before="page"/></style:style>%s</office:automatic-styles>'
               '<office:body><%s>%s</%s></office:body></office:document-content>' % (NS, auto, body, inner, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>2026-11-30T10:00:00</meta:creation-date><dc:date>2026-12-01T08:00:00</dc:date>'
            '</office:meta></office:document-meta>' % (NS, LO_GEN, x(title), x(author)))
    styles = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"/>' % NS
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return zip_bytes([("mimetype", mt), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)])


def odt(blocks, title="", author=""):
    """blocks: ('h', t) ('p', t) ('table', rows) ('pb',)"""
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == "p":
            for ln in b[1].split("\n"):
                out.append("<text:p>%s</text:p>" % x(ln))
        elif b[0] == "pb":
            out.append('<text:p text:style-name="PB"/>')
        elif b[0] == "table":
            rows = b[1]
            out.append('<table:table table:name="Table%d"><table:table-column table:number-columns-repeated="%d"/>'
                       % (len(out), len(rows[0])))
            for r in rows:
                out.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c)
                    for c in r) + "</table:table-row>")
            out.append("</table:table>")
    return odf("text", "".join(out), title, author)


def ods(sheets, title="", author=""):
    out = []
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % x(name))
        for r in rows:
            cells = []
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                                 '</table:table-cell>' % (c, c))
                elif c is None or c == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                                 % x(c))
            out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append("</table:table>")
    return odf("spreadsheet", "".join(out), title, author)


FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def lat(t):
    return t.encode("latin-1", "replace").decode("latin-1")


def pdf(pages, title="", producer="LibreOffice 7.6", creator="Writer", password=None, footer=True):
    """pages: list of lists of lines (str) or ('t', rows) tables"""
    p = FPDF(format="A4")
    p.set_creation_date(FIXED)
    p.set_title(title)
    p.set_producer(producer)
    p.set_creator(creator)
    p.set_author("")
    p.set_auto_page_break(True, 18)
    n = len(pages)
    for i, pg in enumerate(pages):
        p.add_page()
        p.set_font("helvetica", size=10)
        for item in pg:
            if isinstance(item, tuple) and item[0] == "t":
                rows = item[1]
                w = 180 / len(rows[0])
                for r in rows:
                    for c in r:
                        p.cell(w, 6, lat(str(c))[:int(w / 1.9)], border=1)
                    p.ln(6)
                p.ln(2)
            elif isinstance(item, tuple) and item[0] == "b":
                p.set_font("helvetica", "B", 12)
                p.multi_cell(0, 6, lat(item[1]), new_x="LMARGIN", new_y="NEXT")
                p.set_font("helvetica", size=10)
            else:
                p.multi_cell(0, 5, lat(item) if item else " ", new_x="LMARGIN", new_y="NEXT")
        if footer:
            p.set_y(-15)
            p.set_font("helvetica", size=8)
            p.cell(0, 5, "Page %d of %d" % (i + 1, n), align="C")
    if password:
        from fpdf.enums import EncryptionMethod
        p.set_encryption(owner_password=password + "-owner", user_password=password,
                         encryption_method=EncryptionMethod.AES_256)
    return bytes(p.output())


def docx_bytes(blocks, title=""):
    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "KDCEN", "KDCEN", title
    cp.created = cp.modified = FIXED
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def xlsx_bytes(sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "WWP"
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def zipcrypto(files, password):
    """traditional PKWARE encryption, seeded header"""
    import binascii
    keys = [0x12345678, 0x23456789, 0x34567890]
    crc = binascii.crc32

    def upd(k, c):
        k[0] = (crc(bytes([c]), k[0] ^ 0xffffffff) ^ 0xffffffff) & 0xffffffff
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = (crc(bytes([(k[1] >> 24) & 0xff]), k[2] ^ 0xffffffff) ^ 0xffffffff) & 0xffffffff

    def enc(data, hdr):
        k = list(keys)
        for c in password.encode():
            upd(k, c)
        out = bytearray()
        for c in hdr + data:
            t = (k[2] | 2) & 0xffff
            ks = ((t * (t ^ 1)) >> 8) & 0xff
            out.append(c ^ ks)
            upd(k, c)
        return bytes(out)
    import struct
    out = io.BytesIO()
    central = []
    for name, data in files:
        data = data.encode() if isinstance(data, str) else data
        c = crc(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytes(R.getrandbits(8) for _ in range(11)) + bytes([(c >> 24) & 0xff])
        payload = enc(comp, hdr)
        off = out.tell()
        nb = name.encode()
        dt, dd = (8 << 11) | 0, ((2026 - 1980) << 9) | (12 << 5) | 1
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 1, 8, dt, dd, c, len(payload), len(data), len(nb), 0) + nb)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 1, 8, dt, dd, c, len(payload), len(data),
                                   len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb)
    cd = out.tell()
    for c_ in central:
        out.write(c_)
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def aes_zip(files, password):
    b = io.BytesIO()
    with pyzipper.AESZipFile(b, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password.encode())
        for name, data in files:
            zi = z.zipinfo_cls(filename=name, date_time=ZDT)
            zi.compress_type = pyzipper.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()


def handwriting(d, x0, y0, text, size=30):
    """scribbled 'handwriting': wobbly strokes per letter, unreadable to OCR on purpose"""
    xx = x0
    for ch in text:
        if ch == " ":
            xx += size * 0.6
            continue
        pts = [(xx + R.uniform(0, size * 0.5), y0 + R.uniform(-size * 0.5, size * 0.3)) for _ in range(4)]
        d.line(pts, fill=(20, 30, 90), width=3)
        xx += size * R.uniform(0.45, 0.65)
    return xx


def form_photo(fields, title, seed_txt, w=1200, h=1600, exif=True, rot=True):
    img = Image.new("RGB", (w, h), (236, 232, 220))
    d = ImageDraw.Draw(img)
    for i in range(0, h, 7):  # paper texture / shading
        d.line([(0, i), (w, i + R.randint(-3, 3))], fill=(226 + R.randint(0, 8), 222, 212))
    d.rectangle([60, 60, w - 60, 150], outline=(60, 60, 60), width=3)
    # printed headings are drawn as bars, not type, so there is no text layer anywhere
    d.rectangle([80, 90, 80 + 14 * len(title), 115], fill=(70, 70, 70))
    y = 210
    for label, value in fields:
        d.rectangle([80, y, 80 + 11 * len(label), y + 16], fill=(90, 90, 90))
        d.line([(420, y + 30), (w - 90, y + 30)], fill=(120, 120, 120), width=2)
        handwriting(d, 430, y + 10, value, size=28)
        y += 85
        if y > h - 150:
            break
    if rot:
        img = img.rotate(R.uniform(-2.5, 2.5), expand=False, fillcolor=(40, 40, 40))
    b = io.BytesIO()
    if exif:
        ex = Image.Exif()
        ex[0x010F] = "samsung"
        ex[0x0110] = "Galaxy A15"
        ex[0x0132] = "2026:11:30 15:42:%02d" % R.randint(0, 59)
        img.save(b, "JPEG", quality=72, exif=ex.tobytes())
    else:
        img.save(b, "JPEG", quality=72)
    return b.getvalue()


def scan_pdf(images):
    p = FPDF(format="A4")
    p.set_creation_date(FIXED)
    p.set_producer("HP Smart")
    for im in images:
        p.add_page()
        p.image(io.BytesIO(im), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def garbage(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ------------------------------------------------------------- document contents
JOBS = ["Kitchen Porter", "Housekeeping Assistant", "Care Assistant", "Fish Filleter", "Warehouse Operative",
        "Farm Worker (seasonal)", "Bar & Waiting Staff", "Labourer", "Retail Assistant", "Deckhand"]


def cv_lines(p, dob=False, nino_in=False, conviction=False, health=False):
    L_ = ["CURRICULUM VITAE", p.name.upper(), "%s | %s | %s" % (p.addr, p.mob, p.email)]
    if dob:
        L_.append("Date of birth: %02d/%02d/%d" % (p.dob.day, p.dob.month, p.dob.year))
    if nino_in:
        L_.append("National Insurance: " + nsp(p.nino))
    L_ += ["", "PROFILE",
           R.choice(["Hard-working and reliable, used to early starts and working outside in all weathers.",
                     "Friendly and calm under pressure, with several summer seasons in busy hospitality.",
                     "Caring and patient, with experience looking after family members and volunteering.",
                     "Practical and safety-minded, happy on my feet all day and keen to learn new skills."]),
           "", "EXPERIENCE"]
    for _ in range(R.randint(2, 3)):
        y = R.randint(2012, 2025)
        L_.append("%d-%d  %s, %s" % (y, y + R.randint(0, 2), R.choice(JOBS), fake.company()))
        L_.append("  - " + R.choice(["Opening and closing, cash handling", "Gutting and grading fish on the market",
                                     "Personal care and medication prompts", "Picking and packing on the daffodil fields",
                                     "Serving 200 covers a night in peak season", "Forklift (counterbalance) and loading"]))
    if health:
        L_ += ["", "HEALTH", "I have type 2 diabetes which is well controlled and does not affect my work."]
    if conviction:
        L_ += ["", "OTHER", "I have a spent conviction from 2015 and am happy to discuss it."]
    L_ += ["", "QUALIFICATIONS", R.choice(["GCSE English and Maths", "Level 2 Food Hygiene", "CSCS card (green)",
                                           "Level 2 Health & Social Care", "STCW basic safety (sea survival)"]),
           "", "HOBBIES", R.choice(["Surfing, gig rowing", "Walking the coast path with my dog", "Fishing, football",
                                    "Baking, the local choir"]), "", "References available on request"]
    return L_


def cv_odt(p, **kw):
    ls = cv_lines(p, **kw)
    return odt([("h", ls[0])] + [("p", l) for l in ls[1:]], title="CV " + p.name, author=p.first)


def cv_pdf(p, **kw):
    return pdf([cv_lines(p, **kw)], title="CV")


def cv_fn(p, ext):
    return "%s_%s_CV_2026.%s" % (p.first, p.last.replace("'", ""), ext)


def form_rows(p, job, employer, age=True, dob=False, nino_in=False):
    rows = [["Application for", "%s - %s" % (job, employer)], ["Name", p.name], ["Address", p.addr],
            ["Phone", p.mob]]
    if age:
        rows.append(["Age", str(p.age)])
    if dob:
        rows.append(["Date of birth", p.dob.strftime("%d/%m/%Y")])
    if nino_in:
        rows.append(["NI number", nsp(p.nino)])
    rows += [["Available from", "January 2027"], ["Right to work", "Yes - seen"],
             ["Driving licence", R.choice(["Full, own car", "No", "Provisional"])],
             ["Why this job", R.choice(["I love working with people", "Outdoor work suits me", "Local to me, walkable"])]]
    return rows


def couple_rows(a, b, job, employer):
    return [["Couple application", "%s - %s" % (job, employer)], ["Applicant 1", a.name], ["Age", str(a.age)],
            ["Applicant 2", b.name], ["Age", str(b.age)], ["Address", a.addr], ["Phone", a.mob],
            ["Availability", "March to October 2027, live-in"], ["Experience", "Both did the 2025 season at a campsite"]]


def letter_lines(p, kind, employer=None, when=None):
    employer = employer or "Harbourview Hotels, St Ives"
    when = when or "Tuesday 15 December at 10.30am"
    head = [p.name, "%d %s" % (p.house, p.street), p.town, p.pc, "", "1 December 2026", "", "Dear %s," % p.first, ""]
    if kind == "letter_interview":
        body = ["Interview invitation", "Thank you for your application. We would like to invite you to an interview "
                "for the post of %s at %s on %s. Please bring proof of your right to work." % (R.choice(JOBS), employer, when)]
    elif kind == "letter_job_offer":
        body = ["Offer of employment", "I am pleased to offer you the position of %s at %s, starting %s, 30 hours a "
                "week at GBP 12.60 an hour. Please sign and return the enclosed copy." % (R.choice(JOBS), employer, when)]
    elif kind == "letter_appointment":
        body = ["Your appointment", "Your next appointment with your adviser is on %s at the Net Loft, Quay Street, "
                "Newlyn. If you can't make it please ring us on 01632 960412." % when]
    else:
        body = ["To whom it may concern", "I confirm that %s has been taking part in our employment programme since "
                "June 2026 and attends regularly." % p.name]
    return head + body + ["", "Yours sincerely", "", "Jenny Trewhella", "Network Coordinator"]


# ------------------------------------------------------------- specs, labels, build
def A(o):
    if isinstance(o, tuple):
        return o
    if isinstance(o, str):
        return ("", o)
    return (o.name, o.email)


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects,
            "doc_kinds": sorted(set(kinds))}


T0 = T()


def M(sender, to, subject, text="", client=None, cc=(), bcc=(), atts=(), headers=None, html=None, envelope=None,
      crlf=False, raw=None, from_name=None):
    cl = client or (sender.client if isinstance(sender, St) else "tb")
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, client=cl,
                atts=list(atts), headers=headers or {}, html=html, envelope=envelope, crlf=crlf, raw=raw,
                from_name=from_name)


def L(action, rule, guidance, truth, notes, **facts):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts)


MIME = {"pdf": "application/pdf", "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
        "txt": "text/plain", "md": "text/markdown", "zip": "application/zip", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "png": "image/png"}


def F(fn, blob, mime=None):
    return ("f", fn, blob, mime or MIME.get(fn.rsplit(".", 1)[-1].lower(), "application/octet-stream"))


def MSG(inner):
    return ("m", inner)


TB_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"
YM_XM = "WebService/1.1.24866 YMailNorrin"
AOL_XM = "AOL Webmail 47362-STANDARD"


def _hdrs(msg, sp, n, dt):
    s = sp["sender"]
    fname, faddr = (sp["from_name"] or A(s)[0]), A(s)[1]
    msg["From"] = formataddr((fname, faddr)) if fname else faddr
    if sp["client"] == "list":
        msg["To"] = LISTADDR
    elif sp["to"]:
        msg["To"] = ", ".join(formataddr(A(t)) if A(t)[0] else A(t)[1] for t in sp["to"])
    else:
        msg["To"] = "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(formataddr(A(t)) if A(t)[0] else A(t)[1] for t in sp["cc"])
    msg["Subject"] = sp["subject"]
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1(("%s-%d" % (PFX, n)).encode()).hexdigest()
    cl = sp["client"]
    if cl in ("ym", "aol"):
        msg["Message-ID"] = "<%d.%d.%s@webmail.%s>" % (int(h[:8], 16), int(h[8:14], 16), h[14:20], INT)
        msg["X-Mailer"] = YM_XM if cl == "ym" else AOL_XM
    elif cl == "mc":
        msg["Message-ID"] = "<%s.%s@mail.%s>" % (h[:18], h[18:26], INT)
    else:
        msg["Message-ID"] = "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], INT)
    msg["MIME-Version"] = "1.0"
    if cl in ("tb", "list"):
        msg["User-Agent"] = TB_UA
        msg["Content-Language"] = "en-GB"
    if cl == "list":
        msg["Sender"] = LISTBOUNCE
        msg["List-Id"] = "Kernow & Devon Community Employment Network <kdcen-network.%s>" % INT
        msg["List-Unsubscribe"] = "<mailto:kdcen-network-leave@%s>" % INT
        msg["List-Post"] = "<mailto:%s>" % LISTADDR
        msg["List-Help"] = "<mailto:kdcen-network-request@%s?subject=help>" % INT
        msg["Precedence"] = "list"
        msg["X-Mailman-Version"] = "3.3.9"
    if cl == "mc":
        msg["List-Unsubscribe"] = "<mailto:unsubscribe-%s@mail.%s>, <https://news.kdcen.example.org.uk/unsub?u=%s>" % (
            h[:10], INT, h[10:22])
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["List-Id"] = "KDCEN news <kdcen-news.mail.%s>" % INT
        msg["X-Campaign-ID"] = "kdcen-%s" % h[:8]
        msg["Precedence"] = "bulk"
    for k, v in sp["headers"].items():
        msg[k] = v


def _text_part(sp, text):
    cl = sp["client"]
    p = EmailMessage()
    if cl in ("tb", "list", "auto"):
        body = flow(text) if cl != "auto" else text
        cte = "7bit"
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
        p.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        if cl != "auto":
            p.set_param("format", "flowed")
            p.set_param("delsp", "no") if False else None
        return p
    cte = "quoted-printable" if (any(ord(c) > 127 for c in text) or max(map(len, text.split("\n") or [""])) > 76) else "7bit"
    p.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    if cl in ("ym", "aol", "mc"):
        alt = EmailMessage()
        alt.make_alternative()
        alt.attach(p)
        h = EmailMessage()
        h.set_content(sp["html"] or text_to_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
        alt.attach(h)
        return alt
    return p


def _put_headers(msg, sp, n, d):
    content = [(k, str(v)) for k, v in msg.items()]
    for k in set(k for k, _ in content):
        del msg[k]
    _hdrs(msg, sp, n, d)
    for k, v in content:
        if k.lower() != "mime-version":
            msg[k] = v


def build(sp, n):
    d = datetime.datetime.combine(dday(3 + n % 11), datetime.time(8 + (n * 7) % 9, (n * 13) % 60, (n * 29) % 60),
                                  tzinfo=datetime.timezone.utc)
    text = sp["text"]
    if sp["client"] == "list":
        text = text.rstrip("\n") + "\n" + LIST_FOOTER
    if sp["raw"]:
        msg = sp["raw"]()
        _put_headers(msg, sp, n, d)
    else:
        body = _text_part(sp, text)
        if sp["atts"]:
            msg = EmailMessage()
            msg.make_mixed()
            msg.preamble = "This is a multi-part message in MIME format." if sp["client"] in ("tb", "list") else None
            msg.attach(body)
            for a in sp["atts"]:
                if a[0] == "f":
                    _, fn, blob, mt = a
                    part = EmailMessage()
                    ma, su = mt.split("/")
                    if ma == "text":
                        part.set_content(blob if isinstance(blob, bytes) else blob.encode(), maintype=ma, subtype=su,
                                         disposition="attachment", filename=fn, cte="base64")
                    else:
                        part.set_content(blob, maintype=ma, subtype=su, disposition="attachment", filename=fn)
                    msg.attach(part)
                else:
                    part = EmailMessage()
                    inner = a[1]
                    part.set_content(inner, disposition="attachment")
                    msg.attach(part)
        else:
            msg = body
        _put_headers(msg, sp, n, d)
    # move MIME headers after the others like real clients
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("------------%s%02d" % (hashlib.md5(("%s%d-%d" % (PFX, n, i)).encode()).hexdigest()[:22], i))
            i += 1
    crlf = sp["crlf"] or (n % 7 == 2)
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n", max_line_length=998))


def inner_msg(frm, to, subject, text, date, atts=(), tag="x"):
    m = EmailMessage()
    m["From"] = formataddr(frm)
    m["To"] = formataddr(to)
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.datetime.combine(date, datetime.time(11, 5), tzinfo=datetime.timezone.utc))
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5(tag.encode()).hexdigest()[:16], frm[1].split("@")[1])
    m.set_content(text)
    for fn, blob in atts:
        ext = fn.rsplit(".", 1)[-1]
        ma, su = MIME.get(ext, "application/octet-stream").split("/")
        m.add_attachment(blob, maintype=ma, subtype=su, filename=fn)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("=_inner_%s_%d" % (hashlib.md5(tag.encode()).hexdigest()[:10], j))
            j += 1
    return m


def rcpts(sp):
    return [A(t)[1] for t in sp["to"] + sp["cc"] + sp["bcc"]]


CONSENT = []


def claimant(dom=None, consent=False, hand=None, sex=None):
    p = P(dom, hand, sex)
    if consent:
        CONSENT.append(p.email)
    return p


# ------------------------------------------------------------- encrypted structures
def der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def oid(s):
    parts = [int(p) for p in s.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7f]
        p >>= 7
        while p:
            enc.insert(0, 0x80 | (p & 0x7f))
            p >>= 7
        out += bytes(enc)
    return der(0x06, out)


def smime_enveloped():
    name = der(0x30, der(0x31, der(0x30, oid("2.5.4.3") + der(0x0c, b"Bridgeway Support Secure Mail CA"))))
    iasn = der(0x30, name + der(0x02, b"\x01" + garbage(7)))
    ktri = der(0x30, der(0x02, b"\x00") + iasn + der(0x30, oid("1.2.840.113549.1.1.1") + b"\x05\x00") +
               der(0x04, garbage(256)))
    eci = der(0x30, oid("1.2.840.113549.1.7.1") + der(0x30, oid("2.16.840.1.101.3.4.1.42") + der(0x04, garbage(16))) +
              der(0x80, garbage(2912)))
    env = der(0x30, der(0x02, b"\x00") + der(0x31, ktri) + eci)
    ci = der(0x30, oid("1.2.840.113549.1.7.3") + der(0xa0, env))
    m = EmailMessage()
    m.set_content(ci, maintype="application", subtype="pkcs7-mime", filename="smime.p7m", disposition="attachment")
    m.set_param("smime-type", "enveloped-data")
    m.set_param("name", "smime.p7m")
    return m


def armour(nbytes):
    import base64
    b = base64.b64encode(garbage(nbytes)).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(garbage(3)).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"


def pgp_mime():
    m = EmailMessage()
    m.set_type("multipart/encrypted")
    m.set_param("protocol", "application/pgp-encrypted")
    v = EmailMessage()
    v.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted")
    v["Content-Description"] = "PGP/MIME version identification"
    e = EmailMessage()
    e.set_content(armour(1400).encode(), maintype="application", subtype="octet-stream", filename="encrypted.asc",
                  disposition="inline")
    e["Content-Description"] = "OpenPGP encrypted message"
    m.attach(v)
    m.attach(e)
    return m


# ============================================================= scenarios
SCEN = []


def sc(n):
    def deco(fn):
        for v in range(n):
            SCEN.append((fn, v))
        return fn
    return deco


def qd(k):  # dates for quoted mail
    return datetime.date(2026, 11, 23) + datetime.timedelta(days=k)


NC = "no_claimant_data"


def nc(notes):
    return L("relay", NC, "", T0, notes)


# ---------------------------------------------------------------- ordinary mail: the list
@sc(8)
def nc_list(v):
    members = [NS_LEAD, BW_SM, C("Pat Glanville", "bude-communityhub.org.uk"), C("Ellen Thorne", "looe-foodbank.org.uk"),
               C("Hayley Roskilly", "stivesyouthtrust.org.uk")]
    s = [JENNY, MORWEN, SUE, ROB, TOM, HANNAH, GARETH, FAY][v]
    if v == 0:
        t = ("Hi all,\n\nChristmas cover: the Net Loft is shut from 24 Dec and back on 4 Jan. If you've got people "
             "who need a hand over the break, the Samaritans number and the council's winter support line are on the "
             "poster I sent round. Rota below, shout if I've got you on a day you can't do.\n\n" +
             pipe_table(["Date", "Newlyn", "Bude", "Holsworthy"], [["21 Dec", "Jenny", "Pat", "Sue"],
                        ["22 Dec", "Tom", "Pat", "Gareth"], ["23 Dec", "Hannah", "closed", "Sue"]]) +
             "\n\nCheers\n\n" + sig(s))
        subj = "[KDCEN-network] Christmas opening and rota"
    elif v == 1:
        t = ("Morning lovely people\nDoes anyone have any old laptops kicking about? The job club in Teignmouth is down to "
             "two working ones and half the group haven't got anything at home to do Universal Jobmatch type stuff on. "
             "Happy to collect.\nMorwen x\n\n" + sig(s, True))
        subj = "[KDCEN-network] spare laptops??"
    elif v == 2:
        t = ("Hi everyone\n\nWe've got 6 funded places on a two-day Mental Health First Aid course at Holsworthy on 19-20 "
             "January. It covers spotting the signs of depression, anxiety, psychosis, self-harm and suicidal thoughts, "
             "substance misuse, and how to have the conversation. Open to staff and volunteers. First come first "
             "served, reply to me not the list!\n\nSue\n\n" + sig(s))
        subj = "[KDCEN-network] Mental Health First Aid - 6 free places"
    elif v == 3:
        t = ("Hi all, quick reminder after last week's wobble (no harm done).\n\nPlease NEVER put anything about a "
             "named participant on this list: no NI numbers, dates of birth, health conditions, convictions, benefit "
             "amounts, kids' details. If you need to share that with the prime or a partner, use the secure mail "
             "([ENCRYPT] in the subject won't work from the list, it only works direct). Names only, one at a time, "
             "is OK to an employer.\n\nThanks, Rob\n\n" + sig(s))
        subj = "[KDCEN-network] reminder - what not to post"
    elif v == 4:
        t = ("Forwarding for Harbourview St Ives - they're recruiting early for the 2027 season:\n\n"
             "  * Housekeeping Assistants x6, Kitchen Porters x4, Breakfast Chef x1\n"
             "  * March-October, 25-40 hrs, staff accommodation available\n"
             "  * No experience needed, full training. Having a criminal record doesn't rule you out, they only ask "
             "about unspent convictions. Must be fit enough for a physical job.\n\nApplications via their site or I can "
             "help people fill in the form.\n\nTom\n\n" + sig(s))
        subj = "[KDCEN-network] Harbourview seasonal jobs 2027"
    elif v == 5:
        t = ("Notes from Thursday's network meeting (Zoom, 9 of us):\n\n1. Numbers: 212 on caseload across the network, "
             "41 job starts since April, 17 of those in care, 9 in hospitality, 6 fishing/processing.\n2. Prime audit in "
             "January - Priya will send the sampling list direct to each org, not on here.\n3. Gareth's leaving us in "
             "Feb (boo) - card going round.\n4. Next meeting 14 Jan.\n\nFay\n\n" + sig(s))
        subj = "[KDCEN-network] meeting notes 3 Dec"
    elif v == 6:
        t = ("Hannah wrote:\n> Can someone confirm the Bude hub room is free on the 16th?\n\nPat says yes, 10 till 2.\n\n"
             ">> Gareth wrote:\n>> Is the projector still broken there?\n\nStill broken, bring your own laptop.\n\n"
             ">>> Jenny wrote:\n>>> We need a room for the employer breakfast.\n\n" + sig(s, True))
        subj = "Re: [KDCEN-network] Bude room for employer breakfast"
    else:
        t = ("Hi all,\n\nI'm off from Friday until 4 January. Anything urgent for the care pathway go to Rob. Have a lovely "
             "Christmas.\n\nFay\n\n" + sig(s))
        subj = "[KDCEN-network] Fay away from Friday"
    return (M(s, members, subj, t, client="list", envelope=LISTBOUNCE),
            nc("mailing list post through the network's Mailman list, footers and List-* headers; " + subj))


# ---------------------------------------------------------------- ordinary mail: newsletters
def mc_html(title, sections, unsub=True):
    rows = "".join('<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:15px;color:#333">'
                   '<h2 style="color:#00637a;margin:0 0 8px">%s</h2>%s</td></tr>' % (esc(h), "".join(
                       "<p style=\"margin:0 0 10px\">%s</p>" % esc(p) for p in ps)) for h, ps in sections)
    return ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>%s</title>'
            '<style type="text/css">#bodyTable{background:#eef3f5}.mcnTextContent{font-size:15px}</style></head>'
            '<body><center><table id="bodyTable" width="100%%" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td align="center"><table width="600" style="background:#fff" class="templateContainer">'
            '<tr><td style="background:#00637a;color:#fff;padding:20px 24px;font:bold 22px Arial">%s</td></tr>%s'
            '<tr><td style="padding:16px 24px;font:11px Arial;color:#777">You are receiving this because you signed up '
            'at one of our events. <a href="https://news.kdcen.example.org.uk/unsub">Unsubscribe</a> | '
            '<a href="https://news.kdcen.example.org.uk/prefs">Update preferences</a><br>Kernow &amp; Devon Community '
            'Employment Network, The Net Loft, Quay Street, Newlyn</td></tr></table></td></tr></table></center>'
            '</body></html>' % (esc(title), esc(title), rows))


def mc_text(title, sections):
    out = [title.upper(), "=" * len(title), ""]
    for h, ps in sections:
        out += ["** " + h, "-" * 20] + ps + [""]
    out += ["Unsubscribe: https://news.kdcen.example.org.uk/unsub", "Kernow & Devon Community Employment Network, "
            "The Net Loft, Quay Street, Newlyn"]
    return "\n".join(out)


@sc(4)
def nc_newsletter(v):
    if v == 0:
        title = "KDCEN News - December 2026"
        secs = [("A good year", ["This year 187 people joined the network's employment support and 64 started work. "
                                 "Half of them had a long-term health condition or disability, and around one in five "
                                 "told us about a mental health condition."]),
                ("'Sam's' story", ["Sam (not his real name) spent twenty years on the boats before a back injury. With "
                                   "help from our fishing and maritime job coach he retrained and now works in a "
                                   "chandlery. Stories are shared with permission and names changed."]),
                ("Dates", ["Job club every Tuesday at the Net Loft, Newlyn. Employer breakfast, Bude, 16 December."])]
        to = [C("Pat Glanville", "bude-communityhub.org.uk"), NS_LEAD, HARB]
    elif v == 1:
        title = "Employer Bulletin: hiring for the 2027 season"
        secs = [("Disability Confident", ["Access to Work can pay for equipment, travel and support workers for "
                                          "someone with a health condition or disability. It's quicker than people think."]),
                ("Recruiting people with convictions", ["Ban the Box: ask about criminal records later in the process. "
                                                        "Most convictions are spent and need not be disclosed."]),
                ("Seasonal staff", ["Tell us your March vacancies by 15 January and we'll run a pre-employment "
                                    "course for you."])]
        to = [HARB_HR, GREEN_REC, ACME, FARM, PARK]
    elif v == 2:
        title = "Money Matters: benefit rates from April 2027"
        secs = [("Universal Credit", ["Standard allowance (single, 25 or over): GBP 400.14 a month. Couple (either 25 "
                                      "or over): GBP 628.10. Child element first child GBP 339.00 (rates as published)."]),
                ("Carer's Allowance", ["GBP 83.30 a week if you care 35 hours or more and earn under GBP 196 a week."]),
                ("Better-off calculations", ["Book a better-off calculation with any adviser before you accept seasonal "
                                             "work."])]
        to = [C("Ellen Thorne", "looe-foodbank.org.uk"), BW_INTAKE, COUNCIL]
    else:
        title = "Volunteer News - meet Sue"
        secs = [("Meet the volunteer: Sue Blackmore", ["Sue has volunteered in Holsworthy for six years. After her own "
                                                        "cancer treatment in 2023 she came back to us three days a week, "
                                                        "and says the farmers' wives of Torridge keep her going."]),
                ("Thank you", ["Our 38 volunteers gave 4,100 hours this year."])]
        to = [VOL_PERSONAL, C("Pat Glanville", "bude-communityhub.org.uk"), BW_SM]
    sp = M(NEWS, to[:1], title, mc_text(title, secs), client="mc", bcc=to[1:], html=mc_html(title, secs))
    return sp, nc("Mailchimp-style HTML newsletter (tables, List-Unsubscribe): aggregate figures, anonymised story, "
                  "published rates or a volunteer's own story; health/convictions words about nobody")


@sc(14)
def nc_tb(v):
    atts = []
    if v == 0:
        s, to, subj = TOM, [NS_COURSES], "Level 2 food hygiene + sea survival dates Jan-Mar"
        t = ("Hi Northstar team,\n\nCan we pencil these in at the Net Loft? Numbers are a guess for now, names nearer "
             "the time.\n\n" + pipe_table(["Course", "Date", "Venue", "Places"], [
                 ["L2 Food Hygiene", "12 Jan", "Net Loft, Newlyn", "10"], ["STCW Sea Survival", "26-27 Jan", "Penzance",
                                                                            "8"], ["Fish handling & HACCP", "9 Feb",
                                                                                   "Newlyn market", "8"]]) +
             "\n\nThanks\nTom\n\n" + sig(s))
    elif v == 1:
        s, to, subj = PRIYA, [BW_INTAKE, NS_DATA], "New referral form template (v4) - blank"
        t = ("Hi both,\n\nAttached is v4 of the blank referral form. Changes: NI number and date of birth boxes moved to "
             "page 2 so they can be left off when the form goes to employers, and a new tick box for 'health condition "
             "or disability affects work? Y/N'.\n\nPlease bin v3.\n\nPriya\n\n" + sig(s))
        atts = [F("KDCEN_referral_form_v4_BLANK.odt", odt([("h", "KDCEN Referral Form v4"), ("table", [
            ["Participant name", ""], ["Address", ""], ["Phone", ""], ["NI number", "__ __ __ __ _"],
            ["Date of birth", "__/__/____"], ["Health condition or disability affects work?", "Y / N"],
            ["Convictions (unspent)?", "Y / N"], ["Referred by", ""]])], "Referral form v4"))]
    elif v == 2:
        s, to, subj = PRIYA, [DWP_PM], "KDCEN November starts and job outcomes by Jobcentre"
        t = ("Hi Andrew,\n\nNovember figures attached (ODS, two sheets). Penzance is up, Barnstaple dipped because of the "
             "adviser vacancy.\n\nPriya\n\n" + sig(s))
        atts = [F("KDCEN_Nov26_by_jobcentre.ods", ods([("Starts", [["Jobcentre", "Referrals", "Starts", "Job starts"],
                                                                    ["Penzance", 31, 24, 7], ["Camborne", 27, 22, 5],
                                                                    ["Truro", 19, 15, 6], ["Bodmin", 12, 10, 2],
                                                                    ["Barnstaple", 9, 6, 1], ["Newton Abbot", 14, 11, 3]]),
                                                        ("Barriers", [["Barrier (self-reported)", "Count"],
                                                                      ["Physical health", 38], ["Mental health", 29],
                                                                      ["Drug or alcohol", 6], ["Offending history", 9],
                                                                      ["Caring responsibilities", 14]])]))]
    elif v == 3:
        s, to, subj = ROB, [HARB_HR], "Re: pre-employment course for housekeeping"
        t = ("Hi Sophie,\n\n" + q(tb_attr("Sophie Lanyon", qd(6), 16, 2) + "\nCould you run a short course for us in "
                                   "February? We'd guarantee interviews for everyone who finishes.") +
             "\n\nYes, definitely. I've attached a draft outline (ODT, open it in Word if you haven't got LibreOffice). "
             "Four mornings, the fourth at the hotel.\n\n" + q("Also - do people need a DBS?") + "\n\nNo, not for "
             "housekeeping.\n\nRob\n\n" + sig(s))
        atts = [F("Housekeeping_SWAP_outline_Feb27.odt", odt([("h", "Sector-based work academy: Housekeeping"),
                                                              ("p", "Day 1 Welcome, health & safety, manual handling\n"
                                                                    "Day 2 Cleaning standards, chemicals (COSHH)\n"
                                                                    "Day 3 Customer service\nDay 4 At the hotel, "
                                                                    "guaranteed interview")]))]
    elif v == 4:
        s, to, subj = SUE, [FARM], "Daffodil and brassica picking - Jan to April"
        s = ROB
        t = ("Hi Richard\n\nThanks for the call. So I've got it right: up to 15 pickers from mid January, 6am starts, "
             "minibus from Liskeard and Callington, paid weekly, wellies and waterproofs provided. I'll put it out to "
             "the network next week.\n\nRob\n\n" + sig(s))
    elif v == 5:
        s, to, subj = HANNAH, [HALL], "Invoice KDCEN-2611 - hall hire November"
        t = ("Hello,\n\nAttached is our remittance for the November hall hire. We paid from the Penwith Coastal Futures "
             "account: sort code 30-94-57, account 60218834, ref KDCEN-2611. Please send the December invoice to "
             "accounts@ rather than me.\n\nHannah\n\n" + sig(s))
        atts = [F("Remittance_KDCEN-2611.pdf", pdf([[("b", "Remittance advice"), "Payee: St Piran's Hall",
                                                     "Our ref KDCEN-2611", ("t", [["Date", "Description", "Amount"],
                                                                                 ["27/11/2026", "Hall hire x4 Tues", "GBP 160.00"]]),
                                                     "Paid by BACS from Penwith Coastal Futures 30-94-57 60218834"]],
                                                   "Remittance"))]
    elif v == 6:
        s, to, subj = JENNY, [ITDESK], "Thunderbird keeps asking for the password (Linux laptop)"
        t = ("Hi,\n\nSince the update on Monday Thunderbird 128 on my laptop (Mint 21) keeps asking for the mail password "
             "and then saying the certificate for mail.provider.example.org.uk is untrusted. Webmail works fine. Could "
             "someone ring me? I'm in Newlyn all week.\n\nJenny\n\n" + sig(s))
    elif v == 7:
        s, to, subj = JENNY, [BW_SM, NS_LEAD], "Updated safeguarding and lone working policy"
        t = ("Hi Anita, hi Lisa,\n\nOur updated policy is attached for your files - it now covers home visits on farms "
             "and boats.\n\nJenny\n\n" + sig(s))
        atts = [F("KDCEN_Safeguarding_LoneWorking_Dec26.pdf", pdf([
            [("b", "Safeguarding and Lone Working Policy"), "1. Scope. This policy applies to all staff and volunteers.",
             "2. Signs of risk include self-harm, suicidal thoughts, domestic abuse, substance misuse and exploitation "
             "(including modern slavery in seasonal agricultural and fishing work).",
             "3. Where a participant is subject to MAPPA or on licence, home visits are in pairs."],
            ["4. Reporting. Any concern goes to the Designated Safeguarding Lead the same day.",
             "5. Records. Health, criminal record and other special category information is recorded only in the CRM, "
             "never in e-mail or on paper."]], "Safeguarding policy"))]
    elif v == 8:
        s, to, subj = TOM, [C("Bodmin Community Transport", "bodmin-ct.org.uk", "bookings")], "Re: Re: minibus for the jobs fair"
        t = (q(tb_attr("Bodmin Community Transport", qd(8), 9, 30) + "\nWe can do the 16 seater. Pick up 8.30?") + "\n\n"
             "8.30 is great.\n\n" + q(q(tb_attr("Tom Ashworth", qd(7), 15, 12) + "\nRoughly 14 people from Newlyn, "
                                       "Penzance and Hayle to the Bodmin jobs fair on the 10th.")) +
             "\n\n" + q(q(q(tb_attr("Bodmin Community Transport", qd(6), 11, 1) + "\nHow many and where from?"))) +
             "\n\nTom\n\n" + sig(s))
    elif v == 9:
        s, to, subj = SUE, [WC_BAR], "general question - easements for seasonal workers"
        s = JENNY
        t = ("Hi Natalie,\n\nNot about anyone in particular. If someone on UC takes a 12-week seasonal contract and has a "
             "health condition that flares up, do they have to start the claim again when the season ends or does it "
             "just carry on? And is there an easement if someone's caring for a relative?\n\nThanks\nJenny\n\n" + sig(s))
    elif v == 10:
        s, to, subj = TOM, [C("Bev Nankervis", "newlyn-seamensmission.org.uk")], "can't do Thursday"
        t = ("Hi Bev,\n\nSorry, I can't make the Thursday drop-in, I've got my knee done at Treliske on the Wednesday and "
             "they've said no driving for a week. Hannah will cover.\n\nTom\n\n" + sig(s))
    elif v == 11:
        s, to, subj = TOM, [NS_COURSES], "boat numbers for the sea survival booking"
        t = ("Hi,\n\nFor the boat part of the STCW course the skippers have offered PZ 1188 and FY 127. Booking "
             "reference for the Penzance venue is KN 44 12 90 C and the MCA approval number is 0712-4462. Company number "
             "for the invoice 09876543.\n\nTom\n\n" + sig(s))
    elif v == 12:
        s, to, subj = PRIYA, [NS_DATA, BW_SM], "blank templates for the audit pack"
        t = ("Hi both,\n\nAll the blank templates in one zip. Nothing filled in.\n\nPriya\n\n" + sig(s))
        atts = [F("KDCEN_blank_templates.zip", zip_bytes([
            ("Action_plan_BLANK.odt", odt([("h", "Action plan"), ("table", [["Name", ""], ["Goal", ""], ["Barriers "
                                                                                                         "(health, housing, "
                                                                                                         "convictions)", ""]])])),
            ("Attendance_BLANK.ods", ods([("Sheet1", [["Surname", "Initial", "Date", "Signed"]])])),
            ("Expenses_claim_BLANK.odt", odt([("h", "Travel expenses"), ("table", [["Name", ""], ["Sort code", "__-__-__"],
                                                                                 ["Account number", "________"]])]))]))]
    else:
        s, to, subj = PRIYA, [C("Ruth Eddy", "cornwall-council.example.gov.uk")], "equality monitoring Q2 (aggregate)"
        t = ("Hi Ruth,\n\nQ2 equality monitoring for the Connect to Work match funding, counts only, under-5s "
             "suppressed.\n\nPriya\n\n" + sig(s))
        atts = [F("KDCEN_equality_Q2.ods", ods([("Ethnicity", [["Ethnic group", "Count"], ["White British", 141],
                                                               ["White other (incl. Polish, Romanian)", 22],
                                                               ["Gypsy, Roma or Irish Traveller", "<5"],
                                                               ["Asian or Asian British", 7], ["Black or Black British", 5],
                                                               ["Mixed", 6]]),
                                                ("Religion", [["Religion", "Count"], ["None", 98], ["Christian", 77],
                                                              ["Muslim", 8], ["Other", "<5"]])]))]
    return M(s, to, subj, t, client="tb", atts=atts), nc("Thunderbird/Linux, format=flowed, '-- ' signature with "
                                                         "special-category disclaimer: " + subj)


@sc(13)
def nc_web(v):
    atts, cc, bcc = [], [], []
    if v == 0:
        s, to, subj = DAVE, [ACME], "forklift jobs bodmin depot?"
        t = ("Hi Gary\n\nAre you still after counterbalance drivers at the Bodmin depot after Christmas? I've got a couple "
             "of lads with licences who'd be interested. What are the hours?\n\nDave\n\n" + sig(DAVE))
    elif v == 1:
        s, to, subj = MORWEN, [C("The Ship Inn Teignmouth", "shipinn-teignmouth.co.uk", "bookings")], "Re: Christmas meal 18th"
        t = ("Hi, that's fine. Final numbers 22 - 15 roast, 4 veggie, 2 vegan, 1 gluten free. We'll be there about "
             "12.30.\nThanks Morwen\n\n" + ym_attr("The Ship Inn", "bookings@shipinn-teignmouth.co.uk", qd(7)) + "\n" +
             q("Lovely, can you let us know dietary requirements by Friday?"))
    elif v == 2:
        s, to, subj = FAY, [BW_SM, NS_LEAD], "Fw: Greenfield Care - 8 care assistant vacancies"
        t = ("FYI in case you have anyone\nFay\n\n----- Forwarded Message -----\nFrom: Beverley Hawken <beverley.hawken@"
             "greenfield-care.com>\nTo: Fay Uren <fay.uren@provider.example.org.uk>\nSent: Monday, 30 November 2026, "
             "14:20:11 GMT\nSubject: 8 care assistant vacancies\n\nHi Fay, we have 8 vacancies across Truro and Redruth, "
             "days and nights, GBP 12.90/hr, driver preferred. Full training and Care Certificate. Enhanced DBS "
             "needed but a conviction isn't automatically a bar.\nBev")
    elif v == 3:
        s, to, subj = MORWEN, [C("WWP Volunteer Expenses", "wwp-payroll.co.uk", "expenses")], "mileage Nov - Morwen Hocking"
        t = ("Hello\nMy mileage for November is 212 miles (Teignmouth - Newton Abbot - Dawlish job clubs). Please pay to "
             "my account as before, sort code 20-45-77 account 33019284 (Morwen Hocking).\nThanks Morwen")
    elif v == 4:
        s, to, subj = DAVE, [("", "tavistock.jobclub@" + INT)], "job club moving to the Methodist hall from 5 Jan"
        bcc = [claimant(), claimant(), claimant(), claimant()]
        bcc = [(p.name, p.email) for p in bcc]
        t = ("Hello everyone\n\nJust to let you know from Tuesday 5th January job club is moving to the Methodist Church "
             "Hall on Russell Street, same time 10 till 12. Tea and biscuits as usual!\n\nDave\n\n" + sig(DAVE))
    elif v == 5:
        p = claimant()
        s, to, subj = DAVE, [(p.name, p.email)], "quick survey about job club"
        t = ("Hi %s\n\nWould you mind filling in our 5 question survey about job club? It's anonymous: "
             "https://forms.kdcen.example.org.uk/jobclub\n\nThanks\nDave\n\n" % p.first + sig(DAVE))
    elif v == 6:
        s, to, subj = MORWEN, [C("Chef Marco Bellini", "theharbourkitchen-brixham.co.uk", "marco")], "visit for the cookery group?"
        t = ("Hi Marco\nWould it be OK to bring 6 from our cookery group to see your kitchen one morning in January? "
             "They're keen on the KP and commis jobs you advertise every spring.\nMorwen\n\n" + sig(MORWEN, True))
    elif v == 7:
        s, to, subj = DAVE, [PRIYA], "Re: November numbers for Tavistock"
        s = DAVE
        to = [C("Ali Shah", "tavistock-townhall.org.uk")]
        t = ("Ali - our numbers for the town council report: 23 people through job club in November, 5 into work "
             "(2 farm, 2 retail, 1 care).\nDave\n\n" + ym_attr("Ali Shah", "ali.shah@tavistock-townhall.org.uk", qd(4)) +
             "\n" + q("Could you send me your November numbers for the council report? Just totals.\n\n" +
                      ym_attr("Dave Pengelly", DAVE.email, qd(1)) + "\n" + q("Will do once Priya sends them", 1), 1))
    elif v == 8:
        s, to, subj = SUE, [PRINT], "leaflet reprint"
        t = ("Hello\nPlease could we have another 500 of the A5 'Back to work in Torridge' leaflets, same as last time "
             "(order 4471). Deliver to the Cattle Market office.\n\n" + sig(SUE))
    elif v == 9:
        s, to, subj = SUE, [WC_BAR], "spaces at the Holsworthy session"
        t = ("Hi Natalie\nWe have 8 spaces on the confidence & CV course starting 12 January at Holsworthy. Any referrals "
             "welcome, there's a bus from Bude.\n\n" + sig(SUE))
    elif v == 10:
        s, to, subj = GARETH, [C("Holsworthy Memorial Hall", "holsworthy-hall.org.uk", "caretaker")], "RE: key for Tuesdays"
        t = ("Hi John, yes I'll drop it back Thursday.\n\n" + sig(GARETH) +
             aol_orig("John Heard", "caretaker@holsworthy-hall.org.uk", "Gareth Lobb", qd(6), "key for Tuesdays",
                      "Gareth, have you still got the key from last week? Need it for the WI.\n" +
                      aol_orig("Gareth Lobb", GARETH.email, "John Heard", qd(1), "key for Tuesdays",
                               "Can I pick up the key Monday afternoon?")))
    elif v == 11:
        s, to, subj = SUE, [BW_SM], "mental health awareness session for the farmers' group"
        t = ("Hi Anita\nWould Bridgeway be able to do a 1 hour session at the Holsworthy farmers' breakfast in February? "
             "Nothing heavy - what anxiety and depression can look like, how to talk about it, the Farming Community "
             "Network number, and that it's OK to ask for help. Farming has one of the highest suicide rates so it's "
             "much needed.\n\n" + sig(SUE))
    else:
        s, to, subj = GARETH, [C("Torridge Farm Safety Partnership", "torridge-fsp.org.uk", "info")], "risk assessment template"
        t = ("Hello, as promised our blank placement risk assessment for farm work experience.\n\n" + sig(GARETH))
        atts = [F("Farm_placement_risk_assessment_BLANK.docx", docx_bytes([("h", "Farm placement risk assessment"), (
            "table", [["Placement host", ""], ["Hazards (machinery, livestock, chemicals)", ""],
                      ["Does the participant have a health condition we need to plan for?", "Y / N"],
                      ["Controls", ""], ["Signed", ""]])]))]
    return (M(s, to, subj, t, cc=cc, bcc=bcc, atts=atts),
            nc("webmail (Yahoo/AOL style, HTML+text, top-posted quotes): " + subj +
               ("; a volunteer's own bank details are staff data" if v == 3 else "") +
               ("; Bcc'd participants on a generic notice" if v == 4 else "") +
               ("; participant gets a survey link, nothing about them" if v == 5 else "")))


@sc(18)
def nc_misc(v):
    atts, client, hdr = [], None, {}
    if v == 0:
        s, to, subj, client = FAY, [GREEN], "Auto: Out of office - Fay Uren (re: rota for January)", "auto"
        hdr = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
        t = ("Thanks for your email. I'm on leave until Monday 4 January with no access to email. For anything urgent "
             "about the care pathway please contact Rob Kitto on 07700 900617.\n\nFay Uren, Kernow Care Careers CIC")
    elif v == 1:
        s, to, subj = PRIYA, [NS_LEAD, BW_SM], "Fwd: Provider bulletin - Christmas arrangements"
        t = "Forwarding the DWP bulletin for info, nothing to action.\n\nPriya\n\n" + sig(PRIYA)
        atts = [MSG(inner_msg(("DWP Provider Engagement", "provider.engagement@dwp.gov.uk"), ("Priya Nair", PRIYA.email),
                              "Provider bulletin - Christmas arrangements",
                              "Jobcentres close at 1pm on 24 and 31 December. Referrals made over the break will be "
                              "sent to the designated inbox on 4 January. Reminder: never send NINOs to the wrong "
                              "inbox; report incidents within 24 hours.\n", qd(5), tag="bull"))]
    elif v == 2:
        s, to, subj = TOM, [NS_LEAD], "Fishing & Maritime pathway prospectus (draft)"
        t = "Hi Lisa,\n\nDraft prospectus attached, 3 pages, comments welcome.\n\nTom\n\n" + sig(TOM)
        atts = [F("Fishing_Maritime_Pathway_2027.pdf", pdf([
            [("b", "Fishing & Maritime Pathway 2027"), "A 6 week route into deckhand, processing and harbour jobs in "
             "West Cornwall.", "Who it's for: anyone over 18, no experience needed."],
            [("b", "What you do"), "Week 1-2: STCW basic safety, sea survival, first aid.",
             "Week 3-4: fish handling, HACCP, forklift.", "Week 5-6: trial trips and shifts on the market."],
            [("b", "Support"), "Travel paid. We can help if you have a health condition, caring responsibilities or a "
             "criminal record - talk to us in confidence."]], "Pathway prospectus"))]
    elif v == 3:
        s, to, subj = JENNY, [FUNDER], "Quarterly report - Coastal Communities strand"
        t = "Hello,\n\nOur Q2 report is attached as PDF (exported from LibreOffice).\n\nBest wishes\nJenny\n\n" + sig(JENNY)
        atts = [F("KDCEN_Q2_report_CoastalCommunities.pdf", pdf([
            [("b", "Quarterly report Q2 2026-27"), "Participants supported: 93 (target 80).",
             ("t", [["Outcome", "Q1", "Q2"], ["Job starts", "14", "22"], ["Training completed", "31", "40"],
                    ["Volunteering", "8", "11"]])],
            [("b", "Who we reached"), "61% men, 39% women. 44% reported a long-term health condition, 12% a history "
             "of offending, 9% drug or alcohol issues (self-reported, aggregate)."],
            [("b", "Learning"), "Seasonal tourism work ends in October; the winter gap is the biggest barrier."]],
            "Q2 report"))]
    elif v == 4:
        s, to, subj = HANNAH, [BW_SM], "Staff rota and contact numbers over Christmas"
        t = "Hi Anita, our cover rota and the staff mobiles in case you need us.\n\nHannah\n\n" + sig(HANNAH)
        atts = [F("KDCEN_staff_cover_Xmas.ods", ods([("Rota", [["Date", "Staff on call", "Mobile"],
                                                              ["21/12/2026", "Jenny Trewhella", "07700 900114"],
                                                              ["22/12/2026", "Tom Ashworth", "07700 900245"],
                                                              ["23/12/2026", "Rob Kitto", "07700 900617"]])]))]
    elif v == 5:
        s, to, subj = TOM, [NS_COURSES], "timetable as text (md)"
        t = "Timetable attached as a text file, easier on my laptop.\n\nTom\n\n" + sig(TOM)
        atts = [F("timetable_jan.md", (
            "# January timetable\n\n" + pipe_table(["Day", "Morning", "Afternoon"], [["Mon", "Job club", "CV clinic"],
                                                                                  ["Tue", "Sea survival", "-"],
                                                                                  ["Thu", "Forklift", "Forklift"]]) +
            "\n").encode())]
    elif v == 6:
        s, to, subj = PRIYA, [WC_PZ, WC_TRU], "Penzance & Truro referral conversion Oct-Nov"
        t = "Hi Carol, hi Steve,\n\nConversion figures as promised, totals only.\n\nPriya\n\n" + sig(PRIYA)
        atts = [F("Referral_conversion_OctNov.xlsx", xlsx_bytes([("Summary", [("Jobcentre", "Referred", "Attended",
                                                                               "Started"), ("Penzance", 44, 36, 31),
                                                                              ("Truro", 29, 24, 19)])]))]
    elif v == 7:
        p = claimant(hand=True)
        s, to, subj = ADVICE, [(p.name, p.email)], "your session on Tuesday"
        t = ("Hi %s,\n\nSee you Tuesday at 10 at the Net Loft. If you have a health condition or disability and need "
             "anything to make the session easier, just tell us - everyone's entitled to ask.\n\nPenwith Advice Team\n\n"
             % p.first + sig(ADVICE))
    elif v == 8:
        s, to, subj = TOM, [BW_SM, NS_LEAD], "deckhand wanted - Newlyn trawler"
        t = ("Skipper Pete's looking for a deckhand for the new year:\n\n  - must be fit, sea survival done or willing\n"
             "  - no criminal record needed for this one, he's not fussed, just turn up sober and on time\n  - share of "
             "catch plus a day rate for the first month\n\nSend anyone my way.\n\nTom\n\n" + sig(TOM))
    elif v == 9:
        s, to, subj = JENNY, [COUNCIL], "UKSPF application - narrative section"
        t = ("Hi Ruth,\n\nDraft narrative below.\n\nMany of the people we work with along the Penwith coast have "
             "struggled with poor mental health, long-term conditions or addiction, and a good number have been in "
             "prison. Winter unemployment after the tourist season is the norm. We want to fund a year-round job coach "
             "in St Ives and Hayle.\n\nJenny\n\n" + sig(JENNY))
    elif v == 10:
        s, to, subj = HANNAH, [NS_LEAD, BW_SM, C("Pat Glanville", "bude-communityhub.org.uk")], "Trauma-informed practice training 21 Jan"
        t = ("Hi all,\n\nThere are places on a trauma-informed practice session on 21 January, Truro, 9.30-1. Covers "
             "adverse childhood experiences, domestic abuse, PTSD and working with people in recovery from "
             "addiction.\n\nHannah\n\n" + sig(HANNAH))
    elif v == 11:
        s, to, subj = JENNY, [FUNDER], "case studies (anonymised) for the annual review"
        t = "Hello,\n\nThree anonymised case studies attached.\n\nJenny\n\n" + sig(JENNY)
        atts = [F("Case_studies_anonymised.odt", odt([
            ("h", "Case studies (all anonymised, composite where needed)"),
            ("p", "Participant A: a man in his forties who had been out of work with depression found a job on the fish "
                  "market after the maritime pathway."),
            ("p", "Participant B: a mum of two returning to work after caring; now works school hours in a care home."),
            ("p", "Participant C: a young person with a past conviction now in a kitchen apprenticeship.")]))]
    elif v == 12:
        p = claimant()
        s, to, subj = ADVICE, [(p.name, p.email)], "our privacy notice"
        t = ("Hello,\n\nAs requested, our privacy notice is attached. It explains what we keep, including special "
             "category information such as health, and who we share it with (DWP and our partners).\n\nPenwith Advice "
             "Team\n\n" + sig(ADVICE))
        atts = [F("KDCEN_Privacy_Notice.pdf", pdf([[("b", "Privacy notice"), "We collect your name, contact details, "
                                                    "National Insurance number and, if you tell us, information about "
                                                    "your health, disability or convictions.",
                                                    "We share it with DWP and approved partners only."],
                                                   ["Your rights: access, correction, erasure. Contact the Data "
                                                    "Protection Officer at the prime."]], "Privacy notice"))]
    elif v == 13:
        s, to, subj = ROB, [GREEN], "Re: Thursday meeting"
        t = ("Hi Bev,\n\nSorry, I'm off sick with the flu that's going round, can we move Thursday to next week?\n\n" +
             q(tb_attr("Beverley Hawken", qd(8), 12, 44) + "\nStill OK for Thursday at the Truro home?") + "\n\nRob\n\n" + sig(ROB))
    elif v == 14:
        s, to, subj = HANNAH, [PRINT], "Christmas cards order"
        t = "Hello, 150 of the lighthouse design please, 'From everyone at KDCEN'. Invoice to Penwith Coastal Futures.\n\nHannah\n\n" + sig(HANNAH)
    elif v == 15:
        s, to, subj = PRIYA, [NS_LEAD, BW_SM], "Data sharing agreement 2027 - for signature"
        t = "Hi both,\n\nDSA for next year attached for signature.\n\nPriya\n\n" + sig(PRIYA)
        atts = [F("DSA_2027_WWP_partners.odt", odt([("h", "Data Sharing Agreement 2027"),
                                                     ("p", "Categories shared: name, contact details, NINO, date of birth, "
                                                           "health and disability, criminal convictions, benefit details."),
                                                     ("p", "Means: encrypted email only, except the DWP exemptions (one "
                                                           "name, up to 10 CVs, lists of up to 500 names).")]))]
    elif v == 16:
        s, to, subj = ROB, [GREEN, HARB, ACME], "Employer breakfast, Bude, 16 December - who's coming"
        t = ("Hi all,\n\nThanks for signing up. So far:\n\n" + pipe_table(["Organisation", "Attending"], [
            ["Greenfield Care", "2"], ["Harbourview Hotels", "1"], ["Acme Logistics", "1"], ["Bude Surf Co", "2"]]) +
             "\n\nBacon rolls from 8.\n\nRob\n\n" + sig(ROB))
    else:
        s, to, subj = PRIYA, [DWP_PM], "Zoom details - contract review 10 Dec"
        t = ("Hi Andrew,\n\nZoom for Thursday: meeting ID 845 2291 0034, passcode 771204. Agenda: performance, audit "
             "plan, seasonal dip.\n\nPriya\n\n" + sig(PRIYA))
    return M(s, to, subj, t, client=client, atts=atts, headers=hdr), nc("ordinary mail: " + subj)


# ---------------------------------------------------------------- one name
@sc(7)
def r_one_name(v):
    p = claimant()
    if v == 0:
        sp = M(ROB, [HARB], "trial shift Tuesday", "Hi Sophie,\n\n%s is booked for the housekeeping trial shift on "
               "Tuesday at 10. I've told %s to ask for you at reception.\n\nRob\n\n%s" % (p.name, p.him, sig(ROB)))
    elif v == 1:
        sp = M(DAVE, [NS_COURSES], "CSCS course 9th", "Hiya\nCan you book %s onto the CSCS health and safety test "
               "course on the 9th in Plymouth please? Thanks\nDave\n\n%s" % (p.name, sig(DAVE)))
    elif v == 2:
        sp = M(SUE, [WC_BAR], "job start", "Hi Natalie\nJust to let you know %s started at the packhouse on Monday, "
               "full time. Great news.\n\n%s" % (p.name, sig(SUE)))
    elif v == 3:
        sp = M(ROB, [FARM], "Re: Re: Re: pickers for January",
               "Great, that's all sorted then.\n\n" + q(tb_attr("Richard Yeo", qd(8), 7, 55) + "\nYes 6am at the yard.") +
               "\n\n" + q(q(tb_attr("Rob Kitto", qd(7), 16, 20) + "\nWhat time on the 11th?")) + "\n\n" +
               q(q(q(tb_attr("Richard Yeo", qd(6), 8, 3) + "\nIs %s still OK to start on the 11th?" % p.name))) +
               "\n\nRob\n\n" + sig(ROB))
    elif v == 4:
        sp = M(FAY, [GREEN_REC], "%s - interview confirmed" % p.name, "Hi\nConfirming %s for the care assistant "
               "interview at the Redruth home, Wednesday 16th at 2pm.\nFay\n\n%s" % (p.first, sig(FAY)))
    elif v == 5:
        sp = M(JENNY, [BW_INTAKE], "referral accepted", "Hi Bridgeway team,\n\nThanks - we've accepted %s's referral "
               "onto the wellbeing course, status now 'active'.\n\nJenny\n\n%s" % (p.name, sig(JENNY)))
    else:
        sp = M(DAVE, [ACME], p.name, "Hi Gary\nSee subject - induction Monday 8am at the Bodmin gatehouse, is that "
               "right?\nDave\n\n" + sig(DAVE))
    return sp, L("relay", "one_name", "¶18", T(subjects=1), "one name plus a time, start or status only (variant %d%s)" % (
        v, ", name only deep in a >>> quote" if v == 3 else ""), name_only=True)


# ---------------------------------------------------------------- CV to a consented claimant
@sc(4)
def r_cv_to_claimant(v):
    p = claimant(consent=True)
    if v == 0:
        sp = M(CVS, [(p.name, p.email)], "Your CV", "Hi %s,\n\nHere's your CV as we finished it on Thursday. It's a "
               "LibreOffice file but opens in Word or on your phone too.\n\nGood luck with the hotel jobs!\n\nNetwork CV "
               "Service\n\n%s" % (p.first, sig(CVS)), atts=[F(cv_fn(p, "odt"), cv_odt(p))])
    elif v == 1:
        sp = M(DAVE, [(p.name, p.email)], "your cv", "Hi %s\nCV attached as a PDF like you asked. Print a few for the "
               "jobs fair!\nDave\n\n%s" % (p.first, sig(DAVE)), atts=[F(cv_fn(p, "pdf"), cv_pdf(p))])
    elif v == 2:
        body = "\n".join(cv_lines(p))
        sp = M(CVS, [(p.name, p.email)], "CV (pasted in as you asked)", "Hi %s,\n\nYou said the attachment wouldn't open "
               "on your phone, so here it is pasted in:\n\n%s\n\nNetwork CV Service\n\n%s" % (p.first, body, sig(CVS)))
    else:
        sp = M(ADVICE, [(p.name, p.email)], "Re: can you email my CV", "Hi %s,\n\nOf course, attached.\n\n%s\n\n"
               "Penwith Advice Team\n\n%s" % (p.first, q(tb_attr(p.first, qd(7), 19, 3) + "\nhiya please can you "
                                                       "email my CV to me, lost my memory stick\nta"), sig(ADVICE)),
               atts=[F(cv_fn(p, "docx"), docx_bytes([("h", "Curriculum Vitae")] + [("p", l) for l in cv_lines(p)]))])
    return sp, L("relay", "cv_to_claimant", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
                 "one clean CV to the participant's own consented address", cv_count=1)


# ---------------------------------------------------------------- up to 10 CVs
@sc(4)
def r_cvs(v):
    if v == 0:
        p = claimant()
        sp = M(ROB, [HARB_HR], "CV for kitchen porter", "Hi,\n\nCV attached for the KP vacancy - really keen, lives "
               "local.\n\nRob\n\n" + sig(ROB), atts=[F(cv_fn(p, "odt"), cv_odt(p))])
        n = 1
    elif v == 1:
        ps = [claimant() for _ in range(3)]
        sp = M(FAY, [GREEN_REC], "3 CVs for care assistant roles", "Hi\nThree CVs in one PDF (one per page) for the "
               "Truro and Redruth vacancies.\nFay\n\n" + sig(FAY),
               atts=[F("KDCEN_care_CVs_x3.pdf", pdf([cv_lines(p) for p in ps], "CVs"))])
        n = 3
    elif v == 2:
        ps = [claimant() for _ in range(10)]
        files = [(cv_fn(p, "odt" if i % 2 else "pdf"), cv_odt(p) if i % 2 else cv_pdf(p)) for i, p in enumerate(ps)]
        sp = M(TOM, [NS_COURSES], "10 CVs for the sea survival course", "Hi,\n\nCVs for the 10 going on the January "
               "sea survival course, zipped.\n\nTom\n\n" + sig(TOM), atts=[F("sea_survival_CVs_Jan.zip", zip_bytes(files))])
        n = 10
    else:
        p = claimant()
        inner = inner_msg((p.name, p.email), ("Dave Pengelly", DAVE.email), "my cv", "Hi Dave here's my CV\n" + p.first,
                          qd(5), atts=[(cv_fn(p, "odt"), cv_odt(p))], tag="cvfwd%d" % v)
        sp = M(DAVE, [CITY], "Fw: labourer CV", "Hi Wayne\nForwarding this CV for the Plymouth site labourer job, see "
               "attached email.\nDave\n\n" + sig(DAVE), atts=[MSG(inner)])
        n = 1
    return sp, L("relay", "cvs_up_to_10", "¶19 ¶21", T(contact=True, subjects=n, kinds=["cv"]),
                 "%d CV(s) to a third party / supply chain%s" % (n, ", inside an attached message" if v == 3 else ""),
                 cv_count=n)


# ---------------------------------------------------------------- application forms
@sc(4)
def r_forms(v):
    if v == 0:
        ps = [claimant() for _ in range(2)]
        blocks = []
        for i, p in enumerate(ps):
            blocks += ([("pb",)] if i else []) + [("h", "Application form")] + [("table", form_rows(p, "Picker", "Tamar Valley Growers"))]
        sp = M(ROB, [FARM], "2 application forms", "Richard, two forms attached (ODT).\n\nRob\n\n" + sig(ROB),
               atts=[F("TVG_applications_x2.odt", odt(blocks))])
        n, k = 2, "application_form"
    elif v == 1:
        ps = [claimant() for _ in range(10)]
        sp = M(ROB, [HARB_HR], "10 application forms - 2027 season", "Hi, ten forms in one PDF.\n\nRob\n\n" + sig(ROB),
               atts=[F("Harbourview_2027_applications.pdf",
                       pdf([[("b", "Application form")] + [("t", form_rows(p, R.choice(JOBS), "Harbourview St Ives"))]
                            for p in ps], "Applications"))])
        n, k = 10, "application_form"
    elif v == 2:
        ps = [(claimant(), claimant()) for _ in range(5)]
        blocks = []
        for i, (a, b) in enumerate(ps):
            blocks += ([("pb",)] if i else []) + [("h", "Couple application - live-in wardens")] + [
                ("table", couple_rows(a, b, "Live-in wardens", "Golden Sands Holiday Park"))]
        sp = M(JENNY, [PARK], "couple applications for warden posts (5)", "Hi Donna,\n\nFive couple applications for the "
               "live-in warden posts, one per page.\n\nJenny\n\n" + sig(JENNY),
               atts=[F("GoldenSands_couple_applications.odt", odt(blocks))])
        n, k = 10, "application_form_couple"
    else:
        p = claimant()
        sp = M(FAY, [GREEN_REC], "application form - night care assistant", "Hi, form attached, %s is %d and has "
               "done nights before.\nFay\n\n%s" % (p.first, p.age, sig(FAY)),
               atts=[F("Greenfield_application.docx", docx_bytes([("h", "Application form"),
                                                                   ("table", form_rows(p, "Night Care Assistant", "Greenfield Care"))]))])
        n, k = 1, "application_form"
    return sp, L("relay", "application_forms_up_to_10", "¶22 ¶23 ¶24", T(contact=True, subjects=n, kinds=[k]),
                 "%d people on application forms, ages not DOBs" % n, form_people=n)


# ---------------------------------------------------------------- letters
@sc(4)
def r_letters(v):
    if v == 0:
        p = claimant()
        sp = M(ADVICE, [(p.name, p.email)], "your appointment letter", "Hi %s,\n\nYour appointment letter is attached.\n\n"
               "Penwith Advice Team\n\n%s" % (p.first, sig(ADVICE)),
               atts=[F("Appointment_letter_%s.pdf" % p.last, pdf([letter_lines(p, "letter_appointment")], "Appointment"))])
        n, kinds, cr = 1, ["letter_appointment"], [p.email]
    elif v == 1:
        ps = [claimant() for _ in range(3)]
        sp = M(ROB, [BW_SM], "job offer letters - Greenfield", "Anita, copies of the three Greenfield offer letters for "
               "the in-work support.\n\nRob\n\n" + sig(ROB),
               atts=[F("Greenfield_offer_letters.odt", odt(
                   [b for i, p in enumerate(ps) for b in (([("pb",)] if i else []) + [("p", l) for l in letter_lines(
                       p, "letter_job_offer", "Greenfield Care", "Monday 4 January")])]))])
        n, kinds, cr = 3, ["letter_job_offer"], []
    elif v == 2:
        ps = [claimant() for _ in range(10)]
        sp = M(JENNY, [NS_COURSES], "appointment letters for the Newlyn course", "Hi, the ten appointment letters for "
               "the course day, in case people turn up with questions.\n\nJenny\n\n" + sig(JENNY),
               atts=[F("Newlyn_course_appointment_letters.pdf", pdf([letter_lines(p, "letter_appointment") for p in ps],
                                                                    "Letters"))])
        n, kinds, cr = 10, ["letter_appointment"], []
    else:
        p = claimant()
        sp = M(ROB, [(p.name, p.email)], "interview letter - Harbourview", "Hi %s\n\nGreat news, here's your interview "
               "letter from Harbourview.\n\nRob\n\n%s" % (p.first, sig(ROB)),
               atts=[F("Harbourview_interview_letter.pdf", pdf([letter_lines(p, "letter_interview")], "Interview"))])
        n, kinds, cr = 1, ["letter_interview"], [p.email]
    return sp, L("relay", "letters_up_to_10", "¶24 ¶25 ¶26", T(contact=True, subjects=n, kinds=kinds),
                 "%d permitted letter(s)%s" % (n, " to the addressee" if cr else ""), letters=n, claimant_rcpt=cr)


# ---------------------------------------------------------------- lists
def people(n, hand=None):
    return [P(hand=hand if hand is not None else False) for _ in range(n)]


@sc(4)
def r_lists(v):
    if v == 0:
        ps = people(14)
        sp = M(TOM, [NS_COURSES], "names for L2 food hygiene 12 Jan", "Hi,\n\nNames for the 12th:\n\n" + pipe_table(
            ["Surname", "First name", "Course date"], [[p.last, p.first, "12/01/2027"] for p in ps]) +
            "\n\nTom\n\n" + sig(TOM))
        n, cols, ninos = 14, ["name", "date"], 0
    elif v == 1:
        ps = people(500)
        sp = M(PRIYA, [BW_SM], "caseload reconciliation - full list", "Hi Anita,\n\nFull shared caseload for the "
               "reconciliation, 500 rows: surname, initial, NI number.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("Shared_caseload_Dec26.ods", ods([("Caseload", [["Surname", "Initial", "NINO"]] +
                                                          [[p.last, p.first[0], p.nino] for p in ps])]))])
        n, cols, ninos = 500, ["name", "nino"], 500
    elif v == 2:
        ps = people(60)
        sp = M(JENNY, [HARB_HR], "jobs fair sign-ups", "Hi,\n\nThe 60 who signed up for your stand at the jobs fair, "
               "with our ref so you can tell us who you interview:\n\n" + "\n".join(
                   "%s, %s  %s" % (p.last.upper(), p.first[0], p.ref) for p in ps) + "\n\nJenny\n\n" + sig(JENNY))
        n, cols, ninos = 60, ["name", "ref"], 0
    else:
        ps = people(8)
        tms = ["9:00", "9:30", "10:00", "10:30", "11:00", "11:30", "13:00", "13:30"]
        sp = M(DAVE, [ACME], "Re: interviews thursday", "Hi Gary, answers in between yours\n\n" +
               q("Can you send me the names and times?") + "\n\n" + "\n".join(
                   "%s %s - %s" % (p.first, p.last, tms[i]) for i, p in enumerate(ps)) + "\n\n" +
               q("Do they need to bring anything?") + "\n\nJust right to work docs.\n\n" + q("Parking is round the back.") +
               "\n\nDave\n\n" + sig(DAVE))
        n, cols, ninos = 8, ["name", "time"], 0
    return sp, L("relay", "names_list_500", "¶29 ¶30 ¶31", T(ninos=ninos, subjects=n, kinds=["name_list"]),
                 "list of %d with %s" % (n, "+".join(cols)), list_rows=n, list_cols=cols)


@sc(2)
def r_nino_only(v):
    if v == 0:
        ns = sorted(nino() for _ in range(650))
        sp = M(PRIYA, [NS_DATA], "NINOs for the duplicate check", "Craig,\n\nNINOs only, one column, for the duplicate "
               "check against your MIS. 650 of them.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("ninos_dupcheck.ods", ods([("Sheet1", [["NINO"]] + [[n] for n in ns])]))])
        k = 650
    else:
        ns = [nino() for _ in range(40)]
        sp = M(PRIYA, [BW_SM], "ni numbers to match", "Anita, the 40 you asked for, lower case as they came out of "
               "the system.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("match_list.txt", ("\n".join(nsp(n).lower() for n in ns) + "\n").encode())])
        k = 40
    return sp, L("relay", "nino_only_list", "¶31", T(ninos=k, subjects=k, kinds=["nino_list"]),
                 "%d NINOs and nothing else" % k, list_rows=k, list_cols=["nino"], nino_only=True)


@sc(3)
def r_dwp_lists(v):
    if v == 0:
        ps = people(30)
        sp = M(PRIYA, [WC_PZ], "Penzance starts November - names and NINOs", "Hi Carol,\n\nThe 30 November starts from "
               "Penzance referrals:\n\n" + pipe_table(["Surname", "Forename", "NINO", "Start"],
                                                      [[p.last, p.first, p.nino, "Nov 2026"] for p in ps]) +
               "\n\nPriya\n\n" + sig(PRIYA))
        n, cols = 30, ["name", "nino", "date"]
    elif v == 1:
        ps = people(500)
        sp = M(DX, [DWP_BOX], "WHP caseload list December - 500", "Please find the caseload list attached.\n\nWHP Data "
               "Exchange, " + WWP, atts=[F("WHP_caseload_Dec26.ods", ods([("List", [["Surname", "Initial", "NINO"]] + [
                   [p.last, p.first[0], p.nino] for p in ps])]))])
        n, cols = 500, ["name", "nino"]
    else:
        ps = people(120)
        sp = M(PRIYA, [JCP_PLY], "Plymouth referrals not yet attended (120)", "Hi,\n\nThe 120 referrals we haven't "
               "seen yet, with appointment dates.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("Plymouth_not_attended.csv", ("Surname,Forename,NINO,Appointment\r\n" + "".join(
                   "%s,%s,%s,%s\r\n" % (p.last, p.first, p.nino, "%02d/12/2026" % R.randint(7, 18)) for p in ps)).encode())])
        n, cols = 120, ["name", "nino", "date"]
    return sp, L("relay", "dwp_names_list", "¶36", T(ninos=n, subjects=n, kinds=["name_list"]),
                 "list of %d names with NINOs to DWP" % n, list_rows=n, list_cols=cols)


def ucnea1_rows(p, emp="Newlyn Fish Merchants Ltd"):
    return [["UCNEA1 - Notification of employment", ""], ["Participant", p.name], ["NINO", p.nino],
            ["Employer", emp], ["Start date", "07/12/2026"], ["Hours", "30"], ["Job title", "Fish filleter"]]


def gns_text(p, extra=""):
    return ("Good News Story\nParticipant: %s (ref %s)\nProvision: Work and Health Programme\n\n%s joined us in June "
            "after eight years out of work. %sHe/she did the fishing and maritime pathway and started on the market in "
            "November.\nConsent to share: yes, signed 28/11/2026" % (p.name, p.ref, p.first, extra))


@sc(3)
def r_ucnea1_gns(v):
    p = claimant()
    if v == 0:
        sp = M(TOM, [WC_PZ], "UCNEA1 - job start", "Hi Carol,\n\nUCNEA1 attached.\n\nTom\n\n" + sig(TOM),
               atts=[F("UCNEA1_%s.odt" % p.last, odt([("table", ucnea1_rows(p))]))])
        k, t = "ucnea1", T(ninos=1, subjects=1, kinds=["ucnea1"])
    elif v == 1:
        sp = M(DX, [DWP_BOX], "Good News Story - fishing pathway", "Good News Story attached.\n\nWHP Data Exchange",
               atts=[F("GNS_Dec26.odt", odt([("p", gns_text(p))]))])
        k, t = "good_news_story", T(subjects=1, kinds=["good_news_story"])
    else:
        sp = M(JENNY, [WC_TRU], "Good News Story for the ESF newsletter", "Hi Steve,\n\nOur GNS attached (PDF).\n\n"
               "Jenny\n\n" + sig(JENNY),
               atts=[F("GNS_ESF_story.pdf", pdf([gns_text(p, "After a stroke in 2024 left one side weak, ")
                                                 .split("\n")], "GNS"))])
        k, t = "good_news_story", T(special=["health"], subjects=1, kinds=["good_news_story"])
    return sp, L("relay", "dwp_ucnea1_gns", "¶34 ¶35", t, "one %s to DWP%s" % (k, ", health inside the record" if v == 2 else ""),
                 records=1)


def exit_rows(p):
    return [["WHP Exit Report", ""], ["Name", p.name], ["NINO", nsp(p.nino)], ["Exit date", "04/12/2026"],
            ["Reason", "Completed 15 months; in work part time"], ["Health at exit", "Back pain managed, working 20 hrs"]]


def coc_rows(p):
    pc, town = postcode()
    return [["Change of Circumstances", ""], ["Name", p.name], ["NINO", p.nino], ["Change", "New address"],
            ["New address", "%d %s, %s %s" % (R.randint(1, 60), fake.street_name(), town, pc)],
            ["Effective", "30/11/2026"]]


@sc(3)
def r_c15(v):
    p = claimant()
    if v == 0:
        sp = M(DX, [DWP_BOX], "WHP Exit Report", "Exit Report attached.\n\nWHP Data Exchange",
               atts=[F("Exit_Report.odt", odt([("table", exit_rows(p))]))])
        t = T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"])
    elif v == 1:
        sp = M(DX, [DWP_BOX], "Change of Circumstances", "Change of circumstances attached.\n\nWHP Data Exchange",
               atts=[F("CoC.odt", odt([("table", coc_rows(p))]))])
        t = T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"])
    else:
        sp = M(DX, [DWP_BOX], "Compliance doubt", "Compliance doubt\n\nName: %s\nNINO: %s\nMandatory activity: job "
               "club 01/12/2026 10:00\nFailure: did not attend, no contact\nAttempts to contact: phone x2, letter\n\nWHP "
               "Data Exchange" % (p.name, nsp(p.nino)), client="tb")
        t = T(ninos=1, subjects=1, kinds=["compliance_doubt"])
    return sp, L("relay", "dwp_c15_process", "C15 ¶46 ¶49", t, "one C15 record from and to the designated inboxes",
                 records=1)


def referral_text(p):
    return ("WHP referral\nName: %s\nNINO: %s\nDOB: %s\nAddress: %s\nPhone: %s\nHealth: %s\nReferring jobcentre: "
            "Penzance" % (p.name, nsp(p.nino), p.dob.strftime("%d/%m/%Y"), p.addr, p.mob,
                          R.choice(["Asthma, mild", "Arthritis in both knees", "Anxiety"])))


@sc(2)
def r_forward(v):
    p = claimant()
    body = referral_text(p)
    sp_kind = ("mental_health" if "Anxiety" in body else "health")
    if v == 0:
        sp = M(JENNY, [NS_DATA], "Fwd: WHP referral - Penzance", "Craig, referral for your Penzance team.\n\nJenny" +
               fwd_block("WHP referral - Penzance", "WHP Provider Inbox <%s>" % DWP_INBOX, PROV_INBOX, qd(8), body) +
               "\n" + sig(JENNY))
    else:
        inner = inner_msg(("WHP Provider Inbox", DWP_INBOX), ("WHP Data Exchange", PROV_INBOX), "WHP referral", body,
                          qd(9), tag="ref%d" % v)
        sp = M(PRIYA, [BW_INTAKE], "Fwd: WHP referral", "Hi, forwarding as attachment.\n\nPriya\n\n" + sig(PRIYA),
               atts=[MSG(inner)])
    return sp, L("relay", "forward_subcontractor", "C15 ¶53",
                 T(ninos=1, dob=True, special=[sp_kind], contact=True, subjects=1),
                 "one DWP participant record forwarded to an approved subcontractor", fwd_record=1)


@sc(3)
def r_encrypted(v):
    if v == 0:
        sp = M(PRIYA, [BW_SM], "Audit sample - Bridgeway", "", raw=pgp_mime)
    elif v == 1:
        sp = M(DAVE, [NS_DATA], "files for craig", "", raw=lambda: _inline_pgp())
    else:
        sp = M(JENNY, [("Bridgeway Secure", "secure@" + BRIDGEWAY)], "case notes", "", raw=smime_enveloped)
    return sp, L("relay", "already_encrypted", "RULES.md Outcomes (already encrypted)", T0,
                 ["PGP/MIME from Thunderbird", "inline PGP pasted into webmail", "S/MIME enveloped-data"][v],
                 encrypted=True)


def _inline_pgp():
    m = EmailMessage()
    m.set_content("Craig, encrypted as agreed, key is the one from the portal\n\n" + armour(900) + "\nDave\n",
                  subtype="plain", charset="utf-8", cte="7bit")
    return m


# ================================================================ encrypt
def E(rule, guid, truth, notes, **f):
    return L("encrypt", rule, guid, truth, notes, **f)


@sc(10)
def e_special(v):
    p = claimant()
    atts = []
    if v == 0:
        t = ("Hi Sophie, yes that's all fine.\n\n" + q(tb_attr("Sophie Lanyon", qd(8), 11, 2) + "\nGreat, so we'll do "
             "days only for her.") + "\n\n" + q(q(tb_attr("Rob Kitto", qd(7), 17, 40) + "\nShe'd rather avoid nights.")) +
             "\n\n" + q(q(q(tb_attr("Sophie Lanyon", qd(7), 9, 15) + "\nAnything we need to know for %s's trial?\n\n"
                                     "Rob wrote: %s has epilepsy, well controlled, but she can't do lifeguard cover or "
                                     "work alone by the pool." % (p.first, p.first)))) + "\n\nRob\n\n" + sig(ROB))
        sp, cat, note = M(ROB, [HARB], "Re: Re: Re: trial shift " + p.first, t), "health", "epilepsy three quote levels down"
    elif v == 1:
        sp = M(DAVE, [NS_LEAD], "jago - go easy", "Lisa\nJust so your tutor knows, %s has been under the crisis team "
               "since October after a bad patch, so if he goes quiet or leaves early please don't mark him absent, "
               "ring me.\nDave\n\n%s" % (p.name, sig(DAVE)))
        cat, note = "mental_health", "crisis team, named participant, Yahoo top-post"
    elif v == 2:
        sp = M(SUE, [FARM], "%s for the lambing job" % p.first, "Hi Richard\n%s %s is a good worker. He's been off the "
               "drink six months now and goes to his meetings in Bideford on Wednesday nights, so he'd need to finish by "
               "6 that day.\n\n%s" % (p.first, p.last, sig(SUE)))
        cat, note = "substance", "off the drink, meetings (AA implied)"
    elif v == 3:
        sp = M(TOM, [FISH], "new starter on the market", "Hi Nick,\n\nAbout %s: he came out of Channings Wood in "
               "August and is still on licence, so his probation officer may ring you to check he's at work. He's been "
               "nothing but reliable with us.\n\nTom\n\n%s" % (p.name, sig(TOM)))
        cat, note = "criminal", "prison release and licence"
    elif v == 4:
        ps = people(6)
        rows = [[x.last, x.first, "12/01/2027", ""] for x in ps]
        rows[2][3] = "Romany Gypsy family, may need the course near the site at Carnon Downs"
        sp = M(JENNY, [NS_COURSES], "course list with notes", "Hi, list with a note on one.\n\nJenny\n\n" + sig(JENNY),
               atts=[F("course_list_notes.ods", ods([("List", [["Surname", "First", "Date", "Notes"]] + rows)]))])
        p = ps[2]
        cat, note = "ethnicity", "ethnicity in one row's note of a short list (not a simple list any more)"
        return sp, E("encrypt_special_category", "¶30 ¶32", T(special=[cat], subjects=6, kinds=["name_list"]), note,
                     list_rows=6, list_cols=["name", "date", "notes"], extra=True)
    elif v == 5:
        sp = M(TOM, [NS_LEAD, BW_SM, C("Pat Glanville", "bude-communityhub.org.uk")], "[KDCEN-network] advice please",
               "Hi all, advice please. %s %s, who some of you know from the maritime course, told me he's gay and he's "
               "worried about how the crew will be with him on a 5 day trip. Has anyone got contacts for LGBT+ support "
               "in fishing?\n\nTom\n\n%s" % (p.first, p.last, sig(TOM)), client="list", envelope=LISTBOUNCE)
        cat, note = "sexual_orientation", "posted to the list despite the footer"
    elif v == 6:
        sp = M(FAY, [HARB_HR], "%s - shifts" % p.name, "Hi\n%s is a Seventh-day Adventist so can't work Friday evenings "
               "or Saturdays, but happy to do any Sunday.\nFay\n\n%s" % (p.first, sig(FAY)))
        cat, note = "religion", "Sabbath observance"
    elif v == 7:
        sp = M(ROB, [CITY], "%s - site rep question" % p.first, "Hi Wayne,\n\n%s is a Unite member and was a shop "
               "steward at the boatyard - he asked if that'll be a problem on your site. I said I couldn't see why.\n\n"
               "Rob\n\n%s" % (p.name, sig(ROB)))
        cat, note = "trade_union", "union membership"
    elif v == 8:
        title = "KDCEN News - winter special"
        secs = [("Demelza's story", ["%s from %s has lived with MS for ten years and thought work was behind her. She "
                                     "now runs the tea room at the St Ives gallery three days a week." % (p.name, p.town)]),
                ("Dates", ["Job club Tuesdays, Net Loft."])]
        sp = M(NEWS, [HARB_HR], title, mc_text(title, secs), client="mc", bcc=[GREEN_REC, COUNCIL],
               html=mc_html(title, secs))
        cat, note = "health", "newsletter success story names a participant with MS"
    else:
        sp = M(JENNY, [BW_INTAKE], "case review notes - %s" % p.first, "Hi, notes from the case review attached.\n\n"
               "Jenny\n\n" + sig(JENNY),
               atts=[F("Case_review_%s.odt" % p.last, odt([("h", "Case review - %s" % p.name),
                                                            ("p", "Type 1 diabetic, insulin, hypos when shifts run "
                                                                  "over. Needs a break every 4 hours."),
                                                            ("p", "Next steps: Access to Work application.")]))])
        cat, note = "health", "case review notes in ODT"
    return sp, E("encrypt_special_category", "¶26 ¶32", T(special=[cat], subjects=1), note)


@sc(5)
def e_nino(v):
    p = claimant()
    atts, cl = [], None
    if v == 0:
        sp = M(DAVE, [ACME], "%s - ni %s" % (p.name.lower(), nsp(p.nino).lower()), "Gary, for your payroll as asked\n"
               "Dave\n\n" + sig(DAVE))
        note = "lower-case spaced NINO in the subject"
    elif v == 1:
        sp = M(ROB, [HARB_HR], "CV", "CV attached.\n\nRob\n\n" + sig(ROB),
               atts=[F("CV_%s_%s_%s.odt" % (p.last.upper(), p.first.upper(), p.nino), cv_odt(p))])
        return sp, E("encrypt_nino", "¶33", T(ninos=1, contact=True, subjects=1, kinds=["cv"]),
                     "NINO in the attachment's file name", cv_count=1, extra=True)
    elif v == 2:
        n = nsp(p.nino)
        sp = M(JENNY, [NS_COURSES], "enrolment %s" % p.first, "Hi,\n\nFor the enrolment: %s, NI number %s\n%s\n\n"
               "Jenny\n\n%s" % (p.name, n[:8], n[9:], sig(JENNY)))
        note = "NINO split over two lines"
    elif v == 3:
        t = ("Bev - see below, all sorted I think.\n\n" + q(tb_attr("Beverley Hawken", qd(8), 10, 0) + "\nThanks Rob.") +
             "\n\n" + q(q(tb_attr("Rob Kitto", qd(7), 15, 0) + "\nDone.")) + "\n\n" +
             q(q(q(tb_attr("Beverley Hawken", qd(6), 9, 0) + "\nCan you send me the NI number for payroll?"))) + "\n\n" +
             q(q(q(q(tb_attr("Rob Kitto", qd(5), 17, 0) + "\n%s's NI is %s" % (p.name, p.nino))))) + "\n\nRob\n\n" + sig(ROB))
        sp = M(ROB, [GREEN], "Re: Re: Re: Re: payroll", t)
        note = "NINO four quote levels down"
    else:
        h = p.nino
        hy = "%s-%s-%s-%s-%s" % (h[:2], h[2:4], h[4:6], h[6:8], h[8])
        sp = M(MORWEN, [BW_INTAKE], "Fw: help with housing form", "Hi Bridgeway\nForwarding from %s, she'd like help.\n"
               "Morwen\n\n%s\n%s" % (p.first, ym_attr(p.name, p.email, qd(7)), q("Hi Morwen can Bridgeway help with the "
                                                                                 "housing form\n\n%s\nNI %s" % (p.name, hy))))
        return sp, E("encrypt_nino", "¶33", T(ninos=1, contact=True, subjects=1),
                     "hyphenated NINO in the participant's quoted message, with her address in the attribution")
    return sp, E("encrypt_nino", "¶33", T(ninos=1, subjects=1), note)


@sc(4)
def e_dob_bank(v):
    p = claimant()
    if v == 0:
        sp = M(TOM, [NS_COURSES], "STCW registration - %s" % p.name, "Hi,\n\nFor the MCA registration: %s was born on "
               "%s.\n\nTom\n\n%s" % (p.name, dob_words(p.dob), sig(TOM)))
        t, note = T(dob=True, subjects=1), "DOB in words"
    elif v == 1:
        ac = "%08d" % R.randint(10000000, 99999999)
        sc_ = sortcode().replace("-", " ")
        sp = M(JENNY, [BW_HOUSING], "hardship grant for %s" % p.first, "Mike,\n\nCan you pay %s's hardship grant "
               "straight to her: acc %s sort %s (Nationwide).\n\nJenny\n\n%s" % (p.name, ac, sc_, sig(JENNY)))
        t, note = T(bank=True, subjects=1), "account then spaced sort code in prose"
    elif v == 2:
        sp = M(ROB, [FARM], "referral form", "Richard, form attached.\n\nRob\n\n" + sig(ROB),
               atts=[F("referral_%s.odt" % p.last, odt([("table", [["Name", p.name], ["d.o.b.", "%d.%d.%02d" % (
                   p.dob.day, p.dob.month, p.dob.year % 100)], ["Role", "Picker"]])]))])
        t, note = T(dob=True, subjects=1), "d.o.b. d.m.yy in an ODT table"
    else:
        sp = M(DAVE, [TRAVEL], "train refund for %s" % p.first, "Hello\nPlease refund the Plymouth-Exeter ticket to "
               "%s's card %s, it was booked for her interview.\nDave\n\n%s" % (p.name, card(), sig(DAVE)))
        t, note = T(bank=True, subjects=1), "Luhn-valid card number"
    return sp, E("encrypt_dob_bank", "¶32", t, note)


@sc(4)
def e_benefit_children(v):
    p = claimant(sex="f" if v == 1 else None)
    if v == 0:
        sp = M(SUE, [BW_SM], "%s - sanction" % p.first, "Hi Anita\n%s was sanctioned on UC, GBP 13.30 a day for 28 days, "
               "so she's about GBP 372 down this month. Could Bridgeway help with the food bank voucher?\n\n%s" % (
                   p.name, sig(SUE)))
        t, note = T(benefit=True, subjects=1), "UC sanction with amounts"
    elif v == 1:
        sp = M(JENNY, [NURSERY], "childcare from January", "Hello,\n\n%s starts work on 4 January and needs places "
               "for her two, Elowen who's 4 and little Jory who turned 2 in October. Can you do Mon-Wed?\n\nJenny\n\n%s" % (
                   p.name, sig(JENNY)))
        t, note = T(children=True, subjects=1), "children's names with ages in everyday phrasing"
    elif v == 2:
        sp = M(FAY, [GREEN_REC], "%s hours" % p.first, "Hi\n%s gets Carer's Allowance, GBP 83.30 a week, so she can't "
               "earn over GBP 196 a week - please keep her at 15 hours.\nFay\n\n%s" % (p.name, sig(FAY)))
        t, note = T(benefit=True, subjects=1), "Carer's Allowance amount"
    else:
        sp = M(TOM, [NS_COURSES], "support notes", "Notes attached.\n\nTom\n\n" + sig(TOM),
               atts=[F("support_notes_%s.odt" % p.first, odt([("p", "%s - gets PIP standard daily living, GBP 73.90 a "
                                                                     "week, and UC. Travel must be paid up front." % p.name)]))])
        t, note = T(benefit=True, subjects=1), "PIP amount in an ODT"
    return sp, E("encrypt_benefit_children", "¶30 ¶32", t, note)


@sc(4)
def e_beyond_name(v):
    p = claimant()
    if v == 0:
        sp = M(DAVE, [HARB], "%s" % p.name, "Hi Sophie\nHere's %s's mobile so you can ring her about the interview - %s\n"
               "Dave\n\n%s" % (p.first, p.mob, sig(DAVE)))
    elif v == 1:
        sp = M(ROB, [FARM], "lift for %s" % p.first, "Richard,\n\n%s %s lives out in the caravan at the back of %d %s, "
               "just outside %s - can the minibus pick up there?\n\nRob\n\n%s" % (p.first, p.last, p.house, p.street,
                                                                               p.town, sig(ROB)))
    elif v == 2:
        sp = M(FAY, [ACME], "candidate", "Hi Gary\n%s is interested, her email's %s if you want to contact her direct.\n"
               "Fay\n\n%s" % (p.name, p.email, sig(FAY)))
    else:
        sp = M(ROB, [CITY], "%s %s" % (p.name, p.pc), "Wayne, which of your sites is nearest? See subject.\n\nRob\n\n" + sig(ROB))
    return sp, E("encrypt_beyond_name", "¶18", T(contact=True, subjects=1),
                 ["name + mobile", "name + home address in prose", "name + personal e-mail",
                  "name + postcode in the subject"][v])


@sc(5)
def e_over(v):
    if v == 0:
        ps = [claimant() for _ in range(11)]
        sp = M(ROB, [HARB_HR], "11 CVs", "Hi, eleven CVs zipped.\n\nRob\n\n" + sig(ROB),
               atts=[F("CVs_x11.zip", zip_bytes([(cv_fn(p, "odt"), cv_odt(p)) for p in ps]))])
        return sp, E("encrypt_over_limit", "¶21", T(contact=True, subjects=11, kinds=["cv"]), "11 CVs", cv_count=11)
    if v == 1:
        ps = [claimant() for _ in range(11)]
        sp = M(ROB, [FARM], "11 application forms", "Richard, 11 forms.\n\nRob\n\n" + sig(ROB),
               atts=[F("TVG_forms_x11.pdf", pdf([[("t", form_rows(p, "Picker", "Tamar Valley Growers"))] for p in ps]))])
        return sp, E("encrypt_over_limit", "¶22", T(contact=True, subjects=11, kinds=["application_form"]),
                     "11 application forms", form_people=11)
    if v == 2:
        ps = [(claimant(), claimant()) for _ in range(6)]
        sp = M(JENNY, [PARK], "6 couple applications", "Donna, six couples.\n\nJenny\n\n" + sig(JENNY),
               atts=[F("couples_x6.odt", odt([b for i, (a, c) in enumerate(ps) for b in (([("pb",)] if i else []) + [
                   ("table", couple_rows(a, c, "Live-in wardens", "Golden Sands"))])]))])
        return sp, E("encrypt_over_limit", "¶24", T(contact=True, subjects=12, kinds=["application_form_couple"]),
                     "6 couple forms = 12 people", form_people=12)
    if v == 3:
        ps = people(501)
        sp = M(PRIYA, [NS_DATA], "caseload list (all)", "Craig, full list.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("caseload_all.ods", ods([("List", [["Surname", "Forename", "Ref"]] + [[p.last, p.first, p.ref]
                                                                                            for p in ps])]))])
        return sp, E("encrypt_over_limit", "¶31", T(subjects=501, kinds=["name_list"]), "501 names",
                     list_rows=501, list_cols=["name", "ref"])
    a, b = claimant(), claimant()
    sp = M(JENNY, [NS_DATA], "Fwd: WHP referrals x2", "Craig, two for you.\n\nJenny" + fwd_block(
        "WHP referrals", "WHP Provider Inbox <%s>" % DWP_INBOX, PROV_INBOX, qd(8),
        referral_text(a).replace("Health: Anxiety", "Health: Asthma, mild") + "\n\n" +
        referral_text(b).replace("Health: Anxiety", "Health: Asthma, mild")) + "\n" + sig(JENNY))
    return sp, E("encrypt_over_limit", "C15 ¶53", T(ninos=2, dob=True, special=["health"], contact=True, subjects=2),
                 "forwarded DWP mail with two participant records", fwd_record=2)


@sc(3)
def e_forbidden(v):
    if v == 0:
        ps = people(9)
        sp = M(TOM, [NS_COURSES], "minibus pick-up list", "Hi, pick-ups for the 12th:\n\n" + pipe_table(
            ["Name", "Pick up", "Mobile"], [[p.name, p.town, p.mob] for p in ps]) + "\n\nTom\n\n" + sig(TOM))
        cols, note = ["name", "town", "mobile"], "mobile numbers in a pipe table"
    elif v == 1:
        ps = people(25)
        sp = M(JENNY, [BW_SM], "outreach list", "Anita, outreach list attached.\n\nJenny\n\n" + sig(JENNY),
               atts=[F("outreach.ods", ods([("Sheet1", [["Surname", "Initial", "Postcode"]] + [[p.last, p.first[0], p.pc]
                                                                                          for p in ps])]))])
        cols, note = ["name", "postcode"], "postcode column in an ODS"
    else:
        ps = people(12)
        sp = M(PRIYA, [WC_TRU], "Truro list for matching", "Steve,\n\n" + pipe_table(["Surname", "Forename", "DOB"], [
            [p.last, p.first, p.dob.strftime("%d/%m/%Y")] for p in ps]) + "\n\nPriya\n\n" + sig(PRIYA))
        return sp, E("encrypt_list_forbidden_column", "¶30 ¶36", T(dob=True, subjects=12, kinds=["name_list"]),
                     "DOB column in a list to DWP", list_rows=12, list_cols=["name", "dob"])
    return sp, E("encrypt_list_forbidden_column", "¶30", T(contact=True, subjects=len(ps), kinds=["name_list"]), note,
                 list_rows=len(ps), list_cols=cols)


@sc(2)
def e_letter_kind(v):
    p = claimant()
    if v == 0:
        sp = M(FAY, [GREEN_REC], "reference for %s" % p.first, "Hi, our reference attached.\nFay\n\n" + sig(FAY),
               atts=[F("Reference_%s.odt" % p.last, odt([("p", l) for l in letter_lines(p, "letter_other")] +
                                                        [("p", "%s has been punctual and kind with other participants."
                                                               % p.first)]))])
    else:
        sp = M(JENNY, [HOUSING], "letter of support - %s" % p.name, "Hello, letter attached.\n\nJenny\n\n" + sig(JENNY),
               atts=[F("Letter_of_support.pdf", pdf([letter_lines(p, "letter_other")]))])
    return sp, E("encrypt_letter_kind", "¶25", T(contact=True, subjects=1, kinds=["letter_other"]),
                 ["reference letter to an employer", "confirmation of participation to a housing provider"][v], letters=1)


@sc(3)
def e_dwp_process(v):
    if v == 0:
        p = claimant()
        sp = M(PRIYA, [DWP_BOX], "Exit Report", "Exit report attached.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("Exit_Report_%s.odt" % p.last, odt([("table", exit_rows(p))]))])
        return sp, E("encrypt_dwp_process", "C15 ¶49", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                     "Exit Report from a member of staff's own address", records=1)
    if v == 1:
        a, b = claimant(), claimant()
        sp = M(DX, [DWP_BOX], "Changes of Circumstances x2", "Two CoCs attached.\n\nWHP Data Exchange",
               atts=[F("CoC_1.odt", odt([("table", coc_rows(a))])), F("CoC_2.odt", odt([("table", coc_rows(b))]))])
        return sp, E("encrypt_dwp_process", "C15 ¶49", T(ninos=2, contact=True, subjects=2,
                                                          kinds=["change_of_circumstances"]), "two CoC records", records=2)
    p = claimant()
    sp = M(DX, [WC_PZ], "Compliance doubt", "Compliance doubt\nName: %s\nNINO: %s\nFailed to attend 02/12/2026\n\nWHP "
           "Data Exchange" % (p.name, p.nino))
    return sp, E("encrypt_dwp_process", "C15 ¶49", T(ninos=1, subjects=1, kinds=["compliance_doubt"]),
                 "compliance doubt to a work coach, not the designated inbox", records=1)


@sc(5)
def e_claimant(v):
    p = claimant(consent=v in (1, 2))
    if v == 0:
        sp = M(DAVE, [(p.name, p.email)], "your NI number", "Hi %s\nYou asked for your NI number for the new job - it's "
               "%s.\nDave\n\n%s" % (p.first, nsp(p.nino), sig(DAVE)))
        return sp, E("encrypt_claimant_recipient", "¶17 ¶33", T(ninos=1, subjects=1),
                     "participant's own NINO sent to them", claimant_rcpt=[p.email])
    if v == 1:
        sp = M(CVS, [(p.name, p.email)], "Your CV", "Hi %s,\n\nYour CV attached.\n\n%s" % (p.first, sig(CVS)),
               atts=[F(cv_fn(p, "odt"), cv_odt(p, dob=True))])
        return sp, E("encrypt_claimant_recipient", "¶17", T(dob=True, contact=True, subjects=1, kinds=["cv"]),
                     "consented CV, but it carries a DOB", cv_count=1)
    if v == 2:
        sp = M(CVS, [(p.name, p.email)], "your two CVs", "Hi %s,\n\nOne for care jobs, one for hotels.\n\n%s" % (
            p.first, sig(CVS)), atts=[F("CV_care_%s.odt" % p.first, cv_odt(p)), F("CV_hotels_%s.pdf" % p.first, cv_pdf(p))])
        return sp, E("encrypt_claimant_recipient", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
                     "two versions of one person's CV = two CVs", cv_count=2)
    if v == 3:
        sp = M(ADVICE, [(p.name, p.email)], "letter for the council", "Hi %s,\n\nHere's the letter confirming you're on "
               "the programme, for your council tax reduction.\n\n%s" % (p.first, sig(ADVICE)),
               atts=[F("Confirmation_letter.pdf", pdf([letter_lines(p, "letter_other")]))])
        return sp, E("encrypt_claimant_recipient", "¶25", T(contact=True, subjects=1, kinds=["letter_other"]),
                     "other-kind letter to the participant", letters=1, claimant_rcpt=[p.email])
    sp = M(JENNY, [(p.name, p.email)], "Re: Tuesday", "Hi %s,\n\n" % p.first + q(tb_attr(p.first, qd(8), 22, 10) +
           "\nsorry I didnt come tuesday, my anxiety has been really bad again and the doctor has upped my sertraline") +
           "\n\nDon't worry at all, thank you for telling me. Shall we do a phone call instead next week?\n\nJenny\n\n" + sig(JENNY))
    return sp, E("encrypt_claimant_recipient", "¶17 ¶32", T(special=["mental_health"], subjects=1),
                 "reply quoting the participant's own health news back to them", claimant_rcpt=[p.email])


@sc(3)
def e_tag(v):
    if v == 0:
        ps = people(20)
        sp = M(PRIYA, [NS_DATA], "[ENCRYPT] January course list", "Craig, list below.\n\n" + "\n".join(
            "%s %s" % (p.first, p.last) for p in ps) + "\n\nPriya\n\n" + sig(PRIYA))
        t, f = T(subjects=20, kinds=["name_list"]), dict(list_rows=20, list_cols=["name"])
    elif v == 1:
        sp = M(JENNY, [BW_SM], "RE: [ENCRYPT] meeting notes", "Anita, thanks, see you on the 14th.\n\nJenny\n\n" + sig(JENNY))
        t, f = T0, {}
    else:
        p = claimant()
        sp = M(DAVE, [ACME], "Fwd: [ENCRYPT] start date", "Gary - %s starts Monday.\nDave\n\n%s" % (p.name, sig(DAVE)))
        t, f = T(subjects=1), dict(name_only=True)
    return sp, E("encrypt_sender_tag", "RULES.md Also enforced (sender-requested encryption)", t,
                 "[ENCRYPT] tag in the subject", **f)


@sc(3)
def e_password(v):
    if v == 0:
        p = claimant()
        sp = M(PRIYA, [NS_DATA], "audit sample (password by phone)", "Craig, zip attached, I'll ring with the "
               "password.\n\nPriya\n\n" + sig(PRIYA),
               atts=[F("audit_sample.zip", aes_zip([("sample.ods", ods([("S", [[p.name, p.nino]])]))], "Tr3vithick!"))])
    elif v == 1:
        sp = M(SUE, [BW_SM], "files", "Anita, files zipped with the usual password.\n\n" + sig(SUE),
               atts=[F("files.zip", zipcrypto([("notes.txt", "private notes")], "kernow2026"))])
    else:
        sp = M(JENNY, [HOUSING], "tenancy support pack", "Hello, PDF protected, password sent separately.\n\nJenny\n\n"
               + sig(JENNY), atts=[F("support_pack.pdf", pdf([["Support pack", "private"]], password="Mousehole9"))])
    return sp, E("encrypt_password_protected", "RULES.md Reject regardless (password-protected: encrypt)", T0,
                 ["WinZip AES zip", "ZipCrypto zip", "AES-256 PDF"][v], pw=True)


@sc(4)
def e_scan(v):
    p = claimant()
    fields = [("Name", p.name), ("Address", p.addr), ("Phone", p.mob), ("NI number", nsp(p.nino)),
              ("Date of birth", p.dob.strftime("%d/%m/%Y"))]
    if v == 0:
        sp = M(TOM, [NS_COURSES], "registration form (photo)", "Photo of the paper form, sorry it's wonky.\n\nTom\n\n" + sig(TOM),
               atts=[F("IMG_20261130_154211.jpg", form_photo(fields, "Registration", "a"))])
    elif v == 1:
        sp = M(SUE, [WC_BAR], "signed forms", "Natalie\nScanned forms attached.\n\n" + sig(SUE),
               atts=[F("Scan_0412.pdf", scan_pdf([form_photo(fields, "Referral", "b", exif=False),
                                                  form_photo(fields[:2], "Consent", "c", exif=False)]))])
    elif v == 2:
        sp = M(DAVE, [FARM], "timesheet", "Richard here's the photo of the timesheet\nDave\n\n" + sig(DAVE),
               atts=[F("20261204_093312.jpg", form_photo([("Name", p.name), ("Week", "30/11"), ("Hours", "38")], "Timesheet", "d"))])
    else:
        sp = M(MORWEN, [BW_INTAKE], "form", "hi, form attached\nMorwen\n\n" + sig(MORWEN, True),
               atts=[F("form.jpeg", form_photo(fields, "Wellbeing referral", "e"))])
    return sp, E("encrypt_no_text_scan", "RULES.md Reject regardless (image-only scan: encrypt)", T0,
                 "photo / image-only scan of a handwritten form", scan=True)


# ================================================================ reject
@sc(5)
def x_cv_no_consent(v):
    p = claimant(consent=(v == 1))
    if v == 0:
        sp = M(CVS, [(p.name, p.email)], "Your CV", "Hi %s,\n\nYour CV attached.\n\n%s" % (p.first, sig(CVS)),
               atts=[F(cv_fn(p, "odt"), cv_odt(p))])
        to, note = p.email, "CV to an address not in the consent register"
    elif v == 1:
        other = "%s.%s@outlook.com" % (p.first.lower(), p.last.lower().replace("'", ""))
        if other == p.email:
            other = "%s%s77@btinternet.com" % (p.first.lower(), p.last.lower())
        sp = M(DAVE, [(p.name, other)], "cv", "Hi %s here's your CV\nDave\n\n%s" % (p.first, sig(DAVE)),
               atts=[F(cv_fn(p, "pdf"), cv_pdf(p))])
        to, note = other, "CV to a consented participant's other address"
    elif v == 2:
        sp = M(ADVICE, [(p.name, p.email)], "[ENCRYPT] your CV", "Hi %s,\n\nCV attached.\n\n%s" % (p.first, sig(ADVICE)),
               atts=[F(cv_fn(p, "odt"), cv_odt(p))])
        to, note = p.email, "CV to an unconsented address with [ENCRYPT]"
    elif v == 3:
        inner = inner_msg(HARB_HR, ("Rob Kitto", ROB.email), "CV returned", "Rob, returning %s's CV, we've filled the "
                          "post.\nSophie" % p.first, qd(8), atts=[(cv_fn(p, "pdf"), cv_pdf(p))], tag="ret%d" % v)
        sp = M(ROB, [(p.name, p.email)], "Fw: CV returned", "Hi %s, sorry, Harbourview filled the post - your CV is in "
               "their email below. Loads more coming up.\n\nRob\n\n%s" % (p.first, sig(ROB)), atts=[MSG(inner)])
        to, note = p.email, "employer's e-mail with the CV, attached, to the unconsented participant"
    else:
        sp = M(CVS, [(p.name, p.email)], "CV", "Hi %s,\n\nPasted in below:\n\n%s\n\n%s" % (
            p.first, "\n".join(cv_lines(p)), sig(CVS)))
        to, note = p.email, "CV pasted in the body to an unconsented address"
    return sp, L("reject", "reject_cv_no_consent", "¶17", T(contact=True, subjects=1, kinds=["cv"]), note,
                 cv_count=1, claimant_rcpt=[to])


@sc(7)
def x_uninspectable(v):
    if v == 0:
        sp = M(ROB, [HARB_HR], "application", "Form attached.\n\nRob\n\n" + sig(ROB),
               atts=[F("application_form.odt", garbage(3000))])
    elif v == 1:
        good = cv_pdf(P())
        sp = M(FAY, [GREEN_REC], "CV", "CV attached\nFay\n\n" + sig(FAY), atts=[F("cv.pdf", good[:len(good) // 2])])
    elif v == 2:
        z = zip_bytes([("a.odt", cv_odt(P())), ("b.odt", cv_odt(P()))])
        sp = M(TOM, [NS_COURSES], "CVs zipped", "Zip attached.\n\nTom\n\n" + sig(TOM), atts=[F("cvs.zip", z[:-40])])
    elif v == 3:
        o = bytearray(ods([("S", [["Surname", "Forename"]] + [[p.last, p.first] for p in people(5)])]))
        k = o.find(b"content.xml") + 60
        for i in range(k, min(k + 200, len(o))):
            o[i] ^= 0x5a
        sp = M(JENNY, [NS_COURSES], "list", "List attached.\n\nJenny\n\n" + sig(JENNY), atts=[F("list.ods", bytes(o))])
    elif v == 4:
        sp = M(DAVE, [FARM], "photo of the form", "Richard\nPhoto attached\nDave\n\n" + sig(DAVE),
               atts=[F("IMG_2041.jpg", garbage(5000))])
    elif v == 5:
        sp = M(SUE, [BW_SM], "report", "Anita, report attached.\n\n" + sig(SUE),
               atts=[F("report.docx", b"PK\x03\x04" + garbage(4000))])
    else:
        inner = inner_msg(C("Lisa Mumford", NORTHSTAR), ("Priya Nair", PRIYA.email), "enrolments", "attached", qd(6),
                          atts=[("enrolments.pdf", b"%PDF-1.7\n" + garbage(2500))], tag="bad%d" % v)
        sp = M(PRIYA, [BW_SM], "Fwd: enrolments", "Anita, see attached.\n\nPriya\n\n" + sig(PRIYA), atts=[MSG(inner)])
    return sp, L("reject", "reject_uninspectable", "RULES.md Reject regardless (cannot be inspected)", T0,
                 ["random bytes as .odt", "truncated PDF", "zip with its central directory cut off",
                  "ODS with a corrupted deflate stream", "random bytes as .jpg", "DOCX: zip signature then garbage",
                  "attached message whose PDF is a header then garbage"][v], opaque=True)


# ================================================================ generate
def generate():
    _used.clear()
    _used_names.clear()
    del CONSENT[:]
    built = []
    for fn, v in SCEN:
        reseed("%s/%d" % (fn.__name__, v))
        sp, lab = fn(v)
        built.append((fn.__name__, v, sp, lab))
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    files, labels = {}, []
    for pos, k in enumerate(order):
        n = pos + 1
        name, v, sp, lab = built[k]
        reseed("build/%s/%d" % (name, v))
        hid = "%s-%03d" % (PFX, n)
        files["mail/%s.eml" % hid] = build(sp, n)
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": sp["envelope"] or A(sp["sender"])[1],
                       "rcpt_to": rcpts(sp), "expected_action": lab["expected_action"], "rule": lab["rule"],
                       "guidance": lab["guidance"], "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"],
                       "scenario": "%s[%d]" % (name, v)})
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode()
    files["consent.txt"] = "".join(a + "\n" for a in sorted(set(CONSENT + ["loveday.kitto@btinternet.com"]))).encode()
    return files, labels


def write(files):
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    for k, b in files.items():
        with open(os.path.join(HERE, k), "wb") as f:
            f.write(b)


# ================================================================ self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])[ ]?([A-Za-z])[\s-]{0,2}(\d{2})[\s-]{0,2}(\d{2})[\s-]{0,2}(\d{2})"
                     r"[\s-]{0,2}([A-Da-d])(?![A-Za-z0-9])")


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text):
        a, b = m.group(1).upper(), m.group(2).upper()
        if a in "DFIQUV" or b in "DFIOQUV" or (a + b) in BAD_PREFIX:
            continue
        out.add(a + b + m.group(3) + m.group(4) + m.group(5) + m.group(6).upper())
    return out


class Opaque(Exception):
    pass


class Locked(Exception):
    pass


def strip_xml(s):
    s = re.sub(r"</text:p>\s*</table:table-cell>", "\t", s)
    s = re.sub(r"</text:p>|</text:h>|</table:table-row>|<text:line-break/>", "\n", s)
    s = re.sub(r"</table:table-cell>", "\t", s)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", s))


def att_text(fn, blob, flags):
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower()
    try:
        if ext == "pdf":
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Locked(fn)
            t = "\n".join(pg.extract_text() or "" for pg in r.pages)
            if not t.strip():
                flags.add("scan")
            return t
        if ext in ("odt", "ods", "docx", "xlsx", "zip"):
            z = zipfile.ZipFile(io.BytesIO(blob))
            if any(i.flag_bits & 1 for i in z.infolist()):
                raise Locked(fn)
            if z.testzip() is not None:
                raise Opaque(fn)
            if ext in ("odt", "ods"):
                if z.read("mimetype").decode() != MIME[ext]:
                    raise Opaque(fn)
                return strip_xml(z.read("content.xml").decode())
            if ext == "docx":
                d = docx.Document(io.BytesIO(blob))
                parts = [p.text for p in d.paragraphs]
                for tb in d.tables:
                    for row in tb.rows:
                        parts.append(" | ".join(c.text for c in row.cells))
                return "\n".join(parts)
            if ext == "xlsx":
                wb = openpyxl.load_workbook(io.BytesIO(blob), read_only=True)
                return "\n".join(",".join("" if c is None else str(c) for c in row) for ws in wb.worksheets
                                 for row in ws.iter_rows(values_only=True))
            return "\n".join(i.filename + "\n" + att_text(i.filename, z.read(i.filename), flags) for i in z.infolist())
        if ext in ("csv", "txt", "md"):
            return blob.decode("utf-8")
        if ext in ("jpg", "jpeg", "png"):
            Image.open(io.BytesIO(blob)).verify()
            Image.open(io.BytesIO(blob)).load()
            flags.add("scan")
            return ""
    except (Locked, Opaque):
        raise
    except Exception as ex:
        raise Opaque("%s: %s" % (fn, ex))
    raise Opaque(fn + ": unknown type")


def message_text(m, flags):
    texts = []
    for k in ("Subject", "From", "To", "Cc", "Comments", "Keywords"):
        for val in m.get_all(k, []):
            texts.append(str(val))
    for k, val in m.items():
        if k.lower().startswith("x-") or k.lower().startswith("list-"):
            texts.append(str(val))
    ct = m.get_content_type()
    if ct in ("multipart/encrypted", "application/pkcs7-mime"):
        flags.add("encrypted")
        return "\n".join(texts)
    for part in m.walk():
        pct = part.get_content_type()
        if pct == "message/rfc822":
            inner = part.get_payload()[0]
            for k in ("Subject", "From", "To"):
                texts.append(str(inner.get(k, "")))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if pct in ("application/pgp-encrypted",) or (fn == "encrypted.asc"):
            continue
        if fn:
            texts.append(fn)
            try:
                texts.append(att_text(fn, part.get_payload(decode=True), flags))
            except Opaque:
                flags.add("opaque")
            except Locked:
                flags.add("locked")
        else:
            t = part.get_content()
            if pct == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            elif part.get_param("format") == "flowed":
                t = unflow(t)
            if "-----BEGIN PGP MESSAGE-----" in t:
                flags.add("encrypted")
            texts.append(t)
    return "\n".join(texts)


PHONE_ANY = re.compile(r"(?<![\d.])0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}(?![\d.])")
PHONE_OK = re.compile(r"07700 ?900 ?\d{3}|01632 ?960 ?\d{3}|0113 ?496 ?0\d{3}|0161 ?496 ?0\d{3}|020 ?7946 ?0\d{3}")
DOB_HINT = re.compile(r"(?i)(\bd\.?o\.?b\b\.?|date of birth|\bborn\b)[^\n]{0,30}?(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|"
                      r"\b(first|second|third|\w+th|twenty-\w+) of \w+ \d{4})")
SENSITIVE = ("dob", "bank", "benefit_payment", "children")
PERMITTED_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}
LIST_OK = {"name", "nino", "ref", "date", "time"}
C15_KINDS = {"exit_report", "change_of_circumstances", "compliance_doubt", "whp_eb_customer_form"}


def rclass(a, consent, crcp):
    d = a.split("@")[1].lower()
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply"
    if d == INT:
        return "internal"
    if a in consent or a in crcp:
        return "claimant"
    return "third"


def derive(rec, subject, consent):
    f, t, rc = rec["facts"], rec["truth"], rec["rcpt_to"]
    if f.get("encrypted"):
        return "relay", "already_encrypted"
    if f.get("opaque"):
        return "reject", "reject_uninspectable"
    if f.get("scan"):
        return "encrypt", "encrypt_no_text_scan"
    crcp = set(f.get("claimant_rcpt", []))
    classes = {a: rclass(a, consent, crcp) for a in rc}
    if f.get("cv_count", 0) and any(c == "claimant" and a not in consent for a, c in classes.items()):
        return "reject", "reject_cv_no_consent"
    if f.get("pw"):
        return "encrypt", "encrypt_password_protected"
    if "[ENCRYPT]" in subject.upper():
        return "encrypt", "encrypt_sender_tag"
    if t == T0:
        return "relay", NC
    sens = t["ninos"] > 0 or any(t[k] for k in SENSITIVE) or bool(t["special"])
    kinds = set(t["doc_kinds"])
    extra = f.get("extra", False)
    outs = []
    for a, c in classes.items():
        ex = None
        if c == "internal":
            ex = "internal"
        elif c == "claimant":
            if (a in consent and f.get("cv_count") == 1 and kinds == {"cv"} and not extra and t["ninos"] == 0
                    and not t["dob"] and not t["bank"]
                    and not set(t["special"]) & {"health", "mental_health", "ethnicity", "criminal"}):
                ex = "cv_to_claimant"
            elif (kinds and kinds <= PERMITTED_LETTERS and 0 < f.get("letters", 0) <= 10 and not sens and not extra):
                ex = "letters_up_to_10"
        else:
            if f.get("name_only") and t == T(subjects=1):
                ex = "one_name"
            elif c == "dwp" and kinds and kinds <= {"ucnea1", "good_news_story"} and f.get("records") == 1 and not extra:
                ex = "dwp_ucnea1_gns"
            elif (c == "dwp" and kinds and kinds <= C15_KINDS and f.get("records") == 1 and not extra
                  and rec["mail_from"] == PROV_INBOX and a == DWP_INBOX):
                ex = "dwp_c15_process"
            elif c == "supply" and f.get("fwd_record") == 1 and not extra:
                ex = "forward_subcontractor"
            elif f.get("nino_only") and not extra and not sens_beyond_nino(t):
                ex = "nino_only_list" if c != "dwp" else "nino_only_list"
            elif (f.get("list_rows") and f["list_rows"] <= 500 and set(f.get("list_cols", [])) <= LIST_OK and not extra
                  and not (t["dob"] or t["bank"] or t["benefit_payment"] or t["children"] or t["special"]
                           or t["contact_details"])):
                ex = "dwp_names_list" if c == "dwp" else "names_list_500"
            elif c != "dwp" and kinds == {"cv"} and 0 < f.get("cv_count", 0) <= 10 and not sens and not extra:
                ex = "cvs_up_to_10"
            elif (c != "dwp" and kinds and kinds <= {"application_form", "application_form_couple"}
                  and 0 < f.get("form_people", 0) <= 10 and not sens and not extra):
                ex = "application_forms_up_to_10"
            elif (c != "dwp" and kinds and kinds <= PERMITTED_LETTERS and 0 < f.get("letters", 0) <= 10 and not sens
                  and not extra):
                ex = "letters_up_to_10"
        outs.append(ex)
    if all(outs):
        ext = [o for o in outs if o != "internal"]
        if not ext:
            return "relay", "INTERNAL_ONLY"
        return "relay", ext[0]
    return "encrypt", None


def sens_beyond_nino(t):
    return t["dob"] or t["bank"] or t["benefit_payment"] or t["children"] or t["special"] or t["contact_details"]


ENC_RULE_OK = {
    "encrypt_nino": lambda t, f: t["ninos"] > 0,
    "encrypt_dob_bank": lambda t, f: t["dob"] or t["bank"],
    "encrypt_special_category": lambda t, f: bool(t["special"]),
    "encrypt_benefit_children": lambda t, f: t["benefit_payment"] or t["children"],
    "encrypt_beyond_name": lambda t, f: t["contact_details"] and t["data_subjects"] == 1,
    "encrypt_over_limit": lambda t, f: (f.get("cv_count", 0) > 10 or f.get("form_people", 0) > 10
                                        or f.get("list_rows", 0) > 500 or f.get("fwd_record", 0) > 1
                                        or f.get("letters", 0) > 10),
    "encrypt_list_forbidden_column": lambda t, f: bool(set(f.get("list_cols", [])) - LIST_OK),
    "encrypt_letter_kind": lambda t, f: "letter_other" in t["doc_kinds"],
    "encrypt_dwp_process": lambda t, f: bool(set(t["doc_kinds"]) & (C15_KINDS | {"ucnea1", "good_news_story"})),
    "encrypt_claimant_recipient": lambda t, f: True,
    "encrypt_sender_tag": lambda t, f: True, "encrypt_password_protected": lambda t, f: True,
    "encrypt_no_text_scan": lambda t, f: True,
}


def selfcheck(files):
    from email import message_from_bytes
    from email.utils import getaddresses
    consent = set(files["consent.txt"].decode().split())
    labels = [json.loads(l) for l in files["labels.jsonl"].decode().splitlines()]
    probs = []
    for rec in labels:
        hid = rec["id"]
        raw = files[rec["file"]]
        m = message_from_bytes(raw, policy=policy.default)
        frm = getaddresses([str(m["From"])])[0][1]
        snd = getaddresses([str(m["Sender"])])[0][1] if m["Sender"] else None
        if rec["mail_from"] not in (frm, snd):
            probs.append((hid, "envelope sender matches neither From nor Sender"))
        hdr = [a for _, a in getaddresses([str(x) for x in m.get_all("To", []) + m.get_all("Cc", [])]) if "@" in a]
        for a in hdr:
            if a not in rec["rcpt_to"] and a != LISTADDR and not a.startswith("tavistock.jobclub@"):
                probs.append((hid, "header recipient %s not in rcpt_to" % a))
        if m["Bcc"]:
            probs.append((hid, "Bcc header"))
        dt = m["Date"].datetime
        if not (dt.year == 2026 and dt.month == 12 and 1 <= dt.day <= 18 and dt.weekday() < 5):
            probs.append((hid, "Date not a working day 1-18 Dec 2026"))
        flags = set()
        full = message_text(m, flags)
        t, f, rule, act = rec["truth"], rec["facts"], rec["rule"], rec["expected_action"]
        # structure flags against facts
        for fl, fact in (("opaque", "opaque"), ("locked", "pw"), ("scan", "scan"), ("encrypted", "encrypted")):
            if (fl in flags) != bool(f.get(fact)):
                probs.append((hid, "flag %s=%s but fact %s=%s" % (fl, fl in flags, fact, f.get(fact))))
        if (f.get("encrypted") or f.get("opaque") or f.get("pw") or f.get("scan")) and t != T0:
            probs.append((hid, "unreadable case with non-empty truth"))
        ns = find_ninos(full)
        if len(ns) != t["ninos"] and not (f.get("pw") or f.get("scan") or f.get("encrypted") or f.get("opaque")):
            probs.append((hid, "NINOs found %d != truth %d" % (len(ns), t["ninos"])))
        if DOB_HINT.search(full) and not t["dob"]:
            probs.append((hid, "DOB-like text but truth.dob false: %r" % DOB_HINT.search(full).group(0)))
        if t["dob"] and not DOB_HINT.search(full) and not re.search(r"(?i)\bDOB\b", full):
            probs.append((hid, "truth.dob but no DOB found"))
        for mm in PHONE_ANY.finditer(full):
            if not PHONE_OK.fullmatch(mm.group(0)):
                probs.append((hid, "phone outside drama ranges: %s" % mm.group(0)))
        for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", full):
            if not iban_valid(ib):
                probs.append((hid, "bad IBAN"))
        for cd in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
            if not luhn_ok(cd):
                probs.append((hid, "bad Luhn"))
        if rule == NC and t != T0:
            probs.append((hid, "no_claimant_data with truth"))
        if t != T0 and all(rclass(a, consent, set()) == "internal" for a in rec["rcpt_to"]):
            probs.append((hid, "claimant data only to internal recipients"))
        if "[ENCRYPT]" in str(m["Subject"]).upper() and rule not in ("encrypt_sender_tag", "reject_cv_no_consent"):
            probs.append((hid, "tag but rule " + rule))
        a2, r2 = derive(rec, str(m["Subject"]), consent)
        if a2 != act:
            probs.append((hid, "derived %s/%s but label %s/%s" % (a2, r2, act, rule)))
        elif r2 and r2 != rule:
            probs.append((hid, "derived rule %s but label %s" % (r2, rule)))
        elif act == "encrypt" and r2 is None and not ENC_RULE_OK.get(rule, lambda *_: False)(t, f):
            probs.append((hid, "encrypt rule %s not supported by truth/facts" % rule))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            probs.append((hid, "cv_to_claimant recipient not consented"))
        if t["data_subjects"] == 0 and t != T0:
            probs.append((hid, "claimant data but no data subject"))
    return labels, probs


def summary(labels):
    from collections import Counter
    print("messages:", len(labels))
    print("actions:", dict(Counter(r["expected_action"] for r in labels)))
    print("rules:", dict(sorted(Counter(r["rule"] for r in labels).items())))


def main():
    check_only = "--check" in sys.argv
    files, _ = generate()
    if not check_only:
        write(files)
    disk = {}
    for k in files:
        pth = os.path.join(HERE, k)
        if not os.path.exists(pth):
            print("PROBLEM missing", k)
            sys.exit(1)
        disk[k] = open(pth, "rb").read()
    extra = set("mail/" + x for x in os.listdir(MAIL_DIR)) - set(files)
    labels, probs = selfcheck(disk)
    for k in files:
        if files[k] != disk[k]:
            probs.append((k, "fresh build differs from the file on disk"))
    for k in extra:
        probs.append((k, "stray file"))
    summary(labels)
    for p in probs:
        print("PROBLEM", *p)
    if probs:
        sys.exit(1)
    if not check_only:
        r = subprocess.run([sys.executable, os.path.abspath(__file__), "--check"], capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            print("PROBLEM rebuild in a fresh process differs")
            sys.exit(1)
    print("self-check OK" + (" (files on disk == fresh build)" if check_only else "; fresh-process rebuild identical"))


if __name__ == "__main__":
    main()

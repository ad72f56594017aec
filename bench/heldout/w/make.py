#!/usr/bin/env python3
"""Held-out set W: the central functions of a national prime in Leeds.

Meridian Employment & Skills (a fictional national prime for Restart, WHP and IPES
contracts) runs its data-protection office, safeguarding team, complaints team, HR and
the MI/BI team from Meridian House in Leeds.  This set is their outbound mail: subject
access and erasure requests, breach reports, records of processing, DPIA drafts,
safeguarding referrals and concerns logs, complaints, staff matters, and the MI/BI
team's automated mail (Power BI and SSRS subscriptions, MOVEit notices, ServiceNow and
Jira notifications, Microsoft Forms notices, calendar invitations, zip passwords).

Written from shared/RULES.md only.  Deterministic: every scenario reseeds `random` and
Faker from its own name; fixed Date headers, Message-IDs and boundaries; normalised
zip / OOXML / PDF metadata; seeded salts for AES zips and encrypted PDFs.

    python make.py          # writes mail/, labels.jsonl, consent.txt, then self-checks
    python make.py --check  # checks the files on disk and that a fresh build is identical
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
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, formataddr

from faker import Faker
from fpdf import FPDF
import fpdf.encryption
import docx
import openpyxl
from PIL import Image, ImageDraw, ImageFilter
import pyzipper
import pyzipper.zipfile_aes

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PREFIX = "hw"
SET_SEED = "heldout-w-2026-12-05"

# ================================================================= world
INT = "provider.example.org.uk"
PRIME = "Meridian Employment & Skills"
PRIME_ADDR = "Meridian House, 18 Wharf Approach, Leeds LS1 4BZ"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = {NORTHSTAR, BRIDGEWAY}
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
EMPLOYER_DOMAINS = {"acme-logistics.co.uk", "greenfield-care.com", "citybuild-ltd.co.uk",
                    "harbourview-hotels.co.uk", "brightside-retail.co.uk"}

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_ZIP_DT = (2026, 11, 2, 9, 0, 0)
WORKDAYS = [d for d in (datetime.date(2026, 11, 16) + datetime.timedelta(days=i) for i in range(19))
            if d.weekday() < 5]  # Mon 16 Nov .. Fri 4 Dec 2026
UTC = datetime.timezone.utc

LETTER_OK = {"letter_interview", "letter_job_offer", "letter_appointment"}
C15_KINDS = {"exit_report", "change_of_circumstances", "compliance_doubt", "whp_eb_customer_form", "esf_form",
             "whps01"}
CATS = ("health", "mental_health", "substance", "criminal", "ethnicity", "sexual_orientation", "religion",
        "trade_union")
FORBIDDEN_COLS = {"dob", "address", "postcode", "phone", "mobile", "email", "benefit_amount", "child_support"}


# ================================================================= seeded context
class Ctx:
    """Per-scenario state: its own random, Faker, date and the consent entries it adds."""

    def __init__(self, name):
        self.name = name
        seed = int(hashlib.sha256((SET_SEED + ":" + name).encode()).hexdigest()[:16], 16)
        self.R = random.Random(seed)
        self.fake = FAKE
        self.fake.seed_instance(seed)
        day = self.R.choice(WORKDAYS)
        self.date = datetime.datetime(day.year, day.month, day.day, self.R.randint(8, 16), self.R.randint(0, 59),
                                      self.R.randint(0, 59), tzinfo=UTC)
        self.consent = []
        self.used_ninos = set()
        self.used_emails = set()

    def fix(self, y, mo, d, h, mi):
        self.date = datetime.datetime(y, mo, d, h, mi, self.R.randint(0, 59), tzinfo=UTC)

    def earlier(self, minutes):
        """a datetime some minutes before this message, kept on a working day"""
        d = self.date - datetime.timedelta(minutes=minutes)
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def rng_bytes(self, n):
        return bytes(self.R.getrandbits(8) for _ in range(n))


FAKE = Faker("en_GB")

# ================================================================= identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(c):
    while True:
        p = c.R.choice(NINO_FIRST) + c.R.choice(NINO_SECOND)
        if p in BAD_PREFIX:
            continue
        n = p + "%06d" % c.R.randint(0, 999999) + c.R.choice("ABCD")
        if n not in c.used_ninos:
            c.used_ninos.add(n)
            return n


def nsp(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mobile(c):
    return "07700 900%03d" % c.R.randint(0, 999)


def landline(c):
    return c.R.choice(["0113 496 0%03d", "01632 960%03d", "0161 496 0%03d"]) % c.R.randint(0, 999)


AREAS = [("LS", 29, "Leeds"), ("BD", 24, "Bradford"), ("WF", 17, "Wakefield"), ("HX", 7, "Halifax"),
         ("HD", 9, "Huddersfield"), ("S", 36, "Sheffield"), ("DN", 41, "Doncaster"), ("HG", 5, "Harrogate"),
         ("YO", 62, "York"), ("HU", 20, "Hull")]


def postcode(c):
    a, mx, town = c.R.choice(AREAS)
    d = c.R.randint(1, mx)
    pc = "%s%d %d%s%s" % (a, d, c.R.randint(1, 9), c.R.choice("ABDEFGHJLNPQRSTUWXYZ"),
                          c.R.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return pc, town


def iban(c):
    bank = "".join(c.R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
    bban = bank + "%06d" % c.R.randint(0, 999999) + "%08d" % c.R.randint(0, 99999999)
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_card(c):
    digits = [5, 4, 9, 9] + [c.R.randint(0, 9) for _ in range(11)]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    s = "".join(map(str, digits + [(10 - tot % 10) % 10]))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(s):
    ds = [int(ch) for ch in s if ch.isdigit()]
    t = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def sort_code(c):
    return "%02d-%02d-%02d" % (c.R.randint(10, 99), c.R.randint(0, 99), c.R.randint(0, 99))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["", "1st", "2nd", "3rd"] + ["%dth" % i for i in range(4, 21)] + ["21st", "22nd", "23rd"] + \
      ["%dth" % i for i in range(24, 29)]


def d_long(d):
    return "%s %d %s %d" % (d.strftime("%A"), d.day, MONTHS[d.month - 1], d.year)


def d_short(d):
    return "%d %s" % (d.day, MONTHS[d.month - 1])


def future_day(c, lo=3, hi=25):
    d = c.date.date() + datetime.timedelta(days=c.R.randint(lo, hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def past_day(c, lo=3, hi=60):
    d = c.date.date() - datetime.timedelta(days=c.R.randint(lo, hi))
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d


# ================================================================= people
HAND = [("Adebayo", "Okonkwo", "m"), ("Harpreet", "Kaur", "f"), ("Dominika", "Wiśniewska", "f"),
        ("Marek", "Dvořák", "m"), ("Kwame", "Mensah", "m"), ("Siobhán", "Ní Dhomhnaill", "f"),
        ("Łukasz", "Wróbel", "m"), ("Shabnam", "Akhtar", "f"), ("Grzegorz", "Nowicki", "m"),
        ("Leanne", "Fairbairn", "f"), ("Abdirahman", "Warsame", "m"), ("Zofia", "Kowalczyk", "f"),
        ("Mohammed", "Al-Rashid", "m"), ("Thi Lan", "Nguyen", "f"), ("Kerry-Ann", "Campbell", "f"),
        ("Jake", "Pollard", "m"), ("Aisling", "Byrne", "f"), ("Emre", "Demir", "m"), ("Priya", "Chauhan", "f"),
        ("Callum", "Reid", "m"), ("Fatima", "Begum", "f"), ("Tendai", "Moyo", "m"), ("Oksana", "Melnyk", "f"),
        ("Rhys", "Llewellyn", "m"), ("Chidi", "Eze", "m"), ("Mei", "Lin", "f"), ("Arif", "Chowdhury", "m"),
        ("Bogdan", "Popescu", "m"), ("Yasmin", "Haddad", "f"), ("Darnell", "Francis", "m"), ("Ioana", "Stan", "f"),
        ("Seán", "O'Driscoll", "m"), ("Amara", "Nwosu", "f"), ("Jolene", "Pickersgill", "f"),
        ("Tariq", "Mahmood", "m"), ("Wiktoria", "Lewandowska", "f"), ("Gareth", "Pryce-Jones", "m"),
        ("Nadia", "Benali", "f"), ("Kacper", "Nowak", "m"), ("Ayesha", "Siddiqui", "f"), ("Ruairí", "Gallagher", "m"),
        ("Sinead", "Maguire", "f"), ("Dariusz", "Zając", "m"), ("Efua", "Asante", "f"), ("Hamza", "Yusuf", "m"),
        ("Ngozi", "Adeyemi", "f"), ("Liam", "Doherty", "m"), ("Kayleigh", "Booth", "f"), ("Ravi", "Naidoo", "m"),
        ("Joanna", "Kwiatkowska", "f"), ("Samir", "Khalil", "m"), ("Mercy", "Boateng", "f")]


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, c, first=None, last=None, sex=None, domain=None, consent=False, age=None):
        if first is None:
            if c.R.random() < 0.45:
                first, last, sex = c.R.choice(HAND)
            else:
                sex = sex or c.R.choice("mf")
                first = c.fake.first_name_male() if sex == "m" else c.fake.first_name_female()
                last = c.fake.last_name()
        self.first, self.last = first, last
        self.sex = sex or c.R.choice("mf")
        self.name = "%s %s" % (first, last)
        self.house = c.R.randint(2, 160)
        self.street = c.fake.street_name()
        self.postcode, self.town = postcode(c)
        self.address = "%d %s, %s %s" % (self.house, self.street, self.town, self.postcode)
        self.mobile = mobile(c)
        dom = domain or c.R.choice(CLAIMANT_DOMAINS)
        base = ascii_fold(first + last).lower().replace("'", "").replace("-", "").replace(" ", "")
        pat = c.R.choice(["{f}.{l}{n}", "{f}{l}{n}", "{f}_{l}", "{l}.{f}{n}", "{i}{l}{n}"])
        local = pat.format(f=ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", ""),
                           l=ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", ""),
                           i=ascii_fold(first)[0].lower(), n=c.R.randint(1, 99))
        self.email = "%s@%s" % (local or base, dom)
        while self.email in c.used_emails:
            self.email = "%s%d@%s" % (local, c.R.randint(100, 999), dom)
        c.used_emails.add(self.email)
        self.age = age or c.R.randint(19, 62)
        self.dob = datetime.date(2026 - self.age - 1, c.R.randint(1, 12), c.R.randint(1, 28))
        self.nino = nino(c)
        self.ref = "MES-%06d" % c.R.randint(100000, 999999)
        self.prap = "PRAP%08d" % c.R.randint(10000000, 99999999)
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "m" else ("she", "her", "her")
        self.title = "Mr" if self.sex == "m" else c.R.choice(["Ms", "Mrs", "Miss"])
        if consent:
            c.consent.append(self.email)

    @property
    def fname(self):
        return ascii_fold(self.name)


# ================================================================= staff and contacts
class Who:
    def __init__(self, first, last, title, org, email, phone=None, mob=None, sigstyle="full"):
        self.first, self.last, self.title, self.org, self.email = first, last, title, org, email
        self.name = ("%s %s" % (first, last)).strip()
        self.phone, self.mob, self.sigstyle = phone, mob, sigstyle


def staff(first, last, title, phone, mob, local=None):
    local = local or ascii_fold("%s.%s" % (first, last)).lower().replace(" ", "").replace("'", "")
    return Who(first, last, title, PRIME, "%s@%s" % (local, INT), phone, mob)


S = {
    "fiona": staff("Fiona", "Rennard", "Data Protection Officer", "0113 496 0201", "07700 900214"),
    "bilal": staff("Bilal", "Hussain", "Information Governance Officer", "0113 496 0203", "07700 900381"),
    "chloe": staff("Chloe", "Whitworth", "Information Rights Officer", "0113 496 0204", None),
    "marcia": staff("Marcia", "Campbell-Reid", "Head of Safeguarding (Designated Safeguarding Lead)", "0113 496 0310",
                    "07700 900512"),
    "tomasz": staff("Tomasz", "Zieliński", "Safeguarding Officer", "0113 496 0312", "07700 900627",
                    local="tomasz.zielinski"),
    "gurpreet": staff("Gurpreet", "Sandhu", "Complaints Manager", "0113 496 0420", None),
    "eilidh": staff("Eilidh", "MacLeod", "Complaints Officer", "0113 496 0422", "07700 900733"),
    "natasha": staff("Natasha", "Kowalski", "HR Business Partner", "0113 496 0530", "07700 900845"),
    "dafydd": staff("Dafydd", "Rees", "HR Adviser", "0113 496 0532", None),
    "priyanka": staff("Priyanka", "Venkataraman", "Head of MI and Business Intelligence", "0113 496 0640",
                      "07700 900956"),
    "lewis": staff("Lewis", "Crabtree", "BI Developer", "0113 496 0642", None),
    "aoife": staff("Aoife", "Brennan", "Data Exchange Officer", "0113 496 0650", None),
    "segun": staff("Segun", "Adeyemi", "Employment Services Manager", "0113 496 0660", "07700 900168"),
    "hollie": staff("Hollie", "Marsden", "Careers Adviser, Central CV Team", "0113 496 0671", None),
    "imogen": staff("Imogen", "Thwaite", "Head of Quality and Performance", "0113 496 0680", "07700 900277"),
}
BOX = {
    "dp": Who("Data Protection Office", "", "", PRIME, "dataprotection@" + INT, "0113 496 0200"),
    "sg": Who("Safeguarding Team", "", "", PRIME, "safeguarding@" + INT, "0113 496 0300"),
    "cx": Who("Complaints Team", "", "", PRIME, "complaints@" + INT, "0113 496 0400"),
    "hr": Who("HR Team", "", "", PRIME, "hr@" + INT, "0113 496 0500"),
    "mi": Who("MI Reports", "", "", PRIME, "mi.reports@" + INT),
    "dx": Who("WHP Data Exchange", "", "", PRIME, PROV_INBOX),
    "ps": Who("Participant Services", "", "", PRIME, "participant.services@" + INT, "0808 157 0192"),
    "cv": Who("Meridian Careers Team", "", "", PRIME, "careers@" + INT),
    "pbi": Who("Power BI", "", "", PRIME, "powerbi.subscriptions@" + INT),
    "ssrs": Who("SQL Server Reporting Services", "", "", PRIME, "ssrs-noreply@" + INT),
    "moveit": Who("MOVEit Transfer", "", "", PRIME, "moveit@" + INT),
    "snow": Who("Meridian IT Service Desk", "", "", PRIME, "servicenow@" + INT),
    "jira": Who("Jira Service Management", "", "", PRIME, "jira@" + INT),
    "forms": Who("Microsoft Forms", "", "", PRIME, "forms-notifications@" + INT),
}


def ext(first, last, title, org, domain, local=None, phone=None):
    local = local or ascii_fold("%s.%s" % (first, last)).lower().replace(" ", "").replace("'", "")
    return Who(first, last, title, org, "%s@%s" % (local, domain), phone)


NS = {
    "rebecca": ext("Rebecca", "Thornton", "Data and MI Manager", "Northstar Training", NORTHSTAR, phone="01632 960114"),
    "kieran": ext("Kieran", "Walsh", "Operations Manager", "Northstar Training", NORTHSTAR, phone="01632 960117"),
    "refs": Who("Northstar Referrals", "", "", "Northstar Training", "referrals@" + NORTHSTAR),
    "tutor": ext("Yusuf", "Patel", "Lead Tutor", "Northstar Training", NORTHSTAR, phone="01632 960121"),
}
BW = {
    "ama": ext("Ama", "Owusu", "Safeguarding Lead", "Bridgeway Support", BRIDGEWAY, phone="0161 496 0441"),
    "daniel": ext("Daniel", "Ferreira", "Service Manager", "Bridgeway Support", BRIDGEWAY, phone="0161 496 0440"),
    "intake": Who("Bridgeway Intake", "", "", "Bridgeway Support", "intake@" + BRIDGEWAY),
    "finance": ext("Maxine", "Oduya", "Finance Officer", "Bridgeway Support", BRIDGEWAY, phone="0161 496 0447"),
}
DWP = {
    "roa": Who("Right of Access Gateway Team", "", "", "DWP", "rightofaccess.requests@dwp.gov.uk"),
    "dpo": Who("DWP Data Protection Office", "", "", "DWP", "data.protectionofficer@dwp.gov.uk"),
    "enq": Who("WHP Enquiries", "", "", "DWP", "whp.enquiries@dwp.gov.uk"),
    "sec": Who("WPD Security", "", "", "DWP", "wpd.security@dwp.gov.uk"),
    "inbox": Who("WHP Provider Inbox", "", "", "DWP", DWP_INBOX),
    "prap": Who("PRaP Support", "", "", "DWP", "prap.support@dwp.gsi.gov.uk"),
    "cpm": ext("Gillian", "Morrow", "Contract Performance Manager", "DWP", "dwp.gov.uk"),
    "pm": ext("Ruth", "O'Sullivan", "Partnership Manager", "DWP", "dwp.gsi.gov.uk", local="ruth.osullivan"),
    "wc": ext("Imran", "Baig", "Work Coach, Leeds Eastgate Jobcentre", "DWP", "jobcentreplus.gov.uk"),
    "wc2": ext("Sharon", "Keighley", "Work Coach, Wakefield Jobcentre", "DWP", "jobcentreplus.gsi.gov.uk"),
    "inc": Who("DWP Security Incident Team", "", "", "DWP", "security.incidents@dwp.gov.uk"),
}
EMP = {
    "acme": ext("Naomi", "Davies", "HR Manager", "Acme Logistics (Normanton DC)", "acme-logistics.co.uk"),
    "green": ext("Rosemary", "Cameron", "Registered Manager", "Greenfield Care", "greenfield-care.com"),
    "city": ext("Robert", "Gilbert", "Site Manager", "CityBuild Ltd", "citybuild-ltd.co.uk"),
    "harbour": ext("Colette", "Martin", "Head of People", "Harbourview Hotels", "harbourview-hotels.co.uk"),
    "bright": ext("Ollie", "Steadman", "Area Recruitment Lead", "Brightside Retail", "brightside-retail.co.uk"),
}
TP = {
    "solicitor": ext("Helen", "Moss", "Partner", "Hartley Moss Solicitors", "hartleymoss-law.co.uk"),
    "advocate": ext("Kirsty", "Lindqvist", "Independent Advocate", "Aire Advocacy", "aire-advocacy.org.uk"),
    "council": Who("Adult Safeguarding Hub", "", "", "West Riding Council",
                   "adult.safeguarding@westriding-council.gov.uk"),
    "oh": ext("Paul", "Easby", "Occupational Health Adviser", "ClearPath Occupational Health", "clearpath-oh.co.uk"),
    "dbs": Who("Verity Screening", "", "", "Verity Screening", "support@verity-screening.co.uk"),
    "union": ext("Marion", "Achebe", "Regional Organiser", "UNISON Yorkshire & Humber region", "unionregion-yh.org.uk"),
    "auditor": ext("Stuart", "Ledgerwood", "Director", "Ledgerwood Assurance", "ledgerwood-assurance.co.uk"),
    "itsup": Who("Pennant IT Support", "", "", "Pennant IT", "support@pennant-it.co.uk"),
    "bi": ext("Megan", "Hallett", "Power BI Consultant", "Datavale Analytics", "datavale-analytics.co.uk"),
    "insurer": ext("Graham", "Pell", "Cyber Claims Handler", "Harbour Mutual", "harbourmutual.co.uk"),
    "nursery": ext("Lisa", "Hartley", "Nursery Manager", "Little Oaks Nursery", "little-oaks-nursery.co.uk"),
    "venue": Who("Events Team", "", "", "The Calls Conference Centre", "events@thecalls-venue.co.uk"),
    "agency": ext("Farah", "Qadir", "Senior Consultant", "Kirkstall Recruitment", "kirkstall-recruit.co.uk"),
    "records": Who("Records Retrieval", "", "", "Aire Records Storage", "retrievals@aire-records.co.uk"),
    "trainer": ext("Joel", "Ambrose", "Course Director", "Mindful Workplaces CIC", "mindful-workplaces.org.uk"),
    "housing": Who("Tenancy Support", "", "", "Aire Valley Homes", "tenancy.support@airevalley-homes.org.uk"),
    "hub": ext("Tasha", "Greenwood", "Business Adviser", "Enterprise Hub", "enterprise-hub.co.uk"),
}

DISCLAIMER = (
    "CONFIDENTIALITY: This e-mail and any attachment are confidential and intended for the addressee only. They "
    "may contain personal data, including special category data such as information about a person's health, "
    "mental health, disability, racial or ethnic origin, religious beliefs, sexual orientation or trade union "
    "membership, and criminal offence data, which Meridian Employment & Skills processes for the Department for "
    "Work and Pensions under UK GDPR and the Data Protection Act 2018. If you are not the intended recipient, "
    "tell the sender and delete this e-mail; do not copy, use or disclose it. E-mail is monitored for security "
    "and compliance purposes.\n"
    "Safeguarding: if you are worried about the safety of a child or an adult at risk, call our safeguarding "
    "line on 0113 496 0999. Meridian Employment & Skills Ltd, registered in England and Wales no. 07418852. "
    "Registered office: " + PRIME_ADDR + ".")
DISCLAIMER_SHORT = ("This message may contain personal or special category data (for example health information "
                    "or criminal convictions). If received in error, please notify the sender and delete it.")
NS_FOOTER = ("Northstar Training Ltd is an approved subcontractor of Meridian Employment & Skills. This e-mail may "
             "contain confidential or sensitive personal information (including health data). If you are not the "
             "intended recipient please delete it.")


def sig(s, disclaimer=True, style=None, sign=False, closing=True):
    style = style or s.sigstyle
    lines = ["", "", "Kind regards", ""] if closing else ["", ""]
    if style == "short":
        lines = ["", ""] + (["Thanks", s.first, ""] if sign else []) + ["-- ", "%s | %s | %s" % (s.name, s.title, s.org)]
        if s.phone:
            lines.append("T: %s" % s.phone)
    else:
        lines += [s.name]
        if s.title:
            lines.append(s.title)
        lines.append(s.org)
        tel = "T: %s" % s.phone if s.phone else ""
        if s.mob:
            tel += (" | " if tel else "") + "M: %s" % s.mob
        if tel:
            lines.append(tel)
        lines += ["E: %s" % s.email, PRIME_ADDR, "www.provider.example.org.uk"]
    out = "\n".join(lines)
    if disclaimer:
        out += "\n\n" + (DISCLAIMER if disclaimer is True else disclaimer)
    return out


def ext_sig(w):
    lines = ["", "", w.name if w.last else w.first]
    if w.title:
        lines.append(w.title)
    lines.append(w.org)
    if w.phone:
        lines.append("Tel: %s" % w.phone)
    return "\n".join(lines)


def greet(w):
    return w.first if w.last else "all"


# ================================================================= text / html helpers
def esc(t):
    return htmllib.escape(t, quote=False)


def text_html_paras(t):
    out = []
    for para in t.split("\n\n"):
        p = esc(para).replace("\n", "<br>\n")
        if para.startswith("CONFIDENTIALITY") or para.startswith("Safeguarding:") or para.startswith("This message may"):
            out.append('<p style="font-size:8pt;color:#7f7f7f">%s</p>' % p)
        else:
            out.append("<p>%s</p>" % p)
    return "\n".join(out)


def html_doc(inner, style="outlook"):
    if style == "mac":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p {margin:0;}</style></head>\n<body>\n<div dir="ltr">\n'
                '<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                '%s\n</div>\n</div>\n</body>\n</html>\n' % inner)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">\n%s\n</div>\n'
            '</body></html>\n' % inner)


def html_table(header, rows):
    h = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
    if header:
        h += "<tr>" + "".join('<th style="background:#dce6f1">%s</th>' % esc(str(x)) for x in header) + "</tr>\n"
    for r in rows:
        h += "<tr>" + "".join("<td>%s</td>" % esc(str(x)) for x in r) + "</tr>\n"
    return h + "</table>"


def text_table(header, rows):
    cols = list(zip(*([header] + [[str(x) for x in r] for r in rows])))
    w = [max(len(str(x)) for x in col) for col in cols]
    line = lambda r: "  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()
    return "\n".join([line(header), "  ".join("-" * x for x in w)] + [line(r) for r in rows])


def kv_text(pairs):
    w = max(len(k) for k, _ in pairs) + 1
    return "\n".join(("%s:" % k).ljust(w) + " " + str(v) for k, v in pairs)


def fmt_outlook_sent(dt):
    return "%s %d %s %d %02d:%02d" % (dt.strftime("%A"), dt.day, MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)


def fmt_gmail(dt):
    return "On %s, %d %s %d at %02d:%02d" % (dt.strftime("%a"), dt.day, dt.strftime("%b"), dt.year, dt.hour,
                                             dt.minute)


def addr(w):
    return "%s <%s>" % (w.name, w.email) if w.name else w.email


def quote_outlook(frm, dt, to, subject, body, cc=None):
    s = "\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (addr(frm), fmt_outlook_sent(dt), to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n%s" % (subject, body)


def quote_mac(frm, dt, to, subject, body):
    return ("\n\nFrom: %s\nDate: %s, %d %s %d at %02d:%02d\nTo: %s\nSubject: %s\n\n%s" %
            (addr(frm), dt.strftime("%A"), dt.day, MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, to, subject,
             body))


def quote_gt(frm, dt, body):
    q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    return "%s %s <%s> wrote:\n%s" % (fmt_gmail(dt), frm.name, frm.email, q)


def gmail_quote_html(frm, dt, inner_html):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s %s &lt;<a href="mailto:%s">%s</a>&gt; '
            'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (fmt_gmail(dt), esc(frm.name), frm.email,
                                                                          frm.email, inner_html))


def plain_to_html(t):
    return esc(t).replace("\n", "<br>\n")


# ================================================================= documents
def latin1(t):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-",
           "\u2026": "...", "\u00b7": "."}
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


class _SeededBytes:
    def __init__(self):
        self.r = random.Random(0)

    def reset(self, seed):
        self.r = random.Random(seed)

    def __call__(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))


SEEDED = _SeededBytes()
fpdf.encryption.StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, size: SEEDED(size))


class _SeededRandomModule:
    @staticmethod
    def new():
        class _R:
            def read(self, n):
                return SEEDED(n)
        return _R()


pyzipper.zipfile_aes.Random = _SeededRandomModule


def new_pdf(title, author=PRIME, creator=None):
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT)
    p.set_title(latin1(title))
    p.set_author(latin1(author))
    if creator:
        p.set_creator(creator)
    p.set_auto_page_break(True, 15)
    return p


def pdf_blocks(p, blocks, footer=None):
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
            for key, v in b[1]:
                y0 = p.get_y()
                p.set_font("helvetica", "B", 9)
                p.multi_cell(62, 6, latin1(key), border=1, new_x="RIGHT", new_y="TOP")
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
                for cell in r:
                    p.cell(w, 5.5, latin1(str(cell))[:42], border=1)
                p.ln()
            p.ln(3)
    if footer:
        p.set_y(-20)
        p.set_font("helvetica", "I", 7)
        p.cell(0, 5, latin1(footer), align="C")


def pdf_bytes(title, pages, password=None, seed=0, footer=None, creator=None):
    SEEDED.reset(seed)
    p = new_pdf(title, creator=creator)
    for i, blocks in enumerate(pages):
        pdf_blocks(p, blocks, footer=("%s  Page %d of %d" % (footer, i + 1, len(pages))) if footer else None)
    if password:
        from fpdf.enums import EncryptionMethod
        p.set_encryption(owner_password="own-" + password, user_password=password,
                         encryption_method=EncryptionMethod.AES_256)
    return bytes(p.output())


def _norm_core(t):
    t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2026-11-02T09:00:00Z\2", t)
    t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-11-02T09:00:00Z\2", t)
    return t


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _norm_core(blob.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, blocks, author=PRIME, header_text=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
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
            for key, v in b[1]:
                row = t.add_row().cells
                row[0].text = key
                row[1].text = str(v)
            d.add_paragraph("")
        elif k == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, hc in enumerate(header):
                t.rows[0].cells[i].text = str(hc)
            for r in rows:
                cells = t.add_row().cells
                for i, cell in enumerate(r):
                    cells[i].text = str(cell)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def xlsx_bytes(sheets, author=PRIME):
    """sheets: list of (title, header, rows)"""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def csv_bytes(header, rows, delim=",", crlf=True, bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return (b"\xef\xbb\xbf" if bom else b"") + s.getvalue().encode("utf-8")


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
    SEEDED.reset(seed)
    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password.encode())
        for name, blob in files:
            zi = z.zipinfo_cls(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = pyzipper.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


_CRC = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def zipcrypto_bytes(files, password, seed):
    """traditional PKWARE encryption, stored entries"""
    rr = random.Random(seed)
    pw = password.encode()
    out = io.BytesIO()
    central = []
    dostime, dosdate = (9 << 11), ((2026 - 1980) << 9) | (11 << 5) | 2
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
        plain = bytes(rr.getrandbits(8) for _ in range(11)) + bytes([crc >> 24]) + blob
        enc = bytearray()
        for b in plain:
            t = (k[2] | 2) & 0xFFFF
            enc.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(b)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(blob),
                              len(fn), 0) + fn + bytes(enc))
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(blob), len(fn), 0, 0, 0, 0, 0o600 << 16, off) + fn)
    cd = out.tell()
    for ce in central:
        out.write(ce)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def scan_image(seed, w=1240, h=1754, fmt="JPEG", lines=True):
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(img)
    dr.rectangle([100, 60, 760, 100], fill=60)
    y = 150
    while y < h - 180:
        x = 100 + (rr.randint(0, 40) if lines else 0)
        while x < w - 130:
            ww = rr.randint(18, 120)
            dr.rectangle([x, y, min(x + ww, w - 100), y + rr.randint(10, 16)], fill=rr.randint(30, 120))
            x += ww + rr.randint(8, 20)
        y += rr.choice([30, 30, 34, 60])
    dr.line([680, h - 210, 1010, h - 175], fill=25, width=4)
    img = img.rotate(0.6, fillcolor=236).filter(ImageFilter.GaussianBlur(0.7))
    for _ in range(2500):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    bio = io.BytesIO()
    if fmt == "JPEG":
        img.save(bio, "JPEG", quality=72)
    else:
        img.save(bio, fmt)
    return bio.getvalue()


def scan_pdf(seed, pages=1, creator="Canon iR-ADV C5840 Scan"):
    p = new_pdf("Scan", author="", creator=creator)
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(scan_image(seed + i)), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def screenshot_png(seed, w=1100, h=620):
    rr = random.Random(seed)
    img = Image.new("RGB", (w, h), (250, 250, 250))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, w, 48], fill=(242, 200, 17))
    for row in range(14):
        y = 80 + row * 36
        for col in range(5):
            x = 30 + col * 210
            dr.rectangle([x, y, x + rr.randint(60, 180), y + 14], fill=(60, 60, 60) if row else (20, 20, 90))
    bio = io.BytesIO()
    img.save(bio, "PNG")
    return bio.getvalue()


# ---- tiny DER / OpenPGP for the already-encrypted messages
def der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def der_oid(s):
    parts = [int(x) for x in s.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return der(0x06, body)


def smime_enveloped(c, cn, nbytes=3000):
    name = der(0x30, der(0x31, der(0x30, der_oid("2.5.4.3") + der(0x0C, cn.encode()))) +
               der(0x31, der(0x30, der_oid("2.5.4.10") + der(0x0C, b"Bridgeway Support"))))
    serial = der(0x02, b"\x01" + c.rng_bytes(15))
    ktri = der(0x30, der(0x02, b"\x00") + der(0x30, name + serial) +
               der(0x30, der_oid("1.2.840.113549.1.1.1") + b"\x05\x00") + der(0x04, c.rng_bytes(256)))
    eci = der(0x30, der_oid("1.2.840.113549.1.7.1") +
              der(0x30, der_oid("2.16.840.1.101.3.4.1.42") + der(0x04, c.rng_bytes(16))) +
              der(0x80, c.rng_bytes((nbytes // 16) * 16)))
    env = der(0x30, der(0x02, b"\x00") + der(0x31, ktri) + eci)
    return der(0x30, der_oid("1.2.840.113549.1.7.3") + der(0xA0, env))


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armored(c, nbytes=1400):
    def pkt(tag, body):
        n = len(body)
        if n < 192:
            ln = bytes([n])
        elif n < 8384:
            n2 = n - 192
            ln = bytes([(n2 >> 8) + 192, n2 & 0xFF])
        else:
            ln = b"\xff" + struct.pack(">I", n)
        return bytes([0xC0 | tag]) + ln + body
    pkesk = pkt(1, b"\x03" + c.rng_bytes(8) + b"\x01" + struct.pack(">H", 2047) + bytes([0x7F]) + c.rng_bytes(255))
    seipd = pkt(18, b"\x01" + c.rng_bytes(nbytes))
    data = pkesk + seipd
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"


# ---- calendar
def ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(uid, start, minutes, summary, description, organizer, attendees, location, method="REQUEST", stamp=None):
    end = start + datetime.timedelta(minutes=minutes)
    f = lambda d: d.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
             "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" %
                     (a.name or a.email, a.email))
    lines += ["DESCRIPTION;LANGUAGE=en-GB:%s" % ics_escape(description), "UID:%s" % uid,
              "SUMMARY;LANGUAGE=en-GB:%s" % ics_escape(summary),
              "DTSTART;TZID=GMT Standard Time:%s" % f(start), "DTEND;TZID=GMT Standard Time:%s" % f(end),
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%sZ" % f(stamp or start), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:%s" % ics_escape(location),
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


def ics_unfold_text(t):
    t = t.replace("\r\n ", "").replace("\n ", "")
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


# ================================================================= MIME building
MIMETYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
             "txt": "text/plain", "zip": "application/zip", "jpg": "image/jpeg", "jpeg": "image/jpeg",
             "png": "image/png", "ics": "text/calendar", "odt": "application/vnd.oasis.opendocument.text",
             "eml": "message/rfc822", "bin": "application/octet-stream"}
HDR_ORDER = ["content-type", "content-transfer-encoding", "content-disposition", "content-id", "content-description"]


def _reorder(p):
    items = list(p.items())
    for k in set(k for k, _ in items):
        del p[k]
    items.sort(key=lambda kv: HDR_ORDER.index(kv[0].lower()) if kv[0].lower() in HDR_ORDER else 99)
    for k, v in items:
        p[k] = v
    return p


def _auto_cte(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return "quoted-printable"
    return "7bit" if max((len(l) for l in text.split("\n")), default=0) < 990 else "quoted-printable"


def P(text, subtype="plain", charset="utf-8", cte=None, flowed=False):
    p = MIMEPart()
    if charset != "utf-8" and cte is None:
        cte = "quoted-printable"
    p.set_content(text, subtype=subtype, charset=charset, cte=cte or _auto_cte(text))
    if flowed:
        p.set_param("format", "flowed")
    return _reorder(p)


def MP(subtype, *parts, **params):
    m = MIMEPart()
    m["Content-Type"] = "multipart/%s" % subtype
    for k, v in params.items():
        m.set_param(k, v)
    for p in parts:
        m.attach(p)
    return m


def ALT(*parts):
    return MP("alternative", *parts)


def MIX(*parts):
    return MP("mixed", *parts)


def ATT(filename, blob, ctype=None, inline=False, name_param=True, cid=None, desc=None, raw=None):
    """raw: (content_type_header, content_disposition_header) written verbatim (e.g. RFC 2231 continuations)"""
    ext = filename.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIMETYPES.get(ext, "application/octet-stream")
    mt, st = ctype.split("/")
    p = MIMEPart()
    fn = filename
    if raw:
        fn = "__RAW_%s__" % hashlib.md5(filename.encode()).hexdigest()[:10]
        RAWHDR[fn] = raw
    params = {"name": fn} if name_param else {}
    p.set_content(blob, mt, st, cte="base64", disposition="inline" if inline else "attachment", filename=fn,
                  params=params, cid=cid)
    if desc:
        p["Content-Description"] = desc
    return _reorder(p)


RAWHDR = {}


def MSG822(raw_bytes, filename=None):
    import email
    inner = email.message_from_bytes(raw_bytes, policy=policy.default)
    p = MIMEPart()
    try:
        raw_bytes.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    p.set_content(inner, cte=cte, disposition="attachment" if filename else None, filename=filename)
    return _reorder(p)


def CAL(ics_text, method="REQUEST", as_attachment=False, filename="invite.ics"):
    p = MIMEPart()
    if as_attachment:
        p.set_content(ics_text.encode("utf-8"), "text", "calendar", cte="base64", disposition="attachment",
                      filename=filename, params={"method": method, "name": filename})
    else:
        p.set_content(ics_text, subtype="calendar", charset="utf-8", cte="base64", params={"method": method})
    return _reorder(p)


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "mac": ("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
    "gmail": None,
    "owa": ("X-Mailer", None),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
}


class Mail:
    def __init__(self, c, frm, to, subject, body, cc=(), bcc=(), headers=(), mailer="outlook", crlf=None,
                 from_display=None, reply=None, received=None, thread_topic=True):
        self.c, self.frm, self.to, self.cc, self.bcc = c, frm, list(to), list(cc), list(bcc)
        self.subject, self.body, self.headers, self.mailer = subject, body, list(headers), mailer
        self.crlf = crlf
        self.from_display = from_display
        self.reply = reply
        self.received = received
        self.thread_topic = thread_topic

    def rcpts(self):
        seen, out = set(), []
        for w in self.to + self.cc + self.bcc:
            if w.email not in seen:
                seen.add(w.email)
                out.append(w.email)
        return out

    def build(self, num):
        c = self.c
        m = EmailMessage()
        hid = hashlib.sha1(c.name.encode()).hexdigest()
        if self.received:
            for rv in self.received:
                m["Received"] = rv
        disp = self.from_display if self.from_display is not None else self.frm.name
        m["From"] = formataddr((disp, self.frm.email)) if disp else self.frm.email
        if self.to:
            m["To"] = ", ".join(formataddr((w.name, w.email)) if w.name else w.email for w in self.to)
        else:
            m["To"] = "undisclosed-recipients:;"
        if self.cc:
            m["Cc"] = ", ".join(formataddr((w.name, w.email)) if w.name else w.email for w in self.cc)
        m["Subject"] = self.subject
        if self.mailer in ("outlook", "mac") and self.thread_topic:
            topic = re.sub(r"^((RE|FW|Fwd|Re|Fw|FWD):\s*)+", "", self.subject)
            m["Thread-Topic"] = topic
            m["Thread-Index"] = base64.b64encode(hashlib.md5(topic.encode()).digest() + b"\x01\xdb").decode()
        m["Date"] = format_datetime(c.date)
        if self.mailer == "gmail":
            m["Message-ID"] = "<CAF%s@mail.gmail.com>" % base64.b32encode(bytes.fromhex(hid[:30])).decode().rstrip("=")
        elif self.mailer in ("outlook", "mac", "owa"):
            m["Message-ID"] = "<LO2P265MB%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (hid[:10].upper(),
                                                                                     hid[10:14].upper())
        else:
            m["Message-ID"] = "<%s.%s@%s>" % (hid[:16], hid[16:24], INT)
        if self.reply:
            m["In-Reply-To"] = "<%s@%s>" % (hashlib.sha1((c.name + "r").encode()).hexdigest()[:24], self.reply)
            m["References"] = m["In-Reply-To"]
        if self.mailer in ("outlook", "mac", "owa"):
            m["Accept-Language"] = "en-GB, en-US"
            m["Content-Language"] = "en-GB"
        mh = MAILERS.get(self.mailer)
        if mh and mh[1]:
            m[mh[0]] = mh[1]
        for k, v in self.headers:
            m[k] = v
        m["MIME-Version"] = "1.0"
        body = self.body
        for k, v in body.items():
            m[k] = v
        m.set_payload(body.get_payload())
        i = 0
        for part in m.walk():
            if part.is_multipart():
                if self.mailer == "gmail":
                    b = "000000000000%s" % hashlib.md5(("%s-%d" % (c.name, i)).encode()).hexdigest()[:16]
                elif self.mailer in ("outlook", "owa"):
                    b = "_%03d_LO2P265MB%s_" % (i, hashlib.md5(("%s-%d" % (c.name, i)).encode()).hexdigest()[:12].upper())
                elif self.mailer == "mac":
                    b = "B_%d_%s" % (3940000000 + i, hashlib.md5(("%s-%d" % (c.name, i)).encode()).hexdigest()[:10])
                else:
                    b = "----=_Part_%s_%d.%s" % (PREFIX, i, hashlib.md5(("%s-%d" % (c.name, i)).encode()).hexdigest()[:14])
                part.set_boundary(b)
                i += 1
        crlf = self.crlf if self.crlf is not None else (int(hid[:4], 16) % 7 == 0)
        pol = policy.default.clone(linesep="\r\n" if crlf else "\n")
        data = m.as_bytes(policy=pol)
        for ph, (ct, cd) in RAWHDR.items():
            if ph.encode() not in data:
                continue
            nl = "\r\n" if crlf else "\n"
            fold = rb'(?:[^\r\n]|\r?\n[ \t])*?'
            data = re.sub(rb'Content-Type: ' + fold + rb'name="' + ph.encode() + rb'"', ct.replace("\n", nl).encode(), data)
            data = re.sub(rb'Content-Disposition: ' + fold + rb'filename="' + ph.encode() + rb'"',
                          cd.replace("\n", nl).encode(), data)
        return data


def rfc2231_raw(ctype, filename, chunk=28):
    """Content-Type / Content-Disposition with RFC 2231 continuations (filename*0*=utf-8''...; filename*1*=...)"""
    from urllib.parse import quote
    enc = quote(filename.encode("utf-8"), safe="")
    pieces, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > chunk:
            pieces.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    pieces.append(cur)
    def params(pname):
        out = []
        for n, pc in enumerate(pieces):
            out.append(" %s*%d*=%s%s" % (pname, n, "utf-8''" if n == 0 else "", pc))
        return ";\n".join(out)
    return ("Content-Type: %s;\n%s" % (ctype, params("name")),
            "Content-Disposition: attachment;\n%s" % params("filename"))


def rfc2047_raw(ctype, filename):
    """Outlook style: RFC 2047 encoded-words inside quoted parameters (not RFC 2231)"""
    ew = "=?utf-8?B?%s?=" % base64.b64encode(filename.encode("utf-8")).decode()
    return ('Content-Type: %s;\n name="%s"' % (ctype, ew), 'Content-Disposition: attachment;\n filename="%s"' % ew)


# ================================================================= labels
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0,
      kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects,
            "doc_kinds": sorted(set(kinds))}


T0 = T()
FACTS0 = {"encrypted": False, "opaque": False, "scan": False, "pw": False, "cv_count": 0, "form_people": 0,
          "letters": 0, "list_rows": 0, "list_cols": [], "nino_only": False, "records": 0, "fwd_record": False,
          "name_only": False, "extra": False}

GUIDANCE = {
    "no_claimant_data": "¶12, ¶14", "one_name": "¶18", "cv_to_claimant": "¶17", "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24", "letters_up_to_10": "¶24-28", "names_list_500": "¶29-31",
    "nino_only_list": "¶31", "dwp_names_list": "¶36", "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES.md Outcomes (already-encrypted mail); policy 3.8",
    "encrypt_special_category": "¶32, ¶25-26", "encrypt_nino": "¶33", "encrypt_dob_bank": "¶32, ¶27",
    "encrypt_benefit_children": "¶32, ¶30", "encrypt_beyond_name": "¶18", "encrypt_over_limit": "¶21, ¶22-24, ¶31",
    "encrypt_list_forbidden_column": "¶29-30", "encrypt_letter_kind": "¶25", "encrypt_dwp_process": "C15 ¶49, ¶34-35",
    "encrypt_claimant_recipient": "¶17, ¶24", "encrypt_sender_tag": "RULES.md Also enforced (sender-requested encryption)",
    "encrypt_password_protected": "RULES.md Reject regardless of encryption (password-protected attachments: encrypt by default)",
    "encrypt_no_text_scan": "RULES.md Reject regardless of encryption (images and scans: encrypt by default)",
    "reject_cv_no_consent": "¶17", "reject_uninspectable": "RULES.md Reject regardless of encryption (content that cannot be inspected)",
}
ACTION = {r: ("relay" if not (r.startswith("encrypt_") or r.startswith("reject_")) else
              ("reject" if r.startswith("reject_") else "encrypt")) for r in GUIDANCE}


def L(rule, truth, notes, guidance=None, **facts):
    f = dict(FACTS0)
    for k, v in facts.items():
        if k not in f:
            raise KeyError(k)
        f[k] = v
    g = GUIDANCE[rule]
    if rule == "one_name" and guidance:
        g = guidance
    return {"expected_action": ACTION[rule], "rule": rule, "guidance": guidance or g, "truth": truth,
            "facts": f, "notes": notes}


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ================================================================= claimant documents
JOBS = ["Warehouse Operative", "Retail Assistant", "Care Assistant", "Kitchen Porter", "Cleaner", "Forklift Driver",
        "Customer Service Adviser", "Groundworker", "Delivery Driver", "Receptionist", "Security Officer",
        "Production Operative", "Admin Assistant", "Picker Packer", "Housekeeper", "Barista", "Hotel Porter"]
SKILLS = ["Stock rotation", "Customer service", "Team working", "Microsoft Word and Excel", "Manual handling",
          "Food hygiene level 2", "Health and safety awareness", "Cash handling", "Time management",
          "Counterbalance forklift licence", "CSCS card", "Full UK driving licence", "Emergency first aid at work",
          "Stock control systems", "Telephone skills", "Till and card payments"]
COMPANIES = ["Harrow & Dene Ltd", "Millfield Stores", "Oakapple Foods", "Sandpiper Care", "Northgate Packaging",
             "Coldwell Motors", "Briarwood Hotel", "Kingfisher Facilities", "Redbrook Print", "Hollins Bakery",
             "Mapleton Garden Centre", "Fernside Logistics", "Thornbury Furniture", "Lakeview Leisure"]
LETTER_SIGNER = "Segun Adeyemi, Employment Services Manager"


def cv_blocks(c, pp, dob=False, nino_in=False, conviction=False, health=None):
    jobs, y = [], 2026
    for _ in range(c.R.randint(2, 3)):
        y0 = y - c.R.randint(1, 4)
        jobs.append(("%d - %d" % (y0, y), c.R.choice(JOBS), c.R.choice(COMPANIES)))
        y = y0 - c.R.randint(0, 1)
    blocks = [("h", pp.name), ("p", "%s | %s | %s" % (pp.address, pp.mobile, pp.email))]
    if dob:
        blocks.append(("p", "Date of birth: %s" % pp.dob.strftime("%d/%m/%Y")))
    if nino_in:
        blocks.append(("p", "National Insurance number: %s" % nsp(pp.nino)))
    blocks += [("h2", "Profile"),
               ("p", "Reliable and hard-working, looking for a %s role. I like working in a team, I pick things up "
                     "quickly and I am available to start straight away." % c.R.choice(JOBS).lower()),
               ("h2", "Employment history")]
    for period, job, comp in jobs:
        blocks.append(("p", "%s   %s, %s\n- %s\n- %s" % (period, job, comp, c.R.choice(SKILLS), c.R.choice(SKILLS))))
    blocks += [("h2", "Education and training"),
               ("p", "%s Academy - GCSEs including English and Maths\n%s - %s" %
                (pp.town, "Leeds City College", c.R.choice(["Level 1 Customer Service", "Food Safety Level 2",
                                                           "Level 2 Warehousing", "Level 2 Health and Social Care"])))]
    blocks += [("h2", "Skills"), ("p", ", ".join(c.R.sample(SKILLS, 5)))]
    if conviction:
        blocks += [("h2", "Disclosure"), ("p", "I have an unspent conviction for %s (%d) and I am happy to talk "
                                               "about it at interview." % (conviction, c.R.randint(2021, 2024)))]
    if health:
        blocks += [("h2", "Additional information"), ("p", health)]
    blocks += [("h2", "References"), ("p", "Available on request.")]
    return blocks


def cv_docx(c, pp, **kw):
    return docx_bytes("CV - " + pp.name, cv_blocks(c, pp, **kw), author=pp.name)


def cv_pdf(c, pp, **kw):
    return pdf_bytes("CV - " + pp.name, [cv_blocks(c, pp, **kw)])


def cv_name(c, pp, ext):
    return c.R.choice(["CV_%s_%s.%s", "%s %s CV.%s", "%s_%s_CV_Dec2026.%s"]) % (pp.first, pp.last, ext)


def form_blocks(c, pp, job, employer):
    pairs = [("Position applied for", job), ("Employer", employer), ("Full name", pp.name),
             ("Address", "%d %s, %s" % (pp.house, pp.street, pp.town)), ("Postcode", pp.postcode),
             ("Telephone", pp.mobile), ("Age", str(pp.age)), ("Right to work in the UK", "Yes"),
             ("Driving licence", c.R.choice(["Full", "Provisional", "None"])),
             ("Availability", c.R.choice(["Full time, any shift", "Days only", "Mon-Fri 9-3", "Weekends and evenings"])),
             ("Previous employment", "%s at %s (%d years)" % (c.R.choice(JOBS), c.R.choice(COMPANIES), c.R.randint(1, 6))),
             ("Why do you want this job?", c.R.choice(["I want steady work and I have done similar work before.",
                                                       "I enjoy working with people and want to progress.",
                                                       "The hours suit me and it is close to home."])),
             ("Supported by", "%s - Restart Scheme" % PRIME)]
    return [("h", "Application for Employment"), ("kv", pairs)]


def couple_form_blocks(c, a, b, job, employer):
    pairs = [("Position applied for", job + " (live-in couple)"), ("Employer", employer),
             ("Applicant 1", a.name), ("Applicant 1 age", str(a.age)), ("Applicant 1 telephone", a.mobile),
             ("Applicant 1 experience", "%s, %d years" % (c.R.choice(JOBS), c.R.randint(1, 8))),
             ("Applicant 2", b.name), ("Applicant 2 age", str(b.age)), ("Applicant 2 telephone", b.mobile),
             ("Applicant 2 experience", "%s, %d years" % (c.R.choice(JOBS), c.R.randint(1, 8))),
             ("Joint address", a.address), ("Right to work in the UK", "Yes (both)"),
             ("Available from", d_long(future_day(c, 10, 40)))]
    return [("h", "Joint Application Form (couples)"), ("kv", pairs)]


def letter_blocks(c, pp, kind, employer=None, extra=""):
    head = [("p", "%s\n%s\n\n%s %s\n%d %s\n%s\n%s\n\n%s" % (PRIME, PRIME_ADDR, pp.title, pp.name, pp.house, pp.street,
                                                            pp.town, pp.postcode, d_long(c.date.date())))]
    dear = "Dear %s %s," % (pp.title, pp.last)
    day = d_long(future_day(c))
    tm = c.R.choice(["9:30am", "10:00am", "11:15am", "1:30pm", "2:45pm"])
    if kind == "letter_interview":
        body = ("Invitation to interview\n\n%s\n\nThank you for your application for the post of %s with %s. We are "
                "pleased to invite you to an interview on %s at %s. The interview will last about 40 minutes. Please "
                "bring proof of your right to work in the UK. If you cannot attend, please let us know as soon as "
                "possible.%s\n\nYours sincerely" % (dear, c.R.choice(JOBS), employer or c.R.choice(COMPANIES), day, tm,
                                                   extra))
    elif kind == "letter_job_offer":
        body = ("Offer of employment\n\n%s\n\nFollowing your interview I am delighted to offer you the post of %s with "
                "%s, starting on %s. The post is %d hours a week at £%.2f an hour. Please confirm that you accept "
                "by replying to this letter.%s\n\nYours sincerely" % (dear, c.R.choice(JOBS), employer or
                                                                       c.R.choice(COMPANIES), day,
                                                                       c.R.choice([16, 24, 30, 37]),
                                                                       c.R.choice([12.21, 12.40, 12.75, 13.10]), extra))
    elif kind == "letter_appointment":
        body = ("Your next appointment\n\n%s\n\nYour next appointment with your employment adviser is on %s at %s at "
                "our %s office. We will review your action plan and look at vacancies together. Please bring your "
                "CV.%s\n\nYours sincerely" % (dear, day, tm, pp.town, extra))
    elif kind == "complaint_response":
        body = ("Your complaint - our response\n\n%s\n\nThank you for your complaint received on %s about the way your "
                "appointments were rearranged. I have now completed my investigation.%s\n\nI am sorry that this "
                "happened. If you are not satisfied with this response you can ask for a review by our Head of "
                "Quality within 28 days, and after that you can contact the Independent Case Examiner.\n\nYours "
                "sincerely" % (dear, d_long(past_day(c, 14, 30)), extra))
    elif kind == "warning":
        body = ("Missed appointment\n\n%s\n\nYou did not attend your appointment on %s. Taking part in your "
                "appointments is a condition of the programme. Please contact us within 5 working days. If you do not, "
                "we may need to tell the Department for Work and Pensions.%s\n\nYours sincerely" %
                (dear, d_long(past_day(c, 2, 6)), extra))
    else:
        raise ValueError(kind)
    signer = "Gurpreet Sandhu, Complaints Manager" if kind == "complaint_response" else LETTER_SIGNER
    return head + [("p", body), ("p", signer.replace(", ", "\n") + "\n" + PRIME)]


def exit_pairs(c, pp, summary_extra=""):
    return [("Form", "WHP Exit Report"), ("Participant surname", pp.last), ("Forename", pp.first),
            ("National Insurance number", nsp(pp.nino)), ("PRaP referral ID", pp.prap),
            ("Programme start date", d_long(past_day(c, 300, 420))), ("Exit date", d_long(past_day(c, 1, 5))),
            ("Summary", "Attended weekly sessions with the employment adviser, completed a CV and interview "
                        "preparation, and took a customer service course. %s" % summary_extra),
            ("Employability", "Good prospects for entry-level %s work; reliable and punctual." %
             c.R.choice(["retail", "warehouse", "hospitality", "care"])),
            ("Next steps", "Continue job search with the work coach; apply for the sector-based work academy "
                           "in the new year; consider part-time work to start with.")]


def coc_pairs(c, pp, change):
    return [("Form", "WHP07 Change of Circumstances notification"), ("Participant name", pp.name),
            ("National Insurance number", nsp(pp.nino)), ("PRaP referral ID", pp.prap), ("Type of change", change[0]),
            ("Details", change[1]), ("Effective date", d_long(past_day(c, 1, 6))),
            ("Reported by", "%s, Data Exchange Officer" % S["aoife"].name)]


def ucnea1_pairs(c, pp):
    return [("Form", "UCNEA1 - notification of self-employment start"), ("Claimant name", pp.name),
            ("National Insurance number", nsp(pp.nino)),
            ("Business", "%s %s" % (pp.last, c.R.choice(["Mobile Valeting", "Cakes", "Garden Services", "Alterations",
                                                          "Decorating"]))),
            ("Trading start date", d_long(future_day(c, 3, 20))), ("Registered with HMRC", "Yes"),
            ("Provider", PRIME), ("Completed by", S["segun"].name)]


def gns_pairs(c, pp, story_extra=""):
    return [("Form", "Good News Story"), ("Programme", "Work and Health Programme"), ("Participant", pp.name),
            ("Jobcentre", pp.town + " Jobcentre"),
            ("Story", "%s joined the programme in the spring. %sWith support from the team %s completed a %s course "
                      "and started work as a %s in November. '%s'" %
             (pp.first, story_extra, pp.he, c.R.choice(["forklift", "food hygiene", "customer service", "CSCS"]),
              c.R.choice(JOBS).lower(), c.R.choice(["I feel like myself again.", "It has changed everything for me.",
                                                   "I didn't think I could do it."]))),
            ("Consent to publish", "Yes - signed consent held on file"), ("Date", d_long(c.date.date()))]


def referral_pairs(c, pp):
    return [("PRaP referral ID", pp.prap), ("Customer name", "%s %s" % (pp.title, pp.name)),
            ("National Insurance number", nsp(pp.nino)), ("Address", "%d %s, %s" % (pp.house, pp.street, pp.town)),
            ("Postcode", pp.postcode), ("Telephone", pp.mobile), ("Referral date", d_long(past_day(c, 1, 4))),
            ("Jobcentre", "%s Jobcentre" % pp.town), ("Voluntary or mandatory", "Voluntary"),
            ("Employment aims", "Part-time %s work" % c.R.choice(JOBS).lower())]


def name_rows(c, n, cols):
    rows = []
    for _ in range(n):
        last = c.fake.last_name()
        first = c.fake.first_name()
        r = []
        for col in cols:
            if col == "surname":
                r.append(last.upper())
            elif col == "initial":
                r.append(first[0])
            elif col == "forename":
                r.append(first)
            elif col == "nino":
                r.append(nino(c))
            elif col == "ref":
                r.append("MES-%06d" % c.R.randint(100000, 999999))
            elif col == "appointment_date":
                r.append(future_day(c, 2, 30).strftime("%d/%m/%Y"))
            elif col == "start_date":
                r.append(future_day(c, 2, 30).strftime("%d/%m/%Y"))
            elif col == "course":
                r.append(c.R.choice(["CSCS", "Food Hygiene L2", "Customer Service L1", "Forklift (CB)", "SIA Door Supervisor"]))
            elif col == "postcode":
                r.append(postcode(c)[0])
            elif col == "dob":
                r.append(datetime.date(c.R.randint(1964, 2005), c.R.randint(1, 12), c.R.randint(1, 28)).strftime("%d/%m/%Y"))
            elif col == "mobile":
                r.append(mobile(c))
            elif col == "benefit_amount":
                r.append("£%.2f" % (c.R.randint(40000, 140000) / 100))
            elif col == "jobcentre":
                r.append(c.R.choice(["Leeds Eastgate", "Wakefield", "Bradford Westfield", "Halifax", "Harehills"]))
            else:
                raise ValueError(col)
        rows.append(r)
    return rows


COLNAMES = {"surname": "Surname", "initial": "Initial", "forename": "Forename", "nino": "NINO", "ref": "Participant ref",
            "appointment_date": "Appointment date", "start_date": "Start date", "course": "Course",
            "postcode": "Postcode", "dob": "Date of birth", "mobile": "Mobile", "benefit_amount": "UC monthly award",
            "jobcentre": "Jobcentre"}


# ================================================================= body helpers
def body_alt(text, style="outlook", html_inner=None, atts=(), html_cte=None):
    html = html_doc(html_inner if html_inner is not None else text_html_paras(text), style)
    alt = ALT(P(text), P(html, subtype="html", cte=html_cte or "quoted-printable"))
    return MIX(alt, *atts) if atts else alt


def body_plain(text, atts=(), charset="utf-8", cte=None):
    p = P(text, charset=charset, cte=cte)
    return MIX(p, *atts) if atts else p


def body_html_only(html, atts=()):
    p = P(html, subtype="html", cte="quoted-printable")
    return MIX(p, *atts) if atts else p


def auto_headers(kind):
    h = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    if kind == "powerbi":
        h.append(("X-PowerBI-Subscription-Type", "Report"))
    return h


def guid(c):
    h = "%032x" % c.R.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def powerbi_html(report, workspace, note, c, attached=None):
    inner = ('<table width="600" style="font-family:Segoe UI,Arial;font-size:10pt"><tr><td style="background:#f2c811;'
             'padding:12px"><b>Power BI</b></td></tr><tr><td style="padding:12px"><p>Here\'s your subscription to '
             '<b>%s</b> (workspace: %s).</p><p>%s</p>%s<p><a href="https://app.powerbi.com/groups/%s/reports/%s">Go to '
             'report</a></p><p style="color:#666;font-size:8pt">You are receiving this e-mail because a subscription '
             'was set up for you by %s. Manage your subscriptions in Power BI. Privacy statement.</p></td></tr></table>' %
             (esc(report), esc(workspace), esc(note), ("<p>The report is attached as %s.</p>" % esc(attached)) if attached else "",
              guid(c), guid(c), esc(S["lewis"].name)))
    return html_doc(inner, "outlook")


def ssrs_text(report, note, c):
    return ("The attached file is a copy of the report \"%s\" generated by SQL Server Reporting Services at %s.\n\n%s\n\n"
            "Report server: https://ssrs01.provider.example.org.uk/ReportServer\nSubscription ID: %s\n\n"
            "This is an automated message. Do not reply." % (report, c.date.strftime("%d/%m/%Y %H:%M"), note, guid(c)))


# ================================================================= A. ordinary mail, no claimant data
@scenario
def nc_dpo_bulletin(c):
    s = S["fiona"]
    text = ("Hello all,\n\nHere is the December data protection bulletin for the supply chain.\n\n"
            "1. Special category data. Information about a participant's health, disability, mental health, ethnicity, "
            "religion, sexual orientation or trade union membership, and anything about criminal offences, MAPPA or "
            "probation, must not go by unencrypted e-mail outside the DWP exemptions. If in doubt, encrypt.\n\n"
            "2. Benefit details. Universal Credit or ESA amounts, sanctions and payment dates count as benefit payment "
            "details under the DWP guidance - encrypt them too.\n\n"
            "3. Right of Access requests. If a solicitor or other third party sends you a request, forward it to us the "
            "same day; we send it on to the DWP Right of Access Gateway Team.\n\n"
            "4. Incidents. Across the supply chain we logged 14 data incidents in Q3, 9 of them misdirected e-mails. "
            "Please check the recipient before you press send, and turn off auto-complete if you can.\n\n"
            "5. Training. The UK GDPR refresher is now on the learning platform and takes about 40 minutes.\n\n"
            "Any questions, just reply to this e-mail." + sig(s))
    body = body_alt(text, "mac")
    m = Mail(c, s, [NS["rebecca"], BW["daniel"]], "Data Protection Bulletin – December 2026", body, cc=[BW["ama"]],
             mailer="mac")
    return m, L("no_claimant_data", T0, "Outlook for Mac HTML (div dir=ltr) bulletin listing special categories, "
                                        "benefit details and incident counts; about nobody; long disclaimer.")


@scenario
def nc_ropa_xlsx(c):
    s = S["bilal"]
    rows = [
        ["P01", "Referral and start (PRaP)", "Participants", "Name, NINO, address, phone, referral ID",
         "Health / disability status, barriers to work", "Public task (contract with DWP)", "DWP, subcontractors", "Contract end + 7 years"],
        ["P02", "Action planning and key work", "Participants", "Case notes, appointments", "Health, mental health, substance misuse, offending history where disclosed",
         "Public task; Art 9(2)(g); Sch 1 para 6", "Subcontractors", "Contract end + 7 years"],
        ["P03", "Job matching and CV sending", "Participants", "CV, contact details", "None expected", "Public task", "Employers", "2 years from exit"],
        ["P04", "Safeguarding referrals", "Participants, family members", "Concern details", "Health, criminal offence data",
         "Vital interests / public task", "Local authority, police", "6 years"],
        ["P05", "Complaints", "Participants, employers", "Complaint record", "Any disclosed in complaint", "Public task", "DWP, ICE", "6 years"],
        ["P06", "Subject access requests", "Participants, representatives", "Request, ID checks, disclosure bundle", "As held",
         "Legal obligation", "DWP Right of Access Gateway", "2 years from response"],
        ["P07", "ESF evidence", "Participants", "ESF forms, eligibility evidence", "Disability, ethnicity (equality monitoring)",
         "Legal obligation", "DWP, ESF audit", "10 years after programme end"],
        ["P08", "Staff recruitment and DBS", "Staff, applicants", "Application, references, DBS outcome", "Criminal offence data",
         "Contract / legal obligation", "Umbrella body", "6 months (unsuccessful), 6 years (staff)"],
        ["P09", "Staff absence and occupational health", "Staff", "Absence records, OH reports", "Health", "Employment law (Art 9(2)(b))",
         "OH provider", "6 years after leaving"],
        ["P10", "MI and performance reporting", "Participants (pseudonymised)", "Counts, outcome flags", "Aggregated equality data",
         "Public task", "DWP", "3 years"],
    ]
    changes = [["2026-10-14", "P07", "Retention corrected to 10 years after programme end"],
               ["2026-11-03", "P10", "Power BI replaces legacy SSRS packs for DWP reporting"],
               ["2026-11-20", "P04", "Recipients updated: Bridgeway safeguarding lead added"]]
    x = xlsx_bytes([("ROPA", ["Ref", "Processing activity", "Data subjects", "Personal data", "Special category / criminal offence data",
                              "Lawful basis", "Recipients", "Retention"], rows),
                    ("Change log", ["Date", "Ref", "Change"], changes)])
    text = ("Hi %s,\n\nAhead of the audit fieldwork on 9 December, attached is our current record of processing "
            "activities (Article 30). The change log tab shows what has moved since the last review. Activities P02 and "
            "P04 are the ones that involve health, substance misuse and offending information, so you may want to "
            "sample those controls first.%s" % (TP["auditor"].first, sig(s)))
    m = Mail(c, s, [TP["auditor"]], "Records of processing activities – 2026 refresh for audit",
             body_alt(text, atts=[ATT("MES_ROPA_v2026.3.xlsx", x)]))
    return m, L("no_claimant_data", T0, "Record of processing (XLSX, two sheets) naming special categories per "
                                        "activity; no individual.")


@scenario
def nc_dpia_draft(c):
    s = S["fiona"]
    fields = [["Participant ID", "MES-000000", "Identifier (pseudonymous)"],
              ["NINO", "format LL 99 99 99 L, e.g. QQ 12 34 56 C (dummy)", "Identifier - hashed in the model"],
              ["Date of birth", "dd/mm/yyyy - reduced to age band", "Personal data"],
              ["Disability / health condition", "Y / N / Prefer not to say", "Special category"],
              ["Ethnicity", "ONS 2021 categories", "Special category"],
              ["Benefit type", "UC / ESA / JSA / None", "Personal data"],
              ["Outcome flags", "Job start, earnings threshold", "Personal data"]]
    risks = [["R1", "Small cells identify individuals", "Suppress counts under 10", "Low"],
             ["R2", "Row-level export by subcontractors", "Export disabled, RLS by partner", "Medium"],
             ["R3", "Access after staff leave", "Monthly access review", "Low"]]
    doc = docx_bytes("DPIA - Power BI participant dashboard (draft v0.3)", [
        ("h", "Data Protection Impact Assessment - Power BI participant dashboard"),
        ("p", "Status: DRAFT v0.3 for partner comment. Owner: Data Protection Officer."),
        ("h2", "1. Description of processing"),
        ("p", "A Power BI dataset refreshed nightly from the case management system, giving each partner a view of its "
              "own caseload and outcomes. Around 46,000 participant records are in scope across all contracts."),
        ("h2", "2. Data items"), ("table", ["Field", "Format / example", "Category"], fields),
        ("h2", "3. Risks and mitigations"), ("table", ["Ref", "Risk", "Mitigation", "Residual"], risks),
        ("h2", "4. Consultation"), ("p", "Subcontractors, DWP contract team, IT security. DPO sign-off pending.")])
    text = ("Hi %s,\n\nAs promised, the draft DPIA for the participant dashboard. I'd welcome Bridgeway's view on "
            "section 3, especially row-level security and whether your team needs the ethnicity and disability fields "
            "at all, or whether the aggregated equality page is enough.\n\nComments by Friday 11 December if you can." %
            BW["daniel"].first + sig(s))
    m = Mail(c, s, [BW["daniel"]], "DPIA draft for comment – Power BI participant dashboard",
             body_alt(text, atts=[ATT("DPIA_PowerBI_dashboard_DRAFT_v0.3.docx", doc)]), cc=[BW["ama"]])
    return m, L("no_claimant_data", T0, "DPIA draft (DOCX tables) listing NINO/DOB/health/ethnicity fields with a dummy "
                                        "QQ-prefixed NINO and a format mask; aggregate count of records only.")


@scenario
def nc_sar_template(c):
    s = S["chloe"]
    doc = docx_bytes("SAR acknowledgement template v4", [
        ("h", "Right of Access request - acknowledgement"), ("p", "[Date]"),
        ("p", "[Requester full name]\n[Address line 1]\n[Town]\n[Postcode]"),
        ("p", "Dear [Title] [Surname],"),
        ("p", "Thank you for your request for a copy of your personal information, which we received on [date "
              "received]. Most of the information about you is held by the Department for Work and Pensions; we will "
              "send your request to DWP's Right of Access Gateway Team, who will reply within one month."),
        ("p", "To help us find your records please confirm the following:"),
        ("kv", [("Full name", "[                    ]"), ("Date of birth", "[dd/mm/yyyy]"),
                ("National Insurance number", "[LL 99 99 99 L]"), ("Programme and office", "[                    ]")]),
        ("p", "Yours sincerely\n\n[Name]\nInformation Rights Officer")])
    text = ("Hi %s,\n\nVersion 4 of the SAR acknowledgement template is attached - the only change is the paragraph "
            "about DWP's Right of Access Gateway. Please bin v3. The fields in the table are for the requester to "
            "fill in; don't pre-populate them from the case system." % NS["rebecca"].first + sig(s, style="short", sign=True))
    m = Mail(c, s, [NS["rebecca"]], "SAR acknowledgement template v4",
             body_alt(text, atts=[ATT("SAR_acknowledgement_template_v4.docx", doc)]))
    return m, L("no_claimant_data", T0, "Blank SAR template with DOB / NINO placeholders only.")


@scenario
def nc_breach_aggregate_dwp(c):
    c.fix(2026, 11, 26, 10, 14)
    s = S["fiona"]
    text = ("Dear colleagues,\n\nSecurity incident MES-INC-2026-031 - update under SS-014\n\n"
            "On Tuesday 24 November at 15:12 a spreadsheet listing 41 participants' names and PRaP referral IDs was "
            "sent by one of our data exchange officers to the wrong subcontractor mailbox within our own supply chain. "
            "The spreadsheet held no NINOs, no contact details and no special category data.\n\n"
            "The recipient organisation confirmed deletion in writing at 16:05 the same day and the message was "
            "recalled from their tenant. Our assessment is that the risk to the individuals is low and that the "
            "incident does not meet the threshold for reporting to the ICO; we have recorded the reasons.\n\n"
            "Actions: auto-complete has been switched off for the team, and the list is now shared through MOVEit "
            "only. We will send the closure report with the next monthly incident return." + sig(s))
    m = Mail(c, s, [DWP["inc"]], "Security incident MES-INC-2026-031 – misdirected spreadsheet (update)",
             body_alt(text), cc=[DWP["cpm"]])
    return m, L("no_claimant_data", T0, "Breach report to DWP giving only the number of people affected (41), no "
                                        "names or details.")


@scenario
def nc_breach_stats_q(c):
    s = S["bilal"]
    rows = [["Misdirected e-mail", 9, 2, 0], ["Lost / stolen device", 1, 0, 0], ["Paper records", 2, 1, 0],
            ["Unauthorised access", 1, 0, 0], ["Verbal disclosure", 1, 0, 0]]
    partners = [["Meridian (prime)", 8], ["Northstar Training", 4], ["Bridgeway Support", 2]]
    x = xlsx_bytes([("By type", ["Incident type", "Q3 2026", "Of which special category involved", "Reported to ICO"], rows),
                    ("By partner", ["Organisation", "Incidents Q3"], partners)])
    text = ("Hi %s,\n\nQ3 information security incident return attached (counts only, as agreed). No incident in the "
            "quarter met the ICO reporting threshold. The two misdirected e-mails flagged as involving special "
            "category data are closed.%s" % (DWP["cpm"].first, sig(s)))
    m = Mail(c, s, [DWP["cpm"]], "Q3 2026 information security incident return",
             body_alt(text, atts=[ATT("Q3_2026_incident_return.xlsx", x)]))
    return m, L("no_claimant_data", T0, "Quarterly incident counts by type and partner (XLSX).")


@scenario
def nc_gdpr_training_ics(c):
    s = S["bilal"]
    start = datetime.datetime.combine(future_day(c, 5, 15), datetime.time(10, 0))
    desc = ("UK GDPR refresher for supply-chain data leads\n\nTrainers: Fiona Rennard (DPO) and Bilal Hussain (IG "
            "Officer)\n\nAgenda:\n- lawful basis and the DWP contract\n- special category and criminal offence data: "
            "what it is and when encryption is required\n- the DWP unencrypted e-mail exemptions (CVs, names, lists "
            "of up to 500)\n- subject access and erasure requests\n- incident reporting\n\nJoin on your computer or "
            "mobile app\nMeeting ID: 372 918 456 201\nPasscode: Xk7Pq2")
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 90, "UK GDPR refresher – supply chain",
                 desc, s, [NS["rebecca"], NS["kieran"], BW["daniel"]], "Microsoft Teams Meeting", stamp=c.date.replace(tzinfo=None))
    text = desc + sig(s, disclaimer=False)
    body = ALT(P(text), P(html_doc(text_html_paras(text)), subtype="html", cte="quoted-printable"), CAL(invite))
    m = Mail(c, s, [NS["rebecca"], NS["kieran"], BW["daniel"]], "UK GDPR refresher – supply chain", body)
    return m, L("no_claimant_data", T0, "Teams invitation (text/calendar in the alternative) naming staff trainers and "
                                        "an agenda about special category data.")


@scenario
def nc_retention_pdf(c):
    s = S["bilal"]
    rows = [["Referral and case records", "Contract end + 7 years"], ["ESF forms and evidence", "10 years after final ESF claim"],
            ["Mandation and compliance doubt evidence", "13 months from decision maker's decision"],
            ["Safeguarding records", "6 years from last contact"], ["Complaints", "6 years from closure"],
            ["Subject access files", "2 years from response"], ["Unsuccessful job applicants (staff)", "6 months"]]
    pdf = pdf_bytes("Retention schedule 2026", [[("h", "Records retention schedule - supply chain"),
                                                 ("p", "Applies to all Meridian contracts from 1 December 2026."),
                                                 ("table", ["Record type", "Retention"], rows),
                                                 ("p", "Destroy securely at the end of the period. Do not keep copies in "
                                                       "personal drives or mailboxes.")]], footer="Meridian - Official")
    text = ("Hi %s,\n\nThe updated retention schedule is attached; the ESF line changed after the last DWP audit.%s" %
            (BW["daniel"].first, sig(s)))
    fn = "Retention schedule – December 2026.pdf"
    m = Mail(c, s, [BW["daniel"]], "Updated retention schedule",
             body_alt(text, atts=[ATT(fn, pdf, raw=rfc2047_raw("application/pdf", fn))]))
    return m, L("no_claimant_data", T0, "Retention schedule (PDF table); record types only.")


@scenario
def nc_privacy_notice_welsh(c):
    s = S["chloe"]
    doc = docx_bytes("Hysbysiad Preifatrwydd", [
        ("h", "Hysbysiad Preifatrwydd / Privacy Notice"),
        ("p", "Rydym yn defnyddio eich gwybodaeth bersonol i'ch helpu i ddod o hyd i waith. Gall hyn gynnwys "
              "gwybodaeth am eich iechyd os byddwch yn dewis ei rhannu gyda ni."),
        ("p", "We use your personal information to help you find work. This may include information about your health "
              "if you choose to share it with us. We share information with the Department for Work and Pensions and "
              "with our subcontractors. You have the right to ask for a copy of your information."),
        ("p", "Swyddog Diogelu Data / Data Protection Officer: dataprotection@provider.example.org.uk")])
    fn = "Hysbysiad Preifatrwydd – Cymraeg (fersiwn 2·1).docx"
    text = ("Hi %s,\n\nHere's the bilingual privacy notice for the Wrexham outreach sessions, checked by our "
            "translator. The file name is in Welsh - it should open fine.%s" % (NS["rebecca"].first, sig(s, style="short", sign=True)))
    m = Mail(c, s, [NS["rebecca"]], "Bilingual privacy notice (Cymraeg)",
             body_alt(text, atts=[ATT(fn, doc, raw=rfc2231_raw(MIMETYPES["docx"], fn))]))
    return m, L("no_claimant_data", T0, "Attachment name with RFC 2231 continuations and non-ASCII characters; a "
                                        "generic bilingual privacy notice.")


@scenario
def nc_solicitor_process(c):
    s = S["chloe"]
    orig = ("Dear Sir or Madam,\n\nWe act for a number of clients who are taking part in employment programmes run by "
            "your organisation. Could you tell us how you would like subject access requests to be made, and whether "
            "you accept signed forms of authority by e-mail?\n\nYours faithfully\n\nHelen Moss\nPartner\nHartley Moss "
            "Solicitors")
    text = ("Dear Ms Moss,\n\nThank you for your enquiry. Most records about people on our programmes are held by the "
            "Department for Work and Pensions, so we forward requests to DWP's Right of Access Gateway Team as soon as "
            "we receive them. Please send each request with your client's signed authority to this mailbox; we will "
            "confirm receipt within two working days. Forms of authority can be sent by e-mail as a PDF.\n\nYours "
            "sincerely" + sig(s, closing=False) + quote_outlook(TP["solicitor"], c.earlier(60 * 26), "Data Protection Office <%s>" %
                                                   BOX["dp"].email, "Subject access requests – process", orig))
    m = Mail(c, BOX["dp"], [TP["solicitor"]], "RE: Subject access requests – process", body_alt(text),
             from_display="Data Protection Office", reply="hartleymoss-law.co.uk")
    return m, L("no_claimant_data", T0, "Reply to a solicitor's general process question; no client named; quoted "
                                        "original.")


@scenario
def nc_dwp_change_request(c):
    s = S["priyanka"]
    doc = docx_bytes("Security Plan Change Request - MOVEit Transfer upgrade", [
        ("h", "Security Plan Change Request"),
        ("kv", [("Provider", PRIME), ("Contracts affected", "WHP (Yorkshire and the Humber), Restart (North East Yorkshire)"),
                ("Change", "Upgrade MOVEit Transfer 2023.1 to 2025.1 and move to a new Azure UK South host"),
                ("Data in scope", "Referral files, exit reports, MI extracts"),
                ("Offshore elements", "None - UK South region only, UK-based support"),
                ("Access levels", "Named users only, MFA enforced"),
                ("Testing", "Penetration test by CREST-accredited supplier before go-live"),
                ("Compliant with DWP Security Standards", "Yes"),
                ("Change lead", "Priyanka Venkataraman, Head of MI and BI, 0113 496 0640")])])
    text = ("Dear WPD Security,\n\nPlease find attached a change request for our MOVEit Transfer upgrade, as required "
            "by paragraph 8 of the Information Security chapter. I am the lead for the change and happy to walk "
            "through the architecture.%s" % sig(s))
    m = Mail(c, s, [DWP["sec"]], "Security plan change request – MOVEit Transfer upgrade",
             body_alt(text, atts=[ATT("Change_request_MOVEit_upgrade.docx", doc)]))
    return m, L("no_claimant_data", T0, "Change request to WPD Security naming only the staff change lead.")


@scenario
def nc_safeguarding_policy(c):
    s = S["marcia"]
    pdf = pdf_bytes("Safeguarding policy v5.2", [[
        ("h", "Safeguarding Adults and Children Policy v5.2"),
        ("p", "This policy applies to all staff, volunteers and subcontractors delivering Meridian contracts."),
        ("h2", "Types of harm"),
        ("p", "Physical, emotional and financial abuse; domestic abuse and coercive control; neglect and self-neglect; "
              "self-harm and suicidal thoughts; exploitation including county lines; radicalisation."),
        ("h2", "Participants with additional needs"),
        ("p", "Some participants live with mental health conditions, drug or alcohol dependency, or are subject to "
              "probation supervision or MAPPA. Their needs do not lower the threshold for a referral."),
        ("h2", "Making a referral"),
        ("p", "Record the concern the same day and tell the Designated Safeguarding Lead. Never send safeguarding "
              "details by unencrypted e-mail.")]], footer="Meridian Employment & Skills")
    text = ("Dear partners,\n\nVersion 5.2 of the safeguarding policy is attached. The main change is the new section "
            "on exploitation. Please brief your teams before 18 December.%s" % sig(s))
    m = Mail(c, s, [NS["kieran"], BW["ama"]], "Safeguarding policy v5.2", body_alt(text, atts=[ATT("Safeguarding_policy_v5.2.pdf", pdf)]))
    return m, L("no_claimant_data", T0, "Policy naming self-harm, substance dependency, probation and MAPPA in general.")


@scenario
def nc_safeguarding_training_ics(c):
    s = S["tomasz"]
    start = datetime.datetime.combine(future_day(c, 4, 12), datetime.time(13, 30))
    desc = ("Level 2 safeguarding refresher (3 hours)\n\nFacilitators: Marcia Campbell-Reid and Tomasz Zieliński\n\n"
            "We'll cover recognising abuse and self-harm, talking to someone who discloses domestic abuse, "
            "information sharing, and how to log a concern. Please complete the pre-course quiz.\n\nVenue: Meridian "
            "House, Training Room 2 (lift to 3rd floor)")
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 180, "Level 2 safeguarding refresher",
                 desc, s, [BW["ama"], NS["tutor"]], "Meridian House, Training Room 2", stamp=c.date.replace(tzinfo=None))
    text = "Hi both,\n\nInvitation for the refresher below - the calendar file is attached too.\n\n" + desc + sig(s, disclaimer=DISCLAIMER_SHORT)
    body = MIX(ALT(P(text), P(html_doc(text_html_paras(text)), subtype="html")), CAL(invite, as_attachment=True))
    m = Mail(c, s, [BW["ama"], NS["tutor"]], "Invitation: Level 2 safeguarding refresher", body)
    return m, L("no_claimant_data", T0, "Training invitation with .ics attachment; facilitators are staff (one with a "
                                        "non-ASCII name in the From display name).")


@scenario
def nc_safeguarding_stats_dwp(c):
    rows = [["Self-harm / suicidal thoughts", 14], ["Domestic abuse", 11], ["Financial abuse", 4], ["Neglect / self-neglect", 6],
            ["Substance misuse risk", 5], ["Homelessness risk", 9], ["Exploitation", 2], ["Total", 51]]
    x = xlsx_bytes([("Summary", ["Concern category (November 2026)", "Concerns logged"], rows),
                    ("Outcomes", ["Outcome", "Count"], [["Referred to local authority", 17], ["Advice only", 22],
                                                          ["Police / emergency services", 3], ["Monitoring", 9]])])
    m = Mail(c, BOX["pbi"], [DWP["cpm"]], "Subscription: Safeguarding concerns – monthly summary",
             MIX(P(powerbi_html("Safeguarding concerns - monthly summary", "Safeguarding", "Counts for November 2026 are attached.",
                                c, "an Excel file"), subtype="html"), ATT("Safeguarding concerns - monthly summary.xlsx", x)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("no_claimant_data", T0, "Power BI subscription (HTML only) with an XLSX of concern counts by category.")


@scenario
def nc_prevent_briefing(c):
    s = S["tomasz"]
    text = ("Hi %s,\n\nFollowing Tuesday's partner meeting, a short note on the Prevent duty for your tutors:\n\n"
            "- Prevent is about safeguarding people who may be drawn into terrorism; it is not about anyone's religion "
            "or politics.\n- Concerns go to your safeguarding lead first, then to us. We decide with the local "
            "authority Prevent coordinator whether a Channel referral is needed.\n- The free Home Office e-learning "
            "takes about an hour; please make sure all tutors complete it by the end of January.\n\nHappy to run a "
            "session for your Bradford team in the new year.%s" % (NS["kieran"].first, sig(s)))
    m = Mail(c, s, [NS["kieran"]], "Prevent duty – note for tutors", body_alt(text))
    return m, L("no_claimant_data", T0, "Prevent briefing mentioning religion and referrals in general.")


@scenario
def nc_hypothetical_training(c):
    s = S["marcia"]
    text = ("Hi %s,\n\nHere are the three practice scenarios for Thursday's workshop. None of them is a real person - "
            "please keep it that way when your staff discuss them.\n\nScenario 1. A participant (Participant A) tells "
            "their adviser that their partner takes their Universal Credit payment and will not let them see friends. "
            "What do you do today?\n\nScenario 2. A participant (Participant B) arrives smelling of alcohol and says "
            "they have stopped taking their medication for depression. Who do you tell, and what do you record?\n\n"
            "Scenario 3. An employer tells you a participant they have taken on has an old conviction they did not "
            "disclose. What can you share with the employer, and what can't you?\n\nMarcia" % BW["ama"].first +
            sig(s, disclaimer=True, style="short"))
    m = Mail(c, s, [BW["ama"]], "Workshop scenarios for Thursday", body_alt(text))
    return m, L("no_claimant_data", T0, "Hypothetical training scenarios (alcohol, depression, conviction, UC) about "
                                        "nobody.")


@scenario
def nc_composite_case_study(c):
    s = S["imogen"]
    text = ("Hi %s,\n\nFor the partnership newsletter, here is the composite case study we talked about. It is built "
            "from several participants' journeys and describes no real person; the name is invented.\n\n---\n'Sam' is in "
            "his forties and had been out of work for three years after a period of depression. With his adviser he "
            "set small weekly goals, tried a work placement in a warehouse and now works 24 hours a week. He says the "
            "most useful thing was having someone to ring before his first shift.\n---\n\nWe can add figures from the "
            "quarterly report if that helps.%s" % (DWP["pm"].first, sig(s)))
    m = Mail(c, s, [DWP["pm"]], "Composite case study for the partnership newsletter", body_alt(text))
    return m, L("no_claimant_data", T0, "Explicitly composite case study with an invented first name; about nobody.")


@scenario
def nc_complaints_annual(c):
    s = S["gurpreet"]
    pdf = pdf_bytes("Complaints annual report 2025-26", [[
        ("h", "Complaints annual report 2025-26"),
        ("table", ["Measure", "2025-26"], [["Complaints received", "212"], ["Resolved at stage 1", "171 (81%)"],
                                           ["Escalated to stage 2", "32"], ["Referred to the Independent Case Examiner", "9"],
                                           ["About appointments and contact", "38%"], ["About reasonable adjustments for disability", "6"],
                                           ["About data handling", "11"], ["Median days to resolve", "8"]]),
        ("p", "Themes: rearranged appointments, adviser changes, travel expenses, and accessibility of venues.")]])
    text = ("Dear %s,\n\nOur complaints annual report for 2025-26 is attached for the contract review. All figures are "
            "aggregate.%s" % (DWP["cpm"].first, sig(s)))
    m = Mail(c, s, [DWP["cpm"]], "Complaints annual report 2025-26", body_alt(text, atts=[ATT("Complaints_annual_report_2025-26.pdf", pdf)]))
    return m, L("no_claimant_data", T0, "Aggregate complaints report (PDF) incl. disability adjustment counts.")


@scenario
def nc_complaints_themes_csv(c):
    s = S["eilidh"]
    rows = [["Appointments", 14, 6, 3], ["Travel expenses", 5, 2, 1], ["Adviser conduct", 3, 1, 0],
            ["Accessibility", 2, 1, 1], ["Data handling", 2, 0, 1]]
    csvb = csv_bytes(["Theme", "Meridian", "Northstar", "Bridgeway"], rows, delim=";")
    text = ("Hi both,\n\nQ3 complaint themes by partner attached (semicolon separated, counts only) for the partner "
            "meeting.%s" % sig(s, style="short", sign=True))
    m = Mail(c, s, [NS["kieran"], BW["daniel"]], "Q3 complaint themes by partner",
             body_alt(text, atts=[ATT("complaint_themes_Q3.csv", csvb)]))
    return m, L("no_claimant_data", T0, "Semicolon CSV of complaint counts.")


@scenario
def nc_complaint_ack_template(c):
    s = S["eilidh"]
    doc = docx_bytes("Complaint acknowledgement templates", [
        ("h", "Stage 1 acknowledgement"), ("p", "Dear [Complainant name],\n\nThank you for contacting us on [date]. "
                                                "[Officer name] will look into your complaint and reply by [date + 10 "
                                                "working days]."),
        ("pb",), ("h", "Stage 2 acknowledgement"),
        ("p", "Dear [Complainant name],\n\nYou asked us to review our response of [date]. The Head of Quality will "
              "reply by [date + 20 working days]. If you need an advocate, an interpreter or the letter in another "
              "format, tell us.")])
    text = "Hi %s,\n\nThe updated acknowledgement templates, as promised.%s" % (BW["daniel"].first, sig(s, style="short", sign=True))
    m = Mail(c, s, [BW["daniel"]], "Complaint acknowledgement templates", body_alt(text, atts=[ATT("Complaint_ack_templates.docx", doc)]))
    return m, L("no_claimant_data", T0, "Blank templates with placeholders.")


@scenario
def nc_employer_complaint(c):
    s = S["gurpreet"]
    e = EMP["city"]
    orig = ("Gurpreet,\n\nThird time this month your team has sent candidates to site without PPE and without telling "
            "my gate staff. It wastes everyone's morning. Can we sort a proper process?\n\nRob Gilbert\nSite Manager, "
            "CityBuild Ltd")
    text = ("Dear Mr Gilbert,\n\nThank you for raising this, and I'm sorry for the wasted mornings. From Monday our "
            "employer team will e-mail your gate office the day before any site visit, and every candidate will be "
            "issued boots and a hi-vis vest before they travel. Our Employment Services Manager will call you this "
            "week to agree the details.\n\nYours sincerely" + sig(s, closing=False) +
            quote_outlook(e, c.earlier(60 * 20), "Complaints Team <%s>" % BOX["cx"].email, "Candidates arriving without PPE", orig))
    m = Mail(c, s, [e], "RE: Candidates arriving without PPE", body_alt(text), reply="citybuild-ltd.co.uk")
    return m, L("no_claimant_data", T0, "Employer's own complaint about the service; no participant identified.")


@scenario
def nc_hr_absence_stats(c):
    s = S["natasha"]
    rows = [["Mental health (stress, anxiety, depression)", "31%"], ["Musculoskeletal", "22%"], ["Respiratory / colds",
                                                                                                 "18%"],
            ["Surgery and recovery", "9%"], ["Other", "20%"]]
    text = ("Hi %s,\n\nFor our contract review, here are our staff sickness absence figures for the last 12 months "
            "(all 612 employees, no individual data):\n\n%s\n\nAverage days lost per employee: 7.4. Referrals to "
            "occupational health: 46. Could you include a view on the mental health trend in your annual report?%s" %
            (TP["oh"].first, text_table(["Reason", "Share of days lost"], rows), sig(s)))
    m = Mail(c, s, [TP["oh"]], "Staff absence figures for the OH contract review", body_alt(text))
    return m, L("no_claimant_data", T0, "Aggregate staff absence statistics by reason; no individual.")


@scenario
def nc_staff_own_oh(c):
    s = S["dafydd"]
    text = ("Hi Paul,\n\nJust confirming I can make my OH review on Thursday at 11:30 by phone. As we discussed, I'm "
            "six weeks on from the knee operation and my manager and I would like to talk about a phased return - "
            "three days a week for the first month.\n\nThanks,\nDafydd\n\nDafydd Rees | HR Adviser | Meridian "
            "Employment & Skills\nT: 0113 496 0532")
    m = Mail(c, s, [TP["oh"]], "My OH review on Thursday", body_plain(text), mailer="outlook")
    return m, L("no_claimant_data", T0, "The sender's own operation and phased return (staff, not claimant data).")


@scenario
def nc_staff_own_dbs(c):
    s = S["tomasz"]
    text = ("Hello,\n\nMy enhanced DBS renewal has come back and I'd like to link it to the Update Service as our "
            "policy asks. The certificate number is 001785421963 and the application was made through your portal "
            "under Meridian Employment & Skills (organisation code MES01). Could you confirm what I need to do "
            "next?\n\nMany thanks\nTomasz" + sig(s, disclaimer=False, style="short"))
    m = Mail(c, s, [TP["dbs"]], "Linking my DBS certificate to the Update Service", body_alt(text))
    return m, L("no_claimant_data", T0, "Staff member's own DBS renewal (certificate number is not a listed identifier).")


@scenario
def nc_union_rep(c):
    s = S["dafydd"]
    text = ("Dear Marion,\n\nAs branch secretary I'm writing about the facility time agreement for the Meridian "
            "branch. Management have proposed reducing rep time from 0.4 FTE to 0.2 FTE from April. We have 214 "
            "members across the Leeds and Sheffield sites and I don't think 0.2 is workable with the restructure "
            "consultation coming. Could you join the JCC on 15 December?\n\nIn solidarity,\nDafydd\n\n"
            "Dafydd Rees\nUNISON Branch Secretary, Meridian Employment & Skills branch\nHR Adviser (day job)")
    m = Mail(c, s, [TP["union"]], "Facility time – Meridian branch", body_alt(text))
    return m, L("no_claimant_data", T0, "Staff union rep (the sender) writing about facility time; trade union "
                                        "membership of the sender is staff data, not claimant data.")


@scenario
def nc_job_advert(c):
    s = S["natasha"]
    text = ("Hi %s,\n\nPlease advertise the role below from Monday.\n\nSAFEGUARDING OFFICER - Leeds (hybrid)\n"
            "£31,500 - £34,200 | 37 hours | Permanent\n\nYou will support our safeguarding lead with referrals about "
            "adults and children at risk, including people experiencing domestic abuse, mental ill health or "
            "substance misuse. You will need an enhanced DBS check. Having a criminal record will not necessarily bar "
            "you from working with us - we follow the Ban the Box principles. We are a Disability Confident Leader "
            "and guarantee an interview to disabled applicants who meet the essential criteria.\n\nClosing date: "
            "8 January 2027.%s" % (TP["agency"].first, sig(s)))
    m = Mail(c, s, [TP["agency"]], "New vacancy: Safeguarding Officer (Leeds)", body_alt(text))
    return m, L("no_claimant_data", T0, "Job advert naming DBS, criminal records, mental ill health in general.")


@scenario
def nc_menopause_policy(c):
    doc = docx_bytes("Menopause at work policy", [
        ("h", "Menopause at work - policy and guidance for managers"),
        ("p", "Symptoms can include hot flushes, poor sleep, anxiety and low mood. Managers should hold a supportive "
              "conversation, consider reasonable adjustments and, with the employee's agreement, refer to occupational "
              "health."),
        ("p", "Health information shared in these conversations is confidential and must be stored in the HR system "
              "only.")])
    text = ("Dear partners,\n\nSeveral of you asked for our menopause policy as a model for your own. It's attached; "
            "please adapt it freely.\n\nBest wishes\nHR Team\nMeridian Employment & Skills")
    m = Mail(c, BOX["hr"], [NS["kieran"], BW["daniel"]], "Model policy: menopause at work",
             body_alt(text, atts=[ATT("Menopause_at_work_policy.docx", doc)]))
    return m, L("no_claimant_data", T0, "HR model policy mentioning health symptoms generally; from a shared mailbox.")


@scenario
def nc_wellbeing_newsletter(c):
    text = ("Wellbeing news - December\n\nThe darker evenings can be hard. Remember:\n\n- Our employee assistance "
            "programme is free and confidential, 24 hours a day: 0808 157 0433.\n- Our Mental Health First Aiders this "
            "quarter are Tomasz Zieliński (Safeguarding) and Eilidh MacLeod (Complaints) - grab them for a chat any "
            "time.\n- The menopause café meets on the second Tuesday of each month.\n- The Christmas step challenge "
            "starts on 1 December; last year we walked to Rome and back.\n\nSubcontractor colleagues are welcome at "
            "all of our wellbeing sessions.\n\nHR Team")
    html = ('<h2 style="color:#1f4e79">Wellbeing news - December</h2>' + text_html_paras(text.split("\n\n", 1)[1]))
    m = Mail(c, BOX["hr"], [BOX["hr"]], "Wellbeing news – December",
             ALT(P(text), P(html_doc(html), subtype="html", cte="base64")),
             bcc=[NS["kieran"], BW["daniel"], NS["rebecca"]])
    return m, L("no_claimant_data", T0, "Staff wellbeing newsletter naming staff mental health first aiders; Bcc "
                                        "partners; base64 HTML.")


@scenario
def nc_powerbi_counts_xlsx(c):
    rows = [["Leeds", 412, 389, 96, 41], ["Wakefield", 233, 219, 51, 19], ["Bradford", 376, 341, 77, 30],
            ["Calderdale", 128, 120, 26, 11], ["Kirklees", 264, 250, 58, 23]]
    x = xlsx_bytes([("Performance", ["Local authority", "Referrals", "Starts", "Job starts", "Earnings outcomes"], rows),
                    ("Notes", ["Note"], [["Counts to 30 November 2026. Cells under 5 would be suppressed."]])])
    m = Mail(c, BOX["pbi"], [DWP["cpm"]], "Subscription: Contract performance – West Yorkshire",
             MIX(P(powerbi_html("Contract performance - West Yorkshire", "DWP Reporting", "Weekly snapshot.", c,
                                "an Excel file"), subtype="html"), ATT("Contract performance - West Yorkshire.xlsx", x)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("no_claimant_data", T0, "Power BI subscription with counts by local authority (XLSX).")


@scenario
def nc_powerbi_pdf_northstar(c):
    pdf = pdf_bytes("Supply chain performance - Northstar", [[
        ("h", "Supply chain performance - Northstar Training"),
        ("table", ["Measure", "Oct", "Nov"], [["Starts", "118", "124"], ["Job starts", "27", "31"],
                                               ["% declaring a health condition or disability", "58%", "61%"],
                                               ["% with a self-declared conviction", "11%", "9%"],
                                               ["Average days referral to start", "9.2", "8.7"]]),
        ("p", "Source: case management system, refreshed 06:00.")]], creator="Microsoft Power BI")
    m = Mail(c, BOX["pbi"], [NS["rebecca"]], "Subscription: Supply chain performance – Northstar",
             MIX(P(powerbi_html("Supply chain performance - Northstar", "Supply Chain", "Monthly snapshot.", c, "a PDF"),
                   subtype="html"), ATT("Supply chain performance - Northstar.pdf", pdf)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("no_claimant_data", T0, "Power BI PDF with percentages declaring health conditions / convictions.")


@scenario
def nc_ssrs_referrals_csv(c):
    rows = [["Leeds Eastgate", 61], ["Leeds Harehills", 38], ["Wakefield", 44], ["Bradford Westfield", 57],
            ["Halifax", 22], ["Huddersfield", 31], ["Dewsbury", 19]]
    csvb = csv_bytes(["Jobcentre", "Referrals_w48"], rows)
    m = Mail(c, BOX["ssrs"], [DWP["cpm"]], "Referrals by Jobcentre – week 48",
             body_plain(ssrs_text("Referrals by Jobcentre", "Counts of PRaP referrals received in week 48.", c),
                        atts=[ATT("Referrals_by_Jobcentre_w48.csv", csvb)]), headers=auto_headers("ssrs"), mailer=None)
    return m, L("no_claimant_data", T0, "SSRS subscription, counts by Jobcentre (CSV).")


@scenario
def nc_ssrs_failed(c):
    text = ("Report delivery failed\n\nReport: /DWP Reporting/Participant caseload detail\nSubscription: %s\n"
            "Owner: MERIDIAN\\lewis.crabtree\nLast run: %s\nStatus: Failure sending mail: The user or group name "
            "'MERIDIAN\\svc_ssrs' is not recognised. Mail will not be resent.\n\nServer: SSRS01 (10.42.8.17)\n"
            "Log: C:\\Program Files\\Microsoft SQL Server Reporting Services\\SSRS\\LogFiles\\ReportServerService_2026_%02d_%02d.log" %
            (guid(c), c.date.strftime("%d/%m/%Y %H:%M"), c.date.month, c.date.day))
    m = Mail(c, BOX["ssrs"], [TP["bi"]], "Report delivery failed: Participant caseload detail", body_plain(text),
             headers=auto_headers("ssrs"), mailer=None)
    return m, L("no_claimant_data", T0, "SSRS failure notice naming a report about participants but containing none.")


@scenario
def nc_moveit_package(c):
    d = c.date.strftime("%Y%m%d")
    text = ("MOVEit Transfer\n\nA new package has been sent to you.\n\nFrom: Aoife Brennan (Meridian Employment & "
            "Skills)\nSubject: WHP referrals batch %s\nFiles:\n  WHP_Referrals_%s.csv (48 KB)\n  WHP_Referrals_%s_readme.txt (1 KB)\n"
            "Expires: 14 days after delivery\n\nSign in to https://transfer.provider.example.org.uk to download. "
            "This message was sent automatically; replies are not monitored." % (c.date.strftime("%Y-%m-%d"), d, d))
    m = Mail(c, BOX["moveit"], [BW["intake"]], "MOVEit Transfer: new package – WHP referrals batch %s" % c.date.strftime("%Y-%m-%d"),
             body_plain(text), headers=auto_headers("moveit") + [("X-MOVEit-Package-ID", str(c.R.randint(100000000, 999999999)))],
             mailer=None)
    return m, L("no_claimant_data", T0, "MOVEit package notice; file names carry only dates; data stays on the server.")


@scenario
def nc_moveit_account(c):
    text = ("MOVEit Transfer\n\nDear Rebecca Thornton,\n\nYour password for https://transfer.provider.example.org.uk "
            "will expire in 5 days. Sign in and choose Change Password. Passwords must be at least 14 characters.\n\n"
            "If you did not expect this message, contact it.servicedesk@provider.example.org.uk.")
    m = Mail(c, BOX["moveit"], [NS["rebecca"]], "MOVEit Transfer: your password expires in 5 days", body_plain(text),
             headers=auto_headers("moveit"), mailer=None)
    return m, L("no_claimant_data", T0, "Account notice to a supply-chain user (staff).")


@scenario
def nc_sftp_log(c):
    s = S["lewis"]
    d = c.date
    log = "\n".join([
        "%s sftp-bridge[2211]: session opened for user mes_northstar from 192.0.2.44 port 51022" % d.strftime("%b %d %H:%M:%S"),
        "%s sftp-bridge[2211]: open \"/inbound/exit_reports_%s.zip\" flags WRITE,CREATE,TRUNCATE" % (d.strftime("%b %d %H:%M:%S"), d.strftime("%Y%m%d")),
        "%s sftp-bridge[2211]: error: write failed: No space left on device (quota 20480 MB)" % d.strftime("%b %d %H:%M:%S"),
        "%s sftp-bridge[2211]: session closed for user mes_northstar" % d.strftime("%b %d %H:%M:%S"),
        "%s sftp-bridge[2318]: Accepted publickey for mes_bridgeway from 198.51.100.23 port 40518 ssh2: ED25519 SHA256:q3Lx0TfP2mZk" % d.strftime("%b %d %H:%M:%S")])
    text = ("Hi Pennant team,\n\nThe SFTP bridge is rejecting uploads again - the inbound volume has hit its quota. "
            "Log extract below. Could you extend it to 40 GB and check the clean-up job that should delete files older "
            "than 14 days?\n\n%s\n\nThanks\nLewis\n\nLewis Crabtree | BI Developer | Meridian Employment & Skills | "
            "0113 496 0642" % log)
    m = Mail(c, s, [TP["itsup"]], "SFTP bridge – inbound quota full", body_plain(text), mailer="mac")
    return m, L("no_claimant_data", T0, "Server log lines with hosts, IPs, key fingerprints and date-stamped file names.")


@scenario
def nc_servicenow_gateway(c):
    inc = "INC00%d" % c.R.randint(48000, 48999)
    text = ("Meridian IT Service Desk\n\nIncident %s has been updated.\n\nShort description: Power BI on-premises data "
            "gateway offline\nCaller: Lewis Crabtree\nPriority: 2 - High\nAssignment group: Pennant IT - Infrastructure\n"
            "State: In Progress\n\nAdditional comments (Customer visible):\n%s - Lewis Crabtree\n\"Gateway GW-LEEDS-01 "
            "stopped at 05:50 and the 06:00 refreshes failed for all DWP reports. Service restarts but stops again "
            "after about ten minutes. Event log shows 'Out of memory' in the mashup container.\"\n\nTo view the "
            "incident, go to https://meridian.service-now.example/nav_to.do?uri=incident.do\n\nRef:MSG%07d" %
            (inc, c.date.strftime("%d-%m-%Y %H:%M:%S"), c.R.randint(1000000, 9999999)))
    m = Mail(c, BOX["snow"], [TP["itsup"]], "Incident %s – comments added" % inc, body_plain(text),
             headers=auto_headers("servicenow"), mailer=None)
    return m, L("no_claimant_data", T0, "ServiceNow notification quoting the user's text; infrastructure only.")


@scenario
def nc_jira_ethnicity_field(c):
    text = ("Jira Service Management\n\nPriyanka Venkataraman created BI-217\n\nAdd ethnicity and disability breakdown "
            "to the equality dashboard\n\nIssue type: Story   Priority: Medium   Assignee: Megan Hallett\n\n"
            "Description:\nDWP have asked for starts and job outcomes broken down by ethnicity (ONS 2021 high-level "
            "groups) and by declared disability. Please build this from the aggregated equality table only - no "
            "row-level data in the report. Suppress any cell under 10 and round to the nearest 5.\n\n"
            "View issue: https://meridian.atlassian.example/browse/BI-217")
    m = Mail(c, BOX["jira"], [TP["bi"]], "[JIRA] (BI-217) Add ethnicity and disability breakdown to equality dashboard",
             body_alt(text, atts=()), headers=auto_headers("jira") + [("X-JIRA-FingerPrint", hashlib.md5(c.name.encode()).hexdigest())],
             mailer=None)
    return m, L("no_claimant_data", T0, "Jira notification about aggregated ethnicity/disability reporting.")


@scenario
def nc_forms_employer_event(c):
    s = S["segun"]
    resp = [("Name", "Naomi Davies"), ("Organisation", "Acme Logistics"), ("Work e-mail", "naomi.davies@acme-logistics.co.uk"),
            ("Number attending", "2"), ("Dietary requirements", "Vegetarian x1"), ("Access needs", "None")]
    resp2 = [("Name", "Ollie Steadman"), ("Organisation", "Brightside Retail"), ("Work e-mail", "ollie.steadman@brightside-retail.co.uk"),
             ("Number attending", "1"), ("Dietary requirements", "None"), ("Access needs", "None")]
    text = ("Hi,\n\nTwo more registrations for the employer breakfast on 10 December - that takes us to 34. Forms "
            "responses below.%s\n\n---------- Forwarded message ---------\nFrom: Microsoft Forms <%s>\nSubject: New "
            "responses: Employer breakfast registration\n\nResponse 33\n%s\n\nResponse 34\n%s" %
            (sig(s, disclaimer=False), BOX["forms"].email, kv_text(resp), kv_text(resp2)))
    m = Mail(c, s, [TP["venue"]], "FW: New responses: Employer breakfast registration", body_alt(text))
    return m, L("no_claimant_data", T0, "Forwarded Microsoft Forms responses from employer contacts (not claimants).")


@scenario
def nc_forms_survey_summary(c):
    s = S["imogen"]
    text = ("Hi %s,\n\nSummary of the November participant survey (Microsoft Forms, anonymous):\n\n"
            "Responses: 318\nOverall satisfaction: 4.3 / 5\nWould recommend: 87%%\n\nA few of the free-text comments:\n"
            "- \"My adviser helped me with my anxiety about interviews.\"\n- \"Appointments kept being moved.\"\n"
            "- \"The travel money took too long.\"\n\nNo names or contact details were collected.%s" %
            (DWP["pm"].first, sig(s)))
    m = Mail(c, s, [DWP["pm"]], "November participant survey – summary", body_alt(text))
    return m, L("no_claimant_data", T0, "Anonymous survey summary with a free-text comment mentioning anxiety "
                                        "(unidentifiable).")


@scenario
def nc_dwp_meeting_ics(c):
    s = S["fiona"]
    start = datetime.datetime.combine(future_day(c, 6, 16), datetime.time(14, 0))
    desc = ("Quarterly information governance review\n\nAttendees: Gillian Morrow (DWP Contract Performance Manager), "
            "Fiona Rennard (DPO), Bilal Hussain (IG), Priyanka Venkataraman (MI)\n\n1. Incident return Q3\n2. MOVEit "
            "upgrade change request\n3. Power BI DPIA\n4. AOB")
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 60, "Quarterly IG review – Meridian / DWP",
                 desc, s, [DWP["cpm"], S["bilal"], S["priyanka"]], "Microsoft Teams Meeting", stamp=c.date.replace(tzinfo=None))
    body = ALT(P(desc), P(html_doc(text_html_paras(desc)), subtype="html"), CAL(invite))
    m = Mail(c, s, [DWP["cpm"]], "Quarterly IG review – Meridian / DWP", body, cc=[S["bilal"], S["priyanka"]])
    return m, L("no_claimant_data", T0, "Meeting invitation with staff names only; internal copies.")


@scenario
def nc_zip_password_followup(c):
    s = S["tomasz"]
    text = "Hi Ama,\n\nAs discussed on the phone, the password for the file I've just sent you is:\n\nHeron!Moss-2261\n\nTomasz"
    m = Mail(c, s, [BW["ama"]], "Password", body_plain(text), mailer="outlook")
    return m, L("no_claimant_data", T0, "Password follow-up mail for a protected zip; nothing about anyone.")


@scenario
def nc_powerbi_access(c):
    html = html_doc('<p><b>Lewis Crabtree</b> shared the report <b>Supply chain performance</b> with you.</p>'
                    '<p>Message: "Rebecca - this replaces the old SSRS pack. Row-level security limits it to Northstar."</p>'
                    '<p><a href="https://app.powerbi.com/groups/me/reports/%s">Open this report</a></p>' % guid(c))
    m = Mail(c, BOX["pbi"], [NS["rebecca"]], "Lewis Crabtree shared 'Supply chain performance' with you",
             P(html, subtype="html"), headers=auto_headers("powerbi"), mailer=None)
    return m, L("no_claimant_data", T0, "Power BI sharing notice.")


@scenario
def nc_sftp_thread(c):
    s = S["lewis"]
    r = NS["rebecca"]
    t0, t1, t2 = c.earlier(60 * 72), c.earlier(60 * 50), c.earlier(60 * 3)
    m0 = ("Hi Rebecca,\n\nWe're moving the referral feed from e-mail to SFTP. Could you send me the public key for the "
          "account your team will use? ED25519 please.\n\nThanks\nLewis\n\nLewis Crabtree | BI Developer\nT: 0113 496 0642")
    m1 = ("Hi Lewis,\n\nKey attached to my colleague's ticket - fingerprint SHA256:q3Lx0TfP2mZk. Which IP range should "
          "our firewall allow?\n\nRebecca\n\n--\nRebecca Thornton\nData and MI Manager, Northstar Training\n01632 960114\n\n" + NS_FOOTER)
    m2 = ("Thanks Rebecca - please allow 203.0.113.0/28. I'll set up the account this afternoon.\n\nLewis")
    body = ("Morning Rebecca,\n\nAccount mes_northstar is live. First test file went across at 08:14 - can you confirm "
            "you can see it? After that we'll switch off the e-mail feed on 14 December.\n\nLewis" + sig(s, style="short") +
            quote_outlook(s, t2, addr(r), "RE: SFTP for the referral feed", m2 +
                          "\n\n" + quote_gt(r, t1, m1) + "\n\n" + quote_gt(s, t0, m0)))
    m = Mail(c, s, [r], "RE: SFTP for the referral feed", body_alt(body), mailer="outlook", reply=NORTHSTAR)
    return m, L("no_claimant_data", T0, "Long thread, every earlier message quoted (Outlook over Gmail-style quotes); "
                                        "staff signatures and a supply-chain footer mentioning health data.")


@scenario
def nc_gmail_reply_room(c):
    s = S["eilidh"]
    d = BW["daniel"]
    t0 = c.earlier(60 * 5)
    their = ("Hi Eilidh,\n\nHappy to host the complaints-handling training at our Bradford office. The big room holds 16 "
             "and has a hearing loop. Would 13 January work?\n\nDaniel")
    text = ("Hi Daniel,\n\n13 January is perfect - 10am to 1pm. We'll bring lunch. There'll be 12 of us.\n\nThanks,\nEilidh" +
            sig(s, style="short") + "\n\n" + quote_gt(d, t0, their))
    html_inner = (plain_to_html(text.split("\n\n" + fmt_gmail(t0))[0]) + "<br><br>" +
                  gmail_quote_html(d, t0, plain_to_html(their)))
    m = Mail(c, s, [d], "Re: Complaints training venue", body_alt(text, "gmail", html_inner=html_inner), mailer="outlook",
             reply=BRIDGEWAY)
    return m, L("no_claimant_data", T0, "Reply above a Gmail-style quoted reply (gmail_quote blockquote in HTML).")


@scenario
def nc_bottom_posted_policy(c):
    s = S["bilal"]
    k = NS["kieran"]
    q = ("> Hi Bilal, quick one - does the clean desk policy apply to hot desks in the\n> shared Bradford office, or only "
         "to our own floor?\n> Kieran")
    text = ("%s wrote:\n%s\n\nIt applies to every desk you use, shared or not. Lock paper case files away at the end of "
            "the day and lock your screen whenever you step away.\n\nBilal\n\n-- \nBilal Hussain\nInformation Governance "
            "Officer, Meridian Employment & Skills\n0113 496 0203" % (fmt_gmail(c.earlier(90)) + ", Kieran Walsh <%s>" %
                                                                      k.email, q))
    m = Mail(c, s, [k], "Re: Clean desk policy", body_plain(text), mailer="mac", reply=NORTHSTAR)
    return m, L("no_claimant_data", T0, "Bottom-posted reply under a '>' quote.")


@scenario
def nc_mixed_charset_rates(c):
    s = S["segun"]
    rates = [("Universal Credit standard allowance - single, 25 or over", "£400.14 a month"),
             ("Universal Credit standard allowance - couple, both 25 or over", "£628.10 a month"),
             ("Work allowance (with housing costs)", "£411 a month"),
             ("Taper rate", "55p for every £1 earned above the work allowance"),
             ("New Style JSA - 25 or over", "£92.05 a week")]
    text = ("Hi both,\n\nFor your better-off calculations from April, these are the published rates (GOV.UK) our "
            "advisers will use:\n\n" + "\n".join("%s: %s" % r for r in rates) +
            "\n\nThe café at Meridian House will have copies of the leaflet.\n\nSegun\n\nSegun Adeyemi | Employment "
            "Services Manager | Meridian Employment & Skills")
    html = html_doc("<p>Hi both,</p><p>For your better-off calculations from April, these are the published rates "
                    "(GOV.UK) our advisers will use:</p>" + html_table(["Rate", "Amount"], rates) +
                    "<p>The café at Meridian House will have copies of the leaflet.</p><p>Segun</p>")
    body = ALT(P(text, charset="iso-8859-1", cte="quoted-printable"), P(html, subtype="html", cte="quoted-printable"))
    m = Mail(c, s, [NS["kieran"], BW["daniel"]], "Published benefit rates for better-off calculations", body)
    return m, L("no_claimant_data", T0, "ISO-8859-1 plain part beside a UTF-8 HTML part; published UC/JSA rates.")


@scenario
def nc_sar_process_minutes(c):
    s = S["chloe"]
    text = ("Hi both,\n\nNotes from Monday's SAR process review.\n\nPresent: Chloe Whitworth, Fiona Rennard (Meridian); "
            "Rebecca Thornton (Northstar); Daniel Ferreira (Bridgeway)\n\n1. Volumes: 27 requests this year so far, "
            "up from 19. Median time to forward to DWP: 1 day.\n2. Redaction: partners to use the shared redaction "
            "checklist; third-party names in case notes must be redacted.\n3. ID checks: no copies of passports by "
            "e-mail.\n\nActions:\n- Chloe: circulate checklist v2 (Friday)\n- Rebecca and Daniel: confirm a named SAR "
            "contact in each organisation\n\nChloe" + sig(s, style="short"))
    m = Mail(c, s, [NS["rebecca"], BW["daniel"]], "Notes – SAR process review", body_alt(text), cc=[S["fiona"]])
    return m, L("no_claimant_data", T0, "Meeting notes about a process; staff names; internal copy.")


@scenario
def nc_ethnicity_stats(c):
    s = S["priyanka"]
    rows = [["Asian or Asian British", "14%", "13%"], ["Black, Black British, Caribbean or African", "7%", "7%"],
            ["Mixed or multiple ethnic groups", "4%", "5%"], ["White", "71%", "72%"], ["Other ethnic group", "2%", "2%"],
            ["Prefer not to say", "2%", "1%"]]
    text = ("Hi %s,\n\nEquality monitoring for starts and job outcomes, year to date (rounded; small cells "
            "suppressed):\n\n%s\n\nDisability declared: 57%% of starts, 49%% of job outcomes.%s" %
            (DWP["cpm"].first, text_table(["Ethnic group", "Starts", "Job outcomes"], rows), sig(s)))
    m = Mail(c, s, [DWP["cpm"]], "Equality monitoring – year to date", body_alt(text))
    return m, L("no_claimant_data", T0, "Aggregate ethnicity and disability percentages.")


@scenario
def nc_employer_vacancy_fwd(c):
    s = S["segun"]
    e = EMP["harbour"]
    adv = ("Night Porter - Harbourview Hotels Leeds\n£12.60 an hour, 4 nights on / 4 off\n\nWe are a Disability "
           "Confident employer and we welcome applicants with previous convictions (basic DBS on offer). Full training "
           "given.\n\nColette Martin\nHead of People, Harbourview Hotels")
    text = ("Hi Kieran,\n\nOne for your learners finishing the SIA course - see below.\n\nSegun" + sig(s, disclaimer=False, closing=False) +
            quote_outlook(e, c.earlier(60 * 4), addr(s), "Night porter vacancies", adv))
    m = Mail(c, s, [NS["kieran"]], "FW: Night porter vacancies", body_alt(text))
    return m, L("no_claimant_data", T0, "Forwarded vacancy welcoming applicants with convictions.")


@scenario
def nc_mhfa_training(c):
    t = TP["trainer"]
    text = ("Hi Daniel,\n\nWe've booked two-day Mental Health First Aid training with Mindful Workplaces for 20-21 "
            "January and have four spare places for Bridgeway staff. The course covers depression, anxiety, psychosis, "
            "eating disorders and suicide prevention. Let us know names by Friday.\n\nHR Team\nMeridian Employment & Skills")
    m = Mail(c, BOX["hr"], [BW["daniel"]], "Spare places: Mental Health First Aid (January)", body_alt(text), cc=[t])
    return m, L("no_claimant_data", T0, "Training invitation listing mental-health topics.")


@scenario
def nc_safeguarding_form_blank(c):
    s = S["tomasz"]
    doc = docx_bytes("Safeguarding concern form (blank)", [
        ("h", "Safeguarding concern form"),
        ("kv", [("Participant name", ""), ("Date of birth", ""), ("National Insurance number", ""),
                ("Address and postcode", ""), ("Type of concern", "[ ] self-harm  [ ] domestic abuse  [ ] substance misuse  "
                                                                  "[ ] financial abuse  [ ] neglect  [ ] other"),
                ("What was said or seen", ""), ("Action taken", ""), ("Reported to DSL (date/time)", "")])])
    text = ("Hi Yusuf,\n\nHere's a blank copy of the concern form for your tutors' packs. Completed forms go to the "
            "safeguarding mailbox by encrypted e-mail only, never plain.%s" % sig(s))
    m = Mail(c, s, [NS["tutor"]], "Blank safeguarding concern form", body_alt(text, atts=[ATT("Safeguarding_concern_form_BLANK.docx", doc)]))
    return m, L("no_claimant_data", T0, "Blank form with DOB/NINO/concern-type labels and no values.")


@scenario
def nc_breach_log_blank(c):
    s = S["bilal"]
    x = xlsx_bytes([("Log", ["Incident ref", "Date found", "Reported by", "Data involved (categories)", "Number of people",
                             "Special category involved (Y/N)", "Contained (date)", "ICO reportable (Y/N)", "Closed"], []),
                    ("Lists", ["Categories"], [["Names"], ["Contact details"], ["NINO"], ["Health"], ["Criminal offence"],
                                                ["Benefit details"], ["Children"]])])
    text = "Hi Daniel,\n\nBlank incident log template for Bridgeway, as agreed at the IG meeting.%s" % sig(s, style="short", sign=True)
    m = Mail(c, s, [BW["daniel"]], "Incident log template", body_alt(text, atts=[ATT("Incident_log_TEMPLATE.xlsx", x)]))
    return m, L("no_claimant_data", T0, "Blank XLSX log with category lists only.")


@scenario
def nc_nino_lookalikes_spec(c):
    s = S["lewis"]
    text = ("Hi Megan,\n\nFor the NINO validation in the staging model, these test values must all be REJECTED:\n\n"
            "QQ 12 34 56 C   (QQ is the documentation prefix)\nBG123456A       (BG not allocated)\nGB 65 43 21 B   (GB not allocated)\n"
            "NK 44 10 21 B   (NK not allocated)\nDA 12 34 56 A   (D never a first letter)\nAB 12 34 56 E   (suffix must be A-D)\n"
            "ZZ999999D       (ZZ placeholder)\nTN 20 11 26 M   (temporary reference format)\n\n"
            "And anything matching the mask LL 99 99 99 L that fails those rules should go to the exceptions table, "
            "not the main fact table. Thanks!\n\nLewis\n\nLewis Crabtree | BI Developer | Meridian Employment & Skills")
    m = Mail(c, s, [TP["bi"]], "NINO validation – test values", body_alt(text, "mac"), mailer="mac")
    return m, L("no_claimant_data", T0, "Invalid NINO look-alikes (QQ, BG, GB, NK, D-first, suffix E, ZZ, TN) and a mask.")


@scenario
def nc_received_header_trap(c):
    s = S["imogen"]
    e = EMP["acme"]
    when = format_datetime(c.date - datetime.timedelta(seconds=4))
    rcv = ["from mx-out-02.provider.example.org.uk (mx-out-02.provider.example.org.uk [192.0.2.25]) by "
           "relay.provider.example.org.uk (Postfix) with ESMTPS id JR407133C; " + when,
           "from LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM ([fe80::1c4:9a2e:71b0:3f5d]) by "
           "LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM ([fe80::1c4:9a2e:71b0:3f5d%4]) with mapi id 15.20.8207.017; " + when]
    text = ("Hi Naomi,\n\nThank you for hosting our quality visit at Normanton last week. The induction your team runs "
            "for new starters is one of the best we've seen, and we'd love to share it (anonymously) with other "
            "employers at the breakfast on 10 December.%s" % (sig(s)))
    m = Mail(c, s, [e], "Thank you – quality visit", body_alt(text), received=rcv)
    return m, L("no_claimant_data", T0, "A NINO-shaped Postfix queue id appears only in a Received trace header, "
                                        "which RULES.md excludes; body about nobody.")


@scenario
def nc_uc_footer_banner(c):
    s = S["segun"]
    banner = ("-----\nDid you know? Working parents on Universal Credit can claim back up to 85% of their childcare "
              "costs - up to £1,031.88 a month for one child. Ask your adviser.\nMeridian is a Disability Confident "
              "Leader and a Mindful Employer.\n-----")
    text = ("Hi Ollie,\n\nThanks again for taking a stand at the Kirkstall jobs fair. 61 people came to your stand and "
            "we've had 19 applications through so far. I'll send the evaluation next week.%s\n\n%s" %
            (sig(s, disclaimer=False), banner))
    m = Mail(c, s, [EMP["bright"]], "Jobs fair – thank you", body_alt(text))
    return m, L("no_claimant_data", T0, "Signature banner quoting a UC childcare figure about nobody; aggregate counts.")


@scenario
def nc_staff_own_chemo(c):
    s = S["gurpreet"]
    text = ("Hi Daniel,\n\nA heads-up: I'm starting chemotherapy on Monday and will be off for about six weeks. Eilidh "
            "MacLeod will pick up anything complaints-related from Bridgeway while I'm away - her number is in her "
            "signature. I'm fine, honestly, and looking forward to being back by February.\n\nGurpreet" + sig(s, style="short"))
    m = Mail(c, s, [BW["daniel"]], "Cover while I'm off", body_alt(text), cc=[S["eilidh"]])
    return m, L("no_claimant_data", T0, "The sender's own treatment (staff), not claimant data.")


@scenario
def nc_ics_staff_only_review(c):
    s = S["imogen"]
    start = datetime.datetime.combine(future_day(c, 3, 10), datetime.time(9, 30))
    desc = ("Case file audit - Northstar Bradford\n\nAuditors: Imogen Thwaite, Bilal Hussain\nNorthstar: Kieran Walsh\n\n"
            "We will select a random sample of 20 files on the day. Please have the case management system available on "
            "two laptops; no printing needed.")
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 240, "Case file audit – Northstar Bradford",
                 desc, s, [NS["kieran"], S["bilal"]], "Northstar Training, Bradford", stamp=c.date.replace(tzinfo=None))
    body = ALT(P(desc), P(html_doc(text_html_paras(desc)), subtype="html"), CAL(invite))
    m = Mail(c, s, [NS["kieran"]], "Case file audit – Northstar Bradford", body, cc=[S["bilal"]])
    return m, L("no_claimant_data", T0, "Audit invitation; sample chosen on the day; staff names only.")


@scenario
def nc_records_request_box(c):
    s = S["chloe"]
    text = ("Hello,\n\nPlease retrieve the following boxes to Meridian House by Thursday:\n\nMES-ARC-00114  SAR files "
            "2019 (A-K)\nMES-ARC-00115  SAR files 2019 (L-Z)\nMES-ARC-00231  Complaints 2020\n\nCost centre: IG-4410. "
            "Please deliver to the post room, attention Chloe Whitworth.%s" % sig(s, disclaimer=False))
    m = Mail(c, s, [TP["records"]], "Retrieval request – 3 boxes", body_alt(text))
    return m, L("no_claimant_data", T0, "Records-store retrieval by box number.")


@scenario
def nc_dpia_dwp_consult(c):
    s = S["fiona"]
    text = ("Dear WPD Security,\n\nAs part of the MOVEit change request we have completed a DPIA for the automated "
            "referral and exit-report transfers. Summary:\n\n- about 46,000 participant records a year will move by "
            "SFTP instead of e-mail\n- data items are those in Annex A of Chapter 15, including disability status\n"
            "- residual risk assessed as low; no offshore processing\n\nThe full DPIA is available on request.%s" % sig(s))
    m = Mail(c, s, [DWP["sec"]], "DPIA summary – automated MOVEit transfers", body_alt(text))
    return m, L("no_claimant_data", T0, "DPIA summary with a volume figure only.")


@scenario
def nc_powerbi_top_employers(c):
    rows = [["Acme Logistics", 41], ["Greenfield Care", 33], ["Harbourview Hotels", 27], ["Brightside Retail", 25],
            ["CityBuild Ltd", 18], ["Oakapple Foods", 12]]
    csvb = csv_bytes(["Employer", "Job starts YTD"], rows)
    m = Mail(c, BOX["pbi"], [NS["kieran"]], "Subscription: Top employers by job starts",
             MIX(P(powerbi_html("Top employers by job starts", "Employer Engagement", "Year to date.", c, "a CSV file"),
                   subtype="html"), ATT("Top employers by job starts.csv", csvb)), headers=auto_headers("powerbi"), mailer=None)
    return m, L("no_claimant_data", T0, "Organisations and counts only.")


@scenario
def nc_safeguarding_board_newsletter(c):
    s = S["marcia"]
    news = ("West Riding Safeguarding Adults Board - Winter Bulletin\n\n- 16 Days of Action against domestic abuse: "
            "resources and posters\n- County lines: signs that an adult is being exploited\n- Learning from a "
            "safeguarding adults review: the importance of professional curiosity where alcohol misuse is present\n"
            "- Training dates for January")
    text = ("Hi both,\n\nWorth a read, especially the piece on county lines.\n\nMarcia" + sig(s, disclaimer=False, closing=False) +
            quote_outlook(Who("Safeguarding Adults Board", "", "", "West Riding Council", "sab.bulletin@westriding-council.gov.uk"),
                          c.earlier(60 * 30), addr(s), "Winter Bulletin", news))
    m = Mail(c, s, [BW["ama"], NS["kieran"]], "FW: Winter Bulletin", body_alt(text))
    return m, L("no_claimant_data", T0, "Forwarded safeguarding board bulletin; general topics.")


@scenario
def nc_hr_dbs_counts(c):
    text = ("Hello,\n\nFor planning: we have 37 enhanced and 12 basic DBS renewals due between January and March. "
            "Could you also look at invoice VS-22871, which seems to have charged the enhanced rate for 4 basic "
            "checks?\n\nThanks\nHR Team\nMeridian Employment & Skills")
    m = Mail(c, BOX["hr"], [TP["dbs"]], "Q1 renewals and invoice VS-22871", body_alt(text))
    return m, L("no_claimant_data", T0, "Counts and an invoice query.")


@scenario
def nc_closure_notice_bcc(c):
    ppl = [Person(c) for _ in range(4)]
    text = ("Hello,\n\nOur offices will close at 1pm on Thursday 24 December and reopen on Monday 4 January. If you "
            "need support over the holidays, our wellbeing line is open every day on 0808 157 0192 (free from "
            "mobiles).\n\nHave a restful break.\n\nParticipant Services\nMeridian Employment & Skills")
    bcc = [Who(p.name, "", "", "", p.email) for p in ppl]
    m = Mail(c, BOX["ps"], [BOX["ps"]], "Christmas opening hours", body_alt(text), bcc=bcc)
    return m, L("no_claimant_data", T0, "Generic notice Bcc'd to four participants; says nothing about them.")


# ================================================================= B. relay under an exemption
def P_(c, name_tuple=None, **kw):
    if name_tuple:
        return Person(c, name_tuple[0], name_tuple[1], name_tuple[2], **kw)
    return Person(c, **kw)


@scenario
def on_ics_bridgeway_start(c):
    s = S["segun"]
    pp = P_(c, ("Adebayo", "Okonkwo", "m"))
    start = datetime.datetime.combine(future_day(c, 3, 8), datetime.time(10, 0))
    desc = ("First mentoring session for %s. Start date on the Bridgeway mentoring strand: %s.\n\nMentor: Daniel "
            "Ferreira. Please meet at Bridgeway reception." % (pp.name, d_long(start.date())))
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 60, "Mentoring start – %s" % pp.name,
                 desc, s, [BW["daniel"]], "Bridgeway Support, Harehills", stamp=c.date.replace(tzinfo=None))
    text = "Hi Daniel,\n\n" + desc + sig(s, disclaimer=False)
    body = ALT(P(text), P(html_doc(text_html_paras(text)), subtype="html"), CAL(invite))
    m = Mail(c, s, [BW["daniel"]], "Mentoring start – %s" % pp.name, body)
    return m, L("one_name", T(subjects=1), "One name with a start date, in subject, Thread-Topic, body and the "
                                           "calendar SUMMARY/DESCRIPTION.", name_only=True)


@scenario
def on_password_named(c):
    s = S["aoife"]
    pp = P_(c, ("Harpreet", "Kaur", "f"))
    text = ("Hi Rebecca,\n\nThe password for the zip I sent about %s's referral is:\n\nFern#Lattice-58\n\nAoife" % pp.name +
            sig(s, style="short", disclaimer=False))
    m = Mail(c, s, [NS["rebecca"]], "Password for the referral zip", body_plain(text))
    return m, L("one_name", T(subjects=1), "Password follow-up that names one participant and nothing else.",
                name_only=True)


@scenario
def on_interview_check_employer_utf8(c):
    s = S["segun"]
    pp = P_(c, ("Dominika", "Wiśniewska", "f"))
    d = future_day(c, 2, 6)
    text = ("Hi Ollie,\n\nCan you confirm %s's interview is still on for %s at 10:30 at the Briggate store? She'll ask "
            "for you at the customer service desk.\n\nThanks%s" % (pp.name, d_long(d), sig(s, closing=False)))
    m = Mail(c, s, [EMP["bright"]], "Interview confirmation – %s" % pp.name, body_alt(text))
    return m, L("one_name", T(subjects=1), "One non-ASCII name (UTF-8, QP, RFC 2047 subject) with an interview time.",
                name_only=True)


@scenario
def on_sar_dwp_name_only(c):
    s = S["chloe"]
    pp = P_(c, ("Marek", "Dvořák", "m"))
    text = ("Dear Right of Access Gateway Team,\n\nAs paragraph 5 of the Information Security chapter requires, we are "
            "forwarding a Right of Access request. On %s we received a request from Hartley Moss Solicitors acting "
            "for %s. The solicitors have provided a signed form of authority, which we will send to you by encrypted "
            "e-mail today.\n\nPlease let us know your reference when you have it.\n\n"
            "Kind regards\n\nChloe Whitworth\nInformation Rights Officer, Data Protection Office\n%s" %
            (d_long(past_day(c, 1, 3)), pp.name, PRIME))
    m = Mail(c, BOX["dp"], [DWP["roa"]], "Right of Access request received from solicitors – %s" % pp.name,
             body_alt(text), from_display="Data Protection Office")
    return m, L("one_name", T(subjects=1), "Right of Access request forwarded to DWP with only the claimant's name.",
                name_only=True)


@scenario
def on_jira_northstar_time(c):
    pp = P_(c, ("Kwame", "Mensah", "m"))
    key = "SUP-%d" % c.R.randint(1100, 1199)
    d = past_day(c, 1, 3)
    text = ("Jira Service Management\n\nRebecca Thornton commented on %s\n\nAppointment time wrong in the diary\n\n"
            "Comment:\n\"%s's appointment on %s shows as 10:00 in the diary but he was booked for 14:00. Can the "
            "sync from your system be checked?\"\n\nStatus: Waiting for support   Assignee: Lewis Crabtree\n\n"
            "View request: https://meridian.atlassian.example/servicedesk/customer/portal/3/%s" % (key, pp.name, d_long(d), key))
    m = Mail(c, BOX["jira"], [NS["rebecca"]], "[JIRA] (%s) Appointment time wrong in the diary" % key, body_alt(text),
             headers=auto_headers("jira") + [("X-JIRA-FingerPrint", hashlib.md5(c.name.encode()).hexdigest())], mailer=None)
    return m, L("one_name", T(subjects=1), "Jira notification quoting the user's text: one name and an appointment time.",
                name_only=True)


@scenario
def on_thread_harbourview(c):
    s = S["segun"]
    e = EMP["harbour"]
    pp = P_(c)
    d = future_day(c, 2, 7)
    t0, t1 = c.earlier(60 * 28), c.earlier(60 * 4)
    m0 = ("Hi Colette,\n\nI'd like to put %s forward for the housekeeping assistant role. Could you offer an interview "
          "next week?\n\nSegun" % pp.name)
    m1 = ("Hi Segun,\n\nYes - %s at 11:00 with our housekeeping manager at the Leeds hotel. Ask %s to come to the "
          "staff entrance on Wharf Street.\n\nColette" % (d_long(d), pp.name.split()[0]))
    text = ("Thanks Colette - %s has confirmed %s'll be there at 11:00.\n\nSegun" % (pp.first, pp.he) + sig(s) +
            quote_outlook(e, t1, addr(s), "RE: Housekeeping assistant – %s" % pp.name, m1) +
            quote_outlook(s, t0, addr(e), "Housekeeping assistant – %s" % pp.name, m0))
    m = Mail(c, s, [e], "RE: Housekeeping assistant – %s" % pp.name, body_alt(text), reply="harbourview-hotels.co.uk")
    return m, L("one_name", T(subjects=1), "Thread with every message quoted: the same one name several times, an "
                                           "interview time; staff entrance is the employer's.", name_only=True)


@scenario
def on_subject_only_greenfield(c):
    s = S["segun"]
    pp = P_(c, ("Siobhán", "Ní Dhomhnaill", "f"))
    text = ("Hi Rosemary,\n\nConfirmed for Monday 7 December at 8am, reporting to reception.\n\nSegun" + sig(s, style="short"))
    m = Mail(c, s, [EMP["green"]], "Start confirmation – %s" % pp.name, body_alt(text))
    return m, L("one_name", T(subjects=1), "The name is only in the (RFC 2047) subject and Thread-Topic; body has a start "
                                           "time.", name_only=True)


@scenario
def cv1_employer_rfc2231(c):
    s = S["hollie"]
    pp = P_(c, ("Łukasz", "Wróbel", "m"))
    text = ("Hi Naomi,\n\nAs discussed, please find attached the CV for %s for the night-shift warehouse operative "
            "role.%s" % (pp.name, sig(s)))
    fn = "CV – %s.docx" % pp.name
    m = Mail(c, s, [EMP["acme"]], "CV – %s – Warehouse Operative (nights)" % pp.name,
             body_alt(text, atts=[ATT(fn, cv_docx(c, pp))]))
    return m, L("cvs_up_to_10", T(contact=True, subjects=1, kinds=["cv"]), "One CV to an employer; non-ASCII file name "
                                                                           "(RFC 2231 filename*=utf-8'').", cv_count=1)


@scenario
def cv10_zip_citybuild(c):
    s = S["hollie"]
    ppl = [P_(c) for _ in range(10)]
    files = []
    for i, pp in enumerate(ppl):
        if i % 2:
            files.append((cv_name(c, pp, "pdf").replace(" ", "_"), cv_pdf(c, pp)))
        else:
            files.append((ascii_fold(cv_name(c, pp, "docx")).replace(" ", "_"), cv_docx(c, pp)))
    files = [(ascii_fold(n), b) for n, b in files]
    text = ("Hi Robert,\n\nTen CVs for the groundworker open day on the 14th, zipped. All have CSCS cards or are "
            "booked on the course.%s" % sig(s))
    m = Mail(c, s, [EMP["city"]], "CVs for the groundworker open day (10)",
             body_alt(text, atts=[ATT("CityBuild_open_day_CVs.zip", zip_bytes(files))]))
    return m, L("cvs_up_to_10", T(contact=True, subjects=10, kinds=["cv"]), "Exactly 10 CVs (DOCX and PDF) in a zip.",
                cv_count=10)


@scenario
def cv3_thread_northstar(c):
    s = S["hollie"]
    k = NS["kieran"]
    ppl = [P_(c) for _ in range(3)]
    t0 = c.earlier(60 * 6)
    their = ("Hi Hollie,\n\nCould you send over the CVs for the three learners starting the CSCS course on Monday? Our "
             "tutor likes to see them before day one.\n\nKieran\n\n--\nKieran Walsh | Operations Manager | Northstar "
             "Training\n\n" + NS_FOOTER)
    text = ("Hi Kieran,\n\nHere you go - three CVs attached.\n\nHollie" + sig(s, style="short") + "\n\n" + quote_gt(k, t0, their))
    html_inner = (plain_to_html("Hi Kieran,\n\nHere you go - three CVs attached.\n\nHollie" + sig(s, style="short")) +
                  "<br>" + gmail_quote_html(k, t0, plain_to_html(their)))
    atts = [ATT(ascii_fold(cv_name(c, pp, "pdf")), cv_pdf(c, pp)) for pp in ppl]
    m = Mail(c, s, [k], "Re: CVs for Monday's CSCS course", body_alt(text, "gmail", html_inner=html_inner, atts=atts),
             reply=NORTHSTAR)
    return m, L("cvs_up_to_10", T(contact=True, subjects=3, kinds=["cv"]), "Three CV PDFs in a reply to a Gmail-style "
                                                                           "message from the subcontractor.", cv_count=3)


@scenario
def forms10_pdf_brightside(c):
    s = S["segun"]
    ppl = [P_(c) for _ in range(10)]
    pdf = pdf_bytes("Application forms - Brightside Retail", [form_blocks(c, pp, "Retail Assistant (Christmas)",
                                                                          "Brightside Retail") for pp in ppl],
                    footer="Brightside Retail - applications via Meridian")
    text = ("Hi Ollie,\n\nTen completed application forms for the Christmas temp roles, one per page in the PDF.%s" % sig(s))
    m = Mail(c, s, [EMP["bright"]], "Application forms – Christmas temps (10)",
             body_alt(text, atts=[ATT("Brightside_application_forms_x10.pdf", pdf)]))
    return m, L("application_forms_up_to_10", T(contact=True, subjects=10, kinds=["application_form"]),
                "Ten single application forms (ages, no DOB/NINO) in one PDF.", form_people=10)


@scenario
def couple5_harbourview(c):
    s = S["segun"]
    atts = []
    for i in range(5):
        a, b = P_(c), P_(c)
        b.address = a.address
        atts.append(ATT("Couple_application_%d_%s_%s.docx" % (i + 1, ascii_fold(a.last), ascii_fold(b.last)),
                        docx_bytes("Joint application", couple_form_blocks(c, a, b, "Live-in housekeeping couple",
                                                                           "Harbourview Hotels"))))
    text = ("Hi Colette,\n\nFive joint applications for the live-in couple roles at the Ilkley hotel (ten people in "
            "all).%s" % sig(s))
    m = Mail(c, s, [EMP["harbour"]], "Joint applications – live-in couple roles", body_alt(text, atts=atts))
    return m, L("application_forms_up_to_10", T(contact=True, subjects=10, kinds=["application_form_couple"]),
                "Five couple forms = ten people, the ¶24 limit.", form_people=10)


@scenario
def letter_interview_to_claimant(c):
    pp = P_(c)
    pdf = pdf_bytes("Interview letter", [letter_blocks(c, pp, "letter_interview", employer="Greenfield Care")])
    text = ("Dear %s %s,\n\nPlease find attached a letter inviting you to interview with Greenfield Care. If you have "
            "any questions, reply to this e-mail or call us on 0808 157 0192.\n\nParticipant Services\n%s" %
            (pp.title, pp.last, PRIME))
    m = Mail(c, BOX["ps"], [Who(pp.name, "", "", "", pp.email)], "Your interview with Greenfield Care",
             body_alt(text, atts=[ATT("Interview_letter.pdf", pdf)]), from_display="Meridian Participant Services")
    return m, L("letters_up_to_10", T(contact=True, subjects=1, kinds=["letter_interview"]),
                "Interview letter to the claimant it is addressed to (¶24-28); address block is limited personal data.",
                letters=1)


@scenario
def letters10_appointment_bridgeway(c):
    s = S["segun"]
    ppl = [P_(c) for _ in range(10)]
    pdf = pdf_bytes("Appointment letters", [letter_blocks(c, pp, "letter_appointment") for pp in ppl])
    text = ("Hi,\n\nTen appointment letters for next week's Bridgeway sessions, one per page, for you to post out "
            "today.%s" % sig(s))
    m = Mail(c, s, [BW["intake"]], "Appointment letters to post (10)",
             body_alt(text, atts=[ATT("Appointment_letters_w50.pdf", pdf)]))
    return m, L("letters_up_to_10", T(contact=True, subjects=10, kinds=["letter_appointment"]),
                "Exactly ten appointment letters to the supply chain.", letters=10)


@scenario
def letters2_offer_northstar(c):
    s = S["segun"]
    ppl = [P_(c) for _ in range(2)]
    atts = [ATT("Job_offer_%s.docx" % ascii_fold(pp.last), docx_bytes("Offer letter", letter_blocks(
        c, pp, "letter_job_offer", employer="Greenfield Care"))) for pp in ppl]
    text = ("Hi Kieran,\n\nGreenfield Care have made offers to two of your care certificate learners - letters "
            "attached so your in-work team can plan the first weeks.%s" % sig(s))
    m = Mail(c, s, [NS["kieran"]], "Job offers from Greenfield Care (2)", body_alt(text, atts=atts))
    return m, L("letters_up_to_10", T(contact=True, subjects=2, kinds=["letter_job_offer"]),
                "Two job offer letters to the supply chain.", letters=2)


@scenario
def ssrs_list500_northstar(c):
    cols = ["surname", "initial", "nino", "appointment_date"]
    rows = name_rows(c, 500, cols)
    csvb = csv_bytes([COLNAMES[x] for x in cols], rows)
    m = Mail(c, BOX["ssrs"], [NS["rebecca"]], "Northstar appointments – next 4 weeks",
             body_plain(ssrs_text("Northstar appointments - next 4 weeks", "Participants with an appointment booked "
                                  "at a Northstar venue.", c), atts=[ATT("Northstar_appointments_next4wks.csv", csvb)]),
             headers=auto_headers("ssrs"), mailer=None)
    return m, L("names_list_500", T(ninos=500, subjects=500, kinds=["name_list"]),
                "SSRS CSV of exactly 500 rows: surname, initial, NINO, appointment date.", list_rows=500, list_cols=cols)


@scenario
def powerbi_list120_bridgeway(c):
    cols = ["forename", "surname", "ref", "start_date"]
    rows = name_rows(c, 120, cols)
    x = xlsx_bytes([("Caseload", [COLNAMES[k] for k in cols], rows)])
    m = Mail(c, BOX["pbi"], [BW["daniel"]], "Subscription: Bridgeway caseload – new starts",
             MIX(P(powerbi_html("Bridgeway caseload - new starts", "Supply Chain", "Participants allocated to "
                                "Bridgeway with a start date.", c, "an Excel file"), subtype="html"),
                 ATT("Bridgeway caseload - new starts.xlsx", x)), headers=auto_headers("powerbi"), mailer=None)
    return m, L("names_list_500", T(subjects=120, kinds=["name_list"]), "Power BI XLSX list: 120 names, reference "
                                                                        "numbers, start dates.", list_rows=120, list_cols=cols)


@scenario
def html_list12_northstar(c):
    s = S["lewis"]
    cols = ["surname", "initial", "course", "start_date"]
    rows = name_rows(c, 12, cols)
    inner = ("<p>Hi Kieran,</p><p>The January course list you asked for:</p>" + html_table([COLNAMES[k] for k in cols], rows) +
             "<p>Lewis</p>" + text_html_paras(sig(s, style="short")))
    text = "Hi Kieran,\n\nThe January course list you asked for:\n\n" + text_table([COLNAMES[k] for k in cols], rows) + \
           "\n\nLewis" + sig(s, style="short")
    m = Mail(c, s, [NS["kieran"]], "January course list", body_alt(text, "mac", html_inner=inner), mailer="mac")
    return m, L("names_list_500", T(subjects=12, kinds=["name_list"]), "Outlook for Mac HTML table of 12 names with "
                                                                       "course and start date.", list_rows=12, list_cols=cols)


@scenario
def nino620_bridgeway(c):
    s = S["aoife"]
    ns = [nino(c) for _ in range(620)]
    csvb = csv_bytes(["NINO"], [[n] for n in ns], crlf=False)
    text = ("Hi Daniel,\n\nDWP's data-matching list: could you flag which of these NINOs are on Bridgeway's caseload? "
            "NINOs only, no other details.%s" % sig(s, style="short", sign=True))
    m = Mail(c, s, [BW["daniel"]], "Data-matching list – NINOs only",
             body_alt(text, atts=[ATT("datamatch_ninos.csv", csvb)]))
    return m, L("nino_only_list", T(ninos=620, subjects=620, kinds=["nino_list"]),
                "620 NINOs and nothing else (¶31: no limit for NINO-only lists).", list_rows=620, list_cols=["nino"],
                nino_only=True)


@scenario
def nino35_body_northstar(c):
    s = S["aoife"]
    ns = [nino(c) for _ in range(35)]
    fmt = [n if i % 3 else nsp(n) for i, n in enumerate(ns)]
    text = ("Hi Rebecca,\n\nCan you check these are all on Northstar's books?\n\n" + "\n".join(fmt) + "\n\nThanks\nAoife" +
            sig(s, style="short", disclaimer=False))
    m = Mail(c, s, [NS["rebecca"]], "NINO check", body_plain(text))
    return m, L("nino_only_list", T(ninos=35, subjects=35, kinds=["nino_list"]), "35 NINOs in the body, mixed spacing, "
                                                                                 "nothing else.", list_rows=35,
                list_cols=["nino"], nino_only=True)


@scenario
def powerbi_dwp500(c):
    cols = ["surname", "initial", "nino"]
    rows = name_rows(c, 500, cols)
    x = xlsx_bytes([("Starts", [COLNAMES[k] for k in cols], rows)])
    m = Mail(c, BOX["pbi"], [DWP["cpm"]], "Subscription: WHP starts for validation",
             MIX(P(powerbi_html("WHP starts for validation", "DWP Reporting", "Participants started this month.", c,
                                "an Excel file"), subtype="html"), ATT("WHP starts for validation.xlsx", x)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("dwp_names_list", T(ninos=500, subjects=500, kinds=["name_list"]), "Exactly 500 names + NINOs to DWP "
                                                                                   "(¶36).", list_rows=500, list_cols=cols)


@scenario
def ssrs_dwp60(c):
    cols = ["surname", "forename", "nino", "start_date"]
    rows = name_rows(c, 60, cols)
    csvb = csv_bytes([COLNAMES[k] for k in cols], rows)
    m = Mail(c, BOX["ssrs"], [DWP["inbox"]], "WHP starts – week 48",
             body_plain(ssrs_text("WHP starts - week 48", "Starts registered this week.", c),
                        atts=[ATT("WHP_starts_w48.csv", csvb)]), headers=auto_headers("ssrs"), mailer=None)
    return m, L("dwp_names_list", T(ninos=60, subjects=60, kinds=["name_list"]), "SSRS list of 60 names with NINOs and "
                                                                                 "start dates to DWP.", list_rows=60,
                list_cols=cols)


@scenario
def list25_workcoach(c):
    s = S["segun"]
    cols = ["surname", "initial", "appointment_date"]
    rows = name_rows(c, 25, cols)
    text = ("Hi Imran,\n\nYour customers booked for our January group sessions:\n\n" +
            text_table([COLNAMES[k] for k in cols], rows) + "\n\nSegun" + sig(s, style="short"))
    m = Mail(c, s, [DWP["wc"]], "January group sessions – your customers", body_alt(text))
    return m, L("dwp_names_list", T(subjects=25, kinds=["name_list"]), "25 names + appointment dates to a work coach.",
                list_rows=25, list_cols=cols)


@scenario
def ucnea1_workcoach(c):
    s = S["segun"]
    pp = P_(c)
    doc = docx_bytes("UCNEA1", [("h", "UCNEA1"), ("kv", ucnea1_pairs(c, pp))])
    text = ("Hi Sharon,\n\nUCNEA1 attached for one of your customers starting self-employment.%s" % sig(s))
    m = Mail(c, s, [DWP["wc2"]], "UCNEA1 – self-employment start", body_alt(text, atts=[ATT("UCNEA1.docx", doc)]))
    return m, L("dwp_ucnea1_gns", T(ninos=1, subjects=1, kinds=["ucnea1"]), "One UCNEA1 to a DWP work coach.", records=1)


@scenario
def gns_partnership(c):
    s = S["imogen"]
    pp = P_(c)
    doc = docx_bytes("Good News Story", [("h", "Good News Story"),
                                         ("kv", gns_pairs(c, pp, "After years of anxiety that kept %s at home, " % pp.him))])
    text = "Hi Ruth,\n\nOne good news story for December, with signed consent.%s" % sig(s)
    m = Mail(c, s, [DWP["pm"]], "Good News Story – December", body_alt(text, atts=[ATT("GNS_December.docx", doc)]))
    return m, L("dwp_ucnea1_gns", T(special=["mental_health"], subjects=1, kinds=["good_news_story"]),
                "One GNS to DWP; the anxiety detail is inside the one record (part of the process).", records=1)


@scenario
def exit_report_designated(c):
    pp = P_(c)
    pdf = pdf_bytes("WHP Exit Report", [[("h", "WHP Exit Report"), ("kv", exit_pairs(
        c, pp, "Hours were adjusted so %s could manage %s type 1 diabetes." % (pp.he, pp.his)))]])
    text = ("WHP Exit Report attached - one record.\n\nWHP Data Exchange\n%s" % PRIME)
    m = Mail(c, BOX["dx"], [DWP["inbox"]], "WHP Exit Report", body_plain(text, atts=[ATT("WHP_Exit_Report.pdf", pdf)]))
    return m, L("dwp_c15_process", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                "One Exit Report between the designated inboxes; health detail inside the record.", records=1)


@scenario
def coc_designated(c):
    pp = P_(c)
    doc = docx_bytes("WHP07", [("h", "WHP07 Change of Circumstances"),
                               ("kv", coc_pairs(c, pp, ("Started work", "Started work as a %s, 30 hours a week" %
                                                        c.R.choice(JOBS).lower())))])
    text = "Change of circumstances notification (WHP07) attached - one participant.\n\nWHP Data Exchange"
    m = Mail(c, BOX["dx"], [DWP["inbox"]], "WHP07 Change of Circumstances",
             body_plain(text, atts=[ATT("WHP07_CoC.docx", doc)]))
    return m, L("dwp_c15_process", T(ninos=1, subjects=1, kinds=["change_of_circumstances"]),
                "One CoC between the designated inboxes.", records=1)


@scenario
def whps01_forms_designated(c):
    pp = P_(c)
    pairs = [("Form", "WHPS01 Self-referral"), ("Name", pp.name), ("National Insurance number", nsp(pp.nino)),
             ("Address", pp.address), ("Telephone", pp.mobile),
             ("Health condition or disability", "Yes - long-term back injury"),
             ("How did you hear about us?", "Jobcentre poster"), ("Submitted via", "Microsoft Forms, response %d" % c.R.randint(200, 400))]
    pdf = pdf_bytes("WHPS01", [[("h", "WHPS01 Self-referral"), ("kv", pairs)]])
    text = "WHPS01 self-referral attached (one form, from our online form).\n\nWHP Data Exchange"
    m = Mail(c, BOX["dx"], [DWP["inbox"]], "WHPS01 self-referral", body_plain(text, atts=[ATT("WHPS01.pdf", pdf)]))
    return m, L("dwp_c15_process", T(ninos=1, special=["health"], contact=True, subjects=1, kinds=["whps01"]),
                "One WHPS01 between the designated inboxes; contact and health details inside the record.", records=1)


def dwp_referral_block(c, pp, t):
    return ("From: WHP Referrals <whp.referrals@dwp.gov.uk>\nSent: %s\nTo: WHP Data Exchange <%s>\nSubject: WHP referral "
            "%s\n\nPlease find below a referral for your organisation.\n\n%s\n\nDWP Provider Referrals" %
            (fmt_outlook_sent(t), PROV_INBOX, pp.prap, kv_text(referral_pairs(c, pp))))


@scenario
def fwd_referral_bridgeway(c):
    pp = P_(c)
    t = c.earlier(45)
    text = ("Allocated to Bridgeway - please pick up.\n\nWHP Data Exchange\n\n________________________________\n" +
            dwp_referral_block(c, pp, t))
    m = Mail(c, BOX["dx"], [BW["intake"]], "FW: WHP referral %s" % pp.prap, body_alt(text))
    return m, L("forward_subcontractor", T(ninos=1, contact=True, subjects=1), "A DWP e-mail with one participant record "
                                                                               "forwarded to an approved subcontractor "
                                                                               "(C15 ¶53).", records=1, fwd_record=True)


@scenario
def fwd_coc_northstar(c):
    pp = P_(c)
    t = c.earlier(80)
    inner = EmailMessage()
    inner["From"] = "WHP Change of Circumstances <whp.coc@dwp.gov.uk>"
    inner["To"] = PROV_INBOX
    inner["Subject"] = "Change of circumstances – %s" % pp.prap
    inner["Date"] = format_datetime(t)
    inner["Message-ID"] = "<%s@dwp.gov.uk>" % hashlib.md5(c.name.encode()).hexdigest()
    new_pc, town = postcode(c)
    inner.set_content("Please update your records.\n\n" + kv_text(coc_pairs(c, pp, ("Change of address", "New address: %d %s, %s %s" %
                                                                                 (c.R.randint(1, 90), c.fake.street_name(),
                                                                                  town, new_pc)))))
    text = "FYI - allocated to Northstar; please update your case record.\n\nWHP Data Exchange"
    m = Mail(c, BOX["dx"], [NS["refs"]], "FW: Change of circumstances – %s" % pp.prap,
             MIX(P(text), MSG822(inner.as_bytes(policy=policy.default), filename="Change of circumstances.eml")))
    return m, L("forward_subcontractor", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                "DWP CoC e-mail (one record, new address) forwarded as message/rfc822 to an approved subcontractor.",
                records=1, fwd_record=True)


@scenario
def cv_consented_macoutlook(c):
    pp = P_(c, consent=True)
    text = ("Hi %s,\n\nAs you asked, here is your updated CV with the new volunteering role added. Good luck with the "
            "applications!\n\nMeridian Careers Team" % pp.first)
    m = Mail(c, BOX["cv"], [Who(pp.name, "", "", "", pp.email)], "Your updated CV",
             body_alt(text, "mac", atts=[ATT("CV_%s_%s.docx" % (ascii_fold(pp.first), ascii_fold(pp.last)), cv_docx(c, pp))]),
             mailer="mac", from_display="Meridian Careers Team")
    return m, L("cv_to_claimant", T(contact=True, subjects=1, kinds=["cv"]), "One clean CV to the claimant's consented "
                                                                             "address; Outlook for Mac HTML.", cv_count=1)


@scenario
def cv_consented_bottom_post(c):
    s = S["hollie"]
    pp = P_(c, consent=True)
    q = "> Hiya, can you email me my CV please, the one we did last week. Thanks\n> %s" % pp.first
    text = ("%s %s <%s> wrote:\n%s\n\nHi %s,\n\nOf course - attached. Remember to change the date on the cover letter "
            "before you send it.\n\nHollie\nCareers Adviser, %s" % (fmt_gmail(c.earlier(120)), pp.name, pp.email, q, pp.first, PRIME))
    m = Mail(c, s, [Who(pp.name, "", "", "", pp.email)], "Re: my cv",
             body_plain(text, atts=[ATT(ascii_fold(cv_name(c, pp, "pdf")), cv_pdf(c, pp))]), reply=pp.email.split("@")[1])
    return m, L("cv_to_claimant", T(contact=True, subjects=1, kinds=["cv"]), "Bottom-posted reply with one CV to the "
                                                                             "consented claimant who asked for it.",
                cv_count=1)


@scenario
def cv_consented_rfc2231(c):
    pp = P_(c, ("Zoë", "Ó Briain", "f"), consent=True)
    fn = "CV – %s (Dec 2026).pdf" % pp.name
    text = "Hi %s,\n\nYour CV as requested.\n\nMeridian Careers Team" % pp.first
    m = Mail(c, BOX["cv"], [Who(pp.name, "", "", "", pp.email)], "Your CV",
             body_alt(text, atts=[ATT(fn, cv_pdf(c, pp), raw=rfc2231_raw("application/pdf", fn))]),
             from_display="Meridian Careers Team")
    return m, L("cv_to_claimant", T(contact=True, subjects=1, kinds=["cv"]), "One CV to a consented address; file name "
                                                                             "in RFC 2231 continuations (filename*0*, "
                                                                             "filename*1*).", cv_count=1)


@scenario
def smime_bridgeway(c):
    s = S["marcia"]
    blob = smime_enveloped(c, "secure@bridgeway-support.org.uk")
    p = MIMEPart()
    p.set_content(blob, "application", "pkcs7-mime", cte="base64", disposition="attachment", filename="smime.p7m",
                  params={"smime-type": "enveloped-data", "name": "smime.p7m"})
    p["Content-Description"] = "S/MIME Encrypted Message"
    m = Mail(c, s, [Who("Bridgeway Secure", "", "", "", "secure@" + BRIDGEWAY)], "Referral – follow-up", _reorder(p))
    return m, L("already_encrypted", T0, "S/MIME enveloped-data (DER CMS, RSA key transport, AES-256-CBC).",
                encrypted=True)


@scenario
def pgpmime_northstar(c):
    s = S["fiona"]
    p1 = MIMEPart()
    p1.set_content(b"Version: 1\n", "application", "pgp-encrypted", cte="7bit")
    p1["Content-Description"] = "PGP/MIME version identification"
    p2 = MIMEPart()
    p2.set_content(pgp_armored(c).encode(), "application", "octet-stream", cte="7bit", disposition="inline",
                   filename="encrypted.asc")
    p2["Content-Description"] = "OpenPGP encrypted message"
    body = MP("encrypted", _reorder(p1), _reorder(p2), protocol="application/pgp-encrypted")
    m = Mail(c, s, [NS["rebecca"]], "Audit sample", body, mailer=None, headers=[("User-Agent", "Thunderbird 128.5")])
    return m, L("already_encrypted", T0, "PGP/MIME multipart/encrypted.", encrypted=True)


@scenario
def inline_pgp_solicitor(c):
    s = S["chloe"]
    m = Mail(c, s, [TP["solicitor"]], "Your ref HM/4471", body_plain(pgp_armored(c, 900)), mailer=None)
    return m, L("already_encrypted", T0, "Inline PGP armoured body.", encrypted=True)


# ================================================================= C. encrypt
@scenario
def sg_referral_council(c):
    s = S["tomasz"]
    pp = P_(c, ("Leanne", "Fairbairn", "f"))
    text = ("Dear colleagues,\n\nAdult safeguarding referral\n\nName: %s\nAddress: %s\nMobile: %s\n\n%s attends our "
            "Armley office on the Restart Scheme. At her appointment on %s she told her adviser that she had self-harmed "
            "last week and that she is drinking most days to cope. She said her partner controls her money and her "
            "phone. She agreed to this referral and asked to be contacted on her mobile between 10am and 2pm, when her "
            "partner is at work.\n\nOur safeguarding lead is available to discuss.%s" %
            (pp.name, pp.address, pp.mobile, pp.first, d_long(past_day(c, 0, 2)), sig(s)))
    m = Mail(c, s, [TP["council"]], "Adult safeguarding referral – %s" % pp.name, body_alt(text), cc=[BW["ama"]])
    return m, L("encrypt_special_category", T(special=["mental_health", "substance"], contact=True, subjects=1),
                "Safeguarding referral to the local authority: self-harm and alcohol about a named participant, with "
                "address and mobile.")


@scenario
def sg_mappa_ics_bridgeway(c):
    s = S["marcia"]
    pp = P_(c, ("Callum", "Reid", "m"))
    start = datetime.datetime.combine(future_day(c, 2, 6), datetime.time(14, 0))
    desc = ("Multi-agency planning meeting - %s\n\n%s is managed at MAPPA level 2 following his release from prison in "
            "October. His licence conditions restrict work with vulnerable adults. Agenda: suitable placements, "
            "disclosure to employers, and Bridgeway mentoring." % (pp.name, pp.first))
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 60, "Planning meeting – %s" % pp.name,
                 desc, s, [BW["ama"], BW["daniel"]], "Microsoft Teams Meeting", stamp=c.date.replace(tzinfo=None))
    body = ALT(P(desc), P(html_doc(text_html_paras(desc)), subtype="html"), CAL(invite))
    m = Mail(c, s, [BW["ama"], BW["daniel"]], "Planning meeting – %s" % pp.name, body)
    return m, L("encrypt_special_category", T(special=["criminal"], subjects=1), "Calendar invitation whose DESCRIPTION "
                                                                                 "gives a named participant's MAPPA level "
                                                                                 "and prison release.")


@scenario
def cx_hiv_thread_northstar(c):
    s = S["eilidh"]
    k = NS["kieran"]
    pp = P_(c, ("Kerry-Ann", "Campbell", "f"))
    t0, t1 = c.earlier(60 * 50), c.earlier(60 * 6)
    m0 = ("Complaint received via the online form\n\nName: %s\nCourse: Level 1 Customer Service, Northstar Leeds\n\n"
          "\"My tutor told the other learners that I'm HIV positive when explaining why I'd missed a session. I told him "
          "in confidence. I don't want to go back.\"" % pp.name)
    m1 = ("Hi Eilidh,\n\nThanks - I've spoken to the tutor, who accepts he mentioned %s's HIV status. He is suspended "
          "from teaching pending our investigation. We'd like to offer her a place at the Bradford centre.\n\nKieran" % pp.first)
    text = ("Hi Kieran,\n\nThank you. I'll write to %s with the offer of Bradford and your apology, and log this as a "
            "data breach too. Can you send me the tutor's statement by Friday?\n\nEilidh" % pp.name + sig(s, style="short") +
            "\n\n" + quote_gt(k, t1, m1 + quote_outlook(s, t0, addr(k), "Complaint – %s" % pp.name, m0)))
    m = Mail(c, s, [k], "Re: Complaint – %s" % pp.name, body_alt(text), reply=NORTHSTAR)
    return m, L("encrypt_special_category", T(special=["health"], subjects=1), "Long thread: a named complainant's HIV "
                                                                              "status quoted three times (Gmail over "
                                                                              "Outlook quotes).")


@scenario
def sg_keywords_header_only(c):
    s = S["tomasz"]
    pp = P_(c, ("Shabnam", "Akhtar", "f"))
    text = "Hi Ama,\n\nNotes from today's call are on the shared drive as agreed.\n\nTomasz" + sig(s, style="short", disclaimer=False)
    m = Mail(c, s, [BW["ama"]], "Notes from today's call", body_plain(text),
             headers=[("Keywords", "%s; bipolar disorder; safeguarding plan" % pp.name)])
    return m, L("encrypt_special_category", T(special=["mental_health"], subjects=1), "The name and diagnosis are only in "
                                                                                      "the Keywords header the sender's "
                                                                                      "client wrote; body says nothing.")


@scenario
def jira_epilepsy_bi(c):
    pp = P_(c, ("Grzegorz", "Nowicki", "m"))
    key = "BI-%d" % c.R.randint(230, 260)
    text = ("Jira Service Management\n\nBilal Hussain commented on %s\n\nWrong health flag showing in the dashboard\n\n"
            "Comment:\n\"Participant %s (ref %s) shows an epilepsy flag in the barriers page, but his record says "
            "hearing impairment. Please check the mapping from the case system.\"\n\nView issue: "
            "https://meridian.atlassian.example/browse/%s" % (key, pp.name, pp.ref, key))
    m = Mail(c, BOX["jira"], [TP["bi"]], "[JIRA] (%s) Wrong health flag showing in the dashboard" % key, body_alt(text),
             headers=auto_headers("jira") + [("X-JIRA-FingerPrint", hashlib.md5(c.name.encode()).hexdigest())], mailer=None)
    return m, L("encrypt_special_category", T(special=["health"], subjects=1), "Jira notification quoting a user comment "
                                                                              "with a named participant's conditions, to "
                                                                              "a third-party BI consultancy.")


@scenario
def dp_breach_named_dwp(c):
    s = S["fiona"]
    pp = P_(c, ("Darnell", "Francis", "m"))
    text = ("Dear colleagues,\n\nSecurity incident MES-INC-2026-034 - initial report under SS-014\n\nAt 11:40 today an "
            "adviser e-mailed the fit note of participant %s, which records depression and anxiety, to an employer "
            "instead of to his work coach. The employer has confirmed deletion. We have told Mr Francis and apologised. "
            "We are assessing whether to report to the ICO and will update you within 24 hours.%s" % (pp.name, sig(s)))
    m = Mail(c, s, [DWP["inc"]], "Security incident MES-INC-2026-034 – initial report", body_alt(text), cc=[DWP["cpm"]])
    return m, L("encrypt_special_category", T(special=["mental_health"], subjects=1), "Breach report to DWP naming the "
                                                                                      "affected participant and his "
                                                                                      "mental-health diagnosis.")


@scenario
def religion_prayer_acme(c):
    s = S["segun"]
    pp = P_(c, ("Hamza", "Yusuf", "m"))
    text = ("Hi Naomi,\n\n%s starts on the day shift on Monday. He is a practising Muslim and asked whether he could "
            "take his break at 1pm on Fridays for Jummah prayers - he's happy to make the time up at the end of the "
            "shift. Is that something the supervisor could agree?%s" % (pp.name, sig(s)))
    m = Mail(c, s, [EMP["acme"]], "New starter Monday – break request", body_alt(text))
    return m, L("encrypt_special_category", T(special=["religion"], subjects=1), "Named participant's religious belief "
                                                                                 "to an employer.")


@scenario
def sexual_orientation_northstar(c):
    s = S["eilidh"]
    pp = P_(c, ("Rhys", "Llewellyn", "m"))
    text = ("Hi Kieran,\n\nNew complaint from %s on your forklift course: after he mentioned his husband in class, "
            "another learner made homophobic comments on two days and the tutor did not step in. He is gay and felt "
            "unsafe. Can we talk about next steps today?%s" % (pp.name, sig(s)))
    m = Mail(c, s, [NS["kieran"]], "New complaint – forklift course", body_alt(text))
    return m, L("encrypt_special_category", T(special=["sexual_orientation"], subjects=1), "Named participant's sexual "
                                                                                           "orientation in a complaint.")


@scenario
def trade_union_citybuild(c):
    s = S["segun"]
    pp = P_(c, ("Tendai", "Moyo", "m"))
    text = ("Hi Robert,\n\n%s has asked me to let you know he is a member of Unite and would like his union rep with him "
            "at Thursday's review meeting. Could you confirm the time so the rep can attend?%s" % (pp.name, sig(s)))
    m = Mail(c, s, [EMP["city"]], "Thursday's review meeting", body_alt(text))
    return m, L("encrypt_special_category", T(special=["trade_union"], subjects=1), "Named participant's trade union "
                                                                                    "membership (contrast with the staff "
                                                                                    "branch secretary, no_claimant_data).")


@scenario
def ethnicity_rows_northstar(c):
    cols = ["forename", "surname", "ref", "ethnicity"]
    eth = ["White British", "Pakistani", "Black African", "Mixed White and Black Caribbean", "Polish", "Indian",
           "Bangladeshi", "Any other White background"]
    rows = name_rows(c, 8, ["forename", "surname", "ref"])
    rows = [r + [eth[i]] for i, r in enumerate(rows)]
    x = xlsx_bytes([("Equality", ["Forename", "Surname", "Participant ref", "Ethnicity"], rows)])
    m = Mail(c, BOX["pbi"], [NS["rebecca"]], "Subscription: Equality monitoring – participant level",
             MIX(P(powerbi_html("Equality monitoring - participant level", "Supply Chain", "New starts this month.", c,
                                "an Excel file"), subtype="html"), ATT("Equality monitoring - participant level.xlsx", x)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("encrypt_special_category", T(special=["ethnicity"], subjects=8, kinds=["name_list"]),
                "Power BI XLSX with 8 named rows and an ethnicity column (¶32).", list_rows=8, list_cols=cols)


@scenario
def mixed_charset_substance(c):
    s = S["tomasz"]
    pp = P_(c, ("Seán", "O'Driscoll", "m"))
    text = ("Hi Ama,\n\nQuick update on %s before his mentoring starts: he is in recovery from heroin dependency and "
            "is on a methadone script through the community drug service. He collects it at 9am, so please don't "
            "book him before 10:30. His travel fares (£4.60 a day) are paid by us.\n\nTomasz\nSafeguarding Officer" % pp.name)
    html = html_doc("<p>Hi Ama,</p><p>Quick update on <b>%s</b> before his mentoring starts: he is in recovery from "
                    "heroin dependency and is on a methadone script through the community drug service. He collects "
                    "it at 9am, so please don't book him before 10:30. His travel fares (£4.60 a day) are paid by "
                    "us.</p><p>Tomasz Zieliński<br>Safeguarding Officer</p>" % esc(pp.name))
    body = ALT(P(text, charset="iso-8859-1", cte="quoted-printable"), P(html, subtype="html", cte="quoted-printable"))
    m = Mail(c, s, [BW["ama"]], "Mentoring start – %s" % pp.name, body)
    return m, L("encrypt_special_category", T(special=["substance"], subjects=1), "ISO-8859-1 plain part and UTF-8 HTML "
                                                                                  "part both give a named participant's "
                                                                                  "drug dependency.")


@scenario
def compliance_doubt_covering_health(c):
    pp = P_(c)
    doc = docx_bytes("Compliance doubt", [("h", "Raising a compliance doubt"),
                                          ("kv", [("Participant name", pp.name), ("National Insurance number", nsp(pp.nino)),
                                                  ("PRaP referral ID", pp.prap), ("Activity missed", "Mandatory appointment"),
                                                  ("Date", d_long(past_day(c, 2, 6))), ("Good reason given", "See notes"),
                                                  ("Completed by", S["aoife"].name)])])
    text = ("Compliance doubt attached (one record).\n\nNote for the decision maker: he told us he missed the appointment "
            "because of a panic attack, and he has been under the community mental health team since the summer.\n\n"
            "WHP Data Exchange")
    m = Mail(c, BOX["dx"], [DWP["inbox"]], "Compliance doubt", body_plain(text, atts=[ATT("Compliance_doubt.docx", doc)]))
    return m, L("encrypt_special_category", T(ninos=1, special=["mental_health"], subjects=1, kinds=["compliance_doubt"]),
                "One compliance doubt between the designated inboxes, but the covering text adds mental-health details "
                "(RULES.md: details in the covering text are not part of the process).", records=1, extra=True)


@scenario
def nino_filename_only_solicitor(c):
    pp = P_(c)
    n = pp.nino
    pdf = pdf_bytes("Disclosure index", [[("h", "Disclosure index"),
                                          ("table", ["Item", "Pages", "Redactions"],
                                           [["Referral record", "4", "None"], ["Action plan", "6", "Third-party names"],
                                            ["Appointment history", "3", "None"], ["Correspondence", "11", "Staff mobile numbers"]]),
                                          ("p", "The bundle will follow by encrypted e-mail.")]])
    text = ("Dear Ms Moss,\n\nFurther to your request for your client, the index of the documents we will disclose is "
            "attached. The bundle itself follows separately.\n\nYours sincerely\n\nChloe Whitworth\nInformation Rights "
            "Officer\n%s" % PRIME)
    m = Mail(c, BOX["dp"], [TP["solicitor"]], "Your ref HM/4471 – disclosure index",
             body_alt(text, atts=[ATT("SAR_response_index_%s.pdf" % n, pdf)]), from_display="Data Protection Office")
    return m, L("encrypt_nino", T(ninos=1, subjects=1), "The NINO is only in the attachment's file name.")


@scenario
def nino_xheader_moveit(c):
    pp = P_(c)
    text = ("MOVEit Transfer\n\nA new package has been sent to you.\n\nFrom: WHP Data Exchange (Meridian Employment & "
            "Skills)\nFiles: 1 (exit report)\nExpires: 14 days after delivery\n\nSign in to "
            "https://transfer.provider.example.org.uk to download.")
    m = Mail(c, BOX["moveit"], [NS["refs"]], "MOVEit Transfer: new package", body_plain(text),
             headers=auto_headers("moveit") + [("X-Case-Reference", nsp(pp.nino))], mailer=None)
    return m, L("encrypt_nino", T(ninos=1, subjects=1), "The NINO is only in a custom X- header the sending program "
                                                        "wrote.")


@scenario
def forms_name_nino_employer(c):
    s = S["segun"]
    pp = P_(c)
    resp = [("Name", pp.name), ("NI number", nsp(pp.nino).lower()), ("Preferred work trial date", d_long(future_day(c, 3, 9))),
            ("Shift preference", "Days")]
    text = ("Hi Rosemary,\n\nA work trial booking came through our form for you - details below.%s\n\n---------- "
            "Forwarded message ---------\nFrom: Microsoft Forms <%s>\nSubject: New response: Work trial booking\n\n%s" %
            (sig(s, disclaimer=False), BOX["forms"].email, kv_text(resp)))
    m = Mail(c, s, [EMP["green"]], "FW: New response: Work trial booking", body_alt(text))
    return m, L("encrypt_nino", T(ninos=1, subjects=1), "Forwarded Forms response with a name and a lower-case spaced "
                                                        "NINO, to an employer.")


@scenario
def erasure_dwp_dpo(c):
    pp = P_(c, ("Ayesha", "Siddiqui", "f"))
    text = ("Dear DWP Data Protection Office,\n\nRequest to erase personal information (Chapter 15 ¶24)\n\nParticipant: "
            "%s\nNational Insurance number: %s\nReferral date: %s\nStatus: voluntary referral, never started\n\nShe "
            "asked us on %s to delete everything we hold. We have sent a holding response and will act on your "
            "reference.\n\nKind regards\nData Protection Office\n%s" % (pp.name, pp.nino, d_long(past_day(c, 40, 80)),
                                                                       d_long(past_day(c, 1, 3)), PRIME))
    m = Mail(c, BOX["dp"], [DWP["dpo"]], "Request to erase – %s" % pp.name, body_alt(text), cc=[DWP["enq"]],
             from_display="Data Protection Office")
    return m, L("encrypt_nino", T(ninos=1, subjects=1), "Erasure request to the DWP DPO with a NINO; not one of the "
                                                        "exempt DWP processes.")


@scenario
def nino_deep_quote_northstar(c):
    s = S["aoife"]
    r = NS["rebecca"]
    pp = P_(c)
    t0, t1 = c.earlier(60 * 75), c.earlier(60 * 27)
    m0 = ("Hi Aoife,\n\nWe can't find a referral for %s on PRaP - NINO %s. Can you check?\n\nRebecca" % (pp.name, pp.nino))
    m1 = "Hi Rebecca,\n\nLooking now - it may be under a previous surname.\n\nAoife"
    text = ("Found it - the referral was under %s's previous surname and is now corrected. You should see it on "
            "tonight's feed.\n\nAoife" % pp.first + sig(s, style="short") +
            quote_outlook(s, t1, addr(r), "RE: Missing referral", m1) + quote_outlook(r, t0, addr(s), "Missing referral", m0))
    m = Mail(c, s, [r], "RE: Missing referral", body_alt(text), reply=NORTHSTAR)
    return m, L("encrypt_nino", T(ninos=1, subjects=1), "The NINO appears only in the oldest quoted message at the "
                                                        "bottom of the thread.")


@scenario
def dob_filename_rfc2231_bridgeway(c):
    s = S["tomasz"]
    pp = P_(c, ("Zofia", "Kowalczyk", "f"))
    pdf = pdf_bytes("Consent to share information", [[("h", "Consent to share information"),
                                                      ("p", "I agree that Meridian Employment & Skills may share "
                                                            "information about me with Bridgeway Support so that they can "
                                                            "offer me mentoring."),
                                                      ("kv", [("Name", ""), ("Signature", ""), ("Date", "")])]])
    fn = "Consent – %s – DOB %s.pdf" % (pp.name, pp.dob.strftime("%d.%m.%Y"))
    text = "Hi,\n\nConsent form for the mentoring referral we discussed is attached.\n\nTomasz" + sig(s, style="short", disclaimer=False)
    m = Mail(c, s, [BW["intake"]], "Consent form for mentoring referral",
             body_alt(text, atts=[ATT(fn, pdf, raw=rfc2231_raw("application/pdf", fn, chunk=24))]))
    return m, L("encrypt_dob_bank", T(dob=True, subjects=1), "Name and date of birth only in the attachment file name, "
                                                             "written with RFC 2231 continuations; the PDF is blank.")


@scenario
def bank_refund_bridgeway(c):
    s = S["gurpreet"]
    pp = P_(c, ("Kayleigh", "Booth", "f"))
    text = ("Hi Maxine,\n\nComplaint CX-2026-188 is upheld: we agreed to refund %s's travel costs of £46.80. Could "
            "Bridgeway pay it this week as it was your session?\n\nName: %s\nSort code: %s\nAccount number: %08d\n\n"
            "Thanks%s" % (pp.name, pp.name, sort_code(c), c.R.randint(10000000, 99999999), sig(s, closing=False)))
    m = Mail(c, s, [BW["finance"]], "Refund – complaint CX-2026-188", body_alt(text))
    return m, L("encrypt_dob_bank", T(bank=True, subjects=1), "A participant's sort code and account number.")


@scenario
def forms_travel_iban_northstar(c):
    pp = P_(c)
    n = c.R.randint(40, 90)
    resp = [("Name", pp.name), ("Learning centre", "Northstar Bradford"), ("Claim", "Bus fares, 9 days, £41.40"),
            ("Bank account (IBAN)", iban(c)), ("Receipts", "3 files uploaded")]
    html = html_doc('<p><b>Microsoft Forms</b></p><p>New response to <b>Travel expenses claim</b> (response %d).</p>'
                    '%s<p>This notification is sent by a Power Automate flow to the finance contact of the learning '
                    'centre.</p><p><a href="https://forms.office.com/Pages/AnalysisPage.aspx?id=%s">View results</a></p>' %
                    (n, html_table(["Question", "Answer"], resp), guid(c)))
    text = "New response to Travel expenses claim (response %d)\n\n%s" % (n, kv_text(resp))
    m = Mail(c, BOX["forms"], [NS["rebecca"]], "New response to 'Travel expenses claim'",
             ALT(P(text), P(html, subtype="html")), headers=auto_headers("forms"), mailer=None)
    return m, L("encrypt_dob_bank", T(bank=True, subjects=1), "Microsoft Forms / Power Automate notice carrying a "
                                                             "respondent's valid IBAN.")


@scenario
def jira_dob_words_bi(c):
    pp = P_(c, ("Aaron", "Whitfield", "m"))
    d = pp.dob
    key = "BI-%d" % c.R.randint(261, 290)
    text = ("Jira Service Management\n\nLewis Crabtree created %s\n\nDuplicate participant in the model\n\n"
            "Description:\n%s (born %s %s %d) appears twice in the participant dimension, once under each referral. "
            "Please merge on the case-system ID.\n\nView issue: https://meridian.atlassian.example/browse/%s" %
            (key, pp.name, ORD[d.day], MONTHS[d.month - 1], d.year, key))
    m = Mail(c, BOX["jira"], [TP["bi"]], "[JIRA] (%s) Duplicate participant in the model" % key, body_alt(text),
             headers=auto_headers("jira"), mailer=None)
    return m, L("encrypt_dob_bank", T(dob=True, subjects=1), "Date of birth in words ('born 3rd March 1991' style) in "
                                                             "a Jira notification.")


@scenario
def card_refund_thread(c):
    s = S["eilidh"]
    f = BW["finance"]
    pp = P_(c)
    t0 = c.earlier(60 * 30)
    card = luhn_card(c)
    orig = ("Hi, I paid £21.50 for my own basic DBS check with my card because the course said so, but then Bridgeway "
            "said you pay for it. Can I have it back please? It was my debit card %s.\n\n%s" % (card, pp.first))
    text = ("Hi Maxine,\n\nComplaint below from %s - we've agreed the £21.50 DBS fee should be refunded. Can you "
            "refund it to the card it was paid with?\n\nEilidh" % pp.name + sig(s, style="short") +
            quote_outlook(Who(pp.name, "", "", "", pp.email), t0, "Complaints Team <%s>" % BOX["cx"].email, "DBS money", orig))
    m = Mail(c, s, [f], "FW: DBS money", body_alt(text))
    return m, L("encrypt_dob_bank", T(bank=True, contact=True, subjects=1), "A participant's Luhn-valid card number in a "
                                                                            "quoted complaint (with their personal "
                                                                            "e-mail in the quote header).")


@scenario
def uc_sanction_complaint_bridgeway(c):
    s = S["eilidh"]
    pp = P_(c, ("Oksana", "Melnyk", "f"))
    text = ("Hi Daniel,\n\n%s has complained that her Universal Credit was sanctioned - it has been reduced by £417.80 "
            "a month since 12 November - after Bridgeway recorded her as not attending on 3 November, when she says "
            "the session was cancelled. Can you check your attendance record and the cancellation text?%s" %
            (pp.name, sig(s)))
    m = Mail(c, s, [BW["daniel"]], "Complaint – attendance record", body_alt(text))
    return m, L("encrypt_benefit_children", T(benefit=True, subjects=1), "Named participant's UC sanction and amount.")


@scenario
def children_nursery(c):
    s = S["tomasz"]
    pp = P_(c, ("Fatima", "Begum", "f"))
    text = ("Hi Lisa,\n\n%s starts work on 4 January and needs nursery places for her children, Aaliyah (4) and Yusuf "
            "(2), Monday to Thursday. We can fund the first month. Do you have space?%s" % (pp.name, sig(s)))
    m = Mail(c, s, [TP["nursery"]], "Nursery places from January", body_alt(text))
    return m, L("encrypt_benefit_children", T(children=True, subjects=1), "Children's names and ages for a named "
                                                                          "participant, to a nursery.")


@scenario
def betteroff_mac_northstar(c):
    s = S["lewis"]
    pp = P_(c, ("Jolene", "Pickersgill", "f"))
    rows = [["Now (not working)", "£1,126.45"], ["16 hours at £12.21", "£954.06"], ["30 hours at £12.21", "£612.30"]]
    inner = ("<p>Hi Kieran,</p><p>Better-off calculation for %s, who asked about the care job:</p>%s<p>Universal Credit "
             "monthly award shown; she would be better off at both hours.</p><p>Lewis</p>" %
             (esc(pp.name), html_table(["Scenario", "UC per month"], rows)))
    text = ("Hi Kieran,\n\nBetter-off calculation for %s, who asked about the care job:\n\n%s\n\nUniversal Credit monthly "
            "award shown; she would be better off at both hours.\n\nLewis" % (pp.name, text_table(["Scenario", "UC per month"], rows)))
    m = Mail(c, s, [NS["kieran"]], "Better-off calculation", body_alt(text, "mac", html_inner=inner), mailer="mac")
    return m, L("encrypt_benefit_children", T(benefit=True, subjects=1), "Named participant's UC award amounts (Outlook "
                                                                         "for Mac HTML table).")


@scenario
def hb_ics_description(c):
    s = S["segun"]
    pp = P_(c, ("Tariq", "Mahmood", "m"))
    start = datetime.datetime.combine(future_day(c, 2, 6), datetime.time(11, 0))
    desc = ("Money review with %s. His Housing Benefit of £96.15 a week stopped after the move and he has rent "
            "arrears; bring the tenancy support leaflet." % pp.name)
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 45, "Money review – %s" % pp.name, desc,
                 s, [TP["housing"]], "Meridian House, Room 4", stamp=c.date.replace(tzinfo=None))
    body = MIX(P("Invitation attached.\n\nSegun" + sig(s, style="short")), CAL(invite, as_attachment=True, filename="Money review.ics"))
    m = Mail(c, s, [TP["housing"]], "Invitation: Money review", body)
    return m, L("encrypt_benefit_children", T(benefit=True, subjects=1), "Housing Benefit amount for a named participant, "
                                                                         "only inside an attached .ics.")


@scenario
def ics_name_mobile_employer(c):
    s = S["segun"]
    pp = P_(c, ("Mercy", "Boateng", "f"))
    start = datetime.datetime.combine(future_day(c, 2, 6), datetime.time(9, 0))
    desc = "Work trial for %s in the Horsforth home. If she is running late she'll call; her mobile is %s." % (pp.name, pp.mobile)
    invite = ics("%s@%s" % (hashlib.md5(c.name.encode()).hexdigest(), INT), start, 240, "Work trial – %s" % pp.name, desc,
                 s, [EMP["green"]], "Greenfield Care, Horsforth", stamp=c.date.replace(tzinfo=None))
    body = ALT(P(desc), P(html_doc(text_html_paras(desc)), subtype="html"), CAL(invite))
    m = Mail(c, s, [EMP["green"]], "Work trial – %s" % pp.name, body)
    return m, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus her mobile number in a calendar "
                                                                    "invitation to an employer.")


@scenario
def password_name_postcode(c):
    s = S["aoife"]
    pp = P_(c, ("Jake", "Pollard", "m"))
    text = ("Hi,\n\nThe password for the %s (%s) pack is: Birch-Quartz-19\n\nAoife" % (pp.name, pp.postcode) +
            sig(s, style="short", disclaimer=False))
    m = Mail(c, s, [BW["intake"]], "Password", body_plain(text))
    return m, L("encrypt_beyond_name", T(contact=True, subjects=1), "Password follow-up naming a participant with his "
                                                                    "home postcode.")


@scenario
def subject_name_address_acme(c):
    s = S["segun"]
    pp = P_(c, ("Emre", "Demir", "m"))
    text = ("Hi Naomi,\n\nCould your uniform supplier send the safety boots and hi-vis straight to his home before his "
            "start? The address is %d %s, %s, %s.%s" % (pp.house, pp.street, pp.town, pp.postcode, sig(s)))
    m = Mail(c, s, [EMP["acme"]], "Uniform delivery – %s" % pp.name, body_alt(text))
    return m, L("encrypt_beyond_name", T(contact=True, subjects=1), "Name in the subject, home address in the body.")


@scenario
def gmail_personal_email_northstar(c):
    s = S["hollie"]
    k = NS["kieran"]
    pp = P_(c, ("Ioana", "Stan", "f"), domain="yahoo.co.uk")
    t0 = c.earlier(60 * 3)
    their = "Hi Hollie,\n\nHow can our tutor get hold of %s before Monday's course?\n\nKieran" % pp.name
    text = ("Hi Kieran,\n\nShe's happy for your tutor to e-mail her directly at %s.\n\nHollie" % pp.email +
            sig(s, style="short") + "\n\n" + quote_gt(k, t0, their))
    html_inner = (plain_to_html("Hi Kieran,\n\nShe's happy for your tutor to e-mail her directly at %s.\n\nHollie" %
                                pp.email + sig(s, style="short")) + "<br>" + gmail_quote_html(k, t0, plain_to_html(their)))
    m = Mail(c, s, [k], "Re: Contact before Monday", body_alt(text, "gmail", html_inner=html_inner), reply=NORTHSTAR)
    return m, L("encrypt_beyond_name", T(contact=True, subjects=1), "One name plus her personal e-mail address in a "
                                                                    "reply over a Gmail-style quote.")


@scenario
def cv11_zip_northstar(c):
    s = S["hollie"]
    ppl = [P_(c) for _ in range(11)]
    files = [(ascii_fold(cv_name(c, pp, "docx")).replace(" ", "_"), cv_docx(c, pp)) for pp in ppl]
    text = "Hi Kieran,\n\nCVs for the sector-based work academy, zipped (11).%s" % sig(s)
    m = Mail(c, s, [NS["kieran"]], "SWAP academy CVs", body_alt(text, atts=[ATT("SWAP_CVs.zip", zip_bytes(files))]))
    return m, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["cv"]), "11 CVs: one over the ¶21 limit.",
                cv_count=11)


@scenario
def forms11_brightside(c):
    s = S["segun"]
    ppl = [P_(c) for _ in range(11)]
    pdf = pdf_bytes("Application forms", [form_blocks(c, pp, "Retail Assistant (Christmas)", "Brightside Retail") for pp in ppl])
    text = "Hi Ollie,\n\nEleven application forms for the Christmas temps, one per page.%s" % sig(s)
    m = Mail(c, s, [EMP["bright"]], "Application forms – Christmas temps (11)",
             body_alt(text, atts=[ATT("Brightside_application_forms_x11.pdf", pdf)]))
    return m, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["application_form"]), "11 application forms.",
                form_people=11)


@scenario
def couple6_harbourview(c):
    s = S["segun"]
    pages = []
    for i in range(6):
        a, b = P_(c), P_(c)
        pages.append(couple_form_blocks(c, a, b, "Live-in housekeeping couple", "Harbourview Hotels"))
    pdf = pdf_bytes("Joint applications", pages)
    text = "Hi Colette,\n\nSix joint applications for the live-in roles in one PDF.%s" % sig(s)
    m = Mail(c, s, [EMP["harbour"]], "Joint applications (6)", body_alt(text, atts=[ATT("Joint_applications_x6.pdf", pdf)]))
    return m, L("encrypt_over_limit", T(contact=True, subjects=12, kinds=["application_form_couple"]),
                "Six couple forms = 12 people (¶24 allows 5 forms).", form_people=12)


@scenario
def letters11_interview_bridgeway(c):
    s = S["segun"]
    ppl = [P_(c) for _ in range(11)]
    pdf = pdf_bytes("Interview letters", [letter_blocks(c, pp, "letter_interview", employer="Acme Logistics")
                                          for pp in ppl])
    text = ("Hi,\n\nEleven interview letters for the Acme assessment day, one per page, to post out today.%s" % sig(s))
    m = Mail(c, s, [BW["intake"]], "Interview letters to post (11)",
             body_alt(text, atts=[ATT("Interview_letters_Acme_x11.pdf", pdf)]))
    return m, L("encrypt_over_limit", T(contact=True, subjects=11, kinds=["letter_interview"]),
                "Eleven interview letters: one over the ¶24 limit of ten.", letters=11)


@scenario
def ssrs_list501_northstar(c):
    cols = ["surname", "initial", "nino", "appointment_date"]
    rows = name_rows(c, 501, cols)
    csvb = csv_bytes([COLNAMES[x] for x in cols], rows)
    m = Mail(c, BOX["ssrs"], [NS["rebecca"]], "Northstar appointments – next 6 weeks",
             body_plain(ssrs_text("Northstar appointments - next 6 weeks", "Participants with an appointment booked.", c),
                        atts=[ATT("Northstar_appointments_next6wks.csv", csvb)]), headers=auto_headers("ssrs"), mailer=None)
    return m, L("encrypt_over_limit", T(ninos=501, subjects=501, kinds=["name_list"]), "501 rows: one over the ¶31 limit.",
                list_rows=501, list_cols=cols)


@scenario
def powerbi_dwp501(c):
    cols = ["surname", "initial", "nino"]
    rows = name_rows(c, 501, cols)
    x = xlsx_bytes([("Starts", [COLNAMES[k] for k in cols], rows)])
    m = Mail(c, BOX["pbi"], [DWP["cpm"]], "Subscription: WHP starts for validation (quarter)",
             MIX(P(powerbi_html("WHP starts for validation (quarter)", "DWP Reporting", "Participants started this quarter.",
                                c, "an Excel file"), subtype="html"), ATT("WHP starts for validation (quarter).xlsx", x)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("encrypt_over_limit", T(ninos=501, subjects=501, kinds=["name_list"]), "501 names + NINOs to DWP.",
                list_rows=501, list_cols=cols)


@scenario
def fwd_two_records_bridgeway(c):
    a, b = P_(c), P_(c)
    t = c.earlier(50)
    block = ("From: WHP Referrals <whp.referrals@dwp.gov.uk>\nSent: %s\nTo: WHP Data Exchange <%s>\nSubject: WHP "
             "referrals\n\nPlease find below two referrals for your organisation.\n\n%s\n\n%s\n\nDWP Provider Referrals" %
             (fmt_outlook_sent(t), PROV_INBOX, kv_text(referral_pairs(c, a)), kv_text(referral_pairs(c, b))))
    text = "Both allocated to Bridgeway - please pick up.\n\nWHP Data Exchange\n\n________________________________\n" + block
    m = Mail(c, BOX["dx"], [BW["intake"]], "FW: WHP referrals", body_alt(text))
    return m, L("encrypt_over_limit", T(ninos=2, contact=True, subjects=2), "Forwarded DWP e-mail with two participant "
                                                                            "records (C15 ¶53: one at a time).",
                records=2, fwd_record=True)


@scenario
def powerbi_postcode_bridgeway(c):
    cols = ["forename", "surname", "ref", "postcode"]
    rows = name_rows(c, 45, cols)
    x = xlsx_bytes([("Outreach", [COLNAMES[k] for k in cols], rows)])
    m = Mail(c, BOX["pbi"], [BW["daniel"]], "Subscription: Outreach list by postcode",
             MIX(P(powerbi_html("Outreach list by postcode", "Supply Chain", "Participants for door-knocking outreach.", c,
                                "an Excel file"), subtype="html"), ATT("Outreach list by postcode.xlsx", x)),
             headers=auto_headers("powerbi"), mailer=None)
    return m, L("encrypt_list_forbidden_column", T(contact=True, subjects=45, kinds=["name_list"]),
                "List of 45 with a home postcode column (¶30).", list_rows=45, list_cols=cols)


@scenario
def ssrs_dob_northstar(c):
    cols = ["surname", "initial", "nino", "dob"]
    rows = name_rows(c, 30, cols)
    csvb = csv_bytes([COLNAMES[x] for x in cols], rows)
    m = Mail(c, BOX["ssrs"], [NS["rebecca"]], "ESF eligibility check list",
             body_plain(ssrs_text("ESF eligibility check list", "Participants needing an age check for ESF.", c),
                        atts=[ATT("ESF_eligibility_check.csv", csvb)]), headers=auto_headers("ssrs"), mailer=None)
    return m, L("encrypt_list_forbidden_column", T(ninos=30, dob=True, subjects=30, kinds=["name_list"]),
                "List of 30 with a date-of-birth column.", list_rows=30, list_cols=cols)


@scenario
def list_mobile_dwp(c):
    s = S["segun"]
    cols = ["surname", "initial", "mobile"]
    rows = name_rows(c, 18, cols)
    inner = ("<p>Hi Imran,</p><p>The customers we couldn't reach this week - mobiles below in case yours are more up to "
             "date:</p>" + html_table([COLNAMES[k] for k in cols], rows) + "<p>Segun</p>")
    text = ("Hi Imran,\n\nThe customers we couldn't reach this week - mobiles below in case yours are more up to date:\n\n" +
            text_table([COLNAMES[k] for k in cols], rows) + "\n\nSegun")
    m = Mail(c, s, [DWP["wc"]], "Customers we couldn't reach", body_alt(text, html_inner=inner))
    return m, L("encrypt_list_forbidden_column", T(contact=True, subjects=18, kinds=["name_list"]),
                "List of 18 names with mobile numbers to DWP (¶36 applies ¶30).", list_rows=18, list_cols=cols)


@scenario
def list_uc_award_northstar(c):
    s = S["lewis"]
    cols = ["surname", "initial", "benefit_amount"]
    rows = name_rows(c, 22, cols)
    text = ("Hi Rebecca,\n\nThe in-work progression cohort with current UC awards, for your better-off sessions:\n\n" +
            text_table([COLNAMES[k] for k in cols], rows) + "\n\nLewis")
    m = Mail(c, s, [NS["rebecca"]], "In-work progression cohort", body_alt(text, "mac"), mailer="mac")
    return m, L("encrypt_list_forbidden_column", T(benefit=True, subjects=22, kinds=["name_list"]),
                "List of 22 with a UC monthly award column.", list_rows=22, list_cols=cols)


@scenario
def complaint_letter_advocate(c):
    s = S["gurpreet"]
    pp = P_(c)
    pdf = pdf_bytes("Complaint response", [letter_blocks(c, pp, "complaint_response",
                                                         extra=" Your adviser changed three times in two months and two "
                                                               "appointments were cancelled at short notice. I uphold "
                                                               "your complaint.")])
    text = ("Dear Ms Lindqvist,\n\nAs %s's advocate, please find attached a copy of our stage 1 response, which we have "
            "also posted to %s.%s" % (pp.name, pp.him, sig(s)))
    m = Mail(c, s, [TP["advocate"]], "Stage 1 complaint response", body_alt(text, atts=[ATT("Stage1_response.pdf", pdf)]))
    return m, L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "A complaint response letter "
                                                                                             "(not interview, job offer "
                                                                                             "or appointment) to an "
                                                                                             "advocate.", letters=1)


@scenario
def warning_letters_bridgeway(c):
    s = S["segun"]
    ppl = [P_(c) for _ in range(2)]
    atts = [ATT("Missed_appointment_%s.docx" % ascii_fold(pp.last), docx_bytes("Missed appointment", letter_blocks(c, pp, "warning")))
            for pp in ppl]
    text = "Hi,\n\nTwo missed-appointment letters to post today, please.%s" % sig(s)
    m = Mail(c, s, [BW["intake"]], "Letters to post (2)", body_alt(text, atts=atts))
    return m, L("encrypt_letter_kind", T(contact=True, subjects=2, kinds=["letter_other"]), "Two missed-appointment "
                                                                                             "warning letters (¶25: "
                                                                                             "other letters).", letters=2)


@scenario
def exit_report_staff_address(c):
    s = S["aoife"]
    pp = P_(c)
    pdf = pdf_bytes("WHP Exit Report", [[("h", "WHP Exit Report"), ("kv", exit_pairs(c, pp))]])
    text = "Hi,\n\nExit report attached - the team mailbox is playing up so I'm sending from mine.\n\nAoife" + sig(s, style="short")
    m = Mail(c, s, [DWP["inbox"]], "WHP Exit Report", body_alt(text, atts=[ATT("WHP_Exit_Report.pdf", pdf)]))
    return m, L("encrypt_dwp_process", T(ninos=1, subjects=1, kinds=["exit_report"]), "One Exit Report, but sent from a "
                                                                                      "member of staff's own address, not "
                                                                                      "the designated inbox.", records=1)


@scenario
def coc_to_workcoach(c):
    pp = P_(c)
    doc = docx_bytes("WHP07", [("h", "WHP07 Change of Circumstances"),
                               ("kv", coc_pairs(c, pp, ("Disengaged", "Participant has stopped attending (voluntary)")))])
    text = "Hi Imran,\n\nCoC for one of your customers attached.\n\nWHP Data Exchange"
    m = Mail(c, BOX["dx"], [DWP["wc"]], "WHP07 Change of Circumstances", body_plain(text, atts=[ATT("WHP07.docx", doc)]))
    return m, L("encrypt_dwp_process", T(ninos=1, subjects=1, kinds=["change_of_circumstances"]),
                "One CoC from the designated inbox but to a work coach, not the designated DWP inbox.", records=1)


@scenario
def two_exit_reports_designated(c):
    ppl = [P_(c) for _ in range(2)]
    atts = [ATT("WHP_Exit_Report_%d.pdf" % (i + 1), pdf_bytes("WHP Exit Report", [[("h", "WHP Exit Report"),
                                                                                    ("kv", exit_pairs(c, pp))]]))
            for i, pp in enumerate(ppl)]
    m = Mail(c, BOX["dx"], [DWP["inbox"]], "WHP Exit Reports (2)",
             body_plain("Two exit reports attached.\n\nWHP Data Exchange", atts=atts))
    return m, L("encrypt_dwp_process", T(ninos=2, subjects=2, kinds=["exit_report"]), "Two Exit Reports in one e-mail "
                                                                                      "(C15 ¶49: one record).", records=2)


@scenario
def two_gns(c):
    s = S["imogen"]
    ppl = [P_(c) for _ in range(2)]
    atts = [ATT("GNS_%d.docx" % (i + 1), docx_bytes("Good News Story", [("h", "Good News Story"), ("kv", gns_pairs(c, pp))]))
            for i, pp in enumerate(ppl)]
    m = Mail(c, s, [DWP["pm"]], "Good News Stories (2)", body_alt("Hi Ruth,\n\nTwo stories this month." + sig(s), atts=atts))
    return m, L("encrypt_dwp_process", T(subjects=2, kinds=["good_news_story"]), "Two GNS in one e-mail (¶35: one per "
                                                                                 "e-mail).", records=2)


@scenario
def sar_bundle_to_subject(c):
    pp = P_(c)
    pages = [[("h", "Your personal information"), ("p", "Dear %s %s,\n\nThis is the information we hold about you." %
                                                        (pp.title, pp.last)),
              ("kv", [("Name", pp.name), ("National Insurance number", nsp(pp.nino)), ("Address", pp.address),
                      ("Telephone", pp.mobile), ("Referral", "Restart Scheme, %s" % d_long(past_day(c, 200, 300)))])],
             [("h", "Appointment history"), ("table", ["Date", "Type", "Attended"],
                                            [[past_day(c, 10 * i, 10 * i + 5).strftime("%d/%m/%Y"), "Review", "Yes"]
                                             for i in range(1, 8)])]]
    pdf = pdf_bytes("Right of access response", pages)
    text = ("Dear %s %s,\n\nAs requested, your personal information is attached. Please keep it safe.\n\nData Protection "
            "Office\n%s" % (pp.title, pp.last, PRIME))
    m = Mail(c, BOX["dp"], [Who(pp.name, "", "", "", pp.email)], "Your right of access request",
             body_alt(text, atts=[ATT("Right_of_access_response.pdf", pdf)]), from_display="Data Protection Office")
    return m, L("encrypt_claimant_recipient", T(ninos=1, contact=True, subjects=1),
                "Subject access bundle (NINO, address, history) to the data subject's own address: not a CV or an "
                "exempt letter.")


@scenario
def cv_dob_consented(c):
    pp = P_(c, consent=True)
    text = "Hi %s,\n\nYour CV as requested.\n\nMeridian Careers Team" % pp.first
    m = Mail(c, BOX["cv"], [Who(pp.name, "", "", "", pp.email)], "Your CV",
             body_alt(text, atts=[ATT(ascii_fold(cv_name(c, pp, "docx")), cv_docx(c, pp, dob=True))]),
             from_display="Meridian Careers Team")
    return m, L("encrypt_claimant_recipient", T(dob=True, contact=True, subjects=1, kinds=["cv"]),
                "Consented claimant, one CV, but it contains a date of birth (¶17).", cv_count=1)


@scenario
def complaint_outcome_to_complainant(c):
    pp = P_(c)
    doc = docx_bytes("Complaint response", letter_blocks(c, pp, "complaint_response",
                                                         extra=" Your travel claim was paid late because it was sent to "
                                                               "the wrong team. I uphold your complaint."))
    text = "Dear %s %s,\n\nPlease find our response to your complaint attached.\n\nComplaints Team\n%s" % (pp.title, pp.last, PRIME)
    m = Mail(c, BOX["cx"], [Who(pp.name, "", "", "", pp.email)], "Your complaint – our response",
             body_alt(text, atts=[ATT("Complaint_response.docx", doc)]), from_display="Meridian Complaints Team")
    return m, L("encrypt_claimant_recipient", T(contact=True, subjects=1, kinds=["letter_other"]), "Complaint response "
                                                                                                   "letter to the "
                                                                                                   "complainant: not an "
                                                                                                   "interview/offer/"
                                                                                                   "appointment letter.",
                letters=1)


@scenario
def two_cvs_consented(c):
    s = S["hollie"]
    pp = P_(c, consent=True)
    atts = [ATT("CV_%s_retail.docx" % ascii_fold(pp.last), cv_docx(c, pp)), ATT("CV_%s_warehouse.docx" % ascii_fold(pp.last), cv_docx(c, pp))]
    text = "Hi %s,\n\nTwo versions of your CV - one for retail and one for warehouse jobs.\n\nHollie" % pp.first
    m = Mail(c, s, [Who(pp.name, "", "", "", pp.email)], "Your CVs", body_alt(text, atts=atts))
    return m, L("encrypt_claimant_recipient", T(contact=True, subjects=1, kinds=["cv"]), "Two CVs to a consented "
                                                                                         "claimant (¶17: one per e-mail).",
                cv_count=2)


@scenario
def tag_policy_nodata(c):
    s = S["natasha"]
    text = ("Hi Paul,\n\nOur updated OH referral process is set out below for your comments.\n\n1. Manager "
            "completes the referral form with the employee.\n2. HR checks and sends it through the portal.\n3. OH "
            "replies to HR and the manager within 5 working days.%s" % sig(s))
    m = Mail(c, s, [TP["oh"]], "[ENCRYPT] Updated OH referral process", body_alt(text))
    return m, L("encrypt_sender_tag", T0, "[ENCRYPT] tag on mail with no claimant data.")


@scenario
def tag_re_one_name(c):
    s = S["segun"]
    pp = P_(c, ("Chidi", "Eze", "m"))
    text = "Hi Naomi,\n\nYes, %s can do 2pm on Thursday.\n\nSegun" % pp.name + sig(s, style="short")
    m = Mail(c, s, [EMP["acme"]], "RE: [ENCRYPT] Interview slot – %s" % pp.name, body_alt(text), reply="acme-logistics.co.uk")
    return m, L("encrypt_sender_tag", T(subjects=1), "'RE: [ENCRYPT]' on a one-name mail that would otherwise relay.",
                name_only=True)


@scenario
def tag_list(c):
    s = S["aoife"]
    cols = ["surname", "initial", "nino", "start_date"]
    rows = name_rows(c, 40, cols)
    text = "Hi Rebecca,\n\nStarts list for w/c 7 December attached.\n\nAoife" + sig(s, style="short")
    m = Mail(c, s, [NS["rebecca"]], "[ENCRYPT] Starts list w/c 7 December",
             body_alt(text, atts=[ATT("starts_wc_7Dec.csv", csv_bytes([COLNAMES[k] for k in cols], rows))]))
    return m, L("encrypt_sender_tag", T(ninos=40, subjects=40, kinds=["name_list"]), "[ENCRYPT] tag on a 40-row list "
                                                                                     "that would relay.", list_rows=40,
                list_cols=cols)


@scenario
def aes_zip_concerns_bridgeway(c):
    s = S["tomasz"]
    pp = [P_(c) for _ in range(4)]
    x = xlsx_bytes([("Concerns", ["Name", "Concern", "Date", "Action"],
                     [[p.name, c.R.choice(["Self-harm", "Domestic abuse", "Alcohol misuse"]), past_day(c, 1, 20).strftime("%d/%m/%Y"),
                       "Referred"] for p in pp])])
    z = aes_zip_bytes([("shared_cases_concerns.xlsx", x)], "Heron!Moss-2261", seed=hash_seed(c.name))
    text = "Hi Ama,\n\nThe concerns log for our shared cases - password to follow separately.\n\nTomasz" + sig(s, style="short")
    m = Mail(c, s, [BW["ama"]], "Concerns log – shared cases", body_alt(text, atts=[ATT("shared_cases.zip", z)]))
    return m, L("encrypt_password_protected", T0, "WinZip AES-256 zip (its password goes in a separate mail).", pw=True)


@scenario
def aes_pdf_sar_solicitor(c):
    pdf = pdf_bytes("Disclosure bundle", [[("h", "Disclosure bundle"), ("p", "Redacted case records.")]],
                    password="Quill-Ash-7734", seed=hash_seed(c.name))
    text = ("Dear Ms Moss,\n\nThe disclosure bundle is attached as a password-protected PDF. We will telephone you with "
            "the password.\n\nChloe Whitworth\nInformation Rights Officer\n%s" % PRIME)
    m = Mail(c, BOX["dp"], [TP["solicitor"]], "Your ref HM/4471 – disclosure bundle",
             body_alt(text, atts=[ATT("Disclosure_bundle_HM4471.pdf", pdf)]), from_display="Data Protection Office")
    return m, L("encrypt_password_protected", T0, "AES-256 encrypted PDF.", pw=True)


@scenario
def scan_consent_pdf_dwp(c):
    s = S["aoife"]
    text = "Scanned from MFD-2F-LEEDS\nPages: 2\nResolution: 200 dpi\n\nSent by: aoife.brennan"
    m = Mail(c, s, [DWP["wc"]], "Scan from MFD-2F-LEEDS",
             body_plain(text, atts=[ATT("SCAN_%s.pdf" % c.date.strftime("%Y%m%d%H%M%S"), scan_pdf(hash_seed(c.name), 2))]))
    return m, L("encrypt_no_text_scan", T0, "Image-only two-page PDF scan to DWP.", scan=True)


@scenario
def jpeg_handwritten_bridgeway(c):
    s = S["tomasz"]
    m = Mail(c, s, [BW["ama"]], "Photo of this morning's notes",
             body_plain("Here's the photo of the handwritten notes.\n\nSent from my iPhone",
                        atts=[ATT("IMG_4471.jpg", scan_image(hash_seed(c.name), 1200, 1600))]), mailer="iphone")
    return m, L("encrypt_no_text_scan", T0, "Photo (JPEG) of handwritten notes: an image with no text layer.", scan=True)


def hash_seed(name):
    return int(hashlib.sha256(("seed:" + name).encode()).hexdigest()[:12], 16)


# ================================================================= D. reject
@scenario
def cv_unconsented_gmail(c):
    pp = P_(c, domain="gmail.com")
    text = "Hi %s,\n\nHere's your CV from Tuesday's session.\n\nMeridian Careers Team" % pp.first
    m = Mail(c, BOX["cv"], [Who(pp.name, "", "", "", pp.email)], "Your CV",
             body_alt(text, atts=[ATT(ascii_fold(cv_name(c, pp, "docx")), cv_docx(c, pp))]), from_display="Meridian Careers Team")
    return m, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV to a claimant address with no "
                                                                                   "consent recorded.", cv_count=1)


@scenario
def cv_second_address(c):
    s = S["hollie"]
    pp = P_(c, ("Nadia", "Benali", "f"), consent=True)
    other = "nadia.benali.jobs@outlook.com"
    text = ("Hi Nadia,\n\nAs requested, here is your CV - I've sent it to your job-search address this time.\n\nHollie\n"
            "Careers Adviser, %s" % PRIME)
    m = Mail(c, s, [Who(pp.name, "", "", "", other)], "Your CV",
             body_alt(text, atts=[ATT("CV_Nadia_Benali.docx", cv_docx(c, pp))]))
    return m, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV to the claimant's second address; "
                                                                                   "only her other address is in the "
                                                                                   "consent register.", cv_count=1)


@scenario
def cv_tag_unconsented(c):
    pp = P_(c, domain="btinternet.com")
    text = "Hi %s,\n\nYour CV, sent encrypted as you asked.\n\nMeridian Careers Team" % pp.first
    m = Mail(c, BOX["cv"], [Who(pp.name, "", "", "", pp.email)], "[ENCRYPT] Your CV",
             body_alt(text, atts=[ATT(ascii_fold(cv_name(c, pp, "pdf")), cv_pdf(c, pp))]), from_display="Meridian Careers Team")
    return m, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV to an unconsented claimant with "
                                                                                   "[ENCRYPT]: still rejected (¶17 'must "
                                                                                   "not be sent unsolicited').", cv_count=1)


@scenario
def cv_zip_unconsented(c):
    s = S["hollie"]
    pp = P_(c, domain="yahoo.co.uk")
    z = zip_bytes([(ascii_fold(cv_name(c, pp, "docx")).replace(" ", "_"), cv_docx(c, pp))])
    text = "Hi %s,\n\nYour CV is in the zip file.\n\nHollie" % pp.first
    m = Mail(c, s, [Who(pp.name, "", "", "", pp.email)], "CV", body_alt(text, atts=[ATT("your_cv.zip", z)]))
    return m, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "Zipped CV to an unconsented address.",
                cv_count=1)


@scenario
def cv_in_rfc822_unconsented(c):
    s = S["hollie"]
    pp = P_(c, domain="outlook.com")
    inner = EmailMessage()
    inner["From"] = formataddr((EMP["harbour"].name, EMP["harbour"].email))
    inner["To"] = formataddr((s.name, s.email))
    inner["Subject"] = "Returned CV – %s" % pp.name
    inner["Date"] = format_datetime(c.earlier(60 * 24))
    inner["Message-ID"] = "<%s@harbourview-hotels.co.uk>" % hashlib.md5(c.name.encode()).hexdigest()
    inner.set_content("Hi Hollie,\n\nWe've filled the role, so returning %s's CV. Thanks for sending it.\n\nColette" % pp.first)
    inner.add_attachment(cv_docx(c, pp), maintype="application", subtype=MIMETYPES["docx"].split("/")[1],
                         filename="CV_%s.docx" % ascii_fold(pp.last))
    text = ("Hi %s,\n\nHarbourview have filled the night porter role - their e-mail is attached with your CV. Don't be "
            "discouraged; we'll look at the next one together.\n\nHollie" % pp.first)
    m = Mail(c, s, [Who(pp.name, "", "", "", pp.email)], "FW: Returned CV",
             MIX(P(text), MSG822(inner.as_bytes(policy=policy.default), filename="Returned CV.eml")))
    return m, L("reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), "CV inside an attached message/rfc822, "
                                                                                   "to an unconsented claimant address.",
                cv_count=1)


@scenario
def bad_xlsx_random(c):
    blob = c.rng_bytes(8192)
    m = Mail(c, BOX["pbi"], [DWP["cpm"]], "Subscription: Contract performance – monthly pack",
             MIX(P(powerbi_html("Contract performance - monthly pack", "DWP Reporting", "Monthly pack.", c, "an Excel file"),
                   subtype="html"), ATT("Contract performance - monthly pack.xlsx", blob)), headers=auto_headers("powerbi"),
             mailer=None)
    return m, L("reject_uninspectable", T0, "Attachment named .xlsx whose bytes are random (no readable format).",
                opaque=True)


@scenario
def bad_pdf_truncated(c):
    rows = name_rows(c, 20, ["surname", "initial", "nino"])
    pdf = pdf_bytes("Caseload", [[("h", "Caseload"), ("table", ["Surname", "Initial", "NINO"], rows)]])
    m = Mail(c, BOX["ssrs"], [NS["rebecca"]], "Northstar caseload",
             body_plain(ssrs_text("Northstar caseload", "Current caseload.", c), atts=[ATT("Northstar_caseload.pdf", pdf[:len(pdf) // 3])]),
             headers=auto_headers("ssrs"), mailer=None)
    return m, L("reject_uninspectable", T0, "Truncated PDF (a third of the file, no xref or trailer).", opaque=True)


@scenario
def bad_docx_deflate(c):
    s = S["eilidh"]
    pp = P_(c)
    good = docx_bytes("Complaint notes", [("h", "Complaint notes"), ("p", "Notes about %s's complaint." % pp.name)])
    zin = zipfile.ZipFile(io.BytesIO(good))
    info = zin.getinfo("word/document.xml")
    # corrupt the compressed stream of word/document.xml in place
    off = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    b = bytearray(good)
    for i in range(off + 10, min(off + info.compress_size - 4, off + 200)):
        b[i] ^= 0x5A
    text = "Hi Daniel,\n\nNotes from the complaint call attached.\n\nEilidh" + sig(s, style="short")
    m = Mail(c, s, [BW["daniel"]], "Complaint call notes", body_alt(text, atts=[ATT("Complaint_call_notes.docx", bytes(b))]))
    return m, L("reject_uninspectable", T0, "DOCX whose document.xml deflate stream is corrupted.", opaque=True)


@scenario
def bad_zip_cd(c):
    s = S["bilal"]
    files = [("ropa_evidence_%d.txt" % i, ("Evidence item %d\n" % i).encode() * 50) for i in range(5)]
    z = zip_bytes(files)
    cd = z.rfind(b"PK\x01\x02")
    z = z[:cd + 20]
    text = "Hi Stuart,\n\nEvidence pack for control P04 attached.%s" % sig(s, style="short", sign=True)
    m = Mail(c, s, [TP["auditor"]], "Evidence pack – P04", body_alt(text, atts=[ATT("Evidence_P04.zip", z)]))
    return m, L("reject_uninspectable", T0, "Zip cut off in the central directory (no end record).", opaque=True)


@scenario
def bad_rfc822_garbage_pdf(c):
    s = S["imogen"]
    inner = EmailMessage()
    inner["From"] = "Northstar Training <%s>" % NS["kieran"].email
    inner["To"] = s.email
    inner["Subject"] = "Audit evidence"
    inner["Date"] = format_datetime(c.earlier(60 * 20))
    inner["Message-ID"] = "<%s@northstar-training.co.uk>" % hashlib.md5(c.name.encode()).hexdigest()
    inner.set_content("Evidence attached.\n\nKieran")
    inner.add_attachment(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + c.rng_bytes(6000), maintype="application", subtype="pdf",
                         filename="evidence.pdf")
    m = Mail(c, s, [NS["kieran"]], "FW: Audit evidence – this won't open",
             MIX(P("Kieran - the PDF in your e-mail (attached) won't open for us. Could you resend?\n\nImogen"),
                 MSG822(inner.as_bytes(policy=policy.default), filename="Audit evidence.eml")))
    return m, L("reject_uninspectable", T0, "Attached message whose PDF is a valid header followed by garbage.",
                opaque=True)


@scenario
def bad_pdf_no_header(c):
    s = S["segun"]
    m = Mail(c, s, [EMP["harbour"]], "Signed agreement",
             body_alt("Hi Colette,\n\nThe signed work placement agreement is attached.%s" % sig(s, style="short", sign=True),
                      atts=[ATT("Work_placement_agreement_signed.pdf", c.rng_bytes(5000))]))
    return m, L("reject_uninspectable", T0, "File named and typed as PDF whose bytes are no readable format.", opaque=True)


@scenario
def bad_xlsx_sheet_xml(c):
    x = xlsx_bytes([("Referrals", ["Jobcentre", "Referrals"], [["Leeds Eastgate", 61], ["Wakefield", 44]])])
    zin = zipfile.ZipFile(io.BytesIO(x))
    files = []
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            blob = blob[:len(blob) // 2]
        files.append((info.filename, blob))
    m = Mail(c, BOX["ssrs"], [DWP["cpm"]], "Referrals by Jobcentre – week 49",
             body_plain(ssrs_text("Referrals by Jobcentre", "Counts of PRaP referrals received in week 49.", c),
                        atts=[ATT("Referrals_by_Jobcentre_w49.xlsx", zip_bytes(files))]), headers=auto_headers("ssrs"),
             mailer=None)
    return m, L("reject_uninspectable", T0, "XLSX whose worksheet XML is cut in half (corrupt).", opaque=True)


# ================================================================= build
CONSENT_EXTRA = ["m.achterberg71@gmail.com", "princess.ojo@outlook.com", "dfarrar1959@btinternet.com"]


def build_all():
    RAWHDR.clear()
    built = []
    for fn in SCENARIOS:
        c = Ctx(fn.__name__)
        mail, lab = fn(c)
        built.append((fn.__name__, c, mail, lab))
    order = list(range(len(built)))
    random.Random(SET_SEED).shuffle(order)
    files, labels, consent = {}, [], set(CONSENT_EXTRA)
    for pos, k in enumerate(order):
        name, c, mail, lab = built[k]
        hid = "%s-%03d" % (PREFIX, pos + 1)
        files["mail/%s.eml" % hid] = mail.build(pos + 1)
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": mail.frm.email, "rcpt_to": mail.rcpts(),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": name})
        consent |= set(c.consent)
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode("utf-8")
    files["consent.txt"] = "".join(a + "\n" for a in sorted(consent)).encode("utf-8")
    return files, labels


def write_all(files):
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)


# ================================================================= self-check: an independent reading of RULES.md
def classify(a):
    d = a.split("@", 1)[1].lower()
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply_chain"
    if d == INT:
        return "internal"
    if d in CLAIMANT_DOMAINS:
        return "claimant"
    return "third_party"


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
    if set(f["list_cols"]) & FORBIDDEN_COLS:
        return "encrypt_list_forbidden_column"
    if f["list_rows"] > 500:
        return "encrypt_over_limit"
    if t["special"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"] or t["contact_details"] or f["extra"]:
        return category_rule(t)
    return "dwp_names_list" if dwp else "names_list_500"


def per_recipient(a, cls, rec, consent):
    t, f = rec["truth"], rec["facts"]
    kinds, sp = set(t["doc_kinds"]), set(t["special"])
    p32 = bool(t["dob"] or t["bank"] or sp or t["benefit_payment"] or t["children"])
    if cls == "claimant":
        if (kinds == {"cv"} and f["cv_count"] == 1 and a in consent and not f["extra"] and
                not (t["ninos"] or t["dob"] or t["bank"] or sp & {"health", "mental_health", "ethnicity", "criminal"})):
            return "cv_to_claimant"
        if (kinds and kinds <= LETTER_OK and 0 < f["letters"] <= 10 and not sp and not t["ninos"] and not t["bank"]
                and not t["dob"] and not t["benefit_payment"] and not t["children"] and not f["extra"]):
            return "letters_up_to_10"
        return "encrypt_claimant_recipient"
    if cls == "dwp":
        if kinds & C15_KINDS:
            if f["records"] == 1 and rec["mail_from"] == PROV_INBOX and a == DWP_INBOX:
                return category_rule(t) if f["extra"] else "dwp_c15_process"
            return "encrypt_dwp_process"
        if kinds & {"ucnea1", "good_news_story"}:
            if f["records"] == 1:
                return category_rule(t) if f["extra"] else "dwp_ucnea1_gns"
            return "encrypt_dwp_process"
        if "name_list" in kinds:
            return list_rule(t, f, True)
        if f["name_only"] and t["data_subjects"] == 1 and t == T(subjects=1):
            return "one_name"
        return category_rule(t)
    if f["fwd_record"] and cls == "supply_chain":
        return "forward_subcontractor" if f["records"] == 1 and not f["extra"] else "encrypt_over_limit"
    if kinds == {"cv"}:
        if f["cv_count"] > 10:
            return "encrypt_over_limit"
        return category_rule(t) if (t["ninos"] or p32 or f["extra"]) else "cvs_up_to_10"
    if kinds and kinds <= {"application_form", "application_form_couple"}:
        if f["form_people"] > 10:
            return "encrypt_over_limit"
        return category_rule(t) if (t["ninos"] or p32 or f["extra"]) else "application_forms_up_to_10"
    if kinds and kinds <= LETTER_OK | {"letter_other"}:
        if sp:
            return "encrypt_special_category"
        if kinds - LETTER_OK:
            return "encrypt_letter_kind"
        if f["letters"] > 10:
            return "encrypt_over_limit"
        return category_rule(t) if (t["ninos"] or p32 or f["extra"]) else "letters_up_to_10"
    if kinds == {"name_list"}:
        return list_rule(t, f, False)
    if kinds == {"nino_list"} and f["nino_only"]:
        return "nino_only_list"
    if f["name_only"] and t == T(subjects=1) and (cls == "supply_chain" or a.split("@")[1] in EMPLOYER_DOMAINS):
        return "one_name"
    return category_rule(t)


def derive(rec, subject, consent):
    f, t = rec["facts"], rec["truth"]
    if f["encrypted"]:
        return "already_encrypted"
    if f["opaque"]:
        return "reject_uninspectable"
    if f["scan"]:
        return "encrypt_no_text_scan"
    cls = {a: classify(a) for a in rec["rcpt_to"]}
    if f["cv_count"] and any(cls[a] == "claimant" and a not in consent for a in rec["rcpt_to"]):
        return "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt_password_protected"
    if "[ENCRYPT]" in subject.upper():
        return "encrypt_sender_tag"
    if t == T0:
        return "no_claimant_data"
    rules = [per_recipient(a, cls[a], rec, consent) for a in rec["rcpt_to"] if cls[a] != "internal"]
    if not rules:
        return "internal_only"
    enc = [r for r in rules if ACTION[r] != "relay"]
    return enc[0] if enc else rules[0]


NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])\s?([A-Za-z])\s{0,2}(\d{2})\s{0,2}(\d{2})\s{0,2}(\d{2})\s{0,2}([A-Da-d])"
                     r"(?![A-Za-z0-9])")
PHONE_RE = re.compile(r"(?<![\d.])0[1-9]\d{1,3} ?\d{3} ?\d{3,4}(?![\d])")
PHONE_OK = re.compile(r"07700 ?900\d{3}|0113 ?496 ?0\d{3}|0161 ?496 ?0\d{3}|01632 ?960\d{3}|0808 ?157 ?0\d{3}")
DOB_RE = re.compile(r"(?i)\b(d\.?o\.?b\.?|date of birth|born)\b[^\n\d]{0,25}\d")
TRACE = {"received", "dkim-signature", "arc-seal", "arc-message-signature", "arc-authentication-results",
         "authentication-results", "return-path", "x-received"}


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


def att_text(fn, blob, flags, depth=0):
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
    try:
        if ext == "pdf":
            if not blob.startswith(b"%PDF-"):
                raise Uninspectable(fn)
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Protected(fn)
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                flags.add("scan")
            return t
        if ext == "docx":
            d = docx.Document(io.BytesIO(blob))
            parts = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
            for sec in d.sections:
                parts += [p.text for p in sec.header.paragraphs]
            return "\n".join(parts)
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob), read_only=True)
            parts = []
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    parts.append(",".join("" if x is None else str(x) for x in row))
            return "\n".join(parts)
        if ext in ("csv", "txt"):
            return blob.decode("utf-8-sig")
        if ext == "ics":
            return ics_unfold_text(blob.decode("utf-8"))
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            for info in z.infolist():
                if info.flag_bits & 1:
                    raise Protected(info.filename)
            if z.testzip() is not None:
                raise Uninspectable(fn)
            return "\n".join(info.filename + "\n" + att_text(info.filename, z.read(info.filename), flags, depth + 1)
                             for info in z.infolist())
        if ext in ("jpg", "jpeg", "png"):
            Image.open(io.BytesIO(blob)).verify()
            flags.add("scan")
            return ""
    except (Protected, Uninspectable):
        raise
    except Exception as ex:
        raise Uninspectable("%s: %s" % (fn, ex))
    raise Uninspectable("%s: unknown type" % fn)


def message_text(m, flags, depth=0):
    from email.utils import getaddresses
    texts = []
    for k, v in m.items():
        if k.lower() in TRACE or k.lower() in ("message-id", "in-reply-to", "references", "date", "mime-version",
                                               "content-type", "content-transfer-encoding", "content-disposition"):
            continue
        if k.lower() in ("from", "to", "cc"):
            texts += [n for n, _ in getaddresses([str(v)])]
        else:
            texts.append(str(v))
    texts.append(part_text(m, flags, depth))
    return "\n".join(texts)


def part_text(part, flags, depth):
    ct = part.get_content_type()
    if part.is_multipart():
        if ct == "multipart/encrypted":
            flags.add("encrypted")
            return ""
        return "\n".join(part_text(p, flags, depth) for p in part.iter_parts())
    if ct in ("application/pkcs7-mime", "application/x-pkcs7-mime"):
        flags.add("encrypted")
        return ""
    if ct == "message/rfc822":
        inner = part.get_content()
        fn = part.get_filename() or ""
        return fn + "\n" + message_text(inner, flags, depth + 1)
    fn = part.get_filename()
    if fn:
        blob = part.get_payload(decode=True)
        try:
            return fn + "\n" + att_text(fn, blob, flags)
        except Protected:
            flags.add("protected")
            return fn
        except Uninspectable:
            flags.add("uninspectable")
            return fn
    if ct.startswith("text/"):
        t = part.get_content()
        if "BEGIN PGP MESSAGE" in t:
            flags.add("encrypted")
            return ""
        if ct == "text/calendar":
            return ics_unfold_text(t)
        if ct == "text/html":
            return htmllib.unescape(re.sub(r"<[^>]+>", " ", t))
        return t
    flags.add("uninspectable")
    return ""


def selfcheck(files, labels):
    import email
    from email.utils import getaddresses
    from collections import Counter
    consent = set(files["consent.txt"].decode().split())
    problems = []
    ids = [r["id"] for r in labels]
    if len(set(ids)) != len(ids):
        problems.append(("*", "duplicate ids"))
    mail_files = {k for k in files if k.startswith("mail/")}
    if mail_files != {r["file"] for r in labels}:
        problems.append(("*", "label files and mail files differ"))
    for rec in labels:
        hid, raw = rec["id"], files[rec["file"]]
        m = email.message_from_bytes(raw, policy=policy.default)
        if m.defects:
            problems.append((hid, "defects %s" % m.defects))
        if b"__RAW_" in raw:
            problems.append((hid, "raw header placeholder left"))
        for part in m.walk():
            if part.defects:
                problems.append((hid, "part defects %s" % part.defects))
        frm = getaddresses([str(m["From"])])[0][1]
        if frm != rec["mail_from"]:
            problems.append((hid, "From mismatch"))
        hdr = [a for _, a in getaddresses([str(x) for x in m.get_all("To", []) + m.get_all("Cc", [])]) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]) or not hdr and m["To"] != "undisclosed-recipients:;":
            problems.append((hid, "To/Cc not in rcpt_to"))
        if m["Bcc"]:
            problems.append((hid, "Bcc header present"))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if d.date() not in WORKDAYS:
            problems.append((hid, "Date not a working day in the window"))
        flags = set()
        full = message_text(m, flags)
        t, f, rule = rec["truth"], rec["facts"], rec["rule"]
        ninos = find_ninos(full)
        if len(ninos) != t["ninos"]:
            problems.append((hid, "found %d NINOs, truth %d" % (len(ninos), t["ninos"])))
        if ("uninspectable" in flags) != f["opaque"]:
            problems.append((hid, "opaque flag %s vs parse %s" % (f["opaque"], "uninspectable" in flags)))
        if ("protected" in flags) != f["pw"]:
            problems.append((hid, "pw flag mismatch"))
        if ("scan" in flags) != f["scan"]:
            problems.append((hid, "scan flag mismatch"))
        if ("encrypted" in flags) != f["encrypted"]:
            problems.append((hid, "encrypted flag mismatch"))
        if (f["opaque"] or f["pw"] or f["scan"] or f["encrypted"]) and t != T0:
            problems.append((hid, "unreadable case with non-empty truth"))
        if rule == "no_claimant_data" and t != T0:
            problems.append((hid, "no_claimant_data with truth"))
        if DOB_RE.search(full) and not t["dob"]:
            problems.append((hid, "DOB-like text but truth.dob false: %r" % DOB_RE.search(full).group(0)))
        for ph in PHONE_RE.findall(full):
            if not PHONE_OK.fullmatch(ph):
                problems.append((hid, "phone outside drama ranges: %s" % ph))
        for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", full):
            if not iban_valid(ib):
                problems.append((hid, "bad IBAN"))
        if t["bank"]:
            for card in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
                if not luhn_ok(card):
                    problems.append((hid, "bad Luhn"))
        subj = str(m["Subject"] or "")
        got = derive(rec, subj, consent)
        if got != rule:
            problems.append((hid, "derived %s, labelled %s" % (got, rule)))
        if ACTION[rule] != rec["expected_action"]:
            problems.append((hid, "action/rule mismatch"))
        cls = [classify(a) for a in rec["rcpt_to"]]
        if "internal" in cls and t != T0 and rec["expected_action"] == "relay":
            problems.append((hid, "claimant data relayed with an internal recipient"))
        if all(x == "internal" for x in cls) and t != T0:
            problems.append((hid, "claimant data sent only internally"))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant recipient not consented"))
        if rule == "reject_cv_no_consent" and set(rec["rcpt_to"]) & consent:
            problems.append((hid, "reject_cv_no_consent recipient consented"))
        if f["name_only"] and t != T(subjects=1):
            problems.append((hid, "name_only with more than a name"))
    return problems


def report(labels):
    from collections import Counter
    acts = Counter(r["expected_action"] for r in labels)
    print("messages: %d" % len(labels))
    print("actions: " + ", ".join("%s %d" % (k, acts[k]) for k in ("relay", "encrypt", "reject")))
    print("no_claimant_data: %d" % sum(1 for r in labels if r["rule"] == "no_claimant_data"))
    for k, v in sorted(Counter(r["rule"] for r in labels).items()):
        print("  %-32s %d" % (k, v))


def main():
    check = "--check" in sys.argv
    files, labels = build_all()
    if check:
        bad = []
        on_disk = set()
        if os.path.isdir(MAIL_DIR):
            on_disk = {"mail/" + n for n in os.listdir(MAIL_DIR)}
        for rel, data in files.items():
            p = os.path.join(HERE, rel)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                bad.append(rel)
        extra = on_disk - set(files)
        if bad or extra:
            print("NOT IDENTICAL: %d differing, %d extra (%s)" % (len(bad), len(extra), ", ".join(sorted(bad)[:5])))
            sys.exit(1)
        disk = {rel: open(os.path.join(HERE, rel), "rb").read() for rel in files}
        problems = selfcheck(disk, [json.loads(l) for l in disk["labels.jsonl"].decode().splitlines()])
    else:
        write_all(files)
        problems = selfcheck(files, labels)
    report(labels)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        sys.exit(1)
    digest = hashlib.sha256(b"".join(k.encode() + files[k] for k in sorted(files))).hexdigest()
    print("self-check OK; build digest %s" % digest[:16])
    if check:
        print("check OK: a fresh build is byte-identical to the files on disk")


if __name__ == "__main__":
    main()

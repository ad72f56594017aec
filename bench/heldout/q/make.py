#!/usr/bin/env python3
"""Held-out set Q: outbound mail of "Weald & Downs Employment Services" (WDES), a Kent / Sussex prime
running Restart, a WHP-style disability strand ("Pathways") and a self-employment start-up strand.
Senders: the employer-engagement team, in-work support advisers, start-up business advisers and the
office's systems (voicemail, e-fax, SMS inbox, Orbit CRM), mostly Outlook for Windows.

Deterministic: every scenario reseeds random and Faker from its own name; fixed Date headers,
Message-IDs and boundaries; normalised zip / OOXML / ODF metadata; seeded salts and keys.

    /tmp/hc-venv/bin/python make.py          # writes mail/, labels.jsonl, consent.txt, self-checks
    /tmp/hc-venv/bin/python make.py --check  # self-check of the files on disk + rebuild comparison
"""
import base64
import collections
import csv
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PREFIX = "hq"

R = random.Random(0)
fake = Faker("en_GB")


def seed_for(name):
    return int(hashlib.sha256(("setq:" + name).encode()).hexdigest()[:15], 16)


def reseed(name):
    s = seed_for(name)
    R.seed(s)
    fake.seed_instance(s)
    _SCEN_NAMES.clear()


# ============================================================== world
INT = "provider.example.org.uk"
DWP_DOMAINS = ["dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"]
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = [NORTHSTAR, BRIDGEWAY]
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
ORG = "Weald & Downs Employment Services"
ORG_LTD = "Weald & Downs Employment Services Ltd"
OFFICES = {
    "maidstone": ("Oast House, 40 Mill Street, Maidstone ME35 1WD", "01632 960100"),
    "hastings": ("Pelham Chambers, 9 Havelock Road, Hastings TN47 1DS", "01632 960200"),
    "crawley": ("Hazelwick House, 3 Station Way, Crawley RH33 7AA", "01632 960300"),
}
DISCLAIMER = ("Weald & Downs Employment Services Ltd is registered in England and Wales, company no. 08412973. "
              "Registered office: Oast House, 40 Mill Street, Maidstone ME35 1WD. This e-mail and any attachments "
              "are confidential and intended only for the addressee. They may contain personal data, including "
              "special category data such as information about a person\u2019s health, ethnicity, religion or "
              "criminal convictions, which must be handled in line with UK GDPR and the Data Protection Act 2018. "
              "If you have received this e-mail in error, please tell the sender and delete it. Weald & Downs "
              "delivers Restart and Pathways on behalf of the Department for Work and Pensions.")
DC_LINE = "We are a Disability Confident Leader and an accredited Living Wage Employer."


class Staff:
    def __init__(self, key, first, last, title, team, office, ext, mob=None, mailer="outlook"):
        self.key, self.first, self.last, self.title, self.team, self.office = key, first, last, title, team, office
        self.name = first + " " + last
        local = (first + "." + last).lower()
        for a, b in (("é", "e"), ("ś", "s"), ("ı", "i"), ("'", ""), (" ", "")):
            local = local.replace(a, b)
        self.email = local + "@" + INT
        self.ph = "01632 960%03d" % ext
        self.mob = mob
        self.mailer = mailer


STAFF = {s.key: s for s in [
    Staff("gareth", "Gareth", "Penhaligon", "Head of Employer Engagement", "Employer Engagement", "maidstone", 110, "07700 900611"),
    Staff("nkechi", "Nkechi", "Adeyemi-Hart", "Employer Engagement Manager", "Employer Engagement", "crawley", 311, "07700 900612"),
    Staff("dominic", "Dominic", "Ashdown", "Employer Account Manager", "Employer Engagement", "maidstone", 114, "07700 900631"),
    Staff("harpreet", "Harpreet", "Sandhu", "Employer Account Manager", "Employer Engagement", "crawley", 316, "07700 900632"),
    Staff("lowenna", "Lowenna", "Trevithick", "Employer Account Manager (Care & Health)", "Employer Engagement", "hastings", 214, "07700 900633"),
    Staff("bartosz", "Bartosz", "Wiśniewski", "Job Matching Coordinator", "Employer Engagement", "maidstone", 118),
    Staff("chloe", "Chloé", "Marchetti", "In-Work Support Adviser", "In-Work Support", "hastings", 221, "07700 900641"),
    Staff("tayo", "Tayo", "Ogundipe", "In-Work Support Adviser", "In-Work Support", "maidstone", 122, "07700 900642"),
    Staff("rhiannon", "Rhiannon", "Beck", "In-Work Support Team Leader", "In-Work Support", "maidstone", 120, "07700 900640"),
    Staff("mehmet", "Mehmet", "Aydın", "In-Work Support Adviser", "In-Work Support", "crawley", 323, "07700 900643"),
    Staff("francesca", "Francesca", "Lyle-Bowen", "Start-up Business Adviser", "Self-Employment", "hastings", 231, "07700 900651"),
    Staff("ikram", "Ikram", "Chaudhry", "Start-up Business Adviser", "Self-Employment", "crawley", 331, "07700 900652"),
    Staff("callum", "Callum", "McTeague", "Self-Employment Strand Lead", "Self-Employment", "maidstone", 130, "07700 900650"),
    Staff("esther", "Esther", "Kwarteng", "Specialist Employment Adviser (Pathways)", "Pathways", "hastings", 240, "07700 900661"),
    Staff("poppy", "Poppy", "Holloway", "Marketing & Communications Officer", "Communications", "maidstone", 140),
    Staff("sunil", "Sunil", "Varma", "Systems & CRM Administrator", "Systems", "maidstone", 150),
    Staff("marguerite", "Marguerite", "Fenn", "Data & Compliance Officer", "Contract Compliance", "maidstone", 160),
    Staff("aoife", "Aoife", "Brannigan", "Employment Adviser (Restart)", "Restart", "crawley", 341, "07700 900671"),
]}


class Box:
    """shared mailbox or system sender"""
    def __init__(self, local, name):
        self.email = local + "@" + INT
        self.name = name
        self.first = name
        self.title, self.team, self.office, self.ph, self.mob = "", name, "maidstone", "01632 960100", None


BOX = {
    "employer": Box("employer.team", "WDES Employer Team"),
    "inwork": Box("inwork.support", "WDES In-Work Support"),
    "startup": Box("startup.team", "WDES Start-up Team"),
    "participant": Box("participant.services", "Weald & Downs Participant Services"),
    "events": Box("events", "Weald & Downs Events"),
    "news": Box("news", "Weald & Downs News"),
    "dx": Box("whp.dataexchange", "WHP Data Exchange"),
    "voicemail": Box("voicemail", "Horizon Voicemail"),
    "efax": Box("efax", "Weald & Downs eFax"),
    "sms": Box("sms-inbox", "SMS Inbox"),
    "crm": Box("noreply.orbit", "Orbit CRM"),
    "it": Box("it.servicedesk", "WDES IT Service Desk"),
}


class Contact:
    def __init__(self, first, last, title, org, domain, email=None, ph=None):
        self.first, self.last, self.title, self.org, self.domain = first, last, title, org, domain
        self.name = (first + " " + last).strip()
        self.email = email or ("%s.%s@%s" % (first, last, domain)).lower().replace(" ", "").replace("'", "")
        self.ph = ph or "01632 960%03d" % (400 + sum(map(ord, self.email)) % 500)


C = {
    # employers (third parties)
    "acme_hr": Contact("Karl", "Brennan", "Site HR Manager", "Acme Logistics, Ashford DC", "acme-logistics.co.uk"),
    "acme_rec": Contact("Recruitment", "South East", "", "Acme Logistics", "acme-logistics.co.uk", "recruitment.southeast@acme-logistics.co.uk"),
    "acme_pay": Contact("Payroll", "South", "", "Acme Logistics", "acme-logistics.co.uk", "payroll.south@acme-logistics.co.uk"),
    "acme_tx": Contact("Gemma", "Lusted", "Transport Coordinator", "Acme Logistics, Ashford DC", "acme-logistics.co.uk"),
    "gf_mgr": Contact("Deborah", "Nwosu", "Registered Manager", "Greenfield Care, Pantiles House", "greenfield-care.com"),
    "gf_rec": Contact("Siân", "Llewellyn", "Recruitment Lead (Kent)", "Greenfield Care", "greenfield-care.com", "sian.llewellyn@greenfield-care.com"),
    "cb_site": Contact("Mark", "Fairweather", "Site Manager", "CityBuild Ltd, Ebbsfleet Green", "citybuild-ltd.co.uk"),
    "cb_edi": Contact("Priya", "Raman", "Social Value & EDI Lead", "CityBuild Ltd", "citybuild-ltd.co.uk"),
    "hv_hr": Contact("Lucia", "Ferreira", "HR Business Partner", "Harbourview Hotels (Brighton Seafront & Folkestone)", "harbourview-hotels.co.uk"),
    "hv_chef": Contact("Tom", "Ashby", "Head Chef", "Harbourview Hotels, Brighton Seafront", "harbourview-hotels.co.uk"),
    "bs_store": Contact("Natalie", "Byrne", "Store Manager", "Brightside Retail, Crawley County Oak", "brightside-retail.co.uk"),
    "bs_people": Contact("People", "Team", "", "Brightside Retail", "brightside-retail.co.uk", "people.team@brightside-retail.co.uk"),
    "eh_mentor": Contact("Dev", "Malhotra", "Business Mentor", "Enterprise Hub Kent & Sussex", "enterprise-hub.co.uk"),
    "eh_ws": Contact("Workshops", "", "", "Enterprise Hub", "enterprise-hub.co.uk", "workshops@enterprise-hub.co.uk"),
    "rmg": Contact("Ellen", "Sayers", "Packhouse Operations Manager", "Romney Marsh Growers", "romneymarsh-growers.co.uk"),
    "venue": Contact("Bookings", "", "", "Pier Pavilion Events, Hastings", "pierpavilion-events.co.uk", "bookings@pierpavilion-events.co.uk"),
    "venue_mgr": Contact("Rosalind", "Achebe", "Events Manager", "Pier Pavilion Events, Hastings", "pierpavilion-events.co.uk"),
    "print": Contact("Studio", "", "", "Downland Print Ltd", "downland-print.co.uk", "studio@downland-print.co.uk"),
    "stands": Contact("Accounts", "", "", "ExpoKit Stands Ltd", "expokit-stands.co.uk", "accounts@expokit-stands.co.uk"),
    "taxi": Contact("Bookings", "", "", "Cinque Ports Cars", "cinqueportscars.co.uk", "bookings@cinqueportscars.co.uk"),
    "accts": Contact("Helen", "Kemp", "Partner", "Kemp & Leigh Accountants", "kempleigh-accountants.co.uk"),
    "lettings": Contact("Commercial", "Lettings", "", "Weald Workspace Lettings", "wealdworkspace.co.uk", "commercial@wealdworkspace.co.uk"),
    "agent": Contact("Lettings", "Team", "", "Marsh & Garland Lettings", "marshgarland.co.uk", "lettings@marshgarland.co.uk"),
    "council": Contact("Business", "Support", "", "East Downs District Council", "eastdowns-council.gov.uk", "business.support@eastdowns-council.gov.uk"),
    # supply chain
    "ns_book": Contact("Craig", "Pellow", "Bookings Coordinator", "Northstar Training", NORTHSTAR),
    "ns_mgr": Contact("Yasmin", "Haddad", "Centre Manager (Medway)", "Northstar Training", NORTHSTAR),
    "ns_courses": Contact("Courses", "", "", "Northstar Training", NORTHSTAR, "courses@" + NORTHSTAR),
    "bw_prac": Contact("Nadia", "Petrova", "Wellbeing Practitioner", "Bridgeway Support", BRIDGEWAY),
    "bw_mgr": Contact("Owen", "Griffiths-Lamb", "In-Work Support Manager", "Bridgeway Support", BRIDGEWAY),
    "bw_duty": Contact("Duty", "Team", "", "Bridgeway Support", BRIDGEWAY, "duty@" + BRIDGEWAY),
    "bw_secure": Contact("Secure", "Mail", "", "Bridgeway Support", BRIDGEWAY, "secure@" + BRIDGEWAY),
    "bw_money": Contact("Imogen", "Stacey", "Money & Benefits Adviser", "Bridgeway Support", BRIDGEWAY),
    # DWP
    "wc_maid": Contact("Janet", "Okonkwo", "Work Coach", "Maidstone Jobcentre", "dwp.gov.uk"),
    "wc_hast": Contact("Phil", "Mardell", "Work Coach", "Hastings Jobcentre", "jobcentreplus.gov.uk"),
    "dea": Contact("Sandra", "Kowalczyk", "Disability Employment Adviser", "Crawley Jobcentre", "dwp.gsi.gov.uk"),
    "pm": Contact("Oliver", "Tennant", "Partnership Manager (Kent)", "DWP", "dwp.gov.uk"),
    "perf": Contact("Gillian", "Achterberg", "Provider Performance Manager", "DWP", "dwp.gov.uk"),
    "dwp_emp": Contact("Rajesh", "Pillai", "Employer Adviser", "DWP Employer & Partnership Team", "dwp.gov.uk"),
    "wc_team": Contact("Maidstone", "Work Coaches", "", "DWP", "dwp.gov.uk", "maidstone.workcoach.team@dwp.gov.uk"),
    "dwp_inbox": Contact("WHP", "Provider Inbox", "", "DWP", "dwp.gov.uk", DWP_INBOX),
    "prap": Contact("PRaP", "Support", "", "DWP", "dwp.gsi.gov.uk", "prap.support@dwp.gsi.gov.uk"),
}
for _k in ("wc_maid", "wc_hast", "dea", "pm", "perf", "dwp_emp"):
    C[_k].ph = "03069 990%03d" % (100 + list(C).index(_k))

# ============================================================== identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_USED_NINOS = set()


def nino():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p in BAD_PREFIX:
            continue
        n = p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")
        if n not in _USED_NINOS:
            _USED_NINOS.add(n)
            return n


def nsp(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mobile():
    return "07700 900%03d" % R.randint(0, 999)


def landline():
    return "01632 960%03d" % R.randint(0, 999)


AREAS = [("ME", (34, 48), ["Maidstone", "Chatham", "Gillingham", "Sittingbourne", "Rochester"]),
         ("TN", (41, 59), ["Hastings", "Ashford", "Tunbridge Wells", "Tonbridge", "Bexhill-on-Sea"]),
         ("CT", (24, 39), ["Canterbury", "Margate", "Ramsgate", "Folkestone", "Dover"]),
         ("BN", (60, 79), ["Brighton", "Hove", "Eastbourne", "Worthing", "Newhaven"]),
         ("RH", (31, 39), ["Crawley", "Horsham", "East Grinstead"]),
         ("DA", (24, 29), ["Dartford", "Gravesend", "Swanley"])]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode_town(area=None):
    a = [x for x in AREAS if area is None or x[0] == area]
    code, (lo, hi), towns = R.choice(a)
    pc = "%s%d %d%s%s" % (code, R.randint(lo, hi), R.randint(1, 9), R.choice(PC_LETTERS), R.choice(PC_LETTERS))
    return pc, R.choice(towns)


def iban():
    bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
    while bank in ("HSBC", "NWBK", "BARC", "LOYD", "MIDL", "NAIA", "ABBY", "SRLG", "MONZ", "REVO"):
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
    bban = bank + str(R.randint(1, 9)) + "%05d" % R.randint(0, 99999) + str(R.randint(1, 9)) + "%07d" % R.randint(0, 9999999)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_card(prefix=(4, 6, 5, 8)):
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
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99))


def account_no():
    return str(R.randint(1, 9)) + "%07d" % R.randint(0, 9999999)


def utr():
    return str(R.randint(1, 9)) + "%09d" % R.randint(0, 999999999)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


HANDMADE = [("Kelechi", "Obi", "m"), ("Aaliyah", "Rahman", "f"), ("Tomasz", "Zieliński", "m"), ("Zoë", "Ní Bhriain", "f"),
            ("Shabnam", "Qureshi", "f"), ("Ayodele", "Bankole", "m"), ("Precious", "Mlambo", "f"), ("Samira", "El-Amin", "f"),
            ("Kerry-Ann", "Campbell", "f"), ("Yusuf", "Demir", "m"), ("Grace", "Ansah", "f"), ("Marta", "Kovačević", "f"),
            ("Damilola", "Adeleke", "f"), ("Kofi", "Boateng", "m"), ("Gurpreet", "Bains", "f"), ("Ionuț", "Popescu", "m"),
            ("Mariusz", "Kowalski", "m"), ("Chidi", "Okeke", "m"), ("Seren", "Pritchard", "f"), ("Faisal", "Hussain", "m"),
            ("Niamh", "O'Connell", "f"), ("Bilal", "Sheikh", "m"), ("Thanh", "Nguyen", "f"), ("Elif", "Şahin", "f"),
            ("Rasa", "Petrauskienė", "f"), ("Abdi", "Farah", "m"), ("Lerato", "Dube", "f"), ("Ravinder", "Gill", "m"),
            ("Oksana", "Melnyk", "f"), ("Joaquim", "Sousa", "m"), ("Efua", "Mensah", "f"), ("Dariusz", "Wróbel", "m"),
            ("Hollie-Mae", "Sturgess", "f"), ("Connor", "Tapsell", "m"), ("Amara", "Nwachukwu", "f"), ("Sergei", "Volkov", "m"),
            ("Keisha", "Thompson-Reid", "f"), ("Mohammed", "Al-Sayed", "m"), ("Bethan", "Morgan", "f"), ("Jakub", "Dvořák", "m")]


# hand-made names that scenarios use for one fixed person: never drawn at random for somebody else
FIXED_NAMES = {("Kelechi", "Obi"), ("Aaliyah", "Rahman"), ("Tomasz", "Zieliński"), ("Shabnam", "Qureshi"), ("Ayodele", "Bankole"),
               ("Precious", "Mlambo"), ("Zoë", "Ní Bhriain"), ("Chidi", "Okeke"), ("Grace", "Ansah"), ("Yusuf", "Demir"),
               ("Seren", "Pritchard"), ("Damilola", "Adeleke"), ("Marta", "Kovačević"), ("Bilal", "Sheikh"), ("Mariusz", "Kowalski"),
               ("Hollie-Mae", "Sturgess"), ("Kerry-Ann", "Campbell"), ("Efua", "Mensah"), ("Connor", "Tapsell")}
STREET_TYPES = ["Road", "Street", "Close", "Avenue", "Lane", "Gardens", "Way", "Crescent", "Drive", "Court", "Place", "Grove",
                "Terrace", "Rise", "Walk", "Mews"]
_SCEN_NAMES = set()   # names already given to someone in the current scenario (reset by reseed)


def street():
    return "%s %s" % (R.choice([fake.last_name(), fake.last_name(), fake.first_name(), R.choice(["Mill", "Church", "Station", "Orchard", "Hop Garden",
                                                                                                  "Chapel", "Oast", "Marsh", "Downs", "Priory"])]),
                      R.choice(STREET_TYPES))


class Person:
    def __init__(self, first=None, last=None, sex=None, domain=None, age=None):
        if first is None:
            while True:
                sx = sex or R.choice("mf")
                pool = [h for h in HANDMADE if h[2] == sx and h[:2] not in FIXED_NAMES]
                if R.random() < 0.3:
                    first, last, _ = R.choice(pool)
                else:
                    first = fake.first_name_male() if sx == "m" else fake.first_name_female()
                    last = fake.last_name()
                if (first, last) not in _SCEN_NAMES:
                    break
            sex = sx
        _SCEN_NAMES.add((first, last))
        self.first, self.last, self.sex = first, last, sex or R.choice("mf")
        self.name = first + " " + last
        self.house = R.randint(2, 140)
        self.street = street()
        self.postcode, self.town = postcode_town()
        self.address = "%d %s, %s %s" % (self.house, self.street, self.town, self.postcode)
        self.mobile = mobile()
        dom = domain or R.choice(CLAIMANT_DOMAINS)
        loc = (first + R.choice([".", "", "_"]) + last).lower()
        for a, b in (("ń", "n"), ("ë", "e"), ("í", "i"), ("č", "c"), ("ț", "t"), ("ş", "s"), ("ė", "e"), ("ó", "o"),
                     ("ř", "r"), ("á", "a"), ("'", ""), (" ", ""), ("-", "")):
            loc = loc.replace(a, b)
        self.email = "%s%d@%s" % (loc, R.randint(1, 99), dom)
        self.age = age or R.randint(19, 62)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 11), R.randint(1, 28))
        self.nino = nino()
        self.ref = "WD%06d" % R.randint(100000, 999999)
        self.prap = "PR%08d" % R.randint(10000000, 99999999)
        m = self.sex == "m"
        self.he, self.him, self.his = ("he", "him", "his") if m else ("she", "her", "her")
        self.He = self.he.capitalize()
        self.His = self.his.capitalize()

    def initial_surname(self):
        return "%s %s" % (self.first[0], self.last)


def people(n, **kw):
    return [Person(**kw) for _ in range(n)]


CONSENT = []


def consented(p):
    CONSENT.append(p.email)
    return p


# ============================================================== dates
WORKDAYS = [d for d in range(1, 19) if datetime.date(2026, 12, d).weekday() < 5]


def msg_date():
    d = R.choice(WORKDAYS)
    return datetime.datetime(2026, 12, d, R.randint(8, 17), R.randint(0, 59), R.randint(0, 59))


def day_str(dt, style="long"):
    if style == "long":
        return "%s %d %s %d" % (dt.strftime("%A"), dt.day, MONTHS[dt.month - 1], dt.year)
    if style == "short":
        return "%s %d %s" % (dt.strftime("%a"), dt.day, MONTHS[dt.month - 1][:3])
    return dt.strftime("%d/%m/%Y")


def later(dt, days):
    d = dt + datetime.timedelta(days=days)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def nov(day, h=10, m=12):
    return datetime.datetime(2026, 11, day, h, m)


def outlook_sent(dt):
    return "%s, %d %s %d %02d:%02d" % (dt.strftime("%A"), dt.day, MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)


# ============================================================== documents
FIXED_DT = datetime.datetime(2026, 11, 30, 9, 0, 0)
ZIP_DT = (2026, 11, 30, 9, 0, 0)


def latin1(t):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-",
           "\u2026": "...", "ń": "n", "č": "c", "ț": "t", "ş": "s", "ė": "e", "ř": "r", "ś": "s", "ı": "i", "Ş": "S"}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")


def zip_bytes(files, stored_first=None):
    """files: list of (name, bytes); deterministic timestamps; name==stored_first is stored uncompressed"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


def normalize_zip(data, patch=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = []
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            t = blob.decode("utf-8")
            t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2026-11-30T09:00:00Z\2", t)
            t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-11-30T09:00:00Z\2", t)
            blob = t.encode("utf-8")
        if patch and info.filename in patch:
            blob = patch[info.filename](blob)
        files.append((info.filename, blob))
    return zip_bytes(files)


# ---------- DOCX (python-docx; comments; tracked changes)
def docx_bytes(title, blocks, author=None, comments=(), tracked=None, header_text=None, footer_text=None):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    cp = d.core_properties
    cp.author = author or ORG
    cp.last_modified_by = author or ORG
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    if footer_text:
        d.sections[0].footer.paragraphs[0].text = footer_text
    anchors = {}
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            para = d.add_paragraph(b[1])
            if len(b) > 2:
                anchors[b[2]] = para
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
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, hc in enumerate(header):
                t.rows[0].cells[i].text = str(hc)
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
        elif k == "track":
            # ("track", before, deleted, inserted, after, author)
            para = d.add_paragraph()
            para.add_run(b[1])
            who = b[5]
            dl = OxmlElement("w:del")
            dl.set(qn("w:id"), "90%d" % len(anchors))
            dl.set(qn("w:author"), who)
            dl.set(qn("w:date"), "2026-11-27T14:05:00Z")
            r = OxmlElement("w:r")
            dt = OxmlElement("w:delText")
            dt.set(qn("xml:space"), "preserve")
            dt.text = b[2]
            r.append(dt)
            dl.append(r)
            para._p.append(dl)
            if b[3]:
                ins = OxmlElement("w:ins")
                ins.set(qn("w:id"), "91%d" % len(anchors))
                ins.set(qn("w:author"), who)
                ins.set(qn("w:date"), "2026-11-27T14:06:00Z")
                r2 = OxmlElement("w:r")
                t2 = OxmlElement("w:t")
                t2.set(qn("xml:space"), "preserve")
                t2.text = b[3]
                r2.append(t2)
                ins.append(r2)
                para._p.append(ins)
            para.add_run(b[4])
            anchors["track%d" % len(anchors)] = para
    for anchor, text, who, initials in comments:
        para = anchors[anchor]
        d.add_comment(para.runs, text=text, author=who, initials=initials)
    bio = io.BytesIO()
    d.save(bio)

    def fix_comments(blob):
        return re.sub(rb'w:date="[^"]*"', b'w:date="2026-11-27T11:20:00Z"', blob)
    return normalize_zip(bio.getvalue(), {"word/comments.xml": fix_comments})


# ---------- XLSX / XLSM (openpyxl)
def xlsx_bytes(sheets, macro=False, hidden_cols=()):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = ORG
    wb.properties.lastModifiedBy = ORG
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col in hidden_cols:
            ws.column_dimensions[col].hidden = True
    bio = io.BytesIO()
    wb.save(bio)
    patch = None
    if macro:
        def ct(blob):
            return blob.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        patch = {"[Content_Types].xml": ct}
    return normalize_zip(bio.getvalue(), patch)


# ---------- PPTX (hand-built, minimal but complete package)
def _x(t):
    return htmlmod.escape(t, quote=False)


PPTX_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="WDES">'
         '<a:themeElements><a:clrScheme name="WDES"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="3E5C2A"/></a:dk2><a:lt2><a:srgbClr val="EEF2E6"/></a:lt2><a:accent1><a:srgbClr val="7A9A3A"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>'
         '<a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6>'
         '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="WDES"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
         '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
         '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')
CLRMAP = '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
EMPTY_TREE = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
              '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def _ph_sp(idn, name, ph, paras, y=457200, h=1143000):
    body = "".join('<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>%s</a:t></a:r></a:p>' % _x(t) for t in paras) or '<a:p><a:endParaRPr lang="en-GB"/></a:p>'
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="%d"/></a:xfrm></p:spPr>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>') % (idn, name, ph, y, h, body)


def pptx_bytes(title, slides, author=None):
    """slides: list of dict(title=..., bullets=[...], notes=None|str, table=None|(header, rows))"""
    files = []
    n = len(slides)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"/>'
          '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"/>'
          '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    for i in range(1, n + 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % i)
        if slides[i - 1].get("notes"):
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
    ct.append("</Types>")
    files.append(("[Content_Types].xml", "".join(ct)))
    files.append(("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>'))
    files.append(("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                  '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>3</cp:revision>'
                  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-30T09:00:00Z</dcterms:modified></cp:coreProperties>'
                  % (_x(title), _x(author or ORG), _x(author or ORG))))
    files.append(("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Office PowerPoint</Application><Slides>%d</Slides><AppVersion>16.0000</AppVersion></Properties>' % n))
    pres_rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="notesMasters/notesMaster1.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
                 '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/presProps" Target="presProps.xml"/>'
                 '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps" Target="viewProps.xml"/>'
                 '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles" Target="tableStyles.xml"/>']
    sldids = []
    for i in range(1, n + 1):
        pres_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide%d.xml"/>' % (10 + i, i))
        sldids.append('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, 10 + i))
    pres_rels.append("</Relationships>")
    files.append(("ppt/_rels/presentation.xml.rels", "".join(pres_rels)))
    files.append(("ppt/presentation.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation %s saveSubsetFonts="1">'
                  '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>'
                  '<p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000" type="screen4x3"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle/></p:presentation>'
                  % (PPTX_NS, "".join(sldids))))
    files.append(("ppt/presProps.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentationPr %s/>' % PPTX_NS))
    files.append(("ppt/viewProps.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:viewPr %s><p:gridSpacing cx="72008" cy="72008"/></p:viewPr>' % PPTX_NS))
    files.append(("ppt/tableStyles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'))
    files.append(("ppt/theme/theme1.xml", THEME))
    files.append(("ppt/theme/theme2.xml", THEME))
    files.append(("ppt/slideMasters/slideMaster1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>%s'
                  '%s%s</p:spTree></p:cSld>%s<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>'
                  '<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>'
                  % (PPTX_NS, EMPTY_TREE, _ph_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', []),
                     _ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', [], 1600200, 4525963), CLRMAP)))
    files.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>'))
    files.append(("ppt/slideLayouts/slideLayout1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldLayout %s type="obj" preserve="1"><p:cSld name="Title and Content"><p:spTree>%s'
                  '%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
                  % (PPTX_NS, EMPTY_TREE, _ph_sp(2, "Title 1", '<p:ph type="title"/>', []),
                     _ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', [], 1600200, 4525963))))
    files.append(("ppt/slideLayouts/_rels/slideLayout1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'))
    files.append(("ppt/notesMasters/notesMaster1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notesMaster %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld>%s<p:notesStyle/></p:notesMaster>'
                  % (PPTX_NS, EMPTY_TREE, _ph_sp(2, "Notes Placeholder 1", '<p:ph type="body" idx="1"/>', [], 4343400, 4114800), CLRMAP)))
    files.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme2.xml"/></Relationships>'))
    for i, s in enumerate(slides, 1):
        shapes = _ph_sp(2, "Title 1", '<p:ph type="title"/>', [s["title"]])
        if s.get("bullets"):
            shapes += _ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', s["bullets"], 1600200, 2400000 if s.get("table") else 4525963)
        if s.get("table"):
            header, rows = s["table"]
            cols = len(header)
            grid = "".join('<a:gridCol w="%d"/>' % (8229600 // cols) for _ in range(cols))
            trs = ""
            for row in [header] + list(rows):
                trs += '<a:tr h="370840">' + "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB"/><a:t>%s</a:t></a:r></a:p></a:txBody><a:tcPr/></a:tc>' % _x(str(c)) for c in row) + "</a:tr>"
            shapes += ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
                       '<p:xfrm><a:off x="457200" y="4100000"/><a:ext cx="8229600" cy="%d"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
                       '<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>') % (370840 * (len(rows) + 1), grid, trs)
        files.append(("ppt/slides/slide%d.xml" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
                      % (PPTX_NS, EMPTY_TREE, shapes)))
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>')
        if s.get("notes"):
            rels += '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide%d.xml"/>' % i
            files.append(("ppt/notesSlides/notesSlide%d.xml" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
                          % (PPTX_NS, EMPTY_TREE, _ph_sp(2, "Notes Placeholder 1", '<p:ph type="body" idx="1"/>', s["notes"].split("\n"), 4343400, 4114800))))
            files.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="../notesMasters/notesMaster1.xml"/>'
                          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide%d.xml"/></Relationships>' % i))
        rels += "</Relationships>"
        files.append(("ppt/slides/_rels/slide%d.xml.rels" % i, rels))
    return zip_bytes([(a, b.encode("utf-8")) for a, b in files])


# ---------- ODT (hand-built)
def odt_bytes(title, blocks):
    body = []
    for b in blocks:
        if b[0] in ("h", "h2"):
            body.append('<text:h text:outline-level="%d">%s</text:h>' % (1 if b[0] == "h" else 2, _x(b[1])))
        elif b[0] == "p":
            body.append("<text:p>%s</text:p>" % _x(b[1]))
        elif b[0] == "table":
            header, rows = b[1], b[2]
            t = '<table:table table:name="T%d"><table:table-column table:number-columns-repeated="%d"/>' % (len(body), len(header))
            for row in [header] + list(rows):
                t += "<table:table-row>" + "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(c)) for c in row) + "</table:table-row>"
            body.append(t + "</table:table>")
        elif b[0] == "kv":
            for k, v in b[1]:
                body.append("<text:p>%s: %s</text:p>" % (_x(k), _x(str(v))))
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
    content = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3"><office:body><office:text>%s</office:text></office:body></office:document-content>' % (ns, "".join(body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta><meta:generator>LibreOffice/7.6</meta:generator>'
            '<dc:title>%s</dc:title><meta:creation-date>2026-11-30T09:00:00</meta:creation-date></office:meta></office:document-meta>' % (ns, _x(title)))
    styles = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"/>' % ns
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zip_bytes([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content.encode()),
                      ("styles.xml", styles.encode()), ("meta.xml", meta.encode()), ("META-INF/manifest.xml", manifest.encode())],
                     stored_first="mimetype")


# ---------- RTF
def rtf_escape(t):
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_bytes(blocks, author="WDES"):
    lines = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Calibri;}{\f1\fnil\fcharset0 Arial;}}",
             r"{\colortbl ;\red62\green92\blue42;}",
             r"{\*\generator Riched20 10.0.19041}{\info{\author %s}{\creatim\yr2026\mo11\dy30\hr9\min0}}\viewkind4\uc1" % rtf_escape(author)]
    for b in blocks:
        if b[0] in ("h", "h2"):
            lines.append(r"\pard\sa120\cf1\b\f0\fs%d %s\cf0\b0\par" % (28 if b[0] == "h" else 24, rtf_escape(b[1])))
        elif b[0] == "p":
            lines.append(r"\pard\sa120\sl276\slmult1\f0\fs22 %s\par" % rtf_escape(b[1]))
        elif b[0] == "kv":
            for k, v in b[1]:
                lines.append(r"\pard\sa60\f0\fs22\b %s:\b0  %s\par" % (rtf_escape(k), rtf_escape(str(v))))
        elif b[0] == "table":
            header, rows = b[1], b[2]
            for row in [header] + list(rows):
                cells = "".join(r"\cellx%d" % (2000 * (i + 1)) for i in range(len(row)))
                lines.append(r"\trowd%s" % cells + "".join(r"\pard\intbl %s\cell" % rtf_escape(str(c)) for c in row) + r"\row")
            lines.append(r"\pard\par")
    lines.append("}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


# ---------- PDF (fpdf2)
def _pdf():
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(datetime.datetime(2026, 11, 30, 9, 0, 0, tzinfo=datetime.timezone.utc))
    p.set_author(ORG)
    p.set_creator("Microsoft Word for Microsoft 365")
    p.set_auto_page_break(True, 15)
    return p


def _pdf_page(p, blocks, footer=None):
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
            for kk, vv in b[1]:
                p.set_font("helvetica", "B", 9.5)
                p.cell(62, 6.5, latin1(kk), border=1)
                p.set_font("helvetica", "", 9.5)
                p.multi_cell(0, 6.5, latin1(str(vv)), border=1, new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif k == "table":
            header, rows = b[1], b[2]
            w = (p.w - p.l_margin - p.r_margin) / len(header)
            p.set_font("helvetica", "B", 8)
            for hc in header:
                p.cell(w, 6, latin1(str(hc))[:34], border=1)
            p.ln()
            p.set_font("helvetica", "", 8)
            for r in rows:
                for c in r:
                    p.cell(w, 5.5, latin1(str(c))[:34], border=1)
                p.ln()
            p.ln(3)
    if footer:
        p.set_y(-18)
        p.set_font("helvetica", "", 8)
        p.cell(0, 5, latin1(footer), align="C")


class _SeededBytes:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def __call__(self, n):
        return bytes(self.r.randint(0, 255) for _ in range(n))


def pdf_bytes(title, pages, password=None, footers=True):
    p = _pdf()
    p.set_title(latin1(title))
    for i, blocks in enumerate(pages):
        _pdf_page(p, blocks, ("Page %d of %d" % (i + 1, len(pages))) if footers and len(pages) > 1 else None)
    if password:
        from fpdf.encryption import StandardSecurityHandler
        from fpdf.enums import EncryptionMethod
        old = StandardSecurityHandler.get_random_bytes
        StandardSecurityHandler.get_random_bytes = classmethod(lambda cls, n, _g=_SeededBytes(seed_for(title)): _g(n))
        try:
            p.set_encryption(owner_password="own-" + password, user_password=password, encryption_method=EncryptionMethod.AES_256)
            return bytes(p.output())
        finally:
            StandardSecurityHandler.get_random_bytes = old
    return bytes(p.output())


def pdf_form_bytes(title, intro, fields):
    """hand-built PDF with an AcroForm: labels on the page, answers only in field values (/V)"""
    objs = []

    def add(s):
        objs.append(s)
        return len(objs)

    def pstr(s):
        s = latin1(s)
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    lines = ["BT /F1 15 Tf 50 800 Td %s Tj ET" % pstr(title)]
    y = 775
    for t in intro:
        lines.append("BT /F1 9 Tf 50 %d Td %s Tj ET" % (y, pstr(t)))
        y -= 13
    y -= 10
    widgets = []
    for i, (label, name, value) in enumerate(fields):
        lines.append("BT /F1 10 Tf 50 %d Td %s Tj ET" % (y + 4, pstr(label)))
        lines.append("0.6 G 220 %d 320 18 re S" % (y - 2))
        widgets.append((name, value, y - 2))
        y -= 26
    stream = "\n".join(lines).encode("latin-1")
    content = add("<< /Length %d >>\nstream\n" % len(stream) + stream.decode("latin-1") + "\nendstream")
    page_no = len(objs) + 1 + len(widgets) + 1
    field_ids = []
    for name, value, wy in widgets:
        ap_s = ("/Tx BMC BT /Helv 10 Tf 2 5 Td %s Tj ET EMC" % pstr(value)).encode("latin-1")
        ap = add("<< /Type /XObject /Subtype /Form /BBox [0 0 320 18] /Resources << /Font << /Helv %d 0 R >> >> /Length %d >>\nstream\n%s\nendstream" % (font, len(ap_s), ap_s.decode("latin-1")))
        field_ids.append((name, value, wy, ap))
    real_fields = []
    # renumber: widgets come after appearance streams
    wid_objs = []
    for name, value, wy, ap in field_ids:
        wid_objs.append(add("<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /V %s /Rect [220 %d 540 %d] /F 4 /DA (/Helv 10 Tf 0 g) /AP << /N %d 0 R >> /P %d 0 R >>"
                            % (pstr(name), pstr(value), wy, wy + 18, ap, len(objs) + len(widgets) - len(wid_objs) + 1 + 0)))
    page = add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> /Annots [%s] >>"
               % (len(objs) + 2, content, font, " ".join("%d 0 R" % w for w in wid_objs)))
    # fix the /P reference of each widget to the real page number
    for w in wid_objs:
        objs[w - 1] = re.sub(r"/P \d+ 0 R", "/P %d 0 R" % page, objs[w - 1])
    pages = add("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    acro = add("<< /Fields [%s] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv %d 0 R >> >> >>" % (" ".join("%d 0 R" % w for w in wid_objs), font))
    info = add("<< /Title %s /Producer (WDES Forms 3.2) /CreationDate (D:20261130090000Z) >>" % pstr(title))
    cat = add("<< /Type /Catalog /Pages %d 0 R /AcroForm %d 0 R >>" % (pages, acro))
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n" % i).encode() + o.encode("latin-1") + b"\nendobj\n")
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    fid = hashlib.md5(title.encode()).hexdigest().upper()
    out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, fid, fid, xref)).encode())
    return out.getvalue()


# ---------- images / scans
def logo_png(text="W&D"):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (180, 60), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, 58, 59], fill=(62, 92, 42))
    dr.polygon([(8, 48), (29, 12), (50, 48)], fill=(122, 154, 58))
    dr.text((66, 14), "Weald & Downs", fill=(62, 92, 42))
    dr.text((66, 32), "Employment Services", fill=(89, 89, 89))
    bio = io.BytesIO()
    img.save(bio, "PNG", optimize=False)
    return bio.getvalue()


def scan_image(seed, w=1240, h=1754):
    from PIL import Image, ImageDraw, ImageFilter
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(img)
    dr.rectangle([90, 60, 640, 96], fill=60)
    y = 130
    while y < h - 160:
        x = 95
        while x < w - 120:
            ww = rr.randint(18, 105)
            dr.rectangle([x, y, min(x + ww, w - 100), y + 13], fill=rr.randint(35, 110))
            x += ww + rr.randint(8, 18)
        y += rr.choice([27, 27, 27, 54])
    dr.line([690, h - 210, 1010, h - 175], fill=25, width=4)
    img = img.rotate(0.6, fillcolor=236).filter(ImageFilter.GaussianBlur(0.7))
    for _ in range(2500):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    return img


def jpeg_bytes(img, quality=72):
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=quality)
    return bio.getvalue()


def tiff_fax_bytes(seed, pages=2):
    imgs = [scan_image(seed + i, 1728, 2200).point(lambda v: 255 if v > 150 else 0).convert("1") for i in range(pages)]
    bio = io.BytesIO()
    imgs[0].save(bio, "TIFF", compression="group4", save_all=True, append_images=imgs[1:], dpi=(204, 196))
    return bio.getvalue()


def scan_pdf(seed, pages=1, creator="Xerox WorkCentre eFax"):
    p = _pdf()
    p.set_creator(creator)
    p.set_title("Fax")
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(jpeg_bytes(scan_image(seed + i))), x=0, y=0, w=210, h=297)
    return bytes(p.output())


# ---------- text formats
def csv_text(header, rows, delim=",", crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def utf16_csv(header, rows, delim="\t"):
    return b"\xff\xfe" + csv_text(header, rows, delim).encode("utf-16-le")


def cp1252_csv(header, rows, delim=","):
    return csv_text(header, rows, delim).encode("cp1252", "replace")  # as Excel does: unmappable letters become '?'


def vcard(fn, n_last, n_first, org=None, title=None, tel_work=None, tel_cell=None, email_work=None, email_home=None,
          adr_home=None, adr_work=None, bday=None, note=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (n_last, n_first), "FN:%s" % fn]
    if org:
        L.append("ORG:%s" % org.replace(",", "\\,"))
    if title:
        L.append("TITLE:%s" % title)
    if tel_work:
        L.append("TEL;TYPE=WORK,VOICE:%s" % tel_work)
    if tel_cell:
        L.append("TEL;TYPE=CELL:%s" % tel_cell)
    if email_work:
        L.append("EMAIL;TYPE=INTERNET,WORK:%s" % email_work)
    if email_home:
        L.append("EMAIL;TYPE=INTERNET,HOME:%s" % email_home)
    if adr_work:
        L.append("ADR;TYPE=WORK:;;%s;%s;;%s;United Kingdom" % adr_work)
    if adr_home:
        L.append("ADR;TYPE=HOME:;;%s;%s;;%s;United Kingdom" % adr_home)
    if bday:
        L.append("BDAY:%s" % bday)
    if note:
        L.append("NOTE:%s" % note.replace("\n", "\\n").replace(",", "\\,"))
    L.append("REV:2026-11-30T09:00:00Z")
    L.append("END:VCARD")
    return ("\r\n".join(L) + "\r\n").encode("utf-8")


def vtt(cues, start=(10, 0, 0)):
    out = ["WEBVTT", ""]
    t = start[0] * 3600 + start[1] * 60 + start[2]
    for i, (who, text) in enumerate(cues):
        d = 3 + len(text) // 14
        def ts(x):
            return "%02d:%02d:%02d.%03d" % (x // 3600, x // 60 % 60, x % 60, (i * 137) % 1000)
        out.append("%s-%d" % ("a3f9c2e1-7d4b-4c1a-9b0e-5d6f7a8b9c0d", i))
        out.append("%s --> %s" % (ts(t), ts(t + d)))
        out.append("<v %s>%s</v>" % (who, text))
        out.append("")
        t += d + 1
    return "\n".join(out).encode("utf-8")


def ics(uid, summary, start, end, location, description, organizer, attendees):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
         "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20261130T090000Z",
         "DTSTART;TZID=GMT Standard Time:%s" % start.strftime("%Y%m%dT%H%M%S"),
         "DTEND;TZID=GMT Standard Time:%s" % end.strftime("%Y%m%dT%H%M%S"),
         "SUMMARY;LANGUAGE=en-GB:%s" % summary, "LOCATION;LANGUAGE=en-GB:%s" % location,
         "DESCRIPTION;LANGUAGE=en-GB:%s" % description.replace("\n", "\\n").replace(",", "\\,"),
         "ORGANIZER;CN=\"%s\":mailto:%s" % organizer]
    for cn, addr in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"%s\":mailto:%s" % (cn, addr))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(L) + "\r\n").encode("utf-8")


# ---------- protected containers
_CRC = [0] * 256
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC[_i] = _c


def zipcrypto_bytes(files, password):
    pw = password.encode()

    def crypt(data):
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(b):
            k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]
        for b in pw:
            upd(b)
        out = bytearray()
        for b in data:
            t = (k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(b)
        return bytes(out)
    out = io.BytesIO()
    central = []
    dostime = 9 << 11
    dosdate = ((2026 - 1980) << 9) | (11 << 5) | 30
    for name, blob in files:
        crc = zlib.crc32(blob) & 0xFFFFFFFF
        hdr = bytes(R.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        enc = crypt(hdr + blob)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(blob), len(fn), 0))
        out.write(fn)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(blob), len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn)
    cd = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def aes_zip_bytes(files, password, seed):
    import pyzipper
    import pyzipper.zipfile_aes as za
    g = _SeededBytes(seed)

    class _Rnd:
        @staticmethod
        def new():
            class X:
                def read(self, n):
                    return g(n)
            return X()
    old = za.Random
    za.Random = _Rnd
    try:
        out = io.BytesIO()
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for name, blob in files:
                zi = za.AESZipInfo(name, date_time=ZIP_DT)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, blob)
        return out.getvalue()
    finally:
        za.Random = old


# ---------- S/MIME enveloped-data (hand-assembled CMS, seeded) and PGP
def _is_probable_prime(n, rr):
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


def _prime(rr, bits):
    while True:
        c = rr.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, rr):
            return c


_KEY = {}


def smime_key():
    if "k" in _KEY:
        return _KEY["k"]
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes
    rr = random.Random(seed_for("smime-key-bridgeway"))
    e = 65537
    while True:
        p, q = _prime(rr, 1024), _prime(rr, 1024)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    priv = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, n)).private_key()
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bridgeway Support"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "secure@" + BRIDGEWAY)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(priv.public_key())
            .serial_number(0x5A17C3E90B21).not_valid_before(datetime.datetime(2026, 1, 5))
            .not_valid_after(datetime.datetime(2028, 1, 5)).sign(priv, hashes.SHA256()))
    _KEY["k"] = (priv, cert)
    return priv, cert


def _der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def _oid(s):
    parts = [int(x) for x in s.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for v in parts[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(enc))
    return _der(0x06, out)


def _int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return _der(0x02, b)


def smime_envelope(inner_mime_bytes, seed):
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    priv, cert = smime_key()
    rr = random.Random(seed)
    key = bytes(rr.randint(0, 255) for _ in range(32))
    iv = bytes(rr.randint(0, 255) for _ in range(16))
    padn = 16 - len(inner_mime_bytes) % 16
    data = inner_mime_bytes + bytes([padn]) * padn
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ct = enc.update(data) + enc.finalize()
    pub = priv.public_key().public_numbers()
    k = (pub.n.bit_length() + 7) // 8
    ps = bytes(rr.randint(1, 255) for _ in range(k - 3 - len(key)))
    m = int.from_bytes(b"\x00\x02" + ps + b"\x00" + key, "big")
    ek = pow(m, pub.e, pub.n).to_bytes(k, "big")
    from cryptography.hazmat.primitives.serialization import Encoding
    issuer = cert.issuer.public_bytes()
    ias = _der(0x30, issuer + _int(cert.serial_number))
    ktri = _der(0x30, _int(0) + ias + _der(0x30, _oid("1.2.840.113549.1.1.1") + b"\x05\x00") + _der(0x04, ek))
    eci = _der(0x30, _oid("1.2.840.113549.1.7.1") + _der(0x30, _oid("2.16.840.1.101.3.4.1.42") + _der(0x04, iv)) + _der(0x80, ct))
    env = _der(0x30, _int(0) + _der(0x31, ktri) + eci)
    return _der(0x30, _oid("1.2.840.113549.1.7.3") + _der(0xA0, env))


def smime_decrypt(der):
    """self-check: parse our own envelope and decrypt it"""
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    priv, _ = smime_key()

    def tlv(b, i):
        tag = b[i]
        ln = b[i + 1]
        j = i + 2
        if ln & 0x80:
            nb = ln & 0x7F
            ln = int.from_bytes(b[j:j + nb], "big")
            j += nb
        return tag, j, j + ln
    found = {}

    def walk(b, i, end):
        while i < end:
            tag, s, e = tlv(b, i)
            if tag == 0x04 and e - s == 256:
                found["ek"] = b[s:e]
            elif tag == 0x04 and e - s == 16:
                found["iv"] = b[s:e]
            elif tag == 0x80:
                found["ct"] = b[s:e]
            elif tag in (0x30, 0x31, 0xA0):
                walk(b, s, e)
            i = e
    walk(der, 0, len(der))
    key = priv.decrypt(found["ek"], padding.PKCS1v15())
    dec = Cipher(algorithms.AES(key), modes.CBC(found["iv"])).decryptor()
    pt = dec.update(found["ct"]) + dec.finalize()
    return pt[:-pt[-1]]


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(seed, size=900, comment=None):
    rr = random.Random(seed)
    keyid = bytes(rr.randint(0, 255) for _ in range(8))
    pkesk = b"\x03" + keyid + b"\x01" + bytes(rr.randint(0, 255) for _ in range(258))
    pk = bytes([0x85]) + struct.pack(">H", len(pkesk)) + pkesk
    sed = bytes([0xD2]) + bytes([0xFF]) + struct.pack(">I", size) + b"\x01" + bytes(rr.randint(0, 255) for _ in range(size - 1))
    data = pk + sed
    b64 = base64.b64encode(data).decode()
    lines = ["-----BEGIN PGP MESSAGE-----"]
    if comment:
        lines.append("Comment: " + comment)
    lines.append("")
    lines += [b64[i:i + 64] for i in range(0, len(b64), 64)]
    lines.append("=" + base64.b64encode(_crc24(data).to_bytes(3, "big")).decode())
    lines.append("-----END PGP MESSAGE-----")
    return "\n".join(lines) + "\n"


# ============================================================== MIME
class Node:
    def __init__(self, ctype, params=None, headers=None, body=b"", children=None, boundary=None, preamble=None):
        self.ctype, self.params, self.headers = ctype, dict(params or {}), list(headers or [])
        self.body, self.children, self.boundary, self.preamble = body, children, boundary, preamble


def qp(b):
    return quopri.encodestring(b, quotetabs=False)


def b64(b):
    return base64.encodebytes(b)


def enc_param(v):
    try:
        v.encode("ascii")
        return '"%s"' % v
    except UnicodeEncodeError:
        return '"%s"' % Header(v, "utf-8").encode()


def text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=None, headers=None):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(raw)
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    p = {"charset": charset}
    p.update(params or {})
    return Node("text/" + subtype, p, [("Content-Transfer-Encoding", cte)] + list(headers or []), body)


def file_leaf(filename, blob, ctype, inline_cid=None, cte="base64", extra_params=None, headers=None, disp="attachment"):
    params = {"name": filename}
    params.update(extra_params or {})
    h = []
    if inline_cid:
        h.append(("Content-Description", hdr_text(filename)))
        h.append(("Content-Disposition", 'inline; filename=%s; size=%d;\n\tcreation-date="Mon, 30 Nov 2026 09:00:00 GMT";\n\tmodification-date="Mon, 30 Nov 2026 09:00:00 GMT"' % (enc_param(filename), len(blob))))
        h.append(("Content-ID", "<%s>" % inline_cid))
    else:
        h.append(("Content-Description", hdr_text(filename)))
        h.append(("Content-Disposition", '%s; filename=%s; size=%d;\n\tcreation-date="Mon, 30 Nov 2026 09:00:00 GMT";\n\tmodification-date="Mon, 30 Nov 2026 09:00:00 GMT"' % (disp, enc_param(filename), len(blob))))
    h.append(("Content-Transfer-Encoding", cte))
    h += list(headers or [])
    body = b64(blob) if cte == "base64" else (qp(blob) if cte == "quoted-printable" else blob)
    return Node(ctype, params, h, body)


MIMETYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
             "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
             "odt": "application/vnd.oasis.opendocument.text", "rtf": "application/rtf", "csv": "text/csv",
             "txt": "text/plain", "vtt": "text/vtt", "vcf": "text/x-vcard", "ics": "text/calendar", "zip": "application/x-zip-compressed",
             "png": "image/png", "jpg": "image/jpeg", "tif": "image/tiff", "tiff": "image/tiff", "dat": "application/ms-tnef",
             "eml": "message/rfc822"}


def attach(filename, blob, ctype=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return file_leaf(filename, blob, ctype or MIMETYPES.get(ext, "application/octet-stream"))


def serialize(node):
    out = []
    params = "".join(';\n\t%s=%s' % (k, v if v.startswith('"') else enc_param(v)) for k, v in node.params.items())
    if node.children is not None:
        params += ';\n\tboundary="%s"' % node.boundary
    out.append("Content-Type: %s%s\n" % (node.ctype, params))
    for k, v in node.headers:
        out.append("%s: %s\n" % (k, v))
    out.append("\n")
    b = "".join(out).encode("ascii")
    if node.children is not None:
        if node.preamble:
            b += node.preamble.encode() + b"\n"
        for ch in node.children:
            b += ("--%s\n" % node.boundary).encode() + serialize(ch)
            if not b.endswith(b"\n"):
                b += b"\n"
        b += ("--%s--\n" % node.boundary).encode()
        return b
    body = node.body
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    return b + body


def hdr_text(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8", maxlinelen=900).encode()


def addr(x):
    if isinstance(x, str):
        return ("", x)
    if isinstance(x, tuple):
        return x
    return (x.name, x.email)


def fmt_addr(x, outlook=True):
    n, a = addr(x)
    if not n:
        return a
    try:
        n.encode("ascii")
        if outlook or any(c in n for c in ",.&()"):
            return '"%s" <%s>' % (n, a)
        return "%s <%s>" % (n, a)
    except UnicodeEncodeError:
        return formataddr((n, a), charset="utf-8")


def rfc_date(dt):
    return "%s, %d %s %d %02d:%02d:%02d +0000" % (dt.strftime("%a"), dt.day, MONTHS[dt.month - 1][:3], dt.year, dt.hour, dt.minute, dt.second)


def message_bytes(sender, to, subject, root, date, mid, cc=(), extra_headers=(), style="o365", from_name=None,
                  reply_to=None, in_reply_to=None):
    n, a = addr(sender)
    if from_name is not None:
        n = from_name
    H = []
    H.append(("From", fmt_addr((n, a))))
    H.append(("To", ", ".join(fmt_addr(x) for x in to) if to else "undisclosed-recipients:;"))
    if cc:
        H.append(("CC", ", ".join(fmt_addr(x) for x in cc)))
    if reply_to:
        H.append(("Reply-To", fmt_addr(reply_to)))
    H.append(("Subject", hdr_text(subject)))
    if style in ("o365", "outlook"):
        H.append(("Thread-Topic", hdr_text(re.sub(r"^((RE|FW|Fwd|FW): ?)+", "", subject, flags=re.I))))
        H.append(("Thread-Index", base64.b64encode(hashlib.sha1(mid.encode()).digest()[:22]).decode()))
    H.append(("Date", rfc_date(date)))
    H.append(("Message-ID", mid))
    if in_reply_to:
        H.append(("In-Reply-To", in_reply_to))
        H.append(("References", in_reply_to))
    if style == "o365":
        H.append(("Accept-Language", "en-GB, en-US"))
        H.append(("Content-Language", "en-GB"))
        H.append(("X-MS-Has-Attach", "yes" if _has_attach(root) else ""))
        H.append(("X-MS-TNEF-Correlator", ""))
        H.append(("msip_labels", ""))
    elif style == "outlook":
        H.append(("X-Mailer", "Microsoft Outlook 16.0"))
        H.append(("Content-Language", "en-gb"))
    for k, v in extra_headers:
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) if v != "" else "%s:\n" % k for k, v in H).encode("ascii")
    return head + serialize(root)


def _has_attach(node):
    if node.children is None:
        return any(k == "Content-Disposition" and v.startswith("attachment") for k, v in node.headers)
    return any(_has_attach(c) for c in node.children)


# ============================================================== Outlook (Word) HTML
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CS@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.EmailStyle@ES@
	{mso-style-type:personal-@PT@;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

CURLY_ENT = {"\u2019": "&#8217;", "\u2018": "&#8216;", "\u201c": "&#8220;", "\u201d": "&#8221;", "\u2013": "&#8211;",
             "\u2014": "&#8212;", "\u00a3": "&#163;", "\u2026": "&#8230;", "\u00e9": "&#233;"}


def hesc(t, ents=False):
    t = htmlmod.escape(t, quote=False)
    if ents:
        for a, b in CURLY_ENT.items():
            t = t.replace(a, b)
    return t


class Mail:
    """collects blocks and renders Outlook HTML + the plain alternative Outlook derives from it"""

    def __init__(self, ents=False):
        self.html, self.text, self.ents = [], [], ents
        self.cids = []

    def p(self, t="", bold=False):
        if t == "":
            self.html.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            self.text.append("")
            return self
        for line in t.split("\n"):
            h = hesc(line, self.ents)
            if bold:
                h = "<b>%s</b>" % h
            self.html.append('<p class="MsoNormal">%s<o:p></o:p></p>' % h)
            self.text.append(line)
        return self

    def para(self, t):
        """paragraph + the empty paragraph Outlook puts after it"""
        self.p(t)
        self.p()
        return self

    def paras(self, *ts):
        for t in ts:
            self.para(t)
        return self

    def bullets(self, items):
        self.html.append('<ul style="margin-top:0cm" type="disc">')
        for it in items:
            self.html.append('<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">%s<o:p></o:p></li>' % hesc(it, self.ents))
            self.text.append("  *   " + it)
        self.html.append("</ul>")
        self.p()
        return self

    def table(self, header, rows, html_only_cols=()):
        h = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
        for ri, row in enumerate([header] + list(rows)):
            h.append("<tr>")
            for c in row:
                cell = hesc(str(c), self.ents)
                if ri == 0:
                    cell = "<b>%s</b>" % cell
                h.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s<o:p></o:p></p></td>' % cell)
            h.append("</tr>")
            self.text.append("\t".join(str(c) for i, c in enumerate(row) if i not in html_only_cols))
        h.append("</table>")
        self.html.append("\n".join(h))
        self.p()
        return self

    def raw(self, html, text):
        self.html.append(html)
        if text is not None:
            self.text.append(text)
        return self

    def sig(self, s, logo_cid=None, short=False, disclaimer=True, mobile=True):
        if short:
            self.p("Thanks,")
            self.p(s.first)
            self.p()
        else:
            self.p("Kind regards,")
            self.p()
        addr_line, _ = OFFICES[s.office]
        lines_txt = [s.name, "%s | %s" % (s.title, s.team) if s.title else s.team, ORG,
                     "T: %s%s" % (s.ph, (" | M: %s" % s.mob) if (mobile and getattr(s, "mob", None)) else ""),
                     addr_line, "www.provider.example.org.uk"]
        tds = []
        if logo_cid:
            tds.append('<td width="140" valign="top" style="width:105.0pt;border:none;border-right:solid #7A9A3A 1.5pt;padding:0cm 8.0pt 0cm 0cm">'
                       '<p class="MsoNormal"><!--[if gte vml 1]><v:shape id="Picture_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75" '
                       'alt="Weald &amp; Downs Employment Services logo" style="width:135pt;height:45pt"><v:imagedata src="cid:%s" o:title="" /></v:shape><![endif]-->'
                       '<![if !vml]><img width="180" height="60" style="width:1.875in;height:.625in" id="Picture_x0020_1" src="cid:%s" '
                       'alt="Weald &amp; Downs Employment Services logo"><![endif]><o:p></o:p></p></td>' % (logo_cid, logo_cid))
            self.text.append("[Weald & Downs Employment Services logo]")
        cells = []
        for i, ln in enumerate(lines_txt):
            style = "font-size:10.0pt;color:#3E5C2A" if i == 0 else "font-size:9.0pt;color:#595959"
            inner = hesc(ln, self.ents)
            if i == 0:
                inner = "<b>%s</b>" % inner
            cells.append('<p class="MsoNormal"><span style="%s">%s</span><o:p></o:p></p>' % (style, inner))
            self.text.append(ln)
        tds.append('<td valign="top" style="padding:0cm 0cm 0cm 8.0pt">%s</td>' % "".join(cells))
        self.html.append('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>%s</tr></table>' % "".join(tds))
        self.p()
        self.html.append('<p class="MsoNormal"><span style="font-size:8.0pt;color:#3E5C2A">%s<o:p></o:p></span></p>' % hesc(DC_LINE, self.ents))
        self.text.append(DC_LINE)
        if disclaimer:
            self.p()
            self.html.append('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s<o:p></o:p></span></p>' % hesc(DISCLAIMER, self.ents))
            self.text.append(DISCLAIMER)
        return self

    def quote(self, frm, sent, to, subject, inner, cc=None):
        """Outlook reply/forward header block; inner is another Mail"""
        self.html.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         '<p class="MsoNormal"><b>From:</b> %s <br><b>Sent:</b> %s<br><b>To:</b> %s<br>%s<b>Subject:</b> %s<o:p></o:p></p></div>'
                         % (hesc(frm), hesc(sent), hesc(to), ("<b>Cc:</b> %s<br>" % hesc(cc)) if cc else "", hesc(subject)))
        self.p()
        self.text.append("From: %s" % frm)
        self.text.append("Sent: %s" % sent)
        self.text.append("To: %s" % to)
        if cc:
            self.text.append("Cc: %s" % cc)
        self.text.append("Subject: %s" % subject)
        self.text.append("")
        self.html.extend(inner.html)
        self.text.extend(inner.text)
        return self

    def render_html(self, charset="utf-8", es=17, compose=True):
        head = WORD_HEAD.replace("@CS@", charset).replace("@ES@", str(es)).replace("@PT@", "compose" if compose else "reply")
        return head + "\n".join(self.html) + "\n</div>\n</body>\n</html>\n"

    def render_text(self):
        return "\n".join(self.text).rstrip("\n") + "\n"


def outlook_body(mail, charset="utf-8", logo_cid=None, html_only=False, text_override=None, es=17, cte="quoted-printable"):
    """returns the body Node: alternative (+ related for the logo)"""
    h = text_leaf(mail.render_html(charset, es), "html", charset, cte)
    if html_only:
        alt = h
    else:
        t = text_leaf(text_override if text_override is not None else mail.render_text(), "plain", charset, cte)
        alt = Node("multipart/alternative", children=[t, h])
    if logo_cid:
        img = file_leaf("image001.png", logo_png(), "image/png", inline_cid=logo_cid)
        return Node("multipart/related", {"type": '"multipart/alternative"'} if not html_only else {"type": '"text/html"'}, children=[alt, img])
    return alt


def plain_body(text, charset="utf-8", cte=None):
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return text_leaf(text, "plain", charset, cte)


def mixed(body, atts):
    if not atts:
        return body
    return Node("multipart/mixed", children=[body] + list(atts))


def rfc822_leaf(msg_bytes, filename):
    n = Node("message/rfc822", {}, [("Content-Disposition", 'attachment; filename="%s"' % filename)], msg_bytes)
    return n


def set_boundaries(node, tag, style):
    cnt = [0]

    def walk(n):
        if n.children is not None:
            h = hashlib.sha1(("%s-%d" % (tag, cnt[0])).encode()).hexdigest()
            if style == "o365":
                n.boundary = "_%03d_LO2P265MB%s%sLO2P265MB%sGBRP_" % (cnt[0], h[:4].upper(), h[4:30].upper(), h[:4].upper())
            elif style == "outlook":
                n.boundary = "----=_NextPart_%03d_%s_01DD6A%s.%s" % (cnt[0], h[:4].upper(), h[4:6].upper(), h[6:14].upper())
            else:
                n.boundary = "=_wdes_%s_%d" % (h[:16], cnt[0])
            cnt[0] += 1
            for c in n.children:
                walk(c)
    walk(node)


# ============================================================== scenario framework
SCEN = []


def sc(fn):
    SCEN.append(fn)
    return fn


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()


def LBL(action, rule, guidance, truth, notes, **facts):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts)


def spec(sender, to, subject, root, cc=(), bcc=(), style="o365", headers=(), date=None, crlf=None, from_name=None,
         reply_to=None, in_reply_to=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, root=root, style=style,
                headers=list(headers), date=date, crlf=crlf, from_name=from_name, reply_to=reply_to, in_reply_to=in_reply_to)


LOGO = "image001.png@01DD6A2B.5F3C1E90"


def omail(s, to, subject, m, atts=(), cc=(), bcc=(), logo=True, charset="utf-8", html_only=False, style="o365",
          text_override=None, headers=(), date=None, crlf=None, es=17, from_name=None, in_reply_to=None):
    body = outlook_body(m, charset, LOGO if logo else None, html_only, text_override, es)
    return spec(s, to, subject, mixed(body, atts), cc, bcc, style, headers, date, crlf, from_name, in_reply_to=in_reply_to)


def pmail(s, to, subject, text, atts=(), cc=(), bcc=(), charset="utf-8", cte=None, style="plain", headers=(), date=None,
          crlf=None, from_name=None):
    return spec(s, to, subject, mixed(plain_body(text, charset, cte), atts), cc, bcc, style, headers, date, crlf, from_name)


def greet(m, name):
    m.para("Hi %s," % name)
    return m


def who(c):
    """'Name <addr>' as Outlook shows it in quoted headers"""
    n, a = addr(c)
    return "%s <%s>" % (n, a) if n else a


JOBS = ["Warehouse Operative", "Picker Packer", "Care Assistant", "Kitchen Porter", "Commis Chef", "Housekeeper",
        "Retail Assistant", "Customer Service Adviser", "Groundworker", "Labourer", "Forklift Driver",
        "Night Care Assistant", "Room Attendant", "Barista", "Packhouse Operative", "Delivery Driver"]
SKILLS = ["Stock rotation", "Customer service", "Team working", "Manual handling", "Food hygiene level 2",
          "Cash handling", "CSCS green card", "Counterbalance forklift licence", "Microsoft Word and Excel",
          "First aid at work", "Full UK driving licence", "Care Certificate (in progress)", "Time management",
          "Telephone skills", "Allergen awareness"]
COMPANIES = ["Medway Fresh Foods", "Hythe Garden Centre", "Seaview Care Homes", "Rother Valley Logistics",
             "Kingsnorth Print", "Bluebell Bakery", "Channel Coaches", "Oakwood Leisure", "Thanet Packaging",
             "Downsview Hotel", "Sussex Office Supplies", "Quarry Hill Cafe"]


def cv_blocks(p, dob=False, nino_in=False, conviction=False, health=None, referee=True, extra_line=None):
    b = [("h", p.name), ("p", "%s  |  %s  |  %s" % (p.address, p.mobile, p.email))]
    if dob:
        b.append(("p", "Date of birth: %s" % p.dob.strftime("%d/%m/%Y")))
    if nino_in:
        b.append(("p", "National Insurance number: %s" % nsp(p.nino)))
    b.append(("h2", "Personal profile"))
    b.append(("p", "Reliable and hard-working %s with experience in %s. I enjoy working as part of a team and I am "
                    "looking for a permanent role where I can develop my skills." % (R.choice(["team member", "worker", "person"]),
                                                                                     R.choice(["warehousing", "retail", "care", "hospitality", "construction"]))))
    if extra_line:
        b.append(("p", extra_line))
    if health:
        b.append(("p", health))
    b.append(("h2", "Employment history"))
    y = 2026
    for _ in range(R.randint(2, 3)):
        y0 = y - R.randint(1, 3)
        b.append(("p", "%d - %d   %s, %s" % (y0, y, R.choice(JOBS), R.choice(COMPANIES))))
        y = y0
    if conviction:
        b.append(("p", conviction))
    b.append(("h2", "Skills and qualifications"))
    b.append(("p", ", ".join(R.sample(SKILLS, 4))))
    b.append(("h2", "References"))
    b.append(("p", "Available on request." if referee else "Previous employer references can be provided."))
    return b


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "h2", "p"):
            out.append(b[1])
            if b[0] == "h":
                out.append("=" * len(b[1]))
        elif b[0] == "kv":
            out += ["%s: %s" % (k, v) for k, v in b[1]]
        elif b[0] == "table":
            out.append(" | ".join(map(str, b[1])))
            out += [" | ".join(map(str, r)) for r in b[2]]
        out.append("")
    return "\n".join(out)


def cvname(p, ext):
    return R.choice(["CV - %s %s.%s", "%s_%s_CV.%s", "%s %s CV Dec 2026.%s"]) % (p.first, p.last, ext)


def app_form_blocks(p, employer, job, dob=False, nino_in=False):
    kv = [("Position applied for", job), ("Full name", p.name), ("Address", p.address), ("Telephone", p.mobile),
          ("E-mail", p.email)]
    if dob:
        kv.append(("Date of birth", p.dob.strftime("%d/%m/%Y")))
    else:
        kv.append(("Age", str(p.age)))
    if nino_in:
        kv.append(("National Insurance number", nsp(p.nino)))
    kv += [("Right to work in the UK", "Yes"), ("Available to start", "Immediately"),
           ("Shift preference", R.choice(["Days", "Nights", "Any", "Earlies"])),
           ("Driving licence", R.choice(["Full UK", "Provisional", "None"])),
           ("Why do you want this job?", "I have worked in %s before and I want a steady job close to home." % R.choice(["care", "warehousing", "hotels", "shops"]))]
    return [("h", "%s - Application for Employment" % employer), ("kv", kv),
            ("p", "Declaration: the information I have given is true and complete. Signed: %s" % p.name)]


def couple_form_blocks(a, b, employer, job):
    return [("h", "%s - Joint Application (live-in couple)" % employer), ("p", "Position: %s" % job),
            ("kv", [("Applicant 1", a.name), ("Age (applicant 1)", a.age), ("Applicant 2", b.name), ("Age (applicant 2)", b.age),
                    ("Address", a.address), ("Telephone", a.mobile), ("Experience (applicant 1)", R.choice(JOBS)),
                    ("Experience (applicant 2)", R.choice(JOBS)), ("Available from", "January 2027")])]


def letter_blocks(p, kind, sender_org, when, place, signer):
    dated = when - datetime.timedelta(days=5) if when.month == 12 else datetime.datetime(2026, 11, 30)   # letters go out before the e-mail
    head = [("p", sender_org), ("p", p.name), ("p", p.address), ("p", day_str(dated))]
    if kind == "letter_interview":
        body = [("h2", "Invitation to interview"), ("p", "Dear %s," % p.first),
                ("p", "Thank you for your application. We would like to invite you to an interview on %s at %s at %s. "
                      "Please bring photo ID and proof of your right to work." % (day_str(when), when.strftime("%H:%M"), place))]
    elif kind == "letter_job_offer":
        body = [("h2", "Offer of employment"), ("p", "Dear %s," % p.first),
                ("p", "I am pleased to offer you the position of %s starting on %s, working 37.5 hours per week at %s. "
                      "This offer is subject to satisfactory references." % (R.choice(JOBS), day_str(when), place))]
    else:
        body = [("h2", "Your appointment with Weald & Downs"), ("p", "Dear %s," % p.first),
                ("p", "Your next appointment with your adviser is on %s at %s at our %s office. If you cannot attend, "
                      "please call us on 01632 960100 before the appointment." % (day_str(when), when.strftime("%H:%M"), place))]
    return head + body + [("p", "Yours sincerely,"), ("p", signer)]


def ND(notes):
    return LBL("relay", "no_claimant_data", "¶12-14 (no claimant data)", T0, notes)


# ============================================================== ordinary mail: no claimant data
@sc
def nd_pitch_deck_outcomes():
    s, e = STAFF["gareth"], C["rmg"]
    m = Mail(ents=True)
    greet(m, e.first).paras(
        "Thank you for your time at the Romney Marsh business breakfast last week \u2013 it was good to hear how the packhouse season went.",
        "As promised I\u2019ve attached our short employer deck. It covers how we match candidates to your roles, the pre-employment "
        "training we can fund through Northstar, and the in-work support our advisers give in the first six months.",
        "Happy to come out to Lydd in the new year to walk the packhouse floor with you and talk through the spring intake.")
    m.sig(s, LOGO)
    deck = pptx_bytes("Partnering with Weald & Downs", [
        dict(title="Partnering with Weald & Downs", bullets=["Employer services 2026/27", "Restart | Pathways | Start-up"],
             notes="Open with the breakfast thank-you. Keep it under 15 minutes."),
        dict(title="What we delivered in 2025/26", bullets=["1,284 job starts across Kent and Sussex", "71% still in work after six months",
                                                            "312 starts on the Pathways (disability) strand", "96 new businesses started trading"],
             table=(["Sector", "Starts", "Sustained 6m"], [["Logistics", 388, "74%"], ["Care", 251, "69%"], ["Hospitality", 302, "63%"], ["Construction", 141, "77%"]])),
        dict(title="How matching works", bullets=["Vacancy brief within 48 hours", "Shortlist of screened candidates", "Guaranteed interview scheme", "Work trials up to 2 weeks"]),
        dict(title="In-work support", bullets=["Named adviser for 26 weeks", "Reasonable adjustments and Access to Work applications", "Mentoring for line managers"],
             notes="Mention Disability Confident Leader status and the Access to Work fast-track."),
    ], author=s.name)
    return (omail(s, [e], "Weald & Downs employer deck \u2013 as promised", m, [attach("WDES Employer Deck 2026-27.pptx", deck)]),
            ND("PPTX pitch deck with aggregate outcomes, Outlook HTML with cid logo"))


@sc
def nd_pitch_deck_anon_case():
    s, e = STAFF["nkechi"], C["cb_edi"]
    m = Mail()
    greet(m, e.first).paras(
        "Ahead of the social value review on the 15th, here is the deck we use with contractors. Slide 4 is the anonymised case "
        "study you asked for \u2013 it is a composite of several people we have supported into groundwork roles, so no one can be "
        "identified from it.", "Let me know if you need the KPI figures split by local authority.")
    m.sig(s, LOGO)
    deck = pptx_bytes("CityBuild social value", [
        dict(title="Social value through local hiring", bullets=["Ebbsfleet Green: 38 local starts since April", "14 apprenticeships"]),
        dict(title="Barriers we help with", bullets=["Long-term unemployment", "Health conditions and disability", "Caring responsibilities", "Past convictions"],
             notes="General list only - do not attach individual examples."),
        dict(title="Pre-employment route", bullets=["CSCS card and site safety (Northstar)", "PPE and travel funded", "Guaranteed interview"]),
        dict(title="Case study (composite)", bullets=["A man in his fifties, out of work for three years after a back injury",
                                                       "Six weeks of pre-employment support, then a groundworker trial", "Now on a permanent contract"],
             notes="Composite drawn from several participants. Not a real individual - keep it that way."),
    ], author=s.name)
    return (omail(s, [e], "Deck for the social value review", m, [attach("CityBuild social value - WDES.pptx", deck)]),
            ND("anonymised composite case study in a PPTX: health words about nobody identifiable"))


@sc
def nd_jobfair_invite_employers():
    s = BOX["events"]
    m = Mail(ents=True)
    m.paras("Dear colleague,",
            "You are invited to exhibit at the Hastings Jobs & Skills Fair on Thursday 21 January 2027, 10:00\u201314:00, at the Pier Pavilion, Hastings.",
            "Stands are free to employers with live vacancies. We expect around 400 jobseekers, including people from our Restart and Pathways programmes.")
    m.raw('<table border="0" cellspacing="0" cellpadding="0"><tr><td style="background:#7A9A3A;padding:8pt 18pt">'
          '<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" style="height:32pt;v-text-anchor:middle;width:160pt" arcsize="10%" fillcolor="#7A9A3A" stroke="f">'
          '<center style="color:#ffffff">Book a stand</center></v:roundrect><![endif]-->'
          '<a href="https://provider.example.org.uk/events/hastings-jobs-fair"><span style="color:white">Book a stand</span></a></td></tr></table>',
          "Book a stand <https://provider.example.org.uk/events/hastings-jobs-fair>")
    m.p()
    m.para("Please reply by 18 December so we can plan the floor.")
    m.sig(BOX["events"], LOGO, disclaimer=True, mobile=False)
    bcc = [C["acme_hr"], C["gf_rec"], C["cb_site"], C["hv_hr"], C["bs_store"], C["rmg"]]
    return (omail(s, [s], "Invitation: Hastings Jobs & Skills Fair, 21 January 2027", m, bcc=bcc),
            ND("job fair invitation to employers in Bcc; VML button in a conditional comment"))


@sc
def nd_jobfair_invite_participants():
    s = BOX["events"]
    ps = [Person() for _ in range(5)]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,Arial">'
            '<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#3E5C2A;color:#fff;padding:14px;font-size:20px">'
            'Jobs &amp; Skills Fair &ndash; Hastings</td></tr><tr><td style="padding:14px">'
            '<p>Meet more than 30 local employers in one place: care homes, hotels, warehouses, building sites and shops.</p>'
            '<p><b>Thursday 21 January 2027, 10am to 2pm</b><br>Pier Pavilion, Hastings</p>'
            '<p>Bring a few copies of your CV. Our advisers will be there to help with applications, and there is a quiet room if the main hall gets too busy.</p>'
            '<p>Travel costs can be refunded &ndash; keep your receipt and speak to your adviser.</p>'
            '<p style="font-size:11px;color:#777">You are receiving this because you are taking part in a Weald &amp; Downs programme. '
            'To stop these e-mails reply &ldquo;STOP&rdquo;.</p></td></tr></table></body></html>\n')
    root = text_leaf(html, "html", "utf-8", "quoted-printable")
    return (spec(s, [s], "You're invited: Jobs & Skills Fair, Thursday 21 January", root, bcc=[p.email for p in ps], style="plain",
                 headers=[("X-Mailer", "Orbit CRM Campaigns 4.2")]),
            ND("HTML-only campaign to participants in Bcc, nothing about any of them"))


@sc
def nd_newsletter_anon_story():
    s = BOX["news"]
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<h1 style="color:#3E5C2A">Weald &amp; Downs Works &ndash; December 2026</h1>'
            '<h2>Back to work after six years</h2><p>One of our Pathways participants (who asked us not to use her name, her town or her employer) '
            'had not worked for six years because of a long-term health condition. After a two-week work trial she was '
            'offered a permanent part-time contract with adjusted shift patterns. &ldquo;I didn&rsquo;t think anyone would take a chance on me,&rdquo; she told us.</p>'
            '<h2>Numbers this quarter</h2><ul><li>327 job starts</li><li>58 people moved from part-time to full-time work</li><li>21 new businesses started trading</li></ul>'
            '<h2>Mental health first aid for employers</h2><p>We are running free half-day sessions for line managers on supporting staff with anxiety, '
            'depression and other mental health conditions. Dates on our website.</p>'
            '<img src="https://provider.example.org.uk/news/img/packhouse.jpg" alt="Stock photo: a packing line" width="560">'
            '<p style="font-size:11px;color:#888">Weald &amp; Downs Employment Services, Oast House, 40 Mill Street, Maidstone ME35 1WD. '
            'You are receiving this as an employer or partner contact. Unsubscribe: reply with UNSUBSCRIBE.</p></body></html>\n')
    bcc = [C["rmg"], C["gf_mgr"], C["hv_hr"], C["cb_edi"], C["eh_mentor"], C["bw_mgr"], C["ns_mgr"]]
    return (spec(s, [s], "Weald & Downs Works \u2013 December 2026", text_leaf(html, "html", "utf-8", "quoted-printable"),
                 bcc=bcc, style="plain", headers=[("X-Mailer", "Orbit CRM Campaigns 4.2"), ("List-Unsubscribe", "<mailto:news@provider.example.org.uk?subject=unsubscribe>")]),
            ND("HTML-only newsletter: anonymised story with a health condition, nobody identifiable"))


@sc
def nd_published_rates():
    s, b = STAFF["rhiannon"], C["bw_money"]
    m = Mail(ents=True)
    greet(m, b.first).paras(
        "For the better-off calculator refresh: I\u2019ve put the published 2026/27 figures into the template (attached). These are the "
        "rates from the uprating statement, not anyone\u2019s award.",
        "If you could check the childcare element maximums against your own sheet before we roll it out to the advisers in January that would be brilliant.")
    m.sig(s, LOGO)
    x = xlsx_bytes([("Rates 2026-27", ["Element", "Monthly amount", "Note"],
                     [["UC standard allowance, single 25+", "£424.90", "published rate"], ["UC standard allowance, couple (both 25+)", "£666.97", "published rate"],
                      ["Work allowance (with housing costs)", "£411.00", ""], ["Work allowance (no housing costs)", "£684.00", ""],
                      ["Taper rate", "55%", ""], ["Childcare element max, 1 child", "£1,031.88", ""], ["Childcare element max, 2+ children", "£1,768.94", ""]]),
                    ("Calculator", ["Input", "Value"], [["Hours per week", ""], ["Hourly rate", ""], ["Housing costs?", ""], ["Children", ""]])])
    return (omail(s, [b], "Better-off calculator \u2013 2026/27 rates", m, [attach("Better-off calculator template 2026-27.xlsx", x)]),
            ND("published benefit rates in a blank calculator: benefit amounts about nobody"))


@sc
def nd_disclaimer_meeting():
    s, e = STAFF["harpreet"], C["bs_store"]
    m = Mail()
    greet(m, e.first).paras("Lovely to see you yesterday. Confirming I\u2019ll come back to County Oak on Wednesday 16 December at 9:30 "
                            "to plan the January recruitment day with you and your deputy.",
                            "I\u2019ll bring the room plan and the vacancy brief template.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Wednesday 16th \u2013 recruitment day planning", m),
            ND("short meeting confirmation; legal footer names special-category data"))


@sc
def nd_aggregate_report_dwp():
    s, d = STAFF["marguerite"], C["perf"]
    m = Mail()
    greet(m, d.first).paras("Please find the November performance summary for the Kent and Sussex contract attached. Figures are counts only.",
                            "Pathways strand starts are slightly down on October; the commentary tab explains the Hastings staffing gap.")
    m.sig(s, LOGO)
    rows = [[jc, R.randint(40, 140), R.randint(10, 60), R.randint(5, 30), "%d%%" % R.randint(30, 55)] for jc in
            ["Maidstone", "Chatham", "Ashford", "Hastings", "Eastbourne", "Crawley", "Brighton", "Margate"]]
    x = xlsx_bytes([("Starts by Jobcentre", ["Jobcentre", "Referrals", "Starts", "Job outcomes", "Reporting a mental health condition"], rows),
                    ("Pathways", ["Measure", "Value"], [["Starts", 61], ["With a physical health condition", 34], ["With a learning disability", 9], ["In work at 6 months", "58%"]]),
                    ("Commentary", ["Note"], [["Hastings team one adviser down from 9 November; recruitment under way."]])])
    return (omail(s, [d], "WDES November 2026 performance summary", m, [attach("WDES Perf Summary Nov-26.xlsx", x)]),
            ND("aggregate statistics with health categories, counts only, to DWP"))


@sc
def nd_disability_confident_generic():
    s, e = STAFF["esther"], C["hv_hr"]
    m = Mail(ents=True)
    greet(m, e.first).paras(
        "Thanks for asking about moving up to Disability Confident Level 2. From what you described you are most of the way there already.",
        "The things assessors usually look for:")
    m.bullets(["a guaranteed-interview offer for disabled applicants who meet the essential criteria",
               "a clear route to ask for reasonable adjustments at interview (e.g. extra time for candidates with dyslexia, a quiet room for autistic candidates)",
               "line managers who know how to support staff with mental health conditions",
               "accessible job adverts \u2013 we can check your current ones"])
    m.para("I can run a 90-minute awareness session for your head chefs and housekeeping leads in January if that helps.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Disability Confident Level 2 \u2013 next steps", m),
            ND("reasonable adjustments discussed in general: conditions named, no person"))


@sc
def nd_vacancy_brief_forward():
    s, n = STAFF["dominic"], C["ns_mgr"]
    e = C["acme_hr"]
    brief = docx_bytes("Vacancy brief - Night pickers", [
        ("h", "Vacancy brief \u2013 Night Shift Picker (x12)"),
        ("kv", [("Employer", "Acme Logistics, Ashford DC"), ("Hours", "Sun\u2013Thu 22:00\u201306:00"), ("Pay", "£13.10/hr + 15% night premium"),
                ("Start", "w/c 11 January 2027"), ("Essential", "Able to stand for long periods; voice-picking headset training given"),
                ("Checks", "Basic DBS check; unspent convictions considered case by case"), ("Interview", "Group assessment on site")]),
        ("p", "Pre-employment: we would welcome a two-day warehouse safety and manual handling course before the group assessment.")])
    inner = Mail()
    inner.paras("Hi Dominic,", "Brief for the night pickers attached as discussed. Can your training partner do the manual handling bit before the 11th?",
                "Karl\n\nKarl Brennan | Site HR Manager | Acme Logistics, Ashford DC | %s" % e.ph)
    m = Mail()
    greet(m, n.first).paras("Forwarding Acme\u2019s brief \u2013 could Northstar run the two-day course at Ashford in the week of 4 January? "
                            "We\u2019d expect 15\u201320 learners.")
    m.sig(s, LOGO)
    m.quote(who(e), outlook_sent(nov(27, 15, 2)), s.name, "Night pickers brief", inner)
    return (omail(s, [n], "FW: Night pickers brief", m, [attach("Vacancy brief - Night pickers.docx", brief)]),
            ND("forwarded vacancy brief mentioning convictions policy in general"))


@sc
def nd_employer_mailing_list_cp1252():
    s, v = STAFF["poppy"], C["venue_mgr"]
    orgs = ["Acme Logistics", "Greenfield Care", "CityBuild Ltd", "Harbourview Hotels", "Brightside Retail", "Romney Marsh Growers",
            "Café Lumière", "Hôtel du Port (Folkestone)", "Medway Fresh Foods", "Channel Coaches", "Seaview Care Homes", "Bluebell Bakery",
            "Rother Valley Logistics", "Downsview Hotel", "Thanet Packaging", "Kingsnorth Print"]
    rows = []
    for o in orgs:
        f, l = fake.first_name(), fake.last_name()
        rows.append([o, "%s %s" % (f, l), R.choice(["HR Manager", "Recruitment Lead", "General Manager", "Operations Manager", "Owner"]),
                     "%s.%s@%s.co.uk" % (f.lower(), l.lower().replace("'", ""), re.sub(r"[^a-z]", "", o.lower())[:14]), landline(),
                     R.choice(["Stand A", "Stand B", "Stand C", "Foyer"])])
    data = cp1252_csv(["Organisation", "Contact", "Job title", "Work e-mail", "Work phone", "Stand"], rows)
    m = Mail(ents=True)
    greet(m, v.first).paras("Here\u2019s the exhibitor contact list for the fair (saved from Excel, so it\u2019s the old Windows format \u2013 the "
                            "accents in Café Lumière may look odd on a Mac).", "These are the organisations\u2019 own contacts for stand set-up on the day.")
    m.sig(STAFF["poppy"], LOGO)
    return (omail(s, [v], "Exhibitor contacts \u2013 Hastings fair", m, [attach("Exhibitor contacts.csv", data, "application/vnd.ms-excel")]),
            ND("windows-1252 CSV of employer contacts with work phones: organisations' staff, not claimants"))


@sc
def nd_employer_vcard():
    s, b = STAFF["mehmet"], C["bw_mgr"]
    e = C["hv_hr"]
    card = vcard(e.name, e.last, e.first, org="Harbourview Hotels", title=e.title, tel_work=e.ph, tel_cell="07700 900%03d" % R.randint(100, 999),
                 email_work=e.email, adr_work=("Seafront House, 2 Marine Parade", "Brighton", "BN71 1HV"))
    m = Mail()
    greet(m, b.first).paras("Lucia Ferreira is your contact at Harbourview for the in-work visits from January \u2013 her card is attached.",
                            "She prefers a call before any site visit.")
    m.sig(s, LOGO)
    return (omail(s, [b], "Harbourview contact for in-work visits", m, [attach("Lucia Ferreira.vcf", card)]),
            ND("employer HR manager's vCard: an employer contact, not a data subject"))


@sc
def nd_business_plan_template():
    s, e = STAFF["callum"], C["eh_mentor"]
    blank = docx_bytes("Business plan template", [
        ("h", "Start-up Business Plan (template v4)"),
        ("kv", [("Your name", ""), ("Business name", ""), ("National Insurance number", ""), ("HMRC UTR (if registered)", ""),
                ("Date of birth", ""), ("Trading address", ""), ("Legal form", "Sole trader / partnership / limited company")]),
        ("h2", "1. The business idea"), ("p", "Describe what you will sell and who will buy it."),
        ("h2", "2. Market research"), ("p", "Competitors, prices, evidence of demand."),
        ("h2", "3. Cash-flow forecast"), ("p", "Use the cash-flow workbook (12 months)."),
        ("h2", "4. Support needs"), ("p", "Mentoring, training, equipment, adjustments.")])
    m = Mail()
    greet(m, e.first).paras("The updated business plan template for the January cohort is attached. We\u2019ve added a UTR box and moved "
                            "the personal details section to page 1 so it can be removed before plans are shared.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Business plan template v4", m, [attach("Business plan template v4.docx", blank)]),
            ND("blank template with NINO/UTR/DOB labels and no values"))


@sc
def nd_cashflow_template_xlsm():
    s, e = STAFF["ikram"], C["eh_ws"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rows = [["Sales"] + [""] * 12, ["Other income"] + [""] * 12, ["Stock / materials"] + [""] * 12, ["Rent"] + [""] * 12,
            ["Insurance"] + [""] * 12, ["Vehicle"] + [""] * 12, ["Drawings"] + [""] * 12,
            ["Net cash flow"] + ["=B2+B3-SUM(B4:B8)".replace("B", c) for c in "BCDEFGHIJKLM"]]
    x = xlsx_bytes([("Cash flow", ["Line"] + months, rows), ("Guidance", ["Note"], [["Enable macros to use the Print to PDF button."],
                                                                                      ["Do not type bank details into this workbook."]])], macro=True)
    m = Mail()
    greet(m, "Workshops team").paras("Blank macro-enabled cash-flow workbook for the 'Money in, money out' workshop on 9 December. "
                                     "It\u2019s the same as last year\u2019s apart from the print button.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Cash-flow workbook for the 9 Dec workshop", m, [attach("Cashflow forecast 12m (blank).xlsm", x)], date=datetime.datetime(2026, 12, 2, 10, 14, 37)),
            ND("blank macro-enabled workbook (.xlsm) with formulas"))


@sc
def nd_ra_policy_pdf():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    pdf = pdf_bytes("Reasonable adjustments policy", [[
        ("h", "Reasonable Adjustments and Workplace Support Policy"),
        ("p", "This policy explains how Weald & Downs supports participants and employees who have a disability or a long-term health "
              "condition, including mental health conditions, learning disabilities, autism, epilepsy, diabetes and musculoskeletal conditions."),
        ("p", "We will never share details of a person's health condition with an employer without their explicit consent. Where a "
              "participant agrees, we share only what the employer needs to make the adjustment."),
        ("h2", "Examples of adjustments"), ("p", "Phased start dates; later start times for people whose medication causes morning drowsiness; "
                                                  "a quiet break area; written instructions; support from an Access to Work job coach."),
        ("p", "Policy owner: Head of Pathways. Review date: November 2027.")]])
    m = Mail()
    greet(m, e.first).paras("As requested at the provider forum, our reasonable adjustments policy is attached for your HR file.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Our reasonable adjustments policy", m, [attach("WDES Reasonable Adjustments Policy v3.pdf", pdf)]),
            ND("policy PDF naming health conditions generally"))


@sc
def nd_vtt_venue_meeting():
    s, v = STAFF["poppy"], C["venue_mgr"]
    cues = [("Poppy Holloway", "Morning Rosalind, thanks for making time. Shall we start with the hall layout?"),
            ("Rosalind Achebe", "Yes. We can fit thirty-six stands in the main hall and six in the foyer."),
            ("Gareth Penhaligon", "We'll want the quiet room upstairs kept free all day, please."),
            ("Rosalind Achebe", "That's fine. Doors open to exhibitors at eight thirty."),
            ("Poppy Holloway", "And catering, tea and coffee for exhibitors, sandwiches at twelve."),
            ("Rosalind Achebe", "I'll send the revised quote this afternoon.")]
    m = Mail()
    greet(m, v.first).paras("Transcript from this morning\u2019s Teams call attached for your notes.")
    m.sig(s, LOGO)
    return (omail(s, [v], "Teams transcript \u2013 fair logistics call", m, [attach("Fair logistics call - transcript.vtt", vtt(cues))]),
            ND("Teams .vtt transcript between staff and the venue: staff names only"))


def voicemail_block(caller, when, duration, transcript, name=None):
    lines = ["You received a voice message.", "",
             "From: %s%s" % (caller, (" (%s)" % name) if name else ""), "Received: %s" % outlook_sent(when),
             "Duration: %s" % duration, "Mailbox: %s", "",
             "Transcription (automatic, may contain errors):", transcript, "",
             "To play this message, sign in to the Horizon portal or dial 1571 from your desk phone.",
             "Horizon Voicemail - Weald & Downs Employment Services"]
    return lines


@sc
def nd_voicemail_employer_forward():
    s, n = STAFF["lowenna"], C["ns_courses"]
    e = C["gf_mgr"]
    when = nov(30, 16, 41)
    vm = voicemail_block(e.ph, when, "0:52", "hi Lowenna it's Deborah at Greenfield Pantiles House um we've had two night care assistants hand "
                         "their notice in so we'll have three night vacancies from January could you give me a ring about the care certificate "
                         "training you mentioned thanks bye", name="Greenfield Care")
    vm[5] = vm[5] % "Lowenna Trevithick (x214)"
    inner = Mail()
    for ln in vm:
        inner.p(ln)
    m = Mail()
    greet(m, "Courses team").paras("See the voicemail below from Greenfield Care. Could you pencil in a Care Certificate taster at Tunbridge Wells "
                                   "for the week of 11 January? We\u2019ll fill it from our caseload nearer the time.")
    m.sig(s, LOGO)
    m.quote("Horizon Voicemail <voicemail@%s>" % INT, outlook_sent(when), s.name, "Voicemail from %s (0:52)" % e.ph, inner)
    return (omail(s, [n], "FW: Voicemail from %s (0:52)" % e.ph, m),
            ND("forwarded voicemail notice: the caller is an employer's manager"))


@sc
def nd_sms_employer_forward():
    s, e = STAFF["dominic"], C["eh_mentor"]
    txt = ("Hi Dom, running 20 mins late for the breakfast, traffic on the M20. Start without me. Mark (CityBuild)")
    inner = Mail()
    for ln in ["SMS received", "From: 07700 900518", "Date: %s" % outlook_sent(datetime.datetime(2026, 12, 2, 7, 52)), "", txt, "",
               "Sent by the WDES SMS gateway. Replies to this e-mail are sent back as a text message."]:
        inner.p(ln)
    m = Mail()
    greet(m, e.first).paras("FYI \u2013 Mark from CityBuild is running late for the breakfast (text below), so can we swap your slot with his?")
    m.sig(s, LOGO, short=True)
    m.quote("SMS Inbox <sms-inbox@%s>" % INT, outlook_sent(datetime.datetime(2026, 12, 2, 7, 52)), s.name, "SMS from 07700 900518", inner)
    return (omail(s, [e], "FW: SMS from 07700 900518", m, date=datetime.datetime(2026, 12, 2, 7, 58, 12)),
            ND("SMS-to-email forward from an employer contact's mobile: not a claimant"))


@sc
def nd_efax_dc_commitment():
    s, d = STAFF["esther"], C["dwp_emp"]
    pdf = pdf_bytes("Fax", [[("p", "FAX  |  From: Seaview Care Homes  |  01632 960777  |  2 pages"),
                             ("h", "Disability Confident Employer - Level 1 commitment"),
                             ("kv", [("Organisation", "Seaview Care Homes Ltd"), ("Companies House no.", "07731590"), ("Employees", "84"),
                                     ("Signed by", "Managing Director"), ("Date", "01/12/2026")]),
                             ("p", "We commit to: an inclusive and accessible recruitment process; offering an interview to disabled people; "
                                   "providing reasonable adjustments; supporting existing employees.")]])
    inner = Mail()
    for ln in ["You have received a 2 page fax.", "Sender fax number: 01632 960777", "Received: 1 Dec 2026 15:12",
               "The fax is attached as a PDF.", "Weald & Downs eFax (Xerox WorkCentre)"]:
        inner.p(ln)
    m = Mail()
    greet(m, d.first).paras("Seaview Care Homes faxed over their signed Level 1 commitment (yes, a fax!). Could you add them to the "
                            "Kent Disability Confident list?")
    m.sig(s, LOGO)
    m.quote("Weald & Downs eFax <efax@%s>" % INT, outlook_sent(datetime.datetime(2026, 12, 1, 15, 12)), s.name, "Fax from 01632 960777 (2 pages)", inner)
    return (omail(s, [d], "FW: Fax from 01632 960777 (2 pages) \u2013 Seaview DC commitment", m, [attach("FAX_20261201_151207.pdf", pdf)]),
            ND("e-fax notice with a text PDF of an employer's commitment (company number)"))


@sc
def nd_employer_feedback_aggregate():
    s, e = STAFF["dominic"], C["cb_site"]
    m = Mail(ents=True)
    greet(m, e.first).paras("Quick round-up of the Ebbsfleet assessment day for your report:")
    m.table(["", "Number"], [["Candidates put forward", 14], ["Attended", 12], ["Offered groundworker trial", 6],
                             ["Offered labourer role", 2], ["Need CSCS card first", 4]])
    m.para("The four who need a CSCS card are booked with Northstar for next week. Great feedback from the candidates on the site tour.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Ebbsfleet assessment day \u2013 round-up", m), ND("aggregate interview outcomes in an HTML table"))


@sc
def nd_wage_incentive_template():
    s, e = STAFF["gareth"], C["acme_hr"]
    blank = docx_bytes("In-work support agreement", [
        ("h", "Employer Agreement \u2013 In-Work Support and Recruitment Incentive"),
        ("kv", [("Employer", ""), ("Site", ""), ("Employee name", ""), ("Start date", ""), ("Hours per week", ""),
                ("Employer bank sort code", ""), ("Employer account number", ""), ("Payable", "£500 at 13 weeks, £500 at 26 weeks")]),
        ("p", "The incentive is paid to the employer, not the employee. We will ask for payslip evidence of continued employment.")])
    m = Mail()
    greet(m, e.first).paras("Blank incentive agreement for the January night pickers, so your finance team can see what we will ask for.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Recruitment incentive \u2013 blank agreement", m, [attach("Employer agreement (blank).docx", blank)]),
            ND("blank wage-incentive agreement template"))


@sc
def nd_employer_breakfast_ics():
    s = STAFF["nkechi"]
    att = [C["acme_hr"], C["gf_mgr"], C["bs_store"], C["hv_hr"]]
    when = datetime.datetime(2027, 1, 14, 8, 0)
    desc = ("Employer breakfast: Disability Confident in practice.\nJoin on Teams: https://teams.example.net/l/meetup-join/19%3ameeting_WDES\n"
            "Or call in (audio only): 020 7946 0321  Phone conference ID: 418 227 903#")
    cal = ics("040000008200E00074C5B7101A82E00800000000WDES20270114", "Employer breakfast \u2013 Disability Confident in practice",
              when, when + datetime.timedelta(hours=1, minutes=30), "Hazelwick House, Crawley / Microsoft Teams", desc,
              (s.name, s.email), [(c.name, c.email) for c in att])
    m = Mail()
    m.paras("Join us for breakfast and a short session on making Disability Confident work day to day.",
            "________________________________________________________________________________",
            "Microsoft Teams meeting", "Join on your computer, mobile app or room device: https://teams.example.net/l/meetup-join/19%3ameeting_WDES",
            "Or call in (audio only): 020 7946 0321,,418227903#   Phone conference ID: 418 227 903#")
    body = outlook_body(m, "utf-8", None)
    body.children.append(Node("text/calendar", {"method": "REQUEST", "charset": "utf-8"}, [("Content-Transfer-Encoding", "base64")], b64(cal)))
    return (spec(s, att, "Employer breakfast \u2013 Disability Confident in practice", mixed(body, [attach("invite.ics", cal, "application/ics")])),
            ND("meeting request: Teams dial-in in a drama range, conference ID digits"))


@sc
def nd_staff_own_operation():
    s, e = STAFF["tayo"], C["acme_hr"]
    m = Mail(ents=True)
    greet(m, e.first).paras("Just to let you know I\u2019m off from Monday 14th for a knee operation and then recovering until early January.",
                            "Mehmet Aydın will cover the in-work visits at Ashford while I\u2019m off \u2013 he has all the dates. Have a good Christmas!")
    m.sig(s, LOGO)
    return (omail(s, [e], "Cover for in-work visits from 14 December", m, cc=[STAFF["mehmet"]]),
            ND("a member of staff's own health: staff are not data subjects"))


@sc
def nd_starter_checklist_guide():
    s, e = STAFF["harpreet"], C["bs_people"]
    m = Mail(ents=True)
    greet(m, "People Team").paras("Some of your new store managers asked what paperwork our candidates bring on day one. Short guide below.")
    m.bullets(["HMRC starter checklist (instead of a P45 if they have been on benefits)", "Proof of right to work (share code or passport)",
               "National Insurance number \u2013 the format is two letters, six digits and a letter, e.g. QQ 12 34 56 C (that one is HMRC\u2019s dummy example)",
               "Bank details go straight to your payroll, never through us"])
    m.raw('<p class="MsoNormal"><img width="420" height="180" src="https://provider.example.org.uk/guides/img/sample-payslip.png" '
          'alt="Sample payslip showing where the NI number QQ123456C and tax code 1257L appear"><o:p></o:p></p>', None)
    m.p()
    m.sig(s, LOGO)
    return (omail(s, [e], "What candidates bring on day one", m),
            ND("HMRC dummy NINO QQ123456C in text and in remote-image alt text (HTML only): not a valid NINO"))


@sc
def nd_startup_aggregate_pptx():
    s, e = STAFF["callum"], C["eh_mentor"]
    deck = pptx_bytes("Start-up strand Q3", [
        dict(title="Start-up strand \u2013 Q3 2026/27", bullets=["48 participants on the strand", "21 started test trading", "11 registered with HMRC"]),
        dict(title="Sectors", table=(["Sector", "Trading"], [["Mobile beauty / grooming", 5], ["Food & catering", 4], ["Trades", 6], ["Online retail", 3], ["Other", 3]])),
        dict(title="Average first-quarter figures", bullets=["Turnover £4,120", "Costs £2,390", "Hours worked 19/week"],
             notes="Averages over the 21 trading businesses. Do not show any single business's figures."),
    ], author=s.name)
    m = Mail()
    greet(m, e.first).paras("Slides for the joint steering group attached \u2013 all aggregate.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Steering group slides \u2013 start-up strand Q3", m, [attach("Start-up strand Q3.pptx", deck)]),
            ND("aggregate start-up outcomes in PPTX"))


@sc
def nd_shortlist_template():
    s, e = STAFF["bartosz"], C["bs_store"]
    x = xlsx_bytes([("Shortlist", ["Candidate first name", "Role", "Interview date", "Interview time", "Outcome"], []),
                    ("Guidance", ["Note"], [["Only first names and interview slots go in this sheet."], ["Feedback within 2 working days please."]])])
    m = Mail()
    greet(m, e.first).paras("Template for the January recruitment day shortlist attached. I\u2019ll fill it in once we have the slots confirmed.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Shortlist template for January", m, [attach("Shortlist template.xlsx", x)]), ND("blank shortlist template"))


@sc
def nd_vacancy_docx_comments():
    s, e = STAFF["harpreet"], C["bs_store"]
    d = docx_bytes("Vacancy - Retail Assistant", [
        ("h", "Retail Assistant \u2013 County Oak (x4)"),
        ("p", "Pay: £12.71 per hour. Hours: 16\u201330 per week including weekends.", "pay"),
        ("p", "Duties: tills, replenishment, click & collect, customer service."),
        ("p", "We welcome applications from people returning to work after a career break or a period of ill health.", "welcome")],
        comments=[("pay", "Natalie \u2013 is £12.71 right from April or do we say 'National Living Wage'?", "Harpreet Sandhu", "HS"),
                  ("welcome", "Nice line. Could we add 'guaranteed interview for disabled applicants'?", "Nkechi Adeyemi-Hart", "NA")])
    m = Mail()
    greet(m, e.first).paras("Draft advert with our comments in the margin \u2013 happy for you to accept or reject them.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Draft advert \u2013 Retail Assistant x4", m, [attach("Retail Assistant advert DRAFT.docx", d)]),
            ND("DOCX with reviewer comments by staff only"))


@sc
def nd_rtf_job_description():
    s, n = STAFF["harpreet"], C["ns_courses"]
    r = rtf_bytes([("h", "Café Assistant \u2013 Harbourview Folkestone"),
                   ("p", "Rate: £12.71 per hour plus tips. Hours: 25 per week, rota published a fortnight ahead."),
                   ("p", "You\u2019ll make espresso drinks, serve pâtisserie and keep the café spotless. Barista training given."),
                   ("p", "Food hygiene level 2 is essential (we\u2019ll fund it through our training partner if needed).")])
    m = Mail()
    greet(m, "Courses team").paras("Job description from Harbourview for the café roles (they sent it as RTF). Could you run a food hygiene level 2 "
                                   "session at Folkestone library in early January?")
    m.sig(s, LOGO)
    return (omail(s, [n], "Food hygiene L2 for Harbourview café roles", m, [attach("Cafe Assistant JD.rtf", r)]),
            ND("RTF job description with cp1252 escapes"))


@sc
def nd_cp1252_cafe_body():
    s, e = STAFF["harpreet"], C["hv_chef"]
    m = Mail()
    greet(m, e.first).paras("Thanks for the tour of the new café \u2013 the crème brûlée was worth the trip alone.",
                            "On the commis chef roles: we\u2019ll advertise at £13.40/hour as you said, and I\u2019ll check with Lucia whether the \u201cfree meals on shift\u201d "
                            "line can go in the advert.", "I\u2019ll be in touch before Christmas with a shortlist date.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Commis chef roles \u2013 café visit", m, charset="windows-1252", style="outlook"),
            ND("windows-1252 HTML + plain body with curly quotes, £ and é"))


@sc
def nd_iso88591_catering():
    s, v = BOX["events"], C["venue"]
    text = ("Booking reference: PPE-2027-0121\n\nHello,\n\nFinal numbers for the Jobs & Skills Fair on 21 January 2027:\n\n"
            "  Exhibitor lunches:     72\n  Vegetarian:            18\n  Vegan:                  6\n  Halal:                  9\n"
            "  Gluten free:            4\n  Tea/coffee urns:        4 (refilled at 11:30)\n\n"
            "Budget agreed: £1,150 + VAT. Please invoice Weald & Downs Employment Services Ltd, quoting PO 4500218.\n\n"
            "Merci beaucoup,\nWeald & Downs Events\nevents@provider.example.org.uk | 01632 960100\n")
    return (pmail(s, [v], "Catering numbers - Jobs & Skills Fair 21/01/2027", text, charset="iso-8859-1", cte="8bit",
                  headers=[("X-Mailer", "Orbit CRM 4.2 (events module)")]),
            ND("ISO-8859-1 8bit plain text; dietary counts only"))


@sc
def nd_utf16_vacancy_export():
    s, n = BOX["crm"], C["ns_mgr"]
    rows = []
    for _ in range(24):
        pc, town = postcode_town()
        rows.append(["VAC-26-%04d" % R.randint(300, 999), R.choice(["Acme Logistics", "Greenfield Care", "Harbourview Hotels", "Brightside Retail", "CityBuild Ltd", "Romney Marsh Growers"]),
                     R.choice(JOBS), town, pc, "£%.2f" % R.choice([12.71, 13.10, 13.40, 14.00, 15.25]), R.choice(["Full time", "Part time", "Nights"])])
    data = utf16_csv(["Vacancy ref", "Employer", "Role", "Workplace town", "Workplace postcode", "Hourly rate", "Pattern"], rows)
    text = ("Orbit CRM scheduled report: Open vacancies needing pre-employment training\nRun: 07/12/2026 06:00\nRows: 24\n\n"
            "This report was sent automatically to the recipients on the distribution list 'Training partners - vacancies'.\n")
    return (pmail(s, [n], "Orbit report: open vacancies needing training (24 rows)", text, [attach("open_vacancies_training.csv", data, "text/csv")],
                  headers=[("X-Orbit-Report", "VAC-TRAIN-WEEKLY")], date=datetime.datetime(2026, 12, 7, 6, 0, 14)),
            ND("UTF-16 CSV with BOM: vacancies with workplace postcodes, no people"))


@sc
def nd_access_to_work_leaflet():
    s, e = STAFF["lowenna"], C["gf_rec"]
    pdf = pdf_bytes("Access to Work - a guide for employers", [[
        ("h", "Access to Work: a guide for employers"),
        ("p", "Access to Work is a government grant that can pay for practical support for a disabled employee or someone with a "
              "physical or mental health condition: special equipment, travel to work, a support worker, or a mental health support service."),
        ("p", "The employee applies; the employer confirms the job details. Our Pathways advisers can help with both sides."),
        ("p", "Typical awards include screen readers, adapted chairs, BSL interpreters for meetings and taxis where public transport is not accessible.")]])
    m = Mail()
    greet(m, "Siân").paras("The employer guide to Access to Work I mentioned is attached. It\u2019s general \u2013 nothing about anyone in particular.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Access to Work guide for employers", m, [attach("Access to Work - employer guide.pdf", pdf)]),
            ND("generic Access to Work leaflet"))


@sc
def nd_exhibitor_floorplan():
    s = STAFF["poppy"]
    to = [C["acme_rec"], C["gf_rec"], C["hv_hr"], C["bs_people"]]
    pdf = pdf_bytes("Floor plan", [[("h", "Hastings Jobs & Skills Fair - floor plan"),
                                    ("table", ["Stand", "Exhibitor", "Zone"], [["A1", "Acme Logistics", "Main hall"], ["A2", "Greenfield Care", "Main hall"],
                                                                              ["B1", "Harbourview Hotels", "Main hall"], ["B2", "Brightside Retail", "Main hall"],
                                                                              ["F1", "Weald & Downs advice desk", "Foyer"], ["Q", "Quiet room", "First floor"]]),
                                    ("p", "Exhibitor parking: Rock-a-Nore car park, permits at the door.")]])
    m = Mail()
    m.paras("Hello all,", "Floor plan for the fair attached. Set-up from 8:30; doors open to the public at 10.")
    m.sig(s, LOGO)
    return (omail(s, to, "Floor plan \u2013 Hastings Jobs & Skills Fair", m, [attach("Fair floor plan.pdf", pdf)]), ND("floor plan PDF to exhibitors"))


@sc
def nd_ooo_to_participant():
    s = STAFF["chloe"]
    p = Person()
    text = ("Thank you for your email. I am out of the office on annual leave until Monday 4 January 2027 with no access to email.\n\n"
            "If you need help before then, please call the In-Work Support line on 01632 960200 (Mon-Fri, 9am-5pm) or email "
            "inwork.support@provider.example.org.uk.\n\nChloé Marchetti\nIn-Work Support Adviser | Weald & Downs Employment Services\n")
    return (pmail(s, [p.email], "Automatic reply: quick question about my rota", text, style="o365",
                  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                  date=datetime.datetime(2026, 12, 18, 16, 2, 51)),
            ND("out-of-office reply to a participant, says nothing about them"))


@sc
def nd_teams_chat_paste_room():
    s, v = STAFF["dominic"], C["venue_mgr"]
    m = Mail()
    greet(m, v.first).paras("Pasting our internal chat so you can see what we need for the employer session \u2013 easier than retyping!")
    for ln in ["[03/12/2026 10:14] Gareth Penhaligon: can we get the Pier Pavilion boardroom for the 12th Jan employer session?",
               "[03/12/2026 10:15] Dominic Ashdown: I'll ask Rosalind. How many?",
               "[03/12/2026 10:16] Gareth Penhaligon: 16 employers + 4 of us. Projector and hearing loop please",
               "[03/12/2026 10:18] Nkechi Adeyemi-Hart: and step-free access, one of the Seaview managers uses a wheelchair"]:
        m.p(ln)
    m.p()
    m.sig(s, LOGO)
    return (omail(s, [v], "Boardroom for 12 January?", m),
            ND("pasted Teams chat between staff; an employer's manager's access need, not a claimant"))


@sc
def nd_dc_employers_list_dwp():
    s, d = STAFF["esther"], C["dwp_emp"]
    rows = [[o, R.choice(["Level 1", "Level 2", "Level 3 (Leader)"]), R.choice(["Maidstone", "Hastings", "Crawley", "Ashford", "Brighton"])]
            for o in ["Acme Logistics", "Greenfield Care", "CityBuild Ltd", "Harbourview Hotels", "Brightside Retail", "Seaview Care Homes",
                      "Romney Marsh Growers", "Channel Coaches", "Medway Fresh Foods", "Downsview Hotel"]]
    m = Mail()
    greet(m, d.first).paras("Here is the list of employers we work with who hold Disability Confident status, for your employer map.")
    m.table(["Employer", "Level", "Area"], rows)
    m.sig(s, LOGO)
    return (omail(s, [d], "Disability Confident employers we work with", m), ND("list of organisations, not people"))


@sc
def nd_enterprise_workshops_bcc():
    s = BOX["startup"]
    ps = [Person() for _ in range(6)]
    m = Mail(ents=True)
    m.paras("Hello everyone,", "Enterprise Hub\u2019s January workshops are open for booking. All are free for people on our start-up strand:")
    m.table(["Date", "Workshop", "Where"], [["Tue 12 Jan", "Registering as self-employed", "Crawley"], ["Thu 14 Jan", "Pricing and quotes", "Hastings"],
                                            ["Tue 19 Jan", "Social media for small businesses", "Online"], ["Thu 21 Jan", "Bookkeeping basics", "Maidstone"]])
    m.para("Reply to this e-mail and we will book you a place.")
    m.sig(BOX["startup"], LOGO, mobile=False)
    return (omail(s, [s], "January start-up workshops", m, bcc=[p.email for p in ps]), ND("workshop schedule Bcc'd to participants"))


@sc
def nd_cashflow_worked_example():
    s, e = STAFF["francesca"], C["eh_ws"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    x = xlsx_bytes([("Example", ["Hilltop Dog Walking (fictional example)"] + months,
                     [["Sales", 600, 750, 900, 950, 1100, 1200], ["Van costs", 180, 180, 190, 190, 200, 200], ["Insurance", 35] * 1 + [35] * 5,
                      ["Advertising", 60, 40, 40, 20, 20, 20], ["Drawings", 300, 400, 500, 550, 600, 650]])])
    m = Mail()
    greet(m, "Workshops team").paras("Worked example for the pricing workshop attached. The business is made up \u2013 use it freely.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Worked cash-flow example (fictional business)", m, [attach("Cashflow worked example.xlsx", x)]),
            ND("fictional worked example, no person"))


@sc
def nd_ra_passport_template():
    s, e = STAFF["esther"], C["cb_edi"]
    d = docx_bytes("Workplace adjustment passport", [
        ("h", "Workplace Adjustment Passport (blank)"),
        ("kv", [("Employee name", ""), ("Line manager", ""), ("About my condition (optional)", ""), ("Adjustments agreed", ""),
                ("Review date", "")]),
        ("p", "The passport belongs to the employee. They decide what goes in it and who sees it.")])
    m = Mail()
    greet(m, e.first).paras("Blank adjustment passport as discussed, for your EDI toolkit.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Adjustment passport template", m, [attach("Adjustment passport (blank).docx", d)]), ND("blank passport template"))


@sc
def nd_payslip_stats_dwp():
    s, d = STAFF["marguerite"], C["pm"]
    m = Mail()
    greet(m, d.first).paras("Payslip verification for the quarter, as requested at the contract review:")
    m.table(["Measure", "Q3"], [["Earnings evidence requests sent to employers", 412], ["Payslips received", 367], ["Matched to HMRC RTI", 351],
                                ["Queried", 16], ["Average days to evidence", 9.4]])
    m.sig(s, LOGO)
    return (omail(s, [d], "Q3 payslip verification figures", m), ND("aggregate payslip-check figures"))


@sc
def nd_crm_outage_notice():
    s = BOX["it"]
    text = ("Orbit CRM - planned maintenance\n\nOrbit CRM and the partner portal will be unavailable from 18:00 on Friday 11 December "
            "until 08:00 on Monday 14 December while we upgrade the database.\n\nDuring this time please record referrals and "
            "attendance on the paper forms in your partner pack and upload them on Monday. Do not e-mail participant details to "
            "individual staff instead.\n\nWDES IT Service Desk | it.servicedesk@provider.example.org.uk | 01632 960150\n")
    return (pmail(s, [C["ns_mgr"], C["bw_mgr"]], "Orbit CRM maintenance 11-14 December", text), ND("IT maintenance notice to the supply chain"))


@sc
def nd_supplier_invoice_query():
    s, e = STAFF["poppy"], C["stands"]
    ib = iban()
    m = Mail(ents=True)
    greet(m, "Accounts team").paras(
        "Thanks for invoice EK-20931 for the pop-up stands (£2,340.00 + VAT). Before our finance team pays a new supplier they check the bank "
        "details by phone \u2013 could you confirm the account below is correct and call us on 01632 960140?",
        "ExpoKit Stands Ltd | sort code 40-61-27 | account 61829304 | IBAN %s" % iban_spaced(ib))
    m.sig(s, LOGO)
    return (omail(s, [e], "Invoice EK-20931 \u2013 bank details check", m), ND("a supplier's own bank details: an organisation, not a claimant"))


@sc
def nd_wage_incentive_remittance():
    s, e = STAFF["gareth"], C["acme_pay"]
    m = Mail()
    greet(m, "Payroll team").paras("Remittance for the recruitment incentive claims approved in November. Payment to Acme Logistics Ltd, "
                                   "sort code 30-94-18, account 20571846, reference WDES-INC-NOV26.")
    m.table(["Claim ref", "Milestone", "Amount"], [["INC-26-0311", "13 weeks", "£500.00"], ["INC-26-0312", "13 weeks", "£500.00"],
                                                   ["INC-26-0287", "26 weeks", "£500.00"], ["Total", "", "£1,500.00"]])
    m.sig(s, LOGO)
    return (omail(s, [e], "Remittance \u2013 recruitment incentive (November)", m),
            ND("employer's own bank details and claim references, no employee named"))


@sc
def nd_jobs_bulletin_bcc():
    s = BOX["participant"]
    ps = [Person() for _ in range(8)]
    m = Mail(ents=True)
    m.paras("Hello,", "Here are this week\u2019s vacancies from employers we work with. Reply or call your adviser to apply \u2013 we can help with the application.")
    m.table(["Role", "Employer", "Where", "Pay", "Closing"], [["Night Care Assistant", "Greenfield Care", "Tunbridge Wells", "£13.40/hr", "18 Dec"],
                                                           ["Picker Packer (nights)", "Acme Logistics", "Ashford", "£13.10/hr + premium", "4 Jan"],
                                                           ["Room Attendant", "Harbourview Hotels", "Brighton", "£12.71/hr", "11 Jan"],
                                                           ["Groundworker trainee", "CityBuild", "Ebbsfleet", "£14.00/hr", "8 Jan"]])
    m.sig(BOX["participant"], LOGO, mobile=False)
    return (omail(s, [s], "Jobs this week \u2013 7 December", m, bcc=[p.email for p in ps]), ND("vacancy bulletin Bcc'd to participants"))


@sc
def nd_policy_tracked_changes():
    s, b = STAFF["marguerite"], C["bw_mgr"]
    d = docx_bytes("Partner data handling", [
        ("h", "Partner Data Handling Procedure (draft v0.3)"),
        ("track", "Participant records must be shared through the Orbit partner portal. ", "E-mail may be used for urgent cases.",
         "E-mail may only be used within the exemptions in DWP guidance, and encrypted otherwise.", " See section 4.", "Marguerite Fenn"),
        ("p", "Special category data (health, criminal records, ethnicity and so on) is never put in an e-mail subject line."),
        ("track", "Retention: ", "12 months", "the contract retention period", " after the participant leaves.", "Rhiannon Beck")])
    m = Mail()
    greet(m, b.first).paras("Draft procedure with tracked changes from me and Rhiannon. Comments back by the 16th please.")
    m.sig(s, LOGO)
    return (omail(s, [b], "Partner data handling procedure \u2013 draft for comment", m, [attach("Partner data handling v0.3 (tracked).docx", d)]),
            ND("DOCX with tracked insertions and deletions by staff, procedure text only"))


@sc
def nd_case_study_request():
    s, e = STAFF["poppy"], C["gf_mgr"]
    m = Mail(ents=True)
    greet(m, e.first).paras("Would Greenfield Care be happy to feature as our employer of the month in the February newsletter? We\u2019d love a "
                            "quote from you about the guaranteed-interview scheme and a photo of the Pantiles House team.",
                            "We wouldn\u2019t mention any individual staff member without their written agreement.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Employer of the month \u2013 February newsletter?", m), ND("employer case-study request"))


@sc
def nd_ban_the_box_advert():
    s, n = STAFF["dominic"], C["ns_book"]
    m = Mail()
    greet(m, n.first).paras("CityBuild have signed up to Ban the Box. Their new labourer advert (below) is open to people with convictions, "
                            "so we\u2019ll want the CSCS course to run in January.")
    m.p("LABOURER \u2013 EBBSFLEET GREEN (x6)", bold=True)
    m.paras("£14.00/hr, 45 hours, Monday to Friday. CSCS card required (can be arranged). We welcome applicants with unspent convictions "
            "and will consider each application on its merits. No questions about criminal records until the offer stage.")
    m.sig(s, LOGO)
    return (omail(s, [n], "CSCS course for CityBuild labourer roles", m), ND("job advert open to people with convictions, no person"))


@sc
def nd_crm_vacancy_published():
    s, e = BOX["crm"], C["hv_hr"]
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:13px">'
            '<table width="620" style="border:1px solid #ddd"><tr><td style="background:#3E5C2A;color:white;padding:10px">Orbit CRM</td></tr>'
            '<tr><td style="padding:12px"><p>Dear Lucia Ferreira,</p><p>Your vacancy <b>VAC-26-0412 Room Attendant (x5), Brighton Seafront</b> '
            'has been published to Weald &amp; Downs advisers.</p><p>Closing date: 11 January 2027. Interviews: 14 January 2027.</p>'
            '<p><a href="https://orbit.provider.example.org.uk/employer/vacancies/VAC-26-0412">View or edit the vacancy</a></p>'
            '<p style="color:#888;font-size:11px">This is an automated message from Orbit CRM. Please do not reply.</p></td></tr></table></body></html>\n')
    return (spec(s, [e], "Vacancy VAC-26-0412 published", text_leaf(html, "html", "utf-8", "base64"), style="plain",
                 headers=[("X-Mailer", "Orbit CRM 4.2"), ("Auto-Submitted", "auto-generated")]),
            ND("HTML-only CRM notification to an employer, base64"))


@sc
def nd_pdf_form_vacancy_order():
    s, e = STAFF["lowenna"], C["gf_rec"]
    pdf = pdf_form_bytes("Vacancy order form", ["Weald & Downs Employment Services - employer vacancy order",
                                                "Please check the details below and reply to confirm."],
                         [("Employer", "employer", "Greenfield Care, Pantiles House"), ("Contact name", "contact", "Siân Llewellyn"),
                          ("Contact phone", "phone", "01632 960588"), ("Role", "role", "Night Care Assistant"), ("Vacancies", "qty", "3"),
                          ("Hours", "hours", "3 x 12-hour nights per week"), ("Hourly rate", "rate", "£13.40"), ("Start", "start", "January 2027")])
    m = Mail()
    greet(m, "Siân").paras("Your vacancy order form, filled in from our call. Please check the fields and reply to confirm.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Vacancy order \u2013 night care assistants", m, [attach("Vacancy order - Greenfield nights.pdf", pdf)]),
            ND("PDF AcroForm filled with the employer's details"))


@sc
def nd_staff_vcard_to_participant():
    s = STAFF["aoife"]
    p = Person()
    card = vcard(s.name, s.last, s.first, org=ORG, title=s.title, tel_work=s.ph, tel_cell=s.mob, email_work=s.email,
                 adr_work=("Hazelwick House, 3 Station Way", "Crawley", "RH33 7AA"))
    m = Mail()
    greet(m, p.first).paras("As promised, here are my contact details \u2013 tap the attachment to save them to your phone.", "See you on Thursday.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [p.email], "My contact details", m, [attach("Aoife Brannigan.vcf", card)]),
            ND("adviser's own vCard to a participant: staff data"))


@sc
def nd_training_deck_lookalikes():
    s, n = STAFF["marguerite"], C["ns_mgr"]
    deck = pptx_bytes("Spotting personal data", [
        dict(title="Spotting personal data in e-mail", bullets=["Names + anything else = personal data", "NINOs, dates of birth, bank details: always encrypt"]),
        dict(title="Is it a NINO?", bullets=["QQ 12 34 56 C \u2013 no: HMRC's specimen", "TN 31 41 59 C \u2013 no: TN prefixes are never issued",
                                             "AB 12 34 56 E \u2013 no: the last letter is only A to D", "DA 40 20 11 B \u2013 no: D is never a first letter"],
             notes="Trainer: all four examples are deliberately invalid. Never use a real NINO in training material."),
        dict(title="Temporary references", bullets=["TRN 12 A3 45 67 \u2013 a temporary reference, not a NINO", "PRaP referral IDs are not NINOs either"]),
    ], author=s.name)
    m = Mail()
    greet(m, n.first).paras("Slides for the data protection refresher your new tutors asked for. Speaker notes included.")
    m.sig(s, LOGO)
    return (omail(s, [n], "Data protection refresher slides", m, [attach("Spotting personal data.pptx", deck)]),
            ND("PPTX with invalid NINO look-alikes in slides and notes"))


@sc
def nd_rtf_letter_template():
    s, b = STAFF["rhiannon"], C["bw_mgr"]
    r = rtf_bytes([("p", "\u00abParticipantName\u00bb"), ("p", "\u00abAddressLine1\u00bb"), ("p", "\u00abPostcode\u00bb"),
                   ("h2", "Your in-work support appointment"), ("p", "Dear \u00abFirstName\u00bb,"),
                   ("p", "Your next in-work support appointment is on \u00abDate\u00bb at \u00abTime\u00bb. Call 01632 960120 if you need to change it."),
                   ("p", "Yours sincerely,"), ("p", "\u00abAdviserName\u00bb")])
    m = Mail()
    greet(m, b.first).paras("Mail-merge template for the joint appointment letters, as RTF so it opens in your system.")
    m.sig(s, LOGO)
    return (omail(s, [b], "Appointment letter template (RTF)", m, [attach("IWS appointment letter template.rtf", r)]),
            ND("RTF merge template with «fields» only"))


@sc
def nd_staff_own_dyslexia():
    s, e = STAFF["poppy"], C["acme_hr"]
    m = Mail(ents=True)
    greet(m, e.first).paras("Thanks for asking me to speak at your managers\u2019 day. I\u2019m dyslexic myself, so I\u2019ll talk a bit about what helped "
                            "me at work \u2013 coloured overlays, written summaries after meetings, and not being asked to read aloud.",
                            "I\u2019ll send my slides the week before.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Managers' day talk", m), ND("a member of staff's own condition: not a claimant"))


@sc
def nd_cp1252_csv_counts_dwp():
    s, d = STAFF["marguerite"], C["pm"]
    rows = [[jc, R.randint(20, 90), R.randint(5, 40), R.randint(0, 12)] for jc in ["Maidstone", "Chatham", "Ashford", "Folkestone", "Hastings",
                                                                                  "Bexhill", "Eastbourne", "Crawley", "Horsham", "Brighton"]]
    data = cp1252_csv(["Jobcentre", "Fair attendees (Restart)", "Fair attendees (Pathways)", "Interviews on the day"], rows + [["Total – all sites", "", "", ""]])
    m = Mail()
    greet(m, d.first).paras("Attendance counts from the autumn fairs by Jobcentre, as requested (CSV from Excel).")
    m.sig(s, LOGO)
    return (omail(s, [d], "Autumn fairs \u2013 attendance by Jobcentre", m, [attach("Autumn fairs attendance.csv", data, "application/vnd.ms-excel")]),
            ND("windows-1252 CSV (en dash) of counts"))


@sc
def nd_marketing_zip_printer():
    s, e = STAFF["poppy"], C["print"]
    leaflet = docx_bytes("Employer leaflet", [("h", "Recruit with Weald & Downs"), ("p", "Free recruitment support for employers in Kent and Sussex."),
                                              ("p", "Call 01632 960100 or e-mail employer.team@provider.example.org.uk")])
    poster = pdf_bytes("Fair poster", [[("h", "Jobs & Skills Fair"), ("p", "Thursday 21 January 2027, Pier Pavilion, Hastings. Free entry.")]])
    z = zip_bytes([("Employer leaflet A5.docx", leaflet), ("Fair poster A3.pdf", poster), ("README.txt", b"Print 500 leaflets, 40 posters.\r\n")])
    m = Mail()
    greet(m, "Studio team").paras("Artwork for the January print run zipped up. Proofs to me please.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Print run \u2013 January", m, [attach("Jan print run.zip", z)]), ND("zip of marketing artwork"))


@sc
def nd_employer_feedback_forward_dwp():
    s, d = STAFF["gareth"], C["dwp_emp"]
    e = C["cb_edi"]
    inner = Mail()
    inner.paras("Gareth,", "Just wanted to say the Ebbsfleet assessment day was the best-run one we\u2019ve had from any provider. Your team "
                "prepared the candidates well and the travel support made a real difference to attendance.", "Priya")
    m = Mail()
    greet(m, d.first).paras("Nice feedback from CityBuild below for the partnership report.")
    m.sig(s, LOGO)
    m.quote(who(e), outlook_sent(nov(26, 17, 10)), s.name, "Thank you", inner)
    return (omail(s, [d], "FW: Thank you", m), ND("employer's feedback about the service forwarded to DWP"))


@sc
def nd_christmas_hours():
    s = STAFF["rhiannon"]
    m = Mail()
    m.paras("Hello all,", "Our Christmas opening: offices close at 1pm on Thursday 24 December and reopen on Monday 4 January. "
            "The in-work support line (01632 960120) is staffed 29\u201331 December, 10am\u20133pm.")
    m.sig(s, LOGO)
    return (omail(s, [C["ns_mgr"], C["bw_mgr"], C["bw_duty"]], "Christmas opening hours", m), ND("opening hours to supply chain"))


@sc
def nd_utr_guide():
    s, e = STAFF["ikram"], C["eh_ws"]
    m = Mail(ents=True)
    greet(m, "Workshops team").paras("For the \u2018Registering as self-employed\u2019 session, here\u2019s the crib sheet on the numbers people get confused by:")
    m.bullets(["UTR \u2013 10 digits, e.g. 12345 67890 (HMRC\u2019s own example), sent by post after registering",
               "Companies House number \u2013 8 characters, e.g. 01234567 or SC123456, only for limited companies",
               "National Insurance number \u2013 not the same as either; never ask people to read it out in the room"])
    m.sig(s, LOGO)
    return (omail(s, [e], "Crib sheet \u2013 UTR, company and NI numbers", m), ND("example UTR and company numbers, no person"))


@sc
def nd_companies_house_due_diligence():
    s, d = STAFF["gareth"], C["pm"]
    m = Mail()
    greet(m, d.first).paras("Due diligence for the new employer partnership agreements, as required by the contract:")
    m.table(["Employer", "Companies House no.", "Checked", "Status"], [["CityBuild Ltd", "04471209", "01/12/2026", "Active"],
                                                                      ["Romney Marsh Growers Ltd", "09128834", "01/12/2026", "Active"],
                                                                      ["Seaview Care Homes Ltd", "07731590", "02/12/2026", "Active"]])
    m.sig(s, LOGO)
    return (omail(s, [d], "Employer due diligence \u2013 December", m), ND("organisations' company numbers"))


@sc
def nd_employer_accounts_xlsx():
    s, n = STAFF["nkechi"], C["ns_mgr"]
    rows = []
    for org in ["Acme Logistics", "Greenfield Care", "CityBuild Ltd", "Harbourview Hotels", "Brightside Retail", "Romney Marsh Growers", "Channel Coaches"]:
        f, l = fake.first_name(), fake.last_name()
        rows.append([org, "%s %s" % (f, l), R.choice(["HR Manager", "Training Manager", "Site Manager"]), landline(), R.choice(["Dominic", "Harpreet", "Lowenna"])])
    x = xlsx_bytes([("Accounts", ["Employer", "Training contact", "Role", "Phone", "WDES account manager"], rows)])
    m = Mail()
    greet(m, n.first).paras("Employer training contacts for 2027, so your tutors can liaise directly on course content.")
    m.sig(s, LOGO)
    return (omail(s, [n], "Employer training contacts 2027", m, [attach("Employer training contacts 2027.xlsx", x)]),
            ND("employer contacts list: organisations' staff"))


@sc
def nd_minutes_staff_health():
    s, b = STAFF["rhiannon"], C["bw_mgr"]
    d = docx_bytes("Partnership meeting minutes", [
        ("h", "WDES / Bridgeway partnership meeting \u2013 1 December 2026"),
        ("p", "Present: Rhiannon Beck, Tayo Ogundipe, Owen Griffiths-Lamb, Nadia Petrova. Apologies: Mehmet Aydın."),
        ("p", "1. Staffing: Rhiannon on a phased return after surgery until mid-January; Tayo covering team leader duties on Fridays."),
        ("p", "2. Referrals: 38 joint referrals in November (up 6). Average wait for a wellbeing session 8 working days."),
        ("p", "3. Actions: Owen to share the updated risk assessment; Nadia to run a stress-awareness session for WDES advisers.")])
    m = Mail()
    greet(m, b.first).paras("Minutes from Tuesday attached.")
    m.sig(s, LOGO)
    return (omail(s, [b], "Minutes \u2013 partnership meeting 1 December", m, [attach("Minutes 2026-12-01.docx", d)]),
            ND("minutes naming staff, including a staff member's own surgery"))


@sc
def nd_efax_purchase_order():
    s, n = STAFF["dominic"], C["ns_courses"]
    pdf = pdf_bytes("Fax", [[("p", "FAX from Rother Valley Logistics  01632 960833  1 page"), ("h", "PURCHASE ORDER RVL-7781"),
                             ("kv", [("Supplier", "Northstar Training (via Weald & Downs)"), ("Item", "Counterbalance forklift, novice, 5 places"),
                                     ("Dates", "12-14 January 2027"), ("Value", "£2,250.00 + VAT"), ("Authorised", "Operations Director")])]])
    inner = Mail()
    for ln in ["You have received a 1 page fax.", "Sender fax number: 01632 960833", "Received: 3 Dec 2026 11:20", "Weald & Downs eFax"]:
        inner.p(ln)
    m = Mail()
    greet(m, "Courses team").paras("Rother Valley faxed their PO for the forklift course \u2013 attached. Can you raise the booking?")
    m.sig(s, LOGO)
    m.quote("Weald & Downs eFax <efax@%s>" % INT, outlook_sent(datetime.datetime(2026, 12, 3, 11, 20)), s.name, "Fax from 01632 960833 (1 page)", inner)
    return (omail(s, [n], "FW: Fax from 01632 960833 (1 page)", m, [attach("FAX_20261203_112011.pdf", pdf)]), ND("e-fax PO from an employer, text PDF"))


@sc
def nd_sms_templates():
    s, b = STAFF["sunil"], C["bw_duty"]
    d = docx_bytes("SMS templates", [("h", "Joint SMS reminder templates"),
                                     ("table", ["Template", "Text"], [["APPT-24H", "Hi [FirstName], reminder: appointment with [Adviser] tomorrow at [Time], [Office]. Reply C to cancel."],
                                                                       ["IWS-WEEK1", "Hi [FirstName], how is your first week going? [Adviser] will call on [Day]."],
                                                                       ["WELL-BOOK", "Your Bridgeway wellbeing session is booked for [Date]. Call 01632 960120 to change."]])])
    m = Mail()
    greet(m, "Duty team").paras("The SMS templates we\u2019ll load into the shared gateway on the 14th. Placeholders only.")
    m.sig(s, LOGO)
    return (omail(s, [b], "SMS templates for the shared gateway", m, [attach("SMS templates.docx", d)]), ND("SMS templates with placeholders"))


@sc
def nd_council_grants_bcc():
    s = STAFF["francesca"]
    ps = [Person() for _ in range(4)]
    inner = Mail()
    inner.paras("East Downs Start-up Grants 2027: grants of up to £1,500 for new businesses trading less than 12 months in the district. "
                "Applications open 4 January. Match funding not required.", "Business Support Team, East Downs District Council")
    m = Mail()
    m.paras("Hello all,", "Forwarding the council\u2019s grant announcement \u2013 worth a look if you are trading in East Downs. Happy to help with the form.")
    m.sig(s, LOGO, short=True)
    m.quote(who(C["council"]), outlook_sent(nov(30, 9, 5)), s.name, "East Downs Start-up Grants 2027", inner)
    return (omail(s, [BOX["startup"]], "FW: East Downs Start-up Grants 2027", m, bcc=[p.email for p in ps]), ND("grant news forwarded to participants in Bcc"))


@sc
def nd_employer_survey_link():
    s, e = STAFF["gareth"], C["bs_store"]
    m = Mail()
    greet(m, e.first).paras("Could you spare five minutes for our annual employer survey? https://provider.example.org.uk/survey/employers-2026",
                            "It closes on 18 December. Thank you for a great year.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Employer survey \u2013 five minutes?", m), ND("survey link to an employer"))


@sc
def nd_pptx_jobfair_results_dwp():
    s, d = STAFF["poppy"], C["pm"]
    deck = pptx_bytes("Autumn fairs results", [
        dict(title="Autumn jobs fairs \u2013 results", bullets=["4 fairs, 1,130 visitors", "96 employers exhibited", "212 same-day interviews"]),
        dict(title="Job starts within 8 weeks", table=(["Fair", "Starts"], [["Maidstone", 41], ["Hastings", 28], ["Crawley", 36], ["Ashford", 22]])),
    ], author=s.name)
    m = Mail()
    greet(m, d.first).paras("Results pack from the autumn fairs.")
    m.sig(s, LOGO)
    return (omail(s, [d], "Autumn fairs results pack", m, [attach("Autumn fairs results.pptx", deck)]), ND("aggregate PPTX to DWP"))


@sc
def nd_odt_volunteer_rota():
    s, v = STAFF["poppy"], C["venue_mgr"]
    o = odt_bytes("Fair staff rota", [("h", "Staff rota \u2013 Hastings fair"),
                                      ("table", ["Time", "Welcome desk", "Advice desk", "Quiet room"],
                                       [["09:30-11:30", "Poppy Holloway", "Chloé Marchetti", "Esther Kwarteng"],
                                        ["11:30-13:30", "Gareth Penhaligon", "Lowenna Trevithick", "Esther Kwarteng"],
                                        ["13:30-14:30", "Poppy Holloway", "Francesca Lyle-Bowen", "Chloé Marchetti"]])])
    m = Mail()
    greet(m, v.first).paras("Our staff rota for the day (ODT from the shared drive) so your stewards know who to ask.")
    m.sig(s, LOGO)
    return (omail(s, [v], "Staff rota for the fair", m, [attach("Fair staff rota.odt", o)]), ND("ODT rota of staff names"))


@sc
def nd_reply_thread_ppe_staff():
    s, e = STAFF["dominic"], C["cb_site"]
    inner = Mail()
    inner.paras("Dominic,", "Happy for your team to do the site walk on the 10th. I need names and PPE sizes for anyone coming so the gatehouse can issue kit.", "Mark")
    m = Mail()
    greet(m, e.first).paras("Thanks Mark. It\u2019ll be me (L jacket, size 9 boots) and Bartosz Wiśniewski (XL, size 11). We\u2019ll be at the gatehouse for 8:45.")
    m.sig(s, LOGO, short=True)
    m.quote(who(e), outlook_sent(datetime.datetime(2026, 12, 3, 8, 2)), s.name, "Site walk 10 Dec", inner)
    return (omail(s, [e], "RE: Site walk 10 Dec", m, es=18), ND("reply thread giving staff names and PPE sizes"))


@sc
def nd_html_only_thanks():
    s = STAFF["gareth"]
    m = Mail(ents=True)
    m.paras("Dear all,", "Thank you for coming to the employer breakfast this morning. The slides and the Access to Work guide are on our website.",
            "Best wishes for Christmas and the new year.")
    m.sig(s, LOGO)
    return (omail(s, [C["acme_hr"], C["gf_mgr"], C["hv_hr"], C["rmg"]], "Thank you for coming this morning", m, html_only=True),
            ND("HTML-only Outlook mail with cid logo"))


@sc
def nd_job_carving_guide():
    s, e = STAFF["esther"], C["acme_hr"]
    m = Mail(ents=True)
    greet(m, e.first).paras("Following our chat about job carving: the idea is to take tasks out of several roles to make one role that suits someone\u2019s "
                            "strengths \u2013 for example a dedicated returns-sorting role for a candidate who finds the pace of voice picking hard.",
                            "Three steps we suggest:")
    m.bullets(["list the tasks your team leaders never get round to", "group them into a role of 16\u201325 hours", "we match candidates from the Pathways strand"])
    m.sig(s, LOGO)
    return (omail(s, [e], "Job carving \u2013 how it could work at Ashford", m), ND("generic job carving guidance"))


@sc
def nd_encrypt_word_no_tag():
    s, b = STAFF["tayo"], C["bw_mgr"]
    m = Mail()
    greet(m, b.first).paras("Yes, we can use encrypted e-mail for the joint case reviews from January \u2013 Sunil is setting up the portal link. "
                            "Until then please keep using the Orbit partner portal for anything with participant details.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [b], "RE: encrypt the case review notes?", m), ND("the word 'encrypt' in the subject without the [ENCRYPT] tag"))


@sc
def nd_dwp_it_notice_forward():
    s, b = STAFF["marguerite"], C["bw_mgr"]
    inner = Mail()
    inner.paras("Dear provider,", "DWP is experiencing a failure of its secure e-mail relay. Until further notice please do not send "
                "unencrypted e-mail to DWP inboxes and revert to the clerical process for referrals and notifications.", "DWP Provider Engagement Team")
    m = Mail()
    greet(m, b.first).paras("Forwarding DWP\u2019s notice. Please hold any Change of Circumstances notifications for us on paper until they lift it.")
    m.sig(s, LOGO)
    m.quote("DWP Provider Engagement <provider.engagement@dwp.gov.uk>", outlook_sent(datetime.datetime(2026, 12, 8, 9, 2)), "Providers", "IT failure \u2013 revert to clerical process", inner)
    return (omail(s, [b], "FW: IT failure \u2013 revert to clerical process", m), ND("DWP IT-failure notice forwarded (C15 ¶58-63), no participant"))


# ============================================================== exempt: relay with claimant data
def ONE(notes):
    return LBL("relay", "one_name", "¶18", T(subjects=1), notes, name_only=True)


@sc
def on_interview_outlook():
    s, e = STAFF["dominic"], C["acme_hr"]
    p = Person("Kelechi", "Obi", "m")
    m = Mail(ents=True)
    greet(m, e.first).paras("Confirming %s for the night picker group assessment on Tuesday 8 December at 10:30, Ashford DC gatehouse." % p.name,
                            "%s will bring photo ID and steel toe-caps. I\u2019ll meet %s at the gate." % (p.He, p.him))
    m.sig(s, LOGO)
    return (omail(s, [e], "Group assessment 8 Dec \u2013 %s" % p.name, m), ONE("one name in subject and body + interview time, Outlook HTML"))


@sc
def on_job_start_confirmation():
    s, e = STAFF["harpreet"], C["bs_store"]
    p = Person("Aaliyah", "Rahman", "f")
    m = Mail()
    greet(m, e.first).paras("Great news \u2013 %s has accepted the Retail Assistant role and will start on Monday 7 December at 9am for induction." % p.name,
                            "Our in-work support adviser will call you in her second week.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Job start \u2013 Monday 7 December", m), ONE("job start confirmation: one name + start date"))


@sc
def on_inwork_checkin():
    s, e = STAFF["mehmet"], C["hv_hr"]
    p = Person("Tomasz", "Zieliński", "m")
    m = Mail()
    greet(m, e.first).paras("How is %s settling in on the breakfast shift? I\u2019m booked to visit for his four-week review on Thursday 10 December at 3pm "
                            "\u2013 could we use the small meeting room?" % p.name)
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "4-week review \u2013 %s" % p.first, m), ONE("in-work check-in: name + visit time"))


@sc
def on_dwp_test_trading():
    s, d = STAFF["ikram"], C["wc_maid"]
    p = Person("Shabnam", "Qureshi", "f")
    m = Mail()
    greet(m, d.first).paras("Update for your records: %s has started her test-trading period on the start-up strand this week. "
                            "Her next review with me is on 15 December." % p.name)
    m.sig(s, LOGO)
    return (omail(s, [d], "Start-up strand update", m), ONE("to a work coach: name + status + review date"))


@sc
def on_northstar_course_booking():
    s, n = STAFF["bartosz"], C["ns_book"]
    p = Person("Ayodele", "Bankole", "m")
    m = Mail()
    greet(m, n.first).paras("Please could you book %s onto the CSCS Health & Safety course at Medway on Monday 14 December?" % p.name,
                            "CityBuild have offered him a trial once he has the card.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [n], "CSCS booking 14 Dec", m), ONE("course booking to the supply chain"))


@sc
def on_voicemail_withheld():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    p = Person("Jordan", "Price", "m")
    when = datetime.datetime(2026, 12, 8, 18, 4)
    vm = voicemail_block("Withheld number", when, "0:19", "hi Lowenna it's %s just to say I'll be at the interview at Greenfield at two "
                         "o'clock tomorrow thanks bye" % p.name.lower())
    vm[5] = vm[5] % "Lowenna Trevithick (x214)"
    inner = Mail()
    for ln in vm:
        inner.p(ln)
    m = Mail()
    greet(m, e.first).paras("%s confirmed for tomorrow at 2pm \u2013 voicemail below." % p.first)
    m.sig(s, LOGO, short=True)
    m.quote("Horizon Voicemail <voicemail@%s>" % INT, outlook_sent(when), s.name, "Voicemail from Withheld number (0:19)", inner)
    return (omail(s, [e], "FW: Voicemail from Withheld number (0:19)", m, date=datetime.datetime(2026, 12, 9, 8, 41, 7)),
            ONE("forwarded voicemail, caller withheld: transcription holds one name and an interview time"))


@sc
def on_teams_paste_site():
    s, e = STAFF["dominic"], C["cb_site"]
    p = Person("Precious", "Mlambo", "f")
    m = Mail()
    greet(m, e.first).paras("See below from our team chat \u2013 is Monday 7:30 OK for the site induction?")
    for ln in ["[07/12/2026 09:02] Bartosz Wiśniewski: %s has her CSCS card now!" % p.name,
               "[07/12/2026 09:03] Dominic Ashdown: brilliant, I'll ask Mark about Monday 7:30 induction at Ebbsfleet",
               "[07/12/2026 09:03] Bartosz Wiśniewski: \U0001F44D"]:
        m.p(ln)
    m.p()
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "Site induction Monday?", m), ONE("pasted Teams chat with one name and an induction time"))


@sc
def on_cp1252_accented_name():
    s, e = STAFF["lowenna"], C["gf_rec"]
    p = Person("Zoë", "Ní Bhriain", "f")
    m = Mail()
    greet(m, "Siân").paras("Confirming %s for interview on Wednesday 9 December at 11:00 at Pantiles House." % p.name,
                           "%s said she\u2019s looking forward to it \u2013 she\u2019ll ask for Deborah at reception." % p.first)
    m.sig(s, LOGO)
    return (omail(s, [e], "Interview \u2013 %s, Wed 9 Dec 11:00" % p.name, m, charset="windows-1252", style="outlook"),
            ONE("windows-1252 Outlook mail, accented name three times incl. subject: still one person"))


def CVC(notes):
    return LBL("relay", "cv_to_claimant", "¶17", T(subjects=1, contact=True, kinds=["cv"]), notes, cv_count=1)


@sc
def cv_claimant_docx_outlook():
    s = STAFF["aoife"]
    p = consented(Person())
    m = Mail(ents=True)
    greet(m, p.first).paras("As you asked on Tuesday, here is your updated CV. I\u2019ve added the forklift licence and tidied the dates.",
                            "Good luck with the Acme assessment!")
    m.sig(s, LOGO)
    return (omail(BOX["participant"], [p.email], "Your updated CV", m, [attach(cvname(p, "docx"), docx_bytes("CV", cv_blocks(p)))]),
            CVC("one clean CV (DOCX) to the participant's consented address, from the shared mailbox"))


@sc
def cv_claimant_rtf():
    s = STAFF["chloe"]
    p = consented(Person())
    m = Mail()
    greet(m, p.first).paras("Your CV is attached as an RTF file \u2013 it should open on the library computers and in WordPad at home.")
    m.sig(s, LOGO, short=True)
    return (omail(BOX["participant"], [p.email], "CV (RTF version)", m, [attach(cvname(p, "rtf"), rtf_bytes(cv_blocks(p)))]),
            CVC("one clean CV as RTF to the consented address"))


@sc
def cv_claimant_reply_quote():
    s = STAFF["tayo"]
    p = consented(Person())
    inner = Mail()
    inner.paras("Hi Tayo", "can you email me my cv please the one we did on tuesday, I want to hand it in at the hotel", "thanks %s" % p.first.lower(), "Sent from my iPhone")
    m = Mail()
    greet(m, p.first).paras("Here you go \u2013 PDF attached so it prints the same everywhere.")
    m.sig(s, LOGO, short=True)
    m.quote("%s <%s>" % (p.name, p.email), outlook_sent(datetime.datetime(2026, 12, 10, 19, 40)), s.name, "cv", inner)
    return (omail(BOX["participant"], [p.email], "RE: cv", m, [attach(cvname(p, "pdf"), pdf_bytes("CV", [cv_blocks(p)]))], es=18),
            CVC("reply quoting the participant's own request; one CV PDF"))


@sc
def cvs_shortlist_three():
    s, e = STAFF["bartosz"], C["acme_hr"]
    ps = people(3)
    m = Mail()
    greet(m, e.first).paras("Three candidates for the night picker roles. CVs attached; quick summary below so you can plan the assessment.")
    m.table(["Candidate", "Experience", "Forklift", "Available"], [[p.name, "%d yrs warehouse" % R.randint(1, 8), R.choice(["Counterbalance", "None", "Reach"]),
                                                                 "Immediately"] for p in ps])
    m.sig(s, LOGO)
    return (omail(s, [e], "Shortlist \u2013 night pickers (3)", m, [attach(cvname(p, "docx"), docx_bytes("CV", cv_blocks(p))) for p in ps]),
            LBL("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=3, contact=True, kinds=["cv"]),
                "3 CVs + CV-derived summary table of the same three people", cv_count=3))


@sc
def cvs_zip_ten():
    s, e = STAFF["dominic"], C["cb_site"]
    ps = people(10)
    z = zip_bytes([(cvname(p, "pdf"), pdf_bytes("CV", [cv_blocks(p)])) for p in ps])
    m = Mail()
    greet(m, e.first).paras("Ten CVs for the groundworker trials, zipped as your mailbox limits attachments.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Groundworker trial CVs (10)", m, [attach("Groundworker CVs.zip", z)]),
            LBL("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=10, contact=True, kinds=["cv"]), "exactly 10 CVs in a zip (boundary)", cv_count=10))


@sc
def cvs_summaries_xlsx():
    s, e = STAFF["harpreet"], C["hv_hr"]
    ps = people(6)
    rows = [[p.name, p.town, R.choice(JOBS), "; ".join(R.sample(SKILLS, 2)), R.choice(["Weekends OK", "Weekdays only", "Any"])] for p in ps]
    x = xlsx_bytes([("Candidates", ["Name", "Town", "Most recent role", "Key skills", "Availability"], rows)])
    m = Mail()
    greet(m, e.first).paras("Candidate summaries for the room attendant roles, taken from their CVs. Full CVs on request.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Room attendant candidates (6)", m, [attach("Room attendant candidates.xlsx", x)]),
            LBL("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=6, kinds=["cv"]), "six CV-derived data sets in XLSX (¶21)", cv_count=6))


@sc
def cvs_profiles_pptx():
    s, e = STAFF["harpreet"], C["bs_people"]
    ps = people(4)
    slides = [dict(title="Talent showcase \u2013 January recruitment day", bullets=["Four candidates ready to start", "All completed our retail skills week"])]
    for p in ps:
        slides.append(dict(title=p.name, bullets=["Most recent: %s, %s" % (R.choice(JOBS), R.choice(COMPANIES)), "Skills: " + ", ".join(R.sample(SKILLS, 3)),
                                                 "Looking for: %d-%d hours" % (R.choice([16, 20]), R.choice([30, 37]))]))
    m = Mail()
    greet(m, "People Team").paras("Our talent showcase for the recruitment day \u2013 one slide per candidate, from their CVs.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Talent showcase \u2013 4 candidates", m, [attach("Talent showcase Jan.pptx", pptx_bytes("Talent showcase", slides))]),
            LBL("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=4, kinds=["cv"]), "four CV-derived profiles in PPTX slides", cv_count=4))


@sc
def forms_docx_greenfield():
    s, e = STAFF["lowenna"], C["gf_rec"]
    p = Person()
    m = Mail()
    greet(m, "Siân").paras("%s\u2019s completed application for the night care assistant post is attached (Greenfield\u2019s own form)." % p.first)
    m.sig(s, LOGO)
    return (omail(s, [e], "Application \u2013 Night Care Assistant", m,
                  [attach("Greenfield application - %s.docx" % p.last, docx_bytes("Application", app_form_blocks(p, "Greenfield Care", "Night Care Assistant")))]),
            LBL("relay", "application_forms_up_to_10", "¶22-23", T(subjects=1, contact=True, kinds=["application_form"]),
                "one application form with age (allowed), no NINO/DOB/bank", form_people=1))


@sc
def forms_couple_five():
    s, e = STAFF["harpreet"], C["hv_hr"]
    pairs = [(Person(), Person()) for _ in range(5)]
    pdf = pdf_bytes("Live-in couple applications", [couple_form_blocks(a, b, "Harbourview Hotels", "Live-in housekeeper & handyperson (couple)") for a, b in pairs])
    m = Mail()
    greet(m, e.first).paras("Five couple applications for the Folkestone live-in roles, one per page.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Live-in couple applications (5)", m, [attach("Couple applications x5.pdf", pdf)]),
            LBL("relay", "application_forms_up_to_10", "¶22-24", T(subjects=10, contact=True, kinds=["application_form_couple"]),
                "5 couple forms = 10 people (boundary)", form_people=10))


@sc
def forms_acroform_brightside():
    s, e = STAFF["harpreet"], C["bs_people"]
    p = Person()
    pdf = pdf_form_bytes("Brightside Retail application", ["Brightside Retail - store colleague application (interactive form)"],
                         [("Full name", "name", p.name), ("Address", "address", p.address), ("Mobile", "mobile", p.mobile), ("Age", "age", str(p.age)),
                          ("Store", "store", "Crawley County Oak"), ("Hours wanted", "hours", "20-30"), ("Previous retail experience", "exp", "Yes, 2 years")])
    m = Mail()
    greet(m, "People Team").paras("Completed application form attached (the fillable PDF from your careers page).")
    m.sig(s, LOGO)
    return (omail(s, [e], "Store colleague application \u2013 County Oak", m, [attach("Brightside application form.pdf", pdf)]),
            LBL("relay", "application_forms_up_to_10", "¶22-23", T(subjects=1, contact=True, kinds=["application_form"]),
                "answers only in AcroForm field values; age allowed", form_people=1))


@sc
def letters_interview_addressee():
    s = BOX["participant"]
    p = Person()
    when = datetime.datetime(2026, 12, 16, 14, 0)
    d = docx_bytes("Interview letter", letter_blocks(p, "letter_interview", ORG, when, "Greenfield Care, Pantiles House, Tunbridge Wells", "Lowenna Trevithick, Employer Account Manager"))
    m = Mail()
    greet(m, p.first).paras("Your interview letter for Greenfield Care is attached. Please bring photo ID.")
    m.sig(STAFF["lowenna"], LOGO, short=True)
    return (omail(s, [p.email], "Your interview letter \u2013 Greenfield Care", m, [attach("Interview letter.docx", d)], date=datetime.datetime(2026, 12, 11, 14, 5, 51)),
            LBL("relay", "letters_up_to_10", "¶24-26", T(subjects=1, contact=True, kinds=["letter_interview"]),
                "interview letter to the participant it is addressed to", letters=["letter_interview"], subject_addr=[p.email]))


@sc
def letters_job_offer_northstar():
    s, n = STAFF["dominic"], C["ns_book"]
    p = Person()
    when = datetime.datetime(2027, 1, 11, 22, 0)
    pdf = pdf_bytes("Offer letter", [letter_blocks(p, "letter_job_offer", "Acme Logistics, Ashford DC", when, "Ashford DC", "Karl Brennan, Site HR Manager")])
    m = Mail()
    greet(m, n.first).paras("Acme\u2019s offer letter for %s is attached \u2013 the offer is conditional on the manual handling course, so please "
                            "keep a place for %s on the 4 January course." % (p.first, p.him))
    m.sig(s, LOGO)
    return (omail(s, [n], "Offer letter \u2013 manual handling place needed", m, [attach("Acme offer letter.pdf", pdf)]),
            LBL("relay", "letters_up_to_10", "¶24-27", T(subjects=1, contact=True, kinds=["letter_job_offer"]),
                "a job offer letter to the supply chain", letters=["letter_job_offer"]))


@sc
def letters_appointments_ten():
    s, b = STAFF["rhiannon"], C["bw_duty"]
    ps = people(10)
    pages = [letter_blocks(p, "letter_appointment", ORG, datetime.datetime(2026, 12, 14 + i % 4, 10 + i % 5, 0), "Maidstone", "In-Work Support Team") for i, p in enumerate(ps)]
    m = Mail()
    greet(m, "Duty team").paras("The ten joint appointment letters for next week, one per page, so your practitioners have the same times as us.")
    m.sig(s, LOGO)
    return (omail(s, [b], "Joint appointment letters w/c 14 Dec (10)", m, [attach("Appointment letters x10.pdf", pdf_bytes("Letters", pages))], date=datetime.datetime(2026, 12, 10, 11, 20, 9)),
            LBL("relay", "letters_up_to_10", "¶24-26", T(subjects=10, contact=True, kinds=["letter_appointment"]),
                "exactly 10 appointment letters (boundary)", letters=["letter_appointment"] * 10))


def list_rows(ps, cols):
    out = []
    for i, p in enumerate(ps):
        r = []
        for c in cols:
            r.append({"surname": p.last, "forename": p.first, "initial": p.first[0], "name": p.name, "ref": p.ref, "nino": p.nino,
                      "nino_sp": nsp(p.nino), "date": "%02d/12/2026" % (WORKDAYS[i % len(WORKDAYS)]), "time": "%02d:%02d" % (9 + i % 7, (i * 15) % 60),
                      "postcode": p.postcode, "dob": p.dob.strftime("%d/%m/%Y"), "mobile": p.mobile, "course": R.choice(["CSCS", "Manual handling", "Food hygiene L2", "SIA door supervisor"]),
                      "uc": "£%.2f" % R.uniform(90, 900), "status": R.choice(["Booked", "Confirmed", "Attended"])}[c])
        out.append(r)
    return out


def NLIST(rule, guidance, n, cols, notes, ninos=0, kinds=("name_list",), **kw):
    return LBL("relay", rule, guidance, T(ninos=ninos, subjects=n, kinds=kinds), notes, list_rows=n, list_cols=cols, **kw)


@sc
def list_taster_bookings_utf16():
    s, e = STAFF["francesca"], C["eh_ws"]
    ps = people(38)
    data = utf16_csv(["Surname", "Forename", "Booking ref", "Session"], list_rows(ps, ["surname", "forename", "ref", "time"]))
    m = Mail()
    greet(m, "Workshops team").paras("Bookings for the start-up taster on 16 December (Unicode text export from Orbit, tab-separated).")
    m.sig(s, LOGO)
    return (omail(s, [e], "Taster session bookings \u2013 16 Dec", m, [attach("taster_bookings_16Dec.csv", data, "text/csv")]),
            NLIST("names_list_500", "¶29-31", 38, ["surname", "forename", "ref", "time"], "UTF-16 CSV with BOM: 38 names, refs and session times"))


@sc
def list_interview_table_acme():
    s, e = STAFF["dominic"], C["acme_hr"]
    ps = people(7)
    m = Mail()
    greet(m, e.first).paras("Interview slots for Tuesday\u2019s assessment:")
    m.table(["Candidate", "Time"], [[p.initial_surname(), "%02d:%02d" % (9 + i // 2, 30 * (i % 2))] for i, p in enumerate(ps)])
    m.sig(s, LOGO)
    return (omail(s, [e], "Assessment slots \u2013 Tuesday", m),
            NLIST("names_list_500", "¶29", 7, ["initial", "surname", "time"], "HTML table in the body: 7 initials+surnames and interview times"))


@sc
def list_500_xlsm_northstar():
    s, n = STAFF["bartosz"], C["ns_mgr"]
    ps = people(500)
    x = xlsx_bytes([("Bookings", ["Surname", "Initial", "WDES ref", "Course", "Start date"], list_rows(ps, ["surname", "initial", "ref", "course", "date"])),
                    ("Macro", ["Note"], [["Run 'Split by course' to create the tutor sheets."]])], macro=True)
    m = Mail()
    greet(m, n.first).paras("Full January booking list, 500 learners, in the macro workbook your tutors use.")
    m.sig(s, LOGO)
    return (omail(s, [n], "January bookings (500)", m, [attach("January bookings.xlsm", x)]),
            NLIST("names_list_500", "¶29-31", 500, ["surname", "initial", "ref", "course", "date"], "500 names in an .xlsm (boundary)"))


@sc
def list_two_names_prose():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    a, b = Person(), Person()
    m = Mail()
    greet(m, e.first).paras("Could you see %s at 10am and %s at 11:30 on Friday for the night care roles?" % (a.name, b.name))
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "Friday interviews", m),
            NLIST("names_list_500", "¶29", 2, ["name", "time"], "two names with interview times in prose: a short list of names with simple details"))


@sc
def nino_only_txt_730():
    s, n = STAFF["marguerite"], C["ns_mgr"]
    ns = [nino() for _ in range(730)]
    data = ("\r\n".join(ns) + "\r\n").encode()
    m = Mail()
    greet(m, n.first).paras("NINOs for the learner-record match, one per line, nothing else. 730 in total.")
    m.sig(s, LOGO)
    return (omail(s, [n], "Learner record match \u2013 NINO file", m, [attach("ilr_match_ninos.txt", data)]),
            LBL("relay", "nino_only_list", "¶31", T(ninos=730, subjects=730, kinds=["nino_list"]), "730 NINOs only: no limit",
                list_rows=730, list_cols=["nino"], nino_only=True))


@sc
def nino_only_xlsx_60():
    s, b = STAFF["rhiannon"], C["bw_mgr"]
    ns = [nino() for _ in range(60)]
    x = xlsx_bytes([("NINOs", ["NINO"], [[nsp(v)] for v in ns])])
    m = Mail()
    greet(m, b.first).paras("The 60 NINOs for your duplicate-referral check (single column).")
    m.sig(s, LOGO)
    return (omail(s, [b], "Duplicate referral check", m, [attach("dup_check.xlsx", x)]),
            LBL("relay", "nino_only_list", "¶31", T(ninos=60, subjects=60, kinds=["nino_list"]), "60 spaced NINOs in one XLSX column",
                list_rows=60, list_cols=["nino"], nino_only=True))


@sc
def dwp_list_job_starts():
    s, d = STAFF["marguerite"], C["pm"]
    ps = people(45)
    x = xlsx_bytes([("Job starts", ["Surname", "Forename", "NINO", "Start date"], list_rows(ps, ["surname", "forename", "nino", "date"]))])
    m = Mail()
    greet(m, d.first).paras("December job starts (confirmed and booked) for the contract review, names, NINOs and start dates only.")
    m.sig(s, LOGO)
    return (omail(s, [d], "December job starts list", m, [attach("Job starts Dec-26.xlsx", x)]),
            NLIST("dwp_names_list", "¶36 ¶29-31", 45, ["surname", "forename", "nino", "date"], "45 names + NINOs + start dates to DWP", ninos=45))


@sc
def dwp_list_500_cp1252():
    s, d = STAFF["aoife"], C["wc_team"]
    ps = people(500)
    data = cp1252_csv(["Surname", "Forename", "NINO", "Next appointment"], [[p.last, p.first, p.nino, "%02d/12/2026" % WORKDAYS[i % len(WORKDAYS)]] for i, p in enumerate(ps)])
    m = Mail()
    greet(m, "all").paras("Restart caseload for Maidstone with next appointment dates, 500 rows (CSV from Excel).")
    m.sig(s, LOGO)
    return (omail(s, [d], "Restart caseload \u2013 next appointments (500)", m, [attach("Maidstone caseload appts.csv", data, "application/vnd.ms-excel")]),
            NLIST("dwp_names_list", "¶36 ¶29-31", 500, ["surname", "forename", "nino", "date"], "500 rows to DWP in windows-1252 CSV (boundary)", ninos=500))


@sc
def dwp_list_html_table():
    s, d = STAFF["chloe"], C["wc_hast"]
    ps = people(12)
    m = Mail()
    greet(m, d.first).paras("Participants booked for the Hastings in-work workshop:")
    m.table(["Name", "Workshop date"], [[p.name, "Tue 15 Dec"] for p in ps])
    m.sig(s, LOGO)
    return (omail(s, [d], "In-work workshop bookings", m), NLIST("dwp_names_list", "¶36 ¶29", 12, ["name", "date"], "12 names + dates in an HTML table to a work coach"))


@sc
def dwp_ucnea1():
    s, d = STAFF["tayo"], C["wc_maid"]
    p = Person()
    d1 = docx_bytes("UCNEA1", [("h", "UCNEA1 \u2013 Notification of employment"),
                               ("kv", [("Claimant name", p.name), ("National Insurance number", nsp(p.nino)), ("Employer", "Acme Logistics, Ashford DC"),
                                       ("Job title", "Picker Packer"), ("Start date", "07/12/2026"), ("Expected hours", "37.5"), ("Provider", ORG)])])
    m = Mail()
    greet(m, d.first).paras("UCNEA1 attached for a job start this week.")
    m.sig(s, LOGO)
    return (omail(s, [d], "UCNEA1 \u2013 job start", m, [attach("UCNEA1.docx", d1)], date=datetime.datetime(2026, 12, 8, 10, 5, 13)),
            LBL("relay", "dwp_ucnea1_gns", "¶34-35", T(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 to a work coach", records=["ucnea1"]))


@sc
def dwp_gns_mental_health_inside():
    s, d = STAFF["poppy"], C["pm"]
    p = Person()
    d1 = docx_bytes("Good News Story", [("h", "ESF Good News Story"),
                                        ("kv", [("Participant", p.name), ("Provision", "Pathways (WHP-style disability strand)"), ("Area", p.town)]),
                                        ("p", "%s had been out of work for four years while living with severe anxiety. With weekly support from our "
                                              "specialist adviser and Bridgeway's wellbeing practitioner, %s completed a work trial at Harbourview "
                                              "Hotels and now works 24 hours a week as a room attendant." % (p.first, p.he)),
                                        ("p", "Consent for publicity: given in writing on 20/11/2026.")])
    m = Mail()
    greet(m, d.first).paras("One Good News Story for the ESF return.")
    m.sig(s, LOGO)
    return (omail(s, [d], "Good News Story \u2013 Pathways", m, [attach("GNS Pathways Dec.docx", d1)]),
            LBL("relay", "dwp_ucnea1_gns", "¶34-35", T(special=["mental_health"], subjects=1, kinds=["good_news_story"]),
                "one GNS to DWP; the anxiety detail is inside the record", records=["good_news_story"]))


@sc
def c15_exit_report():
    s, d = BOX["dx"], C["dwp_inbox"]
    p = Person()
    d1 = docx_bytes("Exit report", [("h", "WHP Exit Report"),
                                    ("kv", [("Participant surname", p.last), ("NINO", p.nino), ("Programme", "Pathways"), ("Exit date", "04/12/2026")]),
                                    ("h2", "Summary"), ("p", "%s took part for 15 months. Progress was affected by a long period of back pain and two "
                                                             "hospital admissions for %s diabetes, but %s completed a customer service course." % (p.first, p.his, p.he)),
                                    ("h2", "Employability"), ("p", "Ready for part-time seated work."),
                                    ("h2", "Next steps"), ("p", "Refer to the Jobcentre DEA for an Access to Work discussion.")])
    text = "Exit Report attached.\n\nWHP Data Exchange\nWeald & Downs Employment Services\n"
    return (pmail(s, [d], "WHP Exit Report", text, [attach("Exit report.docx", d1)], style="o365"),
            LBL("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                "exit report between the designated inboxes, one record, health inside it", records=["exit_report"]))


@sc
def c15_whps01():
    s, d = BOX["dx"], C["dwp_inbox"]
    p = Person()
    pdf = pdf_bytes("WHPS01", [[("h", "WHPS01 \u2013 Self-referral"),
                                ("kv", [("Name", p.name), ("NINO", nsp(p.nino)), ("Address", p.address), ("Telephone", p.mobile),
                                        ("Disability or health condition declared", "Yes"), ("Jobcentre", "Hastings"), ("Date", "02/12/2026")])]])
    text = "WHPS01 self-referral form attached (standard template).\n\nWHP Data Exchange\nWeald & Downs Employment Services\n"
    return (pmail(s, [d], "WHPS01 self-referral", text, [attach("WHPS01.pdf", pdf)], style="o365", date=datetime.datetime(2026, 12, 2, 15, 40, 2)),
            LBL("relay", "dwp_c15_process", "C15 ¶46 ¶49", T(ninos=1, special=["health"], contact=True, subjects=1, kinds=["whps01_form"]),
                "WHPS01 between the designated inboxes; its health-condition declaration is inside the one record", records=["whps01_form"]))


@sc
def c15_eb_form_designated():
    s, d = BOX["dx"], C["dwp_inbox"]
    p = Person()
    x = xlsx_bytes([("Form", ["Field", "Value"], [["Customer name", p.name], ["NINO", p.nino], ["Date employment commenced", "30/11/2026"],
                                                 ["Employment business", "WDES Recruitment (in-house)"]])])
    text = "WHP Employment Business Customer Form attached.\n\nWHP Data Exchange\n"
    return (pmail(s, [d], "WHP Employment Business Customer Form", text, [attach("WHP EB customer form.xlsx", x)], style="o365"),
            LBL("relay", "dwp_c15_process", "C15 ¶13 ¶46 ¶49", T(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]),
                "EB customer form from and to the designated inboxes", records=["whp_eb_customer_form"]))


def dwp_referral_inner(p, coach):
    inner = Mail()
    inner.paras("Referral for WHP Pathways", "Name: %s" % p.name, "NINO: %s" % nsp(p.nino), "Address: %s" % p.address, "Tel: %s" % p.mobile,
                "Disability status: mental health condition (depression), declared", "Work coach: %s, %s" % (coach.name, coach.org))
    return inner


@sc
def fwd_referral_bridgeway():
    s, b = STAFF["esther"], C["bw_prac"]
    coach = C["wc_hast"]
    p = Person()
    m = Mail()
    greet(m, b.first).paras("Forwarding today\u2019s referral for the joint wellbeing start.")
    m.sig(s, LOGO, short=True)
    m.quote(who(coach), outlook_sent(datetime.datetime(2026, 12, 2, 11, 30)), "WHP Data Exchange", "Referral for WHP Pathways", dwp_referral_inner(p, coach))
    return (omail(s, [b], "FW: Referral for WHP Pathways", m),
            LBL("relay", "forward_subcontractor", "C15 ¶53", T(ninos=1, special=["mental_health"], contact=True, subjects=1),
                "one DWP referral record forwarded inline to an approved subcontractor; covering line adds nothing", fwd_record=1))


@sc
def fwd_coc_rfc822():
    s, n = STAFF["marguerite"], C["ns_mgr"]
    p = Person()
    newpc, town = postcode_town()
    coc_text = ("Change of Circumstances notification\n\nParticipant: %s\nNINO: %s\nChange: new address from 30/11/2026\n"
                "New address: %d %s, %s %s\n\nDWP Provider Referrals\n" % (p.name, nsp(p.nino), R.randint(2, 99), street(), town, newpc))
    inner_root = plain_body(coc_text)
    set_boundaries(inner_root, "coc-inner", "plain")
    inner = message_bytes(("DWP WHP", DWP_INBOX), [PROV_INBOX], "Change of Circumstances", inner_root,
                          datetime.datetime(2026, 12, 1, 14, 3, 9), "<coc.20261201.4471@dwp.gov.uk>", style="plain")
    m = Mail()
    greet(m, n.first).paras("CoC attached for one of your learners, so your records match.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [n], "FW: Change of Circumstances", m, [rfc822_leaf(inner, "Change of Circumstances.eml")]),
            LBL("relay", "forward_subcontractor", "C15 ¶53", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
                "one DWP CoC forwarded as message/rfc822 to the supply chain", fwd_record=1))


# ============================================================== already encrypted
def ENC(notes):
    return LBL("relay", "already_encrypted", "RULES.md Outcomes (already encrypted)", T0, notes, encrypted=True)


@sc
def enc_smime_bridgeway():
    s, b = STAFF["esther"], C["bw_secure"]
    p = Person()
    inner = plain_body("Nadia,\n\nReferral notes for %s (NI %s): diagnosed with PTSD in 2024, lives at %s. Please call %s on %s.\n\nEsther\n"
                       % (p.name, nsp(p.nino), p.address, p.him, p.mobile))
    der = smime_envelope(serialize(inner), seed_for("smime-body"))
    root = Node("application/pkcs7-mime", {"smime-type": "enveloped-data", "name": "smime.p7m"},
                [("Content-Disposition", 'attachment; filename="smime.p7m"'), ("Content-Transfer-Encoding", "base64")], b64(der))
    return spec(s, [b], "Referral notes", root, style="outlook"), ENC("real S/MIME enveloped-data (RSA + AES-256-CBC) to Bridgeway's certificate")


@sc
def enc_pgpmime_enterprise():
    s, e = STAFF["francesca"], C["eh_mentor"]
    root = Node("multipart/encrypted", {"protocol": '"application/pgp-encrypted"'}, children=[
        Node("application/pgp-encrypted", {}, [("Content-Description", "PGP/MIME version identification")], b"Version: 1\n"),
        Node("application/octet-stream", {"name": "encrypted.asc"}, [("Content-Description", "OpenPGP encrypted message"),
                                                                     ("Content-Disposition", 'inline; filename="encrypted.asc"')], pgp_armor(seed_for("pgpmime"), 1400).encode())],
        preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)")
    return spec(s, [e], "Business plan feedback", root, style="plain", headers=[("User-Agent", "Mozilla Thunderbird")]), ENC("PGP/MIME")


@sc
def enc_inline_pgp_accountant():
    s, a = STAFF["callum"], C["accts"]
    text = "Helen,\n\nAs agreed, encrypted with your public key.\n\n" + pgp_armor(seed_for("inline-pgp"), 700, "Gpg4win 4.3") + "\nCallum\n"
    return pmail(s, [a], "Tax registration pack", text, style="outlook"), ENC("inline PGP block in a plain-text body")


# ============================================================== encrypt: special categories
def SPC(cats, notes, subjects=1, contact=False, kinds=(), ninos=0, **f):
    return LBL("encrypt", "encrypt_special_category", "¶32", T(ninos=ninos, special=cats, contact=contact, subjects=subjects, kinds=kinds), notes, **f)


@sc
def sp_autism_adjustments():
    s, e = STAFF["esther"], C["hv_hr"]
    p = Person("Jamie", "Rowntree", "m")
    m = Mail(ents=True)
    greet(m, e.first).paras("Ahead of Jamie Rowntree\u2019s start in the kitchen on the 14th: Jamie is autistic and has agreed I can share this. "
                            "He finds sudden noise and changes to the rota hard, so could he have ear defenders, a written rota a week ahead "
                            "and a named person to go to?", "He is very keen and his knife skills are excellent.")
    m.sig(s, LOGO)
    return omail(s, [e], "Adjustments for Jamie\u2019s start", m), SPC(["health"], "named participant's autism and adjustments to an employer")


@sc
def sp_access_to_work_letter():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    p = Person("Efua", "Mensah", "f")
    d = docx_bytes("Letter of support", [("p", ORG), ("p", "%s\n%s" % (p.name, p.address)), ("p", "3 December 2026"),
                                         ("h2", "Letter of support \u2013 workplace adjustments"), ("p", "To the Registered Manager, Greenfield Care"),
                                         ("p", "%s has a severe hearing impairment and uses British Sign Language. We are supporting her Access to Work "
                                               "application for a BSL interpreter at team meetings and supervisions, and a vibrating pager for night alarms." % p.name),
                                         ("p", "Yours faithfully,"), ("p", "Lowenna Trevithick")])
    m = Mail()
    greet(m, e.first).paras("As discussed, our letter supporting Efua\u2019s Access to Work application is attached.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Letter of support \u2013 Access to Work", m, [attach("Letter of support - E Mensah.docx", d)]),
            SPC(["health"], "support letter (other letter) stating a hearing impairment", contact=True, kinds=["letter_other"], letters=["letter_other"]))


@sc
def sp_lay_nerves_bridgeway():
    s, b = STAFF["chloe"], C["bw_prac"]
    p = Person(sex="f")
    m = Mail()
    greet(m, b.first).paras("Could you fit %s in this week? She rang this morning \u2013 says her nerves are bad again, she\u2019s not sleeping and the GP "
                            "has upped her tablets. She\u2019s dreading going back on the tills on Monday." % p.name)
    m.sig(s, LOGO, short=True)
    return omail(s, [b], "Can you see %s this week?" % p.first, m), SPC(["mental_health"], "mental health in lay words about a named participant")


@sc
def sp_criminal_lay_site():
    s, e = STAFF["dominic"], C["cb_site"]
    p = Person("Chidi", "Okeke", "m")
    m = Mail()
    greet(m, e.first).paras("Chidi\u2019s been great on the trial. One thing: he\u2019s still on licence since he came out of Elmley last year, so on Tuesday "
                            "afternoons he has to see his probation officer in Chatham. Could his finish be 1pm on Tuesdays?")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Chidi \u2013 Tuesday finishes", m), SPC(["criminal"], "licence / prison / probation in lay words")


@sc
def sp_business_plan_ms():
    s, e = STAFF["francesca"], C["eh_mentor"]
    p = Person()
    d = docx_bytes("Business plan", [("h", "Business plan \u2013 %s Upholstery" % p.last), ("kv", [("Owner", p.name), ("Trading address", p.address)]),
                                     ("h2", "1. Why self-employment"), ("p", "After my multiple sclerosis diagnosis in 2023 I could not keep up with shift work. "
                                                                              "Working from my own workshop lets me rest when I have a relapse."),
                                     ("h2", "2. The business"), ("p", "Re-upholstering chairs and headboards; selling online and at Tenterden market.")])
    m = Mail()
    greet(m, e.first).paras("%s\u2019s draft plan for your mentoring session on the 15th." % p.first)
    m.sig(s, LOGO)
    return (omail(s, [e], "Business plan for mentoring \u2013 %s" % p.first, m, [attach("Business plan - %s.docx" % p.last, d)]),
            SPC(["health"], "participant's own business plan names MS diagnosis", contact=True))


@sc
def sp_newsletter_named_story():
    s = BOX["news"]
    p = Person("Daniel", "Hughes", "m", age=41)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<h1 style="color:#3E5C2A">Weald &amp; Downs Works &ndash; employer edition</h1>'
            '<h2>Meet Daniel</h2><p>Daniel Hughes, 41, from Gillingham, spent five years out of work with depression and panic attacks. '
            'He now runs the goods-in desk at Medway Fresh Foods. &ldquo;My adviser never gave up on me,&rdquo; Daniel says. '
            '(Daniel gave written consent for this story.)</p><p>Want to meet candidates like Daniel? Reply to this e-mail.</p></body></html>\n')
    bcc = [C["acme_hr"], C["rmg"], C["bs_store"], C["cb_edi"]]
    return (spec(s, [s], "Employer edition \u2013 meet Daniel", text_leaf(html, "html", "utf-8", "quoted-printable"), bcc=bcc, style="plain",
                 headers=[("X-Mailer", "Orbit CRM Campaigns 4.2")]),
            SPC(["mental_health"], "newsletter naming a consented participant with his depression: about an identified person"))


@sc
def sp_vtt_alcohol_review():
    s, b = STAFF["tayo"], C["bw_prac"]
    p = Person("Gary", "Munroe", "m")
    cues = [("Tayo Ogundipe", "Next is Gary Munroe, started at Acme in October."), ("Nadia Petrova", "Yes, I saw him Thursday. He's nine months sober now."),
            ("Nadia Petrova", "Still going to AA on Tuesday nights, which is why he can't do the late shift."),
            ("Tayo Ogundipe", "OK, I'll ask Karl to keep him on earlies."), ("Nadia Petrova", "Next review in January.")]
    m = Mail()
    greet(m, b.first).paras("Transcript of Thursday\u2019s case review for your notes.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [b], "Case review transcript", m, [attach("Case review 03-12.vtt", vtt(cues))]),
            SPC(["substance"], "Teams .vtt transcript: alcohol recovery of a named participant"))


@sc
def sp_tracked_deletion_epilepsy():
    s, e = STAFF["tayo"], C["acme_hr"]
    p = Person("Connor", "Tapsell", "m")
    d = docx_bytes("Job start plan", [("h", "Job start plan \u2013 %s" % p.name), ("p", "Role: Picker Packer, days. Start: 14/12/2026."),
                                      ("track", "Restrictions: ", "He has epilepsy (seizures controlled with medication) so should not work at height or drive the reach trucks. ",
                                       "No restrictions agreed with the site.", "", "Tayo Ogundipe"),
                                      ("p", "In-work support: weekly call for the first month.")])
    m = Mail()
    greet(m, e.first).paras("Connor\u2019s job start plan, with my edits tracked.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "Job start plan \u2013 Connor", m, [attach("Job start plan - C Tapsell.docx", d)]),
            SPC(["health"], "epilepsy only in a tracked deletion (w:delText) still inside the DOCX"))


@sc
def sp_docx_comment_ptsd():
    s, e = STAFF["bartosz"], C["cb_site"]
    p = Person(sex="m")
    blocks = cv_blocks(p)
    blocks.insert(3, ("p", "Served nine years in the Royal Engineers, including plant operation and site security.", "army"))
    d = docx_bytes("CV", blocks, comments=[("army", "Mark - please don't bring up his PTSD from his army service unless he does. Bartosz", "Bartosz Wiśniewski", "BW")])
    m = Mail()
    greet(m, e.first).paras("CV for the plant operative trial attached (with one note from me in the margin).")
    m.sig(s, LOGO)
    return (omail(s, [e], "Plant operative trial \u2013 CV", m, [attach(cvname(p, "docx"), d)]),
            SPC(["mental_health"], "CV to an employer with a DOCX comment disclosing PTSD", contact=True, kinds=["cv"], cv_count=1))


@sc
def sp_pptx_named_case_study():
    s, e = STAFF["gareth"], C["rmg"]
    p = Person("Grace", "Ansah", "f")
    deck = pptx_bytes("Pathways stories", [
        dict(title="Pathways: real stories", bullets=["Why disabled candidates stay longer"]),
        dict(title="Grace Ansah \u2013 from shielding to shift supervisor", bullets=["Living with sickle cell disease, Grace shielded for two years",
                                                                                  "Phased start, flexible breaks, cool rest area", "Promoted to supervisor after 9 months"],
             notes="Grace agreed to this slide for the Brightside pitch."),
    ], author=s.name)
    m = Mail()
    greet(m, e.first).paras("Slides from this morning, including Grace\u2019s story.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Slides from this morning", m, [attach("Pathways stories.pptx", deck)]),
            SPC(["health"], "case-study slide naming a participant with sickle cell disease"))


@sc
def sp_religion_prayer_break():
    s, e = STAFF["tayo"], C["acme_hr"]
    p = Person("Yusuf", "Demir", "m")
    m = Mail(ents=True)
    greet(m, e.first).paras("Yusuf Demir asked whether he could take his break at 13:15 on Fridays for Jumu\u2019ah prayers \u2013 he\u2019s a practising Muslim "
                            "and the mosque is five minutes from the DC. He\u2019s happy to make the time up at the end of the shift.")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Friday breaks", m), SPC(["religion"], "named participant's religious belief")


@sc
def sp_sexual_orientation():
    s, e = STAFF["nkechi"], C["cb_edi"]
    p = Person("Lewis", "Carrick", "m")
    m = Mail()
    greet(m, e.first).paras("Lewis Carrick, who starts with the groundworks team on Monday, told me he\u2019s gay and had a bad time with homophobic "
                            "\u2018banter\u2019 on his last site. Could the site manager be briefed quietly, and is there an LGBT+ network he could join?")
    m.sig(s, LOGO)
    return omail(s, [e], "Confidential \u2013 new starter on Monday", m), SPC(["sexual_orientation"], "named participant's sexual orientation")


@sc
def sp_voicemail_crohns():
    s, e = STAFF["mehmet"], C["hv_hr"]
    p = Person("Seren", "Pritchard", "f")
    when = datetime.datetime(2026, 12, 10, 7, 12)
    vm = voicemail_block(p.mobile, when, "0:31", "hi Mehmet it's Seren um I'm really sorry I'm not going to make my shift tomorrow my Crohn's has "
                         "flared up again and I'm waiting for the hospital to ring me back can you tell the hotel sorry")
    vm[5] = vm[5] % "Mehmet Aydın (x323)"
    inner = Mail()
    for ln in vm:
        inner.p(ln)
    m = Mail()
    greet(m, e.first).paras("Seren won\u2019t be in tomorrow \u2013 her voicemail is below.")
    m.sig(s, LOGO, short=True)
    m.quote("Horizon Voicemail <voicemail@%s>" % INT, outlook_sent(when), s.name, "Voicemail from %s (0:31)" % p.mobile, inner)
    return (omail(s, [e], "FW: Voicemail from %s (0:31)" % p.mobile, m, date=datetime.datetime(2026, 12, 10, 8, 5, 33)),
            SPC(["health"], "forwarded voicemail: participant's Crohn's flare-up, with her mobile", contact=True))


@sc
def sp_ethnicity_positive_action():
    s, e = STAFF["harpreet"], C["bs_people"]
    p = Person("Damilola", "Adeleke", "f")
    m = Mail()
    greet(m, "People Team").paras("For the positive-action management traineeship: Damilola Adeleke is very keen. She describes herself as Black British "
                                  "of Nigerian heritage, so she meets the traineeship\u2019s criteria, and she has two years\u2019 supervisory experience.")
    m.sig(s, LOGO)
    return omail(s, [e], "Positive-action traineeship \u2013 nomination", m), SPC(["ethnicity"], "named participant's ethnicity")


@sc
def sp_trade_union():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    p = Person("Marta", "Kovačević", "f")
    m = Mail()
    greet(m, e.first).paras("Marta Kovačević asked me to let you know she\u2019s a UNISON member and would like her rep to attend her probation review on the 17th.")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Probation review on the 17th", m), SPC(["trade_union"], "named participant's trade union membership")


# ============================================================== encrypt: NINO
def NIN(notes, subjects=1, contact=False, kinds=(), ninos=1, **f):
    return LBL("encrypt", "encrypt_nino", "¶33", T(ninos=ninos, contact=contact, subjects=subjects, kinds=kinds), notes, **f)


@sc
def nino_vcard_note_payroll():
    s, e = STAFF["tayo"], C["acme_pay"]
    p = Person()
    card = vcard(p.name, p.last, p.first, tel_cell=p.mobile, email_home=p.email, adr_home=("%d %s" % (p.house, p.street), p.town, p.postcode),
                 note="Starts Acme Ashford 14/12. NI %s. WDES ref %s" % (nsp(p.nino), p.ref))
    m = Mail()
    greet(m, "Payroll team").paras("Contact card for your new starter on the 14th, so you can set %s up before day one." % p.him)
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "New starter 14 Dec \u2013 contact card", m, [attach("%s %s.vcf" % (p.first, p.last), card)]),
            NIN("participant vCard with the NINO in its NOTE field", contact=True))


@sc
def nino_pptx_notes():
    s, e = STAFF["callum"], C["eh_mentor"]
    p = Person("Bilal", "Sheikh", "m")
    deck = pptx_bytes("Awards nominations", [
        dict(title="Kent & Sussex Start-up Awards", bullets=["Our nominations for 2027"]),
        dict(title="Bilal Sheikh \u2013 Sheikh Bike Repairs", bullets=["Started test trading in March", "Now employs an apprentice"],
             notes="Nominee details for the form: Bilal Sheikh, NI %s, UTR %s. Trading since 02/03/2026." % (p.nino, utr())),
    ], author=s.name)
    m = Mail()
    greet(m, e.first).paras("Our award nomination slides \u2013 details for the form are in the speaker notes.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Start-up awards nominations", m, [attach("Awards nominations.pptx", deck)]),
            NIN("NINO (and a UTR, which is not a NINO) in PPTX speaker notes"))


@sc
def nino_rtf_incentive_claim():
    s, e = STAFF["gareth"], C["acme_pay"]
    p = Person()
    r = rtf_bytes([("h", "Recruitment incentive claim \u2013 13-week milestone"),
                   ("kv", [("Employer", "Acme Logistics Ltd"), ("Employee", p.name), ("NI number", p.nino), ("Start date", "07/09/2026"),
                           ("Milestone", "13 weeks (07/12/2026)"), ("Amount", "£500.00")]), ("p", "Please sign and return with the payslip for week 13.")])
    m = Mail()
    greet(m, "Payroll team").paras("Incentive claim form for signature (RTF, as your system prefers).")
    m.sig(s, LOGO)
    return (omail(s, [e], "Incentive claim \u2013 13 weeks", m, [attach("Incentive claim 13wk.rtf", r)]), NIN("NINO inside an RTF claim form"))


@sc
def nino_voicemail_spoken():
    s, n = STAFF["bartosz"], C["ns_book"]
    p = Person()
    spoken = "%s. %s. %s %s" % (p.nino[0], p.nino[1], " ".join(p.nino[2:8]), p.nino[8])
    when = datetime.datetime(2026, 12, 7, 17, 48)
    vm = voicemail_block("Withheld number", when, "0:38", "hi it's %s I'm booked on the forklift course on Monday um they said I need my national "
                         "insurance number for the certificate so it's %s thanks" % (p.name.lower(), spoken))
    vm[5] = vm[5] % "Bartosz Wiśniewski (x118)"
    inner = Mail()
    for ln in vm:
        inner.p(ln)
    m = Mail()
    greet(m, n.first).paras("For the certificate \u2013 see the voicemail transcription below.")
    m.sig(s, LOGO, short=True)
    m.quote("Horizon Voicemail <voicemail@%s>" % INT, outlook_sent(when), s.name, "Voicemail from Withheld number (0:38)", inner)
    return (omail(s, [n], "FW: Voicemail from Withheld number (0:38)", m, date=datetime.datetime(2026, 12, 8, 9, 12, 40)),
            NIN("NINO read out letter by letter in a machine transcription"))


@sc
def nino_html_alt_crm():
    s, e = BOX["crm"], C["acme_pay"]
    p = Person()
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:13px">'
            '<p>Earnings evidence request EV-26-1187</p><p>Please confirm the gross pay for week 48 for your employee %s.</p>'
            '<p><img src="https://orbit.provider.example.org.uk/evidence/EV-26-1187/thumb.png" width="240" '
            'alt="Payslip week 48 - %s - NI %s"></p><p><a href="https://orbit.provider.example.org.uk/evidence/EV-26-1187">Respond in the portal</a></p>'
            '<p style="color:#888;font-size:11px">Automated message from Orbit CRM.</p></body></html>\n') % (p.name, p.name, nsp(p.nino))
    text = ("Earnings evidence request EV-26-1187\n\nPlease confirm the gross pay for week 48 for your employee %s.\n\n"
            "Respond in the portal: https://orbit.provider.example.org.uk/evidence/EV-26-1187\n\nAutomated message from Orbit CRM.\n" % p.name)
    root = Node("multipart/alternative", children=[text_leaf(text), text_leaf(html, "html")])
    return (spec(s, [e], "Earnings evidence request EV-26-1187", root, style="plain", headers=[("X-Mailer", "Orbit CRM 4.2")]),
            NIN("NINO only in the HTML part's image alt text; the plain alternative omits it"))


@sc
def nino_filename_payslip():
    s, b = STAFF["rhiannon"], C["bw_money"]
    p = Person()
    pdf = pdf_bytes("Payslip", [[("h", "Acme Logistics Ltd \u2013 Payslip"), ("kv", [("Employee", p.name), ("Week", "48"), ("Gross pay", "£512.40"),
                                                                                       ("Tax", "£41.20"), ("NI contributions", "£18.33"), ("Net pay", "£452.87")])]])
    m = Mail()
    greet(m, b.first).paras("%s\u2019s week 48 payslip for the budgeting session (%s brought it in)." % (p.first, p.he))
    m.sig(s, LOGO, short=True)
    return (omail(s, [b], "Payslip for budgeting session", m, [attach("Payslip_wk48_%s.pdf" % p.nino, pdf)]),
            NIN("NINO only in the attachment's file name"))


@sc
def nino_x_header_crm():
    s, n = BOX["crm"], C["ns_book"]
    p = Person()
    text = ("Course attendance confirmation\n\nLearner: %s\nCourse: Food hygiene level 2, Folkestone, 14/12/2026\nStatus: Booked\n\n"
            "Automated message from Orbit CRM. Do not reply.\n" % p.name)
    return (pmail(s, [n], "Course booking confirmation", text, headers=[("X-Mailer", "Orbit CRM 4.2"), ("X-Orbit-Participant-Ref", p.ref),
                                                                      ("X-Orbit-Participant-NINO", p.nino)]),
            NIN("NINO in a custom X- header written by the CRM"))


@sc
def nino_subject_utr_accountant():
    s, a = STAFF["ikram"], C["accts"]
    p = Person()
    u = utr()
    m = Mail()
    greet(m, a.first).paras("%s has now had the UTR letter. Could you complete the self assessment registration we discussed? Fee as agreed through our grant." % p.name)
    m.sig(s, LOGO)
    return (omail(s, [a], "Self assessment registration \u2013 UTR %s %s / NI %s" % (u[:5], u[5:], p.nino), m),
            NIN("NINO (and UTR) in the subject line to an accountant"))


# ============================================================== encrypt: DOB / bank
def DB(notes, dob=False, bank=False, contact=False, kinds=(), subjects=1, **f):
    return LBL("encrypt", "encrypt_dob_bank", "¶32", T(dob=dob, bank=bank, contact=contact, subjects=subjects, kinds=kinds), notes, **f)


@sc
def bank_cashflow_xlsm():
    s, e = STAFF["ikram"], C["eh_mentor"]
    p = Person(sex="f")
    sc_, ac = sort_code(), account_no()
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    x = xlsx_bytes([("Cash flow", ["%s - mobile nails" % p.name] + months,
                     [["Sales", 420, 560, 610, 700, 720, 780], ["Products", 120, 140, 150, 160, 160, 170], ["Fuel", 60, 60, 70, 70, 70, 75]]),
                    ("Bank", ["Item", "Value"], [["Account name", p.name], ["Sort code", sc_], ["Account number", ac], ["Opening balance", "£212.00"]])], macro=True)
    m = Mail()
    greet(m, e.first).paras("%s\u2019s cash-flow forecast for Thursday\u2019s mentoring \u2013 she filled in the bank tab herself." % p.first)
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "Cash-flow forecast for mentoring", m, [attach("Cashflow - %s.xlsm" % p.last, x)]),
            DB("participant's own sort code + account in a cash-flow .xlsm", bank=True))


@sc
def bank_sole_trader_iban():
    s, e = STAFF["francesca"], C["eh_mentor"]
    p = Person("Mandy", "Pike", "f")
    ib = iban()
    d = docx_bytes("Invoice template", [("h", "INVOICE"), ("p", "Mandy Pike Mobile Dog Grooming (sole trader)"), ("p", "Mobile: %s" % p.mobile),
                                        ("kv", [("Invoice no.", "MP-001"), ("Date", ""), ("Customer", ""), ("Amount", "")]),
                                        ("p", "Please pay by bank transfer to M PIKE, IBAN %s" % iban_spaced(ib))])
    m = Mail()
    greet(m, e.first).paras("Mandy\u2019s first invoice template \u2013 could you check it looks professional before she uses it?")
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "Invoice template \u2013 Mandy", m, [attach("Mandy Pike invoice template.docx", d)]),
            DB("sole trader's personal IBAN on her invoice template (her own account)", bank=True, contact=True))


@sc
def dob_vcard_bday():
    s, e = STAFF["lowenna"], C["gf_rec"]
    p = Person()
    card = vcard(p.name, p.last, p.first, tel_cell=p.mobile, email_home=p.email, bday=p.dob.isoformat())
    m = Mail()
    greet(m, "Siân").paras("%s\u2019s contact card for the DBS application \u2013 the date of birth is on it." % p.first)
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "DBS application \u2013 contact card", m, [attach("%s.vcf" % p.name, card)]),
            DB("vCard with BDAY field and personal phone/e-mail", dob=True, contact=True))


@sc
def dob_pdf_form_eligibility():
    s, e = STAFF["dominic"], C["rmg"]
    p = Person(age=23)
    pdf = pdf_form_bytes("Youth hire incentive - eligibility", ["Employer incentive: eligibility confirmation (interactive form)"],
                         [("Employee name", "name", p.name), ("Date of birth", "dob", p.dob.strftime("%d/%m/%Y")), ("Start date", "start", "07/12/2026"),
                          ("Hours per week", "hours", "30"), ("Employer", "employer", "Romney Marsh Growers")])
    m = Mail()
    greet(m, e.first).paras("Eligibility form for the youth hire incentive, filled in for your new packhouse starter.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Youth hire incentive \u2013 eligibility form", m, [attach("Incentive eligibility.pdf", pdf)]),
            DB("DOB only in an AcroForm field value", dob=True))


@sc
def bank_card_cscs_refund():
    s, n = STAFF["bartosz"], C["ns_book"]
    p = Person("Mariusz", "Kowalski", "m")
    m = Mail()
    greet(m, n.first).paras("Mariusz Kowalski paid the CSCS test fee himself by mistake (card %s, exp 09/29). Could you refund it to that card? "
                            "We\u2019ll pay you instead." % luhn_card())
    m.sig(s, LOGO, short=True)
    return omail(s, [n], "CSCS fee refund", m), DB("participant's payment card number (Luhn-valid)", bank=True)


@sc
def dob_rtf_cv_born():
    s, e = STAFF["lowenna"], C["gf_rec"]
    p = Person()
    blocks = cv_blocks(p)
    blocks.insert(2, ("p", "Born %s %s %d" % (ordinal(p.dob.day), MONTHS[p.dob.month - 1], p.dob.year)))
    m = Mail()
    greet(m, "Siân").paras("%s\u2019s CV for the senior carer role (RTF from the library PC)." % p.first)
    m.sig(s, LOGO)
    return (omail(s, [e], "CV \u2013 senior carer", m, [attach(cvname(p, "rtf"), rtf_bytes(blocks))]),
            DB("CV to an employer with 'Born 14th March 1988'-style DOB", dob=True, contact=True, kinds=["cv"], cv_count=1))


@sc
def bank_payroll_cp1252():
    s, e = STAFF["tayo"], C["acme_pay"]
    p = Person()
    m = Mail()
    greet(m, "Payroll team").paras("%s (starting 14 December) asked me to pass on %s bank details so %s first pay isn\u2019t late:" % (p.name, p.his, p.his),
                                   "Account name: %s \u2013 sort code %s \u2013 account no. %s" % (p.name.upper(), sort_code(), account_no()))
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "New starter \u2013 bank details for payroll", m, charset="windows-1252", style="outlook"), DB("new starter's sort code + account, windows-1252 body", bank=True)


# ============================================================== encrypt: benefit payments / children
def BC(notes, benefit=False, children=False, contact=False, subjects=1, **f):
    return LBL("encrypt", "encrypt_benefit_children", "¶32", T(benefit=benefit, children=children, contact=contact, subjects=subjects), notes, **f)


@sc
def ben_better_off_bridgeway():
    s, b = STAFF["rhiannon"], C["bw_money"]
    p = Person(sex="f")
    m = Mail()
    greet(m, b.first).paras("Better-off check for %s before she takes the extra hours: her Universal Credit is £812.40 a month now and my calculation "
                            "says it drops to about £233.15 on 30 hours. Could you double-check the childcare element before I talk it through with her?" % p.name)
    m.sig(s, LOGO, short=True)
    return omail(s, [b], "Better-off check \u2013 %s" % p.first, m), BC("named participant's UC award and projected amount", benefit=True)


@sc
def child_school_run():
    s, e = STAFF["harpreet"], C["bs_store"]
    p = Person("Hollie-Mae", "Sturgess", "f")
    m = Mail()
    greet(m, e.first).paras("Hollie-Mae can do 9:15\u20132:30 Monday to Thursday. She needs to leave by 2:45 to collect Amelia (6) and Jack (9) from Three Bridges Primary.")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Hollie-Mae \u2013 hours", m), BC("children's names and ages", children=True)


@sc
def ben_sanction_northstar():
    s, n = STAFF["aoife"], C["ns_mgr"]
    p = Person(sex="m")
    m = Mail()
    greet(m, n.first).paras("%s is keen to do the SIA course but money is tight \u2013 his UC was sanctioned £317.82 in October for a missed appointment. "
                            "Could we use the hardship fund for his travel?" % p.name)
    m.sig(s, LOGO, short=True)
    return omail(s, [n], "SIA course \u2013 travel costs", m), BC("UC sanction amount for a named participant", benefit=True)


@sc
def ben_test_trading_log():
    s, e = STAFF["francesca"], C["eh_mentor"]
    p = Person()
    x = xlsx_bytes([("Trading log", ["Week", "Sales", "Costs", "Hours"], [[w, R.randint(80, 300), R.randint(20, 90), R.randint(8, 20)] for w in range(1, 9)]),
                    ("Notes", ["Note"], [["Participant: %s" % p.name], ["Housing Benefit £96.50/week continues during test trading (confirmed by council)."],
                                         ["Permitted hours check due at week 12."]])])
    m = Mail()
    greet(m, e.first).paras("%s\u2019s eight-week test-trading log for your review." % p.first)
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "Test-trading log \u2013 8 weeks", m, [attach("Test trading log - %s.xlsx" % p.last, x)]),
            BC("self-employment test-trading log with the participant's Housing Benefit amount", benefit=True))


@sc
def child_teams_paste():
    s, e = STAFF["harpreet"], C["bs_people"]
    p = Person()
    m = Mail()
    greet(m, "People Team").paras("Pasting our chat so you have the background for %s\u2019s shift pattern:" % p.first)
    for ln in ["[04/12/2026 13:20] Aoife Brannigan: %s can't do Saturdays, no childcare" % p.name,
               "[04/12/2026 13:21] Harpreet Sandhu: how old are the kids?",
               "[04/12/2026 13:22] Aoife Brannigan: Leo is 3 and Maisie 5, nursery only Mon-Fri"]:
        m.p(ln)
    m.p()
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Shift pattern \u2013 weekday only", m), BC("pasted Teams chat with children's names and ages", children=True)


# ============================================================== encrypt: one name and more
def BEY(notes, subjects=1, **f):
    return LBL("encrypt", "encrypt_beyond_name", "¶18", T(contact=True, subjects=subjects), notes, **f)


@sc
def bn_sms_forward_mobile():
    s, e = STAFF["dominic"], C["acme_hr"]
    p = Person("Dean", "Farrow", "m")
    inner = Mail()
    for ln in ["SMS received", "From: %s" % p.mobile, "Date: %s" % outlook_sent(datetime.datetime(2026, 12, 7, 6, 40)), "",
               "hi its Dean cant make the assessment thurs car broke down can i do next week", "", "Sent by the WDES SMS gateway."]:
        inner.p(ln)
    m = Mail()
    greet(m, e.first).paras("Dean Farrow can\u2019t make Thursday \u2013 his text is below. Could he move to next Tuesday?")
    m.sig(s, LOGO, short=True)
    m.quote("SMS Inbox <sms-inbox@%s>" % INT, outlook_sent(datetime.datetime(2026, 12, 7, 6, 40)), s.name, "SMS from %s" % p.mobile, inner)
    return omail(s, [e], "FW: SMS from %s" % p.mobile, m), BEY("SMS forward: one name + the participant's mobile")


@sc
def bn_postcode_subject():
    s, e = STAFF["dominic"], C["acme_tx"]
    p = Person()
    m = Mail()
    greet(m, e.first).paras("Could %s join the staff minibus for the night shift from the 14th? No car and the last bus is 21:40." % p.first)
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Minibus seat for %s \u2013 pick-up %s" % (p.name, p.postcode), m), BEY("one name + home postcode in the subject line")


@sc
def bn_quoted_personal_email():
    s, e = STAFF["harpreet"], C["hv_hr"]
    p = Person()
    inner = Mail()
    inner.paras("Hi Harpreet", "Thank you so much, I'd love the room attendant job. Can I start after the 4th?", p.first)
    m = Mail()
    greet(m, e.first).paras("Good news \u2013 %s has accepted (below). %s asks if the start can be after 4 January." % (p.name, p.He))
    m.sig(s, LOGO, short=True)
    m.quote("%s <%s>" % (p.name, p.email), outlook_sent(datetime.datetime(2026, 12, 9, 21, 3)), s.name, "Re: room attendant", inner)
    return omail(s, [e], "FW: Re: room attendant", m), BEY("one name + personal e-mail address in the quoted From line")


@sc
def bn_voicemail_number():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    p = Person("Kerry-Ann", "Campbell", "f")
    when = datetime.datetime(2026, 12, 14, 8, 2)
    vm = voicemail_block(p.mobile, when, "0:22", "hi it's Kerry-Ann running about ten minutes late for my shadow shift the bus didn't come sorry",
                         name=p.name)
    vm[5] = vm[5] % "Lowenna Trevithick (x214)"
    inner = Mail()
    for ln in vm:
        inner.p(ln)
    m = Mail()
    greet(m, e.first).paras("Kerry-Ann is running ten minutes late \u2013 voicemail below.")
    m.sig(s, LOGO, short=True)
    m.quote("Horizon Voicemail <voicemail@%s>" % INT, outlook_sent(when), s.name, "Voicemail from %s (%s)" % (p.mobile, p.name), inner)
    return (omail(s, [e], "FW: Voicemail from %s (%s)" % (p.mobile, p.name), m, date=datetime.datetime(2026, 12, 14, 8, 9, 2)),
            BEY("voicemail notice: caller ID shows the participant's mobile and name"))


@sc
def bn_vcard_contact_employer():
    s, e = STAFF["mehmet"], C["hv_chef"]
    p = Person()
    card = vcard(p.name, p.last, p.first, tel_cell=p.mobile, email_home=p.email, adr_home=("%d %s" % (p.house, p.street), p.town, p.postcode))
    m = Mail()
    greet(m, e.first).paras("%s\u2019s contact card so you can send the rota straight to %s." % (p.first, p.him))
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Contact card \u2013 new commis chef", m, [attach("%s.vcf" % p.name, card)]), BEY("participant's vCard: mobile, personal e-mail, home address")


@sc
def bn_taxi_home_address():
    s, t = STAFF["mehmet"], C["taxi"]
    p = Person()
    m = Mail()
    greet(m, "Bookings").paras("Please book a car for %s on Monday 14 December, pick-up 05:15 from %s to Harbourview Hotels, Brighton Seafront. "
                               "Account WDES-0042." % (p.name, p.address))
    m.sig(s, LOGO, short=True)
    return omail(s, [t], "Taxi booking \u2013 Monday 14 Dec 05:15", m), BEY("one name + home address to a taxi firm")


# ============================================================== encrypt: over the limits
@sc
def over_cvs_eleven():
    s, e = STAFF["dominic"], C["acme_rec"]
    ps = people(11)
    z = zip_bytes([(cvname(p, "docx"), docx_bytes("CV", cv_blocks(p))) for p in ps])
    m = Mail()
    greet(m, "Recruitment team").paras("CVs for the January night pickers \u2013 eleven strong candidates, zipped.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Night picker CVs (11)", m, [attach("Night picker CVs.zip", z)]),
            LBL("encrypt", "encrypt_over_limit", "¶21", T(subjects=11, contact=True, kinds=["cv"]), "11 CVs: one over the limit", cv_count=11))


@sc
def over_forms_eleven():
    s, e = STAFF["lowenna"], C["gf_rec"]
    ps = people(11)
    blocks = []
    for i, p in enumerate(ps):
        if i:
            blocks.append(("pb",))
        blocks += app_form_blocks(p, "Greenfield Care", "Care Assistant")
    m = Mail()
    greet(m, "Siân").paras("All eleven application forms from the care taster week, in one document.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Care Assistant applications (11)", m, [attach("Care applications x11.docx", docx_bytes("Applications", blocks))]),
            LBL("encrypt", "encrypt_over_limit", "¶22", T(subjects=11, contact=True, kinds=["application_form"]), "11 single application forms", form_people=11))


@sc
def over_couple_six():
    s, e = STAFF["harpreet"], C["hv_hr"]
    pairs = [(Person(), Person()) for _ in range(6)]
    pdf = pdf_bytes("Couple applications", [couple_form_blocks(a, b, "Harbourview Hotels", "Live-in couple") for a, b in pairs])
    m = Mail()
    greet(m, e.first).paras("Six couple applications for the live-in roles.")
    m.sig(s, LOGO)
    return (omail(s, [e], "Live-in couple applications (6)", m, [attach("Couple applications x6.pdf", pdf)]),
            LBL("encrypt", "encrypt_over_limit", "¶24", T(subjects=12, contact=True, kinds=["application_form_couple"]), "6 couple forms = 12 people", form_people=12))


@sc
def over_letters_eleven():
    s, b = STAFF["rhiannon"], C["bw_duty"]
    ps = people(11)
    pages = [letter_blocks(p, "letter_interview", ORG, datetime.datetime(2026, 12, 15, 9 + i % 8, 0), "Acme Logistics, Ashford DC", "Dominic Ashdown") for i, p in enumerate(ps)]
    m = Mail()
    greet(m, "Duty team").paras("Interview letters for the Acme assessment so your practitioners can prepare people \u2013 all 11.")
    m.sig(s, LOGO)
    return (omail(s, [b], "Interview letters \u2013 Acme assessment (11)", m, [attach("Interview letters x11.pdf", pdf_bytes("Letters", pages))]),
            LBL("encrypt", "encrypt_over_limit", "¶24", T(subjects=11, contact=True, kinds=["letter_interview"]), "11 interview letters", letters=["letter_interview"] * 11))


@sc
def over_list_501_utf16():
    s, n = STAFF["bartosz"], C["ns_mgr"]
    ps = people(501)
    data = utf16_csv(["Surname", "Forename", "WDES ref", "Course"], list_rows(ps, ["surname", "forename", "ref", "course"]))
    m = Mail()
    greet(m, n.first).paras("Full spring booking list (Unicode text export) \u2013 501 learners.")
    m.sig(s, LOGO)
    return (omail(s, [n], "Spring bookings (501)", m, [attach("spring_bookings.csv", data, "text/csv")]),
            LBL("encrypt", "encrypt_over_limit", "¶31", T(subjects=501, kinds=["name_list"]), "501 names: one over the list limit",
                list_rows=501, list_cols=["surname", "forename", "ref", "course"]))


@sc
def over_fwd_two_records():
    s, b = STAFF["esther"], C["bw_prac"]
    coach = C["dea"]
    a, c = Person(), Person()
    inner = Mail()
    inner.paras("Two referrals for Pathways:")
    for p in (a, c):
        inner.paras("Name: %s | NINO: %s | Address: %s | Tel: %s | Disability status: anxiety and depression" % (p.name, nsp(p.nino), p.address, p.mobile))
    inner.para("Sandra Kowalczyk, DEA, Crawley Jobcentre")
    m = Mail()
    greet(m, b.first).paras("Forwarding the DEA\u2019s referrals for the joint starts.")
    m.sig(s, LOGO, short=True)
    m.quote(who(coach), outlook_sent(datetime.datetime(2026, 12, 3, 10, 44)), "WHP Data Exchange", "Pathways referrals", inner)
    return (omail(s, [b], "FW: Pathways referrals", m),
            LBL("encrypt", "encrypt_over_limit", "C15 ¶53", T(ninos=2, special=["mental_health"], contact=True, subjects=2),
                "forwarded DWP e-mail with two participant records", fwd_record=2))


# ============================================================== encrypt: forbidden list columns
def FCL(notes, n, cols, **t):
    return LBL("encrypt", "encrypt_list_forbidden_column", "¶30", T(subjects=n, kinds=["name_list"], **t), notes, list_rows=n, list_cols=cols)


@sc
def fc_fair_mobiles():
    s, v = STAFF["poppy"], C["venue"]
    ps = people(22)
    x = xlsx_bytes([("Pre-booked", ["Name", "Mobile", "Slot"], [[p.name, p.mobile, "%02d:00" % (10 + i % 4)] for i, p in enumerate(ps)])])
    m = Mail()
    greet(m, "Bookings").paras("Pre-booked visitors for the quiet-hour slots, so your stewards can text them if the hall is running late.")
    m.sig(s, LOGO)
    return omail(s, [v], "Quiet-hour pre-bookings", m, [attach("Quiet hour bookings.xlsx", x)]), FCL("list with a mobile-number column", 22, ["name", "mobile", "time"], contact=True)


@sc
def fc_shortlist_dob():
    s, e = STAFF["harpreet"], C["bs_store"]
    ps = people(8)
    m = Mail()
    greet(m, e.first).paras("Shortlist for the January recruitment day. I\u2019ve included dates of birth as you need to check who is under 18 for the late shifts.")
    m.table(["Name", "Date of birth", "Interview"], [[p.name, p.dob.strftime("%d/%m/%Y"), "%02d:%02d" % (9 + i // 2, 30 * (i % 2))] for i, p in enumerate(ps)])
    m.sig(s, LOGO)
    return omail(s, [e], "Recruitment day shortlist", m), FCL("shortlist table with a date-of-birth column", 8, ["name", "dob", "time"], dob=True)


@sc
def fc_caseload_postcodes():
    s, b = STAFF["tayo"], C["bw_mgr"]
    ps = people(30)
    data = csv_text(["Surname", "Forename", "Postcode", "Next contact"], list_rows(ps, ["surname", "forename", "postcode", "date"])).encode()
    m = Mail()
    greet(m, b.first).paras("Joint in-work caseload for route planning, with postcodes.")
    m.sig(s, LOGO)
    return omail(s, [b], "Joint caseload for route planning", m, [attach("joint_caseload.csv", data)]), FCL("list with a home postcode column", 30, ["surname", "forename", "postcode", "date"], contact=True)


@sc
def fc_dwp_uc_column():
    s, d = STAFF["rhiannon"], C["wc_maid"]
    ps = people(14)
    x = xlsx_bytes([("In work", ["Name", "NINO", "Start date", "UC award (last)"], list_rows(ps, ["name", "nino", "date", "uc"]))])
    m = Mail()
    greet(m, d.first).paras("The participants now in work, with their last UC award so you can flag who will come off UC.")
    m.sig(s, LOGO)
    return (omail(s, [d], "In-work participants \u2013 UC check", m, [attach("In work UC check.xlsx", x)]),
            FCL("list to DWP with a UC award column", 14, ["name", "nino", "date", "uc"], benefit=True, ninos=14))


# ============================================================== encrypt: letters of other kinds
def LK(notes, contact=False):
    return LBL("encrypt", "encrypt_letter_kind", "¶25", T(contact=contact, subjects=1, kinds=["letter_other"]), notes, letters=["letter_other"])


@sc
def lk_reference_letter():
    s, e = STAFF["aoife"], C["bs_people"]
    p = Person()
    d = docx_bytes("Reference", [("p", ORG), ("p", "4 December 2026"), ("h2", "Reference for %s" % p.name),
                                 ("p", "To whom it may concern,"), ("p", "I have worked with %s since March as %s employment adviser. %s has attended every "
                                                                         "appointment, completed a retail skills course and volunteered at a charity shop two days a week." % (p.first, p.his, p.He)),
                                 ("p", "I recommend %s without hesitation." % p.him), ("p", "Aoife Brannigan, Employment Adviser")])
    m = Mail()
    greet(m, "People Team").paras("Character reference for %s attached." % p.first)
    m.sig(s, LOGO)
    return omail(s, [e], "Reference \u2013 store colleague applicant", m, [attach("Reference - %s.docx" % p.last, d)]), LK("a reference letter: not an interview, offer or appointment letter")


@sc
def lk_participation_confirmation():
    s, a = STAFF["aoife"], C["agent"]
    p = Person()
    pdf = pdf_bytes("Confirmation", [[("p", ORG), ("p", p.name), ("p", p.address), ("p", "7 December 2026"), ("h2", "Confirmation of participation"),
                                      ("p", "This is to confirm that %s is taking part in the Restart programme with Weald & Downs Employment Services "
                                            "and attends weekly appointments." % p.name), ("p", "Aoife Brannigan, Employment Adviser")]])
    m = Mail()
    greet(m, "Lettings team").paras("As requested by %s for the tenancy application, our confirmation letter is attached." % p.first)
    m.sig(s, LOGO)
    return omail(s, [a], "Confirmation letter for tenancy application", m, [attach("Confirmation of participation.pdf", pdf)]), LK("confirmation-of-participation letter to a lettings agent", contact=True)


@sc
def lk_lease_support_letter():
    s, l = STAFF["callum"], C["lettings"]
    p = Person()
    d = docx_bytes("Letter of support", [("p", ORG), ("p", "8 December 2026"), ("h2", "Letter of support \u2013 Unit 4, Hop Farm Workshops"),
                                         ("p", "%s has been on our start-up strand since May and has traded successfully as a sole trader for six months. "
                                               "We support %s application for a 12-month licence of Unit 4." % (p.name, p.his)), ("p", "Callum McTeague, Self-Employment Strand Lead")])
    m = Mail()
    greet(m, "Commercial team").paras("Our letter of support for %s\u2019s workshop application." % p.first)
    m.sig(s, LOGO)
    return omail(s, [l], "Letter of support \u2013 Unit 4", m, [attach("Letter of support - Unit 4.docx", d)], date=datetime.datetime(2026, 12, 8, 16, 2, 44)), LK("start-up strand support letter for a lease")


# ============================================================== encrypt: DWP processes outside their conditions
@sc
def dp_eb_form_prap():
    s, d = BOX["dx"], C["prap"]
    p = Person()
    x = xlsx_bytes([("Form", ["Field", "Value"], [["Customer name", p.name], ["NINO", p.nino], ["Date employment commenced", "07/12/2026"]])])
    text = "WHP Employment Business Customer Form attached.\n\nWHP Data Exchange\n"
    return (pmail(s, [d], "WHP Employment Business Customer Form", text, [attach("WHP EB customer form.xlsx", x)], style="o365", date=datetime.datetime(2026, 12, 8, 9, 31, 26)),
            LBL("encrypt", "encrypt_dwp_process", "C15 ¶13-14 ¶49", T(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]),
                "EB customer form to prap.support@, which is not the designated DWP inbox in this world", records=["whp_eb_customer_form"]))


@sc
def dp_exit_from_staff():
    s, d = STAFF["esther"], C["dwp_inbox"]
    p = Person()
    d1 = docx_bytes("Exit report", [("h", "WHP Exit Report"), ("kv", [("Participant surname", p.last), ("NINO", p.nino), ("Exit date", "08/12/2026")]),
                                    ("h2", "Summary"), ("p", "Engaged well; progress limited by chronic fatigue syndrome."), ("h2", "Next steps"), ("p", "DEA review.")])
    m = Mail()
    m.paras("Exit report attached.")
    m.sig(s, LOGO, short=True)
    return (omail(s, [d], "WHP Exit Report", m, [attach("Exit report.docx", d1)], date=datetime.datetime(2026, 12, 9, 12, 18, 40)),
            LBL("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=1, special=["health"], subjects=1, kinds=["exit_report"]),
                "exit report sent from a member of staff's own address, not the designated inbox", records=["exit_report"]))


@sc
def dp_two_cocs():
    s, d = BOX["dx"], C["dwp_inbox"]
    a, b = Person(), Person()
    atts = []
    for p, change in ((a, "Started work 30/11/2026, 16 hours, Brightside Retail"), (b, "Admitted to hospital 01/12/2026, expected stay two weeks")):
        atts.append(attach("WHP07 CoC - %s.docx" % p.last, docx_bytes("WHP07", [("h", "WHP07 Change of Circumstances"),
                                                                              ("kv", [("Participant", p.name), ("NINO", nsp(p.nino)), ("Change", change)])])))
    text = "Two WHP07 change of circumstances notifications attached.\n\nWHP Data Exchange\n"
    return (pmail(s, [d], "WHP07 Change of Circumstances x2", text, atts, style="o365"),
            LBL("encrypt", "encrypt_dwp_process", "C15 ¶49", T(ninos=2, special=["health"], subjects=2, kinds=["change_of_circumstances"]),
                "two CoC records in one e-mail between the designated inboxes", records=["change_of_circumstances"] * 2))


# ============================================================== encrypt: to the claimant, not covered
def CR(notes, addr_, **t):
    f = t.pop("facts", {})
    return LBL("encrypt", "encrypt_claimant_recipient", "¶17 ¶24-28", T(subjects=1, **t), notes, subject_addr=[addr_], **f)


@sc
def cr_cv_with_dob():
    s = STAFF["aoife"]
    p = consented(Person())
    m = Mail()
    greet(m, p.first).paras("Your CV is attached. I\u2019ve left your date of birth on as you asked, but most employers don\u2019t need it.")
    m.sig(s, LOGO, short=True)
    return (omail(BOX["participant"], [p.email], "Your CV", m, [attach(cvname(p, "pdf"), pdf_bytes("CV", [cv_blocks(p, dob=True)]))]),
            CR("CV with DOB to a consented participant: ¶17 forbids DOB", p.email, dob=True, contact=True, kinds=["cv"], facts={"cv_count": 1}))


@sc
def cr_two_cv_versions():
    s = STAFF["chloe"]
    p = consented(Person())
    a = docx_bytes("CV", cv_blocks(p))
    b = docx_bytes("CV", cv_blocks(p, referee=False))
    m = Mail()
    greet(m, p.first).paras("Two versions of your CV as promised \u2013 one for care jobs and one for hotels.")
    m.sig(s, LOGO, short=True)
    return (omail(BOX["participant"], [p.email], "Your CVs (two versions)", m, [attach("CV care - %s.docx" % p.last, a), attach("CV hotels - %s.docx" % p.last, b)]),
            CR("two CVs of the same person to a consented address: ¶17 allows one", p.email, contact=True, kinds=["cv"], facts={"cv_count": 2}))


@sc
def cr_inwork_review_letter():
    s = BOX["inwork"]
    p = Person()
    d = docx_bytes("Review", [("p", ORG), ("p", p.name), ("p", p.address), ("h2", "Your 13-week in-work review"),
                              ("p", "Dear %s, thank you for meeting me. We agreed that your back pain is better since the new chair, and that you will "
                                    "ask your GP about the physiotherapy referral. Next review: 12 March 2027." % p.first), ("p", "Tayo Ogundipe")])
    m = Mail()
    greet(m, p.first).paras("A copy of your review letter is attached.")
    m.sig(STAFF["tayo"], LOGO, short=True)
    return (omail(s, [p.email], "Your in-work review", m, [attach("13-week review.docx", d)]),
            CR("review letter (other letter) with health details, to the participant", p.email, special=["health"], contact=True, kinds=["letter_other"],
               facts={"letters": ["letter_other"]}))


@sc
def cr_payslip_uc_deduction():
    s = STAFF["rhiannon"]
    p = Person()
    m = Mail()
    greet(m, p.first).paras("I\u2019ve checked your November payslip against your UC statement: your earnings of £1,104.00 mean your Universal Credit "
                            "for the period goes down to £286.40. That\u2019s expected \u2013 you are still better off by about £390 a month.")
    m.sig(s, LOGO, short=True)
    return (omail(BOX["inwork"], [p.email], "Your payslip check", m),
            CR("payslip check with UC amount, to the participant's own address", p.email, benefit=True))


# ============================================================== sender tag, password, scans
@sc
def tag_names_list():
    s, e = STAFF["dominic"], C["acme_hr"]
    ps = people(6)
    m = Mail()
    greet(m, e.first).paras("Slots for Thursday (sending encrypted to be safe):")
    m.table(["Candidate", "Time"], [[p.initial_surname(), "%02d:00" % (9 + i)] for i, p in enumerate(ps)])
    m.sig(s, LOGO, short=True)
    return (omail(s, [e], "[ENCRYPT] Assessment slots \u2013 Thursday", m),
            LBL("encrypt", "encrypt_sender_tag", "RULES.md sender-requested encryption", T(subjects=6, kinds=["name_list"]),
                "[ENCRYPT] on a names list that would relay", list_rows=6, list_cols=["initial", "surname", "time"]))


@sc
def tag_re_nodata():
    s, b = STAFF["rhiannon"], C["bw_mgr"]
    inner = Mail()
    inner.paras("Rhiannon, notes from the partnership meeting attached. Owen")
    m = Mail()
    greet(m, b.first).paras("Thanks \u2013 all fine from our side. I\u2019ll bring the actions to the January meeting.")
    m.sig(s, LOGO, short=True)
    m.quote(who(b), outlook_sent(datetime.datetime(2026, 12, 2, 16, 0)), s.name, "[ENCRYPT] Partnership meeting notes", inner)
    return (omail(s, [b], "RE: [ENCRYPT] Partnership meeting notes", m, es=18),
            LBL("encrypt", "encrypt_sender_tag", "RULES.md sender-requested encryption", T0, "RE: [ENCRYPT] with nothing about a claimant"))


@sc
def tag_fw_one_name():
    s, e = STAFF["lowenna"], C["gf_mgr"]
    p = Person()
    inner = Mail()
    inner.paras("%s confirmed for tomorrow 10am." % p.name)
    m = Mail()
    greet(m, e.first).paras("See below.")
    m.sig(s, LOGO, short=True)
    m.quote(s.name, outlook_sent(datetime.datetime(2026, 12, 15, 9, 0)), "Siân Llewellyn", "interview tomorrow", inner)
    return (omail(s, [e], "FW: [ENCRYPT] interview tomorrow", m),
            LBL("encrypt", "encrypt_sender_tag", "RULES.md sender-requested encryption", T(subjects=1), "FW: [ENCRYPT] on a one-name mail", name_only=True))


def PW(notes):
    return LBL("encrypt", "encrypt_password_protected", "RULES.md (password-protected: encrypt by default)", T0, notes, pw=True)


@sc
def pw_zipcrypto_payslips():
    s, b = STAFF["rhiannon"], C["bw_money"]
    ps = people(2)
    files = [("payslip_%d.pdf" % (i + 1), pdf_bytes("Payslip", [[("h", "Payslip"), ("p", "%s gross £480.00" % p.name)]])) for i, p in enumerate(ps)]
    m = Mail()
    greet(m, b.first).paras("Payslips for the budgeting sessions, zipped with the password I gave you by phone.")
    m.sig(s, LOGO, short=True)
    return omail(s, [b], "Payslips (zipped)", m, [attach("payslips.zip", zipcrypto_bytes(files, "Weald2026!"))]), PW("ZipCrypto-encrypted zip")


@sc
def pw_pdf_aes_business_plan():
    s, e = STAFF["francesca"], C["eh_mentor"]
    p = Person()
    pdf = pdf_bytes("Business plan (protected)", [cv_blocks(p)[:2] + [("p", "Business plan and bank statements.")]], password="Hub-4471")
    m = Mail()
    greet(m, e.first).paras("Business plan PDF attached; password sent separately by text.")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "Business plan (protected PDF)", m, [attach("Business plan - protected.pdf", pdf)]), PW("AES-256 password-protected PDF")


@sc
def pw_winzip_aes_cvs():
    s, e = STAFF["bartosz"], C["acme_rec"]
    ps = people(3)
    files = [("Candidate %d CV.docx" % (i + 1), docx_bytes("CV", cv_blocks(p))) for i, p in enumerate(ps)]
    m = Mail()
    greet(m, "Recruitment team").paras("CVs in a protected zip as your IT asked. Password to follow by phone.")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "CVs (protected zip)", m, [attach("CVs_protected.zip", aes_zip_bytes(files, "Acme#Jan27", seed_for("aeszip")))]), PW("WinZip AES-256 zip")


def SCN(notes):
    return LBL("encrypt", "encrypt_no_text_scan", "RULES.md (images and scans with no text layer: encrypt by default)", T0, notes, scan=True)


@sc
def scan_efax_image_pdf():
    s, n = STAFF["dominic"], C["ns_courses"]
    inner = Mail()
    for ln in ["You have received a 2 page fax.", "Sender fax number: 01632 960833", "Received: 9 Dec 2026 13:02", "Weald & Downs eFax"]:
        inner.p(ln)
    m = Mail()
    greet(m, "Courses team").paras("Rother Valley faxed the signed course forms back \u2013 attached.")
    m.sig(s, LOGO, short=True)
    m.quote("Weald & Downs eFax <efax@%s>" % INT, outlook_sent(datetime.datetime(2026, 12, 9, 13, 2)), s.name, "Fax from 01632 960833 (2 pages)", inner)
    return omail(s, [n], "FW: Fax from 01632 960833 (2 pages)", m, [attach("FAX_20261209_130244.pdf", scan_pdf(seed_for("efaxscan"), 2))]), SCN("e-fax PDF of images only, no text layer")


@sc
def scan_tiff_fax_dwp():
    s, d = STAFF["esther"], C["dea"]
    m = Mail()
    greet(m, d.first).paras("The signed consent form came in by fax (TIFF attached).")
    m.sig(s, LOGO, short=True)
    return omail(s, [d], "Signed consent form (fax)", m, [attach("FAX_20261210_094511.tif", tiff_fax_bytes(seed_for("tiff")))]), SCN("two-page Group 4 TIFF fax")


@sc
def scan_jpeg_payslip_photo():
    s, b = STAFF["chloe"], C["bw_money"]
    m = Mail()
    greet(m, b.first).paras("Photo of the payslip from this morning\u2019s session.")
    m.sig(s, LOGO, short=True)
    img = scan_image(seed_for("jpegslip"), 1000, 1400)
    return omail(s, [b], "Payslip photo", m, [attach("IMG_4471.jpg", jpeg_bytes(img))]), SCN("JPEG photo of a document")


# ============================================================== reject
def RJ(notes, a):
    return LBL("reject", "reject_cv_no_consent", "¶17", T(subjects=1, contact=True, kinds=["cv"]), notes, cv_count=1, subject_addr=[a])


@sc
def rj_cv_unconsented():
    s = STAFF["aoife"]
    p = Person()
    m = Mail()
    greet(m, p.first).paras("Here is the CV we worked on today.")
    m.sig(s, LOGO, short=True)
    return omail(BOX["participant"], [p.email], "Your CV", m, [attach(cvname(p, "docx"), docx_bytes("CV", cv_blocks(p)))]), RJ("CV to an address not in the consent register", p.email)


@sc
def rj_cv_second_address():
    s = STAFF["chloe"]
    p = consented(Person())
    other = "%s.%s%d@%s" % (re.sub(r"[^a-z]", "", p.first.lower()), re.sub(r"[^a-z]", "", p.last.lower()), R.randint(100, 999),
                            "yahoo.co.uk" if not p.email.endswith("yahoo.co.uk") else "btinternet.com")
    m = Mail()
    greet(m, p.first).paras("Sending your CV to this other e-mail address as you asked on the phone.")
    m.sig(s, LOGO, short=True)
    return omail(BOX["participant"], [other], "CV", m, [attach(cvname(p, "pdf"), pdf_bytes("CV", [cv_blocks(p)]))]), RJ("participant's second address; only the first is in the register", other)


@sc
def rj_cv_encrypt_tag():
    s = STAFF["tayo"]
    p = Person()
    m = Mail()
    greet(m, p.first).paras("Your CV, sent encrypted.")
    m.sig(s, LOGO, short=True)
    return omail(BOX["participant"], [p.email], "[ENCRYPT] Your CV", m, [attach(cvname(p, "pdf"), pdf_bytes("CV", [cv_blocks(p)]))]), RJ("unconsented CV with [ENCRYPT]: reject still wins", p.email)


@sc
def rj_cv_rtf_staff_address():
    s = STAFF["mehmet"]
    p = Person(domain="yahoo.co.uk")
    m = Mail()
    greet(m, p.first).paras("RTF version of your CV attached, as the PDF wouldn\u2019t open on your tablet.")
    m.sig(s, LOGO, short=True)
    return omail(s, [p.email], "CV \u2013 RTF version", m, [attach(cvname(p, "rtf"), rtf_bytes(cv_blocks(p)))]), RJ("RTF CV from a staff address to an unconsented yahoo.co.uk address", p.email)


def UN(notes):
    return LBL("reject", "reject_uninspectable", "RULES.md (content that cannot be inspected)", T0, notes, opaque=True)


def _junk(name, n):
    rr = random.Random(seed_for("junk-" + name))
    return bytes(rr.randint(0, 255) for _ in range(n))


def _un(s, to, subject, text, a, note):
    m = Mail()
    m.paras(text)
    m.sig(s, LOGO, short=True)
    return omail(s, [to], subject, m, [a]), UN(note)


@sc
def un_pptx_random():
    return _un(STAFF["gareth"], C["rmg"], "Deck for Thursday", "Updated deck attached.", attach("WDES deck v2.pptx", _junk("pptx", 9000)), "named .pptx, bytes are random")


@sc
def un_xlsm_truncated():
    full = xlsx_bytes([("Bookings", ["a", "b"], [[i, i * 2] for i in range(300)])], macro=True)
    return _un(STAFF["bartosz"], C["ns_mgr"], "Bookings workbook", "Workbook attached.", attach("Bookings.xlsm", full[:len(full) // 3]), "truncated .xlsm")


@sc
def un_docx_bad_deflate():
    full = docx_bytes("Notes", [("p", "Visit notes " * 80)])
    b = bytearray(full)
    i = full.find(b"word/document.xml") + 60
    for k in range(i, i + 400):
        b[k] = (b[k] * 7 + 13) & 0xFF
    return _un(STAFF["tayo"], C["acme_hr"], "Visit notes", "Notes from today attached.", attach("Visit notes.docx", bytes(b)), "DOCX whose document.xml deflate stream is corrupted")


@sc
def un_efax_truncated_pdf():
    full = pdf_bytes("Fax", [[("p", "Fax page text " * 60)], [("p", "Second page " * 60)]])
    return _un(STAFF["lowenna"], C["gf_rec"], "FW: Fax from 01632 960588 (2 pages)", "Forwarding the fax \u2013 it looks like it didn\u2019t come through fully.",
               attach("FAX_20261211_101500.pdf", full[:len(full) // 2]), "transmission-damaged (truncated) e-fax PDF")


@sc
def un_zip_corrupt_member():
    notes = "\r\n".join("%s stand %d: %s" % (o, i, "banner, table, two chairs") for i, o in enumerate(["Acme", "Greenfield", "CityBuild", "Harbourview", "Brightside"] * 12)).encode()
    z = bytearray(zip_bytes([("a.docx", docx_bytes("A", [("p", "Text " * 200)])), ("b.txt", notes)]))
    info = zipfile.ZipFile(io.BytesIO(bytes(z))).getinfo("b.txt")
    j = info.header_offset + 30 + len(b"b.txt") + 8
    for k in range(j, j + min(200, info.compress_size - 16)):
        z[k] ^= 0x5A
    return _un(STAFF["poppy"], C["print"], "Files for print", "Files zipped.", attach("files.zip", bytes(z)), "zip whose second member is corrupted (CRC/deflate fails)")


@sc
def un_rfc822_pdf_garbage():
    s, e = STAFF["harpreet"], C["bs_people"]
    inner_root = mixed(plain_body("Report attached.\n"), [attach("report.pdf", b"%PDF-1.4\n" + _junk("rfc822pdf", 5000))])
    set_boundaries(inner_root, "un-rfc-inner", "plain")
    inner = message_bytes(("Harpreet Sandhu", s.email), [C["bs_store"].email], "Report", inner_root, datetime.datetime(2026, 11, 27, 10, 0, 0),
                          "<inner.un.1@provider.example.org.uk>", style="plain")
    m = Mail()
    m.paras("Forwarding my earlier e-mail.")
    m.sig(s, LOGO, short=True)
    return omail(s, [e], "FW: Report", m, [rfc822_leaf(inner, "Report.eml")]), UN("attached message whose PDF is a header then garbage")


@sc
def un_winmail_dat():
    return _un(STAFF["gareth"], C["cb_edi"], "Contract schedule", "Schedule attached.", attach("winmail.dat", _junk("tnef", 4000), "application/ms-tnef"),
               "winmail.dat declared application/ms-tnef but no TNEF signature: random bytes")


@sc
def un_odt_garbage():
    return _un(STAFF["poppy"], C["venue_mgr"], "Rota (updated)", "Updated rota.", attach("Fair staff rota v2.odt", b"PK\x03\x04" + _junk("odt", 3000)), "ODT: zip magic then garbage")


@sc
def un_pdf_header_garbage():
    return _un(STAFF["ikram"], C["eh_mentor"], "Cash-flow print-out", "PDF print-out attached.", attach("Cashflow print.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + _junk("pdfhg", 6000)),
               "PDF header then garbage")


# ============================================================== building the messages
DATE_RE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December|"
                     r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}),? (\d{1,2}):(\d{2})\b")
CHAT_RE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})\b")
WDAY_RE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday|s)?,? (?:the )?(\d{1,2})(?:st|nd|rd|th)? "
                     r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: (\d{4}))?\b")
MON3 = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}


def _mon(name):
    return MON3[name[:3]]


def _event_year(mon, year):
    if year:
        return int(year)
    return 2027 if mon <= 3 else 2026


def body_texts(raw):
    """plain-text view of the bodies of a built message (no attachments): used to date it"""
    from email import message_from_bytes, policy as _pol
    m = message_from_bytes(raw, policy=_pol.default)
    out = []
    for part in m.walk():
        if part.is_multipart() or part.get_filename():
            continue
        if part.get_content_maintype() == "text":
            try:
                t = part.get_content()
            except Exception:
                continue
            out.append(html_to_text(t) if part.get_content_subtype() == "html" else t)
    return "\n".join(out)


def choose_date(name, sp, raw):
    """a working day 1-18 December 2026, after every timestamp quoted in the message and, where possible,
    before the first weekday-dated December event it mentions"""
    if sp["date"] is not None:
        return sp["date"]
    rr = random.Random(seed_for("date:" + name))
    text = body_texts(raw) + "\n" + sp["subject"]
    lower = datetime.datetime(2026, 12, 1, 8, 0)
    for mm in DATE_RE.finditer(text):
        try:
            dt = datetime.datetime(int(mm.group(3)), _mon(mm.group(2)), int(mm.group(1)), int(mm.group(4)), int(mm.group(5)))
        except ValueError:
            continue
        if dt.year == 2026 and dt.month == 12:
            lower = max(lower, dt + datetime.timedelta(minutes=7))
    for mm in CHAT_RE.finditer(text):
        try:
            dt = datetime.datetime(int(mm.group(3)), int(mm.group(2)), int(mm.group(1)), int(mm.group(4)), int(mm.group(5)))
        except ValueError:
            continue
        if dt.year == 2026 and dt.month == 12:
            lower = max(lower, dt + datetime.timedelta(minutes=7))
    upper = None
    for mm in WDAY_RE.finditer(text):
        mon = _mon(mm.group(3))
        y = _event_year(mon, mm.group(4))
        if y == 2026 and mon == 12:
            d = datetime.date(2026, 12, int(mm.group(2)))
            if d > lower.date() and (upper is None or d < upper):
                upper = d
    days = [d for d in WORKDAYS if d >= lower.day and (upper is None or d < upper.day)]
    if not days:
        days = [d for d in WORKDAYS if d >= lower.day] or [WORKDAYS[-1]]
    if lower > datetime.datetime(2026, 12, 1, 8, 0):
        days = days[:2]   # a reply or forward follows what it quotes within a working day or so
    d = rr.choice(days)
    start = lower if d == lower.day else datetime.datetime(2026, 12, d, 8, 0)
    minute = rr.randint(start.hour * 60 + start.minute, max(start.hour * 60 + start.minute, 17 * 60 + 50))
    return datetime.datetime(2026, 12, d, minute // 60, minute % 60, rr.randint(0, 59))


def message_id(name, style):
    h = hashlib.sha256(("mid:" + name).encode()).hexdigest().upper()
    if style == "o365":
        return "<LO2P265MB%s%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (h[:4], h[4:16], h[16:20])
    if style == "outlook":
        return "<000001dd6a%s$%s$%s@provider.example.org.uk>" % (h[:6].lower(), h[6:14].lower(), h[14:22].lower())
    return "<%s.%s@provider.example.org.uk>" % (h[:16].lower(), h[16:24].lower())


def build(name, sp):
    set_boundaries(sp["root"], name, sp["style"])
    mid = message_id(name, sp["style"])
    args = dict(cc=sp["cc"], extra_headers=sp["headers"], style=sp["style"], from_name=sp["from_name"],
                reply_to=sp["reply_to"], in_reply_to=sp["in_reply_to"])
    draft = message_bytes(sp["sender"], sp["to"], sp["subject"], sp["root"], datetime.datetime(2026, 12, 1, 9, 0), mid, **args)
    date = choose_date(name, sp, draft)
    raw = message_bytes(sp["sender"], sp["to"], sp["subject"], sp["root"], date, mid, **args)
    crlf = sp["crlf"] if sp["crlf"] is not None else (seed_for("crlf:" + name) % 8 == 0)
    if crlf and b"\r" not in raw:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def rcpts(sp):
    return [addr(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


EXTRA_CONSENT = ["leanne.hobbs14@gmail.com", "r.pennock52@btinternet.com"]  # consented participants with no mail in this set


def build_all():
    """everything the set consists of, in memory: {relative path: bytes}, plus the label records"""
    _USED_NINOS.clear()
    del CONSENT[:]
    built = []
    for fn in SCEN:
        reseed(fn.__name__)
        sp, lab = fn()
        built.append((fn.__name__, sp, lab))
    order = list(range(len(built)))
    random.Random(seed_for("order")).shuffle(order)
    files, labels = {}, []
    for pos, k in enumerate(order):
        name, sp, lab = built[k]
        hid = "%s-%03d" % (PREFIX, pos + 1)
        files["mail/%s.eml" % hid] = build(name, sp)
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": addr(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": name})
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode("utf-8")
    files["consent.txt"] = "".join(a + "\n" for a in sorted(set(CONSENT + EXTRA_CONSENT))).encode()
    return files, labels


def digest(files):
    h = hashlib.sha256()
    for k in sorted(files):
        h.update(k.encode() + b"\0" + hashlib.sha256(files[k]).digest())
    return h.hexdigest()


def write_all(files):
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    for rel, blob in files.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(blob)


def read_disk():
    files = {}
    for rel in ("labels.jsonl", "consent.txt"):
        pth = os.path.join(HERE, rel)
        if os.path.exists(pth):
            files[rel] = open(pth, "rb").read()
    if os.path.isdir(MAIL_DIR):
        for fn in os.listdir(MAIL_DIR):
            files["mail/" + fn] = open(os.path.join(MAIL_DIR, fn), "rb").read()
    return files


# ============================================================== self-check: reading the messages back
class Uninspectable(Exception):
    pass


def html_to_text(h):
    alts = [htmlmod.unescape(a) for a in re.findall(r"""\b(?:alt|title)\s*=\s*"([^"]*)\"""", h, flags=re.I)]
    h = re.sub(r"(?is)<(style|script)\b[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>|</div>|</table>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h).replace("\xa0", " ") + ("\n" + "\n".join(alts) if alts else "")


def rtf_to_text(b):
    s = b.decode("latin-1")
    if not s.startswith("{\\rtf"):
        raise Uninspectable("not RTF")
    if s.count("{") != s.count("}"):
        raise Uninspectable("unbalanced RTF groups")
    for grp in ("fonttbl", "colortbl", "*\\generator", "info"):
        s = re.sub(r"\{\\%s(?:[^{}]|\{[^{}]*\})*\}" % re.escape(grp), "", s)
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            mm = re.match(r"\\'([0-9a-f]{2})", s[i:])
            if mm:
                out.append(bytes([int(mm.group(1), 16)]).decode("cp1252", "replace"))
                i += 4
                continue
            mm = re.match(r"\\u(-?\d+)\??", s[i:])
            if mm:
                v = int(mm.group(1))
                out.append(chr(v if v >= 0 else v + 65536))
                i += len(mm.group(0))
                continue
            mm = re.match(r"\\([a-z]+)(-?\d+)? ?", s[i:])
            if mm:
                if mm.group(1) in ("par", "line", "row"):
                    out.append("\n")
                elif mm.group(1) == "cell":
                    out.append("\t")
                i += len(mm.group(0))
                continue
            out.append(s[i + 1:i + 2])
            i += 2
            continue
        if c in "{}\r\n":
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def xml_texts(blob):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(blob)
    return "\n".join(t for t in ("".join(el.itertext()) if len(el) == 0 else (el.text or "") for el in root.iter()) if t and t.strip())


def decode_text_file(blob):
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return blob.decode("utf-16")
    try:
        return blob.decode("utf-8")
    except UnicodeDecodeError:
        return blob.decode("cp1252", "replace")


def att_text(fn, blob, flags, depth=0):
    """text of one attachment (recursing into containers); adds 'protected' / 'scan' to flags; raises Uninspectable"""
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
    try:
        if ext == "pdf":
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                flags.add("protected")
                return ""
            parts = [pg.extract_text() or "" for pg in r.pages]
            for fname, fld in (r.get_fields() or {}).items():
                parts.append("%s: %s" % (fname, fld.get("/V", "")))
            t = "\n".join(parts)
            if not t.strip():
                imgs = sum(len(pg.images) for pg in r.pages)
                if not imgs:
                    raise Uninspectable("PDF with neither text nor images")
                flags.add("scan")
            return t
        if ext in ("docx", "xlsx", "xlsm", "pptx", "odt", "zip"):
            z = zipfile.ZipFile(io.BytesIO(blob))
            if any(i.flag_bits & 1 for i in z.infolist()):
                flags.add("protected")
                return "\n".join(i.filename for i in z.infolist())
            bad = z.testzip()
            if bad is not None:
                raise Uninspectable("bad CRC in %s" % bad)
            names = z.namelist()
            if ext == "zip":
                parts = []
                for nm in names:
                    if nm.endswith("/"):
                        continue
                    parts.append(nm)
                    parts.append(att_text(nm, z.read(nm), flags, depth + 1))
                return "\n".join(parts)
            if ext == "docx":
                if "word/document.xml" not in names:
                    raise Uninspectable("no word/document.xml")
                import docx as _docx
                _docx.Document(io.BytesIO(blob))
                return "\n".join(xml_texts(z.read(nm)) for nm in names
                                 if re.match(r"word/(document|header\d*|footer\d*|comments|footnotes|endnotes)\.xml$", nm))
            if ext in ("xlsx", "xlsm"):
                import openpyxl as _ox
                wb = _ox.load_workbook(io.BytesIO(blob), read_only=True, data_only=False)
                rows = []
                for ws in wb.worksheets:
                    rows.append("[sheet %s]" % ws.title)
                    for row in ws.iter_rows(values_only=True):
                        rows.append("\t".join("" if v is None else str(v) for v in row))
                return "\n".join(rows)
            if ext == "pptx":
                if "ppt/presentation.xml" not in names:
                    raise Uninspectable("no ppt/presentation.xml")
                return "\n".join(xml_texts(z.read(nm)) for nm in sorted(names)
                                 if re.match(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml$", nm))
            if ext == "odt":
                if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
                    raise Uninspectable("ODT mimetype")
                return xml_texts(z.read("content.xml"))
        if ext == "rtf":
            return rtf_to_text(blob)
        if ext in ("csv", "txt", "tsv", "vtt", "ics"):
            return decode_text_file(blob)
        if ext == "vcf":
            t = decode_text_file(blob)
            if not t.startswith("BEGIN:VCARD"):
                raise Uninspectable("not a vCard")
            return t.replace("\\n", "\n").replace("\\,", ",")
        if ext in ("jpg", "jpeg", "png", "tif", "tiff"):
            from PIL import Image
            im = Image.open(io.BytesIO(blob))
            im.verify()
            flags.add("scan")
            return ""
        if ext == "dat":
            if blob[:4] != b"\x78\x9f\x3e\x22":
                raise Uninspectable("winmail.dat without a TNEF signature")
            return ""
        if ext == "eml":
            from email import message_from_bytes, policy as _pol
            return msg_text(message_from_bytes(blob, policy=_pol.default), flags, depth + 1)
    except Uninspectable:
        raise
    except Exception as ex:
        raise Uninspectable("%s: %s: %s" % (fn, type(ex).__name__, ex))
    raise Uninspectable("%s: unknown type" % fn)


CONTENT_HEADERS = ("subject", "comments", "keywords", "thread-topic")


def header_text(m):
    from email.utils import getaddresses
    out = []
    for k, v in m.items():
        kl = k.lower()
        if kl in CONTENT_HEADERS or kl.startswith("x-"):
            out.append(str(v))
        elif kl in ("from", "to", "cc", "reply-to"):
            out += [n for n, _ in getaddresses([str(v)]) if n]
    return "\n".join(out)


def msg_text(m, flags, depth=0):
    """all readable content of a message: content headers, bodies, attachments (recursive)"""
    out = [header_text(m)]

    def walk(part):
        ct = part.get_content_type()
        if ct == "application/pkcs7-mime":
            flags.add("encrypted")
            inner = smime_decrypt(part.get_payload(decode=True))
            if not inner.startswith(b"Content-Type:"):
                raise AssertionError("S/MIME envelope does not decrypt to a MIME entity")
            return
        if ct == "multipart/encrypted":
            flags.add("encrypted")
            return
        if ct == "message/rfc822":
            fn = part.get_filename()
            if fn:
                out.append(fn)
            out.append(msg_text(part.get_payload()[0], flags, depth + 1))
            return
        if part.is_multipart():
            for ch in part.get_payload():
                walk(ch)
            return
        fn = part.get_filename()
        if fn and part.get("Content-ID") and part.get_content_maintype() == "image":
            from PIL import Image
            Image.open(io.BytesIO(part.get_payload(decode=True))).verify()   # the signature logo: not a scan
            return
        if fn:
            out.append(fn)
            try:
                out.append(att_text(fn, part.get_payload(decode=True), flags, depth))
            except Uninspectable as ex:
                flags.add("uninspectable")
                flags.add("why:" + str(ex)[:80])
            return
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if "-----BEGIN PGP MESSAGE-----" in t:
                flags.add("encrypted")
            out.append(html_to_text(t) if part.get_content_subtype() == "html" else t)
            return
        flags.add("uninspectable")
    walk(m)
    return "\n".join(out)


# ---------- detectors of the self-check (its own, not the gateway's)
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])[ -]?([A-Za-z])[ -]{0,2}(\d{2})[ -]{0,2}(\d{2})[ -]{0,2}(\d{2})[ -]{0,2}([A-Da-d])(?![A-Za-z0-9])")
NINO_SPOKEN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z])\. ([A-Z])\. (\d) (\d) (\d) (\d) (\d) (\d) ([A-D])(?![A-Za-z0-9])")


def nino_ok(n):
    return not (n[0] in "DFIQUV" or n[1] in "DFIOQUV" or n[:2] in BAD_PREFIX)


def find_ninos(text):
    out = set()
    for mm in NINO_RE.finditer(text):
        n = "".join(mm.groups()).upper()
        if nino_ok(n):
            out.add(n)
    for mm in NINO_SPOKEN_RE.finditer(text):
        n = "".join(mm.groups())
        if nino_ok(n):
            out.add(n)
    return out


_MONTHS_RE = "|".join(MONTHS + [m[:3] for m in MONTHS])
DOB_RE = re.compile(r"(?is)(date of birth|d\.?o\.?b\b|\bborn\b|\bBDAY\b)[^\n]{0,3}(?:.{0,60}?)"
                    r"(\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:%s) \d{4}\b)" % _MONTHS_RE)
PHONE_RE = re.compile(r"(?<![\w£.,/:-])(?:\+44 ?|0)\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}(?![\d/])")
DRAMA = ("07700900", "01632960", "02079460", "03069990", "01134960", "01614960", "01514960", "08081570")
IBAN_RE = re.compile(r"\bGB\d{2}(?: ?[A-Z]{4})(?: ?\d{4}){3}(?: ?\d{2})\b")
CARD_RE = re.compile(r"(?<![\d-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?![\d-])")


def phones(text):
    bad = []
    for mm in PHONE_RE.finditer(text):
        d = re.sub(r"\D", "", mm.group(0))
        if d.startswith("44"):
            d = "0" + d[2:]
        if len(d) not in (10, 11):
            continue
        if not d.startswith(DRAMA):
            bad.append(mm.group(0))
    return bad


def weekday_problems(text):
    out = []
    for mm in WDAY_RE.finditer(text):
        mon = _mon(mm.group(3))
        y = _event_year(mon, mm.group(4))
        try:
            d = datetime.date(y, mon, int(mm.group(2)))
        except ValueError:
            out.append(mm.group(0))
            continue
        if d.strftime("%a") != mm.group(1):
            out.append(mm.group(0))
    return out


# ---------- the self-check's own reading of RULES.md (re-derives action and rule)
ALLOWED_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}
UCNEA1_GNS = {"ucnea1", "good_news_story"}
C15_RECORDS = {"exit_report", "change_of_circumstances", "compliance_doubt", "whp_eb_customer_form", "esf_14_20_form", "whps01_form"}
LIST_OK_COLS = {"surname", "forename", "initial", "name", "ref", "nino", "nino_sp", "date", "time", "course", "status"}
FACT_KEYS = {"encrypted", "opaque", "pw", "scan", "cv_count", "form_people", "letters", "list_rows", "list_cols", "nino_only",
             "records", "fwd_record", "name_only", "extra", "subject_addr"}


def rclass(a, consent, claim):
    dom = a.rsplit("@", 1)[-1].lower()
    if a in claim or a in consent:
        return "claimant"
    if dom in DWP_DOMAINS:
        return "dwp"
    if dom in SUPPLY:
        return "supply_chain"
    if dom == INT:
        return "internal"
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


def derive(rec, subject, consent):
    f, t, sender = rec["facts"], rec["truth"], rec["mail_from"]
    if f.get("encrypted"):
        return "relay", "already_encrypted"
    if f.get("opaque"):
        return "reject", "reject_uninspectable"
    if f.get("scan"):
        return "encrypt", "encrypt_no_text_scan"
    claim = set(f.get("subject_addr", ()))
    cls = {a: rclass(a, consent, claim) for a in rec["rcpt_to"]}
    if f.get("cv_count") and any(c == "claimant" and a not in consent for a, c in cls.items()):
        return "reject", "reject_cv_no_consent"
    if f.get("pw"):
        return "encrypt", "encrypt_password_protected"
    if "[ENCRYPT]" in subject.upper():
        return "encrypt", "encrypt_sender_tag"
    if t == T0:
        return "relay", "no_claimant_data"
    sens = bool(t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"])
    letters = f.get("letters", [])
    recs = f.get("records", [])

    def one(a, c):
        if c == "claimant":
            if f.get("cv_count"):
                if a in consent and f["cv_count"] == 1 and not sens and not f.get("extra") and not letters:
                    return "relay", "cv_to_claimant"
                return "encrypt", "encrypt_claimant_recipient"
            if letters and set(letters) <= ALLOWED_LETTERS and len(letters) <= 10 and not sens and not f.get("extra"):
                return "relay", "letters_up_to_10"
            return "encrypt", "encrypt_claimant_recipient"
        if c == "dwp" and recs:
            if set(recs) <= UCNEA1_GNS:
                if len(recs) == 1 and not f.get("extra"):
                    return "relay", "dwp_ucnea1_gns"
                return "encrypt", "encrypt_dwp_process"
            if set(recs) <= C15_RECORDS:
                if len(recs) == 1 and sender == PROV_INBOX and a == DWP_INBOX and not f.get("extra"):
                    return "relay", "dwp_c15_process"
                return "encrypt", "encrypt_dwp_process"
        if f.get("fwd_record"):
            if c == "supply_chain":
                return ("relay", "forward_subcontractor") if f["fwd_record"] == 1 and not f.get("extra") else ("encrypt", "encrypt_over_limit")
            return "encrypt", category_rule(t)
        if f.get("list_rows"):
            if c not in ("dwp", "supply_chain", "third_party"):
                return "encrypt", category_rule(t)
            if f.get("nino_only"):
                return "relay", "nino_only_list"
            if not set(f["list_cols"]) <= LIST_OK_COLS or t["dob"] or t["bank"] or t["benefit_payment"] or t["contact_details"]:
                return "encrypt", "encrypt_list_forbidden_column"
            if t["special"] or t["children"] or f.get("extra"):
                return "encrypt", category_rule(t)
            if f["list_rows"] > 500:
                return "encrypt", "encrypt_over_limit"
            return "relay", ("dwp_names_list" if c == "dwp" else "names_list_500")
        if c in ("supply_chain", "third_party"):
            if f.get("cv_count"):
                if sens or f.get("extra"):
                    return "encrypt", category_rule(t)
                return ("relay", "cvs_up_to_10") if f["cv_count"] <= 10 else ("encrypt", "encrypt_over_limit")
            if f.get("form_people"):
                if sens or f.get("extra"):
                    return "encrypt", category_rule(t)
                return ("relay", "application_forms_up_to_10") if f["form_people"] <= 10 else ("encrypt", "encrypt_over_limit")
            if letters:
                if sens or f.get("extra"):
                    return "encrypt", category_rule(t)
                if not set(letters) <= ALLOWED_LETTERS:
                    return "encrypt", "encrypt_letter_kind"
                return ("relay", "letters_up_to_10") if len(letters) <= 10 else ("encrypt", "encrypt_over_limit")
        if f.get("name_only") and c in ("dwp", "supply_chain", "third_party"):
            only_name = (t["data_subjects"] == 1 and not sens and not t["contact_details"] and not t["doc_kinds"])
            if only_name:
                return "relay", "one_name"
        return "encrypt", category_rule(t)

    ext = [(a, c) for a, c in cls.items() if c != "internal"]
    if not ext:
        return "error", "claimant data sent only internally"
    res = [one(a, c) for a, c in ext]
    enc = [r for r in res if r[0] == "encrypt"]
    return enc[0] if enc else res[0]


def check_label_shape(rec, problems):
    hid = rec["id"]
    t = rec["truth"]
    if set(t) != set(T0):
        problems.append((hid, "truth keys %s" % sorted(t)))
    unknown = set(rec["facts"]) - FACT_KEYS
    if unknown:
        problems.append((hid, "unknown facts %s" % sorted(unknown)))
    if rec["expected_action"] not in ("relay", "encrypt", "reject"):
        problems.append((hid, "bad action"))
    if t != T0 and t["data_subjects"] < 1:
        problems.append((hid, "claimant data in truth but no data subject"))
    f = rec["facts"]
    if f.get("list_rows") and t["data_subjects"] != f["list_rows"]:
        problems.append((hid, "list_rows %d != data_subjects %d" % (f["list_rows"], t["data_subjects"])))
    if f.get("cv_count") and rec["rule"] in ("cvs_up_to_10", "encrypt_over_limit") and t["data_subjects"] != f["cv_count"]:
        problems.append((hid, "cv_count vs data_subjects"))
    if f.get("form_people") and t["data_subjects"] != f["form_people"]:
        problems.append((hid, "form_people vs data_subjects"))
    if f.get("nino_only") and t["ninos"] != f["list_rows"]:
        problems.append((hid, "nino-only list: ninos != rows"))


def selfcheck(labels, files):
    """labels: the records; files: {relative path: bytes}. Returns (problems, warnings, stats)."""
    from email import message_from_bytes, policy as _pol
    from email.utils import getaddresses
    consent = set(files["consent.txt"].decode().split())
    problems, warns = [], []
    stats = {"cat": collections.Counter(), "kinds": collections.Counter(), "crlf": 0, "about_someone": 0}
    mids = set()
    paths = {"mail/%s" % fn.split("/", 1)[-1] for fn in files if fn.startswith("mail/")}
    if paths != {r["file"] for r in labels}:
        problems.append(("set", "mail/ files and labels.jsonl do not match"))
    if len({r["id"] for r in labels}) != len(labels):
        problems.append(("set", "duplicate ids"))
    for rec in labels:
        hid = rec["id"]
        raw = files.get(rec["file"])
        if raw is None:
            problems.append((hid, "file missing"))
            continue
        if b"\r\n" in raw:
            stats["crlf"] += 1
            if raw.replace(b"\r\n", b"").count(b"\n"):
                problems.append((hid, "mixed line ends"))
        if any(len(ln) > 998 for ln in raw.split(b"\n")):
            problems.append((hid, "line over 998 octets"))
        m = message_from_bytes(raw, policy=_pol.default)
        check_label_shape(rec, problems)
        for part in m.walk():
            for d in part.defects:
                problems.append((hid, "MIME defect: %s" % type(d).__name__))
        # ---- envelope and headers
        frm = getaddresses([str(m["From"])])
        if len(frm) != 1 or frm[0][1] != rec["mail_from"]:
            problems.append((hid, "From does not match mail_from"))
        if not rec["mail_from"].endswith("@" + INT):
            problems.append((hid, "sender outside the provider's domain"))
        hdr = [a for _, a in getaddresses([str(v) for v in m.get_all("To", []) + m.get_all("Cc", [])]) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]):
            problems.append((hid, "To/Cc address not in rcpt_to"))
        if len(set(rec["rcpt_to"])) != len(rec["rcpt_to"]) or not rec["rcpt_to"]:
            problems.append((hid, "rcpt_to empty or with duplicates"))
        if m["Bcc"] is not None:
            problems.append((hid, "Bcc header present"))
        mid = str(m["Message-ID"])
        if not mid or mid in mids:
            problems.append((hid, "Message-ID missing or repeated"))
        mids.add(mid)
        try:
            dt = m["Date"].datetime
            if not (dt.year == 2026 and dt.month == 12 and 1 <= dt.day <= 18 and dt.weekday() < 5):
                problems.append((hid, "Date not a working day 1-18 December 2026: %s" % m["Date"]))
        except Exception:
            problems.append((hid, "unparseable Date"))
        # ---- content
        flags = set()
        try:
            text = msg_text(m, flags)
        except Exception as ex:
            problems.append((hid, "could not read the message: %s" % ex))
            continue
        why = sorted(x for x in flags if x.startswith("why:"))
        flags = {x for x in flags if not x.startswith("why:")}
        f, tr, rule, act = rec["facts"], rec["truth"], rec["rule"], rec["expected_action"]
        for flag, key in (("uninspectable", "opaque"), ("protected", "pw"), ("scan", "scan"), ("encrypted", "encrypted")):
            if (flag in flags) != bool(f.get(key)):
                problems.append((hid, "%s flag %s but facts.%s=%s %s" % (flag, flag in flags, key, f.get(key), why)))
        if (f.get("opaque") or f.get("pw") or f.get("scan") or f.get("encrypted")) and tr != T0:
            problems.append((hid, "unreadable case with non-empty truth"))
        ninos = find_ninos(text)
        if len(ninos) != tr["ninos"]:
            problems.append((hid, "found %d valid NINOs, truth says %d" % (len(ninos), tr["ninos"])))
        has_dob = bool(DOB_RE.search(text))
        if has_dob != tr["dob"]:
            problems.append((hid, "DOB-like text %s, truth.dob %s" % (has_dob, tr["dob"])))
        for ph in phones(text):
            problems.append((hid, "phone number outside the Ofcom drama ranges: %s" % ph))
        for ib in IBAN_RE.findall(text):
            if not iban_valid(ib):
                problems.append((hid, "IBAN with a bad checksum: %s" % ib))
        for cd in CARD_RE.findall(text):
            if not luhn_ok(cd):
                problems.append((hid, "card number failing Luhn: %s" % cd))
        if tr["bank"] and not (IBAN_RE.search(text) or CARD_RE.search(text) or re.search(r"(?i)sort code|account n", text)):
            problems.append((hid, "truth.bank but no bank details found"))
        for w in weekday_problems(text):
            problems.append((hid, "weekday does not match the date: %s" % w))
        subject = str(m["Subject"] or "")
        if "[ENCRYPT]" in subject.upper() and rule not in ("encrypt_sender_tag", "reject_cv_no_consent", "reject_uninspectable"):
            problems.append((hid, "[ENCRYPT] tag but rule %s" % rule))
        if rule == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant recipient not in consent.txt"))
        if rule == "reject_cv_no_consent" and set(rec["rcpt_to"]) & consent:
            problems.append((hid, "reject_cv_no_consent recipient is in consent.txt"))
        if (rule == "no_claimant_data") != (tr == T0 and not (f.get("opaque") or f.get("pw") or f.get("scan") or f.get("encrypted"))
                                            and "[ENCRYPT]" not in subject.upper()):
            problems.append((hid, "no_claimant_data iff empty truth"))
        da, dr = derive(rec, subject, consent)
        if (da, dr) != (act, rule):
            problems.append((hid, "label %s/%s but the rules give %s/%s" % (act, rule, da, dr)))
        for k in ("dob", "bank", "benefit_payment", "children", "contact_details"):
            if tr[k]:
                stats["cat"][k] += 1
        if tr["ninos"]:
            stats["cat"]["ninos"] += 1
        for s_ in tr["special"]:
            stats["cat"]["special:" + s_] += 1
        for k in tr["doc_kinds"]:
            stats["kinds"][k] += 1
        if tr["data_subjects"]:
            stats["about_someone"] += 1
    return problems, warns, stats


# ============================================================== entry point
def report(labels, stats):
    acts = collections.Counter(r["expected_action"] for r in labels)
    rules = collections.Counter(r["rule"] for r in labels)
    print("messages: %d" % len(labels))
    print("actions: " + ", ".join("%s %d" % (a, acts[a]) for a in ("relay", "encrypt", "reject")))
    print("rules:")
    for r, n in sorted(rules.items(), key=lambda x: (-x[1], x[0])):
        print("  %-32s %d" % (r, n))
    print("categories (messages): " + ", ".join("%s %d" % kv for kv in sorted(stats["cat"].items())))
    print("doc kinds (messages): " + ", ".join("%s %d" % kv for kv in sorted(stats["kinds"].items())))
    print("about at least one claimant: %d; CRLF messages: %d" % (stats["about_someone"], stats["crlf"]))


def main(argv):
    if "--digest" in argv:
        files, _ = build_all()
        print(digest(files))
        return 0
    if "--check" in argv:
        disk = read_disk()
        if "labels.jsonl" not in disk or "consent.txt" not in disk:
            print("PROBLEM set not built: run make.py first")
            return 1
        labels = [json.loads(l) for l in disk["labels.jsonl"].decode("utf-8").splitlines() if l.strip()]
        problems, warns, stats = selfcheck(labels, disk)
        fresh, _ = build_all()
        for rel in sorted(set(fresh) | set(disk)):
            if fresh.get(rel) != disk.get(rel):
                problems.append((rel, "differs from a fresh build" if rel in fresh and rel in disk else
                                 ("missing on disk" if rel in fresh else "on disk but not in a fresh build")))
    else:
        files, labels = build_all()
        write_all(files)
        disk = read_disk()
        problems, warns, stats = selfcheck(labels, disk)
        import subprocess
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--digest"], capture_output=True, text=True,
                             env=dict(os.environ, PYTHONHASHSEED="12345"))
        if out.returncode != 0 or out.stdout.strip() != digest(disk):
            problems.append(("build", "a fresh process builds something different (%s)" % (out.stderr.strip()[-300:] or out.stdout.strip())))
    report(labels, stats)
    for w in warns:
        print("WARN", *w)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        print("self-check FAILED: %d problem(s)" % len(problems))
        return 1
    print("self-check OK" + (" (files on disk match a fresh build)" if "--check" in argv else " (a fresh process builds the same bytes)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

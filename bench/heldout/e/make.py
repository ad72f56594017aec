#!/usr/bin/env python3
"""Held-out set E for the Mailgate DLP gateway.

Synthetic outbound mail of "Meridian Employment Partnership", a London and South-East
prime provider of DWP employment programmes: its Health & Work (IPS) team, its Justice
Pathways team (prison leavers), its Youth Futures team (18-24s) and its Contracts & MI
back office.  Every person, address, number and organisation in here is invented.

    python make.py            build mail/, labels.jsonl, consent.txt, then self-check
    python make.py --check    self-check only (re-parses every written message)

Deterministic: each scenario has its own seed; Date and Message-ID headers, MIME
boundaries, zip timestamps, document metadata and the salts/IDs that pyzipper and pypdf
would draw from the OS all come from seeded sources.
"""

import argparse
import base64
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import random
import re
import sys
import zipfile
from email import encoders
from email import message_from_bytes
from email import policy as emailpolicy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "mail"
PREFIX = "he"

# ----------------------------------------------------------------------------- world
INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
DESIGNATED_DWP = "whp.provider-inbox@dwp.gov.uk"
DESIGNATED_OWN = "whp.dataexchange@provider.example.org.uk"
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
TAG = "[ENCRYPT]"
ORG = "Meridian Employment Partnership"
CRM = "CaseFlow"

# third parties (all invented)
EMPLOYERS = {
    "quayside": ("Quayside Logistics", "quayside-logistics.co.uk", "warehouse"),
    "oakbridge": ("Oakbridge Care Homes", "oakbridge-care.co.uk", "care"),
    "riverlight": ("Riverlight Hotels", "riverlight-hotels.co.uk", "hospitality"),
    "crownfield": ("Crownfield Construction", "crownfield-construction.co.uk", "construction"),
    "parade": ("Parade Retail Group", "parade-retail.co.uk", "retail"),
    "elmstead": ("Elmstead Facilities Services", "elmstead-facilities.co.uk", "cleaning"),
    "gatewick": ("Gatewick Airside Services", "gatewick-airside.co.uk", "airport"),
}
NHS_TT = "nhs-talkingtherapies-se.org.uk"          # NHS Talking Therapies partner (third party)
PROBATION = "kss-probation-services.org.uk"        # probation delivery unit (third party)
HOUSING = "hearthside-housing.org.uk"
COLLEGE = "thameswood-college.ac.uk"
MENTORS = "secondchance-mentors.org.uk"
YOUTHHUB = "youthhub-lewisham.org.uk"
AGENCY = "swiftstaff-recruitment.co.uk"
PRINTER = "printpoint-supplies.co.uk"
LOOKALIKE_NS = "northstar-training.com"            # NOT the approved subcontractor

FIXED_DOC_DATE = dt.datetime(2025, 1, 6, 9, 0, 0)

FORBIDDEN_LIST_COLS = {"dob", "address", "postcode", "phone", "email", "benefit_amount",
                       "child_support"}
ALLOWED_LETTERS = {"letter_interview", "letter_job_offer", "letter_appointment"}
C15_RECORDS = {"exit_report", "change_of_circumstances", "whp_eb_customer_form"}
DWP_DOCS = {"ucnea1", "good_news_story"}
DOC_KINDS = {"cv", "application_form", "application_form_couple", "letter_interview",
             "letter_job_offer", "letter_appointment", "letter_other", "name_list",
             "nino_list", "ucnea1", "good_news_story", "exit_report",
             "change_of_circumstances", "whp_eb_customer_form"}
SPECIALS = {"health", "mental_health", "substance", "criminal", "ethnicity",
            "sexual_orientation", "religion", "trade_union"}
CV_CLAIMANT_BLOCKING = {"health", "mental_health", "substance", "ethnicity", "criminal"}

GUIDANCE = {
    "no_claimant_data": "¶12-14 (nothing about an identifiable claimant)",
    "one_name": "¶18",
    "cv_to_claimant": "¶17",
    "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24",
    "letters_up_to_10": "¶24-28",
    "names_list_500": "¶29-31",
    "nino_only_list": "¶31",
    "dwp_names_list": "¶36; C15 ¶46",
    "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49",
    "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES Outcomes; 002 policy 3.8",
    "encrypt_special_category": "¶25-26, ¶32; 003 ¶8-9",
    "encrypt_nino": "¶33",
    "encrypt_dob_bank": "¶23, ¶27, ¶32",
    "encrypt_benefit_children": "¶30, ¶32",
    "encrypt_beyond_name": "¶18",
    "encrypt_over_limit": "¶19, ¶21-24, ¶31",
    "encrypt_list_forbidden_column": "¶29-30",
    "encrypt_letter_kind": "¶25",
    "encrypt_dwp_process": "¶34-36; C15 ¶46, ¶49",
    "encrypt_claimant_recipient": "¶17, ¶24-28",
    "encrypt_sender_tag": "RULES sender-requested encryption",
    "encrypt_password_protected": "RULES reject/encrypt defaults (password-protected); ¶28",
    "encrypt_no_text_scan": "RULES reject/encrypt defaults (image-only scan); ¶28",
    "reject_cv_no_consent": "¶17",
    "reject_uninspectable": "RULES reject regardless of encryption; 002 policy 3.3",
}
RELAY_RULES = {"no_claimant_data", "one_name", "cv_to_claimant", "cvs_up_to_10",
               "application_forms_up_to_10", "letters_up_to_10", "names_list_500",
               "nino_only_list", "dwp_names_list", "dwp_ucnea1_gns", "dwp_c15_process",
               "forward_subcontractor", "already_encrypted"}
REJECT_RULES = {"reject_cv_no_consent", "reject_uninspectable"}

AREAS = [("Peckham, London", "SE15"), ("Catford, London", "SE6"), ("Croydon", "CR0"),
         ("Walthamstow, London", "E17"), ("Tottenham, London", "N17"), ("Bromley", "BR1"),
         ("Dartford", "DA1"), ("Chatham", "ME4"), ("Dagenham", "RM8"), ("Brixton, London", "SW9"),
         ("Hounslow", "TW3"), ("Hayes", "UB3"), ("Wembley", "HA0"), ("Kingston upon Thames", "KT1"),
         ("Morden", "SM4"), ("Hackney, London", "E8"), ("Edmonton, London", "N9"), ("Enfield", "EN3"),
         ("Ilford", "IG1"), ("Crawley", "RH10"), ("Slough", "SL1"), ("Gillingham", "ME7"),
         ("Woolwich, London", "SE18"), ("Lewisham, London", "SE13"), ("Thornton Heath", "CR7"),
         ("Erith", "DA8"), ("Southend-on-Sea", "SS1"), ("Basildon", "SS14"), ("Deptford, London", "SE8"),
         ("Sutton", "SM1"), ("Harrow", "HA1"), ("Romford", "RM1"), ("Maidstone", "ME14")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
STREET_NAMES = ["Albion", "Rye", "Lordship", "Tanner", "Glenfarg", "Brockley", "Manor", "Elm", "Cedar", "Chestnut", "Beacon",
                "Hazel", "Oakfield", "Station", "Church", "Victoria", "Kingsway", "Priory", "Meadow", "Orchard", "Clifton",
                "Ashburnham", "Harcourt", "Marlow", "Dunmore", "Whitworth", "Evelyn", "Grove", "Linden", "Sandown"]
STREET_SUFFIX = ["Road", "Street", "Avenue", "Close", "Grove", "Lane", "Gardens", "Way", "Crescent", "Terrace", "Place", "Rise"]

# ----------------------------------------------------------------------------- seeds


def seed_of(name):
    return int.from_bytes(hashlib.sha256(("heldout-E/" + name).encode()).digest()[:8], "big")


class _SeededOS:
    """Stands in for the OS randomness that pyzipper (salts) and pypdf (IDs, keys) use."""
    rng = random.Random(1)

    @classmethod
    def token_bytes(cls, n=16):
        return bytes(cls.rng.getrandbits(8) for _ in range(n))

    class _Reader:
        def read(self, n):
            return _SeededOS.token_bytes(n)

    @classmethod
    def new(cls):
        return cls._Reader()


def _patch_randomness():
    import pypdf._encryption
    import pypdf._writer
    import pyzipper.zipfile_aes

    class _Secrets:
        token_bytes = staticmethod(_SeededOS.token_bytes)
    pypdf._writer.secrets = _Secrets
    pypdf._encryption.secrets = _Secrets
    pyzipper.zipfile_aes.Random = _SeededOS


# ----------------------------------------------------------------------------- pools


class Pools:
    """Global pools of synthetic identifiers, drawn in build order (deterministic)."""

    def __init__(self):
        r = random.Random(seed_of("pools"))
        self.mobiles = [f"07700 900{n:03d}" for n in range(1000)]
        r.shuffle(self.mobiles)
        self.lands = [f"020 7946 0{n:03d}" for n in range(1000)] + \
                     [f"0113 496 0{n:03d}" for n in range(1000)] + \
                     [f"0161 496 0{n:03d}" for n in range(1000)]
        r.shuffle(self.lands)
        self.london = [f"020 7946 0{n:03d}" for n in range(1000)]
        r.shuffle(self.london)
        self.used_lands = set()
        self.ninos = set()

    def mobile(self):
        return self.mobiles.pop()

    def london_line(self):
        while True:
            n = self.london.pop()
            if n not in self.used_lands:
                self.used_lands.add(n)
                return n

    def landline(self):
        while True:
            n = self.lands.pop()
            if n not in self.used_lands:
                self.used_lands.add(n)
                return n


POOLS = None

NINO_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})[ \t]?(\d{2})[ \t\r\n]?(\d{2})[ \t\r\n]?(\d{2})[ \t]?([A-Da-d])(?![A-Za-z0-9])")


def nino_valid(prefix):
    p = prefix.upper()
    return (p[0] not in "DFIQUV" and p[1] not in "DFIOQUV" and p not in NINO_BAD_PREFIX)


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text or ""):
        if nino_valid(m.group(1)):
            out.add((m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5)).upper())
    return out


def new_nino(rng):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p in NINO_BAD_PREFIX:
            continue
        n = p + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD")
        if n not in POOLS.ninos:
            POOLS.ninos.add(n)
            return n


def fmt_nino(n, style="spaced"):
    if style == "spaced":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    if style == "compact":
        return n
    if style == "lower":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}".lower()
    if style == "lowcompact":
        return n.lower()
    if style == "pair":
        return f"{n[:8]} {n[8]}"
    raise ValueError(style)


def luhn_complete(prefix15):
    digits = [int(c) for c in prefix15]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return prefix15 + str((10 - s % 10) % 10)


def iban_gb(bank, sort6, acct8):
    bban = bank + sort6 + acct8
    rearr = bban + "GB00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{bban}"


def iban_spaced(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
            "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
            "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def fmt_date(d, style="uk"):
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "uk2":
        return d.strftime("%d/%m/%y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == "words":
        return f"the {ORDINALS[d.day - 1]} of {d.strftime('%B')} {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return f"{d.day} {d.strftime('%b %Y')}"
    raise ValueError(style)


def ascii_name(s):
    return re.sub(r"[^A-Za-z]", "", s)


# ----------------------------------------------------------------------------- people


class Person:
    """A claimant / participant."""

    def __init__(self, ctx, age=(19, 58), sex=None, email_domain=None):
        f, r = ctx.fake, ctx.rng
        self.sex = sex or r.choice("MF")
        self.first = f.first_name_male() if self.sex == "M" else f.first_name_female()
        self.last = f.last_name()
        self.full = f"{self.first} {self.last}"
        self.he, self.him, self.his = (("he", "him", "his") if self.sex == "M" else ("she", "her", "her"))
        lo, hi = age
        self.age = r.randint(lo, hi)
        today = ctx.when.date()
        born_year = today.year - self.age - 1
        self.dob = dt.date(born_year, r.randint(1, 12), r.randint(1, 28))
        if (today.month, today.day) >= (self.dob.month, self.dob.day):
            self.dob = self.dob.replace(year=self.dob.year + 1)
        self.age = today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))
        self.nino = new_nino(r)
        self._mobile = None
        area, district = r.choice(AREAS)
        self.town = area
        self.postcode = f"{district} {r.randint(1, 9)}{r.choice(INWARD)}{r.choice(INWARD)}"
        road = f"{r.choice(STREET_NAMES + [f.last_name()])} {r.choice(STREET_SUFFIX)}"
        self.street = f"{r.randint(2, 180)} {road}"
        if r.random() < 0.3:
            self.street = f"Flat {r.randint(1, 40)}, {f.last_name()} House, {road}"
        dom = email_domain or r.choice(CLAIMANT_DOMAINS)
        fl, ll = ascii_name(self.first).lower(), ascii_name(self.last).lower()
        pat = r.choice(["{f}.{l}{n}", "{f}{l}{n}", "{fi}{l}{n}", "{f}_{l}", "{l}.{f}{n}"])
        self.email = pat.format(f=fl, l=ll, fi=fl[0], n=r.randint(1, 99)) + "@" + dom
        self.ref = f"CF-{r.randint(100000, 999999)}"
        self.prap = f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"

    @property
    def mobile(self):
        if self._mobile is None:
            self._mobile = POOLS.mobile()
        return self._mobile

    @property
    def addr_lines(self):
        return [self.street, self.town, self.postcode]

    @property
    def addr_one(self):
        return ", ".join(self.addr_lines)

    @property
    def initial_last(self):
        return f"{self.first[0]}. {self.last}"


class Staff:
    def __init__(self, first, last, title, team, email=None, mobile=None, desk=None, pronouns=None,
                 org=ORG, domain=INTERNAL):
        self.first, self.last, self.title, self.team = first, last, title, team
        self.full = f"{first} {last}"
        self.email = email or f"{ascii_name(first).lower()}.{ascii_name(last).lower()}@{domain}"
        self.mobile, self.desk, self.pronouns, self.org = mobile, desk, pronouns, org


TEAMS = {
    "ips": dict(name="Health & Work Team (IPS)", shared="healthandwork@" + INTERNAL,
                office="Unit 3, 41 Creekside, Deptford, London SE8 4SA"),
    "justice": dict(name="Justice Pathways", shared="justice.pathways@" + INTERNAL,
                    office="2nd Floor, 118 Tooley Street, London SE1 2TU"),
    "youth": dict(name="Youth Futures 18-24", shared="youth.futures@" + INTERNAL,
                  office="The Hive, 9 Station Approach, Croydon CR0 2RE"),
    "mi": dict(name="Contracts & MI", shared="contracts.mi@" + INTERNAL,
               office="Meridian House, 7 Kings Wharf, Chatham ME4 4QU"),
}
TITLES = {
    "ips": ["IPS Employment Specialist", "Senior Employment Specialist", "IPS Team Lead",
            "Employment Specialist (Talking Therapies)"],
    "justice": ["Justice Pathways Coach", "Resettlement Employment Adviser", "Through-the-Gate Lead",
                "Employer Engagement Lead (Justice)"],
    "youth": ["Youth Employment Coach", "Youth Futures Team Leader", "Young Person's Mentor",
              "Work Experience Coordinator"],
    "mi": ["Contracts & MI Analyst", "Contract Manager", "Performance & MI Lead", "Finance Officer"],
}

STAFF = {}


def build_staff():
    f = Faker("en_GB")
    f.seed_instance(seed_of("staff"))
    r = random.Random(seed_of("staff-r"))
    for team in TEAMS:
        STAFF[team] = []
        for title in TITLES[team]:
            first = f.first_name()
            last = f.last_name()
            STAFF[team].append(Staff(first, last, title, team, mobile=POOLS.mobile(),
                                     desk=POOLS.london_line(),
                                     pronouns=r.choice([None, None, "she/her", "he/him", "they/them"])))


# ----------------------------------------------------------------------------- context


class Ctx:
    def __init__(self, name):
        self.name = name
        self.seed = seed_of(name)
        self.rng = random.Random(self.seed)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(self.seed)
        r = self.rng
        day = dt.date(2025, 2, 3) + dt.timedelta(days=r.randint(0, 295))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        self.when = dt.datetime(day.year, day.month, day.day, r.randint(8, 18), r.randint(0, 59), r.randint(0, 59))
        _SeededOS.rng = random.Random(self.seed ^ 0x5EED)

    def staff(self, team, i=None):
        lst = STAFF[team]
        return lst[i] if i is not None else self.rng.choice(lst)

    def person(self, **kw):
        return Person(self, **kw)

    def contact(self, domain, title=None):
        f = self.fake
        first, last = f.first_name(), f.last_name()
        return Staff(first, last, title or "", "ext", email=f"{ascii_name(first).lower()}.{ascii_name(last).lower()}@{domain}",
                     desk=POOLS.landline(), org=None)

    def dwp_person(self, domain="dwp.gov.uk", title="Work Coach"):
        return self.contact(domain, title)

    def future(self, days=(2, 20), hour=None):
        d = self.when.date() + dt.timedelta(days=self.rng.randint(*days))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        h = hour if hour is not None else self.rng.choice([9, 10, 11, 13, 14, 15])
        m = self.rng.choice([0, 0, 15, 30, 30, 45])
        return dt.datetime(d.year, d.month, d.day, h, m)

    def past(self, days=(2, 60)):
        return self.when.date() - dt.timedelta(days=self.rng.randint(*days))


def when_txt(d):
    return d.strftime("%A %d %B at %H:%M").replace(" 0", " ")


def day_txt(d):
    return d.strftime("%A %d %B").replace(" 0", " ")


# ----------------------------------------------------------------------------- text blocks
#   ("p", text) ("h", text) ("ul", [..]) ("ol", [..]) ("table", head, rows) ("kv", [(k, v)])
#   ("pre", text) ("quote", [header lines], [blocks]) ("sig", Staff, opts) ("small", text)
#   ("gquote", "On ... wrote:", [blocks])  -- Gmail-style "> " quoting


DISCLAIMER = ("This e-mail and any attachments are confidential and intended only for the named "
              "recipient. They may contain personal data, including special category data such as "
              "health information or criminal offence data, which must be handled in line with UK GDPR "
              "and the Data Protection Act 2018. If you have received it in error please tell the sender "
              "and delete it. " + ORG + " is a company limited by guarantee registered in England and "
              "Wales (no. 08412275).")
WELLBEING = ("Looking after you: our Employee Assistance Programme is free, confidential and open 24/7 "
             "for anything from stress, anxiety and low mood to debt, bereavement, alcohol or gambling "
             "worries. Call 020 7946 0500 or search 'EAP' on the intranet.")
GREEN = "Please consider the environment before printing this e-mail."
HOURS = "I work compressed hours (Mon-Thu). Please don't feel you need to reply outside your own working hours."


def sig_lines(s, opts=()):
    out = [s.full + (f" ({s.pronouns})" if s.pronouns and "pron" in opts else "")]
    if s.title:
        out.append(s.title + (f" | {TEAMS[s.team]['name']}" if s.team in TEAMS else ""))
    if s.org:
        out.append(s.org)
    bits = []
    if s.mobile and "nomobile" not in opts:
        bits.append(f"M: {s.mobile}")
    if s.desk:
        bits.append(f"T: {s.desk}")
    if bits:
        out.append(" | ".join(bits))
    if s.team in TEAMS and "office" in opts:
        out.append(TEAMS[s.team]["office"])
    if "hours" in opts:
        out.append(HOURS)
    return out


def _esc(t):
    return htmlmod.escape(t, quote=False).replace("\n", "<br>")


def render_text(blocks, bullet="- "):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "h":
            out.append(b[1].upper() if len(b) > 2 and b[2] == "upper" else b[1])
        elif k == "ul":
            out.append("\n".join(bullet + i for i in b[1]))
        elif k == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif k == "table":
            lines = ["\t".join(b[1])] + ["\t".join(str(c) for c in r) for r in b[2]]
            out.append("\n".join(lines))
        elif k == "kv":
            out.append("\n".join(f"{a}: {v}" for a, v in b[1]))
        elif k == "pre":
            out.append(b[1])
        elif k == "small":
            out.append(b[1])
        elif k == "sig":
            out.append("\n".join(sig_lines(b[1], b[2] if len(b) > 2 else ())))
        elif k == "quote":
            hdr = "\n".join(b[1])
            out.append("________________________________\n" + hdr + "\n\n" + render_text(b[2], bullet))
        elif k == "gquote":
            inner = render_text(b[2], bullet)
            out.append(b[1] + "\n" + "\n".join(("> " + l) if l else ">" for l in inner.split("\n")))
        else:
            raise ValueError(k)
    return "\n\n".join(out) + "\n"


def render_html(blocks, logo_cid=None, font="Aptos"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p>{_esc(b[1])}</p>")
        elif k == "h":
            out.append(f"<p><b>{_esc(b[1])}</b></p>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{_esc(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            th = "".join(f"<th style=\"border:1px solid #999;padding:3px 6px;background:#dde7f0\">{_esc(h)}</th>" for h in b[1])
            rows = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:3px 6px\">{_esc(str(c))}</td>" for c in r) + "</tr>" for r in b[2])
            out.append(f"<table style=\"border-collapse:collapse\"><tr>{th}</tr>{rows}</table>")
        elif k == "kv":
            out.append("<table>" + "".join(f"<tr><td style=\"padding-right:12px\"><b>{_esc(a)}</b></td><td>{_esc(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "pre":
            out.append(f"<pre style=\"font-family:Consolas,monospace\">{htmlmod.escape(b[1], quote=False)}</pre>")
        elif k == "small":
            out.append(f"<p style=\"font-size:8pt;color:#777\">{_esc(b[1])}</p>")
        elif k == "sig":
            lines = sig_lines(b[1], b[2] if len(b) > 2 else ())
            img = f"<br><img src=\"cid:{logo_cid}\" alt=\"{ORG}\" width=\"150\" height=\"40\">" if logo_cid else ""
            out.append("<p style=\"color:#1f3864\">" + "<br>".join(_esc(l) for l in lines) + img + "</p>")
        elif k == "quote":
            hdr = "<br>".join(_esc(l) for l in b[1])
            out.append("<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><p style=\"font-size:10pt\">"
                       + hdr + "</p></div><div>" + render_html(b[2], font=font, ) + "</div>")
        elif k == "gquote":
            out.append(f"<div class=\"gmail_quote\"><p>{_esc(b[1])}</p><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
                       + render_html(b[2], font=font) + "</blockquote></div>")
        else:
            raise ValueError(k)
    body = "\n".join(out)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p{margin:0 0 8px 0}</style></head><body><div style=\"font-family:" + font
            + ",Calibri,sans-serif;font-size:11pt\">\n" + body + "\n</div></body></html>\n") if font else body


def outlook_quote_hdr(frm, to, when, subject, cc=None):
    lines = [f"From: {frm}", f"Sent: {when.strftime('%A, %d %B %Y %H:%M')}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return lines


def named(s):
    return f"{s.full} <{s.email}>"


# ----------------------------------------------------------------------------- zips / docs

ZIP_DT = (2025, 1, 6, 9, 0, 0)
_TS_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")


def normalize_zip(data, stamp=FIXED_DOC_DATE):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                content = _TS_RE.sub(iso, content)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def _docx_blocks(d, blocks, cell=None):
    from docx.shared import Pt
    tgt = cell if cell is not None else d

    def para(text, style=None, bold=False, size=None):
        p = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        return p
    for b in blocks:
        k = b[0]
        if k == "h":
            if cell is None:
                d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
            else:
                para(b[1], bold=True, size=12)
        elif k == "title":
            para(b[1], bold=True, size=18)
        elif k == "p":
            para(b[1])
        elif k == "b":
            para(b[1], bold=True)
        elif k == "ul":
            for i in b[1]:
                para(i, style="List Bullet")
        elif k == "kv":
            t = tgt.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                row = t.add_row().cells
                row[0].text = a
                row[1].text = v
        elif k == "table":
            t = tgt.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
        elif k == "cols":
            t = tgt.add_table(rows=1, cols=2)
            left, right = t.rows[0].cells
            left.text = ""
            right.text = ""
            _docx_blocks(d, b[1], left)
            _docx_blocks(d, b[2], right)
        elif k == "break":
            if cell is None:
                d.add_page_break()
        else:
            raise ValueError(k)


def make_docx(blocks, title="", author="Meridian Employment Partnership"):
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_DATE
    cp.modified = FIXED_DOC_DATE
    cp.revision = 1
    _docx_blocks(d, blocks)
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def make_xlsx(sheets, creator="CaseFlow export"):
    """sheets: list of dict(title, rows, hidden=False, hidden_cols=(), widths=None)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DOC_DATE
    wb.properties.modified = FIXED_DOC_DATE
    first = True
    for sh in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sh["title"]
        for r in sh["rows"]:
            ws.append(list(r))
        for col in sh.get("hidden_cols", ()):
            ws.column_dimensions[col].hidden = True
        if sh.get("hidden"):
            ws.sheet_state = sh["hidden"] if isinstance(sh["hidden"], str) else "hidden"
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def make_odt(blocks, title=""):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    from odf import dc, meta
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(meta.CreationDate(text="2025-01-06T09:00:00"))
    for b in blocks:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "kv":
            for a, v in b[1]:
                doc.text.addElement(P(text=f"{a}: {v}"))
        elif b[0] == "ul":
            for i in b[1]:
                doc.text.addElement(P(text="\u2022 " + i))
        else:
            doc.text.addElement(P(text=b[1]))
    bio = io.BytesIO()
    doc.save(bio)
    return normalize_zip(bio.getvalue())


def latin(t):
    rep = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
           "\u2022": "-", "\u2026": "...", "\u00a0": " "}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")


def _pdf_new(title, author):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DOC_DATE.replace(tzinfo=dt.timezone.utc))
    pdf.set_title(latin(title))
    pdf.set_author(latin(author))
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Meridian document service")
    pdf.set_auto_page_break(True, 15)
    pdf.set_margins(18, 16, 18)
    return pdf


def _pdf_blocks(pdf, blocks):
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        k = b[0]
        if k in ("h", "title"):
            pdf.set_font("Helvetica", "B", 15 if k == "title" else 12)
            pdf.multi_cell(W, 7, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k in ("p", "b"):
            pdf.set_font("Helvetica", "B" if k == "b" else "", 10)
            pdf.multi_cell(W, 5, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "ul":
            pdf.set_font("Helvetica", "", 10)
            for i in b[1]:
                pdf.multi_cell(W, 5, latin("- " + i), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k in ("kv", "table"):
            pdf.set_font("Helvetica", "", 9)
            rows = ([(a, v) for a, v in b[1]] if k == "kv" else [tuple(b[1])] + [tuple(str(c) for c in r) for r in b[2]])
            cw = (0.35, 0.65) if k == "kv" else None
            with pdf.table(col_widths=cw, first_row_as_headings=(k == "table"), line_height=5) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(latin(str(c)))
            pdf.ln(3)
        elif k == "cols":
            # a two-column layout: left column narrow, right column wide
            y0 = pdf.get_y()
            x0 = pdf.l_margin
            pdf.set_left_margin(x0)
            pdf.set_font("Helvetica", "", 9)
            for lb in b[1]:
                pdf.set_x(x0)
                pdf.set_font("Helvetica", "B" if lb[0] in ("h", "b") else "", 9)
                txt = lb[1] if lb[0] != "ul" else "\n".join("- " + i for i in lb[1])
                pdf.multi_cell(55, 4.5, latin(txt), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            yl = pdf.get_y()
            pdf.set_y(y0)
            pdf.set_left_margin(x0 + 60)
            for rb in b[2]:
                pdf.set_x(x0 + 60)
                pdf.set_font("Helvetica", "B" if rb[0] in ("h", "b") else "", 9.5)
                txt = rb[1] if rb[0] != "ul" else "\n".join("- " + i for i in rb[1])
                pdf.multi_cell(W - 60, 4.8, latin(txt), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.set_left_margin(x0)
            pdf.set_y(max(yl, pdf.get_y()))
        elif k == "break":
            pdf.add_page()
        else:
            raise ValueError(k)


def make_pdf(pages, title="", author=ORG):
    pdf = _pdf_new(title, author)
    for blocks in pages:
        pdf.add_page()
        _pdf_blocks(pdf, blocks)
    return bytes(pdf.output())


def pdf_add_fields(pdf_bytes, fields):
    """Fillable AcroForm: fields = [(name, value, page, (x0, y0, x1, y1))]; answers live only
    in the field values (no appearance streams, NeedAppearances set)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject)
    r = PdfReader(io.BytesIO(pdf_bytes))
    w = PdfWriter(clone_from=r)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    fref = w._add_object(font)
    refs = []
    for name, value, pi, rect in fields:
        page = w.pages[pi]
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(name),
            NameObject("/V"): TextStringObject(value),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/F"): NumberObject(4), NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
            NameObject("/P"): page.indirect_reference})
        ref = w._add_object(annot)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        refs.append(ref)
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject(refs), NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): fref})})})
    w.add_metadata({"/Producer": "Meridian forms", "/CreationDate": "D:20250106090000Z"})
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


def pdf_encrypt(pdf_bytes, password):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(io.BytesIO(pdf_bytes))
    w = PdfWriter(clone_from=r)
    w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


def _font(size):
    from PIL import ImageFont
    return ImageFont.load_default(size=size)


def scan_image(lines, rng, size=(1240, 1754), skew=None, fmt="JPEG", stamp=None):
    """A 'scanned' page: text drawn as pixels only (no text layer anywhere)."""
    from PIL import Image, ImageDraw, ImageFilter
    img = Image.new("L", size, 246)
    d = ImageDraw.Draw(img)
    y = 110
    for ln in lines:
        big = ln.startswith("# ")
        txt = ln[2:] if big else ln
        d.text((110, y), txt.replace("\u00a3", "GBP "), fill=rng.randint(20, 45), font=_font(34 if big else 25))
        y += 52 if big else 36
    if stamp:
        d.rectangle((760, 120, 1130, 220), outline=90, width=4)
        d.text((785, 150), stamp, fill=80, font=_font(30))
    for _ in range(900):
        x, yy = rng.randrange(size[0]), rng.randrange(size[1])
        d.point((x, yy), fill=rng.randint(120, 200))
    img = img.rotate(skew if skew is not None else rng.uniform(-1.2, 1.2), fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    bio = io.BytesIO()
    if fmt == "JPEG":
        img.save(bio, "JPEG", quality=70)
    else:
        img.save(bio, fmt)
    return bio.getvalue()


def image_pdf(images, title="Scan"):
    pdf = _pdf_new(title, "RICOH MP C3004")
    pdf.set_creator("RICOH MP C3004 scan to e-mail")
    for im in images:
        pdf.add_page()
        pdf.image(io.BytesIO(im), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def logo_png():
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (300, 80), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 72, 72), fill=(31, 56, 100))
    d.rectangle((36, 8, 44, 72), fill=(255, 255, 255))
    d.text((86, 16), "Meridian", fill=(31, 56, 100), font=_font(30))
    d.text((86, 50), "Employment Partnership", fill=(90, 90, 90), font=_font(15))
    bio = io.BytesIO()
    img.save(bio, "PNG")
    return bio.getvalue()


def make_zip(files, password=None):
    bio = io.BytesIO()
    if password:
        import pyzipper
        with pyzipper.AESZipFile(bio, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for name, data in files:
                zi = z.zipinfo_cls(name, date_time=ZIP_DT)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                z.writestr(zi, data)
    else:
        with zipfile.ZipFile(bio, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                z.writestr(zi, data)
    return bio.getvalue()


def make_csv(rows, delimiter=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue().encode("utf-8")


def ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(ctx, organizer, attendees, start, minutes, summary, location, description, method="REQUEST"):
    end = start + dt.timedelta(minutes=minutes)
    uid = hashlib.sha1(("uid" + ctx.name).encode()).hexdigest().upper()
    lines = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
             "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer.full}:mailto:{organizer.email}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    lines += ["DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description),
              "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
              "DTSTART;TZID=GMT Standard Time:" + start.strftime("%Y%m%dT%H%M%S"),
              "DTEND;TZID=GMT Standard Time:" + end.strftime("%Y%m%dT%H%M%S"),
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + ctx.when.strftime("%Y%m%dT%H%M%SZ"),
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location),
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln.encode()) > 74:
            cut = 74
            while len(ln[:cut].encode()) > 74:
                cut -= 1
            folded.append(ln[:cut])
            ln = " " + ln[cut:]
        folded.append(ln)
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------- encrypted blobs


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + _der_len(len(content)) + content


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


def der_int(n):
    b = n.to_bytes((n.bit_length() + 8) // 8 or 1, "big")
    return der(0x02, b)


def der_name(cn, o):
    return der(0x30, der(0x31, der(0x30, der_oid("2.5.4.6") + der(0x13, b"GB")))
               + der(0x31, der(0x30, der_oid("2.5.4.10") + der(0x0C, o.encode())))
               + der(0x31, der(0x30, der_oid("2.5.4.3") + der(0x0C, cn.encode()))))


def smime_enveloped_der(rng, payload_len=2400, n_recipients=1):
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    # KeyTransRecipientInfo ::= SEQ { version, rid (IssuerAndSerialNumber), keyEncAlg, encryptedKey }
    ris = b""
    for i in range(n_recipients):
        isn = der(0x30, der_name("Meridian Issuing CA G2" if i == 0 else "Partner Mail CA", ORG) + der_int(rng.getrandbits(63)))
        ris += der(0x30, der_int(0) + isn + der(0x30, der_oid("1.2.840.113549.1.1.1") + b"\x05\x00") + der(0x04, rb(256)))
    eci = der(0x30, der_oid("1.2.840.113549.1.7.1")
              + der(0x30, der_oid("2.16.840.1.101.3.4.1.42") + der(0x04, rb(16)))
              + der(0x80, rb((payload_len // 16 + 1) * 16)))
    env = der(0x30, der_int(0) + der(0x31, ris) + eci)
    return der(0x30, der_oid("1.2.840.113549.1.7.3") + der(0xA0, env))


def smime_signature_der(rng):
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    isn = der(0x30, der_name("Meridian Issuing CA G2", ORG) + der_int(rng.getrandbits(63)))
    signer = der(0x30, der_int(1) + isn + der(0x30, der_oid("2.16.840.1.101.3.4.2.1"))
                 + der(0x30, der_oid("1.2.840.113549.1.1.1") + b"\x05\x00") + der(0x04, rb(256)))
    sd = der(0x30, der_int(1) + der(0x31, der(0x30, der_oid("2.16.840.1.101.3.4.2.1")))
             + der(0x30, der_oid("1.2.840.113549.1.7.1")) + der(0x31, signer))
    return der(0x30, der_oid("1.2.840.113549.1.7.2") + der(0xA0, sd))


def _pgp_packet(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n2 = n - 192
        ln = bytes([(n2 >> 8) + 192, n2 & 0xFF])
    else:
        ln = b"\xff" + n.to_bytes(4, "big")
    return bytes([0xC0 | tag]) + ln + body


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armored(rng, payload_len=1800):
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    mpi = rb(256)
    mpi = bytes([mpi[0] | 0x80]) + mpi[1:]
    pkesk = _pgp_packet(1, b"\x03" + rb(8) + b"\x01" + (2048).to_bytes(2, "big") + mpi)
    seipd = _pgp_packet(18, b"\x01" + rb(payload_len))
    data = pkesk + seipd
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"


# ----------------------------------------------------------------------------- mail

CTYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf", "odt": "application/vnd.oasis.opendocument.text",
    "csv": "text/csv", "txt": "text/plain", "ics": "text/calendar", "zip": "application/zip",
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "tif": "image/tiff",
    "eml": "message/rfc822", "dat": "application/octet-stream", "doc": "application/msword",
}


def _charset(kind):
    c = Charset("utf-8")
    c.body_encoding = QP if kind == "qp" else BASE64
    return c


class Mail:
    def __init__(self, ctx, sender, to, cc=(), bcc=(), subject="", sender_name=None, headers=(),
                 client="outlook", crlf=None, reply_to=None):
        self.ctx = ctx
        self.sender = sender
        self.sender_name = sender_name
        self.to = list(to)
        self.cc = list(cc)
        self.bcc = list(bcc)
        self.subject = subject
        self.headers = list(headers)
        self.client = client
        self.crlf = crlf if crlf is not None else (ctx.rng.random() < 0.13)
        self.text = None
        self.html = None
        self.calendar = None
        self.inline = []
        self.attachments = []
        self.raw_top = None
        self.reply_to = reply_to
        self.in_reply_to = None

    # addresses are (name, addr) or addr
    @staticmethod
    def _addr(a):
        if isinstance(a, tuple):
            return formataddr(a)
        if isinstance(a, Staff):
            return formataddr((a.full, a.email))
        return a

    @staticmethod
    def bare(a):
        if isinstance(a, tuple):
            return a[1]
        if isinstance(a, Staff):
            return a.email
        return a

    def body(self, blocks, mode="both", logo=False, enc=None):
        rng = self.ctx.rng
        self.text = render_text(blocks, bullet=rng.choice(["- ", "\u2022 ", "* "])) if mode in ("both", "text") else None
        cid = None
        if logo and mode in ("both", "html"):
            cid = f"image001.png@01DB{self.ctx.seed % 0xFFFFFF:06X}.{(self.ctx.seed >> 24) % 0xFFFFFFFF:08X}"
            self.inline.append((cid, logo_png()))
        self.html = render_html(blocks, logo_cid=cid) if mode in ("both", "html") else None
        self.enc = enc or rng.choice(["qp", "qp", "b64"])
        return self

    def attach(self, data, filename, ctype=None, disposition="attachment"):
        ext = filename.rsplit(".", 1)[-1].lower()
        self.attachments.append((data, filename, ctype or CTYPES[ext], disposition))
        return self

    def attach_msg(self, inner_bytes, filename):
        self.attachments.append((inner_bytes, filename, "message/rfc822", "attachment"))
        return self

    def _textpart(self, text, sub):
        try:
            text.encode("ascii")
            return MIMEText(text, sub, "us-ascii")
        except UnicodeEncodeError:
            return MIMEText(text, sub, _charset(self.enc))

    def _attpart(self, data, filename, ctype, disp):
        main, sub = ctype.split(";")[0].split("/")
        if ctype == "message/rfc822":
            part = MIMEMessage(message_from_bytes(data, policy=emailpolicy.compat32))
        else:
            part = MIMEBase(main, sub, name=filename)
            part.set_payload(data)
            encoders.encode_base64(part)
        part.add_header("Content-Disposition", disp, filename=filename)
        return part

    def build(self):
        ctx = self.ctx
        h = hashlib.sha1(ctx.name.encode()).hexdigest()
        n = [0]

        def bnd():
            n[0] += 1
            if self.client == "outlook":
                return f"_{n[0]:03d}_LO{h[:4].upper()}P265MB{h[4:12].upper()}GBRP_"
            return f"00000000000{h[:4]}{n[0]:02d}{h[6:20]}"
        if self.raw_top is not None:
            top = self.raw_top
        else:
            parts = []
            tp = self._textpart(self.text, "plain") if self.text is not None else None
            hp = self._textpart(self.html, "html") if self.html is not None else None
            if hp is not None and self.inline:
                rel = MIMEMultipart("related", boundary=bnd(), type="text/html")
                rel.attach(hp)
                for cid, data in self.inline:
                    img = MIMEBase("image", "png", name="image001.png")
                    img.set_payload(data)
                    encoders.encode_base64(img)
                    img.add_header("Content-ID", f"<{cid}>")
                    img.add_header("Content-Disposition", "inline", filename="image001.png")
                    rel.attach(img)
                hp = rel
            if tp is not None and hp is not None or self.calendar is not None:
                alt = MIMEMultipart("alternative", boundary=bnd())
                for p in (tp, hp):
                    if p is not None:
                        alt.attach(p)
                if self.calendar is not None:
                    cal = MIMEText(self.calendar.decode("utf-8"), "calendar", _charset("b64"))
                    cal.set_param("method", "REQUEST")
                    alt.attach(cal)
                body = alt
            else:
                body = tp if tp is not None else hp
            if self.attachments:
                top = MIMEMultipart("mixed", boundary=bnd())
                top.attach(body)
                for a in self.attachments:
                    top.attach(self._attpart(*a))
            else:
                top = body
        # headers, in the order a client writes them
        own = []
        frm = formataddr((self.sender_name, self.sender)) if self.sender_name else self.sender
        own.append(("From", frm))
        own.append(("To", ", ".join(self._addr(a) for a in self.to)))
        if self.cc:
            own.append(("Cc", ", ".join(self._addr(a) for a in self.cc)))
        if self.reply_to:
            own.append(("Reply-To", self.reply_to))
        subj = self.subject
        try:
            subj.encode("ascii")
            own.append(("Subject", subj))
        except UnicodeEncodeError:
            own.append(("Subject", Header(subj, "utf-8").encode()))
        if self.client == "outlook":
            tt = re.sub(r"^((RE|FW|Fw|Re|Fwd):\s*)+", "", subj)
            try:
                tt.encode("ascii")
                own.append(("Thread-Topic", tt))
            except UnicodeEncodeError:
                pass
            own.append(("Thread-Index", base64.b64encode(hashlib.sha256(ctx.name.encode()).digest()[:22]).decode()))
        off = dt.timezone(dt.timedelta(hours=1 if 3 < ctx.when.month < 11 else 0))
        own.append(("Date", format_datetime(ctx.when.replace(tzinfo=off))))
        if self.client == "outlook":
            mid = f"<LO{h[:3].upper()}P265MB{h[4:14].upper()}@LO{h[:3].upper()}P265MB{h[4:8].upper()}.GBRP265.PROD.OUTLOOK.COM>"
        else:
            mid = f"<{h[:24]}.{ctx.seed % 100000:05d}@{self.sender.split('@')[1]}>"
        own.append(("Message-ID", mid))
        if self.in_reply_to:
            own.append(("In-Reply-To", self.in_reply_to))
            own.append(("References", self.in_reply_to))
        if self.client == "outlook":
            own.append(("Accept-Language", "en-GB, en-US"))
            own.append(("Content-Language", "en-GB"))
            own.append(("X-MS-Has-Attach", "yes" if self.attachments else ""))
        elif self.client == "crm":
            own.append(("Auto-Submitted", "auto-generated"))
            own.append(("X-Auto-Response-Suppress", "All"))
        elif self.client == "mobile":
            own.append(("X-Mailer", "iPhone Mail (22D72)"))
        for k, v in self.headers:
            own.append((k, v))
        rest = [(k, v) for k, v in top._headers if k.lower() not in ("from", "to", "cc", "subject", "date", "message-id")]
        if not any(k.lower() == "mime-version" for k, _ in rest):
            rest.insert(0, ("MIME-Version", "1.0"))
        for sub in top.walk():
            if sub is not top and "MIME-Version" in sub and "From" not in sub:
                del sub["MIME-Version"]
        top._headers = own + rest
        data = top.as_bytes(policy=emailpolicy.compat32)
        data = data.replace(b"\r\n", b"\n")
        if self.crlf:
            data = data.replace(b"\n", b"\r\n")
        return data

    @property
    def rcpts(self):
        return [self.bare(a) for a in self.to + self.cc + self.bcc]


# ----------------------------------------------------------------------------- labels


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False,
      subjects=0, docs=()):
    for s in special:
        assert s in SPECIALS, s
    for d in docs:
        assert d in DOC_KINDS, d
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)),
            "benefit_payment": benefit, "children": children, "contact_details": contact,
            "data_subjects": subjects, "doc_kinds": list(docs)}


def F(encrypted=False, opaque=False, pw=False, cv_count=0, form_people=0, letters=(), list_rows=0,
      list_cols=(), nino_only=False, records=(), fwd_record=False, name_only=False, extra=(), own_rcpt=()):
    return {"encrypted": encrypted, "opaque": opaque, "pw": pw, "cv_count": cv_count,
            "form_people": form_people, "letters": list(letters), "list_rows": list_rows,
            "list_cols": list(list_cols), "nino_only": nino_only, "records": list(records),
            "fwd_record": fwd_record, "name_only": name_only, "extra": list(extra),
            "own_rcpt": list(own_rcpt)}


EMPTY_T = T()


def rclass(addr, facts, consent):
    a = addr.lower()
    d = a.split("@")[1]
    if d == INTERNAL:
        return "internal"
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply_chain"
    if a in consent or a in [x.lower() for x in facts.get("own_rcpt", [])]:
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


def extra_rule(extra):
    e = set(extra)
    if e & SPECIALS or "special" in e:
        return "encrypt_special_category"
    if "nino" in e:
        return "encrypt_nino"
    if e & {"dob", "bank"}:
        return "encrypt_dob_bank"
    if e & {"benefit", "children"}:
        return "encrypt_benefit_children"
    return "encrypt_beyond_name"


def _sens(t):
    return bool(t["special"] or t["ninos"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"])


def _decide(cls, rcpt, mail_from, t, f):
    """-> (action, rule) for one recipient, data present, none of the overriding cases."""
    cvs, forms, letters, rows = f["cv_count"], f["form_people"], f["letters"], f["list_rows"]
    recs = f["records"]
    if cls == "claimant":
        if cvs:
            blocked = (t["ninos"] or t["dob"] or t["bank"] or set(t["special"]) & CV_CLAIMANT_BLOCKING)
            others = forms or letters or rows or recs
            if cvs == 1 and not blocked and not others and not f["extra"]:
                return "relay", "cv_to_claimant"
            return "encrypt", "encrypt_claimant_recipient"
        if letters and not (cvs or forms or rows or recs) and not f["extra"]:
            if (all(k in ALLOWED_LETTERS for k in letters) and len(letters) <= 10 and not _sens(t)):
                return "relay", "letters_up_to_10"
        return "encrypt", "encrypt_claimant_recipient"
    if cls == "dwp":
        if f["name_only"]:
            return "relay", "one_name"
        if recs:
            if f["extra"]:
                return "encrypt", extra_rule(f["extra"])
            if all(r in C15_RECORDS for r in recs):
                if len(recs) == 1 and mail_from == DESIGNATED_OWN and rcpt == DESIGNATED_DWP:
                    return "relay", "dwp_c15_process"
                return "encrypt", "encrypt_dwp_process"
            if all(r in DWP_DOCS for r in recs) and len(recs) == 1:
                return "relay", "dwp_ucnea1_gns"
            return "encrypt", "encrypt_dwp_process"
        if rows and not (cvs or forms or letters) and not f["extra"]:
            if t["special"]:
                return "encrypt", "encrypt_special_category"
            if set(f["list_cols"]) & FORBIDDEN_LIST_COLS:
                return "encrypt", "encrypt_list_forbidden_column"
            if t["bank"] or t["dob"] or t["benefit_payment"] or t["children"]:
                return "encrypt", category_rule(t)
            if f["nino_only"] or rows <= 500:
                return "relay", "dwp_names_list"
            return "encrypt", "encrypt_over_limit"
        if _sens(t):
            return "encrypt", category_rule(t)
        if cvs or forms or letters:
            return "encrypt", "encrypt_dwp_process"
        return "encrypt", "encrypt_beyond_name"
    # supply_chain / third_party
    if f["fwd_record"]:
        if cls == "supply_chain" and len(recs) == 1 and not f["extra"]:
            return "relay", "forward_subcontractor"
        if cls == "supply_chain" and len(recs) > 1:
            return "encrypt", "encrypt_over_limit"
        return "encrypt", (extra_rule(f["extra"]) if f["extra"] else category_rule(t))
    if f["name_only"]:
        return "relay", "one_name"
    fams = [x for x in (cvs, forms, letters, rows) if x]
    if len(fams) == 1 and not f["extra"] and not recs:
        if cvs:
            if _sens(t):
                return "encrypt", category_rule(t)
            return ("relay", "cvs_up_to_10") if cvs <= 10 else ("encrypt", "encrypt_over_limit")
        if forms:
            if _sens(t):
                return "encrypt", category_rule(t)
            return ("relay", "application_forms_up_to_10") if forms <= 10 else ("encrypt", "encrypt_over_limit")
        if letters:
            if _sens(t):
                return "encrypt", category_rule(t)
            if not all(k in ALLOWED_LETTERS for k in letters):
                return "encrypt", "encrypt_letter_kind"
            return ("relay", "letters_up_to_10") if len(letters) <= 10 else ("encrypt", "encrypt_over_limit")
        if rows:
            if t["special"]:
                return "encrypt", "encrypt_special_category"
            if set(f["list_cols"]) & FORBIDDEN_LIST_COLS:
                return "encrypt", "encrypt_list_forbidden_column"
            if t["bank"] or t["dob"] or t["benefit_payment"] or t["children"]:
                return "encrypt", category_rule(t)
            if f["nino_only"]:
                return "relay", "nino_only_list"
            return ("relay", "names_list_500") if rows <= 500 else ("encrypt", "encrypt_over_limit")
    if f["extra"]:
        return "encrypt", extra_rule(f["extra"])
    return "encrypt", category_rule(t)


def derive(label, subject, consent):
    """The self-check's own implementation of RULES.md + the precedence of the corpus README."""
    t, f = label["truth"], label["facts"]
    if f["encrypted"]:
        return "relay", "already_encrypted"
    if f["opaque"] == "corrupt":
        return "reject", "reject_uninspectable"
    if f["opaque"] == "scan":
        return "encrypt", "encrypt_no_text_scan"
    classes = [(r, rclass(r, f, consent)) for r in label["rcpt_to"]]
    if f["cv_count"] and any(c == "claimant" and r.lower() not in consent for r, c in classes):
        return "reject", "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt", "encrypt_password_protected"
    if TAG in (subject or ""):
        return "encrypt", "encrypt_sender_tag"
    has_data = t["data_subjects"] > 0 or t["ninos"] > 0 or t["dob"] or t["bank"]
    if not has_data:
        return "relay", "no_claimant_data"
    results = [_decide(c, r, label["mail_from"], t, f) for r, c in classes if c != "internal"]
    for a, rule in results:
        if a == "encrypt":
            return a, rule
    return results[0]


# ----------------------------------------------------------------------------- registry

SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


class Case:
    def __init__(self, mail, action, rule, truth, facts, notes):
        self.mail, self.action, self.rule, self.truth, self.facts, self.notes = mail, action, rule, truth, facts, notes


def C(mail, action, rule, truth, facts, notes):
    return Case(mail, action, rule, truth, facts, notes)


# ----------------------------------------------------------------------------- documents people write

SECTORS = {
    "warehouse": dict(titles=["Warehouse Operative", "Picker / Packer", "Goods-In Assistant", "Delivery Driver's Mate"],
                      duties=["Picked and packed up to 180 orders a shift using handheld scanners",
                              "Loaded and unloaded trailers safely and to schedule",
                              "Kept the aisle and racking areas clear and compliant",
                              "Checked deliveries against paperwork and reported discrepancies"],
                      certs=["Counterbalance forklift (RTITB)", "Manual handling certificate", "Level 1 Health & Safety"],
                      skills=["Handheld scanners / WMS", "Stock rotation", "Working to targets", "Night shifts"]),
    "care": dict(titles=["Care Assistant", "Support Worker", "Healthcare Assistant (bank)", "Companion Carer"],
                 duties=["Supported residents with personal care, meals and mobility",
                         "Recorded daily notes accurately on the care planning system",
                         "Built trusting relationships with residents and their families",
                         "Followed infection control and safeguarding procedures"],
                 certs=["Care Certificate (all 15 standards)", "Moving & handling", "Safeguarding adults level 2"],
                 skills=["Person-centred care", "Record keeping", "Calm under pressure", "Team working"]),
    "hospitality": dict(titles=["Kitchen Porter", "Commis Chef", "Barista", "Room Attendant", "Front of House"],
                        duties=["Prepared breakfast and lunch service for up to 120 covers",
                                "Kept the kitchen clean to a 5-star food hygiene standard",
                                "Served customers quickly and politely at busy times",
                                "Handled cash and card payments and cashed up at close"],
                        certs=["Level 2 Food Hygiene", "Allergen awareness", "Personal licence (APLH) - booked"],
                        skills=["Fast-paced service", "Food safety", "Customer service", "Weekend availability"]),
    "retail": dict(titles=["Retail Assistant", "Customer Service Assistant", "Stock Replenishment Colleague", "Cashier"],
                   duties=["Served customers on tills and self-checkout", "Replenished shelves and completed price changes",
                           "Dealt with returns and complaints politely", "Helped with seasonal stock takes"],
                   certs=["Till and cash handling training", "Challenge 25 training"],
                   skills=["Customer service", "Cash handling", "Visual merchandising", "Flexible hours"]),
    "construction": dict(titles=["Labourer", "Groundworker", "Site Operative", "Dryliner's Mate"],
                         duties=["Moved materials around site safely and kept walkways clear",
                                 "Assisted groundworkers with drainage and kerbing",
                                 "Operated small plant including a whacker plate and cut-off saw",
                                 "Attended daily toolbox talks and followed the site method statement"],
                         certs=["CSCS Green Labourer card", "Level 1 Award in Health and Safety in a Construction Environment",
                                "Asbestos awareness"],
                         skills=["Site safety", "Hand and power tools", "Early starts", "Reliable"]),
    "admin": dict(titles=["Administrator", "Receptionist", "Data Entry Clerk", "Office Junior"],
                  duties=["Answered a busy switchboard and greeted visitors", "Kept spreadsheets and the CRM up to date",
                          "Booked meetings and managed shared calendars", "Scanned, filed and archived paperwork"],
                  certs=["Microsoft Office Specialist - Excel", "Level 2 Business Administration"],
                  skills=["Excel and Outlook", "Typing 55 wpm", "Telephone manner", "Organised"]),
    "cleaning": dict(titles=["Cleaning Operative", "Housekeeper", "Caretaker", "Janitor"],
                     duties=["Cleaned offices and washrooms to a set schedule", "Used floor machines safely",
                             "Reported maintenance issues to the site supervisor", "Handled COSHH substances correctly"],
                     certs=["COSHH awareness", "BICSc cleaning skills"],
                     skills=["Attention to detail", "Early mornings", "Working alone", "Reliable"]),
    "security": dict(titles=["Security Officer", "Door Supervisor", "Retail Security Guard", "Steward"],
                     duties=["Patrolled the site and completed incident reports", "Controlled access and checked passes",
                             "Monitored CCTV and responded to alarms", "Supported stewards at weekend events"],
                     certs=["SIA Door Supervisor licence", "Emergency First Aid at Work"],
                     skills=["Conflict management", "Clear radio procedure", "Report writing", "Nights and weekends"]),
}

SCHOOLS = ["Thamesmead Academy", "Harris Academy Peckham", "Croydon College", "Lewisham College", "City of Westminster College",
           "Bromley College", "Walthamstow School", "Mid-Kent College", "South Thames College", "Barking Abbey School",
           "Hounslow Manor School", "Kingsdale Foundation School", "Erith School", "North Kent College"]

HOBBIES = ["Sunday league football", "five-a-side on Thursdays", "cooking for family and friends", "gym and running",
           "volunteering at a food bank", "fixing up old bikes", "gaming and PC building", "drawing and graphic design",
           "walking my dog on the Downs", "supporting Charlton Athletic", "music production", "swimming"]


class CV:
    """Semantic CV content; rendered in several layouts."""

    def __init__(self, ctx, p, sector=None, dob=None, nino=None, health=None, criminal=None, extra_lines=(),
                 negation=None, referees=None, contact=("phone", "email", "address"), hobbies=True, religion=None):
        r, f = ctx.rng, ctx.fake
        self.p = p
        self.sector = sector or r.choice(list(SECTORS))
        sd = SECTORS[self.sector]
        self.title = r.choice(sd["titles"])
        yrs = sorted(r.sample(range(max(2014, ctx.when.year - max(p.age - 16, 3)), 2025), 3))
        self.jobs = []
        for i, (a, b) in enumerate([(yrs[0], yrs[1]), (yrs[1], yrs[2])]):
            self.jobs.append((r.choice(sd["titles"]), f.company(), f"{r.choice(['Jan', 'Mar', 'May', 'Jun', 'Sep', 'Oct'])} {a} - "
                              + (f"{r.choice(['Feb', 'Apr', 'Aug', 'Nov', 'Dec'])} {b}" if i == 0 else r.choice(["present", f"Dec {b}"])),
                              r.sample(sd["duties"], 3)))
        self.jobs.reverse()
        self.school = r.choice(SCHOOLS)
        self.quals = r.choice(["GCSEs incl. English (5) and Maths (4)", "Functional Skills Level 2 English and Maths",
                               "BTEC Level 2 Sport", "GCSEs (6) grades 9-4", "Level 1 ESOL then Level 2 English"])
        self.certs = r.sample(sd["certs"], min(2, len(sd["certs"])))
        self.skills = sd["skills"]
        self.profile = (f"Reliable and friendly {self.title.lower()} with {r.randint(1, max(1, min(9, p.age - 17)))} years' experience. "
                        + r.choice(["I like being busy and learning new things.", "I take pride in doing a job properly.",
                                    "Happy working early, late or weekend shifts.", "Looking for a permanent role with progression."]))
        self.dob, self.nino, self.health, self.criminal = dob, nino, health, criminal
        self.negation, self.referees, self.contact, self.religion = negation, referees, contact, religion
        self.extra_lines = list(extra_lines)
        self.hobbies = r.sample(HOBBIES, 2) if hobbies else []

    def contact_bits(self):
        p = self.p
        out = []
        if "address" in self.contact:
            out.append(p.addr_one)
        elif "postcode" in self.contact:
            out.append(p.town + " " + p.postcode.split()[0])
        if "phone" in self.contact:
            out.append(p.mobile)
        if "email" in self.contact:
            out.append(p.email)
        return out

    def personal_bits(self):
        out = []
        if self.dob:
            out.append(("Date of birth", fmt_date(self.p.dob, self.dob)))
        if self.nino:
            out.append(("NI number", fmt_nino(self.p.nino, self.nino)))
        return out

    def ref_lines(self):
        if not self.referees:
            return ["References available on request."]
        return [f"{s.full}, {s.title}, {s.org} - {s.desk} - {s.email}" for s in self.referees]

    def note_lines(self):
        out = list(self.extra_lines)
        if self.health:
            out.append(self.health)
        if self.criminal:
            out.append(self.criminal)
        if self.negation:
            out.append(self.negation)
        if self.religion:
            out.append(self.religion)
        return out

    def blocks(self, layout="classic"):
        p = self
        exp = []
        for t, c, d, duties in self.jobs:
            exp.append(("b", f"{t} - {c}  ({d})"))
            exp.append(("ul", duties))
        edu = [("p", f"{self.school}: {self.quals}")] + [("ul", self.certs)]
        if layout == "twocol":
            left = [("h", "Contact")] + [("p", x) for x in self.contact_bits()]
            left += [("p", f"{a}: {v}") for a, v in self.personal_bits()]
            left += [("h", "Key skills"), ("ul", self.skills), ("h", "Tickets & cards"), ("ul", self.certs)]
            if self.hobbies:
                left += [("h", "Interests"), ("p", ", ".join(self.hobbies))]
            right = [("h", "Profile"), ("p", self.profile)] + [("h", "Experience")] + exp
            right += [("h", "Education"), ("p", f"{self.school}: {self.quals}")]
            if self.note_lines():
                right += [("h", "Additional information")] + [("p", x) for x in self.note_lines()]
            right += [("h", "References")] + [("p", x) for x in self.ref_lines()]
            return [("title", self.p.full), ("p", self.title), ("cols", left, right)]
        if layout == "table":
            rows = [("Name", self.p.full)] + [(k.title(), v) for k, v in zip(["address", "phone", "email"], self.contact_bits())]
            rows += self.personal_bits()
            blocks = [("title", "Curriculum Vitae"), ("kv", rows), ("h", "Personal statement", 2), ("p", self.profile),
                      ("h", "Employment history", 2),
                      ("table", ["Dates", "Employer", "Role", "What I did"],
                       [(d, c, t, "; ".join(du)) for t, c, d, du in self.jobs]),
                      ("h", "Education and training", 2),
                      ("table", ["Where", "What"], [(self.school, self.quals)] + [("", c) for c in self.certs])]
            if self.note_lines():
                blocks += [("h", "Other information", 2)] + [("p", x) for x in self.note_lines()]
            if self.hobbies:
                blocks += [("h", "Interests", 2), ("p", ", ".join(self.hobbies))]
            blocks += [("h", "Referees", 2)] + [("p", x) for x in self.ref_lines()]
            return blocks
        blocks = [("title", self.p.full), ("p", " | ".join(self.contact_bits()))]
        if self.personal_bits():
            blocks.append(("p", " | ".join(f"{a}: {v}" for a, v in self.personal_bits())))
        blocks += [("h", "Profile", 2), ("p", self.profile), ("h", "Work experience", 2)] + exp
        blocks += [("h", "Education & training", 2)] + edu + [("h", "Skills", 2), ("ul", self.skills)]
        if self.note_lines():
            blocks += [("h", "Additional information", 2)] + [("p", x) for x in self.note_lines()]
        if self.hobbies:
            blocks += [("h", "Hobbies", 2), ("p", "In my spare time: " + " and ".join(self.hobbies) + ".")]
        blocks += [("h", "References", 2)] + [("p", x) for x in self.ref_lines()]
        return blocks

    def text(self):
        L = [self.p.full.upper(), " / ".join(self.contact_bits())]
        for a, v in self.personal_bits():
            L.append(f"{a}: {v}")
        L += ["", "PROFILE", self.profile, "", "EXPERIENCE"]
        for t, c, d, du in self.jobs:
            L.append(f"{d}   {t}, {c}")
            L += ["  * " + x for x in du]
        L += ["", "EDUCATION / TRAINING", f"{self.school} - {self.quals}"] + ["  * " + c for c in self.certs]
        L += ["", "SKILLS", ", ".join(self.skills)]
        if self.note_lines():
            L += ["", "OTHER"] + self.note_lines()
        if self.hobbies:
            L += ["", "INTERESTS", ", ".join(self.hobbies)]
        L += ["", "REFERENCES"] + self.ref_lines()
        return "\n".join(L) + "\n"

    def docx(self, layout="classic"):
        return make_docx(self.blocks(layout), title=f"CV {self.p.full}", author=self.p.full)

    def pdf(self, layout="classic"):
        return make_pdf([self.blocks(layout)], title=f"CV - {self.p.full}", author=self.p.full)


def cv_filename(p, style=0):
    return [f"{p.first}_{p.last}_CV.docx", f"CV - {p.full}.docx", f"{p.last.upper()} {p.first} CV 2025.docx",
            f"{p.first}{p.last}CV.docx"][style % 4]


def couple(ctx):
    a, b = ctx.person(sex="F", age=(24, 55)), ctx.person(sex="M", age=(24, 58))
    b.street, b.town, b.postcode = a.street, a.town, a.postcode
    if ctx.rng.random() < 0.6:
        b.last = a.last
        b.full = f"{b.first} {b.last}"
    return [a, b]


def form_blocks(ctx, people, role, employer, age=True, dob=None, nino=False, extra=(), ref=None, couple_title=None):
    """A provider application form (label/value tables).  people: one person, or two for a couple."""
    r = ctx.rng
    blocks = [("title", f"{ORG} - Job Application Form"),
              ("p", f"Vacancy: {role}   |   Employer: {employer}   |   Our ref: {ref or 'MV-' + str(r.randint(10000, 99999))}")]
    if len(people) == 2:
        blocks.append(("p", couple_title or "Joint application (couple position) - please complete one section per applicant"))
    for i, p in enumerate(people, 1):
        rows = [("Full name", p.full)]
        if age:
            rows.append(("Age", str(p.age)))
        if dob:
            rows.append(("Date of birth", fmt_date(p.dob, dob)))
        if nino:
            rows.append(("National Insurance no.", fmt_nino(p.nino, "spaced")))
        rows += [("Home address", p.addr_one), ("Phone", p.mobile), ("Email", p.email),
                 ("Right to work in UK", "Yes - share code seen"),
                 ("Availability", r.choice(["Immediate", "1 week's notice", "From the 1st of next month"])),
                 ("Preferred hours", r.choice(["Full time", "Part time (school hours)", "Any, incl. weekends", "Nights preferred"])),
                 ("Relevant experience", r.choice(["3 years in warehousing", "2 years as a carer for an agency",
                                                   "Kitchen porter at two restaurants", "Retail and stock work",
                                                   "General labouring on housing sites", "Office reception and admin"]))]
        rows += list(extra[i - 1]) if extra else []
        blocks.append(("h", f"Applicant {i}" if len(people) == 2 else "Applicant", 2))
        blocks.append(("kv", rows))
    blocks.append(("p", "Declaration: I confirm the information above is true and I agree to it being shared with the employer "
                        "named above for this vacancy."))
    return blocks


LETTER_KINDS = {
    "letter_interview": "Invitation to interview",
    "letter_appointment": "Your appointment with " + ORG,
    "letter_job_offer": "Offer of employment",
}


def letter_blocks(ctx, p, kind, sender, when=None, employer=None, role=None, extra=None, other_title=None, other_body=None,
                  dear=None):
    r = ctx.rng
    when = when or ctx.future()
    head = [("b", ORG if kind != "letter_job_offer" else (employer or "Riverlight Hotels")),
            ("p", TEAMS[sender.team]["office"] if sender.team in TEAMS else ""),
            ("p", ctx.when.strftime("%d %B %Y").lstrip("0")),
            ("p", "\n".join([p.full] + p.addr_lines)),
            ("p", dear or f"Dear {p.first},"),
            ("b", LETTER_KINDS.get(kind, other_title or "Letter"))]
    if kind == "letter_interview":
        body = [("p", f"Thank you for applying for the {role or 'Warehouse Operative'} role with {employer or 'Quayside Logistics'}. "
                      f"We would like to invite you to an interview on {when_txt(when)}."),
                ("p", f"Venue: {r.choice(['Unit 12, Thames Road Industrial Estate, Barking', 'The Hive, 9 Station Approach, Croydon', 'Riverlight Hotel, Tower Bridge Road, London'])}. "
                      "Please bring photo ID and proof of your right to work. The interview will last about 30 minutes."),
                ("p", "If you cannot attend, please call us as soon as possible so we can rearrange.")]
    elif kind == "letter_appointment":
        body = [("p", f"We have booked an appointment for you with {sender.full}, {sender.title}, on {when_txt(when)}."),
                ("p", f"Where: {TEAMS[sender.team]['office'] if sender.team in TEAMS else 'our office'}. "
                      "The appointment is to review your action plan and look at vacancies together. It should take about an hour."),
                ("p", "Please bring your CV if you have one. Travel costs can be reimbursed - keep your receipts.")]
    elif kind == "letter_job_offer":
        body = [("p", f"Following your interview, I am delighted to offer you the position of {role or 'Room Attendant'}, "
                      f"starting on {day_txt(when)}."),
                ("p", f"Hours: {r.choice(['37.5 per week', '30 per week over 5 days', '4 on 4 off, 12-hour shifts'])}. "
                      f"Pay: £{r.choice(['12.21', '12.60', '13.15', '12.85'])} per hour. This offer is subject to satisfactory references."),
                ("p", "Please confirm your acceptance by replying to this letter or calling our HR team.")]
    else:
        body = [("p", x) for x in (other_body or ["This letter confirms your participation in our programme."])]
    if extra:
        body.append(("p", extra))
    signer = (f"HR Team\n{employer or 'Riverlight Hotels'}" if kind == "letter_job_offer" else f"{sender.full}\n{sender.title}")
    tail = [("p", "Yours sincerely,"), ("p", signer)]
    return head + body + tail


def make_letters_pdf(ctx, items, title="Letters"):
    """items: list of blocks (one letter per page)."""
    return make_pdf(items, title=title)


def sig_block(s, *opts):
    return ("sig", s, opts)


def footer(*which):
    out = []
    for w in which:
        out.append(("small", {"disc": DISCLAIMER, "well": WELLBEING, "green": GREEN}[w]))
    return out


def greet(name, rng):
    return rng.choice([f"Hi {name},", f"Hello {name},", f"Morning {name},", f"{name},", f"Hi {name}"])


def signoff(rng):
    return rng.choice(["Thanks,", "Many thanks,", "Best,", "Kind regards,", "Cheers,", "Thanks again,"])


# ----------------------------------------------------------------------------- build

CONSENT = []


def consent_add(addr):
    if addr.lower() not in CONSENT:
        CONSENT.append(addr.lower())


def build_all():
    global POOLS
    POOLS = Pools()
    CONSENT.clear()
    build_staff()
    _patch_randomness()
    built = []
    for fn in SCENARIOS:
        def mk(i=0, _n=fn.__name__):
            return Ctx(f"{_n}/{i}")
        res = fn(mk)
        if isinstance(res, Case):
            res = [res]
        for c in res:
            built.append((fn.__name__, c))
    order = list(range(len(built)))
    random.Random(seed_of("ids")).shuffle(order)
    consent = set(CONSENT)
    labels = []
    files = {}
    for k, (sname, c) in enumerate(built):
        cid = f"{PREFIX}-{order[k] + 1:03d}"
        m = c.mail
        data = m.build()
        label = {"id": cid, "file": f"mail/{cid}.eml", "mail_from": m.sender, "rcpt_to": m.rcpts,
                 "expected_action": c.action, "rule": c.rule, "guidance": GUIDANCE[c.rule],
                 "truth": c.truth, "facts": c.facts, "notes": c.notes, "scenario": sname}
        a, r = derive(label, m.subject, consent)
        if (a, r) != (c.action, c.rule):
            raise SystemExit(f"{sname} ({cid}): declared {c.action}/{c.rule} but rules give {a}/{r}")
        if (c.action == "relay") != (c.rule in RELAY_RULES) or (c.action == "reject") != (c.rule in REJECT_RULES):
            raise SystemExit(f"{sname}: action {c.action} does not fit rule {c.rule}")
        labels.append(label)
        files[cid] = data
    labels.sort(key=lambda x: x["id"])
    return labels, files, sorted(consent)


def write_all(labels, files, consent):
    MAILDIR.mkdir(exist_ok=True)
    for old in MAILDIR.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    for cid, data in files.items():
        (MAILDIR / f"{cid}.eml").write_bytes(data)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    (HERE / "consent.txt").write_text("".join(a + "\n" for a in consent), encoding="utf-8")


# ----------------------------------------------------------------------------- check

OWN_HEADER_SKIP = {"received", "dkim-signature", "arc-seal", "arc-message-signature", "arc-authentication-results",
                   "authentication-results", "message-id", "date", "mime-version", "content-type",
                   "content-transfer-encoding", "content-disposition", "content-id", "thread-index", "in-reply-to",
                   "references", "return-path"}


def _html_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def _docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
                    tables(c.tables)
    tables(d.tables)
    return "\n".join(out)


def _xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def _pdf_text(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    if r.is_encrypted:
        return None, "encrypted"
    out = []
    for pg in r.pages:
        out.append(pg.extract_text() or "")
    fields = r.get_fields() or {}
    for k, v in fields.items():
        out.append(f"{k}: {v.get('/V', '')}")
    text = "\n".join(out)
    imgs = sum(len(pg.images) for pg in r.pages)
    return text, ("scan" if not text.strip() and imgs else "pdf")


def _odt_text(data):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P
    doc = load(io.BytesIO(data))
    return "\n".join(teletype.extractText(e) for e in doc.getElementsByType(P) + doc.getElementsByType(H))


def extract(data, filename, ctype, found):
    """Returns text; records in found: kinds seen, failures."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    ct = (ctype or "").lower()
    try:
        if ext == "docx":
            found["kinds"].append("docx")
            return _docx_text(data)
        if ext == "xlsx":
            found["kinds"].append("xlsx")
            return _xlsx_text(data)
        if ext == "pdf":
            t, kind = _pdf_text(data)
            found["kinds"].append(kind)
            return t or ""
        if ext == "odt":
            found["kinds"].append("odt")
            return _odt_text(data)
        if ext in ("csv", "txt", "ics", "tsv") or ct.startswith("text/"):
            found["kinds"].append("text")
            return data.decode("utf-8")
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            found["kinds"].append("zip")
            out = [filename]
            for info in z.infolist():
                out.append(info.filename)
                if info.flag_bits & 1:
                    found["kinds"].append("encrypted")
                    continue
                out.append(extract(z.read(info.filename), info.filename, "", found))
            return "\n".join(out)
        if ext in ("jpg", "jpeg", "png", "tif", "tiff") or ct.startswith("image/"):
            from PIL import Image
            im = Image.open(io.BytesIO(data))
            im.load()
            found["kinds"].append("image")
            return ""
        if ext == "eml" or ct == "message/rfc822":
            found["kinds"].append("eml")
            m = BytesParser(policy=emailpolicy.default).parsebytes(data)
            return walk(m, found)
    except Exception as e:  # noqa: BLE001 - any parser failure means "cannot be inspected"
        found["failed"].append(f"{filename}: {type(e).__name__}")
        return ""
    found["failed"].append(f"{filename}: unknown format")
    return ""


def walk(msg, found, top=False):
    out = []
    for k, v in msg.items():
        if k.lower() not in OWN_HEADER_SKIP:
            out.append(str(v))
    ctype = msg.get_content_type()
    if ctype in ("application/pkcs7-mime", "application/x-pkcs7-mime"):
        found["kinds"].append("smime_enveloped")
        return "\n".join(out)
    if ctype == "multipart/encrypted":
        found["kinds"].append("pgp_mime")
        return "\n".join(out)
    if msg.is_multipart():
        for part in msg.iter_parts():
            if part.get_content_type() in ("application/pkcs7-signature", "application/x-pkcs7-signature"):
                found["kinds"].append("smime_signature")
                continue
            out.append(walk(part, found))
        return "\n".join(out)
    if ctype == "message/rfc822":
        inner = msg.get_payload(0) if isinstance(msg.get_payload(), list) else msg.get_content()
        found["kinds"].append("eml")
        out.append(walk(inner, found))
        return "\n".join(out)
    fn = msg.get_filename()
    disp = msg.get_content_disposition()
    if ctype in ("text/plain", "text/html") and (fn is None or disp != "attachment"):
        body = msg.get_content()
        if "-----BEGIN PGP MESSAGE-----" in body:
            found["kinds"].append("pgp_inline")
        out.append(_html_text(body) if ctype == "text/html" else body)
        return "\n".join(out)
    if ctype == "text/calendar" and fn is None:
        found["kinds"].append("ics")
        out.append(msg.get_content())
        return "\n".join(out)
    data = msg.get_payload(decode=True) or b""
    if disp == "inline" and ctype.startswith("image/"):
        found["kinds"].append("logo")
        return "\n".join(out)
    out.append(fn or "")
    out.append(extract(data, fn or "part.bin", ctype, found))
    return "\n".join(out)


def check(labels_path=HERE / "labels.jsonl"):
    import logging
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    labels = [json.loads(line) for line in open(labels_path, encoding="utf-8")]
    consent = {a.strip().lower() for a in open(HERE / "consent.txt", encoding="utf-8") if a.strip()}
    errors = []
    seen_ids = set()
    for lab in labels:
        cid = lab["id"]
        if cid in seen_ids:
            errors.append(f"{cid}: duplicate id")
        seen_ids.add(cid)
        path = HERE / lab["file"]
        if not path.exists():
            errors.append(f"{cid}: missing {path}")
            continue
        raw = path.read_bytes()
        msg = BytesParser(policy=emailpolicy.default).parsebytes(raw)
        frm = [a for _, a in getaddresses([str(msg.get("From", ""))])]
        if frm != [lab["mail_from"]]:
            errors.append(f"{cid}: From {frm} != mail_from {lab['mail_from']}")
        if msg.get("Bcc") is not None:
            errors.append(f"{cid}: has a Bcc header")
        hdr_rcpts = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("To", []) + msg.get_all("Cc", [])])]
        env = [a.lower() for a in lab["rcpt_to"]]
        if len(set(env)) != len(env):
            errors.append(f"{cid}: duplicate envelope recipients")
        if not set(hdr_rcpts) <= set(env) or not hdr_rcpts:
            errors.append(f"{cid}: To/Cc {hdr_rcpts} not within rcpt_to {env}")
        if not msg.get("Date") or not msg.get("Message-ID"):
            errors.append(f"{cid}: no Date or Message-ID")
        if all(a.split("@")[1] == INTERNAL for a in env):
            errors.append(f"{cid}: no external recipient")
        subject = str(msg.get("Subject", ""))
        a, r = derive(lab, subject, consent)
        if (a, r) != (lab["expected_action"], lab["rule"]):
            errors.append(f"{cid}: label {lab['expected_action']}/{lab['rule']} but rules give {a}/{r}")
        if lab["guidance"] != GUIDANCE[lab["rule"]]:
            errors.append(f"{cid}: guidance does not match rule")
        t, f = lab["truth"], lab["facts"]
        for dk in t["doc_kinds"]:
            if dk not in DOC_KINDS:
                errors.append(f"{cid}: unknown doc kind {dk}")
        found = {"kinds": [], "failed": []}
        text = walk(msg, found, top=True)
        kinds = found["kinds"]
        opaque = f["opaque"]
        if opaque == "corrupt":
            if not found["failed"]:
                errors.append(f"{cid}: uninspectable case but every part parses")
        elif found["failed"]:
            errors.append(f"{cid}: parts fail to parse: {found['failed']}")
        if opaque == "scan" and not ("scan" in kinds or "image" in kinds):
            errors.append(f"{cid}: scan case without an image-only part")
        if f["pw"] and "encrypted" not in kinds:
            errors.append(f"{cid}: password case without an encrypted part")
        if f["encrypted"] and not set(kinds) & {"smime_enveloped", "pgp_mime", "pgp_inline"}:
            errors.append(f"{cid}: encrypted case without an encrypted body")
        if (f["encrypted"] or f["pw"] or opaque) and t != EMPTY_T:
            errors.append(f"{cid}: truth must be empty for unreadable cases")
        found_ninos = find_ninos(text)
        body_ninos = find_ninos(subject)
        for part in msg.walk():
            if part.get_content_type() in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
                body_ninos |= find_ninos(part.get_content())
        if len(body_ninos) > t["ninos"]:
            errors.append(f"{cid}: body/subject hold {len(body_ninos)} NINOs > truth {t['ninos']}")
        readable = not (f["encrypted"] or f["pw"] or opaque)
        if readable and len(found_ninos) != t["ninos"]:
            errors.append(f"{cid}: readable content holds {len(found_ninos)} distinct NINOs, truth says {t['ninos']}")
        if not readable and found_ninos:
            errors.append(f"{cid}: unreadable case shows NINOs in readable parts")
        if lab["rule"] == "cv_to_claimant" and not any(x in consent for x in env):
            errors.append(f"{cid}: CV to claimant but no consented recipient")
    if errors:
        print("\n".join(errors))
        print(f"check FAILED: {len(errors)} problem(s)")
        return 1
    acts = {}
    rules = {}
    for lab in labels:
        acts[lab["expected_action"]] = acts.get(lab["expected_action"], 0) + 1
        rules[lab["rule"]] = rules.get(lab["rule"], 0) + 1
    print(f"check OK: {len(labels)} messages; " + ", ".join(f"{k} {v}" for k, v in sorted(acts.items())))
    for k in sorted(rules):
        print(f"  {k:32s} {rules[k]}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="self-check the written set only")
    args = ap.parse_args()
    if not args.check:
        labels, files, consent = build_all()
        write_all(labels, files, consent)
        print(f"wrote {len(labels)} messages to {MAILDIR}")
    sys.exit(check())


# ============================================================================= scenarios


def smail(ctx, s, to, subject, blocks, cc=(), bcc=(), mode="both", logo=None, shared=False, **kw):
    """Mail from a member of staff (or their team's shared mailbox)."""
    sender = TEAMS[s.team]["shared"] if shared else s.email
    name = TEAMS[s.team]["name"] if shared else s.full
    m = Mail(ctx, sender, to, cc, bcc, subject, sender_name=name, **kw)
    m.body(blocks, mode=mode, logo=(ctx.rng.random() < 0.3) if logo is None else logo)
    return m


def emp(key, ctx, title="Recruitment Manager"):
    name, dom, _ = EMPLOYERS[key]
    c = ctx.contact(dom, title)
    c.org = name
    return c


NOBODY = T()
NOF = F()

# ---- group 1: ordinary business mail, and words about nobody ------------------------------


@scenario
def ips_fidelity_minutes(mk):
    ctx = mk()
    s, lead = ctx.staff("ips", 2), ctx.staff("ips", 1)
    nhs = ctx.contact(NHS_TT, "Clinical Lead, Step 3")
    rows = [("Caseload per employment specialist", "21", "20 or fewer"), ("Referrals this quarter", "64", "-"),
            ("Job starts (any paid work)", "17", "-"), ("Time from referral to first employer contact (median)", "19 days", "30 days"),
            ("Integrated team meetings held", "11 of 12", "weekly")]
    minutes = [("h", "IPS fidelity review - action notes"),
               ("p", f"Attendees: {s.full}, {lead.full}, {nhs.full} ({nhs.title})"),
               ("table", ["Item", "This quarter", "Fidelity standard"], rows),
               ("h", "Discussion", 2),
               ("ul", ["Zero exclusion: nobody is turned away because of symptoms, substance use or a criminal record.",
                       "People with severe mental illness are still under-referred from Step 2 - agreed to brief PWPs again.",
                       "Benefits counselling offer to be re-promoted: many people worry work will affect their UC.",
                       "Next review in three months; scores to the steering group."]),
               ("h", "Actions", 2),
               ("table", ["Action", "Owner", "By"], [("Refresh referral leaflet", s.full, "end of month"),
                                                     ("Add ES to Step 3 huddle rota", nhs.full, "next huddle")])]
    m = smail(ctx, s, [nhs], "IPS fidelity review - notes and actions",
              [("p", greet(nhs.first, ctx.rng)), ("p", "Notes from this morning attached, plus the headline numbers below."),
               ("table", ["Item", "This quarter"], [r[:2] for r in rows]),
               ("p", "Shout if I've missed anything."), ("p", signoff(ctx.rng)), sig_block(s, "office")] + footer("disc", "well"),
              cc=[lead])
    m.attach(make_docx(minutes, "IPS fidelity review"), "IPS fidelity review notes.docx")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF,
             "minutes with aggregate figures and generic statements about severe mental illness, substance use, criminal records")


@scenario
def ips_newsletter(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    blocks = [("h", "Health & Work bulletin - autumn"),
              ("p", "Welcome to the bulletin for our NHS Talking Therapies colleagues and delivery partners."),
              ("h", "In this issue"),
              ("ul", ["Why work is good for recovery: what the evidence says about anxiety and depression",
                      "Supporting someone with a long-term condition to talk to their employer about adjustments",
                      "Access to Work mental health support service - how referrals work",
                      "New: drop-in at the Lewisham hub for people managing alcohol or drug recovery",
                      "Dates for your diary: Disability Confident employer breakfast"]),
              ("p", "Across London and the South East, 41% of people referred to us last year told us they had a mental "
                    "health condition, and about one in six said a criminal record was a barrier to work. These are "
                    "exactly the people IPS is designed for."),
              ("p", "Got a story for the next issue? Reply to this e-mail."),
              sig_block(s)] + footer("disc", "green")
    m = smail(ctx, s, [f"step2.team@{NHS_TT}", "ops.team@bridgeway-support.org.uk"], "Health & Work bulletin - autumn edition",
              blocks, mode="html", logo=True, shared=True)
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "newsletter full of health/substance words about nobody; HTML only with logo")


@scenario
def justice_employer_breakfast(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e1, e2, e3 = emp("crownfield", ctx), emp("quayside", ctx, "HR Business Partner"), emp("elmstead", ctx, "Operations Director")
    start = ctx.future((10, 30), 8)
    desc = ("Fair Chance employer breakfast.\n\nAbout 11 million people in the UK have a criminal record. We will hear from two "
            "employers who recruit people with convictions, including people released on temporary licence (ROTL) and people "
            "on licence after release, and from a probation practitioner about how disclosure works in practice.\n\n"
            "Agenda: 8:00 coffee, 8:20 talks, 9:15 Q&A. Tooley Street office, 2nd floor.")
    m = Mail(ctx, s.email, [e1, e2, e3], subject="Invitation: Fair Chance employer breakfast", sender_name=s.full)
    m.body([("p", desc.replace("\n\n", "\n"))], mode="both", logo=False)
    m.calendar = make_ics(ctx, s, [(e.full, e.email) for e in (e1, e2, e3)], start, 90,
                          "Fair Chance employer breakfast", TEAMS["justice"]["office"], desc)
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "calendar invite with generic statements about people with convictions / ROTL")


@scenario
def justice_disclosure_training(mk):
    ctx = mk()
    s = ctx.staff("justice", 2)
    slides = [[("title", "Helping people disclose convictions"), ("p", "Justice Pathways practice session - delivery partners")],
              [("h", "Why it matters"), ("ul", ["Unspent convictions must be disclosed if an employer asks.",
                                                 "Spent convictions usually do not need to be disclosed (ROA 1974 as amended).",
                                                 "A disclosure letter written with the participant can help."])],
              [("h", "Worked example (hypothetical)"),
               ("p", "Imagine a participant who served 18 months for burglary, was released on licence and is now "
                     "applying for warehouse work. What would a short, honest disclosure statement say? How would you "
                     "explain the licence conditions to an employer without oversharing?"),
               ("p", "Discuss in pairs: what if the same person also mentions they are in recovery from alcohol?")],
              [("h", "Do not"), ("ul", ["put offence details in an e-mail to an employer", "disclose on someone's behalf without consent"])]]
    m = smail(ctx, s, ["delivery.team@northstar-training.co.uk"],
              "Slides for Thursday - disclosure practice session",
              [("p", "Hi all,"), ("p", "Slides for Thursday's practice session attached. It's all hypothetical - please don't bring real "
                                     "case details to the session."), ("p", signoff(ctx.rng)), sig_block(s)] + footer("disc"))
    m.attach(make_pdf(slides, "Disclosure practice session"), "Disclosure practice session slides.pdf")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "training material: hypothetical offender with licence and alcohol, nobody identified")


@scenario
def youth_job_advert_bcc(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    bcc = [ctx.person(age=(18, 24)).email for _ in range(6)]
    blocks = [("p", "Hi everyone,"),
              ("p", "A few of you asked about apprenticeships - this one just came in and closes Friday."),
              ("h", "Apprentice Facilities Technician - Elmstead Facilities Services (Croydon)"),
              ("ul", ["Level 2 apprenticeship, 18 months, £8.00/hr rising after year one", "Monday-Friday 8am-4pm",
                      "Disability Confident Committed employer - adjustments for dyslexia, ADHD, autism on request",
                      "Fair Chance employer: having a conviction does not stop you applying",
                      "A basic DBS check is required"]),
              ("p", "Reply to this mailbox (not to me directly) and we'll help you with the application."),
              ("p", "Youth Futures team"), sig_block(s, "nomobile")] + footer("well")
    m = smail(ctx, s, [TEAMS["youth"]["shared"]], "Apprenticeship opportunity - closes Friday", blocks, bcc=bcc, shared=True)
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "job advert to claimants in Bcc; disability/conviction words in advert about nobody")


@scenario
def mi_quarterly_stats(mk):
    ctx = mk()
    s = ctx.staff("mi", 2)
    cm = ctx.dwp_person("dwp.gov.uk", "Contract Manager")
    summary = [["Measure", "Q1", "Q2", "Q3"], ["Referrals", 1204, 1187, 1250], ["Starts", 1019, 998, 1062],
               ["Job outcomes (earnings threshold)", 141, 162, 171], ["Early exits", 37, 41, 33]]
    barriers = [["Declared barrier (count of participants)", "Q3"], ["Mental health condition", 412], ["Physical health condition", 366],
                ["Drug or alcohol dependency (current or in recovery)", 58], ["Criminal record", 131], ["Care leaver", 27],
                ["Ethnic minority background", 498]]
    x = make_xlsx([{"title": "Summary", "rows": summary}, {"title": "Barriers", "rows": barriers},
                   {"title": "Pivot", "rows": [["Lot", "Starts"], ["South London", 611], ["Kent", 451]], "hidden": True}],
                  creator="Meridian MI")
    m = smail(ctx, s, [cm], "WHP South London & Kent - Q3 performance pack",
              [("p", f"Dear {cm.first},"), ("p", "Please find the Q3 performance pack attached ahead of the contract review meeting. "
                                              "All figures are counts; nothing in the pack is at participant level."),
               ("ul", ["Job outcomes up 6% on Q2", "Early exits down to 33", "Barrier profile broadly unchanged"]),
               ("p", "Kind regards,"), sig_block(s, "office")] + footer("disc"))
    m.attach(x, "WHP SLK Q3 performance pack.xlsx")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "aggregate statistics (barriers incl. mental health, criminal record, ethnicity) and a hidden pivot sheet, to DWP")


@scenario
def mi_invoice_own_bank(mk):
    ctx = mk()
    s = ctx.staff("mi", 3)
    c = ctx.contact(COLLEGE, "Finance Office")
    inv = [("title", "INVOICE  MEP-INV-2025-0412"),
           ("p", f"{ORG}\n{TEAMS['mi']['office']}"),
           ("p", f"To: {COLLEGE.split('.')[0].title()} - Finance Office"),
           ("table", ["Description", "Qty", "Unit", "Total"], [("Room hire re-charge: employability workshops (Sept)", "6", "£85.00", "£510.00"),
                                                                ("Refreshments", "6", "£22.50", "£135.00")]),
           ("p", "Total due: £645.00 (VAT exempt)"),
           ("h", "Payment details", 2),
           ("kv", [("Account name", ORG), ("Sort code", "40-47-91"), ("Account number", "61839204"),
                   ("Reference", "MEP-INV-2025-0412")])]
    m = smail(ctx, s, [c], "Invoice MEP-INV-2025-0412 - room hire re-charge",
              [("p", "Good afternoon,"), ("p", "Please find attached our invoice for the September room hire re-charge. Our bank "
                                              "details are on the invoice; payment terms 30 days."),
               ("p", "Kind regards,"), sig_block(s, "office")] + footer("disc"))
    m.attach(make_pdf([inv], "Invoice MEP-INV-2025-0412"), "MEP-INV-2025-0412.pdf")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "the provider's own sort code and account number on an invoice")


@scenario
def staff_own_hospital(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "Psychological Wellbeing Practitioner")
    m = smail(ctx, s, [nhs], "Thursday case review - can we move it?",
              [("p", greet(nhs.first, ctx.rng)),
               ("p", "Sorry to do this - I've got a hospital appointment on Thursday morning (follow-up on my knee op, the physio "
                     "wants another scan) so I won't make our 10am. Could we do Friday at 2 instead?"),
               ("p", "I'll bring the updated referral pathway so we can go through it."),
               ("p", signoff(ctx.rng)), sig_block(s, "pron")] + footer("well"), mode="text")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "staff member's own medical appointment, not claimant data")


@scenario
def youth_blank_referral_form(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    c = ctx.contact(YOUTHHUB, "Youth Worker")
    form = [("title", "Youth Futures 18-24 - referral form"), ("p", "Please complete all sections with the young person."),
            ("kv", [("Name", ""), ("Date of birth", "__ / __ / ____"), ("NI number", ""), ("Address and postcode", ""),
                    ("Mobile", ""), ("Email", ""), ("Benefits received (UC / none)", ""),
                    ("Health conditions or disabilities", ""), ("Care experienced? (Y/N)", ""),
                    ("Any convictions (unspent)?", ""), ("Consent to share signed (Y/N)", "")]),
            ("p", "Return to youth.futures@provider.example.org.uk using your secure e-mail route.")]
    m = smail(ctx, s, [c], "Referral form for your young people",
              [("p", greet(c.first, ctx.rng)), ("p", "As promised, our blank referral form. Please send completed ones back encrypted."),
               ("p", signoff(ctx.rng)), sig_block(s)] + footer("disc"))
    m.attach(make_docx(form, "Youth Futures referral form"), "Youth Futures referral form (blank).docx")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "blank template with DOB/NINO/health/conviction field labels and no answers")


@scenario
def crm_weekly_digest(mk):
    ctx = mk()
    m = Mail(ctx, "caseflow-noreply@" + INTERNAL, ["delivery.managers@northstar-training.co.uk"],
             subject="[CaseFlow] Weekly digest - Northstar Training caseload", sender_name="CaseFlow",
             client="crm", headers=[("X-CaseFlow-Event", "WeeklyDigest"), ("X-CaseFlow-Tenant", "meridian-whp"),
                                    ("X-CaseFlow-Partner", "NORTHSTAR")])
    m.body([("p", "This is an automated message from CaseFlow. Please do not reply."),
            ("table", ["Metric", "This week", "Last week"], [("Appointments booked", 142, 131), ("Attended", 118, 109),
                                                             ("Did not attend", 24, 22), ("New starts", 19, 23),
                                                             ("Job starts", 6, 4), ("Overdue action plans", 11, 14)]),
            ("p", "Log in to CaseFlow to see participant-level detail.")], mode="both", logo=False)
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "auto-generated CRM notification with X- headers, counts only")


@scenario
def youth_appt_reminder_greeting(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    p = ctx.person(age=(18, 23))
    when = ctx.future((1, 6))
    m = smail(ctx, s, [p.email], "See you next week",
              [("p", greet(p.first, ctx.rng)), ("p", f"Just a reminder we're meeting {when_txt(when)} at The Hive. Bring your CV on your phone or a "
                                                     "memory stick and we'll look at the Parade Retail vacancies together."),
               ("p", "Any problems just reply here."), ("p", "Speak soon,"), sig_block(s, "nomobile")], shared=True)
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "mail to a claimant: greeting and an appointment time only")


@scenario
def mi_nino_lookalikes(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk", "data.team@northstar-training.co.uk"],
              "PRaP data quality - NINO keying errors",
              [("p", "Hi both,"), ("p", "We're still seeing rejections on PRaP uploads. Common causes:"),
               ("ul", ["The specimen number QQ 12 34 56 C from the training guide being keyed as a real NINO",
                       "Temporary reference numbers (e.g. TN 14 03 99 F) - never key these, wait for the real NINO",
                       "Letter O keyed for zero, e.g. AB 12 34 5O C",
                       "Suffix letters other than A-D, e.g. JE 44 71 20 E",
                       "Invalid prefixes such as BG, GB, NK, KN, NT, TN, ZZ or starting with D, F, I, Q, U, V (FD 23 45 67 A)"]),
               ("p", "Order references from the stationery supplier (PO-AB-7731) are not NINOs either."),
               ("p", "Thanks,"), sig_block(s)] + footer("disc"))
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "NINO look-alikes only: specimen QQ, temporary TN reference, suffix E, invalid prefixes")


@scenario
def college_room_thread(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    c = ctx.contact(COLLEGE, "Community Partnerships Officer")
    prev = ctx.past((1, 3))
    q = [("p", f"Hi {s.first}, room B12 is free on Tuesdays from 1-4pm for the next six weeks. Projector and 16 PCs. "
               "I'll need a named staff contact on the day."), ("p", f"{c.full}")]
    m = smail(ctx, s, [c], "RE: Room for CV workshops",
              [("p", greet(c.first, ctx.rng)), ("p", "Perfect, B12 on Tuesdays works. I'll be the named contact; my colleague will cover "
                                                     "if I'm off. Could you send the Wi-Fi guest code nearer the time?"),
               ("p", signoff(ctx.rng)), sig_block(s),
               ("quote", outlook_quote_hdr(named(c), named(s), dt.datetime.combine(prev, dt.time(11, 4)), "Room for CV workshops"), q)])
    m.in_reply_to = f"<{hashlib.sha1(ctx.name.encode()).hexdigest()[:20]}@{COLLEGE}>"
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "Outlook-quoted thread about a room booking, staff only")


@scenario
def dwp_rates_forward(mk):
    ctx = mk()
    s = ctx.staff("mi", 1)
    inner_ctx = mk(1)
    dwpc = ctx.dwp_person("dwp.gov.uk", "Provider Engagement")
    inner = Mail(inner_ctx, dwpc.email, [TEAMS["mi"]["shared"]], subject="Provider bulletin: benefit and pension rates 2025 to 2026",
                 sender_name="DWP Provider Engagement")
    inner.body([("p", "Dear providers,"), ("p", "The published benefit rates for 2025 to 2026 apply from April. Headlines:"),
                ("table", ["Benefit", "Weekly / monthly rate"], [("Universal Credit standard allowance, single 25 or over", "£400.14 a month"),
                                                               ("New Style JSA, 25 or over", "£92.05 a week"),
                                                               ("New Style ESA, support group", "£140.55 a week")]),
                ("p", "Please make sure advisers use the current rates in better-off calculations.")], mode="both", logo=False)
    m = smail(ctx, s, ["managers@bridgeway-support.org.uk"], "FW: Provider bulletin: benefit and pension rates 2025 to 2026",
              [("p", "FYI - please update your better-off calculators."), sig_block(s)])
    m.attach_msg(inner.build(), "Provider bulletin benefit rates.eml")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "nested message/rfc822 with published benefit rates, about nobody")


@scenario
def justice_sharing_protocol(mk):
    ctx = mk()
    s = ctx.staff("justice", 2)
    po = ctx.contact(PROBATION, "Senior Probation Officer")
    pol = [("title", "Information sharing protocol - Justice Pathways and Probation Delivery Units"),
           ("h", "1. Purpose"), ("p", "Sets out how employment information about people on probation is shared."),
           ("h", "2. What we share"), ("ul", ["Attendance and engagement with employment support",
                                             "Job starts, with the person's consent",
                                             "Concerns about risk, through the probation practitioner only"]),
           ("h", "3. What we never share by ordinary e-mail"),
           ("ul", ["Offence details, sentence information, licence conditions, MAPPA level",
                   "Drug or alcohol treatment information", "Health and mental health information"]),
           ("h", "4. Review"), ("p", "Annually, or sooner if guidance changes.")]
    m = smail(ctx, s, [po], "Information sharing protocol v3 for sign-off",
              [("p", f"Dear {po.first},"), ("p", "Attached is v3 of the protocol with your team's comments taken in. "
                                              "Section 3 now lists the categories we'd never put in unencrypted e-mail."),
               ("p", "Kind regards,"), sig_block(s, "office")] + footer("disc"))
    m.attach(make_docx(pol, "Information sharing protocol v3"), "Justice Pathways ISP v3.docx")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "policy document naming MAPPA, licence conditions, drug treatment in general")


@scenario
def employer_vacancy_chat(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Site Manager")
    m = smail(ctx, s, [e], "Peak season - how many do you need?",
              [("p", greet(e.first, ctx.rng)),
               ("p", "Good to speak earlier. Just so I've got it right:"),
               ("ul", ["20 warehouse operatives from 3 November, temp-to-perm", "Days 6-2, lates 2-10, nights 10-6",
                       "£12.60/hr days, £13.40 nights, weekly pay", "Forklift licence a bonus, not essential"]),
               ("p", "We can run a guaranteed-interview session at your Barking site if you give us two dates."),
               ("p", signoff(ctx.rng)), sig_block(s)], mode="text")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "ordinary employer engagement, plain text")


@scenario
def youth_staff_rota(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    c = ctx.contact(YOUTHHUB, "Hub Coordinator")
    rows = [["Day", "Session", "Staff member", "Work mobile"]]
    for d in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        st = ctx.staff("youth")
        rows.append([d, ctx.rng.choice(["CV drop-in", "Job club", "Interview practice"]), st.full, st.mobile])
    m = smail(ctx, s, [c], "Drop-in rota for October",
              [("p", greet(c.first, ctx.rng)), ("p", "Rota attached so your front desk knows who's in each day."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    m.attach(make_xlsx([{"title": "October", "rows": rows}], creator=s.full), "Youth drop-in rota October.xlsx")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "spreadsheet of staff names and work mobiles; staff are not data subjects")


@scenario
def employer_contacts_csv(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    rows = [["Employer", "Contact", "Role", "Phone", "Email"]]
    for key in list(EMPLOYERS)[:6]:
        e = emp(key, ctx, ctx.rng.choice(["HR Manager", "Talent Partner", "Site Manager"]))
        rows.append([EMPLOYERS[key][0], e.full, e.title, e.desk, e.email])
    m = smail(ctx, s, ["employer.team@northstar-training.co.uk"], "Shared employer contacts list",
              [("p", "Hi team,"), ("p", "Updated employer contact list for the shared account management - please don't "
                                        "cold-call anyone on it without checking with us first."), sig_block(s)])
    m.attach(make_csv(rows), "employer_contacts.csv")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "CSV of employer contacts with phones and e-mails; not claimants")


@scenario
def encrypt_howto_subject(mk):
    ctx = mk()
    s = ctx.staff("mi", 2)
    m = smail(ctx, s, ["all.staff@bridgeway-support.org.uk", "all.staff@northstar-training.co.uk"],
              "Reminder: how to send encrypted e-mail to us",
              [("p", "Hi all,"), ("p", "A reminder for new starters:"),
               ("ol", ["Anything with participant details beyond a single name goes encrypted.",
                       "To encrypt, type the tag shown on the intranet page in the subject line - our gateway does the rest.",
                       "Never put a NINO, date of birth or health information in an ordinary e-mail."]),
               ("p", "Thanks,"), sig_block(s)] + footer("disc"))
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "'encrypted' in the subject but no [ENCRYPT] tag; guidance only")


@scenario
def youth_aggregate_report(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    c = ctx.contact(YOUTHHUB, "Commissioning Officer")
    m = smail(ctx, s, [c], "Youth Futures - quarter summary for the board",
              [("p", greet(c.first, ctx.rng)), ("p", "Headlines for the board paper:"),
               ("table", ["", "Count"], [("Young people started", 64), ("Told us about anxiety or depression", 19),
                                         ("Care leavers", 7), ("Young parents", 3), ("Into work or apprenticeship", 22),
                                         ("Into education", 5)]),
               ("p", "Happy to present it if useful."), ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "aggregate counts of anxiety/depression, care leavers, young parents")


@scenario
def ips_mdt_agenda(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    nhs = ctx.contact(NHS_TT, "Step 3 Team Manager")
    m = smail(ctx, s, [nhs], "MDT agenda - Wednesday",
              [("p", greet(nhs.first, ctx.rng)),
               ("ul", ["Referral pathway from Step 2 - numbers and waiting times", "Caseload review: people will be discussed in the room "
                       "only, not by e-mail", "Joint training on benefits and work", "AOB"]),
               ("p", "Same Teams link as usual."), sig_block(s)], mode="html")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "MDT agenda that deliberately names nobody")


@scenario
def employer_forum_footers(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Registered Manager")
    m = smail(ctx, s, [e], "Employer forum venue",
              [("p", greet(e.first, ctx.rng)), ("p", "Confirming Thursday's employer forum is at the Deptford office, 9:30 for a 10am start. "
                                                     "Parking is tight - Deptford station is 5 minutes' walk."),
               ("p", signoff(ctx.rng)), sig_block(s, "office", "hours")] + footer("well", "disc", "green"), logo=True)
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "short mail whose footers mention health, anxiety, alcohol, criminal offence data")


@scenario
def justice_generic_convictions(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    e = emp("gatewick", ctx, "Head of Resourcing")
    m = smail(ctx, s, [e], "Recruiting people leaving prison - quick intro",
              [("p", f"Dear {e.first},"),
               ("p", "Thanks for taking my call. As I said, many of the people we support have convictions - some have served "
                     "custodial sentences, some are on licence or have electronic monitoring for a while after release. "
                     "Airside roles need a counter-terrorist check, so we'd focus on landside cleaning and logistics."),
               ("p", "Could we meet for half an hour in the next fortnight?"), ("p", "Kind regards,"), sig_block(s)] + footer("disc"))
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "generic group statements about people with convictions, tags, licences")


@scenario
def ips_hypothetical_adjustments(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    e = emp("parade", ctx, "HR Advisor")
    m = smail(ctx, s, [e], "Your question about adjustments",
              [("p", greet(e.first, ctx.rng)),
               ("p", "On your question: if one of your new starters tells you they have a mental health condition, you don't need "
                     "medical evidence to make a reasonable adjustment. Typical ones are:"),
               ("ul", ["a later start while medication settles", "a quiet space for breaks", "regular check-ins with one manager"]),
               ("p", "Access to Work can also fund a mental health support service for the employee. If someone were in recovery "
                     "from drug or alcohol use, the same principles apply."),
               ("p", signoff(ctx.rng)), sig_block(s)] + footer("disc"))
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "hypothetical new starter with a mental health condition; nobody identified")


@scenario
def ics_mhfa_training(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    atts = [("Northstar delivery team", "delivery.team@northstar-training.co.uk"), ("Bridgeway coaches", "coaches@bridgeway-support.org.uk")]
    start = ctx.future((7, 25), 9)
    desc = "Two-day Mental Health First Aid course. Covers depression, anxiety, psychosis, suicide and self-harm, and substance use. Lunch provided."
    m = Mail(ctx, s.email, [a[1] for a in atts], subject="Mental Health First Aid - two-day course", sender_name=s.full)
    m.body([("p", desc)], mode="both", logo=False)
    m.calendar = make_ics(ctx, s, atts, start, 420, "Mental Health First Aid (MHFA England) - day 1", "Deptford office, training room", desc)
    m.attach(m.calendar, "invite.ics")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "calendar invite and .ics attachment for MHFA training")


@scenario
def mobile_running_late(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    p = ctx.person()
    m = Mail(ctx, s.email, [p.email], subject="Running late", sender_name=s.full, client="mobile")
    m.body([("p", f"Hi {p.first} sorry, train's stuck at Lewisham - be there 10:20 not 10. Grab a coffee, I'll pay! {s.first}"),
            ("p", "Sent from my iPhone")], mode="text")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "one-line mobile mail to a claimant, greeting only")


@scenario
def prison_visit_logistics(mk):
    ctx = mk()
    s = ctx.staff("justice", 2)
    c = ctx.contact("hmpps-thameside-resettlement.org.uk", "Pre-release Team Coordinator")
    m = smail(ctx, s, [c], "Gate pass for jobs fair - staff names",
              [("p", greet(c.first, ctx.rng)), ("p", "For the pre-release jobs fair on the 14th, the staff attending from us are:"),
               ("ul", [f"{x.full} - {x.title}" for x in STAFF["justice"][:3]]),
               ("p", "We'll bring our own laptops (no cameras). Let me know if you need anything else for the gate."),
               ("p", signoff(ctx.rng)), sig_block(s)] + footer("disc"))
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "prison logistics naming staff only")


@scenario
def mi_contract_variation_empty_subject(mk):
    ctx = mk()
    s = ctx.staff("mi", 1)
    cm = ctx.dwp_person("dwp.gov.uk", "Commercial Lead")
    letter = [("b", ORG), ("p", TEAMS["mi"]["office"]), ("p", ctx.when.strftime("%d %B %Y").lstrip("0")),
              ("p", f"{cm.full}\nCommercial Directorate\nDepartment for Work and Pensions"),
              ("p", f"Dear {cm.first},"), ("b", "Contract variation request CV-07: change of delivery site"),
              ("p", "We request DWP's agreement to move delivery from the Sutton site to the Morden hub from 1 December. "
                    "There is no change to the service offer, staffing or data flows."),
              ("p", "Yours sincerely,"), ("p", f"{s.full}\n{s.title}")]
    m = smail(ctx, s, [cm], "", [("p", f"Dear {cm.first},"), ("p", "Please see the attached variation request."), sig_block(s)])
    m.attach(make_pdf([letter], "CV-07"), "CV-07 site change request.pdf")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "empty subject to DWP (¶37 warn only) with a business letter, no claimant")


@scenario
def zip_password_followup(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Deputy Manager")
    m = smail(ctx, s, [e], "Password for the file I sent",
              [("p", greet(e.first, ctx.rng)), ("p", "Password for the zip I sent a moment ago: Harbour!Lights82"),
               ("p", signoff(ctx.rng)), sig_block(s)], mode="text")
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "separate mail carrying only a password")


@scenario
def supplier_print_quote(mk):
    ctx = mk()
    s = ctx.staff("mi", 3)
    c = ctx.contact(PRINTER, "Sales")
    m = smail(ctx, s, [c], "Quote request - leaflets",
              [("p", "Hello,"), ("p", "Could you quote for:"),
               ("ul", ["5,000 A5 leaflets, double-sided, 150gsm silk", "500 A4 posters", "Delivery to our Chatham office"]),
               ("p", "Artwork to follow. PO number will be PO-MEP-3391."), ("p", "Thanks,"), sig_block(s, "office")])
    return C(m, "relay", "no_claimant_data", NOBODY, NOF, "supplier quote request")


# ---- group 2: one name; CVs to the claimant; CVs to employers and partners -------------------

ONE = dict(subjects=1)


@scenario
def one_name_interview_confirm(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    e = emp("parade", ctx, "Store Manager")
    p = ctx.person(age=(18, 24))
    w = ctx.future()
    m = smail(ctx, s, [e], "Interview Thursday",
              [("p", greet(e.first, ctx.rng)), ("p", f"Can you confirm {p.full} for the {w.strftime('%H:%M')} interview slot on "
                                                     f"{day_txt(w)}? I'll let them know once you come back to me."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "one name plus an interview time to an employer")


@scenario
def one_name_supply_status(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    p = ctx.person()
    m = smail(ctx, s, ["referrals@bridgeway-support.org.uk"], f"Referral accepted - {p.full}",
              [("p", "Hi Bridgeway team,"), ("p", f"Referral accepted for {p.full}. Start on the confidence course Monday - "
                                                 "referral status now 'Active' on our side."), sig_block(s)], mode="text")
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "one name in subject and body plus a referral status, to supply chain")


@scenario
def one_name_dwp_attended(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    wc = ctx.dwp_person("jobcentreplus.gov.uk", "Work Coach")
    p = ctx.person()
    m = smail(ctx, s, [wc], "Attendance today",
              [("p", greet(wc.first, ctx.rng)), ("p", f"Just to let you know {p.full} attended the initial appointment with us this morning."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "one name to a DWP work coach, attendance only")


@scenario
def one_name_negation(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    e = emp("elmstead", ctx, "Area Supervisor")
    p = ctx.person()
    w = ctx.future((3, 10), 8)
    m = smail(ctx, s, [e], "New starter Monday",
              [("p", greet(e.first, ctx.rng)),
               ("kv", [("Starter", p.full), ("Start", f"{day_txt(w)}, 8am, reception"), ("Availability", "Immediate"),
                       ("Health / adjustments", "none declared")]),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True),
             "negation: 'none declared' under health is not health data; one name and a start date")


@scenario
def one_name_ics_interview(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("crownfield", ctx, "Site Manager")
    p = ctx.person(sex="M")
    w = ctx.future()
    desc = f"Interview for the labourer vacancy (Woolwich site). Candidate: {p.full}. Please meet at the site cabin."
    m = Mail(ctx, s.email, [e], subject=f"Interview: {p.full} - Labourer", sender_name=s.full)
    m.body([("p", desc)], mode="both", logo=False)
    m.calendar = make_ics(ctx, s, [(e.full, e.email)], w, 30, f"Interview: {p.full} - Labourer", "Crownfield site cabin, Woolwich", desc)
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "calendar invite to an employer: one candidate name and a time")


@scenario
def one_name_staff_phone(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    e = emp("quayside", ctx, "Shift Manager")
    p = ctx.person(sex="M")
    coach = ctx.staff("justice", 1)
    m = smail(ctx, s, [e], "Taster day tomorrow",
              [("p", greet(e.first, ctx.rng)), ("p", f"{p.full} is booked for the taster day tomorrow at 9. My colleague {coach.full} "
                                                     f"will come along with him - if you need {coach.first} on the day, the work mobile is {coach.mobile}."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "one claimant name; the phone number is a staff member's")


@scenario
def one_name_course_booking(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, ["bookings@northstar-training.co.uk"], "CSCS course booking",
              [("p", "Hi,"), ("p", f"Could you add {p.full} to the Level 1 Health & Safety (CSCS) course on the 14th? Thanks!"),
               sig_block(s)])
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "one name and a course booking to supply chain")


@scenario
def one_name_subject_only(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    e = emp("riverlight", ctx, "Head Housekeeper")
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, [e], f"Interview feedback - {p.full}",
              [("p", greet(e.first, ctx.rng)), ("p", "Any feedback from Tuesday yet? No rush."), sig_block(s)], mode="text")
    prev = ctx.past((1, 4))
    m.text = None
    m.body([("p", greet(e.first, ctx.rng)), ("p", "Any feedback from Tuesday yet? No rush."), sig_block(s),
            ("gquote", f"On {prev.strftime('%a, %d %b %Y')} at 16:02, {e.full} <{e.email}> wrote:",
             [("p", f"Hi {s.first}, thanks - we saw three of yours today, I'll come back to you by Friday."), ("p", e.first)])],
           mode="text")
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True),
             "the one name is only in the subject line; Gmail-style quoted reply below")


def cv_to_claimant_variant(ctx, layout, fmt, team, note):
    s = ctx.staff(team)
    p = ctx.person(age=(18, 50) if team != "youth" else (18, 24))
    cv = CV(ctx, p, referees=[ctx.contact(EMPLOYERS["oakbridge"][1], "Deputy Manager")] if layout == "table" else None,
            negation="Full clean UK driving licence. No criminal convictions." if note == "negation" else None)
    for r in cv.referees or []:
        r.org = EMPLOYERS["oakbridge"][0]
    consent_add(p.email)
    body = [("p", greet(p.first, ctx.rng)),
            ("p", ctx.rng.choice(["Here's the updated CV you asked for.", "As requested, your CV with the new warehouse job added.",
                                  "Your CV is attached - I've tightened up the profile like we discussed."])),
            ("p", "Have a read and tell me if you want anything changed before we send it out."),
            ("p", signoff(ctx.rng)), sig_block(s, "nomobile")]
    m = smail(ctx, s, [p.email], "Your CV", body, shared=True)
    if fmt == "docx":
        m.attach(cv.docx(layout), cv_filename(p, ctx.rng.randint(0, 3)))
    elif fmt == "pdf":
        m.attach(cv.pdf(layout), f"{p.first} {p.last} CV.pdf")
    else:
        m.attach(cv.text().encode("utf-8"), f"{p.first}_CV.txt")
    return m, p


@scenario
def cv_to_claimant(mk):
    out = []
    for i, (layout, fmt, team, note, n) in enumerate([
            ("classic", "docx", "youth", None, "consented claimant, classic DOCX CV"),
            ("twocol", "pdf", "ips", None, "consented claimant, two-column PDF CV"),
            ("table", "docx", "justice", None, "consented claimant, CV laid out in tables with a named referee"),
            ("classic", "txt", "youth", None, "consented claimant, plain-text CV attachment"),
            ("classic", "docx", "justice", "negation", "consented claimant; 'No criminal convictions' is a negation, not criminal data")]):
        ctx = mk(i)
        m, p = cv_to_claimant_variant(ctx, layout, fmt, team, note)
        out.append(C(m, "relay", "cv_to_claimant", T(contact=True, subjects=1, docs=["cv"]), F(cv_count=1, own_rcpt=[p.email]), n))
    # a reply in a Gmail-style thread, CV pasted into the body
    ctx = mk(9)
    s = ctx.staff("ips", 0)
    p = ctx.person()
    consent_add(p.email)
    cv = CV(ctx, p, contact=("phone", "email"))
    m = smail(ctx, s, [p.email], "Re: CV", [("p", greet(p.first, ctx.rng)), ("p", "Pasted below so you can copy it into the online form:"),
                                            ("pre", cv.text()), ("p", signoff(ctx.rng)), sig_block(s, "nomobile")], mode="text", shared=True)
    out.append(C(m, "relay", "cv_to_claimant", T(contact=True, subjects=1, docs=["cv"]), F(cv_count=1, own_rcpt=[p.email]),
                 "consented claimant, CV pasted in the body as plain text"))
    return out


@scenario
def cvs_bundle_pdf(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Recruitment Partner")
    ps = [ctx.person() for _ in range(3)]
    cvs = [CV(ctx, p, sector="warehouse") for p in ps]
    m = smail(ctx, s, [e], "3 CVs for the peak roles",
              [("p", greet(e.first, ctx.rng)), ("p", "Three strong candidates for the peak warehouse roles - all in one PDF, one CV per page-set:"),
               ("ul", [p.full for p in ps]), ("p", "All can start from 3 November."), ("p", signoff(ctx.rng)), sig_block(s)] + footer("disc"))
    m.attach(make_pdf([cv.blocks(ctx.rng.choice(["classic", "twocol"])) for cv in cvs], "Candidate CVs"), "Quayside peak - candidate CVs.pdf")
    return C(m, "relay", "cvs_up_to_10", T(contact=True, subjects=3, docs=["cv"]), F(cv_count=3), "three CVs bundled in one PDF, to an employer")


@scenario
def cvs_exactly_ten(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    e = emp("parade", ctx, "Talent Acquisition Lead")
    ps = [ctx.person(age=(18, 24)) for _ in range(10)]
    m = smail(ctx, s, [e], "Christmas temps - 10 CVs",
              [("p", greet(e.first, ctx.rng)), ("p", "Ten CVs attached for the Christmas temp roles at Croydon and Bromley."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    for i, p in enumerate(ps):
        cv = CV(ctx, p, sector="retail")
        m.attach(cv.docx(["classic", "twocol", "table"][i % 3]), cv_filename(p, i))
    return C(m, "relay", "cvs_up_to_10", T(contact=True, subjects=10, docs=["cv"]), F(cv_count=10), "exactly ten CVs as ten DOCX files")


@scenario
def cv_to_partner(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    p = ctx.person(sex="F")
    partner = ctx.person(sex="M")
    m = smail(ctx, s, [partner.email], f"{p.first}'s CV",
              [("p", f"Hi {partner.first},"), ("p", f"{p.first} asked me to send her CV to you so you can print a few copies at work for "
                                                  "Saturday's recruitment day. It's attached."),
               ("p", signoff(ctx.rng)), sig_block(s, "nomobile")], shared=True)
    m.attach(CV(ctx, p, sector="care").docx("classic"), cv_filename(p, 1))
    return C(m, "relay", "cvs_up_to_10", T(contact=True, subjects=1, docs=["cv"]), F(cv_count=1),
             "a claimant's CV to her partner's personal address: a third party, so the CV exemption (¶19) not ¶17")


@scenario
def cv_shortlist_table(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Registered Manager")
    ps = [ctx.person() for _ in range(5)]
    rows = []
    for p in ps:
        cv = CV(ctx, p, sector="care")
        rows.append((p.full, ", ".join(cv.certs), f"{ctx.rng.randint(1, 8)} yrs", ctx.rng.choice(["Now", "2 weeks", "1 month"])))
    m = smail(ctx, s, [e], "Shortlist for the care assistant roles",
              [("p", greet(e.first, ctx.rng)), ("p", "From the CVs we hold, here's the shortlist for your two day-shift posts:"),
               ("table", ["Candidate", "Training (from CV)", "Care experience", "Available"], rows),
               ("p", "Full CVs on request."), ("p", signoff(ctx.rng)), sig_block(s)], mode="html")
    return C(m, "relay", "cvs_up_to_10", T(subjects=5, docs=["cv"]), F(cv_count=5), "five CV-derived data sets in an HTML table")


@scenario
def cvs_two_to_supply(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    ps = [ctx.person(age=(18, 24)) for _ in range(2)]
    m = smail(ctx, s, ["placements@northstar-training.co.uk"], "Two CVs for the hospitality academy",
              [("p", "Hi both,"), ("p", f"CVs for {ps[0].first} and {ps[1].first} for the hospitality academy intake."),
               sig_block(s)])
    m.attach(CV(ctx, ps[0], sector="hospitality").docx("twocol"), cv_filename(ps[0], 2))
    m.attach(CV(ctx, ps[1], sector="hospitality").text().encode(), f"{ps[1].last}_CV.txt")
    return C(m, "relay", "cvs_up_to_10", T(contact=True, subjects=2, docs=["cv"]), F(cv_count=2), "two CVs (two-column DOCX and plain text) to supply chain")


@scenario
def cvs_referees_bundle(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    a = ctx.contact(AGENCY, "Senior Consultant")
    ps = [ctx.person() for _ in range(4)]
    blocks = []
    for i, p in enumerate(ps):
        keys = ctx.rng.sample(list(EMPLOYERS), 2)
        refs = []
        for k in keys:
            r = emp(k, ctx, ctx.rng.choice(["Supervisor", "Line Manager", "Team Leader"]))
            refs.append(r)
        if i:
            blocks.append(("break",))
        blocks += CV(ctx, p, sector="security", referees=refs).blocks("classic")
    m = smail(ctx, s, [a], "Security officer candidates x4",
              [("p", greet(a.first, ctx.rng)), ("p", "Four CVs in the attached document, referees included - please don't contact "
                                                     "referees until an offer is made."), sig_block(s)])
    m.attach(make_docx(blocks, "Security candidates"), "Security officer candidates.docx")
    return C(m, "relay", "cvs_up_to_10", T(contact=True, subjects=4, docs=["cv"]), F(cv_count=4),
             "four CVs in one DOCX; named referees with phones/e-mails are not data subjects")


@scenario
def cv_extract_xlsx(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    e = emp("gatewick", ctx, "Resourcing Partner")
    ps = [ctx.person() for _ in range(8)]
    rows = [["Candidate", "Most recent role", "Tickets", "Years in role", "Shift preference", "Notes (internal)"]]
    for p in ps:
        cv = CV(ctx, p, sector=ctx.rng.choice(["cleaning", "security", "warehouse"]))
        rows.append([p.full, cv.jobs[0][0], "; ".join(cv.certs), ctx.rng.randint(1, 6),
                     ctx.rng.choice(["Earlies", "Lates", "Any"]), ctx.rng.choice(["called back", "keen", "prefers Gatwick North", "-"])])
    m = smail(ctx, s, [e], "Landside candidates - CV extract",
              [("p", greet(e.first, ctx.rng)), ("p", "Extract from eight CVs for the landside cleaning and logistics roles."),
               sig_block(s)])
    m.attach(make_xlsx([{"title": "Candidates", "rows": rows, "hidden_cols": ["F"]}], creator=s.full), "Landside candidates.xlsx")
    return C(m, "relay", "cvs_up_to_10", T(subjects=8, docs=["cv"]), F(cv_count=8),
             "eight CV-derived rows in XLSX with a hidden (harmless) notes column")


# ---- group 3: forms, letters, lists, DWP processes, forwarding, already encrypted -----------

ROLES = {"oakbridge": "Care Assistant (days)", "riverlight": "Live-in House Managers (couple)", "crownfield": "Site Labourer",
         "quayside": "Warehouse Operative", "parade": "Retail Assistant", "elmstead": "Cleaning Operative",
         "gatewick": "Landside Cleaning Operative"}


@scenario
def form_single_docx(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Registered Manager")
    p = ctx.person()
    m = smail(ctx, s, [e], "Application - Care Assistant (days)",
              [("p", greet(e.first, ctx.rng)), ("p", "Completed application form attached for the day-shift care assistant post."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    m.attach(make_docx(form_blocks(ctx, [p], ROLES["oakbridge"], EMPLOYERS["oakbridge"][0]), "Application form"),
             f"Application form - {p.last}.docx")
    return C(m, "relay", "application_forms_up_to_10", T(contact=True, subjects=1, docs=["application_form"]), F(form_people=1),
             "one application form as a label/value table with age (not DOB)")


@scenario
def couple_forms_five(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    e = emp("riverlight", ctx, "Group HR Manager")
    pages = []
    for _ in range(5):
        pages.append(form_blocks(ctx, couple(ctx), ROLES["riverlight"], EMPLOYERS["riverlight"][0]))
    m = smail(ctx, s, [e], "Live-in couple roles - five joint applications",
              [("p", greet(e.first, ctx.rng)), ("p", "Five joint applications for the live-in house manager posts, one per page."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    m.attach(make_pdf(pages, "Joint applications"), "Riverlight joint applications x5.pdf")
    return C(m, "relay", "application_forms_up_to_10", T(contact=True, subjects=10, docs=["application_form_couple"]), F(form_people=10),
             "five couple forms = exactly ten people (¶24)")


@scenario
def forms_four_bundle(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("crownfield", ctx, "Labour Manager")
    blocks = []
    for i in range(4):
        if i:
            blocks.append(("break",))
        blocks += form_blocks(ctx, [ctx.person(sex="M")], ROLES["crownfield"], EMPLOYERS["crownfield"][0])
    m = smail(ctx, s, [e], "Labourer applications (4)",
              [("p", greet(e.first, ctx.rng)), ("p", "Four applications for the Woolwich labourer roles in one document."), sig_block(s)])
    m.attach(make_docx(blocks, "Applications"), "Crownfield labourer applications.docx")
    return C(m, "relay", "application_forms_up_to_10", T(contact=True, subjects=4, docs=["application_form"]), F(form_people=4),
             "four application forms bundled in one DOCX")


def fillable_form_pdf(ctx, p, role, employer):
    pdf = _pdf_new("Application form", ORG)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, latin(f"{ORG} - Application form (fillable)"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 7, latin(f"Vacancy: {role} - {employer}"), new_x="LMARGIN", new_y="NEXT")
    labels = [("name", "Full name", p.full), ("age", "Age", str(p.age)), ("address", "Home address", p.addr_one),
              ("phone", "Phone", p.mobile), ("email", "Email", p.email), ("availability", "Availability", "Immediate"),
              ("experience", "Relevant experience", "Two years as a cleaner in offices and schools")]
    fields = []
    y = 40
    for key, lab, val in labels:
        pdf.set_xy(18, y)
        pdf.cell(45, 8, latin(lab + ":"))
        pdf.rect(65, y, 125, 8)
        x0, x1 = 65 * 72 / 25.4, 190 * 72 / 25.4
        y1 = (297 - y) * 72 / 25.4
        y0 = (297 - y - 8) * 72 / 25.4
        fields.append((key, val, 0, (x0, y0, x1, y1)))
        y += 12
    return pdf_add_fields(bytes(pdf.output()), fields)


@scenario
def form_fillable_pdf(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    e = emp("elmstead", ctx, "Recruitment Coordinator")
    p = ctx.person()
    m = smail(ctx, s, [e], "Application for the cleaning operative role",
              [("p", greet(e.first, ctx.rng)), ("p", "Filled-in form attached (the fillable one you sent us)."), sig_block(s)])
    m.attach(fillable_form_pdf(ctx, p, ROLES["elmstead"], EMPLOYERS["elmstead"][0]), "Elmstead application - completed.pdf")
    return C(m, "relay", "application_forms_up_to_10", T(contact=True, subjects=1, docs=["application_form"]), F(form_people=1),
             "fillable PDF whose answers exist only in AcroForm field values")


@scenario
def forms_odt_three(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    e = emp("oakbridge", ctx, "Home Manager")
    blocks = []
    for _ in range(3):
        blocks += form_blocks(ctx, [ctx.person()], ROLES["oakbridge"], EMPLOYERS["oakbridge"][0])
    m = smail(ctx, s, [e], "Three applications - night care assistants",
              [("p", greet(e.first, ctx.rng)), ("p", "Three forms attached in the one file (ODT, sorry - it's what the kiosk PC saves)."),
               sig_block(s)])
    m.attach(make_odt(blocks, "Applications"), "night care applications.odt")
    return C(m, "relay", "application_forms_up_to_10", T(contact=True, subjects=3, docs=["application_form"]), F(form_people=3),
             "three application forms in one ODT")


@scenario
def forms_mixed_couples(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    e = emp("riverlight", ctx, "HR Advisor")
    pages = [form_blocks(ctx, couple(ctx), "Live-in Night Porters (couple)", EMPLOYERS["riverlight"][0]) for _ in range(2)]
    pages += [form_blocks(ctx, [ctx.person(age=(18, 24))], "Room Attendant", EMPLOYERS["riverlight"][0]) for _ in range(3)]
    m = smail(ctx, s, [e], "Applications: 2 joint + 3 single",
              [("p", greet(e.first, ctx.rng)), ("p", "Two joint applications (night porter couples) and three room attendant applications."),
               sig_block(s)])
    m.attach(make_pdf(pages, "Applications"), "Riverlight applications.pdf")
    return C(m, "relay", "application_forms_up_to_10",
             T(contact=True, subjects=7, docs=["application_form_couple", "application_form"]), F(form_people=7),
             "two couple forms and three single forms: seven people")


@scenario
def letter_interview_to_claimant(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, [p.email], "Your interview invitation",
              [("p", greet(p.first, ctx.rng)), ("p", "Great news - your interview letter is attached. Call us if you need help with travel."),
               sig_block(s, "nomobile")], shared=True)
    m.attach(make_docx(letter_blocks(ctx, p, "letter_interview", s, employer=EMPLOYERS["parade"][0], role="Retail Assistant"),
                       "Interview letter"), "Interview letter.docx")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=1, docs=["letter_interview"]),
             F(letters=["letter_interview"], own_rcpt=[p.email]),
             "interview letter to the claimant it is addressed to (no consent needed for letters)")


@scenario
def letters_ten_appointments(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    letters = [letter_blocks(ctx, ctx.person(), "letter_appointment", s) for _ in range(10)]
    m = smail(ctx, s, ["admin@bridgeway-support.org.uk"], "Appointment letters to post - 10",
              [("p", "Hi Bridgeway admin,"), ("p", "Ten appointment letters for Monday's post run, one per page."), sig_block(s)])
    m.attach(make_letters_pdf(ctx, letters, "Appointment letters"), "Appointment letters batch 14.pdf")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=10, docs=["letter_appointment"]),
             F(letters=["letter_appointment"] * 10), "exactly ten appointment letters in one PDF, to supply chain")


@scenario
def letter_offer_to_supply(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, ["placements@northstar-training.co.uk"], "Job offer - for your records",
              [("p", "Hi,"), ("p", f"{p.first} has accepted the Riverlight offer - letter attached for your outcome evidence."), sig_block(s)])
    m.attach(make_pdf([letter_blocks(ctx, p, "letter_job_offer", s, employer=EMPLOYERS["riverlight"][0], role="Room Attendant")],
                      "Offer letter"), "Offer letter.pdf")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=1, docs=["letter_job_offer"]), F(letters=["letter_job_offer"]),
             "a job offer letter to supply chain")


@scenario
def letter_appointment_consented(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    p = ctx.person()
    consent_add(p.email)
    m = smail(ctx, s, [p.email], "Appointment letter",
              [("p", greet(p.first, ctx.rng)), ("p", "Your appointment letter is attached."), sig_block(s)], shared=True)
    m.attach(make_pdf([letter_blocks(ctx, p, "letter_appointment", s)], "Appointment"), "Appointment letter.pdf")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=1, docs=["letter_appointment"]),
             F(letters=["letter_appointment"], own_rcpt=[p.email]), "appointment letter to a claimant who is also in the consent register")


@scenario
def letters_six_interviews_docx(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    blocks = []
    for i in range(6):
        if i:
            blocks.append(("break",))
        blocks += letter_blocks(ctx, ctx.person(), "letter_interview", s, employer=EMPLOYERS["quayside"][0])
    m = smail(ctx, s, ["admin@northstar-training.co.uk"], "Interview letters for Quayside",
              [("p", "Hi,"), ("p", "Six interview letters in the attached doc - can you print and hand out at Tuesday's session?"),
               sig_block(s)])
    m.attach(make_docx(blocks, "Interview letters"), "Quayside interview letters.docx")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=6, docs=["letter_interview"]),
             F(letters=["letter_interview"] * 6), "six interview letters in one DOCX")


@scenario
def letter_offer_to_claimant(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    p = ctx.person()
    m = smail(ctx, s, [p.email], "Your job offer from Oakbridge",
              [("p", greet(p.first, ctx.rng)), ("p", "Congratulations! Oakbridge asked us to pass on your offer letter (attached)."),
               sig_block(s)], shared=True)
    m.attach(make_docx(letter_blocks(ctx, p, "letter_job_offer", s, employer=EMPLOYERS["oakbridge"][0], role="Care Assistant"),
                       "Offer"), "Oakbridge offer letter.docx")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=1, docs=["letter_job_offer"]),
             F(letters=["letter_job_offer"], own_rcpt=[p.email]), "job offer letter to the claimant it is addressed to")


def list_people(ctx, n, age=(18, 60)):
    f, r = ctx.fake, ctx.rng
    out = []
    for _ in range(n):
        first = f.first_name()
        last = f.last_name()
        out.append(dict(first=first, last=last, nino=new_nino(r), ref=f"CF-{r.randint(100000, 999999)}"))
    return out


@scenario
def names_csv_jobsfair(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Recruitment Partner")
    ppl = list_people(ctx, 42)
    day = ctx.future()
    rows = [["Surname", "Forename", "Our ref", "Interview slot"]]
    for i, p in enumerate(ppl):
        rows.append([p["last"], p["first"], p["ref"], (day + dt.timedelta(minutes=15 * i)).strftime("%d/%m/%Y %H:%M")])
    m = smail(ctx, s, [e], "Jobs fair interview list",
              [("p", greet(e.first, ctx.rng)), ("p", "List of 42 people booked for interview slots at the jobs fair."), sig_block(s)])
    m.attach(make_csv(rows), "jobsfair_interviews.csv")
    return C(m, "relay", "names_list_500", T(subjects=42, docs=["name_list"]),
             F(list_rows=42, list_cols=["surname", "forename", "ref", "interview_date"]), "CSV list of 42 names, refs and interview slots")


@scenario
def names_xlsx_500(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    ppl = list_people(ctx, 500)
    rows = [["Surname", "Initial", "NINO", "PRaP ref"]]
    for p in ppl:
        rows.append([p["last"].upper(), p["first"][0], fmt_nino(p["nino"], "compact"), p["ref"]])
    pivot = [["Initial", "Count"]] + [[c, sum(1 for p in ppl if p["first"][0] == c)] for c in sorted({p["first"][0] for p in ppl})]
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk"], "Caseload reconciliation - 500",
              [("p", "Hi,"), ("p", "Your transferred caseload for reconciliation (500 rows). Pivot sheet is hidden."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Caseload", "rows": rows}, {"title": "Pivot", "rows": pivot, "hidden": True}]), "Bridgeway caseload 500.xlsx")
    return C(m, "relay", "names_list_500", T(ninos=500, subjects=500, docs=["name_list"]),
             F(list_rows=500, list_cols=["surname", "initial", "nino", "ref"]), "exactly 500 surnames, initials and NINOs in XLSX")


@scenario
def names_fixed_width(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    ppl = list_people(ctx, 120)
    d = ctx.future()
    lines = [f"{'SURNAME':<20}{'INIT':<6}{'NINO':<12}{'COURSE DATE':<12}", "-" * 50]
    for p in ppl:
        lines.append(f"{p['last'].upper():<20}{p['first'][0] + '.':<6}{p['nino']:<12}{d.strftime('%d/%m/%Y'):<12}")
    m = smail(ctx, s, ["data.team@northstar-training.co.uk"], "Course allocations (fixed width export)",
              [("p", "Hi,"), ("p", "Export attached, 120 rows, fixed width as your import wants."), sig_block(s)], mode="text")
    m.attach(("\n".join(lines) + "\n").encode(), "course_alloc.txt")
    return C(m, "relay", "names_list_500", T(ninos=120, subjects=120, docs=["name_list"]),
             F(list_rows=120, list_cols=["surname", "initial", "nino", "interview_date"]), "fixed-width text list with NINOs")


@scenario
def names_pdf_table_college(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    c = ctx.contact(COLLEGE, "Enrolment Team")
    ppl = list_people(ctx, 25)
    d = ctx.future()
    rows = [(p["first"], p["last"], (d + dt.timedelta(minutes=20 * i)).strftime("%d/%m %H:%M")) for i, p in enumerate(ppl)]
    m = smail(ctx, s, [c], "Enrolment appointments - Youth Futures",
              [("p", greet(c.first, ctx.rng)), ("p", "Enrolment appointment list attached."), sig_block(s)])
    m.attach(make_pdf([[("h", "Enrolment appointments"), ("table", ["Forename", "Surname", "Appointment"], rows)]], "Enrolment list"),
             "Enrolment appointments.pdf")
    return C(m, "relay", "names_list_500", T(subjects=25, docs=["name_list"]),
             F(list_rows=25, list_cols=["forename", "surname", "interview_date"]), "PDF table of 25 names with appointment times")


@scenario
def names_html_table(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    ppl = list_people(ctx, 14)
    d = ctx.future()
    m = smail(ctx, s, ["courses@northstar-training.co.uk"], "Starters for the digital skills course",
              [("p", "Hi Northstar,"), ("p", "Here are the starters:"),
               ("table", ["Name", "Course", "Start"], [(f"{p['first']} {p['last']}", "Digital skills L1", day_txt(d)) for p in ppl]),
               sig_block(s)], mode="html")
    return C(m, "relay", "names_list_500", T(subjects=14, docs=["name_list"]),
             F(list_rows=14, list_cols=["name", "course", "interview_date"]), "HTML table of 14 names and a course start date")


@scenario
def nino_only_csv_650(mk):
    ctx = mk()
    s = ctx.staff("mi", 2)
    ppl = list_people(ctx, 650)
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk"], "NINO match file",
              [("p", "Hi,"), ("p", "NINOs only - please match against your starts and return the unmatched ones."), sig_block(s)])
    m.attach(make_csv([["NINO"]] + [[p["nino"]] for p in ppl]), "nino_match.csv")
    return C(m, "relay", "nino_only_list", T(ninos=650, subjects=650, docs=["nino_list"]),
             F(list_rows=650, list_cols=["nino"], nino_only=True), "650 NINOs and nothing else: no 500 limit (¶31)")


@scenario
def nino_only_body(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    ppl = list_people(ctx, 40)
    m = smail(ctx, s, ["data.team@northstar-training.co.uk"], "Unmatched NINOs",
              [("p", "Hi,"), ("p", "These didn't match on our side - can you check your records?"),
               ("pre", "\n".join(fmt_nino(p["nino"], "spaced") for p in ppl)), sig_block(s)], mode="text")
    return C(m, "relay", "nino_only_list", T(ninos=40, subjects=40, docs=["nino_list"]),
             F(list_rows=40, list_cols=["nino"], nino_only=True), "a list of 40 NINOs only, in the body")


@scenario
def nino_only_xlsx(mk):
    ctx = mk()
    s = ctx.staff("mi", 2)
    ppl = list_people(ctx, 120)
    m = smail(ctx, s, ["data.team@northstar-training.co.uk"], "Outcome claim check",
              [("p", "Hi,"), ("p", "NINO-only file for the outcome claim check."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Sheet1", "rows": [["NI number"]] + [[fmt_nino(p["nino"], "pair")] for p in ppl]}]), "outcome_check.xlsx")
    return C(m, "relay", "nino_only_list", T(ninos=120, subjects=120, docs=["nino_list"]),
             F(list_rows=120, list_cols=["nino"], nino_only=True), "XLSX with one NINO column only")


@scenario
def dwp_list_designated(mk):
    ctx = mk()
    ppl = list_people(ctx, 180)
    rows = [["Surname", "Forename", "NINO", "Referral date"]]
    for p in ppl:
        rows.append([p["last"], p["first"], fmt_nino(p["nino"], "spaced"), fmt_date(ctx.past((5, 40)), "uk")])
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP SLK - starts list for reconciliation (180)",
             sender_name="WHP Data Exchange")
    m.body([("p", "Dear colleagues,"), ("p", "Attached: 180 starts for the monthly reconciliation."), ("p", "WHP Data Exchange, " + ORG)])
    m.attach(make_xlsx([{"title": "Starts", "rows": rows}]), "WHP SLK starts.xlsx")
    return C(m, "relay", "dwp_names_list", T(ninos=180, subjects=180, docs=["name_list"]),
             F(list_rows=180, list_cols=["surname", "forename", "nino", "referral_date"]), "list of 180 names and NINOs to DWP (¶36)")


@scenario
def dwp_list_workcoach_csv(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    wc = ctx.dwp_person("jobcentreplus.gov.uk", "Work Coach Team Leader")
    ppl = list_people(ctx, 60)
    d = ctx.future()
    rows = [["surname", "first name", "nino", "appointment"]] + [[p["last"], p["first"], p["nino"], d.strftime("%d/%m/%Y")] for p in ppl]
    m = smail(ctx, s, [wc], "Initial appointments next week",
              [("p", greet(wc.first, ctx.rng)), ("p", "The 60 referrals booked for initial appointments next week."), sig_block(s)])
    m.attach(make_csv(rows), "initial_appointments.csv")
    return C(m, "relay", "dwp_names_list", T(ninos=60, subjects=60, docs=["name_list"]),
             F(list_rows=60, list_cols=["surname", "forename", "nino", "interview_date"]), "CSV list to a jobcentreplus.gov.uk address")


@scenario
def dwp_list_html_gsi(mk):
    ctx = mk()
    s = ctx.staff("mi", 1)
    cm = ctx.dwp_person("dwp.gsi.gov.uk", "Performance Manager")
    ppl = list_people(ctx, 12)
    m = smail(ctx, s, [cm], "Duplicate referrals to check",
              [("p", f"Dear {cm.first},"), ("p", "These 12 look like duplicate referrals on PRaP:"),
               ("table", ["Surname", "Forename", "NINO"], [(p["last"], p["first"], fmt_nino(p["nino"], "spaced")) for p in ppl]),
               sig_block(s)], mode="html")
    return C(m, "relay", "dwp_names_list", T(ninos=12, subjects=12, docs=["name_list"]),
             F(list_rows=12, list_cols=["surname", "forename", "nino"]), "HTML list of 12 names+NINOs to a dwp.gsi.gov.uk address")


def ucnea1_blocks(ctx, p, mentor):
    return [("title", "UCNEA1 - New Enterprise Allowance: business start notification"),
            ("kv", [("Participant name", p.full), ("National Insurance number", fmt_nino(p.nino, "spaced")),
                    ("Trading name", f"{p.last} {ctx.rng.choice(['Cleaning Services', 'Bakes', 'Mobile Barbers', 'Removals'])}"),
                    ("Date business started trading", fmt_date(ctx.past((3, 20)), "uk")),
                    ("Mentor", mentor.full), ("Provider", ORG)])]


@scenario
def ucnea1_pdf(mk):
    ctx = mk()
    s = ctx.staff("mi", 1)
    p = ctx.person()
    m = smail(ctx, s, ["nea.team@dwp.gov.uk"], "UCNEA1 submission",
              [("p", "Dear NEA team,"), ("p", "Please find one UCNEA1 attached."), sig_block(s)])
    m.attach(make_pdf([ucnea1_blocks(ctx, p, ctx.staff("ips", 1))], "UCNEA1"), "UCNEA1.pdf")
    return C(m, "relay", "dwp_ucnea1_gns", T(ninos=1, subjects=1, docs=["ucnea1"]), F(records=["ucnea1"]), "one UCNEA1 to DWP (¶34-35)")


@scenario
def ucnea1_docx_workcoach(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    wc = ctx.dwp_person("jobcentreplus.gov.uk", "Work Coach")
    p = ctx.person()
    m = smail(ctx, s, [wc], "UCNEA1",
              [("p", greet(wc.first, ctx.rng)), ("p", "UCNEA1 attached as discussed."), sig_block(s)])
    m.attach(make_docx(ucnea1_blocks(ctx, p, s), "UCNEA1"), f"UCNEA1 {p.last}.docx")
    return C(m, "relay", "dwp_ucnea1_gns", T(ninos=1, subjects=1, docs=["ucnea1"]), F(records=["ucnea1"]), "one UCNEA1 (DOCX) to a jobcentreplus.gov.uk address")


def gns_blocks(ctx, p, s):
    return [("title", "ESF Good News Story"),
            ("kv", [("Participant", p.full), ("Provision", "Work and Health Programme - South London & Kent"),
                    ("Submitted by", f"{s.full}, {s.title}")]),
            ("p", f"{p.first} joined us after several years out of work. With help on CV writing and interview practice, {p.he} "
                  f"secured a permanent role with {EMPLOYERS['parade'][0]} and has just passed probation."),
            ("p", f"\"I didn't think anyone would take a chance on me,\" {p.he} said. \"Now I'm training new starters.\""),
            ("p", "Consent for publication: given in writing.")]


@scenario
def gns_docx(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    p = ctx.person()
    m = smail(ctx, s, ["esf.goodnewsstories@dwp.gov.uk"], "Good News Story - Youth Futures",
              [("p", "Hello,"), ("p", "One Good News Story attached for the ESF newsletter."), sig_block(s)])
    m.attach(make_docx(gns_blocks(ctx, p, s), "Good News Story"), "Good News Story.docx")
    return C(m, "relay", "dwp_ucnea1_gns", T(subjects=1, docs=["good_news_story"]), F(records=["good_news_story"]),
             "one Good News Story to DWP; 'passed probation' is a job's probation period, not a sentence")


def exit_report_blocks(ctx, p, health=None, jets=False):
    nxt = ("Recommend continued work search support with a focus on warehouse and logistics roles; the participant would benefit "
           "from a job-search review with the work coach within four weeks and from sector-based work academy places if available.")
    summ = (f"{p.first} attended 14 of 16 appointments, completed a CV and interview practice, and gained a Level 1 Health and Safety "
            "certificate. Applied for 23 vacancies and had three interviews.")
    if health:
        summ += " " + health
    return [("title", "WHPEREJ1 - JETS exit report" if jets else "WHP exit report"),
            ("kv", [("Participant surname", p.last), ("Participant NINO", fmt_nino(p.nino, "spaced")),
                    ("Programme end date", fmt_date(ctx.past((1, 10)), "uk"))]),
            ("h", "Summary", 2), ("p", summ),
            ("h", "Employability", 2), ("p", "Good prospects for entry-level roles; reliable and motivated."),
            ("h", "Next steps", 2), ("p", nxt)]


@scenario
def c15_exit_report_health(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP exit report", sender_name="WHP Data Exchange")
    m.body([("p", "Please find one exit report attached."), ("p", "WHP Data Exchange, " + ORG)])
    m.attach(make_docx(exit_report_blocks(ctx, p, health=f"{p.he.capitalize()} has been managing depression with NHS Talking Therapies "
                                                         "alongside the programme."), "Exit report"), "WHP exit report.docx")
    return C(m, "relay", "dwp_c15_process", T(ninos=1, special=["mental_health"], subjects=1, docs=["exit_report"]),
             F(records=["exit_report"]), "one exit report between designated inboxes; the health detail is inside the record")


@scenario
def c15_change_of_circs(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP07 change of circumstances", sender_name="WHP Data Exchange")
    m.body([("p", "One WHP07 attached."), ("p", "WHP Data Exchange")], mode="text")
    m.attach(make_pdf([[("title", "WHP07 - Change of circumstances notification"),
                        ("kv", [("Participant name", p.full), ("NINO", fmt_nino(p.nino, "compact")),
                                ("Change", "Participant has disengaged (voluntary participant)"),
                                ("Date of change", fmt_date(ctx.past((1, 7)), "uk")), ("Provider", ORG)])]], "WHP07"), "WHP07.pdf")
    return C(m, "relay", "dwp_c15_process", T(ninos=1, subjects=1, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"]), "one change of circumstances record between designated inboxes")


@scenario
def c15_eb_customer_form(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP Employment Business Customer Form", sender_name="WHP Data Exchange")
    m.body([("p", "One WHP Employment Business Customer Form attached."), ("p", "WHP Data Exchange")])
    m.attach(make_docx([("title", "WHP Employment Business Customer Form"),
                        ("kv", [("Customer name", p.full), ("NINO", fmt_nino(p.nino, "spaced")),
                                ("Date employment commenced", fmt_date(ctx.past((1, 5)), "long"))])], "EB form"),
             "WHP EB customer form.docx")
    return C(m, "relay", "dwp_c15_process", T(ninos=1, subjects=1, docs=["whp_eb_customer_form"]),
             F(records=["whp_eb_customer_form"]), "EB customer form between the designated inboxes of this world")


@scenario
def c15_jets_exit_docx(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHPEREJ1 JETS exit report", sender_name="WHP Data Exchange")
    m.body([("p", "Dear colleagues, one JETS exit report (WHPEREJ1) attached. Regards, WHP Data Exchange")], mode="html")
    m.attach(make_pdf([exit_report_blocks(ctx, p, jets=True)], "WHPEREJ1"), "WHPEREJ1.pdf")
    return C(m, "relay", "dwp_c15_process", T(ninos=1, subjects=1, docs=["exit_report"]), F(records=["exit_report"]),
             "JETS exit report, standard covering text, HTML-only body")


def dwp_coc_mail(ctx, p, change):
    inner = Mail(ctx, "whp.notifications@dwp.gov.uk", [DESIGNATED_OWN], subject="WHP change of circumstances notification",
                 sender_name="DWP WHP Notifications", crlf=False)
    inner.body([("p", "Change of circumstances notification"),
                ("kv", [("Participant", p.full), ("NINO", fmt_nino(p.nino, "spaced")), ("Change", change),
                        ("Effective", fmt_date(ctx.past((1, 6)), "uk"))]),
                ("p", "This notification is sent to the provider's dedicated inbox.")], mode="text")
    return inner


@scenario
def fwd_coc_nested(mk):
    ctx = mk()
    p = ctx.person()
    inner = dwp_coc_mail(mk(1), p, "Change of benefit: New Style JSA to Universal Credit")
    m = Mail(ctx, DESIGNATED_OWN, ["referrals@bridgeway-support.org.uk"], subject="FW: WHP change of circumstances notification",
             sender_name="WHP Data Exchange")
    m.body([("p", "Forwarded for your participant - please update your records."), ("p", "WHP Data Exchange")])
    m.attach_msg(inner.build(), "WHP change of circumstances notification.eml")
    return C(m, "relay", "forward_subcontractor", T(ninos=1, subjects=1, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"], fwd_record=True), "one DWP record forwarded as an attached message to an approved subcontractor")


@scenario
def fwd_coc_inline(mk):
    ctx = mk()
    p = ctx.person()
    s = ctx.staff("mi", 0)
    inner = [("p", "Change of circumstances notification"),
             ("kv", [("Participant", p.full), ("NINO", fmt_nino(p.nino, "spaced")), ("Change", "Starts work (part-time, 16 hrs)"),
                     ("Effective", fmt_date(ctx.past((1, 6)), "uk"))])]
    m = smail(ctx, s, ["referrals@northstar-training.co.uk"], "FW: WHP change of circumstances notification",
              [("p", "Hi Northstar - one for your caseload."), sig_block(s),
               ("quote", outlook_quote_hdr("DWP WHP Notifications <whp.notifications@dwp.gov.uk>", DESIGNATED_OWN,
                                           dt.datetime.combine(ctx.past((0, 1)), dt.time(8, 12)), "WHP change of circumstances notification"), inner)])
    return C(m, "relay", "forward_subcontractor", T(ninos=1, subjects=1, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"], fwd_record=True), "one DWP record forwarded inline (Outlook quote) to an approved subcontractor")


@scenario
def fwd_coc_pdf(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, ["referrals@bridgeway-support.org.uk"], subject="FW: WHP07 from DWP", sender_name="WHP Data Exchange")
    m.body([("p", "Forwarding the attached WHP07 that DWP sent us for your participant."), ("p", "WHP Data Exchange")], mode="text")
    m.attach(make_pdf([[("title", "WHP07 - Change of circumstances notification"),
                        ("kv", [("Participant", p.full), ("NINO", fmt_nino(p.nino, "spaced")), ("Change", "Moves to live abroad"),
                                ("Date", fmt_date(ctx.past((1, 9)), "uk"))])]], "WHP07"), "WHP07 from DWP.pdf")
    return C(m, "relay", "forward_subcontractor", T(ninos=1, subjects=1, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"], fwd_record=True), "one DWP PDF record forwarded to an approved subcontractor")


@scenario
def fwd_coc_lookalike_domain(mk):
    ctx = mk()
    p = ctx.person()
    inner = dwp_coc_mail(mk(1), p, "Starts work (full-time)")
    m = Mail(ctx, DESIGNATED_OWN, ["referrals@" + LOOKALIKE_NS], subject="FW: WHP change of circumstances notification",
             sender_name="WHP Data Exchange")
    m.body([("p", "Forwarded for your participant."), ("p", "WHP Data Exchange")])
    m.attach_msg(inner.build(), "WHP change of circumstances notification.eml")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"], fwd_record=True),
             "one DWP record forwarded to northstar-training.com: a look-alike of the subcontractor's domain, so a third party")


@scenario
def letters_zip_bundle(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    files = [(f"Appointment letter {i + 1}.docx", make_docx(letter_blocks(ctx, ctx.person(age=(18, 24)), "letter_appointment", s), "Letter"))
             for i in range(3)]
    m = smail(ctx, s, ["admin@bridgeway-support.org.uk"], "Appointment letters (zipped)",
              [("p", "Hi,"), ("p", "Three appointment letters zipped together for the post run."), sig_block(s)])
    m.attach(make_zip(files), "appointment letters.zip")
    return C(m, "relay", "letters_up_to_10", T(contact=True, subjects=3, docs=["letter_appointment"]),
             F(letters=["letter_appointment"] * 3), "three appointment letters as DOCX files inside a plain zip")


@scenario
def one_name_dwp_teams_invite(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    wc = ctx.dwp_person("dwp.gov.uk", "Disability Employment Adviser")
    p = ctx.person()
    w = ctx.future()
    desc = f"Three-way handover call for {p.full}. Microsoft Teams meeting - join link in Outlook."
    m = Mail(ctx, s.email, [wc], subject="Handover call", sender_name=s.full)
    m.body([("p", desc)], mode="both", logo=False)
    m.calendar = make_ics(ctx, s, [(wc.full, wc.email)], w, 30, "Handover call", "Microsoft Teams Meeting", desc)
    return C(m, "relay", "one_name", T(subjects=1), F(name_only=True), "Teams invite to a DWP adviser naming one participant")


def smime_mail(ctx, sender, name, to, subject, cc=()):
    m = Mail(ctx, sender, to, cc=cc, subject=subject, sender_name=name)
    part = MIMEBase("application", "pkcs7-mime", smime_type="enveloped-data", name="smime.p7m")
    part.set_payload(smime_enveloped_der(ctx.rng, 2400 + ctx.rng.randint(0, 4000), 2))
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename="smime.p7m")
    m.raw_top = part
    return m


@scenario
def encrypted_smime(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Registered Manager")
    m = smime_mail(ctx, s.email, s.full, [e], "Candidate documents")
    return C(m, "relay", "already_encrypted", NOBODY, F(encrypted=True), "S/MIME enveloped message")


@scenario
def encrypted_smime_tagged_dwp(mk):
    ctx = mk()
    s = ctx.staff("mi", 1)
    wc = ctx.dwp_person("dwp.gov.uk", "Performance Manager")
    m = smime_mail(ctx, s.email, s.full, [wc], "[ENCRYPT] Case escalation")
    return C(m, "relay", "already_encrypted", NOBODY, F(encrypted=True), "S/MIME enveloped with the [ENCRYPT] tag: already encrypted wins")


@scenario
def encrypted_pgp_mime(mk):
    ctx = mk()
    s = ctx.staff("justice", 2)
    m = Mail(ctx, s.email, ["safeguarding@northstar-training.co.uk"], subject="Safeguarding referral", sender_name=s.full, client="thunderbird")
    top = MIMEMultipart("encrypted", boundary="------------enc" + f"{ctx.seed % 10**12:012d}", protocol="application/pgp-encrypted")
    top.preamble = "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)"
    v = MIMEBase("application", "pgp-encrypted")
    v.set_payload("Version: 1\n")
    v.add_header("Content-Description", "PGP/MIME version identification")
    body = MIMEBase("application", "octet-stream", name="encrypted.asc")
    body.set_payload(pgp_armored(ctx.rng, 2600))
    body.add_header("Content-Description", "OpenPGP encrypted message")
    body.add_header("Content-Disposition", "inline", filename="encrypted.asc")
    top.attach(v)
    top.attach(body)
    m.raw_top = top
    return C(m, "relay", "already_encrypted", NOBODY, F(encrypted=True), "PGP/MIME message")


@scenario
def encrypted_inline_pgp(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    po = ctx.contact(PROBATION, "Probation Officer")
    m = Mail(ctx, s.email, [po], subject="Update as agreed", sender_name=s.full, client="thunderbird")
    m.body([("pre", pgp_armored(ctx.rng, 1400))], mode="text")
    return C(m, "relay", "already_encrypted", NOBODY, F(encrypted=True), "inline PGP armoured body")


# ---- group 4: the same kinds of words, now about someone -------------------------------------


def crm_extract(p, fields):
    return [("Participant", f"{p.full} ({p.ref})")] + fields


@scenario
def ips_case_note_to_nhs(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "High Intensity Therapist")
    p = ctx.person()
    note = crm_extract(p, [("Note type", "Joint working update"), ("Date", fmt_date(ctx.past((0, 3)), "uk")),
                           ("Presenting", "low mood, panic attacks on buses, poor sleep"), ("Scores", "PHQ-9 17 / GAD-7 14 (self-report)"),
                           ("Medication", "sertraline 100mg, per participant"), ("Work goal", "part-time admin, 16 hrs, local"),
                           ("Next step", "ES to attend step 3 session with consent")])
    m = smail(ctx, s, [nhs], f"Joint working - {p.first}",
              [("p", greet(nhs.first, ctx.rng)), ("p", "Pasting today's CaseFlow note so we're aligned before Thursday:"),
               ("kv", note), ("p", signoff(ctx.rng)), sig_block(s)] + footer("disc"))
    return C(m, "encrypt", "encrypt_special_category", T(special=["mental_health"], subjects=1), NOF,
             "CRM note pasted as field: value lines, mental health scores about a named participant")


@scenario
def justice_did_time(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    e = emp("crownfield", ctx, "Site Manager")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [e], "Re: labourer trial",
              [("p", greet(e.first, ctx.rng)),
               ("p", f"Good news, {p.first} {p.last} is up for the trial. Straight up - he did time for a driving offence and has been out "
                     "since March. He's on a tag till July so has to be home by 7pm; earlies are perfect."),
               ("p", signoff(ctx.rng)), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_special_category", T(special=["criminal"], subjects=1), NOF,
             "offence and curfew tag in lay words ('did time', 'on a tag') about a named man")


@scenario
def pronoun_methadone(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    h = ctx.contact(HOUSING, "Tenancy Sustainment Officer")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [h], f"RE: {p.full} - tenancy sustainment",
              [("p", greet(h.first, ctx.rng)),
               ("p", "Thanks for the call. To answer your question, he's on a methadone script with the drug service and picks it up "
                     "daily from the chemist, so a 7am start on the volunteering rota won't work - 10am would."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "encrypt", "encrypt_special_category", T(special=["substance"], subjects=1), NOF,
             "pronoun 'he' refers to the man named in the subject; methadone script")


@scenario
def religion_practice(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    e = emp("riverlight", ctx, "Head Housekeeper")
    p = ctx.person(sex="F")
    m = smail(ctx, s, [e], "Room attendant start - Friday arrangement",
              [("p", greet(e.first, ctx.rng)),
               ("p", f"{p.full} is really pleased about the offer. One thing she asked me to mention: she prays Dhuhr around 1pm, so "
                     "would like her break then, and on Fridays she goes to the mosque for Jummah - could she finish at 12:30 on Fridays and "
                     "make the time up on Saturdays?"), ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "encrypt", "encrypt_special_category", T(special=["religion"], subjects=1), NOF,
             "religious belief shown as practice (prayer times, mosque) about a named person")


@scenario
def lay_health_back(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    a = ctx.contact(AGENCY, "Consultant")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [a], f"{p.first} {p.last} - not available this week",
              [("p", greet(a.first, ctx.rng)),
               ("p", "Sorry, he can't do the Dagenham shifts this week - his back's gone again and the GP has given him a fit note till the "
                     "end of the month. He reckons no lifting over 10 kilos for a while after that."),
               ("p", signoff(ctx.rng)), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_special_category", T(special=["health"], subjects=1), NOF, "health in lay words (back 'gone', fit note)")


@scenario
def trade_union_rep(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    e = emp("quayside", ctx, "Operations Manager")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [e], "Candidate for the team leader role",
              [("p", greet(e.first, ctx.rng)),
               ("p", f"I'd put {p.full} forward for the team leader post. He ran a shift of 14 at his last warehouse and was the Unite rep "
                     "there for three years, so he's used to dealing with people and policies."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "encrypt", "encrypt_special_category", T(special=["trade_union"], subjects=1), NOF, "trade union membership of a named candidate")


@scenario
def sexual_orientation_nhs(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "Psychological Wellbeing Practitioner")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [nhs], f"{p.first} - before your session",
              [("p", greet(nhs.first, ctx.rng)),
               ("p", f"Quick heads-up before you see {p.full} on Tuesday: he told me he's gay and hasn't come out at home, and he's "
                     "worried about being outed at work. He's happy for you to know. I've linked him with the LGBT+ employee network at "
                     "Parade Retail."), ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "encrypt", "encrypt_special_category", T(special=["sexual_orientation"], subjects=1), NOF, "sexual orientation of a named participant")


@scenario
def ethnicity_college(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    c = ctx.contact(COLLEGE, "ESOL Coordinator")
    p = ctx.person(sex="F", age=(18, 24))
    m = smail(ctx, s, [c], "ESOL place",
              [("p", greet(c.first, ctx.rng)),
               ("p", f"Could you find an ESOL Entry 3 place for {p.full}? She's from the Roma community, first language Romanes, and "
                     "learnt some English at school in Hungary. Mornings are best."),
               ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "encrypt", "encrypt_special_category", T(special=["ethnicity"], subjects=1), NOF, "ethnic origin of a named young woman")


@scenario
def cv_bundle_prison_gap(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("riverlight", ctx, "Executive Chef")
    ps = [ctx.person(sex="M") for _ in range(3)]
    cvs = [CV(ctx, ps[0], sector="hospitality"),
           CV(ctx, ps[1], sector="hospitality", criminal="2021-2023: HMP Thameside - completed Level 2 Food Hygiene and worked "
                                                       "in the prison kitchen (cook-freeze, 600 meals a day)."),
           CV(ctx, ps[2], sector="hospitality")]
    m = smail(ctx, s, [e], "Kitchen porter / commis CVs",
              [("p", greet(e.first, ctx.rng)), ("p", "Three CVs for the kitchen roles, combined into one PDF."), sig_block(s)])
    m.attach(make_pdf([c.blocks("classic") for c in cvs], "CVs"), "Kitchen CVs.pdf")
    return C(m, "encrypt", "encrypt_special_category", T(special=["criminal"], contact=True, subjects=3, docs=["cv"]), F(cv_count=3),
             "one CV in a bundle of three mentions time in HMP: the CV exemption does not cover criminal records")


@scenario
def form_with_epilepsy(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("elmstead", ctx, "Recruitment Coordinator")
    p = ctx.person()
    blocks = form_blocks(ctx, [p], ROLES["elmstead"], EMPLOYERS["elmstead"][0],
                         extra=[[("Health conditions / disability", "Epilepsy - well controlled with medication, no seizures for 2 years"),
                                 ("Adjustments needed", "No lone working at height")]])
    m = smail(ctx, s, [e], "Application - cleaning operative",
              [("p", greet(e.first, ctx.rng)), ("p", "Application attached."), sig_block(s)])
    m.attach(make_docx(blocks, "Application"), f"Application {p.last}.docx")
    return C(m, "encrypt", "encrypt_special_category", T(special=["health"], contact=True, subjects=1, docs=["application_form"]),
             F(form_people=1), "an application form whose health field is filled in")


@scenario
def appointment_letter_depression(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    p = ctx.person()
    lb = letter_blocks(ctx, p, "letter_appointment", s, extra="At this appointment we will also talk about how the Talking Therapies "
                                                             "support for your depression is going and whether you feel ready to start "
                                                             "job searching.")
    m = smail(ctx, s, ["admin@bridgeway-support.org.uk"], "Letter for posting",
              [("p", "Hi,"), ("p", "One appointment letter to post please."), sig_block(s)])
    m.attach(make_docx(lb, "Appointment letter"), "Appointment letter.docx")
    return C(m, "encrypt", "encrypt_special_category", T(special=["mental_health"], contact=True, subjects=1, docs=["letter_appointment"]),
             F(letters=["letter_appointment"]), "an appointment letter that mentions the addressee's depression (¶25-26)")


@scenario
def list_barrier_column(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    ppl = list_people(ctx, 30)
    barriers = ["Mental health", "Drug/alcohol", "Criminal record", "Physical health", "Childcare", "None", "Mental health"]
    rows = [["Surname", "Forename", "Ref", "Main barrier"]]
    for i, p in enumerate(ppl):
        rows.append([p["last"], p["first"], p["ref"], barriers[i % len(barriers)]])
    m = smail(ctx, s, ["delivery.managers@northstar-training.co.uk"], "Caseload by main barrier",
              [("p", "Hi,"), ("p", "As requested, your caseload with the main barrier from the initial assessment."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Caseload", "rows": rows}]), "Northstar caseload barriers.xlsx")
    return C(m, "encrypt", "encrypt_special_category",
             T(special=["mental_health", "substance", "criminal", "health"], subjects=30, docs=["name_list"]),
             F(list_rows=30, list_cols=["surname", "forename", "ref", "barrier"]), "a names list with a health / substance / criminal column")


@scenario
def mdt_minutes_named(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    nhs = ctx.contact(NHS_TT, "Step 3 Team Manager")
    ps = [ctx.person() for _ in range(4)]
    items = [f"{ps[0].full}: anxiety improving, starting 2 days/week at Parade; review in 4 weeks.",
             f"{ps[1].full}: drinking has increased since the bereavement; ES to pause job search, PWP to refer to alcohol service.",
             f"{ps[2].full}: OCD symptoms affecting interviews; try a working interview instead.",
             f"{ps[3].full}: no change - discharged from step 3, ES continuing."]
    mins = [("h", "IPS / Step 3 MDT - minutes"), ("p", f"Present: {s.full}, {nhs.full}"), ("h", "Caseload review", 2), ("ul", items)]
    m = smail(ctx, s, [nhs], "MDT minutes", [("p", greet(nhs.first, ctx.rng)), ("p", "Minutes attached."), sig_block(s)])
    m.attach(make_docx(mins, "MDT minutes"), "MDT minutes.docx")
    return C(m, "encrypt", "encrypt_special_category", T(special=["mental_health", "substance"], subjects=4), NOF,
             "meeting minutes naming four participants with mental health / alcohol details")


@scenario
def ics_review_alcohol(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "Psychological Wellbeing Practitioner")
    p = ctx.person(sex="M")
    w = ctx.future()
    desc = "Three-way review with the participant: relapse prevention plan and return to work."
    summ = f"Review - {p.full} - relapse prevention (alcohol)"
    m = Mail(ctx, s.email, [nhs], subject=summ, sender_name=s.full)
    m.body([("p", desc)], mode="both", logo=False)
    m.calendar = make_ics(ctx, s, [(nhs.full, nhs.email)], w, 45, summ, "Microsoft Teams Meeting", desc)
    return C(m, "encrypt", "encrypt_special_category", T(special=["substance"], subjects=1), NOF, "calendar invite whose title names a man and his alcohol relapse plan")


@scenario
def xlsx_hidden_notes_sheet(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Recruitment Partner")
    ppl = list_people(ctx, 6)
    d = ctx.future()
    vis = [["Name", "Interview"]] + [[f"{p['first']} {p['last']}", (d + dt.timedelta(minutes=30 * i)).strftime("%d/%m %H:%M")]
                                      for i, p in enumerate(ppl)]
    notes = [["Name", "Coach notes"], [f"{ppl[0]['first']} {ppl[0]['last']}", "anxiety - prefers a morning slot"],
             [f"{ppl[2]['first']} {ppl[2]['last']}", "on licence until June, PO aware"],
             [f"{ppl[4]['first']} {ppl[4]['last']}", "keen, good references"]]
    m = smail(ctx, s, [e], "Interview schedule",
              [("p", greet(e.first, ctx.rng)), ("p", "Schedule for Thursday attached."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Interviews", "rows": vis}, {"title": "Notes", "rows": notes, "hidden": True}], creator=s.full),
             "Quayside interviews.xlsx")
    return C(m, "encrypt", "encrypt_special_category", T(special=["mental_health", "criminal"], subjects=6, docs=["name_list"]),
             F(list_rows=6, list_cols=["name", "interview_date"]), "innocent visible schedule; hidden sheet notes anxiety and a licence")


@scenario
def nested_nhs_confirmation(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    e = emp("parade", ctx, "HR Advisor")
    nhs = ctx.contact(NHS_TT, "High Intensity Therapist")
    p = ctx.person(sex="F")
    ictx = mk(1)
    inner = Mail(ictx, nhs.email, [s], subject=f"Re: {p.first} {p.last} - adjustments", sender_name=nhs.full, crlf=False)
    inner.body([("p", f"Hi {s.first},"), ("p", f"I can confirm {p.full} has been under our service since January for PTSD and is "
                                              "engaging well. A quieter till area and predictable rotas would help."), ("p", nhs.full)])
    m = smail(ctx, s, [e], "FW: adjustments",
              [("p", greet(e.first, ctx.rng)), ("p", "Forwarding the confirmation you asked for (with her agreement)."), sig_block(s)])
    m.attach_msg(inner.build(), "Re adjustments.eml")
    return C(m, "encrypt", "encrypt_special_category", T(special=["mental_health"], subjects=1), NOF,
             "attached message from the NHS partner confirming a named person's PTSD")


@scenario
def crm_header_mappa(mk):
    ctx = mk()
    p = ctx.person(sex="M")
    m = Mail(ctx, "caseflow-noreply@" + INTERNAL, ["coach.team@bridgeway-support.org.uk"],
             subject=f"[CaseFlow] Task assigned: initial appointment - {p.full}", sender_name="CaseFlow", client="crm",
             headers=[("X-CaseFlow-Event", "TaskAssigned"), ("X-CaseFlow-Participant", p.full),
                      ("X-CaseFlow-Flags", "MAPPA-CAT2; LICENCE-CONDITIONS; NO-LONE-WORKING")])
    m.body([("p", "A new task has been assigned to your team."), ("kv", [("Task", "Initial appointment"), ("Due", day_txt(ctx.future()))]),
            ("p", "Open CaseFlow to view the participant record.")], mode="text")
    return C(m, "encrypt", "encrypt_special_category", T(special=["criminal"], subjects=1), NOF,
             "the criminal-record flags are only in custom X- headers of a CRM notification")


@scenario
def youth_adhd(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    e = emp("parade", ctx, "Store Manager")
    p = ctx.person(sex="M", age=(18, 20))
    m = smail(ctx, s, [e], "Work trial tips",
              [("p", greet(e.first, ctx.rng)),
               ("p", f"Thanks for giving {p.first} {p.last} a trial. He has ADHD and dyslexia, so he does best with instructions written down "
                     "and one task at a time. He's brilliant with customers."), ("p", signoff(ctx.rng)), sig_block(s)])
    return C(m, "encrypt", "encrypt_special_category", T(special=["health"], subjects=1), NOF, "a named young man's ADHD and dyslexia")


@scenario
def signed_only_health(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("gatewick", ctx, "Shift Manager")
    p = ctx.person(sex="M")
    m = Mail(ctx, s.email, [e], subject="Night shifts - medical OK", sender_name=s.full)
    top = MIMEMultipart("signed", boundary=f"----=_smime_{ctx.seed % 10**10:010d}", protocol="application/pkcs7-signature", micalg="sha-256")
    txt = MIMEText(render_text([("p", greet(e.first, ctx.rng)),
                                ("p", f"{p.full}'s GP has confirmed his type 1 diabetes is stable and he can do nights, as long as he can "
                                      "take a short break to eat at 2am."), sig_block(s)]), "plain", "us-ascii")
    sig = MIMEBase("application", "pkcs7-signature", name="smime.p7s")
    sig.set_payload(smime_signature_der(ctx.rng))
    encoders.encode_base64(sig)
    sig.add_header("Content-Disposition", "attachment", filename="smime.p7s")
    top.attach(txt)
    top.attach(sig)
    m.raw_top = top
    return C(m, "encrypt", "encrypt_special_category", T(special=["health"], subjects=1), NOF,
             "S/MIME signed only (readable, not encrypted) with a named man's diabetes")


@scenario
def dwp_exit_cover_relapse(mk):
    ctx = mk()
    p = ctx.person(sex="M")
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP exit report", sender_name="WHP Data Exchange")
    m.body([("p", "One exit report attached."),
            ("p", "NB since the report was written he has relapsed (alcohol) and is back with the community drug and alcohol team - "
                  "please let his work coach know before the handover appointment."), ("p", "WHP Data Exchange")])
    m.attach(make_docx(exit_report_blocks(ctx, p), "Exit report"), "WHP exit report.docx")
    return C(m, "encrypt", "encrypt_special_category", T(ninos=1, special=["substance"], subjects=1, docs=["exit_report"]),
             F(records=["exit_report"], extra=["substance"]), "exit report between designated inboxes, but the covering text adds an alcohol relapse")


@scenario
def ips_referral_form_docx(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "Referral Coordinator")
    p = ctx.person()
    gp = ctx.contact("lewisham-vale-surgery.org.uk", "GP")
    form = [("title", "Health & Work Team - referral to NHS Talking Therapies"),
            ("kv", [("Name", p.full), ("Date of birth", fmt_date(p.dob, "uk2")), ("Address", p.addr_one), ("Mobile", p.mobile),
                    ("GP surgery", "Lewisham Vale Surgery"), ("Registered GP", f"Dr {gp.last}"),
                    ("Presenting difficulties", "low mood since losing job, not sleeping, 'bad nerves' on public transport"),
                    ("Risk", "no current thoughts of self-harm reported"), ("Consent to refer", "Yes, verbal, " + fmt_date(ctx.past((0, 2)), "uk"))])]
    m = smail(ctx, s, [nhs], "Referral", [("p", greet(nhs.first, ctx.rng)), ("p", "Referral form attached."), sig_block(s)])
    m.attach(make_docx(form, "Referral"), f"Referral {p.last}.docx")
    return C(m, "encrypt", "encrypt_special_category", T(dob=True, special=["mental_health"], contact=True, subjects=1), NOF,
             "DOCX referral form as a label/value table: DOB dd/mm/yy, lay 'bad nerves', a GP named who is not a data subject")


# NINOs where people put them

@scenario
def nino_payroll_lower(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    e = emp("parade", ctx, "Payroll Administrator")
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, [e], "Payroll set-up",
              [("p", greet(e.first, ctx.rng)), ("p", f"For {p.full}'s payroll set-up - ni: {fmt_nino(p.nino, 'lower')}"), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO in lower case with spaces, one name, to an employer (¶27)")


@scenario
def nino_in_subject(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    p = ctx.person()
    m = smail(ctx, s, ["referrals@northstar-training.co.uk"], f"{fmt_nino(p.nino, 'compact')} start confirmation",
              [("p", "Hi,"), ("p", f"Confirming {p.first} starts Monday."), sig_block(s)])
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO only in the subject line")


@scenario
def nino_in_filename(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    a = ctx.contact(AGENCY, "Payroll")
    p = ctx.person()
    ts = [[("title", "Weekly timesheet"), ("kv", [("Worker", p.full), ("Site", "Quayside, Barking")]),
           ("table", ["Day", "Start", "Finish", "Hours"], [(d, "06:00", "14:00", "8") for d in ["Mon", "Tue", "Wed", "Thu"]])]]
    m = smail(ctx, s, [a], "Timesheet", [("p", greet(a.first, ctx.rng)), ("p", "Timesheet attached."), sig_block(s)])
    m.attach(make_pdf(ts, "Timesheet"), f"Timesheet_{p.nino}.pdf")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO only in an attachment's file name")


@scenario
def nino_split_line(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    e = emp("elmstead", ctx, "HR Officer")
    p = ctx.person()
    n = fmt_nino(p.nino, "spaced")
    m = smail(ctx, s, [e], "Details for the starter form",
              [("p", greet(e.first, ctx.rng)), ("p", "From our system:"),
               ("pre", f"Name: {p.full}\nStart date: {day_txt(ctx.future())}\nNI No: {n[:8]}\n{n[9:]}"), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO split across a line break in a pasted record")


@scenario
def nino_in_ics(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    c = ctx.contact(COLLEGE, "Enrolment Team")
    p = ctx.person(age=(18, 24))
    w = ctx.future()
    desc = f"Enrolment: {p.full}. NI {fmt_nino(p.nino, 'spaced')}. Bring ID."
    m = Mail(ctx, s.email, [c], subject="Enrolment appointment", sender_name=s.full)
    m.body([("p", "Invite for the enrolment appointment.")], mode="both", logo=False)
    m.calendar = make_ics(ctx, s, [(c.full, c.email)], w, 30, "Enrolment appointment", "Thameswood College, main reception", desc)
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO in the DESCRIPTION of a calendar invite")


@scenario
def nino_travel_form(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    p = ctx.person()
    form = [("title", "Travel warrant request"),
            ("kv", [("Participant", p.full), ("N.I. No", fmt_nino(p.nino, "pair")), ("Journey", "Woolwich Arsenal - Barking, return"),
                    ("Reason", "First week in work"), ("Approved by", s.full)])]
    m = smail(ctx, s, ["finance@northstar-training.co.uk"], "Travel warrant", [("p", "Hi,"), ("p", "Request attached."), sig_block(s)])
    m.attach(make_docx(form, "Travel warrant"), "Travel warrant request.docx")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO labelled 'N.I. No' in a DOCX form to supply chain")


@scenario
def nino_nested_eml(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    e = emp("oakbridge", ctx, "Administrator")
    col = ctx.staff("ips", 3)
    p = ctx.person()
    ictx = mk(1)
    inner = Mail(ictx, col.email, [s], subject="details for Oakbridge", sender_name=col.full, crlf=False)
    inner.body([("p", f"Here you go - {p.full}, NINO {fmt_nino(p.nino, 'spaced')}, start {day_txt(ctx.future())}."), ("p", col.first)], mode="text")
    m = smail(ctx, s, [e], "FW: details for Oakbridge", [("p", greet(e.first, ctx.rng)), ("p", "See below/attached."), sig_block(s)])
    m.attach_msg(inner.build(), "details for Oakbridge.eml")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO inside an attached (nested) message")


@scenario
def nino_x_header(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, "caseflow-noreply@" + INTERNAL, ["coach.team@bridgeway-support.org.uk"],
             subject="[CaseFlow] Call back requested", sender_name="CaseFlow", client="crm",
             headers=[("X-CaseFlow-Event", "CallbackRequested"),
                      ("X-CaseFlow-Participant", f"{p.last.upper()}, {p.first}; NINO {fmt_nino(p.nino, 'compact')}")])
    m.body([("p", f"{p.first} {p.last} has asked for a call back. Please action within 2 working days.")], mode="text")
    return C(m, "encrypt", "encrypt_nino", T(ninos=1, subjects=1), NOF, "NINO in a custom X- header written by the CRM")


# dates of birth and bank details

@scenario
def dob_in_words(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Training Coordinator")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [e], "Forklift course insurance",
              [("p", greet(e.first, ctx.rng)), ("p", f"For the insurer: {p.full}, born on {fmt_date(p.dob, 'words')}."), sig_block(s)])
    return C(m, "encrypt", "encrypt_dob_bank", T(dob=True, subjects=1), NOF, "date of birth written in words")


@scenario
def dob_iso_crm(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    c = ctx.contact(COLLEGE, "Admissions")
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, [c], "Application support",
              [("p", greet(c.first, ctx.rng)), ("p", "Details from CaseFlow for the application:"),
               ("pre", f"name: {p.full}\ndob: {fmt_date(p.dob, 'iso')}\ncourse: Level 2 Business Admin"), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_dob_bank", T(dob=True, subjects=1), NOF, "ISO date of birth in a pasted CRM record")


@scenario
def bank_sort_account(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    e = emp("crownfield", ctx, "Payroll")
    p = ctx.person(sex="M")
    r = ctx.rng
    sc = f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    m = smail(ctx, s, [e], "Wages - first week",
              [("p", greet(e.first, ctx.rng)), ("p", f"{p.first} {p.last} doesn't have his bank card yet but gave me the details for wages: "
                                                     f"sort {sc}, acc {r.randint(10000000, 99999999)}."), sig_block(s)], mode="text")
    out = [C(m, "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), NOF, "sort code and account number in a sentence (¶27)")]
    ctx = mk(1)
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Payroll Officer")
    p = ctx.person(sex="F")
    r = ctx.rng
    m = smail(ctx, s, [e], "Starter paperwork",
              [("p", greet(e.first, ctx.rng)), ("p", "Bits you asked for:"),
               ("kv", [("Employee", p.full), ("Bank", f"{r.randint(100000, 999999)} / {r.randint(10000000, 99999999)}"),
                       ("Start", day_txt(ctx.future()))]), sig_block(s)], mode="html")
    out.append(C(m, "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), NOF, "undashed sort code / account in one table cell"))
    return out


@scenario
def iban_starter_docx(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    a = ctx.contact(AGENCY, "Compliance")
    p = ctx.person()
    r = ctx.rng
    iban = iban_gb("MEPX", f"{r.randint(0, 999999):06d}", f"{r.randint(0, 99999999):08d}")
    form = [("title", "New starter details"), ("kv", [("Name", p.full), ("Start date", day_txt(ctx.future())),
                                                      ("Bank (IBAN)", iban_spaced(iban)), ("Emergency contact", "on file")])]
    m = smail(ctx, s, [a], "New starter form", [("p", greet(a.first, ctx.rng)), ("p", "Form attached."), sig_block(s)])
    m.attach(make_docx(form, "New starter"), "New starter form.docx")
    return C(m, "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), NOF, "IBAN (valid checksum, made-up bank code) in a DOCX table")


@scenario
def labelled_account_no(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, ["finance@northstar-training.co.uk"], "Travel expenses refund",
              [("p", "Hi finance,"), ("p", f"Please refund {p.first} {p.last}'s travel (£23.40). Acc no. {ctx.rng.randint(10000000, 99999999)} "
                                          "- it's a prepaid account so no sort code needed."), sig_block(s)])
    return C(m, "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), NOF, "an account number labelled as such, without a sort code")


@scenario
def couple_forms_with_dob(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    e = emp("riverlight", ctx, "HR Advisor")
    pages = [form_blocks(ctx, couple(ctx), ROLES["riverlight"], EMPLOYERS["riverlight"][0], dob="uk") for _ in range(2)]
    m = smail(ctx, s, [e], "Joint applications (2)", [("p", greet(e.first, ctx.rng)), ("p", "Two joint applications."), sig_block(s)])
    m.attach(make_pdf(pages, "Joint applications"), "Joint applications.pdf")
    return C(m, "encrypt", "encrypt_dob_bank", T(dob=True, contact=True, subjects=4, docs=["application_form_couple"]), F(form_people=4),
             "couple forms that include dates of birth (¶23)")


@scenario
def card_number_refund(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    h = ctx.contact(HOUSING, "Rents Team")
    p = ctx.person(sex="F")
    card = luhn_complete("4000" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(11)))
    m = smail(ctx, s, [h], "Deposit refund",
              [("p", greet(h.first, ctx.rng)), ("p", f"{p.full} asked if the key deposit can go back onto her card: "
                                                     f"{' '.join(card[i:i + 4] for i in range(0, 16, 4))}."), sig_block(s)])
    return C(m, "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), NOF, "a Luhn-valid payment card number")


# benefit payments and children

@scenario
def uc_sanction_housing(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    h = ctx.contact(HOUSING, "Income Officer")
    p = ctx.person(sex="F")
    m = smail(ctx, s, [h], f"Rent arrears - {p.full}",
              [("p", greet(h.first, ctx.rng)),
               ("ul", ["Her UC is £400.14 standard allowance plus £650 housing element a month",
                       "She was sanctioned for 28 days in August (£13.30 a day)", "Next UC payment due on the 18th"]),
               ("p", "Could the arrears plan wait until the sanction ends?"), sig_block(s)])
    return C(m, "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), NOF, "UC amounts and a sanction for a named claimant, bullets")


@scenario
def children_school_hours(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("parade", ctx, "Store Manager")
    p = ctx.person(sex="F")
    k1, k2 = ctx.fake.first_name(), ctx.fake.first_name()
    m = smail(ctx, s, [e], "Part-time hours",
              [("p", greet(e.first, ctx.rng)), ("p", f"{p.full} can do 9:30-2:30 only - her kids {k1} (4) and {k2} (7) are at school "
                                                     "round the corner."), sig_block(s)])
    return C(m, "encrypt", "encrypt_benefit_children", T(children=True, subjects=1), NOF, "children's names with ages")


@scenario
def housing_benefit_bursary(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    c = ctx.contact(COLLEGE, "Bursary Team")
    p = ctx.person(age=(19, 24))
    m = smail(ctx, s, [c], "Bursary evidence",
              [("p", greet(c.first, ctx.rng)), ("p", f"{p.full} receives Housing Benefit of £{ctx.rng.randint(95, 160)}.50 a week - the award "
                                                     "letter will follow by post."), sig_block(s)])
    return C(m, "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), NOF, "Housing Benefit amount for a named person")


@scenario
def jsa_amount_agency(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    a = ctx.contact(AGENCY, "Consultant")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [a], "Start date", [("p", greet(a.first, ctx.rng)),
                                         ("p", f"{p.first} {p.last} is on New Style JSA, £92.05 a week, which ends in June - so a start before "
                                               "then would really help him."), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), NOF, "JSA weekly amount for a named man")


@scenario
def better_off_xlsx(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    h = ctx.contact(HOUSING, "Money Advice")
    p = ctx.person(sex="F")
    rows = [["Better-off calculation", p.full], ["", ""], ["Item", "Monthly £"], ["UC standard allowance", 400.14],
            ["UC housing element", 720.00], ["Less: advance repayment", -48.00], ["Less: earnings taper (16 hrs)", -310.55],
            ["Earnings (16 hrs x £12.21 x 4.33)", 845.91], ["Childcare costs (85% back via UC)", -120.00]]
    m = smail(ctx, s, [h], "Better-off calc", [("p", greet(h.first, ctx.rng)), ("p", "As discussed - calc attached."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Calc", "rows": rows}], creator=s.full), "Better off calc.xlsx")
    return C(m, "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), NOF, "a better-off calculation with UC amounts for a named woman")


@scenario
def youth_baby_nursery(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    c = ctx.contact(YOUTHHUB, "Family Support Worker")
    p = ctx.person(sex="F", age=(18, 22))
    kid = ctx.fake.first_name_male()
    m = smail(ctx, s, [c], "Nursery funding question",
              [("p", greet(c.first, ctx.rng)), ("p", f"{p.first} {p.last}'s little boy {kid} is 14 months - is he old enough for any funded "
                                                     "hours if she starts the traineeship?"), sig_block(s)])
    return C(m, "encrypt", "encrypt_benefit_children", T(children=True, subjects=1), NOF, "child's name and age in months")


# one name, and then something more

@scenario
def name_plus_mobile(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Deputy Manager")
    p = ctx.person(sex="F")
    m = smail(ctx, s, [e], "Candidate to call", [("p", greet(e.first, ctx.rng)), ("p", f"Can you call {p.full} direct on {p.mobile} "
                                                                                        "to arrange the shadow shift?"), sig_block(s)])
    return C(m, "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), NOF, "one name plus her mobile")


@scenario
def name_address_prose(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("elmstead", ctx, "Area Supervisor")
    p = ctx.person(sex="M")
    m = smail(ctx, s, [e], "Which site?", [("p", greet(e.first, ctx.rng)),
                                          ("p", f"{p.first} {p.last} is staying at {p.street}, {p.postcode} at the moment, so "
                                                "whichever site is nearest there."), sig_block(s)])
    return C(m, "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), NOF, "home address written into a sentence")


@scenario
def name_personal_email(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    e = emp("riverlight", ctx, "Recruitment")
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, [e], "Online assessment link", [("p", greet(e.first, ctx.rng)),
                                                     ("p", f"Please send the assessment link for {p.full} to {p.email}."), sig_block(s)])
    return C(m, "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), NOF, "one name plus a personal e-mail address")


@scenario
def name_postcode(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    a = ctx.contact(AGENCY, "Consultant")
    p = ctx.person()
    m = smail(ctx, s, [a], "Local roles", [("p", greet(a.first, ctx.rng)),
                                          ("p", f"Anything near {p.postcode} for {p.full}? Nights preferred."), sig_block(s)], mode="text")
    return C(m, "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), NOF, "one name plus a full home postcode")


@scenario
def name_crm_ref_header(mk):
    ctx = mk()
    e = emp("quayside", ctx, "Recruitment Partner")
    p = ctx.person()
    w = ctx.future()
    m = Mail(ctx, "caseflow-noreply@" + INTERNAL, [e], subject="[CaseFlow] Interview booked", sender_name="CaseFlow", client="crm",
             headers=[("X-CaseFlow-Event", "InterviewBooked"), ("X-CaseFlow-Record", p.ref), ("X-CaseFlow-PRaP", p.prap)])
    m.body([("p", f"Interview booked: {p.full}, {when_txt(w)}.")], mode="text")
    return C(m, "encrypt", "encrypt_beyond_name", T(subjects=1), NOF,
             "one name plus CRM and PRaP reference numbers in X- headers: identifiers beyond the name")


@scenario
def name_phone_columns(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    e = emp("crownfield", ctx, "Site Manager")
    p = ctx.person(sex="M")
    home = POOLS.landline()
    m = smail(ctx, s, [e], "Contact for Monday",
              [("p", greet(e.first, ctx.rng)),
               ("table", ["Candidate", "Home phone", "Best time"], [(p.full, home, "after 6pm")]), sig_block(s)], mode="html")
    return C(m, "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), NOF, "home phone number in a table column")


# ---- group 5: limits, forbidden columns, letter kinds, DWP routes ----------------------------


@scenario
def cvs_eleven_zip(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    e = emp("parade", ctx, "Talent Acquisition Lead")
    files = []
    for i in range(11):
        p = ctx.person(age=(18, 24))
        files.append((cv_filename(p, i), CV(ctx, p, sector="retail").docx(["classic", "twocol", "table"][i % 3])))
    m = smail(ctx, s, [e], "More CVs for Christmas temps", [("p", greet(e.first, ctx.rng)), ("p", "Zipped up to save your inbox."), sig_block(s)])
    m.attach(make_zip(files), "Christmas temps CVs.zip")
    return C(m, "encrypt", "encrypt_over_limit", T(contact=True, subjects=11, docs=["cv"]), F(cv_count=11), "eleven CVs in a plain zip: one over ¶21")


@scenario
def forms_eleven_people(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    e = emp("riverlight", ctx, "Group HR Manager")
    pages = [form_blocks(ctx, couple(ctx), ROLES["riverlight"], EMPLOYERS["riverlight"][0]) for _ in range(5)]
    pages.append(form_blocks(ctx, [ctx.person()], "Night Porter", EMPLOYERS["riverlight"][0]))
    m = smail(ctx, s, [e], "All the applications in one go", [("p", greet(e.first, ctx.rng)),
                                                              ("p", "Five joint applications plus one night porter application."), sig_block(s)])
    m.attach(make_pdf(pages, "Applications"), "Riverlight applications - all.pdf")
    return C(m, "encrypt", "encrypt_over_limit", T(contact=True, subjects=11, docs=["application_form_couple", "application_form"]),
             F(form_people=11), "five couple forms plus one single: eleven people (¶24)")


@scenario
def letters_eleven(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    letters = [letter_blocks(ctx, ctx.person(), "letter_interview", s, employer=EMPLOYERS["quayside"][0]) for _ in range(11)]
    m = smail(ctx, s, ["admin@northstar-training.co.uk"], "Interview letters - print run",
              [("p", "Hi,"), ("p", "Interview letters for the Quayside session, one per page."), sig_block(s)])
    m.attach(make_letters_pdf(ctx, letters, "Interview letters"), "Interview letters.pdf")
    return C(m, "encrypt", "encrypt_over_limit", T(contact=True, subjects=11, docs=["letter_interview"]), F(letters=["letter_interview"] * 11),
             "eleven interview letters in one PDF")


@scenario
def list_501(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    ppl = list_people(ctx, 501)
    rows = [["Surname", "Forename", "Ref"]] + [[p["last"], p["first"], p["ref"]] for p in ppl]
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk"], "Full caseload list", [("p", "Hi,"), ("p", "Full list attached."), sig_block(s)])
    m.attach(make_csv(rows), "caseload_full.csv")
    return C(m, "encrypt", "encrypt_over_limit", T(subjects=501, docs=["name_list"]),
             F(list_rows=501, list_cols=["surname", "forename", "ref"]), "501 names: one over the ¶31 limit")


@scenario
def fwd_two_records(mk):
    ctx = mk()
    m = Mail(ctx, DESIGNATED_OWN, ["referrals@bridgeway-support.org.uk"], subject="FW: two change notifications",
             sender_name="WHP Data Exchange")
    m.body([("p", "Two notifications from DWP for your participants."), ("p", "WHP Data Exchange")], mode="text")
    for i in range(2):
        p = ctx.person()
        m.attach_msg(dwp_coc_mail(mk(i + 1), p, "Partner enters household").build(), f"WHP change notification {i + 1}.eml")
    return C(m, "encrypt", "encrypt_over_limit", T(ninos=2, subjects=2, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"] * 2, fwd_record=True), "two DWP records forwarded in one e-mail (C15 ¶53: one at a time)")


@scenario
def cv_extract_twelve(mk):
    ctx = mk()
    s = ctx.staff("mi", 0)
    a = ctx.contact(AGENCY, "Account Manager")
    rows = [["Candidate", "Most recent role", "Tickets"]]
    for _ in range(12):
        p = ctx.person()
        cv = CV(ctx, p, sector="warehouse")
        rows.append([p.full, cv.jobs[0][0], "; ".join(cv.certs)])
    m = smail(ctx, s, [a], "Warehouse pool - CV extract", [("p", greet(a.first, ctx.rng)), ("p", "Twelve candidates from our CVs."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Pool", "rows": rows}]), "Warehouse pool.xlsx")
    return C(m, "encrypt", "encrypt_over_limit", T(subjects=12, docs=["cv"]), F(cv_count=12), "twelve CV-derived data sets in XLSX")


@scenario
def list_hidden_dob_column(mk):
    ctx = mk()
    s = ctx.staff("mi", 2)
    ppl = list_people(ctx, 35)
    rows = [["Surname", "Forename", "Ref", "DOB"]]
    for p in ppl:
        d = dt.date(ctx.rng.randint(1966, 2006), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        rows.append([p["last"], p["first"], p["ref"], d.strftime("%d/%m/%Y")])
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk"], "Caseload export", [("p", "Hi,"), ("p", "Export attached."), sig_block(s)])
    m.attach(make_xlsx([{"title": "Export", "rows": rows, "hidden_cols": ["D"]}]), "Caseload export.xlsx")
    return C(m, "encrypt", "encrypt_list_forbidden_column", T(dob=True, subjects=35, docs=["name_list"]),
             F(list_rows=35, list_cols=["surname", "forename", "ref", "dob"]), "list export whose hidden column D holds dates of birth")


@scenario
def list_mobile_column(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Recruitment Partner")
    rows = [["Name", "Mobile", "Slot"]]
    d = ctx.future()
    for i in range(18):
        p = ctx.person()
        rows.append([p.full, p.mobile, (d + dt.timedelta(minutes=20 * i)).strftime("%H:%M")])
    m = smail(ctx, s, [e], "Jobs fair list with numbers", [("p", greet(e.first, ctx.rng)), ("p", "So your team can text reminders."), sig_block(s)])
    m.attach(make_csv(rows), "jobsfair_with_mobiles.csv")
    return C(m, "encrypt", "encrypt_list_forbidden_column", T(contact=True, subjects=18, docs=["name_list"]),
             F(list_rows=18, list_cols=["name", "phone", "interview_date"]), "names list with a mobile number column (¶30)")


@scenario
def list_postcode_column(mk):
    ctx = mk()
    s = ctx.staff("youth", 2)
    c = ctx.contact(COLLEGE, "Transport Officer")
    rows = []
    for _ in range(16):
        p = ctx.person(age=(18, 24))
        rows.append((p.first, p.last, p.postcode))
    m = smail(ctx, s, [c], "Bus passes", [("p", greet(c.first, ctx.rng)), ("p", "List for the bus pass scheme."), sig_block(s)])
    m.attach(make_pdf([[("h", "Bus pass applications"), ("table", ["Forename", "Surname", "Home postcode"], rows)]], "Bus passes"), "Bus passes.pdf")
    return C(m, "encrypt", "encrypt_list_forbidden_column", T(contact=True, subjects=16, docs=["name_list"]),
             F(list_rows=16, list_cols=["forename", "surname", "postcode"]), "PDF names list with a home postcode column")


@scenario
def list_email_column(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    lines = ["Name\tEmail"]
    for _ in range(22):
        p = ctx.person()
        lines.append(f"{p.full}\t{p.email}")
    m = smail(ctx, s, ["courses@northstar-training.co.uk"], "Online course sign-ups",
              [("p", "Hi,"), ("p", "Tab-separated list for the LMS import."), sig_block(s)], mode="text")
    m.attach(("\n".join(lines) + "\n").encode(), "signups.txt")
    return C(m, "encrypt", "encrypt_list_forbidden_column", T(contact=True, subjects=22, docs=["name_list"]),
             F(list_rows=22, list_cols=["name", "email"]), "text list of names with personal e-mail addresses")


@scenario
def list_uc_award_column(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    h = ctx.contact(HOUSING, "Income Team Leader")
    rows = []
    for _ in range(9):
        p = ctx.person()
        rows.append((p.full, f"£{ctx.rng.randint(380, 1450)}.{ctx.rng.randint(10, 99)}", ctx.rng.choice(["yes", "no"])))
    m = smail(ctx, s, [h], "Tenants on our programme", [("p", greet(h.first, ctx.rng)),
                                                         ("table", ["Tenant", "UC monthly award", "Managed payment"], rows), sig_block(s)], mode="html")
    return C(m, "encrypt", "encrypt_list_forbidden_column", T(benefit=True, subjects=9, docs=["name_list"]),
             F(list_rows=9, list_cols=["name", "benefit_amount", "managed_payment"]), "names list with a UC award amount column")


@scenario
def support_letter_housing(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    h = ctx.contact(HOUSING, "Lettings Officer")
    p = ctx.person()
    lb = letter_blocks(ctx, p, "letter_other", s, other_title="Letter of support", dear="To whom it may concern,",
                       other_body=[f"I confirm that {p.full} is taking part in the Work and Health Programme with us and attends weekly "
                                   "appointments. They are actively looking for work and I support their application for the tenancy."])
    m = smail(ctx, s, [h], "Letter of support", [("p", greet(h.first, ctx.rng)), ("p", "Letter of support attached."), sig_block(s)])
    m.attach(make_docx(lb, "Letter of support"), "Letter of support.docx")
    return C(m, "encrypt", "encrypt_letter_kind", T(contact=True, subjects=1, docs=["letter_other"]), F(letters=["letter_other"]),
             "a letter of support: not an interview, job offer or appointment letter (¶25)")


@scenario
def non_attendance_letter(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    p = ctx.person()
    lb = letter_blocks(ctx, p, "letter_other", s, other_title="We missed you",
                       other_body=["You did not attend your appointment on " + day_txt(ctx.past((2, 9))) + ".",
                                   "Please call us to rebook. If we cannot reach you we may need to let Jobcentre Plus know."])
    m = smail(ctx, s, ["admin@bridgeway-support.org.uk"], "Letter to post", [("p", "Hi,"), ("p", "One to post please."), sig_block(s)])
    m.attach(make_pdf([lb], "Letter"), "DNA letter.pdf")
    return C(m, "encrypt", "encrypt_letter_kind", T(contact=True, subjects=1, docs=["letter_other"]), F(letters=["letter_other"]),
             "a non-attendance letter to supply chain")


@scenario
def mixed_letters(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    ls = [letter_blocks(ctx, ctx.person(age=(18, 24)), "letter_interview", s, employer=EMPLOYERS["parade"][0]) for _ in range(2)]
    q = ctx.person(age=(18, 24))
    ls.append(letter_blocks(ctx, q, "letter_other", s, other_title="End of support",
                            other_body=["Your time on Youth Futures has come to an end. Thank you for taking part."]))
    m = smail(ctx, s, ["admin@northstar-training.co.uk"], "Letters batch", [("p", "Hi,"), ("p", "Three letters, one per page."), sig_block(s)])
    m.attach(make_letters_pdf(ctx, ls, "Letters"), "Letters batch.pdf")
    return C(m, "encrypt", "encrypt_letter_kind", T(contact=True, subjects=3, docs=["letter_interview", "letter_other"]),
             F(letters=["letter_interview", "letter_interview", "letter_other"]), "two interview letters and one end-of-support letter")


@scenario
def exit_report_wrong_address(mk):
    ctx = mk()
    wc = ctx.dwp_person("dwp.gov.uk", "Work Coach")
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, [wc], subject="WHP exit report", sender_name="WHP Data Exchange")
    m.body([("p", "One exit report attached."), ("p", "WHP Data Exchange")])
    m.attach(make_docx(exit_report_blocks(ctx, p), "Exit report"), "WHP exit report.docx")
    return C(m, "encrypt", "encrypt_dwp_process", T(ninos=1, subjects=1, docs=["exit_report"]), F(records=["exit_report"]),
             "exit report to an individual DWP address, not the designated inbox (C15 ¶49)")


@scenario
def two_exit_reports(mk):
    ctx = mk()
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP exit reports x2", sender_name="WHP Data Exchange")
    m.body([("p", "Two exit reports attached."), ("p", "WHP Data Exchange")], mode="text")
    for i in range(2):
        p = ctx.person()
        m.attach(make_pdf([exit_report_blocks(ctx, p)], "Exit report"), f"Exit report {i + 1}.pdf")
    return C(m, "encrypt", "encrypt_dwp_process", T(ninos=2, subjects=2, docs=["exit_report"]), F(records=["exit_report", "exit_report"]),
             "two exit reports in one e-mail (one record per e-mail, C15 ¶49)")


@scenario
def eb_form_prap_support(mk):
    ctx = mk()
    p = ctx.person()
    m = Mail(ctx, DESIGNATED_OWN, ["prap.support@dwp.gsi.gov.uk"], subject="WHP Employment Business Customer Form", sender_name="WHP Data Exchange")
    m.body([("p", "One EB customer form attached."), ("p", "WHP Data Exchange")])
    m.attach(make_docx([("title", "WHP Employment Business Customer Form"),
                        ("kv", [("Customer name", p.full), ("NINO", fmt_nino(p.nino, "spaced")),
                                ("Date employment commenced", fmt_date(ctx.past((1, 5)), "uk"))])], "EB form"), "EB customer form.docx")
    return C(m, "encrypt", "encrypt_dwp_process", T(ninos=1, subjects=1, docs=["whp_eb_customer_form"]), F(records=["whp_eb_customer_form"]),
             "EB form to prap.support@dwp.gsi.gov.uk, which is not a designated inbox in this world")


@scenario
def coc_from_staff_mailbox(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    p = ctx.person()
    m = smail(ctx, s, [DESIGNATED_DWP], "WHP07 change of circumstances",
              [("p", "Hello,"), ("p", "WHP07 attached."), sig_block(s)])
    m.attach(make_pdf([[("title", "WHP07 - Change of circumstances notification"),
                        ("kv", [("Participant name", p.full), ("NINO", fmt_nino(p.nino, "spaced")),
                                ("Change", "Participant has re-engaged (voluntary participant)"), ("Date", fmt_date(ctx.past((1, 5)), "uk"))])]],
                      "WHP07"), "WHP07.pdf")
    return C(m, "encrypt", "encrypt_dwp_process", T(ninos=1, subjects=1, docs=["change_of_circumstances"]),
             F(records=["change_of_circumstances"]), "a change of circumstances sent from a staff mailbox, not the designated one")


@scenario
def two_good_news_stories(mk):
    ctx = mk()
    s = ctx.staff("youth", 1)
    m = smail(ctx, s, ["esf.goodnewsstories@dwp.gov.uk"], "Good News Stories x2", [("p", "Hello,"), ("p", "Two stories attached."), sig_block(s)])
    for i in range(2):
        p = ctx.person(age=(18, 24))
        m.attach(make_docx(gns_blocks(ctx, p, s), "Good News Story"), f"Good News Story {i + 1}.docx")
    return C(m, "encrypt", "encrypt_dwp_process", T(subjects=2, docs=["good_news_story"]), F(records=["good_news_story", "good_news_story"]),
             "two Good News Stories in one e-mail (¶35: one per e-mail)")


@scenario
def cvs_employer_dwp_cc(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("crownfield", ctx, "Labour Manager")
    wc = ctx.dwp_person("jobcentreplus.gov.uk", "Work Coach")
    ps = [ctx.person(sex="M") for _ in range(2)]
    m = smail(ctx, s, [e], "Two labourer CVs", [("p", greet(e.first, ctx.rng)), ("p", f"CVs attached. Copying {wc.first}, their work coach."),
                                                sig_block(s)], cc=[wc])
    for i, p in enumerate(ps):
        m.attach(CV(ctx, p, sector="construction").docx("classic"), cv_filename(p, i))
    return C(m, "encrypt", "encrypt_dwp_process", T(contact=True, subjects=2, docs=["cv"]), F(cv_count=2),
             "two clean CVs to an employer with a DWP work coach in Cc: the CV exemption does not extend to DWP")


# ---- group 6: mail to claimants about themselves ---------------------------------------------


@scenario
def anxiety_greeted(mk):
    ctx = mk()
    s = ctx.staff("ips", 0)
    p = ctx.person()
    m = smail(ctx, s, [p.email], "After today",
              [("p", greet(p.first, ctx.rng)),
               ("p", "Thanks for today. You mentioned your anxiety gets worse the night before interviews - let's practise the breathing "
                     "exercise your therapist showed you before Thursday, and I'll come to the interview with you if you'd like."),
               ("p", signoff(ctx.rng)), sig_block(s, "nomobile")], shared=True)
    return C(m, "encrypt", "encrypt_claimant_recipient", T(special=["mental_health"], subjects=1), F(own_rcpt=[p.email]),
             "'you mentioned your anxiety' to the greeted claimant: their own health data to them")


@scenario
def action_plan_nino(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    p = ctx.person()
    plan = [("title", "My action plan"), ("kv", [("Name", p.full), ("NI number", fmt_nino(p.nino, "spaced")), ("Coach", s.full)]),
            ("table", ["Goal", "Steps", "By when"], [("Get CSCS card", "Book Level 1 H&S course", "2 weeks"),
                                                     ("Apply for 5 labouring jobs a week", "Use the job board with coach", "ongoing")])]
    m = smail(ctx, s, [p.email], "Your action plan", [("p", greet(p.first, ctx.rng)), ("p", "Your action plan from today."), sig_block(s)], shared=True)
    m.attach(make_docx(plan, "Action plan"), "My action plan.docx")
    return C(m, "encrypt", "encrypt_claimant_recipient", T(ninos=1, subjects=1), F(own_rcpt=[p.email]),
             "the claimant's own action plan with their NINO, sent to them")


@scenario
def uc_reduction_to_claimant(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    p = ctx.person()
    consent_add(p.email)
    m = smail(ctx, s, [p.email], "Your UC question",
              [("p", greet(p.first, ctx.rng)),
               ("p", "I've looked at the statement you showed me. Your UC went down by £214.60 this month because of the earnings from your "
                     "first two weeks at Parade, not because of a sanction. It should go back up next month."),
               ("p", signoff(ctx.rng)), sig_block(s)], shared=True)
    return C(m, "encrypt", "encrypt_claimant_recipient", T(benefit=True, subjects=1), F(own_rcpt=[p.email]),
             "the claimant's UC payment detail sent to them (consent covers CVs only)")


@scenario
def cv_with_dob_consented(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    p = ctx.person(age=(18, 24))
    consent_add(p.email)
    m = smail(ctx, s, [p.email], "Your CV", [("p", greet(p.first, ctx.rng)), ("p", "Your CV, as requested."), sig_block(s, "nomobile")], shared=True)
    m.attach(CV(ctx, p, dob="long").docx("twocol"), cv_filename(p, 0))
    return C(m, "encrypt", "encrypt_claimant_recipient", T(dob=True, contact=True, subjects=1, docs=["cv"]), F(cv_count=1, own_rcpt=[p.email]),
             "consented CV request, but the CV carries a date of birth (¶17)")


@scenario
def two_cvs_consented(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    p = ctx.person()
    consent_add(p.email)
    cv1, cv2 = CV(ctx, p, sector="care"), CV(ctx, p, sector="admin")
    m = smail(ctx, s, [p.email], "Both versions of your CV",
              [("p", greet(p.first, ctx.rng)), ("p", "Here are both versions - one for care jobs, one for admin."), sig_block(s)], shared=True)
    m.attach(cv1.docx("classic"), f"{p.first} CV - care.docx")
    m.attach(cv2.docx("table"), f"{p.first} CV - admin.docx")
    return C(m, "encrypt", "encrypt_claimant_recipient", T(contact=True, subjects=1, docs=["cv"]), F(cv_count=2, own_rcpt=[p.email]),
             "two CVs in one e-mail to a consenting claimant: ¶17 allows one per e-mail")


@scenario
def letter_other_to_claimant(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    p = ctx.person()
    lb = letter_blocks(ctx, p, "letter_other", s, other_title="Confirmation of participation",
                       other_body=[f"This letter confirms you have been taking part in the Work and Health Programme since "
                                   f"{fmt_date(ctx.past((60, 200)), 'long')}."])
    m = smail(ctx, s, [p.email], "Letter for your landlord",
              [("p", greet(p.first, ctx.rng)), ("p", "Here's the letter you asked for, to show your landlord."), sig_block(s)], shared=True)
    m.attach(make_pdf([lb], "Confirmation"), "Confirmation of participation.pdf")
    return C(m, "encrypt", "encrypt_claimant_recipient", T(contact=True, subjects=1, docs=["letter_other"]),
             F(letters=["letter_other"], own_rcpt=[p.email]), "a letter that is not an interview/offer/appointment letter, to the claimant")


@scenario
def address_check_to_claimant(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    p = ctx.person(age=(18, 24))
    m = smail(ctx, s, [p.email], "Quick check",
              [("p", greet(p.first, ctx.rng)),
               ("p", f"Before we post your travel card - we still have you at {p.street}, {p.town} {p.postcode}. Is that right?"),
               sig_block(s, "nomobile")], shared=True)
    return C(m, "encrypt", "encrypt_claimant_recipient", T(contact=True, subjects=1), F(own_rcpt=[p.email]),
             "the claimant's home address sent to them")


@scenario
def licence_reminder(mk):
    ctx = mk()
    s = ctx.staff("justice", 0)
    p = ctx.person(sex="M")
    m = smail(ctx, s, [p.email], "Tuesday's job fair",
              [("p", greet(p.first, ctx.rng)),
               ("p", "One thing before Tuesday: your licence conditions say you can't go into the Croydon exclusion zone, and the fair is "
                     "at the Fairfield Halls. I've checked with your probation officer and we'll do the Bromley one instead."),
               ("p", signoff(ctx.rng)), sig_block(s)], shared=True)
    return C(m, "encrypt", "encrypt_claimant_recipient", T(special=["criminal"], subjects=1), F(own_rcpt=[p.email]),
             "a prison leaver's licence conditions, to him")


@scenario
def child_to_claimant(mk):
    ctx = mk()
    s = ctx.staff("youth", 0)
    p = ctx.person(sex="F", age=(18, 23))
    kid = ctx.fake.first_name_male()
    m = smail(ctx, s, [p.email], "Nursery places",
              [("p", greet(p.first, ctx.rng)), ("p", f"You said {kid} is 2 now - that means he should get 15 funded hours. The nursery "
                                                     "next to The Hive has spaces from January."), sig_block(s, "nomobile")], shared=True)
    return C(m, "encrypt", "encrypt_claimant_recipient", T(children=True, subjects=1), F(own_rcpt=[p.email]),
             "the claimant's child's name and age, to her")


# ---- group 7: sender tag, password protection, scans -----------------------------------------


@scenario
def tag_no_data(mk):
    ctx = mk()
    s = ctx.staff("youth", 3)
    c = ctx.contact(COLLEGE, "Community Partnerships Officer")
    m = smail(ctx, s, [c], "RE: [ENCRYPT] Room booking Thursday",
              [("p", greet(c.first, ctx.rng)), ("p", "B12 is fine, thanks."), sig_block(s)])
    return C(m, "encrypt", "encrypt_sender_tag", NOBODY, NOF, "[ENCRYPT] after RE: on mail with no claimant data")


@scenario
def tag_end_health(mk):
    ctx = mk()
    s = ctx.staff("ips", 2)
    nhs = ctx.contact(NHS_TT, "Step 3 Team Manager")
    p = ctx.person()
    m = smail(ctx, s, [nhs], "Caseload review notes [ENCRYPT]",
              [("p", greet(nhs.first, ctx.rng)), ("p", f"{p.full}: panic attacks less frequent, ready for a working interview."), sig_block(s)])
    return C(m, "encrypt", "encrypt_sender_tag", T(special=["mental_health"], subjects=1), NOF, "[ENCRYPT] at the end of the subject; content would encrypt anyway")


@scenario
def tag_printer(mk):
    ctx = mk()
    s = ctx.staff("mi", 3)
    c = ctx.contact(PRINTER, "Sales")
    m = smail(ctx, s, [c], "FW: [ENCRYPT] Quote for printing", [("p", "Hello,"), ("p", "Forwarding our artwork spec."), sig_block(s)])
    return C(m, "encrypt", "encrypt_sender_tag", NOBODY, NOF, "sender-requested encryption on ordinary supplier mail")


@scenario
def tag_one_name(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Home Manager")
    p = ctx.person()
    m = smail(ctx, s, [e], "[ENCRYPT] Interview Thursday",
              [("p", greet(e.first, ctx.rng)), ("p", f"{p.full} confirmed for Thursday 2pm."), sig_block(s)])
    return C(m, "encrypt", "encrypt_sender_tag", T(subjects=1), F(name_only=True), "tag on a message the one-name exemption would relay")


@scenario
def tag_mid_cvs(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    e = emp("quayside", ctx, "Recruitment Partner")
    m = smail(ctx, s, [e], "Shortlist [ENCRYPT] - Quayside", [("p", greet(e.first, ctx.rng)), ("p", "Three CVs."), sig_block(s)])
    for i in range(3):
        p = ctx.person()
        m.attach(CV(ctx, p, sector="warehouse").docx("classic"), cv_filename(p, i))
    return C(m, "encrypt", "encrypt_sender_tag", T(contact=True, subjects=3, docs=["cv"]), F(cv_count=3), "tag in the middle of the subject on three CVs")


@scenario
def pw_zip_cvs(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Deputy Manager")
    files = []
    for i in range(3):
        p = ctx.person()
        files.append((cv_filename(p, i), CV(ctx, p, sector="care").docx("classic")))
    m = smail(ctx, s, [e], "Candidates (password to follow)", [("p", greet(e.first, ctx.rng)), ("p", "Zip attached - password in a separate e-mail."),
                                                               sig_block(s)])
    m.attach(make_zip(files, password="Harbour!Lights82"), "Candidates.zip")
    return C(m, "encrypt", "encrypt_password_protected", NOBODY, F(pw=True), "AES-encrypted zip")


@scenario
def pw_pdf_referral(mk):
    ctx = mk()
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "Referral Coordinator")
    p = ctx.person()
    doc = make_pdf([[("title", "Referral"), ("kv", [("Name", p.full), ("Reason", "employment support alongside therapy")])]], "Referral")
    m = smail(ctx, s, [nhs], "Referral", [("p", greet(nhs.first, ctx.rng)), ("p", "Protected PDF attached; password by phone."), sig_block(s)])
    m.attach(pdf_encrypt(doc, "Tulip-2025"), "Referral.pdf")
    return C(m, "encrypt", "encrypt_password_protected", NOBODY, F(pw=True), "password-protected (RC4) PDF")


@scenario
def pw_zip_xlsx(mk):
    ctx = mk()
    s = ctx.staff("mi", 2)
    ppl = list_people(ctx, 40)
    x = make_xlsx([{"title": "List", "rows": [["Surname", "NINO"]] + [[p["last"], p["nino"]] for p in ppl]}])
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk"], "Monthly file", [("p", "Hi,"), ("p", "Usual password."), sig_block(s)])
    m.attach(make_zip([("monthly.xlsx", x)], password="Usual-Pass-77"), "monthly.zip")
    return C(m, "encrypt", "encrypt_password_protected", NOBODY, F(pw=True), "AES zip holding a spreadsheet")


@scenario
def pw_pdf_to_dwp(mk):
    ctx = mk()
    p = ctx.person()
    doc = make_pdf([exit_report_blocks(ctx, p)], "Exit report")
    m = Mail(ctx, DESIGNATED_OWN, [DESIGNATED_DWP], subject="WHP exit report (protected)", sender_name="WHP Data Exchange")
    m.body([("p", "Protected exit report attached."), ("p", "WHP Data Exchange")])
    m.attach(pdf_encrypt(doc, "Exit-2025"), "Exit report.pdf")
    return C(m, "encrypt", "encrypt_password_protected", NOBODY, F(pw=True), "password-protected PDF between designated inboxes")


@scenario
def pw_zip_letters(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    files = [(f"letter_{i + 1}.docx", make_docx(letter_blocks(ctx, ctx.person(), "letter_appointment", s), "Letter")) for i in range(4)]
    m = smail(ctx, s, ["admin@northstar-training.co.uk"], "Letters (zip)", [("p", "Hi,"), ("p", "Zipped and protected."), sig_block(s)])
    m.attach(make_zip(files, password="Letters#2025"), "letters.zip")
    return C(m, "encrypt", "encrypt_password_protected", NOBODY, F(pw=True), "AES zip of letters")


def scan_lines_letter(ctx, p, s):
    return ["# " + ORG, TEAMS[s.team]["office"], "", ctx.when.strftime("%d %B %Y"), "", p.full, *p.addr_lines, "",
            f"Dear {p.first},", "", "I confirm that you attended your appointment today", "and that your travel costs of £8.60 will be",
            "repaid.", "", "Yours sincerely,", "", s.full, s.title]


@scenario
def scan_letter_jpeg(mk):
    ctx = mk()
    s = ctx.staff("justice", 1)
    h = ctx.contact(HOUSING, "Lettings Officer")
    p = ctx.person()
    m = smail(ctx, s, [h], "Scan", [("p", greet(h.first, ctx.rng)), ("p", "Scan attached as discussed."), sig_block(s)])
    m.attach(scan_image(scan_lines_letter(ctx, p, s), ctx.rng, stamp="RECEIVED"), "IMG_2041.jpg")
    return C(m, "encrypt", "encrypt_no_text_scan", NOBODY, F(opaque="scan"), "a photographed letter (JPEG) with no text layer")


@scenario
def scan_form_pdf(mk):
    ctx = mk()
    s = ctx.staff("ips", 1)
    e = emp("oakbridge", ctx, "Registered Manager")
    p = ctx.person()
    lines = ["# Job Application Form", "", f"Full name: {p.full}", f"Age: {p.age}", f"Address: {p.addr_one}", f"Phone: {p.mobile}",
             "Position: Care Assistant", "", "Signed: ____________"]
    m = smail(ctx, s, [e], "Paper application (scanned)", [("p", greet(e.first, ctx.rng)), ("p", "Scanned at the office."), sig_block(s)])
    m.attach(image_pdf([scan_image(lines, ctx.rng)], "Scan"), "Scan_0007.pdf")
    return C(m, "encrypt", "encrypt_no_text_scan", NOBODY, F(opaque="scan"), "image-only PDF of a handwritten-style form")


@scenario
def scan_payslip_png(mk):
    ctx = mk()
    s = ctx.staff("justice", 3)
    a = ctx.contact(AGENCY, "Payroll")
    p = ctx.person()
    lines = ["# PAYSLIP", f"Employee: {p.full}", f"NI: {fmt_nino(p.nino, 'spaced')}", "Gross: £512.40", "Tax: £0.00", "Net: £471.10"]
    m = smail(ctx, s, [a], "Payslip query", [("p", greet(a.first, ctx.rng)), ("p", "Photo of the payslip attached."), sig_block(s)])
    m.attach(scan_image(lines, ctx.rng, size=(900, 700), fmt="PNG"), "payslip.png")
    return C(m, "encrypt", "encrypt_no_text_scan", NOBODY, F(opaque="scan"), "PNG photo of a payslip (NINO visible only as pixels)")


@scenario
def scan_copier_multipage(mk):
    ctx = mk()
    p = ctx.person()
    s = ctx.staff("ips", 2)
    pages = [scan_image(scan_lines_letter(ctx, p, s), ctx.rng), scan_image(["# Page 2", "", "Notes from the appointment", "", "(handwritten)"], ctx.rng)]
    m = Mail(ctx, "scanner.deptford@" + INTERNAL, ["admin@northstar-training.co.uk"], subject="Scanned from RICOH MP C3004",
             sender_name="RICOH Deptford", client="crm")
    m.body([("p", "Please open the attached document. It was scanned and sent to you using a Ricoh device.")], mode="text")
    m.attach(image_pdf(pages, "Scan"), "Scan_0012.pdf")
    return C(m, "encrypt", "encrypt_no_text_scan", NOBODY, F(opaque="scan"), "copier scan-to-e-mail, two image-only pages")


# ---- group 8: CVs to claimants without consent; content that cannot be read -----------------


def cv_no_consent(ctx, p, to_addr, subject="Your CV", body_cv=False, fmt="docx", layout="classic", cc=(), zipit=False, team="youth"):
    s = ctx.staff(team)
    cv = CV(ctx, p)
    blocks = [("p", greet(p.first, ctx.rng)), ("p", "I've updated your CV with the new course - it's attached." if not body_cv
                                                    else "Here's your CV - I've pasted it below so you can copy it into applications.")]
    if body_cv:
        blocks.append(("pre", cv.text()))
    blocks += [("p", signoff(ctx.rng)), sig_block(s, "nomobile")]
    m = smail(ctx, s, [to_addr], subject, blocks, cc=cc, shared=True, mode="text" if body_cv else "both")
    if not body_cv:
        if zipit:
            m.attach(make_zip([(cv_filename(p, 0), cv.docx(layout))]), "CV.zip")
        elif fmt == "pdf":
            m.attach(cv.pdf(layout), f"{p.first} {p.last} CV.pdf")
        else:
            m.attach(cv.docx(layout), cv_filename(p, ctx.rng.randint(0, 3)))
    return m


CVNC = T(contact=True, subjects=1, docs=["cv"])


@scenario
def reject_cv_no_consent(mk):
    out = []
    ctx = mk(0)
    p = ctx.person(age=(18, 24))
    out.append(C(cv_no_consent(ctx, p, p.email), "reject", "reject_cv_no_consent", CVNC, F(cv_count=1, own_rcpt=[p.email]),
                 "CV to the claimant's own address (greeting and CV e-mail match); not in the consent register"))
    ctx = mk(1)
    p = ctx.person()
    out.append(C(cv_no_consent(ctx, p, p.email, subject="[ENCRYPT] Your CV", team="justice"), "reject", "reject_cv_no_consent", CVNC,
                 F(cv_count=1, own_rcpt=[p.email]), "unconsented CV with [ENCRYPT]: ¶17 forbids unsolicited CVs however sent"))
    ctx = mk(2)
    p = ctx.person()
    out.append(C(cv_no_consent(ctx, p, p.email, body_cv=True, team="ips"), "reject", "reject_cv_no_consent", CVNC,
                 F(cv_count=1, own_rcpt=[p.email]), "unconsented CV pasted into the body"))
    ctx = mk(3)
    p = ctx.person()
    local, dom = p.email.split("@")
    consent_add(("x" + local if "." not in local else local.replace(".", "", 1)) + "@" + dom)
    out.append(C(cv_no_consent(ctx, p, p.email, subject="CV"), "reject", "reject_cv_no_consent", CVNC, F(cv_count=1, own_rcpt=[p.email]),
                 "near-miss: the consent register holds a similar but different address"))
    ctx = mk(4)
    p = ctx.person(email_domain="btinternet.com")
    out.append(C(cv_no_consent(ctx, p, p.email, fmt="pdf", layout="twocol", team="ips"), "reject", "reject_cv_no_consent", CVNC,
                 F(cv_count=1, own_rcpt=[p.email]), "unconsented two-column PDF CV to btinternet"))
    ctx = mk(5)
    p = ctx.person(age=(18, 24))
    col = ctx.staff("youth", 2)
    out.append(C(cv_no_consent(ctx, p, p.email, cc=[col]), "reject", "reject_cv_no_consent", CVNC, F(cv_count=1, own_rcpt=[p.email]),
                 "unconsented CV to the claimant with a colleague in Cc"))
    ctx = mk(6)
    p = ctx.person(email_domain="yahoo.co.uk")
    wc = ctx.dwp_person("dwp.gov.uk", "Work Coach")
    out.append(C(cv_no_consent(ctx, p, p.email, cc=[wc], team="justice"), "reject", "reject_cv_no_consent", CVNC,
                 F(cv_count=1, own_rcpt=[p.email]), "unconsented CV to the claimant, work coach in Cc (¶15 too)"))
    ctx = mk(7)
    p = ctx.person()
    out.append(C(cv_no_consent(ctx, p, p.email, zipit=True), "reject", "reject_cv_no_consent", CVNC, F(cv_count=1, own_rcpt=[p.email]),
                 "unconsented CV inside a plain zip"))
    ctx = mk(8)
    p = ctx.person(email_domain="gmail.com")
    consent_add(p.email)
    alt = ascii_name(p.first).lower() + ascii_name(p.last).lower() + str(ctx.rng.randint(100, 999)) + "@outlook.com"
    p.email = alt
    out.append(C(cv_no_consent(ctx, p, alt, team="ips"), "reject", "reject_cv_no_consent", CVNC, F(cv_count=1, own_rcpt=[alt]),
                 "consent is recorded for the claimant's gmail address, but the CV goes to their other (outlook) address"))
    return out


def _rand(ctx, n):
    return bytes(ctx.rng.getrandbits(8) for _ in range(n))


@scenario
def reject_uninspectable(mk):
    out = []
    ctx = mk(0)
    s = ctx.staff("ips", 3)
    nhs = ctx.contact(NHS_TT, "Referral Coordinator")
    good = make_docx([("title", "Referral"), ("p", "x" * 3000)], "Referral")
    m = smail(ctx, s, [nhs], "Referral form", [("p", greet(nhs.first, ctx.rng)), ("p", "Form attached."), sig_block(s)])
    m.attach(good[: len(good) * 3 // 5], "Referral form.docx")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "truncated DOCX (no central directory)"))

    ctx = mk(1)
    s = ctx.staff("justice", 3)
    e = emp("crownfield", ctx, "Site Manager")
    m = smail(ctx, s, [e], "Documents", [("p", greet(e.first, ctx.rng)), ("p", "Documents attached."), sig_block(s)])
    m.attach(_rand(ctx, 24000), "Documents.pdf")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "a .pdf whose bytes are random"))

    ctx = mk(2)
    s = ctx.staff("mi", 0)
    m = smail(ctx, s, ["data.team@bridgeway-support.org.uk"], "Export", [("p", "Hi,"), ("p", "Export attached."), sig_block(s)])
    m.attach(_rand(ctx, 18000), "caseload_export.xlsx")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "a .xlsx whose bytes are random"))

    ctx = mk(3)
    s = ctx.staff("mi", 2)
    m = smail(ctx, s, ["data.team@northstar-training.co.uk"], "CaseFlow extract", [("p", "Hi,"), ("p", "Raw extract attached."), sig_block(s)])
    m.attach(b"CFX1\x00\x02" + _rand(ctx, 9000), "cf_extract_0412.dat")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "an unknown binary export (.dat)"))

    ctx = mk(4)
    s = ctx.staff("youth", 3)
    e = emp("parade", ctx, "Store Manager")
    z = make_zip([(f"doc{i}.txt", ("line\n" * 400).encode()) for i in range(3)])
    m = smail(ctx, s, [e], "Files", [("p", greet(e.first, ctx.rng)), ("p", "Zip attached."), sig_block(s)])
    m.attach(z[: len(z) // 2], "files.zip")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "a truncated zip"))

    ctx = mk(5)
    s = ctx.staff("youth", 2)
    c = ctx.contact(COLLEGE, "Admissions")
    m = smail(ctx, s, [c], "Application", [("p", greet(c.first, ctx.rng)), ("p", "Attached."), sig_block(s)])
    m.attach(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _rand(ctx, 12000), "Application.docx")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"),
                 "named .docx but the bytes start like an old OLE file and are garbage"))

    ctx = mk(6)
    s = ctx.staff("justice", 1)
    h = ctx.contact(HOUSING, "Lettings Officer")
    m = smail(ctx, s, [h], "Photo", [("p", greet(h.first, ctx.rng)), ("p", "Photo attached."), sig_block(s)])
    m.attach(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _rand(ctx, 7000), "IMG_3310.jpg")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "a corrupt JPEG: not a readable image"))

    ctx = mk(7)
    s = ctx.staff("ips", 2)
    e = emp("oakbridge", ctx, "Home Manager")
    m = smail(ctx, s, [e], "[ENCRYPT] Paperwork", [("p", greet(e.first, ctx.rng)), ("p", "Paperwork attached."), sig_block(s)])
    m.attach(b"%PDF-1.7\n" + _rand(ctx, 15000), "Paperwork.pdf")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"),
                 "PDF header followed by garbage, with [ENCRYPT]: unreadable content is rejected before the tag applies"))

    ctx = mk(8)
    s = ctx.staff("justice", 3)
    a = ctx.contact(AGENCY, "Consultant")
    good = make_docx([("title", "Notes"), ("p", "y" * 3000)], "Notes")
    z = make_zip([("readme.txt", b"Two files.\n"), ("notes.docx", good[: len(good) // 2])])
    m = smail(ctx, s, [a], "Zip", [("p", greet(a.first, ctx.rng)), ("p", "Zip attached."), sig_block(s)])
    m.attach(z, "bundle.zip")
    out.append(C(m, "reject", "reject_uninspectable", NOBODY, F(opaque="corrupt"), "a readable zip holding a truncated DOCX"))
    return out


if __name__ == "__main__":
    main()

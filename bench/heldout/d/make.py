#!/usr/bin/env python3
"""Held-out test set D for the Mailgate DLP gateway.

A small Welsh / North-East charity ("Cam Nesaf", with its North-East arm "Next Step
North East") delivering the Work and Health Programme as part of the supply chain of
its prime, "Llwybr Employment Group".  Both organisations' staff send from the prime's
mail tenant, provider.example.org.uk, so every sender is internal.

    python make.py            build mail/, labels.jsonl, consent.txt, then self-check
    python make.py --check    self-check only (re-parses every written message)

Everything is deterministic: every scenario draws from its own seeded Random and its
own seeded Faker (en_GB); Date and Message-ID headers, MIME boundaries, zip entry
timestamps, document metadata, PDF IDs and the salts/keys of encrypted attachments
all come from seeded sources.
"""
import argparse
import base64
import collections
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import quopri
import random
import re
import secrets
import struct
import sys
import zipfile
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "mail"
SEED = "mailgate-heldout-d/2025"

# --------------------------------------------------------------------------- world
INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
DES_DWP = "whp.provider-inbox@dwp.gov.uk"
DES_PROV = "whp.dataexchange@provider.example.org.uk"
TAG = "[ENCRYPT]"

C15_KINDS = {"exit_report", "change_of_circumstances", "compliance_doubt",
             "whp_eb_customer_form", "esf_14_20_form", "whps01"}
DWP_ONE_KINDS = {"ucnea1", "good_news_story"}
LETTER_KINDS = {"letter_interview": "interview", "letter_job_offer": "job_offer",
                "letter_appointment": "appointment", "letter_other": "other"}
FORM_KINDS = {"application_form", "application_form_couple"}
LIST_OK_COLS = {"surname", "forename", "initial", "name", "nino", "ref", "interview_date",
                "interview_time", "appointment_date", "course", "course_date", "status",
                "office", "start_date", "adviser", "attended"}
MED_CV = {"health", "mental_health", "substance", "ethnicity", "criminal"}

GUIDANCE = {
    "no_claimant_data": "RULES 'About a person, not about a word'; ¶14",
    "one_name": "¶18",
    "cv_to_claimant": "¶17",
    "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶19, ¶22-24",
    "letters_up_to_10": "¶19, ¶24-28",
    "names_list_500": "¶19, ¶29-31",
    "nino_only_list": "¶31",
    "dwp_names_list": "¶36, ¶29-31",
    "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49",
    "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES Outcomes (already-encrypted mail); policy 3.8",
    "encrypt_special_category": "¶32, ¶26; 003 ¶8-9",
    "encrypt_nino": "¶33",
    "encrypt_dob_bank": "¶32, ¶23, ¶27",
    "encrypt_benefit_children": "¶30, ¶32",
    "encrypt_beyond_name": "¶18",
    "encrypt_over_limit": "¶21, ¶24, ¶31, C15 ¶53",
    "encrypt_list_forbidden_column": "¶29-30",
    "encrypt_letter_kind": "¶25",
    "encrypt_dwp_process": "¶35, C15 ¶49",
    "encrypt_claimant_recipient": "¶17, ¶24-28",
    "encrypt_sender_tag": "RULES 'Sender-requested encryption'",
    "encrypt_password_protected": "RULES 'Reject regardless of encryption' (password-protected: encrypt by default)",
    "encrypt_no_text_scan": "RULES 'Reject regardless of encryption' (images and scans with no text layer: encrypt by default)",
    "reject_cv_no_consent": "¶17",
    "reject_uninspectable": "RULES 'Reject regardless of encryption' (content that cannot be inspected); policy 3.3",
}
ACTION_OF = {r: ("relay" if not (r.startswith("encrypt") or r.startswith("reject")) else
                 "encrypt" if r.startswith("encrypt") else "reject") for r in GUIDANCE}

FIXED_DOC_TIME = (2025, 1, 6, 9, 0, 0)


# --------------------------------------------------------------------------- seeded helpers
def H(*parts):
    return hashlib.sha256("|".join(map(str, (SEED,) + parts)).encode()).digest()


def rng_for(*key):
    return random.Random(int.from_bytes(H("rng", *key)[:8], "big"))


def faker_for(*key):
    f = Faker("en_GB")
    f.seed_instance(int.from_bytes(H("faker", *key)[:8], "big"))
    return f


class SeededBytes:
    """Stands in for secrets.token_bytes / Cryptodome.Random while a document is made."""

    def __init__(self, key):
        self.key, self.n = key, 0

    def token_bytes(self, n=32):
        out = b""
        while len(out) < n:
            self.n += 1
            out += hashlib.sha256(H("bytes", self.key, self.n)).digest()
        return out[:n]

    # Cryptodome.Random interface used by pyzipper
    def new(self):
        return self

    def read(self, n):
        return self.token_bytes(n)


# --------------------------------------------------------------------------- identifiers
NINO_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])([A-Za-z])[ \t\r\n]*(\d{2})[ \t\r\n]*(\d{2})[ \t\r\n]*(\d{2})[ \t\r\n]*([A-Da-d])(?![A-Za-z0-9])")


def nino_valid(pfx):
    pfx = pfx.upper()
    return (pfx[0] not in "DFIQUV" and pfx[1] not in "DFIOQUV" and pfx not in NINO_BAD_PREFIX)


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text):
        pfx = (m.group(1) + m.group(2)).upper()
        if nino_valid(pfx):
            out.add(pfx + m.group(3) + m.group(4) + m.group(5) + m.group(6).upper())
    return out


def new_nino(r, used=None):
    while True:
        p = r.choice(NINO_FIRST) + r.choice(NINO_SECOND)
        if p in NINO_BAD_PREFIX:
            continue
        n = p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n


def fmt_nino(n, style="spaced"):
    a, d, s = n[:2], n[2:8], n[8]
    if style == "plain":
        return n
    if style == "spaced":
        return f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if style == "lower":
        return f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}".lower()
    if style == "lowplain":
        return n.lower()
    if style == "mid":
        return f"{a} {d} {s}"
    if style == "split":   # breaks over a line
        return f"{a} {d[:2]} {d[2:4]}\n{d[4:]} {s}"
    raise ValueError(style)


def mobile(r):
    return f"07700 900{r.randint(0, 999):03d}"


def landline(r):
    k = r.randrange(3)
    if k == 0:
        return f"0113 496 0{r.randint(0, 999):03d}"
    if k == 1:
        return f"0161 496 0{r.randint(0, 999):03d}"
    return f"020 7946 0{r.randint(0, 999):03d}"


def luhn_complete(prefix, length=16):
    digits = [int(c) for c in prefix]
    r = rng_for("luhn", prefix)
    while len(digits) < length - 1:
        digits.append(r.randint(0, 9))
    for check in range(10):
        ds = digits + [check]
        tot = 0
        for i, dgt in enumerate(reversed(ds)):
            if i % 2 == 1:
                dgt *= 2
                if dgt > 9:
                    dgt -= 9
            tot += dgt
        if tot % 10 == 0:
            return "".join(map(str, ds))


def iban_gb(bank, sort, acct):
    bban = bank + sort + acct
    rearr = bban + "GB00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{bban}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                 "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                 "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
                 "thirty-first"]
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style="dmy"):
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "ord":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "words":
        return f"the {ORDINAL_WORDS[d.day - 1]} of {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    raise ValueError(style)


# --------------------------------------------------------------------------- places
WELSH_TOWNS = [("Wrexham", "LL11"), ("Wrexham", "LL13"), ("Bangor", "LL57"), ("Caernarfon", "LL55"),
               ("Rhyl", "LL18"), ("Llandudno", "LL30"), ("Holyhead", "LL65"), ("Mold", "CH7"),
               ("Flint", "CH6"), ("Colwyn Bay", "LL29"), ("Ruthin", "LL15"), ("Buckley", "CH7")]
NE_TOWNS = [("Gateshead", "NE8"), ("Gateshead", "NE9"), ("Sunderland", "SR4"), ("Sunderland", "SR5"),
            ("South Shields", "NE33"), ("Hartlepool", "TS24"), ("Durham", "DH1"), ("Consett", "DH8"),
            ("Washington", "NE38"), ("Blyth", "NE24"), ("Middlesbrough", "TS3"), ("Jarrow", "NE32")]
WELSH_STREETS = ["Heol y Felin", "Ffordd y Parc", "Lôn Glyndŵr", "Stryd yr Eglwys", "Ffordd Caradog",
                 "Heol Maelor", "Rhes Tegid", "Lôn Las", "Ffordd Penrhos", "Maes y Dref", "Cae Glas",
                 "Ffordd Llanrwst", "Heol Offa", "Rhodfa'r Môr", "Stryd Fawr", "Bryn Awel"]
NE_STREETS = ["Coniston Terrace", "Rothbury Gardens", "Front Street", "Beaconsfield Road",
              "Tyne View", "Sheriff Mount", "Colliery Row", "Westgate Avenue", "Lumley Close",
              "Derwent Crescent", "Hylton Road", "Wear Street", "Chester Road", "Albion Place"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(r, district):
    return f"{district} {r.randint(1, 9)}{r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}"


# --------------------------------------------------------------------------- people
class Person:
    pass


def person(ctx, region=None, domain=None, min_age=19, max_age=61):
    r, f = ctx.r, ctx.f
    p = Person()
    p.gender = r.choice(["m", "f"])
    while True:
        p.first = f.first_name_male() if p.gender == "m" else f.first_name_female()
        p.last = f.last_name()
        if (p.first, p.last) not in ctx.names:
            ctx.names.add((p.first, p.last))
            break
    p.name = f"{p.first} {p.last}"
    p.region = region or r.choice(["wales", "ne"])
    town, dist = r.choice(WELSH_TOWNS if p.region == "wales" else NE_TOWNS)
    street = r.choice(WELSH_STREETS if p.region == "wales" else NE_STREETS)
    p.house = r.randint(2, 148)
    p.street = street
    p.town = town
    p.postcode = postcode(r, dist)
    p.address = f"{p.house} {street}, {town} {p.postcode}"
    p.address_lines = [f"{p.house} {street}", town, p.postcode]
    p.nino = new_nino(r, ctx.used_ninos)
    ref = dt.date(2025, 6, 1)
    p.age = r.randint(min_age, max_age)
    p.dob = ref - dt.timedelta(days=p.age * 365 + r.randint(10, 350))
    p.age = (ref - p.dob).days // 365
    p.mobile = mobile(r)
    p.landline = landline(r)
    dom = domain or r.choice(CLAIMANT_DOMAINS)
    local = re.sub(r"[^a-z.]", "", f"{p.first}.{p.last}".lower())
    p.email = f"{local}{r.randint(10, 99)}@{dom}"
    p.ref = f"PRaP-{r.randint(1000000, 9999999)}"
    p.cref = f"CN{r.randint(10000, 99999)}"
    p.he, p.him, p.his = ("he", "him", "his") if p.gender == "m" else ("she", "her", "her")
    return p


class Staff:
    def __init__(self, first, last, role_cy, role_en, office, mobile_no=None, pron=None):
        self.first, self.last = first, last
        self.name = f"{first} {last}"
        self.role_cy, self.role_en = role_cy, role_en
        self.office = office
        self.email = f"{first.lower()}.{last.lower()}@{INTERNAL}".replace("'", "")
        self.mobile = mobile_no
        self.pron = pron


OFFICES = {
    "wxm": dict(cy="Swyddfa Wrecsam", en="Wrexham Office",
                addr_cy="Uned 4, Cwrt yr Orsaf, Ffordd yr Orsaf, Wrecsam LL11 2EZ",
                addr_en="Unit 4, Station Court, Station Road, Wrexham LL11 2EZ",
                tel="0161 496 0412", region="wales"),
    "bgr": dict(cy="Swyddfa Bangor", en="Bangor Office",
                addr_cy="Llawr 1, Tŷ Menai, Stryd Fawr, Bangor LL57 1UP",
                addr_en="1st Floor, Menai House, High Street, Bangor LL57 1UP",
                tel="0161 496 0733", region="wales"),
    "gsd": dict(cy=None, en="Gateshead Office",
                addr_en="2nd Floor, Riverside Chambers, Hawks Road, Gateshead NE8 3BQ",
                tel="0113 496 0281", region="ne"),
    "sld": dict(cy=None, en="Sunderland Hub",
                addr_en="14 Holmeside Arcade, Sunderland SR1 3JW",
                tel="0113 496 0950", region="ne"),
    "prime": dict(cy="Tîm Contract", en="Contract Team, Llwybr Employment Group",
                  addr_cy="Tŷ Llwybr, 8 Ffordd y Brenin, Caer / Chester CH1 3AQ",
                  addr_en="Llwybr House, 8 King's Road, Chester CH1 3AQ",
                  tel="020 7946 0318", region="prime"),
}


def make_staff():
    f = faker_for("staff")
    r = rng_for("staff")
    roles = [("Ymgynghorydd Cyflogaeth", "Employment Adviser", "wxm"),
             ("Ymgynghorydd Cyflogaeth", "Employment Adviser", "wxm"),
             ("Arweinydd Tîm", "Team Leader", "wxm"),
             ("Swyddog Ymgysylltu â Chyflogwyr", "Employer Engagement Officer", "bgr"),
             ("Ymgynghorydd Cyflogaeth", "Employment Adviser", "bgr"),
             ("Mentor Cymheiriaid", "Peer Mentor", "bgr"),
             (None, "Employment Adviser", "gsd"),
             (None, "Employment Adviser", "gsd"),
             (None, "Employer Account Manager", "gsd"),
             (None, "Team Leader", "sld"),
             (None, "Job Coach", "sld"),
             (None, "Admin & Data Officer", "sld"),
             ("Rheolwr Contract", "Contract Manager", "prime"),
             ("Swyddog Cydymffurfio", "Compliance Officer", "prime"),
             ("Swyddog Cyllid", "Finance Officer", "prime"),
             ("Cydlynydd Llesiant", "Wellbeing Coordinator", "wxm")]
    out, seen = [], set()
    for cy, en, off in roles:
        g = r.choice("mf")
        while True:
            first = f.first_name_male() if g == "m" else f.first_name_female()
            last = f.last_name()
            if last not in seen:
                seen.add(last)
                break
        welsh = OFFICES[off]["region"] != "ne"
        pron = r.choice([None, None, ("he/him" if g == "m" else "she/her")] + ([("fe/fo | he/him" if g == "m" else "hi/hi | she/her")] if welsh else []))
        out.append(Staff(first, last, cy, en, off, mobile(r) if r.random() < 0.7 else None, pron))
    return out


STAFF = make_staff()
WELSH_STAFF = [s for s in STAFF if s.office in ("wxm", "bgr")]
NE_STAFF = [s for s in STAFF if s.office in ("gsd", "sld")]
PRIME_STAFF = [s for s in STAFF if s.office == "prime"]

SHARED = {
    "wxm": ("Cam Nesaf Wrecsam | Wrexham", f"cyflogaeth.wrecsam@{INTERNAL}"),
    "bgr": ("Cam Nesaf Bangor", f"cyflogaeth.bangor@{INTERNAL}"),
    "gsd": ("Next Step Gateshead", f"gateshead.team@{INTERNAL}"),
    "sld": ("Next Step Sunderland", f"sunderland.team@{INTERNAL}"),
}


def ext_contact(ctx, domain, role=None):
    f = ctx.f
    first, last = f.first_name(), f.last_name()
    return (f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}".replace("'", ""), role)


EMPLOYERS = {
    "menai-bakery.co.uk": "Menai Bakery Ltd",
    "deeside-logistics.co.uk": "Deeside Logistics",
    "tees-valley-care.co.uk": "Tees Valley Care Homes",
    "quayside-hotels.co.uk": "Quayside Hotels Group",
    "wearside-motors.co.uk": "Wearside Motors",
    "gwynedd-fresh.co.uk": "Gwynedd Fresh Foods",
    "harbourview-hotels.co.uk": "Harbourview Hotels",
    "greenfield-care.com": "Greenfield Care",
}
EMP = list(EMPLOYERS)


# --------------------------------------------------------------------------- signatures & disclaimers
DISC_CY = ("Mae'r neges e-bost hon ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y "
           "derbynnydd a enwir yn unig. Os ydych wedi ei derbyn trwy gamgymeriad, rhowch wybod i'r "
           "anfonwr a'i dileu, os gwelwch yn dda. Peidiwch byth ag anfon data categori arbennig atom – "
           "er enghraifft gwybodaeth am iechyd, iechyd meddwl, ethnigrwydd, crefydd, cyfeiriadedd rhywiol "
           "neu euogfarnau troseddol rhywun – drwy e-bost heb ei amgryptio.")
DISC_EN = ("This e-mail and any attachments are confidential and intended only for the named "
           "recipient. If you have received it in error please tell the sender and delete it. Never "
           "send us special category data – for example information about someone's health, mental "
           "health, ethnicity, religion, sexual orientation or criminal convictions – by unencrypted e-mail.")
SAFE_CY = ("DIOGELU: Nid yw'r blwch post hwn yn cael ei fonitro 24/7. Os ydych yn poeni bod rhywun mewn "
           "perygl uniongyrchol o niwed, gan gynnwys risg o hunanladdiad, hunan-niweidio neu gam-drin "
           "domestig, cysylltwch â'r gwasanaethau brys. Gall ein llinell ddyletswydd ddiogelu helpu yn "
           "ystod oriau swyddfa ar 0161 496 0999.")
SAFE_EN = ("SAFEGUARDING: This mailbox is not monitored 24/7. If you are worried that someone is at "
           "immediate risk of harm, including risk of suicide, self-harm or domestic abuse, contact the "
           "emergency services. Our safeguarding duty line can help in office hours on 0161 496 0999.")
LANG = ("Croesawn ohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg. Ni fydd gohebu yn Gymraeg yn "
        "arwain at oedi. | We welcome correspondence in Welsh and will respond in Welsh. Corresponding "
        "in Welsh will not lead to a delay.")
FLEX = ("Rwy'n gweithio'n hyblyg – peidiwch â theimlo bod rhaid ateb y tu allan i'ch oriau gwaith. | "
        "I work flexibly – please don't feel you have to reply outside your own working hours.")
CHARITY = ("Mae Cam Nesaf yn elusen gofrestredig (rhif 1190421) ac yn gwmni cyfyngedig drwy warant "
           "(rhif 09871203). Partner cyflenwi Llwybr Employment Group ar y Rhaglen Gwaith ac Iechyd. | "
           "Cam Nesaf is a registered charity (no. 1190421) and a company limited by guarantee "
           "(no. 09871203). Delivery partner of Llwybr Employment Group on the Work and Health Programme.")
NE_DISC = ("Next Step North East is the North East arm of Cam Nesaf (registered charity no. 1190421). "
           "This email is confidential and may be legally privileged. If you are not the intended "
           "recipient you must not use, copy or disclose it. We process personal information in line "
           "with UK GDPR; our privacy notice explains how, including how we handle information about "
           "health, disability, offending history and drug or alcohol use that people choose to share "
           "with us. Think before you print.")
NE_SAFE = ("Worried about someone? If a person is in immediate danger contact the emergency services. "
           "Our safeguarding lead can be reached in office hours on 0113 496 0999. We are a Disability "
           "Confident Leader and a Mindful Employer.")
PRIME_DISC = ("Llwybr Employment Group Ltd, registered in England and Wales no. 07766120. Registered "
              "office: Llwybr House, 8 King's Road, Chester CH1 3AQ. This message is intended for the "
              "addressee only. Llwybr monitors email for security and compliance purposes. Personal data "
              "about participants, including health, criminal record or benefit details, must only be "
              "sent using our secure (encrypted) route.")


def sig_lines(s, variant="full"):
    """Returns list of (text line, html line) for a staff signature."""
    off = OFFICES[s.office]
    L = []
    if variant in ("phone", "android", "phone_cy"):
        return [{"phone": "Sent from my iPhone", "android": "Get Outlook for Android",
                 "phone_cy": "Anfonwyd o'm iPhone"}[variant]]
    if variant == "first":
        return [s.first]
    if variant == "short":
        return [s.name, s.role_en + (" | " + off["en"] if off else "")]
    welsh = off["region"] in ("wales", "prime") and s.role_cy
    L.append(s.name + (f" ({s.pron})" if s.pron else ""))
    L.append(f"{s.role_cy} | {s.role_en}" if welsh else s.role_en)
    if off["region"] == "prime":
        L.append("Llwybr Employment Group")
    elif off["region"] == "wales":
        L.append("Cam Nesaf – Rhaglen Gwaith ac Iechyd | Work and Health Programme")
    else:
        L.append("Next Step North East (part of Cam Nesaf)")
    if welsh and off.get("cy"):
        L.append(f"{off['cy']} | {off['en']}")
        L.append(off["addr_cy"])
    else:
        L.append(off["en"] + ", " + off["addr_en"])
    tel = f"Ffôn | Tel: {off['tel']}" if welsh else f"Tel: {off['tel']}"
    if s.mobile:
        tel += (f"  Symudol | Mob: {s.mobile}" if welsh else f"  Mob: {s.mobile}")
    L.append(tel)
    L.append("www.camnesaf.example.org.uk" if off["region"] != "prime" else "www.llwybr.example.org.uk")
    if variant == "full":
        if welsh:
            L += ["", FLEX, "", LANG, "", CHARITY, "", "CYFRINACHEDD: " + DISC_CY,
                  "CONFIDENTIALITY: " + DISC_EN, "", SAFE_CY, SAFE_EN]
        elif off["region"] == "prime":
            L += ["", PRIME_DISC]
        else:
            L += ["", NE_DISC, "", NE_SAFE]
    return L


# --------------------------------------------------------------------------- body model
# blocks: ("p", text) | ("table", rows, {"header": bool, "lv": bool}) | ("quote", meta, blocks)
#         ("sig", staff, variant) | ("pre", text) | ("html", html, text) | ("hr",)
def esc(s):
    return htmlmod.escape(s, quote=False)


def wd(d):
    return d.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ")


def render_text(blocks, ctx=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1] + "\n\n")
        elif k == "pre":
            out.append(b[1].rstrip("\n") + "\n\n")
        elif k == "html":
            out.append(b[2] + "\n\n")
        elif k == "hr":
            out.append("-" * 40 + "\n\n")
        elif k == "table":
            rows = b[1]
            widths = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(map(len, rows)))]
            for r in rows:
                out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() + "\n")
            out.append("\n")
        elif k == "sig":
            out.append("\n".join(sig_lines(b[1], b[2])) + "\n\n")
        elif k == "quote":
            m, inner = b[1], render_text(b[2])
            st = m.get("style", "outlook")
            if st == "outlook":
                head = ["________________________________", f"From: {m['from']}", f"Sent: {wd(m['date'])}",
                        f"To: {m['to']}"]
                if m.get("cc"):
                    head.append(f"Cc: {m['cc']}")
                head.append(f"Subject: {m['subject']}")
                out.append("\n".join(head) + "\n\n" + inner)
            else:
                d = m["date"]
                if st == "iphone":
                    intro = f"On {d.day} {MONTHS[d.month-1][:3]} {d.year}, at {d:%H:%M}, {m['from']} wrote:"
                else:
                    intro = f"On {d:%a}, {d.day} {MONTHS[d.month-1][:3]} {d.year} at {d:%H:%M}, {m['from']} wrote:"
                q = "\n".join(("> " + ln) if ln else ">" for ln in inner.rstrip("\n").split("\n"))
                out.append(intro + "\n\n" + q + "\n\n")
    return "".join(out)


def render_html(blocks, logo_cid=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b[1].split("\n"))
                       + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n")
        elif k == "pre":
            out.append("<pre>" + esc(b[1]) + "</pre>\n")
        elif k == "html":
            out.append(b[1] + "\n")
        elif k == "hr":
            out.append("<hr>\n")
        elif k == "table":
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                 'style="border-collapse:collapse;border:none">']
            for i, r in enumerate(rows):
                t.append("<tr>")
                for j, c in enumerate(r):
                    bold = (o.get("header") and i == 0) or (o.get("lv") and j == 0)
                    bg = ' background:#D9E2F3;' if bold else ""
                    cell = esc(str(c)).replace("\n", "<br>")
                    t.append(f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;{bg}">'
                             f'<p class="MsoNormal">{"<b>" if bold else ""}{cell}{"</b>" if bold else ""}<o:p></o:p></p></td>')
                t.append("</tr>")
            t.append("</table>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n")
            out.append("\n".join(t))
        elif k == "sig":
            lines = sig_lines(b[1], b[2])
            h = ['<p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#1F4E79">']
            for i, ln in enumerate(lines):
                if i == 0 and b[2] not in ("phone", "android", "phone_cy"):
                    h.append(f"<b>{esc(ln)}</b><br>")
                elif ln == "":
                    h.append("<br>")
                elif len(ln) > 120:
                    h.append(f'</span></p><p class="MsoNormal"><span style="font-size:7.5pt;color:gray">{esc(ln)}</span></p>'
                             '<p class="MsoNormal"><span style="font-size:10.0pt;color:#1F4E79">')
                else:
                    h.append(esc(ln) + "<br>")
            if logo_cid:
                h.append(f'<img width="180" height="48" style="width:1.875in;height:.5in" id="Picture_x0020_1" '
                         f'src="cid:{logo_cid}" alt="Cam Nesaf logo"><br>')
            h.append("</span></p>\n")
            out.append("".join(h))
        elif k == "quote":
            m, inner = b[1], render_html(b[2])
            st = m.get("style", "outlook")
            if st == "outlook":
                cc = f"<br><b>Cc:</b> {esc(m['cc'])}" if m.get("cc") else ""
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f'<p class="MsoNormal"><b>From:</b> {esc(m["from"])}<br><b>Sent:</b> {esc(wd(m["date"]))}'
                           f'<br><b>To:</b> {esc(m["to"])}{cc}<br><b>Subject:</b> {esc(m["subject"])}<o:p></o:p></p></div>\n'
                           + inner)
            else:
                d = m["date"]
                intro = f"On {d:%a}, {d.day} {MONTHS[d.month-1][:3]} {d.year} at {d:%H:%M}, {m['from']} wrote:"
                out.append(f'<div><br><blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                           f'padding-left:1ex"><div>{esc(intro)}</div>\n{inner}</blockquote></div>\n')
    return "".join(out)


HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
             'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
             '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n'
             '\tmso-fareast-language:EN-US;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n'
             '\ttext-decoration:underline;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n'
             '\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;}\n'
             '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n'
             '\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
             '</xml><![endif]-->\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')
HTML_FOOT = "</div>\n</body>\n</html>\n"


def html_doc(blocks, logo_cid=None):
    return HTML_HEAD + render_html(blocks, logo_cid) + HTML_FOOT


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|h\d|table|pre|blockquote)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " | ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


# --------------------------------------------------------------------------- MIME assembly
def q_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8", maxlinelen=76).encode()


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, addr = a[0], a[1]
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"


def addr_of(a):
    return a if isinstance(a, str) else a[1]


def fold(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "=?" in value:
        return line
    out, cur = [], f"{name}:"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur.strip() != f"{name}:":
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def param(k, v):
    try:
        v.encode("ascii")
        return f'{k}="{v}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return f"{k}*=utf-8''{quote(v, safe='')}"


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


class Part:
    def __init__(self, ctype, params=(), headers=(), body="", parts=None, boundary=None, cte=None):
        self.ctype, self.params, self.headers = ctype, list(params), list(headers)
        self.body, self.parts, self.boundary, self.cte = body, parts, boundary, cte

    def head_lines(self):
        ps = "".join(f";\n\t{p}" for p in self.params)
        if self.parts is not None:
            ps += f';\n\tboundary="{self.boundary}"'
        L = [f"Content-Type: {self.ctype}{ps}"]
        if self.cte:
            L.append(f"Content-Transfer-Encoding: {self.cte}")
        L += self.headers
        return L

    def body_text(self):
        if self.parts is None:
            return self.body
        out = []
        for p in self.parts:
            out.append(f"--{self.boundary}\n" + "\n".join(p.head_lines()) + "\n\n" + p.body_text().rstrip("\n") + "\n")
        out.append(f"--{self.boundary}--\n")
        return "\n".join(out)


def text_part(text, subtype="plain", cte="quoted-printable", charset="utf-8", fmt_flowed=False):
    params = [f'charset="{charset}"']
    if fmt_flowed:
        params.append("format=flowed")
    data = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = b64lines(data)
    else:
        body = text
        if cte == "7bit":
            text.encode("ascii")
    return Part(f"text/{subtype}", params, body=body, cte=cte)


MIME_TYPES = {
    "pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text", "zip": "application/x-zip-compressed",
    "csv": "text/csv", "txt": "text/plain", "ics": "text/calendar", "png": "image/png",
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "tif": "image/tiff", "eml": "message/rfc822",
    "dat": "application/octet-stream", "doc": "application/msword",
}


class Att:
    def __init__(self, filename, data, ctype=None, inline_cid=None, text_cte=None, method=None):
        self.filename, self.data = filename, data
        ext = filename.rsplit(".", 1)[-1].lower()
        self.ctype = ctype or MIME_TYPES.get(ext, "application/octet-stream")
        self.cid, self.text_cte, self.method = inline_cid, text_cte, method

    def part(self, ctx):
        if self.ctype == "message/rfc822":
            body = self.data.decode("utf-8") if isinstance(self.data, bytes) else self.data
            return Part("message/rfc822", [], [f"Content-Disposition: attachment;\n\t{param('filename', self.filename)}"],
                        body=body, cte="7bit" if all(ord(c) < 128 for c in body) else "8bit")
        params = [param("name", self.filename)]
        if self.method:
            params.append(f"method={self.method}")
        hdrs = []
        if self.cid:
            hdrs.append(f"Content-ID: <{self.cid}>")
            hdrs.append(f"Content-Disposition: inline;\n\t{param('filename', self.filename)}")
        else:
            desc = ctx.r.random() < 0.5
            if desc:
                hdrs.append(f"Content-Description: {q_header(self.filename)}")
            size = len(self.data)
            cd = ctx.date.strftime("%a, %d %b %Y %H:%M:%S GMT")
            hdrs.append(f"Content-Disposition: attachment;\n\t{param('filename', self.filename)}"
                        + (f';\n\tsize={size};\n\tcreation-date="{cd}";\n\tmodification-date="{cd}"' if desc else ""))
        if self.text_cte:
            data = self.data if isinstance(self.data, str) else self.data.decode("utf-8")
            tp = text_part(data, self.ctype.split("/")[1], self.text_cte)
            return Part(self.ctype, tp.params + params, hdrs, body=tp.body, cte=tp.cte)
        return Part(self.ctype, params, hdrs, body=b64lines(self.data), cte="base64")


MAILERS = {
    "outlook": "Microsoft Outlook 16.0", "iphone": "iPhone Mail (22D82)",
    "android": "Outlook for Android", "crm": "CaseTrack CRM mailer 4.2",
}


class Mail:
    def __init__(self, ctx, frm, to, subject, blocks=None, cc=(), bcc=(), fmt="html", mailer="outlook",
                 atts=(), logo=False, extra_headers=(), reply=None, crlf=None, text_cte=None, raw_top=None):
        self.ctx, self.frm, self.to, self.cc, self.bcc = ctx, frm, list(to), list(cc), list(bcc)
        self.subject, self.blocks, self.fmt, self.mailer = subject, blocks or [], fmt, mailer
        self.atts, self.logo, self.extra_headers, self.reply = list(atts), logo, list(extra_headers), reply
        self.crlf = (ctx.r.random() < 0.14) if crlf is None else crlf
        self.text_cte, self.raw_top = text_cte, raw_top

    def rcpts(self):
        return [addr_of(a) for a in self.to + self.cc + self.bcc]

    def boundary(self, n):
        r = self.ctx.r
        if self.mailer in ("outlook", "android"):
            return f"_00{n}_DB9PR04MB{r.randrange(16**4):04X}{r.randrange(16**16):016X}EURP_"
        if self.mailer == "iphone":
            return "Apple-Mail-" + self.ctx.uuid()
        return f"----=_Part_{r.randint(1000, 99999)}_{r.randint(10**8, 10**9)}.{r.randint(1700000000, 1760000000)}"

    def message_id(self):
        r = self.ctx.r
        if self.mailer in ("outlook", "android"):
            a = f"{r.randrange(16**4):04X}"
            return f"<DB9PR04MB{a}{r.randrange(16**16):016X}@DB9PR04MB{a}.eurprd04.prod.outlook.com>"
        if self.mailer == "iphone":
            return f"<{self.ctx.uuid()}@{INTERNAL}>"
        return f"<casetrack.{r.randrange(16**12):012x}@{INTERNAL}>"

    def body_part(self):
        logo_cid = None
        if self.logo:
            logo_cid = f"image001.png@01DB{self.ctx.r.randrange(16**4):04X}.{self.ctx.r.randrange(16**8):08X}"
        txt = render_text(self.blocks)
        cte = self.text_cte or ("quoted-printable" if self.mailer in ("outlook", "android") else
                                ("7bit" if all(ord(c) < 128 for c in txt) and self.mailer != "iphone" else "quoted-printable"))
        if self.fmt == "text":
            bp = text_part(txt, "plain", cte)
        else:
            hp = text_part(html_doc(self.blocks, logo_cid), "html", "quoted-printable" if cte == "7bit" else cte)
            if self.fmt == "alt":
                bp = Part("multipart/alternative", parts=[text_part(txt, "plain", cte), hp], boundary=self.boundary(0))
            else:
                bp = hp
            if logo_cid:
                bp = Part("multipart/related", ['type="text/html"'], parts=[bp, Att("image001.png", logo_png(self.ctx),
                          inline_cid=logo_cid).part(self.ctx)], boundary=self.boundary(1))
        return bp

    def render(self):
        ctx = self.ctx
        if self.raw_top is not None:
            top = self.raw_top
        else:
            top = self.body_part()
            if self.atts:
                top = Part("multipart/mixed", parts=[top] + [a.part(ctx) for a in self.atts], boundary=self.boundary(2))
        H_ = []
        H_.append(fold("From", fmt_addr(self.frm)))
        H_.append("To: " + ",\n\t".join(fmt_addr(a) for a in self.to))
        if self.cc:
            H_.append("CC: " + ",\n\t".join(fmt_addr(a) for a in self.cc))
        H_.append(fold("Subject", q_header(self.subject)) if self.subject is not None else "Subject: ")
        if self.mailer in ("outlook", "android"):
            topic = re.sub(r"^((RE|FW|Fwd|AT|YM):\s*)+", "", self.subject or "", flags=re.I)
            H_.append(fold("Thread-Topic", q_header(topic)))
            H_.append("Thread-Index: " + base64.b64encode(ctx.r.randbytes(22)).decode())
        H_.append("Date: " + format_datetime(ctx.date))
        H_.append("Message-ID: " + self.message_id())
        if self.reply:
            H_.append("References: " + self.reply)
            H_.append("In-Reply-To: " + self.reply)
        if self.mailer in ("outlook", "android"):
            H_ += ["Accept-Language: en-GB, cy-GB, en-US", "Content-Language: en-GB",
                   "X-MS-Has-Attach: " + ("yes" if self.atts else ""), "X-MS-TNEF-Correlator: "]
        H_.append("X-Mailer: " + MAILERS[self.mailer])
        H_ += self.extra_headers
        H_.append("MIME-Version: 1.0")
        msg = "\n".join(H_) + "\n" + "\n".join(top.head_lines()) + "\n\n" + top.body_text()
        return msg


def finish(msg, crlf):
    data = msg.encode("utf-8")
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def inner_message(ctx, frm, to, subject, date, blocks, atts=(), fmt="alt", mailer="outlook", cc=()):
    """A complete message rendered as text, to be attached as message/rfc822."""
    old = ctx.date
    ctx.date = date
    m = Mail(ctx, frm, to, subject, blocks, cc=cc, fmt=fmt, mailer=mailer, atts=atts, crlf=False)
    s = m.render()
    ctx.date = old
    return s


# --------------------------------------------------------------------------- documents
def zip_time(when):
    return (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)


def normalize_zip(data, when):
    """Rewrite an OOXML/ODF/plain zip with fixed entry times and fixed document dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rb"\g<1>" + stamp + rb"\g<3>", b)
            if info.filename == "meta.xml":
                b = re.sub(rb"(<(meta:creation-date|dc:date)>)[^<]*(</\2>)", rb"\g<1>" + stamp[:-1] + rb"\g<3>", b)
            zi = zipfile.ZipInfo(info.filename, date_time=zip_time(when))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zi.create_system = 0
            zout.writestr(zi, b)
    return out.getvalue()


def doc_when(ctx, hours=20):
    return (ctx.date - dt.timedelta(hours=hours, minutes=ctx.r.randint(0, 59))).replace(tzinfo=None, microsecond=0)


# ---- DOCX
def new_docx(ctx, author, title=""):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    w = doc_when(ctx)
    cp.author, cp.last_modified_by, cp.title = author, author, title
    cp.created, cp.modified, cp.revision = w - dt.timedelta(days=3), w, ctx.r.randint(2, 9)
    d._when = w
    return d


def docx_bytes(d):
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue(), d._when)


def docx_table(d, rows, lv=False, header=False, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(c)
            if (lv and j == 0) or (header and i == 0):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph("")
    return t


def docx_page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---- XLSX
def new_xlsx(ctx, author):
    import openpyxl
    wb = openpyxl.Workbook()
    w = doc_when(ctx)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = w - dt.timedelta(days=5)
    wb.properties.modified = w
    wb._when = w
    return wb


def xlsx_fill(ws, rows, bold_header=True):
    from openpyxl.styles import Font
    for r in rows:
        ws.append(list(r))
    if bold_header and rows:
        for c in ws[1]:
            c.font = Font(bold=True)
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col) + 2
        ws.column_dimensions[col[0].column_letter].width = min(width, 45)


def xlsx_bytes(wb):
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue(), wb._when)


# ---- ODT
def odt_bytes(ctx, author, paras, tables=()):
    """paras: list of ("h"|"p", text) or ("table", rows)."""
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.meta import InitialCreator, CreationDate
    from odf.dc import Creator, Date
    doc = OpenDocumentText()
    w = doc_when(ctx)
    doc.meta.addElement(InitialCreator(text=author))
    doc.meta.addElement(Creator(text=author))
    doc.meta.addElement(CreationDate(text=w.strftime("%Y-%m-%dT%H:%M:%S")))
    doc.meta.addElement(Date(text=w.strftime("%Y-%m-%dT%H:%M:%S")))
    for item in paras:
        if item[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=item[1]))
        elif item[0] == "p":
            for ln in item[1].split("\n"):
                doc.text.addElement(P(text=ln))
        elif item[0] == "table":
            rows = item[1]
            t = Table(name=f"Table{ctx.r.randint(1, 99)}")
            t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=str(c)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return normalize_zip(bio.getvalue(), w)


# ---- PDF
LAT = {"ŵ": "w", "ŷ": "y", "Ŵ": "W", "Ŷ": "Y", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-",
       "—": "-", "…": "...", "•": "-", "€": "EUR", "🙂": ":)", "\u200b": ""}


def lat(s):
    for a, b in LAT.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


class PDF:
    def __init__(self, ctx, title="", author="", creator="Microsoft® Word for Microsoft 365"):
        from fpdf import FPDF
        p = FPDF(format="A4")
        w = doc_when(ctx)
        p.set_creation_date(w.replace(tzinfo=dt.timezone.utc))
        p.set_title(lat(title))
        p.set_author(lat(author))
        p.set_creator(lat(creator))
        p.set_margins(18, 16, 18)
        p.set_auto_page_break(True, 16)
        self.p = p

    def page(self):
        self.p.add_page()

    def h(self, text, size=13):
        self.p.set_font("Helvetica", "B", size)
        self.p.multi_cell(0, 6.5, lat(text), new_x="LMARGIN", new_y="NEXT")
        self.p.ln(1.5)

    def para(self, text, size=10, style=""):
        self.p.set_font("Helvetica", style, size)
        self.p.multi_cell(0, 5, lat(text), new_x="LMARGIN", new_y="NEXT")
        self.p.ln(2)

    def table(self, rows, widths=None, header=True, lv=False, size=9):
        self.p.set_font("Helvetica", "", size)
        ncol = max(len(r) for r in rows)
        widths = widths or tuple([1] * ncol)
        with self.p.table(col_widths=widths, text_align="LEFT", first_row_as_headings=header,
                          line_height=4.8) as t:
            for r in rows:
                row = t.row()
                for j, c in enumerate(r):
                    if lv and j == 0:
                        self.p.set_font("Helvetica", "B", size)
                    row.cell(lat(str(c)))
                    self.p.set_font("Helvetica", "", size)
        self.p.ln(3)

    def bytes(self):
        return bytes(self.p.output())


def pdf_with_fields(base_pdf, fields, key):
    """Add AcroForm text fields (name, rect, value) on page 0; values exist only in /V."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject)
    sb = SeededBytes(key)
    old = secrets.token_bytes
    secrets.token_bytes = sb.token_bytes
    try:
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(base_pdf)))
        page = w.pages[0]
        annots = ArrayObject()
        refs = ArrayObject()
        for name, rect, value in fields:
            a = DictionaryObject()
            a[NameObject("/Type")] = NameObject("/Annot")
            a[NameObject("/Subtype")] = NameObject("/Widget")
            a[NameObject("/FT")] = NameObject("/Tx")
            a[NameObject("/T")] = TextStringObject(name)
            a[NameObject("/V")] = TextStringObject(value)
            a[NameObject("/Rect")] = ArrayObject([FloatObject(x) for x in rect])
            a[NameObject("/F")] = NumberObject(4)
            a[NameObject("/DA")] = TextStringObject("/Helv 10 Tf 0 g")
            ref = w._add_object(a)
            annots.append(ref)
            refs.append(ref)
        page[NameObject("/Annots")] = annots
        af = DictionaryObject()
        af[NameObject("/Fields")] = refs
        af[NameObject("/NeedAppearances")] = BooleanObject(True)
        af[NameObject("/DA")] = TextStringObject("/Helv 0 Tf 0 g")
        w._root_object[NameObject("/AcroForm")] = af
        bio = io.BytesIO()
        w.write(bio)
        return bio.getvalue()
    finally:
        secrets.token_bytes = old


def pdf_encrypt(data, pw, key):
    from pypdf import PdfReader, PdfWriter
    sb = SeededBytes(key)
    old = secrets.token_bytes
    secrets.token_bytes = sb.token_bytes
    try:
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        w.encrypt(pw, algorithm="RC4-128")
        bio = io.BytesIO()
        w.write(bio)
        return bio.getvalue()
    finally:
        secrets.token_bytes = old


# ---- archives
def zip_bytes(files, when):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def aes_zip_bytes(files, pw, when, key):
    import pyzipper
    import pyzipper.zipfile_aes as za
    old = za.Random
    za.Random = SeededBytes(key)
    try:
        out = io.BytesIO()
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(pw.encode())
            for name, data in files:
                zi = za.AESZipInfo(name, date_time=zip_time(when))
                zi.compress_type = pyzipper.ZIP_DEFLATED
                zi.create_system = 0
                z.writestr(zi, data)
        return out.getvalue()
    finally:
        za.Random = old


# ---- images
def logo_png(ctx):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (180, 48), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse((4, 4, 44, 44), fill=(31, 78, 121))
    d.polygon([(14, 34), (24, 14), (34, 34)], fill=(255, 192, 0))
    for i in range(5):
        d.rectangle((54 + i * 24, 16, 70 + i * 24, 32), fill=(31, 78, 121) if i % 2 == 0 else (0, 153, 102))
    bio = io.BytesIO()
    im.save(bio, "PNG", optimize=False)
    return bio.getvalue()


def scan_image(ctx, lines, size=(1240, 1754), tilt=0.6, dark=False):
    """A 'photographed / scanned' page: text drawn into pixels only."""
    from PIL import Image, ImageDraw, ImageFont
    r = ctx.r
    bg = (236, 233, 224) if dark else (250, 250, 247)
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    font = ImageFont.load_default(size=24)
    big = ImageFont.load_default(size=34)
    y = 90
    for i, ln in enumerate(lines):
        f = big if i == 0 else font
        d.text((90, y), ln, fill=(30, 30, 35), font=f)
        y += 48 if i == 0 else 36
    for _ in range(900):
        x, yy = r.randrange(size[0]), r.randrange(size[1])
        g = r.randint(140, 210)
        d.point((x, yy), fill=(g, g, g))
    d.line((90, y + 40, 520, y + 22), fill=(20, 20, 90), width=3)  # a signature stroke
    return im.rotate(tilt, fillcolor=bg, resample=Image.BICUBIC)


def img_bytes(im, fmt="JPEG"):
    bio = io.BytesIO()
    if fmt == "JPEG":
        im.save(bio, "JPEG", quality=72, optimize=False)
    elif fmt == "TIFF":
        im.convert("L").save(bio, "TIFF", compression="tiff_deflate")
    else:
        im.save(bio, fmt)
    return bio.getvalue()


def scan_pdf(ctx, pages):
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(doc_when(ctx).replace(tzinfo=dt.timezone.utc))
    p.set_creator("RICOH IM C3000 / ScanRouter")
    for im in pages:
        p.add_page()
        bio = io.BytesIO()
        im.convert("L").save(bio, "JPEG", quality=60)
        bio.seek(0)
        p.image(bio, x=0, y=0, w=210, h=297)
    return bytes(p.output())


# ---- calendar
def ics(ctx, summary, start, minutes, location, description, organizer, attendees):
    def t(x):
        return x.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    uid = hashlib.md5(H("uid", ctx.key)).hexdigest().upper()
    L = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
         "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}")
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    L += [f"DESCRIPTION;LANGUAGE=en-GB:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{summary}",
          f"DTSTART:{t(start)}", f"DTEND:{t(start + dt.timedelta(minutes=minutes))}", "CLASS:PUBLIC",
          "PRIORITY:5", f"DTSTAMP:{t(ctx.date)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
          f"LOCATION;LANGUAGE=en-GB:{location.replace(',', chr(92) + ',')}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        while len(ln.encode()) > 74:
            cut = 74
            while len(ln[:cut].encode()) > 74:
                cut -= 1
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


# ---- already-encrypted containers
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
    body = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return der(0x06, body)


def der_int(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")
    return der(0x02, b)


def smime_enveloped(ctx, cn, nbytes):
    r = ctx.r
    name = der(0x30, der(0x31, der(0x30, der_oid("2.5.4.6") + der(0x13, b"GB")))
               + der(0x31, der(0x30, der_oid("2.5.4.10") + der(0x0C, cn.encode())))
               + der(0x31, der(0x30, der_oid("2.5.4.3") + der(0x0C, (cn + " Issuing CA").encode()))))
    ktri = der(0x30, der_int(0) + der(0x30, name + der_int(r.getrandbits(120)))
               + der(0x30, der_oid("1.2.840.113549.1.1.1") + der(0x05, b""))
               + der(0x04, r.randbytes(256)))
    eci = der(0x30, der_oid("1.2.840.113549.1.7.1")
              + der(0x30, der_oid("2.16.840.1.101.3.4.1.42") + der(0x04, r.randbytes(16)))
              + der(0x80, r.randbytes(16 * (nbytes // 16 + 1))))
    env = der(0x30, der_int(0) + der(0x31, ktri) + eci)
    return der(0x30, der_oid("1.2.840.113549.1.7.3") + der(0xA0, env))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(ctx, nbytes):
    r = ctx.r
    pkesk = bytes([3]) + r.randbytes(8) + bytes([1]) + struct.pack(">H", 2047) + bytes([0x40 | r.randrange(64)]) + r.randbytes(255)
    pk = bytes([0x85]) + struct.pack(">H", len(pkesk)) + pkesk
    body = bytes([1]) + r.randbytes(nbytes)
    ln = len(body)
    if ln < 192:
        seipd = bytes([0xD2, ln]) + body
    else:
        seipd = bytes([0xD2, 0xFF]) + struct.pack(">I", ln) + body
    data = pk + seipd
    s = base64.b64encode(data).decode()
    lines = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return f"-----BEGIN PGP MESSAGE-----\n\n{lines}\n={crc}\n-----END PGP MESSAGE-----\n"


# ---- things that cannot be read
def garbage(ctx, n):
    return ctx.r.randbytes(n)


# --------------------------------------------------------------------------- context, labels, rules
BST = (dt.date(2025, 3, 30), dt.date(2025, 10, 26))


def london(d):
    off = 1 if BST[0] <= d.date() < BST[1] else 0
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


class Ctx:
    def __init__(self, key, scenario):
        self.key, self.scenario = key, scenario
        self.r = rng_for(key)
        self.f = faker_for(key)
        self.names, self.used_ninos = set(), set()
        r = self.r
        while True:
            day = dt.date(2025, 1, 6) + dt.timedelta(days=r.randint(0, 320))
            if day.weekday() < 5 or r.random() < 0.08:
                break
        hour = r.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 19, 21])
        self.date = london(dt.datetime(day.year, day.month, day.day, hour, r.randint(0, 59), r.randint(0, 59)))

    def sub(self, i):
        return Ctx(f"{self.key}/{i}", self.scenario)

    def uuid(self):
        b = bytearray(self.r.randbytes(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        h = b.hex().upper()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def ago(self, days=0, hours=0, minutes=0):
        d = self.date - dt.timedelta(days=days, hours=hours, minutes=minutes)
        return london(d.replace(tzinfo=None))

    def future(self, lo=2, hi=12, hour=None):
        r = self.r
        while True:
            d = self.date.date() + dt.timedelta(days=r.randint(lo, hi))
            if d.weekday() < 5:
                break
        h = hour if hour is not None else r.choice([9, 9, 10, 10, 11, 13, 14, 14, 15])
        return dt.datetime(d.year, d.month, d.day, h, r.choice([0, 0, 15, 30, 30, 45]))


def when_words(d):
    return f"{d:%A} {ordinal(d.day)} {MONTHS[d.month - 1]} at {d.strftime('%I:%M%p').lstrip('0').lower()}"


def truth(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False,
          subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)),
            "benefit_payment": benefit, "children": children, "contact_details": contact,
            "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


FACT_DEFAULTS = {"encrypted": False, "opaque": False, "scan": False, "pw": False, "cv_count": 0,
                 "form_people": 0, "letters": [], "list_rows": 0, "list_cols": [], "nino_only": False,
                 "records": 0, "fwd_record": 0, "name_only": False, "extra": [], "own_addr": []}

CASES = []
CONSENT = []


def consent(addr):
    if addr not in CONSENT:
        CONSENT.append(addr)
    return addr


def add(ctx, mail, rule, t, notes, guidance=None, **facts):
    fa = dict(FACT_DEFAULTS)
    for k, v in facts.items():
        if k not in fa:
            raise KeyError(k)
        fa[k] = v
    body = finish(mail.render(), mail.crlf)
    lab = {"mail_from": addr_of(mail.frm), "rcpt_to": mail.rcpts(), "expected_action": ACTION_OF[rule],
           "rule": rule, "guidance": guidance or GUIDANCE[rule], "truth": t, "facts": fa,
           "notes": notes, "scenario": ctx.scenario}
    CASES.append({"key": ctx.key, "data": body, "label": lab, "subject": mail.subject or ""})


def rclass(addr, facts, consent_set):
    a = addr.lower()
    dom = a.split("@", 1)[1]
    if dom in DWP_DOMAINS:
        return "dwp"
    if dom in SUPPLY:
        return "supply_chain"
    if dom == INTERNAL:
        return "internal"
    if a in consent_set or a in [x.lower() for x in facts["own_addr"]]:
        return "claimant"
    return "third_party"


SEVERITY = {"relay": 0, "encrypt": 1, "reject": 2}


def decide(lab, subject, consent_set):
    """The rules of RULES.md as this set applies them; returns (action, rule)."""
    f, t = lab["facts"], lab["truth"]
    rc = lab["rcpt_to"]
    if f["encrypted"]:
        return "relay", "already_encrypted"
    if f["opaque"]:
        return "reject", "reject_uninspectable"
    if f["scan"]:
        return "encrypt", "encrypt_no_text_scan"
    cls = {a: rclass(a, f, consent_set) for a in rc}
    if f["cv_count"] > 0 and any(cls[a] == "claimant" and a.lower() not in consent_set for a in rc):
        return "reject", "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt", "encrypt_password_protected"
    if TAG in (subject or ""):
        return "encrypt", "encrypt_sender_tag"
    has_data = t["ninos"] > 0 or t["dob"] or t["bank"] or t["data_subjects"] > 0
    if not has_data:
        return "relay", "no_claimant_data"
    sens = set(t["special"])
    kinds = set(t["doc_kinds"])
    ids = t["ninos"] > 0 or t["dob"] or t["bank"]
    p32 = bool(sens) or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"]
    extra = f["extra"]

    def cat():
        if sens:
            return "encrypt", "encrypt_special_category"
        if t["ninos"]:
            return "encrypt", "encrypt_nino"
        if t["dob"] or t["bank"]:
            return "encrypt", "encrypt_dob_bank"
        if t["benefit_payment"] or t["children"]:
            return "encrypt", "encrypt_benefit_children"
        return "encrypt", "encrypt_beyond_name"

    def extra_cat():
        e = set(extra)
        if e & {"special"}:
            return "encrypt", "encrypt_special_category"
        if "nino" in e:
            return "encrypt", "encrypt_nino"
        if e & {"dob", "bank"}:
            return "encrypt", "encrypt_dob_bank"
        if e & {"benefit", "children"}:
            return "encrypt", "encrypt_benefit_children"
        return "encrypt", "encrypt_beyond_name"

    letters = f["letters"]

    def letters_ok():
        return (kinds and kinds <= {"letter_interview", "letter_job_offer", "letter_appointment"}
                and 0 < len(letters) <= 10 and all(k != "other" for k in letters)
                and not sens and not t["ninos"] and not t["bank"] and not t["dob"]
                and not t["benefit_payment"] and not t["children"] and not extra)

    def list_check(dwp):
        if f["list_rows"] > 500:
            return "encrypt", "encrypt_over_limit"
        if sens:
            return "encrypt", "encrypt_special_category"
        bad_cols = set(f["list_cols"]) - LIST_OK_COLS
        if bad_cols or t["dob"] or t["bank"] or t["contact_details"] or t["benefit_payment"] or t["children"]:
            return "encrypt", "encrypt_list_forbidden_column"
        if extra:
            return extra_cat()
        return "relay", ("dwp_names_list" if dwp else "names_list_500")

    def one(addr, c):
        if c == "internal":
            return "relay", None
        if c == "claimant":
            if (kinds == {"cv"} and f["cv_count"] == 1 and addr.lower() in consent_set and not ids
                    and not (sens & MED_CV) and not extra):
                return "relay", "cv_to_claimant"
            if letters_ok():
                return "relay", "letters_up_to_10"
            return "encrypt", "encrypt_claimant_recipient"
        if f["name_only"]:
            assert t["data_subjects"] == 1 and not ids and not p32 and not t["contact_details"]
            return "relay", "one_name"
        if c == "dwp":
            if f["nino_only"] or kinds == {"name_list"} or kinds == {"nino_list"}:
                return ("relay", "dwp_names_list") if f["nino_only"] else list_check(True)
            if kinds and kinds <= DWP_ONE_KINDS:
                if len(kinds) == 1 and f["records"] == 1 and not extra:
                    return "relay", "dwp_ucnea1_gns"
                if f["records"] > 1:
                    return "encrypt", "encrypt_dwp_process"
                return extra_cat()
            if kinds and kinds <= C15_KINDS:
                if f["records"] == 1 and lab["mail_from"] == DES_PROV and addr == DES_DWP and not extra:
                    return "relay", "dwp_c15_process"
                if f["records"] > 1 or lab["mail_from"] != DES_PROV or addr != DES_DWP:
                    return "encrypt", "encrypt_dwp_process"
                return extra_cat()
            return cat()
        # supply chain / third party
        if f["fwd_record"]:
            if f["fwd_record"] > 1:
                return "encrypt", "encrypt_over_limit"
            if c == "supply_chain" and not extra:
                return "relay", "forward_subcontractor"
            return cat()
        if f["nino_only"]:
            return "relay", "nino_only_list"
        if kinds == {"cv"}:
            if f["cv_count"] > 10:
                return "encrypt", "encrypt_over_limit"
            if not ids and not p32 and not extra:
                return "relay", "cvs_up_to_10"
            return cat()
        if kinds and kinds <= FORM_KINDS:
            if f["form_people"] > 10:
                return "encrypt", "encrypt_over_limit"
            if not ids and not p32 and not extra:
                return "relay", "application_forms_up_to_10"
            return cat()
        if kinds and kinds <= set(LETTER_KINDS):
            if "other" in letters:
                return "encrypt", "encrypt_letter_kind"
            if len(letters) > 10:
                return "encrypt", "encrypt_over_limit"
            if letters_ok():
                return "relay", "letters_up_to_10"
            return cat()
        if kinds == {"name_list"}:
            return list_check(False)
        return cat()

    best = None
    for a in rc:
        act, rule = one(a, cls[a])
        if rule is None:
            continue
        if best is None or SEVERITY[act] > SEVERITY[best[0]]:
            best = (act, rule)
    return best or ("relay", "no_claimant_data")


# --------------------------------------------------------------------------- content: CVs
SECTORS = {
    "warehouse": dict(
        titles=["Warehouse Operative", "Picker / Packer", "Forklift Driver (Counterbalance)", "Goods-In Assistant"],
        duties=["Picked and packed up to 180 orders a shift using an RF scanner", "Loaded and unloaded HGVs safely",
                "Carried out stock checks and rotation (FIFO)", "Kept the loading bay clean and hazard-free",
                "Trained new starters on the pick routes", "Worked four-on four-off rotating shifts"],
        skills=["Counterbalance forklift licence (RTITB)", "Manual handling certificate", "RF scanner and WMS systems",
                "Reach truck (novice)"],
        profile="Reliable, hard-working warehouse operative with experience in busy distribution centres. Happy to work shifts, nights and weekends, and used to hitting pick rates without cutting corners on safety."),
    "care": dict(
        titles=["Care Assistant", "Support Worker", "Domiciliary Care Worker", "Kitchen Assistant (care home)"],
        duties=["Supported residents with daily living and activities", "Wrote care notes at the end of each visit",
                "Helped at mealtimes and with fluids charts", "Worked as part of a small night team",
                "Built good relationships with families", "Followed care plans and reported changes to the senior"],
        skills=["Level 2 Diploma in Health and Social Care", "Moving and handling (people)", "Food Hygiene Level 2",
                "Emergency First Aid at Work"],
        profile="Caring, patient and dependable, with a real interest in working in residential and home care. I like making a difference to someone's day and I am happy to work early, late and weekend shifts."),
    "hospitality": dict(
        titles=["Kitchen Porter", "Housekeeping Assistant", "Bar and Floor Staff", "Commis Chef", "Front of House Assistant"],
        duties=["Serviced up to 16 rooms a shift to brand standard", "Prepped vegetables and kept the pot wash running",
                "Served customers in a busy bar at weekends", "Handled cash and card payments",
                "Cleaned down the kitchen to the closing checklist", "Set up function rooms for weddings"],
        skills=["Food Hygiene Level 2", "Personal Licence holder (APLH)", "Allergen awareness", "Barista training"],
        profile="Friendly and energetic, with experience in hotels, pubs and kitchens along the coast. I work well under pressure in a busy service and I am happy to do split shifts."),
    "retail": dict(
        titles=["Sales Assistant", "Customer Service Assistant", "Checkout Operator", "Stock Replenishment Colleague"],
        duties=["Served customers on tills and self-checkout", "Replenished shelves overnight",
                "Dealt with refunds and complaints calmly", "Set up promotional displays",
                "Counted up tills and completed cash-up sheets", "Helped run the click-and-collect desk"],
        skills=["Cash handling", "Customer service (NVQ Level 2)", "Stock control", "Visual merchandising"],
        profile="Customer-focused retail worker who enjoys helping people. Confident on the tills and on the shop floor, and flexible on hours."),
    "construction": dict(
        titles=["General Labourer", "Groundworker", "Painter and Decorator", "Trainee Scaffolder"],
        duties=["Kept the site tidy and loaded skips", "Mixed mortar and supported bricklayers",
                "Dug trenches and laid drainage", "Prepared surfaces and painted interiors",
                "Followed the site induction and RAMS", "Moved materials around site safely"],
        skills=["CSCS Green Card (Labourer)", "Asbestos awareness", "Abrasive wheels", "Working at height"],
        profile="Practical, fit and reliable labourer who is used to early starts and outdoor work. I want a permanent role where I can learn a trade."),
    "admin": dict(
        titles=["Office Administrator", "Receptionist", "Data Entry Clerk", "Customer Service Advisor"],
        duties=["Answered a busy switchboard and took messages", "Kept spreadsheets and databases up to date",
                "Booked appointments and managed the diary", "Scanned and filed post", "Raised purchase orders",
                "Handled customer enquiries by phone and email"],
        skills=["Microsoft Word, Excel and Outlook", "Typing 45 wpm", "Fluent Welsh and English", "Sage 50 (basic)"],
        profile="Organised and accurate administrator with good IT skills and a friendly telephone manner. Bilingual in Welsh and English."),
    "driving": dict(
        titles=["Multi-drop Van Driver", "Delivery Driver", "Driver's Mate", "Minibus Driver"],
        duties=["Delivered 110 parcels a day across the route", "Loaded the van in drop order",
                "Used a handheld for proof of delivery", "Carried out daily vehicle checks",
                "Kept to delivery windows in all weathers", "Dealt with customers politely on the doorstep"],
        skills=["Full UK driving licence (B) – clean", "Driver CPC", "Good local knowledge", "D1 minibus entitlement"],
        profile="Safe, punctual driver with a clean licence and several years of multi-drop experience. Happy to start early and work weekends."),
    "food": dict(
        titles=["Production Operative", "Food Packer", "Bakery Assistant", "Hygiene Operative"],
        duties=["Worked on a fast-moving packing line", "Weighed and labelled products to spec",
                "Followed HACCP and hygiene rules", "Deep-cleaned equipment on the night shift",
                "Completed quality checks and paperwork", "Swapped between lines when needed"],
        skills=["Food Hygiene Level 2", "HACCP Level 2", "Forklift (pallet truck)", "COSHH awareness"],
        profile="Hard-working production operative used to fast lines, early starts and strict hygiene standards."),
}
SCHOOLS_W = ["Ysgol Uwchradd Glan Dyfrdwy", "Ysgol Gyfun Pen y Bryn", "Ysgol y Berllan Deg", "Ysgol Uwchradd Bro Alun"]
SCHOOLS_N = ["Wearmouth Academy", "Hilltop Community School", "St Cuthbert's RC High School", "Riverside Academy"]
COLLEGES_W = ["Coleg Glannau Dyfrdwy", "Coleg Menai Uchaf"]
COLLEGES_N = ["Riverside Community College", "Tyne and Wear Skills Centre"]
INTERESTS = ["Five-a-side football on Tuesdays", "Walking in Snowdonia with my dog", "Volunteering at the local food bank",
             "Cooking for friends and family", "Fishing on the river", "Gaming and building PCs",
             "Coaching under-10s rugby", "Parkrun most Saturdays", "Crochet and craft fairs", "Allotment"]


def cv_model(ctx, p, sector=None, extras=(), referees=True, contact=True, headline=None):
    r, f = ctx.r, ctx.f
    sector = sector or r.choice(list(SECTORS))
    S = SECTORS[sector]
    jobs, year = [], 2025
    for i in range(r.randint(2, 3)):
        end = year - r.randint(0, 1)
        start = end - r.randint(1, 3)
        m1, m2 = MONTHS[r.randrange(12)][:3], MONTHS[r.randrange(12)][:3]
        jobs.append(dict(title=r.choice(S["titles"]), org=f.company(),
                         town=p.town if i == 0 else r.choice([t for t, _ in (WELSH_TOWNS if p.region == "wales" else NE_TOWNS)]),
                         dates=f"{m1} {start} – {'present' if (i == 0 and r.random() < 0.25) else m2 + ' ' + str(end)}",
                         bullets=r.sample(S["duties"], 3)))
        year = start
    sch = r.choice(SCHOOLS_W if p.region == "wales" else SCHOOLS_N)
    col = r.choice(COLLEGES_W if p.region == "wales" else COLLEGES_N)
    edu = [f"{col} – {r.choice(['Level 1 Construction', 'Level 2 Hospitality', 'Level 2 Health and Social Care', 'Essential Skills Wales', 'Functional Skills English and Maths Level 2', 'Level 1 IT'])} ({year - 1})",
           f"{sch} – {r.randint(4, 8)} GCSEs including English and Maths ({year - 3})"]
    refs = None
    if referees:
        refs = []
        for j in jobs[:2]:
            n = f.name()
            refs.append((n, r.choice(["Shift Manager", "Supervisor", "Store Manager", "Team Leader", "Owner"]), j["org"], landline(r)))
    ach = []
    if r.random() < 0.5:
        ach = r.sample(["Employee of the month twice in my last job", "Trained six new starters on the pick and pack process",
                        "100% attendance record for two years", "Helped organise a charity fun run that raised £1,200",
                        "Completed my Level 2 English and Maths while working full time", "Kept a 5-star food hygiene rating",
                        "Chosen as team first aider", "Covered supervisor shifts during holidays"], 4)
        for _ in range(2):
            jobs.append(dict(title=r.choice(S["titles"]), org=f.company(), town=p.town,
                             dates=f"{year - 2} – {year - 1}", bullets=r.sample(S["duties"], 4)))
            year -= 2
    return dict(name=p.name, p=p, sector=sector, headline=headline or S["titles"][0], profile=S["profile"],
                jobs=jobs, edu=edu, skills=r.sample(S["skills"], 3), interests=r.sample(INTERESTS, 2),
                refs=refs, extras=list(extras), contact=contact, ach=ach)


def cv_lines(m):
    """A CV as (kind, text) items: kind h1 / h2 / p / b (bullet)."""
    p = m["p"]
    L = [("h1", m["name"]), ("p", m["headline"])]
    if m["contact"]:
        L.append(("p", f"{p.address}  |  {p.mobile}  |  {p.email}"))
    for lab, val in m["extras"]:
        if lab == "@profile":
            continue
        L.append(("p", f"{lab}: {val}"))
    L.append(("h2", "Personal profile"))
    prof = m["profile"]
    for lab, val in m["extras"]:
        if lab == "@profile":
            prof += " " + val
    L.append(("p", prof))
    if m.get("ach"):
        L.append(("h2", "Key achievements"))
        for a in m["ach"]:
            L.append(("b", a))
    L.append(("h2", "Employment history"))
    for j in m["jobs"]:
        L.append(("p", f"{j['title']} – {j['org']}, {j['town']}   {j['dates']}"))
        for b in j["bullets"]:
            L.append(("b", b))
    L.append(("h2", "Education and training"))
    for e in m["edu"]:
        L.append(("b", e))
    L.append(("h2", "Skills and certificates"))
    for s in m["skills"]:
        L.append(("b", s))
    L.append(("h2", "Interests"))
    L.append(("p", "; ".join(m["interests"]) + "."))
    L.append(("h2", "References"))
    if m["refs"]:
        for n, role, org, tel in m["refs"]:
            L.append(("p", f"{n}, {role}, {org} – {tel}"))
    else:
        L.append(("p", "Available on request."))
    return L


def cv_text(m):
    out = []
    for k, t in cv_lines(m):
        if k == "h1":
            out.append(t.upper())
        elif k == "h2":
            out.append("\n" + t.upper())
        elif k == "b":
            out.append("  * " + t)
        else:
            out.append(t)
    return "\n".join(out) + "\n"


def cv_docx(ctx, models, author):
    d = new_docx(ctx, author, "Curriculum Vitae")
    for i, m in enumerate(models):
        if i:
            docx_page_break(d)
        for k, t in cv_lines(m):
            if k == "h1":
                d.add_heading(t, level=0)
            elif k == "h2":
                d.add_heading(t, level=2)
            elif k == "b":
                d.add_paragraph(t, style="List Bullet")
            else:
                d.add_paragraph(t)
    return docx_bytes(d)


def cv_pdf(ctx, models, author, cover=None):
    pdf = PDF(ctx, "CV pack" if len(models) > 1 else f"CV - {models[0]['name']}", author)
    if cover:
        pdf.page()
        pdf.h(cover[0], 16)
        for c in cover[1:]:
            pdf.para(c)
    for m in models:
        pdf.page()
        for k, t in cv_lines(m):
            if k == "h1":
                pdf.h(t, 17)
            elif k == "h2":
                pdf.p.ln(2)
                pdf.h(t, 12)
            elif k == "b":
                pdf.para("- " + t, 10.5)
            else:
                pdf.para(t, 10.5)
    return pdf.bytes()


def cv_odt(ctx, m, author):
    items = []
    for k, t in cv_lines(m):
        items.append(("h", t) if k in ("h1", "h2") else ("p", ("• " if k == "b" else "") + t))
    return odt_bytes(ctx, author, items)


def cv_blocks(m):
    """The CV pasted into a mail body."""
    bl, cur = [], []
    for k, t in cv_lines(m):
        if k in ("h1", "h2"):
            if cur:
                bl.append(("p", "\n".join(cur)))
                cur = []
            bl.append(("html", f"<p class=\"MsoNormal\"><b>{esc(t)}</b><o:p></o:p></p>", t))
        else:
            cur.append(("• " if k == "b" else "") + t)
    if cur:
        bl.append(("p", "\n".join(cur)))
    return bl


# --------------------------------------------------------------------------- content: application forms
def app_form_single(ctx, p, job, employer, health="No", convictions="No", extra_rows=(), age=True):
    r, f = ctx.r, ctx.f
    rows = [("Post applied for", job), ("Full name", p.name), ("Home address", p.address),
            ("Contact no.", p.mobile), ("Email", p.email)]
    if age:
        rows.append(("Age", str(p.age)))
    rows += list(extra_rows)
    rows += [("Right to work in the UK", "Yes"),
             ("Full UK driving licence", r.choice(["Yes", "No – bus pass", "Provisional"])),
             ("Welsh language" if p.region == "wales" else "Other languages",
              r.choice(["Fluent", "Some spoken Welsh", "Learner", "None"]) if p.region == "wales" else r.choice(["None", "Polish", "Some French"])),
             ("When could you start?", r.choice(["Straight away", "One week's notice", "From the 1st of next month"])),
             ("Is there anything we should know so we can make reasonable adjustments at interview or at work?", health),
             ("Do you have any unspent criminal convictions?", convictions)]
    hist = [("Employer", "Job title", "Dates", "Reason for leaving")]
    for _ in range(2):
        hist.append((f.company(), r.choice(SECTORS[r.choice(list(SECTORS))]["titles"]),
                     f"{r.randint(2016, 2021)} – {r.randint(2022, 2024)}", r.choice(["Temporary contract ended", "Site closed", "Moved area", "Redundancy"])))
    statement = r.choice([
        "I want this job because I enjoy working with people and I am reliable and punctual. I have done similar work before and I learn quickly.",
        "I have always liked practical work and I would like a permanent job close to home where I can build up my skills.",
        "My adviser told me about this vacancy and I think I would be good at it. I am hard-working, I get on with everyone and I am happy to do shifts."])
    refs = [("Referee", "Relationship", "Telephone")]
    for _ in range(2):
        refs.append((f.name(), r.choice(["Former supervisor", "Former manager", "Volunteer coordinator"]), landline(r)))
    return dict(kind="single", people=[p], job=job, employer=employer, rows=rows, hist=hist, statement=statement, refs=refs)


def app_form_couple(ctx, p1, p2, job, employer):
    r, f = ctx.r, ctx.f
    rows = [("Question", "Applicant 1", "Applicant 2"), ("Full name", p1.name, p2.name),
            ("Age", str(p1.age), str(p2.age)), ("Contact no.", p1.mobile, p2.mobile),
            ("Email", p1.email, p2.email), ("Current address (shared)", p1.address, "as Applicant 1"),
            ("Role you would mainly cover", r.choice(["Housekeeping", "Cooking"]), r.choice(["Maintenance / gardens", "Driving and handyman"])),
            ("Relevant experience", f"{r.randint(2, 9)} years in {r.choice(['hotels', 'care homes', 'holiday parks'])}",
             f"{r.randint(1, 8)} years {r.choice(['general maintenance', 'grounds work', 'as a caretaker'])}"),
            ("Right to work in the UK", "Yes", "Yes"),
            ("Any adjustments needed for interview?", "No", "No"),
            ("Unspent criminal convictions?", "No", "No")]
    refs = [("Referee", "For", "Telephone")]
    for who in ("Applicant 1", "Applicant 2"):
        refs.append((f.name(), who, landline(r)))
    statement = ("We are a couple looking for a live-in role together. We have run a guest house kitchen and "
                 "grounds before and we are happy to work weekends and school holidays.")
    return dict(kind="couple", people=[p1, p2], job=job, employer=employer, rows=rows, statement=statement, refs=refs)


def form_docx(ctx, forms, author):
    d = new_docx(ctx, author, "Application for employment")
    for i, fm in enumerate(forms):
        if i:
            docx_page_break(d)
        d.add_heading(f"{fm['employer']} – Application for Employment", level=1)
        if fm["kind"] == "single":
            docx_table(d, fm["rows"], lv=True)
            d.add_heading("Employment history", level=2)
            docx_table(d, fm["hist"], header=True)
        else:
            d.add_paragraph(f"Joint application (couple) – {fm['job']}")
            docx_table(d, fm["rows"], header=True, lv=True)
        d.add_heading("Supporting statement", level=2)
        d.add_paragraph(fm["statement"])
        d.add_heading("Referees", level=2)
        docx_table(d, fm["refs"], header=True)
        d.add_paragraph("Declaration: I confirm the information on this form is true and complete.")
        d.add_paragraph("Signed: " + " / ".join(x.name for x in fm["people"]))
    return docx_bytes(d)


def form_pdf(ctx, forms, author):
    pdf = PDF(ctx, "Application forms", author)
    for fm in forms:
        pdf.page()
        pdf.h(f"{fm['employer']} - Application for Employment", 13)
        if fm["kind"] == "single":
            pdf.table(fm["rows"], widths=(2, 3), header=False, lv=True)
            pdf.h("Employment history", 11)
            pdf.table(fm["hist"], widths=(3, 3, 2, 3))
        else:
            pdf.para(f"Joint application (couple) - {fm['job']}")
            pdf.table(fm["rows"], widths=(2, 3, 3))
        pdf.h("Supporting statement", 11)
        pdf.para(fm["statement"])
        pdf.h("Referees", 11)
        pdf.table(fm["refs"], widths=(3, 3, 2))
        pdf.para("Signed: " + " / ".join(x.name for x in fm["people"]))
    return pdf.bytes()


def form_odt(ctx, fm, author):
    items = [("h", f"{fm['employer']} – Application for Employment"), ("table", fm["rows"])]
    if fm.get("hist"):
        items += [("h", "Employment history"), ("table", fm["hist"])]
    items += [("h", "Supporting statement"), ("p", fm["statement"]), ("h", "Referees"), ("table", fm["refs"]),
              ("p", "Signed: " + " / ".join(x.name for x in fm["people"]))]
    return odt_bytes(ctx, author, items)


# --------------------------------------------------------------------------- content: letters
def letter_model(ctx, kind, p, org, when, job=None, signer=None, extra_para=None, subkind=None):
    r = ctx.r
    signer = signer or ctx.f.name()
    letter_date = ctx.date.date() - dt.timedelta(days=r.randint(0, 2))
    ds = f"{letter_date.day} {MONTHS[letter_date.month - 1]} {letter_date.year}"
    to = [p.name] + p.address_lines
    paras = []
    if kind == "interview":
        title = f"Invitation to interview – {job}"
        paras = [f"Dear {p.first},",
                 f"Thank you for your application for the post of {job}. I am pleased to invite you to an interview on {when_words(when)}.",
                 f"The interview will take place at our {r.choice(['main office', 'site reception', 'head office'])} and will last about 30 minutes. Please bring photo ID and proof of your right to work in the UK.",
                 "If this time is not convenient, please contact me as soon as possible so that we can rearrange."]
    elif kind == "job_offer":
        title = f"Offer of employment – {job}"
        paras = [f"Dear {p.first},",
                 f"Following your recent interview, I am delighted to offer you the position of {job}, starting on {when_words(when).split(' at ')[0]}.",
                 f"The rate of pay is £{r.choice(['12.21', '12.40', '12.60', '12.85'])} per hour for {r.choice([16, 24, 30, 37.5])} hours a week. This offer is subject to two satisfactory references.",
                 "Please sign and return the enclosed copy to confirm that you accept."]
    elif kind == "appointment":
        title = "Your appointment with your Employment Adviser / Eich apwyntiad gyda'ch Ymgynghorydd Cyflogaeth"
        paras = [f"Dear {p.first},",
                 f"We have booked an appointment for you with your Employment Adviser on {when_words(when)} at our {r.choice(['Wrexham', 'Bangor', 'Gateshead', 'Sunderland'])} office.",
                 "We will review your action plan and look at vacancies together. Please bring your CV if you have one.",
                 "If you cannot attend, please ring us as soon as you can so we can rearrange. Rhowch wybod i ni os hoffech gael yr apwyntiad yn Gymraeg."]
    else:  # other letters
        sk = subkind or r.choice(["fta", "housing", "confirmation"])
        if sk == "fta":
            title = "You did not attend your appointment – what happens next"
            paras = [f"Dear {p.first},",
                     f"You did not attend your appointment on {when_words(when)}. Attending is part of your Work and Health Programme activity.",
                     "If you had a good reason for not attending, please contact us within five working days and tell us why. If we do not hear from you, we may have to tell Jobcentre Plus, and this could affect your benefit.",
                     "We want to keep supporting you, so please get in touch."]
        elif sk == "housing":
            title = "Letter of support – housing application"
            paras = ["To whom it may concern,",
                     f"I am writing in support of {p.name}'s application for housing. {p.first} has been taking part in the Work and Health Programme with us since {ctx.f.month_name()} and has attended every appointment.",
                     f"{p.first} is actively looking for work and a settled address would make a real difference to {p.his} job search.",
                     "Please contact me if you need any further information."]
        else:
            title = "Confirmation of participation"
            paras = ["To whom it may concern,",
                     f"This is to confirm that {p.name} is a participant on the Work and Health Programme delivered by Cam Nesaf, and attends weekly sessions at our office.",
                     "This letter is provided at the participant's request for the purposes of a travel concession application."]
    if extra_para:
        paras.insert(2, extra_para)
    return dict(kind=kind, org=org, date=ds, to=to, title=title, paras=paras, signer=signer, p=p)


def letter_text(L):
    return "\n".join([L["org"], "", L["date"], ""] + L["to"] + ["", L["title"], ""] + sum([[x, ""] for x in L["paras"]], [])
                     + ["Yours sincerely,", "", L["signer"], L["org"]]) + "\n"


def letters_pdf(ctx, letters, author):
    pdf = PDF(ctx, "Letters", author)
    for L in letters:
        pdf.page()
        pdf.h(L["org"], 12)
        pdf.para(L["date"])
        pdf.para("\n".join(L["to"]))
        pdf.h(L["title"], 11)
        for x in L["paras"]:
            pdf.para(x)
        pdf.para("Yours sincerely,\n\n" + L["signer"] + "\n" + L["org"])
    return pdf.bytes()


def letters_docx(ctx, letters, author):
    d = new_docx(ctx, author, "Letters")
    for i, L in enumerate(letters):
        if i:
            docx_page_break(d)
        d.add_paragraph(L["org"]).runs[0].bold = True
        d.add_paragraph(L["date"])
        d.add_paragraph("\n".join(L["to"]))
        d.add_heading(L["title"], level=2)
        for x in L["paras"]:
            d.add_paragraph(x)
        d.add_paragraph("Yours sincerely,")
        d.add_paragraph(L["signer"] + "\n" + L["org"])
    return docx_bytes(d)


# --------------------------------------------------------------------------- content: DWP process forms
def exit_report_rows(ctx, p, nino_style="plain"):
    r = ctx.r
    start = ctx.date.date() - dt.timedelta(days=r.randint(300, 450))
    return [("Form", "WHP Exit Report (WHPER1)"), ("Provider", "Llwybr Employment Group – delivered by Cam Nesaf"),
            ("Participant surname", p.last), ("Participant forename", p.first),
            ("National Insurance number", fmt_nino(p.nino, nino_style)), ("PRaP referral ID", p.ref),
            ("Programme start date", fmt_date(start)), ("Exit date", fmt_date(ctx.date.date() - dt.timedelta(days=3))),
            ("Summary – how the participant benefited",
             f"{p.first} attended regular one-to-one sessions, completed a CSCS course and a first aid course, and updated "
             f"{p.his} CV. {p.he.capitalize()} applied for {r.randint(12, 40)} jobs and had {r.randint(2, 6)} interviews during the programme."),
            ("Employability", f"{p.first} is motivated and presents well at interview. Suited to warehouse, retail or site labouring work, full time."),
            ("Next steps – recommendations to Jobcentre Plus",
             "Continue weekly job search with a focus on local logistics vacancies. Consider a sector-based work academy "
             "in construction if one is available, and a referral for help with travel costs for the first month in work. "
             "Keep up the digital skills work started with us so that online applications are easier.")]


def coc_rows(ctx, p, change, detail):
    return [("Form", "WHP07 – Change of Circumstances notification"), ("Participant name", p.name),
            ("NINO", fmt_nino(p.nino, "spaced")), ("PRaP referral ID", p.ref),
            ("Type of change", change), ("Date of change", fmt_date(ctx.date.date() - dt.timedelta(days=ctx.r.randint(1, 6)))),
            ("Details", detail), ("Provider contact", "WHP data exchange team, Cam Nesaf")]


def compliance_rows(ctx, p, when):
    return [("Form", "WHP compliance doubt notification (LTU participant)"), ("Participant name", p.name),
            ("NINO", fmt_nino(p.nino, "plain")), ("PRaP referral ID", p.ref),
            ("Mandated activity", "Initial appointment with Employment Adviser"),
            ("Date and time of activity", when.strftime("%d/%m/%Y %H:%M")),
            ("What happened", "Participant did not attend. Reminder text sent two days before; no contact since."),
            ("Attempts to contact", "Telephone x2, letter x1"), ("Good reason offered", "None received to date")]


def whp_eb_rows(ctx, p, start):
    return [("Form", "WHP Employment Business Customer Form"), ("Customer name", p.name),
            ("NINO", fmt_nino(p.nino, "spaced")), ("Date employment commenced", fmt_date(start)),
            ("Employment business", "Llwybr Recruitment (a Llwybr Employment Group company)"),
            ("First salary payment due", fmt_date(start + dt.timedelta(days=14)))]


def whps01_rows(ctx, p):
    return [("Form", "WHPS01 – Work and Health Programme self-referral"), ("Title", ctx.r.choice(["Mr", "Ms", "Mrs", "Miss", "Mx"])),
            ("Forename", p.first), ("Surname", p.last), ("National Insurance number", fmt_nino(p.nino, "spaced")),
            ("Date of birth", fmt_date(p.dob)), ("Address", p.address), ("Telephone", p.mobile),
            ("Eligibility group", "Disability (voluntary participant)"), ("How did you hear about us?", "Leaflet at the library")]


def esf_rows(ctx, p):
    return [("Form", "ESF14-20 Participant Referral Form (Initial)"), ("Participant name", p.name),
            ("NINO", fmt_nino(p.nino, "plain")), ("Date of birth", fmt_date(p.dob)), ("Gender", "Female" if p.gender == "f" else "Male"),
            ("Postcode", p.postcode), ("Employment status on entry", "Unemployed, 12 months or more"),
            ("Disability declared", "Yes"), ("Lives in a jobless household", "Yes"), ("Participant signature", "Signed on paper, held on file")]


def ucnea1_rows(ctx, p):
    r = ctx.r
    return [("Form", "UCNEA1 – New Enterprise Allowance: business start notification"), ("Claimant name", p.name),
            ("NINO", fmt_nino(p.nino, "plain")), ("Business name", f"{p.last} {r.choice(['Garden Services', 'Mobile Valeting', 'Cakes', 'Decorating', 'Dog Walking'])}"),
            ("Trading start date", fmt_date(ctx.future(3, 20).date())), ("Business plan approved", "Yes"),
            ("Mentor", ctx.f.name() + ", Cam Nesaf Enterprise"), ("Weekly hours expected", str(r.choice([16, 20, 25, 30])))]


def gns_text(ctx, p, employer, job):
    return (f"Good News Story – ESF / Work and Health Programme\n\nParticipant: {p.name}\nProvider: Cam Nesaf (Llwybr Employment Group supply chain)\n\n"
            f"{p.first} came to us last {ctx.f.month_name()} after nearly two years out of work. {p.he.capitalize()} wanted to get back into "
            f"{ctx.r.choice(['hospitality', 'retail', 'warehouse work', 'care'])} but had lost confidence with interviews. We worked on {p.his} CV, "
            f"did two mock interviews and arranged a three-day work trial. {p.first} has now started as a {job} at {employer}, "
            f"working {ctx.r.choice([24, 30, 37])} hours a week.\n\n\"I didn't think I'd get a job this quick. The team kept me going.\" – {p.first}\n\n"
            "Photo consent: yes (form signed and held on file).\n")


def lv_docx(ctx, rows, title, author):
    d = new_docx(ctx, author, title)
    d.add_heading(title, level=1)
    docx_table(d, rows, lv=True)
    return docx_bytes(d)


def lv_pdf(ctx, rows, title, author):
    pdf = PDF(ctx, title, author)
    pdf.page()
    pdf.h(title, 13)
    pdf.table(rows, widths=(2, 4), header=False, lv=True)
    return pdf.bytes()


# --------------------------------------------------------------------------- small helpers for scenarios
def pick(ctx, seq):
    return ctx.r.choice(list(seq))


def staff_for(ctx, region=None):
    pool = WELSH_STAFF if region == "wales" else NE_STAFF if region == "ne" else PRIME_STAFF if region == "prime" else STAFF
    return ctx.r.choice(pool)


def region_of(s):
    return OFFICES[s.office]["region"]


def sfrom(s):
    return (s.name, s.email)


def emp_contact(ctx, dom=None):
    dom = dom or pick(ctx, EMP)
    n, a, _ = ext_contact(ctx, dom)
    return dom, EMPLOYERS.get(dom, dom), (n, a)


def sc_contact(ctx, dom=None):
    dom = dom or pick(ctx, sorted(SUPPLY))
    n, a, _ = ext_contact(ctx, dom)
    return dom, (n, a)


def dwp_person(ctx, dom=None):
    dom = dom or pick(ctx, ["jobcentreplus.gov.uk", "dwp.gov.uk", "jobcentreplus.gsi.gov.uk", "dwp.gsi.gov.uk"])
    n, a, _ = ext_contact(ctx, dom)
    return (n, a)


def hello(ctx, first, welsh=False):
    if welsh:
        return pick(ctx, [f"Bore da {first},", f"Helo {first},", f"Prynhawn da {first},", f"Shwmae {first},", f"Hi {first},"])
    return pick(ctx, [f"Hi {first},", f"Morning {first},", f"Hiya {first},", f"Afternoon {first},", f"Hello {first},", f"{first},"])


def bye(ctx, welsh=False):
    if welsh:
        return pick(ctx, ["Diolch,", "Diolch yn fawr,", "Cofion,", "Cofion gorau,", "Diolch o galon,"])
    return pick(ctx, ["Thanks,", "Cheers,", "Many thanks,", "Kind regards,", "Ta,", "Thanks pet,", "Best wishes,"])


def sig_variant(ctx, mailer):
    if mailer == "iphone":
        return pick(ctx, ["phone", "phone_cy"])
    if mailer == "android":
        return "android"
    return pick(ctx, ["full", "full", "full", "plain"])


def std_body(ctx, s, to_first, paras, mailer="outlook", welsh=None, variant=None, quotes=()):
    welsh = (region_of(s) == "wales") if welsh is None else welsh
    variant = variant or sig_variant(ctx, mailer)
    bl = [("p", hello(ctx, to_first, welsh))] if to_first else []
    bl += [("p", x) if isinstance(x, str) else x for x in paras]
    if mailer in ("iphone", "android"):
        bl.append(("p", bye(ctx, welsh).rstrip(",") + "\n" + s.first))
        bl.append(("sig", s, variant))
    else:
        bl.append(("p", bye(ctx, welsh)))
        bl.append(("sig", s, variant))
    bl += list(quotes)
    return bl


def qmeta(frm, to, subject, date, style="outlook", cc=None):
    fa = frm if isinstance(frm, str) else f"{frm[0]} <{frm[1]}>"
    ta = to if isinstance(to, str) else f"{to[0]} <{to[1]}>"
    return {"from": fa, "to": ta, "subject": subject, "date": date, "style": style, "cc": cc}


# =========================================================================== scenarios
SCEN = []


def sc(fn):
    SCEN.append(fn)
    return fn


ALLSTAFF = ("Pawb / All staff", f"staff-all@{INTERNAL}")


def T0():
    return truth()


# --------------------------------------------------------------------------- relay: no claimant data
@sc
def n_newsletter_bilingual(ctx):
    s = next(x for x in STAFF if x.role_en == "Wellbeing Coordinator")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    new = pick(ctx, [x for x in STAFF if x is not s])
    rows = [("Dyddiad / Date", "Beth / What", "Ble / Where"),
            ("Tue 13 May", "Mental Health Awareness Week coffee morning", "Wrexham office"),
            ("Thu 15 May", "Drop-in with the drug & alcohol service (every other Thursday)", "Bangor office"),
            ("Wed 21 May", "Through the Gate partners' meeting", "Gateshead office"),
            ("Fri 30 May", "Team walk – Llwybr Clawdd Offa", "Meet at the car park, 10am")]
    blocks = [("html", '<p class="MsoNormal" style="background:#1F4E79"><span style="color:white;font-size:16pt">'
               "<b>Cylchlythyr Cam Nesaf | Cam Nesaf Newsletter – Rhifyn 14 / Issue 14</b></span></p>",
               "CYLCHLYTHYR CAM NESAF | CAM NESAF NEWSLETTER – RHIFYN 14 / ISSUE 14"),
              ("p", "Helo pawb / Hello everyone,"),
              ("p", f"Croeso cynnes i {new.name}, sydd wedi ymuno â'r tîm fel {new.role_en}. A warm welcome to {new.first}, "
                    f"who joined us this month – say hello if you see {new.first} in the office."),
              ("p", "Wythnos Ymwybyddiaeth Iechyd Meddwl / Mental Health Awareness Week: this year's theme is community. "
                    "Around one in four people will experience a mental health problem each year, and many of the people we "
                    "support tell us that anxiety or low mood is the biggest thing standing between them and work. Bridgeway "
                    "are running two short sessions for staff on having good conversations about mental health."),
              ("p", "Partnership news: from May we are hosting a fortnightly drop-in with the local drug and alcohol service at "
                    "the Bangor office. Anyone on the programme can use it – no referral needed – and staff can ask for advice "
                    "about supporting someone in recovery."),
              ("p", "Through the Gate: across North Wales and the North East, 14 prison leavers started with us this quarter "
                    "(up from 9), and 5 of them are already in work. Thank you to everyone who has been going into the prisons "
                    "for the pre-release sessions."),
              ("p", "Job starts this month: 37 (Wrexham 11, Bangor 8, Gateshead 12, Sunderland 6). Da iawn pawb!"),
              ("table", rows, {"header": True}),
              ("p", "Pen-blwydd hapus / Happy birthday to the Sunderland team's admin hero – cake in the kitchen on Friday.")]
    blocks = std_body(ctx, s, None, blocks, variant="full")
    m = Mail(ctx, sfrom(s), [ALLSTAFF], "Cylchlythyr Cam Nesaf | Newsletter – Rhifyn 14 / Issue 14",
             blocks, cc=[bw, ns], fmt="html", logo=True)
    add(ctx, m, "no_claimant_data", T0(), "bilingual HTML newsletter: mental health, drug & alcohol drop-in, prison leavers – all generic/aggregate; inline logo")


@sc
def n_wellbeing_bulletin(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    inner = [("p", "Hi all,"),
             ("p", "Here's this month's wellbeing bulletin – please share it with your teams and with employers who want "
                   "to support new starters."),
             ("p", "Ramadan: if colleagues or participants are fasting, think about meeting times – early afternoon can be "
                   "hard going, and some people will want a short break at sunset to open their fast or to pray."),
             ("p", "Menopause: symptoms such as poor sleep, hot flushes and brain fog are common and often hidden. Simple "
                   "adjustments like a fan or flexible start times help."),
             ("p", "Gambling harms: money worries linked to gambling are rising. If someone tells you they are struggling, "
                   "our money advice partner can help without judgement."),
             ("p", "Sleep: 'sleep hygiene' tips and a short relaxation audio are on the shared drive."),
             ("p", "Remember – none of this is about diagnosing anyone. If a person chooses to tell you about a health "
                   "condition, listen, ask what would help, and record it only where they agree.")]
    q = ("quote", qmeta(bw, f"Partners <partners@{INTERNAL}>", "Wellbeing bulletin – March", ctx.ago(days=2)), inner)
    blocks = std_body(ctx, s, None, [("p", "Morning all, sharing Bridgeway's bulletin below – some good stuff for the job club this week.")],
                      quotes=[q])
    m = Mail(ctx, sfrom(s), [ns, ec], "FW: Wellbeing bulletin – March", blocks, cc=[bw], fmt="alt")
    add(ctx, m, "no_claimant_data", T0(), "forwarded wellbeing bulletin (Ramadan fasting, menopause, gambling) about nobody; employer recipient")


@sc
def n_training_invite_ics(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    cvc = ext_contact(ctx, "cvc-wrecsam.org.uk")[:2]
    start = london(ctx.future(10, 25, hour=9.5 if False else 9))
    venue = "Neuadd Goffa, Ffordd Rhuthun, Wrecsam LL13 7TQ"
    desc = ("Trauma-informed practice: working with prison leavers and people in recovery. A one-day session for "
            "front-line staff. Lunch provided – tell us about dietary needs. Parking at the rear of the hall.")
    cal = ics(ctx, "Hyfforddiant / Training: Trauma-informed practice", start, 360, venue, desc, (s.name, s.email),
              [ns, bw, cvc])
    paras = [f"Gwahoddiad / Invitation: we have a few places left on our trauma-informed practice day on {when_words(start.replace(tzinfo=None))} at {venue}.",
             "The day covers adverse childhood experiences, working with people leaving prison, and supporting people in "
             "recovery from drug or alcohol problems. It is not about anyone in particular – please don't bring case "
             "details on the day.",
             "Invite attached – accept it to hold a place. Mae croeso i chi siarad Cymraeg ar y diwrnod."]
    m = Mail(ctx, sfrom(s), [ns, bw, cvc], "Gwahoddiad | Invitation: Trauma-informed practice day",
             std_body(ctx, s, None, [("p", "Helo bawb / Hi all,")] + [("p", x) for x in paras]), fmt="alt",
             atts=[Att("invite.ics", cal, "text/calendar", text_cte="quoted-printable", method="REQUEST")])
    add(ctx, m, "no_claimant_data", T0(), "training invitation + ICS at a venue with postcode; prison leavers/recovery as topics only")


@sc
def n_job_advert_to_claimant(ctx):
    box = SHARED["wxm"]
    p = person(ctx, "wales", domain="gmail.com")
    advert = [("html", "<p class=\"MsoNormal\"><b>Production Operative – Menai Bakery Ltd, Bangor</b></p>", "Production Operative – Menai Bakery Ltd, Bangor"),
              ("p", "£12.21 per hour, 37.5 hours, early shifts (6am–2:30pm), Monday to Friday. Free parking, staff discount, "
                    "uniform provided."),
              ("p", "You'll be weighing, mixing and packing bread and cakes on our production line. No experience needed – full "
                    "training given, including Food Hygiene Level 2."),
              ("p", "We are a Disability Confident employer. If you have a health condition or disability, tell us if you need "
                    "any adjustments for the interview. We also welcome applications from people with convictions."),
              ("p", "Closing date: Friday. Apply with a CV or ask your adviser for an application form.")]
    s = staff_for(ctx, "wales")
    blocks = [("p", f"Hi {p.first},"), ("p", "Here's the advert I mentioned on the phone – closing date is Friday so shout if you want to go for it.")] + advert + \
             [("p", "Diolch,\n" + s.first), ("sig", s, "plain")]
    m = Mail(ctx, box, [p.email], "Job advert – Production Operative, Menai Bakery", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "job advert to a claimant's own address, greeting only; hypothetical health/convictions wording",
        own_addr=[p.email])


@sc
def n_benefit_rates(ctx):
    s = staff_for(ctx, "prime")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    rows = [("Element (monthly, 2025/26)", "Amount"), ("Standard allowance – single, under 25", "£316.98"),
            ("Standard allowance – single, 25 or over", "£400.14"), ("Standard allowance – joint, both under 25", "£497.55"),
            ("Standard allowance – joint, one or both 25 or over", "£628.10"),
            ("Child element – first child (born before 6 April 2017)", "£339.00"), ("Child element – each other child", "£292.81"),
            ("LCWRA element", "£423.27"), ("Carer element", "£201.68"), ("Work allowance – with housing costs", "£411"),
            ("Work allowance – no housing costs", "£684")]
    blocks = std_body(ctx, s, None, [
        ("p", "Hi both,"),
        ("p", "For the better-off calculation sessions next month, here are the published Universal Credit rates for "
              "2025/26. The taper rate is still 55%. New-style JSA and ESA (assessment phase) are £92.05 a week for "
              "25 and over, £72.90 under 25."),
        ("table", rows, {"header": True}),
        ("p", "Please use the online calculator with each person rather than working out their own award by email – and "
              "never send us anyone's actual payment details unencrypted.")])
    m = Mail(ctx, sfrom(s), [ns, bw], "UC rates 2025/26 for the better-off calc sessions", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "published benefit rates table (amounts but nobody's payment)")


@sc
def n_aggregate_mi(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    pm = dwp_person(ctx, "dwp.gov.uk")
    cm = next(x for x in STAFF if x.role_en == "Contract Manager")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Summary"
    r = ctx.r
    rows = [("Office", "Referrals", "Starts", "Job starts", "13-week sustained", "Earnings outcomes")]
    for off in ["Wrexham", "Bangor", "Gateshead", "Sunderland"]:
        a = r.randint(60, 140)
        rows.append((off, a, a - r.randint(8, 30), r.randint(8, 25), r.randint(4, 14), r.randint(2, 9)))
    xlsx_fill(ws, rows)
    ws2 = wb.create_sheet("Barriers (aggregate)")
    rows2 = [("Office", "Starts", "% health condition declared", "% mental health", "% drug/alcohol support",
              "% prison leavers", "% care leavers")]
    for off in ["Wrexham", "Bangor", "Gateshead", "Sunderland"]:
        rows2.append((off, r.randint(50, 120), f"{r.randint(55, 80)}%", f"{r.randint(35, 60)}%", f"{r.randint(5, 15)}%",
                      f"{r.randint(3, 12)}%", f"{r.randint(1, 6)}%"))
    xlsx_fill(ws2, rows2)
    ws3 = wb.create_sheet("Notes")
    xlsx_fill(ws3, [("Notes",), ("Counts under 5 are suppressed in the published version.",),
                    ("Percentages are of starts in the period; participants can have more than one barrier.",)])
    data = xlsx_bytes(wb)
    blocks = std_body(ctx, s, pm[0].split()[0], [
        "Please find attached the monthly MI pack for Cam Nesaf (Wales and North East lots).",
        "Job starts are up in Gateshead after the new logistics employer came on board. The barriers tab is aggregate only.",
        "Happy to talk it through at the performance meeting."])
    m = Mail(ctx, sfrom(s), [pm], "Cam Nesaf – monthly MI pack", blocks, cc=[sfrom(cm)], fmt="alt",
             atts=[Att(f"CamNesaf_MI_{ctx.date:%Y-%m}.xlsx", data)])
    add(ctx, m, "no_claimant_data", T0(), "aggregate MI spreadsheet with barrier percentages (mental health, substance, prison) to DWP")


@sc
def n_safeguarding_policy(ctx):
    s = next(x for x in STAFF if x.role_en == "Compliance Officer")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    d = new_docx(ctx, s.name, "Safeguarding Adults and Children Policy")
    d.add_heading("Polisi Diogelu Oedolion a Phlant | Safeguarding Adults and Children Policy v3.2", 0)
    for h, t in [
        ("1. Purpose", "This policy sets out how Cam Nesaf staff, volunteers and partners recognise and respond to concerns about "
                       "adults at risk and children."),
        ("2. Recognising concerns", "Concerns may come up in any conversation. A participant might talk about self-harm, "
                                    "suicidal thoughts, domestic abuse, exploitation, or relapse into drug or alcohol use. "
                                    "A participant managed under MAPPA, or on licence, may have conditions that affect the "
                                    "activities we can offer."),
        ("3. What to do", "Example: if a participant tells you they have started using heroin again and are sleeping rough, "
                          "listen, do not promise confidentiality, and speak to the Designated Safeguarding Lead the same day."),
        ("4. Recording", "Record facts, not opinions, in the case management system. Never put health, offending or "
                         "safeguarding details in the subject line of an email, and never send them unencrypted."),
        ("5. Information sharing", "Share the minimum needed with the people who need it. Use the secure (encrypted) email "
                                   "route for any special category information.")]:
        d.add_heading(h, 2)
        d.add_paragraph(t)
    data = docx_bytes(d)
    blocks = std_body(ctx, s, bw[0].split()[0], ["Attached is our updated safeguarding policy (v3.2) for your records, as "
                                                 "agreed at the supply chain meeting. Main change is section 4 on recording.",
                                                 "Could you confirm your staff have read it by the end of the month?"])
    m = Mail(ctx, sfrom(s), [bw], "Safeguarding policy v3.2", blocks, fmt="alt",
             atts=[Att("Safeguarding Policy v3.2 - Polisi Diogelu.docx", data)])
    add(ctx, m, "no_claimant_data", T0(), "policy DOCX mentioning MAPPA, heroin relapse, self-harm as examples")


@sc
def n_invoice_own_bank(ctx):
    s = next(x for x in STAFF if x.role_en == "Finance Officer")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    pdf = PDF(ctx, "Invoice", s.name)
    pdf.page()
    inv = f"CN-INV-{ctx.r.randint(300, 999)}"
    pdf.h("Cam Nesaf – ANFONEB / INVOICE", 15)
    pdf.para(f"Invoice no: {inv}\nDate: {fmt_date(ctx.date.date())}\nTo: Northstar Training Ltd, Accounts Payable")
    pdf.table([("Description", "Qty", "Unit", "Total"),
               ("Room hire – Wrexham training room (full day)", "6", "£85.00", "£510.00"),
               ("Room hire – Bangor interview room (half day)", "4", "£40.00", "£160.00"),
               ("Refreshments", "10", "£12.50", "£125.00"), ("Total due (no VAT – charity)", "", "", "£795.00")], widths=(5, 1, 1, 1))
    pdf.para("Please pay by BACS within 30 days to: Cam Nesaf Ltd, Sort code 30-96-17, Account no. 20418877. "
             "Please quote the invoice number as the reference.\nCharity no. 1190421. Company no. 09871203.")
    blocks = std_body(ctx, s, ns[0].split()[0], [f"Please find attached invoice {inv} for room hire in {MONTHS[(ctx.date.month - 2) % 12]}.",
                                                 "BACS details are on the invoice. Any questions just give me a shout."])
    m = Mail(ctx, sfrom(s), [ns], f"Invoice {inv} – room hire", blocks, fmt="alt", atts=[Att(f"{inv}.pdf", pdf.bytes())])
    add(ctx, m, "no_claimant_data", T0(), "invoice PDF with the provider's own sort code/account")


@sc
def n_print_order(ctx):
    s = staff_for(ctx, "wales")
    pr = ext_contact(ctx, "printworks-wrecsam.co.uk")[:2]
    blocks = std_body(ctx, s, pr[0].split()[0], [
        "Can we order the following please:",
        ("table", [("Item", "Qty"), ("A5 bilingual leaflets – 'Cam Nesaf: help to find work'", "2,000"),
                   ("Pull-up banner (artwork attached last week)", "2"), ("Appointment cards", "1,000")], {"header": True}),
        "Our purchase order ref is PO 48 21 09 A and the budget code is WHP-MKT-25. Invoice to Cam Nesaf Ltd "
        "(company no. 09871203), Unit 4, Cwrt yr Orsaf, Ffordd yr Orsaf, Wrecsam LL11 2EZ.",
        "Delivery to the Wrexham office by the 20th if possible."])
    m = Mail(ctx, sfrom(s), [pr], "Print order – PO 48 21 09 A", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "purchase order: PO ref shaped like a NINO (invalid prefix PO), company number, office address")


@sc
def n_rota_phone(ctx):
    s = staff_for(ctx, "wales")
    others = [x for x in WELSH_STAFF if x is not s][:2]
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    txt = [f"hiya all, rota change for next wk - {others[0].first} is covering Bangor tues & weds, I'm in Wrexham all week now, "
           f"{others[1].first} on leave fri.",
           f"{ns[0].split()[0]} - the tues forklift course can still use the back room, keys are with reception.",
           f"any probs ring me on {s.mobile or '07700 900311'} x"]
    m = Mail(ctx, sfrom(s), [sfrom(others[0]), sfrom(others[1]), ns], "rota change next wk",
             [("p", x) for x in txt] + [("sig", s, "phone")], fmt="text", mailer="iphone")
    add(ctx, m, "no_claimant_data", T0(), "rota change sent from a phone; staff mobile in body")


@sc
def n_partnership_minutes(ctx):
    s = next(x for x in STAFF if x.role_en == "Contract Manager")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    pm = dwp_person(ctx, "dwp.gov.uk")
    d = new_docx(ctx, s.name, "Supply chain meeting notes")
    d.add_heading("Supply chain partnership meeting – notes", 1)
    d.add_paragraph(f"Date: {fmt_date(ctx.ago(days=2).date(), 'long')}   Venue: Teams")
    d.add_paragraph(f"Attendees: {s.name} (Llwybr, chair), {ns[0]} (Northstar), {bw[0]} (Bridgeway), {pm[0]} (DWP partnership manager), "
                    + ", ".join(x.name for x in WELSH_STAFF[:2]) + " (Cam Nesaf)")
    docx_table(d, [("Item", "Discussion", "Action / owner"),
                   ("1. Referrals", "Referrals down 12% on last quarter in North Wales; up 6% in the North East.", "Llwybr to share JCP forecast"),
                   ("2. Specialist support", "Bridgeway waiting list for mental health support is three weeks. Partners asked to "
                                            "signpost to self-help resources in the meantime.", "Bridgeway"),
                   ("3. Courses", "Northstar adding two CSCS and one forklift course per month in Wrexham.", "Northstar"),
                   ("4. Data security", "Reminder: special category data only by the encrypted route; CVs to participants only "
                                        "with consent recorded.", "All"),
                   ("5. AOB", "Next meeting in person at the Bangor office.", "—")], header=True)
    blocks = std_body(ctx, s, None, [("p", "Hi all,"), ("p", "Notes from Tuesday attached – shout if I've missed anything.")])
    m = Mail(ctx, sfrom(s), [ns, bw, pm], "Supply chain meeting – notes", blocks, fmt="alt",
             atts=[Att("Supply chain meeting notes.docx", docx_bytes(d))])
    add(ctx, m, "no_claimant_data", T0(), "meeting notes with staff/partner names only, no claimant")


@sc
def n_jobs_fair_bcc(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    emps = [emp_contact(ctx, d)[2] for d in ["menai-bakery.co.uk", "gwynedd-fresh.co.uk", "harbourview-hotels.co.uk"]]
    wc = ("Jobcentre Plus Bangor team", "bangor.partnerships@jobcentreplus.gov.uk")
    pdf = PDF(ctx, "Jobs fair", s.name, creator="Canva")
    pdf.page()
    pdf.h("FFAIR SWYDDI BANGOR | BANGOR JOBS FAIR", 20)
    pdf.para("Dydd Iau 10yb – 2yp | Thursday 10am – 2pm", 13, "B")
    pdf.para("Neuadd y Farchnad, Stryd Fawr, Bangor LL57 1NX", 12)
    pdf.para("Over 20 local employers – hospitality, care, food production, retail, logistics. Bring your CV! "
             "Free tea and coffee. Step-free access. BSL interpreter available on request.", 11)
    pdf.para("Stondinau am ddim i gyflogwyr | Free stands for employers – book with the Employer Engagement team.", 11)
    blocks = std_body(ctx, s, None, [("p", "Annwyl gyflogwr / Dear employer,"),
                                     ("p", "You're invited to take a free stand at our Bangor jobs fair. Poster attached – "
                                           "please reply by Friday if you'd like a table and tell us about any access needs on the day.")])
    m = Mail(ctx, sfrom(s), [wc], "Ffair Swyddi Bangor | Bangor Jobs Fair – free employer stands", blocks,
             bcc=emps, fmt="alt", atts=[Att("Bangor Jobs Fair poster.pdf", pdf.bytes())])
    add(ctx, m, "no_claimant_data", T0(), "jobs fair poster with venue postcode; employers in Bcc (envelope only)")


@sc
def n_blank_template(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    rows = [("Participant name", ""), ("NI number", ""), ("Date of birth", ""), ("Address", ""), ("Contact no.", ""),
            ("Health conditions / disabilities (only with consent)", ""), ("Unspent convictions / offending history", ""),
            ("Drug or alcohol use affecting work", ""), ("Childcare needs", ""), ("Referred by", ""), ("Date", "")]
    data = lv_docx(ctx, rows, "Bridgeway specialist support – referral form (blank template v4)", s.name)
    blocks = std_body(ctx, s, ns[0].split()[0], [
        "As promised, here's the blank Bridgeway referral template so your tutors know what we ask for.",
        "Please DON'T fill it in and email it back – completed forms go through the secure portal only."])
    m = Mail(ctx, sfrom(s), [ns], "Blank referral template", blocks, fmt="alt",
             atts=[Att("Referral form TEMPLATE v4.docx", data)])
    add(ctx, m, "no_claimant_data", T0(), "blank form template with NI/DOB/health/offending labels and no values")


@sc
def n_thanks_disclaimer(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    q = ("quote", qmeta(ec, (s.name, s.email), "Site visit Thursday", ctx.ago(hours=3)),
         [("p", f"Hi {s.first}, are we still OK for the site visit Thursday at 11? Park in the visitor bays. {ec[0].split()[0]}")])
    blocks = std_body(ctx, s, ec[0].split()[0], ["Yes, all good – see you Thursday at 11. I'll bring the programme leaflets."],
                      variant="full", quotes=[q])
    m = Mail(ctx, sfrom(s), [ec], "RE: Site visit Thursday", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "two-line reply under a long bilingual confidentiality + safeguarding disclaimer")


@sc
def n_staff_own_operation(ctx):
    s = staff_for(ctx, "wales")
    cover = pick(ctx, [x for x in WELSH_STAFF if x is not s])
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    blocks = std_body(ctx, s, ns[0].split()[0], [
        f"Just to let you know I'm off from Monday for my knee operation – the consultant reckons two to three weeks before "
        f"I'm back driving, so I'll be working from home after that for a bit.",
        f"{cover.name} is covering the course bookings while I'm off ({cover.email}).",
        "Wish me luck!"], variant="plain")
    m = Mail(ctx, sfrom(s), [ns], "Off from Monday – cover for course bookings", blocks, cc=[sfrom(cover)], fmt="alt")
    add(ctx, m, "no_claimant_data", T0(), "the sender's own operation (staff health) – not claimant data")


@sc
def n_employer_advert_fwd(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    inner = [("p", "Hi, please share with your participants:"),
             ("p", "Care Assistants – days and nights – £12.60/hr, paid training, Level 2 diploma funded."),
             ("p", "We are a 'Ban the Box' employer: having a criminal record won't necessarily stop you working for us – we "
                   "look at each DBS result individually. If you have a health condition or disability, tell us what "
                   "would help and we will make reasonable adjustments."),
             ("p", f"Apply via our website or call recruitment on {landline(ctx.r)}.")]
    q = ("quote", qmeta(ec, (s.name, s.email), "Care assistant vacancies", ctx.ago(days=1)), inner)
    blocks = std_body(ctx, s, bw[0].split()[0], ["Might suit a few of yours – they're really good with people coming back after a gap."],
                      quotes=[q])
    m = Mail(ctx, sfrom(s), [bw], "FW: Care assistant vacancies", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "forwarded job advert: 'criminal record won't stop you', 'if you have a health condition' – hypothetical")


@sc
def n_ics_case_review(ctx):
    s = staff_for(ctx, "wales")
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    tl = next(x for x in STAFF if x.role_en == "Team Leader" and x.office == "wxm")
    start = london(ctx.future(3, 10, hour=14))
    cal = ics(ctx, "Monthly case review – Wrexham", start, 60, "Microsoft Teams Meeting",
              "Monthly review of referrals and progress with the Jobcentre. Please bring your caseload numbers; "
              "we'll discuss individual cases on the secure system only.", (s.name, s.email), [wc, (tl.name, tl.email)])
    blocks = std_body(ctx, s, wc[0].split()[0], ["Invite for our monthly case review – same time as usual."])
    m = Mail(ctx, sfrom(s), [wc], "Monthly case review – Wrexham", blocks, cc=[sfrom(tl)], fmt="alt",
             atts=[Att("meeting.ics", cal, "text/calendar", text_cte="base64", method="REQUEST")])
    add(ctx, m, "no_claimant_data", T0(), "calendar invite to a DWP work coach with no names")


@sc
def n_lookalike_refs(ctx):
    s = next(x for x in STAFF if x.role_en == "Compliance Officer")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    blocks = std_body(ctx, s, ns[0].split()[0], [
        "Quick one from the data protection training yesterday – a few people asked how to tell a real National "
        "Insurance number from the other references flying around:",
        ("table", [("Example", "What it is"), ("QQ 12 34 56 C", "The standard dummy NINO – use it in training slides"),
                   ("GB 12 34 56 A", "Not valid – GB is never issued"),
                   ("FD402177B", "Your course booking reference format"),
                   ("AB 12 34 56 E", "Not valid – the last letter is only ever A to D"),
                   ("SC612345", "A Scottish Companies House number"),
                   ("TN 12 34 56 A", "Not valid – TN is a temporary-reference prefix")], {"header": True}),
        "Real ones must never go in a subject line or an unencrypted email unless one of the exemptions covers it."])
    m = Mail(ctx, sfrom(s), [ns], "NINO look-alikes – training follow-up", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "NINO look-alikes only: QQ/GB/TN prefixes, suffix E, booking ref, Companies House no.")


@sc
def n_phishing_notice(ctx):
    s = next(x for x in STAFF if x.role_en == "Compliance Officer")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    blocks = std_body(ctx, s, None, [
        ("p", "Hi all,"),
        ("p", "We've had a wave of phishing emails pretending to be from DWP asking staff to 're-verify' PRaP logins. "
              "DWP will never ask for your password by email. Don't click – report it to your IT team."),
        ("p", "Tell-tale signs this time: a 'gov-uk' domain with a hyphen, a countdown timer, and an attachment called "
              "'Referral_Update.html'."),
        ("p", "Our IT service desk is on 020 7946 0777, Monday to Friday 8–6.")])
    m = Mail(ctx, sfrom(s), [ns, bw], "Phishing alert – fake PRaP login emails", blocks, fmt="alt")
    add(ctx, m, "no_claimant_data", T0(), "IT security notice with service desk number")


@sc
def n_dwp_bulletin_fwd(ctx):
    s = next(x for x in STAFF if x.role_en == "Contract Manager")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    dwp = ("WHP Provider Communications", "whp.providercomms@dwp.gov.uk")
    inner = [("p", "Provider bulletin – issue 41"),
             ("p", "Programme performance: nationally, 48% of Work and Health Programme starts have reported a disability "
                   "or long-term health condition, and 31% reported a mental health condition. Job outcome rates for "
                   "prison leavers improved by 3 percentage points this year."),
             ("p", "Reminder: providers must report IT failures affecting unencrypted email (Chapter 15, paras 58-63)."),
             ("p", "Guidance updates: Chapter 8 information security has been reissued with no changes to the exemptions.")]
    q = ("quote", qmeta(dwp, f"WHP providers <whp.providers@dwp.gov.uk>", "WHP provider bulletin – issue 41", ctx.ago(days=1)), inner)
    blocks = std_body(ctx, s, None, [("p", "Hi both,"), ("p", "FYI – latest DWP bulletin below, nothing that changes what we do day to day.")],
                      quotes=[q])
    m = Mail(ctx, sfrom(s), [ns, bw], "FW: WHP provider bulletin – issue 41", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "forwarded DWP bulletin with national percentages")


@sc
def n_peer_mentor_advert(ctx):
    s = next(x for x in STAFF if x.role_en == "Peer Mentor")
    vc = ext_contact(ctx, "gwirfoddoli-gwynedd.org.uk")[:2]
    blocks = std_body(ctx, s, vc[0].split()[0], [
        "Could you add this to your volunteering opportunities page please?",
        ("html", "<p class=\"MsoNormal\"><b>Mentor Cymheiriaid Gwirfoddol | Volunteer Peer Mentor – Bangor</b></p>", "Volunteer Peer Mentor – Bangor"),
        "Have you been out of work and found your way back? We are looking for volunteers with lived experience – of "
        "mental ill-health, addiction, the justice system, caring or long-term unemployment – to support people on our "
        "employment programme. Two to four hours a week, expenses paid, full training and supervision.",
        "A criminal record does not rule you out. We will talk with you about what's right for you."])
    m = Mail(ctx, sfrom(s), [vc], "Volunteer opportunity – Peer Mentor (Bangor)", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "volunteer advert inviting lived experience of addiction/justice system – about nobody")


@sc
def n_anonymised_case_study(ctx):
    s = next(x for x in STAFF if x.role_en == "Team Leader" and x.office == "sld")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    blocks = std_body(ctx, s, bw[0].split()[0], [
        "For the board report – can you check you're happy with how we've described the joint work? Names and details "
        "are changed and it isn't anyone you could pick out:",
        ("pre", "Case study (anonymised)\n"
                "Participant A is a man in his fifties who had been out of work for several years and was in recovery from\n"
                "alcohol dependency. With joint support from the employment adviser and the wellbeing partner he rebuilt a\n"
                "routine, completed a food hygiene course and started part-time work in a warehouse. He says the most useful\n"
                "thing was having the same two people to talk to every week."),
        "Let me know by Friday."])
    m = Mail(ctx, sfrom(s), [bw], "Board report – anonymised case study", blocks, fmt="alt")
    add(ctx, m, "no_claimant_data", T0(), "anonymised case study ('Participant A', alcohol recovery) – nobody identifiable")


@sc
def n_welsh_only_training(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    blocks = [("p", f"Shwmae {ns[0].split()[0]},"),
              ("p", "Dyma'r dyddiadau newydd ar gyfer hyfforddiant Cymorth Cyntaf Iechyd Meddwl i staff: dydd Mawrth 3 Mehefin a "
                    "dydd Mercher 18 Mehefin, 9:30 tan 4:30, yn swyddfa Bangor. Mae lle i ddeuddeg ar bob cwrs."),
              ("p", "Bydd cinio'n cael ei ddarparu. Rhowch wybod os oes gennych unrhyw anghenion dietegol neu hygyrchedd."),
              ("p", "Diolch yn fawr,"), ("sig", s, "full")]
    m = Mail(ctx, sfrom(s), [ns], "Hyfforddiant Cymorth Cyntaf Iechyd Meddwl – dyddiadau newydd", blocks, fmt="html")
    add(ctx, m, "no_claimant_data", T0(), "Welsh-only message about Mental Health First Aid training dates")


@sc
def n_leaflet_to_claimant(ctx):
    box = SHARED["gsd"]
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="outlook.com")
    blocks = [("p", "Hi,"),
              ("p", "As promised, here's the link to the Bridgeway leaflet. Bridgeway can help anyone on the programme with "
                    "their wellbeing – money worries, sleep, stress – or if you have a health condition you'd like support "
                    "with. It's your choice whether to use it."),
              ("p", "See you at the job club on Wednesday."), ("p", "Thanks,\n" + s.first), ("sig", s, "plain")]
    m = Mail(ctx, box, [p.email], "Bridgeway leaflet", blocks, fmt="alt")
    add(ctx, m, "no_claimant_data", T0(), "mail to a claimant with hypothetical 'if you have a health condition' wording only",
        own_addr=[p.email])


@sc
def n_staff_leave_xlsx(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Leave"
    rows = [("Staff member", "Office", "Mobile (work)", "Leave from", "Leave to", "Cover")]
    for x in STAFF[:10]:
        a = ctx.future(5, 60).date()
        rows.append((x.name, OFFICES[x.office]["en"], x.mobile or "", fmt_date(a), fmt_date(a + dt.timedelta(days=ctx.r.randint(1, 9))),
                     pick(ctx, [y.first for y in STAFF if y is not x])))
    xlsx_fill(ws, rows)
    blocks = std_body(ctx, s, ns[0].split()[0], ["Summer leave planner attached so you know who to contact about course places while people are away."])
    m = Mail(ctx, sfrom(s), [ns], "Summer leave planner", blocks, fmt="alt", atts=[Att("Leave planner summer.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "no_claimant_data", T0(), "staff leave spreadsheet with staff names and work mobiles")


@sc
def n_inline_logo_thanks(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    blocks = std_body(ctx, s, ec[0].split()[0], [
        "Thanks so much for hosting the taster day on Tuesday. The group really enjoyed the site tour and the forklift demo, "
        "and three of them have asked about your next recruitment day.",
        "I'll send the dates for the next pre-employment course when they're confirmed."], variant="plain")
    m = Mail(ctx, sfrom(s), [ec], "Thank you – taster day", blocks, fmt="html", logo=True)
    add(ctx, m, "no_claimant_data", T0(), "thank-you to employer, HTML with small inline signature logo (not a scan)")


@sc
def n_venue_booking(ctx):
    s = staff_for(ctx, "ne")
    v = ext_contact(ctx, "hyltoncommunitycentre.org.uk")[:2]
    q = ("quote", qmeta(v, (s.name, s.email), "Hall booking", ctx.ago(days=1)),
         [("p", "Hi, the main hall is free on the dates you asked for. Hire is £22 per hour. Please pay by BACS to "
                "Hylton Community Centre, sort code 20-11-52, account 60392817, reference HALL-NS. Thanks, "
                + v[0].split()[0])])
    blocks = std_body(ctx, s, v[0].split()[0], ["Brilliant, thank you – please book us in for all four Wednesdays, 9:30 to 12:30. "
                                                "I'll get finance to pay on receipt of the invoice."], quotes=[q])
    m = Mail(ctx, sfrom(s), [v], "RE: Hall booking", blocks, fmt="alt")
    add(ctx, m, "no_claimant_data", T0(), "venue booking; the venue's own bank details quoted – not a claimant's")


@sc
def n_survey_aggregate_csv(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    pm = dwp_person(ctx, "dwp.gov.uk")
    rows = ["question,strongly_agree,agree,neutral,disagree,strongly_disagree,responses",
            "My adviser understood my situation,41,33,9,3,1,87",
            "I felt able to talk about my health if I wanted to,36,30,14,5,2,87",
            "The courses helped me get closer to work,29,35,15,6,2,87",
            "I would recommend the programme,44,28,10,3,2,87"]
    blocks = std_body(ctx, s, pm[0].split()[0], ["Quarterly participant survey results attached (counts only, all offices)."])
    m = Mail(ctx, sfrom(s), [pm], "Participant survey – Q2 results", blocks, fmt="alt",
             atts=[Att("survey_q2_aggregate.csv", "\r\n".join(rows) + "\r\n", "text/csv", text_cte="7bit")])
    add(ctx, m, "no_claimant_data", T0(), "aggregate survey counts CSV to DWP")


@sc
def n_course_timetable_odt(ctx):
    s = staff_for(ctx, "wales")
    grp = ("Wrexham Jobcentre work coaches", "wrexham.workcoaches@jobcentreplus.gov.uk")
    items = [("h", "Amserlen Cyrsiau | Course timetable – Wrexham & Bangor"),
             ("table", [("Course", "Provider", "Dates", "Venue"),
                        ("CSCS Green Card", "Northstar Training", "Every 2nd Tuesday", "Wrexham office"),
                        ("Counterbalance forklift (3 days)", "Northstar Training", "Monthly", "Deeside site"),
                        ("Food Hygiene Level 2", "Northstar Training", "Fortnightly", "Bangor office"),
                        ("Confidence & wellbeing (4 weeks)", "Bridgeway Support", "Rolling", "Bangor office")]),
             ("p", "Referrals via your usual route. Participants with access needs: tell us and we'll adapt the venue.")]
    blocks = std_body(ctx, s, None, [("p", "Bore da pawb,"), ("p", "Updated course timetable attached for your job seekers.")])
    m = Mail(ctx, sfrom(s), [grp], "Course timetable – Wrexham & Bangor", blocks, fmt="alt",
             atts=[Att("Amserlen cyrsiau - course timetable.odt", odt_bytes(ctx, s.name, items))])
    add(ctx, m, "no_claimant_data", T0(), "ODT course timetable to a Jobcentre team mailbox")


# --------------------------------------------------------------------------- relay: one name (¶18)
def T1name():
    return truth(subjects=1)


@sc
def o_interview_phone(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    p = person(ctx, "wales")
    when = ctx.future(1, 3, hour=10)
    txt = [f"hi {ec[0].split()[0]}, {p.name} confirmed for interview {when:%A} {when:%H:%M}, will ask for you at the gatehouse. ta"]
    m = Mail(ctx, sfrom(s), [ec], f"interview {when:%a}", [("p", txt[0]), ("sig", s, "phone")], fmt="text", mailer="iphone")
    add(ctx, m, "one_name", T1name(), "one name + interview time from a phone", name_only=True)


@sc
def o_course_booking(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    d = ctx.future(4, 14)
    blocks = std_body(ctx, s, ns[0].split()[0], [f"Can you book {p.name} onto the CSCS course on {ordinal(d.day)} {MONTHS[d.month-1]} please?",
                                                 "Diolch!"])
    m = Mail(ctx, sfrom(s), [ns], "CSCS booking", blocks, fmt="html")
    add(ctx, m, "one_name", T1name(), "one name + course booking to supply chain, bilingual disclaimer mentions health/convictions",
        name_only=True)


@sc
def o_start_to_dwp(ctx):
    s = staff_for(ctx, "ne")
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, wc[0].split()[0], [f"Just confirming {p.name} started with us today – first appointment went well "
                                                 "and the next one is booked for next week."])
    m = Mail(ctx, sfrom(s), [wc], "Programme start confirmed", blocks, fmt="alt")
    add(ctx, m, "one_name", T1name(), "one name + start confirmation to a DWP work coach", name_only=True)


@sc
def o_name_in_subject(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, None, [("p", "Morning,"), ("p", "Referral accepted – first session is Wednesday at 10 in the Gateshead office.")],
                      mailer="android")
    m = Mail(ctx, sfrom(s), [bw], f"Referral accepted – {p.name}", blocks, fmt="html", mailer="android")
    add(ctx, m, "one_name", T1name(), "the one name sits only in the subject; referral status in body", name_only=True)


@sc
def o_thread_course(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    p = person(ctx, "wales")
    d = ctx.future(3, 9)
    q2 = ("quote", qmeta((s.name, s.email), ns, "Forklift course", ctx.ago(days=3)),
          [("p", f"Hi {ns[0].split()[0]}, can you book {p.name} on the next counterbalance course? Diolch, {s.first}")])
    q1 = ("quote", qmeta(ns, (s.name, s.email), "RE: Forklift course", ctx.ago(days=2)),
          [("p", f"Yes – {p.first} is booked on the {ordinal(d.day)}–{ordinal((d + dt.timedelta(days=2)).day)}, 9 till 4. Cheers, {ns[0].split()[0]}"), q2])
    blocks = std_body(ctx, s, ec[0].split()[0], [f"FYI – {p.first} has the forklift course on the {ordinal(d.day)} so could start any day after."],
                      quotes=[q1])
    m = Mail(ctx, sfrom(s), [ec], "FW: RE: Forklift course", blocks, fmt="html")
    add(ctx, m, "one_name", T1name(), "forwarded thread; every message mentions only the same name and a course booking", name_only=True)


@sc
def o_logo_disclaimer(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    p = person(ctx, "wales")
    when = ctx.future(2, 6, hour=14)
    blocks = std_body(ctx, s, ec[0].split()[0], [f"Interview confirmed: {p.name}, {when_words(when)}, at your Caernarfon site.",
                                                 "Thanks for fitting this in so quickly."], variant="full")
    m = Mail(ctx, sfrom(s), [ec], "Interview confirmed – Thursday", blocks, fmt="html", logo=True)
    add(ctx, m, "one_name", T1name(), "one name + interview; HTML-only with inline logo and safeguarding disclaimer", name_only=True)


@sc
def o_dwp_cc(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    wc = dwp_person(ctx, "dwp.gov.uk")
    p = person(ctx, "ne")
    when = ctx.future(2, 7)
    blocks = std_body(ctx, s, ec[0].split()[0], [f"Great news – {p.name} will be there for the valeting interview on {when_words(when)}.",
                                                 f"I've copied in {wc[0].split()[0]} from the Jobcentre as they made the referral."])
    m = Mail(ctx, sfrom(s), [ec], "Valeting interview", blocks, cc=[wc], fmt="alt")
    add(ctx, m, "one_name", T1name(), "one name + interview time to employer with DWP in Cc (¶18 covers DWP too)", name_only=True)


@sc
def o_employer_contact_phone(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    sup = ctx.f.first_name()
    p = person(ctx, "ne")
    sup_phone = mobile(ctx.r)
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.name} starts Monday on the 7am shift. I've told them to ask for {sup} "
                                                 f"(your supervisor) at the gatehouse and to ring {sup} on {sup_phone} if the bus is late.",
                                                 f"Any problems in the first week, call me on {s.mobile or '07700 900145'}."])
    m = Mail(ctx, sfrom(s), [ec], "New starter Monday", blocks, fmt="html")
    add(ctx, m, "one_name", T1name(), "one name + start date; the phone numbers are the employer supervisor's and the sender's",
        name_only=True)


# --------------------------------------------------------------------------- relay: CV to the claimant (¶17)
def T_cv(n=1, **kw):
    return truth(contact=True, subjects=n, kinds=["cv"], **kw)


@sc
def c_cv_docx_consented(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    consent(p.email)
    m_ = cv_model(ctx, p)
    blocks = std_body(ctx, s, p.first, ["Here's your updated CV as you asked – I've added the forklift licence and tidied up the dates.",
                                        "Have a read and tell me if you want anything changing before we send it out."])
    m = Mail(ctx, sfrom(s), [p.email], "Your updated CV", blocks, fmt="alt",
             atts=[Att(f"CV {p.name}.docx", cv_docx(ctx, [m_], s.name))])
    add(ctx, m, "cv_to_claimant", T_cv(), "one CV (DOCX) to the claimant's consented address", cv_count=1)


@sc
def c_cv_pdf_shared_box(ctx):
    box = SHARED["bgr"]
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="outlook.com")
    consent(p.email)
    m_ = cv_model(ctx, p, sector="admin")
    blocks = [("p", f"Helo {p.first},"), ("p", "Dyma'ch CV fel PDF, fel y gofynnoch chi. | Here is your CV as a PDF, as you asked."),
              ("p", "Cofion,\nTîm Cam Nesaf Bangor"), ("sig", s, "full")]
    m = Mail(ctx, box, [p.email], "Eich CV | Your CV", blocks, fmt="html",
             atts=[Att(f"{p.first}_{p.last}_CV.pdf", cv_pdf(ctx, [m_], s.name))])
    add(ctx, m, "cv_to_claimant", T_cv(), "one CV (PDF) from a shared mailbox to consented address, bilingual", cv_count=1)


@sc
def c_cv_pasted_phone(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="yahoo.co.uk")
    consent(p.email)
    m_ = cv_model(ctx, p, sector="retail", referees=False)
    blocks = [("p", f"hiya {p.first} here u go, pasted it in cos u said the attachment wont open on ur phone"), ("pre", cv_text(m_)),
              ("p", "speak thurs\n" + s.first), ("sig", s, "phone")]
    m = Mail(ctx, sfrom(s), [p.email], "ur cv", blocks, fmt="text", mailer="iphone")
    add(ctx, m, "cv_to_claimant", T_cv(), "CV pasted into the body (phone) to consented address", cv_count=1)


@sc
def c_cv_odt_negation(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="btinternet.com")
    consent(p.email)
    m_ = cv_model(ctx, p, sector="driving", extras=[("Additional information", "Full clean UK driving licence. Clean DBS – no criminal convictions.")])
    blocks = std_body(ctx, s, p.first, ["Your CV attached in the format your library computer opens (ODT)."])
    m = Mail(ctx, sfrom(s), [p.email], "CV – ODT version", blocks, fmt="alt",
             atts=[Att(f"CV-{p.last}.odt", cv_odt(ctx, m_, s.name))])
    add(ctx, m, "cv_to_claimant", T_cv(), "ODT CV with negated 'no criminal convictions' to consented address", cv_count=1)


@sc
def c_cv_html_referees(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="gmail.com")
    consent(p.email)
    m_ = cv_model(ctx, p, sector="care")
    blocks = std_body(ctx, s, p.first, ["CV attached with both your referees added – I've checked they're happy to be contacted."],
                      variant="full")
    m = Mail(ctx, sfrom(s), [p.email], "CV with referees", blocks, fmt="html",
             atts=[Att(f"{p.name} CV.pdf", cv_pdf(ctx, [m_], s.name))])
    add(ctx, m, "cv_to_claimant", T_cv(), "CV naming two referees with phones (referees are not data subjects)", cv_count=1)


@sc
def c_cv_reply_thread(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    consent(p.email)
    m_ = cv_model(ctx, p, sector="hospitality")
    q = ("quote", qmeta(p.email, (s.name, s.email), "cv", ctx.ago(hours=20), style="gmail"),
         [("p", f"Hi can you send me my cv so I can apply for the hotel job on my phone thanks {p.first}")])
    blocks = std_body(ctx, s, p.first, ["No problem – attached. Good luck with the hotel job!"], quotes=[q])
    m = Mail(ctx, sfrom(s), [p.email], "RE: cv", blocks, fmt="alt", atts=[Att("CV.docx", cv_docx(ctx, [m_], s.name))],
             reply=f"<CA{ctx.r.randrange(16**20):020x}@mail.gmail.com>")
    add(ctx, m, "cv_to_claimant", T_cv(), "reply to the claimant's own request, quoted, with their CV", cv_count=1)


# --------------------------------------------------------------------------- relay: up to 10 CVs (¶19, ¶21)
@sc
def v_pdf_bundle_7(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    ms = [cv_model(ctx, person(ctx), sector="warehouse") for _ in range(7)]
    data = cv_pdf(ctx, ms, s.name, cover=("Candidate pack – Warehouse Operatives", f"Prepared for {en}", "7 candidates, one CV each, in the order you'll interview them."))
    blocks = std_body(ctx, s, ec[0].split()[0], ["As discussed, CVs for the seven candidates for Thursday's recruitment day are in one PDF "
                                                 "so you can print it in one go."])
    m = Mail(ctx, sfrom(s), [ec], "Candidate pack – recruitment day", blocks, fmt="alt", atts=[Att("Candidate pack.pdf", data)])
    add(ctx, m, "cvs_up_to_10", T_cv(7), "one PDF binding 7 CVs (page ranges) to an employer", cv_count=7)


@sc
def v_zip_exactly_10(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    files = []
    for i in range(10):
        p = person(ctx)
        files.append((f"CVs/{p.last}_{p.first}.docx", cv_docx(ctx, [cv_model(ctx, p, sector="hospitality")], s.name)))
    blocks = std_body(ctx, s, ec[0].split()[0], ["Ten CVs for the summer season roles, zipped up. They're all happy to do split shifts."])
    m = Mail(ctx, sfrom(s), [ec], "Summer season – 10 CVs", blocks, fmt="alt",
             atts=[Att("Summer season CVs.zip", zip_bytes(files, doc_when(ctx)))])
    add(ctx, m, "cvs_up_to_10", T_cv(10), "exactly 10 CVs in a zip", cv_count=10)


@sc
def v_three_docx_supply(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    atts = []
    for _ in range(3):
        p = person(ctx, "wales")
        atts.append(Att(f"{p.first} {p.last} - CV.docx", cv_docx(ctx, [cv_model(ctx, p, sector="construction")], s.name)))
    blocks = std_body(ctx, s, ns[0].split()[0], ["Three CVs for the CSCS + site placement places. All three are keen on groundworks."])
    m = Mail(ctx, sfrom(s), [ns], "CVs for site placements", blocks, fmt="html", atts=atts)
    add(ctx, m, "cvs_up_to_10", T_cv(3), "three CV attachments to supply chain", cv_count=3)


@sc
def v_pasted_to_employer(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    p = person(ctx, "ne")
    m_ = cv_model(ctx, p, sector="care")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.first}'s CV is pasted below as your system strips attachments.", ("pre", cv_text(m_))])
    m = Mail(ctx, sfrom(s), [ec], f"CV – {p.name} – night care assistant", blocks, fmt="text")
    add(ctx, m, "cvs_up_to_10", T_cv(1), "one CV pasted into the body to an employer", cv_count=1)


@sc
def v_cv_derived_table(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    rows = [("Candidate", "Relevant experience (from CV)", "Certificates", "Available")]
    for _ in range(6):
        p = person(ctx, "wales")
        S = SECTORS["food"]
        rows.append((p.name, f"{ctx.r.randint(1, 9)} yrs {ctx.r.choice(S['titles']).lower()}", ctx.r.choice(S["skills"]),
                     ctx.r.choice(["Immediately", "1 week", "From the 1st"])))
    blocks = std_body(ctx, s, ec[0].split()[0], ["Summary from the CVs of the six people for the packing line – full CVs to follow if you want to meet them:",
                                                 ("table", rows, {"header": True})])
    m = Mail(ctx, sfrom(s), [ec], "Packing line – candidate summary", blocks, fmt="html")
    add(ctx, m, "cvs_up_to_10", truth(subjects=6, kinds=["cv"]), "six CV-derived data sets in an HTML table (¶21)", cv_count=6)


@sc
def v_nested_forward(ctx):
    s = staff_for(ctx, "ne")
    s2 = pick(ctx, [x for x in NE_STAFF if x is not s])
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    ps = [person(ctx, "ne") for _ in range(2)]
    inner_atts = [Att(f"CV_{p.last}.pdf", cv_pdf(ctx, [cv_model(ctx, p, sector="driving")], s2.name)) for p in ps]
    inner = inner_message(ctx, sfrom(s2), [sfrom(s)], "CVs for Wearside", ctx.ago(days=4),
                          [("p", f"Hi {s.first}, the two CVs for the Wearside driver jobs – can you send them over when you speak to them? {s2.first}")],
                          atts=inner_atts)
    q = ("quote", qmeta((s2.name, s2.email), (s.name, s.email), "RE: CVs for Wearside", ctx.ago(days=2)),
         [("p", f"Sorry {s.first}, forgot to say – attached the original email with the CVs."),
          ("quote", qmeta((s.name, s.email), (s2.name, s2.email), "CVs for Wearside", ctx.ago(days=3)),
           [("p", f"Did you get those CVs for Wearside? {s.first}")])])
    blocks = std_body(ctx, s, ec[0].split()[0], ["Two CVs for the delivery driver vacancies – they're in the attached email."], quotes=[q])
    m = Mail(ctx, sfrom(s), [ec], "FW: RE: CVs for Wearside", blocks, fmt="html",
             atts=[Att("CVs for Wearside.eml", inner, "message/rfc822")])
    add(ctx, m, "cvs_up_to_10", T_cv(2), "two CVs inside an attached message, three messages down a forwarded thread", cv_count=2)


@sc
def v_pdf_four_negations(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    negs = [("Additional information", "No criminal record. Full clean driving licence."),
            ("@profile", "I don't have any health issues that would affect my work."),
            ("Additional information", "Happy to have a DBS check – nothing to declare."),
            ("@profile", "No restrictions on the hours I can work.")]
    ms = [cv_model(ctx, person(ctx, "wales"), sector="food", extras=[negs[i]]) for i in range(4)]
    blocks = std_body(ctx, s, ec[0].split()[0], ["Four CVs for the bakery night shift, bound together in one PDF."])
    m = Mail(ctx, sfrom(s), [ec], "Night shift CVs", blocks, fmt="alt", atts=[Att("Night shift CVs x4.pdf", cv_pdf(ctx, ms, s.name))])
    add(ctx, m, "cvs_up_to_10", T_cv(4), "four CVs in one PDF with negated criminal/health statements", cv_count=4)


# --------------------------------------------------------------------------- relay: application forms (¶22-24)
@sc
def a_docx_four_forms(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    forms = [app_form_single(ctx, person(ctx, "wales"), "Production Operative", en) for _ in range(4)]
    blocks = std_body(ctx, s, ec[0].split()[0], ["The four application forms for the production operative posts are all in the one Word document, one per page."])
    m = Mail(ctx, sfrom(s), [ec], "Application forms x4 – production operatives", blocks, fmt="alt",
             atts=[Att("Application forms - production operatives.docx", form_docx(ctx, forms, s.name))])
    add(ctx, m, "application_forms_up_to_10", truth(contact=True, subjects=4, kinds=["application_form"]),
        "four application forms in one DOCX; age not DOB; negated health/convictions answers; referees named", form_people=4)


@sc
def a_five_couples_exactly_10(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "harbourview-hotels.co.uk")
    forms = [app_form_couple(ctx, person(ctx), person(ctx), "Live-in couple – housekeeping and maintenance", en) for _ in range(5)]
    blocks = std_body(ctx, s, ec[0].split()[0], ["Five joint applications for the live-in couple posts at the coastal sites – that's ten people in total."])
    m = Mail(ctx, sfrom(s), [ec], "Live-in couple posts – 5 joint applications", blocks, fmt="html",
             atts=[Att("Joint applications x5.docx", form_docx(ctx, forms, s.name))])
    add(ctx, m, "application_forms_up_to_10", truth(contact=True, subjects=10, kinds=["application_form_couple"]),
        "five couple forms = exactly 10 people", form_people=10)


@sc
def a_single_odt(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    fm = app_form_single(ctx, person(ctx, "wales"), "Delivery Driver", en)
    blocks = std_body(ctx, s, ec[0].split()[0], ["Application form attached – both referees have agreed to be contacted."])
    m = Mail(ctx, sfrom(s), [ec], "Application – delivery driver", blocks, fmt="alt",
             atts=[Att("Application form.odt", form_odt(ctx, fm, s.name))])
    add(ctx, m, "application_forms_up_to_10", truth(contact=True, subjects=1, kinds=["application_form"]),
        "one ODT application form; two referees named with phones", form_people=1)


@sc
def a_pdf_three_supply(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    forms = [app_form_single(ctx, person(ctx, "ne"), "Sector-based work academy – logistics", "Northstar Training",
                             health="No – nothing I need", convictions="None") for _ in range(3)]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Application forms for the three people joining the logistics academy, in one PDF."])
    m = Mail(ctx, sfrom(s), [ns], "SWAP applications", blocks, fmt="alt", atts=[Att("SWAP applications.pdf", form_pdf(ctx, forms, s.name))])
    add(ctx, m, "application_forms_up_to_10", truth(contact=True, subjects=3, kinds=["application_form"]),
        "three forms in one PDF with 'No'/'None' health and convictions answers", form_people=3)


@sc
def a_single_plus_couple(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    f1 = app_form_single(ctx, person(ctx, "ne"), "Care Assistant (days)", en)
    f2 = app_form_couple(ctx, person(ctx, "ne"), person(ctx, "ne"), "Live-in house parents", en)
    blocks = std_body(ctx, s, ec[0].split()[0], ["One application for the day care assistant post and one joint application for the house parent couple."])
    m = Mail(ctx, sfrom(s), [ec], "Applications – care assistant and house parents", blocks, fmt="html",
             atts=[Att("Application - care assistant.docx", form_docx(ctx, [f1], s.name)),
                   Att("Joint application - house parents.docx", form_docx(ctx, [f2], s.name))])
    add(ctx, m, "application_forms_up_to_10", truth(contact=True, subjects=3, kinds=["application_form", "application_form_couple"]),
        "one single + one couple form = 3 people", form_people=3)


# --------------------------------------------------------------------------- relay: letters (¶24-28)
@sc
def l_six_interview_pdf(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, _ = emp_contact(ctx, "deeside-logistics.co.uk")
    Ls = [letter_model(ctx, "interview", person(ctx, "wales"), en, ctx.future(5, 12), job="Warehouse Operative") for _ in range(6)]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Deeside's interview letters for the six on your pre-employment course – could you hand them out on Friday?"])
    m = Mail(ctx, sfrom(s), [ns], "Interview letters – Deeside recruitment", blocks, fmt="alt",
             atts=[Att("Interview letters x6.pdf", letters_pdf(ctx, Ls, s.name))])
    add(ctx, m, "letters_up_to_10", truth(contact=True, subjects=6, kinds=["letter_interview"]),
        "six interview letters in one PDF to supply chain", letters=["interview"] * 6)


@sc
def l_appointment_to_claimant(ctx):
    box = SHARED["wxm"]
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="outlook.com")
    L = letter_model(ctx, "appointment", p, "Cam Nesaf – Swyddfa Wrecsam | Wrexham Office", ctx.future(2, 8), signer=s.name)
    blocks = [("p", "Annwyl / Dear " + p.first + ","), ("p", "Please find your appointment letter attached."),
              ("p", "Diolch,\nCam Nesaf Wrecsam"), ("sig", s, "full")]
    m = Mail(ctx, box, [p.email], "Eich apwyntiad | Your appointment", blocks, fmt="html",
             atts=[Att("Appointment letter.docx", letters_docx(ctx, [L], s.name))])
    add(ctx, m, "letters_up_to_10", truth(contact=True, subjects=1, kinds=["letter_appointment"]),
        "appointment letter to the claimant it is addressed to (not a CV, consent not needed)",
        letters=["appointment"], own_addr=[p.email])


@sc
def l_offer_pasted_fwd(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    p = person(ctx, "ne")
    L = letter_model(ctx, "job_offer", p, en, ctx.future(7, 14), job="Trainee Vehicle Technician", signer=ec[0])
    q = ("quote", qmeta(ec, (s.name, s.email), "Offer letter", ctx.ago(hours=5)), [("p", "Hi, copy of the offer letter below for your records."), ("pre", letter_text(L))])
    blocks = std_body(ctx, s, ns[0].split()[0], [f"Good news – offer letter below. Can you pencil in the in-work support sessions from the start date?"],
                      quotes=[q])
    m = Mail(ctx, sfrom(s), [ns], "FW: Offer letter", blocks, fmt="alt")
    add(ctx, m, "letters_up_to_10", truth(contact=True, subjects=1, kinds=["letter_job_offer"]),
        "job offer letter pasted into a forwarded body", letters=["job_offer"])


@sc
def l_ten_appointments(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    Ls = [letter_model(ctx, "appointment", person(ctx, "ne"), "Next Step Gateshead", ctx.future(3, 12), signer=s.name) for _ in range(10)]
    blocks = std_body(ctx, s, bw[0].split()[0], ["Ten appointment letters for the joint sessions at your Felling hub – please post them out from there."])
    m = Mail(ctx, sfrom(s), [bw], "Appointment letters – joint sessions", blocks, fmt="alt",
             atts=[Att("Appointment letters.pdf", letters_pdf(ctx, Ls, s.name))])
    add(ctx, m, "letters_up_to_10", truth(contact=True, subjects=10, kinds=["letter_appointment"]),
        "exactly 10 appointment letters in one PDF", letters=["appointment"] * 10)


@sc
def l_interview_to_claimant(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    consent(p.email)
    dom, en, _ = emp_contact(ctx, "harbourview-hotels.co.uk")
    L = letter_model(ctx, "interview", p, en, ctx.future(3, 9), job="Housekeeping Assistant")
    blocks = std_body(ctx, s, p.first, [f"{en} have sent your interview letter – it's attached. Any worries, ring me."])
    m = Mail(ctx, sfrom(s), [p.email], "Your interview letter", blocks, fmt="alt",
             atts=[Att("Interview letter.pdf", letters_pdf(ctx, [L], s.name))])
    add(ctx, m, "letters_up_to_10", truth(contact=True, subjects=1, kinds=["letter_interview"]),
        "interview letter forwarded to the claimant it is addressed to", letters=["interview"])


# --------------------------------------------------------------------------- relay: lists (¶29-31, ¶36)
def list_people(ctx, n, region=None):
    ctx.names = set()
    return [person(ctx, region) for _ in range(n)]


@sc
def L_xlsx_35_nino(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    ps = list_people(ctx, 35, "wales")
    d0 = ctx.future(3, 20).date()
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Attendance"
    xlsx_fill(ws, [("Surname", "Forename", "NINO", "Course date")] + [(p.last, p.first, p.nino, fmt_date(d0)) for p in ps])
    blocks = std_body(ctx, s, ns[0].split()[0], ["Attendance list for the food hygiene courses attached."])
    m = Mail(ctx, sfrom(s), [ns], "Attendance list – food hygiene", blocks, fmt="alt", atts=[Att("attendance.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "names_list_500", truth(ninos=35, subjects=35, kinds=["name_list"]),
        "list of 35 names + NINOs + course date to supply chain", list_rows=35, list_cols=["surname", "forename", "nino", "course_date"])


@sc
def L_csv_exactly_500(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    ps = list_people(ctx, 500)
    lines = ["surname,initial,participant_ref"] + [f"{p.last},{p.first[0]},{p.cref}" for p in ps]
    blocks = std_body(ctx, s, bw[0].split()[0], ["Full list of current participants eligible for the wellbeing offer – 500 exactly this month."])
    m = Mail(ctx, sfrom(s), [bw], "Eligible participants – monthly list", blocks, fmt="alt",
             atts=[Att("eligible_participants.csv", "\n".join(lines) + "\n", "text/csv", text_cte="quoted-printable")])
    add(ctx, m, "names_list_500", truth(subjects=500, kinds=["name_list"]), "exactly 500 rows (surname, initial, ref)",
        list_rows=500, list_cols=["surname", "initial", "ref"])


@sc
def L_html_12_interviews(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    ps = list_people(ctx, 12, "ne")
    d = ctx.future(2, 6, hour=9)
    rows = [("Name", "Interview time")] + [(p.name, (d + dt.timedelta(minutes=20 * i)).strftime("%H:%M")) for i, p in enumerate(ps)]
    blocks = std_body(ctx, s, ec[0].split()[0], [f"Interview schedule for {when_words(d).split(' at ')[0]}:", ("table", rows, {"header": True})])
    m = Mail(ctx, sfrom(s), [ec], "Interview schedule", blocks, fmt="html")
    add(ctx, m, "names_list_500", truth(subjects=12, kinds=["name_list"]), "12 names with interview times in an HTML table",
        list_rows=12, list_cols=["name", "interview_time"])


@sc
def L_fixed_width_60(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    ps = list_people(ctx, 60, "ne")
    lines = [f"{'SURNAME':<16}{'FORENAME':<14}{'NINO':<12}REF"] + [f"{p.last.upper():<16}{p.first:<14}{p.nino:<12}{p.cref}" for p in ps]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Export from the case system for the enrolment check – fixed width, sorry, it's what the system gives."])
    m = Mail(ctx, sfrom(s), [ns], "Enrolment check export", blocks, fmt="alt",
             atts=[Att("ENROL_EXPORT.TXT", "\r\n".join(lines) + "\r\n", "text/plain", text_cte="7bit")])
    add(ctx, m, "names_list_500", truth(ninos=60, subjects=60, kinds=["name_list"]), "fixed-width text list, 60 rows with NINOs",
        list_rows=60, list_cols=["surname", "forename", "nino", "ref"])


@sc
def L_xlsx_hidden_ref_col(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    ps = list_people(ctx, 120)
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Group sessions"
    xlsx_fill(ws, [("Surname", "Forename", "NINO", "Internal ref", "Session")] + [(p.last, p.first, fmt_nino(p.nino, "spaced"), p.cref, pick(ctx, ["Tue am", "Thu pm"])) for p in ps])
    ws.column_dimensions["D"].hidden = True
    blocks = std_body(ctx, s, bw[0].split()[0], ["Group session list – 120 people across both sessions."])
    m = Mail(ctx, sfrom(s), [bw], "Group session list", blocks, fmt="html", atts=[Att("Group sessions.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "names_list_500", truth(ninos=120, subjects=120, kinds=["name_list"]),
        "120 names + NINOs; the hidden column holds only internal refs", list_rows=120, list_cols=["surname", "forename", "nino", "ref", "course"])


@sc
def N_csv_720_ninos(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    used = set()
    ninos = [new_nino(ctx.r, used) for _ in range(720)]
    blocks = std_body(ctx, s, bw[0].split()[0], ["NINOs only, for the reconciliation against your register – nothing else in the file."])
    m = Mail(ctx, sfrom(s), [bw], "Reconciliation file", blocks, fmt="alt",
             atts=[Att("recon.csv", "nino\n" + "\n".join(ninos) + "\n", "text/csv", text_cte="quoted-printable")])
    add(ctx, m, "nino_only_list", truth(ninos=720, subjects=720, kinds=["nino_list"]), "720 NINOs and nothing else (no limit)", nino_only=True)


@sc
def N_body_45_lower(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    used = set()
    ninos = [new_nino(ctx.r, used) for _ in range(45)]
    blocks = std_body(ctx, s, ns[0].split()[0], ["can you check these against your enrolments pls", ("pre", "\n".join(fmt_nino(n, "lower") for n in ninos))],
                      mailer="iphone")
    m = Mail(ctx, sfrom(s), [ns], "enrolment check", blocks, fmt="text", mailer="iphone")
    add(ctx, m, "nino_only_list", truth(ninos=45, subjects=45, kinds=["nino_list"]), "45 NINOs, lower case with spaces, in the body, nothing else",
        nino_only=True)


@sc
def D_xlsx_40_workcoach(ctx):
    s = staff_for(ctx, "ne")
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    ps = list_people(ctx, 40, "ne")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    xlsx_fill(ws, [("Surname", "Forename", "NINO", "Appointment date")] + [(p.last, p.first, p.nino, fmt_date(ctx.future(1, 10).date())) for p in ps])
    blocks = std_body(ctx, s, wc[0].split()[0], ["Appointments booked for your referrals this month – 40 people."])
    m = Mail(ctx, sfrom(s), [wc], "Appointments booked – your referrals", blocks, fmt="alt", atts=[Att("appointments.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "dwp_names_list", truth(ninos=40, subjects=40, kinds=["name_list"]), "list of 40 names + NINOs + appointment dates to a DWP work coach",
        list_rows=40, list_cols=["surname", "forename", "nino", "appointment_date"])


@sc
def D_csv_500_inbox(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    ps = list_people(ctx, 500)
    lines = ["Surname,Forename,NINO"] + [f"{p.last},{p.first},{p.nino}" for p in ps]
    blocks = std_body(ctx, s, None, [("p", "Good morning,"), ("p", "Monthly list of 500 names and NINOs for the WHP starts cross-check, as agreed.")])
    m = Mail(ctx, sfrom(s), [DES_DWP], "WHP starts cross-check – names and NINOs (500)", blocks, fmt="alt",
             atts=[Att("whp_starts_500.csv", "\r\n".join(lines) + "\r\n", "text/csv", text_cte="7bit")])
    add(ctx, m, "dwp_names_list", truth(ninos=500, subjects=500, kinds=["name_list"]), "500 names + NINOs to DWP (¶36: any DWP address)",
        list_rows=500, list_cols=["surname", "forename", "nino"])


@sc
def D_html_8_gsi(ctx):
    s = staff_for(ctx, "wales")
    team = ("Wrexham Partnership Team", "wrexham.partnership@dwp.gsi.gov.uk")
    ps = list_people(ctx, 8, "wales")
    rows = [("Surname", "Forename", "NINO", "Status")] + [(p.last, p.first, fmt_nino(p.nino, "spaced"), pick(ctx, ["Started", "Awaiting first appt"])) for p in ps]
    blocks = std_body(ctx, s, None, [("p", "Prynhawn da,"), ("p", "Status of this week's referrals:"), ("table", rows, {"header": True})])
    m = Mail(ctx, sfrom(s), [team], "Referral status – this week", blocks, fmt="html")
    add(ctx, m, "dwp_names_list", truth(ninos=8, subjects=8, kinds=["name_list"]), "8 names + NINOs + status in an HTML table to a dwp.gsi team",
        list_rows=8, list_cols=["surname", "forename", "nino", "status"])


# --------------------------------------------------------------------------- relay: DWP processes
@sc
def U_ucnea1_docx(ctx):
    s = staff_for(ctx, "wales")
    nea = ("NEA Team", "nea.notifications@dwp.gov.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, None, [("p", "Hello,"), ("p", "Please find attached one UCNEA1 for a business start.")])
    m = Mail(ctx, sfrom(s), [nea], "UCNEA1 – business start notification", blocks, fmt="alt",
             atts=[Att("UCNEA1.docx", lv_docx(ctx, ucnea1_rows(ctx, p), "UCNEA1", s.name))])
    add(ctx, m, "dwp_ucnea1_gns", truth(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 (label/value table) to DWP", records=1)


@sc
def U_gns_docx(ctx):
    s = next(x for x in STAFF if x.role_en == "Contract Manager")
    esf = ("ESF Good News", "esf.goodnewsstories@dwp.gov.uk")
    p = person(ctx)
    dom, en, _ = emp_contact(ctx)
    d = new_docx(ctx, s.name, "Good News Story")
    for para in gns_text(ctx, p, en, pick(ctx, ["Kitchen Assistant", "Warehouse Operative", "Sales Assistant"])).split("\n\n"):
        d.add_paragraph(para)
    blocks = std_body(ctx, s, None, [("p", "Hi,"), ("p", "One Good News Story attached for this month.")])
    m = Mail(ctx, sfrom(s), [esf], "Good News Story – Cam Nesaf", blocks, fmt="html", atts=[Att("Good News Story.docx", docx_bytes(d))])
    add(ctx, m, "dwp_ucnea1_gns", truth(subjects=1, kinds=["good_news_story"]), "one Good News Story to DWP", records=1)


@sc
def U_ucnea1_pdf_workcoach(ctx):
    s = staff_for(ctx, "ne")
    wc = dwp_person(ctx, "dwp.gsi.gov.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, wc[0].split()[0], ["UCNEA1 attached for your claimant's business start."])
    m = Mail(ctx, sfrom(s), [wc], "UCNEA1", blocks, fmt="alt", atts=[Att("UCNEA1.pdf", lv_pdf(ctx, ucnea1_rows(ctx, p), "UCNEA1", s.name))])
    add(ctx, m, "dwp_ucnea1_gns", truth(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 PDF to an individual DWP address (¶34 any DWP address)", records=1)


def dx_body(ctx, lines):
    return [("p", "Good morning,")] + [("p", x) if isinstance(x, str) else x for x in lines] + [("p", "WHP Data Exchange Team\nCam Nesaf / Llwybr Employment Group"),
                                                                   ("html", "<p class=\"MsoNormal\" style=\"font-size:8pt;color:gray\">" + esc(PRIME_DISC) + "</p>", PRIME_DISC)]


@sc
def C_exit_report(ctx):
    p = person(ctx)
    blocks = dx_body(ctx, ["Please find attached one Exit Report (WHPER1)."])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHP Exit Report – WHPER1", blocks, fmt="alt",
             atts=[Att("WHPER1.docx", lv_docx(ctx, exit_report_rows(ctx, p), "WHP Exit Report", "WHP Data Exchange"))])
    add(ctx, m, "dwp_c15_process", truth(ninos=1, subjects=1, kinds=["exit_report"]), "one Exit Report, designated inbox to designated inbox", records=1)


@sc
def C_coc_in_body(ctx):
    p = person(ctx)
    rows = coc_rows(ctx, p, "Participant has disengaged (voluntary participant)",
                    "No contact for four weeks despite calls, texts and a letter.")
    blocks = dx_body(ctx, ["WHP07 change of circumstances notification below.", ("table", rows, {"lv": True})])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHP07 – Change of Circumstances", blocks, fmt="html")
    add(ctx, m, "dwp_c15_process", truth(ninos=1, subjects=1, kinds=["change_of_circumstances"]),
        "one WHP07 as a label/value table in the HTML body, designated inboxes", records=1)


@sc
def C_compliance_pdf(ctx):
    p = person(ctx)
    blocks = dx_body(ctx, ["Compliance doubt notification attached for one LTU participant."])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHP compliance doubt", blocks, fmt="alt",
             atts=[Att("Compliance doubt.pdf", lv_pdf(ctx, compliance_rows(ctx, p, ctx.ago(days=2).replace(tzinfo=None)), "Compliance doubt", "WHP Data Exchange"))])
    add(ctx, m, "dwp_c15_process", truth(ninos=1, subjects=1, kinds=["compliance_doubt"]), "one compliance doubt form, designated inboxes", records=1)


@sc
def C_whps01_with_dob(ctx):
    p = person(ctx)
    blocks = dx_body(ctx, ["One WHPS01 self-referral form attached."])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHPS01 self-referral", blocks, fmt="alt",
             atts=[Att("WHPS01.docx", lv_docx(ctx, whps01_rows(ctx, p), "WHPS01", "WHP Data Exchange"))])
    add(ctx, m, "dwp_c15_process", truth(ninos=1, dob=True, special=["health"], contact=True, subjects=1, kinds=["whps01"]),
        "one WHPS01 with DOB, address and disability inside the record: part of the process", records=1)


@sc
def C_whp_eb_designated(ctx):
    p = person(ctx)
    blocks = dx_body(ctx, ["WHP Employment Business Customer Form attached – first salary payment is more than five days away."])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHP Employment Business Customer Form", blocks, fmt="alt",
             atts=[Att("WHP EB customer form.pdf", lv_pdf(ctx, whp_eb_rows(ctx, p, ctx.future(6, 10).date()), "WHP Employment Business Customer Form", "WHP Data Exchange"))])
    add(ctx, m, "dwp_c15_process", truth(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]),
        "one WHP EB customer form to the designated inbox", records=1)


# --------------------------------------------------------------------------- relay: forwarding a DWP record to a subcontractor (C15 ¶53)
@sc
def F_coc_forward(ctx):
    p = person(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    dwp = ("WHP Provider Notifications", "whp.notifications@dwp.gov.uk")
    inner = [("p", "Change of circumstances notification"),
             ("table", [("Participant", p.name), ("NINO", fmt_nino(p.nino, "spaced")), ("Change", "Change of address"),
                        ("New address", p.address), ("Effective", fmt_date(ctx.ago(days=5).date()))], {"lv": True})]
    q = ("quote", qmeta(dwp, DES_PROV, "WHP change of circumstances", ctx.ago(hours=6)), inner)
    blocks = [("p", f"Hi {bw[0].split()[0]},"), ("p", "Forwarding this one for your caseload."),
              ("p", "WHP Data Exchange Team"), q]
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [bw], "FW: WHP change of circumstances", blocks, fmt="html")
    add(ctx, m, "forward_subcontractor", truth(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]),
        "one DWP change-of-circumstances record forwarded to an approved subcontractor", fwd_record=1)


@sc
def F_prap_referral_eml(ctx):
    p = person(ctx, "wales")
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    inner = inner_message(ctx, ("PRaP Referrals", "prap.referrals@dwp.gov.uk"), [DES_PROV], f"New WHP referral {p.ref}", ctx.ago(days=1),
                          [("p", "A new referral has been made to your organisation."),
                           ("table", [("Referral ID", p.ref), ("Name", p.name), ("NINO", p.nino), ("Address", p.address),
                                      ("Telephone", p.landline), ("Job preferences", "Warehouse / driving"), ("Preferred hours", "Full time")], {"lv": True})])
    blocks = std_body(ctx, s, ns[0].split()[0], ["Referral attached – can you get them booked on the next forklift intake? It's the original DWP email."])
    m = Mail(ctx, sfrom(s), [ns], "FW: New WHP referral", blocks, fmt="alt", atts=[Att(f"New WHP referral {p.ref}.eml", inner, "message/rfc822")])
    add(ctx, m, "forward_subcontractor", truth(ninos=1, contact=True, subjects=1), "one PRaP referral forwarded as an attached .eml", fwd_record=1)


@sc
def F_sickness_in_record(ctx):
    p = person(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    dwp = ("WHP Provider Notifications", "whp.notifications@dwp.gov.uk")
    a = ctx.ago(days=20).date()
    inner = [("p", "Notification: Period of sickness (restrictions and duration)"),
             ("table", [("Participant", p.name), ("NINO", p.nino), ("Notification", "Period of sickness"),
                        ("From", fmt_date(a)), ("To", fmt_date(a + dt.timedelta(days=14))), ("Restrictions", "No attendance required during this period")], {"lv": True})]
    q = ("quote", qmeta(dwp, DES_PROV, "WHP notification", ctx.ago(hours=3)), inner)
    blocks = [("p", "Hi,"), ("p", "Passing on for your records."), ("p", "WHP Data Exchange"), q]
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [bw], "FW: WHP notification", blocks, fmt="alt")
    add(ctx, m, "forward_subcontractor", truth(ninos=1, special=["health"], subjects=1, kinds=["change_of_circumstances"]),
        "one DWP record forwarded whole; the sickness period is inside the record", fwd_record=1)


# --------------------------------------------------------------------------- relay: already encrypted
def smime_top(ctx, n):
    return Part("application/pkcs7-mime", ["smime-type=enveloped-data", 'name="smime.p7m"'],
                ['Content-Disposition: attachment;\n\tfilename="smime.p7m"'], body=b64lines(smime_enveloped(ctx, "Llwybr Employment Group", n)), cte="base64")


@sc
def E_smime_employer(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    m = Mail(ctx, sfrom(s), [ec], "Documents for new starter", raw_top=smime_top(ctx, 40000))
    add(ctx, m, "already_encrypted", T0(), "S/MIME enveloped-data message", encrypted=True)


@sc
def E_pgp_mime(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    top = Part("multipart/encrypted", ['protocol="application/pgp-encrypted"'], parts=[
        Part("application/pgp-encrypted", [], ["Content-Description: PGP/MIME version identification"], body="Version: 1\n", cte="7bit"),
        Part("application/octet-stream", ['name="encrypted.asc"'], ["Content-Description: OpenPGP encrypted message",
                                                                  'Content-Disposition: inline;\n\tfilename="encrypted.asc"'],
             body=pgp_armor(ctx, 6000), cte="7bit")], boundary="------------" + ctx.uuid().replace("-", "")[:24])
    m = Mail(ctx, sfrom(s), [bw], "Referral", raw_top=top, mailer="crm")
    add(ctx, m, "already_encrypted", T0(), "PGP/MIME multipart/encrypted", encrypted=True)


@sc
def E_inline_pgp(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    m = Mail(ctx, sfrom(s), [ns], "Case notes", raw_top=text_part(pgp_armor(ctx, 2500), "plain", "7bit"), mailer="crm")
    add(ctx, m, "already_encrypted", T0(), "inline PGP armour as the whole body", encrypted=True)


@sc
def E_smime_dwp(ctx):
    s = next(x for x in STAFF if x.role_en == "Compliance Officer")
    pm = dwp_person(ctx, "dwp.gov.uk")
    m = Mail(ctx, sfrom(s), [pm], "Information requested", raw_top=smime_top(ctx, 90000))
    add(ctx, m, "already_encrypted", T0(), "S/MIME enveloped-data to DWP", encrypted=True)


# --------------------------------------------------------------------------- encrypt: special categories (¶32, ¶26)
@sc
def s_operation_lay(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ns[0].split()[0], [f"{p.name} can't do the manual handling part of the forklift course this month – {p.he} had "
                                                 f"{p.his} gallbladder out three weeks ago and the hospital said no lifting for six weeks.",
                                                 "Can we move them to next month's intake?"])
    m = Mail(ctx, sfrom(s), [ns], "Forklift course – move to next intake", blocks, fmt="html")
    add(ctx, m, "encrypt_special_category", truth(special=["health"], subjects=1), "a named person's operation in lay words")


@sc
def s_methadone_notes(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    d = new_docx(ctx, s.name, "Case review notes")
    d.add_heading("Joint case review – notes", 1)
    docx_table(d, [("Participant", p.name), ("Date", fmt_date(ctx.ago(days=1).date())), ("Present", f"{s.name} (Next Step), {bw[0]} (Bridgeway)")], lv=True)
    d.add_paragraph(f"{p.first} is on a methadone script and picks up daily from the chemist on Front Street, so appointments "
                    f"need to be after 11am. {p.he.capitalize()} has been stable for four months and wants to try the warehouse taster day.")
    d.add_paragraph("Actions: Bridgeway to continue weekly sessions; Next Step to book taster day for a Thursday.")
    blocks = std_body(ctx, s, bw[0].split()[0], ["Notes from this morning attached – can you check I've got your actions right?"])
    m = Mail(ctx, sfrom(s), [bw], "Case review notes", blocks, fmt="alt", atts=[Att("Case review notes.docx", docx_bytes(d))])
    add(ctx, m, "encrypt_special_category", truth(special=["substance"], subjects=1), "case notes DOCX: named person on a methadone script")


@sc
def s_probation_officer(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    p = person(ctx, "ne")
    po = ctx.f.name()
    blocks = std_body(ctx, s, ec[0].split()[0], [
        f"About {p.name} for the night shift – {p.he} is out on licence after an 18-month sentence and {p.his} probation officer, "
        f"{po}, is happy for {p.him} to work nights as long as {p.he} can make {p.his} Monday appointments.",
        f"{po} said you can ring the probation office if you want to talk it through."])
    m = Mail(ctx, sfrom(s), [ec], "Night shift – candidate", blocks, fmt="html")
    add(ctx, m, "encrypt_special_category", truth(special=["criminal"], subjects=1),
        "criminal record (licence, sentence); the probation officer is named but is not a data subject")


@sc
def s_religion_practice(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, ec[0].split()[0], [
        f"Quick one about shifts for {p.name} – {p.he} goes to Friday prayers at the mosque at 1pm, so could Fridays be an early "
        f"finish? {p.he.capitalize()} will also be fasting during Ramadan next month and asked whether a short break at sunset would be possible.",
        "Otherwise any pattern is fine."])
    m = Mail(ctx, sfrom(s), [ec], "Shift pattern – new starter", blocks, fmt="alt")
    add(ctx, m, "encrypt_special_category", truth(special=["religion"], subjects=1), "religion shown as a practice (Friday prayers, fasting) for a named person")


@sc
def s_mental_health_deep_thread(ctx):
    s = staff_for(ctx, "wales")
    s2 = pick(ctx, [x for x in WELSH_STAFF if x is not s])
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    p = person(ctx, "wales")
    m3 = ("quote", qmeta((s2.name, s2.email), (s.name, s.email), f"{p.first}", ctx.ago(days=6)),
          [("p", f"Heads up – {p.name} rang to say {p.he}'s been signed off by the GP with anxiety and depression for two weeks, "
                 f"so won't make Tuesday. {p.he.capitalize()}'s still keen on the bakery job. {s2.first}")])
    m2 = ("quote", qmeta((s.name, s.email), (s2.name, s2.email), f"RE: {p.first}", ctx.ago(days=5)),
          [("p", "Thanks, I'll let the bakery know we need to move the trial."), m3])
    m1 = ("quote", qmeta(ec, (s.name, s.email), "Work trial dates", ctx.ago(days=2)),
          [("p", "Hi, can you let me know new dates for the work trial? Thanks"), m2])
    blocks = std_body(ctx, s, ec[0].split()[0], [f"Sorry for the delay – {p.first} could do the trial from the 20th. See below for background."],
                      quotes=[m1])
    m = Mail(ctx, sfrom(s), [ec], "RE: Work trial dates", blocks, fmt="html")
    add(ctx, m, "encrypt_special_category", truth(special=["mental_health"], subjects=1),
        "mental health detail three messages down a forwarded thread to an employer")


@sc
def s_cv_epilepsy(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    ms = [cv_model(ctx, person(ctx, "wales"), sector="food") for _ in range(2)]
    ms.append(cv_model(ctx, person(ctx, "wales"), sector="food",
                       extras=[("@profile", "I have epilepsy, which is well controlled with medication (lamotrigine), and I have not had a seizure for three years.")]))
    atts = [Att(f"CV {m_['name']}.docx", cv_docx(ctx, [m_], s.name)) for m_ in ms]
    blocks = std_body(ctx, s, ec[0].split()[0], ["Three CVs for the packing line."])
    m = Mail(ctx, sfrom(s), [ec], "CVs – packing line", blocks, fmt="alt", atts=atts)
    add(ctx, m, "encrypt_special_category", T_cv(3, special=["health"]), "three CVs; one states a condition and medication – CV exemption fails (¶32)",
        cv_count=3)


@sc
def s_form_diabetes(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    fm = app_form_single(ctx, person(ctx, "ne"), "Care Assistant", en,
                         health="I have Type 1 diabetes and inject insulin – I need to be able to eat at regular times and keep snacks with me.")
    blocks = std_body(ctx, s, ec[0].split()[0], ["Application form attached."])
    m = Mail(ctx, sfrom(s), [ec], "Application – care assistant", blocks, fmt="alt", atts=[Att("Application form.docx", form_docx(ctx, [fm], s.name))])
    add(ctx, m, "encrypt_special_category", truth(special=["health"], contact=True, subjects=1, kinds=["application_form"]),
        "application form with a health condition in the adjustments answer", form_people=1)


@sc
def s_form_ethnicity(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "harbourview-hotels.co.uk")
    fm = app_form_single(ctx, person(ctx, "wales"), "Housekeeping Assistant", en,
                         extra_rows=[("Equal opportunities – ethnic group", "White – Gypsy or Irish Traveller")])
    blocks = std_body(ctx, s, ec[0].split()[0], ["Completed application attached (your form includes the equal opps section)."])
    m = Mail(ctx, sfrom(s), [ec], "Application – housekeeping", blocks, fmt="html", atts=[Att("Harbourview application.pdf", form_pdf(ctx, [fm], s.name))])
    add(ctx, m, "encrypt_special_category", truth(special=["ethnicity"], contact=True, subjects=1, kinds=["application_form"]),
        "application form PDF with ethnic group filled in", form_people=1)


@sc
def s_letters_hearing(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, _ = emp_contact(ctx, "wearside-motors.co.uk")
    Ls = [letter_model(ctx, "interview", person(ctx, "ne"), en, ctx.future(4, 10), job="Valeter") for _ in range(3)]
    Ls.insert(1, letter_model(ctx, "interview", person(ctx, "ne"), en, ctx.future(4, 10), job="Valeter",
                              extra_para="We know about your hearing impairment and have booked a BSL interpreter for the interview."))
    blocks = std_body(ctx, s, ns[0].split()[0], ["Interview letters for the four on the valeting course."])
    m = Mail(ctx, sfrom(s), [ns], "Interview letters – valeting", blocks, fmt="alt", atts=[Att("Interview letters.pdf", letters_pdf(ctx, Ls, s.name))])
    add(ctx, m, "encrypt_special_category", truth(special=["health"], contact=True, subjects=4, kinds=["letter_interview"]),
        "four interview letters, one mentions a hearing impairment", letters=["interview"] * 4)


@sc
def s_care_need(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"Before {p.name}'s trial day – {p.he} has a support worker with {p.him} for personal care, "
                                                 "so could they both have a visitor pass? The support worker will wait in the canteen."])
    m = Mail(ctx, sfrom(s), [ec], "Trial day – visitor pass", blocks, fmt="html")
    add(ctx, m, "encrypt_special_category", truth(special=["health"], subjects=1), "a named person's care need (personal care support worker)")


@sc
def s_medication_phone(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "ne")
    txt = f"hi {ns[0].split()[0]} - {p.name} is on sertraline n gets drowsy first thing so can u put {p.him} on the afternoon group? ta"
    m = Mail(ctx, sfrom(s), [ns], "afternoon group", [("p", txt), ("sig", s, "android")], fmt="text", mailer="android")
    add(ctx, m, "encrypt_special_category", truth(special=["mental_health", "health"], subjects=1), "medication named for a named person, sent from a phone")


@sc
def s_sexual_orientation(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, bw[0].split()[0], [f"Referral for {p.name} for the confidence course. {p.first} came out as gay last year and was "
                                                 "bullied at the last job, which is a big part of why the confidence has gone. Happy to talk on the phone."])
    m = Mail(ctx, sfrom(s), [bw], "Confidence course referral", blocks, fmt="alt")
    add(ctx, m, "encrypt_special_category", truth(special=["sexual_orientation"], subjects=1), "sexual orientation of a named person")


@sc
def s_trade_union(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.name} has asked me to let you know {p.he}'s a GMB member and would like {p.his} rep at the review meeting on Friday."])
    m = Mail(ctx, sfrom(s), [ec], "Review meeting Friday", blocks, fmt="alt")
    add(ctx, m, "encrypt_special_category", truth(special=["trade_union"], subjects=1), "trade union membership of a named person")


@sc
def s_newsletter_named_story(ctx):
    s = next(x for x in STAFF if x.role_en == "Wellbeing Coordinator")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    emps = [emp_contact(ctx, d)[2] for d in ["harbourview-hotels.co.uk", "menai-bakery.co.uk"]]
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, None, [
        ("html", '<p class="MsoNormal"><b>Straeon Llwyddiant | Success stories – Spring</b></p>', "Straeon Llwyddiant | Success stories – Spring"),
        ("p", "Helo bawb,"),
        ("p", "Job starts are up 20% on last spring and the employer breakfast in Rhyl was a sell-out."),
        ("p", f"Story of the month: {p.first} {p.last} from {p.town}, who came to us after eight years in recovery from heroin "
              f"addiction, started as a kitchen porter at Harbourview Hotels in March and has just been made permanent. "
              f"\"I never thought anyone would give me a chance,\" says {p.first}."),
        ("p", "Mental Health Awareness Week events are on the shared calendar.")])
    m = Mail(ctx, sfrom(s), [ns, bw], "Straeon Llwyddiant | Success stories – Spring", blocks, bcc=emps, fmt="html")
    add(ctx, m, "encrypt_special_category", truth(special=["substance"], subjects=1),
        "newsletter format, but names an identifiable person's addiction recovery; employers in Bcc")


@sc
def s_ics_cpn(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "wales")
    start = london(ctx.future(3, 9, hour=11))
    cal = ics(ctx, f"Review – {p.name}", start, 45, "Bangor office, room 2",
              f"Three-way review with {p.first}. The community psychiatric nurse will join to talk about managing the psychosis "
              "symptoms alongside the work trial.", (s.name, s.email), [bw])
    blocks = std_body(ctx, s, bw[0].split()[0], ["Invite for the three-way review – details in the invite."])
    m = Mail(ctx, sfrom(s), [bw], "Review meeting", blocks, fmt="alt", atts=[Att("invite.ics", cal, "text/calendar", text_cte="quoted-printable", method="REQUEST")])
    add(ctx, m, "encrypt_special_category", truth(special=["mental_health"], subjects=1), "calendar invite: a named person's psychosis and CPN in the description")


@sc
def s_crm_x_headers(ctx):
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    hdr = [f"X-CaseTrack-Participant: {p.name} ({p.cref})", "X-CaseTrack-Tags: mental-health; alcohol-misuse; housing",
           "X-CaseTrack-Event: case-note-added"]
    blocks = [("p", "A case note has been added for a participant you share with Next Step North East."),
              ("p", "Log in to CaseTrack to read it. Do not reply to this message."), ("p", "CaseTrack – Next Step North East")]
    m = Mail(ctx, ("CaseTrack", f"casetrack-noreply@{INTERNAL}"), [bw], "CaseTrack: new case note", blocks, fmt="text", mailer="crm",
             extra_headers=hdr)
    add(ctx, m, "encrypt_special_category", truth(special=["mental_health", "substance"], subjects=1),
        "body says nothing; the CRM's custom X- headers name the person and tag mental health and alcohol misuse")


@sc
def s_tracker_barriers(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    ps = list_people(ctx, 22, "ne")
    barriers = ["Depression", "Anxiety", "Alcohol misuse", "Ex-offender", "Back injury", "None disclosed", "PTSD", "Cannabis use"]
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Caseload"
    xlsx_fill(ws, [("Surname", "Forename", "Ref", "Main barrier")] + [(p.last, p.first, p.cref, barriers[i] if i < len(barriers) else pick(ctx, barriers))
                                                                 for i, p in enumerate(ps)])
    blocks = std_body(ctx, s, bw[0].split()[0], ["Here's the shared caseload tracker with the barriers column updated."])
    m = Mail(ctx, sfrom(s), [bw], "Shared caseload tracker", blocks, fmt="alt", atts=[Att("Shared caseload.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "encrypt_special_category", truth(special=["mental_health", "substance", "criminal", "health"], subjects=22, kinds=["name_list"]),
        "list of 22 names with a barriers column (depression, alcohol, ex-offender)", list_rows=22, list_cols=["surname", "forename", "ref", "barrier"])


@sc
def s_dwp_covering_text(ctx):
    p = person(ctx)
    blocks = dx_body(ctx, [f"Compliance doubt attached. For context, {p.first} told the adviser on the phone that {p.he} has been struggling "
                           "with {0} mental health since a bereavement, so please bear that in mind.".format(p.his)])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHP compliance doubt", blocks, fmt="alt",
             atts=[Att("Compliance doubt.docx", lv_docx(ctx, compliance_rows(ctx, p, ctx.ago(days=3).replace(tzinfo=None)), "Compliance doubt", "WHP Data Exchange"))])
    add(ctx, m, "encrypt_special_category", truth(ninos=1, special=["mental_health"], subjects=1, kinds=["compliance_doubt"]),
        "one C15 record via designated inboxes, but the covering text adds mental health (not part of the process)",
        records=1, extra=["special"])


@sc
def s_negation_and_ms(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.name} for the office role: no criminal record and happy to have a DBS. {p.he.capitalize()} "
                                                 "has multiple sclerosis, so would need a desk near the lift and a later start on bad days."])
    m = Mail(ctx, sfrom(s), [ec], "Office administrator – candidate", blocks, fmt="html")
    add(ctx, m, "encrypt_special_category", truth(special=["health"], subjects=1), "negated criminal record next to an affirmed condition (MS)")


# --------------------------------------------------------------------------- encrypt: NINOs (¶33)
@sc
def i_lower_spaced(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ns[0].split()[0], [f"{p.name} for the CSCS – nat ins is {fmt_nino(p.nino, 'lower')} for the card application."],
                      mailer="iphone")
    m = Mail(ctx, sfrom(s), [ns], "cscs card", blocks, fmt="text", mailer="iphone")
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "NINO written lower case with spaces ('nat ins')")


@sc
def i_split_line(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"Details for payroll for {p.name}, starting Monday:\nNI no: {fmt_nino(p.nino, 'split')}\nStart: 8am"])
    m = Mail(ctx, sfrom(s), [ec], "Payroll set-up – new starter", blocks, fmt="text", text_cte="7bit" if False else None)
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "NINO split over a line break, to an employer for payroll (¶27)")


@sc
def i_subject(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, bw[0].split()[0], [f"Yes, {p.first} attended on Tuesday – thanks for checking."])
    m = Mail(ctx, sfrom(s), [bw], f"RE: {p.nino} attendance", blocks, fmt="html")
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "NINO in the subject line")


@sc
def i_filename(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ec[0].split()[0], ["CV attached for the production operative role."])
    m = Mail(ctx, sfrom(s), [ec], "CV – production operative", blocks, fmt="alt",
             atts=[Att(f"CV_{p.nino}.pdf", cv_pdf(ctx, [cv_model(ctx, p, sector="food")], s.name))])
    add(ctx, m, "encrypt_nino", T_cv(1, ninos=1), "an otherwise clean CV whose file name is the NINO", cv_count=1)


@sc
def i_acroform(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    pdf = PDF(ctx, "Course application", "Northstar Training", creator="Adobe Acrobat Pro")
    pdf.page()
    pdf.h("Northstar Training – Course application / Cais am gwrs", 14)
    for lab in ["Full name", "National Insurance number", "Address", "Contact no.", "Course"]:
        pdf.para(lab + ":", 11, "B")
        pdf.p.ln(4)
    base = pdf.bytes()
    ys = [254, 236, 218, 200, 182]
    vals = [p.name, fmt_nino(p.nino, "spaced"), p.address, p.mobile, "Counterbalance forklift (3 days)"]
    fields = [(f"field{i+1}", [90, y, 540, y + 16], v) for i, (y, v) in enumerate(zip(ys, vals))]
    data = pdf_with_fields(base, fields, ctx.key)
    blocks = std_body(ctx, s, ns[0].split()[0], ["Completed application attached – I filled it in with them on the screen."])
    m = Mail(ctx, sfrom(s), [ns], "Course application", blocks, fmt="alt", atts=[Att("Course application form.pdf", data)])
    add(ctx, m, "encrypt_nino", truth(ninos=1, contact=True, subjects=1, kinds=["application_form"]),
        "fillable PDF: name, NINO, address exist only as AcroForm field values", form_people=1)


@sc
def i_nested_eml(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    s2 = pick(ctx, [x for x in NE_STAFF if x is not s])
    p = person(ctx, "ne")
    inner = inner_message(ctx, sfrom(s2), [sfrom(s)], f"{p.first} – details", ctx.ago(days=2),
                          [("p", f"{p.name}, N.I. {fmt_nino(p.nino, 'mid')}, starting the 14th. {s2.first}")])
    blocks = std_body(ctx, s, ec[0].split()[0], ["Details you asked for are in the attached email."])
    m = Mail(ctx, sfrom(s), [ec], "FW: new starter details", blocks, fmt="alt", atts=[Att("new starter details.eml", inner, "message/rfc822")])
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "NINO ('N.I.') inside an attached message")


@sc
def i_deep_thread(ctx):
    s = staff_for(ctx, "ne")
    s2 = pick(ctx, [x for x in NE_STAFF if x is not s])
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "ne")
    m4 = ("quote", qmeta((s2.name, s2.email), (s.name, s.email), "CSCS test", ctx.ago(days=9)),
          [("p", f"{s.first} – {p.first} {p.last} wants to book the CSCS test. {p.his.capitalize()} Nat Ins is "
                 f"{fmt_nino(p.nino, 'spaced')} if the test centre needs it. {s2.first}")])
    m3 = ("quote", qmeta((s.name, s.email), ns, "FW: CSCS test", ctx.ago(days=8)),
          [("p", f"Hi {ns[0].split()[0]}, can you book this one in? See below."), m4])
    m2 = ("quote", qmeta(ns, (s.name, s.email), "RE: FW: CSCS test", ctx.ago(days=6)),
          [("p", "Booked for the 14th, 10am, Gateshead test centre."), m3])
    m1 = ("quote", qmeta((s.name, s.email), ns, "RE: RE: FW: CSCS test", ctx.ago(days=1)),
          [("p", "Thanks – did the confirmation come through?"), m2])
    blocks = std_body(ctx, s, ns[0].split()[0], ["Sorry to chase again – could you resend the confirmation? They've lost it."], quotes=[m1])
    m = Mail(ctx, sfrom(s), [ns], "RE: RE: RE: FW: CSCS test", blocks, fmt="html")
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "NINO ('Nat Ins') in the fourth message of a long Outlook thread")


@sc
def i_one_person_to_dwp(ctx):
    s = staff_for(ctx, "wales")
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, wc[0].split()[0], [f"Could you check the NI number you have for {p.name}? We have {p.nino} but PRaP won't match it."])
    m = Mail(ctx, sfrom(s), [wc], "NI number query", blocks, fmt="alt")
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "one name + NINO to a DWP work coach: not a list, not one name only")


@sc
def i_html_table_label(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "ne")
    rows = [("Name", p.name), ("NI no", fmt_nino(p.nino, "plain")), ("Course", "Food Hygiene Level 2"), ("Date", fmt_date(ctx.future(3, 9).date()))]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Booking below please:", ("table", rows, {"lv": True})])
    m = Mail(ctx, sfrom(s), [ns], "Booking – food hygiene", blocks, fmt="html")
    add(ctx, m, "encrypt_nino", truth(ninos=1, subjects=1), "NINO under 'NI no' in an Outlook HTML table")


# --------------------------------------------------------------------------- encrypt: DOB and bank details
@sc
def b_dob_words(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"For the van insurance: {p.name} was born on {fmt_date(p.dob, 'words')} and has held a full licence for six years."])
    m = Mail(ctx, sfrom(s), [ec], "Van insurance – new driver", blocks, fmt="alt")
    add(ctx, m, "encrypt_dob_bank", truth(dob=True, subjects=1), "date of birth written in words in prose")


@sc
def b_dob_iso_form(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    p = person(ctx, "ne")
    fm = app_form_single(ctx, p, "Bar and Floor Staff", en, extra_rows=[("Date of birth (YYYY-MM-DD)", fmt_date(p.dob, "iso"))], age=False)
    blocks = std_body(ctx, s, ec[0].split()[0], ["Completed application attached – your form asks for the date of birth, so it's filled in."])
    m = Mail(ctx, sfrom(s), [ec], "Application – bar staff", blocks, fmt="html", atts=[Att("Application.docx", form_docx(ctx, [fm], s.name))])
    add(ctx, m, "encrypt_dob_bank", truth(dob=True, contact=True, subjects=1, kinds=["application_form"]),
        "application form with ISO date of birth (¶23: age yes, DOB no)", form_people=1)


@sc
def b_sort_code_odd(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    sc_ = f"{ctx.r.randint(10, 99)} {ctx.r.randint(10, 99)} {ctx.r.randint(10, 99)}"
    ac = f"{ctx.r.randint(1000, 9999)} {ctx.r.randint(1000, 9999)}"
    blocks = std_body(ctx, s, ns[0].split()[0], [f"Travel refund for {p.name} for the three course days – £18.60. Bank: s/c {sc_} acc {ac}."],
                      mailer="iphone")
    m = Mail(ctx, sfrom(s), [ns], "travel refund", blocks, fmt="text", mailer="iphone")
    add(ctx, m, "encrypt_dob_bank", truth(bank=True, subjects=1), "sort code and account number in an odd spaced layout")


@sc
def b_iban(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    p = person(ctx, "ne")
    ib = iban_gb("XMPL", f"{ctx.r.randint(100000, 999999)}", f"{ctx.r.randint(10000000, 99999999)}")
    assert iban_ok(ib)
    ibs = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.name} has given me the bank details for wages as you asked: IBAN {ibs}."])
    m = Mail(ctx, sfrom(s), [ec], "Wages – bank details", blocks, fmt="html")
    add(ctx, m, "encrypt_dob_bank", truth(bank=True, subjects=1), "IBAN (valid checksum, made-up bank code) for a named person")


@sc
def b_card_number(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    card = luhn_complete("4" + str(ctx.r.randint(10000, 99999)))
    cs = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    blocks = std_body(ctx, s, ns[0].split()[0], [f"{p.name} paid the £40 deposit for the CSCS test by card – can the refund go back to the same card: {cs}, exp 09/27?"])
    m = Mail(ctx, sfrom(s), [ns], "Deposit refund", blocks, fmt="alt")
    add(ctx, m, "encrypt_dob_bank", truth(bank=True, subjects=1), "payment card number (Luhn valid) for a named person")


@sc
def b_dob_in_cv(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    ps = [person(ctx, "ne") for _ in range(3)]
    ms = [cv_model(ctx, ps[0], sector="care"), cv_model(ctx, ps[1], sector="care", extras=[("Date of birth", fmt_date(ps[1].dob, "dmy"))]),
          cv_model(ctx, ps[2], sector="care")]
    blocks = std_body(ctx, s, ec[0].split()[0], ["Three CVs for the night care assistant posts, in one PDF."])
    m = Mail(ctx, sfrom(s), [ec], "Night care assistant CVs", blocks, fmt="alt", atts=[Att("CVs.pdf", cv_pdf(ctx, ms, s.name))])
    add(ctx, m, "encrypt_dob_bank", T_cv(3, dob=True), "three CVs, one with a date of birth", cv_count=3)


@sc
def b_hidden_bank_sheet(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Claim"
    xlsx_fill(ws, [("Participant", "Date", "Journey", "Amount")] + [(p.name, fmt_date(ctx.ago(days=d).date()), "Rhyl – Wrexham return", "£9.30") for d in (2, 4, 9)])
    hs = wb.create_sheet("Payee")
    xlsx_fill(hs, [("Name", "Sort code", "Account no."), (p.name, f"{ctx.r.randint(10, 99)}-{ctx.r.randint(10, 99)}-{ctx.r.randint(10, 99)}", str(ctx.r.randint(10000000, 99999999)))])
    hs.sheet_state = "hidden"
    blocks = std_body(ctx, s, ns[0].split()[0], ["Travel claim attached for the course days."])
    m = Mail(ctx, sfrom(s), [ns], "Travel claim", blocks, fmt="alt", atts=[Att("Travel claim.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "encrypt_dob_bank", truth(bank=True, subjects=1), "bank details only on a hidden sheet of a travel claim")


# --------------------------------------------------------------------------- encrypt: benefit payments, children (¶30, ¶32)
@sc
def k_uc_sanction(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, bw[0].split()[0], [f"{p.name} won't make Thursday – {p.his} Universal Credit was cut by £92.40 this month after a "
                                                 "sanction for a missed Jobcentre appointment, so there's no money for the bus. Could you do a phone session instead?"])
    m = Mail(ctx, sfrom(s), [bw], "Thursday session", blocks, fmt="alt")
    add(ctx, m, "encrypt_benefit_children", truth(benefit=True, subjects=1), "named person's UC sanction amount")


@sc
def k_children_words(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    p = person(ctx, "wales")
    k1, k2 = ctx.f.first_name(), ctx.f.first_name()
    a1, a2 = ctx.r.randint(5, 9), ctx.r.randint(2, 4)
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.name} would love the packing job but needs school hours – {p.he}'s got two kids, {k1} who's "
                                                 f"{NUM_WORDS[a1]} and {k2} who's {NUM_WORDS[a2]}, so 9:30 to 2:30 would be ideal."])
    m = Mail(ctx, sfrom(s), [ec], "Part-time hours", blocks, fmt="html")
    add(ctx, m, "encrypt_benefit_children", truth(children=True, subjects=1), "children named with their ages in words")


@sc
def k_housing_benefit(ctx):
    s = staff_for(ctx, "wales")
    hp = ext_contact(ctx, "cartref-housing.org.uk")[:2]
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, hp[0].split()[0], [f"Further to our call about {p.name}'s tenancy – {p.his} Housing Benefit is £412.50 a month and will be "
                                                 "paid direct to you from next month, so the arrears plan should work."])
    m = Mail(ctx, sfrom(s), [hp], "Tenancy – payment plan", blocks, fmt="alt")
    add(ctx, m, "encrypt_benefit_children", truth(benefit=True, subjects=1), "Housing Benefit amount to a housing provider")


@sc
def k_childcare_form(ctx):
    s = staff_for(ctx, "ne")
    nur = ext_contact(ctx, "little-acorns-nursery.co.uk")[:2]
    p = person(ctx, "ne")
    k1, k2 = ctx.f.first_name(), ctx.f.first_name()
    rows = [("Parent / carer", p.name), ("Child 1", f"{k1} (age 3)"), ("Child 2", f"{k2} (age 1)"),
            ("Sessions needed", "Mon–Thu 8:30–3:00 from the start of the job"), ("Invoices to", "Parent directly, monthly")]
    blocks = std_body(ctx, s, nur[0].split()[0], ["Childcare request for a parent starting work next month:", ("table", rows, {"lv": True})])
    m = Mail(ctx, sfrom(s), [nur], "Childcare places – new starter", blocks, fmt="html")
    add(ctx, m, "encrypt_benefit_children", truth(children=True, subjects=1), "nursery request: children's names and ages in a table")


@sc
def k_better_off_xlsx(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "wales")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Better off calc"
    xlsx_fill(ws, [("Item", "Now (monthly)", "In work (monthly)"), ("Participant", p.name, ""), ("Universal Credit award", "£823.41", "£402.16"),
                   ("PIP daily living (standard)", "£317.20", "£317.20"), ("Wages (net)", "£0.00", "£1,104.00"), ("Total", "£1,140.61", "£1,823.36")])
    blocks = std_body(ctx, s, bw[0].split()[0], ["Better-off calculation for the money advice session attached."])
    m = Mail(ctx, sfrom(s), [bw], "Better-off calculation", blocks, fmt="alt", atts=[Att(f"Better off - {p.last}.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "encrypt_benefit_children", truth(benefit=True, subjects=1), "spreadsheet with a named person's UC and PIP amounts")


# --------------------------------------------------------------------------- encrypt: more than one name (¶18)
@sc
def y_contact_no(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    p = person(ctx, "ne")
    rows = [("Candidate", p.name), ("Contact no.", p.mobile), ("Available", "Immediately")]
    blocks = std_body(ctx, s, ec[0].split()[0], ["Candidate for the picker role – feel free to ring them directly:", ("table", rows, {"lv": True})])
    m = Mail(ctx, sfrom(s), [ec], "Picker role – candidate", blocks, fmt="html")
    add(ctx, m, "encrypt_beyond_name", truth(contact=True, subjects=1), "one name + mobile under 'Contact no.'")


@sc
def y_address_prose(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ns[0].split()[0], [f"Could the minibus pick up {p.name} on the way to the course? {p.he.capitalize()} lives at "
                                                 f"{p.house} {p.street}, {p.town}, just past the chapel."])
    m = Mail(ctx, sfrom(s), [ns], "Minibus pick-up", blocks, fmt="alt")
    add(ctx, m, "encrypt_beyond_name", truth(contact=True, subjects=1), "one name + home address written in prose")


@sc
def y_personal_email(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    dom, en, ec = emp_contact(ctx, "harbourview-hotels.co.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"You can email {p.name} directly about the rota on {p.email}."])
    m = Mail(ctx, sfrom(s), [ec], "Rota for new starter", blocks, fmt="html")
    add(ctx, m, "encrypt_beyond_name", truth(contact=True, subjects=1), "one name + personal email address")


@sc
def y_cv_with_dwp_cc(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"CV attached for the commis chef role – I've copied in {wc[0].split()[0]}, the work coach, so they know it's gone."])
    m = Mail(ctx, sfrom(s), [ec], "CV – commis chef", blocks, cc=[wc], fmt="alt",
             atts=[Att(f"CV {p.name}.docx", cv_docx(ctx, [cv_model(ctx, p, sector="hospitality")], s.name))])
    add(ctx, m, "encrypt_beyond_name", T_cv(1), "one CV to an employer with a DWP work coach in Cc: CV exemption does not cover DWP", cv_count=1)


@sc
def y_postcode_subject(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    blocks = std_body(ctx, s, bw[0].split()[0], ["Can one of your team do the home visit on Thursday afternoon? Thanks."], mailer="android")
    m = Mail(ctx, sfrom(s), [bw], f"Home visit – {p.name}, {p.postcode}", blocks, fmt="html", mailer="android")
    add(ctx, m, "encrypt_beyond_name", truth(contact=True, subjects=1), "name and home postcode in the subject line")


@sc
def y_cv_to_dwp(ctx):
    s = staff_for(ctx, "wales")
    wc = dwp_person(ctx, "dwp.gov.uk")
    p = person(ctx, "wales")
    blocks = std_body(ctx, s, wc[0].split()[0], [f"{p.first}'s CV for the sector-based work academy, as requested."])
    m = Mail(ctx, sfrom(s), [wc], "CV for SWAP", blocks, fmt="alt",
             atts=[Att("CV.pdf", cv_pdf(ctx, [cv_model(ctx, p, sector="retail")], s.name))])
    add(ctx, m, "encrypt_beyond_name", T_cv(1), "a CV to DWP: only the one-name exemption reaches DWP", cv_count=1)


# --------------------------------------------------------------------------- encrypt: over the limits
@sc
def x_zip_11_cvs(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    files = []
    for _ in range(11):
        p = person(ctx)
        files.append((f"{p.last}, {p.first}.docx", cv_docx(ctx, [cv_model(ctx, p, sector="warehouse")], s.name)))
    blocks = std_body(ctx, s, ec[0].split()[0], ["All eleven CVs for the peak season intake in one zip."])
    m = Mail(ctx, sfrom(s), [ec], "Peak season – CVs", blocks, fmt="alt", atts=[Att("peak season CVs.zip", zip_bytes(files, doc_when(ctx)))])
    add(ctx, m, "encrypt_over_limit", T_cv(11), "11 CVs in a zip (one over the limit)", cv_count=11, guidance="¶21")


@sc
def x_pdf_14_cvs(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Engagement Officer")
    dom, en, ec = emp_contact(ctx, "harbourview-hotels.co.uk")
    ms = [cv_model(ctx, person(ctx), sector="hospitality") for _ in range(14)]
    data = cv_pdf(ctx, ms, s.name, cover=("Harbourview Hotels – summer recruitment", "14 candidates", "One CV per candidate, in interview order."))
    blocks = std_body(ctx, s, ec[0].split()[0], ["Here's the full pack for the recruitment day – 14 CVs in one PDF."])
    m = Mail(ctx, sfrom(s), [ec], "Recruitment day pack", blocks, fmt="html", atts=[Att("Recruitment day pack.pdf", data)])
    add(ctx, m, "encrypt_over_limit", T_cv(14), "one PDF binding 14 CVs", cv_count=14, guidance="¶21")


@sc
def x_forms_11_people(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "harbourview-hotels.co.uk")
    forms = [app_form_couple(ctx, person(ctx), person(ctx), "Live-in couple", en) for _ in range(5)]
    forms.append(app_form_single(ctx, person(ctx), "Night Porter", en))
    blocks = std_body(ctx, s, ec[0].split()[0], ["Five couple applications plus one for the night porter job, all in one document."])
    m = Mail(ctx, sfrom(s), [ec], "Applications – couples and night porter", blocks, fmt="alt",
             atts=[Att("Applications.docx", form_docx(ctx, forms, s.name))])
    add(ctx, m, "encrypt_over_limit", truth(contact=True, subjects=11, kinds=["application_form", "application_form_couple"]),
        "five couple forms + one single = 11 people", form_people=11, guidance="¶22-24")


@sc
def x_letters_11(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, _ = emp_contact(ctx, "gwynedd-fresh.co.uk")
    Ls = [letter_model(ctx, "interview", person(ctx, "wales"), en, ctx.future(4, 12), job="Production Operative") for _ in range(11)]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Eleven interview letters for the course group."])
    m = Mail(ctx, sfrom(s), [ns], "Interview letters – course group", blocks, fmt="alt", atts=[Att("Interview letters.pdf", letters_pdf(ctx, Ls, s.name))])
    add(ctx, m, "encrypt_over_limit", truth(contact=True, subjects=11, kinds=["letter_interview"]), "11 interview letters", letters=["interview"] * 11,
        guidance="¶24")


@sc
def x_csv_501(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    ps = list_people(ctx, 501)
    lines = ["surname,initial,participant_ref"] + [f"{p.last},{p.first[0]},{p.cref}" for p in ps]
    blocks = std_body(ctx, s, bw[0].split()[0], ["Updated eligible list – it's gone over 500 this month."])
    m = Mail(ctx, sfrom(s), [bw], "Eligible participants – monthly list", blocks, fmt="alt",
             atts=[Att("eligible_participants.csv", "\n".join(lines) + "\n", "text/csv", text_cte="quoted-printable")])
    add(ctx, m, "encrypt_over_limit", truth(subjects=501, kinds=["name_list"]), "501 names (one over the limit)", list_rows=501,
        list_cols=["surname", "initial", "ref"], guidance="¶31")


@sc
def x_forward_two_records(ctx):
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    dwp = ("WHP Provider Notifications", "whp.notifications@dwp.gov.uk")
    qs = []
    ps = [person(ctx, "ne") for _ in range(2)]
    for i, p in enumerate(ps):
        qs.append(("quote", qmeta(dwp, DES_PROV, "WHP change of circumstances", ctx.ago(hours=5 + i * 20)),
                   [("table", [("Participant", p.name), ("NINO", fmt_nino(p.nino, "spaced")), ("Change", "Starts work (part-time)" if i else "Change of address"),
                               ("Details", "16 hours a week, retail" if i else p.address)], {"lv": True})]))
    blocks = [("p", "Hi,"), ("p", "Two notifications for people you support – forwarding both together to save time."), ("p", "WHP Data Exchange")] + qs
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [bw], "FW: WHP change of circumstances (x2)", blocks, fmt="html")
    add(ctx, m, "encrypt_over_limit", truth(ninos=2, contact=True, subjects=2, kinds=["change_of_circumstances"]),
        "two DWP records forwarded in one email (C15 ¶53: one at a time)", fwd_record=2, guidance="C15 ¶53")


# --------------------------------------------------------------------------- encrypt: lists with forbidden columns (¶29-30)
@sc
def f_dob_column(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    ps = list_people(ctx, 30, "wales")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    xlsx_fill(ws, [("Surname", "Forename", "DOB", "Course")] + [(p.last, p.first, fmt_date(p.dob, "dmy2"), "CSCS") for p in ps])
    blocks = std_body(ctx, s, ns[0].split()[0], ["List for the CSCS bookings – the test centre wants dates of birth."])
    m = Mail(ctx, sfrom(s), [ns], "CSCS bookings list", blocks, fmt="alt", atts=[Att("CSCS list.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "encrypt_list_forbidden_column", truth(dob=True, subjects=30, kinds=["name_list"]), "list of 30 with a DOB column (dd/mm/yy)",
        list_rows=30, list_cols=["surname", "forename", "dob", "course"])


@sc
def f_postcode_csv(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    ps = list_people(ctx, 18)
    lines = ["Name,Postcode,Shift"] + [f"{p.name},{p.postcode},{pick(ctx, ['Early', 'Late'])}" for p in ps]
    blocks = std_body(ctx, s, ec[0].split()[0], ["For planning the staff bus route – names and postcodes of the new intake."])
    m = Mail(ctx, sfrom(s), [ec], "Staff bus – new intake", blocks, fmt="alt",
             atts=[Att("bus route.csv", "\r\n".join(lines) + "\r\n", "text/csv", text_cte="7bit")])
    add(ctx, m, "encrypt_list_forbidden_column", truth(contact=True, subjects=18, kinds=["name_list"]), "list of 18 names with home postcodes",
        list_rows=18, list_cols=["name", "postcode", "shift"])


@sc
def f_hidden_phone_col(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    ps = list_people(ctx, 25, "ne")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    xlsx_fill(ws, [("Surname", "Forename", "Mobile", "Course date")] + [(p.last, p.first, p.mobile, fmt_date(ctx.future(3, 14).date())) for p in ps])
    ws.column_dimensions["C"].hidden = True
    blocks = std_body(ctx, s, ns[0].split()[0], ["Course list attached (I've hidden the phone column, it's only for the reminder texts)."])
    m = Mail(ctx, sfrom(s), [ns], "Course list", blocks, fmt="html", atts=[Att("Course list.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "encrypt_list_forbidden_column", truth(contact=True, subjects=25, kinds=["name_list"]), "list of 25; mobiles in a hidden column",
        list_rows=25, list_cols=["surname", "forename", "phone", "course_date"])


@sc
def f_hidden_address_sheet(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    ps = list_people(ctx, 40, "wales")
    wb = new_xlsx(ctx, s.name)
    ws = wb.active
    ws.title = "Sessions"
    xlsx_fill(ws, [("Surname", "Forename", "Ref", "Session")] + [(p.last, p.first, p.cref, pick(ctx, ["Mon", "Wed"])) for p in ps])
    hs = wb.create_sheet("lookup")
    xlsx_fill(hs, [("Ref", "Address", "Postcode")] + [(p.cref, f"{p.house} {p.street}, {p.town}", p.postcode) for p in ps])
    hs.sheet_state = "hidden"
    blocks = std_body(ctx, s, bw[0].split()[0], ["Session list for next month attached."])
    m = Mail(ctx, sfrom(s), [bw], "Session list – next month", blocks, fmt="alt", atts=[Att("Sessions.xlsx", xlsx_bytes(wb))])
    add(ctx, m, "encrypt_list_forbidden_column", truth(contact=True, subjects=40, kinds=["name_list"]),
        "list of 40 names/refs; a hidden sheet maps the refs to home addresses", list_rows=40, list_cols=["surname", "forename", "ref", "address"])


@sc
def f_uc_amounts_dwp(ctx):
    s = staff_for(ctx, "ne")
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    ps = list_people(ctx, 15, "ne")
    rows = [("Surname", "Forename", "NINO", "UC last payment")] + [(p.last, p.first, p.nino, f"£{ctx.r.randint(300, 1100)}.{ctx.r.randint(0, 99):02d}") for p in ps]
    blocks = std_body(ctx, s, wc[0].split()[0], ["The list for the in-work progression pilot – I've added last UC payment as you asked.", ("table", rows, {"header": True})])
    m = Mail(ctx, sfrom(s), [wc], "In-work progression pilot list", blocks, fmt="html")
    add(ctx, m, "encrypt_list_forbidden_column", truth(ninos=15, benefit=True, subjects=15, kinds=["name_list"]),
        "list of 15 names + NINOs to DWP with a UC payment column", list_rows=15, list_cols=["surname", "forename", "nino", "benefit_amount"])


# --------------------------------------------------------------------------- encrypt: letter kinds (¶25)
@sc
def g_bundle_with_fta(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    dom, en, _ = emp_contact(ctx, "menai-bakery.co.uk")
    Ls = [letter_model(ctx, "interview", person(ctx, "wales"), en, ctx.future(3, 9), job="Bakery Assistant"),
          letter_model(ctx, "interview", person(ctx, "wales"), en, ctx.future(3, 9), job="Bakery Assistant"),
          letter_model(ctx, "appointment", person(ctx, "wales"), "Cam Nesaf Bangor", ctx.future(3, 9), signer=s.name),
          letter_model(ctx, "other", person(ctx, "wales"), "Cam Nesaf Bangor", ctx.ago(days=3).replace(tzinfo=None), signer=s.name, subkind="fta"),
          letter_model(ctx, "appointment", person(ctx, "wales"), "Cam Nesaf Bangor", ctx.future(3, 9), signer=s.name)]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Letters for the Friday group to pick up, all in one PDF."])
    m = Mail(ctx, sfrom(s), [ns], "Letters for Friday group", blocks, fmt="alt", atts=[Att("Letters - Friday group.pdf", letters_pdf(ctx, Ls, s.name))])
    add(ctx, m, "encrypt_letter_kind", truth(contact=True, subjects=5, kinds=["letter_interview", "letter_appointment", "letter_other"]),
        "PDF of five letters; one is a did-not-attend warning (not interview/offer/appointment)",
        letters=["interview", "interview", "appointment", "other", "appointment"])


@sc
def g_housing_support(ctx):
    s = staff_for(ctx, "ne")
    hp = ext_contact(ctx, "tyne-homes.org.uk")[:2]
    p = person(ctx, "ne")
    L = letter_model(ctx, "other", p, "Next Step Gateshead", ctx.date.replace(tzinfo=None), signer=s.name, subkind="housing")
    blocks = std_body(ctx, s, hp[0].split()[0], ["Letter of support attached for the housing application, as requested."])
    m = Mail(ctx, sfrom(s), [hp], "Letter of support", blocks, fmt="alt", atts=[Att("Letter of support.pdf", letters_pdf(ctx, [L], s.name))])
    add(ctx, m, "encrypt_letter_kind", truth(contact=True, subjects=1, kinds=["letter_other"]), "a letter of support for housing – not an exempt letter kind",
        letters=["other"])


@sc
def g_docx_confirmation(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    Ls = [letter_model(ctx, "appointment", person(ctx, "wales"), "Cam Nesaf Wrecsam", ctx.future(2, 8), signer=s.name) for _ in range(2)]
    Ls.append(letter_model(ctx, "other", person(ctx, "wales"), "Cam Nesaf Wrecsam", ctx.date.replace(tzinfo=None), signer=s.name, subkind="confirmation"))
    blocks = std_body(ctx, s, bw[0].split()[0], ["Two appointment letters and the confirmation letter you asked for."])
    m = Mail(ctx, sfrom(s), [bw], "Letters", blocks, fmt="html", atts=[Att("Letters.docx", letters_docx(ctx, Ls, s.name))])
    add(ctx, m, "encrypt_letter_kind", truth(contact=True, subjects=3, kinds=["letter_appointment", "letter_other"]),
        "DOCX: two appointment letters + a 'confirmation of participation' letter", letters=["appointment", "appointment", "other"])


# --------------------------------------------------------------------------- encrypt: DWP processes outside their conditions
@sc
def p_esf_from_personal_box(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    p = person(ctx)
    blocks = std_body(ctx, s, None, [("p", "Hello,"), ("p", "ESF14-20 referral form attached for one participant.")])
    m = Mail(ctx, sfrom(s), [DES_DWP], "ESF14-20 participant referral form", blocks, fmt="alt",
             atts=[Att("ESF1420 referral.docx", lv_docx(ctx, esf_rows(ctx, p), "ESF14-20 Participant Referral Form", s.name))])
    add(ctx, m, "encrypt_dwp_process", truth(ninos=1, dob=True, special=["health"], contact=True, subjects=1, kinds=["esf_14_20_form"]),
        "one ESF 14-20 form to the designated inbox but from a personal mailbox, not the designated one", records=1)


@sc
def p_exit_to_work_coach(ctx):
    wc = dwp_person(ctx, "jobcentreplus.gov.uk")
    p = person(ctx)
    blocks = dx_body(ctx, [f"Exit report attached for your participant, as {wc[0].split()[0]} asked."])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [wc], "WHP Exit Report", blocks, fmt="alt",
             atts=[Att("WHPER1.pdf", lv_pdf(ctx, exit_report_rows(ctx, p, "spaced"), "WHP Exit Report", "WHP Data Exchange"))])
    add(ctx, m, "encrypt_dwp_process", truth(ninos=1, subjects=1, kinds=["exit_report"]), "exit report from the designated inbox to an individual work coach",
        records=1)


@sc
def p_two_coc(ctx):
    ps = [person(ctx) for _ in range(2)]
    blocks = dx_body(ctx, ["Two WHP07 notifications below.",
                           ("table", coc_rows(ctx, ps[0], "Participant has re-engaged (voluntary participant)", "Attended on Monday after six weeks away."), {"lv": True}),
                           ("table", coc_rows(ctx, ps[1], "Participant has disengaged (voluntary participant)", "No contact for five weeks."), {"lv": True})])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [DES_DWP], "WHP07 x2", blocks, fmt="html")
    add(ctx, m, "encrypt_dwp_process", truth(ninos=2, subjects=2, kinds=["change_of_circumstances"]), "two change-of-circumstances records in one email (C15 ¶49)",
        records=2)


@sc
def p_eb_to_prap(ctx):
    p = person(ctx)
    blocks = dx_body(ctx, ["WHP Employment Business Customer Form attached."])
    m = Mail(ctx, ("WHP Data Exchange", DES_PROV), [("PRaP Support", "prap.support@dwp.gsi.gov.uk")], "WHP Employment Business Customer Form", blocks,
             fmt="alt", atts=[Att("WHP EB customer form.docx", lv_docx(ctx, whp_eb_rows(ctx, p, ctx.future(6, 12).date()), "WHP Employment Business Customer Form", "WHP Data Exchange"))])
    add(ctx, m, "encrypt_dwp_process", truth(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]),
        "EB customer form to prap.support@dwp.gsi.gov.uk (C15 ¶14), which is not this world's designated inbox", records=1)


@sc
def p_two_ucnea1(ctx):
    s = staff_for(ctx, "wales")
    nea = ("NEA Team", "nea.notifications@dwp.gov.uk")
    ps = [person(ctx, "wales") for _ in range(2)]
    blocks = std_body(ctx, s, None, [("p", "Hello,"), ("p", "Two UCNEA1s attached – both businesses start next week.")])
    m = Mail(ctx, sfrom(s), [nea], "UCNEA1 x2", blocks, fmt="alt",
             atts=[Att(f"UCNEA1 {i + 1}.docx", lv_docx(ctx, ucnea1_rows(ctx, p), "UCNEA1", s.name)) for i, p in enumerate(ps)])
    add(ctx, m, "encrypt_dwp_process", truth(ninos=2, subjects=2, kinds=["ucnea1"]), "two UCNEA1s in one email (¶35: one per email)", records=2)


@sc
def p_two_gns(ctx):
    s = next(x for x in STAFF if x.role_en == "Contract Manager")
    esf = ("ESF Good News", "esf.goodnewsstories@dwp.gov.uk")
    atts = []
    for i in range(2):
        p = person(ctx)
        dom, en, _ = emp_contact(ctx)
        d = new_docx(ctx, s.name, "Good News Story")
        for para in gns_text(ctx, p, en, pick(ctx, ["Care Assistant", "Driver", "Receptionist"])).split("\n\n"):
            d.add_paragraph(para)
        atts.append(Att(f"GNS {i + 1}.docx", docx_bytes(d)))
    blocks = std_body(ctx, s, None, [("p", "Hi,"), ("p", "Two good news stories this month!")])
    m = Mail(ctx, sfrom(s), [esf], "Good News Stories", blocks, fmt="html", atts=atts)
    add(ctx, m, "encrypt_dwp_process", truth(subjects=2, kinds=["good_news_story"]), "two Good News Stories in one email (¶35)", records=2)


# --------------------------------------------------------------------------- encrypt: claimant's own data to the claimant
@sc
def r_action_plan_health(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    consent(p.email)
    d = new_docx(ctx, s.name, "Action plan")
    d.add_heading(f"Cynllun Gweithredu | Action plan – {p.name}", 1)
    docx_table(d, [("Goal", "Steps", "By when"),
                   ("Manage anxiety before interviews", "Keep going to the Bridgeway group; ask GP about the CBT waiting list", "Ongoing"),
                   ("Get a part-time job in retail", "Apply for 3 jobs a week; mock interview with adviser", "Next 6 weeks"),
                   ("Back pain", "Only apply for roles without heavy lifting until the physio says otherwise", "Review next month")], header=True)
    blocks = std_body(ctx, s, p.first, ["Here's the action plan we agreed today."])
    m = Mail(ctx, sfrom(s), [p.email], "Your action plan", blocks, fmt="alt", atts=[Att("Action plan.docx", docx_bytes(d))])
    add(ctx, m, "encrypt_claimant_recipient", truth(special=["mental_health", "health"], subjects=1),
        "the claimant's own action plan with health details, to their consented address (only ¶17/¶24-28 cover mail to claimants)")


@sc
def r_sanction_to_claimant(ctx):
    box = SHARED["sld"]
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="yahoo.co.uk")
    blocks = [("p", f"Hi {p.first},"),
              ("p", "I've checked with the Jobcentre – the sanction on your Universal Credit is £92.40 a month for four weeks, "
                    "starting from this payment. You can ask for a mandatory reconsideration and I can help you with that on Thursday."),
              ("p", "Thanks,\n" + s.first), ("sig", s, "full")]
    m = Mail(ctx, box, [p.email], "Your UC sanction", blocks, fmt="html")
    add(ctx, m, "encrypt_claimant_recipient", truth(benefit=True, subjects=1), "the claimant's own sanction amount sent to them", own_addr=[p.email])


@sc
def r_registration_copy(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="btinternet.com")
    rows = [("Name", p.name), ("NI number", fmt_nino(p.nino, "spaced")), ("Address", p.address), ("Telephone", p.mobile),
            ("Referral", p.ref), ("Start date", fmt_date(ctx.ago(days=1).date()))]
    data = lv_docx(ctx, rows, "Registration form – copy for participant", s.name)
    blocks = std_body(ctx, s, p.first, ["As promised, a copy of the registration form we filled in together yesterday."])
    m = Mail(ctx, sfrom(s), [p.email], "Copy of your registration form", blocks, fmt="alt", atts=[Att("Registration form.docx", data)])
    add(ctx, m, "encrypt_claimant_recipient", truth(ninos=1, contact=True, subjects=1), "copy of the claimant's registration form (NINO) to their own address",
        own_addr=[p.email])


@sc
def r_two_cv_versions(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="outlook.com")
    consent(p.email)
    m1 = cv_model(ctx, p, sector="warehouse")
    m2 = dict(m1, headline="Forklift Driver", profile=m1["profile"] + " Now holding a counterbalance licence.")
    blocks = std_body(ctx, s, p.first, ["Two versions of your CV – one for warehouse jobs and one for forklift driving. Use whichever fits the advert."])
    m = Mail(ctx, sfrom(s), [p.email], "Your CVs", blocks, fmt="alt",
             atts=[Att("CV - warehouse.docx", cv_docx(ctx, [m1], s.name)), Att("CV - forklift.docx", cv_docx(ctx, [m2], s.name))])
    add(ctx, m, "encrypt_claimant_recipient", T_cv(1), "two CVs (two versions, same person) to a consented address: ¶17 allows one CV per email",
        cv_count=2)


@sc
def r_cv_with_dob(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    consent(p.email)
    m_ = cv_model(ctx, p, sector="care", extras=[("Date of birth", fmt_date(p.dob, "ord"))])
    blocks = std_body(ctx, s, p.first, ["Your CV attached, with your date of birth added as the care home's form asks for it."])
    m = Mail(ctx, sfrom(s), [p.email], "CV", blocks, fmt="html", atts=[Att("CV.pdf", cv_pdf(ctx, [m_], s.name))])
    add(ctx, m, "encrypt_claimant_recipient", T_cv(1, dob=True), "CV with a date of birth to a consented address (¶17 forbids DOB)", cv_count=1)


@sc
def r_fta_letter(ctx):
    box = SHARED["gsd"]
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="gmail.com")
    L = letter_model(ctx, "other", p, "Next Step Gateshead", ctx.ago(days=2).replace(tzinfo=None), signer=s.name, subkind="fta")
    blocks = [("p", f"Dear {p.first},"), ("p", "Please read the attached letter."), ("p", "Next Step Gateshead"), ("sig", s, "full")]
    m = Mail(ctx, box, [p.email], "Missed appointment", blocks, fmt="alt", atts=[Att("Letter.pdf", letters_pdf(ctx, [L], s.name))])
    add(ctx, m, "encrypt_claimant_recipient", truth(contact=True, subjects=1, kinds=["letter_other"]),
        "a did-not-attend letter to the claimant: not an interview/offer/appointment letter", letters=["other"], own_addr=[p.email])


# --------------------------------------------------------------------------- encrypt: sender asked for it
@sc
def t_clean_rota(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    blocks = std_body(ctx, s, ns[0].split()[0], ["Tutor rota for the Sunderland room next month attached below.",
                                                 ("table", [("Week", "Mon", "Wed"), ("1", "Food hygiene", "CSCS"), ("2", "Forklift theory", "CSCS"),
                                                            ("3", "First aid", "Customer service"), ("4", "Food hygiene", "CSCS")], {"header": True})])
    m = Mail(ctx, sfrom(s), [ns], f"{TAG} Tutor rota – Sunderland", blocks, fmt="html")
    add(ctx, m, "encrypt_sender_tag", T0(), "[ENCRYPT] at the start of the subject of mail with no claimant data")


@sc
def t_reply_tag_one_name(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "gwynedd-fresh.co.uk")
    p = person(ctx, "wales")
    q = ("quote", qmeta(ec, (s.name, s.email), f"{TAG} Interview", ctx.ago(hours=4)), [("p", "Who's coming on Tuesday?")])
    blocks = std_body(ctx, s, ec[0].split()[0], [f"{p.name}, Tuesday 11am."], quotes=[q])
    m = Mail(ctx, sfrom(s), [ec], f"RE: {TAG} Interview", blocks, fmt="alt")
    add(ctx, m, "encrypt_sender_tag", T1name(), "'RE: [ENCRYPT] …' on what would otherwise be a one-name relay", name_only=True)


@sc
def t_tag_end_minutes(ctx):
    s = next(x for x in STAFF if x.role_en == "Contract Manager")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    blocks = std_body(ctx, s, bw[0].split()[0], ["Minutes from the contract review are below.",
                                                 "1. Referral volumes on profile. 2. Specialist support capacity reviewed. 3. Next review in three months."])
    m = Mail(ctx, sfrom(s), [bw], f"Minutes – contract review {TAG}", blocks, fmt="alt")
    add(ctx, m, "encrypt_sender_tag", T0(), "tag at the end of the subject")


@sc
def t_tag_on_list(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    ps = list_people(ctx, 9, "wales")
    rows = [("Surname", "Forename", "Course date")] + [(p.last, p.first, fmt_date(ctx.future(3, 9).date())) for p in ps]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Course list below.", ("table", rows, {"header": True})])
    m = Mail(ctx, sfrom(s), [ns], f"Course list {TAG}", blocks, fmt="html")
    add(ctx, m, "encrypt_sender_tag", truth(subjects=9, kinds=["name_list"]), "tag on a names list that would have relayed",
        list_rows=9, list_cols=["surname", "forename", "course_date"])


# --------------------------------------------------------------------------- encrypt: password-protected attachments
@sc
def w_aes_zip_cvs(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "deeside-logistics.co.uk")
    files = [(f"CV{i + 1}.docx", cv_docx(ctx, [cv_model(ctx, person(ctx), sector="warehouse")], s.name)) for i in range(4)]
    blocks = std_body(ctx, s, ec[0].split()[0], ["CVs attached in a protected zip – I'll text you the password."])
    m = Mail(ctx, sfrom(s), [ec], "CVs (protected)", blocks, fmt="alt",
             atts=[Att("CVs.zip", aes_zip_bytes(files, "Deeside-" + str(ctx.r.randint(1000, 9999)), doc_when(ctx), ctx.key))])
    add(ctx, m, "encrypt_password_protected", T0(), "AES-encrypted zip", pw=True)


@sc
def w_pdf_rc4(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    pdf = PDF(ctx, "Referral", s.name)
    pdf.page()
    pdf.h("Referral", 13)
    pdf.para("Protected document.")
    data = pdf_encrypt(pdf.bytes(), "Bridgeway" + str(ctx.r.randint(10, 99)), ctx.key)
    blocks = std_body(ctx, s, bw[0].split()[0], ["Referral attached, password as usual."])
    m = Mail(ctx, sfrom(s), [bw], "Referral", blocks, fmt="html", atts=[Att("Referral.pdf", data)])
    add(ctx, m, "encrypt_password_protected", T0(), "password-protected PDF (RC4-128)", pw=True)


@sc
def w_aes_zip_xlsx(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    wb = new_xlsx(ctx, s.name)
    xlsx_fill(wb.active, [("Ref", "Course"), ("CN10001", "CSCS")])
    files = [("bookings.xlsx", xlsx_bytes(wb))]
    blocks = std_body(ctx, s, ns[0].split()[0], ["Bookings in the zip – password by phone."])
    m = Mail(ctx, sfrom(s), [ns], "Bookings", blocks, fmt="alt", atts=[Att("bookings.zip", aes_zip_bytes(files, "Cwrs2025!", doc_when(ctx), ctx.key))])
    add(ctx, m, "encrypt_password_protected", T0(), "AES zip holding a spreadsheet", pw=True)


@sc
def w_pdf_to_dwp(ctx):
    s = next(x for x in STAFF if x.role_en == "Compliance Officer")
    pm = dwp_person(ctx, "dwp.gov.uk")
    pdf = PDF(ctx, "Incident report", s.name)
    pdf.page()
    pdf.h("Security incident report", 13)
    pdf.para("See protected content.")
    data = pdf_encrypt(pdf.bytes(), "Incident" + str(ctx.r.randint(100, 999)), ctx.key)
    blocks = std_body(ctx, s, pm[0].split()[0], ["Incident report attached as a protected PDF; password sent separately."])
    m = Mail(ctx, sfrom(s), [pm], "Security incident report", blocks, fmt="alt", atts=[Att("Incident report.pdf", data)])
    add(ctx, m, "encrypt_password_protected", T0(), "password-protected PDF to DWP", pw=True)


@sc
def w_zip_housing(ctx):
    s = staff_for(ctx, "ne")
    hp = ext_contact(ctx, "tyne-homes.org.uk")[:2]
    files = [("tenancy support.docx", lv_docx(ctx, [("Document", "Protected")], "Tenancy support", s.name))]
    blocks = std_body(ctx, s, hp[0].split()[0], ["Documents for the tenancy support meeting, password protected as agreed."])
    m = Mail(ctx, sfrom(s), [hp], "Tenancy support documents", blocks, fmt="alt",
             atts=[Att("documents.zip", aes_zip_bytes(files, "Tyne" + str(ctx.r.randint(1000, 9999)), doc_when(ctx), ctx.key))])
    add(ctx, m, "encrypt_password_protected", T0(), "AES zip to a housing provider", pw=True)


# --------------------------------------------------------------------------- encrypt: scans with no text layer
def form_scan_lines(ctx, p):
    return ["Cam Nesaf - Ffurflen Gofrestru / Registration", f"Name: {p.name}", f"NI number: {fmt_nino(p.nino, 'spaced')}",
            f"Date of birth: {fmt_date(p.dob)}", f"Address: {p.house} {p.street}", f"        {p.town} {p.postcode}", f"Tel: {p.mobile}",
            "Health conditions: see attached sheet", "", "Signed:"]


@sc
def z_phone_photo(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    p = person(ctx, "wales")
    im = scan_image(ctx, form_scan_lines(ctx, p), size=(1512, 2016), tilt=2.5, dark=True)
    m = Mail(ctx, sfrom(s), [ns], "form", [("p", "signed form attached"), ("sig", s, "phone")], fmt="text", mailer="iphone",
             atts=[Att(f"IMG_{ctx.r.randint(1000, 9999)}.JPG", img_bytes(im, "JPEG"), "image/jpeg")])
    add(ctx, m, "encrypt_no_text_scan", T0(), "phone photo (JPEG) of a filled-in form – pixels only", scan=True)


@sc
def z_scan_pdf(ctx):
    s = staff_for(ctx, "ne")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    p = person(ctx, "ne")
    pages = [scan_image(ctx, form_scan_lines(ctx, p), tilt=0.4), scan_image(ctx, ["Page 2", "Notes:", "Support needed with travel and confidence."], tilt=-0.3)]
    blocks = std_body(ctx, s, bw[0].split()[0], ["Scan from the copier attached."])
    m = Mail(ctx, sfrom(s), [bw], "Scanned document", blocks, fmt="alt",
             atts=[Att(f"SCAN_{ctx.date:%Y%m%d}_{ctx.r.randint(100, 999)}.pdf", scan_pdf(ctx, pages))])
    add(ctx, m, "encrypt_no_text_scan", T0(), "two-page image-only PDF from a copier", scan=True)


@sc
def z_screenshot_png(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    p = person(ctx, "ne")
    im = scan_image(ctx, ["Case record - screenshot", f"{p.name}", f"Mobile {p.mobile}", f"Address {p.address}", "Status: job ready"], size=(1366, 768), tilt=0)
    blocks = std_body(ctx, s, ec[0].split()[0], ["Screenshot attached."])
    m = Mail(ctx, sfrom(s), [ec], "Screenshot", blocks, fmt="html", atts=[Att("Screenshot 2025-06-03 101544.png", img_bytes(im, "PNG"))])
    add(ctx, m, "encrypt_no_text_scan", T0(), "PNG screenshot", scan=True)


@sc
def z_tiff_to_dwp(ctx):
    s = staff_for(ctx, "wales")
    wc = dwp_person(ctx, "jobcentreplus.gsi.gov.uk")
    p = person(ctx, "wales")
    im = scan_image(ctx, form_scan_lines(ctx, p), tilt=-0.8)
    blocks = std_body(ctx, s, wc[0].split()[0], ["Scanned copy attached, as the original was handwritten."])
    m = Mail(ctx, sfrom(s), [wc], "Scanned copy", blocks, fmt="alt", atts=[Att("scan0001.tif", img_bytes(im, "TIFF"), "image/tiff")])
    add(ctx, m, "encrypt_no_text_scan", T0(), "TIFF scan to DWP", scan=True)


# --------------------------------------------------------------------------- reject: CV to a claimant without consent (¶17)
@sc
def q_cv_gmail_no_consent(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    blocks = std_body(ctx, s, p.first, ["I've had a go at your CV – have a look and let me know what you think."])
    m = Mail(ctx, sfrom(s), [p.email], "Your CV", blocks, fmt="alt",
             atts=[Att(f"{p.first} CV.docx", cv_docx(ctx, [cv_model(ctx, p)], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "CV to the claimant's own address, no consent recorded", cv_count=1, own_addr=[p.email])


@sc
def q_cv_cc_second_address(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="gmail.com")
    consent(p.email)
    alt = re.sub(r"\d+@.*", "", p.email) + f".{p.town.lower().replace(' ', '')}@outlook.com"
    blocks = std_body(ctx, s, p.first, ["Your CV attached as requested. I've copied in your other email address too, as you said you don't always check this one."])
    m = Mail(ctx, sfrom(s), [p.email], "Your CV", blocks, cc=[alt], fmt="html",
             atts=[Att("CV.docx", cv_docx(ctx, [cv_model(ctx, p, sector="retail")], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "consented address in To, the claimant's second (unconsented) address in Cc",
        cv_count=1, own_addr=[alt])


@sc
def q_cv_with_tag(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="outlook.com")
    blocks = std_body(ctx, s, p.first, ["Sending this encrypted to be safe – your CV is attached."])
    m = Mail(ctx, sfrom(s), [p.email], f"{TAG} Your CV", blocks, fmt="alt",
             atts=[Att("CV.pdf", cv_pdf(ctx, [cv_model(ctx, p, sector="admin")], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "CV to an unconsented claimant address even with [ENCRYPT]", cv_count=1, own_addr=[p.email])


@sc
def q_cv_pasted_yahoo(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="yahoo.co.uk")
    m_ = cv_model(ctx, p, sector="construction", referees=False)
    blocks = [("p", f"Hi {p.first}, your CV is below so you can copy it into the application."), ("pre", cv_text(m_)), ("p", "Cheers\n" + s.first), ("sig", s, "full")]
    m = Mail(ctx, sfrom(s), [p.email], "CV for the application", blocks, fmt="text")
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "CV pasted into the body to an unconsented claimant address", cv_count=1, own_addr=[p.email])


@sc
def q_cv_bt_shared_box(ctx):
    box = SHARED["wxm"]
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="btinternet.com")
    blocks = [("p", f"Annwyl {p.first},"), ("p", "Dyma'ch CV | Here is your CV."), ("p", "Cam Nesaf Wrecsam"), ("sig", s, "full")]
    m = Mail(ctx, box, [p.email], "CV", blocks, fmt="html", atts=[Att(f"CV-{p.last}.pdf", cv_pdf(ctx, [cv_model(ctx, p, sector="care")], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "CV PDF from a shared mailbox to an unconsented btinternet address", cv_count=1, own_addr=[p.email])


@sc
def q_cv_in_zip(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="gmail.com")
    files = [(f"{p.first}/CV.docx", cv_docx(ctx, [cv_model(ctx, p, sector="driving")], s.name))]
    blocks = std_body(ctx, s, p.first, ["Zipped your CV as the file was big."])
    m = Mail(ctx, sfrom(s), [p.email], "CV", blocks, fmt="alt", atts=[Att("CV.zip", zip_bytes(files, doc_when(ctx)))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "CV inside a zip to an unconsented claimant address", cv_count=1, own_addr=[p.email])


@sc
def q_cv_employer_cc_claimant(ctx):
    s = next(x for x in STAFF if x.role_en == "Employer Account Manager")
    dom, en, ec = emp_contact(ctx, "quayside-hotels.co.uk")
    p = person(ctx, "ne", domain="outlook.com")
    blocks = std_body(ctx, s, ec[0].split()[0], [f"CV attached for the porter role. I've copied {p.first} in so they have a copy."])
    m = Mail(ctx, sfrom(s), [ec], "CV – porter", blocks, cc=[p.email], fmt="alt",
             atts=[Att("CV.docx", cv_docx(ctx, [cv_model(ctx, p, sector="hospitality")], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "CV to an employer with the claimant's unconsented address in Cc", cv_count=1, own_addr=[p.email])


@sc
def q_cv_reply_what_sent(ctx):
    s = staff_for(ctx, "wales")
    p = person(ctx, "wales", domain="gmail.com")
    dom, en, ec = emp_contact(ctx, "harbourview-hotels.co.uk")
    q = ("quote", qmeta((s.name, s.email), ec, "CV – housekeeping", ctx.ago(days=1)), [("p", f"CV attached for {p.name} for the housekeeping role.")])
    blocks = std_body(ctx, s, p.first, ["This is what I sent to Harbourview yesterday, so you know what they've got."], quotes=[q])
    m = Mail(ctx, sfrom(s), [p.email], "FW: CV – housekeeping", blocks, fmt="html",
             atts=[Att("CV.docx", cv_docx(ctx, [cv_model(ctx, p, sector="hospitality")], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "forward of a CV to the claimant, unsolicited, no consent", cv_count=1, own_addr=[p.email])


@sc
def q_cv_near_miss_address(ctx):
    s = staff_for(ctx, "ne")
    p = person(ctx, "ne", domain="gmail.com")
    consent(p.email)
    local, dom = p.email.split("@")
    digits = re.search(r"\d+$", local).group()
    typo = local[: -len(digits)] + (digits[::-1] if digits[::-1] != digits else str(int(digits) + 1)) + "@" + dom
    blocks = std_body(ctx, s, p.first, ["Your CV attached, as asked."])
    m = Mail(ctx, sfrom(s), [typo], "Your CV", blocks, fmt="alt", atts=[Att("CV.docx", cv_docx(ctx, [cv_model(ctx, p)], s.name))])
    add(ctx, m, "reject_cv_no_consent", T_cv(1), "address differs from the consented one by swapped digits: no consent for this address",
        cv_count=1, own_addr=[typo])


# --------------------------------------------------------------------------- reject: cannot be inspected
def real_pdf(ctx):
    pdf = PDF(ctx, "Document", "Cam Nesaf")
    pdf.page()
    pdf.para("Document")
    return pdf.bytes()


@sc
def u_pdf_garbage(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + garbage(ctx, 9000)
    blocks = std_body(ctx, s, ns[0].split()[0], ["Attached the paperwork you asked for."])
    m = Mail(ctx, sfrom(s), [ns], "Paperwork", blocks, fmt="alt", atts=[Att("Paperwork.pdf", data)])
    add(ctx, m, "reject_uninspectable", T0(), "PDF header followed by unreadable bytes", opaque=True)


@sc
def u_docx_random(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "tees-valley-care.co.uk")
    blocks = std_body(ctx, s, ec[0].split()[0], ["Application attached."])
    m = Mail(ctx, sfrom(s), [ec], "Application", blocks, fmt="html", atts=[Att("Application.docx", garbage(ctx, 14000))])
    add(ctx, m, "reject_uninspectable", T0(), ".docx name and type, bytes are no readable format", opaque=True)


@sc
def u_xlsx_truncated(ctx):
    s = staff_for(ctx, "wales")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    wb = new_xlsx(ctx, s.name)
    xlsx_fill(wb.active, [("Ref", "Session")] + [(f"CN{10000 + i}", "Mon") for i in range(200)])
    data = xlsx_bytes(wb)
    blocks = std_body(ctx, s, bw[0].split()[0], ["Session list attached."])
    m = Mail(ctx, sfrom(s), [bw], "Session list", blocks, fmt="alt", atts=[Att("Sessions.xlsx", data[: len(data) // 2])])
    add(ctx, m, "reject_uninspectable", T0(), "XLSX truncated half-way (no zip central directory)", opaque=True)


@sc
def u_zip_crc(ctx):
    s = staff_for(ctx, "ne")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    text = ("Course notes\n" * 400).encode()
    z = bytearray(zip_bytes([("notes.txt", text)], doc_when(ctx)))
    hdr = 30 + len("notes.txt")
    for i in range(hdr + 5, hdr + 25):
        z[i] ^= 0x5A
    blocks = std_body(ctx, s, ns[0].split()[0], ["Notes zipped up."])
    m = Mail(ctx, sfrom(s), [ns], "Course notes", blocks, fmt="alt", atts=[Att("notes.zip", bytes(z))])
    add(ctx, m, "reject_uninspectable", T0(), "zip whose member is corrupt (fails decompression/CRC)", opaque=True)


@sc
def u_unknown_binary(ctx):
    s = next(x for x in STAFF if x.role_en == "Admin & Data Officer")
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    blocks = std_body(ctx, s, bw[0].split()[0], ["Export from the old system attached."])
    m = Mail(ctx, sfrom(s), [bw], "Caseload export", blocks, fmt="alt", atts=[Att("caseload_export.dat", garbage(ctx, 20000), "application/octet-stream")])
    add(ctx, m, "reject_uninspectable", T0(), "unknown binary export (.dat, octet-stream)", opaque=True)


@sc
def u_jpeg_broken(ctx):
    s = staff_for(ctx, "wales")
    dom, en, ec = emp_contact(ctx, "menai-bakery.co.uk")
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + garbage(ctx, 3000)
    m = Mail(ctx, sfrom(s), [ec], "photo", [("p", "photo of the form"), ("sig", s, "phone")], fmt="text", mailer="iphone",
             atts=[Att("IMG_0042.JPG", data, "image/jpeg")])
    add(ctx, m, "reject_uninspectable", T0(), "JPEG header then garbage: the image cannot be decoded", opaque=True)


@sc
def u_odt_bad_xml(ctx):
    s = staff_for(ctx, "wales")
    _, ns = sc_contact(ctx, "northstar-training.co.uk")
    when = doc_when(ctx)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=zip_time(when))
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, body in [("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"></manifest:manifest>'),
                           ("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:text><text:p>' + "\x00\x13" * 50)]:
            zi = zipfile.ZipInfo(name, date_time=zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    blocks = std_body(ctx, s, ns[0].split()[0], ["Form attached (saved from the library computer)."])
    m = Mail(ctx, sfrom(s), [ns], "Form", blocks, fmt="alt", atts=[Att("Form.odt", out.getvalue())])
    add(ctx, m, "reject_uninspectable", T0(), "ODT whose content.xml is broken XML", opaque=True)


@sc
def u_zip_with_bad_docx(ctx):
    s = staff_for(ctx, "ne")
    dom, en, ec = emp_contact(ctx, "wearside-motors.co.uk")
    files = [("readme.txt", b"Application forms for the valeting posts.\n"), ("Application 1.docx", garbage(ctx, 8000))]
    blocks = std_body(ctx, s, ec[0].split()[0], ["Applications zipped."])
    m = Mail(ctx, sfrom(s), [ec], "Applications", blocks, fmt="alt", atts=[Att("Applications.zip", zip_bytes(files, doc_when(ctx)))])
    add(ctx, m, "reject_uninspectable", T0(), "zip that opens, but a DOCX inside it is unreadable", opaque=True)


@sc
def u_eml_with_bad_pdf(ctx):
    s = staff_for(ctx, "wales")
    s2 = pick(ctx, [x for x in WELSH_STAFF if x is not s])
    _, bw = sc_contact(ctx, "bridgeway-support.org.uk")
    inner = inner_message(ctx, sfrom(s2), [sfrom(s)], "Referral paperwork", ctx.ago(days=1),
                          [("p", "Paperwork attached.")], atts=[Att("Referral.pdf", real_pdf(ctx)[:180])])
    blocks = std_body(ctx, s, bw[0].split()[0], ["Forwarding the referral paperwork as an attachment."])
    m = Mail(ctx, sfrom(s), [bw], "FW: Referral paperwork", blocks, fmt="alt", atts=[Att("Referral paperwork.eml", inner, "message/rfc822")])
    add(ctx, m, "reject_uninspectable", T0(), "attached message whose PDF is truncated to its first 180 bytes", opaque=True)


# =========================================================================== build
def build():
    CASES.clear()
    CONSENT.clear()
    for fn in SCEN:
        fn(Ctx(fn.__name__, fn.__name__))
    # consent register: addresses used by scenarios + other consented participants not mailed here
    fr = rng_for("consent-filler")
    ff = faker_for("consent-filler")
    filler = []
    for _ in range(14):
        local = re.sub(r"[^a-z.]", "", f"{ff.first_name()}.{ff.last_name()}".lower())
        filler.append(f"{local}{fr.randint(10, 99)}@{fr.choice(CLAIMANT_DOMAINS)}")
    reg = CONSENT + filler
    fr.shuffle(reg)
    order = list(range(1, len(CASES) + 1))
    rng_for("id-shuffle").shuffle(order)
    MAILDIR.mkdir(exist_ok=True)
    for old in MAILDIR.glob("hd-*.eml"):
        old.unlink()
    labels = []
    cset = {a.lower() for a in reg}
    for num, c in zip(order, CASES):
        lab = c["label"]
        got = decide(lab, c["subject"], cset)
        if got != (lab["expected_action"], lab["rule"]):
            raise SystemExit(f"{c['key']}: scenario says {lab['expected_action']}/{lab['rule']} but the rules give {got}")
        cid = f"hd-{num:03d}"
        (MAILDIR / f"{cid}.eml").write_bytes(c["data"])
        labels.append(dict(id=cid, file=f"mail/{cid}.eml", **lab))
    labels.sort(key=lambda x: x["id"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    (HERE / "consent.txt").write_text("\n".join(reg) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} messages, labels.jsonl, consent.txt ({len(reg)} addresses)")


# =========================================================================== self-check
class Seen:
    def __init__(self):
        self.texts, self.bodies, self.fail, self.pw, self.scan, self.enc, self.images = [], [], [], 0, 0, False, 0


def parse_blob(data, name, ctype, out, where):
    ext = (name or "").rsplit(".", 1)[-1].lower() if name and "." in name else ""
    try:
        if ext == "pdf" or ctype == "application/pdf":
            from pypdf import PdfReader
            rd = PdfReader(io.BytesIO(data))
            if rd.is_encrypted:
                out.pw += 1
                return
            if len(rd.pages) == 0:
                raise ValueError("no pages")
            txt = "\n".join((pg.extract_text() or "") for pg in rd.pages)
            fields = rd.get_fields() or {}
            txt += "\n" + "\n".join(str(v.get("/V", "")) for v in fields.values())
            if not txt.strip():
                out.scan += 1
            out.texts.append(txt)
        elif ext == "docx":
            import docx
            d = docx.Document(io.BytesIO(data))
            t = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    t.append(" | ".join(c.text for c in row.cells))
            out.texts.append("\n".join(t))
        elif ext == "xlsx":
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    out.texts.append(" | ".join("" if v is None else str(v) for v in row))
        elif ext == "odt":
            from odf.opendocument import load
            import xml.etree.ElementTree as ET
            load(io.BytesIO(data))
            z = zipfile.ZipFile(io.BytesIO(data))
            x = z.read("content.xml").decode("utf-8")
            ET.fromstring(x)
            out.texts.append(htmlmod.unescape(re.sub(r"<[^>]+>", " | ", x)))
        elif ext == "zip" or ctype in ("application/zip", "application/x-zip-compressed"):
            z = zipfile.ZipFile(io.BytesIO(data))
            for zi in z.infolist():
                out.texts.append(zi.filename)
                if zi.flag_bits & 0x1:
                    out.pw += 1
                    continue
                parse_blob(z.read(zi.filename), zi.filename, "", out, where + "/" + zi.filename)
        elif ext in ("png", "jpg", "jpeg", "tif", "tiff") or ctype.startswith("image/"):
            from PIL import Image
            im = Image.open(io.BytesIO(data))
            im.load()
            out.images += 1
            if im.size[0] >= 800:
                out.scan += 1
        elif ext in ("csv", "txt", "ics") or ctype.startswith("text/"):
            out.texts.append(data.decode("utf-8"))
        elif ctype == "application/pkcs7-mime" or ext == "p7m":
            if not (data[:1] == b"\x30" and der_oid("1.2.840.113549.1.7.3") in data[:40]):
                raise ValueError("not CMS enveloped-data")
            out.enc = True
        elif ctype == "application/pgp-encrypted":
            pass
        elif ctype == "application/octet-stream" and b"-----BEGIN PGP MESSAGE-----" in data:
            out.enc = True
        else:
            raise ValueError(f"unknown format {ctype} {name}")
    except Exception as e:  # noqa: BLE001 - anything unreadable is a finding here
        out.fail.append(f"{where}: {type(e).__name__}: {str(e)[:60]}")


def visit(part, out, where="body"):
    ct = part.get_content_type()
    if ct == "message/rfc822":
        inner = part.get_payload(0)
        out.texts.append(str(inner.get("subject", "")))
        for h in ("from", "to", "cc"):
            out.texts.append(str(inner.get(h, "")))
        fn = part.get_filename()
        if fn:
            out.texts.append(fn)
        visit(inner, out, where + "/msg")
        return
    if ct == "multipart/encrypted":
        out.enc = True
    if part.is_multipart():
        for i, sp in enumerate(part.get_payload()):
            visit(sp, out, f"{where}.{i}")
        return
    fn = part.get_filename()
    payload = part.get_payload(decode=True) or b""
    if fn:
        out.texts.append(fn)
    if ct in ("text/plain", "text/html") and not fn:
        t = payload.decode(part.get_content_charset() or "utf-8")
        if "-----BEGIN PGP MESSAGE-----" in t:
            out.enc = True
            t = re.sub(r"(?s)-----BEGIN PGP MESSAGE-----.*?-----END PGP MESSAGE-----", " ", t)
        t = html_to_text(t) if ct == "text/html" else t
        out.bodies.append(t)
        out.texts.append(t)
        return
    parse_blob(payload, fn, ct, out, where + ":" + (fn or ct))


def check():
    import logging
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    labs = [json.loads(x) for x in open(HERE / "labels.jsonl", encoding="utf-8")]
    cset = {x.strip().lower() for x in open(HERE / "consent.txt", encoding="utf-8") if x.strip()}
    errs = []
    ids = set()
    for lab in labs:
        e = []
        if lab["id"] in ids:
            e.append("duplicate id")
        ids.add(lab["id"])
        raw = (HERE / lab["file"]).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if "bcc" in msg:
            e.append("Bcc header present")
        frm = [a for _, a in getaddresses([str(msg.get("from", ""))])]
        if frm != [lab["mail_from"]]:
            e.append(f"From {frm} != mail_from {lab['mail_from']}")
        hdr_rc = [a for _, a in getaddresses([str(v) for v in msg.get_all("to", [])] + [str(v) for v in msg.get_all("cc", [])])]
        if hdr_rc != lab["rcpt_to"][:len(hdr_rc)] or not set(hdr_rc) <= set(lab["rcpt_to"]):
            e.append(f"To/Cc {hdr_rc} disagree with rcpt_to {lab['rcpt_to']}")
        if len(set(lab["rcpt_to"])) != len(lab["rcpt_to"]):
            e.append("duplicate recipient")
        subj = str(msg.get("subject", ""))
        out = Seen()
        out.texts.append(subj)
        for h in ("from", "to", "cc", "comments", "keywords"):
            for v in msg.get_all(h, []):
                out.texts.append(str(v))
        for k, v in msg.items():
            if k.lower().startswith("x-") and k.lower() not in ("x-mailer", "x-ms-has-attach", "x-ms-tnef-correlator"):
                out.texts.append(str(v))
        visit(msg, out)
        f, t = lab["facts"], lab["truth"]
        if f["opaque"] and not out.fail:
            e.append("uninspectable case but every part parsed")
        if not f["opaque"] and out.fail:
            e.append(f"readable case has a part that does not parse: {out.fail}")
        if bool(f["pw"]) != bool(out.pw):
            e.append(f"pw fact {f['pw']} but {out.pw} password-protected parts")
        if bool(f["scan"]) != bool(out.scan):
            e.append(f"scan fact {f['scan']} but {out.scan} scans")
        if bool(f["encrypted"]) != bool(out.enc):
            e.append(f"encrypted fact {f['encrypted']} but parser says {out.enc}")
        body_ninos = find_ninos("\n".join([subj] + out.bodies))
        all_ninos = find_ninos("\n".join(out.texts))
        if len(body_ninos) > t["ninos"]:
            e.append(f"subject/bodies hold {len(body_ninos)} NINOs > truth {t['ninos']}")
        if len(all_ninos) != t["ninos"]:
            e.append(f"whole message holds {len(all_ninos)} NINOs, truth says {t['ninos']}")
        if f["encrypted"] or f["opaque"] or f["pw"] or f["scan"]:
            if t != truth():
                e.append("truth must be empty for encrypted/uninspectable/password/scan cases")
        kinds = set(t["doc_kinds"])
        if (f["cv_count"] > 0) != ("cv" in kinds):
            e.append("cv_count and doc_kinds disagree")
        if (f["form_people"] > 0) != bool(kinds & FORM_KINDS):
            e.append("form_people and doc_kinds disagree")
        if bool(f["letters"]) != bool(kinds & set(LETTER_KINDS)):
            e.append("letters and doc_kinds disagree")
        if f["letters"] and {LETTER_KINDS[k] for k in kinds & set(LETTER_KINDS)} != set(f["letters"]):
            e.append("letter kinds disagree")
        if (f["list_rows"] > 0) != ("name_list" in kinds):
            e.append("list_rows and doc_kinds disagree")
        if f["nino_only"] != ("nino_list" in kinds):
            e.append("nino_only and doc_kinds disagree")
        if t["ninos"] == 0 and t["data_subjects"] == 0 and (t["special"] or t["benefit_payment"] or t["children"] or t["contact_details"]):
            e.append("categories found but nobody identified")
        if lab["rule"] not in GUIDANCE or lab["expected_action"] != ACTION_OF[lab["rule"]]:
            e.append("unknown rule or wrong action for rule")
        got = decide(lab, subj, cset)
        if got != (lab["expected_action"], lab["rule"]):
            e.append(f"rules give {got}, label says {lab['expected_action']}/{lab['rule']}")
        for x in e:
            errs.append(f"{lab['id']} ({lab['scenario']}): {x}")
    n = collections.Counter(x["expected_action"] for x in labs)
    print(f"checked {len(labs)} messages: " + ", ".join(f"{k} {n[k]}" for k in ("relay", "encrypt", "reject")))
    if errs:
        print("\n".join(errs))
        print(f"SELF-CHECK FAILED: {len(errs)} problem(s)")
        return 1
    print("self-check OK")
    return 0


def counts():
    labs = [json.loads(x) for x in open(HERE / "labels.jsonl", encoding="utf-8")]
    a = collections.Counter(x["expected_action"] for x in labs)
    r = collections.Counter((x["expected_action"], x["rule"]) for x in labs)
    print("| expected action | messages |\n|---|---|")
    for k in ("relay", "encrypt", "reject"):
        print(f"| {k} | {a[k]} |")
    print("\n| rule | action | n |\n|---|---|---|")
    for (act, rule), n in sorted(r.items(), key=lambda kv: (SEVERITY[kv[0][0]], -kv[1], kv[0][1])):
        print(f"| {rule} | {act} | {n} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="self-check only")
    ap.add_argument("--counts", action="store_true", help="print the count tables for README.md")
    a = ap.parse_args()
    if a.counts:
        counts()
        return 0
    if not a.check:
        build()
    return check()


if __name__ == "__main__":
    sys.exit(main())

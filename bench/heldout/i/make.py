#!/usr/bin/env python3
"""Held-out set I (South West health-and-work specialist style): builds mail/, labels.jsonl,
consent.txt, then self-checks every label against its own implementation of the rules.

    python make.py          # build + check
    python make.py --check  # check only
"""
import os, random
# --- determinism: every library that would draw from the OS draws from a seeded source ----
_URANDOM = random.Random(0)
def _urandom(n):
    return bytes(_URANDOM.getrandbits(8) for _ in range(n))
os.urandom = _urandom
import secrets
secrets.token_bytes = lambda n=32: _urandom(n)
secrets.token_hex = lambda n=32: _urandom(n).hex()

import sys, io, re, json, zipfile, base64, datetime, copy, csv, textwrap
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email import policy as _policy, encoders, utils as eutils
import email

from faker import Faker
import docx
from docx.shared import Pt
import openpyxl
from fpdf import FPDF
import pypdf
from pypdf.generic import (DictionaryObject, NameObject, TextStringObject, ArrayObject,
                           NumberObject, FloatObject, BooleanObject)
from odf.opendocument import OpenDocumentText, load as odf_load
from odf.text import P as OdfP, H as OdfH
from odf.table import Table as OdfTable, TableRow as OdfRow, TableCell as OdfCell, TableColumn as OdfCol
from odf import teletype
from PIL import Image, ImageDraw, ImageFont
import pyzipper

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "hi"

# ------------------------------------------------------------------ the world (corpus README)
INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
DESIG_DWP = "whp.provider-inbox@dwp.gov.uk"
DESIG_PROV = "whp.dataexchange@provider.example.org.uk"
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
# this set's own third parties
EMPLOYERS = {"penhallow-foods.co.uk": "Penhallow Foods", "tamarside-care.co.uk": "Tamarside Care",
             "exe-estuary-hotels.co.uk": "Exe Estuary Hotels", "granite-coast-builders.co.uk": "Granite Coast Builders",
             "trelawney-retail.co.uk": "Trelawney Retail", "dartvale-logistics.co.uk": "Dartvale Logistics",
             "moorview-garden-centre.co.uk": "Moorview Garden Centre"}
OTHER3P = {"nhs-devon-talkingtherapies.org.uk": "Devon Talking Therapies (NHS partner)",
           "harbour-surgery.org.uk": "Harbour Surgery (GP practice)",
           "sw-probation-pdu.org.uk": "South West probation delivery unit",
           "moorland-homes.org.uk": "Moorland Homes (housing association)",
           "tamar-valley-college.ac.uk": "Tamar Valley College",
           "kernow-recovery-hub.org.uk": "Kernow Recovery Hub (drug and alcohol service)",
           "clay-country-print.co.uk": "Clay Country Print (print supplier)",
           "coastal-advice-centre.org.uk": "Coastal Advice Centre (advice charity)",
           "bridgeway-support.org": "look-alike of the approved partner's domain (third party)"}
ORG = "Tamar & Moor Health and Work"
LET_OK = {"letter_interview", "letter_job_offer", "letter_appointment"}
LET_ALL = LET_OK | {"letter_other"}
PROC_C15 = {"exit_report", "change_of_circumstances", "whp_eb_customer_form", "compliance_doubt",
            "esf_form", "whps01"}
FORBIDDEN_COLS = {"dob", "address", "postcode", "phone", "email", "benefit_amount"}
SPECIAL_COLS = {"health", "mental_health", "substance", "criminal"}
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)

# ------------------------------------------------------------------ identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])([A-Za-z])[ \t]?(\d\d)[ \t]?(\d\d)[ \t]?(\d\d)[ \t]?([A-Za-z])(?![A-Za-z0-9])")

def valid_nino_parts(a, b, suf):
    a, b, suf = a.upper(), b.upper(), suf.upper()
    return a in NINO_FIRST and b in NINO_SECOND and (a + b) not in NINO_BAD and suf in "ABCD"

def ninos_in(text):
    out = set()
    for m in NINO_RE.finditer(text or ""):
        if valid_nino_parts(m.group(1), m.group(2), m.group(6)):
            out.add((m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6)).upper())
    return out

def make_nino(r, style="spaced"):
    while True:
        p = r.choice(NINO_FIRST) + r.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    d = "%06d" % r.randint(0, 999999)
    s = r.choice("ABCD")
    if style == "spaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if style == "lower":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}".lower()
    return p + d + s

def phone(r, kind=None):
    kind = kind or r.choice(["mob", "mob", "leeds", "manc", "lon"])
    n = r.randint(0, 999)
    return {"mob": "07700 900%03d", "leeds": "0113 496 0%03d", "manc": "0161 496 0%03d",
            "lon": "020 7946 0%03d"}[kind] % n

def sort_code(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))

def account(r):
    return "%08d" % r.randint(10000000, 99999999)

def iban(r, bank="TMRX"):
    sc = "%06d" % r.randint(100000, 999999)
    acc = account(r)
    bban = bank + sc + acc
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return "GB%02d%s" % (chk, bban)

def luhn_card(r, prefix="4"):
    digits = [int(c) for c in prefix] + [r.randint(0, 9) for _ in range(15 - len(prefix))]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    digits.append((10 - tot % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))

TOWNS = [("Plymouth", "PL"), ("Truro", "TR"), ("Exeter", "EX"), ("Barnstaple", "EX"), ("Bodmin", "PL"),
         ("Camborne", "TR"), ("Newton Abbot", "TQ"), ("Torquay", "TQ"), ("Penzance", "TR"), ("Liskeard", "PL"),
         ("Tavistock", "PL"), ("Redruth", "TR"), ("St Austell", "PL"), ("Paignton", "TQ"), ("Bideford", "EX")]

def postcode(r, area=None):
    area = area or r.choice(["PL", "TR", "EX", "TQ"])
    return "%s%d %d%s%s" % (area, r.randint(1, 27), r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"),
                            r.choice("ABDEFGHJLNPQRSTUWXYZ"))

# ------------------------------------------------------------------ staff (fixed)
STAFF = [
    dict(first="Kerensa", last="Polglase", role="Occupational Therapist (HCPC registered)", base="Truro", user="kerensa.polglase"),
    dict(first="Tom", last="Vosper", role="Employment Specialist", base="Plymouth", user="tom.vosper"),
    dict(first="Bryony", last="Hext", role="Mental Health Practitioner", base="Exeter", user="bryony.hext"),
    dict(first="Daniel", last="Chegwidden", role="Job Coach", base="Camborne", user="daniel.chegwidden"),
    dict(first="Sian", last="Trethewey", role="Clinical Lead, Health and Work", base="Bodmin", user="sian.trethewey"),
    dict(first="Marcus", last="Eddy", role="Employment Specialist (Justice pathway)", base="Plymouth", user="marcus.eddy"),
    dict(first="Lowenna", last="Rowe", role="Occupational Therapist", base="Barnstaple", user="lowenna.rowe"),
    dict(first="Priya", last="Nandakumar", role="Mental Health Practitioner", base="Torquay", user="priya.nandakumar"),
    dict(first="Gareth", last="Coombe", role="Employer Engagement Lead", base="Newton Abbot", user="gareth.coombe"),
    dict(first="Hannah", last="Kitto", role="Data and Compliance Officer", base="Bodmin", user="hannah.kitto"),
]
_sr = random.Random(4242)
for s in STAFF:
    s["addr"] = s["user"] + "@" + INTERNAL
    s["full"] = s["first"] + " " + s["last"]
    s["mob"] = "07700 900%03d" % _sr.randint(0, 999)
OFFICES = {"Truro": "Unit 3, Kenwyn Yard, Truro TR1 3XA", "Plymouth": "2nd floor, Millbay Chambers, Plymouth PL1 3NN",
           "Exeter": "14 Longbrook Row, Exeter EX4 6AP", "Camborne": "The Old Count House, Camborne TR14 8SX",
           "Bodmin": "Priory Road Business Centre, Bodmin PL31 2DP", "Barnstaple": "Boutport Studios, Barnstaple EX31 1RX",
           "Torquay": "Abbey Crescent Offices, Torquay TQ2 5HD", "Newton Abbot": "Courtenay Mews, Newton Abbot TQ12 2QA"}

DISCLAIMERS = [
    "CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee. "
    "It may contain personal data, including special category data such as information about health or criminal "
    "convictions, which is protected by UK GDPR and the Data Protection Act 2018. If you have received it in error "
    "please tell the sender and delete it. " + ORG + " is a community interest company registered in England and Wales.",
    "This message may contain information about physical or mental health, substance use or offending that is "
    "sensitive. If it has reached you by mistake, do not read, copy or forward it; let us know and delete it. "
    "We are a subcontractor delivering the Work and Health Programme on behalf of the Department for Work and Pensions.",
    "Our practitioners are registered with the HCPC or hold equivalent professional registration. Nothing in this "
    "e-mail is medical advice. If you are in crisis, call NHS 111 (option 2 for mental health) or Samaritans on 116 123.",
    "Please consider the environment before printing. " + ORG + " CIC. Information governance queries: "
    "ig@" + INTERNAL + ". We process health and criminal offence data only where the law allows.",
]

def signature(s, disc=None, mobile=True, phone_style=False, pronouns=None):
    lines = ["", s["full"] if not pronouns else f"{s['full']} ({pronouns})", s["role"], ORG,
             OFFICES.get(s["base"], s["base"])]
    if mobile:
        lines.append(("Mob: " if not phone_style else "M ") + s["mob"])
    if disc is not None:
        lines += ["", DISCLAIMERS[disc]]
    return "\n".join(lines)

PHONE_SIGS = ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy", "Get Outlook for iOS"]
SIGN_KEY_PEM = b"""-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDmSBsZiOjaBZIx
58Lbwj1iI+nuJ9RtFtFMT5xicssZHahcENgukKk9ccmSukXEnTZVStcwI42tLtHX
DeIXWNvN3f3akBdvLPKI1tPsqgHV8U7ctHa05AkTKLmXupy3FyGcPytbkM4c023N
DdKG99UlGvbZjfulIZ46Xmt0lA+2uXg2vofIRjQ3w23LUXPtO5XUlvAdS98ECQme
Cp+/s0k6Cp83PmdXZlDQgR1UXowMC3ULT5VEnku20cHKmdx3pYCPQjefX6Z0Tc2A
7Fl/diCMI4MupXRhvSnIoU9fV9R7HNeqnvsXeTIkD/LpiD+Uu9hDsEwsdNPamvRx
GGJm9WcDAgMBAAECggEAaQtFSV2ZkjJuYNNuoJ43L/hf8mI61VROPvglxwbEPH25
2d1ZL8yPVtb78zGDN8/bBAcyp+Pf8brkv6u2kZ3YDk2QSc3m0rD3JZKRc2iNk9ES
fzzW1Wcb+KBgIKVgbWhgzYxHM+qXCrErahk/CpAsq1NkfRL2UnpGWivN6ozLqjaM
yHL5BnGixDPB29QCh5Zk+z02kef8BZ9XXeEnDy12I6Mtgp/1a2Kvoss912neqbTR
TF7HxvlI9Ux/6RW3hXCAHiv9n91QhIlmnHxBtiRo4vfKqBPiNuzDwZgKsdrgTdM9
no57yRV48HuIZnVvgBBUF5VRIPbcxspDC1cg5+KSCQKBgQD7fQncpAMOOO2nacIH
UQOEhB2/+AZf6KY8e0cZFQ5/gARXWyP25/yEJVX5kjYFLSO1a5QUo6U+653iLB0M
0u6boE7L2mTZ5kM3KkwBqlP2tRLC4ehaC1R0Lq8pE09Ph5Vw99vmFYjHPTZi+CB1
WpNrh68j7pMHap59vJc3O0MS1QKBgQDqaazYnifAqtDksK+yQB8O01g/JcE8pFgm
DiW/Z3osnWc7sWlDmESVS0/ai412PGDRBeIn7HMEiKLaJpQqpyM9seKPwyObxV6b
8JQc7kQFwnkzdc/uW6iTxfIlqglOSSPiGOVMUCd2We2Vk+VChSyGdZXACE9geWn/
k2fp0MAOdwKBgFY0wWmpqwZ4CzcE8KbTZXJKW2xPl9fOhxVaaL+3URXxiwtqyYQ8
d3nQ1ozLSssxcvkgXE1K3z0XRTKfToHz2CjupbQJM+LhpI7HZ/B2M3vxC/JTv/MF
yThePFrHLLulTVvBCtbu8MjjOb5pMa8okjoc87NMd4fmS1fsiqU7Ij3VAoGBAOeX
N/lbZ5LmMDOAjFTjHMwc6ZaZymwLQjt2xrxvkzj42cET6heqHDgTi/Uy4rPpuw1H
bsRaytez1pEIhGIPdrXBRUEbXdbMDEisSui6TeIS3IOG5cNsMwSsECw97au2fwkl
54SZvCMlfaDF2T77K548FZL/osyBp8Ok8okCgHzJAoGBAMMAXII8KMXxgtgI8Lsz
+DJgQHNV48Yf2PKzx9oeZW53LOd3zaM7yWp1PH8F3kQ8q7Y9M6MA7J1R10VO8UqM
a7aouufyH5wd6brHEr3IKetYf7/HG61CuZaKH5hQ6HsBdmc5PpmSo6Njs04km5OC
6jOFu8wW2eG3uBvxqkqgcwlA
-----END PRIVATE KEY-----
"""
SIGN_CERT_PEM = b"""-----BEGIN CERTIFICATE-----
MIIDeTCCAmGgAwIBAgICWhcwDQYJKoZIhvcNAQELBQAwZjExMC8GA1UEAwwoVGFt
YXIgYW5kIE1vb3IgSGVhbHRoIGFuZCBXb3JrIC0gc2lnbmluZzExMC8GCSqGSIb3
DQEJARYiZ292ZXJuYW5jZUBwcm92aWRlci5leGFtcGxlLm9yZy51azAeFw0yNjAx
MDEwMDAwMDBaFw0yOTAxMDEwMDAwMDBaMGYxMTAvBgNVBAMMKFRhbWFyIGFuZCBN
b29yIEhlYWx0aCBhbmQgV29yayAtIHNpZ25pbmcxMTAvBgkqhkiG9w0BCQEWImdv
dmVybmFuY2VAcHJvdmlkZXIuZXhhbXBsZS5vcmcudWswggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQDmSBsZiOjaBZIx58Lbwj1iI+nuJ9RtFtFMT5xicssZ
HahcENgukKk9ccmSukXEnTZVStcwI42tLtHXDeIXWNvN3f3akBdvLPKI1tPsqgHV
8U7ctHa05AkTKLmXupy3FyGcPytbkM4c023NDdKG99UlGvbZjfulIZ46Xmt0lA+2
uXg2vofIRjQ3w23LUXPtO5XUlvAdS98ECQmeCp+/s0k6Cp83PmdXZlDQgR1UXowM
C3ULT5VEnku20cHKmdx3pYCPQjefX6Z0Tc2A7Fl/diCMI4MupXRhvSnIoU9fV9R7
HNeqnvsXeTIkD/LpiD+Uu9hDsEwsdNPamvRxGGJm9WcDAgMBAAGjMTAvMC0GA1Ud
EQQmMCSBImdvdmVybmFuY2VAcHJvdmlkZXIuZXhhbXBsZS5vcmcudWswDQYJKoZI
hvcNAQELBQADggEBADeqYM0/NklACi6X4/8mva/aDa5td7itqSqgGGQ0xMlByZaj
W8shx0u3K6k4i4zlVtxHpsf2C9NlTxmFszQxZ58YJm1TFsHZgndCeJK4S6sTytee
DjK+8JqGM5Zb3/EnUZvTUMrr/pvZTYXnAcRYkv39S2hPdFoftW++4shmjazVtERv
C9e9WTQ+MzVVNhjtYaV8O1/tQymn9STu+00edxlyon4qxD5Qu5gGRqDkr71AXdp4
sR1Rf/mTKUOoDOjxkKUTysF6K1YPAbwRxcbuKl+IRFz7wB32GDMcgoPwtnvv6slW
J+LOasIWOiczWBoJW4b+cN8JT4riq9Sqf74+/xE=
-----END CERTIFICATE-----
"""
ENVELOPED_0 = """MIICVAYJKoZIhvcNAQcDoIICRTCCAkECAQAxggF6MIIBdgIBADBeMFgxJjAkBgNVBAMMHUJyaWRn
ZXdheSBTdXBwb3J0IHNlY3VyZSBtYWlsMS4wLAYJKoZIhvcNAQkBFh9zZWN1cmVAYnJpZGdld2F5
LXN1cHBvcnQub3JnLnVrAgJaFzANBgkqhkiG9w0BAQEFAASCAQDcgCIkKD7ym0YwAUunecRNNBk8
7G03s16pPyRqvFkvxuFOOyQpU6xhFPjra4ZU+hPShxy7PZYkSHNYVkbStZKnVnUHDUhJWwssluEn
RyrF5WX6wk9ACSuNrhS9G9Kc+VpY9EuRIxMh+UQTP1WjD8JGWfYOoSeJKuVSIXmcGMQm1eT3dlgF
IZ16wjWgkwhoQwwrTHuweO6ZZ8EyDddFLlyvweIDWAxb3a6BBl7tGqW5VJqcw/vLVd5NJHSeETgA
xY6k4RSqPY7li0/wZtSJHQ+N2Z68lEP/DOdUpDqTqiOCCYBRxCyJwvbRVrHl+wrHpAB5jormRaif
ZEhIajv6ZHRCMIG9BgkqhkiG9w0BBwEwHQYJYIZIAWUDBAECBBAfRVzqDVRjceoW7gpSZmDigIGQ
yZpCDX3TyqZ9+QqjV/+DBV4hsCEJMT5j8rE0ApUUMEB5CFke3OW8GwtvScL1/0qPJ2lznmBJ5+IN
/SHcASky6xbUOrNg81jQO2nexwJtbkO21BJaPAEd3OrJPw2K+ZnUp5FJYUvH6vdiD+WOxO68iGVb
vV4cGqHP52YgM5ibdkUuVK9QNxi+mz1tOYztHzmm
"""
ENVELOPED_1 = """MIICVAYJKoZIhvcNAQcDoIICRTCCAkECAQAxggF6MIIBdgIBADBeMFgxJjAkBgNVBAMMHUJyaWRn
ZXdheSBTdXBwb3J0IHNlY3VyZSBtYWlsMS4wLAYJKoZIhvcNAQkBFh9zZWN1cmVAYnJpZGdld2F5
LXN1cHBvcnQub3JnLnVrAgJaFzANBgkqhkiG9w0BAQEFAASCAQCZOB5nHWwrXjNwcbvvLecevkHm
v41gBZ9O9qChbkVsAiS7dcJ5HZh9ib6zCOHsJBB7z6CrxZ99QoIwnnvAz1EsuonLyFHm00BapD+C
D6dpC2XbvdqmR62RJ7TVlwGFDHxkuZ5J+6ZkVK/19q/3X7kXLHnoy1f7wUoVEf7a9a70XsNhI7cc
sj+aFofMvHRK31U75b9iGiIEIXdKW4BLajE68dDxnEtpnVNICU0DutNHjDQ9q9nXx5/oHr739GqL
rDxq3zrYCoX7aERPo1vCsykWM0yIHBp6McA7fW+ju6H4c2XHi4IrfI9F74f9Q0hjRcBgZErBH0/z
V5sgSIqfsrFBMIG9BgkqhkiG9w0BBwEwHQYJYIZIAWUDBAECBBCK1bu0yIw1BM8JbCbqmhwqgIGQ
vSBVSy92b3okbVJm2p7Zn1vB2hvXGfH1iIjj0ussuTC/3lU2NhChWA+5xikZ3K/HYFMCWISTtiSh
Hd4PU5glvUJnCxRK/sRcOeUZnVJVQlqEBPmEqz6wOCtNXt3G7eAXVl0geyw4Lr6rhtJdRcrN8dzw
kBedSQQ27CuiQTa0nR/XvuZQIkz2JjrksPRtYgJb
"""

# ------------------------------------------------------------------ documents
_DATE_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")

def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml", "docProps/app.xml"):
                b = _DATE_RE.sub(b"2026-11-02T09:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()

def make_docx(blocks, title="Document"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = ORG
    cp.title = title
    cp.created = cp.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.last_modified_by = ORG
    cp.revision = 1
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(x) for x in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
        elif k == "break":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())

def make_xlsx(sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        for row in sh["rows"]:
            ws.append(list(row))
        for col in sh.get("hidden_cols", []):
            ws.column_dimensions[col].hidden = True
        if sh.get("hidden"):
            ws.sheet_state = "hidden"
    wb.properties.creator = ORG
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())

def make_odt(blocks):
    doc = OpenDocumentText()
    for b in blocks:
        if b[0] == "h":
            h = OdfH(outlinelevel=1)
            teletype.addTextToElement(h, b[1])
            doc.text.addElement(h)
        elif b[0] == "p":
            p = OdfP()
            teletype.addTextToElement(p, b[1])
            doc.text.addElement(p)
        elif b[0] == "table":
            rows = b[1]
            t = OdfTable(name="T%d" % len(rows))
            t.addElement(OdfCol(numbercolumnsrepeated=max(len(x) for x in rows)))
            for row in rows:
                tr = OdfRow()
                for v in row:
                    c = OdfCell()
                    p = OdfP()
                    teletype.addTextToElement(p, str(v))
                    c.addElement(p)
                    tr.addElement(c)
                t.addElement(tr)
            doc.text.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return fix_zip(buf.getvalue())

_PDF_MAP = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "...",
            "\u00a0": " ", "\u2022": "-"}

def latin(s):
    s = "".join(_PDF_MAP.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")

def _pdf():
    p = FPDF(format="A4")
    p.set_creation_date(datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
    p.set_producer("Tamar-Moor docgen")
    p.set_auto_page_break(True, 15)
    return p

def make_pdf(pages):
    p = _pdf()
    for blocks in pages:
        p.add_page()
        for b in blocks:
            if b[0] == "h":
                p.set_font("Helvetica", "B", 14)
                p.multi_cell(0, 8, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
                p.ln(2)
            elif b[0] == "p":
                p.set_font("Helvetica", "", 10.5)
                p.multi_cell(0, 5.5, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
                p.ln(2)
            elif b[0] == "table":
                p.set_font("Helvetica", "", 8.5)
                with p.table() as t:
                    for row in b[1]:
                        rr = t.row()
                        for v in row:
                            rr.cell(latin(str(v)))
                p.ln(3)
    return bytes(p.output())

def make_acroform_pdf(title, fields):
    """fields: list of (label, name, value). Labels are printed; answers exist only as field values."""
    p = _pdf()
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, latin(title), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    ys = []
    for lab, _, _ in fields:
        ys.append(p.get_y())
        p.cell(70, 9, latin(lab), border=0)
        p.cell(110, 9, "", border=1, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    base = bytes(p.output())
    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(base)))
    page = w.pages[0]
    H = float(page.mediabox.height)
    k = 72 / 25.4
    annots = ArrayObject()
    flds = ArrayObject()
    for (lab, name, val), y in zip(fields, ys):
        rect = ArrayObject([FloatObject(80 * k), FloatObject(H - (y + 9) * k), FloatObject(190 * k), FloatObject(H - y * k)])
        a = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                              NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(name),
                              NameObject("/V"): TextStringObject(latin(val)), NameObject("/Rect"): rect,
                              NameObject("/F"): NumberObject(4), NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g")})
        ref = w._add_object(a)
        annots.append(ref)
        flds.append(ref)
    page[NameObject("/Annots")] = annots
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): flds,
                                                                NameObject("/NeedAppearances"): BooleanObject(True)})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()

def encrypt_pdf(data, pw):
    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    w.encrypt(user_password=pw, owner_password=pw + "-own", algorithm="AES-256")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()

def scan_image(lines, r, fmt="JPEG", size=(900, 1200)):
    img = Image.new("L", size, 244)
    dr = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    y = 60
    for ln in lines:
        dr.text((60 + r.randint(-2, 2), y), ln, fill=30, font=font)
        y += 26
    px = img.load()
    for _ in range(4000):
        px[r.randrange(size[0]), r.randrange(size[1])] = r.randint(150, 230)
    img = img.rotate(0.7, fillcolor=244)
    buf = io.BytesIO()
    img.save(buf, fmt, **({"quality": 72} if fmt == "JPEG" else {}))
    return buf.getvalue()

def image_pdf(imgs):
    p = _pdf()
    for im in imgs:
        p.add_page()
        p.image(io.BytesIO(im), x=10, y=10, w=190)
    return bytes(p.output())

def logo_png(seed=1):
    img = Image.new("RGB", (180, 48), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.ellipse((4, 4, 44, 44), fill=(20, 110, 120))
    dr.polygon([(10, 36), (24, 12), (38, 36)], fill=(230, 200, 60))
    dr.text((54, 16), "Tamar & Moor", fill=(20, 80, 90), font=ImageFont.load_default())
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()

def make_zip(files, pw=None):
    buf = io.BytesIO()
    if pw:
        with pyzipper.AESZipFile(buf, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(pw.encode())
            for name, data in files:
                zi = z.zipinfo_cls(name, FIXED_ZIP_TIME)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                z.writestr(zi, data)
    else:
        with zipfile.ZipFile(buf, "w") as z:
            for name, data in files:
                zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    return buf.getvalue()

def make_csv(rows):
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    return s.getvalue().encode("utf-8")

def fixed_width(rows, widths):
    out = []
    for row in rows:
        out.append("".join(str(v)[:w].ljust(w) for v, w in zip(row, widths)).rstrip())
    return ("\n".join(out) + "\n").encode("ascii")

def ics(summary, start, minutes, desc, organiser, attendees, uid, location="", method="REQUEST"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    end = start + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261102T090000Z",
             "DTSTART;TZID=Europe/London:" + start.strftime(f), "DTEND;TZID=Europe/London:" + end.strftime(f),
             "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(desc), "LOCATION:" + esc(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organiser[0], organiser[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln) > 74:
            folded.append(ln[:74])
            ln = " " + ln[74:]
        folded.append(ln)
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")

def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_armor(r, size=600):
    def newlen(n):
        if n < 192:
            return bytes([n])
        n -= 192
        return bytes([(n >> 8) + 192, n & 0xFF])
    keyid = bytes(r.getrandbits(8) for _ in range(8))
    mpi = bytes([0x80 | r.getrandbits(7)]) + bytes(r.getrandbits(8) for _ in range(255))
    body = bytes([3]) + keyid + bytes([1]) + (2048).to_bytes(2, "big") + mpi
    pkesk = bytes([0xC1]) + newlen(len(body)) + body
    sed = bytes([1]) + bytes(r.getrandbits(8) for _ in range(size))
    seipd = bytes([0xD2]) + newlen(len(sed)) + sed
    data = pkesk + seipd
    b64 = base64.b64encode(data).decode()
    lines = "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
    c = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + lines + "\n=" + c + "\n-----END PGP MESSAGE-----\n"

# ------------------------------------------------------------------ MIME
CTYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "pdf": "application/pdf", "odt": "application/vnd.oasis.opendocument.text", "csv": "text/csv",
          "txt": "text/plain", "zip": "application/zip", "ics": "text/calendar", "jpg": "image/jpeg",
          "jpeg": "image/jpeg", "png": "image/png", "dat": "application/octet-stream", "tif": "image/tiff"}

def addr_of(x):
    if isinstance(x, dict):
        return x["addr"]
    if isinstance(x, tuple):
        return x[1]
    return x

def fmt_addr(x):
    if isinstance(x, dict):
        return eutils.formataddr((x["full"], x["addr"]))
    if isinstance(x, tuple):
        return eutils.formataddr(x)
    return x

def _charset(cte):
    cs = Charset("utf-8")
    cs.body_encoding = BASE64 if cte == "b64" else QP
    cs.header_encoding = QP
    return cs

def text_part(s, sub="plain", cte="qp"):
    if cte == "7bit" and all(ord(ch) < 128 for ch in s):
        return MIMEText(s, sub, "us-ascii")
    return MIMEText(s, sub, _charset(cte))

class Builder:
    def __init__(self, tag):
        self.tag = tag
        self.nb = 0

    def bnd(self, m):
        self.nb += 1
        m.set_boundary("----=_TM_%s_%02d" % (self.tag, self.nb))
        return m

    def attachment(self, a):
        if a.get("msg") is not None:
            part = MIMEMessage(a["msg"])
            if a.get("name"):
                part.add_header("Content-Disposition", "attachment", filename=a["name"])
            return part
        ext = a["name"].rsplit(".", 1)[-1].lower()
        ct = a.get("ctype") or CTYPES.get(ext, "application/octet-stream")
        mt, st = ct.split("/", 1)
        params = {}
        if ext == "ics":
            params["method"] = "REQUEST"
        part = MIMEBase(mt, st, name=a["name"], **params)
        part.set_payload(a["data"])
        encoders.encode_base64(part)
        part.add_header("Content-Disposition", a.get("disp", "attachment"), filename=a["name"])
        return part

    def body(self, text=None, html=None, cte="qp", logo=None):
        if html is not None and logo is not None:
            rel = self.bnd(MIMEMultipart("related"))
            rel.attach(text_part(html, "html", cte))
            img = MIMEImage(logo, "png")
            img.add_header("Content-ID", "<logo_%s@tamarmoor>" % self.tag)
            img.add_header("Content-Disposition", "inline", filename="tamar-moor-logo.png")
            rel.attach(img)
            hpart = rel
        elif html is not None:
            hpart = text_part(html, "html", cte)
        else:
            hpart = None
        if text is not None and hpart is not None:
            alt = self.bnd(MIMEMultipart("alternative"))
            alt.attach(text_part(text, "plain", cte))
            alt.attach(hpart)
            return alt
        if hpart is not None:
            return hpart
        return text_part(text, "plain", cte)

    def message(self, frm, to, cc=(), subject="", text=None, html=None, cte="qp", attachments=(), logo=False,
                headers=(), date=None, msgid=None, body_part=None):
        b = body_part if body_part is not None else self.body(text, html, cte, logo_png() if logo else None)
        if attachments:
            m = self.bnd(MIMEMultipart("mixed"))
            m.attach(b)
            for a in attachments:
                m.attach(self.attachment(a))
        else:
            m = b
        mime = [(k, v) for k, v in m.items() if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")]
        for k in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
            del m[k]
        m["From"] = fmt_addr(frm)
        if to:
            m["To"] = ", ".join(fmt_addr(x) for x in to)
        if cc:
            m["Cc"] = ", ".join(fmt_addr(x) for x in cc)
        m["Subject"] = subject
        m["Date"] = date or "Mon, 02 Nov 2026 09:00:00 +0000"
        m["Message-ID"] = msgid or "<%s@mail.provider.example.org.uk>" % self.tag
        for k, v in headers:
            m[k] = v
        m["MIME-Version"] = "1.0"
        for k, v in mime:
            if k.lower() != "mime-version":
                m[k] = v
        return m

def serialize(m, crlf=False):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep="\r\n" if crlf else "\n")).flatten(m)
    return buf.getvalue()

def header_block(frm, to, cc, subject, date, msgid, extra=()):
    h = [("From", fmt_addr(frm)), ("To", ", ".join(fmt_addr(x) for x in to))]
    if cc:
        h.append(("Cc", ", ".join(fmt_addr(x) for x in cc)))
    h += [("Subject", subject), ("Date", date), ("Message-ID", msgid), ("MIME-Version", "1.0")] + list(extra)
    return "".join("%s: %s\r\n" % kv for kv in h)

def smime_signed(inner, hdrs, tag):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7
    key = serialization.load_pem_private_key(SIGN_KEY_PEM, None)
    cert = x509.load_pem_x509_certificate(SIGN_CERT_PEM)
    inner_b = serialize(inner, crlf=True)
    sig = (pkcs7.PKCS7SignatureBuilder().set_data(inner_b).add_signer(cert, key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes]))
    bd = "----=_TM_%s_sig" % tag
    out = hdrs + ('Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; '
                  'boundary="%s"\r\n\r\nThis is an S/MIME signed message\r\n\r\n--%s\r\n' % (bd, bd))
    b64 = base64.encodebytes(sig).decode().replace("\n", "\r\n")
    out = out.encode() + inner_b + ("\r\n--%s\r\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\n"
                                    "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; "
                                    "filename=\"smime.p7s\"\r\n\r\n%s\r\n--%s--\r\n" % (bd, b64, bd)).encode()
    return out

def smime_enveloped(hdrs, which):
    blob = (ENVELOPED_0 if which == 0 else ENVELOPED_1).replace("\n", "\r\n")
    return (hdrs + 'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n'
            'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7m"\r\n\r\n'
            + blob).encode()

def pgp_mime(hdrs, r, tag):
    bd = "----=_TM_%s_pgp" % tag
    arm = pgp_armor(r, 900).replace("\n", "\r\n")
    return (hdrs + 'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="%s"\r\n\r\n'
            'This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\r\n--%s\r\n'
            'Content-Type: application/pgp-encrypted\r\nContent-Description: PGP/MIME version identification\r\n\r\n'
            'Version: 1\r\n\r\n--%s\r\nContent-Type: application/octet-stream; name="encrypted.asc"\r\n'
            'Content-Description: OpenPGP encrypted message\r\nContent-Disposition: inline; filename="encrypted.asc"\r\n\r\n'
            '%s\r\n--%s--\r\n' % (bd, bd, bd, arm, bd)).encode()

# ------------------------------------------------------------------ framework
import zlib
GUIDANCE = {
    "no_claimant_data": "¶12-14; RULES 'About a person, not about a word'",
    "one_name": "¶18", "cv_to_claimant": "¶17", "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24", "letters_up_to_10": "¶24-28", "names_list_500": "¶29-31",
    "nino_only_list": "¶31", "dwp_names_list": "¶36, ¶29-31", "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶43-50", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "policy 3.8; RULES 'Outcomes'",
    "encrypt_special_category": "¶32, ¶26; 003 ¶8-9", "encrypt_nino": "¶33",
    "encrypt_dob_bank": "¶32, ¶23, ¶27", "encrypt_benefit_children": "¶32, ¶30", "encrypt_beyond_name": "¶18",
    "encrypt_over_limit": "¶21, ¶22, ¶24, ¶31", "encrypt_list_forbidden_column": "¶29-30",
    "encrypt_letter_kind": "¶25", "encrypt_dwp_process": "¶34-36; C15 ¶46-49, ¶53",
    "encrypt_claimant_recipient": "¶17, ¶24-28, ¶32", "encrypt_sender_tag": "RULES 'Sender-requested encryption'",
    "encrypt_password_protected": "RULES 'Reject regardless of encryption' (password-protected: encrypt)",
    "encrypt_no_text_scan": "RULES 'Images and scans with no text layer'", "reject_cv_no_consent": "¶17",
    "reject_uninspectable": "RULES 'Content that cannot be inspected'; policy 3.3",
}

def T(**kw):
    t = dict(ninos=0, dob=False, bank=False, special=[], benefit_payment=False, children=False,
             contact_details=False, data_subjects=0, doc_kinds=[])
    for k in kw:
        assert k in t, k
    t.update(kw)
    return t

def F(**kw):
    f = dict(encrypted=False, opaque=False, pw=False, cv_count=0, form_people=0, letters=[], list_rows=0,
             list_cols=[], nino_only=False, records=0, fwd_record=0, name_only=False, extra=[], own_rcpt=[])
    for k in kw:
        assert k in f or k in ("nino_split",), k
    f.update(kw)
    return f

CONSENT = []          # filled by scenarios (addresses that asked for their CV by e-mail)
SCEN = []

def reg(n=1):
    def deco(fn):
        for v in range(n):
            SCEN.append((fn, v))
        return fn
    return deco

def clean_local(s):
    return re.sub(r"[^a-z]", "", s.lower())

class Ctx:
    def __init__(self, name, v):
        self.seed = zlib.crc32(("%s/%d" % (name, v)).encode())
        self.v = v
        self.f = Faker("en_GB")
        self.f.seed_instance(self.seed)
        self.r = random.Random(self.seed)
        _URANDOM.seed(self.seed ^ 0x5151)
        self.tag = "%08x" % self.seed
        self.b = Builder(self.tag)
        day = datetime.date(2026, 11, 2) + datetime.timedelta(days=self.r.randint(0, 25))
        while day.weekday() > 4:
            day += datetime.timedelta(days=1)
        self.when = datetime.datetime(day.year, day.month, day.day, self.r.randint(7, 18), self.r.randint(0, 59),
                                      self.r.randint(0, 59), tzinfo=datetime.timezone.utc)
        self.date = eutils.format_datetime(self.when)
        self.msgid = "<%s.%s@mail.provider.example.org.uk>" % (self.tag, self.when.strftime("%Y%m%d%H%M"))

    def person(self, female=None, domain=None, age=None):
        if female is None:
            female = self.r.random() < 0.5
        first = self.f.first_name_female() if female else self.f.first_name_male()
        last = self.f.last_name()
        town, area = self.r.choice(TOWNS)
        dom = domain or self.r.choice(FREEMAIL)
        sep = self.r.choice([".", "", "_"])
        em = "%s%s%s%d@%s" % (clean_local(first), sep, clean_local(last), self.r.randint(1, 99), dom)
        he = "she" if female else "he"
        return dict(first=first, last=last, full=first + " " + last, email=em, phone=phone(self.r, "mob"),
                    landline=phone(self.r, self.r.choice(["leeds", "manc", "lon"])), town=town,
                    postcode=postcode(self.r, area), street=self.f.street_address().replace("\n", ", "),
                    age=age or self.r.randint(19, 61), he=he, him="her" if female else "him",
                    his="her" if female else "his", He=he.capitalize(), His=("Her" if female else "His"),
                    female=female, title=("Ms" if female else "Mr"))

    def contact(self, domain):
        first, last = self.f.first_name(), self.f.last_name()
        return dict(first=first, last=last, full=first + " " + last,
                    addr="%s.%s@%s" % (clean_local(first), clean_local(last), domain))

    def employer(self, domain=None):
        domain = domain or self.r.choice(sorted(EMPLOYERS))
        c = self.contact(domain)
        c["org"] = EMPLOYERS.get(domain, OTHER3P.get(domain, domain))
        return c

    def staff(self, i=None):
        return STAFF[i] if i is not None else self.r.choice(STAFF)

    def dwp(self, domain=None):
        domain = domain or self.r.choice(["dwp.gov.uk", "jobcentreplus.gov.uk", "dwp.gsi.gov.uk"])
        first, last = self.f.first_name(), self.f.last_name()
        return dict(first=first, last=last, full=first + " " + last,
                    addr="%s.%s@%s" % (clean_local(first), clean_local(last), domain))

    def hdrs(self, outlook=True, phone=False):
        h = []
        if phone:
            h.append(("X-Mailer", self.r.choice(["iPhone Mail (22B83)", "Outlook-Android/2.0", "Outlook-iOS/2.0"])))
        elif outlook:
            h.append(("X-Mailer", "Microsoft Outlook 16.0"))
            h.append(("Thread-Index", base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(22))).decode()))
        return h

    def mail(self, frm, to, subject, cc=(), bcc=(), text=None, html=None, cte="qp", attachments=(), logo=False,
             headers=None, crlf=False, phone=False, raw=None, body_part=None):
        if headers is None:
            headers = self.hdrs(phone=phone)
        if raw is not None:
            data = raw
        else:
            m = self.b.message(frm, to, cc, subject, text, html, cte, attachments, logo, headers, self.date,
                               self.msgid, body_part=body_part)
            data = serialize(m, crlf)
        self.out = dict(data=data, mail_from=addr_of(frm),
                        rcpt_to=[addr_of(x) for x in list(to) + list(cc) + list(bcc)], subject=subject)
        return self

    def label(self, action, rule, truth, facts, notes):
        self.out.update(expected_action=action, rule=rule, guidance=GUIDANCE[rule], truth=truth, facts=facts,
                        notes=notes)
        return self.out

    def quote_outlook(self, who_name, who_addr, to_name, subject, body, when=None):
        when = when or (self.when - datetime.timedelta(hours=self.r.randint(2, 70)))
        q = ["", "________________________________", "From: %s <%s>" % (who_name, who_addr),
             "Sent: %s" % when.strftime("%A, %d %B %Y %H:%M"), "To: %s" % to_name, "Subject: %s" % subject, "", body]
        return "\n".join(q)

    def quote_gmail(self, who_name, who_addr, body, when=None):
        when = when or (self.when - datetime.timedelta(hours=self.r.randint(2, 70)))
        head = "On %s at %s, %s <%s> wrote:" % (when.strftime("%a, %d %b %Y"), when.strftime("%H:%M"), who_name,
                                                who_addr)
        return "\n" + head + "\n" + "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))

def html_of(text, sig=None, logo=False):
    """Outlook-flavoured HTML from paragraphs separated by blank lines."""
    parts = []
    for para in text.strip("\n").split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        parts.append('<p class="MsoNormal">%s</p>' % esc)
    if sig:
        esc = sig.strip("\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        parts.append('<p class="MsoNormal" style="color:#1F4E59;font-size:9pt">%s</p>' % esc)
    if logo:
        parts.append('<p><img src="cid:logo_%s@tamarmoor" alt="Tamar &amp; Moor" width="180" height="48"></p>' % logo)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>'
            '<body lang="EN-GB">\n' + "\n".join(parts) + "\n</body></html>")

def html_table(rows, head=True):
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, str(v).replace("&", "&amp;"), tag) for v in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

# ------------------------------------------------------------------ content helpers
PROFILES = [
    "Reliable and practical, with {y} years in {sector}. I like a busy shift and I am happiest when I know what is expected of me.",
    "Friendly, calm team member looking to return to {sector} work. Good with customers and quick to pick up new systems.",
    "Hands-on worker with experience in {sector}. I take pride in doing a job properly and getting it finished on time.",
    "Organised and careful, with a background in {sector}. Looking for part-time work close to home to start with.",
    "Hard-working person with {y} years' experience across {sector}. Holds a full driving licence and own transport.",
    "Conscientious and punctual. Experienced in {sector} and keen to build on recent training with a local employer.",
    "Enthusiastic about outdoor and practical work, with {y} years in {sector}. Comfortable working alone or in a team.",
]
SECTORS = ["hospitality", "retail", "warehouse and logistics", "care", "food production", "cleaning and facilities",
           "horticulture", "construction labouring", "admin and reception", "fishing and boatyard work"]
JOBS = {"hospitality": ["Kitchen Porter", "Breakfast Chef", "Housekeeper", "Bar Staff"],
        "retail": ["Sales Assistant", "Stock Replenisher", "Checkout Operator"],
        "warehouse and logistics": ["Warehouse Operative", "Picker Packer", "Delivery Driver"],
        "care": ["Care Assistant", "Support Worker", "Domestic Assistant"],
        "food production": ["Production Operative", "Hygiene Operative", "Line Leader"],
        "cleaning and facilities": ["Cleaner", "Caretaker", "Site Porter"],
        "horticulture": ["Nursery Assistant", "Grounds Maintenance Operative", "Garden Centre Assistant"],
        "construction labouring": ["Labourer", "Groundworker", "Site Cleaner"],
        "admin and reception": ["Receptionist", "Admin Assistant", "Data Entry Clerk"],
        "fishing and boatyard work": ["Deckhand", "Boatyard Hand", "Fish Processor"]}
INTERESTS = ["walking the coast path", "surf lifesaving club volunteer", "five-a-side football", "gardening and growing veg",
             "local history", "cooking for family", "parkrun most Saturdays", "fixing up old bikes", "gig rowing",
             "crochet and craft fairs", "fishing", "playing bass in a covers band"]

def cv_blocks(c, p, layout=0, referee=True, contact=True, dob=None, extra_lines=()):
    r, f = c.r, c.f
    sector = r.choice(SECTORS)
    y = r.randint(2, 15)
    prof = r.choice(PROFILES).format(y=y, sector=sector)
    jobs = []
    yr = 2025
    for _ in range(r.randint(2, 3)):
        start = yr - r.randint(1, 4)
        jobs.append(("%d - %d" % (start, yr), r.choice(JOBS[sector]), f.company()))
        yr = start - r.randint(0, 1)
    blocks = [("h", p["full"] + (" - Curriculum Vitae" if layout == 1 else ""))]
    if contact:
        blocks.append(("p", "%s | %s | %s" % (p["town"], p["phone"], p["email"])))
    if dob:
        blocks.append(("p", "Date of birth: " + dob))
    blocks += [("h", "Profile", 2), ("p", prof)]
    if layout == 2:
        blocks += [("h", "Employment history", 2), ("table", [("Dates", "Role", "Employer")] + jobs)]
    else:
        blocks.append(("h", "Employment history", 2))
        for d, role, emp in jobs:
            blocks.append(("p", "%s  %s, %s. %s" % (d, role, emp, r.choice(
                ["Covered early and late shifts.", "Trained two new starters.", "Kept stock rooms and records tidy.",
                 "Worked to food hygiene standards.", "Dealt with customer queries and complaints.",
                 "Loaded and checked vehicles.", "Covered for the supervisor at weekends."]))))
    blocks += [("h", "Training and qualifications", 2),
               ("p", ", ".join(r.sample(["Food Hygiene Level 2", "CSCS card", "First Aid at Work", "Manual Handling",
                                         "GCSE English and Maths", "Forklift (counterbalance)", "Level 1 ICT",
                                         "Customer Service NVQ Level 2", "Health and Safety Level 1"], 3)))]
    blocks += [("h", "Interests", 2), ("p", ", ".join(r.sample(INTERESTS, 2)).capitalize() + ".")]
    for ln in extra_lines:
        blocks.append(("p", ln))
    if referee:
        rf = c.contact(r.choice(sorted(EMPLOYERS)))
        blocks += [("h", "Referee", 2), ("p", "%s, supervisor at %s - %s" % (rf["full"], c.f.company(), rf["addr"]))]
    return blocks

def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1] if b[0] == "p" else b[1].upper() if len(b) > 2 else b[1])
        elif b[0] == "table":
            out += ["  ".join(str(v) for v in row) for row in b[1]]
    return "\n".join(out)

VENUES = ["our Truro office, Kenwyn Yard", "the Plymouth office at Millbay Chambers", "Exeter, 14 Longbrook Row",
          "the Camborne Count House office", "Bodmin, Priory Road Business Centre", "Barnstaple, Boutport Studios"]

def letter_blocks(c, p, kind, emp=None, when=None):
    r = c.r
    when = when or (c.when + datetime.timedelta(days=r.randint(3, 20), hours=r.randint(0, 5)))
    ds = when.strftime("%A %d %B %Y at %H:%M").replace(" 0", " ")
    emp_org = emp["org"] if emp else r.choice(list(EMPLOYERS.values()))
    st = c.staff()
    head = [("p", ORG), ("p", c.when.strftime("%d %B %Y")), ("p", "Dear %s %s," % (p["title"], p["last"]))]
    if kind == "letter_interview":
        body = [("h", "Invitation to interview"),
                ("p", "Thank you for your interest in the %s role with %s. We are pleased to invite you to an interview on %s."
                 % (r.choice(["Production Operative", "Housekeeper", "Care Assistant", "Sales Assistant", "Labourer"]), emp_org, ds)),
                ("p", "The interview will last about %d minutes. Please bring proof of your right to work. "
                 "If the time does not suit, reply to this letter and we will find another." % r.choice([20, 30, 45]))]
    elif kind == "letter_job_offer":
        body = [("h", "Offer of employment"),
                ("p", "Following your interview, %s is delighted to offer you the post of %s, starting on %s."
                 % (emp_org, r.choice(["Kitchen Porter", "Warehouse Operative", "Support Worker", "Cleaner"]),
                    when.strftime("%d %B %Y"))),
                ("p", "The post is %d hours a week. Please confirm that you accept by replying to this letter." % r.choice([16, 20, 24, 30]))]
    elif kind == "letter_appointment":
        body = [("h", "Your next appointment"),
                ("p", "Your next appointment with %s is on %s at %s." % (st["full"], ds, r.choice(VENUES))),
                ("p", "If you can't make it, please ring the office on the number below so we can rearrange.")]
    else:
        body = [("h", r.choice(["Ending your support", "Confirmation of your participation"])),
                ("p", "This letter confirms that your support with %s on the Work and Health Programme %s."
                 % (ORG, r.choice(["will end on %s" % when.strftime("%d %B %Y"),
                                   "began on %s" % (c.when - datetime.timedelta(days=90)).strftime("%d %B %Y")]))),
                ("p", "If you have any questions about this letter, please contact your employment specialist.")]
    tail = [("p", "Yours sincerely,"), ("p", st["full"]), ("p", st["role"])]
    return head + body + tail

def form_rows(c, p, role=None, couple_partner=None):
    r = c.r
    role = role or r.choice(["Seasonal Packer", "Housekeeping Assistant", "Grounds Operative", "Retail Assistant",
                             "Production Operative", "Porter"])
    rows = [("Field", "Answer"), ("Position applied for", role), ("Applicant name", p["full"]), ("Age", str(p["age"])),
            ("Town", p["town"]), ("Availability", r.choice(["Weekdays, days only", "Any shifts", "Mornings until 2pm",
                                                             "Weekends and evenings"])),
            ("Experience", r.choice(["Two years in a bakery", "Volunteer at a charity shop", "Warehouse picking, 18 months",
                                     "Cleaning contracts, 4 years", "Bar work and catering events"])),
            ("Driving licence", r.choice(["Yes, full", "No", "Provisional"])),
            ("Right to work checked", "Yes, seen by job coach")]
    if couple_partner:
        q = couple_partner
        rows += [("Second applicant name", q["full"]), ("Second applicant age", str(q["age"])),
                 ("Second applicant availability", r.choice(["Same shifts as partner", "Days only", "Flexible"]))]
    return rows

def list_people(c, n):
    out = []
    for _ in range(n):
        out.append((c.f.last_name(), c.f.first_name()))
    return out

# ================================================================== scenarios: no claimant data
NOD = dict(a="relay", r="no_claimant_data")

def nod(c, notes):
    return c.label("relay", "no_claimant_data", T(), F(), notes)

@reg()
def s_event_disclaimer(c):
    s, e = c.staff(8), c.employer()
    txt = ("Hi %s,\n\nLovely to meet you at the Chamber lunch in %s. As promised, here are the details of our next "
           "Disability Confident employer breakfast: Wednesday 25 November, 8.00-9.30am, at the Eden Room, Kenwyn Yard.\n\n"
           "We will cover how to make reasonable adjustments at interview, what a good return-to-work conversation looks "
           "like after sickness absence, and why more employers in Cornwall are now open to applicants with convictions. "
           "Two local employers will talk about what has worked for them.\n\nNo need to bring anything - just let me know "
           "numbers for catering.\n\nBest wishes,\nGareth" % (e["first"], c.r.choice(["Truro", "St Austell", "Bodmin"])))
    sig = signature(s, disc=0)
    c.mail(s, [e], "Disability Confident employer breakfast - 25 November", text=txt + "\n" + sig,
           html=html_of(txt, sig, logo=c.tag), logo=True)
    return nod(c, "event invitation; disclaimer mentions health and criminal convictions; inline logo")

@reg()
def s_newsletter(c):
    s = c.staff(4)
    to = [("Bridgeway delivery team", "delivery@bridgeway-support.org.uk"), ("Northstar tutors", "tutors@northstar-training.co.uk")]
    txt = ("Practice Bulletin - November\n\nWelcome to this month's round-up from the clinical team.\n\n"
           "Our numbers this quarter: 212 people started with us across Devon and Cornwall. 58% told us about a mental "
           "health condition, 31% about a musculoskeletal condition and 12% about current or past drug or alcohol use. "
           "Average time from referral to first appointment fell to 6 working days.\n\n"
           "Alcohol Awareness Week runs 16-22 November. Kernow Recovery Hub has offered drop-in sessions for staff "
           "who want to feel more confident talking about drinking.\n\n"
           "Reminder: occupational therapists can now sign fit notes. If a participant asks about this, talk to your OT first.\n\n"
           "Welcome to Lowenna, who joins the Barnstaple team as an OT after eight years in community rehab.\n\n"
           "Take care of yourselves over the dark months - the EAP line is open 24 hours.")
    c.mail(s, to, "Practice Bulletin - November", html=html_of(txt, signature(s, disc=2, mobile=False)), cte="b64")
    return nod(c, "HTML-only newsletter with aggregate percentages of health, mental health and substance use")

@reg()
def s_job_advert_bcc(c):
    s = c.staff(1)
    bcc = [c.person()["email"] for _ in range(4)]
    txt = ("Hello everyone,\n\nA new vacancy that a few of you asked about:\n\nKITCHEN PORTER - Exe Estuary Hotels, Exmouth\n"
           "30 hours, £12.60 an hour, staff meals and free parking. Split shifts some weekends.\n\n"
           "The hotel is a Disability Confident employer and is happy to talk to applicants with unspent convictions "
           "- they look at each case individually and do not ask on the application form. They also run a buddy scheme "
           "for staff in recovery.\n\nIf you'd like to apply, reply to this e-mail or mention it at your next session and "
           "we'll help with the form.\n\nTom\nEmployment Specialist")
    c.mail(s, [("Opportunities - Tamar & Moor", "opportunities@" + INTERNAL)], "Vacancy: Kitchen Porter, Exmouth",
           bcc=bcc, text=txt + "\n" + signature(s, mobile=False), cte="7bit")
    return nod(c, "job advert to claimants in Bcc mentioning convictions and recovery; about nobody")

@reg()
def s_training_ics(c):
    s = c.staff(2)
    att = [("Bridgeway Plymouth team", "plymouth@bridgeway-support.org.uk"), ("Amy at Northstar", "amy.lander@northstar-training.co.uk")]
    start = datetime.datetime(2026, 12, 3, 13, 30)
    desc = ("Trauma-informed practice: a half-day workshop for job coaches and tutors.\n\nWe will cover: what trauma can "
            "look like in a job search, responding to disclosures of self-harm or suicidal thoughts, PTSD and flashbacks, "
            "and how drug and alcohol use can be a way of coping. Bring a real (anonymised) dilemma if you like - no names please.")
    body = "Hi both,\n\nCalendar invite attached for the trauma-informed practice workshop. Places are limited to 16.\n\nBryony"
    c.mail(s, att, "Invitation: Trauma-informed practice workshop - Thu 3 Dec 13:30", text=body + "\n" + signature(s),
           attachments=[dict(name="invite.ics", data=ics("Trauma-informed practice workshop", start, 210, desc,
                                                         (s["full"], s["addr"]), att, c.tag + "@tamarmoor",
                                                         "Exeter, 14 Longbrook Row"))])
    return nod(c, "ICS training invite whose description lists self-harm, PTSD and substance use in general")

@reg()
def s_policy_docx(c):
    s, h = c.staff(4), c.contact("moorland-homes.org.uk")
    doc = make_docx([("h", "Lone working and home visits - joint protocol"),
                     ("p", "1. Purpose. This protocol sets out how Tamar & Moor staff and Moorland Homes officers keep each other safe when visiting tenants who are also on the Work and Health Programme."),
                     ("p", "2. Before a visit. Check the risk information held on the case record. Where a participant is subject to MAPPA arrangements, or has a history of violent offences, visits are made in pairs or at a public venue."),
                     ("p", "3. Health and wellbeing. A participant in mental health crisis should be signposted to the crisis line or 999. Staff must not give medication advice."),
                     ("p", "4. Substance use. If a participant appears intoxicated, end the visit politely and rebook."),
                     ("table", [("Risk level", "Action"), ("Low", "Solo visit, buddy call-in"), ("Medium", "Public venue or paired visit"), ("High", "Office only, manager informed")]),
                     ("p", "5. Review. This protocol will be reviewed in April 2027.")], "Lone working protocol")
    txt = ("Dear %s,\n\nPlease find attached the draft joint lone-working protocol we talked through on Tuesday. I've added "
           "the paragraph on MAPPA that your safeguarding lead asked for and a simple risk table.\n\nComments by the end of the "
           "month would be great.\n\nKind regards,\nSian" % h["first"])
    c.mail(s, [h], "Draft joint lone-working protocol", text=txt + "\n" + signature(s, disc=1),
           attachments=[dict(name="Joint lone working protocol v0.3.docx", data=doc)])
    return nod(c, "policy DOCX mentioning MAPPA, violent offences, crisis and substance use generally")

@reg()
def s_blank_referral_template(c):
    s, g = c.staff(0), c.contact("harbour-surgery.org.uk")
    doc = make_docx([("h", "Referral to Tamar & Moor Health and Work"),
                     ("table", [("Field", "Details"), ("Full name", ""), ("Date of birth", ""), ("NI number", ""),
                                ("Address and postcode", ""), ("Telephone", ""), ("Health conditions", ""),
                                ("Current medication", ""), ("Any risk information (including offending)", ""),
                                ("Consent to share obtained?", "Yes / No")]),
                     ("p", "Return by secure e-mail only once completed.")], "Referral form")
    txt = ("Hi %s,\n\nAs discussed at the practice meeting, here's our blank referral form for your social prescribing "
           "link workers. Once a form has been filled in it must come back to us by secure (encrypted) e-mail, not like "
           "this one, please!\n\nThanks,\nKerensa" % g["first"])
    c.mail(s, [g], "Blank referral form for social prescribers", text=txt + "\n" + signature(s),
           attachments=[dict(name="TM referral form (blank).docx", data=doc)])
    return nod(c, "blank referral template with DOB, NINO, health and medication field labels")

@reg()
def s_rates_forward(c):
    s = c.staff(3)
    d = c.dwp("dwp.gov.uk")
    inner_txt = ("Colleagues,\n\nFor your reference, the published rates from April 2026 (monthly, Universal Credit):\n\n"
                 "Standard allowance, single under 25: £316.98\nStandard allowance, single 25 or over: £400.14\n"
                 "Standard allowance, joint claimants both 25 or over: £628.10\nLimited capability for work and "
                 "work-related activity element: £423.27\nCarer element: £201.68\n\nPIP daily living, standard rate: £73.90 "
                 "a week; enhanced rate: £110.40 a week.\n\nPlease use these figures in better-off calculations.\n\n"
                 "%s\nPartnership Manager, Devon and Cornwall" % d["full"])
    inner = c.b.message(d, [("Provider partners", "provider.partners@dwp.gov.uk")], (), "Benefit rates 2026 to 2027",
                        text=inner_txt, cte="7bit" if all(ord(ch) < 128 for ch in inner_txt) else "qp",
                        date="Tue, 06 Oct 2026 10:12:00 +0100", msgid="<rates.%s@dwp.gov.uk>" % c.tag)
    txt = ("Morning,\n\nForwarding DWP's rates note - useful for the better-off calcs we do at week 4. The LCWRA figure has "
           "gone up.\n\nDan")
    c.mail(s, [("Bridgeway caseworkers", "caseworkers@bridgeway-support.org.uk")], "FW: Benefit rates 2026 to 2027",
           text=txt + "\n" + signature(s, phone_style=True), attachments=[dict(msg=inner, name="Benefit rates 2026 to 2027.eml")])
    return nod(c, "published benefit rates in a nested message/rfc822 from DWP")

@reg()
def s_aggregate_xlsx(c):
    s, d = c.staff(9), c.dwp("dwp.gov.uk")
    rows = [("District", "Referrals", "Starts", "Mental health", "MSK", "Substance", "Criminal record", "Job starts")]
    for dist in ["Plymouth", "Cornwall West", "Cornwall East", "Exeter and East Devon", "North Devon", "Torbay"]:
        rows.append((dist,) + tuple(c.r.randint(5, 80) for _ in range(7)))
    xl = make_xlsx([dict(name="Summary", rows=[("Quarter", "Q2 2026-27"), ("Referrals", 412), ("Starts", 318), ("Job starts", 64)]),
                    dict(name="Barriers by district", rows=rows, hidden_cols=["G"]),
                    dict(name="Pivot", rows=[("Barrier", "Count"), ("Anxiety/depression", 141), ("Back/joint", 77),
                                              ("Alcohol", 22), ("Drugs", 19), ("On licence", 11)], hidden=True)])
    txt = ("Dear %s,\n\nAttached is our quarterly barriers summary for the contract review. All figures are counts - no "
           "individual records. The hidden pivot sheet is what our board sees.\n\nRegards,\nHannah" % d["first"])
    c.mail(s, [d], "Q2 barriers summary - Tamar & Moor (aggregate)", text=txt + "\n" + signature(s, mobile=False),
           attachments=[dict(name="Q2 barriers summary.xlsx", data=xl)])
    return nod(c, "aggregate statistics XLSX with a hidden column and a hidden pivot sheet")

@reg()
def s_staff_fitnote(c):
    s, b = c.staff(6), c.contact("bridgeway-support.org.uk")
    txt = ("Hi %s,\n\nJust so you know for Thursday's case review - I'm having my knee replacement on Monday and I've been "
           "signed off for six weeks. The fit note's gone to our HR. Kerensa is covering my North Devon caseload and has all "
           "the handover notes, so please send anything for my participants to her in the meantime.\n\nI'll be back after "
           "Christmas, hopefully walking better than I have all year!\n\nLowenna" % b["first"])
    c.mail(s, [b], "Out of office from Monday - cover arrangements", text=txt + "\n" + signature(s), cc=[STAFF[0]])
    return nod(c, "a staff member's own surgery and fit note; staff are not data subjects")

@reg()
def s_staff_hospital(c):
    s, e = c.staff(7), c.employer("tamarside-care.co.uk")
    txt = ("Hi %s, so sorry, I need to move Thursday's visit - I've just been given a slot for my own scan at Torbay "
           "hospital at 2. Could we do Friday morning instead? Priya\n\n%s" % (e["first"], c.r.choice(PHONE_SIGS)))
    c.mail(s, [e], "Thursday visit", text=txt, phone=True, cte="7bit")
    return nod(c, "phone-written note about the sender's own hospital appointment")

@reg()
def s_signature_mobile(c):
    s, e = c.staff(3), c.employer("penhallow-foods.co.uk")
    txt = ("Hi %s,\n\nThanks for the tour of the Newlyn site last week - really useful to see the packing line. I'd like to "
           "bring two colleagues over to look at the hygiene training room before we plan the sector-based work academy "
           "for the spring.\n\nWould 9.30 on the 19th or 20th work? Best to call me on my mobile (below) if easier, as I'm "
           "out and about most days.\n\nCheers,\nDaniel" % e["first"])
    sig = signature(s, phone_style=True, pronouns="he/him")
    c.mail(s, [e], "Site visit - hygiene training room", text=txt + "\n" + sig, html=html_of(txt, sig, logo=c.tag), logo=True,
           crlf=True)
    return nod(c, "staff signature with mobile number and office postcode; CRLF")

@reg()
def s_invoice(c):
    s, e = c.staff(9), c.employer("tamarside-care.co.uk")
    sc, acc, ib = sort_code(c.r), account(c.r), iban(c.r, "TMRB")
    pdf = make_pdf([[("h", "INVOICE TMH-2026-0412"), ("p", ORG + " CIC, Priory Road Business Centre, Bodmin PL31 2DP"),
                     ("p", "Bill to: Tamarside Care Ltd, Accounts Payable"),
                     ("table", [("Item", "Qty", "Unit", "Total"), ("Mental Health First Aid (2-day course)", "12", "£165.00", "£1,980.00"),
                                ("Course manuals", "12", "£18.00", "£216.00"), ("Total due", "", "", "£2,196.00")]),
                     ("p", "Payment within 30 days to: %s CIC, sort code %s, account %s, IBAN %s. Please quote TMH-2026-0412."
                      % (ORG, sc, acc, ib))]])
    txt = ("Dear %s,\n\nPlease find attached our invoice for the Mental Health First Aid course delivered to your team leaders "
           "on 3-4 November. Our bank details are on the invoice; our sort code is %s if your finance team needs it for "
           "set-up.\n\nMany thanks,\nHannah Kitto\nFinance and Data" % (e["first"], sc))
    c.mail(s, [e], "Invoice TMH-2026-0412 - MHFA course", text=txt, attachments=[dict(name="TMH-2026-0412.pdf", data=pdf)])
    return nod(c, "the provider's own sort code, account and IBAN on an invoice (PDF table)")

@reg()
def s_nino_lookalikes(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    txt = ("Hi %s,\n\nFollowing the near miss last month, a few reminders for the screenshots in your CRM training pack:\n\n"
           "- use the specimen number QQ 12 34 56 C, which can never be issued;\n"
           "- temporary reference numbers such as TN 31 01 88 F (the HMRC format) are not NINOs and must not be used as one;\n"
           "- prefixes BG, GB, NK, KN, NT, TN and ZZ are never allocated, and no NINO starts with D, F, I, Q, U or V, "
           "so DE 10 20 30 A or FY 44 55 66 B in a slide is safe;\n- the suffix is only ever A to D, so AB 12 34 56 E "
           "is not a real format either.\n\nAnd please blur the participant list behind the screen this time :)\n\nHannah"
           % b["first"])
    c.mail(s, [b], "CRM training pack - example numbers", text=txt + "\n" + signature(s, mobile=False), cte="7bit")
    return nod(c, "NINO look-alikes: QQ specimen, TN temporary reference, invalid prefixes and suffix")

@reg()
def s_print_order(c):
    s, p = c.staff(8), c.contact("clay-country-print.co.uk")
    txt = ("Hello %s,\n\nPlease go ahead with the reprint of our 'Working with your health' leaflets: 2,000 copies, A5 "
           "folded, same stock as last time. Our purchase order is PO-TM-004417 and your quote ref was CCP 26 41 18 E.\n\n"
           "Invoice to Tamar & Moor Health and Work CIC (company no. 11843027). Delivery to the Bodmin office please, "
           "marked for my attention.\n\nThank you,\nGareth" % p["first"])
    c.mail(s, [p], "Reprint - 'Working with your health' leaflets", text=txt + "\n" + signature(s))
    return nod(c, "purchase order with look-alike references (suffix E) and a company number")

@reg()
def s_partnership_proposal(c):
    s, h = c.staff(4), c.contact("moorland-homes.org.uk")
    txt = ("Dear %s,\n\nThank you for making time to talk about a co-located surgery at your Camborne hub.\n\nFrom our "
           "referral data, a large share of the people we support in Cornwall are social tenants, and many of them live "
           "with long-term mental health conditions, have a history of offending, or are in recovery from drugs or alcohol. "
           "A weekly drop-in with an OT and a job coach alongside your tenancy sustainment officers could help people who "
           "would never walk into a jobcentre.\n\nI've outlined costs and a six-month pilot in the attached note. Happy to "
           "present this to your leadership team in January.\n\nWarm regards,\nSian Trethewey" % h["first"])
    note = make_odt([("h", "Co-located health and work drop-in: pilot outline"),
                     ("p", "Weekly half-day at Camborne hub, OT and job coach. Open to any tenant, no referral needed."),
                     ("p", "Measures: attendance, referrals onward, job starts at 6 months. No individual data shared without consent.")])
    c.mail(s, [h], "Drop-in pilot proposal", text=txt + "\n" + signature(s, disc=3),
           attachments=[dict(name="Drop-in pilot outline.odt", data=note)])
    return nod(c, "generic statements about the client group (mental health, offending, recovery); ODT")

@reg()
def s_fictional_vignette(c):
    s, n = c.staff(5), c.contact("northstar-training.co.uk")
    pdf = make_pdf([[("h", "Disclosure conversations - training slides"),
                     ("p", "All the people in these scenarios are invented for training."),
                     ("p", "Scenario 1: 'Jay' is 34 and left prison eight months ago after a sentence for burglary. He is on "
                           "licence and worries about telling an employer. How would you help him practise a disclosure statement?"),
                     ("p", "Scenario 2: 'Mel' has bipolar disorder and a gap of three years on her CV. What might she say at interview?"),
                     ("p", "Discussion: spent and unspent convictions; the Rehabilitation of Offenders Act; when a basic DBS applies.")]])
    txt = ("Hi %s,\n\nSlides for Tuesday's disclosure session with your tutors attached. The scenarios are made up - please "
           "don't swap in real learners' stories.\n\nMarcus" % n["first"])
    c.mail(s, [n], "Slides - disclosure conversations session", text=txt + "\n" + signature(s),
           attachments=[dict(name="Disclosure conversations slides.pdf", data=pdf)])
    return nod(c, "training slides with invented vignettes (licence, bipolar); nobody real")

@reg()
def s_mhfa_flyer(c):
    s = c.staff(8)
    es = [c.employer(d) for d in ["granite-coast-builders.co.uk", "trelawney-retail.co.uk", "dartvale-logistics.co.uk"]]
    pdf = make_pdf([[("h", "Mental Health First Aid for small employers"),
                     ("p", "Two days, £165 per person. Learn to spot early signs of anxiety, depression, psychosis and "
                           "problem drinking, and how to start a supportive conversation."),
                     ("p", "Dates: 14-15 January (Plymouth), 4-5 February (Truro). Book with Gareth Coombe.")]])
    txt = ("Dear all,\n\nAs members of our employer network you get first refusal on the new MHFA dates - flyer attached. "
           "Construction and logistics firms have had the most interest so far.\n\nKind regards,\nGareth")
    c.mail(s, es[:1], "MHFA course dates for network employers", cc=es[1:], text=txt + "\n" + signature(s, disc=0),
           attachments=[dict(name="MHFA flyer Jan-Feb.pdf", data=pdf)])
    return nod(c, "course flyer to several employers mentioning conditions in general")

@reg()
def s_rota_xlsx(c):
    s, b = c.staff(4), c.contact("bridgeway-support.org.uk")
    rows = [("Name", "Role", "Base", "Work mobile", "Duty days")]
    for st in STAFF:
        rows.append((st["full"], st["role"], st["base"], st["mob"], c.r.choice(["Mon/Wed", "Tue/Thu", "Fri", "Mon/Fri"])))
    xl = make_xlsx([dict(name="Duty rota Dec", rows=rows), dict(name="Cover", rows=[("Week", "Clinical cover"),
                                                                                  ("1", "Sian Trethewey"), ("2", "Bryony Hext")])])
    txt = ("Hi %s, December duty rota with work mobiles for the out-of-hours escalation list. Please replace the old one. Sian"
           % b["first"])
    c.mail(s, [b], "December duty rota", text=txt, attachments=[dict(name="Duty rota December.xlsx", data=xl)])
    return nod(c, "staff rota with work mobile numbers (staff are not data subjects)")

@reg()
def s_employer_contacts_csv(c):
    s, n = c.staff(8), c.contact("northstar-training.co.uk")
    rows = [("Employer", "Contact", "Role", "Phone", "Email")]
    for d, org in sorted(EMPLOYERS.items()):
        k = c.contact(d)
        rows.append((org, k["full"], c.r.choice(["HR Manager", "Site Manager", "Recruitment Lead", "Owner"]),
                     phone(c.r, c.r.choice(["leeds", "manc", "lon"])), k["addr"]))
    txt = ("Hi %s,\n\nEmployer contacts for the sector academy planning, as promised. These are the named recruiting "
           "contacts who have agreed to be shared with partners.\n\nGareth" % n["first"])
    c.mail(s, [n], "Employer contacts - sector academies", text=txt + "\n" + signature(s),
           attachments=[dict(name="employer_contacts.csv", data=make_csv(rows))])
    return nod(c, "CSV of employer contacts with phones and e-mails; employers are not data subjects")

@reg()
def s_steering_minutes(c):
    s = c.staff(4)
    to = [c.contact("bridgeway-support.org.uk"), c.contact("northstar-training.co.uk")]
    doc = make_docx([("h", "Devon and Cornwall delivery steering group - minutes"),
                     ("p", "Present: Sian Trethewey (chair), Hannah Kitto, Gareth Coombe, %s (Bridgeway), %s (Northstar)."
                      % (to[0]["full"], to[1]["full"])),
                     ("p", "1. Referrals. 138 referrals in October; 14 came directly from GP practices. Average wait for a first "
                           "OT assessment is 9 days."),
                     ("p", "2. Waiting list for the mental health practitioner in Torbay is 21 people; agreed to move one day a week from Exeter."),
                     ("p", "3. Employer engagement. Three new Disability Confident employers signed up."),
                     ("table", [("Action", "Owner", "Due"), ("Circulate revised referral pathway", "Sian", "20 Nov"),
                                ("Book employer breakfast venue", "Gareth", "13 Nov")])], "Minutes")
    txt = "Dear both,\n\nMinutes from Monday's steering group attached. Shout if I've missed anything.\n\nSian"
    c.mail(s, to, "Steering group minutes - November", text=txt + "\n" + signature(s, disc=3),
           attachments=[dict(name="Steering group minutes 2026-11.docx", data=doc)])
    return nod(c, "minutes with staff names and referral counts only")

@reg()
def s_adjustments_thread(c):
    s, e = c.staff(0), c.employer("granite-coast-builders.co.uk")
    q = ("Hi Kerensa,\n\nWe're updating our site induction. What sort of adjustments do people with dyslexia, ADHD or "
         "chronic pain usually ask for? We don't want to get it wrong.\n\nThanks,\n%s\nHR Advisor, Granite Coast Builders\n"
         "T: %s" % (e["full"], phone(c.r, "leeds")))
    txt = ("Hi %s,\n\nGreat question. In general: written instructions with pictures and a verbal run-through for dyslexia; "
           "shorter chunks and a quiet spot to fill forms for ADHD; for chronic pain, flexibility about standing time and "
           "pre-booked breaks. Ask each person rather than assume - the Access to Work scheme can pay for some things.\n\n"
           "I'm happy to review the induction pack if you send it over.\n\nKerensa" % e["first"])
    body = txt + "\n" + signature(s, disc=2) + "\n" + c.quote_outlook(e["full"], e["addr"], s["full"], "Site induction", q)
    c.mail(s, [e], "RE: Site induction", text=body, html=html_of(body))
    return nod(c, "employer thread about adjustments for conditions in general; the employer's own phone in the quote")

@reg()
def s_privacy_notice(c):
    s = c.staff(9)
    bcc = [c.person()["email"] for _ in range(3)]
    txt = ("Dear participant,\n\nWe have updated our privacy notice. In short: we collect information about your health, "
           "including mental health, and about any convictions only where it helps us support you into work, we share it "
           "with DWP as our contract requires, and we keep it for the period DWP sets. You can ask to see what we hold at "
           "any time.\n\nThe full notice is on our website or ask your job coach for a printed copy.\n\n" + ORG)
    c.mail(s, [("Tamar & Moor participants", "participants@" + INTERNAL)], "Our updated privacy notice", bcc=bcc,
           text=txt, html=html_of(txt), cte="b64")
    return nod(c, "privacy notice to participants in Bcc that names special categories in general")

@reg()
def s_awayday_diet(c):
    s, e = c.staff(2), c.employer("exe-estuary-hotels.co.uk")
    txt = ("Hi %s,\n\nConfirming our team away day on 8 December for 11 people in the Estuary Suite. Dietary needs: two "
           "vegetarian, one vegan, and I'm coeliac myself so a gluten-free lunch for me please. I also use a wheelchair - is "
           "the ground-floor entrance by the car park still the step-free one?\n\nMany thanks,\nBryony" % e["first"])
    c.mail(s, [e], "Away day 8 December - numbers and dietary needs", text=txt + "\n" + signature(s))
    return nod(c, "the sender's own health needs (coeliac, wheelchair) in a venue booking")

@reg()
def s_volunteering_odt(c):
    s = c.staff(6)
    bcc = [c.person()["email"] for _ in range(5)]
    odt = make_odt([("h", "Volunteering in North Devon - winter list"),
                    ("p", "Tarka Trail conservation days (Tuesdays), community fridge in Bideford (flexible), food bank "
                          "warehouse in Barnstaple (Thursdays)."),
                    ("p", "Volunteering won't affect your benefits if you stick to genuine volunteering - ask us if unsure.")])
    txt = ("Hi all,\n\nHere's the winter volunteering list a few of you asked for. It's a gentle way back into a routine and "
           "looks good on a CV. Let me know if anything takes your fancy.\n\nLowenna")
    c.mail(s, [("North Devon opportunities", "northdevon.opps@" + INTERNAL)], "Winter volunteering list", bcc=bcc,
           text=txt + "\n" + signature(s, mobile=False), attachments=[dict(name="Volunteering winter list.odt", data=odt)])
    return nod(c, "volunteering list to claimants in Bcc; mentions benefits without any amount or person")

@reg()
def s_sanctions_guidance_fwd(c):
    s, n = c.staff(5), c.contact("northstar-training.co.uk")
    d = c.dwp("jobcentreplus.gov.uk")
    inner_txt = ("Hi all,\n\nA reminder of how sanctions and hardship payments work now. A low-level sanction reduces the "
                 "standard allowance by a daily rate (for a single claimant aged 25 or over the daily reduction is about "
                 "£13.15). Hardship payments are recoverable. Please make sure participants understand that attending "
                 "provider appointments is part of their claimant commitment.\n\n%s\nWork Coach Team Leader, Plymouth" % d["full"])
    inner = c.b.message(d, [("Plymouth providers", "plymouth.providers@jobcentreplus.gov.uk")], (), "Sanctions and hardship - reminder",
                        text=inner_txt, date="Thu, 15 Oct 2026 14:40:00 +0100", msgid="<sanc.%s@jobcentreplus.gov.uk>" % c.tag)
    txt = ("%s - FYI for your induction script. The figure is the generic daily rate, not anyone's award.\n\nMarcus" % n["first"])
    c.mail(s, [n], "FW: Sanctions and hardship - reminder", text=txt + "\n" + signature(s),
           attachments=[dict(msg=inner)])
    return nod(c, "forwarded DWP guidance on sanctions with a generic daily rate")

@reg()
def s_blank_tracker_xlsx(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    xl = make_xlsx([dict(name="Tracker", rows=[("Surname", "Forename", "NINO", "Date of birth", "Postcode",
                                                "Primary barrier", "Medication", "Referral date", "Status")]),
                    dict(name="Lists", rows=[("Primary barrier options",), ("Mental health",), ("MSK",), ("Substance use",),
                                             ("Offending",), ("Other",)])])
    txt = ("Hi %s,\n\nThe empty referral tracker template for the new partners - headers and drop-down lists only. Once "
           "populated it lives on the shared drive and never goes by e-mail.\n\nHannah" % b["first"])
    c.mail(s, [b], "Referral tracker template (blank)", text=txt,
           attachments=[dict(name="Referral tracker TEMPLATE.xlsx", data=xl)])
    return nod(c, "blank XLSX template: header row with NINO, DOB, medication; no records")

@reg()
def s_ot_leaflet_odt(c):
    s, g = c.staff(6), c.contact("harbour-surgery.org.uk")
    odt = make_odt([("h", "What to expect from your occupational therapist"),
                    ("p", "Your OT will ask about your daily routine, what your health condition makes harder, and what you'd like to get back to."),
                    ("p", "We can suggest changes at work, graded return plans, and help you talk to an employer about adjustments."),
                    ("table", [("Session", "What happens"), ("1", "Getting to know you"), ("2-4", "Goals and a plan"), ("5+", "Work trials and review")])])
    txt = ("Dear %s,\n\nA few GPs asked what patients can expect if they are referred to us. Our patient leaflet is attached "
           "- feel free to print it for the waiting room.\n\nBest wishes,\nLowenna Rowe, OT" % g["first"])
    c.mail(s, [g], "Patient leaflet - occupational therapy", text=txt + "\n" + signature(s, disc=2),
           attachments=[dict(name="What to expect from your OT.odt", data=odt)])
    return nod(c, "patient leaflet ODT with a table; generic health wording")

@reg()
def s_fixed_width_aggregate(c):
    s, d = c.staff(9), c.dwp("dwp.gov.uk")
    rows = [("DISTRICT", "REFS", "STARTS", "JOBS", "EARN"), ("-" * 20, "-" * 5, "-" * 6, "-" * 5, "-" * 5)]
    for dist in ["PLYMOUTH", "CORNWALL WEST", "CORNWALL EAST", "EXETER/E DEVON", "NORTH DEVON", "TORBAY", "TOTAL"]:
        rows.append((dist, c.r.randint(20, 200), c.r.randint(10, 150), c.r.randint(3, 40), c.r.randint(1, 20)))
    data = fixed_width(rows, [22, 8, 8, 8, 8])
    txt = ("Dear %s,\n\nOctober outcome counts in the fixed-width layout your MI team asked for. Counts only.\n\nHannah" % d["first"])
    c.mail(s, [d], "October outcome counts (fixed width)", text=txt + "\n" + signature(s, mobile=False),
           attachments=[dict(name="TM_outcomes_202610.txt", data=data)], crlf=True)
    return nod(c, "fixed-width aggregate counts to DWP; CRLF")

@reg()
def s_employer_thanks_html(c):
    s, e = c.staff(8), c.employer("trelawney-retail.co.uk")
    txt = ("Dear %s,\n\nThank you for hosting last week's employer breakfast. Your talk about the menopause and mental health "
           "policy you introduced this year got a lot of people thinking - three employers have already asked me for a copy.\n\n"
           "If you're happy for us to share it, could you send a version without your internal contact list?\n\n"
           "With thanks,\nGareth" % e["first"])
    sig = signature(s, disc=2, pronouns="he/him") + "\nMental Health First Aider"
    c.mail(s, [e], "Thank you - employer breakfast", html=html_of(txt, sig, logo=c.tag), logo=True)
    return nod(c, "HTML-only thanks with wellbeing footer and an employer's own policy")

@reg()
def s_signed_governance(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    txt = ("Dear %s,\n\nThis is the signed copy of our information governance notice to partners for Q3.\n\n1. Any e-mail "
           "containing health, mental health or offending information about a participant must be sent encrypted.\n"
           "2. Lists of names go unencrypted only within the 500-name limit and with no contact details.\n"
           "3. Report any misdirected e-mail within one hour to ig@%s.\n\nHannah Kitto\nData and Compliance Officer"
           % (b["first"], INTERNAL))
    inner = text_part(txt, "plain", "qp")
    hdrs = header_block(s, [b], (), "Signed: IG notice to partners Q3", c.date, c.msgid)
    c.mail(s, [b], "Signed: IG notice to partners Q3", raw=smime_signed(inner, hdrs, c.tag))
    return nod(c, "S/MIME signed-only (readable) governance notice, no claimant data")

@reg()
def s_greeting_jobsfair(c):
    s, p = c.staff(1), c.person()
    txt = ("Hi %s,\n\nJust a heads-up in case you fancy it - the Plymouth jobs fair is this Thursday at the Guildhall, 10am to "
           "2pm. Over 40 employers, including the dockyard contractors and two care companies who are recruiting now. "
           "Dress is casual, bring a few copies of your CV if you have them.\n\nTom\n%s" % (p["first"], ORG))
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [p["email"]], "Plymouth jobs fair this Thursday",
           text=txt, cte="7bit")
    return nod(c, "to a claimant from a shared mailbox: a greeting and a public event, nothing about them")

@reg()
def s_seasonal_vacancies_thread(c):
    s, e = c.staff(3), c.employer("penhallow-foods.co.uk")
    q = ("Daniel,\n\nWe've got three seasonal packing roles on nights from mid-December, 4 on 4 off. Happy to interview "
         "anyone you think is ready. I'm at the Newlyn site, Unit 7 Gwavas Quay, TR18 5XX, or ring me on %s.\n\n%s\nSite Manager"
         % (phone(c.r, "manc"), e["full"]))
    txt = ("Hi %s,\n\nBrilliant, thank you. I'll talk to the team and come back to you with names by Friday. Are the night "
           "shifts 10pm to 6am?\n\nDaniel" % e["first"])
    body = txt + "\n" + signature(s) + "\n" + c.quote_gmail(e["full"], e["addr"], q)
    c.mail(s, [e], "Re: Seasonal packing roles", text=body, phone=False)
    return nod(c, "Gmail-style quote with the employer's own site address and phone; no claimant")

@reg()
def s_waiting_list_stats(c):
    s, t = c.staff(7), c.contact("nhs-devon-talkingtherapies.org.uk")
    txt = ("Hi %s,\n\nFor the joint pathway meeting: our Torbay mental health practitioner caseload is 38, with 21 waiting. "
           "Of the people referred to you from us since April, 64%% were seen within six weeks; 9 dropped out before step 2. "
           "No names - this is just for the slide.\n\nPriya" % t["first"])
    c.mail(s, [t], "Numbers for the joint pathway slide", text=txt + "\n" + signature(s, disc=1), crlf=True)
    return nod(c, "aggregate caseload figures to the NHS partner; CRLF")

# ================================================================== scenarios: one name
def one(c, notes):
    return c.label("relay", "one_name", T(data_subjects=1), F(name_only=True), notes)

@reg()
def s_one_interview_reply(c):
    s, e, p = c.staff(1), c.employer("dartvale-logistics.co.uk"), c.person()
    q = ("Hi Tom,\n\nCan you confirm who is coming for the warehouse interview on Thursday at 10.30? I need a name for "
         "the gatehouse.\n\nThanks,\n%s\nShift Manager, Dartvale Logistics" % e["full"])
    txt = ("Morning %s,\n\nYes - %s will be with you at 10.30 on Thursday. I'll meet them at the gatehouse at 10.15.\n\n"
           "Thanks,\nTom" % (e["first"], p["full"]))
    body = txt + "\n" + signature(s) + "\n" + c.quote_outlook(e["full"], e["addr"], s["full"], "Thursday interview", q)
    c.mail(s, [e], "RE: Thursday interview", text=body, html=html_of(body))
    return one(c, "one name and an interview time in an Outlook reply; the shift manager is not a data subject")

@reg()
def s_one_referral_accepted(c):
    s, b, p = c.staff(7), c.contact("bridgeway-support.org.uk"), c.person()
    start = (c.when + datetime.timedelta(days=9)).strftime("%d %B")
    txt = ("Hi %s,\n\nJust to close the loop: the referral for %s has been accepted and their start date with your "
           "employment team is %s. Nothing else needed from you for now.\n\nPriya" % (b["first"], p["full"], start))
    c.mail(s, [b], "Referral accepted - start date", text=txt + "\n" + signature(s, disc=2))
    return one(c, "one name with referral status and start date to supply chain; health words only in the disclaimer")

@reg()
def s_one_dwp_induction(c):
    s, d, p = c.staff(3), c.dwp("jobcentreplus.gov.uk"), c.person()
    txt = ("Hi %s, just to let you know %s came to their induction with us in Camborne this morning. Next contact is "
           "booked.\nDaniel\n\n%s" % (d["first"], p["full"], c.r.choice(PHONE_SIGS)))
    c.mail(s, [d], "Induction attended", text=txt, phone=True, cte="7bit")
    return one(c, "one name and an attendance status to a DWP work coach, phone-sent")

@reg()
def s_one_course_booking(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person()
    txt = ("Hi %s,\n\nPlease could you book %s onto the counterbalance forklift course starting Monday 30 November at the "
           "Plymouth centre? I've checked the dates work.\n\nMany thanks,\nMarcus" % (n["first"], p["full"]))
    c.mail(s, [n], "Forklift course booking - 30 November", text=txt + "\n" + signature(s), crlf=True)
    return one(c, "one name and a course booking; CRLF")

@reg()
def s_one_trial_shift(c):
    s, e, p = c.staff(0), c.employer("moorview-garden-centre.co.uk"), c.person()
    txt = ("%s - confirming %s for the trial shift Saturday 9am, meet at the plant area. Thank you so much for this! K\n\n%s"
           % (e["first"], p["full"], c.r.choice(PHONE_SIGS)))
    c.mail(s, [e], "Saturday trial shift", text=txt, phone=True)
    return one(c, "one name and a trial shift time, sent from a phone")

@reg()
def s_one_ics_interview(c):
    s, e, p = c.staff(8), c.employer("exe-estuary-hotels.co.uk"), c.person()
    start = datetime.datetime(2026, 12, 1, 11, 0)
    inv = ics("Interview: %s (Housekeeping)" % p["full"], start, 30, "Interview for the housekeeping vacancy. Gareth will attend as support.",
              (s["full"], s["addr"]), [(e["full"], e["addr"])], c.tag + "@tamarmoor", "Exe Estuary Hotels, reception")
    txt = "Hi %s,\n\nInvite for the housekeeping interview on 1 December attached.\n\nGareth" % e["first"]
    c.mail(s, [e], "Interview invite - housekeeping, 1 Dec 11:00", text=txt + "\n" + signature(s),
           attachments=[dict(name="interview.ics", data=inv)])
    return one(c, "one name in an ICS interview invite")

@reg()
def s_one_hr_named(c):
    s, e, p = c.staff(6), c.employer("tamarside-care.co.uk"), c.person()
    other = c.contact("tamarside-care.co.uk")
    txt = ("Dear %s,\n\n%s in your recruitment team suggested I write to you directly. %s will attend the care assistant "
           "assessment morning on Tuesday at 9.30 at your Bideford home, as arranged.\n\nI can be reached on my mobile "
           "below if anything changes on the day.\n\nKind regards,\nLowenna" % (e["first"], other["full"], p["full"]))
    c.mail(s, [e], "Assessment morning - Tuesday 9.30", text=txt + "\n" + signature(s, phone_style=True), cc=[other])
    return one(c, "one name; two employer staff named; staff mobile in signature")

@reg()
def s_one_dwp_started(c):
    s, d, p = c.staff(2), c.dwp("dwp.gov.uk"), c.person()
    txt = ("Dear %s,\n\nFor your records, %s started on the programme with us on %s and has been allocated to our Exeter "
           "team.\n\nKind regards,\nBryony" % (d["first"], p["full"], (c.when - datetime.timedelta(days=2)).strftime("%d %B")))
    c.mail(s, [d], "Programme start confirmed", text=txt + "\n" + signature(s, mobile=False))
    return one(c, "one name and a start date to DWP")

@reg()
def s_one_html_assessment_day(c):
    s, e, p = c.staff(8), c.employer("trelawney-retail.co.uk"), c.person()
    txt = ("Hi %s,\n\nOne more for Saturday's assessment day at the Truro store: %s. They're aware it starts at 8.45 "
           "sharp.\n\nSee you there,\nGareth" % (e["first"], p["full"]))
    c.mail(s, [e], "One more for Saturday", html=html_of(txt, signature(s), logo=c.tag), logo=True, cte="b64")
    return one(c, "HTML-only, base64, inline logo; one name and an event time")

# ================================================================== scenarios: CV to a consenting claimant
def cv_claimant(c, p, notes):
    CONSENT.append(p["email"].lower())
    return c.label("relay", "cv_to_claimant", T(contact_details=True, data_subjects=1, doc_kinds=["cv"]),
                   F(cv_count=1, own_rcpt=[p["email"]]), notes)

@reg()
def s_cvc_docx_gmail_quote(c):
    s, p = c.staff(1), c.person()
    q = "Hiya Tom, could you email me the finished CV so I can print it at the library? Cheers %s" % p["first"]
    txt = ("Hi %s,\n\nOf course - your CV is attached. I've tidied up the dates and added the forklift ticket.\n\n"
           "Good luck with the applications!\nTom" % p["first"])
    body = txt + "\n" + signature(s, mobile=False) + "\n" + c.quote_gmail(p["full"], p["email"], q)
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [(p["full"], p["email"])], "Re: my CV", text=body,
           attachments=[dict(name="%s CV.docx" % p["full"], data=make_docx(cv_blocks(c, p, 0)))])
    return cv_claimant(c, p, "one CV (DOCX) to the consenting claimant, who asked in the quoted mail")

@reg()
def s_cvc_pdf_table(c):
    s, p = c.staff(3), c.person()
    txt = ("Hello %s,\n\nAs you asked, here is your updated CV as a PDF. The job history is now in a table so the dates "
           "line up. Have a read and tell me if anything needs changing.\n\nDaniel" % p["first"])
    c.mail(("Tamar & Moor Camborne", "camborne.team@" + INTERNAL), [p["email"]], "Your updated CV", text=txt,
           attachments=[dict(name="CV_%s_%s.pdf" % (p["first"], p["last"]), data=make_pdf([cv_blocks(c, p, 2)]))])
    return cv_claimant(c, p, "one CV (PDF with table) to the consenting claimant")

@reg()
def s_cvc_odt(c):
    s, p = c.staff(6), c.person()
    txt = ("Hi %s,\n\nYour CV is attached in the format your library computer opens (OpenDocument). Any problems opening "
           "it, let me know and I'll send a PDF.\n\nBest,\nLowenna" % p["first"])
    c.mail(("Tamar & Moor North Devon", "northdevon.team@" + INTERNAL), [p["email"]], "CV as requested", text=txt,
           attachments=[dict(name="%s_CV.odt" % p["last"], data=make_odt(cv_blocks(c, p, 1)))])
    return cv_claimant(c, p, "one CV (ODT) to the consenting claimant")

@reg()
def s_cvc_pasted(c):
    s, p = c.staff(1), c.person()
    cv = blocks_text(cv_blocks(c, p, 0, referee=False))
    txt = ("Hi %s - here's the text of your CV so you can paste it into the online forms. Tom\n\n%s\n\n%s"
           % (p["first"], cv, c.r.choice(PHONE_SIGS)))
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [p["email"]], "CV text for online forms",
           text=txt, phone=True)
    return cv_claimant(c, p, "one CV pasted into the body, to the consenting claimant")

@reg()
def s_cvc_html_logo(c):
    s, p = c.staff(0), c.person()
    txt = ("Dear %s,\n\nIt was good to see you on Wednesday. Attached is the final version of your CV, with the two "
           "referees you chose. Keep a copy on your phone for the jobs fair.\n\nWarm wishes,\nKerensa" % p["first"])
    sig = signature(s, mobile=False)
    c.mail(("Tamar & Moor Truro", "truro.team@" + INTERNAL), [p["email"]], "Final CV", text=txt + "\n" + sig,
           html=html_of(txt, sig, logo=c.tag), logo=True,
           attachments=[dict(name="CV - %s.docx" % p["full"], data=make_docx(cv_blocks(c, p, 2, referee=True)))])
    return cv_claimant(c, p, "CV DOCX with a named referee to the consenting claimant; HTML with logo")

@reg()
def s_cvc_btinternet(c):
    s, p = c.staff(2), c.person(domain="btinternet.com")
    txt = ("Hello %s,\n\nPlease find your CV attached, as you asked at our session. I've kept it to one page.\n\n"
           "Best wishes,\nBryony" % p["first"])
    c.mail(("Tamar & Moor Exeter", "exeter.team@" + INTERNAL), [p["email"]], "CV attached", text=txt, crlf=True,
           attachments=[dict(name="cv.pdf", data=make_pdf([cv_blocks(c, p, 0)]))])
    return cv_claimant(c, p, "CV PDF to a consenting btinternet address; CRLF")

# ================================================================== scenarios: CVs to employers / supply chain
def cvs(c, n, notes, kinds=("cv",), extra=None):
    return c.label("relay", "cvs_up_to_10", T(contact_details=True, data_subjects=n, doc_kinds=list(kinds)),
                   F(cv_count=n), notes)

@reg()
def s_cvs_zip3(c):
    s, e = c.staff(3), c.employer("penhallow-foods.co.uk")
    ps = [c.person() for _ in range(3)]
    z = make_zip([("CV_%s.docx" % p["last"], make_docx(cv_blocks(c, p, c.r.randint(0, 2)))) for p in ps])
    txt = ("Hi %s,\n\nThree CVs for the seasonal packing roles, zipped to keep it tidy. All three are available for nights "
           "and have food hygiene level 2.\n\nDaniel" % e["first"])
    c.mail(s, [e], "CVs - seasonal packing roles", text=txt + "\n" + signature(s), attachments=[dict(name="CVs packing.zip", data=z)])
    return cvs(c, 3, "three CVs in a plain zip to an employer")

@reg()
def s_cvs_pdf10(c):
    s, e = c.staff(8), c.employer("exe-estuary-hotels.co.uk")
    ps = [c.person() for _ in range(10)]
    pdf = make_pdf([cv_blocks(c, p, i % 3) for i, p in enumerate(ps)])
    txt = ("Dear %s,\n\nAs promised, ten CVs for the spring housekeeping and kitchen roles, bound into one PDF (one CV per "
           "page). Each of them has said they're happy for you to contact the referee listed.\n\nKind regards,\nGareth" % e["first"])
    c.mail(s, [e], "Ten CVs - spring recruitment", text=txt + "\n" + signature(s, disc=0),
           attachments=[dict(name="Spring recruitment CVs.pdf", data=pdf)])
    return cvs(c, 10, "exactly ten CVs bound in one PDF; referees named")

@reg()
def s_cvs_derived_table(c):
    s, e = c.staff(1), c.employer("granite-coast-builders.co.uk")
    rows = [("Candidate", "Tickets", "Experience", "Availability")]
    for _ in range(5):
        p = c.person(female=False)
        rows.append(("%s %s." % (p["first"], p["last"][0]), c.r.choice(["CSCS green", "CSCS, PASMA", "CSCS, first aid"]),
                     c.r.choice(["2 yrs labouring", "groundworks 3 yrs", "site cleaning 1 yr", "scaffold yard 6 months"]),
                     c.r.choice(["Immediate", "From January", "Mon-Fri only"])))
    txt = ("Hi %s,\n\nHere is a summary drawn from five candidates' CVs for the labouring roles - full CVs on request.\n\n" % e["first"])
    plain = txt + "\n".join(" | ".join(r) for r in rows) + "\n\nTom"
    html = html_of(txt).replace("</body>", html_table(rows) + "<p>Tom</p></body>")
    c.mail(s, [e], "Labouring roles - candidate summary", text=plain + "\n" + signature(s), html=html)
    return c.label("relay", "cvs_up_to_10", T(data_subjects=5, doc_kinds=["cv"]), F(cv_count=5),
                   "CV-derived data set for five candidates in an HTML table (¶21)")

@reg()
def s_cvs_two_docx_supply(c):
    s, b = c.staff(7), c.contact("bridgeway-support.org.uk")
    ps = [c.person() for _ in range(2)]
    txt = ("Hi %s,\n\nTwo CVs for your retail academy shortlist attached. Both have done the customer service taster with "
           "us.\n\nPriya" % b["first"])
    c.mail(s, [b], "Retail academy - two CVs", text=txt + "\n" + signature(s, disc=1),
           attachments=[dict(name="%s CV.docx" % p["full"], data=make_docx(cv_blocks(c, p, 1))) for p in ps])
    return cvs(c, 2, "two CV DOCX files to supply chain")

@reg()
def s_cvs_partner_address(c):
    s, p = c.staff(0), c.person(female=True)
    partner = c.person(female=False)
    txt = ("Hi %s,\n\n%s asked me to send her CV to you, as she hasn't got e-mail on her phone at the moment and you're "
           "printing copies at work for her. It's attached.\n\nThanks,\nKerensa" % (partner["first"], p["first"]))
    c.mail(("Tamar & Moor Truro", "truro.team@" + INTERNAL), [partner["email"]], "%s's CV" % p["first"], text=txt,
           attachments=[dict(name="CV.docx", data=make_docx(cv_blocks(c, p, 0)))])
    return cvs(c, 1, "one CV to the claimant's partner: a third party, so ¶19 applies (no consent needed)")

@reg()
def s_cvs_one_employer_crlf(c):
    s, e, p = c.staff(6), c.employer("moorview-garden-centre.co.uk"), c.person()
    txt = ("Dear %s,\n\nFurther to our call, please find attached the CV of the candidate I mentioned for the nursery "
           "assistant vacancy. The referee listed is her former supervisor and is expecting your call.\n\nBest wishes,\nLowenna"
           % e["first"])
    c.mail(s, [e], "Nursery assistant vacancy - CV", text=txt + "\n" + signature(s), crlf=True, cte="b64",
           attachments=[dict(name="CV %s.pdf" % p["last"], data=make_pdf([cv_blocks(c, p, 1)]))])
    return cvs(c, 1, "one CV to an employer; base64 body; CRLF")

# ================================================================== scenarios: application forms
@reg()
def s_form_single_docx(c):
    s, e, p = c.staff(3), c.employer("penhallow-foods.co.uk"), c.person()
    doc = make_docx([("h", "Application form - Penhallow Foods"), ("table", form_rows(c, p, "Production Operative"))])
    txt = ("Hi %s,\n\nThe completed application form for the production operative role is attached. They're 50 minutes "
           "away by bus so an 8am start is better than 6am.\n\nDaniel" % e["first"])
    c.mail(s, [e], "Application - Production Operative", text=txt + "\n" + signature(s),
           attachments=[dict(name="Application form.docx", data=doc)])
    return c.label("relay", "application_forms_up_to_10", T(data_subjects=1, doc_kinds=["application_form"]),
                   F(form_people=1), "one application form as a label/value DOCX table, age but no DOB")

@reg()
def s_form_couples5(c):
    s, e = c.staff(8), c.employer("exe-estuary-hotels.co.uk")
    pages = []
    for i in range(5):
        a, b = c.person(female=True), c.person(female=False)
        pages.append([("h", "Live-in couple application %d of 5" % (i + 1)),
                      ("table", form_rows(c, a, "Live-in housekeeping couple", couple_partner=b))])
    txt = ("Dear %s,\n\nFor the live-in couple roles at your Dawlish site: five joint application forms (ten people) in "
           "one PDF. Each couple has read the accommodation terms.\n\nKind regards,\nGareth" % e["first"])
    c.mail(s, [e], "Live-in couple roles - five joint applications", text=txt + "\n" + signature(s),
           attachments=[dict(name="Couple applications x5.pdf", data=make_pdf(pages))])
    return c.label("relay", "application_forms_up_to_10", T(data_subjects=10, doc_kinds=["application_form_couple"]),
                   F(form_people=10), "five couple forms = ten people, the ¶24 limit")

@reg()
def s_form_acroform(c):
    s, e, p = c.staff(6), c.employer("tamarside-care.co.uk"), c.person()
    fields = [("Applicant name", "name", p["full"]), ("Age", "age", str(p["age"])), ("Town", "town", p["town"]),
              ("Post applied for", "post", "Care Assistant (nights)"),
              ("Previous care experience", "exp", c.r.choice(["Cared for a family member for 3 years", "Six months agency care work", "None - keen to train"])),
              ("Availability", "avail", "Three nights a week"), ("Can start", "start", "January 2027")]
    pdf = make_acroform_pdf("Tamarside Care - application form", fields)
    txt = ("Hi %s,\n\nThe filled-in application form for the night care assistant post is attached - it's your own "
           "fillable PDF, so the answers are in the form fields.\n\nLowenna" % e["first"])
    c.mail(s, [e], "Night care assistant - application", text=txt + "\n" + signature(s),
           attachments=[dict(name="Tamarside application - completed.pdf", data=pdf)])
    return c.label("relay", "application_forms_up_to_10", T(data_subjects=1, doc_kinds=["application_form"]),
                   F(form_people=1), "fillable AcroForm PDF whose answers exist only in field values")

@reg()
def s_form_odt_course(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person()
    odt = make_odt([("h", "Northstar course application"), ("table", form_rows(c, p, "Level 1 Warehousing course"))])
    txt = "Hi %s,\n\nCourse application attached (ODT, sorry - it's what the laptop at the hub saves).\n\nMarcus" % n["first"]
    c.mail(s, [n], "Course application - Level 1 Warehousing", text=txt + "\n" + signature(s),
           attachments=[dict(name="Course application.odt", data=odt)])
    return c.label("relay", "application_forms_up_to_10", T(data_subjects=1, doc_kinds=["application_form"]),
                   F(form_people=1), "one application form as an ODT table to supply chain")

@reg()
def s_form_zip4(c):
    s, e = c.staff(1), c.employer("granite-coast-builders.co.uk")
    files = []
    for i in range(4):
        p = c.person(female=False)
        files.append(("Application_%d_%s.docx" % (i + 1, p["last"]),
                      make_docx([("h", "Granite Coast Builders - application"), ("table", form_rows(c, p, "Groundworker"))])))
    txt = ("Hi %s,\n\nFour application forms for the groundworker roles, zipped. All four are free for the site induction "
           "on the 7th.\n\nTom" % e["first"])
    c.mail(s, [e], "Groundworker applications x4", text=txt + "\n" + signature(s),
           attachments=[dict(name="Groundworker applications.zip", data=make_zip(files))])
    return c.label("relay", "application_forms_up_to_10", T(data_subjects=4, doc_kinds=["application_form"]),
                   F(form_people=4), "four application forms in a zip")

# ================================================================== scenarios: letters
def letters_label(c, n, kind, notes, own=()):
    return c.label("relay", "letters_up_to_10", T(data_subjects=n, doc_kinds=[kind]),
                   F(letters=[kind] * n, own_rcpt=list(own)), notes)

@reg()
def s_letter_interview_to_claimant(c):
    s, p, e = c.staff(1), c.person(), c.employer("dartvale-logistics.co.uk")
    doc = make_docx(letter_blocks(c, p, "letter_interview", e), "Interview letter")
    txt = "Dear %s,\n\nPlease find attached your interview letter from Dartvale Logistics.\n\nTom" % p["first"]
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [p["email"]], "Your interview letter", text=txt,
           attachments=[dict(name="Interview letter.docx", data=doc)])
    return letters_label(c, 1, "letter_interview", "an interview letter to the claimant it is addressed to (no consent needed)",
                         own=[p["email"]])

@reg()
def s_letter_appointment_to_claimant(c):
    s, p = c.staff(2), c.person()
    pdf = make_pdf([letter_blocks(c, p, "letter_appointment")])
    txt = ("Hi %s,\n\nI've attached a letter with your next appointment, as you said paper letters were going astray at "
           "the shared house.\n\nBryony" % p["first"])
    c.mail(("Tamar & Moor Exeter", "exeter.team@" + INTERNAL), [p["email"]], "Appointment letter", text=txt, crlf=True,
           attachments=[dict(name="Appointment letter.pdf", data=pdf)])
    return letters_label(c, 1, "letter_appointment", "an appointment letter PDF to the addressee; CRLF", own=[p["email"]])

@reg()
def s_letters_bundle10(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    pdf = make_pdf([letter_blocks(c, c.person(), "letter_appointment") for _ in range(10)])
    txt = ("Hi %s,\n\nTen appointment letters for the Plymouth cohort, one per page, ready for your admin team to post "
           "out with the course timetable.\n\nHannah" % n["first"])
    c.mail(s, [n], "Appointment letters - Plymouth cohort (10)", text=txt + "\n" + signature(s, mobile=False),
           attachments=[dict(name="Appointment letters x10.pdf", data=pdf)])
    return letters_label(c, 10, "letter_appointment", "exactly ten appointment letters in one PDF bundle")

@reg()
def s_letters_zip6_employer(c):
    s, e = c.staff(8), c.employer("trelawney-retail.co.uk")
    files = [("Interview_%s.docx" % p["last"], make_docx(letter_blocks(c, p, "letter_interview", e)))
             for p in [c.person() for _ in range(6)]]
    txt = ("Hi %s,\n\nDrafts of the six interview invitation letters for the Christmas temps, zipped. Can you check the "
           "times match your diary before we send them on your behalf?\n\nGareth" % e["first"])
    c.mail(s, [e], "Draft interview letters (6)", text=txt + "\n" + signature(s),
           attachments=[dict(name="Interview letters.zip", data=make_zip(files))])
    return letters_label(c, 6, "letter_interview", "six interview letters in a zip to the employer")

@reg()
def s_letter_offer_to_claimant_html(c):
    s, p, e = c.staff(0), c.person(), c.employer("moorview-garden-centre.co.uk")
    doc = make_docx(letter_blocks(c, p, "letter_job_offer", e), "Job offer")
    txt = ("Dear %s,\n\nWonderful news - Moorview have asked us to pass on their job offer letter, attached. Please read "
           "it and let them know if you accept.\n\nWell done!\nKerensa" % p["first"])
    c.mail(("Tamar & Moor Truro", "truro.team@" + INTERNAL), [p["email"]], "Your job offer from Moorview", text=txt,
           html=html_of(txt, signature(s, mobile=False)), attachments=[dict(name="Job offer letter.docx", data=doc)])
    return letters_label(c, 1, "letter_job_offer", "job offer letter to the claimant it is addressed to", own=[p["email"]])

@reg()
def s_letters_offer4_supply(c):
    s, b = c.staff(4), c.contact("bridgeway-support.org.uk")
    blocks = []
    for i in range(4):
        if i:
            blocks.append(("break",))
        blocks += letter_blocks(c, c.person(), "letter_job_offer")
    txt = ("Hi %s,\n\nThe four job offer letters from the sector academy employers, in one document, for your files.\n\nSian"
           % b["first"])
    c.mail(s, [b], "Job offer letters - sector academy", text=txt + "\n" + signature(s),
           attachments=[dict(name="Offer letters.docx", data=make_docx(blocks))])
    return letters_label(c, 4, "letter_job_offer", "four job offer letters in one DOCX")

# ================================================================== scenarios: lists
def names_label(c, rows, cols, notes, rule="names_list_500", ninos=0):
    return c.label("relay", rule, T(ninos=ninos, data_subjects=rows, doc_kinds=["name_list"]),
                   F(list_rows=rows, list_cols=cols), notes)

@reg()
def s_list_csv120(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    rows = [("Surname", "Forename", "Course", "Start date")]
    for last, first in list_people(c, 120):
        rows.append((last, first, c.r.choice(["Food hygiene L2", "CSCS prep", "Customer service", "Digital skills"]),
                     "2026-12-%02d" % c.r.randint(1, 18)))
    txt = "Hi %s,\n\nDecember course allocations: 120 names, course and start date only.\n\nHannah" % n["first"]
    c.mail(s, [n], "December course allocations", text=txt, attachments=[dict(name="course_allocations_dec.csv", data=make_csv(rows))])
    return names_label(c, 120, ["surname", "forename", "course", "date"], "CSV list of 120 names with course dates")

@reg()
def s_list_xlsx500(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    rows = [("Surname", "Initial", "TM ref", "Appointment")]
    for i, (last, first) in enumerate(list_people(c, 500)):
        rows.append((last, first[0], "TM%06d" % (300000 + i * 7), "%02d/12/2026" % c.r.randint(1, 22)))
    xl = make_xlsx([dict(name="Caseload transfer", rows=rows)])
    txt = ("Dear %s,\n\nThe caseload transfer list for January: exactly 500 participants, surname, initial, our reference "
           "and the first appointment date.\n\nHannah" % b["first"])
    c.mail(s, [b], "Caseload transfer list (500)", text=txt + "\n" + signature(s, mobile=False),
           attachments=[dict(name="Caseload transfer Jan.xlsx", data=xl)])
    return names_label(c, 500, ["surname", "initial", "ref", "date"], "XLSX list of exactly 500 names, the ¶31 limit")

@reg()
def s_list_html14(c):
    s, e = c.staff(1), c.employer("dartvale-logistics.co.uk")
    rows = [("Surname", "Forename", "Interview slot")]
    for i, (last, first) in enumerate(list_people(c, 14)):
        rows.append((last, first, "%02d:%02d" % (9 + (i * 20) // 60, (i * 20) % 60)))
    txt = "Hi %s,\n\nHere's the running order for Wednesday's interview day:\n" % e["first"]
    html = html_of(txt).replace("</body>", html_table(rows) + "<p>Any problems, give me a ring.<br>Tom</p></body>")
    c.mail(s, [e], "Interview day running order", html=html)
    return names_label(c, 14, ["surname", "forename", "date"], "HTML table of 14 names with interview slots")

@reg()
def s_list_fixed_nino480(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    rows = []
    nins = set()
    for last, first in list_people(c, 480):
        while True:
            ni = make_nino(c.r, "compact")
            if ni not in nins:
                nins.add(ni)
                break
        rows.append((last.upper(), first[0], ni))
    data = fixed_width([("SURNAME", "I", "NINO")] + rows, [24, 3, 10])
    txt = ("%s,\n\nReconciliation file for the PRaP check - 480 rows, surname, initial and NINO, fixed width as your "
           "import wants.\n\nHannah" % b["first"])
    c.mail(s, [b], "Reconciliation file - fixed width", text=txt, attachments=[dict(name="recon_480.txt", data=data)])
    return names_label(c, 480, ["surname", "initial", "nino"], "fixed-width list of 480 names with NINOs", ninos=480)

def nino_list_label(c, n, notes, rule="nino_only_list"):
    return c.label("relay", rule, T(ninos=n, data_subjects=n, doc_kinds=["nino_list"]),
                   F(list_rows=n, list_cols=["nino"], nino_only=True), notes)

def nino_set(c, n, style="compact"):
    out = []
    seen = set()
    while len(out) < n:
        x = make_nino(c.r, style)
        k = x.replace(" ", "").upper()
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out

@reg()
def s_nino_csv650(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    data = make_csv([("NINO",)] + [(x,) for x in nino_set(c, 650)])
    txt = "Hi %s,\n\nNINO-only match file, 650 rows, nothing else in it.\n\nHannah" % b["first"]
    c.mail(s, [b], "Match file - NINOs only", text=txt, attachments=[dict(name="match_ninos.csv", data=data)])
    return nino_list_label(c, 650, "NINO-only list of 650 (no 500 limit)")

@reg()
def s_nino_txt80(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    data = ("\n".join(nino_set(c, 80, "spaced")) + "\n").encode()
    txt = "%s - the 80 NINOs for the funding eligibility check, one per line. H" % n["first"]
    c.mail(s, [n], "Eligibility check - NINOs", text=txt, attachments=[dict(name="eligibility.txt", data=data)], crlf=True)
    return nino_list_label(c, 80, "NINO-only text list, spaced format; CRLF")

@reg()
def s_nino_xlsx1200(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    xl = make_xlsx([dict(name="NINOs", rows=[("NINO",)] + [(x,) for x in nino_set(c, 1200)])])
    txt = ("Dear %s,\n\nThe year-end duplicate check: 1,200 NINOs, single column, no names or other details.\n\nHannah"
           % b["first"])
    c.mail(s, [b], "Year-end duplicate check", text=txt + "\n" + signature(s, mobile=False),
           attachments=[dict(name="duplicate_check.xlsx", data=xl)])
    return nino_list_label(c, 1200, "NINO-only XLSX of 1,200")

@reg()
def s_dwp_list_csv40(c):
    s, d = c.staff(3), c.dwp("jobcentreplus.gov.uk")
    rows = [("Surname", "Forename", "Session date")] + [(l, f_, "2026-11-%02d" % c.r.randint(2, 27)) for l, f_ in list_people(c, 40)]
    txt = "Hi %s,\n\nAttendance list for the Camborne jobs club sessions this month (40 names).\n\nDaniel" % d["first"]
    c.mail(s, [d], "Jobs club attendance - November", text=txt + "\n" + signature(s),
           attachments=[dict(name="jobsclub_nov.csv", data=make_csv(rows))])
    return names_label(c, 40, ["surname", "forename", "date"], "list of 40 names to a DWP work coach", rule="dwp_names_list")

@reg()
def s_dwp_list_xlsx500_nino(c):
    s, d = c.staff(9), c.dwp("dwp.gov.uk")
    nins = nino_set(c, 500, "spaced")
    rows = [("Surname", "Forename", "NINO")] + [(l, f_, n) for (l, f_), n in zip(list_people(c, 500), nins)]
    txt = ("Dear %s,\n\nAs requested for the WHP starts reconciliation: 500 participants, surname, forename and NINO.\n\n"
           "Regards,\nHannah" % d["first"])
    c.mail(s, [d], "WHP starts reconciliation - 500", text=txt + "\n" + signature(s, mobile=False),
           attachments=[dict(name="starts_recon.xlsx", data=make_xlsx([dict(name="Starts", rows=rows)]))])
    return names_label(c, 500, ["surname", "forename", "nino"], "500 names with NINOs to DWP (¶36)", rule="dwp_names_list", ninos=500)

@reg()
def s_dwp_list_html200(c):
    s, d = c.staff(9), c.dwp("dwp.gsi.gov.uk")
    rows = [("Surname", "Initial", "Ref")] + [(l, f_[0], "TM%06d" % c.r.randint(100000, 999999)) for l, f_ in list_people(c, 200)]
    txt = "Dear %s,\n\nBelow are the 200 participants due a 12-month review in December.\n" % d["first"]
    html = html_of(txt).replace("</body>", html_table(rows) + "<p>Hannah Kitto</p></body>")
    c.mail(s, [d], "12-month reviews due December", html=html, cte="b64")
    return names_label(c, 200, ["surname", "initial", "ref"], "HTML table of 200 names to DWP", rule="dwp_names_list")

# ================================================================== scenarios: DWP processes
def ucnea1_doc(c, p, ni, fmt="docx"):
    e = c.r.choice(list(EMPLOYERS.values()))
    rows = [("UCNEA1 - Universal Credit new employment notification", ""), ("Participant name", p["full"]),
            ("National Insurance number", ni), ("Employer", e), ("Job title", c.r.choice(["Packer", "Care Assistant", "Cleaner"])),
            ("Start date", (c.when - datetime.timedelta(days=c.r.randint(1, 10))).strftime("%d/%m/%Y")),
            ("Hours per week", str(c.r.choice([16, 20, 30, 37]))), ("Hourly rate", "£12.%02d" % c.r.randint(21, 90))]
    return make_docx([("h", "UCNEA1"), ("table", rows)]) if fmt == "docx" else make_pdf([[("h", "UCNEA1"), ("table", rows)]])

@reg()
def s_ucnea1(c):
    s, d, p = c.staff(3), c.dwp("jobcentreplus.gov.uk"), c.person()
    ni = make_nino(c.r)
    txt = "Dear colleague,\n\nPlease find one UCNEA1 attached for a participant who has started work.\n\nDaniel"
    c.mail(s, [("UC Service Centre", "uc.newemployment@jobcentreplus.gov.uk")], "UCNEA1 - new employment notification",
           text=txt + "\n" + signature(s), attachments=[dict(name="UCNEA1.docx", data=ucnea1_doc(c, p, ni))])
    return c.label("relay", "dwp_ucnea1_gns", T(ninos=1, data_subjects=1, doc_kinds=["ucnea1"]), F(records=1),
                   "one UCNEA1 with a NINO to DWP (¶34-35)")

GNS_TEXT = ("When {first} first came to us {he} had not worked for six years and told us {his} anxiety made even the bus "
            "journey into {town} feel impossible. Working with our mental health practitioner {he} built up gradually - "
            "a coffee in town, a volunteering morning, then a work trial. {He} now works {hours} hours a week at {emp} "
            "and says {he} has got {his} confidence back.")

@reg()
def s_gns_docx(c):
    s, d, p = c.staff(2), c.dwp("dwp.gov.uk"), c.person()
    story = GNS_TEXT.format(first=p["first"], he=p["he"], his=p["his"], He=p["He"], town=p["town"], hours=c.r.choice([16, 24]),
                            emp=c.r.choice(list(EMPLOYERS.values())))
    doc = make_docx([("h", "Good News Story"), ("table", [("Participant", p["full"]), ("Provision", "Work and Health Programme"),
                                                          ("Consent to publish", "Yes, signed")]), ("p", story)])
    txt = "Hello,\n\nOne Good News Story attached for this month's newsletter.\n\nBest wishes,\nBryony"
    c.mail(s, [("ESF and WHP comms", "whp.goodnews@dwp.gov.uk")], "Good News Story - November", text=txt + "\n" + signature(s),
           attachments=[dict(name="Good News Story.docx", data=doc)])
    return c.label("relay", "dwp_ucnea1_gns", T(special=["mental_health"], data_subjects=1, doc_kinds=["good_news_story"]),
                   F(records=1), "one Good News Story with anxiety inside the record, to DWP")

@reg()
def s_gns_pdf(c):
    s, d, p = c.staff(0), c.dwp("dwp.gov.uk"), c.person()
    story = ("%s was referred to us after a long period off work with a back injury. With a graded plan from our OT and "
             "a phased start agreed with the employer, %s is now working part-time as a receptionist and hopes to go "
             "full-time in the spring." % (p["full"], p["he"]))
    pdf = make_pdf([[("h", "Good News Story - Work and Health Programme"), ("p", story), ("p", "Consent to share: given in writing.")]])
    txt = "Dear team,\n\nA Good News Story from our Truro team is attached as a PDF.\n\nKerensa"
    c.mail(s, [d], "Good News Story (Truro)", text=txt + "\n" + signature(s), attachments=[dict(name="GNS Truro.pdf", data=pdf)])
    return c.label("relay", "dwp_ucnea1_gns", T(special=["health"], data_subjects=1, doc_kinds=["good_news_story"]),
                   F(records=1), "one Good News Story PDF with a health detail inside it")

def exit_report_rows(c, p, ni):
    return [("WHP Exit Report", ""), ("Participant", p["full"]), ("NINO", ni),
            ("PRaP reference", "PR%07d" % c.r.randint(1000000, 9999999)), ("Start date", "14/01/2025"),
            ("Exit date", c.when.strftime("%d/%m/%Y")), ("Reason", "End of 15-month support period"),
            ("Barriers addressed", "Depression, managed with GP; chronic back pain - OT graded activity plan"),
            ("Outcome", "In work 16 hrs/wk")]

@reg()
def s_c15_exit(c):
    p = c.person()
    ni = make_nino(c.r)
    doc = make_docx([("h", "Exit Report"), ("table", exit_report_rows(c, p, ni))])
    txt = "Exit Report attached for one participant.\n\nWHP Data Exchange\n" + ORG
    c.mail(("WHP Data Exchange", DESIG_PROV), [("WHP provider inbox", DESIG_DWP)], "WHP Exit Report", text=txt,
           attachments=[dict(name="Exit report.docx", data=doc)])
    return c.label("relay", "dwp_c15_process", T(ninos=1, special=["health", "mental_health"], data_subjects=1,
                                                 doc_kinds=["exit_report"]), F(records=1),
                   "one Exit Report, designated inbox to designated inbox, health details inside the record")

@reg()
def s_c15_coc(c):
    p = c.person()
    ni = make_nino(c.r)
    rows = [("Change of Circumstances", ""), ("Participant", p["full"]), ("NINO", ni), ("Change", "Moved address"),
            ("New address", "%s, %s %s" % (p["street"], p["town"], p["postcode"])), ("Date of change", c.when.strftime("%d/%m/%Y"))]
    pdf = make_pdf([[("h", "WHP Change of Circumstances"), ("table", rows)]])
    c.mail(("WHP Data Exchange", DESIG_PROV), [("WHP provider inbox", DESIG_DWP)], "Change of Circumstances notification",
           text="Please see the attached change of circumstances (one participant).\n\nData Exchange team", crlf=True,
           attachments=[dict(name="CoC.pdf", data=pdf)])
    return c.label("relay", "dwp_c15_process", T(ninos=1, contact_details=True, data_subjects=1,
                                                 doc_kinds=["change_of_circumstances"]), F(records=1),
                   "one Change of Circumstances with a new address, designated inboxes; CRLF")

def eb_rows(c, p, ni):
    return [("Field", "Value"), ("Customer name", p["full"]), ("NINO", ni), ("Employer", c.r.choice(list(EMPLOYERS.values()))),
            ("Vacancy", "Warehouse Operative"), ("Start date", c.when.strftime("%d/%m/%Y")), ("Contracted hours", "30")]

@reg()
def s_c15_eb(c):
    p = c.person()
    ni = make_nino(c.r)
    xl = make_xlsx([dict(name="EB Customer Form", rows=eb_rows(c, p, ni))])
    c.mail(("WHP Data Exchange", DESIG_PROV), [DESIG_DWP], "WHP Employment Business Customer Form",
           text="Good afternoon,\n\nOne WHP Employment Business Customer Form attached.\n\nKind regards\nWHP Data Exchange",
           attachments=[dict(name="EB customer form.xlsx", data=xl)])
    return c.label("relay", "dwp_c15_process", T(ninos=1, data_subjects=1, doc_kinds=["whp_eb_customer_form"]),
                   F(records=1), "one EB Customer Form in XLSX, designated inboxes")

def dwp_referral_msg(c, p, ni, d, extra=""):
    txt = ("Provider referral - Work and Health Programme\n\nName: %s\nNINO: %s\nAge: %d\nHealth conditions declared: %s\n"
           "Work coach notes: %s\n%s\n%s\nWork Coach" % (p["full"], ni, p["age"],
                                                       c.r.choice(["fibromyalgia", "COPD", "epilepsy (controlled)", "osteoarthritis in both knees"]),
                                                       c.r.choice(["Keen to work locally.", "Prefers morning appointments.", "Has been out of work 3 years."]),
                                                       extra, d["full"]))
    return c.b.message(d, [("Provider referrals", "referrals@" + INTERNAL)], (), "WHP referral",
                       text=txt, date="Wed, 28 Oct 2026 11:05:00 +0000", msgid="<ref.%s@dwp.gov.uk>" % c.tag)

@reg()
def s_fwd_record_rfc822(c):
    s, b, p, d = c.staff(7), c.contact("bridgeway-support.org.uk"), c.person(), c.dwp("dwp.gov.uk")
    inner = dwp_referral_msg(c, p, make_nino(c.r), d)
    txt = "Hi %s,\n\nForwarding this DWP referral for your Torbay team to pick up.\n\nThanks,\nPriya" % b["first"]
    c.mail(s, [b], "FW: WHP referral", text=txt + "\n" + signature(s), attachments=[dict(msg=inner)])
    return c.label("relay", "forward_subcontractor", T(ninos=1, special=["health"], data_subjects=1),
                   F(fwd_record=1), "one DWP referral record forwarded as message/rfc822 to the approved subcontractor")

@reg()
def s_fwd_record_inline(c):
    s, n, p, d = c.staff(5), c.contact("northstar-training.co.uk"), c.person(), c.dwp("jobcentreplus.gov.uk")
    ni = make_nino(c.r, "compact")
    rec = ("Name: %s\nNINO: %s\nReferral type: WHP Disability pathway\nCondition: %s\nPreferred contact: via provider"
           % (p["full"], ni, c.r.choice(["MS, uses a stick", "hearing loss", "type 1 diabetes"])))
    body = ("%s, one for your Plymouth intake - see the referral below.\nMarcus\n\n-----Original Message-----\nFrom: %s <%s>\n"
            "Sent: 30 October 2026 15:12\nTo: Tamar & Moor referrals\nSubject: WHP referral\n\n%s\n\n%s" %
            (n["first"], d["full"], d["addr"], rec, d["full"]))
    c.mail(s, [n], "FW: WHP referral", text=body + "\n" + signature(s))
    return c.label("relay", "forward_subcontractor", T(ninos=1, special=["health"], data_subjects=1), F(fwd_record=1),
                   "one DWP referral forwarded inline (Outlook 'Original Message') to supply chain")

@reg()
def s_fwd_record_docx(c):
    s, b, p, d = c.staff(6), c.contact("bridgeway-support.org.uk"), c.person(), c.dwp("dwp.gov.uk")
    ni = make_nino(c.r)
    doc = make_docx([("h", "WHP referral record"), ("table", [("Name", p["full"]), ("NINO", ni), ("Age", str(p["age"])),
                                                                 ("Barrier", "Anxiety and panic attacks")])])
    inner = c.b.message(d, [("Tamar & Moor referrals", "referrals@" + INTERNAL)], (), "Referral record", text="Referral attached.\n" + d["full"],
                        attachments=[dict(name="referral.docx", data=doc)], date="Mon, 26 Oct 2026 09:30:00 +0000",
                        msgid="<rr.%s@dwp.gov.uk>" % c.tag)
    txt = "Hi %s,\n\nThis one is yours - DWP's e-mail with the referral record attached below.\n\nLowenna" % b["first"]
    c.mail(s, [b], "FW: Referral record", text=txt + "\n" + signature(s), attachments=[dict(msg=inner)])
    return c.label("relay", "forward_subcontractor", T(ninos=1, special=["mental_health"], data_subjects=1), F(fwd_record=1),
                   "one DWP record (DOCX inside a nested message) forwarded to supply chain")

# ================================================================== scenarios: already encrypted
def enc_label(c, notes):
    return c.label("relay", "already_encrypted", T(), F(encrypted=True), notes)

@reg()
def s_smime_env0(c):
    s, b = c.staff(2), c.contact("bridgeway-support.org.uk")
    c.mail(s, [b], "Secure: case review papers", raw=smime_enveloped(header_block(s, [b], (), "Secure: case review papers", c.date, c.msgid), 0))
    return enc_label(c, "S/MIME enveloped")

@reg()
def s_smime_env1(c):
    s, b = c.staff(5), c.contact("bridgeway-support.org.uk")
    c.mail(s, [b], "Encrypted - justice pathway summary", raw=smime_enveloped(header_block(s, [b], (), "Encrypted - justice pathway summary", c.date, c.msgid), 1))
    return enc_label(c, "S/MIME enveloped, second blob")

@reg()
def s_pgp_mime(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    c.mail(s, [n], "PGP: learner funding evidence", raw=pgp_mime(header_block(s, [n], (), "PGP: learner funding evidence", c.date, c.msgid), c.r, c.tag))
    return enc_label(c, "PGP/MIME multipart/encrypted")

@reg()
def s_pgp_inline(c):
    s, t = c.staff(7), c.contact("nhs-devon-talkingtherapies.org.uk")
    body = "Hi %s, as agreed, encrypted with your team key.\n\n%s\nPriya" % (t["first"], pgp_armor(c.r, 700))
    c.mail(s, [t], "Joint case notes (encrypted)", text=body, cte="7bit")
    return enc_label(c, "inline PGP armour in a text/plain body")

# ================================================================== scenarios: special categories
def enc(c, rule, notes, **t):
    fx = t.pop("facts", {})
    return c.label("encrypt", rule, T(**t), F(**fx), notes)

@reg()
def s_sp_ot_backpain_thread(c):
    s, e, p = c.staff(0), c.employer("tamarside-care.co.uk"), c.person(female=True)
    q = ("Hi Kerensa,\n\nHow is %s getting on? We'd love to offer more shifts if she's ready.\n\n%s\nRegistered Manager"
         % (p["first"], e["full"]))
    txt = ("Hi %s,\n\nThanks for asking after %s. Honestly, her back has been playing up again since the weekend and "
           "she's back on the naproxen, which makes her a bit foggy in the mornings. She's also just started on sertraline "
           "for her mood and the GP wants to see how she settles over the next month.\n\nCould we hold at two shifts a week, "
           "afternoons, until the review on the 30th? I'll come in with her for the first hour of Tuesday's shift.\n\n"
           "Best wishes,\nKerensa" % (e["first"], p["full"]))
    body = txt + "\n" + signature(s, disc=0) + "\n" + c.quote_outlook(e["full"], e["addr"], s["full"], "Shifts", q)
    c.mail(s, [e], "RE: Shifts", text=body, html=html_of(body))
    return enc(c, "encrypt_special_category", "lay wording for back pain and medicines (naproxen, sertraline) in an OT reply",
               special=["health", "mental_health"], data_subjects=1)

@reg()
def s_sp_licence_tag(c):
    s, e, p = c.staff(5), c.employer("granite-coast-builders.co.uk"), c.person(female=False)
    po = c.contact("sw-probation-pdu.org.uk")
    txt = ("Hi %s,\n\nGood to speak earlier. As I said on the phone, %s is on licence until March and still has the tag, "
           "so he's on a curfew from 7 in the evening to 7 in the morning - no late finishes or overnight jobs away for now. "
           "His probation officer, %s, is supportive and happy to talk to you.\n\nHe's keen, reliable and has his CSCS "
           "card. Could he start on the Saltash site on Monday?\n\nMarcus" % (e["first"], p["full"], po["full"]))
    c.mail(s, [e], "Monday start - Saltash site", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_special_category", "'on licence' and 'the tag' with a curfew; probation officer is not a data subject",
               special=["criminal"], data_subjects=1)

@reg()
def s_sp_recovery_script(c):
    s, n, p = c.staff(3), c.contact("northstar-training.co.uk"), c.person(female=False)
    txt = ("Morning %s,\n\nA quick note before %s starts the CSCS course on Monday. He's in recovery - fourteen months clean "
           "now, which he's rightly proud of - and he still picks up his script from the chemist every morning, so he can't "
           "be in before 9.30. He's fine with you knowing; he'd just rather the group didn't.\n\nThanks for being flexible,\n"
           "Daniel" % (n["first"], p["full"]))
    c.mail(s, [n], "CSCS course - start time for Monday", text=txt + "\n" + signature(s, disc=2), crlf=True)
    return enc(c, "encrypt_special_category", "'in recovery', 'clean', 'his script' - no keyword for drugs; CRLF",
               special=["substance"], data_subjects=1)

@reg()
def s_sp_religion(c):
    s, e, p = c.staff(6), c.employer("exe-estuary-hotels.co.uk"), c.person(female=True)
    txt = ("Dear %s,\n\nThank you for offering %s the breakfast shifts. One thing she asked me to mention: she's a Methodist "
           "lay preacher and leads worship on Sunday mornings, so she can do Saturdays and weekdays but not Sundays before "
           "1pm. Would that work with your rota?\n\nKind regards,\nLowenna" % (e["first"], p["full"]))
    c.mail(s, [e], "Breakfast shifts - availability", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_special_category", "religious belief (lay preacher) of a named participant", special=["religion"],
               data_subjects=1)

@reg()
def s_sp_union(c):
    s, e, p = c.staff(1), c.employer("dartvale-logistics.co.uk"), c.person(female=False)
    txt = ("Hi %s,\n\nBefore Thursday: %s was the GMB shop steward at his last warehouse and he wanted you to hear it from us "
           "rather than a reference - he thinks it's part of why his contract wasn't renewed. He's a strong picker with "
           "good stats. Happy to talk it through.\n\nTom" % (e["first"], p["full"]))
    c.mail(s, [e], "Thursday interview - background", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_special_category", "trade union role of a named candidate", special=["trade_union"], data_subjects=1)

@reg()
def s_sp_ethnicity(c):
    s, k, p = c.staff(6), c.contact("tamar-valley-college.ac.uk"), c.person(female=True)
    txt = ("Hi %s,\n\n%s would like to start the health and social care course in January. She's from an Irish Traveller "
           "family and they usually travel for a few weeks in the summer, so she's worried about the placement block in "
           "June. Is there any way to move her placement earlier?\n\nThanks,\nLowenna" % (k["first"], p["full"]))
    c.mail(s, [k], "January course - placement timing", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_special_category", "ethnicity (Irish Traveller) of a named participant to a college",
               special=["ethnicity"], data_subjects=1)

@reg()
def s_sp_orientation(c):
    s, h, p = c.staff(2), c.contact("moorland-homes.org.uk"), c.person(female=False)
    txt = ("Dear %s,\n\nI'm supporting %s, who is on your transfer list. He's gay and had a really rough time from other "
           "residents at the hostel, which is part of why he stopped coming to appointments. A move away from the town "
           "centre would make a huge difference to him staying engaged with work.\n\nKind regards,\nBryony" % (h["first"], p["full"]))
    c.mail(s, [h], "Transfer request - supporting information", text=txt + "\n" + signature(s, disc=1))
    return enc(c, "encrypt_special_category", "sexual orientation of a named participant to a housing association",
               special=["sexual_orientation"], data_subjects=1)

@reg()
def s_sp_hidden_column_list(c):
    s, b = c.staff(4), c.contact("bridgeway-support.org.uk")
    rows = [("Surname", "Forename", "Ref", "Main barrier")]
    for last, first in list_people(c, 12):
        rows.append((last, first, "TM%06d" % c.r.randint(100000, 999999),
                     c.r.choice(["Depression", "Back pain", "Alcohol", "On licence", "Anxiety", "Arthritis", "PTSD"])))
    xl = make_xlsx([dict(name="Transfers", rows=rows, hidden_cols=["D"])])
    txt = "Hi %s,\n\nThe twelve Torbay transfers. I've hidden the last column you don't need.\n\nSian" % b["first"]
    c.mail(s, [b], "Torbay transfers (12)", text=txt + "\n" + signature(s), attachments=[dict(name="Torbay transfers.xlsx", data=xl)])
    return enc(c, "encrypt_special_category", "list of 12 with a hidden 'main barrier' column of health, substance and offending",
               special=["health", "mental_health", "substance", "criminal"], data_subjects=12, doc_kinds=["name_list"],
               facts=dict(list_rows=12, list_cols=["surname", "forename", "ref", "health"]))

@reg()
def s_sp_ics_cpn(c):
    s, b, p = c.staff(7), c.contact("bridgeway-support.org.uk"), c.person()
    start = datetime.datetime(2026, 12, 2, 14, 0)
    desc = "Three-way review with %s and %s CPN before the work trial. Torquay office, room 2." % (p["full"], p["his"])
    inv = ics("Review - %s" % p["full"], start, 60, desc, (s["full"], s["addr"]), [(b["full"], b["addr"])], c.tag + "@tamarmoor")
    c.mail(s, [b], "Invitation: Review - %s" % p["full"], text="Invite attached.\nPriya", attachments=[dict(name="review.ics", data=inv)])
    return enc(c, "encrypt_special_category", "'CPN' (community psychiatric nurse) in an ICS description", special=["mental_health"],
               data_subjects=1)

@reg()
def s_sp_seizures(c):
    s, e, p = c.staff(3), c.employer("trelawney-retail.co.uk"), c.person(female=True)
    txt = ("%s - re %s starting on the tills. She has the odd seizure, maybe one every couple of months, and usually gets "
           "a warning first. If it happens she just needs somewhere to lie down and someone to stay with her. She's happy for "
           "her supervisor to know. Thanks D\n\n%s" % (e["first"], p["full"], c.r.choice(PHONE_SIGS)))
    c.mail(s, [e], "Starting Monday", text=txt, phone=True)
    return enc(c, "encrypt_special_category", "'the odd seizure' in lay words, phone-sent", special=["health"], data_subjects=1)

@reg()
def s_sp_sectioned_mdt(c):
    s, b = c.staff(2), c.contact("bridgeway-support.org.uk")
    p = c.person()
    txt = ("Hi %s,\n\nNotes from this morning's MDT for the participants we share:\n\n- %s: was sectioned for a few weeks last "
           "spring and is understandably wary of anything that feels like an assessment. Keep contact low-key, same worker each "
           "time.\n- Nothing new on the others.\n\nBryony" % (b["first"], p["full"]))
    c.mail(s, [b], "MDT notes - shared participants", text=txt + "\n" + signature(s, disc=1), html=html_of(txt, signature(s, disc=1)))
    return enc(c, "encrypt_special_category", "'sectioned' (detained under the Mental Health Act) in MDT notes",
               special=["mental_health"], data_subjects=1)

@reg()
def s_sp_long_covid(c):
    s, e, p = c.staff(0), c.employer("moorview-garden-centre.co.uk"), c.person()
    txt = ("Dear %s,\n\nThank you for being so patient with %s's start. Since having Covid in 2024 %s gets completely wiped "
           "out after two or three hours of physical work and then needs a day to recover. Our suggestion is three-hour "
           "shifts on alternate days for the first month, with a seat at the till area. I'm happy to review this with you.\n\n"
           "Warm wishes,\nKerensa" % (e["first"], p["full"], p["he"]))
    sig = signature(s)
    c.mail(s, [e], "Graded start plan", text=txt + "\n" + sig, html=html_of(txt, sig, logo=c.tag), logo=True)
    return enc(c, "encrypt_special_category", "long Covid fatigue described without a diagnosis word", special=["health"],
               data_subjects=1)

@reg()
def s_sp_diabetic(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person(female=False)
    txt = ("Hi %s,\n\nFor Monday's course: %s will need to check his sugars mid-morning and may need to eat at his desk. "
           "He carries jelly babies in case he goes low. No fuss needed, just wanted the tutor to know.\n\nMarcus"
           % (n["first"], p["full"]))
    c.mail(s, [n], "Monday course - a note for the tutor", text=txt + "\n" + signature(s), cte="b64")
    return enc(c, "encrypt_special_category", "diabetes implied by 'check his sugars' and 'goes low'", special=["health"],
               data_subjects=1)

@reg()
def s_sp_drinking_aa(c):
    s, h, p = c.staff(7), c.contact("moorland-homes.org.uk"), c.person(female=False)
    txt = ("Hi %s,\n\nThanks for the update about the rent arrears meeting. Can it avoid Tuesday evenings? %s goes to AA in "
           "Paignton then and it's the one thing that's kept his drinking under control since the summer.\n\nPriya"
           % (h["first"], p["full"]))
    c.mail(s, [h], "Arrears meeting - timing", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_special_category", "AA attendance and 'his drinking' to a housing officer", special=["substance"],
               data_subjects=1)

@reg()
def s_sp_nested_gp_letter(c):
    s, e, p = c.staff(6), c.employer("penhallow-foods.co.uk"), c.person(female=False)
    g = c.contact("harbour-surgery.org.uk")
    inner_txt = ("Dear Ms Rowe,\n\nRe: %s\n\nI saw %s today. Following his hernia repair he may be fit for work with "
                 "adjustments: a phased return over four weeks and no lifting over 10kg until the end of January.\n\nDr %s"
                 % (p["full"], p["first"], g["last"]))
    inner = c.b.message(g, [STAFF[6]], (), "Re: %s - fitness for work" % p["full"], text=inner_txt,
                        date="Fri, 20 Nov 2026 12:10:00 +0000", msgid="<gp.%s@harbour-surgery.org.uk>" % c.tag)
    txt = ("Hi %s,\n\nThe GP's note below, which %s has said I can share so you can plan his return on the line.\n\nLowenna"
           % (e["first"], p["first"]))
    c.mail(s, [e], "FW: fitness for work", text=txt + "\n" + signature(s), attachments=[dict(msg=inner)])
    return enc(c, "encrypt_special_category", "GP letter with a surgical recovery inside a forwarded message/rfc822",
               special=["health"], data_subjects=1)

@reg()
def s_sp_quoted_only(c):
    s, b, p = c.staff(1), c.contact("bridgeway-support.org.uk"), c.person(female=False)
    earlier = ("Hi %s,\n\n%s starts the placement with you next week. Given his PTSD from his army days, a quiet desk away "
               "from the loading bay doors would really help - sudden bangs are hard for him.\n\nTom" % (b["first"], p["full"]))
    reply = "Brilliant, thanks %s - that's a weight off. T" % b["first"]
    theirs = "Hi Tom, all sorted - desk by the window in the office. %s" % b["first"]
    body = (reply + "\n" + c.quote_gmail(b["full"], b["addr"], theirs + "\n" + c.quote_gmail(s["full"], s["addr"], earlier)))
    c.mail(s, [b], "Re: Re: Placement next week", text=body)
    return enc(c, "encrypt_special_category", "PTSD only in the twice-quoted earlier message", special=["mental_health"],
               data_subjects=1)

@reg()
def s_sp_subject_only(c):
    s, b, p = c.staff(2), c.contact("bridgeway-support.org.uk"), c.person()
    subj = "Re: %s - CMHT discharge letter" % p["full"]
    c.mail(s, [b], subj, text="Thanks %s, noted - I'll update the support plan this week.\nBryony" % b["first"])
    return enc(c, "encrypt_special_category", "a name and a community mental health team discharge in the subject only",
               special=["mental_health"], data_subjects=1)

@reg()
def s_sp_x_header(c):
    s, e, p = c.staff(5), c.employer("dartvale-logistics.co.uk"), c.person(female=False)
    po = c.contact("sw-probation-pdu.org.uk")
    h = c.hdrs() + [("X-TM-CaseFlags", "Justice pathway; on licence to 03/2027; PO %s" % po["full"])]
    txt = "Hi %s,\n\n%s is confirmed for the interview on Friday at 2pm.\n\nMarcus" % (e["first"], p["full"])
    c.mail(s, [e], "Friday interview", text=txt + "\n" + signature(s), headers=h)
    return enc(c, "encrypt_special_category", "body is one name + interview time; an X- header says he is on licence",
               special=["criminal"], data_subjects=1)

@reg()
def s_sp_smime_signed(c):
    s, e, p = c.staff(0), c.employer("tamarside-care.co.uk"), c.person(female=True)
    txt = ("Dear %s,\n\nOccupational therapy workplace report: %s\n\n%s has rheumatoid arthritis affecting both hands. "
           "Morning stiffness lasts about an hour. Recommendations: start no earlier than 10am, adapted cutlery grips for "
           "the kitchen tasks, and a five-minute break each hour.\n\nKerensa Polglase, HCPC registered OT" % (e["first"], p["full"], p["first"]))
    hdrs = header_block(s, [e], (), "OT workplace report (signed)", c.date, c.msgid)
    c.mail(s, [e], "OT workplace report (signed)", raw=smime_signed(text_part(txt, "plain", "qp"), hdrs, c.tag))
    return enc(c, "encrypt_special_category", "S/MIME signed-only (readable) OT report with a diagnosis", special=["health"],
               data_subjects=1)

@reg()
def s_sp_signed_off_dwp(c):
    s, d, p = c.staff(7), c.dwp("jobcentreplus.gov.uk"), c.person()
    txt = ("Hi %s,\n\nJust so you're aware, %s has been signed off with stress for four weeks so won't be at Tuesday's "
           "appointment. My client is keen to stay in touch by phone in the meantime.\n\nPriya" % (d["first"], p["full"]))
    c.mail(s, [d], "Tuesday appointment", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_special_category", "'signed off with stress' about a named participant, to DWP",
               special=["mental_health"], data_subjects=1)

@reg()
def s_sp_did_time(c):
    s, e, p = c.staff(5), c.employer("penhallow-foods.co.uk"), c.person(female=False)
    txt = ("Hi %s,\n\nYou asked for honesty, so: %s did eighteen months at Channings Wood and came out in the spring. "
           "He's been with us since, hasn't missed a single session, and wants to tell you about it himself at interview.\n\n"
           "Marcus" % (e["first"], p["full"]))
    c.mail(s, [e], "Candidate for Thursday", text=txt + "\n" + signature(s, disc=0), html=html_of(txt, signature(s, disc=0)))
    return enc(c, "encrypt_special_category", "'did eighteen months' at a named prison: a custodial sentence in lay words",
               special=["criminal"], data_subjects=1)

@reg()
def s_sp_support_plan_pdf(c):
    s, b, p = c.staff(2), c.contact("bridgeway-support.org.uk"), c.person(female=True)
    pdf = make_pdf([[("h", "Support plan - %s" % p["full"]),
                     ("table", [("Goal", "Steps", "Review"), ("Manage low mood at work", "Daily walk, check-ins with MHP fortnightly", "Jan"),
                                ("Reduce panic on public transport", "Graded bus journeys with job coach", "Dec"),
                                ("Find part-time admin work", "CV, 2 applications a week", "Dec")]),
                     ("p", "Agreed with %s on %s." % (p["first"], c.when.strftime("%d %B %Y")))]])
    txt = "Hi %s, support plan for your file attached. Bryony" % b["first"]
    c.mail(s, [b], "Support plan", text=txt, attachments=[dict(name="Support plan.pdf", data=pdf)])
    return enc(c, "encrypt_special_category", "support plan PDF table: low mood and panic", special=["mental_health"],
               data_subjects=1)

# ================================================================== scenarios: NINOs
@reg()
def s_ni_subject(c):
    s, b = c.staff(3), c.contact("bridgeway-support.org.uk")
    ni = make_nino(c.r)
    c.mail(s, [b], "RE: %s - travel claim" % ni,
           text="Hi %s,\n\nReceipts for this participant's bus fares are now on the shared drive.\n\nDaniel" % b["first"])
    return enc(c, "encrypt_nino", "a NINO only in the subject line", ninos=1, data_subjects=1)

@reg()
def s_ni_filename(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person()
    ni = make_nino(c.r, "compact")
    doc = make_docx([("h", "Action plan - %s" % p["full"]), ("table", [("Goal", "By when"), ("Forklift licence", "January"),
                                                                       ("Apply to three warehouses", "February")])])
    txt = "Hi %s,\n\nAction plan for the learner starting Monday.\n\nMarcus" % n["first"]
    c.mail(s, [n], "Action plan for Monday's learner", text=txt + "\n" + signature(s),
           attachments=[dict(name="ActionPlan_%s.docx" % ni, data=doc)])
    return enc(c, "encrypt_nino", "NINO only in the attachment's file name", ninos=1, data_subjects=1)

@reg()
def s_ni_lower_phone(c):
    s, e, p = c.staff(1), c.employer("dartvale-logistics.co.uk"), c.person(female=False)
    ni = make_nino(c.r, "lower")
    txt = ("hi %s for the payroll form - %s's ni is %s. he starts 7am mon. tom\n\n%s" % (e["first"], p["full"], ni, c.r.choice(PHONE_SIGS)))
    c.mail(s, [e], "payroll", text=txt, phone=True, cte="7bit")
    return enc(c, "encrypt_nino", "lower-case NINO with spaces to an employer for payroll (¶27)", ninos=1, data_subjects=1)

@reg()
def s_ni_split_line(c):
    s, b, p = c.staff(9), c.contact("bridgeway-support.org.uk"), c.person()
    ni = make_nino(c.r)
    a, z = ni[:8], ni[9:]
    txt = ("Hi %s,\n\nPRaP wouldn't accept the start for %s because the NINO was keyed wrongly. The right one is %s\n%s - "
           "could you amend your record?\n\nHannah" % (b["first"], p["full"], a, z))
    c.mail(s, [b], "PRaP rejection - NINO correction", text=txt + "\n" + signature(s, mobile=False), cte="7bit")
    return enc(c, "encrypt_nino", "a NINO split across a line break", ninos=1, data_subjects=1, facts=dict(nino_split=True))

@reg()
def s_ni_college_form(c):
    s, k, p = c.staff(6), c.contact("tamar-valley-college.ac.uk"), c.person()
    ni = make_nino(c.r)
    rows = form_rows(c, p, "Level 2 Health and Social Care (enrolment)") + [("N.I. No", ni)]
    doc = make_docx([("h", "Tamar Valley College - enrolment application"), ("table", rows)])
    txt = "Hi %s,\n\nThe completed enrolment application for January is attached.\n\nLowenna" % k["first"]
    c.mail(s, [k], "Enrolment application - January", text=txt + "\n" + signature(s),
           attachments=[dict(name="Enrolment application.docx", data=doc)])
    return enc(c, "encrypt_nino", "one application form with 'N.I. No' in its table (¶23)", ninos=1, data_subjects=1,
               doc_kinds=["application_form"], facts=dict(form_people=1))

@reg()
def s_ni_ics(c):
    s, n, p = c.staff(3), c.contact("northstar-training.co.uk"), c.person()
    ni = make_nino(c.r)
    start = datetime.datetime(2026, 12, 7, 9, 30)
    inv = ics("Enrolment - %s" % p["full"], start, 45, "Bring photo ID. NI number for the funding form: %s" % ni,
              (s["full"], s["addr"]), [(n["full"], n["addr"])], c.tag + "@tamarmoor", "Northstar, Camborne")
    c.mail(s, [n], "Enrolment appointment", text="Invite attached - Daniel", attachments=[dict(name="enrolment.ics", data=inv)])
    return enc(c, "encrypt_nino", "NINO in an ICS description", ninos=1, data_subjects=1)

@reg()
def s_ni_x_header(c):
    s, e, p = c.staff(8), c.employer("exe-estuary-hotels.co.uk"), c.person()
    ni = make_nino(c.r, "compact")
    h = c.hdrs() + [("X-TM-Participant", "%s; NINO %s" % (p["last"].upper(), ni))]
    txt = "Hi %s,\n\n%s will be at the kitchen trial on Wednesday at 10.\n\nGareth" % (e["first"], p["full"])
    c.mail(s, [e], "Kitchen trial Wednesday", text=txt + "\n" + signature(s), headers=h)
    return enc(c, "encrypt_nino", "one name + time in the body; NINO in a custom X- header", ninos=1, data_subjects=1)

@reg()
def s_ni_nested(c):
    s, e, p = c.staff(3), c.employer("penhallow-foods.co.uk"), c.person(female=True)
    ni = make_nino(c.r)
    col = STAFF[9]
    inner = c.b.message(col, [STAFF[3]], (), "NI for the starter form", text="Dan - %s's NI number is %s, as asked. H" % (p["first"], ni),
                        date="Tue, 24 Nov 2026 16:02:00 +0000", msgid="<ni.%s@provider.example.org.uk>" % c.tag)
    txt = "Hi %s,\n\nSee below for %s's starter form.\n\nDaniel" % (e["first"], p["full"])
    c.mail(s, [e], "FW: NI for the starter form", text=txt + "\n" + signature(s), attachments=[dict(msg=inner)])
    return enc(c, "encrypt_nino", "NINO inside a forwarded internal message (message/rfc822) to an employer", ninos=1,
               data_subjects=1)

@reg()
def s_ni_natins_dwp(c):
    s, d, p = c.staff(2), c.dwp("jobcentreplus.gov.uk"), c.person()
    ni = make_nino(c.r)
    txt = ("Hi %s,\n\nCould you check your records for %s? Nat Ins: %s. We think the referral was duplicated.\n\nBryony"
           % (d["first"], p["full"], ni))
    c.mail(s, [d], "Possible duplicate referral", html=html_of(txt, signature(s)))
    return enc(c, "encrypt_nino", "'Nat Ins' label, HTML-only, to DWP", ninos=1, data_subjects=1)

# ================================================================== scenarios: DOB and bank
@reg()
def s_dob_words(c):
    s, e, p = c.staff(1), c.employer("granite-coast-builders.co.uk"), c.person(female=False)
    y = 2026 - p["age"]
    txt = ("Hi %s,\n\nFor the site insurance you asked for %s's date of birth - he was born on the third of March %d.\n\nTom"
           % (e["first"], p["full"], y))
    c.mail(s, [e], "Site insurance details", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_dob_bank", "date of birth in words", dob=True, data_subjects=1)

@reg()
def s_dob_short(c):
    s, k, p = c.staff(0), c.contact("tamar-valley-college.ac.uk"), c.person()
    txt = ("Hi %s, can you check whether %s (DOB %02d/%02d/%02d) is still on your Access course list? K\n\n%s"
           % (k["first"], p["full"], c.r.randint(1, 28), c.r.randint(1, 12), c.r.randint(70, 99), c.r.choice(PHONE_SIGS)))
    c.mail(s, [k], "Access course list", text=txt, phone=True)
    return enc(c, "encrypt_dob_bank", "DOB as dd/mm/yy, phone-sent", dob=True, data_subjects=1)

@reg()
def s_dob_iso_xlsx(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person()
    xl = make_xlsx([dict(name="Registration", rows=[("Field", "Value"), ("Learner", p["full"]),
                                                    ("dob", "%d-%02d-%02d" % (2026 - p["age"], c.r.randint(1, 12), c.r.randint(1, 28))),
                                                    ("Course", "Level 1 Warehousing")])])
    txt = "Hi %s,\n\nRegistration sheet for your funding claim.\n\nMarcus" % n["first"]
    c.mail(s, [n], "Learner registration", text=txt + "\n" + signature(s), attachments=[dict(name="registration.xlsx", data=xl)])
    return enc(c, "encrypt_dob_bank", "ISO DOB in a one-person XLSX", dob=True, data_subjects=1)

@reg()
def s_bank_sentence(c):
    s, b, p = c.staff(7), c.contact("bridgeway-support.org.uk"), c.person(female=True)
    txt = ("Hi %s,\n\nCould your finance team refund %s's bus fares (£38.40)? She's asked for it to go into her account - "
           "sort code %s, account %s.\n\nThanks,\nPriya" % (b["first"], p["full"], sort_code(c.r), account(c.r)))
    c.mail(s, [b], "Travel refund", text=txt + "\n" + signature(s), crlf=True)
    return enc(c, "encrypt_dob_bank", "a participant's sort code and account number in a sentence; CRLF", bank=True,
               data_subjects=1)

@reg()
def s_bank_iban(c):
    s, n, p = c.staff(9), c.contact("northstar-training.co.uk"), c.person()
    txt = ("Dear %s,\n\nThe learner bursary for %s should be paid to IBAN %s (their own account). Please confirm once sent.\n\n"
           "Hannah" % (n["first"], p["full"], iban(c.r, "KRNW")))
    c.mail(s, [n], "Bursary payment", text=txt + "\n" + signature(s, mobile=False))
    return enc(c, "encrypt_dob_bank", "a participant's IBAN", bank=True, data_subjects=1)

@reg()
def s_bank_card(c):
    s, k, p = c.staff(6), c.contact("tamar-valley-college.ac.uk"), c.person()
    txt = ("Hi %s,\n\n%s rang from the bus to pay the course deposit and asked me to pass on the card: %s, expiry 08/28. "
           "Could you take the £25 and shred this?\n\nLowenna" % (k["first"], p["full"], luhn_card(c.r)))
    c.mail(s, [k], "Course deposit", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_dob_bank", "a participant's Luhn-valid card number", bank=True, data_subjects=1)

@reg()
def s_bank_table_undashed(c):
    s, e, p = c.staff(8), c.employer("trelawney-retail.co.uk"), c.person()
    sc = sort_code(c.r).replace("-", "")
    doc = make_docx([("h", "New starter details"), ("table", [("Name", p["full"]), ("Role", "Sales Assistant"),
                                                              ("Sort code", sc), ("Account no", account(c.r))])])
    txt = "Hi %s,\n\nNew starter details for payroll attached.\n\nGareth" % e["first"]
    c.mail(s, [e], "New starter - payroll", text=txt + "\n" + signature(s), attachments=[dict(name="New starter.docx", data=doc)])
    return enc(c, "encrypt_dob_bank", "undashed sort code and account in a DOCX table to an employer (¶27)", bank=True,
               data_subjects=1)

# ================================================================== scenarios: benefits and children
@reg()
def s_ben_uc_table(c):
    s, b, p = c.staff(3), c.contact("bridgeway-support.org.uk"), c.person()
    rows = [("", "Now", "If working 20 hrs"), ("UC standard allowance", "£400.14", "£400.14"),
            ("UC housing element", "£395.00", "£395.00"), ("Earnings taper", "£0.00", "-£%d.%02d" % (c.r.randint(300, 420), c.r.randint(0, 99))),
            ("UC paid", "£%d.%02d" % (c.r.randint(600, 800), c.r.randint(0, 99)), "£%d.%02d" % (c.r.randint(300, 500), c.r.randint(0, 99)))]
    xl = make_xlsx([dict(name="Better off calc", rows=[("Participant", p["full"])] + rows)])
    txt = "Hi %s,\n\nBetter-off calculation for the participant we discussed.\n\nDaniel" % b["first"]
    c.mail(s, [b], "Better-off calculation", text=txt + "\n" + signature(s), attachments=[dict(name="better_off.xlsx", data=xl)])
    return enc(c, "encrypt_benefit_children", "a named participant's UC amounts in an XLSX table", benefit_payment=True,
               data_subjects=1)

@reg()
def s_ben_sanction(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person(female=False)
    txt = ("Hi %s,\n\nPlease make sure %s gets the attendance letter - his UC was sanctioned for four weeks in the summer "
           "after a missed appointment and he's terrified of it happening again.\n\nMarcus" % (n["first"], p["full"]))
    c.mail(s, [n], "Attendance letter", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_benefit_children", "a named participant's UC sanction", benefit_payment=True, data_subjects=1)

@reg()
def s_ben_pip(c):
    s, h, p = c.staff(7), c.contact("moorland-homes.org.uk"), c.person(female=True)
    txt = ("Dear %s,\n\nFor the affordability check: %s receives PIP of £%d.%02d a week and UC of £%d a month, and her hours "
           "at the shop won't affect the PIP.\n\nPriya" % (h["first"], p["full"], c.r.randint(70, 110), c.r.randint(0, 99),
                                                           c.r.randint(500, 900)))
    c.mail(s, [h], "Affordability check", text=txt + "\n" + signature(s), html=html_of(txt, signature(s)))
    return enc(c, "encrypt_benefit_children", "PIP and UC amounts for a named tenant", benefit_payment=True, data_subjects=1)

@reg()
def s_child_named_age(c):
    s, e, p = c.staff(0), c.employer("tamarside-care.co.uk"), c.person(female=True)
    kid = c.f.first_name_female()
    txt = ("Hi %s,\n\n%s can do the 9.30 to 2.30 shifts - her daughter %s, who's six, is at the breakfast club from 8.45 and "
           "she collects her at three.\n\nKerensa" % (e["first"], p["full"], kid))
    c.mail(s, [e], "Shift pattern", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_benefit_children", "a child's name and age in words", children=True, data_subjects=1)

@reg()
def s_child_months(c):
    s, n, p = c.staff(6), c.contact("northstar-training.co.uk"), c.person(female=True)
    kid = c.f.first_name_male()
    txt = ("Hi %s,\n\nIs there a crèche place on the Barnstaple course? %s's little boy %s is eighteen months and her mum "
           "can only have him two days.\n\nLowenna" % (n["first"], p["full"], kid))
    c.mail(s, [n], "Crèche place?", text=txt + "\n" + signature(s), cte="b64")
    return enc(c, "encrypt_benefit_children", "a child's name and age in months, in words", children=True, data_subjects=1)

@reg()
def s_children_table(c):
    s, k, p = c.staff(2), c.contact("tamar-valley-college.ac.uk"), c.person(female=False)
    rows = [("Child", "Age", "Collection")] + [(c.f.first_name(), str(c.r.randint(3, 11)), c.r.choice(["3.15pm", "5pm (club)"])) for _ in range(2)]
    txt = "Hi %s,\n\nChildcare plan for %s so the timetable can work around it:\n" % (k["first"], p["full"])
    html = html_of(txt).replace("</body>", html_table(rows) + "<p>Bryony</p></body>")
    c.mail(s, [k], "Childcare plan", html=html)
    return enc(c, "encrypt_benefit_children", "two children's names and ages in an HTML table", children=True, data_subjects=1)

# ================================================================== scenarios: one name plus more
@reg()
def s_bn_postcode(c):
    s, e, p = c.staff(1), c.employer("dartvale-logistics.co.uk"), c.person()
    txt = ("Hi %s,\n\n%s would like the 6am start. They live in %s, so it's one bus to the depot.\n\nTom" % (e["first"], p["full"], p["postcode"]))
    c.mail(s, [e], "6am start", text=txt + "\n" + signature(s))
    return enc(c, "encrypt_beyond_name", "one name plus a home postcode", contact_details=True, data_subjects=1)

@reg()
def s_bn_mobile(c):
    s, e, p = c.staff(8), c.employer("moorview-garden-centre.co.uk"), c.person()
    txt = ("Hi %s,\n\nFeel free to ring %s directly to arrange the trial - their mobile is %s.\n\nGareth"
           % (e["first"], p["full"], phone(c.r, "mob")))
    c.mail(s, [e], "Trial arrangements", text=txt + "\n" + signature(s, phone_style=True))
    return enc(c, "encrypt_beyond_name", "one name plus the participant's mobile (next to the staff member's own)",
               contact_details=True, data_subjects=1)

@reg()
def s_bn_email(c):
    s, n, p = c.staff(3), c.contact("northstar-training.co.uk"), c.person()
    txt = ("%s - please send the course joining pack to %s at %s rather than to us. Ta, Daniel" % (n["first"], p["full"], p["email"]))
    c.mail(s, [n], "Joining pack", text=txt)
    return enc(c, "encrypt_beyond_name", "one name plus a personal e-mail address in the body", contact_details=True,
               data_subjects=1)

@reg()
def s_bn_prap_ref(c):
    s, b, p = c.staff(9), c.contact("bridgeway-support.org.uk"), c.person()
    subj = "PRaP ref PR%07d - %s" % (c.r.randint(1000000, 9999999), p["full"])
    c.mail(s, [b], subj, text="Hi %s,\n\nCould you check the start date held for this one?\n\nHannah" % b["first"])
    return enc(c, "encrypt_beyond_name", "one name plus a PRaP reference number in the subject", data_subjects=1)

@reg()
def s_bn_address(c):
    s, b, p = c.staff(6), c.contact("bridgeway-support.org.uk"), c.person()
    txt = ("Hi %s,\n\nCould your team post the printed workbook to %s at %s, %s %s? They don't have a printer.\n\nLowenna"
           % (b["first"], p["full"], p["street"], p["town"], p["postcode"]))
    c.mail(s, [b], "Posting a workbook", text=txt + "\n" + signature(s), crlf=True)
    return enc(c, "encrypt_beyond_name", "one name plus a full home address; CRLF", contact_details=True, data_subjects=1)

# ================================================================== scenarios: over the limits
@reg()
def s_ol_cvs11(c):
    s, e = c.staff(8), c.employer("exe-estuary-hotels.co.uk")
    pdf = make_pdf([cv_blocks(c, c.person(), i % 3) for i in range(11)])
    txt = ("Dear %s,\n\nEleven CVs for the seasonal team in one PDF - I couldn't decide who to leave out!\n\nGareth" % e["first"])
    c.mail(s, [e], "CVs for the seasonal team", text=txt + "\n" + signature(s), attachments=[dict(name="Seasonal CVs.pdf", data=pdf)])
    return enc(c, "encrypt_over_limit", "eleven CVs bound in one PDF (¶21 limit is ten)", contact_details=True, data_subjects=11,
               doc_kinds=["cv"], facts=dict(cv_count=11))

@reg()
def s_ol_couples_plus_one(c):
    s, e = c.staff(1), c.employer("exe-estuary-hotels.co.uk")
    pages = [[("h", "Joint application"), ("table", form_rows(c, c.person(True), "Live-in couple", couple_partner=c.person(False)))]
             for _ in range(5)]
    pages.append([("h", "Single application"), ("table", form_rows(c, c.person(), "Night porter"))])
    txt = ("Hi %s,\n\nFive couple applications for the live-in roles, plus one single application for the night porter job, "
           "all in one PDF.\n\nTom" % e["first"])
    c.mail(s, [e], "Applications - live-in and night porter", text=txt + "\n" + signature(s),
           attachments=[dict(name="Applications.pdf", data=make_pdf(pages))])
    return enc(c, "encrypt_over_limit", "five couple forms plus one single form = 11 people (¶24)", data_subjects=11,
               doc_kinds=["application_form_couple", "application_form"], facts=dict(form_people=11))

@reg()
def s_ol_letters11(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    files = [("Interview_%02d.pdf" % (i + 1), make_pdf([letter_blocks(c, c.person(), "letter_interview")])) for i in range(11)]
    txt = "Hi %s,\n\nThe eleven interview letters for the academy, zipped.\n\nHannah" % n["first"]
    c.mail(s, [n], "Academy interview letters", text=txt, attachments=[dict(name="Interview letters.zip", data=make_zip(files))])
    return enc(c, "encrypt_over_limit", "eleven interview letters in a zip (¶24 limit is ten)", data_subjects=11,
               doc_kinds=["letter_interview"], facts=dict(letters=["letter_interview"] * 11))

@reg()
def s_ol_list501(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    rows = [("Surname", "Forename", "Ref")] + [(l, f_, "TM%06d" % (200000 + i)) for i, (l, f_) in enumerate(list_people(c, 501))]
    txt = "Hi %s,\n\nFull active caseload, 501 names, for the audit sample.\n\nHannah" % b["first"]
    c.mail(s, [b], "Active caseload for audit", text=txt, attachments=[dict(name="caseload.csv", data=make_csv(rows))])
    return enc(c, "encrypt_over_limit", "a list of 501 names (¶31 limit is 500)", data_subjects=501, doc_kinds=["name_list"],
               facts=dict(list_rows=501, list_cols=["surname", "forename", "ref"]))

@reg()
def s_ol_cvs12_zip(c):
    s, b = c.staff(3), c.contact("bridgeway-support.org.uk")
    files = [("CV_%02d.docx" % (i + 1), make_docx(cv_blocks(c, c.person(), i % 3))) for i in range(12)]
    txt = "Hi %s,\n\nAll twelve CVs from the Camborne cohort, zipped.\n\nDaniel" % b["first"]
    c.mail(s, [b], "Camborne cohort CVs", text=txt + "\n" + signature(s), attachments=[dict(name="Camborne CVs.zip", data=make_zip(files))])
    return enc(c, "encrypt_over_limit", "twelve CVs in a zip to supply chain", contact_details=True, data_subjects=12,
               doc_kinds=["cv"], facts=dict(cv_count=12))

@reg()
def s_ol_forms12(c):
    s, e = c.staff(6), c.employer("tamarside-care.co.uk")
    pages = [[("h", "Application form %d" % (i + 1)), ("table", form_rows(c, c.person(), "Domestic Assistant"))] for i in range(12)]
    txt = "Dear %s,\n\nTwelve application forms for the domestic assistant roles.\n\nLowenna" % e["first"]
    c.mail(s, [e], "Domestic assistant applications", text=txt + "\n" + signature(s),
           attachments=[dict(name="Applications x12.pdf", data=make_pdf(pages))])
    return enc(c, "encrypt_over_limit", "twelve single application forms in one PDF", data_subjects=12,
               doc_kinds=["application_form"], facts=dict(form_people=12))

# ================================================================== scenarios: forbidden list columns
@reg()
def s_fc_mobiles(c):
    s, n = c.staff(5), c.contact("northstar-training.co.uk")
    rows = [("Surname", "Forename", "Mobile")] + [(l, f_, phone(c.r, "mob")) for l, f_ in list_people(c, 30)]
    txt = "Hi %s,\n\nNames and mobiles for the reminder texts.\n\nMarcus" % n["first"]
    c.mail(s, [n], "Reminder text list", text=txt, attachments=[dict(name="reminders.csv", data=make_csv(rows))])
    return enc(c, "encrypt_list_forbidden_column", "list of 30 names with mobile numbers (¶30)", contact_details=True,
               data_subjects=30, doc_kinds=["name_list"], facts=dict(list_rows=30, list_cols=["surname", "forename", "phone"]))

@reg()
def s_fc_postcodes(c):
    s, e = c.staff(3), c.employer("penhallow-foods.co.uk")
    rows = [("Surname", "Forename", "Pick-up postcode")] + [(l, f_, postcode(c.r, "TR")) for l, f_ in list_people(c, 16)]
    xl = make_xlsx([dict(name="Minibus", rows=rows)])
    txt = "Hi %s,\n\nMinibus pick-ups for the first week.\n\nDaniel" % e["first"]
    c.mail(s, [e], "Minibus pick-ups", text=txt + "\n" + signature(s), attachments=[dict(name="minibus.xlsx", data=xl)])
    return enc(c, "encrypt_list_forbidden_column", "list with home postcodes for minibus pick-ups", contact_details=True,
               data_subjects=16, doc_kinds=["name_list"], facts=dict(list_rows=16, list_cols=["surname", "forename", "postcode"]))

@reg()
def s_fc_hidden_dob(c):
    s, b = c.staff(9), c.contact("bridgeway-support.org.uk")
    rows = [("Surname", "Forename", "Ref", "DOB")] + [(l, f_, "TM%06d" % c.r.randint(100000, 999999),
                                                      "%02d/%02d/%d" % (c.r.randint(1, 28), c.r.randint(1, 12), c.r.randint(1965, 2004)))
                                                     for l, f_ in list_people(c, 45)]
    xl = make_xlsx([dict(name="List", rows=rows, hidden_cols=["D"])])
    txt = "Hi %s,\n\nThe 45 names for the January cohort.\n\nHannah" % b["first"]
    c.mail(s, [b], "January cohort", text=txt, attachments=[dict(name="jan_cohort.xlsx", data=xl)])
    return enc(c, "encrypt_list_forbidden_column", "a list whose hidden column D holds dates of birth", dob=True,
               data_subjects=45, doc_kinds=["name_list"], facts=dict(list_rows=45, list_cols=["surname", "forename", "ref", "dob"]))

@reg()
def s_fc_uc_award(c):
    s, b = c.staff(4), c.contact("bridgeway-support.org.uk")
    rows = [("Surname", "Forename", "UC monthly")] + [(l, f_, "£%d.%02d" % (c.r.randint(300, 1100), c.r.randint(0, 99)))
                                                      for l, f_ in list_people(c, 9)]
    txt = "Hi %s,\n\nFor the in-work progression bid, here are the nine we talked about:\n" % b["first"]
    html = html_of(txt).replace("</body>", html_table(rows) + "<p>Sian</p></body>")
    c.mail(s, [b], "In-work progression bid - nine participants", html=html)
    return enc(c, "encrypt_list_forbidden_column", "an HTML list with a UC award column", benefit_payment=True,
               data_subjects=9, doc_kinds=["name_list"], facts=dict(list_rows=9, list_cols=["surname", "forename", "benefit_amount"]))

# ================================================================== scenarios: letter kinds
@reg()
def s_lk_referral_letter(c):
    s, t, p = c.staff(2), c.contact("nhs-devon-talkingtherapies.org.uk"), c.person()
    doc = make_docx([("p", ORG), ("p", "Dear colleague,"), ("h", "Referral: %s" % p["full"]),
                     ("p", "I would be grateful if you could offer %s an assessment. Over the past year %s has had low mood, "
                           "panic attacks in shops and intrusive thoughts, and has asked for talking therapy alongside our "
                           "employment support." % (p["full"], p["he"])),
                     ("p", "Yours sincerely,"), ("p", "Bryony Hext, Mental Health Practitioner")])
    txt = "Dear %s,\n\nReferral letter attached, with the participant's consent.\n\nBryony" % t["first"]
    c.mail(s, [t], "Referral letter", text=txt + "\n" + signature(s, disc=1), attachments=[dict(name="Referral letter.docx", data=doc)])
    return enc(c, "encrypt_letter_kind", "a clinical referral letter (not interview/offer/appointment) with mental health detail",
               special=["mental_health"], data_subjects=1, doc_kinds=["letter_other"], facts=dict(letters=["letter_other"]))

@reg()
def s_lk_end_support(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    pdf = make_pdf([[b for b in letter_blocks(c, c.person(), "letter_other")] for _ in range(3)])
    txt = "Hi %s,\n\nThree end-of-support letters for posting with your certificates.\n\nHannah" % n["first"]
    c.mail(s, [n], "End of support letters (3)", text=txt, attachments=[dict(name="End of support letters.pdf", data=pdf)])
    return enc(c, "encrypt_letter_kind", "three 'end of support' letters: not a permitted letter kind (¶25)", data_subjects=3,
               doc_kinds=["letter_other"], facts=dict(letters=["letter_other"] * 3))

@reg()
def s_lk_mixed_batch(c):
    s, b = c.staff(4), c.contact("bridgeway-support.org.uk")
    files = [("Appointment_%d.docx" % (i + 1), make_docx(letter_blocks(c, c.person(), "letter_appointment"))) for i in range(4)]
    files.append(("Confirmation_of_participation.docx", make_docx(letter_blocks(c, c.person(), "letter_other"))))
    txt = "Hi %s,\n\nThis week's letters for your admin team, zipped.\n\nSian" % b["first"]
    c.mail(s, [b], "This week's letters", text=txt + "\n" + signature(s), attachments=[dict(name="letters.zip", data=make_zip(files))])
    return enc(c, "encrypt_letter_kind", "four appointment letters and one 'confirmation of participation' letter",
               data_subjects=5, doc_kinds=["letter_appointment", "letter_other"],
               facts=dict(letters=["letter_appointment"] * 4 + ["letter_other"]))

# ================================================================== scenarios: DWP processes gone wrong
@reg()
def s_dp_eb_prap(c):
    p = c.person()
    ni = make_nino(c.r)
    xl = make_xlsx([dict(name="EB Customer Form", rows=eb_rows(c, p, ni))])
    c.mail(("WHP Data Exchange", DESIG_PROV), [("PRaP support", "prap.support@dwp.gsi.gov.uk")],
           "WHP Employment Business Customer Form", text="Hello,\n\nEB Customer Form attached (one participant).\n\nData Exchange",
           attachments=[dict(name="EB form.xlsx", data=xl)])
    return enc(c, "encrypt_dwp_process", "EB form to prap.support@dwp.gsi.gov.uk, not the designated inbox", ninos=1,
               data_subjects=1, doc_kinds=["whp_eb_customer_form"], facts=dict(records=1))

@reg()
def s_dp_exit_personal_mailbox(c):
    s, p = c.staff(1), c.person()
    ni = make_nino(c.r)
    doc = make_docx([("h", "Exit Report"), ("table", exit_report_rows(c, p, ni))])
    c.mail(s, [DESIG_DWP], "Exit Report", text="Exit report attached.\nTom\n" + signature(s),
           attachments=[dict(name="Exit report.docx", data=doc)])
    return enc(c, "encrypt_dwp_process", "Exit Report from a job coach's own mailbox instead of the designated inbox", ninos=1,
               special=["health", "mental_health"], data_subjects=1, doc_kinds=["exit_report"], facts=dict(records=1))

@reg()
def s_dp_two_coc(c):
    atts = []
    for i in range(2):
        p = c.person()
        rows = [("Change of Circumstances", ""), ("Participant", p["full"]), ("NINO", make_nino(c.r)),
                ("Change", c.r.choice(["Started work", "Moved out of area"])), ("Date", c.when.strftime("%d/%m/%Y"))]
        atts.append(dict(name="CoC_%d.pdf" % (i + 1), data=make_pdf([[("h", "Change of Circumstances"), ("table", rows)]])))
    c.mail(("WHP Data Exchange", DESIG_PROV), [DESIG_DWP], "Change of Circumstances x2",
           text="Two change of circumstances notifications attached.\n\nData Exchange", attachments=atts)
    return enc(c, "encrypt_dwp_process", "two Change of Circumstances records in one e-mail (C15 ¶49: one per e-mail)", ninos=2,
               data_subjects=2, doc_kinds=["change_of_circumstances"], facts=dict(records=2))

@reg()
def s_dp_exit_cover_text(c):
    p = c.person(female=False)
    ni = make_nino(c.r)
    doc = make_docx([("h", "Exit Report"), ("table", exit_report_rows(c, p, ni))])
    txt = ("Exit Report attached. Please note %s was recalled to prison last week, which is why the exit is early.\n\n"
           "WHP Data Exchange" % p["first"])
    c.mail(("WHP Data Exchange", DESIG_PROV), [DESIG_DWP], "WHP Exit Report - early exit", text=txt,
           attachments=[dict(name="Exit report.docx", data=doc)])
    return enc(c, "encrypt_dwp_process", "one Exit Report, designated inboxes, but the covering text adds a prison recall",
               ninos=1, special=["health", "mental_health", "criminal"], data_subjects=1, doc_kinds=["exit_report"],
               facts=dict(records=1, extra=["criminal"]))

@reg()
def s_dp_cvs_dwp_cc(c):
    s, e, d = c.staff(8), c.employer("dartvale-logistics.co.uk"), c.dwp("jobcentreplus.gov.uk")
    ps = [c.person() for _ in range(2)]
    txt = ("Hi %s,\n\nTwo CVs for the driver's mate roles, as discussed. I've copied in %s from the jobcentre who referred "
           "them.\n\nGareth" % (e["first"], d["first"]))
    c.mail(s, [e], "Driver's mate roles - two CVs", cc=[d], text=txt + "\n" + signature(s),
           attachments=[dict(name="CV %s.pdf" % p["last"], data=make_pdf([cv_blocks(c, p, 0)])) for p in ps])
    return enc(c, "encrypt_dwp_process", "CVs to an employer with a DWP work coach in Cc: no CV exemption covers DWP",
               contact_details=True, data_subjects=2, doc_kinds=["cv"], facts=dict(cv_count=2))

@reg()
def s_dp_two_ucnea1(c):
    s = c.staff(3)
    atts = [dict(name="UCNEA1_%d.docx" % (i + 1), data=ucnea1_doc(c, c.person(), make_nino(c.r))) for i in range(2)]
    c.mail(s, ["uc.newemployment@jobcentreplus.gov.uk"], "UCNEA1 x2", text="Two UCNEA1s attached.\nDaniel\n" + signature(s),
           attachments=atts)
    return enc(c, "encrypt_dwp_process", "two UCNEA1s in one e-mail (¶35: one per e-mail)", ninos=2, data_subjects=2,
               doc_kinds=["ucnea1"], facts=dict(records=2))

@reg()
def s_dp_fwd_two_records(c):
    s, b, d = c.staff(7), c.contact("bridgeway-support.org.uk"), c.dwp("dwp.gov.uk")
    atts = [dict(msg=dwp_referral_msg(c, c.person(), make_nino(c.r), d)) for _ in range(2)]
    txt = "Hi %s,\n\nTwo DWP referrals for Torbay forwarded together.\n\nPriya" % b["first"]
    c.mail(s, [b], "FW: two WHP referrals", text=txt + "\n" + signature(s), attachments=atts)
    return enc(c, "encrypt_dwp_process", "two DWP referral records forwarded in one e-mail (C15 ¶53: one per e-mail)",
               ninos=2, special=["health"], data_subjects=2, facts=dict(fwd_record=2))

# ================================================================== scenarios: claimant's own data to the claimant
@reg()
def s_cr_action_plan_nino(c):
    s, p = c.staff(1), c.person()
    CONSENT.append(p["email"].lower())
    ni = make_nino(c.r)
    doc = make_docx([("h", "Your action plan"), ("table", [("Name", p["full"]), ("NI number", ni), ("Goal", "Warehouse work by March"),
                                                           ("Next step", "Forklift course, 30 November")])])
    txt = "Hi %s,\n\nYour action plan from Tuesday is attached.\n\nTom" % p["first"]
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [p["email"]], "Your action plan", text=txt,
           attachments=[dict(name="Action plan.docx", data=doc)])
    return enc(c, "encrypt_claimant_recipient", "an action plan with the claimant's NINO to their own (consented) address",
               ninos=1, data_subjects=1, facts=dict(own_rcpt=[p["email"]]))

@reg()
def s_cr_panic_attacks(c):
    s, p = c.staff(2), c.person(female=True)
    txt = ("Hi %s,\n\nThank you for being so open on Thursday. As we discussed, when the panic attacks start on the bus, try "
           "the 5-4-3-2-1 grounding we practised, and remember you can get off a stop early and walk. I've written the plan "
           "below so you have it on your phone:\n\n1. Short bus trip with me on Monday.\n2. Solo trip to the library on "
           "Wednesday.\n3. We review on Friday.\n\nYou're doing really well.\nBryony" % p["first"])
    c.mail(("Tamar & Moor Exeter", "exeter.team@" + INTERNAL), [(p["full"], p["email"])], "Your plan for next week",
           text=txt, html=html_of(txt))
    return enc(c, "encrypt_claimant_recipient", "the greeted claimant's panic attacks, to their own address",
               special=["mental_health"], data_subjects=1, facts=dict(own_rcpt=[p["email"]]))

@reg()
def s_cr_budget_uc(c):
    s, p = c.staff(3), c.person()
    txt = ("Hi %s,\n\nHere's the budget we worked out. Your UC is £%d.%02d a month, paid on the 14th, and the rent comes out "
           "on the 1st, so the gap is the tricky week. If you take the 16-hour job your UC would drop to about £%d but "
           "you'd be roughly £310 a month better off overall.\n\nDaniel" % (p["first"], c.r.randint(700, 1000), c.r.randint(0, 99),
                                                                            c.r.randint(300, 500)))
    c.mail(("Tamar & Moor Camborne", "camborne.team@" + INTERNAL), [p["email"]], "Your budget", text=txt, crlf=True)
    return enc(c, "encrypt_claimant_recipient", "the claimant's UC amounts sent to them; CRLF", benefit_payment=True,
               data_subjects=1, facts=dict(own_rcpt=[p["email"]]))

@reg()
def s_cr_licence_conditions(c):
    s, p = c.staff(5), c.person(female=False)
    txt = ("Hi %s,\n\nAs promised, the licence conditions you wanted written down so you can check job offers against them: "
           "no contact with the victim, live at the approved address, curfew 8pm-6am until January, and tell your probation "
           "officer before starting any job. The night shift at the depot wouldn't fit yet, but the day role would.\n\nMarcus"
           % p["first"])
    c.mail(("Tamar & Moor Justice pathway", "justice@" + INTERNAL), [p["email"]], "Your licence conditions and job offers", text=txt)
    return enc(c, "encrypt_claimant_recipient", "the claimant's own licence conditions, sent to them", special=["criminal"],
               data_subjects=1, facts=dict(own_rcpt=[p["email"]]))

@reg()
def s_cr_letter_of_support(c):
    s, p = c.staff(0), c.person()
    doc = make_docx(letter_blocks(c, p, "letter_other"))
    txt = "Dear %s,\n\nThe letter confirming your participation, for the housing application, is attached.\n\nKerensa" % p["first"]
    c.mail(("Tamar & Moor Truro", "truro.team@" + INTERNAL), [p["email"]], "Your letter for the housing application",
           text=txt, attachments=[dict(name="Letter.docx", data=doc)])
    return enc(c, "encrypt_claimant_recipient", "a letter of another kind (confirmation of participation) to the claimant",
               data_subjects=1, doc_kinds=["letter_other"], facts=dict(letters=["letter_other"], own_rcpt=[p["email"]]))

@reg()
def s_cr_cv_with_dob(c):
    s, p = c.staff(6), c.person()
    CONSENT.append(p["email"].lower())
    dob = "%d %s %d" % (c.r.randint(1, 28), c.r.choice(["January", "April", "July", "October"]), 2026 - p["age"])
    txt = "Hi %s,\n\nYour CV as requested. I've kept your date of birth on as you asked, but employers don't need it.\n\nLowenna" % p["first"]
    c.mail(("Tamar & Moor North Devon", "northdevon.team@" + INTERNAL), [p["email"]], "Your CV", text=txt,
           attachments=[dict(name="CV.docx", data=make_docx(cv_blocks(c, p, 0, dob=dob)))])
    return enc(c, "encrypt_claimant_recipient", "a CV with a date of birth to a consenting claimant (¶17 excludes DOB)", dob=True,
               contact_details=True, data_subjects=1, doc_kinds=["cv"], facts=dict(cv_count=1, own_rcpt=[p["email"]]))

@reg()
def s_cr_two_cvs(c):
    s, p = c.staff(1), c.person()
    CONSENT.append(p["email"].lower())
    txt = ("Hi %s,\n\nTwo versions of your CV attached - one for warehouse jobs, one for retail. Use whichever fits.\n\nTom" % p["first"])
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [p["email"]], "Two versions of your CV", text=txt,
           attachments=[dict(name="CV warehouse.docx", data=make_docx(cv_blocks(c, p, 0))),
                        dict(name="CV retail.docx", data=make_docx(cv_blocks(c, p, 1)))])
    return enc(c, "encrypt_claimant_recipient", "two CVs in one e-mail to a consenting claimant (¶17: one CV per e-mail)",
               contact_details=True, data_subjects=1, doc_kinds=["cv"], facts=dict(cv_count=2, own_rcpt=[p["email"]]))

# ================================================================== scenarios: sender tag
@reg()
def s_tag_one_name(c):
    s, e, p = c.staff(1), c.employer("trelawney-retail.co.uk"), c.person()
    c.mail(s, [e], "[ENCRYPT] Interview confirmation",
           text="Hi %s,\n\n%s is confirmed for Monday at 11.\n\nTom\n%s" % (e["first"], p["full"], signature(s)))
    return enc(c, "encrypt_sender_tag", "[ENCRYPT] on what would otherwise be a one-name relay", data_subjects=1,
               facts=dict(name_only=True))

@reg()
def s_tag_reply_special(c):
    s, b, p = c.staff(2), c.contact("bridgeway-support.org.uk"), c.person()
    q = "Hi Bryony, how did the review go? %s" % b["first"]
    txt = ("It went OK. %s's mood has dipped since the medication change, so we've paused the job search for two weeks.\nBryony"
           % p["full"])
    c.mail(s, [b], "RE: [ENCRYPT] Review today", text=txt + "\n" + c.quote_outlook(b["full"], b["addr"], s["full"], "[ENCRYPT] Review today", q))
    return enc(c, "encrypt_sender_tag", "'RE: [ENCRYPT]' reply with mental health detail", special=["mental_health"],
               data_subjects=1)

@reg()
def s_tag_policy(c):
    s, h = c.staff(4), c.contact("moorland-homes.org.uk")
    c.mail(s, [h], "Information sharing agreement - final [ENCRYPT]",
           text="Dear %s,\n\nThe final information sharing agreement is attached for signature.\n\nSian" % h["first"],
           attachments=[dict(name="ISA final.docx", data=make_docx([("h", "Information sharing agreement"),
                                                                    ("p", "Both parties will share only the minimum necessary.")]))])
    return enc(c, "encrypt_sender_tag", "[ENCRYPT] at the end of a subject on mail with no claimant data")

@reg()
def s_tag_names_list(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    rows = [("Surname", "Forename")] + list_people(c, 25)
    c.mail(s, [n], "FW: [ENCRYPT] Course register", text="%s - register below.\n\n%s" % (n["first"], "\n".join("%s, %s" % r for r in rows[1:])))
    return enc(c, "encrypt_sender_tag", "FW: [ENCRYPT] on a names list that would be exempt", data_subjects=25,
               doc_kinds=["name_list"], facts=dict(list_rows=25, list_cols=["surname", "forename"]))

# ================================================================== scenarios: password-protected
def pw_label(c, notes):
    return c.label("encrypt", "encrypt_password_protected", T(), F(pw=True), notes)

@reg()
def s_pw_zip_cvs(c):
    s, e = c.staff(8), c.employer("granite-coast-builders.co.uk")
    z = make_zip([("CV_%d.docx" % i, make_docx(cv_blocks(c, c.person(), 0))) for i in range(3)], pw="Granite-Dec26")
    c.mail(s, [e], "CVs (password to follow by text)", text="Hi %s,\n\nCVs attached - I'll text you the password.\n\nGareth" % e["first"],
           attachments=[dict(name="CVs.zip", data=z)])
    return pw_label(c, "AES zip of CVs, password sent separately")

@reg()
def s_pw_pdf_plan(c):
    s, b, p = c.staff(0), c.contact("bridgeway-support.org.uk"), c.person()
    pdf = encrypt_pdf(make_pdf([[("h", "Support plan"), ("p", "Participant: %s" % p["full"])]]), "Kernow-2026")
    c.mail(s, [b], "Support plan (protected)", text="Hi %s, protected PDF attached; password as agreed. K" % b["first"],
           attachments=[dict(name="Support plan.pdf", data=pdf)])
    return pw_label(c, "AES-256 password-protected PDF")

@reg()
def s_pw_zip_dwp(c):
    s, d = c.staff(9), c.dwp("dwp.gov.uk")
    z = make_zip([("list.csv", make_csv([("Surname", "NINO")] + [(l, make_nino(c.r)) for l, _ in list_people(c, 20)]))], pw="Tamar-Q3-list")
    c.mail(s, [d], "Protected list", text="Dear %s,\n\nProtected zip attached; password by phone.\n\nHannah" % d["first"],
           attachments=[dict(name="list.zip", data=z)])
    return pw_label(c, "AES zip to DWP")

@reg()
def s_pw_pdf_reference(c):
    s, e = c.staff(7), c.employer("tamarside-care.co.uk")
    pdf = encrypt_pdf(make_pdf([[("h", "Reference"), ("p", "Character reference for a participant.")]]), "Torbay!77")
    c.mail(s, [e], "Reference - protected", text="Dear %s,\n\nThe reference is attached as a protected PDF.\n\nPriya" % e["first"],
           attachments=[dict(name="Reference.pdf", data=pdf)], crlf=True)
    return pw_label(c, "password-protected PDF to an employer; CRLF")

@reg()
def s_pw_zip_xlsx(c):
    s, t = c.staff(7), c.contact("nhs-devon-talkingtherapies.org.uk")
    xl = make_xlsx([dict(name="Shared", rows=[("Name", "Step"), (c.f.name(), "2"), (c.f.name(), "3")])])
    z = make_zip([("shared_caseload.xlsx", xl)], pw="Pathway-2026")
    c.mail(s, [t], "Shared caseload (zipped)", text="Hi %s, zipped and protected as usual. Priya" % t["first"],
           attachments=[dict(name="shared_caseload.zip", data=z)])
    return pw_label(c, "AES zip holding an XLSX, to the NHS partner")

# ================================================================== scenarios: scans with no text layer
def scan_label(c, notes):
    return c.label("encrypt", "encrypt_no_text_scan", T(), F(opaque="scan"), notes)

@reg()
def s_scan_consent_jpg(c):
    s, b, p = c.staff(3), c.contact("bridgeway-support.org.uk"), c.person()
    img = scan_image(["CONSENT TO SHARE INFORMATION", "", "Name: " + p["full"], "Signed: ____", "Date: 12/11/2026"], c.r)
    c.mail(s, [b], "Signed consent form", text="Hi %s, scan of the signed consent form attached. Dan" % b["first"],
           attachments=[dict(name="scan_0012.jpg", data=img)])
    return scan_label(c, "JPEG scan of a signed consent form")

@reg()
def s_scan_fitnote_pdf(c):
    s, e, p = c.staff(6), c.employer("moorview-garden-centre.co.uk"), c.person()
    img = scan_image(["Statement of Fitness for Work", "Patient: " + p["full"], "Condition: lumbar strain", "May be fit with adjustments"], c.r)
    c.mail(s, [e], "Fit note (scan)", text="Dear %s,\n\nThe scanned fit note is attached, shared with consent.\n\nLowenna" % e["first"],
           attachments=[dict(name="fitnote.pdf", data=image_pdf([img]))])
    return scan_label(c, "image-only PDF scan of a fit note")

@reg()
def s_scan_handwritten_png(c):
    s, n, p = c.staff(5), c.contact("northstar-training.co.uk"), c.person()
    img = scan_image(["notes from today -", p["first"] + " ok for Mon", "needs bus pass", "call PO re curfew"], c.r, fmt="PNG", size=(700, 500))
    c.mail(s, [n], "Photo of my notes", text="Photo of the whiteboard notes from today. M", phone=True,
           attachments=[dict(name="IMG_4471.png", data=img)])
    return scan_label(c, "PNG photo of handwritten notes, phone-sent")

@reg()
def s_scan_multipage_pdf(c):
    s, e = c.staff(1), c.employer("dartvale-logistics.co.uk")
    imgs = [scan_image(["APPLICATION FORM page %d" % i, "Name: " + c.f.name(), "Age: %d" % c.r.randint(20, 60)], c.r) for i in (1, 2)]
    c.mail(s, [e], "Scanned applications", text="Hi %s,\n\nThe two paper applications, scanned.\n\nTom" % e["first"],
           attachments=[dict(name="Scan_2026-11.pdf", data=image_pdf(imgs))])
    return scan_label(c, "two-page image-only PDF from a copier")

# ================================================================== scenarios: CV to a claimant with no consent
def nocons(c, p, notes, **kw):
    t = dict(contact_details=True, data_subjects=1, doc_kinds=["cv"])
    t.update(kw)
    return c.label("reject", "reject_cv_no_consent", T(**t), F(cv_count=1, own_rcpt=[p["email"]]), notes)

@reg()
def s_rc_plain(c):
    s, p = c.staff(3), c.person()
    txt = "Hi %s,\n\nYour new CV is attached - have a look before Thursday.\n\nDaniel" % p["first"]
    c.mail(("Tamar & Moor Camborne", "camborne.team@" + INTERNAL), [p["email"]], "Your new CV", text=txt,
           attachments=[dict(name="%s CV.docx" % p["full"], data=make_docx(cv_blocks(c, p, 1)))])
    return nocons(c, p, "CV to the claimant's own address; no consent recorded")

@reg()
def s_rc_near_miss(c):
    s, p = c.staff(0), c.person()
    user, dom = p["email"].split("@")
    CONSENT.append(("%s.x@%s" % (user, dom)).lower())
    txt = "Dear %s,\n\nHere's your CV, as finished in today's session.\n\nKerensa" % p["first"]
    c.mail(("Tamar & Moor Truro", "truro.team@" + INTERNAL), [p["email"]], "CV from today's session", text=txt,
           attachments=[dict(name="CV.pdf", data=make_pdf([cv_blocks(c, p, 0)]))])
    return nocons(c, p, "consent register holds a near-miss of this address, not this address")

@reg()
def s_rc_other_address(c):
    s, p = c.staff(2), c.person(domain="outlook.com")
    old = "%s.%s@yahoo.co.uk" % (clean_local(p["first"]), clean_local(p["last"]))
    CONSENT.append(old)
    txt = ("Hi %s,\n\nYou said your Yahoo account has stopped working, so here's your CV to your Outlook one instead.\n\nBryony"
           % p["first"])
    c.mail(("Tamar & Moor Exeter", "exeter.team@" + INTERNAL), [p["email"]], "CV - new address", text=txt,
           attachments=[dict(name="CV.docx", data=make_docx(cv_blocks(c, p, 2)))])
    return nocons(c, p, "consent recorded only for the claimant's other (old) address")

@reg()
def s_rc_encrypt_tag(c):
    s, p = c.staff(1), c.person()
    txt = "Hi %s,\n\nCV attached, sent encrypted to be safe.\n\nTom" % p["first"]
    c.mail(("Tamar & Moor Plymouth", "plymouth.team@" + INTERNAL), [p["email"]], "[ENCRYPT] Your CV", text=txt,
           attachments=[dict(name="CV.docx", data=make_docx(cv_blocks(c, p, 0)))])
    return nocons(c, p, "[ENCRYPT] does not cure a CV sent without consent (¶17: not unsolicited)")

@reg()
def s_rc_dwp_copy(c):
    s, p, d = c.staff(6), c.person(), c.dwp("jobcentreplus.gov.uk")
    txt = ("Hi %s,\n\nYour updated CV is attached. I've copied in %s, your work coach, so they have it too.\n\nLowenna"
           % (p["first"], d["first"]))
    c.mail(("Tamar & Moor North Devon", "northdevon.team@" + INTERNAL), [p["email"]], "Updated CV", cc=[d], text=txt,
           attachments=[dict(name="CV.pdf", data=make_pdf([cv_blocks(c, p, 1)]))])
    return nocons(c, p, "CV to an unconsented claimant with a DWP work coach in Cc")

@reg()
def s_rc_pasted(c):
    s, p = c.staff(5), c.person()
    cv = blocks_text(cv_blocks(c, p, 2, referee=False))
    txt = "Morning %s - I've put your CV in the e-mail below so you can copy it on your phone.\n\n%s\n\nMarcus" % (p["first"], cv)
    c.mail(("Tamar & Moor Justice pathway", "justice@" + INTERNAL), [p["email"]], "Your CV (in the e-mail)", text=txt, phone=True)
    return nocons(c, p, "CV pasted into the body of an e-mail to an unconsented claimant")

@reg()
def s_rc_zip(c):
    s, p = c.staff(7), c.person()
    z = make_zip([("CV_%s.docx" % p["last"], make_docx(cv_blocks(c, p, 0)))])
    txt = "Hi %s,\n\nYour CV is in the zip - your phone might need an app to open it.\n\nPriya" % p["first"]
    c.mail(("Tamar & Moor Torbay", "torbay.team@" + INTERNAL), [p["email"]], "CV (zipped)", text=txt,
           attachments=[dict(name="cv.zip", data=z)], crlf=True)
    return nocons(c, p, "CV in a plain zip to an unconsented claimant; CRLF")

@reg()
def s_rc_thread_request(c):
    s, p = c.staff(3), c.person()
    q = "hi daniel can u send my cv to this email pls, need it for the agency tomorrow. thanks %s" % p["first"].lower()
    txt = "Hi %s,\n\nHere you go - good luck tomorrow!\n\nDaniel" % p["first"]
    body = txt + "\n" + c.quote_gmail(p["full"], p["email"], q)
    c.mail(("Tamar & Moor Camborne", "camborne.team@" + INTERNAL), [p["email"]], "Re: cv", text=body, html=html_of(body),
           attachments=[dict(name="CV.docx", data=make_docx(cv_blocks(c, p, 1)))])
    return nocons(c, p, "the claimant asked by e-mail, but no consent is recorded in the register (¶17 confirmation)")

@reg()
def s_rc_odt(c):
    s, p = c.staff(4), c.person(domain="btinternet.com")
    txt = "Dear %s,\n\nPlease find your CV attached.\n\nKind regards,\nSian" % p["first"]
    c.mail(("Tamar & Moor Bodmin", "bodmin.team@" + INTERNAL), [p["email"]], "CV", text=txt,
           attachments=[dict(name="CV.odt", data=make_odt(cv_blocks(c, p, 0)))])
    return nocons(c, p, "ODT CV to an unconsented btinternet address")

# ================================================================== scenarios: cannot be inspected
def opq(c, notes):
    return c.label("reject", "reject_uninspectable", T(), F(opaque="corrupt"), notes)

def rnd_bytes(c, n):
    return bytes(c.r.getrandbits(8) for _ in range(n))

@reg()
def s_un_truncated_docx(c):
    s, e, p = c.staff(8), c.employer("penhallow-foods.co.uk"), c.person()
    d = make_docx(cv_blocks(c, p, 0))
    c.mail(s, [e], "CV for the packing role", text="Hi %s, CV attached. Gareth" % e["first"],
           attachments=[dict(name="CV.docx", data=d[: len(d) // 2])])
    return opq(c, "a DOCX truncated in transit")

@reg()
def s_un_random_pdf(c):
    s, b = c.staff(2), c.contact("bridgeway-support.org.uk")
    c.mail(s, [b], "Assessment report", text="Hi %s, report attached. Bryony" % b["first"],
           attachments=[dict(name="Assessment report.pdf", data=rnd_bytes(c, 4096))])
    return opq(c, "a file named .pdf whose bytes are no readable format")

@reg()
def s_un_random_xlsx(c):
    s, n = c.staff(9), c.contact("northstar-training.co.uk")
    c.mail(s, [n], "Learner tracker", text="%s - tracker attached. H" % n["first"],
           attachments=[dict(name="tracker.xlsx", data=rnd_bytes(c, 6000))])
    return opq(c, "a file named .xlsx that is random bytes")

@reg()
def s_un_truncated_zip(c):
    s, e = c.staff(1), c.employer("dartvale-logistics.co.uk")
    z = make_zip([("CV_%d.docx" % i, make_docx(cv_blocks(c, c.person(), 0))) for i in range(2)])
    c.mail(s, [e], "Two CVs", text="Hi %s, zip attached. Tom" % e["first"], attachments=[dict(name="cvs.zip", data=z[:len(z) - 200])])
    return opq(c, "a zip with its central directory cut off")

@reg()
def s_un_octet_dat(c):
    s, b = c.staff(4), c.contact("bridgeway-support.org.uk")
    c.mail(s, [b], "Export from the case system", text="Hi %s, the export you asked for. Sian" % b["first"],
           attachments=[dict(name="export.dat", data=rnd_bytes(c, 3000), ctype="application/octet-stream")])
    return opq(c, "unknown binary application/octet-stream export")

@reg()
def s_un_pdf_garbage(c):
    s, e = c.staff(6), c.employer("tamarside-care.co.uk")
    c.mail(s, [e], "Application pack", text="Dear %s,\n\nThe application pack is attached.\n\nLowenna" % e["first"],
           attachments=[dict(name="Application pack.pdf", data=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rnd_bytes(c, 5000))])
    return opq(c, "a PDF header followed by garbage: no readable objects")

@reg()
def s_un_docx_random(c):
    s, t = c.staff(7), c.contact("nhs-devon-talkingtherapies.org.uk")
    c.mail(s, [t], "Joint review notes", text="Hi %s, notes attached. Priya" % t["first"],
           attachments=[dict(name="Joint review notes.docx", data=b"PK\x03\x04" + rnd_bytes(c, 2500))])
    return opq(c, "a .docx that starts like a zip but is corrupt")

@reg()
def s_un_truncated_odt(c):
    s, h = c.staff(2), c.contact("moorland-homes.org.uk")
    o = make_odt([("p", "Tenancy support note for a shared participant.")] * 30)
    c.mail(s, [h], "Tenancy support note", text="Dear %s, note attached. Bryony" % h["first"],
           attachments=[dict(name="note.odt", data=o[: len(o) // 3])])
    return opq(c, "a truncated ODT")

@reg()
def s_un_nested_corrupt(c):
    s, b = c.staff(3), c.contact("bridgeway-support.org.uk")
    inner = c.b.message(STAFF[9], [STAFF[3]], (), "Referral pack", text="Dan, pack attached. H",
                        attachments=[dict(name="pack.pdf", data=rnd_bytes(c, 3500))], date="Wed, 18 Nov 2026 10:00:00 +0000",
                        msgid="<pack.%s@provider.example.org.uk>" % c.tag)
    c.mail(s, [b], "FW: Referral pack", text="Hi %s, forwarding Hannah's pack. Dan" % b["first"], attachments=[dict(msg=inner)])
    return opq(c, "a forwarded message whose own attachment is unreadable")

@reg()
def s_un_fake_jpg(c):
    s, n = c.staff(5), c.contact("northstar-training.co.uk")
    c.mail(s, [n], "Photo of the sign-in sheet", text="Sign-in sheet photo attached. Marcus", phone=True,
           attachments=[dict(name="IMG_5120.jpg", data=rnd_bytes(c, 4000))])
    return opq(c, "declared image/jpeg whose bytes are not an image")

# ================================================================== self-check
def rclass(addr, own, consent):
    a = addr.lower()
    d = a.split("@", 1)[1]
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply_chain"
    if d == INTERNAL:
        return "internal"
    if d in FREEMAIL and (a in consent or a in own):
        return "claimant"
    return "third_party"

def has_data(t):
    return bool(t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"]
                or t["contact_details"] or t["data_subjects"])

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

def list_verdict(f, t, ok_rule):
    cols = set(f["list_cols"])
    if f["list_rows"] > 500:
        return ("encrypt", "encrypt_over_limit")
    if cols & FORBIDDEN_COLS:
        return ("encrypt", "encrypt_list_forbidden_column")
    if cols & SPECIAL_COLS or t["special"]:
        return ("encrypt", "encrypt_special_category")
    if f["extra"] or t["dob"] or t["bank"] or t["benefit_payment"] or t["children"] or t["contact_details"]:
        return ("encrypt", category_rule(t))
    return ("relay", ok_rule)

def decide(rcpt, cls, lab, sender, consent):
    t, f = lab["truth"], lab["facts"]
    kinds = set(t["doc_kinds"])
    ids = t["ninos"] or t["dob"] or t["bank"]
    dom = rcpt.split("@")[1]
    if cls == "internal":
        return ("relay", None)
    if cls == "claimant":
        if (kinds == {"cv"} and f["cv_count"] == 1 and rcpt in consent and not ids and not t["special"]
                and not f["extra"]):
            return ("relay", "cv_to_claimant")
        if (kinds and kinds <= LET_OK and 1 <= len(f["letters"]) <= 10 and rcpt in f["own_rcpt"] and not ids
                and not t["special"] and not f["extra"]):
            return ("relay", "letters_up_to_10")
        return ("encrypt", "encrypt_claimant_recipient")
    if f["name_only"] and (cls in ("dwp", "supply_chain") or dom in EMPLOYERS):
        return ("relay", "one_name")
    if cls == "dwp":
        if kinds and kinds <= {"ucnea1", "good_news_story"}:
            if f["records"] == 1 and not f["extra"]:
                return ("relay", "dwp_ucnea1_gns")
            return ("encrypt", "encrypt_dwp_process")
        if kinds and kinds <= PROC_C15:
            if f["records"] == 1 and not f["extra"] and sender == DESIG_PROV and rcpt == DESIG_DWP:
                return ("relay", "dwp_c15_process")
            return ("encrypt", "encrypt_dwp_process")
        if kinds == {"nino_list"} and f["nino_only"] and not f["extra"]:
            return ("relay", "dwp_names_list")
        if kinds == {"name_list"}:
            return list_verdict(f, t, "dwp_names_list")
        if kinds & ({"cv", "application_form", "application_form_couple"} | LET_ALL) or f["fwd_record"]:
            return ("encrypt", "encrypt_dwp_process")
        return ("encrypt", category_rule(t))
    # supply chain and third parties
    if f["fwd_record"]:
        if cls == "supply_chain" and f["fwd_record"] == 1 and not f["extra"]:
            return ("relay", "forward_subcontractor")
        return ("encrypt", "encrypt_dwp_process")
    if kinds & (PROC_C15 | {"ucnea1", "good_news_story"}):
        return ("encrypt", "encrypt_dwp_process")
    if kinds == {"cv"}:
        if f["cv_count"] > 10:
            return ("encrypt", "encrypt_over_limit")
        if ids or t["special"] or f["extra"] or t["benefit_payment"] or t["children"]:
            return ("encrypt", category_rule(t))
        return ("relay", "cvs_up_to_10")
    if kinds and kinds <= {"application_form", "application_form_couple"}:
        if f["form_people"] > 10:
            return ("encrypt", "encrypt_over_limit")
        if ids or t["special"] or f["extra"] or t["benefit_payment"] or t["children"]:
            return ("encrypt", category_rule(t))
        return ("relay", "application_forms_up_to_10")
    if kinds and kinds <= LET_ALL:
        if not kinds <= LET_OK:
            return ("encrypt", "encrypt_letter_kind")
        if len(f["letters"]) > 10:
            return ("encrypt", "encrypt_over_limit")
        if ids or t["special"] or f["extra"] or t["benefit_payment"] or t["children"]:
            return ("encrypt", category_rule(t))
        return ("relay", "letters_up_to_10")
    if kinds == {"nino_list"} and f["nino_only"] and not f["extra"]:
        return ("relay", "nino_only_list")
    if kinds == {"name_list"}:
        return list_verdict(f, t, "names_list_500")
    return ("encrypt", category_rule(t))

def derive(lab, subject, consent):
    f, t = lab["facts"], lab["truth"]
    if f["encrypted"]:
        return ("relay", "already_encrypted")
    if f["opaque"] == "corrupt":
        return ("reject", "reject_uninspectable")
    if f["opaque"] == "scan":
        return ("encrypt", "encrypt_no_text_scan")
    own = set(a.lower() for a in f["own_rcpt"])
    rc = [a.lower() for a in lab["rcpt_to"]]
    if f["cv_count"] > 0 and any(a in own and a not in consent for a in rc):
        return ("reject", "reject_cv_no_consent")
    if f["pw"]:
        return ("encrypt", "encrypt_password_protected")
    if "[ENCRYPT]" in subject.upper():
        return ("encrypt", "encrypt_sender_tag")
    if not has_data(t):
        return ("relay", "no_claimant_data")
    res = [decide(a, rclass(a, own, consent), lab, lab["mail_from"].lower(), consent) for a in rc]
    for v in res:
        if v[0] == "encrypt":
            return v
    ext = [v for v in res if v[1] is not None]
    return ext[0]

def _decode(part):
    payload = part.get_payload(decode=True) or b""
    cs = part.get_content_charset() or "utf-8"
    return payload.decode(cs)

def parse_blob(name, data, st, depth=0):
    """Parse one attachment's bytes by its file name. Appends text to st['texts']; records errors, scans, pw."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    st["texts"].append(name)
    try:
        if ext == "docx":
            d = docx.Document(io.BytesIO(data))
            tx = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    tx.append("  ".join(cl.text for cl in row.cells))
            st["texts"].append("\n".join(tx))
        elif ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    st["texts"].append("  ".join("" if v is None else str(v) for v in row))
        elif ext == "pdf":
            rd = pypdf.PdfReader(io.BytesIO(data))
            if rd.is_encrypted:
                st["pw"] += 1
                return
            tx = "\n".join((pg.extract_text() or "") for pg in rd.pages)
            flds = rd.get_fields() or {}
            fv = "\n".join(str(v.get("/V", "")) for v in flds.values())
            if not tx.strip() and not fv.strip():
                imgs = sum(len(pg.images) for pg in rd.pages)
                if imgs:
                    st["scans"] += 1
                else:
                    raise ValueError("empty pdf")
            st["texts"].append(tx + "\n" + fv)
        elif ext == "odt":
            d = odf_load(io.BytesIO(data))
            tx = [teletype.extractText(e) for e in d.getElementsByType(OdfP) + d.getElementsByType(OdfH)]
            st["texts"].append("\n".join(tx))
        elif ext in ("csv", "txt", "ics"):
            s = data.decode("utf-8")
            if ext == "ics":
                s = re.sub(r"\r?\n[ \t]", "", s).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            st["texts"].append(s)
        elif ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            for info in z.infolist():
                if info.flag_bits & 1:
                    st["pw"] += 1
                    st["texts"].append(info.filename)
                    continue
                parse_blob(info.filename, z.read(info.filename), st, depth + 1)
        elif ext in ("jpg", "jpeg", "png", "tif", "tiff"):
            im = Image.open(io.BytesIO(data))
            im.load()
            st["scans"] += 1
        elif ext == "eml":
            walk_msg(email.message_from_bytes(data), st)
        else:
            raise ValueError("unknown binary")
    except Exception as ex:  # noqa: BLE001 - any failure means the part cannot be inspected
        st["errors"].append("%s: %s" % (name, type(ex).__name__))

CUSTOM_HDRS = ("subject", "comments", "keywords")

def header_texts(m, st):
    for k, v in m.items():
        kl = k.lower()
        if kl in CUSTOM_HDRS or (kl.startswith("x-") and kl not in ("x-mailer",)):
            st["texts"].append(str(v))
            st["heads"].append(str(v))
        elif kl in ("from", "to", "cc"):
            st["texts"].append(str(v))

def walk_msg(m, st, top=False):
    header_texts(m, st)
    ct = m.get_content_type()
    if ct == "application/pkcs7-mime":
        st["enc"] += 1
        return
    if ct == "multipart/encrypted":
        st["enc"] += 1
        return
    if m.is_multipart():
        for sub in m.get_payload():
            walk_msg(sub, st)
        return
    if ct == "application/pkcs7-signature":
        return
    fn = m.get_filename()
    disp = (m.get("Content-Disposition") or "").lower()
    if ct == "message/rfc822":
        return
    if m.get_content_maintype() == "text" and not fn:
        s = _decode(m)
        if "-----BEGIN PGP MESSAGE-----" in s:
            st["enc"] += 1
        if ct == "text/html":
            s = re.sub(r"<[^>]+>", " ", s).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        st["bodies"].append(s)
        st["texts"].append(s)
        return
    if m.get_content_maintype() == "image" and m.get("Content-ID") and disp.startswith("inline"):
        Image.open(io.BytesIO(m.get_payload(decode=True))).load()
        return
    parse_blob(fn or "unnamed.dat", m.get_payload(decode=True) or b"", st)

def inspect(data):
    m = email.message_from_bytes(data)
    st = dict(texts=[], bodies=[], heads=[], errors=[], scans=0, pw=0, enc=0)
    # message/rfc822 parts: walk() on the container handles nesting (payload is a list with one Message)
    walk_msg(m, st, top=True)
    return m, st

def check(labels, consent):
    problems = []
    seen_bodies = {}
    for lab in labels:
        path = os.path.join(HERE, lab["file"])
        with open(path, "rb") as fh:
            data = fh.read()
        m, st = inspect(data)
        pid = lab["id"]
        def bad(msg):
            problems.append("%s (%s): %s" % (pid, lab["scenario"], msg))
        # headers
        frm = eutils.parseaddr(m.get("From", ""))[1].lower()
        if frm != lab["mail_from"].lower():
            bad("From %s != mail_from %s" % (frm, lab["mail_from"]))
        if not frm.endswith("@" + INTERNAL):
            bad("sender not internal")
        hdr = set(a.lower() for _, a in eutils.getaddresses(m.get_all("To", []) + m.get_all("Cc", [])))
        rc = set(a.lower() for a in lab["rcpt_to"])
        if not hdr <= rc:
            bad("To/Cc not within rcpt_to: %s" % (hdr - rc))
        if m.get("Bcc"):
            bad("Bcc header present")
        if not m.get("Date") or not m.get("Message-ID"):
            bad("missing Date/Message-ID")
        if not any(not a.endswith("@" + INTERNAL) for a in rc):
            bad("no external recipient")
        f, t = lab["facts"], lab["truth"]
        # inspectability
        if (f["opaque"] == "corrupt") != bool(st["errors"]):
            bad("opaque=%r but errors=%r" % (f["opaque"], st["errors"]))
        if (f["opaque"] == "scan") != bool(st["scans"]):
            bad("opaque=%r but scans=%d" % (f["opaque"], st["scans"]))
        if bool(f["pw"]) != bool(st["pw"]):
            bad("pw=%r but encrypted parts=%d" % (f["pw"], st["pw"]))
        if bool(f["encrypted"]) != bool(st["enc"]):
            bad("encrypted=%r but encrypted bodies=%d" % (f["encrypted"], st["enc"]))
        empty = f["encrypted"] or f["opaque"] or f["pw"]
        if empty and has_data(t):
            bad("truth must be empty for encrypted/opaque/pw cases")
        # NINOs
        subj = m.get("Subject", "")
        for s in st["bodies"] + [subj]:
            if len(ninos_in(s)) > t["ninos"]:
                bad("a body/subject holds %d NINOs > truth %d" % (len(ninos_in(s)), t["ninos"]))
        allnin = set()
        for s in st["texts"]:
            allnin |= ninos_in(s)
        if f.get("nino_split"):
            if len(allnin) > t["ninos"]:
                bad("NINOs found %d > truth %d" % (len(allnin), t["ninos"]))
        elif len(allnin) != t["ninos"]:
            bad("readable content holds %d NINOs, truth %d" % (len(allnin), t["ninos"]))
        # internal consistency of facts and truth
        if f["name_only"] and (t["data_subjects"] != 1 or t["doc_kinds"] or t["ninos"] or t["special"] or t["dob"]
                               or t["contact_details"] or t["bank"] or t["benefit_payment"] or t["children"]):
            bad("name_only with more than a name")
        if set(f["list_cols"]) & {"dob"} and not t["dob"]:
            bad("dob column but truth.dob false")
        if set(f["list_cols"]) & {"address", "postcode", "phone", "email"} and not t["contact_details"]:
            bad("contact column but truth.contact_details false")
        if "benefit_amount" in f["list_cols"] and not t["benefit_payment"]:
            bad("benefit column but truth.benefit_payment false")
        if f["cv_count"] and "cv" not in t["doc_kinds"] and not empty:
            bad("cv_count without cv doc kind")
        # body uniqueness
        key = re.sub(r"\s+", " ", (st["bodies"][0] if st["bodies"] else data.decode("latin-1")[-2000:])).strip()
        if key in seen_bodies:
            bad("same body as %s" % seen_bodies[key])
        seen_bodies[key] = pid
        # the label itself
        act, rule = derive(lab, subj, consent)
        if (act, rule) != (lab["expected_action"], lab["rule"]):
            bad("label %s/%s but rules give %s/%s" % (lab["expected_action"], lab["rule"], act, rule))
        if GUIDANCE.get(lab["rule"]) != lab["guidance"]:
            bad("guidance mismatch")
    return problems

# ================================================================== main
def build():
    os.makedirs(MAILDIR, exist_ok=True)
    for fn in os.listdir(MAILDIR):
        if fn.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, fn))
    outs = []
    for fn, v in SCEN:
        c = Ctx(fn.__name__, v)
        o = fn(c)
        o["scenario"] = fn.__name__ + ("" if v == 0 and SCEN.count((fn, 1)) == 0 else "#%d" % v)
        outs.append(o)
    ids = list(range(1, len(outs) + 1))
    random.Random(20261203).shuffle(ids)
    labels = []
    for o, n in zip(outs, ids):
        cid = "%s-%03d" % (PREFIX, n)
        with open(os.path.join(MAILDIR, cid + ".eml"), "wb") as fh:
            fh.write(o["data"])
        lab = dict(id=cid, file="mail/%s.eml" % cid, mail_from=o["mail_from"], rcpt_to=o["rcpt_to"],
                   expected_action=o["expected_action"], rule=o["rule"], guidance=o["guidance"], truth=o["truth"],
                   facts=o["facts"], notes=o["notes"], scenario=o["scenario"])
        labels.append(lab)
    labels.sort(key=lambda x: x["id"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "consent.txt"), "w") as fh:
        fh.write("# consent register: claimant addresses that asked for their CV by e-mail (¶17)\n")
        for a in sorted(set(CONSENT)):
            fh.write(a + "\n")

def load():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    consent = set(l.strip().lower() for l in open(os.path.join(HERE, "consent.txt")) if l.strip() and not l.startswith("#"))
    return labels, consent

def summary(labels):
    from collections import Counter
    a = Counter(l["expected_action"] for l in labels)
    r = Counter(l["rule"] for l in labels)
    print("messages:", len(labels), dict(a))
    for k, v in sorted(r.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-32s %d" % (k, v))

if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    labels, consent = load()
    probs = check(labels, consent)
    summary(labels)
    if probs:
        print("\nSELF-CHECK FAILED (%d):" % len(probs))
        for p in probs:
            print("  " + p)
        sys.exit(1)
    print("self-check passed")

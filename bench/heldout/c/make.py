#!/usr/bin/env python3
"""Held-out set C generator: outbound mail of a large prime provider (formal house style).

Deterministic: fixed seeds, fixed Date headers, fixed zip timestamps and document metadata.
Run with a venv holding faker, python-docx, openpyxl, fpdf2, pypdf, odfpy, pillow:

    python3 -m venv /tmp/hc-venv
    /tmp/hc-venv/bin/pip install faker python-docx openpyxl fpdf2 pypdf odfpy pillow
    /tmp/hc-venv/bin/python make.py          # writes mail/, labels.jsonl, consent.txt, README counts
    /tmp/hc-venv/bin/python make.py --check  # also re-parses everything (self-check)
"""
import csv
import datetime as dt
import io
import json
import random
import re
import struct
import sys
import zlib
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
MAIL = HERE / "mail"

ORG = "Castlegate Employment Partnership"
DOM = "provider.example.org.uk"
DWP_DESIGNATED = "whp.provider-inbox@dwp.gov.uk"
PROV_DESIGNATED = "whp.dataexchange@" + DOM
SUPPLY = ["northstar-training.co.uk", "bridgeway-support.org.uk"]
CLAIMANT_DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
DWP_DOMS = ["dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"]
BASE_DATE = dt.datetime(2025, 3, 3, 8, 12, 0, tzinfo=dt.timezone.utc)
FIXED = dt.datetime(2025, 3, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIPTIME = (2025, 3, 1, 9, 0, 0)

EMPLOYERS = [
    ("Harrowgate Logistics Ltd", "harrowgate-logistics.co.uk"),
    ("Pennine Vale Care Homes", "penninevale-care.co.uk"),
    ("Brightwater Retail Group", "brightwater-retail.co.uk"),
    ("Calder Precision Engineering", "calder-precision.co.uk"),
    ("Moorside Hotels", "moorside-hotels.co.uk"),
    ("Aire Valley Cleaning Services", "airevalley-cleaning.co.uk"),
    ("Kirkgate Food Production", "kirkgate-foods.co.uk"),
    ("Summit Contact Centres", "summit-contact.co.uk"),
    ("Wharfe Construction Ltd", "wharfe-construction.co.uk"),
    ("Ridings Bus Company", "ridings-bus.co.uk"),
]
TOWNS = ["Leeds", "Bradford", "Wakefield", "Halifax", "Huddersfield", "Oldham", "Stockport", "Rochdale", "Salford", "Dewsbury"]
AREAS = ["LS", "BD", "WF", "HX", "HD", "OL", "SK", "M", "M", "WF"]
TOWN_AREA = dict(zip(TOWNS, AREAS))
JOBS = ["Warehouse Operative", "Care Assistant", "Retail Assistant", "Kitchen Porter", "Customer Service Adviser", "Cleaner",
        "Forklift Driver", "Administrator", "Production Operative", "Security Officer", "Bus Driver", "Labourer",
        "Delivery Driver", "Receptionist", "Catering Assistant", "Picker Packer"]
GUIDE = {
    "no_claimant_data": "¶12-14", "one_name": "¶18", "cv_to_claimant": "¶17", "cvs_up_to_10": "¶19, ¶21",
    "application_forms_up_to_10": "¶22-24", "letters_up_to_10": "¶24-28", "names_list_500": "¶29-31",
    "nino_only_list": "¶31", "dwp_names_list": "¶36", "dwp_ucnea1_gns": "¶34-35",
    "dwp_c15_process": "C15 ¶46, ¶49", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES.md Outcomes (already-encrypted)", "encrypt_special_category": "¶32",
    "encrypt_nino": "¶33", "encrypt_dob_bank": "¶32", "encrypt_benefit_children": "¶30, ¶32",
    "encrypt_beyond_name": "¶18", "encrypt_over_limit": "¶21, ¶24, ¶31", "encrypt_list_forbidden_column": "¶30",
    "encrypt_letter_kind": "¶25", "encrypt_dwp_process": "¶34-36, C15 ¶48-49",
    "encrypt_claimant_recipient": "¶17, ¶24-28", "encrypt_sender_tag": "RULES.md sender-requested encryption",
    "encrypt_password_protected": "RULES.md (password-protected: encrypt)", "reject_cv_no_consent": "¶17",
    "reject_uninspectable": "¶12; RULES.md reject regardless", "encrypt_no_text_scan": "RULES.md (no text layer: encrypt)",
}
ACTION = {r: ("relay" if r in ("no_claimant_data", "one_name", "cv_to_claimant", "cvs_up_to_10",
                                "application_forms_up_to_10", "letters_up_to_10", "names_list_500", "nino_only_list",
                                "dwp_names_list", "dwp_ucnea1_gns", "dwp_c15_process", "forward_subcontractor",
                                "already_encrypted")
              else "reject" if r.startswith("reject") else "encrypt") for r in GUIDE}

# ---------------------------------------------------------------- synthetic identifiers
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
FIRST_OK = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
SECOND_OK = [c for c in "ABCEGHJKLMNPRSTWXYZ"]


def valid_prefix(p):
    return p[0] in FIRST_OK and p[1] in SECOND_OK and p not in NINO_BAD_PAIRS


def make_nino(r):
    while True:
        p = r.choice(FIRST_OK) + r.choice(SECOND_OK)
        if valid_prefix(p):
            return p + "%06d" % r.randrange(10 ** 6) + r.choice("ABCD")


def nino_fmt(n, style="plain"):
    if style == "spaced":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    if style == "dotted":
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:8]}.{n[8]}"
    if style == "lower":
        return n.lower()
    return n


def luhn_complete(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return digits + str((10 - s % 10) % 10)


def iban_gb(r):
    bank = "ZQXB"
    bban = bank + "%06d" % r.randrange(10 ** 6) + "%08d" % r.randrange(10 ** 8)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    s = "GB%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def drama_mobile(r):
    return "07700 900%03d" % r.randrange(1000)


def drama_land(r):
    return r.choice(["0113 496 0%03d", "0161 496 0%03d", "020 7946 0%03d"]) % r.randrange(1000)


def postcode(r, town=None):
    return "%s%d %d%s%s" % (TOWN_AREA[town] if town else r.choice(AREAS), r.randint(1, 29), r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"),
                           r.choice("ABDEFGHJLNPQRSTUWXYZ"))


ORDINAL = lambda d: str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def dob_fmt(d, style):
    if style == "words":
        return f"{ORDINAL(d.day)} {d.strftime('%B')} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return d.strftime("%d %b %Y")
    return d.strftime("%d/%m/%Y")


class Person:
    def __init__(self, W, gender=None):
        r, f = W.r, W.f
        self.gender = gender or r.choice("MF")
        self.first = f.first_name_male() if self.gender == "M" else f.first_name_female()
        self.last = f.last_name()
        self.title = "Mr" if self.gender == "M" else r.choice(["Ms", "Mrs", "Miss"])
        self.he, self.him, self.his = ("he", "him", "his") if self.gender == "M" else ("she", "her", "her")
        self.addr1 = f"{r.randint(1, 180)} {f.street_name()}"
        self.town = r.choice(TOWNS)
        self.postcode = postcode(r, self.town)
        self.phone = drama_mobile(r)
        self.email = f"{self.first}.{self.last}{r.randint(1, 99)}@{r.choice(CLAIMANT_DOMS)}".lower().replace("'", "")
        self.nino = W.nino()
        self.dob = dt.date(r.randint(1966, 2003), r.randint(1, 12), r.randint(1, 28))
        self.age = 2025 - self.dob.year - ((3, 1) < (self.dob.month, self.dob.day))
        self.ref = "PRaP%07d" % r.randrange(10 ** 7)
        self.job = r.choice(JOBS[:12])

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def formal(self):
        return f"{self.title} {self.last}"


class Staff:
    def __init__(self, W, role, domain=DOM):
        f, r = W.f, W.r
        self.first, self.last = f.first_name(), f.last_name()
        self.name = f"{self.first} {self.last}"
        self.email = f"{self.first}.{self.last}@{domain}".lower().replace("'", "")
        self.role = role
        self.phone = "0113 496 0%03d" % r.randrange(1000)

    @property
    def addr(self):
        return (self.name, self.email)


class World:
    def __init__(self, key):
        seed = zlib.crc32(key.encode())
        self.r = random.Random(seed)
        self.f = Faker("en_GB")
        self.f.seed_instance(seed)
        self.used = set()

    def nino(self):
        while True:
            n = make_nino(self.r)
            if n not in self.used:
                self.used.add(n)
                return n

    def person(self, gender=None):
        return Person(self, gender)

    def staff(self, role=None):
        return Staff(self, role or self.r.choice(
            ["Work Coach", "Senior Work Coach", "Employer Engagement Adviser", "Health and Wellbeing Adviser",
             "Team Leader", "Performance Manager", "Compliance Officer", "Administration Officer"]))

    def employer(self):
        name, dom = self.r.choice(EMPLOYERS)
        c = Staff(self, "HR", dom)
        return name, dom, c

    def sc_contact(self, dom=None):
        dom = dom or self.r.choice(SUPPLY)
        return Staff(self, "Partner", dom)

    def dwp_contact(self, dom=None):
        return Staff(self, "DWP", dom or self.r.choice(DWP_DOMS))


# ---------------------------------------------------------------- documents
def latin(s):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-",
           "\u00a0": " ", "\u2026": "..."}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(W3CDTF\">)[^<]*(</dcterms:(created|modified)>)", rb"\g<1>2025-03-01T09:00:00Z\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)
    return out.getvalue()


class PDF:
    def __init__(self):
        from fpdf import FPDF
        self.p = FPDF(format="A4")
        self.p.set_creation_date(FIXED)
        self.p.set_auto_page_break(True, 15)
        self.p.set_font("Helvetica", size=10)

    def page(self):
        self.p.add_page()
        self.p.set_font("Helvetica", size=10)

    def letterhead(self):
        p = self.p
        p.set_font("Helvetica", "B", 15)
        p.set_text_color(0, 70, 110)
        p.cell(0, 8, ORG, new_x="LMARGIN", new_y="NEXT")
        p.set_font("Helvetica", size=8)
        p.set_text_color(90, 90, 90)
        p.cell(0, 5, "Castlegate House, 14 Wellington Street, Leeds LS1 9ZX  |  0113 496 0500  |  www.provider.example.org.uk",
               new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(0, 70, 110)
        p.line(10, p.get_y() + 1, 200, p.get_y() + 1)
        p.ln(6)
        p.set_text_color(0, 0, 0)
        p.set_font("Helvetica", size=10)

    def h(self, text, size=13):
        self.p.set_font("Helvetica", "B", size)
        self.p.multi_cell(0, 7, latin(text), new_x="LMARGIN", new_y="NEXT")
        self.p.set_font("Helvetica", size=10)
        self.p.ln(1)

    def para(self, text):
        self.p.multi_cell(0, 5, latin(text), new_x="LMARGIN", new_y="NEXT")
        self.p.ln(2)

    def kv(self, rows, boxed=False):
        p = self.p
        for k, v in rows:
            p.set_font("Helvetica", "B", 9)
            y = p.get_y()
            p.multi_cell(62, 6, latin(k), border=1 if boxed else 0, new_x="RIGHT", new_y="TOP")
            p.set_font("Helvetica", size=9)
            p.multi_cell(0, 6, latin(v) if v else " ", border=1 if boxed else 0, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
        p.set_font("Helvetica", size=10)

    def table(self, header, rows):
        p = self.p
        p.set_font("Helvetica", size=8)
        with p.table(text_align="LEFT", line_height=5) as t:
            r = t.row()
            for c in header:
                r.cell(latin(c))
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(latin(str(c)))
        p.ln(3)
        p.set_font("Helvetica", size=10)

    def image(self, png_bytes):
        self.p.image(io.BytesIO(png_bytes), x=0, y=0, w=210)

    def bytes(self, password=None):
        if password:
            self.p.set_encryption(owner_password="owner-" + password, user_password=password)
        return bytes(self.p.output())


class DOCX:
    def __init__(self):
        from docx import Document
        self.d = Document()
        cp = self.d.core_properties
        cp.author = ORG
        cp.created = FIXED.replace(tzinfo=None)
        cp.modified = FIXED.replace(tzinfo=None)
        cp.last_modified_by = ORG

    def letterhead(self):
        p = self.d.add_paragraph()
        run = p.add_run(ORG)
        run.bold = True
        self.d.add_paragraph("Castlegate House, 14 Wellington Street, Leeds LS1 9ZX | 0113 496 0500")

    def h(self, t, level=1):
        self.d.add_heading(t, level=level)

    def para(self, t):
        self.d.add_paragraph(t)

    def kv(self, rows):
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v

    def table(self, header, rows):
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, hname in enumerate(header):
            t.rows[0].cells[i].text = hname
        for row in rows:
            c = t.add_row().cells
            for i, v in enumerate(row):
                c[i].text = str(v)

    def page_break(self):
        self.d.add_page_break()

    def bytes(self):
        b = io.BytesIO()
        self.d.save(b)
        return normalize_zip(b.getvalue())


def xlsx(sheets):
    """sheets: list of (title, header, rows, hidden)"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header, rows, hidden in sheets:
        ws = wb.create_sheet(title)
        ws.append(header)
        for row in rows:
            ws.append(list(row))
        if hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = ORG
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    o = OpenDocumentText()
    for kind, t in paras:
        o.text.addElement(H(outlinelevel=1, text=t) if kind == "h" else P(text=t))
    b = io.BytesIO()
    o.write(b)
    return normalize_zip(b.getvalue())


def csv_bytes(header, rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return s.getvalue().encode("utf-8")


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def _crc_table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


CRCT = _crc_table()


def zipcrypto_bytes(files, password, r):
    """Traditional PKWARE (ZipCrypto) encrypted zip, deterministic."""
    out, central = bytearray(), bytearray()
    dostime = (ZIPTIME[3] << 11) | (ZIPTIME[4] << 5) | (ZIPTIME[5] // 2)
    dosdate = ((ZIPTIME[0] - 1980) << 9) | (ZIPTIME[1] << 5) | ZIPTIME[2]
    for name, data in files:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(c):
            k[0] = (k[0] >> 8) ^ CRCT[(k[0] ^ c) & 0xFF]
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = (k[2] >> 8) ^ CRCT[(k[2] ^ (k[1] >> 24)) & 0xFF]

        for ch in password.encode():
            upd(ch)
        enc = bytearray()
        for b in bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24]) + comp:
            t = (k[2] | 2) & 0xFFFF
            enc.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(b)
        fn = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(fn), 0) + fn + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data),
                               len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn
    cdo = len(out)
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cdo, 0)
    return bytes(out)


def scan_png(W, lines, jpeg=False):
    from PIL import Image, ImageDraw
    r = W.r
    im = Image.new("L", (1240, 1754), 244)
    d = ImageDraw.Draw(im)
    y = 120
    for ln in lines:
        d.text((110 + r.randint(-3, 3), y), ln, fill=40)
        y += 38
    for _ in range(2500):
        x, yy = r.randrange(1240), r.randrange(1754)
        d.point((x, yy), fill=r.randint(120, 200))
    d.line((100, 100, 1140, 104), fill=60, width=3)
    b = io.BytesIO()
    im.save(b, "JPEG" if jpeg else "PNG", quality=70) if jpeg else im.save(b, "PNG")
    return b.getvalue()


# ---------------------------------------------------------------- content builders
FOOTER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
    "addressee. They may contain personal data, including special category data as defined in Article 9 of the "
    "UK GDPR (information about racial or ethnic origin, political opinions, religious or philosophical beliefs, "
    "trade union membership, genetic or biometric data, health, sex life or sexual orientation) and data relating "
    "to criminal convictions and offences. If you have received this e-mail in error, please notify the sender "
    "immediately and delete it. Any unauthorised use, disclosure or copying is prohibited. "
    f"{ORG} is a company limited by guarantee. Registered office: Castlegate House, 14 Wellington Street, Leeds LS1 9ZX."
)
WELLBEING = ("Wellbeing: if you are struggling with your mental health, call our Employee Assistance Programme "
             "free and in confidence on 0161 496 0800, 24 hours a day, 7 days a week.")


def sig(s):
    return f"{s.name}\n{s.role}\n{ORG} - Work and Health Programme\nT: {s.phone} | E: {s.email}"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(text, footer=True, extra_html=""):
    paras = "".join(f"<p style=\"margin:0 0 12px 0\">{esc(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    foot = ""
    if footer:
        foot = (f"<hr style=\"border:0;border-top:1px solid #cfd8dc\"><p style=\"font-size:11px;color:#00466e\"><b>{esc(WELLBEING)}</b></p>"
                f"<p style=\"font-size:10px;color:#777\">{esc(FOOTER)}</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">"
            f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#00466e;color:#fff;padding:10px 16px;font-size:18px\"><b>{ORG}</b></td></tr>"
            f"<tr><td style=\"padding:16px\">{paras}{extra_html}{foot}</td></tr></table></body></html>")


def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(special), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


class Case:
    def __init__(self, rule, notes, sender, to, subject, text="", cc=(), bcc=(), html=None, footer=None, atts=(),
                 headers=None, truth=None, facts=None, consent=(), raw=None, guidance=None):
        self.rule, self.notes, self.sender, self.to, self.cc, self.bcc = rule, notes, sender, list(to), list(cc), list(bcc)
        self.subject, self.text, self.html, self.footer = subject, text, html, footer
        self.atts = list(atts)  # dicts: name, ctype, data | msg, corrupt, encrypted
        self.headers = headers or {}
        self.truth = truth or T()
        self.facts = facts or {}
        self.consent = list(consent)
        self.raw = raw
        self.guidance = guidance


def A(name, ctype, data, **kw):
    d = {"name": name, "ctype": ctype, "data": data}
    d.update(kw)
    return d


PDFT, DOCXT = "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSXT, ODTT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text"


def letter(body_paras, greeting="Good morning", s=None, closing="Kind regards"):
    t = greeting + ",\n\n" + "\n\n".join(body_paras)
    if s:
        t += f"\n\n{closing},\n\n" + sig(s)
    return t


# ---- documents about people
def cv_blocks(W, p, extra=None, with_dob=False, with_nino=False, health=None, negation=False):
    r, f = W.r, W.f
    contact = f"{p.addr1}, {p.town} {p.postcode} | {p.phone} | {p.email}"
    profile = (f"Reliable and hard-working {p.job.lower()} with experience in fast-paced environments. "
               f"I work well in a team and on my own, and I am keen to return to full-time work.")
    jobs = []
    y = 2024
    for _ in range(r.randint(2, 3)):
        y0 = y - r.randint(1, 4)
        jobs.append((f"{y0} - {y}", r.choice([p.job, r.choice(JOBS)]), f.company(), r.choice([
            "Picking and packing orders to daily targets", "Dealing with customer enquiries by phone and in person",
            "Stock rotation and cash handling", "Operating machinery safely and reporting faults",
            "Supporting residents with daily living tasks", "Keeping accurate records and filing"])))
        y = y0
    personal = []
    if with_dob:
        personal.append(("Date of birth", dob_fmt(p.dob, with_dob if isinstance(with_dob, str) else "numeric")))
    if with_nino:
        personal.append(("National Insurance No.", p.nino))
    if health:
        personal.append(("Health", health))
    if negation:
        personal.append(("Other", "Full UK driving licence. No criminal convictions. No health issues affecting work."))
    return {"name": p.name, "contact": contact, "profile": profile, "jobs": jobs, "personal": personal,
            "skills": ", ".join(r.sample(["Forklift (counterbalance)", "Food Hygiene Level 2", "CSCS card", "Microsoft Office",
                                          "First Aid at Work", "Customer service", "Manual handling", "Cash handling",
                                          "Team working", "Time management"], 4)),
            "education": f"{r.choice(TOWNS)} College - GCSEs including English and Maths"}


def cv_to_pdf(pdf, cv):
    pdf.page()
    pdf.h(cv["name"], 16)
    pdf.para(cv["contact"])
    pdf.h("Personal profile", 11)
    pdf.para(cv["profile"])
    pdf.h("Employment history", 11)
    for d, t, c, duty in cv["jobs"]:
        pdf.para(f"{d}  {t}, {c}\n- {duty}")
    pdf.h("Skills and qualifications", 11)
    pdf.para(cv["skills"] + "\n" + cv["education"])
    if cv["personal"]:
        pdf.h("Personal details", 11)
        pdf.kv(cv["personal"])
    pdf.para("References available on request.")


def cv_to_docx(doc, cv):
    doc.h(cv["name"], 0)
    doc.para(cv["contact"])
    doc.h("Personal profile", 2)
    doc.para(cv["profile"])
    doc.h("Employment history", 2)
    for d, t, c, duty in cv["jobs"]:
        doc.para(f"{d}  {t}, {c} - {duty}")
    doc.h("Skills and qualifications", 2)
    doc.para(cv["skills"])
    doc.para(cv["education"])
    if cv["personal"]:
        doc.kv(cv["personal"])
    doc.para("References available on request.")


def cv_to_text(cv):
    t = [cv["name"].upper(), cv["contact"], "", "PERSONAL PROFILE", cv["profile"], "", "EMPLOYMENT HISTORY"]
    t += [f"{d}  {ti}, {c} - {du}" for d, ti, c, du in cv["jobs"]]
    t += ["", "SKILLS", cv["skills"], cv["education"]]
    t += [f"{k}: {v}" for k, v in cv["personal"]]
    return "\n".join(t)


def cv_to_html(cv):
    jobs = "".join(f"<tr><td>{esc(d)}</td><td><b>{esc(t)}</b>, {esc(c)}<br>{esc(du)}</td></tr>" for d, t, c, du in cv["jobs"])
    return (f"<div style=\"border:1px solid #ccc;padding:12px\"><h2>{esc(cv['name'])}</h2><p>{esc(cv['contact'])}</p>"
            f"<h3>Personal profile</h3><p>{esc(cv['profile'])}</p><h3>Employment history</h3><table>{jobs}</table>"
            f"<h3>Skills</h3><p>{esc(cv['skills'])}<br>{esc(cv['education'])}</p></div>")


def pdf_cvs(W, people, **kw):
    pdf = PDF()
    for p in people:
        cv_to_pdf(pdf, cv_blocks(W, p, **kw))
    return pdf.bytes()


def docx_cv(W, p, **kw):
    d = DOCX()
    cv_to_docx(d, cv_blocks(W, p, **kw))
    return d.bytes()


def app_form_rows(W, p, employer, dob=False, nino=False, disability="No", convictions="No"):
    rows = [("Position applied for", p.job), ("Employer", employer), ("Title", p.title), ("Full name", p.name),
            ("Address", f"{p.addr1}, {p.town}"), ("Postcode", p.postcode), ("Telephone", p.phone), ("E-mail", p.email),
            ("Age", str(p.age))]
    if dob:
        rows.append(("Date of birth", dob_fmt(p.dob, "numeric")))
    if nino:
        rows.append(("National Insurance number", nino_fmt(p.nino, "spaced")))
    rows += [("Right to work in the UK", "Yes"), ("Do you consider yourself to have a disability?", disability),
             ("Do you have any unspent criminal convictions?", convictions),
             ("Availability", W.r.choice(["Immediate", "Two weeks", "From Monday"])),
             ("Hours wanted", W.r.choice(["Full time", "Part time (16-24 hours)", "Any"])),
             ("Most recent employment", W.f.company()), ("Referees", "Available on request")]
    return rows


def pdf_app_forms(W, people, employer, couple=False, boxed=False, **kw):
    pdf = PDF()
    step = 2 if couple else 1
    for i in range(0, len(people), step):
        pdf.page()
        pdf.letterhead()
        pdf.h(f"{employer} - Application for Employment" + (" (joint application)" if couple else ""))
        if couple:
            for j, p in enumerate(people[i:i + 2]):
                pdf.h(f"Applicant {j + 1}", 11)
                pdf.kv(app_form_rows(W, p, employer, **kw), boxed=boxed)
        else:
            pdf.kv(app_form_rows(W, people[i], employer, **kw), boxed=boxed)
        pdf.para("Declaration: I confirm that the information given on this form is correct.")
    return pdf.bytes()


def docx_app_form(W, p, employer, **kw):
    d = DOCX()
    d.letterhead()
    d.h(f"{employer} - Application for Employment")
    d.kv(app_form_rows(W, p, employer, **kw))
    d.para("Declaration: I confirm that the information given on this form is correct.")
    return d.bytes()


def letter_text(W, p, kind, employer=None, extra=None):
    r = W.r
    day = r.choice(["Monday 10 March 2025", "Tuesday 11 March 2025", "Wednesday 12 March 2025", "Thursday 13 March 2025",
                    "Friday 14 March 2025", "Monday 17 March 2025"])
    tm = r.choice(["9:30am", "10:00am", "11:15am", "1:30pm", "2:45pm"])
    emp = employer or r.choice(EMPLOYERS)[0]
    if kind == "interview":
        title = "Invitation to interview"
        body = [f"We are pleased to confirm that {emp} would like to invite you to an interview for the position of {p.job}.",
                f"Your interview will take place on {day} at {tm} at the employer's premises. Please arrive ten minutes early and bring photographic identification and proof of your right to work.",
                "If you need any adjustments to attend the interview, please let us know as soon as possible."]
    elif kind == "offer":
        title = "Offer of employment"
        body = [f"Following your recent interview, {emp} is delighted to offer you the position of {p.job}.",
                f"Your start date will be {day}. The rate of pay is £12.21 per hour for {r.choice([16, 24, 30, 37])} hours per week.",
                "Please confirm your acceptance by replying to this letter or by calling your Work Coach."]
    elif kind == "appointment":
        title = "Appointment with your Work Coach"
        body = [f"You have an appointment with your Work Coach on {day} at {tm} at our {r.choice(TOWNS)} office.",
                "The appointment will last about an hour. We will review your action plan and look at current vacancies with you.",
                "If you cannot attend, please contact us before the appointment so that we can rearrange it."]
    elif kind == "compliance":
        title = "Failure to attend - what happens next"
        body = [f"Our records show that you did not attend your mandatory appointment on {day} at {tm}.",
                "We have a duty to tell the Department for Work and Pensions when a participant does not take part in a mandatory activity. A decision maker may consider whether your benefit should be affected.",
                "If you had a good reason for not attending, please contact us within five working days."]
    elif kind == "landlord":
        title = "Letter of support"
        body = [f"I am writing in support of {p.formal}, who has been taking part in the Work and Health Programme with {ORG} since last year.",
                f"{p.title} {p.last} has attended every appointment and is actively looking for work. We would be grateful if this could be taken into account in relation to the arrears on the tenancy.",
                "Please contact me if you require anything further."]
    else:  # exit
        title = "Leaving the Work and Health Programme"
        body = [f"Your time on the Work and Health Programme will end on {day}.",
                "Thank you for taking part. Your exit report, with recommendations for your next steps, will be sent to your Jobcentre Plus Work Coach.",
                "We wish you every success in the future."]
    if extra:
        body.append(extra)
    return title, body


def pdf_letters(W, people, kinds, employer=None, extras=None, nino_in=None):
    pdf = PDF()
    for i, p in enumerate(people):
        kind = kinds[i % len(kinds)]
        title, body = letter_text(W, p, kind, employer, (extras or {}).get(i))
        pdf.page()
        pdf.letterhead()
        pdf.para(f"{p.formal}\n{p.addr1}\n{p.town}\n{p.postcode}")
        pdf.para("3 March 2025")
        if nino_in is not None and i == nino_in:
            pdf.para(f"Our reference: {p.ref}   National Insurance number: {p.nino}")
        else:
            pdf.para(f"Our reference: {p.ref}")
        pdf.h(title, 12)
        pdf.para(f"Dear {p.formal},")
        for b in body:
            pdf.para(b)
        pdf.para(f"Yours sincerely,\n\n\nEmployment Services Team\n{ORG}")
    return pdf.bytes()


def docx_letter(W, p, kind, employer=None, extra=None):
    title, body = letter_text(W, p, kind, employer, extra)
    d = DOCX()
    d.letterhead()
    d.para(f"{p.formal}\n{p.addr1}\n{p.town}\n{p.postcode}")
    d.para("3 March 2025")
    d.para(f"Our reference: {p.ref}")
    d.h(title, 2)
    d.para(f"Dear {p.formal},")
    for b in body:
        d.para(b)
    d.para(f"Yours sincerely,\nEmployment Services Team\n{ORG}")
    return d.bytes()


# ---- DWP process forms (label/value tables)
def form_rows(W, p, kind, sensitive=None):
    r = W.r
    if kind == "ucnea1":
        title = "UCNEA1 - New Enterprise Allowance: notification of business start"
        rows = [("Surname", p.last), ("Forename(s)", p.first), ("National Insurance number", p.nino),
                ("Provider", ORG), ("Mentor", W.f.name()), ("Trading name", f"{p.last} {r.choice(['Cleaning', 'Joinery', 'Catering', 'Dog Walking', 'Decorating'])}"),
                ("Business start date", "03/03/2025"), ("Business plan approved", "Yes"), ("Weekly allowance eligible", "Yes")]
    elif kind == "gns":
        title = "Good News Story"
        story = (f"{p.first} joined the programme last spring with little recent work experience. With support from "
                 f"{p.his} work coach {p.he} completed a Level 2 course and has now started work as a {p.job.lower()}.")
        if sensitive:
            story += " " + sensitive
        rows = [("Participant name", p.name), ("PRaP reference", p.ref), ("Programme", "Work and Health Programme"),
                ("Provider", ORG), ("Outcome", f"Job start - {p.job}"), ("Consent to publish", "Yes, signed 24/02/2025"),
                ("Story", story)]
    elif kind == "exit":
        title = "WHP Exit Report"
        rows = [("PRaP referral identifier", p.ref), ("Participant name", p.name), ("National Insurance number", p.nino),
                ("Programme start date", "04/03/2024"), ("Exit date", "28/02/2025"),
                ("Reason for exit", r.choice(["End of programme (456 days)", "Sustained employment", "Moved out of area"])),
                ("Activities completed", "Action planning, CV workshop, Level 2 Customer Service, job search support"),
                ("Recommendations for Work Coach", "Continue weekly job search; consider warehouse and retail vacancies")]
        if sensitive:
            rows.append(("Barriers to work", sensitive))
    elif kind == "coc":
        title = "WHP Change of Circumstances notification"
        change = r.choice(["Starts work", "Moves out of contract area", "Change of conditionality group"])
        detail = {"Starts work": f"Started as {p.job}, {r.choice([16, 24, 37])} hours per week",
                  "Moves out of contract area": "Moved to another contract area; new address held on PRaP",
                  "Change of conditionality group": "Moved to the intensive work search group"}[change]
        rows = [("PRaP referral identifier", p.ref), ("Participant name", p.name), ("National Insurance number", p.nino),
                ("Type of change", change), ("Date of change", "24/02/2025"), ("Details", detail),
                ("Reported by", "Participant in person")]
    else:  # whp_eb
        title = "WHP Employment Business Customer Form"
        rows = [("Participant name", p.name), ("National Insurance number", p.nino), ("PRaP reference", p.ref),
                ("Employment business", "Kestrel Staffing Solutions Ltd"), ("Assignment start", "10/03/2025"),
                ("Assignment role", p.job), ("Expected weekly hours", str(r.choice([20, 30, 37]))),
                ("Provider contact", "Employment Services Team")]
    return title, rows


def form_docx(W, p, kind, sensitive=None):
    title, rows = form_rows(W, p, kind, sensitive)
    d = DOCX()
    d.h(title)
    d.kv(rows)
    return d.bytes()


def form_pdf(W, people, kind, sensitive=None):
    pdf = PDF()
    for p in people:
        title, rows = form_rows(W, p, kind, sensitive)
        pdf.page()
        pdf.h(title)
        pdf.kv(rows, boxed=True)
    return pdf.bytes()


def form_text(W, p, kind):
    title, rows = form_rows(W, p, kind)
    return title + "\n" + "\n".join(f"{k}: {v}" for k, v in rows)


KIND = {"ucnea1": "ucnea1", "gns": "good_news_story", "exit": "exit_report", "coc": "change_of_circumstances",
        "whp_eb": "whp_eb_customer_form"}
FORMNAME = {"ucnea1": "UCNEA1", "gns": "Good News Story", "exit": "Exit Report", "coc": "Change of Circumstances",
            "whp_eb": "WHP Employment Business Customer Form"}


def name_rows(W, n, cols):
    rows = []
    for i in range(n):
        fn, ln = W.f.first_name(), W.f.last_name()
        row = []
        for c in cols:
            if c == "Surname":
                row.append(ln)
            elif c == "Initial":
                row.append(fn[0])
            elif c == "Forename":
                row.append(fn)
            elif c == "NINO":
                row.append(W.nino())
            elif c == "Reference":
                row.append("PRaP%07d" % W.r.randrange(10 ** 7))
            elif c in ("Start date", "Interview date", "Course date", "Appointment"):
                row.append("%02d/03/2025" % W.r.randint(3, 28))
            elif c == "Date of birth":
                row.append(dt.date(W.r.randint(1966, 2003), W.r.randint(1, 12), W.r.randint(1, 28)).strftime("%d/%m/%Y"))
            elif c == "Postcode":
                row.append(postcode(W.r))
            elif c == "Mobile":
                row.append(drama_mobile(W.r))
            elif c == "Address":
                row.append(f"{W.r.randint(1, 180)} {W.f.street_name()}, {W.r.choice(TOWNS)}")
            elif c == "UC monthly award":
                row.append("£%d.%02d" % (W.r.randint(300, 1400), W.r.randrange(100)))
            elif c == "Office":
                row.append(W.r.choice(TOWNS))
            elif c == "Status":
                row.append(W.r.choice(["Started", "Awaiting start", "Attended", "Booked"]))
            else:
                row.append("")
        rows.append(row)
    return rows




# ---------------------------------------------------------------- e-mail assembly
def build(case, idx):
    mid = f"<hc-{idx:03d}.{zlib.crc32(case.subject.encode()) & 0xffffff:06x}@{DOM}>"
    date = format_datetime(BASE_DATE + dt.timedelta(minutes=53 * idx))
    if case.raw is not None:
        msg = case.raw
    else:
        msg = EmailMessage()
        footer = case.footer
        text = case.text
        if footer:
            text = text + "\n\n-- \n" + WELLBEING + "\n\n" + FOOTER
        msg.set_content(text)
        if case.html is not None:
            msg.add_alternative(case.html if isinstance(case.html, str) else html_wrap(case.text, footer=bool(footer)),
                                subtype="html")
        for a in case.atts:
            if a.get("msg") is not None:
                msg.add_attachment(a["msg"])
                continue
            mt, st = a["ctype"].split("/", 1)
            if mt == "text":
                msg.add_attachment(a["data"].decode("utf-8"), subtype=st, filename=a["name"],
                                   params=a.get("params") or {})
            else:
                msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"],
                                   params=a.get("params") or {})
    hdr = EmailMessage()
    hdr["From"] = formataddr(case.sender)
    hdr["To"] = ", ".join(formataddr(x) for x in case.to)
    if case.cc:
        hdr["Cc"] = ", ".join(formataddr(x) for x in case.cc)
    hdr["Subject"] = case.subject
    hdr["Date"] = date
    hdr["Message-ID"] = mid
    hdr["MIME-Version"] = "1.0"
    for k, v in case.headers.items():
        hdr[k] = v
    for k in list(msg.keys()):
        if k.lower() in ("from", "to", "cc", "subject", "date", "message-id", "mime-version"):
            del msg[k]
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in list(hdr.items()) + existing:
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_CEP_{idx:03d}_{n}")
            n += 1
    b = io.BytesIO()
    BytesGenerator(b, policy=policy.default.clone(linesep="\n"), mangle_from_=False).flatten(msg)
    return b.getvalue()


def main():
    MAIL.mkdir(parents=True, exist_ok=True)
    for old in MAIL.glob("hc-*.eml"):
        old.unlink()
    items = list(SCENARIOS)
    random.Random(20250303).shuffle(items)
    labels, consent = [], set(["k.okafor.home@gmail.com", "danny.wright1987@outlook.com"])
    for i, (fn, v) in enumerate(items, 1):
        W = World(f"{fn.__name__}:{v}")
        case = fn(W, v)
        hid = f"hc-{i:03d}"
        (MAIL / f"{hid}.eml").write_bytes(build(case, i))
        consent.update(case.consent)
        labels.append({"id": hid, "file": f"mail/{hid}.eml", "mail_from": case.sender[1],
                       "rcpt_to": [a for _, a in case.to + case.cc + case.bcc],
                       "expected_action": ACTION[case.rule], "rule": case.rule,
                       "guidance": case.guidance or GUIDE[case.rule], "truth": case.truth, "facts": case.facts,
                       "notes": case.notes, "scenario": fn.__name__})
    with open(HERE / "labels.jsonl", "w") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    (HERE / "consent.txt").write_text("".join(a + "\n" for a in sorted(consent)))
    from collections import Counter
    ca = Counter(l["expected_action"] for l in labels)
    cr = Counter(l["rule"] for l in labels)
    print(len(labels), dict(ca))
    for k, v in sorted(cr.items()):
        print(f"  {k}: {v}")
    if "--check" in sys.argv:
        sys.exit(selfcheck(labels))



# ================================================================ scenarios
def ft(W):
    return W.r.random() < 0.65


def hm(W):
    return True if W.r.random() < 0.4 else None


def emp_to(W):
    ename, edom, ec = W.employer()
    return ename, ec


def dwp_wc(W, dom=None):
    c = W.dwp_contact(dom)
    c.role = "Work Coach"
    return c


SHARED = ("Castlegate Employment Services", "employment.services@" + DOM)
DAYS = ["Monday 10 March", "Tuesday 11 March", "Wednesday 12 March", "Thursday 13 March", "Friday 14 March"]


def slot(W):
    return f"{W.r.choice(DAYS)} at {W.r.choice(['9:30', '10:00', '10:45', '11:30', '13:15', '14:00', '15:30'])}"


def inner_msg(frm, to, subject, text, atts=(), date="Fri, 28 Feb 2025 15:02:11 +0000", mid="<dwp-28022025-1502@dwp.gov.uk>"):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Date"], m["Message-ID"] = frm, to, subject, date, mid
    m.set_content(text)
    for name, ct, data in atts:
        mt, st = ct.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return m


# ---------------------------------------------------------------- relay: no claimant data
def bulletin(W, v):
    s = W.staff("Communications Officer")
    to = [W.sc_contact(SUPPLY[0]).addr, W.sc_contact(SUPPLY[1]).addr]
    cc, bcc = [], []
    if v == 1:
        cc = [dwp_wc(W, "dwp.gsi.gov.uk").addr]
    if v == 2:
        to = [("WHP Partners", "partners@" + DOM)]
        bcc = [W.employer()[2].addr, W.employer()[2].addr]
    topics = [
        ["Mental Health Awareness Week runs from 12 to 18 May. Our Health and Wellbeing Advisers will run drop-in sessions on anxiety, low mood and stress in every office. Participants who disclose a mental health condition should be offered a referral to the Health and Wellbeing team, with their consent.",
         "Ramadan began on 1 March and Eid al-Fitr is expected around 30 March. Please be mindful of participants who are fasting when booking afternoon appointments, and check the faith calendar before arranging group sessions over Holi, Passover and Easter."],
        ["Disability Confident: 14 more employers in our area reached Level 2 this quarter. Disability Confident employers offer a guaranteed interview to disabled applicants who meet the minimum criteria.",
         "Our Fair Chance recruitment day on 26 March is for employers who welcome applicants with criminal convictions. Ban the Box employers will be present; no disclosure is required at the first stage."],
        ["Employer news: Kirkgate Food Production has signed a union recognition agreement with the GMB, and the union learning rep will attend our next jobs fair to talk about in-work training.",
         "Reminder: if a participant tells you about drug or alcohol misuse, follow the substance misuse pathway in the Operations Manual and record consent before any referral."],
        ["Performance headlines for February: 412 starts, 138 job outcomes and 96 sustained outcomes across the contract. 41% of new referrals recorded a mental health condition as a barrier; 23% a physical health condition; 9% an offending history.",
         "Good news: a participant from our Halifax office who had been out of work for several years has started a permanent role in logistics after completing a forklift course. Stories like this are why we do what we do."],
    ][v]
    text = letter([f"Welcome to this week's {ORG} Partner Bulletin."] + topics +
                  ["As always, please do not include participant details in replies to this bulletin."], "Dear colleagues", s)
    return Case("no_claimant_data", "weekly partner bulletin: special-category and benefit words about nobody",
                (s.name, s.email), to, f"Partner Bulletin - week {9 + v} - {['wellbeing and faith calendar', 'Disability Confident and Fair Chance', 'employer news', 'performance headlines'][v]}",
                text, cc=cc, bcc=bcc, html=True, footer=True)


def mi_pack(W, v):
    r = W.r
    s = W.staff("Performance Manager")
    months = ["Oct-24", "Nov-24", "Dec-24", "Jan-25", "Feb-25"]
    summ = [(m, r.randint(300, 450), r.randint(90, 160), r.randint(60, 110), "%.1f%%" % r.uniform(25, 38)) for m in months]
    offices = [(t, r.randint(20, 90), r.randint(5, 30), r.randint(2, 20)) for t in TOWNS[:8]]
    barriers = [(b, r.randint(10, 250), "%.1f%%" % r.uniform(2, 45)) for b in
                ["Mental health condition", "Physical health condition", "Learning disability", "Substance misuse",
                 "Offending history", "Care leaver", "Homelessness", "Lone parent"]]
    data = xlsx([("Summary", ["Month", "Starts", "Job outcomes", "Sustained outcomes", "Conversion"], summ, False),
                 ("By office", ["Office", "Starts", "Job outcomes", "Early exits"], offices, False),
                 ("Barriers (aggregate)", ["Barrier recorded at referral", "Participants", "Share of caseload"], barriers, False),
                 ("Lookup", ["Office code", "Office"], [(f"OF{i:02d}", t) for i, t in enumerate(TOWNS)], True)])
    to = [[dwp_wc(W, "dwp.gov.uk").addr], [W.sc_contact().addr], [dwp_wc(W, "dwp.gsi.gov.uk").addr, ("Contract Team", "contracts@" + DOM)]][v]
    for c in to:
        pass
    text = letter(["Please find attached the monthly management information pack for February 2025.",
                   "All figures are aggregate counts at contract level; no participant-level data is included. The barriers sheet is based on the referral data and a participant may have more than one barrier recorded.",
                   "Happy to talk through the figures at the performance review next week."], "Good afternoon", s)
    return Case("no_claimant_data", "MI spreadsheet with aggregate figures, barrier counts and a hidden lookup sheet",
                (s.name, s.email), to, "WHP Monthly MI pack - February 2025", text, footer=ft(W),
                atts=[A("WHP_MI_Pack_Feb25.xlsx", XLSXT, data)])


def vacancy(W, v):
    s = W.staff("Employer Engagement Adviser")
    ename, ec = emp_to(W)
    advert = [f"{ename} - Vacancies", "Production Operatives (x8), Days and Nights, £12.60 per hour",
              "We are a Disability Confident Committed employer and offer a guaranteed interview to disabled applicants who meet the essential criteria.",
              "We welcome applications from people with previous convictions; we will only ask about unspent convictions at offer stage.",
              "If you have a health condition or disability, tell us if you need any adjustments at interview. No experience necessary - full training provided.",
              "Closing date: 21 March 2025."]
    if v == 0:
        pdf = PDF(); pdf.page(); pdf.h(advert[0]); [pdf.para(a) for a in advert[1:]]
        att = A("Vacancy_Production_Operatives.pdf", PDFT, pdf.bytes())
    else:
        d = DOCX(); d.h(advert[0]); [d.para(a) for a in advert[1:]]
        att = A("Vacancy_Production_Operatives.docx", DOCXT, d.bytes())
    text = letter([f"{ename} is recruiting again - advert attached. They have been very supportive of our participants and are happy to take referrals from all offices.",
                   "Please put forward anyone suitable through the usual referral route on the CRM (not by e-mail)."], "Hi all", s)
    return Case("no_claimant_data", "employer engagement: job advert mentioning convictions, disability and health hypotheticals",
                (s.name, s.email), [W.sc_contact(SUPPLY[v]).addr], f"New vacancies - {ename}", text, html=hm(W), footer=ft(W), atts=[att])


def training_ics(W, v):
    s = W.staff("Learning and Development Officer")
    title = ["Mental Health First Aid - two-day course", "Safeguarding, Prevent and Substance Misuse Awareness refresher"][v]
    start = ["20250318T093000Z", "20250325T130000Z"][v]
    end = ["20250318T163000Z", "20250325T160000Z"][v]
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Castlegate//Training//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           f"UID:train-{v}-2025@{DOM}\r\nDTSTAMP:20250301T090000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
           f"SUMMARY:{title}\r\nLOCATION:Training Room 2\\, Castlegate House\\, Leeds\r\n"
           f"ORGANIZER;CN={s.name}:mailto:{s.email}\r\n"
           "DESCRIPTION:Covers recognising signs of mental ill health\\, crisis support\\, signposting and self-care. Please do not bring case files.\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    to = [W.sc_contact(SUPPLY[0]).addr, W.sc_contact(SUPPLY[1]).addr]
    text = letter([f"You are invited to: {title}.", "Places are limited to 16; please accept the invitation to confirm."], "Dear colleagues", s)
    return Case("no_claimant_data", "ICS training invite about mental health / substance misuse topics",
                (s.name, s.email), to, f"Invitation: {title}", text, footer=ft(W),
                atts=[A("invite.ics", "text/calendar", ics, params={"method": "REQUEST"})])


def blank_template(W, v):
    s = W.staff("Compliance Officer")
    if v == 0:
        d = DOCX(); d.h("Safeguarding Referral Form (template v4.2)")
        d.kv([("Participant name", ""), ("National Insurance number", ""), ("Date of birth", ""), ("Address", ""),
              ("Health conditions (physical and mental)", ""), ("Substance misuse (if known)", ""),
              ("Criminal convictions / MAPPA", ""), ("Children in the household (names and ages)", ""),
              ("Nature of concern", ""), ("Referrer", "")])
        d.para("If the participant has a health condition, give details and say whether they consent to the referral.")
        att = A("Safeguarding_Referral_Template_v4.2.docx", DOCXT, d.bytes())
        subj, notes = "Updated safeguarding referral template v4.2", "blank template whose field labels name every category"
    else:
        att = A("InfoSec_Policy_Extract.odt", ODTT, odt([
            ("h", "Information Security - e-mail handling"),
            ("p", "Never send a NINO, date of birth, bank details, health or mental health information, substance misuse, criminal records, benefit payment details, children's details, ethnicity or sexual orientation by unencrypted e-mail."),
            ("p", "Up to 10 CVs, application forms or interview, job offer and appointment letters may go unencrypted to employers and the supply chain."),
            ("p", "If in doubt, add [ENCRYPT] to the subject line or speak to the Compliance team.")]))
        subj, notes = "Policy reminder - e-mail handling", "policy extract (ODT) listing the categories"
    text = letter(["Please find attached the latest version for your records. Please replace any earlier copies held locally.",
                   "Completed forms must only ever be sent by encrypted e-mail."], "Dear all", s)
    return Case("no_claimant_data", notes, (s.name, s.email), [W.sc_contact().addr], subj, text, footer=ft(W), atts=[att])


def nino_guidance(W, v):
    s = W.staff("Compliance Officer")
    text = letter(["A reminder on National Insurance numbers, following last month's audit.",
                   "A NINO is two letters, six digits and a final letter A, B, C or D. The format shown on DWP training material is QQ 12 34 56 C; QQ is never issued, so it is safe to use in examples.",
                   "Temporary reference numbers (for example TN 12 03 85 M) are not NINOs and must not be entered in the NINO field. Numbers such as GB 12 34 56 A or AB 12 34 56 E are invalid and will be rejected by the CRM.",
                   "Please do not type real NINOs into e-mails; use the PRaP reference instead."], "Dear colleagues", s)
    return Case("no_claimant_data", "NINO-format guidance with only invalid/example NINOs and a TRN",
                (s.name, s.email), [W.sc_contact(SUPPLY[0]).addr, W.sc_contact(SUPPLY[1]).addr], "Data quality: NINO format reminder",
                text, html=hm(W), footer=True)


def claimant_generic(W, v):
    p = W.person()
    text = letter([["We are holding a jobs fair at Leeds Civic Hall on Thursday 20 March, 10am to 2pm, with more than 40 local employers recruiting now.",
                    "There is no need to book - just come along with a few copies of your CV."][0],
                   ["Employers attending include care homes, warehouses, retailers and the bus company. Disability Confident employers will be marked on the floor plan.",
                    "Our spring workshops (CV writing, interview skills and digital skills) are now open for booking through your Work Coach."][v],
                   "If you need help with travel costs to attend, please speak to your Work Coach."], f"Dear {p.first}")
    text += f"\n\nBest wishes,\n\nEmployment Services Team\n{ORG}"
    return Case("no_claimant_data", "generic event mail to a participant; greeting only, no personal data",
                SHARED, [(p.name, p.email)], ["Jobs fair - Thursday 20 March", "Spring workshops now open"][v], text, html=True, footer=True)


def dwp_meeting(W, v):
    s = W.staff("Contract Manager")
    pm = W.dwp_contact("dwp.gov.uk")
    if v == 0:
        text = letter(["Ahead of Thursday's performance review, the proposed agenda is:",
                       "1. Actions from January\n2. Starts against profile (412 v 430)\n3. Job outcome conversion by office\n4. Health and Wellbeing service take-up (31% of participants with a recorded health barrier)\n5. Early exits and complaints\n6. AOB",
                       "I will bring the aggregate MI; no participant-level data will be tabled."], f"Dear {pm.first}", s)
        return Case("no_claimant_data", "agenda to DWP with aggregate figures", (s.name, s.email), [pm.addr],
                    "WHP performance review - agenda 13 March", text, footer=ft(W))
    d = DOCX(); d.h("Contract Review Meeting - Minutes")
    d.para("Attendees: DWP Performance Manager; Contract Manager; Head of Delivery; Compliance Officer.")
    d.para("Item 3: Referrals recording a mental health condition as the primary barrier rose to 41%. Health and Wellbeing Advisers are now in all offices.")
    d.para("Item 4: Two data incidents were reported in the quarter, both contained. Refresher training on encryption has been completed by 96% of staff.")
    d.para("Item 5: The provider will share good news stories only with signed consent.")
    text = letter(["Please find attached the minutes of the contract review for your approval."], f"Dear {pm.first}", s)
    return Case("no_claimant_data", "meeting minutes DOCX with aggregate statements only", (s.name, s.email), [pm.addr],
                "Contract review minutes - February", text, footer=ft(W), atts=[A("Contract_Review_Minutes_Feb25.docx", DOCXT, d.bytes())])


def ops_misc(W, v):
    s = W.staff()
    if v == 0:
        text = letter(["Please note that our Bradford office will be closed on Friday 14 March for refurbishment. Appointments have been moved to the Forster Square office for that day.",
                       "Partners running courses in the Bradford training room should contact Facilities to rebook."], "Dear colleagues", s)
        return Case("no_claimant_data", "office closure notice", (s.name, s.email), [W.sc_contact().addr], "Bradford office closure - Friday 14 March",
                    text, footer=ft(W))
    ename, ec = emp_to(W)
    if v == 1:
        text = letter([f"Thank you for speaking at our Disability Confident breakfast on Tuesday. The session on making reasonable adjustments for applicants with hidden disabilities such as autism, epilepsy and mental health conditions was very well received.",
                       "We would love to feature your recruitment approach in our next employer newsletter, if you are happy for us to do so."], f"Dear {ec.first}", s)
        return Case("no_claimant_data", "employer thank-you mentioning conditions in general", (s.name, s.email), [ec.addr],
                    "Thank you - Disability Confident breakfast", text, html=True, footer=True)
    text = letter([f"Thanks for confirming the open day on 19 March. As discussed, your site recognises the GMB and the union learning representative will join the panel to explain the training on offer.",
                   "We will bring a group of around 15 candidates; names will follow once bookings close. Please let me know if you need anything for the room."], f"Dear {ec.first}", s)
    return Case("no_claimant_data", "employer open day; union recognition mentioned about nobody", (s.name, s.email), [ec.addr],
                "Open day 19 March - arrangements", text, html=hm(W), footer=ft(W))


# ---------------------------------------------------------------- relay: exemptions
def one_name(W, v):
    s = W.staff("Employer Engagement Adviser")
    p = W.person()
    cc = []
    if v == 0:
        ename, ec = emp_to(W); to = [ec.addr]
        subj = f"Interview confirmation - {p.job}"
        body = [f"Further to our conversation, I can confirm that {p.name} will attend interview for the {p.job} vacancy on {slot(W)}.", "Thank you for offering the interview."]
    elif v == 1:
        c = W.sc_contact(SUPPLY[0]); to = [c.addr]
        subj = "CSCS course booking"
        body = [f"Please can you book {p.name} onto the CSCS Health and Safety course starting on Monday 17 March.", "Many thanks."]
    elif v == 2:
        c = dwp_wc(W, "dwp.gov.uk"); to = [c.addr]
        subj = "Referral update"
        body = [f"Just to let you know that {p.name} attended the initial appointment today and has now started on the programme."]
    elif v == 3:
        ename, ec = emp_to(W); to = [ec.addr]
        subj = f"Interview - {p.name} - Thursday 13 March 2pm"
        body = ["Confirmed as per the subject line. The candidate will report to reception and ask for you."]
    elif v == 4:
        ename, ec = emp_to(W); to = [ec.addr]
        subj = "Start date confirmed"
        body = [f"Great news - {p.name} has accepted your offer and will start on Monday 17 March at 8am.", "Thank you for your support with this recruitment."]
    elif v == 5:
        ename, ec = emp_to(W); to = [ec.addr]; cc = [W.sc_contact(SUPPLY[1]).addr]
        subj = "Work trial - referral accepted"
        body = [f"The referral for {p.name} to the two-day work trial has been accepted; the trial starts {slot(W)}.", "Bridgeway will provide the in-work support contact."]
    else:
        c = dwp_wc(W, "jobcentreplus.gov.uk"); to = [c.addr]
        subj = "Jobs fair booking"
        body = [f"{p.name} has been booked onto the jobs fair on 20 March."]
    text = letter(body, "Good morning", s)
    return Case("one_name", "one participant name with an interview time / booking / status only", (s.name, s.email), to, subj, text,
                cc=cc, html=hm(W), footer=ft(W), truth=T(subjects=1))


def cv_to_claimant(W, v):
    p = W.person()
    s = W.staff("Work Coach")
    cv = cv_blocks(W, p)
    if v in (0, 3):
        pdf = PDF(); cv_to_pdf(pdf, cv); att = A(f"CV_{p.first}_{p.last}.pdf", PDFT, pdf.bytes())
    elif v == 2:
        att = A(f"{p.first}_{p.last}_CV.odt", ODTT, odt([("h", cv["name"])] + [("p", l) for l in cv_to_text(cv).split("\n")[1:] if l]))
    else:
        d = DOCX(); cv_to_docx(d, cv); att = A(f"{p.first}_{p.last}_CV_March2025.docx", DOCXT, d.bytes())
    text = letter(["As requested at your appointment, please find attached the latest version of your CV.",
                   "Have a look and let me know if you would like anything changed before we send it to employers."], f"Dear {p.first}", s)
    return Case("cv_to_claimant", "one clean CV to the participant's own consented address", SHARED if v % 2 else (s.name, s.email),
                [(p.name, p.email)], "Your updated CV", text, html=True if v == 3 else None, footer=v != 1,
                atts=[att], consent=[p.email], truth=T(contact=True, subjects=1, kinds=["cv"]))


def cvs_up_to_10(W, v):
    s = W.staff("Employer Engagement Adviser")
    ename, ec = emp_to(W)
    to = [ec.addr]
    html, facts = hm(W), {}
    if v == 0:
        ps = [W.person()]; atts = [A(f"CV_{ps[0].last}.pdf", PDFT, pdf_cvs(W, ps))]
    elif v == 1:
        ps = [W.person() for _ in range(3)]; atts = [A(f"CV_{p.first}_{p.last}.docx", DOCXT, docx_cv(W, p)) for p in ps]
    elif v == 2:
        ps = [W.person() for _ in range(10)]; atts = [A("Candidate_CVs_Warehouse_x10.pdf", PDFT, pdf_cvs(W, ps))]
        to = [W.sc_contact(SUPPLY[0]).addr]
    elif v == 3:
        ps = [W.person()]; cv = cv_blocks(W, ps[0]); atts = []
        intro = "Please see the candidate's CV below for the vacancy we discussed."
        text = letter([intro, cv_to_text(cv)], f"Dear {ec.first}", s)
        html = html_wrap(f"Dear {ec.first},\n\n{intro}", footer=False, extra_html=cv_to_html(cv))
        return Case("cvs_up_to_10", "one CV pasted into an HTML body, to an employer", (s.name, s.email), to, f"Candidate CV - {ps[0].job}",
                    text, html=html, footer=False, truth=T(contact=True, subjects=1, kinds=["cv"]))
    elif v == 4:
        ps = [W.person() for _ in range(2)]; atts = [A("Shortlist_CVs.pdf", PDFT, pdf_cvs(W, ps, negation=True))]
    else:
        ps = [W.person() for _ in range(4)]
        atts = [A("CVs_March.zip", "application/zip", zip_bytes([(f"CV_{p.last}.pdf", pdf_cvs(W, [p])) for p in ps]))]
    text = letter([f"Please find attached {len(ps)} CV{'s' if len(ps) > 1 else ''} for the {ps[0].job} vacancies." +
                   (" Each candidate has a clean driving licence and no convictions to declare." if v == 4 else ""),
                   "Let me know which candidates you would like to interview and I will arrange times."], f"Dear {ec.first if to == [ec.addr] else 'colleague'}", s)
    return Case("cvs_up_to_10", f"{len(ps)} CV(s) to employer/supply chain" + (" with negated convictions/health" if v == 4 else "") + (" in a zip" if v == 5 else ""),
                (s.name, s.email), to, "Candidate CVs", text, html=html, footer=ft(W), atts=atts,
                truth=T(contact=True, subjects=len(ps), kinds=["cv"]), facts={"cv_count": len(ps)})


def app_forms(W, v):
    s = W.staff("Employer Engagement Adviser")
    ename, ec = emp_to(W)
    kinds = ["application_form"]
    if v == 0:
        ps = [W.person()]; atts = [A(f"Application_{ps[0].last}.pdf", PDFT, pdf_app_forms(W, ps, ename))]
    elif v == 1:
        ps = [W.person()]; atts = [A(f"Application_Form_{ps[0].last}.docx", DOCXT, docx_app_form(W, ps[0], ename, disability="Prefer not to say"))]
    elif v == 2:
        ps = [W.person()]; atts = [A("Application_Form_completed.pdf", PDFT, pdf_app_forms(W, ps, ename, boxed=True))]
    elif v == 3:
        ps = [W.person(g) for _ in range(5) for g in "MF"]
        atts = [A("Joint_Applications_Residential_Couples.pdf", PDFT, pdf_app_forms(W, ps, ename, couple=True))]
        kinds = ["application_form_couple"]
    else:
        ps = [W.person() for _ in range(10)]
        atts = [A(f"Application_{i + 1:02d}_{p.last}.docx", DOCXT, docx_app_form(W, p, ename)) for i, p in enumerate(ps)]
    text = letter([f"Please find attached {'the completed application form' if len(ps) == 1 else 'the completed application forms'} for your current vacancies, as agreed.",
                   "Ages are included where the candidate was happy for us to share them."], f"Dear {ec.first}", s)
    return Case("application_forms_up_to_10", f"{len(atts) if v != 3 else 5} application form(s), {len(ps)} people, no NINO/DOB/bank",
                (s.name, s.email), [ec.addr], f"Application forms - {ename}", text, footer=ft(W), atts=atts,
                truth=T(contact=True, subjects=len(ps), kinds=kinds), facts={"people": len(ps)})


def letters_ok(W, v):
    s = W.staff("Work Coach")
    if v in (0, 1, 2):
        p = W.person()
        kind = ["interview", "offer", "appointment"][v]
        extra = ("If you have a health condition or disability that makes it hard to attend, please tell us so we can make reasonable adjustments." if v == 2 else None)
        if v == 1:
            att = A(f"Job_Offer_{p.last}.docx", DOCXT, docx_letter(W, p, kind))
        else:
            att = A(f"{'Interview' if v == 0 else 'Appointment'}_Letter_{p.last}.pdf", PDFT, pdf_letters(W, [p], [kind], extras={0: extra}))
        text = letter([f"Please find attached your {['interview', 'job offer', 'appointment'][v]} letter.", "If you have any questions, reply to this e-mail or call the office."], f"Dear {p.formal}")
        text += f"\n\nKind regards,\n\nEmployment Services Team\n{ORG}"
        return Case("letters_up_to_10", f"{kind} letter to the participant it is addressed to" + (" (with hypothetical health wording)" if v == 2 else ""),
                    SHARED, [(p.name, p.email)], ["Interview invitation", "Your job offer", "Your appointment"][v], text,
                    html=hm(W), footer=True, atts=[att],
                    truth=T(contact=True, subjects=1, kinds=[{"interview": "letter_interview", "offer": "letter_job_offer", "appointment": "letter_appointment"}[kind]]))
    n = {3: 10, 4: 3, 5: 6}[v]
    ps = [W.person() for _ in range(n)]
    kind = {3: "interview", 4: "interview", 5: "appointment"}[v]
    to = {3: [W.sc_contact(SUPPLY[0]).addr], 4: [emp_to(W)[1].addr], 5: [W.sc_contact(SUPPLY[1]).addr]}[v]
    att = A(f"{kind.title()}_Letters_x{n}.pdf", PDFT, pdf_letters(W, ps, [kind]))
    text = letter([f"Attached are {n} {kind} letters for the participants booked this week, for your records.", "Originals have been sent to the participants."], "Good afternoon", s)
    return Case("letters_up_to_10", f"bundle of {n} {kind} letters in one PDF", (s.name, s.email), to, f"{kind.title()} letters - w/c 10 March", text,
                footer=ft(W), atts=[att], truth=T(contact=True, subjects=n, kinds=["letter_" + kind]), facts={"letters": n})


def names_list(W, v):
    s = W.staff("Administration Officer")
    if v == 0:
        cols = ["Surname", "Initial", "NINO", "Reference", "Start date"]; n = 120
        rows = name_rows(W, n, cols)
        att = A("Starts_Tracker_Feb25.xlsx", XLSXT, xlsx([("Summary", ["Office", "Starts"], [(t, W.r.randint(5, 25)) for t in TOWNS[:5]], False),
                                                           ("Starts", cols, rows, False)]))
        to, subj, nin = [W.sc_contact(SUPPLY[0]).addr], "February starts tracker", n
    elif v == 1:
        cols = ["Surname", "Forename", "Reference", "Appointment"]; n = 500
        att = A("Caseload_transfer_list.csv", "text/csv", csv_bytes(cols, name_rows(W, n, cols)))
        to, subj, nin = [W.sc_contact(SUPPLY[1]).addr], "Caseload transfer list (500)", 0
    elif v == 2:
        ename, ec = emp_to(W)
        rows = [(f, l, slot(W)) for f, l in ((W.f.first_name(), W.f.last_name()) for _ in range(6))]
        table = "\n".join(f"{a} {b} - {c}" for a, b, c in rows)
        text = letter(["Here are the interview slots for Thursday's recruitment day:", table, "Candidates will bring their own ID."], f"Dear {ec.first}", s)
        return Case("names_list_500", "list of 6 names with interview slots in the body", (s.name, s.email), [ec.addr],
                    "Interview schedule - recruitment day", text, html=hm(W), footer=ft(W), truth=T(subjects=6, kinds=["name_list"]))
    elif v == 3:
        cols = ["Surname", "Initial", "NINO"]; n = 45
        att = A("Course_Allocation.xlsx", XLSXT, xlsx([("Overview", ["Course", "Places"], [("Forklift", 12), ("Food Hygiene", 20), ("CSCS", 13)], False),
                                                        ("Participants", cols, name_rows(W, n, cols), True)]))
        to, subj, nin = [W.sc_contact(SUPPLY[1]).addr], "Course allocation - March", n
    else:
        cols = ["Surname", "Initial", "Course date", "Status"]; n = 25
        d = DOCX(); d.h("Attendance register - Employability Skills"); d.table(cols, name_rows(W, n, cols))
        att = A("Attendance_Register.docx", DOCXT, d.bytes())
        to, subj, nin = [W.sc_contact(SUPPLY[0]).addr], "Attendance register", 0
    text = letter(["Please find attached the list as discussed. It contains names and references only, plus the dates you need."], "Good morning", s)
    return Case("names_list_500", f"list of {n} names (surname/initial, NINO/ref, dates only)" + (" on a hidden sheet" if v == 3 else ""),
                (s.name, s.email), to, subj, text, footer=ft(W), atts=[att], truth=T(ninos=nin, subjects=n, kinds=["name_list"]), facts={"rows": n})


def nino_only(W, v):
    s = W.staff("Data Officer")
    n = [650, 40, 800][v]
    ninos = [W.nino() for _ in range(n)]
    if v == 1:
        text = letter(["Please check the following NINOs against your records and confirm which are on your caseload:", "\n".join(ninos)], "Hi", s)
        return Case("nino_only_list", "40 NINOs in the body, nothing else", (s.name, s.email), [W.sc_contact(SUPPLY[1]).addr],
                    "NINO reconciliation", text, footer=ft(W), truth=T(ninos=n, subjects=n, kinds=["nino_list"]))
    if v == 0:
        att = A("nino_reconciliation.csv", "text/csv", csv_bytes(["NINO"], [[x] for x in ninos]))
        to = [W.sc_contact(SUPPLY[0]).addr]
    else:
        att = A("NINO_sample_Q4.xlsx", XLSXT, xlsx([("NINOs", ["NINO"], [[x] for x in ninos], False)]))
        to = [("Audit Team", "audit@cobalt-assurance.co.uk")]
    text = letter(["Attached is the NINO-only extract for the quarterly reconciliation. It holds no other information."], "Good afternoon", s)
    return Case("nino_only_list", f"NINO-only list of {n} (over 500, no limit)", (s.name, s.email), to, "Quarterly NINO reconciliation",
                text, footer=ft(W), atts=[att], truth=T(ninos=n, subjects=n, kinds=["nino_list"]))


def dwp_names(W, v):
    s = W.staff("Administration Officer")
    c = dwp_wc(W, ["dwp.gov.uk", "jobcentreplus.gov.uk", "dwp.gsi.gov.uk"][v])
    if v == 2:
        rows = name_rows(W, 12, ["Surname", "Initial", "NINO", "Appointment"])
        text = letter(["The following participants have appointments booked with us next week:", "\n".join("  ".join(r) for r in rows)], f"Dear {c.first}", s)
        return Case("dwp_names_list", "12 names + NINOs + appointment dates in body, to DWP", (s.name, s.email), [c.addr],
                    "WHP appointments next week", text, footer=ft(W), truth=T(ninos=12, subjects=12, kinds=["name_list"]))
    n = [60, 300][v]
    cols = ["Surname", "Initial", "NINO", "Start date"]
    rows = name_rows(W, n, cols)
    att = (A("WHP_starts_for_JCP.xlsx", XLSXT, xlsx([("Starts", cols, rows, False)])) if v == 0
           else A("WHP_starts_for_JCP.csv", "text/csv", csv_bytes(cols, rows)))
    text = letter([f"Please find attached the list of {n} participants who started on the programme in February, for your records."], f"Dear {c.first}", s)
    return Case("dwp_names_list", f"list of {n} names + NINOs to DWP", (s.name, s.email), [c.addr], "WHP February starts - list",
                text, footer=ft(W), atts=[att], truth=T(ninos=n, subjects=n, kinds=["name_list"]))


def dwp_forms(W, v):
    p = W.person()
    s = W.staff("Administration Officer")
    kind = ["ucnea1", "ucnea1", "gns", "gns", "gns"][v]
    to = [[dwp_wc(W, "jobcentreplus.gsi.gov.uk").addr], [dwp_wc(W, "dwp.gov.uk").addr], [W.dwp_contact("dwp.gsi.gov.uk").addr],
          [("WHP Provider Inbox", DWP_DESIGNATED)], [dwp_wc(W, "dwp.gov.uk").addr]][v]
    sender = (s.name, s.email) if v in (0, 1, 2) else ("WHP Data Exchange", PROV_DESIGNATED)
    sens = "Before joining, they had struggled with anxiety and low mood and had not left the house much; weekly sessions with our Health and Wellbeing Adviser made the difference." if v == 3 else None
    if v in (1, 4):
        att = A(f"{FORMNAME[kind].replace(' ', '_')}_{p.ref}.pdf", PDFT, form_pdf(W, [p], kind, sens))
    else:
        att = A(f"{FORMNAME[kind].replace(' ', '_')}_{p.ref}.docx", DOCXT, form_docx(W, p, kind, sens))
    text = letter([f"Please find attached one {FORMNAME[kind]} (reference {p.ref})."], "Good morning", s if sender[1] == s.email else None)
    if sender[1] != s.email:
        text += f"\n\nKind regards,\n\nWHP Data Exchange Team\n{ORG}"
    sp = ["mental_health"] if sens else []
    return Case("dwp_ucnea1_gns", f"one {FORMNAME[kind]} to a DWP address" + (" (health detail inside the record)" if sens else ""),
                sender, to, f"{FORMNAME[kind]} - {p.ref}", text, footer=ft(W), atts=[att],
                truth=T(ninos=1 if kind == "ucnea1" else 0, special=sp, subjects=1, kinds=[KIND[kind]]))


def dwp_c15(W, v):
    p = W.person()
    kind = ["exit", "coc", "whp_eb", "exit", "coc"][v]
    sender, to = ("WHP Data Exchange", PROV_DESIGNATED), [("WHP Provider Inbox", DWP_DESIGNATED)]
    atts = []
    if v == 1:
        body = [f"Please find below one {FORMNAME[kind]} notification.", form_text(W, p, kind)]
    else:
        body = [f"Please find attached one {FORMNAME[kind]} (reference {p.ref})."]
        if v == 2:
            title, rows = form_rows(W, p, kind)
            atts = [A(f"WHP_EB_Customer_Form_{p.ref}.xlsx", XLSXT, xlsx([("Form", ["Field", "Value"], rows, False)]))]
        elif v == 3:
            atts = [A(f"Exit_Report_{p.ref}.pdf", PDFT, form_pdf(W, [p], kind, "Limited recent work history; no driving licence"))]
        else:
            atts = [A(f"{FORMNAME[kind].replace(' ', '_')}_{p.ref}.docx", DOCXT, form_docx(W, p, kind))]
    text = letter(body, "Good morning") + f"\n\nKind regards,\n\nWHP Data Exchange Team\n{ORG}"
    return Case("dwp_c15_process", f"one {FORMNAME[kind]} record, designated inbox to designated inbox", sender, to,
                f"WHP {FORMNAME[kind]} - {p.ref}", text, footer=ft(W), atts=atts,
                truth=T(ninos=1, subjects=1, kinds=[KIND[kind]]))


def forward_sc(W, v):
    p = W.person()
    s = W.staff("Team Leader")
    c = W.sc_contact(SUPPLY[v % 2])
    kind = ["coc", "whp_eb", "exit"][v]
    dwpfrom = f"WHP Provider Inbox <{DWP_DESIGNATED}>"
    provto = f"WHP Data Exchange <{PROV_DESIGNATED}>"
    intro = [f"Forwarding for action - this is your participant. One record only; please delete once actioned."]
    if v == 1:
        quoted = "\n".join("> " + l for l in form_text(W, p, kind).split("\n"))
        text = letter(intro + ["-----Original Message-----\nFrom: " + dwpfrom + "\nSent: 28 February 2025 15:02\nTo: " + provto +
                               f"\nSubject: {FORMNAME[kind]} - {p.ref}\n\n" + quoted], f"Hi {c.first}", s)
        return Case("forward_subcontractor", "inline-quoted forward of one DWP record to an approved subcontractor", (s.name, s.email),
                    [c.addr], f"FW: {FORMNAME[kind]} - {p.ref}", text, footer=ft(W), truth=T(ninos=1, subjects=1, kinds=[KIND[kind]]))
    if v == 0:
        inner = inner_msg(dwpfrom, provto, f"{FORMNAME[kind]} - {p.ref}", "Please see below.\n\n" + form_text(W, p, kind))
    else:
        inner = inner_msg(dwpfrom, provto, f"{FORMNAME[kind]} - {p.ref}", "Please find attached.",
                          [(f"Exit_Report_{p.ref}.docx", DOCXT, form_docx(W, p, kind))])
    text = letter(intro, f"Hi {c.first}", s)
    return Case("forward_subcontractor", "forward of one DWP record as a nested message/rfc822", (s.name, s.email), [c.addr],
                f"FW: {FORMNAME[kind]} - {p.ref}", text, footer=ft(W), atts=[{"msg": inner}],
                truth=T(ninos=1, subjects=1, kinds=[KIND[kind]]))


def junk_b64(W, n):
    import base64
    return base64.b64encode(bytes(W.r.randrange(256) for _ in range(n))).decode()


def already_encrypted(W, v):
    s = W.staff()
    c = [W.sc_contact(SUPPLY[0]), W.employer()[2], W.sc_contact(SUPPLY[1]), dwp_wc(W, "dwp.gov.uk")][v]
    subj = ["Referral documents", "Candidate paperwork", "Case notes", "[ENCRYPT] Case papers"][v]
    m = EmailMessage()
    if v in (0, 3):
        der = bytes.fromhex("3082") + struct.pack(">H", 1400) + bytes.fromhex("06092a864886f70d010703a082") + struct.pack(">H", 1380) + \
              bytes(W.r.randrange(256) for _ in range(1380))
        m.set_content(der, maintype="application", subtype="pkcs7-mime", params={"smime-type": "enveloped-data", "name": "smime.p7m"},
                      disposition="attachment", filename="smime.p7m")
        notes = "S/MIME enveloped-data" + (" with [ENCRYPT] in subject" if v == 3 else "")
    elif v == 1:
        p1 = EmailMessage(); p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
        armour = "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(junk_b64(W, 48) for _ in range(20)) + "\n=k3Qx\n-----END PGP MESSAGE-----\n"
        p2 = EmailMessage(); p2.set_content(armour.encode(), maintype="application", subtype="octet-stream", cte="7bit",
                                            disposition="inline", filename="encrypted.asc")
        m["Content-Type"] = 'multipart/encrypted; protocol="application/pgp-encrypted"'
        m.set_payload([p1, p2])
        notes = "PGP/MIME multipart/encrypted"
    else:
        armour = "-----BEGIN PGP MESSAGE-----\nVersion: GnuPG v2\n\n" + "\n".join(junk_b64(W, 48) for _ in range(16)) + "\n=Pw9a\n-----END PGP MESSAGE-----\n"
        m.set_content(armour)
        notes = "inline PGP armoured body"
    return Case("already_encrypted", notes, (s.name, s.email), [c.addr], subj, raw=m)


# ---------------------------------------------------------------- encrypt
def special(W, v):
    s = W.staff(W.r.choice(["Work Coach", "Senior Work Coach", "Health and Wellbeing Adviser", "Team Leader"]))
    p = W.person("M" if v in (5, 10, 12, 15, 16) else None)
    sc, ename_ec = W.sc_contact(), emp_to(W)
    ename, ec = ename_ec
    atts, html, cc = [], hm(W), []
    kinds, contact, children, subjects = [], False, False, 1
    if v == 0:
        to, sp, subj = [sc.addr], ["health"], "Course start - update"
        body = [f"My client {p.name} is recovering from a knee operation and won't be able to attend the course until April. Can we hold {p.his} place?"]
    elif v == 1:
        to, sp, subj = [ec.addr], ["health"], f"{p.job} - candidate"
        body = [f"Thank you for agreeing to see {p.name} on {slot(W)}.", f"{p.he.capitalize()} has asked me to mention that {p.he} has type 2 diabetes and will need a short break mid-shift to eat."]
    elif v == 2:
        to, sp, subj = [W.sc_contact(SUPPLY[1]).addr], ["health"], "Room booking for workshop"
        body = [f"{p.name} is booked on Thursday's workshop. {p.he.capitalize()} is a wheelchair user, so please make sure it is in the ground-floor room."]
    elif v == 3:
        to, sp, subj = [W.sc_contact(SUPPLY[1]).addr], ["mental_health"], "Wellbeing referral"
        body = [f"I would like to refer {p.name} ({p.ref}) to your wellbeing service.", f"{p.he.capitalize()} has been on medication for anxiety and depression since last summer and says {p.his} mood has been low again. {p.he.capitalize()} is happy for you to call."]
    elif v == 4:
        to, sp, subj = [("Referrals", "referrals@pathways-recovery.org.uk")], ["substance"], "Referral - recovery support"
        body = [f"Following our call, I am referring {p.name}. {p.he.capitalize()} has told me {p.he} has been drinking heavily since losing {p.his} job and wants help to cut down before starting work."]
    elif v == 5:
        to, sp, subj = [ec.addr], ["criminal"], "Candidate - warehouse roles"
        body = [f"{p.name} would be a good fit for the night-shift roles. To be open with you, he was released from prison in January and is on licence until next year.",
                "His probation officer, Karen Hill, is supportive and happy to provide a reference."]
    elif v == 6:
        d = DOCX(); d.h("Case Conference - Minutes")
        d.kv([("Participant", p.name), ("Reference", p.ref), ("Date", "27/02/2025"),
              ("Present", "Work Coach; Health and Wellbeing Adviser; Probation officer (Mark Sutton); Northstar tutor")])
        d.para(f"{p.first} reported ongoing problems with anxiety and sleeping. {p.he.capitalize()} is engaging with the community drug and alcohol team and has been abstinent from cannabis for six weeks.")
        d.para(f"The probation officer confirmed {p.he} is subject to a community order for a theft offence until October.")
        d.para("Actions: Health and Wellbeing Adviser to review weekly; tutor to keep group sessions small.")
        atts = [A(f"Case_Conference_{p.ref}.docx", DOCXT, d.bytes())]
        to, sp, subj = [W.sc_contact(SUPPLY[0]).addr], ["criminal", "mental_health", "substance"], f"Case conference minutes - {p.ref}"
        body = ["Please find attached the minutes of Thursday's case conference for your file."]
    elif v == 7:
        pdf = PDF(); pdf.page(); pdf.letterhead(); pdf.h("Safeguarding Referral")
        pdf.kv([("Name", p.name), ("Address", f"{p.addr1}, {p.town} {p.postcode}"), ("Telephone", p.phone),
                ("Children in household", "Two: a daughter aged 4 and a son aged 9"),
                ("Concern", f"During today's appointment {p.first} disclosed suicidal thoughts and said {p.he} had stopped taking {p.his} antidepressants."),
                ("Action taken", "Crisis team number given; participant agreed to see GP tomorrow."), ("Referrer", s.name)])
        atts = [A("Safeguarding_Referral.pdf", PDFT, pdf.bytes())]
        to, sp, subj = [("Safeguarding Hub", "safeguarding.hub@westmoor-council.gov.uk")], ["mental_health"], "Safeguarding referral - urgent"
        body = ["Please find attached a safeguarding referral made today. I am available on the number below."]
        contact, children, kinds = True, True, ["letter_other"]
        kinds = []
    elif v == 8:
        rows = [("Participant", p.name), ("Reference", p.ref), ("Offence history", "Assault occasioning ABH (2019); served 14 months"),
                ("MAPPA", "Level 1 - managed by probation"), ("Probation officer", "Janet Cole"), ("Risk to staff", "Low - no incidents since release"),
                ("Controls", "Appointments in open-plan area; not with lone female staff")]
        atts = [A(f"Risk_Assessment_{p.ref}.xlsx", XLSXT, xlsx([("Risk assessment", ["Item", "Detail"], rows, False)]))]
        to, sp, subj = [W.sc_contact(SUPPLY[1]).addr], ["criminal"], "Risk assessment for course attendance"
        body = ["Attached is the risk assessment for the participant joining your group session on Monday."]
    elif v == 9:
        d = DOCX(); d.h("Referral to ESOL provision")
        d.kv([("Name", p.name), ("Reference", p.ref), ("First language", "Tigrinya"), ("Ethnic group", "Black African - Eritrean"),
              ("Current English level", "Entry 2"), ("Availability", "Mornings")])
        atts = [A(f"ESOL_Referral_{p.last}.docx", DOCXT, d.bytes())]
        to, sp, subj = [W.sc_contact(SUPPLY[0]).addr], ["ethnicity"], "ESOL referral"
        body = ["Please find attached an ESOL referral. The equality section was completed with the participant's agreement."]
    elif v == 10:
        to, sp, subj = [W.sc_contact(SUPPLY[1]).addr], ["sexual_orientation"], "Mentor allocation"
        body = [f"Could you allocate a mentor for {p.name}? He is gay and was bullied about it at his last job, so he would really value a mentor who is LGBT+ aware."]
    elif v == 11:
        to, sp, subj = [ec.addr], ["religion"], "Shift pattern query"
        body = [f"{p.name} is very interested in the role. {p.he.capitalize()} is a practising Muslim and would need a short break for prayers on Friday lunchtimes - is that something you can accommodate?"]
    elif v == 12:
        to, sp, subj = [ec.addr], ["trade_union"], "In-work support - review meeting"
        body = [f"Ahead of the review meeting next week, {p.name} has asked me to let you know that he is a member of Unite and would like his union representative to attend with him."]
    elif v == 13:
        atts = [A(f"CV_{p.last}.pdf", PDFT, pdf_cvs(W, [p], health="Epilepsy - well controlled with medication, no seizures for 3 years"))]
        to, sp, subj = [ec.addr], ["health"], "Candidate CV"
        body = ["Please find attached a CV for the vacancy we discussed."]
        contact, kinds = True, ["cv"]
    elif v == 14:
        atts = [A(f"Application_{p.last}.pdf", PDFT, pdf_app_forms(W, [p], ename, disability="Yes - bad back (slipped disc); cannot lift more than 10kg"))]
        to, sp, subj = [ec.addr], ["health"], f"Application form - {ename}"
        body = ["Please find attached a completed application form."]
        contact, kinds = True, ["application_form"]
    elif v == 15:
        atts = [A(f"Good_News_Story_{p.ref}.docx", DOCXT, form_docx(W, p, "gns"))]
        to, sp, subj = [W.dwp_contact("dwp.gov.uk").addr], ["health"], f"Good News Story - {p.ref}"
        body = [f"Please find attached a Good News Story for {p.first}. You may remember he had to pause the programme last year for his cancer treatment, so this is a great result."]
        kinds = ["good_news_story"]
    elif v == 16:
        atts = [A(f"Exit_Report_{p.ref}.docx", DOCXT, form_docx(W, p, "exit"))]
        s = None
        to, sp, subj = [("WHP Provider Inbox", DWP_DESIGNATED)], ["substance"], f"WHP Exit Report - {p.ref}"
        body = ["Please find attached one Exit Report.", "Note for the Work Coach: he relapsed with his drinking in January, which is why his attendance dropped."]
        kinds = ["exit_report"]
        text = letter(body, "Good morning") + f"\n\nKind regards,\n\nWHP Data Exchange Team\n{ORG}"
        return Case("encrypt_special_category", "one Exit Report designated->designated, but substance misuse in covering text",
                    ("WHP Data Exchange", PROV_DESIGNATED), to, subj, text, footer=ft(W), atts=atts,
                    truth=T(ninos=1, special=sp, subjects=1, kinds=kinds))
    elif v == 17:
        partner = W.person("M" if p.gender == "F" else "F")
        to, sp, subj = [(partner.name, partner.email)], ["mental_health"], f"Re: {p.first}"
        body = [f"Thank you for calling about {p.name} this morning. I understand {p.he} has been struggling with {p.his} depression again and did not feel able to come in.",
                f"Please let {p.him} know there is no problem and we can do the next appointment by phone."]
        text = letter(body, f"Dear {partner.first}", s)
        return Case("encrypt_special_category", "mental-health detail sent to the participant's partner (third party at a webmail domain)",
                    (s.name, s.email), to, subj, text, footer=ft(W), truth=T(special=sp, subjects=1))
    elif v == 18:
        to, sp, subj = [ec.addr], ["health"], f"{p.name} - back operation - start date"
        body = ["As discussed, could we push the start date back two weeks? The surgeon has now given a date."]
    else:
        to, sp, subj = [ec.addr], ["health"], "Interview adjustments"
        body = [f"{p.name} is confirmed for interview on {slot(W)}. {p.he.capitalize()} is profoundly deaf and uses a BSL interpreter; we will arrange and pay for the interpreter."]
        html = True
    text = letter(body, "Good morning", s)
    return Case("encrypt_special_category", f"special category ({', '.join(sp)}) about an identified participant", (s.name, s.email), to, subj, text,
                cc=cc, html=html, footer=ft(W), atts=atts,
                truth=T(special=sp, children=children, contact=contact, subjects=subjects, kinds=kinds))


def nino_forms(W, v):
    s = W.staff()
    p = W.person()
    sc = W.sc_contact()
    ename, ec = emp_to(W)
    atts, headers, html, kinds, contact = [], {}, hm(W), [], False
    to = [sc.addr]
    subj = "Participant update"
    if v == 0:
        body = [f"Please add {p.name}, NI {nino_fmt(p.nino, 'spaced')}, to Monday's register."]
    elif v == 1:
        to, subj = [ec.addr], "Payroll set-up"
        body = [f"For payroll set-up for {p.name}, who starts on Monday: NI number {nino_fmt(p.nino, 'dotted')}."]
    elif v == 2:
        to, subj = [dwp_wc(W, "dwp.gov.uk").addr], "Claim query"
        body = [f"Could you check whether the claim for {p.name} ({nino_fmt(p.nino, 'lower')}) is still live? {p.he.capitalize()} has not been in touch."]
    elif v == 3:
        body = [f"Please enrol {p.name} on the forklift course. For the awarding body the NINO is {p.nino[:6]}\n{p.nino[6:]} and the course starts on 17 March."]
        html = None
    elif v == 4:
        subj = f"Timesheet w/e 28/02 - {p.nino}"
        body = ["Timesheet received and checked - all hours confirmed."]
    elif v == 5:
        to, subj = [ec.addr], "Candidate CV"
        atts = [A(f"CV_{p.nino}.pdf", PDFT, pdf_cvs(W, [p]))]
        body = ["Please find attached a CV for your consideration."]
        kinds, contact = ["cv"], True
    elif v == 6:
        headers = {"X-Participant-NINO": p.nino, "X-CRM-Case": p.ref}
        subj = "Course booking"
        body = [f"Please book {p.name} onto the Food Hygiene course on 18 March."]
    elif v == 7:
        to = [(f"Referrals - {nino_fmt(p.nino, 'spaced')}", "referrals@" + SUPPLY[1])]
        subj = "Course booking"
        body = [f"Please book {p.name} onto the Food Hygiene course on 18 March."]
    elif v == 8:
        to = [(p.name, p.email)]
        atts = [A(f"Interview_Letter_{p.last}.pdf", PDFT, pdf_letters(W, [p], ["interview"], nino_in=0))]
        subj = "Interview invitation"
        body = ["Please find attached your interview letter."]
        kinds, contact = ["letter_interview"], True
    elif v == 9:
        to, subj = [ec.addr], f"Application form - {ename}"
        atts = [A(f"Application_{p.last}.pdf", PDFT, pdf_app_forms(W, [p], ename, nino=True))]
        body = ["Please find attached a completed application form."]
        kinds, contact = ["application_form"], True
    else:
        d = DOCX(); d.h("Referral summary")
        d.kv([("Name", p.name), ("National Insurance number", p.nino), ("Reference", p.ref), ("Course", "Warehouse Skills, 17 March")])
        atts = [A("Referral.pdf", PDFT, d.bytes())]
        subj = "Referral"
        body = ["Referral attached (sorry, the file may open in Word)."]
    text = letter(body, "Good morning", s)
    notes = ["spaced NINO", "dotted NINO to employer payroll", "lower-case NINO to DWP", "NINO split across a line break",
             "NINO in subject only", "NINO in attachment file name", "NINO in an X- header", "NINO in a recipient display name",
             "interview letter to the participant carrying the NINO", "application form with NINO", "file named .pdf whose bytes are a DOCX holding a NINO"][v]
    return Case("encrypt_nino", notes, (s.name, s.email), to, subj, text, html=html, footer=ft(W), atts=atts, headers=headers,
                truth=T(ninos=1, contact=contact, subjects=1, kinds=kinds),
                guidance="¶27, ¶33" if v in (1, 9) else None)


def dob_bank(W, v):
    s = W.staff()
    p = W.person()
    ename, ec = emp_to(W)
    sc = W.sc_contact()
    atts, dob, bank, kinds, contact, to = [], False, False, [], False, [sc.addr]
    if v == 0:
        to, subj = [ec.addr], "Candidate for Monday"
        body = [f"{p.name} (born {dob_fmt(p.dob, 'words')}) will come in on Monday for the trial shift."]; dob = True
    elif v == 1:
        d = DOCX(); d.h("Course referral")
        d.kv([("Name", p.name), ("DOB", dob_fmt(p.dob, "numeric")), ("Course", "Level 2 Customer Service"), ("Start", "17/03/2025")])
        atts = [A(f"Referral_{p.last}.docx", DOCXT, d.bytes())]
        subj, body, dob = "Course referral", ["Referral attached."], True
    elif v == 2:
        atts = [A("awarding_body_upload.csv", "text/csv", csv_bytes(["name", "date_of_birth", "course"], [[p.name, dob_fmt(p.dob, "iso"), "FLT-CB"]]))]
        subj, body, dob = "Awarding body registration", ["Registration file for the forklift candidate attached."], True
    elif v == 3:
        subj = "Travel expenses"
        body = [f"Please reimburse {p.name}'s travel for the course directly: sort code 30-99-{W.r.randint(10, 99)}, account number {W.r.randrange(10 ** 7, 10 ** 8)}."]; bank = True
    elif v == 4:
        to, subj = [("Bursary Team", "bursaries@yorkshire-hgv-academy.co.uk")], "Bursary payment"
        body = [f"The bursary for {p.name} should be paid to IBAN {iban_gb(W.r)}."]; bank = True
    elif v == 5:
        to, subj = [("Bookings", "bookings@northern-test-centres.co.uk")], "Refund request"
        card = luhn_complete("4" + "".join(str(W.r.randrange(10)) for _ in range(14)))
        body = [f"{p.name} paid the test deposit with {p.his} own debit card by mistake. Please refund it to card {' '.join(card[i:i + 4] for i in range(0, 16, 4))}."]; bank = True
    else:
        to, subj = [ec.addr], f"Application form - {ename}"
        atts = [A(f"Application_{p.last}.pdf", PDFT, pdf_app_forms(W, [p], ename, dob=True))]
        body, dob, kinds, contact = ["Please find attached a completed application form."], True, ["application_form"], True
    text = letter(body, "Good morning", s)
    return Case("encrypt_dob_bank", ["DOB in words", "DOB numeric in DOCX", "DOB ISO in CSV", "sort code and account", "IBAN", "Luhn-valid card number",
                                     "application form with DOB"][v], (s.name, s.email), to, subj, text, html=hm(W), footer=ft(W), atts=atts,
                truth=T(dob=dob, bank=bank, contact=contact, subjects=1, kinds=kinds))


def benefit_children(W, v):
    s = W.staff()
    p = W.person("M" if v == 3 else "F" if v == 2 else None)
    ename, ec = emp_to(W)
    ben = chi = False
    if v == 0:
        to, subj = [W.sc_contact(SUPPLY[0]).addr], "Attendance"
        body = [f"{p.name}'s Universal Credit has been sanctioned for 28 days, about £13.24 a day, after the missed appointment, so {p.he} may struggle with bus fares. Can you offer the bus pass?"]; ben = True
    elif v == 1:
        to, subj = [W.sc_contact(SUPPLY[1]).addr], "Travel support"
        body = [f"{p.name} gets £91.15 a week Jobseeker's Allowance and cannot cover the travel to the course up front."]; ben = True
    elif v == 2:
        to, subj = [ec.addr], "Part-time hours"
        body = [f"{p.name} would love the role but has two children, aged three and six, so can only work school hours."]; chi = True
    elif v == 3:
        to, subj = [W.sc_contact(SUPPLY[0]).addr], "Course times"
        body = [f"{p.name} can only attend from 9:30 as he drops his son Tyler, who is eight, at school first."]; chi = True
    else:
        to, subj = [("Income Team", "income@leodis-homes.org.uk")], "Tenant support"
        body = [f"In support of {p.name}'s arrears plan: {p.he} receives Housing Benefit of £95.50 a week and the PIP daily living component, and starts a 16-hour job next week."]; ben = True
    text = letter(body, "Good morning", s)
    return Case("encrypt_benefit_children", ["UC sanction with amount", "JSA weekly amount", "children's ages in words", "child's name and age", "HB and PIP amounts to a housing association"][v],
                (s.name, s.email), to, subj, text, html=hm(W), footer=ft(W), truth=T(benefit=ben, children=chi, subjects=1))


def beyond_name(W, v):
    s = W.staff("Employer Engagement Adviser")
    p = W.person()
    ename, ec = emp_to(W)
    to = [ec.addr]
    subj = "Candidate for interview"
    if v == 0:
        body = [f"{p.name} will attend on {slot(W)}. If there are any changes you can reach {p.him} on {p.phone}."]
    elif v == 1:
        body = [f"The offer letter for {p.name} should go to {p.addr1}, {p.town}."]
        subj = "Offer letter address"
    elif v == 2:
        subj = f"Interview - {p.name} ({p.postcode})"
        body = ["Confirmed for Tuesday at 10am, thank you."]
    elif v == 3:
        body = [f"{p.name} is happy for you to contact {p.him} directly at {p.email} about the interview on {slot(W)}."]
    elif v == 4:
        body = [f"Please call {p.name} on {p.phone} to arrange the trial shift."]
    else:
        to, subj = [dwp_wc(W, "jobcentreplus.gov.uk").addr], "New contact number"
        body = [f"{p.name} has changed {p.his} number - the new mobile is {p.phone}."]
    text = letter(body, "Good morning", s)
    return Case("encrypt_beyond_name", ["name + mobile", "name + home address", "name + postcode in subject", "name + personal e-mail",
                                        "name + phone in HTML", "name + phone to DWP"][v], (s.name, s.email), to, subj, text,
                html=True if v == 4 else hm(W), footer=ft(W), truth=T(contact=True, subjects=1))


def over_limit(W, v):
    s = W.staff("Employer Engagement Adviser")
    ename, ec = emp_to(W)
    to, g = [ec.addr], None
    if v in (0, 1):
        n = [11, 14][v]; ps = [W.person() for _ in range(n)]
        if v == 1:
            to = [W.sc_contact(SUPPLY[0]).addr]
        atts = [A(f"CV_pack_{n}.pdf", PDFT, pdf_cvs(W, ps))]
        tr, g, note = T(contact=True, subjects=n, kinds=["cv"]), "¶21", f"{n} CVs in one PDF"
    elif v == 2:
        ps = [W.person(g_) for _ in range(6) for g_ in "MF"]
        atts = [A("Joint_Applications.pdf", PDFT, pdf_app_forms(W, ps, ename, couple=True))]
        tr, g, note = T(contact=True, subjects=12, kinds=["application_form_couple"]), "¶24", "6 couple application forms (12 people)"
    elif v == 3:
        ps = [W.person() for _ in range(11)]
        atts = [A(f"Application_{i + 1:02d}.docx", DOCXT, docx_app_form(W, p, ename)) for i, p in enumerate(ps)]
        tr, g, note = T(contact=True, subjects=11, kinds=["application_form"]), "¶22", "11 single application forms"
    elif v == 4:
        ps = [W.person() for _ in range(11)]
        to = [W.sc_contact(SUPPLY[0]).addr]
        atts = [A("Interview_Letters_x11.pdf", PDFT, pdf_letters(W, ps, ["interview"]))]
        tr, g, note = T(contact=True, subjects=11, kinds=["letter_interview"]), "¶24", "11 interview letters in one PDF"
    elif v == 5:
        cols = ["Surname", "Initial", "Reference", "Appointment"]
        to = [W.sc_contact(SUPPLY[1]).addr]
        atts = [A("Caseload_list.csv", "text/csv", csv_bytes(cols, name_rows(W, 501, cols)))]
        tr, g, note = T(subjects=501, kinds=["name_list"]), "¶31", "list of 501 names"
    else:
        ps = [W.person(), W.person()]
        to = [W.sc_contact(SUPPLY[0]).addr]
        atts = [A(f"CoC_{p.ref}.docx", DOCXT, form_docx(W, p, "coc")) for p in ps]
        tr, g, note = T(ninos=2, subjects=2, kinds=["change_of_circumstances"]), "C15 ¶53", "forwarding two participant records to a subcontractor"
    text = letter(["Please find attached as requested."], "Good afternoon", s)
    return Case("encrypt_over_limit", note, (s.name, s.email), to, "Documents as requested" if v != 6 else "FW: Changes of circumstances",
                text, footer=ft(W), atts=atts, truth=tr, guidance=g)


def list_forbidden(W, v):
    s = W.staff("Administration Officer")
    extra = ["Date of birth", "Postcode", "Mobile", "UC monthly award", None][v]
    to = [W.sc_contact(SUPPLY[v % 2]).addr]
    if v == 2:
        to = [emp_to(W)[1].addr]
    n = [40, 80, 8, 30, 35][v]
    if v == 4:
        cols = ["Surname", "Initial", "NINO"]
        rows = name_rows(W, n, cols)
        contacts = [(r_[0], r_[1], f"{W.r.randint(1, 180)} {W.f.street_name()}, {W.r.choice(TOWNS)}", drama_mobile(W.r)) for r_ in rows]
        att = A("Group_list.xlsx", XLSXT, xlsx([("Group", cols, rows, False), ("Contacts", ["Surname", "Initial", "Address", "Mobile"], contacts, True)]))
        tr = T(ninos=n, contact=True, subjects=n, kinds=["name_list"])
        note = "names+NINO visible sheet, hidden sheet with addresses and mobiles"
    else:
        cols = ["Surname", "Initial", "Reference", extra] if v != 2 else ["Forename", "Surname", "Interview date", "Mobile"]
        rows = name_rows(W, n, cols)
        att = (A("participants.csv", "text/csv", csv_bytes(cols, rows)) if v == 1 else A("participants.xlsx", XLSXT, xlsx([("List", cols, rows, False)])))
        tr = T(dob=v == 0, benefit=v == 3, contact=v in (1, 2), subjects=n, kinds=["name_list"])
        note = f"list of {n} with a forbidden column: {extra}"
    text = letter(["List attached for this week's sessions."], "Hi", s)
    return Case("encrypt_list_forbidden_column", note, (s.name, s.email), to, "Participant list", text, footer=ft(W), atts=[att], truth=tr)


def letter_kind(W, v):
    s = W.staff("Work Coach")
    p = W.person()
    if v == 0:
        att = A(f"Letter_{p.ref}.pdf", PDFT, pdf_letters(W, [p], ["compliance"]))
        to, subj, body = [(p.name, p.email)], "Missed appointment", ["Please see the attached letter about your missed appointment."]
        tr = T(contact=True, subjects=1, kinds=["letter_other"])
    elif v == 1:
        att = A(f"Support_letter_{p.last}.docx", DOCXT, docx_letter(W, p, "landlord"))
        to, subj, body = [("Tenancy Team", "tenancy@leodis-homes.org.uk")], "Letter of support", ["Please find attached a letter of support at the tenant's request."]
        tr = T(contact=True, subjects=1, kinds=["letter_other"])
    elif v == 2:
        att = A("Programme_exit_letter.docx", DOCXT, docx_letter(W, p, "exit"))
        to, subj, body = [(p.name, p.email)], "Leaving the programme", ["Please find attached a letter about the end of your time on the programme."]
        tr = T(contact=True, subjects=1, kinds=["letter_other"])
    else:
        ps = [W.person() for _ in range(4)]
        att = A("Letters_batch.pdf", PDFT, pdf_letters(W, ps, ["interview", "interview", "interview", "compliance"]))
        to, subj, body = [W.sc_contact(SUPPLY[0]).addr], "Letters for your files", ["Copies of this week's letters attached."]
        tr = T(contact=True, subjects=4, kinds=["letter_interview", "letter_other"])
    text = letter(body, f"Dear {p.formal}" if to[0][1] == p.email else "Good morning", s)
    return Case("encrypt_letter_kind", ["failure-to-attend letter to participant", "support letter to landlord", "exit letter to participant",
                                        "bundle of interview letters plus one compliance letter"][v],
                SHARED if to[0][1] == p.email else (s.name, s.email), to, subj, text, footer=ft(W), atts=[att], truth=tr)


def dwp_process_bad(W, v):
    s = W.staff("Administration Officer")
    p = W.person()
    sender, to, cc, g = ("WHP Data Exchange", PROV_DESIGNATED), [("WHP Provider Inbox", DWP_DESIGNATED)], [], None
    if v == 0:
        sender = (s.name, s.email)
        atts, tr, note = [A(f"Exit_Report_{p.ref}.docx", DOCXT, form_docx(W, p, "exit"))], T(ninos=1, subjects=1, kinds=["exit_report"]), "Exit Report sent from an individual mailbox, not the designated inbox"
    elif v == 1:
        to = [dwp_wc(W, "dwp.gov.uk").addr]
        atts, tr, note = [A(f"Exit_Report_{p.ref}.docx", DOCXT, form_docx(W, p, "exit"))], T(ninos=1, subjects=1, kinds=["exit_report"]), "Exit Report to an individual DWP address, not the designated inbox"
    elif v == 2:
        q = W.person()
        atts = [A(f"CoC_{x.ref}.docx", DOCXT, form_docx(W, x, "coc")) for x in (p, q)]
        tr, note = T(ninos=2, subjects=2, kinds=["change_of_circumstances"]), "two Change of Circumstances records in one e-mail"
    elif v == 3:
        q = W.person()
        sender, to = (s.name, s.email), [W.dwp_contact("dwp.gsi.gov.uk").addr]
        atts = [A(f"GNS_{x.ref}.docx", DOCXT, form_docx(W, x, "gns")) for x in (p, q)]
        tr, note = T(subjects=2, kinds=["good_news_story"]), "two Good News Stories in one e-mail"
    elif v == 4:
        q = W.person()
        sender, to = (s.name, s.email), [dwp_wc(W, "jobcentreplus.gov.uk").addr]
        atts = [A("UCNEA1_x2.pdf", PDFT, form_pdf(W, [p, q], "ucnea1"))]
        tr, note = T(ninos=2, subjects=2, kinds=["ucnea1"]), "two UCNEA1s in one PDF"
    elif v == 5:
        ename, ec = emp_to(W)
        sender, to, cc = (s.name, s.email), [ec.addr], [dwp_wc(W, "dwp.gov.uk").addr]
        atts = [A(f"CV_{p.last}.pdf", PDFT, pdf_cvs(W, [p]))]
        tr, note, g = T(contact=True, subjects=1, kinds=["cv"]), "CV to employer with a DWP work coach in Cc", "¶19, ¶21, ¶34-36"
    else:
        sender, to, cc = SHARED, [(p.name, p.email)], [dwp_wc(W, "jobcentreplus.gov.uk").addr]
        atts = [A(f"Interview_Letter_{p.last}.pdf", PDFT, pdf_letters(W, [p], ["interview"]))]
        tr, note, g = T(contact=True, subjects=1, kinds=["letter_interview"]), "interview letter to participant with individual DWP work coach in Cc", "¶15, ¶24-28, ¶34-36"
    text = letter(["Please find attached."], "Good morning", s if sender[1] == s.email else None)
    if sender[1] != s.email:
        text += f"\n\nKind regards,\n\n{sender[0]}\n{ORG}"
    return Case("encrypt_dwp_process", note, sender, to, ["WHP Exit Report", "WHP Exit Report", "Changes of circumstances", "Good News Stories",
                                                          "UCNEA1 forms", "Candidate CV", "Interview invitation"][v] + f" - {p.ref}",
                text, cc=cc, footer=ft(W), atts=atts, truth=tr, guidance=g)


def claimant_recipient(W, v):
    s = W.staff("Work Coach")
    p = W.person()
    consent, sp, dob, ben = [], [], False, False
    if v == 0:
        d = DOCX(); d.h("My Action Plan")
        d.kv([("Name", p.name), ("Address", f"{p.addr1}, {p.town} {p.postcode}"), ("Goal", f"Full-time work as a {p.job.lower()}"),
              ("Next steps", "Apply for 5 jobs a week; attend CV workshop on 12 March"), ("Reviewed with", s.name)])
        atts, body, kinds, note = [A("My_Action_Plan.docx", DOCXT, d.bytes())], ["Attached is your updated action plan from today."], [], "action plan (not a CV or letter) to participant"
    elif v == 1:
        consent = [p.email]
        atts, body, kinds, note, dob = [A(f"CV_{p.last}.pdf", PDFT, pdf_cvs(W, [p], with_dob="words"))], ["Here is your CV as requested."], ["cv"], "consented participant, but CV includes DOB", True
    elif v == 2:
        consent = [p.email]
        atts = [A(f"CV_{p.last}_v1.docx", DOCXT, docx_cv(W, p)), A(f"CV_{p.last}_v2.docx", DOCXT, docx_cv(W, p))]
        body, kinds, note = ["Here are both versions of your CV as requested - one for warehouse jobs and one for retail."], ["cv"], "consented participant, two CVs in one e-mail"
    elif v == 3:
        consent = [p.email]
        atts = [A(f"CV_{p.last}.pdf", PDFT, pdf_cvs(W, [p], health=None, extra=None))]
        # add a disclosure statement to the CV text via a second page
        pdf = PDF(); cv_to_pdf(pdf, cv_blocks(W, p)); pdf.h("Disclosure statement", 11)
        pdf.para("I have an unspent conviction from 2021 for which I received a community order. I have completed my order and I am committed to moving forward.")
        atts = [A(f"CV_{p.last}.pdf", PDFT, pdf.bytes())]
        body, kinds, note, sp = ["Here is your CV with the disclosure statement we worked on."], ["cv"], "consented participant, CV with criminal record disclosure", ["criminal"]
    else:
        atts, kinds = [], []
        body = [f"I have checked with the Jobcentre: your Universal Credit payment this month was £{W.r.randint(300, 700)}.{W.r.randrange(10, 99)} because of the deduction for the advance.",
                "Please bring your latest statement to your next appointment."]
        note, ben = "participant's own benefit payment details in the body", True
    text = letter(body, f"Dear {p.first}", s)
    return Case("encrypt_claimant_recipient", note, (s.name, s.email), [(p.name, p.email)], ["Your action plan", "Your CV", "Your CVs", "Your CV", "Your UC payment"][v],
                text, footer=ft(W), atts=atts, consent=consent,
                truth=T(dob=dob, special=sp, benefit=ben, contact=bool(kinds) or v == 0, subjects=1, kinds=kinds))


def sender_tag(W, v):
    s = W.staff()
    p = W.person()
    atts, tr = [], T()
    if v == 0:
        to, subj, body = [W.sc_contact().addr], "[ENCRYPT] Meeting notes", ["Notes from the partner meeting: room bookings, the training calendar and the new referral form."]
    elif v == 1:
        to, subj, body = [emp_to(W)[1].addr], "RE: Interview confirmation [ENCRYPT]", [f"{p.name} will attend on {slot(W)}."]
        tr = T(subjects=1)
    elif v == 2:
        to, subj = [W.dwp_contact("dwp.gov.uk").addr], "[ENCRYPT] Monthly MI pack"
        atts = [A("MI_summary.xlsx", XLSXT, xlsx([("Summary", ["Month", "Starts", "Outcomes"], [("Jan-25", 401, 131), ("Feb-25", 412, 138)], False)]))]
        body = ["Aggregate MI attached."]
    else:
        to, subj, body = [W.sc_contact(SUPPLY[1]).addr], f"Referral update [ENCRYPT] - {p.name}", [f"{p.name} started on the course today."]
        tr = T(subjects=1)
    text = letter(body, "Good morning", s)
    return Case("encrypt_sender_tag", "[ENCRYPT] subject tag; content otherwise relayable", (s.name, s.email), to, subj, text, footer=ft(W), atts=atts, truth=tr)


def password_protected(W, v):
    s = W.staff()
    ps = [W.person() for _ in range(3)]
    if v == 0:
        d = DOCX(); d.h("Referral"); d.kv([("Name", ps[0].name), ("NINO", ps[0].nino), ("Health", "Asthma")])
        att = A("Referral_pack.zip", "application/zip", zipcrypto_bytes([("Referral.docx", d.bytes())], "Castle2025!", W.r))
        to, body = [W.sc_contact(SUPPLY[0]).addr], ["The referral pack is attached as a password-protected zip. I will phone you with the password."]
    elif v == 1:
        pdf = PDF(); cv_to_pdf(pdf, cv_blocks(W, ps[0]))
        att = A("Participant_file.pdf", PDFT, pdf.bytes(password="Leeds2025"))
        to, body = [W.sc_contact(SUPPLY[1]).addr], ["Attached is the file, password protected. Password to follow by text."]
    else:
        att = A("CVs_protected.zip", "application/zip", zipcrypto_bytes([(f"CV_{p.last}.pdf", pdf_cvs(W, [p])) for p in ps], "Harrow#77", W.r))
        to, body = [emp_to(W)[1].addr], ["The three CVs are in the attached protected zip; the password is in my separate e-mail."]
    text = letter(body, "Good morning", s)
    return Case("encrypt_password_protected", ["ZipCrypto zip (referral)", "encrypted PDF", "ZipCrypto zip of CVs to employer"][v],
                (s.name, s.email), to, "Documents (protected)", text, footer=ft(W), atts=[att], facts={"password_protected": True})


def scanned(W, v):
    s = W.staff()
    p = W.person()
    lines = ["REFERRAL FORM", f"Name: {p.name}", f"Address: {p.addr1} {p.town}", "Signed: ______", "Date: 27/02/2025"]
    if v == 0:
        pdf = PDF(); pdf.page(); pdf.image(scan_png(W, lines))
        att, to = A("Scan_0043.pdf", PDFT, pdf.bytes()), [W.sc_contact(SUPPLY[0]).addr]
    elif v == 1:
        att, to = A("IMG_2041.jpg", "image/jpeg", scan_png(W, lines, jpeg=True)), [W.sc_contact(SUPPLY[1]).addr]
    else:
        att, to = A("signed_timesheet.png", "image/png", scan_png(W, ["TIMESHEET", f"Name: {p.name}", "Hours: 37"])), [emp_to(W)[1].addr]
    text = letter(["Scan attached as discussed."], "Hi", s)
    return Case("encrypt_no_text_scan", ["image-only scanned PDF", "JPEG photo of a form", "PNG scan"][v], (s.name, s.email), to,
                "Scanned document", text, footer=ft(W), atts=[att])


# ---------------------------------------------------------------- reject
def cv_no_consent(W, v):
    s = W.staff("Work Coach")
    p = W.person()
    to, cc, bcc, consent = [(p.name, p.email)], [], [], []
    html = None
    subj = "Your CV"
    if v == 3:
        att = [A(f"CV_{p.last}.docx", DOCXT, docx_cv(W, p))]
    elif v == 4:
        cv = cv_blocks(W, p)
        text = letter(["Here is your CV - you can copy it into application forms:", cv_to_text(cv)], f"Dear {p.first}", s)
        html = html_wrap(f"Dear {p.first},\n\nHere is your CV - you can copy it into application forms:", footer=False, extra_html=cv_to_html(cv))
        return Case("reject_cv_no_consent", "CV pasted in an HTML body to a participant with no consent recorded", (s.name, s.email), to, subj, text,
                    html=html, truth=T(contact=True, subjects=1, kinds=["cv"]))
    elif v == 5:
        att = [A("CV.zip", "application/zip", zip_bytes([(f"CV_{p.last}.pdf", pdf_cvs(W, [p]))]))]
    else:
        att = [A(f"CV_{p.last}.pdf", PDFT, pdf_cvs(W, [p]))]
    if v == 1:
        subj = "[ENCRYPT] Your CV"
    if v == 2:
        consent = [p.email]
        cc = [(p.name, f"{p.first}{p.last}{W.r.randint(100, 999)}@{W.r.choice(CLAIMANT_DOMS)}".lower().replace("'", ""))]
    if v == 6:
        ename, ec = emp_to(W)
        to, bcc, subj = [ec.addr], [(p.name, p.email)], "Candidate CV"
    text = letter(["Please find attached the CV." if v == 6 else "Please find your CV attached."], f"Dear {p.first}" if v != 6 else "Good morning", s)
    return Case("reject_cv_no_consent", ["CV PDF, no consent", "CV with [ENCRYPT], no consent", "consented address plus second personal address in Cc",
                                         "CV DOCX, no consent", "", "CV in zip, no consent", "CV to employer with the participant in Bcc, no consent"][v],
                (s.name, s.email), to, subj, text, cc=cc, bcc=bcc, footer=ft(W), atts=att, consent=consent,
                truth=T(contact=True, subjects=1, kinds=["cv"]))


def corrupt(W, v):
    s = W.staff()
    r = W.r
    p = W.person()
    to = [[W.sc_contact(SUPPLY[0]).addr], [emp_to(W)[1].addr], [W.sc_contact(SUPPLY[1]).addr]][v % 3]
    subj = "Documents"
    good_pdf = pdf_letters(W, [p, W.person()], ["interview"])
    if v in (0, 8):
        att = A("Letters.pdf", PDFT, good_pdf[:len(good_pdf) // 4], corrupt=True)
        note = "truncated PDF"
        if v == 8:
            subj, note = "[ENCRYPT] Documents", "truncated PDF with [ENCRYPT] tag"
    elif v == 1:
        b = bytearray(docx_cv(W, p)); mid = len(b) // 3
        b[mid:mid + 400] = bytes(r.randrange(256) for _ in range(400))
        att, note = A(f"CV_{p.last}.docx", DOCXT, bytes(b), corrupt=True), "DOCX with corrupted bytes"
    elif v == 2:
        z = zip_bytes([("a.pdf", good_pdf), ("b.pdf", pdf_cvs(W, [p]))])
        att, note = A("pack.zip", "application/zip", z[:len(z) // 2], corrupt=True), "truncated zip"
    elif v == 3:
        att, note = A("export.dat", "application/octet-stream", bytes(r.randrange(256) for _ in range(3000)), corrupt=True), "unknown binary"
    elif v == 4:
        att, note = A("Monthly_MI.xlsx", XLSXT, bytes(r.randrange(256) for _ in range(5000)), corrupt=True), "xlsx name/type with random bytes"
    elif v == 5:
        o = odt([("p", "Case notes for " + p.name)])
        att, note = A("Case_notes.odt", ODTT, o[:len(o) - 300], corrupt=True), "truncated ODT"
    elif v == 6:
        att = A("bundle.zip", "application/zip", zip_bytes([("Letters.pdf", good_pdf[:len(good_pdf) // 4])]), corrupt=True)
        note = "zip holding a truncated PDF"
    else:
        b = bytearray(docx_cv(W, p)); b[200:900] = bytes(r.randrange(256) for _ in range(700))
        inner = inner_msg(f"{s.name} <{s.email}>", "referrals@" + SUPPLY[0], "CV", "CV attached", [(f"CV_{p.last}.docx", DOCXT, bytes(b))],
                          date="Thu, 27 Feb 2025 10:00:00 +0000", mid=f"<inner-{v}@{DOM}>")
        att = {"msg": inner, "corrupt": True}
        note = "nested message/rfc822 holding a corrupt DOCX"
    text = letter(["Please find attached."], "Hi", s)
    return Case("reject_uninspectable", note, (s.name, s.email), to, subj, text, footer=ft(W), atts=[att])


SCENARIOS = (
    [(bulletin, v) for v in range(4)] + [(mi_pack, v) for v in range(3)] + [(vacancy, v) for v in range(2)] +
    [(training_ics, v) for v in range(2)] + [(blank_template, v) for v in range(2)] + [(nino_guidance, 0)] +
    [(claimant_generic, v) for v in range(2)] + [(dwp_meeting, v) for v in range(2)] + [(ops_misc, v) for v in range(3)] +
    [(one_name, v) for v in range(7)] + [(cv_to_claimant, v) for v in range(5)] + [(cvs_up_to_10, v) for v in range(6)] +
    [(app_forms, v) for v in range(5)] + [(letters_ok, v) for v in range(6)] + [(names_list, v) for v in range(5)] +
    [(nino_only, v) for v in range(3)] + [(dwp_names, v) for v in range(3)] + [(dwp_forms, v) for v in range(5)] +
    [(dwp_c15, v) for v in range(5)] + [(forward_sc, v) for v in range(3)] + [(already_encrypted, v) for v in range(4)] +
    [(special, v) for v in range(20)] + [(nino_forms, v) for v in range(11)] + [(dob_bank, v) for v in range(7)] +
    [(benefit_children, v) for v in range(5)] + [(beyond_name, v) for v in range(6)] + [(over_limit, v) for v in range(7)] +
    [(list_forbidden, v) for v in range(5)] + [(letter_kind, v) for v in range(4)] + [(dwp_process_bad, v) for v in range(7)] +
    [(claimant_recipient, v) for v in range(5)] + [(sender_tag, v) for v in range(4)] + [(password_protected, v) for v in range(3)] +
    [(scanned, v) for v in range(3)] + [(cv_no_consent, v) for v in range(7)] + [(corrupt, v) for v in range(9)]
)


# ================================================================ self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .]?([A-Da-d])(?![A-Za-z0-9])")


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text):
        pre = m.group(1).upper()
        if valid_prefix(pre):
            out.add(pre + m.group(2) + m.group(3) + m.group(4) + m.group(5).upper())
    return out


def parse_blob(name, data):
    """return (status, text); status in ok, fail, encrypted, image"""
    from pypdf import PdfReader
    try:
        if data[:5] == b"%PDF-":
            rd = PdfReader(io.BytesIO(data), strict=True)
            if rd.is_encrypted:
                return "encrypted", ""
            txt = "\n".join(pg.extract_text() or "" for pg in rd.pages)
            if not txt.strip():
                return "image", ""
            return "ok", txt
        if data[:4] == b"PK\x03\x04":
            z = zipfile.ZipFile(io.BytesIO(data))
            names = z.namelist()
            if any(i.flag_bits & 1 for i in z.infolist()):
                return "encrypted", ""
            if z.testzip() is not None:
                return "fail", ""
            if "word/document.xml" in names:
                from docx import Document
                d = Document(io.BytesIO(data))
                t = [p.text for p in d.paragraphs] + [c.text for tb in d.tables for row in tb.rows for c in row.cells]
                return "ok", "\n".join(t)
            if "xl/workbook.xml" in names:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(data))
                return "ok", "\n".join(" ".join("" if c is None else str(c) for c in row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
            if "mimetype" in names and z.read("mimetype").startswith(b"application/vnd.oasis"):
                from odf.opendocument import load
                from odf import teletype, text as otext
                doc = load(io.BytesIO(data))
                return "ok", "\n".join(teletype.extractText(e) for e in doc.getElementsByType(otext.P) + doc.getElementsByType(otext.H))
            parts = []
            for n in names:
                st, t = parse_blob(n, z.read(n))
                if st == "fail":
                    return "fail", ""
                parts.append(t)
            return "ok", "\n".join(parts)
        if data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n":
            from PIL import Image
            Image.open(io.BytesIO(data)).verify()
            return "image", ""
        txt = data.decode("utf-8")
        if name.lower().endswith((".csv", ".ics", ".txt")) or "BEGIN:VCALENDAR" in txt:
            return "ok", txt
        return "fail", ""
    except Exception:
        return "fail", ""


def msg_text(msg, statuses):
    from email.utils import getaddresses
    t = [str(msg.get("Subject", ""))]
    for k, v in msg.items():
        if k.lower().startswith("x-") or k.lower() in ("comments", "keywords"):
            t.append(str(v))
    for k in ("From", "To", "Cc"):
        t += [n for n, _ in getaddresses([str(x) for x in msg.get_all(k, [])])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            t.append(fn)
        if fn or part.get_content_disposition() == "attachment" or not ct.startswith("text/"):
            st, tx = parse_blob(fn or "", part.get_payload(decode=True) or b"")
            statuses.append((fn, st))
            t.append(tx)
        else:
            body = part.get_content()
            if ct == "text/html":
                body = re.sub(r"<[^>]+>", " ", body).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            t.append(body)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                t.append(msg_text(inner, statuses))
    return "\n".join(t)


def selfcheck(labels):
    from email import message_from_bytes
    from email.utils import getaddresses
    bad = 0
    consent = set((HERE / "consent.txt").read_text().split())
    for l in labels:
        raw = (HERE / l["file"]).read_bytes()
        msg = message_from_bytes(raw, policy=policy.default)
        errs = []
        if getaddresses([str(msg["From"])])[0][1] != l["mail_from"]:
            errs.append("From mismatch")
        hdr_rcpts = [a for k in ("To", "Cc") for _, a in getaddresses([str(x) for x in msg.get_all(k, [])])]
        if not set(hdr_rcpts) <= set(l["rcpt_to"]) or "Bcc" in msg:
            errs.append("recipient headers mismatch")
        if l["rule"] == "already_encrypted":
            ct = msg.get_content_type()
            body = msg.get_content() if ct == "text/plain" else ""
            if not (ct in ("application/pkcs7-mime", "multipart/encrypted") or "BEGIN PGP MESSAGE" in body):
                errs.append("not encrypted")
        else:
            statuses = []
            text = msg_text(msg, statuses)
            found = find_ninos(text) | find_ninos(re.sub(r"\s*\n\s*", "", text))
            if len(found) > l["truth"]["ninos"]:
                errs.append(f"found {len(found)} NINOs > truth {l['truth']['ninos']}")
            elif len(found) < l["truth"]["ninos"]:
                errs.append(f"note: found {len(found)} NINOs < truth {l['truth']['ninos']}")
            fails = [n for n, st in statuses if st == "fail"]
            if l["rule"] == "reject_uninspectable":
                if not fails:
                    errs.append("expected an unparseable part")
            elif fails:
                errs.append(f"unparseable part(s): {fails}")
            if l["rule"] == "encrypt_password_protected" and not any(st == "encrypted" for _, st in statuses):
                errs.append("no encrypted attachment")
            if l["rule"] == "encrypt_no_text_scan" and not any(st == "image" for _, st in statuses):
                errs.append("no image-only part")
            if l["rule"] != "encrypt_no_text_scan" and any(st == "image" for _, st in statuses):
                errs.append("unexpected image-only part")
        claimant_rcpts = [a for a in l["rcpt_to"] if a.split("@")[1] in CLAIMANT_DOMS]
        if l["rule"] == "cv_to_claimant" and not set(claimant_rcpts) <= consent:
            errs.append("cv_to_claimant recipient not in consent")
        if l["rule"] == "reject_cv_no_consent" and set(claimant_rcpts) <= consent:
            errs.append("reject_cv_no_consent but all claimant recipients consented")
        hard = [e for e in errs if not e.startswith("note:")]
        bad += bool(hard)
        if errs:
            print(l["id"], l["rule"], "; ".join(errs))
    print("self-check:", "OK" if not bad else f"{bad} message(s) failed")
    return 1 if bad else 0


if __name__ == "__main__":
    main()

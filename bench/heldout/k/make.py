#!/usr/bin/env python3
"""Held-out set K: a large North West prime's central operations team.

Builds mail/hk-NNN.eml, labels.jsonl and consent.txt deterministically, then runs a
self-check.  Written from shared/RULES.md (and the seeds it cites) only.

    python make.py            # build + self-check
    python make.py --check    # self-check only (mail/ must exist)

Needs: faker python-docx openpyxl fpdf2 pypdf odfpy pillow pyzipper
"""
import contextlib
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
SEED = 20261203
PREFIX = "hk"

INT = "provider.example.org.uk"
ORG = "Ribble & Mersey Employment Partnership"
ORG_SHORT = "RMEP"
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
SUPPLY = ["northstar-training.co.uk", "bridgeway-support.org.uk"]
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
DWP_DOMAINS = ["dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"]
EMPLOYERS = {
    "mossbank-logistics.co.uk": "Mossbank Logistics Ltd",
    "irwell-foods.co.uk": "Irwell Foods",
    "pendle-engineering.co.uk": "Pendle Precision Engineering",
    "deansgate-hospitality.co.uk": "Deansgate Hospitality Group",
    "wirral-carehomes.co.uk": "Wirral Coast Care Homes",
    "ribblesdale-retail.co.uk": "Ribblesdale Retail",
    "northgate-staffing.co.uk": "Northgate Staffing Solutions",
    "haydock-distribution.co.uk": "Haydock Distribution Park",
}
THIRD = {
    "irwell-homes.org.uk": "Irwell Homes (housing association)",
    "gm-probation-pdu.org.uk": "Probation Delivery Unit",
    "pennine-talkingtherapies.org.uk": "Pennine Talking Therapies",
    "printwise-bolton.co.uk": "Printwise Bolton",
    "kinetic-itservices.co.uk": "Kinetic IT Services",
    "pennine-payroll.co.uk": "Pennine Payroll Bureau",
    "wigan-learning-college.ac.uk": "Wigan Learning College",
    "littlesteps-nursery.co.uk": "Little Steps Nursery",
    "mp-office.example-parliament.org.uk": "MP constituency office",
    "bridgeway-support.org": "look-alike of the approved subcontractor",
    "northwest-jobsboard.co.uk": "North West Jobs Board",
    "salford-citizens-advice.org.uk": "Citizens Advice Salford",
}
OFFICES = ["Preston", "Bolton", "Wigan", "Salford", "Warrington", "St Helens", "Blackburn",
           "Stockport", "Oldham", "Burnley", "Chorley", "Leigh"]
POST_AREAS = ["PR", "BL", "WN", "M", "WA", "BB", "SK", "OL", "L", "CH", "FY", "LA"]
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_L1 = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NINO_L2 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
BASE_DATE = datetime.datetime(2026, 10, 5, 8, 11, tzinfo=datetime.timezone.utc)
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ----------------------------------------------------------------- synthetic values
class Ctx:
    def __init__(self, key):
        s = int(hashlib.sha256(("k-" + key).encode()).hexdigest()[:12], 16)
        self.r = random.Random(s)
        self.fk = Faker("en_GB")
        self.fk.seed_instance(s)

    def choice(self, seq):
        return self.r.choice(list(seq))


def mk_nino(r):
    while True:
        a, b = r.choice(NINO_L1), r.choice(NINO_L2)
        if a + b not in BAD_PREFIX:
            break
    return a + b + "%06d" % r.randrange(0, 999999) + r.choice("ABCD")


def nino_fmt(n, style=0):
    if style == 1:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 2:
        return n.lower()
    if style == 3:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return n


def mobile(r):
    return "07700 900%03d" % r.randrange(0, 1000)


def landline(r):
    return r.choice(["0161 496 0%03d", "0113 496 0%03d", "020 7946 0%03d"]) % r.randrange(0, 1000)


def postcode(r):
    a = r.choice(POST_AREAS)
    return "%s%d %d%s%s" % (a, r.randrange(70, 99), r.randrange(1, 9), r.choice("ABDEFHJLNPRSTUWXYZ"),
                            r.choice("ABDEFHJLNPRSTUWXYZ"))


def sortcode(r):
    return "%02d-%02d-%02d" % (r.randrange(10, 99), r.randrange(0, 99), r.randrange(0, 99))


def account(r):
    return "%08d" % r.randrange(10000000, 99999999)


def iban(r):
    bban = "RIBM" + "%06d" % r.randrange(0, 999999) + "%08d" % r.randrange(0, 99999999)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return "GB%02d%s" % (chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def luhn_card(r):
    digits = [4] + [r.randrange(10) for _ in range(14)]
    for c in range(10):
        if luhn_ok("".join(map(str, digits + [c]))):
            d = "".join(map(str, digits + [c]))
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(s):
    s = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def ascii_name(s):
    return s.encode("ascii", "ignore").decode()


class Person:
    """A claimant/participant (synthetic)."""

    def __init__(self, c, domain=None, sex=None):
        fk, r = c.fk, c.r
        sex = sex or r.choice("mf")
        self.first = ascii_name(fk.first_name_male() if sex == "m" else fk.first_name_female())
        self.last = ascii_name(fk.last_name())
        self.sex = sex
        self.name = "%s %s" % (self.first, self.last)
        dom = domain or r.choice(CLAIMANT_DOMAINS)
        sep = r.choice([".", "_", ""])
        self.email = ("%s%s%s%d@%s" % (self.first, sep, self.last, r.randrange(10, 99), dom)).lower().replace("'", "")
        self.street = "%d %s" % (r.randrange(1, 180), ascii_name(fk.street_name()))
        self.town = r.choice(OFFICES)
        self.pc = postcode(r)
        self.address = "%s, %s %s" % (self.street, self.town, self.pc)
        self.phone = mobile(r)
        self.nino = mk_nino(r)
        self.dob = datetime.date(r.randrange(1962, 2004), r.randrange(1, 13), r.randrange(1, 29))
        self.age = 2026 - self.dob.year
        self.ref = "PRN%07d" % r.randrange(0, 9999999)
        self.pronoun = "he" if sex == "m" else "she"
        self.poss = "his" if sex == "m" else "her"


class Staff:
    def __init__(self, c, title, team, domain=INT, office=None, style=None):
        fk, r = c.fk, c.r
        self.first = ascii_name(fk.first_name())
        self.last = ascii_name(fk.last_name())
        self.name = "%s %s" % (self.first, self.last)
        self.email = ("%s.%s@%s" % (self.first, self.last, domain)).lower().replace("'", "")
        self.title, self.team = title, team
        self.office = office or r.choice(OFFICES)
        self.phone = landline(r)
        self.mob = mobile(r)
        self.style = style if style is not None else r.randrange(4)
        self.domain = domain


class Contact:
    def __init__(self, c, domain, title=None):
        fk, r = c.fk, c.r
        self.first = ascii_name(fk.first_name())
        self.last = ascii_name(fk.last_name())
        self.name = "%s %s" % (self.first, self.last)
        self.email = ("%s.%s@%s" % (self.first, self.last, domain)).lower().replace("'", "")
        if r.random() < 0.3:
            self.email = ("%s%s@%s" % (self.first[0], self.last, domain)).lower().replace("'", "")
        self.title = title or r.choice(["HR Manager", "Recruitment Lead", "Operations Manager", "Talent Partner",
                                        "Site Manager", "Office Manager"])
        self.domain = domain
        self.phone = landline(r)


def dwp_contact(c, role=None, domain=None):
    d = domain or c.choice(DWP_DOMAINS)
    return Contact(c, d, role or c.choice(["Work Coach", "Provider Referral and Payments Team", "Contract Manager",
                                           "Performance Manager", "Third Party Provision Manager"]))


def supply_contact(c, role=None):
    return Contact(c, c.choice(SUPPLY), role or c.choice(["Delivery Manager", "Employment Adviser", "Team Leader",
                                                          "Contract Lead", "Quality Officer"]))


def employer_contact(c, dom=None):
    dom = dom or c.choice(list(EMPLOYERS))
    k = Contact(c, dom)
    k.org = EMPLOYERS[dom]
    return k


# ----------------------------------------------------------------- signatures and disclaimers
DISCLAIMERS = [
    ("This e-mail and any attachments are confidential and intended solely for the addressee. It may contain "
     "personal data, including special category data such as information about a person's physical or mental "
     "health, disability, ethnicity or religious belief, and data relating to criminal convictions and offences. "
     "If you have received it in error please notify the sender immediately and delete it; do not copy, forward or "
     "disclose it. " + ORG + " Ltd processes personal data in line with UK GDPR and the Data Protection Act 2018. "
     "Registered in England and Wales no. 07318842. Registered office: Unit 4, Riverside Court, Preston PR98 2WE."),
    ("DISCLAIMER: The information in this message is private. " + ORG + " delivers Restart, WHP and other "
     "employment support on behalf of the Department for Work and Pensions. Participants' benefit entitlement, "
     "Universal Credit payments and sanctions are decided by DWP, not by us. Staff wellbeing: our Employee "
     "Assistance Programme offers free confidential counselling for anxiety, depression, bereavement, alcohol or "
     "drug problems - call 0161 496 0400, 24/7. We are a Disability Confident Leader and a Mindful Employer."),
    ("Safeguarding: if you are worried that a child or adult at risk is being harmed, contact our Safeguarding "
     "Lead on 0161 496 0911. We work with probation, MAPPA panels and substance misuse services where a "
     "participant has agreed. This message has been scanned for viruses but we cannot accept liability for any "
     "damage caused by software viruses. Views expressed are the sender's own and not necessarily those of " + ORG +
     ". Please consider the environment before printing."),
    ("Privacy notice: www.rmep.example.org.uk/privacy. We may record special category information (health, "
     "disability, sexual orientation, religion, ethnic origin, trade union membership) and criminal offence data "
     "where a participant chooses to share it, to tailor their support. Complaints: complaints@" + INT +
     ". " + ORG + " is a member of the Employment Related Services Association (ERSA)."),
]

SIGN_OFFS = ["Kind regards", "Many thanks", "Best wishes", "Thanks", "Regards", "Cheers", "Thanks again",
             "With best regards", "Speak soon", "All the best"]


def sig(s, c, disclaimer=True, short=False):
    r = c.r
    if short or s.style == 3:
        body = "%s\n%s\n%s | %s" % (s.first, s.title, ORG_SHORT, s.phone)
    elif s.style == 0:
        body = "%s\n%s | %s\n%s\nT: %s  M: %s\n%s Office, %s" % (
            s.name, s.title, s.team, ORG, s.phone, s.mob, s.office, postcode(r))
    elif s.style == 1:
        body = "%s %s\n%s\n%s\nDirect dial %s\nWorking pattern: Mon-Thu. Pronouns: %s" % (
            s.first, s.last, s.title, s.team + ", Central Operations", s.phone, r.choice(["she/her", "he/him", "they/them"]))
        body += "\n\n" + r.choice(["Proud to be a Disability Confident Leader",
                                   "Working towards Mindful Employer status",
                                   "Time to Change pledge signatory - let's talk about mental health"])
    else:
        body = "-- \n%s\n%s, %s\n%s | Central Operations Hub, Preston\n%s" % (s.name, s.title, s.team, ORG, s.phone)
    out = body
    if disclaimer:
        d = DISCLAIMERS[r.randrange(len(DISCLAIMERS))]
        if r.random() < 0.35:
            d = d + "\n\n" + DISCLAIMERS[(DISCLAIMERS.index(d) + 1) % len(DISCLAIMERS)]
        out += "\n\n" + "_" * r.choice([30, 50, 72]) + "\n" + d
    return out


def ext_sig(k):
    org = getattr(k, "org", None) or THIRD.get(k.domain) or k.domain
    return "%s\n%s\n%s\n%s" % (k.name, k.title, org, k.phone)


def greet(c, name):
    return c.choice(["Hi %s,", "Hello %s,", "Dear %s,", "Morning %s,", "Afternoon %s,", "%s -", "Hi %s"]) % name


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, c=None, font=None):
    font = font or "Calibri, Arial, sans-serif"
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">\n%s</body></html>\n' % (font, body))


def html_table(header, rows, border=1):
    h = "<tr>" + "".join("<th>%s</th>" % esc(str(x)) for x in header) + "</tr>\n"
    b = "".join("<tr>" + "".join("<td>%s</td>" % esc(str(x)) for x in row) + "</tr>\n" for row in rows)
    return '<table border="%d" cellpadding="4" style="border-collapse:collapse">\n%s%s</table>\n' % (border, h, b)


def day(n, fmt="%A %d %B %Y"):
    return (datetime.date(2026, 10, 5) + datetime.timedelta(days=n)).strftime(fmt)


def when(c):
    return "%s at %s" % (day(c.r.randrange(3, 40)), c.choice(["9:30am", "10am", "10.30", "11:15", "1pm", "2pm", "14:30", "3.45pm"]))


def outlook_quote(frm, to, subject, body, sent, cc=None):
    h = "From: %s <%s>\nSent: %s\nTo: %s\n" % (frm.name, frm.email, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    h += "Subject: %s\n\n" % subject
    return "\n" + "_" * 32 + "\n" + h + body


def gmail_quote(name, addr, sent, body):
    return "\nOn %s, %s <%s> wrote:\n" % (sent, name, addr) + "\n".join("> " + l if l else ">" for l in body.split("\n"))


def sent_str(c, back=1):
    d = datetime.datetime(2026, 10, 5, 9, 0) + datetime.timedelta(days=c.r.randrange(0, 40) - back, minutes=c.r.randrange(0, 600))
    return d.strftime("%d %B %Y %H:%M")


# ----------------------------------------------------------------- documents
ZIP_DT = (2026, 11, 2, 9, 0, 0)


@contextlib.contextmanager
def seeded_urandom(seed):
    rr = random.Random(seed)
    orig = os.urandom
    os.urandom = lambda n: bytes(rr.randrange(256) for _ in range(n))
    try:
        yield
    finally:
        os.urandom = orig


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for i in zin.infolist():
            zi = zipfile.ZipInfo(i.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data_i = zin.read(i.filename)
            if i.filename == "docProps/core.xml":
                data_i = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-02T09:00:00Z\g<3>", data_i)
            zo.writestr(zi, data_i)
    return out.getvalue()


def lat(t):
    t = (t.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u2018", "'")
         .replace("\u201c", '"').replace("\u201d", '"').replace("\u00a3", "GBP ").replace("\u2022", "-"))
    return t.encode("latin-1", "replace").decode("latin-1")


def pdf_bytes(title, blocks, password=None, pages=None):
    """blocks: list of ('h', text) | ('p', text) | ('t', header, rows) | ('kv', pairs) | ('pb',)"""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(lat(title))
    pdf.set_author(ORG)
    if password:
        from fpdf.enums import EncryptionMethod
        pdf.set_encryption(owner_password=password + "-owner", user_password=password,
                           encryption_method=EncryptionMethod.RC4)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for b in blocks:
        k = b[0]
        if k == "pb":
            pdf.add_page()
        elif k == "h":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, lat(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("Helvetica", size=10)
        elif k == "p":
            pdf.multi_cell(0, 5, lat(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "kv":
            for kk, vv in b[1]:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(60, 6, lat(kk))
                pdf.set_font("Helvetica", size=10)
                pdf.multi_cell(0, 6, lat(str(vv)), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "t":
            header, rows = b[1], b[2]
            w = (pdf.w - 20) / len(header)
            pdf.set_font("Helvetica", "B", 8)
            for h in header:
                pdf.cell(w, 6, lat(str(h))[:28], border=1)
            pdf.ln()
            pdf.set_font("Helvetica", size=8)
            for row in rows:
                for x in row:
                    pdf.cell(w, 5, lat(str(x))[:30], border=1)
                pdf.ln()
            pdf.set_font("Helvetica", size=10)
            pdf.ln(2)
    with seeded_urandom(hash_int(title)):
        return bytes(pdf.output())


def hash_int(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def docx_bytes(title, blocks):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = ORG
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = ORG_SHORT
    cp.revision = 1
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pb":
            d.add_page_break()
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for kk, vv in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = kk, str(vv)
        elif k == "t":
            t = d.add_table(rows=1, cols=len(b[1]))
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = str(h)
            for row in b[2]:
                cells = t.add_row().cells
                for i, x in enumerate(row):
                    cells[i].text = str(x)
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def xlsx_bytes(sheets):
    """sheets: list of dict(name, header, rows, hidden_cols=[letters], state='visible'|'hidden')"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        if sh.get("title"):
            ws.append([sh["title"]])
            ws.append([])
        ws.append(sh["header"])
        for row in sh["rows"]:
            ws.append(list(row))
        for col in sh.get("hidden_cols", []):
            ws.column_dimensions[col].hidden = True
        if sh.get("state"):
            ws.sheet_state = sh["state"]
    wb.properties.creator = ORG
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def csv_bytes(header, rows, sep=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=sep, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    return bio.getvalue().encode("utf-8")


def odt_bytes(title, paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf import meta, dc
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(meta.CreationDate(text="2026-11-02T09:00:00"))
    doc.meta.addElement(dc.Date(text="2026-11-02T09:00:00"))
    doc.text.addElement(H(outlinelevel=1, text=title))
    for p in paras:
        doc.text.addElement(P(text=p))
    bio = io.BytesIO()
    doc.save(bio)
    data = bio.getvalue()
    # keep mimetype first and stored, fix timestamps
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zo:
        for i in zin.infolist():
            zi = zipfile.ZipInfo(i.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            data_i = zin.read(i.filename)
            if i.filename == "meta.xml":
                data_i = re.sub(rb"<meta:generator>.*?</meta:generator>", b"", data_i)
            zo.writestr(zi, data_i)
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, blob)
    return out.getvalue()


def aes_zip_bytes(files, password, seed):
    import pyzipper
    from pyzipper import zipfile_aes
    rr = random.Random(seed)

    class _R:
        def read(self, n):
            return bytes(rr.randrange(256) for _ in range(n))
    orig_new = zipfile_aes.Random.new
    zipfile_aes.Random.new = lambda: _R()
    out = io.BytesIO()
    with contextlib.ExitStack() as st:
        st.callback(lambda: setattr(zipfile_aes.Random, "new", orig_new))
        with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zo:
            zo.setpassword(password.encode())
            for name, blob in files:
                zi = zo.zipinfo_cls(name, ZIP_DT)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                zo.writestr(zi, blob)
    return out.getvalue()


def scan_image(seed, fmt="JPEG", w=1000, h=1400):
    """A 'scanned' page: grey paper, ruled boxes, smudges - pixels only, no text layer."""
    from PIL import Image, ImageDraw
    rr = random.Random(seed)
    im = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(im)
    y = 80
    while y < h - 100:
        x = 70
        dr.rectangle([x, y, w - 70, y + rr.randrange(30, 70)], outline=60, width=2)
        # scribble strokes imitating handwriting
        for _ in range(rr.randrange(8, 30)):
            x0 = rr.randrange(90, w - 150)
            y0 = y + rr.randrange(8, 25)
            dr.line([x0, y0, x0 + rr.randrange(5, 40), y0 + rr.randrange(-6, 6)], fill=rr.randrange(20, 90), width=2)
        y += rr.randrange(70, 120)
    for _ in range(400):
        px, py = rr.randrange(w), rr.randrange(h)
        dr.point((px, py), fill=rr.randrange(150, 220))
    bio = io.BytesIO()
    if fmt == "JPEG":
        im.save(bio, "JPEG", quality=60)
    elif fmt == "PNG":
        im.save(bio, "PNG")
    else:
        im.save(bio, fmt)
    return bio.getvalue()


def scan_pdf(seed, pages=1):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DT)
    for i in range(pages):
        pdf.add_page()
        img = scan_image(seed + i, "JPEG")
        pdf.image(io.BytesIO(img), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def logo_png():
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (180, 48), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rectangle([4, 4, 44, 44], fill=(0, 94, 140))
    dr.ellipse([52, 10, 80, 38], fill=(240, 140, 0))
    dr.rectangle([88, 18, 176, 30], fill=(0, 94, 140))
    bio = io.BytesIO()
    im.save(bio, "PNG")
    return bio.getvalue()


def corrupt(blob, seed, mode="middle"):
    rr = random.Random(seed)
    b = bytearray(blob)
    if mode == "truncate":
        return bytes(b[: len(b) // 3])
    if mode == "random":
        return bytes(rr.randrange(256) for _ in range(len(b)))
    for i in range(len(b) // 5, len(b) - 10):
        b[i] = rr.randrange(256)
    return bytes(b)


def ics(uid, summary, start, location, desc, organizer, attendees):
    dt = start.strftime("%Y%m%dT%H%M%S")
    end = (start + datetime.timedelta(hours=2)).strftime("%Y%m%dT%H%M%S")
    att = "".join("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s\r\n" % a for a in attendees)
    d = desc.replace("\n", "\\n").replace(",", "\\,")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20261102T090000Z\r\nDTSTART;TZID=Europe/London:%s\r\n"
            "DTEND;TZID=Europe/London:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nORGANIZER:mailto:%s\r\n%s"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, dt, end, summary, location.replace(",", "\\,"), d, organizer, att)
            ).encode()


# ----------------------------------------------------------------- document contents
JOBS = ["Warehouse Operative", "Customer Service Adviser", "Care Assistant", "Kitchen Porter", "Forklift Driver",
        "Retail Assistant", "Cleaner", "Admin Assistant", "Security Officer", "Delivery Driver", "Barista",
        "Production Operative", "Housekeeper", "Receptionist", "Picker Packer", "Van Driver's Mate"]
SKILLS = ["stock rotation", "till and cash handling", "Microsoft Word and Excel", "manual handling certificate",
          "food hygiene level 2", "CSCS card", "counterbalance forklift licence", "team working", "first aid at work",
          "customer complaints handling", "data entry", "clean full UK driving licence", "SIA door supervisor licence"]


def cv_blocks(c, p, dob=False, nino=False, conviction=False, health=False, contact=True):
    r, fk = c.r, c.fk
    bl = [("h", p.name)]
    if contact:
        bl.append(("p", "%s\n%s | %s" % (p.address, p.phone, p.email)))
    pers = []
    if dob:
        pers.append(("Date of birth", p.dob.strftime(r.choice(["%d/%m/%Y", "%d %B %Y", "%Y-%m-%d"]))))
    if nino:
        pers.append(("National Insurance number", nino_fmt(p.nino, r.randrange(2))))
    if pers:
        bl.append(("kv", pers))
    bl.append(("h", "Profile"))
    bl.append(("p", r.choice([
        "Reliable and hard-working, looking for a full-time role where I can use my experience of %s.",
        "Friendly and punctual person with a background in %s, keen to get back into work.",
        "Motivated team player with skills in %s and a willingness to learn new things.",
    ]) % r.choice(SKILLS)))
    bl.append(("h", "Employment history"))
    for _ in range(r.randrange(2, 4)):
        y = r.randrange(2008, 2025)
        bl.append(("p", "%d-%d  %s, %s\n%s" % (y, y + r.randrange(1, 4), r.choice(JOBS), ascii_name(fk.company()),
                                              ascii_name(fk.sentence(nb_words=10)))))
    bl.append(("h", "Education and training"))
    bl.append(("p", "%s - %s" % (r.choice(["GCSE English and Maths", "NVQ Level 2 Warehousing", "BTEC Business",
                                          "Level 1 Functional Skills", "City & Guilds Catering"]),
                               r.choice(["Runshaw College", "Bolton College", "Wigan and Leigh College", "Salford City College"]))))
    bl.append(("h", "Skills"))
    bl.append(("p", ", ".join(r.sample(SKILLS, 4))))
    if conviction:
        bl.append(("h", "Additional information"))
        bl.append(("p", "I have an unspent conviction for %s (%d) and was released from HMP %s in %d; I am happy to discuss this."
                   % (r.choice(["theft", "affray", "handling stolen goods", "a driving offence"]), r.randrange(2019, 2024),
                      r.choice(["Forest Bank", "Preston", "Risley", "Altcourse"]), r.randrange(2023, 2026))))
    if health:
        bl.append(("h", "Health"))
        bl.append(("p", "I have type 1 diabetes, which is well controlled; I may need short breaks to check my blood sugar."))
    bl.append(("p", "References available on request."))
    return bl


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "kv":
            out.extend("%s: %s" % kv for kv in b[1])
        elif b[0] == "t":
            out.append(" | ".join(map(str, b[1])))
            out.extend(" | ".join(map(str, row)) for row in b[2])
    return "\n".join(out)


def app_form_blocks(c, p, job, employer, dob=False, nino=False, age=True, couple=None, bank=False):
    r = c.r
    bl = [("h", "Application for employment - %s" % job), ("p", "Employer: %s" % employer)]
    people = [p] + ([couple] if couple else [])
    for i, q in enumerate(people):
        pairs = [("Applicant" if not couple else "Applicant %d" % (i + 1), q.name),
                 ("Address", q.address), ("Telephone", q.phone), ("Email", q.email)]
        if age:
            pairs.append(("Age", str(q.age)))
        if dob:
            pairs.append(("Date of birth", q.dob.strftime("%d/%m/%Y")))
        if nino:
            pairs.append(("NI number", q.nino))
        if bank:
            pairs.append(("Bank sort code", sortcode(r)))
            pairs.append(("Account number", account(r)))
        pairs += [("Available to start", day(r.randrange(10, 30))),
                  ("Right to work in the UK", "Yes"),
                  ("Hours wanted", r.choice(["Full time", "Part time (16-24)", "Any, including weekends"])),
                  ("Relevant experience", r.choice(SKILLS) + "; " + r.choice(SKILLS))]
        bl.append(("kv", pairs))
    bl.append(("p", "Declaration: I confirm the information given is true and complete."))
    return bl


def letter_blocks(c, p, kind, employer=None, extra=None):
    r = c.r
    bl = [("p", "%s\n%s Office\n%s" % (ORG, r.choice(OFFICES), day(r.randrange(0, 5), "%d %B %Y"))),
          ("p", "%s\n%s" % (p.name, p.address)), ("p", "Dear %s %s," % (r.choice(["Mr", "Ms", "Mx"]) if False else ("Mr" if p.sex == "m" else "Ms"), p.last))]
    if kind == "interview":
        bl.append(("h", "Invitation to interview"))
        bl.append(("p", "Thank you for your application for the post of %s with %s. We would like to invite you to an "
                        "interview on %s at %s. Please bring proof of your right to work." %
                   (r.choice(JOBS), employer or "our client", when(c), employer or "the employer's premises")))
    elif kind == "offer":
        bl.append(("h", "Offer of employment"))
        bl.append(("p", "I am pleased to offer you the position of %s at %s, starting on %s, %s hours a week at "
                        "GBP %.2f per hour, subject to satisfactory references." %
                   (r.choice(JOBS), employer or "our company", day(r.randrange(10, 30)), r.choice(["37.5", "30", "20"]),
                    r.choice([12.21, 12.60, 13.05, 12.85]))))
    elif kind == "appointment":
        bl.append(("h", "Your appointment"))
        bl.append(("p", "Your next appointment with your employment adviser is on %s at our %s office. If you cannot "
                        "attend please ring us on %s." % (when(c), r.choice(OFFICES), landline(r))))
    else:
        bl.append(("h", kind))
        bl.append(("p", extra or ""))
    if extra and kind in ("interview", "offer", "appointment"):
        bl.append(("p", extra))
    bl.append(("p", "Yours sincerely,\n\n%s\n%s" % (ascii_name(c.fk.name()), r.choice(["Employment Adviser", "Recruitment Coordinator", "Team Leader"]))))
    return bl


# ----------------------------------------------------------------- messages and labels
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()
MIME = {"pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "doc": ("application", "msword"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "odt": ("application", "vnd.oasis.opendocument.text"),
        "csv": ("text", "csv"), "txt": ("text", "plain"), "zip": ("application", "zip"),
        "jpg": ("image", "jpeg"), "png": ("image", "png"), "tif": ("image", "tiff"),
        "ics": ("text", "calendar"), "dat": ("application", "octet-stream")}


def att(fn, blob, mime=None):
    ext = fn.rsplit(".", 1)[-1].lower()
    mt = mime or MIME.get(ext, ("application", "octet-stream"))
    return dict(fn=fn, blob=blob, mt=mt)


def addr(x):
    if isinstance(x, str):
        return ("", x)
    if isinstance(x, tuple):
        return x
    return (x.name, x.email)


def M(sender, to, subject, text=None, html=None, cc=(), bcc=(), atts=(), headers=None, mailer=None,
      from_name=None, raw=None, inline=None, crlf=None, cte=None, nested=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, html=html,
                atts=list(atts), headers=headers or {}, mailer=mailer, from_name=from_name, raw=raw,
                inline=inline, crlf=crlf, cte=cte, nested=nested)


def L(action, rule, guidance, truth, notes, facts=None):
    return dict(expected_action=action, rule=rule, guidance=guidance, truth=truth, notes=notes, facts=facts or {})


def fmt_addrs(xs):
    return ", ".join(formataddr(addr(x)) if addr(x)[0] else addr(x)[1] for x in xs)


def _cte(text, want):
    if want:
        return want
    try:
        text.encode("ascii")
        return "7bit" if max((len(l) for l in text.split("\n")), default=0) < 900 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


def build_msg(sp, n, top=True):
    msg = EmailMessage()
    name, a = addr(sp["sender"])
    if sp["from_name"] is not None:
        name = sp["from_name"]
    msg["From"] = formataddr((name, a)) if name else a
    msg["To"] = fmt_addrs(sp["to"]) if sp["to"] else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = fmt_addrs(sp["cc"])
    msg["Subject"] = sp["subject"]
    dt = BASE_DATE + datetime.timedelta(minutes=131 * n)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("hk-%d-%s" % (n, top)).encode()).hexdigest()[:24], INT)
    msg["MIME-Version"] = "1.0"
    if sp["mailer"]:
        msg["X-Mailer"] = sp["mailer"]
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        text, html = sp["text"], sp["html"]
        if text is not None and html is None:
            msg.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text, sp["cte"]))
        elif html is not None and text is None:
            msg.set_content(html, subtype="html", charset="utf-8", cte=_cte(html, sp["cte"] or "quoted-printable"))
        else:
            msg.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text, sp["cte"]))
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        if sp["inline"]:
            # related logo for the html part
            hp = msg.get_body(("html",))
            hp.add_related(sp["inline"], maintype="image", subtype="png", cid="<logo001@rmep>",
                           filename="image001.png", disposition="inline")
        if sp["nested"] is not None:
            inner = build_msg(sp["nested"], n + 5000, top=False)
            from email import message_from_bytes
            im = message_from_bytes(inner, policy=policy.default)
            msg.add_attachment(im, filename=None)
        for a_ in sp["atts"]:
            mt, st = a_["mt"]
            if mt == "text":
                msg.add_attachment(a_["blob"], maintype=mt, subtype=st, filename=a_["fn"], cte="base64")
            else:
                msg.add_attachment(a_["blob"], maintype=mt, subtype=st, filename=a_["fn"])
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_rmep_%03d_%d_%s" % (n, i, hashlib.md5(("%d/%d/%s" % (n, i, top)).encode()).hexdigest()[:10]))
            i += 1
    crlf = sp["crlf"] if sp["crlf"] is not None else (n % 7 == 2)
    pol = policy.default.clone(linesep="\r\n" if (crlf and top) else "\n")
    return msg.as_bytes(policy=pol)


def rcpts(sp):
    return [addr(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]]


OUTLOOK = "Microsoft Outlook 16.0.17928.20114"
CONSENT = []


def claimant(c, consent=False, domain=None, sex=None):
    p = Person(c, domain, sex)
    if consent:
        CONSENT.append(p.email)
    return p


def staff(c, kind):
    roles = {
        "contract": ("Contract Manager", "Contract Management"),
        "supply": ("Supply Chain Manager", "Supply Chain Management"),
        "perf": ("Performance Analyst", "Performance & MI"),
        "mi": ("MI Reporting Officer", "Performance & MI"),
        "complaints": ("Complaints Resolution Officer", "Customer Experience"),
        "safeguarding": ("Safeguarding Lead", "Quality & Safeguarding"),
        "it": ("Service Desk Analyst", "IT Service Desk"),
        "hr": ("HR Business Partner", "People Team"),
        "adviser": ("Employment Adviser", "Restart Delivery"),
        "ea": ("Employer Account Manager", "Employer Services"),
        "compliance": ("Compliance Officer", "Contract Compliance"),
        "ops": ("Operations Coordinator", "Central Operations"),
        "health": ("Health and Work Coordinator", "WHP Delivery"),
        "finance": ("Finance Assistant", "Finance"),
        "comms": ("Internal Communications Officer", "Communications"),
        "l&d": ("Learning and Development Partner", "People Team"),
    }
    t, team = roles[kind]
    return Staff(c, t, team)


def mailbox(name, local):
    return ("%s %s" % (ORG_SHORT, name), "%s@%s" % (local, INT))


# ================================================================= A. ordinary mail (no claimant data)
NC = lambda notes: L("relay", "no_claimant_data", "", T0, notes)


def office_stats(c, cols):
    return [[o] + [c.r.randrange(*rng) for rng in cols] for o in c.r.sample(OFFICES, 8)]


def nc_contract_review(v):
    c = Ctx("contract%d" % v)
    s = staff(c, c.choice(["contract", "supply"]))
    k = supply_contact(c)
    q = ["Q2", "Q3", "Q1", "Q4"][v]
    starts, jo = c.r.randrange(300, 900), c.r.randrange(60, 240)
    mh = c.r.randrange(38, 61)
    opener = ["Thanks for sending the %s return over on time." % q,
              "Ahead of next week's performance review I've pulled the %s numbers together." % q,
              "Quick one before the %s review - the headline figures are below." % q,
              "Following our call, here is where %s landed against profile." % q][v]
    body = "%s\n\n%s\n\n- Starts: %d against a profile of %d\n- Job outcomes: %d (%d%% conversion)\n" \
           "- Participants self-declaring a health condition or disability: %d%%\n" \
           "- Early leavers: %d\n\n%s\n\n%s\n\n%s" % (
               greet(c, k.first), opener, starts, starts + c.r.randrange(-40, 80), jo, 100 * jo // starts, mh,
               c.r.randrange(5, 30),
               c.choice(["The mental health and substance misuse pathways are where the gap is; can we look at "
                         "referral routes into Pennine Talking Therapies at the meeting?",
                         "Conversion is behind the other partners. I'd like to understand what support you need, "
                         "particularly for people with convictions, where we know employers are cautious.",
                         "Good progress overall. Please bring your improvement plan for sustainment payments."]),
               c.choice(SIGN_OFFS) + ",", sig(s, c))
    atts = []
    if v % 2 == 0:
        rows = office_stats(c, [(20, 120), (5, 40), (1, 15)])
        atts.append(att("%s %s performance summary.xlsx" % (k.domain.split(".")[0], q),
                        xlsx_bytes([{"name": "Summary", "header": ["Office", "Starts", "Job outcomes", "Early leavers"],
                                     "rows": rows, "title": "%s performance by delivery office - counts only" % q}])))
    sp = M(s, [k], "%s performance review - %s" % (q, c.choice(["headline figures", "agenda and data", "for discussion"])),
           text=body, atts=atts, mailer=OUTLOOK, cc=[staff(c, "contract")] if v == 1 else ())
    return sp, NC("contract review with aggregate health-condition percentage; long disclaimer")


def nc_mi_pack(v):
    c = Ctx("mipack%d" % v)
    s = staff(c, c.choice(["perf", "mi"]))
    k = dwp_contact(c, "Performance Manager") if v != 3 else supply_contact(c, "Contract Lead")
    month = ["July", "August", "September", "October"][v]
    hdr = ["Office", "Referrals", "Starts", "Job starts", "Sustained 6m"]
    rows = office_stats(c, [(50, 200), (30, 150), (5, 60), (1, 30)])
    barrier = [["Mental health condition", c.r.randrange(300, 700)], ["Physical health condition", c.r.randrange(200, 600)],
               ["Substance misuse (self-declared)", c.r.randrange(30, 120)], ["Offending history", c.r.randrange(40, 150)],
               ["Care leaver", c.r.randrange(5, 40)], ["Lone parent", c.r.randrange(50, 200)]]
    body = "%s\n\nPlease find the %s MI pack attached. %s\n\nCounts under 5 are suppressed in line with our " \
           "statistical disclosure policy.\n\n%s\n\n%s" % (
               greet(c, k.first), month,
               c.choice(["Starts are up on last month; sustainment remains the weak spot.",
                         "The barriers table now separates mental and physical health as you asked.",
                         "Note the revised profile from period 7."]), c.choice(SIGN_OFFS), sig(s, c))
    atts, html = [], None
    if v in (0, 1):
        atts.append(att("MI_pack_%s_2026.xlsx" % month,
                        xlsx_bytes([{"name": "Performance", "header": hdr, "rows": rows},
                                    {"name": "Barriers", "header": ["Barrier", "Participants"], "rows": barrier},
                                    {"name": "Notes", "header": ["Note"], "rows": [["Source: Pathway CRM extract, aggregated"]]}])))
    elif v == 2:
        atts.append(att("%s-2026-MI-summary.pdf" % month,
                        pdf_bytes("MI summary", [("h", "%s 2026 MI summary" % month), ("t", hdr, rows),
                                                 ("h", "Barriers to work (all participants on caseload)"),
                                                 ("t", ["Barrier", "Participants"], barrier)])))
    else:
        html = to_html(body.split("\n\n")[0] + "\n\nHeadline figures for %s:" % month)
        html = html.replace("</body>", html_table(hdr, rows) + "<p>Barriers:</p>" + html_table(["Barrier", "n"], barrier) +
                            "<p>%s</p></body>" % esc(sig(s, c)).replace("\n", "<br>"))
    sp = M(s, [k], "%s MI pack" % month, text=body if html is None else None, html=html, atts=atts, mailer=OUTLOOK)
    return sp, NC("aggregate MI, barrier counts incl. mental health / offending, no individuals")


def nc_newsletter(v):
    c = Ctx("news%d" % v)
    s = staff(c, "comms")
    to = [mailbox("Supply Chain", "supplychain.bulletin")]
    bcc = [supply_contact(c), supply_contact(c)]
    items = [
        ("Mental Health Awareness Week", "This year's theme is anxiety. Around half of the people we support tell us they "
         "live with a mental health condition, and many also manage long-term physical health problems. Our wellbeing "
         "toolkit for advisers is on the extranet."),
        ("Universal Credit uprating", "From April the UC standard allowance for a single person aged 25 or over rises. "
         "Advisers should use the better-off calculator rather than quoting figures from memory; Housing Benefit and PIP "
         "are unaffected by starting a job in many cases."),
        ("Working with people with convictions", "Ban the Box employers in the region now number 41. The Rehabilitation of "
         "Offenders Act guidance has been refreshed; remember that most cautions and many convictions become spent."),
        ("Safeguarding reminder", "If anyone discloses domestic abuse, self-harm or that a child may be at risk, follow the "
         "safeguarding procedure the same day and speak to your safeguarding lead."),
        ("Job of the month", "Night shift picker packers, Haydock - 30 posts, GBP 12.85/hour, no experience needed."),
        ("Recovery month", "Our partners in drug and alcohol recovery services are running open days across Greater "
         "Manchester - posters attached to the extranet page."),
        ("Pride in the North West", "We're marching again this year. LGBTQ+ staff network members welcome all colleagues."),
        ("Ramadan and Eid", "A short guide to supporting colleagues and participants who are fasting is on the intranet."),
    ]
    pick = c.r.sample(items, 4)
    title = ["Supply Chain Bulletin", "Partner Briefing", "The Ops Update", "Delivery News"][v]
    txt = "%s - issue %d\n\n" % (title, 30 + v) + "\n\n".join("%s\n%s" % it for it in pick) + "\n\n" + sig(s, c)
    html = ('<html><body style="font-family:Arial"><h1 style="color:#005e8c">%s</h1><p>Issue %d</p>' % (title, 30 + v) +
            "".join("<h2>%s</h2><p>%s</p>" % (esc(a), esc(b)) for a, b in pick) +
            "<hr><p style='font-size:8pt'>%s</p></body></html>" % esc(sig(s, c)).replace("\n", "<br>"))
    sp = M(mailbox("Communications", "communications"), to, "%s - issue %d" % (title, 30 + v),
           text=txt if v != 2 else None, html=html, bcc=bcc)
    return sp, NC("partner newsletter: mental health, UC rates, convictions, safeguarding in general statements")


def nc_policy(v):
    c = Ctx("policy%d" % v)
    s = staff(c, c.choice(["safeguarding", "compliance"]))
    k = supply_contact(c)
    titles = ["Safeguarding Adults and Children Policy v4.2", "Data Protection and Special Category Data Policy",
              "Recruitment of People with Criminal Records Policy"]
    t = titles[v]
    paras = ["1. Purpose. This policy sets out how %s and its supply chain protect participants." % ORG,
             "2. Scope. It applies to all staff, volunteers and subcontractors delivering Restart and WHP.",
             "3. Special category data includes information about health, including mental health, racial or ethnic "
             "origin, religious beliefs, sex life or sexual orientation and trade union membership. Criminal offence "
             "data (convictions, cautions, MAPPA status) is treated with the same care.",
             "4. Staff must never send a participant's medical information, benefit payment details or children's "
             "details by unencrypted email.",
             "5. Where a participant discloses substance misuse, self-harm or risk to a child, staff follow section 9.",
             "6. Review. This policy is reviewed annually by the Quality & Safeguarding team."]
    if v == 0:
        a = att("Safeguarding Policy v4.2.docx", docx_bytes(t, [("h", t)] + [("p", p) for p in paras]))
    elif v == 1:
        a = att("DP-policy-2026.pdf", pdf_bytes(t, [("h", t)] + [("p", p) for p in paras]))
    else:
        a = att("criminal-records-recruitment-policy.odt", odt_bytes(t, paras))
    body = "%s\n\n%s\n\n%s\n\n%s" % (greet(c, k.first),
                                     c.choice(["The updated %s is attached. Please share it with your delivery team and "
                                               "confirm by the end of the month that everyone has read it." % t,
                                               "Attached is the refreshed %s, approved at the Quality Board last Tuesday." % t,
                                               "As promised at the partner forum, here is the %s. Changes are in section 3." % t]),
                                     c.choice(SIGN_OFFS), sig(s, c))
    sp = M(s, [k], "Updated policy: %s" % t, text=body, atts=[a], mailer=OUTLOOK)
    return sp, NC("policy document naming special categories and criminal records in general")


def nc_training(v):
    c = Ctx("train%d" % v)
    s = staff(c, "l&d")
    courses = [("Mental Health First Aid (two-day)", "Bolton Innovation Centre"),
               ("Trauma-informed practice", "Microsoft Teams"),
               ("Supporting participants with convictions - with the Probation Service", "Preston Central Hub, Room 3"),
               ("Drug and alcohol awareness", "Wigan Life Centre")]
    title, loc = courses[v]
    d = datetime.datetime(2026, 11, 10 + v * 3, 9, 30)
    body = "%s\n\n%s\n\nCourse: %s\nWhen: %s\nWhere: %s\n\n%s\n\n%s" % (
        c.choice(["Hello all,", "Dear colleagues,", "Hi everyone,", "Good morning,"]),
        c.choice(["We still have places on the next session - please book through the LMS or reply to this email.",
                  "This is now mandatory for all frontline advisers and team leaders by the end of Q4.",
                  "Partners are very welcome; the session is free to supply chain staff."]),
        title, d.strftime("%A %d %B, %H:%M"), loc,
        c.choice(["The course covers recognising signs of depression, anxiety and psychosis and how to signpost.",
                  "Content includes disclosure conversations, MAPPA basics and what employers can ask.",
                  "Covers common substances, harm reduction, and how to refer into recovery services."]),
        sig(s, c))
    to = [supply_contact(c), supply_contact(c)] if v % 2 == 0 else [mailbox("All Advisers", "all.advisers")]
    atts = []
    if v in (0, 2):
        atts.append(att("invite.ics", ics("rmep-train-%d@%s" % (v, INT), title, d, loc, "Training: " + title,
                                         s.email, [addr(x)[1] for x in to])))
    sp = M(s, to, "Training: %s" % title, text=body, atts=atts, mailer=OUTLOOK)
    return sp, NC("training invitation on mental health / convictions / substances - about nobody")


def nc_it(v):
    c = Ctx("it%d" % v)
    s = staff(c, "it")
    sd = mailbox("IT Service Desk", "servicedesk")
    inc = "INC%07d" % c.r.randrange(10000, 99999)
    if v == 0:
        to, subj = [supply_contact(c), supply_contact(c)], "Action required: multi-factor authentication for Pathway CRM"
        body = ("Hello,\n\nFrom 17 November partner users of the Pathway CRM must sign in with MFA. Please install "
                "Microsoft Authenticator before then. Accounts without MFA will be locked and you'll need to raise a "
                "ticket (quote %s).\n\nIT Service Desk\n%s" % (inc, sig(s, c, short=True)))
    elif v == 1:
        to, subj = [mailbox("All Staff", "allstaff")], "Planned outage - Pathway CRM, Saturday 06:00-14:00"
        body = ("Pathway will be unavailable on Saturday for the database upgrade (change REQ%07d). The participant "
                "portal and appointment text reminders will also pause.\n\nSorry for any inconvenience.\n%s"
                % (c.r.randrange(10000, 99999), sig(s, c, disclaimer=False)))
    elif v == 2:
        k = Contact(c, "kinetic-itservices.co.uk", "Service Delivery Manager")
        to, subj = [k], "RE: %s - laptop refresh batch 3" % inc
        body = ("%s\n\n42 devices are ready for collection from Preston; asset tags RM-L-2201 to RM-L-2242. Please wipe "
                "the returned units to NIST 800-88 and send the certificates.\n\n%s\n%s" % (
                    greet(c, k.first), sig(s, c),
                    outlook_quote(k, s.name, "%s - laptop refresh batch 3" % inc,
                                  "Hi,\nConfirming our engineer can attend Thursday.\n\n" + ext_sig(k), sent_str(c))))
    elif v == 3:
        to, subj = [supply_contact(c)], "Phishing warning: fake 'DWP payment' emails"
        body = ("We're seeing emails pretending to be from DWP asking staff to 'verify Universal Credit payments' via a "
                "link. Do not click. Genuine DWP mail never asks for passwords. Report to phishing@%s.\n\n%s" % (INT, sig(s, c)))
    else:
        to, subj = [supply_contact(c), supply_contact(c)], "How to record National Insurance numbers in Pathway"
        body = ("Hi both,\n\nA few partners have asked about the NINO field validation. Enter the number with no spaces, "
                "e.g. QQ123456C (that's the dummy number DWP uses in training - it will never match a real person). "
                "Temporary reference numbers (the old TN format, like TN 14 03 79 F) are rejected by the field; record "
                "them in the notes box instead. Companies House numbers such as SC412233 go in the employer record.\n\n%s"
                % sig(s, c))
    sp = M(sd if v != 2 else s, to, subj, text=body, mailer=OUTLOOK if v != 1 else None)
    return sp, NC("IT service desk mail; ticket refs / dummy QQ NINO / TN temp ref as look-alikes")


def nc_hr(v):
    c = Ctx("hr%d" % v)
    s = staff(c, "hr")
    if v == 0:
        k = Contact(c, "northwest-jobsboard.co.uk", "Account Manager")
        subj = "Advert copy: Employment Adviser x4 (Bolton, Wigan)"
        body = ("%s\n\nPlease post the advert below for 28 days.\n\nEmployment Adviser - GBP 26,500\nYou'll support people "
                "facing barriers such as long-term health conditions, mental ill health, addiction recovery or a criminal "
                "record to find and keep work. Lived experience welcome. Enhanced DBS required. We are a Disability "
                "Confident Leader and guarantee an interview to disabled applicants who meet the essential criteria.\n\n%s"
                % (greet(c, k.first), sig(s, c)))
    elif v == 1:
        k = Contact(c, "pennine-payroll.co.uk", "Payroll Manager")
        subj = "November payroll - headcount and changes"
        body = ("%s\n\nNovember headcount is 612 (starters 14, leavers 9). The change file will be on the SFTP by Friday; "
                "statutory sick pay and maternity pay adjustments are on tab 3 as usual.\n\n%s" % (greet(c, k.first), sig(s, c)))
    elif v == 2:
        e = employer_contact(c)
        former = ascii_name(c.fk.name())
        subj = "Reference request - %s" % former
        body = ("%s\n\nThank you for your request. I can confirm %s was employed by %s as an Employment Adviser from "
                "March 2021 to August 2026. It is our policy to provide dates and job title only.\n\n%s" % (
                    greet(c, e.first), former, ORG, sig(s, c)))
        k = e
    elif v == 3:
        k = dwp_contact(c, "Contract Manager")
        s = staff(c, "contract")
        subj = "Friday's call - can we move it?"
        body = ("%s\n\nSorry to be a pain - I've got a hospital appointment on Friday morning for my knee (finally!) and "
                "I'll be off for a couple of weeks after the op. Could we do Thursday at 2 instead? My deputy will cover "
                "the contract meeting on the 20th.\n\n%s" % (greet(c, k.first), sig(s, c)))
    else:
        k = mailbox("All Staff", "allstaff")
        subj = "New policy: menopause, sickness absence and reasonable adjustments"
        body = ("Dear colleagues,\n\nThe People Team has published a revised Attendance Policy. It covers phased returns, "
                "reasonable adjustments for disabled staff, support for staff going through menopause, and time off for "
                "medical appointments. Our Employee Assistance Programme also covers alcohol and gambling worries.\n\n%s"
                % sig(s, c))
    sp = M(s, [k], subj, text=body, mailer=OUTLOOK)
    return sp, NC("HR mail: advert / payroll / staff reference / sender's own hospital appointment / policy")


def nc_complaints_agg(v):
    c = Ctx("compagg%d" % v)
    s = staff(c, "complaints")
    k = dwp_contact(c, "Contract Manager")
    cats = [["Reasonable adjustments for disability or health", c.r.randrange(5, 20)],
            ["Attitude of staff", c.r.randrange(5, 25)], ["Appointment issues", c.r.randrange(10, 40)],
            ["Data protection", c.r.randrange(0, 5)], ["Discrimination (race, religion, sexuality)", c.r.randrange(0, 6)],
            ["Benefit sanction queries (referred to DWP)", c.r.randrange(3, 15)]]
    if v == 0:
        body = ("%s\n\nQuarterly complaints summary below. %d complaints closed, %d%% within 10 working days.\n\n%s\n\n"
                "Themes: adjustments for people with anxiety at group sessions; one office's waiting area.\n\n%s" % (
                    greet(c, k.first), sum(x[1] for x in cats), c.r.randrange(80, 97),
                    "\n".join("%-50s %d" % tuple(x) for x in cats), sig(s, c)))
        sp = M(s, [k], "Complaints summary Q2", text=body, mailer=OUTLOOK)
    else:
        html = ("<html><body><p>%s</p><p>Here's the learning report for the Customer Experience Board.</p>%s"
                "<p>No complaints were escalated to the Independent Case Examiner this quarter.</p><p>%s</p></body></html>" % (
                    esc(greet(c, k.first)), html_table(["Category", "Closed"], cats), esc(sig(s, c)).replace("\n", "<br>")))
        sp = M(s, [k, staff(c, "contract")], "Customer Experience Board - complaints learning", html=html)
    return sp, NC("aggregate complaint themes incl. disability/discrimination counts")


def nc_blank_forms(v):
    c = Ctx("blank%d" % v)
    s = staff(c, c.choice(["ops", "compliance"]))
    k = supply_contact(c)
    if v == 0:
        blocks = [("h", "UCNEA1 - Notification of employment (TEMPLATE)"),
                  ("kv", [("Participant name", ""), ("National Insurance number", ""), ("Employer", ""),
                          ("Job start date", ""), ("Hours per week", ""), ("Signature", "")]),
                  ("p", "Send one form per email to DWP. Do not add medical or benefit details.")]
        a = att("UCNEA1_template_v3.docx", docx_bytes("UCNEA1 template", blocks))
        subj = "Latest UCNEA1 template"
    elif v == 1:
        a = att("Referral_tracker_TEMPLATE.xlsx", xlsx_bytes([{"name": "Referrals", "header": [
            "Surname", "Forename", "NINO", "Date of birth", "Postcode", "Health condition", "Referral date"], "rows": []}]))
        subj = "Blank referral tracker for December"
    else:
        blocks = [("h", "Employer application form (blank)"),
                  ("kv", [("Name", "____________"), ("Age", "____"), ("Address", "____________"),
                          ("Phone", "____________"), ("Do you have any unspent convictions? Y/N", "____"),
                          ("Do you need any adjustments for interview?", "____________")])]
        a = att("blank-application-form.pdf", pdf_bytes("blank form", blocks))
        subj = "Blank application form for the Irwell Foods campaign"
    body = "%s\n\n%s\n\n%s" % (greet(c, k.first), c.choice([
        "Attached is the blank version - please use this from Monday.",
        "Here's the empty template; nothing has been filled in.",
        "As requested, the template with the new columns."]), sig(s, c))
    return M(s, [k], subj, text=body, atts=[a], mailer=OUTLOOK), NC("blank template with NINO/DOB/health fields, no values")


def nc_rates(v):
    c = Ctx("rates%d" % v)
    if v == 0:
        s = staff(c, "health")
        k = supply_contact(c)
        t = ("Universal Credit rates 2026/27 (published)\n\nStandard allowance, single under 25: GBP 316.98 per month\n"
             "Standard allowance, single 25 or over: GBP 400.14\nCouple, both 25 or over: GBP 628.10\nLimited capability "
             "for work-related activity element: GBP 423.27\nWork allowance (with housing): GBP 411\nTaper: 55%\n\nESA "
             "and JSA new-style rates and PIP daily living rates are on page 2.")
        a = att("UC-rates-2026-27.pdf", pdf_bytes("rates", [("h", "Benefit rates 2026/27"), ("p", t)]))
        body = "%s\n\nFor the advisers' packs - the published rates for this year.\n\n%s" % (greet(c, k.first), sig(s, c))
        return M(s, [k], "Benefit rates 2026/27 for adviser packs", text=body, atts=[a]), \
            NC("published UC/ESA/PIP rates - amounts about nobody")
    p1, p2 = claimant(c), claimant(c)
    mb = mailbox("Restart Bolton", "bolton.restart")
    body = ("Hello,\n\nWorried about money when you start work? Most people are better off in work. For example, a single "
            "person aged 25 or over on Universal Credit who starts a 16-hour job at GBP 12.60 an hour keeps the first "
            "GBP 411 of earnings (if they get help with housing), and loses 55p of UC for each GBP 1 after that.\n\nAsk your "
            "adviser for a personal better-off calculation at your next appointment.\n\nRestart Bolton team\n%s" % DISCLAIMERS[1])
    return M(mb, [mb], "Better off in work - how your Universal Credit changes", text=body, bcc=[p1, p2]), \
        NC("generic mailshot to claimants (Bcc) with worked UC example, no claimant's own data")


def nc_supplier(v):
    c = Ctx("supplier%d" % v)
    s = staff(c, "finance")
    if v == 0:
        k = Contact(c, "printwise-bolton.co.uk", "Accounts")
        blocks = [("h", "Remittance advice"), ("kv", [("Payee", "Printwise Bolton"), ("Invoice", "PW-%05d" % c.r.randrange(99999)),
                                                      ("Amount", "GBP 1,284.00"), ("Paid from", ORG + " Ltd"),
                                                      ("Our bank", "sort code 30-94-57, account 21873364")]),
                  ("p", "Please contact finance@%s with any queries." % INT)]
        body = "%s\n\nRemittance attached for the leaflet print run.\n\n%s" % (greet(c, k.first), sig(s, c))
        return M(s, [k], "Remittance advice", text=body, atts=[att("remittance.pdf", pdf_bytes("remit", blocks))]), \
            NC("provider's own bank details on a remittance - not claimant data")
    if v == 1:
        k = Contact(c, "printwise-bolton.co.uk", "Sales")
        body = ("%s\n\nPlease quote for 5,000 A5 leaflets 'Struggling with your mental health? We can help you into work' "
                "and 500 posters for our Talking Therapies partnership. Invoice to %s Ltd, PO RM-%06d. Our VAT no. is "
                "GB 294 7741 08.\n\n%s" % (greet(c, k.first), ORG, c.r.randrange(999999), sig(s, c)))
        return M(s, [k], "Quote request - mental health campaign leaflets", text=body), NC("purchase order; campaign wording")
    k = Contact(c, "deansgate-hospitality.co.uk", "Events")
    body = ("%s\n\nConfirming the booking of the Irwell Suite for our Employer Breakfast on %s, 60 delegates, "
            "two vegetarian and three halal meals, one gluten-free. Please invoice %s Ltd, finance@%s.\n\n%s" % (
                greet(c, k.first), day(30), ORG, INT, sig(s, c)))
    return M(s, [k], "Booking confirmation - Employer Breakfast", text=body), \
        NC("venue booking with dietary counts (halal) - about nobody")


def nc_employer(v):
    c = Ctx("employer%d" % v)
    s = staff(c, "ea")
    e = employer_contact(c)
    texts = [
        "Thanks for your time yesterday. As discussed, we can run a sector-based work academy for your %s roles: two "
        "weeks of pre-employment training, a guaranteed interview, and we'll handle the DBS applications." % c.choice(JOBS),
        "We're holding a jobs fair at Wigan Life Centre on %s and would love you to have a stand. Last year 300 people "
        "attended. Many of our participants have been out of work for health reasons, so a friendly, flexible approach "
        "really helps." % day(21),
        "Following our conversation about becoming a Disability Confident employer, I've attached the self-assessment. "
        "We can also arrange mental health awareness training for your supervisors.",
        "Can you let me know the shift patterns and pay for the Christmas temps? I have a good pool of candidates ready "
        "and can send CVs once you confirm the vacancies are live.",
    ]
    body = "%s\n\n%s\n\n%s,\n\n%s" % (greet(c, e.first), texts[v], c.choice(SIGN_OFFS), sig(s, c))
    atts = []
    if v == 2:
        atts.append(att("Disability Confident self-assessment.docx", docx_bytes("DC", [
            ("h", "Disability Confident self-assessment"), ("p", "Theme 1: getting the right people for your business."),
            ("p", "Theme 2: keeping and developing your people, including those with mental health conditions.")])))
    subj = ["Sector-based work academy - next steps", "Invitation: Wigan jobs fair", "Disability Confident - self-assessment",
            "Christmas temp vacancies"][v]
    return M(s, [e], subj, text=body, atts=atts, mailer=OUTLOOK), NC("employer engagement, no candidate named")


def nc_chain(v):
    c = Ctx("chain%d" % v)
    s = staff(c, c.choice(["contract", "ops", "supply"]))
    k = supply_contact(c) if v % 2 == 0 else dwp_contact(c)
    s2 = staff(c, "ops")
    topics = [("Audit visit - Preston", "The compliance audit will sample 30 files at random; please have the consent "
               "forms and action plans available on the day. We won't take copies away."),
              ("Contract variation 7", "The variation extends referrals to March 2028 and adds 450 starts to the profile."),
              ("Room booking for partner forum", "The Bolton boardroom is booked for 10-1. Lunch for 18."),
              ("PRaP reconciliation", "We have 14 unmatched payments on the October statement; the list will go by the "
               "secure route, I'm only confirming the count here.")]
    t, detail = topics[v]
    q1 = "%s\n\n%s\n\n%s" % (greet(c, k.first), detail, sig(s2, c, disclaimer=False))
    q2 = "Thanks - noted. Can we confirm who is attending from your side?\n\n" + ext_sig(k)
    body = "%s\n\n%s\n\n%s\n%s\n%s" % (
        greet(c, k.first), c.choice(["That's fine, we'll have three people there.", "Agreed, thanks for confirming.",
                                     "Perfect - see you then.", "Great, I'll update the plan."]),
        sig(s, c), outlook_quote(k, s2.name, t, q2, sent_str(c, 1)), outlook_quote(s2, k.name, t, q1, sent_str(c, 3)))
    return M(s, [k], "RE: RE: %s" % t, text=body, cc=[s2], mailer=OUTLOOK), NC("ordinary reply chain, no individual")


def nc_claimant_generic(v):
    c = Ctx("clgen%d" % v)
    p = claimant(c)
    mb = mailbox(c.choice(OFFICES) + " Office", c.choice(["restart.desk", "whp.team", "enquiries"]))
    texts = [
        "Just to let you know our office is moving to the first floor of the library from Monday. The entrance is on "
        "Market Street. Appointment times are not changing.",
        "Thanks for getting in touch. We've received your email and an adviser will reply within two working days.",
        "We're holding a jobs fair next Thursday from 10 till 2 with over 20 local employers, including care, warehouse "
        "and hospitality roles. Drop in any time - no need to book.",
    ]
    body = "Hi %s,\n\n%s\n\nBest wishes\n%s" % (p.first, texts[v], mb[0])
    return M(mb, [p], ["Office move", "We've received your email", "Jobs fair next Thursday"][v], text=body), \
        NC("mail to a claimant with only a greeting and generic information")


def nc_dwp_ops(v):
    c = Ctx("dwpops%d" % v)
    s = staff(c, c.choice(["contract", "ops", "perf"]))
    k = dwp_contact(c, c.choice(["Contract Manager", "Performance Manager", "Third Party Provision Manager"]))
    t = [("Agenda - monthly contract meeting", "1. Performance against profile\n2. Customer service standards\n3. "
          "Supply chain changes (new partner for the Pendle area)\n4. Health and work pathway capacity\n5. AOB"),
         ("Capacity for December referrals", "We can absorb 180 further referrals across Greater Manchester in December. "
          "Adviser caseloads are averaging 92. Wigan is close to capacity."),
         ("ESF evidence timetable", "Participant eligibility evidence for the 2026 claims will be uploaded in batches "
          "through the DWP portal, not by email, as agreed with the ESF team.")][v]
    body = "%s\n\n%s\n\n%s" % (greet(c, k.first), t[1], sig(s, c))
    return M(s, [k], t[0], text=body, mailer=OUTLOOK), NC("routine operational mail to DWP")


def nc_received(v):
    c = Ctx("recv%d" % v)
    s = staff(c, "supply")
    k = supply_contact(c)
    fake = mk_nino(c.r)
    body = "%s\n\nMinutes from the partner forum attached in the body below.\n\n- Actions: refresh the referral SLA; " \
           "share the new complaints leaflet.\n\n%s" % (greet(c, k.first), sig(s, c))
    hdr = {"Received": "from mx2.%s (mx2.%s [10.20.4.11]) by relay1.%s with ESMTPS id %s; Mon, 2 Nov 2026 09:14:07 +0000"
                       % (INT, INT, INT, fake),
           "DKIM-Signature": "v=1; a=rsa-sha256; d=%s; s=sel1; h=from:to:subject; bh=%s; b=%s" % (
               INT, hashlib.sha256(b"x").hexdigest()[:40], hashlib.sha256(b"y").hexdigest())}
    return M(s, [k], "Partner forum minutes", text=body, headers=hdr), \
        NC("a NINO-shaped queue id in a Received trace header only (trace headers are out of scope)")


def nc_lookalike(v):
    c = Ctx("look%d" % v)
    s = staff(c, c.choice(["ops", "finance"]))
    if v == 0:
        k = Contact(c, "deansgate-hospitality.co.uk", "Reservations")
        body = ("%s\n\nBooking refs for the three rooms: HB%06dE, HB%06dF and ZZ%06dA. Purchase order PO-%06d. Our "
                "Companies House number is 07318842.\n\n%s" % (greet(c, k.first), c.r.randrange(999999), c.r.randrange(999999),
                                                               c.r.randrange(999999), c.r.randrange(999999), sig(s, c)))
        return M(s, [k], "Hotel booking references", text=body), NC("booking refs with suffix E/F and ZZ prefix - not NINOs")
    k = supply_contact(c)
    body = ("%s\n\nFor the data quality refresher, these are examples of INVALID NINOs the CRM rejects: BG 12 34 56 A, "
            "GB123456B, DA 11 22 33 C, FQ445566D, NK 10 20 30 A, TN 99 88 77 B, AO123456C. Temporary references look like "
            "TN 01 02 88 M.\n\n%s" % (greet(c, k.first), sig(s, c)))
    return M(s, [k], "Data quality refresher - invalid NINO formats", text=body), NC("only invalid-prefix NINO look-alikes")


def nc_safeguard_general(v):
    c = Ctx("sgg%d" % v)
    s = staff(c, "safeguarding")
    k = supply_contact(c)
    texts = ["A reminder of how to raise a safeguarding concern. Examples from the training: if a participant says they "
             "are using heroin again and have a child at home; if someone mentions thoughts of suicide; if a person under "
             "MAPPA arrangements asks to work with vulnerable adults. In every case: record, inform the Safeguarding Lead "
             "the same day, do not promise confidentiality.",
             "The Prevent duty refresher is now live. Radicalisation can affect anyone regardless of religion or ethnicity; "
             "the e-learning explains the Channel referral route. Completion rates across the supply chain are 71%."]
    body = "%s\n\n%s\n\n%s" % (greet(c, k.first), texts[v], sig(s, c))
    return M(s, [k, supply_contact(c)], ["Raising a safeguarding concern - reminder", "Prevent duty refresher"][v],
             text=body, mailer=OUTLOOK), NC("safeguarding guidance with hypothetical examples, nobody identified")


def _smime_signed(body_text):
    def raw(msg):
        inner = EmailMessage()
        inner.set_content(body_text, charset="utf-8")
        msg.make_mixed()
        msg.set_type("multipart/signed")
        msg.set_param("protocol", "application/pkcs7-signature")
        msg.set_param("micalg", "sha-256")
        msg.attach(inner)
        sigp = EmailMessage()
        sigp.set_content(hashlib.sha512(body_text.encode()).digest() * 8, maintype="application",
                         subtype="pkcs7-signature", filename="smime.p7s")
        msg.attach(sigp)
    return raw


def nc_smime_signed(v):
    c = Ctx("smime%d" % v)
    s = staff(c, "contract")
    k = dwp_contact(c, "Contract Manager")
    body = "%s\n\nSigned copy of the data sharing agreement addendum is with legal; I'll forward once countersigned.\n\n%s" % (
        greet(c, k.first), sig(s, c))
    return M(s, [k], "Data sharing agreement addendum", raw=_smime_signed(body)), NC("S/MIME signed only (readable), no data")


def nc_zip_docs(v):
    c = Ctx("zipdocs%d" % v)
    s = staff(c, "supply")
    k = supply_contact(c)
    files = [("Supply chain handbook 2026.docx", docx_bytes("Handbook", [("h", "Supply chain handbook"),
                                                                        ("p", "Section 4 covers special category data and criminal offence data.")])),
             ("Escalation contacts.pdf", pdf_bytes("contacts", [("h", "Escalation contacts"),
                                                               ("p", "Contract: 0161 496 0120\nSafeguarding: 0161 496 0911")])),
             ("KPI definitions.csv", csv_bytes(["KPI", "Definition"], [["JO1", "Job outcome within 12 months"],
                                                                    ["ST1", "Start within 15 working days of referral"]]))]
    body = "%s\n\nThe onboarding pack is zipped up here.\n\n%s" % (greet(c, k.first), sig(s, c))
    return M(s, [k], "Onboarding pack for new partner staff", text=body,
             atts=[att("onboarding-pack.zip", zip_bytes(files))]), NC("zip of handbook/contacts/KPI definitions")


def nc_odt_minutes(v):
    c = Ctx("odt%d" % v)
    s = staff(c, "supply")
    k = supply_contact(c)
    paras = ["Partner forum minutes - %s" % day(-6, "%d %B %Y"), "Present: partner leads and RMEP supply chain team.",
             "1. Performance: all partners above 85% of profile.",
             "2. Health pathway: waiting times for talking therapies remain 9 weeks; partners asked for a direct route.",
             "3. AOB: next forum in Blackburn."]
    body = "%s\n\nMinutes attached (ODT, as some of you don't have Word).\n\n%s" % (greet(c, k.first), sig(s, c))
    return M(s, [k], "Partner forum minutes", text=body, atts=[att("forum-minutes.odt", odt_bytes("Minutes", paras))]), \
        NC("ODT minutes, aggregate only")


def nc_html_logo(v):
    c = Ctx("logo%d" % v)
    s = staff(c, c.choice(["comms", "ea"]))
    k = supply_contact(c) if v == 0 else employer_contact(c)
    txt = ["The partner portal now has the new referral guidance and the health and work resources page.",
           "Thank you for hosting our participants at the open day - the feedback was brilliant."][v]
    html = ('<html><body style="font-family:Segoe UI"><p>%s</p><p>%s</p><p>%s</p>'
            '<img src="cid:logo001@rmep" alt="RMEP" width="180" height="48"><p style="font-size:8pt;color:#666">%s</p>'
            '</body></html>' % (esc(greet(c, k.first)), esc(txt), esc(sig(s, c, disclaimer=False)).replace("\n", "<br>"),
                                esc(DISCLAIMERS[v])))
    return M(s, [k], ["Partner portal update", "Thank you for the open day"][v], html=html, inline=logo_png()), \
        L("relay", "no_claimant_data", "", T0, "HTML-only with an inline signature logo image (decorative, 180x48); see README on images")


def nc_auto_reply(v):
    c = Ctx("ooo%d" % v)
    s = staff(c, c.choice(["ea", "contract"]))
    k = employer_contact(c) if v == 0 else dwp_contact(c)
    body = ["I'm out of the office until %s with limited access to email. For urgent recruitment queries please contact "
            "employers@%s." % (day(9, "%d %B"), INT),
            "Thank you for your email. I am currently on leave returning %s. If your message concerns a safeguarding "
            "issue please call 0161 496 0911." % day(4, "%A")][v]
    return M(s, [k], "Automatic reply: %s" % c.choice(["Vacancies", "Monthly meeting", "Referral query"]), text=body,
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}), NC("out-of-office auto reply")


def nc_teams_invite(v):
    c = Ctx("teams%d" % v)
    s = staff(c, "perf")
    to = [dwp_contact(c, "Performance Manager"), supply_contact(c)]
    d = datetime.datetime(2026, 11, 26, 14, 0)
    desc = "Microsoft Teams meeting\nJoin: https://teams.example.invalid/l/meetup-join/19%3ameeting\nAgenda: Q3 MI walk-through"
    body = "Quarterly MI walk-through - invite attached.\n\n%s" % sig(s, c)
    return M(s, to, "Quarterly MI walk-through", text=body,
             atts=[att("meeting.ics", ics("rmep-mi-q3@%s" % INT, "Quarterly MI walk-through", d, "Microsoft Teams", desc,
                                          s.email, [x.email for x in to]))]), NC("Teams invite, ICS")


def nc_mp_general(v):
    c = Ctx("mpgen%d" % v)
    s = staff(c, "complaints")
    k = Contact(c, "mp-office.example-parliament.org.uk", "Caseworker")
    body = ("%s\n\nThank you for your enquiry about Restart provision in the constituency. In the last twelve months we "
            "supported 1,240 residents, of whom 38%% reported a disability or long-term health condition; 412 started "
            "work. We'd be pleased to host a visit to our Leigh office.\n\n%s" % (greet(c, k.first), sig(s, c)))
    return M(s, [k], "Restart provision in the constituency", text=body), NC("MP office, aggregate figures only")


def nc_equality_report(v):
    c = Ctx("eq%d" % v)
    s = staff(c, "perf")
    k = dwp_contact(c, "Contract Manager")
    rows = [["White British", "71%"], ["Asian or Asian British", "14%"], ["Black or Black British", "6%"], ["Mixed", "4%"],
            ["Other / prefer not to say", "5%"]]
    a = att("Equality-monitoring-annual-2026.pdf", pdf_bytes("eq", [
        ("h", "Equality monitoring - annual report"), ("p", "Participants by ethnicity (n=9,812):"),
        ("t", ["Ethnicity", "Share"], rows), ("p", "Participants identifying as LGB+: 5%. Religion: see appendix."),
        ("p", "Disability or long-term health condition: 46%.")]))
    body = "%s\n\nOur annual equality monitoring report is attached for the contract file.\n\n%s" % (greet(c, k.first), sig(s, c))
    return M(s, [k], "Annual equality monitoring report", text=body, atts=[a]), NC("ethnicity/sexuality percentages, aggregate")


def nc_complaint_ack(v):
    c = Ctx("cack%d" % v)
    p = claimant(c)
    mb = mailbox("Customer Experience", "complaints")
    body = ("Dear %s,\n\nThank you for contacting us. Your complaint has been logged with reference CX-%05d and will be "
            "answered within 10 working days. If you need this information in another format, please let us know.\n\n"
            "Customer Experience Team\n%s" % (p.first, c.r.randrange(99999), DISCLAIMERS[3]))
    return M(mb, [p], "Your complaint CX acknowledgement", text=body), \
        NC("complaint acknowledgement to the complainant: greeting + reference only")


def nc_dbs_process(v):
    c = Ctx("dbs%d" % v)
    s = staff(c, "hr")
    k = supply_contact(c)
    body = ("%s\n\nFor your new advisers: all frontline staff need an enhanced DBS check before seeing participants. Use "
            "the umbrella body portal; we don't need to see the certificate, just the issue date. Disclosures of "
            "convictions are risk-assessed and are not an automatic bar.\n\n%s" % (greet(c, k.first), sig(s, c)))
    return M(s, [k], "DBS checks for partner staff", text=body), NC("staff DBS process, generic")


def nc_esf_guidance(v):
    c = Ctx("esfg%d" % v)
    s = staff(c, "compliance")
    k = supply_contact(c)
    body = ("%s\n\nESF eligibility reminder: evidence of age, right to work and residency must be seen and recorded for "
            "every participant. Do not email copies of passports or birth certificates - upload them to Pathway. "
            "The ESF 14-20 form is now version 6.\n\n%s" % (greet(c, k.first), sig(s, c)))
    return M(s, [k], "ESF eligibility evidence - reminder", text=body), NC("ESF guidance, no participant")


# ================================================================= B. exempt relays
def r_one_name(v):
    c = Ctx("onename%d" % v)
    p = claimant(c)
    s = staff(c, c.choice(["ea", "adviser"]))
    if v == 0:
        e = employer_contact(c)
        body = "%s\n\nCould you fit %s in for an interview on %s? %s\n\n%s" % (
            greet(c, e.first), p.name, when(c), c.choice(["I'll confirm with them today.", "Let me know what works."]), sig(s, c))
        sp = M(s, [e], "Interview slot - %s" % c.choice(JOBS), text=body)
        note = "one name + interview time to an employer"
    elif v == 1:
        k = supply_contact(c)
        body = "%s\n\nReferral for %s has been accepted; start date %s.\n\n%s" % (greet(c, k.first), p.name, day(9), sig(s, c))
        sp = M(s, [k], "Referral accepted - %s" % p.name, text=body)
        note = "one name (also in subject) + referral status + start date to supply chain"
    elif v == 2:
        k = dwp_contact(c, "Work Coach")
        body = "%s\n\nJust to let you know %s started on the programme with us today and had a good first session.\n\n%s" % (
            greet(c, k.first), p.name, sig(s, c))
        sp = M(s, [k], "Programme start", text=body)
        note = "one name + start to DWP"
    elif v == 3:
        e = employer_contact(c)
        html = to_html("%s\n\nConfirming the trial shift on %s. Ask for me at reception.\n\n%s" % (greet(c, e.first), when(c), sig(s, c)))
        sp = M(s, [e], "Trial shift - %s" % p.name, html=html)
        note = "HTML-only; name only in the subject"
    else:
        e = employer_contact(c)
        q = "Hi,\n\nWe were impressed with %s at the assessment day and would like to see %s again for a second interview.\n\n%s" % (
            p.first + " " + p.last, "him" if p.sex == "m" else "her", ext_sig(e))
        body = "%s\n\nThat's great news. %s\n\n%s\n%s" % (
            greet(c, e.first), "Second interview on %s works." % when(c), sig(s, c),
            outlook_quote(e, s.name, "Assessment day", q, sent_str(c)))
        sp = M(s, [e], "RE: Assessment day", text=body, mailer=OUTLOOK)
        note = "reply chain: employer names one candidate; interview time only"
    return sp, L("relay", "one_name", "¶18", T(subjects=1), note, {"name_only": True})


def r_cv_to_claimant(v):
    c = Ctx("cvcl%d" % v)
    p = claimant(c, consent=True)
    s = staff(c, "adviser")
    mb = mailbox(c.choice(OFFICES) + " Restart", "restart.cv")
    bl = cv_blocks(c, p)
    if v == 0:
        a = att("%s CV.pdf" % p.name, pdf_bytes("CV", bl))
    elif v == 1:
        a = att("CV_%s_%s_final.docx" % (p.first, p.last), docx_bytes("CV", bl))
    else:
        a = att("%s-cv.odt" % p.last.lower(), odt_bytes(p.name, [b[1] if b[0] != "kv" else "" for b in bl]))
    body = "Hi %s,\n\n%s\n\n%s\n%s" % (p.first, c.choice([
        "As you asked, here's the updated copy of your CV. Good luck with the applications!",
        "Here is your CV with the changes we made today. Have a read and let me know if anything needs fixing.",
        "Attached is your CV as requested at your appointment."]), s.first, mb[0])
    return M(mb, [p], "Your CV", text=body, atts=[a]), \
        L("relay", "cv_to_claimant", "¶17", T(contact=True, subjects=1, kinds=["cv"]),
          "one clean CV to the claimant's consented address", {"cv_count": 1})


def r_cvs(v):
    c = Ctx("cvs%d" % v)
    s = staff(c, "ea")
    e = employer_contact(c) if v != 1 else employer_contact(c, "northgate-staffing.co.uk")
    n = [1, 3, 10, 6, 1, 1][v]
    ps = [claimant(c) for _ in range(n)]
    atts = []
    if v == 0:
        atts = [att("%s - CV.docx" % ps[0].name, docx_bytes("CV", cv_blocks(c, ps[0])))]
        body, subj, to = "%s\n\nCV for the %s role attached.\n\n%s" % (greet(c, e.first), c.choice(JOBS), sig(s, c)), "Candidate for your vacancy", [e]
    elif v == 1:
        atts = [att("CV %s.pdf" % p.last, pdf_bytes("CV", cv_blocks(c, p))) for p in ps]
        body, subj, to = "%s\n\nThree candidates for the Haydock night shift, CVs attached.\n\n%s" % (greet(c, e.first), sig(s, c)), "3 CVs - night shift", [e]
    elif v == 2:
        files = [("CVs/%02d_%s_%s.docx" % (i + 1, p.last, p.first), docx_bytes("CV", cv_blocks(c, p))) for i, p in enumerate(ps)]
        atts = [att("care-assistant-shortlist.zip", zip_bytes(files))]
        body, subj, to = "%s\n\nThe ten shortlisted CVs are in the zip.\n\n%s" % (greet(c, e.first), sig(s, c)), "Shortlist - 10 CVs", [e]
    elif v == 3:
        rows = [[p.name, c.choice(SKILLS), c.choice(SKILLS), "%d years %s" % (c.r.randrange(1, 9), c.choice(JOBS).lower())] for p in ps]
        html = "<html><body><p>%s</p><p>Summary of the six candidates, taken from their CVs:</p>%s<p>%s</p></body></html>" % (
            esc(greet(c, e.first)), html_table(["Candidate", "Key skill", "Other", "Experience"], rows), esc(sig(s, c)).replace("\n", "<br>"))
        return M(s, [e], "Candidate summary", html=html), \
            L("relay", "cvs_up_to_10", "¶19 ¶21", T(subjects=6, kinds=["cv"]), "six CV-derived data sets in an HTML table", {"cv_count": 6})
    elif v == 4:
        partner = Person(c, "btinternet.com")
        p = ps[0]
        body = ("Hi %s,\n\nAs %s asked at today's appointment, here is %s CV so you can print it at home for %s.\n\n%s" % (
            partner.first, p.first, p.poss, "him" if p.sex == "m" else "her", sig(s, c)))
        atts = [att("%s CV.pdf" % p.name, pdf_bytes("CV", cv_blocks(c, p)))]
        return M(s, [partner], "%s's CV" % p.first, text=body, atts=atts), \
            L("relay", "cvs_up_to_10", "¶19 ¶21", T(contact=True, subjects=1, kinds=["cv"]),
              "CV sent to the claimant's partner's address: a third party, so the CV exemption (not ¶17) applies",
              {"cv_count": 1})
    else:
        atts = [att("%s_CV.docx" % ps[0].last, pdf_bytes("CV", cv_blocks(c, ps[0])), MIME["docx"])]
        body, subj, to = "%s\n\nCV as promised.\n\n%s" % (greet(c, e.first), sig(s, c)), "CV", [e]
        return M(s, to, subj, text=body, atts=atts), \
            L("relay", "cvs_up_to_10", "¶19 ¶21", T(contact=True, subjects=1, kinds=["cv"]),
              "file named .docx whose bytes are a readable PDF: mislabelled but inspectable, so judged on content", {"cv_count": 1})
    return M(s, to, subj, text=body, atts=atts, mailer=OUTLOOK), \
        L("relay", "cvs_up_to_10", "¶19 ¶21", T(contact=True, subjects=n, kinds=["cv"]), "%d CVs to a third party" % n, {"cv_count": n})


def r_forms(v):
    c = Ctx("forms%d" % v)
    s = staff(c, "ea")
    e = employer_contact(c)
    job = c.choice(JOBS)
    if v == 3:
        pairs = [(claimant(c), claimant(c)) for _ in range(5)]
        bl = []
        for a_, b_ in pairs:
            bl += app_form_blocks(c, a_, "Live-in housekeeping couple", e.org, couple=b_) + [("pb",)]
        atts = [att("couple-applications.pdf", pdf_bytes("forms", bl))]
        n, kinds, note = 10, ["application_form_couple"], "five couple forms = 10 people"
        facts = {"form_people": 10}
    else:
        n = [1, 4, 10][v]
        ps = [claimant(c) for _ in range(n)]
        if v == 0:
            atts = [att("Application - %s.docx" % ps[0].name, docx_bytes("form", app_form_blocks(c, ps[0], job, e.org)))]
        elif v == 1:
            atts = [att("applications.zip", zip_bytes([("form_%s.docx" % p.last, docx_bytes("f", app_form_blocks(c, p, job, e.org))) for p in ps]))]
        else:
            bl = []
            for p in ps:
                bl += app_form_blocks(c, p, job, e.org) + [("pb",)]
            atts = [att("10-application-forms.pdf", pdf_bytes("forms", bl))]
        kinds, note, facts = ["application_form"], "%d application form(s), ages only, no NINO/DOB/bank" % n, {"form_people": n}
    body = "%s\n\n%s\n\n%s" % (greet(c, e.first), c.choice(["Completed application forms attached.",
                                                             "Please find the applications for your open day.",
                                                             "Forms for the %s roles as discussed." % job]), sig(s, c))
    return M(s, [e], "Applications - %s" % job, text=body, atts=atts, mailer=OUTLOOK), \
        L("relay", "application_forms_up_to_10", "¶22-24", T(contact=True, subjects=n, kinds=kinds), note, facts)


def r_letters(v):
    c = Ctx("letters%d" % v)
    s = staff(c, c.choice(["adviser", "ea"]))
    if v == 0:
        p = claimant(c)
        e = employer_contact(c)
        mb = mailbox("Wigan Restart", "wigan.restart")
        bl = letter_blocks(c, p, "interview", e.org)
        return M(mb, [p], "Interview invitation", text="Dear %s,\n\nYour interview letter is attached.\n\nWigan Restart team" % p.first,
                 atts=[att("interview-letter.pdf", pdf_bytes("letter", bl))]), \
            L("relay", "letters_up_to_10", "¶24-28", T(contact=True, subjects=1, kinds=["letter_interview"]),
              "interview letter to the claimant it is addressed to", {"letters": 1})
    if v == 1:
        e = employer_contact(c, "northgate-staffing.co.uk")
        ps = [claimant(c) for _ in range(4)]
        bl = []
        for p in ps:
            bl += letter_blocks(c, p, "offer", "Haydock Distribution Park") + [("pb",)]
        return M(s, [e], "Job offer letters for your records", text="%s\n\nThe four offer letters are attached.\n\n%s" % (greet(c, e.first), sig(s, c)),
                 atts=[att("offer-letters.pdf", pdf_bytes("offers", bl))]), \
            L("relay", "letters_up_to_10", "¶24-28", T(contact=True, subjects=4, kinds=["letter_job_offer"]), "4 job offer letters", {"letters": 4})
    k = supply_contact(c)
    ps = [claimant(c) for _ in range(10)]
    files = [("appt_%s.docx" % p.last, docx_bytes("appt", letter_blocks(c, p, "appointment"))) for p in ps]
    return M(s, [k], "Appointment letters for posting", text="%s\n\nTen appointment letters to print and post.\n\n%s" % (greet(c, k.first), sig(s, c)),
             atts=[att("appointment-letters.zip", zip_bytes(files))]), \
        L("relay", "letters_up_to_10", "¶24-28", T(contact=True, subjects=10, kinds=["letter_appointment"]), "exactly 10 appointment letters", {"letters": 10})


def name_rows(c, n, cols):
    rows = []
    for i in range(n):
        ln = ascii_name(c.fk.last_name())
        fn = ascii_name(c.fk.first_name())
        row = []
        for col in cols:
            if col == "surname":
                row.append(ln)
            elif col == "initial":
                row.append(fn[0])
            elif col == "forename":
                row.append(fn)
            elif col == "ref":
                row.append("PRN%07d" % c.r.randrange(9999999))
            elif col == "nino":
                row.append(mk_nino(c.r))
            elif col == "date":
                row.append(day(c.r.randrange(5, 40), "%d/%m/%Y"))
            elif col == "office":
                row.append(c.choice(OFFICES))
            elif col == "phone":
                row.append(mobile(c.r))
            elif col == "postcode":
                row.append(postcode(c.r))
            elif col == "dob":
                row.append(datetime.date(c.r.randrange(1965, 2004), c.r.randrange(1, 13), c.r.randrange(1, 29)).strftime("%d/%m/%Y"))
            elif col == "uc":
                row.append("%.2f" % (c.r.randrange(30000, 120000) / 100))
        rows.append(row)
    return rows


def r_names_list(v):
    c = Ctx("names%d" % v)
    s = staff(c, c.choice(["perf", "ops", "supply"]))
    k = supply_contact(c)
    if v == 0:
        rows = name_rows(c, 400, ["surname", "forename", "ref", "date"])
        a = att("Dec group sessions - 400.xlsx", xlsx_bytes([{"name": "Bookings", "header": ["Surname", "Forename", "Ref", "Session date"], "rows": rows}]))
        n, ninos = 400, 0
    elif v == 1:
        rows = name_rows(c, 500, ["surname", "initial", "ref", "office"])
        a = att("transfer_list_500.csv", csv_bytes(["Surname", "Initial", "PRN", "Office"], rows))
        n, ninos = 500, 0
    else:
        rows = name_rows(c, 75, ["surname", "initial", "nino", "date"])
        html = "<html><body><p>%s</p><p>The 75 participants booked for the Northstar CSCS course:</p>%s<p>%s</p></body></html>" % (
            esc(greet(c, k.first)), html_table(["Surname", "Initial", "NINO", "Course date"], rows), esc(sig(s, c)).replace("\n", "<br>"))
        return M(s, [k], "CSCS course bookings", html=html), \
            L("relay", "names_list_500", "¶29-31", T(ninos=75, subjects=75, kinds=["name_list"]), "75 names + NINOs + dates in HTML",
              {"list_rows": 75, "list_cols": ["surname", "initial", "nino", "date"]})
    body = "%s\n\n%s\n\n%s" % (greet(c, k.first), "List attached (%d participants)." % n, sig(s, c))
    return M(s, [k], "Participant list", text=body, atts=[a]), \
        L("relay", "names_list_500", "¶29-31", T(ninos=ninos, subjects=n, kinds=["name_list"]), "%d names, simple details only" % n,
          {"list_rows": n})


def r_nino_only(v):
    c = Ctx("ninoonly%d" % v)
    s = staff(c, "mi")
    k = supply_contact(c)
    n = [720, 1150][v]
    ns = sorted({mk_nino(c.r) for _ in range(n)})
    if v == 0:
        a = att("nino_check.csv", csv_bytes(["NINO"], [[x] for x in ns]))
    else:
        a = att("ninos.txt", ("\n".join(nino_fmt(x, 1) for x in ns) + "\n").encode())
    body = "%s\n\nNINO list for the duplicate-referral check, nothing else in the file.\n\n%s" % (greet(c, k.first), sig(s, c))
    return M(s, [k], "Duplicate referral check", text=body, atts=[a]), \
        L("relay", "nino_only_list", "¶31", T(ninos=len(ns), subjects=len(ns), kinds=["nino_list"]), "NINO-only list over 500 (no limit)",
          {"nino_only": True, "list_rows": len(ns)})


def r_dwp_list(v):
    c = Ctx("dwplist%d" % v)
    s = staff(c, "mi")
    k = dwp_contact(c, "Provider Referral and Payments Team")
    n = [300, 500][v]
    rows = name_rows(c, n, ["surname", "forename", "nino", "date"])
    a = att("WHP_starts_%d.xlsx" % n, xlsx_bytes([{"name": "Starts", "header": ["Surname", "Forename", "NINO", "Start date"], "rows": rows}]))
    body = "%s\n\nWHP starts list for reconciliation attached (%d rows).\n\n%s" % (greet(c, k.first), n, sig(s, c))
    return M(s, [k], "WHP starts for reconciliation", text=body, atts=[a]), \
        L("relay", "dwp_names_list", "¶36", T(ninos=n, subjects=n, kinds=["name_list"]), "%d names + NINO + start date to DWP" % n, {"list_rows": n})


def ucnea1_pairs(c, p, e):
    return [("Form", "UCNEA1 - notification of employment"), ("Participant", p.name), ("NINO", p.nino),
            ("Employer", e), ("Job title", c.choice(JOBS)), ("Start date", day(c.r.randrange(1, 10), "%d/%m/%Y")),
            ("Hours per week", str(c.r.choice([16, 20, 30, 37.5])))]


def r_dwp_forms(v):
    c = Ctx("dwpforms%d" % v)
    s = staff(c, c.choice(["adviser", "ops"]))
    p = claimant(c)
    k = dwp_contact(c, "Work Coach")
    if v == 0:
        a = att("UCNEA1 %s.docx" % p.last, docx_bytes("UCNEA1", [("h", "UCNEA1"), ("kv", ucnea1_pairs(c, p, c.choice(list(EMPLOYERS.values()))))]))
        kind, note = "ucnea1", "one UCNEA1 to a DWP work coach"
    elif v == 1:
        story = ("%s joined the programme after six years out of work. %s told us anxiety had stopped %s applying for jobs; with "
                 "our health and work coordinator %s built up confidence and now works 25 hours a week at Irwell Foods." %
                 (p.first, p.pronoun.capitalize(), "him" if p.sex == "m" else "her", p.pronoun))
        a = att("GNS_%s.pdf" % p.last, pdf_bytes("GNS", [("h", "ESF Good News Story"), ("kv", [("Participant", p.name), ("Provision", "ESF Match Funded")]), ("p", story)]))
        k = dwp_contact(c, "ESF Team")
        kind, note = "good_news_story", "one GNS; the mental-health detail is inside the story record (part of the process)"
    else:
        a = att("ucnea1.xlsx", xlsx_bytes([{"name": "UCNEA1", "header": ["Field", "Value"], "rows": ucnea1_pairs(c, p, "Mossbank Logistics Ltd")}]))
        kind, note = "ucnea1", "one UCNEA1 as XLSX"
    body = "%s\n\n%s attached.\n\n%s" % (greet(c, k.first), "Good News Story" if v == 1 else "UCNEA1", sig(s, c))
    sp_ = ["mental_health"] if v == 1 else []
    return M(s, [k], "UCNEA1" if v != 1 else "ESF Good News Story", text=body, atts=[a]), \
        L("relay", "dwp_ucnea1_gns", "¶34-35", T(ninos=0 if v == 1 else 1, special=sp_, subjects=1, kinds=[kind]), note, {"records": 1})


def r_c15(v):
    c = Ctx("c15%d" % v)
    p = claimant(c)
    fr, to = ("%s WHP Data Exchange" % ORG_SHORT, PROV_INBOX), ("WHP Provider Inbox", DWP_INBOX)
    if v == 0:
        pairs = [("Exit Report", "Work and Health Programme"), ("Participant", p.name), ("NINO", p.nino),
                 ("Start", "12/01/2025"), ("Exit", day(-3, "%d/%m/%Y")), ("Outcome", "Completed 456 days; in work 16+ hrs"),
                 ("Health barriers addressed", "back pain; low mood - referred to IAPT"),
                 ("Recommendations", "Continue in-work support via Access to Work")]
        kind, subj = "exit_report", "Exit Report - WHP"
        a = att("ExitReport_%s.pdf" % p.ref, pdf_bytes("Exit report", [("h", "WHP Exit Report"), ("kv", pairs)]))
        tr = T(ninos=1, special=["health", "mental_health"], subjects=1, kinds=[kind])
    elif v == 1:
        pairs = [("Change of Circumstances", "WHP"), ("Participant", p.name), ("NINO", p.nino), ("Change", "New address"),
                 ("New address", p.address), ("Effective", day(-2, "%d/%m/%Y"))]
        kind, subj = "change_of_circumstances", "Change of Circumstances notification"
        a = att("CoC.docx", docx_bytes("CoC", [("h", "Change of Circumstances"), ("kv", pairs)]))
        tr = T(ninos=1, contact=True, subjects=1, kinds=[kind])
    else:
        pairs = [("ESF 14-20 participant form", ""), ("Name", p.name), ("NINO", p.nino),
                 ("Date of birth", p.dob.strftime("%d/%m/%Y")), ("Postcode", p.pc), ("Employment status at entry", "Unemployed 12+ months")]
        kind, subj = "esf_14_20_form", "ESF 14-20 form"
        a = att("ESF1420_%s.pdf" % p.ref, pdf_bytes("ESF", [("h", "ESF 14-20 form"), ("kv", pairs)]))
        tr = T(ninos=1, dob=True, contact=True, subjects=1, kinds=[kind])
    body = "Please find attached one %s.\n\nWHP Data Exchange\n%s" % (subj, ORG)
    return M(fr, [to], subj, text=body, atts=[a]), \
        L("relay", "dwp_c15_process", "C15 ¶46 ¶49", tr, "one %s record, designated inbox to designated inbox" % kind, {"records": 1})


def referral_record(c, p):
    return [("PRaP referral", "WHP"), ("Name", p.name), ("NINO", p.nino), ("Address", p.address), ("Phone", p.phone),
            ("Referral date", day(-5, "%d/%m/%Y")), ("Jobcentre", c.choice(OFFICES) + " JCP")]


def r_forward_sub(v):
    c = Ctx("fwdsub%d" % v)
    s = staff(c, "ops")
    p = claimant(c)
    k = supply_contact(c, "Delivery Manager")
    tr = T(ninos=1, contact=True, subjects=1)
    if v == 0:
        dw = dwp_contact(c, "Provider Referral and Payments Team", "dwp.gov.uk")
        inner = M(dw, [s], "WHP referral", text="Referral details:\n\n" + "\n".join("%s: %s" % x for x in referral_record(c, p)))
        return M(s, [k], "FW: WHP referral", text="%s\n\nForwarding this referral for your caseload.\n\n%s" % (greet(c, k.first), sig(s, c)), nested=inner), \
            L("relay", "forward_subcontractor", "C15 ¶53", tr, "one DWP referral record forwarded as message/rfc822 to an approved subcontractor", {"fwd_record": True})
    a = att("referral_%s.pdf" % p.ref, pdf_bytes("ref", [("h", "PRaP referral"), ("kv", referral_record(c, p))]))
    return M(s, [k], "FW: New referral - allocation", text="%s\n\nOne referral for Blackburn, attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
        L("relay", "forward_subcontractor", "C15 ¶53", tr, "one participant record (PDF) to an approved subcontractor", {"fwd_record": True})


def r_encrypted(v):
    c = Ctx("enc%d" % v)
    s = staff(c, "safeguarding")
    k = Contact(c, "gm-probation-pdu.org.uk", "Probation Officer") if v != 1 else supply_contact(c)
    blob = bytes(c.r.randrange(256) for _ in range(1400))
    if v == 0:
        def raw(msg):
            msg.set_content(blob, maintype="application", subtype="pkcs7-mime", filename="smime.p7m")
            msg.replace_header("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"')
        sp = M(s, [k], "MAPPA meeting follow-up", raw=raw)
        note = "S/MIME enveloped-data"
    elif v == 1:
        import base64
        armored = "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(
            base64.b64encode(blob[i:i + 48]).decode() for i in range(0, len(blob), 48)) + "\n=Xq3L\n-----END PGP MESSAGE-----\n"

        def raw(msg):
            msg.make_mixed()
            msg.set_type("multipart/encrypted")
            msg.set_param("protocol", "application/pgp-encrypted")
            p1 = EmailMessage()
            p1.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted")
            p2 = EmailMessage()
            p2.set_content(armored.encode(), maintype="application", subtype="octet-stream", filename="encrypted.asc")
            msg.attach(p1)
            msg.attach(p2)
        sp = M(s, [k], "Case transfer", raw=raw)
        note = "PGP/MIME"
    else:
        import base64
        armored = "-----BEGIN PGP MESSAGE-----\nVersion: GnuPG v2\n\n" + "\n".join(
            base64.b64encode(blob[i:i + 48]).decode() for i in range(0, len(blob), 48)) + "\n=a9Zk\n-----END PGP MESSAGE-----\n"
        sp = M(s, [k], "Risk assessment", text=armored)
        note = "inline PGP"
    return sp, L("relay", "already_encrypted", "policy 3.8", T0, note, {"encrypted": True})


# ================================================================= C. encrypt
def E(rule, guidance, truth, notes, facts=None):
    return L("encrypt", rule, guidance, truth, notes, facts)


def e_special(v):
    c = Ctx("special%d" % v)
    p = claimant(c)
    if v == 0:
        s = staff(c, "complaints")
        k = Contact(c, "mp-office.example-parliament.org.uk", "Senior Caseworker")
        body = ("%s\n\nThank you for raising %s's concerns. We accept that %s adviser did not make the adjustments agreed for %s "
                "severe anxiety and depression, and that group sessions were unsuitable given %s PTSD. We have apologised and "
                "allocated a new adviser.\n\n%s" % (greet(c, k.first), p.name, p.poss, p.poss, p.poss, sig(s, c)))
        return M(s, [k], "Your constituent - complaint response", text=body), \
            E("encrypt_special_category", "¶26 ¶32", T(special=["mental_health"], subjects=1), "complaint response naming a claimant's mental health")
    if v == 1:
        s = staff(c, "safeguarding")
        k = Contact(c, "irwell-homes.org.uk", "Tenancy Sustainment Officer")
        body = ("%s\n\nFurther to our call: %s (%s) disclosed at today's appointment that %s has relapsed into alcohol use and "
                "is at risk of losing the tenancy. %s has agreed to this referral.\n\n%s" % (
                    greet(c, k.first), p.name, p.street, p.pronoun, p.pronoun.capitalize(), sig(s, c)))
        return M(s, [k], "Safeguarding referral - tenancy at risk", text=body, mailer=OUTLOOK), \
            E("encrypt_special_category", "¶26 ¶32", T(special=["substance"], contact=True, subjects=1), "alcohol relapse + address to housing provider")
    if v == 2:
        s = staff(c, "safeguarding")
        k = Contact(c, "gm-probation-pdu.org.uk", "Probation Officer")
        q = ("Hi,\n\nJust checking %s is still attending. %s licence conditions include no contact with under-18s following the "
             "2023 conviction for assault, so please don't place %s in retail roles near schools.\n\n%s" % (
                 p.name, p.poss.capitalize(), "him" if p.sex == "m" else "her", ext_sig(k)))
        body = "%s\n\nYes, attending weekly. Noted on placements.\n\n%s\n%s" % (greet(c, k.first), sig(s, c), outlook_quote(k, s.name, "Attendance", q, sent_str(c)))
        return M(s, [k], "RE: Attendance", text=body, mailer=OUTLOOK), \
            E("encrypt_special_category", "¶32", T(special=["criminal"], subjects=1), "conviction + licence conditions only in the quoted part")
    if v == 3:
        s = staff(c, "ea")
        e = employer_contact(c)
        deep = ("%s\n\nBefore the interview: %s has epilepsy (well controlled) and asked that you know in case of a seizure; "
                "no night shifts please.\n\n%s" % (greet(c, e.first), p.name, sig(s, c, disclaimer=False)))
        mid = "Thanks, we can do days only.\n\n" + ext_sig(e)
        body = "%s\n\nGreat, see you Thursday.\n\n%s\n%s\n%s" % (
            greet(c, e.first), sig(s, c), outlook_quote(e, s.name, "RE: Interview - %s" % p.first, mid, sent_str(c, 1)),
            outlook_quote(s, e.name, "Interview - %s" % p.first, deep, sent_str(c, 4)))
        return M(s, [e], "RE: RE: Interview - %s" % p.first, text=body), \
            E("encrypt_special_category", "¶26 ¶32", T(special=["health"], subjects=1), "epilepsy detail deep in a quoted reply chain")
    if v == 4:
        s = staff(c, "ea")
        e = employer_contact(c)
        ps = [claimant(c) for _ in range(5)]
        eth = ["White British", "Pakistani", "Black African", "Indian", "Mixed White/Black Caribbean", "Polish"]
        rows = [[q.name, c.choice(eth), c.choice(["Christian", "Muslim", "None", "Hindu"]), "Y" if i == 2 else "N"] for i, q in enumerate(ps)]
        a = att("equality monitoring - your applicants.xlsx", xlsx_bytes([{"name": "EqMon", "header": ["Name", "Ethnicity", "Religion", "Disabled"], "rows": rows}]))
        return M(s, [e], "Equality monitoring for the applicants", text="%s\n\nThe monitoring data you asked for.\n\n%s" % (greet(c, e.first), sig(s, c)), atts=[a]), \
            E("encrypt_special_category", "¶32", T(special=["ethnicity", "religion", "health"], subjects=5), "named applicants with ethnicity/religion/disability")
    if v == 5:
        s = dwp_c = staff(c, "adviser")
        k = dwp_contact(c, "ESF Team")
        story = "%s now works 30 hours a week as a %s." % (p.first, c.choice(JOBS).lower())
        a = att("GNS %s.docx" % p.last, docx_bytes("GNS", [("h", "Good News Story"), ("kv", [("Participant", p.name)]), ("p", story)]))
        body = ("%s\n\nGood News Story attached. Worth knowing for the case study panel: %s was in recovery from heroin addiction "
                "when %s joined and is still on a methadone script.\n\n%s" % (greet(c, k.first), p.first, p.pronoun, sig(s, c)))
        return M(s, [k], "Good News Story", text=body, atts=[a]), \
            E("encrypt_special_category", "¶32 ¶34", T(special=["substance"], subjects=1, kinds=["good_news_story"]),
              "GNS allowed, but the covering text adds substance-misuse detail", {"records": 1, "extra": True})
    if v == 6:
        s = staff(c, "health")
        k = supply_contact(c)
        html = ("<html><body><p>%s</p><p>Today's health pathway referrals:</p>%s<p>%s</p></body></html>" % (
            esc(greet(c, k.first)),
            html_table(["Name", "Office", "Condition"], [[claimant(c).name, c.choice(OFFICES), cond]
                                                 for cond in ["COPD", "bipolar disorder", "chronic back pain", "depression"]]),
            esc(sig(s, c)).replace("\n", "<br>")))
        return M(s, [k], "Health pathway referrals", html=html), \
            E("encrypt_special_category", "¶29-30 ¶32", T(special=["health", "mental_health"], subjects=4), "HTML list of names with health conditions")
    if v == 7:
        s = staff(c, "complaints")
        k = Contact(c, "salford-citizens-advice.org.uk", "Adviser")
        body = ("%s\n\nRe your client %s %s: we've investigated %s complaint that a member of our staff made comments about %s "
                "being gay and about %s HIV status. The staff member has been suspended pending investigation.\n\n%s" % (
                    greet(c, k.first), p.name, "(our ref %s)" % p.ref, p.poss, "him" if p.sex == "m" else "her", p.poss, sig(s, c)))
        return M(s, [k], "Complaint outcome - your client", text=body), \
            E("encrypt_special_category", "¶32", T(special=["sexual_orientation", "health"], subjects=1), "sexual orientation + HIV of a named claimant")
    if v == 8:
        s = staff(c, "adviser")
        e = employer_contact(c)
        body = ("%s\n\n%s is really keen on the warehouse job. %s is an active member of the GMB union and asked whether your site "
                "recognises it; %s also needs prayer time on Fridays as a practising Muslim.\n\n%s" % (
                    greet(c, e.first), p.name, p.pronoun.capitalize(), p.pronoun, sig(s, c)))
        return M(s, [e], "Candidate questions", text=body), \
            E("encrypt_special_category", "¶18 ¶32", T(special=["trade_union", "religion"], subjects=1), "named candidate's union membership and religion")
    s = staff(c, "adviser")
    e = employer_contact(c)
    bl = letter_blocks(c, p, "interview", e.org, extra="As discussed, we have arranged a quiet room because of your autism and anxiety, and your support worker from the community mental health team may attend.")
    return M(s, [e], "Interview letter - copy for you", text="%s\n\nCopy of the letter we sent.\n\n%s" % (greet(c, e.first), sig(s, c)),
             atts=[att("interview letter %s.pdf" % p.last, pdf_bytes("letter", bl))]), \
        E("encrypt_special_category", "¶25-26", T(special=["mental_health", "health"], contact=True, subjects=1, kinds=["letter_interview"]),
          "interview letter carrying mental-health detail", {"letters": 1})


def e_nino(v):
    c = Ctx("nino%d" % v)
    p = claimant(c)
    s = staff(c, c.choice(["adviser", "ops", "compliance"]))
    k = supply_contact(c) if v % 2 else employer_contact(c)
    tr = T(ninos=1, subjects=1)
    if v == 0:
        return M(s, [k], "Start paperwork %s" % p.nino, text="%s\n\n%s starts Monday; payroll setup please.\n\n%s" % (greet(c, k.first), p.name, sig(s, c))), \
            E("encrypt_nino", "¶27 ¶33", tr, "NINO in the subject line")
    if v == 1:
        a = att("%s_%s_induction.pdf" % (p.last, p.nino), pdf_bytes("ind", [("h", "Induction checklist"), ("p", "Induction booked for %s." % when(c))]))
        return M(s, [k], "Induction checklist", text="%s\n\nChecklist attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
            E("encrypt_nino", "¶33", tr, "NINO only in the attachment file name")
    if v == 2:
        return M(s, [k], "Referral", text="%s\n\nNew referral from Pathway attached in the usual way.\n\n%s" % (greet(c, k.first), sig(s, c)),
                 headers={"X-Pathway-Case": "%s; participant=%s" % (p.ref, nino_fmt(p.nino, 1)), "Keywords": "referral, WHP"}), \
            E("encrypt_nino", "¶33", tr, "NINO in a custom X- header written by the CRM")
    if v == 3:
        k2 = dwp_contact(c, "Work Coach")
        inner = M(k2, [s], "Query", text="Hello,\n\nCan you confirm whether %s, NI %s, attended on Tuesday?\n\nThanks\n%s" % (p.name, nino_fmt(p.nino, 2), k2.name))
        return M(s, [k], "FW: Query", text="%s\n\nSee below - can you check your register?\n\n%s" % (greet(c, k.first), sig(s, c)), nested=inner), \
            E("encrypt_nino", "¶33", tr, "NINO (lower case) inside an attached message/rfc822")
    if v == 4:
        n = nino_fmt(p.nino, 1)
        body = "%s\n\nQuick one - %s, NI number %s\n%s, is on your list for the forklift course.\n\n%s" % (
            greet(c, k.first), p.name, n[:8], n[9:], sig(s, c))
        return M(s, [k], "Forklift course", text=body), E("encrypt_nino", "¶33", tr, "NINO split across a line break")
    e = employer_contact(c)
    return M(s, [e], "Right to work check", text="%s\n\nFor %s's right to work check: National Insurance %s.\n\n%s" % (
        greet(c, e.first), p.name, nino_fmt(p.nino, 3), sig(s, c))), E("encrypt_nino", "¶27 ¶33", tr, "one name + NINO to an employer")


def e_dob_bank(v):
    c = Ctx("dobbank%d" % v)
    p = claimant(c)
    s = staff(c, c.choice(["finance", "adviser", "ops"]))
    if v == 0:
        k = Contact(c, "pennine-payroll.co.uk", "Payments Officer")
        body = "%s\n\nPlease pay travel expenses of GBP 46.20 to participant %s: sort code %s, account %s.\n\n%s" % (
            greet(c, k.first), p.name, sortcode(c.r), account(c.r), sig(s, c))
        return M(s, [k], "Participant travel expenses", text=body), E("encrypt_dob_bank", "¶32", T(bank=True, subjects=1), "claimant sort code + account")
    if v == 1:
        k = Contact(c, "pennine-payroll.co.uk", "Payments Officer")
        a = att("expenses_claim.xlsx", xlsx_bytes([{"name": "Claim", "header": ["Name", "Item", "Amount", "IBAN"], "rows": [[p.name, "Interview clothing", "85.00", iban(c.r)]]}]))
        return M(s, [k], "Expenses claim", text="%s\n\nClaim attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
            E("encrypt_dob_bank", "¶32", T(bank=True, subjects=1), "claimant IBAN in XLSX")
    if v == 2:
        k = Contact(c, "wigan-learning-college.ac.uk", "Bookings")
        body = "%s\n\nPlease book %s onto the CSCS course; card for the fee: %s exp 08/28.\n\n%s" % (greet(c, k.first), p.name, luhn_card(c.r), sig(s, c))
        return M(s, [k], "Course booking", text=body), E("encrypt_dob_bank", "¶32", T(bank=True, subjects=1), "card number (Luhn) in body")
    if v == 3:
        e = employer_contact(c)
        return M(s, [e], "CV", text="%s\n\nCV attached.\n\n%s" % (greet(c, e.first), sig(s, c)),
                 atts=[att("%s.docx" % p.name, docx_bytes("CV", cv_blocks(c, p, dob=True)))]), \
            E("encrypt_dob_bank", "¶32", T(dob=True, contact=True, subjects=1, kinds=["cv"]), "CV with date of birth to an employer", {"cv_count": 1, "extra": True})
    if v == 4:
        k = supply_contact(c)
        ps = [claimant(c) for _ in range(6)]
        rows = [[q.last, q.first, q.dob.strftime("%d/%m/%Y"), q.ref] for q in ps]
        a = att("referrals.zip", zip_bytes([("referrals_week48.csv", csv_bytes(["Surname", "Forename", "DOB", "PRN"], rows))]))
        return M(s, [k], "Week 48 referrals", text="%s\n\nZip attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
            E("encrypt_dob_bank", "¶30 ¶32", T(dob=True, subjects=6, kinds=["name_list"]), "DOB column inside a CSV inside a zip", {"list_rows": 6})
    k = supply_contact(c)
    dob = p.dob.strftime("%-d %B %Y")
    q = "Can you confirm who this is? We have two with the same name.\n\n" + ext_sig(k)
    body = "%s\n\nIt's the %s born on %s.\n\n%s\n%s" % (greet(c, k.first), p.name, dob, sig(s, c), gmail_quote(k.name, k.email, sent_str(c), q))
    return M(s, [k], "Re: which one?", text=body), E("encrypt_dob_bank", "¶32", T(dob=True, subjects=1), "DOB in words in a reply")


def e_benefit_children(v):
    c = Ctx("benkid%d" % v)
    p = claimant(c, sex="f")
    s = staff(c, c.choice(["adviser", "health"]))
    if v == 0:
        k = Contact(c, "irwell-homes.org.uk", "Income Officer")
        body = "%s\n\n%s's Universal Credit was sanctioned on the 3rd - reduced by GBP 13.37 a day for 28 days - which is why the rent is behind.\n\n%s" % (greet(c, k.first), p.name, sig(s, c))
        return M(s, [k], "Rent arrears", text=body), E("encrypt_benefit_children", "¶30 ¶32", T(benefit=True, subjects=1), "UC sanction amount about a named claimant")
    if v == 1:
        k = Contact(c, "littlesteps-nursery.co.uk", "Manager")
        kids = [(ascii_name(c.fk.first_name()), c.r.randrange(1, 5)) for _ in range(2)]
        body = "%s\n\n%s starts work on Monday. Could you offer places for %s (%d) and %s (%d)?\n\n%s" % (
            greet(c, k.first), p.name, kids[0][0], kids[0][1], kids[1][0], kids[1][1], sig(s, c))
        return M(s, [k], "Childcare places", text=body), E("encrypt_benefit_children", "¶32", T(children=True, subjects=1), "children's names and ages")
    if v == 2:
        e = employer_contact(c)
        body = "%s\n\n%s gets PIP (GBP 737.20 every four weeks) so flexible hours matter; she'd like 16 hours.\n\n%s" % (greet(c, e.first), p.name, sig(s, c))
        return M(s, [e], "Hours for %s" % p.first, text=body), E("encrypt_benefit_children", "¶32", T(benefit=True, subjects=1), "PIP payment amount to employer")
    if v == 3:
        k = supply_contact(c)
        kid = ascii_name(c.fk.first_name())
        kd = datetime.date(2019, c.r.randrange(1, 13), c.r.randrange(1, 28))
        a = att("childcare-grant-%s.docx" % p.last, docx_bytes("grant", [("h", "Childcare grant application"), ("kv", [
            ("Parent", p.name), ("Child", kid), ("Child's date of birth", kd.strftime("%d/%m/%Y")), ("Provider", "Little Steps Nursery")])]))
        return M(s, [k], "Childcare grant", text="%s\n\nApplication attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
            E("encrypt_benefit_children", "¶32", T(children=True, subjects=1), "child's name + DOB in a DOCX (child's DOB is not the claimant's)")
    k = Contact(c, "irwell-homes.org.uk", "Lettings")
    html = to_html("%s\n\nTo confirm for %s: Housing Benefit of GBP 412.50 per month is paid direct to you from the 1st.\n\n%s" % (greet(c, k.first), p.name, sig(s, c)))
    return M(s, [k], "Housing Benefit confirmation", html=html), E("encrypt_benefit_children", "¶30 ¶32", T(benefit=True, subjects=1), "HTML-only, Housing Benefit amount")


def e_beyond_name(v):
    c = Ctx("beyond%d" % v)
    p = claimant(c)
    s = staff(c, c.choice(["ea", "adviser"]))
    if v == 0:
        e = employer_contact(c)
        return M(s, [e], "Interview", text="%s\n\n%s would like the interview on %s. You can reach %s on %s.\n\n%s" % (
            greet(c, e.first), p.name, when(c), "him" if p.sex == "m" else "her", p.phone, sig(s, c))), \
            E("encrypt_beyond_name", "¶18", T(contact=True, subjects=1), "one name + claimant mobile")
    if v == 1:
        k = supply_contact(c)
        return M(s, [k], "Home visit - %s, %s" % (p.name, p.pc), text="%s\n\nCan you do the home visit next week?\n\n%s" % (greet(c, k.first), sig(s, c))), \
            E("encrypt_beyond_name", "¶18", T(contact=True, subjects=1), "name + postcode in the subject line")
    if v == 2:
        k = supply_contact(c)
        return M(s, [k], "Contact for %s" % p.first, text="%s\n\n%s prefers email: %s.\n\n%s" % (greet(c, k.first), p.name, p.email, sig(s, c))), \
            E("encrypt_beyond_name", "¶18", T(contact=True, subjects=1), "name + personal email address")
    mb = mailbox("Leigh Restart", "leigh.restart")
    wc = dwp_contact(c, "Work Coach", "dwp.gov.uk")
    bl = letter_blocks(c, p, "appointment")
    return M(mb, [p], "Your appointment", cc=[wc], text="Dear %s,\n\nYour appointment letter is attached.\n\nLeigh Restart" % p.first,
             atts=[att("appointment.pdf", pdf_bytes("appt", bl))]), \
        E("encrypt_beyond_name", "¶15 ¶18 ¶24", T(contact=True, subjects=1, kinds=["letter_appointment"]),
          "appointment letter to the claimant (exempt for them) but a DWP work coach is in Cc: letters exemption does not cover DWP, and name+address exceeds ¶18",
          {"letters": 1})


def e_over(v):
    c = Ctx("over%d" % v)
    s = staff(c, c.choice(["ea", "ops", "mi"]))
    if v == 0:
        e = employer_contact(c)
        ps = [claimant(c) for _ in range(11)]
        files = [("%s.pdf" % q.name, pdf_bytes("CV", cv_blocks(c, q))) for q in ps]
        return M(s, [e], "CVs for the open day", text="%s\n\n11 CVs zipped.\n\n%s" % (greet(c, e.first), sig(s, c)), atts=[att("cvs.zip", zip_bytes(files))]), \
            E("encrypt_over_limit", "¶21", T(contact=True, subjects=11, kinds=["cv"]), "11 CVs", {"cv_count": 11})
    if v == 1:
        k = supply_contact(c)
        rows = name_rows(c, 501, ["surname", "forename", "ref"])
        return M(s, [k], "Caseload transfer", text="%s\n\nFull list attached.\n\n%s" % (greet(c, k.first), sig(s, c)),
                 atts=[att("caseload_transfer.xlsx", xlsx_bytes([{"name": "List", "header": ["Surname", "Forename", "PRN"], "rows": rows}]))]), \
            E("encrypt_over_limit", "¶31", T(subjects=501, kinds=["name_list"]), "501 names", {"list_rows": 501})
    if v == 2:
        e = employer_contact(c)
        ps = [claimant(c) for _ in range(11)]
        files = [("form_%02d.docx" % i, docx_bytes("f", app_form_blocks(c, q, "Picker Packer", e.org))) for i, q in enumerate(ps)]
        return M(s, [e], "Applications", text="%s\n\nAll eleven forms.\n\n%s" % (greet(c, e.first), sig(s, c)), atts=[att("forms.zip", zip_bytes(files))]), \
            E("encrypt_over_limit", "¶22", T(contact=True, subjects=11, kinds=["application_form"]), "11 application forms", {"form_people": 11})
    if v == 3:
        e = employer_contact(c, "deansgate-hospitality.co.uk")
        bl = []
        for _ in range(6):
            bl += app_form_blocks(c, claimant(c), "Live-in couple", e.org, couple=claimant(c)) + [("pb",)]
        return M(s, [e], "Couple applications", text="%s\n\nSix couple forms.\n\n%s" % (greet(c, e.first), sig(s, c)), atts=[att("couples.pdf", pdf_bytes("c", bl))]), \
            E("encrypt_over_limit", "¶24", T(contact=True, subjects=12, kinds=["application_form_couple"]), "6 couple forms = 12 people", {"form_people": 12})
    if v == 4:
        k = supply_contact(c)
        bl = []
        for _ in range(11):
            bl += letter_blocks(c, claimant(c), "appointment") + [("pb",)]
        return M(s, [k], "Appointment letters", text="%s\n\n11 letters.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[att("letters.pdf", pdf_bytes("l", bl))]), \
            E("encrypt_over_limit", "¶24", T(contact=True, subjects=11, kinds=["letter_appointment"]), "11 appointment letters", {"letters": 11})
    k = supply_contact(c)
    p1, p2 = claimant(c), claimant(c)
    bl = [("h", "PRaP referral"), ("kv", referral_record(c, p1)), ("pb",), ("h", "PRaP referral"), ("kv", referral_record(c, p2))]
    return M(s, [k], "FW: referrals", text="%s\n\nTwo referrals for you.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[att("referrals.pdf", pdf_bytes("r", bl))]), \
        E("encrypt_over_limit", "C15 ¶53 ¶33", T(ninos=2, contact=True, subjects=2), "two participant records in one forward", {"fwd_record": True})


def e_list_forbidden(v):
    c = Ctx("listbad%d" % v)
    s = staff(c, c.choice(["mi", "ops"]))
    k = supply_contact(c)
    if v == 0:
        rows = name_rows(c, 120, ["surname", "forename", "date", "phone"])
        a = att("reminder_calls.xlsx", xlsx_bytes([{"name": "Calls", "header": ["Surname", "Forename", "Appt", "Mobile"], "rows": rows}]))
        tr = T(contact=True, subjects=120, kinds=["name_list"])
        note = "names with mobile numbers"
    elif v == 1:
        rows = name_rows(c, 80, ["surname", "forename", "ref", "dob"])
        a = att("cohort.xlsx", xlsx_bytes([{"name": "Cohort", "header": ["Surname", "Forename", "PRN", "DOB"], "rows": rows, "hidden_cols": ["D"]}]))
        tr = T(dob=True, subjects=80, kinds=["name_list"])
        note = "DOB in a hidden column"
    elif v == 2:
        rows = name_rows(c, 40, ["surname", "initial", "postcode"])
        a = att("postcodes.csv", csv_bytes(["Surname", "Initial", "Postcode"], rows))
        tr = T(contact=True, subjects=40, kinds=["name_list"])
        note = "names with home postcodes"
    else:
        rows = name_rows(c, 60, ["surname", "forename", "nino", "uc"])
        a = att("uc_awards.xlsx", xlsx_bytes([{"name": "Summary", "header": ["Office", "Count"], "rows": [["Bolton", 60]]},
                                              {"name": "Detail", "header": ["Surname", "Forename", "NINO", "UC monthly award"], "rows": rows, "state": "hidden"}]))
        tr = T(ninos=60, benefit=True, subjects=60, kinds=["name_list"])
        note = "hidden sheet with NINOs and UC award amounts behind an aggregate sheet"
    return M(s, [k], "List for your team", text="%s\n\nAttached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
        E("encrypt_list_forbidden_column", "¶30", tr, note, {"list_rows": tr["data_subjects"]})


def e_letter_kind(v):
    c = Ctx("lkind%d" % v)
    p = claimant(c)
    s = staff(c, "compliance")
    if v == 0:
        k = supply_contact(c)
        bl = letter_blocks(c, p, "Failure to attend - doubt about compliance", extra="You did not attend on two occasions. We have notified DWP, who may decide to reduce your payment.")
        return M(s, [k], "Letter for file", text="%s\n\nCopy of the letter for your file.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[att("letter.docx", docx_bytes("l", bl))]), \
            E("encrypt_letter_kind", "¶25", T(contact=True, subjects=1, kinds=["letter_other"]), "non-attendance letter (not interview/offer/appointment)", {"letters": 1})
    mb = mailbox("Bolton Restart", "bolton.restart")
    bl = letter_blocks(c, p, "Notice of early exit", extra="As you have moved out of the area your place on Restart will end on %s." % day(14))
    return M(mb, [p], "Letter about your Restart place", text="Dear %s,\n\nPlease read the attached letter.\n\nBolton Restart" % p.first,
             atts=[att("letter.pdf", pdf_bytes("l", bl))]), \
        E("encrypt_claimant_recipient", "¶25", T(contact=True, subjects=1, kinds=["letter_other"]), "other-kind letter to the claimant: only exemptions 1 and 5 apply to claimants", {"letters": 1})


def e_dwp_process(v):
    c = Ctx("dwpproc%d" % v)
    s = staff(c, "ops")
    if v == 0:
        k = dwp_contact(c, "Work Coach")
        p1, p2 = claimant(c), claimant(c)
        atts = [att("UCNEA1_%s.docx" % q.last, docx_bytes("u", [("h", "UCNEA1"), ("kv", ucnea1_pairs(c, q, "Irwell Foods"))])) for q in (p1, p2)]
        return M(s, [k], "UCNEA1s", text="%s\n\nTwo UCNEA1s attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=atts), \
            E("encrypt_dwp_process", "¶35", T(ninos=2, subjects=2, kinds=["ucnea1"]), "two UCNEA1s in one email", {"records": 2})
    if v == 1:
        p = claimant(c)
        pairs = [("Exit Report", "WHP"), ("Participant", p.name), ("NINO", p.nino), ("Outcome", "Early exit")]
        return M(s, [("WHP Provider Inbox", DWP_INBOX)], "Exit Report", text="Exit report attached.\n\n%s" % sig(s, c),
                 atts=[att("exit.pdf", pdf_bytes("e", [("h", "Exit Report"), ("kv", pairs)]))]), \
            E("encrypt_dwp_process", "C15 ¶49", T(ninos=1, subjects=1, kinds=["exit_report"]), "exit report sent from a personal mailbox, not the designated provider inbox", {"records": 1})
    p1, p2 = claimant(c), claimant(c)
    txt = "\n\n".join("Change of Circumstances\nParticipant: %s\nNINO: %s\nNew address: %s" % (q.name, q.nino, q.address) for q in (p1, p2))
    return M(("%s WHP Data Exchange" % ORG_SHORT, PROV_INBOX), [("WHP Provider Inbox", DWP_INBOX)], "Change of Circumstances x2", text=txt), \
        E("encrypt_dwp_process", "C15 ¶49", T(ninos=2, contact=True, subjects=2, kinds=["change_of_circumstances"]), "two CoC records in one email", {"records": 2})


def e_claimant(v):
    c = Ctx("clrec%d" % v)
    p = claimant(c, consent=True)
    mb = mailbox(c.choice(OFFICES) + " WHP", "whp.team")
    if v == 0:
        return M(mb, [p], "Your CV", text="Hi %s,\n\nHere's your CV.\n\nWHP team" % p.first, atts=[att("CV.docx", docx_bytes("cv", cv_blocks(c, p, dob=True)))]), \
            E("encrypt_claimant_recipient", "¶17", T(dob=True, contact=True, subjects=1, kinds=["cv"]), "consented CV but it contains a DOB", {"cv_count": 1})
    if v == 1:
        return M(mb, [p], "Notes from today", text="Hi %s,\n\nAs agreed today: we'll refer you to Pennine Talking Therapies for your depression, and look at part-time roles given your back condition.\n\nWHP team" % p.first), \
            E("encrypt_claimant_recipient", "¶32", T(special=["mental_health", "health"], subjects=1), "mail to the claimant about their own health")
    if v == 2:
        a = att("action-plan.pdf", pdf_bytes("ap", [("h", "Action plan - %s" % p.name), ("p", "Budget: UC GBP 393.45/month after deductions for an advance of GBP 30.")]))
        return M(mb, [p], "Your action plan", text="Hi %s,\n\nYour action plan attached.\n\nWHP team" % p.first, atts=[a]), \
            E("encrypt_claimant_recipient", "¶32", T(benefit=True, subjects=1), "claimant's own UC payment detail in their action plan")
    atts = [att("CV_%s_short.docx" % p.last, docx_bytes("cv", cv_blocks(c, p))), att("CV_%s_long.pdf" % p.last, pdf_bytes("cv", cv_blocks(c, p)))]
    return M(mb, [p], "Your two CV versions", text="Hi %s,\n\nBoth versions as you asked.\n\nWHP team" % p.first, atts=atts), \
        E("encrypt_claimant_recipient", "¶17", T(contact=True, subjects=1, kinds=["cv"]), "two CVs in one email to a consented claimant (¶17: one per email)", {"cv_count": 2})


def e_sender_tag(v):
    c = Ctx("tag%d" % v)
    s = staff(c, c.choice(["contract", "hr", "ops"]))
    k = [supply_contact(c), dwp_contact(c), employer_contact(c)][v]
    subj = ["[ENCRYPT] Contract notes", "RE: [ENCRYPT] budget", "Meeting follow-up [ENCRYPT]"][v]
    return M(s, [k], subj, text="%s\n\n%s\n\n%s" % (greet(c, k.first), "Notes from our meeting - nothing sensitive but I prefer to encrypt.", sig(s, c))), \
        E("encrypt_sender_tag", "policy 3.8", T0, "sender-requested encryption tag")


def e_pw(v):
    c = Ctx("pw%d" % v)
    s = staff(c, "ops")
    k = supply_contact(c)
    if v == 0:
        a = att("referrals.zip", aes_zip_bytes([("list.csv", b"a,b\n1,2\n")], "Winter2026!", 11))
    elif v == 1:
        a = att("case-notes.pdf", pdf_bytes("Case notes", [("p", "Case notes")], password="rmep2026"))
    else:
        a = att("tracker.zip", aes_zip_bytes([("tracker.xlsx", xlsx_bytes([{"name": "x", "header": ["a"], "rows": [[1]]}]))], "Blackburn#7", 12))
    return M(s, [k], ["Referrals (password to follow)", "Case notes - protected", "Tracker"][v],
             text="%s\n\nPassword by text as usual.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
        E("encrypt_password_protected", "RULES default", T0, "password-protected attachment", {"pw": True})


def e_scan(v):
    c = Ctx("scan%d" % v)
    s = staff(c, "adviser")
    k = [supply_contact(c), employer_contact(c), dwp_contact(c)][v]
    if v == 0:
        a = att("scan0001.pdf", scan_pdf(hash_int("scan%d" % v), 2))
    elif v == 1:
        a = att("IMG_2041.jpg", scan_image(hash_int("scanj"), "JPEG"))
    else:
        a = att("signed form.png", scan_image(hash_int("scanp"), "PNG", 800, 1100))
    return M(s, [k], ["Scanned form", "Photo of the signed form", "Signed consent"][v], text="%s\n\nScan attached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
        E("encrypt_no_text_scan", "RULES default", T0, "image-only scan, no text layer", {"opaque": False})


# ================================================================= D. reject
def x_cv_no_consent(v):
    c = Ctx("cvnc%d" % v)
    p = claimant(c)
    mb = mailbox(c.choice(OFFICES) + " Restart", "restart.cv")
    subj = ["Your CV", "[ENCRYPT] Your CV", "CV as discussed", "Updated CV", "Re: my cv"][v]
    if v == 3:
        other = claimant(c, consent=True)
        p = other
        p2mail = "%s.%s.home@%s" % (p.first.lower(), p.last.lower(), "outlook.com" if not p.email.endswith("outlook.com") else "gmail.com")
        to = [(p.name, p2mail)]
        body = "Hi %s,\n\nSending to your new address as you asked - here's your updated CV.\n\nRestart team" % p.first
    else:
        to = [p]
        body = "Hi %s,\n\n%s\n\nRestart team" % (p.first, c.choice(["Here is your CV.", "Attached is your CV from today.", "Your CV, all updated."]))
    bl = cv_blocks(c, p)
    a = att("%s CV.%s" % (p.name, ["pdf", "docx"][v % 2]), (pdf_bytes if v % 2 == 0 else docx_bytes)("CV", bl))
    if v == 4:
        body = "Hi %s,\n\nCV below as you asked:\n\n%s\n\nRestart team" % (p.first, blocks_text(bl))
        return M(mb, to, subj, text=body), \
            L("reject", "reject_cv_no_consent", "¶17", T(contact=True, subjects=1, kinds=["cv"]), "CV pasted in the body to an unregistered claimant address", {"cv_count": 1})
    note = {0: "CV to a claimant address not in the consent register",
            1: "no consent; [ENCRYPT] does not cure it",
            2: "CV to unregistered address",
            3: "consented claimant, but sent to a new unregistered address the message identifies as theirs"}[v]
    return M(mb, to, subj, text=body, atts=[a]), \
        L("reject", "reject_cv_no_consent", "¶17", T(contact=True, subjects=1, kinds=["cv"]), note, {"cv_count": 1})


def x_uninspectable(v):
    c = Ctx("bad%d" % v)
    s = staff(c, c.choice(["ops", "mi", "ea", "supply"]))
    k = [supply_contact(c), employer_contact(c), dwp_contact(c), supply_contact(c), employer_contact(c),
         supply_contact(c), dwp_contact(c), supply_contact(c)][v]
    p = claimant(c)
    good_docx = docx_bytes("CV", cv_blocks(c, p))
    if v == 0:
        a = att("CV %s.docx" % p.last, corrupt(good_docx, 1)); note = "DOCX with corrupted bytes"
    elif v == 1:
        a = att("referrals.zip", corrupt(zip_bytes([("a.csv", b"x" * 5000)]), 2, "truncate")); note = "truncated zip"
    elif v == 2:
        a = att("report.pdf", corrupt(pdf_bytes("r", [("p", "x" * 2000)]), 3, "random")); note = ".pdf whose bytes are random"
    elif v == 3:
        a = att("tracker.xlsx", bytes(c.r.randrange(256) for _ in range(4096))); note = ".xlsx that is no readable format"
    elif v == 4:
        a = att("export.dat", bytes(c.r.randrange(256) for _ in range(3000))); note = "unknown binary .dat"
    elif v == 5:
        a = att("pack.zip", zip_bytes([("minutes.pdf", corrupt(pdf_bytes("m", [("p", "Minutes " * 300)]), 4, "truncate")), ("readme.txt", b"minutes")]))
        note = "zip with a truncated PDF inside (ordinary content otherwise)"
    elif v == 6:
        a = att("scan.tif", bytes(c.r.randrange(256) for _ in range(5000))); note = "image/tiff declared, bytes unreadable"
    else:
        a = att("Q3 figures.docx", b"PK\x03\x04" + bytes(c.r.randrange(256) for _ in range(2000))); note = "zip magic then garbage"
    return M(s, [k], ["CV", "Referrals", "Report", "Tracker", "Export", "Minutes pack", "Scan", "Q3 figures"][v],
             text="%s\n\nAttached.\n\n%s" % (greet(c, k.first), sig(s, c)), atts=[a]), \
        L("reject", "reject_uninspectable", "policy 3.3", T0, note, {"opaque": True})


# ================================================================= scenario table
SCENARIOS = []
for fn, n in [(nc_contract_review, 4), (nc_mi_pack, 4), (nc_newsletter, 4), (nc_policy, 3), (nc_training, 4), (nc_it, 5),
              (nc_hr, 5), (nc_complaints_agg, 2), (nc_blank_forms, 3), (nc_rates, 2), (nc_supplier, 3), (nc_employer, 4),
              (nc_chain, 4), (nc_claimant_generic, 3), (nc_dwp_ops, 3), (nc_received, 1), (nc_lookalike, 2),
              (nc_safeguard_general, 2), (nc_smime_signed, 1), (nc_zip_docs, 1), (nc_odt_minutes, 1), (nc_html_logo, 2),
              (nc_auto_reply, 2), (nc_teams_invite, 1), (nc_mp_general, 1), (nc_equality_report, 1), (nc_complaint_ack, 1),
              (nc_dbs_process, 1), (nc_esf_guidance, 1),
              (r_one_name, 5), (r_cv_to_claimant, 3), (r_cvs, 6), (r_forms, 4), (r_letters, 3), (r_names_list, 3),
              (r_nino_only, 2), (r_dwp_list, 2), (r_dwp_forms, 3), (r_c15, 3), (r_forward_sub, 2), (r_encrypted, 3),
              (e_special, 10), (e_nino, 6), (e_dob_bank, 6), (e_benefit_children, 5), (e_beyond_name, 4), (e_over, 6),
              (e_list_forbidden, 4), (e_letter_kind, 2), (e_dwp_process, 3), (e_claimant, 4), (e_sender_tag, 3), (e_pw, 3),
              (e_scan, 3), (x_cv_no_consent, 5), (x_uninspectable, 8)]:
    for v in range(n):
        SCENARIOS.append((fn, v))


def generate():
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    built = [(fn.__name__, v) + fn(v) for fn, v in SCENARIOS]
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    labels = []
    for pos, k in enumerate(order):
        n = pos + 1
        name, v, sp, lab = built[k]
        hid = "%s-%03d" % (PREFIX, n)
        with open(os.path.join(MAIL_DIR, hid + ".eml"), "wb") as f:
            f.write(build_msg(sp, n))
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": addr(sp["sender"])[1], "rcpt_to": rcpts(sp),
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": "%s[%d]" % (name, v)})
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "consent.txt"), "w") as f:
        f.write("# consent register for held-out set k: claimant addresses that asked for their CV by e-mail\n")
        for a in sorted(set(CONSENT)):
            f.write(a + "\n")
    return labels


# ================================================================= self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])\s?([A-Za-z])\s{0,2}(\d{2})\s{0,2}(\d{2})\s{0,2}(\d{2})\s{0,2}([A-Da-d])(?![A-Za-z0-9])")
PHONE_RE = re.compile(r"(?<!\d)(0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4})(?!\d)")
DRAMA = re.compile(r"^(07700 ?900\d{3}|0113 ?496 ?0\d{3}|0161 ?496 ?0\d{3}|020 ?7946 ?0\d{3})$")
RULE_ACTION = {"no_claimant_data": "relay", "one_name": "relay", "cv_to_claimant": "relay", "cvs_up_to_10": "relay",
               "application_forms_up_to_10": "relay", "letters_up_to_10": "relay", "names_list_500": "relay",
               "nino_only_list": "relay", "dwp_names_list": "relay", "dwp_ucnea1_gns": "relay", "dwp_c15_process": "relay",
               "forward_subcontractor": "relay", "already_encrypted": "relay", "reject_cv_no_consent": "reject",
               "reject_uninspectable": "reject"}


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


class Protected(Exception):
    pass


def blob_text(fn, data, mt):
    ext = fn.rsplit(".", 1)[-1].lower() if fn else ""
    head = data[:8]
    if head.startswith(b"%PDF"):
        from pypdf import PdfReader
        try:
            rd = PdfReader(io.BytesIO(data))
            if rd.is_encrypted:
                raise Protected(fn)
            return "\n".join((pg.extract_text() or "") for pg in rd.pages)
        except Protected:
            raise
        except Exception as e:
            raise Opaque("%s: %s" % (fn, e))
    if head.startswith(b"PK"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            names = z.namelist()
        except Exception as e:
            raise Opaque("%s: %s" % (fn, e))
        if any(i.flag_bits & 1 for i in z.infolist()):
            raise Protected(fn)
        if "word/document.xml" in names:
            import docx
            try:
                d = docx.Document(io.BytesIO(data))
            except Exception as e:
                raise Opaque("%s: %s" % (fn, e))
            t = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    t.extend(cell.text for cell in row.cells)
            return "\n".join(t)
        if "xl/workbook.xml" in names:
            import openpyxl
            try:
                wb = openpyxl.load_workbook(io.BytesIO(data))
            except Exception as e:
                raise Opaque("%s: %s" % (fn, e))
            return "\n".join(" ".join(str(x) for x in row if x is not None) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
        if "content.xml" in names and "mimetype" in names:
            from odf.opendocument import load
            from odf import teletype, text as otext
            doc = load(io.BytesIO(data))
            return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(otext.P) + doc.getElementsByType(otext.H))
        out = []
        for nm in names:
            try:
                b = z.read(nm)
            except Exception as e:
                raise Opaque("%s/%s: %s" % (fn, nm, e))
            out.append(nm + "\n" + blob_text(nm, b, None))
        return "\n".join(out)
    if head.startswith(b"\xff\xd8") or head.startswith(b"\x89PNG"):
        from PIL import Image
        Image.open(io.BytesIO(data)).verify()
        return ""
    if ext in ("csv", "txt", "ics") or (mt and mt[0] == "text"):
        return data.decode("utf-8")
    raise Opaque("%s: unknown binary" % fn)


def msg_text(msg, flags):
    out = []
    for k, v in msg.items():
        if k.lower() in ("received", "dkim-signature", "message-id", "date"):
            continue
        out.append("%s: %s" % (k, v))
    ct = msg.get_content_type()
    if ct in ("application/pkcs7-mime", "multipart/encrypted"):
        flags.add("encrypted")
        return "\n".join(out)
    if ct == "text/plain" and "BEGIN PGP MESSAGE" in (msg.get_content() if not msg.is_multipart() else ""):
        flags.add("encrypted")
        return "\n".join(out)
    for part in msg.walk() if msg.is_multipart() else [msg]:
        if part.is_multipart():
            continue
        pct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if pct == "message/rfc822":
            out.append(msg_text(part.get_content(), flags))
        elif pct in ("text/plain", "text/html") and not fn:
            out.append(part.get_content())
        elif pct == "application/pkcs7-signature":
            continue
        else:
            data = part.get_payload(decode=True)
            try:
                out.append(blob_text(fn, data, pct.split("/")))
                if pct.startswith("image/"):
                    flags.add("image")
            except Opaque as e:
                flags.add("opaque")
            except Protected:
                flags.add("pw")
    # nested rfc822 not walked by walk() contents
    return "\n".join(out)


def selfcheck(labels):
    from email import message_from_bytes
    from collections import Counter
    probs = []
    consent = set(l.strip() for l in open(os.path.join(HERE, "consent.txt")) if l.strip() and not l.startswith("#"))
    ids = Counter(l["id"] for l in labels)
    for r in labels:
        raw = open(os.path.join(HERE, r["file"]), "rb").read()
        msg = message_from_bytes(raw, policy=policy.default)
        flags = set()
        try:
            text = msg_text(msg, flags)
        except Exception as e:
            probs.append((r["id"], "parse error %r" % e))
            continue
        hdr_rcpts = [a.addr_spec for h in ("To", "Cc") for a in (msg[h].addresses if msg[h] else [])]
        if not set(hdr_rcpts) <= set(r["rcpt_to"]) or not set(r["rcpt_to"]) >= set(hdr_rcpts):
            probs.append((r["id"], "headers vs rcpt_to"))
        if msg["From"].addresses[0].addr_spec != r["mail_from"]:
            probs.append((r["id"], "from mismatch"))
        if not r["mail_from"].endswith("@" + INT):
            probs.append((r["id"], "sender not internal"))
        found = find_ninos(text)
        if len(found) > r["truth"]["ninos"]:
            probs.append((r["id"], "ninos found %d > truth %d" % (len(found), r["truth"]["ninos"])))
        if r["truth"]["ninos"] and r["rule"] not in ("already_encrypted",) and len(found) < r["truth"]["ninos"]:
            probs.append((r["id"], "ninos found %d < truth %d" % (len(found), r["truth"]["ninos"])))
        for ph in PHONE_RE.findall(text):
            if ph.startswith(("07", "01", "02")) and not DRAMA.match(ph):
                probs.append((r["id"], "phone outside drama range: %s" % ph))
        exp = RULE_ACTION.get(r["rule"], "encrypt")
        if exp != r["expected_action"]:
            probs.append((r["id"], "rule/action mismatch"))
        f = r["facts"]
        if f.get("opaque") and "opaque" not in flags:
            probs.append((r["id"], "expected opaque part"))
        if "opaque" in flags and r["rule"] != "reject_uninspectable":
            probs.append((r["id"], "unexpected opaque part"))
        if f.get("pw") and "pw" not in flags:
            probs.append((r["id"], "expected protected part"))
        if "pw" in flags and not f.get("pw"):
            probs.append((r["id"], "unexpected protected part"))
        if f.get("encrypted") and "encrypted" not in flags:
            probs.append((r["id"], "expected encrypted"))
        if r["rule"] == "encrypt_no_text_scan" and "image" not in flags and not text.strip().endswith(".pdf"):
            pass
        if r["rule"] == "no_claimant_data" and any(r["truth"][k] for k in r["truth"]):
            probs.append((r["id"], "no_claimant_data with truth"))
        if r["rule"] in ("cv_to_claimant",) and not all(a in consent for a in r["rcpt_to"]):
            probs.append((r["id"], "cv_to_claimant recipient not consented"))
        if r["rule"] == "reject_cv_no_consent" and all(a in consent for a in r["rcpt_to"]):
            probs.append((r["id"], "reject_cv_no_consent but consented"))
        if "[ENCRYPT]" in (r["rule"] and msg["Subject"] or "") and r["expected_action"] == "relay":
            probs.append((r["id"], "tagged subject relayed"))
        for k in ("bank",):
            pass
    for t in re.findall(r"GB\d\d[A-Z]{4}\d{14}", open(os.path.join(HERE, "labels.jsonl")).read()):
        if not iban_ok(t):
            probs.append(("labels", "bad iban"))
    return probs


def main():
    from collections import Counter
    if "--check" not in sys.argv:
        labels = generate()
    else:
        labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]
    probs = selfcheck(labels)
    print("messages:", len(labels))
    print("actions:", dict(Counter(r["expected_action"] for r in labels)))
    print("rules:", dict(sorted(Counter(r["rule"] for r in labels).items())))
    for p in probs:
        print("PROBLEM", *p)
    if probs:
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()

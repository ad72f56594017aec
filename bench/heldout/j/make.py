#!/usr/bin/env python3
"""Held-out set J: rural Cumbria / Borders / North Yorkshire outreach provider.

One deterministic generator: writes mail/hj-NNN.eml, labels.jsonl and consent.txt,
then runs its own self-check (an independent implementation of the corpus README's
label precedence).  Usage:  python make.py   |   python make.py --check
"""
import base64, csv, datetime as dt, email, email.policy, hashlib, io, json, os, quopri
import random, re, secrets, sys, zipfile
from email.message import Message
from email.generator import BytesGenerator
from email.utils import format_datetime

from faker import Faker
import logging
logging.getLogger("pypdf").setLevel(logging.ERROR)

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL = os.path.join(HERE, "mail")
PREFIX = "hj"

INTERNAL = "provider.example.org.uk"
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
SUPPLY = {"northstar-training.co.uk", "bridgeway-support.org.uk"}
FREEMAIL = {"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"}
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@provider.example.org.uk"
ORG = "Fells & Borders Employment Partnership"

# this set's own invented third parties
EMP = ["edenmoor-dairies.co.uk", "solwayfirth-haulage.co.uk", "ullsfell-lodge-hotels.co.uk",
       "tweedbank-joinery.co.uk", "swalemoor-quarries.co.uk", "fellgate-care.co.uk",
       "kirkbeck-agri-supplies.co.uk", "lunedale-bakery.co.uk"]
PROBATION = "northfells-probation-pdu.org.uk"
RECOVERY = "fellside-recovery.org.uk"
HOUSING = "borderdales-housing.org.uk"
TALKING = "lakes-talkingspace-nhs.org.uk"
COLLEGE = "eden-solway-college.ac.uk"
GP = "appleby-road-surgery.org.uk"
FOODBANK = "upperdale-foodbank.org.uk"
PRINTER = "kentmere-print.co.uk"
LOOKALIKE = "northstartraining.co.uk"   # NOT the approved subcontractor

OFFICES = ["Carlisle", "Longtown", "Brampton", "Penrith", "Appleby", "Kirkby Stephen",
           "Sedbergh", "Hawes", "Richmond", "Northallerton", "Whitby", "Keswick", "Wigton"]

ALL_LABELS = []
CONSENT = []

# ---------------------------------------------------------------- helpers: identifiers
BAD1, BAD2 = set("DFIQUV"), set("DFIQUVO")
BADPFX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})[ \t]?(\d{2})[ \t\r\n]?(\d{2})[ \t\r\n]?(\d{2})[ \t]?([A-Da-d])(?![A-Za-z0-9])")


def valid_prefix(p):
    p = p.upper()
    return p[0] not in BAD1 and p[1] not in BAD2 and p not in BADPFX


def find_ninos(text):
    out = set()
    for m in NINO_RE.finditer(text or ""):
        if valid_prefix(m.group(1)):
            out.add((m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5)).upper())
    return out


def nino(rng, spaced=True):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if valid_prefix(p):
            break
    d = "%06d" % rng.randrange(10**6)
    s = rng.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else p + d + s


def phone(rng, kind=None):
    kind = kind or rng.choice(["m", "m", "m", "leeds", "manc", "lon"])
    n = rng.randrange(1000)
    if kind == "m":
        return "07700 900%03d" % n
    if kind == "leeds":
        return "0113 496 0%03d" % n
    if kind == "manc":
        return "0161 496 0%03d" % n
    return "020 7946 0%03d" % n


def sortcode(rng, dashed=True):
    a = [rng.randrange(100) for _ in range(3)]
    return "-".join("%02d" % x for x in a) if dashed else "".join("%02d" % x for x in a)


def account(rng):
    return "%08d" % rng.randrange(10**7, 10**8)


def iban(rng, bank="FELB"):
    sc = sortcode(rng, False)
    acc = account(rng)
    bban = bank + sc + acc
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return "GB%02d%s" % (chk, bban)


def luhn_card(rng, prefix="4"):
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(15 - len(prefix))]
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


def postcode(rng):
    return rng.choice(["CA1", "CA2", "CA3", "CA6", "CA7", "CA11", "CA16", "CA17", "LA10", "DL8", "DL10", "DL6", "YO21", "TD9"]) + \
        " %d%s%s" % (rng.randrange(1, 10), rng.choice("ABDEFGHJLNPQRSTUWXY"), rng.choice("ABDEFGHJLNPQRSTUWXY"))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def dob(rng, lo=1962, hi=2004):
    return dt.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


# ---------------------------------------------------------------- deterministic randomness for libs
class _Det:
    rng = random.Random(0)


def _urandom(n):
    return bytes(_Det.rng.randrange(256) for _ in range(n))


os.urandom = _urandom
secrets.token_bytes = lambda n=32: _urandom(n)
secrets.token_hex = lambda n=32: _urandom(n).hex()

FIXED_ZIP_TIME = (2025, 2, 3, 9, 0, 0)


def rezip(data):
    """Re-pack an OOXML/ODF zip with fixed timestamps (mimetype first, stored)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        names = zin.namelist()
        if "mimetype" in names:
            names.remove("mimetype")
            zi = zipfile.ZipInfo("mimetype", FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED
            zo.writestr(zi, zin.read("mimetype"))
        for n in names:
            b = zin.read(n)
            b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2025-02-03T09:00:00Z", b) if n.endswith(("core.xml", "meta.xml")) else b
            zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()


# ---------------------------------------------------------------- document builders
def make_docx(blocks):
    """blocks: list of str (paragraph), ('h', text), ('t', rows)"""
    import docx
    d = docx.Document()
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
        elif b[0] == "pb":
            d.add_page_break()
    d.core_properties.author = "FBEP"
    d.core_properties.created = dt.datetime(2025, 2, 3, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2025, 2, 3, 9, 0, 0)
    d.core_properties.last_modified_by = "FBEP"
    bio = io.BytesIO()
    d.save(bio)
    return rezip(bio.getvalue())


def make_xlsx(sheets, hidden_cols=None, hidden_sheets=()):
    """sheets: list of (title, rows). hidden_cols: {title: ['C', ...]}"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for col in (hidden_cols or {}).get(title, []):
            ws.column_dimensions[col].hidden = True
        if title in hidden_sheets:
            ws.sheet_state = "hidden"
    wb.properties.creator = "FellTrack export"
    wb.properties.created = dt.datetime(2025, 2, 3, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 2, 3, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return rezip(bio.getvalue())


def _pdf():
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2025, 2, 3, 9, 0, 0, tzinfo=dt.timezone.utc))
    p.set_producer("FBEP print")
    p.set_creator("FBEP")
    p.set_auto_page_break(True, 15)
    p.set_font("Helvetica", size=10)
    return p


def _lat(s):
    return s.replace("\u2013", "-").replace("\u2019", "'").replace("\u00a3", "GBP ").replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"').encode("latin-1", "replace").decode("latin-1")


def make_pdf(pages, password=None, seed=0):
    """pages: list of pages; each page a list of str lines or ('t', rows) tables"""
    _Det.rng = random.Random(seed * 7 + 3)
    p = _pdf()
    for page in pages:
        p.add_page()
        for item in page:
            if isinstance(item, str):
                p.multi_cell(0, 5, _lat(item), new_x="LMARGIN", new_y="NEXT")
            elif item[0] == "h":
                p.set_font("Helvetica", "B", 13)
                p.multi_cell(0, 7, _lat(item[1]), new_x="LMARGIN", new_y="NEXT")
                p.set_font("Helvetica", size=10)
            elif item[0] == "t":
                with p.table(text_align="LEFT") as t:
                    for r in item[1]:
                        row = t.row()
                        for v in r:
                            row.cell(_lat(str(v)))
    if password:
        from fpdf.enums import EncryptionMethod
        p.set_encryption(owner_password="fbep-owner-" + password, user_password=password,
                         encryption_method=EncryptionMethod.AES_128)
    return bytes(p.output())


def make_acroform_pdf(title, fields, seed=0):
    """A fillable PDF: labels printed on the page, answers only in AcroForm field values."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject)
    p = _pdf()
    p.add_page()
    p.set_font("Helvetica", "B", 13)
    p.cell(0, 8, _lat(title), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", size=10)
    for i, (label, _) in enumerate(fields):
        p.set_xy(15, 30 + i * 10)
        p.cell(60, 8, _lat(label))
    base = PdfReader(io.BytesIO(bytes(p.output())))
    w = PdfWriter()
    w.append(base)
    page = w.pages[0]
    annots = ArrayObject()
    flds = ArrayObject()
    H = 297 * 72 / 25.4
    for i, (label, value) in enumerate(fields):
        y = H - (30 + i * 10 + 8) * 72 / 25.4
        f = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(re.sub(r"\W+", "_", label).strip("_")),
            NameObject("/TU"): TextStringObject(label), NameObject("/V"): TextStringObject(value),
            NameObject("/Rect"): ArrayObject([FloatObject(220), FloatObject(y), FloatObject(560), FloatObject(y + 20)]),
            NameObject("/F"): NumberObject(4), NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
        })
        ref = w._add_object(f)
        annots.append(ref)
        flds.append(ref)
    page[NameObject("/Annots")] = annots
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): flds, NameObject("/NeedAppearances"): __import__("pypdf").generic.BooleanObject(True)})
    w.add_metadata({"/Producer": "FBEP forms", "/CreationDate": "D:20250203090000Z"})
    _Det.rng = random.Random(seed)
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


def scan_image(lines, seed=0, fmt="PDF", size=(1240, 1754)):
    """An image-only 'scan': text drawn as pixels, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    r = random.Random(seed)
    img = Image.new("L", size, 250)
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=26)
    except TypeError:
        font = ImageFont.load_default()
    y = 80
    for ln in lines:
        d.text((90 + r.randrange(6), y), ln, fill=30, font=font)
        y += 44
    for _ in range(400):  # copier speckle
        x, yy = r.randrange(size[0]), r.randrange(size[1])
        d.point((x, yy), fill=r.randrange(90, 200))
    img = img.rotate(r.uniform(-0.8, 0.8), fillcolor=250)
    bio = io.BytesIO()
    if fmt == "PDF":
        img.convert("RGB").save(bio, "PDF", resolution=150.0, creationDate=__import__("time").gmtime(1738573200),
                                modDate=__import__("time").gmtime(1738573200), producer="KM-C308 scan", title="scan")
    elif fmt == "JPEG":
        img.convert("RGB").save(bio, "JPEG", quality=70)
    else:
        img.save(bio, "PNG")
    return bio.getvalue()


def logo_png(seed=0):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (180, 48), (24, 70, 52))
    d = ImageDraw.Draw(img)
    d.polygon([(8, 40), (30, 10), (52, 40)], fill=(200, 220, 200))
    d.polygon([(40, 40), (62, 16), (84, 40)], fill=(150, 190, 160))
    d.text((92, 16), "F&B EP", fill=(255, 255, 255))
    bio = io.BytesIO()
    img.save(bio, "PNG")
    return bio.getvalue()


def make_odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    d = OpenDocumentText()
    for t in paras:
        d.text.addElement(P(text=t))
    bio = io.BytesIO()
    d.save(bio)
    b = bio.getvalue()
    return rezip(b)


def make_zip(files, password=None, seed=0):
    bio = io.BytesIO()
    if password:
        import pyzipper
        _Det.rng = random.Random(seed * 13 + 1)
        with pyzipper.AESZipFile(bio, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
            z.setpassword(password.encode())
            for n, b in files:
                zi = z.zipinfo_cls(filename=n, date_time=FIXED_ZIP_TIME)
                zi.compress_type = pyzipper.ZIP_DEFLATED
                z.writestr(zi, b)
    else:
        with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
            for n, b in files:
                zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, b)
    return bio.getvalue()


def make_csv(rows):
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    return s.getvalue().encode("utf-8")


def fixed_width(rows, widths):
    out = []
    for r in rows:
        out.append("".join(str(v)[:w].ljust(w) for v, w in zip(r, widths)).rstrip())
    return ("\n".join(out) + "\n").encode("ascii")


def make_ics(summary, start, mins, organizer, attendees, description, location, uid):
    end = start + dt.timedelta(minutes=mins)
    f = lambda d: d.strftime("%Y%m%dT%H%M%S")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{f(start - dt.timedelta(days=3))}Z",
             f"DTSTART;TZID=Europe/London:{f(start)}", f"DTEND;TZID=Europe/London:{f(end)}",
             f"SUMMARY:{summary}", f"LOCATION:{location}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines.append("DESCRIPTION:" + desc)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln) > 74:
            folded.append(ln[:74])
            ln = " " + ln[74:]
        folded.append(ln)
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


# ---------------- encryption blobs (structurally valid, undecryptable, deterministic)
def _der(tag, body):
    n = len(body)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + body


def _oid(s):
    parts = [int(x) for x in s.split(".")]
    out = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return _der(0x06, out)


def smime_enveloped_der(rng, size):
    rb = lambda n: bytes(rng.randrange(256) for _ in range(n))
    issuer = _der(0x30, _der(0x31, _der(0x30, _oid("2.5.4.3") + _der(0x0C, b"Fells Borders Issuing CA"))))
    ias = _der(0x30, issuer + _der(0x02, b"\x01" + rb(8)))
    ktri = _der(0x30, _der(0x02, b"\x00") + ias + _der(0x30, _oid("1.2.840.113549.1.1.1") + b"\x05\x00") + _der(0x04, rb(256)))
    eci = _der(0x30, _oid("1.2.840.113549.1.7.1") + _der(0x30, _oid("2.16.840.1.101.3.4.1.42") + _der(0x04, rb(16))) + _der(0x80, rb(size)))
    env = _der(0x30, _der(0x02, b"\x00") + _der(0x31, ktri) + eci)
    return _der(0x30, _oid("1.2.840.113549.1.7.3") + _der(0xA0, env))


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armored(rng, size):
    rb = lambda n: bytes(rng.randrange(256) for _ in range(n))
    mpi = b"\x08\x00" + bytes([0x80 | rng.randrange(128)]) + rb(255)
    pkesk_body = b"\x03" + rb(8) + b"\x01" + mpi
    pkesk = bytes([0xC1, 192 + (len(pkesk_body) - 192) // 256, (len(pkesk_body) - 192) % 256]) + pkesk_body
    seipd_body = b"\x01" + rb(size)
    L = len(seipd_body)
    seipd = bytes([0xD2, 0xFF]) + L.to_bytes(4, "big") + seipd_body
    data = pkesk + seipd
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"


# A throwaway RSA test key derived from a fixed seed (synthetic) for S/MIME signed-only mail.
_SIGN_KEY = None


def _prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and all(
                pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11, 13, 17, 19, 23)):
            d, s = n - 1, 0
            while d % 2 == 0:
                d //= 2; s += 1
            ok = True
            for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
                x = pow(a, d, n)
                if x in (1, n - 1):
                    continue
                for _ in range(s - 1):
                    x = pow(x, 2, n)
                    if x == n - 1:
                        break
                else:
                    ok = False
                    break
            if ok:
                return n


def smime_sign(data_bytes):
    global _SIGN_KEY
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography.x509.oid import NameOID
    if _SIGN_KEY is None:
        r = random.Random(20250203)
        e = 65537
        while True:
            p, q = _prime(r, 1024), _prime(r, 1024)
            phi = (p - 1) * (q - 1)
            if p != q and phi % e:
                break
        d = pow(e, -1, phi)
        pub = rsa.RSAPublicNumbers(e, p * q)
        key = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub).private_key()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FBEP Carlisle Hub"),
                          x509.NameAttribute(NameOID.EMAIL_ADDRESS, "carlisle.hub@" + INTERNAL)])
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(0x1F2E3D).not_valid_before(dt.datetime(2025, 1, 1)).not_valid_after(dt.datetime(2027, 1, 1))
                .sign(key, hashes.SHA256()))
        _SIGN_KEY = (key, cert)
    key, cert = _SIGN_KEY
    return (pkcs7.PKCS7SignatureBuilder().set_data(data_bytes).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes]))


# ---------------------------------------------------------------- MIME building
def _enc_payload(s, cte):
    if cte == "b64":
        b = base64.b64encode(s.encode("utf-8")).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n", "base64"
    if cte == "qp":
        return quopri.encodestring(s.encode("utf-8")).decode("ascii"), "quoted-printable"
    return s, ("7bit" if all(ord(ch) < 128 for ch in s) else "8bit")


def text_part(s, subtype="plain", cte=None):
    if cte is None:
        cte = "7bit" if all(ord(ch) < 128 for ch in s) and max((len(x) for x in s.split("\n")), default=0) < 900 else "qp"
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    payload, name = _enc_payload(s, cte)
    m["Content-Transfer-Encoding"] = name
    m.set_payload(payload)
    return m


def bin_part(filename, ctype, data, disposition="attachment", cid=None):
    m = Message()
    m["Content-Type"] = f'{ctype}; name="{filename}"'
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    if cid:
        m["Content-ID"] = f"<{cid}>"
    b = base64.b64encode(data).decode()
    m.set_payload("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n")
    return m


def multipart(sub, parts, rng, extra=""):
    m = Message()
    bnd = "----=_FBEP_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(24))
    m["Content-Type"] = f'multipart/{sub}; boundary="{bnd}"{extra}'
    for p in parts:
        m.attach(p)
    return m


def nested_part(inner):
    m = Message()
    m["Content-Type"] = "message/rfc822"
    m["Content-Disposition"] = "attachment"
    m.set_payload([inner])
    return m


def fmt_addr(a):
    if isinstance(a, tuple):
        n, ad = a
        if re.search(r'[,;:@()<>"\[\]]', n):
            n = '"%s"' % n.replace('"', "")
        return f"{n} <{ad}>"
    return a


def bare(a):
    return (a[1] if isinstance(a, tuple) else a).lower()


def build(rng, frm, to, subject, cc=(), text=None, html=None, atts=(), logo=False, headers=None,
          date=None, cte=None, body_part=None):
    if body_part is not None:
        body = body_part
    else:
        tp = text_part(text, "plain", cte) if text is not None else None
        hp = text_part(html, "html", cte) if html is not None else None
        if hp is not None and logo:
            hp = multipart("related", [hp, bin_part("fbep-logo.png", "image/png", logo_png(), "inline", "fbeplogo@fbep")], rng,
                           '; type="text/html"')
        if tp is not None and hp is not None:
            body = multipart("alternative", [tp, hp], rng)
        else:
            body = tp if tp is not None else hp
    parts = []
    for a in atts:
        if isinstance(a, Message):
            parts.append(a)
        else:
            parts.append(bin_part(*a))
    msg = multipart("mixed", [body] + parts, rng) if parts else body
    hdr = Message()
    hdr["From"] = fmt_addr(frm)
    if to:
        hdr["To"] = ", ".join(fmt_addr(x) for x in to)
    if cc:
        hdr["Cc"] = ", ".join(fmt_addr(x) for x in cc)
    hdr["Subject"] = subject
    d = date or dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=rng.randrange(60 * 24 * 80))
    hdr["Date"] = format_datetime(d)
    hdr["Message-ID"] = "<%s@%s>" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(20)), INTERNAL)
    hdr["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        hdr[k] = v
    for k, v in msg.items():
        hdr[k] = v
    if msg.is_multipart():
        for p in msg.get_payload():
            hdr.attach(p)
    else:
        hdr.set_payload(msg.get_payload())
    return hdr


def to_bytes(m, crlf=False):
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78).flatten(m)
    b = bio.getvalue().replace(b"\r\n", b"\n")
    return b.replace(b"\n", b"\r\n") if crlf else b


# ---------------------------------------------------------------- labels
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(special), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(kinds)}


EMPTY_T = T()


def F(**kw):
    f = {"encrypted": False, "opaque": False, "pw": False, "cv_count": 0, "form_people": 0, "letters": 0,
         "list_rows": 0, "list_cols": [], "nino_only": False, "records": 0, "fwd_record": False,
         "name_only": False, "extra": False, "own_rcpt": []}
    f.update(kw)
    return f


GUIDANCE = {
    "no_claimant_data": "Ch8 ¶12-14; RULES 'about a person, not about a word'",
    "one_name": "Ch8 ¶18", "cv_to_claimant": "Ch8 ¶17", "cvs_up_to_10": "Ch8 ¶19, ¶21",
    "application_forms_up_to_10": "Ch8 ¶22-24", "letters_up_to_10": "Ch8 ¶24-28",
    "names_list_500": "Ch8 ¶29-31", "nino_only_list": "Ch8 ¶31", "dwp_names_list": "Ch8 ¶36, ¶29-31",
    "dwp_ucnea1_gns": "Ch8 ¶34-35", "dwp_c15_process": "C15 ¶43-50", "forward_subcontractor": "C15 ¶53",
    "already_encrypted": "RULES outcomes; policy 3.8",
    "encrypt_special_category": "Ch8 ¶32; 003 ¶8-9", "encrypt_nino": "Ch8 ¶33",
    "encrypt_dob_bank": "Ch8 ¶32, ¶30", "encrypt_benefit_children": "Ch8 ¶32, ¶30",
    "encrypt_beyond_name": "Ch8 ¶18, ¶30", "encrypt_over_limit": "Ch8 ¶21, ¶22-24, ¶28, ¶31; C15 ¶49",
    "encrypt_list_forbidden_column": "Ch8 ¶30", "encrypt_letter_kind": "Ch8 ¶25",
    "encrypt_dwp_process": "Ch8 ¶34-36; C15 ¶46-50", "encrypt_claimant_recipient": "Ch8 ¶17, ¶24-28, ¶32",
    "encrypt_sender_tag": "RULES sender-requested encryption", "encrypt_password_protected": "RULES reject/encrypt defaults",
    "encrypt_no_text_scan": "RULES reject/encrypt defaults", "reject_cv_no_consent": "Ch8 ¶17",
    "reject_uninspectable": "RULES reject regardless of encryption; policy 3.3",
}

LET_OK = {"letter_interview", "letter_job_offer", "letter_appointment"}
LET_ALL = LET_OK | {"letter_other"}
C15 = {"exit_report", "change_of_circumstances", "whp_eb_customer_form"}
FORBIDDEN_COLS = {"dob", "address", "postcode", "phone", "email", "benefit_amount", "bank"}
SPECIAL_COLS = {"health", "substance", "criminal", "ethnicity", "religion"}


def rclass(a, own, consent):
    dom = a.split("@")[1].lower()
    if dom == INTERNAL:
        return "internal"
    if dom in DWP_DOMAINS:
        return "dwp"
    if dom in SUPPLY:
        return "supply_chain"
    if a in consent or a in own:
        return "claimant"
    return "third_party"


def has_data(t):
    return bool(t["ninos"] or t["dob"] or t["bank"] or t["special"] or t["benefit_payment"] or t["children"]
                or t["contact_details"] or t["data_subjects"] or t["doc_kinds"])


def category(t):
    if t["special"]:
        return "encrypt_special_category"
    if t["ninos"]:
        return "encrypt_nino"
    if t["dob"] or t["bank"]:
        return "encrypt_dob_bank"
    if t["benefit_payment"] or t["children"]:
        return "encrypt_benefit_children"
    return "encrypt_beyond_name"


def list_check(t, f, dwp):
    if f["nino_only"]:
        return "relay", "nino_only_list"
    cols = set(f["list_cols"])
    if cols & SPECIAL_COLS:
        return "encrypt", "encrypt_special_category"
    if cols & FORBIDDEN_COLS:
        return "encrypt", "encrypt_list_forbidden_column"
    if f["list_rows"] > 500:
        return "encrypt", "encrypt_over_limit"
    if f["extra"]:
        return "encrypt", category(t)
    return "relay", ("dwp_names_list" if dwp else "names_list_500")


def decide(addr, rc, t, f, frm, consent):
    if not has_data(t):
        return "relay", "no_claimant_data"
    if rc == "internal":
        return "relay", None
    kinds = set(t["doc_kinds"])
    if rc == "claimant":
        if kinds == {"cv"} and f["cv_count"] == 1 and addr in consent and not (
                t["dob"] or t["ninos"] or t["bank"] or t["special"] or f["extra"]):
            return "relay", "cv_to_claimant"
        if kinds and kinds <= LET_OK and 1 <= f["letters"] <= 10 and not (
                t["special"] or t["ninos"] or t["bank"] or f["extra"]):
            return "relay", "letters_up_to_10"
        return "encrypt", "encrypt_claimant_recipient"
    if rc == "dwp":
        if kinds & {"ucnea1", "good_news_story"}:
            if f["records"] == 1 and kinds <= {"ucnea1", "good_news_story"} and not f["extra"]:
                return "relay", "dwp_ucnea1_gns"
            return "encrypt", "encrypt_dwp_process"
        if kinds & C15:
            if f["records"] == 1 and kinds <= C15 and frm == PROV_INBOX and addr == DWP_INBOX and not f["extra"]:
                return "relay", "dwp_c15_process"
            return "encrypt", "encrypt_dwp_process"
        if kinds & ({"cv", "application_form", "application_form_couple"} | LET_ALL):
            return "encrypt", "encrypt_dwp_process"
        if kinds & {"name_list", "nino_list"}:
            return list_check(t, f, True)
        if f["name_only"] and not f["extra"]:
            return "relay", "one_name"
        return "encrypt", category(t)
    # supply chain and third parties
    if f["fwd_record"]:
        if rc == "supply_chain" and f["records"] == 1 and not f["extra"]:
            return "relay", "forward_subcontractor"
        if rc == "supply_chain" and f["records"] > 1:
            return "encrypt", "encrypt_over_limit"
        return "encrypt", category(t)
    if kinds == {"cv"}:
        if f["cv_count"] > 10:
            return "encrypt", "encrypt_over_limit"
        if f["extra"]:
            return "encrypt", category(t)
        return "relay", "cvs_up_to_10"
    if kinds and kinds <= {"application_form", "application_form_couple"}:
        if t["ninos"]:
            return "encrypt", "encrypt_nino"
        if t["dob"] or t["bank"]:
            return "encrypt", "encrypt_dob_bank"
        if f["form_people"] > 10:
            return "encrypt", "encrypt_over_limit"
        if f["extra"]:
            return "encrypt", category(t)
        return "relay", "application_forms_up_to_10"
    if kinds and kinds <= LET_ALL:
        if kinds - LET_OK:
            return "encrypt", "encrypt_letter_kind"
        if f["letters"] > 10:
            return "encrypt", "encrypt_over_limit"
        if t["special"] or t["ninos"] or t["bank"] or f["extra"]:
            return "encrypt", category(t)
        return "relay", "letters_up_to_10"
    if kinds & {"name_list", "nino_list"}:
        return list_check(t, f, False)
    if f["name_only"] and not f["extra"]:
        return "relay", "one_name"
    return "encrypt", category(t)


def derive(lab, subject, consent):
    f, t = lab["facts"], lab["truth"]
    if f["encrypted"]:
        return "relay", "already_encrypted"
    if f["opaque"] == "corrupt":
        return "reject", "reject_uninspectable"
    if f["opaque"] == "scan":
        return "encrypt", "encrypt_no_text_scan"
    own = set(f["own_rcpt"])
    rc = {a: rclass(a, own, consent) for a in lab["rcpt_to"]}
    if "cv" in t["doc_kinds"] and f["cv_count"] > 0:
        if any(rc[a] == "claimant" and a not in consent for a in lab["rcpt_to"]):
            return "reject", "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt", "encrypt_password_protected"
    if "[encrypt]" in subject.lower():
        return "encrypt", "encrypt_sender_tag"
    order = {"relay": 0, "encrypt": 1, "reject": 2}
    best, rule = "relay", None
    for a in lab["rcpt_to"]:
        act, r = decide(a, rc[a], t, f, lab["mail_from"], consent)
        if order[act] > order[best]:
            best, rule = act, r
        elif act == best and rule is None and r is not None:
            rule = r
    return best, rule or "no_claimant_data"


# ---------------------------------------------------------------- self-check: parsing
class Unreadable(Exception):
    pass


def parse_blob(name, ctype, data, info):
    """Return extracted text; raise Unreadable if it cannot be read. info collects flags."""
    n = (name or "").lower()
    try:
        if n.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            parts = [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    parts.append(" | ".join(c.text for c in r.cells))
            return "\n".join(parts)
        if n.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            out = []
            for ws in wb.worksheets:
                for r in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else str(v) for v in r))
            return "\n".join(out)
        if n.endswith(".pdf") or ctype == "application/pdf":
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            if r.is_encrypted:
                info.add("pw")
                return ""
            txt = "\n".join((p.extract_text() or "") for p in r.pages)
            fields = r.get_fields() or {}
            ftxt = "\n".join(str(v.get("/V", "")) for v in fields.values())
            if fields:
                info.add("acroform")
            if not txt.strip() and not ftxt.strip():
                info.add("scan")
            return txt + "\n" + ftxt
        if n.endswith(".odt"):
            from odf.opendocument import load
            from odf import teletype
            from odf.text import P
            d = load(io.BytesIO(data))
            return "\n".join(teletype.extractText(p) for p in d.getElementsByType(P))
        if n.endswith((".csv", ".txt", ".dat")):
            return data.decode("utf-8")
        if n.endswith(".ics") or ctype == "text/calendar":
            s = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in s:
                raise Unreadable(name)
            return s.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",")
        if n.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            out = []
            for zi in z.infolist():
                out.append(zi.filename)
                if zi.flag_bits & 1:
                    info.add("pw")
                    continue
                out.append(parse_blob(zi.filename, "", z.read(zi.filename), info))
            return "\n".join(out)
        if n.endswith((".png", ".jpg", ".jpeg")) or ctype.startswith("image/"):
            from PIL import Image
            Image.open(io.BytesIO(data)).load()
            if "logo" not in n:
                info.add("scan")
            return ""
        if n.endswith(".eml"):
            return walk_text(email.message_from_bytes(data, policy=email.policy.default), info)
    except Unreadable:
        raise
    except Exception as e:  # noqa
        raise Unreadable(f"{name}: {e!r}")
    raise Unreadable(f"{name}: unknown type {ctype}")


def header_text(m):
    out = []
    for k, v in m.items():
        if k.lower() in ("received", "dkim-signature", "message-id", "content-type", "content-transfer-encoding",
                         "mime-version", "content-disposition", "content-id", "date", "thread-index"):
            continue
        out.append(f"{k}: {v}")
    return "\n".join(out)


def walk_text(m, info, top=False):
    out = [] if top else [header_text(m)]
    ct = m.get_content_type()
    if ct in ("multipart/encrypted", "application/pkcs7-mime") and ("enveloped" in str(m.get("Content-Type", "")) or ct == "multipart/encrypted"):
        info.add("encrypted")
        return ""
    if m.is_multipart():
        for p in m.iter_parts():
            out.append(walk_text(p, info))
        return "\n".join(out)
    if ct == "message/rfc822":
        for p in m.get_payload():
            out.append(walk_text(p, info))
        return "\n".join(out)
    fn = m.get_filename()
    if ct in ("text/plain", "text/html") and not fn:
        s = m.get_content()
        if "-----BEGIN PGP MESSAGE-----" in s:
            info.add("encrypted")
            s = re.sub(r"-----BEGIN PGP MESSAGE-----.*?-----END PGP MESSAGE-----", "", s, flags=re.S)
        if ct == "text/html":
            s = re.sub(r"<[^>]+>", " ", s)
            import html as _h
            s = _h.unescape(s)
        info.add("bodytext:" + str(len(info)))
        out.append(s)
        return "\n".join(out)
    if ct in ("application/pgp-encrypted", "application/pkcs7-signature", "application/pgp-signature"):
        return ""
    if ct == "application/octet-stream" and not fn:
        return ""
    data = m.get_payload(decode=True) or b""
    out.append(fn or "")
    try:
        out.append(parse_blob(fn or "", ct, data, info))
    except Unreadable as e:
        info.add("unreadable:" + str(e)[:60])
    return "\n".join(out)


def body_and_subject_text(m):
    out = [str(m.get("Subject", ""))]
    for p in m.walk():
        if p.get_content_type() in ("text/plain", "text/html") and not p.get_filename():
            out.append(p.get_content())
    return "\n".join(out)


def selfcheck():
    errors = []
    consent = set(x.strip().lower() for x in open(os.path.join(HERE, "consent.txt")) if x.strip() and not x.startswith("#"))
    labs = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"))]
    bodies = set()
    for lab in labs:
        e = lambda s: errors.append(f"{lab['id']} ({lab['scenario']}): {s}")
        raw = open(os.path.join(HERE, lab["file"]), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        frm = email.utils.parseaddr(str(m["From"]))[1].lower()
        if frm != lab["mail_from"]:
            e("From mismatch")
        if not frm.endswith("@" + INTERNAL):
            e("sender not internal")
        hdr_rcpts = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in (m.get_all("To") or []) + (m.get_all("Cc") or [])])]
        if not set(hdr_rcpts) <= set(lab["rcpt_to"]):
            e("To/Cc not within rcpt_to")
        if m.get("Bcc"):
            e("Bcc header present")
        if not m.get("Date") or not m.get("Message-ID"):
            e("no Date/Message-ID")
        if all(a.endswith("@" + INTERNAL) for a in lab["rcpt_to"]):
            e("no external recipient")
        info = set()
        alltext = header_text(m) + "\n" + walk_text(m, info, top=True)
        f = lab["facts"]
        unread = [x for x in info if x.startswith("unreadable")]
        if f["opaque"] == "corrupt":
            if not unread:
                e("opaque case but everything parsed")
        elif unread:
            e("unreadable part: " + unread[0])
        if f["opaque"] == "scan" and "scan" not in info:
            e("scan case without image-only part")
        if f["opaque"] != "scan" and "scan" in info:
            e("image-only part in a non-scan case")
        if f["pw"] and "pw" not in info:
            e("pw case without encrypted part")
        if not f["pw"] and "pw" in info and not f["opaque"]:
            e("password part but pw false")
        if f["encrypted"] and "encrypted" not in info:
            e("encrypted case with readable body")
        if not f["encrypted"] and "encrypted" in info:
            e("encrypted body but encrypted false")
        bs = body_and_subject_text(m) if not f["encrypted"] else str(m.get("Subject", ""))
        if len(find_ninos(bs)) > lab["truth"]["ninos"]:
            e(f"body/subject has {len(find_ninos(bs))} NINOs > truth {lab['truth']['ninos']}")
        na = len(find_ninos(alltext))
        if not (f["opaque"] or f["pw"] or f["encrypted"]) and na != lab["truth"]["ninos"] and not f.get("nino_hard"):
            e(f"readable content has {na} NINOs, truth {lab['truth']['ninos']}")
        if (f["opaque"] or f["pw"] or f["encrypted"]) and lab["truth"] != EMPTY_T:
            e("truth should be empty for unreadable cases")
        key = hashlib.sha1(re.sub(r"\s+", " ", body_and_subject_text(m)).encode()).hexdigest()
        if key in bodies:
            e("duplicate body")
        bodies.add(key)
        subj = str(m.get("Subject", ""))
        act, rule = derive(lab, subj, consent)
        if (act, rule) != (lab["expected_action"], lab["rule"]):
            e(f"label {lab['expected_action']}/{lab['rule']} but derive gives {act}/{rule}")
    for x in errors:
        print("SELF-CHECK FAIL:", x)
    from collections import Counter
    print(len(labs), "messages;", dict(Counter(l["expected_action"] for l in labs)))
    if errors:
        sys.exit(1)
    print("self-check OK")


# ---------------------------------------------------------------- scenario framework
SCEN = []


def sc(fn):
    SCEN.append(fn)
    return fn


class Ctx:
    def __init__(self, name, seed):
        self.name = name
        self.rng = random.Random(seed)
        self.fk = Faker("en_GB")
        self.fk.seed_instance(seed)
        self.out = []

    def person(self):
        return self.fk.first_name(), self.fk.last_name()

    def female(self):
        return self.fk.first_name_female(), self.fk.last_name()

    def male(self):
        return self.fk.first_name_male(), self.fk.last_name()

    def staff(self):
        f, l = self.person()
        return (f"{f} {l}", f"{f.lower()}.{l.lower()}@{INTERNAL}".replace("'", ""), f)

    def free(self, first, last, dom=None):
        dom = dom or self.rng.choice(sorted(FREEMAIL))
        style = self.rng.randrange(4)
        loc = [f"{first}.{last}", f"{first}{last}{self.rng.randrange(10, 99)}", f"{first[0]}{last}", f"{last}.{first}{self.rng.randrange(70, 99)}"][style]
        return re.sub(r"[^a-z0-9.]", "", loc.lower()) + "@" + dom

    def emit(self, frm, to, subject, expected, rule, truth, facts, notes, cc=(), bcc=(), crlf=None, **kw):
        if crlf is None:
            crlf = self.rng.random() < 0.09
        m = build(self.rng, frm, to, subject, cc=cc, **kw)
        rc = [bare(x) for x in list(to) + list(cc) + list(bcc)]
        self.out.append({"mail_from": bare(frm), "rcpt_to": rc, "expected_action": expected, "rule": rule,
                         "guidance": GUIDANCE[rule], "truth": truth, "facts": facts, "notes": notes,
                         "scenario": self.name, "_msg": m, "_crlf": crlf})


def sig(c, name, office=None, mobile=True, kind=None):
    office = office or c.rng.choice(OFFICES)
    kind = kind or c.rng.choice(["iphone", "android", "full", "full", "short", "voice"])
    mob = phone(c.rng, "m")
    if kind == "iphone":
        return f"\n\n{name.split()[0]}\n\nSent from my iPhone"
    if kind == "android":
        return f"\n\n{name.split()[0]}\nGet Outlook for Android"
    if kind == "voice":
        return "\n\nsent by voice excuse typos\n" + name.split()[0]
    if kind == "short":
        return f"\n\nCheers\n{name.split()[0]}\n{ORG} | {office}\nWork mobile {mob}"
    return (f"\n\nKind regards\n\n{name}\nEmployment Adviser, {office} outreach\n{ORG}\n"
            f"Work mobile: {mob}  |  Office: {phone(c.rng, 'leeds')}\n"
            f"Out on the road most days - text is quickest.")


DISCLAIMER = ("\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee. "
              "They may contain personal data, including special category data such as information about health "
              "or criminal convictions, which must be handled in line with UK GDPR and the Data Protection Act 2018. "
              "If you have received this in error please tell the sender and delete it. "
              f"{ORG} is a company limited by guarantee, registered in England No. 09412276.")


def write_all():
    os.makedirs(MAIL, exist_ok=True)
    for f in os.listdir(MAIL):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAIL, f))
    cases = []
    for i, fn in enumerate(SCEN):
        c = Ctx(fn.__name__, 1000 + i * 17)
        fn(c)
        if not c.out:
            raise SystemExit(f"scenario {fn.__name__} emitted nothing")
        cases.extend(c.out)
    ids = list(range(1, len(cases) + 1))
    random.Random(4242).shuffle(ids)
    labs = []
    for n, case in zip(ids, cases):
        cid = "%s-%03d" % (PREFIX, n)
        fn = f"mail/{cid}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(to_bytes(case["_msg"], case["_crlf"]))
        lab = {"id": cid, "file": fn}
        lab.update({k: v for k, v in case.items() if not k.startswith("_")})
        labs.append(lab)
    labs.sort(key=lambda l: l["id"])
    with open(os.path.join(HERE, "labels.jsonl"), "w") as fh:
        for l in labs:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "consent.txt"), "w") as fh:
        fh.write("# consent register: claimant addresses that asked for their CV by e-mail (Ch8 para 17)\n")
        for a in sorted(set(CONSENT)):
            fh.write(a + "\n")


# ---------------------------------------------------------------- content helpers
def html_wrap(text, extra_style=""):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in paras)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt%s">%s'
            '</body></html>') % (extra_style, body)


def outlook_quote(frm, sent, to, subject, body):
    return (f"\n\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}")


def gmail_quote(who, when, body):
    q = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
    return f"\n\nOn {when}, {who} wrote:\n{q}"


def when(c):
    d = dt.date(2025, 2, 1) + dt.timedelta(days=c.rng.randrange(60))
    return d.strftime("%A, %d %B %Y") + " %02d:%02d" % (c.rng.randrange(8, 18), c.rng.randrange(60))


JOBS = ["Farm assistant", "HGV Class 2 driver", "Kitchen porter", "Care assistant", "Forklift operative",
        "Housekeeper", "Retail assistant", "Joiner's labourer", "Dairy parlour assistant", "Warehouse picker",
        "Quarry plant operative", "Bakery production operative", "Receptionist", "Groundsworker"]


def cv_blocks(c, first, last, mail, tel, town, two_col=False, referees=True):
    job1, job2 = c.rng.sample(JOBS, 2)
    y = c.rng.randrange(2012, 2021)
    ref1 = c.fk.name()
    ref2 = c.fk.name()
    blocks = [("h", f"{first} {last}"),
              f"{town}, Cumbria  |  {tel}  |  {mail}",
              ("h", "Profile"),
              c.rng.choice([
                  f"Reliable and hands-on worker with {c.rng.randrange(3, 15)} years' experience in outdoor and seasonal roles. Full clean driving licence and own transport, which matters round here.",
                  f"Friendly, punctual and happy to pick up early starts. Looking for steady work within travelling distance of {town}.",
                  f"Practical team player who has worked on farms, in kitchens and on a production line. Keen to get back into regular work and learn new skills.",
              ]),
              ("h", "Experience")]
    exp = [(f"{job1}", c.fk.company(), f"{y} - {y + c.rng.randrange(1, 4)}", "Daily duties, stock rotation, health and safety checks."),
           (f"{job2}", c.fk.company(), f"{y - 3} - {y}", "Worked to tight deadlines; trained two new starters.")]
    if two_col:
        blocks.append(("t", [["Role", "Employer", "Dates", "What I did"]] + [list(e) for e in exp]))
    else:
        for e in exp:
            blocks.append(f"{e[0]} - {e[1]} ({e[2]}). {e[3]}")
    blocks += [("h", "Skills & tickets"),
               c.rng.choice(["CSCS green card; manual handling; food hygiene level 2.",
                             "Forklift counterbalance (expired 2023); first aid at work; Microsoft Word.",
                             "Tractor driving; livestock handling; basic IT; Level 1 maths."])]
    if referees:
        blocks += [("h", "References"),
                   f"{ref1}, supervisor at {exp[0][1]} - {phone(c.rng, 'manc')}",
                   f"{ref2}, former manager - available on request"]
    return blocks


def blocks_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append("\n" + b[1].upper())
        elif b[0] == "t":
            out += ["  ".join(str(x) for x in r) for r in b[1]]
    return "\n".join(out)


def blocks_pdf(blocks):
    page = []
    for b in blocks:
        if isinstance(b, str):
            page.append(b)
        elif b[0] == "h":
            page.append(("h", b[1]))
        elif b[0] == "t":
            page.append(("t", b[1]))
    return page


# ==================================================================== SCENARIOS (batch 1)
@sc
def s_newsletter(c):
    nm, ad, first = c.staff()
    text = ("FELLS & BORDERS - SPRING BULLETIN\n\n"
            "Welcome to the spring bulletin for employers and partners across Eden, Carlisle, the Dales and the coast.\n\n"
            "Recovery cafe in Penrith: every Thursday, 10-12, at the Methodist hall. Open to anyone affected by drug or alcohol use - "
            "no referral needed. Our advisers drop in most weeks.\n\n"
            "Mental Health Awareness Week: we are running free 'Time to Talk' sessions for small employers on spotting anxiety and "
            "low mood in the workplace. Book through the link below.\n\n"
            "Hiring people with convictions: nearly a third of the people we support have a criminal record. Our new guide explains "
            "Ban the Box, spent and unspent convictions, and what you can and cannot ask.\n\n"
            "Lambing season: three farms near Kirkby Stephen took on seasonal hands through us this year. Thank you!\n\n"
            f"Questions: {first}, {phone(c.rng, 'leeds')}" + DISCLAIMER)
    bcc = [f"office@{d}" for d in EMP[:5]] + [f"info@{RECOVERY}", f"partnerships@{HOUSING}"]
    c.emit(("Fells & Borders News", f"news@{INTERNAL}"), [("Fells & Borders News", f"news@{INTERNAL}")], "Spring bulletin: recovery cafe, MHAW sessions, hiring with convictions",
           "relay", "no_claimant_data", EMPTY_T, F(), "newsletter full of special-category words about nobody; Bcc to employers",
           bcc=bcc, text=text, html=html_wrap(text), logo=True)


@sc
def s_job_advert_bcc(c):
    job = "Seasonal farm assistant (lambing and silage)"
    text = (f"Hi all\n\nNew one in today - {job}, near Appleby. 35-40 hrs, {c.rng.choice(['£12.60', '£12.85', '£13.10'])}/hr, "
            "accommodation available in the bothy. Must be OK with early starts and weather! No experience needed, training given. "
            "Driving licence helps as it's 4 miles from the bus.\n\n"
            "If you fancy it just reply YES or text the office and we'll get you in front of the farmer this week.\n\n"
            "Penrith & Appleby team\nFells & Borders\n\n"
            "You are getting this because you're on our jobs alert list. Reply STOP to come off it.")
    bcc = [c.free(*c.person()) for _ in range(6)]
    c.emit(("Penrith Jobs", f"penrith.jobs@{INTERNAL}"), [("Penrith Jobs", f"penrith.jobs@{INTERNAL}")], f"JOB ALERT: {job}",
           "relay", "no_claimant_data", EMPTY_T, F(), "job advert to claimants in Bcc: no data about anyone", bcc=bcc, text=text)


@sc
def s_mhfa_invite(c):
    nm, ad, first = c.staff()
    start = dt.datetime(2025, 4, 8, 9, 30)
    desc = ("Mental Health First Aid refresher for front-line staff and partners.\n"
            "Agenda: recognising anxiety, depression and psychosis; talking about suicide safely; "
            "alcohol and drug misuse - signposting; self-care for outreach workers.\n"
            "Teams link below - cameras on please.\n\nJoin Microsoft Teams Meeting\nMeeting ID: 392 118 774 205  Passcode: fells7")
    att = [(n, a) for n, a in [("Training team", f"training@northstar-training.co.uk"), ("Hub", f"hub@bridgeway-support.org.uk"), (nm, ad)]]
    ics = make_ics("MHFA refresher (partners)", start, 180, (nm, ad), att, desc, "Microsoft Teams Meeting", "fbep-mhfa-0408@" + INTERNAL)
    cal = Message()
    cal["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST'
    cal["Content-Transfer-Encoding"] = "base64"
    cal.set_payload(base64.encodebytes(ics).decode())
    body = multipart("alternative", [text_part(desc + "\n\n" + "_" * 40 + "\nMicrosoft Teams meeting"), cal], c.rng)
    c.emit((nm, ad), [att[0], att[1]], "MHFA refresher (partners)", "relay", "no_claimant_data", EMPTY_T, F(),
           "Teams invite for mental-health training: words about nobody", body_part=body, crlf=True)


@sc
def s_staff_own_sicknote(c):
    nm, ad, first = c.staff()
    text = (f"Hi Lorraine\n\nJust so payroll have it - my fit note runs to the 21st, it's the knee again (physio Tuesdays at the "
            f"Cumberland Infirmary). Hoping to be back on the van for the Hawes and Sedbergh runs the week after.\n\n"
            f"Ta\n{first}\n\nSent from my iPhone")
    c.emit((nm, ad), [("Lorraine Payroll", "lorraine.h@fellsdale-payroll.co.uk")], "my fit note", "relay", "no_claimant_data", EMPTY_T, F(),
           "staff member's own sick note and physio: staff data is not claimant data", text=text, headers={"X-Mailer": "iPhone Mail (22D72)"})


@sc
def s_published_rates(c):
    nm, ad, first = c.staff()
    text = ("Hi both\n\nAs promised at the hub meeting, the headline Universal Credit rates for 2025/26 so your volunteers have them to hand:\n\n"
            "Standard allowance, single under 25: £316.98 a month\nStandard allowance, single 25 or over: £400.14 a month\n"
            "Couple, both 25 or over: £628.10 a month\nChild element (first child born before 6 April 2017): £339.00 a month\n"
            "Limited capability for work and work-related activity element: £423.27 a month\n\n"
            "JSA and ESA (contribution-based, 25+) are £92.05 a week. These are the published figures, nothing to do with anyone's actual award - "
            "people should always check their own journal.\n" + sig(c, nm, kind="full"))
    c.emit((nm, ad), [("Upperdale Foodbank", f"coordinator@{FOODBANK}"), ("Tenancy support", f"tenancy@{HOUSING}")],
           "UC / JSA / ESA rates 2025-26 for your volunteers", "relay", "no_claimant_data", EMPTY_T, F(),
           "published benefit rates with amounts, about nobody", text=text)


@sc
def s_aggregate_xlsx(c):
    nm, ad, first = c.staff()
    offices = OFFICES[:9]
    summ = [["Quarter", "Referrals", "Starts", "Job outcomes"]] + [[q, c.rng.randrange(80, 140), c.rng.randrange(60, 110), c.rng.randrange(10, 40)] for q in ["Q1", "Q2", "Q3"]]
    barr = [["Barrier (self-declared)", "Participants", "% of caseload"]]
    for b in ["Mental health condition", "Physical health / disability", "Drug or alcohol misuse", "Criminal record / on licence",
              "No driving licence", "Caring responsibilities", "Homeless or insecure housing"]:
        n = c.rng.randrange(8, 70)
        barr.append([b, n, f"{n / 3.1:.1f}%"])
    off = [["Office", "Caseload", "Starts"]] + [[o, c.rng.randrange(15, 60), c.rng.randrange(5, 30)] for o in offices]
    x = make_xlsx([("Summary", summ), ("Barriers", barr), ("By office", off)])
    text = (f"Morning\n\nQ3 figures for the reducing reoffending board attached - three tabs: summary, barriers and offices. "
            "All counts, nobody named. The criminal record / on licence line is up on last quarter which is mostly the Carlisle "
            "caseload growing.\n\nShout if the board want it cut differently." + sig(c, nm, kind="short"))
    c.emit((nm, ad), [("Partnership board", f"board@{PROBATION}")], "Q3 barriers data for the board", "relay", "no_claimant_data", EMPTY_T, F(),
           "aggregate statistics over several sheets incl. criminal record and substance counts", text=text,
           atts=[("FBEP_Q3_barriers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])


@sc
def s_invoice_bank(c):
    nm, ad, first = c.staff()
    sc_, acc = sortcode(c.rng), account(c.rng)
    inv = f"FBE-{c.rng.randrange(2000, 2999)}"
    pdf = make_pdf([[("h", f"{ORG} - INVOICE {inv}"), f"To: Kentmere Print Ltd, accounts payable",
                     ("t", [["Item", "Qty", "Net"], ["Employer event stand hire (Penrith auction mart)", "1", "180.00"],
                            ["Room hire - Hawes community office", "4", "120.00"], ["VAT", "", "60.00"], ["Total", "", "360.00"]]),
                     "Please pay within 30 days by BACS to:", f"{ORG}  Sort code {sc_}  Account {acc}",
                     f"Quote {inv} as the reference. VAT reg 482 1177 09."]], seed=c.rng.randrange(10**6))
    text = (f"Hi\n\nInvoice {inv} attached for the stand and room hire. Bank details are on it (our usual account).\n\nThanks\n{first}\nFinance, {ORG}")
    c.emit((nm, ad), [("Accounts", f"accounts@{PRINTER}")], f"Invoice {inv}", "relay", "no_claimant_data", EMPTY_T, F(),
           "the provider's own bank details on an invoice", text=text + "\n\nOur bank: sort code " + sc_ + ", account " + acc,
           atts=[(f"{inv}.pdf", "application/pdf", pdf)])


@sc
def s_one_name_voice(c):
    nm, ad, first = c.staff()
    f1, l1 = c.person()
    emp = EMP[2]
    text = (f"hi Janet just to confirm {f1} {l1} will be with you for the trial shift on thursday 9 o'clock at the back door like you said "
            f"she knows to bring her own black trousers if there's any problem give me a ring thanks again" + sig(c, nm, kind="voice"))
    c.emit((nm, ad), [("Janet", f"janet.housekeeping@{emp}")], "trial shift thursday", "relay", "one_name", T(subjects=1), F(name_only=True),
           "voice-to-text, one name plus a trial shift time to an employer", text=text)
    nm2, ad2, first2 = c.staff()
    f2, l2 = c.person()
    text2 = (f"Hiya\n\nCan you pop {f2} {l2} on the forklift taster at the Wigton site, Mon 14th, 8.30? Referral's gone through on our side.\n\n{first2}\nSent from my iPhone")
    c.emit((nm2, ad2), [("Bookings", "bookings@northstar-training.co.uk")], "FLT taster place", "relay", "one_name", T(subjects=1), F(name_only=True),
           "one name and a course booking to the subcontractor from a phone", text=text2)


@sc
def s_special_lay(c):
    nm, ad, first = c.staff()
    f1, l1 = c.person()
    nick = f1[:3] if len(f1) > 4 else f1
    text = (f"Hi Dave\n\nRe the yard job - {nick} ({f1} {l1}) is keen but he's on licence till March and has to be back in by 7 for the tag "
            f"so he can't do the late loads. Earlies are fine. His PO's happy for him to work, just wanted you to know before Monday.\n" + sig(c, nm, kind="iphone"))
    c.emit((nm, ad), [("Dave Yard", f"dave@{EMP[1]}")], f"{nick} - yard job", "encrypt", "encrypt_special_category",
           T(special=["criminal"], subjects=1), F(), "'on licence' and 'the tag' about a named man, to an employer", text=text)
    nm, ad, first = c.staff()
    f1, l1 = c.person(); f1 = c.fk.first_name_female()
    text = (f"Morning all\n\n{f1} {l1[0]}. starts the barista course Monday. Heads up that she's in recovery - 14 months clean - and has her "
            f"group Tuesday mornings in Kendal, so could she do Tue afternoons instead? She's asked us to let you know so nobody rings her in the group.\n\n{first}")
    c.emit((nm, ad), [("Bridgeway hub", "hub@bridgeway-support.org.uk")], "New starter Monday", "encrypt", "encrypt_special_category",
           T(special=["substance"], subjects=1), F(), "'in recovery', 'clean' about a named woman to supply chain", text=text, html=html_wrap(text))
    nm, ad, first = c.staff()
    f1, l1 = c.fk.first_name_male(), c.fk.last_name()
    text = (f"hi Sue sorry {f1} won't make the interview tomorrow his nerves are bad again and the doctor's upped his sertraline he's "
            f"gutted about it can we try for next week {f1} {l1} I mean the lad from Brampton thanks" + sig(c, nm, kind="voice"))
    c.emit((nm, ad), [("Sue", f"sue.manager@{EMP[5]}")], "tomorrow", "encrypt", "encrypt_special_category",
           T(special=["health", "mental_health"], subjects=1), F(), "voice-to-text: 'nerves', a medicine name, about a named claimant", text=text)


@sc
def s_nino_xheader(c):
    f1, l1 = c.person()
    n = nino(c.rng, spaced=False)
    nm, ad, first = c.staff()
    text = (f"FellTrack notification\n\nAppointment reminder for {f1} {l1}\nWhen: Wednesday 10:00\nWhere: Longtown library outreach desk\n"
            f"Adviser: {first}\n\nThis is an automated message. Do not reply.")
    c.emit(("FellTrack", f"noreply-felltrack@{INTERNAL}"), [("Work coach", "carlisle.workcoach.team@dwp.gov.uk")],
           f"Appointment reminder: {f1} {l1}", "encrypt", "encrypt_nino", T(ninos=1, subjects=1), F(),
           "NINO only in an X- header of a CRM notification, otherwise one name and a time",
           text=text, headers={"X-FellTrack-Record": f"PT-{c.rng.randrange(100000, 999999)}", "X-FellTrack-Subject-NINO": n})


@sc
def s_dob_words(c):
    nm, ad, first = c.staff()
    f1, l1 = c.female()
    d = dob(c.rng, 1975, 1999)
    text = (f"Hi there\n\nFollowing our call - {f1} {l1} would like to go on the waiting list for the one-bed at Bongate. "
            f"For your form: born on the {ORD[d.day]} of {MONTHS[d.month - 1]} {d.year}, currently sofa surfing at her sister's.\n\n"
            f"She's free most mornings.\n" + sig(c, nm, kind="full"))
    c.emit((nm, ad), [("Lettings", f"lettings@{HOUSING}")], f"Bongate flat - {f1}", "encrypt", "encrypt_dob_bank",
           T(dob=True, subjects=1), F(), "date of birth in words, to a housing provider", text=text)


@sc
def s_cv_consent(c):
    nm, ad, first = c.staff()
    f1, l1 = c.person()
    mail = c.free(f1, l1)
    CONSENT.append(mail)
    tel = phone(c.rng, "m")
    blocks = cv_blocks(c, f1, l1, mail, tel, c.rng.choice(OFFICES), two_col=True)
    text = (f"Hi {f1}\n\nHere's your CV with the changes we talked about on Tuesday - I moved the tractor driving up and took the old address off. "
            f"Have a read and tell me if anything's wrong.\n\nPenrith office\n{ORG}")
    c.emit(("Penrith office", f"penrith.office@{INTERNAL}"), [(f"{f1} {l1}", mail)], "Your updated CV", "relay", "cv_to_claimant",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "one clean CV (table layout) to a consenting claimant; referees named",
           text=text, atts=[(f"CV_{f1}_{l1}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(blocks))])


@sc
def s_cv_no_consent(c):
    nm, ad, first = c.staff()
    f1, l1 = c.person()
    mail = c.free(f1, l1)
    blocks = cv_blocks(c, f1, l1, mail, phone(c.rng, "m"), "Whitby")
    text = (f"hiya {f1} cv attached as promised, print a few off for the job fair x\n\n{first}\nSent from my iPhone")
    c.emit((nm, ad), [mail], "cv", "reject", "reject_cv_no_consent",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]),
           "CV to the claimant's own address, no consent recorded, from an individual phone", text=text,
           atts=[(f"{f1.lower()}cv.pdf", "application/pdf", make_pdf([blocks_pdf(blocks)], seed=c.rng.randrange(99999)))])


@sc
def s_pgp_mime(c):
    nm, ad, first = c.staff()
    ctl = Message()
    ctl["Content-Type"] = "application/pgp-encrypted"
    ctl.set_payload("Version: 1\n")
    encp = Message()
    encp["Content-Type"] = 'application/octet-stream; name="encrypted.asc"'
    encp["Content-Disposition"] = 'inline; filename="encrypted.asc"'
    encp.set_payload(pgp_armored(c.rng, 2400))
    body = multipart("encrypted", [ctl, encp], c.rng, '; protocol="application/pgp-encrypted"')
    c.emit((nm, ad), [("Offender manager", f"om.carlisle@{PROBATION}")], "Joint review notes", "relay", "already_encrypted", EMPTY_T,
           F(encrypted=True), "PGP/MIME to probation", body_part=body)


@sc
def s_corrupt_docx(c):
    nm, ad, first = c.staff()
    f1, l1 = c.person()
    good = make_docx([("h", "Referral"), f"Name: {f1} {l1}", "Reason for referral: work experience placement"])
    bad = good[: len(good) // 3]
    text = f"Referral for the placement attached\n\n{first}\nSent from my iPhone"
    c.emit((nm, ad), [("Placements", f"placements@{EMP[0]}")], "placement referral", "reject", "reject_uninspectable", EMPTY_T,
           F(opaque="corrupt"), "truncated DOCX (attachment cut off on a phone upload)", text=text,
           atts=[("Referral_form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bad)])


@sc
def s_scan_pdf(c):
    nm, ad, first = c.staff()
    f1, l1 = c.person()
    lines = ["TRAVEL EXPENSES CLAIM - PARTICIPANT", f"Name: {f1} {l1}", f"NI No: {nino(c.rng)}", f"Bank sort code {sortcode(c.rng)}  acc {account(c.rng)}",
             "Journeys: Hawes - Northallerton x4 (bus)", "Signed ____________"]
    pdf = scan_image(lines, seed=c.rng.randrange(10**6))
    text = "Scanned from the copier at Hawes. Original in the post.\n\n" + first
    c.emit((nm, ad), [("Expenses", "expenses@bridgeway-support.org.uk")], "Scan from KM-C308", "encrypt", "encrypt_no_text_scan", EMPTY_T,
           F(opaque="scan"), "copier scan, image-only PDF (shows NINO and bank details to a human)", text=text,
           atts=[("SKM_C30825031009120.pdf", "application/pdf", pdf)])


@sc
def s_pw_zip(c):
    nm, ad, first = c.staff()
    rows = [["Name", "Week", "Hours"]] + [[c.fk.name(), "w/c 10 Mar", c.rng.randrange(8, 30)] for _ in range(6)]
    z = make_zip([("timesheets_wk11.csv", make_csv(rows))], password="Eden2025!", seed=c.rng.randrange(9999))
    text = f"Placement timesheets zipped, password by text as usual.\n\n{first}"
    c.emit((nm, ad), [("Payroll", f"payroll@{EMP[3]}")], "Timesheets wk 11", "encrypt", "encrypt_password_protected", EMPTY_T,
           F(pw=True), "AES zip", text=text, atts=[("timesheets_wk11.zip", "application/zip", z)])


@sc
def s_sender_tag_clean(c):
    nm, ad, first = c.staff()
    text = (f"Hi Morag\n\nAgenda for the Longtown partners' catch-up on Friday attached in the body below - nothing sensitive but I've got into the habit.\n\n"
            "1. Bus timetable changes (Longtown - Carlisle)\n2. Jobs fair at the auction mart\n3. AOB\n\n" + first)
    c.emit((nm, ad), [("Morag", f"morag.b@{COLLEGE}")], "[ENCRYPT] Friday catch-up agenda", "encrypt", "encrypt_sender_tag", EMPTY_T, F(),
           "sender tag on a message with no claimant data", text=text)


@sc
def s_names_list_500(c):
    nm, ad, first = c.staff()
    rows = [["Surname", "Forename", "Induction date", "Ref"]]
    for i in range(500):
        rows.append([c.fk.last_name(), c.fk.first_name(), f"{c.rng.randrange(1, 29):02d}/04/2025", f"FB{c.rng.randrange(100000, 999999)}"])
    text = (f"Hi Alison\n\nThe full list for the college enrolment day - 500 exactly, surnames, first names, the date they're booked and our ref. "
            "Nothing else on it.\n\n" + first + "\n" + ORG)
    c.emit((nm, ad), [("Enrolments", f"enrolments@{COLLEGE}")], "Enrolment day list (500)", "relay", "names_list_500",
           T(subjects=500, kinds=["name_list"]), F(list_rows=500, list_cols=["surname", "forename", "date", "ref"]),
           "CSV list of exactly 500 names with dates and refs", text=text, atts=[("enrolment_list.csv", "text/csv", make_csv(rows))])


@sc
def s_buried_chain(c):
    nm, ad, first = c.staff()
    f1, l1 = c.fk.first_name_male(), c.fk.last_name()
    nm2 = c.fk.name()
    q3 = (f"Hi {first}, quick one - {f1} had another seizure at the weekend so he can't drive for a while, the epilepsy nurse has said "
          f"12 months. Still wants the job though.\n\n{nm2}\nBridgeway")
    q2 = f"Thanks - will ask the site if there's a lift share.\n\n{first}"
    q1 = "Any news on the driver job for your lad? We need to fill by the 20th.\n\nMark"
    text = (f"Hi Mark\n\nYes still keen - can he come and see the yard Tuesday 2pm? He'll get the bus in.\n\n{first}\nSent from my iPhone"
            + outlook_quote(f"Mark Hebden <mark@{EMP[4]}>", when(c), nm, "RE: RE: driver vacancy", q1)
            + outlook_quote(f"{nm}", when(c), f"Mark Hebden <mark@{EMP[4]}>", "RE: driver vacancy", q2)
            + outlook_quote(f"{nm2} <{re.sub(r'[^a-z]', '', nm2.split()[-1].lower())}@bridgeway-support.org.uk>", when(c), nm, f"{f1} {l1}", q3))
    c.emit((nm, ad), [("Mark Hebden", f"mark@{EMP[4]}")], "RE: RE: RE: driver vacancy", "encrypt", "encrypt_special_category",
           T(special=["health"], subjects=1), F(), "epilepsy detail buried three quotes down in a chain to an employer", text=text)



# ==================================================================== SCENARIOS (batch 2)
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cv_set(c, n, layout_mix=True):
    out = []
    for i in range(n):
        f, l = c.person()
        out.append((f, l, cv_blocks(c, f, l, c.free(f, l), phone(c.rng, "m"), c.rng.choice(OFFICES), two_col=layout_mix and i % 2 == 1)))
    return out


@sc
def s_cv_bundle_pdf(c):
    for n, exp, rule in [(10, "relay", "cvs_up_to_10"), (11, "encrypt", "encrypt_over_limit")]:
        nm, ad, first = c.staff()
        cvs = cv_set(c, n)
        pdf = make_pdf([blocks_pdf(b) for _, _, b in cvs], seed=c.rng.randrange(10**6))
        emp = c.rng.choice(EMP)
        text = (f"Hi Gemma\n\nAs discussed, CVs for the {c.rng.choice(['packing', 'seasonal', 'production'])} roles bound into one PDF - "
                f"{NUMWORDS[n]} people, one per page. All happy for you to contact them via us.\n\n" + first + "\n" + ORG)
        c.emit((nm, ad), [("Gemma HR", f"gemma@{emp}")], f"CVs for the open day ({n})", exp, rule,
               T(contact=True, subjects=n, kinds=["cv"]), F(cv_count=n), f"{n} CVs bound in one PDF to an employer; referees named",
               text=text, atts=[("CV_pack.pdf", "application/pdf", pdf)])


@sc
def s_cvs_zip(c):
    nm, ad, first = c.staff()
    cvs = cv_set(c, 4)
    z = make_zip([(f"{f}_{l}_CV.docx", make_docx(b)) for f, l, b in cvs])
    text = f"hi both four cvs for the CSCS course zipped up cheers\n\n{first}\n\nSent from my iPhone"
    c.emit((nm, ad), [("Courses", "courses@northstar-training.co.uk"), ("Jo", "jo.p@northstar-training.co.uk")], "cvs for cscs", "relay", "cvs_up_to_10",
           T(contact=True, subjects=4, kinds=["cv"]), F(cv_count=4), "four DOCX CVs in a plain zip to the subcontractor", text=text,
           atts=[("cvs.zip", "application/zip", z)])


@sc
def s_cv_in_body(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    b = cv_blocks(c, f, l, c.free(f, l), phone(c.rng, "m"), "Sedbergh", referees=True)
    text = (f"Hi Paul\n\nCouldn't get the attachment to open on the tablet so I've pasted {f}'s CV below.\n\n" + "-" * 30 + "\n" + blocks_text(b) + "\n" + "-" * 30 + "\n\n" + first)
    c.emit((nm, ad), [("Paul", f"paul.office@{EMP[6]}")], f"CV - {f} {l}", "relay", "cvs_up_to_10",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1), "CV pasted into the body (not attached) to an employer", text=text, html=html_wrap(text))


@sc
def s_cv_consent_pasted(c):
    f, l = c.person()
    mail = c.free(f, l)
    CONSENT.append(mail)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Hawes", referees=False)
    text = (f"Hi {f},\n\nYou asked for it in the email rather than an attachment as your phone won't open Word - here it is, copy and paste it into the "
            f"Indeed form.\n\n{blocks_text(b)}\n\nHawes & Upper Dales team")
    c.emit(("Hawes team", f"hawes.outreach@{INTERNAL}"), [(f"{f} {l}", mail)], "CV text for Indeed", "relay", "cv_to_claimant",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "CV pasted in the body to a consenting claimant",
           text=text, cte="qp")


@sc
def s_cv_consent_not_clean(c):
    f, l = c.person()
    mail = c.free(f, l)
    CONSENT.append(mail)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Keswick")
    d = dob(c.rng, 1970, 1995)
    b.insert(2, f"Date of birth: {d.day} {MONTHS[d.month - 1][:3]} {d.year}")
    text = f"Hi {f}\n\nCV attached - I've put your date of birth back on as the agency form wanted it.\n\nKeswick office"
    c.emit(("Keswick office", f"keswick.office@{INTERNAL}"), [mail], "CV", "encrypt", "encrypt_claimant_recipient",
           T(dob=True, contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "consented claimant, but the CV carries a DOB",
           text=text, atts=[(f"{f}_{l}.docx", DOCX_T, make_docx(b))])
    f, l = c.person()
    mail = c.free(f, l)
    CONSENT.append(mail)
    b1 = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Wigton")
    b2 = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Wigton", two_col=True)
    text = f"{f} - two versions, the care one and the warehouse one. Use whichever fits the advert.\n\nWigton outreach"
    c.emit(("Wigton outreach", f"wigton.outreach@{INTERNAL}"), [mail], "your two CVs", "encrypt", "encrypt_claimant_recipient",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=2, own_rcpt=[mail]), "two CVs to a consenting claimant: exemption needs exactly one",
           text=text, atts=[("CV_care.docx", DOCX_T, make_docx(b1)), ("CV_warehouse.docx", DOCX_T, make_docx(b2))])


@sc
def s_cv_partner(c):
    nm, ad, first = c.staff()
    f, l = c.fk.first_name_male(), c.fk.last_name()
    pf = c.fk.first_name_female()
    pmail = c.free(pf, l)
    b = cv_blocks(c, f, l, c.free(f, l), phone(c.rng, "m"), "Appleby")
    text = (f"Hi {pf}\n\n{f} said his phone's broken and to send his CV to you so he can print it at the library - here it is. "
            f"Tell him good luck for Friday.\n\n{first}\nAppleby outreach")
    c.emit((nm, ad), [pmail], f"{f}'s CV", "relay", "cvs_up_to_10", T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1),
           "CV sent to the claimant's partner: a third party, so para 19 applies, not para 17", text=text,
           atts=[(f"{f}_CV.pdf", "application/pdf", make_pdf([blocks_pdf(b)], seed=c.rng.randrange(10**6)))])


@sc
def s_cv_no_consent_more(c):
    f, l = c.person()
    mail = c.free(f, l)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Richmond")
    c.emit(("Richmond office", f"richmond.office@{INTERNAL}"), [(f"{f} {l}", mail)], "[ENCRYPT] your CV", "reject", "reject_cv_no_consent",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "CV to an unconsented claimant: [ENCRYPT] does not save it",
           text=f"Dear {f}\n\nPlease find your CV attached, encrypted as you asked.\n\nRichmond office", atts=[("CV.docx", DOCX_T, make_docx(b))])
    f, l = c.person()
    dom = "gmail.com"
    base = re.sub(r"[^a-z]", "", f.lower()) + "." + re.sub(r"[^a-z]", "", l.lower())
    CONSENT.append(f"{base}88@{dom}")
    mail = f"{base}89@{dom}"
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Northallerton")
    c.emit(("Northallerton office", f"northallerton.office@{INTERNAL}"), [(f"{f} {l}", mail)], "Your CV as promised", "reject", "reject_cv_no_consent",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "consent register holds a near-miss address (88 vs 89)",
           text=f"Hi {f}, attached. Good luck at the Bedale interview!\n\nNorthallerton office", atts=[(f"{f}{l}CV.pdf", "application/pdf", make_pdf([blocks_pdf(b)], seed=c.rng.randrange(10**6)))])
    f, l = c.person()
    mail = c.free(f, l, "btinternet.com")
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Brampton")
    dw = f"amanda.work-coach@dwp.gov.uk"
    c.emit(("Brampton outreach", f"brampton.outreach@{INTERNAL}"), [(f"{f} {l}", mail)], "CV", "reject", "reject_cv_no_consent",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "CV to unconsented claimant, work coach in Cc",
           cc=[("Amanda", dw)], text=f"{f} - CV attached, Amanda copied so she can see it's done.\n\nBrampton", html=html_wrap(f"{f} - CV attached, Amanda copied so she can see it's done.\n\nBrampton"),
           atts=[("CV.docx", DOCX_T, make_docx(b))])


def app_form_rows(c, couple, with_dob=False, with_nino=False):
    rows = [["Field", "Applicant 1"] + (["Applicant 2"] if couple else [])]
    p = [c.person() for _ in range(2 if couple else 1)]
    rows.append(["Name"] + [f"{a} {b}" for a, b in p])
    rows.append(["Age"] + [str(c.rng.randrange(19, 61)) for _ in p])
    if with_dob:
        rows.append(["Date of birth"] + [dob(c.rng).strftime("%d/%m/%Y") for _ in p])
    if with_nino:
        rows.append(["NI number"] + [nino(c.rng) for _ in p])
    rows.append(["Position applied for", c.rng.choice(JOBS)] + (["(same)"] if couple else []))
    rows.append(["Availability", c.rng.choice(["Weekdays", "Any shifts", "Days only", "Weekends + evenings"])] + (["Weekdays"] if couple else []))
    rows.append(["Driving licence", c.rng.choice(["Yes", "No", "Provisional"])] + (["Yes"] if couple else []))
    return rows


@sc
def s_forms_couples(c):
    for ncp, exp, rule in [(5, "relay", "application_forms_up_to_10"), (6, "encrypt", "encrypt_over_limit")]:
        nm, ad, first = c.staff()
        blocks = []
        for i in range(ncp):
            blocks += [("h", f"Live-in couple application {i + 1}"), ("t", app_form_rows(c, True))]
            blocks.append(("pb",))
        hotel = EMP[2]
        text = (f"Hi Fiona\n\nThe couples' applications for the live-in housekeeping / maintenance posts - {NUMWORDS[ncp]} forms, each couple on one form. "
                "Ages only, no dates of birth, as you asked.\n\n" + first + sig(c, nm, kind="short"))
        c.emit((nm, ad), [("Fiona", f"fiona.gm@{hotel}")], f"Live-in couples - {ncp} applications", exp, rule,
               T(subjects=2 * ncp, kinds=["application_form_couple"]), F(form_people=2 * ncp),
               f"{ncp} couple application forms in DOCX tables ({2 * ncp} people)", text=text,
               atts=[("couples_applications.docx", DOCX_T, make_docx(blocks))])


@sc
def s_form_acroform(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    ref = c.fk.name()
    fields = [("Applicant name", f"{f} {l}"), ("Age", str(c.rng.randrange(20, 58))), ("Post", "Dairy parlour assistant"),
              ("Earliest start", "Monday 7 April"), ("Referee name", ref), ("Referee relationship", "Former farm manager"),
              ("Can you work weekends", "Yes, alternate")]
    pdf = make_acroform_pdf("Edenmoor Dairies - application for employment", fields, seed=c.rng.randrange(9999))
    text = f"Hi Ruth, filled-in form back to you for {f}. The answers are in the boxes.\n\n{first}\nSent from my iPad"
    c.emit((nm, ad), [("Ruth", f"ruth@{EMP[0]}")], "Application form - parlour assistant", "relay", "application_forms_up_to_10",
           T(subjects=1, kinds=["application_form"]), F(form_people=1), "fillable PDF; answers only in AcroForm values; referee is not a subject",
           text=text, atts=[("Application_completed.pdf", "application/pdf", pdf)])


@sc
def s_form_odt_dob(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    d = dob(c.rng, 1980, 2003)
    paras = ["SWALEMOOR QUARRIES - APPLICATION", f"Full name: {f} {l}", f"Date of birth: {d.isoformat()}", "Post: Plant operative (trainee)",
             "Licences: CPCS A58 (red card)", "Why do you want this job? Steady work close to home and I like machines."]
    c.emit((nm, ad), [("Recruitment", f"recruitment@{EMP[4]}")], f"Application - {l}", "encrypt", "encrypt_dob_bank",
           T(dob=True, subjects=1, kinds=["application_form"]), F(form_people=1), "ODT application form with an ISO date of birth",
           text=f"Application attached (LibreOffice, sorry - the library PCs).\n\n{first}", atts=[(f"application_{l}.odt", "application/vnd.oasis.opendocument.text", make_odt(paras))])


def letter_page(c, kind, f, l):
    addr = f"{c.rng.randrange(1, 80)} {c.fk.street_name()}, {c.rng.choice(OFFICES)}, {postcode(c.rng)}"
    d = dt.date(2025, 4, 1) + dt.timedelta(days=c.rng.randrange(30))
    head = [f"{ORG}", f"{f} {l}", addr, "", f"Dear {f},"]
    if kind == "letter_interview":
        body = [f"Thank you for your application. We would like to invite you to an interview on {d:%A %d %B} at {c.rng.randrange(9, 16)}:00 at our {c.rng.choice(OFFICES)} office.",
                "Please bring photo ID. If the time does not suit, ring the office."]
    elif kind == "letter_appointment":
        body = [f"Your next appointment with your adviser is on {d:%A %d %B} at {c.rng.randrange(9, 16)}:30 at the {c.rng.choice(OFFICES)} outreach desk.",
                "If you cannot attend, please let us know as soon as you can."]
    elif kind == "letter_job_offer":
        body = [f"I am pleased to offer you the post of {c.rng.choice(JOBS)}, starting {d:%d %B %Y}, 37.5 hours a week.",
                "Please sign and return the enclosed copy."]
    else:
        body = ["I am writing to let you know that your support from the programme has come to an end, as we have not been able to contact you since January.",
                "If your circumstances change you may be referred again by your work coach."]
    return head + [""] + body + ["", "Yours sincerely", c.fk.name(), "Employment Adviser"]


@sc
def s_letter_bundles(c):
    for n, kinds, exp, rule, rcpt in [
            (10, ["letter_appointment"], "relay", "letters_up_to_10", ("Print room", "print@northstar-training.co.uk")),
            (11, ["letter_interview"], "encrypt", "encrypt_over_limit", ("Post room", "post@bridgeway-support.org.uk")),
            (6, ["letter_interview", "letter_other"], "encrypt", "encrypt_letter_kind", ("Print room", "print@northstar-training.co.uk"))]:
        nm, ad, first = c.staff()
        pages = []
        for i in range(n):
            k = kinds[-1] if (len(kinds) > 1 and i == n - 2) else kinds[0]
            pages.append(letter_page(c, k, *c.person()))
        pdf = make_pdf(pages, seed=c.rng.randrange(10**6))
        text = (f"Hi\n\nCan you print and post the attached - {n} letters, one per page, second class is fine. "
                f"{'One of them is different, please check it goes in a plain envelope.' if len(kinds) > 1 else ''}\n\nThanks\n{first}")
        c.emit((nm, ad), [rcpt], f"Letters to print ({n})", exp, rule, T(contact=True, subjects=n, kinds=kinds), F(letters=n),
               f"{n} letters bundled in one PDF for printing" + ("; one is an end-of-support letter" if len(kinds) > 1 else ""), text=text,
               atts=[("letters_batch.pdf", "application/pdf", pdf)])


@sc
def s_letter_to_claimant(c):
    f, l = c.person()
    mail = c.free(f, l)
    page = letter_page(c, "letter_interview", f, l)
    text = f"Dear {f}\n\nYour interview letter is attached. Any problems ring the office.\n\nKirkby Stephen outreach\n{ORG}"
    c.emit(("Kirkby Stephen outreach", f"kirkbystephen.outreach@{INTERNAL}"), [(f"{f} {l}", mail)], "Interview letter", "relay", "letters_up_to_10",
           T(contact=True, subjects=1, kinds=["letter_interview"]), F(letters=1, own_rcpt=[mail]), "interview letter to the claimant it is addressed to",
           text=text, atts=[("Interview_letter.docx", DOCX_T, make_docx(page))])
    f, l = c.person()
    mail = c.free(f, l)
    page = ["To whom it may concern", "", f"I have supported {f} {l} on the programme since last autumn. {f} has struggled with depression and has been attending "
            "counselling, but has shown real commitment and I would support any application for a volunteering role.", "", c.fk.name(), ORG]
    c.emit(("Whitby office", f"whitby.office@{INTERNAL}"), [mail], "Your letter of support", "encrypt", "encrypt_claimant_recipient",
           T(special=["mental_health"], subjects=1, kinds=["letter_other"]), F(letters=1, own_rcpt=[mail]),
           "a support letter mentioning depression, to the claimant's own address", text=f"Hi {f}, the letter you asked for is attached.\n\nWhitby",
           atts=[("support_letter.pdf", "application/pdf", make_pdf([page], seed=c.rng.randrange(10**6)))])


@sc
def s_nino_only_list(c):
    nm, ad, first = c.staff()
    ns = set()
    while len(ns) < 640:
        ns.add(nino(c.rng, spaced=False))
    ns = sorted(ns)
    data = fixed_width([["NINO"]] + [[x] for x in ns], [10])
    text = ("Hi Priya\n\nAs agreed, the NINO-only file for the duplicate-referral match - 640 NINOs, one per line, nothing else in it. "
            "Please send back the ones you already hold.\n\n" + first)
    c.emit((nm, ad), [("Priya", "data@bridgeway-support.org.uk")], "Duplicate match file", "relay", "nino_only_list",
           T(ninos=640, subjects=640, kinds=["nino_list"]), F(list_rows=640, nino_only=True, list_cols=["nino"]),
           "NINO-only fixed-width list of 640 (no limit)", text=text, atts=[("match_0325.txt", "text/plain", data)])


@sc
def s_list_hidden_dob(c):
    nm, ad, first = c.staff()
    rows = [["Surname", "Forename", "DOB", "Shift pattern"]]
    for _ in range(28):
        rows.append([c.fk.last_name(), c.fk.first_name(), dob(c.rng).strftime("%d/%m/%Y"), c.rng.choice(["Earlies", "Lates", "Nights"])])
    x = make_xlsx([("Starters", rows)], hidden_cols={"Starters": ["C"]})
    text = f"Morning\n\nStarters for the Wigton plant, 28 names. I've hidden the DOB column as you don't need it.\n\n{first}"
    c.emit((nm, ad), [("Shift office", f"shifts@{EMP[0]}")], "April starters list", "encrypt", "encrypt_list_forbidden_column",
           T(dob=True, subjects=28, kinds=["name_list"]), F(list_rows=28, list_cols=["surname", "forename", "dob", "shift"]),
           "a hidden DOB column in an otherwise exempt list", text=text, atts=[("starters.xlsx", XLSX_T, x)])
    nm, ad, first = c.staff()
    rows = [["Name", "Course date", "Mobile"]]
    for _ in range(12):
        rows.append([c.fk.name(), "22/04/2025", phone(c.rng, "m")])
    text = "Names for the first aid course with mobiles so your trainer can text if it's cancelled for snow.\n\n" + first
    c.emit((nm, ad), [("Bookings", "bookings@northstar-training.co.uk")], "First aid 22/04", "encrypt", "encrypt_list_forbidden_column",
           T(contact=True, subjects=12, kinds=["name_list"]), F(list_rows=12, list_cols=["name", "date", "phone"]),
           "list with a mobile-number column", text=text, atts=[("first_aid_2204.csv", "text/csv", make_csv(rows))])


@sc
def s_list_501(c):
    nm, ad, first = c.staff()
    rows = [["SURNAME", "INITIAL", "EVENT"]]
    for _ in range(501):
        rows.append([c.fk.last_name().upper(), c.fk.first_name()[0], "Jobs fair 12/05"])
    x = make_xlsx([("Invites", rows), ("Counts", [["Office", "Invited"]] + [[o, c.rng.randrange(20, 60)] for o in OFFICES[:6]])])
    text = "Full invite list for the auction mart jobs fair. Sorry it's a big one.\n\n" + first
    c.emit((nm, ad), [("Events", f"events@{COLLEGE}")], "Jobs fair invites", "encrypt", "encrypt_over_limit",
           T(subjects=501, kinds=["name_list"]), F(list_rows=501, list_cols=["surname", "initial", "event"]),
           "501 names in an XLSX with an extra counts sheet: one over the limit", text=text, atts=[("jobsfair_invites.xlsx", XLSX_T, x)])



# ==================================================================== SCENARIOS (batch 3): DWP, forwarding, encryption
def process_doc(c, kind, f, l, n_, extra_rows=()):
    title = {"ucnea1": "UCNEA1 - Notification of employment (Universal Credit)", "good_news_story": "Good News Story",
             "exit_report": "WHP Exit Report", "change_of_circumstances": "Change of Circumstances notification",
             "whp_eb_customer_form": "WHP Employment Business Customer Form"}[kind]
    rows = [["Participant name", f"{f} {l}"], ["National Insurance number", n_], ["PRaP reference", f"WHP{c.rng.randrange(10**7, 10**8)}"]]
    if kind == "ucnea1":
        rows += [["Employer", c.fk.company()], ["Start date", "07/04/2025"], ["Hours per week", str(c.rng.randrange(16, 38))], ["Expected monthly pay", f"£{c.rng.randrange(900, 1900)}"]]
    elif kind == "exit_report":
        rows += [["Date of exit", "31/03/2025"], ["Reason", "Completed 456 days"], ["Progress summary", "Gained CSCS card; two interviews; confidence much improved after work on anxiety with the IPS worker."],
                 ["Recommended next steps", "Continue job search with work coach; consider college course."]]
    elif kind == "change_of_circumstances":
        rows += [["Change", "Moved house"], ["Effective date", "14/03/2025"], ["New address", f"{c.rng.randrange(1, 60)} {c.fk.street_name()}, Penrith {postcode(c.rng)}"]]
    else:
        rows += [["Employment business", "Eden Temps"], ["Assignment start", "10/03/2025"], ["Client site", "Penrith distribution centre"], ["Weekly hours", "30"]]
    return [("h", title)] + [("t", rows + list(extra_rows))]


@sc
def s_dwp_names_list(c):
    nm, ad, first = c.staff()
    rows = [["Surname", "Initial", "NINO", "Start date"]]
    for _ in range(40):
        rows.append([c.fk.last_name(), c.fk.first_name()[0], nino(c.rng, spaced=False), f"{c.rng.randrange(1, 29):02d}/03/2025"])
    text = f"Hi team\n\nMarch starts for Eden & Carlisle, 40 names with NINOs and start dates as requested for the reconciliation.\n\n{first}"
    c.emit((nm, ad), [("WHP performance", "whp.performance.northwest@dwp.gov.uk")], "March starts - Eden & Carlisle", "relay", "dwp_names_list",
           T(ninos=40, subjects=40, kinds=["name_list"]), F(list_rows=40, list_cols=["surname", "initial", "nino", "date"]),
           "list of 40 names with NINOs to DWP", text=text, atts=[("march_starts.csv", "text/csv", make_csv(rows))])
    nm, ad, first = c.staff()
    rows = [["Name", "Postcode", "Referral date"]]
    for _ in range(18):
        rows.append([c.fk.name(), postcode(c.rng), "03/2025"])
    text = "Outstanding referrals for the Dales - postcodes included so you can see who's out past the bus routes.\n\n" + first
    c.emit((nm, ad), [("JCP Northallerton", "northallerton.jcp@jobcentreplus.gov.uk")], "Dales referrals outstanding", "encrypt", "encrypt_list_forbidden_column",
           T(contact=True, subjects=18, kinds=["name_list"]), F(list_rows=18, list_cols=["name", "postcode", "date"]), "list to DWP with a postcode column",
           text=text, atts=[("dales_outstanding.xlsx", XLSX_T, make_xlsx([("Outstanding", rows)]))])


@sc
def s_ucnea1_gns(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    d = make_docx(process_doc(c, "ucnea1", f, l, nino(c.rng)))
    c.emit((nm, ad), [("Carlisle JCP", "carlisle.ucnea1@dwp.gov.uk")], "UCNEA1 - new job start", "relay", "dwp_ucnea1_gns",
           T(ninos=1, subjects=1, kinds=["ucnea1"]), F(records=1), "one UCNEA1 to DWP", text=f"UCNEA1 attached for a start on 7 April.\n\n{first}",
           atts=[(f"UCNEA1_{l}.docx", DOCX_T, d)])
    nm, ad, first = c.staff()
    recs = [c.person() for _ in range(2)]
    atts = [(f"UCNEA1_{l}.docx", DOCX_T, make_docx(process_doc(c, "ucnea1", f, l, nino(c.rng)))) for f, l in recs]
    c.emit((nm, ad), [("Penrith JCP", "penrith.jcp@jobcentreplus.gov.uk")], "UCNEA1s x2", "encrypt", "encrypt_dwp_process",
           T(ninos=2, subjects=2, kinds=["ucnea1"]), F(records=2), "two UCNEA1 forms in one e-mail", text="Two starts this week, forms attached.\n\n" + first, atts=atts)
    nm, ad, first = c.staff()
    f, l = c.fk.first_name_female(), c.fk.last_name()
    story = (f"GOOD NEWS STORY - Sedbergh outreach\n\n{f} {l[0]}. came to us after eleven years out of work caring for her dad. She was nervous about "
             f"computers so we started with the library's Tuesday IT club. In February she started as a part-time receptionist at a holiday park near Dent "
             f"and says it's the best thing she's done in years. 'I didn't think anyone would want me at 54.'\n\nAdviser: {first}")
    c.emit((nm, ad), [("DWP comms", "northwest.goodnews@dwp.gov.uk")], "Good News Story - Sedbergh", "relay", "dwp_ucnea1_gns",
           T(subjects=1, kinds=["good_news_story"]), F(records=1), "one Good News Story to DWP (HTML only)", html=html_wrap(story), logo=True)


@sc
def s_c15(c):
    f, l = c.person()
    d = make_docx(process_doc(c, "exit_report", f, l, nino(c.rng)))
    c.emit(("WHP data exchange", PROV_INBOX), [("WHP provider inbox", DWP_INBOX)], "WHP Exit Report - 1 record", "relay", "dwp_c15_process",
           T(ninos=1, special=["mental_health"], subjects=1, kinds=["exit_report"]), F(records=1), "one exit report, designated inbox to designated inbox; anxiety inside the record",
           text="Exit report attached (one participant).\n\nFells & Borders data exchange", atts=[("ExitReport.docx", DOCX_T, d)])
    f, l = c.person()
    d = make_docx(process_doc(c, "change_of_circumstances", f, l, nino(c.rng)))
    c.emit(("WHP data exchange", PROV_INBOX), [("WHP provider inbox", DWP_INBOX)], "Change of circumstances - 1 record", "relay", "dwp_c15_process",
           T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]), F(records=1), "one CoC with new address, designated inboxes",
           text="CoC attached.", atts=[("CoC.docx", DOCX_T, d)], crlf=True)
    f, l = c.fk.first_name_male(), c.fk.last_name()
    d = make_docx(process_doc(c, "change_of_circumstances", f, l, nino(c.rng)))
    c.emit(("WHP data exchange", PROV_INBOX), [("WHP provider inbox", DWP_INBOX)], "CoC - moved address", "encrypt", "encrypt_dwp_process",
           T(ninos=1, contact=True, special=["substance"], subjects=1, kinds=["change_of_circumstances"]), F(records=1, extra=True),
           "designated inboxes, one CoC, but the covering text adds his drinking", text=(f"CoC attached for {f}. FYI he moved out because of his drinking, "
           "his sister has him now - worth knowing before his next WCA.\n\nData exchange team"), atts=[("CoC_form.docx", DOCX_T, d)])
    nm, ad, first = c.staff()
    f, l = c.person()
    d = make_docx(process_doc(c, "exit_report", f, l, nino(c.rng)))
    c.emit((nm, ad), [("WHP provider inbox", DWP_INBOX)], "Exit report", "encrypt", "encrypt_dwp_process",
           T(ninos=1, special=["mental_health"], subjects=1, kinds=["exit_report"]), F(records=1), "exit report sent from an adviser's own mailbox, not the designated one",
           text=f"exit report attached sorry it's late\n\n{first}\nSent from my iPhone", atts=[("exit.docx", DOCX_T, d)])
    f, l = c.person()
    d = make_docx(process_doc(c, "whp_eb_customer_form", f, l, nino(c.rng)))
    c.emit(("WHP data exchange", PROV_INBOX), [("PRaP support", "prap.support@dwp.gsi.gov.uk")], "EB customer form", "encrypt", "encrypt_dwp_process",
           T(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]), F(records=1), "EB customer form to the PRaP address, which is not the designated inbox here",
           text="Please find the EB customer form attached.", atts=[("EB_customer_form.docx", DOCX_T, d)])
    recs = [c.person() for _ in range(2)]
    blocks = process_doc(c, "exit_report", *recs[0], nino(c.rng)) + [("pb",)] + process_doc(c, "exit_report", *recs[1], nino(c.rng))
    c.emit(("WHP data exchange", PROV_INBOX), [("WHP provider inbox", DWP_INBOX)], "Exit reports (2)", "encrypt", "encrypt_dwp_process",
           T(ninos=2, special=["mental_health"], subjects=2, kinds=["exit_report"]), F(records=2), "two exit reports in one DOCX: one record per e-mail is allowed",
           text="Two exit reports in the one document, sorry.", atts=[("exit_reports.docx", DOCX_T, make_docx(blocks))])


def dwp_referral_msg(c, f, l, n_, extra=""):
    inner = build(c.rng, ("WHP provider inbox", DWP_INBOX), [("WHP data exchange", PROV_INBOX)], f"WHP referral - {l}",
                  text=(f"New WHP referral\n\nName: {f} {l}\nNINO: {n_}\nJobcentre: Carlisle\nReferral date: 03/03/2025\n{extra}"
                        "Please make contact within 5 working days.\n\nDWP WHP team"))
    return inner


@sc
def s_forwarding(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    inner = dwp_referral_msg(c, f, l, nino(c.rng), "Health: back condition, can't stand for long\n")
    c.emit((nm, ad), [("Northstar referrals", "referrals@northstar-training.co.uk")], "FW: WHP referral", "relay", "forward_subcontractor",
           T(ninos=1, special=["health"], subjects=1, kinds=[]), F(records=1, fwd_record=True), "one DWP referral record forwarded (nested message) to the subcontractor",
           text=f"Over to you for the Wigton caseload.\n\n{first}", atts=[nested_part(inner)])
    nm, ad, first = c.staff()
    inners = [nested_part(dwp_referral_msg(c, *c.person(), nino(c.rng))) for _ in range(2)]
    c.emit((nm, ad), [("Bridgeway intake", "intake@bridgeway-support.org.uk")], "FW: 2 referrals", "encrypt", "encrypt_over_limit",
           T(ninos=2, subjects=2), F(records=2, fwd_record=True), "two DWP records forwarded in one e-mail", text="two more for you\n\n" + first, atts=inners)
    nm, ad, first = c.staff()
    f, l = c.person()
    inner = dwp_referral_msg(c, f, l, nino(c.rng))
    c.emit((nm, ad), [("Referrals", f"referrals@{LOOKALIKE}")], "FW: WHP referral", "encrypt", "encrypt_nino",
           T(ninos=1, subjects=1), F(records=1, fwd_record=True), "forwarded to a look-alike of the subcontractor's domain (third party)",
           text="Forwarding as discussed.\n\n" + first, atts=[nested_part(inner)])


@sc
def s_encrypted(c):
    for i in range(2):
        nm, ad, first = c.staff()
        m = Message()
        m["Content-Type"] = 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'
        m["Content-Transfer-Encoding"] = "base64"
        m["Content-Disposition"] = 'attachment; filename="smime.p7m"'
        b = base64.b64encode(smime_enveloped_der(c.rng, 3000 + 400 * i)).decode()
        m.set_payload("\n".join(b[j:j + 76] for j in range(0, len(b), 76)) + "\n")
        to = [("Offender manager", f"om.penrith@{PROBATION}")] if i == 0 else [("Practice manager", f"manager@{GP}")]
        c.emit((nm, ad), to, ["Risk review - joint note", "Fit note query"][i], "relay", "already_encrypted", EMPTY_T, F(encrypted=True),
               "S/MIME enveloped", body_part=m, crlf=(i == 1))
    nm, ad, first = c.staff()
    text = ("Hi Rob\n\nNotes from today below, encrypted with your key.\n\n" + pgp_armored(c.rng, 900) + f"\n{first}\nSent from my iPhone")
    c.emit((nm, ad), [("Rob", f"rob.keyworker@{RECOVERY}")], "notes from today", "relay", "already_encrypted", EMPTY_T, F(encrypted=True),
           "inline PGP in a plain-text body", text=text)


@sc
def s_smime_signed(c):
    for with_data in (True, False):
        nm, ad, first = c.staff()
        if with_data:
            f, l = c.person()
            txt = (f"Hi Andrea\n\nAs requested by the panel: {f} {l} is on the MAPPA level 1 list and his licence runs to August. "
                   "He has a curfew 8pm to 6am, so only day shifts please.\n\n" + first + "\nJustice pathway lead")
            truth, exp, rule, note = T(special=["criminal"], subjects=1), "encrypt", "encrypt_special_category", "S/MIME signed-only (readable) with MAPPA and licence details"
        else:
            txt = ("Hi Andrea\n\nConfirming our stand at the Carlisle employers' breakfast on 3 June - 8am, Crown & Mitre. Topic: recruiting people with convictions, "
                   "with a talk from a probation practitioner about disclosure and licence conditions in general.\n\n" + first)
            truth, exp, rule, note = EMPTY_T, "relay", "no_claimant_data", "S/MIME signed-only; generic talk about convictions"
        inner = text_part(txt)
        raw = to_bytes(inner, crlf=True)
        sig_ = smime_sign(raw)
        sp = Message()
        sp["Content-Type"] = 'application/pkcs7-signature; name="smime.p7s"'
        sp["Content-Transfer-Encoding"] = "base64"
        sp["Content-Disposition"] = 'attachment; filename="smime.p7s"'
        b = base64.b64encode(sig_).decode()
        sp.set_payload("\n".join(b[j:j + 76] for j in range(0, len(b), 76)) + "\n")
        body = multipart("signed", [inner, sp], c.rng, '; protocol="application/pkcs7-signature"; micalg=sha-256')
        c.emit((nm, ad), [("Andrea", f"andrea.emp@{EMP[3]}")], "Day shifts" if with_data else "Employers' breakfast 3 June", exp, rule, truth, F(), note,
               body_part=body, crlf=True)



# ==================================================================== SCENARIOS (batch 4): NINOs in odd places, benefits, children, contact details
@sc
def s_nino_odd(c):
    # subject line
    nm, ad, first = c.staff()
    f, l = c.female()
    n_ = nino(c.rng)
    c.emit((nm, ad), [("Rent team", f"rents@{HOUSING}")], f"RE: rent arrears {n_}", "encrypt", "encrypt_nino", T(ninos=1, subjects=1), F(),
           "NINO only in the subject line; body names the tenant", text=f"Hi\n\nYes that's {f} {l} - she's seeing us Thursday and will ring you after.\n\n{first}\nSent from my iPhone")
    # file name
    nm, ad, first = c.staff()
    f, l = c.person()
    n_ = nino(c.rng, spaced=False)
    plan = [("h", "Action plan"), f"Participant: {f} {l}", "Goal 1: get forklift ticket renewed", "Goal 2: apply for 3 warehouse jobs a week", "Review: 4 weeks"]
    c.emit((nm, ad), [("Caseworker", "caseworkers@bridgeway-support.org.uk")], "action plan", "encrypt", "encrypt_nino", T(ninos=1, subjects=1), F(),
           "NINO only in the attachment's file name", text="Plan attached from this morning.\n\n" + first,
           atts=[(f"{n_}_actionplan.docx", DOCX_T, make_docx(plan))])
    # split over a line break, voice to text
    nm, ad, first = c.staff()
    f, l = c.female()
    n_ = nino(c.rng, spaced=False)
    text = (f"hi Lynne its {first} from Fells and Borders about {f} {l} for the warehouse job you asked for her NI number it's {n_[:2]} {n_[2:4]}\n"
            f"{n_[4:6]} {n_[6:8]} {n_[8]} she starts Monday all being well" + sig(c, nm, kind="voice"))
    c.emit((nm, ad), [("Lynne", f"lynne.hr@{EMP[6]}")], "NI number", "encrypt", "encrypt_nino", T(ninos=1, subjects=1), F(),
           "voice-to-text NINO split across a line break, to an employer", text=text)
    # lower case, labelled Nat Ins, in an HTML table
    nm, ad, first = c.staff()
    f, l = c.person()
    n_ = nino(c.rng).lower()
    html = (f"<html><body><p>Hiya,</p><p>Details for the payroll set-up:</p><table border=1><tr><td>Name</td><td>{f} {l}</td></tr>"
            f"<tr><td>Nat Ins</td><td>{n_}</td></tr><tr><td>Start</td><td>Mon 7th</td></tr></table><p>{first}</p></body></html>")
    c.emit((nm, ad), [("Payroll", f"payroll@{EMP[7]}")], "payroll set up", "encrypt", "encrypt_nino", T(ninos=1, subjects=1), F(),
           "lower-case spaced NINO labelled 'Nat Ins' in an HTML-only table", html=html)
    # ICS description
    nm, ad, first = c.staff()
    f, l = c.person()
    n_ = nino(c.rng)
    start = dt.datetime(2025, 4, 15, 14, 0)
    ics = make_ics(f"Joint appt - {f}", start, 45, (nm, ad), [("Jo", "jo.p@northstar-training.co.uk")],
                   f"Three-way with {f} {l} re the CSCS funding. NI {n_} for your booking system.", "Brampton library", f"fbep-{c.rng.randrange(10**6)}@{INTERNAL}")
    cal = Message()
    cal["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST'
    cal["Content-Transfer-Encoding"] = "7bit"
    cal.set_payload(ics.decode())
    body = multipart("alternative", [text_part(f"Joint appt - {f}\nBrampton library, Tue 15 Apr 14:00"), cal], c.rng)
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], f"Joint appt - {f}", "encrypt", "encrypt_nino", T(ninos=1, subjects=1), F(),
           "NINO in the ICS DESCRIPTION of a calendar invite", body_part=body)
    # nested message from the claimant
    nm, ad, first = c.staff()
    f, l = c.person()
    n_ = nino(c.rng)
    pm = c.free(f, l)
    inner = build(c.rng, (f"{f} {l}", pm), [(nm, ad)], "my details", text=f"hi {first} my ni is {n_} and my bank is sorting the rest, see you weds\n{f}\nSent from my Samsung")
    hdr = Message()
    c.emit((nm, ad), [("Onboarding", f"onboarding@{EMP[5]}")], "FW: my details", "encrypt", "encrypt_nino", T(ninos=1, contact=True, subjects=1), F(),
           "NINO inside an attached message from the claimant's own address", text="See below from the new starter.\n\n" + first, atts=[nested_part(inner)])


@sc
def s_benefit_children(c):
    nm, ad, first = c.staff()
    f, l = c.female()
    uc, hc = c.rng.randrange(380, 700) + 0.44, c.rng.randrange(300, 520)
    html = (f"<html><body><p>Hi Carol</p><p>Budget for {f} {l} for the tenancy sustainment panel:</p>"
            f"<table border=1 cellpadding=3><tr><th>Income</th><th>Monthly</th></tr><tr><td>UC standard</td><td>£{uc:.2f}</td></tr>"
            f"<tr><td>UC housing element</td><td>£{hc}.00</td></tr><tr><td>Part-time wages (Co-op)</td><td>£410.00</td></tr></table>"
            f"<p>Rent is £{hc + 40}, so she's £40 short each month.</p><p>{first}<br>Sent from my iPad</p></body></html>")
    c.emit((nm, ad), [("Carol", f"carol.ts@{HOUSING}")], f"panel - {f}", "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), F(),
           "UC amounts in an HTML table for a named tenant", html=html)
    nm, ad, first = c.staff()
    f, l = c.fk.first_name_female(), c.fk.last_name()
    text = (f"Hi Bev\n\nCould you squeeze {f} in for a parcel this week? Her UC's been sanctioned for four weeks over a missed appointment "
            f"(she was at the hospital with her mam) and she's got nothing till the 28th.\n\n{first}\nSent from my iPhone")
    c.emit((nm, ad), [("Bev", f"bev@{FOODBANK}")], "parcel request", "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), F(),
           "a sanction on a named claimant's UC, to a foodbank (first name only)", text=text)
    nm, ad, first = c.staff()
    f, l = c.fk.first_name_female(), c.fk.last_name()
    k1, k2 = c.fk.first_name_female(), c.fk.first_name_male()
    a1, a2 = c.rng.randrange(2, 5), c.rng.randrange(6, 11)
    text = (f"morning Gill\n\nRe childcare so {f} {l} can do the care certificate: her wee one {k1} is {NUMWORDS[a1]} and gets the 15 free hours, "
            f"{k2} is {NUMWORDS[a2]} and at the primary, so it's just wraparound 3-6 we need for him. Do you have space Tues-Thurs?\n\n{first}")
    c.emit((nm, ad), [("Gill", "gill@littlefells-nursery.co.uk")], "wraparound space?", "encrypt", "encrypt_benefit_children",
           T(children=True, subjects=1), F(), "children's names with ages in words, to a nursery", text=text)
    nm, ad, first = c.staff()
    f, l = c.male()
    text = (f"Hi Steve\n\nJSA's stopping for {f} {l} when he starts with you so he asked if the first week's wages can be paid early - he's on £92.05 "
            f"a week now and rent's due on the 1st. Only if you can.\n\n{first}" + sig(c, nm, kind="short"))
    c.emit((nm, ad), [("Steve", f"steve@{EMP[3]}")], f"{f} - first wages", "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), F(),
           "the claimant's actual JSA amount (same figure as the published rate) to an employer", text=text)


@sc
def s_dob_bank(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    sc_, acc = sortcode(c.rng, dashed=False), account(c.rng)
    text = (f"Hi payroll\n\nBank for {f} {l} for the travel reimbursement: sort {sc_} acc {acc}. Bus from Longtown daily so £38.40 for the fortnight.\n\n{first}")
    c.emit((nm, ad), [("Payroll bureau", "payments@fellsdale-payroll.co.uk")], "travel reimbursement", "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), F(),
           "claimant's undashed sort code and account in a sentence", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    text = f"Hi\n\n{f} {l} paid the CSCS test fee with this card over the phone but it failed: {luhn_card(c.rng)} exp 09/27. Can you retry?\n\n{first}\nSent from my iPhone"
    c.emit((nm, ad), [("Test centre", "bookings@solway-cscs-centre.co.uk")], "card declined", "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), F(),
           "a claimant's card number", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    text = f"IBAN for {f} {l}'s grant payment (start-up tools): {iban(c.rng)}. Name on account as above.\n\n{first}"
    c.emit((nm, ad), [("Grants", "grants@enterprise-eden.co.uk")], "Tools grant", "encrypt", "encrypt_dob_bank", T(bank=True, subjects=1), F(),
           "IBAN with a valid checksum", text=text)
    nm, ad, first = c.staff()
    f, l = c.male()
    d = dob(c.rng, 1985, 2002)
    text = (f"hi can you put {f} {l} down for the food hygiene course on the 20th his DOB is {d:%d/%m/%y} if you need it for the certificate" + sig(c, nm, kind="voice"))
    c.emit((nm, ad), [("Courses", "courses@northstar-training.co.uk")], "food hygiene 20th", "encrypt", "encrypt_dob_bank", T(dob=True, subjects=1), F(),
           "dd/mm/yy DOB in voice-to-text", text=text)


@sc
def s_beyond_name(c):
    nm, ad, first = c.staff()
    f, l = c.fk.first_name_male(), c.fk.last_name()
    text = f"Hi Kath\n\n{f} {l} for the labouring - give him a bell on {phone(c.rng, 'm')} to sort a start, he's expecting you.\n\n{first}"
    c.emit((nm, ad), [("Kath", f"kath@{EMP[3]}")], "labourer", "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), F(),
           "one name plus the claimant's mobile", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    pc = postcode(c.rng)
    text = (f"Hi both\n\n{f} {l} would love the job but lives out at {pc}, no bus before 9 - any chance of the later shift or a lift share from Orton?\n\n{first}\nSent from my iPhone")
    c.emit((nm, ad), [("Ops", f"ops@{EMP[0]}"), ("Transport", f"transport@{EMP[0]}")], "Shift times", "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), F(),
           "one name plus a home postcode", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    pm = c.free(f, l, "yahoo.co.uk")
    text = f"Hi Jen, {f} {l} is the one for the open evening - her email is {pm} if you want to send the details direct.\n\n{first}"
    c.emit((nm, ad), [("Jen", f"jen.admissions@{COLLEGE}")], "open evening", "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), F(),
           "one name plus a personal e-mail address", text=text)


@sc
def s_webforms(c):
    # claimant self-referral from the website, forwarded to a partner
    f, l = c.person()
    pm = c.free(f, l)
    tel = phone(c.rng, "m")
    pc = postcode(c.rng)
    html = ("<html><body><h3>New website enquiry - Contact us</h3><table cellpadding=4>"
            f"<tr><td><b>Name</b></td><td>{f} {l}</td></tr><tr><td><b>Email</b></td><td>{pm}</td></tr>"
            f"<tr><td><b>Phone</b></td><td>{tel}</td></tr><tr><td><b>Postcode</b></td><td>{pc}</td></tr>"
            "<tr><td><b>How can we help?</b></td><td>I've been off work a long time and want to get back to something part time, "
            "I can't drive. Please call after 3.</td></tr><tr><td><b>Submitted</b></td><td>2025-03-11 21:47</td></tr></table>"
            "<p style='color:#888'>Sent by the Fells &amp; Borders website form handler.</p></body></html>")
    c.emit(("Website forms", f"webforms@{INTERNAL}"), [("Bridgeway intake", "intake@bridgeway-support.org.uk")], "Website enquiry: Contact us",
           "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), F(), "web-form submission (HTML only) routed to a partner: name, e-mail, phone, postcode",
           html=html, headers={"X-Form-Id": "contact-us", "X-Form-Submission": str(c.rng.randrange(10**5, 10**6))})
    # employer enquiry via the website: about nobody
    fe, le = c.person()
    html = ("<html><body><h3>New website enquiry - Employers</h3><table cellpadding=4>"
            f"<tr><td><b>Name</b></td><td>{fe} {le}</td></tr><tr><td><b>Company</b></td><td>Tweedbank Joinery</td></tr>"
            f"<tr><td><b>Email</b></td><td>{fe.lower()}@tweedbank-joinery.co.uk</td></tr><tr><td><b>Phone</b></td><td>{phone(c.rng, 'manc')}</td></tr>"
            "<tr><td><b>Message</b></td><td>We're looking for two apprentice joiners for our Longtown workshop. Can someone ring me?</td></tr></table></body></html>")
    c.emit(("Website forms", f"webforms@{INTERNAL}"), [("Northstar employer team", "employers@northstar-training.co.uk")], "Website enquiry: Employers",
           "relay", "no_claimant_data", EMPTY_T, F(), "employer's own enquiry from the web form: employer contact details are not claimant data", html=html)
    # partner agency referral form posted by a probation officer
    f, l = c.fk.first_name_male(), c.fk.last_name()
    po = c.fk.name()
    html = ("<html><body><p><b>Partner referral form</b> (submitted by partner agency)</p><table border=1 cellpadding=3>"
            f"<tr><td>Referring agency</td><td>North Fells Probation Delivery Unit</td></tr><tr><td>Referrer</td><td>{po}, Probation Practitioner</td></tr>"
            f"<tr><td>Referrer phone</td><td>{phone(c.rng, 'leeds')}</td></tr><tr><td>Person referred</td><td>{f} {l}</td></tr>"
            "<tr><td>Reason</td><td>Released from HMP Haverigg in January, on licence. Wants labouring or farm work.</td></tr>"
            "<tr><td>Risk notes</td><td>No known risk to staff. Not to work with children.</td></tr></table></body></html>")
    c.emit(("Website forms", f"webforms@{INTERNAL}"), [("Northstar referrals", "referrals@northstar-training.co.uk")], "Partner referral received",
           "encrypt", "encrypt_special_category", T(special=["criminal"], subjects=1), F(),
           "partner referral web form: prison release and licence; the probation officer is not a subject", html=html)


@sc
def s_crm_exports(c):
    nm, ad, first = c.staff()
    rows = [["Ref", "Name", "Office", "Adviser", "Last contact", "Barrier notes"]]
    notes = ["alcohol - attending Fellside", "none", "low mood, GP aware", "none", "on licence to 2026", "none", "back injury", "none"]
    for i in range(8):
        rows.append([f"FT{c.rng.randrange(10**5, 10**6)}", c.fk.name(), c.rng.choice(OFFICES), c.fk.first_name(), "03/2025", notes[i]])
    x = make_xlsx([("Caseload", rows)])
    text = ("FellTrack scheduled report\n\nReport: Caseload with barriers (Eden)\nRun: 06:00 Monday\nRecipients: as configured\n\n"
            "The attached export was generated automatically.")
    c.emit(("FellTrack reports", f"reports@{INTERNAL}"), [("Bridgeway managers", "managers@bridgeway-support.org.uk")], "Scheduled report: Caseload with barriers (Eden)",
           "encrypt", "encrypt_special_category", T(special=["substance", "mental_health", "criminal", "health"], subjects=8, kinds=["name_list"]),
           F(list_rows=8, list_cols=["ref", "name", "office", "adviser", "date", "health", "substance", "criminal"]),
           "scheduled CRM export with a barrier-notes column", text=text, atts=[("caseload_barriers.xlsx", XLSX_T, x)],
           headers={"X-FellTrack-Report": "caseload-barriers-eden", "Auto-Submitted": "auto-generated"})
    text = ("FellTrack scheduled report\n\nReport: Weekly starts by office\nRun: 06:00 Monday\n\n"
            + "\n".join(f"{o:<16}{c.rng.randrange(0, 12):>4} starts" for o in OFFICES[:8]) +
            "\n\nNo participant-level data is included in this report.")
    c.emit(("FellTrack reports", f"reports@{INTERNAL}"), [("Northstar managers", "managers@northstar-training.co.uk")], "Scheduled report: Weekly starts by office",
           "relay", "no_claimant_data", EMPTY_T, F(), "scheduled CRM report with counts only", text=text,
           headers={"X-FellTrack-Report": "weekly-starts", "Auto-Submitted": "auto-generated"})



# ==================================================================== SCENARIOS (batch 5): words about nobody, one name
def ics_body(c, summary, start, mins, org, atts, desc, loc, plain=None):
    ics = make_ics(summary, start, mins, org, atts, desc, loc, f"fbep-{c.rng.randrange(10**8)}@{INTERNAL}")
    cal = Message()
    cal["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST'
    cal["Content-Transfer-Encoding"] = "base64"
    cal.set_payload(base64.encodebytes(ics).decode())
    return multipart("alternative", [text_part(plain or desc), cal], c.rng)


@sc
def s_relay_traps_1(c):
    nm, ad, first = c.staff()
    text = (f"Hi Margaret\n\nCould we have the small room at the village hall every second Wednesday from April, 10 till 2? It's for our outreach "
            f"drop-in - job search, CVs, help with UC journals. We'd bring our own laptops and the 4G router.\n\nHappy to pay the usual £15." + sig(c, nm, kind="full"))
    c.emit((nm, ad), [("Margaret", "bookings@askrigg-villagehall.org.uk")], "Room booking from April", "relay", "no_claimant_data", EMPTY_T, F(),
           "village hall booking; staff signature with work mobile", text=text)
    nm, ad, first = c.staff()
    start = dt.datetime(2025, 3, 27, 10, 0)
    body = ics_body(c, "Declined: Eden caseload review", start, 60, (nm, ad), [("Jo", "jo.p@northstar-training.co.uk")],
                    f"Sorry Jo - I've got my own cardiology appointment at the Cumberland Infirmary that morning, they've finally found a slot for the echo. Can we move to the Friday?\n{first}",
                    "Teams")
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], "Declined: Eden caseload review", "relay", "no_claimant_data", EMPTY_T, F(),
           "staff member's own hospital appointment in a Teams decline", body_part=body)
    nm, ad, first = c.staff()
    tpl = make_docx([("h", "Partner referral form (blank)"),
                     ("t", [["Participant name", ""], ["Date of birth", ""], ["National Insurance number", ""], ["Address and postcode", ""],
                            ["Health conditions / disability", ""], ["Unspent convictions? (Y/N, details)", ""], ["Drug or alcohol support in place?", ""],
                            ["Benefits currently received and amounts", ""], ["Children / caring responsibilities", ""]]),
                     "Please return completed forms by encrypted e-mail only."])
    c.emit((nm, ad), [("Fellside referrals", f"referrals@{RECOVERY}")], "New referral template", "relay", "no_claimant_data", EMPTY_T, F(),
           "blank template full of sensitive field labels", text=f"Hi all, the new blank template as promised. Please use it from 1 April.\n\n{first}",
           atts=[("Referral_template_v3.docx", DOCX_T, tpl)])
    nm, ad, first = c.staff()
    pol = make_pdf([[("h", "Recruiting people with criminal records - policy"), "1. Purpose. This policy sets out how we support participants with unspent and spent convictions.",
                     "2. We never share details of an individual's offence, sentence, licence or MAPPA status without consent and a lawful basis.",
                     "3. Advisers should encourage disclosure in line with the Rehabilitation of Offenders Act 1974.",
                     "4. Substance misuse and mental health needs are recorded only where the participant agrees.",
                     ("t", [["Version", "Owner", "Review"], ["2.1", "Justice pathway lead", "March 2026"]])]], seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Quality", "quality@bridgeway-support.org.uk")], "Updated disclosure policy v2.1", "relay", "no_claimant_data", EMPTY_T, F(),
           "a policy document about convictions, MAPPA and substance misuse", text="Policy attached for your files.\n\n" + first, atts=[("Disclosure_policy_v2.1.pdf", "application/pdf", pol)])
    nm, ad, first = c.staff()
    text = (f"Hi Pete\n\nAnswering your question from the breakfast: yes, a fair few of the people we work with round Whitby are in recovery or have "
            "a record, and honestly they're often the most reliable staff once they're settled. We can talk you through Access to Work and the "
            "disclosure side any time. No names yet - just wanted you to know what to expect.\n\n" + first + sig(c, nm, kind="short"))
    c.emit((nm, ad), [("Pete", "pete@whitby-smokehouse.co.uk")], "Following up from the breakfast", "relay", "no_claimant_data", EMPTY_T, F(),
           "generic statement about recovery and records, nobody identified", text=text)
    nm, ad, first = c.staff()
    slides = make_pdf([[("h", "Disclosure workshop - case study (fictional)"),
                        "This is a made-up example for training. 'Sam' is 34 and has an unspent conviction for theft. He is on licence and worries about telling employers.",
                        "Discuss: what should Sam say at interview? What can the employer lawfully ask?"],
                       [("h", "Key points"), "Spent convictions need not be disclosed.", "Basic DBS checks show unspent convictions only."]], seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Training", "training@northstar-training.co.uk")], "Slides for Thursday's disclosure workshop", "relay", "no_claimant_data", EMPTY_T, F(),
           "fictional case study in training slides", text="Slides attached - the case study is invented, not one of ours.\n\n" + first,
           atts=[("Disclosure_workshop.pdf", "application/pdf", slides)])


@sc
def s_relay_traps_2(c):
    nm, ad, first = c.staff()
    text = ("Hi\n\nFor your new starter pack - the NINO box on your form is confusing people. The example on the form (QQ 12 34 56 C) is the official "
            "specimen, not a real number, and the HMRC temporary reference people get (like TN 12 03 85 F) won't work in your payroll either. "
            "Booking refs from the CSCS centre look similar (HT 55 21 09 E) but they're not NI numbers.\n\n" + first + sig(c, nm, kind="short"))
    c.emit((nm, ad), [("HR", f"hr@{EMP[1]}")], "NINO box on your starter form", "relay", "no_claimant_data", EMPTY_T, F(),
           "NINO look-alikes only: QQ specimen, TN temporary reference, suffix E booking ref", text=text)
    nm, ad, first = c.staff()
    text = ("MOBILE OFFICE - APRIL TIMETABLE\n\nMon  Hawes auction mart car park 10-3\nTue  Askrigg village hall 10-2\nWed  Kirkby Stephen market square 9-1\n"
            "Thu  Sedbergh library 10-3\nFri  Appleby - Sands car park 10-2\n\nOn the bus this month:\n"
            f"{c.fk.name()} - {phone(c.rng, 'm')}\n{c.fk.name()} - {phone(c.rng, 'm')}\n{nm} - {phone(c.rng, 'm')}\n\nIf the bus is snowed off we post on Facebook by 8am.")
    c.emit((nm, ad), [("Hub", "hub@bridgeway-support.org.uk"), ("Library", "sedbergh.library@westmorland-libraries.org.uk")], "Mobile office April timetable",
           "relay", "no_claimant_data", EMPTY_T, F(), "staff rota with work mobiles", text=text, crlf=True)
    nm, ad, first = c.staff()
    text = (f"Thank you for your e-mail. I'm out on outreach in the Upper Dales until Thursday with patchy signal. For anything urgent please ring the "
            f"Richmond office on {phone(c.rng, 'leeds')}.\n\n{first}")
    c.emit((nm, ad), [("Alan", f"alan@{EMP[4]}")], "Automatic reply: Thursday's interviews", "relay", "no_claimant_data", EMPTY_T, F(),
           "out-of-office auto-reply", text=text, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    nm, ad, first = c.staff()
    rows = [["Date", "From", "To", "Miles", "Purpose"]] + [[f"{d:02d}/03/2025", c.rng.choice(OFFICES), c.rng.choice(OFFICES), c.rng.randrange(8, 60), "Outreach"] for d in range(3, 28, 4)]
    c.emit((nm, ad), [("Payroll bureau", "expenses@fellsdale-payroll.co.uk")], "Mileage March", "relay", "no_claimant_data", EMPTY_T, F(),
           "staff mileage claim", text=f"My mileage for March attached.\n{first}", atts=[("mileage_march.xlsx", XLSX_T, make_xlsx([("March", rows)]))])
    nm, ad, first = c.staff()
    text = ("Please post this on the board:\n\nEMPLOYMENT ADVISER - SEDBERGH AND THE DALES (mobile)\n£26,400 + car allowance\n\nYou'll support people who face barriers "
            "such as long-term health conditions, mental ill health, substance misuse or a criminal record to find and keep work. Full UK driving "
            "licence essential. Enhanced DBS check required. Closing date 30 April.")
    c.emit((nm, ad), [("Jobs board", "post@dalesjobs-board.co.uk")], "Vacancy to post: Employment Adviser (Dales)", "relay", "no_claimant_data", EMPTY_T, F(),
           "the provider's own job advert listing barriers in general", text=text, html=html_wrap(text))
    nm, ad, first = c.staff()
    text = ("Hi\n\nQuote please for 500 A5 leaflets, double sided, for the recovery cafe: 'Worried about your drinking? Come for a brew - no judgement, "
            "no referral needed. Thursdays 10-12.' Artwork attached next week.\n\n" + first)
    c.emit((nm, ad), [("Print", f"quotes@{PRINTER}")], "Leaflet quote", "relay", "no_claimant_data", EMPTY_T, F(), "leaflet wording about drinking, about nobody", text=text)


@sc
def s_relay_traps_3(c):
    nm, ad, first = c.staff()
    q = ("Thanks - Tuesday 2pm works for the room.\n\nGraham" + DISCLAIMER.replace(ORG, "Borderdales Housing"))
    text = ("Great, see you then.\n\n" + first + "\nSent from my iPhone" + gmail_quote("Graham Ives <graham@borderdales-housing.org.uk>", when(c), q)
            + DISCLAIMER)
    c.emit((nm, ad), [("Graham", f"graham@{HOUSING}")], "Re: room for the tenancy workshop", "relay", "no_claimant_data", EMPTY_T, F(),
           "short thread where both disclaimers mention health and convictions", text=text)
    nm, ad, first = c.staff()
    text = ("FellTrack\n\nYour FellTrack password expires in 3 days. Sign in and change it from My Account > Security.\n\n"
            "Never share your password. FellTrack holds special category data about participants.\n\nThis is an automated message.")
    c.emit(("FellTrack", f"noreply-felltrack@{INTERNAL}"), [("Jo", "jo.p@northstar-training.co.uk")], "FellTrack: password expiry", "relay", "no_claimant_data", EMPTY_T, F(),
           "system notification mentioning special category data in general", text=text, headers={"Auto-Submitted": "auto-generated"})
    nm, ad, first = c.staff()
    text = ("Hi Jo\n\nCan you sanity-check the new SMS/e-mail reminder wording before we switch it on?\n\n"
            "---\nDear [FIRST NAME], this is a reminder that your appointment with [ADVISER] is on [DATE] at [TIME] at [VENUE]. "
            "If you need to change it please call [OFFICE PHONE]. Please bring your fit note if you have one.\n---\n\n" + first)
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], "Reminder template wording", "relay", "no_claimant_data", EMPTY_T, F(),
           "appointment reminder template with placeholders", text=text)
    text = ("Free NHS health checks, blood pressure and stop-smoking advice at Appleby market this Saturday, 9-1, in the Fells & Borders gazebo. "
            "Bring a friend! Also: free bus passes for interviews - ask us.\n\nFells & Borders - Appleby")
    bcc = [c.free(*c.person()) for _ in range(5)]
    c.emit(("Appleby outreach", f"appleby.outreach@{INTERNAL}"), [("Appleby outreach", f"appleby.outreach@{INTERNAL}")], "Free health checks Saturday", "relay", "no_claimant_data",
           EMPTY_T, F(), "health event flyer to claimants in Bcc", bcc=bcc, html=html_wrap(text), logo=True)
    nm, ad, first = c.staff()
    rows = [["Measure", "Cumbria", "North Yorkshire"], ["Referrals", c.rng.randrange(200, 400), c.rng.randrange(150, 300)],
            ["Starts", c.rng.randrange(150, 300), c.rng.randrange(100, 250)], ["Job starts", c.rng.randrange(40, 90), c.rng.randrange(30, 70)],
            ["Participants declaring a health condition", c.rng.randrange(90, 200), c.rng.randrange(60, 150)]]
    c.emit((nm, ad), [("WHP performance", "whp.performance.northwest@dwp.gov.uk")], "Monthly performance summary - March", "relay", "no_claimant_data", EMPTY_T, F(),
           "aggregate performance counts to DWP", text="Summary attached.\n\n" + first, atts=[("perf_march.csv", "text/csv", make_csv(rows))])
    nm, ad, first = c.staff()
    rows = [["Employer", "Contact", "Phone", "Sector"]] + [[c.fk.company(), c.fk.name(), phone(c.rng), c.rng.choice(["Care", "Farming", "Hospitality", "Haulage"])] for _ in range(15)]
    c.emit((nm, ad), [("Employer team", "employers@northstar-training.co.uk")], "Employer contacts - Eden", "relay", "no_claimant_data", EMPTY_T, F(),
           "employer contact list: employer contacts are not claimants", text="Contacts as promised.\n" + first, atts=[("employers_eden.csv", "text/csv", make_csv(rows))])


@sc
def s_one_name_more(c):
    nm, ad, first = c.staff()
    f, l = c.female()
    start = dt.datetime(2025, 4, 9, 11, 0)
    body = ics_body(c, "Interview - care assistant post", start, 30, (nm, ad), [("Helen", f"helen@{EMP[5]}")],
                    f"Interview for the care assistant post with {f} {l}. I'll bring her along and wait in reception.", "Fellgate Care, Penrith")
    c.emit((nm, ad), [("Helen", f"helen@{EMP[5]}")], "Interview - care assistant post", "relay", "one_name", T(subjects=1), F(name_only=True),
           "calendar invite to an employer: one name and an interview time", body_part=body)
    f, l = c.person()
    adv = c.fk.first_name()
    text = (f"FellTrack reminder\n\nJoint appointment: {f} {l}\nThursday 11:00, Keswick library meeting room\nFells & Borders adviser: {adv}\n\nThis is an automated reminder.")
    c.emit(("FellTrack", f"noreply-felltrack@{INTERNAL}"), [("Jo", "jo.p@northstar-training.co.uk")], "Reminder: joint appointment Thursday", "relay", "one_name",
           T(subjects=1), F(name_only=True), "CRM reminder to the subcontractor: one name and a time", text=text, headers={"Auto-Submitted": "auto-generated"})
    nm, ad, first = c.staff()
    f, l = c.person()
    text = f"Hi Karen\n\nJust to let you know {f} {l} started at the bakery this morning - first day went well by all accounts.\n\n{first}\nSent from my iPhone"
    c.emit((nm, ad), [("Karen", "karen.workcoach@dwp.gov.uk")], "job start", "relay", "one_name", T(subjects=1), F(name_only=True),
           "one name and a start date to a DWP work coach", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    q = f"Morning - have you got anyone for the kitchen porter shifts?\n\nLiz"
    text = (f"Hi Liz\n\nYes - {f} {l} is interested, referral's gone over to your HR this morning. Can do weekends.\n\n{first}" + sig(c, nm, kind="android")
            + outlook_quote(f"Liz <liz@{EMP[2]}>", when(c), nm, "KP shifts", q))
    c.emit((nm, ad), [("Liz", f"liz@{EMP[2]}")], "RE: KP shifts", "relay", "one_name", T(subjects=1), F(name_only=True),
           "one name and referral status in a short Outlook thread", text=text)



# ==================================================================== SCENARIOS (batch 6): unreadable, passwords, scans, tags, no-consent CVs
@sc
def s_uninspectable(c):
    nm, ad, first = c.staff()
    junk = bytes(c.rng.randrange(256) for _ in range(5000))
    c.emit((nm, ad), [("Ops", f"ops@{EMP[1]}")], "drivers list", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "file named .xlsx whose bytes are no readable format", text="list attached\n\n" + first + "\nSent from my iPhone",
           atts=[("drivers_april.xlsx", XLSX_T, junk)])
    nm, ad, first = c.staff()
    f, l = c.person()
    good = make_pdf([[("h", "Referral"), f"{f} {l}", "Needs: support with confidence"]], seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Intake", "intake@bridgeway-support.org.uk")], "referral pdf", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "truncated PDF (upload cut off on 3G)", text="Referral attached, signal awful here so shout if it doesn't come through.\n" + first,
           atts=[("referral.pdf", "application/pdf", good[:len(good) // 2])])
    nm, ad, first = c.staff()
    z = make_zip([("a.docx", make_docx(["x"])), ("b.docx", make_docx(["y"]))])
    zb = bytearray(z)
    for i in range(60, 400):
        zb[i] ^= 0x5A
    c.emit((nm, ad), [("Courses", "courses@northstar-training.co.uk")], "the forms", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "zip whose members are damaged", text="forms zipped\n" + first, atts=[("forms.zip", "application/zip", bytes(zb))])
    nm, ad, first = c.staff()
    jp = scan_image(["x"], seed=3, fmt="JPEG", size=(600, 400))
    c.emit((nm, ad), [("Sue", f"sue.manager@{EMP[5]}")], "photo of the form", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "truncated JPEG from a phone", text="photo of the form, sorry it's wonky\n\nSent from my iPhone",
           atts=[("IMG_5521.JPG", "image/jpeg", jp[:len(jp) // 4])])
    nm, ad, first = c.staff()
    blob = b"FTEXP\x00\x01" + bytes(c.rng.randrange(256) for _ in range(3000))
    c.emit(("FellTrack reports", f"reports@{INTERNAL}"), [("Bridgeway managers", "managers@bridgeway-support.org.uk")], "Scheduled export: referrals (binary)",
           "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"), "proprietary CRM export in an unknown binary format",
           text="FellTrack scheduled export attached.", atts=[("referrals_export.dat", "application/octet-stream", blob)], headers={"Auto-Submitted": "auto-generated"})
    nm, ad, first = c.staff()
    inner = build(c.rng, (nm, ad), [("Hub", "hub@bridgeway-support.org.uk")], "case notes",
                  text="notes attached", atts=[("notes.docx", DOCX_T, b"PK\x03\x04" + bytes(c.rng.randrange(256) for _ in range(900)))])
    c.emit((nm, ad), [("Hub", "hub@bridgeway-support.org.uk")], "FW: case notes", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "forwarded message whose attachment is a broken DOCX", text="resending - did this come through?\n" + first, atts=[nested_part(inner)])
    nm, ad, first = c.staff()
    c.emit((nm, ad), [("Admissions", f"admissions@{COLLEGE}")], "ODT form", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "ODT whose bytes are random", text="Form attached.\n" + first,
           atts=[("enrolment.odt", "application/vnd.oasis.opendocument.text", bytes(c.rng.randrange(256) for _ in range(2500)))])


@sc
def s_passwords(c):
    nm, ad, first = c.staff()
    cvs = cv_set(c, 3)
    pdf = make_pdf([blocks_pdf(b) for _, _, b in cvs], password="Solway25", seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Recruitment", f"recruitment@{EMP[1]}")], "CVs (password to follow)", "encrypt", "encrypt_password_protected", EMPTY_T, F(pw=True),
           "AES password-protected PDF of CVs", text="Three CVs, password by text.\n\n" + first, atts=[("CVs.pdf", "application/pdf", pdf)])
    nm, ad, first = c.staff()
    pages = [letter_page(c, "letter_appointment", *c.person()) for _ in range(3)]
    z = make_zip([(f"letter_{i + 1}.pdf", make_pdf([p], seed=i)) for i, p in enumerate(pages)], password="Hawes-print", seed=c.rng.randrange(9999))
    c.emit((nm, ad), [("Print room", "print@northstar-training.co.uk")], "letters (zip)", "encrypt", "encrypt_password_protected", EMPTY_T, F(pw=True),
           "AES zip of letters", text="Letters in the zip, usual password.\n" + first, atts=[("letters.zip", "application/zip", z)])
    nm, ad, first = c.staff()
    plan = make_pdf([[("h", "Wellbeing plan"), "Goals and support"]], password="Keswick1", seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Keyworker", f"keyworkers@{RECOVERY}")], "Plan", "encrypt", "encrypt_password_protected", EMPTY_T, F(pw=True),
           "password PDF sent from a phone", text="plan attached pw as agreed\n\nSent from my iPhone", atts=[("plan.pdf", "application/pdf", plan)])


@sc
def s_scans(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    jp = scan_image(["Statement of Fitness for Work", f"Patient: {f} {l}", "Condition: lower back pain, sciatica", "Not fit for work: 4 weeks"], seed=c.rng.randrange(10**6), fmt="JPEG", size=(900, 1200))
    c.emit((nm, ad), [("Sue", f"sue.manager@{EMP[5]}")], "fit note", "encrypt", "encrypt_no_text_scan", EMPTY_T, F(opaque="scan"),
           "phone photo of a fit note (JPEG, no text layer)", text="photo of the fit note as promised\n\nSent from my iPhone", atts=[("IMG_4471.JPG", "image/jpeg", jp)])
    nm, ad, first = c.staff()
    f, l = c.person()
    png = scan_image(["Universal Credit - your journal", f"{f} {l}", "Payment: GBP 612.40 on 28 March", "Sanction: 14 days"], seed=c.rng.randrange(10**6), fmt="PNG", size=(750, 1300))
    c.emit((nm, ad), [("Bev", f"bev@{FOODBANK}")], "screenshot", "encrypt", "encrypt_no_text_scan", EMPTY_T, F(opaque="scan"),
           "PNG screenshot of a UC journal", text="screenshot she sent me\n\n" + first, atts=[("Screenshot_20250312-094411.png", "image/png", png)])
    nm, ad, first = c.staff()
    f, l = c.person()
    pdf = scan_image(["WHP PARTICIPANT CONSENT FORM", f"Name: {f} {l}", "Signed and dated", "Witness: adviser"], seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Quality", "quality@bridgeway-support.org.uk")], "Scan from KM-C308", "encrypt", "encrypt_no_text_scan", EMPTY_T, F(opaque="scan"),
           "copier scan of a signed consent form", text="", atts=[("SKM_C30825032111410.pdf", "application/pdf", pdf)])


@sc
def s_sender_tags(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    q = f"Any update on {f}? Probation were asking.\n\nDiane"
    text = (f"Hi Diane\n\n{f}'s doing well, clean since Christmas, still on the methadone script but reducing.\n\n{first}" + outlook_quote(f"Diane <diane@{PROBATION}>", when(c), nm, "[ENCRYPT] update", q))
    c.emit((nm, ad), [("Diane", f"diane@{PROBATION}")], f"RE: [ENCRYPT] update on {f}", "encrypt", "encrypt_sender_tag",
           T(special=["substance"], subjects=1), F(), "RE: [ENCRYPT] tag on a reply that carries substance details", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    text = f"Hi\n\n{f} {l} for the Tuesday induction.\n\n{first}"
    c.emit((nm, ad), [("Bookings", "bookings@northstar-training.co.uk")], "Induction Tuesday [ENCRYPT]", "encrypt", "encrypt_sender_tag", T(subjects=1), F(name_only=True),
           "tag at the end of the subject on a one-name message that would otherwise relay", text=text)
    nm, ad, first = c.staff()
    rows = [["Surname", "Forename", "Course"]] + [[c.fk.last_name(), c.fk.first_name(), "Food hygiene L2"] for _ in range(14)]
    c.emit((nm, ad), [("Enrolments", f"enrolments@{COLLEGE}")], "[ENCRYPT] Food hygiene names", "encrypt", "encrypt_sender_tag",
           T(subjects=14, kinds=["name_list"]), F(list_rows=14, list_cols=["surname", "forename", "course"]), "tag on an exempt names list",
           text="List attached\n" + first, atts=[("fh_names.csv", "text/csv", make_csv(rows))])


@sc
def s_cv_no_consent_extra(c):
    f, l = c.person()
    mail = c.free(f, l)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Carlisle")
    q = f"hiya can u send me my cv again i lost it, need it for the job centre tomoz\n{f}"
    text = ("Hi " + f + ", no problem, pasted below so you can copy it.\n\n" + blocks_text(b) + "\n\nCarlisle hub" + gmail_quote(f"{f} {l} <{mail}>", when(c), q))
    c.emit(("Carlisle hub", f"carlisle.hub@{INTERNAL}"), [mail], "Re: cv", "reject", "reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]),
           F(cv_count=1, own_rcpt=[mail]), "reply to the claimant's own request, CV pasted in the body, no consent recorded", text=text)
    f, l = c.person()
    mail_ok = c.free(f, l, "gmail.com")
    CONSENT.append(mail_ok)
    mail = c.free(f, l, "outlook.com")
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Penrith")
    text = f"Hi {f}, sending to your Outlook one as you said the Gmail is full. CV attached.\n\nPenrith office"
    c.emit(("Penrith office", f"penrith.office@{INTERNAL}"), [(f"{f} {l}", mail)], "CV", "reject", "reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]),
           F(cv_count=1, own_rcpt=[mail]), "consent is recorded only for the claimant's other address", text=text, atts=[("CV.docx", DOCX_T, make_docx(b))])
    f, l = c.person()
    mail = c.free(f, l, "yahoo.co.uk")
    z = make_zip([(f"{f}_CV.docx", make_docx(cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Richmond")))])
    c.emit(("Richmond office", f"richmond.office@{INTERNAL}"), [mail], "your cv (zipped)", "reject", "reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]),
           F(cv_count=1, own_rcpt=[mail]), "CV inside a zip to an unconsented claimant", html=html_wrap(f"Hi {f}\n\nYour CV zipped up as Yahoo kept blocking it.\n\nRichmond"),
           atts=[("cv.zip", "application/zip", z)])



# ==================================================================== SCENARIOS (batch 7): special categories in lay words, buried chains
@sc
def s_special_more(c):
    specs = [
        ("ethnicity", lambda f: f"{f}'s from a Gypsy Traveller family and they're on the site at the edge of town, so she'd rather you didn't post anything out - text or email via me.",
         "Gypsy Traveller background"),
        ("religion", lambda f: f"{f} can't do Friday lunchtimes as he goes to the mosque in Carlisle for Jummah - could his break move to 12.30-2 that day?",
         "Jummah prayers"),
        ("trade_union", lambda f: f"Just flagging that {f} is a Unite shop steward at his last place and will probably ask about union recognition at interview.",
         "Unite shop steward"),
        ("sexual_orientation", lambda f: f"{f} has asked me to mention, in confidence, that he's gay and had a rough time on his last site - he'd like to know there's a zero tolerance policy.",
         "coming out to a prospective employer via the adviser"),
    ]
    for i, (cat, line, note) in enumerate(specs):
        nm, ad, first = c.staff()
        f, l = (c.fk.first_name_female() if i == 0 else c.fk.first_name_male()), c.fk.last_name()
        text = f"Hi {c.fk.first_name()}\n\nRe {f} {l} for Monday. {line(f)}\n\nThanks{sig(c, nm, kind=c.rng.choice(['iphone', 'short', 'full']))}"
        emp = EMP[(i + 3) % len(EMP)]
        c.emit((nm, ad), [(f"Recruitment", f"recruitment@{emp}")], f"{f} - Monday", "encrypt", "encrypt_special_category",
               T(special=[cat], subjects=1), F(), note + " about a named claimant", text=text, cte=["qp", "b64", "7bit", "qp"][i])


@sc
def s_health_lay(c):
    lines = [
        (["health"], "he's got the sugar diabetes so needs to be able to stop and check his levels and have a bite to eat mid-morning"),
        (["health"], "her chest is bad - COPD they reckon - so the dusty end of the packing shed is out"),
        (["mental_health"], "he gets panic attacks in crowded places so the first week on the tills would be tough, could he start on stock?"),
        (["mental_health"], "she was sectioned for a few weeks last spring but she's well now and on the right meds"),
        (["health"], "she's expecting in August so no heavy lifting - she wants to work right up to June"),
        (["substance"], "he's been off the drink six months and goes to AA Wednesdays, so no evening shifts midweek please"),
        (["criminal"], "he did eighteen months in Haverigg and finished his unpaid work hours last month - fully open about it"),
        (["criminal"], "she's on bail till the court date in May so has to sign on at the police station Mondays 10am"),
    ]
    for i, (cats, line) in enumerate(lines):
        nm, ad, first = c.staff()
        f, l = c.female() if re.match(r"(she|her)\b", line) else c.male()
        nick = f.split()[0]
        style = i % 4
        if style == 0:
            text = f"hi {c.fk.first_name()} about {nick} {l} {line} thanks" + sig(c, nm, kind="voice")
        elif style == 1:
            text = f"Hiya\n\nQuick one on {nick} ({f} {l}) - {line}.\n\n{first}\nSent from my iPhone"
        elif style == 2:
            text = f"Hi all\n\nFor the start on the 14th: {f} {l}. {line[0].upper() + line[1:]}. Otherwise good to go.{sig(c, nm, kind='full')}"
        else:
            text = f"{nick} {l[0]} update - {line}. Cheers, {first}"
        rc = [("HR", f"hr@{EMP[i % len(EMP)]}")] if i % 3 else [("Hub", "hub@bridgeway-support.org.uk")]
        c.emit((nm, ad), rc, c.rng.choice([f"{nick}", f"re {nick}", "start on the 14th", "quick one", "update", f"{nick} {l[0]}"]), "encrypt", "encrypt_special_category",
               T(special=cats, subjects=1), F(), f"lay wording ({cats[0]}) about a named claimant", text=text,
               html=html_wrap(text) if i % 2 else None, crlf=(i == 5))


@sc
def s_deep_chains(c):
    for depth_case in range(3):
        nm, ad, first = c.staff()
        f, l = c.fk.first_name_female(), c.fk.last_name()
        emp_name = c.fk.first_name()
        emp_ad = f"{emp_name.lower()}@{EMP[(depth_case + 1) % len(EMP)]}"
        other = f"{c.fk.first_name()} {c.fk.last_name()}"
        other_ad = re.sub(r"[^a-z]", "", other.split()[0].lower()) + "@bridgeway-support.org.uk"
        buried = [
            f"Hi {first}, for your info {f} told me she self-harmed over Christmas and the crisis team are involved. She still wants to go for the job.\n\n{other}",
            f"{first} - between us, {f}'s on a suspended sentence for shoplifting and sees her probation officer fortnightly on Mondays. Her support worker knows.\n{other}",
            f"Just so you know, {f} {l} disclosed she's been using again (heroin) but is back with Fellside. Still keen on the cleaning job.\n\n{other}",
        ][depth_case]
        cats = [["mental_health"], ["criminal"], ["substance"]][depth_case]
        staff_lines = [f"{emp_name} - see below, this is the lady I mentioned for the {c.rng.choice(['housekeeping', 'kitchen', 'cleaning'])} job.\n{first}",
                       f"Wednesday's fine, she'll get the ten past bus from Shap.\n{first}", f"Sorry for the slow reply - been out at Alston all day.\n{first}",
                       f"Checking with her now and will come back to you.\n{first}"]
        emp_lines = [f"Thanks, is she OK for a Wednesday trial?\n{emp_name}", f"Great. What size tabard will she need?\n{emp_name}",
                     f"Could you confirm her start time before Friday?\n{emp_name}"]
        seq = [(other, other_ad, nm, f"{f} {l}", buried)]
        t0 = dt.datetime(2025, 2, 3, 9, 0) + dt.timedelta(days=c.rng.randrange(20))
        n_levels = 3 + depth_case
        for k in range(n_levels):
            if k % 2 == 0:
                seq.append((nm, ad, emp_name, ("FW: " if k == 0 else "RE: ") + "referral", staff_lines[k // 2 if k < 8 else 3]))
            else:
                seq.append((emp_name, emp_ad, nm, "RE: referral", emp_lines[(k // 2) % 3]))
        chain = ""
        for i, (who, wad, to_, subj, body) in enumerate(seq):
            stamp = (t0 + dt.timedelta(days=i, hours=c.rng.randrange(8), minutes=c.rng.randrange(60))).strftime("%A, %d %B %Y %H:%M")
            chain = outlook_quote(f"{who} <{wad}>", stamp, to_, subj, body + chain) if i == 0 else outlook_quote(f"{who} <{wad}>", stamp, to_, subj, body + chain)
        text = f"Hi {emp_name}\n\nShe's confirmed for Wednesday 10am. Thanks for being flexible.\n\n{first}\nSent from my iPhone" + chain
        c.emit((nm, ad), [(emp_name, emp_ad)], "RE: referral", "encrypt", "encrypt_special_category", T(special=cats, subjects=1), F(),
               f"{cats[0]} detail buried {n_levels + 1} messages down in a thread that began as a forward to an employer", text=text, html=html_wrap(text) if depth_case == 1 else None)


@sc
def s_claimant_recipient(c):
    f, l = c.person()
    mail = c.free(f, l)
    q = f"Hi, I can't come Tuesday I've got my ESA medical at Carlisle, my back's been really bad again and the tablets aren't touching it. {f}"
    text = f"Hi {f}\n\nNo problem at all, good luck with the assessment - I'll rebook you for the Thursday.\n\nBrampton outreach" + gmail_quote(f"{f} {l} <{mail}>", when(c), q)
    c.emit(("Brampton outreach", f"brampton.outreach@{INTERNAL}"), [mail], "Re: Tuesday", "encrypt", "encrypt_claimant_recipient",
           T(special=["health"], subjects=1), F(own_rcpt=[mail]), "reply to the claimant that quotes her own health details back", text=text)
    f, l = c.person()
    mail = c.free(f, l)
    n_ = nino(c.rng)
    plan = make_docx([("h", "My action plan"), ("t", [["Name", f"{f} {l}"], ["NI number", n_], ["Goal", "Get my forklift licence back"], ["Next step", "Book the refresher course"]])])
    c.emit(("Wigton outreach", f"wigton.outreach@{INTERNAL}"), [(f"{f} {l}", mail)], "Your action plan", "encrypt", "encrypt_claimant_recipient",
           T(ninos=1, subjects=1), F(own_rcpt=[mail]), "the claimant's own action plan with their NINO", text=f"Hi {f}, your plan from today is attached.\n\nWigton",
           atts=[("action_plan.docx", DOCX_T, plan)])
    f, l = c.person()
    mail = c.free(f, l)
    text = (f"Hi {f}\n\nI did the better-off calculation: your UC is £{c.rng.randrange(500, 800)}.{c.rng.randrange(10, 99)} a month now and would drop to about "
            f"£{c.rng.randrange(200, 400)} once you start the 24 hours, but you'd be about £310 a month better off overall.\n\nAppleby outreach")
    c.emit(("Appleby outreach", f"appleby.outreach@{INTERNAL}"), [mail], "better off calculation", "encrypt", "encrypt_claimant_recipient",
           T(benefit=True, subjects=1), F(own_rcpt=[mail]), "the claimant's own UC amounts sent to them", text=text)
    f, l = c.fk.first_name_male(), c.fk.last_name()
    mail = c.free(f, l)
    text = (f"Morning {f}\n\nJust a reminder before the interview - your licence conditions mean you need to be home by 7, so tell them you can only do days. "
            "You don't have to go into detail about the conviction unless they ask.\n\nJustice pathway team")
    c.emit(("Justice pathway team", f"justice.pathway@{INTERNAL}"), [mail], "before Thursday", "encrypt", "encrypt_claimant_recipient",
           T(special=["criminal"], subjects=1), F(own_rcpt=[mail]), "reminder of his licence conditions to the claimant", text=text)
    f, l = c.person()
    mail = c.free(f, l)
    page = ["Dear " + f, "", "Our records show you did not attend your last two appointments. If you do not contact us within 10 days we will tell the Jobcentre, "
            "which may affect your Universal Credit.", "", "Kirkby Stephen outreach"]
    c.emit(("Kirkby Stephen outreach", f"kirkbystephen.outreach@{INTERNAL}"), [mail], "Letter about missed appointments", "encrypt", "encrypt_claimant_recipient",
           T(subjects=1, kinds=["letter_other"]), F(letters=1, own_rcpt=[mail]), "a non-attendance warning letter (not interview/offer/appointment) to the claimant",
           text=f"Hi {f}, please read the attached letter.", atts=[("letter.pdf", "application/pdf", make_pdf([page], seed=c.rng.randrange(10**6)))])
    f, l = c.person()
    mail = c.free(f, l, "btinternet.com")
    page = letter_page(c, "letter_job_offer", f, l)
    c.emit(("Sedbergh outreach", f"sedbergh.outreach@{INTERNAL}"), [mail], "Your job offer letter", "relay", "letters_up_to_10",
           T(contact=True, subjects=1, kinds=["letter_job_offer"]), F(letters=1, own_rcpt=[mail]), "job offer letter to the claimant it is addressed to",
           text=f"Congratulations {f}! The offer letter is attached - sign and bring it in.\n\nSedbergh", atts=[("offer_letter.pdf", "application/pdf", make_pdf([page], seed=c.rng.randrange(10**6)))])



# ==================================================================== SCENARIOS (batch 8): exemptions that hold, more traps
@sc
def s_cv_to_claimant_more(c):
    f, l = c.person()
    mail = c.free(f, l)
    CONSENT.append(mail)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Longtown")
    c.emit(("Longtown outreach", f"longtown.outreach@{INTERNAL}"), [(f"{f} {l}", mail)], "CV (PDF)", "relay", "cv_to_claimant",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "PDF CV to a consenting claimant, CRLF", crlf=True,
           text=f"Dear {f}\n\nAs requested, your CV as a PDF so it won't move about when you upload it.\n\nLongtown outreach\n{ORG}",
           atts=[(f"{f}_{l}_CV.pdf", "application/pdf", make_pdf([blocks_pdf(b)], seed=c.rng.randrange(10**6)))])
    f, l = c.person()
    mail = c.free(f, l)
    CONSENT.append(mail)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Northallerton")
    c.emit(("Northallerton office", f"northallerton.office@{INTERNAL}"), [mail], "cv.txt", "relay", "cv_to_claimant",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "plain-text CV attachment to a consenting claimant",
           html=html_wrap(f"Hi {f}\n\nYour CV as a plain text file - opens on any phone.\n\nNorthallerton"), logo=True,
           atts=[("cv.txt", "text/plain", blocks_text(b).encode())])


@sc
def s_cv_derived(c):
    nm, ad, first = c.staff()
    rows = [["First name", "Surname", "Key skills (from CV)", "Tickets", "Last role"]]
    for _ in range(6):
        rows.append([c.fk.first_name(), c.fk.last_name(), c.rng.choice(["Livestock, tractor", "Customer service, tills", "Cleaning, laundry", "Forklift, picking"]),
                     c.rng.choice(["CSCS", "FLT", "Food hygiene L2", "none"]), c.rng.choice(JOBS)])
    x = make_xlsx([("Shortlist", rows), ("Notes", [["Sheet built from the six CVs on file, one row per CV."]])])
    c.emit((nm, ad), [("Jane", f"jane@{EMP[7]}")], "Shortlist for the bakery roles", "relay", "cvs_up_to_10",
           T(subjects=6, kinds=["cv"]), F(cv_count=6), "six CV-derived data sets in an XLSX (para 21)", text="The shortlist pulled from their CVs.\n\n" + first,
           atts=[("shortlist.xlsx", XLSX_T, x)])
    nm, ad, first = c.staff()
    f, l = c.fk.first_name_male(), c.fk.last_name()
    b = cv_blocks(c, f, l, c.free(f, l), phone(c.rng, "m"), "Keswick")
    text = f"Hi Tom\n\n{f}'s CV attached for the groundsworker job. He's had a bad back on and off so can't do the heavy slabbing, but anything else is fine.\n\n{first}"
    c.emit((nm, ad), [("Tom", f"tom@{EMP[4]}")], "groundsworker CV", "encrypt", "encrypt_special_category",
           T(special=["health"], contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, extra=True), "one CV to an employer, but the covering note adds a health detail",
           text=text, atts=[(f"{f}_CV.docx", DOCX_T, make_docx(b))])
    nm, ad, first = c.staff()
    cvs = cv_set(c, 2)
    c.emit((nm, ad), [("Recruitment", f"recruitment@{EMP[5]}")], "Two CVs - care assistant", "encrypt", "encrypt_dwp_process",
           T(contact=True, subjects=2, kinds=["cv"]), F(cv_count=2), "two CVs to an employer with a DWP work coach in Cc", cc=[("Work coach", "penrith.workcoaches@dwp.gov.uk")],
           text="Two CVs for the care roles, work coach copied in for info.\n\n" + first,
           atts=[(f"{f}_{l}.docx", DOCX_T, make_docx(b)) for f, l, b in cvs])


@sc
def s_forms_more(c):
    nm, ad, first = c.staff()
    rows = app_form_rows(c, False)
    c.emit((nm, ad), [("Jobs", f"jobs@{EMP[6]}")], "Application - store assistant", "relay", "application_forms_up_to_10",
           T(subjects=1, kinds=["application_form"]), F(form_people=1), "one single application form laid out as a DOCX table (a form, not a list)",
           text="Form attached, age only as per your form.\n\n" + first, atts=[("application.docx", DOCX_T, make_docx([("h", "Application for employment"), ("t", rows)]))])
    nm, ad, first = c.staff()
    blocks = []
    for i in range(4):
        blocks += [("h", f"Application {i + 1}"), ("t", app_form_rows(c, False)), ("pb",)]
    for i in range(3):
        blocks += [("h", f"Couple application {i + 1}"), ("t", app_form_rows(c, True)), ("pb",)]
    c.emit((nm, ad), [("Fiona", f"fiona.gm@{EMP[2]}")], "Applications - summer season", "relay", "application_forms_up_to_10",
           T(subjects=10, kinds=["application_form", "application_form_couple"]), F(form_people=10), "four single + three couple forms = exactly 10 people",
           text="Seven forms, ten people in total.\n\n" + first + sig(c, nm, kind="short"), atts=[("summer_applications.docx", DOCX_T, make_docx(blocks))])
    nm, ad, first = c.staff()
    blocks = []
    for i in range(11):
        blocks += [("h", f"Application {i + 1}"), ("t", app_form_rows(c, False)), ("pb",)]
    c.emit((nm, ad), [("Recruitment", f"recruitment@{EMP[0]}")], "Applications (11)", "encrypt", "encrypt_over_limit",
           T(subjects=11, kinds=["application_form"]), F(form_people=11), "eleven single application forms in one DOCX",
           text="All eleven for the dairy open day.\n\n" + first, atts=[("applications.docx", DOCX_T, make_docx(blocks))])
    nm, ad, first = c.staff()
    rows = app_form_rows(c, True, with_nino=True)
    c.emit((nm, ad), [("Fiona", f"fiona.gm@{EMP[2]}")], "Couple application", "encrypt", "encrypt_nino",
           T(ninos=2, subjects=2, kinds=["application_form_couple"]), F(form_people=2), "a couple's form that carries both NINOs",
           text="The couple for the live-in post.\n\n" + first, atts=[("couple.docx", DOCX_T, make_docx([("h", "Couple application"), ("t", rows)]))])


@sc
def s_letters_more(c):
    nm, ad, first = c.staff()
    pages = [letter_page(c, "letter_job_offer", *c.person()) for _ in range(3)]
    c.emit((nm, ad), [("Post room", "post@bridgeway-support.org.uk")], "3 offer letters to post", "relay", "letters_up_to_10",
           T(contact=True, subjects=3, kinds=["letter_job_offer"]), F(letters=3), "three job offer letters as separate DOCX files",
           text="Three offer letters - could you post them first class today?\n\n" + first,
           atts=[(f"offer_{i + 1}.docx", DOCX_T, make_docx(p)) for i, p in enumerate(pages)])
    nm, ad, first = c.staff()
    pages = [letter_page(c, "letter_interview", *c.person()) for _ in range(5)]
    z = make_zip([(f"interview_letter_{i + 1}.pdf", make_pdf([p], seed=i + 40)) for i, p in enumerate(pages)])
    c.emit((nm, ad), [("Print room", "print@northstar-training.co.uk")], "interview letters zip", "relay", "letters_up_to_10",
           T(contact=True, subjects=5, kinds=["letter_interview"]), F(letters=5), "five interview letters inside a plain zip",
           text="5 interview letters for the Hawes jobs day, zipped.\n" + first, atts=[("letters.zip", "application/zip", z)])
    nm, ad, first = c.staff()
    f, l = c.person()
    page = letter_page(c, "letter_other", f, l)
    c.emit((nm, ad), [("Print room", "print@northstar-training.co.uk")], "one letter to print", "encrypt", "encrypt_letter_kind",
           T(contact=True, subjects=1, kinds=["letter_other"]), F(letters=1), "a single end-of-support letter: not an exempt letter kind",
           text="Just the one today.\n" + first, atts=[("letter.docx", DOCX_T, make_docx(page))])


@sc
def s_lists_more(c):
    nm, ad, first = c.staff()
    rows = [["SURNAME", "FORENAME", "INTERVIEW"]] + [[c.fk.last_name().upper(), c.fk.first_name(), f"{c.rng.randrange(1, 29):02d}/05 {c.rng.randrange(9, 16)}:00"] for _ in range(120)]
    c.emit((nm, ad), [("HR", f"hr@{EMP[1]}")], "interview slots (120)", "relay", "names_list_500",
           T(subjects=120, kinds=["name_list"]), F(list_rows=120, list_cols=["surname", "forename", "interview"]), "fixed-width text list of 120 names and interview slots",
           text="Slots for the driver assessment days attached as a text file (your system wanted fixed width).\n" + first,
           atts=[("slots.txt", "text/plain", fixed_width(rows, [20, 16, 12]))])
    nm, ad, first = c.staff()
    trs = "".join(f"<tr><td>{c.fk.first_name()} {c.fk.last_name()[0]}.</td><td>{c.rng.choice(['Mon', 'Tue', 'Wed'])} am</td></tr>" for _ in range(9))
    html = f"<html><body><p>Hi Jo - who's coming to the taster week:</p><table border=1><tr><th>Name</th><th>Session</th></tr>{trs}</table><p>{first}<br>Sent from my iPhone</p></body></html>"
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], "taster week", "relay", "names_list_500", T(subjects=9, kinds=["name_list"]),
           F(list_rows=9, list_cols=["forename", "initial", "session"]), "HTML table of 9 first names + initials and sessions", html=html)
    nm, ad, first = c.staff()
    ns = sorted({nino(c.rng) for _ in range(90)})
    c.emit((nm, ad), [("Northstar data", "data@northstar-training.co.uk")], "NINOs for the funding check", "relay", "nino_only_list",
           T(ninos=len(ns), subjects=len(ns), kinds=["nino_list"]), F(list_rows=len(ns), nino_only=True, list_cols=["nino"]),
           "CSV of NINOs only, spaced", text="NINOs only, as agreed.\n" + first, atts=[("ninos.csv", "text/csv", make_csv([["NINO"]] + [[x] for x in ns]))])
    nm, ad, first = c.staff()
    rows = [["Surname", "Initial", "NINO", "Course"]] + [[c.fk.last_name(), c.fk.first_name()[0], nino(c.rng), "CSCS"] for _ in range(22)]
    pdf = make_pdf([[("h", "CSCS course attendees"), ("t", rows)]], seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("JCP Carlisle", "carlisle.jcp@jobcentreplus.gsi.gov.uk")], "CSCS attendees for flexible support fund", "relay", "dwp_names_list",
           T(ninos=22, subjects=22, kinds=["name_list"]), F(list_rows=22, list_cols=["surname", "initial", "nino", "course"]), "PDF table list to DWP",
           text="List attached for the FSF claim.\n" + first, atts=[("cscs_attendees.pdf", "application/pdf", pdf)])
    nm, ad, first = c.staff()
    rows = [["PRaP ref", "Surname", "Forename", "UC award (monthly)"]] + [[f"WHP{c.rng.randrange(10**7, 10**8)}", c.fk.last_name(), c.fk.first_name(), f"£{c.rng.randrange(300, 900)}.{c.rng.randrange(10, 99)}"] for _ in range(35)]
    c.emit((nm, ad), [("PRaP team", "prap.reconciliation@dwp.gov.uk")], "Reconciliation Feb", "encrypt", "encrypt_list_forbidden_column",
           T(benefit=True, subjects=35, kinds=["name_list"]), F(list_rows=35, list_cols=["ref", "surname", "forename", "benefit_amount"]),
           "list to DWP with a UC award column", text="Feb reconciliation attached.\n" + first, atts=[("recon_feb.xlsx", XLSX_T, make_xlsx([("Feb", rows)]))])
    nm, ad, first = c.staff()
    rows = [["Name", "Email"]] + [[c.fk.name(), c.free(*c.person())] for _ in range(25)]
    c.emit((nm, ad), [("Events", f"events@{COLLEGE}")], "open day emails", "encrypt", "encrypt_list_forbidden_column",
           T(contact=True, subjects=25, kinds=["name_list"]), F(list_rows=25, list_cols=["name", "email"]), "names with personal e-mail addresses",
           text="So you can send the open day invites direct.\n" + first, atts=[("openday.csv", "text/csv", make_csv(rows))])



# ==================================================================== SCENARIOS (batch 9): final relays and rejects
@sc
def s_relay_traps_4(c):
    nm, ad, first = c.staff()
    start = dt.datetime(2025, 5, 6, 14, 0)
    desc = ("Justice pathway steering group\n1. MAPPA information-sharing protocol refresh\n2. Licence condition changes in the new probation model\n"
            "3. Employer breakfast outcomes (aggregate)\n4. AOB\nNo case discussion at this meeting - individual cases go to the secure panel.")
    body = ics_body(c, "Justice pathway steering group", start, 90, (nm, ad), [("PDU", f"partnerships@{PROBATION}"), ("Fellside", f"manager@{RECOVERY}")], desc, "Microsoft Teams Meeting")
    c.emit((nm, ad), [("PDU", f"partnerships@{PROBATION}"), ("Fellside", f"manager@{RECOVERY}")], "Justice pathway steering group", "relay", "no_claimant_data", EMPTY_T, F(),
           "Teams invite whose agenda is about MAPPA and licences in general", body_part=body, crlf=True)
    nm, ad, first = c.staff()
    text = f"Morning Jo, I'm off today with a migraine - could one of yours cover the Alston drop-in? Back tomorrow all being well.\n\n{first}\nSent from my iPhone"
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], "off today", "relay", "no_claimant_data", EMPTY_T, F(), "staff member's own illness", text=text)
    nm, ad, first = c.staff()
    html = ("<html><body><h3>New website enquiry - Contact us</h3><table><tr><td>Name</td><td>TEST TEST</td></tr><tr><td>Email</td><td>test@example.com</td></tr>"
            "<tr><td>Message</td><td>Testing the new form after the plugin update - please ignore</td></tr></table></body></html>")
    c.emit(("Website forms", f"webforms@{INTERNAL}"), [("Web agency", "support@fellweb-design.co.uk")], "Website enquiry: Contact us (TEST)", "relay", "no_claimant_data", EMPTY_T, F(),
           "test submission from the web form", html=html)
    nm, ad, first = c.staff()
    mins = ("Eden employment & skills partnership - notes\n\nPresent: FBEP, Fellside Recovery, North Fells PDU, Borderdales Housing, Eden & Solway College\n\n"
            f"1. Referrals: {c.rng.randrange(9, 16)} people on licence referred to FBEP this quarter; {c.rng.randrange(4, 9)} started work.\n"
            "2. Fellside reported waiting times for alcohol support are down to 3 weeks.\n3. Housing: 2 new move-on flats in Penrith.\n"
            "4. Next meeting: July, Penrith Town Hall.\n\nActions: FBEP to circulate employer breakfast dates.")
    c.emit((nm, ad), [("Partners", f"partnerships@{PROBATION}"), ("Partners", f"partnerships@{HOUSING}")], "Partnership notes - April", "relay", "no_claimant_data",
           EMPTY_T, F(), "partnership minutes with aggregate numbers only", text=mins, atts=[("notes_april.docx", DOCX_T, make_docx(mins.split("\n")))])
    text = ("Drug & alcohol awareness for employers\n\nFellside Recovery and Fells & Borders are running a free 90-minute session for managers: spotting the signs, "
            "having the conversation, and supporting someone in recovery back at work. Tuesday 13 May, 9.30am, Penrith Rugby Club.\n\nReply to book.")
    c.emit(("Employer team", f"employers@{INTERNAL}"), [("Employer team", f"employers@{INTERNAL}")], "Free session: drug & alcohol awareness at work", "relay", "no_claimant_data",
           EMPTY_T, F(), "training invitation to employers in Bcc", bcc=[f"manager@{d}" for d in EMP[3:8]], text=text, html=html_wrap(text), logo=True)
    nm, ad, first = c.staff()
    rows = [["Office", "Designated safeguarding lead", "Work mobile"]] + [[o, c.fk.name(), phone(c.rng, "m")] for o in OFFICES[:10]]
    c.emit((nm, ad), [("Safeguarding", "safeguarding@bridgeway-support.org.uk")], "DSL contacts 2025", "relay", "no_claimant_data", EMPTY_T, F(),
           "staff safeguarding leads with work mobiles", text="Updated DSL list.\n" + first, atts=[("DSL_contacts.xlsx", XLSX_T, make_xlsx([("DSLs", rows)]))])
    nm, ad, first = c.staff()
    text = (f"Hi Irene\n\nOur details for your supplier form: {ORG}, company no. 09412276, VAT GB 482 1177 09, charity no. SC051234 for the Scottish side. "
            f"Remittances to accounts@{INTERNAL}.\n\n{first}\nFinance")
    c.emit((nm, ad), [("Irene", f"purchasing@{EMP[3]}")], "Supplier set-up form", "relay", "no_claimant_data", EMPTY_T, F(),
           "company, VAT and charity numbers that look a little like identifiers", text=text)
    nm, ad, first = c.staff()
    text = (f"Hi Alan - can we move our call to 3? I've got the dentist at 2 (finally getting the crown sorted).\n\n{first}\nSent from my iPhone")
    c.emit((nm, ad), [("Alan", f"alan@{EMP[4]}")], "call", "relay", "no_claimant_data", EMPTY_T, F(), "staff member's own dental appointment", text=text)


@sc
def s_one_name_last(c):
    nm, ad, first = c.staff()
    f = c.fk.first_name_female()
    text = f"is {f} still ok for the 2pm trial tomorrow she's asking what to wear" + sig(c, nm, kind="voice")
    c.emit((nm, ad), [("Manager", f"manager@{EMP[7]}")], "2pm trial", "relay", "one_name", T(subjects=1), F(name_only=True),
           "first name only and a trial time, voice-to-text", text=text)
    nm, ad, first = c.staff()
    f, l = c.person()
    text = f"Hi Jo\n\nCan you put {f} {l} on Wednesday's manual handling? Referral status: accepted on our side this morning.\n\n{first}"
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], "manual handling Weds", "relay", "one_name", T(subjects=1), F(name_only=True),
           "one name plus a course booking and referral status", text=text, html=html_wrap(text))


@sc
def s_process_last(c):
    f, l = c.person()
    d = make_docx(process_doc(c, "whp_eb_customer_form", f, l, nino(c.rng)))
    c.emit(("WHP data exchange", PROV_INBOX), [("WHP provider inbox", DWP_INBOX)], "WHP EB Customer Form - 1 record", "relay", "dwp_c15_process",
           T(ninos=1, subjects=1, kinds=["whp_eb_customer_form"]), F(records=1), "one EB customer form, designated inboxes",
           text="EB customer form attached (one participant).", atts=[("EB_form.docx", DOCX_T, d)])
    nm, ad, first = c.staff()
    f, l = c.person()
    rows = process_doc(c, "ucnea1", f, l, nino(c.rng))
    pdf = make_pdf([[rows[0]] + [rows[1]]], seed=c.rng.randrange(10**6))
    c.emit((nm, ad), [("Richmond JCP", "richmond.jcp@jobcentreplus.gov.uk")], "UCNEA1", "relay", "dwp_ucnea1_gns",
           T(ninos=1, subjects=1, kinds=["ucnea1"]), F(records=1), "one UCNEA1 as a PDF table from a phone", text="UCNEA1 attached\n\nSent from my iPhone",
           atts=[("UCNEA1.pdf", "application/pdf", pdf)])
    nm, ad, first = c.staff()
    f, l = c.person()
    n_ = nino(c.rng)
    fwd = (f"Over to you for the Hawes caseload.\n\n{first}\n\n---------- Forwarded message ---------\nFrom: WHP provider inbox <{DWP_INBOX}>\n"
           f"Date: {when(c)}\nSubject: WHP referral - {l}\nTo: <{PROV_INBOX}>\n\nName: {f} {l}\nNINO: {n_}\nJobcentre: Northallerton\n"
           "Notes: lives with anxiety, prefers phone contact in the afternoons")
    c.emit((nm, ad), [("Bridgeway intake", "intake@bridgeway-support.org.uk")], "Fwd: WHP referral", "relay", "forward_subcontractor",
           T(ninos=1, special=["mental_health"], subjects=1), F(records=1, fwd_record=True), "one DWP record forwarded inline (Gmail-style) to a subcontractor", text=fwd)


@sc
def s_exempt_last(c):
    nm, ad, first = c.staff()
    cvs = cv_set(c, 10)
    files = []
    for i, (f, l, b) in enumerate(cvs):
        files.append((f"{f}_{l}.docx", make_docx(b)) if i % 2 else (f"{f}_{l}.pdf", make_pdf([blocks_pdf(b)], seed=i + 7)))
    c.emit((nm, ad), [("Agency", "bookings@edenvale-recruitment.co.uk")], "10 CVs for the agency", "relay", "cvs_up_to_10",
           T(contact=True, subjects=10, kinds=["cv"]), F(cv_count=10), "ten CVs (mixed PDF/DOCX) in a zip", text="Ten CVs as discussed.\n" + first,
           atts=[("cvs_10.zip", "application/zip", make_zip(files))])
    nm, ad, first = c.staff()
    f, l = c.person()
    paras = ["LUNEDALE BAKERY - APPLICATION FORM", f"Name: {f} {l}", f"Age: {c.rng.randrange(18, 60)}", "Position: Production operative (nights)",
             "Experience: 2 years in a sandwich factory", f"Referee: {c.fk.name()}, shift manager"]
    c.emit((nm, ad), [("Bakery office", f"office@{EMP[7]}")], "Application form", "relay", "application_forms_up_to_10",
           T(subjects=1, kinds=["application_form"]), F(form_people=1), "ODT form with age only; referee named", text="Completed form attached.\n" + first,
           atts=[("application.odt", "application/vnd.oasis.opendocument.text", make_odt(paras))])
    nm, ad, first = c.staff()
    rows = [["Surname", "Forename", "Ref", "Session"]] + [[c.fk.last_name(), c.fk.first_name(), f"FB{c.rng.randrange(10**5, 10**6)}", "Jobs fair"] for _ in range(499)]
    agg = [["Office", "Count"]] + [[o, c.rng.randrange(20, 60)] for o in OFFICES]
    x = make_xlsx([("Invites", rows), ("Pivot", agg)], hidden_sheets=("Pivot",))
    c.emit((nm, ad), [("Events", f"events@{COLLEGE}")], "Jobs fair invites (499)", "relay", "names_list_500", T(subjects=499, kinds=["name_list"]),
           F(list_rows=499, list_cols=["surname", "forename", "ref", "session"]), "499 names plus a hidden aggregate pivot sheet",
           text="Trimmed list - 499 now.\n" + first, atts=[("invites_499.xlsx", XLSX_T, x)])


@sc
def s_reject_last(c):
    nm, ad, first = c.staff()
    x = make_xlsx([("Sheet1", [["a", "b"], [1, 2]])])
    c.emit((nm, ad), [("Payroll", f"payroll@{EMP[6]}")], "hours", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "truncated XLSX", text="hours attached\n" + first, atts=[("hours.xlsx", XLSX_T, x[: len(x) - 300])])
    nm, ad, first = c.staff()
    c.emit((nm, ad), [("Recruitment", f"recruitment@{EMP[2]}")], "CV", "reject", "reject_uninspectable", EMPTY_T, F(opaque="corrupt"),
           "a .pdf that is only a PDF header followed by garbage", text="CV attached.\n" + first,
           atts=[("CV.pdf", "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.randrange(256) for _ in range(4000)))])
    f, l = c.person()
    mail = c.free(f, l)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Appleby")
    c.emit(("Appleby outreach", f"appleby.outreach@{INTERNAL}"), [mail, ("Recruitment", f"recruitment@{EMP[0]}")], f"CV - {f} {l}", "reject", "reject_cv_no_consent",
           T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]), "CV to an employer with the unconsented claimant also in To",
           text=f"Hi both - {f}, I've copied you in so you've got it too.\n\nAppleby", atts=[("CV.pdf", "application/pdf", make_pdf([blocks_pdf(b)], seed=c.rng.randrange(10**6)))])
    f, l = c.person()
    mail = c.free(f, l, "btinternet.com")
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Hawes", two_col=True)
    c.emit(("Hawes team", f"hawes.outreach@{INTERNAL}"), [mail], "Your CV", "reject", "reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]),
           F(cv_count=1, own_rcpt=[mail]), "HTML-only mail with the CV as a table, to an unconsented claimant",
           html="<html><body><p>Hi " + f + ", your CV below.</p><pre>" + blocks_text(b) + "</pre><p>Hawes team</p></body></html>")
    f, l = c.person()
    mail = c.free(f, l)
    b = cv_blocks(c, f, l, mail, phone(c.rng, "m"), "Whitby")
    text = f"here u go {f}\n\nSent from my iPhone"
    nm, ad, first = c.staff()
    c.emit((nm, ad), [mail], "Fwd: CV", "reject", "reject_cv_no_consent", T(contact=True, subjects=1, kinds=["cv"]), F(cv_count=1, own_rcpt=[mail]),
           "CV sent from an adviser's phone to the claimant; no consent", text=text, atts=[("CV (2).docx", DOCX_T, make_docx(b))])


@sc
def s_encrypt_last(c):
    nm, ad, first = c.staff()
    f, l = c.person()
    n_ = nino(c.rng)
    c.emit(("FellTrack", f"noreply-felltrack@{INTERNAL}"), [("Intake", "intake@bridgeway-support.org.uk")], "Referral transferred", "encrypt", "encrypt_nino",
           T(ninos=1, subjects=1), F(), "NINO in a Comments header of a CRM transfer notice",
           text=f"FellTrack\n\nReferral for {f} {l} has been transferred to your organisation.\nOpen it in FellTrack to see the details.",
           headers={"Comments": f"Transferred record; participant NINO {n_}", "Keywords": "WHP, transfer"})
    nm, ad, first = c.staff()
    f, l = c.person()
    addr = f"{c.rng.randrange(1, 90)} {c.fk.street_name()}, Alston {postcode(c.rng)}"
    body = ics_body(c, f"Home visit - {f}", dt.datetime(2025, 4, 22, 10, 0), 60, (nm, ad), [("Jo", "jo.p@northstar-training.co.uk")],
                    f"Joint home visit with {f} {l}.", addr)
    c.emit((nm, ad), [("Jo", "jo.p@northstar-training.co.uk")], f"Home visit - {f}", "encrypt", "encrypt_beyond_name", T(contact=True, subjects=1), F(),
           "the claimant's home address only in an invite's LOCATION", body_part=body)
    nm, ad, first = c.staff()
    f, l = c.person()
    text = (f"hi Carol the lady I mentioned {f} {l} her housing benefit stopped when she moved and she's £{c.rng.randrange(200, 600)} in arrears can your team help" + sig(c, nm, kind="voice"))
    c.emit((nm, ad), [("Carol", f"carol.ts@{HOUSING}")], "housing benefit", "encrypt", "encrypt_benefit_children", T(benefit=True, subjects=1), F(),
           "Housing Benefit stopped and arrears amount, voice-to-text", text=text)


# ==== MAIN ====
if __name__ == "__main__":
    if "--check" not in sys.argv:
        write_all()
    selfcheck()

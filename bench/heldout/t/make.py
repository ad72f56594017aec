#!/usr/bin/env python3
"""Held-out set T generator: outbound mail from a Birmingham / Black Country third-sector
consortium lead (Tame Valley Works Consortium) running Restart and WHP subcontracts on
Microsoft 365 (Outlook desktop / OWA, Teams invites, SharePoint and Power Automate notices,
Salesforce-style CSV exports, WhatsApp exports, interpreters and community venues).

Deterministic: every scenario reseeds random and Faker from its own name; fixed Date headers,
Message-IDs and MIME boundaries; normalised zip / OOXML metadata.
  python make.py          writes mail/, labels.jsonl, consent.txt, self-checks, rebuilds and compares
  python make.py --check  self-check of the files on disk + byte-identical fresh build
"""
import csv, datetime, hashlib, io, json, os, random, re, shutil, struct, sys, zipfile, zlib, copy
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from faker import Faker
from fpdf import FPDF
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
PFX = "ht"
R = random.Random(1)
fake = Faker("en_GB")
FIXED_DT = datetime.datetime(2026, 12, 1, 9, 0, 0)

INT = "provider.example.org.uk"
DWP_INBOX = "whp.provider-inbox@dwp.gov.uk"
PROV_INBOX = "whp.dataexchange@" + INT
NORTHSTAR = "northstar-training.co.uk"
BRIDGEWAY = "bridgeway-support.org.uk"
SUPPLY = {NORTHSTAR, BRIDGEWAY}
DWP_DOMAINS = {"dwp.gov.uk", "dwp.gsi.gov.uk", "jobcentreplus.gov.uk", "jobcentreplus.gsi.gov.uk"}
CLAIMANT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]
ORG = "Tame Valley Works Consortium"


def seed_for(name):
    s = int(hashlib.sha256(("set-t:" + name).encode()).hexdigest()[:12], 16)
    R.seed(s)
    fake.seed_instance(s)
    random.seed(s)


# ---------------------------------------------------------------- identifiers
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
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


def nlow(n):
    return nsp(n).lower()


def nhy(n):
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mob():
    return "07700 900%03d" % R.randint(0, 999)


def land():
    return "01632 960%03d" % R.randint(0, 999)


AREAS = [("B", (6, 36), "Birmingham"), ("WS", (1, 10), "Walsall"), ("WV", (1, 14), "Wolverhampton"),
         ("DY", (1, 9), "Dudley"), ("B", (64, 71), "Smethwick"), ("DY", (4, 4), "Tipton"), ("B", (62, 63), "Halesowen")]
STREETS = ["Soho Road", "Ladypool Road", "Stratford Road", "Dudley Road", "Lichfield Road", "Coventry Road",
           "Cape Hill", "Bearwood Road", "Caldmore Green", "Pleck Road", "Owen Street", "Lye High Street",
           "Park Lane", "Victoria Road", "Church Street", "Moat Road", "Whitmore Street", "Alum Rock Road"]


def address():
    a, (lo, hi), town = R.choice(AREAS)
    pc = "%s%d %d%s" % (a, R.randint(lo, hi), R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    return "%d %s" % (R.randint(2, 180), R.choice(STREETS)), town, pc


def iban():
    bank = R.choice(["TVBK", "MDLX", "BCNT", "RDGB"])
    sc = "%06d" % R.randint(100000, 999999)
    acct = "%08d" % R.randint(10000000, 99999999)
    bban = bank + sc + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    ck = 98 - int(num) % 97
    return "GB%02d%s" % (ck, bban)


def iban_valid(s):
    s = s.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def luhn_card(prefix="4929"):
    d = [int(x) for x in prefix] + [R.randint(0, 9) for _ in range(15 - len(prefix))]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    d.append((10 - tot % 10) % 10)
    s = "".join(map(str, d))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(s):
    d = [int(x) for x in s if x.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def sortcode():
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
       "twenty-sixth", "twenty-seventh", "twenty-eighth"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen"]

# hand-made names from many backgrounds (first, last, sex)
HAND = [("Mohammed", "Iqbal", "m"), ("Harpreet", "Kaur", "f"), ("Sukhjinder", "Gill", "m"), ("Nasima", "Begum", "f"),
        ("Tariq", "Mahmood", "m"), ("Shabana", "Hussain", "f"), ("Rajinder", "Bains", "m"), ("Amandeep", "Sandhu", "f"),
        ("Imran", "Chaudhry", "m"), ("Rukhsana", "Bibi", "f"), ("Kuldip", "Johal", "m"), ("Farzana", "Akhtar", "f"),
        ("Abdirahman", "Warsame", "m"), ("Hodan", "Farah", "f"), ("Faduma", "Abdi", "f"), ("Mustafe", "Jama", "m"),
        ("Ayaan", "Mohamed", "f"), ("Abdullahi", "Nur", "m"), ("Agnieszka", "Wójcik", "f"), ("Piotr", "Wiśniewski", "m"),
        ("Katarzyna", "Lewandowska", "f"), ("Tomasz", "Zieliński", "m"), ("Marta", "Kamińska", "f"),
        ("Ionuț", "Popescu", "m"), ("Andreea", "Ionescu", "f"), ("Florica", "Stan", "f"), ("Mihai", "Constantin", "m"),
        ("Delroy", "Campbell", "m"), ("Marcia", "Thompson", "f"), ("Winston", "Clarke", "m"), ("Janelle", "Grant", "f"),
        ("Leroy", "Francis", "m"), ("Siobhán", "Doyle", "f"), ("Ciarán", "Murphy", "m"), ("Declan", "Byrne", "m"),
        ("Kwame", "Mensah", "m"), ("Blessing", "Okafor", "f"), ("Chinedu", "Eze", "m"), ("Tesfaye", "Haile", "m"),
        ("Senait", "Tesfay", "f"), ("Thi Lan", "Nguyen", "f"), ("Dilan", "Ahmed", "m"), ("Rawan", "Aziz", "f"),
        ("Parminder", "Dhillon", "f"), ("Baljit", "Sahota", "m"), ("Zainab", "Rashid", "f"), ("Bilal", "Qureshi", "m"),
        ("Kerry-Ann", "Walker", "f"), ("Jordan", "Whitehouse", "m"), ("Stacey", "Bennett", "f"), ("Craig", "Hadley", "m")]


class Person:
    def __init__(self, hand=None, domain=None):
        if hand is None:
            hand = R.random() < 0.65
        if hand:
            self.first, self.last, self.sex = R.choice(HAND)
        else:
            self.sex = R.choice("mf")
            self.first = fake.first_name_male() if self.sex == "m" else fake.first_name_female()
            self.last = fake.last_name()
        self.name = "%s %s" % (self.first, self.last)
        base = re.sub(r"[^a-z]", "", ascii_(self.first).lower()), re.sub(r"[^a-z]", "", ascii_(self.last).lower())
        pat = R.choice(["{f}.{l}{n}", "{f}{l}{n}", "{fi}{l}{n}", "{l}.{f}", "{f}_{l}{n}"])
        self.email = pat.format(f=base[0], l=base[1], fi=base[0][:1], n=R.randint(1, 99)) + "@" + (domain or R.choice(CLAIMANT_DOMAINS))
        self.nino = nino()
        self.dob = datetime.date(R.randint(1962, 2003), R.randint(1, 12), R.randint(1, 28))
        self.age = 2026 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (12, 1) else 0)
        self.street, self.town, self.pc = address()
        self.phone = mob()
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "m" else ("she", "her", "her")
        self.title = "Mr" if self.sex == "m" else R.choice(["Ms", "Mrs", "Miss"])
        self.ref = "TVW-%06d" % R.randint(100000, 999999)


def ascii_(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def dob_words(d):
    return "the %s of %s %d" % (ORD[d.day], MONTHS[d.month - 1], d.year)


def dob_uk(d):
    return d.strftime("%d/%m/%Y")


CONSENT = []


def claimant(consent=False, hand=None, domain=None):
    p = Person(hand, domain)
    if consent:
        CONSENT.append(p.email)
    return p


# ---------------------------------------------------------------- people of the world
class Who:
    def __init__(self, first, last, role, org, email, phone=None):
        self.first, self.last, self.role, self.org, self.email = first, last, role, org, email
        self.name = ("%s %s" % (first, last)).strip()
        self.phone = phone


def st(first, last, role, local, phone):
    return Who(first, last, role, ORG, local + "@" + INT, phone)


STAFF = {
    "nasreen": st("Nasreen", "Akhtar", "Consortium Delivery Lead", "nasreen.akhtar", "07700 900114"),
    "gurpreet": st("Gurpreet", "Sandhu", "Restart Employment Coach", "gurpreet.sandhu", "07700 900271"),
    "kasia": st("Kasia", "Nowicka", "WHP Keyworker", "kasia.nowicka", "07700 900338"),
    "abdi": st("Abdi", "Hassan", "Community Outreach Coordinator", "abdi.hassan", "07700 900402"),
    "denise": st("Denise", "Campbell", "Employer Engagement Manager", "denise.campbell", "07700 900517"),
    "liam": st("Liam", "O'Reilly", "Data & MI Officer", "liam.oreilly", "01632 960118"),
    "bushra": st("Bushra", "Malik", "Quality & Compliance Officer", "bushra.malik", "01632 960122"),
    "tom": st("Tom", "Whitehouse", "Finance Officer", "tom.whitehouse", "01632 960131"),
    "sharon": st("Sharon", "Pritchard", "Restart Team Leader", "sharon.pritchard", "07700 900622"),
    "ravi": st("Ravi", "Sohal", "WHP Employment Specialist", "ravi.sohal", "07700 900689"),
}
SHARED = {
    "participants": Who("", "", "Participant Services", ORG, "participants@" + INT),
    "restart": Who("", "", "Restart Team", ORG, "restart.team@" + INT),
    "whp": Who("", "", "WHP Team", ORG, "whp.team@" + INT),
    "dx": Who("", "", "WHP Data Exchange", ORG, PROV_INBOX),
    "comms": Who("", "", "Comms & Partnerships", ORG, "comms@" + INT),
}
SHARED["participants"].name = "TVWC Participant Services"
SHARED["restart"].name = "TVWC Restart Team"
SHARED["whp"].name = "TVWC WHP Team"
SHARED["dx"].name = "WHP Data Exchange"
SHARED["comms"].name = "TVWC Comms"

EMP = {
    "acme": Who("Steve", "Bird", "Warehouse Manager", "Acme Logistics (Oldbury DC)", "steve.bird@acme-logistics.co.uk"),
    "acmehr": Who("Joanne", "Pearce", "HR Advisor", "Acme Logistics", "recruitment@acme-logistics.co.uk"),
    "green": Who("Paula", "Riley", "Registered Manager", "Greenfield Care (Wednesbury)", "paula.riley@greenfield-care.com"),
    "city": Who("Danny", "Hale", "Site Manager", "CityBuild Ltd", "d.hale@citybuild-ltd.co.uk"),
    "harbour": Who("Maria", "Santos", "HR Coordinator", "Harbourview Hotels Birmingham", "maria.santos@harbourview-hotels.co.uk"),
    "bright": Who("Priya", "Mistry", "Store Manager", "Brightside Retail (Merry Hill)", "priya.mistry@brightside-retail.co.uk"),
    "brighthr": Who("Gareth", "Lowe", "People Team", "Brightside Retail", "people@brightside-retail.co.uk"),
}
NS = {"jas": Who("Jas", "Bhogal", "Course Coordinator", "Northstar Training", "jas.bhogal@" + NORTHSTAR),
      "data": Who("Emma", "Rowley", "Data & Claims Officer", "Northstar Training", "emma.rowley@" + NORTHSTAR)}
BW = {"marek": Who("Marek", "Lewandowski", "Support Worker", "Bridgeway Support", "marek.lewandowski@" + BRIDGEWAY),
      "claire": Who("Claire", "Astley", "Service Manager", "Bridgeway Support", "claire.astley@" + BRIDGEWAY),
      "secure": Who("", "", "Bridgeway secure", "Bridgeway Support", "secure@" + BRIDGEWAY)}
DWP = {"sharonp": Who("Sharon", "Price", "Work Coach", "Wolverhampton Jobcentre", "sharon.price@dwp.gov.uk"),
       "imtiaz": Who("Imtiaz", "Ali", "Work Coach", "Sparkhill Jobcentre", "imtiaz.ali@jobcentreplus.gov.uk"),
       "karen": Who("Karen", "Bates", "Partnership Manager", "DWP Birmingham & Solihull", "karen.bates@dwp.gsi.gov.uk"),
       "pm": Who("Neil", "Forrester", "Contract Performance Manager", "DWP Provider Assurance", "neil.forrester@dwp.gov.uk"),
       "wc2": Who("Lorraine", "Dyer", "Work Coach", "Walsall Jobcentre", "lorraine.dyer@jobcentreplus.gsi.gov.uk"),
       "inbox": Who("", "", "WHP provider inbox", "DWP", DWP_INBOX)}
OTHER = {
    "langlink": Who("Bookings", "Team", "Interpreter bookings", "LangLink Interpreting", "bookings@langlink-interpreting.co.uk"),
    "wordbridge": Who("Ola", "Mazur", "Project Manager", "WordBridge Translations", "ola@wordbridge-translations.co.uk"),
    "masjid": Who("Yusuf", "Patel", "Centre Manager", "Alum Rock Community Centre (masjid annexe)", "office@alumrock-masjid-centre.org.uk"),
    "gurdwara": Who("Manjit", "Virdi", "Hall Secretary", "Smethwick Gurdwara Community Hall", "hall@smethwick-gurdwara-hall.org.uk"),
    "church": Who("Rev. Anne", "Holloway", "Vicar", "St Barnabas Quinton", "office@st-barnabas-quinton.org.uk"),
    "housing": Who("Lisa", "Harper", "Tenancy Sustainment Officer", "Black Country Homes", "lisa.harper@blackcountry-homes.org.uk"),
    "hub": Who("Olu", "Adeyemi", "Business Adviser", "Enterprise Hub", "olu.adeyemi@enterprise-hub.co.uk"),
    "college": Who("Helen", "Marsh", "ESOL Curriculum Lead", "Dudley Adult Learning", "h.marsh@dudley-adult-learning.ac.uk"),
    "cscs": Who("Support", "", "Test bookings", "SiteCard Test Centres", "bookings@sitecard-tests.co.uk"),
    "prime": Who("Rebecca", "Lyons", "Supply Chain Manager", "Midlands Works Prime", "rebecca.lyons@midlands-works-prime.co.uk"),
    "funder": Who("Hamid", "Rahman", "Grants Officer", "Black Country Community Foundation", "h.rahman@bc-community-foundation.org.uk"),
    "ohs": Who("Claims", "", "Staff pension admin", "Westmid Pensions", "members@westmid-pensions.co.uk"),
    "venue": Who("Events", "", "Events team", "The Ikon Rooms", "events@ikon-rooms.co.uk"),
}

DISCLAIMER = ("This email and any attachments are confidential and intended only for the named recipient(s). They may "
              "contain personal data, including special category data such as information about health, ethnicity, "
              "religion, sexual orientation or criminal convictions, and must be handled in line with UK GDPR. If you "
              "have received this email in error please tell the sender and delete it. Tame Valley Works Consortium is a "
              "charitable incorporated organisation, registered charity no. 1198734.")
CLASS = "Classification: OFFICIAL"


def sig(s, kind="full"):
    if kind == "none":
        return ""
    if kind == "short":
        return "\n\n%s\n%s | %s\n" % (s.first or s.name, s.role, ORG)
    lines = ["", "", "Kind regards" if kind == "full" else "Thanks", "", s.name or s.role, "%s | %s" % (s.role, ORG),
             "Unity House, 21 Cheapside Row, Digbeth, Birmingham B5 6QX"]
    if s.phone:
        lines.append(("M: " if s.phone.startswith("077") else "T: ") + s.phone)
    lines += ["Working days Mon-Thu" if s.first in ("Kasia", "Bushra") else "", "",
              CLASS, "", DISCLAIMER, ""]
    return "\n".join(lines)


def ext_sig(c):
    return "\n%s\n%s\n%s\n" % (c.name, c.role, c.org)


BANNER = ("[EXTERNAL] This email originated from outside of the organisation. Do not click links or open attachments "
          "unless you recognise the sender and know the content is safe.")


def sent(day, h=9, m=14):
    d = datetime.date(2026, 12, day) if day > 0 else datetime.date(2026, 11, 30 + day)
    return "%s %d %s %d %02d:%02d" % (d.strftime("%A"), d.day, MONTHS[d.month - 1], d.year, h, m)


def quote(frm, to, subject, body, day=-3, cc=None, external=True, h=10, m=2):
    fn, fa = addr(frm)
    ta = to if isinstance(to, str) else "; ".join("%s <%s>" % (x.name, x.email) for x in to)
    lines = ["", "________________________________", "From: %s <%s>" % (fn, fa), "Sent: %s" % sent(day, h, m),
             "To: %s" % ta]
    if cc:
        lines.append("Cc: %s" % cc)
    lines += ["Subject: %s" % subject, ""]
    if external:
        lines += [BANNER, ""]
    return "\n".join(lines) + body.strip("\n") + "\n"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, owa=False):
    """Outlook desktop (WordSection1/MsoNormal) or OWA (divs) HTML from plain text with quoted blocks."""
    out = []
    for para in text.split("\n\n"):
        if para.startswith("________________________________"):
            para = para.split("\n", 1)[1] if "\n" in para else ""
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            for ln in para.split("\n"):
                if ":" in ln:
                    k, v = ln.split(":", 1)
                    out.append('<p class="MsoNormal"><b>%s:</b>%s</p>' % (esc(k), esc(v)))
                else:
                    out.append('<p class="MsoNormal">%s</p>' % esc(ln))
            out.append("</div>")
            continue
        if para.startswith("[EXTERNAL]"):
            out.append('<table style="background:#FFEB9C;border:1px solid #9C6500"><tr><td><p class="MsoNormal"><b>%s</b></p></td></tr></table>' % esc(para))
            continue
        inner = "<br>\n".join(esc(l) for l in para.split("\n"))
        if para.startswith(CLASS):
            out.append('<p class="MsoNormal" style="color:#317100;font-size:8pt">%s</p>' % inner)
        elif para.startswith("This email and any attachments"):
            out.append('<p class="MsoNormal" style="font-size:7.5pt;color:gray">%s</p>' % inner)
        elif owa:
            out.append('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div><div><br></div>' % inner)
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % inner)
    if owa:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n%s\n</body></html>\n'
                % "\n".join(out))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n%s\n</div></body></html>\n' % "\n".join(out))


def html_table(header, rows):
    h = "".join('<td style="border:solid #A6A6A6 1.0pt;padding:0 5.4pt"><p class="MsoNormal"><b>%s</b></p></td>' % esc(str(x)) for x in header)
    b = "".join("<tr>" + "".join('<td style="border:solid #A6A6A6 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td>' % esc(str(x)) for x in r) + "</tr>" for r in rows)
    return '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>%s</tr>%s</table>' % (h, b)


def text_table(header, rows):
    cols = list(zip(*([header] + [list(map(str, r)) for r in rows])))
    w = [max(len(str(x)) for x in c) + 2 for c in cols]
    fmt = lambda r: "".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()
    return "\n".join([fmt(header)] + [fmt(r) for r in rows])


# ---------------------------------------------------------------- documents
def latin1(t):
    out = []
    for ch in t:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                        "\u2022": "-", "\u2026": "..."}.get(ch, ascii_(ch) or "?"))
    return "".join(out)


class PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=7)
        self.cell(0, 5, latin1("%s - OFFICIAL - Page %d" % (ORG, self.page_no())), align="C")


def pdf_bytes(title, pages, password=None, creator="Microsoft Word for Microsoft 365"):
    p = PDF()
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.set_title(latin1(title))
    p.set_creator(creator)
    p.set_producer("Microsoft: Print To PDF")
    p.set_auto_page_break(True, 15)
    for blocks in pages:
        p.add_page()
        for b in blocks:
            k = b[0]
            if k == "h":
                p.set_font("Helvetica", "B", 14)
                p.multi_cell(0, 8, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
                p.ln(1)
            elif k == "h2":
                p.set_font("Helvetica", "B", 11)
                p.multi_cell(0, 6, latin1(b[1]), new_x="LMARGIN", new_y="NEXT")
            elif k in ("p", "tr"):
                p.set_font("Helvetica", size=10)
                txt = b[1] if k == "p" else "".join(x for kk, x in b[1] if kk != "del")
                p.multi_cell(0, 5, latin1(txt), new_x="LMARGIN", new_y="NEXT")
                p.ln(1)
            elif k == "kv":
                p.set_font("Helvetica", size=10)
                for kk, vv in b[1]:
                    p.set_font("Helvetica", "B", 10)
                    p.cell(60, 6, latin1(kk))
                    p.set_font("Helvetica", size=10)
                    p.multi_cell(0, 6, latin1(str(vv)), new_x="LMARGIN", new_y="NEXT")
                p.ln(2)
            elif k == "table":
                header, rows = b[1], b[2]
                w = 190 / len(header)
                p.set_font("Helvetica", "B", 8)
                for hh in header:
                    p.cell(w, 6, latin1(str(hh))[:30], border=1)
                p.ln()
                p.set_font("Helvetica", size=8)
                for r in rows:
                    for x in r:
                        p.cell(w, 5, latin1(str(x))[:34], border=1)
                    p.ln()
                p.ln(2)
    if password:
        p.set_encryption(owner_password="own-" + password, user_password=password)
    return bytes(p.output())


FIXED_ZIP_DT = (2026, 12, 1, 9, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>2026-12-01T09:00:00Z\3", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


_rev = [0]


def _tracked_para(d, segs, author):
    p = d.add_paragraph()
    for kind, text in segs:
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        if kind == "t":
            p._p.append(r)
        else:
            _rev[0] += 1
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), str(_rev[0]))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), "2026-11-27T10:%02d:00Z" % (_rev[0] % 60))
            w.append(r)
            p._p.append(w)


def docx_bytes(title, blocks, author="Tame Valley Works Consortium"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
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
        elif k == "tr":
            _tracked_para(d, b[1], b[2] if len(b) > 2 else author)
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
            for i, hh in enumerate(header):
                t.rows[0].cells[i].text = str(hh)
            for r in rows:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    cells[i].text = str(x)
            d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    return normalize_zip(bio.getvalue())


def xlsx_bytes(sheets):
    wb = openpyxl.Workbook()
    wb.properties.creator = ORG
    wb.properties.lastModifiedBy = ORG
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    for i, (title, header, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        if header:
            ws.append(header)
        for r in rows:
            ws.append(list(r))
    bio = io.BytesIO()
    wb.save(bio)
    return normalize_zip(bio.getvalue())


def csv_bytes(header, rows, delim=",", quote_all=False, bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
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


_CRC = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _zc(data, password):
    k = [0x12345678, 0x23456789, 0x34567890]

    def upd(b):
        k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]

    for b in password:
        upd(b)
    out = bytearray()
    for b in data:
        t = (k[2] | 2) & 0xFFFF
        out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        upd(b)
    return bytes(out)


def zipcrypto_bytes(files, password):
    pw = password.encode()
    out = io.BytesIO()
    central = []
    dostime, dosdate = (9 << 11), ((2026 - 1980) << 9) | (12 << 5) | 1
    for name, blob in files:
        crc = zlib.crc32(blob) & 0xFFFFFFFF
        enc = _zc(bytes(R.randint(0, 255) for _ in range(11)) + bytes([crc >> 24]) + blob, pw)
        off = out.tell()
        fn = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(blob), len(fn), 0))
        out.write(fn + enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(blob), len(fn), 0, 0, 0, 0, 0o600 << 16, off) + fn)
    cd = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def scan_image(seed, w=1240, h=1754, fmt="JPEG"):
    rr = random.Random(seed)
    img = Image.new("L", (w, h), 236)
    dr = ImageDraw.Draw(img)
    dr.rectangle([100, 60, 720, 98], fill=60)
    y = 140
    while y < h - 160:
        x = 100
        while x < w - 120:
            ww = rr.randint(18, 110)
            dr.rectangle([x, y, min(x + ww, w - 100), y + 13], fill=rr.randint(35, 110))
            x += ww + rr.randint(8, 18)
        y += rr.choice([27, 27, 27, 54])
    dr.line([700, h - 210, 1010, h - 175], fill=25, width=4)
    img = img.rotate(0.9, fillcolor=236).filter(ImageFilter.GaussianBlur(0.7))
    for _ in range(2500):
        img.putpixel((rr.randrange(w), rr.randrange(h)), rr.randint(0, 255))
    bio = io.BytesIO()
    img.save(bio, fmt, quality=68) if fmt == "JPEG" else img.save(bio, fmt)
    return bio.getvalue()


def scan_pdf(seed, pages=1):
    p = FPDF()
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.set_creator("Canon iR-ADV C5535 scan")
    for i in range(pages):
        p.add_page()
        p.image(io.BytesIO(scan_image(seed + i)), x=0, y=0, w=210, h=297)
    return bytes(p.output())


def ics(summary, start, minutes, organizer, attendees, description, location="Microsoft Teams Meeting", uid=None):
    """start: (day, hour, minute) in December 2026, Europe/London (= UTC in winter)"""
    d, hh, mm = start
    s = datetime.datetime(2026, 12, d, hh, mm)
    e = s + datetime.timedelta(minutes=minutes)
    f = lambda x: x.strftime("%Y%m%dT%H%M%SZ")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (a[0], a[1]))
    lines += ["DESCRIPTION;LANGUAGE=en-GB:" + desc, "UID:" + (uid or hashlib.md5(summary.encode()).hexdigest().upper()),
              "SUMMARY;LANGUAGE=en-GB:" + summary, "DTSTART:" + f(s), "DTEND:" + f(e), "CLASS:PUBLIC",
              "PRIORITY:5", "DTSTAMP:20261201T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-GB:" + location, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        b = ln
        first = True
        while len(b) > 74:
            out.append((" " if not first else "") + b[:74])
            b = b[74:]
            first = False
        out.append((" " if not first else "") + b)
    return "\r\n".join(out) + "\r\n"


def teams_block(seed):
    rr = random.Random(seed)
    mid = " ".join("%03d" % rr.randint(100, 999) for _ in range(4))
    pc = "".join(rr.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
    cid = "%d %d %d#" % (rr.randint(100, 999), rr.randint(100, 999), rr.randint(100, 999))
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>\n"
            "Meeting ID: %s\nPasscode: %s\nDownload Teams | Join on the web\nOr call in (audio only)\n"
            "+44 20 7946 0%03d,,%s   United Kingdom, London\nPhone Conference ID: %s\n"
            "Find a local number | Reset PIN\nLearn More | Meeting options\n"
            "________________________________________________________________________________\n"
            % (hashlib.md5(str(seed).encode()).hexdigest()[:24], mid, pc, rr.randint(0, 999), cid.replace(" ", ""), cid))


# ---------------------------------------------------------------- document contents
JOBS = ["Warehouse Operative", "Retail Assistant", "Care Assistant", "Kitchen Porter", "Cleaner", "Picker Packer",
        "Housekeeper", "Labourer", "Customer Service Adviser", "Delivery Driver", "Catering Assistant", "Security Officer"]
COMPANIES = ["Moxley Foods Ltd", "Tividale Packaging", "Sandwell Cleaning Services", "Digbeth Print Works",
             "Halesowen Metals", "Bull Ring Markets", "Wednesfield Care Home", "Balti Triangle Catering", "West Brom Logistics"]
SKILLS = ["Stock rotation", "Customer service", "Manual handling", "Food hygiene level 2", "Team working",
          "Counterbalance forklift licence", "Basic IT (Word, email)", "Cash handling", "Cleaning to COSHH standards"]


def cv_blocks(p, dob=False, nino_in=False, referee=True, langs=False):
    jobs = R.sample(JOBS, 2)
    comps = R.sample(COMPANIES, 2)
    b = [("h", p.name),
         ("p", "%s, %s %s | %s | %s" % (p.street, p.town, p.pc, p.phone, p.email))]
    if dob:
        b.append(("p", "Date of birth: %s" % dob_uk(p.dob)))
    if nino_in:
        b.append(("p", "NI number: %s" % nsp(p.nino)))
    b += [("h2", "Personal profile"),
          ("p", "Reliable and hard-working %s looking for %s work in the %s area. I enjoy working in a team and I am "
                "happy to work shifts including weekends." % (R.choice(["person", "team member", "worker"]), jobs[0].lower(), p.town)),
          ("h2", "Work history"),
          ("p", "%s, %s (%d-%d): %s." % (jobs[0], comps[0], 2016 + R.randint(0, 3), 2020 + R.randint(0, 3), R.choice(SKILLS))),
          ("p", "%s, %s (%d-%d): %s." % (jobs[1], comps[1], 2012, 2015 + R.randint(0, 1), R.choice(SKILLS))),
          ("h2", "Education and training"),
          ("p", "%s; %s" % (R.choice(["GCSE English and Maths", "Functional Skills Level 2 Maths", "ESOL Entry 3"]), R.choice(SKILLS))),
          ("h2", "Skills"), ("p", ", ".join(R.sample(SKILLS, 4)))]
    if langs:
        b.append(("p", "Languages: English, %s" % R.choice(["Urdu (fluent)", "Polish (native)", "Somali (fluent)", "Punjabi (spoken)", "Romanian (native)"])))
    b.append(("h2", "References"))
    b.append(("p", ("%s, former supervisor, %s" % (fake.name(), R.choice(COMPANIES))) if referee else "Available on request"))
    return b


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "h2"):
            out.append(b[1].upper() if b[0] == "h" else "\n" + b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "kv":
            out.extend("%s: %s" % kv for kv in b[1])
        elif b[0] == "table":
            out.append(text_table(b[1], b[2]))
    return "\n".join(out)


def form_blocks(p, job, emp):
    return [("h", "Application form - %s" % job), ("p", "Employer: %s" % emp.org),
            ("kv", [("Full name", p.name), ("Address", "%s, %s %s" % (p.street, p.town, p.pc)), ("Telephone", p.phone),
                    ("Email", p.email), ("Age", str(p.age)), ("Right to work in the UK", "Yes"),
                    ("Availability", R.choice(["Immediate", "From Monday", "Two weeks"])),
                    ("Shifts", R.choice(["Days, nights, weekends", "Days only", "Any"])),
                    ("Previous employment", "%s, %s" % (R.choice(JOBS), R.choice(COMPANIES))),
                    ("Driving licence", R.choice(["Yes (full)", "No", "Provisional"])),
                    ("Declaration", "I confirm the information above is true. Signed: %s" % p.name)])]


def couple_blocks(a, b, job, emp):
    return [("h", "Joint application - %s (couple post)" % job), ("p", "Employer: %s" % emp.org),
            ("kv", [("Applicant 1", a.name), ("Age", str(a.age)), ("Applicant 2", b.name), ("Age ", str(b.age)),
                    ("Address", "%s, %s %s" % (a.street, a.town, a.pc)), ("Telephone", a.phone),
                    ("Experience", "%s / %s" % (R.choice(JOBS), R.choice(JOBS))), ("Available to start", "January 2027"),
                    ("Declaration", "Signed: %s and %s" % (a.name, b.name))])]


def letter_blocks(p, kind, emp=None, day=10, time="10:30am", coach=None):
    head = [("p", ORG), ("p", "Unity House, 21 Cheapside Row, Digbeth, Birmingham B5 6QX"),
            ("p", "%d December 2026" % R.choice([1, 2, 3])),
            ("p", "%s %s\n%s\n%s\n%s" % (p.title, p.name, p.street, p.town, p.pc)), ("p", "Dear %s %s," % (p.title, p.last))]
    when = "%s %d December 2026" % (datetime.date(2026, 12, day).strftime("%A"), day)
    if kind == "interview":
        body = [("h2", "Invitation to interview"),
                ("p", "I am pleased to tell you that %s would like to interview you for the post of %s. Your interview is on %s at "
                      "%s at %s. Please bring proof of your right to work and this letter." % (emp.org, R.choice(JOBS), when, time, emp.org))]
    elif kind == "appointment":
        body = [("h2", "Your next appointment"),
                ("p", "Your next appointment with your Restart coach %s is on %s at %s at our Lye Community Hub, 5 Talbot Street, "
                      "Lye DY9 8QU. If you cannot attend please call us as soon as possible." % (coach or "Gurpreet Sandhu", when, time))]
    elif kind == "offer":
        body = [("h2", "Offer of employment"),
                ("p", "Following your interview, %s is pleased to offer you the position of %s starting on %s, %d hours a week "
                      "at %s an hour. Please sign and return the enclosed copy." % (emp.org, R.choice(JOBS), when, R.choice([16, 20, 30, 37]),
                                                                               R.choice(["£12.60", "£12.85", "£13.10"])))]
    else:
        body = [("h2", kind), ("p", "I am writing to confirm that you have been taking part in the Restart Scheme with us since "
                                    "%s and have attended your appointments regularly." % R.choice(["June", "August", "September"]))]
    return head + body + [("p", "Yours sincerely,"), ("p", coach or "Gurpreet Sandhu"), ("p", "Restart Employment Coach")]


def ucnea1_pairs(p, emp):
    return [("Form", "UCNEA1 - Notification of employment (provider)"), ("Participant name", p.name),
            ("National Insurance number", nsp(p.nino)), ("Employer", emp.org), ("Job title", R.choice(JOBS)),
            ("Start date", "%d December 2026" % R.randint(1, 14)), ("Hours per week", str(R.choice([16, 24, 30, 37]))),
            ("Provider", ORG)]


def gns_pairs(p, story):
    return [("Form", "Good News Story"), ("Participant", p.name), ("NINO", nsp(p.nino)), ("Programme", "Work and Health Programme"),
            ("Story", story), ("Consent to share with DWP", "Yes")]


def exit_pairs(p, summary):
    return [("Form", "WHP Exit Report"), ("Participant", p.name), ("NINO", nsp(p.nino)), ("Date of birth", dob_uk(p.dob)),
            ("Start on programme", "14/01/2025"), ("Exit date", "28/11/2026"), ("Summary", summary)]


def coc_pairs(p, change):
    return [("Form", "Change of Circumstances"), ("Participant", p.name), ("NINO", nsp(p.nino)), ("Change", change),
            ("Date of change", "27/11/2026"), ("Reported by", "Keyworker")]


def doubt_pairs(p, reason):
    return [("Form", "Compliance doubt notification"), ("Participant", p.name), ("NINO", nsp(p.nino)),
            ("Activity", "Mandatory appointment 25/11/2026 10:00"), ("Reason for doubt", reason)]


def name_rows(n, nino_col=False, ref=False, date=False, fmt="sf"):
    rows = []
    for _ in range(n):
        p = Person()
        r = [p.last.upper(), p.first] if fmt == "SF" else [p.last, p.first]
        if nino_col:
            r.append(p.nino)
        if ref:
            r.append(p.ref)
        if date:
            r.append("%02d/12/2026" % R.choice([7, 8, 9, 10, 11]))
        rows.append(r)
    return rows


# ---------------------------------------------------------------- messages and labels
def T(ninos=0, dob=False, bank=False, special=(), benefit=False, children=False, contact=False, subjects=0, kinds=()):
    return {"ninos": ninos, "dob": dob, "bank": bank, "special": sorted(set(special)), "benefit_payment": benefit,
            "children": children, "contact_details": contact, "data_subjects": subjects, "doc_kinds": sorted(set(kinds))}


T0 = T()
FACT_KEYS = dict(encrypted=False, opaque=False, pw=False, scan=False, cv_count=0, form_people=0, letters=0, list_rows=0,
                 list_cols=[], nino_only=False, records=0, fwd_record=False, name_only=False, extra=False, third_party_webmail=[])

G = {"one_name": "¶18", "cv_to_claimant": "¶17", "cvs_up_to_10": "¶19, ¶21", "application_forms_up_to_10": "¶22-24",
     "letters_up_to_10": "¶24-28", "names_list_500": "¶29-31", "nino_only_list": "¶31", "dwp_names_list": "¶36",
     "dwp_ucnea1_gns": "¶34-35", "dwp_c15_process": "C15 ¶46, ¶49", "forward_subcontractor": "C15 ¶53",
     "already_encrypted": "RULES.md Outcomes (already-encrypted mail)", "no_claimant_data": "¶30, ¶32 (nothing about a claimant)",
     "encrypt_special_category": "¶25-26, ¶32", "encrypt_nino": "¶33", "encrypt_dob_bank": "¶32",
     "encrypt_benefit_children": "¶30, ¶32", "encrypt_beyond_name": "¶18", "encrypt_over_limit": "¶19, ¶22, ¶24, ¶29, C15 ¶53",
     "encrypt_list_forbidden_column": "¶30", "encrypt_letter_kind": "¶24-28", "encrypt_dwp_process": "C15 ¶46-49",
     "encrypt_claimant_recipient": "¶17, ¶24-28, ¶32", "encrypt_sender_tag": "RULES.md Also enforced (sender-requested encryption)",
     "encrypt_password_protected": "RULES.md Reject regardless (password-protected: encrypt by default)",
     "encrypt_no_text_scan": "RULES.md Reject regardless (images and scans: encrypt by default)",
     "reject_cv_no_consent": "¶17", "reject_uninspectable": "RULES.md Reject regardless (content that cannot be inspected)"}
ACTION = {r: ("relay" if not r.startswith(("encrypt", "reject")) else r.split("_")[0]) for r in G}


def L(rule, truth, notes, **facts):
    f = dict(FACT_KEYS)
    for k, v in facts.items():
        assert k in f, k
        f[k] = v
    return dict(expected_action=ACTION[rule], rule=rule, guidance=G[rule], truth=truth, notes=notes, facts=f)


def M(sender, to, subject, text=None, html=None, cc=(), bcc=(), atts=(), ical=None, headers=None, mailer="outlook",
      crlf=False, raw=None, from_name=None):
    return dict(sender=sender, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, text=text, html=html,
                atts=list(atts), ical=ical, headers=headers or {}, mailer=mailer, crlf=crlf, raw=raw, from_name=from_name)


MIMES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
         "txt": "text/plain", "zip": "application/x-zip-compressed", "jpg": "image/jpeg", "png": "image/png",
         "ics": "text/calendar"}


def att(fn, blob, mime=None):
    return (fn, blob, mime or MIMES.get(fn.rsplit(".", 1)[-1].lower(), "application/octet-stream"))


def addr(x):
    if isinstance(x, Who):
        return (x.name, x.email)
    if isinstance(x, Person):
        return (x.name, x.email)
    if isinstance(x, tuple):
        return x
    return ("", x)


def fmt_addr(x):
    n, a = addr(x)
    return formataddr((n, a)) if n else a


def _cte(text):
    try:
        text.encode("ascii")
        return "7bit" if max((len(l) for l in text.split("\n")), default=0) < 990 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


def inner_msg(frm, to, subject, text, day=-2, atts=(), n=0):
    m = EmailMessage()
    m["From"] = fmt_addr(frm)
    m["To"] = ", ".join(fmt_addr(x) for x in to)
    m["Subject"] = subject
    d = datetime.date(2026, 11, 30 + day) if day <= 0 else datetime.date(2026, 12, day)
    m["Date"] = format_datetime(datetime.datetime(d.year, d.month, d.day, 11, 7, tzinfo=datetime.timezone.utc))
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5((subject + str(n)).encode()).hexdigest()[:24], addr(frm)[1].split("@")[1])
    m.set_content(text, charset="utf-8", cte=_cte(text))
    for fn, blob, mt in atts:
        a, b = mt.split("/")
        m.add_attachment(blob, maintype=a, subtype=b, filename=fn)
    return m


def strip_prefix(s):
    return re.sub(r"^((RE|FW|Fwd|AW):\s*)+", "", s, flags=re.I)


def build(sp, n, day, hh, mm):
    msg = EmailMessage()
    fn, fa = addr(sp["sender"])
    if sp["from_name"] is not None:
        fn = sp["from_name"]
    msg["From"] = formataddr((fn, fa)) if fn else fa
    msg["To"] = ", ".join(fmt_addr(x) for x in sp["to"]) if sp["to"] else "undisclosed-recipients:;"
    if sp["cc"]:
        msg["Cc"] = ", ".join(fmt_addr(x) for x in sp["cc"])
    msg["Subject"] = sp["subject"]
    msg["Date"] = format_datetime(datetime.datetime(2026, 12, day, hh, mm, tzinfo=datetime.timezone.utc))
    msg["Message-ID"] = "<%s%s@%s>" % (("LO2P265MB%04d" % n) if sp["mailer"] else "", hashlib.sha1(("ht%d" % n).encode()).hexdigest()[:28].upper(),
                                       "GBRP265.PROD.OUTLOOK.COM" if sp["mailer"] else INT)
    if sp["mailer"]:
        rr = random.Random(n)
        msg["Thread-Topic"] = strip_prefix(sp["subject"])
        msg["Thread-Index"] = "AQH" + "".join(rr.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(29)) + "=="
        msg["Content-Language"] = "en-GB"
        msg["X-MS-Has-Attach"] = "yes" if sp["atts"] else ""
        msg["msip_labels"] = ("MSIP_Label_5f2a9c1e-7b3d-4e08-9a61-2c4d8e7f1b30_Enabled=true; "
                              "MSIP_Label_5f2a9c1e-7b3d-4e08-9a61-2c4d8e7f1b30_Name=OFFICIAL; "
                              "MSIP_Label_5f2a9c1e-7b3d-4e08-9a61-2c4d8e7f1b30_SiteId=0c7e4a52-1f3b-4d6a-8e29-6b5f3a1d9c47; "
                              "MSIP_Label_5f2a9c1e-7b3d-4e08-9a61-2c4d8e7f1b30_ContentBits=0")
        if sp["mailer"] == "outlook":
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
    for k, v in sp["headers"].items():
        msg[k] = v
    if sp["raw"]:
        sp["raw"](msg)
    else:
        text, html = sp["text"], sp["html"]
        if html is False:
            html = None
        if html is True:
            html = to_html(text, owa=(sp["mailer"] == "owa"))
        if text is not None and html is None and sp["ical"] is None:
            msg.set_content(text, charset="utf-8", cte=_cte(text))
        elif text is None:
            msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            msg.set_content(text, charset="utf-8", cte=_cte(text))
            if html is not None:
                msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
            if sp["ical"] is not None:
                msg.add_alternative(sp["ical"], subtype="calendar", charset="utf-8", cte="base64", params={"method": "REQUEST"})
        for a in sp["atts"]:
            if isinstance(a, EmailMessage):
                msg.add_attachment(a)
            else:
                f, blob, mt = a
                mt1, mt2 = mt.split("/")
                if mt1 == "text":
                    msg.add_attachment(blob, maintype=mt1, subtype=mt2, filename=f, cte="base64")
                else:
                    msg.add_attachment(blob, maintype=mt1, subtype=mt2, filename=f)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("_%03d_%s_" % (i, hashlib.md5(("ht-%d-%d" % (n, i)).encode()).hexdigest()[:24].upper()))
            i += 1
    crlf = sp["crlf"] or (n % 8 == 5)
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))


SCEN = []


def scen(count):
    def deco(fn):
        SCEN.append((fn, count))
        return fn
    return deco


def S(k):
    return STAFF[k]


def me(s, kind="full"):
    return sig(s, kind)


# ================================================================= scenarios: ordinary mail, no claimant data
def _nc_doc_policy():
    return [("h", "Safeguarding Adults and Children Policy v4.2 (draft for consortium members)"),
            ("tr", [("t", "1.1 This policy applies to all staff, volunteers and subcontractors delivering Restart and the Work and Health Programme "),
                    ("del", "within the Birmingham area"), ("ins", "across Birmingham and the Black Country"), ("t", ".")], "Bushra Malik"),
            ("tr", [("t", "3.4 Staff may learn that a participant is subject to MAPPA, is on probation, misuses drugs or alcohol, or "
                          "is experiencing domestic abuse or a mental health crisis. "),
                    ("ins", "Record only what is needed, in the case management system, never in email or WhatsApp.")], "Nasreen Akhtar"),
            ("tr", [("t", "3.5 Outreach at places of worship (mosques, gurdwaras, churches) "), ("del", "should"),
                    ("ins", "must"), ("t", " be agreed with the venue manager in advance; a venue tells us nothing about anyone's religion.")], "Bushra Malik"),
            ("p", "4. Escalation: Designated Safeguarding Lead (Bushra Malik), deputy (Sharon Pritchard).")]


@scen(57)
def nc(v):
    t, s = T0, None
    if v == 0:
        s = SHARED["comms"]
        body = ("Dear partners,\n\nWelcome to the December Tame Valley Works bulletin.\n\nRestart starts are up 14% on last quarter and we "
                "supported 212 people into work across Sandwell, Walsall, Dudley and Birmingham. Our outreach at Smethwick Gurdwara, the Alum "
                "Rock masjid annexe and St Barnabas Quinton reached 380 residents.\n\nIf you have a health condition or disability, or care "
                "for someone who does, the Work and Health Programme can help you find and keep work. Speak to your work coach about a referral.\n\n"
                "Upcoming: Jobs fair, Ikon Rooms, 10 December, 10am-2pm. Interpreters for Urdu, Punjabi, Polish and Somali on the day.\n" + sig(s, "none") + "\n" + CLASS + "\n" + DISCLAIMER)
        sp = M(s, [SHARED["comms"]], "Tame Valley Works bulletin - December 2026", text=body, html=True,
               bcc=[NS["jas"], BW["claire"], OTHER["prime"], OTHER["funder"], EMP["acmehr"]])
        return sp, L("no_claimant_data", t, "partner newsletter Bcc'd, generic health/disability wording, venues")
    if v == 1:
        s = S("denise")
        body = ("Hi Steve\n\nhope you're well just a quick one to say the jobs fair at the Smethwick Gurdwara community hall is now confirmed for "
                "Saturday 12th 10 till 2 the langar hall will be open for food and the committee have said stalls can go in the main hall, we'll "
                "have about 40 jobseekers through who are all on Restart or WHP, could you bring the picker packer vacancies and someone from HR "
                "to do on the spot interviews, parking is round the back off the High Street\n\nlet me know numbers for the table" + sig(s))
        sp = M(s, [EMP["acme"]], "Jobs fair 12 Dec - Smethwick Gurdwara hall", text=body, html=True)
        return sp, L("no_claimant_data", t, "employer invite to gurdwara venue jobs fair, run-on paragraph")
    if v == 2:
        s = S("nasreen")
        body = ("Hi all,\n\nPlease share the attached advert for our Peer Mentor (Lived Experience) post.\n\nWe particularly welcome applications "
                "from people with lived experience of mental ill-health, drug or alcohol recovery, homelessness or the criminal justice system. "
                "Having a criminal record will not necessarily stop you being appointed; the post needs a basic DBS check.\n\nClosing date 8 January.\n" + sig(s))
        doc = docx_bytes("Peer Mentor advert", [("h", "Peer Mentor (Lived Experience) - 22.5 hours"),
                                                ("p", "Salary £24,310 pro rata. Based in Lye and Walsall."),
                                                ("p", "You will support participants with barriers such as anxiety, depression, substance misuse or past "
                                                      "offending to move towards work. Applicants who are Muslim, Sikh or Christian and wish to pray during "
                                                      "the working day will be supported."),
                                                ("p", "We are a Disability Confident Employer and guarantee an interview to disabled applicants who meet the essential criteria.")])
        sp = M(s, [NS["jas"], BW["claire"]], "Job advert - Peer Mentor (Lived Experience)", text=body, html=True,
               atts=[att("Peer Mentor advert Dec26.docx", doc)])
        return sp, L("no_claimant_data", t, "job advert with lived-experience / conviction / religion words about nobody")
    if v == 3:
        s = S("denise")
        q = quote(EMP["harbour"], S("denise").email, "Kitchen porter and housekeeping roles",
                  "Hi Denise\n\nWe have 6 kitchen porter and 4 housekeeping roles at the Broad Street hotel, 20-30 hours, £12.85. No experience needed "
                  "and we do not ask about unspent convictions at application stage.\n\nMaria\n" + ext_sig(EMP["harbour"]))
        body = "Hi Jas / Marek\n\nSee below from Harbourview, please pass to anyone suitable and send me names only by Friday.\n" + sig(s) + q
        sp = M(s, [NS["jas"], BW["marek"]], "FW: Kitchen porter and housekeeping roles", text=body, html=True)
        return sp, L("no_claimant_data", t, "forwarded employer vacancy with [EXTERNAL] banner")
    if v == 4:
        s = S("nasreen")
        desc = ("Quarterly consortium partnership meeting. Agenda: performance, Restart referrals, WHP disability strand, interpreter "
                "budget, community outreach calendar (masjid, gurdwara and church venues).\n\n" + teams_block(4))
        body = desc + "\n" + CLASS
        sp = M(s, [NS["jas"], BW["claire"], DWP["karen"]], "Consortium partnership meeting Q3", text=body, html=True,
               ical=ics("Consortium partnership meeting Q3", (15, 10, 0), 90, s,
                        [(x.name, x.email) for x in (NS["jas"], BW["claire"], DWP["karen"])], desc))
        return sp, L("no_claimant_data", t, "Teams invitation text/calendar to supply chain and DWP")
    if v == 5:
        s = S("bushra")
        desc = ("Mental Health First Aid refresher for frontline staff. Covers spotting signs of anxiety, depression, psychosis and suicidal "
                "thoughts, and signposting (NHS talking therapies, Mind, Samaritans). Bring a laptop.\n\n" + teams_block(5))
        sp = M(s, [NS["jas"], BW["marek"], BW["claire"]], "MHFA refresher - frontline staff", text=desc + "\n" + CLASS, html=True,
               ical=ics("MHFA refresher - frontline staff", (9, 13, 30), 180, s,
                        [(x.name, x.email) for x in (NS["jas"], BW["marek"], BW["claire"])], desc))
        return sp, L("no_claimant_data", t, "training invite with mental-health words about nobody")
    if v == 6:
        s = S("kasia")
        body = ("Dzień dobry Helen\n\nThanks for the ESOL timetable. Can we book places on the Entry 2 class at Dudley for our participants "
                "from the Polish and Romanian community, we have around 8 interested, most work nights so the Tuesday daytime slot would suit, "
                "I can come along to the first session and translate the enrolment bits if that helps\n\ndziękuję" + sig(s))
        sp = M(s, [OTHER["college"]], "ESOL Entry 2 places", text=body, html=True)
        return sp, L("no_claimant_data", t, "ESOL places request, community languages, no person identified")
    if v == 7:
        s = S("bushra")
        doc = docx_bytes("Safeguarding policy v4.2", _nc_doc_policy(), author="Bushra Malik")
        body = ("Hi Claire\n\nTracked changes version of the safeguarding policy attached, can you and Jas look at section 3 by the 14th, I've "
                "accepted Nasreen's wording on MAPPA and substance misuse but left the venue paragraph for you to check\n" + sig(s))
        sp = M(s, [BW["claire"]], "Safeguarding policy v4.2 - tracked changes", text=body, html=True, cc=[NS["jas"]],
               atts=[att("TVWC Safeguarding Policy v4.2 (tracked).docx", doc)])
        return sp, L("no_claimant_data", t, "policy DOCX with real w:ins/w:del tracked changes naming MAPPA etc. about nobody")
    if v == 8:
        s = S("bushra")
        pdf = pdf_bytes("Handling special category data", [[("h", "Handling special category data - consortium guide"),
            ("p", "Special category data includes health (physical and mental), ethnicity, religion, sexual orientation, trade union "
                  "membership and, in our context, criminal convictions and offences."),
            ("p", "Never send a participant's NINO, date of birth, bank details, health conditions or benefit amounts by unencrypted email. "
                  "Use [ENCRYPT] in the subject or the secure portal."),
            ("p", "Example of what NOT to write: 'Mr X has schizophrenia and is on probation'. Write 'please call me about Mr X' instead.")]])
        sp = M(s, [NS["jas"], BW["claire"], BW["marek"]], "Guide: handling special category data", text="All,\n\nUpdated guide attached, please cascade to your teams.\n" + sig(s),
               html=True, atts=[att("Special category data guide v2.pdf", pdf)])
        return sp, L("no_claimant_data", t, "data-handling guide with categories and an anonymised bad example")
    if v == 9:
        s = S("liam")
        doc = docx_bytes("Restart referral form (blank)", [("h", "Restart referral form"), ("kv", [
            ("Name", ""), ("National Insurance number", ""), ("Date of birth", ""), ("Address and postcode", ""), ("Mobile", ""),
            ("Health conditions / disability", ""), ("Convictions (unspent)", ""), ("Interpreter needed? Language", ""),
            ("Benefit", "UC / ESA / JSA / PIP (circle)")])])
        sp = M(s, [NS["data"]], "Blank referral form v3", text="Emma\n\nBlank v3 of the referral form as requested, no changes to the fields apart from the interpreter box.\n" + sig(s),
               html=True, atts=[att("Restart referral form v3 BLANK.docx", doc)])
        return sp, L("no_claimant_data", t, "blank template with NINO/DOB/health labels")
    if v == 10:
        s = S("abdi")
        body = ("Ola\n\nCan we get a quote for translating our standard appointment letter template (1 page) and the privacy notice "
                "(3 pages) into Urdu, Punjabi (Gurmukhi), Polish, Somali and Romanian. We'd need the Word files back so we can mail merge. "
                "Mahadsanid!" + sig(s))
        tpl = docx_bytes("Appointment letter template", [("p", "«Title» «Forename» «Surname»"), ("p", "«Address1»\n«Town»\n«Postcode»"),
                                                        ("p", "Dear «Title» «Surname»,"), ("p", "Your next appointment with «CoachName» is on «ApptDate» at «ApptTime».")])
        sp = M(s, [OTHER["wordbridge"]], "Translation quote - letter template and privacy notice", text=body, html=True,
               atts=[att("Appointment letter TEMPLATE.docx", tpl)])
        return sp, L("no_claimant_data", t, "mail-merge template with merge fields to a translator")
    if v == 11:
        s = S("liam")
        rows = [[jc, R.randint(20, 90), R.randint(5, 40), R.randint(2, 20), "%d%%" % R.randint(20, 45)] for jc in
                ["Sparkhill", "Handsworth", "Washwood Heath", "Wolverhampton", "Walsall", "Dudley", "Smethwick", "West Bromwich"]]
        x = xlsx_bytes([("By Jobcentre", ["Jobcentre", "Referrals", "Starts", "Job outcomes", "Conversion"], rows),
                        ("Notes", ["Note"], [["Counts only. Suppressed where fewer than 5."]])])
        sp = M(s, [DWP["pm"]], "Restart performance - November 2026", text="Neil\n\nNovember figures by Jobcentre attached.\n" + sig(s), html=True,
               atts=[att("TVWC Restart performance Nov26.xlsx", x)])
        return sp, L("no_claimant_data", t, "aggregate performance XLSX to DWP")
    if v == 12:
        s = S("bushra")
        rows = [["Asian/Asian British - Pakistani", 31], ["Asian/Asian British - Indian", 18], ["Black/Black British - Caribbean", 12],
                ["Black/Black British - African", 14], ["White - British", 39], ["White - Other (incl. Polish, Romanian)", 21],
                ["Mixed", 6], ["Prefer not to say", 9]]
        rel = [["Muslim", 29], ["Sikh", 14], ["Christian", 33], ["No religion", 30], ["Other / prefer not to say", 44]]
        x = xlsx_bytes([("Ethnicity %", ["Ethnic group", "% of starts"], rows), ("Religion %", ["Religion", "% of starts"], rel)])
        sp = M(s, [OTHER["prime"]], "Equality monitoring - Q3 summary", text="Rebecca\n\nQ3 equality monitoring summary (percentages of starts only).\n" + sig(s),
               html=True, atts=[att("Equality monitoring Q3.xlsx", x)])
        return sp, L("no_claimant_data", t, "aggregate ethnicity/religion percentages")
    if v == 13:
        s = S("ravi")
        body = ("Hi Jas\n\nFor the better-off calc training, these are the published 2026/27 rates we're using:\n\n" +
                text_table(["Element", "Monthly"], [["UC standard allowance single 25+", "£424.90"], ["UC standard allowance couple 25+", "£666.97"],
                                                    ["Work allowance (with housing)", "£411"], ["Taper rate", "55%"],
                                                    ["Childcare element max (1 child)", "£1,031.88"]]) +
                "\n\nIf someone on UC has a child under 3 they won't be asked to look for work, so do check that in the session.\n" + sig(s))
        sp = M(s, [NS["jas"]], "Better-off calc training - rates", text=body, html=True)
        return sp, L("no_claimant_data", t, "published UC rates, a hypothetical")
    if v == 14:
        s = S("gurpreet")
        body = ("Hi Jas\n\nApologies I won't make the CSCS trainer session on Thursday, I've got my own hospital appointment for my knee "
                "(finally!) so Ravi will come instead, he'll bring the attendance sheet\n" + sig(s))
        sp = M(s, [NS["jas"]], "Thursday - apologies", text=body, html=True)
        return sp, L("no_claimant_data", t, "staff's own hospital appointment")
    if v == 15:
        s = S("liam")
        body = ("Power Automate\n\nYour flow ran successfully\n\nFlow: Weekly referrals digest (Restart)\nRun time: 07/12/2026 06:00\n\n"
                "New referrals this week: 37\nAccepted: 29\nAwaiting first contact: 8\nInterpreter requested: 6 (Urdu 2, Somali 2, Polish 1, Tigrinya 1)\n\n"
                "---------- \nForwarded for info, counts only. Liam" + sig(s, "short"))
        sp = M(s, [OTHER["prime"]], "FW: Your flow ran successfully: Weekly referrals digest (Restart)", text=body, html=True)
        return sp, L("no_claimant_data", t, "Power Automate run summary with counts")
    if v == 16:
        s = S("bushra")
        body = ("Bushra Malik shared a file with you\n\nHi Claire, here's the Quality Framework with the audit dates\n\n"
                "Consortium Quality Framework v3.docx\n<https://tamevalleyworks.sharepoint.com/:w:/s/Consortium/EXb3kQ9aZ>\n\n"
                "This link will work for people in Bridgeway Support and Tame Valley Works Consortium.\n\nOpen\n\n"
                "Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052")
        sp = M(s, [BW["claire"]], "Bushra Malik shared \"Consortium Quality Framework v3\" with you", text=body, html=True, mailer="owa",
               from_name="Bushra Malik (via SharePoint Online)")
        return sp, L("no_claimant_data", t, "SharePoint sharing notice, policy document link")
    if v == 17:
        s = S("abdi")
        body = ("Salaam Yusuf\n\nThanks again for letting us use the annexe, can we book the small hall for Restart drop-ins every Wednesday "
                "in January 10-1, we'll stop during Zuhr prayer time as before and the sisters' session can be in the side room with a female "
                "coach, we'll bring our own laptops and the Somali and Urdu speaking volunteers\n\nJazakAllah khair" + sig(s))
        sp = M(s, [OTHER["masjid"]], "Hall booking January - Restart drop-ins", text=body, html=True)
        return sp, L("no_claimant_data", t, "mosque venue booking, prayer times, about nobody")
    if v == 18:
        s = S("tom")
        pdf = pdf_bytes("Invoice TVWC-2611", [[("h", "INVOICE TVWC-2611"), ("p", "To: St Barnabas Quinton PCC"),
            ("table", ["Item", "Qty", "Amount"], [["Refund - hall hire overpayment Nov", "1", "£45.00"]]),
            ("p", "Our bank: Tame Valley Works Consortium, sort code 40-22-17, account 61234580 (organisation account)")]])
        sp = M(s, [OTHER["church"]], "Hall hire refund", text="Dear Anne\n\nWe overpaid November's hall hire, our credit note and bank details are attached for the refund.\n" + sig(s),
               html=True, atts=[att("TVWC-2611 credit note.pdf", pdf)])
        return sp, L("no_claimant_data", t, "church hall refund with the provider's own bank details")
    if v == 19:
        s = S("abdi")
        body = ("Hi\n\nPlease can we book a Somali interpreter (female preferred) for Wednesday 9 December 10:00-11:30 at our Lye Community "
                "Hub for a Restart first appointment, and a Punjabi interpreter same day 13:00-14:00. PO number TVW-PO-4471.\n" + sig(s))
        sp = M(s, [OTHER["langlink"]], "Interpreter booking 9 Dec x2", text=body, html=True)
        return sp, L("no_claimant_data", t, "interpreter booking naming no participant")
    if v == 20:
        s = S("sharon")
        body = "Thanks Danny, see you Thursday." + sig(s)
        q = quote(EMP["city"], s.email, "Site visit", "Sharon, Thursday 2pm works for the site visit with your team. Danny\n" + ext_sig(EMP["city"]))
        sp = M(s, [EMP["city"]], "RE: Site visit", text=body + q, html=True)
        return sp, L("no_claimant_data", t, "one-liner reply with heavy disclaimer footer")
    if v == 21:
        s = S("denise")
        body = ("Hi Priya\n\nBrilliant news on the Christmas temps, just to confirm the numbers: 12 people interviewed on the day, 5 offers, 3 "
                "more on a reserve list. I'll send the individual start details separately.\n" + sig(s))
        sp = M(s, [EMP["bright"]], "Merry Hill recruitment day - summary", text=body, html=True)
        return sp, L("no_claimant_data", t, "employer recruitment summary, counts only")
    if v == 22:
        s = S("tom")
        pdf = pdf_bytes("Invoice TVWC-2598", [[("h", "INVOICE TVWC-2598"), ("p", "To: Midlands Works Prime - Restart management fee, November 2026"),
            ("table", ["Line", "Amount"], [["Consortium management fee", "£18,400.00"], ["VAT", "exempt"]]),
            ("p", "Pay to: Tame Valley Works Consortium, Sort code 40 22 17, Account no 61234580. Charity 1198734.")]])
        sp = M(s, [OTHER["prime"]], "Invoice TVWC-2598", text="Rebecca\n\nNovember invoice attached.\n" + sig(s), html=True,
               atts=[att("Invoice TVWC-2598.pdf", pdf)])
        return sp, L("no_claimant_data", t, "invoice with the provider's sort code/account")
    if v == 23:
        s = S("tom")
        ib = iban()
        body = ("Ola\n\nBefore we pay invoice WB-1187 I need to verify the change of bank details you sent, can you confirm on a call that the "
                "new account is %s (WordBridge Translations Ltd). We had a mandate fraud attempt last year so we always check.\n" % ib + sig(s))
        sp = M(s, [OTHER["wordbridge"]], "Change of bank details - verification", text=body, html=True)
        return sp, L("no_claimant_data", t, "supplier IBAN in a mandate-fraud check (organisation bank)")
    if v == 24:
        s = S("abdi")
        chat = "\n".join(["[07/12/2026, 08:%02d:1%d] %s" % (10 + i, i, x) for i, x in enumerate([
            "Abdi Hassan: who's doing the gurdwara stall saturday?",
            "Gurpreet Sandhu: me and Ravi, I'll bring the banner",
            "Kasia Nowicka: I can do the St Barnabas coffee morning instead",
            "Abdi Hassan: great. masjid annexe wed is me + Hodan from volunteers",
            "Ravi Sohal: need more leaflets in Urdu and Polish, nearly out",
            "Abdi Hassan: ordered, arriving thurs"])])
        sp = M(s, [BW["claire"]], "Outreach rota (WhatsApp export)", text="Claire, our outreach rota from the team WhatsApp so you can slot Bridgeway in.\n" + sig(s),
               html=True, atts=[att("WhatsApp Chat with TVWC Outreach.txt", chat.encode("utf-8"))])
        return sp, L("no_claimant_data", t, "WhatsApp export of staff rota (a volunteer's first name)")
    if v == 25:
        s = S("liam")
        rows = [["Referral Received", 64], ["First Contact", 41], ["Action Plan Agreed", 37], ["In Work", 22], ["Sustained 6m", 9]]
        sp = M(s, [OTHER["prime"]], "CRM export - pipeline by stage", text="Rebecca\n\nPipeline by stage as at Friday (report export, counts only).\n" + sig(s), html=True,
               atts=[att("report1765190400123.csv", csv_bytes(["Stage", "Record Count"], rows, quote_all=True))])
        return sp, L("no_claimant_data", t, "Salesforce-style report export with counts")
    if v == 26:
        s = S("kasia")
        body = ("I am out of the office until Monday 14 December with limited access to email. For anything urgent please contact "
                "whp.team@provider.example.org.uk or call 01632 960140.\n\nDziękuję / Thank you\nKasia\n\n" + CLASS)
        sp = M(s, [EMP["green"]], "Automatic reply: rota for new starters", text=body, html=True, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
        return sp, L("no_claimant_data", t, "out-of-office to an employer")
    if v == 27:
        c = claimant()
        s = SHARED["participants"]
        body = "Thank you for your email. This mailbox is monitored Monday to Friday 9am-5pm and we will reply within two working days.\n\n" + CLASS
        sp = M(s, [c], "Automatic reply: question about travel", text=body, html=True, headers={"Auto-Submitted": "auto-replied"})
        return sp, L("no_claimant_data", t, "shared-mailbox auto-reply to a participant, says nothing about them")
    if v == 28:
        s = SHARED["participants"]
        cs = [claimant() for _ in range(5)]
        body = ("Dear participant,\n\nOur offices close at 1pm on 23 December and reopen on 4 January. If you start work over Christmas, "
                "let your coach know when we reopen. Wishing you and your family a peaceful holiday / Eid Mubarak in advance to those celebrating later.\n\n"
                "TVWC Participant Services\n" + CLASS)
        sp = M(s, [SHARED["participants"]], "Christmas opening hours", text=body, html=True, bcc=cs)
        return sp, L("no_claimant_data", t, "generic notice Bcc'd to participants")
    if v == 29:
        c = claimant()
        s = SHARED["participants"]
        body = "Hi %s,\n\nWe'd love to hear how we did. The survey takes 3 minutes: https://forms.office.com/e/Tv9kQ2Lx\n\nThank you\nTVWC Participant Services\n\n%s" % (c.first, CLASS)
        sp = M(s, [c], "How did we do?", text=body, html=True)
        return sp, L("no_claimant_data", t, "survey link to a participant, greeting only")
    if v == 30:
        s = SHARED["comms"]
        body = ("Hi Hamid\n\nCase study for the annual report as agreed, fully anonymised and a composite of several participants:\n\n"
                "\"A man in his forties from the Black Country who had been out of work for years after a long illness came to one of our "
                "drop-ins at a local church hall. With his coach he built confidence, did his CSCS card and now works on a building site.\"\n" + sig(S("nasreen")))
        sp = M(s, [OTHER["funder"]], "Annual report - case study", text=body, html=True)
        return sp, L("no_claimant_data", t, "composite anonymised case study")
    if v == 31:
        s = S("liam")
        body = ("Emma\n\nFor the new starters' guide, NINO format is two letters, six digits, one letter, e.g. QQ 12 34 56 C (the HMRC "
                "example, never a real one). Temporary references like TN 01 01 80 M are not NINOs and shouldn't go in the NINO field.\n" + sig(s))
        sp = M(s, [NS["data"]], "NINO format for the guide", text=body, html=True)
        return sp, L("no_claimant_data", t, "NINO look-alikes: QQ example, TN temporary reference")
    if v == 32:
        s = S("tom")
        body = ("Hi\n\nOrder confirmation below for the leaflets, order ref AB123456, invoice INV-20261203-77 to follow.\n" + sig(s) +
                quote(("PrintHub Orders", "orders@printhub-direct.co.uk"), s.email, "Order AB123456 confirmed",
                      "Order AB123456: 2,000 A5 leaflets (Urdu, Polish, Somali, English). Delivery 9 Dec to Unity House B5 6QX."))
        sp = M(s, [NS["jas"]], "FW: Order AB123456 confirmed", text=body, html=True)
        return sp, L("no_claimant_data", t, "order reference look-alike (no suffix)")
    if v == 33:
        s = S("sharon")
        desc = "District performance review with DWP Birmingham & Solihull.\n\n" + teams_block(33)
        sp = M(s, [DWP["karen"], DWP["pm"]], "Restart district performance review", text=desc + "\n" + CLASS, html=True,
               ical=ics("Restart district performance review", (16, 14, 0), 60, s, [(DWP["karen"].name, DWP["karen"].email), (DWP["pm"].name, DWP["pm"].email)], desc))
        return sp, L("no_claimant_data", t, "Teams invite to DWP with dial-in numbers")
    if v == 34:
        s = S("nasreen")
        doc = docx_bytes("Board minutes Nov", [("h", "TVWC Board - minutes 26 November 2026"),
                                              ("p", "Present: N Akhtar, S Pritchard, T Whitehouse, trustees R Lyons, H Rahman. Apologies: trustee Jean Morris (unwell)."),
                                              ("p", "Item 3: Restart performance ahead of profile. Item 4: interpreter spend £6,200 YTD. Item 5: Unison and GMB reps invited to the staff consultation on the new rota.")])
        sp = M(s, [OTHER["prime"], OTHER["funder"]], "Board minutes 26 Nov", text="Attached for approval.\n" + sig(s), html=True,
               atts=[att("Board minutes 26-11-2026.docx", doc)])
        return sp, L("no_claimant_data", t, "minutes: staff/trustee names, union reps invited generally")
    if v == 35:
        s = S("bushra")
        body = ("Hi\n\nPlease renew the basic DBS checks for the three staff listed in the portal (references in the portal, not here). "
                "Invoice to finance as usual.\n" + sig(s))
        sp = M(s, [("DBS Umbrella Services", "renewals@dbs-umbrella-services.co.uk")], "DBS renewals - December", text=body, html=True)
        return sp, L("no_claimant_data", t, "staff DBS renewals, no details")
    if v == 36:
        s = S("bushra")
        desc = ("Trauma-informed practice workshop (half day). Understanding the impact of adverse childhood experiences, domestic abuse, "
                "PTSD and time in prison on engagement with employment support. Facilitated by Bridgeway.\n\nVenue: St Barnabas church hall, Quinton.")
        sp = M(s, [BW["claire"], NS["jas"]], "Trauma-informed practice workshop - 17 Dec", text=desc + sig(s), html=True,
               ical=ics("Trauma-informed practice workshop", (17, 9, 30), 210, s, [(BW["claire"].name, BW["claire"].email), (NS["jas"].name, NS["jas"].email)], desc, location="St Barnabas church hall, Quinton"))
        return sp, L("no_claimant_data", t, "workshop invite at church venue")
    if v == 37:
        s = S("denise")
        body = ("Hi Joanne\n\nAhead of Ramadan in February a few employers have asked us for tips, so here's our one-pager: staff who are "
                "fasting may prefer earlier shifts, a quiet space for prayer helps, and Eid al-Fitr leave requests come in at short notice. "
                "None of this needs anyone to tell you their religion, just offer it to everyone.\n" + sig(s))
        sp = M(s, [EMP["acmehr"]], "Ramadan - tips for employers", text=body, html=True)
        return sp, L("no_claimant_data", t, "religion guidance to employer about nobody")
    if v == 38:
        s = S("ravi")
        body = ("Wiadomość / Message in Polish for the leaflet (checked by Kasia):\n\n\"Program Restart pomaga osobom bezrobotnym znaleźć "
                "pracę. Jeśli masz problemy zdrowotne, możesz skorzystać z programu WHP.\"\n\nUrdu (transliterated for the voiceover): "
                "\"Restart programme aap ko naukri dhoondne mein madad karta hai, agar aap ki sehat ka masla hai to WHP bhi hai.\"\n" + sig(s))
        sp = M(s, [OTHER["wordbridge"]], "Leaflet text - Polish and Urdu check", text=body, html=True)
        return sp, L("no_claimant_data", t, "community-language leaflet text, generic health wording")
    if v == 39:
        s = S("liam")
        body = ("Hi both\n\nFrom Monday 14th Microsoft Authenticator will be required for all consortium M365 guest accounts. Please "
                "make sure your staff have the app installed. Guide attached link: https://tamevalleyworks.sharepoint.com/:b:/s/IT/MFA-guide\n" + sig(s))
        sp = M(s, [NS["jas"], BW["claire"]], "MFA for guest accounts from 14 Dec", text=body, html=True, mailer="owa")
        return sp, L("no_claimant_data", t, "IT notice")
    if v == 40:
        s = S("denise")
        pdf = pdf_bytes("Jobs fair flyer", [[("h", "JOBS FAIR - Ikon Rooms, 10 December 10am-2pm"), ("p", "Over 20 employers: logistics, care, hospitality, retail, construction."),
                                              ("p", "Free. Interpreters on the day. Step-free access. Prayer room available."), ("p", "Call 01632 960100")]])
        sp = M(s, [EMP["acme"], EMP["green"], EMP["city"], EMP["harbour"], EMP["bright"]], "Jobs fair flyer for your staff room", text="Hi all, flyer attached.\n" + sig(s),
               html=True, atts=[att("Jobs fair flyer.pdf", pdf)])
        return sp, L("no_claimant_data", t, "flyer PDF to employers")
    if v == 41:
        s = S("bushra")
        rows = [["Northstar Training", "13/01/2027", "Case files x10 (sampled on the day)"], ["Bridgeway Support", "20/01/2027", "Case files x8"]]
        sp = M(s, [NS["jas"], BW["claire"]], "Q4 quality audit schedule", text="All\n\n" + text_table(["Partner", "Date", "Scope"], rows) + "\n" + sig(s), html=True)
        return sp, L("no_claimant_data", t, "audit schedule table, dd/mm/yyyy dates not DOBs")
    if v == 42:
        s = S("tom")
        body = ("Approval request\n\nTom Whitehouse has requested your approval\nTitle: Mileage claim - November\nAmount: £42.75 (95 miles)\n"
                "Link: https://make.powerautomate.com/approvals/9f1c\n\nApprove | Reject\n")
        sp = M(s, [OTHER["prime"]], "FW: Approval request: Mileage claim - November", text=body + sig(s, "short"), html=True, mailer="owa")
        return sp, L("no_claimant_data", t, "Power Automate approval for staff mileage")
    if v == 43:
        s = S("sharon")
        q = quote(DWP["karen"], s.email, "Provider bulletin 47", "Providers,\n\nReminder: participant data must not be sent to DWP by unencrypted "
                  "email except the processes in the guidance. Health conditions, NINOs and dates of birth must go by secure means.\n\nKaren Bates\nPartnership Manager", external=True)
        sp = M(s, [NS["jas"], BW["claire"]], "FW: Provider bulletin 47", text="FYI all, please read." + sig(s) + q, html=True)
        return sp, L("no_claimant_data", t, "forwarded DWP bulletin")
    if v == 44:
        s = S("ravi")
        body = ("Hi Marek\n\nFor the role play on Thursday: imagine a participant tells you they spent two years in prison and are worried "
                "an employer will find out. What do you say? Then swap: the participant says they have no criminal record but a "
                "caution from years ago. Keep it hypothetical, no real cases please.\n" + sig(s))
        sp = M(s, [BW["marek"]], "Role play for Thursday", text=body, html=True)
        return sp, L("no_claimant_data", t, "hypotheticals and negations about criminal records")
    if v == 45:
        s = S("gurpreet")
        chat = ("[Teams chat copied]\nGurpreet Sandhu 09:12\nwho's covering lye hub friday?\nSharon Pritchard 09:14\nme am, you do walsall\n"
                "Gurpreet Sandhu 09:15\nok sound. can someone bring the spare laptop\nRavi Sohal 09:20\nwill do\n")
        sp = M(s, [BW["marek"]], "Friday cover", text="Marek, for your rota, see below from our Teams chat\n\n" + chat + sig(s, "short"), html=True)
        return sp, L("no_claimant_data", t, "pasted Teams chat about staff rota")
    if v == 46:
        s = S("nasreen")
        body = ("Hi Manjit ji\n\nSat Sri Akal. Thank you to the committee for Saturday, the seva team were amazing and 46 people came to the "
                "stalls. We'd like to come back in February, maybe after the Sunday diwan, and we'll donate towards the langar as before.\n" + sig(s))
        sp = M(s, [OTHER["gurdwara"]], "Thank you - jobs fair", text=body, html=True)
        return sp, L("no_claimant_data", t, "gurdwara thank-you, counts only")
    if v == 47:
        s = S("bushra")
        doc = docx_bytes("Data Sharing Agreement schedule 2", [("h", "Schedule 2 - data categories"),
                                                              ("p", "Personal data: name, contact details, NINO, date of birth."),
                                                              ("p", "Special category data: health, ethnicity, religion (equality monitoring only), criminal offence data (MAPPA, probation) where relevant to a referral.")])
        sp = M(s, [OTHER["prime"]], "DSA schedule 2 - redline", text="Rebecca, redlined schedule 2 attached.\n" + sig(s), html=True, atts=[att("DSA Schedule 2 redline.docx", doc)])
        return sp, L("no_claimant_data", t, "DSA listing data categories")
    if v == 48:
        s = S("tom")
        body = ("Hi\n\nCould you send me my annual pension statement, I think the one for 2025 went to my old address. Member number W-88412.\n\nThanks\nTom Whitehouse" + sig(s))
        sp = M(s, [OTHER["ohs"]], "Pension statement", text=body, html=True)
        return sp, L("no_claimant_data", t, "staff's own pension query")
    if v == 49:
        s = S("denise")
        body = ("Hi Olu\n\nWe're running a self-employment taster with Enterprise Hub in January for Restart participants thinking of "
                "starting up (market traders, mobile hairdressing, taxi). Could you do a 20 min slot on test trading and the Minimum "
                "Income Floor?\n" + sig(s))
        sp = M(s, [OTHER["hub"]], "Self-employment taster January", text=body, html=True)
        return sp, L("no_claimant_data", t, "partner ask, generic benefit wording")
    if v == 50:
        s = S("sharon")
        desc = "Restart team leaders huddle (weekly).\n\n" + teams_block(50)
        sp = M(s, [BW["claire"], NS["jas"]], "Team leaders huddle", text=desc, html=True,
               ical=ics("Team leaders huddle", (8, 9, 0), 30, s, [(BW["claire"].name, BW["claire"].email), (NS["jas"].name, NS["jas"].email)], desc))
        return sp, L("no_claimant_data", t, "short Teams invite")
    if v == 51:
        s = S("kasia")
        body = ("Hi Helen\n\nThe Polish and Romanian ESOL flyer is attached, could you put it up in reception. Zajęcia są bezpłatne / Cursurile sunt gratuite.\n" + sig(s))
        pdf = pdf_bytes("ESOL flyer", [[("h", "Free ESOL classes - Tuesdays"), ("p", "Zajecia sa bezplatne. Cursurile sunt gratuite. Call 01632 960140.")]])
        sp = M(s, [OTHER["college"]], "ESOL flyer", text=body, html=True, atts=[att("ESOL flyer PL RO.pdf", pdf)])
        return sp, L("no_claimant_data", t, "bilingual flyer")
    if v == 52:
        s = S("nasreen")
        body = ("Rebecca\n\nOn the WHP disability strand: of 118 current participants 71% report a physical or mental health condition, 23% "
                "have a conviction disclosed at referral and 12% are in drug or alcohol treatment. Happy to discuss at the review.\n" + sig(s))
        sp = M(s, [OTHER["prime"]], "WHP barriers - aggregate", text=body, html=True)
        return sp, L("no_claimant_data", t, "aggregate barrier statistics")
    if v == 53:
        s = S("abdi")
        body = ("Hi Anne\n\nConfirming the coffee morning drop-in in the church hall on Tuesday 15th 10-12, we'll bring the urn back this time! "
                "Our volunteer Hodan will be on the door.\n" + sig(s))
        sp = M(s, [OTHER["church"]], "Coffee morning drop-in 15 Dec", text=body, html=True)
        return sp, L("no_claimant_data", t, "church venue drop-in, volunteer's first name")
    if v == 54:
        s = S("liam")
        body = ("Jas\n\nFile spec for the monthly return: columns Surname, Forename, NINO (format LL999999L), Start date (dd/mm/yyyy), "
                "Outcome. Test file values are dummies (e.g. SURNAME, FORENAME, QQ123456C). Use pipe delimiter.\n" + sig(s))
        sp = M(s, [NS["jas"]], "Monthly return file spec", text=body, html=True)
        return sp, L("no_claimant_data", t, "file spec with format mask and dummy NINO")
    if v == 55:
        s = S("sharon")
        doc = docx_bytes("Lone working procedure", [("h", "Lone working and home visits"),
            ("tr", [("t", "Home visits to participants "), ("del", "can"), ("ins", "should only"), ("t", " take place with a manager's approval. "
                    "Check the risk flag for any history of violence or offending before the visit.")], "Sharon Pritchard")])
        sp = M(s, [BW["claire"]], "Lone working procedure - comments", text="Claire, my tracked comments on the lone working procedure attached.\n" + sig(s), html=True,
               atts=[att("Lone working procedure v2 SP comments.docx", doc)])
        return sp, L("no_claimant_data", t, "procedure with tracked changes")
    s = S("denise")
    body = ("Hi Paula\n\nThanks for the chat about the care assistant roles, the 4 vacancies are on our board now and I've flagged them to "
            "the coaches in Wednesbury and Tipton. I'll send names only for the interview day once people have said yes.\n" + sig(s))
    q = quote(EMP["green"], s.email, "Care assistant vacancies", "Denise, we have 4 care assistant vacancies, days and nights, we pay for the Care Certificate.\nPaula\n" + ext_sig(EMP["green"]))
    sp = M(s, [EMP["green"]], "RE: Care assistant vacancies", text=body + q, html=True)
    return sp, L("no_claimant_data", t, "vacancy thread reply")


# ================================================================= relay under an exemption
@scen(7)
def one_name(v):
    c = claimant()
    t = T(subjects=1)
    if v == 0:
        s, e = S("denise"), EMP["acme"]
        body = "Hi Steve\n\n%s is confirmed for interview on Tuesday 8 December at 10am for the picker packer role, %s'll report to the gatehouse.\n%s" % (c.name, c.he, sig(s))
        return M(s, [e], "Interview confirmation - picker packer", text=body, html=True), L("one_name", t, "one name + interview time to employer", name_only=True)
    if v == 1:
        s, e = S("gurpreet"), EMP["green"]
        q = quote(e, s.email, "Trial shifts", "Gurpreet, have you got anyone for a trial shift next week? Paula\n" + ext_sig(e))
        body = "Hi Paula\n\nyes I've got %s who'd be great, can %s do the Wednesday 2pm trial shift and I'll let %s know the details" % (c.first + " " + c.last, c.he, c.him) + sig(s) + q
        return M(s, [e], "RE: Trial shifts", text=body, html=True), L("one_name", t, "one name + trial shift in [EXTERNAL] thread", name_only=True)
    if v == 2:
        s = S("kasia")
        body = ("Hi Jas\n\ncan you book %s onto the forklift counterbalance course starting Monday 14th at Tipton, referral status is accepted "
                "on our side and %s is really keen, thanks so much" % (c.name, c.he)) + sig(s)
        return M(s, [NS["jas"]], "Forklift course booking", text=body, html=True), L("one_name", t, "course booking run-on to supply chain", name_only=True)
    if v == 3:
        s = S("abdi")
        body = "Hi Imtiaz\n\nGood news, %s started work today at Brightside Retail Merry Hill. I'll send the UCNEA1 through the usual route.\n%s" % (c.name, sig(s))
        return M(s, [DWP["imtiaz"]], "Job start", text=body, html=True), L("one_name", t, "start date to DWP work coach", name_only=True)
    if v == 4:
        s, e = S("denise"), EMP["harbour"]
        desc = "Interview for the housekeeping role with %s.\nHarbourview Hotels Broad Street, ask for Maria at reception.\n\n%s" % (c.name, teams_block(400 + v))
        sp = M(s, [e], "Interview - %s - housekeeping" % c.name, text=desc, html=True,
               ical=ics("Interview - %s - housekeeping" % c.name, (10, 11, 0), 30, s, [(e.name, e.email)], desc))
        return sp, L("one_name", t, "Teams invite with one name in summary and subject", name_only=True)
    if v == 5:
        s = S("ravi")
        body = ("Ravi Sohal shared a file with you\n\n\"Marek - referral for %s, status accepted, first session Thurs 10am\"\n\n"
                "Bridgeway referral tracker.xlsx\n<https://tamevalleyworks.sharepoint.com/:x:/s/Consortium/EQf81Zk2>\n\n"
                "This link will work for people in Bridgeway Support.\n\nMicrosoft respects your privacy." % c.name)
        return M(s, [BW["marek"]], "Ravi Sohal shared \"Bridgeway referral tracker\" with you", text=body, html=True, mailer="owa",
                 from_name="Ravi Sohal (via SharePoint Online)"), L("one_name", t, "SharePoint notice with one name + referral status", name_only=True)
    s, e = S("sharon"), EMP["city"]
    body = "Danny - %s will be on site for the induction at 7.30 Monday, has PPE.\n%s" % (c.name, sig(s, "short"))
    return M(s, [e], "RE: Monday induction", text=body, html=True, mailer="owa"), L("one_name", t, "OWA short note, induction time", name_only=True)


@scen(3)
def cv_to_claimant(v):
    c = claimant(consent=True)
    t = T(subjects=1, contact=True, kinds=["cv"])
    s = SHARED["participants"]
    cvb = cv_blocks(c)
    if v == 0:
        body = "Hi %s,\n\nAs promised here is your updated CV with the warehouse experience moved to the top. Good luck on Tuesday!\n\nGurpreet\nTVWC Participant Services\n\n%s" % (c.first, CLASS)
        return M(s, [c], "Your updated CV", text=body, html=True, atts=[att("%s CV Dec 2026.docx" % c.name, docx_bytes("CV", cvb))]), \
            L("cv_to_claimant", t, "one clean CV to consented address", cv_count=1)
    if v == 1:
        q = quote(c, s.email, "cv", "hi can u send me my cv on email pls i lost the paper one. thanks %s" % c.first)
        body = "Hi %s\n\nNo problem, PDF attached so it prints nicely.\n\nKasia\nTVWC Participant Services\n%s" % (c.first, CLASS) + q
        return M(s, [c], "RE: cv", text=body, html=True, atts=[att("CV_%s.pdf" % ascii_(c.last), pdf_bytes("CV", [cvb]))]), \
            L("cv_to_claimant", t, "CV PDF in reply to the participant's own request (quoted)", cv_count=1)
    body = "Hi %s,\n\nHere's your CV pasted below so you can copy it into the Indeed form:\n\n%s\n\nAbdi\nTVWC Participant Services\n%s" % (c.first, blocks_text(cvb), CLASS)
    return M(s, [c], "Your CV for Indeed", text=body, html=True), L("cv_to_claimant", t, "CV pasted into the body to consented address", cv_count=1)


@scen(3)
def cvs(v):
    if v == 0:
        c = claimant()
        s, e = S("denise"), EMP["acme"]
        q = quote(e, s.email, "Picker packers", "Denise, anyone for the picker packer roles? Send CVs over. Steve\n" + ext_sig(e))
        return M(s, [e], "RE: Picker packers", text="Hi Steve, one CV attached, really reliable candidate.\n" + sig(s) + q, html=True,
                 atts=[att("%s_CV.docx" % ascii_(c.name).replace(" ", "_"), docx_bytes("CV", cv_blocks(c, langs=True)))]), \
            L("cvs_up_to_10", T(subjects=1, contact=True, kinds=["cv"]), "one CV to employer in a quoted thread", cv_count=1)
    if v == 1:
        cs = [claimant() for _ in range(6)]
        pdf = pdf_bytes("CV bundle", [cv_blocks(c) for c in cs])
        s, e = S("gurpreet"), EMP["green"]
        return M(s, [e], "Care assistant CVs (6)", text="Hi Paula\n\n6 CVs for the care assistant interview day bound into one PDF, one per page.\n" + sig(s), html=True,
                 atts=[att("Care assistant CVs x6.pdf", pdf)]), L("cvs_up_to_10", T(subjects=6, contact=True, kinds=["cv"]), "6 CVs bound in one PDF", cv_count=6)
    cs = [claimant() for _ in range(10)]
    z = zip_bytes([("CVs/%02d %s.docx" % (i + 1, ascii_(c.name)), docx_bytes("CV", cv_blocks(c))) for i, c in enumerate(cs)])
    s = S("kasia")
    return M(s, [NS["jas"]], "CVs for the CSCS cohort", text="Jas\n\nThe 10 CVs for the January CSCS cohort zipped.\n" + sig(s), html=True,
             atts=[att("CSCS cohort CVs.zip", z)]), L("cvs_up_to_10", T(subjects=10, contact=True, kinds=["cv"]), "exactly 10 CVs in a zip (boundary)", cv_count=10)


@scen(3)
def forms(v):
    s = S("denise")
    if v == 0:
        cs = [claimant() for _ in range(2)]
        e = EMP["harbour"]
        return M(s, [e], "Application forms - housekeeping", text="Maria\n\nTwo completed application forms attached.\n" + sig(s), html=True,
                 atts=[att("Application %s.docx" % ascii_(c.last), docx_bytes("Application", form_blocks(c, "Housekeeper", e))) for c in cs]), \
            L("application_forms_up_to_10", T(subjects=2, contact=True, kinds=["application_form"]), "2 forms as separate DOCX", form_people=2)
    if v == 1:
        cs = [claimant() for _ in range(10)]
        e = EMP["city"]
        pdf = pdf_bytes("Applications", [form_blocks(c, "Labourer", e) for c in cs])
        return M(s, [e], "Labourer applications x10", text="Danny\n\nTen application forms, one per page.\n" + sig(s), html=True,
                 atts=[att("CityBuild labourer applications.pdf", pdf)]), \
            L("application_forms_up_to_10", T(subjects=10, contact=True, kinds=["application_form"]), "10 forms in one PDF (boundary)", form_people=10)
    pairs = [(claimant(), claimant()) for _ in range(5)]
    e = EMP["harbour"]
    doc = docx_bytes("Couple applications", sum([couple_blocks(a, b, "Live-in house managers", e) + [("pb",)] for a, b in pairs], []))
    return M(s, [e], "Live-in couple posts - 5 applications", text="Maria\n\nFive joint applications (couples) for the live-in posts.\n" + sig(s), html=True,
             atts=[att("Couple applications x5.docx", doc)]), \
        L("application_forms_up_to_10", T(subjects=10, contact=True, kinds=["application_form_couple"]), "5 couple forms = 10 people (boundary)", form_people=10)


@scen(3)
def letters(v):
    if v == 0:
        c = claimant()
        e = EMP["bright"]
        lb = letter_blocks(c, "interview", e, day=9, time="2:00pm")
        pl = ("p", "Tłumaczenie: Zapraszamy na rozmowę kwalifikacyjną w %s w środę 9 grudnia o 14:00. Prosimy zabrać dokument tożsamości." % e.org)
        s = SHARED["participants"]
        return M(s, [c], "Interview letter / List z zaproszeniem", text="Dear %s,\n\nYour interview letter is attached with a Polish translation underneath.\n\nKasia\nTVWC Participant Services\n%s" % (c.first, CLASS),
                 html=True, atts=[att("Interview letter %s.docx" % ascii_(c.last), docx_bytes("Interview letter", lb + [pl]))]), \
            L("letters_up_to_10", T(subjects=1, contact=True, kinds=["letter_interview"]), "interview letter with Polish translation to its addressee", letters=1)
    if v == 1:
        cs = [claimant() for _ in range(3)]
        e = EMP["acme"]
        pdf = pdf_bytes("Offer letters", [letter_blocks(c, "offer", e) for c in cs])
        s = S("ravi")
        return M(s, [BW["marek"]], "Job offer letters - 3 Bridgeway participants", text="Marek\n\nCopies of the 3 Acme offer letters for your in-work support files.\n" + sig(s), html=True,
                 atts=[att("Acme offer letters x3.pdf", pdf)]), \
            L("letters_up_to_10", T(subjects=3, contact=True, kinds=["letter_job_offer"]), "3 job offer letters in one PDF to supply chain", letters=3)
    cs = [claimant() for _ in range(10)]
    pdf = pdf_bytes("Appointment letters", [letter_blocks(c, "appointment", day=R.choice([14, 15, 16]), time=R.choice(["9:30am", "11:00am", "2:15pm"])) for c in cs])
    s = S("sharon")
    return M(s, [NS["jas"]], "Appointment letters for the Tipton outreach", text="Jas\n\n10 appointment letters to post out from your Tipton office.\n" + sig(s), html=True,
             atts=[att("Appointment letters Tipton x10.pdf", pdf)]), \
        L("letters_up_to_10", T(subjects=10, contact=True, kinds=["letter_appointment"]), "10 appointment letters (boundary)", letters=10)


@scen(4)
def lists(v):
    if v == 0:
        rows = name_rows(35, date=True)
        rows = [[r[1], r[0], r[2], R.choice(["09:30", "10:00", "10:30", "11:00"]), "Interview booked"] for r in rows]
        blob = csv_bytes(["First Name", "Last Name", "Interview Date", "Time", "Stage"], rows, quote_all=True, bom=True)
        s = S("denise")
        return M(s, [EMP["acmehr"]], "Interview day list", text="Joanne\n\nCRM export of the 35 booked for the interview day (names and slots only).\n" + sig(s), html=True,
                 atts=[att("report1765276800456.csv", blob)]), L("names_list_500", T(subjects=35, kinds=["name_list"]), "Salesforce-style CSV 35 names + slots", list_rows=35)
    if v == 1:
        rows = name_rows(500, ref=True, fmt="SF")
        s = S("liam")
        return M(s, [BW["claire"]], "Survey mail-out list (500)", text="Claire\n\n500 names and refs for the satisfaction survey.\n" + sig(s), html=True,
                 atts=[att("Survey list 500.xlsx", xlsx_bytes([("List", ["SURNAME", "Forename", "Ref"], rows)]))]), \
            L("names_list_500", T(subjects=500, kinds=["name_list"]), "exactly 500 (boundary)", list_rows=500)
    if v == 2:
        cs = [claimant() for _ in range(6)]
        s = S("abdi")
        lines = "\n".join("%s  %s %s" % (tm, c.first, c.last[0] + ".") for tm, c in zip(["10:00", "10:20", "10:40", "11:00", "11:20", "11:40"], cs))
        body = "Manjit ji\n\nFor the hall door on Saturday, the booked one-to-one slots:\n\n%s\n\nThank you\n%s" % (lines, sig(s))
        return M(s, [OTHER["gurdwara"]], "Saturday slots", text=body, html=True), L("names_list_500", T(subjects=6, kinds=["name_list"]), "6 forename+initial slots to venue", list_rows=6)
    rows = name_rows(200, nino_col=True)
    s = S("liam")
    return M(s, [NS["data"]], "Caseload reconciliation", text="Emma\n\nCaseload list for reconciliation, names and NINOs only.\n" + sig(s), html=True,
             atts=[att("Northstar caseload recon.csv", csv_bytes(["Surname", "Forename", "NINO"], rows))]), \
        L("names_list_500", T(ninos=200, subjects=200, kinds=["name_list"]), "200 names + NINOs to supply chain", list_rows=200)


@scen(2)
def nino_only(v):
    s = S("liam")
    if v == 0:
        ns = [nino() for _ in range(60)]
        body = "Marek\n\ncan you check if any of these are on your caseload too\n\n" + "\n".join(nlow(n) for n in ns) + "\n" + sig(s)
        return M(s, [BW["marek"]], "duplicate check", text=body, html=True), L("nino_only_list", T(ninos=60, subjects=60, kinds=["nino_list"]), "60 lower-case spaced NINOs in body", nino_only=True)
    ns = [nino() for _ in range(700)]
    return M(s, [NS["data"]], "NINO match file", text="Emma\n\nNINO-only match file (700), nothing else in it.\n" + sig(s), html=True,
             atts=[att("nino_match_700.csv", csv_bytes(["NINO"], [[n] for n in ns]))]), \
        L("nino_only_list", T(ninos=700, subjects=700, kinds=["nino_list"]), "700 NINOs only (no limit)", nino_only=True)


@scen(3)
def dwp_lists(v):
    s = S("liam")
    if v == 0:
        rows = name_rows(45, nino_col=True, date=True)
        return M(s, [DWP["sharonp"]], "Restart starts list - Wolverhampton", text="Sharon\n\nStarts this month for your caseload.\n" + sig(s), html=True,
                 atts=[att("Wolverhampton starts Dec.xlsx", xlsx_bytes([("Starts", ["Surname", "Forename", "NINO", "Start date"], rows)]))]), \
            L("dwp_names_list", T(ninos=45, subjects=45, kinds=["name_list"]), "45 names+NINO+start date to work coach", list_rows=45)
    if v == 1:
        rows = name_rows(500, nino_col=True)
        return M(s, [DWP["karen"]], "Referral reconciliation (500)", text="Karen\n\nReconciliation list, 500 rows.\n" + sig(s), html=True,
                 atts=[att("Referral recon 500.csv", csv_bytes(["Surname", "Forename", "NINO"], rows))]), \
            L("dwp_names_list", T(ninos=500, subjects=500, kinds=["name_list"]), "exactly 500 to DWP", list_rows=500)
    rows = name_rows(150, ref=True, date=True)
    return M(s, [DWP["imtiaz"]], "Did-not-attend follow up list", text="Imtiaz\n\nNames and refs of those we've rebooked.\n" + sig(s), html=True,
             atts=[att("Sparkhill rebooked.xlsx", xlsx_bytes([("Rebooked", ["Surname", "Forename", "Ref", "New appt"], rows)]))]), \
        L("dwp_names_list", T(subjects=150, kinds=["name_list"]), "150 names + refs + dates to DWP", list_rows=150)


@scen(3)
def ucnea1_gns(v):
    c = claimant()
    if v == 0:
        s = S("abdi")
        doc = docx_bytes("UCNEA1", [("h", "UCNEA1"), ("kv", ucnea1_pairs(c, EMP["bright"]))])
        return M(s, [DWP["imtiaz"]], "UCNEA1 - job start", text="Imtiaz\n\nUCNEA1 attached for the job start I mentioned.\n" + sig(s), html=True,
                 atts=[att("UCNEA1.docx", doc)]), L("dwp_ucnea1_gns", T(ninos=1, subjects=1, kinds=["ucnea1"]), "one UCNEA1 DOCX to work coach", records=1)
    if v == 1:
        s = S("kasia")
        story = ("%s came to us with severe anxiety and depression after losing %s job. With weekly support and talking therapies %s "
                 "now works 24 hours a week at Greenfield Care." % (c.first, c.his, c.he))
        pdf = pdf_bytes("GNS", [[("h", "Good News Story"), ("kv", gns_pairs(c, story))]])
        return M(s, [DWP["karen"]], "Good News Story - WHP", text="Karen\n\nGood News Story attached, consent given.\n" + sig(s), html=True,
                 atts=[att("GNS WHP Dec.pdf", pdf)]), L("dwp_ucnea1_gns", T(ninos=1, subjects=1, special=["mental_health"], kinds=["good_news_story"]), "one GNS with mental health inside the record", records=1)
    s = S("ravi")
    body = "Lorraine\n\nUCNEA1 below:\n\n" + "\n".join("%s: %s" % kv for kv in ucnea1_pairs(c, EMP["acme"])) + "\n" + sig(s)
    return M(s, [DWP["wc2"]], "UCNEA1", text=body, html=True), L("dwp_ucnea1_gns", T(ninos=1, subjects=1, kinds=["ucnea1"]), "UCNEA1 in the body", records=1)


@scen(3)
def c15(v):
    c = claimant()
    s = SHARED["dx"]
    if v == 0:
        pairs = exit_pairs(c, "Completed programme. Ongoing back pain managed with physio; now working part time.")
        return M(s, [DWP["inbox"]], "WHP Exit Report", text="Exit report attached.\n\nWHP Data Exchange\n" + CLASS, html=True,
                 atts=[att("Exit Report.docx", docx_bytes("Exit report", [("kv", pairs)]))]), \
            L("dwp_c15_process", T(ninos=1, dob=True, special=["health"], subjects=1, kinds=["exit_report"]), "exit report with DOB and health inside, designated inboxes", records=1)
    if v == 1:
        st_, town, pc = address()
        pairs = coc_pairs(c, "New address: %s, %s %s" % (st_, town, pc))
        return M(s, [DWP["inbox"]], "Change of Circumstances", text="\n".join("%s: %s" % kv for kv in pairs) + "\n\nWHP Data Exchange\n" + CLASS, html=True), \
            L("dwp_c15_process", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]), "CoC new address in body, designated inboxes", records=1)
    pairs = doubt_pairs(c, "Did not attend and no contact made despite two calls and a letter.")
    return M(s, [DWP["inbox"]], "Compliance doubt", text="Compliance doubt below.\n\n" + "\n".join("%s: %s" % kv for kv in pairs) + "\n\nWHP Data Exchange\n" + CLASS, html=True), \
        L("dwp_c15_process", T(ninos=1, subjects=1, kinds=["compliance_doubt"]), "compliance doubt, designated inboxes", records=1)


def dwp_referral(c, extra=""):
    return ("WHP referral\nName: %s\nNINO: %s\nDate of birth: %s\nAddress: %s, %s %s\nPhone: %s\nReferral reason: %s\n"
            % (c.name, nsp(c.nino), dob_uk(c.dob), c.street, c.town, c.pc, c.phone, extra or "Long-term unemployed, wants warehouse work"))


@scen(2)
def forward(v):
    c = claimant()
    s = S("sharon")
    if v == 0:
        im = inner_msg(DWP["sharonp"], [s], "WHP referral", dwp_referral(c, "Type 2 diabetes, needs regular breaks"), n=1)
        return M(s, [BW["marek"]], "FW: WHP referral", text="Marek, referral for you as discussed.\n" + sig(s, "short"), html=True, atts=[im]), \
            L("forward_subcontractor", T(ninos=1, dob=True, contact=True, special=["health"], subjects=1), "DWP referral forwarded as message/rfc822, one record", records=1, fwd_record=True)
    q = quote(DWP["imtiaz"], s.email, "Referral", dwp_referral(c), external=True)
    return M(s, [NS["jas"]], "FW: Referral", text="Jas - over to you, one referral below.\n" + sig(s, "short") + q, html=True), \
        L("forward_subcontractor", T(ninos=1, dob=True, contact=True, subjects=1), "inline forward of one DWP referral", records=1, fwd_record=True)


def armour(seed, n=20):
    rr = random.Random(seed)
    import base64
    return "\n".join(base64.b64encode(bytes(rr.randint(0, 255) for _ in range(48))).decode() for _ in range(n))


@scen(3)
def encrypted(v):
    s = S("ravi")
    if v < 2:
        def raw(msg, v=v):
            msg.set_type("multipart/encrypted")
            msg.set_param("protocol", "application/pgp-encrypted")
            a = EmailMessage()
            a.set_content(b"Version: 1\n", maintype="application", subtype="pgp-encrypted", cte="7bit")
            a.del_param("filename")
            b = EmailMessage()
            b.set_content(("-----BEGIN PGP MESSAGE-----\n\n%s\n=Xk3q\n-----END PGP MESSAGE-----\n" % armour(v + 900)).encode(),
                          maintype="application", subtype="octet-stream", cte="7bit", filename="encrypted.asc")
            msg.set_payload([a, b])
        return M(s, [BW["secure"]], "Case notes" if v == 0 else "Referral pack", mailer=None, raw=raw), L("already_encrypted", T0, "PGP/MIME", encrypted=True)
    body = "-----BEGIN PGP MESSAGE-----\n\n%s\n=pQ2e\n-----END PGP MESSAGE-----\n" % armour(903)
    return M(s, [NS["data"]], "monthly return", text=body, mailer=None), L("already_encrypted", T0, "inline PGP", encrypted=True)


# ================================================================= encrypt
@scen(14)
def special(v):
    c = claimant()
    sp_ = None
    if v == 0:
        s, e = S("denise"), EMP["acme"]
        body = ("Hi Steve\n\njust to give you the heads up before %s starts on Monday, %s has type 1 diabetes so %s'll need to keep some "
                "glucose tablets on the line and have %s break on time, %s's been fine in every job so far it's just so the team leader knows" % (c.name, c.he, c.he, c.his, c.he)) + sig(s)
        return M(s, [e], "New starter Monday", text=body, html=True), L("encrypt_special_category", T(special=["health"], subjects=1), "diabetes about a named starter, run-on")
    if v == 1:
        s = S("kasia")
        body = ("Hi Marek\n\nreferring %s for the wellbeing sessions, %s's been really low since the summer, barely leaving the flat, GP has "
                "%s on sertraline and %s's on the waiting list for talking therapies, %s's happy for you to ring %s" % (c.name, c.he, c.him, c.he, c.he, c.him)) + sig(s)
        return M(s, [BW["marek"]], "Wellbeing referral", text=body, html=True), L("encrypt_special_category", T(special=["mental_health"], subjects=1), "low mood/antidepressant, named")
    if v == 2:
        s = S("gurpreet")
        body = ("Jas\n\n%s is 14 months sober and goes to the AA group at St Barnabas on Tuesday nights so can't do the evening course, "
                "could %s join the daytime one instead.\n" % (c.name, c.he)) + sig(s)
        return M(s, [NS["jas"]], "Course swap request", text=body, html=True), L("encrypt_special_category", T(special=["substance"], subjects=1), "alcohol recovery named; church venue is not religion")
    if v == 3:
        s, e = S("sharon"), EMP["city"]
        body = ("Danny\n\nBefore you meet %s: %s came out of HMP Birmingham in October and is on licence, %s probation officer is "
                "fine with site work and %s'll tell you about it at interview himself.\n" % (c.name, c.he, c.his, c.he)) + sig(s)
        return M(s, [e], "Labourer interview Thursday", text=body, html=True), L("encrypt_special_category", T(special=["criminal"], subjects=1), "prison release and licence, named")
    if v == 4:
        c = claimant(hand=True)
        c.first, c.last, c.name, c.sex = "Florica", "Stan", "Florica Stan", "f"
        s = S("abdi")
        body = ("Hi\n\nPlease book a Romanian interpreter for Mrs Florica Stan, Thursday 10 December 10am at Lye hub. She is Roma and "
                "has told us she's had bad experiences with interpreters from outside the community, so if you have a Roma interpreter "
                "that would be ideal.\n" + sig(s))
        return M(s, [OTHER["langlink"]], "Interpreter booking - Romanian", text=body, html=True), L("encrypt_special_category", T(special=["ethnicity"], subjects=1), "Roma ethnicity of named participant")
    if v == 5:
        s, e = S("denise"), EMP["acme"]
        body = ("Steve\n\n%s is a practising Muslim and would like to go to Jummah prayers on Fridays, %s can take %s lunch 1-2 to cover it, "
                "is that ok on the twilight shift?\n" % (c.name, c.he, c.his)) + sig(s)
        return M(s, [e], "Friday lunch break", text=body, html=True), L("encrypt_special_category", T(special=["religion"], subjects=1), "religious practice of named starter")
    if v == 6:
        s = S("kasia")
        body = ("Claire\n\n%s told me today she's recently come out as gay and things at home with her family have got really difficult, "
                "could Bridgeway's LGBT+ peer group be an option for her?\n" % c.name) + sig(s)
        return M(s, [BW["claire"]], "Peer group question", text=body, html=True), L("encrypt_special_category", T(special=["sexual_orientation"], subjects=1), "sexual orientation named")
    if v == 7:
        s, e = S("ravi"), EMP["harbour"]
        body = ("Maria\n\nAbout Tuesday's meeting on %s's hours: %s is a Unite member and %s rep from the union will come along with %s.\n" % (c.name, c.he, c.his, c.him)) + sig(s)
        return M(s, [e], "Meeting Tuesday - hours", text=body, html=True), L("encrypt_special_category", T(special=["trade_union"], subjects=1), "trade union membership named")
    if v == 8:
        s = S("gurpreet")
        chat = "\n".join([
            "03/12/2026, 08:41 - %s: morning gurpreet sorry cant come today got hospital for my epilepsy review at city hospital" % c.name,
            "03/12/2026, 08:43 - Gurpreet TVWC: no worries hope it goes ok, shall we do friday 11?",
            "03/12/2026, 08:50 - %s: yes ok. they might change my meds again had 2 seizures last week" % c.name])
        return M(s, [NS["jas"]], "Attendance - WhatsApp", text="Jas, for the attendance record, chat attached.\n" + sig(s), html=True,
                 atts=[att("WhatsApp Chat with %s.txt" % c.first, chat.encode("utf-8"))]), L("encrypt_special_category", T(special=["health"], subjects=1), "WhatsApp export .txt: epilepsy, seizures")
    if v == 9:
        s = S("kasia")
        doc = docx_bytes("Action plan", [("h", "Action plan - %s" % c.name),
                                         ("tr", [("t", "Barriers: confidence, travel. "), ("ins", "PTSD from time in the army - flashbacks in crowded places, ")], "Kasia Nowicka"),
                                         ("tr", [("t", "Goal: warehouse work, "), ("del", "nights"), ("ins", "day shifts only")], "Kasia Nowicka")], author="Kasia Nowicka")
        return M(s, [NS["jas"]], "Action plan tracked changes", text="Jas, updated action plan with my tracked changes.\n" + sig(s), html=True,
                 atts=[att("Action plan %s v2.docx" % ascii_(c.last), doc)]), L("encrypt_special_category", T(special=["mental_health"], subjects=1), "PTSD in a tracked insertion")
    if v == 10:
        s = S("sharon")
        desc = "Case conference for %s following %s MS relapse, to agree a phased return with Bridgeway and the work coach.\n\n%s" % (c.name, c.his, teams_block(1010))
        return M(s, [BW["claire"], DWP["sharonp"]], "Case conference - %s" % c.name, text=desc, html=True,
                 ical=ics("Case conference - %s" % c.name, (11, 14, 0), 45, s, [(BW["claire"].name, BW["claire"].email), (DWP["sharonp"].name, DWP["sharonp"].email)], desc)), \
            L("encrypt_special_category", T(special=["health"], subjects=1), "MS relapse in a Teams invite description")
    if v == 11:
        s, e = S("abdi"), EMP["green"]
        body = ("Paula\n\n%s is really excited about the night care assistant post, she asked me to let you know she has sickle cell and "
                "sometimes gets crises in the cold so she may need the odd day off at short notice.\n" % c.name) + sig(s)
        return M(s, [e], "Night care assistant - heads up", text=body, html=True), L("encrypt_special_category", T(special=["health"], subjects=1), "sickle cell named")
    if v == 12:
        s = S("liam")
        body = ("Power Automate\n\nNew response to Restart referral form\n\nName: %s\nReferred by: Sparkhill JCP\nConditions: type 2 diabetes, bipolar "
                "disorder (stable)\nInterpreter: Urdu\nSubmitted: 04/12/2026 14:22\n\n-- forwarded for allocation, Liam" % c.name)
        return M(s, [BW["claire"]], "FW: New response - Restart referral form", text=body + sig(s, "short"), html=True, mailer="owa"), \
            L("encrypt_special_category", T(special=["health", "mental_health"], subjects=1), "Forms/Power Automate response with conditions")
    s, e = S("denise"), EMP["harbour"]
    q = quote(e, s.email, "DBS for night porter", "Denise, the night porter role needs a basic DBS, is there anything we should know before we offer? Maria\n" + ext_sig(e))
    body = ("Hi Maria\n\n%s will tell you himself but yes there's a conviction for affray from 2019, it's spent now so it won't show on a basic." % c.name) + sig(s) + q
    return M(s, [e], "RE: DBS for night porter", text=body, html=True), L("encrypt_special_category", T(special=["criminal"], subjects=1), "conviction named, in a reply to the employer")


@scen(6)
def enc_nino(v):
    c = claimant()
    if v == 0:
        s, e = S("denise"), EMP["brighthr"]
        body = "Gareth\n\nNew starter paperwork for %s, NI number %s, start Monday at Merry Hill.\n" % (c.name, nlow(c.nino)) + sig(s)
        return M(s, [e], "New starter paperwork", text=body, html=True), L("encrypt_nino", T(ninos=1, subjects=1), "lower-case spaced NINO to employer HR")
    if v == 1:
        s = S("ravi")
        fn = "%s_%s_%s_action_plan.pdf" % (ascii_(c.last), c.first[0], c.nino)
        pdf = pdf_bytes("Action plan", [[("h", "Action plan"), ("p", "Goal: retail work. Next steps: CV, two applications a week.")]])
        return M(s, [BW["marek"]], "Action plan", text="Marek, the action plan attached.\n" + sig(s), html=True, atts=[att(fn, pdf)]), \
            L("encrypt_nino", T(ninos=1, subjects=1), "NINO only in the attachment file name")
    if v == 2:
        s = S("gurpreet")
        n = c.nino
        body = "Jas\n\nfor the booking system %s's NI is %s %s %s\n%s %s could you add it so the certificate comes out right" % (c.first, n[:2], n[2:4], n[4:6], n[6:8], n[8]) + sig(s)
        return M(s, [NS["jas"]], "CSCS booking", text=body, html=False), L("encrypt_nino", T(ninos=1, subjects=1), "NINO split over a line break, plain text")
    if v == 3:
        s = S("kasia")
        body = "Claire, yes that's the right person, referral sent Tuesday.\n" + sig(s, "short")
        return M(s, [BW["claire"]], "RE: Referral %s" % nsp(c.nino), text=body, html=True), L("encrypt_nino", T(ninos=1, subjects=1), "NINO in subject and Thread-Topic")
    if v == 4:
        s = S("liam")
        body = ("Liam O'Reilly shared a file with you\n\n%s %s - %s - DWP referral.pdf\n<https://tamevalleyworks.sharepoint.com/:b:/s/Consortium/EdR2>\n\n"
                "This link will work for people in Northstar Training.\n\nMicrosoft respects your privacy." % (c.last.upper(), c.first[0], nhy(c.nino)))
        return M(s, [NS["data"]], "Liam O'Reilly shared \"DWP referral\" with you", text=body, html=True, mailer="owa", from_name="Liam O'Reilly (via SharePoint Online)"), \
            L("encrypt_nino", T(ninos=1, subjects=1), "hyphenated NINO in a SharePoint-shared file name")
    s, e = S("abdi"), EMP["green"]
    h = "<p class=MsoNormal>Paula, details for the DBS application:</p>" + html_table(["Name", "NI number", "Role"], [[c.name, nhy(c.nino), "Care assistant"]]) + "<p class=MsoNormal>Abdi</p>"
    txt = "Paula, details for the DBS application:\n\nName: %s\nNI number: %s\nRole: Care assistant\n\nAbdi" % (c.name, nhy(c.nino)) + sig(s)
    return M(s, [e], "DBS application details", text=txt, html="<html><body>%s<p>%s</p></body></html>" % (h, esc(CLASS))), \
        L("encrypt_nino", T(ninos=1, subjects=1), "hyphenated NINO in an HTML table")


@scen(5)
def dob_bank(v):
    c = claimant()
    if v == 0:
        s = S("kasia")
        body = ("Hi Lisa\n\nfor the tenancy sign-up, %s was born on %s, and %s'll bring the passport on the day\n" % (c.name, dob_words(c.dob), c.he)) + sig(s)
        return M(s, [OTHER["housing"]], "Tenancy sign-up", text=body, html=True), L("encrypt_dob_bank", T(dob=True, subjects=1), "DOB in words to housing provider")
    if v == 1:
        s = S("liam")
        row = [[c.ref, c.first, c.last, c.dob.isoformat(), "Labourer", "Referred"]]
        return M(s, [EMP["city"]], "Candidate record", text="Danny, the candidate record export.\n" + sig(s), html=True,
                 atts=[att("report1765363200789.csv", csv_bytes(["Contact ID", "First Name", "Last Name", "Birthdate", "Role", "Stage"], row, quote_all=True))]), \
            L("encrypt_dob_bank", T(dob=True, subjects=1), "one-row CRM CSV with ISO birthdate")
    if v == 2:
        s = S("tom")
        sc = sortcode().replace("-", "")
        acct = "%08d" % R.randint(10000000, 99999999)
        body = ("Emma\n\nFor the travel reimbursement to %s (bus fares £18.40) pay into: sort code %s %s %s account %s\n" % (c.name, sc[:2], sc[2:4], sc[4:], acct)) + sig(s)
        return M(s, [NS["data"]], "Travel reimbursement", text=body, html=True), L("encrypt_dob_bank", T(bank=True, subjects=1), "participant sort code + account")
    if v == 3:
        s = S("kasia")
        ib = iban()
        body = ("Maria\n\n%s has a Polish bank account for wages until the UK one is open: IBAN %s (%s).\n" % (c.name, " ".join(ib[i:i + 4] for i in range(0, 22, 4)), c.name)) + sig(s)
        return M(s, [EMP["harbour"]], "Wages account", text=body, html=True), L("encrypt_dob_bank", T(bank=True, subjects=1), "participant IBAN spaced in fours")
    s = S("sharon")
    body = "Hi\n\nTo rebook the CSCS test for %s, the card used originally was %s exp 09/28.\n" % (c.name, luhn_card()) + sig(s)
    return M(s, [OTHER["cscs"]], "CSCS test rebooking", text=body, html=True), L("encrypt_dob_bank", T(bank=True, subjects=1), "participant card number")


@scen(5)
def benefit_children(v):
    c = claimant()
    if v == 0:
        s = S("gurpreet")
        body = ("Marek\n\n%s's UC has been sanctioned, they've taken £97.30 off this month for the missed appointment so %s's struggling, "
                "can Bridgeway help with a food bank voucher\n" % (c.name, c.he)) + sig(s)
        return M(s, [BW["marek"]], "Food bank voucher", text=body, html=True), L("encrypt_benefit_children", T(benefit=True, subjects=1), "UC sanction amount named")
    if v == 1:
        s = S("kasia")
        body = ("Lisa\n\n%s's housing element of Universal Credit is £612.50 a month and the rent is £650, so there's a shortfall of £37.50, "
                "could you look at a DHP application.\n" % c.name) + sig(s)
        return M(s, [OTHER["housing"]], "Rent shortfall", text=body, html=True), L("encrypt_benefit_children", T(benefit=True, subjects=1), "UC housing amount named")
    if v == 2:
        s, e = S("denise"), EMP["bright"]
        body = ("Priya\n\n%s can do 9.30 till 2.30 school hours, she has Zain who's four and Amira who turns seven in January so "
                "after 3 is impossible until the summer.\n" % c.name) + sig(s)
        return M(s, [e], "Hours for new starter", text=body, html=True), L("encrypt_benefit_children", T(children=True, subjects=1), "children named with ages in words")
    if v == 3:
        s = S("ravi")
        x = xlsx_bytes([("Better off", ["Item", "Monthly"], [["Name", c.name], ["Current UC award", "£1,087.42"], ["Wages (30h)", "£1,560"],
                                                               ["UC after taper", "£420.15"], ["Better off by", "£892.73"]])])
        return M(s, [NS["jas"]], "Better-off calc", text="Jas, the better off calc for the job offer.\n" + sig(s), html=True, atts=[att("Better off %s.xlsx" % c.first, x)]), \
            L("encrypt_benefit_children", T(benefit=True, subjects=1), "better-off calc with UC award of named person")
    s = S("abdi")
    body = ("Hi\n\nPlease book a Somali interpreter for %s on Monday 14th 2pm. She'll have her sons Abdullahi (8) and Yusuf (5) with her "
            "as it's an inset day, so a room with space please.\n" % c.name) + sig(s)
    return M(s, [OTHER["langlink"]], "Interpreter - Monday 14th", text=body, html=True), L("encrypt_benefit_children", T(children=True, subjects=1), "children's names and ages in an interpreter booking")


@scen(5)
def beyond(v):
    c = claimant()
    if v == 0:
        s, e = S("denise"), EMP["acme"]
        h = "<p class=MsoNormal>Steve, interview slot:</p>" + html_table(["Name", "Mobile", "Time"], [[c.name, c.phone, "Tue 10:30"]])
        txt = "Steve, interview slot:\n\n%s\n" % text_table(["Name", "Mobile", "Time"], [[c.name, c.phone, "Tue 10:30"]]) + sig(s)
        return M(s, [e], "Interview slot", text=txt, html="<html><body>%s<p>%s</p></body></html>" % (h, esc(CLASS))), \
            L("encrypt_beyond_name", T(contact=True, subjects=1), "one name + mobile in a table")
    if v == 1:
        s, e = S("gurpreet"), EMP["green"]
        body = ("Paula\n\n%s would be perfect for the Wednesbury home, %s lives at %s in %s (%s) so it's one bus, can we do the interview Friday." % (c.name, c.he, c.street, c.town, c.pc)) + sig(s)
        return M(s, [e], "Care assistant candidate", text=body, html=True), L("encrypt_beyond_name", T(contact=True, subjects=1), "one name + home address in prose")
    if v == 2:
        s = S("kasia")
        q = quote(c, s.email, "course", "hi kasia its %s, can you put me on the food hygiene course, my email is this one %s" % (c.name, c.email))
        body = "Jas, can you enrol %s on food hygiene, %s email is below.\n" % (c.name, c.his) + sig(s, "short") + q
        return M(s, [NS["jas"]], "FW: course", text=body, html=True), L("encrypt_beyond_name", T(contact=True, subjects=1), "one name + personal e-mail in a quoted block")
    if v == 3:
        s = S("abdi")
        body = "Claire, first session is Thursday 10am, %s confirmed.\n" % c.first + sig(s, "short")
        return M(s, [BW["claire"]], "%s %s %s - Thursday" % (c.first, c.last, c.pc), text=body, html=True), L("encrypt_beyond_name", T(contact=True, subjects=1), "one name + postcode in subject")
    s, e = S("denise"), EMP["harbour"]
    desc = "Interview for the housekeeping role.\n\n%s" % teams_block(2004)
    sp = M(s, [e, c], "Interview - housekeeping - Harbourview", text=desc, html=True,
           ical=ics("Interview - housekeeping", (11, 10, 0), 30, s, [(e.name, e.email), (c.name, c.email)], desc))
    return sp, L("encrypt_beyond_name", T(contact=True, subjects=1), "Teams invite to employer and participant: employer sees the personal e-mail")


@scen(6)
def over(v):
    s = S("denise")
    if v == 0:
        cs = [claimant() for _ in range(11)]
        doc = docx_bytes("CVs", sum([cv_blocks(c) + [("pb",)] for c in cs], []))
        return M(s, [EMP["bright"]], "Christmas temps - CVs", text="Priya, 11 CVs in one document.\n" + sig(s), html=True, atts=[att("Christmas temps CVs x11.docx", doc)]), \
            L("encrypt_over_limit", T(subjects=11, contact=True, kinds=["cv"]), "11 CVs in one DOCX", cv_count=11)
    if v == 1:
        cs = [claimant() for _ in range(11)]
        e = EMP["city"]
        pdf = pdf_bytes("Applications", [form_blocks(c, "Labourer", e) for c in cs])
        return M(s, [e], "Applications x11", text="Danny, 11 forms.\n" + sig(s), html=True, atts=[att("applications x11.pdf", pdf)]), \
            L("encrypt_over_limit", T(subjects=11, contact=True, kinds=["application_form"]), "11 application forms", form_people=11)
    if v == 2:
        pairs = [(claimant(), claimant()) for _ in range(6)]
        e = EMP["harbour"]
        doc = docx_bytes("Couple applications", sum([couple_blocks(a, b, "Live-in house managers", e) + [("pb",)] for a, b in pairs], []))
        return M(s, [e], "Live-in couple posts - 6 applications", text="Maria, six joint applications.\n" + sig(s), html=True, atts=[att("Couple applications x6.docx", doc)]), \
            L("encrypt_over_limit", T(subjects=12, contact=True, kinds=["application_form_couple"]), "6 couple forms = 12 people", form_people=12)
    if v == 3:
        cs = [claimant() for _ in range(11)]
        pdf = pdf_bytes("Appointment letters", [letter_blocks(c, "appointment", day=15) for c in cs])
        return M(S("sharon"), [NS["jas"]], "Appointment letters x11", text="Jas, 11 letters to post.\n" + sig(S("sharon")), html=True, atts=[att("Appointment letters x11.pdf", pdf)]), \
            L("encrypt_over_limit", T(subjects=11, contact=True, kinds=["letter_appointment"]), "11 appointment letters", letters=11)
    if v == 4:
        rows = name_rows(501, nino_col=True)
        return M(S("liam"), [DWP["karen"]], "Referral reconciliation (501)", text="Karen, full list.\n" + sig(S("liam")), html=True,
                 atts=[att("Referral recon 501.csv", csv_bytes(["Surname", "Forename", "NINO"], rows))]), \
            L("encrypt_over_limit", T(ninos=501, subjects=501, kinds=["name_list"]), "501 names to DWP", list_rows=501)
    a, b = claimant(), claimant()
    s = S("sharon")
    q = quote(DWP["imtiaz"], s.email, "Two referrals", dwp_referral(a) + "\n" + dwp_referral(b), external=True)
    return M(s, [BW["marek"]], "FW: Two referrals", text="Marek, two for you.\n" + sig(s, "short") + q, html=True), \
        L("encrypt_over_limit", T(ninos=2, dob=True, contact=True, subjects=2), "forward of 2 DWP records", records=2, fwd_record=True)


@scen(3)
def forbidden(v):
    s = S("liam")
    if v == 0:
        rows = [[r[1], r[0], mob(), "Interview booked"] for r in name_rows(30)]
        return M(s, [EMP["acmehr"]], "Interview day list", text="Joanne, the list with mobiles so you can text reminders.\n" + sig(s), html=True,
                 atts=[att("report1765449600111.csv", csv_bytes(["First Name", "Last Name", "Mobile", "Stage"], rows, quote_all=True))]), \
            L("encrypt_list_forbidden_column", T(contact=True, subjects=30, kinds=["name_list"]), "CRM list with mobile column", list_rows=30, list_cols=["mobile"])
    if v == 1:
        rows = [[r[0], r[1], address()[2]] for r in name_rows(40)]
        return M(s, [BW["claire"]], "Outreach list by postcode", text="Claire, names and postcodes for the doorstep outreach.\n" + sig(s), html=True,
                 atts=[att("Outreach postcodes.xlsx", xlsx_bytes([("List", ["Surname", "Forename", "Postcode"], rows)]))]), \
            L("encrypt_list_forbidden_column", T(contact=True, subjects=40, kinds=["name_list"]), "list with postcode column", list_rows=40, list_cols=["postcode"])
    rows = [[r[0], r[1], R.choice(["£97.30", "£194.60", "£48.65"])] for r in name_rows(15)]
    return M(s, [NS["data"]], "Sanctions follow-up", text="Emma\n\n" + text_table(["Surname", "Forename", "UC sanction this month"], rows) + "\n" + sig(s), html=True), \
        L("encrypt_list_forbidden_column", T(benefit=True, subjects=15, kinds=["name_list"]), "list with UC sanction amounts in body", list_rows=15, list_cols=["benefit"])


@scen(2)
def letter_kind(v):
    c = claimant()
    s = S("kasia")
    if v == 0:
        lb = letter_blocks(c, "Letter of support", coach="Kasia Nowicka")
        lb.insert(-3, ("p", "%s is actively seeking work and needs a ground-floor flat close to the hub." % c.first))
        return M(s, [OTHER["housing"]], "Letter of support - housing", text="Lisa, letter of support attached.\n" + sig(s), html=True,
                 atts=[att("Letter of support %s.docx" % ascii_(c.last), docx_bytes("Letter of support", lb))]), \
            L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "letter of support to housing provider", letters=1)
    lb = letter_blocks(c, "Reference", coach="Ravi Sohal")
    return M(S("ravi"), [EMP["green"]], "Reference request", text="Paula, our reference letter attached.\n" + sig(S("ravi")), html=True,
             atts=[att("Reference %s.pdf" % ascii_(c.last), pdf_bytes("Reference", [lb]))]), \
        L("encrypt_letter_kind", T(contact=True, subjects=1, kinds=["letter_other"]), "reference letter to employer", letters=1)


@scen(3)
def dwp_proc(v):
    if v == 0:
        a, b = claimant(), claimant()
        pdf = pdf_bytes("GNS", [[("h", "Good News Story"), ("kv", gns_pairs(a, "Now working 30 hours in logistics."))],
                                [("h", "Good News Story"), ("kv", gns_pairs(b, "Started own mobile hairdressing business."))]])
        return M(S("kasia"), [DWP["karen"]], "Good News Stories x2", text="Karen, two GNS in one PDF.\n" + sig(S("kasia")), html=True, atts=[att("GNS x2.pdf", pdf)]), \
            L("encrypt_dwp_process", T(ninos=2, subjects=2, kinds=["good_news_story"]), "two GNS in one e-mail", records=2)
    c = claimant()
    if v == 1:
        pairs = exit_pairs(c, "Left for full-time work.")
        return M(S("bushra"), [DWP["inbox"]], "WHP Exit Report", text="Exit report attached.\n" + sig(S("bushra")), html=True,
                 atts=[att("Exit Report.docx", docx_bytes("Exit", [("kv", pairs)]))]), \
            L("encrypt_dwp_process", T(ninos=1, dob=True, subjects=1, kinds=["exit_report"]), "exit report from a staff address, not the designated inbox", records=1)
    pairs = coc_pairs(c, "Moved in with partner; new mobile %s" % mob())
    return M(S("kasia"), [DWP["sharonp"]], "Change of circumstances", text="\n".join("%s: %s" % kv for kv in pairs) + sig(S("kasia")), html=True), \
        L("encrypt_dwp_process", T(ninos=1, contact=True, subjects=1, kinds=["change_of_circumstances"]), "CoC to a work coach, not the designated inbox", records=1)


@scen(3)
def claimant_rcpt(v):
    c = claimant(consent=True)
    s = SHARED["participants"]
    if v == 0:
        return M(s, [c], "Your CV", text="Hi %s, your CV attached.\n\nRavi\nTVWC Participant Services\n%s" % (c.first, CLASS), html=True,
                 atts=[att("%s CV.docx" % c.name, docx_bytes("CV", cv_blocks(c, dob=True)))]), \
            L("encrypt_claimant_recipient", T(dob=True, contact=True, subjects=1, kinds=["cv"]), "consented CV carrying DOB", cv_count=1)
    if v == 1:
        cvb = cv_blocks(c)
        return M(s, [c], "Your CVs (English and Polish)", text="Cześć %s, both versions of your CV attached.\n\nKasia\nTVWC Participant Services\n%s" % (c.first, CLASS), html=True,
                 atts=[att("CV %s EN.docx" % ascii_(c.last), docx_bytes("CV", cvb)), att("CV %s PL.docx" % ascii_(c.last), docx_bytes("CV", cvb + [("p", "Wersja polska")]))]), \
            L("encrypt_claimant_recipient", T(contact=True, subjects=1, kinds=["cv"]), "two CV versions to consented address", cv_count=2)
    body = ("Hi %s\n\nAs we discussed, your Universal Credit will drop to about £420 a month once you start the 30 hours, and the £97.30 "
            "sanction from October has now ended. Any questions just ask.\n\nGurpreet\nTVWC Participant Services\n%s" % (c.first, CLASS))
    return M(s, [c], "Your UC and the new job", text=body, html=True), L("encrypt_claimant_recipient", T(benefit=True, subjects=1), "participant's own benefit amounts to them")


@scen(2)
def tag(v):
    if v == 0:
        s = S("bushra")
        return M(s, [NS["jas"]], "[ENCRYPT] Audit sampling method", text="Jas, sampling method for January (no case details).\n" + sig(s), html=True), \
            L("encrypt_sender_tag", T0, "sender tag on mail with no claimant data")
    c = claimant()
    s = S("denise")
    return M(s, [EMP["acme"]], "RE: [ENCRYPT] Interview Tuesday", text="Steve, %s confirmed for 10am Tuesday.\n" % c.name + sig(s), html=True), \
        L("encrypt_sender_tag", T(subjects=1), "RE: [ENCRYPT] on a one-name mail", name_only=True)


@scen(2)
def pw(v):
    s = S("liam")
    if v == 0:
        rows = name_rows(20, nino_col=True)
        z = zipcrypto_bytes([("claims Dec.csv", csv_bytes(["Surname", "Forename", "NINO"], rows))], "Tame2026!")
        return M(s, [NS["data"]], "Claims file (password by Teams)", text="Emma, zip attached, password sent on Teams.\n" + sig(s), html=True,
                 atts=[att("claims Dec.zip", z)]), L("encrypt_password_protected", T0, "ZipCrypto zip", pw=True)
    pdf = pdf_bytes("Case review", [[("h", "Case review"), ("p", "Confidential")]], password="Lye-4471")
    return M(S("sharon"), [BW["claire"]], "Case review (protected)", text="Claire, protected PDF, password by phone.\n" + sig(S("sharon")), html=True,
             atts=[att("Case review.pdf", pdf)]), L("encrypt_password_protected", T0, "password-protected PDF", pw=True)


@scen(2)
def scan(v):
    if v == 0:
        return M(S("kasia"), [BW["marek"]], "Scan from Canon iR-ADV", text="Scanned from Canon iR-ADV C5535 at Lye Community Hub.\n", mailer=None,
                 atts=[att("SCAN_20261207_101422.pdf", scan_pdf(77, 2))]), L("encrypt_no_text_scan", T0, "image-only 2-page MFD scan", scan=True)
    return M(S("gurpreet"), [NS["jas"]], "photo of the form", text="Jas, photo of the signed form from WhatsApp.\n" + sig(S("gurpreet"), "short"), html=True,
             atts=[att("IMG-20261208-WA0004.jpg", scan_image(78, 900, 1200))]), L("encrypt_no_text_scan", T0, "WhatsApp JPEG photo of a form", scan=True)


# ================================================================= reject
@scen(5)
def cv_no_consent(v):
    c = claimant()
    t = T(subjects=1, contact=True, kinds=["cv"])
    s = SHARED["participants"]
    if v == 0:
        return M(s, [c], "Your CV", text="Hi %s, your new CV attached.\n\nGurpreet\nTVWC Participant Services\n%s" % (c.first, CLASS), html=True,
                 atts=[att("%s CV.docx" % c.name, docx_bytes("CV", cv_blocks(c)))]), L("reject_cv_no_consent", t, "CV to unconsented address", cv_count=1)
    if v == 1:
        return M(s, [c], "CV", text="Hi %s\n\nYour CV below:\n\n%s\n\nAbdi\n%s" % (c.first, blocks_text(cv_blocks(c)), CLASS), html=True), \
            L("reject_cv_no_consent", t, "CV pasted in body, unconsented", cv_count=1)
    if v == 2:
        return M(s, [c], "[ENCRYPT] Your CV", text="Hi %s, CV attached securely.\n\nKasia\n%s" % (c.first, CLASS), html=True,
                 atts=[att("CV %s.pdf" % ascii_(c.last), pdf_bytes("CV", [cv_blocks(c)]))]), L("reject_cv_no_consent", t, "CV with [ENCRYPT] tag, unconsented", cv_count=1)
    if v == 3:
        z = zip_bytes([("%s CV.docx" % ascii_(c.name), docx_bytes("CV", cv_blocks(c)))])
        return M(s, [c], "cv zipped", text="Hi %s, zipped as your phone wouldn't open it.\n\nRavi\n%s" % (c.first, CLASS), html=True, atts=[att("cv.zip", z)]), \
            L("reject_cv_no_consent", t, "zipped CV, unconsented", cv_count=1)
    c2 = claimant(consent=True)
    c.email = c2.email.split("@")[0] + ".work@" + ("outlook.com" if not c2.email.endswith("outlook.com") else "gmail.com")
    c.first, c.last, c.name = c2.first, c2.last, c2.name
    return M(s, [c], "Your CV", text="Hi %s, sending to your other email as asked.\n\nDenise\n%s" % (c.first, CLASS), html=True,
             atts=[att("%s CV.docx" % ascii_(c.name), docx_bytes("CV", cv_blocks(c)))]), L("reject_cv_no_consent", t, "CV to a consented person's second, unconsented address", cv_count=1)


@scen(6)
def uninspectable(v):
    s = S("liam")
    rr = random.Random(5000 + v)
    junk = bytes(rr.randint(0, 255) for _ in range(6000))
    if v == 0:
        a = att("Caseload Dec.docx", junk)
    elif v == 1:
        pdf = pdf_bytes("Report", [[("h", "Report"), ("p", "x" * 2000)]])
        a = att("Monthly report.pdf", pdf[: len(pdf) // 3])
    elif v == 2:
        z = zip_bytes([("a.csv", b"a,b\n1,2\n" * 200), ("b.csv", b"c,d\n3,4\n" * 200)])
        a = att("returns.zip", z[:-40])
    elif v == 3:
        a = att("Tracker.xlsx", b"PK\x03\x04" + junk)
    elif v == 4:
        inner = inner_msg(EMP["acme"], [s], "Timesheets", "Timesheets attached.", atts=[att("timesheets.pdf", b"%PDF-1.7\n" + junk)], n=4)
        return M(s, [NS["data"]], "FW: Timesheets", text="Emma, see attached.\n" + sig(s, "short"), html=True, atts=[inner]), \
            L("reject_uninspectable", T0, "attached message whose PDF is header + garbage", opaque=True)
    else:
        a = att("outcome evidence.pdf", junk, mime="application/pdf")
    return M(s, [NS["data"]], "Files for the return", text="Emma, file attached.\n" + sig(s, "short"), html=True, atts=[a]), \
        L("reject_uninspectable", T0, ["random bytes as .docx", "truncated PDF", "zip with cut-off central directory", "PK header then garbage as .xlsx", "", "random bytes as .pdf"][v], opaque=True)


# ================================================================= runner
DAYS = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18]


def generate():
    global _used
    _used = set()
    CONSENT.clear()
    _rev[0] = 0
    built = []
    for fn, count in SCEN:
        for v in range(count):
            seed_for("%s-%d" % (fn.__name__, v))
            sp, lab = fn(v)
            built.append(("%s-%d" % (fn.__name__, v), sp, lab))
    order = list(range(len(built)))
    random.Random(20261204).shuffle(order)
    files, labels = {}, []
    per_day = -(-len(built) // len(DAYS))
    for pos, k in enumerate(order):
        n = pos + 1
        name, sp, lab = built[k]
        hid = "%s-%03d" % (PFX, n)
        day = DAYS[(n - 1) // per_day]
        mins = 8 * 60 + 3 + ((n - 1) % per_day) * 43
        files["mail/%s.eml" % hid] = build(sp, n, day, mins // 60, mins % 60)
        labels.append({"id": hid, "file": "mail/%s.eml" % hid, "mail_from": addr(sp["sender"])[1],
                       "rcpt_to": [addr(x)[1] for x in sp["to"] + sp["cc"] + sp["bcc"]],
                       "expected_action": lab["expected_action"], "rule": lab["rule"], "guidance": lab["guidance"],
                       "truth": lab["truth"], "facts": lab["facts"], "notes": lab["notes"], "scenario": name})
    files["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels).encode("utf-8")
    files["consent.txt"] = "".join(a + "\n" for a in sorted(set(CONSENT))).encode()
    return files


def write(files):
    if os.path.isdir(MAIL_DIR):
        shutil.rmtree(MAIL_DIR)
    os.makedirs(MAIL_DIR)
    for k, v in files.items():
        with open(os.path.join(HERE, k), "wb") as f:
            f.write(v)


# ================================================================= self-check
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])[ \t-]?([A-Za-z])[ \t-]{0,2}(\d{2})[ \t-]{0,2}(\d{2})[ \t\n-]{0,2}(\d{2})[ \t\n-]{0,2}([A-Da-d])(?![A-Za-z0-9])")


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


def att_text(fn, blob):
    import pypdf
    ext = fn.rsplit(".", 1)[-1].lower()
    flags = set()
    try:
        if ext == "pdf":
            r = pypdf.PdfReader(io.BytesIO(blob), strict=True)
            if r.is_encrypted:
                raise Protected(fn)
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                flags.add("scan")
            return t, flags
        if ext == "docx":
            z = zipfile.ZipFile(io.BytesIO(blob))
            x = z.read("word/document.xml").decode("utf-8")
            docx.Document(io.BytesIO(blob))
            paras = re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S)
            return "\n".join("".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)</w:(?:t|delText)>", p)) for p in paras), flags
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(blob), read_only=True)
            return "\n".join(",".join("" if c is None else str(c) for c in row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)), flags
        if ext in ("csv", "txt", "ics"):
            return blob.decode("utf-8-sig"), flags
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(blob))
            parts = []
            for info in z.infolist():
                if info.flag_bits & 1:
                    raise Protected(info.filename)
            if z.testzip() is not None:
                raise Opaque(fn)
            for info in z.infolist():
                t, f2 = att_text(info.filename, z.read(info.filename))
                parts.append(info.filename + "\n" + t)
                flags |= f2
            return "\n".join(parts), flags
        if ext in ("jpg", "png"):
            Image.open(io.BytesIO(blob)).verify()
            flags.add("scan")
            return "", flags
    except Protected:
        raise
    except Exception as ex:
        raise Opaque("%s: %s" % (fn, ex))
    raise Opaque("%s: unknown type" % fn)


def html_text(h):
    h = re.sub(r"<style.*?</style>", " ", h, flags=re.S)
    h = re.sub(r"<br\s*/?>|</p>|</div>|</tr>", "\n", h)
    h = re.sub(r"</td>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return h.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def klass(a, facts):
    d = a.split("@")[1].lower()
    if a in facts.get("third_party_webmail", []):
        return "third_party"
    if d == INT:
        return "internal"
    if d in DWP_DOMAINS:
        return "dwp"
    if d in SUPPLY:
        return "supply_chain"
    if d in CLAIMANT_DOMAINS:
        return "claimant"
    return "third_party"


LETTER_OK = {"letter_interview", "letter_job_offer", "letter_appointment"}
C15_KINDS = {"exit_report", "change_of_circumstances", "compliance_doubt", "whp_eb_customer_form"}
CATEGORY_RULES = {"encrypt_special_category": lambda t: bool(t["special"]), "encrypt_nino": lambda t: t["ninos"] > 0,
                  "encrypt_dob_bank": lambda t: t["dob"] or t["bank"], "encrypt_benefit_children": lambda t: t["benefit_payment"] or t["children"],
                  "encrypt_beyond_name": lambda t: t["data_subjects"] >= 1 and (t["contact_details"] or t["ninos"] > 0)}


def judge(c, r, rec, consent):
    t, f = rec["truth"], rec["facts"]
    kinds = set(t["doc_kinds"])
    sens = t["dob"] or t["bank"] or bool(t["special"]) or t["benefit_payment"] or t["children"]
    ident = t["ninos"] or t["dob"] or t["bank"]
    if c == "claimant":
        if kinds == {"cv"} and f["cv_count"] == 1 and r in consent and not (ident or t["special"]) and not f["extra"]:
            return "relay", "cv_to_claimant"
        if kinds and kinds <= LETTER_OK and f["letters"] <= 10 and not (ident or t["special"]) and not f["extra"]:
            return "relay", "letters_up_to_10"
        return "encrypt", "encrypt_claimant_recipient"
    if f["name_only"]:
        if t["data_subjects"] == 1 and not (t["ninos"] or t["contact_details"] or sens or kinds):
            return "relay", "one_name"
        return "encrypt", None
    if f["fwd_record"] and c == "supply_chain":
        return ("relay", "forward_subcontractor") if f["records"] == 1 and not f["extra"] else ("encrypt", "encrypt_over_limit")
    if kinds == {"cv"} and c in ("supply_chain", "third_party"):
        if f["extra"]:
            return "encrypt", None
        return ("encrypt", "encrypt_over_limit") if f["cv_count"] > 10 else ("relay", "cvs_up_to_10")
    if kinds and kinds <= {"application_form", "application_form_couple"} and c in ("supply_chain", "third_party"):
        if ident or f["extra"] or t["special"]:
            return "encrypt", None
        return ("encrypt", "encrypt_over_limit") if f["form_people"] > 10 else ("relay", "application_forms_up_to_10")
    if kinds and kinds <= LETTER_OK | {"letter_other"}:
        if "letter_other" in kinds:
            return "encrypt", "encrypt_letter_kind"
        if f["letters"] > 10:
            return "encrypt", "encrypt_over_limit"
        if ident or t["special"] or f["extra"] or c == "dwp":
            return "encrypt", None
        return "relay", "letters_up_to_10"
    if kinds == {"name_list"} and c in ("supply_chain", "third_party", "dwp"):
        if f["list_rows"] > 500:
            return "encrypt", "encrypt_over_limit"
        if t["dob"] or t["contact_details"] or t["benefit_payment"] or t["bank"] or t["children"] or t["special"] or f["extra"]:
            return "encrypt", "encrypt_list_forbidden_column"
        return "relay", "dwp_names_list" if c == "dwp" else "names_list_500"
    if kinds == {"nino_list"} and f["nino_only"] and c in ("supply_chain", "third_party", "dwp"):
        return "relay", "nino_only_list"
    if kinds and kinds <= {"ucnea1", "good_news_story"}:
        if c != "dwp":
            return "encrypt", None
        return ("relay", "dwp_ucnea1_gns") if f["records"] == 1 and not f["extra"] else ("encrypt", "encrypt_dwp_process")
    if kinds and kinds <= C15_KINDS:
        if c == "dwp" and rec["mail_from"] == PROV_INBOX and r == DWP_INBOX and f["records"] == 1 and not f["extra"]:
            return "relay", "dwp_c15_process"
        return "encrypt", "encrypt_dwp_process"
    return "encrypt", None


def derive(rec, subject, consent):
    t, f = rec["truth"], rec["facts"]
    if f["encrypted"]:
        return "relay", "already_encrypted"
    if f["opaque"]:
        return "reject", "reject_uninspectable"
    if f["scan"]:
        return "encrypt", "encrypt_no_text_scan"
    cls = {r: klass(r, f) for r in rec["rcpt_to"]}
    if f["cv_count"] and any(c == "claimant" and r not in consent for r, c in cls.items()):
        return "reject", "reject_cv_no_consent"
    if f["pw"]:
        return "encrypt", "encrypt_password_protected"
    if "[ENCRYPT]" in subject.upper():
        return "encrypt", "encrypt_sender_tag"
    if t == T0:
        return "relay", "no_claimant_data"
    res = [judge(c, r, rec, consent) for r, c in cls.items() if c != "internal"]
    if not res:
        return "internal-only", None
    enc = [x for x in res if x[0] == "encrypt"]
    if enc:
        named = [x[1] for x in enc if x[1]]
        if rec["rule"] in named or (named and not any(x[1] is None for x in enc)):
            return "encrypt", (rec["rule"] if rec["rule"] in named else named[0])
        return "encrypt", None
    return "relay", res[0][1]


PHONE_ANY = re.compile(r"(?<![\d.])(?:\+44\s?|0)(?:\d[\s]?){9,10}(?![\d])")
PHONE_OK = re.compile(r"(?:07700\s?900\s?\d{3}|01632\s?960\s?\d{3}|0113\s?496\s?0\d{3}|0161\s?496\s?0\d{3}|020\s?7946\s?0\d{3}|\+44\s?20\s?7946\s?0\d{3})")


def selfcheck(files):
    from email import message_from_bytes
    from email.utils import getaddresses
    consent = set(files["consent.txt"].decode().split())
    labels = [json.loads(l) for l in files["labels.jsonl"].decode().splitlines()]
    problems, warns = [], []
    for rec in labels:
        hid = rec["id"]
        m = message_from_bytes(files[rec["file"]], policy=policy.default)
        if getaddresses([m["From"]])[0][1] != rec["mail_from"]:
            problems.append((hid, "From mismatch"))
        hdr = [a for _, a in getaddresses(m.get_all("To", []) + m.get_all("Cc", [])) if "@" in a]
        if not set(hdr) <= set(rec["rcpt_to"]) or m["Bcc"]:
            problems.append((hid, "header recipients disagree with rcpt_to"))
        subj = str(m["Subject"] or "")
        texts = [subj]
        for k, val in m.items():
            if k.lower() not in ("received", "dkim-signature", "message-id", "date", "thread-index", "msip_labels"):
                texts.append(str(val))
        flags = set()
        enc = m.get_content_type() == "multipart/encrypted"
        for part in m.walk():
            if part.get_content_maintype() == "multipart":
                continue
            if part.get_content_type() == "message/rfc822":
                continue
            for hk in ("Subject", "From", "To"):
                if part.get(hk) and part is not m:
                    texts.append(str(part[hk]))
            fn = part.get_filename()
            if part.get_content_type() in ("application/pgp-encrypted",) or fn == "encrypted.asc":
                continue
            if fn:
                texts.append(fn)
                try:
                    tx, fl = att_text(fn, part.get_payload(decode=True))
                    texts.append(tx)
                    flags |= fl
                except Opaque:
                    flags.add("opaque")
                except Protected:
                    flags.add("protected")
            else:
                tx = part.get_content()
                if isinstance(tx, bytes):
                    tx = tx.decode("utf-8", "replace")
                if "BEGIN PGP MESSAGE" in tx:
                    enc = True
                texts.append(html_text(tx) if part.get_content_subtype() == "html" else tx)
        for p_ in m.walk():
            if p_.get_content_type() == "message/rfc822":
                inner = p_.get_payload()[0]
                texts.append(str(inner.get("Subject", "")))
        full = "\n".join(texts)
        tr, f = rec["truth"], rec["facts"]
        found = find_ninos(full)
        if len(found) != tr["ninos"]:
            (problems if len(found) > tr["ninos"] else warns).append((hid, "NINOs found %d, truth %d" % (len(found), tr["ninos"])))
        if f["opaque"] != ("opaque" in flags):
            problems.append((hid, "opaque flag mismatch"))
        if f["pw"] != ("protected" in flags):
            problems.append((hid, "protected flag mismatch"))
        if f["scan"] != ("scan" in flags):
            problems.append((hid, "scan flag mismatch"))
        if f["encrypted"] != enc:
            problems.append((hid, "encryption mismatch"))
        if (f["encrypted"] or f["opaque"] or f["pw"] or f["scan"]) and tr != T0:
            problems.append((hid, "unreadable case with truth"))
        for ph in PHONE_ANY.findall(full):
            if not PHONE_OK.search(ph):
                problems.append((hid, "phone outside drama ranges: %r" % ph))
        if re.search(r"\b0121\b", full):
            problems.append((hid, "0121 number"))
        for ib in re.findall(r"\bGB\d{2}(?: ?[A-Z0-9]{4}){4}(?: ?[A-Z0-9]{2})\b", full):
            if not iban_valid(ib):
                problems.append((hid, "bad IBAN %s" % ib))
        for cd in re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", full):
            if not luhn_ok(cd):
                problems.append((hid, "bad Luhn"))
        dobish = re.search(r"(?i)date of birth[:\s|,]*\d|born on|birthdate|\bd\.?o\.?b\b", full)
        if bool(dobish) and not tr["dob"] and rec["rule"] != "no_claimant_data":
            problems.append((hid, "DOB text but truth.dob false"))
        if tr["dob"] and not dobish:
            problems.append((hid, "truth.dob but no DOB wording"))
        if rec["rule"] == "no_claimant_data" and re.search(r"(?i)date of birth:\s*\d", full):
            problems.append((hid, "filled DOB in no_claimant_data"))
        act, rule = derive(rec, subj, consent)
        if act == "internal-only":
            problems.append((hid, "claimant data sent only internally"))
        elif act != rec["expected_action"]:
            problems.append((hid, "derived %s/%s, label %s/%s" % (act, rule, rec["expected_action"], rec["rule"])))
        elif rule and rule != rec["rule"]:
            problems.append((hid, "derived rule %s, label %s" % (rule, rec["rule"])))
        elif rule is None and act == "encrypt":
            chk = CATEGORY_RULES.get(rec["rule"])
            if rec["rule"] == "encrypt_claimant_recipient" or not chk or not chk(tr):
                problems.append((hid, "category rule %s not supported by truth" % rec["rule"]))
        if rec["rule"] == "cv_to_claimant" and not set(rec["rcpt_to"]) <= consent:
            problems.append((hid, "cv_to_claimant to unconsented"))
        if len(rec["rcpt_to"]) != len(set(rec["rcpt_to"])):
            problems.append((hid, "duplicate recipient"))
    return labels, problems, warns


def report(labels):
    from collections import Counter
    print("messages:", len(labels))
    print("actions:", dict(Counter(r["expected_action"] for r in labels)))
    print("rules:", dict(sorted(Counter(r["rule"] for r in labels).items())))


def main():
    check_only = "--check" in sys.argv
    fresh = generate()
    if not check_only:
        write(fresh)
    disk = {}
    for k in fresh:
        pth = os.path.join(HERE, k)
        if os.path.exists(pth):
            disk[k] = open(pth, "rb").read()
    on_disk = sorted(os.listdir(MAIL_DIR)) if os.path.isdir(MAIL_DIR) else []
    problems = []
    if set(disk) != set(fresh) or len(on_disk) != sum(1 for k in fresh if k.startswith("mail/")):
        problems.append(("build", "files on disk differ in number/name from a fresh build"))
    diff = [k for k in fresh if disk.get(k) != fresh[k]]
    if diff:
        problems.append(("build", "%d files differ from a fresh build, e.g. %s" % (len(diff), diff[:3])))
    again = generate()
    if again != fresh:
        problems.append(("build", "two builds in one process differ"))
    labels, p2, warns = selfcheck(disk if disk else fresh)
    problems += p2
    report(labels)
    for w in warns:
        print("WARN", *w)
    for p in problems:
        print("PROBLEM", *p)
    if problems:
        sys.exit(1)
    print("self-check OK; digest", hashlib.sha256(b"".join(fresh[k] for k in sorted(fresh))).hexdigest()[:16])


if __name__ == "__main__":
    main()

"""Write the held-out detection set: bench/holdout/messages/*.eml and labels.json.

Written independently of the detectors and of bench/corpus (the author tuned on
that corpus). Messages imitate how UK employment-support caseworkers actually
write: Outlook replies with quoted text, forwarded chains, signatures with office
numbers (staff data), informal wording, odd NINO formats, HTML tables and
CSV/XLSX/DOCX/PDF/ZIP attachments, plus hard negatives.

All data is synthetic: Faker en_GB with a fixed seed, NINOs built from the
RULES.md shape at run time. Run:  python -m bench.holdout.make
Each label records the expected truth per message, and ``notes`` say, per
category, how the value was phrased (used to describe misses without values;
'XX 12 34 56 X' there is a shape placeholder, not a NINO).

The .eml files are generated, not committed (messages/ is git-ignored): the
labels are committed so a change in the generator shows up in review.
"""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import docx
import openpyxl
from faker import Faker
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
SEED = 20261122

fake = Faker("en_GB")
fake.seed_instance(SEED)
rng = random.Random(SEED)

# RULES.md: first letter not D F I Q U V; second not D F I O Q U V; some pairs barred.
_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
_BARRED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino() -> str:
    """A synthetic, validly shaped NINO as 9 characters (no spaces)."""
    while True:
        pre = rng.choice(_FIRST) + rng.choice(_SECOND)
        if pre not in _BARRED:
            break
    return pre + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def spaced(n: str) -> str:
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def dashed(n: str) -> str:
    return f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"


def sort_code() -> str:
    return "-".join(f"{rng.randint(0, 99):02d}" for _ in range(3))


def account() -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(8))


def iban() -> str:
    bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    bban = bank + sort_code().replace("-", "") + account()
    digits = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(digits) % 97
    return f"GB{check:02d}{bban}"


def card() -> str:
    body = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(body)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits = "".join(map(str, body)) + str((10 - total % 10) % 10)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def mobile() -> str:
    return f"07700 900{rng.randint(0, 999):03d}"


def dob_date() -> datetime:
    return datetime(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))


def first() -> str:
    return fake.first_name()


def full() -> str:
    return f"{fake.first_name()} {fake.last_name()}"


def address() -> str:
    return f"{fake.building_number()} {fake.street_name()}, {fake.city()} {fake.postcode()}"


# Staff: sender and recipients, with office signatures (not claimant data).
ORG = "Northbridge Employment Services"
STAFF = [
    ("Sarah Holt", "sarah.holt@northbridge-es.co.uk", "Employment Adviser", "0113 496 0457"),
    ("Imran Patel", "imran.patel@northbridge-es.co.uk", "Team Leader", "0161 496 0782"),
    ("Gemma Rhodes", "gemma.rhodes@northbridge-es.co.uk", "Job Coach", "0114 496 0321"),
]
DWP = ("Mark Ellis", "mark.ellis@dwp.gov.uk")
EMPLOYER = ("Claire Dunn", "recruitment@brightlane-logistics.co.uk")
SUPPLY = ("Tom Barker", "tom.barker@pathways-support.org.uk")


def sig(i: int = 0) -> str:
    name, mail, role, tel = STAFF[i]
    return (
        f"\nKind regards\n\n{name}\n{role} | {ORG}\nTel: {tel} | Mob: 07700 900{100 + i}\n"
        f"{mail}\nUnit 4, Canal Wharf, Leeds LS11 5PS\n"
        "This email and any attachments are confidential. If received in error please delete.\n"
    )


def outlook_quote(frm: tuple[str, str], to: tuple[str, str], subject: str, body: str) -> str:
    return (
        "\n________________________________\n"
        f"From: {frm[0]} <{frm[1]}>\nSent: 18 November 2026 09:42\n"
        f"To: {to[0]} <{to[1]}>\nSubject: {subject}\n\n{body}"
    )


def forwarded(frm: tuple[str, str], subject: str, body: str) -> str:
    return (
        "\n---------- Forwarded message ---------\n"
        f"From: {frm[0]} <{frm[1]}>\nDate: Mon, 16 Nov 2026 at 14:03\n"
        f"Subject: {subject}\nTo: {STAFF[0][0]} <{STAFF[0][1]}>\n\n{body}"
    )


def gt_quote(body: str) -> str:
    return "\n".join("> " + line for line in body.splitlines())


# ---- attachment builders ----------------------------------------------------


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode()


def xlsx_bytes(header: list[str], rows: list[list[object]], sheet: str = "Sheet1") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 18, 9, 0, 0)), data)
    return buf.getvalue()


MIME = {
    "csv": ("text", "csv"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
}

# ---- labels and messages ----------------------------------------------------


@dataclass
class Label:
    id: str
    mail_from: str
    rcpt_tos: list[str]
    nino: int = 0
    dob: bool = False
    bank: bool = False
    special: list[str] = field(default_factory=list)
    benefit_payment: bool = False
    children: bool = False
    contact: bool = False
    people: int = 0
    notes: dict[str, str] = field(default_factory=dict)


MESSAGES: list[tuple[Label, bytes]] = []
_DATE = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)


def add(
    subject: str,
    text: str | None = None,
    html: str | None = None,
    atts: tuple[tuple[str, bytes], ...] | list[tuple[str, bytes]] = (),
    nested: EmailMessage | None = None,
    sender: int = 0,
    to: tuple[str, str] = DWP,
    **labels: object,
) -> None:
    mid = f"h{len(MESSAGES) + 1:03d}"
    name, mail, _, _ = STAFF[sender]
    msg = EmailMessage()
    msg["From"] = f"{name} <{mail}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_DATE)
    msg["Message-ID"] = f"<{mid}@holdout.northbridge-es.co.uk>"
    msg.set_content(text if text is not None else "Please see below.\n" + sig(sender))
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for fname, data in atts:
        maintype, subtype = MIME[fname.rsplit(".", 1)[1]]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if nested is not None:
        msg.add_attachment(nested)
    label = Label(id=mid, mail_from=mail, rcpt_tos=[to[1]], **labels)  # type: ignore[arg-type]
    MESSAGES.append((label, msg.as_bytes(policy=SMTP)))


def inner_mail(frm: tuple[str, str], subject: str, body: str) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{frm[0]} <{frm[1]}>"
    m["To"] = f"{STAFF[0][0]} <{STAFF[0][1]}>"
    m["Subject"] = subject
    m["Date"] = format_datetime(_DATE)
    m.set_content(body)
    return m


def html_table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td style='border:1px solid #999'>{c}</td>" for c in r) + "</tr>"
        for r in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


def build() -> None:
    """One long list of cases, read top to bottom."""
    # ---- NINO formats -------------------------------------------------------
    n, who = nino(), first()
    add(
        f"{who} - referral",
        f"Hi Mark,\n\nReferring {who} {fake.last_name()} to the WHP. his NI is {n} and he's "
        f"keen to start asap.\n{sig()}",
        nino=1,
        people=1,
        notes={"nino": "'his NI is XX123456X' in plain text"},
    )
    n, nm = nino(), full()
    body = (
        "<p>Hi Mark,</p><p>Details below as discussed.</p>"
        + html_table([["Name", nm], ["NI:", spaced(n).lower()], ["Start", "Mon 23rd"]])
        + "<p>Thanks, Sarah</p>"
    )
    add(
        "Starter details",
        "Details below as discussed.\n" + sig(),
        html=body,
        nino=1,
        people=1,
        notes={
            "nino": "'NI:' label cell then 'xx 12 34 56 x' lower-case in next HTML table cell "
            "(plain part has no NINO)"
        },
    )
    n, who = nino(), full()
    add(
        "RE: missing NI",
        f"Mark - NINO for {who} is {dashed(n)}, sorry for the delay.\n{sig(1)}",
        sender=1,
        nino=1,
        people=1,
        notes={"nino": "dashed 'XX-12-34-56-X'"},
    )
    n, who = nino(), full()
    add(
        "Customer update",
        f"Morning,\n\n{who}, N.I. no. {n[:2]} {n[2:8]} {n[8]}, attended today.\n{sig()}",
        nino=1,
        people=1,
        notes={"nino": "'N.I. no. XX 123456 X'"},
    )
    n, who = nino(), full()
    add(
        "NI number",
        f"Hi,\nCan you check this one for me please - {who}\nNI: {n[:2]} {n[2:4]}\n"
        f"{n[4:6]} {n[6:8]} {n[8]}\nThanks\n{sig(2)}",
        sender=2,
        nino=1,
        people=1,
        notes={"nino": "'NI: XX 12' then line break then '34 56 X' (wrapped across lines)"},
    )
    n, who = nino(), first()
    add(
        "quick one",
        f"ni number for {who} is {n.lower()} - can u update the system\n\nSent from my iPhone",
        sender=2,
        nino=1,
        people=1,
        notes={"nino": "all lower-case 'ab123456c', no spaces"},
    )
    n, who = nino(), full()
    quoted = (
        f"Hi Sarah, please can you send the NI No: {spaced(n)} for {who} to me.\n\nThanks\nMark"
    )
    add(
        "RE: NI No",
        "Done, see your message below - that's the right number.\n"
        + sig()
        + outlook_quote(DWP, (STAFF[0][0], STAFF[0][1]), "NI No", quoted),
        nino=1,
        people=1,
        notes={"nino": "'NI No: XX 12 34 56 X' inside Outlook-quoted reply"},
    )
    n, who = nino(), full()
    add(
        "FW: referral",
        "See forwarded.\n" + sig(),
        nested=inner_mail(SUPPLY, "referral", f"Referral for {who}, NINO {n}, starts Monday.\n"),
        nino=1,
        people=1,
        notes={"nino": "'NINO XX123456X' in attached message/rfc822"},
    )
    n, who = nino(), full()
    add(
        f"Re: {who}",
        f"National Insurance number is {spaced(n)} - I've checked it against the letter.\n"
        f"For {who}. He also quoted it as {n} on the phone.\n{sig()}",
        nino=1,
        people=1,
        notes={"nino": "same NINO twice, spaced and unspaced (distinct count must be 1)"},
    )
    n, who = nino(), full()
    add(
        f"Referral - {who} - {spaced(n)}",
        "As per subject.\n" + sig(1),
        sender=1,
        nino=1,
        people=1,
        notes={"nino": "NINO only in the Subject line"},
    )
    n, who = nino(), full()
    add(
        "nat ins",
        f"Her nat ins no. is {n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:8]}.{n[8]} ({who}).\n{sig(2)}",
        sender=2,
        nino=1,
        people=1,
        notes={"nino": "dotted 'XX.12.34.56.X' after 'nat ins no.'"},
    )
    n, who = nino(), full()
    add(
        "Correction",
        f"Sorry, typo in my last - {who}'s NI should read {n[:2]}{n[2:8]} {n[8]} not what I "
        f"put.\n{sig()}",
        nino=1,
        people=1,
        notes={"nino": "'XX123456 X' (suffix detached)"},
    )

    # ---- DOB wording --------------------------------------------------------
    d, who = dob_date(), full()
    add(
        "New starter",
        f"Hi Mark,\n{who}, dob {d.day}/{d.month}/{d:%y}, starting with us next week.\n{sig()}",
        dob=True,
        people=1,
        notes={"dob": "'dob 3/4/88' (no zero padding, 2-digit year)"},
    )
    d, who = dob_date(), full()
    add(
        "Customer check",
        f"Can you confirm {who} d.o.b {d:%d.%m.%Y} - system shows a different one.\n{sig(1)}",
        sender=1,
        dob=True,
        people=1,
        notes={"dob": "'d.o.b 12.11.1979' dotted date"},
    )
    d, who = dob_date(), full()
    add(
        "Eligibility",
        f"{who} was born {d.year} so should be eligible for the over 50s strand?\n{sig()}",
        dob=True,
        people=1,
        notes={"dob": "'born 1990' year only (ambiguous: year of birth)"},
    )
    d, who = dob_date(), full()
    add(
        "ID check",
        f"Date of Birth: {d.day}th {d:%B %Y}\nName: {who}\n{sig(2)}",
        sender=2,
        dob=True,
        people=1,
        notes={"dob": "'Date of Birth: 14th March 1985' ordinal"},
    )
    d, who = dob_date(), full()
    add(
        "Re: ID",
        f"{who} (born on {d.day} {d:%b %Y}) has brought in her passport.\n{sig()}",
        dob=True,
        people=1,
        notes={"dob": "'(born on 2 Feb 1992)' in parentheses"},
    )
    d, who = dob_date(), full()
    add(
        "data fix",
        f"Please amend DOB for {who} to {d:%Y-%m-%d}\n{sig(1)}",
        sender=1,
        dob=True,
        people=1,
        notes={"dob": "'DOB ... to 1985-07-23' ISO, label 4 words away"},
    )
    d, who = dob_date(), full()
    add(
        "birthday",
        f"{who} turned up today - its her birthday, she was born {d.day}/{d.month}/{d.year}! "
        f"Brought cake.\n{sig(2)}",
        sender=2,
        dob=True,
        people=1,
        notes={"dob": "'she was born 3/4/1988' casual"},
    )
    d, who = dob_date(), full()
    add(
        "Form",
        "Form details below\n" + sig(),
        html="<p>Form details:</p>"
        + html_table(
            [["Full name", who], ["D.O.B.", d.strftime("%d %b %y")], ["Postcode", fake.postcode()]]
        ),
        dob=True,
        contact=True,
        people=1,
        notes={
            "dob": "'D.O.B.' HTML cell then '07 Sep 83' next cell (2-digit year)",
            "contact": "'Postcode' HTML cell",
        },
    )
    who, age = full(), rng.randint(25, 60)
    add(
        "Re: vacancy",
        f"{who} is {age}, happy to do nights, forklift licence.\n{sig()}",
        to=EMPLOYER,
        people=1,
        notes={"dob": "hard negative: age only"},
    )

    # ---- bank details -------------------------------------------------------
    who = full()
    add(
        "travel expenses",
        f"Hi,\n{who} needs her travel refunded - s/c {sort_code()} acc {account()}\n{sig()}",
        bank=True,
        people=1,
        notes={"bank": "'s/c 20-00-00 acc 12345678'"},
    )
    who = full()
    add(
        "Re: expenses",
        f"bank details for {who}: sort code {sort_code().replace('-', ' ')} account no "
        f"{account()}\n{sig(1)}",
        sender=1,
        bank=True,
        people=1,
        notes={"bank": "'sort code 40 47 84 account no 31926819'"},
    )
    who = full()
    add(
        "payment",
        f"{who} - Barclays {sort_code()} / {account()} for the clothing grant pls.\n{sig(2)}",
        sender=2,
        bank=True,
        people=1,
        notes={"bank": "'Barclays 20-32-06 / 73479283' unlabelled"},
    )
    who = full()
    add(
        "IBAN",
        f"{who} banks with Monzo, IBAN {iban()} - please pay the in-work grant there.\n{sig()}",
        bank=True,
        people=1,
        notes={"bank": "valid GB IBAN run together"},
    )
    who = full()
    add(
        "card",
        f"{who} read me his card number over the phone to pay the bus pass: {card()} "
        f"- please delete after use!\n{sig(1)}",
        sender=1,
        bank=True,
        people=1,
        notes={"bank": "Luhn-valid card number '4xxx xxxx xxxx xxxx'"},
    )
    who = full()
    add(
        "acct",
        f"acct number: {account()} for {who} - sort code to follow.\n{sig()}",
        bank=True,
        people=1,
        notes={"bank": "labelled 'acct number:' without sort code"},
    )
    add(
        "Invoice INV-20931",
        "Please find our invoice attached. Payment to Brightlane Logistics Ltd, "
        f"sort code {sort_code()}, account {account()}. Terms 30 days.\n\nAccounts Team\n"
        "Brightlane Logistics Ltd, Unit 9, Aire Park, Leeds LS10 1AB. Tel 0113 496 0999\n",
        to=(STAFF[1][0], STAFF[1][1]),
        sender=2,
        notes={
            "bank": "hard negative: company invoice bank details",
            "contact": "hard negative: company address",
        },
    )

    # ---- special categories -------------------------------------------------
    who = full()
    add(
        "Update",
        f"{who} is on methadone, script from the chemist every morning so can't start "
        f"before 10.\n{sig()}",
        special=["substance_misuse"],
        people=1,
        notes={"substance_misuse": "'on methadone'"},
    )
    who = full()
    add(
        "disclosure",
        f"FYI {who} did 18 months inside, came out in June. Open about it.\n{sig(2)}",
        sender=2,
        special=["criminal_record"],
        people=1,
        notes={"criminal_record": "'did 18 months inside'"},
    )
    who = full()
    add(
        "appointment clash",
        f"{who} has a probation officer appointment on Tuesdays so we need to move her "
        f"sessions.\n{sig()}",
        special=["criminal_record"],
        people=1,
        notes={"criminal_record": "'has a probation officer appointment'"},
    )
    who = full()
    add(
        "support needs",
        f"{who} suffers from PTSD after his time in the army, prefers quiet rooms.\n{sig(1)}",
        sender=1,
        special=["mental_health"],
        people=1,
        notes={"mental_health": "'suffers from PTSD'"},
    )
    who = full()
    add(
        "Ramadan",
        f"{who} is Muslim and fasting this month, could interviews be in the morning?\n{sig()}",
        to=EMPLOYER,
        special=["religion"],
        people=1,
        notes={"religion": "'is Muslim'"},
    )
    who = full()
    add(
        "background",
        f"{who} is gay and was worried about the warehouse culture - I said we'd check "
        f"the employer's policies.\n{sig(2)}",
        sender=2,
        special=["sexual_orientation"],
        people=1,
        notes={"sexual_orientation": "'is gay'"},
    )
    who = full()
    add(
        "Health",
        f"{who} has type 2 diabetes and needs regular breaks to eat.\n{sig()}",
        to=EMPLOYER,
        special=["health"],
        people=1,
        notes={"health": "'has type 2 diabetes'"},
    )
    who = full()
    add(
        "note",
        f"{who} has been really struggling with her nerves, GP has signed her off for anxiety "
        f"and depression again.\n{sig(1)}",
        sender=1,
        special=["mental_health"],
        people=1,
        notes={"mental_health": "'signed her off for anxiety and depression'"},
    )
    who = full()
    add(
        "risk",
        f"{who} is on licence until March and managed under MAPPA level 1, please don't "
        f"place him near schools.\n{sig()}",
        special=["criminal_record"],
        people=1,
        notes={"criminal_record": "'on licence until March ... MAPPA level 1'"},
    )
    who = full()
    add(
        "catch up",
        f"{who} has been sober 6 months now and still goes to AA on Thursdays. Really "
        f"proud of him.\n{sig(2)}",
        sender=2,
        special=["substance_misuse"],
        people=1,
        notes={"substance_misuse": "'sober 6 months ... goes to AA'"},
    )
    who = full()
    add(
        "ESOL",
        f"{who} is of Pakistani heritage and speaks Urdu at home, wants ESOL before starting."
        f"\n{sig()}",
        special=["ethnicity"],
        people=1,
        notes={"ethnicity": "'of Pakistani heritage'"},
    )
    who = full()
    add(
        "site",
        f"{who} is from a Gypsy/Traveller family and moves site in spring, so a short "
        f"placement suits.\n{sig(1)}",
        sender=1,
        special=["ethnicity"],
        people=1,
        notes={"ethnicity": "'Gypsy/Traveller family'"},
    )
    who = full()
    add(
        "union",
        f"{who} was a Unite rep at his last job and left after a dispute.\n{sig()}",
        to=EMPLOYER,
        special=["trade_union"],
        people=1,
        notes={"trade_union": "'was a Unite rep'"},
    )
    who = full()
    add(
        "epilepsy",
        f"Just so you know {who} has epilepsy (well controlled) and can't drive.\n{sig(2)}",
        sender=2,
        to=EMPLOYER,
        special=["health"],
        people=1,
        notes={"health": "'has epilepsy'"},
    )
    who = full()
    add(
        "previous",
        f"{who} has a conviction for ABH from 2019 and is tagged on a curfew 7pm-7am.\n{sig()}",
        special=["criminal_record"],
        people=1,
        notes={"criminal_record": "'conviction for ABH ... tagged on a curfew'"},
    )
    who = full()
    add(
        "wellbeing",
        f"{who} was sectioned last year and is on lithium for bipolar, stable now.\n{sig(1)}",
        sender=1,
        special=["mental_health"],
        people=1,
        notes={"mental_health": "'sectioned last year ... on lithium for bipolar'"},
    )
    who = full()
    add(
        "cannabis",
        f"Honestly I think {who} smokes weed most days, turned up smelling of it again.\n{sig()}",
        special=["substance_misuse"],
        people=1,
        notes={"substance_misuse": "'smokes weed most days'"},
    )
    who = full()
    add(
        "partner",
        f"{who} and her wife are moving to Bradford so she'd like placements there.\n{sig(2)}",
        sender=2,
        special=["sexual_orientation"],
        people=1,
        notes={"sexual_orientation": "'and her wife' (implied)"},
    )
    who = full()
    add(
        "church",
        f"{who} is a Jehovah's Witness so won't do the Christmas temp work.\n{sig()}",
        to=EMPLOYER,
        special=["religion"],
        people=1,
        notes={"religion": "'is a Jehovah's Witness'"},
    )
    who = full()
    add(
        "back",
        f"{who} had a slipped disc in the summer, still on the waiting list for physio. "
        f"No heavy lifting.\n{sig(1)}",
        sender=1,
        special=["health"],
        people=1,
        notes={"health": "'slipped disc ... physio'"},
    )
    who = full()
    add(
        "HMP",
        f"{who} was released from HMP Leeds last Friday, has no ID yet.\n{sig()}",
        special=["criminal_record"],
        people=1,
        notes={"criminal_record": "'released from HMP Leeds'"},
    )

    # ---- benefits, children, contact ---------------------------------------
    who = full()
    add(
        "UC",
        f"{who} gets UC of £393.45 paid on the 12th, so she's worried about the first month.\n"
        f"{sig()}",
        benefit_payment=True,
        people=1,
        notes={"benefit_payment": "'UC of £393.45 paid on the 12th'"},
    )
    who = full()
    add(
        "sanction",
        f"{who} got sanctioned for 4 weeks after missing the appointment, food bank referral "
        f"done.\n{sig(2)}",
        sender=2,
        benefit_payment=True,
        people=1,
        notes={"benefit_payment": "'sanctioned for 4 weeks' (no benefit named)"},
    )
    who = full()
    add(
        "ESA",
        f"{who} is on ESA support group, £129.50 a week, plus PIP enhanced daily living.\n{sig(1)}",
        sender=1,
        benefit_payment=True,
        people=1,
        notes={"benefit_payment": "'ESA support group, £129.50 a week'"},
    )
    who = full()
    add(
        "HB",
        f"housing benefit for {who} is £85 pw direct to landlord, arrears of £340.\n{sig()}",
        benefit_payment=True,
        people=1,
        notes={"benefit_payment": "'housing benefit ... £85 pw direct to landlord'"},
    )
    who, k1, k2 = full(), first(), first()
    add(
        "childcare",
        f"{who} can only do school hours - her two kids, {k1} (6) and {k2} (3).\n{sig()}",
        children=True,
        people=1,
        notes={"children": "'her two kids, Ella (6) and Max (3)'"},
    )
    who, k1 = full(), first()
    add(
        "son",
        f"{who}'s son {k1}, 14, has been excluded from school so she's missed sessions.\n{sig(2)}",
        sender=2,
        children=True,
        people=1,
        notes={"children": '"\'s son Jack, 14,"'},
    )
    who, k1, kd = full(), first(), datetime(2016, rng.randint(1, 12), rng.randint(1, 28))
    add(
        "nursery",
        f"{who} needs nursery funding for her daughter {k1} (born {kd:%d/%m/%Y}).\n{sig()}",
        children=True,
        dob=True,
        people=1,
        notes={
            "children": "'her daughter Amy (born 12/03/2016)'",
            "dob": "child's '(born 12/03/2016)'",
        },
    )
    who, addr = full(), address()
    add(
        "home visit",
        f"Home visit for {who} booked for Thursday, lives at {addr}.\n{sig(1)}",
        sender=1,
        contact=True,
        people=1,
        notes={"contact": "'lives at 12 High St, City AB1 2CD'"},
    )
    who = full()
    add(
        "contact",
        f"his mobile is {mobile()} if the employer needs to ring him ({who}).\n{sig()}",
        to=EMPLOYER,
        contact=True,
        people=1,
        notes={"contact": "'his mobile is 07700 900456'"},
    )
    who = full()
    handle = who.lower().replace(" ", ".") + str(rng.randint(70, 99))
    add(
        "email",
        f"{who} prefers email - {handle}@gmail.com\n{sig(2)}",
        sender=2,
        to=EMPLOYER,
        contact=True,
        people=1,
        notes={"contact": "personal gmail address"},
    )

    # ---- rich combined cases and attachments --------------------------------
    rows = []
    for _ in range(5):
        d = dob_date()
        rows.append([fake.last_name(), fake.first_name(), nino(), d.strftime("%d/%m/%Y")])
    add(
        "November starters",
        "Hi Mark,\nStarters list attached.\n" + sig(),
        atts=[("starters.csv", csv_bytes(["Surname", "Forename", "NINO", "DOB"], rows))],
        nino=5,
        dob=True,
        people=5,
        notes={"nino": "CSV column 'NINO'", "dob": "CSV column 'DOB'"},
    )
    rows = [[full(), spaced(nino()).lower(), fake.postcode()] for _ in range(3)]
    add(
        "referrals",
        "List attached\n" + sig(1),
        sender=1,
        atts=[("referrals.xlsx", xlsx_bytes(["Customer", "NI Number", "Post Code"], rows, "Refs"))],
        nino=3,
        contact=True,
        people=3,
        notes={
            "nino": "XLSX column 'NI Number', lower-case spaced values",
            "contact": "XLSX column 'Post Code'",
        },
    )
    who, n, d = full(), nino(), dob_date()
    form = docx_bytes(
        ["WHP Referral Form", "Please complete all sections."],
        [
            ["Name", who],
            ["National Insurance No", spaced(n)],
            ["Date of birth", d.strftime("%d/%m/%Y")],
            ["Address", address()],
            ["Tel", mobile()],
            ["Health conditions", "Asthma, uses an inhaler"],
        ],
    )
    add(
        "referral form",
        "Form attached.\n" + sig(),
        atts=[("referral.docx", form)],
        nino=1,
        dob=True,
        contact=True,
        special=["health"],
        people=1,
        notes={
            "nino": "DOCX table cell",
            "dob": "DOCX table 'Date of birth' cell",
            "contact": "DOCX address/tel cells",
            "health": "'Asthma, uses an inhaler'",
        },
    )
    who, n, d = full(), nino(), dob_date()
    pdf = pdf_bytes(
        [
            "Change of Circumstances",
            f"Customer: {who}",
            f"NI number: {n}",
            f"DOB: {d:%d %B %Y}",
            "Change: moved in with partner, UC award reduced to £210.16 from next period",
        ]
    )
    add(
        "CoC",
        "Change of circumstances attached.\n" + sig(2),
        sender=2,
        atts=[("coc.pdf", pdf)],
        nino=1,
        dob=True,
        benefit_payment=True,
        people=1,
        notes={
            "nino": "PDF line 'NI number:'",
            "dob": "PDF 'DOB: 14 March 1985'",
            "benefit_payment": "PDF 'UC award reduced to £210.16'",
        },
    )
    inner = csv_bytes(["name", "ni"], [[full(), nino()] for _ in range(4)])
    add(
        "zipped list",
        "Zipped as requested.\n" + sig(),
        atts=[("list.zip", zip_bytes({"list.csv": inner}))],
        nino=4,
        people=4,
        notes={"nino": "CSV column 'ni' inside ZIP"},
    )
    who, n, d = full(), nino(), dob_date()
    chain = (
        f"Hi Sarah,\n\nThis is {who}, dob {d:%d/%m/%y}, NI {n}. Has a history of self-harm "
        f"and is on antidepressants. Lives with her mum at {address()}.\n\nThanks\n{SUPPLY[0]}"
    )
    add(
        "FW: new referral",
        "Mark - see below, can you action?\n" + sig() + forwarded(SUPPLY, "new referral", chain),
        nino=1,
        dob=True,
        special=["mental_health"],
        contact=True,
        people=1,
        notes={
            "nino": "'NI XX123456X' in inline forwarded chain",
            "dob": "'dob 03/04/88' in forwarded chain",
            "mental_health": "'history of self-harm ... on antidepressants'",
            "contact": "address in forwarded chain",
        },
    )
    who1, who2 = full(), full()
    n1, n2 = nino(), nino()
    add(
        "Two referrals",
        f"Hi,\n\n1) {who1} - NI {spaced(n1)} - ex-offender, out on licence.\n"
        f"2) {who2} - NI {n2.lower()} - recovering alcoholic, 1 year dry.\n{sig(1)}",
        sender=1,
        nino=2,
        special=["criminal_record", "substance_misuse"],
        people=2,
        notes={
            "nino": "two NINOs in numbered list, one lower-case",
            "criminal_record": "'ex-offender, out on licence'",
            "substance_misuse": "'recovering alcoholic, 1 year dry'",
        },
    )
    who, k1, k2 = full(), first(), first()
    html = (
        f"<p>Hi Claire,</p><p>{who} would be great for the picker role. "
        f"She gets <b>Universal Credit £617.60 a month</b> and her children "
        f"<i>{k1} (9)</i> and <i>{k2} (11)</i> are at school till 3.</p>"
    )
    add(
        "Candidate",
        f"Hi Claire, {who} would be great for the picker role.\n" + sig(),
        html=html,
        to=EMPLOYER,
        benefit_payment=True,
        children=True,
        people=1,
        notes={
            "benefit_payment": "HTML-only '<b>Universal Credit £617.60 a month</b>'",
            "children": "HTML-only 'her children <i>Ella (9)</i> and <i>Max (11)</i>'",
        },
    )
    rows = [
        [
            full(),
            spaced(nino()),
            f"£{rng.randint(300, 900)}.{rng.randint(10, 99)}",
            "Sanction 2 wks" if i == 1 else "",
        ]
        for i in range(3)
    ]
    add(
        "UC payments query",
        "Table below\n" + sig(),
        html="<p>Payments we need checking:</p>"
        + html_table([["Customer", "NI", "UC paid", "Notes"], *rows]),
        nino=3,
        benefit_payment=True,
        people=3,
        notes={
            "nino": "HTML table column 'NI'",
            "benefit_payment": "HTML column 'UC paid' amounts",
        },
    )
    who, n = full(), nino()
    reply = gt_quote(
        f"On 17 Nov 2026, {DWP[0]} wrote:\nCan you confirm the NI for {who}? Is it {n}?"
    )
    add(
        "Re: confirm",
        f"Yes that's right.\n{sig(2)}\n{reply}\n",
        sender=2,
        nino=1,
        people=1,
        notes={"nino": "NINO only inside '> ' quoted reply"},
    )
    who, n = full(), nino()
    inner_fw = inner_mail(
        DWP,
        "RE: referral",
        f"Thanks - {who} (NI {spaced(n)}) has a drug-related conviction and is on a DRR.\n",
    )
    outer = inner_mail(SUPPLY, "FW: RE: referral", "Forwarding as discussed.\n")
    outer.add_attachment(inner_fw)
    add(
        "FW: FW: RE: referral",
        "See the chain attached.\n" + sig(1),
        sender=1,
        nested=outer,
        nino=1,
        special=["criminal_record", "substance_misuse"],
        people=1,
        notes={
            "nino": "NINO in message/rfc822 nested two deep",
            "criminal_record": "'drug-related conviction' two-deep nested",
            "substance_misuse": "'on a DRR' (drug rehabilitation requirement) two-deep",
        },
    )
    rows = [[full(), dob_date().strftime("%d-%b-%Y"), mobile()] for _ in range(3)]
    add(
        "interview list",
        "Attached - candidates for Weds.\n" + sig(),
        to=EMPLOYER,
        atts=[("candidates.xlsx", xlsx_bytes(["Candidate", "D.O.B", "Mobile"], rows))],
        dob=True,
        contact=True,
        people=3,
        notes={
            "dob": "XLSX column 'D.O.B' with '03-Apr-1988' values",
            "contact": "XLSX column 'Mobile'",
        },
    )
    who, n, d = full(), nino(), dob_date()
    cv = docx_bytes(
        [
            who,
            f"{address()} | {mobile()}",
            "Profile: reliable warehouse operative.",
            f"Date of birth: {d:%d/%m/%Y}   NI No: {n}",
            "Employment: Brightlane Logistics 2019-2024, picker packer.",
        ]
    )
    add(
        "CV",
        "CV attached for the picker role.\n" + sig(2),
        sender=2,
        to=EMPLOYER,
        atts=[(f"CV {who}.docx", cv)],
        nino=1,
        dob=True,
        contact=True,
        people=1,
        notes={
            "nino": "CV DOCX 'NI No:' after DOB on same line",
            "dob": "CV DOCX",
            "contact": "CV DOCX address line",
        },
    )
    who = full()
    text = (
        f"Hi all,\n\nGood news story for the newsletter: {who} started at Brightlane this "
        f"week after 3 years out. She told me she'd been homeless and sofa-surfing and had "
        f"a breakdown in 2023.\n{sig()}"
    )
    add(
        "GNS",
        text,
        special=["mental_health"],
        people=1,
        notes={"mental_health": "'had a breakdown in 2023'"},
    )
    who, n = full(), nino()
    add(
        "phone note",
        f"Rang {who} re NI: no answer. NI on file: {n[:4]} {n[4:]}. Will retry.\n{sig(1)}",
        sender=1,
        nino=1,
        people=1,
        notes={"nino": "'NI on file: XX12 3456X' 4+5 grouping"},
    )
    who, n = full(), nino()
    add(
        "case notes",
        "Case notes attached.\n" + sig(),
        atts=[
            (
                "notes.txt",
                (
                    f"Customer {who}\nNINO:{n}\nSaid he is a recovering heroin "
                    f"user and is HIV positive.\n"
                ).encode(),
            )
        ],
        nino=1,
        special=["substance_misuse", "health"],
        people=1,
        notes={
            "nino": "'NINO:XX123456X' no space after colon in .txt attachment",
            "substance_misuse": "'recovering heroin user' in .txt",
            "health": "'HIV positive' in .txt",
        },
    )
    who = full()
    add(
        "Re: placement",
        f"{who} has a learning disability and dyslexia; she'll need the induction read to "
        f"her.\n{sig(2)}",
        sender=2,
        to=EMPLOYER,
        special=["health"],
        people=1,
        notes={"health": "'has a learning disability and dyslexia'"},
    )
    who = full()
    add(
        "Black History Month placement",
        f"{who} is Black British and asked about the mentoring scheme for Black staff.\n{sig()}",
        special=["ethnicity"],
        people=1,
        notes={"ethnicity": "'is Black British'"},
    )

    # ---- hard negatives -----------------------------------------------------
    code = nino()
    add(
        "Stock order",
        f"Please reorder part no. {dashed(code)} (hi-vis vests, size L) x 40 and SKU "
        f"{code[:2]}{code[2:8]}{code[8]}-R.\n{sig(1)}",
        sender=1,
        to=SUPPLY,
        notes={"nino": "hard negative: 'part no.' / 'SKU' shaped like a NINO"},
    )
    add(
        "Report wording",
        f"Can we add a sentence in the report about the new outcome targets? And a line on "
        f"the record month we had in October - 212 job starts.\n{sig()}",
        notes={"criminal_record": "hard negative: 'a sentence in the report', 'record month'"},
    )
    add(
        "Vacancy: prison officer",
        "HMPPS are recruiting prison officers at HMP Wakefield - £32k, good for anyone "
        "interested in custodial careers. Please share with your caseloads.\n" + sig(2),
        sender=2,
        notes={"criminal_record": "hard negative: prison officer vacancy"},
    )
    add(
        "Mental Health Awareness Week",
        "Hi team,\n\nIt's Mental Health Awareness Week. Anxiety, depression and stress affect "
        "1 in 4 of us. Our EAP line is open 24/7 and there's a wellbeing walk on Wednesday. "
        "Look out for signs of burnout in yourselves and colleagues.\n" + sig(1),
        sender=1,
        to=(STAFF[0][0], STAFF[0][1]),
        notes={"mental_health": "hard negative: awareness week newsletter, no individual"},
    )
    add(
        "Training: substance misuse",
        "Reminder: substance misuse awareness training (drugs and alcohol) on Friday in room "
        "2. Topics: methadone programmes, cannabis, alcohol dependency.\n" + sig(),
        to=(STAFF[2][0], STAFF[2][1]),
        notes={"substance_misuse": "hard negative: training topic list"},
    )
    add(
        "Q3 stats",
        "Q3: 45 participants with a health condition started work, 12 ex-offenders, 30 on "
        "ESA. Average UC reduction £210.\n" + sig(1),
        sender=1,
        notes={
            "health": "hard negative: aggregate statistics",
            "benefit_payment": "hard negative: aggregate 'Average UC reduction £210'",
        },
    )
    add(
        "UC uprating",
        "FYI from April the UC standard allowance for single over-25s rises to £400.14 a "
        "month. Sanctions guidance unchanged.\n" + sig(),
        notes={"benefit_payment": "hard negative: policy rate, no individual"},
    )
    d = dob_date()
    add(
        "TRN",
        f"Customer has no NINO yet, DWP issued a temporary reference TN {d:%d %m %y} F - "
        f"please don't enter it in the NI field.\n{sig(2)}",
        sender=2,
        people=1,
        notes={"nino": "hard negative: temporary reference number 'TN dd mm yy F'"},
    )
    add(
        "Training example",
        "In the training slides use QQ 12 34 56 C as the example NI number, it's the DWP "
        "dummy.\n" + sig(1),
        sender=1,
        notes={"nino": "hard negative: invalid prefix QQ"},
    )
    add(
        "Eid / Diwali",
        "Reminder that the office is hosting an Eid and Diwali lunch - everyone welcome. "
        "Our Pride network meets on Thursday too.\n" + sig(),
        to=(STAFF[1][0], STAFF[1][1]),
        notes={
            "religion": "hard negative: office events",
            "sexual_orientation": "hard negative: Pride network",
        },
    )
    add(
        "Contract dates",
        "Contract start date 01/04/2024, end date 31/03/2027, extension option 30/09/1988 "
        f"(typo - should be 2028).\n{sig(2)}",
        sender=2,
        notes={"dob": "hard negative: contract dates"},
    )
    add(
        "Bank holiday",
        "Office closed for the bank holiday on Monday. Out of hours call 0113 496 0001 or "
        "email duty@northbridge-es.co.uk. Our address: Unit 4, Canal Wharf, Leeds LS11 5PS.\n",
        notes={
            "bank": "hard negative: 'bank holiday'",
            "contact": "hard negative: office phone/address",
        },
    )
    add(
        "Union meeting",
        "Unison branch meeting for staff on Thursday at 5. The union rep is Imran.\n" + sig(1),
        sender=1,
        to=(STAFF[0][0], STAFF[0][1]),
        notes={"trade_union": "hard negative: staff union notice, no claimant"},
    )
    add(
        "Re: meeting",
        "Hi Mark,\n\nThanks for your time today. As agreed I'll send the outcome figures by "
        "Friday. Happy to talk - ring me on my mobile 07700 900555.\n"
        + sig()
        + outlook_quote(
            DWP,
            (STAFF[0][0], STAFF[0][1]),
            "meeting",
            "Hi Sarah,\nCould you call me on 0207 946 0123 after 2?\nMark Ellis\n"
            "Performance Manager, DWP",
        ),
        notes={"contact": "hard negative: staff phones in reply and quoted signature"},
    )
    add(
        "Employer vacancy",
        "Brightlane are after 10 pickers, nights, £11.44/hr. Apply via recruitment@"
        "brightlane-logistics.co.uk or call 0113 496 0999. Must pass a DBS check.\n" + sig(2),
        sender=2,
        notes={
            "criminal_record": "hard negative: 'DBS check' requirement",
            "contact": "hard negative: employer contact",
        },
    )


def build_more() -> None:
    """Second pass on the worst-risk categories (NINO, DOB, bank) in realistic containers."""
    who, n = full(), nino()
    add(
        "CV attached",
        "CV for the warehouse role attached.\n" + sig(2),
        sender=2,
        to=EMPLOYER,
        atts=[
            (f"CV_{who.replace(' ', '_')}_{n}.pdf", pdf_bytes([who, "Forklift driver, 10 years."]))
        ],
        nino=1,
        people=1,
        notes={"nino": "NINO only in the attachment file name 'CV_Name_XX123456X.pdf'"},
    )
    rows = [[full(), dob_date(), spaced(nino())] for _ in range(3)]
    add(
        "ILR starters",
        "Spreadsheet attached.\n" + sig(1),
        sender=1,
        atts=[("starters.xlsx", xlsx_bytes(["Name", "Date of Birth", "NI"], rows))],
        nino=3,
        dob=True,
        people=3,
        notes={
            "dob": "XLSX 'Date of Birth' column holding real Excel date cells (not text)",
            "nino": "XLSX column 'NI'",
        },
    )
    who, d = full(), dob_date()
    add(
        "DOB",
        f"{who} DOB:{d:%d%m%Y} - she gave it as one number on the form.\n{sig()}",
        dob=True,
        people=1,
        notes={"dob": "'DOB:03041988' 8 digits, no separators, no space"},
    )
    who, d = full(), dob_date()
    add(
        "re starter",
        f"{who}, dob - {d.day}rd {d:%b} {d:%y}, can start Monday.\n{sig(2)}",
        sender=2,
        dob=True,
        people=1,
        notes={"dob": "'dob - 3rd Apr 88' ordinal, short month, 2-digit year"},
    )
    who = full()
    form = docx_bytes(
        ["Expenses claim form"],
        [
            ["Name", who],
            ["Sort Code", sort_code().replace("-", " ")],
            ["Account Number", account()],
            ["Amount", "£23.40"],
        ],
    )
    add(
        "expenses claim",
        "Claim form attached.\n" + sig(),
        atts=[("expenses.docx", form)],
        bank=True,
        people=1,
        notes={
            "bank": "DOCX two-column form table: 'Sort Code' | '20 00 00', 'Account Number' | ..."
        },
    )
    rows = [[full(), sort_code(), account(), f"£{rng.randint(10, 90)}.00"] for _ in range(4)]
    add(
        "travel refunds batch",
        "Batch for finance.\n" + sig(1),
        sender=1,
        atts=[("refunds.csv", csv_bytes(["Payee", "Sort code", "Account", "Amount"], rows))],
        bank=True,
        people=4,
        notes={"bank": "CSV columns 'Sort code' and 'Account'"},
    )
    who = full()
    add(
        "grant",
        f"{who} a/c no {account()} s/c {sort_code().replace('-', '')}\n{sig(2)}",
        sender=2,
        bank=True,
        people=1,
        notes={"bank": "'a/c no 12345678 s/c 200000' (no dashes)"},
    )
    who, n = full(), nino()
    inner = inner_mail(SUPPLY, "docs", "Docs attached.\n")
    inner.add_attachment(
        zip_bytes({"docs/form.txt": f"Name: {who}\nNational Ins: {spaced(n)}\n".encode()}),
        maintype="application",
        subtype="zip",
        filename="docs.zip",
    )
    add(
        "FW: docs",
        "Forwarding.\n" + sig(),
        nested=inner,
        nino=1,
        people=1,
        notes={"nino": "'National Ins:' in a .txt inside a ZIP inside a forwarded message"},
    )
    who, n = full(), nino()
    add(
        "update",
        f"{who} ({n}) has started at Brightlane. 16 hrs a week.\n{sig()}",
        nino=1,
        people=1,
        notes={"nino": "bare NINO in parentheses after a name, no label"},
    )
    who, n, d = full(), nino(), dob_date()
    add(
        "Referral",
        "Referral below\n" + sig(),
        html=(
            "<div>Referral</div><div><b>Customer:</b> " + who + "</div>"
            f"<div><b>NINo:</b>&nbsp;{n[:2]}&nbsp;{n[2:4]}&nbsp;{n[4:6]}&nbsp;{n[6:8]}&nbsp;{n[8]}"
            f"</div><div><b>DoB:</b>&nbsp;{d:%d/%m/%Y}</div>"
        ),
        nino=1,
        dob=True,
        people=1,
        notes={
            "nino": "HTML-only 'NINo:' with &nbsp; between groups",
            "dob": "HTML-only 'DoB:' with &nbsp;",
        },
    )


def main() -> None:
    # MIME boundaries come from the global random: seed it so reruns give the same
    # text. (DOCX/XLSX still carry their build time inside the zip container.)
    random.seed(SEED)
    build()
    build_more()
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = []
    for label, raw in MESSAGES:
        (OUT / f"{label.id}.eml").write_bytes(raw)
        labels.append(asdict(label))
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(MESSAGES)} messages to {OUT.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()

"""Make the example messages in this directory (synthetic people, fixed seed).

    python examples/make_examples.py   # rewrites examples/*.eml and *.yaml (byte for
                                       # byte, except the AES salt of the zip example)

Every person, NINO and bank detail here is made up (Faker en_GB, seed 2026).
Each NAME.eml comes with NAME.yaml, a `mailgate policy test` case saying what
the default policy decides for it, so `mailgate policy test examples/` checks
them all:

    mailgate check examples/cv-with-nino.eml
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
import openpyxl
import pyzipper
import yaml
from faker import Faker

HERE = Path(__file__).resolve().parent
SEED = 2026
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

PROVIDER = "northgate-employment.example"
SENDER = f"Northgate Employment Support <employment.support@{PROVIDER}>"
DWP_INBOX = "esf.goodnews@dwp.gov.uk"

fake = Faker("en_GB")
fake.seed_instance(SEED)
rng = random.Random(SEED)
random.seed(SEED)  # MIME boundaries come from the global generator

# NINO letters the format allows: see RULES.md "What counts as claimant data".
FIRST, SECOND = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
STREETS = ["Station Road", "High Street", "Park Avenue", "Victoria Road", "Queens Road"]
TOWNS = ["Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax", "Sheffield"]

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def nino() -> str:
    while True:
        prefix = rng.choice(FIRST) + rng.choice(SECOND)
        if prefix not in BAD_PREFIXES:
            break
    d = f"{rng.randrange(10**6):06d}"
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def home_address() -> str:
    return f"{rng.randint(2, 180)} {rng.choice(STREETS)}, {rng.choice(TOWNS)} {fake.postcode()}"


def adviser() -> str:
    return f"{fake.first_name()} {fake.last_name()}"


def message(to: list[str], subject: str, body: str, attachments=(), n: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = f"<example-{n}@{PROVIDER}>"
    msg.set_content(body)
    for filename, data, (maintype, subtype) in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def repack(data: bytes) -> bytes:
    """The same OOXML zip with fixed member times, so regenerating changes nothing."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 10, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-03-02T10:00:00Z", body
                )
            dst.writestr(fixed, body)
    return out.getvalue()


def docx_bytes(paragraphs: list[str], heading: str | None = None) -> bytes:
    doc = docx.Document()
    if heading:
        doc.add_heading(heading, level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.core_properties.created = doc.core_properties.modified = NOW.replace(tzinfo=None)
    out = io.BytesIO()
    doc.save(out)
    return repack(out.getvalue())


def cv(name: str, with_nino: bool, email: str | None = None) -> bytes:
    lines = [home_address(), f"Mobile: 07700 900{rng.randint(100, 999)}"]
    if email:
        lines.append(f"Email: {email}")
    if with_nino:
        lines.append(f"National Insurance number: {nino()}")
    lines += [
        "Personal profile",
        "Reliable warehouse operative with five years of picking and packing experience.",
        "Work experience",
        "Warehouse operative at a regional distribution centre, 2019 to 2024.",
        "Education",
        "GCSEs in English and Mathematics.",
        "Key skills",
        "Counterbalance forklift licence, stock control, working to deadlines.",
    ]
    return docx_bytes(lines, heading=name)


def signature(name: str) -> str:
    return f"\n\nKind regards\n\n{name}\nEmployment Adviser, Northgate Employment Support\n"


def examples() -> list[tuple[str, bytes, dict]]:
    out: list[tuple[str, bytes, dict]] = []
    employer = "recruitment@brightwell-logistics.example"
    partner = "referrals@pennine-skills.example"

    # 1. A clean mail: no claimant data at all.
    me = adviser()
    body = (
        "Hello,\n\nThank you for hosting Thursday's jobs fair. We will bring the banners "
        "and leaflets, and set up in the main hall from 9am." + signature(me)
    )
    out.append(("clean-mail", message([employer], "Jobs fair on Thursday", body, n=1),
                {"to": [employer], "action": "relay", "rule": "no-claimant-data"}))  # fmt: skip

    # 2. A CV with a NINO to an employer: ¶33, encrypt.
    me, who = adviser(), fake.name()
    body = f"Hello,\n\nPlease find attached {who}'s CV for the warehouse role." + signature(me)
    att = [("cv-warehouse-candidate.docx", cv(who, with_nino=True), DOCX)]
    out.append(("cv-with-nino", message([employer], "CV for the warehouse role", body, att, 2),
                {"to": [employer], "action": "encrypt", "rule": "nino-prohibited"}))  # fmt: skip

    # 3. A CV without NINO to an employer: ¶19, ¶21, up to 10 CVs.
    me, who = adviser(), fake.name()
    body = "Hello,\n\nAttached is a CV for your forklift driver vacancy." + signature(me)
    att = [("cv-forklift-driver.docx", cv(who, with_nino=False), DOCX)]
    out.append(("cv-to-employer", message([employer], "CV: forklift driver vacancy", body, att, 3),
                {"to": [employer], "action": "relay", "rule": "up-to-10-cvs"}))  # fmt: skip

    # 4. A list of 500 referrals (names, NINOs, interview dates) as XLSX: ¶29–31.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Referrals"
    ws.append(["Surname", "Forename", "NINO", "Interview date"])
    for _ in range(500):
        ws.append([fake.last_name(), fake.first_name(), nino(), "09/03/2026"])
    wb.properties.created = wb.properties.modified = NOW.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    me = adviser()
    body = "Hello,\n\nAttached is this month's referral list for the induction sessions." + (
        signature(me)
    )
    att = [("referrals-march.xlsx", repack(buf.getvalue()), XLSX)]
    out.append(("list-of-500-names", message([partner], "Referral list: March", body, att, 4),
                {"to": [partner], "action": "relay", "rule": "list-up-to-500-names"}))  # fmt: skip

    # 5. A list of 800 NINOs only, as CSV: ¶31, no limit.
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["NINO"])
    for _ in range(800):
        writer.writerow([nino()])
    me = adviser()
    body = "Hello,\n\nThe NINOs for the data match are attached." + signature(me)
    att = [("ninos.csv", text.getvalue().encode(), ("text", "csv"))]
    out.append(("nino-only-list", message([partner], "Data match: NINOs", body, att, 5),
                {"to": [partner], "action": "relay", "rule": "nino-only-list"}))  # fmt: skip

    # 6. A Good News Story to DWP: ¶34–35, one per email.
    me, who = adviser(), fake.first_name()
    story = [
        "Good News Story",
        f"Participant: {who} {fake.last_name()}",
        "Programme: ESF Match Funded Provision",
        f"After six months on the programme {who} started work as a customer service "
        "adviser. Support with interview preparation and travel costs made the difference.",
    ]
    body = "Hello,\n\nPlease find attached this month's Good News Story." + signature(me)
    att = [("good-news-story.docx", docx_bytes(story), DOCX)]
    out.append(("good-news-story-to-dwp",
                message([DWP_INBOX], "ESF Good News Story: March", body, att, 6),
                {"to": [DWP_INBOX], "action": "relay",
                 "rule": "dwp-ucnea1-or-good-news-story"}))  # fmt: skip

    # 7. Three interview letters to an employer's recruiter: ¶24–28.
    letters = []
    for i in range(3):
        who = fake.name()
        letters.append(
            (
                f"interview-letter-{i + 1}.docx",
                docx_bytes(
                    [
                        f"Dear {who},",
                        "We are pleased to invite you to an interview for the post of "
                        "warehouse operative on Monday 9 March 2026 at 10am.",
                        "Yours sincerely,",
                        "Recruitment Team",
                    ]
                ),
                DOCX,
            )
        )
    me = adviser()
    body = "Hello,\n\nThe three interview letters are attached as agreed." + signature(me)
    out.append(("interview-letters", message([employer], "Interview letters", body, letters, 7),
                {"to": [employer], "action": "relay", "rule": "up-to-10-letters"}))  # fmt: skip

    # 8. Health details about a participant to an employer: ¶32, encrypt.
    me, who = adviser(), fake.name()
    body = (
        f"Hello,\n\n{who} would like to start on reduced hours at first: he has been "
        "receiving treatment for depression and anxiety, and his GP has signed him off "
        "heavy lifting because of a back injury." + signature(me)
    )
    out.append(("health-details-to-employer",
                message([employer], "Start date and adjustments", body, n=8),
                {"to": [employer], "action": "encrypt", "rule": "health-prohibited"}))  # fmt: skip

    # 9. Bank details in the body: ¶32, encrypt.
    me, who = adviser(), fake.name()
    body = (
        f"Hello,\n\nFor the travel refund to {who}, the bank details are:\n"
        f"Sort code: {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}\n"
        f"Account number: {rng.randint(10_000_000, 99_999_999)}" + signature(me)
    )
    out.append(("bank-details-to-partner", message([partner], "Travel refund", body, n=9),
                {"to": [partner], "action": "encrypt",
                 "rule": "bank-details-prohibited"}))  # fmt: skip

    # 10. A password-protected zip: cannot be read, so encrypted by default.
    zbuf = io.BytesIO()
    with pyzipper.AESZipFile(zbuf, "w", encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(b"Summer2026!")
        zf.writestr("case-notes.txt", f"Case notes for {fake.name()}: {nino()}")
    me = adviser()
    body = "Hello,\n\nCase notes attached; I will phone you with the password." + signature(me)
    att = [("case-notes.zip", zbuf.getvalue(), ("application", "zip"))]
    out.append(("password-protected-zip", message([partner], "Case notes", body, att, 10),
                {"to": [partner], "action": "encrypt",
                 "rule": "password-protected-content"}))  # fmt: skip
    # 11. A claimant's own CV to their own address, consent recorded: ¶17.
    # 12. The same without consent recorded: rejected, encrypted or not (¶17).
    for n, (name, consented) in enumerate((("cv-to-claimant", True),
                                           ("cv-to-claimant-without-consent", False))):  # fmt: skip
        me, who = adviser(), fake.name()
        first, last = who.split()[0].lower(), who.split()[-1].lower()
        own = f"{first}.{last}{rng.randint(10, 99)}@mail.example"
        body = "Hello,\n\nAs you asked, here is your updated CV." + signature(me)
        att = [("cv-updated.docx", cv(who, with_nino=False, email=own), DOCX)]
        case = {"to": [own], "action": "relay" if consented else "reject",
                "rule": name}  # fmt: skip
        if consented:
            case["consent"] = [own]
        out.append((name, message([own], "Your updated CV", body, att, 11 + n), case))
    return out


def main() -> None:
    for name, raw, case in examples():
        (HERE / f"{name}.eml").write_bytes(raw)
        spec = {
            "message": f"{name}.eml",
            "envelope": {"from": f"employment.support@{PROVIDER}", "to": case["to"]},
            "now": NOW.isoformat().replace("+00:00", "Z"),
            **({"consent": case["consent"]} if "consent" in case else {}),
            "expect": {"action": case["action"], "rule": case["rule"]},
        }
        (HERE / f"{name}.yaml").write_text(
            f"# What the default policy decides for {name}.eml (mailgate policy test examples/)\n"
            + yaml.safe_dump(spec, sort_keys=False),
            encoding="utf-8",
        )
        print(f"wrote {name}.eml ({len(raw)} bytes) and {name}.yaml")


if __name__ == "__main__":
    main()

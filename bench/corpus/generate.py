# ruff: noqa: E501  (sentence templates and phrase tables read better unwrapped)
"""Labelled synthetic messages (Faker en_GB) for the accuracy harness.

Every sample is an ``Extraction`` as the extractor would hand it over (subject,
body, attachments as chunks, spreadsheets as tables) plus its truth: how many
distinct NINOs, DOBs and bank details it carries, which other categories, and
how many people it is about. Wording varies on purpose, and hard negatives
(NINO-shaped product codes with invalid letters, innocent "sentence",
"record", "conviction", staff signatures with phone numbers, business bank
details on invoices, interview dates) sit beside the real thing. Nothing is
committed: the same seed gives the same corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker

from detectors.model import Address, Chunk, Extraction, Table

FIRST_OK = "ABCEGHJKLMNOPRSTWXYZ"
SECOND_OK = "ABCEGHJKLMNPRSTWXYZ"
NEVER = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "CR", "FY", "MW", "NC", "PP", "PY", "PZ"}
SENDER = ("Tom Jones", "tom.jones@provider.example")


@dataclass
class Sample:
    name: str
    extraction: Extraction
    mail_from: str
    rcpt_tos: list[str]
    # Distinct values per identifier category, presence for the others.
    counts: dict[str, int] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    people: int = 0

    def text(self) -> str:
        """All readable text, tables as lines, for tools that take one string."""
        parts = [self.extraction.subject]
        for c in self.extraction.chunks:
            if c.source == "subject":
                continue
            if c.table is not None:
                parts.append(" | ".join(c.table.header))
                parts += [" | ".join(r) for r in c.table.rows]
            else:
                parts.append(c.text)
        return "\n".join(parts)


class Maker:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.f = Faker("en_GB")
        self.f.seed_instance(seed)

    # ---- values ---------------------------------------------------------
    def nino(self, *, suffix: bool = True) -> tuple[str, str]:
        """(as written, normalised) in one of the forms people type."""
        while True:
            p = self.r.choice(FIRST_OK) + self.r.choice(SECOND_OK)
            if p not in NEVER:
                break
        d = [f"{self.r.randint(0, 99):02d}" for _ in range(3)]
        s = self.r.choice("ABCD")
        style = self.r.randrange(5)
        if style == 0:
            text = f"{p}{''.join(d)}{s}"
        elif style == 1:
            text = f"{p} {d[0]} {d[1]} {d[2]} {s}"
        elif style == 2:
            text = f"{p}-{d[0]}-{d[1]}-{d[2]}-{s}"
        elif style == 3:
            text = f"{p}{''.join(d)}{s}".lower()
        else:
            text = f"{p} {''.join(d)} {s}"
        if not suffix:
            text = text[:-1].rstrip(" -")
        return text, p + "".join(d)

    def bad_code(self) -> str:
        """NINO-shaped but invalid: excluded prefix, bad letter or suffix E–Z."""
        kind = self.r.randrange(3)
        digits = "".join(str(self.r.randint(0, 9)) for _ in range(6))
        if kind == 0:
            return self.r.choice(sorted(NEVER)) + digits + self.r.choice("ABCD")
        if kind == 1:
            return self.r.choice("DFIQUV") + self.r.choice(SECOND_OK) + digits + "A"
        return (
            self.r.choice(FIRST_OK) + self.r.choice(SECOND_OK) + digits + self.r.choice("EFGHXYZ")
        )

    def dob(self) -> str:
        d = self.f.date_of_birth(minimum_age=18, maximum_age=66)
        style = self.r.randrange(6)
        return [
            d.strftime("%d/%m/%Y"),
            f"{d.day}.{d.month}.{d.strftime('%y')}",
            d.isoformat(),
            f"{d.day} {d.strftime('%B %Y')}",
            f"{d.strftime('%B')} {d.day}th, {d.year}",
            d.strftime("%d-%m-%Y"),
        ][style]

    def dob_sentence(self, first: str) -> str:
        d = self.dob()
        return self.r.choice(
            [
                f"DOB: {d}",
                f"Date of birth - {d}",
                f"{first} was born on {d}.",
                f"D.O.B. {d}",
                f"date of birth {d}",
                f"{d} (DOB)",
                f"Birthday: {d}",
            ]
        )

    def sort_code(self) -> str:
        a = [f"{self.r.randint(1, 99):02d}" for _ in range(3)]
        return self.r.choice(["-", " ", ""]).join(a)

    def account(self) -> str:
        return f"{self.r.randint(10000000, 99999999)}"

    def bank_sentence(self) -> tuple[str, bool]:
        """(sentence, is an IBAN)."""
        sc, acc = self.sort_code(), self.account()
        if self.r.random() < 0.2:
            return (
                f"{self.r.choice(['IBAN', 'Her IBAN is', 'International account'])} {self.f.iban()}",
                True,
            )
        return self.r.choice(
            [
                f"Sort code: {sc}, account number: {acc}.",
                f"His bank details are sort code {sc} and account no {acc}.",
                f"Bank: sort-code {sc} / A/C {acc}",
                f"Her account number is {acc} (sort code {sc}).",
                f"Account number {acc}",
            ]
        ), False

    # ---- wrappers --------------------------------------------------------
    def staff(self) -> tuple[str, str]:
        n = self.f.name()
        local = ".".join(n.lower().replace("'", "").split()[-2:])
        return n, f"{local}@{self.r.choice(['employer.example', 'partner.example'])}"

    def signature(self) -> str:
        name = SENDER[0]
        closing = self.r.choice(
            ["Kind regards,", "Many thanks,", "Best wishes,", "Regards,", "Thanks,"]
        )
        return (
            f"\n\n{closing}\n{name}\n{self.r.choice(['Employment Adviser', 'Job Coach', 'Team Leader'])}\n"
            f"Tel: {self.f.phone_number()}\nProvider Ltd, {self.f.street_address()}, {self.f.postcode()}\n"
        )

    def greeting(self, rname: str) -> str:
        return f"{self.r.choice(['Hi', 'Dear', 'Hello'])} {rname.split()[0]},\n\n"

    def sample(self, name, subject, chunks, rname, raddr, **truth) -> Sample:
        ex = Extraction(
            subject=subject,
            chunks=[Chunk("subject", subject, "subject"), *chunks],
            addresses=[Address(SENDER[0], SENDER[1], "from"), Address(rname, raddr, "to")],
        )
        return Sample(name, ex, SENDER[1], [raddr], **truth)


_SUBJECTS = ["The quarterly budget", "Our contract variation", "The room booking", "The audit plan",
             "The board paper", "The new supplier", "The training schedule", "The IT upgrade",
             "Next month's rota", "The office move"]  # fmt: skip
_VERBS = ["has been approved", "needs another review", "is on the agenda for Thursday",
          "was circulated to the team", "is running two weeks late", "came in under budget",
          "will be signed off by finance", "needs updated figures", "has moved to the shared drive"]  # fmt: skip
_TAILS = ["Please let me know if you have any questions.", "I will update the tracker today.",
          "Can you confirm the figures by Friday?", "The slides are on the shared drive.",
          "We should discuss this at the next team meeting.", "Thanks for pulling this together."]  # fmt: skip


def business_paragraph(m: Maker) -> str:
    """Ordinary English office prose with no personal data."""
    out = []
    for _ in range(m.r.randint(3, 6)):
        out.append(f"{m.r.choice(_SUBJECTS)} {m.r.choice(_VERBS)}. {m.r.choice(_TAILS)}")
    return " ".join(out)


def body(text: str) -> Chunk:
    return Chunk("body (text/plain)", text, "body")


def attachment(
    name: str, text: str, container: str | None = None, table: Table | None = None
) -> Chunk:
    where = f'attachment "{container}" › "{name}"' if container else f'attachment "{name}"'
    return Chunk(where, text, "attachment", name, container, table=table)


SPECIAL_PHRASES = {
    "health": ["has type 2 diabetes", "was diagnosed with epilepsy", "uses a wheelchair (wheelchair user)",
               "has a long-term condition affecting her back", "is waiting for a hospital appointment",
               "has a fit note until the end of the month"],
    "mental_health": ["has been struggling with depression", "suffers from anxiety and panic attacks",
                      "is supported by the community mental health team", "has a diagnosis of bipolar disorder",
                      "mentioned suicidal thoughts last week"],
    "substance_misuse": ["is in recovery from alcohol dependency", "attends a drug and alcohol service",
                         "is on a methadone programme", "has a history of drug misuse"],
    "criminal_record": ["has an unspent conviction for theft", "was released from prison in March",
                        "is on licence and sees his probation officer weekly", "is managed under MAPPA",
                        "is serving a community sentence", "has previous convictions for assault"],
    "ethnicity": ["described her ethnicity as Black British", "ethnic origin: Asian British",
                  "ethnic group - White and Black Caribbean"],
    "sexual_orientation": ["told me he is gay", "mentioned her same-sex partner", "is bisexual"],
    "religion": ["is a practising Muslim and needs prayer breaks", "attends church on Sundays (religious belief)",
                 "is Sikh and wears a turban"],
    "trade_union": ["is a trade union member", "is the union rep at his last job", "is a shop steward"],
}  # fmt: skip
INNOCENT = [
    "Please check the first sentence of the report before it goes out.",
    "We had a record month for job starts.",
    "She argued with conviction that the target was achievable.",
    "New staff are on a six-month probation period.",
    "We are a Disability Confident employer.",
    "Our office is moving; please update your records.",
    "He worked as a prison officer before retraining.",
    "The interview is on {d} at 10am.",
    "Invoice dated {d}; payment due in 30 days.",
    "Stock code {code} is out of stock; order ref {code2}.",
    "Part no. {code} has been discontinued.",
    "Part no. {valid} has been discontinued.",
    "Stock code {valid} is back in stock.",
]


def referral(m: Maker) -> Sample:
    rname, raddr = m.staff()
    first, last = m.f.first_name(), m.f.last_name()
    name = f"{first} {last}"
    counts = {"nino": 0, "dob": 0, "bank": 0}
    present: set[str] = set()
    lines = [f"Please find below the referral for {m.r.choice(['', 'Mr ', 'Ms '])}{name}."]
    if m.r.random() < 0.8:
        n, _ = m.nino(suffix=m.r.random() > 0.15)
        lines.append(
            m.r.choice(
                [f"NI number: {n}", f"NINO {n}", f"National Insurance no. {n}", f"NI No: {n}"]
            )
        )
        counts["nino"] = 1
    if m.r.random() < 0.7:
        lines.append(m.dob_sentence(first))
        counts["dob"] = 1
    if m.r.random() < 0.3:
        sentence, iban = m.bank_sentence()
        lines.append(sentence)
        counts["bank"], counts["iban"] = 1, int(iban)
    for cat in m.r.sample(sorted(SPECIAL_PHRASES), k=m.r.randint(0, 2)):
        lines.append(f"{first} {m.r.choice(SPECIAL_PHRASES[cat])}.")
        present.add(cat)
    if m.r.random() < 0.3:
        amount = f"£{m.r.randint(50, 900)}.{m.r.randint(0, 99):02d}"
        lines.append(m.r.choice([
            f"{first} receives Universal Credit of {amount} per month.",
            "Her JSA was sanctioned last month.",
            f"A deduction of {amount} is taken from his ESA.",
        ]))  # fmt: skip
        present.add("benefit_payment")
    if m.r.random() < 0.25:
        lines.append(f"Address: {m.f.street_address()}, {m.f.city()} {m.f.postcode()}")
        present.add("address")
    if m.r.random() < 0.3:
        lines.append(f"Mobile: {m.f.cellphone_number()}")
        present.add("phone")
    if m.r.random() < 0.2:
        kid = m.f.first_name()
        lines.append(
            f"{first} lives with {m.r.choice(['her', 'his'])} {m.r.choice(['son', 'daughter'])} {kid}, aged {m.r.randint(1, 15)}."
        )
        present.add("children")
    if m.r.random() < 0.3:
        lines.append(
            m.r.choice(INNOCENT).format(
                d=m.f.date_this_year().strftime("%d/%m/%Y"),
                code=m.bad_code(),
                code2=m.bad_code(),
                valid=m.nino()[1] + m.r.choice("ABCD"),
            )
        )
    text = m.greeting(rname) + "\n".join(lines) + m.signature()
    subject = m.r.choice(
        [f"Referral - {first[0]} {last}", "New referral", "Participant update", f"{name}"]
    )
    return m.sample(
        "referral", subject, [body(text)], rname, raddr, counts=counts, present=present, people=1
    )


def clean(m: Maker) -> Sample:
    rname, raddr = m.staff()
    paras = [business_paragraph(m) for _ in range(m.r.randint(2, 6))]
    d = m.f.date_this_year().strftime("%d/%m/%Y")
    paras.append(
        m.r.choice(INNOCENT).format(
            d=d, code=m.bad_code(), code2=m.bad_code(), valid=m.nino()[1] + m.r.choice("ABCD")
        )
    )
    paras.append(
        m.r.choice(INNOCENT).format(
            d=d, code=m.bad_code(), code2=m.bad_code(), valid=m.nino()[1] + m.r.choice("ABCD")
        )
    )
    chunks = [body(m.greeting(rname) + "\n\n".join(paras) + m.signature())]
    if m.r.random() < 0.4:
        inv = (
            f"INVOICE {m.r.randint(1000, 9999)}\n{m.f.company()}\n{m.f.street_address()}\n{m.f.postcode()}\n"
            f"Invoice date: {d}\nTraining services £{m.r.randint(100, 9000)}.00\n"
            f"Please pay within 30 days to our bank account:\nSort code {m.sort_code()} "
            f"Account number {m.account()}\nIBAN {m.f.iban()}\nVAT no 123 4567 89\n"
        )
        chunks.append(attachment(f"invoice-{m.r.randint(100, 999)}.pdf", inv))
    subject = m.r.choice(
        ["Budget review", "Contract variation", "Room booking", "Invoice attached", "Minutes"]
    )
    return m.sample(
        "clean", subject, chunks, rname, raddr, counts={"nino": 0, "dob": 0, "bank": 0}, people=0
    )


def name_list(m: Maker) -> Sample:
    rname, raddr = m.staff()
    n = m.r.choice([3, 12, 48, 120, 500, 501, 620])
    with_nino, with_dob = m.r.random() < 0.6, m.r.random() < 0.3
    header = ["Forename", "Surname"] if m.r.random() < 0.5 else ["Participant name"]
    if with_nino:
        header.append(m.r.choice(["NI Number", "NINO", "National Insurance No"]))
    if with_dob:
        header.append(m.r.choice(["DOB", "Date of birth"]))
    header.append("Interview date")
    rows, ninos, dobs = [], set(), set()
    for _ in range(n):
        fn, ln = m.f.first_name(), m.f.last_name()
        row = [fn, ln] if len(header) > 1 and header[0] == "Forename" else [f"{fn} {ln}"]
        if with_nino:
            text, norm = m.nino(suffix=m.r.random() > 0.2)
            row.append(text)
            ninos.add(norm)
        if with_dob:
            d = m.f.date_of_birth(minimum_age=18, maximum_age=66)
            row.append(d.strftime("%d/%m/%Y"))
            dobs.add(d)
        row.append(m.f.date_this_year().strftime("%d/%m/%Y"))
        rows.append(tuple(row))
    fname = m.r.choice(["referrals.xlsx", "list.xlsx", "starters.csv", "caseload.xlsx"])
    table = Table(tuple(header), tuple(rows))
    where = f'attachment "{fname}" › sheet "Referrals"'
    chunk = Chunk(where, "", "attachment", fname, table=table)
    text = (
        m.greeting(rname)
        + "Please see the attached list of participants for next week."
        + m.signature()
    )
    counts = {"nino": len(ninos), "dob": len(dobs), "bank": 0}
    return m.sample(
        "name_list", "Participant list", [body(text), chunk], rname, raddr, counts=counts, people=n
    )


def nino_list(m: Maker) -> Sample:
    rname, raddr = m.staff()
    n = m.r.randint(5, 80)
    ninos = {}
    while len(ninos) < n:
        t, norm = m.nino()
        ninos[norm] = t
    table = Table(("NINO",), tuple((t,) for t in ninos.values()))
    chunk = Chunk('attachment "ninos.csv"', "", "attachment", "ninos.csv", table=table)
    text = m.greeting(rname) + "NINOs for the data match attached." + m.signature()
    return m.sample("nino_list", "Data match", [body(text), chunk], rname, raddr,
                    counts={"nino": n, "dob": 0, "bank": 0}, people=n)  # fmt: skip


def cv_text(m: Maker, name: str, email: str | None = None) -> str:
    email = email or m.f.free_email()
    return (
        f"{name}\n{m.f.street_address()}, {m.f.city()} {m.f.postcode()}\n{m.f.cellphone_number()} | {email}\n\n"
        f"{m.r.choice(['Personal Profile', 'Profile', 'Personal Statement'])}\n{business_paragraph(m)}\n\n"
        f"{m.r.choice(['Work Experience', 'Employment History'])}\n{m.f.job()}, {m.f.company()}, 2019 - 2023\n"
        f"{business_paragraph(m)}\n\nEducation\n{m.f.city()} College, 2015 - 2017\n\n"
        f"Skills\nCustomer service, teamwork\n\nReferences\n{m.f.name()}, {m.f.job()}, {m.f.company()}\n"
    )


def cvs(m: Maker) -> Sample:
    rname, raddr = m.staff()
    n = m.r.choice([1, 1, 2, 3, 10, 11, 50])
    zipped = n > 3
    chunks = []
    for i in range(n):
        name = m.f.name()
        fname = m.r.choice(
            [f"CV {name}.docx", f"{name.split()[-1]}_cv_{i}.pdf", f"candidate{i}.docx"]
        )
        chunks.append(attachment(fname, cv_text(m, name), "cvs.zip" if zipped else None))
    text = (
        m.greeting(rname)
        + f"Please find attached {n} CV{'s' if n > 1 else ''} for your vacancies."
        + m.signature()
    )
    present = {"address", "phone", "personal_email"}
    return m.sample("cvs", "CVs for your vacancies", [body(text), *chunks], rname, raddr,
                    counts={"nino": 0, "dob": 0, "bank": 0}, present=present, people=n)  # fmt: skip


def cv_to_claimant(m: Maker) -> Sample:
    name = m.f.name()
    own = f"{name.split()[0].lower()}{m.r.randint(1, 99)}@{m.r.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com'])}"
    text = f"Hi {name.split()[0]},\n\nHere is the updated CV we worked on today." + m.signature()
    s = m.sample("cv_to_claimant", "Your CV", [body(text), attachment("CV.docx", cv_text(m, name, own))], name, own,
                 counts={"nino": 0, "dob": 0, "bank": 0}, present={"address", "phone", "personal_email"}, people=1)  # fmt: skip
    return s


def letters(m: Maker) -> Sample:
    rname, raddr = m.staff()
    n = m.r.randint(1, 4)
    kind = m.r.choice(["interview", "offer", "appointment"])
    parts = []
    for _ in range(n):
        title = m.r.choice(["Mr", "Mrs", "Ms", "Miss"])
        name = f"{title} {m.f.first_name()} {m.f.last_name()}"
        what = {
            "interview": f"We are pleased to invite you to an interview for the role of {m.f.job()} on {m.f.date_this_year()}.",
            "offer": f"We are pleased to offer you the position of {m.f.job()}, starting on Monday.",
            "appointment": f"This is to confirm your appointment with your adviser on {m.f.date_this_year()} at 10am.",
        }[kind]  # fmt: skip
        parts.append(
            f"{m.f.street_address()}\n{m.f.city()}\n{m.f.postcode()}\n\n{m.f.date_this_year().strftime('%d %B %Y')}\n\n"
            f"Dear {name},\n\n{what}\n\nPlease bring photo ID.\n\nYours sincerely,\n\n{m.f.name()}\nRecruitment Team\n"
        )
    chunks = [attachment("letters.pdf", "\n\f".join(parts))]
    text = (
        m.greeting(rname)
        + f"The {kind} letter{'s are' if n > 1 else ' is'} attached."
        + m.signature()
    )
    return m.sample("letters", f"{kind.title()} letters", [body(text), *chunks], rname, raddr,
                    counts={"nino": 0, "dob": 0, "bank": 0}, present={"address"}, people=n)  # fmt: skip


def application_form(m: Maker) -> Sample:
    rname, raddr = m.staff()
    couple = m.r.random() < 0.4
    fn, ln = m.f.first_name(), m.f.last_name()
    n1, _ = m.nino()
    lines = ["Application Form", f"Surname: {ln}", f"First names: {fn}", f"Date of birth: {m.dob()}",
             f"National Insurance number: {n1}", f"Address: {m.f.street_address()}, {m.f.postcode()}",
             f"Telephone: {m.f.cellphone_number()}", f"Position applied for: {m.f.job()}"]  # fmt: skip
    counts = {"nino": 1, "dob": 1, "bank": 0}
    if couple:
        n2, _ = m.nino()
        lines += [f"Partner's name: {m.f.first_name()} {ln}", f"Partner's date of birth: {m.dob()}",
                  f"Partner's National Insurance number: {n2}"]  # fmt: skip
        counts = {"nino": 2, "dob": 2, "bank": 0}
    lines += ["Declaration: I confirm the information is true.", f"Signature: {fn[0]} {ln}"]
    text = m.greeting(rname) + "Application attached." + m.signature()
    return m.sample("application_form", "Application", [body(text), attachment("application form.pdf", "\n".join(lines))],
                    rname, raddr, counts=counts, present={"address", "phone"}, people=2 if couple else 1)  # fmt: skip


def dwp_form(m: Maker) -> Sample:
    rname, raddr = "DWP Inbox", f"whp.team{m.r.randint(1, 9)}@dwp.gov.uk"
    kind, title = m.r.choice([("ucnea1", "UCNEA1"), ("gns", "Good News Story"), ("exit", "Exit Report"),
                              ("coc", "Change of Circumstances"), ("whps01", "WHPS01")])  # fmt: skip
    fn, ln = m.f.first_name(), m.f.last_name()
    n, _ = m.nino()
    text = f"{title}\n\nParticipant name: {fn} {ln}\nNINO: {n}\n{business_paragraph(m)}\n"
    chunks = [attachment(f"{title}.docx" if m.r.random() < 0.5 else "form.docx", text)]
    body_text = f"Hello,\n\nPlease find the {title} attached.\n" + m.signature()
    return m.sample(f"dwp_{kind}", f"{title} - {fn[0]} {ln}", [body(body_text), *chunks], rname, raddr,
                    counts={"nino": 1, "dob": 0, "bank": 0}, people=1)  # fmt: skip


def couple_body(m: Maker) -> Sample:
    rname, raddr = m.staff()
    a, b = m.f.name(), m.f.name()
    n1, _ = m.nino()
    n2, _ = m.nino()
    text = (
        m.greeting(rname)
        + f"I am referring two customers: {a} (NINO {n1}) and {b} (NI number {n2}).\n"
        + f"{a.split()[0]} {m.r.choice(SPECIAL_PHRASES['health'])}.\n"
        + m.signature()
    )
    return m.sample("two_people", "Two referrals", [body(text)], rname, raddr,
                    counts={"nino": 2, "dob": 0, "bank": 0}, present={"health"}, people=2)  # fmt: skip


def one_name(m: Maker) -> Sample:
    rname, raddr = m.staff()
    first, last = m.f.first_name(), m.f.last_name()
    text = m.greeting(rname) + m.r.choice([
        f"Please can you confirm whether {first} {last} attended the interview on Tuesday?",
        f"Mr {last} will start on Monday; the candidate {first} {last} has accepted the offer.",
        f"I have referred {first} {last} to your vacancy.",
    ]) + m.signature()  # fmt: skip
    return m.sample("one_name", "Candidate", [body(text)], rname, raddr,
                    counts={"nino": 0, "dob": 0, "bank": 0}, people=1)  # fmt: skip


def text_list(m: Maker) -> Sample:
    """Names typed one per line in the body, some with a NINO."""
    rname, raddr = m.staff()
    n = m.r.randint(3, 25)
    with_nino = m.r.random() < 0.5
    lines = []
    for i in range(n):
        name = f"{m.f.first_name()} {m.f.last_name()}"
        extra = (
            f", NINO {m.nino()[0]}"
            if with_nino
            else f" - interview {m.f.date_this_year().strftime('%d/%m/%Y')}"
        )
        lines.append(f"{i + 1}. {name}{extra}" if m.r.random() < 0.5 else f"{name}{extra}")
    text = (
        m.greeting(rname)
        + "These are the people booked for Monday:\n"
        + "\n".join(lines)
        + m.signature()
    )
    return m.sample("text_list", "Monday bookings", [body(text)], rname, raddr,
                    counts={"nino": n if with_nino else 0, "dob": 0, "bank": 0}, people=n)  # fmt: skip


MAKERS = [
    (referral, 30), (clean, 20), (name_list, 8), (nino_list, 4), (cvs, 8), (cv_to_claimant, 5),
    (letters, 8), (application_form, 6), (dwp_form, 6), (couple_body, 5), (one_name, 8),
    (text_list, 4),
]  # fmt: skip


def generate(n: int = 400, seed: int = 20240601) -> list[Sample]:
    m = Maker(seed)
    makers = [f for f, _ in MAKERS]
    weights = [w for _, w in MAKERS]
    return [m.r.choices(makers, weights)[0](m) for _ in range(n)]

"""Synthetic claimant values planted in test messages, and a Scan/Verdict that describe them
the way the detectors and the policy would (masked values, locations only)."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from faker import Faker

from detectors.model import AttachmentInfo, Category, DocKind, DocKindFinding, Finding, Scan
from policies.verdict import Action, EnvelopeFacts, RecipientClass, RecipientDecision, Verdict


@dataclass(frozen=True)
class Planted:
    nino: str
    dob: str
    account: str
    sort_code: str
    name: str

    def values(self) -> list[str]:
        nino_spaced = " ".join([self.nino[:2], self.nino[2:4], self.nino[4:6], self.nino[6:8]])
        return [self.nino, nino_spaced, self.dob, self.account]


def make_planted(seed: int = 0) -> Planted:
    rnd = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    # Valid-shaped NINO built at run time (never a literal): first letters avoid D F I Q U V.
    first = rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rnd.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    nino = first + second + "".join(rnd.choice(string.digits) for _ in range(6)) + "C"
    dob = fake.date_of_birth(minimum_age=20, maximum_age=60).strftime("%d/%m/%Y")
    account = "".join(rnd.choice(string.digits) for _ in range(8))
    sort_code = "-".join(f"{rnd.randint(10, 99)}" for _ in range(3))
    return Planted(nino, dob, account, sort_code, fake.name())


def message_with_data(
    p: Planted, sender: str, rcpts: list[str], subject: str = "Referral"
) -> bytes:
    to = ", ".join(rcpts)
    return (
        f"From: Case Worker <{sender}>\r\n"
        f"To: {to}\r\n"
        f"Subject: {subject}\r\n"
        "Date: Sun, 22 Nov 2026 05:00:00 +0000\r\n"
        "Message-ID: <test.1@provider.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "\r\n"
        f"Please process {p.name}, NINO {p.nino}, born {p.dob}.\r\n"
        f"Bank account {p.account} sort code {p.sort_code}.\r\n"
    ).encode()


def masked_nino(p: Planted) -> str:
    return f"{p.nino[:2]} •• •• •• {p.nino[-1]}"


def scan_for(p: Planted, attachment_name: str = "referral.pdf") -> Scan:
    loc = "body (text/plain)"
    return Scan(
        findings=[
            Finding(Category.NINO, loc, masked_nino(p), 0.99, "label NINO", key="k1"),
            Finding(Category.DOB, loc, "••/••/" + p.dob[-4:], 0.9, "label born", key="k2"),
            Finding(Category.BANK, loc, "••••" + p.account[-2:], 0.9, "bank account", key="k3"),
            Finding(Category.NINO, loc, masked_nino(p), 0.99, "label NINO", key="k1"),
        ],
        data_subjects=1,
        people_evidence="one name",
        doc_kinds=[DocKindFinding(DocKind.LETTER_OTHER, loc, "letter layout")],
        attachments=[
            AttachmentInfo(
                f'attachment "{attachment_name}"',
                attachment_name,
                "application/pdf",
                "application/pdf",
                12345,
            )
        ],
        subject="Referral",
        message_id="<test.1@provider.example>",
    )


def verdict(action: Action, rcpts: list[str], rule: str = "nino-prohibited", **kw) -> Verdict:
    return Verdict(
        action=action,
        rule=rule,
        guidance=["¶33"],
        reasons=["A National Insurance number (AB •• •• •• C) was found in the body."],
        fixes=["Remove the National Insurance number and send again."],
        per_recipient={
            r: RecipientDecision(r, RecipientClass.THIRD_PARTY, action, rule, ["¶33"])
            for r in rcpts
        },
        **kw,
    )


def envelope(sender: str, rcpts: list[str], auth_user: str | None = None) -> EnvelopeFacts:
    return EnvelopeFacts(sender, tuple(rcpts), auth_user, "127.0.0.1")

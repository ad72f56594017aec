"""Headers the sender wrote are content; trace and authentication headers are not."""

from __future__ import annotations

from detectors.extract import extract
from detectors.model import Category
from detectors.scan import scan

from .conftest import STAFF_FROM, STAFF_TO

NINO = "JT 48 27 36 B"


def _message(*headers: str) -> bytes:
    head = "\r\n".join(
        [
            f"From: Tom Jones <{STAFF_FROM}>",
            f"To: Priya Patel <{STAFF_TO}>",
            "Subject: Weekly update",
            *headers,
        ]
    )
    return f"{head}\r\n\r\nHi Priya,\r\n\r\nNothing new this week.\r\n".encode()


def _scan(raw: bytes, nlp, terms):
    return scan(extract(raw), mail_from=STAFF_FROM, rcpt_tos=[STAFF_TO], terms=terms, nlp=nlp)


def test_nino_in_a_custom_header_is_found_and_masked(nlp, terms):
    s = _scan(_message(f"X-Claimant: NINO {NINO}"), nlp, terms)
    ninos = [f for f in s.findings if f.category == Category.NINO]
    assert [f.location for f in ninos] == ["header X-Claimant"]
    assert "48" not in ninos[0].masked and ninos[0].masked.startswith("JT")


def test_nino_in_a_trace_header_is_not_content(nlp, terms):
    received = f"Received: from mx.example (id NINO {NINO}) by relay.example; Mon, 1 Dec 2026"
    s = _scan(_message(received, f"DKIM-Signature: v=1; b=NINO {NINO}"), nlp, terms)
    assert not [f for f in s.findings if f.category == Category.NINO]


def test_comments_keywords_and_display_names_are_read(nlp, terms):
    raw = _message(
        "Comments: DOB: 12/03/1985",
        f'Cc: "Claimant NI {NINO}" <jobs@employer.example>',
        "Keywords: sort code 20-32-06 account 73479283",
    )
    s = _scan(raw, nlp, terms)
    where = {(f.category, f.location) for f in s.findings}
    assert (Category.DOB, "header Comments") in where
    assert (Category.NINO, "header Cc display names") in where
    assert (Category.BANK, "header Keywords") in where


def test_ordinary_headers_change_nothing(nlp, terms):
    raw = _message("X-Mailer: Microsoft Outlook 16.0", "X-Priority: 3", "Importance: Normal")
    s = _scan(raw, nlp, terms)
    assert not s.findings and s.data_subjects == 0

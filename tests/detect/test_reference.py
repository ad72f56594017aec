"""Participant, case and referral numbers: identifiers beyond a name (RULES.md ¶18)."""

from __future__ import annotations

import pytest

from detectors.detector import Context
from detectors.masking import DOT, Keyer
from detectors.model import Category
from detectors.reference import detect, mask_reference


def found(text: str, header: str = "") -> list[str]:
    return [f.masked for f in detect(text, Context("body", Keyer(), header=header))]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Participant ref QRX-902157.", f"QRX-{DOT * 4}57"),
        ("the case reference, as before, is (QR-518204)", f"QR-{DOT * 4}04"),
        ("PRaP ref PZ7712093 - start date?", f"PZ{DOT * 5}93"),
        ("her customer ID: 40021785", f"{DOT * 6}85"),
        ("CRM record 5521873 updated", f"{DOT * 5}73"),
    ],
)
def test_a_number_labelled_as_a_persons_record_is_a_reference(text, masked):
    assert found(text) == [masked]


@pytest.mark.parametrize(
    "text",
    [
        "Invoice no 55218730, order ref 44120031, job ref 20871",  # nobody's records
        "Booking reference 8842190 for the room",
        "Participant ref to follow",  # no number
        "Case ref 123",  # too short to be one
        "Our company number is 11472239",
    ],
)
def test_other_numbers_are_not(text):
    assert found(text) == []


def test_a_header_or_column_that_says_whose_number_it_is():
    assert found("QR-518204", header="X-Case-Participant-Id") == [f"QR-{DOT * 4}04"]
    assert found("4417 2093 65", header="X-Referrals-PRaP") == [f"{DOT * 4} {DOT * 4} 65"]
    assert found("QR-518204", header="Order ref") == []
    # A header's value that is not a bare number is read as text: no label in it.
    assert found("see QR-518204", header="X-Case-Participant-Id") == []


def test_one_reference_written_two_ways_is_one_value():
    keyer = Keyer()
    keys = {
        f.key
        for t in ("Participant ref QR-518204", "customer id QR518204", "client no. QR 518204")
        for f in detect(t, Context("body", keyer))
    }
    assert len(keys) == 1


def test_masking_keeps_letters_and_the_last_two_digits():
    assert mask_reference("QRX-902157") == f"QRX-{DOT * 4}57"
    assert Category.REFERENCE.value == "reference"


def test_minutes_name_people_by_initials_and_reference(keyer):
    from detectors import reference
    from detectors.detector import Context

    notes = (
        "Caseload review\nAS (TR-61375): unsure about the warehouse role.\n"
        "- EF (TR-23241) - interview on Friday.\nDWP (TR-55555): the contract letter.\n"
        "See AS (TR-61375) above.\n"
    )
    out = reference.detect(notes, Context("attachment", keyer))
    assert [f.masked for f in out] == ["TR-•••75", "TR-•••41"]
    assert {f.context for f in out} == {"initials and reference"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Timesheet: Nia Gwyther - QR-518204", ["QR-••••04"]),
        ("Nia Gwyther (QR518204) starts on Monday", ["QR••••04"]),
        ("Exit Report - QR-518204", []),  # a document's name, not a person's
        ("Forklift Driver - WH-12345", []),  # a job
        ("Leeds Office - LS-12345", []),  # a place
        ("Nia Gwyther - 12/03/2024", []),  # a date is no code
    ],
)
def test_a_code_right_after_a_full_name_is_that_persons(text, found, keyer):
    from detectors import reference
    from detectors.detector import Context

    assert [f.masked for f in reference.detect(text, Context("subject", keyer))] == found


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Participant ref: QRX-000000 (format)", ""),
        ("customer ID 99999999 is the example", ""),
        ("PRG-0000", "Participant ID"),
    ],
)
def test_a_formats_picture_is_no_ones_reference(text, header):
    assert found(text, header) == []


def test_a_number_with_noughts_in_it_is_still_a_reference():
    assert found("Participant ref: QRX-100000") == [f"QRX-{DOT * 4}00"]
    assert found("PRG-409000", "Participant ID") != []

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
        ("Participant ref PRH-347107.", f"PRH-{DOT * 4}07"),
        ("Case ref is in the header as always (TW-633200)", f"TW-{DOT * 4}00"),
        ("PRaP ref PR8433046 - start date?", f"PR{DOT * 5}46"),
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
    assert found("TW-633200", header="X-CaseBook-Participant-Ref") == [f"TW-{DOT * 4}00"]
    assert found("2651 5656 82", header="X-CaseFlow-PRaP") == [f"{DOT * 4} {DOT * 4} 82"]
    assert found("TW-633200", header="Order ref") == []
    # A header's value that is not a bare number is read as text: no label in it.
    assert found("see TW-633200", header="X-CaseBook-Participant-Ref") == []


def test_one_reference_written_two_ways_is_one_value():
    keyer = Keyer()
    keys = {
        f.key
        for t in ("Participant ref TW-633200", "customer id TW633200", "client no. TW 633200")
        for f in detect(t, Context("body", keyer))
    }
    assert len(keys) == 1


def test_masking_keeps_letters_and_the_last_two_digits():
    assert mask_reference("PRH-347107") == f"PRH-{DOT * 4}07"
    assert Category.REFERENCE.value == "reference"

from __future__ import annotations

import pytest

from detectors import dob
from detectors.detector import Context
from detectors.model import Category


def dobs(text, keyer, header=""):
    return [
        f
        for f in dob.detect(text, Context("body", keyer, header=header))
        if f.category == Category.DOB
    ]


def ages(text, keyer, header=""):
    return [
        f
        for f in dob.detect(text, Context("body", keyer, header=header))
        if f.category == Category.AGE
    ]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("DOB: 12/03/1985", "••/••/1985"),
        ("D.O.B. 12.3.85", "••.•.85"),
        ("Date of birth 1985-03-12", "1985-••-••"),
        ("born on 12 March 1985 in Leeds", "•• ••• 1985"),
        ("Birthday: March 12th, 1985", "••• ••, 1985"),
        ("She was born in Leeds on 3rd of Jan 1990.", "•• ••• 1990"),
        ("12/03/1985 (DOB)", "••/••/1985"),
        ("date of birth:\n12-03-1985", "••-••-1985"),
    ],
)
def test_dob_formats_with_context(text, masked, keyer):
    out = dobs(text, keyer)
    assert [f.masked for f in out] == [masked]


@pytest.mark.parametrize(
    "text",
    [
        "Interview date: 12/03/2024",
        "Invoice dated 12 March 2024, due 12/04/2024",
        "DOB not held; interview on 14/05/2024",
        "Meeting 1985-03-12 at the office",
        "DOB: 12/03/1985, interview date 14/05/2024",
    ],
)
def test_other_dates_are_not_dobs(text, keyer):
    got = dobs(text, keyer)
    assert all("2024" not in f.masked for f in got)
    if "1985" not in text or "Meeting" in text:
        assert got == []


def test_impossible_dates_are_ignored(keyer):
    assert dobs("DOB 31/13/1985", keyer) == []
    assert dobs("DOB 12/03/1850", keyer) == []


def test_column_header_gives_context(keyer):
    assert [f.masked for f in dobs("1985-03-12 00:00:00", keyer, header="Date of Birth")] == [
        "1985-••-••"
    ]
    assert dobs("1985-03-12", keyer, header="Start date") == []


def test_ages_are_reported_separately(keyer):
    assert len(ages("Applicant aged 34, looking for work", keyer)) == 1
    assert len(ages("He is 52 years old", keyer)) == 1
    assert len(ages("34", keyer, header="Age")) == 1
    assert dobs("aged 34", keyer) == []
    # A child's age is the children detector's business.
    assert ages("her son, aged 7", keyer) == []
    assert ages("for people aged 18-24", keyer) == []


def test_same_dob_written_twice_is_one_key(keyer):
    out = dobs("DOB 12/03/1985 ... date of birth: 12 March 1985", keyer)
    assert len(out) == 2 and len({f.key for f in out}) == 1


def test_sort_code_after_a_dob_is_not_another_dob(keyer):
    text = "1990-11-19 (DOB)\nHer account number is 42044308 (sort code 05-11-14)."
    assert [f.masked for f in dobs(text, keyer)] == ["1990-••-••"]


def test_a_surname_ending_in_son_is_not_a_child(keyer):
    text = (
        "Referral for Ms Bradley Gibson.\nNI number: RL-45-96-85-C\nBradley was born on 1996-08-23."
    )
    assert [f.masked for f in dobs(text, keyer)] == ["1996-••-••"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("DOB:03041988", "••••1988"),
        ("dob 030488", "••••88"),
        ("Date of birth - 19880403", "1988••••"),
    ],
)
def test_dob_without_separators_after_a_label(text, masked, keyer):
    assert [f.masked for f in dobs(text, keyer)] == [masked]


@pytest.mark.parametrize(
    "text",
    ["ref 03041988", "DOB 12/03/1985, order 03041988", "dob: 331388", "born in 1988 99887766"],
)
def test_bare_digit_runs_are_not_dobs(text, keyer):
    assert all("••••" not in f.masked for f in dobs(text, keyer))


def test_compact_dob_in_a_birth_column(keyer):
    assert [f.masked for f in dobs("03041988", keyer, header="D.O.B.")] == ["••••1988"]


@pytest.mark.parametrize(
    "text",
    [
        "She asked about childcare for her daughter Nia (born 02/09/2017).",
        "His son, born on 5 June 2015, starts school in September.",
    ],
)
def test_a_childs_date_of_birth_is_a_dob(text, keyer):
    assert len(dobs(text, keyer)) == 1


def test_a_cut_off_date_is_not_a_date_of_birth():
    from detectors.detector import Context
    from detectors.dob import detect
    from detectors.masking import Keyer

    def dobs(text: str) -> list[str]:
        return [
            f.masked for f in detect(text, Context("body", Keyer())) if f.category.value == "dob"
        ]

    assert dobs("Child element (first child born before 6 April 2017): £339.00") == []
    assert dobs("for claimants born after 1 January 1960 or prior to 1 March 1950") == []
    assert dobs("Her son was born on 6 April 2017.") == ["•• ••• 2017"]


@pytest.mark.parametrize(
    "text",
    ["the rate for a single claimant aged 25 or over", "open to jobseekers aged 50+",
     "carers aged 18 and over can apply", "the youth offer, for anyone aged 24 or under"],
)  # fmt: skip
def test_an_age_threshold_is_no_ones_age(keyer, text):
    assert ages(text, keyer) == []
    # The same words with the person's own age are an age.
    assert len(ages(text.split(" aged ")[0] + " aged 27, who starts on Monday", keyer)) == 1


@pytest.mark.parametrize("written", ["1900-01-01", "01/01/1900", "1 January 1901"])
def test_a_placeholder_birth_date_is_no_ones(written, keyer):
    # A file specification's example value: nobody living was born then.
    assert dobs(f"DOB  CCYY-MM-DD  {written}  not sent on the outcome file", keyer) == []
    assert dobs(f"Example date of birth: {written}", keyer) == []
    assert len(dobs("Date of birth: 14/02/1961", keyer)) == 1

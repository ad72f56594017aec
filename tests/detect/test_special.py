from __future__ import annotations

import pytest

from detectors import special
from detectors.detector import Context
from detectors.model import Category

from .helpers import body


@pytest.fixture(scope="module")
def matcher(nlp, terms):
    return special.SpecialMatcher(nlp, terms)


def cats(text, nlp, keyer, matcher):
    return [
        (f.category, f.masked) for f in special.detect(text, Context("b", keyer, special=matcher))
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("He has a history of Depression and anxiety.", Category.MENTAL_HEALTH),
        ("She was DIAGNOSED WITH diabetes last year", Category.HEALTH),
        ("two previous convictions for theft", Category.CRIMINAL_RECORD),
        ("currently serving a community sentence", Category.CRIMINAL_RECORD),
        ("released from prison in May, managed under MAPPA", Category.CRIMINAL_RECORD),
        ("attends a drug and alcohol service weekly", Category.SUBSTANCE_MISUSE),
        ("in recovery from alcohol dependency", Category.SUBSTANCE_MISUSE),
        ("Ethnicity: Black British", Category.ETHNICITY),
        ("He told me he is gay", Category.SEXUAL_ORIENTATION),
        ("as a practising Muslim she prays five times a day", Category.RELIGION),
        ("He is a union rep with Unison", Category.TRADE_UNION),
        ("she self-harms and self harm was noted", Category.MENTAL_HEALTH),
    ],
)
def test_terms_found_case_and_inflection_insensitive(text, category, nlp, keyer, matcher):
    assert category in {c for c, _ in cats(text, nlp, keyer, matcher)}


@pytest.mark.parametrize(
    "text",
    [
        "Please rewrite the first sentence of the report.",
        "Sales hit a record month in March.",
        "She spoke with conviction about the plan.",
        "The new starter is on a six-month probation period.",
        "We are a Disability Confident employer.",
        "The choir sang in unison.",
        "He worked as a prison officer for ten years.",
    ],
)
def test_innocent_words_are_not_special(text, nlp, keyer, matcher):
    assert cats(text, nlp, keyer, matcher) == []


def test_plural_inflection():
    assert "previous convictions" in special.inflections("previous conviction")
    assert "self harm" in special.inflections("self-harm")
    assert "allergies" in special.inflections("allergy")


def test_finding_names_the_term(nlp, keyer, matcher):
    out = special.detect("Unspent Convictions: yes", Context("body", keyer, special=matcher))
    assert out[0].masked == 'term "unspent conviction"'
    assert "unspent conviction" in out[0].context


@pytest.mark.parametrize(
    "text",
    [
        "Mental health nurse, Leeds Teaching Hospitals, 2019-2023",
        "References: Jo Bloggs, Probation officer, Leeds",
        "Trade union research officer at a charity",
    ],
)
def test_job_titles_on_a_cv_are_not_special(text, nlp, keyer, matcher):
    assert cats(text, nlp, keyer, matcher) == []


def test_possessive_keeps_the_term(nlp, keyer, matcher):
    got = cats("He sees his probation officer every week.", nlp, keyer, matcher)
    assert [c for c, _ in got] == [Category.CRIMINAL_RECORD]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("He spent 2 years inside before moving here.", Category.CRIMINAL_RECORD),
        ("did a year behind bars in his twenties", Category.CRIMINAL_RECORD),
        ("she served a 3-year sentence and is now on licence", Category.CRIMINAL_RECORD),
        ("Has a probation appointment every Tuesday.", Category.CRIMINAL_RECORD),
        ("He has one old shoplifting conviction.", Category.CRIMINAL_RECORD),
        ("He is on a tag with a curfew until March.", Category.CRIMINAL_RECORD),
        ("Kyle is on bail until the hearing so can't travel.", Category.CRIMINAL_RECORD),
        ("She has 40 unpaid work hours left to do.", Category.CRIMINAL_RECORD),
        ("she's expecting in March so no night shifts", Category.HEALTH),
        ("She is on a DRR until the summer.", Category.CRIMINAL_RECORD),
        ("She is on a DRR until the summer.", Category.SUBSTANCE_MISUSE),
        ("He's been sober for 14 months now.", Category.SUBSTANCE_MISUSE),
        ("nine months sober and attends NA on Fridays", Category.SUBSTANCE_MISUSE),
        ("admits he smokes cannabis daily", Category.SUBSTANCE_MISUSE),
        ("a recovering alcoholic, on methadone", Category.SUBSTANCE_MISUSE),
        ("Her family are of Bangladeshi origin.", Category.ETHNICITY),
        ("he's Somali and speaks little English", Category.ETHNICITY),
        ("the family live on a Traveller site", Category.ETHNICITY),
        ("a young man from a Roma community", Category.ETHNICITY),
        ("He used to be a GMB rep at the depot.", Category.TRADE_UNION),
        ("waiting for physio on a herniated disc", Category.HEALTH),
        ("She had a nervous breakdown last year.", Category.MENTAL_HEALTH),
        ("He lives with his husband in Hull.", Category.SEXUAL_ORIENTATION),
    ],
)
def test_informal_special_phrasings(text, category, nlp, keyer, matcher):
    assert category in {c for c, _ in cats(text, nlp, keyer, matcher)}


@pytest.mark.parametrize(
    "text",
    [
        "Join us for Mental Health Awareness Week and Time to Talk Day.",
        "Alcohol Awareness Week starts Monday; Dry January sign-ups are open.",
        "Events for Pride Month and LGBT History Month are on the intranet.",
        "The carpet is Turkish and the table is Italian.",
        "The office has a white background and a month of sun inside.",
        "She has a strong conviction that it works.",
        "She drives a two-year-old car.",
        "He spent 3 days inside the hospital and fell 2 weeks behind.",
        "It was a 6-week stretch of agency work.",
        "The invoice was tagged as paid.",
        "His wife and her husband came out of the meeting.",
    ],
)
def test_shapes_and_campaigns_stay_quiet(text, nlp, keyer, matcher):
    assert cats(text, nlp, keyer, matcher) == []


def test_candidate_lines_reach_the_shapes(nlp, matcher):
    text = "Hello\nNothing here.\nHe did 6 months inside.\nBye"
    assert "6 months inside" in special.candidate_text(text, matcher)
    assert special.candidate_text("Nothing to see.\nAt all.", matcher) == ""


def test_an_acronym_in_capitals_matches_only_as_written(nlp, keyer, matcher):
    assert cats("He joined the NEU last year.", nlp, keyer, matcher) == [
        (Category.TRADE_UNION, 'term "neu"')
    ]
    # The same letters as an ordinary word of another language: Welsh "neu" is "or".
    assert cats("Ffoniwch ni neu anfonwch e-bost atom.", nlp, keyer, matcher) == []
    # Listed in lower case, an acronym matches however it is written.
    assert cats("she was diagnosed with adhd last year", nlp, keyer, matcher)


def test_friday_prayers_by_their_arabic_name_are_religion(run):
    text = "Hi Priya,\n\nYusuf Rahman asked to leave at 12:30 on Fridays for Jumu'ah.\n"
    found = run(body(text))
    religion = [f for f in found.findings if f.category.value == "religion"]
    assert religion and not any(f.about_nobody for f in religion)

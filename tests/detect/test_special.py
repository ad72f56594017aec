from __future__ import annotations

import pytest

from detectors import special
from detectors.model import Category


@pytest.fixture(scope="module")
def matcher(nlp, terms):
    return special.SpecialMatcher(nlp, terms)


def cats(text, nlp, keyer, matcher):
    return [(f.category, f.masked) for f in special.detect(nlp.make_doc(text), "b", keyer, matcher)]


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
    out = special.detect(nlp.make_doc("Unspent Convictions: yes"), "body", keyer, matcher)
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

from __future__ import annotations

import pytest

from detectors import children
from detectors.detector import Context
from detectors.model import Category


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("She lives with her son Jack, aged 7.", 1),
        ("daughter: Emily (4)", 1),
        ("Jack (her son, 7) and Amy (her daughter, 3)", 2),
        ("Children: Jack 7, Emily 4, Noah 2", 3),
        ("his son Oliver, 12 years old", 1),
        ("Her daughter Mia Jones, DOB 03/04/2016", 1),
    ],
)
def test_children_with_ages(text, n, keyer):
    out = children.detect(text, Context("body", keyer))
    assert len(out) == n
    assert all(f.masked.startswith(tuple("JEANOM")) and "•" in f.masked for f in out)


@pytest.mark.parametrize(
    "text",
    [
        "We offer childcare support for children under 5.",
        "The child benefit rate changed in April 2024.",
        "My son is at school.",
    ],
)
def test_no_named_child(text, keyer):
    assert children.detect(text, Context("body", keyer)) == []


def test_children_column(keyer):
    assert len(children.detect("Ava (6)", Context("r2", keyer, header="Children"))) == 1
    assert len(children.detect("2", Context("r2", keyer, header="Dependants"))) == 1


@pytest.mark.parametrize("value", ["£310.50", "£1,031.88 per month", "GBP 95", "85%", " £0"])
def test_an_amount_under_a_childrens_heading_is_not_a_child(keyer, value):
    # A rate table's "Childcare element (1 child)" row: what is paid, not who.
    ctx = Context("r6", keyer, header="Childcare element max (1 child)")
    assert children.detect(value, ctx) == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("She says her three kids, Noah (8), Ruby (5) and Zac (2), share a room.", 3),
        ("Mr Hale's daughter Isla, 11, has just started secondary school.", 1),
        ("Childcare for her children Ayaan (4) and Sofia (10) is sorted.", 2),
        ("his little girl Poppy who is now 3", 1),
        ("Her grandchildren are Leo, 9, and Maya, 12.", 2),
        ("He pays for his son Harvey (born 02/11/2015).", 1),
        ("her little one Maisie is only twenty months, so a creche place", 1),
        ("his youngest Rhys is three and at nursery", 1),
        ("her daughters Ivy (2 years) and Nell (14 months)", 2),
        ("her daughter Amira, who turns two in January, goes to nursery", 1),
        ("his lad Kai who's turning nine soon", 1),
        ("Re childcare: her wee one Orla is three, Callum's seven and at the primary.", 2),
    ],
)
def test_informal_children_with_names(text, n, keyer):
    out = children.detect(text, Context("body", keyer))
    assert len(out) == n
    assert all(f.context.startswith(("child", "children")) for f in out)


@pytest.mark.parametrize(
    "text",
    [
        "She has a son aged 9 and works school hours.",
        "He lives with his 2 children aged 6 and 13.",
        "Her youngest daughter (4) starts nursery in May.",
        "their 7-year-old daughter has asthma",
    ],
)
def test_childs_age_without_a_name(text, keyer):
    [f] = children.detect(text, Context("body", keyer))
    assert f.masked == "child (age ••)" and not any(ch.isdigit() for ch in f.masked)


@pytest.mark.parametrize(
    "text",
    [
        "Children aged 5 and under travel free on the bus.",
        "The holiday club takes kids aged 8 to 12.",
        "Write to her son Jack, 14 Elm Street, Leeds.",
        "Our children's services team has moved to the 3rd floor.",
        "The boys' changing room is on level 2.",
        "Lone parents with a child aged 3 or 4 must look for work.",
        "Parents and their children aged 5 to 11 can join the holiday club.",
        "Free places for a 2-year-old child from April.",
        "Childcare sorted; Room Four is 12 minutes from the nursery, Mr Tait is 9 doors down.",
    ],
)
def test_ages_not_said_of_a_child(text, keyer):
    assert children.detect(text, Context("body", keyer)) == []


def test_names_for_the_people_count():
    text = "Her two kids, Ella Okafor (6) and Max (3), are settled.\nChildren: Ruby 4"
    assert children.names(text) == {"ella okafor", "max", "ruby"}
    assert children.names("Grace Okafor starts on Monday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "School hours only: she has two, Maisie who's six and Ollie who has just turned three.",
        "Jordan would need cover for Ruby, aged 9, on Fridays.",
        "Gemma's youngest, Theo who will be five in June, starts reception.",
    ],
)
def test_a_name_given_a_young_age_is_a_child_without_a_word_for_one(text, keyer):
    assert [f.category for f in children.detect(text, Context("body", keyer))][:1] == [
        Category.CHILDREN
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Craig Lowe, who is 45, starts on Monday.",
        "Mr Patel who is 15 minutes away will cover.",
        "Ms Ward, aged 14 years in the job, is retiring.",
        "Dana who is 12 weeks into the course is doing well.",
    ],
)
def test_an_adults_age_or_a_duration_is_not_a_child(text, keyer):
    assert children.detect(text, Context("body", keyer)) == []


def test_ages_in_words_of_someones_children(keyer):
    text = "She has two children, aged three and six, so can only do school hours."
    assert [f.category for f in children.detect(text, Context("body", keyer))] == [
        Category.CHILDREN
    ]


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("Carys can only do school hours - her youngest, Alfie, is 14 months.", "Alfie"),
        ("If the creche has room for his two - Ruby (four) and Seth (seven).", "Ruby"),
        ("Her little girl Nia, who's just turned five, starts school in September.", "Nia"),
    ],
)
def test_a_childs_age_in_months_or_words_after_a_family_word(text, child):
    assert child in {n for n, _ctx in children._named(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Room for her two colleagues from the Wrexham office.",
        "Her youngest team member, Alfie, is 19 and starts Monday.",
        "She has two years left on the course.",
    ],
)
def test_numbers_of_colleagues_and_years_are_no_childs_age(text):
    assert children._named(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "her son Tom is one of the best drivers we have",
        "his boy Jack is two hours away by bus",
        "the baby room is open from nine",
    ],
)
def test_a_number_word_after_is_that_is_not_an_age(text, keyer):
    assert children.detect(text, Context("body", keyer)) == []

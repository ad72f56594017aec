from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors import contact
from detectors.context import Regions, staff_regions
from detectors.detector import Context
from detectors.model import Category


def cats(out):
    return sorted(f.category.value for f in out)


def test_home_address_phone_and_personal_email(keyer):
    text = "Address: 14 Acacia Avenue, Leeds LS6 2AB\nMobile 07700 900123\nEmail jo.b@gmail.com"
    out = contact.detect(text, Context("body", keyer, staff=Regions()))
    assert cats(out) == ["address", "personal_email", "phone"]
    masks = {f.category: f.masked for f in out}
    assert masks[Category.ADDRESS] == "LS6 •••"
    assert masks[Category.PHONE].endswith("123") and "900" not in masks[Category.PHONE]
    assert masks[Category.PERSONAL_EMAIL] == "j••••@gmail.com"


def test_signature_contact_details_are_staff(keyer):
    text = (
        "Hi Sam,\n\nThe meeting is moved to Friday.\n\nKind regards,\nTom Jones\n"
        "Employment Adviser\nTel: 0113 496 0000\n1 Park Row, Leeds LS1 5AB\n"
    )
    out = contact.detect(text, Context("body", keyer, staff=staff_regions(text)))
    assert out == []


@pytest.mark.parametrize("closing", ["Cheers pet,", "Thanks all!", "Ta x", "Thx"])
def test_an_informal_sign_off_opens_the_signature_block(keyer, closing):
    text = (
        f"Morning Dan,\n\nRoom 2 is booked for the drop-in.\n\n{closing}\nRhona Gill\n"
        "Outreach Worker\nMob 07700 900552\nPenrith Library, Penrith CA11 7YA\n"
    )
    out = contact.detect(text, Context("body", keyer, staff=staff_regions(text)))
    assert out == []


def test_a_staff_name_line_with_pronouns_opens_their_signature(keyer):
    text = "Room 2 is booked.\n\nRhona Gill (she/her)\nOutreach Worker\nMob 07700 900552\n"
    regions = staff_regions(text, staff_names=("rhona gill",))
    assert contact.detect(text, Context("body", keyer, staff=regions)) == []
    # The same number in the running text is someone's.
    text = "Rhona Gill (she/her) asked us to ring her dad on 07700 900552 tonight.\n"
    assert contact.detect(text, Context("body", keyer, staff=Regions()))


def test_work_email_is_not_personal(keyer):
    out = contact.detect(
        "write to j.smith@acme-training.co.uk", Context("body", keyer, staff=Regions())
    )
    assert out == []


def test_sender_address_is_skipped(keyer):
    ctx = Context("body", keyer, staff_addresses=frozenset({"tom@gmail.com"}))
    out = contact.detect("reply to me at tom@gmail.com", ctx)
    assert out == []


def test_invoice_addresses_are_business(keyer):
    out = contact.detect(
        "Acme Ltd, 2 High Street, York YO1 7HH", Context("b", keyer, staff=Regions(), business=True)
    )
    assert out == []


def test_reference_column_digits_are_not_phone_numbers(keyer):
    assert (
        contact.detect("01134960000", Context("r2", keyer, staff=Regions(), header="Client ref"))
        == []
    )
    got = contact.detect(
        "01134960000", Context("r2", keyer, staff=Regions(), header="Phone number")
    )
    assert [f.category for f in got] == [Category.PHONE]
    pc = contact.detect("LS6 2AB", Context("r2", keyer, staff=Regions(), header="Post code"))
    assert [f.category for f in pc] == [Category.ADDRESS]


@pytest.mark.parametrize(
    "header", ["Mobile (work)", "Office phone", "Site address", "Employer tel"]
)
def test_a_column_of_work_contacts_is_not_claimant_data(keyer, header):
    assert contact.detect("07700 900123, LS6 2AB", Context("r2", keyer, header=header)) == []
    assert contact.detect("07700 900123", Context("r2", keyer, header="Mobile"))


@pytest.mark.parametrize(
    "text",
    [
        "Worried about someone? Our safeguarding lead is on 0113 496 0999 in office hours.",
        "Questions? Please call us on 0161 496 0111.",
        "The service desk can be reached on 020 7946 0333.",
    ],
)
def test_a_number_given_as_the_organisations_own_is_not_claimant_data(keyer, text):
    assert contact.detect(text, Context("body", keyer)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her mobile is 07700 900111.",
        "You can reach him via our office on 0113 496 0111.",
        "Dean Walsh on our caseload, 07700 900222.",
    ],
)
def test_a_persons_number_near_the_organisation_still_counts(keyer, text):
    assert [f.category for f in contact.detect(text, Context("body", keyer))] == [Category.PHONE]


@pytest.mark.parametrize(
    "text",
    [
        "Interview at ten; Ewan from the hub will meet her, work mobile 07700 900313.",
        "Cai Jenkins (office 0113 496 0123) is covering Friday.",
    ],
)
def test_a_number_labelled_as_a_work_one_is_the_workers(keyer, text):
    assert contact.detect(text, Context("body", keyer)) == []
    personal = text.replace("work mobile", "mobile").replace("office", "mobile")
    assert [f.category for f in contact.detect(personal, Context("body", keyer))] == [
        Category.PHONE
    ]


def test_a_home_address_in_prose_without_a_postcode(keyer):
    [f] = contact.detect(
        "Can you collect him? He lives at 27 Heol Fach, Mold.", Context("b", keyer)
    )
    assert f.category is Category.ADDRESS and "27" not in f.masked and "Heol" not in f.masked
    assert contact.detect("The office moved to Leeds in 2019.", Context("b", keyer)) == []


def test_a_house_number_said_as_number_n_on_a_street_is_an_address(keyer):
    [f] = contact.detect(
        "He lives at number 58 on Henry Parkway, so it's close.", Context("b", keyer)
    )
    assert f.category is Category.ADDRESS and "58" not in f.masked
    # Without the word "number", "on" starts a time, not a street.
    assert contact.detect("We moved to 3 on Friday.", Context("b", keyer)) == []


def test_an_address_a_letter_should_go_to_is_an_address(keyer):
    [f] = contact.detect("The letter should go to 79 Mill Lane, Rochdale.", Context("b", keyer))
    assert f.category is Category.ADDRESS


@pytest.mark.parametrize("label", ["Contact no.", "Contact No", "Mob", "Contact #"])
def test_a_phone_label_with_no_or_a_short_form_is_a_phone_not_a_code(keyer, label):
    ctx = Context("r2", keyer, staff=Regions(), header=label)
    assert [f.category for f in contact.detect("07700 900414", ctx)] == [Category.PHONE]
    # A reference label still reads its digits as a code.
    ctx = Context("r2", keyer, staff=Regions(), header="Case no.")
    assert contact.detect("07700 900414", ctx) == []


_FRAGMENTS = [
    "lives at ",
    "number ",
    " on ",
    "moved to ",
    "Lives at ",
    "delivered to apartment 12b, ",
    "flat 3, ",
    "sent to  ",
    "14 ",
    "7a, ",
    "12345 ",
    "Hope Street",
    " Bell Road",
    " Park Lane, ",
    "Leeds",
    "olives at ",
    "goes\nto\n",
    "write in ",
    "9 ",
    "unit 4 ",
    ", ",
    "\n",
    " and ",
    "O'Neill Court",
    "x",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14))
@settings(max_examples=400, deadline=None)
def test_lives_at_finds_what_the_whole_phrase_pattern_finds(parts):
    # lives_at reads back from each house number instead of trying the phrase at
    # every word: on any text it must find what the whole pattern finds.
    text = "".join(parts)
    expected = [(m.start(), m["n"], m["street"]) for m in contact.LIVES_AT_RE.finditer(text)]
    assert list(contact.lives_at(text)) == expected


def test_the_colleague_an_absence_note_names_is_staff(keyer):
    text = (
        "Thank you for your email. I am on leave until Monday with limited access to email. "
        "For urgent contract matters please contact team.mail@provider.example or Dev Anand "
        "on 0151 496 0427.\n\nRuth\n"
    )
    assert contact.detect(text, Context("body", keyer, staff=staff_regions(text))) == []
    # Outside such a sentence the same number is somebody's.
    other = "Dev Anand's mobile is 0151 496 0427, he asked us to ring after 3.\n"
    assert len(contact.detect(other, Context("body", keyer, staff=staff_regions(other)))) == 1

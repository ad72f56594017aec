from __future__ import annotations

import pytest

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

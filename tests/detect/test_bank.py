from __future__ import annotations

import pytest

from detectors import bank
from detectors.detector import Context
from detectors.model import Category

GB_IBAN = "GB82 WEST 1234 5698 7654 32"  # the standard published example
DE_IBAN = "DE89370400440532013000"


def found(text, keyer, header="", business=False):
    return bank.detect(text, Context("body", keyer, header=header, business=business))


def test_sort_code_with_account_number(keyer):
    out = found("Sort code: 20-45-77, account number 41234567", keyer)
    assert [f.masked for f in out] == ["••-••-77 ••••4567"]
    assert out[0].category == Category.BANK


def test_compact_and_spaced_sort_codes(keyer):
    assert [f.masked for f in found("sort code 204577 acc no 41234567", keyer)] == [
        "••-••-77 ••••4567"
    ]
    assert len(found("S/C 20 45 77 A/C 41234567", keyer)) == 1


def test_labelled_account_number_alone(keyer):
    assert [f.masked for f in found("Bank account number: 41234567", keyer)] == ["••••4567"]


def test_unlabelled_numbers_are_not_bank_details(keyer):
    assert found("Order 41234567 shipped on 20-45-77 batch", keyer) == []
    assert found("Call 20-45-77 for details", keyer) == []


@pytest.mark.parametrize("iban", [GB_IBAN, GB_IBAN.replace(" ", ""), DE_IBAN])
def test_valid_ibans(iban, keyer):
    out = found(f"Her IBAN is {iban}", keyer)
    assert len(out) == 1 and out[0].context.startswith("IBAN")
    assert out[0].masked.endswith(iban.replace(" ", "")[-4:])


def test_iban_checksum_is_checked(keyer):
    bad = "GB82 WEST 1234 5698 7654 33"
    # A code of that shape with no label and wrong check digits is not an account…
    assert found(f"Ref {bad}", keyer) == []
    assert bank.iban_valid(GB_IBAN.replace(" ", ""))
    # …but one written under its label, at its country's length, is a mistyped one.
    (out,) = found(f"He banks abroad - IBAN {bad}.", keyer)
    assert "check digits do not match" in out.context and out.masked.endswith("5433")
    assert found(f"IBAN {bad[:-3]}", keyer) == []  # too short for a GB IBAN


def test_card_needs_luhn_and_context(keyer):
    card = "4539 1488 0343 6467"  # Luhn-valid test number
    assert len(found(f"Visa card {card}", keyer)) == 1
    assert found(f"Tracking number {card}", keyer) == []
    assert found("Visa card 4539 1488 0343 6468", keyer) == []


def test_business_bank_details_on_invoice_are_skipped(keyer):
    invoice = (
        "INVOICE 2231\nAcme Training Ltd\nPlease pay within 30 days to our bank:\n"
        "Sort code 20-00-00 Account number 55779911\n"
    )
    assert found(invoice, keyer) == []
    personal = invoice + "\nThe claimant's own bank: sort code 30-11-22 account number 12345670"
    assert [f.masked for f in found(personal, keyer)] == ["••-••-22 ••••5670"]


def test_number_after_the_sort_code_is_not_another_sort_code(keyer):
    text = "Her account number is 75771837 (sort code 94 47 34).\nMobile: (07700)900378\n"
    assert [f.masked for f in found(text, keyer)] == ["••-••-34 ••••1837"]


@pytest.mark.parametrize(
    "tail",
    [", please pay the grant into it.", " - please use it for the refund", " and pay by Friday"],
)
def test_iban_with_more_text_after_it(tail, keyer):
    for iban in (GB_IBAN, GB_IBAN.replace(" ", "")):
        out = found(f"Her IBAN {iban}{tail}", keyer)
        assert len(out) == 1, (iban, tail)


def test_invoice_iban_is_still_business(keyer):
    text = f"INVOICE 88\nPlease pay within 14 days.\nIBAN {GB_IBAN}"
    assert found(text, keyer) == []


def test_card_word_earlier_in_the_sentence(keyer):
    card = "4539 1488 0343 6467"
    text = f"He read out the number on his debit card so we could book the course fee: {card}."
    assert len(found(text, keyer)) == 1
    assert len(found(f"Number {card} is on the card he lost.", keyer)) == 1
    # A card word in another sentence far away does not count.
    far = "We discussed his card. " + "x" * 80 + f"\nParcel tracking {card}"
    assert found(far, keyer) == []


@pytest.mark.parametrize("sep", [" / ", " ", ", ", "\t"])
def test_sort_code_and_account_side_by_side_without_labels(sep, keyer):
    out = found(f"Lloyds 30-94-57{sep}41234567 is her account", keyer)
    assert [f.masked for f in out] == ["••-••-57 ••••4567"]


def test_side_by_side_pair_on_an_invoice_is_business(keyer):
    assert found("Invoice 12: remit to 30-94-57 41234567", keyer) == []
    assert found("30-94-57 41234567", keyer, business=True) == []


def test_labelled_value_with_the_label_as_header(keyer):
    assert len(found("40 11 62", keyer, header="Sort Code")) == 1
    assert len(found("31926819", keyer, header="Account Number")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Claim ref 30-94-57 / 41234567",
        "Order no. 30 94 57 41234567",
        "Meeting 30-94-57 41234567-1",
        "Tel: 30 94 57 41234567",
        "Version 1.30-94-57 41234567",
    ],
)
def test_reference_numbers_of_pair_shape_are_not_bank_details(text, keyer):
    assert found(text, keyer) == []


def test_a_hurried_note_with_sort_and_acc(keyer):
    out = found("He gave me his details for the wages: sort 30-91-58, acc 41926073.", keyer)
    assert [f.masked for f in out] == ["••-••-58 ••••6073"]
    assert found("Please sort 3 boxes by Friday and file the 12345678 order.", keyer) == []


def test_an_undashed_sort_code_and_account_in_one_cell_under_a_bank_label(keyer):
    assert [f.masked for f in found("309158 / 41926073", keyer, header="Bank")] == [
        "••-••-58 ••••6073"
    ]
    assert found("Order 309158 / 41926073", keyer) == []  # no bank label: some other pair


def test_a_payment_runs_organisation_payees_hold_their_own_accounts(keyer):
    run = (
        "PAYEE                       SORT      ACCOUNT   AMOUNT\n"
        "ASHGROVE TRAINING LTD       20-32-06  53718290  26,450.68\n"
        "KESTREL CLEANING SERVICES   40-11-62  91023846  1,850.41\n"
        "HOLLINS RECORDS STORAGE     60-83-71  44120937  671.21\n"
    )
    assert found(run, keyer) == []
    # A person's row in the same layout is their bank detail.
    person = run + "MAYA OKAFOR                 30-15-99  12004417  45.00\n"
    assert [f.masked for f in found(person, keyer)] == ["••-••-99 ••••4417"]


def test_an_organisations_bank_details_named_as_its_own_are_not_claimant_data(keyer):
    text = f"We were asked to change Marlow Supplies' bank details to IBAN {GB_IBAN}."
    assert found(text, keyer) == []
    assert len(found(f"Please pay her travel refund to IBAN {GB_IBAN}.", keyer)) == 1
    # An organisation's word that only describes the payment owns nothing.
    told = "Your in-work support payment goes to account ending 41234567, sort code 20-45-77."
    assert len(found(told, keyer)) == 1

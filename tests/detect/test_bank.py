from __future__ import annotations

import pytest

from detectors import bank
from detectors.model import Category

GB_IBAN = "GB82 WEST 1234 5698 7654 32"  # the standard published example
DE_IBAN = "DE89370400440532013000"


def found(text, keyer, header=""):
    return bank.detect(text, "body", keyer, header=header)


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
    assert found(f"IBAN {bad}", keyer) == []
    assert bank.iban_valid(GB_IBAN.replace(" ", ""))


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

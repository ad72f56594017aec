from __future__ import annotations

import pytest

from detectors import benefits
from detectors.detector import Context


@pytest.mark.parametrize(
    "text",
    [
        "She gets Universal Credit of £412.50 a month.",
        "His JSA was sanctioned for four weeks.",
        "A deduction of £30 is taken from her ESA for arrears.",
        "PIP paid on 12/05/2024 into his account.",
        "housing benefit: 95 pounds per week",
        "He gets PIP (GBP 184.30 every four weeks), so shorter shifts suit him.",
        "Budget: UC gbp 393.45/month after the advance is repaid.",
        # a benefit's name wrapped by the sender's mail program, or spaced twice
        "Her Universal\nCredit comes to £388.10 a month now.",
        "Employment and  Support Allowance of £90.50 a week, paid fortnightly.",
    ],
)
def test_benefit_with_payment_detail(text, keyer, terms):
    out = benefits.detect(text, Context("body", keyer, terms=terms))
    assert len(out) == 1
    assert "£" not in out[0].context or "•" in out[0].masked
    assert not any(ch.isdigit() for ch in out[0].masked)


def test_a_spreadsheet_row_gives_a_benefits_amount_without_the_pound_sign(keyer, terms):
    sheet = "Customer\tGwen Morgan\nPIP mobility (enhanced)\t77.05\nHours offered\t16"
    out = benefits.detect(sheet, Context("sheet", keyer, terms=terms))
    assert [f.context for f in out] == ["PIP with amount"]
    counts = "Benefit\tParticipants\nPIP\t23\nESA\t41\nUC\t12.5%"
    assert benefits.detect(counts, Context("sheet", keyer, terms=terms)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our programme supports people claiming Universal Credit.",
        "We take referrals from JSA and ESA claimants. The fee is £500.\n\nThanks",
        "Install pip with the package manager.",
        "The UC team meets weekly.",
    ],
)
def test_benefit_alone_is_not_a_payment_detail(text, keyer, terms):
    assert benefits.detect(text, Context("body", keyer, terms=terms)) == []


@pytest.mark.parametrize(
    "text",
    [
        "He was sanctioned for two weeks after the missed appointment.",
        "Leah has been sanctioned and is struggling with rent.",
        "Her sanction runs until the end of the month.",
        "The jobcentre sanctioned her in March.",
    ],
)
def test_a_persons_sanction_without_a_benefit_named(text, keyer, terms):
    [f] = benefits.detect(text, Context("body", keyer, terms=terms))
    assert f.masked == "benefit sanction"


@pytest.mark.parametrize(
    "text",
    [
        "Claimants can be sanctioned for up to 13 weeks.",
        "Claimants are sanctioned if they miss a mandatory appointment.",
        "Training on the sanctions regime is on Thursday.",
        "Trade sanctions were announced today.",
    ],
)
def test_sanction_rules_are_not_a_persons_payment(text, keyer, terms):
    assert benefits.detect(text, Context("body", keyer, terms=terms)) == []

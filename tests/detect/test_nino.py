from __future__ import annotations

import pytest

from detectors import nino
from detectors.detector import Context
from detectors.model import Category


def found(text, keyer, header=""):
    return nino.detect(text, Context("body", keyer, header=header))


@pytest.mark.parametrize(
    "text",
    [
        "NINO: AB123456C",
        "his number is AB 12 34 56 C.",
        "ni no ab-12-34-56-c",
        "national insurance ab123456d",
        "JT 98 76 54 A was quoted",
        "(CE123456B)",
        "AB 123456 C",
    ],
)
def test_valid_ninos_are_found(text, keyer):
    out = found(text, keyer)
    assert len(out) == 1
    f = out[0]
    assert f.category == Category.NINO
    assert f.masked.endswith(("A", "B", "C", "D"))
    assert "•• •• ••" in f.masked


@pytest.mark.parametrize(
    "text",
    [
        "code DA123456C",  # first letter D
        "code AO123456C",  # second letter O
        "code BG123456C",  # never allocated
        "code GB123456C",
        "code KN123456A",
        "code NK123456A",
        "code NT123456A",
        "code TN123456A",
        "code ZZ123456A",
        "code QQ123456C",  # Q never allowed (test-number prefix)
        "code AB123456E",  # suffix beyond D
        "code AB1234567C",  # seven digits
        "order XAB123456C",  # part of a longer code
        "code AB1234565",  # digit suffix: Presidio's class admits it; we don't
        "TRN 12A34567",  # temporary reference number
    ],
)
def test_invalid_shapes_are_not_ninos(text, keyer):
    assert found(text, keyer) == []


@pytest.mark.parametrize("prefix", ["CR", "MW", "NC", "PP", "PY", "PZ"])
def test_an_administrative_prefix_written_whole_is_a_nino(prefix, keyer):
    # RULES.md rules out BG, GB, KN, NK, NT, TN, ZZ only; HMRC's administrative prefixes
    # stand on records of people too ("Iqbal_M_NC…C_plan.pdf").
    assert len(found(f"Iqbal M {prefix}123456C action plan.pdf", keyer)) == 1
    assert found(f"ref {prefix}123456 for the order", keyer) == []


def test_suffixless_needs_context(keyer):
    assert found("Our ref AB123456 for the order", keyer) == []
    with_label = found("NI number AB123456", keyer)
    assert len(with_label) == 1 and with_label[0].masked == "AB •• •• ••"
    assert found("AB 12 34 56", keyer, header="NI Number")[0].context == 'column "NI Number"'
    assert len(found("AB123456", keyer, header="Reference")) == 0


@pytest.mark.parametrize("code", ["JK-2291-44B", "JK 1234 56C", "JK12-3456 C"])
def test_digits_grouped_unlike_a_nino_need_a_label(code, keyer):
    # NINOs are written in pairs, spaced all through or not at all; an order code
    # groups its digits otherwise. Under a NINO label, a sloppy spacing is still one.
    assert found(f"mixed up with order {code}, could you check?", keyer) == []
    assert len(found(f"NI number {code}", keyer)) == 1
    assert len(found("mixed up with JK-22-91-44-B, could you check?", keyer)) == 1


def test_product_code_label_wins_without_nino_context(keyer):
    assert found("Part no. JK123456C in stock", keyer) == []
    assert found("Stock code JK123456C reordered", keyer) == []
    assert len(found("NINO JK123456C", keyer)) == 1
    near = found("NINO JK123456C. Stock code JK654321C is out.", keyer)
    assert [f.masked for f in near] == ["JK •• •• •• C"]


def test_distinct_count_ignores_spacing_case_and_suffix(keyer):
    out = found("NINO AB123456C, again ab 12 34 56 c, and AB-12-34-56 per NI number", keyer)
    assert len(out) == 3
    assert len({f.key for f in out}) == 1


def test_no_value_in_finding(keyer):
    for f in found("NINO AB123456C", keyer):
        assert "123456" not in f.masked + f.context + f.key


@pytest.mark.parametrize(
    "text",
    [
        "nat ins no. is KP.31.07.64.A",
        "NINO kp.31.07.64.a",
        "NI: KP 31\n07 64 A",
        "National Insurance number:  KP\n310764A",
        "NINO KP 31 07\n64 A thanks",
        "his NI number is KP 31 07\n64 A (the phone wraps it)",
        "NI num: KP 31\n07 64 A",
        "DWP have the NI number as KP 31 07\n64 A, can you update it?",
        "you wanted his ni number its KP 31\n07 64 A ok",  # dictated, no punctuation
        "the NI number you asked for is KP\n310764 A",  # words between, the break at once
    ],
)
def test_dotted_and_wrapped_after_a_label(text, keyer):
    out = found(text, keyer)
    assert [f.masked for f in out] == ["KP •• •• •• A"]


def test_line_break_is_joined_only_right_after_a_label(keyer):
    assert found("Room KP 31\n07 64 A", keyer) == []
    assert found("NI: not known yet\nKP 31\n07 64 A", keyer) == []


def test_lower_case_value_with_a_label_cell_as_header(keyer):
    assert len(found("kp 31 07 64 a", keyer, header="NI:")) == 1
    assert found("kp 31 07 64 a", keyer) == []


def test_label_alone_at_the_start_of_the_line(keyer):
    # As a PDF renders a two-column form: "NI   kp 31 07 64 a", no colon.
    out = found("Travel refund\nNI   kp 31 07 64 a\nPostcode LS6", keyer)
    assert [f.context for f in out] == ['label "NI"']
    assert found("Denis kp 31 07 64 a", keyer) == []
    assert found("at 12 NI kp 31 07 64 a", keyer) == []


@pytest.mark.parametrize(
    "text",
    ["fyi his ni is tr 63 19 82 a if you need it", "Spoke to Carys, her NI was hn 22 71 09 c"],
)
def test_ni_as_a_noun_in_prose_labels_a_lower_case_nino(text, keyer):
    assert [f.masked[:2] for f in nino.detect(text, Context("body", keyer))] in (["TR"], ["HN"])


def test_a_bare_ni_word_does_not_label_prose(keyer):
    assert nino.detect("ni hao, meet at 12 34 56 a street", Context("body", keyer)) == []


def test_a_whole_nino_broken_mid_number_across_lines(keyer):
    # Two letters and four digits before the break, the rest and the suffix after it.
    assert [f.masked for f in found("The right one is TR 63 19\n82 A, please", keyer)] == [
        "TR •• •• •• A"
    ]
    # No suffix after the break, or too little before it: not joined.
    assert found("Batch TR 63 19\n82 and on", keyer) == []
    assert found("Room KP 31\n07 64 A", keyer) == []


def test_a_labelled_nino_broken_after_two_digits(keyer):
    # A label earlier on the line vouches for a shorter head ("KP 31").
    text = "Here is the NI number we hold for the new starter, Joe: KP31\n0764 A ok"
    assert [f.masked for f in found(text, keyer)] == ["KP •• •• •• A"]
    # The label on a line above does not: that "KP 31" may be a room.
    assert found("NI: not known yet\nKP 31\n07 64 A", keyer) == []


def test_ni_right_before_a_lower_case_value_at_a_clause_start(keyer):
    assert [f.masked for f in found("for payroll: sam cole, ni tr 63 19 82 a, thanks", keyer)] == [
        "TR •• •• •• A"
    ]
    assert found("at 12 NI kp 31 07 64 a", keyer) == []


@pytest.mark.parametrize(
    "text",
    [
        "National Insurance number: [LL 99 99 99 L]",
        "NI no. (format AA 00 00 00 A)",
        "NINO ______ e.g. CC999999D",
    ],
)
def test_a_templates_picture_of_the_format_is_not_a_nino(text, keyer):
    assert found(text, keyer) == []


def test_a_real_number_beside_the_picture_is_still_found(keyer):
    text = "NI number (format AA 00 00 00 A): JT 48 27 36 B; also AA 12 00 00 C and CC 11 11 11 A"
    assert [f.masked for f in found(text, keyer)] == [
        "JT •• •• •• B",
        "AA •• •• •• C",
        "CC •• •• •• A",
    ]

from __future__ import annotations

import pytest

from detectors import children


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
    out = children.detect(text, "body", keyer)
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
    assert children.detect(text, "body", keyer) == []


def test_children_column(keyer):
    assert len(children.detect("Ava (6)", "r2", keyer, header="Children")) == 1

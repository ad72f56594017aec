"""A table typed into a plain-text body, with pipes or lined up with spaces, is read as a
table, as an HTML one is."""

from __future__ import annotations

from faker import Faker

from detectors.extract import extract
from detectors.extract.text_tables import aligned_tables, pipe_tables

from .conftest import message


def markdown_list(rows: int, framed: bool = True) -> str:
    fake = Faker("en_GB")
    fake.seed_instance(11)
    edge = "|" if framed else ""
    lines = [f"{edge} Surname | Forename | Start date {edge}", f"{edge}---|---|---{edge}"]
    for _ in range(rows):
        start = f"0{fake.random_digit_not_null()}/12/2026"
        lines.append(f"{edge} {fake.last_name()} | {fake.first_name()} | {start} {edge}")
    return "\n".join(lines)


def test_a_markdown_table_in_a_plain_body_is_a_table_chunk_with_its_header():
    text = f"Hi Steve,\n\nThe starters:\n\n{markdown_list(6)}\n\nThanks\nJo\n"
    ex = extract(message(text))
    [table] = [c for c in ex.chunks if c.table is not None]
    assert table.location == "body (text/plain) › table 1"
    assert table.table.header == ("Surname", "Forename", "Start date")
    assert len(table.table.rows) == 6 and all(len(r) == 3 for r in table.table.rows)
    # The body's own text is still read as it is.
    assert any(c.location == "body (text/plain)" and "The starters" in c.text for c in ex.chunks)


def test_a_ruled_table_without_outer_pipes_is_a_table():
    [table] = pipe_tables("Notes\n" + markdown_list(3, framed=False) + "\nmore prose")
    assert table.header == ("Surname", "Forename", "Start date") and len(table.rows) == 3


def test_signature_lines_with_a_pipe_are_not_a_table():
    signature = (
        "Kind regards\nJo Adviser | Employment Adviser\nNorth Works | Leeds office\n"
        "Tel 0113 496 0000 | Mob 07700 900123\n"
    )
    assert pipe_tables(signature) == []
    assert not [c for c in extract(message(signature)).chunks if c.table is not None]


def test_rows_of_another_width_end_the_table():
    text = "| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 | 5 |\n| 6 | 7 | 8 |\n"
    tables = pipe_tables(text)
    assert [t.header for t in tables] == [("A", "B"), ("3", "4", "5")]
    assert tables[0].rows == (("1", "2"),)


def aligned_list(rows: int) -> str:
    fake = Faker("en_GB")
    fake.seed_instance(12)
    lines = [f"{'Surname':<12}{'Forename':<12}Amount"]
    for _ in range(rows):
        amount = f"£{fake.random_int(20, 400)}.{fake.random_int(10, 99)}"
        lines.append(f"{fake.last_name():<12}{fake.first_name():<12}{amount}")
    return "\n".join(lines)


def test_columns_lined_up_with_spaces_in_a_plain_body_are_a_table_chunk():
    text = f"Hi Steve,\n\nThis month's list:\n\n{aligned_list(5)}\n\nThanks\nJo\n"
    ex = extract(message(text))
    [table] = [c for c in ex.chunks if c.table is not None]
    assert table.location == "body (text/plain) › table 1"
    assert table.table.header == ("Surname", "Forename", "Amount")
    assert len(table.table.rows) == 5 and all(len(r) == 3 for r in table.table.rows)


def test_prose_and_signatures_are_not_aligned_tables():
    prose = (
        "Thanks for this.  I will call him on Monday.\nHe said he is fine with the  later shift"
        ".\nSee you soon.  Jo\n\nKind regards\n\nJo Adviser\nEmployment Adviser  |  North Works\n"
    )
    assert aligned_tables(prose) == []
    assert not [c for c in extract(message(prose)).chunks if c.table is not None]

"""A fixed-width text export is read as a table: one record per row, under its header."""

from __future__ import annotations

from faker import Faker

from detectors.extract import extract
from detectors.extract.fixedwidth import read_table

from .conftest import message


def export(rows: int) -> str:
    fake = Faker("en_GB")
    fake.seed_instance(3)
    lines = [f"{'SURNAME':<16}{'FORENAME':<14}{'POSTCODE':<10}REF"]
    for i in range(rows):
        lines.append(
            f"{fake.last_name().upper():<16}{fake.first_name():<14}{fake.postcode():<10}C{i}"
        )
    return "\n".join(lines) + "\n"


def test_an_export_padded_with_spaces_is_a_table_with_its_header():
    data = export(25).encode()
    ex = extract(message("list", attachments=[("EXPORT.TXT", data, "text/plain")]))
    [chunk] = [c for c in ex.chunks if c.location.startswith("attachment")]
    assert chunk.table is not None
    assert chunk.table.header == ("SURNAME", "FORENAME", "POSTCODE", "REF")
    assert len(chunk.table.rows) == 25 and chunk.table.rows[0][3] == "C0"


def test_prose_and_ragged_text_are_not_tables():
    prose = "Hello  there\nThis is a note with  two spaces  here and there.\nAnother line\nMore\n"
    assert read_table(prose) is None
    ragged = "Name  Town\n" + "\n".join(f"{'x' * (i % 7)} somewhere else {i}" for i in range(9))
    assert read_table(ragged) is None


def test_one_record_under_a_rule_line_is_a_table():
    # A system's export of one starter: the header, a rule, one row whose DOB column
    # gives the date its meaning.
    fake = Faker("en_GB")
    fake.seed_instance(11)
    dob = fake.date_of_birth(minimum_age=20, maximum_age=60).strftime("%d.%m.%y")
    text = (
        f"{'REF':<10}{'SURNAME':<16}{'FORENAME':<14}{'DOB':<10}START\n{'-' * 60}\n"
        f"{'QR-40317':<10}{fake.last_name().upper():<16}{fake.first_name().upper():<14}"
        f"{dob:<10}07.12.26\n"
    )
    table = read_table(text)
    assert table is not None and table.header[3] == "DOB"
    assert table.rows[0][3] == dob and table.first_row == 3
    ex = extract(message("starter", attachments=[("starter.txt", text.encode(), "text/plain")]))
    from detectors.scan import scan
    from policies.terms import load_terms

    s = scan(ex, mail_from="a@provider.example", rcpt_tos=["b@employer.example"],
             terms=load_terms())  # fmt: skip
    assert [f.context for f in s.findings if f.category.value == "dob"] == ['column "DOB"']
    # Without the rule, one row is too little to call a table.
    assert read_table(text.replace("-" * 60 + "\n", "")) is None

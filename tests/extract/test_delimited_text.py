"""A text file that is a delimited export (pipes, semicolons, tabs) is read as a table,
whatever its name: one record per row under its header."""

from __future__ import annotations

import pytest
from faker import Faker

from detectors.extract import extract
from detectors.extract.csvfile import text_delimiter
from detectors.scan import scan
from policies.terms import load_terms

from .conftest import message


def export(delimiter: str, rows: int, person: str = "PERSON") -> str:
    fake = Faker("en_GB")
    fake.seed_instance(29)
    lines = [delimiter.join(["CASE", person, "OUTCOME DATE"])]
    for i in range(rows):
        lines.append(delimiter.join([f"OC-{7100 + i}", fake.name(), f"{1 + i % 28:02d}/01/2027"]))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("delimiter", ["|", ";", "\t"])
@pytest.mark.parametrize("filename", ["sample.txt", "outcomes.psv", "EXPORT"])
def test_a_delimited_export_is_a_table_under_its_header(delimiter, filename):
    data = export(delimiter, 40).encode()
    ex = extract(message("sample", attachments=[(filename, data, "text/plain")]))
    [chunk] = [c for c in ex.chunks if c.location.startswith("attachment")]
    assert chunk.table is not None
    assert chunk.table.header == ("CASE", "PERSON", "OUTCOME DATE")
    assert len(chunk.table.rows) == 40 and chunk.table.rows[0][0] == "OC-7100"


@pytest.mark.parametrize("person", ["PERSON", "Complainant", "caller"])
def test_its_people_are_counted_one_per_row(person):
    data = export("|", 12, person).encode()
    ex = extract(message("sample", attachments=[("sample.txt", data, "text/plain")]))
    s = scan(ex, mail_from="qa@provider.example", rcpt_tos=["rev@partner.example"],
             terms=load_terms())  # fmt: skip
    assert s.data_subjects == 12
    assert [k.kind.value for k in s.doc_kinds] == ["name_list"]


@pytest.mark.parametrize(
    "text",
    [
        # prose with the odd semicolon or pipe
        "Hi all; the audit is on Friday.\nBring the files; all of them.\nThanks; see you.\nTa; J\n",
        "Option A | Option B\nWe chose the first.\nIt was cheaper.\nAnd quicker.\nDone.\n",
        # a header of numbers is no header
        "1|2|3\n4|5|6\n7|8|9\n10|11|12\n",
        # ragged: most lines do not split alike
        "a|b|c\n1|2\n3|4|5|6\n7\n8|9\n",
    ],
)
def test_prose_and_ragged_text_are_not_delimited_exports(text):
    assert text_delimiter(text) is None

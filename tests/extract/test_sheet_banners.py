"""A sheet's column names sit under a title banner or a group row as often as in row 1:
the header is the first row that names every column, and rows keep their numbers."""

from __future__ import annotations

from detectors.extract import extract

from .conftest import message, xlsx_file

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_of(rows: list[list[object]]):  # type: ignore[no-untyped-def]
    raw = message("List attached.", attachments=[("list.xlsx", xlsx_file({"S": rows}), XLSX)])
    return next(c.table for c in extract(raw).chunks if c.table is not None)


def test_the_header_under_a_banner_and_a_group_row() -> None:
    t = table_of(
        [
            ["Transfer list - December"],
            ["Participant", None, "Identifiers"],
            ["Forename", "Surname", "Ref"],
            ["Ana", "Silva", "TP-1001"],
            ["Ben", "Odu", "TP-1002"],
        ]
    )
    assert t.header == ("Forename", "Surname", "Ref")
    assert t.first_row == 4 and t.rows[0] == ("Ana", "Silva", "TP-1001")


def test_a_header_in_row_one_stays_and_data_is_never_promoted() -> None:
    plain = table_of([["Forename", "Surname"], ["Ana", "Silva"], ["Ben", "Odu"]])
    assert plain.header == ("Forename", "Surname") and plain.first_row == 2
    # A one-cell first row over data rows (numbers in them) is kept as it is.
    titled = table_of([["Referrals"], ["Ana", "Silva", "TP-1001"], ["Ben", "Odu", "TP-1002"]])
    assert titled.header == ("Referrals",)

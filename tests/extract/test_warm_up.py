"""After warm-up, reading a message imports no library: a worker's first PDF form, image
or spreadsheet must not pay for an import inside a scan (it did, for pypdf: a third of a
second of one worker's first message). A standard-library codec or two may still load."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import docx_file, message, pdf, png_bytes, xlsx_file, zip_file
from .test_pdf_forms import fillable

ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
    b"UID:1@provider.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261208T100000Z\r\n"
    b"SUMMARY:Review\r\nDESCRIPTION:Weekly review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

PDF, OCTETS = "application/pdf", "application/octet-stream"

PROBE = """
import json, sys
from detectors.extract import extract, warm_up
warm_up()
raw = open(sys.argv[1], "rb").read()
before = set(sys.modules)
extraction = extract(raw)
new = {m for m in set(sys.modules) - before if m.partition(".")[0] not in sys.stdlib_module_names}
print(json.dumps({"new": sorted(new),
                  "opaque": [o.reason for o in extraction.opaque]}))
"""


def test_reading_every_kind_of_attachment_after_warm_up_imports_nothing(tmp_path) -> None:
    raw = message(
        "Notes attached.",
        attachments=[
            (
                "form.pdf",
                fillable(["Full name:", "Town:"], ["Pat Lee", "Leeds"]),
                "application/pdf",
            ),
            ("notes.pdf", pdf(["Meeting notes", "Actions"]), "application/pdf"),
            (
                "letter.docx",
                docx_file(["Dear colleague,", "See you then."]),
                "application/octet-stream",
            ),
            (
                "rota.xlsx",
                xlsx_file({"Rota": [["Day", "Room"], ["Mon", "2"]]}),
                "application/octet-stream",
            ),
            ("pack.zip", zip_file({"a.txt": b"agenda"}), "application/zip"),
            ("invite.ics", ICS, "text/calendar"),
            ("photo.png", png_bytes(), "image/png"),
            ("rooms.csv", b"room,seats\r\nA,10\r\nB,12\r\n", "text/csv"),
        ],
    )
    path = tmp_path / "m.eml"
    path.write_bytes(raw)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    assert result["opaque"] == ["no-text"]  # the photo; every other file was read
    assert result["new"] == []

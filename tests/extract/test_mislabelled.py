"""RULES.md: a file whose name or declared type says one format while its bytes are no
readable format cannot be inspected: corrupt (rejected), never 'unsupported'."""

from __future__ import annotations

import random

import pytest

from detectors.extract import extract

from .conftest import message, reasons

RANDOM = random.Random(7).randbytes(4096)
EXE = b"MZ\x90\x00" + b"\x00" * 56 + (64).to_bytes(4, "little") + b"PE\x00\x00" + b"\x00" * 200


@pytest.mark.parametrize(
    ("name", "ctype"),
    [
        ("CV.pdf", "application/pdf"),
        ("list.xlsx", "application/octet-stream"),
        ("notes.dat", "application/octet-stream"),
        ("blob", "application/octet-stream"),
    ],
)
def test_bytes_that_are_no_format_are_corrupt(name, ctype):
    got = reasons(extract(message("x", attachments=[(name, RANDOM, ctype)])))
    assert got == {f'attachment "{name}"': "corrupt"}


def test_a_program_named_as_a_document_is_corrupt_but_named_as_itself_is_unsupported():
    got = reasons(
        extract(
            message(
                "x",
                attachments=[
                    ("report.docx", EXE, "application/octet-stream"),
                    ("tool.exe", EXE, "application/x-msdownload"),
                ],
            )
        )
    )
    assert got['attachment "report.docx"'] == "corrupt"
    assert got['attachment "tool.exe"'].startswith("unsupported:")


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def test_an_image_that_does_not_decode_is_corrupt_and_one_that_does_is_a_scan():
    good = _jpeg()
    broken = good[:200] + random.Random(3).randbytes(3000)  # a JPEG header, then garbage
    got = reasons(
        extract(
            message(
                "x",
                attachments=[("scan.jpg", good, "image/jpeg"), ("photo.jpg", broken, "image/jpeg")],
            )
        )
    )
    assert got == {'attachment "scan.jpg"': "no-text", 'attachment "photo.jpg"': "corrupt"}

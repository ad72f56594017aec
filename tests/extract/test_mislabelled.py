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


ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x03\x00\x3e\x00" + b"\x00" * 200


def _word_97() -> bytes:
    """A real OLE2 file with Word's stream: a .doc we recognise and do not read."""
    from .cfb import write_cfb

    return write_cfb({"WordDocument": b"\xec\xa5" + b"\x00" * 600, "1Table": b"\x00" * 600})


@pytest.mark.parametrize(
    ("name", "data", "ctype"),
    [
        ("photo.png", EXE, "image/png"),  # named and declared an image, bytes a program
        ("minutes.doc", EXE, "application/msword"),  # a format we do not read, still a claim
        ("setup.exe", ELF, "application/octet-stream"),  # a Windows name on a Linux program
        ("voicemail.mp3", ELF, "audio/mpeg"),
        ("minutes.pdf", _word_97(), "application/pdf"),  # a real .doc labelled a PDF
    ],
)
def test_a_label_naming_a_format_the_bytes_are_not_is_corrupt(name, data, ctype):
    got = reasons(extract(message("x", attachments=[(name, data, ctype)])))
    assert got == {f'attachment "{name}"': "corrupt"}


@pytest.mark.parametrize(
    ("name", "data", "ctype"),
    [
        ("minutes.doc", _word_97(), "application/msword"),
        ("minutes.doc", _word_97(), "application/octet-stream"),
        ("tool", EXE, "application/x-dosexec"),
        ("daemon", ELF, "application/octet-stream"),  # no label at all: nothing mislabelled
    ],
)
def test_a_file_labelled_as_what_it_is_or_not_at_all_stays_unsupported(name, data, ctype):
    (reason,) = reasons(extract(message("x", attachments=[(name, data, ctype)]))).values()
    assert reason.startswith("unsupported:")


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

"""Archives, read recursively in memory, with every member located."""

from __future__ import annotations

import io
import tarfile
import zipfile

import pytest

from detectors.extract import extract

from .conftest import docx_file, message, pdf, reasons, texts, zip_file


def one(name: str, data: bytes):  # type: ignore[no-untyped-def]
    return extract(message("see attached", attachments=[(name, data, "application/zip")]))


def test_zip_members_and_pages_are_located() -> None:
    data = zip_file(
        {
            "letter1.txt": b"Dear applicant,",
            "letters/letter3.pdf": pdf(["Page one", "Interview on Monday"]),
            "empty/": b"",
        }
    )
    out = one("letters.zip", data)
    t = texts(out)
    assert t['attachment "letters.zip" › "letter1.txt"'] == "Dear applicant,"
    assert t['attachment "letters.zip" › "letters/letter3.pdf" › page 2'] == "Interview on Monday"
    chunk = next(c for c in out.chunks if c.page == 2)
    assert (chunk.filename, chunk.container, chunk.source) == (
        "letters/letter3.pdf",
        "letters.zip",
        "attachment",
    )
    assert [a.location for a in out.attachments] == [
        'attachment "letters.zip"',
        'attachment "letters.zip" › "letter1.txt"',
        'attachment "letters.zip" › "letters/letter3.pdf"',
    ]


def test_zip_in_zip_with_a_docx() -> None:
    inner = zip_file({"cv.docx": docx_file(["Jane's CV"])})
    out = one("outer.zip", zip_file({"inner.zip": inner}))
    assert texts(out)['attachment "outer.zip" › "inner.zip" › "cv.docx"'] == "Jane's CV"


def test_aes_zip_is_password_protected() -> None:
    import pyzipper

    buf = io.BytesIO()
    with pyzipper.AESZipFile(buf, "w", compression=pyzipper.ZIP_DEFLATED) as zf:
        zf.setpassword(b"secret")
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        zf.writestr("names.csv", "Surname,NINO\nSmith,x\n")
    out = one("names.zip", buf.getvalue())
    assert reasons(out) == {'attachment "names.zip" › "names.csv"': "password-protected"}
    assert not any("Smith" in c.text for c in out.chunks)


def test_7z_and_encrypted_7z() -> None:
    import py7zr

    plain = io.BytesIO()
    with py7zr.SevenZipFile(plain, "w") as z:
        z.writestr("Letter to Mr Smith", "letter.txt")
    locked = io.BytesIO()
    with py7zr.SevenZipFile(locked, "w", password="pw") as z:
        z.set_encrypted_header(True)
        z.writestr("hidden", "secret.txt")
    raw = message(
        "x",
        attachments=[
            ("a.7z", plain.getvalue(), "application/x-7z-compressed"),
            ("b.7z", locked.getvalue(), "application/x-7z-compressed"),
        ],
    )
    out = extract(raw)
    assert texts(out)['attachment "a.7z" › "letter.txt"'] == "Letter to Mr Smith"
    assert reasons(out) == {'attachment "b.7z"': "password-protected"}


def test_tar_gz_and_single_gzip() -> None:
    import gzip

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        body = b"Exit report for J Smith"
        info = tarfile.TarInfo("reports/exit.txt")
        info.size = len(body)
        tf.addfile(info, io.BytesIO(body))
    raw = message(
        "x",
        attachments=[
            ("docs.tar.gz", buf.getvalue(), "application/gzip"),
            ("notes.txt.gz", gzip.compress(b"Plain gzip notes"), "application/gzip"),
        ],
    )
    t = texts(extract(raw))
    assert t['attachment "docs.tar.gz" › "reports/exit.txt"'] == "Exit report for J Smith"
    assert t['attachment "notes.txt.gz" › "notes.txt"'] == "Plain gzip notes"


def test_rar_is_reported_unsupported() -> None:
    # RAR needs the non-free unrar binary; a RAR5 signature is enough to be recognised.
    rar = b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64
    labelled = extract(message("x", attachments=[("x.rar", rar, "application/vnd.rar")]))
    assert reasons(labelled) == {'attachment "x.rar"': "unsupported:application/x-rar"}
    # Declared a zip, its bytes a RAR: mislabelled, so corrupt (RULES.md).
    assert reasons(one("x.rar", rar)) == {'attachment "x.rar"': "corrupt"}


def test_corrupt_zip_member_is_reported_and_siblings_still_read() -> None:
    data = bytearray(zip_file({"a.txt": b"A" * 5000, "b.txt": b"readable sibling"}))
    at = data.find(b"a.txt") + 5 + 10  # inside a.txt's deflate stream
    data[at : at + 8] = b"\xff" * 8
    out = one("c.zip", bytes(data))
    assert reasons(out) == {'attachment "c.zip" › "a.txt"': "corrupt"}
    assert texts(out)['attachment "c.zip" › "b.txt"'] == "readable sibling"


@pytest.mark.parametrize("cut", [10, 60, -10])
def test_truncated_zip_is_corrupt(cut: int) -> None:
    data = zip_file({"a.txt": b"hello" * 100})
    out = one("t.zip", data[:cut])
    assert list(reasons(out).values()) == ["corrupt"]


def test_zip_member_sniffed_by_content_not_name() -> None:
    out = one("z.zip", zip_file({"photo.jpg": pdf(["Not a photo"])}, zipfile.ZIP_STORED))
    assert texts(out)['attachment "z.zip" › "photo.jpg" › page 1'] == "Not a photo"

"""The MIME walk: bodies, headers, encodings, nested mail, and malformed messages."""

from __future__ import annotations

import base64
import pickle
from email.message import EmailMessage

from detectors.extract import extract
from detectors.model import Address

from .conftest import message, pdf, reasons, texts


def test_subject_bodies_addresses_and_message_id() -> None:
    raw = message(
        "Hello team,\nplease book an interview.",
        subject="Referral for Tuesday",
        html="<html><head><style>p{color:red}</style><script>var x=1;</script></head>"
        "<body><p>Hello <b>team</b>,</p><p>please book</p><noscript>nojs</noscript></body></html>",
        sender='"Adviser, Jo" <jo.adviser@provider.example>',
        to="case.team@provider.example, Sam Lee <sam.lee@partner.example>",
    )
    out = extract(raw)
    assert out.subject == "Referral for Tuesday"
    assert out.message_id == "<test-1@provider.example>"
    assert texts(out) == {
        "subject": "Referral for Tuesday",
        "body (text/plain)": "Hello team,\nplease book an interview.\n",
        "body (html)": "Hello team,\nplease book",
        # Display names are content (RULES.md); the addresses are the envelope's.
        "header From display names": "Adviser, Jo",
        "header To display names": "Sam Lee",
    }
    assert [c.source for c in out.chunks] == ["subject", "header", "header", "body", "body"]
    assert out.addresses == [
        Address("Adviser, Jo", "jo.adviser@provider.example", "from"),
        Address("", "case.team@provider.example", "to"),
        Address("Sam Lee", "sam.lee@partner.example", "to"),
    ]
    assert out.opaque == [] and out.encrypted is None
    assert pickle.loads(pickle.dumps(out)) == out


def test_html_table_keeps_its_shape() -> None:
    html = (
        "<p>List below</p><table><tr><th>Surname</th><th>Date of birth</th></tr>"
        "<tr><td>Smith</td><td>01/02/1985</td></tr><tr><td>Jones</td><td>03/04/1990</td></tr>"
        "</table><p>Thanks</p>"
    )
    out = extract(message(None, html=html))
    table_chunk = next(c for c in out.chunks if c.table)
    assert table_chunk.location == "body (html) › table 1"
    assert table_chunk.table.header == ("Surname", "Date of birth")
    assert table_chunk.table.rows == (("Smith", "01/02/1985"), ("Jones", "03/04/1990"))
    assert table_chunk.table.first_row == 2
    assert texts(out)["body (html)"] == "List below\nThanks"


RAW_ENCODED = (
    b"From: =?utf-8?q?Si=C3=A2n_Evans?= <sian@provider.example>\r\n"
    b"To: team@provider.example\r\n"
    b"Subject: =?iso-8859-1?q?R=E9f=E9rence?= =?utf-8?q?_=C3=A9_cas?=\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="XX"\r\n'
    b"\r\n"
    b"--XX\r\n"
    b"Content-Type: text/plain; charset=iso-8859-1\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n"
    b"Caf=E9 na=EFve =\r\nsoft-break\r\n"
    b"--XX\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: base64\r\n"
    b"Content-Disposition: attachment; filename*=utf-8''notes%20%C2%A3.txt\r\n"
    b"\r\n" + base64.encodebytes("Cost £5 — paid".encode()) + b"--XX\r\n"
    b"Content-Type: text/plain\r\n"
    b"Content-Transfer-Encoding: x-uuencode\r\n"
    b'Content-Disposition: attachment; filename="=?utf-8?b?w6l0w6kudHh0?="\r\n'
    b"\r\n"
    b"begin 644 ete.txt\r\n%:&5L;&\\`\r\n`\r\nend\r\n"
    b"--XX\r\n"
    b"Content-Type: text/plain; charset=x-no-such-charset\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"8bit \xc3\xa9 body\r\n"
    b"--XX--\r\n"
)


def test_encoded_words_rfc2231_filenames_transfer_encodings_charsets() -> None:
    out = extract(RAW_ENCODED)
    assert out.subject == "Référence é cas"
    assert out.addresses[0] == Address("Siân Evans", "sian@provider.example", "from")
    t = texts(out)
    assert t["body (text/plain)"] == "Café naïve soft-break\n8bit é body"
    assert t['attachment "notes £.txt"'] == "Cost £5 — paid"
    assert t['attachment "été.txt"'] == "hello"
    assert [a.filename for a in out.attachments] == ["notes £.txt", "été.txt"]


def test_forwarded_message_three_levels_down() -> None:
    innermost = EmailMessage()
    innermost["Subject"] = "Re: referral"
    innermost["From"] = "Claimant <claimant@mail.example>"
    innermost.set_content("Original text from the claimant.")
    innermost.add_attachment(
        pdf(["Letter page one", "Letter page two"]),
        maintype="application",
        subtype="pdf",
        filename="x.pdf",
    )
    middle = EmailMessage()
    middle["Subject"] = "Fwd: Re: referral"
    middle.set_content("See below.")
    middle.add_attachment(innermost)
    outer = EmailMessage()
    outer["Subject"] = "FW: Fwd: Re: referral"
    outer["From"] = "jo@provider.example"
    outer.set_content("FYI")
    outer.add_attachment(middle)
    out = extract(outer.as_bytes())
    t = texts(out)
    a = 'forwarded message "Fwd: Re: referral"'
    b = 'forwarded message "Re: referral"'
    assert t[f"{a} › body (text/plain)"] == "See below.\n"
    assert t[f"{a} › {b} › subject"] == "Re: referral"
    assert t[f"{a} › {b} › headers"] == "From: Claimant <claimant@mail.example>"
    assert t[f"{a} › {b} › body (text/plain)"] == "Original text from the claimant.\n"
    assert t[f'{a} › {b} › attachment "x.pdf" › page 2'] == "Letter page two"
    page = next(c for c in out.chunks if c.page == 2)
    assert (page.source, page.filename, page.container) == ("attachment", "x.pdf", "x.pdf")
    assert next(c for c in out.chunks if c.location.endswith(f"{b} › subject")).source == (
        "forwarded"
    )


def test_eml_file_attachment_sniffed_not_trusted_by_name() -> None:
    inner = message("Inner body", subject="Inner subject")
    raw = message("outer", attachments=[("note.bin", inner, "application/octet-stream")])
    t = texts(extract(raw))
    assert t['attachment "note.bin" › subject'] == "Inner subject"
    assert t['attachment "note.bin" › body (text/plain)'] == "Inner body\n"


def test_rfc822_headers_part_of_a_bounce() -> None:
    raw = (
        b"Subject: Undelivered Mail\r\nFrom: MAILER-DAEMON@provider.example\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n"
        b"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        b"From: jo@provider.example\r\nTo: x@partner.example\r\nSubject: List of names\r\n"
        b"--B--\r\n"
    )
    t = texts(extract(raw))
    assert t['returned headers "List of names"'] == (
        "From: jo@provider.example\nTo: x@partner.example\nSubject: List of names"
    )


# -- malformed messages, in the spirit of CPython's Lib/test/test_email/data ---------------


def test_missing_closing_boundary_still_reads_parts() -> None:
    raw = (
        b'Subject: cut\r\nContent-Type: multipart/mixed; boundary="==b"\r\n\r\n'
        b"--==b\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n"
        b"--==b\r\nContent-Type: text/html\r\n\r\n<p>second part</p>\r\n"
    )
    out = extract(raw)
    t = texts(out)
    assert t["body (text/plain)"] == "first part"
    assert t["body (html)"] == "second part"


def test_boundary_that_never_appears_reads_whole_body_as_text() -> None:
    raw = (
        b"Subject: bad boundary\r\nContent-Type: multipart/mixed; boundary=NOPE\r\n\r\n"
        b"--OTHER\r\nContent-Type: text/plain\r\n\r\nsecret text\r\n--OTHER--\r\n"
    )
    out = extract(raw)
    assert "secret text" in "".join(c.text for c in out.chunks)


def test_headers_that_make_the_stdlib_raise_fall_back_to_raw_values() -> None:
    raw = (
        b"To: :];a\r\n"
        b"Cc: ;,,=?@\r\n"
        b"Message-ID: <=?=?utf-8?q?=?=?utf-8?q?@[\r\n"
        b"Subject: still readable\r\n"
        b"Content-Type: text/plain; charset=\r\n"
        b"Content-Disposition: inline; filename=\r\n"
        b"\r\n"
        b"body text survives\r\n"
    )
    out = extract(raw)
    assert out.subject == "still readable"
    assert out.message_id == "<=?=?utf-8?q?=?=?utf-8?q?@["
    assert "body text survives" in "".join(c.text for c in out.chunks)
    assert out.opaque == []


def test_garbage_headers_and_bad_base64_do_not_escape() -> None:
    raw = (
        b"Subject: fine\r\n"
        b"X-Junk: \xff\xfe\x00\x01 =?x-unknown?q?=FF?=\r\n"
        b"From: \xff\xfe <@>\r\n"
        b"Subject: =?utf-8?b?!!!notbase64?=\r\n"
        b'Content-Type: multipart/mixed; boundary="q"\r\n\r\n'
        b"--q\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="a.pdf\r\n\r\n%%%%not base64%%%%\r\n'
        b"--q\r\nContent-Type: text/plain\r\n\r\nreadable part\r\n--q--\r\n"
    )
    out = extract(raw)
    assert "readable part" in "".join(c.text for c in out.chunks)


def test_not_a_message_at_all() -> None:
    out = extract(b"\x00\x01\x02 binary junk \xff" * 100)
    assert isinstance(out.chunks, list)
    out = extract(b"")
    assert out.chunks == [] and out.opaque == []


def test_nameless_non_body_part_is_located_by_type() -> None:
    raw = (
        b'Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: application/x-msdownload\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200)
        + b"--b--\r\n"
    )
    out = extract(raw)
    assert list(reasons(out)) == ["attachment (application/x-msdownload)"]

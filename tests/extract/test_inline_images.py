"""Images shown in the body (signature logos) are told apart from attached images and scans."""

from __future__ import annotations

from email.message import EmailMessage

from detectors.extract import extract

from .conftest import pdf, png_bytes, reasons, texts


def _html_with_inline(part: bytes, maintype: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Adviser <adviser@provider.test>"
    msg["To"] = "hr@employer.test"
    msg["Subject"] = "Vacancy"
    msg.set_content("See the vacancy below.")
    msg.add_alternative('<p>See the vacancy below.</p><img src="cid:logo@provider.test">', "html")
    html = msg.get_payload()[1]
    # As Outlook sends a signature logo: inline, with a file name and a Content-ID.
    html.add_related(
        part,
        maintype,
        subtype,
        cid="<logo@provider.test>",
        filename="logo.png",
        disposition="inline",
    )
    return msg.as_bytes()


def test_a_logo_in_the_body_is_an_inline_image() -> None:
    got = reasons(extract(_html_with_inline(png_bytes(), "image", "png")))
    assert got == {'attachment "logo.png"': "inline-image"}


def test_an_attached_image_is_still_no_text() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Scan"
    msg.set_content("Scan attached.")
    msg.add_attachment(png_bytes(), "image", "png", filename="passport.png")
    assert reasons(extract(msg.as_bytes())) == {'attachment "passport.png"': "no-text"}


def test_a_large_inline_image_is_no_text() -> None:
    big = png_bytes() + b"\0" * (300 * 1024)  # past the inline limit, still sniffed as PNG
    assert reasons(extract(_html_with_inline(big, "image", "png"))) == {
        'attachment "logo.png"': "no-text"
    }


def test_an_inline_part_that_is_really_a_pdf_is_read() -> None:
    got = extract(_html_with_inline(pdf(["Referral for the warehouse role"]), "image", "png"))
    assert reasons(got) == {}
    assert "Referral for the warehouse role" in "".join(texts(got).values())

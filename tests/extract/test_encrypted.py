"""Already-encrypted mail is recognised; signed mail is read."""

from __future__ import annotations

import base64

import pytest

from detectors.extract import extract

from .conftest import message, reasons, self_signed, texts

HEAD = b"Subject: Referral\r\nFrom: jo@provider.example\r\nTo: x@partner.example\r\n"
CONTENT = b'Content-Type: text/plain; charset="utf-8"\r\n\r\nClaimant details inside.\r\n'
ARMOUR = (
    "-----BEGIN PGP MESSAGE-----\n\nhQEMA3x1c2VyAQf/abcdefghijklmnopqrstuvwxyz0123456789\n=abcd\n"
    "-----END PGP MESSAGE-----\n"
)


@pytest.fixture(scope="module")
def signer():  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = self_signed(key, "partner.example")
    return cert, key


def test_smime_enveloped_message_is_already_encrypted(signer) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    cert, _ = signer
    smime = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(CONTENT)
        .add_recipient(cert)
        .encrypt(Encoding.SMIME, [])
    )
    out = extract(HEAD + smime.replace(b"\n", b"\r\n"))
    assert out.encrypted == "smime"
    assert [c.location for c in out.chunks] == ["subject"]
    assert out.opaque == []


def test_smime_enveloped_attachment_inside_a_clear_message(signer) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    cert, _ = signer
    der = (
        pkcs7.PKCS7EnvelopeBuilder().set_data(CONTENT).add_recipient(cert).encrypt(Encoding.DER, [])
    )
    raw = message("clear body", attachments=[("smime.p7m", der, "application/pkcs7-mime")])
    out = extract(raw)
    assert out.encrypted is None
    assert reasons(out) == {'attachment "smime.p7m"': "encrypted:smime"}


@pytest.mark.parametrize("detached", [True, False])
def test_smime_signed_mail_is_read_not_encrypted(signer, detached: bool) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    cert, key = signer
    builder = pkcs7.PKCS7SignatureBuilder().set_data(CONTENT).add_signer(cert, key, hashes.SHA256())
    if detached:
        signed = builder.sign(Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
        assert b"multipart/signed" in signed
    else:  # "opaque signed": the content lives inside the PKCS#7 structure
        der = builder.sign(Encoding.DER, [])
        signed = (
            b"MIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; smime-type=signed-data;"
            b' name="smime.p7m"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + base64.encodebytes(der)
        )
    out = extract(HEAD + signed.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    assert out.encrypted is None
    assert texts(out)["body (text/plain)"].strip() == "Claimant details inside."
    assert out.opaque == []


def test_pgp_mime() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="e"\r\n'
        b"\r\n--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
        b"--e\r\nContent-Type: application/octet-stream\r\n\r\n" + ARMOUR.encode() + b"--e--\r\n"
    )
    out = extract(raw)
    assert out.encrypted == "pgp-mime"
    assert [c.location for c in out.chunks] == ["subject"]


def test_inline_pgp_whole_body() -> None:
    out = extract(message(ARMOUR))
    assert out.encrypted == "pgp-inline"
    assert reasons(out) == {"body (text/plain)": "encrypted:pgp"}


def test_inline_pgp_block_with_clear_text_around_it_is_not_whole_message() -> None:
    out = extract(message("Hi, the list is below.\n" + ARMOUR + "Thanks, Jo"))
    assert out.encrypted is None
    assert reasons(out) == {"body (text/plain)": "encrypted:pgp"}
    assert texts(out)["body (text/plain)"] == "Hi, the list is below.\n\nThanks, Jo\n"

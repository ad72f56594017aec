"""S/MIME: what we envelope, `openssl cms -decrypt` (a peer we did not write) opens with the
recipient's key to the original bytes, AES-256; the certificate directory and its reloads."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from act_certs import make_ca, make_smime_cert
from cryptography.hazmat.primitives import serialization

from gateway.actions.smime import CertStore, SmimeEncryptor, envelope, split_content

pytestmark = pytest.mark.skipif(
    shutil.which("openssl") is None, reason="openssl CLI not installed (Debian 'openssl')"
)

MSG = (
    b"From: Case Worker <a@provider.example>\r\n"
    b"To: jane@claimant.example, bob@partner.example\r\n"
    b"Subject: Your CV\r\n"
    b"Date: Sun, 22 Nov 2026 05:00:00 +0000\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b1"\r\n'
    b"\r\n"
    b"--b1\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"Caf\xc3\xa9 \xe2\x80\x94 trailing spaces   \r\n"
    b"--b1\r\n"
    b"Content-Type: application/octet-stream\r\n"
    b"Content-Transfer-Encoding: base64\r\n"
    b"\r\n"
    b"AAECAwQF/w==\r\n"
    b"--b1--\r\n"
)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("smime")
    ca = make_ca()
    jane = make_smime_cert(ca, "jane@claimant.example")
    bob = make_smime_cert(ca, "bob@partner.example")
    certs = d / "certs"
    certs.mkdir()
    jane_cert, jane_key = jane.write(d, "jane")
    bob_cert, bob_key = bob.write(d, "bob")
    shutil.copy(jane_cert, certs / "jane.pem")
    shutil.copy(bob_cert, certs / "bob@partner.example.pem")
    return {
        "dir": d,
        "certs": certs,
        "ca": ca,
        "jane": (jane_cert, jane_key, jane),
        "bob": (bob_cert, bob_key, bob),
    }


def openssl_decrypt(message: bytes, cert: Path, key: Path, tmp: Path) -> bytes:
    src = tmp / f"in-{os.getpid()}-{time.monotonic_ns()}.eml"
    src.write_bytes(message)
    result = subprocess.run(
        ["openssl", "cms", "-decrypt", "-in", str(src), "-recip", str(cert), "-inkey", str(key)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def test_openssl_decrypts_to_original_bytes_for_each_recipient(pki, tmp_path) -> None:
    store = CertStore(pki["certs"])
    enc = SmimeEncryptor(store)
    plan = enc.plan(["jane@claimant.example", "Bob@Partner.example"])
    assert plan.missing == []
    out = enc.encrypt(MSG, list(plan.certs.values()))

    outer, inner, _ = split_content(MSG)
    assert inner.endswith(MSG.partition(b"\r\n\r\n")[2])  # the body, byte for byte
    for who in ("jane", "bob"):
        cert, key, _ = pki[who]
        assert openssl_decrypt(out, cert, key, tmp_path) == inner
    # Outer headers kept as they were; nothing of the content is in clear.
    assert out.startswith(outer)
    assert b"smime-type=enveloped-data" in out
    assert b"trailing spaces" not in out and b"AAECAwQF" not in out


def test_content_is_aes_256(pki, tmp_path) -> None:
    cert = CertStore(pki["certs"]).lookup("jane@claimant.example")
    out = envelope(MSG, [cert])
    src = tmp_path / "m.eml"
    src.write_bytes(out)
    printed = subprocess.run(
        ["openssl", "cms", "-cmsout", "-print", "-in", str(src)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "aes-256-cbc" in printed
    assert "envelopedData" in printed


def test_other_key_cannot_decrypt(pki, tmp_path) -> None:
    jane_only = envelope(MSG, [CertStore(pki["certs"]).lookup("jane@claimant.example")])
    cert, key, _ = pki["bob"]
    src = tmp_path / "m.eml"
    src.write_bytes(jane_only)
    r = subprocess.run(
        ["openssl", "cms", "-decrypt", "-in", str(src), "-recip", str(cert), "-inkey", str(key)],
        capture_output=True,
    )
    assert r.returncode != 0


def test_message_without_content_type_gets_the_mime_default(pki, tmp_path) -> None:
    raw = b"From: a@p.example\r\nSubject: hi\r\n\r\nplain body\r\n"
    cert, key, issued = pki["jane"]
    out = envelope(raw, [issued.cert])
    got = openssl_decrypt(out, cert, key, tmp_path)
    assert got == b"Content-Type: text/plain; charset=us-ascii\r\n\r\nplain body\r\n"


def test_certificate_store_lookup_rules(pki, tmp_path) -> None:
    d = tmp_path / "certs"
    d.mkdir()
    ca = pki["ca"]
    good = make_smime_cert(ca, "good@x.example")
    expired = make_smime_cert(
        ca, "old@x.example", not_after=dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    )
    ec_cert = make_smime_cert(ca, "ec@x.example", ec_key=True)
    for name, issued in (("good.pem", good), ("old.pem", expired), ("ec.pem", ec_cert)):
        (d / name).write_bytes(issued.cert.public_bytes(serialization.Encoding.PEM))
    (d / "broken.pem").write_text("not a certificate")
    (d / "notes.txt").write_text("ignored")
    store = CertStore(d, reload_interval=0)
    assert store.lookup("GOOD@x.example") is not None
    assert store.lookup("old@x.example") is None
    assert store.lookup("ec@x.example") is None
    assert store.lookup("nobody@x.example") is None
    whys = {p.file: p.why for p in store.problems}
    assert "expired" in whys["old.pem"]
    assert "RSA" in whys["ec.pem"]
    assert "PEM" in whys["broken.pem"]
    assert "notes.txt" not in whys


def test_certificate_directory_reloads_on_change(pki, tmp_path) -> None:
    d = tmp_path / "certs"
    d.mkdir()
    store = CertStore(d, reload_interval=0)
    assert store.lookup("new@x.example") is None
    new = make_smime_cert(pki["ca"], "new@x.example")
    (d / "new.pem").write_bytes(new.cert.public_bytes(serialization.Encoding.PEM))
    assert store.lookup("new@x.example") is not None  # picked up without a restart
    (d / "new.pem").unlink()
    assert store.lookup("new@x.example") is None

    slow = CertStore(d, reload_interval=3600)
    (d / "new.pem").write_bytes(new.cert.public_bytes(serialization.Encoding.PEM))
    assert slow.lookup("new@x.example") is None  # not checked yet
    assert slow.reload() == 1  # explicit reload (SIGHUP) picks it up
    assert slow.lookup("new@x.example") is not None


def test_plan_names_recipients_without_certificates(pki) -> None:
    plan = SmimeEncryptor(CertStore(pki["certs"])).plan(
        ["jane@claimant.example", "stranger@else.example"]
    )
    assert list(plan.certs) == ["jane@claimant.example"]
    assert plan.missing == ["stranger@else.example"]

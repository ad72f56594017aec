"""The act step's costs: audit writes (SQLite WAL, synchronous=FULL), S/MIME enveloping,
explanation building and route tagging, per message.

    python -m bench.act [--records 500]

Prints one line per figure. No targets are asserted here; read the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from detectors.model import AttachmentInfo, Category, Finding, Scan
from gateway.actions.bounce import Explainer
from gateway.actions.encrypt_route import add_trigger
from gateway.actions.settings import BounceConfig, TriggerHeader
from gateway.actions.smime import envelope
from gateway.audit import AuditQuery, build_record, open_store
from policies.verdict import Action, EnvelopeFacts, RecipientClass, RecipientDecision, Verdict


def _cert(address: str) -> x509.Certificate:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, address)])
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(address)]), False)
        .sign(key, hashes.SHA256())
    )


def _message(size: int) -> bytes:
    body = (b"Synthetic paragraph about an appointment at the jobcentre. " * 20 + b"\r\n") * (
        size // 1220 + 1
    )
    return (
        b"From: a@provider.example\r\nTo: b@employer.example\r\nSubject: Letters\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body[:size]
    )


def _verdict(rcpt: str) -> Verdict:
    d = RecipientDecision(rcpt, RecipientClass.THIRD_PARTY, Action.REJECT, "nino-prohibited")
    return Verdict(
        Action.REJECT,
        "nino-prohibited",
        ["¶33"],
        ["A National Insurance number was found in the body."],
        per_recipient={rcpt: d},
    )


def _scan() -> Scan:
    loc = 'attachment "list.xlsx" › sheet "Referrals"'
    findings = [
        Finding(Category.NINO, f"{loc} › row {i}", "AB •• •• •• C", 0.99, "column NINO", f"k{i}")
        for i in range(50)
    ]
    att = [AttachmentInfo(f'attachment "{n}.pdf"', f"{n}.pdf", "application/pdf", None, 9000)
           for n in range(5)]  # fmt: skip
    return Scan(findings=findings, data_subjects=50, attachments=att, subject="Letters")


def per_call(fn, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat * 1000


async def audit_writes(n: int, directory: Path) -> tuple[float, float]:
    store = open_store(f"sqlite:///{directory / 'bench.db'}")
    await store.open()
    env = EnvelopeFacts("a@provider.example", ("b@employer.example",))
    scan, verdict = _scan(), _verdict("b@employer.example")
    records = [
        build_record(envelope=env, verdict=verdict, scan=scan, raw=b"x%d" % i, queue_id=str(i))
        for i in range(n)
    ]
    start = time.perf_counter()
    for r in records:
        await store.write(r)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    await store.search(AuditQuery(sender="a@provider.example", limit=n))
    search = time.perf_counter() - start
    await store.close()
    return n / elapsed, search * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=500)
    args = ap.parse_args()
    print(f"cpus={os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        rate, search_ms = asyncio.run(audit_writes(args.records, Path(tmp)))
    print(f"audit sqlite write (WAL, synchronous=FULL, 50 findings/record): {rate:.0f} records/s")
    print(f"audit sqlite search of {args.records} records by sender: {search_ms:.1f} ms")

    certs = [_cert("jane@claimant.example"), _cert("bob@partner.example")]
    for size in (100_000, 5_000_000):
        raw = _message(size)
        repeat = 20 if size < 1_000_000 else 3
        ms = per_call(lambda raw=raw: envelope(raw, certs), repeat)
        print(f"smime envelope, 2 recipients, {size // 1000} kB: {ms:.1f} ms/message")
        ms = per_call(
            lambda raw=raw: add_trigger(raw, TriggerHeader(name="X-Encrypt", value="yes"), "[S]"),
            repeat,
        )
        print(f"route tagging, {size // 1000} kB: {ms:.2f} ms/message")

    ex = Explainer(BounceConfig(from_address="m@provider.example"), lambda *a: None, hostname="gw")
    env = EnvelopeFacts("a@provider.example", ("b@employer.example",))
    raw = _message(100_000)
    ms = per_call(
        lambda: ex.build(
            envelope=env, verdict=_verdict("b@employer.example"), scan=_scan(), raw=raw,
            reference="MG-1",
        ).as_bytes(),
        50,
    )  # fmt: skip
    print(f"explanation build (50 findings) + serialise: {ms:.2f} ms/message")


if __name__ == "__main__":
    main()

"""Encrypt by S/MIME: RFC 8551 enveloped data, AES-256-CBC, one RecipientInfo per recipient.

Certificates come from a directory of PEM files, found by the address in the
certificate (subjectAltName rfc822Name, subject emailAddress) or by a file name
that is an address (``jane@example.org.pem``). The directory is re-read when it
changes (checked at most every ``reload_interval`` seconds) or on :meth:`CertStore.reload`.

The message's own header fields stay outside (From, To, Subject, Date…); its
content (the Content-* fields and the body) is what is encrypted, byte for byte.
"""

from __future__ import annotations

import base64
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from gateway import logs
from gateway.actions.headers import field_name, header_fields, split_raw

log = logs.get()

CERT_SUFFIXES = {".pem", ".crt", ".cer"}
_EMAIL_EKU = {ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE}
# A MIME entity with no Content-Type is text/plain; us-ascii (RFC 2045 §5.2).
DEFAULT_CONTENT_TYPE = b"Content-Type: text/plain; charset=us-ascii"


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    why: str


def _addresses(cert: x509.Certificate, file_stem: str) -> set[str]:
    found: set[str] = set()
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        found.update(san.get_values_for_type(x509.RFC822Name))
    except x509.ExtensionNotFound:
        pass
    for attr in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS):
        found.add(str(attr.value))
    if "@" in file_stem:
        found.add(file_stem)
    return {a.strip().lower() for a in found if "@" in a}


def unusable_because(cert: x509.Certificate, now: datetime | None = None) -> str | None:
    """Why a certificate cannot be used to encrypt to, or None."""
    now = now or datetime.now(UTC)
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        return "key is not RSA (the PKCS7 envelope builder encrypts to RSA keys only)"
    if cert.not_valid_after_utc < now:
        return f"expired {cert.not_valid_after_utc:%Y-%m-%d}"
    if cert.not_valid_before_utc > now:
        return f"not valid before {cert.not_valid_before_utc:%Y-%m-%d}"
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not ku.key_encipherment:
            return "key usage does not allow key encipherment"
    except x509.ExtensionNotFound:
        pass
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        if not {
            ExtendedKeyUsageOID.EMAIL_PROTECTION,
            ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE,
        } & set(eku):
            return "extended key usage does not include email protection"
    except x509.ExtensionNotFound:
        pass
    return None


class CertStore:
    """Recipient certificates by address, from a directory, reloaded when it changes."""

    def __init__(self, directory: Path, reload_interval: float = 30.0) -> None:
        self.directory = Path(directory)
        self.reload_interval = reload_interval
        self._lock = threading.Lock()
        self._by_address: dict[str, x509.Certificate] = {}
        self._signature: tuple[tuple[str, int, int], ...] | None = None
        self._checked = 0.0
        self.problems: list[Problem] = []
        self.reload()

    def _current_signature(self) -> tuple[tuple[str, int, int], ...]:
        entries = []
        try:
            for p in self.directory.iterdir():
                if p.suffix.lower() in CERT_SUFFIXES and p.is_file():
                    st = p.stat()
                    entries.append((p.name, st.st_mtime_ns, st.st_size))
        except OSError as e:
            log.warning(
                "certificate_directory_unreadable",
                directory=str(self.directory),
                error=e.strerror or type(e).__name__,
            )
        return tuple(sorted(entries))

    def reload(self) -> int:
        """Re-read every certificate file now. Returns how many addresses have a certificate."""
        signature = self._current_signature()
        by_address: dict[str, x509.Certificate] = {}
        problems: list[Problem] = []
        for name, _, _ in signature:
            path = self.directory / name
            try:
                certs = x509.load_pem_x509_certificates(path.read_bytes())
            except (OSError, ValueError) as e:
                problems.append(Problem(name, f"not a PEM certificate: {e}"))
                continue
            stem = path.name[: -len(path.suffix)]
            for cert in certs:
                if cert.extensions and _is_ca(cert):
                    continue  # a chain file's CA certificate is not a recipient
                why = unusable_because(cert)
                if why:
                    problems.append(Problem(name, why))
                    continue
                for address in _addresses(cert, stem):
                    old = by_address.get(address)
                    if old is None or cert.not_valid_after_utc > old.not_valid_after_utc:
                        by_address[address] = cert
        for p in problems:
            log.warning("certificate_skipped", file=logs.scrub(p.file), reason=logs.scrub(p.why))
        with self._lock:
            self._by_address = by_address
            self._signature = signature
            self._checked = time.monotonic()
            self.problems = problems
        return len(by_address)

    def _maybe_reload(self) -> None:
        if time.monotonic() - self._checked < self.reload_interval:
            return
        self._checked = time.monotonic()
        if self._current_signature() != self._signature:
            self.reload()

    def lookup(self, address: str) -> x509.Certificate | None:
        self._maybe_reload()
        with self._lock:
            cert = self._by_address.get(address.strip().lower())
        # A certificate may have expired since it was loaded.
        return cert if cert is not None and unusable_because(cert) is None else None

    def __len__(self) -> int:
        return len(self._by_address)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def split_content(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(outer header fields, inner MIME entity, line end) of a raw message.

    The inner entity is the Content-* fields and the body: what S/MIME encrypts.
    MIME-Version stays outside; everything else outside is kept byte for byte.
    """
    head, body = split_raw(raw)
    eol = b"\r\n" if b"\r\n" in (head or raw[:1000]) or not head else b"\n"
    outer: list[bytes] = []
    content: list[bytes] = []
    for field in header_fields(head):
        name = field_name(field)
        if name.startswith(b"content-"):
            content.extend(field)
        elif name != b"mime-version":
            outer.extend(field)
    if not any(line.lower().startswith(b"content-type:") for line in content):
        content.insert(0, DEFAULT_CONTENT_TYPE + eol)
    return b"".join(outer), b"".join(content) + eol + body, eol


def envelope(raw: bytes, certs: list[x509.Certificate]) -> bytes:
    """The message as application/pkcs7-mime enveloped-data for these certificates."""
    if not certs:
        raise ValueError("no recipient certificates")
    outer, inner, eol = split_content(raw)
    builder = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(inner)
        .set_content_encryption_algorithm(algorithms.AES256)
    )
    for cert in certs:
        builder = builder.add_recipient(cert)
    # Binary: the inner entity is encrypted exactly as it came (already CRLF on the wire).
    der = builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    b64 = base64.encodebytes(der).replace(b"\n", eol)
    mime = eol.join(
        [
            b"MIME-Version: 1.0",
            b'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
            b'Content-Disposition: attachment; filename="smime.p7m"',
            b"Content-Transfer-Encoding: base64",
            b"",
            b"",
        ]
    )
    return outer + mime + b64


@dataclass(slots=True)
class SmimePlan:
    certs: dict[str, x509.Certificate]
    missing: list[str]


class SmimeEncryptor:
    def __init__(self, store: CertStore) -> None:
        self.store = store

    def plan(self, rcpt_tos: list[str]) -> SmimePlan:
        certs: dict[str, x509.Certificate] = {}
        missing: list[str] = []
        for r in rcpt_tos:
            cert = self.store.lookup(r)
            if cert is None:
                missing.append(r)
            else:
                certs[r] = cert
        return SmimePlan(certs, missing)

    def encrypt(self, raw: bytes, certs: list[x509.Certificate]) -> bytes:
        # Two recipients may share a certificate (an alias): encrypt to it once.
        unique = {c.fingerprint(hashes.SHA256()): c for c in certs}
        return envelope(raw, list(unique.values()))

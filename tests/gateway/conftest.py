"""Gateway test fixtures: a gateway with a quick analyser, raw SMTP clients, TLS material."""

from __future__ import annotations

import datetime
import ipaddress

import pytest
from gw_helpers import RawClient

# Most gateway tests exercise SMTP, not detection: a real worker pool running a
# cheap analyser keeps them fast. One test runs the default detectors analyser.
QUICK = "gw_hostile_analysers:quick"


@pytest.fixture
def gw(gateway_factory):
    def start(data: dict | None = None, **kw):
        data = dict(data or {})
        data.setdefault("scan", {"workers": 1, "timeout": 10, "analyser": QUICK})
        return gateway_factory(data, **kw)

    return start


@pytest.fixture
def raw_client():
    clients: list[RawClient] = []

    def connect(port: int) -> RawClient:
        c = RawClient(port)
        clients.append(c)
        return c

    yield connect
    for c in clients:
        c.close()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 / gw.test: (cert, key) paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "gw.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("gw.test"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    d = tmp_path_factory.mktemp("tls")
    cert_path, key_path = d / "cert.pem", d / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path

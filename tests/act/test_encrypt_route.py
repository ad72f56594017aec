"""Encrypt by route: trigger header and subject tag added without touching anything else,
sent to a real aiosmtpd peer over STARTTLS verified against a test CA; never in clear."""

from __future__ import annotations

import asyncio
import email
from email import policy
from pathlib import Path

import pytest
from act_certs import make_ca, make_server_cert
from act_sink import Sink

from gateway.actions.encrypt_route import RouteEncryptor, add_trigger
from gateway.actions.settings import RouteUpstream, TriggerHeader
from gateway.actions.submit import SubmitError

HEADER = TriggerHeader(name="X-Egress-Encrypt", value="yes")
MSG = (
    b"From: a@provider.example\r\n"
    b"To: b@employer.example\r\n"
    b"Subject: Interview\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain\r\n"
    b"\r\n"
    b"Body line one\r\n\r\nSubject: not a header\r\n"
)


def test_header_and_tag_added_body_untouched() -> None:
    out = add_trigger(MSG, HEADER, "[SECURE]")
    head, _, body = out.partition(b"\r\n\r\n")
    assert body == MSG.partition(b"\r\n\r\n")[2]
    assert head.startswith(b"X-Egress-Encrypt: yes\r\n")
    assert b"Subject: [SECURE] Interview\r\n" in head
    parsed = email.message_from_bytes(out, policy=policy.default)
    assert parsed["Subject"] == "[SECURE] Interview"
    assert "Subject: not a header" in parsed.get_content()
    # Idempotent: neither added twice.
    assert add_trigger(out, HEADER, "[SECURE]") == out


def test_existing_trigger_header_replaced_and_case_insensitive_tag() -> None:
    raw = b"x-egress-encrypt: no\r\nSubject: [secure] already\r\n\r\nhi\r\n"
    out = add_trigger(raw, HEADER, "[SECURE]")
    assert out == b"X-Egress-Encrypt: yes\r\nSubject: [secure] already\r\n\r\nhi\r\n"


def test_encoded_folded_and_missing_subjects() -> None:
    encoded = b"Subject: =?utf-8?q?Caf=C3=A9?=\r\n =?utf-8?q?_news?=\r\nTo: x@y\r\n\r\nb\r\n"
    out = add_trigger(encoded, None, "[SECURE]")
    assert email.message_from_bytes(out, policy=policy.default)["Subject"] == "[SECURE] Café news"
    assert out.endswith(b"To: x@y\r\n\r\nb\r\n")

    none = add_trigger(b"To: x@y\r\n\r\nb\r\n", None, "[SECURE]")
    assert none == b"To: x@y\r\nSubject: [SECURE]\r\n\r\nb\r\n"

    empty = add_trigger(b"Subject:\r\nTo: x@y\r\n\r\nb\r\n", None, "[SECURE]")
    assert empty == b"Subject: [SECURE]\r\nTo: x@y\r\n\r\nb\r\n"

    lf = add_trigger(b"Subject: hi\nTo: x@y\n\nbody\n", HEADER, "[SECURE]")
    assert lf == b"X-Egress-Encrypt: yes\nSubject: [SECURE] hi\nTo: x@y\n\nbody\n"


def test_settings_refuse_header_injection() -> None:
    with pytest.raises(ValueError):
        TriggerHeader(name="X-Bad", value="yes\r\nBcc: evil@example")
    with pytest.raises(ValueError):
        TriggerHeader(name="X Bad:", value="yes")
    with pytest.raises(ValueError):
        RouteUpstream(host="h", subject_tag="[A]\r\nBcc: x")
    with pytest.raises(ValueError):
        RouteUpstream(host="h", tls="none")  # TLS to the encryption service is mandatory


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pki")
    ca = make_ca()
    server = make_server_cert(ca)
    other_ca = make_ca("Someone Else CA")
    ca_path, _ = ca.write(d, "ca")
    other_path, _ = other_ca.write(d, "other-ca")
    cert, key = server.write(d, "server")
    wrong_cert, wrong_key = make_server_cert(ca, "mail.elsewhere.example", with_ip=False).write(
        d, "wrong"
    )
    return {
        "ca": ca_path,
        "other_ca": other_path,
        "cert": cert,
        "key": key,
        "wrong_cert": wrong_cert,
        "wrong_key": wrong_key,
    }


def route(port: int, ca: Path, host: str = "localhost") -> RouteEncryptor:
    return RouteEncryptor(
        RouteUpstream(
            host=host, port=port, ca_file=ca, header=HEADER, subject_tag="[SECURE]", timeout=10
        ),
        "gw.test",
    )


def test_route_delivers_over_verified_starttls_with_tag(pki) -> None:
    with Sink(cert=(pki["cert"], pki["key"])) as sink:
        reply = asyncio.run(
            route(sink.port, pki["ca"]).send(MSG, "a@provider.example", ["b@employer.example"])
        )
    assert reply.code == 250 and "SINK1" in reply.text
    [got] = sink.messages
    assert got.tls, "must have arrived over TLS"
    assert got.mail_from == "a@provider.example" and got.rcpt_tos == ["b@employer.example"]
    parsed = email.message_from_bytes(got.data, policy=policy.default)
    assert parsed["Subject"] == "[SECURE] Interview"
    assert parsed["X-Egress-Encrypt"] == "yes"
    assert got.data.endswith(b"Subject: not a header\r\n")


def test_route_refuses_unverified_certificate(pki) -> None:
    with Sink(cert=(pki["cert"], pki["key"])) as sink, pytest.raises(SubmitError) as exc:
        asyncio.run(route(sink.port, pki["other_ca"]).send(MSG, "a@p.example", ["b@e.example"]))
    assert exc.value.code == 451 and not exc.value.permanent
    assert "4.7.5" in exc.value.text and "local issuer" in exc.value.text
    assert sink.messages == []


def test_route_refuses_wrong_host_name(pki) -> None:
    with Sink(cert=(pki["cert"], pki["key"])) as sink, pytest.raises(SubmitError):
        asyncio.run(
            route(sink.port, pki["ca"], host="127.0.0.2").send(MSG, "a@p.example", ["b@e.example"])
        )
    assert sink.messages == []


def test_route_never_downgrades_to_plain(pki) -> None:
    # No STARTTLS offered.
    with Sink() as sink, pytest.raises(SubmitError) as exc:
        asyncio.run(route(sink.port, pki["ca"]).send(MSG, "a@p.example", ["b@e.example"]))
    assert exc.value.code == 451
    assert sink.messages == []


def test_route_passes_on_upstream_refusal(pki) -> None:
    with Sink(cert=(pki["cert"], pki["key"])) as sink:
        sink.handler.data_reply = "554 5.7.1 policy says no"
        with pytest.raises(SubmitError) as exc:
            asyncio.run(route(sink.port, pki["ca"]).send(MSG, "a@p.example", ["b@e.example"]))
    assert exc.value.code == 554 and exc.value.permanent and "policy says no" in exc.value.text


def test_route_over_implicit_tls(pki) -> None:
    with Sink(cert=(pki["cert"], pki["key"]), implicit=True) as sink:
        enc = RouteEncryptor(
            RouteUpstream(host="localhost", port=sink.port, tls="implicit", ca_file=pki["ca"],
                          subject_tag="[SECURE]"),
            "gw.test",
        )  # fmt: skip
        reply = asyncio.run(enc.send(MSG, "a@p.example", ["b@e.example"]))
        with pytest.raises(SubmitError):  # and verified there too
            asyncio.run(
                RouteEncryptor(
                    RouteUpstream(host="localhost", port=sink.port, tls="implicit",
                                  ca_file=pki["other_ca"]),
                    "gw.test",
                ).send(MSG, "a@p.example", ["b@e.example"])
            )  # fmt: skip
    assert reply.code == 250
    [got] = sink.messages
    assert got.tls and b"Subject: [SECURE] Interview" in got.data

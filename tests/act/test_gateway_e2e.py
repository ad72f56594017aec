"""Through the running gateway (SMTP in, real scan workers, the real default policy):
encrypt by route arrives at the encryption service with its tag over verified TLS;
S/MIME arrives enveloped and `openssl cms` opens it; the certificate fallback; reject
gives the 550 line and exactly one explanation to an internal sender, none to an
outsider; every outcome is audited with no planted value; audit store down → 451."""

from __future__ import annotations

import email
import shutil
import smtplib
import subprocess
from email import policy as email_policy
from pathlib import Path

import pytest
from act_certs import make_ca, make_server_cert, make_smime_cert
from act_planted import make_planted, message_with_data
from act_sink import Sink as TlsSink
from mailgate_support import Sink, SinkHandler, free_port, upstream_to

from gateway.actions.pipeline_actions import PipelineActions
from gateway.actions.settings import (
    BounceConfig,
    EncryptionConfig,
    NoticeConfig,
    RouteUpstream,
    SmimeSettings,
    TriggerHeader,
)
from gateway.actions.smime import split_content
from gateway.actions.submit import upstream_sender
from gateway.actions.wiring import build_actions
from gateway.audit import AuditConfig, AuditQuery, open_store
from gateway.metrics import Metrics, TimedPolicy, TimedScanner, watch_sessions
from policies.engine import PolicyDecider
from policies.registers import Registers

pytestmark = pytest.mark.slow

INTERNAL = "ann.case@provider.example"
OUTSIDER = "someone@elsewhere.example"
EMPLOYER = "boss@employer.example"
WITH_CERT = "jane@certs.example"
NO_CERT = "nocert@certs.example"
DEFAULT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "dwp-provider.yaml"


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e-pki")
    ca = make_ca()
    ca_path, _ = ca.write(d, "ca")
    server_cert, server_key = make_server_cert(ca).write(d, "server")
    certs = d / "certs"
    certs.mkdir()
    jane = make_smime_cert(ca, WITH_CERT)
    jane_cert, jane_key = jane.write(d, "jane")
    shutil.copy(jane_cert, certs / "jane.pem")
    return {
        "ca": ca_path,
        "server": (server_cert, server_key),
        "certs": certs,
        "jane": (jane_cert, jane_key),
    }


@pytest.fixture
def upstream():
    s = Sink(SinkHandler(), free_port())
    s.controller.start()
    yield s
    s.controller.stop()


@pytest.fixture
def route_sink(pki):
    with TlsSink(cert=pki["server"]) as s:
        yield s


def reject_policy(tmp_path: Path) -> Path:
    """The default policy on a site with no encryption route: encrypt becomes reject."""
    text = DEFAULT_POLICY.read_text()
    assert "  route: true" in text
    shutil.copytree(DEFAULT_POLICY.parent / "lists", tmp_path / "lists", dirs_exist_ok=True)
    path = tmp_path / "no-route.yaml"
    path.write_text(text.replace("  route: true", "  route: false", 1))
    return path


class Harness:
    def __init__(self, gw, actions: PipelineActions, store, upstream, route_sink, db: str):
        self.gw, self.actions, self.store = gw, actions, store
        self.upstream, self.route_sink, self.db = upstream, route_sink, db

    def send(self, sender: str, rcpts: list[str], raw: bytes):
        with smtplib.SMTP("127.0.0.1", self.gw.port, timeout=60) as c:
            try:
                c.sendmail(sender, rcpts, raw)
            except smtplib.SMTPDataError as e:
                return e.smtp_code, e.smtp_error.decode()
            except smtplib.SMTPRecipientsRefused as e:
                return next(iter(e.recipients.values()))
        return 250, ""

    def drain(self) -> None:
        self.gw.call(self.actions.drain())

    def records(self):
        return self.gw.call(self.store.search(AuditQuery()))


@pytest.fixture
def harness(gateway_factory, upstream, route_sink, pki, tmp_path):
    made = []

    def make(*, encryption=None, policy_path=None, store_url=None, notices=None, via_hop=False):
        store_url = store_url or f"sqlite:///{tmp_path / 'audit.db'}"
        cfg = {"upstream": upstream_to(upstream.port), "hostname": "gw.test"}
        from gateway import config as gwconfig

        bounce = BounceConfig(
            from_address="mailgate@provider.example",
            internal_domains=["provider.example"],
            security_contact="security@provider.example",
        )
        if via_hop:  # as `serve` wires it: through the gateway's own next hop
            actions = build_actions(
                hostname="gw.test",
                nexthop=lambda: made[-1].gw.gateway.runtime.nexthop,
                encryption=encryption,
                bounce=bounce,
                notices=notices,
                audit=AuditConfig(url=store_url),
            )
        else:
            upstream_cfg = gwconfig.Upstream(**upstream_to(upstream.port))
            actions = PipelineActions(
                store=open_store(store_url),
                hostname="gw.test",
                send=upstream_sender(upstream_cfg, "gw.test"),
                encryption=encryption,
                bounce=bounce,
                notices=notices,
                metrics=Metrics(),
            )
        store = actions.store
        metrics = actions.metrics
        policy = TimedPolicy(PolicyDecider(policy_path or DEFAULT_POLICY, Registers()), metrics)
        gw = gateway_factory(cfg, policy=policy, actions=actions)
        # The lead wires these in serve; here the test puts them on the running pipeline.
        pipeline = gw.gateway.runtime.pipeline
        pipeline.scanner = TimedScanner(pipeline.scanner, metrics)
        watch_sessions(metrics, gw.gateway)
        gw.call(actions.open())
        h = Harness(gw, actions, store, upstream, route_sink, store_url)
        made.append(h)
        return h

    yield make
    for h in made:
        h.gw.call(h.actions.close(timeout=5))  # the outbox's task, then the audit store


def route_cfg(pki, route_sink, **kw) -> RouteUpstream:
    return RouteUpstream(
        host="localhost",
        port=route_sink.port,
        ca_file=pki["ca"],
        header=TriggerHeader(name="X-Encrypt-Service", value="yes"),
        subject_tag="[SECURE]",
        timeout=10,
        **kw,
    )


def assert_no_planted(p, *blobs: bytes) -> None:
    for blob in blobs:
        for value in p.values():
            assert value.encode() not in blob, value


def db_bytes(url: str) -> bytes:
    path = Path(url.removeprefix("sqlite://"))
    return b"".join(f.read_bytes() for f in path.parent.glob(path.name + "*"))


def test_encrypt_by_route_and_smime_with_fallback(harness, pki, route_sink, upstream) -> None:
    enc = EncryptionConfig(
        default="route",
        domains={"certs.example": "smime"},
        route=route_cfg(pki, route_sink),
        smime=SmimeSettings(cert_dir=pki["certs"], fallback="route", reload_interval=0),
    )
    h = harness(encryption=enc, notices=NoticeConfig(encrypted_notice=True))
    p = make_planted(11)

    # 1. Route: to the encryption service, tagged, over verified TLS; not to the next hop.
    raw = message_with_data(p, INTERNAL, [EMPLOYER], subject="Referral")
    assert h.send(INTERNAL, [EMPLOYER], raw) == (250, "")
    [got] = route_sink.messages
    assert got.tls and got.rcpt_tos == [EMPLOYER]
    parsed = email.message_from_bytes(got.data, policy=email_policy.default)
    assert parsed["Subject"] == "[SECURE] Referral"
    assert parsed["X-Encrypt-Service"] == "yes"
    assert p.nino.encode() in got.data  # in clear only inside TLS to the service
    h.drain()
    # The only thing at the next hop: the "sent encrypted" notice to the internal sender.
    [notice] = upstream.messages
    assert notice.rcpt_tos == [INTERNAL] and notice.mail_from in ("", "<>")
    assert b"sent ENCRYPTED" in notice.data
    assert_no_planted(p, notice.data)
    upstream.handler.messages.clear()

    # 2. S/MIME: the recipient has a certificate; enveloped data through the next hop.
    raw = message_with_data(p, INTERNAL, [WITH_CERT], subject="Your letter")
    assert h.send(INTERNAL, [WITH_CERT], raw) == (250, "")
    h.drain()
    enveloped = [m for m in upstream.messages if m.rcpt_tos == [WITH_CERT]]
    assert len(enveloped) == 1
    data = enveloped[0].data
    assert b"application/pkcs7-mime; smime-type=enveloped-data" in data
    assert_no_planted(p, data)
    src = Path(pki["certs"]).parent / "received.eml"
    src.write_bytes(data)
    cert, key = pki["jane"]
    out = subprocess.run(
        ["openssl", "cms", "-decrypt", "-in", str(src), "-recip", str(cert), "-inkey", str(key)],
        capture_output=True,
        check=True,
    ).stdout
    assert out == split_content(raw)[1]  # the original content, byte for byte
    assert len(route_sink.messages) == 1

    # 3. No certificate: falls back to the route.
    raw = message_with_data(p, INTERNAL, [NO_CERT], subject="Fallback")
    assert h.send(INTERNAL, [NO_CERT], raw) == (250, "")
    assert route_sink.messages[-1].rcpt_tos == [NO_CERT]
    assert b"Subject: [SECURE] Fallback" in route_sink.messages[-1].data

    # 4. Both in one message: S/MIME for the one with a certificate (through the next
    #    hop), the route for the other; 250 only when both were handed on.
    upstream.handler.messages.clear()
    raw = message_with_data(p, INTERNAL, [WITH_CERT, EMPLOYER], subject="Both")
    assert h.send(INTERNAL, [WITH_CERT, EMPLOYER], raw) == (250, "")
    h.drain()
    [smime_part] = [m for m in upstream.messages if m.rcpt_tos == [WITH_CERT]]
    assert b"smime-type=enveloped-data" in smime_part.data
    assert_no_planted(p, smime_part.data)
    assert route_sink.messages[-1].rcpt_tos == [EMPLOYER]
    assert b"Subject: [SECURE] Both" in route_sink.messages[-1].data

    # 5. The encryption service is down: 451, the client keeps the message.
    route_sink.handler.data_reply = "451 4.3.0 busy"
    code, text = h.send(INTERNAL, [EMPLOYER], message_with_data(p, INTERNAL, [EMPLOYER]))
    assert code == 451 and "encryption service" in text
    route_sink.handler.data_reply = "250 2.0.0 Ok: queued as SINK1"

    h.drain()
    records = h.records()
    assert [(r.action, r.method) for r in records] == [
        ("encrypt", "route"),
        ("encrypt", "smime"),
        ("encrypt", "route"),
        ("encrypt", "smime+route"),
        ("encrypt", "route"),
    ]
    assert records[-1].upstream_reply.startswith("451")
    records = records[:-1]
    assert all(r.rule == "nino-prohibited" and r.upstream_reply.startswith("250") for r in records)
    assert records[0].categories["nino"] == 1
    assert_no_planted(p, db_bytes(h.db))
    m = h.actions.metrics.registry
    assert (
        m.get_sample_value(
            "mailgate_messages_total",
            {"action": "encrypt", "rule": "nino-prohibited", "monitor": "no"},
        )
        == 5
    )
    assert m.get_sample_value("mailgate_relay_seconds_count", {"method": "smime"}) == 2
    assert m.get_sample_value("mailgate_relay_seconds_count", {"method": "route"}) == 4
    errors = {"upstream": "route", "kind": "deferred"}
    assert m.get_sample_value("mailgate_upstream_errors_total", errors) == 1
    assert m.get_sample_value("mailgate_scan_seconds_count") == 5
    assert m.get_sample_value("mailgate_decide_seconds_count") == 5
    assert m.get_sample_value("mailgate_scan_workers", {"state": "busy"}) == 0
    assert m.get_sample_value("mailgate_scan_workers", {"state": "total"}) == 1
    assert m.get_sample_value("mailgate_replies_total", {"code_class": "2xx"}) == 4
    assert m.get_sample_value("mailgate_replies_total", {"code_class": "4xx"}) == 1
    with smtplib.SMTP("127.0.0.1", h.gw.port, timeout=10) as c:
        c.ehlo()
        assert m.get_sample_value("mailgate_sessions") == 1
    sent = {"kind": "encrypted", "outcome": "sent"}
    assert m.get_sample_value("mailgate_notices_total", sent) == 4


def test_smime_fallback_reject_and_audit_store_down(harness, pki, route_sink, upstream) -> None:
    enc = EncryptionConfig(
        default="smime", smime=SmimeSettings(cert_dir=pki["certs"], fallback="reject")
    )
    h = harness(encryption=enc)
    p = make_planted(12)
    code, text = h.send(INTERNAL, [NO_CERT], message_with_data(p, INTERNAL, [NO_CERT]))
    assert code == 550 and "a recipient at certs.example has no S/MIME certificate" in text
    assert NO_CERT not in text  # the reply is logged: no recipient address in it
    h.drain()
    assert route_sink.messages == []
    # Nothing to the recipient; one explanation to the sender.
    assert [(m.mail_from, m.rcpt_tos) for m in upstream.messages] == [("<>", [INTERNAL])]
    [record] = h.records()
    assert record.action == "encrypt" and record.upstream_reply.startswith("550")

    # The audit store goes away: 451, and nothing leaves.
    upstream.handler.messages.clear()
    h.gw.call(h.store.close())
    code, text = h.send(INTERNAL, ["colleague@provider.example"], b"Subject: hi\r\n\r\nhello\r\n")
    assert code == 451 and "audit" in text
    h.drain()
    assert upstream.messages == [] and route_sink.messages == []
    assert h.actions.metrics.registry.get_sample_value("mailgate_audit_errors_total") == 1
    h.gw.call(h.store.open())  # so the fixture can close it


def test_reject_gives_550_and_one_explanation_to_internal_sender_only(
    harness, tmp_path, upstream, route_sink
) -> None:
    h = harness(
        policy_path=reject_policy(tmp_path),
        notices=NoticeConfig(incident_notice=True),
        via_hop=True,
    )
    p = make_planted(13)
    raw = message_with_data(p, INTERNAL, [EMPLOYER], subject=f"Referral {p.nino}")
    code, text = h.send(INTERNAL, [EMPLOYER], raw)
    assert code == 550
    assert text.startswith("5.7.1 Not sent:") and "Ref MG-" in text and "\n" not in text
    assert_no_planted(p, text.encode())
    h.drain()
    to_sender = [m for m in upstream.messages if m.rcpt_tos == [INTERNAL]]
    assert len(to_sender) == 1
    bounce = to_sender[0]
    assert bounce.mail_from in ("", "<>")
    parsed = email.message_from_bytes(bounce.data, policy=email_policy.default)
    assert parsed.get_content_type() == "multipart/report"
    ref = text.split("Ref ")[1].split(".")[0]
    assert parsed["X-Mailgate-Reference"] == ref
    assert_no_planted(p, bounce.data)
    # The security contact's incident notice: reference, no personal data.
    [incident] = [m for m in upstream.messages if m.rcpt_tos == ["security@provider.example"]]
    assert ref.encode() in incident.data and b"National Insurance number x1" in incident.data
    assert_no_planted(p, incident.data)
    assert EMPLOYER.encode() not in incident.data  # recipients by domain and class only
    assert len(upstream.messages) == 2

    # An outsider's message (relayed by network, spoofed sender): rejected, no backscatter.
    upstream.handler.messages.clear()
    code, text = h.send(OUTSIDER, [EMPLOYER], message_with_data(p, OUTSIDER, [EMPLOYER]))
    assert code == 550 and "Details emailed" not in text
    h.drain()
    assert [m for m in upstream.messages if OUTSIDER in m.rcpt_tos] == []
    assert route_sink.messages == []

    # Mail with no claimant data still relays, and is audited too.
    upstream.handler.messages.clear()
    assert h.send(INTERNAL, [EMPLOYER], b"Subject: lunch\r\n\r\nNoon?\r\n") == (250, "")
    assert [m.rcpt_tos for m in upstream.messages] == [[EMPLOYER]]

    records = h.records()
    assert [r.action for r in records] == ["reject", "reject", "relay"]
    assert records[2].upstream_reply.startswith("250")
    assert records[0].reference == ref
    assert records[0].upstream_reply.startswith("550 5.7.1")
    assert_no_planted(p, db_bytes(h.db))
    m = h.actions.metrics.registry
    assert m.get_sample_value("mailgate_explanations_total", {"outcome": "sent"}) == 1
    assert m.get_sample_value("mailgate_explanations_total", {"outcome": "skipped"}) == 1

    # The next hop refuses the explanation: the reply and the record stand.
    upstream.handler.data_reply = "451 4.3.0 next hop busy"
    code, text = h.send(INTERNAL, [EMPLOYER], message_with_data(p, INTERNAL, [EMPLOYER]))
    assert code == 550 and "Ref MG-" in text
    h.drain()
    assert m.get_sample_value("mailgate_explanations_total", {"outcome": "failed"}) == 1
    assert h.records()[-1].action == "reject"


@pytest.mark.postgres
def test_audit_in_postgresql_through_the_gateway_and_server_down(harness, upstream) -> None:
    import psycopg
    from act_pg import pg_bindir, postgres_server

    if pg_bindir() is None:
        pytest.skip("PostgreSQL server binaries not installed")
    p = make_planted(15)
    with postgres_server() as url:
        h = harness(store_url=url)
        # Relayed (no claimant data); encrypt with no method set up (so rejected, 550).
        lunch = b"Subject: lunch\r\n\r\nSee you at noon.\r\n"
        assert h.send(INTERNAL, [EMPLOYER], lunch) == (250, "")
        code, _ = h.send(INTERNAL, [EMPLOYER], message_with_data(p, INTERNAL, [EMPLOYER]))
        assert code == 550
        records = h.records()
        assert [(r.action, r.upstream_reply[:3]) for r in records] == [
            ("relay", "250"),
            ("encrypt", "550"),
        ]
        with psycopg.connect(url) as c:
            dump = repr(c.execute("SELECT * FROM audit_record").fetchall()).encode()
            dump += repr(c.execute("SELECT * FROM audit_recipient").fetchall()).encode()
        assert b"nino" in dump
        assert_no_planted(p, dump)
    # The server has stopped: 451, nothing relayed.
    upstream.handler.messages.clear()
    code, text = h.send(INTERNAL, [EMPLOYER], lunch)
    assert code == 451 and "audit" in text
    assert upstream.messages == []

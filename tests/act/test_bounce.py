"""Rejections: the 550 line, the RFC 3464 explanation parsed back with the stdlib, who gets
one (internal senders only, never a bounce to a bounce), and delivery to a real SMTP peer."""

from __future__ import annotations

import asyncio
import email
from email import policy
from pathlib import Path

import pytest
from act_planted import envelope, make_planted, message_with_data, scan_for, verdict
from act_sink import Sink

from gateway.actions.bounce import Explainer, may_explain, reply_line
from gateway.actions.headers import parse_headers
from gateway.actions.settings import BounceConfig
from gateway.actions.submit import submit
from policies.verdict import Action

SENDER = "ann.case@provider.example"
RCPTS = ["boss@employer.example", "hr@employer.example"]
CONFIG = BounceConfig(
    from_address="mailgate@provider.example",
    internal_domains=["provider.example"],
    organisation="Acme Employment",
    helpdesk="the IT service desk on 0100 000 0000",
)


def planted_message(seed: int = 3) -> tuple[bytes, object]:
    p = make_planted(seed)
    raw = message_with_data(p, SENDER, RCPTS, subject=f"Referral {p.nino} born {p.dob}")
    # Plant values in headers too: the explanation repeats headers, so they must be masked.
    raw = raw.replace(
        b"Message-ID: <test.1@provider.example>",
        f"Message-ID: <{p.account}@provider.example>\r\nX-Case: {p.nino} / {p.account}".encode(),
    )
    return raw, p


async def _no_send(raw: bytes, mail_from: str, rcpts: list[str]):
    raise AssertionError("must not send")


def explainer(send=_no_send, config: BounceConfig = CONFIG) -> Explainer:
    return Explainer(config, send, hostname="gw.provider.example")


def test_reply_line_is_one_ascii_line_with_reference() -> None:
    v = verdict(Action.REJECT, RCPTS)
    line = reply_line(v, "MG-ABCD-EFGH-JK")
    assert line.startswith("550 5.7.1 Not sent: A National Insurance number (AB ** ** ** C)")
    assert "rule nino-prohibited, DWP guidance para 33" in line
    assert line.endswith("Ref MG-ABCD-EFGH-JK. Details emailed to you.")
    assert line.isascii() and "\r" not in line and "\n" not in line
    # A long reason is cut, the reference never is.
    v.reasons = ["x" * 2000 + "\nline two"]
    line = reply_line(v, "MG-ABCD-EFGH-JK")
    assert len(line) <= 512 and "\n" not in line and line.endswith("Details emailed to you.")
    assert "..." in line


def test_explanation_structure_parses_back() -> None:
    raw, p = planted_message()
    v = verdict(Action.REJECT, RCPTS)
    msg = explainer().build(
        envelope=envelope(SENDER, RCPTS), verdict=v, scan=scan_for(p), raw=raw, reference="MG-1"
    )
    wire = msg.as_bytes()
    parsed = email.message_from_bytes(wire, policy=policy.default)

    assert parsed.get_content_type() == "multipart/report"
    assert parsed.get_param("report-type") == "delivery-status"
    assert parsed["To"].addresses[0].addr_spec == SENDER
    assert parsed["Subject"] == "Not sent: your email was stopped (ref MG-1)"
    assert parsed["Auto-Submitted"] == "auto-replied"
    # The original Message-ID held a planted value: not repeated in In-Reply-To.
    assert parsed["In-Reply-To"] is None

    human, dsn, headers = parsed.get_payload()
    assert human.get_content_type() == "multipart/alternative"
    text, html = human.get_payload()
    assert text.get_content_type() == "text/plain"
    assert html.get_content_type() == "text/html"
    body = text.get_content()
    for expected in (
        "Your email was NOT sent",
        "Reference: MG-1",
        "National Insurance number",
        "in body (text/plain)",
        "Rule: nino-prohibited (DWP guidance ¶33)",
        "NINOs must not be communicated by unencrypted email",  # the paragraph, quoted
        "Remove the National Insurance number and send again",  # the policy's own fix
        "add [ENCRYPT] to the start of the subject",
        "ask your information security team",  # DWP permission route
        "the IT service desk",
        "Acme Employment",
    ):
        assert expected in body, expected
    assert "<li>Remove the National Insurance number" in html.get_content()

    assert dsn.get_content_type() == "message/delivery-status"
    blocks = dsn.get_payload()
    assert blocks[0]["Reporting-MTA"] == "dns; gw.provider.example"
    # Recipients as every output shows contact details: the local part masked (RFC 6533).
    assert [b["Final-Recipient"] for b in blocks[1:]] == [
        "utf-8; b••••@employer.example",
        "utf-8; h••••@employer.example",
    ]
    assert {b["Status"] for b in blocks[1:]} == {"5.7.1"}
    assert all(b["Action"] == "failed" for b in blocks[1:])
    assert "550 5.7.1" in blocks[1]["Diagnostic-Code"]

    assert headers.get_content_type() == "text/rfc822-headers"
    original_headers = headers.get_content()
    # Display names are masked like names (a To: display name may be a claimant's).
    assert "From: C••• W••••• <ann.case@provider.example>" in original_headers
    assert "X-Case:" in original_headers
    assert "Content-Type: text/plain" in original_headers
    # Only the headers: nothing of the body came along.
    assert "Please process" not in wire.decode("utf-8", "replace")
    assert p.name not in wire.decode("utf-8", "replace")


def test_explanation_holds_no_planted_value() -> None:
    raw, p = planted_message()
    v = verdict(Action.REJECT, RCPTS)
    msg = explainer().build(
        envelope=envelope(SENDER, RCPTS), verdict=v, scan=scan_for(p), raw=raw, reference="MG-1"
    )
    wire = msg.as_bytes()
    parsed = email.message_from_bytes(wire, policy=policy.default)
    decoded = "\n".join(
        part.get_content() if part.get_content_maintype() == "text" else str(part)
        for part in parsed.walk()
        if not part.is_multipart()
    )
    assert p.nino in raw.decode()  # planted in the original subject and headers
    for value in p.values():
        assert value not in decoded, value
        assert value.encode() not in wire, value
    # The subject is a header value the sender wrote: shown by its shape only (issue 12).
    assert "Subject: R•••••••" in decoded and "Referral" not in decoded


@pytest.mark.parametrize(
    ("sender", "auth", "extra", "send", "why"),
    [
        (SENDER, None, "", True, "internal sender"),
        ("Ann.Case@Sub.Provider.Example", None, "", True, "internal sender"),
        ("someone@outside.example", None, "", False, "not internal"),
        ("someone@outside.example", "someone@outside.example", "", True, "internal sender"),
        ("someone@outside.example", "other@provider.example", "", False, "not internal"),
        ("", None, "", False, "null sender"),
        ("<>", None, "", False, "null sender"),
        ("MAILER-DAEMON@provider.example", None, "", False, "mail system"),
        ("owner-list@provider.example", None, "", False, "mail system"),
        (SENDER, None, "Auto-Submitted: auto-replied\r\n", False, "auto-submitted"),
        (SENDER, None, "Auto-Submitted: no\r\n", True, "internal sender"),
        (SENDER, None, "Precedence: bulk\r\n", False, "bulk"),
        (SENDER, None, "Precedence: list\r\n", False, "bulk"),
        (SENDER, None, "List-Id: <staff.provider.example>\r\n", False, "list"),
        (SENDER, None, "X-Auto-Response-Suppress: All\r\n", False, "no automatic replies"),
    ],
)
def test_who_gets_an_explanation(sender, auth, extra, send, why) -> None:
    raw = extra.encode() + b"Subject: x\r\n\r\nbody\r\n"
    d = may_explain(
        envelope(sender, RCPTS, auth), parse_headers(raw), CONFIG, verdict(Action.REJECT, RCPTS)
    )
    assert (d.send, why in d.why) == (send, True), d


def test_no_explanation_for_reports_monitor_or_non_reject() -> None:
    report = b"Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n\r\n"
    env = envelope(SENDER, RCPTS)
    assert not may_explain(env, parse_headers(report), CONFIG, verdict(Action.REJECT, RCPTS)).send
    plain = parse_headers(b"Subject: x\r\n\r\n")
    assert not may_explain(env, plain, CONFIG, verdict(Action.ENCRYPT, RCPTS)).send
    assert not may_explain(env, plain, CONFIG, verdict(Action.REJECT, RCPTS, monitor=True)).send
    off = CONFIG.model_copy(update={"enabled": False})
    assert not may_explain(env, plain, off, verdict(Action.REJECT, RCPTS)).send


def _sink_sender(port: int):
    async def send(raw: bytes, mail_from: str, rcpts: list[str]):
        return await submit(raw, mail_from, rcpts, host="127.0.0.1", port=port, tls="none")

    return send


def test_explanation_goes_to_internal_sender_with_null_envelope_sender() -> None:
    raw, p = planted_message()
    with Sink() as sink:
        ex = explainer(_sink_sender(sink.port))
        d = asyncio.run(
            ex.explain(
                envelope=envelope(SENDER, RCPTS),
                verdict=verdict(Action.REJECT, RCPTS),
                scan=scan_for(p),
                raw=raw,
                reference="MG-2",
            )
        )
        assert d.send
        # An outsider (spoofed From) and a bounce get nothing.
        for sender in ("victim@outside.example", ""):
            d = asyncio.run(
                ex.explain(
                    envelope=envelope(sender, RCPTS),
                    verdict=verdict(Action.REJECT, RCPTS),
                    scan=scan_for(p),
                    raw=raw,
                    reference="MG-3",
                )
            )
            assert not d.send
    assert len(sink.messages) == 1
    got = sink.messages[0]
    assert got.mail_from in ("", "<>")
    assert got.rcpt_tos == [SENDER]
    parsed = email.message_from_bytes(got.data, policy=policy.default)
    assert parsed["X-Mailgate-Reference"] == "MG-2"
    for value in p.values():
        assert value.encode() not in got.data


def test_failed_explanation_send_is_reported_not_raised() -> None:
    raw, p = planted_message()
    with Sink() as sink:
        sink.handler.data_reply = "451 4.3.0 try later"
        d = asyncio.run(
            explainer(_sink_sender(sink.port)).explain(
                envelope=envelope(SENDER, RCPTS),
                verdict=verdict(Action.REJECT, RCPTS),
                scan=scan_for(p),
                raw=raw,
                reference="MG-4",
            )
        )
    assert not d.send and d.why == "send failed: 451"


def test_administrator_templates_override_defaults(tmp_path: Path) -> None:
    (tmp_path / "bounce.txt.j2").write_text(
        "{{ organisation }} Data Protection Team\nRef {{ reference }}\n"
    )
    (tmp_path / "guidance.yaml").write_text('"¶33": "Our own wording of paragraph 33."\n')
    cfg = CONFIG.model_copy(update={"templates_dir": tmp_path})
    raw, p = planted_message()
    msg = explainer(config=cfg).build(
        envelope=envelope(SENDER, RCPTS),
        verdict=verdict(Action.REJECT, RCPTS),
        scan=scan_for(p),
        raw=raw,
        reference="MG-5",
    )
    text, html = msg.get_payload()[0].get_payload()
    assert text.get_content() == "Acme Employment Data Protection Team\nRef MG-5\n"
    # The HTML part was not overridden: the built-in one, with the admin's quotation.
    assert "Our own wording of paragraph 33." in html.get_content()
    assert "Your email was not sent" in html.get_content()


def test_general_fixes_fill_what_the_policy_did_not_say() -> None:
    from gateway.actions.bounce import default_fixes

    v = verdict(Action.REJECT, RCPTS)
    v.fixes = []
    fixes = default_fixes(v, CONFIG, "[SECURE]")
    assert len(fixes) == 4
    assert fixes[0].startswith("Remove the claimant information")
    assert "[SECURE]" in fixes[1] and "permission" in fixes[2] and "service desk" in fixes[3]
    v.fixes = [
        "Remove the NINO.",
        "Or add [ENCRYPT] to send it encrypted.",
        "Ask DWP for permission.",
    ]
    assert default_fixes(v, CONFIG, "[ENCRYPT]") == [*v.fixes, fixes[3]]


def test_no_encryption_configured_means_no_encryption_advice() -> None:
    from gateway.actions.bounce import default_fixes

    v = verdict(Action.REJECT, RCPTS)
    v.fixes = []
    fixes = default_fixes(v, CONFIG, None)
    assert not any("encrypt" in f.lower() for f in fixes)
    assert fixes[0].startswith("Remove the claimant information") and len(fixes) == 3


def test_html_part_escapes_what_it_shows() -> None:
    raw, p = planted_message()
    v = verdict(Action.REJECT, RCPTS)
    v.reasons = ['Found in attachment "<script>alert(1)</script>.pdf".']
    msg = explainer().build(
        envelope=envelope(SENDER, RCPTS), verdict=v, scan=scan_for(p), raw=raw, reference="MG-6"
    )
    html = msg.get_payload()[0].get_payload()[1].get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html

"""Rejections: the one-line 550 reply, and the RFC 3464 explanation to the sender.

The explanation is a ``multipart/report; report-type=delivery-status``:
1. multipart/alternative: plain text and HTML for the sender (templates),
2. message/delivery-status for their mail client and IT team,
3. text/rfc822-headers: the original header block only, never its content
   (which is what holds the data).
It goes out with ``MAIL FROM:<>`` and only to the provider's own staff; never in
reply to a bounce, an auto-reply or list mail, and never to outsiders (no backscatter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import format_datetime, make_msgid

from detectors.model import Scan
from gateway import logs
from gateway.actions.headers import (
    masked_address,
    masked_header_block,
    masked_value,
    parse_headers,
    safe_message_id,
    sending_server_queue_id,
    split_raw,
)
from gateway.actions.settings import BounceConfig
from gateway.actions.submit import Sender, SubmitError
from gateway.actions.wording import Templates, ascii_line, finding_lines
from gateway.audit.redact import redact
from policies.verdict import Action, EnvelopeFacts, Verdict

log = logs.get()

REPLY_TEXT_LIMIT = 420  # RFC 5321 §4.5.3.1.5: reply lines up to 512 octets in all
DAEMON_LOCALPARTS = {"mailer-daemon", "mailer_daemon", "mailerdaemon", "postmaster"}
BULK_PRECEDENCE = {"bulk", "list", "junk"}


def reply_line(verdict: Verdict, reference: str, *, explained: bool = True) -> str:
    """The in-session reply, one line: ``550 5.7.1 Not sent: … Ref MG-….``

    Outlook and Exchange show this text in their own non-delivery report, so it
    says what and why in plain words; values in it are masked.
    """
    status = verdict.status if verdict.status.startswith("5.") else "5.7.1"
    # The policy's sentence already holds masked values and locations; redact is the last guard.
    why = redact(verdict.reasons[0]) if verdict.reasons else "it contains claimant data"
    where = f" (rule {verdict.rule}"
    where += f", DWP guidance {', '.join(verdict.guidance)})" if verdict.guidance else ")"
    if verdict.rule and verdict.rule in why:
        where = ""  # the policy's sentence already names its rule
    tail = f"Ref {reference}." + (" Details emailed to you." if explained else "")
    body = ascii_line(f"Not sent: {why.rstrip('.')}{where}.", REPLY_TEXT_LIMIT - len(tail))
    return f"550 {status} {body} {tail}"


def accepted_line(verdict: Verdict, reference: str) -> str:
    """The in-session reply of ``reject.mode: explain``: 250, because the explanation is
    committed and the message is the gateway's to refuse; its text still says it was not
    delivered (for logs and the sender's IT team), in one ASCII line."""
    why = redact(verdict.reasons[0]) if verdict.reasons else "it contains claimant data"
    tail = f"Ref {reference}. Details emailed to you."
    body = ascii_line(
        f"Accepted, not delivered: {why.rstrip('.')} (rule {verdict.rule}).",
        REPLY_TEXT_LIMIT - len(tail),
    )
    return f"250 2.0.0 {body} {tail}"


@dataclass(frozen=True, slots=True)
class Decision:
    send: bool
    why: str


def _domain_internal(domain: str, internal: list[str]) -> bool:
    domain = domain.lower().strip(".")
    return any(domain == d or domain.endswith("." + d) for d in internal)


def may_explain(
    envelope: EnvelopeFacts, original: Message, config: BounceConfig, verdict: Verdict
) -> Decision:
    """Whether the sender may get an explanation message (never backscatter)."""
    if not config.enabled:
        return Decision(False, "explanations disabled")
    if verdict.action != Action.REJECT or verdict.monitor:
        return Decision(False, "not rejected")
    return sender_may_receive(envelope, original, config)


def sender_may_receive(
    envelope: EnvelopeFacts, original: Message, config: BounceConfig
) -> Decision:
    """Whether the gateway may write to this message's sender at all: only to the
    provider's own staff, never to a bounce, an auto-reply, list mail or an outsider."""
    sender = envelope.mail_from.strip()
    if sender in ("", "<>"):
        return Decision(False, "null sender (a bounce)")
    local, at, domain = sender.rpartition("@")
    if not at or not local or not domain:
        return Decision(False, "sender is not an address")
    local_l = local.lower()
    if (
        local_l in DAEMON_LOCALPARTS
        or local_l.startswith("owner-")
        or local_l.endswith(("-request", "-bounces"))
    ):
        return Decision(False, "sender is a mail system or list address")
    auto = str(original.get("Auto-Submitted", "no")).strip().lower()
    if auto and not auto.startswith("no"):
        return Decision(False, "auto-submitted message")
    if str(original.get("Precedence", "")).strip().lower() in BULK_PRECEDENCE:
        return Decision(False, "bulk or list message")
    if original.get("List-Id") is not None:
        return Decision(False, "list message")
    suppress = str(original.get("X-Auto-Response-Suppress", "")).lower()
    if "all" in suppress or "ndr" in suppress:
        return Decision(False, "sender asked for no automatic replies")
    if original.get_content_type() == "multipart/report":
        return Decision(False, "message is itself a report")
    authenticated_self = bool(envelope.auth_user) and envelope.auth_user.lower() == sender.lower()
    if not (_domain_internal(domain, config.internal_domains) or authenticated_self):
        return Decision(False, "sender is not internal")
    return Decision(True, "internal sender")


def default_fixes(verdict: Verdict, config: BounceConfig, sender_tag: str | None) -> list[str]:
    """The policy's fixes, then each general way out the policy's fixes did not cover and
    that can work for the governing rule (``Verdict.permission_can_override``,
    ``encryption_can_fix``, from the policy model): remove the data, send it encrypted,
    ask DWP for permission; then where to ask for help."""
    fixes = list(verdict.fixes)
    said = " ".join(fixes).lower()
    if "remove" not in said:
        fixes.append(
            "Remove the claimant information (or the attachment that holds it) and send again."
        )
    # sender_tag None: nothing here encrypts.
    if "encrypt" not in said and sender_tag is not None and verdict.encryption_can_fix:
        fixes.append(
            f"Send it encrypted: add {sender_tag} to the start of the subject line, or use "
            "your secure email service."
        )
    if "permission" not in said and verdict.permission_can_override:
        fixes.append(
            "If DWP has given written permission for this exchange, ask your information "
            "security team to record it, then send again."
        )
    if config.helpdesk:
        fixes.append(f"Not sure? Contact {config.helpdesk} and quote the reference.")
    return fixes


class Explainer:
    """Builds and sends the explanation for one rejected message."""

    def __init__(
        self,
        config: BounceConfig,
        send: Sender,
        *,
        hostname: str,
        sender_tag: str | None = "[ENCRYPT]",
        templates: Templates | None = None,
    ) -> None:
        self.config = config
        self.send = send
        self.hostname = hostname
        self.sender_tag = sender_tag
        self.templates = templates or Templates(config.templates_dir)

    def reply(self, verdict: Verdict, reference: str) -> str:
        return reply_line(verdict, reference)

    def build(
        self,
        *,
        envelope: EnvelopeFacts,
        verdict: Verdict,
        scan: Scan | None,
        raw: bytes,
        reference: str,
        now: datetime | None = None,
        queue_id: str = "",
        received_at: float | None = None,
        accepted: bool = False,
    ) -> EmailMessage:
        """``queue_id``/``received_at``: the gateway's, for the helpdesk section;
        ``accepted``: the client heard 250 (``reject.mode: explain``), not a 550."""
        scan = scan or Scan()
        now = now or datetime.now(UTC)
        original = parse_headers(raw)
        context = self._context(envelope, verdict, scan, original, reference, now)
        head, _ = split_raw(raw)
        received = datetime.fromtimestamp(received_at, UTC) if received_at is not None else now
        context["helpdesk_section"] = {
            "reference": reference,
            "rule": verdict.rule,
            "guidance": ", ".join(verdict.guidance),
            "queue_id": queue_id,
            "sending_queue_id": sending_server_queue_id(head) or "",
            "gateway": self.hostname,
            "received": received.strftime("%Y-%m-%d %H:%M:%S UTC"),
            "written": now.strftime("%Y-%m-%d %H:%M:%S UTC"),
            "answer": (
                "250, accepted and not delivered (this explanation is the only message)"
                if accepted
                else "550, refused during the SMTP session"
            ),
        }

        msg = EmailMessage(policy=email_policy.SMTP)
        cfg = self.config
        msg["From"] = Address(display_name=cfg.from_name, addr_spec=cfg.from_address)
        msg["To"] = Address(addr_spec=envelope.mail_from)
        # Fixed wording and the reference: never the original subject, which may hold data.
        msg["Subject"] = f"Not sent: your email was stopped (ref {reference})"
        msg["Date"] = format_datetime(now)
        msg["Message-ID"] = make_msgid("mailgate", domain=cfg.from_address.rpartition("@")[2])
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Mailgate-Reference"] = reference
        original_id = safe_message_id(original.get("Message-ID"))
        if original_id and redact(original_id) == original_id:
            msg["In-Reply-To"] = original_id
            msg["References"] = original_id
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"

        human = EmailMessage(policy=email_policy.SMTP)
        human.set_content(self.templates.render("bounce.txt.j2", **context))
        human.add_alternative(self.templates.render("bounce.html.j2", **context), subtype="html")
        msg.attach(human)
        msg.attach(self._delivery_status(envelope, verdict, reference, now))

        headers = EmailMessage(policy=email_policy.SMTP)
        header_text = masked_header_block(head, reader=envelope.mail_from)
        # Quoted-printable when not ASCII: the next hop may not take 8-bit data.
        cte = None if header_text.isascii() else "quoted-printable"
        headers.set_content(header_text, subtype="rfc822-headers", cte=cte)
        msg.attach(headers)
        return msg

    def _context(
        self,
        envelope: EnvelopeFacts,
        verdict: Verdict,
        scan: Scan,
        original: Message,
        reference: str,
        now: datetime,
    ) -> dict[str, object]:
        findings, more = finding_lines(scan.findings)
        subject = scan.subject or str(original.get("Subject", "") or "")
        # Addresses as contact details are shown everywhere: the local part masked.
        recipients = [
            {"address": masked_address(r), "class": d.recipient_class.value if d else ""}
            for r in envelope.rcpt_tos
            for d in [verdict.per_recipient.get(r)]
        ]
        return {
            "organisation": self.config.organisation,
            "reference": reference,
            "time": now.strftime("%d %B %Y %H:%M UTC"),
            # A header value the sender wrote: its shape only, as the header block shows it.
            "subject": masked_value(subject)[:200],
            "recipients": recipients,
            "reasons": verdict.reasons or ["It contains claimant information."],
            "rule": verdict.rule,
            "guidance": self.templates.guidance(verdict.guidance),
            "findings": findings,
            "findings_more": more,
            "people": scan.data_subjects,
            "fixes": default_fixes(verdict, self.config, self.sender_tag),
            "helpdesk": self.config.helpdesk,
        }

    def _delivery_status(
        self, envelope: EnvelopeFacts, verdict: Verdict, reference: str, now: datetime
    ) -> Message:
        dsn = EmailMessage(policy=email_policy.SMTP)
        dsn["Content-Type"] = "message/delivery-status"
        per_message = Message(policy=email_policy.SMTP)
        per_message["Reporting-MTA"] = f"dns; {self.hostname}"
        per_message["X-Mailgate-Reference"] = reference
        per_message["Arrival-Date"] = format_datetime(now)
        blocks = [per_message]
        status = verdict.status if verdict.status.startswith("5.") else "5.7.1"
        diagnostic = reply_line(verdict, reference)
        for rcpt in envelope.rcpt_tos:
            block = Message(policy=email_policy.SMTP)
            shown = masked_address(rcpt)  # masked: RFC 6533's utf-8 address type
            block["Final-Recipient"] = f"utf-8; {shown}"
            block["Action"] = "failed"
            block["Status"] = status
            block["Diagnostic-Code"] = f"smtp; {diagnostic}"
            blocks.append(block)
        dsn.set_payload(blocks)
        return dsn

    async def explain(
        self,
        *,
        envelope: EnvelopeFacts,
        verdict: Verdict,
        scan: Scan | None,
        raw: bytes,
        reference: str,
        now: datetime | None = None,
    ) -> Decision:
        """Send the explanation if allowed. Never raises for a failed send: the
        rejection stands either way; the failure is logged and returned."""
        decision = may_explain(envelope, parse_headers(raw), self.config, verdict)
        if not decision.send:
            return decision
        msg = self.build(
            envelope=envelope, verdict=verdict, scan=scan, raw=raw, reference=reference, now=now
        )
        try:
            await self.send(msg.as_bytes(), "", [envelope.mail_from])
        except SubmitError as e:
            log.warning(
                "explanation_not_sent", reference=reference, code=e.code, error=logs.scrub(e.text)
            )
            return Decision(False, f"send failed: {e.code}")
        return decision

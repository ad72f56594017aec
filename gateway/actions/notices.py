"""Notices: "sent encrypted on your behalf" to the sender, and the security contact's
incident notice (DWP SS-014) when a message was rejected for prohibited data.

Neither carries personal data: categories, counts, rule and the reference to look
the message up in the audit trail. Recipients appear as domain and class only.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from detectors.model import Scan
from gateway import logs
from gateway.actions.bounce import Decision, sender_may_receive
from gateway.actions.headers import masked_address, parse_headers
from gateway.actions.settings import BounceConfig, NoticeConfig
from gateway.actions.submit import Sender, SubmitError
from gateway.actions.wording import Templates, label
from gateway.audit.redact import redact
from policies.verdict import Action, EnvelopeFacts, Verdict

log = logs.get()


class Notifier:
    def __init__(
        self,
        config: NoticeConfig,
        bounce: BounceConfig,
        send: Sender,
        templates: Templates | None = None,
    ) -> None:
        self.config = config
        self.bounce = bounce
        self.send = send
        self.templates = templates or Templates(bounce.templates_dir)

    def _message(self, to: str, subject: str, text: str, reference: str) -> EmailMessage:
        msg = EmailMessage(policy=email_policy.SMTP)
        msg["From"] = Address(
            display_name=self.bounce.from_name, addr_spec=self.bounce.from_address
        )
        msg["To"] = Address(addr_spec=to)
        msg["Subject"] = subject
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = make_msgid(
            "mailgate", domain=self.bounce.from_address.rpartition("@")[2]
        )
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Mailgate-Reference"] = reference
        msg.set_content(text)
        return msg

    # Incident notice -------------------------------------------------------------

    def wants_incident(self, verdict: Verdict, scan: Scan | None) -> bool:
        if not (self.config.incident_notice and self.bounce.security_contact and scan):
            return False
        if verdict.action != Action.REJECT:
            return False
        return bool({c.value for c in scan.categories()} & set(self.config.incident_categories))

    def build_incident(
        self,
        *,
        envelope: EnvelopeFacts,
        verdict: Verdict,
        scan: Scan,
        reference: str,
        now: datetime | None = None,
    ) -> EmailMessage:
        assert self.bounce.security_contact
        classes = Counter(
            (
                r.rpartition("@")[2].lower(),
                d.recipient_class.value if (d := verdict.per_recipient.get(r)) else "unknown",
            )
            for r in envelope.rcpt_tos
        )
        summary = [
            f"{domain} ({cls}{f' x{n}' if n > 1 else ''})" for (domain, cls), n in classes.items()
        ]
        text = self.templates.render(
            "notice-incident.txt.j2",
            reference=reference,
            time=(now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M:%S UTC"),
            sender=envelope.mail_from or "<>",
            recipient_summary=summary,
            rule=verdict.rule,
            guidance=self.templates.guidance(verdict.guidance),
            categories=[{"label": label(c), "count": n} for c, n in scan.category_counts().items()],
            people=scan.data_subjects,
            monitor=verdict.monitor,
        )
        what = "sent (monitor mode)" if verdict.monitor else "stopped"
        subject = f"Incident notice: claimant data {what} (ref {reference})"
        # Every value above is the gateway's own (reference, time, rule, counts, domains):
        # not masked, or the time would read "••/••/•••• 19:20:24".
        return self._message(self.bounce.security_contact, subject, text, reference)

    async def incident(
        self, *, envelope: EnvelopeFacts, verdict: Verdict, scan: Scan | None, reference: str
    ) -> Decision:
        if not self.wants_incident(verdict, scan):
            return Decision(False, "not an incident under the notice settings")
        assert scan is not None
        msg = self.build_incident(
            envelope=envelope, verdict=verdict, scan=scan, reference=reference
        )
        return await self._send(msg, "incident", reference)

    # Encrypted on your behalf ------------------------------------------------------

    def build_encrypted(
        self,
        *,
        envelope: EnvelopeFacts,
        verdict: Verdict,
        scan: Scan | None,
        reference: str,
        method: str,
        now: datetime | None = None,
    ) -> EmailMessage:
        subject = (scan.subject if scan else "") or ""
        text = self.templates.render(
            "notice-encrypted.txt.j2",
            organisation=self.bounce.organisation,
            reference=reference,
            time=(now or datetime.now(UTC)).strftime("%d %B %Y %H:%M UTC"),
            subject=redact(" ".join(subject.split()))[:200],
            recipients=[{"address": masked_address(r)} for r in envelope.rcpt_tos],
            reasons=verdict.reasons,
            rule=verdict.rule,
            guidance=self.templates.guidance(verdict.guidance),
            method=method,
            helpdesk=self.bounce.helpdesk,
        )
        return self._message(
            envelope.mail_from, f"Sent encrypted: your email (ref {reference})", text, reference
        )

    async def encrypted(
        self,
        *,
        envelope: EnvelopeFacts,
        verdict: Verdict,
        scan: Scan | None,
        raw: bytes,
        reference: str,
        method: str,
    ) -> Decision:
        if not self.config.encrypted_notice:
            return Decision(False, "encrypted notices disabled")
        if verdict.sender_requested_encryption:
            return Decision(False, "the sender asked for encryption")
        decision = sender_may_receive(envelope, parse_headers(raw), self.bounce)
        if not decision.send:
            return decision
        msg = self.build_encrypted(
            envelope=envelope, verdict=verdict, scan=scan, reference=reference, method=method
        )
        return await self._send(msg, "encrypted", reference)

    async def _send(self, msg: EmailMessage, kind: str, reference: str) -> Decision:
        to = str(msg["To"].addresses[0].addr_spec)
        try:
            await self.send(msg.as_bytes(), "", [to])
        except SubmitError as e:
            log.warning(
                "notice_not_sent",
                kind=kind,
                reference=reference,
                code=e.code,
                error=logs.scrub(e.text),
            )
            return Decision(False, f"send failed: {e.code}")
        return Decision(True, "sent")

"""The act step, plugged into gateway.pipeline: audit, relay, encrypt, reject.

``PipelineActions`` is the ``actions`` object of ``Pipeline``: it writes the
audit record before anything leaves (a failure there is the pipeline's 451),
carries out the verdict, and records the reply the client got. Explanations and
notices are committed to the outbox (gateway.outbox) before the client is answered
and delivered from there by its background task, with retries, across restarts;
``drain()`` sends what is due now (shutdown, tests).
"""

from __future__ import annotations

import dataclasses
from email.message import EmailMessage
from typing import Any

from detectors.model import Scan
from gateway import logs, upstream_failures
from gateway.actions.bounce import (
    Explainer,
    accepted_line,
    may_explain,
    reply_line,
    sender_may_receive,
)
from gateway.actions.encrypt_route import RouteEncryptor
from gateway.actions.headers import parse_headers
from gateway.actions.notices import Notifier
from gateway.actions.settings import BounceConfig, EncryptionConfig, NoticeConfig, RejectConfig
from gateway.actions.smime import CertStore, SmimeEncryptor
from gateway.actions.submit import Sender, SubmitError, SubmitReply
from gateway.actions.wording import Templates, ascii_line
from gateway.audit import AuditStore, build_record, new_reference
from gateway.metrics import Metrics
from gateway.outbox import Outbox, OutboxError
from gateway.outbox.sqlite import SqliteOutboxStore
from gateway.relay import Reply
from policies.verdict import Action, Verdict

log = logs.get()


def _reply(r: SubmitReply | Reply) -> Reply:
    return r if isinstance(r, Reply) else Reply(r.code, r.text)


def _failure(e: SubmitError, what: str) -> Reply:
    # Temporary trouble: the client keeps the message and retries (451).
    # A permanent refusal passes through so the sender gets a non-delivery report.
    text = ascii_line(f"{what}: {e.text}", 400)
    return Reply(e.code, text) if e.permanent else Reply(451, f"4.4.1 {text}, try again later")


class PipelineActions:
    def __init__(
        self,
        *,
        store: AuditStore,
        hostname: str,
        send: Sender,
        encryption: EncryptionConfig | None = None,
        bounce: BounceConfig | None = None,
        notices: NoticeConfig | None = None,
        metrics: Metrics | None = None,
        sender_tag: str | None = "[ENCRYPT]",
        outbox: Outbox | None = None,
        reject: RejectConfig | None = None,
    ) -> None:
        """``sender_tag``: the policy's subject tag for sender-requested encryption,
        offered as a fix in explanations; None where no encryption is configured.
        ``outbox``: where the gateway's own mail waits (build_actions gives the one on
        disk); None keeps it in an in-memory SQLite database (embedding, tests).
        ``reject``: how a refusal is answered (smtp: 550; explain: 250 once the
        explanation is committed, nothing delivered)."""
        self.store = store
        self.hostname = hostname
        self.send = send
        self.encryption = encryption
        self.bounce = bounce or BounceConfig()
        self.metrics = metrics or Metrics()
        self.reject_config = reject or RejectConfig()
        templates = Templates(self.bounce.templates_dir)
        self.explainer = Explainer(
            self.bounce, send, hostname=hostname, sender_tag=sender_tag, templates=templates
        )
        self.notifier = Notifier(notices or NoticeConfig(), self.bounce, send, templates)
        self.route = (
            RouteEncryptor(encryption.route, hostname) if encryption and encryption.route else None
        )
        self.certs = (
            CertStore(encryption.smime.cert_dir, encryption.smime.reload_interval)
            if encryption and encryption.smime
            else None
        )
        # "is not None": a CertStore with no usable certificate yet has len() 0, and is
        # still the store (certificates may arrive; recipients without one are refused).
        self.smime = SmimeEncryptor(self.certs) if self.certs is not None else None
        self.outbox = outbox or Outbox(SqliteOutboxStore(":memory:"), send, metrics=self.metrics)

    async def drain(self, timeout: float = 30.0) -> None:
        """Send the explanations and notices due now."""
        await self.outbox.drain(timeout)

    async def open(self) -> None:
        """Open the audit store (migrations applied) and the outbox, whose task starts
        sending what an earlier process left. Raises AuditStoreError or OutboxError:
        do not serve."""
        await self.store.open()
        await self.outbox.open()

    async def close(self, timeout: float = 30.0) -> None:
        """On shutdown: send what is due, then close the outbox and the audit store
        (what is left waits on disk for the next start)."""
        await self.drain(timeout)
        await self.outbox.close()
        await self.store.close()

    async def _queue(self, kind: str, reference: str, msg: EmailMessage) -> None:
        to = str(msg["To"].addresses[0].addr_spec)
        await self.outbox.enqueue(kind, reference, msg.as_bytes(), "", [to])

    def reload_certificates(self) -> int | None:
        """SIGHUP: re-read the S/MIME certificate directory now."""
        return self.certs.reload() if self.certs is not None else None

    # -- the pipeline seam ----------------------------------------------------------

    async def audit(self, message: Any, scan: Scan, verdict: Verdict) -> None:
        reference = new_reference()
        record = build_record(
            envelope=message.facts,
            verdict=verdict,
            scan=scan,
            raw=message.raw,
            queue_id=message.queue_id,
            reference=reference,
        )
        try:
            await self.store.write(record)
        except Exception:
            self.metrics.audit_errors.inc()
            raise
        message.notes.reference, message.notes.scan = reference, scan
        self.metrics.message(verdict.action.value, verdict.rule, verdict.monitor)

    async def relay(self, message: Any, verdict: Verdict) -> Reply:
        with self.metrics.timed(self.metrics.relay_seconds, method="relay"):
            reply = _reply(await message.transaction.deliver(message.relayed_bytes()))
        if not reply.ok:
            self._upstream_failed("relay", "DATA", reply, message)
        return reply

    async def reject(self, message: Any, verdict: Verdict) -> Reply:
        reference = message.notes.reference or new_reference()
        scan = message.notes.scan
        explained = may_explain(message.facts, parse_headers(message.raw), self.bounce, verdict)
        # explain: 250 once the explanation is committed; it is then the sender's one message.
        accept = explained.send and self.reject_config.mode == "explain"
        try:
            if explained.send:
                explanation = self.explainer.build(
                    envelope=message.facts,
                    verdict=verdict,
                    scan=scan,
                    raw=message.raw,
                    reference=reference,
                    queue_id=message.queue_id,
                    received_at=message.received_at,
                    accepted=accept,
                )
                await self._queue("explanation", reference, explanation)
            else:
                self.metrics.explanations.labels("skipped").inc()
            if self.notifier.wants_incident(verdict, scan):
                await self._incident(message, verdict, scan, reference)
        except OutboxError as e:
            # The rejection's explanation must not be lost: the client tries again later.
            log.error("explanation_not_queued", queue_id=message.queue_id, exc_info=e)
            return Reply(451, "4.3.0 the explanation could not be queued, try again later")
        if accept:
            # Committed above, delivered nothing: the explanation is the sender's one message.
            line = accepted_line(verdict, reference)
        else:
            line = reply_line(verdict, reference, explained=explained.send)
        code, _, text = line.partition(" ")
        return Reply(int(code), text, own=accept)

    async def encrypt(self, message: Any, verdict: Verdict) -> Reply:
        reference = message.notes.reference or new_reference()
        cfg = self.encryption
        if cfg is None:
            return await self._cannot_encrypt(message, verdict, "no encryption is configured")

        route_rcpts: list[str] = []
        smime_rcpts: list[str] = []
        for rcpt in message.rcpt_tos:
            method = cfg.method_for(rcpt)
            if method is None:
                domain = rcpt.rpartition("@")[2]
                return await self._cannot_encrypt(
                    message, verdict, f"no encryption method for {domain}"
                )
            (route_rcpts if method == "route" else smime_rcpts).append(rcpt)

        certs = []
        if smime_rcpts:
            assert self.smime is not None and cfg.smime is not None
            plan = self.smime.plan(smime_rcpts)
            if plan.missing:
                if cfg.smime.fallback == "route":
                    route_rcpts += plan.missing
                    smime_rcpts = [r for r in smime_rcpts if r not in plan.missing]
                else:
                    domain = plan.missing[0].rpartition("@")[2]
                    why = f"a recipient at {domain} has no S/MIME certificate"
                    return await self._cannot_encrypt(message, verdict, why)
            certs = [plan.certs[r] for r in smime_rcpts]

        if route_rcpts and self.route is None:
            return await self._cannot_encrypt(message, verdict, "no encryption route is configured")

        methods = [m for m, rs in (("smime", smime_rcpts), ("route", route_rcpts)) if rs]
        method = "+".join(methods)
        message.notes.method = method

        if not route_rcpts:
            # Every recipient by S/MIME: the enveloped message goes through the open transaction.
            assert self.smime is not None
            enveloped = self.smime.encrypt(message.raw, certs)
            with self.metrics.timed(self.metrics.relay_seconds, method="smime"):
                reply = _reply(await message.transaction.deliver(message.trace + enveloped))
            if not reply.ok:
                self._upstream_failed("smime", "DATA", reply, message)
        else:
            await message.transaction.abort()
            reply = await self._split_send(message, certs, smime_rcpts, route_rcpts)

        if reply.ok:
            how = methods[0] if len(methods) == 1 else "route"
            try:
                await self._encrypted_notice(message, verdict, reference, how)
            except OutboxError as e:  # the message has gone: a retry would send it twice
                log.error("encrypted_notice_not_queued", queue_id=message.queue_id, exc_info=e)
        return reply

    async def _split_send(
        self, message: Any, certs: list[Any], smime_rcpts: list[str], route_rcpts: list[str]
    ) -> Reply:
        """Recipients by S/MIME through the next hop, the rest by the encryption route.

        The client hears 250 only when both were handed on. The route goes first: it is
        the likelier to fail, and failing before anything left makes the retry clean.
        """
        assert self.route is not None
        try:
            with self.metrics.timed(self.metrics.relay_seconds, method="route"):
                raw = message.relayed_bytes()
                reply = _reply(await self.route.send(raw, message.mail_from, route_rcpts))
        except SubmitError as e:
            upstream_failures.report(
                self.metrics, "route", "submit", e.code, e.text, e.kind, queue_id=message.queue_id
            )
            return _failure(e, "encryption service refused or unreachable")
        if not smime_rcpts:
            return reply
        assert self.smime is not None
        enveloped = message.trace + self.smime.encrypt(message.raw, certs)
        try:
            with self.metrics.timed(self.metrics.relay_seconds, method="smime"):
                sent = await self.send(enveloped, message.mail_from, smime_rcpts)
        except SubmitError as e:
            upstream_failures.report(
                self.metrics, "smime", "submit", e.code, e.text, e.kind, queue_id=message.queue_id
            )
            # The route part already left: a retry by the client sends it twice. Log it.
            log.warning(
                "smime_part_failed_after_route",
                queue_id=message.queue_id,
                code=e.code,
                error=logs.scrub(e.text),
            )
            return _failure(e, "S/MIME delivery failed")
        return _reply(sent)

    def _upstream_failed(self, upstream: str, stage: str, reply: Reply, message: Any) -> None:
        upstream_failures.report(
            self.metrics,
            upstream,
            stage,
            reply.code,
            reply.text,
            reply.kind,
            queue_id=message.queue_id,
        )

    async def _cannot_encrypt(self, message: Any, verdict: Verdict, why: str) -> Reply:
        """Never send in clear what must be encrypted: reject, and explain as for a reject."""
        await message.transaction.abort()
        refused = dataclasses.replace(
            verdict,
            action=Action.REJECT,
            reasons=[f"It must be sent encrypted, and {why}.", *verdict.reasons],
        )
        return await self.reject(message, refused)

    async def audit_outcome(self, message: Any, verdict: Verdict, reply: Any) -> None:
        notes = message.notes
        self.metrics.reply(reply.code)
        if not notes.reference:
            return  # never audited: nothing to complete
        await self.store.set_outcome(notes.reference, reply.line(), notes.method)
        # Monitor mode relayed what the policy would have stopped: still an incident.
        if verdict.monitor and self.notifier.wants_incident(verdict, notes.scan):
            await self._incident(message, verdict, notes.scan, notes.reference)

    # -- the gateway's own mail, into the outbox ----------------------------------

    async def _encrypted_notice(
        self, message: Any, verdict: Verdict, ref: str, method: str
    ) -> None:
        if not self.notifier.config.encrypted_notice or verdict.sender_requested_encryption:
            return
        if not sender_may_receive(message.facts, parse_headers(message.raw), self.bounce).send:
            return
        msg = self.notifier.build_encrypted(
            envelope=message.facts,
            verdict=verdict,
            scan=message.notes.scan,
            reference=ref,
            method=method,
        )
        await self._queue("encrypted", ref, msg)

    async def _incident(self, message: Any, verdict: Verdict, scan: Scan | None, ref: str) -> None:
        if not self.notifier.wants_incident(verdict, scan):
            return
        assert scan is not None
        msg = self.notifier.build_incident(
            envelope=message.facts, verdict=verdict, scan=scan, reference=ref
        )
        await self._queue("incident", ref, msg)

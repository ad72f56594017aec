"""The content hook: every message goes scan → decide → act before the client hears 250.

The seam, for the parts that plug in here
-----------------------------------------
``Pipeline(scanner, policy=NoPolicy(), actions=DefaultActions())``; the server
calls ``await pipeline.process(message)`` once per message, after DATA, with the
next-hop transaction still open, and sends the returned ``Reply`` to the client.

1. **scan** — ``scanner.scan(raw, mail_from, rcpt_tos)`` runs
   ``detectors.analyse.analyse`` in a worker process (gateway.workers) and
   returns a ``detectors.model.Scan``. Crash, timeout or analyser error →
   ``451 4.3.0``; nothing is relayed unscanned.
2. **decide** — ``policy.decide(facts: EnvelopeFacts, scan: Scan) -> Verdict``
   (``policies.verdict``), plain or ``async``. An exception → ``451 4.3.0``.
   ``verdict.monitor`` means: record the verdict's action, relay anyway.
3. **audit** — ``await actions.audit(message, scan, verdict)`` before anything
   leaves. If it raises, the transaction is aborted and the client gets
   ``451 4.3.0`` (no record, no send).
4. **act** — exactly one of ``await actions.relay / encrypt / reject(message,
   verdict) -> Reply``:

   * ``relay`` completes the transaction opened at MAIL/RCPT:
     ``message.transaction.deliver(message.relayed_bytes())``.
   * ``encrypt`` gets the message with the transaction *still open*: it may
     deliver different bytes (an S/MIME envelope) through it, or
     ``await message.transaction.abort()`` (RSET) and route the message
     elsewhere. It returns the reply the client should get.
   * ``reject`` gets the transaction already aborted; it returns the 5xx reply
     (default ``550 5.7.1 <first reason>``) and may queue an explanation to the
     sender.

   Whatever the action does, a transaction left open afterwards is aborted, so
   a message is never half-sent. An action that raises → ``451 4.3.0``.
5. **outcome** — ``await actions.audit_outcome(message, verdict, reply)`` with
   the reply the client is about to get (best effort: the message has already
   gone, a failure is logged, not turned into a retry that would duplicate it).

The client's reply is 250 only when the action's reply is 2xx, i.e. the
upstream said 250 to the final dot (or the Maildir file was fsync'd).
"""

from __future__ import annotations

import inspect
import time
from dataclasses import dataclass, field
from typing import Protocol

from detectors.model import Scan
from gateway import logs
from gateway.relay import Reply
from gateway.workers import ScanFailed
from policies.verdict import Action, EnvelopeFacts, Verdict


class Transaction(Protocol):
    """An open next-hop transaction (relay.UpstreamTransaction, maildir.MaildirTransaction)."""

    open: bool

    async def deliver(self, raw: bytes) -> Reply: ...

    async def abort(self) -> None: ...


class Scanner(Protocol):
    async def scan(self, raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan: ...


class Policy(Protocol):
    def decide(self, facts: EnvelopeFacts, scan: Scan) -> Verdict: ...


@dataclass
class Notes:
    """What one message carries from audit to act (Haraka's ``transaction.notes``):
    its audit reference and scan, and how it was encrypted. It lives and dies with
    the message, so nothing is left behind when an action fails."""

    reference: str = ""
    scan: Scan | None = None
    method: str | None = None


@dataclass
class Message:
    """One accepted DATA transfer, as the actions see it."""

    queue_id: str
    mail_from: str
    rcpt_tos: list[str]
    mail_options: list[str]
    raw: bytes  # exactly the client's bytes (dot-unstuffed, CRLF line ends)
    trace: bytes  # trace header(s) the gateway prepends (Received:)
    facts: EnvelopeFacts
    transaction: Transaction
    received_at: float = field(default_factory=time.time)
    notes: Notes = field(default_factory=Notes)

    def relayed_bytes(self) -> bytes:
        return self.trace + self.raw


class Actions(Protocol):
    """What the pipeline does with a decided message (``DefaultActions``, or
    ``gateway.actions.PipelineActions`` with the audit store, encryption and outbox)."""

    async def audit(self, message: Message, scan: Scan, verdict: Verdict) -> None: ...

    async def relay(self, message: Message, verdict: Verdict) -> Reply: ...

    async def encrypt(self, message: Message, verdict: Verdict) -> Reply: ...

    async def reject(self, message: Message, verdict: Verdict) -> Reply: ...

    async def audit_outcome(self, message: Message, verdict: Verdict, reply: Reply) -> None: ...


class NoPolicy:
    """Until a policy is configured: everything relays."""

    def decide(self, facts: EnvelopeFacts, scan: Scan) -> Verdict:
        return Verdict(action=Action.RELAY, rule="no-policy")


class DefaultActions:
    """Relay through the open transaction; reject with the verdict's first reason."""

    def __init__(self) -> None:
        self.log = logs.get()

    async def audit(self, message: Message, scan: Scan, verdict: Verdict) -> None:
        # The audit store plugs in here; until then the verdict goes to the log.
        self.log.info(
            "verdict",
            queue_id=message.queue_id,
            action=verdict.action.value,
            rule=verdict.rule,
            monitor=verdict.monitor,
            categories=scan.category_counts(),
            data_subjects=scan.data_subjects,
        )

    async def relay(self, message: Message, verdict: Verdict) -> Reply:
        return await message.transaction.deliver(message.relayed_bytes())

    async def encrypt(self, message: Message, verdict: Verdict) -> Reply:
        # No encryption route here: never send in clear what must be encrypted.
        await message.transaction.abort()
        return Reply(
            550,
            f"{verdict.status} message must be sent encrypted and this "
            "gateway has no encryption route configured",
        )

    async def reject(self, message: Message, verdict: Verdict) -> Reply:
        reason = verdict.reasons[0] if verdict.reasons else f"refused by rule {verdict.rule}"
        return Reply(550, f"{verdict.status} {reason}")

    async def audit_outcome(self, message: Message, verdict: Verdict, reply: Reply) -> None:
        return None


_TEMPFAIL = "4.3.0"


class Pipeline:
    def __init__(
        self,
        scanner: Scanner,
        policy: Policy | None = None,
        actions: Actions | None = None,
    ) -> None:
        self.scanner = scanner
        self.policy = policy or NoPolicy()
        self.actions: Actions = actions or DefaultActions()
        self.log = logs.get()

    async def process(self, message: Message) -> Reply:
        txn = message.transaction
        try:
            return await self._process(message)
        finally:
            if txn.open:
                await txn.abort()

    async def _process(self, message: Message) -> Reply:
        txn = message.transaction
        try:
            scan = await self.scanner.scan(message.raw, message.mail_from, message.rcpt_tos)
        except ScanFailed as exc:
            return Reply(451, f"{_TEMPFAIL} content scan failed ({exc.reason}), try again later")

        try:
            verdict = self.policy.decide(message.facts, scan)
            if inspect.isawaitable(verdict):
                verdict = await verdict
        except Exception as exc:
            self.log.error(
                "policy_error", queue_id=message.queue_id, error=type(exc).__name__, exc_info=exc
            )
            return Reply(451, f"{_TEMPFAIL} policy evaluation failed, try again later")

        try:
            await self.actions.audit(message, scan, verdict)
        except Exception as exc:
            self.log.error(
                "audit_error", queue_id=message.queue_id, error=type(exc).__name__, exc_info=exc
            )
            return Reply(451, f"{_TEMPFAIL} audit record could not be written, try again later")

        action = Action.RELAY if verdict.monitor else verdict.action
        try:
            if action is Action.RELAY:
                reply = await self.actions.relay(message, verdict)
            elif action is Action.ENCRYPT:
                reply = await self.actions.encrypt(message, verdict)
            else:
                await txn.abort()
                reply = await self.actions.reject(message, verdict)
        except Exception as exc:
            self.log.error(
                "action_error",
                queue_id=message.queue_id,
                action=action.value,
                error=type(exc).__name__,
                exc_info=exc,
            )
            reply = Reply(451, f"{_TEMPFAIL} {action.value} failed, try again later")

        try:
            await self.actions.audit_outcome(message, verdict, reply)
        except Exception as exc:
            self.log.error(
                "audit_outcome_error",
                queue_id=message.queue_id,
                error=type(exc).__name__,
                exc_info=exc,
            )
        return reply

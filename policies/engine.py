"""The policy engine: one Verdict per message, explained for the sender.

``decide`` is a pure function of the envelope, the scan, the policy, the
registers' rows and the time. For each recipient it runs the steps listed at
the top of ``dwp-provider.yaml``; the most restrictive recipient governs the
message. ``PolicyDecider`` keeps a loaded policy for the gateway and reloads
it on SIGHUP, keeping the old one when the new file is broken; it decides on an
in-memory view of the registers that a background thread refreshes (at most
once a second, only when SQLite's ``data_version`` says the file changed), so
``PolicyDecider.decide`` on the event loop does no I/O.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import structlog

from detectors.model import Scan
from policies.classify import Directory, Recipient, classify
from policies.conditions import Context, check, designated, facts_of, holds, process_kinds
from policies.loader import PolicyError, load
from policies.model import Policy, Prohibition, Rule, Suspension
from policies.registers import Permission, Registers, RegisterView, scope_matches
from policies.settings import read_paths
from policies.verdict import (
    SEVERITY,
    Action,
    EnvelopeFacts,
    RecipientClass,
    RecipientDecision,
    Verdict,
)
from policies.wording import CLASS_LABELS, KIND_LABELS, kinds_text, plural

# Where a written DWP permission comes from.
_PERMISSION_GUIDANCE = ["¶18", "¶32", "¶33"]

# The engine's own ways out, offered only where the governing rule lets them work.
PERMISSION_FIX = (
    "Or ask DWP for written permission (¶18, ¶32, ¶33) and have your information "
    "security team record it."
)


# ---- one recipient -----------------------------------------------------------------


def _cite(rule: Rule) -> str:
    return f"{rule.id} ({', '.join(rule.guidance)})"


@dataclass(slots=True)
class _Outcome:
    action: Action
    rule: str
    guidance: list[str]
    reasons: list[str] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)
    # True when the message relays only because an exemption or permission allows it.
    exempt: bool = False
    # Whether a written DWP permission, or sending it encrypted, could let it go.
    permission_can_override: bool = True
    encryption_can_fix: bool = True


def _opaque_outcome(scan: Scan, policy: Policy) -> _Outcome | None:
    handling = policy.opaque
    worst: _Outcome | None = None
    for part in scan.opaque:
        reason = part.reason
        if reason == "password-protected":
            action, what = handling.password_protected, "is password-protected"
        elif reason.startswith("encrypted"):
            action, what = handling.encrypted_part, "is encrypted"
        elif reason == "corrupt":
            action, what = handling.corrupt, "is damaged and could not be read"
        elif reason.startswith("limit"):
            limit = reason.partition(":")[2] or "size"
            action, what = handling.limit, f"is too large or deep to inspect ({limit} limit)"
        elif reason == "no-text":
            action, what = handling.no_text, "has no readable text (for example a scan)"
        elif reason == "inline-image":
            action, what = handling.inline_image, "is an image that cannot be read"
        else:
            kind = reason.partition(":")[2] or reason
            action, what = handling.unsupported, f"is of a type that cannot be read ({kind})"
        if action is Action.RELAY:
            continue
        if action is Action.ENCRYPT:
            text = (
                f"The {part.location} {what}, so its content could not be checked; "
                "it will be sent encrypted."
            )
            fix = (
                "Send the attachment unprotected (or as a readable file) if it may go unencrypted."
            )
        else:
            text = (
                f"The {part.location} {what}. The gateway never sends what it could not "
                "check (rule unreadable-content)."
            )
            fix = "Re-save or re-export the attachment as a readable file and send it again."
        rule = (
            "password-protected-content"
            if reason == "password-protected"
            else ("unreadable-content")
        )
        # Unread content is decided whatever a permission covers; encrypting helps only
        # where the policy would have encrypted it.
        outcome = _Outcome(
            action,
            rule,
            ["¶13"],
            [text],
            [fix],
            permission_can_override=False,
            encryption_can_fix=action is Action.ENCRYPT,
        )
        if worst is None or SEVERITY[action] > SEVERITY[worst.action]:
            worst = outcome
        elif SEVERITY[action] == SEVERITY[worst.action]:
            worst.reasons.append(text)
    return worst


def _near_miss(policy: Policy, ctx: Context) -> str | None:
    """The exemption that nearly applied and why not, for the sender."""
    best: tuple[int, str] | None = None
    for ex in policy.exemptions:
        cond = ex.when
        if cond.recipients is not None and ctx.recipient.cls not in cond.recipients:
            continue
        only = cond.documents_only
        if only is not None and any(k not in only for k in ctx.facts.kinds):
            continue  # about other documents: not worth mentioning
        if only and not ctx.facts.kinds:
            continue
        fails = check(cond, ctx)
        if fails and (best is None or len(fails) < best[0]):
            text = f"Exemption {_cite(ex)} does not apply: {'; '.join(fails)}."
            if ex.advice:
                text += f" {ex.advice}"
            best = (len(fails), text)
    return best[1] if best else None


def _prohibited(rules: list[Prohibition], ctx: Context, policy: Policy) -> _Outcome:
    tag = policy.encryption.subject_tag
    reasons, fixes, worst, first = [], [], Action.ENCRYPT, rules[0]
    for rule in rules:
        cats = set()
        if rule.when.categories_any:
            cats = ctx.facts.categories & set(rule.when.categories_any)
        found = ctx.facts.describe(cats) if cats else ""
        if rule.id == policy.fallback.id:
            found = ", ".join(x for x in (kinds_text(ctx.facts.kinds), ctx.facts.describe()) if x)
        if rule.when.documents_any:
            kinds = Counter(
                {k: n for k, n in ctx.facts.kinds.items() if k in rule.when.documents_any}
            )
            found = ", ".join(x for x in (found, kinds_text(kinds)) if x)
        if not found:
            found = (
                kinds_text(ctx.facts.kinds)
                or f"details about {plural(ctx.facts.people, 'person', 'people')}"
            )
        reasons.append(f"Found {found}. Rule {_cite(rule)}: {rule.why}")
        if rule.remove:
            fixes.append(f"Remove {rule.remove} to send it unencrypted.")
        if SEVERITY[rule.action] > SEVERITY[worst]:
            worst, first = rule.action, rule
    fixes.append(f"Or add {tag} to the subject line to send it encrypted.")
    fixes.append(PERMISSION_FIX)
    return _Outcome(worst, first.id, list(first.guidance), reasons, fixes)


def _permits(ctx: Context) -> list[Permission]:
    if ctx._permits is None:
        address = ctx.recipient.address
        ctx._permits = [p for p in ctx.sender_permits if scope_matches(p.recipient_scope, address)]
    return ctx._permits


def _signature(ctx: Context) -> tuple[object, ...]:
    """What a recipient's outcome depends on, beyond the message itself.

    Recipients with equal signatures get equal outcomes, so a message to twenty
    employers is decided once. The address is part of it wherever the reasons
    name it (claimants' consent, processes with designated inboxes).
    """
    r = ctx.recipient
    personal = r.cls is RecipientClass.CLAIMANT or any(
        ctx.policy.processes[k].inboxes for k in process_kinds(ctx)
    )
    return (
        r.cls,
        r.partner.name if r.partner else None,
        r.address if personal else None,
        ctx.consent(),
        tuple(p.reference for p in _permits(ctx)),
    )


def _copy(outcome: _Outcome) -> _Outcome:
    return replace(outcome, guidance=list(outcome.guidance), reasons=list(outcome.reasons),
                   fixes=list(outcome.fixes))  # fmt: skip


def _decide_recipient(ctx: Context, opaque: _Outcome | None) -> _Outcome:
    policy, facts = ctx.policy, ctx.facts
    if not facts.has_data:
        outcome = _Outcome(Action.RELAY, "no-claimant-data", [], ["No claimant data was found."])
        return _stricter(outcome, opaque)

    permits = _permits(ctx)
    kinds = set(facts.kinds)
    covering = next(
        (p for p in permits if not p.uncovered(facts.categories, kinds, facts.people)), None
    )

    for rule in policy.restrictions:
        if not holds(rule.when, ctx):
            continue
        if covering is not None and rule.permission_can_override:
            break
        what = kinds_text(facts.kinds) or facts.describe()
        reason = f"Found {what}. Rule {_cite(rule)}: {rule.why}"
        if rule.when.designated_inbox is False:
            _fails, outside = designated(ctx)
            for kind in outside:
                inboxes = ", ".join(policy.processes[kind].inboxes)
                reason += (
                    f" {ctx.recipient.address} is not the designated inbox for "
                    f"{KIND_LABELS[kind]} ({inboxes})."
                )
        return _Outcome(
            Action.REJECT,
            rule.id,
            list(rule.guidance),
            [reason],
            [rule.advice] if rule.advice else [],
            # A restriction refuses encrypted mail too; a permission lifts it only where
            # the rule says so (consent is the claimant's to give, not DWP's).
            permission_can_override=rule.permission_can_override,
            encryption_can_fix=False,
        )

    if covering is not None:
        text = (
            f"Relayed under DWP written permission {covering.reference}, valid until "
            f"{covering.valid_until.isoformat()}, which covers what this message carries."
        )
        outcome = _Outcome(
            Action.RELAY,
            f"permission:{covering.reference}",
            list(_PERMISSION_GUIDANCE),
            [text],
            exempt=True,
        )
        return _stricter(outcome, opaque)

    for ex in policy.exemptions:
        if holds(ex.when, ctx):
            text = f"Relayed unencrypted under exemption {_cite(ex)}: {ex.why}"
            outcome = _Outcome(Action.RELAY, ex.id, list(ex.guidance), [text], exempt=True)
            return _stricter(outcome, opaque)

    matched = [p for p in policy.prohibitions if holds(p.when, ctx)]
    outcome = _prohibited(matched or [policy.fallback], ctx, policy)
    near = _near_miss(policy, ctx)
    if near:
        outcome.reasons.append(near)
    for p in permits:
        gaps = p.uncovered(facts.categories, kinds, facts.people)
        outcome.reasons.append(
            f"DWP permission {p.reference} does not cover this message: it also carries "
            + "; ".join(gaps)
            + "."
        )
    return _stricter(outcome, opaque)


def _stricter(outcome: _Outcome, other: _Outcome | None) -> _Outcome:
    if other is None or SEVERITY[other.action] <= SEVERITY[outcome.action]:
        if other is not None and other.action is outcome.action and other.action != Action.RELAY:
            outcome.reasons.extend(other.reasons)
            # Both stand: a way out must lift both.
            outcome.permission_can_override &= other.permission_can_override
            outcome.encryption_can_fix &= other.encryption_can_fix
        return outcome
    merged = _Outcome(
        other.action,
        other.rule,
        list(other.guidance),
        list(other.reasons),
        list(other.fixes),
        permission_can_override=other.permission_can_override,
        encryption_can_fix=other.encryption_can_fix,
    )
    if outcome.action is not Action.RELAY:
        merged.reasons.extend(outcome.reasons)
    return merged


# ---- after the content decision ----------------------------------------------------


def _apply_switches(outcome: _Outcome, ctx: Context, tag_present: bool) -> _Outcome:
    policy = ctx.policy
    susp = policy.suspension
    if outcome.exempt and ctx.facts.has_data and susp.in_force(ctx.now):
        until = f" until {susp.until.isoformat()}" if susp.until else ""
        text = (
            f"Unencrypted email is suspended{until} (rule unencrypted-email-suspended, "
            f"C15 ¶58–63): {susp.reason}. Claimant data that would have gone unencrypted "
            f"under {outcome.rule}"
        )
        if susp.action is Action.ENCRYPT:
            text += " will be sent encrypted."
            fixes: list[str] = []
        else:
            text += " cannot be emailed now."
            fixes = ["Use the clerical process until unencrypted email is re-introduced (C15 ¶59)."]
        outcome = _Outcome(
            susp.action,
            "unencrypted-email-suspended",
            ["C15 ¶58–63"],
            [text, *outcome.reasons],
            fixes,
            # A permission's relay is suspended too; encrypting helps where the switch encrypts.
            permission_can_override=False,
            encryption_can_fix=susp.action is Action.ENCRYPT,
        )
    if tag_present and outcome.action is Action.RELAY:
        outcome = _Outcome(
            Action.ENCRYPT,
            "sender-requested-encryption",
            ["¶28"],
            [f"The subject carries {policy.encryption.subject_tag}, so it will be sent encrypted."],
        )
    if outcome.action is Action.ENCRYPT and not policy.encryption.route:
        reasons = [
            *outcome.reasons,
            "No encryption route is configured on this gateway, so it was rejected instead "
            "of being sent encrypted.",
        ]
        fixes = [f for f in outcome.fixes if "to send it encrypted" not in f]
        fixes.append("Send it by a secure route (secure post or a secure file transfer) (¶28).")
        if outcome.rule == "unencrypted-email-suspended":
            fixes.append(
                "Use the clerical process until unencrypted email is re-introduced (C15 ¶59)."
            )
        outcome = _Outcome(
            Action.REJECT,
            outcome.rule,
            outcome.guidance,
            reasons,
            fixes,
            permission_can_override=outcome.permission_can_override,
            encryption_can_fix=False,  # nothing here encrypts
        )
    return outcome


def _warnings(
    envelope: EnvelopeFacts, recipients: list[Recipient], policy: Policy, subject: str
) -> tuple[list[str], list[str]]:
    """(¶15 problems, ¶37 problems) as sentences."""
    p15: list[str] = []
    p37: list[str] = []
    classes = {r.cls for r in recipients}
    cfg = policy.warnings.shared_mailbox
    if RecipientClass.CLAIMANT in classes:
        sender = envelope.mail_from.strip().lower()
        if cfg.shared_mailboxes and sender not in cfg.shared_mailboxes:
            p15.append(
                "Mail to claimants should come from a shared mailbox, "
                f"not {sender or 'this sender'} (¶15)."
            )
        pattern = re.compile(cfg.individual_dwp_pattern)
        shared = set(policy.recipients.dwp.shared_addresses)
        for r in recipients:
            local = r.address.partition("@")[0]
            if r.cls is RecipientClass.DWP and r.address not in shared and pattern.match(local):
                p15.append(
                    f"{r.address} looks like an individual DWP address: mail to claimants must "
                    "only copy in authorised DWP shared addresses (¶15)."
                )
    if RecipientClass.DWP in classes and not subject.strip():
        p37.append("Mail to DWP needs a clear subject line saying what it is about (¶37).")
    return p15, p37


# ---- the message -------------------------------------------------------------------


_directories: dict[int, tuple[Policy, Directory]] = {}


def _directory(policy: Policy) -> Directory:
    hit = _directories.get(id(policy))
    if hit is not None and hit[0] is policy:
        return hit[1]
    if len(_directories) > 16:
        _directories.clear()
    directory = Directory(policy)
    _directories[id(policy)] = (policy, directory)
    return directory


def decide(
    envelope: EnvelopeFacts,
    scan: Scan,
    policy: Policy,
    registers: Registers | RegisterView | None,
    now: datetime,
) -> Verdict:
    """The one outcome for this message, with the rule, the ¶ and the reasons.

    ``registers``: a RegisterView (no SQL at all), or Registers (its current snapshot).
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    directory = _directory(policy)
    facts = facts_of(scan, policy, directory)
    view = registers.snapshot() if isinstance(registers, Registers) else registers
    recipients = [
        classify(a, directory, view, facts.identified, now, facts.someone_else)
        for a in envelope.rcpt_tos
    ]
    tag = policy.encryption.subject_tag
    tag_present = bool(tag) and tag.lower() in facts.subject.lower()

    if scan.encrypted:
        verdict = _already_encrypted(scan.encrypted, recipients)
    else:
        opaque = _opaque_outcome(scan, policy)
        sender_permits = (
            view.sender_permissions(envelope.mail_from, now) if view is not None else []
        )
        outcomes: list[tuple[Recipient, _Outcome]] = []
        decided: dict[tuple[object, ...], _Outcome] = {}
        for r in recipients:
            ctx = Context(r, envelope, facts, policy, view, now, sender_permits)
            signature = _signature(ctx)
            if signature not in decided:
                outcome = _decide_recipient(ctx, opaque)
                decided[signature] = _apply_switches(outcome, ctx, tag_present)
            outcomes.append((r, _copy(decided[signature])))
        verdict = _combine(outcomes, len(recipients) > 1)
    verdict.sender_requested_encryption = tag_present

    # ¶15 and ¶37 are about addresses and the subject, so they hold for encrypted mail too.
    p15, p37 = _warnings(envelope, recipients, policy, facts.subject)
    verdict.warnings = p15 + p37
    if p15 and policy.warnings.shared_mailbox.action == "reject":
        _reject_for(verdict, "shared-mailbox-required", ["¶15"], p15)
    if p37 and policy.warnings.dwp_subject.action == "reject":
        _reject_for(verdict, "clear-subject-required", ["¶37"], p37)
    return _finish(verdict, policy)


def _already_encrypted(kind: str, recipients: list[Recipient]) -> Verdict:
    text = (
        f"The message is already encrypted ({kind}); its content cannot be "
        "read and is protected, so it is relayed as it is."
    )
    per = {
        r.address: RecipientDecision(
            r.address, r.cls, Action.RELAY, "already-encrypted", ["¶28"], [text]
        )
        for r in recipients
    }
    return Verdict(
        Action.RELAY, "already-encrypted", ["¶28"], [text], per_recipient=per,
        already_encrypted=True,
    )  # fmt: skip


def _reject_for(verdict: Verdict, rule: str, guidance: list[str], reasons: list[str]) -> None:
    if verdict.action is Action.REJECT:
        verdict.reasons.extend(reasons)
        return
    verdict.action, verdict.rule, verdict.guidance = Action.REJECT, rule, list(guidance)
    verdict.reasons, verdict.fixes = list(reasons), []
    # ¶15/¶37 are about addresses and the subject: no permission or encryption lifts them.
    verdict.permission_can_override = verdict.encryption_can_fix = False


def _combine(outcomes: list[tuple[Recipient, _Outcome]], label: bool) -> Verdict:
    per: dict[str, RecipientDecision] = {}
    governing: _Outcome | None = None
    for r, o in outcomes:
        per[r.address] = RecipientDecision(
            r.address, r.cls, o.action, o.rule, o.guidance, o.reasons
        )
        if governing is None or SEVERITY[o.action] > SEVERITY[governing.action]:
            governing = o
    if governing is None:  # no recipients: nothing can be sent
        return Verdict(Action.REJECT, "no-recipients", [], ["The message has no recipients."])
    reasons: list[str] = []
    fixes: list[str] = []
    governing_outcomes = [o for _, o in outcomes if o.action is governing.action]
    permission = all(o.permission_can_override for o in governing_outcomes)
    encryption = all(o.encryption_can_fix for o in governing_outcomes)
    for r, o in outcomes:
        if o.action is not governing.action:
            continue
        for text in o.reasons:
            text = f"To {r.address} ({CLASS_LABELS[r.cls]}): {text}" if label else text
            if text not in reasons:
                reasons.append(text)
        for fix in o.fixes:
            if fix == PERMISSION_FIX and not permission:
                continue  # another recipient's rule stands whatever DWP permits
            if fix not in fixes:
                fixes.append(fix)
    return Verdict(
        governing.action,
        governing.rule,
        list(governing.guidance),
        reasons,
        fixes,
        per,
        permission_can_override=permission,
        encryption_can_fix=encryption,
    )


def _finish(verdict: Verdict, policy: Policy) -> Verdict:
    if policy.monitor:
        verdict.monitor = True
        verdict.warnings.insert(
            0,
            f"MONITOR MODE: the policy decided {verdict.action.value.upper()} "
            f"({verdict.rule}) but the message is relayed unchanged.",
        )
    return verdict


# ---- for the gateway ---------------------------------------------------------------


def without_encryption(policy: Policy) -> Policy:
    """The policy as it acts where the gateway has no encryption method configured."""
    if not policy.encryption.route:
        return policy
    no_route = policy.encryption.model_copy(update={"route": False})
    return policy.model_copy(update={"encryption": no_route})


class PolicyDecider:
    """A loaded policy plus registers, reloadable (SIGHUP) without losing the old policy."""

    def __init__(
        self,
        policy_path: str | Path | None,
        registers: Registers | None,
        *,
        encryption_available: bool = True,
    ):
        """``encryption_available=False``: the gateway has no encryption method configured,
        so whatever the policy file says, "encrypt" outcomes become "reject" with that reason.
        """
        self.path = Path(policy_path) if policy_path is not None else None
        self.registers = registers
        self.encryption_available = encryption_available
        self.policy = self._load()
        self._lock = threading.Lock()
        self._view: RegisterView | None = None
        self._view_writes = -1
        self._watcher: threading.Thread | None = None
        self._stop_watching = threading.Event()
        # The suspension switch from the gateways' database (`mailgate suspend`), read
        # by the same watcher; None: only the policy file's ``suspension:`` counts.
        self._suspension_source: Callable[[], Suspension | None] | None = None
        self._switched: Suspension | None = None
        self._switched_policy: tuple[Policy, Suspension, Policy] | None = None
        self.refresh_registers()

    def _load(self) -> Policy:
        policy = load(self.path)
        return policy if self.encryption_available else without_encryption(policy)

    @classmethod
    def from_config(
        cls, config_path: str | Path | None, *, encryption_available: bool = True
    ) -> PolicyDecider:
        """The policy (``policy.path``) and registers (``database.path``) a config names.

        Raises PolicyError or SettingsError (both with file and line) if either is unusable.
        """
        paths = read_paths(config_path)
        registers = Registers(paths.database) if paths.database is not None else None
        return cls(paths.policy, registers, encryption_available=encryption_available)

    def decide(self, envelope: EnvelopeFacts, scan: Scan, now: datetime | None = None) -> Verdict:
        """Decide on the registers view in memory: no SQL, no file access."""
        if self.registers is not None and self.registers.writes != self._view_writes:
            self.refresh_registers()  # written through this very object: read it back now
        return decide(envelope, scan, self.effective_policy(), self._view, now or datetime.now(UTC))

    # -- the suspension switch from the database ------------------------------------

    def set_suspension_source(self, source: Callable[[], Suspension | None]) -> None:
        """``source()`` returns the database's suspension not yet lifted (or None); the
        watcher calls it with the registers, so a `mailgate suspend` counts within ~1 s."""
        self._suspension_source = source
        self.refresh_suspension()

    def refresh_suspension(self) -> None:
        if self._suspension_source is not None:
            self._switched = self._suspension_source()

    def effective_policy(self) -> Policy:
        """The policy, with the database's suspension (when there is one) in place of the
        file's. Built once per change, not per message."""
        policy, switched = self.policy, self._switched
        if switched is None:
            return policy
        cached = self._switched_policy
        if cached is None or cached[0] is not policy or cached[1] != switched:
            cached = (policy, switched, policy.model_copy(update={"suspension": switched}))
            self._switched_policy = cached
        return cached[2]

    # -- the registers view -----------------------------------------------------------

    def refresh_registers(self) -> None:
        """Swap in the registers' current rows (a cheap PRAGMA when nothing changed)."""
        if self.registers is None:
            return
        writes = self.registers.writes
        self._view = self.registers.snapshot()
        self._view_writes = writes

    def watch_registers(self, interval: float = 1.0) -> None:
        """Refresh the view every ``interval`` s on a background thread, so a
        `mailgate consent add` from another process counts within about that long."""
        if (self.registers is None and self._suspension_source is None) or self._watcher:
            return
        self._stop_watching.clear()
        self._watcher = threading.Thread(
            target=self._watch, args=(interval,), name="registers-watch", daemon=True
        )
        self._watcher.start()

    def _watch(self, interval: float) -> None:
        log = structlog.get_logger()
        while not self._stop_watching.wait(interval):
            try:
                self.refresh_registers()
            except Exception as exc:  # keep deciding on the last good view
                log.error("registers_refresh_failed", error=str(exc))
            try:
                self.refresh_suspension()
            except Exception as exc:  # keep the last suspension state read
                log.error("suspension_refresh_failed", error=str(exc))

    def stop_watching(self) -> None:
        self._stop_watching.set()
        if self._watcher is not None:
            self._watcher.join(5)
            self._watcher = None

    def reload(self) -> str | None:
        """Validate and swap in the file; on error keep the running policy and return why."""
        with self._lock:
            try:
                new = self._load()
            except PolicyError as exc:
                return str(exc)
            self.policy = new
            return None

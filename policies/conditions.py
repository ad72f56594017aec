"""Rule conditions: what a message carries (Facts), one recipient's view of it
(Context), and whether a rule's ``when:`` holds — with the reasons when it does not."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from detectors.model import Category, DocKind, DocKindFinding, Finding, Scan
from policies.classify import Directory, Recipient
from policies.model import Conditions, Policy
from policies.registers import Permission, RegisterView
from policies.verdict import EnvelopeFacts, RecipientClass
from policies.wording import CLASS_LABELS, KIND_LABELS, describe_findings, kinds_text


@dataclass(slots=True)
class Facts:
    """What the policy needs from a scan, computed once per message."""

    findings: dict[Category, list[Finding]]
    counts: dict[Category, int]
    docs: list[DocKindFinding]
    kinds: Counter[DocKind]
    people: int
    columns: set[str]
    has_data: bool
    subject: str
    identified: set[str]
    someone_else: set[str]
    # Categories of counted findings outside every document (a covering note's own).
    outside: set[Category] = field(default_factory=set)
    # The classes of the senders of forwarded or quoted mail in the message
    # ("dwp": DWP's own mail passed on, C15 ¶53).
    forwarded_from: set[RecipientClass] = field(default_factory=set)
    # Categories of counted findings outside that mail (the covering text's own).
    outside_forwarded: set[Category] = field(default_factory=set)
    # Rule matches already worked out in this decision (see holds).
    memo: dict[tuple[int, str, str], bool] = field(default_factory=dict)

    @property
    def categories(self) -> set[Category]:
        return set(self.counts)

    def describe(self, categories: set[Category] | None = None) -> str:
        return describe_findings(self.findings, self.counts, categories)


def facts_of(scan: Scan, policy: Policy, directory: Directory | None = None) -> Facts:
    findings: dict[Category, list[Finding]] = {}
    keys: dict[Category, set[str]] = {}
    for i, f in enumerate(scan.findings):
        if f.confidence < policy.min_confidence:
            continue
        if not (f.about_someone or policy.count_findings_about_nobody):
            continue
        findings.setdefault(f.category, []).append(f)
        keys.setdefault(f.category, set()).add(f.key or f"#{i}")
    counts = {cat: len(k) for cat, k in keys.items()}
    docs = list(scan.doc_kinds)
    people = max(scan.data_subjects, sum(max(d.people, 0) for d in docs))
    columns = {c.strip().lower() for d in docs for c in d.columns}
    places = tuple(d.location for d in docs)
    outside = _outside(findings, places)
    return Facts(
        findings=findings,
        counts=counts,
        docs=docs,
        kinds=Counter(d.kind for d in docs),
        people=people,
        columns=columns,
        has_data=bool(counts or docs or scan.data_subjects > 0),
        subject=scan.subject or "",
        identified={a.strip().lower() for a in scan.recipients_identified},
        someone_else={a.strip().lower() for a in scan.recipients_someone_else},
        outside=outside if places else set(),
        forwarded_from=_sender_classes(scan, directory or Directory(policy)),
        outside_forwarded=_outside(findings, tuple(f.location for f in scan.forwarded)),
    )


def _sender_classes(scan: Scan, directory: Directory) -> set[RecipientClass]:
    """Whose mail the message passes on: the class of each sender's domain (DWP,
    supply chain, internal); a domain on no list is a third party's."""
    return {
        hit[0] if (hit := directory.by_domain(f"x@{f.domain}")) else RecipientClass.THIRD_PARTY
        for f in scan.forwarded
    }


def _outside(findings: dict[Category, list[Finding]], places: tuple[str, ...]) -> set[Category]:
    """Categories of findings (names aside) found outside these places."""
    return {
        cat
        for cat, found in findings.items()
        if cat not in _NAME_LIKE and any(not f.location.startswith(places) for f in found)
    }


# What a covering note may say about a record it carries: who it is about.
_NAME_LIKE = {Category.PERSON_NAME}


def counted_categories(scan: Scan, policy: Policy) -> dict[str, int]:
    """Distinct values per category, as the policy counts them (confidence threshold applied)."""
    counts = facts_of(scan, policy).counts
    return {cat.value: counts[cat] for cat in sorted(counts)}


@dataclass(slots=True)
class Context:
    """One recipient's view of the message."""

    recipient: Recipient
    envelope: EnvelopeFacts
    facts: Facts
    policy: Policy
    registers: RegisterView | None
    now: datetime
    # Permissions in force for this message's sender (worked out once per message).
    sender_permits: list[Permission] = field(default_factory=list)
    _consent: bool | None = None
    _permits: list[Permission] | None = None

    def consent(self) -> bool:
        if self._consent is None:
            self._consent = bool(
                self.registers is not None
                and self.registers.consent_for(self.recipient.address, self.now) is not None
            )
        return self._consent


def process_kinds(ctx: Context) -> list[DocKind]:
    return [k for k in ctx.facts.kinds if k in ctx.policy.processes]


def designated(ctx: Context) -> tuple[list[str], list[DocKind]]:
    """(why this is not the designated route, process kinds whose inboxes exclude the recipient)."""
    fails: list[str] = []
    outside: list[DocKind] = []
    sender = ctx.envelope.mail_from.strip().lower()
    for kind in process_kinds(ctx):
        proc = ctx.policy.processes[kind]
        label = KIND_LABELS[kind]
        if proc.inboxes and ctx.recipient.address not in proc.inboxes:
            outside.append(kind)
            fails.append(f"{ctx.recipient.address} is not the designated inbox for {label}")
        if proc.senders and sender not in proc.senders:
            fails.append(f"{sender or 'the sender'} is not a designated inbox for sending {label}")
    return fails, outside


def approved(ctx: Context, kind: DocKind) -> bool:
    rcpt = ctx.recipient
    if rcpt.cls is RecipientClass.INTERNAL:
        return True
    if rcpt.partner is None:
        return False
    today = ctx.now.date()
    return any(a.process is kind and a.active(today) for a in rcpt.partner.processes)


def approved_for_any(ctx: Context) -> bool:
    """An approved subcontractor (C15 ¶51–53): approved today for any process."""
    rcpt = ctx.recipient
    if rcpt.cls is RecipientClass.INTERNAL:
        return True
    today = ctx.now.date()
    return rcpt.partner is not None and any(a.active(today) for a in rcpt.partner.processes)


_NO = ["(does not hold)"]


def check(cond: Conditions, ctx: Context, explain: bool = True) -> list[str]:
    """Why the conditions do not hold (empty: they all hold).

    ``explain=False`` stops at the first failure without writing sentences: the
    engine only needs the sentences for the rule it reports.
    """
    facts, policy, fails = ctx.facts, ctx.policy, []
    rcpt = ctx.recipient
    if cond.recipients is not None and rcpt.cls not in cond.recipients:
        if not explain:
            return _NO
        wanted = ", ".join(CLASS_LABELS[c] for c in cond.recipients)
        fails.append(f"the recipient is {CLASS_LABELS[rcpt.cls]}, not {wanted}")
        return fails  # nothing else is worth saying about a rule for another class
    if cond.documents_any is not None and not any(k in facts.kinds for k in cond.documents_any):
        if not explain:
            return _NO
        fails.append("no " + " or ".join(KIND_LABELS[k] for k in cond.documents_any))
    if cond.documents_only is not None and any(k not in cond.documents_only for k in facts.kinds):
        if not explain:
            return _NO
        other = Counter({k: n for k, n in facts.kinds.items() if k not in cond.documents_only})
        fails.append(f"it carries {kinds_text(other)}")
    n_docs = len(facts.docs)
    if cond.min_documents is not None and n_docs < cond.min_documents:
        if not explain:
            return _NO
        wanted = " or ".join(KIND_LABELS[k] for k in (cond.documents_only or []))
        fails.append(f"no {wanted or 'document'} found")
    max_docs = policy.limit(cond.max_documents)
    if max_docs is not None and n_docs > max_docs:
        if not explain:
            return _NO
        fails.append(f"it carries {kinds_text(facts.kinds)}: the limit is {max_docs}")
    max_people = policy.limit(cond.max_people)
    if max_people is not None and facts.people > max_people:
        if not explain:
            return _NO
        fails.append(f"it is about {facts.people} people: the limit is {max_people}")
    if cond.categories_any is not None and not (facts.categories & set(cond.categories_any)):
        if not explain:
            return _NO
        fails.append("none of " + ", ".join(c.value for c in cond.categories_any))
    if cond.categories_only is not None:
        extra = facts.categories - set(cond.categories_only)
        if extra:
            if not explain:
                return _NO
            fails.append("it also carries " + facts.describe(extra))
    if cond.categories_none is not None:
        bad = facts.categories & set(cond.categories_none)
        if bad:
            if not explain:
                return _NO
            fails.append("it carries " + facts.describe(bad))
    if cond.columns_none is not None:
        bad_cols = sorted(facts.columns & set(cond.columns_none))
        if bad_cols:
            if not explain:
                return _NO
            fails.append("the list has columns " + ", ".join(bad_cols))
    if cond.consent == "present" and not ctx.consent():
        if not explain:
            return _NO
        fails.append(f"no consent is recorded for {rcpt.address}")
    if cond.consent == "absent" and ctx.consent():
        if not explain:
            return _NO
        fails.append(f"consent is recorded for {rcpt.address}")
    if cond.forwarded_from is not None:
        if not facts.forwarded_from & set(cond.forwarded_from):
            if not explain:
                return _NO
            whose = " or ".join(CLASS_LABELS[c] for c in cond.forwarded_from)
            fails.append(f"it does not pass on mail from {whose}")
        elif facts.outside_forwarded:
            # The exemption covers what was passed on, not what the sender added.
            if not explain:
                return _NO
            added = facts.describe(facts.outside_forwarded)
            fails.append(f"the covering text also carries {added}")
    if cond.process_approved is not None:
        unapproved = [
            KIND_LABELS[k] for k in facts.kinds if k in C15_KINDS and not approved(ctx, k)
        ]
        if not any(k in C15_KINDS for k in facts.kinds) and not approved_for_any(ctx):
            unapproved = ["unencrypted email"]  # passing on DWP's mail: approved at all
        who = rcpt.partner.name if rcpt.partner else rcpt.address
        if cond.process_approved and unapproved:
            labels = ", ".join(unapproved)
            if not explain:
                return _NO
            fails.append(f"{who} is not approved for {labels} on {ctx.now.date().isoformat()}")
        if not cond.process_approved and not unapproved:
            if not explain:
                return _NO
            fails.append(f"{who} is approved for these processes")
    if cond.designated_inbox is not None:
        dfails, outside = designated(ctx)
        if cond.designated_inbox:
            if dfails:
                if not explain:
                    return _NO
                fails.extend(dfails)
        elif not [k for k in outside if not approved(ctx, k)]:
            # False holds only for a restricted process going where it may not go.
            if not explain:
                return _NO
            fails.append("the recipient may receive these processes")
    if cond.nothing_outside_documents and facts.outside:
        if not explain:
            return _NO
        fails.append("the covering text also carries " + facts.describe(facts.outside))
    return fails


def holds(cond: Conditions, ctx: Context) -> bool:
    """Whether every condition holds, remembered for the rest of this decision.

    Most conditions depend only on the content and the recipient's class, so
    twenty recipients of two classes cost two evaluations, not twenty.
    """
    personal = (
        cond.consent is not None
        or cond.process_approved is not None
        or cond.designated_inbox is not None
    )
    key = (id(cond), ctx.recipient.cls.value, ctx.recipient.address if personal else "")
    hit = ctx.facts.memo.get(key)
    if hit is None:
        hit = ctx.facts.memo[key] = not check(cond, ctx, explain=False)
    return hit


C15_KINDS = frozenset(
    {
        DocKind.EXIT_REPORT,
        DocKind.COMPLIANCE_DOUBT,
        DocKind.CHANGE_OF_CIRCUMSTANCES,
        DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM,
        DocKind.ESF_14_20_FORM,
        DocKind.WHPS01,
        DocKind.GOOD_NEWS_STORY,
        DocKind.NAME_LIST,
        DocKind.NINO_LIST,
    }
)

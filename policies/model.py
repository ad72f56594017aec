"""The policy file as a typed model.

A policy is data: recipient lists, the rules that allow, forbid or restrict, and
the switches an administrator turns (monitor mode, suspension, encryption route).
Every rule cites the guidance paragraph it comes from. Unknown keys are errors,
so a typo never silently falls back to a default.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from detectors.model import Category, DocKind
from policies.verdict import Action, RecipientClass


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_all(values: list[str]) -> list[str]:
    return [v.strip().lower() for v in values if v.strip()]


# A host name: dot-separated labels of letters, digits and inner hyphens (RFC 1123).
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


def domain_problem(value: str) -> str | None:
    """Why ``value`` (already lower-cased) is not a domain, or None."""
    if _DOMAIN.match(value):
        return None
    if any(ch.isspace() for ch in value):
        return f"{value!r} is not a domain: it has a space in it"
    if "@" in value:
        return f"{value!r} is not a domain: it is an address (put it under addresses:)"
    return f"{value!r} is not a domain: write it as example.org (letters, digits, - and .)"


def address_problem(value: str) -> str | None:
    """Why ``value`` (already lower-cased) is not a mail address, or None."""
    local, at, domain = value.rpartition("@")
    if not at or not local or any(ch.isspace() for ch in local):
        return f"{value!r} is not a mail address: write it as name@example.org"
    problem = domain_problem(domain)
    return f"{value!r} is not a mail address: {problem}" if problem else None


def _checked(check: Callable[[str], str | None]) -> Callable[[list[str]], list[str]]:
    def validate(values: list[str]) -> list[str]:
        values = _lower_all(values)
        problems = [p for p in map(check, values) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return values

    return validate


class DomainList(_Model):
    """Domains (sub-domains match too) and exact addresses; either may come from files.

    ``domains_file``/``addresses_file`` are read by the loader relative to the
    policy file: one entry a line, ``#`` comments allowed.
    """

    domains: list[str] = Field(default_factory=list)
    addresses: list[str] = Field(default_factory=list)
    domains_file: str | None = None
    addresses_file: str | None = None

    _domains = field_validator("domains")(_checked(domain_problem))
    _addresses = field_validator("addresses")(_checked(address_problem))


class ProcessApproval(_Model):
    """A supply-chain partner's approval for one C15 ¶46 process, from a date (C15 ¶51–52)."""

    process: DocKind
    since: date
    until: date | None = None

    def active(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


class Partner(DomainList):
    """An approved subcontractor or partner (C15 ¶45, ¶51–54)."""

    name: str
    processes: list[ProcessApproval] = Field(default_factory=list)


class DwpRecipients(DomainList):
    # Authorised DWP shared mailboxes: copying them into mail to claimants is fine (¶15).
    shared_addresses: list[str] = Field(default_factory=list)
    _lower_shared = field_validator("shared_addresses")(_lower_all)


class Recipients(_Model):
    dwp: DwpRecipients = Field(default_factory=DwpRecipients)
    internal: DomainList = Field(default_factory=DomainList)
    supply_chain: list[Partner] = Field(default_factory=list)
    # Claimant addresses known up front; most come from the consent register.
    claimant: DomainList = Field(default_factory=DomainList)


class Process(_Model):
    """Where one C15 ¶46 process may go: designated inboxes (C15 ¶47–49)."""

    # DWP inboxes designated for this process. Empty: any DWP address.
    inboxes: list[str] = Field(default_factory=list)
    # Provider inboxes this process must be sent from. Empty: any sender.
    senders: list[str] = Field(default_factory=list)

    _lower = field_validator("inboxes", "senders")(_lower_all)


# A number in a rule may name one of the policy's limits instead: ``max_people: list_names``.
LimitName = Literal["cvs", "application_forms", "application_form_people", "letters", "list_names"]
Count = int | LimitName


class Conditions(_Model):
    """What must hold for a rule to match. Every key set must hold (all-or-nothing)."""

    recipients: list[RecipientClass] | None = None
    # At least one of these document kinds is in the message.
    documents_any: list[DocKind] | None = None
    # Every document in the message is one of these kinds ([] = no documents at all).
    documents_only: list[DocKind] | None = None
    min_documents: int | None = Field(None, ge=0)
    max_documents: Count | None = None
    # Distinct people the message is about (the larger of the detector's count
    # and the people its documents are about: a couple's form is two).
    max_people: Count | None = None
    # At least one of these categories was found.
    categories_any: list[Category] | None = None
    # Nothing outside these categories was found.
    categories_only: list[Category] | None = None
    # None of these categories was found.
    categories_none: list[Category] | None = None
    # List columns (as the detector names them) that must not appear.
    columns_none: list[str] | None = None
    consent: Literal["present", "absent"] | None = None
    # The message passes on mail (forwarded or quoted) from a sender of one of these
    # classes: [dwp] for DWP's own unencrypted mail (C15 ¶53).
    forwarded_from: list[RecipientClass] | None = None
    # Supply chain: the partner is approved for every process document in the
    # message, on the day it is sent (C15 ¶51–54); with no process document, for
    # some process (an approved subcontractor). Internal recipients qualify.
    process_approved: bool | None = None
    # True: the recipient (and sender) are the designated inboxes of the process
    # documents in the message, where designated. False: the recipient is outside
    # them — not the designated inbox, not internal, not an approved partner.
    designated_inbox: bool | None = None
    # True: outside the message's documents (a covering note around an attached record)
    # there is no claimant data but names: the exemption covers the documents only.
    nothing_outside_documents: bool | None = None

    @field_validator("columns_none")
    @classmethod
    def _lower_columns(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _lower_all(value)

    @field_validator("max_documents", "max_people")
    @classmethod
    def _not_negative(cls, value: Count | None) -> Count | None:
        if isinstance(value, int) and value < 0:
            raise ValueError("must be 0 or more")
        return value


class Rule(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    guidance: list[str] = Field(min_length=1)
    # One sentence for the sender: why this rule exists.
    why: str
    when: Conditions = Field(default_factory=Conditions)

    @field_validator("guidance")
    @classmethod
    def _guidance_shape(cls, value: list[str]) -> list[str]:
        for ref in value:
            if not re.fullmatch(r"(C15 |00\d )?¶\d+(–\d+)?", ref):
                raise ValueError(
                    f"{ref!r} is not a paragraph reference: write '¶17', '¶29–31', "
                    "'C15 ¶49' or '003 ¶8'"
                )
        return value


class Exemption(Rule):
    """Unencrypted email allowed when every condition holds."""

    # What to tell the sender to do when this exemption nearly applied.
    advice: str = ""


class Restriction(Rule):
    """Must not go at all, encrypted or not."""

    action: Literal[Action.REJECT] = Action.REJECT
    advice: str = ""
    # A written DWP permission may lift it (not for consent: that is the claimant's).
    permission_can_override: bool = True


class Prohibition(Rule):
    """Must not go unencrypted: the message is encrypted (or rejected)."""

    action: Literal[Action.ENCRYPT, Action.REJECT] = Action.ENCRYPT
    # What the sender can remove to send it unencrypted.
    remove: str = ""


class OpaqueHandling(_Model):
    """What to do with parts that could not be read (by Opaque.reason prefix)."""

    password_protected: Action = Action.ENCRYPT
    # Encrypted parts inside a readable message (S/MIME or PGP attachments).
    encrypted_part: Action = Action.RELAY
    corrupt: Action = Action.REJECT
    limit: Action = Action.REJECT
    unsupported: Action = Action.ENCRYPT
    no_text: Action = Action.ENCRYPT
    # Small images shown in the body (Content-ID, not attached): logos in signatures.
    inline_image: Action = Action.RELAY


class Encryption(_Model):
    # False: no encryption route here, so "encrypt" outcomes become "reject".
    route: bool = True
    subject_tag: str = "[ENCRYPT]"


class Suspension(_Model):
    """C15 ¶58–63: unencrypted exemptions suspended (IT failure, DWP notice)."""

    active: bool = False
    reason: str = ""
    since: datetime | None = None
    until: datetime | None = None
    # encrypt: exempt claimant data is sent encrypted; reject: use the clerical process.
    action: Literal[Action.ENCRYPT, Action.REJECT] = Action.ENCRYPT

    @model_validator(mode="after")
    def _explained(self) -> Suspension:
        if self.active and not self.reason.strip():
            raise ValueError("a suspension needs a reason (e.g. 'DWP notice of IT failure')")
        if self.since and self.until and self.until <= self.since:
            raise ValueError("suspension 'until' must be after 'since'")
        return self

    def in_force(self, now: datetime) -> bool:
        if not self.active:
            return False
        now = _aware(now)
        if self.since and now < _aware(self.since):
            return False
        return not (self.until and now >= _aware(self.until))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class SharedMailboxWarning(_Model):
    """¶15: mail to claimants from a shared mailbox, no individual DWP addresses."""

    action: Literal["warn", "reject"] = "warn"
    # Provider shared mailboxes; empty means the sender is not checked.
    shared_mailboxes: list[str] = Field(default_factory=list)
    # A DWP address whose local part looks like a person (first.last) is individual.
    individual_dwp_pattern: str = r"^[a-z]+(?:[.-][a-z]+)+\d*$"

    _lower = field_validator("shared_mailboxes")(_lower_all)

    @field_validator("individual_dwp_pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value


class SubjectWarning(_Model):
    """¶37: clear subject lines for mail to DWP."""

    action: Literal["warn", "reject"] = "warn"


class Warnings(_Model):
    shared_mailbox: SharedMailboxWarning = Field(default_factory=SharedMailboxWarning)
    dwp_subject: SubjectWarning = Field(default_factory=SubjectWarning)


class Limits(_Model):
    """The guidance's numbers, named so the rules can use them: ``max_documents: cvs``."""

    cvs: int = Field(10, ge=0)  # ¶19, ¶21
    application_forms: int = Field(10, ge=0)  # ¶22
    application_form_people: int = Field(10, ge=0)  # ¶24
    letters: int = Field(10, ge=0)  # ¶24
    list_names: int = Field(500, ge=0)  # ¶31


class Policy(_Model):
    name: str = "policy"
    version: int = 1
    # Rollout: record the decision but relay, loudly marked in logs and audit.
    monitor: bool = False
    # Findings below this confidence are not counted.
    min_confidence: float = Field(0.5, ge=0, le=1)
    # RULES.md: a special category, benefit or child detail counts only where said about
    # someone the message identifies. true: count those about nobody too (disclaimers,
    # newsletters, "no criminal record"), as before attribution existed.
    count_findings_about_nobody: bool = False
    encryption: Encryption = Field(default_factory=Encryption)
    suspension: Suspension = Field(default_factory=Suspension)
    opaque: OpaqueHandling = Field(default_factory=OpaqueHandling)
    warnings: Warnings = Field(default_factory=Warnings)
    limits: Limits = Field(default_factory=Limits)
    recipients: Recipients = Field(default_factory=Recipients)
    processes: dict[DocKind, Process] = Field(default_factory=dict)
    restrictions: list[Restriction] = Field(default_factory=list)
    exemptions: list[Exemption] = Field(default_factory=list)
    prohibitions: list[Prohibition] = Field(default_factory=list)
    # Claimant data no exemption covers and no prohibition names (¶18).
    fallback: Prohibition

    def limit(self, value: Count | None) -> int | None:
        """A rule's number, with limit names resolved."""
        return getattr(self.limits, value) if isinstance(value, str) else value

    def all_rules(self) -> list[Rule]:
        return [*self.restrictions, *self.exemptions, *self.prohibitions, self.fallback]

    @model_validator(mode="after")
    def _unique_ids(self) -> Policy:
        seen: set[str] = set()
        for rule in [*self.restrictions, *self.exemptions, *self.prohibitions, self.fallback]:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice: give each rule its own id")
            seen.add(rule.id)
        return self

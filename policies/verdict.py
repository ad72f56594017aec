"""The decision the policy engine hands to the gateway's act step."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    RELAY = "relay"
    ENCRYPT = "encrypt"
    REJECT = "reject"


# Most restrictive wins when recipients disagree.
SEVERITY = {Action.RELAY: 0, Action.ENCRYPT: 1, Action.REJECT: 2}


class RecipientClass(StrEnum):
    DWP = "dwp"
    SUPPLY_CHAIN = "supply_chain"
    INTERNAL = "internal"
    CLAIMANT = "claimant"
    THIRD_PARTY = "third_party"


@dataclass(slots=True)
class RecipientDecision:
    address: str
    recipient_class: RecipientClass
    action: Action
    rule: str
    guidance: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Verdict:
    """One outcome per message, and why.

    ``rule`` is the policy rule id that governed (e.g. ``cv-to-claimant``,
    ``nino-prohibited``); ``guidance`` the paragraphs it comes from
    (``¶33``, ``C15 ¶49``); ``reasons`` plain sentences for the sender, with
    masked values only; ``fixes`` what the sender can do instead.
    ``monitor`` means the policy is in rollout: the action is recorded but
    the message relays.
    """

    action: Action
    rule: str
    guidance: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)
    per_recipient: dict[str, RecipientDecision] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    already_encrypted: bool = False
    sender_requested_encryption: bool = False
    monitor: bool = False
    # SMTP enhanced status code for a reject (5.7.1 unless the policy says otherwise).
    status: str = "5.7.1"
    # What could make the governing rule let the message go, derived from the policy
    # model (a Restriction's permission_can_override; opaque content, a suspension and
    # ¶15/¶37 are lifted by neither): explanations offer only what can work.
    permission_can_override: bool = True
    encryption_can_fix: bool = True


@dataclass(frozen=True, slots=True)
class EnvelopeFacts:
    """What the policy may know about the SMTP transaction (no content)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    auth_user: str | None = None
    client_address: str | None = None

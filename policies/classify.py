"""Which class each recipient is in: dwp, supply_chain, internal, claimant, third_party.

Order: exact addresses the administrator listed, then the organisation domains
(DWP, supply chain, internal), then claimants (consent register, the message itself
identifies the recipient as its data subject, or a claimant mail domain unless the
message shows it is addressed to someone else), then everyone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from policies.model import Partner, Policy
from policies.registers import RegisterView
from policies.verdict import RecipientClass


@dataclass(frozen=True, slots=True)
class Recipient:
    address: str
    cls: RecipientClass
    partner: Partner | None = None
    # Why it is in that class, for the sender and the audit trail.
    basis: str = ""


class Directory:
    """The policy's recipient lists as lookup tables, built once per policy."""

    def __init__(self, policy: Policy):
        rec = policy.recipients
        self.addresses: dict[str, tuple[RecipientClass, Partner | None]] = {}
        self.domains: dict[str, tuple[RecipientClass, Partner | None]] = {}
        # Later entries must not override earlier ones: claimant < internal < supply < dwp.
        for address in rec.claimant.addresses:
            self.addresses[address] = (RecipientClass.CLAIMANT, None)
        for domain in rec.claimant.domains:
            self.domains[domain] = (RecipientClass.CLAIMANT, None)
        for domain in rec.internal.domains:
            self.domains[domain] = (RecipientClass.INTERNAL, None)
        for address in rec.internal.addresses:
            self.addresses[address] = (RecipientClass.INTERNAL, None)
        for partner in rec.supply_chain:
            for domain in partner.domains:
                self.domains[domain] = (RecipientClass.SUPPLY_CHAIN, partner)
            for address in partner.addresses:
                self.addresses[address] = (RecipientClass.SUPPLY_CHAIN, partner)
        for domain in rec.dwp.domains:
            self.domains[domain] = (RecipientClass.DWP, None)
        for address in [*rec.dwp.addresses, *rec.dwp.shared_addresses]:
            self.addresses[address] = (RecipientClass.DWP, None)
        for process in policy.processes.values():
            for address in process.inboxes:
                self.addresses.setdefault(address, (RecipientClass.DWP, None))

    def by_domain(self, address: str) -> tuple[RecipientClass, Partner | None, str] | None:
        domain = address.rpartition("@")[2]
        labels = domain.split(".")
        for i in range(len(labels) - 1):
            suffix = ".".join(labels[i:])
            hit = self.domains.get(suffix)
            if hit is not None:
                return hit[0], hit[1], suffix
        return None


def classify(
    address: str,
    directory: Directory,
    registers: RegisterView | None,
    identified: set[str],
    now: datetime,
    someone_else: set[str] = frozenset(),
) -> Recipient:
    address = address.strip().lower()
    listed = directory.addresses.get(address)
    if listed is not None:
        return Recipient(address, listed[0], listed[1], "listed address")
    by_domain = directory.by_domain(address)
    if by_domain is not None and by_domain[0] is not RecipientClass.CLAIMANT:
        cls, partner, domain = by_domain
        basis = f"partner {partner.name}" if partner else f"domain {domain}"
        return Recipient(address, cls, partner, basis)
    if registers is not None and registers.consent_for(address, now) is not None:
        return Recipient(address, RecipientClass.CLAIMANT, None, "consent register")
    if address in identified:
        return Recipient(address, RecipientClass.CLAIMANT, None, "the message is about them")
    if address in someone_else:
        # A claimant's mail domain, but the mail is to another person (a partner, a
        # relative): RULES.md counts their address as a third party's.
        return Recipient(address, RecipientClass.THIRD_PARTY, None, "addressed to someone else")
    if by_domain is not None:
        return Recipient(address, RecipientClass.CLAIMANT, None, f"domain {by_domain[2]}")
    return Recipient(address, RecipientClass.THIRD_PARTY, None, "not on any list")

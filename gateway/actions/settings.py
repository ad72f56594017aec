"""Typed configuration for the act step: encryption, bounces, notices, metrics.

Each model rejects unknown keys, so a typo is an error rather than a default.
The gateway's config file nests them (``encryption:``, ``bounce:``, ``notices:``,
``metrics:``); these models do not depend on where they are nested.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from detectors.model import SPECIAL_CATEGORIES, Category

Method = Literal["route", "smime"]

# RFC 5322 field name: printable ASCII except colon.
_FIELD_NAME = re.compile(r"^[!-9;-~]+$")
_ADDRESS = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _address(value: str) -> str:
    if not _ADDRESS.match(value):
        raise ValueError(f"not an email address: {value!r}")
    return value


class TriggerHeader(_Model):
    """The header the encryption service triggers on, e.g. ``X-Egress-Encrypt: yes``."""

    name: str
    value: str

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _FIELD_NAME.match(v) or len(v) > 76:
            raise ValueError(f"not a header field name: {v!r}")
        return v

    @field_validator("value")
    @classmethod
    def _value(cls, v: str) -> str:
        if any(c in v for c in "\r\n\0") or not v.isascii() or len(v) > 900:
            raise ValueError("header value must be one line of ASCII")
        return v


class RouteUpstream(_Model):
    """The provider's encryption service (Egress, Purview connector, Proofpoint, …).

    TLS is mandatory and always verified: the message is in clear until it gets there.
    """

    host: str
    port: int = Field(25, ge=1, le=65535)
    tls: Literal["starttls", "implicit"] = "starttls"
    ca_file: Path | None = None  # None: the system trust store
    username: str | None = None
    password_file: Path | None = None
    helo: str | None = None
    connect_timeout: float = Field(10.0, gt=0)
    timeout: float = Field(60.0, gt=0)
    header: TriggerHeader | None = None
    subject_tag: str | None = None

    @field_validator("subject_tag")
    @classmethod
    def _tag(cls, v: str | None) -> str | None:
        if v is not None and (
            not v.strip() or any(c in v for c in "\r\n\0") or len(v) > 64 or not v.isascii()
        ):
            raise ValueError("subject tag must be a short single line of ASCII")
        return v


class SmimeSettings(_Model):
    # PEM certificates (*.pem, *.crt), found by the email address in the certificate
    # (subjectAltName rfc822Name or subject emailAddress) or by the file name
    # ("jane@example.org.pem").
    cert_dir: Path
    # A recipient without a usable certificate: send the message by the route, or reject.
    fallback: Literal["route", "reject"] = "reject"
    # Seconds between checks of the directory for changes (0: check on every message).
    reload_interval: float = Field(30.0, ge=0)


class EncryptionConfig(_Model):
    # Method for recipient domains not listed; None: no encryption available (reject).
    default: Method | None = "route"
    # Per recipient domain (a domain also covers its subdomains).
    domains: dict[str, Method] = Field(default_factory=dict)
    route: RouteUpstream | None = None
    smime: SmimeSettings | None = None

    @field_validator("domains")
    @classmethod
    def _lower(cls, v: dict[str, Method]) -> dict[str, Method]:
        return {k.lower().strip(".").removeprefix("@"): m for k, m in v.items()}

    @model_validator(mode="after")
    def _configured(self) -> EncryptionConfig:
        methods = set(self.domains.values()) | ({self.default} if self.default else set())
        if "route" in methods and self.route is None:
            raise ValueError("method 'route' is used but no 'route' upstream is configured")
        if "smime" in methods and self.smime is None:
            raise ValueError("method 'smime' is used but no 'smime' settings are configured")
        if self.smime and self.smime.fallback == "route" and self.route is None:
            raise ValueError("smime.fallback is 'route' but no 'route' upstream is configured")
        return self

    def method_for(self, address: str) -> Method | None:
        domain = address.rpartition("@")[2].lower().strip(".")
        parts = domain.split(".")
        for i in range(len(parts)):
            method = self.domains.get(".".join(parts[i:]))
            if method:
                return method
        return self.default


class BounceConfig(_Model):
    enabled: bool = True
    # The explanation's From: (its envelope sender is always <>).
    from_address: str = "postmaster@localhost"
    from_name: str = "Mail gateway"
    # The provider's own domains: explanations only ever go to these senders.
    internal_domains: list[str] = Field(default_factory=list)
    # A directory whose templates override the built-in ones (same file names).
    templates_dir: Path | None = None
    organisation: str = "your organisation"
    # Where a sender asks for help, shown in every explanation.
    helpdesk: str | None = None
    security_contact: str | None = None

    @field_validator("from_address")
    @classmethod
    def _from(cls, v: str) -> str:
        return _address(v)

    @field_validator("security_contact")
    @classmethod
    def _contact(cls, v: str | None) -> str | None:
        return _address(v) if v else v

    @field_validator("internal_domains")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        return [d.lower().strip(".").removeprefix("@") for d in v]


class RejectConfig(_Model):
    """How a refused message is answered.

    ``smtp``: ``550 5.7.1`` in the session, and the explanation to an internal sender.
    ``explain``: one message per refusal, as hosted DLP services answer: the gateway
    says ``250`` once the explanation is committed to the outbox, delivers nothing,
    and the explanation is the sender's only message (their mail server has nothing
    to bounce). Where no explanation may go (an outside or null sender, explanations
    disabled) the refusal is a 550 as in ``smtp``: a refusal is never silent.
    """

    mode: Literal["smtp", "explain"] = "smtp"


DEFAULT_INCIDENT_CATEGORIES = sorted(
    {c.value for c in SPECIAL_CATEGORIES}
    | {Category.NINO, Category.DOB, Category.BANK, Category.BENEFIT_PAYMENT, Category.CHILDREN}
)


class NoticeConfig(_Model):
    # Tell the sender when a message was sent encrypted on their behalf.
    encrypted_notice: bool = False
    # Tell the security contact (BounceConfig.security_contact) when a message was
    # rejected carrying one of these categories (DWP SS-014 incident reporting).
    incident_notice: bool = False
    incident_categories: list[str] = Field(default_factory=lambda: DEFAULT_INCIDENT_CATEGORIES)

    @field_validator("incident_categories")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        known = {c.value for c in Category}
        bad = [c for c in v if c not in known]
        if bad:
            raise ValueError(f"unknown categories {bad}; known: {sorted(known)}")
        return v


class MetricsConfig(_Model):
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(9125, ge=0, le=65535)

"""The gateway's YAML configuration as a typed model.

One file, every key optional: an empty file (or none at all) gives the embedded
defaults — listen on 127.0.0.1:8025, accept from loopback, deliver to ./outbox.
Unknown keys are errors, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from gateway.actions.settings import (
    BounceConfig,
    EncryptionConfig,
    MetricsConfig,
    NoticeConfig,
    RejectConfig,
)
from gateway.audit import AuditConfig
from gateway.log_settings import LogConfig
from gateway.outbox.store import OutboxConfig
from policies.loader import PolicyError, located_problems, parse_yaml


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and key."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Listen(_Model):
    host: str = "127.0.0.1"
    port: int = Field(8025, ge=0, le=65535)


class ServerTLS(_Model):
    """STARTTLS towards clients: offered when cert and key are set."""

    cert: Path | None = None
    key: Path | None = None
    # Refuse every command but EHLO/STARTTLS/QUIT/NOOP until TLS is up.
    require: bool = False


LOOPBACK = ["127.0.0.0/8", "::1/128"]


def _networks(value: list[str]) -> list[str]:
    for net in value:
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError as exc:
            raise ValueError(f"not an IP network: {net!r}") from exc
    return value


class Access(_Model):
    """Who may relay: clients in these networks, or any client after AUTH."""

    networks: list[str] = Field(default_factory=lambda: list(LOOPBACK))
    # Lines "user:scrypt$…" made with `mailgate serve --hash-password`.
    credentials_file: Path | None = None

    _networks_parse = field_validator("networks")(_networks)


class Upstream(_Model):
    """The next hop. Absent: deliver into the local Maildir instead."""

    host: str
    port: int = Field(25, ge=1, le=65535)
    # none: plain SMTP; starttls: STARTTLS required (no silent downgrade);
    # implicit: TLS from the first byte (port 465 style).
    tls: Literal["none", "starttls", "implicit"] = "none"
    verify: bool = True  # certificate and host name checks; off only for labs
    ca_file: Path | None = None
    username: str | None = None
    password_file: Path | None = None
    helo: str | None = None
    # Local address to connect from (an upstream that trusts only the gateway's address).
    source_address: str | None = None
    connect_timeout: float = Field(10.0, gt=0)
    # Per command; also bounds the wait for the reply to the final dot.
    timeout: float = Field(60.0, gt=0)
    pool_size: int = Field(4, ge=0, le=256)
    pool_idle: float = Field(30.0, gt=0)  # idle connections older than this are closed


class AuthLimits(_Model):
    """Failed AUTH, per client address and per user name: each failure is answered
    after a delay that doubles (``delay``, 2×, 4×, … up to ``max_delay`` seconds);
    at ``max_failures_*`` within ``window`` seconds the address (or the user) is
    cooling off for ``cooling_off`` seconds: every AUTH gets ``421 4.7.0`` and the
    connection is closed."""

    max_failures_per_client: int = Field(5, ge=1)
    max_failures_per_user: int = Field(10, ge=1)
    delay: float = Field(0.5, ge=0)
    max_delay: float = Field(8.0, ge=0)
    window: float = Field(900.0, gt=0)
    cooling_off: float = Field(900.0, gt=0)


class Limits(_Model):
    max_message_size: int = Field(32 * 1024 * 1024, ge=1024)
    max_recipients: int = Field(100, ge=1)
    max_sessions: int = Field(100, ge=1)
    # One address may hold at most this many sessions (slow sessions must not lock
    # everyone else out), except clients in ``sessions_uncapped_networks`` (the
    # provider's own MTA, which opens many at once).
    max_sessions_per_client: int = Field(20, ge=1)
    sessions_uncapped_networks: list[str] = Field(default_factory=lambda: list(LOOPBACK))
    auth: AuthLimits = Field(default_factory=AuthLimits)
    command_timeout: float = Field(300.0, gt=0)
    data_timeout: float = Field(600.0, gt=0)
    # Longest line in commands and DATA, CRLF included (RFC 5321 §4.5.3.1.6).
    line_length: int = Field(1000, ge=100, le=100_000)
    # SIGTERM: how long sessions in progress may take before new commands get 421.
    shutdown_grace: float = Field(30.0, ge=0)

    _networks_parse = field_validator("sessions_uncapped_networks")(_networks)


MB = 1024 * 1024


class ScanSettings(_Model):
    workers: int = Field(2, ge=1, le=64)
    timeout: float = Field(60.0, gt=0)
    # Each worker's hard ceiling in bytes (address space, RLIMIT_AS): no message takes a
    # worker past it. A warm worker uses ~380 MB of address space; hitting the ceiling is
    # 451 and a fresh worker, and the same message again is limit:memory (rejected).
    max_worker_memory: int = Field(512 * MB, ge=448 * MB)
    # A worker is replaced (a fresh one first, so no capacity is lost) after this many
    # scans (0: never), or once its address space passes this share of the ceiling
    # (1.0: never; a warm worker that has read a day's mail sits near 0.88).
    recycle_after: int = Field(10_000, ge=0)
    recycle_at: float = Field(0.95, gt=0.5, le=1.0)
    # How long a message whose scan hit the timeout or the ceiling is remembered (by
    # digest, in the gateway database: across restarts) after its last failure: failing
    # again within it is limit:time / limit:memory.
    repeat_window: float = Field(86_400.0, gt=0)
    # "module:function" run in the worker for each message. Tests point it at
    # hostile functions; operators leave it alone.
    analyser: str = "detectors.analyse:analyse"

    @field_validator("analyser")
    @classmethod
    def _analyser_shape(cls, value: str) -> str:
        module, sep, func = value.partition(":")
        if not (module and sep and func.isidentifier()):
            raise ValueError("must look like 'package.module:function'")
        return value


class PolicyRef(_Model):
    """The policy file (None: the shipped default, policies/dwp-provider.yaml) and the
    directory of special-category term lists (None: the shipped policies/terms/).
    Relative paths are taken from the config file's directory."""

    path: Path | None = None
    terms_dir: Path | None = None


class DatabaseRef(_Model):
    """The consent and permission registers (None: the audit trail's SQLite file)."""

    path: Path | None = None


class Config(_Model):
    hostname: str = "mailgate.localdomain"
    listen: Listen = Field(default_factory=Listen)
    tls: ServerTLS = Field(default_factory=ServerTLS)
    access: Access = Field(default_factory=Access)
    upstream: Upstream | None = None
    maildir: Path = Path("outbox")
    limits: Limits = Field(default_factory=Limits)
    scan: ScanSettings = Field(default_factory=ScanSettings)
    log: LogConfig = Field(default_factory=LogConfig)
    # The decide and act steps (read by policies.settings and gateway.actions.wiring).
    policy: PolicyRef = Field(default_factory=PolicyRef)
    database: DatabaseRef = Field(default_factory=DatabaseRef)
    # Absent: no encryption method here, so the policy's "encrypt" becomes "reject".
    encryption: EncryptionConfig | None = None
    bounce: BounceConfig = Field(default_factory=BounceConfig)
    # smtp: 550 plus the explanation; explain: 250 and the explanation only.
    reject: RejectConfig = Field(default_factory=RejectConfig)
    notices: NoticeConfig = Field(default_factory=NoticeConfig)
    audit: AuditConfig = Field(default_factory=AuditConfig)
    # The gateway's own mail on disk until the next hop takes it (gateway.outbox).
    outbox: OutboxConfig = Field(default_factory=OutboxConfig)
    metrics: MetricsConfig = Field(default_factory=MetricsConfig)


def parse(data: object, source: str = "<config>") -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of keys")
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        # Data from load() carries its marks: file:line:column and a did-you-mean, as
        # policy errors have; a plain dict still gets the key path.
        raise ConfigError("\n".join(located_problems(exc, data, source, Config))) from None


def load(path: Path | None) -> Config:
    """Read and validate the file; None means the embedded defaults."""
    if path is None:
        return Config()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = parse_yaml(text, str(path))
    except PolicyError as exc:
        raise ConfigError(str(exc)) from None
    return parse(data, str(path))

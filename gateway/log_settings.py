"""Where the gateway's log goes: the ``log:`` section of the configuration.

``output: stderr`` (the default) writes one JSON object per line to stderr (systemd's
journal picks it up); ``output: syslog`` sends the same JSON as the MSG of RFC 5424
frames to ``syslog.address`` — ``udp://host:port``, ``tcp://host:port`` (RFC 6587
octet counting) or a local socket path such as ``/dev/log`` — for a SIEM.
"""

from __future__ import annotations

from dataclasses import dataclass
from logging.handlers import SysLogHandler
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Facility = Literal[
    "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron",
    "authpriv", "ftp", "local0", "local1", "local2", "local3", "local4", "local5",
    "local6", "local7",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class SyslogAddress:
    """A parsed ``syslog.address``: a network peer (``transport`` udp/tcp) or a local socket."""

    transport: Literal["udp", "tcp", "unix"]
    host: str = ""
    port: int = 0
    path: str = ""


def parse_syslog_address(value: str) -> SyslogAddress:
    """``udp://host:port``, ``tcp://host:port`` or an absolute socket path; ValueError else."""
    if value.startswith("/"):
        return SyslogAddress("unix", path=value)
    parts = urlsplit(value)
    if parts.scheme not in ("udp", "tcp"):
        raise ValueError(
            f"{value!r}: use udp://host:port, tcp://host:port or a socket path like /dev/log"
        )
    try:
        port = parts.port
    except ValueError:
        port = None
    if not parts.hostname or port is None or not 1 <= port <= 65535:
        raise ValueError(f"{value!r}: needs a host and a port from 1 to 65535")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError(f"{value!r}: only scheme://host:port, nothing after the port")
    return SyslogAddress(parts.scheme, host=parts.hostname, port=port)  # type: ignore[arg-type]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SyslogTarget(_Model):
    address: str = "/dev/log"
    facility: Facility = "mail"

    @field_validator("address")
    @classmethod
    def _address_shape(cls, value: str) -> str:
        parse_syslog_address(value)
        return value

    @property
    def parsed(self) -> SyslogAddress:
        return parse_syslog_address(self.address)

    @property
    def facility_code(self) -> int:
        return SysLogHandler.facility_names[self.facility]


class LogConfig(_Model):
    level: Literal["debug", "info", "warning", "error"] = "info"
    output: Literal["stderr", "syslog"] = "stderr"
    # Read only with output: syslog (default /dev/log, facility mail).
    syslog: SyslogTarget | None = Field(default=None)

    @model_validator(mode="after")
    def _syslog_only_for_syslog(self) -> LogConfig:
        if self.syslog is not None and self.output != "syslog":
            raise ValueError("log.syslog is set but log.output is not 'syslog'")
        return self

    @property
    def syslog_target(self) -> SyslogTarget:
        return self.syslog or SyslogTarget()

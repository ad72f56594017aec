"""A real SMTP peer for tests: aiosmtpd in its own thread, optionally STARTTLS-only."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool


@dataclass
class SinkHandler:
    messages: list[Received] = field(default_factory=list)
    # Reply to DATA; tests set e.g. "451 4.3.0 try later".
    data_reply: str = "250 2.0.0 Ok: queued as SINK1"

    async def handle_DATA(self, server, session, envelope) -> str:
        if not self.data_reply.startswith("250"):
            return self.data_reply
        self.messages.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content or envelope.content,
                session.ssl is not None
                or server.transport.get_extra_info("sslcontext") is not None,
            )
        )
        return self.data_reply


class Sink:
    def __init__(
        self, cert: tuple[Path, Path] | None = None, require_tls: bool = True, implicit=False
    ) -> None:
        self.handler = SinkHandler()
        kwargs: dict = {}
        if cert is not None:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(str(cert[0]), str(cert[1]))
            if implicit:  # TLS from the first byte (port 465 style)
                kwargs = {"ssl_context": ctx, "server_hostname": "localhost"}
            else:
                kwargs = {"tls_context": ctx, "require_starttls": require_tls}
        self.port = free_port()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, decode_data=False, **kwargs
        )

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def __enter__(self) -> Sink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

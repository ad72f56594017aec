"""Gateway test helpers: messages, trace stripping, a client that speaks raw SMTP."""

from __future__ import annotations

import socket
import ssl
import time
from pathlib import Path


def message(subject: str = "Test", body: str = "Hello.\r\n", extra: str = "") -> bytes:
    """A well-formed message with CRLF line ends (as it crosses the wire)."""
    return (
        "From: Sender <sender@provider.test>\r\n"
        "To: Someone <someone@partner.test>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Sun, 22 Nov 2026 09:00:00 +0000\r\n"
        f"Message-ID: <{time.time_ns()}@provider.test>\r\n"
        f"{extra}"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n" + body
    ).encode()


def strip_trace(data: bytes, count: int = 1) -> bytes:
    """Drop the first ``count`` Received: headers (the trace hops add), keep the rest byte-exact."""
    for _ in range(count):
        assert data.startswith(b"Received: "), data[:200]
        end = data.index(b"\r\n", 0)
        while data[end + 2 : end + 3] in (b"\t", b" "):
            end = data.index(b"\r\n", end + 2)
        data = data[end + 2 :]
    return data


class RawClient:
    """Speaks SMTP byte by byte, for what smtplib will not send (bare LF, odd dots)."""

    def __init__(self, port: int, timeout: float = 15) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout)
        self.buf = b""
        self.greeting = self.reply()

    def reply(self) -> str:
        lines = []
        while True:
            while b"\r\n" not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise ConnectionError(f"closed; got {lines!r}")
                self.buf += chunk
            line, self.buf = self.buf.split(b"\r\n", 1)
            lines.append(line.decode())
            if len(line) < 4 or line[3:4] != b"-":
                return "\n".join(lines)

    def cmd(self, line: str | bytes) -> str:
        self.send(line if isinstance(line, bytes) else line.encode() + b"\r\n")
        return self.reply()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def close(self) -> None:
        self.sock.close()


def client_tls_context(cert: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(cert))
    ctx.check_hostname = False
    return ctx

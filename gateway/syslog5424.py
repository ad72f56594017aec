"""A logging handler that sends RFC 5424 syslog frames (UDP, TCP or a local socket).

The stdlib's SysLogHandler writes the old BSD form (``<PRI>message``, RFC 3164), which
SIEMs parse by guesswork. This keeps its transport (sockets, reconnecting a local
socket) and builds the frame itself::

    <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID - MSG

MSG is the JSON line the formatter made (ASCII: ``json.dumps`` escapes the rest);
MSGID is the event name. On a stream (TCP, or a stream-only local socket) each frame
is length-prefixed (RFC 6587 §3.4.1,
octet counting), since a JSON line may in principle hold any character.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
from datetime import UTC, datetime
from logging.handlers import SysLogHandler

from gateway.log_settings import SyslogTarget

APP_NAME = "mailgate"
_NOT_PRINTUSASCII = re.compile(r"[^!-~]")


def _field(value: str, limit: int) -> str:
    """An RFC 5424 header field: PRINTUSASCII, at most ``limit`` characters, "-" if empty."""
    return _NOT_PRINTUSASCII.sub("_", value)[:limit] or "-"


class Rfc5424Handler(SysLogHandler):
    def __init__(self, target: SyslogTarget, hostname: str | None = None) -> None:
        where = target.parsed
        if where.transport == "unix":
            super().__init__(address=where.path, facility=target.facility_code)
        else:
            kind = socket.SOCK_DGRAM if where.transport == "udp" else socket.SOCK_STREAM
            super().__init__((where.host, where.port), target.facility_code, kind)
        # Octet counting on any stream: TCP, or a local socket that only takes streams.
        self.tcp = self.socktype == socket.SOCK_STREAM
        self.hostname = _field(hostname or socket.gethostname(), 255)

    def frame(self, record: logging.LogRecord) -> bytes:
        msg = self.format(record)
        pri = self.encodePriority(self.facility, self.mapPriority(record.levelname))
        when = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="microseconds")
        event = record.msg.get("event") if isinstance(record.msg, dict) else None
        msgid = _field(str(event or "library_log"), 32)
        header = f"<{pri}>1 {when.replace('+00:00', 'Z')} {self.hostname} {APP_NAME} "
        line = f"{header}{os.getpid()} {msgid} - {msg}".encode()
        return b"%d " % len(line) + line if self.tcp else line

    def emit(self, record: logging.LogRecord) -> None:
        try:
            data = self.frame(record)
            if self.unixsocket:
                try:
                    self.socket.send(data)
                except OSError:  # syslogd restarted: reconnect once
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(data)
            elif self.socktype == socket.SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                try:
                    self.socket.sendall(data)
                except OSError:  # the collector dropped the connection: reconnect once
                    self.socket.close()
                    self.socket = None
                    self.createSocket()
                    self.socket.sendall(data)
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # One line, never the record (it may be anything a library logged).
        exc = sys.exc_info()[1]
        print(f"mailgate: syslog {self.address}: send failed: {exc!r}", file=sys.stderr)

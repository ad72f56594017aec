"""The upstream side: an SMTP transaction to the next hop, opened at MAIL/RCPT.

The server opens the upstream transaction when its client sends MAIL FROM, so a
refusal of the sender or of one recipient reaches the client at that command,
and completes it (DATA) only after the content hook said relay. The client is
told 250 for DATA only when the upstream said 250 for the final dot.

Connections are kept in a small pool and reused (RSET between transactions);
a reused connection the upstream has meanwhile dropped is replaced once.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from dataclasses import dataclass, field

import aiosmtplib

from gateway import config
from gateway.upstream_kinds import kind_of_code

_ENHANCED = re.compile(r"^([245])\.\d{1,3}\.\d{1,3}\b")


@dataclass(frozen=True, slots=True)
class Reply:
    """One SMTP reply. ``text`` starts with the enhanced status code when there is one.
    ``kind`` (``upstream_kinds.KINDS``) is set on failures of the upstream side."""

    code: int
    text: str
    kind: str = field(default="", compare=False)
    # The gateway's own final answer (explain mode's "250 Accepted, not delivered …"):
    # the client hears this text, not the usual "Ok: queued as".
    own: bool = field(default=False, compare=False)

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def permanent(self) -> bool:
        return 500 <= self.code < 600

    def line(self) -> str:
        # One line for the client; upstream multi-line texts are joined.
        return f"{self.code} {' '.join(self.text.split())}"

    def __str__(self) -> str:
        return self.line()


def for_client(reply: Reply, what: str) -> Reply:
    """What the client hears when the upstream answered ``reply`` to ``what``.

    2xx and 5xx pass through (same class, upstream text kept so the sender
    sees why); anything else becomes 451 so the client keeps the message.
    """
    if reply.ok:
        return reply
    if reply.permanent:
        return Reply(reply.code, reply.text, reply.kind or "rejected")
    text = " ".join(reply.text.split())
    match = _ENHANCED.match(text)
    enhanced = match.group(0) if match and match.group(1) == "4" else "4.4.0"
    if match:
        text = text[match.end() :].lstrip()
    line = f"{enhanced} upstream {what} deferred: {reply.code} {text}".rstrip()
    return Reply(451, line, reply.kind or "deferred")


class UpstreamFailure(Exception):
    """The upstream could not be reached or stopped answering: always transient."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.line())
        self.reply = reply


def _no_starttls(exc: BaseException) -> bool:
    # aiosmtplib says "SMTP STARTTLS extension not supported by server." with a bare
    # SMTPException: without this it would read as a lost connection.
    return type(exc) is aiosmtplib.SMTPException and "STARTTLS" in str(exc)


def _failure(exc: BaseException, what: str) -> UpstreamFailure:
    # Timeouts first: aiosmtplib's connect timeout is also an SMTPConnectError.
    if isinstance(exc, TimeoutError):
        return UpstreamFailure(Reply(451, f"4.4.2 upstream timed out ({what})", "timeout"))
    if isinstance(exc, ssl.SSLError | aiosmtplib.SMTPNotSupported) or _no_starttls(exc):
        return UpstreamFailure(Reply(451, f"4.7.5 upstream TLS failed ({what})", "tls"))
    if isinstance(exc, aiosmtplib.SMTPConnectResponseError):  # a 4xx/5xx greeting
        kind = kind_of_code(exc.code)
        return UpstreamFailure(Reply(451, f"4.4.1 upstream unreachable ({what})", kind))
    if isinstance(exc, aiosmtplib.SMTPConnectError | ConnectionRefusedError):
        return UpstreamFailure(Reply(451, f"4.4.1 upstream unreachable ({what})", "refused"))
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return UpstreamFailure(for_client(Reply(exc.code, exc.message), what))
    return UpstreamFailure(Reply(451, f"4.4.2 upstream connection lost ({what})", "dropped"))


def _addr(address: str) -> bytes:
    # aiosmtpd decodes with surrogateescape under SMTPUTF8: get the client's bytes back.
    if address == "<>":
        return b"<>"
    return b"<" + address.encode("utf-8", "surrogateescape") + b">"


class UpstreamNextHop:
    def __init__(self, settings: config.Upstream, local_hostname: str) -> None:
        self.settings = settings
        self.local_hostname = settings.helo or local_hostname
        self._idle: list[tuple[aiosmtplib.SMTP, float]] = []
        self._password: str | None = None
        if settings.password_file is not None:
            self._password = settings.password_file.read_text(encoding="utf-8").strip()

    def describe(self) -> str:
        s = self.settings
        return f"smtp://{s.host}:{s.port} (tls={s.tls}, verify={s.verify})"

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self.settings
        smtp = aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            local_hostname=self.local_hostname,
            timeout=s.timeout,
            use_tls=s.tls == "implicit",
            # True: STARTTLS or fail — never a silent downgrade. False: plain.
            start_tls=s.tls == "starttls",
            validate_certs=s.verify,
            cert_bundle=str(s.ca_file) if s.ca_file else None,
            username=s.username,
            password=self._password,
            source_address=(s.source_address, 0) if s.source_address else None,
        )
        try:
            await smtp.connect(timeout=s.connect_timeout)
            if smtp.last_ehlo_response is None:
                await smtp.ehlo()
        except BaseException:
            smtp.close()
            raise
        return smtp

    async def _acquire(self) -> tuple[aiosmtplib.SMTP, bool]:
        now = time.monotonic()
        while self._idle:
            smtp, since = self._idle.pop()
            if smtp.is_connected and now - since < self.settings.pool_idle:
                return smtp, True
            smtp.close()
        return await self._connect(), False

    def _release(self, smtp: aiosmtplib.SMTP) -> None:
        if smtp.is_connected and len(self._idle) < self.settings.pool_size:
            self._idle.append((smtp, time.monotonic()))
        else:
            smtp.close()

    async def begin(
        self, mail_from: str, options: list[str]
    ) -> tuple[Reply, UpstreamTransaction | None]:
        """Connect (or reuse) and send MAIL FROM. Returns the client-facing reply
        and, when the upstream said 250, the open transaction."""
        for attempt in (1, 2):
            try:
                smtp, reused = await self._acquire()
            except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
                return _failure(exc, "connect").reply, None
            try:
                upstream_opts = self._mail_options(smtp, options)
            except UpstreamFailure as exc:
                self._release(smtp)
                return exc.reply, None
            try:
                resp = await smtp.execute_command(
                    b"MAIL", b"FROM:" + _addr(mail_from), *upstream_opts
                )
            except (aiosmtplib.SMTPException, OSError) as exc:
                smtp.close()
                if reused and attempt == 1:
                    continue  # the pooled connection had gone stale: one fresh try
                return _failure(exc, "MAIL").reply, None
            reply = Reply(resp.code, resp.message)
            if not reply.ok:
                await _rset_and_release(self, smtp)
                return for_client(reply, "MAIL"), None
            return reply, UpstreamTransaction(self, smtp, "SMTPUTF8" in options)
        raise AssertionError("unreachable")

    def _mail_options(self, smtp: aiosmtplib.SMTP, options: list[str]) -> list[bytes]:
        out: list[bytes] = []
        for opt in options:
            name = opt.partition("=")[0]
            if name == "SIZE":
                if smtp.supports_extension("size"):
                    out.append(opt.encode("ascii"))
            elif name == "BODY":
                if smtp.supports_extension("8bitmime"):
                    out.append(opt.encode("ascii"))
                elif opt != "BODY=7BIT":
                    why = "5.6.3 upstream does not accept 8-bit data"
                    raise UpstreamFailure(Reply(554, why, "unsupported"))
            elif name == "SMTPUTF8":
                if not smtp.supports_extension("smtputf8"):
                    why = "5.6.7 upstream does not support SMTPUTF8"
                    raise UpstreamFailure(Reply(553, why, "unsupported"))
                out.append(b"SMTPUTF8")
            else:
                out.append(opt.encode("ascii"))
        return out

    async def close(self) -> None:
        """QUIT the idle connections, all at once, bounded to two seconds."""
        idle, self._idle = self._idle, []
        if not idle:
            return

        async def quit_one(smtp: aiosmtplib.SMTP) -> None:
            try:
                await smtp.quit(timeout=2)
            except (aiosmtplib.SMTPException, OSError):
                pass
            finally:
                smtp.close()

        await asyncio.wait([asyncio.ensure_future(quit_one(smtp)) for smtp, _ in idle], timeout=3)


async def _rset_and_release(hop: UpstreamNextHop, smtp: aiosmtplib.SMTP) -> None:
    try:
        resp = await smtp.rset()
    except (aiosmtplib.SMTPException, OSError):
        smtp.close()
        return
    if resp.code == 250:
        hop._release(smtp)
    else:
        smtp.close()


class UpstreamTransaction:
    """An open MAIL transaction on one upstream connection."""

    def __init__(self, hop: UpstreamNextHop, smtp: aiosmtplib.SMTP, smtputf8: bool) -> None:
        self._hop = hop
        self._smtp = smtp
        self.open = True

    async def add_recipient(self, address: str, options: list[str]) -> Reply:
        opts = [o.encode("ascii") for o in options]
        try:
            resp = await self._smtp.execute_command(b"RCPT", b"TO:" + _addr(address), *opts)
        except (aiosmtplib.SMTPException, OSError) as exc:
            self.open = False
            self._smtp.close()
            return _failure(exc, "RCPT").reply
        return for_client(Reply(resp.code, resp.message), "RCPT")

    async def deliver(self, raw: bytes) -> Reply:
        """Send DATA and the content; the upstream's reply to the final dot."""
        if not self.open:
            return Reply(451, "4.4.2 upstream connection lost before DATA", "dropped")
        self.open = False
        try:
            resp = await self._smtp.data(raw)
        except (aiosmtplib.SMTPException, OSError) as exc:
            if isinstance(exc, aiosmtplib.SMTPResponseException):
                await _rset_and_release(self._hop, self._smtp)
            else:
                self._smtp.close()
            return _failure(exc, "DATA").reply
        self._hop._release(self._smtp)
        return Reply(
            resp.code, resp.message, "" if 200 <= resp.code < 300 else kind_of_code(resp.code)
        )

    async def abort(self) -> None:
        """RSET the open transaction (nothing is sent) and return the connection."""
        if not self.open:
            return
        self.open = False
        await _rset_and_release(self._hop, self._smtp)

    def discard(self) -> None:
        """Client went away: drop the connection without waiting on the upstream."""
        self.open = False
        self._smtp.close()

"""The SMTP server: aiosmtpd protocol + our handler, and the listener that owns them.

Before-queue relay: the upstream transaction is opened at MAIL (for clients
allowed to relay), each RCPT is passed on and its answer returned, and DATA is
answered only after the content hook (gateway.pipeline) has handed the message
on. Clients not allowed to relay get ``554 5.7.1`` at every RCPT.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import re
import secrets
import ssl
import time
from base64 import b64decode
from dataclasses import dataclass
from typing import Any

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

from gateway import config, logs, upstream_failures
from gateway.access import ClientNetworks, recipient_problem
from gateway.audit.redact import redact_reply
from gateway.auth import Authenticator, Credentials
from gateway.auth_throttle import AuthThrottle
from gateway.data_reader import read_data
from gateway.failed_scans import FailedScans
from gateway.maildir import MaildirNextHop
from gateway.metrics import Metrics
from gateway.pipeline import Message, Pipeline
from gateway.relay import Reply, UpstreamNextHop
from gateway.smtp_path import plain_path
from gateway.workers import ScanPool
from policies.verdict import EnvelopeFacts

IDENT = "Mailgate ESMTP"

# aiosmtpd's own replies, given the enhanced status codes RFC 3463 asks for.
_REWRITE = {
    b"552 Error: Too much mail data": b"552 5.3.4 Message too big for this gateway",
    b"552 Error: message size exceeds fixed maximum message size": (
        b"552 5.3.4 Message too big for this gateway"
    ),
    b"500 Line too long (see RFC5321 4.5.3.1.6)": b"500 5.5.2 Line too long",
    b"500 Command line too long": b"500 5.5.2 Command line too long",
    b"503 Error: need RCPT command": b"503 5.5.1 Error: need RCPT command",
    b"503 Error: need MAIL command": b"503 5.5.1 Error: need MAIL command",
    b"530 Must issue a STARTTLS command first": b"530 5.7.0 Must issue a STARTTLS command first",
}


def has_bare_cr_or_lf(data: bytes) -> bool:
    """True when a CR or LF in ``data`` is not part of a CRLF pair (SMTP smuggling)."""
    pairs = data.count(b"\r\n")
    return data.count(b"\n") != pairs or data.count(b"\r") != pairs


_PRINTABLE = re.compile(rb"[^!-~]")
_AUTH_PARAM = re.compile(r"(?i)\s+AUTH=\S*")


def _safe(text: str, limit: int = 255) -> str:
    return _PRINTABLE.sub(b"?", text.encode("utf-8", "surrogateescape")[:limit]).decode()


def new_queue_id() -> str:
    return secrets.token_hex(6).upper()


@dataclass
class Runtime:
    """Everything a session needs, rebuilt as a whole on SIGHUP."""

    config: config.Config
    networks: ClientNetworks
    uncapped: ClientNetworks  # clients not held to limits.max_sessions_per_client
    authenticator: Authenticator | None
    tls_context: ssl.SSLContext | None
    nexthop: Any  # UpstreamNextHop | MaildirNextHop
    pipeline: Pipeline

    def where_mail_goes(self) -> str:
        if self.config.upstream is None:
            return f"no upstream configured: delivering into Maildir {self.nexthop.root.resolve()}"
        return f"relaying to {self.nexthop.describe()}"


def _server_tls(settings: config.ServerTLS) -> ssl.SSLContext | None:
    if settings.cert is None or settings.key is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(settings.cert), str(settings.key))
    return ctx


class SessionFacts:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.messages = 0
        self.refused_rcpts = 0
        self.logged = False


class Handler:
    """aiosmtpd hooks. One instance per session (it carries the session's Runtime)."""

    def __init__(self, gateway: Gateway, runtime: Runtime) -> None:
        self.gw = gateway
        self.rt = runtime
        self.log = gateway.log

    # -- who may relay ---------------------------------------------------------
    def _client_ip(self, session: Session) -> str | None:
        peer = session.peer
        return peer[0] if isinstance(peer, tuple) else None

    def _may_relay(self, session: Session) -> bool:
        return bool(session.authenticated) or self.rt.networks.allows(self._client_ip(session))

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.rt.authenticator is None:
            # No credentials configured: do not advertise AUTH at all.
            responses = [r for r in responses if not r[4:].startswith("AUTH")]
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        if not self._may_relay(session):
            return "250 2.1.0 Ok"  # refused per recipient, at RCPT (554 5.7.1)
        reply, txn = await self.rt.nexthop.begin(address, mail_options)
        if not reply.ok or txn is None:
            self._upstream_failed(session, "MAIL", reply)
            envelope.mail_from = None
            envelope.mail_options.clear()
            return reply.line()
        server.txn = txn
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        facts: SessionFacts = server.facts
        if not self._may_relay(session):
            facts.refused_rcpts += 1
            return "554 5.7.1 Relay access denied"
        problem = recipient_problem(address)
        if problem:
            facts.refused_rcpts += 1
            return f"553 5.1.3 {problem}"
        if len(envelope.rcpt_tos) >= self.rt.config.limits.max_recipients:
            return "452 4.5.3 Too many recipients"
        txn = server.txn
        if txn is None or not txn.open:
            return "451 4.4.2 upstream transaction lost, start again"
        reply = await txn.add_recipient(address, rcpt_options)
        if not reply.ok:
            self._upstream_failed(session, "RCPT", reply)
        if reply.ok:
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        return reply.line()

    def _upstream_failed(self, session: Session, stage: str, reply: Reply) -> None:
        upstream_failures.report(
            self.gw.metrics,
            "relay",
            stage,
            reply.code,
            reply.text,
            reply.kind,
            client=self._client_ip(session),
        )

    async def handle_DATA(self, server, session, envelope):
        # The data timeout covered the transfer; our own work is bounded by the
        # scan and upstream timeouts, so the idle timer is off until we answer.
        server.pause_timeout()
        started = time.monotonic()
        txn, server.txn = server.txn, None
        raw: bytes = envelope.original_content or b""
        queue_id = new_queue_id()
        facts: SessionFacts = server.facts
        log = self.log.bind(
            queue_id=queue_id,
            client=self._client_ip(session),
            auth_user=session.auth_data if session.authenticated else None,
            size=len(raw),
            rcpt_count=len(envelope.rcpt_tos),
        )
        try:
            if txn is None:
                return "451 4.4.2 upstream transaction lost, start again"
            if has_bare_cr_or_lf(raw):
                await txn.abort()
                log.warning("message", outcome="refused", reason="bare CR or LF")
                return "554 5.5.2 Bare CR or LF in message data is not accepted"
            if b"\x00" in raw:
                # RFC 5321 §4.5.2 / RFC 5322: NUL is not a character of mail text; the
                # next hop may strip or split on it, so the scanned bytes are not what it sees.
                await txn.abort()
                log.warning("message", outcome="refused", reason="NUL")
                return "554 5.6.0 NUL characters in message data are not accepted"
            message = Message(
                queue_id=queue_id,
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                mail_options=list(envelope.mail_options),
                raw=raw,
                trace=self._received(server, session, queue_id),
                facts=EnvelopeFacts(
                    mail_from=envelope.mail_from,
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    auth_user=session.auth_data if session.authenticated else None,
                    client_address=self._client_ip(session),
                ),
                transaction=txn,
            )
            try:
                reply = await self.rt.pipeline.process(message)
            except asyncio.CancelledError:
                if txn.open and hasattr(txn, "discard"):
                    txn.discard()  # client gone: drop upstream without the final dot
                raise
            facts.messages += 1
            log.info(
                "message",
                outcome="accepted" if reply.ok else "refused",
                upstream_reply=redact_reply(reply.line()),  # as the audit keeps it
                relayed_size=len(message.trace) + len(raw),
                rcpt_domains=sorted({r.rpartition("@")[2].lower() for r in message.rcpt_tos}),
                ms=round((time.monotonic() - started) * 1000, 1),
            )
            if reply.ok and not reply.own:
                return f"250 2.0.0 Ok: queued as {queue_id}"
            return reply.line()
        finally:
            server.resume_timeout()

    async def handle_exception(self, error: Exception) -> str:
        # aiosmtpd would answer "500 Error: …": a permanent code the client bounces
        # on. A bug of ours must never lose the message, so it is a retryable 451.
        self.log.error("session_error", error=type(error).__name__, exc_info=error)
        return "451 4.3.0 Internal error, try again later"

    def _received(self, server, session: Session, queue_id: str) -> bytes:
        proto = "ESMTP" if session.extended_smtp else "SMTP"
        if session.ssl is not None:
            proto += "S"
        if session.authenticated:
            proto += "A"
        helo = _safe(session.host_name or "unknown")
        ip = _safe(self._client_ip(session) or "unknown")
        date = email.utils.format_datetime(email.utils.localtime())
        return (
            f"Received: from {helo} ([{ip}])\r\n"
            f"\tby {_safe(self.rt.config.hostname)} (Mailgate) with {proto} id {queue_id};\r\n"
            f"\t{date}\r\n"
        ).encode("ascii")


class GatewaySMTP(SMTP):
    """aiosmtpd's protocol with our limits, timers and shutdown behaviour."""

    def __init__(self, gateway: Gateway, runtime: Runtime) -> None:
        cfg = runtime.config
        # Line limit in DATA: the configured length plus the transparency dot.
        self.line_length_limit = cfg.limits.line_length + 1
        super().__init__(
            Handler(gateway, runtime),
            data_size_limit=cfg.limits.max_message_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=cfg.hostname,
            ident=IDENT,
            tls_context=runtime.tls_context,
            require_starttls=cfg.tls.require,
            timeout=cfg.limits.command_timeout,
            auth_required=False,
            auth_require_tls=True,
            authenticator=runtime.authenticator,
            loop=asyncio.get_running_loop(),
        )
        self.gateway = gateway
        self.runtime = runtime
        self.txn: Any = None
        self.busy = False
        self.admitted = False
        self.client: str | None = None  # counted against limits.max_sessions_per_client
        self.facts = SessionFacts()
        for name, method in list(self._smtp_methods.items()):
            self._smtp_methods[name] = self._guarded(method)

    def _guarded(self, method):
        async def run(arg):
            if self.gateway.hard_stop:
                await self.say_goodbye()
                return
            self.busy = True
            try:
                await method(arg)
            finally:
                self.busy = False
            if self.gateway.hard_stop and self.transport is not None:
                await self.say_goodbye()

        return run

    async def say_goodbye(self) -> None:
        if self.transport is None:
            return
        self._writer.write(f"421 4.3.2 {self.hostname} Service shutting down\r\n".encode())
        self.transport.close()

    # PLAIN and LOGIN as aiosmtpd parses them, but the scrypt check runs in a
    # thread: a burst of AUTH attempts must not stall every other session.
    async def auth_PLAIN(self, _, args):
        if len(args) == 1:
            blob = await self.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False)
        else:
            try:
                blob = b64decode(args[1].encode(), validate=True)
            except ValueError:
                await self.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        try:
            _authz, login, password = blob.split(b"\x00")
        except ValueError:
            await self.push("501 5.5.2 Can't split auth value")
            return AuthResult(success=False, handled=True)
        return await self._check("PLAIN", LoginPassword(login, password))

    async def auth_LOGIN(self, _, args):
        if len(args) == 1:
            login = await self.challenge_auth(self.AuthLoginUsernameChallenge)
            if login is MISSING:
                return AuthResult(success=False)
        else:
            try:
                login = b64decode(args[1].encode(), validate=True)
            except ValueError:
                await self.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        password = await self.challenge_auth(self.AuthLoginPasswordChallenge)
        if password is MISSING:
            return AuthResult(success=False)
        return await self._check("LOGIN", LoginPassword(login, password))

    def _client_ip(self) -> str | None:
        peer = self.session.peer if self.session is not None else None
        return peer[0] if isinstance(peer, tuple) else None

    async def _cooling_off(self) -> None:
        """421 and hang up: this address or user failed AUTH too often."""
        self.gateway.metrics.auth_failures.labels("refused").inc()
        await self.push("421 4.7.0 Too many failed authentication attempts, try again later")
        if self.transport is not None:
            self.transport.close()

    async def smtp_AUTH(self, arg):
        if self.gateway.auth_throttle.cooling_off(self._client_ip()):
            await self._cooling_off()
            return
        await super().smtp_AUTH(arg)

    async def _check(self, mechanism: str, data: LoginPassword) -> AuthResult:
        throttle, client = self.gateway.auth_throttle, self._client_ip()
        user = data.login.decode("utf-8", "replace")
        if throttle.cooling_off(client, user):
            await self._cooling_off()
            return AuthResult(success=False, handled=True)
        result = await asyncio.to_thread(self._authenticate, mechanism, data)
        if result.success:
            throttle.succeeded(client)
            return result
        penalty = throttle.failed(client, user)
        self.gateway.metrics.auth_failures.labels("failed").inc()
        known = self.runtime.authenticator is not None and self.runtime.authenticator.knows(user)
        # Never the password; the name only when it is an account's (a password typed
        # into the user field must not reach the log).
        self.gateway.log.warning(
            "auth_failed",
            client=client,
            user=user if known else None,
            known_user=known,
            mechanism=mechanism,
            delay=penalty.delay,
            cooling_off=penalty.cooling_off,
        )
        await asyncio.sleep(penalty.delay)
        if penalty.cooling_off:
            await self._cooling_off()
            return AuthResult(success=False, handled=True)
        return result

    async def push(self, status):
        raw = status.encode("utf-8") if isinstance(status, str) else status
        await super().push(_REWRITE.get(raw, raw))

    def _getaddr(self, arg):
        plain = plain_path(arg) if arg else None
        if plain is None:
            return super()._getaddr(arg)
        if self.local_part_limit and len(plain[0].rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return plain

    async def smtp_MAIL(self, arg):
        # RFC 4954 AUTH=<identity> (Exchange sends AUTH=<> after it authenticates):
        # aiosmtpd would answer 555. The submitter's identity is not passed upstream.
        if arg:
            arg = _AUTH_PARAM.sub("", arg)
        await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg):
        # aiosmtpd drops a source route (<@relay:user@host>) and keeps the mailbox;
        # refuse it outright rather than silently rewriting what the client asked for.
        if arg and re.match(r"(?i)TO:\s*<\s*@", arg):
            await self.push("553 5.1.3 source routes are not relayed")
            return
        await super().smtp_RCPT(arg)

    async def smtp_DATA(self, arg):
        # aiosmtpd's DATA with the data read in blocks (gateway.data_reader).
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        self._reset_timeout(self.runtime.config.limits.data_timeout)
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            data = await read_data(
                self._reader,
                size_limit=self.data_size_limit or 0,
                line_limit=self.line_length_limit,
            )
        except (asyncio.CancelledError, asyncio.IncompleteReadError):
            # The connection went during DATA: nothing was accepted.
            self._writer.close()
            raise
        if data.error is not None:
            await self.push(data.error)
            self._set_post_data_state()
            return
        self.envelope.content = self.envelope.original_content = data.content
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()
        await self.push("250 OK" if status is MISSING else status)

    def pause_timeout(self) -> None:
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()

    def resume_timeout(self) -> None:
        if self.transport is not None:
            self._reset_timeout()

    def _set_post_data_state(self) -> None:
        # Called for RSET, HELO/EHLO, and DATA refused by size/line limits:
        # an upstream transaction still open belongs to an abandoned envelope.
        txn = getattr(self, "txn", None)
        if txn is not None:
            self.txn = None
            if txn.open:
                self.gateway.background(txn.abort())
        super()._set_post_data_state()

    def connection_made(self, transport) -> None:
        if self.admitted:  # again after STARTTLS, with the TLS transport
            super().connection_made(transport)
            return
        peer = transport.get_extra_info("peername")
        client = peer[0] if isinstance(peer, tuple) else None
        self.admitted = self.gateway.admit(self, client)
        if not self.admitted:
            transport.write(
                f"421 4.7.0 {self.hostname} Too many sessions from your address, "
                "try again later\r\n".encode()
            )
            transport.close()
            return
        super().connection_made(transport)

    def _create_envelope(self) -> Envelope:
        return Envelope()

    def connection_lost(self, error) -> None:
        if not self.admitted:
            return  # refused at connect: no session was started
        super().connection_lost(error)
        txn, self.txn = self.txn, None
        if txn is not None and txn.open and hasattr(txn, "discard"):
            txn.discard()
        self.gateway.session_ended(self)


class _Busy(asyncio.Protocol):
    """Answers 421 and hangs up: used when the session limit is reached."""

    def __init__(self, hostname: str) -> None:
        self.hostname = hostname

    def connection_made(self, transport) -> None:
        transport.write(
            f"421 4.7.0 {self.hostname} Too many sessions, try again later\r\n".encode()
        )
        transport.close()


def build_runtime(cfg: config.Config, scanner, policy=None, actions=None) -> Runtime:
    authenticator = None
    if cfg.access.credentials_file is not None:
        authenticator = Authenticator(Credentials.load(cfg.access.credentials_file))
        if cfg.tls.cert is None:
            logs.get().warning(
                "auth_unavailable", reason="AUTH is offered only after STARTTLS: set tls.cert/key"
            )
    if cfg.upstream is None:
        nexthop: Any = MaildirNextHop(cfg.maildir)
    else:
        nexthop = UpstreamNextHop(cfg.upstream, cfg.hostname)
    return Runtime(
        config=cfg,
        networks=ClientNetworks(cfg.access.networks),
        uncapped=ClientNetworks(cfg.limits.sessions_uncapped_networks),
        authenticator=authenticator,
        tls_context=_server_tls(cfg.tls),
        nexthop=nexthop,
        pipeline=Pipeline(scanner, policy=policy, actions=actions),
    )


class Gateway:
    """The listener: owns the sessions, the scan pool and the next hop.

    ``policy`` and ``actions`` are the content-hook seams (see gateway.pipeline).
    """

    def __init__(
        self,
        cfg: config.Config,
        *,
        policy=None,
        actions=None,
        wrap_scanner=None,
        terms=None,
        metrics: Metrics | None = None,
    ) -> None:
        self.log = logs.get()
        self.metrics = metrics or Metrics()
        # Kept across reloads: the counts must outlive a SIGHUP.
        self.auth_throttle = AuthThrottle(cfg.limits.auth)
        self._per_client: dict[str, int] = {}
        self.policy = policy
        self.actions = actions
        if terms is None:  # the workers' detectors never read files: hand them the lists
            from policies.terms import load_terms

            terms = load_terms()
        self.terms = terms
        # e.g. metrics.TimedScanner: applied to every scan pool, also after a reload.
        self.wrap_scanner = wrap_scanner or (lambda pool: pool)
        # Kept across pools: a reload must not forget which messages ran out of budget.
        self.failed_scans = FailedScans(cfg.scan.repeat_window)
        self.scanner = self._pool(cfg)
        self.runtime = build_runtime(cfg, self, policy, actions)
        self.sessions: set[GatewaySMTP] = set()
        self.hard_stop = False
        self.stopping = False
        self._server: asyncio.base_events.Server | None = None
        self.address: tuple[str, int] | None = None
        self._idle = asyncio.Event()
        self._tasks: set[asyncio.Future] = set()

    def _pool(self, cfg: config.Config):
        self.failed_scans.window = cfg.scan.repeat_window
        pool = ScanPool(
            cfg.scan.workers,
            cfg.scan.timeout,
            cfg.scan.analyser,
            self.terms,
            max_memory=cfg.scan.max_worker_memory,
            failures=self.failed_scans,
            recycle_after=cfg.scan.recycle_after,
            recycle_size=(
                int(cfg.scan.max_worker_memory * cfg.scan.recycle_at)
                if cfg.scan.recycle_at < 1.0
                else None
            ),
        )
        return self.wrap_scanner(pool)

    def set_terms(self, terms) -> None:
        """New term lists (SIGHUP): new workers get them; scans in flight finish on the old."""
        if terms == self.terms:
            return
        self.terms = terms
        old_pool = self.scanner
        self.scanner = self._pool(self.runtime.config)
        old_pool.shutdown(graceful=True)
        self.background(self.scanner.start())
        self.log.info("terms_reloaded")

    async def scan(self, raw: bytes, mail_from: str, rcpt_tos: list[str]):
        """Scanner for every pipeline: the current pool, also for sessions older than a reload."""
        return await self.scanner.scan(raw, mail_from, rcpt_tos)

    def background(self, coro) -> None:
        """Run a clean-up coroutine without awaiting it (kept referenced until done)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _protocol(self) -> asyncio.Protocol:
        rt = self.runtime
        if self.stopping or len(self.sessions) >= rt.config.limits.max_sessions:
            reason = "stopping" if self.stopping else "full"
            self.log.warning("session_refused", reason=reason)
            self.metrics.sessions_refused.labels(reason).inc()
            return _Busy(rt.config.hostname)
        proto = GatewaySMTP(self, rt)
        self.sessions.add(proto)
        self._idle.clear()
        return proto

    def admit(self, proto: GatewaySMTP, client: str | None) -> bool:
        """At connect: False (the caller answers 421) when this address already holds
        ``limits.max_sessions_per_client`` sessions and is not in the uncapped networks."""
        rt = self.runtime
        cap = rt.config.limits.max_sessions_per_client
        if (
            client is not None
            and self._per_client.get(client, 0) >= cap
            and not rt.uncapped.allows(client)
        ):
            proto.facts.logged = True  # no session to report at its end
            self._forget(proto)
            self.log.warning("session_refused", reason="per_client", client=client)
            self.metrics.sessions_refused.labels("per_client").inc()
            return False
        if client is not None:
            self._per_client[client] = self._per_client.get(client, 0) + 1
            proto.client = client
        return True

    def _forget(self, proto: GatewaySMTP) -> None:
        self.sessions.discard(proto)
        if not self.sessions:
            self._idle.set()
        if proto.client is not None:
            left = self._per_client.pop(proto.client, 1) - 1
            if left > 0:
                self._per_client[proto.client] = left
            proto.client = None

    def session_ended(self, proto: GatewaySMTP) -> None:
        if proto.facts.logged:
            return
        proto.facts.logged = True
        self._forget(proto)
        session = proto.session
        peer = session.peer if session is not None else None
        self.log.info(
            "session",
            client=peer[0] if isinstance(peer, tuple) else None,
            helo=_safe(session.host_name) if session and session.host_name else None,
            tls=bool(session and session.ssl is not None),
            auth_user=session.auth_data if session and session.authenticated else None,
            messages=proto.facts.messages,
            refused_rcpts=proto.facts.refused_rcpts,
            seconds=round(time.monotonic() - proto.facts.started, 3),
        )

    async def start(self) -> None:
        await self.scanner.start()
        cfg = self.runtime.config
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            self._protocol, host=cfg.listen.host, port=cfg.listen.port, reuse_address=True
        )
        sockname = self._server.sockets[0].getsockname()
        self.address = (sockname[0], sockname[1])
        self.log.info(
            "listening",
            address=f"{self.address[0]}:{self.address[1]}",
            next_hop=self.runtime.where_mail_goes(),
        )

    def reload(self, cfg: config.Config) -> None:
        """New sessions use ``cfg``; sessions in progress keep what they started with."""
        old = self.runtime
        if cfg.listen != old.config.listen:
            self.log.warning("reload_listen_ignored", reason="listen address needs a restart")
        if cfg.scan != old.config.scan:
            old_pool = self.scanner
            self.scanner = self._pool(cfg)
            old_pool.shutdown(graceful=True)
        self.runtime = build_runtime(cfg, self, self.policy, self.actions)
        self.auth_throttle.settings = cfg.limits.auth
        self.background(old.nexthop.close())
        self.log.info("reloaded", next_hop=self.runtime.where_mail_goes())

    async def stop(self, grace: float | None = None) -> None:
        """Stop accepting, let sessions finish for ``grace`` seconds, then 421 the rest."""
        if grace is None:
            grace = self.runtime.config.limits.shutdown_grace
        self.stopping = True
        if self._server is not None:
            self._server.close()
        if self.sessions:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), grace)
        self.hard_stop = True
        for proto in list(self.sessions):
            if not proto.busy:
                await proto.say_goodbye()
        # Sessions still busy are inside a command (usually waiting on the
        # upstream): let them answer, bounded by the scan and upstream timeouts.
        up = self.runtime.config.upstream
        bound = self.runtime.config.scan.timeout + (up.timeout * 2 if up else 5) + 5
        if self.sessions:
            try:
                await asyncio.wait_for(self._idle.wait(), bound)
            except TimeoutError:
                for proto in list(self.sessions):
                    if proto.transport is not None:
                        proto.transport.close()
        if self._server is not None:
            await self._server.wait_closed()
        await self.runtime.nexthop.close()
        self.scanner.shutdown()
        self.log.info("stopped")

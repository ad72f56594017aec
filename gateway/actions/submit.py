"""Hand a whole message to an upstream in one SMTP transaction (aiosmtplib).

Used for what the gateway sends itself or re-routes: the encryption route, the
S/MIME-enveloped message, explanations and notices. Failures come back as
:class:`SubmitError` with the upstream's code, so the caller can answer 451/5xx.
"""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosmtplib

from gateway.upstream_kinds import kind_of_code


@dataclass(frozen=True, slots=True)
class SubmitReply:
    code: int
    text: str

    def line(self) -> str:
        return f"{self.code} {' '.join(self.text.split())}"


class SubmitError(Exception):
    """The upstream refused or could not be reached. ``permanent`` for 5xx replies;
    ``kind`` says how, as ``gateway.upstream_kinds.KINDS`` (from the code when not given)."""

    def __init__(self, code: int, text: str, kind: str = "") -> None:
        super().__init__(f"{code} {text}")
        self.code = code
        self.text = text
        self.kind = kind or kind_of_code(code)

    @property
    def permanent(self) -> bool:
        return 500 <= self.code < 600


# (raw message, envelope sender, envelope recipients) -> the upstream's reply to the final dot.
Sender = Callable[[bytes, str, list[str]], Awaitable[SubmitReply]]


def verified_tls_context(ca_file: Path | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def submit(
    raw: bytes,
    mail_from: str,
    rcpt_tos: list[str],
    *,
    host: str,
    port: int,
    tls: str,
    tls_context: ssl.SSLContext | None = None,
    username: str | None = None,
    password: str | None = None,
    helo: str | None = None,
    connect_timeout: float = 10.0,
    timeout: float = 60.0,
) -> SubmitReply:
    """One transaction; ``mail_from=""`` sends ``MAIL FROM:<>``. tls: none|starttls|implicit."""
    smtp = aiosmtplib.SMTP(
        hostname=host,
        port=port,
        local_hostname=helo,
        timeout=timeout,
        use_tls=tls == "implicit",
        start_tls=tls == "starttls",  # required, never a silent downgrade
        tls_context=tls_context if tls != "none" else None,
        validate_certs=tls != "none",
        username=username,
        password=password,
    )
    try:
        await smtp.connect(timeout=connect_timeout)
        errors, reply = await smtp.sendmail(mail_from, rcpt_tos, raw)
        if errors:
            # Some recipients refused: for a message the gateway re-routes that is a failure.
            first = next(iter(errors.values()))
            raise SubmitError(first.code, f"recipient refused: {first.message}")
        return SubmitReply(250, reply)
    except aiosmtplib.SMTPRecipientsRefused as e:
        first = e.recipients[0]
        raise SubmitError(first.code, f"recipient refused: {first.message}") from e
    except aiosmtplib.SMTPResponseException as e:
        raise SubmitError(e.code, e.message) from e
    except ssl.SSLError as e:
        detail = getattr(e, "verify_message", None) or e.reason or str(e)
        raise SubmitError(451, f"4.7.5 TLS to {host}:{port} failed: {detail}", "tls") from e
    except TimeoutError as e:  # before OSError and SMTPException: it is both
        raise SubmitError(451, f"4.4.2 {host}:{port} timed out", "timeout") from e
    except aiosmtplib.SMTPNotSupported as e:  # STARTTLS required, not offered
        raise SubmitError(451, f"4.7.5 {host}:{port}: {e}", "tls") from e
    except (aiosmtplib.SMTPConnectError, ConnectionRefusedError) as e:
        raise SubmitError(451, f"4.4.1 {host}:{port} unreachable: {e}", "refused") from e
    except aiosmtplib.SMTPException as e:
        kind = "tls" if "STARTTLS" in str(e) else "dropped"  # aiosmtplib: no type of its own
        raise SubmitError(451, f"4.4.1 {host}:{port}: {e}", kind) from e
    except OSError as e:
        why = e.strerror or e
        raise SubmitError(451, f"4.4.1 {host}:{port} unreachable: {why}", "refused") from e
    finally:
        if smtp.is_connected:
            try:
                await smtp.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                smtp.close()


def upstream_sender(upstream: Any, local_hostname: str | None = None) -> Sender:
    """A Sender for the gateway's own next hop (``gateway.config.Upstream``): where
    explanations, notices and split S/MIME deliveries go."""
    tls = upstream.tls
    ctx = None
    if tls != "none":
        ctx = verified_tls_context(upstream.ca_file)
        if not upstream.verify:  # an operator's explicit choice, for labs
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
    password = (
        Path(upstream.password_file).read_text(encoding="utf-8").strip()
        if upstream.password_file
        else None
    )

    async def send(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> SubmitReply:
        return await submit(
            raw,
            mail_from,
            rcpt_tos,
            host=upstream.host,
            port=upstream.port,
            tls=tls,
            tls_context=ctx,
            username=upstream.username if password is not None else None,
            password=password,
            helo=upstream.helo or local_hostname,
            connect_timeout=upstream.connect_timeout,
            timeout=upstream.timeout,
        )

    return send


def nexthop_sender(nexthop: Any) -> Sender:
    """A Sender through the gateway's own next hop (``relay.UpstreamNextHop`` or
    ``maildir.MaildirNextHop``, or a callable returning the current one, since a
    reload replaces it): same pool, same TLS settings as relayed mail."""

    async def send(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> SubmitReply:
        hop = nexthop if hasattr(nexthop, "begin") else nexthop()
        reply, txn = await hop.begin(mail_from or "<>", [])
        if txn is None:
            raise SubmitError(reply.code, reply.text, reply.kind)
        try:
            for rcpt in rcpt_tos:
                r = await txn.add_recipient(rcpt, [])
                if not r.ok:
                    raise SubmitError(r.code, r.text, r.kind)
            final = await txn.deliver(raw)
        finally:
            if txn.open:
                await txn.abort()
        if not final.ok:
            raise SubmitError(final.code, final.text, final.kind)
        return SubmitReply(final.code, final.text)

    return send

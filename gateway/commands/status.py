"""`mailgate status`: what the gateways sharing this database are doing.

Suspension state, the policy (the file's and each running gateway's version), each
gateway's last reload, the upstream's health (this command connects to it and reads
its greeting) and the outbox of explanations and notices waiting to go. Exit status:
0 shown, 1 the database could not be read, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import smtplib
import sqlite3
import ssl
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gateway import config
from gateway.commands.options import add_config
from gateway.commands.suspend import UsageError, describe, open_existing
from gateway.control import ControlError
from gateway.control.live import HEARTBEAT_SECONDS
from gateway.outbox.store import sqlite_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("status", help="suspension, policy, reloads, upstream and outbox")
    p.add_argument("--json", action="store_true", help="one JSON object")
    add_config(p)
    p.set_defaults(func=run)


def upstream_health(up: config.Upstream | None) -> dict[str, Any]:
    if up is None:
        return {"state": "none", "detail": "no upstream: mail goes into the local Maildir"}
    where = f"{up.host}:{up.port}"
    ctx = ssl.create_default_context(cafile=str(up.ca_file) if up.ca_file else None)
    if not up.verify:
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    try:
        if up.tls == "implicit":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                up.host, up.port, timeout=up.connect_timeout, context=ctx
            )
        else:
            smtp = smtplib.SMTP(up.host, up.port, timeout=up.connect_timeout)
        with smtp:
            if up.tls == "starttls":  # as the gateway would: TLS before anything else
                smtp.starttls(context=ctx)
            code, _ = smtp.noop()
    except (TimeoutError, OSError, smtplib.SMTPException) as exc:
        return {"state": "down", "upstream": where, "detail": f"{type(exc).__name__}: {exc}"}
    state = "up" if 200 <= code < 300 else "down"
    return {"state": state, "upstream": where, "detail": f"answers NOOP with {code}"}


def outbox_counts(url: str) -> dict[str, int]:
    """Items by state, read without opening the outbox as a gateway would (that would
    void the running gateway's leases)."""
    if url.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(url, connect_timeout=10) as conn:
            rows = conn.execute(
                "SELECT state, count(*) FROM mailgate_outbox GROUP BY state"
            ).fetchall()
    else:
        path = sqlite_path(url, None)
        if not path.exists():
            return {"queued": 0, "retrying": 0, "failed": 0}
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as conn:
            rows = conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
    return {"queued": 0, "retrying": 0, "failed": 0, **{s: int(n) for s, n in rows}}


def policy_file(path: Path | None, now: datetime) -> dict[str, Any]:
    """The policy the config names, as a gateway started now would load it."""
    from policies.loader import DEFAULT_POLICY, PolicyError, load
    from policies.settings import SettingsError, read_paths

    try:
        where = read_paths(path).policy
        policy = load(where)
    except (PolicyError, SettingsError) as exc:
        return {"file": str(path), "error": str(exc)}
    susp = policy.suspension
    return {
        "file": str(where or DEFAULT_POLICY),
        "name": policy.name,
        "version": policy.version,
        # The YAML switch still works; `mailgate suspend` is the one to use.
        "file_suspension": susp.reason if susp.in_force(now) else None,
    }


def _t(t: datetime | None) -> str | None:
    return t.isoformat(timespec="seconds") if t else None


def gather(path: Path | None, now: datetime) -> dict[str, Any]:
    try:
        cfg = config.load(path)
    except config.ConfigError as exc:
        raise UsageError(f"configuration error\n{exc}") from None
    base = path.parent if path is not None else Path.cwd()
    audit_url = cfg.audit.resolved_url(base)
    store = open_existing(path)
    try:
        row = store.latest()
        states = store.states()
    finally:
        store.close()
    in_force = row is not None and row.lifted_at is None and row.in_force(now)
    try:
        outbox: dict[str, Any] = outbox_counts(cfg.outbox.resolved_url(audit_url, base))
    except (sqlite3.Error, OSError, ImportError) as exc:
        outbox = {"error": str(exc)}
    except Exception as exc:  # psycopg errors, without importing psycopg here
        outbox = {"error": str(exc)}
    return {
        "suspension": {
            "in_force": in_force,
            "action": row.action if in_force and row else None,
            "detail": describe(row, now) if row else None,
        },
        "policy": policy_file(path, now),
        "gateways": [
            {
                "instance": s.instance,
                # Running: not stopped and seen lately (a killed gateway writes no stop).
                "running": not s.stopped and (now - s.seen).total_seconds() < 3 * HEARTBEAT_SECONDS,
                "stopped": s.stopped,
                "started": _t(s.started),
                "last_seen": _t(s.seen),
                "policy": s.policy,
                "last_reload": _t(s.reloaded),
                "reload_ok": s.reload_ok,
                "reload_error": s.reload_error,
            }
            for s in states
        ],
        "upstream": upstream_health(cfg.upstream),
        "outbox": outbox,
    }


def _print(status: dict[str, Any]) -> None:
    susp = status["suspension"]
    if susp["in_force"]:
        print(f"suspension: IN FORCE ({susp['action']}) {susp['detail']}")
    else:
        last = f" (last: {susp['detail']})" if susp["detail"] else ""
        print(f"suspension: none{last}")
    pol = status["policy"]
    if "error" in pol:
        print(f"policy: cannot load: {pol['error']}")
    else:
        print(f"policy: {pol['name']} v{pol['version']} ({pol['file']})")
        if pol["file_suspension"]:
            print(f"policy file suspension: IN FORCE ({pol['file_suspension']})")
    if not status["gateways"]:
        print("gateways: none has reported to this database")
    for g in status["gateways"]:
        state = "running" if g["running"] else "stopped" if g["stopped"] else "NOT SEEN LATELY"
        reload = "never reloaded"
        if g["last_reload"]:
            ok = "ok" if g["reload_ok"] else f"FAILED: {g['reload_error']}"
            reload = f"last reload {g['last_reload']} {ok}"
        print(
            f"gateway {g['instance']}: {state}, started {g['started']}, last seen "
            f"{g['last_seen']}; policy {g['policy']}; {reload}"
        )
    up = status["upstream"]
    print(f"upstream: {up['state']} {up.get('upstream', '')} ({up['detail']})".replace("  ", " "))
    box = status["outbox"]
    if "error" in box:
        print(f"outbox: cannot read: {box['error']}")
    else:
        print(f"outbox: {box['queued']} queued, {box['retrying']} retrying, {box['failed']} failed")


def run(args: argparse.Namespace) -> int:
    try:
        status = gather(args.config, datetime.now(UTC))
    except UsageError as exc:
        print(f"mailgate status: {exc}", file=sys.stderr)
        return 2
    except ControlError as exc:
        print(f"mailgate status: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(status, sort_keys=True))
    else:
        _print(status)
    return 0

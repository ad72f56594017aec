"""`mailgate suspend`: the C15 ¶58–63 switch, in the gateways' shared database.

``mailgate suspend --reason TEXT [--until TIME] [--action encrypt|reject]`` starts a
suspension of the unencrypted exemptions; ``mailgate suspend --off`` lifts it. Every
gateway on the same database (``audit.url``) applies it within about a second, with
no reload; one with an ``--until`` ends by itself then. Who, when and why are kept
(nothing is deleted). Exit status: 0 done, 1 the database failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from gateway import config
from gateway.commands.options import add_config, add_recorded_by, recorded_by
from gateway.control import ControlError, ControlStore, SuspensionRow, open_control_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "suspend",
        help="suspend the unencrypted exemptions on every gateway (C15 ¶58–63)",
        description="While suspended, claimant data an exemption would have relayed "
        "unencrypted is encrypted (or rejected, with advice to use the clerical process). "
        "Mail with no claimant data is unaffected.",
    )
    p.add_argument("--reason", help="why (e.g. 'DWP notice of IT failure, ref 1234')")
    p.add_argument("--until", metavar="TIME", help="when it ends by itself (ISO, UTC if no zone)")
    p.add_argument("--action", choices=("encrypt", "reject"), default="encrypt")
    p.add_argument("--off", action="store_true", help="lift the suspension in force")
    p.add_argument(
        "--history", action="store_true", help="list every suspension: who, when, why, lifted"
    )
    add_recorded_by(p)
    add_config(p)
    p.set_defaults(func=run)


class UsageError(Exception):
    pass


def parse_time(text: str) -> datetime:
    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--until {text!r} is not a time: write 2026-12-03T17:00Z") from None
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def database_url(path: Path | None) -> str:
    """The audit trail's URL from the serve config (relative SQLite from its directory)."""
    try:
        cfg = config.load(path)
    except config.ConfigError as exc:
        raise UsageError(f"configuration error\n{exc}") from None
    return cfg.audit.resolved_url(path.parent if path is not None else Path.cwd())


def open_existing(path: Path | None) -> ControlStore:
    return open_control_store(database_url(path), create=False)


def describe(row: SuspensionRow, now: datetime) -> str:
    until = f"until {row.until.isoformat()}" if row.until else "no end time"
    text = (
        f"#{row.id} {row.action}, since {row.since.isoformat()} by {row.set_by}, {until}: "
        f"{row.reason}"
    )
    if row.lifted_at:
        return f"{text} (lifted {row.lifted_at.isoformat()} by {row.lifted_by})"
    if row.until and now >= row.until:
        return f"{text} (ended at its end time)"
    return text


def show_history(config: Path | None, now: datetime) -> int:
    store = open_existing(config)
    try:
        rows = store.history()
    finally:
        store.close()
    for row in rows:
        print(describe(row, now))
    print(f"{len(rows)} suspension{'s' if len(rows) != 1 else ''}")
    return 0


def run(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    try:
        if args.history:
            return show_history(args.config, now)
        if args.off and (args.reason or args.until):
            raise UsageError("--off takes no --reason or --until")
        if not args.off and not (args.reason or "").strip():
            raise UsageError("say why: --reason TEXT (or --off to lift the suspension)")
        until = parse_time(args.until) if args.until else None
        if until is not None and until <= now:
            raise UsageError(f"--until {until.isoformat()} is not in the future")
        store = open_existing(args.config)
        try:
            by = recorded_by(args)
            if args.off:
                row = store.lift(by, now)
                print(f"suspension lifted: {describe(row, now)}")
            else:
                row = store.suspend(args.action, args.reason, until, by, now)
                print(f"unencrypted exemptions SUSPENDED: {describe(row, now)}")
                if until is None:
                    print("no end time: lift it with `mailgate suspend --off` (C15 ¶60)")
        finally:
            store.close()
    except UsageError as exc:
        print(f"mailgate suspend: {exc}", file=sys.stderr)
        return 2
    except ControlError as exc:
        print(f"mailgate suspend: {exc}", file=sys.stderr)
        return 1
    return 0

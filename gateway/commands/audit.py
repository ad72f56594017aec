"""`mailgate audit purge|search|report`: the audit trail for compliance.

The store comes from ``--store URL``, else the ``audit.url`` key of ``--config``
(the file `mailgate serve` reads; before or after the action), else ``sqlite:audit.db``
in the current directory. A SQLite store that does not exist is refused, never created
(a wrong directory or a forgotten --config would otherwise show an empty trail).
`purge` keeps at least 93 days (C15 ¶53/¶55: three months) unless ``--force``;
``--dry-run`` counts what it would delete.
Exit status: 0 done, 1 the store failed or is missing, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from pydantic import ValidationError

from gateway.audit.report import SEARCH_COLUMNS, report_csv, search_csv, search_row
from gateway.audit.store import (
    DEFAULT_RETENTION_DAYS,
    REPORT_DIMENSIONS,
    AuditConfig,
    AuditQuery,
    AuditStoreError,
    check_dimensions,
    open_store,
)
from gateway.commands.options import add_config
from gateway.outbox.store import sqlite_path


class UsageError(Exception):
    pass


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "audit",
        help="search, report on and purge the audit trail",
        description="The audit trail: one record per message (never a personal data value).",
    )

    def store_options(q: argparse.ArgumentParser) -> None:
        # Before or after the action, as every command takes --config.
        add_config(q, "gateway config (its audit: key; also accepted before the command)")
        q.add_argument(
            "--store", metavar="URL", default=argparse.SUPPRESS,
            help="sqlite:///path.db or postgresql://…",
        )  # fmt: skip

    store_options(p)
    cmds = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    purge = cmds.add_parser("purge", help="delete records older than the retention period")
    store_options(purge)
    purge.add_argument(
        "--older-than",
        type=int,
        metavar="DAYS",
        help="days to keep (default: audit.retention_days, 93 — C15 ¶53/¶55 ask for 3 months)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="count what would be deleted, delete nothing"
    )
    purge.add_argument(
        "--force", action="store_true", help="allow keeping less than 93 days (three months)"
    )

    def filters(q: argparse.ArgumentParser) -> None:
        q.add_argument("--since", metavar="WHEN", help="ISO date/time (UTC), or e.g. 7d ago: 7d")
        q.add_argument("--until", metavar="WHEN", help="ISO date/time (UTC), exclusive, or 1d")
        q.add_argument("--sender", metavar="ADDR", help="address, or @domain")
        q.add_argument("--recipient", metavar="ADDR", help="address, or @domain")
        q.add_argument("--action", choices=("relay", "encrypt", "reject"))
        q.add_argument("--rule", metavar="RULE")
        q.add_argument("--reference", metavar="REF", help="the reference a sender quotes")

    search = cmds.add_parser("search", help="find records")
    store_options(search)
    filters(search)
    search.add_argument("--limit", type=int, default=1000)
    search.add_argument("--format", choices=("table", "csv", "json"), default="table")

    report = cmds.add_parser("report", help="counts as CSV")
    store_options(report)
    filters(report)
    report.add_argument(
        "--by",
        default=",".join(REPORT_DIMENSIONS),
        metavar="DIMS",
        help=f"comma-separated, some of {', '.join(REPORT_DIMENSIONS)} (default: all)",
    )
    p.set_defaults(func=run)


_RELATIVE = re.compile(r"^(\d+)([dh])$")


def parse_when(value: str | None, now: datetime) -> datetime | None:
    if value is None:
        return None
    m = _RELATIVE.match(value.strip())
    if m:
        n, unit = int(m.group(1)), m.group(2)
        return now - (timedelta(days=n) if unit == "d" else timedelta(hours=n))
    try:
        t = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"not a date or time: {value!r} (use 2026-11-01, 2026-11-01T09:00 or 7d)"
        ) from None
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t


def store_settings(args: argparse.Namespace) -> AuditConfig:
    store = getattr(args, "store", None)
    if args.config is None:
        try:
            return AuditConfig() if store is None else AuditConfig(url=store)
        except ValidationError as e:
            raise UsageError("; ".join(f"--store: {x['msg']}" for x in e.errors())) from None
    try:
        data = yaml.safe_load(args.config.read_text(encoding="utf-8")) or {}
    except OSError as e:
        raise UsageError(f"{args.config}: cannot read: {e.strerror}") from None
    except yaml.YAMLError as e:
        raise UsageError(f"{args.config}: not valid YAML: {e}") from None
    section = data.get("audit") if isinstance(data, dict) else None
    try:
        cfg = AuditConfig.model_validate(section or {})
        if store:
            cfg = AuditConfig(url=store, retention_days=cfg.retention_days)
    except ValidationError as e:
        where = "; ".join(f"audit.{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())
        raise UsageError(f"{args.config}: {where}") from None
    return cfg


def _query(args: argparse.Namespace, now: datetime) -> AuditQuery:
    return AuditQuery(
        since=parse_when(args.since, now),
        until=parse_when(args.until, now),
        sender=args.sender,
        recipient=args.recipient,
        action=args.action,
        rule=args.rule,
        reference=args.reference,
        limit=getattr(args, "limit", 1000),
    )


def purge_days(args: argparse.Namespace, cfg: AuditConfig) -> int:
    """The days to keep; below the three-month minimum only with --force."""
    given = args.older_than is not None
    days = args.older_than if given else cfg.retention_days
    if days < 1:
        raise UsageError("--older-than must be at least 1 day")
    if days < DEFAULT_RETENTION_DAYS and not args.force:
        source = f"--older-than {days}" if given else f"audit.retention_days: {days}"
        raise UsageError(
            f"{source} would delete records younger than {DEFAULT_RETENTION_DAYS} days: "
            "C15 ¶53/¶55 ask for records of sends to be kept at least three months. "
            "Add --force if you really mean it (and --dry-run to see how many first)."
        )
    return days


def refuse_missing(url: str) -> None:
    """A SQLite trail must already exist: opening it would create an empty one."""
    if url.startswith("sqlite:"):
        path = sqlite_path(url, None)
        if not path.exists():
            raise MissingStore(
                f"no audit trail at {path}: give the --config that `mailgate serve` uses "
                "(or --store URL)"
            )


class MissingStore(Exception):
    pass


async def _run(args: argparse.Namespace, cfg: AuditConfig, url: str) -> int:
    now = datetime.now(UTC)
    # Every usage error before the store is looked for, let alone opened.
    days, query, by = 0, AuditQuery(), REPORT_DIMENSIONS
    if args.audit_command == "purge":
        days = purge_days(args, cfg)
    else:
        query = _query(args, now)
    if args.audit_command == "report":
        try:
            by = check_dimensions(tuple(d.strip() for d in args.by.split(",") if d.strip()))
        except ValueError as e:
            raise UsageError(str(e)) from None
    store = open_store(url)  # checks the URL's form; opens nothing yet
    refuse_missing(url)
    await store.open()
    try:
        if args.audit_command == "purge":
            cutoff = now - timedelta(days=days)
            if args.dry_run:
                rows = await store.report(AuditQuery(until=cutoff), ("action",))
                would = sum(r.count for r in rows)
                print(f"would purge {would} record(s) older than {days} days (dry run)")
            else:
                removed = await store.purge(cutoff)
                print(f"purged {removed} record(s) older than {days} days")
        elif args.audit_command == "search":
            records = await store.search(query)
            if args.format == "csv":
                sys.stdout.write(search_csv(records))
            elif args.format == "json":
                for r in records:
                    print(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True))
            else:
                _table(records)
        else:
            rows = await store.report(query, by)
            sys.stdout.write(report_csv(rows, by))
    finally:
        await store.close()
    return 0


def _table(records: list) -> None:
    if not records:
        print("no records")
        return
    for r in records:
        row = search_row(r)
        print(" | ".join(row[c] for c in SEARCH_COLUMNS if c not in ("monitor", "guidance")))


def run(args: argparse.Namespace) -> int:
    try:
        cfg = store_settings(args)
        store = getattr(args, "store", None)
        base = args.config.parent if args.config and not store else Path.cwd()
        url = cfg.resolved_url(base)
        return asyncio.run(_run(args, cfg, url))
    except UsageError as e:
        print(f"mailgate audit: {e}", file=sys.stderr)
        return 2
    except ValueError as e:  # a malformed store URL
        print(f"mailgate audit: {e}", file=sys.stderr)
        return 2
    except (AuditStoreError, MissingStore) as e:
        print(f"mailgate audit: {e}", file=sys.stderr)
        return 1

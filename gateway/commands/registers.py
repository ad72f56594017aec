"""`mailgate consent add|list|revoke` and `mailgate permission add|list|revoke`.

The consent register (¶17: "a confirmation will need to be kept") and DWP's
written permissions (¶18, ¶32, ¶33) live in the gateway's database: give
``--config FILE`` (its ``database.path``; before or after the command) or
``--database PATH``. Each row records who entered it (``--by``, else the OS user) and
who revoked it. ``list`` and ``revoke`` refuse a database that does not exist (a
wrong --config must not show an empty register); ``add`` creates it and says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from detectors.model import Category, DocKind
from gateway.commands.options import add_config, add_recorded_by, recorded_by
from policies.registers import Permission, RegisterError, Registers
from policies.settings import SettingsError, read_paths


def _db_options(p: argparse.ArgumentParser) -> None:
    add_config(p, "the gateway config (database.path; also accepted before the command)")
    p.add_argument("--database", type=Path, metavar="PATH", help="the gateway's SQLite database")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write 2026-03-02") from None


def _enum(kind: type[Category] | type[DocKind]):
    def parse(text: str):
        try:
            return kind(text.strip().lower())
        except ValueError:
            allowed = ", ".join(k.value for k in kind)
            raise argparse.ArgumentTypeError(f"{text!r} is not one of: {allowed}") from None

    parse.__name__ = kind.__name__
    return parse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    consent = sub.add_parser("consent", help="the consent register for CVs to claimants (¶17)")
    csub = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    add = csub.add_parser("add", help="record a claimant's consent to receive their CV by email")
    add.add_argument("address", help="the claimant's email address")
    add.add_argument("--date", type=_day, default=date.today(), help="when they consented")
    add.add_argument(
        "--evidence", required=True, help="where the confirmation is kept (e.g. 'CRM note 4471')"
    )
    _db_options(add)
    add_recorded_by(add)
    add.set_defaults(func=consent_add)
    lst = csub.add_parser("list", help="list consents in force")
    lst.add_argument("--all", action="store_true", help="include revoked consents")
    lst.add_argument("--json", action="store_true")
    _db_options(lst)
    lst.set_defaults(func=consent_list)
    rev = csub.add_parser("revoke", help="revoke a claimant's consent")
    rev.add_argument("address")
    _db_options(rev)
    add_recorded_by(rev)
    rev.set_defaults(func=consent_revoke)

    perm = sub.add_parser("permission", help="DWP written permissions (¶18, ¶32, ¶33)")
    psub = perm.add_subparsers(dest="permission_command", metavar="ACTION", required=True)
    padd = psub.add_parser("add", help="record a DWP written permission")
    padd.add_argument("reference", help="DWP's reference for the permission")
    scope = "address, *@domain glob or bare domain (repeatable)"
    padd.add_argument("--sender", action="append", required=True, metavar="SCOPE", help=scope)
    padd.add_argument("--recipient", action="append", required=True, metavar="SCOPE", help=scope)
    padd.add_argument(
        "--category", action="append", default=[], type=_enum(Category), metavar="CATEGORY",
        help="a data category it allows (repeatable)",
    )  # fmt: skip
    padd.add_argument(
        "--doc-kind", action="append", default=[], type=_enum(DocKind), metavar="KIND",
        help="a document kind it allows (repeatable)",
    )  # fmt: skip
    padd.add_argument("--max-people", type=int, metavar="N", help="most people per message")
    padd.add_argument("--valid-from", type=_day, default=date.today(), metavar="DATE")
    padd.add_argument("--valid-until", type=_day, required=True, metavar="DATE")
    padd.add_argument("--note", default="", help="what the permission is for")
    _db_options(padd)
    add_recorded_by(padd)
    padd.set_defaults(func=permission_add)
    plst = psub.add_parser("list", help="list permissions in force")
    plst.add_argument("--all", action="store_true", help="include revoked permissions")
    plst.add_argument("--json", action="store_true")
    _db_options(plst)
    plst.set_defaults(func=permission_list)
    prev = psub.add_parser("revoke", help="revoke a permission")
    prev.add_argument("reference")
    _db_options(prev)
    add_recorded_by(prev)
    prev.set_defaults(func=permission_revoke)


class _Fail(Exception):
    pass


def _open(args: argparse.Namespace, *, create: bool = False) -> Registers:
    path = args.database
    if path is None:
        try:
            path = read_paths(args.config).database
        except SettingsError as exc:
            raise _Fail(str(exc)) from None
    if path is None:
        raise _Fail("say which database: --database PATH, or --config FILE with database.path")
    if not Path(path).exists():
        if not create:
            raise _Fail(
                f"no gateway database at {path}: give the --config that `mailgate serve` uses "
                "(or --database PATH)"
            )
        print(f"new gateway database: {path}", file=sys.stderr)
    try:
        return Registers(path)
    except RegisterError as exc:
        raise _Fail(str(exc)) from None


def _run(name: str, args: argparse.Namespace, action, *, create: bool = False) -> int:
    try:
        regs = _open(args, create=create)
        try:
            action(regs)
        finally:
            regs.close()
    except (_Fail, RegisterError) as exc:
        print(f"mailgate {name}: {exc}", file=sys.stderr)
        return 2
    return 0


def consent_add(args: argparse.Namespace) -> int:
    def act(regs: Registers) -> None:
        c = regs.add_consent(args.address, args.date, args.evidence, recorded_by=recorded_by(args))
        print(
            f"consent recorded: {c.address} (given {c.given_on}, evidence {c.evidence}, "
            f"recorded by {c.recorded_by})"
        )

    return _run("consent add", args, act, create=True)


def consent_list(args: argparse.Namespace) -> int:
    def act(regs: Registers) -> None:
        rows = regs.consents(include_revoked=args.all)
        if args.json:
            print(json.dumps([{**asdict(c), "given_on": c.given_on.isoformat()} for c in rows]))
            return
        for c in rows:
            state = f"revoked {c.revoked_at} by {c.revoked_by}" if c.revoked_at else "in force"
            print(
                f"{c.address}\tgiven {c.given_on}\tevidence {c.evidence}\t"
                f"recorded {c.added_at} by {c.recorded_by or 'unknown'}\t{state}"
            )
        print(f"{len(rows)} consent{'s' if len(rows) != 1 else ''}")

    return _run("consent list", args, act)


def consent_revoke(args: argparse.Namespace) -> int:
    def act(regs: Registers) -> None:
        regs.revoke_consent(args.address, revoked_by=recorded_by(args))
        print(f"consent revoked: {args.address.strip().lower()}")

    return _run("consent revoke", args, act)


def permission_add(args: argparse.Namespace) -> int:
    def act(regs: Registers) -> None:
        if args.max_people is not None and args.max_people < 1:
            raise _Fail("--max-people must be 1 or more")
        p = regs.add_permission(
            Permission(
                reference=args.reference,
                sender_scope=tuple(args.sender),
                recipient_scope=tuple(args.recipient),
                categories=frozenset(args.category),
                doc_kinds=frozenset(args.doc_kind),
                max_people=args.max_people,
                valid_from=args.valid_from,
                valid_until=args.valid_until,
                note=args.note,
                recorded_by=recorded_by(args),
            )
        )
        print(f"permission recorded: {_describe(p)}")

    return _run("permission add", args, act, create=True)


def _describe(p: Permission) -> str:
    allows = sorted(c.value for c in p.categories) + sorted(k.value for k in p.doc_kinds)
    people = f", at most {p.max_people} people" if p.max_people is not None else ""
    return (
        f"{p.reference}: from {', '.join(p.sender_scope)} to {', '.join(p.recipient_scope)}; "
        f"allows {', '.join(allows)}{people}; valid {p.valid_from} to {p.valid_until}; "
        f"recorded by {p.recorded_by or 'unknown'}"
        + (f"; revoked {p.revoked_at} by {p.revoked_by}" if p.revoked_at else "")
    )


def permission_list(args: argparse.Namespace) -> int:
    def act(regs: Registers) -> None:
        rows = regs.permissions(include_revoked=args.all)
        if args.json:
            out = []
            for p in rows:
                d = asdict(p)
                d.update(
                    sender_scope=list(p.sender_scope),
                    recipient_scope=list(p.recipient_scope),
                    categories=sorted(c.value for c in p.categories),
                    doc_kinds=sorted(k.value for k in p.doc_kinds),
                    valid_from=p.valid_from.isoformat(),
                    valid_until=p.valid_until.isoformat(),
                )
                out.append(d)
            print(json.dumps(out))
            return
        for p in rows:
            print(_describe(p))
        print(f"{len(rows)} permission{'s' if len(rows) != 1 else ''}")

    return _run("permission list", args, act)


def permission_revoke(args: argparse.Namespace) -> int:
    def act(regs: Registers) -> None:
        regs.revoke_permission(args.reference, revoked_by=recorded_by(args))
        print(f"permission revoked: {args.reference}")

    return _run("permission revoke", args, act)

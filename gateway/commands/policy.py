"""`mailgate policy lint FILE` and `mailgate policy test DIR`.

Administrators keep test cases next to their policy and run them before a
change goes live. A case is a YAML file with an ``expect`` key, next to its
message::

    # cv-with-nino.yaml  (message: cv-with-nino.eml unless ``message`` says otherwise)
    envelope: {from: adviser@provider.example, to: [hr@employer.example]}
    now: 2026-03-02T10:00:00Z          # optional: the time the decision is taken
    consent: [claimant@mail.example]   # optional: consent recorded for the case
    expect: {action: encrypt, rule: nino-prohibited}

The policy is ``--policy FILE``, else ``DIR/policy.yaml`` if there is one, else
the one the ``--config`` names, else the shipped default.
Exit status: lint 0 clean, 1 errors; test 0 all pass, 1 any fail; 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from detectors.model import Category, DocKind
from gateway import config as gateway_config
from gateway.commands import check
from gateway.commands.check import InputError, envelope_from_headers, read_message
from gateway.commands.options import add_config
from policies.engine import decide, without_encryption
from policies.loader import DEFAULT_POLICY, PolicyError, load
from policies.model import Policy
from policies.registers import Permission, RegisterError, Registers
from policies.settings import SettingsError, read_paths
from policies.verdict import Action, EnvelopeFacts

CASE_FORMAT = """\
Each test case is a YAML file with an 'expect' key, next to its message:

  # cv-with-nino.yaml  (the message is cv-with-nino.eml unless 'message:' says otherwise)
  envelope: {from: adviser@provider.example, to: [hr@employer.example]}
  now: 2026-03-02T10:00:00Z          # optional: when the decision is taken
  consent: [claimant@mail.example]   # optional: consent recorded for this case
  permissions:                       # optional: DWP permissions for this case
    - {reference: P1, sender: ["*@provider.example"], recipient: [employer.example],
       categories: [nino], doc_kinds: [cv], max_people: 3}
  expect: {action: encrypt, rule: nino-prohibited}

The policy is --policy FILE, else DIR/policy.yaml, else the one --config names,
else the shipped default. Exit status 0 when every case passes, 1 otherwise."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("policy", help="lint a policy file, or run its test cases")
    psub = p.add_subparsers(dest="policy_command", metavar="ACTION", required=True)

    lint = psub.add_parser("lint", help="validate a policy file and report what it does")
    lint.add_argument(
        "file", type=Path, metavar="FILE", nargs="?",
        help="the policy file (default: the one --config names, else the shipped default)",
    )  # fmt: skip
    add_config(lint)
    lint.set_defaults(func=run_lint)

    test = psub.add_parser(
        "test",
        help="run the test cases (.eml + .yaml) in a directory",
        description=CASE_FORMAT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    test.add_argument("dir", type=Path, metavar="DIR")
    test.add_argument("--policy", type=Path, metavar="FILE", help="the policy to test")
    add_config(test)
    test.add_argument("-v", "--verbose", action="store_true", help="print reasons for passes too")
    test.set_defaults(func=run_test)

    show = psub.add_parser(
        "show",
        help="show the files a policy extends, or (--effective) the merged policy",
        description="Without --effective: the chain of files FILE extends. With it: the "
        "merged policy as YAML, each value commented with the file:line it comes from.",
    )
    show.add_argument(
        "file", type=Path, metavar="FILE", nargs="?",
        help="the policy file (default: the one --config names, else the shipped default)",
    )  # fmt: skip
    show.add_argument(
        "--effective", action="store_true", help="print the merged policy with its origins"
    )
    add_config(show)
    show.set_defaults(func=run_show)

    pdiff = psub.add_parser(
        "diff",
        help="what NEW's effective policy changes from OLD's: rules by id, values by path",
        description="Compare two effective policies (each with its extends: chain merged). "
        "Before an upgrade keep 'mailgate policy show --effective site.yaml > before.yaml'; "
        "after it, 'mailgate policy diff before.yaml site.yaml' shows what the new shipped "
        "default changes for this site. Exit status 0 alike, 1 different, 2 a file unusable.",
    )
    pdiff.add_argument("old", type=Path, metavar="OLD")
    pdiff.add_argument(
        "file", type=Path, metavar="NEW", nargs="?",
        help="the new policy (default: the one --config names, else the shipped default)",
    )  # fmt: skip
    add_config(pdiff)
    pdiff.set_defaults(func=run_diff)


# ---- lint --------------------------------------------------------------------------


def advice(policy: Policy) -> list[str]:
    """Things that load fine but an administrator should look at."""
    notes = []
    if policy.monitor:
        notes.append("monitor mode is ON: decisions are recorded but every message relays")
    if policy.suspension.active:
        until = policy.suspension.until.isoformat() if policy.suspension.until else "no end time"
        notes.append(f"unencrypted exemptions are SUSPENDED ({policy.suspension.reason}; {until})")
        if policy.suspension.until is None:
            notes.append("the suspension has no end time: set suspension.until (C15 ¶60)")
    if not policy.encryption.route:
        notes.append("no encryption route: every 'encrypt' outcome will be a reject")
    if not policy.recipients.internal.domains and not policy.recipients.internal.addresses:
        notes.append(
            "recipients.internal lists no domains: your own addresses are treated as third parties"
        )
    if not policy.recipients.dwp.domains and not policy.recipients.dwp.addresses:
        notes.append("recipients.dwp lists no domains: no recipient is recognised as DWP")
    for partner in policy.recipients.supply_chain:
        if not partner.domains and not partner.addresses:
            notes.append(f"supply-chain partner {partner.name!r} has no domains or addresses")
    kinds = {ex_kind for ex in policy.exemptions for ex_kind in (ex.when.documents_only or [])}
    for process in policy.processes:
        if process not in kinds:
            notes.append(f"processes.{process}: no exemption sends this document kind")
    return notes


def run_lint(args: argparse.Namespace) -> int:
    if args.file is None:  # the policy the gateway with this --config would load
        try:
            args.file = read_paths(args.config).policy or DEFAULT_POLICY
        except SettingsError as exc:
            print(f"mailgate policy lint: {exc}", file=sys.stderr)
            return 2
    try:
        policy = load(args.file)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        n = len(exc.problems)
        print(
            f"{args.file}: {n} problem{'s' if n != 1 else ''}; nothing was changed", file=sys.stderr
        )
        return 1
    print(
        f"{args.file}: OK — policy {policy.name!r} version {policy.version}: "
        f"{len(policy.restrictions)} restrictions, {len(policy.exemptions)} exemptions, "
        f"{len(policy.prohibitions)} prohibitions and a fallback, each citing its paragraph"
    )
    for note in advice(policy):
        print(f"  note: {note}")
    return 0


# ---- show --------------------------------------------------------------------------


def _policy_file(args: argparse.Namespace, command: str) -> Path | None:
    """FILE, else the policy the gateway with this --config would load (None: a usage error)."""
    if args.file is not None:
        return args.file
    try:
        return read_paths(args.config).policy or DEFAULT_POLICY
    except SettingsError as exc:
        print(f"mailgate policy {command}: {exc}", file=sys.stderr)
        return None


def run_show(args: argparse.Namespace) -> int:
    from policies.effective import render
    from policies.layers import chain

    path = _policy_file(args, "show")
    if path is None:
        return 2
    try:
        if args.effective:
            text = render(path)
        else:
            load(path)  # a broken file (or chain) says so before its chain is shown
            text = "\n".join(chain(path)) + "\n"
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    sys.stdout.write(text)
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from policies.policy_diff import diff

    args.new = _policy_file(args, "diff")
    if args.new is None:
        return 2
    try:
        old, new = load(args.old), load(args.new)
    except PolicyError as exc:
        print(f"mailgate policy diff: the policy is not usable:\n{exc}", file=sys.stderr)
        return 2
    lines = diff(old, new)
    if not lines:
        print(f"{args.old} and {args.new}: the effective policies are the same")
        return 0
    print(f"--- {args.old}\n+++ {args.new}")
    print("\n".join(lines))
    return 1


# ---- test --------------------------------------------------------------------------


class CaseError(Exception):
    pass


def _case_registers(case: dict[str, Any], where: str) -> Registers:
    regs = Registers(":memory:")
    try:
        for address in case.get("consent") or []:
            regs.add_consent(str(address), date(2000, 1, 1), f"test case {where}")
        for i, p in enumerate(case.get("permissions") or []):
            regs.add_permission(
                Permission(
                    reference=str(p.get("reference", f"case-{i}")),
                    sender_scope=tuple(p["sender"]),
                    recipient_scope=tuple(p["recipient"]),
                    categories=frozenset(Category(c) for c in p.get("categories") or []),
                    doc_kinds=frozenset(DocKind(k) for k in p.get("doc_kinds") or []),
                    max_people=p.get("max_people"),
                    valid_from=p.get("valid_from", date(2000, 1, 1)),
                    valid_until=p.get("valid_until", date(2100, 1, 1)),
                )
            )
    except (RegisterError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CaseError(f"{where}: bad consent/permissions entry: {exc}") from None
    return regs


def _now(value: Any, where: str) -> datetime:
    if value is None:
        return datetime.now(UTC)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, 12, tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise CaseError(f"{where}: 'now' must look like 2026-03-02T10:00:00Z") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def run_case(path: Path, policy: Policy) -> tuple[bool, str, list[str]]:
    """(passed, one-line summary, detail lines) for one case file."""
    try:
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CaseError(f"{path}: cannot read the case: {exc}") from None
    expect = case.get("expect") or {}
    try:
        want_action = Action(str(expect["action"]))
    except (KeyError, ValueError):
        raise CaseError(f"{path}: expect.action must be relay, encrypt or reject") from None
    want_rule = expect.get("rule")
    eml = path.parent / str(case.get("message") or path.with_suffix(".eml").name)
    envelope = case.get("envelope") or {}
    to = envelope.get("to")
    to = [to] if isinstance(to, str) else to
    try:
        raw = read_message(eml)
        mail_from, rcpt_tos = envelope_from_headers(raw, envelope.get("from"), to, eml)
    except InputError as exc:
        raise CaseError(str(exc)) from None
    regs = _case_registers(case, str(path))
    try:
        scan = check.analyse(raw, mail_from, rcpt_tos)  # looked up per call, as check does
        verdict = decide(
            EnvelopeFacts(mail_from, tuple(rcpt_tos)),
            scan,
            policy,
            regs,
            _now(case.get("now"), str(path)),
        )
    finally:
        regs.close()
    ok = verdict.action is want_action and (want_rule is None or verdict.rule == want_rule)
    got = f"{verdict.action.value} {verdict.rule}"
    want = f"{want_action.value}{' ' + want_rule if want_rule else ''}"
    summary = f"{path.stem}: {got}" if ok else f"{path.stem}: expected {want}, got {got}"
    return ok, summary, list(verdict.reasons)


def _cases(directory: Path) -> list[Path]:
    found = []
    for path in sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")]):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            data = None
        if isinstance(data, dict) and "expect" in data:
            found.append(path)
    return found


def run_test(args: argparse.Namespace) -> int:
    directory: Path = args.dir
    if not directory.is_dir():
        print(f"mailgate policy test: {directory}: not a directory", file=sys.stderr)
        return 2
    policy_path = args.policy
    if policy_path is None and (directory / "policy.yaml").is_file():
        policy_path = directory / "policy.yaml"
    try:
        paths = read_paths(args.config)
        if policy_path is None:
            policy_path = paths.policy
        policy = load(policy_path)
    except (PolicyError, SettingsError) as exc:
        print(f"mailgate policy test: the policy is not usable:\n{exc}", file=sys.stderr)
        return 2
    # With a config, decide as that gateway would (as check and serve do): no encryption
    # method configured means "encrypt" outcomes are rejected. Without one, the policy
    # is tested as written, so the shipped examples' encrypt cases stay meaningful.
    note = "no --config: encrypt outcomes as the policy says them"
    if args.config is not None:
        try:
            encrypts = gateway_config.load(args.config).encryption is not None
        except gateway_config.ConfigError as exc:
            print(f"mailgate policy test: configuration error\n{exc}", file=sys.stderr)
            return 2
        if not encrypts:
            policy = without_encryption(policy)
        note = f"as the gateway configured by {args.config} decides" + (
            "" if encrypts else " (no encryption configured: encrypt becomes reject)"
        )
    # The site's term lists (or the shipped ones), as check and serve's workers use them.
    from detectors.analyse import set_terms
    from policies.terms import DEFAULT_DIR, TermsError, load_terms

    try:
        set_terms(load_terms(paths.terms or DEFAULT_DIR))
    except TermsError as exc:
        print(f"mailgate policy test: the term lists are not usable:\n{exc}", file=sys.stderr)
        return 2
    cases = _cases(directory)
    if not cases:
        print(
            f"mailgate policy test: {directory}: no test cases (YAML files with an 'expect' key)",
            file=sys.stderr,
        )
        return 2
    failed = 0
    print(f"policy {policy.name!r} from {policy_path or 'the shipped default'}; {note}")
    for path in cases:
        try:
            ok, summary, reasons = run_case(path, policy)
        except CaseError as exc:
            failed += 1
            print(f"ERROR {exc}")
            continue
        failed += not ok
        print(f"{'PASS' if ok else 'FAIL'} {summary}")
        if not ok or args.verbose:
            for reason in reasons:
                print(f"     - {reason}")
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0

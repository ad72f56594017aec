"""`mailgate check FILE.eml`: an administrator's Test-Message.

Runs extraction, detection and the policy on a saved message and prints the
decision with its reasons, exactly as the gateway would decide it. Exit status
0 whatever the decision; 2 for usage or input errors, with a clear message.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from email import policy as email_policy
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from detectors.model import Scan
from gateway import config as gateway_config
from gateway.commands.options import add_config
from policies.conditions import counted_categories
from policies.engine import decide, without_encryption
from policies.loader import PolicyError, load
from policies.model import Policy
from policies.registers import RegisterError, Registers
from policies.settings import SettingsError, read_paths
from policies.verdict import EnvelopeFacts, RecipientClass, Verdict
from policies.wording import CLASS_LABELS

MAX_INPUT = 64 * 1024 * 1024


class InputError(Exception):
    """Bad input: the message names the file and what to do."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check",
        help="decide a saved message (.eml) and explain the decision",
        description="Run extraction, detection and the policy on a saved message and print "
        "the decision with its reasons. Exit status 0 whatever the decision.",
    )
    p.add_argument(
        "files", metavar="FILE.eml", type=Path, nargs="+",
        help="the message, as saved (RFC 5322); several files are checked one by one",
    )  # fmt: skip
    p.add_argument(
        "--from", dest="mail_from", metavar="ADDR", help="envelope sender (default: From:)"
    )
    p.add_argument(
        "--to",
        dest="rcpt_tos",
        metavar="ADDR",
        action="append",
        help="envelope recipient, repeatable (default: To:, Cc: and Bcc:)",
    )
    add_config(p)
    p.add_argument(
        "--policy", metavar="FILE", type=Path, help="a policy file to try (overrides the config)"
    )
    p.add_argument(
        "--json", action="store_true",
        help="print one JSON object (one per line for several files)",
    )  # fmt: skip
    p.set_defaults(func=run)


def read_message(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_INPUT:
            raise InputError(f"{path}: {size} bytes is larger than {MAX_INPUT} bytes")
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a message file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if not raw.strip():
        raise InputError(f"{path}: the file is empty, not an email message")
    lines = raw.lstrip()[:4000].split(b"\n", 2)
    head = lines[1] if lines[0].startswith(b"From ") and len(lines) > 1 else lines[0]  # mbox
    if b":" not in head or head.split(b":", 1)[0].strip().count(b" "):
        raise InputError(
            f"{path}: does not start with mail headers (e.g. 'From: …'): save the message "
            "as .eml (RFC 5322), not as text or HTML"
        )
    return raw


def envelope_from_headers(
    raw: bytes, mail_from: str | None, rcpt_tos: list[str] | None, path: Path
) -> tuple[str, list[str]]:
    headers = BytesParser(policy=email_policy.compat32).parsebytes(raw, headersonly=True)
    if mail_from is None:
        found = getaddresses(headers.get_all("From", []))
        mail_from = next((a for _n, a in found if "@" in a), "")
    if not rcpt_tos:
        fields = [
            *headers.get_all("To", []),
            *headers.get_all("Cc", []),
            *headers.get_all("Bcc", []),
        ]
        rcpt_tos = []
        for _name, addr in getaddresses(fields):
            if "@" in addr and addr.lower() not in (r.lower() for r in rcpt_tos):
                rcpt_tos.append(addr)
    if not rcpt_tos:
        raise InputError(f"{path}: no recipients: give --to ADDR or add To:/Cc: headers")
    return mail_from, rcpt_tos


def with_database_suspension(
    policy: Policy, cfg: gateway_config.Config, config: Path | None
) -> Policy:
    """As the running gateways do: a `mailgate suspend` in force in their database takes
    the place of the file's switch. No database (never served) is no suspension."""
    from gateway.control import ControlError, open_control_store

    url = cfg.audit.resolved_url(config.parent if config is not None else Path.cwd())
    try:
        store = open_control_store(url, create=False)
    except ControlError:
        return policy
    try:
        row = store.current()
    except ControlError as exc:
        raise InputError(f"cannot read the suspension switch: {exc}") from None
    finally:
        store.close()
    if row is None:
        return policy
    # Past its --until it is not in force: decide() checks that at the decision's time.
    return policy.model_copy(update={"suspension": row.as_policy()})


def load_setup(
    config: Path | None, policy_file: Path | None
) -> tuple[Policy, Path | None, Registers | None]:
    """The policy and registers the gateway would use with this config."""
    try:
        paths = read_paths(config)
    except SettingsError as exc:
        raise InputError(str(exc)) from None
    policy_path = policy_file or paths.policy
    try:
        policy = load(policy_path)
    except PolicyError as exc:
        raise InputError(f"the policy file is not usable:\n{exc}") from None
    # As serve does: with no encryption method configured, "encrypt" becomes "reject".
    try:
        cfg = gateway_config.load(config)
    except gateway_config.ConfigError as exc:
        raise InputError(str(exc)) from None
    if cfg.encryption is None:
        policy = without_encryption(policy)
    policy = with_database_suspension(policy, cfg, config)
    # The site's term lists (or the shipped ones), as serve's workers use them.
    from detectors.analyse import set_terms
    from policies.terms import DEFAULT_DIR, TermsError, load_terms

    try:
        set_terms(load_terms(paths.terms or DEFAULT_DIR))
    except TermsError as exc:
        raise InputError(f"the term lists are not usable:\n{exc}") from None
    registers = None
    # A check only reads: no database yet means no consent or permissions recorded.
    if paths.database is not None and paths.database.exists():
        try:
            registers = Registers(paths.database)
        except RegisterError as exc:
            raise InputError(str(exc)) from None
    return policy, policy_path, registers


def analyse(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    from detectors.analyse import analyse as run_analysis

    return run_analysis(raw, mail_from, rcpt_tos)


def report(scan: Scan, verdict: Verdict, policy: Policy, envelope: EnvelopeFacts) -> dict[str, Any]:
    """The decision as one JSON-ready object (masked values only)."""
    return {
        "action": verdict.action.value,
        "rule": verdict.rule,
        "guidance": list(verdict.guidance),
        "reasons": list(verdict.reasons),
        "fixes": list(verdict.fixes),
        "warnings": list(verdict.warnings),
        "data_subjects": scan.data_subjects,
        "findings": counted_categories(scan, policy),
        # Reported, not counted (policy count_findings_about_nobody): words about nobody.
        "about_nobody": scan.category_counts(about_nobody=True),
        "doc_kinds": scan.kind_counts(),
        "recipients": {a: d.recipient_class.value for a, d in verdict.per_recipient.items()},
        "per_recipient": {
            a: {"class": d.recipient_class.value, "action": d.action.value, "rule": d.rule}
            for a, d in verdict.per_recipient.items()
        },
        "unreadable": [{"location": o.location, "reason": o.reason} for o in scan.opaque],
        "envelope": {"from": envelope.mail_from, "to": list(envelope.rcpt_tos)},
        "monitor": verdict.monitor,
        "already_encrypted": verdict.already_encrypted,
        "sender_requested_encryption": verdict.sender_requested_encryption,
        "policy": policy.name,
    }


def render_text(data: dict[str, Any]) -> str:
    lines = [
        f"Decision: {data['action'].upper()}  rule {data['rule']}"
        + (f"  ({', '.join(data['guidance'])})" if data["guidance"] else ""),
    ]
    if data["monitor"]:
        lines.append("  MONITOR MODE: the gateway would relay this message unchanged")
    lines.append(f"From: {data['envelope']['from'] or '<>'}")
    lines.append("Recipients:")
    for addr, d in data["per_recipient"].items():
        cls = CLASS_LABELS.get(RecipientClass(d["class"]), d["class"])
        lines.append(f"  {addr}  [{cls}]  {d['action']} ({d['rule']})")
    found = ", ".join(f"{k} {v}" for k, v in data["findings"].items()) or "nothing"
    kinds = ", ".join(f"{k} {v}" for k, v in data["doc_kinds"].items()) or "none"
    lines.append(f"Found: {found}")
    if data.get("about_nobody"):
        nobody = ", ".join(f"{k} {v}" for k, v in data["about_nobody"].items())
        lines.append(f"Not counted, about nobody (disclaimers, generic text, denials): {nobody}")
    lines.append(f"Documents: {kinds}")
    lines.append(f"People the message is about: {data['data_subjects']}")
    for o in data["unreadable"]:
        lines.append(f"Unreadable: {o['location']} ({o['reason']})")
    for title, key in (("Why", "reasons"), ("What to do", "fixes"), ("Warnings", "warnings")):
        if data[key]:
            lines.append(f"{title}:")
            lines.extend(f"  - {text}" for text in data[key])
    return "\n".join(lines)


def check_one(
    path: Path, args: argparse.Namespace, policy: Policy, registers: Registers | None
) -> dict[str, Any]:
    """One file's decision as a report; InputError for a file that cannot be checked."""
    raw = read_message(path)
    mail_from, rcpt_tos = envelope_from_headers(raw, args.mail_from, args.rcpt_tos, path)
    envelope = EnvelopeFacts(mail_from, tuple(rcpt_tos))
    try:
        scan = analyse(raw, mail_from, rcpt_tos)
    except Exception as exc:  # a message the analyser cannot take is bad input here
        # Type only: parser errors may quote content.
        raise InputError(
            f"{path}: could not be analysed ({type(exc).__name__}); "
            "the gateway would answer 451 and not relay it"
        ) from None
    verdict = decide(envelope, scan, policy, registers, datetime.now(UTC))
    return {"file": str(path), **report(scan, verdict, policy, envelope)}


def run(args: argparse.Namespace) -> int:
    try:
        policy, _path, registers = load_setup(args.config, args.policy)
    except InputError as exc:
        print(f"mailgate check: {exc}", file=sys.stderr)
        return 2
    status = 0
    several = len(args.files) > 1
    for i, path in enumerate(args.files):
        try:
            data = check_one(path, args, policy, registers)
        except InputError as exc:
            print(f"mailgate check: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            # One object; with several files, one object per line (JSON Lines).
            print(json.dumps(data, ensure_ascii=False, indent=None if several else 2))
        else:
            if several:
                print(("\n" if i else "") + f"== {path}")
            print(render_text(data))
    return status

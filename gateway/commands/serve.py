"""`mailgate serve`: run the gateway (SIGTERM stops gracefully, SIGHUP reloads).

``mailgate serve --hash-password USER`` prints a credentials-file line for USER
(password read from the terminal, or from stdin when piped) and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import hashlib
import signal
import ssl
import sys
from pathlib import Path

from gateway import config, logs
from gateway.commands.options import add_config


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "serve",
        help="run the SMTP gateway",
        description="Run the SMTP gateway. With no --config: listen on 127.0.0.1:8025 "
        "and deliver into ./outbox (a Maildir).",
    )
    add_config(p)
    p.add_argument(
        "--hash-password",
        metavar="USER",
        help="print a credentials-file line for USER and exit",
    )
    p.set_defaults(func=run)


def _hash_password(user: str) -> int:
    from gateway.auth import hash_password

    if ":" in user or not user.strip():
        print("mailgate: user names cannot be empty or contain ':'", file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {user}: ")
        if password != getpass.getpass("again: "):
            print("mailgate: passwords differ", file=sys.stderr)
            return 2
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        print("mailgate: empty password refused", file=sys.stderr)
        return 2
    print(f"{user}:{hash_password(password)}")
    return 0


def _site_terms(path: Path | None):
    """The site's term lists (``policy.terms_dir``, else the shipped lists) and a
    fingerprint of their files. Raises TermsError naming file and line."""
    from policies.settings import read_paths
    from policies.terms import DEFAULT_DIR, load_terms

    directory = read_paths(path).terms or DEFAULT_DIR
    digest = hashlib.sha256()
    for file in sorted(directory.glob("*.yaml")):
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return load_terms(directory), digest.hexdigest()


def _build(cfg: config.Config, path: Path | None, terms=None):
    """The gateway with the real decide and act steps, as the config describes them."""
    from gateway.actions.wiring import build_actions
    from gateway.metrics import Metrics, TimedPolicy, TimedScanner
    from gateway.server import Gateway
    from policies.engine import PolicyDecider

    decider = PolicyDecider.from_config(path, encryption_available=cfg.encryption is not None)
    metrics = Metrics()
    holder: dict[str, Gateway] = {}
    actions = build_actions(
        hostname=cfg.hostname,
        # Explanations and notices leave through the gateway's current next hop.
        nexthop=lambda: holder["gateway"].runtime.nexthop,
        encryption=cfg.encryption,
        bounce=cfg.bounce,
        notices=cfg.notices,
        reject=cfg.reject,
        audit=cfg.audit,
        outbox=cfg.outbox,
        config_dir=path.parent if path is not None else None,
        metrics=metrics,
        internal_domains=decider.policy.recipients.internal.domains,
        # One tag, the policy's: the one explanations offer is the one that decides.
        sender_tag=decider.policy.encryption.subject_tag if cfg.encryption else None,
    )
    gateway = Gateway(
        cfg,
        policy=TimedPolicy(decider, metrics),
        actions=actions,
        wrap_scanner=lambda pool: TimedScanner(pool, metrics),
        terms=terms,
        metrics=metrics,
    )
    holder["gateway"] = gateway
    return gateway, decider, actions, metrics


def _control_link(cfg: config.Config, path: Path | None, decider):
    """The suspension switch and status row in the audit trail's database, wired into
    the decider's watcher (raises ControlError when the database cannot be opened)."""
    from gateway.control import open_control_store
    from gateway.control.live import ControlLink

    url = cfg.audit.resolved_url(path.parent if path is not None else Path.cwd())
    link = ControlLink(
        open_control_store(url, create=True),
        lambda: f"{decider.policy.name} v{decider.policy.version} ({decider.path or 'default'})",
    )
    decider.set_suspension_source(link.suspension)
    return link


def _keep_failed_scans(cfg: config.Config, path: Path | None, gateway) -> None:
    """The digests of messages that ran out of time or memory, in the gateway database
    (its own connection: strikes come from executor threads), read back at start so
    a restart does not forget them. After the audit store opened: its migration 2
    made the table."""
    from gateway.control import open_control_store

    url = cfg.audit.resolved_url(path.parent if path is not None else Path.cwd())
    held = gateway.failed_scans.attach(open_control_store(url, create=True))
    if held:
        logs.get().info("failed_scans_remembered", count=held)


async def _serve(cfg: config.Config, path: Path | None) -> int:
    from gateway.metrics import policy_version_label, start_metrics_server, watch_sessions

    terms, terms_digest = _site_terms(path)
    gateway, decider, actions, metrics = _build(cfg, path, terms)
    log = logs.get()
    await actions.open()  # no audit store, no service
    control = _control_link(cfg, path, decider)
    _keep_failed_scans(cfg, path, gateway)
    await gateway.start()
    # consent/permission changes and `mailgate suspend` from the CLI, within ~1 s
    decider.watch_registers()
    watch_sessions(metrics, gateway)
    metrics.watch_build(lambda: policy_version_label(decider.policy))
    exporter = start_metrics_server(cfg.metrics, metrics)
    assert gateway.address is not None
    host, port = gateway.address
    policy_name = decider.path or "the default DWP provider policy"
    print(
        f"mailgate: listening on {host}:{port}; {gateway.runtime.where_mail_goes()}; "
        f"policy: {policy_name}"
        + ("" if cfg.encryption else "; no encryption configured: 'encrypt' becomes 'reject'")
        + (
            "; MONITOR MODE: decisions recorded, everything relays"
            if decider.policy.monitor
            else ""
        ),
        file=sys.stderr,
        flush=True,
    )
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def reload() -> None:
        nonlocal terms_digest
        failed: list[str] = []  # what kept its running version, with why
        try:
            new_cfg = config.load(path)
            gateway.reload(new_cfg)
            actions.reject_config = new_cfg.reject  # smtp or explain, from the next message
        except Exception as exc:  # keep serving with the old configuration
            log.error("reload_failed", error=str(exc), kept="the running configuration")
            failed.append(f"configuration: {exc}")
        try:
            new_terms, digest = _site_terms(path)
            if digest != terms_digest:
                gateway.set_terms(new_terms)
                terms_digest = digest
        except Exception as exc:  # keep scanning with the lists the workers have
            log.error("terms_reload_failed", error=str(exc), kept="the running term lists")
            failed.append(f"term lists: {exc}")
        error = decider.reload()
        if error:
            log.error("policy_reload_failed", error=error, kept="the running policy")
            failed.append(f"policy: {error}")
        else:
            log.info("policy_reloaded", policy=str(decider.path or "default"))
        metrics.reloaded(not failed)
        control.reloaded("; ".join(failed) or None)
        actions.reload_certificates()

    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGHUP, reload)
    await stop.wait()
    log.info("stopping", sessions=len(gateway.sessions))
    await gateway.stop()
    gateway.failed_scans.close()
    decider.stop_watching()
    control.stopped()
    await actions.close()
    if exporter is not None:
        exporter[0].shutdown()
    return 0


def run(args: argparse.Namespace) -> int:
    if args.hash_password is not None:
        return _hash_password(args.hash_password)
    try:
        cfg = config.load(args.config)
    except config.ConfigError as exc:
        print(f"mailgate: configuration error\n{exc}", file=sys.stderr)
        return 2
    try:
        logs.setup(cfg.log, hostname=cfg.hostname)
    except OSError as exc:  # a TCP syslog collector refusing, a missing /dev/log
        print(f"mailgate: cannot open the log output ({cfg.log.output}): {exc}", file=sys.stderr)
        return 2
    from gateway.audit.store import AuditStoreError
    from gateway.auth import CredentialsError
    from gateway.control import ControlError
    from gateway.outbox import OutboxError
    from gateway.workers import WorkerStartError
    from policies.loader import PolicyError
    from policies.registers import RegisterError
    from policies.settings import SettingsError
    from policies.terms import TermsError

    try:
        return asyncio.run(_serve(cfg, args.config))
    except (PolicyError, SettingsError, TermsError) as exc:
        print(f"mailgate: policy error\n{exc}", file=sys.stderr)
        return 2
    except CredentialsError as exc:
        print(f"mailgate: credentials file error\n{exc}", file=sys.stderr)
        return 2
    except (AuditStoreError, RegisterError, ControlError) as exc:
        # No audit trail or registers, no sending: say which file, and stop.
        print(f"mailgate: cannot open the audit trail or registers: {exc}", file=sys.stderr)
        return 2
    except OutboxError as exc:
        # Explanations must survive a restart: no outbox, no service.
        print(f"mailgate: cannot open the outbox: {exc}", file=sys.stderr)
        return 2
    except WorkerStartError:
        print(
            f"mailgate: cannot start the scan workers (analyser {cfg.scan.analyser!r} "
            "failed to load; its error is above)",
            file=sys.stderr,
        )
        return 1
    except (OSError, ssl.SSLError) as exc:
        print(f"mailgate: cannot start: {exc}", file=sys.stderr)
        return 1

"""`mailgate serve`: run the gateway (SIGTERM stops gracefully, SIGHUP reloads).

``mailgate serve --hash-password USER`` prints a credentials-file line for USER
(password read from the terminal, or from stdin when piped) and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import signal
import ssl
import sys
from pathlib import Path

from gateway import config, logs


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "serve",
        help="run the SMTP gateway",
        description="Run the SMTP gateway. With no --config: listen on 127.0.0.1:8025 "
        "and deliver into ./outbox (a Maildir).",
    )
    p.add_argument("--config", type=Path, help="YAML configuration file")
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


async def _serve(cfg: config.Config, path: Path | None) -> int:
    from gateway.server import Gateway

    gateway = Gateway(cfg)
    await gateway.start()
    assert gateway.address is not None
    host, port = gateway.address
    print(
        f"mailgate: listening on {host}:{port}; {gateway.runtime.where_mail_goes()}",
        file=sys.stderr,
        flush=True,
    )
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    log = logs.get()

    def reload() -> None:
        try:
            gateway.reload(config.load(path))
        except Exception as exc:  # keep serving with the old configuration
            log.error("reload_failed", error=str(exc))

    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGHUP, reload)
    await stop.wait()
    log.info("stopping", sessions=len(gateway.sessions))
    await gateway.stop()
    return 0


def run(args: argparse.Namespace) -> int:
    if args.hash_password is not None:
        return _hash_password(args.hash_password)
    try:
        cfg = config.load(args.config)
    except config.ConfigError as exc:
        print(f"mailgate: configuration error\n{exc}", file=sys.stderr)
        return 2
    logs.setup(cfg.log.level)
    from concurrent.futures.process import BrokenProcessPool

    from gateway.auth import CredentialsError

    try:
        return asyncio.run(_serve(cfg, args.config))
    except CredentialsError as exc:
        print(f"mailgate: credentials file error\n{exc}", file=sys.stderr)
        return 2
    except BrokenProcessPool:
        print(
            f"mailgate: cannot start the scan workers (analyser {cfg.scan.analyser!r} "
            "failed to load; its error is above)",
            file=sys.stderr,
        )
        return 1
    except (OSError, ssl.SSLError) as exc:
        print(f"mailgate: cannot start: {exc}", file=sys.stderr)
        return 1

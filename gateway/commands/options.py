"""Options every command shares, so they sit in the same place on every command.

``--config FILE`` is accepted before the verb (``mailgate --config F audit search``)
and after it (``mailgate audit search --config F``): the leaf parsers add it with
``default=SUPPRESS`` so an absent one never overwrites the global one, and
`gateway.cli` merges the two into ``args.config``.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

CONFIG_HELP = "the gateway config `mailgate serve` reads (also accepted before the command)"


def add_config(p: argparse.ArgumentParser, help: str = CONFIG_HELP) -> None:
    p.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS, help=help)


def merge_config(args: argparse.Namespace) -> str | None:
    """Set ``args.config`` from the verb's or the global option; an error text if they differ."""
    local = getattr(args, "config", None)
    outer = getattr(args, "global_config", None)
    if local is not None and outer is not None and Path(local) != Path(outer):
        return f"--config given twice with different files ({outer} and {local})"
    args.config = local if local is not None else outer
    return None


def add_recorded_by(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", metavar="NAME", help="who is recording this (default: your login name)")


def recorded_by(args: argparse.Namespace) -> str:
    """The --by name, else the OS user running the command."""
    name = (getattr(args, "by", None) or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container with an unknown uid)
        return "unknown"

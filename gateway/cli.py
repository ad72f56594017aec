"""`mailgate` command line: one module per command under gateway/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys

from gateway import system_libraries

# Each module has register(subparsers) that adds its parser and sets func=run.
COMMAND_MODULES = (
    "gateway.commands.serve",
    "gateway.commands.check",
    "gateway.commands.policy",
    "gateway.commands.registers",
    "gateway.commands.audit",
)
# Commands that read mail, and so need the system libraries the readers load.
READS_MAIL = {"serve", "check", "policy"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailgate",
        description="Outbound mail gateway for DWP employment programme providers.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in READS_MAIL:
        try:
            system_libraries.check()
        except system_libraries.MissingLibrary as exc:
            print(f"mailgate {args.command}: {exc}", file=sys.stderr)
            return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

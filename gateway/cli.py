"""`mailgate` command line: one module per command under gateway/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from gateway import system_libraries
from gateway.commands.options import CONFIG_HELP, merge_config

# Each module has register(subparsers) that adds its parser and sets func=run.
COMMAND_MODULES = (
    "gateway.commands.serve",
    "gateway.commands.check",
    "gateway.commands.policy",
    "gateway.commands.registers",
    "gateway.commands.audit",
    "gateway.commands.suspend",
    "gateway.commands.status",
)
# Commands that read mail, and so need the system libraries the readers load.
READS_MAIL = {"serve", "check", "policy"}


class _Parser(argparse.ArgumentParser):
    """Whoever parses (main, a test, the deploy check) gets one ``args.config``."""

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        parsed, rest = super().parse_known_args(args, namespace)
        clash = merge_config(parsed)
        if clash:
            self.error(clash)
        return parsed, rest


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mailgate",
        description="Outbound mail gateway for DWP employment programme providers.",
    )
    parser.add_argument(
        "--config", dest="global_config", type=Path, metavar="FILE", help=CONFIG_HELP
    )
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=argparse.ArgumentParser
    )  # only the top parser merges --config, once every level has parsed
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

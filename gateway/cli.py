"""``gateway`` command line. Each sub-command lives in ``gateway/commands/<name>.py`` and exposes
``register(subparsers)``; this module only wires them together."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES = ("scan", "run", "config_check", "ca", "incidents", "report")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gateway",
        description="AI-poort: controleert prompts naar generatieve AI-diensten.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    for name in COMMAND_MODULES:
        importlib.import_module(f"gateway.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    result: int = args.handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())

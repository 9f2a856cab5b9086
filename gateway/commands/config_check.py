"""``gateway config check [MAP]``: validate every config file and print located errors in Dutch
(file, key, what is wrong). Exit code 1 on any error."""

from __future__ import annotations

import argparse
from pathlib import Path

from gateway.config.errors import ConfigError
from gateway.config.loader import load_config
from gateway.settings import GatewaySettings


def check(args: argparse.Namespace) -> int:
    directory: Path = args.directory or GatewaySettings().config_dir
    try:
        config = load_config(directory)
    except ConfigError as error:
        print(f"Configuratie in {directory} is ongeldig ({len(error.problems)} fout(en)):")
        for problem in error.problems:
            print(f"  - {problem}")
        return 1
    services = config.services.services
    high_risk = config.countries.high_risk if config.countries else {}
    print(
        f"Configuratie in {directory} is geldig: {len(services)} diensten, "
        f"{len(config.policy.entities)} entity-regels, {len(high_risk)} landen met verhoogd risico."
    )
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("config", help="Configuratie controleren.")
    commands = parser.add_subparsers(dest="config_command", required=True, metavar="OPDRACHT")
    check_parser = commands.add_parser(
        "check",
        help="Controleer alle configuratiebestanden; exitcode 1 bij fouten.",
        description=(
            "Controleert policy.yaml, services.yaml, countries.yaml en notices.yaml, ook "
            "onderling (bijv. dat elke dienst in policy.yaml in services.yaml staat)."
        ),
    )
    check_parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        help="configuratiemap (standaard GATEWAY_CONFIG_DIR of de meegeleverde config/)",
    )
    check_parser.set_defaults(handler=check)

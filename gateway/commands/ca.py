"""``gateway ca export``: print the gateway's CA certificate (PEM) for distribution to
workstations (GPO / Intune). Generates the CA on first use, exactly as ``gateway run`` does."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mitmproxy.certs import CertStore
from mitmproxy.options import CONF_BASENAME, KEY_SIZE

from gateway.settings import GatewaySettings

CA_CERT_NAME = f"{CONF_BASENAME}-ca-cert.pem"


def ensure_ca(ca_dir: Path) -> Path:
    """The CA certificate path; creates CA and key (key readable by the owner only) if absent."""
    ca_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    CertStore.from_store(ca_dir, CONF_BASENAME, KEY_SIZE)
    return ca_dir / CA_CERT_NAME


def export(args: argparse.Namespace) -> int:
    settings = GatewaySettings()
    try:
        path = ensure_ca(settings.ca_dir)
    except OSError as error:
        print(
            f"CA-map {settings.ca_dir} niet bruikbaar: {error.strerror}. "
            "Controleer GATEWAY_CA_DIR en de rechten.",
            file=sys.stderr,
        )
        return 1
    sys.stdout.write(path.read_text(encoding="ascii"))
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("ca", help="CA-certificaat van de gateway beheren.")
    commands = parser.add_subparsers(dest="ca_command", required=True, metavar="OPDRACHT")
    export_parser = commands.add_parser(
        "export",
        help="Print het CA-certificaat (PEM) om op werkplekken te installeren (GPO/Intune).",
        description=(
            "Print het CA-certificaat (PEM) van de gateway. Het wordt bij de eerste keer "
            "aangemaakt in GATEWAY_CA_DIR. Alleen het certificaat, nooit de sleutel."
        ),
    )
    export_parser.set_defaults(handler=export)

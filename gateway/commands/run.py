"""``gateway run``: start the intercepting gateway (mitmproxy in-process, regular proxy mode,
HTTP/1.1, HTTP/2 and WebSockets) with the gateway addons. Refuses to start on any invalid
setting or config file: never a half-working gateway."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import certifi

from gateway.commands.ca import CA_CERT_NAME, ensure_ca
from gateway.config.errors import ConfigError
from gateway.config.loader import load_config
from gateway.proxy.resolve import parse_resolve
from gateway.settings import GatewaySettings

if TYPE_CHECKING:
    from gateway.proxy.screening import Recorder
    from gateway.proxy.state import StateHolder

logger = logging.getLogger("gateway")
UPSTREAM_TRUST_NAME = "upstream-trusted-ca.pem"
# With screening threads (GATEWAY_SCREENING_PROCESSES=0) a scan holds the GIL; the event loop
# waits up to one switch interval for it after every wake-up. 1 ms instead of 5 ms keeps other
# clients' latency low meanwhile (measurements in gateway/proxy/screener.py).
GIL_SWITCH_INTERVAL_S = 0.001


class StartupError(Exception):
    """A Dutch message for the admin; the gateway does not start."""


def upstream_trust_bundle(settings: GatewaySettings) -> Path | None:
    """The public CAs plus GATEWAY_UPSTREAM_CA in one file (mitmproxy takes a single bundle,
    and an extra CA must add to the public ones, not replace them). None: public CAs only."""
    if settings.upstream_ca is None:
        return None
    try:
        extra = settings.upstream_ca.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise StartupError(
            f"GATEWAY_UPSTREAM_CA {settings.upstream_ca} is niet leesbaar als PEM-bestand"
        ) from error
    if "BEGIN CERTIFICATE" not in extra:
        raise StartupError(f"GATEWAY_UPSTREAM_CA {settings.upstream_ca} bevat geen certificaat")
    bundle = settings.ca_dir / UPSTREAM_TRUST_NAME
    public = Path(certifi.where()).read_text(encoding="ascii")
    bundle.write_text(f"{public}\n{extra}\n", encoding="ascii")
    return bundle


def prepare(settings: GatewaySettings) -> tuple[StateHolder, Recorder, Path | None]:
    # Imported here, not at module level: the engine pulls in spaCy/Presidio, which every other
    # ``gateway`` sub-command would otherwise pay for at start-up.
    from gateway.incidents import IncidentLogError, IncidentRecorder
    from gateway.proxy.state import StateHolder, build_state

    try:
        config = load_config(settings.config_dir)
    except ConfigError as error:
        lines = "\n".join(f"  - {problem}" for problem in error.problems)
        raise StartupError(
            f"De configuratie in {settings.config_dir} is ongeldig; de gateway start niet.\n"
            f"{lines}\nControleer met: gateway config check {settings.config_dir}"
        ) from error
    try:
        parse_resolve(settings.resolve)
    except ValueError as error:
        raise StartupError(f"GATEWAY_RESOLVE is ongeldig: {error}") from error
    try:
        ensure_ca(settings.ca_dir)
    except OSError as error:
        raise StartupError(f"CA-map {settings.ca_dir} niet bruikbaar: {error.strerror}") from error
    trust = upstream_trust_bundle(settings)
    try:
        recorder = IncidentRecorder(settings)
    except IncidentLogError as error:
        raise StartupError(f"Incidentlog niet bruikbaar: {error}") from error
    logger.info("Screening-engine laden ...")
    holder = StateHolder(build_state(config))
    return holder, recorder, trust


async def serve(
    settings: GatewaySettings,
    holder: StateHolder,
    recorder: Recorder,
    trust: Path | None,
    startup_log: logging.Handler,
) -> None:
    from mitmproxy import options
    from mitmproxy.tools.dump import DumpMaster

    from gateway.proxy.addons import gateway_addons

    opts = options.Options(
        listen_host=settings.listen_host,
        listen_port=settings.listen_port,
        confdir=str(settings.ca_dir),
    )
    master = DumpMaster(opts, with_termlog=True, with_dumper=False)
    logging.getLogger().removeHandler(startup_log)  # mitmproxy's TermLog prints from here on
    master.addons.add(*gateway_addons(settings, holder, recorder))  # type: ignore[no-untyped-call]
    master.options.update(  # type: ignore[no-untyped-call]
        mode=["regular"],
        http2=True,
        websocket=True,
        ssl_insecure=False,  # upstream certificates are always verified
        ssl_verify_upstream_trusted_ca=str(trust) if trust else None,
        # Lazy: connect upstream only when a request is forwarded. A blocked service (e.g. one
        # under a high-risk country) is then never contacted at all, and the block page works
        # even when its servers are unreachable.
        connection_strategy="lazy",
        # No Dumper addon is loaded, so flows (and the prompts in them) are never printed; the
        # event log carries connection events with host names, not bodies.
        termlog_verbosity="info",
        ai_poort_resolve=settings.resolve,
    )
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, master.shutdown)
    logger.info(
        "AI-poort luistert op %s:%d; CA-certificaat: %s",
        settings.listen_host,
        settings.listen_port,
        settings.ca_dir / CA_CERT_NAME,
    )
    await master.run()


def run(args: argparse.Namespace) -> int:
    # Until mitmproxy's own log handler takes over (see serve), print start-up messages here.
    startup_log = logging.StreamHandler()
    startup_log.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(startup_log)
    logging.getLogger().setLevel(logging.INFO)
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    try:
        settings = GatewaySettings()
        holder, recorder, trust = prepare(settings)
    except StartupError as error:
        print(f"AI-poort start niet: {error}", file=sys.stderr)
        return 1
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    asyncio.run(serve(settings, holder, recorder, trust, startup_log))
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "run",
        help="Start de gateway (onderscheppende proxy).",
        description=(
            "Start AI-poort als expliciete proxy. Instellingen via GATEWAY_*-variabelen of "
            "GATEWAY_SETTINGS_FILE (zie README): GATEWAY_LISTEN_HOST/PORT, GATEWAY_CONFIG_DIR, "
            "GATEWAY_CA_DIR, GATEWAY_INCIDENT_LOG, GATEWAY_RESOLVE, GATEWAY_UPSTREAM_CA."
        ),
    )
    parser.set_defaults(handler=run)

"""The gateway's current configuration and engine, swapped atomically on reload."""

from __future__ import annotations

from dataclasses import dataclass

from mitmproxy import http

from gateway.config.countries import Countries
from gateway.config.loader import GatewayConfig
from gateway.config.notices import NoticeBranding
from gateway.config.services import HostIndex, ServiceMatch
from gateway.engine import ScreeningEngine


@dataclass(frozen=True, slots=True)
class GatewayState:
    config: GatewayConfig
    engine: ScreeningEngine
    hosts: HostIndex

    @property
    def countries(self) -> Countries:
        assert self.config.countries is not None  # load_config guarantees it
        return self.config.countries

    @property
    def branding(self) -> NoticeBranding:
        assert self.config.notices is not None  # load_config guarantees it
        return self.config.notices

    def match(self, host: str | None) -> ServiceMatch | None:
        return self.hosts.match(host)

    def match_flow(self, flow: http.HTTPFlow) -> ServiceMatch | None:
        """The service a request is for: by its Host header / authority, else by the TLS SNI
        we intercepted on. (``request.host`` alone is not enough: inside a CONNECT tunnel it is
        the address connected to, which GATEWAY_RESOLVE may have rewritten.)"""
        return self.hosts.match(flow.request.pretty_host) or self.hosts.match(flow.client_conn.sni)


def build_state(config: GatewayConfig, previous: GatewayState | None = None) -> GatewayState:
    """Slow on first call (loads the NLP pipeline); a reload reuses the previous pipeline."""
    engine = ScreeningEngine.from_config(config, previous.engine if previous else None)
    return GatewayState(config=config, engine=engine, hosts=HostIndex(config.services))


class StateHolder:
    """One shared cell: addons read ``current`` once per request, the reloader replaces it.
    Rebinding an attribute is atomic, so a request sees either the old or the new state."""

    def __init__(self, state: GatewayState) -> None:
        self.current = state

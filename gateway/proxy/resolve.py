"""``GATEWAY_RESOLVE``: connect to another address for a host:port, like ``curl --resolve``.
For staging and tests against a local stand-in; SNI and Host header stay the original host.

mitmproxy reuses an upstream connection only when its address equals the address a request
asks for (and allows 5 open connections per address). The gateway connects lazily (a blocked
service is never contacted), so every upstream connection is opened for a request. The override
is therefore applied to the request, in ``requestheaders``, before mitmproxy looks for a
connection: the request asks for the rewritten address, and keep-alive connections, which carry
that address, are reused. Only the connection target changes (``request.data``), not the Host
header or :authority, and ``server_connect`` puts the client's TLS SNI back on the upstream
connection so that certificate verification is still against the original host name.
"""

from __future__ import annotations

import logging

from mitmproxy import ctx, exceptions, http
from mitmproxy.addonmanager import Loader
from mitmproxy.proxy.server_hooks import ServerConnectionHookData

logger = logging.getLogger(__name__)

type Address = tuple[str, int]


def _address(text: str) -> Address:
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text.strip()!r} is geen host:poort")
    return host.strip("[]").lower(), int(port)


def parse_resolve(spec: str) -> dict[Address, Address]:
    """``"api.openai.com:443=127.0.0.1:8443,chatgpt.com:443=127.0.0.1:8443"`` -> mapping."""
    overrides: dict[Address, Address] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        source, sep, target = item.partition("=")
        if not sep:
            raise ValueError(f"{item!r}: verwacht host:poort=adres:poort")
        overrides[_address(source)] = _address(target)
    return overrides


class ResolveOverride:
    def __init__(self) -> None:
        self._overrides: dict[Address, Address] = {}

    def load(self, loader: Loader) -> None:
        loader.add_option(
            "ai_poort_resolve",
            str,
            "",
            "Komma-gescheiden host:poort=adres:poort (zoals curl --resolve), voor staging/tests.",
        )

    def configure(self, updated: set[str]) -> None:
        if "ai_poort_resolve" in updated:
            try:
                self._overrides = parse_resolve(ctx.options.ai_poort_resolve)
            except ValueError as error:
                raise exceptions.OptionsError(  # type: ignore[no-untyped-call]
                    f"GATEWAY_RESOLVE ongeldig: {error}"
                ) from error

    @property
    def _targets(self) -> set[Address]:
        return set(self._overrides.values())

    def _target(self, host: str, port: int) -> Address | None:
        return self._overrides.get((host.lower(), port))

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        request = flow.request
        target = self._target(request.host, request.port)
        if target is not None:
            # ``data``: change only where to connect, not the Host header.
            request.data.host, request.data.port = target

    def server_connect(self, data: ServerConnectionHookData) -> None:
        address = data.server.address
        if address is None:
            return
        target = self._target(*address)
        if target is not None:
            # A connection opened for the tunnel itself (not for a request).
            data.server.sni = data.server.sni or address[0]
            data.server.address = target
        elif address in self._targets and data.client.sni:
            # Opened for a rewritten request: mitmproxy took the IP as SNI; verify the
            # upstream certificate against the host name the client asked for instead.
            data.server.sni = data.client.sni

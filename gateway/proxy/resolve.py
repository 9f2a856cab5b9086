"""``GATEWAY_RESOLVE``: connect to another address for a host:port, like ``curl --resolve``.
For staging and tests against a local stand-in; SNI and Host header stay the original host.

mitmproxy reuses an upstream connection only when its address equals the address a request
asks for. So the override is applied where that address is chosen:

- HTTPS through a CONNECT tunnel: ``server_connect`` rewrites the tunnel's server connection
  (opened eagerly on CONNECT) and keeps SNI on the original name. Requests in the tunnel then
  ask for the rewritten address themselves and reuse that connection.
- Plain HTTP (absolute-form ``http://`` requests): ``requestheaders`` rewrites the request's
  target address before mitmproxy looks for a connection, so keep-alive connections are
  reused. (Rewriting only in ``server_connect`` made every request open a new connection.)
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

    def _target(self, host: str, port: int) -> Address | None:
        return self._overrides.get((host.lower(), port))

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        request = flow.request
        if request.scheme != "http":
            return  # HTTPS: the tunnel's connection is rewritten in server_connect
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
            # Keep TLS SNI (and so certificate verification) on the original host name.
            data.server.sni = data.server.sni or address[0]
            data.server.address = target

"""Addon: intercept TLS only for hosts in the service catalogue; tunnel everything else
untouched (banking, health portals and anything that is not AI is never decrypted)."""

from __future__ import annotations

from mitmproxy import tls

from gateway.proxy.state import StateHolder


class InterceptCatalogueOnly:
    def __init__(self, holder: StateHolder) -> None:
        self._holder = holder

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        host = data.client_hello.sni
        if host is None and data.context.server.address is not None:
            host = data.context.server.address[0]  # no SNI: fall back to the CONNECT target
        if self._holder.current.match(host) is None:
            data.ignore_connection = True

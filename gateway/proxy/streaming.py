"""Addon: stream responses (SSE, chunked answers, downloads) instead of buffering them. Only
HTML pages of catalogue services stay buffered, so the notice script can be injected."""

from __future__ import annotations

from mitmproxy import http

from gateway.proxy.screening import SERVICE_KEY


class StreamResponses:
    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if flow.response is None:
            return
        content_type = flow.response.headers.get("content-type", "").lower()
        if SERVICE_KEY in flow.metadata and content_type.startswith("text/html"):
            return
        flow.response.stream = True

"""Notice headers on a response: the Access-Control-Expose-Headers list keeps what was there and
names each header once, also when the gateway's own block response passes the hook again."""

from __future__ import annotations

from mitmproxy import http

from gateway.proxy.screening import merge_notice_headers

NOTICE = {
    "X-AI-Poort-Incident": "2026-11-23-000003",
    "Access-Control-Expose-Headers": "X-AI-Poort-Incident, X-AI-Poort-Decision",
}


def _exposed(headers: http.Headers) -> list[str]:
    return [item.strip() for item in headers["Access-Control-Expose-Headers"].split(",")]


def test_upstream_expose_list_is_kept_and_extended() -> None:
    headers = http.Headers()
    headers["Access-Control-Expose-Headers"] = "X-Request-Id"
    merge_notice_headers(headers, NOTICE)
    assert _exposed(headers) == ["X-Request-Id", "X-AI-Poort-Incident", "X-AI-Poort-Decision"]
    assert headers["X-AI-Poort-Incident"] == "2026-11-23-000003"


def test_merging_twice_lists_each_header_once() -> None:
    headers = http.Headers()
    merge_notice_headers(headers, NOTICE)
    merge_notice_headers(headers, NOTICE)  # a gateway-made response runs responseheaders() too
    assert _exposed(headers) == ["X-AI-Poort-Incident", "X-AI-Poort-Decision"]

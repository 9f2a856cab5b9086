from __future__ import annotations

import gzip
import re
from collections.abc import Callable

import brotli
import pytest
from mitmproxy import http
from mitmproxy.test import tflow

from gateway.config.notices import NoticeBranding
from gateway.config.services import HostIndex, ServiceCatalogue
from gateway.notices.injection import (
    MARKER_ATTRIBUTE,
    inject_script,
    looks_like_document,
    rewrite_meta_csp,
    script_tag,
)
from gateway.proxy.notice_injection import NoticeInjection, chat_web_app_predicate

PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head>\n<meta charset="utf-8">\n'
    "<title>Chat</title><script src=/app.js></script></head><body>Hé</body></html>"
)
NONCE_IN_TAG = re.compile(r'<script nonce="([^"]+)" ' + MARKER_ATTRIBUTE + ">")


def test_script_goes_after_head_and_meta_charset_before_app_scripts() -> None:
    result = inject_script(PAGE, "<script>X</script>")
    assert result.index('<meta charset="utf-8">') < result.index("<script>X")
    assert result.index("<script>X") < result.index("<title>")


@pytest.mark.parametrize(
    ("page", "before"),
    [
        ("<html><body>x</body></html>", "<body>"),
        ("<!doctype html><p>x", "<p>"),
        ("<HEAD data-x='1'><TITLE>", "<TITLE>"),
    ],
)
def test_script_position_without_head(page: str, before: str) -> None:
    result = inject_script(page, "<script>X</script>")
    assert result.index("<script>X") < result.index(before)


@pytest.mark.parametrize(
    ("html", "document"),
    [
        (PAGE, True),
        ("\ufeff  <html><body></body></html>", True),
        ("<!-- c --><html>", True),
        ('<div class="message">fragment</div>', False),
        ("<p>Hallo</p>", False),
    ],
)
def test_looks_like_document(html: str, document: bool) -> None:
    assert looks_like_document(html) is document


def test_meta_csp_gets_the_nonce_other_metas_do_not() -> None:
    html = (
        '<head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'">'
        "<meta name=description content=\"script-src 'self'\">"
        "<META HTTP-EQUIV=content-security-policy CONTENT='default-src &apos;self&apos;'>"
    )
    result = rewrite_meta_csp(html, "N1")
    q = "&#x27;"
    assert result == (
        f'<head><meta http-equiv="Content-Security-Policy" '
        f'content="script-src {q}self{q} {q}nonce-N1{q}">'
        "<meta name=description content=\"script-src 'self'\">"
        f'<META HTTP-EQUIV=content-security-policy CONTENT="default-src {q}self{q}; '
        f'script-src {q}self{q} {q}nonce-N1{q}; style-src {q}self{q} {q}nonce-N1{q}">'
    )


def test_script_tag_is_ascii_and_hostile_branding_cannot_break_out(
    branding: NoticeBranding,
) -> None:
    hostile = branding.model_copy(
        update={"municipality": "</script><script>alert(1)</script><!-- Gemeente Súdwest"}
    )
    tag = script_tag(hostile, "n0nce")
    assert tag.isascii()
    assert tag.count("</script") == 1 and tag.endswith("</script>")
    assert "<!--" not in tag
    assert tag.startswith(f'<script nonce="n0nce" {MARKER_ATTRIBUTE}>')


# --- the mitmproxy addon -------------------------------------------------------------------


@pytest.fixture
def addon(branding: NoticeBranding) -> NoticeInjection:
    catalogue = ServiceCatalogue.model_validate(
        {
            "services": {
                "chatgpt": {
                    "name": "ChatGPT",
                    "vendor": "OpenAI",
                    "country": "US",
                    "kind": "chat",
                    "status": "approved",
                    "web_hosts": ["chatgpt.com"],
                    "api_hosts": ["api.openai.com"],
                },
                "poe": {
                    "name": "Poe",
                    "vendor": "Quora",
                    "country": "US",
                    "kind": "chat",
                    "status": "not_approved",
                    "web_hosts": ["poe.com"],
                },
                "copilot": {
                    "name": "Copilot",
                    "vendor": "Microsoft",
                    "country": "US",
                    "kind": "assistant",
                    "status": "approved",
                    "web_hosts": ["copilot.microsoft.com"],
                },
                "trial": {
                    "name": "Trial",
                    "vendor": "X",
                    "country": "FR",
                    "kind": "chat",
                    "status": "approved",
                    "mode": "monitor",
                    "web_hosts": ["trial.example"],
                },
            }
        }
    )
    return NoticeInjection(chat_web_app_predicate(HostIndex(catalogue).match), lambda: branding)


def html_flow(
    host: str = "chatgpt.com",
    body: bytes = PAGE.encode(),
    headers: dict[str, str] | None = None,
    method: str = "GET",
    request_headers: dict[str, str] | None = None,
) -> http.HTTPFlow:
    request = http.Request.make(method, f"https://{host}/", headers=http.Headers())
    request.headers.update(request_headers or {})
    response = http.Response.make(
        200, body, {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    )
    return tflow.tflow(req=request, resp=response)


def injected_nonce(flow: http.HTTPFlow) -> str | None:
    assert flow.response is not None
    match = NONCE_IN_TAG.search(flow.response.text or "")
    return match.group(1) if match else None


@pytest.mark.parametrize("host", ["chatgpt.com", "copilot.microsoft.com"])
def test_injects_into_approved_chat_app_and_keeps_the_page(
    addon: NoticeInjection, host: str
) -> None:
    flow = html_flow(host=host)
    addon.responseheaders(flow)
    addon.response(flow)
    assert flow.response is not None
    assert injected_nonce(flow) is not None
    text = flow.response.text or ""
    assert text.endswith("<body>Hé</body></html>")
    assert flow.response.headers["content-length"] == str(len(flow.response.raw_content or b""))


@pytest.mark.parametrize(
    "flow",
    [
        html_flow(host="poe.com"),  # not approved: gets a block page, not a notice
        html_flow(host="trial.example"),  # monitor mode shows no warnings
        html_flow(host="api.openai.com"),  # API host, not the web app
        html_flow(host="example.org"),  # not in the catalogue
        html_flow(method="POST"),
        html_flow(body=b'<div class="msg">fragment</div>'),
        html_flow(request_headers={"Sec-Fetch-Dest": "empty"}),
        html_flow(headers={"Content-Type": "application/json"}),
    ],
)
def test_leaves_other_responses_alone(addon: NoticeInjection, flow: http.HTTPFlow) -> None:
    assert flow.response is not None
    before = flow.response.raw_content
    addon.response(flow)
    assert flow.response.raw_content == before


@pytest.mark.parametrize(
    ("name", "decompress"), [("gzip", gzip.decompress), ("br", brotli.decompress)]
)
def test_compressed_html_is_decoded_and_re_encoded(
    addon: NoticeInjection, name: str, decompress: Callable[[bytes], bytes]
) -> None:
    # Response.make compresses the body according to the Content-Encoding header.
    flow = html_flow(headers={"Content-Encoding": name})
    assert flow.response is not None and flow.response.raw_content is not None
    assert decompress(flow.response.raw_content) == PAGE.encode()
    addon.response(flow)
    assert flow.response.headers["content-encoding"] == name
    assert flow.response.raw_content is not None
    html = decompress(flow.response.raw_content).decode()
    assert NONCE_IN_TAG.search(html)
    assert html.endswith("<body>Hé</body></html>")


def test_csp_headers_and_meta_get_the_same_fresh_nonce(addon: NoticeInjection) -> None:
    page = PAGE.replace(
        "<title>", '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">'
    )
    flow = html_flow(
        body=page.encode(),
        headers={"Content-Security-Policy-Report-Only": "default-src 'self'"},
    )
    assert flow.response is not None
    flow.response.headers.add("Content-Security-Policy", "script-src 'nonce-site'")
    flow.response.headers.add("Content-Security-Policy", "style-src 'self'; img-src *")
    addon.response(flow)
    nonce = injected_nonce(flow)
    assert nonce is not None
    policies = flow.response.headers.get_all("Content-Security-Policy")
    assert policies == [
        f"script-src 'nonce-site' 'nonce-{nonce}'",
        f"style-src 'self' 'nonce-{nonce}'; img-src *",
    ]
    report_only = flow.response.headers["Content-Security-Policy-Report-Only"]
    assert f"script-src 'self' 'nonce-{nonce}'" in report_only
    assert f"&#x27;nonce-{nonce}&#x27;" in (flow.response.text or "")

    second = html_flow()
    addon.response(second)
    assert injected_nonce(second) not in (None, nonce)


def test_latin1_page_keeps_its_charset(addon: NoticeInjection) -> None:
    flow = html_flow(
        body=PAGE.encode("latin-1"), headers={"Content-Type": "text/html; charset=iso-8859-1"}
    )
    addon.response(flow)
    assert flow.response is not None and flow.response.raw_content is not None
    assert flow.response.raw_content.endswith("<body>Hé</body></html>".encode("latin-1"))
    assert injected_nonce(flow) is not None


def test_never_injects_twice(addon: NoticeInjection) -> None:
    flow = html_flow()
    addon.response(flow)
    addon.response(flow)
    assert flow.response is not None
    assert (flow.response.text or "").count(MARKER_ATTRIBUTE) == 1


def test_streaming_is_switched_off_for_documents_it_injects_into(
    addon: NoticeInjection,
) -> None:
    flow = html_flow()
    other = html_flow(host="example.org")
    for each in (flow, other):
        assert each.response is not None
        each.response.stream = True
        addon.responseheaders(each)
    assert flow.response is not None and other.response is not None
    assert flow.response.stream is False
    assert other.response.stream is True

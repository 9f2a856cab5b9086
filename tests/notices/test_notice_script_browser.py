"""The injected notice script in a real Chromium, behind a strict CSP, without the gateway:
the page is produced by the real injection code and served through Playwright routing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from mitmproxy import http

from gateway.config.notices import NoticeBranding
from gateway.notices import (
    NoticeContext,
    notice_headers,
    render_block_page,
    websocket_notice_message,
)
from gateway.proxy.notice_injection import inject_notice_script

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ORIGIN = "https://chat.example"
SITE_CSP = (
    "default-src 'self'; script-src 'nonce-site' 'strict-dynamic'; style-src 'self'; "
    "connect-src 'self' wss://chat.example; require-trusted-types-for 'script'"
)
# The app: its own nonce'd inline script, which records every WebSocket message it receives
# through the three ways a page can listen.
APP_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Chat</title>
<script nonce="site">
  window.received = [];
  window.openSocket = () => new Promise((resolve) => {
    const ws = new WebSocket("wss://chat.example/ws");
    ws.onmessage = (e) => window.received.push("onmessage:" + e.data);
    ws.addEventListener("message", (e) => window.received.push("listener:" + e.data));
    ws.addEventListener("message", (e) => window.received.push("capture:" + e.data), true);
    ws.addEventListener("open", () => ws.send("hallo"));
    window.socket = ws;
    resolve();
  });
</script>
</head><body><h1>Stand-in chat</h1><textarea></textarea></body></html>"""

NOTICE_HOST = "ai-poort-melding"
ARTEFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if shutil.which(CHROMIUM) is None:
        pytest.fail("Debian's chromium ontbreekt: apt-get install -y chromium")
    with playwright_api.sync_playwright() as playwright:
        ARTEFACTS.mkdir(exist_ok=True)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def injected_page(branding: NoticeBranding) -> http.Response:
    response = http.Response.make(
        200,
        APP_PAGE.encode(),
        {"Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": SITE_CSP},
    )
    assert inject_notice_script(response, branding)
    return response


@pytest.fixture
def page(browser: object, branding: NoticeBranding) -> Iterator[object]:
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    document = injected_page(branding)

    def serve(route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        if request.url == f"{ORIGIN}/":
            route.fulfill(  # type: ignore[attr-defined]
                status=200, headers=dict(document.headers), body=document.content
            )
        else:
            route.fulfill(status=404, body="")  # type: ignore[attr-defined]

    page.route(f"{ORIGIN}/**", serve)
    # Playwright's WebSocket routing replaces window.WebSocket, so it must be in place before
    # the page (and the notice script) loads; each test sets page.websocket_server.
    page.websocket_server = None
    page.route_web_socket(
        f"{ORIGIN.replace('https', 'wss')}/ws", lambda ws: page.websocket_server(ws)
    )
    page.goto(f"{ORIGIN}/")
    page.errors = errors
    yield page
    assert not [e for e in errors if "Content Security Policy" in e or "Trusted" in e], errors
    context.close()


def notice_texts(page: object) -> list[str]:
    locator = page.locator(f"{NOTICE_HOST} [role=alert] .message")  # type: ignore[attr-defined]
    locator.first.wait_for(timeout=5000)
    return list(locator.all_inner_texts())


def answer_with(page: object, path: str, status: int, headers: dict[str, str]) -> None:
    def fulfil(route: object) -> None:
        route.fulfill(status=status, headers=headers, body="{}")  # type: ignore[attr-defined]

    page.route(f"{ORIGIN}{path}", fulfil)  # type: ignore[attr-defined]


def test_fetch_block_shows_dutch_alert_in_shadow_dom(
    page: object, bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    answer_with(page, "/api/blocked", 403, notice_headers(bsn_blocked, branding))
    status = page.evaluate(  # type: ignore[attr-defined]
        "fetch('/api/blocked', {method: 'POST', body: '{}'}).then(r => r.status)"
    )
    assert status == 403  # the app still gets its response
    assert notice_texts(page) == [
        "Je prompt is niet verzonden: hij bevat een BSN. Incident 2026-11-23-000042."
    ]
    alert = page.locator(f"{NOTICE_HOST} [role=alert]")  # type: ignore[attr-defined]
    assert alert.get_attribute("data-decision") == "blocked"
    # The nonce'd <style> in the shadow root was allowed by the rewritten CSP.
    background = alert.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(155, 28, 28)"
    # The host lives in the light DOM but its content only in the (open) shadow root.
    assert page.evaluate(  # type: ignore[attr-defined]
        f"document.querySelector('{NOTICE_HOST}').shadowRoot !== null"
    )
    assert "Je prompt" not in page.evaluate("document.body.innerText")  # type: ignore[attr-defined]
    policy = page.locator(f"{NOTICE_HOST} a")  # type: ignore[attr-defined]
    assert policy.get_attribute("href") == branding.ai_policy.url
    page.locator(f"{NOTICE_HOST} button").click()  # type: ignore[attr-defined]
    assert page.locator(f"{NOTICE_HOST} [role=alert]").count() == 0  # type: ignore[attr-defined]


def test_xhr_redaction_shows_notice(
    page: object, bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    ctx = NoticeContext(
        kind="prompt_redacted",
        service_name="ChatGPT",
        entity_counts={"PERSON": 2, "EMAIL_ADDRESS": 1},
    )
    answer_with(page, "/api/redacted", 200, notice_headers(ctx, branding))
    page.evaluate(  # type: ignore[attr-defined]
        """new Promise((resolve) => {
             const xhr = new XMLHttpRequest();
             xhr.open('POST', '/api/redacted');
             xhr.onload = () => resolve(xhr.status);
             xhr.send('{}');
           })"""
    )
    assert notice_texts(page) == ["Je prompt is verzonden zonder 2 namen en een e-mailadres."]
    alert = page.locator(f"{NOTICE_HOST} [role=alert]")  # type: ignore[attr-defined]
    assert alert.get_attribute("data-decision") == "redacted"


def test_plain_responses_show_nothing(page: object) -> None:
    answer_with(page, "/api/normal", 200, {"Content-Type": "application/json"})
    page.evaluate("fetch('/api/normal').then(r => r.status)")  # type: ignore[attr-defined]
    page.wait_for_timeout(200)  # type: ignore[attr-defined]
    assert page.locator(NOTICE_HOST).count() == 0  # type: ignore[attr-defined]


def test_websocket_notice_is_shown_and_hidden_from_the_app(
    page: object, bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    notice = websocket_notice_message(bsn_blocked, branding)

    def server(ws: object) -> None:
        def on_message(message: str | bytes) -> None:
            # Like the gateway: the client's message is dropped, the notice sent instead,
            # and the service keeps talking normally afterwards.
            ws.send(notice)  # type: ignore[attr-defined]
            ws.send(json.dumps({"answer": "normaal bericht"}))  # type: ignore[attr-defined]

        ws.on_message(on_message)  # type: ignore[attr-defined]

    page.websocket_server = server  # type: ignore[attr-defined]
    page.evaluate("window.openSocket()")  # type: ignore[attr-defined]
    assert notice_texts(page) == [
        "Je prompt is niet verzonden: hij bevat een BSN. Incident 2026-11-23-000042."
    ]
    page.wait_for_function("window.received.length >= 3")  # type: ignore[attr-defined]
    received = page.evaluate("window.received")  # type: ignore[attr-defined]
    normal = json.dumps({"answer": "normaal bericht"})
    assert sorted(received) == sorted(
        [f"capture:{normal}", f"onmessage:{normal}", f"listener:{normal}"]
    )
    assert page.evaluate("window.socket instanceof WebSocket")  # type: ignore[attr-defined]


def test_same_notice_twice_is_shown_once(
    page: object, bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    answer_with(page, "/api/blocked", 403, notice_headers(bsn_blocked, branding))
    page.evaluate(  # type: ignore[attr-defined]
        "Promise.all([fetch('/api/blocked'), fetch('/api/blocked')])"
    )
    assert len(notice_texts(page)) == 1


def test_screenshot_for_review(
    page: object, bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    answer_with(page, "/api/blocked", 403, notice_headers(bsn_blocked, branding))
    page.evaluate("fetch('/api/blocked')")  # type: ignore[attr-defined]
    notice_texts(page)
    target = ARTEFACTS / "notice-script.png"
    page.screenshot(path=str(target), animations="disabled")  # type: ignore[attr-defined]
    assert target.stat().st_size > 1000


def test_block_page_renders_with_its_own_styles(browser: object, branding: NoticeBranding) -> None:
    ctx = NoticeContext(
        kind="service_blocked",
        service_name="DeepSeek",
        vendor="DeepSeek",
        country="CN",
        reasons=["high_risk_country"],
        incident="2026-11-23-000044",
    )
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text))
    page.set_content(render_block_page(ctx, branding))
    assert page.locator("h1").inner_text() == "Geen toegang tot DeepSeek"
    header_colour = page.locator("header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header_colour == "rgb(29, 63, 114)"  # the inline style passed the page's own CSP
    assert errors == []
    target = ARTEFACTS / "block-page.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 1000
    page.close()

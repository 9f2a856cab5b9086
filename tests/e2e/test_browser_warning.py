"""End to end in a real browser: headless Chromium (Debian's package) -> the real gateway ->
the stand-in chatgpt.com. The staff member types a prompt in the stand-in chat page; the
gateway blocks or redacts it and the injected script shows the Dutch warning in the page.

The browser trusts the gateway's CA through an NSS database in a private HOME (as a workstation
would after the CA is rolled out), so the gateway's certificates are really verified.
Screenshots are kept under artifacts/ for review.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Gateway
from standin import StandIn

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.timeout(180)

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
ARTEFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHAT_URL = "https://chatgpt.com/"
CONVERSATION = "/backend-api/conversation"
NOTICE_HOST = "ai-poort-melding"
BSN = "111222333"  # passes the elfproef
EMAIL = "jan.jansen@example.nl"
NAME = "Jan de Vries"


def trust_gateway_ca(home: Path, ca_path: Path) -> bool:
    """Put the gateway CA in the NSS database Chromium reads ($HOME/.pki/nssdb)."""
    certutil = shutil.which("certutil")
    if certutil is None:
        return False
    nssdb = home / ".pki" / "nssdb"
    nssdb.mkdir(parents=True)
    database = f"sql:{nssdb}"
    subprocess.run([certutil, "-d", database, "-N", "--empty-password"], check=True)
    subprocess.run(
        [certutil, "-d", database, "-A", "-t", "C,,", "-n", "AI-poort test", "-i", str(ca_path)],
        check=True,
    )
    return True


@pytest.fixture(scope="module")
def browser(gateway: Gateway, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium ontbreekt: apt-get install -y chromium")
    home = tmp_path_factory.mktemp("chromium-home")
    args = list(CHROMIUM_ARGS)
    if not trust_gateway_ca(home, gateway.ca_path):
        # Documented fallback only: without libnss3-tools the CA cannot be trusted properly.
        warnings.warn(
            "certutil (libnss3-tools) ontbreekt: Chromium controleert het gateway-certificaat "
            "niet (--ignore-certificate-errors)",
            stacklevel=1,
        )
        args.append("--ignore-certificate-errors")
    env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
    ARTEFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=args,
            env={**env, "HOME": str(home)},
            proxy={"server": gateway.proxy_url},
        )
        yield launched
        launched.close()


@pytest.fixture
def chat(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    response = page.goto(CHAT_URL)
    assert response is not None and response.status == 200
    yield page
    context.close()


def send_prompt(page: Any, prompt: str) -> None:
    page.fill("#prompt", prompt)
    page.click("#send")


def shown_notice(page: Any) -> dict[str, str]:
    """The notice as it is in the DOM: inside the shadow root of the notice host element."""
    page.locator(f"{NOTICE_HOST} [role=alert]").first.wait_for(timeout=15_000)
    notice: dict[str, str] = page.evaluate(
        """(host) => {
             const alert = document.querySelector(host).shadowRoot.querySelector('[role=alert]');
             return {
               message: alert.querySelector('.message').textContent,
               decision: alert.dataset.decision,
               incident: alert.dataset.incident || '',
             };
           }""",
        NOTICE_HOST,
    )
    return notice


def conversation_prompts(upstream: StandIn) -> list[str]:
    """The prompt texts that reached the stand-in's conversation endpoint."""
    received = upstream.received("chatgpt.com", CONVERSATION)
    return [part for r in received for m in r.json()["messages"] for part in m["content"]["parts"]]


def test_page_of_approved_chat_app_gets_the_notice_script(chat: Any, gateway: Gateway) -> None:
    # The gateway's certificate was accepted (no interstitial) and the script runs.
    assert chat.title() == "Stand-in chat"
    assert chat.evaluate("window.__aiPoortNotice === true")
    assert chat.evaluate("document.querySelector('script[data-ai-poort-notice]').nonce") != ""


def test_prompt_with_bsn_is_stopped_and_the_page_says_why(
    chat: Any, gateway: Gateway, upstream: StandIn
) -> None:
    before = len(upstream.received("chatgpt.com", CONVERSATION))
    send_prompt(chat, f"Kun je nagaan of BSN {BSN} klopt voor mijn cliënt?")
    notice = shown_notice(chat)
    assert re.fullmatch(
        r"Je prompt is niet verzonden: hij bevat een BSN\. Incident (\S+)\.", notice["message"]
    )
    assert notice["decision"] == "blocked"
    assert notice["message"].endswith(f"Incident {notice['incident']}.")
    chat.locator("#answer").filter(has_text="403").wait_for(timeout=5_000)
    chat.screenshot(path=str(ARTEFACTS / "browser-warning.png"), animations="disabled")

    assert len(upstream.received("chatgpt.com", CONVERSATION)) == before
    assert all(BSN not in prompt for prompt in conversation_prompts(upstream))
    incidents = [r for r in gateway.incidents() if r.get("incident") == notice["incident"]]
    assert incidents and incidents[0]["decision"] == "block"
    assert "entity:NL_BSN" in incidents[0]["reason_codes"]
    # The warning itself never repeats the value.
    shadow_text = chat.evaluate(f"document.querySelector('{NOTICE_HOST}').shadowRoot.textContent")
    assert "BSN" in shadow_text and BSN not in shadow_text


def test_prompt_with_email_is_sent_without_it_and_the_page_says_so(
    chat: Any, upstream: StandIn
) -> None:
    send_prompt(chat, f"Schrijf een bevestiging voor {EMAIL} over de vergunning.")
    notice = shown_notice(chat)
    assert notice["decision"] == "redacted"
    assert notice["message"].startswith("Je prompt is verzonden zonder een e-mailadres.")
    chat.locator("#answer").filter(has_text="200").wait_for(timeout=5_000)
    sent = [p for p in conversation_prompts(upstream) if "over de vergunning" in p]
    assert sent and EMAIL not in sent[-1]
    assert sent[-1].startswith("Schrijf een bevestiging voor ")


def test_prompt_with_a_name_is_sent_without_it_and_the_page_says_so(
    chat: Any, upstream: StandIn
) -> None:
    send_prompt(chat, f"Schrijf een korte bedankbrief aan {NAME} voor zijn hulp bij de verhuizing.")
    notice = shown_notice(chat)
    assert notice["decision"] == "redacted"
    assert "verzonden zonder een naam" in notice["message"]
    chat.screenshot(path=str(ARTEFACTS / "browser-warning-redacted.png"), animations="disabled")
    sent = [p for p in conversation_prompts(upstream) if "bedankbrief" in p]
    assert sent and NAME not in sent[-1] and "de Vries" not in sent[-1]


def test_websocket_message_with_bsn_is_dropped_and_the_page_says_why(
    chat: Any, upstream: StandIn
) -> None:
    # Copilot-style chat over a WebSocket, opened from a page that carries the notice script.
    chat.evaluate(
        """(uri) => new Promise((resolve, reject) => {
             window.wsReceived = [];
             const ws = new WebSocket(uri);
             ws.onmessage = (event) => window.wsReceived.push(event.data);
             ws.addEventListener('message', (event) => window.wsReceived.push(event.data));
             ws.onopen = () => resolve();
             ws.onerror = () => reject(new Error('WebSocket niet geopend'));
             window.ws = ws;
           })""",
        "wss://copilot.microsoft.com/c/api/chat?api-version=2",
    )
    send = (
        "(text) => window.ws.send(JSON.stringify({event: 'send', content: [{type: 'text', text}]}))"
    )
    chat.evaluate(send, "Hallo!")
    chat.wait_for_function("window.wsReceived.length === 2")
    chat.evaluate(send, f"Controleer BSN {BSN} even.")
    notice = shown_notice(chat)
    assert notice["decision"] == "blocked"
    assert notice["message"].startswith("Je prompt is niet verzonden: hij bevat een BSN.")
    chat.evaluate(send, "Tot ziens!")
    chat.wait_for_function("window.wsReceived.length === 4")
    received = chat.evaluate("window.wsReceived")
    # The app saw only the stand-in's echoes (twice each: onmessage and its listener).
    assert all('"echo"' in message and "ai_poort_notice" not in message for message in received)
    assert not any(BSN in message for message in upstream.ws_messages)

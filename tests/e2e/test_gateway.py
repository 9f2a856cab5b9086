"""End to end: a real gateway process between real clients (openai SDK, curl, a WebSocket
client) and a local stand-in AI service. Checks what the upstream received, what the client
got, the incident log, and that the gateway output never contains prompt data."""

from __future__ import annotations

import gzip
import json
import ssl
import subprocess
import time
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import openai
import pytest
from conftest import Gateway
from standin import STREAM_CHUNKS, StandIn
from websockets.sync.client import connect

pytestmark = pytest.mark.timeout(120)

BSN = "111222333"  # passes the elfproef
EMAIL = "jan.jansen@example.nl"
PHONE = "06-12345678"
SECRETS = (BSN, EMAIL, PHONE)


@pytest.fixture(scope="module")
def gateway_extra_env() -> dict[str, str]:
    # The thread lane (GATEWAY_SCREENING_PROCESSES=0) end to end; the other modules use the
    # default worker process.
    return {"GATEWAY_MAX_BODY_BYTES": str(256 * 1024), "GATEWAY_SCREENING_PROCESSES": "0"}


@pytest.fixture
def http_client(gateway: Gateway) -> Iterator[httpx.Client]:
    with httpx.Client(
        proxy=gateway.proxy_url,
        verify=ssl.create_default_context(cafile=str(gateway.ca_path)),
        timeout=60,
    ) as client:
        yield client


@pytest.fixture
def openai_client(http_client: httpx.Client) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", http_client=http_client, max_retries=0)


def curl(
    gateway: Gateway, *args: str, cacert: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [
        "curl",
        "-sS",
        "--proxy",
        gateway.proxy_url,
        "--cacert",
        cacert or str(gateway.ca_path),
    ]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60)


def test_redacted_prompt_reaches_upstream_without_the_personal_data(
    gateway: Gateway, upstream: StandIn, openai_client: openai.OpenAI
) -> None:
    prompt = f"Stuur een bevestiging naar {EMAIL} en bel daarna {PHONE}."
    raw = openai_client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
    )
    answer = raw.parse()
    assert answer.choices[0].message.content == "Antwoord van de stand-in."
    assert raw.headers["x-ai-poort-decision"] == "redacted"
    assert raw.headers["x-ai-poort-incident"]
    (received,) = upstream.received("api.openai.com", "/chat/completions")
    sent = received.json()["messages"][0]["content"]
    assert EMAIL not in sent and PHONE not in sent
    assert sent.startswith("Stuur een bevestiging naar [")
    assert int(received.headers["content-length"]) == len(received.body)


def test_prompt_with_bsn_is_blocked_with_an_openai_error_in_dutch(
    gateway: Gateway, upstream: StandIn, openai_client: openai.OpenAI
) -> None:
    before = len(upstream.received("api.openai.com"))
    with pytest.raises(openai.PermissionDeniedError) as error:
        openai_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Je helpt de afdeling Burgerzaken."},
                {"role": "user", "content": f"Zoek burgerservicenummer {BSN} op."},
            ],
        )
    assert error.value.status_code == 403
    # The gateway's own 403 carries the notice headers too (for the in-page warning).
    headers = error.value.response.headers
    assert headers["x-ai-poort-decision"] == "blocked"
    assert headers["x-ai-poort-incident"]
    body = error.value.body
    assert isinstance(body, dict)
    assert "BSN" in body["message"] and "niet verzonden" in body["message"]
    assert BSN not in json.dumps(body)
    assert len(upstream.received("api.openai.com")) == before
    blocked = [r for r in gateway.incidents() if "entity:NL_BSN" in r.get("reason_codes", [])]
    assert blocked and blocked[-1]["decision"] == "block"
    assert blocked[-1]["service_id"] == "openai-api"
    assert headers["x-ai-poort-incident"] == blocked[-1]["incident"]


def test_large_paste_is_screened_in_the_worker_process(
    gateway: Gateway, upstream: StandIn, openai_client: openai.OpenAI
) -> None:
    """Texts over 64 K characters go to the worker process: still screened, same decisions."""
    filler = "Het college besluit over de begroting en het beleid voor de wijken. " * 1500
    before = len(upstream.received("api.openai.com"))
    with pytest.raises(openai.PermissionDeniedError):
        openai_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"{filler} Het BSN is {BSN}."}],
        )
    assert len(upstream.received("api.openai.com")) == before
    redacted = openai_client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"{filler} Mail {EMAIL} even."}],
    )
    assert redacted.headers["x-ai-poort-decision"] == "redacted"
    sent = upstream.received("api.openai.com", "/chat/completions")[-1].json()
    assert len(sent["messages"][0]["content"]) > 64 * 1024
    assert EMAIL not in sent["messages"][0]["content"]


def test_bsn_in_tool_call_arguments_is_blocked_too(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    before = len(upstream.received("api.openai.com"))
    response = http_client.post(
        "https://api.openai.com/v1/chat/completions",
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": "Zoek de persoon op."},
                {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "brp", "arguments": json.dumps({"bsn": BSN})},
                        }
                    ],
                },
            ],
        },
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"]
    assert len(upstream.received("api.openai.com")) == before


def test_streaming_answer_is_passed_through_chunk_by_chunk(
    gateway: Gateway, openai_client: openai.OpenAI
) -> None:
    started = time.monotonic()
    stream = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Wat is de hoofdstad van Zuid-Holland?"}],
        stream=True,
    )
    arrivals: list[float] = []
    texts: list[str] = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            arrivals.append(time.monotonic() - started)
            texts.append(chunk.choices[0].delta.content)
    assert "".join(texts) == "".join(STREAM_CHUNKS)
    # Not buffered: the first piece arrived well before the last one was sent.
    assert arrivals[-1] - arrivals[0] > 0.4


def test_anthropic_api_gets_its_own_error_format(gateway: Gateway, upstream: StandIn) -> None:
    body = json.dumps(
        {
            "model": "claude",
            "max_tokens": 10,
            "messages": [{"role": "user", "content": f"BSN {BSN}"}],
        }
    )
    result = curl(
        gateway,
        "-X", "POST", "https://api.anthropic.com/v1/messages",
        "-H", "content-type: application/json", "-d", body, "-w", "\n%{http_code}",
    )  # fmt: skip
    payload, status = result.stdout.rsplit("\n", 1)
    assert status == "403"
    error = json.loads(payload)
    assert error["type"] == "error" and "BSN" in error["error"]["message"]
    assert not upstream.received("api.anthropic.com")


def test_gzip_encoded_gemini_request_is_redacted_and_re_encoded(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    body = {"contents": [{"role": "user", "parts": [{"text": f"Mail {EMAIL} even."}]}]}
    response = http_client.post(
        "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent",
        content=gzip.compress(json.dumps(body).encode()),
        headers={"content-type": "application/json", "content-encoding": "gzip"},
    )
    assert response.status_code == 200
    (received,) = upstream.received("generativelanguage.googleapis.com")
    assert received.headers["content-encoding"] == "gzip"
    sent = json.loads(gzip.decompress(received.body))
    assert EMAIL not in sent["contents"][0]["parts"][0]["text"]
    assert sent["contents"][0]["parts"][0]["text"].startswith("Mail [")


def test_prompt_in_the_url_query_is_redacted_before_it_leaves(
    gateway: Gateway, upstream: StandIn
) -> None:
    """A GET without a body: the prompt travels in ?q=, and only a redacted one goes out."""
    query = urlencode({"q": f"Stuur dit naar {EMAIL} a.u.b.", "ref": "zoek/balk"})
    result = curl(gateway, f"https://chatgpt.com/backend-api/search?{query}", "-i")
    assert result.stdout.startswith("HTTP/1.1 200") or result.stdout.startswith("HTTP/2 200")
    assert "x-ai-poort-decision: redacted" in result.stdout.lower()
    (received,) = upstream.received("chatgpt.com", "/backend-api/search")
    sent = dict(parse_qsl(urlsplit(received.path).query, strict_parsing=True))
    assert EMAIL not in received.path and "jan.jansen" not in received.path
    assert sent["q"].startswith("Stuur dit naar [") and sent["q"].endswith("] a.u.b.")
    assert sent["ref"] == "zoek/balk"
    record = [r for r in gateway.incidents() if r.get("host") == "chatgpt.com"][-1]
    assert record["decision"] == "redact" and record["entities"] == {"EMAIL_ADDRESS": 1}


def test_bsn_in_the_url_query_is_blocked_and_never_reaches_the_upstream(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    before = len(upstream.received("api.openai.com"))
    response = http_client.get(
        "https://api.openai.com/v1/search", params={"prompt": f"Zoek BSN {BSN} op"}
    )
    assert response.status_code == 403
    assert "BSN" in response.json()["error"]["message"]
    assert BSN not in response.text
    assert len(upstream.received("api.openai.com")) == before
    record = [r for r in gateway.incidents() if "entity:NL_BSN" in r.get("reason_codes", [])][-1]
    assert record["incident"] == response.headers["x-ai-poort-incident"]


def test_high_risk_country_is_blocked_even_for_harmless_prompts(
    gateway: Gateway, upstream: StandIn
) -> None:
    result = curl(
        gateway,
        "-X", "POST", "https://api.deepseek.com/chat/completions",
        "-H", "content-type: application/json",
        "-d", json.dumps({"model": "deepseek", "messages": [{"role": "user", "content": "Hoi"}]}),
        "-w", "\n%{http_code}",
    )  # fmt: skip
    payload, status = result.stdout.rsplit("\n", 1)
    assert status == "403"
    assert json.loads(payload)["error"]["code"] == "ai_poort_high_risk_country"
    assert not upstream.received("api.deepseek.com")
    record = [r for r in gateway.incidents() if r.get("service_id") == "deepseek"][-1]
    assert record["reason_codes"] == ["high_risk_country"] and record["country"] == "CN"


def test_unapproved_service_page_navigation_gets_a_dutch_block_page(
    gateway: Gateway, upstream: StandIn
) -> None:
    result = curl(
        gateway,
        "https://www.perplexity.ai/",
        "-H", "accept: text/html", "-H", "sec-fetch-mode: navigate", "-w", "\n%{http_code}",
    )  # fmt: skip
    page, status = result.stdout.rsplit("\n", 1)
    assert status == "403"
    assert "<html" in page.lower() and "Perplexity" in page and "niet goedgekeurd" in page
    assert not upstream.received("www.perplexity.ai")


def test_monitor_mode_forwards_unchanged_but_records_the_decision(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    body = {"prompt": f"Mijn BSN is {BSN}"}
    response = http_client.post("https://gemini.google.com/_/BardChatUi/data", json=body)
    assert response.status_code == 200
    assert "x-ai-poort-decision" not in response.headers
    (received,) = upstream.received("gemini.google.com")
    assert received.json() == body
    record = [r for r in gateway.incidents() if r.get("service_id") == "google-gemini"][-1]
    assert record["decision"] == "block" and record["mode"] == "monitor"


def test_over_size_body_is_blocked_not_forwarded(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    before = len(upstream.received("api.openai.com"))
    big = "Een lange tekst zonder persoonsgegevens. " * 8000  # ~330 KB > 256 KB limit
    response = http_client.post(
        "https://api.openai.com/v1/chat/completions",
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": big}]},
    )
    assert response.status_code == 403
    assert "te groot" in response.json()["error"]["message"]
    assert len(upstream.received("api.openai.com")) == before
    record = gateway.incidents()[-1]
    assert record["reason_codes"] == ["body_too_large"]
    assert record["incident"] == response.headers["x-ai-poort-incident"]
    # Decided on the Content-Length header: the body was never screened.
    assert record["body_size"] == int(response.request.headers["content-length"])
    assert record["screening_ms"] == 0


def test_over_size_chunked_body_without_length_is_blocked_too(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    before = len(upstream.received("api.openai.com"))
    body = json.dumps({"messages": [{"content": "Geen persoonsgegevens. " * 12000}]}).encode()
    chunks = (body[start : start + 8192] for start in range(0, len(body), 8192))
    response = http_client.post(
        "https://api.openai.com/v1/chat/completions",
        content=chunks,  # an iterator: sent chunked, without Content-Length
        headers={"content-type": "application/json"},
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 403
    assert "te groot" in response.json()["error"]["message"]
    assert len(upstream.received("api.openai.com")) == before
    assert gateway.incidents()[-1]["body_size"] == len(body)


def test_plain_http_requests_reuse_the_resolved_upstream_connection(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    url = "http://api.mistral.ai/v1/chat/completions"
    body = {"model": "mistral-small", "messages": [{"role": "user", "content": "Hoi"}]}
    statuses = [http_client.post(url, json=body).status_code for _ in range(8)]
    assert statuses == [200] * 8
    received = [r for r in upstream.received("api.mistral.ai") if r.peer_port][-8:]
    assert len(received) == 8
    # GATEWAY_RESOLVE used to defeat mitmproxy's connection reuse for plain HTTP: a new
    # upstream connection per request, stalling after a few. One keep-alive connection now.
    assert len({r.peer_port for r in received}) == 1


def test_invalid_json_is_blocked_fail_closed(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    before = len(upstream.received("api.openai.com"))
    response = http_client.post(
        "https://api.openai.com/v1/chat/completions",
        content=b'{"messages": [{"content": "half',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 403
    assert len(upstream.received("api.openai.com")) == before


def test_hosts_outside_the_catalogue_are_tunnelled_untouched(
    gateway: Gateway, upstream: StandIn
) -> None:
    # Trusting only the stand-in's CA works: the client sees the real server certificate.
    ok = curl(gateway, "https://tunnel.example.org/rekening", cacert=str(upstream.ca_path))
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout) == {"ok": True}
    assert upstream.received("tunnel.example.org", "/rekening")
    # Trusting only the gateway CA fails: the gateway did not intercept.
    refused = curl(gateway, "https://tunnel.example.org/rekening")
    assert refused.returncode != 0
    # And a catalogue host is intercepted: only the gateway CA is accepted there.
    intercepted = curl(gateway, "https://api.openai.com/v1/models", cacert=str(upstream.ca_path))
    assert intercepted.returncode != 0


def _ws_ssl(gateway: Gateway) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(gateway.ca_path))


def test_websocket_messages_are_screened(gateway: Gateway, upstream: StandIn) -> None:
    uri = "wss://copilot.microsoft.com/c/api/chat?api-version=2"
    with connect(uri, proxy=gateway.proxy_url, ssl=_ws_ssl(gateway), open_timeout=30) as ws:
        ws.send(json.dumps({"event": "send", "content": [{"type": "text", "text": "Hallo!"}]}))
        assert json.loads(ws.recv(timeout=30))["echo"]
        ws.send(json.dumps({"event": "send", "content": [{"type": "text", "text": f"BSN {BSN}"}]}))
        notice = json.loads(ws.recv(timeout=30))["ai_poort_notice"]
        assert notice["decision"] == "blocked" and "BSN" in notice["message"]
        ws.send(
            json.dumps({"event": "send", "content": [{"type": "text", "text": f"Mail {EMAIL}"}]})
        )
        replies = [json.loads(ws.recv(timeout=30)) for _ in range(2)]
    echoed = next(r["echo"] for r in replies if "echo" in r)
    assert EMAIL not in echoed and "Mail [" in echoed
    assert any(r.get("ai_poort_notice", {}).get("decision") == "redacted" for r in replies)
    assert not any(BSN in message for message in upstream.ws_messages)


def test_config_reload_applies_changes_and_keeps_last_good_config(
    gateway: Gateway, upstream: StandIn, http_client: httpx.Client
) -> None:
    url = "https://api.mistral.ai/v1/chat/completions"
    body = {"model": "mistral-small", "messages": [{"role": "user", "content": "Hoi"}]}
    assert http_client.post(url, json=body).status_code == 200
    services = gateway.config_dir / "services.yaml"
    original = services.read_text(encoding="utf-8")
    try:
        services.write_text(original + "\n  kapot: [\n", encoding="utf-8")
        _wait_for_output(gateway, "afgekeurd")
        assert http_client.post(url, json=body).status_code == 200  # last good config active
        approved = "    name: Mistral API\n    vendor: Mistral AI\n    country: FR\n    kind: api\n"
        assert approved + "    status: approved\n" in original
        services.write_text(
            original.replace(
                approved + "    status: approved\n", approved + "    status: not_approved\n"
            ),
            encoding="utf-8",
        )
        _wait_for_output(gateway, "opnieuw geladen")
        assert http_client.post(url, json=body).status_code == 403
    finally:
        services.write_text(original, encoding="utf-8")
        _wait_for_output(gateway, "opnieuw geladen", occurrences=2)


def _wait_for_output(gateway: Gateway, text: str, occurrences: int = 1) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if gateway.output().count(text) >= occurrences:
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} niet in de gateway-uitvoer:\n{gateway.output()[-3000:]}")


def test_gateway_output_and_incident_log_never_contain_prompt_data(gateway: Gateway) -> None:
    output = gateway.output()
    log = gateway.incident_log.read_text(encoding="utf-8")
    for value in SECRETS:
        assert value not in output
        assert value not in log
    assert gateway.incidents(), "expected incidents from the tests above"

"""End to end with GATEWAY_SCREENING_PROCESSES=1 (the default): ordinary prompts are screened in
a worker process. Same decisions as the thread lane, and a worker that is killed (as the OOM killer
would) is replaced without the gateway forwarding anything unscreened."""

from __future__ import annotations

import os
import signal
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from conftest import Gateway
from standin import StandIn

pytestmark = pytest.mark.timeout(180)

BSN = "111222333"
EMAIL = "jan.jansen@example.nl"


@pytest.fixture(scope="module")
def gateway_extra_env() -> dict[str, str]:
    return {"GATEWAY_SCREENING_PROCESSES": "1"}


@pytest.fixture
def openai_client(gateway: Gateway) -> Iterator[openai.OpenAI]:
    context = ssl.create_default_context(cafile=str(gateway.ca_path))
    with httpx.Client(proxy=gateway.proxy_url, verify=context, timeout=90) as http_client:
        yield openai.OpenAI(api_key="sk-test", http_client=http_client, max_retries=0)


def _screening_workers(gateway: Gateway) -> list[int]:
    """Pids of the gateway's worker processes (multiprocessing spawn children)."""
    workers = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rpartition(")")[2].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if parent == gateway.process.pid and b"spawn_main" in command:
            workers.append(int(stat.parent.name))
    return workers


def _ask(client: openai.OpenAI, prompt: str) -> Any:
    return client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
    )


def test_prompts_are_screened_in_the_worker_process(
    gateway: Gateway, upstream: StandIn, openai_client: openai.OpenAI
) -> None:
    assert len(_screening_workers(gateway)) == 2  # ordinary prompts + large pastes
    redacted = _ask(openai_client, f"Stuur het naar {EMAIL} graag.")
    assert redacted.headers["x-ai-poort-decision"] == "redacted"
    sent = upstream.received("api.openai.com", "/chat/completions")[-1].json()
    assert EMAIL not in sent["messages"][0]["content"]
    before = len(upstream.received("api.openai.com"))
    with pytest.raises(openai.PermissionDeniedError):
        _ask(openai_client, f"Het BSN is {BSN}.")
    assert len(upstream.received("api.openai.com")) == before


def test_killed_workers_are_replaced_and_screening_goes_on(
    gateway: Gateway, upstream: StandIn, openai_client: openai.OpenAI
) -> None:
    old = _screening_workers(gateway)
    for pid in old:
        os.kill(pid, signal.SIGKILL)
    # The first request after the kill finds the pool broken and gets a fresh worker; it is
    # screened, never forwarded unscreened.
    with pytest.raises(openai.PermissionDeniedError):
        _ask(openai_client, f"Het BSN is {BSN}.")
    redacted = _ask(openai_client, f"Mail {EMAIL} even.")
    assert redacted.headers["x-ai-poort-decision"] == "redacted"
    sent = upstream.received("api.openai.com", "/chat/completions")[-1].json()
    assert EMAIL not in sent["messages"][0]["content"]
    new = _screening_workers(gateway)  # the large-paste lane is replaced on its next use
    assert new and not set(new) & set(old)
    output = gateway.output()
    assert "Screeningproces" in output
    assert BSN not in output and EMAIL not in output

"""Alerts for severe incidents against a real local SMTP server and HTTP receiver."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.incidents.helpers import make_event, settings_for

BSN = "123456782"


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[_Inbox, int]]:
    inbox, port = _Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def webhook() -> Iterator[tuple[list[dict[str, Any]], str]]:
    received: list[dict[str, Any]] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield received, f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


def _wait_for(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


def test_severe_incident_alerts_by_mail_and_webhook_without_personal_data(
    tmp_path: Path, recorder_factory: Any, smtp_inbox: Any, webhook: Any
) -> None:
    inbox, port = smtp_inbox
    received, url = webhook
    recorder = recorder_factory(
        settings_for(
            tmp_path,
            alert_smtp_host="127.0.0.1",
            alert_smtp_port=port,
            alert_smtp_from="ai-poort@gemeente.example",
            alert_smtp_to="ciso@gemeente.example, privacy@gemeente.example",
            alert_webhook_url=url,
        )
    )
    started = time.perf_counter()
    number = recorder.record(
        make_event(user="jjansen", client="10.1.2.3", finding_values=[("NL_BSN", BSN)])
    )
    assert time.perf_counter() - started < 0.1  # sending happens off the caller's thread
    recorder.record(
        make_event(decision="redact", reason_codes=["entity:PERSON"], entity_counts={"PERSON": 1})
    )  # not severe: no alert
    recorder.close()

    _wait_for(lambda: inbox.messages and received)
    [mail] = [message_from_bytes(raw) for raw in inbox.messages]
    assert number in mail["Subject"] and "geblokkeerd" in mail["Subject"]
    assert "NL_BSN" in mail["Subject"]
    [payload] = received
    assert payload["incident"] == number and payload["aanleiding"] == ["NL_BSN"]
    assert f"gateway incidents show {number}" in payload["text"]
    everything = inbox.messages[0].decode() + json.dumps(payload)
    for personal in (BSN, "jjansen", "10.1.2.3"):
        assert personal not in everything


def test_alerts_are_deduplicated_and_followed_up_with_a_count(
    tmp_path: Path, recorder_factory: Any, webhook: Any
) -> None:
    received, url = webhook
    recorder = recorder_factory(
        settings_for(tmp_path, alert_webhook_url=url, alert_min_interval_s=60)
    )
    for _ in range(5):
        recorder.record(make_event())  # same service, type, decision: one alert
    other = recorder.record(
        make_event(service_id="deepseek", host="chat.deepseek.com", country="CN",
                   reason_codes=["high_risk_country"], entity_counts={})
    )  # fmt: skip
    _wait_for(lambda: len(received) >= 2)
    assert len(received) == 2
    assert received[1]["incident"] == other and received[1]["aanleiding"] == ["high_risk_country"]
    recorder.close()  # flushes the folded follow-up
    assert len(received) == 3
    follow_up = received[2]
    assert follow_up["incident"] == "2026-11-03-000005"
    assert follow_up["vergelijkbaar_sinds_vorige"] == 3
    assert "Plus 3 vergelijkbare" in follow_up["text"]


def test_monitor_mode_alert_says_the_prompt_was_sent(
    tmp_path: Path, recorder_factory: Any, webhook: Any
) -> None:
    received, url = webhook
    recorder = recorder_factory(settings_for(tmp_path, alert_webhook_url=url))
    recorder.record(make_event(decision="allow", mode="monitor", entity_counts={"SECRET": 1}))
    recorder.close()
    _wait_for(lambda: received)
    assert "WEL verstuurd" in received[0]["text"] and received[0]["aanleiding"] == ["SECRET"]


def test_unreachable_alert_target_warns_but_never_fails_the_record(
    tmp_path: Path, recorder_factory: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder = recorder_factory(
        settings_for(tmp_path, alert_webhook_url=f"http://127.0.0.1:{_free_port()}/dicht")
    )
    assert recorder.record(make_event()) == "2026-11-03-000001"
    recorder.close()
    err = capsys.readouterr().err
    assert "webhookmelding 2026-11-03-000001 mislukt" in err

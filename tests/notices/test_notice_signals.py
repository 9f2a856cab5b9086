from __future__ import annotations

import dataclasses
import json
from urllib.parse import unquote

from gateway.config.notices import NoticeBranding
from gateway.notices import NoticeContext, notice_headers, staff_message, websocket_notice_message


def test_headers_are_single_line_ascii_and_decode_to_the_message(
    bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    ctx = dataclasses.replace(
        bsn_blocked, service_name="Überdienst\r\nSet-Cookie: x=1", kind="service_blocked"
    )
    headers = notice_headers(ctx, branding)
    for name, value in headers.items():
        assert value.isascii() and "\r" not in value and "\n" not in value, name
    assert unquote(headers["X-AI-Poort-Notice"]) == staff_message(ctx, branding)
    assert "Überdienst" in unquote(headers["X-AI-Poort-Notice"])


def test_decision_and_expose_headers(bsn_blocked: NoticeContext, branding: NoticeBranding) -> None:
    headers = notice_headers(bsn_blocked, branding)
    assert headers["X-AI-Poort-Decision"] == "blocked"
    assert headers["X-AI-Poort-Incident"] == "2026-11-23-000042"
    exposed = {name.strip() for name in headers["Access-Control-Expose-Headers"].split(",")}
    assert exposed == {"X-AI-Poort-Decision", "X-AI-Poort-Notice", "X-AI-Poort-Incident"}

    redacted = dataclasses.replace(bsn_blocked, kind="prompt_redacted", incident="")
    redacted_headers = notice_headers(redacted, branding)
    assert redacted_headers["X-AI-Poort-Decision"] == "redacted"
    assert "X-AI-Poort-Incident" not in redacted_headers


def test_websocket_notice_message(bsn_blocked: NoticeContext, branding: NoticeBranding) -> None:
    message = json.loads(websocket_notice_message(bsn_blocked, branding))
    assert message == {
        "ai_poort_notice": {
            "decision": "blocked",
            "message": staff_message(bsn_blocked, branding),
            "incident": "2026-11-23-000042",
        }
    }

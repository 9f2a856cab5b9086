"""How the gateway tells the in-page script (``static/notice.js``) that it intervened.

HTTP: three response headers. ``X-AI-Poort-Notice`` carries the Dutch staff message
percent-encoded as UTF-8 (RFC 3986, every byte outside A-Z a-z 0-9 ``-._~`` escaped), because
header values are Latin-1 at best and must not contain line breaks; the script reads it with
``decodeURIComponent``. ``Access-Control-Expose-Headers`` lets a cross-origin fetch read them.

WebSocket: a server->client text message ``{"ai_poort_notice": {...}}`` that the script
intercepts and never hands to the page (see gateway/proxy/notice_injection.py).
"""

from __future__ import annotations

import json
from urllib.parse import quote

from gateway.config.notices import NoticeBranding
from gateway.notices.context import NoticeContext
from gateway.notices.wording import staff_message

INCIDENT_HEADER = "X-AI-Poort-Incident"
DECISION_HEADER = "X-AI-Poort-Decision"
NOTICE_HEADER = "X-AI-Poort-Notice"
NOTICE_HEADERS = (INCIDENT_HEADER, DECISION_HEADER, NOTICE_HEADER)
WEBSOCKET_NOTICE_KEY = "ai_poort_notice"


def encode_header_text(text: str) -> str:
    """Percent-encode UTF-8 so any text is a safe, single-line ASCII header value."""
    return quote(text, safe="")


def notice_headers(ctx: NoticeContext, branding: NoticeBranding) -> dict[str, str]:
    headers = {
        DECISION_HEADER: ctx.decision,
        NOTICE_HEADER: encode_header_text(staff_message(ctx, branding)),
        "Access-Control-Expose-Headers": ", ".join(NOTICE_HEADERS),
    }
    if ctx.incident:
        headers[INCIDENT_HEADER] = encode_header_text(ctx.incident)
    return headers


def websocket_notice_message(ctx: NoticeContext, branding: NoticeBranding) -> str:
    """The text frame the gateway sends to the browser when it drops or redacts a message."""
    notice = {
        "decision": ctx.decision,
        "message": staff_message(ctx, branding),
        "incident": ctx.incident,
    }
    return json.dumps({WEBSOCKET_NOTICE_KEY: notice}, ensure_ascii=False)

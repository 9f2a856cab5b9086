"""mitmproxy addon: put the AI-poort notice script into the HTML of approved AI chat web apps, so
a staff member sees a Dutch warning in the page itself when the gateway blocked or redacted one
of the page's requests.

Contract with the rest of the gateway (the addon only injects; the signals come from elsewhere):

HTTP (fetch / XMLHttpRequest from the page)
    When the gateway blocks a request it answers itself (``render_api_error`` or
    ``render_block_page``); when it redacts a request it forwards the redacted body and adds
    ``notice_headers(ctx, branding)`` to the upstream's response. Those headers are:
    ``X-AI-Poort-Decision`` (``blocked`` | ``redacted``), ``X-AI-Poort-Notice`` (the Dutch staff
    message, UTF-8 percent-encoded per RFC 3986; the script applies ``decodeURIComponent``),
    ``X-AI-Poort-Incident`` (percent-encoded likewise) and ``Access-Control-Expose-Headers``
    naming them. The gateway must:
    - merge ``Access-Control-Expose-Headers`` with a value the upstream already sent;
    - on a gateway-made answer to a cross-origin request (request has ``Origin`` different from
      the host), add ``Access-Control-Allow-Origin: <that origin>`` and
      ``Access-Control-Allow-Credentials: true``, otherwise the browser hides the answer;
    - strip any ``X-AI-Poort-*`` header an upstream sends, so a service cannot fake a notice.

WebSocket (client->server messages the gateway drops or redacts)
    The gateway injects one server->client *text* message, ``websocket_notice_message(ctx,
    branding)``: ``{"ai_poort_notice": {"decision": "blocked" | "redacted", "message": <Dutch
    staff message>, "incident": <incident number or "">}}``. The script shows it and keeps it
    from the page: from ``onmessage`` and from every ``addEventListener("message")`` listener.
    A dropped client message is simply not forwarded; a redacted one is forwarded redacted.
    The gateway should drop server->client messages from the upstream that contain the key
    ``ai_poort_notice``, for the same reason as the headers.

Injection (this addon)
    Only for GET responses with ``Content-Type: text/html`` that are whole documents (not
    fragments, not ``Sec-Fetch-Dest`` other than document/iframe/frame) on hosts for which
    ``is_chat_web_app(host)`` is true (web hosts of approved chat apps and assistants in enforce
    mode). The script goes
    right after ``<head>`` so it wraps fetch/XHR/WebSocket before the app's scripts run. A fresh
    nonce per response is added to every ``Content-Security-Policy`` and
    ``Content-Security-Policy-Report-Only`` header and ``<meta http-equiv>`` policy (see
    gateway/notices/csp.py for the rules). Compressed bodies are decoded and re-encoded by
    mitmproxy. Add this addon after any addon that sets ``flow.response.stream`` in
    ``responseheaders``: for the documents it injects into, it switches streaming off again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mitmproxy import http
from mitmproxy.net.http.headers import infer_content_encoding, parse_content_type

from gateway.config.notices import NoticeBranding
from gateway.config.services import ServiceKind, ServiceMatch, ServiceMode, ServiceStatus
from gateway.notices.csp import add_nonce_to_policy, new_nonce
from gateway.notices.injection import (
    already_injected,
    inject_script,
    looks_like_document,
    rewrite_meta_csp,
    script_tag,
)

logger = logging.getLogger(__name__)

CSP_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
_DOCUMENT_DESTINATIONS = frozenset({"document", "iframe", "frame"})
_APPROVED = frozenset({ServiceStatus.APPROVED, ServiceStatus.APPROVED_PERSONAL_DATA})


# Assistants too: their web hosts (Copilot, Microsoft 365 Copilot) are chat web apps that talk
# to the service over WebSockets, the very case the WebSocket notice exists for.
_WEB_APP_KINDS = frozenset({ServiceKind.CHAT, ServiceKind.ASSISTANT})


def is_approved_chat_web_app(match: ServiceMatch | None) -> bool:
    """The predicate for this addon, given the catalogue's match for a host."""
    return (
        match is not None
        and not match.api_host
        and match.service.kind in _WEB_APP_KINDS
        and match.service.status in _APPROVED
        and match.service.mode == ServiceMode.ENFORCE
    )


def chat_web_app_predicate(
    lookup: Callable[[str], ServiceMatch | None],
) -> Callable[[str], bool]:
    """Adapt a catalogue lookup (host -> match, e.g. ``HostIndex.match``) to ``is_chat_web_app``."""
    return lambda host: is_approved_chat_web_app(lookup(host))


class NoticeInjection:
    """Injects the notice script; ``branding`` is called per response so config reloads apply."""

    def __init__(
        self,
        is_chat_web_app: Callable[[str], bool],
        branding: Callable[[], NoticeBranding | None],
    ) -> None:
        self._is_chat_web_app = is_chat_web_app
        self._branding = branding

    def _wants(self, flow: http.HTTPFlow) -> bool:
        response = flow.response
        if response is None or flow.request.method != "GET" or flow.websocket is not None:
            return False
        if response.status_code in (204, 304) or not 200 <= response.status_code < 600:
            return False
        content_type = parse_content_type(response.headers.get("content-type", ""))
        if content_type is None or (content_type[0], content_type[1]) != ("text", "html"):
            return False
        destination = flow.request.headers.get("sec-fetch-dest")
        if destination is not None and destination.lower() not in _DOCUMENT_DESTINATIONS:
            return False
        return self._is_chat_web_app(flow.request.pretty_host)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if self._wants(flow) and flow.response is not None:
            flow.response.stream = False

    def response(self, flow: http.HTTPFlow) -> None:
        if not self._wants(flow) or flow.response is None:
            return
        branding = self._branding()
        if branding is None:
            return
        inject_notice_script(flow.response, branding)


def inject_notice_script(response: http.Response, branding: NoticeBranding) -> bool:
    """Rewrite ``response`` in place; False (and untouched) if it is not an HTML document."""
    if response.raw_content is None:
        return False  # streamed: nothing to rewrite
    try:
        content = response.get_content(strict=True)
    except ValueError:
        logger.warning("notice-injectie overgeslagen: onbekende content-encoding")
        return False
    if not content:
        return False
    charset = infer_content_encoding(response.headers.get("content-type", ""), content)
    try:
        html = content.decode(charset)
    except (LookupError, UnicodeDecodeError):
        logger.warning("notice-injectie overgeslagen: HTML niet te decoderen als %s", charset)
        return False
    if not looks_like_document(html) or already_injected(html):
        return False
    nonce = new_nonce()
    html = inject_script(rewrite_meta_csp(html, nonce), script_tag(branding, nonce))
    for name in CSP_HEADERS:
        policies = response.headers.get_all(name)
        if policies:
            response.headers.set_all(name, [add_nonce_to_policy(p, nonce) for p in policies])
    # The script tag is pure ASCII, so the page's own charset can always encode the result.
    response.content = html.encode(charset)
    return True

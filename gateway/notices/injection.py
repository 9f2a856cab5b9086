"""Put the notice script (``static/notice.js`` + ``static/notice.css``) into an HTML document and
let it through the page's own ``<meta>`` Content-Security-Policy. Pure text functions; the
mitmproxy side lives in gateway/proxy/notice_injection.py."""

from __future__ import annotations

import json
import re
from functools import cache
from html import escape, unescape
from pathlib import Path

from gateway.config.notices import NoticeBranding
from gateway.notices.csp import add_nonce_to_policy

STATIC_DIR = Path(__file__).resolve().parent / "static"
CONFIG_PLACEHOLDER = "/*AI_POORT_CONFIG*/ null"
MARKER_ATTRIBUTE = "data-ai-poort-notice"

LABELS = {
    "fallback": "AI-poort heeft je verzoek tegengehouden of aangepast.",
    "close": "Sluiten",
    "close_aria": "Melding van AI-poort sluiten",
}

_HEAD_OPEN = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html(?:\s[^>]*)?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!doctype[^>]*>", re.IGNORECASE)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    r"""([^\s"'=<>/`]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""", re.IGNORECASE
)
_SNIFF_CHARS = 2048


@cache
def _static(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="ascii")


def script_config(branding: NoticeBranding) -> dict[str, object]:
    return {
        "municipality": branding.municipality,
        "policy_url": branding.ai_policy.url,
        "policy_label": branding.ai_policy.label,
        "colours": {
            "blocked": branding.colours.blocked,
            "blocked_text": branding.colours.blocked_text,
            "redacted": branding.colours.redacted,
            "redacted_text": branding.colours.redacted_text,
        },
        "labels": {
            **LABELS,
            "blocked": f"Tegengehouden door {branding.logo_text}",
            "redacted": f"Aangepast door {branding.logo_text}",
        },
        "css": _static("notice.css"),
    }


def _json_for_script(value: object) -> str:
    """JSON that is safe inside ``<script>``: ASCII only, and no ``<`` so it can never close the
    element or open a comment, whatever an admin put in the branding."""
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def script_tag(branding: NoticeBranding, nonce: str) -> str:
    """The complete ``<script>`` element; pure ASCII, so it fits any ASCII-compatible charset."""
    source = _static("notice.js").replace(
        CONFIG_PLACEHOLDER, _json_for_script(script_config(branding))
    )
    return f'<script nonce="{escape(nonce)}" {MARKER_ATTRIBUTE}>{source}</script>'


def looks_like_document(html: str) -> bool:
    """A full HTML document, not a fragment (partials fetched by XHR are also text/html)."""
    start = html[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n").lower()
    return start.startswith(("<!doctype html", "<html", "<head")) or bool(
        _HEAD_OPEN.search(start) or _HTML_OPEN.search(start)
    )


def already_injected(html: str) -> bool:
    return MARKER_ATTRIBUTE in html


def inject_script(html: str, tag: str) -> str:
    """Insert ``tag`` as early as possible, so the script wraps fetch/WebSocket before the app's
    own scripts capture them: right after ``<head>`` (after a ``<meta charset>`` directly
    following it, which must stay near the top), else after ``<html>`` or the doctype."""
    for pattern in (_HEAD_OPEN, _HTML_OPEN, _DOCTYPE):
        match = pattern.search(html)
        if match:
            position = match.end()
            following = re.match(r"\s*<meta\s[^>]*charset[^>]*>", html[position:], re.IGNORECASE)
            if following and pattern is _HEAD_OPEN:
                position += following.end()
            return html[:position] + tag + html[position:]
    return tag + html


def _attributes(tag: str) -> list[tuple[str, str | None, re.Match[str]]]:
    body = tag[len("<meta") : -1]
    result = []
    for match in _ATTRIBUTE.finditer(body):
        raw = match.group(2)
        if raw is not None and raw[0] in "\"'":
            raw = raw[1:-1]  # the quotes around the value, and only those
        value = None if raw is None else unescape(raw)
        result.append((match.group(1).lower(), value, match))
    return result


def _rewrite_meta(tag: str, nonce: str) -> str:
    attributes = _attributes(tag)
    http_equiv = next((value for name, value, _ in attributes if name == "http-equiv"), None)
    if (http_equiv or "").strip().lower() != "content-security-policy":
        return tag
    for name, value, match in attributes:
        if name == "content" and value is not None:
            offset = len("<meta")
            new_value = escape(add_nonce_to_policy(value, nonce), quote=True)
            start, end = match.start(2) + offset, match.end(2) + offset
            return f'{tag[:start]}"{new_value}"{tag[end:]}'
    return tag


def rewrite_meta_csp(html: str, nonce: str) -> str:
    """Add the nonce to every ``<meta http-equiv="Content-Security-Policy">`` in the document."""
    return _META.sub(lambda match: _rewrite_meta(match.group(0), nonce), html)

"""HTTP 403 answers for API clients, in each provider's own error format so that its SDK raises
its usual error with the Dutch message in it.

403 rather than 5xx on purpose: SDKs retry 5xx and 429 automatically, and a blocked prompt must
not be sent again and again.
"""

from __future__ import annotations

import json

from gateway.config.notices import NoticeBranding
from gateway.notices.context import NoticeContext
from gateway.notices.signals import notice_headers
from gateway.notices.wording import staff_message

STATUS = 403


def error_body(ctx: NoticeContext, message: str) -> dict[str, object]:
    code = _error_code(ctx)
    match ctx.api_format:
        case "anthropic":
            return {"type": "error", "error": {"type": "permission_error", "message": message}}
        case "gemini":
            return {"error": {"code": STATUS, "message": message, "status": "PERMISSION_DENIED"}}
        case "openai":
            return {"error": {"message": message, "type": "ai_poort_policy", "code": code}}
        case _:
            return {
                "error": {
                    "message": message,
                    "type": "ai_poort_policy",
                    "code": code,
                    "incident": ctx.incident,
                }
            }


def _error_code(ctx: NoticeContext) -> str:
    if ctx.kind == "service_blocked":
        if "high_risk_country" in ctx.reasons:
            return "ai_poort_high_risk_country"
        return "ai_poort_service_not_approved"
    return f"ai_poort_{ctx.kind}"


def render_api_error(
    ctx: NoticeContext, branding: NoticeBranding
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and JSON body for a request the gateway refuses.

    A redacted prompt is forwarded, not refused, so ``prompt_redacted`` is a caller error.
    """
    if ctx.decision != "blocked":
        raise ValueError("een geredigeerde prompt wordt doorgestuurd, niet met een fout beantwoord")
    body = json.dumps(error_body(ctx, staff_message(ctx, branding)), ensure_ascii=False)
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
        **notice_headers(ctx, branding),
    }
    return STATUS, headers, body.encode("utf-8")

from __future__ import annotations

import dataclasses
import json
from urllib.parse import unquote

import httpx2
import openai
import pytest

from gateway.config.notices import NoticeBranding
from gateway.notices import NoticeContext, render_api_error, staff_message

EXPECTED_MESSAGE = "Je prompt is niet verzonden: hij bevat een BSN. Incident 2026-11-23-000042."


def test_openai_shape(bsn_blocked: NoticeContext, branding: NoticeBranding) -> None:
    status, headers, body = render_api_error(bsn_blocked, branding)
    assert status == 403
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body) == {
        "error": {
            "message": EXPECTED_MESSAGE,
            "type": "ai_poort_policy",
            "code": "ai_poort_prompt_blocked",
        }
    }


def test_anthropic_shape(bsn_blocked: NoticeContext, branding: NoticeBranding) -> None:
    ctx = dataclasses.replace(bsn_blocked, api_format="anthropic")
    assert json.loads(render_api_error(ctx, branding)[2]) == {
        "type": "error",
        "error": {"type": "permission_error", "message": EXPECTED_MESSAGE},
    }


def test_gemini_shape(bsn_blocked: NoticeContext, branding: NoticeBranding) -> None:
    ctx = dataclasses.replace(bsn_blocked, api_format="gemini")
    assert json.loads(render_api_error(ctx, branding)[2]) == {
        "error": {"code": 403, "message": EXPECTED_MESSAGE, "status": "PERMISSION_DENIED"}
    }


def test_generic_shape_is_openai_like_plus_incident(
    bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    ctx = dataclasses.replace(bsn_blocked, api_format="generic")
    error = json.loads(render_api_error(ctx, branding)[2])["error"]
    assert error["message"] == EXPECTED_MESSAGE
    assert error["incident"] == "2026-11-23-000042"
    assert error["type"] == "ai_poort_policy"


@pytest.mark.parametrize(
    ("reasons", "code"),
    [
        (["high_risk_country"], "ai_poort_high_risk_country"),
        (["service_not_approved"], "ai_poort_service_not_approved"),
    ],
)
def test_service_block_codes(reasons: list[str], code: str, branding: NoticeBranding) -> None:
    ctx = NoticeContext(
        kind="service_blocked", service_name="DeepSeek", country="CN", reasons=reasons
    )
    assert json.loads(render_api_error(ctx, branding)[2])["error"]["code"] == code


def test_body_is_utf8_and_headers_carry_the_notice(branding: NoticeBranding) -> None:
    ctx = NoticeContext(
        kind="service_blocked",
        service_name="Qwen (通义)",
        country="CN",
        reasons=["high_risk_country"],
        incident="2026-11-23-000007",
    )
    _, headers, body = render_api_error(ctx, branding)
    message = json.loads(body.decode("utf-8"))["error"]["message"]
    assert "Qwen (通义) is geblokkeerd" in message
    assert unquote(headers["X-AI-Poort-Notice"]) == message
    assert headers["X-AI-Poort-Decision"] == "blocked"
    assert headers["X-AI-Poort-Incident"] == "2026-11-23-000007"
    assert headers["Cache-Control"] == "no-store"


def test_redacted_prompt_is_not_an_error(
    bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    with pytest.raises(ValueError, match="doorgestuurd"):
        render_api_error(dataclasses.replace(bsn_blocked, kind="prompt_redacted"), branding)


def _sdk_client(ctx: NoticeContext, branding: NoticeBranding) -> openai.OpenAI:
    """A real OpenAI client whose HTTP transport answers with the gateway's error."""
    status, headers, body = render_api_error(ctx, branding)

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, headers=headers, content=body, request=request)

    return openai.OpenAI(
        api_key="sk-test",
        base_url="https://api.openai.com/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )


def test_openai_sdk_raises_permission_denied_with_dutch_message(
    bsn_blocked: NoticeContext, branding: NoticeBranding
) -> None:
    client = _sdk_client(bsn_blocked, branding)
    with pytest.raises(openai.PermissionDeniedError) as raised:
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "BSN 111222333"}]
        )
    error = raised.value
    assert error.status_code == 403
    assert isinstance(error.body, dict)
    assert error.body["message"] == EXPECTED_MESSAGE
    assert error.code == "ai_poort_prompt_blocked"
    assert EXPECTED_MESSAGE in str(error)
    assert error.response.headers["X-AI-Poort-Incident"] == "2026-11-23-000042"
    # The value itself never comes back from the gateway.
    assert "111222333" not in str(error) and "111222333" not in error.response.text


def test_openai_sdk_streaming_call_gets_the_same_error(branding: NoticeBranding) -> None:
    ctx = NoticeContext(
        kind="screening_failed",
        service_name="ChatGPT",
        reasons=["screening_timeout"],
        incident="2026-11-23-000099",
        api_format="openai",
    )
    client = _sdk_client(ctx, branding)
    with pytest.raises(openai.PermissionDeniedError) as raised:
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hoi"}], stream=True
        )
    assert isinstance(raised.value.body, dict)
    assert raised.value.body["message"] == staff_message(ctx, branding)

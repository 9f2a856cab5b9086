"""Addon: decide per request to a catalogue service (service blocks, prompt screening) and act:
block with a notice, forward a redacted body, or forward unchanged. Records incidents.

The prompt text of a request is its URL query parameters and its body, screened together (one
decision); a redaction rewrites whichever of the two changed.

Monitor mode decides and records exactly like enforce but forwards unchanged and shows nothing;
a high-risk country is blocked regardless. Anything that cannot be screened is blocked.

A body whose Content-Length is over the limit is decided on its headers (``requestheaders``):
blocked and recorded without being decoded, parsed or screened. mitmproxy offers no way to
answer before the body is read, so the client's body is still read (and held until the
``request`` hook), but never looked at. Chunked bodies without a length are checked in
``request``.

When the incident cannot be written and ``fail_closed_on_log_error`` is on (the default), the
request is blocked, in monitor mode too: there the incident log is the only safeguard, and a
prompt with personal data that goes out unchanged *and* unrecorded is a leak nobody can know
about (the README promises "geen onvastgelegde prompts"). Admins who prefer an undisturbed
rollout over that promise switch the setting off.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Protocol

from mitmproxy import ctx, http, websocket

from gateway.config.services import ServiceMatch, ServiceMode
from gateway.engine.types import Decision
from gateway.extract import (
    Extraction,
    Path,
    RequestExtraction,
    UnparseableBodyError,
    extract_request,
    extract_websocket_text,
)
from gateway.incidents.event import IncidentEvent, IncidentLogError
from gateway.notices.api_errors import render_api_error
from gateway.notices.block_page import render_block_page
from gateway.notices.context import NoticeContext, NoticeKind
from gateway.notices.signals import (
    NOTICE_HEADERS as NOTICE_SIGNAL_HEADERS,
)
from gateway.notices.signals import (
    WEBSOCKET_NOTICE_KEY,
    notice_headers,
    websocket_notice_message,
)
from gateway.proxy.screener import Screener, Screening
from gateway.proxy.state import GatewayState, StateHolder
from gateway.proxy.verdict import HIGH_RISK_COUNTRY, service_block_reasons, wants_html_page

logger = logging.getLogger(__name__)

BODY_TOO_LARGE = "body_too_large"
UNPARSEABLE_BODY = "unparseable_body"
INTERNAL_ERROR = "screening_error"
INCIDENT_LOG_UNAVAILABLE = "incident_log_unavailable"
# flow.metadata keys
SERVICE_KEY = "ai_poort.service"
DECIDED_ON_HEADERS_KEY = "ai_poort.decided_on_headers"
NOTICE_HEADERS_KEY = "ai_poort.notice_headers"


class Recorder(Protocol):
    def record(self, event: IncidentEvent) -> str: ...


@dataclass(slots=True)
class Outcome:
    """One decision about one request or WebSocket message, before acting on it."""

    match: ServiceMatch
    kind: NoticeKind | None  # None: allowed
    screening: Screening
    enforce: bool
    incident: str = ""
    body_size: int = 0
    extra_reasons: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [*self.screening.reasons, *self.extra_reasons]

    def notice(self, kind: NoticeKind | None = None) -> NoticeContext:
        service = self.match.service
        return NoticeContext(
            kind=kind or self.kind or "prompt_blocked",
            service_name=service.name,
            vendor=service.vendor,
            country=service.country,
            reasons=self.reasons,
            entity_counts=self.screening.entity_counts,
            incident=self.incident,
            api_format=service.api_format,
        )


def _kind(screening: Screening) -> NoticeKind | None:
    if screening.failed:
        return "screening_failed"
    if screening.decision is Decision.BLOCK:
        return "prompt_blocked"
    if screening.decision is Decision.REDACT:
        return "prompt_redacted"
    return None


class ScreeningAddon:
    def __init__(
        self,
        holder: StateHolder,
        screener: Screener,
        recorder: Recorder,
        record_executor: Executor,
        *,
        max_body_bytes: int,
        log_allowed: bool,
        fail_closed_on_log_error: bool,
    ) -> None:
        self._holder = holder
        self._screener = screener
        self._recorder = recorder
        self._record_executor = record_executor
        self._max_body_bytes = max_body_bytes
        self._log_allowed = log_allowed
        self._fail_closed_on_log_error = fail_closed_on_log_error

    # --- HTTP -------------------------------------------------------------------------------

    async def requestheaders(self, flow: http.HTTPFlow) -> None:
        declared = _declared_length(flow.request.headers)
        if declared is None or declared <= self._max_body_bytes:
            return
        state = self._holder.current
        match = state.match_flow(flow)
        if match is None or service_block_reasons(match.service, state.countries):
            return  # a blocked service is handled in request(), without looking at the body
        flow.metadata[DECIDED_ON_HEADERS_KEY] = True
        await self._conclude(state, match, flow, self._too_large(match, declared))

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.metadata.get(DECIDED_ON_HEADERS_KEY):
            return
        state = self._holder.current
        match = state.match_flow(flow)
        if match is None:
            return
        await self._conclude(state, match, flow, self._decide_request(state, match, flow))

    async def _conclude(
        self,
        state: GatewayState,
        match: ServiceMatch,
        flow: http.HTTPFlow,
        decision: Awaitable[Outcome],
    ) -> None:
        """Await the decision, record it when needed and act on it; fail closed on any error."""
        flow.metadata[SERVICE_KEY] = match.service_id
        try:
            outcome = await decision
            if self._should_record(outcome, flow):
                await self._record(outcome, flow)
            self._act_on_request(state, outcome, flow)
        except Exception as error:
            # mitmproxy would log an addon error and forward the request: fail closed instead.
            logger.error(
                "Interne fout bij controle (%s); verzoek geblokkeerd", type(error).__name__
            )
            failed = Outcome(match, "screening_failed", Screening.failure(INTERNAL_ERROR), True)
            self._act_on_request(state, failed, flow)

    async def _too_large(self, match: ServiceMatch, size: int) -> Outcome:
        failed = Screening.failure(BODY_TOO_LARGE)
        return Outcome(match, "screening_failed", failed, True, body_size=size)

    def _should_record(self, outcome: Outcome, flow: http.HTTPFlow) -> bool:
        if outcome.kind == "service_blocked":
            # Page assets of a blocked service are blocked without an incident each.
            return _is_prompt_attempt(flow, outcome.match)
        if outcome.kind is not None or outcome.screening.reasons:
            return True  # blocked, redacted, or findings the policy only logs
        return self._log_allowed and outcome.body_size > 0

    async def _decide_request(
        self, state: GatewayState, match: ServiceMatch, flow: http.HTTPFlow
    ) -> Outcome:
        monitor = match.service.mode is ServiceMode.MONITOR
        blocked = service_block_reasons(match.service, state.countries)
        if blocked:
            screening = Screening(Decision.BLOCK, blocked)
            enforce = not monitor or HIGH_RISK_COUNTRY in blocked
            return Outcome(match, "service_blocked", screening, enforce)
        raw = flow.request.raw_content or b""
        size = len(raw)
        if size > self._max_body_bytes:
            return await self._too_large(match, size)
        try:
            decoded = flow.request.get_content(strict=True) or b""
            content_type = flow.request.headers.get("content-type", "")
            extraction = extract_request(flow.request.path, content_type, decoded)
        except ValueError:  # includes UnparseableBodyError and undecodable Content-Encoding
            failed = Screening.failure(UNPARSEABLE_BODY)
            return Outcome(match, "screening_failed", failed, True, body_size=size)
        screening = await self._screener.screen(state.engine, extraction, match.service_id)
        kind = _kind(screening)
        outcome = Outcome(match, kind, screening, not monitor or screening.failed, body_size=size)
        if kind == "prompt_redacted" and outcome.enforce:
            _rewrite_request(flow, extraction, screening.replacements)
        return outcome

    def _act_on_request(self, state: GatewayState, outcome: Outcome, flow: http.HTTPFlow) -> None:
        if outcome.kind is None or not outcome.enforce:
            return
        notice = outcome.notice()
        branding = state.branding
        # mitmproxy also runs responseheaders() on a response made here, and that hook strips
        # notice headers an upstream might fake; remembering ours lets it put them back.
        flow.metadata[NOTICE_HEADERS_KEY] = notice_headers(notice, branding)
        if notice.decision == "redacted":
            return
        headers = dict(flow.request.headers)
        lower = {key.lower(): value for key, value in headers.items()}
        if wants_html_page(flow.request.method, lower, outcome.match.api_host):
            page = render_block_page(notice, branding)
            response_headers = {
                "Content-Type": "text/html; charset=utf-8",
                "Cache-Control": "no-store",
                **notice_headers(notice, branding),
            }
            flow.response = http.Response.make(403, page, response_headers)
        else:
            status, response_headers, body = render_api_error(notice, branding)
            flow.response = http.Response.make(status, body, response_headers)
        origin = flow.request.headers.get("origin")
        if origin and origin != f"{flow.request.scheme}://{flow.request.pretty_host}":
            # A gateway-made answer to a cross-origin fetch: let the page read it.
            flow.response.headers["Access-Control-Allow-Origin"] = origin
            flow.response.headers["Access-Control-Allow-Credentials"] = "true"

    def done(self) -> None:
        self._screener.shutdown()

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if flow.response is None or SERVICE_KEY not in flow.metadata:
            return
        response_headers = flow.response.headers
        for name in NOTICE_SIGNAL_HEADERS:
            response_headers.pop(name, None)  # an upstream must not be able to fake a notice
        notice = flow.metadata.get(NOTICE_HEADERS_KEY)
        if notice:
            merge_notice_headers(response_headers, notice)

    # --- WebSocket --------------------------------------------------------------------------

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        assert flow.websocket is not None
        message = flow.websocket.messages[-1]
        try:
            await self._screen_websocket_message(flow, message)
        except Exception as error:
            logger.error(
                "Interne fout bij controle (%s); bericht tegengehouden", type(error).__name__
            )
            message.drop()  # type: ignore[no-untyped-call]

    async def _screen_websocket_message(
        self, flow: http.HTTPFlow, message: websocket.WebSocketMessage
    ) -> None:
        state = self._holder.current
        match = state.match_flow(flow)
        if match is None:
            return
        if not message.from_client:
            if not message.injected and WEBSOCKET_NOTICE_KEY.encode() in message.content:
                # An upstream must not be able to fake a notice.
                message.drop()  # type: ignore[no-untyped-call]
            return
        monitor = match.service.mode is ServiceMode.MONITOR
        extraction: Extraction | None = None
        try:
            extraction = extract_websocket_text(message.content.decode("utf-8"))
        except (UnicodeDecodeError, UnparseableBodyError):
            screening = Screening.failure(UNPARSEABLE_BODY)
        else:
            screening = await self._screener.screen(state.engine, extraction, match.service_id)
        kind = _kind(screening)
        outcome = Outcome(
            match, kind, screening, not monitor or screening.failed, body_size=len(message.content)
        )
        if kind is not None or screening.reasons or self._log_allowed:
            await self._record(outcome, flow)
        if outcome.kind is None or not outcome.enforce:
            return
        if outcome.kind == "prompt_redacted" and extraction is not None:
            message.content = extraction.rebuild(screening.replacements)
        else:
            message.drop()  # type: ignore[no-untyped-call]
        notice = websocket_notice_message(outcome.notice(), state.branding)
        ctx.master.commands.call("inject.websocket", flow, True, notice.encode("utf-8"), True)

    # --- incidents --------------------------------------------------------------------------

    async def _record(self, outcome: Outcome, flow: http.HTTPFlow) -> None:
        service = outcome.match.service
        screening = outcome.screening
        event = IncidentEvent(
            decision=screening.decision.value,
            reason_codes=outcome.reasons,
            policy_rule=screening.policy_rule,
            service_id=outcome.match.service_id,
            host=flow.request.pretty_host,
            vendor=service.vendor,
            country=service.country,
            mode=service.mode.value,
            client=flow.client_conn.peername[0] if flow.client_conn.peername else "",
            user=_proxy_user(flow),
            entity_counts=screening.entity_counts,
            recognizers=screening.recognizers,
            body_size=outcome.body_size,
            screening_ms=round(screening.screening_ms, 2),
            finding_values=screening.finding_values,
        )
        loop = asyncio.get_running_loop()
        try:
            outcome.incident = await loop.run_in_executor(
                self._record_executor, self._recorder.record, event
            )
        except IncidentLogError:
            logger.error("Incidentlog niet schrijfbaar; zie de melding van het incidentlog")
            if self._fail_closed_on_log_error:
                outcome.kind = "screening_failed"
                outcome.enforce = True
                outcome.screening.decision = Decision.BLOCK
                outcome.extra_reasons.append(INCIDENT_LOG_UNAVAILABLE)


def merge_notice_headers(headers: http.Headers, notice: dict[str, str]) -> None:
    """Add the notice headers, keeping any Access-Control-Expose-Headers already there (the
    upstream's, or ours on a response the gateway made) and listing each name once."""
    for name, value in notice.items():
        existing = headers.get(name)
        if name.lower() == "access-control-expose-headers" and existing:
            listed = {item.strip().lower() for item in existing.split(",")}
            missing = [item.strip() for item in value.split(",")]
            missing = [item for item in missing if item.lower() not in listed]
            value = ", ".join([existing, *missing]) if missing else existing
        headers[name] = value


def _rewrite_request(
    flow: http.HTTPFlow, extraction: RequestExtraction, replacements: Mapping[Path, str]
) -> None:
    """Forward the redacted prompt: rewrite the URL query and/or the body where text changed."""
    target = extraction.rebuild_target(replacements)
    if target is not None:
        flow.request.path = target
    if extraction.body_changes(replacements):
        flow.request.set_content(extraction.rebuild(replacements))


def _declared_length(headers: http.Headers) -> int | None:
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() else None


def _proxy_user(flow: http.HTTPFlow) -> str | None:
    auth = flow.metadata.get("proxyauth")
    return str(auth[0]) if auth else None


def _is_prompt_attempt(flow: http.HTTPFlow, match: ServiceMatch) -> bool:
    """Worth an incident: a page navigation, an API call or anything carrying a body."""
    if match.api_host or flow.request.raw_content:
        return True
    mode: str = flow.request.headers.get("sec-fetch-mode", "navigate")
    return mode == "navigate"

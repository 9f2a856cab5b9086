"""The gateway's addons in hook order, built from settings and the loaded state."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from gateway.proxy.notice_injection import NoticeInjection, chat_web_app_predicate
from gateway.proxy.reload import ConfigReloader
from gateway.proxy.resolve import ResolveOverride
from gateway.proxy.routing import InterceptCatalogueOnly
from gateway.proxy.screener import Lane, ProcessLane, Screener
from gateway.proxy.screening import Recorder, ScreeningAddon
from gateway.proxy.state import StateHolder
from gateway.proxy.streaming import StreamResponses
from gateway.settings import GatewaySettings

# Screening lanes (see gateway/proxy/screener.py). From 64 K characters a scan takes about
# 0.2 s or more; such texts go to a worker process, with room for one more waiting.
LARGE_FROM_CHARS = 64 * 1024
LARGE_LANE_CAPACITY = 2
# Ordinary prompts take ~10 ms each: queueing a few hundred costs a few seconds at most.
ORDINARY_LANE_CAPACITY = 256


def gateway_addons(
    settings: GatewaySettings, holder: StateHolder, recorder: Recorder
) -> list[object]:
    ordinary = Lane(
        ThreadPoolExecutor(settings.screening_workers, "ai-poort-screening"),
        ORDINARY_LANE_CAPACITY,
    )
    large = ProcessLane(holder.current.engine.policy, LARGE_LANE_CAPACITY)
    # One writer thread keeps incident records in order and file writes off the event loop.
    record_pool = ThreadPoolExecutor(1, "ai-poort-incidents")
    screening = ScreeningAddon(
        holder,
        Screener(ordinary, large, settings.screening_timeout_s, large_from_chars=LARGE_FROM_CHARS),
        recorder,
        record_pool,
        max_body_bytes=settings.max_body_bytes,
        log_allowed=settings.incident_log_allowed,
        fail_closed_on_log_error=settings.fail_closed_on_log_error,
    )
    injection = NoticeInjection(
        chat_web_app_predicate(lambda host: holder.current.match(host)),
        lambda: holder.current.config.notices,
    )
    return [
        ResolveOverride(),
        InterceptCatalogueOnly(holder),
        ConfigReloader(holder, settings.config_dir, settings.config_reload_interval_s),
        screening,
        StreamResponses(),
        injection,  # after StreamResponses: it switches streaming off for pages it injects into
    ]

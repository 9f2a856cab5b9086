"""The gateway's addons in hook order, built from settings and the loaded state."""

from __future__ import annotations

import logging
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

logger = logging.getLogger(__name__)

# Screening lanes (see gateway/proxy/screener.py). From 64 K characters a scan takes about
# 0.2 s or more; such texts go to a worker process, with room for one more waiting.
LARGE_FROM_CHARS = 64 * 1024
LARGE_LANE_CAPACITY = 2
# Start-up waits this long for the screening processes to load their pipelines.
WORKER_START_TIMEOUT_S = 120.0
# Ordinary prompts take ~10 ms each: queueing a few hundred costs a few seconds at most.
ORDINARY_LANE_CAPACITY = 256
# Ordinary prompts go to one worker process by default (GATEWAY_SCREENING_PROCESSES=1; 0 keeps
# them in threads of the proxy). Measured with benchmarks/proxy.py --processes 0 1 (2 cores,
# 2 KB prompts, 50 clients, 5 alternating rounds in two runs): throughput 54 % of bare
# mitmproxy with the worker (rounds 52, 57, 54, 46, 62 %) against 40 % with threads (40, 40, 41,
# 35, 43 %); CPU per request 5.5-5.7 ms in the proxy + 2.0 ms in the worker against 7.9-8.6 ms
# with threads, where a scan holds the proxy's GIL and the event loop waits for it. Added p50
# latency was 2.8-5.3 ms either way. The price is memory: one more loaded engine (~180 MB).


def gateway_addons(
    settings: GatewaySettings, holder: StateHolder, recorder: Recorder
) -> list[object]:
    policy = holder.current.engine.policy
    ordinary: Lane
    if settings.screening_processes:
        ordinary = ProcessLane(policy, ORDINARY_LANE_CAPACITY, settings.screening_processes)
    else:
        ordinary = Lane(
            ThreadPoolExecutor(settings.screening_workers, "ai-poort-screening"),
            ORDINARY_LANE_CAPACITY,
        )
    large = ProcessLane(policy, LARGE_LANE_CAPACITY, nice=settings.large_screening_nice)
    for lane in (ordinary, large):
        if not lane.wait_until_ready(WORKER_START_TIMEOUT_S):
            logger.warning("Screeningprocessen nog niet gestart; eerste verzoeken wachten erop")
    # One writer thread keeps incident records in order and file writes off the event loop.
    record_pool = ThreadPoolExecutor(1, "ai-poort-incidents")
    screening = ScreeningAddon(
        holder,
        Screener(
            ordinary,
            large,
            settings.screening_timeout_s,
            large_from_chars=LARGE_FROM_CHARS,
            large_timeout_s=settings.large_screening_timeout_s,
        ),
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

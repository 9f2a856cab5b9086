"""Screen the segments of one request off the event loop, with a time limit: one decision per
request, and the replacement texts when the decision is to redact.

Two lanes, so that large pastes can never starve ordinary prompts:

- A scan that times out cannot be stopped: it keeps its worker thread busy until it ends (a
  1 MB text takes seconds). With one shared pool, a few repeated 1 MB pastes would occupy every
  worker and every 2 KB prompt behind them would time out too.
- So texts from ``large_from_chars`` on go to their own small lane (one thread by default) and
  everything else to the ordinary lane. Each lane admits a bounded number of scans, counted
  until a scan really ends (also after its timeout); a request that finds its lane full is
  blocked at once with ``screening_busy`` (fail closed) instead of queueing work nobody waits for.
- Threads, not processes: the engine is pure Python, so a large scan holds the GIL and slows
  the event loop and the ordinary lane while it runs. Measured (2 shared cores): during a 1 MB
  scan the event loop waited p50 6 ms / p99 26-40 ms for the GIL at the default 5 ms switch
  interval, p50 2 ms / p99 10 ms at 1 ms, with no loss in scan speed; ``gateway run`` therefore
  sets a 1 ms switch interval. A process lane would remove the contention entirely but needs
  its own copy of the engine (2 s to load, again on every config reload) and a way to kill a
  timed-out scan; the benchmark (benchmarks/proxy.py) shows the thread lanes meet the target.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any

from gateway.engine import ScreeningEngine
from gateway.engine.types import Decision, ScanResult
from gateway.extract import Extraction, Path, Segment, join_segments, split_joined
from gateway.proxy.verdict import entity_reason_codes

logger = logging.getLogger(__name__)

SCREENING_TIMEOUT = "screening_timeout"
SCREENING_ERROR = "screening_error"
SCREENING_BUSY = "screening_busy"
CANNOT_REDACT_DOCUMENT = "cannot_redact_document"


@dataclass(slots=True)
class Screening:
    decision: Decision
    reasons: list[str]
    failed: bool = False  # screening itself failed: the request is blocked (fail closed)
    entity_counts: dict[str, int] = field(default_factory=dict)
    recognizers: list[str] = field(default_factory=list)
    policy_rule: str = "default"
    replacements: dict[Path, str] = field(default_factory=dict, repr=False)
    finding_values: list[tuple[str, str]] = field(default_factory=list, repr=False)
    screening_ms: float = 0.0

    @classmethod
    def failure(cls, reason: str, started: float | None = None) -> Screening:
        """Blocked because screening failed; ``started``: when screening began, if it did."""
        elapsed = 0.0 if started is None else _ms_since(started)
        return cls(Decision.BLOCK, [reason], failed=True, screening_ms=elapsed)


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _scan_each(engine: ScreeningEngine, segments: list[Segment], service: str) -> list[ScanResult]:
    return [engine.scan(segment.text, service=service) for segment in segments]


class LaneFullError(Exception):
    """The lane already holds its maximum number of scans."""


class Lane:
    """An executor that admits at most ``capacity`` scans (running or queued) at a time. A scan
    counts until its thread is really done with it, also when the caller gave up waiting."""

    def __init__(self, executor: Executor, capacity: int) -> None:
        self._executor = executor
        self._capacity = capacity
        self._in_flight = 0
        self._lock = threading.Lock()  # released from worker threads

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def submit[T](self, function: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        with self._lock:
            if self._in_flight >= self._capacity:
                raise LaneFullError
            self._in_flight += 1
        future = self._executor.submit(function, *args)
        future.add_done_callback(self._release)  # also runs when a queued scan is cancelled
        # Cancelling the asyncio future (on timeout) cancels the scan if it has not started yet.
        return asyncio.wrap_future(future)

    def _release(self, _: Future[Any]) -> None:
        with self._lock:
            self._in_flight -= 1


class Screener:
    def __init__(
        self, ordinary: Lane, large: Lane, timeout_s: float, *, large_from_chars: int
    ) -> None:
        self._ordinary = ordinary
        self._large = large
        self._timeout_s = timeout_s
        self._large_from_chars = large_from_chars

    def _lane(self, text_length: int) -> Lane:
        return self._large if text_length >= self._large_from_chars else self._ordinary

    async def screen(
        self, engine: ScreeningEngine, extraction: Extraction, service: str
    ) -> Screening:
        started = time.perf_counter()
        segments = extraction.segments
        if not segments:
            return Screening(Decision.ALLOW, [])
        text = join_segments(segments)
        lane = self._lane(len(text))
        try:
            async with asyncio.timeout(self._timeout_s):
                result = await lane.submit(engine.scan, text, service)
                screening = Screening(
                    decision=result.decision,
                    reasons=entity_reason_codes(result),
                    entity_counts=result.entity_counts(),
                    recognizers=result.recognizers(),
                    policy_rule=result.policy_rule,
                    finding_values=[(f.type, text[f.start : f.end]) for f in result.findings],
                )
                if result.decision is Decision.REDACT:
                    await self._add_replacements(lane, screening, engine, result, segments, service)
        except LaneFullError:
            logger.warning("Screening vol (%d bezig); verzoek geblokkeerd", lane.in_flight)
            return Screening.failure(SCREENING_BUSY, started)
        except TimeoutError:
            return Screening.failure(SCREENING_TIMEOUT, started)
        except Exception as error:  # fail closed; log the type only, the message may quote text
            logger.error("Screening mislukt (%s); verzoek geblokkeerd", type(error).__name__)
            return Screening.failure(SCREENING_ERROR, started)
        screening.screening_ms = _ms_since(started)
        return screening

    async def _add_replacements(
        self,
        lane: Lane,
        screening: Screening,
        engine: ScreeningEngine,
        result: ScanResult,
        segments: list[Segment],
        service: str,
    ) -> None:
        assert result.redacted is not None
        pieces = split_joined(result.redacted, len(segments))
        if pieces is None:
            # An entity ran across a segment border: redact each segment on its own.
            results = await lane.submit(_scan_each, engine, segments, service)
            if any(each.decision is Decision.BLOCK for each in results):
                screening.decision = Decision.BLOCK
                return
            pieces = [
                each.redacted if each.redacted is not None else segment.text
                for each, segment in zip(results, segments, strict=True)
            ]
        changed = {s.path: p for s, p in zip(segments, pieces, strict=True) if p != s.text}
        if any(not s.rewritable for s in segments if s.path in changed):
            # Text inside a pdf/docx or base64 payload cannot be rewritten: block instead.
            screening.decision = Decision.BLOCK
            screening.reasons = [*screening.reasons, CANNOT_REDACT_DOCUMENT]
            return
        screening.replacements = changed

"""Screen the segments of one request off the event loop, with a time limit: one decision per
request, and the replacement texts when the decision is to redact.

Two lanes, so that large pastes can never starve or slow down ordinary prompts:

- Ordinary prompts go to a thread pool: a 2 KB scan takes a few milliseconds, and threads share
  the loaded engine and its policy without any copying.
- Texts from ``large_from_chars`` on go to a worker *process* (gateway/proxy/worker.py). The
  engine is pure Python, so a 1 MB scan in a thread holds the GIL for seconds in slices; measured
  with benchmarks/proxy.py, that raised 50 other clients' p99 by ~300 ms. In its own process it
  runs on another core.
- A scan that times out cannot be stopped; it keeps its worker busy until it ends. Each lane
  therefore admits a bounded number of scans, counted until a scan really ends (also after its
  timeout), and a request that finds its lane full is blocked at once with ``screening_busy``
  (fail closed) instead of queueing work nobody waits for.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from gateway.config.policy import Policy
from gateway.engine import ScreeningEngine
from gateway.engine.types import Decision, ScanResult
from gateway.extract import Extraction, Path, Segment, join_segments, split_joined
from gateway.proxy import worker
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

    def scan(
        self, engine: ScreeningEngine, texts: list[str], service: str
    ) -> asyncio.Future[list[ScanResult]]:
        return self.submit(worker.scan_all, engine, texts, service)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class ProcessLane(Lane):
    """A lane whose scans run in a worker process with its own engine (see worker.py)."""

    def __init__(self, policy: Policy, capacity: int) -> None:
        executor = ProcessPoolExecutor(
            max_workers=1,
            # spawn: a fresh interpreter; forking the proxy (threads, event loop) is unsafe.
            mp_context=multiprocessing.get_context("spawn"),
        )
        super().__init__(executor, capacity)
        # Start the worker and load its pipeline now, not when the first large paste arrives.
        executor.submit(worker.warm_up, policy)

    def scan(
        self, engine: ScreeningEngine, texts: list[str], service: str
    ) -> asyncio.Future[list[ScanResult]]:
        return self.submit(worker.scan_texts, engine.policy, texts, service)


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

    def shutdown(self) -> None:
        """Stop the lanes (the worker process too) without waiting for running scans."""
        self._ordinary.shutdown()
        self._large.shutdown()

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
                (result,) = await lane.scan(engine, [text], service)
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
            results = await lane.scan(engine, [segment.text for segment in segments], service)
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

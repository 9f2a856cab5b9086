"""Screen the segments of one request off the event loop, with a time limit: one decision per
request, and the replacement texts when the decision is to redact.

Two lanes, so that large pastes can never starve or slow down ordinary prompts:

- Ordinary prompts go to ``GATEWAY_SCREENING_PROCESSES`` worker processes (default 1), so that
  a scan does not hold the proxy's GIL; with 0 they go to a thread pool, where threads share the
  loaded engine without any copying (measurements in gateway/proxy/addons.py).
- Texts from ``large_from_chars`` on go to a worker *process* (gateway/proxy/worker.py). The
  engine is pure Python, so a 1 MB scan in a thread holds the GIL for seconds in slices; measured
  with benchmarks/proxy.py, that raised 50 other clients' p99 by ~300 ms. In its own process it
  runs on another core.
- Each lane admits a bounded number of scans, counted until a scan really ends, and a request
  that finds its lane full is blocked at once with ``screening_busy`` (fail closed) instead of
  queueing work nobody waits for.
- A scan that times out is blocked (fail closed). In a thread it cannot be stopped and keeps its
  place until it ends; a worker process is killed and replaced, so a runaway scan cannot keep a
  core busy. A worker that dies is replaced as well; the scan it held is blocked.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.queues import SimpleQueue
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
    """A thread pool that admits at most ``capacity`` scans (running or queued) at a time. A
    scan counts until its thread is really done with it, also when the caller gave up waiting:
    a thread cannot be stopped."""

    def __init__(self, executor: Executor, capacity: int) -> None:
        self._executor = executor
        self._capacity = capacity
        self._in_flight = 0
        self._lock = threading.Lock()  # released from worker threads

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def submit[T](self, function: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        # Cancelling the asyncio future (on timeout) cancels the scan if it has not started yet.
        return asyncio.wrap_future(self._admit(function, *args))

    def _admit[T](self, function: Callable[..., T], *args: Any) -> Future[T]:
        with self._lock:
            if self._in_flight >= self._capacity:
                raise LaneFullError
            self._in_flight += 1
        try:
            future = self._start(function, *args)
        except BaseException:
            self._release(None)
            raise
        future.add_done_callback(self._release)  # also runs when a queued scan is cancelled
        return future

    def _start[T](self, function: Callable[..., T], *args: Any) -> Future[T]:
        return self._executor.submit(function, *args)

    def _release(self, _: Future[Any] | None) -> None:
        with self._lock:
            self._in_flight -= 1

    async def scan(
        self, engine: ScreeningEngine, texts: list[str], service: str, deadline: float
    ) -> list[ScanResult]:
        """The texts' scan results; TimeoutError at ``deadline`` (event loop time)."""
        async with asyncio.timeout_at(deadline):
            return await self.submit(worker.scan_all, engine, texts, service)

    def wait_until_ready(self, timeout_s: float) -> bool:
        """Threads share the loaded engine: always ready."""
        return True

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


@dataclass(slots=True)
class _WorkerPool:
    executor: ProcessPoolExecutor
    pid_queue: SimpleQueue[int]  # each worker puts its pid here when it starts
    pids: set[int] = field(default_factory=set)
    killed: bool = False  # killed on purpose (a scan ran over time), not crashed

    def started_pids(self) -> set[int]:
        while not self.pid_queue.empty():
            self.pids.add(self.pid_queue.get())
        return self.pids

    def kill(self) -> None:
        self.killed = True
        for pid in self.started_pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        # The executor notices its dead workers, fails all its scans, also those still queued,
        # with BrokenProcessPool (which frees their places in the lane; the scans that were
        # not overdue are retried) and reaps the processes. Not cancel_futures: a cancelled
        # scan would cancel the request's task instead of failing it closed.
        self.executor.shutdown(wait=False)


class ProcessLane(Lane):
    """A lane whose scans run in worker processes, each with its own engine (see worker.py).

    Unlike a thread, a worker can be stopped: when a scan runs over its time limit the workers
    are killed and replaced, so a runaway scan cannot keep a core busy. A pool whose worker
    died (crash, OOM killer, an admin's kill) is unusable; it is replaced too, and the scans it
    held fail (closed). Scans that only lost their worker because another scan was stopped are
    retried once on the new pool, within their own time limit.
    """

    def __init__(self, policy: Policy, capacity: int, workers: int = 1, nice: int = 0) -> None:
        self._workers = workers
        self._nice = nice
        self._policy = policy
        self._policy_blob = worker.policy_blob(policy)
        self._context = multiprocessing.get_context("spawn")
        self._closed = False
        self._pool = self._new_pool()
        super().__init__(self._pool.executor, capacity)

    @property
    def worker_pids(self) -> set[int]:
        """The pids of the current pool's workers that have started."""
        return set(self._pool.started_pids())

    def _new_pool(self) -> _WorkerPool:
        pid_queue: SimpleQueue[int] = self._context.SimpleQueue()
        executor = ProcessPoolExecutor(
            max_workers=self._workers,
            # spawn: a fresh interpreter; forking the proxy (threads, event loop) is unsafe.
            mp_context=self._context,
            initializer=worker.start,
            initargs=(pid_queue, self._policy_blob, self._nice),
        )
        # Start every worker and load its pipeline now, not when the first scan arrives.
        self._starting = [executor.submit(worker.ready) for _ in range(self._workers)]
        return _WorkerPool(executor, pid_queue)

    def wait_until_ready(self, timeout_s: float) -> bool:
        """Block until the workers have loaded their pipelines (at start-up, so the first
        prompts are not held up or timed out by it); False if that took over ``timeout_s``."""
        _, not_done = wait(self._starting, timeout=timeout_s)
        return not not_done

    def _replace(self, pool: _WorkerPool) -> None:
        """Replace ``pool`` unless that already happened (several scans can see it fail)."""
        if pool is self._pool:
            self._pool = self._new_pool()
            self._executor = self._pool.executor

    def _start[T](self, function: Callable[..., T], *args: Any) -> Future[T]:
        pool = self._pool
        try:
            return pool.executor.submit(function, *args)
        except BrokenProcessPool:
            if self._closed:
                raise
            # A worker died while the lane was idle; no scan was lost.
            logger.error("Screeningproces was gestopt; nieuw proces gestart")
            self._replace(pool)
            return self._pool.executor.submit(function, *args)

    async def scan(
        self, engine: ScreeningEngine, texts: list[str], service: str, deadline: float
    ) -> list[ScanResult]:
        if engine.policy is not self._policy:  # a config reload: pickle the new policy once
            self._policy, self._policy_blob = engine.policy, worker.policy_blob(engine.policy)
        for attempt in range(2):
            future = self._admit(worker.scan_texts, self._policy_blob, texts, service)
            pool = self._pool  # after _admit, which replaces a pool it finds broken
            try:
                async with asyncio.timeout_at(deadline):
                    return await asyncio.wrap_future(future)
            except TimeoutError:
                if not future.cancelled():  # it was running (or next in line): stop it
                    self._stop(pool)
                raise
            except BrokenProcessPool:
                if pool.killed and attempt == 0:
                    continue  # lost its worker to another scan's time limit: try once more
                self._replace(pool)
                raise
        raise AssertionError("unreachable")  # the second attempt returns or raises

    def shutdown(self) -> None:
        """Kill the workers: a running scan would otherwise hold up the gateway's exit."""
        self._closed = True
        self._pool.kill()

    def _stop(self, pool: _WorkerPool) -> None:
        """Kill the workers of ``pool`` (an overdue scan with them) and start fresh ones."""
        if pool is not self._pool:
            return  # already replaced
        pool.kill()
        self._replace(pool)
        logger.error("Screeningproces gestopt na de tijdslimiet; nieuw proces gestart")


class Screener:
    def __init__(
        self,
        ordinary: Lane,
        large: Lane,
        timeout_s: float,
        *,
        large_from_chars: int,
        large_timeout_s: float | None = None,
    ) -> None:
        self._ordinary = ordinary
        self._large = large
        self._timeout_s = timeout_s
        # A large paste runs at a lower CPU priority (see addons.py), so it may take longer.
        self._large_timeout_s = timeout_s if large_timeout_s is None else large_timeout_s
        self._large_from_chars = large_from_chars

    def _lane(self, text_length: int) -> tuple[Lane, float]:
        """The lane for a text of this length, and its time limit in seconds."""
        if text_length >= self._large_from_chars:
            return self._large, self._large_timeout_s
        return self._ordinary, self._timeout_s

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
        lane, timeout_s = self._lane(len(text))
        deadline = asyncio.get_running_loop().time() + timeout_s
        try:
            (result,) = await lane.scan(engine, [text], service, deadline)
            screening = Screening(
                decision=result.decision,
                reasons=entity_reason_codes(result),
                entity_counts=result.entity_counts(),
                recognizers=result.recognizers(),
                policy_rule=result.policy_rule,
                finding_values=[(f.type, text[f.start : f.end]) for f in result.findings],
            )
            if result.decision is Decision.REDACT:
                await self._add_replacements(
                    lane, screening, engine, result, segments, service, deadline
                )
        except LaneFullError:
            logger.warning("Screening vol (%d bezig); verzoek geblokkeerd", lane.in_flight)
            return Screening.failure(SCREENING_BUSY, started)
        except TimeoutError:
            logger.error(
                "Screening duurde langer dan %.0f s; verzoek geblokkeerd (%d tekens)",
                timeout_s,
                len(text),
            )
            return Screening.failure(SCREENING_TIMEOUT, started)
        except BrokenProcessPool:
            logger.error("Screeningproces onverwacht gestopt; vervangen, verzoek geblokkeerd")
            return Screening.failure(SCREENING_ERROR, started)
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
        deadline: float,
    ) -> None:
        assert result.redacted is not None
        pieces = split_joined(result.redacted, len(segments))
        if pieces is None:
            # An entity ran across a segment border: redact each segment on its own.
            texts = [segment.text for segment in segments]
            results = await lane.scan(engine, texts, service, deadline)
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

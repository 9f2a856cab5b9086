"""Screening in worker processes: a worker that dies or a scan that runs away never leaves the
lane dead or a core busy, and the request concerned is blocked (fail closed).

Real worker processes with the real engine. The runaway scan is not a test hook: it is an
admin pattern that backtracks catastrophically, something a real policy.yaml can contain."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from gateway.config.loader import load_config
from gateway.config.policy import EntityRule, ExtraPattern, Policy
from gateway.engine import ScreeningEngine
from gateway.engine.types import Action, Decision
from gateway.extract import Extraction, extract_body
from gateway.proxy.screener import (
    SCREENING_ERROR,
    SCREENING_TIMEOUT,
    Lane,
    ProcessLane,
    Screener,
)

pytestmark = pytest.mark.timeout(120)

REPO = Path(__file__).resolve().parents[2]
# (a|aa)+$ against "aaa…a!" tries every way to split the a's: billions of steps for 40 of them.
RUNAWAY = ExtraPattern(name="terugloper", entity="PROJECTCODE", regex="(a|aa)+$")
RUNAWAY_TEXT = "a" * 40 + "!"
EMAIL_PROMPT = "Mail het verslag naar jan.jansen@example.nl voor vrijdag."


@pytest.fixture(scope="module")
def engine() -> ScreeningEngine:
    policy = load_config(REPO / "config").policy
    runaway_policy = Policy(
        **{
            **policy.model_dump(),
            "entities": {
                **policy.model_dump()["entities"],
                "PROJECTCODE": EntityRule(action=Action.REDACT).model_dump(),
            },
            "extra_patterns": [RUNAWAY.model_dump()],
        }
    )
    return ScreeningEngine.from_policy(runaway_policy)


@pytest.fixture
def lane(engine: ScreeningEngine) -> Iterator[ProcessLane]:
    process_lane = ProcessLane(engine.policy, capacity=2, workers=1)
    yield process_lane
    process_lane.shutdown()  # kills its workers


def _screener(lane: ProcessLane, timeout_s: float) -> Screener:
    # Every text goes to the process lane; the thread lane is never used here.
    ordinary = Lane(ThreadPoolExecutor(1), capacity=1)
    return Screener(ordinary, lane, timeout_s, large_from_chars=0)


def _extraction(prompt: str) -> Extraction:
    return extract_body("text/plain", prompt.encode())


async def _started_pids(lane: ProcessLane) -> set[int]:
    for _ in range(600):  # the first start loads the pipeline: allow a busy machine a minute
        pids = lane.worker_pids
        if pids:
            return pids
        await asyncio.sleep(0.1)
    raise AssertionError("werkproces start niet")


def _gone(pid: int) -> bool:
    """True when the process no longer exists or is a reaped-soon zombie."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in status


async def _wait_until_gone(pid: int) -> None:
    for _ in range(100):
        if _gone(pid):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"proces {pid} leeft nog")


def test_runaway_scan_is_blocked_and_its_worker_killed_and_replaced(
    engine: ScreeningEngine, lane: ProcessLane, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        screener = _screener(lane, timeout_s=1.5)
        (old_pid,) = await _started_pids(lane)
        started = time.perf_counter()
        screening = await screener.screen(engine, _extraction(RUNAWAY_TEXT), "openai-api")
        assert screening.failed and screening.decision is Decision.BLOCK
        assert screening.reasons == [SCREENING_TIMEOUT]
        assert time.perf_counter() - started < 5
        await _wait_until_gone(old_pid)  # no core left spinning on the runaway scan
        # A fresh worker takes over: the next prompt is screened normally.
        redacted = await _screener(lane, timeout_s=60).screen(
            engine, _extraction(EMAIL_PROMPT), "openai-api"
        )
        assert redacted.decision is Decision.REDACT
        assert redacted.entity_counts == {"EMAIL_ADDRESS": 1}
        assert lane.worker_pids and old_pid not in lane.worker_pids
        assert lane.in_flight == 0

    with caplog.at_level(logging.ERROR):
        asyncio.run(scenario())
    assert "tijdslimiet" in caplog.text
    assert RUNAWAY_TEXT not in caplog.text and "aaaa" not in caplog.text


def test_killed_worker_fails_its_scan_closed_and_the_lane_recovers(
    engine: ScreeningEngine, lane: ProcessLane, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        screener = _screener(lane, timeout_s=60)
        (old_pid,) = await _started_pids(lane)
        scan = asyncio.create_task(screener.screen(engine, _extraction(RUNAWAY_TEXT), "openai-api"))
        await asyncio.sleep(0.5)  # the worker is now busy with the runaway scan
        os.kill(old_pid, signal.SIGKILL)  # as the OOM killer or an admin would
        screening = await asyncio.wait_for(scan, 10)
        assert screening.failed and screening.decision is Decision.BLOCK
        assert screening.reasons == [SCREENING_ERROR]
        redacted = await screener.screen(engine, _extraction(EMAIL_PROMPT), "openai-api")
        assert redacted.decision is Decision.REDACT
        assert old_pid not in lane.worker_pids

    with caplog.at_level(logging.ERROR):
        asyncio.run(scenario())
    assert "Screeningproces onverwacht gestopt" in caplog.text
    assert "jan.jansen" not in caplog.text and "aaaa" not in caplog.text


def test_worker_killed_while_idle_is_replaced_without_losing_a_request(
    engine: ScreeningEngine, lane: ProcessLane
) -> None:
    async def scenario() -> None:
        (old_pid,) = await _started_pids(lane)
        os.kill(old_pid, signal.SIGKILL)
        await _wait_until_gone(old_pid)
        await asyncio.sleep(0.2)  # let the pool notice
        screening = await _screener(lane, timeout_s=60).screen(
            engine, _extraction(EMAIL_PROMPT), "openai-api"
        )
        assert not screening.failed
        assert screening.decision is Decision.REDACT

    asyncio.run(scenario())


def test_scan_queued_behind_a_runaway_scan_is_retried_on_the_new_worker(
    engine: ScreeningEngine, lane: ProcessLane
) -> None:
    async def scenario() -> None:
        await _started_pids(lane)
        runaway = asyncio.create_task(
            _screener(lane, timeout_s=1.5).screen(engine, _extraction(RUNAWAY_TEXT), "x")
        )
        await asyncio.sleep(0.2)
        queued = asyncio.create_task(
            _screener(lane, timeout_s=60).screen(engine, _extraction(EMAIL_PROMPT), "openai-api")
        )
        assert (await runaway).reasons == [SCREENING_TIMEOUT]
        screening = await queued
        assert not screening.failed  # it lost its worker, not its own time limit
        assert screening.decision is Decision.REDACT

    asyncio.run(scenario())


def test_shutdown_kills_a_running_scan_instead_of_waiting_for_it(
    engine: ScreeningEngine, lane: ProcessLane
) -> None:
    async def scenario() -> None:
        (pid,) = await _started_pids(lane)
        scan = asyncio.create_task(
            _screener(lane, timeout_s=60).screen(engine, _extraction(RUNAWAY_TEXT), "x")
        )
        await asyncio.sleep(0.5)
        lane.shutdown()
        await _wait_until_gone(pid)
        screening = await asyncio.wait_for(scan, 10)
        assert screening.failed and screening.decision is Decision.BLOCK

    asyncio.run(scenario())


def test_large_paste_worker_runs_at_lower_priority_with_its_own_time_limit(
    engine: ScreeningEngine,
) -> None:
    """Large pastes yield the CPU to other users' requests (nice), and get their own, longer
    time limit for that; a runaway scan still ends at that limit."""
    niced = ProcessLane(engine.policy, capacity=1, workers=1, nice=7)

    async def scenario() -> None:
        (pid,) = await _started_pids(niced)
        assert os.getpriority(os.PRIO_PROCESS, pid) == os.getpriority(os.PRIO_PROCESS, 0) + 7
        ordinary = Lane(ThreadPoolExecutor(1), capacity=1)
        screener = Screener(ordinary, niced, 60, large_from_chars=0, large_timeout_s=1.5)
        started = time.perf_counter()
        screening = await screener.screen(engine, _extraction(RUNAWAY_TEXT), "openai-api")
        assert screening.reasons == [SCREENING_TIMEOUT]
        assert time.perf_counter() - started < 5  # the large lane's 1.5 s, not the 60 s
        await _wait_until_gone(pid)

    try:
        asyncio.run(scenario())
    finally:
        niced.shutdown()

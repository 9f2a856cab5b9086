"""Screening lanes: a bounded number of scans per lane, counted until a scan really ends, so
timed-out large scans can never starve ordinary prompts. Real thread pools, real blocking work."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from gateway.proxy.screener import Lane, LaneFullError

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    executor = ThreadPoolExecutor(1, "test-lane")
    yield executor
    executor.shutdown(wait=True, cancel_futures=True)


def test_full_lane_refuses_at_once_instead_of_queueing(pool: ThreadPoolExecutor) -> None:
    release = threading.Event()

    async def scenario() -> None:
        lane = Lane(pool, capacity=2)
        running = lane.submit(release.wait)
        waiting = lane.submit(release.wait)
        with pytest.raises(LaneFullError):
            lane.submit(release.wait)
        assert lane.in_flight == 2
        release.set()
        await asyncio.gather(running, waiting)
        assert lane.in_flight == 0
        assert await lane.submit(lambda: "weer ruimte") == "weer ruimte"

    asyncio.run(scenario())


def test_timed_out_scan_keeps_its_place_until_it_really_ends(pool: ThreadPoolExecutor) -> None:
    release = threading.Event()
    finished = threading.Event()

    def slow_scan() -> None:
        release.wait()
        finished.set()

    async def scenario() -> None:
        lane = Lane(pool, capacity=1)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await lane.submit(slow_scan)
        # The caller gave up, but the thread is still busy: the lane stays full.
        assert lane.in_flight == 1
        with pytest.raises(LaneFullError):
            lane.submit(slow_scan)
        release.set()
        await asyncio.to_thread(finished.wait, 5)
        for _ in range(100):  # the release callback runs on the worker thread
            if lane.in_flight == 0:
                break
            await asyncio.sleep(0.01)
        assert lane.in_flight == 0

    asyncio.run(scenario())


def test_queued_scan_that_times_out_never_runs(pool: ThreadPoolExecutor) -> None:
    release = threading.Event()
    ran: list[str] = []

    async def scenario() -> None:
        lane = Lane(pool, capacity=2)
        first = lane.submit(release.wait)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await lane.submit(ran.append, "queued")
        assert lane.in_flight == 1  # the queued scan was cancelled and released its place
        release.set()
        await first

    asyncio.run(scenario())
    pool.shutdown(wait=True)
    assert ran == []

"""Screening in worker processes (see gateway/proxy/screener.py).

The engine is pure Python: a scan in a thread holds the proxy's GIL, and a 1 MB scan in a
thread slows every other request the proxy handles meanwhile. In a worker process it runs on
another core instead, and a scan that runs away (e.g. an admin regex that backtracks) can be
stopped by killing the process, which a thread cannot.

Each worker keeps one engine and rebuilds it (reusing the loaded NLP pipeline) when the
gateway's policy changes. The policy travels with every call as a pickled blob, made once per
policy by the gateway, so the worker never reads config files itself, always screens with the
gateway's last good config, and notices a change by comparing bytes.
"""

from __future__ import annotations

import os
import pickle
from multiprocessing.queues import SimpleQueue

from gateway.config.policy import Policy
from gateway.engine import ScreeningEngine
from gateway.engine.types import ScanResult

_engine: ScreeningEngine | None = None
_policy_blob = b""


def policy_blob(policy: Policy) -> bytes:
    return pickle.dumps(policy, protocol=pickle.HIGHEST_PROTOCOL)


def _engine_for(blob: bytes) -> ScreeningEngine:
    global _engine, _policy_blob
    if _engine is None or blob != _policy_blob:
        policy: Policy = pickle.loads(blob)
        _engine = ScreeningEngine.from_policy(policy, _engine)
        _policy_blob = blob
    return _engine


def start(pids: SimpleQueue[int], blob: bytes, nice: int = 0) -> None:
    """Pool initializer: report this worker's pid, so the gateway can kill it when a scan runs
    over its time limit, lower its CPU priority by ``nice`` (so that its scans yield the CPU to
    interactive traffic), and load the pipeline before the first text arrives."""
    pids.put(os.getpid())
    if nice:
        os.nice(nice)
    _engine_for(blob)


def ready() -> None:
    """A no-op call: submitting one per worker starts the workers at once (see ProcessLane)."""


def scan_all(engine: ScreeningEngine, texts: list[str], service: str) -> list[ScanResult]:
    """Screen several texts with one engine (in a thread lane or in a worker process)."""
    return [engine.scan(text, service=service) for text in texts]


def scan_texts(blob: bytes, texts: list[str], service: str) -> list[ScanResult]:
    return scan_all(_engine_for(blob), texts, service)

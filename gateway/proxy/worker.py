"""Screening in a separate process, for large pastes (see gateway/proxy/screener.py).

The engine is pure Python: a 1 MB scan in a thread holds the GIL for seconds in slices and
slows every other request the proxy handles meanwhile. In its own process it runs on another
core instead. The worker keeps one engine and rebuilds it (reusing the loaded NLP pipeline)
when the gateway's policy changes; the policy travels with every call, so the worker never
reads config files itself and always screens with the gateway's last good config.
"""

from __future__ import annotations

from gateway.config.policy import Policy
from gateway.engine import ScreeningEngine
from gateway.engine.types import ScanResult

_engine: ScreeningEngine | None = None


def _engine_for(policy: Policy) -> ScreeningEngine:
    global _engine
    if _engine is None or _engine.policy != policy:
        _engine = ScreeningEngine.from_policy(policy, _engine)
    return _engine


def warm_up(policy: Policy) -> None:
    """Load the pipeline before the first paste arrives."""
    _engine_for(policy)


def scan_all(engine: ScreeningEngine, texts: list[str], service: str) -> list[ScanResult]:
    """Screen several texts with one engine (in a thread lane or in this worker)."""
    return [engine.scan(text, service=service) for text in texts]


def scan_texts(policy: Policy, texts: list[str], service: str) -> list[ScanResult]:
    return scan_all(_engine_for(policy), texts, service)

"""Screening engine: decide allow / redact / block for a prompt, say why, redact.

``ScreeningEngine`` is imported lazily so that the light modules (types, normalize, redact)
can be used without loading Presidio and spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gateway.engine.types import Action, Decision, Finding, ScanResult

if TYPE_CHECKING:
    from gateway.engine.engine import ScreeningEngine, load_engine

__all__ = ["Action", "Decision", "Finding", "ScanResult", "ScreeningEngine", "load_engine"]


def __getattr__(name: str) -> Any:
    if name in ("ScreeningEngine", "load_engine"):
        from gateway.engine import engine

        return getattr(engine, name)
    raise AttributeError(name)

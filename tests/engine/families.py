"""The checks every round's family sentences go through (tests/engine/test_*families.py).

A positive must block with its type; a sentence listed as a known miss must still be missed, so a
fixed miss is noticed and taken off the list. A negative must neither carry its type nor block.
"""

from __future__ import annotations

from collections.abc import Collection

from gateway.engine import ScreeningEngine
from gateway.engine.types import Decision


def assert_positive_blocks(
    engine: ScreeningEngine, family: str, kind: str, text: str, known_misses: Collection[str]
) -> None:
    result = engine.scan(text)
    caught = result.decision is Decision.BLOCK and kind in result.entity_counts()
    if text in known_misses:
        assert not caught, "a known miss is caught now: remove it from KNOWN_MISSES"
    else:
        assert caught, f"{family}: {result.reasons}"


def assert_negative_passes(engine: ScreeningEngine, family: str, kind: str, text: str) -> None:
    result = engine.scan(text)
    assert kind not in result.entity_counts(), family
    assert result.decision is not Decision.BLOCK, family

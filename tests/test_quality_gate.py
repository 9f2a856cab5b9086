"""Quality gate: the engine on the labelled corpus must meet the targets the product promises.

This is the same computation as ``benchmarks/quality.py`` (without the deduce baseline), so a
change that makes the engine leak more or block more than promised fails the build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import load_corpus
from benchmarks.quality import score_engine
from gateway.config.loader import load_config
from gateway.engine import ScreeningEngine

CONFIG = Path(__file__).resolve().parent.parent / "config"


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    engine = ScreeningEngine.from_config(load_config(CONFIG))
    return score_engine(engine, load_corpus())


def test_leak_rate_at_most_one_percent(scores: dict[str, Any]) -> None:
    assert scores["leak_rate"] <= 0.01


def test_decision_accuracy_at_least_97_percent(scores: dict[str, Any]) -> None:
    assert scores["decision_accuracy"] >= 0.97, scores["mistakes"]


def test_false_blocks_at_most_two_percent(scores: dict[str, Any]) -> None:
    assert scores["false_block_rate"] <= 0.02

"""Shared corpus loading and span metrics for the benchmarks (and the quality gate test)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "corpus"
CORPUS = CORPUS_DIR / "corpus.jsonl"  # development set: the recognizers were tuned on it
BLIND = CORPUS_DIR / "blind.jsonl"  # blind set: written without seeing the recognizers
BLIND5 = CORPUS_DIR / "blind5.jsonl"  # fifth blind set, written in round 5 by three annotators

Span = tuple[int, int, str]  # start, end, type


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    lang: str
    category: str
    text: str
    decision: str
    spans: tuple[Span, ...]


def load_corpus(path: Path = CORPUS) -> list[Prompt]:
    prompts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            item: dict[str, Any] = json.loads(line)
            spans = tuple((e["start"], e["end"], e["type"]) for e in item["entities"])
            prompts.append(
                Prompt(
                    item["id"],
                    item["lang"],
                    item["category"],
                    item["text"],
                    item["decision"],
                    spans,
                )
            )
    return prompts


def _overlaps(a: Span, b: Span) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


@dataclass
class TypeScore:
    true_positive_predictions: int = 0
    predictions: int = 0
    found_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive_predictions / self.predictions if self.predictions else 1.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SpanScores:
    """Partial-match scores: a prediction is right when it overlaps a gold span of its type."""

    per_type: dict[str, TypeScore] = field(default_factory=dict)

    def add(self, gold: Sequence[Span], predicted: Sequence[Span], types: Iterable[str]) -> None:
        for kind in types:
            score = self.per_type.setdefault(kind, TypeScore())
            gold_k = [g for g in gold if g[2] == kind]
            pred_k = [p for p in predicted if p[2] == kind]
            score.gold += len(gold_k)
            score.predictions += len(pred_k)
            score.found_gold += sum(any(_overlaps(g, p) for p in pred_k) for g in gold_k)
            score.true_positive_predictions += sum(
                any(_overlaps(p, g) for g in gold_k) for p in pred_k
            )


def leaked(text: str, span: Span, covered: Sequence[tuple[int, int]]) -> bool:
    """A gold span leaks when any of its letters or digits is not inside a redacted span."""
    start, end, _ = span
    for index in range(start, end):
        if text[index].isalnum() and not any(s <= index < e for s, e in covered):
            return True
    return False

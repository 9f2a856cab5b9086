"""Texts on which a fast recognizer must give exactly the results of plain Presidio matching
(every string literal in the recognizer and subject tests, and every corpus prompt), and the
form in which results are compared."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from presidio_analyzer import RecognizerResult

TESTS = Path(__file__).resolve().parents[1]
CORPUS = TESTS / "corpus" / "corpus.jsonl"


def string_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


EQUIVALENCE_TEXTS = (
    [
        text
        for path in sorted((TESTS / "recognizers").glob("test_*.py"))
        for text in string_literals(path)
    ]
    + string_literals(TESTS / "engine" / "test_subject.py")
    + [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
)


Span = tuple[str, int, int, float]


def spans(results: list[RecognizerResult]) -> set[Span]:
    return {(r.entity_type, r.start, r.end, round(r.score, 6)) for r in results}

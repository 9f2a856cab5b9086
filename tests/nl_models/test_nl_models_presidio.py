"""The pipeline's entities reach Presidio through its SpacyRecognizer and the gateway engine."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from gateway.engine.nlp import build_analyzer


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    recognizer = SpacyRecognizer(supported_language="nl", supported_entities=["PERSON", "ADDRESS"])
    return build_analyzer([recognizer])


def test_person_and_address_reach_presidio(analyzer: AnalyzerEngine) -> None:
    text = "Mevrouw Fatima El Amrani woont op de Kerkstraat 12a in Utrecht."
    results = sorted(analyzer.analyze(text, language="nl"), key=lambda r: r.start)
    found = [(r.entity_type, text[r.start : r.end]) for r in results]
    assert found == [("PERSON", "Fatima El Amrani"), ("ADDRESS", "Kerkstraat 12a")]


def test_organisation_named_after_person_is_not_reported(analyzer: AnalyzerEngine) -> None:
    text = "Ik werk bij Albert Heijn naast het Jeroen Bosch Ziekenhuis."
    assert analyzer.analyze(text, language="nl") == []

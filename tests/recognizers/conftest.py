"""Fixtures shared by the recognizer test modules."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from gateway.engine.nlp import build_analyzer
from recognizers.secret import SecretRecognizer


@pytest.fixture(scope="session")
def secret_analyzer() -> AnalyzerEngine:
    """An analyzer with only the secret recognizer (its tests and its family tests)."""
    return build_analyzer([SecretRecognizer()])

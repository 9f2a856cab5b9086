"""The bundled pipeline, loaded once for all tests in this folder."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import nl_models  # noqa: F401  registers the components
from nl_models.build_pipeline import PIPELINE_DIR


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load(PIPELINE_DIR)

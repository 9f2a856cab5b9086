"""Family sentences (tests/engine/family_sentences.py) through the whole screening engine.

A positive must block with its type: the topic recognizer finds the phrase and subject linking
ties it to the person. A negative uses the same words as a topic, an object or a figure of speech
and must not carry that type. Pasted e-mail disclaimers must not block as a confidentiality
marking; real markings must.
"""

from __future__ import annotations

import pytest

from gateway.config.loader import load_config
from gateway.engine import ScreeningEngine
from gateway.engine.types import Decision
from gateway.settings import BUNDLED_CONFIG_DIR
from tests.engine.families import assert_negative_passes, assert_positive_blocks
from tests.engine.family_sentences import (
    DISCLAIMERS,
    MARKINGS,
    NEGATIVES,
    POSITIVES,
    TIMED_LOOK_ALIKES,
    TIMED_MARKINGS,
)

# Written as positives, still missed; kept visible rather than dropped (see the report).
KNOWN_MISSES = {
    # The possessive is inside the phrase ("weigering van zijn VOG"), and a reference inside a
    # finding does not anchor it.
    "Er is een voornemen tot weigering van zijn VOG.",
    # A weak reference ("de cliënt") only anchors a term in its own sentence.
    "Gesprek gehad met de cliënt. Depressief, slaapt slecht.",
}


@pytest.fixture(scope="module")
def engine() -> ScreeningEngine:
    return ScreeningEngine.from_config(load_config(BUNDLED_CONFIG_DIR))


@pytest.mark.parametrize(("family", "kind", "text"), POSITIVES)
def test_family_positive_blocks(engine: ScreeningEngine, family: str, kind: str, text: str) -> None:
    assert_positive_blocks(engine, family, kind, text, KNOWN_MISSES)


@pytest.mark.parametrize(("family", "kind", "text"), NEGATIVES)
def test_family_negative_passes(engine: ScreeningEngine, family: str, kind: str, text: str) -> None:
    assert_negative_passes(engine, family, kind, text)


@pytest.mark.parametrize("text", DISCLAIMERS)
def test_mail_disclaimer_is_not_a_marking(engine: ScreeningEngine, text: str) -> None:
    result = engine.scan(text)
    assert "CONFIDENTIAL_MARKER" not in result.entity_counts()
    assert result.decision is Decision.ALLOW


@pytest.mark.parametrize("text", MARKINGS + TIMED_MARKINGS)
def test_real_marking_blocks(engine: ScreeningEngine, text: str) -> None:
    result = engine.scan(text)
    assert result.decision is Decision.BLOCK
    assert "CONFIDENTIAL_MARKER" in result.entity_counts()


def test_disclaimer_after_a_real_marking_still_blocks(engine: ScreeningEngine) -> None:
    text = (
        "VERTROUWELIJK\n\nAdvies over de grondprijs.\n\nDeze e-mail is vertrouwelijk en "
        "uitsluitend bestemd voor de geadresseerde."
    )
    result = engine.scan(text)
    assert result.decision is Decision.BLOCK
    assert [f.start for f in result.findings if f.type == "CONFIDENTIAL_MARKER"] == [0]


@pytest.mark.parametrize("text", TIMED_LOOK_ALIKES)
def test_level_word_with_tot_in_prose_is_not_a_marking(engine: ScreeningEngine, text: str) -> None:
    assert "CONFIDENTIAL_MARKER" not in engine.scan(text).entity_counts()

"""The term recognizers' speed-ups (trigger gate, per-pattern triggers, candidate word starts)
must not change a result: on every text of the recognizer tests, the subject tests, the corpus
and dense look-alikes, each finds exactly what Presidio's plain PatternRecognizer finds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import PatternRecognizer

from recognizers._terms import (
    GatedTermRecognizer,
    assign_triggers,
    literal_reading,
    word_starts_within_reach,
)
from recognizers.criminal_data import CriminalDataRecognizer
from recognizers.health_data import HealthDataRecognizer
from recognizers.special_category import SpecialCategoryRecognizer
from tests.recognizers.equivalence_texts import EQUIVALENCE_TEXTS, spans

RECOGNIZERS = [HealthDataRecognizer, CriminalDataRecognizer, SpecialCategoryRecognizer]


def _look_alikes(recognizer: GatedTermRecognizer) -> list[str]:
    """Every trigger many times, glued to words, in capitals and after the lookbehind words."""
    triggers = [*recognizer.triggers, *recognizer.cased_triggers]
    glued = ["heeft " + t + " " + t.upper() + "x " + "haar " + t + "isme" for t in triggers]
    return [" ".join(glued), ". ".join(glued), "".join(triggers), " ".join(reversed(glued))]


TEXTS = EQUIVALENCE_TEXTS


@pytest.mark.parametrize("recognizer_class", RECOGNIZERS, ids=lambda c: c.__name__)
def test_gated_terms_match_exactly_what_presidio_finds(
    recognizer_class: Callable[[], GatedTermRecognizer],
) -> None:
    recognizer = recognizer_class()
    entities = recognizer.supported_entities
    texts = TEXTS + _look_alikes(recognizer)
    differing = [
        index
        for index, text in enumerate(texts)
        if spans(recognizer.analyze(text, entities))
        != spans(PatternRecognizer.analyze(recognizer, text, entities))
    ]
    assert differing == [], f"{len(differing)} texts differ, first at index {differing[:5]}"


def test_literal_reading_turns_whitespace_classes_into_spaces() -> None:
    assert literal_reading(r"onder\s+behandeling|(?:zit|zat)\s*in(?-i:MS)?") == (
        "onder behandeling|zit|zat inMS"
    )


def test_triggers_go_to_the_patterns_that_contain_them_or_to_all() -> None:
    masks = assign_triggers(
        [r"diabetes|ziekte", r"ziek\s+gemeld", r"(?-i:MS)"], ["ziek", "gemeld", "kan niet"], ["MS"]
    )
    assert masks == {"ziek": 0b011, "gemeld": 0b010, "kan niet": 0b111, "MS": 0b100}


def test_word_starts_lie_within_the_lookback_before_each_hit() -> None:
    text = "a " * 100 + "diabetes"
    hit = text.index("diabetes")
    starts = list(word_starts_within_reach(text, hit))
    assert starts == list(range(hit - 60, hit + 1, 2))


def test_each_pattern_listens_to_its_own_triggers_only() -> None:
    """Guards the speed-up: "ziekenhuis" must not wake the English health pattern."""
    masks = HealthDataRecognizer().trigger_masks
    english = [name for name, _, _ in HealthDataRecognizer.PATTERNS].index("english_health_term")
    assert not masks["ziekenhuis"] & (1 << english)
    assert masks["sclerosis"] & (1 << english)

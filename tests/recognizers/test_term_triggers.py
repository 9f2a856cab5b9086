"""Every term of the gated topic recognizers holds one of its triggers.

The trigger gate (``recognizers._terms``) only tries a pattern near a trigger, so a term without
one is silently never found ("diabeet" had no trigger while "diabet" is not inside it). The
comparison with the plain PatternRecognizer only catches that for terms in the test texts; this
test reads every top-level alternative of every pattern.
"""

from __future__ import annotations

import pytest

from recognizers._terms import GatedTermRecognizer, literal_reading
from recognizers.criminal_data import CriminalDataRecognizer
from recognizers.health_data import HealthDataRecognizer
from recognizers.special_category import SpecialCategoryRecognizer


def top_level_alternatives(source: str) -> list[str]:
    """``source`` split at the "|" that are outside groups and character classes."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    position = 0
    while position < len(source):
        char = source[position]
        if char == "\\":
            current.append(source[position : position + 2])
            position += 2
            continue
        if char == "[":  # a class may start with "]" as a literal
            close = source.index("]", position + 2 if source[position + 1] == "]" else position + 1)
            current.append(source[position : close + 1])
            position = close + 1
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        position += 1
    parts.append("".join(current))
    return parts


def holds_a_trigger(reading: str, recognizer: type[GatedTermRecognizer]) -> bool:
    """As ``recognizers._terms.assign_triggers`` reads it: every word of the trigger is in the
    reading ("aan zijn hart" is in "(het|iets) aan (zijn|haar|het) hart" word by word)."""
    folded = reading.lower()
    return any(
        all(word in folded for word in trigger.lower().split(" "))
        for trigger in recognizer.TRIGGERS
    ) or any(trigger in reading for trigger in recognizer.CASED_TRIGGERS)


@pytest.mark.parametrize(
    "recognizer", [HealthDataRecognizer, CriminalDataRecognizer, SpecialCategoryRecognizer]
)
def test_every_term_holds_a_trigger(recognizer: type[GatedTermRecognizer]) -> None:
    missing = [
        alternative
        for _, alternatives, _ in recognizer.PATTERNS
        for source in alternatives
        for alternative in top_level_alternatives(source)
        if not holds_a_trigger(literal_reading(alternative), recognizer)
    ]
    assert missing == []


def test_a_term_without_its_trigger_is_reported() -> None:
    assert top_level_alternatives(r"diabet(?:es|ica)|diab[e]et|x\|y") == [
        "diabet(?:es|ica)",
        "diab[e]et",
        r"x\|y",
    ]
    assert not holds_a_trigger("diabeet", SpecialCategoryRecognizer)

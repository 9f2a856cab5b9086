"""Term recognizers that stay fast with hundreds of alternatives: a trigger gate before the regex.

A regex with a few hundred alternatives costs milliseconds per 2 KB, because every alternative
is tried at every word. Every term here contains a trigger substring ("diabet", "verslav",
"strafblad"; or a case-sensitive one such as "MS"), found in the one Aho-Corasick pass per text
that all gated recognizers share (``recognizers._gate``). The patterns are then only tried at
the word starts just before each trigger hit, which gives the same matches as ``finditer`` over
the whole text, at a fraction of the cost. Most prompts contain no trigger at all. Each pattern
only listens to the triggers that its own terms can contain (``assign_triggers``), so a "ziek"
tries the health patterns with a "ziek" in them only.

Invariant (checked by the tests, which compare with the plain ``PatternRecognizer`` on all test
texts): every match starts at a word start at most ``LOOKBACK`` characters before a trigger hit.
The same idea for the other pattern recognizers, and the shared helpers, are in
``recognizers._fast``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import compiled_regex, pattern_result
from recognizers._gate import SHARED_TRIGGERS

LOOKBACK = 60
_WORD_START = re.compile(r"(?<!\w)\w")
# Regex syntax that is not text of a match: whitespace classes read as a space, group openers,
# lookaround openers and quantifier marks as nothing (see ``literal_reading``).
_WHITESPACE_CLASS = re.compile(r"\\s[+*]?|\[- \]")
_SYNTAX = re.compile(r"\(\?(?:[:=!]|<[=!]|-i:)|[()?]")


def terms(*alternatives: str) -> str:
    """One alternation that only matches whole words."""
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"


def literal_reading(regex_source: str) -> str:
    """The pattern source with whitespace classes as one space and group syntax dropped, so that
    a trigger written in a term ("onder behandeling" in "onder\\s+behandeling") is a substring."""
    return str(_SYNTAX.sub("", _WHITESPACE_CLASS.sub(" ", regex_source)))


def assign_triggers(
    sources: Sequence[str], triggers: Iterable[str], cased_triggers: Iterable[str]
) -> dict[str, int]:
    """Per trigger, a bit mask of the patterns (by index in ``sources``) that may contain it.

    A trigger belongs to every pattern whose literal reading holds each of its words (lower-case
    triggers case-insensitively): "kan niet" is split over an alternation in
    "(?:kan|kon) (?:niet|...)". One that no reading holds belongs to every pattern: assigning
    too much only costs time, too little would lose matches (the tests compare with Presidio).
    """
    readings = [literal_reading(source) for source in sources]
    everything = (1 << len(sources)) - 1
    masks: dict[str, int] = {}
    for trigger, cased in [(t, False) for t in triggers] + [(t, True) for t in cased_triggers]:
        mask = 0
        for index, reading in enumerate(readings):
            text = reading if cased else reading.lower()
            if all(word in text for word in trigger.split(" ")):
                mask |= 1 << index
        masks[trigger] = mask or everything
    return masks


def word_starts_before(text: str, sorted_hits: Iterable[int]) -> list[int]:
    """Sorted word starts within LOOKBACK characters before (or at) a trigger hit."""
    starts: list[int] = []
    covered = -1  # the word starts before this offset are already collected
    for hit in sorted_hits:
        begin = max(hit - LOOKBACK, covered, 0)
        if begin <= hit:
            starts.extend(match.start() for match in _WORD_START.finditer(text, begin, hit + 1))
            covered = hit + 1
    return starts


type TermPattern = tuple[str, tuple[str, ...], float]  # name, alternatives, score


class GatedTermRecognizer(PatternRecognizer):
    """A PatternRecognizer that tries each pattern only near one of that pattern's triggers.

    Subclasses declare ENTITY, PATTERNS (name, whole-word alternatives, score), TRIGGERS,
    CASED_TRIGGERS and CONTEXT; ``pattern_regex`` may shape a pattern's regex further."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[TermPattern, ...]]
    TRIGGERS: ClassVar[tuple[str, ...]]
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = ()
    CONTEXT: ClassVar[list[str]]

    def __init__(self, supported_language: str = "nl", supported_entity: str | None = None) -> None:
        name = type(self).__name__
        patterns = [
            Pattern(name=pattern, regex=self.pattern_regex(pattern, alternatives), score=score)
            for pattern, alternatives, score in self.PATTERNS
        ]
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name,
            supported_language=supported_language,
            patterns=patterns,
            context=self.CONTEXT,
        )
        # Own typed references (Presidio's attributes are untyped).
        self._patterns = patterns
        self._name = name
        self.triggers = tuple(sorted({trigger.lower() for trigger in self.TRIGGERS}))
        self.cased_triggers = tuple(sorted(set(self.CASED_TRIGGERS)))
        sources = [pattern.regex for pattern in patterns]
        # Per trigger, a bit per pattern (by index) that may contain it.
        self.trigger_masks = assign_triggers(sources, self.triggers, self.cased_triggers)
        SHARED_TRIGGERS.register(self.triggers, self.cased_triggers)
        self._folded_set = frozenset(self.triggers)
        self._cased_set = frozenset(self.cased_triggers)

    def pattern_regex(self, name: str, alternatives: tuple[str, ...]) -> str:
        return terms(*alternatives)

    def _hits(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[tuple[int, int]]:
        """Sorted (offset, pattern mask) of every occurrence of this recognizer's triggers,
        from the trigger pass that all gated recognizers share."""
        folded_hits, cased_hits = SHARED_TRIGGERS.hits(text, nlp_artifacts)
        masks = self.trigger_masks
        found = [
            (start, masks[trigger])
            for hits, own in ((folded_hits, self._folded_set), (cased_hits, self._cased_set))
            for trigger, starts in hits.items()
            if trigger in own
            for start in starts
        ]
        return sorted(found)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = self._hits(text, nlp_artifacts)
        if not found:
            return []
        flags: int = regex_flags or self.global_regex_flags or 0
        results: list[RecognizerResult] = []
        for index, pattern in enumerate(self._patterns):
            bit = 1 << index
            starts = word_starts_before(text, [hit for hit, mask in found if mask & bit])
            if not starts:
                continue
            compiled = compiled_regex(pattern, flags)
            match_end = -1
            for start in starts:
                if start < match_end:  # as finditer: no match starts inside the previous one
                    continue
                match = compiled.match(text, start)
                if match is not None and match.end() > start:
                    span = (start, match.end())
                    results.append(pattern_result(self, self._name, pattern, span, flags))
                    match_end = match.end()
        return list(EntityRecognizer.remove_duplicates(results))

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

The same reasoning one level down: a pattern is an ordered list of alternatives, and a match of
an alternative holds one of the triggers in that alternative's own literal reading. At a word
start, only the alternatives whose triggers were hit within reach can match, and they are tried
there in their original order: the first alternative that matches is the one the full pattern
would take, because the word-boundary lookarounds around the alternation are zero-width. Short
alternatives next to each other are tried as one regex, compiled per combination; a long one
(a whole list of offences) is compiled on its own, once. Compiling every combination whole cost
10 to 70 ms per new one: seconds of delay spread over a gateway's first few hundred prompts.
A pattern may have an optional prefix word ("ernstige depressie"): the prefix is tried first,
with the alternatives after it, and then the alternatives at the start itself, which is the
order the full pattern takes because the prefix ends in possessive whitespace.
The same idea for the other pattern recognizers, and the shared helpers, are in
``recognizers._fast``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import pattern_result
from recognizers._gate import SHARED_TRIGGERS

LOOKBACK = 60
# An alternative with at least this much regex source is compiled on its own, not together with
# its neighbours in every combination they occur in.
OWN_REGEX_FROM = 400
# Compiled combinations kept per recognizer: mostly one per trigger, a few per trigger pair that
# occur close together; the bound only matters for adversarial text.
MAX_COMBINATIONS = 4096
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


def word_starts_within_reach(text: str, hit: int) -> Iterator[int]:
    """The word starts within LOOKBACK characters before (or at) one trigger hit."""
    for match in _WORD_START.finditer(text, max(hit - LOOKBACK, 0), hit + 1):
        yield match.start()


type TermPattern = tuple[str, tuple[str, ...], float]  # name, alternatives, score
# Per hit: its offset and the patterns (by index) that the trigger found there may occur in,
# each with a bit mask of the alternatives that may hold it.
type TriggerHit = tuple[int, tuple[tuple[int, int], ...]]


def _positions(mask: int) -> Iterator[int]:
    """The positions of the set bits of ``mask``, lowest first."""
    position = 0
    while mask:
        if mask & 1:
            yield position
        mask >>= 1
        position += 1


class GatedTermRecognizer(PatternRecognizer):
    """A PatternRecognizer that tries each pattern only near one of that pattern's triggers.

    Subclasses declare ENTITY, PATTERNS (name, whole-word alternatives, score), TRIGGERS,
    CASED_TRIGGERS and CONTEXT; ``pattern_prefix`` may give a pattern an optional prefix."""

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
        # Per trigger, per pattern index: the alternatives of that pattern that may contain it.
        per_pattern = [
            assign_triggers(alternatives, self.triggers, self.cased_triggers)
            for _, alternatives, _ in self.PATTERNS
        ]
        # Per trigger: the patterns it may occur in, each with the alternatives that may hold it.
        self.trigger_targets = {
            trigger: tuple(
                (index, masks[trigger])
                for index, masks in enumerate(per_pattern)
                if self.trigger_masks[trigger] >> index & 1
            )
            for trigger in self.trigger_masks
        }
        # (pattern index, alternatives mask, flags) -> those alternatives as one whole-word regex
        self._regexes: dict[tuple[int, int, int], Any] = {}
        # (pattern index, alternatives mask, flags) -> the regexes that try them, in order
        self._segments: dict[tuple[int, int, int], tuple[Any, ...]] = {}
        # (pattern index, flags) -> the pattern's prefix, required
        self._prefix_regexes: dict[tuple[int, int], Any] = {}
        SHARED_TRIGGERS.register(self.triggers, self.cased_triggers)
        self._folded_set = frozenset(self.triggers)
        self._cased_set = frozenset(self.cased_triggers)

    def pattern_prefix(self, name: str) -> str | None:
        """A word that may stand before the pattern's term inside the span, as a regex that ends
        in possessive whitespace (``\\s++``); None when the pattern has none."""
        return None

    def pattern_regex(self, name: str, alternatives: tuple[str, ...]) -> str:
        prefix = self.pattern_prefix(name)
        regex = terms(*alternatives)
        return regex if prefix is None else f"(?:{prefix})?{regex}"

    def _hits(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[TriggerHit]:
        """Occurrences of this recognizer's triggers, from the trigger pass that all gated
        recognizers share."""
        folded_hits, cased_hits = SHARED_TRIGGERS.hits(text, nlp_artifacts)
        targets = self.trigger_targets
        return [
            (start, targets[trigger])
            for hits, own in ((folded_hits, self._folded_set), (cased_hits, self._cased_set))
            for trigger, starts in hits.items()
            if trigger in own
            for start in starts
        ]

    def _regex(self, index: int, alternatives_mask: int, flags: int) -> Any:
        """The alternatives of pattern ``index`` in the mask, in their order, as one regex."""
        key = (index, alternatives_mask, flags)
        compiled = self._regexes.get(key)
        if compiled is None:
            alternatives = self.PATTERNS[index][1]
            chosen = [alternatives[position] for position in _positions(alternatives_mask)]
            compiled = re.compile(terms(*chosen), flags=flags)
            if len(self._regexes) >= MAX_COMBINATIONS:
                self._regexes.clear()
            self._regexes[key] = compiled
        return compiled

    def _segment_regexes(self, index: int, alternatives_mask: int, flags: int) -> tuple[Any, ...]:
        """Regexes that together try the alternatives in the mask, in order: each long one on
        its own, the short ones between them together."""
        key = (index, alternatives_mask, flags)
        segments = self._segments.get(key)
        if segments is None:
            alternatives = self.PATTERNS[index][1]
            compiled: list[Any] = []
            short_run = 0
            for position in _positions(alternatives_mask):
                if len(alternatives[position]) < OWN_REGEX_FROM:
                    short_run |= 1 << position
                    continue
                if short_run:
                    compiled.append(self._regex(index, short_run, flags))
                    short_run = 0
                compiled.append(self._regex(index, 1 << position, flags))
            if short_run:
                compiled.append(self._regex(index, short_run, flags))
            segments = tuple(compiled)
            if len(self._segments) >= MAX_COMBINATIONS:
                self._segments.clear()
            self._segments[key] = segments
        return segments

    def _prefix_regex(self, index: int, flags: int) -> Any:
        key = (index, flags)
        if key not in self._prefix_regexes:
            prefix = self.pattern_prefix(self.PATTERNS[index][0])
            self._prefix_regexes[key] = None if prefix is None else re.compile(prefix, flags=flags)
        return self._prefix_regexes[key]

    def _first_alternative_end(
        self, index: int, alternatives_mask: int, text: str, position: int, flags: int
    ) -> int | None:
        """Where the first alternative in the mask (in pattern order) that matches at
        ``position`` ends; None when none does."""
        for regex in self._segment_regexes(index, alternatives_mask, flags):
            match = regex.match(text, position)
            if match is not None:
                return int(match.end())
        return None

    def _match_end(
        self, index: int, alternatives_mask: int, text: str, start: int, flags: int
    ) -> int | None:
        """Where pattern ``index``, restricted to the alternatives in the mask, matches at
        ``start``: after its prefix first, as the full pattern tries it."""
        prefix = self._prefix_regex(index, flags)
        if prefix is not None:
            prefixed = prefix.match(text, start)
            if prefixed is not None:
                end = self._first_alternative_end(
                    index, alternatives_mask, text, prefixed.end(), flags
                )
                if end is not None:
                    return end
        return self._first_alternative_end(index, alternatives_mask, text, start, flags)

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
        # Per pattern, per candidate start: the alternatives whose triggers were hit in reach.
        candidates: dict[int, dict[int, int]] = {}
        for hit, targets in found:
            starts = list(word_starts_within_reach(text, hit))
            for index, alternatives in targets:
                wanted = candidates.setdefault(index, {})
                for start in starts:
                    wanted[start] = wanted.get(start, 0) | alternatives
        flags: int = regex_flags or self.global_regex_flags or 0
        results: list[RecognizerResult] = []
        for index in sorted(candidates):
            pattern = self._patterns[index]
            wanted = candidates[index]
            match_end = -1
            for start in sorted(wanted):
                if start < match_end:  # as finditer: no match starts inside the previous one
                    continue
                end = self._match_end(index, wanted[start], text, start, flags)
                if end is not None and end > start:
                    results.append(pattern_result(self, self._name, pattern, (start, end), flags))
                    match_end = end
        return list(EntityRecognizer.remove_duplicates(results))

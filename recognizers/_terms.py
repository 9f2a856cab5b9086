"""Term recognizers that stay fast with hundreds of alternatives: a trigger gate before the regex.

A regex with a few hundred alternatives costs milliseconds per 2 KB, because every alternative
is tried at every word. Every term here contains a trigger substring ("diabet", "verslav",
"strafblad"; or a case-sensitive one such as "MS"), found with ``str.find`` in microseconds. The
patterns are then only tried at the word starts just before each trigger hit, which gives the
same matches as ``finditer`` over the whole text, at a fraction of the cost. Most prompts
contain no trigger at all.

Invariant (checked by the tests, which compare with the plain ``PatternRecognizer`` on all test
texts): every match starts at a word start at most ``LOOKBACK`` characters before a trigger hit.
The same idea for the other pattern recognizers, and the shared helpers, are in
``recognizers._fast``.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._fast import compiled_regex, fold, hits, pattern_result

LOOKBACK = 60
_WORD_START = re.compile(r"(?<!\w)\w")


def terms(*alternatives: str) -> str:
    """One alternation that only matches whole words."""
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"


def candidate_starts(
    text: str, triggers: Iterable[str], cased_triggers: Iterable[str]
) -> list[int]:
    """Sorted word starts within LOOKBACK characters before (or at) a trigger hit."""
    starts: set[int] = set()
    covered = -1  # the word starts before this offset are already collected
    for hit in sorted(hits(fold(text), triggers) + hits(text, cased_triggers)):
        begin = max(hit - LOOKBACK, covered, 0)
        starts.update(match.start() for match in _WORD_START.finditer(text, begin, hit + 1))
        covered = hit + 1
    return sorted(starts)


class GatedTermRecognizer(PatternRecognizer):
    """A PatternRecognizer that tries its patterns only near one of its triggers."""

    def __init__(
        self,
        *,
        supported_entity: str,
        name: str,
        supported_language: str,
        patterns: list[Pattern],
        context: list[str],
        triggers: Iterable[str],
        cased_triggers: Iterable[str] = (),
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            name=name,
            supported_language=supported_language,
            patterns=patterns,
            context=context,
        )
        # Own typed references (Presidio's attributes are untyped).
        self._patterns = patterns
        self._name = name
        self.triggers = tuple(sorted({trigger.lower() for trigger in triggers}))
        self.cased_triggers = tuple(sorted(set(cased_triggers)))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        starts = candidate_starts(text, self.triggers, self.cased_triggers)
        if not starts:
            return []
        flags: int = regex_flags or self.global_regex_flags or 0
        results: list[RecognizerResult] = []
        for pattern in self._patterns:
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

"""Fast paths for pattern recognizers that give exactly the results of the plain ones.

A regex tried at every position of a 2 KB prompt costs up to a millisecond, and most prompts
cannot contain a match at all. Two tools, both supersets by construction (never drop a match):

- a gate: text that lacks every trigger (a substring each match needs, such as "@" for an
  e-mail address) cannot match, so the recognizer returns before running any pattern (the
  triggers of all gated recognizers are found in one shared pass, ``recognizers._gate``);
- windows: ranges of the text that together hold every match, so the patterns run only there
  (``finditer_in``), with lookbehinds and lookaheads seeing the full text as before.

``GatedPatternRecognizer`` is Presidio's ``PatternRecognizer`` with both hooks; its result loop
is a copy of Presidio's (validate, invalidate, scores, explanations). The tests compare every
gated recognizer with Presidio's plain ``PatternRecognizer.analyze`` on all test and corpus texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._base import DutchPatternRecognizer
from recognizers._gate import SHARED_TRIGGERS
from recognizers._gate import fold as fold  # re-exported: recognizers import it from here

Window = tuple[int, int]


def merge(windows: Iterable[Window]) -> list[Window]:
    """Sorted windows with overlapping or touching ones joined."""
    merged: list[Window] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def finditer_in(compiled: Any, text: str, windows: Sequence[Window], peek: int) -> Iterator[Any]:
    """The matches of ``compiled.finditer(text)`` that lie in ``windows``.

    Exact when every match of ``finditer`` lies inside one window, the windows are merged and
    the pattern's lookaheads read at most ``peek`` characters past a match. A candidate that
    runs past its window's end (only the cut let it match there) is decided again on the full
    text. The pattern must not match the empty string nor use ``\\K``. A window of one
    character (a known start) is matched there on the full text: same answer, one attempt
    instead of a search, and no cut at all."""
    for start, end in windows:
        if end - start == 1:
            match = compiled.match(text, start)
            if match is not None:
                yield match
            continue
        endpos = min(len(text), end + peek)
        position = start
        while position < end:
            match = compiled.search(text, position, endpos)
            if match is None or match.start() >= end:
                break
            if match.end() > end:  # decided by the cut, not by the text: try the full text
                match = compiled.match(text, match.start())
                if match is None:
                    position += 1
                    continue
            yield match
            position = max(match.end(), position + 1)


def matches_from(compiled: Any, text: str, starts: Iterable[int]) -> Iterator[Any]:
    """The matches of ``compiled.finditer(text)``, given the sorted positions ``starts`` that
    include every position where the pattern can match: it is tried only there, on the full
    text, and not inside the previous match (as ``finditer`` resumes at its end). A pattern
    with ``\\K`` is fine: a match is tried where its text starts."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        match = compiled.match(text, start)
        if match is not None:
            yield match
            resume = match.end()


def folded_trigger_starts(
    text: str, nlp_artifacts: NlpArtifacts | None, needles: Iterable[str]
) -> list[int]:
    """Where the ``needles`` (lower case, registered with ``SHARED_TRIGGERS``) occur in the
    folded text, sorted: read from the trigger pass that the gated recognizers share."""
    folded_hits, _ = SHARED_TRIGGERS.hits(text, nlp_artifacts)
    return sorted(start for needle in needles for start in folded_hits.get(needle, ()))


def compiled_regex(pattern: Pattern, flags: int) -> Any:
    """The pattern's regex, compiled once and cached on the Pattern as Presidio does."""
    cached: Any = pattern
    if cached.compiled_regex is None or cached.compiled_with_flags != flags:
        cached.compiled_with_flags = flags
        cached.compiled_regex = regex.compile(pattern.regex, flags=flags)
    return cached.compiled_regex


def pattern_result(
    recognizer: PatternRecognizer,
    name: str,
    pattern: Pattern,
    span: Window,
    flags: int,
    validation_result: bool | None = None,
) -> RecognizerResult:
    """A result shaped like PatternRecognizer's (the context enhancer needs the metadata)."""
    start, end = span
    explanation = recognizer.build_regex_explanation(
        name, pattern.name, pattern.regex, pattern.score, bool(validation_result), flags
    )
    return RecognizerResult(
        entity_type=recognizer.supported_entities[0],
        start=start,
        end=end,
        score=pattern.score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


class GatedPatternRecognizer(DutchPatternRecognizer):
    """A PatternRecognizer that runs a pattern only if the text holds one of its triggers, and
    may search only in windows.

    ``PATTERN_TRIGGERS`` maps a pattern name to substrings of which every match of that pattern
    contains (or follows) at least one; patterns left out always run. A trigger written in
    lower case is searched case-insensitively (in the folded text), any other as written.
    ``windows`` may narrow the search further."""

    PATTERN_TRIGGERS: ClassVar[dict[str, tuple[str, ...]]] = {}
    # Per pattern name (of one with triggers): every match starts at most this many characters
    # before an occurrence of one of its triggers. Such a pattern is only tried at those
    # positions (``matches_from``) instead of searched for in the whole text.
    START_REACH: ClassVar[dict[str, int]] = {}
    # How far the patterns' lookaheads read past a match (see ``finditer_in``).
    PEEK = 256

    # Presidio assigns these in an unannotated __init__; declare their types for mypy.
    name: str
    patterns: list[Pattern]

    def may_match(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> bool:
        """A whole-text gate for subclasses: False only if no pattern can match ``text``."""
        return True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        needles = {needle for triggers in cls.PATTERN_TRIGGERS.values() for needle in triggers}
        cls._FOLDED_NEEDLES = frozenset(needle for needle in needles if needle == needle.lower())
        cls._CASED_NEEDLES = frozenset(needle for needle in needles if needle != needle.lower())
        SHARED_TRIGGERS.register(cls._FOLDED_NEEDLES, cls._CASED_NEEDLES)

    _FOLDED_NEEDLES: ClassVar[frozenset[str]] = frozenset()
    _CASED_NEEDLES: ClassVar[frozenset[str]] = frozenset()

    def patterns_to_run(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> list[Pattern]:
        """The patterns whose triggers occur in ``text`` (all patterns without triggers). The
        triggers are found in the pass over the text that all gated recognizers share."""
        if not self.PATTERN_TRIGGERS:
            return list(self.patterns)
        folded_hits, cased_hits = SHARED_TRIGGERS.hits(text, nlp_artifacts)
        present = self._FOLDED_NEEDLES.intersection(folded_hits)
        present |= self._CASED_NEEDLES.intersection(cased_hits)
        return [
            pattern
            for pattern in self.patterns
            if pattern.name not in self.PATTERN_TRIGGERS
            or not present.isdisjoint(self.PATTERN_TRIGGERS[pattern.name])
        ]

    def _reachable_starts(
        self, pattern_name: str, text: str, nlp_artifacts: NlpArtifacts | None
    ) -> list[int]:
        """Every position from which a match of the pattern can reach one of its triggers."""
        folded_hits, cased_hits = SHARED_TRIGGERS.hits(text, nlp_artifacts)
        reach = self.START_REACH[pattern_name]
        starts: set[int] = set()
        for needle in self.PATTERN_TRIGGERS[pattern_name]:
            hits = folded_hits if needle == needle.lower() else cased_hits
            for hit in hits.get(needle, ()):
                starts.update(range(max(0, hit - reach), hit + 1))
        return sorted(starts)

    def match_starts(
        self, pattern_name: str, text: str, nlp_artifacts: NlpArtifacts | None
    ) -> list[int] | None:
        """Sorted positions that include every position from which the named pattern can
        match (where its text starts, before any ``\\K``): it is then only tried there
        (``matches_from``). None: no such positions known, search as usual."""
        return None

    def windows(
        self, text: str, nlp_artifacts: NlpArtifacts | None = None
    ) -> dict[str, list[Window]]:
        """Per pattern regex: merged windows of ``text`` that hold every match of that pattern.
        Patterns left out are searched in the whole text."""
        return {}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        possible = self.may_match(text, nlp_artifacts)
        patterns = self.patterns_to_run(text, nlp_artifacts) if possible else []
        if not patterns:
            return []
        flags: int = regex_flags or self.global_regex_flags or 0
        results: list[RecognizerResult] = []
        windows_per_pattern = self.windows(text, nlp_artifacts)
        for pattern in patterns:
            compiled = compiled_regex(pattern, flags)
            windows = windows_per_pattern.get(pattern.regex)
            if pattern.name in self.START_REACH:
                starts = self._reachable_starts(pattern.name, text, nlp_artifacts)
                matches = matches_from(compiled, text, starts)
            elif (known := self.match_starts(pattern.name, text, nlp_artifacts)) is not None:
                matches = matches_from(compiled, text, known)
            elif windows is None:
                matches = compiled.finditer(text)
            else:
                matches = finditer_in(compiled, text, windows, self.PEEK)
            for match in matches:
                result = self._checked_result(pattern, match.span(), text, flags)
                if result is not None:
                    results.append(result)
        return list(EntityRecognizer.remove_duplicates(results))

    def _checked_result(
        self, pattern: Pattern, span: Window, text: str, flags: int
    ) -> RecognizerResult | None:
        """Presidio's per-match steps: validation sets 1.0 or drops, invalidation drops. The
        result object is only built for a match that is kept."""
        matched = text[span[0] : span[1]]
        if not matched:
            return None
        validation = self.validate_result(matched)
        score = pattern.score
        if validation is not None:
            score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
        if self.invalidate_result(matched):
            score = EntityRecognizer.MIN_SCORE
        if score <= EntityRecognizer.MIN_SCORE:
            return None
        result = pattern_result(self, self.name, pattern, span, flags, validation)
        result.score = score
        if result.analysis_explanation is not None:
            result.analysis_explanation.score = score
        return result

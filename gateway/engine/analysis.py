"""Presidio analysis without its quadratic corners.

Same results as ``AnalyzerEngine.analyze`` with ``LemmaContextAwareEnhancer`` and
``EntityRecognizer.remove_duplicates`` (the equivalence is tested), but linear in the text: Presidio
deep-copies every result, finds each match's token by a linear scan, tests keyword membership in
a list and de-duplicates pairwise. On a pasted 1 MB log with thousands of e-mail addresses that
turns one request into minutes of CPU; a prompt-screening proxy cannot afford that.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from gateway.engine.artifacts import ContextTokens, context_tokens

# Kept for the equivalence tests; see use_linear_deduplication().
PRESIDIO_REMOVE_DUPLICATES = EntityRecognizer.remove_duplicates
NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
ENHANCED_KEY = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
# Joins a token's context words for one substring search (see _supportive_word).
_WORD_SEPARATOR = "\x00"


class FastLemmaContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same scoring, in O((results + tokens) log n).

    It reads the tokens through ``ContextTokens``: with ``DocArtifacts`` only the tokens around
    the findings are turned into strings. Findings that start in the same token share their
    context words."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return raw_results
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra_context = [word.lower() for word in context or []]
        tokens: ContextTokens | None = None  # built only if some result wants context
        words_per_token: dict[int, list[str]] = {}
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(ID_KEY))
            if recognizer is None or not recognizer.context or metadata.get(ENHANCED_KEY):
                continue
            if tokens is None:
                tokens = context_tokens(nlp_artifacts, text)
            index = tokens.token_at(result.start)
            words = words_per_token.get(index)
            if words is None:
                words = self._context_words(index, tokens) + extra_context
                words_per_token[index] = words
            supportive = self._supportive_word(words, recognizer.context)
            if supportive:
                score = max(
                    result.score + self.context_similarity_factor,
                    self.min_score_with_context_similarity,
                )
                result.score = min(score, ContextAwareEnhancer.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supportive)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _context_words(self, index: int, tokens: ContextTokens) -> list[str]:
        """Up to n keyword lemmas before and m after the match, counting the match's own token
        (Presidio collects n + 1 and m + 1 words starting at the match token)."""
        positions = tokens.keyword_positions
        up_to = bisect_right(positions, index)  # keywords at or before the match token
        from_ = bisect_left(positions, index)  # keywords at or after it
        before = positions[max(up_to - self.context_prefix_count - 1, 0) : up_to]
        after = positions[from_ : from_ + self.context_suffix_count + 1]
        # The order Presidio's walk collects them in: backwards, then forwards.
        words = [tokens.lemma(position) for position in reversed(before)]
        words += [tokens.lemma(position) for position in after]
        return list(set(words))

    def _supportive_word(self, words: list[str], recognizer_context: list[str]) -> str:
        """Presidio's ``_find_supportive_word_in_context`` for lower-case ``words``: the first
        context word of the recognizer that is in one of them (or equals one, in whole-word
        mode); "" if none."""
        if self.context_matching_mode == "whole_word":
            present = set(words)
            return next((word for word in recognizer_context if word.lower() in present), "")
        if not words:
            return ""
        # One substring search per context word instead of one per (context word, word): a
        # context word without the separator can only occur inside a single word.
        joined = _WORD_SEPARATOR.join(words)
        for context_word in recognizer_context:
            wanted = context_word.lower()
            if _WORD_SEPARATOR in wanted:
                if any(wanted in word for word in words):
                    return context_word
            elif wanted in joined:
                return context_word
        return ""


class _SuffixMax:
    """Fenwick tree: highest score among inserted spans whose end is at least a given end."""

    def __init__(self, ends: Sequence[int]) -> None:
        self._order = sorted(set(ends), reverse=True)
        self._rank = {end: rank + 1 for rank, end in enumerate(self._order)}
        self._tree = [-1.0] * (len(self._order) + 1)

    def insert(self, end: int, score: float) -> None:
        rank = self._rank[end]
        while rank < len(self._tree):
            self._tree[rank] = max(self._tree[rank], score)
            rank += rank & -rank

    def max_score_ending_at_or_after(self, end: int) -> float:
        rank = self._rank[end]
        best = -1.0
        while rank > 0:
            best = max(best, self._tree[rank])
            rank -= rank & -rank
        return best


def remove_duplicates(results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's rule in O(n log n): drop zero scores, exact duplicates, and any result contained
    in another result of the same type whose score is at least as high."""
    if len(results) < 2:  # the common case inside one recognizer; same answer, less work
        return [result for result in results if result.score > 0]
    # Presidio drops duplicates with a set, whose order decides the order of results of
    # different types that tie in the final sort. Dropping them by key instead spares the
    # string that Presidio's hash formats for every result; that answer is taken when no two
    # kept results tie, so that the order is the sort's alone, and all scores are floats (an
    # int score equal to a float one is a duplicate by key but not for the set).
    if all(type(r.score) is float for r in results):
        by_key = {(r.entity_type, r.start, r.end, r.score): r for r in reversed(results)}
        kept = _kept(by_key.values())
        if not _ties(kept):
            return kept
    return _kept(set(results))


def _kept(unique: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """The results (without duplicates) not contained in a result of their type that scores
    at least as high, best first."""
    by_type: dict[str, list[RecognizerResult]] = defaultdict(list)
    for result in unique:
        if result.score > 0:
            by_type[result.entity_type].append(result)
    kept: list[RecognizerResult] = []
    for group in by_type.values():
        # Containers first: by start, then longest, then best score.
        group.sort(key=lambda r: (r.start, -r.end, -r.score))
        tree = _SuffixMax([r.end for r in group])
        for result in group:
            if tree.max_score_ending_at_or_after(result.end) < result.score:
                kept.append(result)
            tree.insert(result.end, result.score)
    return sorted(kept, key=_rank)


def _rank(result: RecognizerResult) -> tuple[float, int, int]:
    return (-result.score, result.start, result.start - result.end)


def _ties(ranked: list[RecognizerResult]) -> bool:
    """Whether two neighbours of the sorted results rank the same."""
    return any(_rank(a) == _rank(b) for a, b in pairwise(ranked))


def use_linear_deduplication() -> None:
    """Presidio's PatternRecognizer de-duplicates its own matches with the pairwise
    ``EntityRecognizer.remove_duplicates`` as well; swap in the equivalent linear version (the
    tests compare both) so that no recognizer is quadratic on a paste with thousands of matches.
    Idempotent; affects only this process's Presidio."""
    EntityRecognizer.remove_duplicates = staticmethod(remove_duplicates)  # type: ignore[method-assign]


def _has_own_context_step(recognizer: EntityRecognizer) -> bool:
    """The base implementation returns its input unchanged; skip the call (and the list of
    other results it would need) unless a recognizer overrides it."""
    return type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context


class Analysis:
    """Runs the NLP pipeline once, every recognizer, context enhancement and de-duplication."""

    def __init__(
        self,
        nlp_engine: NlpEngine,
        recognizers: Sequence[EntityRecognizer],
        enhancer: LemmaContextAwareEnhancer,
        language: str,
    ) -> None:
        self.nlp_engine = nlp_engine
        self.recognizers = list(recognizers)
        self.enhancer = enhancer
        self.language = language
        self._with_own_context_step = [_has_own_context_step(r) for r in self.recognizers]
        use_linear_deduplication()
        for recognizer in self.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True

    def analyze(self, text: str) -> list[RecognizerResult]:
        artifacts = self.nlp_engine.process_text(text, self.language)
        # Presidio groups the results by the recognizer id in their metadata (a result whose
        # id names no recognizer is dropped) and lets each recognizer enhance its own group.
        by_id: dict[str, list[RecognizerResult]] = defaultdict(list)
        for recognizer in self.recognizers:
            found = recognizer.analyze(
                text=text, entities=recognizer.supported_entities, nlp_artifacts=artifacts
            )
            for result in found or ():
                metadata = result.recognition_metadata
                if metadata is None:
                    metadata = result.recognition_metadata = {}
                metadata.setdefault(NAME_KEY, str(getattr(recognizer, "name", "")))
                metadata.setdefault(ID_KEY, recognizer.id)
                by_id[metadata[ID_KEY]].append(result)
        enhanced: list[RecognizerResult] = []
        for recognizer, own_step in zip(self.recognizers, self._with_own_context_step, strict=True):
            own = by_id.get(recognizer.id, [])
            if own and own_step:
                others = [r for key, group in by_id.items() if key != recognizer.id for r in group]
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=artifacts,
                    context=None,
                )
            enhanced.extend(own)
        enhanced = self.enhancer.enhance_using_context(text, enhanced, artifacts, self.recognizers)
        return remove_duplicates(enhanced)

"""Presidio analysis without its quadratic corners.

Same results as ``AnalyzerEngine.analyze`` with ``LemmaContextAwareEnhancer`` and
``EntityRecognizer.remove_duplicates`` (the equivalence is tested), but linear in the text: Presidio
deep-copies every result, finds each match's token by a linear scan, tests keyword membership in
a list and de-duplicates pairwise. On a pasted 1 MB log with thousands of e-mail addresses that
turns one request into minutes of CPU; a prompt-screening proxy cannot afford that.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

# Kept for the equivalence tests; see use_linear_deduplication().
PRESIDIO_REMOVE_DUPLICATES = EntityRecognizer.remove_duplicates
NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
ENHANCED_KEY = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


class FastLemmaContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same scoring, in O((results + tokens) log n)."""

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
        token_ends = [
            start + len(token)
            for start, token in zip(nlp_artifacts.tokens_indices, nlp_artifacts.tokens, strict=True)
        ]
        keywords = set(nlp_artifacts.keywords)
        lemmas = [lemma.lower() for lemma in nlp_artifacts.lemmas]
        is_keyword = [lemma in keywords for lemma in lemmas]
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(ID_KEY))
            if recognizer is None or not recognizer.context or metadata.get(ENHANCED_KEY):
                continue
            # Presidio: the first token that covers the match start.
            index = min(bisect_right(token_ends, result.start), len(token_ends) - 1)
            words = self._context_words(index, lemmas, is_keyword) + extra_context
            supportive = self._find_supportive_word_in_context(
                words, recognizer.context, self.context_matching_mode
            )
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

    def _context_words(self, index: int, lemmas: list[str], is_keyword: list[bool]) -> list[str]:
        """Up to n keyword lemmas before and m after the match, counting the match's own token
        (Presidio collects n + 1 and m + 1 words starting at the match token)."""
        words: list[str] = []
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            remaining = count + 1
            position = index
            while 0 <= position < len(lemmas) and remaining > 0:
                if is_keyword[position]:
                    words.append(lemmas[position])
                    remaining -= 1
                position += step
        return list(set(words))


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
    by_type: dict[str, list[RecognizerResult]] = defaultdict(list)
    for result in set(results):
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
    return sorted(kept, key=lambda r: (-r.score, r.start, -(r.end - r.start)))


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
        use_linear_deduplication()
        for recognizer in self.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True

    def analyze(self, text: str) -> list[RecognizerResult]:
        artifacts = self.nlp_engine.process_text(text, self.language)
        results: list[RecognizerResult] = []
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
                results.append(result)
        enhanced: list[RecognizerResult] = []
        for recognizer in self.recognizers:
            own = [r for r in results if r.recognition_metadata[ID_KEY] == recognizer.id]
            if not own or not _has_own_context_step(recognizer):
                enhanced.extend(own)
                continue
            others = [r for r in results if r.recognition_metadata[ID_KEY] != recognizer.id]
            enhanced.extend(
                recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=artifacts,
                    context=None,
                )
            )
        enhanced = self.enhancer.enhance_using_context(text, enhanced, artifacts, self.recognizers)
        return remove_duplicates(enhanced)

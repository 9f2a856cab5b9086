"""The lean analysis must give exactly Presidio's results, only faster on long texts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from benchmarks.corpus import load_corpus
from gateway.engine.analysis import (
    PRESIDIO_REMOVE_DUPLICATES,
    Analysis,
    FastLemmaContextEnhancer,
    remove_duplicates,
)
from gateway.engine.nlp import LANGUAGE, build_nlp_engine, context_enhancer
from recognizers import default_recognizers

Key = tuple[str, int, int, float]


def _keys(results: list[RecognizerResult]) -> set[Key]:
    return {(r.entity_type, r.start, r.end, round(r.score, 6)) for r in results}


@pytest.fixture(scope="module")
def nlp_engine() -> NlpEngine:
    return build_nlp_engine()


def _plain_presidio(nlp_engine: NlpEngine, recognizers: list[EntityRecognizer]) -> AnalyzerEngine:
    """Presidio's own AnalyzerEngine with our context window: the reference for equivalence."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=LemmaContextAwareEnhancer(
            context_prefix_count=5, context_suffix_count=2
        ),
    )


def test_same_results_as_presidio_on_the_whole_corpus(nlp_engine: NlpEngine) -> None:
    def recognizers() -> list:  # type: ignore[type-arg]
        return [
            *default_recognizers(),
            SpacyRecognizer(supported_language=LANGUAGE, supported_entities=["PERSON", "ADDRESS"]),
        ]

    presidio = _plain_presidio(nlp_engine, recognizers())
    ours = Analysis(nlp_engine, recognizers(), context_enhancer(), LANGUAGE)
    prompts = load_corpus()
    assert len(prompts) >= 300
    for prompt in prompts:
        expected = _keys(presidio.analyze(prompt.text, language=LANGUAGE))
        assert _keys(ours.analyze(prompt.text)) == expected, prompt.id


def _result(kind: str, start: int, end: int, score: float) -> RecognizerResult:
    return RecognizerResult(kind, start, end, score)


@pytest.mark.parametrize(
    "results",
    [
        [_result("A", 0, 10, 0.5), _result("A", 2, 5, 0.4), _result("A", 2, 5, 0.9)],
        [_result("A", 0, 10, 0.5), _result("B", 2, 5, 0.4), _result("A", 0, 10, 0.5)],
        [_result("A", 0, 5, 0.5), _result("A", 3, 8, 0.5), _result("A", 3, 5, 0.0)],
        [_result("A", 0, 5, 0.7), _result("A", 0, 5, 0.6), _result("A", 0, 4, 0.7)],
        [_result("A", i, i + 3, 0.1 * (i % 9 + 1)) for i in range(0, 40, 2)]
        + [_result("A", 0, 40, 0.45)],
    ],
)
def test_remove_duplicates_matches_presidio(results: list[RecognizerResult]) -> None:
    assert _keys(remove_duplicates(results)) == _keys(PRESIDIO_REMOVE_DUPLICATES(results))


def test_many_findings_stay_linear(nlp_engine: NlpEngine) -> None:
    recognizer = PatternRecognizer(
        supported_entity="X",
        supported_language=LANGUAGE,
        patterns=[Pattern("x", r"\bx\d+\b", 0.3)],
        context=["sleutel"],
    )
    analysis = Analysis(nlp_engine, [recognizer], context_enhancer(), LANGUAGE)

    def seconds(count: int) -> float:
        text = " ".join(f"sleutel x{i}" for i in range(count))
        started = time.perf_counter()
        found = analysis.analyze(text)
        assert len(found) == count
        assert all(r.score >= 0.4 for r in found)  # context raised every score
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(8_000)
    # Quadratic behaviour would make 4x the input cost ~16x; allow generous noise.
    assert large < small * 8 + 0.5, (small, large)


def test_corpus_file_is_present() -> None:
    assert Path(__file__).resolve().parents[1].joinpath("corpus", "corpus.jsonl").exists()


def test_remove_duplicates_matches_presidio_on_random_results() -> None:
    import random

    generator = random.Random(20261123)
    for _ in range(300):
        results = [
            _result(
                generator.choice("AB"),
                start := generator.randrange(0, 30),
                start + generator.randrange(1, 12),
                generator.choice([0.0, 0.3, 0.5, 0.5, 0.85, 1.0]),
            )
            for _ in range(generator.randrange(1, 25))
        ]
        assert _keys(remove_duplicates(results)) == _keys(PRESIDIO_REMOVE_DUPLICATES(results))


def test_doc_keywords_equal_presidio_keywords(nlp_engine: NlpEngine) -> None:
    from presidio_analyzer.nlp_engine import NlpArtifacts

    for prompt in load_corpus()[:200]:
        artifacts = nlp_engine.process_text(prompt.text, LANGUAGE)
        expected = NlpArtifacts.set_keywords(nlp_engine, artifacts.lemmas, LANGUAGE)
        assert artifacts.keywords == expected, prompt.id


def test_doc_context_tokens_equal_the_presidio_lists(nlp_engine: NlpEngine) -> None:
    """The enhancer reads lemmas and keywords from the Doc's arrays, token by token (by lemma id
    where that is exact); they must be exactly what Presidio's NlpArtifacts lists say."""
    from gateway.engine.artifacts import ContextTokens, DocContextTokens

    split_keyword = "Om 12:30 uur: Be -PRON- be BE, 1:2 en a:b."
    texts = [prompt.text for prompt in load_corpus()] + ["", "geen dubbele punt", split_keyword]
    for text in texts:
        artifacts = nlp_engine.process_text(text, LANGUAGE)
        from_lists = ContextTokens(artifacts)
        from_doc = DocContextTokens(artifacts.tokens, text)
        assert from_doc.ends == from_lists.ends
        indices = range(len(from_lists.ends))
        assert [from_doc.lemma(i) for i in indices] == [from_lists.lemma(i) for i in indices]
        assert [from_doc.is_keyword(i) for i in indices] == [
            from_lists.is_keyword(i) for i in indices
        ], text[:40]
        # The enhancer walks the keyword positions (a vectorised test over all lemma ids).
        expected_positions = [i for i in indices if from_lists.is_keyword(i)]
        assert from_doc.keyword_positions == expected_positions, text[:40]
        assert from_lists.keyword_positions == expected_positions
    # Both ways of testing keywords were taken: by id only, by id and split pieces.
    for text, pieces in ((split_keyword, {"12", "30", "1", "2"}), (texts[-2], set())):
        tokens = DocContextTokens(nlp_engine.process_text(text, LANGUAGE).tokens, text)
        assert tokens._keyword_ids is not None and len(tokens._keyword_ids) > 0
        assert tokens._keywords == pieces


@pytest.mark.parametrize("mode", ["substring", "whole_word"])
def test_supportive_word_matches_presidio(mode: str) -> None:
    import random

    generator = random.Random(mode)
    vocabulary = ["mail", "gmail.com", "bsn", "bsn-nummer", "tel", "Telefoon", "", "x"]
    # The words are joined with NUL for one search: a NUL on either side must change nothing.
    vocabulary += ["ma", "il", "ma\x00il", "\x00", "x\x00"]
    enhancer = FastLemmaContextEnhancer(context_matching_mode=mode)
    for _ in range(2000):
        words = [w.lower() for w in generator.sample(vocabulary, generator.randrange(0, 5))]
        context = generator.sample(vocabulary, generator.randrange(0, 5))
        expected = LemmaContextAwareEnhancer._find_supportive_word_in_context(words, context, mode)
        assert enhancer._supportive_word(words, context) == expected, (words, context)


def test_findings_in_one_token_share_their_context_as_in_presidio(nlp_engine: NlpEngine) -> None:
    """Two findings starting in the same token reuse one context lookup; scores must still be
    Presidio's, also for a finding too far from the context word."""

    def recognizer() -> PatternRecognizer:
        return PatternRecognizer(
            supported_entity="X",
            supported_language=LANGUAGE,
            patterns=[Pattern("x", r"x\d+", 0.3), Pattern("x1", r"x1", 0.2)],
            context=["sleutel"],
        )

    text = "de sleutel x123 en daarna volgen zeven lange woorden zonder enige betekenis x1"
    presidio = _plain_presidio(nlp_engine, [recognizer()])
    ours = Analysis(nlp_engine, [recognizer()], context_enhancer(), LANGUAGE).analyze(text)
    expected = _keys(presidio.analyze(text, language=LANGUAGE))
    assert _keys(ours) == expected
    assert {(start, round(score, 2)) for _, start, _, score in expected} == {(11, 0.65), (76, 0.3)}


def test_duplicates_dropped_by_key_give_the_set_order() -> None:
    """Duplicates are dropped by key, not by Presidio's hash, unless kept results tie: the
    same results (the first of equal ones) in the same order as with ``set``, also for
    several types with ties and for integer scores."""
    import random

    from gateway.engine.analysis import _kept

    generator = random.Random(5)
    for _ in range(2000):
        types = generator.choice(["A", "AB", "ABC"])
        scores = [0.0, 0.3, 0.5, 0.85, 1.0] + ([1, 0] if generator.random() < 0.1 else [])
        results = [
            _result(
                generator.choice(types),
                start := generator.randrange(0, 15),
                start + generator.randrange(1, 6),
                generator.choice(scores),
            )
            for _ in range(generator.randrange(2, 20))
        ]
        expected = [id(r) for r in _kept(set(results))]
        assert [id(r) for r in remove_duplicates(results)] == expected


def test_entities_are_mapped_as_presidio_maps_them(nlp_engine: NlpEngine) -> None:
    """The engine reads the Doc's entities once; the result must be Presidio's: ignored labels
    dropped, labels mapped, low-score labels scaled, an unmapped label kept (with a warning)."""
    from presidio_analyzer.nlp_engine import NerModelConfiguration
    from spacy.tokens import Span

    from gateway.engine.nlp import DutchSpacyNlpEngine

    nlp = nlp_engine.nlp[LANGUAGE]  # type: ignore[attr-defined]
    text = "Jan de Vries woont in Leiden op de Kerkstraat 12 bij Acme en Piet."
    labelled = [(0, 3, "PER"), (5, 6, "LOC"), (8, 11, "ADDRESS"), (12, 13, "ORG"), (14, 15, "X")]
    configurations = [
        NerModelConfiguration(
            model_to_presidio_entity_mapping={"PER": "PERSON", "ADDRESS": "ADDRESS", "X": "X"},
            labels_to_ignore=["LOC", "ORG"],
            low_score_entity_names=["ADDRESS"],
        ),
        NerModelConfiguration(  # "X" and "ORG" unmapped: Presidio's own path
            model_to_presidio_entity_mapping={"PER": "PERSON", "ADDRESS": "ADDR"},
            labels_to_ignore=["LOC", "ADDR"],
        ),
    ]
    for configuration in configurations:
        engine = DutchSpacyNlpEngine(ner_model_configuration=configuration)
        found = []
        for method in ("ours", "presidio"):
            doc = nlp.make_doc(text)
            doc.ents = [Span(doc, start, end, label) for start, end, label in labelled]
            if method == "ours":
                entities, scores = engine._mapped_entities(doc)
            else:
                entities, scores = engine._get_updated_entities(
                    engine._get_entities(doc), engine._get_scores_for_entities(doc)
                )
            found.append(
                [(e.start, e.end, e.label_, s) for e, s in zip(entities, scores, strict=True)]
            )
        assert found[0] == found[1]
        assert found[0]

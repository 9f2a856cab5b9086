"""Presidio NLP engine and analyzer construction around the Dutch pipeline in ``nl_models/``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    NlpEngine,
    SpacyNlpEngine,
)
from spacy.tokens import Doc

from gateway.engine.analysis import FastLemmaContextEnhancer
from gateway.engine.artifacts import DocArtifacts

LANGUAGE = "nl"
BUNDLED_PIPELINE = Path(__file__).resolve().parents[2] / "nl_models" / "pipeline"

# spaCy label -> Presidio entity. Covers our own pipeline and the public nl_core_news_* models.
LABEL_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "ADDRESS": "ADDRESS"}


class DutchSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, producing ``DocArtifacts``: per-token lists only on demand.

    Their keywords come from the Doc's own token flags: Presidio looks every lemma up in the
    spaCy vocabulary again (creating a lexeme for each unseen word, so the vocabulary grows with
    every prompt), while the tokens already carry is_stop and is_punct. Same keywords for
    pipelines whose lemma is the lower-cased token (ours); with a full model the stop-word test
    is on the token instead of its lemma.
    """

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return DocArtifacts(doc, entities, scores, nlp_engine=self, language=language)


def build_nlp_engine(model: str | Path = BUNDLED_PIPELINE) -> NlpEngine:
    """Load a spaCy pipeline by path or installed package name; never downloads anything."""
    import spacy

    import nl_models  # noqa: F401  registers the custom pipeline components before loading

    name = str(model)
    if not (Path(name).exists() or spacy.util.is_package(name)):
        raise FileNotFoundError(
            f"spaCy-model {name!r} niet gevonden (geen pad en geen geïnstalleerd pakket); "
            "AI-poort downloadt nooit modellen"
        )
    engine = DutchSpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": name}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=LABEL_MAPPING,
            labels_to_ignore=["O", "LOC", "GPE", "ORG", "MISC", "NORP", "FAC", "DATE", "CARDINAL"],
        ),
    )
    engine.load()
    return engine


def build_analyzer(
    recognizers: Iterable[EntityRecognizer], nlp_engine: NlpEngine | None = None
) -> AnalyzerEngine:
    """An AnalyzerEngine with exactly these recognizers (none of Presidio's predefined ones:
    they are English-centric and some of them reach out to the network)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine or build_nlp_engine(),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=context_enhancer(),
    )


def context_enhancer() -> FastLemmaContextEnhancer:
    # Dutch puts context after a value too ("GBXL12 stond geparkeerd"): look both ways.
    return FastLemmaContextEnhancer(context_prefix_count=5, context_suffix_count=2)

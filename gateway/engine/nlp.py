"""Presidio NLP engine and analyzer construction around the Dutch pipeline in ``nl_models/``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import cast

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    NlpEngine,
    SpacyNlpEngine,
)
from spacy.tokens import Doc, Span

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
        entities, scores = self._mapped_entities(doc)
        return DocArtifacts(doc, entities, scores, nlp_engine=self, language=language)

    def _mapped_entities(self, doc: Doc) -> tuple[list[Span], list[float]]:
        """Presidio's ``_get_updated_entities`` of the Doc's entities with the default score:
        ignored labels dropped, labels mapped, low-score labels scaled. It reads ``doc.ents``
        once and each label once; an unmapped label goes to Presidio's version (which warns)."""
        config = self.ner_model_configuration
        ignored = config.labels_to_ignore or ()
        mapping = config.model_to_presidio_entity_mapping or {}
        low_score = config.low_score_entity_names or ()
        ents = doc.ents
        labels = [ent.label_ for ent in ents]
        if any(label not in ignored and label not in mapping for label in labels):
            return self._get_updated_entities(list(ents), self._get_scores_for_entities(doc))
        entities: list[Span] = []
        scores: list[float] = []
        for ent, label in zip(ents, labels, strict=True):
            if label in ignored:
                continue
            mapped = mapping[label]
            if mapped != label:
                ent.label_ = mapped
            if mapped in ignored:
                continue
            # Optional in Presidio's model, as its own arithmetic here assumes both are set.
            score = cast(float, config.default_score)
            if mapped in low_score:
                score *= cast(float, config.low_confidence_score_multiplier)
            entities.append(ent)
            scores.append(score)
        return entities, scores


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

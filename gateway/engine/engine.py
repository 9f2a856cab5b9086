"""The screening engine: text (+ the AI service it goes to) -> allow / redact / block.

Pipeline, each step a small pure function: normalise -> analyse (Presidio with the Dutch
recognizers and the nl_models pipeline) -> map offsets back -> drop admin allow-terms -> bind
health/criminal/special-category findings to a person -> resolve overlaps -> decide with the
service's policy -> redact.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from gateway.config.loader import GatewayConfig
from gateway.config.policy import Policy
from gateway.engine.allow_terms import AllowTerms
from gateway.engine.analysis import Analysis
from gateway.engine.decide import decide, resolve_overlaps
from gateway.engine.nlp import BUNDLED_PIPELINE, LANGUAGE, build_nlp_engine, context_enhancer
from gateway.engine.normalize import normalize
from gateway.engine.redact import redact
from gateway.engine.subject import link_to_subjects
from gateway.engine.types import Decision, Finding, ScanResult
from recognizers import default_recognizers
from recognizers.admin_patterns import admin_pattern_recognizers

# spaCy refuses texts over 1M characters and long texts cost memory quadratically in places;
# screen large pastes in overlapping chunks instead (an entity spanning a cut lies whole in the
# overlap of the next chunk).
CHUNK_CHARS = 100_000
CHUNK_OVERLAP = 2_000


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut if cut > 0 else end
        yield start, text[start:end]
        if end >= len(text):
            return
        start = end - CHUNK_OVERLAP


def _recognizer_name(result: RecognizerResult) -> str:
    metadata = result.recognition_metadata or {}
    return str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))


class ScreeningEngine:
    """Thread-safe after construction: scan() keeps no state between calls."""

    def __init__(self, analysis: Analysis, policy: Policy, nlp_model: str) -> None:
        self._analysis = analysis
        self.policy = policy
        self.nlp_model = nlp_model
        self._allow_terms = AllowTerms(policy.allow_terms, policy.functional_mailboxes)

    @classmethod
    def from_config(
        cls, config: GatewayConfig, previous: ScreeningEngine | None = None
    ) -> ScreeningEngine:
        """Build from validated config; reuses ``previous``'s loaded NLP pipeline when the model
        is unchanged, so a policy reload takes milliseconds instead of seconds."""
        return cls.from_policy(config.policy, previous)

    @classmethod
    def from_policy(
        cls, policy: Policy, previous: ScreeningEngine | None = None
    ) -> ScreeningEngine:
        model = policy.nlp_model or str(BUNDLED_PIPELINE)
        nlp_engine: NlpEngine
        if previous is not None and previous.nlp_model == model:
            nlp_engine = previous._analysis.nlp_engine
        else:
            nlp_engine = build_nlp_engine(model)
        recognizers = [
            *default_recognizers(),
            SpacyRecognizer(supported_language=LANGUAGE, supported_entities=["PERSON", "ADDRESS"]),
            *admin_pattern_recognizers(policy.extra_patterns),
        ]
        return cls(Analysis(nlp_engine, recognizers, context_enhancer(), LANGUAGE), policy, model)

    def analyze(self, text: str) -> list[Finding]:
        """All findings (any score), offsets in ``text``, before policy is applied."""
        normalized = normalize(text)
        findings: set[Finding] = set()
        for offset, chunk in _chunks(normalized.text):
            for result in self._analysis.analyze(chunk):
                start, end = normalized.to_original(offset + result.start, offset + result.end)
                if end > start:
                    findings.add(
                        Finding(
                            result.entity_type, start, end, result.score, _recognizer_name(result)
                        )
                    )
        kept = self._allow_terms.drop_allowed(
            text, sorted(findings, key=lambda f: (f.start, f.end))
        )
        return link_to_subjects(text, kept)

    def scan(self, text: str, service: str | None = None) -> ScanResult:
        started = time.perf_counter()
        rules = self.policy.rules_for(service)
        findings = resolve_overlaps(self.analyze(text), rules)
        verdict = decide(findings, rules)
        redacted: str | None = None
        mapping: dict[str, str] = {}
        if verdict.decision is Decision.REDACT:
            redacted, mapping = redact(text, verdict.to_redact)
        return ScanResult(
            decision=verdict.decision,
            findings=verdict.findings,
            redacted=redacted,
            reasons=verdict.reasons,
            policy_rule=f"service:{service}" if service in self.policy.services else "default",
            mapping=mapping,
            screening_ms=(time.perf_counter() - started) * 1000,
        )


def load_engine(config_dir: Path) -> ScreeningEngine:
    from gateway.config.loader import load_config

    return ScreeningEngine.from_config(load_config(config_dir))

"""SpecialCategoryRecognizer: religion, origin, sexuality and gender identity, political opinion,
union membership, biometric and genetic data; nationality and mere mentions do not fire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from gateway.engine.nlp import build_analyzer
from recognizers.special_category import SpecialCategoryRecognizer

THRESHOLD = 0.5
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "corpus.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([SpecialCategoryRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[str]:
    results = analyzer.analyze(text, language="nl")
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= THRESHOLD
    ]


POSITIVES = [
    ("Mijn cliënt is moslim en draagt een hoofddoek.", ["moslim", "draagt een hoofddoek"]),
    ("Hij gaat elke vrijdag naar de moskee.", ["gaat elke vrijdag naar de moskee"]),
    ("De aanvrager is van Marokkaanse afkomst.", ["van Marokkaanse afkomst"]),
    ("met een Turks-Nederlandse achtergrond", ["met een Turks-Nederlandse achtergrond"]),
    ("Hij is homoseksueel.", ["homoseksueel"]),
    ("Mijn collega is lesbisch en lid van de FNV.", ["lesbisch", "lid van de FNV"]),
    ("Hij stemt op de PVV.", ["stemt op de PVV"]),
    ("Haar zoon is transgender.", ["transgender"]),
    ("We nemen vingerafdrukken af.", ["vingerafdrukken"]),
    ("De DNA-test wees het uit.", ["DNA-test"]),
    ("Ze vraagt een ruimte om te bidden tijdens de ramadan.", ["bidden tijdens de ramadan"]),
    ("The applicant is Jewish.", ["Jewish"]),
    ("Ze viert de orthodoxe Pasen.", ["orthodoxe Pasen"]),
    (
        "Hij wil de moskee op vrijdagmiddag blijven bezoeken.",
        ["de moskee op vrijdagmiddag blijven bezoeken"],
    ),
    ("Zij bezoekt elke week de synagoge.", ["bezoekt elke week de synagoge"]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_special_category_phrases(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


NEGATIVES = [
    "Hij heeft de Turkse nationaliteit.",
    "Zij heeft een juridische achtergrond.",
    "Wat doet de FNV voor ambtenaren?",
    "Zij is lid van de VVD-fractie.",
    "De VVD heeft vragen gesteld.",
    "Homo sapiens is een soort.",
    "Het rapport came out yesterday.",
    "Een orthodoxe aanpak van de begroting werkt niet.",
    "De kerk is open voor bezoekers.",
    "De vergunning voor de moskee aan de Industrieweg is verleend.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_mentions_are_not_special_category(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_gives_the_same_results_as_the_plain_pattern_recognizer() -> None:
    recognizer = SpecialCategoryRecognizer()
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    texts += [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]

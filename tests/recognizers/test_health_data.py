"""HealthDataRecognizer: minimal phrases for diagnoses, treatment, addiction, pregnancy,
disability, admission and sick leave; everyday look-alikes stay below the threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from gateway.engine.nlp import build_analyzer
from recognizers.health_data import HealthDataRecognizer

THRESHOLD = 0.5
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "corpus.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([HealthDataRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[str]:
    results = analyzer.analyze(text, language="nl")
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= THRESHOLD
    ]


POSITIVES = [
    ("Mijn cliënt heeft diabetes.", ["diabetes"]),
    ("Zijn vrouw heeft zelf beginnende Alzheimer.", ["beginnende Alzheimer"]),
    ("ontslagen na een heupoperatie", ["heupoperatie"]),
    ("de gemeente heeft zijn MS onvoldoende meegewogen", ["MS"]),
    (
        "inwoner is slechtziend (visus 0,1) en doof aan één oor",
        ["slechtziend (visus 0,1)", "doof aan één oor"],
    ),
    (
        "Hij is opgenomen in een GGZ-kliniek vanwege een psychose.",
        ["opgenomen in een GGZ-kliniek", "psychose"],
    ),
    ("sinds de amputatie van haar linkervoet", ["amputatie van haar linkervoet"]),
    ("Ze is vorige week bevallen van een zoon.", ["bevallen"]),
    ("Mijn collega is zwanger.", ["zwanger"]),
    ("Hij zit in een rolstoel.", ["zit in een rolstoel"]),
    ("Hij is ziek gemeld.", ["ziek gemeld"]),
    ("Mijn collega is al weken ziek.", ["ziek"]),
    (
        "Mijn cliënt heeft een alcoholverslaving en is verslaafd aan gokken.",
        ["alcoholverslaving", "verslaafd"],
    ),
    ("Ze volgt EMDR-therapie en gebruikt antidepressiva.", ["EMDR-therapie", "antidepressiva"]),
    ("Er is een zorgmachtiging afgegeven.", ["zorgmachtiging"]),
    (
        "Hij heeft ADHD en een lichte verstandelijke beperking.",
        ["ADHD", "verstandelijke beperking"],
    ),
    ("Zij lijdt aan endometriose.", ["lijdt aan endometriose"]),
    ("suïcidale gedachten", ["suïcidale"]),
    (
        "She was diagnosed with depression and is pregnant.",
        ["diagnosed with depression", "pregnant"],
    ),
    ("Mijn collega heeft een operatie gehad.", ["operatie"]),  # ambiguous word, boosted
    # conditions: neuromuscular, musculoskeletal, learning, with an abbreviation in brackets
    ("Hij heeft vanwege een spierziekte (ALS) zijn auto nodig.", ["spierziekte (ALS)"]),
    ("Zij heeft reumatoïde artritis en osteoporose.", ["reumatoïde artritis", "osteoporose"]),
    ("Hij heeft afasie na een herseninfarct.", ["afasie", "herseninfarct"]),
    ("een klant met een ernstige leerstoornis", ["ernstige leerstoornis"]),
    ("Hij is overleden aan ALS.", ["ALS"]),
    # sick leave and functional limitations
    ("Mijn medewerker is uitgevallen.", ["uitgevallen"]),
    (
        "Ze is uitgevallen met een hernia en kan niet langer dan 20 minuten zitten.",
        ["hernia", "kan niet langer dan 20 minuten zitten"],
    ),
    ("Hij kan niet meer zelfstandig lopen.", ["kan niet meer zelfstandig lopen"]),
    ("Zij kan niet meer dan 5 kilo tillen.", ["kan niet meer dan 5 kilo tillen"]),
    # English
    (
        "She has severe arthritis in both knees and can no longer climb the stairs.",
        ["severe arthritis in both knees", "can no longer climb the stairs"],
    ),
    (
        "Our son was diagnosed with dyslexia and a mild hearing impairment.",
        ["diagnosed with dyslexia", "mild hearing impairment"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_health_phrases(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


NEGATIVES = [
    "Het is me goed bevallen, dank je.",
    "De aanvrager heeft een rolstoel aangevraagd.",  # a Wmo aid, not a diagnosis
    "MS Teams start niet op.",
    "Als het kan, bel ik morgen.",
    "De operatie van de politie is afgerond.",
    "We zijn blind gevaren op het advies.",
    "Ik heb de ergotherapie-afspraak ingepland.",
    "Het GGZ-aanbod in de regio moet beter aansluiten op beschermd wonen.",
    "Ik word doof voor al die klachtenbrieven.",
    "Hoeveel indicaties huishoudelijke hulp hadden we in 2025?",
    "Wat is ALS?",
    "ALS HET KAN, BEL DAN.",
    "De server is uitgevallen door een stroomstoring.",
    "De trein is uitgevallen.",
    "De tekst mag niet langer dan twee pagina's zijn.",
    "Het kan niet langer dan een week blijven liggen.",
    "Er is sprake van een inbreuk op het contract.",
    "De kosten kunnen niet meer dan 10 procent stijgen.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_not_health_data(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_gives_the_same_results_as_the_plain_pattern_recognizer() -> None:
    """The trigger gate is only a speed-up: on every test text and the whole corpus it must find
    exactly what PatternRecognizer's own finditer finds."""
    recognizer = HealthDataRecognizer()
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    texts += [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]

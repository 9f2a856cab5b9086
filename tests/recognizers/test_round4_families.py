"""Round four phrase families of the health, criminal and special-category recognizers: the
minimal phrase each finds, its look-alikes, and the trigger gate giving the same results as the
plain pattern recognizer on every family sentence (a missing trigger would lose matches)."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from gateway.engine.nlp import build_analyzer
from recognizers._terms import GatedTermRecognizer
from recognizers.criminal_data import CriminalDataRecognizer
from recognizers.health_data import HealthDataRecognizer
from recognizers.special_category import SpecialCategoryRecognizer
from tests.engine.family_sentences import DISCLAIMERS, MARKINGS, NEGATIVES, POSITIVES

THRESHOLD = 0.5


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer(
        [HealthDataRecognizer(), CriminalDataRecognizer(), SpecialCategoryRecognizer()]
    )


def phrases(analyzer: AnalyzerEngine, text: str) -> list[tuple[str, str]]:
    results = sorted(analyzer.analyze(text, language="nl"), key=lambda r: r.start)
    return [(r.entity_type, text[r.start : r.end]) for r in results if r.score >= THRESHOLD]


H, C, S = "HEALTH_DATA", "CRIMINAL_DATA", "SPECIAL_CATEGORY"
PHRASES = [
    # compound heads
    ("Hij heeft een oorontsteking.", [(H, "oorontsteking")]),
    ("Zij heeft het prikkelbaredarmsyndroom.", [(H, "prikkelbaredarmsyndroom")]),
    ("Hij heeft claustrofobie.", [(H, "claustrofobie")]),
    ("Zij had een myocardinfarct.", [(H, "myocardinfarct")]),
    ("Hij heeft een winterdepressie.", [(H, "winterdepressie")]),
    ("Zij heeft taaislijmziekte.", [(H, "taaislijmziekte")]),
    ("Hij krijgt ADHD-medicatie.", [(H, "ADHD-medicatie")]),
    ("Zij heeft knieklachten.", [(H, "knieklachten")]),
    ("Hij kwam terug van een spoedopname.", [(H, "spoedopname")]),
    # vocabularies
    ("Zij gebruikt metoprolol.", [(H, "metoprolol")]),
    ("Hij krijgt Medikinet.", [(H, "Medikinet")]),
    ("Zij heeft glaucoom.", [(H, "glaucoom")]),
    # frames
    ("Mijn collega is al drie maanden ziek.", [(H, "ziek")]),
    ("Hij woont sinds juni in een verpleeghuis.", [(H, "woont sinds juni in een verpleeghuis")]),
    ("Ze is aangemeld bij 113.", [(H, "aangemeld bij 113")]),
    ("We troffen hem dronken aan.", [(H, "troffen hem dronken")]),
    ("Hij eet nauwelijks.", [(H, "eet nauwelijks")]),
    ("Hij kon niet komen vanwege zijn ziekte.", [(H, "zijn ziekte")]),
    ("Hij kreeg een geldstraf.", [(C, "geldstraf")]),
    ("Zij is veroordeeld voor huisvredebreuk.", [(C, "veroordeeld voor huisvredebreuk")]),
    ("De bewoner is vorige week aangehouden.", [(C, "aangehouden")]),
    ("Hij was betrokken bij een vechtpartij.", [(C, "was betrokken bij een vechtpartij")]),
    ("Hij moet naar Halt.", [(C, "naar Halt")]),
    ("De vader heeft een contactverbod gekregen.", [(C, "contactverbod")]),
    ("Zijn rijbewijs is ingevorderd.", [(C, "rijbewijs is ingevorderd")]),
    ("Hij is meegenomen naar het politiebureau.", [(C, "meegenomen naar het politiebureau")]),
    ("Zij is mormoon.", [(S, "mormoon")]),
    ("Hij eet alleen halal.", [(S, "eet alleen halal")]),
    ("Zij houdt de sabbat.", [(S, "houdt de sabbat")]),
    ("Hij is een PVV'er.", [(S, "PVV'er")]),
    ("Zij wordt bijgestaan door de FNV.", [(S, "bijgestaan door de FNV")]),
    ("Hij is actief binnen de SP.", [(S, "actief binnen de SP")]),
    ("Zij is intersekse.", [(S, "intersekse")]),
]
LOOK_ALIKES = [
    "De ontsteking van de auto is kapot.",
    "Het systeem heeft kinderziektes.",
    "Een folder over homofobie.",
    "Het Calimerosyndroom van de raad.",
    "Het project is al drie maanden ziek.",
    "De opname van de raadsvergadering.",
    "Er zijn medicijnen over.",
    "Ik weet niet meer wat hij wilde.",
    "Hij ziet slecht in waarom dat moet.",
    "De speler kreeg een tijdstraf.",
    "De aanvraag is aangehouden.",
    "Het ticket is opgepakt door de servicedesk.",
    "Hij is meegenomen in de planning.",
    "Zij was betrokken bij de fraude-aanpak.",
    "De kantine biedt halal maaltijden.",
    "Plaats een verbodsbord.",
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_round4_phrases(
    analyzer: AnalyzerEngine, text: str, expected: list[tuple[str, str]]
) -> None:
    assert phrases(analyzer, text) == expected


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round4_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert phrases(analyzer, text) == []


@pytest.mark.parametrize(
    "recognizer_class",
    [HealthDataRecognizer, CriminalDataRecognizer, SpecialCategoryRecognizer],
)
def test_gate_matches_plain_recognizer_on_family_sentences(
    recognizer_class: type[GatedTermRecognizer],
) -> None:
    recognizer = recognizer_class()
    texts = [text for *_, text in POSITIVES + NEGATIVES] + list(DISCLAIMERS + MARKINGS)
    texts += [text for text, _ in PHRASES] + LOOK_ALIKES
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]

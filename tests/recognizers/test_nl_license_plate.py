"""NlLicensePlateRecognizer: all 14 sidecodes, context-only forms, and codes that look alike."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from gateway.engine.nlp import build_analyzer
from recognizers.nl_license_plate import SIDECODES, NlLicensePlateRecognizer

THRESHOLD = 0.5

# One realistic plate per sidecode, in the order of SIDECODES (current letters only).
PLATE_PER_SIDECODE = (
    "PH-12-34",
    "12-34-NB",
    "45-GH-67",
    "GD-12-LK",
    "GB-XL-12",
    "69-LH-BT",
    "52-HKT-7",
    "3-TRL-45",
    "GF-123-H",
    "N-001-SB",
    "GBZ-56-R",
    "K-12-BDF",
    "1-KB-234",
    "123-HX-4",
)

POSITIVES = [
    *((f"De melding gaat over {plate} bij het stadhuis.", plate) for plate in PLATE_PER_SIDECODE),
    ("Kenteken: GB-XL-12", "GB-XL-12"),
    # Without hyphens only with a context word before it.
    ("Het kenteken GBXL12 is gisteren gesignaleerd.", "GBXL12"),
    ("De auto 52HKT7 stond op de stoep.", "52HKT7"),
    ("Geparkeerd voertuig N001SB zonder vergunning", "N001SB"),
    ("Scooter met nummerbord D123BB aangetroffen", "D123BB"),
    # Old or special letters (vowels, AA royal house) only with context.
    ("Kenteken van de oldtimer: 12-AB-34", "12-AB-34"),
    ("De RDW registreerde AA-12-34 op de koninklijke familie.", "AA-12-34"),
]

NEGATIVES = [
    "We voldoen aan ISO-27001 en NEN-7510.",
    "Sinds COVID-19 werken we hybride.",
    "Een B-52 vloog over.",
    "Zie bijlage A-12-BC voor het schema.",
    "Het bezoekadres is 2271 AB Voorburg.",
    "Postcode 2271AB, auto's parkeren achter.",
    "De vergadering begint om 12:30 uur.",
    "Gebruik versie 1.2.3 of v2-10-3.",
    "Bestelnummer GBXL12 is verzonden.",
    "Artikelcode 52HKT7 in de catalogus",
    "Zie tabel 12-AB-34 in de bijlage.",
    "Vluchtnummer MH-17 en toestel F-35.",
    "Kenmerk GB-XL-12-B2 uit het zaaksysteem",
    "De kleine letters gb-xl-12 zijn geen kenteken.",
    "Op 12-03-2024 is het besluit genomen.",
    "Windows-10 en SARS-CoV-2 zijn geen kentekens.",
]


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([NlLicensePlateRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[tuple[str, int, int]]:
    results = analyzer.analyze(text, language="nl")
    return sorted((r.entity_type, r.start, r.end) for r in results if r.score >= THRESHOLD)


def test_one_example_per_sidecode() -> None:
    shapes = tuple(
        "-".join("X" * len(g) if g.isalpha() else "9" * len(g) for g in p.split("-"))
        for p in PLATE_PER_SIDECODE
    )
    assert shapes == SIDECODES


@pytest.mark.parametrize(("text", "plate"), POSITIVES)
def test_finds_plate(analyzer: AnalyzerEngine, text: str, plate: str) -> None:
    start = text.index(plate)
    assert spans(analyzer, text) == [("NL_LICENSE_PLATE", start, start + len(plate))]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_bare_plate_without_hyphens_scores_below_threshold(analyzer: AnalyzerEngine) -> None:
    [result] = analyzer.analyze("Code GBXL12", language="nl")
    assert 0 < result.score < THRESHOLD


def test_finds_several_plates(analyzer: AnalyzerEngine) -> None:
    text = "Botsing tussen GB-XL-12 en K-12-BDF op de rotonde."
    found = [text[start:end] for _, start, end in spans(analyzer, text)]
    assert found == ["GB-XL-12", "K-12-BDF"]


def test_bare_plate_in_a_list_of_hyphenated_plates(analyzer: AnalyzerEngine) -> None:
    text = "Bonnen vannacht:\n00:12 Keizersgracht 71-HX-KN\n00:40 Prinsengracht TZ482G"
    found = [text[start:end] for _, start, end in spans(analyzer, text)]
    assert found == ["71-HX-KN", "TZ482G"]


@pytest.mark.parametrize(
    "text",
    [
        "De maat is GBXL12 en de code NJ581F",
        f"Bon 71-HX-KN.{' Verder niets.' * 20} Artikelcode TZ482G",  # too far apart
    ],
)
def test_bare_plate_without_a_nearby_plate_stays_weak(text: str) -> None:
    recognizer = NlLicensePlateRecognizer()
    scores = {
        text[r.start : r.end]: r.score for r in recognizer.analyze(text, ["NL_LICENSE_PLATE"])
    }
    bare = {plate: score for plate, score in scores.items() if "-" not in plate}
    assert bare and all(score < THRESHOLD for score in bare.values())

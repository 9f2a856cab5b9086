"""NlPostcodeRecognizer: official and sloppy notations, and numbers followed by ordinary words."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from gateway.engine.nlp import build_analyzer
from recognizers.nl_postcode import NlPostcodeRecognizer

THRESHOLD = 0.5


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([NlPostcodeRecognizer()])


def findings(analyzer: AnalyzerEngine, text: str) -> list[RecognizerResult]:
    return [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "NL_POSTCODE"]


def reported(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in findings(analyzer, text) if r.score >= THRESHOLD)


POSITIVES = [
    ("Kerkstraat 12, 2271 AB Voorburg", "2271 AB"),
    ("2271AB", "2271AB"),
    ("Amsterdam 1012JS", "1012JS"),
    ("Postcode: 2271 ab", "2271 ab"),
    ("postcode 2271ab", "2271ab"),
    ("Hij woont op 9999 zz in Groningen", "9999 zz"),
    ("Adres: Dorpsweg 3, 1234 Ab Ergens", "1234 Ab"),
    ("mevrouw, wonende te 3511 lx Utrecht", "3511 lx"),
    ("POSTCODE: 1011 AC", "1011 AC"),
    ("Brief naar NL-2271 AB Voorburg", "2271 AB"),
    ("(2595 BE)", "2595 BE"),
    ("Postcode 2024 EN", "2024 EN"),  # ambiguous, but the context settles it
    ("Verhuisd naar 1000 KM Amsterdam, postcode gecontroleerd", "1000 KM"),
    ("Zip code 7511 JM, Enschede", "7511 JM"),
    ("Laan 5\n2515 XP Den Haag", "2515 XP"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_reports_postcode_with_exact_span(
    analyzer: AnalyzerEngine, text: str, expected: str
) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


NEGATIVES = [
    "In 2024 EN 2025 zijn de kosten gestegen",
    "in 2024 en 2025",
    "Het adres is in 2024 en 2025 niet gewijzigd",  # context nearby, but "en" is a word
    "We reden 1000 KM door Frankrijk",
    "We reden 1000 km",
    "Het project startte in 2019 te Delft",
    "1234 SA Amsterdam",  # SA, SD and SS are never issued
    "1234 SD",
    "1234 SS",
    "0123 AB",  # first digit is never 0
    "12345 AB",
    "2271 ABC",
    "A2271 AB",
    "€ 1.2271 AB",
    "Rond 1500 BC bouwde men",
    "Rapport 2023 nl versie",
    "Schermresolutie 1080 HD",
    "het jaar 1985 was droog",
    "om 1030 am vertrokken",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_report_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


def test_lower_case_needs_context(analyzer: AnalyzerEngine) -> None:
    (bare,) = findings(analyzer, "zie 2271 ab")
    assert bare.score < THRESHOLD
    (with_context,) = findings(analyzer, "postcode 2271 ab")
    assert with_context.score >= THRESHOLD


def test_upper_case_needs_no_context(analyzer: AnalyzerEngine) -> None:
    (bare,) = findings(analyzer, "zie 2271 AB")
    assert bare.score >= THRESHOLD


def test_unit_like_letters_need_context(analyzer: AnalyzerEngine) -> None:
    (bare,) = findings(analyzer, "zie 1234 KM")
    assert bare.score < THRESHOLD


def test_finds_several_postcodes(analyzer: AnalyzerEngine) -> None:
    text = "Van 2271 AB naar 3511LX en terug"
    assert reported(analyzer, text) == [(4, 11), (text.index("3511LX"), text.index("3511LX") + 6)]


# Letter pairs that are also words ("AN", "AL", "NA", "KG") score low on their own; an address
# right before the postcode or a place name right after it settles the question.
ADDRESS_POSITION = [
    ("Lindelaan 14, 3941 AN Doorn", "3941 AN"),
    ("Molenweg 3a, 7071 AL graag per post", "7071 AL"),
    ("Dorpsstraat 9-C, 2461 KG stuurt u de brief", "2461 KG"),
    ("Burgemeester de Withstraat 4 bis, 1251 NA", "1251 NA"),
    ("Stationsweg 81\n4811 AT Breda", "4811 AT"),
    ("verhuisd naar Kloosterweg 145b (3022 DE), graag", "3022 DE"),
    ("De brief ging naar 6721 AN Bennekom", "6721 AN"),
]


@pytest.mark.parametrize(("text", "postcode"), ADDRESS_POSITION)
def test_word_like_letters_count_in_address_position(
    analyzer: AnalyzerEngine, text: str, postcode: str
) -> None:
    start = text.index(postcode)
    assert reported(analyzer, text) == [(start, start + len(postcode))]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 EN 2025 groeide het budget",
        "TOTAAL 1000 KM NAAR PARIJS",
        "Van 2019 TO 2023 en verder",
        "Hoofdstuk 3 van 2024 EN nu",
        "Het budget (2024 EN 2025) groeit",
    ],
)
def test_word_like_letters_outside_address_position_stay_unreported(
    analyzer: AnalyzerEngine, text: str
) -> None:
    assert reported(analyzer, text) == []

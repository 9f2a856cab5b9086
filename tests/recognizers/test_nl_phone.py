"""NlPhoneRecognizer: Dutch and international notations, and numbers that only look like one."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from gateway.engine.nlp import build_analyzer
from recognizers.nl_phone import NlPhoneRecognizer

THRESHOLD = 0.5


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([NlPhoneRecognizer()])


def findings(analyzer: AnalyzerEngine, text: str) -> list[RecognizerResult]:
    return [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "PHONE_NUMBER"]


def reported(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in findings(analyzer, text) if r.score >= THRESHOLD)


POSITIVES = [
    ("Bel me op 06-12345678.", "06-12345678"),
    ("mobiel: 06 1234 5678", "06 1234 5678"),
    ("0612345678", "0612345678"),
    ("06 12 34 56 78", "06 12 34 56 78"),
    ("06 - 123 456 78 (na 17 uur)", "06 - 123 456 78"),
    ("Telefoon +31 6 12345678", "+31 6 12345678"),
    ("+31 (0)6-12345678", "+31 (0)6-12345678"),
    ("+31612345678", "+31612345678"),
    ("bereikbaar op 0031 6 12345678", "0031 6 12345678"),
    ("Tel.: 070-1234567", "070-1234567"),
    ("Rotterdam: 010 123 45 67", "010 123 45 67"),
    ("(070) 123 45 67", "(070) 123 45 67"),
    ("gratis via 0800-1234", "0800-1234"),
    ("servicenummer 0900-1234567", "0900-1234567"),
    ("Brussel +32 2 555 12 12", "+32 2 555 12 12"),
    ("Berlin +49 30 12345678", "+49 30 12345678"),
    ("Istanbul +90 212 555 1234", "+90 212 555 1234"),
    ("Casablanca +212 6 12 34 56 78", "+212 6 12 34 56 78"),
    ("London +44 20 7946 0958", "+44 20 7946 0958"),
    ("Call +1 202 555 0123 today", "+1 202 555 0123"),
    # mobile ranges the numbering plan has not assigned (06-0, 06-7, 06-9): still a mobile
    ("bereikbaar 06-72910345", "06-72910345"),
    ("app me even op 06 9123 4567", "06 9123 4567"),
    ("mobiel +31 6 01234567", "+31 6 01234567"),
    ("0031 6 70 12 34 56 na vijven", "0031 6 70 12 34 56"),
    # written as a phone number after a word that can label a reference
    ("het nummer staat in de zaak: 06 2937 4410", "06 2937 4410"),
    ("klant: 06-29374410 (belt terug)", "06-29374410"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_reports_phone_number_with_exact_span(
    analyzer: AnalyzerEngine, text: str, expected: str
) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


NEGATIVES = [
    "BSN 123456782",
    "BSN 1234.56.782",
    "612345678",  # no trunk or international prefix
    "IBAN NL91 ABNA 0417 1643 00",
    "IBAN NL02 RABO 0312 3456 78",
    "NL02RABO0312345678",
    "datum 01-03-2024 om 10:30",
    "op 2024-03-12 en 20240312",
    "12-03-1985",
    "bedrag € 1.234.567,00",
    "1.234.567,00 euro",
    "zaaknummer 0201234567",
    "factuurnr. 0612345678",
    "Z/24/0123456 en 2024-0012345",
    "06123456789",  # one digit too many
    "0612345678901",
    "06-1234567",  # one digit too few
    "order 2024-06-12345678",
    "Kenmerk: 0101234567",
    "Artikel 6:162 BW en 3:40 BW",
    "versie 0.12.3456",
    "factuurnr. 0672345678",  # an unassigned range as one run of digits after a label
    "order 2024-06-72345678",
    "067234567890",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_report_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


def test_reference_label_keeps_number_below_threshold_even_with_phone_context(
    analyzer: AnalyzerEngine,
) -> None:
    (labelled,) = findings(analyzer, "telefoon en zaaknummer: 0201234567")
    assert labelled.score < THRESHOLD


def test_finds_several_numbers(analyzer: AnalyzerEngine) -> None:
    text = "Bel 06-12345678 of 070-1234567, of mail."
    first, second = text.index("06-12345678"), text.index("070-1234567")
    assert reported(analyzer, text) == [(first, first + 11), (second, second + 11)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Dat kan via de website of bel 14 0591.", "14 0591"),
        ("Bel gerust naar 14 020 voor een afspraak.", "14 020"),
        ("telefoon: 14 010", "14 010"),
        ("Bel ons op 14-0299 of mail", "14-0299"),
    ],
)
def test_municipal_number_after_phone_cue(analyzer: AnalyzerEngine, text: str, number: str) -> None:
    start = text.index(number)
    assert reported(analyzer, text) == [(start, start + len(number))]


@pytest.mark.parametrize(
    "text",
    [
        "Binnen 14 dagen reageren, bel dan de balie",
        "Het dorp telt 14 020 inwoners, bel ons",
        "bel 14 0800 of 14 097",  # not geographic area codes
        "Bel 14 020 123 voor info",  # part of a longer number
        "In 14 020 gevallen was de melding terecht.",  # no phone cue
    ],
)
def test_municipal_number_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []

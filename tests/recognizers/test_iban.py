"""IbanRecognizer: valid IBANs of several countries in all notations; wrong check digits never."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from gateway.engine.nlp import build_analyzer
from recognizers.iban import IbanRecognizer

THRESHOLD = 0.5


def mod97_valid(iban: str) -> bool:
    """Independent ISO 7064 mod 97-10 check, to keep the test data honest."""
    compact = iban.replace(" ", "").replace("-", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


# Published example IBANs (ECBS / bank documentation).
VALID = {
    "NL": "NL91 ABNA 0417 1643 00",
    "BE": "BE31 4354 1116 1155",
    "DE": "DE89 3704 0044 0532 0130 00",
    "GB": "GB82 WEST 1234 5698 7654 32",
    "FR": "FR14 2004 1010 0505 0001 3M02 606",
    "NO": "NO93 8601 1117 947",
    "TR": "TR33 0006 1005 1978 6457 8413 26",
}
COMPACT = {country: iban.replace(" ", "") for country, iban in VALID.items()}


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([IbanRecognizer()])


def findings(analyzer: AnalyzerEngine, text: str) -> list[RecognizerResult]:
    return [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "IBAN_CODE"]


def reported(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in findings(analyzer, text) if r.score >= THRESHOLD)


def test_test_data_is_what_it_claims() -> None:
    assert all(mod97_valid(iban) for iban in VALID.values())
    assert not mod97_valid("NL91 ABNA 0417 1643 01")


POSITIVES = [
    *((f"IBAN: {iban}.", iban) for iban in VALID.values()),
    *((f"rekening {iban} graag", iban) for iban in COMPACT.values()),
    ("nl91 abna 0417 1643 00", "nl91 abna 0417 1643 00"),
    ("nl91abna0417164300, dank", "nl91abna0417164300"),
    ("NL91-ABNA-0417-1643-00", "NL91-ABNA-0417-1643-00"),
    ("Rekening BE31 4354 1116 1155 voor de huur", "BE31 4354 1116 1155"),  # "voor" is no group
    ("Huur naar BE31 4354 1116 1155 NU overmaken", "BE31 4354 1116 1155"),
    ("(NL91ABNA0417164300)", "NL91ABNA0417164300"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_reports_iban_with_exact_span(analyzer: AnalyzerEngine, text: str, expected: str) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


NEGATIVES = [
    "NL91 ABNA 0417 1643 01",  # wrong check digits
    "NL92ABNA0417164300",
    "NL91ABNA041716430",  # one character short
    "NL91ABNA04171643000",  # one character too many
    "XNL91ABNA0417164300",  # part of a longer word
    "NL91ABNA0417164300X",
    "DE89 3704 0044 0532 0130 01",
    "BE31 4354 1116 1156",
    "GB82 WEST 1234 5698 7654 33",
    "BSN 123456782 en tel 06-12345678",
    "Zaak AB12 CDEF 1234 5678 90",
    "ISO 8601 1117 947",
    "Kenmerk NL00 0000 0000 0000 00",
    "NL91 ABNA 0417 1643 00"[:-3],
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_report_invalid_or_partial(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


def test_iban_scores_high_without_context(analyzer: AnalyzerEngine) -> None:
    (result,) = findings(analyzer, "zie NL91ABNA0417164300")
    assert result.score >= 0.9


def test_finds_adjacent_ibans(analyzer: AnalyzerEngine) -> None:
    text = f"{VALID['BE']} {VALID['NL']} en {COMPACT['DE']}"
    expected = [VALID["BE"], VALID["NL"], COMPACT["DE"]]
    assert reported(analyzer, text) == [
        (text.index(iban), text.index(iban) + len(iban)) for iban in expected
    ]

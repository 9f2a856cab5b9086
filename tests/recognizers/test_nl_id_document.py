"""NlIdDocumentRecognizer: document numbers only when presented as passport / ID / licence."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from gateway.engine.nlp import build_analyzer
from recognizers.nl_id_document import NlIdDocumentRecognizer

THRESHOLD = 0.5

POSITIVES = [
    ("Mijn paspoortnummer is NXC4R1T23.", "NXC4R1T23"),
    ("Paspoort NW9K3F7T2 verloopt in 2030.", "NW9K3F7T2"),
    ("Documentnummer: SPECI2014", "SPECI2014"),
    ("ID-kaart nummer BH7RK2L45", "BH7RK2L45"),
    ("identiteitskaart: IR12K8P47", "IR12K8P47"),
    ("Kopie identiteitsbewijs, documentnummer XR1001R58", "XR1001R58"),
    ("Het paspoort van meneer heeft nummer NXC4R1T23", "NXC4R1T23"),
    ("Reisdocument XK82LP4M1 is gecontroleerd.", "XK82LP4M1"),
    ("rijbewijsnummer 5123456789", "5123456789"),
    ("Rijbewijs nr. 4012345678 afgegeven in Delft", "4012345678"),
    ("Mijn rijbewijs (nummer 5123456789) is verlopen", "5123456789"),
    ("driving licence number: 5098765432", "5098765432"),
    ("ID card number: NXC4R1T23", "NXC4R1T23"),
    # Foreign numbers when clearly introduced.
    ("passport number: C01X00T47", "C01X00T47"),
    ("Passport no. EH1234567", "EH1234567"),
    ("paspoortnummer: 123456789", "123456789"),
    ("Legitimatiebewijs: paspoort SPECI2014", "SPECI2014"),
]

NEGATIVES = [
    "SPECI2014",
    "Bestelnummer NXC4R1T23 is verzonden.",
    "Factuurnummer 5123456789",
    "Bel mij op 0612345678 over mijn rijbewijs.",
    "Paspoort: NXO4R1T23",  # the letter O is never used in Dutch document numbers
    "Wat moet ik doen als mijn paspoort verlopen is?",
    "Hoe vraag ik een nieuw rijbewijs aan?",
    "paspoortnummer: onbekend",
    "Passport number: ABCDEFGH",
    "BSN 123456782 staat in het dossier.",
    "IBAN NL91ABNA0417164300",
    "rijbewijs categorie B sinds 2010",
    "Unix-tijd 1700000000 in de logregel",
    "Kenmerk ABCDEFGH1 in de brief",
    "Artikelcode ZK4455667 uit de catalogus",
    "Paspoortfoto-eisen: 35x45 mm",
]


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([NlIdDocumentRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[tuple[str, int, int]]:
    results = analyzer.analyze(text, language="nl")
    return sorted((r.entity_type, r.start, r.end) for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize(("text", "number"), POSITIVES)
def test_finds_document_number(analyzer: AnalyzerEngine, text: str, number: str) -> None:
    start = text.index(number)
    assert spans(analyzer, text) == [("NL_ID_DOCUMENT", start, start + len(number))]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_without_document_context(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


@pytest.mark.parametrize("code", ["NXC4R1T23", "5123456789"])
def test_bare_number_is_a_weak_candidate(analyzer: AnalyzerEngine, code: str) -> None:
    """Reported (so context can lift it) but below the policy threshold on its own."""
    [result] = analyzer.analyze(f"Nummer {code}", language="nl")
    assert 0 < result.score < THRESHOLD


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Please check this passport number for the file: NH4RK7T52, thanks", "NH4RK7T52"),
        ("her residence permit card number is XR8P21LW6.", "XR8P21LW6"),
        ("Zijn verblijfsdocument heeft nummer VB7K2M9R4", "VB7K2M9R4"),
        ("Verblijfsvergunning: XB1234567", "XB1234567"),
    ],
)
def test_finds_number_a_few_words_after_label(
    analyzer: AnalyzerEngine, text: str, number: str
) -> None:
    start = text.index(number)
    assert spans(analyzer, text) == [("NL_ID_DOCUMENT", start, start + len(number))]


@pytest.mark.parametrize(
    "text",
    [
        "paspoort verlopen, zaaknummer Z2024AB123 graag checken",
        "De paspoortfoto moet 35 bij 45 mm zijn, zie formulier AB12345678",
        "Het paspoort van de aanvrager is verlopen sinds 20240101",
        "passport renewal takes about five working days in total",
    ],
)
def test_label_followed_by_other_number_is_ignored(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []

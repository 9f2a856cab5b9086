"""ConfidentialMarkerRecognizer: markings on documents, not the same words in questions or prose."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from gateway.engine.nlp import build_analyzer
from recognizers.confidential_marker import ConfidentialMarkerRecognizer

THRESHOLD = 0.5

# (text, expected span)
POSITIVES = [
    ("VERTROUWELIJK\nNotitie aan het college over de begroting", "VERTROUWELIJK"),
    ("Dit stuk is ZEER GEHEIM en gaat over de aanbesteding.", "ZEER GEHEIM"),
    ("Kop: GEHEIM - alleen voor de burgemeester", "GEHEIM"),
    ("Stg. Geheim", "Stg. Geheim"),
    ("Rubricering: Stg. Confidentieel", "Stg. Confidentieel"),
    ("Nota Departementaal Vertrouwelijk over de reorganisatie", "Departementaal Vertrouwelijk"),
    ("Kenmerk 2024-12 Dep. V", "Dep. V"),
    ("Op deze stukken is geheimhouding opgelegd door de raad.", "geheimhouding opgelegd"),
    ("De geheimhouding is opgelegd door het college.", "geheimhouding is opgelegd"),
    ("Deze stukken liggen onder geheimhouding ter inzage.", "onder geheimhouding"),
    ("Niet openbaar\nBesluitenlijst college", "Niet openbaar"),
    ("Niet voor publicatie - concept persbericht", "Niet voor publicatie"),
    ("Dit verslag is niet voor verspreiding bedoeld.", "niet voor verspreiding"),
    ("De raad heeft in besloten vergadering ingestemd.", "besloten vergadering"),
    ("Notulen van de besloten vergadering van 3 maart", "besloten vergadering"),
    ("EMBARGO tot 14:00 uur\nGemeente opent nieuw zwembad", "EMBARGO"),
    ("Dit persbericht staat onder embargo tot maandag.", "embargo"),
    ("Embargo: 1 juni 10.00 uur", "Embargo"),
    ("TLP:RED", "TLP:RED"),
    ("Dit dreigingsbeeld is TLP:AMBER+STRICT.", "TLP:AMBER+STRICT"),
    ("Label TLP:AMBER, deel alleen binnen de organisatie.", "TLP:AMBER"),
    ("Classificatie: BBN3", "BBN3"),
    ("Het zaaksysteem valt onder BBN2.", "BBN2"),
    ("Rubricering: Vertrouwelijk", "Vertrouwelijk"),
    ("Classificatie: intern vertrouwelijk", "intern vertrouwelijk"),
    ("Confidential\nQ3 results of the pilot", "Confidential"),
    ("CONFIDENTIAL - do not share", "CONFIDENTIAL"),
    ("Strictly confidential: board memo", "Strictly confidential"),
    ("For internal use only", "For internal use only"),
    ("Dit document is vertrouwelijk.", "vertrouwelijk"),
    ("Het stuk is gemerkt als geheim.", "geheim"),
    ("Pagina 2 van 5 | Vertrouwelijk", "Vertrouwelijk"),
    ("Stuur de nota (vertrouwelijk) door naar de wethouder.", "vertrouwelijk"),
    ("[GEHEIM] Kun je dit samenvatten?", "GEHEIM"),
]

NEGATIVES = [
    "Wat betekent vertrouwelijk in ons informatiebeleid?",
    "Hoe ga ik om met vertrouwelijke documenten?",
    "Schrijf een uitleg over TLP",
    "Leg het verschil uit tussen TLP:GREEN en TLP:CLEAR.",
    "Wat is het geheim van een goede speech",
    "is een besloten vergadering openbaar?",
    "Geheim van de smid: goed voorbereiden.",
    "Het Woo-besluit is niet openbaar gemaakt.",
    "De parkeergarage is niet openbaar toegankelijk.",
    "Het embargo tegen Rusland is verlengd.",
    "Wanneer wordt geheimhouding opgelegd?",
    "Classificatie: openbaar",
    "Wat is BBN2 in de BIO?",
    "Mag ik een TLP:RED stuk in ChatGPT plakken?",
    "Vertrouwelijkheid is een kernwaarde.",
    "Vertrouwelijk is een groot woord voor dit verhaal",
    "We behandelen klantgegevens vertrouwelijk en zorgvuldig.",
    "Het wapenembargo en de geheime dienst",
    "Geef tips voor het verslag van een besloten vergadering.",
]


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([ConfidentialMarkerRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[tuple[str, int, int]]:
    results = analyzer.analyze(text, language="nl")
    return sorted((r.entity_type, r.start, r.end) for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_ordinary_use(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_header_marking_counts_even_when_the_prompt_asks_a_question(
    analyzer: AnalyzerEngine,
) -> None:
    text = "VERTROUWELIJK\n\nKun je deze notitie samenvatten?"
    assert spans(analyzer, text) == [("CONFIDENTIAL_MARKER", 0, len("VERTROUWELIJK"))]


# Procurement, HR and title markings.
PROCUREMENT_HR_AND_TITLES = [
    (
        "Concurrentiegevoelig – niet delen met inschrijvers\nRaming: € 3 mln",
        "Concurrentiegevoelig",
    ),
    ("PERSONEELSVERTROUWELIJK\nConcept-brief voor de medewerker", "PERSONEELSVERTROUWELIJK"),
    ("Bedrijfsvertrouwelijk\nOfferte schoonmaak", "Bedrijfsvertrouwelijk"),
    ("Vertrouwelijk juridisch advies over de grondaankoop", "Vertrouwelijk"),
    ("Confidential memo on the reorganisation of the team", "Confidential"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Vertrouwelijke informatie moet je altijd versleutelen.",
        "Vertrouwelijk advies is ook mogelijk via de vertrouwenspersoon.",
        "Vertrouwelijk omgaan met persoonsgegevens: schrijf een tekst",
        "Hoe ga je om met concurrentiegevoelige informatie in een aanbesteding?",
        "Concurrentiegevoelig is een begrip uit het mededingingsrecht.",
        "Schrijf een memo. Vertrouwelijk advies over de grondaankoop",  # not at the start
        "Wat is vertrouwelijk advies?",
    ],
)
def test_ordinary_use_of_the_new_words_is_ignored(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


# Round 3: markings at the end of a subject line, after a subject label, as a closing sentence,
# and a closed meeting that took place. The engine turns every dash into "-", so both forms.
SUBJECT_LINES_AND_CLOSINGS = [
    ("Onderwerp: Verzuim K. Smit – vertrouwelijk\n\nHoi Jorrit,", "vertrouwelijk"),
    ("Onderwerp: Verzuim K. Smit - vertrouwelijk\n\nHoi Jorrit,", "vertrouwelijk"),
    (
        "Verslag functioneringsgesprek — Persoonsvertrouwelijk\nMedewerker: x",
        "Persoonsvertrouwelijk",
    ),
    ("Subject: RE: Confidential – absence of a colleague\n\nDear Mark,", "Confidential"),
    ("Onderwerp: Vertrouwelijk\n\nBeste collega,", "Vertrouwelijk"),
    (
        "Schrijf de opdracht voor het onderzoeksbureau. Strikt vertrouwelijk.",
        "Strikt vertrouwelijk",
    ),
    ("Maak hier een samenvatting van. GEHEIM", "GEHEIM"),
    (
        "Het college heeft in een besloten vergadering gesproken over de aankoop.",
        "besloten vergadering",
    ),
    ("Persoonlijk en vertrouwelijk\nAan de heer De Vries", "Persoonlijk en vertrouwelijk"),
    ("Status: vertrouwelijk", "vertrouwelijk"),
    ("Let op: vertrouwelijk, niet verder verspreiden.", "vertrouwelijk"),
    ("Beste collega's, onderstaande is strikt vertrouwelijk.", "strikt vertrouwelijk"),
    ("Dit overzicht is alleen voor intern gebruik.", "alleen voor intern gebruik"),
    ("Ter vertrouwelijke kennisname aan de raad", "Ter vertrouwelijke kennisname"),
]


@pytest.mark.parametrize(
    ("text", "marking"), POSITIVES + PROCUREMENT_HR_AND_TITLES + SUBJECT_LINES_AND_CLOSINGS
)
def test_finds_marking(analyzer: AnalyzerEngine, text: str, marking: str) -> None:
    start = text.index(marking)
    assert spans(analyzer, text) == [("CONFIDENTIAL_MARKER", start, start + len(marking))]


@pytest.mark.parametrize(
    "text",
    [
        "Onderwerp: vertrouwelijke informatie bij inkoop\n\nBeste collega,",
        "Onderwerp: Vertrouwelijkheid van raadsstukken\n\nBeste raad,",
        "Dat is vertrouwelijk.",
        "Is dit vertrouwelijk? Vertrouwelijk.",
        "Het recept blijft geheim voor iedereen.",
        "In een besloten vergadering kan de raad geheimhouding opleggen.",
        "Wat heeft de raad in een besloten vergadering besproken?",
        "De kosten - vertrouwelijk of niet - staan in de begroting.",
        "Status: openbaar",
        "Status: vertrouwelijk? Wat betekent dat?",
        "Let op: vertrouwelijke gegevens moet je versleutelen.",
        "Is dit alleen voor intern gebruik?",
        "Wat is het verschil tussen persoonlijk en vertrouwelijk?",
    ],
)
def test_policy_sentences_about_the_same_words_are_ignored(
    analyzer: AnalyzerEngine, text: str
) -> None:
    assert spans(analyzer, text) == []


# Pasted e-mail disclaimers, Dutch and English: every mail carries one, whatever its content.
DISCLAIMERS = [
    "Deze informatie is vertrouwelijk en alleen bestemd voor de geadresseerde. Indien u dit "
    "bericht onterecht ontvangt, verzoeken wij u het te verwijderen.",
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en is vertrouwelijk.",
    "This e-mail is confidential and intended solely for the addressee.",
    "This message is strictly confidential. If you have received it in error, please delete it.",
    "Dit bericht is VERTROUWELIJK. Bent u niet de beoogde ontvanger, meld dit dan aan de afzender.",
    "This document is for internal use only and intended only for the addressee.",
]


@pytest.mark.parametrize("text", DISCLAIMERS)
def test_mail_disclaimer_is_not_a_marking(analyzer: AnalyzerEngine, text: str) -> None:
    assert [r for r in analyzer.analyze(text, language="nl") if r.score >= THRESHOLD] == []


@pytest.mark.parametrize(
    ("text", "marking"),
    [
        # A header line counts even above a disclaimer; its own words name no addressee.
        ("VERTROUWELIJK\nDeze e-mail is alleen bestemd voor de geadresseerde.", "VERTROUWELIJK"),
        ("VERTROUWELIJK - uitsluitend voor de leden van het college", "VERTROUWELIJK"),
        # A disclaimer in another paragraph does not hide a marking in running text.
        (
            "Dit document is vertrouwelijk.\n\nDeze e-mail is bestemd voor de geadresseerde.",
            "vertrouwelijk",
        ),
    ],
)
def test_marking_near_a_disclaimer_still_counts(
    analyzer: AnalyzerEngine, text: str, marking: str
) -> None:
    found = [
        text[r.start : r.end] for r in analyzer.analyze(text, language="nl") if r.score >= THRESHOLD
    ]
    assert marking in found

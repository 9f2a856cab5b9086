"""DateOfBirthRecognizer: dates presented as a birth date; other dates are not reported."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from gateway.engine.nlp import build_analyzer
from recognizers.date_of_birth import DateOfBirthRecognizer

THRESHOLD = 0.5


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([DateOfBirthRecognizer()])


def findings(analyzer: AnalyzerEngine, text: str) -> list[RecognizerResult]:
    return [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "DATE_OF_BIRTH"]


def reported(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in findings(analyzer, text) if r.score >= THRESHOLD)


POSITIVES = [
    ("geboren op 12-03-1985", "12-03-1985"),
    ("Jan is geboren in Rotterdam op 12-03-1985.", "12-03-1985"),
    ("Geboortedatum: 12-03-1985", "12-03-1985"),
    ("geb.datum 12/3/85", "12/3/85"),
    ("Geb. datum: 1-1-1950", "1-1-1950"),
    ("J. Jansen, geb. 12.03.1985", "12.03.1985"),
    ("geb 1985-03-12 te Delft", "1985-03-12"),
    ("Geboren: 12 maart 1985", "12 maart 1985"),
    ("mw. de Vries (geb. 12 mrt. 1985)", "12 mrt. 1985"),
    ("DOB: 3 March 1985", "3 March 1985"),
    ("Date of birth: March 3, 1985", "March 3, 1985"),
    ("He was born on March 3rd, 1985 in Leeds", "March 3rd, 1985"),
    ("born 1 January 1950", "1 January 1950"),
    ("Jansen, J. (*12-03-1985)", "12-03-1985"),
    ("Jansen *12-03-1985", "12-03-1985"),
    ("Pieters ° 1 januari 1950", "1 januari 1950"),
    ("Geboortedatum | 12-03-1985", "12-03-1985"),
    ("geboren te 's-Gravenhage op 1e april 1970", "1e april 1970"),
    ("geboren 1 januari 1950, overleden op 2 februari 2020", "1 januari 1950"),
    ("geboren op 12-03-1985 en ingeschreven op 01-01-2020", "12-03-1985"),
    ("Geboren op 29-02-2000", "29-02-2000"),
    ("Geboortedatum:\n12-03-1985", "12-03-1985"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_reports_birth_date_with_exact_span(
    analyzer: AnalyzerEngine, text: str, expected: str
) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


NEGATIVES = [
    "Jan (12-3-1985)",  # a date next to a name is not enough
    "De deadline is 12-03-2026",
    "Op 12 maart 2026 is de raadsvergadering",
    "Vergadering: 2025-03-12",
    "Hij is geboren in 1985. De vergadering is op 12-03-2025",
    "geboren op 31-02-1985",  # does not exist
    "geboren op 29-02-2001",
    "geboren op 12-03-2099",  # in the future
    "geboren op 12-13-1985",
    "* 12-03-2025 vergadering",  # Markdown bullet, not a birth sign
    "**12-03-2025**",
    "Het was 21° op 12-03-2025",
    "5*12-03-1985",
    "geboren; de vergadering van 12-03-2025 gaat door",
    "Deze geboorteakte is opgemaakt. Datum: 12-03-2025",
    "Geboren en getogen in Delft, verhuisd naar Leiden, daar gestart bij de gemeente op 1-2-2010",
    "Overleden op 12-03-2020",
    "Pasgeboren\nHet college besluit op 12-03-2025",
    "geboren\nHet college besluit op 12-03-2025",
    "Geboorte van het plan: de aftrap was op 12-03-2020",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_report_other_dates(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


def test_only_the_birth_date_in_a_sentence_with_two_dates(analyzer: AnalyzerEngine) -> None:
    text = "Geboortedatum 12-03-1985, aanvraag ingediend op 01-02-2024."
    start = text.index("12-03-1985")
    assert reported(analyzer, text) == [(start, start + 10)]


@pytest.mark.parametrize(
    ("text", "birth_date"),
    [
        ("de jubilaris, die op 4 april 1931 werd geboren, viert feest", "4 april 1931"),
        ("Zoon Daan (02-11-2015 geboren te Zwolle) woont bij moeder", "02-11-2015"),
        ("She was 12 March 1948 born in Ghent", "12 March 1948"),
    ],
)
def test_birth_cue_after_the_date(analyzer: AnalyzerEngine, text: str, birth_date: str) -> None:
    start = text.index(birth_date)
    assert reported(analyzer, text) == [(start, start + len(birth_date))]


def test_names_with_dates_in_a_birthday_list(analyzer: AnalyzerEngine) -> None:
    text = "Maak een verjaardagenlijst: Sanne de Groot 14-02-1988, Pieter Bakker 03-09-1979."
    found = [text[start:end] for start, end in reported(analyzer, text)]
    assert found == ["14-02-1988", "03-09-1979"]


@pytest.mark.parametrize(
    "text",
    [
        "Op 12 mei 2024 werd het plan voor het nieuwe stadhuis besproken.",
        "Op 1 juni 2020 is de nieuwe wet geboren.",
        "Het verjaardagsfeest van de gemeente is op 12-03-2025 in de Raadszaal.",
        "Verjaardag van het team: Kick Off 12-03-2024 en Heidag 01-06-2024.",
        "Team Noord 14-02-1988 en Team Zuid 03-09-1979 speelden de finale.",
        "Hij is op 3 mei 1950 overleden, geboren was hij in Delft.",
    ],
)
def test_event_dates_near_birth_words_are_not_birth_dates(
    analyzer: AnalyzerEngine, text: str
) -> None:
    assert reported(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aanvrager: Kishan Ramsaran (14-02-1987), Bisschopsweg 112", "14-02-1987"),
        ("Cliënt: mw. Senait Tekle, 03-11-1962, woonachtig in Delft.", "03-11-1962"),
        ("Betrokkene: Mehmet Yıldız (1983-05-17)", "1983-05-17"),
        ("Dhr. Abdirahman Warsame, 54 jaar (12-03-1971), zoekt werk.", "12-03-1971"),
        ("Klant (leeftijd 41, 17 september 1984) volgt een traject.", "17 september 1984"),
        ("chandra bissessar * 18-10-1975", "18-10-1975"),
        ("gesprek met dhr de Graaf (geb 2-3-'48) over zijn rolstoel", "2-3-'48"),
    ],
)
def test_reports_birth_date_framed_without_a_cue_word(
    analyzer: AnalyzerEngine, text: str, expected: str
) -> None:
    start = text.index(expected)
    assert reported(analyzer, text) == [(start, start + len(expected))]


def test_reports_dates_in_a_birth_date_column() -> None:
    text = (
        "naam;geb.datum;school;start\n"
        "Amira El Idrissi;02-09-2014;De Regenboog;01-09-2020\n"
        "Yassine El Idrissi;19-01-2017;De Regenboog;01-09-2023\n"
    )
    analyzer = build_analyzer([DateOfBirthRecognizer()])
    expected = [text.index("02-09-2014"), text.index("19-01-2017")]
    assert [start for start, _ in reported(analyzer, text)] == expected


def test_reports_dates_in_a_markdown_dob_column(analyzer: AnalyzerEngine) -> None:
    text = (
        "| Client | D.O.B. | Start |\n|---|---|---|\n| Farid Ahmadzai | 01-01-1990 | 2025-09-01 |\n"
    )
    start = text.index("01-01-1990")
    assert reported(analyzer, text) == [(start, start + 10)]


@pytest.mark.parametrize(
    "text",
    [
        "Hoe zit het met medewerkers geboren na 1 januari 1960 in onze cao?",
        "De regeling geldt voor wie geboren is tussen 1-1-1950 en 31-12-1955.",
        "Overleg met Jan de Vries (12-03-2026) over de planning.",
        "Besluit van het college, 12-03-2026, over de speeltuin.",
        "De termijn (23-04-2026) is verlopen, zegt Piet Jansen.",
        "Wethouder Bakker, 54 jaar in dienst (sinds 01-09-1990), neemt afscheid.",
        "naam;datum aanvraag\nPiet Jansen;12-03-1990",
    ],
)
def test_dates_in_other_roles_are_not_birth_dates(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "birth_date"),
    [
        ("een paspoort voor mijn zoon Ravi, hij is van 14-02-2011.", "14-02-2011"),
        ("De jongste is van 3 mei 2015 en gaat naar groep 4.", "3 mei 2015"),
        ("Onze dochter is van 21 januari 2019.", "21 januari 2019"),
    ],
)
def test_spoken_is_van_after_a_person(analyzer: AnalyzerEngine, text: str, birth_date: str) -> None:
    start = text.index(birth_date)
    assert reported(analyzer, text) == [(start, start + len(birth_date))]


@pytest.mark.parametrize(
    "text",
    [
        "De brief is van 08-04-2012 en de regeling is van 1 januari 2024.",
        "Het besluit is van 12 maart 2025, de bezwaartermijn loopt.",
    ],
)
def test_is_van_after_a_document_is_no_birth_date(analyzer: AnalyzerEngine, text: str) -> None:
    assert reported(analyzer, text) == []

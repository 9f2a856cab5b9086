"""PERSON and ADDRESS through the real bundled pipeline: positives and hard negatives."""

from __future__ import annotations

import pytest
from spacy.language import Language


def entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn cliënt Jan van der Berg belde.", [("Jan van der Berg", "PERSON")]),
        ("Brief aan mevrouw De Vries over de aanvraag.", [("De Vries", "PERSON")]),
        ("Mw. J.P. de Vries is verhuisd.", [("J.P. de Vries", "PERSON")]),
        ("Gesprek met dhr. A. El Amrani gepland.", [("A. El Amrani", "PERSON")]),
        (
            "Ik sprak Fatima Bouzid en Ahmet Yılmaz.",
            [("Fatima Bouzid", "PERSON"), ("Ahmet Yılmaz", "PERSON")],
        ),
        (
            "Overleg met Priya Ramdin en Oleksandr Kovalenko.",
            [("Priya Ramdin", "PERSON"), ("Oleksandr Kovalenko", "PERSON")],
        ),
        ("Zijn dochter Anke Bos-van der Meulen kwam mee.", [("Anke Bos-van der Meulen", "PERSON")]),
        ("De melding kwam van jan de vries zelf.", [("jan de vries", "PERSON")]),
        ("Buurman Bakker klaagt over geluid.", [("Bakker", "PERSON")]),
        ("Hij heeft Jansen gisteren gebeld.", [("Jansen", "PERSON")]),
        ("Beste Wessel, dank voor je mail.", [("Wessel", "PERSON")]),
        ("jdevries;Jan de Vries;j.devries@gemeente.nl", [("Jan de Vries", "PERSON")]),
        # three-part names, also when a part is a Dutch word ("Na")
        ("Ik sprak met Li Na Chen over de aanvraag.", [("Li Na Chen", "PERSON")]),
        (
            "Overleg met Nguyen Van Anh en Wang Xiu Ying.",
            [("Nguyen Van Anh", "PERSON"), ("Wang Xiu Ying", "PERSON")],
        ),
        # a role word before a surname the lexicons do not know
        ("Wethouder Ouchan opent het pand.", [("Ouchan", "PERSON")]),
        ("Mijn collega Ouchan is ziek.", [("Ouchan", "PERSON")]),
        ("Volgens burgemeester Halsema is het druk.", [("Halsema", "PERSON")]),
        # initials, a called name in brackets, a surname
        (
            "Met vriendelijke groet,\n\nir. B.J.M. (Bas) Timmermans",
            [("B.J.M. (Bas) Timmermans", "PERSON")],
        ),
        ("Johannes (Hans) de Vries belde.", [("Johannes (Hans) de Vries", "PERSON")]),
        # a first name and a capitalised surname that is also a Dutch word
        (
            "Ik sprak Anja Sterk en Kees Groot gisteren.",
            [("Anja Sterk", "PERSON"), ("Kees Groot", "PERSON")],
        ),
        ("Ik zie Fatima Maandag in Utrecht.", [("Fatima", "PERSON")]),  # not a weekday
        # CSV and table fields: the field is the name position
        ("pkowal;Paulina Kowalska;p.kowalska@gemeente.nl", [("Paulina Kowalska", "PERSON")]),
        ("| skaya | Selin Kaya | Burgerzaken |", [("Selin Kaya", "PERSON")]),
    ],
)
def test_person_found_without_title(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Zij woont op de Kerkstraat 12a in Leiden.", "Kerkstraat 12a"),
        ("Adres: Laan van Meerdervoort 35-II, 2517 AB Den Haag.", "Laan van Meerdervoort 35-II"),
        ("Post naar Burgemeester de Withstraat 4 bis graag.", "Burgemeester de Withstraat 4 bis"),
        ("Het pand staat aan de Stationsweg 1 A.", "Stationsweg 1 A"),
        ("Overlast bij Oudegracht 210C sinds maart.", "Oudegracht 210C"),
        ("De markt is op Markt 12 in het centrum.", "Markt 12"),
        ("Melding op zijn adres Waterlelie 44, Capelle.", "Waterlelie 44"),
        ("Zij woont met Petra Lammers op Vlietweg 8 in Voorschoten.", "Vlietweg 8"),
    ],
)
def test_address(nlp: Language, text: str, address: str) -> None:
    assert (address, "ADDRESS") in entities(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "De bakker en de visser vragen een ontheffing aan.",
        "Bakker is een mooi beroep, zegt de visser.",
        "Boodschappen bij Albert Heijn en daarna naar het Jeroen Bosch Ziekenhuis.",
        "Het Anne Frank Huis en het Van Gogh Museum zijn druk.",
        "Op de Kerkstraat wordt de riolering vervangen.",
        "De Johan de Wittlaan gaat dicht.",
        "In artikel 12 staat dat groep 3 op 1 april begint.",
        "Inbraken per wijk: Centrum 48, Oost 31, Noord 77, West 22.",
        "Onderzoek naar de ziekte van Parkinson en de ziekte van Alzheimer.",
        "Please rewrite this letter in simple English for a status holder.",
        "De eigenaar van snackbar De Smid vraagt een vergunning.",
        "Wonend aan de Beukenlaan te Wageningen, verhuisd naar Den Haag.",
        "Het BSN van de cliënt staat in het dossier.",
        "Het college vergadert op 12 mei in Amersfoort over de Omgevingswet.",
        # role words before departments and portfolios, not names
        "De wethouder Onderwijs en de medewerker Handhaving overleggen.",
        "Overleg met de consulent Bbz en de collega Burgerzaken.",
        "Wethouder Ruimtelijke Ordening opent het pand.",
        # CSV fields that are places or departments
        "code;Den Haag;Sociaal Domein",
        "Max. vijf stappen, graag.",
    ],
)
def test_hard_negative(nlp: Language, text: str) -> None:
    assert entities(nlp, text) == []


def test_title_is_not_part_of_the_span(nlp: Language) -> None:
    doc = nlp("Geachte heer Wiersma, namens mevrouw De Boer schrijf ik u.")
    assert [ent.text for ent in doc.ents] == ["Wiersma", "De Boer"]


def test_lemmas_are_lower_case_for_context_words(nlp: Language) -> None:
    doc = nlp("Mijn Cliënt WOONT op de Kerkstraat 12.")
    assert [token.lemma_ for token in doc] == [token.lower_ for token in doc]

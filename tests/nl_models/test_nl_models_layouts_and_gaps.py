"""Names and addresses in list and export layouts, typed in lower case, after a name or before a
postcode, names with accents the lists hold without, and the hard negatives of these rules
(business names after a surname, places, departments, countries, holidays); through the real
bundled pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def entities(nlp: Language, text: str, label: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == label]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # surname first, then a comma and the initials, in lists and registers
        ("Verbruik:\nVan Dam, R. – Sluisweg 4 – 80 m³", ["Van Dam, R."]),
        ("Verbruik:\nErdoğan, F. – Sluisweg 9b – 260 m³", ["Erdoğan, F."]),
        ("naam\tleeftijd\nPinto, A.\t67\tZuid", ["Pinto, A."]),
        (
            "Jansen, A.M.;Molenweg 7\nvan den Heuvel-Smit, C.;Stationsplein 2a",
            [
                "Jansen, A.M.",
                "van den Heuvel-Smit, C.",
            ],
        ),
        # or a given name that ends the field
        ("Lijst:\nJansen, Pieter;Molenweg 7\nBakker, Anna\t12", ["Jansen, Pieter", "Bakker, Anna"]),
        ("Jansen, Pieter en Klaas gingen mee.", ["Jansen", "Pieter", "Klaas"]),
        # a closing or two given names after a label are no "surname, given name"
        ("Kind regards,\nOleksandr", ["Oleksandr"]),
        ("Rooster:\nma: Stijn, Oksana\ndi: Khadija", ["Stijn", "Oksana", "Khadija"]),
        # the initials open the next name, or the word is a place: no inverted name
        ("Ondertekend te Utrecht, N.B. de datum volgt.", []),
        ("Leiden, J. de Vries", ["J. de Vries"]),
    ],
)
def test_surname_then_initials(nlp: Language, text: str, persons: list[str]) -> None:
    assert entities(nlp, text, "PERSON") == persons


@pytest.mark.parametrize(
    ("text", "persons", "addresses"),
    [
        (
            "Export:\nbsn,naam,object,aanslag\n487979497,Kok A.,Esschestraat 4,512.40\n"
            "690044811,Lambrechts-Peeters M.,Hoofdstraat 210,1204.95",
            ["Kok A.", "Lambrechts-Peeters M."],
            ["Esschestraat 4", "Hoofdstraat 210"],
        ),
        (
            'AD-export:\ncn,upn,afdeling\n"Pieter-Bas van Oord","pb.vanoord@almere.nl","ICT"',
            ["Pieter-Bas van Oord"],
            [],
        ),
        (
            "Tabel:\naanvraagnr,achternaam,voornaam\nW-0313,van der Linden,Cor\n\nKlaar.",
            ["van der Linden", "Cor"],
            [],
        ),
        # prose with commas is no table; a decimal after a street is no house number
        ("Naam, adres en woonplaats graag.\nDe afdeling, het team en Zorg.", [], []),
        ("De Kerkstraat 4,5 meter breder maken.", [], []),
    ],
)
def test_comma_separated_export(
    nlp: Language, text: str, persons: list[str], addresses: list[str]
) -> None:
    assert entities(nlp, text, "PERSON") == persons
    assert entities(nlp, text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    "text", ["Hoofdstraat 210,1204.95 en 512.40", "Het pand staat aan de Stationsweg 1 A."]
)
def test_split_tokens_keep_their_lemma(nlp: Language, text: str) -> None:
    """The house number split off a glued field or a toevoeging's dot still has its lemma (the
    context step reads lemmas; an empty one became an empty keyword)."""
    doc = nlp(text)
    assert len(doc) > len(text.split())  # something was split
    assert [token.lemma_ for token in doc] == [token.lower_ for token in doc]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # lower case in name slots: every word must be a known name or initials
        ("Formulier:\nnaam: lisa bruinsma\nadres: x", ["lisa bruinsma"]),
        (
            "Notulen\naanwezig: m. el amrani (inkoop), w. janssen (ICT), Guus Verschuren",
            ["m. el amrani", "w. janssen", "Guus Verschuren"],
        ),
        # an ordinary word as surname after a known given name in a header
        (
            "Mail\nVan: Marjolein Sterk <m.sterk@barneveld.nl>\nAan: Communicatie",
            [
                "Marjolein Sterk",
            ],
        ),
        # the same name again as signature: taken whole
        (
            "Mail\nVan: Marjolein Sterk <m.sterk@barneveld.nl>\n\nGraag reactie.\n\n"
            "Marjolein Sterk\nAdviseur",
            ["Marjolein Sterk", "Marjolein Sterk"],
        ),
        # a repeat of a name whose parts are all listed is one span, not two
        (
            "Mail\nVan: Ngozi Okonkwo <n.okonkwo@x.nl>\n\nvolgens ngozi okonkwo klopt het",
            ["Ngozi Okonkwo", "ngozi okonkwo"],
        ),
        # no name in these slots
        ("Mail\nVan: Team Zorg\nAan: afdeling wonen\nnaam: onbekend", []),
    ],
)
def test_name_slots_lower_case_and_word_surnames(
    nlp: Language, text: str, persons: list[str]
) -> None:
    assert entities(nlp, text, "PERSON") == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Rapport: mevrouw s. ramdin (Mesdagstraat 12) ontvangt bijstand.", ["s. ramdin"]),
        ("Terugbellen: dhr. j.p. van dijk belde.", ["j.p. van dijk"]),
        ("Bel mevrouw a. de boer terug.", ["a. de boer"]),
        ("Gesprek bij mevr. Tjon A Fong thuis.", ["Tjon A Fong"]),
        ("Namens Chantal Lie A Ling.", ["Chantal Lie A Ling"]),
        ("Neem je loonstrook mee. gr jesse", ["jesse"]),
        ("Kan dit vandaag?\nmvg,\nAnouk", ["Anouk"]),
        ("Vanochtend belde zijn vrouw agnieszka over de regeling.", ["agnieszka"]),
        # a surname that is also a word only where the phrase ends ("pinas", "belt")
        ("Maak een brief voor ricardo pinas, bijlmerdreef 1045.", ["ricardo pinas"]),
        ("Daarna ravi bissessar gebeld; ravi belt terug.", ["ravi bissessar", "ravi"]),
        # abbreviations after a title, grams, a department after "van"
        ("Graag mw. z.s.m. bellen en dhr. a.u.b. ook.", []),
        ("Voeg 200 gr suiker toe.", []),
        ("Gülşen van Financiën vraagt om de factuur.", ["Gülşen"]),
        ("Sanne van Handhaving belde gisteren.", ["Sanne"]),
        ("Anke van Kempen belde gisteren.", ["Anke van Kempen"]),
        # after a title a particle and an ordinary word or place are the surname
        (
            "De heer Van der Meer en mevrouw Van der Meer-Smit belden.",
            [
                "Van der Meer",
                "Van der Meer-Smit",
            ],
        ),
        ("Het Van der Meer Instituut opent.", []),
    ],
)
def test_lower_case_cues_and_departments(nlp: Language, text: str, persons: list[str]) -> None:
    assert entities(nlp, text, "PERSON") == persons


@pytest.mark.parametrize(
    ("text", "persons", "addresses"),
    [
        # a lexicon street of one word after "van": the name stays a name
        (
            "Hoe werkt het? Mevrouw Sylvia Kortenhoeven van Tuinstraat 61 belde.",
            ["Sylvia Kortenhoeven"],
            ["Tuinstraat 61"],
        ),
        ("De melder mw de Boer van Parklaan 12 belt weer.", ["de Boer"], ["Parklaan 12"]),
        # capitalised words before a lexicon street are part of it
        ("Zij woont op Kapelaan Pendersstraat 21 in Venlo.", [], ["Kapelaan Pendersstraat 21"]),
        # a street no lexicon holds, right after a name
        (
            "Maak een brief voor hr. Wojciech Lewandowski, Akkerwinde 3, over het gesprek.",
            ["Wojciech Lewandowski"],
            ["Akkerwinde 3"],
        ),
        (
            "Buurman Vasile Dumitru van Koekoeksbloem 7 heeft een overkapping.",
            ["Vasile Dumitru"],
            ["Koekoeksbloem 7"],
        ),
        # no address: a place, a count, numbered nouns and other words that are no street
        ("Mevrouw Jansen, Utrecht 3 keer gebeld.", ["Jansen"], []),
        ("Zie Sanne Smit, Hoofdstuk 4 en Kees Smit, Taak 3.", ["Sanne Smit", "Kees Smit"], []),
        (
            "Gesprek met Marieke Bos, Kamer 12, en Jan Jansen, Locatie 3.",
            [
                "Marieke Bos",
                "Jan Jansen",
            ],
            [],
        ),
        ("Gezin Fatima Bouzid, 3 kinderen.", ["Fatima Bouzid"], []),
    ],
)
def test_address_after_a_name(
    nlp: Language, text: str, persons: list[str], addresses: list[str]
) -> None:
    assert entities(nlp, text, "PERSON") == persons
    assert entities(nlp, text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a postcode after the number makes any street an address
        ("Kaart versturen naar Tjalk 33, 8232 LG Lelystad.", ["Tjalk 33"]),
        ("Registered at Noordeinde 44-B, 2514 GL The Hague.", ["Noordeinde 44-B"]),
        # streets typed in lower case
        ("Brief naar bijlmerdreef 1045 1103 TW graag.", ["bijlmerdreef 1045"]),
        ("Welke data zijn dat? ze woont op esweg 31", ["esweg 31"]),
        ("Zij is verhuisd naar akkerwinde 3 in Hoorn.", ["akkerwinde 3"]),
        ("Huisbezoek op kamerlingh onneslaan 71. Rommelig.", ["kamerlingh onneslaan 71"]),
        # no street: a post-office box, a school group
        ("Post naar Postbus 9100, 2300 PC Leiden.", []),
        ("In groep 3 van de school, 1234 AB is de postcode.", []),
    ],
)
def test_address_before_postcode_and_in_lower_case(
    nlp: Language, text: str, addresses: list[str]
) -> None:
    assert entities(nlp, text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    "text",
    [
        # a trade, sector or head word after a surname makes it a business
        "Met vriendelijke groet,\nJan-Willem Kamphuis\nKamphuis Bewindvoering | 040 - 246 88 10",
        "Inschrijver B (Hoogendoorn Hoveniers): prijs € 1,09 mln.",
        "Wij werken samen met de Rudolf Steiner Zorg en het Emma Kinderziekenhuis.",
        "De Jonge Mantelzorgprijs gaat naar de opening van het Nelson Mandela Park.",
        "Karim Tahiri, Bakkerij Tahiri, Brugstraat 2.",
        # areas and plans, countries, holidays, a company named after a person
        "Een samenvatting van 'Bedrijventerrein De Hurk fase 3' graag.",
        "A visiting delegation from Poland and Eritrea.",
        "Religie op de werkvloer (gebedsruimte, Ramadan) bespreken.",
        "Het baggerwerk wordt gedaan door Van Oord.",
    ],
)
def test_business_place_and_holiday_negatives(nlp: Language, text: str) -> None:
    persons = entities(nlp, text, "PERSON")
    assert all(name in ("Jan-Willem Kamphuis", "Karim Tahiri") for name in persons), persons


def test_a_business_after_a_name_keeps_the_name(nlp: Language) -> None:
    # the business word rule rejects the business, not the person before the comma
    assert entities(nlp, "Karim Tahiri, Bakkerij Tahiri, Brugstraat 2.", "PERSON") == [
        "Karim Tahiri"
    ]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # accents the name lists hold only without ("Gulsen", "Sukru", "Busra")
        ("Ik sprak Şükrü Çelik en Büşra Öztürk.", ["Şükrü Çelik", "Büşra Öztürk"]),
        ("Help me met een reactie aan Mevlüde. Ze schreef gisteren.", ["Mevlüde"]),
        ("Het café in Zürich is dicht.", []),
        # a surname that is known, though it ends like a trade noun
        ("Gesprek met Anna Fleming over de regeling.", ["Anna Fleming"]),
    ],
)
def test_accented_names(nlp: Language, text: str, persons: list[str]) -> None:
    assert entities(nlp, text, "PERSON") == persons

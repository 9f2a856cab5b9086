"""Name and address families: double surnames as married names are written ("Aaltje Zuidema-
Bakker"), also after a given name that is an ordinary word ("Jan", "Roos", "Mark"), and the
speakers of a chat pasted without times ("Ruud: ...", "ik: ...", "Ruud: ..."). New sentences
written for this file, with hard negatives: provinces and compound nouns with a hyphen, and
texts whose lines start with recurring field labels ("Vraag:", "Actie:"). Also a person field
whose name is followed by its address or age after a comma, and the street line of a letter
address above its postcode line."""

from __future__ import annotations

import pytest
from spacy.language import Language

P = "PERSON"

POSITIVES = [
    ("Ik sprak Aaltje Zuidema-Bakker gisteren over de aanvraag.", "Aaltje Zuidema-Bakker"),
    ("Graag een afspraak met Jan de Vries-Visser over zijn bezwaar.", "Jan de Vries-Visser"),
    ("- Roos Jansen-Post, 81 jaar, woont zelfstandig", "Roos Jansen-Post"),
    ("Wil je Mark Hendriks-Bos terugbellen?", "Mark Hendriks-Bos"),
    ("Namens Jan Smit-Visser en zijn vrouw", "Jan Smit-Visser"),
    ("De brief is voor Lotte van Dijk-Meijer.", "Lotte van Dijk-Meijer"),
    ("Sanne: ben je er morgen?\nik: ja hoor\nSanne: top, dan bespreken we het", "Sanne"),
    (
        "Youssef: de melder belde weer\nMarieke: over de overlast?\nYoussef: ja, 's nachts",
        "Marieke",
    ),
    ("verslag:\nPeter: de achterstand is opgelopen\nik: hoeveel?\nPeter: drie maanden", "Peter"),
]

FIELD_AND_LETTER_ADDRESSES = [
    ("Klant: Priscilla Wijnaldum, Troelstralaan 66, 1321 GB Almere", P, "Priscilla Wijnaldum"),
    ("Aanvrager: Femke de Graaf, 52 jaar, alleenstaand", P, "Femke de Graaf"),
    ("Mevrouw J. Hoekstra\nAkkerwinde 23\n5262 KD Vught", "ADDRESS", "Akkerwinde 23"),
    ("Fam. El Idrissi\nWaterlelie 4\n1234 AB Ergens", "ADDRESS", "Waterlelie 4"),
]

NEGATIVES = [
    "Medewerker: Prima, u ontvangt binnen 2 weken een brief.\nKlant: dank u wel",
    "De provincies Noord-Holland en Zuid-Holland werken samen met Midden-Delfland.",
    "Vraag: hoe lang duurt het?\nAntwoord: twee weken\nVraag: en daarna?\nAntwoord: een besluit",
    "Actie: bellen\nBesluit: akkoord\nActie: brief sturen\nOpmerking: geen",
    "Stap 1: inloggen\nStap 2: formulier\nStap 3: versturen",
    "We zoeken een Bakker-Slager voor de weekmarkt.",
]


def persons(nlp: Language, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == P]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_finds_the_whole_name(nlp: Language, text: str, name: str) -> None:
    assert name in persons(nlp, text)


def test_every_line_of_a_chat_speaker_is_found(nlp: Language) -> None:
    text = "Ruud: heb je het gehoord?\nik: nee\nRuud: hij is opgepakt\nik: oei\nRuud: ja"
    assert persons(nlp, text) == ["Ruud", "Ruud", "Ruud"]


@pytest.mark.parametrize(("text", "label", "value"), FIELD_AND_LETTER_ADDRESSES)
def test_fields_and_letter_addresses(nlp: Language, text: str, label: str, value: str) -> None:
    assert (label, value) in [(ent.label_, ent.text) for ent in nlp(text).ents]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_person(nlp: Language, text: str) -> None:
    assert persons(nlp, text) == []

"""Names and addresses by their slot (header fields, JSON keys, table columns, chat speakers),
names joined in a list, and the hard negatives these rules must leave alone; through the real
bundled pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def entities(nlp: Language, text: str, label: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # header fields: the value is a person even when no lexicon holds the name
        (
            "Van: Ngozi Okonkwo-Bakker <n.okonkwo@zwolle.nl>\nAan: Teun Hofstede\nOnderwerp: x",
            ["Ngozi Okonkwo-Bakker", "Teun Hofstede"],
        ),
        ("From: Oleksandr Tkachenko\nSubject: laptop", ["Oleksandr Tkachenko"]),
        (
            "Naam aanvrager: Xhafer Berisha\nPartner: Liridona Berisha-Krasniqi",
            [
                "Xhafer Berisha",
                "Liridona Berisha-Krasniqi",
            ],
        ),
        ("Inspreker: dhr. O. Abdullahi\nOnderwerp: bestemmingsplan", ["O. Abdullahi"]),
        ("cliënt: VAN DER LINDEN-OSEI, Abena\nvraag: traplift", ["VAN DER LINDEN-OSEI, Abena"]),
        # lists of attendees
        (
            "Aanwezig: M. Boukhari (voorzitter), J.W. ten Brink, Nnamdi Eze\nAfwezig: Radu Ionescu",
            ["M. Boukhari", "J.W. ten Brink", "Nnamdi Eze", "Radu Ionescu"],
        ),
        # JSON and YAML keys
        ('{"first_name": "Wei", "last_name": "Zhang", "role": "tester"}', ["Wei", "Zhang"]),
        (
            '{"id": 4411, "naam": "Yohannes Tesfamariam", "status": "actief"}',
            [
                "Yohannes Tesfamariam",
            ],
        ),
        (
            "medewerkers:\n  - naam: Abdirahman Warsame\n    afdeling: Publiekszaken",
            [
                "Abdirahman Warsame",
            ],
        ),
        # table columns under a name header
        ("Achternaam\tVoornaam\tAdres\nOgunleye\tAdebayo\tMarktstraat 8", ["Ogunleye", "Adebayo"]),
        ("| Cliënt | Indicatie |\n|---|---|\n| Sefa Kaya | begeleiding |", ["Sefa Kaya"]),
        # chat speakers, also lower-case given names
        (
            "[10:32] esra: heeft iemand de sleutel?\n[10:33] joost: ligt bij de receptie",
            [
                "esra",
                "joost",
            ],
        ),
        # names joined by "en"/"and" to a name found, and after a role word
        (
            "Siddharth Iyer and Nomvula Dlamini presented the pilot.",
            [
                "Siddharth Iyer",
                "Nomvula Dlamini",
            ],
        ),
        ("Welkom Amara en Ikechukwu in het team!", ["Amara", "Ikechukwu"]),
        ("Sollicitant Bayu Wicaksono komt dinsdag.", ["Bayu Wicaksono"]),
        # the words before an e-mail address that spells them
        ("Bel met Mirwais Noorzai (m.noorzai@utrecht.nl) over de aanvraag.", ["Mirwais Noorzai"]),
        ("mail naar Tomasz Wiśniewski, twisniewski@example.com graag", ["Tomasz Wiśniewski"]),
    ],
)
def test_person_in_slot(nlp: Language, text: str, expected: list[str]) -> None:
    assert entities(nlp, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("naam;adres\nPriya Ramdin;Sumatrastraat 14 hs", ["Sumatrastraat 14 hs"]),
        ("| Cliënt | Adres |\n|---|---|\n| Anh Nguyen | Plein 1944 3 |", ["Plein 1944 3"]),
        (
            "Woonadres: Jan Pieterszoon Coenstraat 56 zw\nSchulden: veel",
            [
                "Jan Pieterszoon Coenstraat 56 zw",
            ],
        ),
        # lower-case street after an address word, Frisian streets, "t/o"
        ("ze woont aan de vondelstraat 7. wat nu?", ["vondelstraat 7"]),
        ("Hij verhuist naar Tsjerkestrjitte 4 in Wergea.", ["Tsjerkestrjitte 4"]),
        ("Bezwaar van de bewoner van Wâldwei 17, Drachten.", ["Wâldwei 17"]),
        ("Mag Kade 12 t/o een briefadres zijn?", ["Kade 12 t/o"]),
    ],
)
def test_address_in_slot(nlp: Language, text: str, expected: list[str]) -> None:
    assert entities(nlp, text, "ADDRESS") == expected


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # teams and mailboxes in header fields, Kubernetes "kind", yes/no values
        ("Van: Burgerzaken Front Office\nOnderwerp: x", "Burgerzaken"),
        ("Aan: Wmo-loket\nCC: Griffie\nOnderwerp: x", "Wmo-loket"),
        ("Aan: Wmo-loket\nCC: Griffie\nOnderwerp: x", "Griffie"),
        ("Aan: Schuldhulpverlening\nOnderwerp: planning", "Schuldhulpverlening"),
        ("apiVersion: v1\nkind: Secret\nmetadata:", "Secret"),
        ("Partner: Nee\nKinderen: 2", "Nee"),
        ("Debiteur;Naam;Bedrag\n101442;Sportvereniging DOS;89,00", "Sportvereniging"),
        # log lines are no chat
        ("2026-11-20 09:14:02 WARN auth: login mislukt", "WARN"),
        # appositions after a comma are no list of names
        ("Een journalist van de Gelderlander, Niels Overbeek, belde.", "Gelderlander"),
        ("Hoogachtend, Hans Dijkstra en Marja Dijkstra.", "Hoogachtend"),
        # organisations and awards named after people
        ("Een gymzaal bij de Willem de Zwijgerschool.", "Zwijgerschool"),
        ("De Max van der Stoelprijs gaat naar een organisatie.", "Stoelprijs"),
        ("Hüseyin Aksoy van Aksoy Bouw en Onderhoud.", "Onderhoud"),
        ("Stuur het naar Gemeente Utrecht info@utrecht.nl", "Utrecht"),
        ("Mail de Servicedesk Kwaliteit servicedesk@ede.nl", "Servicedesk"),
    ],
)
def test_no_person_from_slot_rules(nlp: Language, text: str, not_a_name: str) -> None:
    found = entities(nlp, text, "PERSON")
    assert not any(not_a_name in name for name in found), found

"""Synthetic Dutch municipal sentences with PERSON/ADDRESS spans, from templates + the lexicons.

Used to train the statistical candidate (``train_ner.py``) and as one of the evaluation sets
(``evaluate.py``). Deterministic for a given seed. Every template also has hard negatives:
organisations named after people, streets without a number, "de bakker" as a noun.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from nl_models.lexicon import LEXICON_DIR, read_list

SLOT = re.compile(r"\{(\w+)\}")

TEMPLATES = (
    "Mijn cliënt {PERSON} woont op {ADDRESS} in {PLACE}.",
    "Kun je een brief opstellen aan {TITLE} {PERSON}, {ADDRESS}, {PLACE}?",
    "{TITLE} {PERSON} heeft op {DAY} gebeld over de aanvraag bijzondere bijstand.",
    "Vat dit samen: {PERSON} ({AGE} jaar) meldt overlast van de buren op {ADDRESS}.",
    "Het gesprek met {PERSON} vond plaats bij {ORG}.",
    "De melding over {ADDRESS} is doorgestuurd naar {TITLE} {PERSON} van team Handhaving.",
    "Graag een samenvatting van het dossier van {PERSON}, wonend aan de {ADDRESS}.",
    "{PERSON} en {PERSON} hebben bezwaar gemaakt tegen de vergunning voor {ADDRESS}.",
    "Schrijf een vriendelijke e-mail aan {PERSON} over de afspraak in {PLACE}.",
    "Op de {STREET} wordt volgende week de riolering vervangen.",
    "De bakker op de hoek en de visser van de markt vragen een ontheffing aan.",
    "Wat zijn de openingstijden van {ORG} in {PLACE}?",
    "Zet dit om in B1-taal: {TITLE} {PERSON} ontvangt de Wmo-voorziening per {DAY}.",
    "Herschrijf: de aanvrager {PERSON} is verhuisd van {ADDRESS} naar {ADDRESS}.",
    "Het college van {PLACE} besluit over de herinrichting van de {STREET}.",
    "Vergelijk artikel {AGE} van de Participatiewet met groep {SMALL} van de regeling.",
    "{PERSON} werkt als {JOB} bij {ORG}.",
    "Buurman {SURNAME_SPAN} klaagt over de bomen aan de {STREET}.",
    "Inwoner {PERSON} vraagt of de {STREET} op de lijst staat, zie bijlage {SMALL}.",
    "Kun je {PERSON} uitnodigen voor het overleg? Het adres is {ADDRESS}.",
    "Volgens {PERSON} is de {JOB} van {ORG} te laat gekomen.",
    "De {JOB} en de {JOB} uit {PLACE} hebben samen een plan gemaakt.",
)
TITLES = (
    "mevrouw", "Mevrouw", "meneer", "de heer", "dhr.", "mw.", "Mw.", "Dhr.", "dr.", "mr.", "ir.",
    "drs.",
)  # fmt: skip
JOBS = ("bakker", "visser", "smid", "schipper", "koster", "molenaar", "kuiper", "timmerman")
DAYS = ("maandag", "dinsdag", "woensdag", "1 april", "12 mei", "3 juni")
SUFFIXES = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "dreef")
TOEVOEGINGEN = ("", "", "", "a", "A", "B", " bis", "-II", "-1", " hs", "-3", " A")


@dataclass
class Example:
    text: str
    entities: list[tuple[int, int, str]] = field(default_factory=list)


class Generator:
    """Fills templates with names and addresses drawn from the lexicons."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        common = {word.lower() for word in read_list(LEXICON_DIR / "common_words.txt")}
        self.first = [
            n for n in read_list(LEXICON_DIR / "first_names.txt") if n.lower() not in common
        ]
        self.last = read_list(LEXICON_DIR / "surnames.txt")
        self.tussen = [t for t in read_list(LEXICON_DIR / "tussenvoegsels.txt") if t[0].isalpha()]
        self.common_tussen = ["van", "de", "van der", "van den", "van de", "ter", "el", "van 't"]
        self.streets = read_list(LEXICON_DIR / "streets.txt")
        self.places = read_list(LEXICON_DIR / "places.txt")
        self.orgs = read_list(LEXICON_DIR / "organisations.txt")

    def example(self) -> Example:
        template = self.rng.choice(TEMPLATES)
        out = Example(text="")
        cursor = 0
        for match in SLOT.finditer(template):
            out.text += template[cursor : match.start()]
            value, label = self._fill(match.group(1))
            if label:
                out.entities.append((len(out.text), len(out.text) + len(value), label))
            out.text += value
            cursor = match.end()
        out.text += template[cursor:]
        return out

    def _fill(self, slot: str) -> tuple[str, str | None]:
        """The text for one template slot and its entity label (None: not an entity)."""
        rng = self.rng
        labelled: dict[str, Callable[[], str]] = {
            "PERSON": self.person,
            "SURNAME_SPAN": self.surname,
            "ADDRESS": self.address,
        }
        plain: dict[str, Callable[[], str]] = {
            "STREET": self.street,
            "PLACE": lambda: rng.choice(self.places),
            "ORG": lambda: rng.choice(self.orgs),
            "TITLE": lambda: rng.choice(TITLES),
            "DAY": lambda: rng.choice(DAYS),
            "JOB": lambda: rng.choice(JOBS),
            "AGE": lambda: str(rng.randint(18, 90)),
            "SMALL": lambda: str(rng.randint(1, 12)),
        }
        if slot in labelled:
            return labelled[slot](), ("PERSON" if slot != "ADDRESS" else "ADDRESS")
        return plain[slot](), None

    def surname(self) -> str:
        name = self.rng.choice(self.last)
        if self.rng.random() < 0.35:
            particle = self.rng.choice(self.common_tussen)
            return f"{particle[0].upper()}{particle[1:]} {name}"
        return name

    def person(self) -> str:
        rng = self.rng
        first = rng.choice(self.first)
        if rng.random() < 0.25:
            letters = rng.choice(["J.", "A.", "M.", "J.P.", "H.J.M.", "E.", "S."])
            first = letters
        last = rng.choice(self.last)
        if rng.random() < 0.35:
            last = f"{rng.choice(self.common_tussen)} {last}"
        if rng.random() < 0.1:
            first = f"{first} {rng.choice(self.first)}"
        name = f"{first} {last}"
        return name.lower() if rng.random() < 0.05 else name

    def street(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(self.streets)
        return f"{self.rng.choice(self.last).replace(' ', '')}{self.rng.choice(SUFFIXES)}"

    def address(self) -> str:
        return f"{self.street()} {self.rng.randint(1, 350)}{self.rng.choice(TOEVOEGINGEN)}"


def generate(count: int, seed: int) -> list[Example]:
    generator = Generator(seed)
    return [generator.example() for _ in range(count)]

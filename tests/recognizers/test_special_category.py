"""SpecialCategoryRecognizer: religion, origin, sexuality and gender identity, political opinion,
union membership, biometric and genetic data; nationality and mere mentions do not fire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from gateway.engine.nlp import build_analyzer
from recognizers.special_category import SpecialCategoryRecognizer

THRESHOLD = 0.5
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "corpus.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([SpecialCategoryRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[str]:
    results = analyzer.analyze(text, language="nl")
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= THRESHOLD
    ]


POSITIVES = [
    ("Mijn cliënt is moslim en draagt een hoofddoek.", ["moslim", "draagt een hoofddoek"]),
    ("Hij gaat elke vrijdag naar de moskee.", ["gaat elke vrijdag naar de moskee"]),
    ("De aanvrager is van Marokkaanse afkomst.", ["van Marokkaanse afkomst"]),
    ("met een Turks-Nederlandse achtergrond", ["met een Turks-Nederlandse achtergrond"]),
    ("Hij is homoseksueel.", ["homoseksueel"]),
    ("Mijn collega is lesbisch en lid van de FNV.", ["lesbisch", "lid van de FNV"]),
    ("Hij stemt op de PVV.", ["stemt op de PVV"]),
    ("Haar zoon is transgender.", ["transgender"]),
    ("We nemen vingerafdrukken af.", ["vingerafdrukken"]),
    ("De DNA-test wees het uit.", ["DNA-test"]),
    ("Ze vraagt een ruimte om te bidden tijdens de ramadan.", ["bidden tijdens de ramadan"]),
    ("The applicant is Jewish.", ["Jewish"]),
    ("Ze viert de orthodoxe Pasen.", ["orthodoxe Pasen"]),
    (
        "Hij wil de moskee op vrijdagmiddag blijven bezoeken.",
        ["de moskee op vrijdagmiddag blijven bezoeken"],
    ),
    ("Zij bezoekt elke week de synagoge.", ["bezoekt elke week de synagoge"]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_special_category_phrases(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


NEGATIVES = [
    "Hij heeft de Turkse nationaliteit.",
    "Zij heeft een juridische achtergrond.",
    "Wat doet de FNV voor ambtenaren?",
    "Zij is lid van de VVD-fractie.",
    "De VVD heeft vragen gesteld.",
    "Homo sapiens is een soort.",
    "Het rapport came out yesterday.",
    "Een orthodoxe aanpak van de begroting werkt niet.",
    "De kerk is open voor bezoekers.",
    "De vergunning voor de moskee aan de Industrieweg is verleend.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_mentions_are_not_special_category(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_gives_the_same_results_as_the_plain_pattern_recognizer() -> None:
    recognizer = SpecialCategoryRecognizer()
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    texts += [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Rule families added in session 2, each with the look-alike it must not match.
RULE_POSITIVES = [
    # religion: denominations, worship, membership, practice, office
    ("Hij is Jehovah's getuige.", ["Jehovah's getuige"]),
    ("Hij is sjiitisch.", ["sjiitisch"]),
    ("Ze zegt dat ze naar de kerk gaat.", ["naar de kerk gaat"]),
    ("Het gezin is lid van een evangelische gemeente.", ["lid van een evangelische gemeente"]),
    ("Hij doet dit jaar mee aan de ramadan.", ["doet dit jaar mee aan de ramadan"]),
    (
        "Zij draagt een hoofddoek vanwege haar geloof.",
        ["draagt een hoofddoek vanwege haar geloof"],
    ),
    ("Ze vroeg of het erg is dat ze een hoofddoek draagt.", ["een hoofddoek draagt"]),
    ("Hij is imam van de moskee in de wijk.", ["imam"]),
    (
        "Hij weigert op zondag te werken vanwege zijn geloofsovertuiging.",
        ["zijn geloofsovertuiging"],
    ),
    # origin: compound backgrounds, hyphenated origin, ethnic groups, English
    ("Meneer heeft een Hazara-achtergrond.", ["een Hazara-achtergrond"]),
    ("Mevrouw heeft een Marokkaanse achtergrond.", ["een Marokkaanse achtergrond"]),
    ("Zij is Marokkaans-Nederlandse.", ["Marokkaans-Nederlandse"]),
    ("Hij is een Turkse Nederlander.", ["Turkse Nederlander"]),
    ("De familie is Roma.", ["Roma"]),
    (
        "He feels passed over because he is Black and of Ghanaian descent.",
        ["Black", "of Ghanaian descent"],
    ),
    # gender identity and sex life
    ("Hij is in transitie.", ["in transitie"]),
    ("Zij is seksueel misbruikt door een trainer.", ["seksueel misbruikt"]),
    # unions, parties in both word orders, movements
    ("Zij is lid van het CNV.", ["lid van het CNV"]),
    ("Hij is FNV-lid.", ["FNV-lid"]),
    ("Zij is vakbondsvertegenwoordiger.", ["vakbondsvertegenwoordiger"]),
    ("Klant zegt dat hij op de PVV stemt.", ["op de PVV stemt"]),
    ("Hij is aanhanger van Forum voor Democratie.", ["aanhanger van Forum voor Democratie"]),
    ("Piet is lid van de Socialistische Partij.", ["lid van de Socialistische Partij"]),
    ("Hij is actief bij Extinction Rebellion.", ["actief bij Extinction Rebellion"]),
]


@pytest.mark.parametrize(("text", "expected"), RULE_POSITIVES)
def test_rule_families(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


RULE_NEGATIVES = [
    "De route naar de moskee gaat via de Dorpsstraat.",
    "We willen een vakbondsbestuurder bij het gesprek.",  # someone else's role
    "De energietransitie vraagt veel van de gemeente.",
    "Zij heeft een juridische achtergrond.",
    "Hij heeft de Nederlandse nationaliteit.",
]


@pytest.mark.parametrize("text", RULE_NEGATIVES)
def test_rule_family_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_rule_texts() -> None:
    recognizer = SpecialCategoryRecognizer()
    for text in [text for text, _ in RULE_POSITIVES] + RULE_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Round 2: indirect phrasings.
INDIRECT_POSITIVES = [
    ("Meneer houdt de ramadan.", ["houdt de ramadan"]),
    ("Ze vertelde dat ze op meisjes valt.", ["op meisjes valt"]),
    (
        "Ze zit in het bestuur van de lokale PVV-afdeling.",
        ["in het bestuur van de lokale PVV-afdeling"],
    ),
    ("Hij is ahmadi-moslim.", ["ahmadi-moslim"]),
]

INDIRECT_NEGATIVES = [
    "Meneer Ahmadi belt morgen terug.",  # a surname, not the movement
    "Het bestuur van de stichting vergadert.",
    "Dat valt op bij de meeste vrouwen.",
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_POSITIVES)
def test_indirect_phrasings(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


@pytest.mark.parametrize("text", INDIRECT_NEGATIVES)
def test_indirect_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_indirect_texts() -> None:
    recognizer = SpecialCategoryRecognizer()
    for text in [text for text, _ in INDIRECT_POSITIVES] + INDIRECT_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Round 3: membership and votes in English, activity in a place of worship.
MEMBERSHIP_POSITIVES = [
    ("He mentions he is a member of the FNV.", ["a member of the FNV"]),
    ("She is a member of the Labour party.", ["a member of the Labour party"]),
    ("He has been a member of the trade union for years.", ["a member of the trade union"]),
    ("He votes for the PVV.", ["votes for the PVV"]),
    ("Hij is actief in de moskee.", ["actief in de moskee"]),
    ("Zij is vrijwilliger bij de kerk.", ["vrijwilliger bij de kerk"]),
]

MEMBERSHIP_NEGATIVES = [
    "He is a member of the project team.",
    "She is a member of the board of the foundation.",
    "He was a member of the wedding party.",
    "Voting for the budget is on Monday.",
    "De kerk zoekt vrijwilligers voor de open dag.",
]


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIP_POSITIVES)
def test_membership_and_practice(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


@pytest.mark.parametrize("text", MEMBERSHIP_NEGATIVES)
def test_other_memberships_are_ignored(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_membership_texts() -> None:
    recognizer = SpecialCategoryRecognizer()
    for text in [text for text, _ in MEMBERSHIP_POSITIVES] + MEMBERSHIP_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]

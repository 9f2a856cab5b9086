"""Round five family sentences (tests/engine/family_sentences_round5.py) through the whole
screening engine, the minimal phrases of the new frames, and the trigger gate giving the same
results as plain pattern matching on every one of these sentences."""

from __future__ import annotations

import pytest
from presidio_analyzer import PatternRecognizer

from gateway.config.loader import load_config
from gateway.engine import ScreeningEngine
from gateway.settings import BUNDLED_CONFIG_DIR
from recognizers._terms import GatedTermRecognizer
from recognizers.confidential_marker import ConfidentialMarkerRecognizer
from recognizers.criminal_data import CriminalDataRecognizer
from recognizers.health_data import HealthDataRecognizer
from recognizers.special_category import PartyTableCellRecognizer, SpecialCategoryRecognizer
from tests.engine.families import assert_negative_passes, assert_positive_blocks
from tests.engine.family_sentences_round5 import KNOWN_MISSES, NEGATIVES, POSITIVES


@pytest.fixture(scope="module")
def engine() -> ScreeningEngine:
    return ScreeningEngine.from_config(load_config(BUNDLED_CONFIG_DIR))


def found(engine: ScreeningEngine, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in engine.scan(text).findings]


@pytest.mark.parametrize(("family", "kind", "text"), POSITIVES)
def test_round5_positive_blocks(engine: ScreeningEngine, family: str, kind: str, text: str) -> None:
    assert_positive_blocks(engine, family, kind, text, KNOWN_MISSES)


@pytest.mark.parametrize(("family", "kind", "text"), NEGATIVES)
def test_round5_negative_passes(engine: ScreeningEngine, family: str, kind: str, text: str) -> None:
    assert_negative_passes(engine, family, kind, text)


S, C, H, M = "SPECIAL_CATEGORY", "CRIMINAL_DATA", "HEALTH_DATA", "CONFIDENTIAL_MARKER"
# The span of each new frame, as the engine reports it.
PHRASES = [
    ("01;Ans de Wit;67;Oostwold;BBB", (S, "BBB")),
    ("| Jan Smit | 44 | PvdA |", (S, "PvdA")),
    ("Cliënt behoort tot de Roma-gemeenschap.", (S, "behoort tot de Roma-gemeenschap")),
    ("Mijn collega komt uit de Somalische gemeenschap.", (S, "komt uit de Somalische gemeenschap")),
    ("Mevrouw draagt hem om religieuze redenen.", (S, "om religieuze redenen")),
    ("Mijn collega gaat elke zondag naar de mis.", (S, "gaat elke zondag naar de mis")),
    ("De aanvrager is van gemengde afkomst.", (S, "van gemengde afkomst")),
    ("Zijn zoon vertelde over zijn coming-out.", (S, "coming-out")),
    ("Hij is lid van de Communistische Partij.", (S, "lid van de Communistische Partij")),
    ("Mijn buurman stemt GroenLinks.", (S, "stemt GroenLinks")),
    ("Hij is zevendedagsadventist.", (S, "zevendedagsadventist")),
    ("Zij heeft een Antilliaanse moeder.", (S, "een Antilliaanse moeder")),
    ("Mijn cliënt krijgt HALT voor de vernieling.", (C, "krijgt HALT")),
    ("Voor hem geldt een gebiedsverbod.", (C, "gebiedsverbod")),
    ("Zijn rijbewijs is 6 mnd ingevorderd.", (C, "rijbewijs is 6 mnd ingevorderd")),
    ("Bij zijn huiszoeking vond de politie niets.", (C, "huiszoeking")),
    ("De gemeente doet aangifte van fraude tegen mijn cliënt.", (C, "aangifte van fraude")),
    ("Hij volgt koranles.", (S, "volgt koranles")),
    ("De jongere is trans.", (S, "is trans")),
    ("Mijn buurman stemt al jaren op de PVV.", (S, "stemt al jaren op de PVV")),
    ("Bij hem is 300 gram cocaïne aangetroffen.", (C, "300 gram cocaïne")),
    ("In zijn auto zijn wapens gevonden.", (C, "wapens gevonden")),
    (
        "De politie heeft haar zoon gisteren opgepakt.",
        (C, "politie heeft haar zoon gisteren opgepakt"),
    ),
    ("Bewoner dealt vanuit de woning.", (C, "dealt")),
    ("Mijn cliënt moet zich melden bij de reclassering.", (C, "melden bij de reclassering")),
    ("cl heeft copd", (H, "copd")),
    # a policy aim before a possessive stays personal
    ("Mijn cliënt wil hulp bij de aanpak van zijn verslaving.", (H, "verslaving")),
    ("Meneer kan niet meer zelfstandig wonen.", (H, "kan niet meer zelfstandig wonen")),
    ("Meneer gaat naar de nierdialyse.", (H, "nierdialyse")),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_round5_phrase(engine: ScreeningEngine, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(engine, text)


NOT_FOUND = [
    # a victim or reporter, not a suspect
    ("Mijn cliënt deed aangifte van fraude met zijn DigiD.", C),
    ("Zij is bestolen en heeft aangifte gedaan van diefstal.", C),
    ("The complaint was dealt with by the team.", C),
    ("De gemeente heeft 40 kilo zwerfafval gevonden.", C),
    # a workplace
    ("Hij werkt als bewaarder in de penitentiaire inrichting.", C),
    ("Mijn collega werkt als verpleegkundige in de verslavingszorg.", H),
    ("Mijn collega is aandachtsfunctionaris huiselijk geweld op school.", C),
    # a policy aim or a note on a topic
    ("Mijn collega schrijft een notitie over de aanpak van huiselijk geweld.", C),
    ("Mijn collega bespreekt de preventie van huiselijk geweld.", C),
    # council members' parties are public (AVG art. 9(2)(e))
    ("Raadsleden per fractie:\nnaam;partij\nJan de Vries;VVD", S),
    # not a marking: a clause about figures
    ("Noem geen bedragen die nog niet openbaar zijn.", M),
    ("Hij is zwart gaan werken naast zijn uitkering.", S),
    ("De transportkosten zijn gestegen.", S),
    ("Zolang het niet openbaar is, mag je het niet delen.", M),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_round5_look_alike(engine: ScreeningEngine, text: str, kind: str) -> None:
    assert kind not in engine.scan(text).entity_counts()


@pytest.mark.parametrize(
    "recognizer_class",
    [
        HealthDataRecognizer,
        CriminalDataRecognizer,
        SpecialCategoryRecognizer,
        PartyTableCellRecognizer,
    ],
)
def test_gate_matches_plain_recognizer_on_round5_sentences(
    recognizer_class: type[GatedTermRecognizer],
) -> None:
    recognizer = recognizer_class()
    texts = [text for *_, text in POSITIVES + NEGATIVES] + [text for text, _ in PHRASES]
    texts += [text for text, _ in NOT_FOUND]
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


def test_marking_recognizer_skips_relative_clauses() -> None:
    recognizer = ConfidentialMarkerRecognizer()
    assert recognizer.analyze("Noem geen bedragen die nog niet openbaar zijn.", []) == []
    marked = recognizer.analyze("Agendapunt 4 - niet openbaar", [])
    assert [r.entity_type for r in marked] == [M]

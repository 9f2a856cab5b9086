"""CriminalDataRecognizer: minimal phrases for convictions, records, detention, suspicion,
sentences and restraining orders; office words with a criminal look-alike do not fire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from gateway.engine.nlp import build_analyzer
from recognizers.criminal_data import CriminalDataRecognizer

THRESHOLD = 0.5
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "corpus.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([CriminalDataRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[str]:
    results = analyzer.analyze(text, language="nl")
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= THRESHOLD
    ]


POSITIVES = [
    ("De aanvrager heeft een strafblad.", ["strafblad"]),
    ("Hij is veroordeeld voor diefstal.", ["veroordeeld voor diefstal"]),
    ("Zij wordt verdacht van uitkeringsfraude.", ["verdacht van uitkeringsfraude"]),
    ("Hij zit vast in de gevangenis.", ["zit vast in de gevangenis"]),
    ("Hij is aangehouden door de politie.", ["aangehouden door de politie"]),
    ("Hij werd opgepakt wegens drugshandel.", ["opgepakt wegens drugshandel"]),
    ("De verdachte heeft een enkelband.", ["verdachte", "enkelband"]),
    ("Zijn VOG is geweigerd.", ["VOG is geweigerd"]),
    ("Er is een proces-verbaal tegen hem opgemaakt.", ["proces-verbaal tegen"]),
    ("De burgemeester legde een tijdelijk huisverbod op.", ["huisverbod"]),
    (
        "Hij heeft een taakstraf en staat onder toezicht van de reclassering.",
        ["taakstraf", "onder toezicht van de reclassering"],
    ),
    ("Het OM heeft hem vervolgd voor mishandeling.", ["vervolgd voor mishandeling"]),
    ("Zij is ex-gedetineerde.", ["ex-gedetineerde"]),
    ("Zijn zoon is bekend bij de politie.", ["bekend bij de politie"]),
    ("Hij heeft een gebiedsverbod voor het centrum.", ["gebiedsverbod"]),
    (
        "Hij is veroordeeld tot een voorwaardelijke straf.",
        ["veroordeeld tot", "voorwaardelijke straf"],
    ),
    (
        "He was convicted of fraud and has a criminal record.",
        ["convicted of fraud", "criminal record"],
    ),
    ("She is on probation.", ["on probation"]),
    ("Er is aangifte gedaan wegens uitkeringsfraude.", ["aangifte gedaan wegens uitkeringsfraude"]),
    ("In de woning is een hennepkwekerij aangetroffen.", ["hennepkwekerij"]),
    (
        "Hij is door de FIOD verhoord als verdachte van omkoping.",
        ["verhoord als verdachte van omkoping"],
    ),
    (
        "Hij wordt ervan verdacht steekpenningen te hebben aangenomen.",
        ["wordt ervan verdacht steekpenningen te hebben aangenomen"],
    ),
    ("Herhaalde aanhoudingen voor winkeldiefstal.", ["aanhoudingen voor winkeldiefstal"]),
    (
        "Hij is aangehouden voor het bezit van harddrugs.",
        ["aangehouden voor het bezit van harddrugs"],
    ),
    ("Hij is opgepakt voor een steekincident.", ["opgepakt voor een steekincident"]),
    (
        "Hij heeft een boete gekregen voor het illegaal storten van bouwafval.",
        ["boete gekregen voor het illegaal storten van bouwafval"],
    ),
    ("She was fined for shoplifting.", ["fined for shoplifting"]),
    ("He was questioned as a suspect of fraud.", ["questioned as a suspect of fraud"]),
    (
        "Officers found him running a cannabis grow operation in the attic.",
        ["running a cannabis grow operation"],
    ),
    ("Het jeugdreclasseringstraject loopt nog.", ["jeugdreclasseringstraject"]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_criminal_phrases(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


NEGATIVES = [
    "Hoeveel inbraken waren er in 2025?",
    "Maak een beleidsnotitie over ondermijning.",
    "De beslissing op het bezwaar is aangehouden tot na de zomer.",
    "Ik heb die taak vanochtend opgepakt.",
    "Er is een verdachte transactie gemeld bij de bank.",
    "Wordt vervolgd.",
    "De printer zit vast.",
    "Het proces-verbaal van het stembureau is getekend.",
    "Er is een dagvaarding van de deurwaarder gekomen.",  # civil: below the threshold
    "Ik breng de auto morgen naar de dealer.",
    "Welke regels gelden voor een VOG-aanvraag?",
    # Fines that are administrative sanctions, not criminal data (see the module notes).
    "Hij kreeg een parkeerboete.",
    "Hij heeft een boete gekregen voor fout parkeren.",
    "He was fined for speeding.",
    "De boete voor te laat aangifte doen is 385 euro.",
    "Zij kreeg een bestuurlijke boete wegens fraude met de bijstand.",
    "Het illegaal storten van afval kost de gemeente veel geld.",  # an offence, no fine or act
    "Het gesprek is verhoord als getuige-verklaring vastgelegd.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_not_criminal_data(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_summons_counts_with_criminal_context(analyzer: AnalyzerEngine) -> None:
    assert spans(analyzer, "De officier van justitie stuurde een dagvaarding.") == ["dagvaarding"]


def test_gate_gives_the_same_results_as_the_plain_pattern_recognizer() -> None:
    recognizer = CriminalDataRecognizer()
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    texts += [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Rule families added in session 2, each with the look-alike it must not match.
RULE_POSITIVES = [
    # convictions as a noun, antecedents
    (
        "De VOG is geweigerd vanwege een eerdere veroordeling.",
        ["VOG is geweigerd", "eerdere veroordeling"],
    ),
    ("Hij heeft twee veroordelingen voor drugshandel.", ["veroordelingen voor drugshandel"]),
    ("De exploitant heeft antecedenten op het gebied van witwassen.", ["antecedenten"]),
    # detention with words between "zat" and "vast", a named prison
    ("Hij zat tot vorige maand vast in PI Zwaag.", ["zat tot vorige maand vast in PI"]),
    # probation as supervision, not as an organisation
    (
        "Hij staat onder toezicht van de jeugdreclassering.",
        ["onder toezicht van de jeugdreclassering"],
    ),
    ("Het reclasseringsadvies is positief.", ["reclasseringsadvies"]),
    # a police report without an article
    (
        "Er is proces-verbaal opgemaakt wegens bedreiging.",
        ["proces-verbaal opgemaakt wegens bedreiging"],
    ),
    # restraining orders imposed on someone
    ("Hij heeft een huisverbod gekregen.", ["huisverbod"]),
    ("Het contactverbod is overtreden.", ["contactverbod is overtreden"]),
    ("Hij is een crimineel.", ["crimineel"]),
    # release from prison
    ("Hij kwam net uit de gevangenis.", ["uit de gevangenis"]),
    ("Hij is dezelfde nacht weer vrijgelaten.", ["vrijgelaten"]),
    # trial, English charges
    (
        "Hij staat volgende week terecht voor mishandeling.",
        ["staat volgende week terecht voor mishandeling"],
    ),
    ("She was charged with fraud and is now on bail.", ["charged with fraud", "on bail"]),
]


@pytest.mark.parametrize(("text", "expected"), RULE_POSITIVES)
def test_rule_families(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


RULE_NEGATIVES = [
    "Stuur een mail aan de reclassering over de afspraak.",
    "Wat is de rol van de jeugdreclassering bij een OTS?",
    "Het proces-verbaal van het stembureau is opgemaakt.",
    "Stel een gebiedsverbod op voor het stationsgebied.",  # the mayor's order being drafted
    "Het pand is mogelijk gefinancierd met crimineel geld.",
    "Welke velden zijn verplicht bij een bestuurlijke strafbeschikking?",
    "Het Bibob-advies is opgevraagd.",
    "Het antecedentenonderzoek is afgerond.",
    "De printer zit al weken vast.",
    "Dat is terecht opgemerkt.",
]


@pytest.mark.parametrize("text", RULE_NEGATIVES)
def test_rule_family_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_rule_texts() -> None:
    recognizer = CriminalDataRecognizer()
    for text in [text for text, _ in RULE_POSITIVES] + RULE_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Round 2: how case notes and people say it rather than the law.
EVERYDAY_POSITIVES = [
    ("Cl. kwam net uit de bak.", ["net uit de bak"]),
    ("Hij zit nu in de lik.", ["zit nu in de lik"]),
    ("Hij heeft twee jaar gezeten.", ["heeft twee jaar gezeten"]),
    ("Mo heeft gezeten voor inbraken.", ["heeft gezeten voor inbraken"]),
    ("De politie heeft hem meegenomen.", ["politie heeft hem meegenomen"]),
    ("Hij is door de politie meegenomen.", ["door de politie meegenomen"]),
    ("Hij heeft tbs gehad en een contactverbod met zijn ex.", ["tbs", "contactverbod"]),
    ("Zij heeft een meldplicht bij Halt.", ["meldplicht"]),
    ("Er staat nog een boete van de rechter open.", ["boete van de rechter"]),
    ("Ze moet naar de OM-zitting.", ["OM-zitting"]),
    ("Hij handelt in harddrugs.", ["handelt in harddrugs"]),
    ("He just got out of prison.", ["out of prison"]),
    ("De huurder verkoopt drugs vanuit de woning.", ["verkoopt drugs"]),
    ("Hij is betrapt op winkeldiefstal.", ["betrapt op winkeldiefstal"]),
    ("Vader zit vast in Marokko voor drugssmokkel.", ["zit vast in Marokko voor"]),
]

EVERYDAY_NEGATIVES = [
    "Gooi het papier in de bak.",
    "Hij heeft op de bank gezeten.",
    "De meldplicht datalekken geldt ook voor ons.",
    "Leg uit hoe de politie omgaat met een verdachte.",
    "De hoorzitting is op dinsdag.",
    "Zij handelt de aanvraag af.",
    "We willen uitval voorkomen.",
    "De winkel verkoopt geen alcohol aan jongeren.",
]


@pytest.mark.parametrize(("text", "expected"), EVERYDAY_POSITIVES)
def test_everyday_criminal_wording(
    analyzer: AnalyzerEngine, text: str, expected: list[str]
) -> None:
    assert spans(analyzer, text) == expected


@pytest.mark.parametrize("text", EVERYDAY_NEGATIVES)
def test_everyday_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_everyday_texts() -> None:
    recognizer = CriminalDataRecognizer()
    for text in [text for text, _ in EVERYDAY_POSITIVES] + EVERYDAY_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Round 3: grammatical frames rather than terms: subordinate word order, an arrest of someone
# named by a pronoun for any act, an offence in the active perfect, an OM settlement.
FRAME_POSITIVES = [
    (
        "Politie meldt dat hij verdacht wordt van winkeldiefstal.",
        ["verdacht wordt van winkeldiefstal"],
    ),
    (
        "Hij is ontslagen nadat hij was aangehouden voor het lekken van BRP-gegevens.",
        ["aangehouden voor het lekken van BRP-gegevens"],
    ),
    (
        "Hij heeft in 2018 een transactie met het OM getroffen voor belastingfraude.",
        ["transactie met het OM getroffen voor belastingfraude"],
    ),
    ("Hij heeft zijn vrouw mishandeld.", ["heeft zijn vrouw mishandeld"]),
    ("Zij heeft geld verduisterd van haar werkgever.", ["heeft geld verduisterd"]),
    ("Tegen hem is aangifte gedaan van mishandeling.", ["aangifte gedaan van mishandeling"]),
    ("Hij moet voorkomen voor fraude.", ["moet voorkomen voor fraude"]),
    ("He was caught shoplifting.", ["caught shoplifting"]),
    ("He stole from his employer.", ["stole from his employer"]),
    ("He committed fraud.", ["committed fraud"]),
    # investigations, verdicts and sentences
    ("Hij wordt onderzocht door de FIOD.", ["onderzocht door de FIOD"]),
    ("Er loopt een strafrechtelijk onderzoek naar hem.", ["strafrechtelijk onderzoek"]),
    ("Hij is vrijgesproken van mishandeling.", ["vrijgesproken van mishandeling"]),
    ("He has a conviction for assault.", ["conviction for assault"]),
    ("She was found guilty of fraud.", ["found guilty of fraud"]),
    ("She served a prison sentence.", ["prison sentence"]),
    ("He is a suspect in a burglary case.", ["suspect in a burglary case"]),
    ("He is under investigation for fraud.", ["under investigation for fraud"]),
    ("He has a history of domestic violence.", ["domestic violence"]),
]

FRAME_NEGATIVES = [
    "Het besluit is aangehouden voor het verkrijgen van advies.",
    "De aanvraag is binnen, maar hij is aangehouden tot de raad beslist.",
    "Mijn fiets is gestolen bij het station.",
    "Er is ingebroken in het gemeentehuis.",
    "Het virus heeft de bestanden vernield.",
    "De transactie met de bank is afgerond.",
    "We willen schade voorkomen voor de bewoners.",
    "Hij heeft zijn vrouw nooit mishandeld.",  # negated inside the phrase
    "Zij heeft de show gestolen tijdens de presentatie.",
    "It is my conviction that we should act.",
    "The bridge is under investigation.",
    "The sentence is too long.",
    "Het dossier wordt onderzocht door de afdeling.",
]


@pytest.mark.parametrize(("text", "expected"), FRAME_POSITIVES)
def test_criminal_frames(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


@pytest.mark.parametrize("text", FRAME_NEGATIVES)
def test_criminal_frame_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_frame_texts() -> None:
    recognizer = CriminalDataRecognizer()
    for text in [text for text, _ in FRAME_POSITIVES] + FRAME_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]

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
        ["taakstraf", "reclassering"],
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

"""HealthDataRecognizer: minimal phrases for diagnoses, treatment, addiction, pregnancy,
disability, admission and sick leave; everyday look-alikes stay below the threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from gateway.engine.nlp import build_analyzer
from recognizers.health_data import HealthDataRecognizer

THRESHOLD = 0.5
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "corpus.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer([HealthDataRecognizer()])


def spans(analyzer: AnalyzerEngine, text: str) -> list[str]:
    results = analyzer.analyze(text, language="nl")
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= THRESHOLD
    ]


POSITIVES = [
    ("Mijn cliënt heeft diabetes.", ["diabetes"]),
    ("Zijn vrouw heeft zelf beginnende Alzheimer.", ["beginnende Alzheimer"]),
    ("ontslagen na een heupoperatie", ["heupoperatie"]),
    ("de gemeente heeft zijn MS onvoldoende meegewogen", ["MS"]),
    (
        "inwoner is slechtziend (visus 0,1) en doof aan één oor",
        ["slechtziend (visus 0,1)", "doof aan één oor"],
    ),
    (
        "Hij is opgenomen in een GGZ-kliniek vanwege een psychose.",
        ["opgenomen in een GGZ-kliniek", "psychose"],
    ),
    ("sinds de amputatie van haar linkervoet", ["amputatie van haar linkervoet"]),
    ("Ze is vorige week bevallen van een zoon.", ["bevallen"]),
    ("Mijn collega is zwanger.", ["zwanger"]),
    ("Hij zit in een rolstoel.", ["zit in een rolstoel"]),
    ("Hij is ziek gemeld.", ["ziek gemeld"]),
    ("Mijn collega is al weken ziek.", ["ziek"]),
    (
        "Mijn cliënt heeft een alcoholverslaving en is verslaafd aan gokken.",
        ["alcoholverslaving", "verslaafd"],
    ),
    ("Ze volgt EMDR-therapie en gebruikt antidepressiva.", ["EMDR-therapie", "antidepressiva"]),
    ("Er is een zorgmachtiging afgegeven.", ["zorgmachtiging"]),
    (
        "Hij heeft ADHD en een lichte verstandelijke beperking.",
        ["ADHD", "verstandelijke beperking"],
    ),
    ("Zij lijdt aan endometriose.", ["lijdt aan endometriose"]),
    ("suïcidale gedachten", ["suïcidale"]),
    (
        "She was diagnosed with depression and is pregnant.",
        ["diagnosed with depression", "pregnant"],
    ),
    ("Mijn collega heeft een operatie gehad.", ["operatie"]),  # ambiguous word, boosted
    # conditions: neuromuscular, musculoskeletal, learning, with an abbreviation in brackets
    ("Hij heeft vanwege een spierziekte (ALS) zijn auto nodig.", ["spierziekte (ALS)"]),
    ("Zij heeft reumatoïde artritis en osteoporose.", ["reumatoïde artritis", "osteoporose"]),
    ("Hij heeft afasie na een herseninfarct.", ["afasie", "herseninfarct"]),
    ("een klant met een ernstige leerstoornis", ["ernstige leerstoornis"]),
    ("Hij is overleden aan ALS.", ["ALS"]),
    # sick leave and functional limitations
    ("Mijn medewerker is uitgevallen.", ["uitgevallen"]),
    (
        "Ze is uitgevallen met een hernia en kan niet langer dan 20 minuten zitten.",
        ["hernia", "kan niet langer dan 20 minuten zitten"],
    ),
    ("Hij kan niet meer zelfstandig lopen.", ["kan niet meer zelfstandig lopen"]),
    ("Zij kan niet meer dan 5 kilo tillen.", ["kan niet meer dan 5 kilo tillen"]),
    # English
    (
        "She has severe arthritis in both knees and can no longer climb the stairs.",
        ["severe arthritis in both knees", "can no longer climb the stairs"],
    ),
    (
        "Our son was diagnosed with dyslexia and a mild hearing impairment.",
        ["diagnosed with dyslexia", "mild hearing impairment"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_health_phrases(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


NEGATIVES = [
    "Het is me goed bevallen, dank je.",
    "De aanvrager heeft een rolstoel aangevraagd.",  # a Wmo aid, not a diagnosis
    "MS Teams start niet op.",
    "Als het kan, bel ik morgen.",
    "De operatie van de politie is afgerond.",
    "We zijn blind gevaren op het advies.",
    "Ik heb de ergotherapie-afspraak ingepland.",
    "Het GGZ-aanbod in de regio moet beter aansluiten op beschermd wonen.",
    "Ik word doof voor al die klachtenbrieven.",
    "Hoeveel indicaties huishoudelijke hulp hadden we in 2025?",
    "Wat is ALS?",
    "ALS HET KAN, BEL DAN.",
    "De server is uitgevallen door een stroomstoring.",
    "De trein is uitgevallen.",
    "De tekst mag niet langer dan twee pagina's zijn.",
    "Het kan niet langer dan een week blijven liggen.",
    "Er is sprake van een inbreuk op het contract.",
    "De kosten kunnen niet meer dan 10 procent stijgen.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_not_health_data(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_gives_the_same_results_as_the_plain_pattern_recognizer() -> None:
    """The trigger gate is only a speed-up: on every test text and the whole corpus it must find
    exactly what PatternRecognizer's own finditer finds."""
    recognizer = HealthDataRecognizer()
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    texts += [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Rule families added in session 2, each with the look-alike it must not match.
RULE_POSITIVES = [
    # sick leave and the occupational physician's wording
    (
        "Ze heeft zich ziekgemeld met een burn-out en zit in de ziektewet.",
        ["ziekgemeld", "burn-out", "in de ziektewet"],
    ),
    (
        "Volgens de bedrijfsarts is hij energetisch beperkt en beperkt belastbaar.",
        ["energetisch beperkt", "beperkt belastbaar"],
    ),
    # measured intelligence
    ("Hij heeft een IQ van 68.", ["IQ van 68"]),
    ("Uit het onderzoek: TIQ 72.", ["TIQ 72"]),
    # "heeft last van" + a medical word, symptom nouns
    ("Zij heeft last van bekkeninstabiliteit.", ["heeft last van bekkeninstabiliteit"]),
    ("Hij heeft last van duizeligheid.", ["heeft last van duizeligheid"]),
    (
        "Hij heeft hoofdpijnklachten sinds de hersenschudding.",
        ["hoofdpijnklachten", "hersenschudding"],
    ),
    ("Hij heeft corona.", ["corona"]),
    ("Hij heeft een gebroken been.", ["een gebroken been"]),
    # medication use
    ("Zij slikt dagelijks Depakine.", ["slikt dagelijks Depakine"]),
    ("Hij slikt geen medicatie meer.", ["slikt geen medicatie meer"]),
    # substance use
    ("Hij blowt dagelijks en gebruikt cocaïne.", ["blowt", "gebruikt cocaïne"]),
    ("Vader drinkt sinds zijn ontslag veel.", ["drinkt sinds zijn ontslag veel"]),
    # dependence on an aid, mobility, sleep, falls, weight, mood
    (
        "Zij is afhankelijk van een rolstoel en loopt met een rollator.",
        ["afhankelijk van een rolstoel", "loopt met een rollator"],
    ),
    ("Mevrouw is slecht ter been.", ["slecht ter been"]),
    ("Hij slaapt slecht.", ["slaapt slecht"]),
    (
        "Ze is twee keer gevallen in de douche en valt regelmatig.",
        ["twee keer gevallen", "valt regelmatig"],
    ),
    ("Zij is 8 kilo afgevallen.", ["8 kilo afgevallen"]),
    ("Hij is somber.", ["somber"]),
    # pregnancy and birth
    ("Zij is in verwachting.", ["in verwachting"]),
    ("Ze is pas bevallen.", ["bevallen"]),
    # care and admission
    ("Hij is opgenomen geweest in de GGZ.", ["opgenomen geweest in de GGZ"]),
    ("Zij is doorverwezen naar de neuroloog.", ["naar de neuroloog"]),
    ("Hij krijgt begeleiding van het FACT-team.", ["FACT-team"]),
    # English
    (
        "Client has type 1 diabetes and needs insulin injections.",
        ["diabetes", "insulin injections"],
    ),
    ("He is deaf and has panic attacks.", ["deaf", "panic attacks"]),
    (
        "He is mentally ill and was hospitalised after seizures.",
        ["mentally ill", "hospitalised", "seizures"],
    ),
    # mental vulnerability and organ conditions
    (
        "Zij is psychisch kwetsbaar en heeft een hartaandoening.",
        ["psychisch kwetsbaar", "hartaandoening"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULE_POSITIVES)
def test_rule_families(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


RULE_NEGATIVES = [
    "De bedrijfsarts komt op dinsdag.",  # a role, named beside the health data in a real case
    "Dat is goed bevallen.",
    "In deze gevallen valt de aanvraag onder de Wmo.",
    "De route naar het ziekenhuis is afgesloten.",
    "Het energietransitieplan is afhankelijk van een subsidie.",
    "De slaapkamer heeft een slot.",
    "Hij heeft last van de buren.",
]


@pytest.mark.parametrize("text", RULE_NEGATIVES)
def test_rule_family_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_rule_texts() -> None:
    recognizer = HealthDataRecognizer()
    for text in [text for text, _ in RULE_POSITIVES] + RULE_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Round 2: everyday and care-file wording, as managers, family and case notes write it.
EVERYDAY_POSITIVES = [
    ("Pa heeft suiker en moet insuline spuiten.", ["heeft suiker", "insuline"]),
    ("Ze heeft een zwak hartje.", ["een zwak hartje"]),
    ("Meneer heeft een nieuwe knie gekregen.", ["een nieuwe knie"]),
    ("Cliënt hoort stemmen en is steeds vaker verward.", ["hoort stemmen", "verward"]),
    ("Vader communiceert in gebarentaal.", ["communiceert in gebarentaal"]),
    ("CIZ-indicatie aangevraagd, gaat naar de POH-GGZ.", ["CIZ-indicatie", "naar de POH-GGZ"]),
    ("Casemanager dementie is betrokken.", ["Casemanager dementie"]),
    ("Marloes valt uit, zit thuis met haar rug.", ["valt uit", "zit thuis met haar rug"]),
    ("Hij is gedeeltelijk hersteld gemeld.", ["gedeeltelijk hersteld gemeld"]),
    ("Het meisje ligt sinds maandag opgenomen.", ["ligt sinds maandag opgenomen"]),
    (
        "Moeder zegt dat hij sinds de zomer geen medicatie meer slikt.",
        ["geen medicatie meer slikt"],
    ),
    ("Hij zit weer aan de drank.", ["zit weer aan de drank"]),
    ("Mevrouw is afhankelijk van haar gehoorapparaat.", ["haar gehoorapparaat"]),
    ("Hij had vorig jaar een hersenbloeding.", ["hersenbloeding"]),
    ("Ze zit ziek thuis.", ["ziek"]),
    ("Mevr. is in de overgang en heeft last van opvliegers.", ["in de overgang", "opvliegers"]),
]

EVERYDAY_NEGATIVES = [
    "Koffie met suiker graag.",
    "De vergadering valt uit.",
    "Hij zit thuis met een kopje thee.",
    "Het stemmen begint om half acht.",
    "De nieuwe kantoortuin is klaar.",
    "Het systeem is hersteld na de storing.",
    "Het ligt voor de hand.",
]


@pytest.mark.parametrize(("text", "expected"), EVERYDAY_POSITIVES)
def test_everyday_health_wording(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


@pytest.mark.parametrize("text", EVERYDAY_NEGATIVES)
def test_everyday_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_everyday_texts() -> None:
    recognizer = HealthDataRecognizer()
    for text in [text for text, _ in EVERYDAY_POSITIVES] + EVERYDAY_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]


# Round 3: complaints about a body part in any word order, operations, named syndromes, care
# settings and aids, and the English wording of surgery, conditions and treatment.
ROUND3_POSITIVES = [
    (
        "Medewerker geeft aan last te hebben van zijn knieën na een meniscusoperatie.",
        ["last te hebben van zijn knieën", "meniscusoperatie"],
    ),
    ("Ik weet dat hij last heeft van zijn rug.", ["last heeft van zijn rug"]),
    ("Hij heeft last van angsten.", ["heeft last van angsten"]),
    ("Ze is afwezig wegens een zware operatie.", ["zware operatie"]),
    ("De Jong, P.\t54\tNoord\tKorsakov", ["Korsakov"]),
    ("Het syndroom van Asperger is vastgesteld.", ["syndroom van Asperger"]),
    ("Zoon plast weer in bed, bedplassen is terug.", ["bedplassen"]),
    ("Mevrouw gebruikt een rolstoel.", ["gebruikt een rolstoel"]),
    ("Ze ligt op de IC.", ["ligt op de IC"]),
    ("Hij heeft gordelroos en een pijnlijke knie.", ["gordelroos", "pijnlijke knie"]),
    ("Vader dwaalt 's nachts door het huis.", ["dwaalt 's nachts"]),
    ("COPD, zuurstof 24/7.", ["COPD", "zuurstof 24/7"]),
    ("He has post-traumatic stress symptoms.", ["post-traumatic stress symptoms"]),
    ("She reports chronic back pain.", ["chronic back pain"]),
    ("She had surgery last week.", ["had surgery"]),
    ("She has a heart condition.", ["heart condition"]),
    ("He sees a psychologist.", ["sees a psychologist"]),
    ("She was admitted to hospital.", ["admitted to hospital"]),
    ("He has a brain injury.", ["brain injury"]),
    # terms whose trigger was missing: the gate skipped them
    ("Hij is diabeet.", ["diabeet"]),
    ("He has schizophrenia.", ["schizophrenia"]),
    ("She has a chronic illness.", ["chronic illness"]),
    ("He is terminally ill.", ["terminally ill"]),
]

ROUND3_NEGATIVES = [
    "Hij heeft last van de buren.",
    "Ik heb last van de drukte op kantoor.",
    "Het wordt een zware operatie voor het team.",
    "Het Calimero-syndroom van de gemeente.",
    "De rolstoel is aangevraagd bij de Wmo.",
    "Het ligt op de IC-afdeling van het ziekenhuis.",
    "Ik heb een pijnlijke vergadering gehad.",
    "De angst voor verandering in de organisatie.",
    "The condition of the building is poor.",
    "The surgery opens at nine.",
    "Ze heeft geen last van haar rug.",  # absent
    "I feel ill at ease with this plan.",
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_POSITIVES)
def test_round3_health_wording(analyzer: AnalyzerEngine, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text) == expected


@pytest.mark.parametrize("text", ROUND3_NEGATIVES)
def test_round3_look_alikes(analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(analyzer, text) == []


def test_gate_matches_plain_recognizer_on_round3_texts() -> None:
    recognizer = HealthDataRecognizer()
    for text in [text for text, _ in ROUND3_POSITIVES] + ROUND3_NEGATIVES:
        gated = {(r.start, r.end, r.score) for r in recognizer.analyze(text, [])}
        plain = {(r.start, r.end, r.score) for r in PatternRecognizer.analyze(recognizer, text, [])}
        assert gated == plain, text[:60]

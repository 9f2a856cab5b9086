"""Keep health, criminal and other special-category findings only when they concern a person.

"Schrijf een folder over diabetes" is about a subject; "mijn cliënt heeft diabetes" is personal
data. The topic recognizers find "diabetes" in both; this step decides which findings stay.

The rule, per HEALTH_DATA / CRIMINAL_DATA / SPECIAL_CATEGORY finding:

1. Bound: a possessive right before the term ("zijn verslaving", "haar diabetes") or the writer
   speaking about themself ("ik heb diabetes", "ik ben moslima", "I am pregnant") ties it to a
   person: keep.
2. Framed: if a framing cue precedes the term in its sentence - generic material ("folder
   over", "voorlichting", "beleid", "sjabloon"), aggregates ("statistiek", "hoeveel
   inwoners"), groups ("mensen met", "inwoners die", "een cliënt met", "iemand") or
   hypotheticals ("als een ...") - the term is about a topic or a group: drop it, unless an
   identifier is in the same sentence, a strong person reference stands between the cue and
   the term ("volgens het beleid ... mijn cliënt die verslaafd is": the reference wins because
   it is nearer), or the writer declares one real case in the same or a neighbouring sentence
   ("Moet een klant met een leerstoornis ...? Het gaat om een specifieke klant van mij.").
3. Otherwise keep it when a person anchor is near:
   - an identifier finding (PERSON, NL_BSN, ADDRESS, DATE_OF_BIRTH, EMAIL_ADDRESS, PHONE_NUMBER,
     NL_ID_DOCUMENT) anywhere in the same paragraph (case notes and forms put the name lines
     away from the diagnosis);
   - a strong or explicit person reference ("mijn cliënt", "mevrouw", "zijn dochter", "het
     gaat om een specifieke klant") in the same or a neighbouring sentence of the paragraph;
   - a weak reference ("de aanvrager", "hij", "ze") in the same sentence.
   Otherwise drop it.

Before these steps two cases are dropped outright: a negated finding ("geen signalen van
huiselijk geweld", and for criminal terms also "heeft geen strafblad"), and a party membership
in a sentence about a council member or alderman, whose politics are public by their own doing.
A general question about anyone in a role ("wat moet een medewerker doen als hij ziek wordt")
is a framing cue like the ones above.

A paragraph ends at a blank line; a sentence at . ! ? followed by white space (not after
abbreviations such as "dhr." or initials) or at a line break. References are never findings of
their own; other finding types pass through unchanged.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex as re

from gateway.engine.types import Finding
from recognizers._fast import fold
from recognizers.person_reference import (
    NARRATIVE_VERBS,
    PersonReference,
    Strength,
    find_references,
)
from recognizers.special_category import POLITICAL_PARTY

TOPIC_TYPES = frozenset({"HEALTH_DATA", "CRIMINAL_DATA", "SPECIAL_CATEGORY"})
IDENTIFIER_TYPES = frozenset(
    {
        "PERSON",
        "NL_BSN",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "NL_ID_DOCUMENT",
    }
)
# An identifier below the default policy threshold is too uncertain to make a topic personal.
ANCHOR_MIN_SCORE = 0.5
# How many sentences away a reference may be (0 = same sentence). Measured on
# tests/engine/test_subject.py: weak references one sentence away kept generic questions that
# followed a case description; strong ones one sentence away are needed for "Mijn cliënt woont
# alleen. Depressief, geen netwerk."
STRONG_REFERENCE_DISTANCE = 1
WEAK_REFERENCE_DISTANCE = 0

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")
# A period after these does not end a sentence ("dhr. Jansen", "J. de Vries", "geb. 1950").
_ABBREVIATION = re.compile(
    r"(?<!\w)(?:dhr|mw|mevr|mr|dr|drs|ir|ing|prof|bijv|o\.a|e\.d|etc|nr|ca|geb|jr|sr|st|vs"
    r"|i\.v\.m|m\.b\.t|t\.a\.v|z\.s\.m|cl|clt|vlgs|mnd|evt|tel|\p{Lu})$",
    re.IGNORECASE,
)
# The longest abbreviation ("i.v.m"): only the end of a sentence needs searching.
_ABBREVIATION_MAX_LENGTH = 5

_GROUP_NOUNS = (
    "mensen|personen|inwoners|burgers|cliënten|clienten|klanten|jongeren|kinderen|ouderen"
    "|volwassenen|patiënten|werknemers|medewerkers|vrouwen|mannen|gezinnen|ouders|huishoudens"
    "|bewoners|huurders|leerlingen|studenten|deelnemers|aanvragers|statushouders|werkzoekenden"
    "|gedetineerden|verslaafden|daklozen|moslims|christenen|people|residents|clients|employees"
    "|patients|children|families|users|gebruikers"
)
_INDEFINITE_ROLES = (
    "cliënt|client|inwoner|burger|werknemer|medewerker|persoon|mens|patiënt|klant|aanvrager"
    "|huurder|jongere|leerling|deelnemer|bewoner|ouder|werkzoekende|vrouw|man"
)
_FRAMING_CUE = re.compile(
    r"(?<!\w)(?:"
    # generic material
    r"folders?|brochures?|flyers?|factsheets?|posters?|infographics?|voorlichting\w*"
    r"|campagnes?|nieuwsbrie\w+|webteksten?|webpagina'?s?|website|lesbrie\w+|lesmateriaal"
    r"|e-learning|trainingen|training|workshops?|cursus|presentaties?|blogs?|artikel"
    r"|beleid\w*|raadsvoorstel\w*|raadsinformatiebrie\w+|collegevoorstel\w*|wetgeving"
    r"|regels\s+(?:voor|rond|rondom|over|bij)|doelgroep\w*"
    # templates: "maak een sjabloon voor een ziekmelding", "standaardbrief aan de cliënt"
    r"|sjablo\w+|templates?|standaard(?:brie\w+|teksten?|mails?|e-mails?|formulier\w*)"
    r"|modelbrie\w+|voorbeeld(?:brie\w+|teksten?|mails?)"
    # aggregates and generalities
    r"|statistiek\w*|cijfers|percentages?|prevalentie|gemiddeld\w*|onderzoek\s+naar"
    r"|landelijk\w*|wereldwijd|in\s+het\s+algemeen|over\s+het\s+algemeen|algemene\s+informatie"
    # groups and hypothetical persons
    rf"|(?<!\b(?:zijn|haar|hun|mijn|onze|deze|beide)\s+)(?:{_GROUP_NOUNS})"
    # ... but "ik heb een klant die" introduces one person (see person_reference)
    rf"|(?<!\b(?:heb|hebt|heeft|hebben|had|hadden|er\s+is|er\s+was|{NARRATIVE_VERBS})\s+)"
    rf"(?:een|elke|iedere|welke)\s+(?:{_INDEFINITE_ROLES})\s+(?:met|die|zonder)"
    r"|iemand|niemand|wie|(?:als|wanneer|indien)\s+(?:een|je|jij|u|men)"
    # a general question about any person in a role: "wat moet een medewerker doen als hij ..."
    r"|(?:wat|hoe|wanneer|waar|mag|moet|kan|kun|kunt|mogen|moeten|heeft|krijgt)\s+(?:\w+\s+)?"
    rf"(?:een|elke|iedere)\s+(?:{_INDEFINITE_ROLES})(?!\s+van\s+(?:mij|me|ons))"
    # explanations, definitions, vacancies and exercises: "wat is het verschil tussen",
    # "leg uit hoe", "welke signalen van", "stel dat een inwoner", "sprak over"
    r"|wat\s+(?:is|zijn|betekent|houdt)|(?:het\s+)?verschil\s+tussen|leg\s+uit|uitleg\w*"
    r"|hoe\s+(?:werkt|werken|ga\s+je|om\s+te\s+gaan)|welke\s+signalen|vacatures?|vacaturetekst"
    r"|kennissessie|stel\s+dat|stel\s+je\s+voor|hypothetisch\w*|oefencasus|fictieve?"
    r"|(?:beleids)?nota|beleidsplan\w*|handreiking|richtlijn\w*|protocol\w*|het\s+verzuim"
    r"|notities?|memo's?"
    # a policy aim right before the term: "de aanpak van huiselijk geweld", "preventie van
    # eenzaamheid", "het herkennen van ondermijning" ("de aanpak van zijn verslaving" is bound)
    r"|(?:aanpak|bestrijding|bestrijden|preventie|voorkomen|herkennen|signaleren|signalering)"
    r"\s+van\s+(?:(?:de|het|een)\s+)?$"
    r"|(?:sprak|spreekt|praten|informatie|artikel|nieuwsbericht)\s+over"
    # English
    r"|leaflets?|awareness|campaign|policy|statistics|how\s+many|in\s+general|prevalence"
    r"|someone|anyone|(?:a|an|any)\s+(?:client|resident|employee|person|patient)\s+(?:with|who)"
    r")(?!\w)",
    re.IGNORECASE,
)
# Every framing cue begins with one of these (case-folded), at a word start: the cue regex is
# only tried at the words that do (``_cue_starts``), which finds what a search everywhere finds
# at a fraction of the cost. Keep in step with _FRAMING_CUE; the tests compare with that search.
_CUE_LEADS = (
    # generic material
    *("folder", "brochure", "flyer", "factsheet", "poster", "infographic", "voorlichting"),
    *("campagne", "nieuwsbrie", "webtekst", "webpagina", "website", "lesbrie", "lesmateriaal"),
    *("e-learning", "training", "workshop", "cursus", "presentatie", "blog", "artikel"),
    *("beleid", "raadsvoorstel", "raadsinformatiebrie", "collegevoorstel", "wetgeving"),
    *("regels", "doelgroep", "sjablo", "template", "standaard", "modelbrie", "voorbeeld"),
    *("notitie", "memo", "aanpak", "bestrijd", "preventie", "voorkomen", "herkennen"),
    *("signaler",),
    # aggregates and generalities
    *("statistiek", "cijfers", "percentage", "prevalentie", "gemiddeld", "onderzoek"),
    *("landelijk", "wereldwijd", "in", "over", "algemene"),
    # groups and hypothetical persons, general questions
    *_GROUP_NOUNS.split("|"),
    *("een", "elke", "iedere", "welke", "iemand", "niemand", "wie", "als", "wanneer", "indien"),
    *("wat", "hoe", "waar", "mag", "moet", "kan", "kun", "mogen", "heeft", "krijgt"),
    # explanations, definitions, vacancies and exercises
    *("het", "verschil", "leg", "uitleg", "vacature", "kennissessie", "stel", "hypothetisch"),
    *("oefencasus", "fictie", "nota", "handreiking", "richtlijn", "protocol", "sprak"),
    *("spreekt", "praten", "informatie", "nieuwsbericht"),
    # English
    *("leaflet", "awareness", "campaign", "policy", "statistics", "how", "prevalence"),
    *("someone", "anyone", "a"),
)
_WORD = re.compile(r"\w+")
_POSSESSIVE_BEFORE = re.compile(
    r"(?<!\w)(?:(?<!\b(?:wat|welke|er|hoe|waar|wie|dit|dat|die|deze|het|ze|zij|we|wij|jullie)\s+)"
    r"zijn|haar|zn|his|her|mijn|m['’]n|my)\s+(?:\p{L}+\s+)?$",
    re.IGNORECASE,
)
# The writer about themself, right before the term: "ik heb diabetes", "ik ben moslima", "I am
# pregnant", also past an adverb of time or degree ("ik ben sinds maart zwanger", "ik heb al
# jaren reuma", "ik slik sinds kort oxazepam"). Only adverbs: "ik heb een vraag over diabetes"
# is a topic.
_SELF_BEFORE = re.compile(
    r"(?<!\w)(?:ik\s+(?:ben|heb|had|was|slik|slikte|gebruik|gebruikte|zit|zat|kreeg|krijg|werd)"
    r"|i\s+(?:am|have|had|was|take|use)|i['’](?:m|ve))"
    r"\s+(?:(?:zelf|ook|al|nu|momenteel|helaas|inmiddels|onlangs|net|pas|nog|weer|opnieuw"
    r"|tijdelijk|lang|sinds\s+\w+|(?:\w+\s+)?(?:jaar|jaren|maanden|weken|dagen)|een\s+tijdje"
    r"|also|been|recently|currently|still)\s+)*(?:(?:een|a|an)\s+)?$",
    re.IGNORECASE,
)
_BINDING_LOOKBACK = 40
# "geen signalen van huiselijk geweld", "er is geen sprake van een depressie": the text says the
# data is absent. For criminal terms a bare negation suffices ("heeft geen strafblad", "is nooit
# veroordeeld"); for health terms it does not ("geen medicatie meer slikt" is health data).
_NEGATED_FRAME = re.compile(
    r"(?<!\w)(?:geen|zonder)\s+(?:(?:signalen|sprake|aanwijzingen?|indicaties?|vermoedens?|tekenen"
    r"|meldingen?|bewijs)\s+(?:van|voor|op)\s+)(?:\p{L}+\s+)?$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"(?<!\w)(?:geen|nooit|niet|no|never|not)\s+$", re.IGNORECASE)
_NEGATION_LOOKBACK = 50
# A workplace or a job, not a case: "werkt als verpleegkundige in de verslavingszorg", "werkte
# eerder bij de penitentiaire inrichting", "loopt stage bij de GGZ", "werkt bij de GGZ als
# psychiater". Only adverbs of time between the verb and the place ("werkt niet meer sinds zijn
# depressie" is a case).
_WORK_VERB = (
    r"(?<!\w)(?:werk(?:t|te|ten|en)|gewerkt|werkzaam|(?:loopt|liep)\s+stage|stage\s+(?:loopt|liep"
    r"|gelopen)|solliciteer(?:t|de|den)|gesolliciteerd|in\s+dienst|works|worked|working)"
)
_WORKPLACE_BEFORE = re.compile(
    _WORK_VERB + r"(?:\s+(?:al|ook|nog|eerder|vroeger|jaren|lang|parttime|fulltime|sinds\s+\d{4}"
    r"|\w+\s+jaar|\d+\s+jaar))*(?:\s+als\s+[\w-]+)?\s+(?:(?:bij|in|op|voor|at|in)\s+"
    r"(?:(?:de|het|een|the|a)\s+)?)?$"
    # the job itself: "werkt bij de GGZ als psychiater"
    r"|" + _WORK_VERB + r"(?:\s+[\w-]+){0,5}?\s+(?:als|as\s+an?)\s+$",
    re.IGNORECASE,
)
_WORKPLACE_LOOKBACK = 70
# A job named after the conditions or offences it deals with: "casemanager dementie",
# "aandachtsfunctionaris huiselijk geweld", "consulent verslavingszorg".
_JOB_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?:casemanager|consulent|verpleegkundige|specialist|coördinator|coordinator"
    r"|aandachtsfunctionaris|deskundige|expert|ambassadeur|trainer|regisseur|projectleider"
    r"|beleidsadviseur|beleidsmedewerker|team|afdeling|programma|ketenpartner)\s+$",
    re.IGNORECASE,
)
# Party membership of someone acting in a public political office is public by their own doing
# (AVG art. 9(2)(e)): "raadslid Jansen is lid van de SP", "wethouder De Vries (D66) stemde".
_PUBLIC_OFFICE = re.compile(
    r"(?<!\w)(?:(?:gemeente|kandidaat-?)?raadsl(?:id|eden)|wethouders?|burgemeester|fractie\w*"
    r"|\w+fractie|Kamerl(?:id|eden)|statenl(?:id|eden)|gedeputeerden?|lijsttrekkers?|kandidaten"
    r"|kandidatenlijst|kieslijst|commissielid|raadsvergadering|gemeenteraad|councillor|alderman"
    r"|mayor)(?!\w)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int
    identifier_starts: list[int] = field(default_factory=list)
    # Where a framing cue may start (see _cue_starts); found when first needed.
    cue_starts: list[int] | None = None


def _sentences(text: str) -> list[_Sentence]:
    sentences: list[_Sentence] = []
    paragraph_start = 0
    breaks = [*_PARAGRAPH_BREAK.finditer(text), None]
    for paragraph, separator in enumerate(breaks):
        paragraph_end = separator.start() if separator else len(text)
        start = paragraph_start
        for end_match in _SENTENCE_END.finditer(text, paragraph_start, paragraph_end):
            if end_match.group() == "." and _ABBREVIATION.search(
                text, max(start, end_match.start() - _ABBREVIATION_MAX_LENGTH), end_match.start()
            ):
                continue
            if end_match.end() > start:
                sentences.append(_Sentence(start, end_match.end(), paragraph))
            start = end_match.end()
        if paragraph_end > start:
            sentences.append(_Sentence(start, paragraph_end, paragraph))
        paragraph_start = separator.end() if separator else len(text)
    return sentences


@dataclass(frozen=True, slots=True)
class _Nearby:
    reference: PersonReference
    distance: int  # in sentences, 0 = same sentence


class _Index:
    """Sentences, identifiers and person references of one text, for position look-ups."""

    def __init__(self, text: str, findings: Sequence[Finding], topics: Sequence[Finding]) -> None:
        self.sentences = _sentences(text) or [_Sentence(0, len(text), 0)]
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        # Only the sentences that references_near can look at are searched for references.
        self.references = find_references(text, map(self._reach, topics))
        self._reference_starts = [reference.start for reference in self.references]
        self.identifier_paragraphs: set[int] = set()
        for finding in findings:
            if finding.type in IDENTIFIER_TYPES and finding.score >= ANCHOR_MIN_SCORE:
                sentence = self.sentence_at(finding.start)
                sentence.identifier_starts.append(finding.start)
                self.identifier_paragraphs.add(sentence.paragraph)

    def paragraph_span(self, paragraph: int) -> tuple[int, int]:
        """From the start of the paragraph's first sentence to the end of its last."""
        sentences = [sentence for sentence in self.sentences if sentence.paragraph == paragraph]
        return sentences[0].start, sentences[-1].end

    def sentence_number(self, offset: int) -> int:
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> _Sentence:
        return self.sentences[self.sentence_number(offset)]

    def _reach(self, topic: Finding) -> tuple[int, int]:
        """The span of the sentences within STRONG_REFERENCE_DISTANCE of the topic's sentence."""
        number = self.sentence_number(topic.start)
        first = self.sentences[max(number - STRONG_REFERENCE_DISTANCE, 0)].start
        last = self.sentences[min(number + STRONG_REFERENCE_DISTANCE, len(self.sentences) - 1)].end
        return first, last

    def references_near(self, topic: Finding) -> list[_Nearby]:
        """References within STRONG_REFERENCE_DISTANCE sentences in the topic's paragraph,
        except one containing the topic ("de verdachte" does not anchor its own "verdachte")."""
        number = self.sentence_number(topic.start)
        paragraph = self.sentences[number].paragraph
        first, last = self._reach(topic)
        near = []
        low = bisect_right(self._reference_starts, first - 1)
        high = bisect_right(self._reference_starts, last - 1)
        for reference in self.references[low:high]:
            if reference.start <= topic.start and topic.end <= reference.end:
                continue
            other = self.sentence_number(reference.start)
            if self.sentences[other].paragraph == paragraph:
                near.append(_Nearby(reference, abs(other - number)))
        return near


def _is_bound(text: str, topic: Finding, sentence: _Sentence) -> bool:
    window_start = max(sentence.start, topic.start - _BINDING_LOOKBACK)
    return (
        _POSSESSIVE_BEFORE.search(text, window_start, topic.start) is not None
        or _SELF_BEFORE.search(text, window_start, topic.start) is not None
    )


def _is_negated(text: str, topic: Finding, sentence: _Sentence) -> bool:
    window_start = max(sentence.start, topic.start - _NEGATION_LOOKBACK)
    if _NEGATED_FRAME.search(text, window_start, topic.start):
        return True
    return topic.type == "CRIMINAL_DATA" and bool(_NEGATED.search(text, window_start, topic.start))


def _is_workplace(text: str, topic: Finding, sentence: _Sentence) -> bool:
    """A health or criminal term that names where someone works or what they work as."""
    if topic.type == "SPECIAL_CATEGORY":
        return False  # a religious office ("werkt als imam") still reveals a faith
    window_start = max(sentence.start, topic.start - _WORKPLACE_LOOKBACK)
    return (
        _WORKPLACE_BEFORE.search(text, window_start, topic.start) is not None
        or _JOB_TITLE_BEFORE.search(text, window_start, topic.start) is not None
    )


def _is_public_office(text: str, topic: Finding, sentence: _Sentence, index: _Index) -> bool:
    """A party finding in a sentence about a council member, alderman or faction; for a bare
    party name (a table cell, "Jan de Vries;VVD"), in a paragraph that names such an office (the
    header "raadslid;fractie" of a list of council members)."""
    if topic.type != "SPECIAL_CATEGORY":
        return False
    party = POLITICAL_PARTY.search(text, topic.start, topic.end)
    if party is None:
        return False
    start, end = sentence.start, sentence.end
    if party.start() == topic.start and party.end() == topic.end:
        start, end = index.paragraph_span(sentence.paragraph)
    return _PUBLIC_OFFICE.search(text, start, end) is not None


def _cue_starts(text: str, sentence: _Sentence) -> list[int]:
    """The word starts in the sentence that begin with one of _CUE_LEADS."""
    if sentence.cue_starts is None:
        # fold() keeps the length, so offsets in the folded sentence map one to one.
        folded = fold(text[sentence.start : sentence.end])
        sentence.cue_starts = [
            sentence.start + word.start()
            for word in _WORD.finditer(folded)
            if folded.startswith(_CUE_LEADS, word.start())
        ]
    return sentence.cue_starts


def _framing_cue_end(text: str, topic: Finding, sentence: _Sentence) -> int | None:
    """End offset of the last framing cue before the topic in its sentence, if any: the last
    match of ``_FRAMING_CUE.finditer(text, sentence.start, topic.start)``, tried only where a cue
    can start and resuming after each match as finditer does."""
    last_end = None
    resume = sentence.start
    for start in _cue_starts(text, sentence):
        if start >= topic.start:
            break
        if start < resume:
            continue
        cue = _FRAMING_CUE.match(text, start, topic.start)
        if cue is not None:
            last_end = resume = cue.end()
    return last_end


def _within_reach(nearby: _Nearby) -> bool:
    if nearby.reference.strength >= Strength.STRONG:
        return nearby.distance <= STRONG_REFERENCE_DISTANCE
    return nearby.distance <= WEAK_REFERENCE_DISTANCE


def _keep(text: str, topic: Finding, index: _Index) -> bool:
    sentence = index.sentence_at(topic.start)
    if _is_negated(text, topic, sentence) or _is_public_office(text, topic, sentence, index):
        return False
    if _is_workplace(text, topic, sentence):
        return False
    if _is_bound(text, topic, sentence):
        return True
    near = index.references_near(topic)
    cue_end = _framing_cue_end(text, topic, sentence)
    if cue_end is not None:
        # Framed as a topic or group, unless a name follows the cue in the sentence ("een
        # brief voor Jan de Vries, die dementie heeft"; but not "Mijn collega Tom wil een
        # presentatie over gokverslaving") or a strong reference is nearer to the term than the
        # cue (a weak one may point back at the cue's "een werknemer": "als een werknemer ziek
        # is, moet hij zich ziek melden").
        return any(start >= cue_end for start in sentence.identifier_starts) or any(
            (
                nearby.distance == 0
                and nearby.reference.strength is Strength.STRONG
                and cue_end <= nearby.reference.start < topic.start
            )
            or (
                nearby.reference.strength is Strength.EXPLICIT
                and nearby.distance <= STRONG_REFERENCE_DISTANCE
            )
            for nearby in near
        )
    if sentence.paragraph in index.identifier_paragraphs:
        return True
    return any(
        _within_reach(nearby) and not _points_back_at_cue(text, topic, nearby) for nearby in near
    )


def _points_back_at_cue(text: str, topic: Finding, nearby: _Nearby) -> bool:
    """A weak reference after a framing cue later in the sentence means the cue's person: in
    "bij ziekmelding ..., ook als iemand zegt dat hij overspannen is" the "hij" is "iemand"."""
    return (
        nearby.reference.strength is Strength.WEAK
        and nearby.distance == 0
        and topic.end <= nearby.reference.start
        and _FRAMING_CUE.search(text, topic.end, nearby.reference.start) is not None
    )


def link_to_subjects(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the special-category findings that concern no specific person."""
    topics = [finding for finding in findings if finding.type in TOPIC_TYPES]
    if not topics:
        return list(findings)
    index = _Index(text, findings, topics)
    return [
        finding
        for finding in findings
        if finding.type not in TOPIC_TYPES or _keep(text, finding, index)
    ]

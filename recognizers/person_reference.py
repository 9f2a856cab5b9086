"""References to one specific person without a name: "mijn cliënt", "de aanvrager", "mevrouw",
"zijn dochter", "hij", "the applicant".

These are never findings of their own (a role word is not personal data). They only serve
``gateway.engine.subject`` as anchors: a health, criminal or other special-category term near a
reference like this is about someone, "diabetes" in a folder text is not. No Presidio
recognizer is registered for them for that reason; the linking step calls
``find_person_references`` itself.

Three strengths, because some references are as often generic as specific:

- ``STRONG``: a possessive or demonstrative with a role or family noun ("mijn cliënt",
  "deze inwoner", "zijn moeder", "onze contractmanager", "my colleague"), a case introduced as
  such ("ik heb een klant die ...", "een cliënt van mij") and forms of address ("mevrouw",
  "dhr.", "de heer", "Mrs"). These point at one real person.
- ``EXPLICIT``: the writer says the question is about one real person ("het gaat om een
  specifieke klant", "this is about a particular resident"). Stronger than a framing cue
  elsewhere in the question ("Moet een klant met ... ? Het gaat om een specifieke klant.").
- ``WEAK``: a definite role noun ("de cliënt", "het kind", "the applicant"), a bare role noun
  before a verb as in case notes ("cliënt heeft ..."), and personal pronouns ("hij", "zij",
  "hem", "haar", "she"); also a bare family noun opening a case note ("moeder is opgenomen").
  Often specific, but also common in generic explanations ("wat moet de
  aanvrager aanleveren?", "als een werknemer ziek is, moet hij ...").

Other indefinite forms ("een cliënt", "iemand"; but "een cliënt van mij" is strong) and plurals
("cliënten", "ze zijn") are never a reference: they describe a group or a hypothetical person.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

import regex as re

from recognizers._fast import fold, merge


class Strength(IntEnum):
    WEAK = 1
    STRONG = 2
    EXPLICIT = 3


@dataclass(frozen=True, slots=True)
class PersonReference:
    start: int
    end: int
    strength: Strength


# Singular nouns for a person in a municipal case or HR context, Dutch and English.
_ROLES_NL = (
    "cliënt|cliënte|client|klant|inwoner|inwoonster|bewoner|bewoonster|burger|aanvrager|aanvraagster"
    "|melder|meldster|verzoeker|verzoekster|indiener|bezwaarmaker|belanghebbende|betrokkene"
    "|deelnemer|deelneemster|huurder|patiënt|patiënte|zorgvrager|hulpvrager|cliëntsysteem"
    "|uitkeringsgerechtigde|werkzoekende|statushouder|asielzoeker|vluchteling|nieuwkomer"
    "|jongere|jeugdige|minderjarige|leerling|student|studente|kind|baby|peuter|tiener|puber|pupil"
    "|collega|medewerker|medewerkster|werknemer|werkneemster|sollicitant|kandidaat|stagiair"
    "|stagiaire|leidinggevende|manager|ambtenaar|vrijwilliger|mantelzorger|verdachte"
    "|gedetineerde|veroordeelde|dader|slachtoffer|getuige|bezoeker|bezoekster|buurman|buurvrouw"
    "|dame|jongen|meisje|man|vrouw|heer|adviseur|teamleider|coördinator|directeur|wethouder"
    "|raadslid|eigenaar|ondernemer|exploitant|consulent"
    # people in care, work and case files that the words above miss
    "|oudere|bejaarde|senior|scholier|cursist|docent|leraar|lerares|mentor|huisgenoot|dakloze"
    "|overledene|nabestaande|weduwe|weduwnaar|gezinshoofd|gezinslid|alleenstaande|pleegouder"
    "|bewindvoerder|erfgenaam|klager|overtreder|pleger|uitzendkracht|inhuurkracht|invalkracht"
    "|oproepkracht|flexkracht|hulpkracht|leerkracht|organisator|vertegenwoordiger"
    "|initiatiefnemer|bezwaarde|appellant|gedaagde|eiser|eiseres|cliente"
)
# Job titles are often compounds ("contractmanager", "beleidsmedewerker", "teamleider"): after an
# article or possessive, a word ending in one of these is a person too.
_JOB_HEADS = (
    "manager|medewerker|medewerkster|adviseur|adviseuse|leider|leidster|coördinator|coordinator"
    "|consulent|functionaris|ambtenaar|directeur|beheerder|begeleider|hulpverlener|regisseur"
    "|toezichthouder|handhaver|inspecteur|secretaris|voorzitter|assistent|behandelaar|werker"
)
_JOB_COMPOUND = rf"\w+(?:{_JOB_HEADS})"
_FAMILY_NL = (
    "moeder|vader|ouder|zoon|dochter|broer|zus|zuster|partner|echtgenoot|echtgenote|vriend"
    "|vriendin|opa|oma|grootvader|grootmoeder|kleinzoon|kleindochter|oom|tante|neef|nicht"
    "|stiefvader|stiefmoeder|stiefzoon|stiefdochter|pleegkind|pleegzoon|pleegdochter"
    "|pleegmoeder|pleegvader|schoonmoeder|schoonvader|schoonzoon|schoondochter|ex|vriendje"
    "|vriendinnetje|pa|pap|papa|mam|mama|zwager|schoonzus|halfbroer|halfzus|stiefbroer|stiefzus"
    "|ex-partner|ex-man|ex-vrouw|ex-vriend|ex-vriendin|ex-echtgenoot|ex-echtgenote"
    "|verloofde|vriendje|buurjongen|buurmeisje|kleinkind|schoonouder|tweelingbroer|tweelingzus"
)
# The role and family nouns that case notes use most, for recognizers that need "a person"
# right before a verb ("de bewoner is aangehouden", "mijn collega is al weken ziek"). Short on
# purpose: every word here costs compile time in each alternative that holds the list. No word
# that is itself a trigger ("verdachte").
CORE_PERSON_NOUNS = (
    "cliënt|cliënte|client|klant|inwoner|inwoonster|bewoner|bewoonster|aanvrager|aanvraagster"
    "|huurder|patiënt|patiënte|deelnemer|jongere|leerling|kind|collega|medewerker|medewerkster"
    "|werknemer|werkneemster|man|vrouw|jongen|meisje|buurman|buurvrouw|moeder|vader|zoon"
    "|dochter|broer|zus|partner|ex|ex-partner|ex-man|ex-vrouw|vriend|vriendin|echtgenoot"
    "|echtgenote|opa|oma|betrokkene|melder|statushouder"
)
_ROLES_EN = (
    "client|customer|resident|applicant|tenant|patient|employee|colleague|co-worker|coworker"
    "|staff member|child|kid|son|daughter|mother|father|parent|brother|sister|husband|wife"
    "|partner|boyfriend|girlfriend|suspect|offender|inmate|student|pupil|claimant|citizen"
    "|man|woman|boy|girl|neighbour|neighbor|candidate|manager|volunteer|caregiver|carer"
)

_NOUN_END = r"(?![\w-])"
_NOUN_START = r"(?<![\w-])"

# "mijn cliënt", "deze inwoner", "zijn dochter", "hun kind", "my colleague", "this resident".
_SPECIFIC = re.compile(
    _NOUN_START
    + r"(?:(?:mijn|onze|ons|deze|dit|die|dat|zijn|haar|hun)\s+"
    + rf"(?:{_ROLES_NL}|{_FAMILY_NL}|{_JOB_COMPOUND})"
    # a few specific people: "zijn ouders", "haar kinderen" (not "hun kinderen": any family)
    + r"|(?:mijn|zijn|haar)\s+(?:ouders|kinderen|zonen|dochters|broers|zussen|grootouders"
    + r"|schoonouders)"
    + rf"|(?:my|our|this|that|his|her|their)\s+(?:{_ROLES_EN}))"
    + _NOUN_END,
    re.IGNORECASE,
)

# A narrated event: "gisteren belde een inwoner die ...", "er stond vandaag een man aan de balie".
NARRATIVE_VERBS = (
    r"(?:belde|kwam|stond|sprak|zat|mailde|schreef|meldde\s+zich|verscheen|liep)"
    r"(?:\s+(?:er|hier|vandaag|gisteren|vanochtend|vanmiddag|net|zojuist|bij\s+mij|bij\s+ons))*"
)
# A person introduced as one case: "ik heb een klant die ...", "we hebben hier een cliënt",
# "een cliënt van mij", "a client of mine", or in a narrated event (above).
_INTRODUCED = re.compile(
    _NOUN_START
    + r"(?:(?:(?:ik\s+heb|ik\s+had|we\s+hebben|wij\s+hebben|er\s+is|er\s+was)\s+(?:hier\s+|nu\s+)?"
    + rf"|{NARRATIVE_VERBS}\s+)"
    + rf"een\s+(?:{_ROLES_NL}|{_FAMILY_NL})"
    + rf"|een\s+(?:{_ROLES_NL}|{_FAMILY_NL})\s+van\s+(?:mij|me|ons)"
    + rf"|an?\s+(?:{_ROLES_EN})\s+of\s+(?:mine|ours))"
    + _NOUN_END,
    re.IGNORECASE,
)

# The writer declares one real case: "het gaat om een specifieke klant", "dit betreft een
# concrete casus", "this is about a particular resident". "Het gaat niet om ..." does not match.
_DECLARED_CASE = re.compile(
    _NOUN_START
    + r"(?:(?:gaat|ging)\s+(?:het\s+)?(?:hier\s+)?(?:om|over)|betreft)\s+(?:een\s+)?"
    + r"(?:specifieke|concrete|bepaalde|echte|individuele)\s+"
    + rf"(?:{_ROLES_NL}|{_FAMILY_NL}|{_JOB_COMPOUND}|casus|persoon)"
    + r"|(?:is\s+about|concerns)\s+(?:a\s+|one\s+)?(?:specific|particular|real|actual)\s+"
    + rf"(?:{_ROLES_EN}|case|person)"
    + _NOUN_END,
    re.IGNORECASE,
)

# Forms of address: "mevrouw", "meneer", "de heer", "dhr.", "mw.", "mevr.", "Mr", "Mrs", "Ms".
# "heer/mevrouw" (and similar) is the salutation of a form letter, not a person.
# Case-file shorthand for the client of the file ("cl. woont alleen", "clt heeft"): as specific
# as "mijn cliënt".
_CASE_FILE_CLIENT = re.compile(r"(?<![\w.-])(?i:cl\.|clt\.?)(?=\s)")

_ADDRESS_FORM = re.compile(
    r"(?<![\w/-])(?:"
    r"(?i:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de\s+heer)"
    r"|(?:Mr|Mrs|Ms|Miss|MR|MRS|MS)\.?(?=\s+\p{Lu})"
    r")(?![\w/])",
)

# "de cliënt", "het kind", "the applicant": specific in a case description, generic in an FAQ.
_DEFINITE = re.compile(
    _NOUN_START
    + r"(?:(?:de|het)\s+(?:(?:oudere|jonge|jongere|oude|betreffende|desbetreffende|genoemde"
    + r"|bedoelde|eerdergenoemde|bewuste)\s+)?"
    + rf"(?:{_ROLES_NL}|{_JOB_COMPOUND})|the\s+(?:{_ROLES_EN}))"
    + _NOUN_END,
    re.IGNORECASE,
)

# Telegram style in case notes: "cliënt heeft diabetes", "inwoner is slechtziend". Found from
# the verb backwards with a set look-up: one regex alternative per role noun, tried at every
# word, would cost ten times as much.
_CASE_NOTE_VERBS = frozenset(
    (
        *("is", "was", "heeft", "had", "woont", "wil", "kan", "moet", "zit", "zat", "krijgt"),
        *("kreeg", "gebruikt", "lijdt", "drinkt", "slikt", "blowt", "ligt", "lag", "loopt"),
        *("slaapt", "staat", "stond", "wordt", "werd", "zegt", "geeft", "gaat", "ging"),
        *("vertelt", "met"),
        # more verbs that follow a bare role in case notes ("aanvrager herstelt van ...")
        *("herstelt", "kampt", "verblijft", "ontvangt", "meldt", "belde", "belt", "raakte"),
        *("raakt", "volgt", "eet", "valt", "viel", "rookt", "revalideert", "vraagt", "wacht"),
        *("verloor", "verliest", "werkt", "werkte", "spreekt", "sprak", "komt", "kwam"),
        # verbs of belief, belonging and practice ("cliënt behoort tot ...", "aanvrager draagt
        # een hoofddoek", "inwoner stemt op ..."), and of acts ("klant pleegde ...")
        *("behoort", "hoort", "draagt", "droeg", "bezoekt", "bezocht", "stemt", "stemde"),
        *("gelooft", "viert", "bidt", "vast", "voelt", "identificeert", "pleegde", "pleegt"),
        *("steelt", "stal", "dealt", "slaat", "sloeg", "bedreigt", "bedreigde"),
    )
)
# "met" only follows a bare role as a case-note heading ("Cliënt met NAH na een CVA"), at the
# start of a line or sentence; elsewhere "de klant met de langste wachttijd" is any client.
_HEADING_START = re.compile(r"(?:^|[\n.!?:;]\s*)$")
# The word before the verb, past an age in brackets ("bewoonster (82) is gevallen").
_LAST_WORD = re.compile(r"(?<![\w-])(\w+)\s+(?:\(\d{1,3}\)\s+)?$")
# Family nouns too: "moeder is opgenomen", "vader drinkt" in a case note.
# Case-file shorthand for the client too ("cl heeft copd", "clt woont alleen").
_ROLE_WORDS = frozenset(_ROLES_NL.split("|")) | frozenset(_FAMILY_NL.split("|")) | {"cl", "clt"}


def _bare_role_before(text: str, verb_start: int, verb: str) -> tuple[int, int] | None:
    """The span of a role or family noun right before the case-note verb ``verb`` (folded)."""
    before = _LAST_WORD.search(text, max(verb_start - 40, 0), verb_start)
    if before is None or before.group(1).lower() not in _ROLE_WORDS:
        return None
    if verb == "met" and not _HEADING_START.search(
        text, max(before.start(1) - 3, 0), before.start(1)
    ):
        return None
    return before.start(1), before.end(1)


# Plural verb forms that turn "zij"/"ze" into "they" ("ze zijn", "hebben ze").
_PLURAL_VERBS = (
    "zijn|hebben|worden|waren|hadden|werden|kunnen|konden|moeten|moesten|mogen|mochten|willen"
    "|wilden|zullen|zouden|gaan|gingen|krijgen|kregen|komen|kwamen|wonen|woonden|blijven|staan"
    "|zitten|zaten|doen|deden|weten|vinden|gebruiken|lopen|krijgen"
)
# "hij", "zij", "ze", "hem", "haar" and English "he", "she", "him", "her". "zij"/"ze" only when
# not plural; "haar" (her) also serves as possessive, which is fine: both point at a person.
_PRONOUN = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:hij|hem|haar|he|she|him|her)"
    rf"|(?i:(?<!\b(?:{_PLURAL_VERBS})\s+)(?:zij|ze)(?!\s+(?:{_PLURAL_VERBS})(?!\w)))"
    r")(?![\w-])",
)

# Every pattern with its strength and the first word of each of its matches (case-folded; a
# match starts at a word start, as all patterns begin with a look-behind for a word character).
# A regex tried at every character costs far more than a dictionary look-up per word, so a
# pattern is only tried at the words that can begin its matches (``_search``). Keep the words in
# step with the patterns: the tests compare with a search everywhere.
_ANCHORED_PATTERNS: tuple[tuple[re.Pattern[str], Strength, tuple[str, ...]], ...] = (
    (_DECLARED_CASE, Strength.EXPLICIT, ("gaat", "ging", "betreft", "is", "concerns")),
    (
        _SPECIFIC,
        Strength.STRONG,
        (
            *("mijn", "onze", "ons", "deze", "dit", "die", "dat", "zijn", "haar", "hun", "my"),
            *("our", "this", "that", "his", "her", "their"),
        ),
    ),
    (
        _INTRODUCED,
        Strength.STRONG,
        (
            *("ik", "we", "wij", "er", "een", "a", "an", "belde", "kwam", "stond", "sprak"),
            *("zat", "mailde", "schreef", "meldde", "verscheen", "liep"),
        ),
    ),
    (
        _ADDRESS_FORM,
        Strength.STRONG,
        ("mevrouw", "meneer", "mevr", "mw", "dhr", "de", "mr", "mrs", "ms", "miss"),
    ),
    (_CASE_FILE_CLIENT, Strength.STRONG, ("cl", "clt")),
    (_DEFINITE, Strength.WEAK, ("de", "het", "the")),
    (_PRONOUN, Strength.WEAK, ("hij", "hem", "haar", "he", "she", "him", "her", "zij", "ze")),
)
# A case-note verb, after which ``_bare_role_before`` looks for a role noun.
_VERB = len(_ANCHORED_PATTERNS)


def _patterns_by_first_word() -> dict[str, tuple[int, ...]]:
    """Per first word: what to try there (pattern indexes, and _VERB for a case-note verb)."""
    tried_at: dict[str, tuple[int, ...]] = {}
    for index, (_, _, words) in enumerate(_ANCHORED_PATTERNS):
        for word in words:
            tried_at[word] = (*tried_at.get(word, ()), index)
    for word in _CASE_NOTE_VERBS:
        tried_at[word] = (*tried_at.get(word, ()), _VERB)
    return tried_at


_TRIED_AT = _patterns_by_first_word()
_WORD = re.compile(r"\w+")


# Where the text may be cut into stretches that are searched on their own: before the first
# character after a sentence mark and white space. No reference contains ? ! : ; or white space
# after a period ("dhr." ends a match), so none crosses such a point; the only look-ahead past
# it, "Mr." before a capital, needs one character of the next stretch.
_CUT = re.compile(r"[.?!:;]\s+(?=\S)")


def _stretches(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged stretches between cut points that together cover ``spans``."""
    cuts = [0, *(cut.end() for cut in _CUT.finditer(text)), len(text)]
    return merge(
        (cuts[bisect_right(cuts, start) - 1], cuts[bisect_left(cuts, end)]) for start, end in spans
    )


def _search(text: str, start: int, end: int) -> list[PersonReference]:
    """The references starting in ``text[start:end]``: per pattern the matches that
    ``finditer(text, start, end + 1)`` finds there, and the bare roles before case-note verbs.

    Each pattern is tried only at the words that can begin its matches, resuming after its
    previous match as ``finditer`` does. ``start`` and ``end`` are cut points or the ends of the
    text, so no word runs across them."""
    # One character past the stretch for look-aheads; matches starting there belong to the next.
    endpos = min(end + 1, len(text))
    resume = [start] * len(_ANCHORED_PATTERNS)
    found: list[PersonReference] = []
    # fold() keeps the length, so offsets in the folded stretch map one to one.
    for word in _WORD.finditer(fold(text[start:end])):
        folded = word.group()
        for index in _TRIED_AT.get(folded, ()):
            position = start + word.start()
            if index == _VERB:
                role = _bare_role_before(text, position, folded)
                if role is not None:
                    found.append(PersonReference(*role, Strength.WEAK))
                continue
            if position < resume[index]:
                continue
            pattern, strength, _ = _ANCHORED_PATTERNS[index]
            match = pattern.match(text, position, endpos)
            if match is not None:
                found.append(PersonReference(match.start(), match.end(), strength))
                resume[index] = match.end()
    return found


def find_references(
    text: str, within: Iterable[tuple[int, int]] | None = None
) -> list[PersonReference]:
    """All person references in ``text`` with their strength, ordered by position.

    Where a strong and a weak reference overlap ("zijn dochter" contains "zijn"), only the
    strongest one is kept. With ``within`` (character spans), only the stretches of text around
    those spans are searched: the result then holds every reference starting inside a span,
    exactly as the whole search would find it, and possibly some nearby ones."""
    stretches = [(0, len(text))] if within is None else _stretches(text, within)
    found = [ref for start, end in stretches for ref in _search(text, start, end)]
    # Longest and strongest first at each position, then skip anything overlapping a kept one.
    found.sort(key=lambda ref: (ref.start, -ref.strength, -ref.end))
    kept: list[PersonReference] = []
    for ref in found:
        if kept and ref.start < kept[-1].end:
            if ref.strength > kept[-1].strength:
                kept[-1] = ref
            continue
        kept.append(ref)
    return kept


def find_person_references(text: str) -> list[tuple[int, int]]:
    """Character spans of all person references in ``text`` (strong and weak)."""
    return [(ref.start, ref.end) for ref in find_references(text)]
